"""Hostile and broken files: each gets a clear error naming it, and the batch goes on."""

from __future__ import annotations

import json
import os
import random
import tarfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from conftest import Make, StoreFactory, docs_by_name, failure_for, hit_ids, ingest, module_store_fixture
from habeas.ingest.pipeline import IngestReport
from habeas.services import Caller, documents
from habeas.store.models import Custody, Document, Record
from habeas.store.store import Store

MB = 1024 * 1024
LIMITS: dict[str, Any] = {
    "max_file_bytes": 6 * MB,
    "archive_max_total_bytes": 4 * MB,
    "archive_max_ratio": 50.0,
    "archive_max_depth": 2,
}
GOOD = "A good statement about the Kashgar old city demolition."
LONG_CSV = "a-spreadsheet-export-with-a-very-long-name-" * 5 + ".csv"  # 215 characters
NUL_EMAIL = b"""From: a@example.org
To: b@example.org
Subject: =?utf-8?q?Hidden=00null?=
Date: Mon, 01 Jan 2024 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XX"

--XX
Content-Type: text/plain; charset=utf-8

A body about the Lop Nur test site.
--XX
Content-Type: text/plain
Content-Disposition: attachment; filename*=utf-8''att%00ached.txt

Attachment about Charkilik.
--XX--
"""


@dataclass
class Batch:
    store: Store
    folder: Path
    report: IngestReport
    docs: dict[str, dict[str, Any]]


def fill(store: Store, folder: Path) -> Batch:
    pdf = Make.pdf(folder / "good.pdf", ["Genuine PDF page about Aksu prefecture", "Another page"]).read_bytes()
    (folder / "good.pdf").unlink()
    Make.text(folder / "good.txt", GOOD)
    Make.text(folder / "empty.txt", "")
    (folder / "really-a-pdf.txt").write_bytes(pdf)
    Make.text(folder / "really-text.pdf", "Plain words about Hotan in a file wrongly named as a PDF.")
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    Make.pdf(folder / "encrypted.pdf", ["Secret page about Ghulja"], encrypt="secret")
    (folder / "junk.bin").write_bytes(b"\x00" + random.Random(1234).randbytes(64 * 1024))
    Make.zip(
        folder / "escape.zip",
        {
            "../zip-escaped.txt": b"Zip climb attempt about Turpan.",
            "/tmp/zip-absolute-habeas-test.txt": b"Zip absolute attempt.",
            "safe/zip-good-member.txt": b"Good zip member about Korla city.",
        },
    )
    Make.tar(
        folder / "escape.tar",
        {
            "../../tar-escaped.txt": b"Tar climb attempt about Turpan.",
            "/tmp/tar-absolute-habeas-test.txt": b"Tar absolute attempt.",
            "safe/tar-good-member.txt": b"Good tar member about Yarkand county.",
        },
    )
    links = Make.tar(folder / "links.tar", {"safe/after-links.txt": b"Member beside links, about Aral."})
    with tarfile.open(links, "a") as archive:
        for name, kind in (("sym-link", tarfile.SYMTYPE), ("hard-link", tarfile.LNKTYPE)):
            info = tarfile.TarInfo(name)
            info.type, info.linkname = kind, "/etc/passwd"
            archive.addfile(info)
    tgz = Make.tar(
        folder / "truncated.tar.gz", {f"m{i}.bin": random.Random(i).randbytes(100_000) for i in range(3)}, mode="w:gz"
    ).read_bytes()
    (folder / "truncated.tar.gz").write_bytes(tgz[: len(tgz) // 2])
    (folder / "damaged.zip").write_bytes(b"PK\x03\x04" + b"not really a zip " * 50)
    Make.zip(folder / "bomb.zip", {"zeros.bin": bytes(50 * MB)})  # about 50 KB compressed
    noise = random.Random(99).randbytes(5 * MB)
    (folder / "too-big-unpacked.zip").write_bytes(Make.zip_bytes({"noise.bin": noise}, compression=0))
    level3 = Make.zip_bytes({"level3.txt": b"Too deep to be read: Qaraqash."})
    level2 = Make.zip_bytes({"level2.zip": level3})
    level1 = Make.zip_bytes({"level1.zip": level2})
    (folder / "nested.zip").write_bytes(level1)
    Make.text(folder / "oversize.txt", "Oversize file about Altay. " * (7 * MB // 27))
    (folder / "nul-header.eml").write_bytes(NUL_EMAIL)
    (folder / "nul-cell.csv").write_bytes(b"name,city\n" + b"Anwar,Aksu\n" * 1000 + b"Nur\x00gul,Hotan\n")
    # Names that are not UTF-8, as old archives and Windows-1252 disks have them.
    (
        Path(os.fsdecode(os.fsencode(folder) + b"/caf\xe9-latin1-name.txt")).write_bytes(
            b"A statement about the Tarim river, from a disk with latin-1 names."
        )
    )
    Make.tar(folder / "latin1-members.tar", {os.fsdecode(b"d\xe9j\xe0/vu.txt"): b"Member about Qiemo county."})
    Make.text(folder / LONG_CSV, "name,city\nAbla,Korla\n")
    Make.text(folder / "dup-first.txt", "Duplicated testimony about Korla prison.")
    Make.text(folder / "dup-second.txt", "Duplicated testimony about Korla prison.")
    report = ingest(store, folder)
    return Batch(store=store, folder=folder, report=report, docs=docs_by_name(store))


batch = module_store_fixture(**LIMITS)

ERROR_FILES = [
    "empty.txt",
    "truncated.pdf",
    "encrypted.pdf",
    "junk.bin",
    "bomb.zip",
    "too-big-unpacked.zip",
    "damaged.zip",
]


def test_good_files_go_in_despite_the_bad_ones(batch: Batch) -> None:
    assert batch.docs["good.txt"]["status"] == "ok"
    assert hit_ids(batch.store, "demolition") == {batch.docs["good.txt"]["id"]}
    new_paths = {Path(d["path"]).name for d in batch.report.new}
    assert {"good.txt", "really-a-pdf.txt", "really-text.pdf", "escape.zip", "dup-first.txt"} <= new_paths


def test_every_failure_names_its_file(batch: Batch) -> None:
    for failure in batch.report.failed:
        assert failure["path"] and failure["error"]
        assert Path(failure["path"].split("!/")[0]).parent == batch.folder
    for name in [*ERROR_FILES, "oversize.txt", "truncated.tar.gz!/m0.bin", "truncated.tar.gz!/m1.bin"]:
        failure_for(batch.report, name)  # exactly one failure, naming the file
    # and: the file over the size limit, 4 members with unsafe paths, 1 archive too deep, the archive
    # cut off (its own line, its member cut off, and the member recovered: random bytes)
    assert len(batch.report.failed) == len(ERROR_FILES) + 1 + 4 + 1 + 3


def test_failed_files_are_stored_as_error_documents(batch: Batch) -> None:
    for name in ERROR_FILES:
        doc = batch.docs[name]
        assert doc["status"] == "error", name
        assert doc["error"] == failure_for(batch.report, name)
        assert batch.store.blobs.has(doc["sha256"])  # the original is kept, byte for byte


def test_nul_characters_do_not_stop_the_batch(batch: Batch) -> None:
    """PostgreSQL text cannot hold NUL: stripped from titles, names and cells, never a crash."""
    mail = documents.show_document(Caller(batch.store), batch.docs["nul-header.eml"]["id"])
    assert mail["status"] == "ok" and mail["title"] == "Hiddennull"
    attachment = batch.docs["attached.txt"]
    assert attachment["parent_id"] == mail["id"] and attachment["path_in_parent"] == "attached.txt"
    assert hit_ids(batch.store, "Charkilik") == {attachment["id"]}
    with batch.store.db.reading() as session:
        values = session.scalars(
            select(Record.values).where(
                Record.document_id == batch.docs["nul-cell.csv"]["id"], Record.row_number == 1002
            )
        ).one()
    assert values == {"name": "Nurgul", "city": "Hotan"}


def test_names_that_are_not_utf8(batch: Batch) -> None:
    doc = batch.docs["caf\\xe9-latin1-name.txt"]  # the byte kept, as an escape
    assert doc["status"] == "ok" and hit_ids(batch.store, "Tarim") == {doc["id"]}
    [custody] = documents.show_document(Caller(batch.store), doc["id"])["custody"]
    assert custody["original_path"] == str(batch.folder.resolve() / "caf\\xe9-latin1-name.txt")
    member = batch.docs["vu.txt"]
    assert member["path_in_parent"] == "déjà/vu.txt"  # a legacy member name decoded (Latin-1/Windows-1252)
    assert member["parent_id"] == batch.docs["latin1-members.tar"]["id"]
    assert hit_ids(batch.store, "Qiemo") == {member["id"]}
    json.dumps(asdict(batch.report), ensure_ascii=False).encode("utf-8")  # printable as --json


def test_table_with_a_very_long_name(batch: Batch) -> None:
    doc = batch.docs[LONG_CSV]
    assert doc["status"] == "ok"
    with batch.store.db.reading() as session:
        [record] = session.scalars(select(Record).where(Record.document_id == doc["id"])).all()
    assert record.values == {"name": "Abla", "city": "Korla"}
    assert LONG_CSV.startswith(record.sheet) and len(record.sheet) == 200


def test_zero_byte_file(batch: Batch) -> None:
    assert "empty" in failure_for(batch.report, "empty.txt")


def test_pdf_with_txt_extension_is_read_as_pdf(batch: Batch) -> None:
    doc = documents.show_document(Caller(batch.store), batch.docs["really-a-pdf.txt"]["id"])
    assert doc["file_type"] == "pdf" and doc["status"] == "ok"
    assert len(doc["pages"]) == 2 and "Aksu prefecture" in doc["pages"][0]["text"]


def test_text_with_pdf_extension_is_read_as_text(batch: Batch) -> None:
    doc = documents.show_document(Caller(batch.store), batch.docs["really-text.pdf"]["id"])
    assert doc["file_type"] == "text" and doc["status"] == "ok"
    assert "Plain words about Hotan" in doc["text"]


def test_truncated_pdf(batch: Batch) -> None:
    error = failure_for(batch.report, "truncated.pdf").lower()
    assert "truncated" in error or "damaged" in error


def test_encrypted_pdf(batch: Batch) -> None:
    error = failure_for(batch.report, "encrypted.pdf").lower()
    assert "password" in error or "encrypted" in error
    assert hit_ids(batch.store, "Ghulja") == set()


def test_binary_junk(batch: Batch) -> None:
    error = failure_for(batch.report, "junk.bin").lower()
    assert "binary" in error or "not a format" in error


def test_unsafe_archive_members_are_refused_and_nothing_escapes(batch: Batch) -> None:
    for archive in ("escape.zip", "escape.tar"):
        kind = archive.split(".")[1]
        assert "../" in failure_for(batch.report, f"{archive}!/../")
        assert "absolute" in failure_for(batch.report, f"{archive}!//tmp/{kind}-absolute")
        assert batch.docs[archive]["status"] == "ok"
        good = batch.docs[f"{kind}-good-member.txt"]
        assert good["parent_id"] == batch.docs[archive]["id"]
        assert good["path_in_parent"] == f"safe/{kind}-good-member.txt"
    assert hit_ids(batch.store, "Yarkand") == {batch.docs["tar-good-member.txt"]["id"]}
    assert hit_ids(batch.store, "Turpan") == set()
    for name in ("zip-escaped.txt", "tar-escaped.txt", "zip-absolute-habeas-test.txt", "tar-absolute-habeas-test.txt"):
        assert name not in batch.docs
        assert not any(batch.folder.parent.parent.rglob(name))
    assert not Path("/tmp/zip-absolute-habeas-test.txt").exists()
    assert not Path("/tmp/tar-absolute-habeas-test.txt").exists()


def test_links_in_archives_are_recorded_not_followed(batch: Batch) -> None:
    for name, kind in (("sym-link", "symbolic"), ("hard-link", "hard")):
        doc = documents.show_document(Caller(batch.store), batch.docs[name]["id"])
        assert [page["text"] for page in doc["pages"]] == [f"{kind} link to /etc/passwd"]
        assert doc["parent_id"] == batch.docs["links.tar"]["id"]
    assert batch.docs["after-links.txt"]["parent_id"] == batch.docs["links.tar"]["id"]
    assert batch.docs["links.tar"]["status"] == "ok"


def test_damaged_archives(batch: Batch) -> None:
    """No member's header in the ZIP: an error; the TAR cut off in its second member gives up its
    first (tests/test_ingest_damaged_archives.py has the rest)."""
    assert "truncated" in failure_for(batch.report, "damaged.zip")
    cut = batch.docs["truncated.tar.gz"]
    assert [d["file_name"] for d in batch.docs.values() if d["parent_id"] == cut["id"]] == ["m0.bin"]
    assert failure_for(batch.report, "truncated.tar.gz!/m1.bin").startswith("cut off after")
    assert cut["status"] == "ok" and cut["error"] == "damaged tar archive, cut off: 1 of 2 members recovered"


def test_missing_path_is_reported(store: Store, tmp_path: Path) -> None:
    report = ingest(store, tmp_path / "no-such-folder", Make.text(tmp_path / "here.txt", GOOD))
    assert report.failed == [{"path": str(tmp_path / "no-such-folder"), "error": "no such file or folder"}]
    assert len(report.new) == 1


def test_zip_bomb_is_stopped_by_the_ratio_limit(batch: Batch) -> None:
    error = failure_for(batch.report, "bomb.zip")
    assert "bomb" in error and "50 times" in error
    assert "zeros.bin" not in batch.docs


def test_archive_over_the_total_size_limit(batch: Batch) -> None:
    error = failure_for(batch.report, "too-big-unpacked.zip")
    assert "bomb" in error and str(4 * MB) in error
    assert "noise.bin" not in batch.docs


def test_nesting_deeper_than_the_limit(batch: Batch) -> None:
    error = failure_for(batch.report, "nested.zip!/level1.zip!/level2.zip")
    assert "nesting deeper than 2" in error
    assert batch.docs["level1.zip"]["parent_id"] == batch.docs["nested.zip"]["id"]
    assert batch.docs["level2.zip"]["parent_id"] == batch.docs["level1.zip"]["id"]
    assert "level3.txt" not in batch.docs
    assert hit_ids(batch.store, "Qaraqash") == set()


def test_file_over_the_size_limit_is_refused(batch: Batch) -> None:
    error = failure_for(batch.report, "oversize.txt")
    assert "limit" in error and str(6 * MB) in error
    assert "oversize.txt" not in batch.docs
    assert hit_ids(batch.store, "Oversize") == set()


def test_same_file_twice_in_one_batch_is_one_document(batch: Batch) -> None:
    assert batch.report.duplicates == 1
    dup_docs = [d for d in batch.docs.values() if d["sha256"] == batch.docs["dup-first.txt"]["sha256"]]
    assert len(dup_docs) == 1
    assert sum("dup-" in d["path"] for d in batch.report.new) == 1
    with batch.store.db.reading() as session:
        paths = set(session.scalars(select(Custody.original_path).where(Custody.document_id == dup_docs[0]["id"])))
    # both arrivals are on record
    assert {Path(p).name for p in paths} == {"dup-first.txt", "dup-second.txt"}


def test_same_file_in_a_later_batch_is_reported_as_duplicate(store: Store, tmp_path: Path) -> None:
    first = Make.text(tmp_path / "a" / "statement.txt", GOOD)
    report = ingest(store, first)
    assert len(report.new) == 1 and report.duplicates == 0
    again = ingest(store, first)
    assert again.new == [] and again.duplicates == 1 and again.failed == []
    copy = Make.text(tmp_path / "b" / "copy-of-statement.txt", GOOD)
    third = ingest(store, copy)
    assert third.new == [] and third.duplicates == 1
    with store.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 1
        assert session.scalar(select(func.count()).select_from(Custody)) == 2  # two paths, no repeat
    assert len(hit_ids(store, "Kashgar")) == 1


def test_parse_timeout_stops_the_file_and_the_batch_goes_on(make_store: StoreFactory, tmp_path: Path) -> None:
    store = make_store(parse_timeout_s=0.5)
    folder = tmp_path / "in"
    folder.mkdir()
    with (folder / "big.csv").open("w") as fh:
        fh.write("name,city,note\n")
        fh.writelines(f"person{i},city{i % 100},a note about record {i}\n" for i in range(400_000))
    Make.text(folder / "small.txt", GOOD)
    report = ingest(store, folder)
    error = failure_for(report, "big.csv")
    assert "took longer than 0.5s" in error
    docs = docs_by_name(store)
    assert docs["big.csv"]["status"] == "error"
    assert docs["small.txt"]["status"] == "ok"
    assert hit_ids(store, "demolition") == {docs["small.txt"]["id"]}
