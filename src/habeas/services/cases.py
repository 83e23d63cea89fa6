"""Cases: the investigations a store holds."""

from __future__ import annotations

from typing import TypedDict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from habeas.services import Caller
from habeas.services.guard import guarded
from habeas.store.models import Case, Document
from habeas.store.store import ensure_case, get_case


class CaseSummary(TypedDict):
    """A case as ``habeas cases --json`` lists it."""

    name: str
    created_at: str
    created_by: str
    documents: int


@guarded("case.create")
def create_case(ctx: Caller, name: str) -> CaseSummary:
    with ctx.store.db.transaction() as session:
        if get_case(session, name) is not None:
            raise ValueError(f"a case called {name!r} already exists")
        case = ensure_case(session, name, ctx.actor)
        return _case_dict(session, case)


@guarded("read")
def list_cases(ctx: Caller) -> list[CaseSummary]:
    with ctx.store.db.reading() as session:
        return [_case_dict(session, c) for c in session.scalars(select(Case).order_by(Case.name))]


def _case_dict(session: Session, case: Case) -> CaseSummary:
    count = session.scalar(select(func.count()).select_from(Document).where(Document.case_id == case.id))
    return {
        "name": case.name,
        "created_at": case.created_at.isoformat(),
        "created_by": case.created_by,
        "documents": count or 0,
    }
