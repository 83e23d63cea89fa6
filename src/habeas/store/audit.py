"""The hash-chained audit log: each entry holds the hash of the one before it."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from habeas.store.models import AuditEntry

GENESIS = "0" * 64


def entry_hash(prev_hash: str, seq: int, at: datetime, actor: str, action: str,
               case_name: str | None, target: str | None, details: dict[str, Any]) -> str:
    """The hash that seals an entry: everything it says plus its predecessor's hash."""
    body = json.dumps(
        [prev_hash, seq, _timestamp(at), actor, action, case_name, target, details],
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _timestamp(at: datetime) -> str:
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
    return entry


def verify_chain(session: Session) -> list[str]:
    """Every break in the chain, as sentences; empty when the log is intact."""
    problems: list[str] = []
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
        prev = entry.hash
        expected_seq = entry.seq + 1
    return problems
