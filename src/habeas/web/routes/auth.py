"""Logging in and out, stepping up with a one-time code, and who is logged in."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel

from habeas.config import WebSettings
from habeas.services import users
from habeas.web.deps import VisitorDep, check_form_token, local, permit, render
from habeas.web.login import log_in, step_up
from habeas.web.sessions import Sessions, end_session, set_session

router = APIRouter()


class LoginBody(BaseModel):
    username: str
    password: str
    totp: str | None = None  # the one-time code: needed by admins and by everyone who has enrolled


class StepUpBody(BaseModel):
    totp: str


def _sessions(request: Request) -> Sessions:
    sessions: Sessions = request.app.state.sessions
    return sessions


def _web(request: Request) -> WebSettings:
    web: WebSettings = request.app.state.settings.web
    return web


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
@permit("public")
def login_page(request: Request, visitor: VisitorDep, next: str = "/") -> Response:
    if visitor.user:
        return RedirectResponse(local(next), status_code=303)
    return render(request, "login.html", next=local(next), error=None)


@router.post("/login", response_class=HTMLResponse, include_in_schema=False)
@permit("public", form_csrf=True)
def login_form(
    request: Request,
    visitor: VisitorDep,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
    totp: Annotated[str, Form()] = "",
) -> Response:
    check_form_token(visitor, csrf_token)
    try:
        session = log_in(request, visitor, username, password, totp)
    except HTTPException as exc:  # throttled, or an admin without a second factor
        return render(
            request, "login.html", status_code=exc.status_code, headers=exc.headers, next=local(next), error=exc.detail
        )
    if session is None:
        return render(
            request,
            "login.html",
            status_code=401,
            next=local(next),
            error="That name, password and one-time code do not match an account.",
        )
    response = RedirectResponse(local(next), status_code=303)
    set_session(response, session[0], _web(request))
    return response


@router.post("/logout", include_in_schema=False)
@permit("public", form_csrf=True)
def logout_form(request: Request, visitor: VisitorDep, csrf_token: Annotated[str, Form()]) -> Response:
    check_form_token(visitor, csrf_token)
    _sessions(request).end(visitor.session)  # ended in the database: the cookie is worth nothing now
    response = RedirectResponse("/login", status_code=303)
    end_session(response, _web(request))
    return response


@router.post("/api/login", tags=["session"])
@permit("public")
def api_login(request: Request, visitor: VisitorDep, body: LoginBody) -> JSONResponse:
    """Log in; sets the session cookie and returns the CSRF token to send with writes. Admins,
    and users who have set up a one-time code, send it as ``totp``. Too many failures: 429."""
    session = log_in(request, visitor, body.username, body.password, body.totp)
    if session is None:
        raise HTTPException(401, "wrong user name, password or one-time code")
    cookie, data = session
    user = users.get_user(visitor.ctx, data["u"])
    response = JSONResponse(
        {"username": user["name"] if user else None, "role": user["role"] if user else None, "csrf_token": data["t"]}
    )
    set_session(response, cookie, _web(request))
    return response


@router.post("/api/logout", tags=["session"])
@permit("read")
def api_logout(request: Request, visitor: VisitorDep) -> JSONResponse:
    """End the session: the server forgets it, so its cookie stops working everywhere at once."""
    _sessions(request).end(visitor.session)
    response = JSONResponse({"ok": True})
    end_session(response, _web(request))
    return response


@router.post("/api/step-up", tags=["session"])
@permit("read")
def api_step_up(request: Request, visitor: VisitorDep, body: StepUpBody) -> JSONResponse:
    """Give a fresh one-time code before a step-up action; it counts for a few minutes."""
    response = JSONResponse({"stepped_up_for_s": _web(request).step_up_window_s})
    set_session(response, step_up(request, visitor, body.totp), _web(request))
    return response


@router.get("/step-up", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def step_up_page(request: Request, next: str = "/") -> Response:
    return render(request, "step_up.html", next=local(next), error=None)


@router.post("/step-up", response_class=HTMLResponse, include_in_schema=False)
@permit("read", form_csrf=True)
def step_up_form(
    request: Request,
    visitor: VisitorDep,
    totp: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
) -> Response:
    check_form_token(visitor, csrf_token)
    try:
        cookie = step_up(request, visitor, totp)
    except HTTPException as exc:
        return render(
            request,
            "step_up.html",
            status_code=exc.status_code,
            headers=exc.headers,
            next=local(next),
            error=exc.detail,
        )
    response = RedirectResponse(local(next), status_code=303)
    set_session(response, cookie, _web(request))
    return response


@router.get("/api/me", tags=["session"])
@permit("read")
def api_me(visitor: VisitorDep) -> dict[str, Any]:
    """Who is logged in, with what role, allowed to do what, and the CSRF token."""
    return {
        "username": visitor.name,
        "role": visitor.role,
        "csrf_token": visitor.token,
        "permissions": sorted(p for p in users.PERMISSIONS if visitor.can(p)),
    }
