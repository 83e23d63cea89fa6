"""Per-case access: a case has members, each with a role there; only members (and the store's
admins) see a case, in the services, the JSON API, the admin page and the CLI. A new account joins
every existing case (or the ones named), a new case has only its creator and the admins, a
membership narrows what the store role allows, the unseal grant is for a case's investigators and
admins, and the migration makes every existing account a member of every existing case (SQLite and
PostgreSQL; the role x operation x case matrix is in test_protect_access.py)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pyotp
import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from conftest import ACTOR, Cli, StoreFactory, module_store_fixture
from habeas import services
from habeas.config import load_settings
from habeas.errors import NotFound, PermissionDenied
from habeas.protect import access
from habeas.protect.models import Grant
from habeas.services import Caller, analysis, cases, documents, intake, search, users
from habeas.store import db
from habeas.store.auth_models import UserTotp
from habeas.store.case_models import CaseMember
from habeas.store.models import User
from habeas.store.store import Store
from habeas.web.app import create_app

PASSWORD = "a long enough password"


EAST = "Memet Tursun was detained in Kashgar on 3 May 2018 by the Kashgar Public Security Bureau."
WEST = "Abdurehim Heyit was sentenced in Urumqi in 2017 by the Urumqi Intermediate Court."


def ingest(store: Store, folder: Path, case: str, text: str) -> str:
    """One text file into ``case`` by the local operator; its document id."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{case}.txt").write_text(text, encoding="utf-8")
    report = intake.ingest(Caller(store), [folder], intake.default_intake(case, None, None, "c", ACTOR))
    return str(report.new[0]["id"])


def fill(store: Store, folder: Path) -> tuple[Store, dict[str, str]]:
    """Case "east" with an investigator (ivan), a reader (rex) and an admin (ada) as members,
    then case "west", made after them by the local operator: its members are nobody but admins.
    The tests leave these three as they are; a test that changes memberships adds its own account."""
    docs = {"east": ingest(store, folder / "east", "east", EAST)}
    for name, role in (("ivan", "investigator"), ("rex", "reader"), ("ada", "admin")):
        users.add_user(Caller(store), name, role, PASSWORD)
    docs["west"] = ingest(store, folder / "west", "west", WEST)
    return store, docs


two_cases = module_store_fixture(workers=1)


def members(store: Store, case: str) -> dict[str, str]:
    return {m["user"]: m["role"] for m in cases.list_members(Caller(store), case)}


def seen_cases(store: Store, actor: str) -> set[str]:
    return {c["name"] for c in cases.list_cases(Caller(store, actor))}


def test_a_new_case_has_only_its_creator_and_the_store_admins(two_cases: tuple[Store, dict[str, str]]) -> None:
    store, _docs = two_cases
    east, west = members(store, "east"), members(store, "west")
    assert (east["ivan"], east["rex"], east["ada"]) == ("investigator", "reader", "admin")
    assert not {"ivan", "rex", "ada"} & set(west)  # made by the local operator, who is no account
    users.add_user(Caller(store), "nina", "investigator", PASSWORD, cases=["east"])
    cases.create_case(Caller(store, "nina"), "north")
    assert members(store, "north") == {"nina": "investigator"}
    assert seen_cases(store, "nina") == {"east", "north"}
    assert "north" not in seen_cases(store, "ivan") and "west" not in seen_cases(store, "rex")
    assert {"east", "north", "west"} <= seen_cases(store, "ada")
    assert {"east", "north", "west"} <= seen_cases(store, ACTOR)  # the local owner


def test_a_member_sees_their_cases_and_nothing_of_the_others(two_cases: tuple[Store, dict[str, str]]) -> None:
    store, docs = two_cases
    rex = Caller(store, "rex")
    assert [d["id"] for d in documents.list_documents(rex)] == [docs["east"]]
    assert documents.show_document(rex, docs["east"])["case"] == "east"
    for opening in (documents.show_document, documents.original_file, analysis.document_entities):
        with pytest.raises(NotFound, match="no document"):
            opening(rex, docs["west"])  # as if it did not exist, not "forbidden"
    filters = search.search_filters()
    assert search.search(rex, "Kashgar", filters)[0] == 1
    assert search.search(rex, "Urumqi", filters)[0] == 0
    assert search.search(rex, "Urumqi", search.search_filters(case="west"))[0] == 0
    assert search.search(Caller(store, "ada"), "Urumqi", filters)[0] == 1
    names = {e["name"] for e in analysis.list_entities(rex)}
    assert "Kashgar" in names and "Urumqi" not in names
    with pytest.raises(NotFound):
        analysis.entity_dossier(rex, "Urumqi")
    assert analysis.entity_dossier(Caller(store, "ada"), "Urumqi")["mention_count"] > 0
    with pytest.raises(NotFound, match="no case called 'west'"):
        analysis.timeline(rex, case="west")  # the same answer as for a case that is not there
    with pytest.raises(NotFound, match="no case called 'south'"):
        analysis.timeline(rex, case="south")


def test_users_add_joins_every_case_or_the_ones_named(two_cases: tuple[Store, dict[str, str]]) -> None:
    store, _docs = two_cases
    users.add_user(Caller(store), "rita", "reviewer", PASSWORD)
    users.add_user(Caller(store), "wes", "reader", PASSWORD, cases=["west", "west"])
    assert members(store, "east")["rita"] == "reviewer" and members(store, "west")["rita"] == "reviewer"
    assert "wes" not in members(store, "east") and members(store, "west")["wes"] == "reader"
    with pytest.raises(NotFound, match="no case called 'south'"):
        users.add_user(Caller(store), "sam", "reader", PASSWORD, cases=["south"])
    assert users.get_user(Caller(store), "sam") is None, "nothing was added"


def test_a_membership_narrows_the_store_role_and_is_seen_at_once(two_cases: tuple[Store, dict[str, str]]) -> None:
    """An investigator who is a reader in a case reads it but does not write in it; a change of
    membership counts from the very next call (it is audited, which moves the remembered roles on)."""
    store, docs = two_cases
    users.add_user(Caller(store), "iris", "investigator", PASSWORD, cases=["east"])
    ivan = Caller(store, "iris")
    folder = store.settings.store.parent / "more"
    assert documents.list_documents(ivan, case="east")
    cases.add_member(Caller(store), "east", "iris", "reader")
    assert documents.show_document(ivan, docs["east"])["id"] == docs["east"]
    folder.mkdir()
    (folder / "note.txt").write_text("A note.", encoding="utf-8")
    with pytest.raises(PermissionDenied, match="may not upload in the case 'east'"):
        intake.ingest(ivan, [folder], intake.default_intake("east", None, None, "c", "ivan"))
    with pytest.raises(PermissionDenied, match="reader"):
        analysis.merge_candidates(ivan, case="east")
    with pytest.raises(NotFound):
        documents.show_document(ivan, docs["west"])
    cases.add_member(Caller(store), "west", "iris")  # at her store role
    assert members(store, "west")["iris"] == "investigator"
    assert documents.show_document(ivan, docs["west"])["case"] == "west"
    assert cases.remove_member(Caller(store), "west", "iris")
    with pytest.raises(NotFound):
        documents.show_document(ivan, docs["west"])
    assert not cases.remove_member(Caller(store), "west", "iris")


def test_a_store_role_change_moves_the_memberships_at_the_old_default(two_cases: tuple[Store, dict[str, str]]) -> None:
    store, _docs = two_cases
    users.add_user(Caller(store), "remy", "reader", PASSWORD, cases=["east"])
    cases.add_member(Caller(store), "west", "remy", "reviewer")
    users.set_role(Caller(store), "remy", "investigator")
    assert members(store, "east")["remy"] == "investigator"  # was the default (the store role)
    assert members(store, "west")["remy"] == "reviewer"  # was given on purpose


def test_only_a_cases_investigators_and_admins_hold_its_unseal_grant(two_cases: tuple[Store, dict[str, str]]) -> None:
    store, _docs = two_cases
    admin = Caller(store)
    users.add_user(admin, "gus", "investigator", PASSWORD, cases=["east"])
    with pytest.raises(ValueError, match="not a member of the case 'west'"):
        users.grant(admin, "gus", "west", "unseal")
    users.grant(admin, "gus", "east", "unseal")
    with store.db.reading() as session:
        assert "gus" in access.unseal_grantees(session, access.case_id_named(session, "east"))
    cases.add_member(admin, "east", "gus", "reviewer")  # below investigator: the grant goes
    with store.db.reading() as session:
        assert not session.scalars(select(Grant).where(Grant.user == "gus")).all()
    with pytest.raises(ValueError, match="a reviewer in the case 'east'"):
        users.grant(admin, "gus", "east", "unseal")
    cases.add_member(admin, "east", "gus", "investigator")
    users.grant(admin, "gus", "east", "unseal")
    cases.remove_member(admin, "east", "gus")
    with store.db.reading() as session:
        assert not session.scalars(select(Grant).where(Grant.user == "gus")).all()


def test_membership_is_managed_by_store_admins_only(two_cases: tuple[Store, dict[str, str]]) -> None:
    store, _docs = two_cases
    with pytest.raises(PermissionDenied):
        cases.add_member(Caller(store, "ivan"), "east", "rex", "investigator")
    with pytest.raises(PermissionDenied):
        cases.list_members(Caller(store, "ivan"), "east")
    with pytest.raises(ValueError, match="role must be one of"):
        cases.add_member(Caller(store), "east", "rex", "owner")
    with pytest.raises(NotFound, match="no user called 'nobody'"):
        cases.add_member(Caller(store), "east", "nobody")
    users.add_user(Caller(store), "rob", "reader", PASSWORD)
    users.remove_user(Caller(store), "rob")
    assert "rob" not in members(store, "east")
    with pytest.raises(ValueError, match="was removed"):
        cases.add_member(Caller(store), "east", "rob")


def test_the_migration_makes_every_account_a_member_of_every_case(make_store: StoreFactory) -> None:
    """A store from before memberships: every account (not a removed one) joins every case at its
    store role, so nobody loses what they could read."""
    store = make_store()
    cases.create_case(Caller(store), "east")
    for name, role in (("ivan", "investigator"), ("rex", "reader"), ("ada", "admin")):
        users.add_user(Caller(store), name, role, PASSWORD, cases=[])
    cases.create_case(Caller(store), "west")
    users.remove_user(Caller(store), "rex")
    engine = store.db.engine
    command.downgrade(db.alembic_config(engine), "sessions")
    with engine.begin() as conn:
        assert not conn.dialect.has_table(conn, "case_members")
    db.migrate(engine)
    assert members(store, "east") == members(store, "west") == {"ivan": "investigator", "ada": "admin"}
    with store.db.reading() as session:
        assert {m.added_by for m in session.scalars(select(CaseMember))} == {"migration"}


# -- the CLI and the web ------------------------------------------------------------------------


def run(cli: Cli, *args: str) -> subprocess.CompletedProcess[str]:
    return cli(*args, env=Cli.env(HABEAS_WORKERS="1"))


def test_the_cli_manages_members(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "store")
    with services.open_store(load_settings(cli.store_dir)) as store:  # the setting up, without a process each
        cases.create_case(Caller(store), "east")
        users.add_user(Caller(store), "rex", "reader", PASSWORD)
        cases.create_case(Caller(store), "west")
    assert run(cli, "users", "add", "wes", "--role", "reader", "--password", PASSWORD, "--case", "west").returncode == 0
    listed = json.loads(run(cli, "case", "members", "list", "--json").stdout)["members"]
    assert [(m["case"], m["user"], m["role"]) for m in listed] == [("east", "rex", "reader"), ("west", "wes", "reader")]
    added = run(cli, "case", "members", "add", "west", "rex", "--role", "reader")
    assert added.returncode == 0 and "rex is a reader in the case west" in added.stdout
    assert [c["name"] for c in json.loads(run(cli, "--as", "rex", "cases", "--json").stdout)["cases"]] == [
        "east",
        "west",
    ]
    removed = run(cli, "case", "members", "remove", "west", "rex")
    assert removed.returncode == 0 and "no longer a member" in removed.stdout
    refused = run(cli, "--as", "rex", "case", "members", "list")
    assert refused.returncode == 3 and refused.stderr.startswith("refused: ")
    bad = run(cli, "case", "members", "add", "south", "rex")
    assert bad.returncode == 2 and "no case called 'south'" in bad.stderr and "Traceback" not in bad.stderr


BASE = "https://testserver"


def _login(client: TestClient, name: str, code: str | None = None) -> None:
    r = client.post("/api/login", json={"username": name, "password": PASSWORD, "totp": code})
    assert r.status_code == 200, r.text


def test_the_api_and_the_admin_page(two_cases: tuple[Store, dict[str, str]]) -> None:
    store, docs = two_cases
    secret = users.enrol_totp(Caller(store), "ada", replace=True).secret
    app = create_app(store.settings)
    with (
        TestClient(app, base_url=BASE, follow_redirects=False) as rex,
        TestClient(app, base_url=BASE, follow_redirects=False) as ada,
    ):
        _login(rex, "rex")
        assert rex.get(f"/api/documents/{docs['east']}").status_code == 200
        assert rex.get(f"/api/documents/{docs['west']}").status_code == 404
        assert rex.get("/api/search", params={"q": "Urumqi"}).json()["total"] == 0
        assert rex.get("/api/search", params={"q": "Kashgar"}).json()["total"] == 1
        assert rex.get("/admin/cases").status_code == 403
        with store.db.transaction() as session:  # forget the used steps: a fresh code for the login
            ada_id = session.scalars(select(User.id).where(User.name == "ada")).one()
            session.execute(update(UserTotp).where(UserTotp.user_id == ada_id).values(last_step=None))
        _login(ada, "ada", pyotp.TOTP(secret).now())
        page = ada.get("/admin/cases")
        assert page.status_code == 200 and "rex" in page.text and "west" in page.text
        token = page.text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        r = ada.post("/admin/cases/members", data={"csrf_token": token, "case": "west", "user": "rex", "role": ""})
        assert r.status_code == 200 and "rex is a member of the case west" in r.text
        assert rex.get(f"/api/documents/{docs['west']}").status_code == 200
        r = ada.post("/admin/cases/members/remove", data={"csrf_token": token, "case": "west", "user": "rex"})
        assert r.status_code == 200 and "no longer a member" in r.text
        assert rex.get(f"/api/documents/{docs['west']}").status_code == 404
        r = ada.post("/admin/cases/members", data={"csrf_token": token, "case": "west", "user": "rex", "role": "boss"})
        assert r.status_code == 400 and "role must be one of" in r.text


def test_the_case_members_page_in_a_browser(tmp_path: Path) -> None:
    """An admin adds a reader to a case and takes them out again on the page, in a real browser;
    the reader's case list follows each change."""
    from browser import chromium, log_in, open_page, require_chromium, serving

    require_chromium()
    pytest.importorskip("playwright.sync_api")
    store = services.open_store(load_settings(tmp_path / "store"))
    for name in ("east", "west"):
        cases.create_case(Caller(store), name)
    users.add_user(Caller(store), "boss", "admin", PASSWORD)
    users.add_user(Caller(store), "rex", "reader", PASSWORD, cases=["east"])
    secret = users.enrol_totp(Caller(store), "boss").secret
    try:
        with serving(store.settings) as base, chromium() as browser, open_page(browser) as page:
            log_in(page, base, "boss", PASSWORD, totp=pyotp.TOTP(secret).now())
            page.goto(base + "/admin/users")
            page.click("a[href='/admin/cases']")
            page.wait_for_selector("#member-east-rex")
            assert page.locator("#member-west-rex").count() == 0
            page.select_option("#member-case", "west")
            page.select_option("#member-user", "rex")
            page.select_option("#member-role", "reader")
            with page.expect_navigation():
                page.click("form.member-add button[type=submit]")
            assert "rex is a member of the case west" in page.inner_text(".notice")
            assert seen_cases(store, "rex") == {"east", "west"}
            with page.expect_navigation():
                page.click("#member-west-rex button")
            assert "no longer a member" in page.inner_text(".notice")
            assert page.locator("#member-west-rex").count() == 0
            assert seen_cases(store, "rex") == {"east"}
    finally:
        store.close()
