"""What every route depends on: its mark (``@permit``), the visitor the guard finds for each request,
the step-up check, CSRF checks and rendering a page.

Access is denied by default: every route must be marked with ``@permit(PERMISSION)``; a route
without a mark answers 403 to everyone. Writes need a CSRF token: a form field on pages, the
``X-CSRF-Token`` header on the JSON API (whose writes must also be ``application/json``, except
the upload, which is multipart)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Annotated, Any, TypeVar

from fastapi import Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from starlette.responses import StreamingResponse

from habeas import __version__, services
from habeas.services import users
from habeas.services.users import Account
from habeas.web.sessions import Sessions, same_token

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
Limit = Annotated[int, Query(ge=0, le=1000)]  # how many rows of a list a page or an API call asks for
Offset = Annotated[int, Query(ge=0, le=2**31)]


def permit(permission: str, *, form_csrf: bool = False, multipart: bool = False) -> Callable[[F], F]:
    """Mark a route with what its caller must be allowed to do ("public" for anyone).
    ``form_csrf``: the route checks a CSRF form field itself; ``multipart``: an API write that
    takes a file upload instead of JSON."""

    def mark(endpoint: F) -> F:
        endpoint.permission = permission  # type: ignore[attr-defined]
        endpoint.form_csrf = form_csrf  # type: ignore[attr-defined]
        endpoint.multipart = multipart  # type: ignore[attr-defined]
        return endpoint

    return mark


class LoginRequired(Exception):
    """An anonymous visitor asked for a page: send them to the login page."""


class StepUpNeeded(Exception):
    """A page needs a fresh one-time code: send the visitor to the step-up page."""


class Visitor:
    """Who is asking: the account (None before login), the session and its CSRF token, and ``ctx``,
    the ``services.Caller`` that the routes call the services with."""

    def __init__(
        self, user: Account | None, session: dict[str, Any], cookie: str | None, store: services.Caller
    ) -> None:
        self.user = user
        self.session = session
        self.token: str = session["t"]
        self.new_cookie = cookie  # a new session's cookie, sent with the response
        self.ctx: services.Caller = store.acting_as(self.name)  # the same store, this visitor acting

    @property
    def name(self) -> str:
        return self.user["name"] if self.user else ""

    @property
    def role(self) -> str | None:
        return self.user["role"] if self.user else None

    def can(self, permission: str) -> bool:
        return users.allowed(self.role, permission)


def store_caller(request: Request) -> services.Caller:
    """The app's store as the services' local operator: only for the look-up of the visitor's own
    account, before anyone is known. Routes call the services with ``visitor.ctx``."""
    return services.Caller(request.app.state.store)


async def guard(request: Request) -> Visitor:
    """Runs before every route: finds the visitor, enforces the route's mark and CSRF."""
    route = request.scope.get("route")
    endpoint = getattr(route, "endpoint", None)
    permission = getattr(endpoint, "permission", None)
    sessions: Sessions = request.app.state.sessions
    found = sessions.read(request.cookies.get(request.app.state.cookie_name))
    cookie: str | None = None
    if found is None:  # no cookie, or not one this app made: a fresh anonymous session
        cookie, data = sessions.new(None)
        user = None
    else:  # a live session and its account, read together; or anonymous (never signed in, or ended)
        data, user = found
        sessions.touch(data)
    store = store_caller(request)
    if user is not None:  # the service calls this request makes check this role, not the account again
        users.remember_account(user["name"], user["role"])
    visitor = Visitor(user, data, cookie, store)
    request.state.visitor = visitor
    api = request.url.path.startswith("/api/")
    if permission is None:
        raise HTTPException(403, "this route is closed")
    if request.method in UNSAFE:
        if api and getattr(endpoint, "multipart", False):
            pass  # a file upload; its token is checked below
        elif api and request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            raise HTTPException(415, "the API takes application/json")
        elif not api and not getattr(endpoint, "form_csrf", False):
            raise HTTPException(403, "this route takes no form")
        if api and permission != "public" and not same_token(visitor.token, request.headers.get("x-csrf-token")):
            raise HTTPException(403, "missing or wrong X-CSRF-Token header")
    if permission == "public":
        return visitor
    if user is None:
        if api:
            raise HTTPException(401, "log in first")
        raise LoginRequired()
    if not visitor.can(permission):
        raise HTTPException(403, f"a {user['role']} may not do this")
    return visitor


VisitorDep = Annotated[Visitor, Depends(guard)]


def require_step_up(request: Request) -> Visitor:
    """A route dependency for step-up actions (``Depends(require_step_up)``): the visitor must have
    given a fresh one-time code (at login or through the step-up page or ``POST /api/step-up``)
    within ``step_up_window_s``. Otherwise the API answers 403 with ``X-Step-Up: required`` and a
    page sends the browser to the step-up page, which comes back afterwards."""
    visitor: Visitor | None = getattr(request.state, "visitor", None)
    if visitor is None or visitor.user is None:
        raise HTTPException(401, "log in first")
    if not request.app.state.sessions.is_stepped_up(visitor.session):
        if request.url.path.startswith("/api/"):
            raise HTTPException(
                403, "this needs a fresh one-time code: POST /api/step-up first", headers={"X-Step-Up": "required"}
            )
        raise StepUpNeeded()
    return visitor


StepUpCaller = Annotated[Visitor, Depends(require_step_up)]


def check_form_token(visitor: Visitor, token: str) -> None:
    if not same_token(visitor.token, token):
        raise HTTPException(403, "the form has expired or did not come from this site; reload and try again")


def as_400(run: Callable[[], T]) -> T:
    """What a service refuses as a bad request (a ``ValueError``), answered 400."""
    try:
        return run()
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from exc


def render(
    request: Request, name: str, status_code: int = 200, headers: Mapping[str, str] | None = None, **context: Any
) -> HTMLResponse:
    """The page ``name`` with ``context``, and the visitor as ``caller`` (the templates' name for it)."""
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request,
        name,
        {"caller": request.state.visitor, "version": __version__, **context},
        status_code=status_code,
        headers=headers,
    )


def csv_response(lines: Iterator[str], file_name: str) -> StreamingResponse:
    """CSV text, streamed as a download called ``file_name``."""
    return StreamingResponse(
        lines,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{file_name}"'},
    )


def local(target: str) -> str:
    """Only paths on this site are followed after login: never another host."""
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"
