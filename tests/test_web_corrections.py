"""Correcting the analysis in a real browser (Chromium, a real server over a SQLite store): dismiss a
claim and an event after a confirmation, rename an entity, see what was done, restore; readers see
no correction buttons."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import ACTOR, Make, ingest
from habeas import services
from habeas.config import Settings
from habeas.services import Caller, analysis, users
from habeas.web.app import create_app
from test_corrections import REPORT
from test_protect_keys import FAST_KDF

CHROMIUM = "/usr/bin/chromium"
USERS = {"rita": ("reviewer", "rita's long password"), "rex": ("reader", "rex's long password")}
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-sync"]

if not Path(CHROMIUM).exists():
    if os.environ.get("HABEAS_REQUIRE_BROWSER") == "1":
        raise RuntimeError(f"HABEAS_REQUIRE_BROWSER=1 but there is no {CHROMIUM} (scripts/system-deps.sh browser)")
    pytest.skip(f"browser tests need {CHROMIUM}", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    import socket

    import uvicorn

    base = tmp_path_factory.mktemp("corrections-web")
    settings = Settings(store=base / "store", workers=1, kdf=FAST_KDF)
    Make.text(base / "in" / "report.txt", REPORT)
    store = services.open_store(settings)
    ingest(store, base / "in")
    owner = Caller(store, ACTOR)
    for name, (role, password) in USERS.items():
        users.add_user(owner, name, role, password)
    bureau = next(e["id"] for e in analysis.list_entities(owner) if e["name"] == "Kashgar Public Security Bureau")
    store.close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", bureau
    server.should_exit = True
    thread.join(timeout=10)


def _log_in(browser: Any, server: str, name: str, then: str) -> tuple[Any, Any, list[str]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.goto(server + "/login?next=" + then)
    page.fill("#username", name)
    page.fill("#password", USERS[name][1])
    page.press("#password", "Enter")
    page.wait_for_selector("header nav")
    return context, page, problems


def _confirm(page: Any, heading: str) -> str:
    page.wait_for_selector("#correct-yes")
    assert heading in page.inner_text("h1")
    page.click("#correct-yes")
    page.wait_for_selector("#done")
    return str(page.inner_text("#done"))


def test_dismiss_rename_and_restore_in_the_browser(server: tuple[str, str]) -> None:
    url, bureau = server
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        context, page, problems = _log_in(browser, url, "rita", "/claims")
        page.wait_for_selector(".claim-group")
        page.locator(".claim-group", has_text="12 pages").locator("summary").click()  # the sentences
        page.locator("li", has_text="12 pages").locator("a.dismiss").click()
        assert "Dismissed the claim" in _confirm(page, "Dismiss this claim?")
        page.goto(url + "/claims")
        page.wait_for_selector(".claim-group")
        assert "12 pages were missing" not in page.content() and "About 300 people" in page.content()

        page.goto(url + "/timeline")
        page.locator("li", has_text="sentenced in Urumqi").locator("a.dismiss").click()
        assert "Dismissed the event" in _confirm(page, "Dismiss this event?")
        page.goto(url + "/timeline")
        assert "sentenced in Urumqi" not in page.content()

        page.goto(url + f"/entities/{bureau}")
        page.fill(f"#rename-{bureau}", "Kashgar City Public Security Bureau")
        page.locator("form.rename button").click()
        assert "Renamed the entity" in _confirm(page, "Rename")
        page.goto(url + f"/entities/{bureau}")
        assert "Kashgar City Public Security Bureau" in page.inner_text("h1")

        page.goto(url + "/corrections")
        assert page.locator("#corrections tbody tr").count() == 3
        page.locator("tr", has_text="12 pages").locator("button.restore").click()
        page.wait_for_selector("#done")
        assert "Restored the claim" in page.inner_text("#done")
        assert page.locator("#corrections tbody tr").count() == 2
        page.goto(url + "/claims")
        assert "12 pages were missing" in page.content()
        context.close()

        context, page, more = _log_in(browser, url, "rex", "/claims")  # a reader corrects nothing
        page.wait_for_selector(".claim-group")
        assert page.locator("a.dismiss").count() == 0
        more = list(more)  # what follows is refused on purpose
        assert page.goto(url + "/corrections/confirm?kind=claim&ref=x").status == 403
        context.close()
        browser.close()
    assert not problems + more, problems + more
