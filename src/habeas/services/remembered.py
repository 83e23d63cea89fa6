"""Answers over a whole store (counts, the folder tree of the files' paths) remembered between
requests until the audit log moves on.

Every write that changes what a store holds appends to its audit log, so the log's last sequence
number (one look-up by primary key) says whether a remembered answer may be out of date. The head
is read before the answer is worked out, so an answer is never kept under a head older than the
data it was worked out from: after any audited write, the next request works it out again.
Answers are kept per store, per set of cases the caller sees, per question; a bounded number of
them, the oldest forgotten first."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from habeas.services import Caller
from habeas.services.cases import visible_case_ids
from habeas.store.models import AuditEntry

T = TypeVar("T")
KEPT = 512  # answers kept per process

_kept: dict[tuple[Hashable, ...], tuple[int, float, Any]] = {}
_lock = threading.Lock()
_HEAD = select(func.max(AuditEntry.seq))


def audit_head(session: Session) -> int:
    """The audit log's last sequence number (0 for an empty log)."""
    return int(session.scalar(_HEAD) or 0)


def remembered(ctx: Caller, session: Session, question: Hashable, answer: Callable[[], T], settle_s: float = 0.0) -> T:
    """``answer()``, or the one remembered for ``question`` (over the cases the caller sees) while
    the audit log has not moved on. ``settle_s``: also trust an answer this many seconds old after
    the log moved on (a running ingest then does not recount on every page)."""
    visible = visible_case_ids(ctx)
    key = (ctx.store.settings.sqlalchemy_url, None if visible is None else tuple(sorted(visible)), question)
    head, now = audit_head(session), time.monotonic()
    with _lock:
        known = _kept.get(key)
    if known is not None and (known[0] == head or now - known[1] < settle_s):
        return cast(T, known[2])
    value = answer()
    with _lock:
        _kept.pop(key, None)
        _kept[key] = (head, now, value)
        while len(_kept) > KEPT:
            del _kept[next(iter(_kept))]
    return value
