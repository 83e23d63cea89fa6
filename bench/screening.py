"""Pairwise name scoring on the peer's own test set (nomenklatura's name bench, 826 labelled pairs):
F1 at the best threshold and the time per comparison, for habeas and, in the same run, for
nomenklatura's logic-v2 (when it is installed: ``make bench`` installs requirements-bench.lock).

    .venv/bin/python bench/screening.py [path/to/nomenklatura-name-bench.csv] [--misses]
    nice .venv/bin/python bench/screening.py --list [N ROWS ENTITIES]   (default 10000 1000000 100000)

Times are CPU seconds of this process, from raw strings to score, with habeas's caches emptied first
(cold) and then warm; the best of three alternating rounds.
"""

from __future__ import annotations

import csv
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROUNDS = 3
DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "peer" / "nomenklatura-name-bench.csv"


def best_f1(scores: list[float], labels: list[bool]) -> tuple[float, float, float, float]:
    """(F1, threshold, precision, recall) at the threshold that maximises F1."""
    ranked = sorted(zip(scores, labels, strict=True), key=lambda x: -x[0])
    positives = sum(labels)
    tp = fp = 0
    best = (0.0, 1.0, 0.0, 0.0)
    for i, (s, lab) in enumerate(ranked):
        tp += lab
        fp += not lab
        if i + 1 < len(ranked) and ranked[i + 1][0] == s:
            continue
        if tp:
            p, r = tp / (tp + fp), tp / positives
            f1 = 2 * p * r / (p + r)
            if f1 > best[0]:
                best = (f1, s, p, r)
    return best


def f1_at(scores: list[float], labels: list[bool], threshold: float) -> float:
    tp = sum(1 for s, lab in zip(scores, labels, strict=True) if s >= threshold and lab)
    fp = sum(1 for s, lab in zip(scores, labels, strict=True) if s >= threshold and not lab)
    fn = sum(1 for s, lab in zip(scores, labels, strict=True) if s < threshold and lab)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def timed(fn: Callable[[], list[float]]) -> tuple[list[float], float]:
    """The result and the CPU time this process spent on it (the machine is shared: wall time would
    count the other processes' turns)."""
    start = time.process_time()
    out = fn()
    return out, time.process_time() - start


def habeas_scores(rows: list[dict[str, str]]) -> list[float]:
    from habeas.names.pairwise import similarity as screen

    return [screen(r["name1"], r["name2"], r["schema"]) for r in rows]


def similarity_warmup() -> None:
    """Load what habeas loads once per process (pypinyin's dictionaries), outside the timing."""
    from habeas.names.pairwise import similarity

    similarity("王力雄", "Wang Lixiong")


def clear_habeas_caches() -> None:
    from habeas.names import phonetic, transcription

    for fn in (
        phonetic.fold,
        phonetic.variant,
        phonetic._variant_keys,
        phonetic.latin_token,
        phonetic.analyse,
        transcription.read_word,
    ):
        fn.cache_clear()


def nomenklatura_scorer(rows: list[dict[str, str]]) -> Callable[[], list[float]] | None:
    try:
        from followthemoney import model
        from nomenklatura.matching import get_algorithm
    except ImportError:
        return None
    algo = get_algorithm("logic-v2")
    if algo is None:
        return None
    config = algo.default_config()
    pairs = []
    for i, r in enumerate(rows):
        left = model.make_entity(r["schema"])
        left.id = f"l{i}"
        left.add("name", r["name1"])
        right = model.make_entity(r["schema"])
        right.id = f"r{i}"
        right.add("name", r["name2"])
        pairs.append((left, right))
    return lambda: [algo.compare(a, b, config).score for a, b in pairs]


def screening_list(args: list[str]) -> None:
    """A screening list of N names (default 10,000) over a case of ROWS rows and ENTITIES entities,
    with one name query's cost now and before the terms index (see names_scale.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from names_scale import measure

    numbers = [int(a) for a in args if a.isdigit()]
    listed = numbers[0] if numbers else 10_000
    rows = numbers[1] if len(numbers) > 1 else 1_000_000
    entities = numbers[2] if len(numbers) > 2 else 100_000
    measure(rows, entities, listed, 50)


def main() -> None:
    if sys.argv[1:2] == ["--list"]:
        return screening_list(sys.argv[2:])
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    labels = [r["is_match"].strip().lower() == "true" for r in rows]
    n = len(rows)
    print(f"{n} pairs ({sum(labels)} matches) from {path.name}")
    print(
        f"{'matcher':<22} {'best F1':>8} {'thresh':>7} {'prec':>6} {'recall':>6} {'F1@0.7':>7} "
        f"{'µs/cmp':>8} {'cmp/s':>9}"
    )

    similarity_warmup()
    peer = nomenklatura_scorer(rows)
    if peer is not None:
        peer()  # its first pass loads models and fills its caches
    # The machine is shared: run the matchers in alternation, several rounds, and keep each one's best time.
    cold = warm = nk_time = float("inf")
    scores: list[float] = []
    nk_scores: list[float] = []
    for _ in range(ROUNDS):
        clear_habeas_caches()
        scores, t = timed(lambda: habeas_scores(rows))
        cold = min(cold, t)
        _, t = timed(lambda: habeas_scores(rows))
        warm = min(warm, t)
        if peer is not None:
            nk_scores, t = timed(peer)
            nk_time = min(nk_time, t)
    f1, th, p, r = best_f1(scores, labels)
    ours_cold, ours_warm = cold / n * 1e6, warm / n * 1e6
    print(
        f"{'habeas (cold cache)':<22} {f1:8.3f} {th:7.3f} {p:6.3f} {r:6.3f} {f1_at(scores, labels, 0.7):7.3f} "
        f"{ours_cold:8.1f} {n / cold:9.0f}"
    )
    print(f"{'habeas (warm cache)':<22} {'':8} {'':7} {'':6} {'':6} {'':7} {ours_warm:8.1f} {n / warm:9.0f}")
    if peer is None:
        print("nomenklatura is not installed: `pip install -e .[dev]` (peer figures: F1 0.796, 410 µs/comparison)")
    else:
        f1n, thn, pn, rn = best_f1(nk_scores, labels)
        theirs = nk_time / n * 1e6
        print(
            f"{'nomenklatura logic-v2':<22} {f1n:8.3f} {thn:7.3f} {pn:6.3f} {rn:6.3f} "
            f"{f1_at(nk_scores, labels, 0.7):7.3f} {theirs:8.1f} {n / nk_time:9.0f}"
        )
        print(
            f"speed vs logic-v2 (its caches warm): {theirs / ours_warm:.1f}x with habeas's caches warm, "
            f"{theirs / ours_cold:.1f}x with them emptied; F1 {f1 - f1n:+.3f} (best {f1:.3f} vs {f1n:.3f})"
        )
    if "--misses" in sys.argv:
        for s, lab, row in sorted(zip(scores, labels, rows, strict=True), key=lambda x: -x[0]):
            if (s >= th) != lab:
                print(f"  {'FP' if s >= th else 'FN'} {s:.3f} {row['schema']:<12} {row['name1']!r} | {row['name2']!r}")


if __name__ == "__main__":
    main()
