"""Correcting the analysis in a real browser (Chromium, a real server over a SQLite store): dismiss a
claim and an event after a confirmation, rename an entity, see what was done, restore; readers see
no correction buttons."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from browser import chromium, log_in, open_page, require_chromium, serving
from conftest import ACTOR, Make, ingest
from habeas import services
from habeas.config import Settings
from habeas.services import Caller, analysis, users
from test_corrections import REPORT
from test_protect_keys import FAST_KDF

USERS = {"rita": ("reviewer", "rita's long password"), "rex": ("reader", "rex's long password")}

require_chromium()
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
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
    with serving(settings) as url:
        yield url, bureau


def _confirm(page: Any, heading: str) -> str:
    page.wait_for_selector("#correct-yes")
    assert heading in page.inner_text("h1")
    page.click("#correct-yes")
    page.wait_for_selector("#done")
    return str(page.inner_text("#done"))


def test_dismiss_rename_and_restore_in_the_browser(server: tuple[str, str]) -> None:
    url, bureau = server
    with chromium() as browser, open_page(browser) as page:
        log_in(page, url, "rita", USERS["rita"][1], then="/claims")
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
        problems = list(page.problems)

        with open_page(browser) as page:
            log_in(page, url, "rex", USERS["rex"][1], then="/claims")  # a reader corrects nothing
            page.wait_for_selector(".claim-group")
            assert page.locator("a.dismiss").count() == 0
            more = list(page.problems)  # what follows is refused on purpose
            assert page.goto(url + "/corrections/confirm?kind=claim&ref=x").status == 403
    assert not problems + more, problems + more
