"""The investigator's workbench in the browser (Debian's Chromium, driven by Playwright, against a
real server over a SQLite store): search by document with its pages inside and sorting by date,
saved searches and history, tags, notes, stars and titles, sanctions on a person's dossier and the
officials page, merging with suggestions and with ticks, split asking first, and the exports page
(FtM for anyone who may export; an evidence package asking for a one-time code and the signing
passphrase each time)."""

from __future__ import annotations

import json
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyotp
import pytest

from browser import chromium, open_page, require_chromium, serving, shot
from browser import log_in as log_in_as
from conftest import ACTOR, Make, ingest
from habeas import services
from habeas.config import Settings
from habeas.services import Caller, exports, users
from habeas.services import keys as keys_service
from test_protect_keys import FAST_KDF, PASS

SANCTIONS = Path(__file__).resolve().parent / "data" / "sanctions.ftm.json"
USERS = {
    "rex": ("reader", "rex's long password"),
    "rita": ("reviewer", "rita's long password"),
    "boss": ("admin", "the admin's long password"),
}
TOTP: dict[str, str] = {}

require_chromium()
sync_api = pytest.importorskip("playwright.sync_api")


def fill_store(folder: Path, settings: Settings) -> None:
    Make.pdf(folder / "orders.pdf", ["Cover page.", "The camp in Kashgar holds detainees.", "More camp orders."])
    Make.text(
        folder / "report.txt",
        "A report on the camp at Hotan, written 12 March 2018. Chairman Shohrat Zakir visited Yining "
        "with Vice-chairman Erkin Tuniyaz.",
    )
    Make.text(
        folder / "older.txt",
        "An older note on the camp at Ghulja, dated 4 May 2014. Governor Shohret Zakir spoke, and so did Erkin Tunyaz.",
    )
    Make.text(folder / "telegram.txt", "Party Secretary Zhu Hailun signed the telegram about the camp in Urumqi.")
    Make.text(folder / "speech.txt", "Chen Quanguo spoke in Aksu in 2016.")
    Make.text(folder / "minutes.txt", "Minutes: Quanguo Chen chaired the meeting in Aksu in 2017.")
    store = services.open_store(settings)
    ingest(store, folder, source="China Cables", grade="B")
    owner = Caller(store, ACTOR)
    for name, (role, password) in USERS.items():
        users.add_user(owner, name, role, password)
    TOTP["boss"] = users.enrol_totp(owner, "boss").secret
    keys_service.init_keys(owner, PASS)  # the case signing key, opened with PASS
    exports.import_ftm(owner, SANCTIONS, "main")
    store.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    base = tmp_path_factory.mktemp("workbench-web")
    settings = Settings(store=base / "store", workers=1, kdf=FAST_KDF)
    fill_store(base / "in", settings)
    with serving(settings) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as browser:
        yield browser


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    with open_page(browser, console=lambda text: "Content Security" in text) as page:
        yield page
    assert not page.problems, page.problems


def log_in(page: Any, server: str, name: str, then: str) -> None:
    totp = pyotp.TOTP(TOTP[name]).now() if name in TOTP else ""
    log_in_as(page, server, name, USERS[name][1], totp=totp, then=then)


def api(page: Any, path: str) -> Any:
    return page.evaluate("async (p) => { const r = await fetch(p); return [r.status, await r.json()]; }", path)


def test_search_by_document_with_pages_inside_sorted_by_date(page: Any, server: str) -> None:
    log_in(page, server, "rex", "/search?q=camp")
    page.wait_for_selector(".document-hit")
    assert page.locator(".document-hit").count() == 4
    assert page.inner_text("#total") == "4"
    pdf = page.locator(".document-hit").filter(has=page.locator("a.page")).first
    assert [t.strip() for t in pdf.locator("a.page").all_inner_texts()] == ["page 2", "page 3"]
    assert "2 matching pages" in pdf.inner_text()
    assert "China Cables" in pdf.inner_text() and "grade B" in pdf.inner_text()
    shot(page, full_page=True, name="search-by-document")
    page.select_option("#sort", "oldest")
    page.click(".sort button")
    page.wait_for_url("**sort=oldest**")
    dates = [d for d in page.locator(".document-hit .date").all_inner_texts() if d[:1].isdigit()]
    assert dates == sorted(dates) and dates[0] == "2014-05-04"
    page.click("#view-pages")
    page.wait_for_selector(".hits:not(.by-document) .hit")
    assert page.locator(".hit").count() == 5
    status, grouped = api(page, "/api/search?q=camp&group=document&sort=newest")
    assert status == 200 and grouped["total_documents"] == 4 and grouped["documents"][0]["pages"]
    status, flat = api(page, "/api/search?q=camp")
    assert status == 200 and set(flat) == {"total", "results"} and flat["total"] == 5


def test_save_a_search_keep_history_and_clear_it(page: Any, server: str) -> None:
    log_in(page, server, "rex", "/search?q=camp%20AND%20Hotan")
    page.wait_for_selector("#save-search")
    page.fill("#save-name", "Hotan camp")
    page.click("#save-search button")
    page.wait_for_selector("#done")
    assert "Hotan camp" in page.inner_text("#saved-searches")
    assert "camp AND Hotan" in page.inner_text("#history")
    page.click("#saved-searches a.saved-name")
    page.wait_for_selector(".document-hit")
    assert page.locator(".document-hit").count() == 1
    # a name is looked up, never kept: no save form, nothing in the history
    page.goto(server + '/search?q=name:"Zhu Hailun"')
    page.wait_for_selector("#not-saved")
    assert page.locator("#save-search").count() == 0
    page.goto(server + "/saved")
    assert "Zhu" not in page.inner_text("#history")
    page.click("#clear-history")
    page.wait_for_selector("#done")
    assert "No searches kept" in page.inner_text("#history")
    assert "Hotan camp" in page.inner_text("#saved-searches")  # saved searches stay
    # the owner's alone
    other = page.context.browser.new_context().new_page()
    log_in(other, server, "rita", "/saved")
    assert "Hotan camp" not in other.inner_text("#saved-searches")
    other.context.close()


def test_tag_note_star_and_rename_a_document(page: Any, server: str) -> None:
    log_in(page, server, "rita", "/search?q=Kashgar")
    page.locator(".document-hit a.hit-title").first.click()
    page.wait_for_selector("#annotations #tag-list")
    page.fill("#new-tag", "Exhibit 7")
    page.click(".add-tag button")
    page.wait_for_selector("#tag-list a:has-text('#exhibit-7')")
    page.fill("#new-tag", "draft")
    page.click(".add-tag button")
    page.wait_for_selector("#tag-list a:has-text('#draft')")
    page.click("#tag-list button[aria-label='Remove the tag draft']")
    page.wait_for_selector("#tag-list a:has-text('#draft')", state="detached")
    assert "#exhibit-7" in page.inner_text("#tag-list")
    page.fill("#new-note", "Check the stamp against the 2017 originals.")
    page.click(".add-note button")
    page.wait_for_selector("#note-list li.note")
    assert "rita" in page.inner_text("#note-list")
    page.click("#star-button")
    page.wait_for_selector("#star-button[aria-pressed=true]")
    page.fill("#new-title", "Kashgar camp orders")
    page.click(".title-form button[type=submit]")
    page.wait_for_selector("h1:has-text('Kashgar camp orders')")
    page.goto(server + "/search?q=tag:exhibit-7")
    page.wait_for_selector(".document-hit")
    assert page.locator(".document-hit").count() == 1
    assert "Kashgar camp orders" in page.inner_text(".document-hit") and "#exhibit-7" in page.inner_text(
        ".document-hit"
    )
    page.goto(server + "/search?q=note:stamp")
    page.wait_for_selector(".document-hit")
    shot(page, full_page=True, name="search-tagged")
    page.goto(server + "/saved")
    assert "Kashgar camp orders" in page.inner_text("#starred")
    shot(page, full_page=True, name="saved")
    # a reader sees the tags and notes but has no form to change them
    reader = page.context.browser.new_context().new_page()
    log_in(reader, server, "rex", "/search?q=tag:exhibit-7")
    reader.locator(".document-hit a.hit-title").first.click()
    reader.wait_for_selector("#annotations #tag-list")
    assert "#exhibit-7" in reader.inner_text("#tag-list") and reader.locator("#new-tag").count() == 0
    reader.context.close()


def test_sanctions_on_a_persons_dossier_and_the_officials_page(page: Any, server: str) -> None:
    log_in(page, server, "rita", "/officials")
    row = page.locator("tr.official", has_text="Zhu Hailun")
    assert "To review" in row.inner_text() and "Party Secretary" in row.inner_text()
    row.locator("a.ent").click()
    page.wait_for_selector("#sanctions")
    assert "To review" in page.inner_text("#sanctions")
    # tags on a person: for organising evidence, never for rating people; never in the API
    assert "never for rating people" in page.inner_text("#annotations")
    page.fill("#new-tag", "signatory")
    page.click(".add-tag button")
    page.wait_for_selector("#tag-list a:has-text('#signatory')")
    entity_id = page.url.split("/entities/")[1].split("#")[0].split("?")[0]
    status, _body = api(page, f"/api/annotations/{entity_id}")
    assert status == 403
    status, tags = api(page, "/api/tags")
    assert status == 200 and all(t["tag"] != "signatory" for t in tags)
    page.locator("#sanctions button[value=same]").first.click()
    page.wait_for_selector("#sanctions .status-sanctioned")
    assert "Council of the European Union" in page.inner_text("#sanctions")
    assert "decided by rita" in page.inner_text("#sanctions")
    shot(page, full_page=True, name="dossier-sanctions")


def test_merge_with_suggestions_a_partial_name_says_so_and_split_asks_first(page: Any, server: str) -> None:
    """Two spellings of one official's name: typing a part of it offers the names that contain it;
    merging with the part alone is refused, saying so, with those names to pick."""
    log_in(page, server, "rita", "/entities?type=person")
    page.locator("table.entities a.ent", has_text="Shohrat Zakir").first.click()
    page.wait_for_selector("#merge-form")
    page.locator("#other").press_sequentially("Zakir", delay=40)
    page.wait_for_function(
        "() => [...document.querySelectorAll('#other-entities option')].some(o => o.value === 'Shohret Zakir')"
    )
    page.click("#merge-button")  # "Zakir" names nobody whole: said so, with the names that contain it
    page.wait_for_selector("#merge-error")
    assert "no entity is called “Zakir”" in page.inner_text("#merge-error")
    page.locator("#merge-error .suggestions button", has_text="Shohret Zakir").click()
    page.wait_for_selector("#done")
    names = page.inner_text(".dossier h1") + page.inner_text(".aliases")
    assert "Shohret Zakir" in names and "Shohrat Zakir" in names
    alias = page.locator(".aliases li").first.inner_text().replace("Split off…", "").strip()
    page.locator("a.split").first.click()
    page.wait_for_selector("#split-confirm")
    assert f"Split “{alias}” from" in page.inner_text("h1")
    page.click("#split-cancel")
    page.wait_for_selector(".aliases")
    assert alias in page.inner_text(".aliases")  # nothing split without the confirmation


def test_merge_the_ticked_entities(page: Any, server: str) -> None:
    log_in(page, server, "rita", "/entities?type=person")
    for name in ("Erkin Tuniyaz", "Erkin Tunyaz"):
        page.locator("tr", has=page.locator("a.ent", has_text=name)).locator("input[type=checkbox]").check()
    page.click("#merge-selected")
    page.wait_for_selector("#done")
    assert "Merged: 1 other entity" in page.inner_text("#done")
    shown = page.inner_text(".dossier h1") + page.inner_text(".aliases")
    assert "Erkin Tuniyaz" in shown and "Erkin Tunyaz" in shown
    # proposed pairs on the review page, ticked and decided together
    page.goto(server + "/review")
    page.wait_for_selector("#entity-candidates li.candidate")
    pair = page.locator("#entity-candidates li.candidate", has_text="Quanguo")
    pair.locator("input[name=pairs]").check()
    page.click("#same-ticked")
    page.wait_for_selector("#done")
    assert "Decided 1 pair" in page.inner_text("#done")
    assert page.locator("#entity-candidates li.candidate", has_text="Quanguo").count() == 0
    page.goto(server + "/entities?type=person")
    page.click("#merge-selected")  # nothing ticked: said so, not swallowed
    page.wait_for_selector("p.error")
    assert "at least two" in page.inner_text("p.error")


def test_exports_page_ftm_and_an_evidence_package_asking_for_code_and_passphrase(
    page: Any, server: str, tmp_path: Path
) -> None:
    log_in(page, server, "rex", "/exports")
    assert "only investigators and admins" in page.inner_text("#evidence")
    with page.expect_download() as ftm:
        page.click("#ftm-button")
    lines = Path(ftm.value.path()).read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(x)["schema"] for x in lines)
    admin = page.context.browser.new_context(accept_downloads=True).new_page()
    log_in(admin, server, "boss", "/exports")
    admin.fill("#evidence-code", "000000")
    admin.fill("#evidence-passphrase", PASS)
    admin.click("#evidence-button")
    admin.wait_for_selector("#export-error")
    assert "one-time code" in admin.inner_text("#export-error")
    admin.fill(
        "#evidence-code", pyotp.TOTP(TOTP["boss"]).at(time.time() + 30)
    )  # the next code: the login used this one
    admin.fill("#evidence-passphrase", PASS)
    with admin.expect_download() as package:
        admin.click("#evidence-button")
    with zipfile.ZipFile(package.value.path()) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    tagged = [d for d in manifest["documents"] if "exhibit-7" in d.get("tags", [])]
    assert all("signatory" not in json.dumps(d) for d in manifest["documents"])
    assert manifest["documents"] and all("tags" in d and "notes" in d for d in manifest["documents"])
    assert len(tagged) <= 1
    admin.context.close()
