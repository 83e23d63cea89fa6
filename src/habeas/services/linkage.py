"""Record linkage: which table rows are the same person, and the review of uncertain pairs."""

from __future__ import annotations

from typing import Any

from habeas.config import LOCAL_OWNER
from habeas.services.guard import guarded
from habeas.services.users import may_see_restricted, role_of
from habeas.store.store import Store


@guarded("analyse")
def link_records(store: Store, *, tables: list[str] | None = None, accept: float = 0.9, review: float = 0.7,
                 one_per_table: bool = False, actor: str = "owner") -> dict[str, Any]:
    """Link table rows about the same person (within and across tables); uncertain pairs go to review."""
    from habeas.names import linkage

    return linkage.run_link(store, tables=tables, accept=accept, review=review, one_per_table=one_per_table,
                            actor=actor)


@guarded("decide")
def link_review_queue(store: Store, limit: int = 20, actor: str = LOCAL_OWNER,
                      role: str | None = None) -> list[dict[str, Any]]:
    """Pairs waiting for a decision, most likely first; pairs with a restricted row only for roles
    that may see restricted records (``role`` when the caller knows it, else ``actor``'s)."""
    from habeas.names import linkage

    role = role if role is not None else role_of(store, actor)
    return linkage.review_queue(store, limit, see_restricted=may_see_restricted(role))


@guarded("decide")
def link_decide(store: Store, pair_id: int, decision: str, actor: str, role: str | None = None) -> dict[str, Any]:
    """A person's decision (same / different / unsure) about a pair; it wins over the machine on re-runs."""
    from habeas.names import linkage

    role = role if role is not None else role_of(store, actor)
    return linkage.decide(store, pair_id, decision, actor, see_restricted=may_see_restricted(role))
