"""Sessions and secrets on the web, through FastAPI's TestClient over real stores (SQLite, and
PostgreSQL when configured) and the CLI: server-side sessions that end at logout and with every
change to the account; disabling, enabling, removing accounts and resetting passwords (CLI and the
admin page); wrong unseal passphrases throttled and audited, with few key derivations at once; and
X-Forwarded-For believed only from trusted proxies."""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyotp
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from conftest import ACTOR, Cli, StoreFactory
from habeas import services
from habeas.config import Settings, WebSettings, load_settings
from habeas.errors import PermissionDenied, WrongPassphrase
from habeas.protect import attempts, crypto
from habeas.protect.models import Grant, WrappedKey
from habeas.services import Caller, cases, users
from habeas.services import keys as keys_service
from habeas.services import testimony as testimony_service
from habeas.store.auth_models import PassphraseAttempt, UserRemoval, UserTotp, WebSession
from habeas.store.models import AuditEntry, User
from habeas.store.store import Store
from habeas.web.app import create_app
from habeas.web.sessions import SECURE_COOKIE
from test_protect_keys import FAST_KDF, PASS
from test_protect_testimony import CANARY, record_with_canary
from webclient import BASE, api_login

PASSWORDS = {"boss": "the admin's long password", "ada": "ada's long password", "rex": "rex's long password"}
ROLES = {"boss": "admin", "ada": "investigator", "rex": "reader"}
BOSS_PASSPHRASE = "the admin's passphrase 1"


@pytest.fixture
def web_store(make_store: StoreFactory) -> Store:
    """A store with an admin who has a one-time code (boss), an investigator and a reader; cheap
    key derivations (the tests test logic, not cost)."""
    settings = replace(make_store.settings(), kdf=FAST_KDF)
    store = services.open_store(settings)
    make_store._opened.append((store, settings.database_url))
    for name, password in PASSWORDS.items():
        users.add_user(Caller(store, ACTOR), name, ROLES[name], password)
    return store


@pytest.fixture
def boss_secret(web_store: Store) -> str:
    return users.enrol_totp(Caller(web_store, ACTOR), "boss").secret


def app_over(store: Store, **web: Any) -> Any:
    return create_app(replace(store.settings, web=replace(store.settings.web, **web)))


def client_of(app: Any, peer: str = "testclient") -> TestClient:
    return TestClient(app, base_url=BASE, follow_redirects=False, client=(peer, 50000))


def login(client: TestClient, name: str, code: str | None = None) -> str:
    return api_login(client, name, PASSWORDS[name], code)


def boss_code(store: Store, secret: str) -> str:
    """The admin's current code, after forgetting which steps were used."""
    with store.db.transaction() as session:
        user_id = session.scalars(select(User.id).where(User.name == "boss")).one()
        session.execute(update(UserTotp).where(UserTotp.user_id == user_id).values(last_step=None))
    return pyotp.TOTP(secret).now()


def form_token(client: TestClient, path: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text)
    assert found, path
    return found.group(1)


def audit_entries(store: Store, action_prefix: str) -> list[AuditEntry]:
    with store.db.reading() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action.startswith(action_prefix)).order_by(AuditEntry.seq)
            )
        )


def with_cookie(client: TestClient, cookie: str) -> TestClient:
    client.cookies.clear()
    client.cookies.set(SECURE_COOKIE, cookie)
    return client


# -- server-side sessions ---------------------------------------------------------------


def test_the_cookie_is_an_opaque_id_and_the_database_keeps_only_its_hash(web_store: Store) -> None:
    with client_of(app_over(web_store)) as client:
        login(client, "ada")
        cookie = client.cookies[SECURE_COOKIE]
        assert re.fullmatch(r"[A-Za-z0-9_-]{43}", cookie), "a random id, nothing readable or signed in it"
        with web_store.db.reading() as session:
            stored = session.scalars(select(WebSession.id_hash)).all()
        assert stored == [hashlib.sha256(cookie.encode()).hexdigest()]
        assert client.get("/api/me").json()["username"] == "ada"


@pytest.mark.parametrize("how", ["api", "form"])
def test_a_cookie_fails_after_logout(web_store: Store, how: str) -> None:
    with client_of(app_over(web_store)) as client:
        token = login(client, "ada")
        cookie = client.cookies[SECURE_COOKIE]
        if how == "api":
            assert client.post("/api/logout", json={}, headers={"X-CSRF-Token": token}).status_code == 200
        else:
            r = client.post("/logout", data={"csrf_token": form_token(client, "/search")})
            assert r.status_code == 303
        r = with_cookie(client, cookie).get("/api/me")  # the cookie a thief copied before the logout
        assert r.status_code == 401
        assert "set-cookie" not in r.headers, "an ended session is not refreshed"
        assert with_cookie(client, cookie).get("/search").status_code == 303  # pages: to the login
        with web_store.db.reading() as session:
            assert session.scalars(select(WebSession)).all() == []


def test_other_sessions_of_the_user_survive_one_logout(web_store: Store) -> None:
    app = app_over(web_store)
    with client_of(app) as laptop, client_of(app) as phone:
        token = login(laptop, "ada")
        login(phone, "ada")
        laptop.post("/api/logout", json={}, headers={"X-CSRF-Token": token})
        assert laptop.get("/api/me").status_code == 401
        assert phone.get("/api/me").json()["username"] == "ada"


CHANGES: dict[str, Callable[[Caller], Any]] = {
    "disable": lambda ctx: users.disable_user(ctx, "ada"),
    "role change": lambda ctx: users.set_role(ctx, "ada", "reader"),
    "password reset": lambda ctx: users.reset_password(ctx, "ada", "ada's new long password"),
    "remove": lambda ctx: users.remove_user(ctx, "ada"),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_change_to_the_account_ends_its_sessions_at_once(web_store: Store, change: str) -> None:
    app = app_over(web_store)
    with client_of(app) as client, client_of(app) as other:
        login(client, "ada")
        login(other, "rex")
        assert client.get("/api/me").status_code == 200
        CHANGES[change](Caller(web_store, ACTOR))
        assert client.get("/api/me").status_code == 401
        assert other.get("/api/me").json()["username"] == "rex", "only that account's sessions end"
        entry = audit_entries(web_store, "user.")[-1]
        assert entry.actor == ACTOR and entry.target == "ada" and entry.details.get("sessions_ended") == 1
        if change == "role change":
            assert login(client, "ada") and client.get("/api/me").json()["role"] == "reader"
        if change == "password reset":
            r = client.post("/api/login", json={"username": "ada", "password": PASSWORDS["ada"]})
            assert r.status_code == 401
            r = client.post("/api/login", json={"username": "ada", "password": "ada's new long password"})
            assert r.status_code == 200


def test_idle_sessions_are_swept_at_the_next_login(web_store: Store) -> None:
    app = app_over(web_store, idle_timeout_s=600)
    now = [time.time()]
    app.state.sessions.clock = lambda: now[0]
    with client_of(app) as client:
        login(client, "ada")
        now[0] += 601
        login(client, "rex")
    with web_store.db.reading() as session:
        assert len(session.scalars(select(WebSession)).all()) == 1


# -- accounts: the service and the CLI ---------------------------------------------------


def test_disable_and_enable(web_store: Store) -> None:
    owner = Caller(web_store, ACTOR)
    assert users.disable_user(owner, "ada")["disabled"]
    assert users.authenticate(owner, "ada", PASSWORDS["ada"]) is None
    assert users.role_of(Caller(web_store, "ada")) is None
    assert not users.enable_user(owner, "ada")["disabled"]
    assert users.authenticate(owner, "ada", PASSWORDS["ada"]) is not None
    with pytest.raises(PermissionDenied):
        users.disable_user(Caller(web_store, "rex"), "ada")  # admins only
    with pytest.raises(ValueError, match="your own"):
        users.disable_user(Caller(web_store, "boss"), "boss")
    with pytest.raises(LookupError, match="no user"):
        users.disable_user(owner, "nobody")
    assert [e.action for e in audit_entries(web_store, "user.")][-2:] == ["user.disable", "user.enable"]


def test_remove_keeps_the_name_reserved_and_revokes_grants_and_wrapped_keys(web_store: Store) -> None:
    owner = Caller(web_store, ACTOR)
    keys_service.init_keys(owner, PASS)
    keys_service.init_keys(Caller(web_store, "ada"), "ada's passphrase 123")
    cases.create_case(owner, "main")
    cases.add_member(owner, "main", "ada")  # a case made after the accounts has only its creator and the admins
    users.grant(owner, "owner", "main", "unseal")
    users.grant(owner, "ada", "main", "unseal")
    users.enrol_totp(owner, "ada")
    record = testimony_service.add_testimony(owner, record_with_canary(), case="main")
    assert record["shared_with"] == ["ada", "owner"]
    assert testimony_service.unseal(
        Caller(web_store, "ada"), record["id"], reason="before", passphrase="ada's passphrase 123"
    )["fields"]

    removal = users.remove_user(owner, "ada")
    assert removal == {
        "name": "ada",
        "grants": [{"case": "main", "permission": "unseal"}],
        "wrapped_keys": 1,
        "sessions": 0,
    }
    with web_store.db.reading() as session:
        ada = session.scalars(select(User).where(User.name == "ada")).one()  # the row stays
        assert ada.disabled and session.get(UserRemoval, ada.id) is not None
        assert session.scalars(select(Grant).where(Grant.user == "ada")).all() == []
        assert session.scalars(select(WrappedKey).where(WrappedKey.recipient == "ada")).all() == []
        assert session.get(UserTotp, ada.id) is None
    listed = {u["name"]: u for u in users.list_users(owner)}
    assert listed["ada"]["removed"] and listed["ada"]["disabled"] and not listed["rex"]["removed"]
    with pytest.raises(ValueError, match="already exists"):
        users.add_user(owner, "ada", "investigator", "a new long password")
    for again in (users.enable_user, users.disable_user, users.remove_user):
        with pytest.raises(ValueError, match="removed"):
            again(owner, "ada")
    with pytest.raises(PermissionDenied):
        testimony_service.unseal(
            Caller(web_store, "ada"), record["id"], reason="after", passphrase="ada's passphrase 123"
        )
    entry = audit_entries(web_store, "user.remove")[-1]
    assert entry.actor == ACTOR and entry.target == "ada"
    assert entry.details == {
        "grants": [{"case": "main", "permission": "unseal"}],
        "wrapped_keys": 1,
        "sessions_ended": 0,
    }
    # the entries ada wrote stay attributable to an account that still exists
    assert any(e.actor == "ada" for e in audit_entries(web_store, "testimony.unseal"))


def test_a_new_password_needs_the_minimum_length(web_store: Store) -> None:
    with pytest.raises(ValueError, match="at least"):
        users.reset_password(Caller(web_store, ACTOR), "ada", "short")
    with pytest.raises(ValueError, match="role must be"):
        users.set_role(Caller(web_store, ACTOR), "ada", "overlord")


def test_the_cli_disables_enables_resets_and_removes(cli: Cli) -> None:
    assert cli("users", "add", "ada", "--role", "investigator", "--password", PASSWORDS["ada"]).returncode == 0
    assert cli.json("users", "disable", "ada")["disabled"] is True
    assert cli.json("users", "enable", "ada")["disabled"] is False
    assert cli.json("users", "role", "ada", "--role", "reviewer")["role"] == "reviewer"
    assert cli.json("users", "reset-password", "ada", "--password", "ada's new long password")["name"] == "ada"
    assert cli("users", "remove", "ada").returncode != 0, "remove asks first (no answer: no)"
    removal = cli.json("users", "remove", "ada", "--yes")
    assert removal == {"name": "ada", "grants": [], "wrapped_keys": 0, "sessions": 0}
    listed = {u["name"]: u for u in cli.json("users", "list")["users"]}
    assert listed["ada"]["removed"] is True
    again = cli("users", "add", "ada", "--role", "reader", "--password", "another long password")
    assert again.returncode == 2 and "already exists" in again.stderr
    assert cli("users", "enable", "ada").returncode == 2
    assert "removed" in cli("users", "list").stdout
    store = services.open_store(Settings(store=cli.store_dir, workers=1))
    try:
        entries = audit_entries(store, "user.")
    finally:
        store.close()
    assert [(e.actor, e.action, e.target) for e in entries] == [
        (ACTOR, action, "ada")
        for action in ("user.add", "user.disable", "user.enable", "user.role", "user.password", "user.remove")
    ]
    assert "password" not in json.dumps([e.details for e in entries]), "never a password, not even a field of it"


# -- accounts: the admin page -------------------------------------------------------------


def test_the_admin_page_changes_accounts_and_ends_their_sessions(web_store: Store, boss_secret: str) -> None:
    app = app_over(web_store)
    with client_of(app) as admin, client_of(app) as ada:
        login(ada, "ada")
        login(admin, "boss", boss_code(web_store, boss_secret))  # a code at login counts as a step-up
        page = admin.get("/admin/users")
        assert page.status_code == 200 and "ada" in page.text and "rex" in page.text
        token = form_token(admin, "/admin/users")
        assert admin.post("/admin/users/ada/disable", data={"csrf_token": "forged"}).status_code == 403
        assert admin.post("/admin/users/ada/disable").status_code == 422  # no token at all
        assert ada.get("/api/me").status_code == 200
        r = admin.post("/admin/users/ada/disable", data={"csrf_token": token})
        assert r.status_code == 200 and "ada is disabled" in r.text
        assert ada.get("/api/me").status_code == 401
        assert admin.post("/admin/users/ada/enable", data={"csrf_token": token}).status_code == 200
        login(ada, "ada")
        r = admin.post("/admin/users/ada/role", data={"csrf_token": token, "role": "reader"})
        assert r.status_code == 200 and ada.get("/api/me").status_code == 401
        r = admin.post("/admin/users/ada/password", data={"csrf_token": token, "password": "short"})
        assert r.status_code == 400 and "at least" in r.text
        r = admin.post("/admin/users/ada/password", data={"csrf_token": token, "password": "ada's new long password"})
        assert r.status_code == 200
        r = admin.post("/admin/users/ada/remove", data={"csrf_token": token, "confirm": "not ada"})
        assert r.status_code == 400 and "to confirm" in r.text
        r = admin.post("/admin/users/ada/remove", data={"csrf_token": token, "confirm": "ada"})
        assert r.status_code == 200 and "name stays reserved" in r.text
        assert admin.post("/admin/users/boss/disable", data={"csrf_token": token}).status_code == 400
    actions = [(e.actor, e.action, e.target) for e in audit_entries(web_store, "user.")][-5:]
    assert actions == [
        ("boss", action, "ada")
        for action in ("user.disable", "user.enable", "user.role", "user.password", "user.remove")
    ]


def test_the_admin_page_is_for_admins_with_a_fresh_code(web_store: Store, boss_secret: str) -> None:
    app = app_over(web_store, step_up_window_s=300)
    now = [time.time()]
    app.state.sessions.clock = lambda: now[0]
    with client_of(app) as reader:
        login(reader, "rex")
        assert reader.get("/admin/users").status_code == 403
        token = form_token(reader, "/search")
        assert reader.post("/admin/users/ada/disable", data={"csrf_token": token}).status_code == 403
    with client_of(app) as admin:
        login(admin, "boss", boss_code(web_store, boss_secret))
        assert "/admin/users" in admin.get("/search").text, "the menu links to the accounts page"
        token = form_token(admin, "/admin/users")
        now[0] += 301  # the code given at login no longer counts
        page = admin.get("/admin/users")
        assert page.status_code == 303 and page.headers["location"].startswith("/step-up")
        r = admin.post("/admin/users/ada/disable", data={"csrf_token": token})
        assert r.status_code == 303 and r.headers["location"] == "/step-up?next=/admin/users"
    assert users.get_user(Caller(web_store), "ada") is not None, "nothing changed without the code"


# -- unsealing: throttled, audited, few derivations at once -------------------------------


@pytest.fixture
def sealed(web_store: Store) -> str:
    """A record shared with the admin (boss) and the local owner, who hold unseal grants on its case."""
    owner = Caller(web_store, ACTOR)
    keys_service.init_keys(owner, PASS)
    keys_service.init_keys(Caller(web_store, "boss"), BOSS_PASSPHRASE)
    cases.create_case(owner, "main")
    users.grant(owner, "owner", "main", "unseal")
    users.grant(owner, "boss", "main", "unseal")
    return testimony_service.add_testimony(owner, record_with_canary(), case="main")["id"]


def throttled_store(store: Store, **web: Any) -> Store:
    """The same database, with other web settings (as another server process would read them)."""
    return services.open_store(replace(store.settings, web=replace(store.settings.web, **web)))


def test_wrong_passphrases_are_throttled_and_audited(web_store: Store, sealed: str) -> None:
    store = throttled_store(web_store, unseal_failures_per_user=3, unseal_window_s=600)
    boss = Caller(store, "boss")
    try:
        for n in range(3):
            with pytest.raises(WrongPassphrase):
                testimony_service.unseal(boss, sealed, reason="court order 7", passphrase=f"a wrong guess {n}")
        with pytest.raises(PermissionDenied, match="too many wrong passphrases") as refused:
            testimony_service.unseal(boss, sealed, reason="court order 7", passphrase=BOSS_PASSPHRASE)
        assert 0 < getattr(refused.value, "retry_after", 0) <= 601
        failed = audit_entries(store, "testimony.unseal.failed")
        assert [e.details["error"] for e in failed] == ["wrong passphrase"] * 3 + ["too many wrong passphrases"]
        assert all(e.actor == "boss" and e.target == sealed and e.case_name == "main" for e in failed)
        assert set(failed[0].details) == {"fields", "reason", "error"}
        assert failed[0].details["reason"] == "court order 7"
        assert "source.name" in failed[0].details["fields"]
        text = json.dumps([e.details for e in failed])
        assert "wrong guess" not in text and BOSS_PASSPHRASE not in text and CANARY not in text
        with store.db.transaction() as session:  # the window passes
            session.execute(update(PassphraseAttempt).values(at=PassphraseAttempt.at - 601))
        opened = testimony_service.unseal(boss, sealed, reason="court order 7", passphrase=BOSS_PASSPHRASE)
        assert opened["fields"]["source.name"] == CANARY
        with store.db.reading() as session:
            assert session.scalars(select(PassphraseAttempt)).all() == [], "a right passphrase clears the count"
        assert audit_entries(store, "testimony.unseal")[-1].action == "testimony.unseal"
    finally:
        store.close()


def test_other_users_are_not_throttled_by_ones_failures(web_store: Store, sealed: str) -> None:
    store = throttled_store(web_store, unseal_failures_per_user=1)
    try:
        with pytest.raises(WrongPassphrase):
            testimony_service.unseal(Caller(store, "boss"), sealed, reason="x", passphrase="a wrong guess")
        with pytest.raises(PermissionDenied, match="too many"):
            testimony_service.unseal(Caller(store, "boss"), sealed, reason="x", passphrase=BOSS_PASSPHRASE)
        assert testimony_service.unseal(Caller(store, ACTOR), sealed, reason="x", passphrase=PASS)["fields"]
    finally:
        store.close()


def test_the_web_unseal_form_answers_429_past_the_limit(web_store: Store, sealed: str, boss_secret: str) -> None:
    with client_of(app_over(web_store, unseal_failures_per_user=2)) as client:
        login(client, "boss", boss_code(web_store, boss_secret))
        token = form_token(client, f"/testimony/{sealed}/unseal")
        statuses = []
        for passphrase in ("wrong one", "wrong two", BOSS_PASSPHRASE):
            r = client.post(
                f"/testimony/{sealed}/unseal", data={"passphrase": passphrase, "reason": "court", "csrf_token": token}
            )
            statuses.append(r.status_code)
        assert statuses == [400, 400, 429]
        assert int(r.headers["retry-after"]) > 0 and CANARY not in r.text
    assert len(audit_entries(web_store, "testimony.unseal.failed")) == 3


class BlockedDerivations:
    """Stands in for the Argon2id derivation: each call waits until released, and counts how many
    are inside at once."""

    def __init__(self, real: Callable[..., bytes]) -> None:
        self.real = real
        self.release = threading.Event()
        self.inside = 0
        self.most_inside = 0
        self.lock = threading.Lock()

    def __call__(self, protected: dict[str, Any], passphrase: str) -> bytes:
        with self.lock:
            self.inside += 1
            self.most_inside = max(self.most_inside, self.inside)
        try:
            assert self.release.wait(30), "never released"
            return self.real(protected, passphrase)
        finally:
            with self.lock:
                self.inside -= 1


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 30
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.01)


def guess_in_parallel(store: Store, record: str, guesses: int) -> list[threading.Thread | BaseException]:
    results: list[threading.Thread | BaseException] = []

    def guess(n: int) -> None:
        try:
            testimony_service.unseal(Caller(store, "boss"), record, reason="x", passphrase=f"a wrong guess {n}")
        except BaseException as exc:  # collected for the test to look at
            results.append(exc)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(guesses)]
    for t in threads:
        t.start()
    results.extend(threads)
    return results


def test_parallel_derivations_are_bounded(web_store: Store, sealed: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store = services.open_store(
        replace(
            web_store.settings,
            kdf=replace(FAST_KDF, max_parallel=2),
            web=replace(web_store.settings.web, unseal_failures_per_user=100),
        )
    )
    blocked = BlockedDerivations(crypto.open_secret)
    monkeypatch.setattr(crypto, "open_secret", blocked)
    try:
        started = guess_in_parallel(store, sealed, 8)
        threads = [t for t in started if isinstance(t, threading.Thread)]
        wait_for(  # a slot is taken before the key's row is read: wait until both holders reach the derivation
            lambda: attempts.DERIVATIONS.active == 2 and attempts.DERIVATIONS.waiting == 6 and blocked.inside >= 2,
            "two derivations running and six waiting",
        )
        assert blocked.inside == 2, "the other six wait for a slot, not inside the derivation"
        blocked.release.set()
        for t in threads:
            t.join(30)
        errors = [e for e in started if isinstance(e, BaseException)]
        assert len(errors) == 8 and all(isinstance(e, WrongPassphrase) for e in errors)
        assert blocked.most_inside == 2 and attempts.DERIVATIONS.active == 0
    finally:
        blocked.release.set()
        store.close()


def test_parallel_guesses_cannot_slip_past_the_limit(
    web_store: Store, sealed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An attempt counts from before its derivation: with a limit of 3, three of eight parallel
    guesses are tried and five are refused without deriving anything."""
    store = throttled_store(web_store, unseal_failures_per_user=3)
    blocked = BlockedDerivations(crypto.open_secret)
    monkeypatch.setattr(crypto, "open_secret", blocked)
    try:
        started = guess_in_parallel(store, sealed, 8)
        wait_for(lambda: sum(isinstance(e, PermissionDenied) for e in started) == 5, "five refused")
        blocked.release.set()
        for t in started:
            if isinstance(t, threading.Thread):
                t.join(30)
        errors = [e for e in started if isinstance(e, BaseException)]
        assert sorted(type(e).__name__ for e in errors) == ["Throttled"] * 5 + ["WrongPassphrase"] * 3
        assert blocked.most_inside <= 3
    finally:
        blocked.release.set()
        store.close()


def test_derivation_slots_count_what_they_hold() -> None:
    slots = attempts.DerivationSlots()
    with slots.slot(2), slots.slot(2):
        assert slots.active == 2
        entered = threading.Event()

        def third() -> None:
            with slots.slot(2):
                entered.set()

        t = threading.Thread(target=third)
        t.start()
        wait_for(lambda: slots.waiting == 1, "the third waits")
        assert not entered.is_set() and slots.active == 2
    t.join(10)
    assert entered.is_set() and slots.active == 0 and slots.peak == 2


# -- X-Forwarded-For, believed only from trusted proxies -----------------------------------


def failed_logins(client: TestClient, forwarded_for: list[str]) -> list[int]:
    return [
        client.post(
            "/api/login", json={"username": f"user{n}", "password": "guess"}, headers={"X-Forwarded-For": address}
        ).status_code
        for n, address in enumerate(forwarded_for)
    ]


@pytest.mark.parametrize("peer", ["testclient", "127.0.0.1"])
def test_x_forwarded_for_is_ignored_without_trusted_proxies(web_store: Store, peer: str) -> None:
    """The old hole: any client on loopback could name a new address for every guess."""
    with client_of(app_over(web_store, login_failures_per_address=3), peer) as client:
        codes = failed_logins(client, ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4"])
        assert codes == [401, 401, 401, 429]


def test_x_forwarded_for_from_an_untrusted_peer_is_ignored(web_store: Store) -> None:
    app = app_over(web_store, login_failures_per_address=3, trusted_proxies="10.0.0.0/8")
    with client_of(app, "192.0.2.7") as client:
        assert failed_logins(client, ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4"]) == [
            401,
            401,
            401,
            429,
        ]


def test_x_forwarded_for_from_a_trusted_proxy_names_the_client(web_store: Store) -> None:
    app = app_over(web_store, login_failures_per_address=3, trusted_proxies="127.0.0.1, 10.0.0.0/8")
    with client_of(app, "127.0.0.1") as client:
        # each client behind the proxy is counted on its own ...
        assert failed_logins(client, ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4"]) == [401] * 4
        # ... and one client is blocked whatever it writes at the left of the header: the rightmost
        # address that is not a trusted proxy is the one that connected to the proxies
        chains = [f"198.51.100.{n}, 203.0.113.9, 10.1.2.3" for n in range(4)]
        assert failed_logins(client, chains) == [401, 401, 401, 429]
        assert failed_logins(client, ["203.0.113.1"]) == [401], "other clients are not blocked"


def test_trusted_proxies_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert load_settings(tmp_path).web.trusted_proxies == ""
    monkeypatch.setenv("HABEAS_TRUSTED_PROXIES", "127.0.0.1,::1, 10.0.0.0/8")
    assert load_settings(tmp_path).web.trusted_proxies == "127.0.0.1,::1, 10.0.0.0/8"
    with pytest.raises(ValueError, match="HABEAS_TRUSTED_PROXIES"):
        create_app(Settings(store=tmp_path / "store", workers=1, web=WebSettings(trusted_proxies="not an address")))
    assert not (tmp_path / "store").exists(), "refused before the store is opened"


# -- the schema --------------------------------------------------------------------------


def test_the_migration_makes_the_tables_the_models_describe(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from habeas.store.models import Base

    mine = {"web_sessions", "user_removals", "passphrase_attempts"}
    with store.db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diffs if mine & set(re.findall(r"'(\w+)'", repr(d)))] == []
