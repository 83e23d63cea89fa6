"""The viewer marks a search hit on a scanned page: a crooked scan as a PDF without a text layer,
and the same scan as an image, are read by OCR at intake; in Debian's Chromium, the hit's box is
drawn over the page's picture where the word stands. A multi-page TIFF is shown page by page, and
a hit on its third page is boxed on that page's picture."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from PIL import Image

from browser import chromium, csp_refusals, log_in, open_page, require_chromium, serving, shot
from conftest import ACTOR, intake_options
from habeas import services
from habeas.config import Settings
from habeas.services import Caller, documents, intake
from habeas.services import users as users_service
from scans import LINES, Scan, overlap, scan
from test_protect_keys import FAST_KDF

require_chromium()
pytest.importorskip("playwright.sync_api")

PASSWORD = "a caseworker's long password"


# A scanner's three pages in one TIFF; only the last names the place searched for.
TIFF_PAGES = [
    ["The first page of the register", "lists the names of the guards."],
    ["The second page of the register", "lists the rooms and their numbers."],
    LINES,
]
Scanned = tuple[str, dict[str, str], Scan, list[Scan]]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scanned]:
    if shutil.which("tesseract") is None:
        pytest.fail("Tesseract is part of the test setup (scripts/system-deps.sh ocr)")
    base = tmp_path_factory.mktemp("ocr-viewer")
    page = scan(tilt=2.5)
    page.save_pdf(base / "in" / "scanned.pdf")
    page.save_png(base / "in" / "photo.png")
    tiff = [scan(lines) for lines in TIFF_PAGES]
    first, *rest = (p.image for p in tiff)
    first.save(base / "in" / "register.tiff", save_all=True, append_images=rest, compression="tiff_deflate")
    settings = Settings(store=base / "store", workers=1, kdf=FAST_KDF)
    store = services.open_store(settings)
    report = intake.ingest(Caller(store, ACTOR), [base / "in"], intake_options(source="Scans"), analyse=False)
    assert report.failed == [] and report.needs_ocr == []
    users_service.add_user(Caller(store, ACTOR), "ada", "investigator", PASSWORD)
    ids = {d["file_name"]: d["id"] for d in documents.list_documents(Caller(store))}
    store.close()
    with serving(settings) as url:
        yield url, ids, page, tiff


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
def test_a_hit_on_a_scanned_page_is_boxed_on_its_picture(scanned: Scanned, name: str) -> None:
    url, ids, page, _tiff = scanned
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


def test_each_page_of_a_multipage_tiff_is_shown_and_a_hit_on_the_third_is_boxed_there(scanned: Scanned) -> None:
    url, ids, _page, tiff = scanned
    doc, expected = ids["register.tiff"], tiff[2].box("Kashgar")
    with chromium() as browser, open_page(browser) as tab:
        log_in(tab, url, "ada", PASSWORD, then=f"/documents/{doc}?q=Kashgar", ready="#page-image")
        pictures = [tab.request.get(f"{url}/documents/{doc}/pages/{n}.png") for n in (1, 2, 3, 4)]
        assert [p.status for p in pictures] == [200, 200, 200, 404]
        drawn = [Image.open(io.BytesIO(p.body())) for p in pictures[:3]]
        assert len({d.tobytes() for d in drawn}) == 3  # three pictures, each its own page
        for picture, original in zip(drawn, tiff, strict=True):
            assert picture.width / picture.height == pytest.approx(
                original.image.width / original.image.height, rel=0.01
            )
        hits = [tab.request.get(f"{url}/api/documents/{doc}/pages/{n}/hits?q=Kashgar").json() for n in (1, 2, 3)]
        assert [len(h["boxes"]) for h in hits] == [0, 0, 1]
        assert overlap(hits[2]["boxes"][0], expected) > 0.4, (hits[2], expected)

        tab.wait_for_selector("#boxes[data-page='3'] .box")  # the first hit is on page 3: shown there
        tab.wait_for_function("() => document.getElementById('page-image').complete")
        assert tab.inner_text("#page-number") == "3" and tab.inner_text("#hit-count") == "hit 1 of 1"
        assert tab.get_attribute("#page-image", "src").endswith("/pages/3.png")
        assert overlap(box_on_picture(tab), expected) > 0.4, (box_on_picture(tab), expected)
        shot(tab, "ocr-hit-tiff-page-3")
        tab.click("#page-prev")  # page 2 holds no hit: its picture, and no box
        tab.wait_for_function("() => document.getElementById('page-image').src.endsWith('/pages/2.png')")
        tab.wait_for_function("() => document.getElementById('page-image').complete")
        assert tab.inner_text("#page-number") == "2" and tab.locator("#boxes .box").count() == 0
    assert not csp_refusals(tab.problems), tab.problems
