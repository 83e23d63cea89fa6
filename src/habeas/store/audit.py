"""The hash-chained audit log: each entry holds the hash of the one before it."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from habeas.store.models import AuditEntry

# The log's last sequence number: it grows with every write, so caches keyed on it stay right.
HEAD_SEQ = select(func.max(AuditEntry.seq))  # built once, so its cache key is computed once

GENESIS = "0" * 64
ANCHOR_FILE = "audit-head.json"
_APPENDED = "habeas.audit_appended"  # set on a session that appended, until it commits
_PENDING_HEAD = "habeas.audit_head"  # the head it leaves, between its commit and the anchor's write


def entry_hash(prev_hash: str, seq: int, at: datetime, actor: str, action: str,
               case_name: str | None, target: str | None, details: dict[str, Any]) -> str:
    """The hash that seals an entry: everything it says plus its predecessor's hash."""
    body = json.dumps(
        [prev_hash, seq, timestamp(at), actor, action, case_name, target, details],
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def timestamp(at: datetime) -> str:
    """An entry's time as the chain hashes it: UTC, ISO 8601, microseconds, no zone suffix."""
    # SQLite drops the zone on the way back; the chain must hash the same either way.
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")


def append(session: Session, actor: str, action: str, *, case_name: str | None = None,
           target: str | None = None, details: dict[str, Any] | None = None) -> AuditEntry:
    """Append an entry inside the caller's transaction, so it commits with the write it records."""
    if session.get_bind().dialect.name == "postgresql":
        # One writer at a time extends the chain; released when the transaction ends.
        session.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq = (last.seq + 1) if last else 1
    prev = last.hash if last else GENESIS
    at = datetime.now(UTC)
    details = details or {}
    entry = AuditEntry(
        seq=seq, at=at, actor=actor, action=action, case_name=case_name, target=target, details=details,
        prev_hash=prev, hash=entry_hash(prev, seq, at, actor, action, case_name, target, details),
    )
    session.add(entry)
    session.flush()
    session.info[_APPENDED] = True
    return entry


def verify_chain(session: Session, anchors: Sequence[Anchor] = ()) -> list[str]:
    """Every break in the chain, as sentences; empty when the log is intact. Each anchor (a head
    recorded outside the database) must still be in the chain, so a cut-off tail is noticed too."""
    problems: list[str] = []
    wanted: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        wanted.setdefault(anchor.seq, []).append(anchor)
    prev = GENESIS
    expected_seq = 1
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(1000):
        if entry.seq != expected_seq:
            problems.append(f"audit log: entry {expected_seq} is missing (next is {entry.seq})")
        if entry.prev_hash != prev:
            problems.append(f"audit log: entry {entry.seq} does not point to the entry before it")
        recomputed = entry_hash(entry.prev_hash, entry.seq, entry.at, entry.actor, entry.action,
                                entry.case_name, entry.target, entry.details)
        if recomputed != entry.hash:
            problems.append(f"audit log: entry {entry.seq} has been altered")
        for anchor in wanted.pop(entry.seq, []):
            if anchor.hash != entry.hash:
                problems.append(f"audit log: entry {entry.seq} is not the one {anchor.where} recorded")
        prev = entry.hash
        expected_seq = entry.seq + 1
    for anchor in sorted((a for left in wanted.values() for a in left), key=lambda a: a.seq):
        problems.append(f"audit log: the log ends at entry {expected_seq - 1}, but {anchor.where} records "
                        f"entry {anchor.seq}: its tail has been cut off")
    return problems


# -- the head, anchored outside the database ----------------------------------------


@dataclass(frozen=True)
class Anchor:
    """The chain's head (sequence number and hash) as recorded somewhere outside the database."""

    seq: int
    hash: str
    where: str

    def as_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash}


class _Listens(Protocol):
    def listen(self, session_event: str, callback: Callable[..., None]) -> None: ...


def anchor_commits(db: _Listens, path: Path) -> None:
    """Write the head to ``path`` after every commit that appended to the log. The head is read
    inside the transaction just before it commits (entries of rolled-back savepoints excluded;
    on PostgreSQL the chain's lock is still held, so it is this transaction's last entry)."""

    def before_commit(session: Session) -> None:
        if session.info.pop(_APPENDED, False):
            session.info[_PENDING_HEAD] = current_head(session)

    def after_commit(session: Session) -> None:
        head = session.info.pop(_PENDING_HEAD, None)
        if head is not None:
            write_anchor(path, head)

    def after_rollback(session: Session) -> None:
        session.info.pop(_PENDING_HEAD, None)  # a commit that failed after before_commit

    db.listen("before_commit", before_commit)
    db.listen("after_commit", after_commit)
    db.listen("after_rollback", after_rollback)


def current_head(session: Session) -> Anchor | None:
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return Anchor(last.seq, last.hash, "the database") if last else None


def read_anchor(path: Path) -> Anchor | None:
    """The head recorded in an anchor file, or None when there is none."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: not a readable audit anchor ({exc})") from exc
    return Anchor(int(data["seq"]), str(data["hash"]), str(path))


def write_anchor(path: Path, head: Anchor) -> None:
    """Record ``head`` in the anchor file unless it already records a later entry. Written whole
    under another name and renamed over, under a lock, so concurrent committers never move it back
    and a crash never leaves half a file."""
    lock_fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock_fd, fcntl.LOCK_EX)
        try:
            known = read_anchor(path)
        except ValueError:
            known = None  # an unreadable anchor is replaced; verification has already had its say
        if known is not None and known.seq >= head.seq:
            return
        partial = path.with_name(f".{path.name}-{os.getpid()}")
        with partial.open("w", encoding="utf-8") as fh:
            json.dump({**head.as_dict(), "at": datetime.now(UTC).isoformat()}, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    finally:
        os.close(lock_fd)  # releases the lock


def verify_with_anchor(session: Session, anchor_path: Path, extra: Sequence[Anchor] = ()) -> list[str]:
    """``verify_chain`` against the store's anchor file and any ``extra`` anchors (the heads that
    evidence packages recorded). A log with entries but no anchor file is a problem too: deleting
    the file would otherwise hide a cut-off tail."""
    problems: list[str] = []
    anchors = list(extra)
    try:
        anchor = read_anchor(anchor_path)
    except ValueError as exc:
        anchor = None
        problems.append(f"audit log: {exc}")
    if anchor is not None:
        anchors.append(anchor)
    elif not problems and current_head(session) is not None:
        problems.append(f"audit log: the head anchor {anchor_path} is missing, so a cut-off tail "
                        "cannot be ruled out")
    return problems + verify_chain(session, anchors)
