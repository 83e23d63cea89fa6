"""Sanctions cross-reference: officials the case's documents name, against the sanctions lists imported
in FtM form (``habeas import ftm``), matched by name in any script with the names stage's matcher.

Officials are the people the documents name with an office ("Party Secretary Chen Quanguo"); with
``everyone`` every person the documents name. A listed entity is a sanctions entry when an imported
``Sanction`` names it, or its ``topics`` include a sanction topic. A name match is only ever a candidate:
it waits for a person's decision (``habeas officials decide``), and only a ``same`` decision makes an
official "sanctioned" here. Nothing is scored about anyone except how alike two names are.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from habeas.analyse import tables as t
from habeas.config import DEFAULT_CASE, LOCAL_OWNER
from habeas.errors import NotFound
from habeas.export.case_file import cited_entities, positions
from habeas.names import match as matching
from habeas.names import phonetic
from habeas.names.pairwise import similarity
from habeas.protect.access import guarded
from habeas.store import audit
from habeas.store.interop_models import FtmEntityRow, SanctionJudgement
from habeas.store.models import Document
from habeas.store.store import Store, get_case

REVIEW_THRESHOLD = 0.88   # name similarity from which a listed entity is put to a person for review
KEY_CANDIDATES = 25       # listed names kept per official by the fast key filter, before full scoring
DECISIONS = ("same", "different", "unsure")
LISTED_SCHEMATA = ("Person", "LegalEntity")


@dataclass
class Listing:
    """An entity on an imported sanctions list, with the sanctions that name it."""

    id: str
    name: str
    names: list[str]
    datasets: list[str]
    topics: list[str]
    sanctions: list[dict[str, Any]] = field(default_factory=list)


def _props(data: dict[str, Any], prop: str) -> list[str]:
    return [str(v) for v in (data.get("properties") or {}).get(prop, []) if v]


def listings(session: Session, case_id: int) -> list[Listing]:
    """The sanctioned people imported into the case (plain rows, in batches: lists run to millions)."""
    def rows(schemata: tuple[str, ...]) -> Any:
        return session.execute(select(FtmEntityRow.id, FtmEntityRow.data)
                               .where(FtmEntityRow.case_id == case_id, FtmEntityRow.schema.in_(schemata))
                               .execution_options(yield_per=2000))

    sanctions_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row_id, d in rows(("Sanction",)):
        for target in _props(d, "entity"):
            sanctions_of[target].append({
                "id": row_id,
                "authority": "; ".join(_props(d, "authority")),
                "program": "; ".join(_props(d, "program")),
                "country": "; ".join(_props(d, "country")),
                "since": min(_props(d, "listingDate") + _props(d, "startDate") or [""]),
                "source_url": "; ".join(_props(d, "sourceUrl")),
                "datasets": list(d.get("datasets") or []),
            })
    out = []
    for row_id, d in rows(LISTED_SCHEMATA):
        topics = _props(d, "topics")
        if not sanctions_of.get(row_id) and not any(x.startswith("sanction") for x in topics):
            continue
        names = list(dict.fromkeys(_props(d, "name") + _props(d, "alias")))
        if names:
            out.append(Listing(row_id, names[0], names, list(d.get("datasets") or []), topics,
                               sanctions_of.get(row_id, [])))
    return out


def name_similarity(ours: str, listed: str) -> float:
    """How alike a name in the case and a listed name are: the names stage's pairwise comparison (strict
    within one script, lenient across scripts), also against the listed name's parts rotated, since lists
    write family names first or last ("Hailun Zhu")."""
    best = similarity(ours, listed)
    parts = listed.split()
    if 2 <= len(parts) <= 3:
        best = max(best, similarity(ours, " ".join(parts[-1:] + parts[:-1])),
                   similarity(ours, " ".join(parts[1:] + parts[:1])))
    return best


def pair_id(name_key: str, ftm_id: str) -> str:
    """A short, stable handle for an (official, listed entity) pair, for ``officials decide``."""
    return hashlib.sha256(f"{name_key}|{ftm_id}".encode()).hexdigest()[:12]


@guarded("read")
def cross_reference(store: Store, case: str | None = None, everyone: bool = False,
                    threshold: float = REVIEW_THRESHOLD, entity_id: str | None = None,
                    *, actor: str = LOCAL_OWNER) -> dict[str, Any]:
    """Each official (or person, with ``everyone``; or the one person ``entity_id``): sanctioned (a
    person confirmed the match), to review (a listed name alike above ``threshold``, no decision yet)
    or not found on the imported lists; each with the documents and spans that name them and the
    offices they give."""
    case_name = case or DEFAULT_CASE
    with store.db.reading() as session:
        found = get_case(session, case_name)
        if found is None:
            raise NotFound(f"no case called {case_name!r}")
        listed = listings(session, found.id)
        decisions = {(j.name_key, j.ftm_id): j for j in session.scalars(
            select(SanctionJudgement).where(SanctionJudgement.case_id == found.id).order_by(SanctionJudgement.id))}
        documents = session.execute(select(Document.id, Document.title, Document.sha256)
                                    .where(Document.case_id == found.id)).all()
        titles = {d.id: d.title for d in documents}
        sha = {d.id: d.sha256 for d in documents}
        people = []
        for cited in cited_entities(session, found.id, (t.PERSON,)):
            if entity_id is not None and cited.entity.id != entity_id:
                continue
            held = positions(session, cited.mentions)
            if held or everyone:
                people.append((cited, held))
    flat_keys: list[str] = []
    owner: list[int] = []
    for i, entry in enumerate(listed):
        for name in entry.names:
            for k in phonetic.index_keys(name).split("|"):
                if k:
                    flat_keys.append(k)
                    owner.append(i)
    officials: list[dict[str, Any]] = []
    for cited, held in people:
        e = cited.entity
        name_key = t.key(e.name)
        candidates: set[int] = set()
        for form in [e.name, *e.aliases]:
            for k in filter(None, phonetic.index_keys(form).split("|")):
                for _key, _score, at in process.extract(k, flat_keys, scorer=fuzz.token_sort_ratio,
                                                        limit=KEY_CANDIDATES):
                    candidates.add(owner[at])
        matches: list[dict[str, Any]] = []
        for i in sorted(candidates):
            entry = listed[i]
            score, form, listed_name = max(((name_similarity(form, listed_name), form, listed_name)
                                            for form in [e.name, *e.aliases] for listed_name in entry.names),
                                           key=lambda x: x[0])
            if score < threshold:
                continue
            judged = decisions.get((name_key, entry.id))
            matches.append({
                "pair": pair_id(name_key, entry.id), "listed_id": entry.id, "listed_name": entry.name,
                "listed_names": entry.names, "score": round(score, 3),
                "why": matching.compare(form, listed_name).why(),
                "datasets": entry.datasets, "topics": entry.topics, "sanctions": entry.sanctions,
                "decision": judged.decision if judged else None,
                "decided_by": judged.actor if judged else None,
            })
        matches.sort(key=lambda m: (-m["score"], m["listed_name"]))
        confirmed = [m for m in matches if m["decision"] == "same"]
        waiting = [m for m in matches if m["decision"] in (None, "unsure")]
        status = "sanctioned" if confirmed else "to review" if waiting else "not listed"
        officials.append({
            "id": e.id, "name": e.name, "aliases": list(e.aliases), "status": status,
            "positions": held,
            "authorities": sorted({s["authority"] or s["program"] for m in confirmed for s in m["sanctions"]}
                                  | {d for m in confirmed if not m["sanctions"] for d in m["datasets"]}),
            "matches": matches,
            "evidence": [{"document_id": m.document_id, "title": titles.get(m.document_id, ""), "page": m.page,
                          "start": m.start, "end": m.end, "sha256": sha.get(m.document_id)}
                         for m in cited.mentions],
        })
    order = {"sanctioned": 0, "to review": 1, "not listed": 2}
    officials.sort(key=lambda o: (order[o["status"]], o["name"]))
    return {"case": case_name, "listed_entities": len(listed), "threshold": threshold,
            "officials": officials}


@guarded("decide")
def decide(store: Store, pair: str, decision: str, actor: str, case: str | None = None) -> dict[str, Any]:
    """A person's decision on a candidate match (by its pair handle): kept, audited, wins on every run."""
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {', '.join(DECISIONS)}")
    result = cross_reference(store, case, everyone=True, threshold=0.0, actor=actor)
    for official in result["officials"]:
        for m in official["matches"]:
            if m["pair"] == pair:
                with store.db.transaction() as session:
                    found = get_case(session, result["case"])
                    if found is None:
                        raise RuntimeError(f"case {result['case']!r} vanished while deciding")
                    session.add(SanctionJudgement(case_id=found.id, name_key=t.key(official["name"]),
                                                  ftm_id=m["listed_id"], decision=decision, actor=actor))
                    audit.append(session, actor, "sanctions.decide", case_name=result["case"], target=pair,
                                 details={"official": official["id"], "listed_id": m["listed_id"],
                                          "decision": decision})
                return {"pair": pair, "official": official["name"], "listed_name": m["listed_name"],
                        "listed_id": m["listed_id"], "decision": decision}
    raise NotFound(f"no candidate match {pair!r}: run `habeas officials --sanctions` to see them")
