"""The audit log is append-only in the database (triggers), its chain catches edited, deleted and
reordered entries once the triggers are dropped, and its head, anchored outside the database,
catches a cut-off tail."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from conftest import ACTOR, Cli
from habeas.services import Caller, cases, custody
from habeas.services.custody import audit_trail
from habeas.store import audit
from habeas.store.models import AuditEntry
from habeas.store.store import Store
from tamper import lift_audit_guard


def _fill(store: Store, n: int = 5) -> None:
    for i in range(n):
        cases.create_case(Caller(store, ACTOR), f"case-{i}")
    assert custody.verify(Caller(store))["ok"]


def _entries(store: Store) -> list[AuditEntry]:
    with store.db.reading() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET actor = 'forger' WHERE seq = 2",
        "UPDATE audit_log SET details = '{}'",
        "DELETE FROM audit_log WHERE seq = 2",
        "DELETE FROM audit_log",
    ],
)
def test_the_database_refuses_update_and_delete(store: Store, statement: str) -> None:
    _fill(store)
    before = [(e.seq, e.hash, e.actor) for e in _entries(store)]
    with pytest.raises(DBAPIError, match="append-only"), store.db.engine.begin() as conn:
        conn.execute(text(statement))
    assert [(e.seq, e.hash, e.actor) for e in _entries(store)] == before
    assert custody.verify(Caller(store))["ok"]


def test_postgres_refuses_truncate(store: Store) -> None:
    if not store.db.is_postgres:
        pytest.skip("TRUNCATE is PostgreSQL's")
    _fill(store)
    with pytest.raises(DBAPIError, match="append-only"), store.db.engine.begin() as conn:
        conn.execute(text("TRUNCATE audit_log"))
    assert len(_entries(store)) == 5


def test_sqlite_file_refuses_delete_from_outside_habeas(store: Store) -> None:
    """Another program opening the database file meets the same triggers."""
    if store.db.is_postgres:
        pytest.skip("SQLite file")
    _fill(store)
    with sqlite3.connect(store.settings.store / "habeas.db") as con:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            con.execute("DELETE FROM audit_log WHERE rowid = (SELECT min(rowid) + 1 FROM audit_log)")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            con.execute("UPDATE audit_log SET target = 'x'")
    assert len(_entries(store)) == 5


def test_appending_still_works(store: Store) -> None:
    _fill(store, 3)
    cases.create_case(Caller(store, ACTOR), "later")
    assert [e.seq for e in _entries(store)] == [1, 2, 3, 4]


# -- with the triggers dropped: the chain and the anchor catch it --------------------------


def test_an_edited_entry_fails_verification(store: Store) -> None:
    _fill(store)
    lift_audit_guard(store)
    with store.db.transaction() as session:
        session.execute(update(AuditEntry).where(AuditEntry.seq == 3).values(target="elsewhere"))
    assert custody.verify(Caller(store))["problems"] == ["audit log: entry 3 has been altered"]
    assert audit_trail(Caller(store))["ok"] is False


def test_a_deleted_entry_fails_verification(store: Store) -> None:
    _fill(store)
    lift_audit_guard(store)
    with store.db.transaction() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq == 3))
    problems = custody.verify(Caller(store))["problems"]
    assert "audit log: entry 3 is missing (next is 4)" in problems
    assert "audit log: entry 4 does not point to the entry before it" in problems


def test_reordered_entries_fail_verification(store: Store) -> None:
    """Two entries swap places: each keeps its own hash, but the links no longer hold."""
    _fill(store)
    lift_audit_guard(store)
    with store.db.transaction() as session:
        e2, e3 = session.get(AuditEntry, 2), session.get(AuditEntry, 3)
        assert e2 is not None and e3 is not None
        rows = [
            {c: getattr(e, c) for c in ("at", "actor", "action", "case_name", "target", "details", "prev_hash", "hash")}
            for e in (e2, e3)
        ]
        session.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(**rows[1]))
        session.execute(update(AuditEntry).where(AuditEntry.seq == 3).values(**rows[0]))
    result = custody.verify(Caller(store))
    assert result["ok"] is False
    assert "audit log: entry 2 does not point to the entry before it" in result["problems"]


def test_a_cut_off_tail_is_noticed_through_the_anchor(store: Store) -> None:
    _fill(store)
    anchor = audit.read_anchor(store.audit_anchor)
    assert anchor is not None and anchor.seq == 5
    assert anchor.hash == _entries(store)[-1].hash
    lift_audit_guard(store)
    with store.db.transaction() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq >= 4))
    with store.db.reading() as session:
        assert audit.verify_chain(session) == []  # what is left is a perfect chain...
    problems = custody.verify(Caller(store))["problems"]
    assert problems == [
        f"audit log: the log ends at entry 3, but {store.audit_anchor} records entry 5: its tail has been cut off"
    ]  # ...but the anchor remembers more


def test_a_rewritten_tail_is_noticed_through_the_anchor(store: Store) -> None:
    """The last entry replaced by a new, well-chained one: the anchor's hash no longer matches."""
    _fill(store)
    lift_audit_guard(store)
    with store.db.transaction() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq == 5))
    before = audit.read_anchor(store.audit_anchor)
    assert before is not None
    with store.db.transaction() as session:  # a forged entry 5, well chained to entry 4
        audit.append(session, "forger", "case.create", target="innocent")
    with store.db.reading() as session:
        assert audit.verify_chain(session) == []
    assert custody.verify(Caller(store))["problems"] == [
        f"audit log: entry 5 is not the one {store.audit_anchor} recorded"
    ]
    # Deleting the anchor file and writing once more starts nothing afresh: the anchor log beside it
    # remembers every head, and the missing file is reported (issue 13). Older copies of the head
    # (a package's) catch it too.
    store.audit_anchor.unlink()
    with store.db.transaction() as session:
        audit.append(session, "forger", "case.create", target="cover")
    log = audit.anchor_log_path(store.audit_anchor)
    problems = custody.verify(Caller(store))["problems"]
    assert f"audit log: entry 5 is not the one {log} recorded" in problems
    assert any("head anchor" in p and "is missing" in p for p in problems)
    assert not store.audit_anchor.exists()  # the write did not quietly make a new one
    with store.db.reading() as session:
        assert audit.verify_chain(session, [before]) == [f"audit log: entry 5 is not the one {before.where} recorded"]


def test_a_missing_or_damaged_anchor_file_is_a_problem(store: Store) -> None:
    _fill(store)
    store.audit_anchor.unlink()
    [problem] = custody.verify(Caller(store))["problems"]
    assert "head anchor" in problem and "is missing" in problem
    store.audit_anchor.write_text("{not json")
    [problem] = custody.verify(Caller(store))["problems"]
    assert "not a readable audit anchor" in problem


def test_the_anchor_never_moves_back_and_skips_rolled_back_work(store: Store) -> None:
    _fill(store, 3)
    audit.write_anchor(store.audit_anchor, audit.Anchor(1, "0" * 64, ""))  # a late, older writer
    anchor = audit.read_anchor(store.audit_anchor)
    assert anchor is not None and anchor.seq == 3
    with pytest.raises(RuntimeError), store.db.transaction() as session:
        audit.append(session, ACTOR, "case.create", target="never")
        raise RuntimeError("the write fails after its audit entry")
    assert audit.read_anchor(store.audit_anchor) == anchor
    assert custody.verify(Caller(store))["ok"]
    assert not list(store.settings.store.glob(".audit-head.json-*"))  # no half-written anchor left


def test_a_fresh_store_has_no_anchor_and_no_problem(store: Store) -> None:
    assert not store.audit_anchor.exists()
    assert custody.verify(Caller(store))["ok"]


# -- the command ------------------------------------------------------------------------------


def test_audit_command_prints_field_names_never_values(cli: Cli) -> None:
    cli.json("case", "create", "alpha")
    secret_role = "investigator"
    made = cli("users", "add", "ada", "--role", secret_role, "--password", "a long password")
    assert made.returncode == 0, made.stderr
    trail = cli.json("audit")
    assert trail["ok"] is True and trail["problems"] == [] and trail["total"] == 2
    assert [(e["seq"], e["actor"], e["action"], e["target"], e["fields"]) for e in trail["entries"]] == [
        (1, "owner", "case.create", "alpha", []),
        (2, "owner", "user.add", "ada", ["cases", "role"]),  # the cases ada joined, and her role
    ]
    assert trail["head"] == trail["anchor"]
    assert secret_role not in json.dumps(trail)
    shown = cli("audit")
    assert shown.returncode == 0 and "user.add" in shown.stdout and "chain intact" in shown.stdout
    assert secret_role not in shown.stdout
    assert [e["seq"] for e in cli.json("audit", "--limit", "1")["entries"]] == [2]


def test_audit_command_exit_1_when_the_tail_is_cut(cli: Cli) -> None:
    for name in ("alpha", "beta", "gamma"):
        cli.json("case", "create", name)
    with sqlite3.connect(cli.store_dir / "habeas.db") as db, pytest.raises(sqlite3.DatabaseError):
        db.execute("DELETE FROM audit_log WHERE seq = 3")
    with sqlite3.connect(cli.store_dir / "habeas.db") as db:
        db.execute("DROP TRIGGER audit_log_no_delete")
        db.execute("DELETE FROM audit_log WHERE seq = 3")
    trail = cli.json("audit", expect_rc=1)
    assert trail["ok"] is False and "tail has been cut off" in trail["problems"][0]
    shown = cli("audit")
    assert shown.returncode == 1 and "tail has been cut off" in shown.stdout
    assert cli.json("verify", expect_rc=1)["ok"] is False


def test_anchor_file_is_in_the_store(cli: Cli) -> None:
    cli.json("case", "create", "alpha")
    anchor = json.loads((Path(cli.store_dir) / "audit-head.json").read_text())
    assert anchor["seq"] == 1 and len(anchor["hash"]) == 64
