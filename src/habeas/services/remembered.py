"""Answers over a whole store (counts, the folder tree of the files' paths) remembered between
requests until the audit log moves on (``habeas.store.marked``), per set of cases the caller sees,
per question."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from habeas.services import Caller
from habeas.services.cases import visible_case_ids
from habeas.store.marked import kept_under_mark

T = TypeVar("T")


def remembered(ctx: Caller, question: Hashable, answer: Callable[[], T], settle_s: float = 0.0) -> T:
    """``answer()``, or the one remembered for ``question`` (over the cases the caller sees) while
    the audit log has not moved on. ``settle_s``: also trust an answer this many seconds old after
    the log moved on (a running ingest then does not recount on every page)."""
    visible = visible_case_ids(ctx)
    cases = None if visible is None else tuple(sorted(visible))
    return kept_under_mark(ctx.store, ("remembered", cases, question), answer, settle_s)
