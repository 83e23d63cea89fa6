"""The admin pages. Accounts: disable, enable, remove an account, set its password or its role
(``habeas users disable|enable|remove|reset-password|role`` on the web); every change is the users
service's (checked, audited there) and ends the account's sessions at once. Case members: who is a
member of which case, with which role there (``habeas case members add|remove|list``). The pages
and their forms need a fresh one-time code (step-up), like unsealing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from habeas.services import cases, users
from habeas.web.deps import StepUpCaller, Visitor, VisitorDep, check_form_token, permit, render
from habeas.web.sessions import Sessions

router = APIRouter()
PAGE = "/admin/users"
CASES_PAGE = "/admin/cases"


def _page(
    request: Request, visitor: Visitor, notice: str | None = None, error: str | None = None, status_code: int = 200
) -> Response:
    accounts = users.list_users(visitor.ctx)
    return render(
        request,
        "admin_users.html",
        status_code=status_code,
        accounts=accounts,
        roles=users.ACCOUNT_ROLES,
        min_password=users.MIN_PASSWORD,
        notice=notice,
        error=error,
    )


def _cases_page(
    request: Request, visitor: Visitor, notice: str | None = None, error: str | None = None, status_code: int = 200
) -> Response:
    members = cases.list_members(visitor.ctx)
    return render(
        request,
        "admin_cases.html",
        status_code=status_code,
        cases=[c["name"] for c in cases.list_cases(visitor.ctx)],
        accounts=[a["name"] for a in users.list_users(visitor.ctx) if not a["removed"]],
        members=members,
        roles=users.ACCOUNT_ROLES,
        notice=notice,
        error=error,
    )


def _change(
    request: Request,
    visitor: Visitor,
    csrf_token: str,
    done: str,
    change: Callable[[], object],
    page: Callable[..., Response] = _page,
    path: str = PAGE,
) -> Response:
    """Run one change from a form: the CSRF token first, then a fresh one-time code (else the
    step-up page, which comes back to the page), then the service."""
    check_form_token(visitor, csrf_token)
    sessions: Sessions = request.app.state.sessions
    if not sessions.is_stepped_up(visitor.session):
        return RedirectResponse(f"/step-up?next={path}", status_code=303)
    try:
        change()
    except (ValueError, LookupError) as exc:
        return page(request, visitor, error=str(exc), status_code=400)
    return page(request, visitor, notice=done)


@router.get(PAGE, response_class=HTMLResponse, include_in_schema=False)
@permit("admin")
def accounts_page(request: Request, visitor: StepUpCaller) -> Response:
    return _page(request, visitor)


@router.post(PAGE + "/{name:path}/disable", response_class=HTMLResponse, include_in_schema=False)
@permit("admin", form_csrf=True)
def disable(request: Request, visitor: VisitorDep, name: str, csrf_token: Annotated[str, Form()]) -> Response:
    return _change(
        request,
        visitor,
        csrf_token,
        f"{name} is disabled; their sessions have ended.",
        lambda: users.disable_user(visitor.ctx, name),
    )


@router.post(PAGE + "/{name:path}/enable", response_class=HTMLResponse, include_in_schema=False)
@permit("admin", form_csrf=True)
def enable(request: Request, visitor: VisitorDep, name: str, csrf_token: Annotated[str, Form()]) -> Response:
    return _change(
        request, visitor, csrf_token, f"{name} may log in again.", lambda: users.enable_user(visitor.ctx, name)
    )


@router.post(PAGE + "/{name:path}/remove", response_class=HTMLResponse, include_in_schema=False)
@permit("admin", form_csrf=True)
def remove(
    request: Request,
    visitor: VisitorDep,
    name: str,
    csrf_token: Annotated[str, Form()],
    confirm: Annotated[str, Form()] = "",
) -> Response:
    def run() -> None:
        if confirm != name:
            raise ValueError(f"to remove {name}, type the name {name!r} to confirm")
        users.remove_user(visitor.ctx, name)

    return _change(
        request,
        visitor,
        csrf_token,
        f"{name} is removed: sessions ended, grants and wrapped keys revoked; the name stays reserved.",
        run,
    )


@router.post(PAGE + "/{name:path}/password", response_class=HTMLResponse, include_in_schema=False)
@permit("admin", form_csrf=True)
def reset_password(
    request: Request,
    visitor: VisitorDep,
    name: str,
    csrf_token: Annotated[str, Form()],
    password: Annotated[str, Form()],
) -> Response:
    return _change(
        request,
        visitor,
        csrf_token,
        f"{name} has a new password; their sessions have ended.",
        lambda: users.reset_password(visitor.ctx, name, password),
    )


@router.post(PAGE + "/{name:path}/role", response_class=HTMLResponse, include_in_schema=False)
@permit("admin", form_csrf=True)
def set_role(
    request: Request, visitor: VisitorDep, name: str, csrf_token: Annotated[str, Form()], role: Annotated[str, Form()]
) -> Response:
    return _change(
        request,
        visitor,
        csrf_token,
        f"{name} is now {role}; their sessions have ended.",
        lambda: users.set_role(visitor.ctx, name, role),
    )


# -- case members --------------------------------------------------------------------------------


@router.get(CASES_PAGE, response_class=HTMLResponse, include_in_schema=False)
@permit("admin")
def members_page(request: Request, visitor: StepUpCaller) -> Response:
    return _cases_page(request, visitor)


@router.post(CASES_PAGE + "/members", response_class=HTMLResponse, include_in_schema=False)
@permit("admin", form_csrf=True)
def add_member(
    request: Request,
    visitor: VisitorDep,
    csrf_token: Annotated[str, Form()],
    case: Annotated[str, Form()],
    user: Annotated[str, Form()],
    role: Annotated[str, Form()] = "",
) -> Response:
    return _change(
        request,
        visitor,
        csrf_token,
        f"{user} is a member of the case {case}, {'as ' + role if role else 'at their store role'}.",
        lambda: cases.add_member(visitor.ctx, case, user, role or None),
        _cases_page,
        CASES_PAGE,
    )


@router.post(CASES_PAGE + "/members/remove", response_class=HTMLResponse, include_in_schema=False)
@permit("admin", form_csrf=True)
def remove_member(
    request: Request,
    visitor: VisitorDep,
    csrf_token: Annotated[str, Form()],
    case: Annotated[str, Form()],
    user: Annotated[str, Form()],
) -> Response:
    return _change(
        request,
        visitor,
        csrf_token,
        f"{user} is no longer a member of the case {case}; their grants on it are revoked.",
        lambda: cases.remove_member(visitor.ctx, case, user),
        _cases_page,
        CASES_PAGE,
    )
