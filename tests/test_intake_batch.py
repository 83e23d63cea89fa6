"""Intake by batches: one transaction, one audit entry and one disk sync for a batch of files, with
each document, its file's SHA-256 and its custody still in the chain, and one bad file in a batch
its own failure line."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from conftest import ACTOR, Make, docs_by_name, hit_ids, intake_options
from habeas.ingest.pipeline import BATCH_FILES, IngestReport
from habeas.services import Caller, custody, intake
from habeas.store.blobs import BlobStore
from habeas.store.models import AuditEntry, Custody
from habeas.store.store import Store

PLACES = ("Hotan", "Aksu", "Kashgar", "Korla", "Turpan", "Ghulja", "Urumqi", "Karamay", "Yarkand", "Kucha")


def _ingest(store: Store, *paths: Path, source: str | None = None) -> IngestReport:
    return intake.ingest(Caller(store, ACTOR), list(paths), intake_options(source=source), analyse=False)


def _entries(store: Store, action: str) -> list[AuditEntry]:
    with store.db.reading() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq)))


def _notes(folder: Path, count: int, start: int = 0) -> Path:
    for n in range(start, start + count):
        Make.text(folder / f"note-{n:03}.txt", f"Note {n} about the {PLACES[n % len(PLACES)]} facility.")
    return folder


def test_a_batch_of_files_is_one_audit_entry_naming_each_file(store: Store, tmp_path: Path) -> None:
    report = _ingest(store, _notes(tmp_path / "leak", 12))
    assert len(report.new) == 12 and not report.failed
    [entry] = _entries(store, "document.ingest")
    assert entry.target is None and entry.seal  # many documents: the details name them
    named = {d["id"]: d for d in entry.details["documents"]}
    docs = docs_by_name(store)
    assert set(named) == {d["id"] for d in docs.values()}
    for name, doc in docs.items():
        blob = store.blobs.path_for(doc["sha256"])
        assert named[doc["id"]]["sha256"] == hashlib.sha256(blob.read_bytes()).hexdigest()
        assert named[doc["id"]]["file_name"] == name and named[doc["id"]]["status"] == "ok"
    with store.db.reading() as session:
        rows = {(c.document_id, c.original_path) for c in session.scalars(select(Custody))}
    assert {(c["document"], c["original_path"]) for c in entry.details["custody"]} == rows
    assert not _entries(store, "custody.record")  # the custody rows are in the batch's one entry
    assert custody.verify(Caller(store))["ok"]
    assert hit_ids(store, "Kashgar") == {docs["note-002.txt"]["id"]}  # searchable when ingest returns


def test_more_files_than_a_batch_take_several_entries_and_all_go_in(store: Store, tmp_path: Path) -> None:
    count = BATCH_FILES + 7
    report = _ingest(store, _notes(tmp_path / "leak", count))
    assert len(report.new) == count and not report.failed
    entries = _entries(store, "document.ingest")
    assert len(entries) >= 2
    assert all(len(e.details["documents"]) <= BATCH_FILES for e in entries)
    assert sum(len(e.details["documents"]) for e in entries) == count
    assert custody.verify(Caller(store))["ok"]


def test_a_bad_file_in_a_batch_is_its_own_failure_and_the_rest_go_in(store: Store, tmp_path: Path) -> None:
    leak = _notes(tmp_path / "leak", 6)
    (leak / "empty.txt").write_bytes(b"")
    (leak / "junk.bin").write_bytes(bytes(range(256)) * 4)
    report = _ingest(store, leak)
    assert {Path(f["path"]).name for f in report.failed} == {"empty.txt", "junk.bin"}
    assert len(report.new) == 6
    [entry] = _entries(store, "document.ingest")
    statuses = {d["file_name"]: d["status"] for d in entry.details["documents"]}
    assert statuses["empty.txt"] == statuses["junk.bin"] == "error"  # kept as documents in error
    assert custody.verify(Caller(store))["ok"]


def test_files_already_in_are_new_custody_in_one_entry(store: Store, tmp_path: Path) -> None:
    _ingest(store, _notes(tmp_path / "first", 5), source="first leak")
    again = _notes(tmp_path / "second", 5)
    report = _ingest(store, again, source="second leak")
    assert report.duplicates == 5 and not report.new
    [arrivals] = _entries(store, "custody.record")
    assert sorted(c["original_path"] for c in arrivals.details["custody"]) == sorted(
        str(p.resolve()) for p in again.iterdir()
    )
    assert {c["source"] for c in arrivals.details["custody"]} == {"second leak"}
    assert _ingest(store, again, source="second leak").duplicates == 5  # the same arrivals: nothing new
    assert len(_entries(store, "custody.record")) == 1
    assert custody.verify(Caller(store))["ok"]


def test_the_same_file_twice_in_one_batch_is_stored_once_with_both_arrivals(store: Store, tmp_path: Path) -> None:
    leak = _notes(tmp_path / "leak", 3)
    (leak / "note-001-copy.txt").write_bytes((leak / "note-001.txt").read_bytes())
    report = _ingest(store, leak)
    assert len(report.new) == 3 and report.duplicates == 1
    sha = hashlib.sha256((leak / "note-001.txt").read_bytes()).hexdigest()
    [doc] = [d for d in docs_by_name(store).values() if d["sha256"] == sha]
    with store.db.reading() as session:
        rows = session.scalars(select(Custody).where(Custody.document_id == doc["id"]))
        paths = sorted(Path(c.original_path).name for c in rows)
    assert paths == ["note-001-copy.txt", "note-001.txt"]
    assert custody.verify(Caller(store))["ok"]


def _blob_store(tmp_path: Path) -> tuple[BlobStore, Path, Any]:
    blobs = BlobStore(tmp_path / "blobs")
    source = Make.text(tmp_path / "in" / "a.txt", "Bytes that must reach the disk.")
    sha, size = blobs.put_file(source, durable=False)
    assert size == source.stat().st_size
    return blobs, source, sha


def test_blobs_put_without_sync_are_in_place_and_synced_with_their_batch(tmp_path: Path) -> None:
    blobs, source, sha = _blob_store(tmp_path)
    assert blobs.path_for(sha).read_bytes() == source.read_bytes()
    assert str(blobs.path_for(sha)) in blobs._unsynced
    blobs.sync()
    assert not blobs._unsynced
    assert blobs.verify(sha) is None


def test_a_blob_a_power_cut_left_empty_is_replaced_but_a_blob_is_never_overwritten(tmp_path: Path) -> None:
    blobs, source, sha = _blob_store(tmp_path)
    blob = blobs.path_for(sha)
    blob.chmod(0o644)
    blob.write_bytes(b"")  # renamed into place, its bytes never written back: what a power cut leaves
    assert blobs.put_file(source, durable=False) == (sha, source.stat().st_size)
    assert blob.read_bytes() == source.read_bytes()
    blob.chmod(0o644)
    blob.write_bytes(b"changed behind Habeas's back")
    blobs.put_file(source)
    assert blob.read_bytes() == b"changed behind Habeas's back"  # left as it is, for verify to report
    assert blobs.verify(sha) is not None


def test_a_blob_is_written_read_only_and_a_failed_one_leaves_no_temporary_file(tmp_path: Path) -> None:
    root = tmp_path / "blobs"
    source = Make.text(tmp_path / "in" / "a.txt", "Bytes that go in whole or not at all.")
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    root.mkdir()
    (root / sha[:2]).write_bytes(b"")  # a file where the blob's folder goes: it cannot be placed
    blobs = BlobStore(root)
    with pytest.raises(OSError):
        blobs.put_file(source, durable=False)
    assert [p.name for p in root.iterdir()] == [sha[:2]]  # no temporary file left behind
    (root / sha[:2]).unlink()
    assert blobs.put_file(source, durable=False) == (sha, source.stat().st_size)
    assert [p.name for p in root.iterdir()] == [sha[:2]]
    assert stat.S_IMODE(blobs.path_for(sha).stat().st_mode) == 0o444
    assert blobs.path_for(sha).read_bytes() == source.read_bytes()
