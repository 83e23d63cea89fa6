"""Signed session cookies: who is logged in, the CSRF token, and when the session began, was last
used and last stepped up with a one-time code; and the cookie's name and attributes."""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.responses import Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from habeas.config import WebSettings
from habeas.services.keys import store_secret

SECURE_COOKIE = "__Host-habeas_session"  # the browser keeps it only if Secure, Path=/ and no Domain
PLAIN_COOKIE = "habeas_session"  # only with secure_cookies off, for plain HTTP away from localhost
SECRET_FILE = "web-secret"  # nosec B105  # the key's file name, not a key


def load_secret(store: Path) -> bytes:
    """The key that signs session cookies: made once per store, readable only by its owner."""
    return store_secret(store, SECRET_FILE)


def session_cookie_name(web: WebSettings) -> str:
    return SECURE_COOKIE if web.secure_cookies else PLAIN_COOKIE


def set_session(response: Response, cookie: str, web: WebSettings) -> None:
    # No Domain, Path=/ and (by default) Secure: what the __Host- prefix demands.
    response.set_cookie(session_cookie_name(web), cookie, max_age=web.session_max_age_s, httponly=True,
                        samesite="strict", secure=web.secure_cookies, path="/")


def end_session(response: Response, web: WebSettings) -> None:
    response.delete_cookie(session_cookie_name(web), path="/", secure=web.secure_cookies, httponly=True,
                           samesite="strict")


def session_header(cookie: str, web: WebSettings) -> bytes:
    """The ``Set-Cookie`` header value that ``set_session`` would send."""
    response = Response()
    set_session(response, cookie, web)
    return response.raw_headers[-1][1]


def same_token(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


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
