"""Extraction quality on the sample corpus, measured against ../shared/eval/dev-gold.json.

    .venv/bin/python bench/extraction_quality.py [--corpus DIR] [--gold ../shared/eval/dev-gold.json]

Ingests the corpus into a throwaway store (which analyses it), then prints, per category, precision,
recall and whether every alias group became one entity, and the recall of claims and timeline events.
The gold file is read here only; Habeas's code never sees it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

from habeas import services
from habeas.config import load_settings
from habeas.services import Caller, analysis, intake

ROOT = Path(__file__).resolve().parent.parent
TYPES = {
    "persons": {"person"},
    "organizations": {"organization", "public_body"},
    "places": {"place"},
    "laws": {"law"},
}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"^(the)\s+", "", s)
    return re.sub(r"[\s\.\u2019']+", " ", s).strip()


def evaluate(entities: list[dict], claims: list[dict], events: list[dict], gold: dict, texts: str) -> dict:
    by_form: dict[str, list[dict]] = {}
    for e in entities:
        for form in {e["name"], *e["aliases"]}:
            by_form.setdefault(norm(form), []).append(e)
    low_text = norm(texts)
    report: dict = {}
    for cat, wanted in TYPES.items():
        groups = gold.get(cat, [])
        found = merged = 0
        missing, split = [], []
        for group in groups:
            present = [f for f in group if norm(f) in low_text] or group[:1]
            hits = [e for f in group for e in by_form.get(norm(f), []) if e["type"] in wanted]
            if hits:
                found += 1
                ids = {e["id"] for f in present for e in by_form.get(norm(f), []) if e["type"] in wanted}
                if len(ids) == 1 and all(by_form.get(norm(f)) for f in present):
                    merged += 1
                else:
                    split.append(group[0])
            else:
                missing.append(group[0])
        gold_forms = {norm(f) for g in groups for f in g}
        typed = [e for e in entities if e["type"] in wanted]
        true = [e for e in typed if {norm(e["name"]), *map(norm, e["aliases"])} & gold_forms]
        report[cat] = {
            "n": len(groups),
            "recall": found / len(groups) if groups else None,
            "precision": len(true) / len(typed) if typed else None,
            "groups_one_entity": merged / len(groups) if groups else None,
            "missing": missing,
            "split": split,
            "not_in_gold": sorted(e["name"] for e in typed if e not in true)[:25],
        }
    bad = {norm(x) for x in gold.get("not_persons", [])}
    report["not_person_errors"] = [e["name"] for e in entities if e["type"] == "person" and norm(e["name"]) in bad]
    got, missed = 0, []
    for c in gold.get("claims", []):
        ok = any(
            (cl["value"] == c["value"] or cl["low"] == c["value"])
            and any(w.lower() in cl["text"].lower() for w in c["words"])
            for cl in claims
        )
        got += ok
        if not ok:
            missed.append(c["note"])
    report["claims"] = {"recall": got / len(gold["claims"]) if gold.get("claims") else None, "missed": missed}
    got, missed = 0, []
    for ev in gold.get("events", []):
        ok = any(
            (e["date"].startswith(ev["date"]) or (len(e["date"]) >= 7 and ev["date"].startswith(e["date"])))
            and any(w.lower() in e["text"].lower() for w in ev["words"])
            for e in events
        )
        got += ok
        if not ok:
            missed.append(ev["date"])
    report["events"] = {"recall": got / len(gold["events"]) if gold.get("events") else None, "missed": missed}
    return report


def _pct(v: float | None) -> str:
    return "  -  " if v is None else f"{v:5.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "corpus")
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "eval" / "dev-gold.json")
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    args = parser.parse_args()
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    texts = "\n".join(p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt")))
    with tempfile.TemporaryDirectory() as tmp:
        store = services.open_store(load_settings(Path(tmp) / "store"))
        try:
            options = intake.default_intake(None, "bench", "A", "bench", "bench")
            intake.ingest(Caller(store, options.actor), [args.corpus], options)
            entities = analysis.list_entities(Caller(store))
            claims = analysis.list_claims(Caller(store))["claims"]
            events = analysis.timeline(Caller(store))["events"]
        finally:
            store.close()
    report = evaluate(entities, claims, events, gold, texts)
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))
        return 0
    print(f"{'category':<15}{'n':>4}  precision  recall  alias groups one entity")
    for cat in TYPES:
        r = report[cat]
        print(
            f"{cat:<15}{r['n']:>4}  {_pct(r['precision']):>9}  {_pct(r['recall']):>6}  "
            f"{_pct(r['groups_one_entity'])}"
            + (f"   missing: {r['missing']}" if r["missing"] else "")
            + (f"   split: {r['split']}" if r["split"] else "")
        )
    print(
        f"claims recall  {_pct(report['claims']['recall'])}"
        + (f"   missed: {report['claims']['missed']}" if report["claims"]["missed"] else "")
    )
    print(
        f"events recall  {_pct(report['events']['recall'])}"
        + (f"   missed: {report['events']['missed']}" if report["events"]["missed"] else "")
    )
    print(f"non-persons typed as persons: {report['not_person_errors'] or 'none'}")
    for cat in ("organizations", "places", "laws"):
        if report[cat]["not_in_gold"]:
            print(f"{cat} found but not in the gold (the gold lists only some): {report[cat]['not_in_gold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
