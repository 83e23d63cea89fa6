"""The web app, composed: the store, sessions and templates it keeps in ``app.state``, the guard
every route runs behind (``deps.guard``), the middleware, the error handlers and a router per area.
A new page is a module in ``routes/`` plus its line here."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path

import anyio.to_thread
from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from habeas import __version__, services
from habeas.config import Settings, load_settings
from habeas.web.deps import guard
from habeas.web.handlers import HANDLERS
from habeas.web.login import trusted_networks
from habeas.web.middleware import ErrorPages, SecurityHeaders, SessionCookies
from habeas.web.routes import (
    admin,
    auth,
    claims,
    corrections,
    documents,
    entities,
    exports,
    names,
    network,
    notes,
    officials,
    overview,
    review,
    saved,
    search,
    testimony,
    timeline,
    upload,
)
from habeas.web.sessions import Sessions, load_secret, session_cookie_name, session_header
from habeas.web.templating import page_templates
from habeas.web.throttle import LoginThrottle

STATIC = Path(__file__).parent / "static"


def app_from_environment() -> FastAPI:
    """The app over the store that ``HABEAS_STORE`` (and ``HABEAS_DATABASE_URL``) name: what each
    worker process builds when ``habeas serve --workers N`` runs more than one."""
    return create_app(load_settings())


def create_app(settings: Settings) -> FastAPI:
    trusted_proxies = trusted_networks(settings.web.trusted_proxies)  # a malformed one: refused first
    store = services.open_store(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.web.request_threads
        yield
        store.close()

    app = FastAPI(
        title="Habeas",
        lifespan=lifespan,
        version=__version__,
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(guard)],
        exception_handlers=HANDLERS,
        description="The JSON API of the Habeas web app. Log in with POST /api/login; "
        "send the returned csrf_token as X-CSRF-Token on every write.",
    )
    app.state.settings = settings
    app.state.store = store
    app.state.sessions = Sessions(load_secret(settings.store), settings.web, services.Caller(store))
    app.state.throttle = LoginThrottle(settings.web)
    app.state.trusted_proxies = trusted_proxies
    app.state.cookie_name = session_cookie_name(settings.web)
    app.state.templates = page_templates()

    app.add_middleware(
        SessionCookies, cookie_name=app.state.cookie_name, header=partial(session_header, web=settings.web)
    )
    app.add_middleware(ErrorPages)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    app.include_router(auth.router)
    app.include_router(overview.router)  # before search's: "/" is the overview
    app.include_router(search.router)
    app.include_router(documents.router)
    app.include_router(upload.router)
    app.include_router(exports.router)
    app.include_router(entities.router)
    app.include_router(network.router)
    app.include_router(claims.router)
    app.include_router(corrections.router)
    app.include_router(timeline.router)
    app.include_router(testimony.router)
    app.include_router(review.router)
    app.include_router(admin.router)
    app.include_router(notes.router)
    app.include_router(saved.router)
    app.include_router(officials.router)
    app.include_router(names.router)
    return app
