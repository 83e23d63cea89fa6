"""Answers over a whole store (counts, the folder tree of the files' paths) remembered between
requests until the audit log moves on.

Every write that changes what a store holds appends to its audit log, and after every such commit
the store rewrites the file that anchors the log's head outside the database, in whichever process
made the write (``Store.audit_mark``, the one way the role memories and the search index tell the
log moved on too). The mark is read before the answer is worked out, so an answer is never kept
under a mark older than the data it was worked out from (reads outside a write transaction see
what was committed when each statement runs, on SQLite and PostgreSQL alike): after any audited
write, here or in another process, the next request works it out again. With no mark to go by (no
anchor yet, or one that cannot be read), nothing is kept. Answers are kept per store, per set of
cases the caller sees, per question; a bounded number of them, the oldest forgotten first."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

from habeas.services import Caller
from habeas.services.cases import visible_case_ids

T = TypeVar("T")
KEPT = 512  # answers kept per process

_kept: dict[tuple[Hashable, ...], tuple[bytes, float, Any]] = {}
_lock = threading.Lock()


def remembered(ctx: Caller, question: Hashable, answer: Callable[[], T], settle_s: float = 0.0) -> T:
    """``answer()``, or the one remembered for ``question`` (over the cases the caller sees) while
    the audit log has not moved on. ``settle_s``: also trust an answer this many seconds old after
    the log moved on (a running ingest then does not recount on every page)."""
    visible = visible_case_ids(ctx)
    key = (ctx.store.url, None if visible is None else tuple(sorted(visible)), question)
    mark, now = ctx.store.audit_mark(), time.monotonic()
    if mark is None:
        return answer()
    with _lock:
        known = _kept.get(key)
    if known is not None and (known[0] == mark or now - known[1] < settle_s):
        return cast(T, known[2])
    value = answer()
    with _lock:
        _kept.pop(key, None)
        _kept[key] = (mark, now, value)
        while len(_kept) > KEPT:
            del _kept[next(iter(_kept))]
    return value
