"""Names in the web app, as a person uses it (Debian's Chromium through Playwright, a real server on
127.0.0.1 over a real SQLite store): the Names page, an entity's forms in every script, the search
page's "all spellings and scripts" switch, a query in traditional characters finding a page in
simplified ones, and screening an uploaded list (its results a CSV download; the list itself never
stored)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser import chromium, open_page, require_chromium, serving
from browser import log_in as log_in_as
from conftest import ACTOR, ingest
from habeas import services
from habeas.config import Settings
from habeas.services import Caller, users

USERS = {"ina": ("investigator", "ina's long password"), "rea": ("reader", "rea's long password")}
DOCS = {
    "zh_report.txt": "2014年9月23日，乌鲁木齐市中级人民法院判处维吾尔族学者伊力哈木·土赫提无期徒刑。"
    "伊力哈木·土赫提曾任教于中央民族大学。\n",
    "ug_testimony.txt": "ئىلھام توختى 2014-يىلى 23-سېنتەبىر ئۈرۈمچىدە مۇددەتسىز قاماق جازاسىغا ھۆكۈم قىلىندى.\n",
    "en_note.txt": "In September 2014 a court in Urumqi sentenced the economist Ilham Tohti to life in prison.\n",
    "zh_telegram.txt": "朱海仑签发了这份电报。朱海仑时任自治区政法委书记。\n",
    "en_other.txt": "Gulshan Abbas was detained in Urumqi in 2018, her sister said.\n",
}
SECRET_NAME = "Zorgulwordy Qasimjanov"  # on the screened list only: it must not be kept anywhere

require_chromium()
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    base = tmp_path_factory.mktemp("names-web")
    docs = base / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    settings = Settings(store=base / "store", workers=1)
    store = services.open_store(settings)
    ingest(store, docs)
    for name, (role, password) in USERS.items():
        users.add_user(Caller(store, ACTOR), name, role, password)
    store.close()
    with serving(settings) as url:
        yield url, base / "store"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as browser:
        yield browser


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    with open_page(browser, height=800, timeout_ms=20_000, console=lambda text: False) as page:
        yield page
    assert not page.problems, page.problems


def log_in(page: Any, server: str, name: str, then: str) -> None:
    log_in_as(page, server, name, USERS[name][1], then=then)


def test_names_page_finds_the_person_in_every_script(page: Any, served: tuple[str, Path]) -> None:
    server, _ = served
    log_in(page, server, "rea", "/names")
    with page.expect_navigation():  # the link reloads /names: type only into the page it loads
        page.click("header nav >> text=Names")
    page.fill("#name-q", "Ilham Tohti")
    page.press("#name-q", "Enter")
    page.wait_for_selector("#name-people .match")
    first = page.locator("#name-people .match").first
    text = first.inner_text()
    assert "伊力哈木·土赫提" in text and "ئىلھام توختى" in text  # one person, three scripts
    assert first.locator(".named-in li").count() == 3  # with links to the three documents
    assert "ئىلھام" in page.inner_text("#name-forms")
    assert page.locator("#screen").count() == 0  # a reader may not screen lists
    # the person's page shows the forms in every script
    first.locator("a.ent").click()
    page.wait_for_selector("#forms-list")
    forms = page.inner_text("#forms-list")
    assert "Chinese characters" in forms and "伊力哈木·土赫提" in forms
    assert "Uyghur Arabic script" in forms and "ئىلھام توختى" in forms


def test_search_switch_turns_the_query_into_a_name_search(page: Any, served: tuple[str, Path]) -> None:
    server, _ = served
    log_in(page, server, "rea", "/search?q=Ilham+Tohti")
    page.wait_for_selector("#all-spellings")
    page.click("#all-spellings")
    page.wait_for_url("**q=name*")
    page.wait_for_selector(".hit")
    assert page.input_value("#q") == 'name:"Ilham Tohti"'
    titles = " ".join(page.locator(".hit").all_inner_texts())
    assert "伊力哈木·土赫提" in titles and "ئىلھام توختى" in titles and "Ilham Tohti" in titles
    assert "Gulshan" not in titles and "朱海仑" not in titles


def test_screening_an_uploaded_list(page: Any, served: tuple[str, Path], tmp_path: Path) -> None:
    server, store_path = served
    listed = tmp_path / "families.csv"
    listed.write_text(f"name,phone\nIlham Tohti,555-0101\nZhu Hailun,555-0102\n{SECRET_NAME},555-0103\n")
    log_in(page, server, "ina", "/names")
    page.wait_for_selector("#screen-form")
    page.set_input_files("#screen-file", str(listed))
    with page.expect_download() as download:
        page.click("#screen-button")
    got = Path(download.value.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(got)))
    by_query: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        by_query.setdefault(r["query"], []).append(r)
    assert set(by_query) == {"Ilham Tohti", "Zhu Hailun", SECRET_NAME}
    assert by_query["Ilham Tohti"][0]["kind"] == "entity" and "伊力哈木·土赫提" in got
    assert by_query["Zhu Hailun"][0]["kind"] == "entity"
    assert not by_query[SECRET_NAME][0]["kind"]  # no match: one empty row
    assert "555-01" not in got  # never other cells of the list
    # the list is not kept: no trace of the name in the store's files, and both audit entries hold counts
    for f in store_path.rglob("*"):
        if f.is_file() and f.stat().st_size < 50_000_000:
            assert SECRET_NAME.encode() not in f.read_bytes(), f
    import sqlite3

    db = sqlite3.connect(store_path / "habeas.db")
    try:
        actions = dict(db.execute("SELECT action, details FROM audit_log WHERE actor = 'ina'").fetchall())
    finally:
        db.close()
    assert {"names.screen", "export.names_screen"} <= set(actions)
    assert json.loads(actions["names.screen"])["count"] == 3
    assert json.loads(actions["export.names_screen"])["names"] == 3


def test_a_query_in_traditional_characters_finds_and_marks_the_simplified_page(
    page: Any, served: tuple[str, Path]
) -> None:
    server, _ = served
    log_in(page, server, "rea", "/search")
    page.fill("#q", "朱海崙 簽發")  # the telegram writes 朱海仑签发
    page.press("#q", "Enter")
    page.wait_for_selector(".hit mark")
    assert page.inner_text("#total") == "1"
    assert page.locator(".hit mark").all_inner_texts()[:2] == ["朱海仑", "签发"]
    page.locator(".hit-title").first.click()
    page.wait_for_selector(".pages mark.hit")
    assert "朱海仑" in page.locator(".pages mark.hit").all_inner_texts()
