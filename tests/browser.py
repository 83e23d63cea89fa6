"""What every browser test shares: Debian's Chromium driven by Playwright, a real ``habeas serve``
(uvicorn in a thread) on a free loopback port, and pages that collect the browser's own errors.

Browser test files call :func:`require_chromium` at import time, start a server with
:func:`serving` in a module fixture, and open pages with :func:`chromium` and :func:`open_page`."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from habeas.config import Settings

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def require_chromium() -> None:
    """Skip the calling test module without Debian's Chromium, unless HABEAS_REQUIRE_BROWSER=1 (CI),
    where its absence is an error rather than a quiet skip."""
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("HABEAS_REQUIRE_BROWSER") == "1":
        raise RuntimeError(f"HABEAS_REQUIRE_BROWSER=1 but there is no {CHROMIUM} (scripts/system-deps.sh browser)")
    pytest.skip(f"browser tests need {CHROMIUM}", allow_module_level=True)


@contextmanager
def serving(settings: Settings) -> Iterator[str]:
    """The web app over ``settings``'s store, served by uvicorn on 127.0.0.1 until the block ends;
    yields its base URL once it accepts connections."""
    import uvicorn

    from habeas.web.app import create_app

    # The server is handed a socket already bound here, rather than a port number that is free now: on a
    # busy machine another socket (a client's ephemeral port) could take the port before uvicorn bound it.
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    port = int(listening.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listening]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listening.close()


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium, closed when the block ends."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def csp_refusals(problems: list[str]) -> list[str]:
    """The problems that are the browser refusing something under the Content Security Policy."""
    return [p for p in problems if "Content Security Policy" in p or "Refused" in p]


@contextmanager
def open_page(
    browser: Any,
    *,
    height: int = 900,
    timeout_ms: int = 15_000,
    console: Callable[[str], bool] | None = None,
) -> Iterator[Any]:
    """A page in a fresh context (its own cookies). Uncaught script errors, and console errors that
    ``console`` keeps (all of them by default), are collected in ``page.problems`` for the test to
    check; the context closes when the block ends."""
    context = browser.new_context(viewport={"width": 1280, "height": height}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(timeout_ms)
    problems: list[str] = []
    keep = console or (lambda text: True)
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" and keep(m.text) else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.problems = problems
    try:
        yield page
    finally:
        context.close()


def log_in(
    page: Any, base: str, name: str, password: str, *, totp: str = "", then: str = "/", ready: str = "header nav"
) -> None:
    """Log in through the login form (with a one-time code where the account needs one), then wait
    for ``ready`` on the page it leads to."""
    page.goto(f"{base}/login?next={quote(then, safe='/')}")
    page.fill("#username", name)
    page.fill("#password", password)
    if totp:
        page.fill("#totp", totp)
    page.press("#password", "Enter")
    page.wait_for_selector(ready)


def shot(page: Any, name: str, full_page: bool = False) -> None:
    """Save a screenshot of the page as NAME.png under HABEAS_SCREENSHOTS, when set (how the
    pictures in docs/ are made)."""
    folder = os.environ.get("HABEAS_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=full_page)
