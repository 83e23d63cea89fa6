"""Sends the session cookie the request's guard made with the response."""

from __future__ import annotations

from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send


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
                visitor = scope.get("state", {}).get("visitor")
                cookie = getattr(visitor, "new_cookie", None)
                headers = list(message.get("headers", []))
                own = any(k.lower() == b"set-cookie" and v.startswith(self.prefix) for k, v in headers)
                if cookie and not own:
                    headers.append((b"set-cookie", self.header(cookie)))
                    message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_cookie)
