"""The document viewer: the original beside the text (PDF pages and pictures drawn by the server,
e-mails with headers, attachments and thread, spreadsheets as tables), search hits marked in the
text and on the page picture with next and previous; and an upload's custody keeping the sender's
file path. TestClient and Debian's Chromium over one real SQLite store."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from browser import chromium, csp_refusals, log_in, open_page, require_chromium, serving
from conftest import ACTOR, Make, intake_options
from habeas import services
from habeas.config import Settings
from habeas.services import Caller, documents, intake
from habeas.services import users as users_service
from test_protect_keys import FAST_KDF
from webclient import in_process_client

PASSWORD = "ada's long password"
PNG = b"\x89PNG\r\n\x1a\n"
PAGES = [
    "Directive on camp discipline.\nThe camps hold detainees.",
    "Nothing to see on this page.",
    "Rules of the camp, third page.\nCamp guards report daily.",
]


@pytest.fixture(scope="module")
def store_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Settings, dict[str, str]]]:
    base = tmp_path_factory.mktemp("viewer")
    files = base / "in"
    Make.pdf(files / "directive.pdf", PAGES, title="Directive")
    Make.png(files / "photo.png", "camp gate")
    (files / "drawing.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><text>camp</text></svg>')
    Make.eml(files / "first.eml", "Camp transfer", "The transfer happened.", {"list.txt": b"names of the transferred"})
    Make.eml(files / "reply.eml", "Re: Camp transfer", "Confirmed.", {})
    Make.xlsx(files / "roster.xlsx", {"Guards": [["name", "post"], ["Guard A", "Gate"], ["Guard B", "Tower"]]})
    settings = Settings(store=base / "store", workers=1, kdf=FAST_KDF)
    store = services.open_store(settings)
    intake.ingest(Caller(store, ACTOR), [files], intake_options(source="Leak"), analyse=False)
    users_service.add_user(Caller(store, ACTOR), "ada", "investigator", PASSWORD)
    ids = {d["file_name"]: d["id"] for d in documents.list_documents(Caller(store))}
    store.close()
    yield settings, ids


@pytest.fixture(scope="module")
def app_client(store_settings: tuple[Settings, dict[str, str]]) -> Iterator[TestClient]:
    with in_process_client(store_settings[0]) as client:
        r = client.post("/api/login", json={"username": "ada", "password": PASSWORD})
        assert r.status_code == 200, r.text
        client.headers["X-CSRF-Token"] = r.json()["csrf_token"]
        yield client


def test_pdf_pages_are_drawn_once_and_kept_in_the_store(app_client: TestClient, store_settings: Any) -> None:
    settings, ids = store_settings
    r = app_client.get(f"/documents/{ids['directive.pdf']}/pages/1.png")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png" and r.content.startswith(PNG)
    kept = list((settings.store / documents.PAGE_CACHE).rglob("1.png"))
    assert len(kept) == 1 and kept[0].read_bytes() == r.content
    kept[0].write_bytes(PNG + b"kept")  # the next request is answered from the store, not drawn again
    assert app_client.get(f"/documents/{ids['directive.pdf']}/pages/1.png").content == PNG + b"kept"
    kept[0].unlink()
    assert app_client.get(f"/documents/{ids['directive.pdf']}/pages/4.png").status_code == 404
    assert app_client.get(f"/documents/{ids['directive.pdf']}/pages/0.png").status_code == 404
    assert app_client.get(f"/documents/{ids['roster.xlsx']}/pages/1.png").status_code == 404  # shown as a table
    assert app_client.get(f"/documents/{ids['drawing.svg']}/pages/1.png").status_code == 404  # never an SVG
    app_client.cookies.clear()
    assert app_client.get(f"/documents/{ids['directive.pdf']}/pages/1.png").status_code == 303  # log in first


def test_images_are_redrawn_never_sent_inline(app_client: TestClient, store_settings: Any) -> None:
    _settings, ids = store_settings
    _login(app_client)
    r = app_client.get(f"/documents/{ids['photo.png']}/pages/1.png")
    assert r.status_code == 200 and r.content.startswith(PNG)
    original = app_client.get(f"/documents/{ids['photo.png']}/original")
    assert r.content != original.content  # the pixels, re-encoded: nothing of the file's own bytes
    assert original.headers["content-disposition"].startswith("attachment")
    assert "sandbox" in original.headers["content-security-policy"]
    page = app_client.get(f"/documents/{ids['photo.png']}").text
    assert f'src="/documents/{ids["photo.png"]}/pages/1.png"' in page
    assert f'href="/documents/{ids["photo.png"]}/original"' in page  # the file itself: a download link only
    assert f'src="/documents/{ids["photo.png"]}/original' not in page


def test_a_read_only_store_draws_pages_without_keeping_them(store_settings: Any) -> None:
    settings, ids = store_settings
    store = services.open_store(settings, read_only=True)
    try:
        assert documents.page_image(Caller(store), ids["directive.pdf"], 2).startswith(PNG)
    finally:
        store.close()
    assert not list((settings.store / documents.PAGE_CACHE).rglob("2.png"))


def test_hits_are_marked_in_the_text_and_boxed_on_the_page(app_client: TestClient, store_settings: Any) -> None:
    _settings, ids = store_settings
    _login(app_client)
    doc = ids["directive.pdf"]
    page = app_client.get(f"/documents/{doc}", params={"q": "camps"}).text
    assert page.count('<mark class="hit first">') == 4  # "camp" and "camps" on page 1, twice on page 3
    assert "hit 1 of 4" in page
    boxes = app_client.get(f"/api/documents/{doc}/pages/1/hits", params={"q": "camps"}).json()["boxes"]
    assert len(boxes) == 2 and all(
        0 <= left < right <= 1 and 0 <= top < bottom <= 1 for left, top, right, bottom in boxes
    )
    assert app_client.get(f"/api/documents/{doc}/pages/2/hits", params={"q": "camps"}).json()["boxes"] == []
    assert app_client.get(f"/api/documents/{doc}/pages/1/hits", params={"q": "detainees -camps"}).json()["boxes"]
    assert documents.term_spans("The camps; a camp. Campaign? encamped", "camps") == [(4, 9), (13, 17), (19, 27)]
    assert documents.term_spans("hold the camp rules", '"camp rules" source:Leak') == [(9, 19)]
    assert documents.term_spans("in the camps", "NOT camps") == []


def test_emails_show_headers_attachments_and_thread(app_client: TestClient, store_settings: Any) -> None:
    _settings, ids = store_settings
    _login(app_client)
    page = app_client.get(f"/documents/{ids['reply.eml']}").text
    assert "witness@example.org" in page and "Re: Camp transfer" in page
    thread = page.split('id="thread"')[1].split("</ol>")[0]
    assert ids["first.eml"] in thread and ids["reply.eml"] in thread
    first = app_client.get(f"/documents/{ids['first.eml']}").text
    assert "list.txt" in first.split('id="attachments"')[1].split("</ul>")[0]


def test_spreadsheets_show_as_tables(app_client: TestClient, store_settings: Any) -> None:
    _settings, ids = store_settings
    _login(app_client)
    page = app_client.get(f"/documents/{ids['roster.xlsx']}").text
    table = page.split('class="sheet-table"')[1].split("</table>")[0]
    assert '<th scope="col">post</th>' in table and "<td>Guard B</td><td>Tower</td>" in table


def test_an_upload_keeps_the_senders_file_path(app_client: TestClient, store_settings: Any) -> None:
    settings, _ids = store_settings
    _login(app_client)
    files = [
        ("files", ("a.txt", b"first file from a folder on the camp", "text/plain")),
        ("files", ("a.txt", b"second file, same name, another folder", "text/plain")),
    ]
    paths = {"paths": ["Leak/2017/a.txt", "Leak/2018/a.txt"]}
    refused = app_client.post("/api/uploads", files=files, data={"paths": ["only/one.txt"]})
    assert refused.status_code == 400 and "paths for 2 files" in refused.json()["detail"]
    r = app_client.post("/api/uploads", files=files, data={**paths, "source": "Upload test"})
    assert r.status_code == 202, r.text
    job = r.json()["id"]
    deadline = time.monotonic() + 60
    while (status := app_client.get(f"/api/uploads/{job}").json())["state"] in ("queued", "running"):
        assert time.monotonic() < deadline
        time.sleep(0.2)
    assert status["state"] == "finished" and len(status["new"]) == 2, status
    store = services.open_store(settings)
    try:
        custody = [documents.show_document(Caller(store), d["id"])["custody"][0] for d in status["new"]]
    finally:
        store.close()
    assert sorted(c["original_path"] for c in custody) == ["Leak/2017/a.txt", "Leak/2018/a.txt"]
    assert {c["original_name"] for c in custody} == {"a.txt"}
    assert intake.client_path("C:\\Users\\w\\Desktop\\scan\x07.pdf") == "C:/Users/w/Desktop/scan\ufffd.pdf"


def _login(client: TestClient) -> None:
    r = client.post("/api/login", json={"username": "ada", "password": PASSWORD})
    assert r.status_code == 200, r.text
    client.headers["X-CSRF-Token"] = r.json()["csrf_token"]


# -- in the browser ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(store_settings: Any) -> Iterator[str]:
    require_chromium()
    with serving(store_settings[0]) as url:
        yield url


def test_the_viewer_in_a_browser(server: str, store_settings: Any) -> None:
    pytest.importorskip("playwright.sync_api")
    doc = store_settings[1]["directive.pdf"]
    with chromium() as browser, open_page(browser) as page:
        log_in(page, server, "ada", PASSWORD, then=f"/documents/{doc}?q=camps", ready="#page-image")
        page.wait_for_selector("#page-image")
        page.wait_for_selector("#boxes[data-page='1'] .box")  # the hits, boxed on the page's picture
        # the picture may still be on its way when its hits' boxes are (drawn once, on a busy machine)
        page.wait_for_function("() => document.querySelector('#page-image').complete")
        assert page.eval_on_selector("#page-image", "img => img.naturalWidth") > 500
        assert page.locator("#boxes .box").count() == 2
        assert page.inner_text("#hit-count") == "hit 1 of 4"
        assert page.locator("mark.hit.current").inner_text().lower() == "camp"
        page.click("#hit-next")
        assert page.inner_text("#hit-count") == "hit 2 of 4"
        page.click("#hit-next")  # the third hit is on page 3: the picture follows it
        assert page.inner_text("#hit-count") == "hit 3 of 4"
        page.wait_for_selector("#boxes[data-page='3'] .box")
        assert page.inner_text("#page-number") == "3"
        assert page.get_attribute("#page-image", "src") == f"/documents/{doc}/pages/3.png"
        page.keyboard.press("n")
        page.keyboard.press("n")  # past the last hit: back to the first
        assert page.inner_text("#hit-count") == "hit 1 of 4"
        page.click("#hit-prev")
        assert page.inner_text("#hit-count") == "hit 4 of 4"
        page.click("#page-prev")
        assert page.inner_text("#page-number") == "2"
        page.goto("about:blank")
        page.goto(f"{server}/documents/{doc}?q=camps#page-3")  # a search result's page: its first hit
        page.wait_for_selector("#boxes[data-page='3'] .box")
        assert page.inner_text("#hit-count") == "hit 3 of 4" and page.inner_text("#page-number") == "3"
    assert not csp_refusals(page.problems), page.problems
