"""Web hardening through FastAPI's TestClient over a real SQLite store: one-time codes (TOTP) at
login and for step-up actions, ``__Host-`` session cookies, session rotation and idle expiry,
login throttling (429), generic error pages with a correlation id, and the security headers."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyotp
import pytest
from fastapi import Request
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from conftest import ACTOR, Cli, Make, ingest
from habeas import services
from habeas.config import Settings, WebSettings
from habeas.errors import StepUpRequired
from habeas.protect import totp as second_factor
from habeas.services import Caller, documents, users
from habeas.store.auth_models import UserTotp
from habeas.store.models import User
from habeas.store.store import Store
from habeas.web.app import create_app
from habeas.web.deps import StepUpCaller, permit
from habeas.web.sessions import PLAIN_COOKIE, SECURE_COOKIE

BASE = "https://testserver"
PASSWORDS = {
    "boss": "the admin's long password",
    "ada": "ada's long password",
    "eve": "eve's long password",
    "rex": "rex's long password",
}
ROLES = {"boss": "admin", "ada": "investigator", "eve": "investigator", "rex": "reader"}


class Clock:
    """A clock the tests move by hand, for idle expiry and the step-up window."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def hardened_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    folder = tmp_path_factory.mktemp("hardening")
    store = services.open_store(Settings(store=folder / "store", workers=1))
    Make.text(folder / "in" / "note.txt", "A note about the camps in Kashgar, written in 2019.")
    ingest(store, folder / "in")
    for name, password in PASSWORDS.items():
        users.add_user(Caller(store, ACTOR), name, ROLES[name], password)
    yield store
    store.close()


@pytest.fixture(scope="module")
def secrets_(hardened_store: Store) -> dict[str, str]:
    """The TOTP secrets of the admin (boss) and of one investigator who enrolled (eve)."""
    return {name: users.enrol_totp(Caller(hardened_store, ACTOR), name).secret for name in ("boss", "eve")}


def app_over(store: Store, **web: Any) -> Any:
    return create_app(replace(store.settings, web=replace(WebSettings(), **web)))


@pytest.fixture
def client(hardened_store: Store, secrets_: dict[str, str]) -> Iterator[TestClient]:
    with TestClient(app_over(hardened_store), base_url=BASE, follow_redirects=False) as client:
        yield client


def fresh_code(store: Store, name: str, secret: str) -> str:
    """The current code, after forgetting which steps were used: each test starts clean."""
    with store.db.transaction() as session:
        user_id = session.scalars(select(User.id).where(User.name == name)).one()
        session.execute(update(UserTotp).where(UserTotp.user_id == user_id).values(last_step=None))
    return pyotp.TOTP(secret).now()


def login(client: TestClient, name: str, code: str | None = None) -> Any:
    return client.post("/api/login", json={"username": name, "password": PASSWORDS[name], "totp": code})


# -- one-time codes ---------------------------------------------------------------------


def test_an_admin_without_a_second_factor_cannot_log_in(hardened_store: Store, tmp_path: Path) -> None:
    users.add_user(Caller(hardened_store, ACTOR), "newboss", "admin", "a new admin's password")
    with TestClient(app_over(hardened_store), base_url=BASE) as client:
        r = client.post("/api/login", json={"username": "newboss", "password": "a new admin's password"})
        assert r.status_code == 403 and "habeas users totp newboss" in r.json()["detail"]
        assert client.get("/api/me").status_code == 401


def test_an_admin_needs_the_current_code(client: TestClient, hardened_store: Store, secrets_: dict[str, str]) -> None:
    code = fresh_code(hardened_store, "boss", secrets_["boss"])
    assert login(client, "boss").status_code == 401
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    assert login(client, "boss", wrong).status_code == 401
    assert client.get("/api/me").status_code == 401
    r = login(client, "boss", code)
    assert r.status_code == 200 and r.json()["role"] == "admin"
    assert client.get("/api/me").json()["username"] == "boss"


def test_a_code_works_only_once(client: TestClient, hardened_store: Store, secrets_: dict[str, str]) -> None:
    code = fresh_code(hardened_store, "boss", secrets_["boss"])
    assert login(client, "boss", code).status_code == 200
    client.cookies.clear()
    assert login(client, "boss", code).status_code == 401, "a replayed code is refused"


def test_users_who_enrolled_need_a_code_and_others_do_not(
    client: TestClient, hardened_store: Store, secrets_: dict[str, str]
) -> None:
    assert login(client, "eve").status_code == 401
    assert login(client, "eve", fresh_code(hardened_store, "eve", secrets_["eve"])).status_code == 200
    client.cookies.clear()
    r = login(client, "ada")  # an investigator who never enrolled: password only, as checks/04-web.py does
    assert r.status_code == 200 and r.json()["username"] == "ada"


def test_the_secret_is_stored_encrypted_and_never_logged(
    hardened_store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    users.add_user(Caller(hardened_store, ACTOR), "sam", "reviewer", "sam's long password")
    with caplog.at_level(logging.DEBUG):
        secret = users.enrol_totp(Caller(hardened_store, ACTOR), "sam").secret
        assert second_factor.verify_totp(hardened_store, "sam", pyotp.TOTP(secret).now())
    assert secret not in caplog.text
    database = Path(hardened_store.settings.sqlalchemy_url.removeprefix("sqlite:///"))
    for path in database.parent.glob("habeas.db*"):  # the database and its WAL
        assert secret.encode() not in path.read_bytes(), path.name
    with hardened_store.db.reading() as session:
        stored = session.scalars(select(UserTotp.secret_encrypted)).all()
    assert stored and all(secret not in s for s in stored)


def test_a_secret_moved_to_another_user_fails_closed(hardened_store: Store, secrets_: dict[str, str]) -> None:
    users.add_user(Caller(hardened_store, ACTOR), "mallory", "reader", "mallory's long password")
    users.enrol_totp(Caller(hardened_store, ACTOR), "mallory")
    with hardened_store.db.transaction() as session:
        ids = {name: id_ for name, id_ in session.execute(select(User.name, User.id))}
        boss_secret = session.get(UserTotp, ids["boss"]).secret_encrypted  # type: ignore[union-attr]
        session.execute(
            update(UserTotp)
            .where(UserTotp.user_id == ids["mallory"])
            .values(secret_encrypted=boss_secret, last_step=None)
        )
    assert not second_factor.verify_totp(hardened_store, "mallory", pyotp.TOTP(secrets_["boss"]).now())


def test_enrolling_twice_needs_replace(hardened_store: Store, secrets_: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="--replace"):
        users.enrol_totp(Caller(hardened_store, ACTOR), "boss")
    with pytest.raises(ValueError, match="no user"):
        users.enrol_totp(Caller(hardened_store, ACTOR), "nobody")


def test_users_totp_prints_the_uri_once(cli: Cli) -> None:
    assert cli("users", "add", "chief", "--role", "admin", "--password", "chief's long password").returncode == 0
    shown = cli("users", "totp", "chief")
    uri = re.search(r"otpauth://totp/\S+", shown.stdout)
    assert shown.returncode == 0 and uri and "issuer=Habeas" in uri.group(0)
    secret = pyotp.parse_uri(uri.group(0)).secret
    again = cli("users", "totp", "chief")
    assert again.returncode == 2 and "--replace" in again.stderr and secret not in again.stdout + again.stderr
    assert cli.json("users", "totp", "chief", "--replace")["secret"] != secret


# -- step-up ----------------------------------------------------------------------------


def step_up_app(store: Store, clock: Clock) -> Any:
    """The app with one route guarded as a step-up action would be (such as unsealing)."""
    app = app_over(store, step_up_window_s=300)
    app.state.sessions.clock = clock

    @app.post("/api/guarded")
    @permit("read")
    def guarded(caller: StepUpCaller) -> dict[str, str]:
        return {"done_by": caller.name}

    @app.get("/guarded", include_in_schema=False)
    @permit("read")
    def guarded_page(request: Request, caller: StepUpCaller) -> dict[str, str]:
        return {"done_by": caller.name}

    return app


def test_a_step_up_action_needs_a_recent_code(hardened_store: Store, secrets_: dict[str, str]) -> None:
    clock = Clock()
    with TestClient(step_up_app(hardened_store, clock), base_url=BASE, follow_redirects=False) as client:
        token = login(client, "eve", fresh_code(hardened_store, "eve", secrets_["eve"])).json()["csrf_token"]
        headers = {"X-CSRF-Token": token}
        assert client.post("/api/guarded", json={}, headers=headers).json() == {"done_by": "eve"}
        clock.now += 301  # the code given at login no longer counts
        r = client.post("/api/guarded", json={}, headers=headers)
        assert r.status_code == 403 and r.headers["x-step-up"] == "required"
        page = client.get("/guarded")
        assert page.status_code == 303 and page.headers["location"] == "/step-up?next=%2Fguarded"
        assert "One-time code" in client.get("/step-up?next=/guarded").text
        r = client.post("/api/step-up", json={"totp": "000000"}, headers=headers)
        assert r.status_code == 403
        later = pyotp.TOTP(secrets_["eve"]).at(time.time() + 30)  # not the step used at login
        assert client.post("/api/step-up", json={"totp": later}, headers=headers).status_code == 200
        assert client.post("/api/guarded", json={}, headers=headers).json() == {"done_by": "eve"}


def test_a_user_without_a_second_factor_cannot_step_up(hardened_store: Store) -> None:
    with pytest.raises(StepUpRequired, match="habeas users totp ada"):
        second_factor.require_step_up(hardened_store, "ada", "123456")
    with TestClient(step_up_app(hardened_store, Clock()), base_url=BASE) as client:
        token = login(client, "ada").json()["csrf_token"]
        r = client.post("/api/guarded", json={}, headers={"X-CSRF-Token": token})
        assert r.status_code == 403
        assert client.post("/api/step-up", json={"totp": "123456"}, headers={"X-CSRF-Token": token}).status_code == 403


def test_require_step_up_refuses_a_wrong_code(hardened_store: Store, secrets_: dict[str, str]) -> None:
    fresh_code(hardened_store, "eve", secrets_["eve"])
    with pytest.raises(StepUpRequired):
        second_factor.require_step_up(hardened_store, "eve", "not a code")
    second_factor.require_step_up(hardened_store, "eve", pyotp.TOTP(secrets_["eve"]).now())


# -- cookies and sessions -------------------------------------------------------------


def test_the_session_cookie_is_host_prefixed(client: TestClient) -> None:
    r = login(client, "ada")
    cookie = r.headers["set-cookie"]
    assert cookie.startswith(SECURE_COOKIE + "=")
    attributes = {a.strip().split("=")[0].lower(): a.strip() for a in cookie.split(";")[1:]}
    assert "secure" in attributes and "httponly" in attributes and attributes["path"] == "Path=/"
    assert "domain" not in attributes and attributes["samesite"].lower() == "samesite=strict"


def test_without_secure_cookies_the_prefix_is_dropped(hardened_store: Store) -> None:
    with TestClient(app_over(hardened_store, secure_cookies=False), base_url="http://testserver") as client:
        r = login(client, "ada")
        cookie = r.headers["set-cookie"]
        assert cookie.startswith(PLAIN_COOKIE + "=") and "secure" not in cookie.lower()
        assert client.get("/api/me").json()["username"] == "ada"


def test_login_gives_a_new_session(client: TestClient) -> None:
    page = client.get("/login")
    before = client.cookies[SECURE_COOKIE]
    before_token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    r = login(client, "ada")
    after = client.cookies[SECURE_COOKIE]
    assert after != before and r.json()["csrf_token"] != before_token
    client.cookies.clear()
    client.cookies.set(SECURE_COOKIE, before)  # the cookie from before login stays anonymous
    assert client.get("/api/me").status_code == 401


def test_an_idle_session_expires_and_a_busy_one_does_not(hardened_store: Store) -> None:
    clock = Clock()
    app = app_over(hardened_store, idle_timeout_s=600)
    app.state.sessions.clock = clock
    with TestClient(app, base_url=BASE) as client:
        login(client, "ada")
        for _ in range(3):  # used every 9 minutes: stays logged in past the 10 minutes
            clock.now += 540
            assert client.get("/api/me").status_code == 200
        clock.now += 601
        assert client.get("/api/me").status_code == 401


def test_every_session_ends_after_its_maximum_age(hardened_store: Store) -> None:
    clock = Clock()
    app = app_over(hardened_store, idle_timeout_s=600, session_max_age_s=1800)
    app.state.sessions.clock = clock
    with TestClient(app, base_url=BASE) as client:
        login(client, "ada")
        for _ in range(3):
            clock.now += 500
            assert client.get("/api/me").status_code == 200
        clock.now += 500
        assert client.get("/api/me").status_code == 401


# -- throttling -------------------------------------------------------------------------


def test_failed_logins_are_throttled_per_name(hardened_store: Store) -> None:
    with TestClient(app_over(hardened_store, login_failures_per_name=3), base_url=BASE) as client:
        codes = [
            client.post("/api/login", json={"username": "rex", "password": f"guess {n}"}).status_code for n in range(4)
        ]
        assert codes == [401, 401, 401, 429]
        r = login(client, "rex")  # even the right password waits
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
        assert login(client, "ada").status_code == 200, "other names are not blocked"


def test_failed_logins_are_throttled_per_address(hardened_store: Store) -> None:
    with TestClient(app_over(hardened_store, login_failures_per_address=4), base_url=BASE) as client:
        codes = [
            client.post("/api/login", json={"username": f"user{n}", "password": "guess"}).status_code for n in range(5)
        ]
        assert codes == [401, 401, 401, 401, 429]
        assert login(client, "ada").status_code == 429, "this address is blocked for every name"


def test_the_login_form_shows_throttling_plainly(hardened_store: Store) -> None:
    with TestClient(app_over(hardened_store, login_failures_per_name=1), base_url=BASE) as client:
        for expected in (401, 429):
            token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
            r = client.post("/login", data={"username": "rex", "password": "wrong", "csrf_token": token.group(1)})  # type: ignore[union-attr]
            assert r.status_code == expected
        assert "too many failed attempts" in r.text and r.headers["retry-after"]


# -- errors and headers -----------------------------------------------------------------


def failing_app(store: Store) -> Any:
    app = app_over(store)

    @app.get("/api/broken")
    @permit("public")
    def broken_api() -> None:
        raise RuntimeError("database password is hunter2")

    @app.get("/broken", include_in_schema=False)
    @permit("public")
    def broken_page() -> None:
        raise RuntimeError("database password is hunter2")

    return app


@pytest.mark.parametrize("path", ["/api/broken", "/broken"])
def test_an_unexpected_error_shows_nothing_but_a_correlation_id(
    hardened_store: Store, path: str, caplog: pytest.LogCaptureFixture
) -> None:
    with TestClient(failing_app(hardened_store), base_url=BASE) as client, caplog.at_level(logging.ERROR):
        r = client.get(path)
    assert r.status_code == 500
    cid = r.headers["x-correlation-id"]
    assert re.fullmatch(r"[0-9a-f]{16}", cid) and cid in r.text
    assert "hunter2" not in r.text and "Traceback" not in r.text and "RuntimeError" not in r.text
    if path.startswith("/api/"):
        assert r.json() == {"detail": "internal error", "correlation_id": cid}
    else:
        assert r.headers["content-type"].startswith("text/html") and "Something went wrong" in r.text
    assert_security_headers(r)
    logged = [rec for rec in caplog.records if cid in rec.getMessage()]
    assert logged and logged[0].exc_info and "hunter2" in str(logged[0].exc_info[1])


def assert_security_headers(r: Any) -> None:
    csp = r.headers.get("content-security-policy", "")
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert r.headers.get("x-content-type-options") == "nosniff"
    assert r.headers.get("referrer-policy") == "no-referrer"


def test_every_answer_carries_the_security_headers(client: TestClient, hardened_store: Store) -> None:
    anonymous = [
        client.get("/login"),
        client.get("/api/me"),
        client.get("/search"),
        client.get("/nowhere"),
        client.get("/static/app.css"),
    ]
    assert [r.status_code for r in anonymous] == [200, 401, 303, 404, 200]
    login(client, "ada")
    doc = documents.list_documents(Caller(hardened_store))[0]["id"]
    signed_in = [
        client.get("/search?q=camps"),
        client.get(f"/documents/{doc}"),
        client.get("/api/me"),
        client.get(f"/api/documents/{doc}"),
        client.get(f"/documents/{doc}/original"),
        client.get("/api/documents/nothing"),
    ]
    assert [r.status_code for r in signed_in] == [200, 200, 200, 200, 200, 404]
    for r in anonymous + signed_in:
        assert_security_headers(r)
    for r in signed_in:
        assert r.headers["cache-control"] == "no-store", r.url
    assert "no-store" not in anonymous[-1].headers.get("cache-control", ""), "static files may be cached"


def test_codes_on_either_database(store: Store) -> None:
    """The second factor's service functions on SQLite and on PostgreSQL: enrol, verify once, refuse a replay."""
    users.add_user(Caller(store, ACTOR), "kim", "admin", "kim's long password")
    secret = users.enrol_totp(Caller(store, ACTOR), "kim").secret
    assert second_factor.has_totp(store, "kim") and not second_factor.has_totp(store, "nobody")
    assert second_factor.totp_required(store, {"name": "kim", "role": "admin"})
    code = pyotp.TOTP(secret).now()
    assert second_factor.verify_totp(store, "kim", code)
    assert not second_factor.verify_totp(store, "kim", code), "a code works once"
    assert not second_factor.verify_totp(store, "kim", pyotp.TOTP(secret).at(time.time() - 300)), "too old"
    assert second_factor.verify_totp(store, "kim", pyotp.TOTP(secret).at(time.time() + 30))
