"""Who may do what: a role store-wide, grants per case, deny by default.

Every protected service function calls ``check`` (or ``authorize``) before it reads or writes, so
the CLI, the JSON API and the pages obey the same rules. How an actor gets a role:

- the local operator (``owner``, the CLI's actor when ``--as`` is left out) is the store's admin:
  whoever runs the CLI can read and write the store's files anyway, so calling them anything less
  would protect nothing. What they cannot do without a passphrase and a wrapped key is unseal;
- an account (``habeas users add``) has the role it was given; a disabled account has none;
- a store with no accounts is single-operator mode: any ``--as`` name acts as admin and holds
  every per-case grant (there is nobody else to grant them to);
- once accounts exist, any other name has no role and is refused everything.
"""

from __future__ import annotations

import os
import weakref
from contextvars import ContextVar

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from habeas.config import LOCAL_OWNER
from habeas.errors import PermissionDenied
from habeas.protect.models import Grant
from habeas.store.models import User
from habeas.store.store import Store, get_case

# Roles, weakest first.
ROLES = ("reader", "reviewer", "investigator", "admin")
_ALL = frozenset(ROLES)
_DECIDERS = frozenset({"reviewer", "investigator", "admin"})
_WRITERS = frozenset({"investigator", "admin"})
_ADMIN = frozenset({"admin"})

# Operation -> the roles that may perform it: the one table of who may do what. The service
# functions check it (``guarded`` or ``check``), the web's ``@permit`` names its keys, and the
# README's roles table is this table in words. Anything not listed is refused.
OPERATIONS: dict[str, frozenset[str]] = {
    "read": _ALL,  # cases, search, documents, originals, entities, claims, timeline
    "export": _ALL,  # CSV, FtM and dossiers of what one may read (sealed fields stay out)
    "case.create": _WRITERS,
    "upload": _WRITERS,  # bring files in (CLI ingest, web uploads, queued batches)
    "analyse": _WRITERS,  # run analysis again, rebuild the search index, link tables
    "import": _WRITERS,  # FollowTheMoney entities from outside
    "decide": _DECIDERS,  # merge, split, accept or reject matches and links
    "restricted": _WRITERS,  # see and mark table rows marked restricted
    "export.evidence": _WRITERS,  # signed evidence packages (they carry leaked tables' rows)
    "admin": _ADMIN,  # user accounts
    "keys.init": _ALL,  # make one's own key pair
    "keys.signing": _ADMIN,  # make the case signing key and the recovery key
    "testimony.add": _WRITERS,
    "testimony.read": _ALL,  # public fields, "sealed" markers
    "testimony.restricted": _WRITERS,  # restricted fields in clear
    "unseal": _WRITERS,  # ... and an unseal grant on the record's case
    "unseal.recovery": _ADMIN,  # with the offline recovery key (and the grant)
    "grant.manage": _ADMIN,
}
# Operations that also need a per-case grant; the roles above say who may hold one.
CASE_GRANTS = frozenset({"unseal"})


# Statements read on every guarded call, built once (their cache keys are computed once too). They
# run on a session or on a plain connection alike.
_USERS = User.__table__
_ACCOUNT = select(_USERS.c.role, _USERS.c.disabled).where(_USERS.c.name == bindparam("name"))
_ANY_ACCOUNT = select(_USERS.c.id).limit(1)


def single_operator(session: Session | Connection) -> bool:
    """A store without accounts: one person works it from the CLI."""
    return session.execute(_ANY_ACCOUNT).first() is None


# The account a web request has already read (name, role): the several service calls one page
# makes then check that role instead of reading the account again. It lives in the request's own
# context, so it ends with the request; the CLI never sets it.
_request_account: ContextVar[tuple[str, str] | None] = ContextVar("request_account", default=None)


def remember_account(name: str, role: str) -> None:
    """Say, for the rest of the current request (its context), that account ``name`` has ``role``."""
    _request_account.set((name, role))


def role_of(session: Session | Connection, actor: str) -> str | None:
    """The actor's role, or None when the actor is nobody this store knows."""
    remembered = _request_account.get()
    if remembered is not None and remembered[0] == actor:
        return remembered[1]
    user = session.execute(_ACCOUNT, {"name": actor}).first()
    if user is not None:  # an account's role wins, even over the operator's name
        return None if user.disabled else str(user.role)
    if actor == LOCAL_OWNER:
        return "admin"
    return "admin" if single_operator(session) else None


def has_grant(session: Session | Connection, actor: str, case_id: int, permission: str) -> bool:
    if single_operator(session):
        return True
    return (
        session.scalars(
            select(Grant.id).where(Grant.user == actor, Grant.case_id == case_id, Grant.permission == permission)
        ).first()
        is not None
    )


def check(session: Session | Connection, actor: str, operation: str, case_id: int | None = None) -> str:
    """The actor's role when it may perform ``operation`` (on ``case_id``); else ``PermissionDenied``."""
    role = _allowed_role(actor, role_of(session, actor), operation)
    if operation in CASE_GRANTS and (case_id is None or not has_grant(session, actor, case_id, operation)):
        raise PermissionDenied(f"{actor!r} holds no {operation} grant on this case")
    return role


def _allowed_role(actor: str, role: str | None, operation: str) -> str:
    if role is None:
        raise PermissionDenied(f"{actor!r} is not an account of this store")
    if role not in OPERATIONS.get(operation, frozenset()):
        raise PermissionDenied(f"a {role} may not {operation}")
    return role


# Roles read per store and actor, trusted while the store's audit head anchor is the same file.
# Every write that can change a role (an account added, its role changed, disabled or removed)
# appends to the audit log, and the store rewrites the anchor (a new file, renamed over) after each
# such commit; so a changed anchor means a role may have changed, and one ``stat`` replaces a read.
_known_roles: weakref.WeakKeyDictionary[Store, dict[str, tuple[tuple[int, int, int], str | None]]] = (
    weakref.WeakKeyDictionary()
)


def known_role(store: Store, actor: str) -> str | None:
    """``role_of`` on a plain connection, remembered until the store's audit head moves on. The
    anchor is looked at before the account is read, so a remembered role is never older than the
    anchor it is kept under."""
    remembered = _request_account.get()
    if remembered is not None and remembered[0] == actor:
        return remembered[1]
    try:
        st = os.stat(store.audit_anchor)
        stamp: tuple[int, int, int] | None = (st.st_ino, st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None  # no anchor to go by: read every time
    roles = _known_roles.setdefault(store, {})
    if stamp is not None and actor in roles and roles[actor][0] == stamp:
        return roles[actor][1]
    with store.db.connection() as conn:
        role = role_of(conn, actor)
    if stamp is not None:
        roles[actor] = (stamp, role)
    return role


def allowed(session: Session, actor: str, operation: str, case_id: int | None = None) -> bool:
    """Whether ``check`` would pass (for showing or hiding controls; the service still checks)."""
    try:
        check(session, actor, operation, case_id)
    except PermissionDenied:
        return False
    return True


def authorize(store: Store, actor: str, operation: str, case: str | None = None) -> str:
    """``check`` in its own read-only session, naming the case by name. An operation on no case in
    particular needs only the account's role (``known_role``)."""
    if case is None and operation not in CASE_GRANTS:
        return _allowed_role(actor, known_role(store, actor), operation)
    with store.db.reading() as session:
        case_id = case_id_named(session, case) if case is not None else None
        return check(session, actor, operation, case_id)


def case_id_named(session: Session, name: str) -> int:
    from habeas.errors import NotFound

    case = get_case(session, name)
    if case is None:
        raise NotFound(f"no case {name!r}")
    return case.id


def unseal_grantees(session: Session, case_id: int) -> set[str]:
    """Who holds an unseal grant on the case and still has a role that may use it."""
    names = set(session.scalars(select(Grant.user).where(Grant.case_id == case_id, Grant.permission == "unseal")))
    return {n for n in names if role_of(session, n) in OPERATIONS["unseal"]}


# -- granting ---------------------------------------------------------------------------
