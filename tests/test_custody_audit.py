"""Chain of custody and the hash-chained audit log: recorded on every intake, checked by verify."""

from __future__ import annotations

import hashlib
import itertools
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from conftest import ACTOR, COLLECTOR, Make, docs_by_name, hit_ids, ingest, module_store_fixture
from habeas import __version__
from habeas.ingest.pipeline import IngestReport
from habeas.services import Caller, cases, custody, documents
from habeas.store.audit import entry_hash
from habeas.store.models import AuditEntry, Custody
from habeas.store.store import Store
from tamper import lift_audit_guard

MEMO = "Internal memo about the Aksu facility."
LATIN1 = "Témoignage déposé à Genève, avec des accents.\r\nLigne deux.".encode("latin-1")


def _custody(store: Store) -> list[Custody]:
    with store.db.reading() as session:
        return list(session.scalars(select(Custody).order_by(Custody.id)))


def _audit(store: Store) -> list[AuditEntry]:
    with store.db.reading() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


# -- one ingest, read by several tests ------------------------------------------------


@dataclass
class Intake:
    store: Store
    folder: Path
    report: IngestReport
    docs: dict[str, dict[str, Any]]


def fill(store: Store, folder: Path) -> Intake:
    leak = folder / "leak-folder"
    Make.text(leak / "sub" / "memo.txt", MEMO)
    (leak / "testimony.txt").write_bytes(LATIN1)
    Make.zip(leak / "bundle.zip", {"inner/c.txt": b"Words about the Aksu region."})
    report = ingest(store, leak)
    return Intake(store=store, folder=leak, report=report, docs=docs_by_name(store))


intake = module_store_fixture(workers=1)


def test_custody_record_with_defaults(intake: Intake) -> None:
    path = intake.folder / "sub" / "memo.txt"
    doc_id = intake.docs["memo.txt"]["id"]
    [row] = [r for r in _custody(intake.store) if r.document_id == doc_id]
    assert row.source == "leak-folder"  # default source: the name of the folder given
    assert row.grade == "F"  # default grade: reliability cannot be judged
    assert row.collector == COLLECTOR
    assert row.actor == ACTOR
    assert row.method == f"habeas ingest {__version__}"
    assert row.original_name == "memo.txt"
    assert row.original_path == str(path.resolve())
    assert row.sha256 == hashlib.sha256(MEMO.encode()).hexdigest() == intake.docs["memo.txt"]["sha256"]
    assert row.size == len(MEMO.encode())
    assert row.received_at is not None
    [shown] = documents.show_document(Caller(intake.store), doc_id)["custody"]
    assert shown["source"] == "leak-folder" and shown["sha256"] == row.sha256
    assert shown["original_path"] == row.original_path


def test_archive_members_have_custody_through_their_archive(intake: Intake) -> None:
    doc_id = intake.docs["c.txt"]["id"]
    [row] = [r for r in _custody(intake.store) if r.document_id == doc_id]
    assert row.original_path == str((intake.folder / "bundle.zip").resolve()) + "!/inner/c.txt"
    assert row.source == "leak-folder" and row.original_name == "c.txt"


def test_original_stored_byte_for_byte_and_read_only(intake: Intake) -> None:
    sha = intake.docs["testimony.txt"]["sha256"]
    assert isinstance(sha, str)
    blob = intake.store.blobs.path_for(sha)
    assert blob.read_bytes() == LATIN1
    assert blob.name == sha == hashlib.sha256(LATIN1).hexdigest()
    assert stat.S_IMODE(blob.stat().st_mode) == 0o444
    assert not list(intake.store.blobs.root.glob(".incoming-*"))


def test_every_write_is_in_the_audit_log(intake: Intake) -> None:
    entries = _audit(intake.store)
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0].prev_hash == "0" * 64
    assert all(e.prev_hash == p.hash for p, e in itertools.pairwise(entries))
    actions = {(e.action, e.target) for e in entries}
    assert ("case.create", "main") in actions
    # one entry per batch of files, naming each document with its file's SHA-256, and each custody row
    ingested = {d["id"]: d for e in entries if e.action == "document.ingest" for d in e.details["documents"]}
    arrivals = {(c["document"], c["original_path"]) for e in entries for c in e.details.get("custody", [])}
    for name in ("memo.txt", "testimony.txt", "bundle.zip", "c.txt"):
        doc = intake.docs[name]
        assert ingested[doc["id"]]["sha256"] == doc["sha256"]
        assert ingested[doc["id"]]["file_name"] == name
        [row] = [r for r in _custody(intake.store) if r.document_id == doc["id"]]
        assert (doc["id"], row.original_path) in arrivals
    assert ("document.complete", intake.docs["bundle.zip"]["id"]) in actions  # all members in
    assert {e.actor for e in entries} == {ACTOR}


def test_verify_ok_on_an_intact_store(intake: Intake) -> None:
    result = custody.verify(Caller(intake.store))
    assert result["ok"] is True and result["problems"] == []
    assert result["blobs_checked"] == 4
    assert result["audit_entries"] == len(_audit(intake.store))


# -- tests that change a store ----------------------------------------------------------


def test_custody_with_source_grade_and_a_second_arrival(store: Store, tmp_path: Path) -> None:
    path = Make.text(tmp_path / "cables.txt", "Telegram about the Integrated Joint Operations Platform.")
    ingest(store, path, source="ICIJ China Cables", grade="b")
    copy = Make.text(tmp_path / "elsewhere" / "cables-copy.txt", path.read_text())
    report = ingest(store, copy, source="Second leak", grade="C")
    assert report.duplicates == 1
    rows = _custody(store)
    assert [(r.source, r.grade, r.original_name) for r in rows] == [
        ("ICIJ China Cables", "B", "cables.txt"),
        ("Second leak", "C", "cables-copy.txt"),
    ]
    assert rows[0].document_id == rows[1].document_id
    # the new source is a search filter for the same document
    assert hit_ids(store, "telegram", sources=["Second leak"]) == {rows[0].document_id}


def test_grade_must_be_a_to_f(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="grade"):
        ingest(store, Make.text(tmp_path / "x.txt", "Some words about a place."), grade="G")


def test_verify_finds_changed_and_missing_blobs(store: Store, tmp_path: Path) -> None:
    Make.text(tmp_path / "in" / "a.txt", "Words about the Hotan region.")
    Make.text(tmp_path / "in" / "b.txt", "Words about the Aksu region.")
    Make.text(tmp_path / "in" / "c.txt", "Words about the Korla region.")
    ingest(store, tmp_path / "in")
    assert custody.verify(Caller(store))["ok"]
    docs = docs_by_name(store)
    changed = store.blobs.path_for(docs["a.txt"]["sha256"])
    os.chmod(changed, 0o644)  # blobs are read-only
    data = bytearray(changed.read_bytes())
    data[3] ^= 0x01
    changed.write_bytes(bytes(data))
    store.blobs.path_for(docs["b.txt"]["sha256"]).unlink()
    result = custody.verify(Caller(store))
    assert result["ok"] is False
    assert sorted(result["problems"]) == sorted(
        [
            f"blob {docs['a.txt']['sha256']} has changed: its content now hashes to {hashlib.sha256(data).hexdigest()}",
            f"blob {docs['b.txt']['sha256']} is missing",
        ]
    )


def _audited_store(store: Store) -> int:
    """Fill the log cheaply: each new case is an audited write."""
    for name in ("alpha", "beta", "gamma", "delta"):
        cases.create_case(Caller(store, ACTOR), name)
    assert custody.verify(Caller(store))["ok"]
    return len(_audit(store))


def test_verify_finds_an_edited_audit_entry(store: Store) -> None:
    assert _audited_store(store) == 4
    lift_audit_guard(store)  # as someone with the database file could
    with store.db.transaction() as session:
        session.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(details={"forged": True}))
    result = custody.verify(Caller(store))
    assert result["ok"] is False
    assert result["problems"] == ["audit log: entry 2 has been altered"]


def test_verify_finds_an_edited_actor(store: Store) -> None:
    _audited_store(store)
    lift_audit_guard(store)  # as someone with the database file could
    with store.db.transaction() as session:
        session.execute(update(AuditEntry).where(AuditEntry.seq == 3).values(actor="someone-else"))
    assert custody.verify(Caller(store))["problems"] == ["audit log: entry 3 has been altered"]


def test_verify_finds_a_deleted_audit_entry(store: Store) -> None:
    _audited_store(store)
    lift_audit_guard(store)  # as someone with the database file could
    with store.db.transaction() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq == 2))
    result = custody.verify(Caller(store))
    assert result["ok"] is False
    assert "audit log: entry 2 is missing (next is 3)" in result["problems"]
    assert "audit log: entry 3 does not point to the entry before it" in result["problems"]


def test_verify_finds_a_rehashed_forgery(store: Store) -> None:
    """An edit whose own hash is recomputed still breaks the link from the next entry."""
    _audited_store(store)
    lift_audit_guard(store)  # as someone with the database file could
    with store.db.transaction() as session:
        entry = session.get(AuditEntry, 2)
        assert entry is not None
        entry.actor = "forger"
        entry.hash = entry_hash(
            entry.prev_hash,
            entry.seq,
            entry.at,
            entry.actor,
            entry.action,
            entry.case_name,
            entry.target,
            entry.details,
        )
    assert custody.verify(Caller(store))["problems"] == ["audit log: entry 3 does not point to the entry before it"]
