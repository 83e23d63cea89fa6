"""Cross-script document search: a corpus of Chinese-character and Uyghur Arabic-script documents,
each naming one person, searched with the people's Latin names as ``name:"..."``.

    nice .venv/bin/python bench/names_crossscript.py [path/to/dev-names.json] [path/to/uyghur-names.json]

The Chinese documents name the people of the names set (``dev-names.json``: Latin ↔ Chinese
characters) and, as distractors, its invented names. The Arabic-script documents name people made
of the words of a Latin ↔ Arabic-script word set (``tests/data/uyghur-names-dev.json``: the usual
spellings), two words each; other pairings of the same words name the distractors (the same given
name with another family name). Prints recall@10 (the person's document among the first ten hits),
first hit right, and the share of names with an entity match whose documents include theirs (the
first entity of `names match`). The eval file is read here, by the bench, and never by habeas.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval" / "dev-names.json"
WORDS = ROOT / "tests" / "data" / "uyghur-names-dev.json"
ZH = [
    "据家属介绍，{n}于2017年5月在喀什被带走，此后下落不明。\n",
    "{n}因“煽动民族仇恨”被判处有期徒刑十年。其亲属称从未见到判决书。\n",
    "2018年3月，{n}在乌鲁木齐的家中被警察带走，家人至今没有收到任何通知。\n",
]
UG = [
    "{n} 2018-يىلى ئۈرۈمچىدە تۇتقۇن قىلىندى. ئائىلىسىدىكىلەر ھېچقانداق خەۋەر ئالالمىدى.\n",
    "ئۇنىڭ ئاكىسى {n} 2017-يىلى قەشقەردە يوقاپ كەتتى.\n",
    "{n} ئون يىللىق قاماق جازاسىغا ھۆكۈم قىلىندى.\n",
]


def recombined(pairs: list[dict[str, str]], rng: random.Random, per_name: int = 3) -> list[str]:
    """Distractors for a set without its own: other people made of the same parts (a given name with
    another's family name; a Han family name with another's given name)."""
    real = {p["hanzi"] for p in pairs}
    dotted = [p["hanzi"].split("·") for p in pairs if "·" in p["hanzi"]]
    han = [p["hanzi"] for p in pairs if "·" not in p["hanzi"]]
    out: set[str] = set()
    for _ in range(per_name):
        for parts in dotted:
            out.add(f"{parts[0]}·{rng.choice(dotted)[-1]}")
        for name in han:
            out.add(name[0] + rng.choice(han)[1:])
    return sorted(out - real)


def corpus(dev: dict[str, Any], words: list[dict[str, str]]) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """The documents (file name → text) and the queries (Latin name, script, the file naming them)."""
    rng = random.Random(5)
    docs: dict[str, str] = {}
    queries: list[tuple[str, str, str]] = []
    for i, p in enumerate(dev["pairs"]):
        docs[f"zh_{i:03d}.txt"] = rng.choice(ZH).format(n=p["hanzi"])
        queries.append((p["latin"], "han", f"zh_{i:03d}.txt"))
    for i, name in enumerate(dev.get("distractors") or recombined(dev["pairs"], rng)):
        docs[f"zh_d{i:03d}.txt"] = rng.choice(ZH).format(n=name)
    usable = [w for w in words if " " not in w["latin"].strip() and " " not in w["uey"].strip()]
    half = len(usable) // 2
    given, family = usable[:half], usable[half : 2 * half]
    for i, (g, f) in enumerate(zip(given, family, strict=True)):
        docs[f"ug_{i:03d}.txt"] = rng.choice(UG).format(n=f"{g['uey']} {f['uey']}")
        queries.append((f"{g['latin']} {f['latin']}", "arabic", f"ug_{i:03d}.txt"))
    for i, g in enumerate(given):  # the same given name with another family name: another person
        f = family[(i + 1 + rng.randrange(len(family) - 1)) % len(family)]
        docs[f"ug_d{i:03d}.txt"] = rng.choice(UG).format(n=f"{g['uey']} {f['uey']}")
    return docs, queries


def main() -> None:
    from habeas.config import LOCAL_OWNER, Settings
    from habeas.search.index import SearchFilters
    from habeas.services import Caller, documents, intake, open_store
    from habeas.services import names as names_service
    from habeas.services import search as search_service

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    dev = json.loads(Path(args[0] if args else DEFAULT).read_text(encoding="utf-8"))
    words = json.loads(Path(args[1] if len(args) > 1 else WORDS).read_text(encoding="utf-8"))["pairs"]
    docs, queries = corpus(dev, words)
    with tempfile.TemporaryDirectory(prefix="habeas-xs-") as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for name, text in docs.items():
            (folder / name).write_text(text, encoding="utf-8")
        store = open_store(Settings(store=Path(tmp) / "store", workers=1))
        ctx = Caller(store, LOCAL_OWNER)
        started = time.perf_counter()
        intake.ingest(ctx, [folder], intake.default_intake(None, "bench", "B", "bench", LOCAL_OWNER))
        ingest_s = time.perf_counter() - started
        file_of = {d["id"]: d["file_name"] for d in documents.list_documents(ctx)}
        tally: dict[str, list[int]] = {}
        misses = []
        started = time.perf_counter()
        for latin, script, want in queries:
            _, hits = search_service.search(ctx, f'name:"{latin}"', SearchFilters(), limit=10)
            got = [file_of.get(h.document_id, "") for h in hits]
            matched = names_service.match_names(ctx, latin, limit=5)
            ents = [m for m in matched["matches"] if m["kind"] == "entity"]
            entity_ok = bool(ents) and want in {file_of.get(d["document_id"]) for d in ents[0]["documents"]}
            row = tally.setdefault(script, [0, 0, 0, 0])
            row[0] += 1
            row[1] += want in got
            row[2] += bool(got) and got[0] == want
            row[3] += entity_ok
            if not got or got[0] != want or not entity_ok:
                top = ents[0]["name"] if ents else "-"
                misses.append(f"  {latin} ({script}): hits {got[:3]}, want {want}; first entity {top}")
        query_s = time.perf_counter() - started
        store.close()
    print(
        f"corpus: {len(docs)} documents ({sum(1 for d in docs if d.startswith('zh'))} Chinese, "
        f"{sum(1 for d in docs if d.startswith('ug'))} Arabic script), ingested in {ingest_s:.1f} s; "
        f"{len(queries)} queries in {query_s:.1f} s"
    )
    print(f"{'documents in':<22} {'names':>6} {'recall@10':>10} {'first hit':>10} {'entity match':>13}")
    total = [0, 0, 0, 0]
    for script, (n, r10, first, ent) in sorted(tally.items()):
        total = [a + b for a, b in zip(total, (n, r10, first, ent), strict=True)]
        print(f"{script:<22} {n:>6} {r10 / n:>10.3f} {first / n:>10.3f} {ent / n:>13.3f}")
    n, r10, first, ent = total
    print(f"{'all':<22} {n:>6} {r10 / n:>10.3f} {first / n:>10.3f} {ent / n:>13.3f}")
    print("misses:" if misses else "misses: none")
    for m in misses:
        print(m)


if __name__ == "__main__":
    main()
