"""Cases: the investigations a store holds, who is a member of which, and the one filter every
service applies so that nobody but a store admin sees a case they are not a member of.

``visible_case_ids(ctx)`` is that filter: the ids of the cases the caller may read (``None``: every
case, for a store admin, the local owner and the single operator). A service that lists, searches,
opens or exports anything of a case narrows its query with ``in_visible_cases`` (or checks one row
with ``require_visible``); naming a case goes through ``case_named``. Something in a case the
caller does not see is "not found", never "forbidden", so its existence does not leak."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from sqlalchemy import ColumnElement, delete, false, func, select, true
from sqlalchemy.orm import Session

from habeas.errors import NotFound, PermissionDenied
from habeas.protect import access
from habeas.protect.models import Grant
from habeas.services import Caller
from habeas.services.guard import guarded
from habeas.store import audit
from habeas.store.auth_models import UserRemoval
from habeas.store.case_models import CaseMember
from habeas.store.models import Case, Document, User
from habeas.store.store import ensure_case, get_case


class CaseSummary(TypedDict):
    """A case as ``habeas cases --json`` lists it."""

    name: str
    created_at: str
    created_by: str
    documents: int


class Membership(TypedDict):
    """An account's membership of a case: its role there and its store role (the lower counts)."""

    case: str
    user: str
    role: str
    store_role: str
    added_by: str
    added_at: str


# -- the filter ---------------------------------------------------------------------------------


def visible_case_ids(ctx: Caller, operation: str = "read") -> frozenset[int] | None:
    """The ids of the cases where the caller may perform ``operation`` (by default: read);
    ``None`` means every case. Remembered per store and caller until the audit log moves on, so it
    costs one ``stat`` on the hot path. Every listing, search, page and export of a case's contents
    narrows by it."""
    return access.cases_for(ctx.store, ctx.actor, operation)


def visible_case_names(ctx: Caller, operation: str = "read") -> list[str] | None:
    """The names of the cases ``visible_case_ids`` gives (for the search index, which keeps names)."""
    roles = access.known_case_roles(ctx.store, ctx.actor)
    if roles is None:
        return None
    ids = visible_case_ids(ctx, operation) or frozenset()
    return sorted(roles[i][0] for i in ids)


def in_visible_cases(ctx: Caller, column: Any, operation: str = "read") -> ColumnElement[bool]:
    """A WHERE clause keeping the rows whose case id (``column``) the caller may see."""
    ids = visible_case_ids(ctx, operation)
    if ids is None:
        return true()
    return column.in_(sorted(ids)) if ids else false()


def sees_every_case(ctx: Caller, operation: str = "read") -> bool:
    """Whether the caller may ``operation`` in every case of the store (an admin, or a member of all)."""
    ids = visible_case_ids(ctx, operation)
    if ids is None:
        return True
    with ctx.store.db.reading() as session:
        return set(session.scalars(select(Case.id))) <= ids


def may_see_case(ctx: Caller, case_id: int | None, operation: str = "read") -> bool:
    ids = visible_case_ids(ctx, operation)
    return ids is None or case_id in ids


def require_visible(ctx: Caller, case_id: int | None, what: str, operation: str = "read") -> None:
    """``NotFound(what)`` unless the caller may see the case ``case_id`` (a thing in a case one is
    not a member of does not exist for them); a member whose role there does not allow
    ``operation`` is refused. A ``case_id`` of None (the thing was not found) is not found."""
    if case_id is None or not may_see_case(ctx, case_id, "read"):
        raise NotFound(what)
    if not may_see_case(ctx, case_id, operation):
        roles = access.known_case_roles(ctx.store, ctx.actor) or {}
        role = roles[case_id][1] if case_id in roles else "member"
        raise PermissionDenied(f"a {role} in this case may not {operation}")


def case_named(ctx: Caller, session: Session, name: str | None, operation: str = "read") -> int | None:
    """The id of the case called ``name`` when the caller may see it (``NotFound`` as for a case
    that does not exist, else a refusal when its role there does not allow ``operation``); None
    for no name (every case the caller sees)."""
    if name is None:
        return None
    case = get_case(session, name)
    if case is None or not may_see_case(ctx, case.id):
        raise NotFound(f"no case called {name!r}")
    require_visible(ctx, case.id, f"no case called {name!r}", operation)
    return case.id


def cases_in_reach(ctx: Caller, session: Session, case: str | None, operation: str = "read") -> list[int | None]:
    """The case ids an export of ``case`` reads, one at a time: the named case, else every case the
    caller sees (``[None]``: all cases, read together)."""
    named = case_named(ctx, session, case, operation)
    if named is not None:
        return [named]
    ids = visible_case_ids(ctx, operation)
    if ids is None:
        return [None]
    return [*sorted(ids)]


def case_names_in_reach(ctx: Caller, session: Session, case: str | None, operation: str = "read") -> list[str | None]:
    """``cases_in_reach`` by name (``[None]``: all cases)."""
    ids = cases_in_reach(ctx, session, case, operation)
    if ids == [None]:
        return [None]
    names = dict(
        session.execute(select(Case.id, Case.name).where(Case.id.in_([i for i in ids if i is not None]))).all()
    )
    return [names[i] for i in ids if i in names]


def case_to_write(ctx: Caller, session: Session, name: str, operation: str) -> Case:
    """The case called ``name`` for a write (an upload, a record, an import), created when there
    is none yet (its creator becomes its member). An existing case the caller may not write in is
    refused: creating it is impossible too, as its name is taken."""
    case = get_case(session, name)
    if case is not None and not may_see_case(ctx, case.id, operation):
        raise PermissionDenied(
            f"{ctx.actor!r} may not {operation} in the case {name!r} (not a member, or its role there)"
        )
    return case if case is not None else ensure_case(session, name, ctx.actor)


def check_case_to_write(ctx: Caller, name: str, operation: str) -> None:
    """Refuse, before any work, a write into an existing case the caller may not write in (a case
    not made yet is made by the write itself, with its creator as member)."""
    with ctx.store.db.reading() as session:
        case = get_case(session, name)
    if case is not None and not may_see_case(ctx, case.id, operation):
        raise PermissionDenied(f"{ctx.actor!r} may not {operation} in the case {name!r} (not a member, or its role)")


# -- cases --------------------------------------------------------------------------------------


@guarded("case.create")
def create_case(ctx: Caller, name: str) -> CaseSummary:
    """A new case; its members are its creator (at their store role) and, implicitly, the store's admins."""
    with ctx.store.db.transaction() as session:
        if get_case(session, name) is not None:
            raise ValueError(f"a case called {name!r} already exists")
        case = ensure_case(session, name, ctx.actor)
        return _case_dict(session, case)


@guarded("read")
def list_cases(ctx: Caller) -> list[CaseSummary]:
    """The cases the caller sees."""
    with ctx.store.db.reading() as session:
        query = select(Case).where(in_visible_cases(ctx, Case.id)).order_by(Case.name)
        return [_case_dict(session, c) for c in session.scalars(query)]


def _case_dict(session: Session, case: Case) -> CaseSummary:
    count = session.scalar(select(func.count()).select_from(Document).where(Document.case_id == case.id))
    return {
        "name": case.name,
        "created_at": case.created_at.isoformat(),
        "created_by": case.created_by,
        "documents": count or 0,
    }


# -- members ------------------------------------------------------------------------------------
# Store admins manage memberships (they see every case without one). Each change is audited, which
# also tells every process's remembered memberships to read again.


@guarded("admin")
def add_member(ctx: Caller, case: str, user: str, role: str | None = None) -> Membership:
    """Make ``user`` a member of ``case`` with ``role`` there (default: their store role), or give
    an existing member that role. A role below investigator takes their unseal grant on the case."""
    with ctx.store.db.transaction() as session:
        case_row, account = _case_and_account(session, case, user)
        role = role or account.role
        if role not in access.ROLES:
            raise ValueError(f"role must be one of {', '.join(access.ROLES)}, not {role!r}")
        member = session.scalars(
            select(CaseMember).where(CaseMember.case_id == case_row.id, CaseMember.user_id == account.id)
        ).first()
        before = member.role if member is not None else None
        if member is None:
            member = CaseMember(case_id=case_row.id, user_id=account.id, role=role, added_by=ctx.actor)
            session.add(member)
        member.role = role
        session.flush()
        if before != role:
            if role not in access.OPERATIONS["unseal"]:
                _drop_grants(session, case_row.id, user)
            audit.append(
                session, ctx.actor, "case.member", case_name=case, target=user, details={"from": before, "to": role}
            )
        return _member_dict(member, case_row.name, account)


@guarded("admin")
def remove_member(ctx: Caller, case: str, user: str) -> bool:
    """End ``user``'s membership of ``case`` (and their grants on it); whether they were a member."""
    with ctx.store.db.transaction() as session:
        case_row, account = _case_and_account(session, case, user)
        gone = session.execute(
            delete(CaseMember).where(CaseMember.case_id == case_row.id, CaseMember.user_id == account.id)
        ).rowcount  # type: ignore[attr-defined]
        if gone:
            _drop_grants(session, case_row.id, user)
            audit.append(session, ctx.actor, "case.member.remove", case_name=case, target=user)
        return bool(gone)


@guarded("admin")
def list_members(ctx: Caller, case: str | None = None, user: str | None = None) -> list[Membership]:
    """The memberships of one case, of one account, or all; by case, then account."""
    with ctx.store.db.reading() as session:
        query = (
            select(CaseMember, Case.name, User)
            .join(Case, Case.id == CaseMember.case_id)
            .join(User, User.id == CaseMember.user_id)
            .order_by(Case.name, User.name)
        )
        if case is not None:
            if get_case(session, case) is None:
                raise NotFound(f"no case called {case!r}")
            query = query.where(Case.name == case)
        if user is not None:
            query = query.where(User.name == user)
        return [_member_dict(m, name, account) for m, name, account in session.execute(query)]


def join_cases(session: Session, actor: str, user: User, cases: Sequence[str] | None) -> list[str]:
    """Make a new account a member of ``cases`` (every existing case when None) at its store role;
    the names of the cases it joined. Called by ``users.add_user`` inside its transaction."""
    if cases is None:
        rows = list(session.scalars(select(Case).order_by(Case.name)))
    else:
        rows = []
        for name in dict.fromkeys(cases):
            found = get_case(session, name)
            if found is None:
                raise NotFound(f"no case called {name!r}")
            rows.append(found)
    for case in rows:
        session.add(CaseMember(case_id=case.id, user_id=user.id, role=user.role, added_by=actor))
    session.flush()
    return [c.name for c in rows]


def follow_store_role(session: Session, user: User, before: str) -> None:
    """After ``user``'s store role changed from ``before``: memberships at the old store role (the
    default) take the new one; the others keep the role they were given."""
    for member in session.scalars(select(CaseMember).where(CaseMember.user_id == user.id, CaseMember.role == before)):
        member.role = user.role


def _case_and_account(session: Session, case: str, user: str) -> tuple[Case, User]:
    case_row = get_case(session, case)
    if case_row is None:
        raise NotFound(f"no case called {case!r}")
    account = session.scalars(select(User).where(User.name == user)).first()
    if account is None:
        raise NotFound(f"no user called {user!r}")
    if session.get(UserRemoval, account.id) is not None:
        raise ValueError(f"{user!r} was removed; the account cannot join a case")
    return case_row, account


def _drop_grants(session: Session, case_id: int, user: str) -> None:
    """Only members whose role there is investigator or admin may hold a grant on a case."""
    session.execute(delete(Grant).where(Grant.case_id == case_id, Grant.user == user))


def _member_dict(member: CaseMember, case_name: str, account: User) -> Membership:
    return {
        "case": case_name,
        "user": account.name,
        "role": member.role,
        "store_role": account.role,
        "added_by": member.added_by,
        "added_at": member.added_at.isoformat(),
    }
