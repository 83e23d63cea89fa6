"""Sessions, CSRF tokens, login throttling, generic error pages and the headers every response carries."""

from __future__ import annotations

import hmac
import json
import logging
import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from habeas.config import WebSettings
from habeas.store.keys import store_secret

SECURE_COOKIE = "__Host-habeas_session"  # the browser keeps it only if Secure, Path=/ and no Domain
PLAIN_COOKIE = "habeas_session"  # only with secure_cookies off, for plain HTTP away from localhost
SECRET_FILE = "web-secret"  # nosec B105  # the key's file name, not a key
log = logging.getLogger("habeas.web")

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

_NAMES = {name for name, _ in HEADERS}


def load_secret(store: Path) -> bytes:
    """The key that signs session cookies: made once per store, readable only by its owner."""
    return store_secret(store, SECRET_FILE)


def session_cookie_name(web: WebSettings) -> str:
    return SECURE_COOKIE if web.secure_cookies else PLAIN_COOKIE


class Sessions:
    """Signed session cookies holding a user name (or none, before login), a CSRF token, when the
    session began, when it was last used and when its user last stepped up with a one-time code.
    A session ends ``idle_timeout_s`` after its last use and ``session_max_age_s`` after it began."""

    def __init__(self, secret: bytes, web: WebSettings, clock: Callable[[], float] = time.time) -> None:
        self.serializer = URLSafeTimedSerializer(secret, salt="habeas-session")
        self.web = web
        self.clock = clock
        # Refreshing the last-use time costs a new cookie, so it is done at most this often.
        self.touch_after = min(60.0, web.idle_timeout_s / 4)

    def new(self, user: str | None) -> tuple[str, dict[str, Any]]:
        """A fresh session: a new CSRF token and a new cookie, so nothing from before carries over."""
        now = int(self.clock())
        return self._dump({"u": user, "t": secrets.token_urlsafe(24), "i": now, "a": now, "s": 0})

    def read(self, cookie: str | None) -> dict[str, Any] | None:
        """The session in ``cookie``, or None if it is missing, forged, idle too long or too old."""
        if not cookie:
            return None
        try:
            data = self.serializer.loads(cookie, max_age=self.web.session_max_age_s)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("t"), str):
            return None
        now = self.clock()
        if now - data.get("a", 0) > self.web.idle_timeout_s or now - data.get("i", 0) > self.web.session_max_age_s:
            return None
        return data

    def touched(self, data: dict[str, Any]) -> str | None:
        """A new cookie recording that the session is in use now, when the last record is stale."""
        if self.clock() - data.get("a", 0) < self.touch_after:
            return None
        return self._dump({**data, "a": int(self.clock())})[0]

    def stepped_up(self, data: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """The session after its user gave a fresh one-time code (a new cookie; the page's CSRF token stays)."""
        now = int(self.clock())
        return self._dump({**data, "a": now, "s": now})

    def is_stepped_up(self, data: dict[str, Any]) -> bool:
        return bool(self.clock() - data.get("s", 0) <= self.web.step_up_window_s)

    def _dump(self, data: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        return str(self.serializer.dumps(data)), data


def same_token(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


class LoginThrottle:
    """At most so many failed logins per user name, and per client address, in a sliding window.
    Kept in memory: each server process counts its own."""

    def __init__(self, web: WebSettings, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = {"name": web.login_failures_per_name, "address": web.login_failures_per_address}
        self.window = float(web.login_window_s)
        self.clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def retry_after(self, name: str, address: str) -> int | None:
        """Seconds until ``name`` may try again from ``address``; None when it may now."""
        with self._lock:
            waits = []
            for key in (("name", name), ("address", address)):
                failures = self._failures[key]
                while failures and failures[0] <= self.clock() - self.window:
                    failures.popleft()
                if len(failures) >= self.limits[key[0]]:
                    waits.append(failures[0] + self.window - self.clock())
            return max(1, int(max(waits)) + 1) if waits else None

    def failed(self, name: str, address: str) -> None:
        with self._lock:
            self._failures[("name", name)].append(self.clock())
            self._failures[("address", address)].append(self.clock())

    def succeeded(self, name: str) -> None:
        """A right password clears its name's failures; the address's count stays."""
        with self._lock:
            self._failures.pop(("name", name), None)


class SecurityHeaders:
    """Adds the security headers to every response; nothing but static files may be cached."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                own = message.get("headers", [])
                sandboxed = any(k.lower() == b"content-security-policy" and b"sandbox" in v for k, v in own)
                headers = [(k, v) for k, v in own if k.lower() not in _NAMES]
                headers.extend(HEADERS)
                if sandboxed:  # a download: nothing in it may run, even if a browser tried to show it
                    headers.append((b"content-security-policy", b"sandbox"))
                if not static:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class SessionCookies:
    """Sends the session cookie the request's guard made (a new session, or the same one marked
    as in use now) with the response, unless the route set or deleted that cookie itself."""

    def __init__(self, app: ASGIApp, cookie_name: str, header: Callable[[str], bytes]) -> None:
        self.app = app
        self.prefix = cookie_name.encode() + b"="
        self.header = header

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                caller = scope.get("state", {}).get("caller")
                cookie = getattr(caller, "new_cookie", None)
                headers = list(message.get("headers", []))
                own = any(k.lower() == b"set-cookie" and v.startswith(self.prefix) for k, v in headers)
                if cookie and not own:
                    headers.append((b"set-cookie", self.header(cookie)))
                    message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_cookie)


ERROR_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Error · Habeas</title>
<link rel="stylesheet" href="/static/app.css"></head>
<body><main id="main"><h1>Something went wrong</h1>
<p class="error" role="alert">The server could not answer this request. Nothing about it is shown here;
if you report it, quote this reference: <code>{cid}</code>.</p>
<p><a href="/search">Back to search</a></p></main></body></html>
"""


class ErrorPages:
    """Any error a route did not handle becomes a plain 500 page (or JSON under /api/) carrying a
    correlation id; the traceback goes to the server's log under that id and never to the client."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            cid = secrets.token_hex(8)
            log.exception("unhandled error %s on %s %s", cid, scope.get("method"), scope.get("path"))
            if started:
                return  # the answer is half sent; all that can be done is to stop it here
            if str(scope.get("path", "")).startswith("/api/"):
                body = json.dumps({"detail": "internal error", "correlation_id": cid}).encode()
                kind = b"application/json"
            else:
                body, kind = ERROR_PAGE.format(cid=cid).encode(), b"text/html; charset=utf-8"
            await send({"type": "http.response.start", "status": 500,
                        "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode()),
                                    (b"x-correlation-id", cid.encode())]})
            await send({"type": "http.response.body", "body": body})
