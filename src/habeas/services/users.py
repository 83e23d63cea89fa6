"""Accounts, roles, per-case grants, second factors and web sessions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import CursorResult, bindparam, delete, select, update
from sqlalchemy.orm import Session

from habeas.config import LOCAL_OWNER
from habeas.errors import NotFound
from habeas.protect import access, totp
from habeas.protect import sessions as web_sessions
from habeas.protect.access import CASE_GRANTS, OPERATIONS, ROLES, case_id_named, check
from habeas.protect.models import Grant, WrappedKey
from habeas.protect.totp import ISSUER, STEP_S, Enrolment, encrypt_secret
from habeas.services import Caller
from habeas.services import cases as case_services
from habeas.services.guard import guarded
from habeas.store import audit
from habeas.store.auth_models import UserRemoval, UserTotp
from habeas.store.case_models import CaseMember
from habeas.store.models import Case, User


class Account(TypedDict):
    """A user account as data: never its password hash. A removed account stays (disabled), so
    its name stays reserved and the audit log's entries stay attributable."""

    name: str
    role: str
    disabled: bool
    removed: bool
    created_at: str
    created_by: str


class Removal(TypedDict):
    """What removing an account took away: its grants (case, permission), how many record keys
    were wrapped to it and how many web sessions it had."""

    name: str
    grants: list[dict[str, str]]
    wrapped_keys: int
    sessions: int


class WebSession(TypedDict):
    """A live web session: its account and its times (seconds since the epoch)."""

    account: Account
    started_at: float
    last_used_at: float
    stepped_up_at: float


class GrantInfo(TypedDict):
    """A per-case grant: who may do what on which case, and who granted it when."""

    user: str
    case: str
    permission: str
    granted_by: str
    granted_at: str


PERMISSIONS = OPERATIONS  # the name the web app and older callers use
ACCOUNT_ROLES = ROLES  # the roles an account may be given, weakest first


MIN_PASSWORD = 8


_hasher = PasswordHasher()  # Argon2id with argon2-cffi's recommended cost


_DUMMY_HASH = _hasher.hash("a password nobody has")  # checked for unknown names, so timing tells nothing


def allowed(role: str | None, permission: str) -> bool:
    """Whether ``role`` may do ``permission`` (an operation of ``OPERATIONS``); unknown roles and
    operations are refused."""
    return role is not None and role in OPERATIONS.get(permission, frozenset())


def may_see_restricted(role: str | None, case: str | None = None) -> bool:
    """Whether ``role`` may see table rows marked restricted (in ``case``, when given). Every check
    of restricted records goes through here, so that per-case grants extend this one function."""
    return allowed(role, "restricted")


def role_of(ctx: Caller) -> str | None:
    """The role of ``actor`` as ``access.role_of`` decides it: the store's local owner is an admin;
    a disabled or unknown user has none (in a store without accounts, anyone is its admin)."""
    with ctx.store.db.reading() as session:
        return access.role_of(session, ctx.actor)


@guarded("admin")
def add_user(ctx: Caller, name: str, role: str, password: str, cases: Sequence[str] | None = None) -> Account:
    """A new account with an Argon2id hash of its password; the password itself is never stored.
    It becomes a member of ``cases`` (default: every existing case) at its role."""
    name = name.strip()
    if not name or len(name) > 200 or any(c.isspace() for c in name):
        raise ValueError("a user name is 1 to 200 characters without spaces")
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if name == LOCAL_OWNER:
        raise ValueError(f"{LOCAL_OWNER!r} is the name of the CLI's local operator; choose another")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password needs at least {MIN_PASSWORD} characters")
    with ctx.store.db.transaction() as session:
        if session.scalars(select(User).where(User.name == name)).first() is not None:
            raise ValueError(f"a user called {name!r} already exists")
        user = User(name=name, role=role, password_hash=_hasher.hash(password), disabled=False, created_by=ctx.actor)
        session.add(user)
        session.flush()
        joined = case_services.join_cases(session, ctx.actor, user, cases)
        audit.append(session, ctx.actor, "user.add", target=name, details={"role": role, "cases": joined})
        return _user_dict(user)


@guarded("admin")
def list_users(ctx: Caller) -> list[Account]:
    with ctx.store.db.reading() as session:
        removed = set(session.scalars(select(UserRemoval.user_id)))
        return [_user_dict(u, u.id in removed) for u in session.scalars(select(User).order_by(User.name))]


_USERS = User.__table__


# Every web request reads its account: a statement built once, run on a plain connection.
_USER_BY_NAME = select(_USERS.c.name, _USERS.c.role, _USERS.c.disabled, _USERS.c.created_at, _USERS.c.created_by).where(
    _USERS.c.name == bindparam("name")
)


def get_user(ctx: Caller, name: str) -> Account | None:
    """The account called ``name`` if it exists and is not disabled."""
    with ctx.store.db.connection() as conn:
        user = conn.execute(_USER_BY_NAME, {"name": name}).first()
        return _user_dict(user) if user is not None and not user.disabled else None


def authenticate(ctx: Caller, name: str, password: str) -> Account | None:
    """The account when the password is right, else None (the same work either way)."""
    with ctx.store.db.reading() as session:
        user = session.scalars(select(User).where(User.name == name)).first()
        stored = user.password_hash if user is not None and not user.disabled else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or user.disabled:
        return None
    if _hasher.check_needs_rehash(stored):
        with ctx.store.db.transaction() as session:
            session.execute(update(User).where(User.id == user.id).values(password_hash=_hasher.hash(password)))
            audit.append(session, user.name, "user.rehash", target=user.name)  # a stronger hash, same password
    return _user_dict(user)


def _user_dict(user: Any, removed: bool = False) -> Account:
    """An account as data, from a ``User`` or a row with its columns."""
    return {
        "name": user.name,
        "role": user.role,
        "disabled": user.disabled,
        "removed": removed,
        "created_at": user.created_at.isoformat(),
        "created_by": user.created_by,
    }


# -- an account's life: disable, enable, remove, a new password or role -----------------------
# Each is an admin's, audited, and ends the account's web sessions at once (in the same
# transaction as the change), so a browser still holding a cookie is logged out on its next request.


def disable_user(ctx: Caller, name: str) -> Account:
    """Stop ``name`` from logging in or acting; their sessions end now. ``enable_user`` undoes it."""
    with ctx.store.db.transaction() as session:
        user = _account_to_change(session, ctx, name, "disable")
        user.disabled = True
        ended = web_sessions.end_all(session, user.id)
        audit.append(session, ctx.actor, "user.disable", target=name, details={"sessions_ended": ended})
        return _user_dict(user)


def enable_user(ctx: Caller, name: str) -> Account:
    """Let a disabled account log in again (not a removed one)."""
    with ctx.store.db.transaction() as session:
        user = _account_to_change(session, ctx, name, "enable")
        user.disabled = False
        audit.append(session, ctx.actor, "user.enable", target=name)
        return _user_dict(user)


def remove_user(ctx: Caller, name: str) -> Removal:
    """Remove ``name`` for good: their sessions end, their per-case grants are revoked and the
    record keys wrapped to them deleted (so not even their passphrase opens a sealed field), their
    one-time-code secret is dropped. The account's row stays, disabled and marked removed: the
    name stays reserved and the audit log's entries stay attributable."""
    with ctx.store.db.transaction() as session:
        user = _account_to_change(session, ctx, name, "remove")
        grants = [
            {"case": case_name, "permission": g.permission}
            for g, case_name in session.execute(
                select(Grant, Case.name)
                .join(Case, Case.id == Grant.case_id)
                .where(Grant.user == name)
                .order_by(Case.name, Grant.permission)
            )
        ]
        session.execute(delete(Grant).where(Grant.user == name))
        session.execute(delete(CaseMember).where(CaseMember.user_id == user.id))
        wrapped: CursorResult[Any] = session.execute(  # type: ignore[assignment]
            delete(WrappedKey).where(WrappedKey.recipient == name)
        )
        session.execute(delete(UserTotp).where(UserTotp.user_id == user.id))
        ended = web_sessions.end_all(session, user.id)
        user.disabled = True
        session.add(UserRemoval(user_id=user.id, removed_by=ctx.actor))
        removal: Removal = {
            "name": name,
            "grants": grants,
            "wrapped_keys": int(wrapped.rowcount or 0),
            "sessions": ended,
        }
        audit.append(
            session,
            ctx.actor,
            "user.remove",
            target=name,
            details={"grants": grants, "wrapped_keys": removal["wrapped_keys"], "sessions_ended": ended},
        )
        return removal


def reset_password(ctx: Caller, name: str, password: str) -> Account:
    """Give ``name`` a new password (an admin sets it; only its Argon2id hash is kept); their
    sessions end, so whoever was logged in must log in with the new one."""
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password needs at least {MIN_PASSWORD} characters")
    hashed = _hasher.hash(password)
    with ctx.store.db.transaction() as session:
        user = _account_to_change(session, ctx, name, "reset-password")
        user.password_hash = hashed
        ended = web_sessions.end_all(session, user.id)
        audit.append(session, ctx.actor, "user.password", target=name, details={"sessions_ended": ended})
        return _user_dict(user)


def set_role(ctx: Caller, name: str, role: str) -> Account:
    """Give ``name`` another role; their sessions end, so the new role starts with a new login."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    with ctx.store.db.transaction() as session:
        user = _account_to_change(session, ctx, name, "role")
        before, user.role = user.role, role
        case_services.follow_store_role(session, user, before)
        ended = web_sessions.end_all(session, user.id)
        audit.append(
            session, ctx.actor, "user.role", target=name, details={"from": before, "to": role, "sessions_ended": ended}
        )
        return _user_dict(user)


def _account_to_change(session: Session, ctx: Caller, name: str, change: str) -> User:
    """The account an admin changes: it must exist and not be removed; nobody changes their own
    (an admin who disables or demotes themselves could leave the store without one)."""
    check(session, ctx.actor, "admin")
    user = session.scalars(select(User).where(User.name == name)).first()
    if user is None:
        raise NotFound(f"no user called {name!r}")
    if session.get(UserRemoval, user.id) is not None:
        raise ValueError(f"{name!r} was removed; the name stays reserved and the account cannot change")
    if name == ctx.actor and change != "reset-password":
        raise ValueError(f"you cannot {change} your own account")
    return user


# -- web sessions, kept in the database (the cookie holds only an opaque id) ------------------
# Not guarded: they run before anyone is known, as ``authenticate`` does. Times are the web app's
# clock, in seconds since the epoch; the idle and age limits are the store's web settings.


def start_session(ctx: Caller, name: str, now: float, *, stepped_up: bool = False) -> str:
    """A new session for the account ``name`` (just authenticated); returns its id for the cookie."""
    web = ctx.store.settings.web
    return web_sessions.start(
        ctx.store, name, now, stepped_up=stepped_up, idle_s=web.idle_timeout_s, max_age_s=web.session_max_age_s
    )


def find_session(ctx: Caller, session_id: str, now: float) -> WebSession | None:
    """The live session the cookie's id names, with its account; None when there is none (never
    was, logged out, ended by a change to the account, idle too long or too old)."""
    web = ctx.store.settings.web
    live = web_sessions.find(ctx.store, session_id, now, idle_s=web.idle_timeout_s, max_age_s=web.session_max_age_s)
    if live is None:
        return None
    account: Account = {
        "name": live.user,
        "role": live.role,
        "disabled": False,
        "removed": False,
        "created_at": live.created_at.isoformat(),
        "created_by": live.created_by,
    }
    return {
        "account": account,
        "started_at": live.started_at,
        "last_used_at": live.last_used_at,
        "stepped_up_at": live.stepped_up_at,
    }


def touch_session(ctx: Caller, session_id: str, now: float) -> None:
    """Record that the session is in use now: its idle time starts again."""
    web_sessions.touch(ctx.store, session_id, now)


def step_up_session(ctx: Caller, session_id: str, now: float) -> bool:
    """Record on the session that its user just gave a fresh one-time code."""
    return web_sessions.step_up(ctx.store, session_id, now)


def end_session(ctx: Caller, session_id: str) -> bool:
    """Log out: the session ends now, whatever the browser keeps."""
    return web_sessions.end(ctx.store, session_id)


def grant(ctx: Caller, user: str, case: str, permission: str) -> GrantInfo:
    """Give ``user`` ``permission`` on ``case`` (admins only). Idempotent."""
    if permission not in CASE_GRANTS:
        raise ValueError(f"permission must be one of {', '.join(sorted(CASE_GRANTS))}, not {permission!r}")
    with ctx.store.db.transaction() as session:
        check(session, ctx.actor, "grant.manage")
        case_id = case_id_named(session, case)
        role = access.role_of(session, user)
        if role is None:
            raise ValueError(f"{user!r} is not an account of this store")
        if role not in OPERATIONS[permission]:
            raise ValueError(f"a {role} cannot hold the {permission} permission")
        in_case = access.case_role(session, user, case_id)
        if in_case not in OPERATIONS[permission]:
            who = "not a member of" if in_case is None else f"a {in_case} in"
            raise ValueError(
                f"{user!r} is {who} the case {case!r}; only its investigators and admins hold {permission}"
            )
        existing = session.scalars(
            select(Grant).where(Grant.user == user, Grant.case_id == case_id, Grant.permission == permission)
        ).first()
        if existing is None:
            existing = Grant(user=user, case_id=case_id, permission=permission, granted_by=ctx.actor)
            session.add(existing)
            session.flush()
            audit.append(
                session, ctx.actor, "grant.add", case_name=case, target=user, details={"permission": permission}
            )
        return _grant_dict(existing, case)


def revoke(ctx: Caller, user: str, case: str, permission: str) -> bool:
    """Take a grant back (admins only); whether there was one. Keys already wrapped to the user
    stay wrapped: the grant check refuses them, and rotating the record's key removes them."""
    with ctx.store.db.transaction() as session:
        check(session, ctx.actor, "grant.manage")
        case_id = case_id_named(session, case)
        result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
            delete(Grant).where(Grant.user == user, Grant.case_id == case_id, Grant.permission == permission)
        )
        gone = result.rowcount
        if gone:
            audit.append(
                session, ctx.actor, "grant.remove", case_name=case, target=user, details={"permission": permission}
            )
        return bool(gone)


def list_grants(ctx: Caller, case: str | None = None) -> list[GrantInfo]:
    with ctx.store.db.reading() as session:
        check(session, ctx.actor, "grant.manage")
        query = select(Grant, Case.name).join(Case, Case.id == Grant.case_id).order_by(Case.name, Grant.user)
        if case is not None:
            query = query.where(Case.name == case)
        return [_grant_dict(g, name) for g, name in session.execute(query)]


def _grant_dict(g: Grant, case_name: str) -> GrantInfo:
    return {
        "user": g.user,
        "case": case_name,
        "permission": g.permission,
        "granted_by": g.granted_by,
        "granted_at": g.granted_at.isoformat(),
    }


@guarded("admin")
def enrol_totp(ctx: Caller, name: str, *, replace: bool = False) -> Enrolment:
    """Give ``name`` a new TOTP secret and return it (the only time it leaves the store in the clear).
    An existing secret is kept unless ``replace``: replacing one locks out the old authenticator."""
    secret = pyotp.random_base32()
    with ctx.store.db.transaction() as session:
        user = session.scalars(select(User).where(User.name == name)).first()
        if user is None:
            raise ValueError(f"no user called {name!r}")
        existing = session.get(UserTotp, user.id)
        if existing is not None and not replace:
            raise ValueError(f"{name} already has a one-time code; --replace gives a new one")
        sealed = encrypt_secret(ctx.store, name, secret)
        if existing is None:
            session.add(UserTotp(user_id=user.id, secret_encrypted=sealed, created_by=ctx.actor))
        else:
            existing.secret_encrypted, existing.last_step, existing.created_by = sealed, None, ctx.actor
        audit.append(session, ctx.actor, "user.totp", target=name, details={"replaced": existing is not None})
    uri = pyotp.TOTP(secret, interval=STEP_S).provisioning_uri(name=name, issuer_name=ISSUER)
    return Enrolment(name=name, secret=secret, uri=uri)


# -- signing in on the web: the second factor and the request's account ------------------------------


def remember_account(name: str, role: str) -> None:
    """Say, for the rest of the current request, that account ``name`` has ``role``: the service
    calls it makes check this role instead of reading the account again."""
    access.remember_account(name, role)


def totp_required(ctx: Caller, user: Account) -> bool:
    """Whether signing in as ``user`` needs a one-time code: always for admins, and for anyone enrolled."""
    return totp.totp_required(ctx.store, dict(user))


def has_totp(ctx: Caller, name: str) -> bool:
    """Whether ``name`` has enrolled a second factor."""
    return totp.has_totp(ctx.store, name)


def verify_totp(ctx: Caller, name: str, code: str | None) -> bool:
    """Whether ``code`` is ``name``'s current one-time code, not used before (a right code is used up)."""
    return totp.verify_totp(ctx.store, name, code)


def require_step_up(ctx: Caller, name: str, code: str | None) -> None:
    """Refuse (``StepUpRequired``) unless ``code`` is a fresh one-time code of ``name``'s."""
    totp.require_step_up(ctx.store, name, code)
