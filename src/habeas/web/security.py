"""Sessions, CSRF tokens, login throttling and the headers every response carries."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from pathlib import Path
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from habeas.store.keys import store_secret

SESSION_COOKIE = "habeas_session"
SESSION_MAX_AGE = 12 * 3600
SECRET_FILE = "web-secret"

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


class Sessions:
    """Signed, timed session cookies holding a user name (or none, before login) and a CSRF token."""

    def __init__(self, secret: bytes) -> None:
        self.serializer = URLSafeTimedSerializer(secret, salt="habeas-session")

    def new(self, user: str | None) -> tuple[str, dict[str, Any]]:
        data = {"u": user, "t": secrets.token_urlsafe(24)}
        return str(self.serializer.dumps(data)), data

    def read(self, cookie: str | None) -> dict[str, Any] | None:
        if not cookie:
            return None
        try:
            data = self.serializer.loads(cookie, max_age=SESSION_MAX_AGE)
        except BadSignature:
            return None
        return data if isinstance(data, dict) and isinstance(data.get("t"), str) else None


def same_token(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


class LoginThrottle:
    """At most ``limit`` failed logins per name in ``window`` seconds."""

    def __init__(self, limit: int = 10, window: float = 600.0) -> None:
        self.limit = limit
        self.window = window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def blocked(self, name: str) -> bool:
        with self._lock:
            failures = self._failures[name]
            while failures and failures[0] < time.monotonic() - self.window:
                failures.popleft()
            return len(failures) >= self.limit

    def failed(self, name: str) -> None:
        with self._lock:
            self._failures[name].append(time.monotonic())

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(name, None)


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
