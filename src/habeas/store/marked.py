"""Answers worked out from a store, kept until its audit log moves on.

Every write that changes what a store holds appends to its audit log, and after every such commit
the store rewrites the file that anchors the log's head outside the database, in whichever process
made the write (``Store.audit_mark``). The mark is read before an answer is worked out, so an answer
is never kept under a mark older than the data it came from (reads outside a write transaction see
what was committed when each statement runs, on SQLite and PostgreSQL alike): after any audited
write, here or in another process, the next ask works it out again. With no mark to go by (no
anchor yet, or one that cannot be read), nothing is kept. A bounded number of answers are kept per
process, the oldest forgotten first; the store's location is part of every key."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

from habeas.store.store import Store

T = TypeVar("T")
KEPT = 1024  # answers kept per process

_kept: dict[tuple[str, Hashable], tuple[bytes, float, Any]] = {}
_lock = threading.Lock()
_UNREAD = b""  # ``mark`` not given: read the anchor


def kept_under_mark(
    store: Store, question: Hashable, answer: Callable[[], T], settle_s: float = 0.0, mark: bytes | None = _UNREAD
) -> T:
    """``answer()``, or the one kept for ``question`` while the store's audit mark is unchanged.
    ``settle_s``: also trust an answer this many seconds old after the mark moved on. ``mark``: the
    mark the caller read just before (so one ask that keeps several answers reads the anchor once)."""
    if mark == _UNREAD:
        mark = store.audit_mark()
    if mark is None:
        return answer()
    key, now = (store.url, question), time.monotonic()
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
