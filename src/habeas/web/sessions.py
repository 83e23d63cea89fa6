"""Sessions: the cookie carries an opaque random id, and a signed-in session lives in the database
(``users.start_session``), so logging out, a new password or role, or a disabled account ends it
at once, whatever the browser keeps. Before login a visitor's id is stored nowhere: it only keys
the CSRF token of the login form. Also the cookie's name and attributes.

A session is a dict: ``id`` (the cookie's value), ``u`` (the account's name, None before login),
``t`` (the CSRF token, an HMAC of the id under the store's web secret), ``i``, ``a`` and ``s``
(when it began, was last used and last stepped up with a one-time code)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.responses import Response

from habeas import services
from habeas.config import WebSettings
from habeas.services import users
from habeas.services.keys import store_secret

SECURE_COOKIE = "__Host-habeas_session"  # the browser keeps it only if Secure, Path=/ and no Domain
PLAIN_COOKIE = "habeas_session"  # only with secure_cookies off, for plain HTTP away from localhost
SECRET_FILE = "web-secret"  # nosec B105  # the key's file name, not a key
MAX_ID_CHARS = 64  # a longer cookie is not an id this app made: the visitor gets a new one


def load_secret(store: Path) -> bytes:
    """The key the CSRF tokens are derived with: made once per store, readable only by its owner."""
    return store_secret(store, SECRET_FILE)


def session_cookie_name(web: WebSettings) -> str:
    return SECURE_COOKIE if web.secure_cookies else PLAIN_COOKIE


def set_session(response: Response, cookie: str, web: WebSettings) -> None:
    # No Domain, Path=/ and (by default) Secure: what the __Host- prefix demands.
    response.set_cookie(
        session_cookie_name(web),
        cookie,
        max_age=web.session_max_age_s,
        httponly=True,
        samesite="strict",
        secure=web.secure_cookies,
        path="/",
    )


def end_session(response: Response, web: WebSettings) -> None:
    response.delete_cookie(
        session_cookie_name(web), path="/", secure=web.secure_cookies, httponly=True, samesite="strict"
    )


def session_header(cookie: str, web: WebSettings) -> bytes:
    """The ``Set-Cookie`` header value that ``set_session`` would send."""
    response = Response()
    set_session(response, cookie, web)
    return response.raw_headers[-1][1]


def same_token(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


class Sessions:
    """Sessions over the store's sessions table. A signed-in session ends ``idle_timeout_s`` after
    its last use and ``session_max_age_s`` after it began; ``clock`` says what time it is."""

    def __init__(
        self, secret: bytes, web: WebSettings, store: services.Caller, clock: Callable[[], float] = time.time
    ) -> None:
        self.secret = secret
        self.web = web
        self.store = store  # the store as the local operator: sessions are read before anyone is known
        self.clock = clock
        # Recording the last use is a write, so it is done at most this often per session.
        self.touch_after = min(60.0, web.idle_timeout_s / 4)

    def token(self, session_id: str) -> str:
        """The CSRF token of a session: bound to its id, so a new session always has a new one."""
        return hmac.new(self.secret, b"csrf:" + session_id.encode("utf-8"), hashlib.sha256).hexdigest()

    def anonymous(self, session_id: str | None = None) -> dict[str, Any]:
        """A visitor before login: nothing is stored, the id only keys the CSRF token."""
        session_id = session_id or secrets.token_urlsafe(32)
        now = self.clock()
        return {"id": session_id, "u": None, "t": self.token(session_id), "i": now, "a": now, "s": 0.0}

    def new(self, user: str | None, *, stepped_up: bool = False) -> tuple[str, dict[str, Any]]:
        """A fresh session with a fresh id (and so a fresh CSRF token): signed in as ``user``
        (stored), or anonymous (not stored). Nothing from before carries over."""
        if user is None:
            data = self.anonymous()
            return data["id"], data
        now = self.clock()
        session_id = users.start_session(self.store, user, now, stepped_up=stepped_up)
        return session_id, {
            "id": session_id,
            "u": user,
            "t": self.token(session_id),
            "i": now,
            "a": now,
            "s": now if stepped_up else 0.0,
        }

    def read(self, cookie: str | None) -> tuple[dict[str, Any], users.Account | None] | None:
        """The session the cookie names and its account: signed in when the id names a live
        session, else anonymous under the same id; None when there is no usable cookie at all."""
        if not cookie or len(cookie) > MAX_ID_CHARS:
            return None
        found = users.find_session(self.store, cookie, self.clock())
        if found is None:  # never signed in, or the session ended: anonymous from here on
            return self.anonymous(cookie), None
        data = {
            "id": cookie,
            "u": found["account"]["name"],
            "t": self.token(cookie),
            "i": found["started_at"],
            "a": found["last_used_at"],
            "s": found["stepped_up_at"],
        }
        return data, found["account"]

    def touch(self, data: dict[str, Any]) -> None:
        """Record that a signed-in session is in use now, when the last record is stale."""
        now = self.clock()
        if data.get("u") and now - data.get("a", 0) >= self.touch_after:
            users.touch_session(self.store, data["id"], now)
            data["a"] = now

    def stepped_up(self, data: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """The session after its user gave a fresh one-time code (the same id and CSRF token)."""
        now = self.clock()
        users.step_up_session(self.store, data["id"], now)
        return data["id"], {**data, "a": now, "s": now}

    def is_stepped_up(self, data: dict[str, Any]) -> bool:
        return bool(data.get("u")) and bool(self.clock() - data.get("s", 0) <= self.web.step_up_window_s)

    def end(self, data: dict[str, Any]) -> None:
        """Log out: the session ends in the database, so the cookie is worth nothing anywhere."""
        if data.get("u"):
            users.end_session(self.store, data["id"])
