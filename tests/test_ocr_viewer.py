"""The viewer marks a search hit on a scanned page: a crooked scan as a PDF without a text layer,
and the same scan as an image, are read by OCR at intake; in Debian's Chromium, the hit's box is
drawn over the page's picture where the word stands."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from browser import chromium, csp_refusals, log_in, open_page, require_chromium, serving, shot
from conftest import ACTOR, intake_options
from habeas import services
from habeas.config import Settings
from habeas.services import Caller, documents, intake
from habeas.services import users as users_service
from scans import Scan, overlap, scan
from test_protect_keys import FAST_KDF

require_chromium()
pytest.importorskip("playwright.sync_api")

PASSWORD = "a caseworker's long password"


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str], Scan]]:
    if shutil.which("tesseract") is None:
        pytest.fail("Tesseract is part of the test setup (scripts/system-deps.sh ocr)")
    base = tmp_path_factory.mktemp("ocr-viewer")
    page = scan(tilt=2.5)
    page.save_pdf(base / "in" / "scanned.pdf")
    page.save_png(base / "in" / "photo.png")
    settings = Settings(store=base / "store", workers=1, kdf=FAST_KDF)
    store = services.open_store(settings)
    report = intake.ingest(Caller(store, ACTOR), [base / "in"], intake_options(source="Scans"), analyse=False)
    assert report.failed == [] and report.needs_ocr == []
    users_service.add_user(Caller(store, ACTOR), "ada", "investigator", PASSWORD)
    ids = {d["file_name"]: d["id"] for d in documents.list_documents(Caller(store))}
    store.close()
    with serving(settings) as url:
        yield url, ids, page


def box_on_picture(browser_page: Any) -> tuple[float, float, float, float]:
    """The hit's box as fractions of the page's picture, measured where the browser drew both."""
    picture = browser_page.locator("#page-image").bounding_box()
    mark = browser_page.locator("#boxes .box").bounding_box()
    return (
        (mark["x"] - picture["x"]) / picture["width"],
        (mark["y"] - picture["y"]) / picture["height"],
        (mark["x"] + mark["width"] - picture["x"]) / picture["width"],
        (mark["y"] + mark["height"] - picture["y"]) / picture["height"],
    )


@pytest.mark.parametrize("name", ["scanned.pdf", "photo.png"])
def test_a_hit_on_a_scanned_page_is_boxed_on_its_picture(scanned: tuple[str, dict[str, str], Scan], name: str) -> None:
    url, ids, page = scanned
    with chromium() as browser, open_page(browser) as tab:
        log_in(tab, url, "ada", PASSWORD, then=f"/documents/{ids[name]}?q=Kashgar", ready="#page-image")
        tab.wait_for_selector("#boxes[data-page='1'] .box")
        tab.wait_for_function("() => document.getElementById('page-image').complete")
        assert tab.locator("#boxes .box").count() == 1
        assert tab.inner_text("#hit-count") == "hit 1 of 1"
        drawn = box_on_picture(tab)
        shot(tab, f"ocr-hit-{name.replace('.', '-')}")
        assert overlap(drawn, page.box("Kashgar")) > 0.4, (drawn, page.box("Kashgar"))
    assert not csp_refusals(tab.problems), tab.problems
