"""Record linkage: which table rows are the same person, and the review of uncertain pairs."""

from __future__ import annotations

from typing import Any, TypedDict, cast

from sqlalchemy import select

from habeas.errors import NotFound
from habeas.services import Caller
from habeas.services.cases import visible_case_ids
from habeas.services.guard import guarded
from habeas.services.users import may_see_restricted, role_of
from habeas.store.models import Document, Record
from habeas.store.names_models import LinkPair


class LinkRun(TypedDict):
    """What a linkage run compared and decided (``habeas link --json``)."""

    tables: list[str]
    rows: int
    candidate_pairs: int
    weights_estimated: bool
    blocking: list[str]
    linked: int
    review: int


class RecordRef(TypedDict):
    """A table row as a pair shows it: where it is and the name it gives."""

    id: str
    document_id: str
    sheet: str
    row: int
    name: str


class LinkReviewPair(TypedDict):
    """Two rows that may be about the same person, with the model's score and evidence."""

    pair: int
    score: float
    evidence: dict[str, Any]
    left: RecordRef
    right: RecordRef


class LinkDecision(TypedDict):
    """A person's decision about a pair of rows, as recorded."""

    pair: int
    left: str
    right: str
    decision: str


@guarded("analyse")
def link_records(
    ctx: Caller,
    *,
    tables: list[str] | None = None,
    accept: float = 0.9,
    review: float = 0.7,
    one_per_table: bool = False,
) -> LinkRun:
    """Link table rows about the same person (within and across tables); uncertain pairs go to review."""
    from habeas.resolve import linkage

    tables = _tables_in_reach(ctx, tables)
    return cast(
        LinkRun,
        linkage.run_link(
            ctx.store, tables=tables, accept=accept, review=review, one_per_table=one_per_table, actor=ctx.actor
        ),
    )


@guarded("decide")
def link_review_queue(ctx: Caller, limit: int = 20, role: str | None = None) -> list[LinkReviewPair]:
    """Pairs waiting for a decision, most likely first; pairs with a restricted row only for roles
    that may see restricted records (``role`` when the caller knows it, else ``actor``'s)."""
    from habeas.resolve import linkage

    role = role if role is not None else role_of(ctx)
    see = may_see_restricted(role)
    ids = visible_case_ids(ctx, "decide")
    if ids is None:
        return cast(list[LinkReviewPair], linkage.review_queue(ctx.store, limit, see_restricted=see))
    wider = linkage.review_queue(ctx.store, limit * 5 + 50, see_restricted=see)  # then only the caller's cases
    with ctx.store.db.reading() as session:
        docs = {p[side]["document_id"] for p in wider for side in ("left", "right")}
        case_of = dict(session.execute(select(Document.id, Document.case_id).where(Document.id.in_(docs))).all())
    mine = [p for p in wider if all(case_of.get(p[side]["document_id"]) in ids for side in ("left", "right"))]
    return cast(list[LinkReviewPair], mine[:limit])


@guarded("decide")
def link_decide(ctx: Caller, pair_id: int, decision: str, role: str | None = None) -> LinkDecision:
    """A person's decision (same / different / unsure) about a pair; it wins over the machine on re-runs."""
    from habeas.resolve import linkage

    role = role if role is not None else role_of(ctx)
    _pair_in_reach(ctx, pair_id)
    return cast(
        LinkDecision, linkage.decide(ctx.store, pair_id, decision, ctx.actor, see_restricted=may_see_restricted(role))
    )


def _pair_in_reach(ctx: Caller, pair_id: int) -> None:
    """A pair with a row in a case where the caller may not decide does not exist for them."""
    ids = visible_case_ids(ctx, "decide")
    if ids is None:
        return
    if not 0 < pair_id < 2**63:  # no row has such an id (and the database could not even look it up)
        raise NotFound(f"no pair {pair_id}")
    with ctx.store.db.reading() as session:
        pair = session.get(LinkPair, pair_id)
        sides = () if pair is None else (pair.left_record_id, pair.right_record_id)
        cases = set(
            session.scalars(
                select(Document.case_id).join(Record, Record.document_id == Document.id).where(Record.id.in_(sides))
            )
        )
    if pair is None or not cases or not cases <= ids:
        raise NotFound(f"no pair {pair_id}")


def _tables_in_reach(ctx: Caller, tables: list[str] | None) -> list[str] | None:
    """The tables (by id or file name; all when none) narrowed to those of the cases where the
    caller may analyse, as document ids: linking never reads another case's rows."""
    ids = visible_case_ids(ctx, "analyse")
    if ids is None:
        return tables
    with ctx.store.db.reading() as session:
        query = select(Document.id).where(
            Document.case_id.in_(sorted(ids)), Document.id.in_(select(Record.document_id).distinct())
        )
        if tables:
            query = query.where(Document.id.in_(tables) | Document.file_name.in_(tables))
        mine = sorted(session.scalars(query))
        if not mine and not tables and session.scalar(select(Record.id).limit(1)) is None:
            return None  # no tables anywhere: nothing to link, nothing to leak
    if not mine:
        raise ValueError(f"no table called {', '.join(tables)}" if tables else "no tables in your cases to link")
    return mine
