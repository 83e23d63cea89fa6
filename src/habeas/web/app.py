"""Routes: each one checks the caller's role, calls ``habeas.services`` and renders a template or
JSON. No route holds logic of its own beyond reading the request and shaping the answer.

Access is denied by default: every route must be marked with ``@permit(PERMISSION)``; a route
without a mark answers 403 to everyone. Writes need a CSRF token: a form field on pages, the
``X-CSRF-Token`` header on the JSON API (whose writes must also be ``application/json``, except
the upload, which is multipart)."""


import csv
import html
import io
import os
import re
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import StreamingResponse

from habeas import __version__, analysis_services, services
from habeas.analyse.tables import TYPE_LABELS
from habeas.config import Settings, load_settings
from habeas.ingest.pipeline import GRADES
from habeas.search.index import SearchFilters, SearchHit
from habeas.web import analysis
from habeas.web.security import (
    SESSION_COOKIE,
    SESSION_MAX_AGE,
    LoginThrottle,
    SecurityHeaders,
    Sessions,
    load_secret,
    same_token,
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


class Caller:
    """Who is asking: the account (None before login) and the session's CSRF token."""

    def __init__(self, user: dict[str, Any] | None, token: str, cookie: str | None) -> None:
        self.user = user
        self.token = token
        self.new_cookie = cookie  # set when the request had no valid session yet

    @property
    def name(self) -> str:
        return self.user["name"] if self.user else ""

    @property
    def role(self) -> str | None:
        return self.user["role"] if self.user else None

    def can(self, permission: str) -> bool:
        return services.allowed(self.role, permission)


class LoginBody(BaseModel):
    username: str
    password: str


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
    parts = re.split(r"(</?b>)", snippet)
    out = []
    for part in parts:
        if part == "<b>":
            out.append("<mark>")
        elif part == "</b>":
            out.append("</mark>")
        else:
            out.append(str(escape(html.unescape(part))))
    return Markup("".join(out))




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
    return Markup("".join(out))


def snippet_text(snippet: str) -> str:
    return html.unescape(re.sub(r"</?b>", "", snippet))


def app_from_environment() -> FastAPI:
    """The app over the store that ``HABEAS_STORE`` (and ``HABEAS_DATABASE_URL``) name: what each
    worker process builds when ``habeas serve --workers N`` runs more than one."""
    return create_app(load_settings())


def create_app(settings: Settings) -> FastAPI:
    store = services.open_store(settings)
    sessions = Sessions(load_secret(settings.store))
    throttle = LoginThrottle()
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["snippet"] = snippet_html
    templates.env.globals["page_html"] = page_html

    async def guard(request: Request) -> Caller:
        """Runs before every route: finds the caller, enforces the route's mark and CSRF."""
        route = request.scope.get("route")
        endpoint = getattr(route, "endpoint", None)
        permission = getattr(endpoint, "permission", None)
        data = sessions.read(request.cookies.get(SESSION_COOKIE))
        cookie = None
        if data is None:
            cookie, data = sessions.new(None)
        user = services.get_user(store, data["u"]) if data.get("u") else None
        caller = Caller(user, data["t"], cookie)
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
        yield
        store.close()

    app = FastAPI(title="Habeas", lifespan=lifespan, version=__version__, openapi_url="/api/openapi.json",
                  docs_url=None, redoc_url=None, dependencies=[Depends(guard)],
                  description="The JSON API of the Habeas web app. Log in with POST /api/login; "
                              "send the returned csrf_token as X-CSRF-Token on every write.")
    app.state.store = store
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    CallerDep = Annotated[Caller, Depends(guard)]

    def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        caller: Caller = request.state.caller
        response = templates.TemplateResponse(request, name, {"caller": caller, "version": __version__,
                                                              **context}, status_code=status_code)
        _set_new_cookie(response, caller)
        return response

    def _set_new_cookie(response: Response, caller: Caller) -> None:
        if caller.new_cookie:
            set_session(response, caller.new_cookie)

    def set_session(response: Response, cookie: str) -> None:
        response.set_cookie(SESSION_COOKIE, cookie, max_age=SESSION_MAX_AGE, httponly=True, samesite="strict",
                            secure=os.environ.get("HABEAS_SECURE_COOKIES") == "1", path="/")

    def check_form_token(caller: Caller, token: str) -> None:
        if not same_token(caller.token, token):
            raise HTTPException(403, "the form has expired or did not come from this site; reload and try again")

    def log_in(name: str, password: str) -> dict[str, Any] | None:
        if throttle.blocked(name):
            raise HTTPException(429, "too many failed logins for this name; wait ten minutes")
        user = services.authenticate(store, name, password)
        if user is None:
            throttle.failed(name)
        else:
            throttle.succeeded(name)
        return user

    # -- errors ------------------------------------------------------------------

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, _exc: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        response = RedirectResponse("/login?" + urlencode({"next": target}), status_code=303)
        _set_new_cookie(response, request.state.caller)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/") or not hasattr(request.state, "caller"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return render(request, "error.html", status_code=exc.status_code, status=exc.status_code,
                      message=exc.detail)

    @app.exception_handler(services.NotFound)
    async def not_found(request: Request, exc: services.NotFound) -> Response:
        return await http_error(request, HTTPException(404, str(exc)))

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
                   next: Annotated[str, Form()] = "/") -> Response:
        check_form_token(caller, csrf_token)
        user = log_in(username, password)
        if user is None:
            return render(request, "login.html", status_code=401, next=_local(next),
                          error="That name and password do not match an account.")
        response = RedirectResponse(_local(next), status_code=303)
        set_session(response, sessions.new(user["name"])[0])
        return response

    @app.post("/logout", include_in_schema=False)
    @permit("public", form_csrf=True)
    def logout_form(caller: CallerDep, csrf_token: Annotated[str, Form()]) -> Response:
        check_form_token(caller, csrf_token)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    @app.post("/api/login", tags=["session"])
    @permit("public")
    def api_login(body: LoginBody) -> JSONResponse:
        """Log in; sets the session cookie and returns the CSRF token to send with writes."""
        user = log_in(body.username, body.password)
        if user is None:
            raise HTTPException(401, "wrong user name or password")
        cookie, data = sessions.new(user["name"])
        response = JSONResponse({"username": user["name"], "role": user["role"], "csrf_token": data["t"]})
        set_session(response, cookie)
        return response

    @app.post("/api/logout", tags=["session"])
    @permit("read")
    def api_logout() -> JSONResponse:
        response = JSONResponse({"ok": True})
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    @app.get("/api/me", tags=["session"])
    @permit("read")
    def api_me(caller: CallerDep) -> dict[str, Any]:
        """Who is logged in, with what role, allowed to do what, and the CSRF token."""
        return {"username": caller.name, "role": caller.role, "csrf_token": caller.token,
                "permissions": sorted(p for p in services.PERMISSIONS if caller.can(p))}

    # -- search ------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    @permit("read")
    def home() -> Response:
        return RedirectResponse("/search", status_code=303)

    def filters_from(source: list[str], language: list[str], file_type: list[str],
                     case: str | None) -> SearchFilters:
        return SearchFilters(case=case or None, sources=source, languages=language, file_types=file_type)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    @permit("read")
    def search_page(request: Request, q: str = "", source: Annotated[list[str], Query()] = [],  # noqa: B006
                    language: Annotated[list[str], Query()] = [],  # noqa: B006
                    type: Annotated[list[str], Query()] = [],  # noqa: B006
                    case: str | None = None, page: int = 1) -> Response:
        page = max(1, page)
        filters = filters_from(source, language, type, case)
        total, error = 0, None
        hits: list[SearchHit] = []
        facets: dict[str, list[tuple[str, int]]] = {}
        if q.strip():
            try:
                total, hits = services.search(store, q, filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
                facets = services.search_facets(store, q, filters)
            except ValueError as exc:  # InvalidQuery included
                error = str(exc)
        selected = {"source": source, "language": language, "file_type": type}
        params: list[tuple[str, str]] = [("q", q)] + [("source", s) for s in source] + \
            [("language", lang) for lang in language] + [("type", t) for t in type] + \
            ([("case", case)] if case else [])

        def url(path: str = "/search", drop: tuple[str, str] | None = None, add: tuple[str, str] | None = None,
                page_no: int | None = None) -> str:
            kept = [p for p in params if p != drop] + ([add] if add and add not in params else [])
            if page_no and page_no > 1:
                kept.append(("page", str(page_no)))
            return path + "?" + urlencode(kept)

        return render(request, "search.html", q=q, total=total, hits=hits, facets=facets, selected=selected,
                      error=error, page=page, pages=max(1, -(-total // PAGE_SIZE)), url=url,
                      first=(page - 1) * PAGE_SIZE + 1)

    @app.get("/search.csv", include_in_schema=False)
    @permit("read")
    def search_csv(q: str, source: Annotated[list[str], Query()] = [],  # noqa: B006
                   language: Annotated[list[str], Query()] = [],  # noqa: B006
                   type: Annotated[list[str], Query()] = [],  # noqa: B006
                   case: str | None = None) -> Response:
        _total, hits = services.search_all(store, q, filters_from(source, language, type, case))

        def rows() -> Iterator[str]:
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(["document_id", "title", "page", "score", "snippet"])
            for hit in hits:
                writer.writerow([hit.document_id, _csv_cell(hit.title), hit.page or "", f"{hit.score:.4f}",
                                 _csv_cell(snippet_text(hit.snippet))])
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
            yield buffer.getvalue()

        return StreamingResponse(rows(), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="habeas-search.csv"'})

    @app.get("/api/search", tags=["search"], response_model=SearchAnswer)
    @permit("read")
    def api_search(q: str, source: Annotated[list[str], Query()] = [],  # noqa: B006
                   language: Annotated[list[str], Query()] = [],  # noqa: B006
                   type: Annotated[list[str], Query()] = [],  # noqa: B006
                   case: str | None = None) -> Response:
        """Every matching page, best first, no cap: the JSON of ``habeas search --json``."""
        total, hits = services.search_all(store, q, filters_from(source, language, type, case))
        return StreamingResponse(services.search_json_chunks(total, hits), media_type="application/json")

    # -- documents -----------------------------------------------------------------------

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    @permit("read")
    def document_page(request: Request, doc_id: str, q: str = "") -> Response:
        doc = services.show_document(store, doc_id)
        family = services.document_family(store, [*doc["children"], *([doc["parent_id"]] if doc["parent_id"] else [])])
        mentions = analysis_services.document_entities(store, doc_id)
        return render(request, "document.html", doc=doc, family=family, q=q, grades=GRADE_MEANING,
                      mentions=mentions, types=sorted({m["type"] for ms in mentions.values() for m in ms}),
                      labels=TYPE_LABELS)

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    @permit("read")
    def api_document(doc_id: str) -> dict[str, Any]:
        """A document with its text by page, custody and family: the JSON of ``habeas show --json``."""
        return services.show_document(store, doc_id)

    @app.get("/documents/{doc_id}/original", tags=["documents"])
    @permit("read")
    def original(doc_id: str) -> FileResponse:
        """The original file, byte for byte, always as a download and never rendered."""
        path, name = services.original_file(store, doc_id)
        return FileResponse(path, media_type="application/octet-stream", filename=name,
                            content_disposition_type="attachment",
                            headers={"Content-Security-Policy": "sandbox; default-src 'none'"})

    # -- upload ---------------------------------------------------------------------------

    @app.get("/upload", response_class=HTMLResponse, include_in_schema=False)
    @permit("upload")
    def upload_page(request: Request) -> Response:
        return render(request, "upload.html", grades=GRADE_MEANING, cases=services.list_cases(store))

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
        folder = services.new_upload_folder(store)
        used: set[str] = set()
        for upload in files:
            name = services.safe_upload_name(upload.filename or "upload")
            while name in used:
                name = "_" + name
            used.add(name)
            with (folder / name).open("wb") as fh:
                while chunk := await upload.read(UPLOAD_CHUNK):
                    fh.write(chunk)
        options = services.default_intake(case or None, source or f"web upload by {caller.name}", grade,
                                          collector or caller.name, caller.name)
        job = services.start_ingest_job(store, folder, options)
        return job.status()

    @app.get("/api/uploads/{job_id}", tags=["upload"])
    @permit("upload")
    def api_upload_status(caller: CallerDep, job_id: str) -> dict[str, Any]:
        """Progress of an upload's ingest: files done of total, then what came in and what failed."""
        owner, status = services.ingest_job(store, job_id)
        if owner != caller.name and not caller.can("admin"):
            raise services.NotFound(f"no upload {job_id!r}")
        return status

    analysis.add_routes(app, store, render, CallerDep, check_form_token)

    # -- review -------------------------------------------------------------------------------

    @app.get("/review", response_class=HTMLResponse, include_in_schema=False)
    @permit("decide")
    def review_page(request: Request, caller: CallerDep) -> Response:
        return render(request, "review.html", pairs=services.link_review_queue(store, limit=REVIEW_PAGE,
                                                                              actor=caller.name, role=caller.role))

    @app.post("/review/{pair_id}", include_in_schema=False)
    @permit("decide", form_csrf=True)
    def review_form(caller: CallerDep, pair_id: int, decision: Annotated[str, Form()],
                    csrf_token: Annotated[str, Form()]) -> Response:
        check_form_token(caller, csrf_token)
        services.link_decide(store, pair_id, decision, caller.name, caller.role)
        return RedirectResponse("/review", status_code=303)

    @app.get("/api/review", tags=["review"])
    @permit("decide")
    def api_review(caller: CallerDep, limit: int = REVIEW_PAGE) -> dict[str, Any]:
        """Pairs of table rows that may be about the same person, waiting for a person's decision."""
        return {"pairs": services.link_review_queue(store, limit=max(1, min(limit, 500)), actor=caller.name,
                                                    role=caller.role)}

    @app.post("/api/review/{pair_id}", tags=["review"])
    @permit("decide")
    def api_review_decide(caller: CallerDep, pair_id: int, body: DecisionBody) -> dict[str, Any]:
        """Decide a pair: ``same``, ``different`` or ``unsure``. A person's decision wins over the machine."""
        return services.link_decide(store, pair_id, body.decision, caller.name, caller.role)

    return app


REVIEW_PAGE = 50
GRADE_MEANING = {"A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
                 "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged"}


def _local(target: str) -> str:
    """Only paths on this site are followed after login: never another host."""
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"


def _csv_cell(value: str) -> str:
    """Keep spreadsheet programs from running a cell as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
