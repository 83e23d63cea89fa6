"""The web app's routes through FastAPI's TestClient, over a real store (SQLite and PostgreSQL)
holding the sample corpus: login, sessions, CSRF, roles, headers, search, documents, upload."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import anyio.to_thread
import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from conftest import ACTOR, Cli, ingest, module_store_fixture
from habeas.search.index import SearchFilters
from habeas.services import Caller, documents, intake, linkage, search
from habeas.services import users as users_service
from habeas.store.store import Store
from habeas.web.app import create_app
from habeas.web.deps import permit
from habeas.web.routes import entities as web_entities
from webclient import BASE, api_login, in_process_client

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
PASSWORDS = {"ada": "ada's long password", "rex": "rex's long password", "rita": "rita's long password"}


def fill(store: Store, _folder: Path) -> Store:
    ingest(store, CORPUS, source="European Parliament", grade="A")
    users_service.add_user(Caller(store, ACTOR), "ada", "investigator", PASSWORDS["ada"])
    users_service.add_user(Caller(store, ACTOR), "rex", "reader", PASSWORDS["rex"])
    users_service.add_user(Caller(store, ACTOR), "rita", "reviewer", PASSWORDS["rita"])
    return store


corpus_store = module_store_fixture(workers=1)


@pytest.fixture(scope="module")
def app_client(corpus_store: Store) -> Iterator[TestClient]:
    with in_process_client(corpus_store.settings) as client:
        yield client


@pytest.fixture
def client(app_client: TestClient) -> TestClient:
    app_client.cookies.clear()
    return app_client


def login(client: TestClient, name: str) -> str:
    return api_login(client, name, PASSWORDS[name])


def assert_secure_headers(r: Any) -> None:
    csp = r.headers.get("content-security-policy", "")
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers.get("x-content-type-options") == "nosniff"


# -- anonymous visitors ------------------------------------------------------------------


def test_page_handlers_run_on_the_configured_number_of_threads(corpus_store: Store) -> None:
    settings = corpus_store.settings
    settings = replace(settings, web=replace(settings.web, request_threads=3))

    def tokens() -> float:
        return float(anyio.to_thread.current_default_thread_limiter().total_tokens)

    with TestClient(create_app(settings), base_url=BASE) as started:
        assert started.portal is not None and started.portal.call(tokens) == 3


def test_anonymous_visitor_is_sent_to_login(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert_secure_headers(r)
    r = client.get("/search?q=camps")
    assert r.status_code == 303 and r.headers["location"] == "/login?next=%2Fsearch%3Fq%3Dcamps"
    page = client.get("/login")
    assert page.status_code == 200 and 'name="csrf_token"' in page.text
    assert_secure_headers(page)
    assert not re.findall(r"""(?:src|href)=["']https?://""", page.text), "the page loads nothing from elsewhere"


@pytest.mark.parametrize("path", ["/api/search?q=Tohti", "/api/me", "/api/documents/x", "/api/uploads/x"])
def test_anonymous_api_calls_are_refused(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 401
    assert_secure_headers(r)


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    login(client, "rex")
    for path in [
        "/search",
        "/static/app.css",
        "/static/vendor/htmx.min.js",
        "/no-such-page",
        "/api/openapi.json",
        "/documents/nope",
    ]:
        assert_secure_headers(client.get(path))


# -- logging in ------------------------------------------------------------------------


def test_api_login_sets_an_httponly_samesite_cookie(client: TestClient) -> None:
    r = client.post("/api/login", json={"username": "rex", "password": PASSWORDS["rex"]})
    assert r.status_code == 200
    assert r.json()["role"] == "reader" and r.json()["csrf_token"]
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert client.get("/api/me").json()["username"] == "rex"


@pytest.mark.parametrize("name,password", [("rex", "wrong password"), ("nobody", "whatever it is")])
def test_wrong_credentials_are_refused(client: TestClient, name: str, password: str) -> None:
    r = client.post("/api/login", json={"username": name, "password": password})
    assert r.status_code == 401
    assert (
        "set-cookie" not in r.headers
        or "habeas_session=" not in r.headers.get("set-cookie", "")
        or client.get("/api/me").status_code == 401
    )


def test_login_form_needs_its_csrf_token(client: TestClient) -> None:
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token
    form = {"username": "rex", "password": PASSWORDS["rex"], "next": "/search?q=camps"}
    r = client.post("/login", data={**form, "csrf_token": "forged"})
    assert r.status_code == 403
    r = client.post("/login", data={**form, "csrf_token": token.group(1)})
    assert r.status_code == 303 and r.headers["location"] == "/search?q=camps"
    assert client.get("/search?q=camps").status_code == 200


def test_login_never_redirects_to_another_site(client: TestClient) -> None:
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
    assert token
    r = client.post(
        "/login",
        data={"username": "rex", "password": PASSWORDS["rex"], "next": "//evil.example/", "csrf_token": token.group(1)},
    )
    assert r.status_code == 303 and r.headers["location"] == "/"


def test_repeated_failures_are_throttled(client: TestClient) -> None:
    codes = [
        client.post("/api/login", json={"username": "mallory", "password": f"guess {n}"}).status_code for n in range(11)
    ]
    assert codes[:10] == [401] * 10 and codes[10] == 429


def test_json_api_writes_need_json_and_the_csrf_header(client: TestClient) -> None:
    r = client.post("/api/login", data={"username": "rex", "password": PASSWORDS["rex"]})
    assert r.status_code == 415
    token = login(client, "rex")
    assert client.post("/api/logout", json={}).status_code == 403  # no X-CSRF-Token
    assert client.post("/api/logout", json={}, headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert client.post("/api/logout", json={}, headers={"X-CSRF-Token": token}).status_code == 200


def test_routes_without_a_permission_are_closed(corpus_store: Store) -> None:
    app = create_app(corpus_store.settings)

    @app.get("/api/forgotten")
    def forgotten() -> dict[str, str]:
        return {"secret": "leaked"}

    @app.get("/api/marked")
    @permit("read")
    def marked() -> dict[str, str]:
        return {"ok": "yes"}

    with TestClient(app, base_url=BASE) as client:
        login(client, "ada")
        assert client.get("/api/forgotten").status_code == 403
        assert client.get("/api/marked").status_code == 200


def test_openapi_describes_the_api(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    assert {"/api/login", "/api/search", "/api/documents/{doc_id}", "/api/uploads"} <= set(schema["paths"])
    assert not any(p.startswith("/search") for p in schema["paths"]), "pages are not part of the API"


# -- searching and reading ---------------------------------------------------------------


def test_api_search_is_the_cli_json(client: TestClient, corpus_store: Store) -> None:
    login(client, "rex")
    r = client.get("/api/search", params={"q": "Uyghurs"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    body = r.json()
    total, hits = search.search_all(Caller(corpus_store), "Uyghurs", SearchFilters())
    assert body == {"total": total, "results": [search.hit_dict(h) for h in hits]}
    assert body["total"] == len(body["results"]) >= 3
    assert set(body["results"][0]) == {"document_id", "title", "page", "snippet", "score"}
    narrowed = client.get("/api/search", params={"q": "Uyghurs", "type": "markdown"}).json()
    assert 0 < narrowed["total"] < body["total"]


def test_api_search_reports_a_bad_query(client: TestClient) -> None:
    login(client, "rex")
    r = client.get("/api/search", params={"q": 'title:"unclosed'})
    assert r.status_code in (200, 400)
    assert r.status_code != 500


def test_search_page_highlights_counts_and_filters(client: TestClient) -> None:
    login(client, "rex")
    page = client.get("/search", params={"q": "camps"})
    assert page.status_code == 200
    assert "<mark>camps</mark>" in page.text
    total = int(re.search(r'<strong id="total">([\d,]+)</strong>', page.text).group(1))  # type: ignore[union-attr]
    assert total >= 3
    assert "European Parliament" in page.text and "markdown" in page.text  # facets
    filtered = client.get("/search", params={"q": "camps", "type": "markdown"})
    assert int(re.search(r'<strong id="total">([\d,]+)</strong>', filtered.text).group(1)) < total  # type: ignore[union-attr]
    bad = client.get("/search", params={"q": 'AND OR ("'})
    assert bad.status_code == 200


def test_search_snippets_cannot_inject_markup(client: TestClient) -> None:
    from habeas.web.templating import snippet_html

    assert (
        str(snippet_html("a &lt;script&gt; <b>b</b> <img src=x>"))
        == "a &lt;script&gt; <mark>b</mark> &lt;img src=x&gt;"
    )


def test_search_exports_every_result_as_csv(client: TestClient, corpus_store: Store) -> None:
    login(client, "rex")
    r = client.get("/search.csv", params={"q": "Uyghurs"})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == client.get("/api/search", params={"q": "Uyghurs"}).json()["total"]
    assert "<b>" not in rows[0]["snippet"]
    from habeas.services.custody import audit_trail

    [last] = audit_trail(Caller(corpus_store), limit=1)["entries"]  # the export is audited, its query only hashed
    assert (last["actor"], last["action"], last["fields"]) == ("rex", "export.search_csv", ["query_hmac", "results"])


def test_entities_claims_and_timeline_export_as_csv(client: TestClient) -> None:
    login(client, "rex")
    for kind, column in (("entities", "name"), ("claims", "sha256"), ("timeline", "date")):
        r = client.get(f"/export/{kind}.csv")
        assert r.status_code == 200 and f"habeas-{kind}.csv" in r.headers["content-disposition"]
        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert rows and all(row[column] for row in rows), kind
    assert client.get("/export/records.csv").status_code == 404


def test_entity_dossier_downloads_as_pdf(client: TestClient) -> None:
    login(client, "rex")
    tohti = next(e for e in client.get("/api/entities").json()["entities"] if e["name"] == "Ilham Tohti")
    r = client.get(f"/entities/{tohti['id']}/dossier.pdf")
    assert r.status_code == 200 and r.content[:5] == b"%PDF-"
    assert r.headers["content-type"] == "application/pdf"


def test_document_page_shows_text_and_custody(client: TestClient, corpus_store: Store) -> None:
    login(client, "rex")
    doc = next(d for d in documents.list_documents(Caller(corpus_store)) if d["file_name"].endswith("camps.txt"))
    page = client.get(f"/documents/{doc['id']}")
    assert page.status_code == 200
    for text in [doc["sha256"], "European Parliament", "Grade", "Collector", "collector-jane", "MEPs strongly condemn"]:
        assert text in page.text
    assert client.get(f"/api/documents/{doc['id']}").json()["custody"][0]["grade"] == "A"
    assert client.get("/documents/0000000000000000").status_code == 404


def test_original_is_a_download_never_rendered(client: TestClient, corpus_store: Store) -> None:
    login(client, "rex")
    doc = documents.list_documents(Caller(corpus_store))[0]
    r = client.get(f"/documents/{doc['id']}/original")
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["content-disposition"].startswith("attachment")
    assert "sandbox" in r.headers.get_list("content-security-policy")
    assert r.content == corpus_store.blobs.path_for(doc["sha256"]).read_bytes()


# -- upload ------------------------------------------------------------------------------------


def wait_for(client: TestClient, job_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        status = client.get(f"/api/uploads/{job_id}").json()
        if status["state"] in ("finished", "failed"):
            return dict(status)
        time.sleep(0.2)
    raise AssertionError("the upload did not finish")


def test_upload_ingests_in_the_background_and_reports_each_file(client: TestClient) -> None:
    token = login(client, "ada")
    files = [
        ("files", ("gulbahar.txt", b"Testimony about the Karamay facility, quartzwordx.", "text/plain")),
        ("files", ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "application/pdf")),
    ]
    r = client.post(
        "/api/uploads",
        files=files,
        data={"source": "Witness statements", "grade": "B"},
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 202, r.text
    status = wait_for(client, r.json()["id"])
    assert status["state"] == "finished" and status["done"] == status["total"] == 2
    assert [f["path"] for f in status["failed"]] == ["broken.pdf"] and status["failed"][0]["error"]
    assert len(status["new"]) == 1  # the broken file is kept in the error state, not counted as new
    found = client.get("/api/search", params={"q": "quartzwordx"}).json()
    assert found["total"] == 1
    custody = client.get(f"/api/documents/{found['results'][0]['document_id']}").json()["custody"][0]
    assert (custody["source"], custody["grade"], custody["actor"]) == ("Witness statements", "B", "ada")


def test_upload_progress_is_readable_from_another_process(client: TestClient) -> None:
    token = login(client, "ada")
    r = client.post(
        "/api/uploads",
        files=[("files", ("c.txt", b"another worker asks", "text/plain"))],
        headers={"X-CSRF-Token": token},
    )
    job_id = r.json()["id"]
    wait_for(client, job_id)
    intake._jobs.pop(job_id)  # as if this process were another worker: the status comes from its file
    status = client.get(f"/api/uploads/{job_id}").json()
    assert status["state"] == "finished" and status["done"] == 1
    assert client.get("/api/uploads/../../etc").status_code == 404


def test_upload_needs_the_csrf_header(client: TestClient) -> None:
    login(client, "ada")
    r = client.post("/api/uploads", files=[("files", ("a.txt", b"x", "text/plain"))])
    assert r.status_code == 403


def test_a_reader_cannot_upload(client: TestClient) -> None:
    token = login(client, "rex")
    assert client.get("/upload").status_code == 403
    assert 'href="/upload"' not in client.get("/search").text
    r = client.post("/api/uploads", files=[("files", ("a.txt", b"x", "text/plain"))], headers={"X-CSRF-Token": token})
    assert r.status_code == 403


def test_upload_status_is_private_to_its_owner(client: TestClient, corpus_store: Store) -> None:
    token = login(client, "ada")
    r = client.post(
        "/api/uploads", files=[("files", ("b.txt", b"private upload", "text/plain"))], headers={"X-CSRF-Token": token}
    )
    job_id = r.json()["id"]
    wait_for(client, job_id)
    users_service.add_user(Caller(corpus_store, ACTOR), "ivan", "investigator", "ivan's long password")
    PASSWORDS["ivan"] = "ivan's long password"
    login(client, "ivan")
    assert client.get(f"/api/uploads/{job_id}").status_code == 404


# -- accounts from the command line ---------------------------------------------------------------


def test_users_add_from_the_cli(cli: Cli) -> None:
    made = cli.json("users", "add", "amina", "--role", "reviewer", "--password", "a long password")
    assert made["name"] == "amina" and made["role"] == "reviewer" and "password" not in str(made)
    assert cli("users", "add", "amina", "--role", "reader", "--password", "a long password").returncode == 2
    assert cli("users", "add", "bo", "--role", "god", "--password", "a long password").returncode == 2
    assert cli("users", "add", "cy", "--role", "reader", "--password", "short").returncode == 2
    prompted = subprocess.run(
        [sys.executable, "-m", "habeas", "--store", str(cli.store_dir), "users", "add", "dee", "--role", "reader"],
        input="a long password\na long password\n",
        text=True,
        capture_output=True,
        env=cli.env(),
        timeout=60,
    )
    assert prompted.returncode == 0, prompted.stderr
    users = cli.json("users", "list")["users"]
    assert [u["name"] for u in users] == ["amina", "dee"]


def test_passwords_are_kept_as_argon2id_hashes(corpus_store: Store) -> None:
    from sqlalchemy import select

    from habeas.store.models import User

    with corpus_store.db.reading() as session:
        hashes = list(session.scalars(select(User.password_hash)))
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)
    assert not any(p in h for h in hashes for p in PASSWORDS.values())


# -- review ----------------------------------------------------------------------------------------


def test_review_queue_decisions_by_role(corpus_store: Store, client: TestClient, tmp_path: Path) -> None:
    table = tmp_path / "detainees.csv"
    table.write_text(
        "name,birth date,village\n"
        "伊力哈木·土赫提,1969-12-31,a\n"
        "伊力哈木·土赫提,1969-12-31,c\n"
        "依力哈木·土赫提,1969-12-13,e\n",
        encoding="utf-8",
    )
    ingest(corpus_store, table)
    linkage.link_records(Caller(corpus_store), tables=["detainees.csv"])
    queue = linkage.link_review_queue(Caller(corpus_store))
    assert queue, "the fixture table gives at least one pair to review"
    pair = queue[0]["pair"]

    token = login(client, "rex")
    assert client.get("/review").status_code == 403
    assert 'href="/review"' not in client.get("/search").text
    assert (
        client.post(f"/api/review/{pair}", json={"decision": "same"}, headers={"X-CSRF-Token": token}).status_code
        == 403
    )

    login(client, "rita")
    page = client.get("/review")
    assert page.status_code == 200 and f'id="pair-{pair}"' in page.text
    form_token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    assert client.post(f"/review/{pair}", data={"decision": "same", "csrf_token": "forged"}).status_code == 403
    r = client.post(f"/review/{pair}", data={"decision": "different", "csrf_token": form_token})
    assert r.status_code == 303
    assert pair not in [p["pair"] for p in client.get("/api/review").json()["pairs"]]
    bad = client.post(f"/api/review/{pair}", json={"decision": "perhaps"}, headers={"X-CSRF-Token": form_token})
    assert bad.status_code == 400
    missing = client.post("/api/review/999999", json={"decision": "same"}, headers={"X-CSRF-Token": form_token})
    assert missing.status_code == 404


def test_an_empty_query_is_a_bad_request_not_a_crash(client: TestClient) -> None:
    login(client, "rex")
    assert client.get("/api/search", params={"q": ""}).status_code == 400
    assert client.get("/search.csv", params={"q": " "}).status_code == 400
    assert client.get("/search", params={"q": ""}).status_code == 200


# -- analysis ------------------------------------------------------------------------------------------


def test_entity_pages_and_api_for_readers(client: TestClient) -> None:
    login(client, "rex")
    entities = client.get("/api/entities").json()["entities"]
    assert entities
    first = entities[0]
    dossier = client.get(f"/api/entities/{first['id']}").json()
    assert {"name", "type", "aliases", "mentions", "related", "claims", "events"} <= set(dossier)
    page = client.get(f"/entities/{first['id']}")
    assert page.status_code == 200 and first["name"] in page.text
    assert 'id="merge-button"' not in page.text
    assert client.get("/entities", params={"q": first["name"][:4]}).status_code == 200
    network = client.get(f"/api/entities/{first['id']}/network", params={"depth": 2}).json()
    assert first["id"] in {n["id"] for n in network["nodes"]}
    ids = {n["id"] for n in network["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids and e["weight"] >= 1 for e in network["edges"])
    assert client.get("/network", params={"entity": first["id"]}).status_code == 200
    assert client.get("/api/entities/nope/network").status_code == 404
    for path in [
        "/claims",
        "/timeline",
        "/api/claims",
        "/api/timeline",
        "/claims?about=people",
        f"/timeline?entity={first['id']}",
    ]:
        assert client.get(path).status_code == 200, path


def test_dossier_lists_the_first_claims_and_events_and_links_to_all(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    login(client, "rex")
    entities = client.get("/api/entities", params={"limit": 1000}).json()["entities"]
    dossiers = [client.get(f"/api/entities/{e['id']}").json() for e in entities]
    busiest = max(dossiers, key=lambda d: len(d["events"]))
    events = len(busiest["events"])
    assert events >= 4
    monkeypatch.setattr(web_entities, "SIDE_LIST", 3)

    def listed(html: str) -> int:
        return len(re.findall(r"<li><strong>", html.split('class="events-list"', 1)[1].split("</ul>", 1)[0]))

    short = client.get(f"/entities/{busiest['id']}").text
    assert listed(short) == 3 and f"all {events} events and claims" in short
    full = client.get(f"/entities/{busiest['id']}", params={"all": 1}).text
    assert listed(full) == events and "events and claims →" not in full


def test_document_page_links_entities_to_their_dossiers(client: TestClient, corpus_store: Store) -> None:
    login(client, "rex")
    doc = next(d for d in documents.list_documents(Caller(corpus_store)) if d["file_name"].endswith("camps.txt"))
    page = client.get(f"/documents/{doc['id']}")
    assert re.search(r'<a class="ent t-\w+" href="/entities/\w+"', page.text)


def test_only_deciding_roles_merge_and_split(client: TestClient) -> None:
    token = login(client, "rex")
    people = client.get("/api/entities", params={"type": "person"}).json()["entities"]
    assert len(people) >= 2
    a, b = people[-1], people[-2]
    assert (
        client.post(
            f"/api/entities/{a['id']}/merge", json={"other": b["id"]}, headers={"X-CSRF-Token": token}
        ).status_code
        == 403
    )
    token = login(client, "rita")
    assert (
        client.post(
            f"/api/entities/{a['id']}/merge", data={"other": b["id"]}, headers={"X-CSRF-Token": token}
        ).status_code
        == 415
    )
    merged = client.post(f"/api/entities/{a['id']}/merge", json={"other": b["id"]}, headers={"X-CSRF-Token": token})
    assert merged.status_code == 200, merged.text
    alias = b["name"]
    dossier = client.get(f"/api/entities/{merged.json()['id']}").json()
    assert alias in dossier["aliases"] or alias == dossier["name"]
    same = client.post(
        f"/api/entities/{merged.json()['id']}/merge",
        json={"other": merged.json()["id"]},
        headers={"X-CSRF-Token": token},
    )
    assert same.status_code == 400
    split = client.post(
        f"/api/entities/{merged.json()['id']}/split", json={"alias": alias}, headers={"X-CSRF-Token": token}
    )
    assert split.status_code == 200, split.text
    assert any(e["name"] == alias for e in split.json()["split"])


def test_search_filters_by_entity_type_and_date(client: TestClient) -> None:
    login(client, "rex")
    every = client.get("/api/search", params={"q": "Uyghur"}).json()["total"]
    facets = client.get("/api/search/facets", params={"q": "Uyghur"}).json()
    assert set(facets) == {"source", "language", "file_type", "entity_type", "year"}
    years = {f["value"]: f["count"] for f in facets["year"]}
    assert years and all(y.isdigit() for y in years) and sum(years.values()) <= every
    year, count = next(iter(years.items()))
    dated = client.get("/api/search", params={"q": "Uyghur", "from": year, "to": year}).json()
    assert dated["total"] == count < every or count == every
    laws = {f["value"]: f["count"] for f in facets["entity_type"]}["law"]
    assert client.get("/api/search", params={"q": "Uyghur", "entity_type": "law"}).json()["total"] == laws
    page = client.get("/search", params={"q": "Uyghur", "entity_type": "law", "from": year, "to": year})
    assert page.status_code == 200 and 'id="facet-year"' in page.text and "✕ law" in page.text
    assert client.get("/api/search", params={"q": "Uyghur", "from": "2019-13"}).status_code == 400
    assert client.get("/api/search", params={"q": "Uyghur", "entity_type": "spaceship"}).status_code == 400
    assert "is not a date" in client.get("/search", params={"q": "Uyghur", "to": "soon"}).text


def test_dossier_mentions_are_paged(client: TestClient) -> None:
    login(client, "rex")
    listed = client.get("/api/entities", params={"limit": 1}).json()
    assert listed["total"] > 1 and len(listed["entities"]) == 1
    top = listed["entities"][0]
    assert top["mention_count"] >= 3
    first = client.get(f"/api/entities/{top['id']}", params={"limit": 2}).json()
    rest = client.get(f"/api/entities/{top['id']}/mentions", params={"limit": 1000, "offset": 2}).json()
    assert len(first["mentions"]) == 2 and len(rest["mentions"]) == top["mention_count"] - 2
    assert first["mention_count"] == top["mention_count"]
    every = client.get(f"/api/entities/{top['id']}", params={"limit": 1000}).json()["mentions"]
    assert every == first["mentions"] + rest["mentions"]
    fragment = client.get(f"/entities/{top['id']}/mentions", params={"offset": top["mention_count"] - 1})
    assert fragment.status_code == 200 and fragment.text.count("<li>") == 1 and "more-mentions" not in fragment.text
    found = client.get("/api/entities", params={"q": top["name"][:5].lower()}).json()
    assert top["id"] in {e["id"] for e in found["entities"]} and found["total"] < listed["total"]


def test_review_proposes_entity_merges_for_deciding_roles(client: TestClient) -> None:
    token = login(client, "rex")
    assert client.get("/api/review/entities").status_code == 403
    token = login(client, "rita")
    pairs = client.get("/api/review/entities").json()["pairs"]
    assert pairs, "the sample corpus has names close enough to propose"
    pair = pairs[0]
    assert pair["left"]["type"] == pair["right"]["type"] and pair["reason"]
    assert str(escape(pair["left"]["name"])) in client.get("/review").text
    kept = client.post(
        "/api/review/entities",
        json={"first": pair["left"]["id"], "second": pair["right"]["id"], "decision": "distinct"},
        headers={"X-CSRF-Token": token},
    )
    assert kept.status_code == 200, kept.text
    after = client.get("/api/review/entities").json()["pairs"]
    assert {(p["left"]["id"], p["right"]["id"]) for p in after}.isdisjoint({(pair["left"]["id"], pair["right"]["id"])})
    bad = client.post(
        "/api/review/entities",
        json={"first": pair["left"]["id"], "second": pair["right"]["id"], "decision": "perhaps"},
        headers={"X-CSRF-Token": token},
    )
    assert bad.status_code == 400
    token = login(client, "rex")
    assert (
        client.post(
            "/api/review/entities",
            json={"first": "a", "second": "b", "decision": "same"},
            headers={"X-CSRF-Token": token},
        ).status_code
        == 403
    )
