"""Any error a route did not handle becomes a plain 500 answer carrying a correlation id."""

from __future__ import annotations

import json
import logging
import secrets

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("habeas.web")

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
            await send(
                {
                    "type": "http.response.start",
                    "status": 500,
                    "headers": [
                        (b"content-type", kind),
                        (b"content-length", str(len(body)).encode()),
                        (b"x-correlation-id", cid.encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
