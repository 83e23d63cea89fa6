"""Keys: the user's key pair, the case signing key and the recovery key; passphrases; the public key line."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from nacl.public import SealedBox
from nacl.signing import SigningKey
from sqlalchemy import select

from conftest import Cli, StoreFactory
from habeas import services
from habeas.config import KdfCost
from habeas.errors import MissingKeys, PermissionDenied, WrongPassphrase
from habeas.protect import keys
from habeas.protect.crypto import b64
from habeas.protect.models import KeyPair
from habeas.services import Caller, users
from habeas.services import keys as keys_service
from habeas.store.models import AuditEntry
from habeas.store.store import Store

FAST_KDF = KdfCost(opslimit=1, memlimit=8192)  # libsodium's minimum: the tests test logic, not cost
PASS = "a long case passphrase 42"
FAST_ENV = {"HABEAS_KDF_OPSLIMIT": "1", "HABEAS_KDF_MEMLIMIT": "8192"}


def open_fast(make_store: StoreFactory, name: str = "store") -> Store:
    settings = replace(make_store.settings(name), kdf=FAST_KDF)
    store = services.open_store(settings)
    make_store._opened.append((store, settings.database_url))
    return store


@pytest.fixture
def pstore(make_store: StoreFactory) -> Store:
    return open_fast(make_store)


def test_init_makes_three_keys_and_signing_needs_the_passphrase(pstore: Store) -> None:
    made = keys_service.init_keys(Caller(pstore, "owner"), PASS)
    assert made["created"] == ["user", "signing", "recovery"]
    recovery = keys.recovery_private_key(made["recovery_private_key"])
    signing = keys.case_signing_key(pstore, PASS)
    assert signing.verify_key == keys.case_verify_key(pstore)
    signed = signing.sign(b"manifest")
    assert keys.case_verify_key(pstore).verify(signed) == b"manifest"
    with pytest.raises(WrongPassphrase):
        keys.case_signing_key(pstore, PASS + "x")
    with pytest.raises(WrongPassphrase):
        keys.user_private_key(pstore, "owner", "not the passphrase")
    private = keys.user_private_key(pstore, "owner", PASS)
    assert SealedBox(private).decrypt(SealedBox(private.public_key).encrypt(b"k")) == b"k"
    with pstore.db.reading() as session:
        stored = keys.recovery_public_key(session)
    assert stored == recovery.public_key  # the private half was handed out, the public half kept


def test_init_again_keeps_keys_and_checks_the_passphrase(pstore: Store) -> None:
    first = keys_service.init_keys(Caller(pstore, "owner"), PASS)
    again = keys_service.init_keys(Caller(pstore, "owner"), PASS)
    assert again["created"] == [] and again["recovery_private_key"] is None
    assert again["signing_public_key"] == first["signing_public_key"]
    with pytest.raises(WrongPassphrase):
        keys_service.init_keys(Caller(pstore, "owner"), "another long passphrase")


def test_private_keys_are_never_stored_in_clear(pstore: Store) -> None:
    keys_service.init_keys(Caller(pstore, "owner"), PASS)
    signing = bytes(keys.case_signing_key(pstore, PASS))
    user = bytes(keys.user_private_key(pstore, "owner", PASS))
    with pstore.db.reading() as session:
        rows = session.scalars(select(KeyPair)).all()
        dumped = repr([(r.public_key, r.protected_private) for r in rows]).encode()
    assert b64(signing).encode() not in dumped and b64(user).encode() not in dumped
    assert all(r.protected_private is None for r in rows if r.kind == "recovery")


def test_missing_keys_and_short_passphrase(pstore: Store) -> None:
    with pytest.raises(MissingKeys):
        keys.case_signing_key(pstore, PASS)
    with pytest.raises(MissingKeys):
        keys.case_verify_key(pstore)
    with pytest.raises(ValueError, match="at least"):
        keys_service.init_keys(Caller(pstore, "owner"), "short")


def test_a_reader_makes_only_their_own_key(pstore: Store) -> None:
    users.add_user(Caller(pstore, "owner"), "rex", "reader", "rex's long password")
    made = keys_service.init_keys(Caller(pstore, "rex"), PASS)
    assert made["created"] == ["user"] and made["signing_public_key"] is None
    with pytest.raises(PermissionDenied):
        keys_service.init_keys(Caller(pstore, "stranger"), PASS)  # accounts exist: unknown names are nobody
    with pstore.db.reading() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry))]
    assert actions.count("keys.init") == 1


def test_public_key_line_round_trips() -> None:
    key = SigningKey.generate().verify_key
    line = keys.format_public_key(key)
    assert line.startswith("ed25519:") and "\n" not in line
    assert keys.parse_public_key(line + "\n") == key
    for bad in ("", "ed25519:", "rsa:" + line[8:], "ed25519:@@@", "ed25519:" + b64(b"x" * 31)):
        with pytest.raises(ValueError):
            keys.parse_public_key(bad)


def test_cli_keys_init_and_public(cli: Cli, tmp_path: Path) -> None:
    env = cli.env(HABEAS_PASSPHRASE=PASS, **FAST_ENV)
    out_file = tmp_path / "recovery.key"
    made = cli.json("keys", "init", "--recovery-out", out_file, env=env)
    assert "recovery_private_key" not in made and made["recovery_private_key_file"] == str(out_file)
    assert stat.S_IMODE(os.stat(out_file).st_mode) == 0o600
    keys.recovery_private_key(out_file.read_text())
    public = cli("keys", "public", env=env)
    assert public.returncode == 0 and public.stdout.count("\n") == 1
    assert keys.parse_public_key(public.stdout).encode() == keys.parse_public_key(made["signing_public_key"]).encode()
    wrong = cli("keys", "init", env=cli.env(HABEAS_PASSPHRASE="a wrong but long passphrase", **FAST_ENV))
    assert wrong.returncode == 2 and "wrong passphrase" in wrong.stderr


def test_cli_prints_the_recovery_key_once(cli: Cli) -> None:
    env = cli.env(HABEAS_PASSPHRASE=PASS, **FAST_ENV)
    first = cli("keys", "init", env=env)
    assert first.returncode == 0 and keys.RECOVERY_PREFIX in first.stdout and "printed once" in first.stderr
    second = cli("keys", "init", env=env)
    assert second.returncode == 0 and keys.RECOVERY_PREFIX not in second.stdout


def test_migration_matches_the_models(store: Store) -> None:
    """The protection tables the migration makes are the ones the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from habeas.protect import models
    from habeas.store.models import Base

    mine = {"key_pairs", "grants", "testimonies", "sealed_fields", "wrapped_keys", "sealed_lookups"}
    assert mine == {t.name for t in Base.metadata.sorted_tables if t.name in mine}
    assert models.KeyPair.__table__.name in mine
    with store.db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)

    def table_of(diff: Any) -> str:
        first = diff[0] if isinstance(diff, list) else diff
        for part in first[1:]:
            name = getattr(part, "name", None) if not isinstance(part, str) else None
            table = getattr(part, "table", None)
            if table is not None:
                return str(table.name)
            if isinstance(part, str) and part in mine:
                return part
            if name in mine:
                return str(name)
        return ""

    assert [d for d in diffs if table_of(d) in mine] == []
