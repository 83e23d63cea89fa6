"""Record linkage of table rows: which rows, within one table or across tables, are about the same
person. The rows are read into canonical fields (name in any script, birth date, PRC ID number,
address, facility ...) and scored by the Splink model of ``splink_model`` (DuckDB by default, Spark
when ``linkage_backend = "spark"``). Pairs at or above ``accept`` are linked, those at or above
``review`` queued for a person. A person's judgement (same / different / unsure) is stored apart
from the machine's pairs and wins over them on every later run.

Linking is for documenting what happened to people (the same detainee in two leaked lists); its
output is pairs of rows inside the case, shown to reviewers, never a list of people for export.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sqlalchemy import delete, select

from habeas.errors import NotFound
from habeas.protect.restricted import hidden_records
from habeas.resolve import splink_model
from habeas.store import audit
from habeas.store.models import Document, Record
from habeas.store.names_models import LinkJudgement, LinkPair
from habeas.store.store import Store

ID_HEADINGS = re.compile(r"身份证|公民身份|证件号|id ?(no|number|card)|identity|passport|^id$", re.IGNORECASE)
BIRTH_HEADINGS = re.compile(r"birth|出生|生日|dob|туғулған|туған", re.IGNORECASE)
# Other columns compared when a table has them, by the canonical attribute they hold.
ATTRIBUTE_HEADINGS: dict[str, re.Pattern[str]] = {
    "address": re.compile(r"address|住址|地址|户籍|adres|مەنزىل", re.IGNORECASE),
    "place": re.compile(
        r"village|town|county|township|city|place|suburb|村|乡|镇|县|市|籍贯|يېزا|ناھىيە", re.IGNORECASE
    ),
    "facility": re.compile(r"facility|camp|prison|detention|school|单位|看守所|监狱|教培|lager", re.IGNORECASE),
    "sex": re.compile(r"^(sex|gender|性别)$", re.IGNORECASE),
    "ethnicity": re.compile(r"ethnic|nationality|民族", re.IGNORECASE),
}
DECISIONS = ("same", "different", "unsure")


def _is_name_column(column: str) -> bool:
    from habeas.names.forms import is_name_column

    return is_name_column(column) and not ID_HEADINGS.search(column)


def link_row(record_id: int, document_id: str, values: dict[str, Any]) -> dict[str, Any] | None:
    """A table row in the model's canonical fields; None when it has no name."""
    cells = {str(k): str(v).strip() for k, v in (values or {}).items() if v not in (None, "")}
    name = next((v for k, v in cells.items() if _is_name_column(k)), "")
    if not name:
        return None
    row: dict[str, Any] = {
        "uid": record_id,
        "source": document_id,
        "name": name,
        "id_number": next((v for k, v in cells.items() if ID_HEADINGS.search(k)), None),
        "birth": next((v for k, v in cells.items() if BIRTH_HEADINGS.search(k)), None),
    }
    for attr, pattern in ATTRIBUTE_HEADINGS.items():
        row[attr] = next((v for k, v in cells.items() if pattern.search(k) and not _is_name_column(k)), None)
    return row


def _rows(store: Store, doc_ids: list[str]) -> Iterator[dict[str, Any]]:
    with store.db.reading() as session:
        query = (
            select(Record.id, Record.document_id, Record.values)
            .where(Record.document_id.in_(doc_ids))
            .order_by(Record.id)
        )
        for record_id, document_id, values in session.execute(query).yield_per(5000):
            if (row := link_row(record_id, document_id, values)) is not None:
                yield row


def run_link(
    store: Store,
    *,
    tables: list[str] | None = None,
    accept: float = 0.9,
    review: float = 0.7,
    one_per_table: bool = False,
    actor: str = "owner",
) -> dict[str, Any]:
    """Link the rows of the named tables (document ids or file names; all tables when none).
    ``one_per_table``: each table lists a person at most once, so a row links to at most one row of
    each other table (its best) and rows of one table are never linked to each other."""
    if not 0 <= review <= accept <= 1:
        raise ValueError("thresholds must satisfy 0 <= review <= accept <= 1")
    with store.db.reading() as session:
        docs = select(Document.id).where(Document.id.in_(select(Record.document_id).distinct()))
        if tables:
            docs = docs.where(Document.id.in_(tables) | Document.file_name.in_(tables))
        doc_ids = sorted(session.scalars(docs))
        if tables and not doc_ids:
            raise ValueError(f"no table called {', '.join(tables)}")
        judged = {(j.left_record_id, j.right_record_id): j.decision for j in session.scalars(select(LinkJudgement))}
    rows = list(_rows(store, doc_ids))
    attributes = [a for a in ATTRIBUTE_HEADINGS if any(r.get(a) for r in rows)]
    prepared = splink_model.prepare(rows, attributes)
    options = splink_model.Options(
        backend=store.settings.linkage_backend, threshold=review, link_only=one_per_table, one_to_one=one_per_table
    )
    result = splink_model.link(prepared, options)
    scored: dict[tuple[int, int], tuple[float, dict[str, Any]]] = {
        (left, right): (prob, dict(evidence)) for left, right, prob, evidence in result.pairs
    }
    for key, judgement in judged.items():  # a person's "same" holds even when the model drops the pair
        if judgement in ("same", "unsure") and key not in scored and set(key) <= prepared.uids:
            scored[key] = (0.0, {})
    pairs: list[LinkPair] = []
    counts = {"linked": 0, "review": 0}
    for (left, right), (prob, evidence) in sorted(scored.items()):
        decision = judged.get((left, right))
        if decision == "different":
            continue
        status = "linked" if decision == "same" or (decision is None and prob >= accept) else "review"
        evidence = {**evidence, "match_probability": round(prob, 4)}
        if decision:
            evidence["judgement"] = decision
        counts[status] += 1
        pairs.append(
            LinkPair(left_record_id=left, right_record_id=right, score=round(prob, 4), status=status, evidence=evidence)
        )
    record_ids = sorted(prepared.uids)
    with store.db.transaction() as session:
        for start in range(0, len(record_ids), 900):
            chunk = record_ids[start : start + 900]
            session.execute(delete(LinkPair).where(LinkPair.left_record_id.in_(chunk)))
        session.add_all(pairs)
        audit.append(
            session,
            actor,
            "link.run",
            details={
                "tables": doc_ids,
                "rows": len(rows),
                "candidate_pairs": result.candidate_pairs,
                "weights_estimated": result.trained,
                **counts,
            },
        )
    return {
        "tables": doc_ids,
        "rows": len(rows),
        "candidate_pairs": result.candidate_pairs,
        "weights_estimated": result.trained,
        "blocking": result.keys_used,
        **counts,
    }


def review_queue(store: Store, limit: int = 20, *, see_restricted: bool = False) -> list[dict[str, Any]]:
    """Pairs waiting for a person's decision, most likely first (without restricted rows unless
    ``see_restricted``)."""
    out: list[dict[str, Any]] = []
    with store.db.reading() as session:
        query = select(LinkPair).where(LinkPair.status == "review").order_by(LinkPair.score.desc(), LinkPair.id)
        for batch in session.scalars(query).partitions(max(limit, 50)):
            hidden = (
                set()
                if see_restricted
                else hidden_records(session, [i for p in batch for i in (p.left_record_id, p.right_record_id)])
            )
            for p in batch:
                if p.left_record_id in hidden or p.right_record_id in hidden:
                    continue
                left, right = session.get(Record, p.left_record_id), session.get(Record, p.right_record_id)
                if left is None or right is None:
                    continue
                out.append(
                    {
                        "pair": p.id,
                        "score": p.score,
                        "evidence": p.evidence,
                        "left": _record_ref(left),
                        "right": _record_ref(right),
                    }
                )
                if len(out) >= limit:
                    return out
    return out


def _record_ref(record: Record) -> dict[str, Any]:
    row = link_row(record.id, record.document_id, record.values)
    return {
        "id": f"record:{record.id}",
        "document_id": record.document_id,
        "sheet": record.sheet,
        "row": record.row_number,
        "name": row["name"] if row else "",
    }


def decide(store: Store, pair_id: int, decision: str, actor: str, *, see_restricted: bool = False) -> dict[str, Any]:
    """Record a person's decision about a pair; it wins over the machine on every later run. A pair
    with a restricted row does not exist for someone who may not see it."""
    if decision not in DECISIONS:
        raise ValueError(f"a decision is one of {', '.join(DECISIONS)}")
    with store.db.transaction() as session:
        pair = session.get(LinkPair, pair_id)
        if pair is None or (
            not see_restricted and hidden_records(session, (pair.left_record_id, pair.right_record_id))
        ):
            raise NotFound(f"no pair {pair_id}")
        key = (pair.left_record_id, pair.right_record_id)
        judgement = session.get(LinkJudgement, key)
        if judgement is None:
            judgement = LinkJudgement(left_record_id=key[0], right_record_id=key[1], decision=decision, actor=actor)
            session.add(judgement)
        else:
            judgement.decision, judgement.actor = decision, actor
        pair.status = {"same": "linked", "different": "rejected", "unsure": "review"}[decision]
        audit.append(
            session, actor, "link.decide", target=f"record:{key[0]}~record:{key[1]}", details={"decision": decision}
        )
        return {"pair": pair_id, "left": f"record:{key[0]}", "right": f"record:{key[1]}", "decision": decision}
