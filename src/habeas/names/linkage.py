"""Record linkage of table rows: which rows, within one table or across tables, are about the same
person. A first version without Splink: blocking on cross-script phonetic keys and on ID numbers,
scoring by name (any script), PRC ID number and birth date, and a review queue for uncertain pairs.
A person's judgement (same / different / unsure) is stored apart from the machine's pairs and wins
over them on every later run.

Linking is for documenting what happened to people (the same detainee in two leaked lists); its
output is pairs of rows inside the case, shown to reviewers, never a list of people for export.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any

from sqlalchemy import delete, select

from habeas.names import phonetic
from habeas.names.idnumber import parse_prc_id, same_person_evidence
from habeas.names.match import LOOKUP, score_keys
from habeas.names.tables import LinkJudgement, LinkPair
from habeas.services import NotFound
from habeas.store import audit
from habeas.store.models import Document, Record
from habeas.store.store import Store

ID_HEADINGS = re.compile(r"身份证|公民身份|证件号|id ?(no|number|card)|identity|passport|^id$", re.IGNORECASE)
BIRTH_HEADINGS = re.compile(r"birth|出生|生日|dob|туғулған|туған", re.IGNORECASE)
MAX_BLOCK = 100            # a blocking key shared by more rows than this is too common to compare on
DECISIONS = ("same", "different", "unsure")


@dataclass(frozen=True)
class LinkRow:
    record_id: int
    document_id: str
    name: str
    id_number: str
    birth: date | None


def _is_name_column(column: str) -> bool:
    from habeas.names.service import is_name_column

    return is_name_column(column) and not ID_HEADINGS.search(column)


def _parse_date(text: str) -> date | None:
    m = re.search(r"(\d{4})\D{0,3}(\d{1,2})\D{0,3}(\d{1,2})", text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _row(record: Record) -> LinkRow | None:
    values = {str(k): str(v).strip() for k, v in (record.values or {}).items() if v not in (None, "")}
    name = next((v for k, v in values.items() if _is_name_column(k)), "")
    if not name:
        return None
    id_number = next((v for k, v in values.items() if ID_HEADINGS.search(k)), "")
    birth = next((d for k, v in values.items() if BIRTH_HEADINGS.search(k) and (d := _parse_date(v))), None)
    if birth is None and id_number:
        pid = parse_prc_id(id_number)
        birth = pid.birth_date if pid and pid.valid else None
    return LinkRow(record.id, record.document_id, name, id_number, birth)


def _blocks(row: LinkRow) -> set[str]:
    """Blocking keys: rows that share none are never compared. Every pair of parts' skeletons (in any
    order, across scripts: 伊力哈木·土赫提 and Ilham Tohti share ``lm|tt``), a one-part name's skeleton,
    and the ID number."""
    keys: set[str] = set()
    for reading in phonetic.analyse(row.name).readings:
        parts = [sorted({v.skeleton for v in t.variants[:3] if v.skeleton}) for t in reading.tokens]
        parts = [p for p in parts if p]
        if len(parts) == 1:
            keys.update("t:" + k for k in parts[0])
        for i, j in combinations(range(len(parts)), 2):
            for a in parts[i]:
                for b in parts[j]:
                    keys.add("pp:" + "|".join(sorted((a, b))))
    pid = parse_prc_id(row.id_number) if row.id_number else None
    if pid is not None:
        keys.add("id:" + pid.number)
    return keys


def score_pair(a: LinkRow, b: LinkRow) -> tuple[float, dict[str, Any]]:
    """How likely two rows are about one person (0..1), and the evidence."""
    name = score_keys(phonetic.analyse(a.name), phonetic.analyse(b.name), LOOKUP)
    evidence: dict[str, Any] = {"name": round(name, 3)}
    score = name
    id_evidence = same_person_evidence(a.id_number, b.id_number) if a.id_number and b.id_number else "unknown"
    evidence["id_number"] = id_evidence
    if id_evidence == "same":
        score = max(score, 0.5 + 0.5 * score, 0.95 if name >= 0.5 else score)
    elif id_evidence == "near":
        score = min(1.0, score + 0.05)
    elif id_evidence == "different":
        score *= 0.4
    if a.birth and b.birth:
        if a.birth == b.birth:
            evidence["birth_date"] = "same"
            score = min(1.0, score + 0.05)
        elif _close_dates(a.birth, b.birth):  # a typing error, or day and month swapped
            evidence["birth_date"] = "close"
            score *= 0.85
        else:
            evidence["birth_date"] = "different"
            score *= 0.6
    return round(score, 4), evidence


def _close_dates(a: date, b: date) -> bool:
    swapped = a.year == b.year and a.month == b.day and a.day == b.month
    return abs((a - b).days) <= 31 or swapped or (a.month == b.month and a.day == b.day)


def _ordered(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def run_link(store: Store, *, tables: list[str] | None = None, accept: float = 0.9, review: float = 0.7,
             actor: str = "owner") -> dict[str, Any]:
    """Link the rows of the named tables (document ids or file names; all tables when none)."""
    with store.db.reading() as session:
        docs = select(Document.id).where(Document.id.in_(select(Record.document_id).distinct()))
        if tables:
            docs = docs.where(Document.id.in_(tables) | Document.file_name.in_(tables))
        doc_ids = list(session.scalars(docs))
        if tables and not doc_ids:
            raise ValueError(f"no table called {', '.join(tables)}")
        rows = [r for rec in session.scalars(select(Record).where(Record.document_id.in_(doc_ids))
                                             .order_by(Record.id)) if (r := _row(rec))]
        judged = {(j.left_record_id, j.right_record_id): j.decision for j in session.scalars(select(LinkJudgement))}
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        for key in _blocks(row):
            by_key[key].append(i)
    candidates: set[tuple[int, int]] = set()
    skipped = 0
    for members in by_key.values():
        if len(members) > MAX_BLOCK:
            skipped += 1
            continue
        candidates.update(combinations(members, 2))
    pairs: list[LinkPair] = []
    counts = {"linked": 0, "review": 0}
    for i, j in sorted(candidates):
        a, b = rows[i], rows[j]
        score, evidence = score_pair(a, b)
        left, right = _ordered(a.record_id, b.record_id)
        decision = judged.get((left, right))
        if decision == "same":
            status = "linked"
        elif decision == "different":
            continue
        elif decision == "unsure":
            status = "review"
        elif score >= accept:
            status = "linked"
        elif score >= review:
            status = "review"
        else:
            continue
        if decision:
            evidence["judgement"] = decision
        counts[status] += 1
        pairs.append(LinkPair(left_record_id=left, right_record_id=right, score=score, status=status,
                              evidence=evidence))
    record_ids = [r.record_id for r in rows]
    with store.db.transaction() as session:
        for start in range(0, len(record_ids), 900):
            chunk = record_ids[start:start + 900]
            session.execute(delete(LinkPair).where(LinkPair.left_record_id.in_(chunk)))
        session.add_all(pairs)
        audit.append(session, actor, "link.run", details={
            "tables": sorted(doc_ids), "rows": len(rows), "candidate_pairs": len(candidates), **counts})
    return {"tables": sorted(doc_ids), "rows": len(rows), "candidate_pairs": len(candidates),
            "blocks_too_common": skipped, **counts}


def review_queue(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    """Pairs waiting for a person's decision, most likely first."""
    with store.db.reading() as session:
        pairs = session.scalars(select(LinkPair).where(LinkPair.status == "review")
                                .order_by(LinkPair.score.desc(), LinkPair.id).limit(limit)).all()
        out = []
        for p in pairs:
            left, right = session.get(Record, p.left_record_id), session.get(Record, p.right_record_id)
            if left is None or right is None:
                continue
            out.append({"pair": p.id, "score": p.score, "evidence": p.evidence,
                        "left": _record_ref(left), "right": _record_ref(right)})
        return out


def _record_ref(record: Record) -> dict[str, Any]:
    row = _row(record)
    return {"id": f"record:{record.id}", "document_id": record.document_id, "sheet": record.sheet,
            "row": record.row_number, "name": row.name if row else ""}


def decide(store: Store, pair_id: int, decision: str, actor: str) -> dict[str, Any]:
    """Record a person's decision about a pair; it wins over the machine on every later run."""
    if decision not in DECISIONS:
        raise ValueError(f"a decision is one of {', '.join(DECISIONS)}")
    with store.db.transaction() as session:
        pair = session.get(LinkPair, pair_id)
        if pair is None:
            raise NotFound(f"no pair {pair_id}")
        key = (pair.left_record_id, pair.right_record_id)
        judgement = session.get(LinkJudgement, key)
        if judgement is None:
            judgement = LinkJudgement(left_record_id=key[0], right_record_id=key[1], decision=decision, actor=actor)
            session.add(judgement)
        else:
            judgement.decision, judgement.actor = decision, actor
        pair.status = {"same": "linked", "different": "rejected", "unsure": "review"}[decision]
        audit.append(session, actor, "link.decide", target=f"record:{key[0]}~record:{key[1]}",
                     details={"decision": decision})
        return {"pair": pair_id, "left": f"record:{key[0]}", "right": f"record:{key[1]}", "decision": decision}
