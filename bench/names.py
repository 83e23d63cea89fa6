"""Cross-script name matching: every Latin name of the eval set against the whole pool of
Chinese-character names (the pairs' own plus the distractors). Prints top-1 / top-5 and the misses.

    .venv/bin/python bench/names.py [path/to/dev-names.json]
    .venv/bin/python bench/names.py --forms [tests/data/uyghur-names-dev.json]
    nice .venv/bin/python bench/names.py --scale [ROWS ENTITIES LIST] [--no-before]   (default 1000000 100000 10000)
    nice .venv/bin/python bench/names.py --crossscript [dev-names.json]

``--scale`` times a name query (first, p50 and p95 of 200 warm queries, with the CPU time of this
process) over a case of a million table rows and 100,000 entities, next to the same queries the way
they were answered before the terms index, and a 10,000-name screening list (names_scale.py).
``--crossscript`` searches a Chinese and Arabic-script corpus with Latin names (names_crossscript.py).
``--forms`` measures `habeas names forms` instead: for each Latin name of a set of Latin ↔ Arabic-script ↔
Chinese triples, whether the Arabic-script form is the usual spelling (top-1) and whether the usual
Chinese rendering is the first (top-1) or among the first three (top-3) Chinese candidates.

The eval file is read here, by the bench, and never by habeas itself.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from habeas.names.match import compare

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev-names.json"
FORMS_DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "data" / "uyghur-names-dev.json"


def _recombined(pairs: list[dict[str, str]], n: int = 200) -> list[str]:
    """Distractors for a set without its own: the parts of its names recombined at random."""
    import random

    parts = [p["hanzi"].split("·") for p in pairs if "·" in p["hanzi"]]
    firsts = [x[0] for x in parts]
    lasts = [x[-1] for x in parts]
    rng = random.Random(4)
    real = {p["hanzi"] for p in pairs}
    out = {f"{rng.choice(firsts)}·{rng.choice(lasts)}" for _ in range(n * 2)} - real
    return sorted(out)[:n]


def forms(path: Path) -> None:
    """Latin → Arabic-script top-1 and Latin → Chinese top-1/top-3 of `name_forms` on a set of triples."""
    from habeas.names.forms import name_forms

    pairs = json.loads(path.read_text(encoding="utf-8"))["pairs"]
    uey = han1 = han3 = 0
    misses = []
    started = time.perf_counter()
    with_uey = [p for p in pairs if p.get("uey")]
    for p in pairs:
        got = name_forms(p["latin"])
        candidates = got.get("chinese_candidates") or [got["chinese_transcription"]]
        uey_ok = got["uey"] == p.get("uey", got["uey"])
        uey += bool(p.get("uey")) and uey_ok
        han1 += candidates[0] == p["hanzi"]
        han3 += p["hanzi"] in candidates[:3]
        if not uey_ok or candidates[0] != p["hanzi"]:
            misses.append(
                f"  {p['latin']}: {got['uey']} {'=' if uey_ok else '≠'} {p.get('uey', '-')}; "
                f"{' '.join(candidates[:3])} {'∋' if p['hanzi'] in candidates[:3] else '∌'} {p['hanzi']}"
            )
    elapsed = time.perf_counter() - started
    n = len(pairs)
    print(f"names {n} in {elapsed:.2f} s")
    shown = max(len(with_uey), 1)
    print(
        f"Latin → Arabic script top-1 {uey}/{len(with_uey)} = {uey / shown:.3f}   "
        f"Latin → Chinese top-1 {han1}/{n} = {han1 / n:.3f}, top-3 {han3}/{n} = {han3 / n:.3f}"
    )
    print("misses:" if misses else "misses: none")
    for m in misses:
        print(m)


def scale(args: list[str]) -> None:
    """A name query over a case of ROWS table rows and ENTITIES entities, and a screening list:
    now (the terms index) and before (every name read), side by side (see names_scale.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from names_scale import measure

    numbers = [int(a) for a in args if a.isdigit()]
    rows = numbers[0] if numbers else 1_000_000
    entities = numbers[1] if len(numbers) > 1 else 100_000
    listed = numbers[2] if len(numbers) > 2 else 10_000
    measure(rows, entities, listed, 200, old=0 if "--no-before" in args else 3)


def main() -> None:
    if sys.argv[1:2] == ["--forms"]:
        return forms(Path(sys.argv[2]) if len(sys.argv) > 2 else FORMS_DEFAULT)
    if sys.argv[1:2] == ["--scale"]:
        return scale(sys.argv[2:])
    if sys.argv[1:2] == ["--crossscript"]:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from names_crossscript import main as crossscript

        sys.argv = sys.argv[:1] + sys.argv[2:]
        return crossscript()
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    data = json.loads(path.read_text(encoding="utf-8"))
    pairs = data["pairs"]
    distractors = data.get("distractors") or _recombined(pairs)
    pool = sorted({p["hanzi"] for p in pairs} | set(distractors))
    top1 = top5 = 0
    misses = []
    started = time.perf_counter()
    for p in pairs:
        ranked = sorted(((compare(p["latin"], h).score, h) for h in pool), key=lambda x: (-x[0], x[1]))
        names = [h for _, h in ranked[:5]]
        top1 += names[0] == p["hanzi"]
        top5 += p["hanzi"] in names
        if names[0] != p["hanzi"]:
            rank = next(i for i, (_, h) in enumerate(ranked, 1) if h == p["hanzi"])
            misses.append(
                f"  {p['latin']} -> {names[0]} ({ranked[0][0]:.3f}); expected {p['hanzi']} at rank {rank} "
                f"({compare(p['latin'], p['hanzi']).why()})"
            )
    elapsed = time.perf_counter() - started
    n = len(pairs)
    print(
        f"pairs {n}, pool {len(pool)}, {n * len(pool)} comparisons in {elapsed:.2f} s "
        f"({elapsed / (n * len(pool)) * 1e6:.0f} µs each)"
    )
    print(f"top-1 {top1}/{n} = {top1 / n:.3f}   top-5 {top5}/{n} = {top5 / n:.3f}")
    print("misses:" if misses else "misses: none")
    for m in misses:
        print(m)


if __name__ == "__main__":
    main()
