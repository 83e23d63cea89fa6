"""Web sessions kept in the database: the cookie carries an opaque random id, the table holds
only its SHA-256, whose account it is and when it began, was last used and last stepped up.

A session lives while its row does: deleting the row ends it at once, whatever the browser still
holds. Logging out deletes one; a new password, a new role, a disabled or removed account delete
every session of the account (``end_all``), in the same transaction as the change. Idle and
too-old sessions are refused on read and swept at each login."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, bindparam, delete, or_, select, update
from sqlalchemy.orm import Session

from habeas.errors import PermissionDenied
from habeas.store.auth_models import WebSession
from habeas.store.models import User
from habeas.store.store import Store

ID_BYTES = 32  # the cookie's random id: 256 bits, URL-safe base64
MAX_ID_CHARS = 64  # anything longer is not an id this module made

_SESSIONS = WebSession.__table__
_USERS = User.__table__

# Every web request reads its session and account: one statement, built once, on a plain connection.
_LIVE = (
    select(
        _SESSIONS.c.started_at,
        _SESSIONS.c.last_used_at,
        _SESSIONS.c.stepped_up_at,
        _USERS.c.name,
        _USERS.c.role,
        _USERS.c.disabled,
        _USERS.c.created_at,
        _USERS.c.created_by,
    )
    .join_from(_SESSIONS, _USERS, _SESSIONS.c.user_id == _USERS.c.id)
    .where(_SESSIONS.c.id_hash == bindparam("h"))
)


@dataclass(frozen=True)
class LiveSession:
    """A session found by its cookie: its account (``user``, ``role`` and the account's own
    ``created_at``, ``created_by``) and its times (seconds since the epoch)."""

    user: str
    role: str
    created_at: datetime
    created_by: str
    started_at: float
    last_used_at: float
    stepped_up_at: float


def new_id() -> str:
    return secrets.token_urlsafe(ID_BYTES)


def id_hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


def well_formed(session_id: str | None) -> bool:
    return bool(session_id) and len(session_id or "") <= MAX_ID_CHARS


def start(store: Store, user: str, now: float, *, stepped_up: bool, idle_s: float, max_age_s: float) -> str:
    """A new session for ``user`` (an account that exists and is not disabled); returns its id,
    for the cookie. Sessions past their idle time or age are swept on the way."""
    session_id = new_id()
    with store.db.transaction() as session:
        user_id = session.scalar(select(User.id).where(User.name == user, User.disabled.is_(False)))
        if user_id is None:
            raise PermissionDenied(f"{user!r} is not an account that may log in")
        session.execute(
            delete(WebSession).where(
                or_(WebSession.last_used_at < now - idle_s, WebSession.started_at < now - max_age_s)
            )
        )
        session.add(
            WebSession(
                id_hash=id_hash(session_id),
                user_id=user_id,
                started_at=now,
                last_used_at=now,
                stepped_up_at=now if stepped_up else 0.0,
            )
        )
    return session_id


def find(store: Store, session_id: str, now: float, *, idle_s: float, max_age_s: float) -> LiveSession | None:
    """The live session ``session_id`` names, or None: unknown, ended, idle too long, too old,
    or its account disabled. A session found dead is deleted."""
    if not well_formed(session_id):
        return None
    digest = id_hash(session_id)
    with store.db.connection() as conn:
        row = conn.execute(_LIVE, {"h": digest}).first()
        if row is None:
            return None
        if row.disabled or now - row.last_used_at > idle_s or now - row.started_at > max_age_s:
            _delete(conn, digest)
            return None
    return LiveSession(
        row.name, row.role, row.created_at, row.created_by, row.started_at, row.last_used_at, row.stepped_up_at
    )


def touch(store: Store, session_id: str, now: float) -> None:
    """Record that the session is in use now (its idle time starts again)."""
    with store.db.connection() as conn:
        conn.execute(update(WebSession).where(WebSession.id_hash == id_hash(session_id)).values(last_used_at=now))
        conn.commit()


def step_up(store: Store, session_id: str, now: float) -> bool:
    """Record a fresh one-time code on the session; False when the session no longer exists."""
    with store.db.connection() as conn:
        done = conn.execute(
            update(WebSession)
            .where(WebSession.id_hash == id_hash(session_id))
            .values(stepped_up_at=now, last_used_at=now)
        ).rowcount
        conn.commit()
    return bool(done)


def end(store: Store, session_id: str) -> bool:
    """End one session (logging out); whether there was one."""
    if not well_formed(session_id):
        return False
    with store.db.connection() as conn:
        return _delete(conn, id_hash(session_id))


def end_all(session: Session, user_id: int) -> int:
    """End every session of one account, inside the caller's transaction; how many there were."""
    result = session.execute(delete(WebSession).where(WebSession.user_id == user_id))
    return int(getattr(result, "rowcount", 0) or 0)


def _delete(conn: Connection, digest: str) -> bool:
    gone = conn.execute(delete(WebSession).where(WebSession.id_hash == digest)).rowcount
    conn.commit()
    return bool(gone)
