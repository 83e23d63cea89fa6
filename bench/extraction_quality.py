"""Extraction quality: precision and recall of persons, organisations, places, claims and events,
in English and Chinese, on the development gold and on the texts written for this bench.

    .venv/bin/python bench/extraction_quality.py                 # every set below
    .venv/bin/python bench/extraction_quality.py --set own-en    # one set
    .venv/bin/python bench/extraction_quality.py --corpus DIR --gold GOLD.json [--json]

Each set's texts are ingested into a throwaway store (which analyses them); then, per category,
precision, recall and whether every alias group became one entity; claims' and events' recall, and
their precision where the gold lists every claim or event of its texts; the share of claims that
count nothing (no unit); and, for claims whose gold says what they count ("people detained", "people
flagged"...), how many land in that group. Gold files are read here only; Habeas's code never sees them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from habeas import services
from habeas.config import load_settings
from habeas.services import Caller, analysis, intake

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OWN = ROOT / "bench" / "data" / "extraction"
SETS = {
    "dev-en": (SHARED / "corpus", SHARED / "eval" / "dev-gold.json"),
    "dev-zh": (SHARED / "corpus-zh", SHARED / "eval" / "dev-gold-zh.json"),
    "own-en": (OWN / "en", OWN / "en-gold.json"),
    "own-zh": (OWN / "zh", OWN / "zh-gold.json"),
    "held-en": (OWN / "heldout-en", OWN / "heldout-en-gold.json"),
    "held-zh": (OWN / "heldout-zh", OWN / "heldout-zh-gold.json"),
    "held2-en": (OWN / "heldout2-en", OWN / "heldout2-en-gold.json"),
    "held2-zh": (OWN / "heldout2-zh", OWN / "heldout2-zh-gold.json"),
    "held3-en": (OWN / "heldout3-en", OWN / "heldout3-en-gold.json"),
    "held3-zh": (OWN / "heldout3-zh", OWN / "heldout3-zh-gold.json"),
    "held4-en": (OWN / "heldout4-en", OWN / "heldout4-en-gold.json"),
    "held4-zh": (OWN / "heldout4-zh", OWN / "heldout4-zh-gold.json"),
    "held5-en": (OWN / "heldout5-en", OWN / "heldout5-en-gold.json"),
    "held5-zh": (OWN / "heldout5-zh", OWN / "heldout5-zh-gold.json"),
    "held6-en": (OWN / "heldout6-en", OWN / "heldout6-en-gold.json"),
    "held6-zh": (OWN / "heldout6-zh", OWN / "heldout6-zh-gold.json"),
    "held7-en": (OWN / "heldout7-en", OWN / "heldout7-en-gold.json"),
    "held7-zh": (OWN / "heldout7-zh", OWN / "heldout7-zh-gold.json"),
    "held8-en": (OWN / "heldout8-en", OWN / "heldout8-en-gold.json"),
    "held8-zh": (OWN / "heldout8-zh", OWN / "heldout8-zh-gold.json"),
    "held9-zh": (OWN / "heldout9-zh", OWN / "heldout9-zh-gold.json"),
    "held10-zh": (OWN / "heldout10-zh", OWN / "heldout10-zh-gold.json"),
    "held10-en": (OWN / "heldout10-en", OWN / "heldout10-en-gold.json"),
    "held11-zh": (OWN / "heldout11-zh", OWN / "heldout11-zh-gold.json"),
    "held11-en": (OWN / "heldout11-en", OWN / "heldout11-en-gold.json"),
    "held12-en": (OWN / "heldout12-en", OWN / "heldout12-en-gold.json"),
    "held13-en": (OWN / "heldout13-en", OWN / "heldout13-en-gold.json"),
    "held14-en": (OWN / "heldout14-en", OWN / "heldout14-en-gold.json"),
    "held15-en": (OWN / "heldout15-en", OWN / "heldout15-en-gold.json"),
    "held16-en": (OWN / "heldout16-en", OWN / "heldout16-en-gold.json"),
    "held17-en": (OWN / "heldout17-en", OWN / "heldout17-en-gold.json"),
    "held18-en": (OWN / "heldout18-en", OWN / "heldout18-en-gold.json"),
    "held19-en": (OWN / "heldout19-en", OWN / "heldout19-en-gold.json"),
    "held20-en": (OWN / "heldout20-en", OWN / "heldout20-en-gold.json"),
    "held21-en": (OWN / "heldout21-en", OWN / "heldout21-en-gold.json"),
    "held22-en": (OWN / "heldout22-en", OWN / "heldout22-en-gold.json"),
    "held23-en": (OWN / "heldout23-en", OWN / "heldout23-en-gold.json"),
    "held24-en": (OWN / "heldout24-en", OWN / "heldout24-en-gold.json"),
    "held25-en": (OWN / "heldout25-en", OWN / "heldout25-en-gold.json"),
    "held26-en": (OWN / "heldout26-en", OWN / "heldout26-en-gold.json"),
    "held27-en": (OWN / "heldout27-en", OWN / "heldout27-en-gold.json"),
    "held28-en": (OWN / "heldout28-en", OWN / "heldout28-en-gold.json"),
    "held29-en": (OWN / "heldout29-en", OWN / "heldout29-en-gold.json"),
    "held30-en": (OWN / "heldout30-en", OWN / "heldout30-en-gold.json"),
    "held31-en": (OWN / "heldout31-en", OWN / "heldout31-en-gold.json"),
    "held32-en": (OWN / "heldout32-en", OWN / "heldout32-en-gold.json"),
    "held33-en": (OWN / "heldout33-en", OWN / "heldout33-en-gold.json"),
    "held34-en": (OWN / "heldout34-en", OWN / "heldout34-en-gold.json"),
    "held35-en": (OWN / "heldout35-en", OWN / "heldout35-en-gold.json"),
    "held36-en": (OWN / "heldout36-en", OWN / "heldout36-en-gold.json"),
    "held37-en": (OWN / "heldout37-en", OWN / "heldout37-en-gold.json"),
    "held38-en": (OWN / "heldout38-en", OWN / "heldout38-en-gold.json"),
    "held39-en": (OWN / "heldout39-en", OWN / "heldout39-en-gold.json"),
    "held40-en": (OWN / "heldout40-en", OWN / "heldout40-en-gold.json"),
    "held41-en": (OWN / "heldout41-en", OWN / "heldout41-en-gold.json"),
    "held42-en": (OWN / "heldout42-en", OWN / "heldout42-en-gold.json"),
    "held43-en": (OWN / "heldout43-en", OWN / "heldout43-en-gold.json"),
    "held44-en": (OWN / "heldout44-en", OWN / "heldout44-en-gold.json"),
    "held45-en": (OWN / "heldout45-en", OWN / "heldout45-en-gold.json"),
    "held46-en": (OWN / "heldout46-en", OWN / "heldout46-en-gold.json"),
    "held47-en": (OWN / "heldout47-en", OWN / "heldout47-en-gold.json"),
    "held48-en": (OWN / "heldout48-en", OWN / "heldout48-en-gold.json"),
    "held49-en": (OWN / "heldout49-en", OWN / "heldout49-en-gold.json"),
    "held50-en": (OWN / "heldout50-en", OWN / "heldout50-en-gold.json"),
    "held51-en": (OWN / "heldout51-en", OWN / "heldout51-en-gold.json"),
    "held52-en": (OWN / "heldout52-en", OWN / "heldout52-en-gold.json"),
    "held53-en": (OWN / "heldout53-en", OWN / "heldout53-en-gold.json"),
    "held54-en": (OWN / "heldout54-en", OWN / "heldout54-en-gold.json"),
    "held55-en": (OWN / "heldout55-en", OWN / "heldout55-en-gold.json"),
    "held56-en": (OWN / "heldout56-en", OWN / "heldout56-en-gold.json"),
    "held57-en": (OWN / "heldout57-en", OWN / "heldout57-en-gold.json"),
    "held58-en": (OWN / "heldout58-en", OWN / "heldout58-en-gold.json"),
    "held59-en": (OWN / "heldout59-en", OWN / "heldout59-en-gold.json"),
    "held60-en": (OWN / "heldout60-en", OWN / "heldout60-en-gold.json"),
    "held12-zh": (OWN / "heldout12-zh", OWN / "heldout12-zh-gold.json"),
    "held13-zh": (OWN / "heldout13-zh", OWN / "heldout13-zh-gold.json"),
    "held14-zh": (OWN / "heldout14-zh", OWN / "heldout14-zh-gold.json"),
    "held15-zh": (OWN / "heldout15-zh", OWN / "heldout15-zh-gold.json"),
    "held16-zh": (OWN / "heldout16-zh", OWN / "heldout16-zh-gold.json"),
    "held17-zh": (OWN / "heldout17-zh", OWN / "heldout17-zh-gold.json"),
    "held19-zh": (OWN / "heldout19-zh", OWN / "heldout19-zh-gold.json"),
    "held18-zh": (OWN / "heldout18-zh", OWN / "heldout18-zh-gold.json"),
    "held20-zh": (OWN / "heldout20-zh", OWN / "heldout20-zh-gold.json"),
    "held21-zh": (OWN / "heldout21-zh", OWN / "heldout21-zh-gold.json"),
    "held22-zh": (OWN / "heldout22-zh", OWN / "heldout22-zh-gold.json"),
    "held23-zh": (OWN / "heldout23-zh", OWN / "heldout23-zh-gold.json"),
    "held24-zh": (OWN / "heldout24-zh", OWN / "heldout24-zh-gold.json"),
    "held25-zh": (OWN / "heldout25-zh", OWN / "heldout25-zh-gold.json"),
    "held26-zh": (OWN / "heldout26-zh", OWN / "heldout26-zh-gold.json"),
    "held27-zh": (OWN / "heldout27-zh", OWN / "heldout27-zh-gold.json"),
    "held28-zh": (OWN / "heldout28-zh", OWN / "heldout28-zh-gold.json"),
    "held29-zh": (OWN / "heldout29-zh", OWN / "heldout29-zh-gold.json"),
    "held30-zh": (OWN / "heldout30-zh", OWN / "heldout30-zh-gold.json"),
    "held31-zh": (OWN / "heldout31-zh", OWN / "heldout31-zh-gold.json"),
    "held32-zh": (OWN / "heldout32-zh", OWN / "heldout32-zh-gold.json"),
    "held33-zh": (OWN / "heldout33-zh", OWN / "heldout33-zh-gold.json"),
    "held34-zh": (OWN / "heldout34-zh", OWN / "heldout34-zh-gold.json"),
    "held35-zh": (OWN / "heldout35-zh", OWN / "heldout35-zh-gold.json"),
    "held36-zh": (OWN / "heldout36-zh", OWN / "heldout36-zh-gold.json"),
    "held37-zh": (OWN / "heldout37-zh", OWN / "heldout37-zh-gold.json"),
    "held38-zh": (OWN / "heldout38-zh", OWN / "heldout38-zh-gold.json"),
    "held39-zh": (OWN / "heldout39-zh", OWN / "heldout39-zh-gold.json"),
    "held40-zh": (OWN / "heldout40-zh", OWN / "heldout40-zh-gold.json"),
    "held41-zh": (OWN / "heldout41-zh", OWN / "heldout41-zh-gold.json"),
    "held42-zh": (OWN / "heldout42-zh", OWN / "heldout42-zh-gold.json"),
    "held43-zh": (OWN / "heldout43-zh", OWN / "heldout43-zh-gold.json"),
    "held44-zh": (OWN / "heldout44-zh", OWN / "heldout44-zh-gold.json"),
    "held45-zh": (OWN / "heldout45-zh", OWN / "heldout45-zh-gold.json"),
    "held46-zh": (OWN / "heldout46-zh", OWN / "heldout46-zh-gold.json"),
    "held47-zh": (OWN / "heldout47-zh", OWN / "heldout47-zh-gold.json"),
    "held48-zh": (OWN / "heldout48-zh", OWN / "heldout48-zh-gold.json"),
    "held49-zh": (OWN / "heldout49-zh", OWN / "heldout49-zh-gold.json"),
    "held50-zh": (OWN / "heldout50-zh", OWN / "heldout50-zh-gold.json"),
    "held51-zh": (OWN / "heldout51-zh", OWN / "heldout51-zh-gold.json"),
    "held52-zh": (OWN / "heldout52-zh", OWN / "heldout52-zh-gold.json"),
    "held53-zh": (OWN / "heldout53-zh", OWN / "heldout53-zh-gold.json"),
    "held54-zh": (OWN / "heldout54-zh", OWN / "heldout54-zh-gold.json"),
    "held55-zh": (OWN / "heldout55-zh", OWN / "heldout55-zh-gold.json"),
}
TYPES = {
    "persons": {"person"},
    "organizations": {"organization", "public_body"},
    "places": {"place"},
}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"^(the)\s+", "", s)
    return re.sub(r"[\s\.\u2019']+", " ", s).strip()


def _entity_report(entities: list[Any], gold: dict[str, Any], low_text: str, cat: str) -> dict[str, Any]:
    wanted = TYPES[cat]
    by_form: dict[str, list[Any]] = {}
    for e in entities:
        for form in {e["name"], *e["aliases"]}:
            by_form.setdefault(norm(form), []).append(e)
    groups = gold.get(cat, [])
    found = merged = 0
    missing, split = [], []
    for group in groups:
        present = [f for f in group if norm(f) in low_text] or group[:1]
        hits = [e for f in group for e in by_form.get(norm(f), []) if e["type"] in wanted]
        if not hits:
            missing.append(group[0])
            continue
        found += 1
        ids = {e["id"] for f in present for e in by_form.get(norm(f), []) if e["type"] in wanted}
        if len(ids) == 1 and all(by_form.get(norm(f)) for f in present):
            merged += 1
        else:
            split.append(group[0])
    gold_forms = {norm(f) for g in groups for f in g}
    typed = [e for e in entities if e["type"] in wanted]
    true = [e for e in typed if {norm(e["name"]), *map(norm, e["aliases"])} & gold_forms]
    return {
        "n": len(groups),
        "recall": found / len(groups) if groups else None,
        "precision": len(true) / len(typed) if typed else None,
        "groups_one_entity": merged / len(groups) if groups else None,
        "missing": missing,
        "split": split,
        "not_in_gold": sorted(e["name"] for e in typed if e not in true)[:30],
    }


def _claim_matches(claim: Any, gold_claim: dict[str, Any]) -> bool:
    return (claim["value"] == gold_claim["value"] or claim["low"] == gold_claim["value"]) and any(
        w.lower() in claim["text"].lower() for w in gold_claim["words"]
    )


def _event_matches(event: Any, gold_event: dict[str, Any]) -> bool:
    same = event["date"].startswith(gold_event["date"]) or (
        len(event["date"]) >= 7 and gold_event["date"].startswith(event["date"])
    )
    return same and any(w.lower() in event["text"].lower() for w in gold_event["words"])


def _claims_report(claims: list[Any], groups: list[Any], gold: dict[str, Any]) -> dict[str, Any]:
    wanted = gold.get("claims", [])
    missed = [c["note"] for c in wanted if not any(_claim_matches(cl, c) for cl in claims)]
    extra = [f"{cl['value']:g} «{cl['text'][:60]}»" for cl in claims if not any(_claim_matches(cl, c) for c in wanted)]
    group_of = {(cl["document_id"], cl["start"]): g["about"] for g in groups for cl in g["claims"]}
    kinds = [c for c in wanted if c.get("kind")]
    kind_ok, kind_wrong = 0, []
    for c in kinds:
        got = {group_of.get((cl["document_id"], cl["start"])) for cl in claims if _claim_matches(cl, c)}
        if c["kind"] in got:
            kind_ok += 1
        else:
            kind_wrong.append(f"{c['note']}: {sorted(g or '' for g in got)}")
    complete = gold.get("complete", {}).get("claims", False)
    return {
        "recall": (len(wanted) - len(missed)) / len(wanted) if wanted else None,
        "precision": (len(claims) - len(extra)) / len(claims) if complete and claims else None,
        "counting_nothing": sum(1 for cl in claims if not cl["unit"].strip()) / len(claims) if claims else None,
        "kind_right": kind_ok / len(kinds) if kinds else None,
        "missed": missed,
        "not_in_gold": extra[:20] if complete else [],
        "kind_wrong": kind_wrong,
        "n": len(claims),
    }


def _events_report(events: list[Any], gold: dict[str, Any]) -> dict[str, Any]:
    wanted = gold.get("events", [])
    missed = [f"{ev['date']} {ev['words'][0]}" for ev in wanted if not any(_event_matches(e, ev) for e in events)]
    extra = [f"{e['date']} «{e['text'][:60]}»" for e in events if not any(_event_matches(e, ev) for ev in wanted)]
    complete = gold.get("complete", {}).get("events", False)
    return {
        "recall": (len(wanted) - len(missed)) / len(wanted) if wanted else None,
        "precision": (len(events) - len(extra)) / len(events) if complete and events else None,
        "missed": missed,
        "not_in_gold": extra[:20] if complete else [],
        "n": len(events),
    }


def evaluate(
    entities: list[Any], claims: list[Any], groups: list[Any], events: list[Any], gold: dict[str, Any], texts: str
) -> dict[str, Any]:
    low_text = norm(texts)
    report: dict[str, Any] = {cat: _entity_report(entities, gold, low_text, cat) for cat in TYPES}
    for key, kinds in (
        ("not_persons", {"person"}),
        ("not_places", {"place"}),
        ("not_organizations", TYPES["organizations"]),
    ):
        bad = {norm(x) for x in gold.get(key, [])}
        report[key] = [e["name"] for e in entities if e["type"] in kinds and norm(e["name"]) in bad]
    report["claims"] = _claims_report(claims, groups, gold)
    report["events"] = _events_report(events, gold)
    return report


def run_set(corpus: Path, gold_path: Path) -> dict[str, Any]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    texts = "\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))
    with tempfile.TemporaryDirectory() as tmp:
        store = services.open_store(load_settings(Path(tmp) / "store"))
        try:
            options = intake.default_intake(None, "bench", "A", "bench", "bench")
            report = intake.ingest(Caller(store, options.actor), [corpus], options)
            if report.failed:  # figures from a set with a text missing would read as the rules' misses
                failures = "; ".join(f"{f['path']}: {f['error']}" for f in report.failed)
                raise SystemExit(f"{corpus}: {len(report.failed)} text(s) could not be ingested: {failures}")
            entities = analysis.list_entities(Caller(store))
            listed = analysis.list_claims(Caller(store))
            events = analysis.timeline(Caller(store))["events"]
        finally:
            store.close()
    return evaluate(entities, listed["claims"], listed["groups"], events, gold, texts)


def _pct(v: float | None) -> str:
    return "  -  " if v is None else f"{v:5.2f}"


def print_report(name: str, report: dict[str, Any], verbose: bool) -> None:
    print(f"\n== {name}")
    print(f"{'category':<15}{'n':>4}  precision  recall  one entity per group")
    for cat in TYPES:
        r = report[cat]
        print(
            f"{cat:<15}{r['n']:>4}  {_pct(r['precision']):>9}  {_pct(r['recall']):>6}  {_pct(r['groups_one_entity'])}"
        )
        if verbose:
            for label in ("missing", "split", "not_in_gold"):
                if r[label]:
                    print(f"     {label}: {r[label]}")
    for cat in ("claims", "events"):
        r = report[cat]
        print(f"{cat:<15}{r['n']:>4}  {_pct(r['precision']):>9}  {_pct(r['recall']):>6}")
        if verbose:
            for label in ("missed", "not_in_gold", "kind_wrong"):
                if r.get(label):
                    print(f"     {label}: {r[label]}")
    c = report["claims"]
    print(
        f"claims counting nothing: {_pct(c['counting_nothing'])}   claims in the right group: {_pct(c['kind_right'])}"
    )
    wrong = report["not_persons"] + report["not_places"] + report["not_organizations"]
    print(f"named in the gold as no entity of that type, but found: {wrong or 'none'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="a named set (default: all)")
    parser.add_argument("--corpus", type=Path, help="a folder of .txt files (with --gold)")
    parser.add_argument("--gold", type=Path)
    parser.add_argument("--json", action="store_true", help="print the full reports as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list what was missed and what is not in the gold")
    args = parser.parse_args()
    if args.corpus or args.gold:
        if not (args.corpus and args.gold):
            parser.error("--corpus and --gold go together")
        chosen = {args.corpus.name: (args.corpus, args.gold)}
    else:
        chosen = {k: SETS[k] for k in (args.set or SETS)}
    reports = {name: run_set(corpus, gold) for name, (corpus, gold) in chosen.items()}
    if args.json:
        print(json.dumps(reports, indent=1, ensure_ascii=False))
        return 0
    for name, report in reports.items():
        print_report(name, report, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
