"""Roles and per-case grants, deny by default, checked in the service layer: every role against
every guarded service operation. Only the allowed ones succeed; the rest raise PermissionDenied."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from nacl.public import PrivateKey

from conftest import BACKENDS, PostgresServer, StoreFactory, require_backend
from habeas import services
from habeas.protect import access, keys, testimony
from habeas.protect.access import PermissionDenied
from habeas.store.store import Store
from test_protect_keys import FAST_KDF, PASS
from test_protect_testimony import record_with_canary

USERS = {"reader": "rex", "reviewer": "rita", "investigator": "ivan", "admin": "ada", "nobody": "stranger"}
Y, N = True, False
# operation: allowed for (reader, reviewer, investigator, admin, an unknown name)
EXPECTED: dict[str, tuple[bool, bool, bool, bool, bool]] = {
    "keys.init": (Y, Y, Y, Y, N),
    "testimony.add": (N, N, Y, Y, N),
    "testimony.list": (Y, Y, Y, Y, N),
    "testimony.show": (Y, Y, Y, Y, N),
    "testimony.restricted": (N, N, Y, Y, N),
    "unseal": (N, N, Y, Y, N),
    "unseal.recovery": (N, N, N, Y, N),
    "grant": (N, N, N, Y, N),
    "revoke": (N, N, N, Y, N),
    "grants": (N, N, N, Y, N),
}


def passphrase(user: str) -> str:
    return f"{user}'s passphrase, long enough"


@pytest.fixture(scope="module", params=BACKENDS)
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
          pg_server: PostgresServer | None) -> Iterator[tuple[Store, str, PrivateKey]]:
    """A store with one account per role, each with a key pair; the investigator and the admin hold
    unseal grants on the case, and one record was added after the grants."""
    require_backend(request.param, pg_server)
    factory = StoreFactory(request.param, tmp_path_factory.mktemp(f"access-{request.param}"), pg_server)
    settings = replace(factory.settings(), kdf=FAST_KDF)
    store = services.open_store(settings)
    factory._opened.append((store, settings.database_url))
    try:
        recovery = keys.recovery_private_key(keys.init_keys(store, "owner", PASS)["recovery_private_key"])
        services.create_case(store, "main", "owner")
        for role, name in USERS.items():
            if role != "nobody":
                services.add_user(store, name, role, f"{name}'s long password", "owner")
                keys.init_keys(store, name, passphrase(name))
        for name in (USERS["investigator"], USERS["admin"]):
            access.grant(store, "owner", name, "main", "unseal")
        record = testimony.add_testimony(store, "owner", record_with_canary(), case="main")
        yield store, record["id"], recovery
    finally:
        factory.close()


def operation(name: str, store: Store, actor: str, record_id: str, recovery: PrivateKey) -> Callable[[], Any]:
    """The service call that performs ``name`` as ``actor``."""
    calls: dict[str, Callable[[], Any]] = {
        "keys.init": lambda: keys.init_keys(store, actor, passphrase(actor)),
        "testimony.add": lambda: testimony.add_testimony(store, actor, {"act": {"type": "detention"}}, case="main"),
        "testimony.list": lambda: testimony.list_testimonies(store, actor),
        "testimony.show": lambda: testimony.show_testimony(store, actor, record_id),
        "testimony.restricted": lambda: _restricted_in_clear(store, actor, record_id),
        "unseal": lambda: testimony.unseal(store, actor, record_id, reason="matrix", passphrase=passphrase(actor)),
        "unseal.recovery": lambda: testimony.unseal(store, actor, record_id, reason="matrix",
                                                    recovery_key=recovery),
        "grant": lambda: access.grant(store, actor, USERS["investigator"], "main", "unseal"),
        "revoke": lambda: access.revoke(store, actor, USERS["reader"], "main", "unseal"),
        "grants": lambda: access.list_grants(store, actor),
    }
    return calls[name]


def _restricted_in_clear(store: Store, actor: str, record_id: str) -> None:
    shown = testimony.show_testimony(store, actor, record_id)
    if shown["person"]["hometown"] == testimony.RESTRICTED_MARK:
        raise PermissionDenied("restricted fields are hidden from this role")
    assert shown["person"]["hometown"] == "Kashgar"


@pytest.mark.parametrize("role", list(USERS))
@pytest.mark.parametrize("name", list(EXPECTED))
def test_role_operation_matrix(world: tuple[Store, str, PrivateKey], role: str, name: str) -> None:
    store, record_id, recovery = world
    expected = EXPECTED[name][list(USERS).index(role)]
    call = operation(name, store, USERS[role], record_id, recovery)
    if expected:
        call()
    else:
        with pytest.raises(PermissionDenied):
            call()


def test_the_matrix_covers_every_guarded_operation() -> None:
    guarded = set(access.OPERATIONS) - {"keys.signing", "grant.manage", "testimony.read"}
    assert guarded <= set(EXPECTED)
    assert {"grant", "revoke", "grants", "testimony.list", "testimony.show"} <= set(EXPECTED)


def test_single_operator_mode_and_the_local_owner(tmp_path: Path, make_store: StoreFactory) -> None:
    """Without accounts, whoever runs the CLI is admin and holds every grant; once accounts exist,
    the local owner is still admin but needs grants like everyone else, and other names are nobody."""
    settings = replace(make_store.settings(), kdf=FAST_KDF)
    store = services.open_store(settings)
    make_store._opened.append((store, settings.database_url))
    keys.init_keys(store, "maya", PASS)  # any --as name, no accounts: admin
    record = testimony.add_testimony(store, "maya", record_with_canary())
    assert testimony.unseal(store, "maya", record["id"], reason="mine", passphrase=PASS)["fields"]
    services.add_user(store, "ada", "admin", "ada's long password", "owner")
    with pytest.raises(PermissionDenied, match="not an account"):
        testimony.list_testimonies(store, "maya")
    with pytest.raises(PermissionDenied, match="no unseal grant"):
        testimony.unseal(store, "owner", record["id"], reason="x", passphrase=PASS)
    assert testimony.list_testimonies(store, "owner")  # the local owner stays admin
    services.add_user(store, "rex", "reader", "rex's long password", "owner")
    with pytest.raises(ValueError, match="cannot hold"):
        access.grant(store, "owner", "rex", "main", "unseal")


def test_no_account_may_take_the_operators_name(make_store: StoreFactory) -> None:
    store = make_store()
    with pytest.raises(ValueError, match="local operator"):
        services.add_user(store, "owner", "reader", "a long password", "owner")
