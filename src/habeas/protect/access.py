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

Cases: an account sees only the cases it is a member of (``case_members``), each with a role in
that case; what it may do there is the lower of that role and its store role (a membership narrows,
never widens). A store admin, the local owner and the single operator see every case as admins.
``case_roles`` says which cases an actor sees; the services filter by it (``services.cases``).
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from habeas.config import LOCAL_OWNER
from habeas.errors import PermissionDenied
from habeas.protect.models import Grant
from habeas.store.case_models import CaseMember
from habeas.store.marked import kept_under_mark
from habeas.store.models import Case, User
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
    "correct": _DECIDERS,  # dismiss or restore claims, events and entities, rename entities
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
    "annotate": _DECIDERS,  # tags, notes and titles of documents and entities (shared in the case)
    "star": _ALL,  # one's own stars, saved searches and search history
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


@dataclass
class _RequestAccount:
    """The account a web request has already read: the several service calls one page makes then
    check this role, and the memberships the first of them read, instead of reading them again."""

    name: str
    role: str
    case_roles: CaseRoles = None
    case_roles_known: bool = False


# It lives in the request's own context, so it ends with the request; the CLI never sets it. The
# object is shared by the copies of that context (the route's thread has one), so what one service
# call learns the next one reuses.
_request_account: ContextVar[_RequestAccount | None] = ContextVar("request_account", default=None)


def remember_account(name: str, role: str) -> None:
    """Say, for the rest of the current request (its context), that account ``name`` has ``role``."""
    _request_account.set(_RequestAccount(name, role))


def _remembered_account(actor: str) -> _RequestAccount | None:
    remembered = _request_account.get()
    return remembered if remembered is not None and remembered.name == actor else None


def role_of(session: Session | Connection, actor: str) -> str | None:
    """The actor's role, or None when the actor is nobody this store knows."""
    remembered = _remembered_account(actor)
    if remembered is not None:
        return remembered.role
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
    """The actor's role when it may perform ``operation`` (on ``case_id``: then its role in that
    case counts); else ``PermissionDenied``."""
    role = _allowed_role(actor, role_of(session, actor), operation)
    if case_id is not None:
        role = _allowed_role(actor, case_role(session, actor, case_id), operation, in_case=True)
    if operation in CASE_GRANTS and (case_id is None or not has_grant(session, actor, case_id, operation)):
        raise PermissionDenied(f"{actor!r} holds no {operation} grant on this case")
    return role


def _allowed_role(actor: str, role: str | None, operation: str, *, in_case: bool = False) -> str:
    if role is None:
        raise PermissionDenied(
            f"{actor!r} is not a member of this case" if in_case else f"{actor!r} is not an account of this store"
        )
    if role not in OPERATIONS.get(operation, frozenset()):
        raise PermissionDenied(f"a {role} {'in this case ' if in_case else ''}may not {operation}")
    return role


# -- cases: who sees which, with what role ------------------------------------------------------

# An actor's memberships: case id, case name, role there. Built once; joins the account by name.
_MEMBERSHIPS = (
    select(CaseMember.case_id, Case.name, CaseMember.role)
    .join(Case, Case.id == CaseMember.case_id)
    .join(User, User.id == CaseMember.user_id)
    .where(User.name == bindparam("name"))
)

# What an actor sees: ``None`` for every case (as an admin), else case id -> (case name, the role
# that counts there).
CaseRoles = dict[int, tuple[str, str]] | None


def lower_role(a: str, b: str) -> str:
    """The weaker of two roles."""
    return a if ROLES.index(a) <= ROLES.index(b) else b


def case_roles(session: Session | Connection, actor: str, role: str | None = None) -> CaseRoles:
    """The cases ``actor`` sees and its role in each (``role``: its store role, when already
    known). A store admin, the local owner and the single operator see all (``None``); an unknown,
    disabled or removed name sees none; an account sees the cases it is a member of, each at the
    lower of its role there and its store role."""
    role = role_of(session, actor) if role is None else role
    if role is None:
        return {}
    if role == "admin":
        return None
    return {
        row.case_id: (str(row.name), lower_role(role, str(row.role)))
        for row in session.execute(_MEMBERSHIPS, {"name": actor})
        if row.role in ROLES
    }


def case_role(session: Session | Connection, actor: str, case_id: int) -> str | None:
    """The role that counts for ``actor`` in one case; None when it does not see the case."""
    roles = case_roles(session, actor)
    if roles is None:
        return role_of(session, actor)
    found = roles.get(case_id)
    return found[1] if found is not None else None


# Roles and memberships read per store and actor are kept until the store's audit head anchor
# moves on (``habeas.store.marked``). Every write that can change a role (an account added, its
# role changed, disabled or removed), add or remove a member, or create a case, appends to the
# audit log, and the store rewrites the anchor after each such commit, in whichever process made
# it; so a changed anchor means a role may have changed, and one small file read replaces a query.


def known_role(store: Store, actor: str) -> str | None:
    """``role_of`` on a plain connection, remembered until the store's audit head moves on."""
    remembered = _remembered_account(actor)
    if remembered is not None:
        return remembered.role
    return _role_under(store, actor, store.audit_mark())


def _role_under(store: Store, actor: str, mark: bytes | None) -> str | None:
    def read() -> str | None:
        with store.db.connection() as conn:
            return role_of(conn, actor)

    return kept_under_mark(store, ("role", actor), read, mark=mark)


def known_case_roles(store: Store, actor: str) -> CaseRoles:
    """``case_roles`` remembered like ``known_role``: a page's many service calls read the
    memberships once (in a web request, once per request), and again only after an audited write."""
    request = _remembered_account(actor)
    if request is not None and request.case_roles_known:
        return request.case_roles
    mark = store.audit_mark()
    role = request.role if request is not None else _role_under(store, actor, mark)

    def read() -> CaseRoles:
        with store.db.connection() as conn:
            return case_roles(conn, actor, role)

    roles = kept_under_mark(store, ("case roles", actor, role), read, mark=mark)
    if request is not None:
        request.case_roles, request.case_roles_known = roles, True
    return roles


def cases_for(store: Store, actor: str, operation: str = "read") -> frozenset[int] | None:
    """The ids of the cases where ``actor`` may perform ``operation``; None for every case."""
    roles = known_case_roles(store, actor)
    if roles is None:
        return None
    may = OPERATIONS.get(operation, frozenset())
    return frozenset(case_id for case_id, (_name, role) in roles.items() if role in may)


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
    """Who holds an unseal grant on the case and still has a role there that may use it."""
    names = set(session.scalars(select(Grant.user).where(Grant.case_id == case_id, Grant.permission == "unseal")))
    return {n for n in names if case_role(session, n, case_id) in OPERATIONS["unseal"]}


# -- granting ---------------------------------------------------------------------------
