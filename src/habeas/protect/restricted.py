"""Restricted records: rows of a table, or whole tables, that only some roles may see in name
lookups and the link review. Who may see them is decided by ``services.may_see_restricted`` alone;
this module only says which rows are restricted and marks or unmarks them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from habeas.store import audit
from habeas.store.models import Document, Record
from habeas.store.names_models import RecordRestriction
from habeas.store.store import Store


def hidden_records(session: Session, record_ids: Iterable[int]) -> set[int]:
    """Which of these records are restricted (by their row or by their table)."""
    ids = sorted(set(record_ids))
    out: set[int] = set()
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        whole_tables = select(RecordRestriction.document_id).where(RecordRestriction.record_id.is_(None))
        query = select(Record.id).where(
            Record.id.in_(chunk),
            or_(
                Record.document_id.in_(whole_tables),
                Record.id.in_(select(RecordRestriction.record_id).where(RecordRestriction.record_id.is_not(None))),
            ),
        )
        out.update(session.scalars(query))
    return out


def mark(
    store: Store, table: str, rows: list[int], actor: str, *, reason: str = "", lift: bool = False
) -> dict[str, Any]:
    """Mark a table (no ``rows``) or some of its rows (row numbers) restricted, or lift the mark."""
    with store.db.transaction() as session:
        doc = session.scalars(
            select(Document).where((Document.id == table) | (Document.file_name == table)).order_by(Document.id)
        ).first()
        if doc is None or session.scalar(select(Record.id).where(Record.document_id == doc.id).limit(1)) is None:
            raise ValueError(f"no table called {table}")
        record_ids: list[int | None] = [None]
        if rows:
            found = dict(
                session.execute(
                    select(Record.row_number, Record.id).where(
                        Record.document_id == doc.id, Record.row_number.in_(rows)
                    )
                ).all()
            )
            missing = sorted(set(rows) - set(found))
            if missing:
                raise ValueError(f"{table} has no row {', '.join(map(str, missing))}")
            record_ids = [found[r] for r in rows]
        for record_id in record_ids:
            which = (
                RecordRestriction.record_id.is_(None) if record_id is None else RecordRestriction.record_id == record_id
            )
            match = (RecordRestriction.document_id == doc.id) & which
            session.execute(delete(RecordRestriction).where(match))
            if not lift:
                session.add(RecordRestriction(document_id=doc.id, record_id=record_id, reason=reason, actor=actor))
        audit.append(
            session,
            actor,
            "records.unrestrict" if lift else "records.restrict",
            target=doc.id,
            details={"rows": sorted(rows), "reason": reason},
        )
        return {"table": doc.id, "rows": sorted(rows), "restricted": not lift}
