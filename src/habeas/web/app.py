"""Routes: each one checks the caller's role, calls ``habeas.services`` and renders a template or
JSON. No route holds logic of its own beyond reading the request and shaping the answer.

Access is denied by default: every route must be marked with ``@permit(PERMISSION)``; a route
without a mark answers 403 to everyone. Writes need a CSRF token: a form field on pages, the
``X-CSRF-Token`` header on the JSON API (whose writes must also be ``application/json``, except
the upload, which is multipart)."""


from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode

import anyio.to_thread
import jinja2
from fastapi import Depends, FastAPI, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import StreamingResponse

from habeas import __version__, services
from habeas.analyse.tables import TYPE_LABELS
from habeas.config import Settings, load_settings
from habeas.errors import NotFound, PermissionDenied, StepUpRequired
from habeas.export import csv_rows
from habeas.ingest.pipeline import GRADES
from habeas.protect import access
from habeas.protect import totp as second_factor
from habeas.search.index import SearchFilters, SearchHit, snippet_parts
from habeas.services import analysis as analysis_services
from habeas.services import cases, documents, exports, intake, linkage, search, users
from habeas.web import analysis
from habeas.web import testimony as testimony_pages
from habeas.web.security import (
    ErrorPages,
    LoginThrottle,
    SecurityHeaders,
    SessionCookies,
    Sessions,
    load_secret,
    same_token,
    session_cookie_name,
)

HERE = Path(__file__).parent
PAGE_SIZE = 20
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
UPLOAD_CHUNK = 1024 * 1024
F = TypeVar("F", bound=Callable[..., Any])


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


class Caller:
    """Who is asking: the account (None before login), the session and its CSRF token."""

    def __init__(self, user: dict[str, Any] | None, session: dict[str, Any], cookie: str | None) -> None:
        self.user = user
        self.session = session
        self.token: str = session["t"]
        self.new_cookie = cookie  # a new or refreshed session cookie, sent with the response

    @property
    def name(self) -> str:
        return self.user["name"] if self.user else ""

    @property
    def role(self) -> str | None:
        return self.user["role"] if self.user else None

    def can(self, permission: str) -> bool:
        return users.allowed(self.role, permission)


class LoginBody(BaseModel):
    username: str
    password: str
    totp: str | None = None  # the one-time code: needed by admins and by everyone who has enrolled


class StepUpBody(BaseModel):
    totp: str


class DecisionBody(BaseModel):
    decision: str


class SearchResult(BaseModel):
    document_id: str
    title: str
    page: int | None
    snippet: str
    score: float


class SearchAnswer(BaseModel):
    total: int
    results: list[SearchResult]


def snippet_html(snippet: str) -> Markup:
    """A search snippet made safe: text escaped again, only the match marks kept."""
    marked = "".join(f"<mark>{escape(text)}</mark>" if hit else str(escape(text))
                     for text, hit in snippet_parts(snippet))
    return Markup(marked)  # nosec B704  # every part escaped; only our <mark> added




def page_html(text: str, mentions: list[dict[str, Any]] | None = None) -> Markup:
    """A page's text, trimmed, with each entity mention a link to its dossier, marked by type."""
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    out: list[str] = []
    at = 0
    for m in mentions or []:
        start, end = m["start"] - lead, m["end"] - lead
        if start < at or end > len(text):
            continue
        out.append(str(escape(text[at:start])))
        label = TYPE_LABELS.get(m["type"], m["type"])
        out.append(f'<a class="ent t-{escape(m["type"])}" href="/entities/{escape(m["entity_id"])}" '
                   f'title="{escape(label)}: {escape(m["name"])}">{escape(text[start:end])}</a>')
        at = end
    out.append(str(escape(text[at:])))
    linked = "".join(out)
    return Markup(linked)  # nosec B704  # every part escaped; only our links added


class PageEnvironment(jinja2.Environment):
    """The pages' templates read service dicts: ``e.name`` looks the key up first. Jinja's own order
    (attribute, then key) fails an attribute lookup on every dict first, a tenth of a dossier's time."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


def app_from_environment() -> FastAPI:
    """The app over the store that ``HABEAS_STORE`` (and ``HABEAS_DATABASE_URL``) name: what each
    worker process builds when ``habeas serve --workers N`` runs more than one."""
    return create_app(load_settings())


def create_app(settings: Settings) -> FastAPI:
    store = services.open_store(settings)
    sessions = Sessions(load_secret(settings.store), settings.web)
    throttle = LoginThrottle(settings.web)
    cookie_name = session_cookie_name(settings.web)
    templates = Jinja2Templates(env=PageEnvironment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                                                    autoescape=jinja2.select_autoescape(),
                                                    auto_reload=False))  # they ship with the package
    templates.env.filters["snippet"] = snippet_html
    templates.env.globals["page_html"] = page_html

    async def guard(request: Request) -> Caller:
        """Runs before every route: finds the caller, enforces the route's mark and CSRF."""
        route = request.scope.get("route")
        endpoint = getattr(route, "endpoint", None)
        permission = getattr(endpoint, "permission", None)
        data = sessions.read(request.cookies.get(cookie_name))
        cookie: str | None
        if data is None:  # none, forged, idle too long or too old: a fresh anonymous session
            cookie, data = sessions.new(None)
        else:
            cookie = sessions.touched(data)
        user = users.get_user(Caller(store), data["u"]) if data.get("u") else None
        if user is not None:  # the service calls this request makes check this role, not the account again
            access.remember_account(user["name"], user["role"])
        caller = Caller(user, data, cookie)
        request.state.caller = caller
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
            if api and permission != "public" and not same_token(caller.token, request.headers.get("x-csrf-token")):
                raise HTTPException(403, "missing or wrong X-CSRF-Token header")
        if permission == "public":
            return caller
        if user is None:
            if api:
                raise HTTPException(401, "log in first")
            raise LoginRequired()
        if not caller.can(permission):
            raise HTTPException(403, f"a {user['role']} may not do this")
        return caller

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.web.request_threads
        yield
        store.close()

    app = FastAPI(title="Habeas", lifespan=lifespan, version=__version__, openapi_url="/api/openapi.json",
                  docs_url=None, redoc_url=None, dependencies=[Depends(guard)],
                  description="The JSON API of the Habeas web app. Log in with POST /api/login; "
                              "send the returned csrf_token as X-CSRF-Token on every write.")
    app.state.store = store
    app.state.sessions = sessions
    app.state.throttle = throttle

    def session_header(cookie: str) -> bytes:
        response = Response()
        set_session(response, cookie)
        return response.raw_headers[-1][1]

    app.add_middleware(SessionCookies, cookie_name=cookie_name, header=session_header)
    app.add_middleware(ErrorPages)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    CallerDep = Annotated[Caller, Depends(guard)]

    def render(request: Request, name: str, status_code: int = 200, headers: Mapping[str, str] | None = None,
               **context: Any) -> HTMLResponse:
        caller: Caller = request.state.caller
        return templates.TemplateResponse(request, name, {"caller": caller, "version": __version__, **context},
                                          status_code=status_code, headers=headers)

    def set_session(response: Response, cookie: str) -> None:
        # No Domain, Path=/ and (by default) Secure: what the __Host- prefix demands.
        response.set_cookie(cookie_name, cookie, max_age=settings.web.session_max_age_s, httponly=True,
                            samesite="strict", secure=settings.web.secure_cookies, path="/")

    def end_session(response: Response) -> None:
        response.delete_cookie(cookie_name, path="/", secure=settings.web.secure_cookies, httponly=True,
                               samesite="strict")

    def check_form_token(caller: Caller, token: str) -> None:
        if not same_token(caller.token, token):
            raise HTTPException(403, "the form has expired or did not come from this site; reload and try again")

    def check_throttle(name: str, address: str) -> None:
        wait = throttle.retry_after(name, address)
        if wait is not None:
            raise HTTPException(429, f"too many failed attempts; try again in {wait} seconds",
                                headers={"Retry-After": str(wait)})

    def log_in(request: Request, name: str, password: str, code: str | None) -> tuple[str, dict[str, Any]] | None:
        """A new session (cookie, data) for the account, or None. The password, then the one-time
        code where one is required; every failure counts against the name and the address."""
        address = request.client.host if request.client else "unknown"
        check_throttle(name, address)
        user = users.authenticate(Caller(store), name, password)
        code_needed = user is not None and second_factor.totp_required(store, user)
        if user is not None and code_needed:
            if not second_factor.has_totp(store, user["name"]):
                raise HTTPException(403, f"an admin must set up a one-time code first: habeas users totp {name}")
            if not second_factor.verify_totp(store, user["name"], code):
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

    def step_up(request: Request, caller: Caller, code: str) -> str:
        """Check a fresh one-time code from the caller; returns the stepped-up session's cookie."""
        address = request.client.host if request.client else "unknown"
        check_throttle(caller.name, address)
        try:
            second_factor.require_step_up(store, caller.name, code)
        except StepUpRequired as exc:
            throttle.failed(caller.name, address)
            raise HTTPException(403, str(exc)) from exc
        return sessions.stepped_up(caller.session)[0]

    # -- errors ------------------------------------------------------------------

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, _exc: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse("/login?" + urlencode({"next": target}), status_code=303)

    @app.exception_handler(StepUpNeeded)
    async def to_step_up(request: Request, _exc: StepUpNeeded) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse("/step-up?" + urlencode({"next": target}), status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/") or not hasattr(request.state, "caller"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return render(request, "error.html", status_code=exc.status_code, headers=exc.headers,
                      status=exc.status_code, message=exc.detail)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return await http_error(request, HTTPException(404, str(exc)))

    @app.exception_handler(PermissionDenied)
    async def refused(request: Request, exc: PermissionDenied) -> Response:
        # the service layer said no (the route's @permit let the caller this far)
        return await http_error(request, HTTPException(403, str(exc)))

    @app.exception_handler(ValueError)
    async def bad_request(request: Request, exc: ValueError) -> Response:
        """What the services refuse (an empty or unparseable query, an unknown grade): the CLI's
        usage errors, answered 400."""
        return await http_error(request, HTTPException(400, str(exc)))

    # -- logging in and out ----------------------------------------------------------

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    @permit("public")
    def login_page(request: Request, caller: CallerDep, next: str = "/") -> Response:
        if caller.user:
            return RedirectResponse(_local(next), status_code=303)
        return render(request, "login.html", next=_local(next), error=None)

    @app.post("/login", response_class=HTMLResponse, include_in_schema=False)
    @permit("public", form_csrf=True)
    def login_form(request: Request, caller: CallerDep, username: Annotated[str, Form()],
                   password: Annotated[str, Form()], csrf_token: Annotated[str, Form()],
                   next: Annotated[str, Form()] = "/", totp: Annotated[str, Form()] = "") -> Response:
        check_form_token(caller, csrf_token)
        try:
            session = log_in(request, username, password, totp)
        except HTTPException as exc:  # throttled, or an admin without a second factor
            return render(request, "login.html", status_code=exc.status_code, headers=exc.headers,
                          next=_local(next), error=exc.detail)
        if session is None:
            return render(request, "login.html", status_code=401, next=_local(next),
                          error="That name, password and one-time code do not match an account.")
        response = RedirectResponse(_local(next), status_code=303)
        set_session(response, session[0])
        return response

    @app.post("/logout", include_in_schema=False)
    @permit("public", form_csrf=True)
    def logout_form(caller: CallerDep, csrf_token: Annotated[str, Form()]) -> Response:
        check_form_token(caller, csrf_token)
        response = RedirectResponse("/login", status_code=303)
        end_session(response)
        return response

    @app.post("/api/login", tags=["session"])
    @permit("public")
    def api_login(request: Request, body: LoginBody) -> JSONResponse:
        """Log in; sets the session cookie and returns the CSRF token to send with writes. Admins,
        and users who have set up a one-time code, send it as ``totp``. Too many failures: 429."""
        session = log_in(request, body.username, body.password, body.totp)
        if session is None:
            raise HTTPException(401, "wrong user name, password or one-time code")
        cookie, data = session
        user = users.get_user(Caller(store), data["u"]) or {}
        response = JSONResponse({"username": user.get("name"), "role": user.get("role"), "csrf_token": data["t"]})
        set_session(response, cookie)
        return response

    @app.post("/api/logout", tags=["session"])
    @permit("read")
    def api_logout() -> JSONResponse:
        response = JSONResponse({"ok": True})
        end_session(response)
        return response

    @app.post("/api/step-up", tags=["session"])
    @permit("read")
    def api_step_up(request: Request, caller: CallerDep, body: StepUpBody) -> JSONResponse:
        """Give a fresh one-time code before a step-up action; it counts for a few minutes."""
        response = JSONResponse({"stepped_up_for_s": settings.web.step_up_window_s})
        set_session(response, step_up(request, caller, body.totp))
        return response

    @app.get("/step-up", response_class=HTMLResponse, include_in_schema=False)
    @permit("read")
    def step_up_page(request: Request, next: str = "/") -> Response:
        return render(request, "step_up.html", next=_local(next), error=None)

    @app.post("/step-up", response_class=HTMLResponse, include_in_schema=False)
    @permit("read", form_csrf=True)
    def step_up_form(request: Request, caller: CallerDep, totp: Annotated[str, Form()],
                     csrf_token: Annotated[str, Form()], next: Annotated[str, Form()] = "/") -> Response:
        check_form_token(caller, csrf_token)
        try:
            cookie = step_up(request, caller, totp)
        except HTTPException as exc:
            return render(request, "step_up.html", status_code=exc.status_code, headers=exc.headers,
                          next=_local(next), error=exc.detail)
        response = RedirectResponse(_local(next), status_code=303)
        set_session(response, cookie)
        return response

    @app.get("/api/me", tags=["session"])
    @permit("read")
    def api_me(caller: CallerDep) -> dict[str, Any]:
        """Who is logged in, with what role, allowed to do what, and the CSRF token."""
        return {"username": caller.name, "role": caller.role, "csrf_token": caller.token,
                "permissions": sorted(p for p in users.PERMISSIONS if caller.can(p))}

    # -- search ------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    @permit("read")
    def home() -> Response:
        return RedirectResponse("/search", status_code=303)

    def filters_from(source: list[str], language: list[str], file_type: list[str], entity_type: list[str],
                     date_from: str | None, date_to: str | None, case: str | None) -> SearchFilters:
        return search.search_filters(case, source, language, file_type, entity_type, date_from or None,
                                       date_to or None)

    Many = Annotated[list[str], Query()]
    From = Annotated[str | None, Query(alias="from", description="documents dated on or after: YYYY[-MM[-DD]]")]
    To = Annotated[str | None, Query(alias="to", description="documents dated on or before: YYYY[-MM[-DD]]")]

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    @permit("read")
    def search_page(request: Request, caller: CallerDep, q: str = "", source: Many = [], language: Many = [],  # noqa: B006
                    type: Many = [], entity_type: Many = [], date_from: From = None,  # noqa: B006
                    date_to: To = None, case: str | None = None, page: int = 1) -> Response:
        page = max(1, page)
        total, error = 0, None
        hits: list[SearchHit] = []
        facets: dict[str, list[tuple[str, int]]] = {}
        try:
            filters = filters_from(source, language, type, entity_type, date_from, date_to, case)
            if q.strip():
                total, hits = search.search(Caller(store, caller.name), q, filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
                facets = search.search_facets(Caller(store, caller.name), q, filters)
        except ValueError as exc:  # InvalidQuery included
            error = str(exc)
        selected = {"source": source, "language": language, "file_type": type, "entity_type": entity_type}
        params: list[tuple[str, str]] = [("q", q)] + [("source", s) for s in source] + \
            [("language", lang) for lang in language] + [("type", t) for t in type] + \
            [("entity_type", t) for t in entity_type] + \
            ([("from", date_from)] if date_from else []) + ([("to", date_to)] if date_to else []) + \
            ([("case", case)] if case else [])

        def url(path: str = "/search", drop: tuple[str, str] | None = None, add: tuple[str, str] | None = None,
                page_no: int | None = None, year: str | None = None) -> str:
            kept = [p for p in params if p != drop] + ([add] if add and add not in params else [])
            if year is not None:  # a year facet sets the date range to that year
                kept = [p for p in kept if p[0] not in ("from", "to")]
                kept += [("from", year), ("to", year)] if year else []
            if page_no and page_no > 1:
                kept.append(("page", str(page_no)))
            return path + "?" + urlencode(kept)

        return render(request, "search.html", q=q, total=total, hits=hits, facets=facets, selected=selected,
                      error=error, page=page, pages=max(1, -(-total // PAGE_SIZE)), url=url,
                      first=(page - 1) * PAGE_SIZE + 1, date_from=date_from or "", date_to=date_to or "",
                      type_labels=TYPE_LABELS)

    @app.get("/search.csv", include_in_schema=False)
    @permit("read")
    def search_csv(caller: CallerDep, q: str, source: Many = [], language: Many = [], type: Many = [],  # noqa: B006
                   entity_type: Many = [], date_from: From = None, date_to: To = None,  # noqa: B006
                   case: str | None = None) -> Response:
        filters = filters_from(source, language, type, entity_type, date_from, date_to, case)
        total, hits = search.search_all(Caller(store, caller.name), q, filters)
        exports.audit_export(Caller(store, caller.name), "export.search_csv", case=case, query=q, details={"results": total})
        header, rows = csv_rows.hit_rows(hits)
        return _csv_response(csv_rows.csv_lines(header, rows), "habeas-search.csv")

    @app.get("/export/{kind}.csv", include_in_schema=False)
    @permit("read")
    def export_csv(caller: CallerDep, kind: str, case: str | None = None, entity: str | None = None) -> Response:
        """Entities, claims or the timeline as CSV, streamed (the same rows as ``habeas export csv``)."""
        if kind not in ("entities", "claims", "timeline"):
            raise HTTPException(404, "no such export")
        header, rows = exports.export_rows(Caller(store, caller.name), kind, case, entity=entity or None)
        exports.audit_export(Caller(store, caller.name), f"export.csv.{kind}", case=case)
        return _csv_response(csv_rows.csv_lines(header, rows), f"habeas-{kind}.csv")

    @app.get("/api/search", tags=["search"], response_model=SearchAnswer)
    @permit("read")
    def api_search(caller: CallerDep, q: str, source: Many = [], language: Many = [], type: Many = [],  # noqa: B006
                   entity_type: Many = [], date_from: From = None, date_to: To = None,  # noqa: B006
                   case: str | None = None) -> Response:
        """Every matching page, best first, no cap: the JSON of ``habeas search --json``. Filters:
        ``entity_type`` (pages naming an entity of that type), ``from``/``to`` (the document's date)."""
        filters = filters_from(source, language, type, entity_type, date_from, date_to, case)
        total, hits = search.search_all(Caller(store, caller.name), q, filters)
        return StreamingResponse(search.search_json_chunks(total, hits), media_type="application/json")

    @app.get("/api/search/facets", tags=["search"])
    @permit("read")
    def api_search_facets(caller: CallerDep, q: str, source: Many = [], language: Many = [], type: Many = [],  # noqa: B006
                          entity_type: Many = [], date_from: From = None, date_to: To = None,  # noqa: B006
                          case: str | None = None) -> dict[str, list[dict[str, Any]]]:
        """For each filter (source, language, file_type, entity_type, year), its values with how many
        matching pages each would leave."""
        filters = filters_from(source, language, type, entity_type, date_from, date_to, case)
        return {name: [{"value": v, "count": n} for v, n in values]
                for name, values in search.search_facets(Caller(store, caller.name), q, filters).items()}

    # -- documents -----------------------------------------------------------------------

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    @permit("read")
    def document_page(request: Request, caller: CallerDep, doc_id: str, q: str = "") -> Response:
        doc = documents.show_document(Caller(store, caller.name), doc_id)
        family = documents.document_family(Caller(store), [*doc["children"], *([doc["parent_id"]] if doc["parent_id"] else [])])
        mentions = analysis_services.document_entities(Caller(store, caller.name), doc_id)
        return render(request, "document.html", doc=doc, family=family, q=q, grades=GRADE_MEANING,
                      mentions=mentions, types=sorted({m["type"] for ms in mentions.values() for m in ms}),
                      labels=TYPE_LABELS)

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    @permit("read")
    def api_document(caller: CallerDep, doc_id: str) -> dict[str, Any]:
        """A document with its text by page, custody and family: the JSON of ``habeas show --json``."""
        return documents.show_document(Caller(store, caller.name), doc_id)

    @app.get("/documents/{doc_id}/original", tags=["documents"])
    @permit("read")
    def original(caller: CallerDep, doc_id: str) -> FileResponse:
        """The original file, byte for byte, always as a download and never rendered."""
        path, name = documents.original_file(Caller(store, caller.name), doc_id)
        return FileResponse(path, media_type="application/octet-stream", filename=name,
                            content_disposition_type="attachment",
                            headers={"Content-Security-Policy": "sandbox; default-src 'none'"})

    # -- upload ---------------------------------------------------------------------------

    @app.get("/upload", response_class=HTMLResponse, include_in_schema=False)
    @permit("upload")
    def upload_page(request: Request, caller: CallerDep) -> Response:
        return render(request, "upload.html", grades=GRADE_MEANING, cases=cases.list_cases(Caller(store, caller.name)))

    @app.post("/api/uploads", tags=["upload"], status_code=202)
    @permit("upload", multipart=True)
    async def api_upload(caller: CallerDep, files: list[UploadFile], case: Annotated[str, Form()] = "",
                         source: Annotated[str, Form()] = "", grade: Annotated[str, Form()] = "F",
                         collector: Annotated[str, Form()] = "") -> dict[str, Any]:
        """Take files (multipart, field ``files``) into a case; the ingest runs in the background.
        Send X-CSRF-Token. Poll ``GET /api/uploads/{id}`` for progress."""
        if not files:
            raise HTTPException(400, "no files")
        if grade.upper() not in GRADES:
            raise HTTPException(400, f"grade must be one of {', '.join(GRADES)}")
        folder = intake.new_upload_folder(Caller(store))
        used: set[str] = set()
        for upload in files:
            name = intake.safe_upload_name(upload.filename or "upload")
            while name in used:
                name = "_" + name
            used.add(name)
            with (folder / name).open("wb") as fh:
                while chunk := await upload.read(UPLOAD_CHUNK):
                    fh.write(chunk)
        options = intake.default_intake(case or None, source or f"web upload by {caller.name}", grade,
                                          collector or caller.name, caller.name)
        job = intake.start_ingest_job(Caller(store, options.actor), folder, options)
        return job.status()

    @app.get("/api/uploads/{job_id}", tags=["upload"])
    @permit("upload")
    def api_upload_status(caller: CallerDep, job_id: str) -> dict[str, Any]:
        """Progress of an upload's ingest: files done of total, then what came in and what failed."""
        owner, status = intake.ingest_job(Caller(store), job_id)
        if owner != caller.name and not caller.can("admin"):
            raise NotFound(f"no upload {job_id!r}")
        return status

    analysis.add_routes(app, store, render, CallerDep, check_form_token)
    testimony_pages.add_routes(app, store, render, CallerDep, StepUpCaller, check_form_token)

    # -- review -------------------------------------------------------------------------------

    @app.get("/review", response_class=HTMLResponse, include_in_schema=False)
    @permit("decide")
    def review_page(request: Request, caller: CallerDep) -> Response:
        return render(request, "review.html", pairs=linkage.link_review_queue(Caller(store, caller.name), limit=REVIEW_PAGE, role=caller.role),
                      candidates=analysis_services.merge_candidates(Caller(store, caller.name), limit=REVIEW_PAGE), labels=TYPE_LABELS)

    @app.post("/review/{pair_id}", include_in_schema=False)
    @permit("decide", form_csrf=True)
    def review_form(caller: CallerDep, pair_id: int, decision: Annotated[str, Form()],
                    csrf_token: Annotated[str, Form()]) -> Response:
        check_form_token(caller, csrf_token)
        linkage.link_decide(Caller(store, caller.name), pair_id, decision, caller.role)
        return RedirectResponse("/review", status_code=303)

    @app.get("/api/review", tags=["review"])
    @permit("decide")
    def api_review(caller: CallerDep, limit: int = REVIEW_PAGE) -> dict[str, Any]:
        """Pairs of table rows that may be about the same person, waiting for a person's decision."""
        return {"pairs": linkage.link_review_queue(Caller(store, caller.name), limit=max(1, min(limit, 500)), role=caller.role)}

    @app.post("/api/review/{pair_id}", tags=["review"])
    @permit("decide")
    def api_review_decide(caller: CallerDep, pair_id: int, body: DecisionBody) -> dict[str, Any]:
        """Decide a pair: ``same``, ``different`` or ``unsure``. A person's decision wins over the machine."""
        return linkage.link_decide(Caller(store, caller.name), pair_id, body.decision, caller.role)

    return app


def require_step_up(request: Request) -> Caller:
    """A route dependency for step-up actions (``Depends(require_step_up)``): the caller must have
    given a fresh one-time code (at login or through the step-up page or ``POST /api/step-up``)
    within ``step_up_window_s``. Otherwise the API answers 403 with ``X-Step-Up: required`` and a
    page sends the browser to the step-up page, which comes back afterwards."""
    caller: Caller | None = getattr(request.state, "caller", None)
    if caller is None or caller.user is None:
        raise HTTPException(401, "log in first")
    if not request.app.state.sessions.is_stepped_up(caller.session):
        if request.url.path.startswith("/api/"):
            raise HTTPException(403, "this needs a fresh one-time code: POST /api/step-up first",
                                headers={"X-Step-Up": "required"})
        raise StepUpNeeded()
    return caller


StepUpCaller = Annotated[Caller, Depends(require_step_up)]
REVIEW_PAGE = 50
GRADE_MEANING = {"A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
                 "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged"}


def _local(target: str) -> str:
    """Only paths on this site are followed after login: never another host."""
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"


def _csv_response(lines: Iterator[str], file_name: str) -> StreamingResponse:
    return StreamingResponse(lines, media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{file_name}"'})
