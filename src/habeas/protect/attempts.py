"""Guessing passphrases: at most so many wrong ones per user in a window, and at most so many key
derivations at once in a process.

- An attempt is recorded *before* its Argon2id derivation and counts as a failure until the
  passphrase turns out right (``Attempt.succeeded`` clears the user's count). So attempts in
  flight count too: parallel guesses cannot all slip past the limit before the first one fails.
  The count lives in the database, so every server process and the CLI share it.
- Each derivation takes ``KdfCost.memlimit`` of memory (256 MiB by default): ``DERIVATIONS`` lets
  ``KdfCost.max_parallel`` of them run at once per process, and the rest wait their turn."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from habeas.errors import PermissionDenied
from habeas.store.auth_models import PassphraseAttempt
from habeas.store.store import Store


class DerivationSlots:
    """A counting semaphore whose limit is given at each use, and which says how many slots are
    taken now (``active``) and the most that ever were at once (``peak``)."""

    def __init__(self) -> None:
        self._free = threading.Condition()
        self.active = 0
        self.peak = 0
        self.waiting = 0

    @contextmanager
    def slot(self, limit: int) -> Iterator[None]:
        limit = max(1, limit)
        with self._free:
            self.waiting += 1
            try:
                while self.active >= limit:
                    self._free.wait()
            finally:
                self.waiting -= 1
            self.active += 1
            self.peak = max(self.peak, self.active)
        try:
            yield
        finally:
            with self._free:
                self.active -= 1
                self._free.notify()


DERIVATIONS = DerivationSlots()  # one per process: what bounds the memory of parallel derivations

_counting = threading.Lock()  # check-and-record is one step within a process


class Throttled(PermissionDenied):
    """Too many wrong passphrases lately; ``retry_after`` seconds until the next attempt may run."""

    def __init__(self, user: str, retry_after: int) -> None:
        super().__init__(f"too many wrong passphrases for {user!r}; try again in {retry_after} seconds")
        self.retry_after = retry_after


class Attempt:
    """One passphrase attempt, already counted; ``succeeded`` or ``not_counted`` settles it."""

    def __init__(self, store: Store, user: str, row_id: int) -> None:
        self.store, self.user, self.row_id = store, user, row_id

    def failed(self, session: Session) -> None:
        """The passphrase was wrong: the failure counts from now, written in the caller's
        transaction (the one that audits it; being a write, it also takes SQLite's write lock
        before the audit log's head is read)."""
        session.execute(update(PassphraseAttempt).where(PassphraseAttempt.id == self.row_id).values(at=time.time()))

    def succeeded(self) -> None:
        """The passphrase was right: the user's count starts again."""
        with self.store.db.transaction() as session:
            session.execute(delete(PassphraseAttempt).where(PassphraseAttempt.user == self.user))

    def not_counted(self) -> None:
        """The attempt stopped before it said anything about the passphrase (no key pair, say)."""
        with self.store.db.transaction() as session:
            session.execute(delete(PassphraseAttempt).where(PassphraseAttempt.id == self.row_id))


def forget_old(session: Session, window_s: float, now: float | None = None) -> None:
    """Forget attempts older than the window, in the caller's transaction (a write: on SQLite it
    takes the write lock, so an audit entry appended after it cannot race another)."""
    now = time.time() if now is None else now
    session.execute(delete(PassphraseAttempt).where(PassphraseAttempt.at <= now - window_s))


def begin(store: Store, user: str, limit: int, window_s: float, now: float | None = None) -> Attempt:
    """Count an attempt of ``user``'s, or refuse it (``Throttled``) when ``limit`` attempts that
    did not succeed fall within the last ``window_s`` seconds. Older ones are forgotten."""
    now = time.time() if now is None else now
    with _counting, store.db.transaction() as session:
        forget_old(session, window_s, now)
        count, oldest = session.execute(
            select(func.count(), func.min(PassphraseAttempt.at)).where(PassphraseAttempt.user == user)
        ).one()
        if count >= max(1, limit):
            raise Throttled(user, max(1, int(oldest + window_s - now) + 1))
        row = PassphraseAttempt(user=user, at=now)
        session.add(row)
        session.flush()
        return Attempt(store, user, row.id)
