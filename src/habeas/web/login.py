"""Logging in and stepping up: the password, then the one-time code where one is required, every
failure counted against the name and the address (``LoginThrottle``)."""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException, Request

from habeas.errors import StepUpRequired
from habeas.services import users
from habeas.web.deps import Visitor
from habeas.web.sessions import Sessions
from habeas.web.throttle import LoginThrottle


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def check_throttle(request: Request, name: str, address: str) -> None:
    throttle: LoginThrottle = request.app.state.throttle
    wait = throttle.retry_after(name, address)
    if wait is not None:
        raise HTTPException(429, f"too many failed attempts; try again in {wait} seconds",
                            headers={"Retry-After": str(wait)})


def log_in(request: Request, visitor: Visitor, name: str, password: str,
           code: str | None) -> tuple[str, dict[str, Any]] | None:
    """A new session (cookie, data) for the account, or None. The password, then the one-time
    code where one is required; every failure counts against the name and the address."""
    throttle: LoginThrottle = request.app.state.throttle
    sessions: Sessions = request.app.state.sessions
    address = client_address(request)
    check_throttle(request, name, address)
    user = users.authenticate(visitor.ctx, name, password)
    code_needed = user is not None and users.totp_required(visitor.ctx, user)
    if user is not None and code_needed:
        if not users.has_totp(visitor.ctx, user["name"]):
            raise HTTPException(403, f"an admin must set up a one-time code first: habeas users totp {name}")
        if not users.verify_totp(visitor.ctx, user["name"], code):
            user = None
    if user is None:
        throttle.failed(name, address)
        return None
    throttle.succeeded(name)
    # A new cookie and CSRF token: nothing from the anonymous session carries over.
    cookie, data = sessions.new(user["name"])
    if code_needed:  # a code was just given: it counts as a step-up for a while
        cookie, data = sessions.stepped_up(data)
    return cookie, data


def step_up(request: Request, visitor: Visitor, code: str) -> str:
    """Check a fresh one-time code from the visitor; returns the stepped-up session's cookie."""
    throttle: LoginThrottle = request.app.state.throttle
    sessions: Sessions = request.app.state.sessions
    address = client_address(request)
    check_throttle(request, visitor.name, address)
    try:
        users.require_step_up(visitor.ctx, visitor.name, code)
    except StepUpRequired as exc:
        throttle.failed(visitor.name, address)
        raise HTTPException(403, str(exc)) from exc
    return sessions.stepped_up(visitor.session)[0]
