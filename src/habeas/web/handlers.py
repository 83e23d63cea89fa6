"""What an error becomes: a redirect to the login or step-up page, the error page, or JSON under
/api/. Errors the services raise (``NotFound``, ``PermissionDenied``, ``ValueError``) are answered
404, 403 and 400."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import urlencode

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from habeas.errors import NotFound, PermissionDenied
from habeas.web.deps import LoginRequired, StepUpNeeded, render


def _here(request: Request) -> str:
    return request.url.path + (f"?{request.url.query}" if request.url.query else "")


async def to_login(request: Request, _exc: LoginRequired) -> Response:
    return RedirectResponse("/login?" + urlencode({"next": _here(request)}), status_code=303)


async def to_step_up(request: Request, _exc: StepUpNeeded) -> Response:
    return RedirectResponse("/step-up?" + urlencode({"next": _here(request)}), status_code=303)


async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
    if request.url.path.startswith("/api/") or not hasattr(request.state, "visitor"):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
    return render(
        request,
        "error.html",
        status_code=exc.status_code,
        headers=exc.headers,
        status=exc.status_code,
        message=exc.detail,
    )


async def not_found(request: Request, exc: NotFound) -> Response:
    return await http_error(request, HTTPException(404, str(exc)))


async def refused(request: Request, exc: PermissionDenied) -> Response:
    # the service layer said no (the route's @permit let the visitor this far); a refusal that says
    # when to come back (too many wrong passphrases) is a 429 with Retry-After
    retry_after = getattr(exc, "retry_after", None)
    if isinstance(retry_after, int):
        return await http_error(request, HTTPException(429, str(exc), headers={"Retry-After": str(retry_after)}))
    return await http_error(request, HTTPException(403, str(exc)))


async def bad_request(request: Request, exc: ValueError) -> Response:
    """What the services refuse (an empty or unparseable query, an unknown grade): the CLI's
    usage errors, answered 400."""
    return await http_error(request, HTTPException(400, str(exc)))


HANDLERS: dict[int | type[Exception], Callable[[Request, Any], Coroutine[Any, Any, Response]]] = {
    LoginRequired: to_login,
    StepUpNeeded: to_step_up,
    StarletteHTTPException: http_error,
    NotFound: not_found,
    PermissionDenied: refused,
    ValueError: bad_request,
}
