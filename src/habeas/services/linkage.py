"""Record linkage: which table rows are the same person, and the review of uncertain pairs."""

from __future__ import annotations

from typing import Any, TypedDict, cast

from habeas.services import Caller
from habeas.services.guard import guarded
from habeas.services.users import may_see_restricted, role_of


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
    return cast(list[LinkReviewPair], linkage.review_queue(ctx.store, limit, see_restricted=may_see_restricted(role)))


@guarded("decide")
def link_decide(ctx: Caller, pair_id: int, decision: str, role: str | None = None) -> LinkDecision:
    """A person's decision (same / different / unsure) about a pair; it wins over the machine on re-runs."""
    from habeas.resolve import linkage

    role = role if role is not None else role_of(ctx)
    return cast(
        LinkDecision, linkage.decide(ctx.store, pair_id, decision, ctx.actor, see_restricted=may_see_restricted(role))
    )
