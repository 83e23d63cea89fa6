"""``habeas serve``: the web app over the case store, under uvicorn. The app is named by its import
string, so the CLI never loads the web app itself; each server process builds it from the store
that ``HABEAS_STORE`` names."""

from __future__ import annotations

import os
from typing import Annotated, Any

import typer
from rich.markup import escape

from habeas import services
from habeas.cli.common import err, settings
from habeas.cli.server_processes import ServerProcesses, balanced_sockets_supported

WEB_APP = "habeas.web.app:app_from_environment"


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Server processes (one per CPU core serves the most).")] = 1,
) -> None:
    """Serve the web app over the case store."""
    import uvicorn

    config = settings()
    err.print(f"serving {escape(str(config.store))} at http://{host}:{port}")
    services.open_store(config).close()  # migrate once, before the server processes start
    os.environ["HABEAS_STORE"] = str(config.store.resolve())
    # proxy_headers off: uvicorn would otherwise take X-Forwarded-For from any peer on 127.0.0.1 as
    # the client's address; the app reads it itself, from HABEAS_TRUSTED_PROXIES only.
    options: dict[str, Any] = {
        "app": WEB_APP,
        "factory": True,
        "log_level": "warning",
        "access_log": False,
        "proxy_headers": False,
    }
    if workers > 1 and balanced_sockets_supported():
        ServerProcesses(options, host, port, workers).run()  # a socket per process: connections spread evenly
        return
    uvicorn.run(**options, workers=max(1, workers), host=host, port=port)
