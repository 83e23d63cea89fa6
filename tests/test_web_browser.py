"""The web app as a person uses it: Debian's Chromium, driven by Playwright, against a real server
on 127.0.0.1 over a SQLite store holding the sample corpus.

Playwright never downloads a browser here: it drives /usr/bin/chromium. Without it these tests
are skipped, unless HABEAS_REQUIRE_BROWSER=1 (``make test`` sets it), when they fail.
HABEAS_SCREENSHOTS=DIR saves a screenshot of each page there (how docs/ is made)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyotp
import pytest

from browser import chromium, csp_refusals, open_page, require_chromium, serving, shot
from conftest import ACTOR, ingest
from habeas import services
from habeas.config import Settings
from habeas.services import Caller, users
from habeas.services import keys as keys_service
from habeas.services import testimony as testimony_service
from test_protect_keys import FAST_KDF, PASS
from test_protect_testimony import CANARY, record_with_canary

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
USERS = {
    "ada": ("investigator", "ada's long password"),
    "rex": ("reader", "rex's long password"),
    "boss": ("admin", "the admin's long password"),
    "ivy": ("investigator", "ivy's long password"),
}
TOTP_SECRETS: dict[str, str] = {}  # the one-time code secrets of the admin and of ivy, set up with the server
IVY_PASSPHRASE = "ivy's passphrase, long enough"
RECORDS: dict[str, str] = {}  # a testimony record with the canary in every sealed field

require_chromium()
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    settings = Settings(store=tmp_path_factory.mktemp("browser") / "store", workers=1, kdf=FAST_KDF)
    store = services.open_store(settings)
    ingest(store, CORPUS, source="European Parliament", grade="A")
    for name, (role, password) in USERS.items():
        users.add_user(Caller(store, ACTOR), name, role, password)
    TOTP_SECRETS["boss"] = users.enrol_totp(Caller(store, ACTOR), "boss").secret
    TOTP_SECRETS["ivy"] = users.enrol_totp(Caller(store, ACTOR), "ivy").secret
    keys_service.init_keys(Caller(store, ACTOR), PASS)  # the case signing and recovery keys
    keys_service.init_keys(Caller(store, "ivy"), IVY_PASSPHRASE)
    users.grant(Caller(store, ACTOR), "ivy", "main", "unseal")
    RECORDS["sealed"] = testimony_service.add_testimony(Caller(store, ACTOR), record_with_canary(), case="main")["id"]
    store.close()
    with serving(settings) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as browser:
        yield browser


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    with open_page(browser, height=800) as page:
        yield page
    assert not csp_refusals(page.problems), page.problems


def log_in(page: Any, server: str, name: str, then: str = "/") -> None:
    page.goto(server + then)
    page.wait_for_selector("#username")
    shot(page, "login")
    page.fill("#username", name)
    page.fill("#password", USERS[name][1])
    page.press("#password", "Enter")
    page.wait_for_selector("header nav")


def test_log_in_search_and_open_a_result(page: Any, server: str) -> None:
    log_in(page, server, "rex", "/search")  # "/" is the case overview (tests/test_web_overview.py)
    assert page.url.endswith("/search")
    page.fill("#q", "Tohti")
    page.press("#q", "Enter")
    page.wait_for_selector(".hit mark")
    assert page.inner_text("#total") != "0"
    assert page.locator(".hit mark").first.inner_text().lower() == "tohti"
    assert page.locator(".facets").inner_text().count("European Parliament") == 1
    shot(page, "search")
    title = page.locator(".hit-title").first.inner_text()
    page.locator(".hit-title").first.click()
    page.wait_for_selector(".custody")
    assert page.locator("h1").inner_text() == title
    custody = page.locator(".custody").inner_text()
    assert "European Parliament" in custody and "SHA-256" in custody
    assert "Tohti" in page.locator(".pages").inner_text()
    shot(page, "document")
    with page.expect_download() as download:
        page.click("#download")
    assert download.value.suggested_filename.endswith((".txt", ".md"))


def test_wrong_password_is_shown_plainly(page: Any, server: str) -> None:
    page.goto(server + "/login")
    page.fill("#username", "rex")
    page.fill("#password", "not the password")
    page.press("#password", "Enter")
    page.wait_for_selector(".error")
    assert "do not match" in page.inner_text(".error")


def test_filters_narrow_the_results(page: Any, server: str) -> None:
    log_in(page, server, "rex", "/search?q=Uyghurs")
    page.wait_for_selector(".hit")
    before = int(page.inner_text("#total").replace(",", ""))
    page.locator(".facets a", has_text="markdown").click()
    page.wait_for_selector(".facets li.on")
    after = int(page.inner_text("#total").replace(",", ""))
    assert 0 < after < before


def test_upload_a_file_and_find_it(page: Any, server: str, tmp_path: Path) -> None:
    log_in(page, server, "ada")
    page.click("header nav >> text=Upload")
    # the page is swapped in before its script takes the form in hand (when htmx settles it): wait for that
    page.wait_for_selector("#upload-form[data-ready='1'] #dropzone")
    good = tmp_path / "testimony-zorgulwordy.txt"
    good.write_text("A testimony naming the Dabancheng facility and the word zorgulwordy.")
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not a real pdf at all")
    page.set_input_files("#files", [str(bad)])
    # The other file arrives by drag and drop, as a person would drop it on the zone.
    page.evaluate(
        """([name, text]) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, {type: "text/plain"}));
        document.getElementById("dropzone").dispatchEvent(new DragEvent("drop", {dataTransfer: data, bubbles: true}));
    }""",
        [good.name, good.read_text()],
    )
    assert page.locator("#chosen li").count() == 2
    page.fill("#source", "Witness statements")
    page.select_option("#grade", "B")
    page.click("#upload-button")
    page.wait_for_selector("#progress-title:text-matches('^Done')", timeout=60_000)
    shot(page, "upload", full_page=True)
    assert "broken.pdf" in page.inner_text(".failed")
    page.locator("#upload-result .new a").first.click()
    page.wait_for_selector(".custody")
    assert "Witness statements" in page.inner_text(".custody")
    page.goto(server + "/search?q=zorgulwordy")
    page.wait_for_selector(".hit")
    assert page.inner_text("#total") == "1"


def test_a_reader_cannot_upload_nor_call_the_upload_api(page: Any, server: str) -> None:
    log_in(page, server, "rex")
    assert page.locator("header nav >> text=Upload").count() == 0
    response = page.goto(server + "/upload")
    assert response.status == 403
    status = page.evaluate("""async () => {
        const token = JSON.parse(document.body.getAttribute("hx-headers"))["X-CSRF-Token"];
        const data = new FormData();
        data.append("files", new File(["x"], "x.txt"));
        const r = await fetch("/api/uploads", {method: "POST", body: data, headers: {"X-CSRF-Token": token}});
        return r.status;
    }""")
    assert status == 403


def test_the_secure_host_cookie_is_kept_over_http_on_127_0_0_1(page: Any, server: str) -> None:
    # Chromium treats http://127.0.0.1 as a secure context, so it keeps a Secure, __Host- cookie there.
    log_in(page, server, "rex")
    cookies = {c["name"]: c for c in page.context.cookies()}
    assert set(cookies) == {"__Host-habeas_session"}
    session = cookies["__Host-habeas_session"]
    assert session["secure"] and session["httpOnly"] and session["path"] == "/" and session["sameSite"] == "Strict"
    page.goto(server + "/search?q=camps")
    assert page.url.endswith("/search?q=camps"), "the cookie comes back: still logged in"


def test_an_admin_logs_in_with_a_one_time_code(page: Any, server: str) -> None:
    page.goto(server + "/login")
    page.fill("#username", "boss")
    page.fill("#password", USERS["boss"][1])
    page.press("#password", "Enter")
    page.wait_for_selector(".error")
    assert "one-time code do not match" in page.inner_text(".error")
    page.fill("#username", "boss")
    page.fill("#password", USERS["boss"][1])
    page.fill("#totp", pyotp.TOTP(TOTP_SECRETS["boss"]).now())
    page.press("#totp", "Enter")
    page.wait_for_selector("header nav")
    assert "(admin)" in page.inner_text("header .who")


def test_an_svg_named_as_a_photo_is_downloaded_and_never_shown(page: Any, server: str, tmp_path: Path) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    cat = tmp_path / "cat-kashgar.jpg"
    cat.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><title>A cat</title><script>alert(2)</script></svg>'
    )
    log_in(page, server, "ada", "/upload")
    page.wait_for_selector("#dropzone")
    page.set_input_files("#files", [str(cat)])
    page.click("#upload-button")
    page.wait_for_selector("#progress-title:text-matches('^Done')", timeout=60_000)
    page.locator("#upload-result .new a").first.click()
    page.wait_for_selector(".custody")
    document_url = page.url
    with page.expect_download() as download:
        page.click("#download")
    assert download.value.suggested_filename == cat.name
    original = server + page.get_attribute("#download", "href")
    # Even opened directly, the browser saves it and shows nothing.
    with page.expect_download(), contextlib.suppress(sync_api.Error):
        page.goto(original)
    assert page.url == document_url and not dialogs


def test_log_out(page: Any, server: str) -> None:
    log_in(page, server, "rex")
    page.click("text=Log out")
    page.wait_for_selector("#username")
    page.goto(server + "/search?q=camps")
    assert "/login" in page.url


# -- analysis: entities, dossiers, merge, claims, timeline, network ----------------------------------


def two_people(server: str, page: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    people = page.evaluate("""async () => (await (await fetch("/api/entities?type=person")).json()).entities""")
    assert len(people) >= 2, people
    return people[0], people[1]


def test_see_a_highlighted_entity_and_open_its_dossier(page: Any, server: str) -> None:
    log_in(page, server, "rex", "/search?q=Tohti")
    page.locator(".hit-title").first.click()
    page.wait_for_selector(".custody")
    entity = page.locator(".pages a.ent").first
    name = entity.inner_text()
    assert entity.get_attribute("class").startswith("ent t-")
    entity.click()
    page.wait_for_selector(".dossier")
    assert name in page.locator(".dossier").inner_text()
    assert page.locator(".mentions li").count() >= 1
    shot(page, "dossier")
    assert page.locator("#merge-button").count() == 0, "a reader sees no merge button"
    assert page.locator("button.split").count() == 0


def test_claims_timeline_and_network_are_drawn(page: Any, server: str) -> None:
    log_in(page, server, "rex", "/claims")
    page.wait_for_selector("h1")
    if page.locator("svg.chart").count():
        assert page.locator("svg.chart circle.dot").count() >= 1
    shot(page, "claims", full_page=True)
    page.goto(server + "/timeline")
    page.wait_for_selector("h1")
    if page.locator("ol.events li").count():  # drawn one by one, or grouped by year when dense
        assert page.locator("svg.timeline circle.event, svg.timeline a.group").count() >= 1
    shot(page, "timeline")
    first = two_people(server, page)[0]
    page.goto(server + f"/network?entity={first['id']}")
    page.wait_for_selector("#network[data-ready='1']")
    before = page.evaluate("() => document.getElementById('network').cy.nodes().length")
    assert before >= 1
    shot(page, "network")


def test_a_reader_cannot_call_the_merge_api(page: Any, server: str) -> None:
    log_in(page, server, "rex")
    a, b = two_people(server, page)
    status = page.evaluate(
        """async ([a, b]) => {
        const token = JSON.parse(document.body.getAttribute("hx-headers"))["X-CSRF-Token"];
        const r = await fetch(`/api/entities/${a}/merge`, {method: "POST", body: JSON.stringify({other: b}),
            headers: {"Content-Type": "application/json", "X-CSRF-Token": token}});
        return r.status;
    }""",
        [a["id"], b["id"]],
    )
    assert status == 403


def test_merge_two_entities_and_the_merge_is_kept(page: Any, server: str) -> None:
    log_in(page, server, "ada")
    a, b = two_people(server, page)
    page.goto(server + f"/entities/{a['id']}")
    page.wait_for_selector("#merge-button")
    page.fill("#other", b["name"])
    page.click("#merge-button")
    page.wait_for_selector("#done")  # the merged page: the entity's own page may already list aliases
    page.wait_for_selector(".aliases")
    assert b["name"] in page.locator(".aliases").inner_text()
    merged_url = page.url
    page.reload()
    page.wait_for_selector(".aliases")
    assert page.url == merged_url and b["name"] in page.locator(".aliases").inner_text()
    people = page.evaluate("""async () => (await (await fetch("/api/entities?type=person")).json()).entities""")
    assert not [p for p in people if p["name"] == b["name"]], "the merged entity is gone from the list"


def test_filter_by_entity_type_and_document_year(page: Any, server: str) -> None:
    log_in(page, server, "rex", "/search?q=Uyghurs")
    page.wait_for_selector(".hit")
    before = int(page.inner_text("#total").replace(",", ""))
    page.locator("#facet-entity_type a").first.click()
    page.wait_for_selector("#facet-entity_type li.on")
    page.locator("#facet-year a").first.click()
    page.wait_for_selector("#facet-year li.on")
    after = int(page.inner_text("#total").replace(",", ""))
    assert 0 < after <= before and "from=" in page.url and "entity_type=" in page.url
    shot(page, "search-filters")


def test_accept_a_proposed_merge_on_the_review_page(page: Any, server: str) -> None:
    log_in(page, server, "ada", "/review")
    first = page.locator("#entity-candidates li.candidate").first
    names = [n.strip() for n in first.locator(".side a.ent").all_inner_texts()]
    assert len(names) == 2
    shot(page, "review")
    first.locator("button[value=same]").click()
    # the page comes back without the pair: it is merged, so no longer proposed
    page.wait_for_function(
        """([a, b]) => ![...document.querySelectorAll("#entity-candidates li.candidate")]
                              .some(li => li.innerText.includes(a) && li.innerText.includes(b))""",
        arg=names,
    )
    assert page.url == server + "/review"
    found = page.evaluate(
        """async (q) => (await (await fetch("/api/entities?q=" + encodeURIComponent(q))).json())
                             .entities""",
        names[1],
    )
    merged = [e for e in found if {names[0], names[1]} <= {e["name"], *e["aliases"]}]
    assert len(merged) == 1, found
    page.goto(server + f"/entities/{merged[0]['id']}")
    page.reload()  # the merge is stored, not held in the page
    page.wait_for_selector(".aliases")
    names_shown = page.locator(".dossier h1").inner_text() + "\n" + page.locator(".aliases").inner_text()
    assert names[0] in names_shown and names[1] in names_shown


def test_testimony_list_shows_public_fields_and_unsealing_needs_passphrase_reason_and_code(
    page: Any, server: str
) -> None:
    """A reader sees the record's public fields and no unseal control; an investigator with an
    unseal grant and a one-time code (given at login) unseals it with a passphrase and a reason."""
    record = RECORDS["sealed"]
    log_in(page, server, "rex", "/testimony")
    assert record in page.inner_text("table.records") and CANARY not in page.content()
    assert "detention" in page.inner_text("table.records")
    page.click(f"text={record}")
    page.wait_for_url(f"**/testimony/{record}")  # the list has an h1 too: read only the record's page
    page.wait_for_selector("h1")
    assert "Kashgar" in page.inner_text("main") and page.locator("#unseal").count() == 0
    page.goto(f"{server}/testimony/{record}/unseal")
    assert CANARY not in page.content()  # a reader is refused the form (403)
    page.context.clear_cookies()

    page.goto(server + f"/login?next=/testimony/{record}")
    page.fill("#username", "ivy")
    page.fill("#password", USERS["ivy"][1])
    page.fill("#totp", pyotp.TOTP(TOTP_SECRETS["ivy"]).now())
    page.press("#totp", "Enter")
    page.wait_for_selector("#unseal")
    assert CANARY not in page.content()
    page.click("#unseal")
    page.wait_for_selector("#passphrase")
    page.fill("#passphrase", "not my passphrase")
    page.fill("#reason", "checking the account against the court file")
    with page.expect_navigation():  # the form page is loaded already: wait for the answer to the post
        page.click("form.unseal button")
    assert CANARY not in page.content()  # a wrong passphrase opens nothing
    page.goto(f"{server}/testimony/{record}/unseal")
    page.fill("#passphrase", IVY_PASSPHRASE)
    page.fill("#reason", "checking the account against the court file")
    page.click("form.unseal button")
    page.wait_for_selector("#unsealed")
    shot(page, "testimony-unsealed")
    assert CANARY in page.inner_text("#unsealed")
