"""Testimony with sealed fields: nothing sealed reaches a file of the store or a PostgreSQL dump;
ciphertext moved to another record or field, or read under another key version, fails closed;
unsealing needs the passphrase and a grant, and leaves exactly one audit entry."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nacl.public import PrivateKey
from sqlalchemy import func, select, update
from sqlalchemy.engine import make_url

from conftest import Cli
from habeas.errors import MissingKeys, NotFound, NotShared, PermissionDenied, SealBroken, WrongPassphrase
from habeas.protect import crypto, keys, testimony
from habeas.protect import models as tables
from habeas.protect.models import SealedField, SealedLookup, WrappedKey
from habeas.search.index import SearchFilters
from habeas.services import Caller, cases, search, users
from habeas.services import keys as keys_service
from habeas.services import testimony as testimony_service
from habeas.store.models import AuditEntry
from habeas.store.store import Store
from test_protect_keys import FAST_ENV, PASS, pstore  # noqa: F401  (the fixture)

CANARY = "Zulpiye Qanarixan-7F3A"


def record_with_canary(canary: str = CANARY) -> dict[str, Any]:
    """A record with the canary in every sealed field, and plain words everywhere else."""
    return {
        "person": {
            "names": ["Memet Tursun", canary],
            "birth_year": 1980,
            "hometown": "Kashgar",
            "relatives": [{"name": canary, "relation": "sister", "contact": canary + "@example.org"}],
        },
        "act": {"type": "detention", "start": "2017-06", "place": "Kashgar", "status": "detained"},
        "source": {
            "connection": "relative",
            "name": canary,
            "contact": canary + "@example.org",
            "consent_document": True,
            "consent_publish": False,
        },
        "testimony": "My brother was taken in June 2017. " + canary,
        "grade": 2,
    }


def sealed_paths() -> set[str]:
    return {f.path for f in testimony.FIELDS if f.cls == testimony.SEALED}


def audit_actions(store: Store) -> list[str]:
    with store.db.reading() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


@pytest.fixture
def keyed(pstore: Store) -> Store:  # noqa: F811
    keys_service.init_keys(Caller(pstore, "owner"), PASS)
    return pstore


def test_the_canary_record_fills_every_sealed_field() -> None:
    values, *_ = testimony.parse_record(record_with_canary())
    assert sealed_paths() <= set(values)  # so the leak test below covers each sealed field


def store_bytes(store: Store) -> list[tuple[str, bytes]]:
    return [
        (str(p.relative_to(store.settings.store)), p.read_bytes())
        for p in store.settings.store.rglob("*")
        if p.is_file()
    ]


def test_sealed_values_reach_no_file_and_no_dump(keyed: Store) -> None:
    added = testimony_service.add_testimony(Caller(keyed, "owner"), record_with_canary())
    search.search(Caller(keyed), "Qanarixan", SearchFilters())  # the index catches up, if it would
    assert search.search(Caller(keyed), "Qanarixan", SearchFilters())[0] == 0
    files = store_bytes(keyed)
    assert any(name == "habeas.db-wal" for name, _ in files) or keyed.db.is_postgres
    leaks = [name for name, data in files if CANARY.encode() in data or CANARY.encode("utf-16-le") in data]
    assert leaks == []
    if keyed.db.is_postgres:
        url = make_url(keyed.settings.sqlalchemy_url).set(drivername="postgresql")
        dump = subprocess.run(
            [shutil.which("pg_dump") or "pg_dump", url.render_as_string(hide_password=False)],
            capture_output=True,
            check=True,
        ).stdout
        assert b"testimonies" in dump and added["id"].encode() in dump  # the dump holds the record ...
        assert CANARY.encode() not in dump  # ... but none of its sealed values
    opened = testimony_service.unseal(Caller(keyed, "owner"), added["id"], reason="test", passphrase=PASS)
    assert opened["fields"]["source.name"] == CANARY
    assert set(opened["fields"]) == sealed_paths()
    assert CANARY.encode() not in b"".join(data for _, data in store_bytes(keyed))  # unsealing writes none


def test_show_and_list_mark_sealed_fields(keyed: Store) -> None:
    added = testimony_service.add_testimony(Caller(keyed, "owner"), record_with_canary(), case="Kashgar No. 1")
    shown = testimony_service.show_testimony(Caller(keyed, "owner"), added["id"])
    assert shown["source"]["name"] == testimony.SEALED_MARK and shown["testimony"] == testimony.SEALED_MARK
    assert shown["act"]["place"] == "Kashgar" and shown["person"]["birth_year"] == 1980
    assert CANARY not in json.dumps(shown)
    assert [r["id"] for r in testimony_service.list_testimonies(Caller(keyed, "owner"), case="Kashgar No. 1")] == [
        added["id"]
    ]
    assert testimony_service.list_testimonies(Caller(keyed, "owner"), case="main") == []


def test_keyed_lookup_finds_exact_names_without_plaintext(keyed: Store) -> None:
    first = testimony_service.add_testimony(Caller(keyed, "owner"), record_with_canary())
    testimony_service.add_testimony(Caller(keyed, "owner"), record_with_canary("Adil Abdukerim"))
    found = testimony_service.list_testimonies(Caller(keyed, "owner"), name="  zulpiye   QANARIXAN-7f3a ")
    assert [r["id"] for r in found] == [first["id"]]
    assert testimony_service.list_testimonies(Caller(keyed, "owner"), name="Zulpiye") == []  # exact only
    assert len(testimony_service.list_testimonies(Caller(keyed, "owner"), name="memet tursun")) == 2
    with keyed.db.reading() as session:
        digests = list(session.scalars(select(SealedLookup.digest)))
    assert digests and all(len(d) == 64 and CANARY.lower() not in d for d in digests)


def test_recovery_key_opens_every_record(pstore: Store) -> None:  # noqa: F811
    recovery = keys.recovery_private_key(keys_service.init_keys(Caller(pstore, "owner"), PASS)["recovery_private_key"])
    added = testimony_service.add_testimony(Caller(pstore, "owner"), record_with_canary())
    with pstore.db.reading() as session:
        wrapped = session.scalars(select(WrappedKey).where(WrappedKey.recipient == testimony.RECOVERY_RECIPIENT)).one()
        field = session.scalars(select(SealedField).where(SealedField.field == "source.name")).one()
    data_key = crypto.unwrap_key(wrapped.wrapped, recovery)
    assert (
        crypto.open_value(data_key, added["id"], field.field, field.key_version, field.nonce, field.ciphertext)
        == CANARY
    )
    before = audit_actions(pstore)
    with pytest.raises(SealBroken):
        testimony_service.unseal(
            Caller(pstore, "owner"), added["id"], reason="lost keys", recovery_key=PrivateKey.generate()
        )
    assert audit_actions(pstore) == before
    opened = testimony_service.unseal(Caller(pstore, "owner"), added["id"], reason="lost keys", recovery_key=recovery)
    assert opened["fields"]["source.contact"] == CANARY + "@example.org"
    with pstore.db.reading() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last is not None and last.details["with"] == "recovery key" and last.action == "testimony.unseal"


def _tamper(store: Store, statement: Any) -> None:
    with store.db.transaction() as session:
        session.execute(statement)


@pytest.mark.parametrize("how", ["other record", "other field", "other key version"])
def test_moved_ciphertext_fails_closed_and_audits_nothing(keyed: Store, how: str) -> None:
    a = testimony_service.add_testimony(Caller(keyed, "owner"), record_with_canary())["id"]
    b = testimony_service.add_testimony(Caller(keyed, "owner"), record_with_canary("Adil Abdukerim"))["id"]
    with keyed.db.reading() as session:
        a_name = session.scalars(
            select(SealedField).where(SealedField.record_id == a, SealedField.field == "source.name")
        ).one()
    if how == "other record":  # record a's sealed name pasted over record b's
        _tamper(
            keyed,
            update(SealedField)
            .where(SealedField.record_id == b, SealedField.field == "source.name")
            .values(nonce=a_name.nonce, ciphertext=a_name.ciphertext),
        )
    elif how == "other field":  # a's sealed name pasted over a's contact
        _tamper(
            keyed,
            update(SealedField)
            .where(SealedField.record_id == a, SealedField.field == "source.contact")
            .values(nonce=a_name.nonce, ciphertext=a_name.ciphertext),
        )
    else:
        _tamper(keyed, update(SealedField).where(SealedField.id == a_name.id).values(key_version=2))
    victim = b if how == "other record" else a
    before = audit_actions(keyed)
    with pytest.raises(SealBroken):
        testimony_service.unseal(Caller(keyed, "owner"), victim, reason="test", passphrase=PASS)
    assert audit_actions(keyed) == before


def test_a_wrapped_key_of_another_record_fails_closed(keyed: Store) -> None:
    a = testimony_service.add_testimony(Caller(keyed, "owner"), record_with_canary())["id"]
    b = testimony_service.add_testimony(Caller(keyed, "owner"), record_with_canary("Adil Abdukerim"))["id"]
    with keyed.db.reading() as session:
        a_key = session.scalars(
            select(WrappedKey).where(WrappedKey.record_id == a, WrappedKey.recipient == "owner")
        ).one()
    _tamper(
        keyed,
        update(WrappedKey)
        .where(WrappedKey.record_id == b, WrappedKey.recipient == "owner")
        .values(wrapped=a_key.wrapped),
    )
    with pytest.raises(SealBroken):
        testimony_service.unseal(Caller(keyed, "owner"), b, reason="test", passphrase=PASS)


def test_unseal_refusals_are_audited_without_values(keyed: Store) -> None:
    """A wrong passphrase is audited (field names, never the passphrase); refusals by role or grant
    leave nothing, since nothing was attempted."""
    record = testimony_service.add_testimony(Caller(keyed, "owner"), record_with_canary())["id"]
    before = audit_actions(keyed)
    with pytest.raises(WrongPassphrase):
        testimony_service.unseal(Caller(keyed, "owner"), record, reason="test", passphrase="not the passphrase at all")
    with pytest.raises(ValueError, match="reason"):
        testimony_service.unseal(Caller(keyed, "owner"), record, reason="  ", passphrase=PASS)
    with pytest.raises(PermissionDenied):
        testimony_service.unseal(
            Caller(keyed, "owner"), record, reason="test", passphrase=PASS, second_factor=lambda: False
        )
    users.add_user(Caller(keyed, "owner"), "ada", "investigator", "ada's long password")
    with pytest.raises(PermissionDenied, match="no unseal grant"):  # accounts exist: grants are needed
        testimony_service.unseal(Caller(keyed, "owner"), record, reason="test", passphrase=PASS)
    with pytest.raises(PermissionDenied):
        testimony_service.unseal(Caller(keyed, "ada"), record, reason="test", passphrase=PASS)
    assert audit_actions(keyed) == [*before, "testimony.unseal.failed", "user.add"]


def test_unseal_leaves_exactly_one_entry_with_field_names_and_reason(keyed: Store) -> None:
    record = testimony_service.add_testimony(Caller(keyed, "owner"), record_with_canary())["id"]
    with keyed.db.reading() as session:
        before = session.scalar(select(func.count()).select_from(AuditEntry))
    testimony_service.unseal(
        Caller(keyed, "owner"), record, reason="prosecutor's request 7", passphrase=PASS, second_factor=lambda: True
    )
    with keyed.db.reading() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.seq > (before or 0))).all()
    assert [(e.action, e.actor, e.target) for e in entries] == [("testimony.unseal", "owner", record)]
    assert entries[0].details == {"fields": sorted(sealed_paths()), "reason": "prosecutor's request 7"}
    assert CANARY not in json.dumps([e.details for e in entries])


def test_grant_then_share_lets_a_new_investigator_unseal(keyed: Store) -> None:
    users.add_user(Caller(keyed, "owner"), "ada", "investigator", "ada's long password")
    keys_service.init_keys(Caller(keyed, "ada"), "ada's passphrase 123")
    cases.create_case(Caller(keyed, "owner"), "main")
    cases.add_member(Caller(keyed, "owner"), "main", "ada")  # made after her account: she joins it
    users.grant(Caller(keyed, "owner"), "owner", "main", "unseal")
    record = testimony_service.add_testimony(Caller(keyed, "owner"), record_with_canary())  # ada not granted yet
    assert record["shared_with"] == ["owner"]
    users.grant(Caller(keyed, "owner"), "ada", "main", "unseal")
    with pytest.raises(NotShared):
        testimony_service.unseal(Caller(keyed, "ada"), record["id"], reason="test", passphrase="ada's passphrase 123")
    assert testimony_service.share_case(Caller(keyed, "owner"), PASS, "ada", "main") == 1
    assert testimony_service.share_case(Caller(keyed, "owner"), PASS, "ada", "main") == 0  # re-running is safe
    opened = testimony_service.unseal(
        Caller(keyed, "ada"), record["id"], reason="test", passphrase="ada's passphrase 123"
    )
    assert opened["fields"]["testimony"].endswith(CANARY)
    later = testimony_service.add_testimony(Caller(keyed, "ada"), record_with_canary())
    assert later["shared_with"] == ["ada", "owner"]
    users.revoke(Caller(keyed, "owner"), "ada", "main", "unseal")
    with pytest.raises(PermissionDenied):
        testimony_service.unseal(Caller(keyed, "ada"), later["id"], reason="test", passphrase="ada's passphrase 123")


def test_add_needs_the_recovery_key_and_refuses_unknown_fields(pstore: Store) -> None:  # noqa: F811
    with pytest.raises(MissingKeys):
        testimony_service.add_testimony(Caller(pstore, "owner"), record_with_canary())
    keys_service.init_keys(Caller(pstore, "owner"), PASS)
    bad = record_with_canary()
    bad["source"]["nmae"] = CANARY  # a misspelt sealed field must not land in the clear
    with pytest.raises(ValueError, match=r"unknown field source\.nmae") as raised:
        testimony_service.add_testimony(Caller(pstore, "owner"), bad)
    assert CANARY not in str(raised.value)
    for broken, message in [
        ({"person": {"birth_year": "1980"}}, "person.birth_year"),
        ({"act": {"status": "vanished"}}, "act.status"),
        ({"act": {"start": "June 2017"}}, "act.start"),
        ({"grade": 7}, "grade"),
        ({"verification": "rumour"}, "verification"),
        ({"source": {"name": 5}}, "source.name"),
        ({"links": [{"doc": "x"}]}, "links"),
    ]:
        with pytest.raises(ValueError, match=message):
            testimony_service.add_testimony(Caller(pstore, "owner"), broken)
    with pytest.raises(NotFound):
        testimony_service.add_testimony(Caller(pstore, "owner"), {"links": [{"document": "nope"}]})
    with pstore.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(tables.Testimony)) == 0


# -- properties of the sealing itself ---------------------------------------------------------------

ids = st.text(alphabet="0123456789abcdef", min_size=32, max_size=32)
field_names = st.sampled_from(sorted(sealed_paths()))
values = st.one_of(st.text(min_size=1), st.lists(st.text(min_size=1), min_size=1, max_size=4))


@settings(max_examples=200, deadline=None)
@given(
    record=ids,
    field=field_names,
    version=st.integers(1, 5),
    value=values,
    other_record=ids,
    other_field=field_names,
    other_version=st.integers(1, 5),
)
def test_sealed_values_open_only_where_they_were_sealed(
    record: str, field: str, version: int, value: Any, other_record: str, other_field: str, other_version: int
) -> None:
    key = crypto.new_data_key()
    nonce, ciphertext = crypto.seal_value(key, record, field, version, value)
    assert crypto.open_value(key, record, field, version, nonce, ciphertext) == value
    assert json.dumps(value, ensure_ascii=False).encode() not in ciphertext or not value
    if (other_record, other_field, other_version) != (record, field, version):
        with pytest.raises(SealBroken):
            crypto.open_value(key, other_record, other_field, other_version, nonce, ciphertext)
    with pytest.raises(SealBroken):
        crypto.open_value(crypto.new_data_key(), record, field, version, nonce, ciphertext)


@settings(max_examples=25, deadline=None)
@given(
    canary=st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
        min_size=12,
        max_size=40,
    )
)
def test_any_canary_stays_out_of_the_rows(canary: str) -> None:
    """Whatever the sealed text, what ``add_testimony`` writes holds only ciphertext of it."""
    record = record_with_canary(canary)
    values, *_ = testimony.parse_record(record)
    key = crypto.new_data_key()
    rows = b"".join(
        b"".join(crypto.seal_value(key, "r" * 32, p, 1, v)) for p, v in values.items() if p in sealed_paths()
    )
    assert canary.encode() not in rows


# -- the command line -----------------------------------------------------------------------------


def flat(text: str) -> str:
    """Terminal output with the console's line wrapping undone."""
    return " ".join(text.split())


def test_cli_add_list_show_unseal(cli: Cli, tmp_path: Path) -> None:
    env = cli.env(HABEAS_PASSPHRASE=PASS, **FAST_ENV)
    assert cli("keys", "init", "--recovery-out", tmp_path / "rec", env=env).returncode == 0
    account = tmp_path / "account.json"
    account.write_text(json.dumps(record_with_canary()), encoding="utf-8")
    added = cli.json("testimony", "add", "--file", account, env=env)
    listed = cli.json("testimony", "list", "--name", CANARY, env=env)
    assert [r["id"] for r in listed["records"]] == [added["id"]]
    shown = cli("testimony", "show", added["id"], env=env)
    assert shown.returncode == 0 and "[sealed]" in shown.stdout and CANARY not in shown.stdout
    opened = cli.json("unseal", added["id"], "--reason", "court", env=env)
    assert opened["fields"]["source.name"] == CANARY
    no_reason = cli("unseal", added["id"], env=env)
    assert no_reason.returncode == 2
    wrong = cli("unseal", added["id"], "--reason", "x", env=cli.env(HABEAS_PASSPHRASE="wrong passphrase!!", **FAST_ENV))
    assert wrong.returncode == 2 and "wrong passphrase" in flat(wrong.stderr)
    account.write_text('{"source": {"name": "x", "nmae": "y"}}', encoding="utf-8")
    bad = cli("testimony", "add", "--file", account, env=env)
    assert bad.returncode == 2 and str(account) in flat(bad.stderr) and "source.nmae" in flat(bad.stderr)
    account.write_text("{not json", encoding="utf-8")
    bad = cli("testimony", "add", "--file", account, env=env)
    assert bad.returncode == 2 and str(account) in flat(bad.stderr) and "not valid JSON" in flat(bad.stderr)
    assert all(CANARY.encode() not in p.read_bytes() for p in cli.store_dir.rglob("*") if p.is_file())
