"""Rows inserted in bulk (``audit.insert_sealed``, as intake writes its batches) are sealed from the
values inserted, without reading them back: the seals must be exactly what reading the rows back
gives, and neither a later change in the same transaction nor a rollback may let an inserted value
stand in for what the database holds."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select, text

from conftest import ACTOR, Make, intake_options
from habeas.services import Caller, custody, intake
from habeas.store import audit
from habeas.store.models import AuditEntry, AuditSeal, Custody, Document
from habeas.store.store import Store


def _ingest(store: Store, folder: Path) -> None:
    report = intake.ingest(Caller(store, ACTOR), [folder], intake_options(), analyse=False)
    assert report.new and not report.failed


def _notes(folder: Path) -> Path:
    Make.text(folder / "note.txt", "A note about the Kashgar facility.")
    Make.text(folder / "Ürümqi 乌鲁木齐.txt", "Détenu à Ürümqi — 乌鲁木齐 — \u00a0with odd spaces  \n")
    Make.text(folder / "sub" / "third.txt", "Third note, in a folder of its own.")
    return folder


def _custody_row(doc: Document, source: str) -> dict[str, Any]:
    return {
        "document_id": doc.id,
        "source": source,
        "grade": "C",
        "collector": "tester",
        "actor": ACTOR,
        "received_at": datetime.now(UTC),
        "method": "test",
        "original_name": "note.txt",
        "original_path": f"/{source}/note.txt",
        "sha256": doc.sha256,
        "size": doc.size,
    }


def test_seals_computed_from_inserted_values_equal_the_seals_read_back(store: Store, tmp_path: Path) -> None:
    _ingest(store, _notes(tmp_path / "leak"))
    with store.db.reading() as session:
        seals = list(session.scalars(select(AuditSeal)))
        assert {s.kind for s in seals} == {"document", "page", "custody"}
        for kind in (audit.DOCUMENT, audit.PAGE, audit.CUSTODY):
            sealed = {(s.kind, s.ref, s.key): (s.digest, s.hint) for s in seals if s.kind == kind.name}
            read_back = audit._current(session, (kind,), sorted({i[1] for i in sealed}))  # digests and hints
            assert sealed == read_back
        for entry in session.scalars(select(AuditEntry).where(AuditEntry.seal.is_not(None))):
            assert audit._seal_digest(session, entry.seq) == entry.seal  # the entry's seal, read back
    assert custody.verify(Caller(store))["ok"]


def test_a_page_changed_behind_habeass_back_after_a_batch_is_still_reported(store: Store, tmp_path: Path) -> None:
    _ingest(store, _notes(tmp_path / "leak"))
    with store.db.transaction() as session:
        session.connection().execute(text("UPDATE pages SET text = 'forged' WHERE number = 1"))
    problems = custody.verify(Caller(store))["problems"]
    assert sum("page 1 of document" in p and "its text changed" in p for p in problems) == 3


class _Undo(Exception):
    pass


def test_the_seal_of_rows_as_inserted_is_the_seal_in_the_databases_order(store: Store) -> None:
    refs = ["z", "a~b", "Z", "é", "e", "中", "a", "ä", "a~c", "😀", "a b", "_"]
    rows = [
        {"seq": 10**6, "kind": kind, "ref": ref, "key": key, "digest": None if ref == "_" else ref * 3, "hint": ""}
        for kind in ("page", "document")
        for ref in refs
        for key in ("1", "10", "2", "")
    ]
    with pytest.raises(_Undo), store.db.transaction() as session:  # nothing stays written
        session.execute(insert(AuditSeal), rows)
        assert audit.seal_of(rows) == audit._seal_digest(session, 10**6)
        raise _Undo


def test_an_inserted_row_changed_before_its_entry_is_sealed_as_changed(store: Store, tmp_path: Path) -> None:
    _ingest(store, _notes(tmp_path / "leak"))
    with store.db.transaction() as session:
        doc = session.scalars(select(Document).order_by(Document.id)).first()
        assert doc is not None
        audit.insert_sealed(session, Custody, [_custody_row(doc, "a new source")])
        row_id = session.scalars(select(Custody.id).where(Custody.source == "a new source")).one()
        session.get_one(Custody, row_id).source = "changed before sealing"
        audit.append(session, ACTOR, "custody.record", details={})
    with store.db.reading() as session:
        stored = session.get_one(Custody, row_id)
        seal = session.scalars(select(AuditSeal).where(AuditSeal.kind == "custody", AuditSeal.key == str(row_id))).one()
        columns = {name: getattr(stored, name) for name in audit.CUSTODY.watched}
        assert stored.source == "changed before sealing"
        assert (seal.digest, seal.hint) == audit.CUSTODY.digest(columns)
    assert custody.verify(Caller(store))["ok"]


def test_rows_inserted_in_a_savepoint_rolled_back_are_not_sealed(store: Store, tmp_path: Path) -> None:
    _ingest(store, _notes(tmp_path / "leak"))
    with store.db.transaction() as session:
        doc = session.scalars(select(Document).order_by(Document.id)).first()
        assert doc is not None
        savepoint = session.begin_nested()
        audit.insert_sealed(session, Custody, [_custody_row(doc, "undone")])
        row_id = session.scalars(select(Custody.id).where(Custody.source == "undone")).one()
        savepoint.rollback()
        entry = audit.append(session, ACTOR, "custody.record", details={})
        assert entry.seal is None  # nothing written, nothing sealed
    with store.db.reading() as session:
        assert session.get(Custody, row_id) is None
        assert not session.scalars(select(AuditSeal).where(AuditSeal.key == str(row_id))).first()
    assert custody.verify(Caller(store))["ok"]


def test_a_bulk_insert_through_the_session_is_still_refused(store: Store, tmp_path: Path) -> None:
    _ingest(store, _notes(tmp_path / "leak"))
    with pytest.raises(RuntimeError, match="insert_sealed"), store.db.transaction() as session:
        doc = session.scalars(select(Document)).first()
        assert doc is not None
        session.execute(insert(Custody), [_custody_row(doc, "unsealed")])


@pytest.mark.parametrize(
    "value",
    [
        "",
        "plain",
        'quotes " and \\ backslashes',
        "control \x01\x1f\n\t chars",
        "Ürümqi 乌鲁木齐 😀 \u2028\u2029",
        "\ud800 lone surrogate",
        0,
        -7,
        2**70,
        True,
        False,
        None,
        1.5,
        datetime(2024, 5, 1, 12, 30, 1, 5),
        datetime(2024, 5, 1, 12, 30, 1, tzinfo=timezone(timedelta(hours=8))),
        ["a", 1, None, ["nested", {"b": 2, "a": [1, "x"]}], datetime(2020, 1, 1, tzinfo=UTC)],
        {"z": 1, "a": ["é", None]},
        ("a", "tuple"),
    ],
)
def test_canonical_json_is_what_json_dumps_writes(value: Any) -> None:
    expected = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=audit._plain)
    assert audit._canonical(value) == expected


def test_a_rows_digest_and_hint_are_those_of_its_fields_as_json() -> None:
    row = {
        "document_id": "0123456789abcdef",
        "source": 'Ürümqi leak, 乌鲁木齐 "quoted"',
        "grade": "C",
        "collector": "tester",
        "actor": ACTOR,
        "received_at": datetime(2024, 5, 1, 12, 30, 1, 5, tzinfo=UTC),
        "method": "habeas ingest",
        "original_name": "a\\b.txt",
        "original_path": "/leak/a\\b.txt",
        "sha256": "ab" * 32,
        "size": 2**40,
        "id": 7,
    }

    def canonical(value: Any) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=audit._plain)

    values = [row[f] for f in audit.CUSTODY.fields]
    digest = hashlib.sha256(canonical(values).encode()).hexdigest()
    hint = "".join(hashlib.sha256(canonical(v).encode()).hexdigest()[:4] for v in values)
    assert audit.CUSTODY.digest(row) == (digest, hint)
    assert audit.CUSTODY.digest(row, hint=False) == (digest, "")
