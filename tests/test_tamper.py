"""Tamper evidence for what the evidence says (issue 13): someone with write access to the database
edits a custody row, a page's text, the blob a document points to or a person's judgement, or
deletes the head anchor and lets one ordinary write go by. ``verify`` must say what and where, and
no evidence package may be signed over it. Real stores, SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from nacl.signing import SigningKey
from sqlalchemy import create_engine, select, text

from conftest import ACTOR, Make, StoreFactory, docs_by_name, ingest
from habeas import services
from habeas.config import LOCAL_OWNER as OWNER
from habeas.custody import package as evidence
from habeas.errors import ExportFailed
from habeas.services import Caller, cases, custody
from habeas.store import audit, db
from habeas.store.analysis_models import EntityJudgement
from habeas.store.interop_models import SanctionJudgement
from habeas.store.models import AuditEntry, AuditSeal, Case, Custody, Page
from habeas.store.names_models import LinkJudgement
from habeas.store.store import Store
from tamper import lift_audit_guard

KEY = SigningKey(bytes(range(32)))
HEARING = ["Hearing of 12 May. The camp director Zhu Hailun signed the order.", "Second page: Aksu."]


@dataclass
class Filled:
    store: Store
    folder: Path
    doc: str  # the hearing PDF (two pages)
    other: str  # a memo
    custody_id: int  # the hearing's custody row
    spare_blob: str  # a file in the blob store that no document points to


def _fill(store: Store, folder: Path) -> Filled:
    Make.pdf(folder / "leak" / "hearing.pdf", HEARING, title="Hearing")
    Make.text(folder / "leak" / "memo.txt", "Memo about the Hotan facility.")
    ingest(store, folder / "leak", source="ICIJ China Cables", grade="F")
    spare, _size = store.blobs.put_file(Make.text(folder / "spare.txt", "Another file altogether."))
    docs = docs_by_name(store)
    with store.db.reading() as session:
        custody_id = session.scalars(select(Custody.id).where(Custody.document_id == docs["hearing.pdf"]["id"])).one()
    return Filled(store, folder, docs["hearing.pdf"]["id"], docs["memo.txt"]["id"], custody_id, spare)


@pytest.fixture
def filled(store: Store, tmp_path: Path) -> Filled:
    return _fill(store, tmp_path)


def forge(store: Store, statement: str, **params: Any) -> None:
    """As someone with the database file (SQLite) or a connection of its own (PostgreSQL): raw SQL,
    outside Habeas and its sessions."""
    if store.db.is_postgres:
        with store.db.engine.begin() as conn:
            conn.execute(text(statement), params)
        return
    with sqlite3.connect(store.settings.store / "habeas.db") as con:
        con.execute(statement, params)
    con.close()


def lift_seal_guard(store: Store) -> None:
    if store.db.is_postgres:
        forge(store, "DROP TRIGGER audit_seals_no_update_delete ON audit_seals")
    else:
        forge(store, "DROP TRIGGER audit_seals_no_update")
        forge(store, "DROP TRIGGER audit_seals_no_delete")


def problems(store: Store) -> list[str]:
    result = custody.verify(Caller(store))
    assert result["ok"] is (not result["problems"])
    return result["problems"]


def assert_export_refused(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "refused.zip"
    entries = len(_entries(store))
    with pytest.raises(ExportFailed, match="fails verification"):
        custody.export_evidence(Caller(store, OWNER), target, KEY)
    assert not target.exists() and not list(tmp_path.glob(".refused.zip*"))
    assert len(_entries(store)) == entries  # and nothing audited


def _entries(store: Store) -> list[AuditEntry]:
    with store.db.reading() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


# -- an honest store ----------------------------------------------------------------------


def test_an_untouched_store_verifies_and_exports(filled: Filled, tmp_path: Path) -> None:
    store = filled.store
    assert problems(store) == []
    trail = custody.audit_trail(Caller(store))
    assert trail["ok"] and trail["problems"] == []
    package = tmp_path / "p.zip"
    custody.export_evidence(Caller(store, OWNER), package, KEY)
    assert evidence.verify_package(package, KEY.verify_key)["ok"]
    assert problems(store) == []


def test_every_sealed_row_is_bound_into_the_chain(filled: Filled) -> None:
    store = filled.store
    with store.db.reading() as session:
        seals = {(s.kind, s.ref, s.key): s for s in session.scalars(select(AuditSeal))}
        entries = {e.seq: e for e in session.scalars(select(AuditEntry))}
        pages = session.execute(select(Page.number, Page.text).where(Page.document_id == filled.doc)).all()
    assert ("document", filled.doc, "") in seals and ("document", filled.other, "") in seals
    assert len(pages) == 2
    assert ("custody", filled.doc, str(filled.custody_id)) in seals
    for number, page_text in pages:  # a page's seal is its text's SHA-256, as packages list it
        assert seals[("page", filled.doc, str(number))].digest == hashlib.sha256(page_text.encode()).hexdigest()
    sealing = {s.seq for s in seals.values()}
    assert all(entries[seq].seal for seq in sealing)
    # the entry recording the write seals it: the intake's, one for each batch of files
    assert {entries[seq].action for seq in sealing} == {"document.ingest"}


def test_honest_later_writes_keep_the_store_verifiable(filled: Filled, tmp_path: Path) -> None:
    store = filled.store
    copy = tmp_path / "again" / "hearing-copy.pdf"
    copy.parent.mkdir()
    copy.write_bytes((filled.folder / "leak" / "hearing.pdf").read_bytes())
    assert ingest(store, tmp_path / "again", source="Second leak", grade="B").duplicates == 1
    _judge(store, "link_judgement")
    with store.db.transaction() as session:  # a person changes their mind, as linkage.decide does it
        judgement = session.get(LinkJudgement, (1, 2))
        assert judgement is not None
        judgement.decision = "different"
        audit.append(session, ACTOR, "link.decide", target="record:1~record:2", details={"decision": "different"})
    assert problems(store) == []


def test_a_failed_document_extracted_again_stays_verifiable(filled: Filled) -> None:
    """Intake extracts a failed document again: its pages go (a bulk DELETE) and come back."""
    forge(filled.store, "UPDATE documents SET status = 'error' WHERE id = :doc", doc=filled.doc)  # not sealed
    assert problems(filled.store) == []
    ingest(filled.store, filled.folder / "leak", source="ICIJ China Cables", grade="F")
    with filled.store.db.reading() as session:
        assert len(session.scalars(select(Page.number).where(Page.document_id == filled.doc)).all()) == 2
    assert problems(filled.store) == []


def test_bulk_statements_through_a_session_are_sealed(filled: Filled) -> None:
    from sqlalchemy import delete, update

    with filled.store.db.transaction() as session:
        session.execute(update(Custody).where(Custody.id == filled.custody_id).values(grade="B"))
        session.execute(delete(Page).where(Page.document_id == filled.doc, Page.number == 2))
        audit.append(session, ACTOR, "custody.regrade", target=filled.doc)
    assert problems(filled.store) == []
    with filled.store.db.reading() as session:
        gone = session.scalars(
            select(AuditSeal)
            .where(AuditSeal.kind == "page", AuditSeal.ref == filled.doc, AuditSeal.key == "2")
            .order_by(AuditSeal.seq)
        ).all()
    assert [g.digest is None for g in gone] == [False, True]  # sealed, then marked deleted
    # a bulk update over a row forged before it does not launder the forgery
    forge(filled.store, "UPDATE custody SET source = 'Invented' WHERE id = :id", id=filled.custody_id)
    with filled.store.db.transaction() as session:
        session.execute(update(Custody).where(Custody.id == filled.custody_id).values(grade="C"))
        audit.append(session, ACTOR, "custody.regrade", target=filled.doc)
    [found] = problems(filled.store)
    assert found.startswith(f"custody row {filled.custody_id} of document {filled.doc}: source, grade changed")


def test_a_write_that_appends_nothing_is_not_sealed(filled: Filled) -> None:
    """A session that changes a sealed row but records no audit entry (a bug, or a forger using
    Habeas's own code) seals nothing."""
    with filled.store.db.transaction() as session:
        row = session.get(Custody, filled.custody_id)
        assert row is not None
        row.grade = "A"
    [found] = problems(filled.store)
    assert found.startswith(f"custody row {filled.custody_id} of document {filled.doc}: grade changed")


# -- what the evidence says, forged -------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "value"), [("grade", "A"), ("source", "A trusted ministry"), ("collector", "someone-else")]
)
def test_an_edited_custody_row_is_found_and_never_signed(
    filled: Filled, tmp_path: Path, column: str, value: str
) -> None:
    forge(filled.store, f"UPDATE custody SET {column} = :value WHERE id = :id", value=value, id=filled.custody_id)
    found = problems(filled.store)
    assert found == [
        f"custody row {filled.custody_id} of document {filled.doc}: {column} changed after audit "
        f"entry {_sealed_by(filled.store, 'custody', filled.doc, str(filled.custody_id))} sealed it"
    ]
    assert custody.audit_trail(Caller(filled.store))["ok"] is False  # habeas audit says so too
    assert_export_refused(filled.store, tmp_path)


def test_an_edited_page_text_is_found_and_never_signed(filled: Filled, tmp_path: Path) -> None:
    forge(
        filled.store,
        "UPDATE pages SET text = replace(text, 'Zhu Hailun', 'Someone Else') WHERE document_id = :doc AND number = 1",
        doc=filled.doc,
    )
    with filled.store.db.reading() as session:
        assert "Someone Else" in session.scalars(select(Page.text).where(Page.document_id == filled.doc)).first()
    [found] = problems(filled.store)
    assert found.startswith(f"page 1 of document {filled.doc}: its text changed after audit entry")
    assert_export_refused(filled.store, tmp_path)


def test_a_document_pointed_at_another_blob_is_found(filled: Filled, tmp_path: Path) -> None:
    assert filled.store.blobs.verify(filled.spare_blob) is None  # it exists, intact
    forge(filled.store, "UPDATE documents SET sha256 = :sha WHERE id = :doc", sha=filled.spare_blob, doc=filled.doc)
    assert problems(filled.store) == [
        f"document {filled.doc}: sha256 changed after audit entry "
        f"{_sealed_by(filled.store, 'document', filled.doc)} sealed it"
    ]
    assert_export_refused(filled.store, tmp_path)


def test_a_deleted_or_added_custody_row_is_found(filled: Filled) -> None:
    forge(
        filled.store,
        "INSERT INTO custody (document_id, source, grade, collector, actor, received_at, method, "
        "original_name, original_path, sha256, size) SELECT document_id, 'Invented', 'A', collector, actor, "
        "received_at, method, original_name, original_path, sha256, size FROM custody WHERE id = :id",
        id=filled.custody_id,
    )
    forge(filled.store, "DELETE FROM custody WHERE id = :id", id=filled.custody_id)
    found = problems(filled.store)
    assert any(
        p.startswith(f"custody row {filled.custody_id} of document {filled.doc} was sealed by audit entry")
        and p.endswith("but is gone: it was deleted outside Habeas")
        for p in found
    )
    assert any(
        p.endswith("is not sealed in the audit log: it was written outside Habeas") and p.startswith("custody row ")
        for p in found
    )


def _judge(store: Store, kind: str) -> str:
    """A person's judgement, written and audited as the services write them; its seal's ref."""
    with store.db.transaction() as session:
        case_id = session.scalars(select(Case.id).where(Case.name == "main")).one()
        if kind == "entity_judgement":
            row: Any = EntityJudgement(
                case_id=case_id, decision="same", forms_a=["Zhu Hailun"], forms_b=["朱海仑"], actor=ACTOR
            )
        elif kind == "link_judgement":
            row = LinkJudgement(left_record_id=1, right_record_id=2, decision="same", actor=ACTOR)
        else:
            row = SanctionJudgement(
                case_id=case_id, name_key="zhu hailun", ftm_id="NK-123", decision="same", actor=ACTOR
            )
        session.add(row)
        audit.append(session, ACTOR, "judgement", case_name="main", details={"decision": "same"})
        session.flush()
        return "1~2" if kind == "link_judgement" else str(row.id)


@pytest.mark.parametrize(
    ("kind", "table", "where", "label"),
    [
        ("entity_judgement", "entity_judgements", "id = {ref}", "entity judgement {ref}"),
        (
            "link_judgement",
            "link_judgements",
            "left_record_id = 1 AND right_record_id = 2",
            "link judgement record:1~record:2",
        ),
        ("sanction_judgement", "sanction_judgements", "id = {ref}", "sanctions judgement {ref}"),
    ],
)
def test_an_edited_judgement_is_found(
    filled: Filled, tmp_path: Path, kind: str, table: str, where: str, label: str
) -> None:
    ref = _judge(filled.store, kind)
    assert problems(filled.store) == []
    forge(filled.store, f"UPDATE {table} SET decision = 'different' WHERE {where.format(ref=ref)}")
    assert problems(filled.store) == [
        f"{label.format(ref=ref)}: decision changed after audit entry {_sealed_by(filled.store, kind, ref)} sealed it"
    ]
    assert_export_refused(filled.store, tmp_path)


def _sealed_by(store: Store, kind: str, ref: str, key: str = "") -> int:
    """The entry that sealed the row last."""
    with store.db.reading() as session:
        return max(
            session.scalars(
                select(AuditSeal.seq).where(AuditSeal.kind == kind, AuditSeal.ref == ref, AuditSeal.key == key)
            )
        )


def test_a_later_ordinary_write_never_launders_a_forgery(filled: Filled, tmp_path: Path) -> None:
    """The forged custody row's document is written to again (a second arrival, from another source):
    the forgery is not sealed by that write."""
    forge(filled.store, "UPDATE custody SET grade = 'A' WHERE id = :id", id=filled.custody_id)
    copy = tmp_path / "again" / "hearing-copy.pdf"
    copy.parent.mkdir()
    copy.write_bytes((filled.folder / "leak" / "hearing.pdf").read_bytes())
    ingest(filled.store, tmp_path / "again", source="Second leak")
    found = problems(filled.store)
    assert len(found) == 1 and found[0].startswith(
        f"custody row {filled.custody_id} of document {filled.doc}: grade changed"
    )
    with filled.store.db.transaction() as session:  # nor by a session that changes the forged row itself
        row = session.get(Custody, filled.custody_id)
        assert row is not None
        row.collector = "collector-bob"
        audit.append(session, ACTOR, "custody.fix", target=filled.doc)
    assert any(
        p.startswith(f"custody row {filled.custody_id} of document {filled.doc}: grade, collector changed")
        for p in problems(filled.store)
    )


def test_an_edited_seal_is_found(filled: Filled) -> None:
    lift_seal_guard(filled.store)
    forge(filled.store, "UPDATE custody SET grade = 'A' WHERE id = :id", id=filled.custody_id)
    with filled.store.db.reading() as session:
        seal = session.scalars(
            select(AuditSeal).where(
                AuditSeal.kind == "custody", AuditSeal.ref == filled.doc, AuditSeal.key == str(filled.custody_id)
            )
        ).one()
        assert seal is not None
        forged = audit.CUSTODY.digest(
            session.execute(select(*audit.CUSTODY.columns()).where(Custody.id == filled.custody_id)).one()._mapping
        )
    forge(
        filled.store,
        "UPDATE audit_seals SET digest = :digest, hint = :hint "
        "WHERE seq = :seq AND kind = 'custody' AND ref = :ref AND key = :key",
        digest=forged[0],
        hint=forged[1],
        seq=seal.seq,
        ref=seal.ref,
        key=seal.key,
    )
    assert problems(filled.store) == [
        f"audit seals: the rows sealed under entry {seal.seq} are not the ones it recorded: the seal table was edited"
    ]


def test_the_seal_table_is_append_only(filled: Filled) -> None:
    from sqlalchemy.exc import DBAPIError

    for statement in ("UPDATE audit_seals SET digest = NULL", "DELETE FROM audit_seals"):
        with pytest.raises(DBAPIError, match="append-only"), filled.store.db.engine.begin() as conn:
            conn.execute(text(statement))
    assert problems(filled.store) == []


def test_a_bulk_insert_of_sealed_rows_is_refused(filled: Filled) -> None:
    from sqlalchemy import insert

    with pytest.raises(RuntimeError, match="sealed"), filled.store.db.transaction() as session:
        session.execute(insert(Page), [{"document_id": filled.doc, "number": 9, "text": "invented"}])


# -- the head anchor ------------------------------------------------------------------------


def test_deleting_the_anchor_and_one_write_does_not_hide_a_cut_tail(store: Store, tmp_path: Path) -> None:
    for name in ("alpha", "beta", "gamma", "delta"):
        cases.create_case(Caller(store, ACTOR), name)
    lift_audit_guard(store)
    forge(store, "DELETE FROM audit_log WHERE seq >= 3")
    store.audit_anchor.unlink()
    cases.create_case(Caller(store, ACTOR), "ordinary")  # entry 3 again, well chained
    log = audit.anchor_log_path(store.audit_anchor)
    found = problems(store)
    assert f"audit log: entry 3 is not the one {log} recorded" in found
    assert f"audit log: the log ends at entry 3, but {log} records entry 4: its tail has been cut off" in found
    assert any("head anchor" in p and "is missing" in p for p in found)
    assert not store.audit_anchor.exists()  # no fresh start
    assert custody.audit_trail(Caller(store))["ok"] is False
    assert_export_refused(store, tmp_path)


def test_the_anchor_log_records_every_head(store: Store) -> None:
    for name in ("alpha", "beta"):
        cases.create_case(Caller(store, ACTOR), name)
    log = audit.anchor_log_path(store.audit_anchor)
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert [(line["seq"], line["hash"]) for line in lines] == [(e.seq, e.hash) for e in _entries(store)]
    assert json.loads(store.audit_anchor.read_text())["seq"] == 2


def test_deleting_both_anchor_files_is_reported(make_store: StoreFactory) -> None:
    store = make_store()
    cases.create_case(Caller(store, ACTOR), "alpha")
    settings = store.settings
    store.audit_anchor.unlink()
    audit.anchor_log_path(store.audit_anchor).unlink()
    reopened = services.open_store(settings)  # the next command: no anchor, no log, a log with entries
    try:
        cases.create_case(Caller(reopened, ACTOR), "beta")
        [found] = problems(reopened)
        assert "was started when the log already held 1 entries and neither anchor existed" in found
    finally:
        reopened.close()


def test_a_store_from_before_the_anchor_log_starts_it_from_its_anchor(store: Store) -> None:
    cases.create_case(Caller(store, ACTOR), "alpha")
    log = audit.anchor_log_path(store.audit_anchor)
    log.unlink()  # as a store made before the log existed
    audit.start_anchor_log(store.audit_anchor, lambda: None)
    [line] = [json.loads(x) for x in log.read_text().splitlines()]
    assert line["seq"] == 1 and line["seeded_from"] == "audit-head.json"
    cases.create_case(Caller(store, ACTOR), "beta")
    assert problems(store) == []


# -- a store made before seals: the upgrade seals what it holds --------------------------------


def test_the_upgrade_seals_an_older_stores_rows(make_store: StoreFactory, tmp_path: Path) -> None:
    settings = make_store.settings("old")
    settings.store.mkdir(parents=True)
    engine = create_engine(settings.sqlalchemy_url)
    command.upgrade(db.alembic_config(engine), "entityreview")  # the schema before this issue
    at = "2026-01-02 03:04:05.000006"
    original = Make.text(tmp_path / "a.txt", "Zhu Hailun")
    sha = hashlib.sha256(original.read_bytes()).hexdigest()
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO cases (id, name, created_at, created_by) VALUES (1, 'main', :at, 'owner')"), {"at": at}
        )
        conn.execute(
            text(
                "INSERT INTO documents (id, case_id, sha256, size, file_name, file_type, title, status, "
                "paginated, meta, created_at) VALUES ('d1', 1, :sha, 10, 'a.txt', 'text', 'a', 'ok', "
                "false, '{}', :at)"
            ),
            {"sha": sha, "at": at},
        )
        conn.execute(text("INSERT INTO pages (document_id, number, text) VALUES ('d1', 1, 'Zhu Hailun')"))
        conn.execute(
            text(
                "INSERT INTO custody (document_id, source, grade, collector, actor, received_at, method, "
                "original_name, original_path, sha256, size) VALUES ('d1', 'leak', 'F', 'jane', 'owner', "
                ":at, 'habeas ingest 0.1', 'a.txt', '/a.txt', :sha, 10)"
            ),
            {"sha": sha, "at": at},
        )
        details: dict[str, Any] = {}
        from datetime import UTC, datetime

        when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
        digest = audit.entry_hash(audit.GENESIS, 1, when, "owner", "case.create", "main", "main", details)
        conn.execute(
            text(
                "INSERT INTO audit_log (seq, at, actor, action, case_name, target, details, prev_hash, "
                "hash) VALUES (1, :at, 'owner', 'case.create', 'main', 'main', '{}', :prev, :hash)"
            ),
            {"at": when, "prev": audit.GENESIS, "hash": digest},
        )
    engine.dispose()
    store = Store(settings)  # opening migrates it
    try:
        assert store.blobs.put_file(original) == (sha, 10)
        entries = _entries(store)
        assert [e.action for e in entries] == ["case.create", "audit.baseline"]
        assert entries[1].details == {"rows": 3} and entries[1].seal
        found = problems(store)
        assert [p for p in found if "head anchor" not in p and "was started" not in p] == []  # no anchor then
        forge(store, "UPDATE pages SET text = 'Someone Else' WHERE document_id = 'd1'")
        assert "page 1 of document d1: its text changed after audit entry 2 sealed it" in problems(store)
    finally:
        store.close()
        if make_store.pg_server and settings.database_url:
            make_store.pg_server.drop_database(settings.database_url)
