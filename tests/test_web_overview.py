"""The case overview at ``/`` and the document browser at ``/documents``: through FastAPI's
TestClient over real stores (SQLite and PostgreSQL), and in Debian's Chromium over a real server."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from browser import chromium, csp_refusals, log_in, open_page, require_chromium, serving
from conftest import ACTOR, Make, intake_options, module_store_fixture
from habeas.services import Caller, documents, intake
from habeas.services import users as users_service
from habeas.store.store import Store
from webclient import api_login, in_process_client

PASSWORDS = {"ada": "ada's long password", "rex": "rex's long password"}


def make_files(folder: Path) -> Path:
    """A small leak: reports in nested folders, a PDF, a damaged PDF, and a witness's note."""
    leak = folder / "leak"
    for year in (2017, 2018):
        for n in range(3):
            Make.text(leak / "Reports" / str(year) / f"report-{year}-{n}.txt", f"Report {n} of {year} on the camps.")
    Make.pdf(leak / "Directives" / "directive.pdf", ["Directive on camp discipline.", "Second page."])
    Make.text(leak / "Directives" / "damaged.pdf", "%PDF-1.4 cut short")
    Make.text(folder / "witness" / "statement.txt", "A statement about the camps in Kashgar.")
    return folder


def fill(store: Store, folder: Path) -> Store:
    """The files taken in, their analysis left for later (the overview says they are waiting)."""
    files = make_files(folder)
    for name, source in (("leak", "Leak"), ("witness", "Witness")):
        intake.ingest(Caller(store, ACTOR), [files / name], intake_options(source=source, grade="B"), analyse=False)
    users_service.add_user(Caller(store, ACTOR), "ada", "investigator", PASSWORDS["ada"])
    users_service.add_user(Caller(store, ACTOR), "rex", "reader", PASSWORDS["rex"])
    return store


case_store = module_store_fixture(workers=1)


@pytest.fixture(scope="module")
def app_client(case_store: Store) -> Iterator[TestClient]:
    with in_process_client(case_store.settings) as client:
        yield client


@pytest.fixture
def client(app_client: TestClient) -> TestClient:
    app_client.cookies.clear()
    return app_client


def login(client: TestClient, name: str) -> str:
    return api_login(client, name, PASSWORDS[name])


def words(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_overview_is_the_home_page(client: TestClient, case_store: Store) -> None:
    assert client.get("/").status_code == 303  # an anonymous visitor: to the login page
    login(client, "rex")
    r = client.get("/")
    assert r.status_code == 200
    text = words(r.text)
    assert re.search(r"\b9 documents\b", text), text[:400]
    by_source = words(r.text.split('id="by_source"')[1].split("</section>")[0])
    assert re.search(r"Leak \d* ?8\b", by_source) and re.search(r"Witness 1\b", by_source)
    failed = r.text.split('id="failed"')[1].split("</section>")[0]
    assert "damaged.pdf" in failed and "damaged or truncated PDF" in failed
    assert "Retry" not in failed  # a reader may not take files in again
    for link in ("/search", "/names", "/entities", "/claims", "/timeline", "/documents", "/exports"):
        assert f'href="{link}"' in r.text
    activity = r.text.split('id="activity"')[1].split("</section>")[0]
    assert "document.ingest" in activity or "custody.record" in activity, words(activity)
    # the names of the fields an entry touched (a batch of files: its documents and custody), never their values
    assert "documents" in words(activity) and "custody" in words(activity)
    assert "/tmp" not in activity and "Leak" not in words(activity) and "damaged.pdf" not in activity


def test_overview_retries_a_failed_file(client: TestClient, case_store: Store) -> None:
    damaged = next(d for d in documents.list_documents(Caller(case_store)) if d["file_name"] == "damaged.pdf")
    token = login(client, "rex")
    assert client.post(f"/documents/{damaged['id']}/retry", data={"csrf_token": token}).status_code == 403
    token = login(client, "ada")
    assert client.post(f"/documents/{damaged['id']}/retry", data={"csrf_token": "wrong"}).status_code == 403
    r = client.post(f"/documents/{damaged['id']}/retry", data={"csrf_token": token})
    assert r.status_code == 303 and r.headers["location"].startswith(f"/?retried={damaged['id']}")
    shown = client.get(r.headers["location"]).text
    assert "Retry" in shown and "damaged or truncated PDF" in shown  # still unreadable, and says why
    after = documents.show_document(Caller(case_store), damaged["id"])
    assert len(after["custody"]) == 1 and after["custody"][0]["original_path"].endswith("damaged.pdf")
    ok = next(d for d in documents.list_documents(Caller(case_store)) if d["file_name"] == "statement.txt")
    r = client.post(
        f"/api/documents/{ok['id']}/retry", headers={"X-CSRF-Token": token, "Content-Type": "application/json"}
    )
    assert r.status_code == 400 and "did not fail" in r.json()["detail"]


def test_intake_panel_refreshes_itself_while_something_comes_in(client: TestClient, case_store: Store) -> None:
    login(client, "rex")
    r = client.get("/overview/intake")
    assert r.status_code == 200 and "intake-panel" in r.text
    assert re.search(r"\b8 of 9 documents waiting for analysis", words(r.text))  # the damaged one is not read
    assert 'hx-get="/overview/intake"' in r.text and "hx-trigger" in r.text


@pytest.mark.parametrize("sort", ["date", "title", "size", "name"])
def test_browser_pages_through_every_document_once(client: TestClient, case_store: Store, sort: str) -> None:
    login(client, "rex")
    every = {d["id"] for d in documents.list_documents(Caller(case_store))}
    for order in ("asc", "desc"):
        pages: list[list[str]] = []
        after: str | None = None
        while True:
            r = client.get(
                "/api/documents",
                params={"sort": sort, "order": order, "limit": 2, **({"after": after} if after else {})},
            )
            assert r.status_code == 200, r.text
            got = r.json()
            assert got["total"] == len(every)
            pages.append([d["id"] for d in got["documents"]])
            after = got["next"]
            if not after:
                break
        seen = [i for p in pages for i in p]
        assert sorted(seen) == sorted(every) and len(seen) == len(set(seen)), (sort, order)
        key = {"date": "created_at", "title": "title", "size": "size", "name": "file_name"}[sort]
        rows = {d["id"]: d for d in documents.list_documents(Caller(case_store))}
        values = [rows[i][key] for i in seen] if key != "created_at" else None
        if values is not None and key == "size":
            assert values == sorted(values, reverse=order == "desc")
        # and back again, page by page, from the last
        before = got["previous"]
        for expected in reversed(pages[:-1]):
            r = client.get("/api/documents", params={"sort": sort, "order": order, "limit": 2, "before": before})
            assert [d["id"] for d in r.json()["documents"]] == expected
            before = r.json()["previous"]
        assert before is None


def test_browser_filters_by_folder_type_source_and_state(client: TestClient) -> None:
    login(client, "rex")

    def total(**params: Any) -> int:
        r = client.get("/api/documents", params=params)
        assert r.status_code == 200, r.text
        return int(r.json()["total"])

    top = client.get("/api/documents").json()["folders"]
    leak = next(f for f in top if f["name"] == "leak")
    assert leak["documents"] == 8
    reports = next(
        f
        for f in client.get("/api/documents", params={"folder": leak["path"]}).json()["folders"]
        if f["name"] == "Reports"
    )
    assert total(folder=reports["path"]) == 6 and total(folder=reports["path"] + "/2017") == 3
    assert total(type="pdf") == 2 and total(source="Witness") == 1 and total(status="error") == 1
    assert total(source="Leak", type="text") == 6
    assert client.get("/api/documents", params={"sort": "colour"}).status_code == 422
    assert client.get("/api/documents", params={"after": "not-a-cursor"}).status_code == 400
    page = client.get("/documents", params={"folder": reports["path"], "sort": "title", "order": "asc"})
    assert page.status_code == 200 and "report-2017-0.txt" in page.text and "statement.txt" not in page.text
    assert re.search(r"\b6\s+documents\b", words(page.text))


# -- in the browser ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(case_store: Store) -> Iterator[str]:
    """A real server over the SQLite store the tests above read (once is enough in a browser)."""
    require_chromium()
    if case_store.settings.database_url:
        pytest.skip("the browser tests run over the SQLite store")
    with serving(case_store.settings) as url:
        yield url


@pytest.fixture
def page(server: str) -> Iterator[Any]:
    pytest.importorskip("playwright.sync_api")
    with chromium() as browser, open_page(browser) as page:
        log_in(page, server, "ada", PASSWORDS["ada"], ready="#doc-total")
        yield page
    assert not csp_refusals(page.problems), page.problems


def test_overview_and_browser_in_a_browser(page: Any, server: str) -> None:
    assert page.url.rstrip("/") == server  # the overview is home: no redirect to search
    assert re.search(r"\b9 documents\b", page.inner_text("#doc-total"))
    assert "damaged.pdf" in page.inner_text("#failed")
    page.locator("#by_type a", has_text="pdf").click()  # a count leads to the documents it counts
    page.wait_for_selector("#doclist")
    assert page.inner_text("#total") == "2"
    page.goto(server + "/documents")
    page.locator("#folders a", has_text="leak").click()
    page.wait_for_selector(".crumbs >> text=leak")
    page.locator("#folders a", has_text="Reports").click()
    page.wait_for_selector("#total:text-is('6')")
    page.locator("th a.sort", has_text="Title").click()  # titles from A, then a second click: from Z
    page.wait_for_selector("th[aria-sort='ascending'] >> text=Title")
    titles = page.locator("#doclist tbody tr td:first-child a").all_inner_texts()
    assert titles == sorted(titles) and len(titles) == 6
    page.locator("th a.sort", has_text="Title").click()
    page.wait_for_selector("th[aria-sort='descending'] >> text=Title")
    assert page.locator("#doclist tbody tr td:first-child a").all_inner_texts() == sorted(titles, reverse=True)
    page.locator("#doclist tbody a").first.click()
    page.wait_for_selector(".custody")
    assert "Report" in page.inner_text("#text")
