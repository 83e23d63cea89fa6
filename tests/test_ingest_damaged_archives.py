"""Damaged archives, taken in on a real SQLite store: a ZIP, TAR or 7z cut off (an interrupted
download or copy) or with bytes overwritten gives up every member that is intact, each a document
found by search; each member lost is a failure line that names it and says why; the archive's own
document says it is damaged and what was recovered. Archives are written here by zipfile, tarfile,
py7zr and Info-ZIP's ``zip``, then cut short or overwritten."""

from __future__ import annotations

import io
import os
import re
import subprocess
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest

from conftest import ACTOR, Cli, docs_by_name, failure_for, hit_ids
from conftest import ingest_unanalysed as ingest
from habeas.config import IngestLimits
from habeas.errors import ExtractionError
from habeas.ingest.archive import extract_archive
from habeas.ingest.model import ERROR, OK
from habeas.ingest.pipeline import IngestReport
from habeas.services import Caller, documents
from habeas.store.store import Store
from test_formats_samples import DATA, needs
from test_ingest_archive_links import assert_link_document, assert_nothing_outside_read, leak_zip
from webclient import page_as_reader

ONE_STRETCH = "and 1 unreadable stretch whose members are lost"
TOKENS = {"first.txt": "Qaraqash4410", "second.txt": "Yengisar5521", "third.txt": "Toqsun6632"}
MEMBER_BYTES = 30_000


def members(size: int = MEMBER_BYTES) -> dict[str, bytes]:
    """Three statements, each with a word of its own, padded with text that hardly compresses (so a
    cut lands where the test puts it, in the compressed archives too)."""
    return {
        name: (f"Statement signed at {token}.\n" + os.urandom(size // 2).hex()).encode()
        for name, token in TOKENS.items()
    }


def shown(store: Store, doc_id: str) -> dict[str, Any]:
    return documents.show_document(Caller(store), doc_id)


def write_zip(path: Path, method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as out:
        for name, data in members().items():
            out.writestr(name, data)
    return path


def write_tar(path: Path, mode: str = "w", size: int = MEMBER_BYTES) -> Path:
    options = {"compresslevel": 1} if mode == "w:bz2" else {}
    with tarfile.open(path, mode, **options) as out:
        for name, data in members(size).items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            out.addfile(info, io.BytesIO(data))
    return path


def cut_at(path: Path, size: int) -> None:
    path.write_bytes(path.read_bytes()[:size])


def zip_data_at(path: Path, name: str) -> tuple[int, int]:
    """Where a ZIP member's data starts, and its compressed size (from its own local header)."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    header = path.read_bytes()[info.header_offset : info.header_offset + 30]
    name_len, extra_len = int.from_bytes(header[26:28], "little"), int.from_bytes(header[28:30], "little")
    return info.header_offset + 30 + name_len + extra_len, info.compress_size


def assert_recovered(store: Store, archive: str, recovered: list[str]) -> dict[str, dict[str, Any]]:
    """The members ``recovered`` are documents of the archive, each found by its own word."""
    docs = docs_by_name(store)
    for name in recovered:
        assert docs[name]["parent_id"] == docs[archive]["id"] and docs[name]["status"] == OK
        assert docs[name]["id"] in hit_ids(store, TOKENS[name])
    return docs


def assert_said_damaged(store: Store, report: IngestReport, archive: str, summary: str) -> dict[str, Any]:
    """The archive's document, its failure line and its metadata say what was recovered; every
    part is a document or a failure line."""
    doc = shown(store, docs_by_name(store)[archive]["id"])
    (error,) = [f["error"] for f in report.failed if Path(f["path"]).name == archive]
    assert error == doc["error"] and summary in error
    assert doc["metadata"]["damaged"].endswith(summary)
    lost = [f for f in report.failed if f"{archive}!/" in f["path"]]
    assert doc["metadata"]["part_count"] == len(doc["children"]) + len(lost)
    return doc


def lost_line(report: IngestReport, archive: str, member: str) -> str:
    return failure_for(report, f"{archive}!/{member}")


# -- ZIP ---------------------------------------------------------------------------------


def test_a_zip_cut_off_gives_up_its_whole_members(sqlite_store: Store, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "leak.zip")
    start, compressed = zip_data_at(path, "third.txt")
    cut_at(path, start + compressed // 2)
    report = ingest(sqlite_store, path)
    assert_recovered(sqlite_store, "leak.zip", ["first.txt", "second.txt"])
    assert "third.txt" not in docs_by_name(sqlite_store)
    assert re.fullmatch(r"cut off after [\d,]+ of 30,0\d\d bytes", lost_line(report, "leak.zip", "third.txt"))
    doc = assert_said_damaged(sqlite_store, report, "leak.zip", "cut off: 2 of 3 members recovered")
    assert doc["status"] == OK
    assert doc["metadata"]["damaged_members"] == [
        {"member": "third.txt", "why": lost_line(report, "leak.zip", "third.txt")}
    ]
    assert len(report.failed) == 2  # the archive's line and the lost member's, nothing else


@pytest.mark.parametrize("directory", ["kept", "cut off"])
def test_a_zip_member_whose_bytes_changed_fails_its_crc(sqlite_store: Store, tmp_path: Path, directory: str) -> None:
    path = write_zip(tmp_path / "leak.zip", zipfile.ZIP_STORED)
    start, compressed = zip_data_at(path, "second.txt")
    raw = bytearray(path.read_bytes())
    raw[start + compressed // 2 : start + compressed // 2 + 4] = b"XXXX"  # bytes overwritten, sizes unchanged
    with zipfile.ZipFile(path) as archive:
        directory_at = archive.start_dir
    path.write_bytes(bytes(raw) if directory == "kept" else bytes(raw[:directory_at]))
    report = ingest(sqlite_store, path)
    assert_recovered(sqlite_store, "leak.zip", ["first.txt", "third.txt"])
    assert lost_line(report, "leak.zip", "second.txt") == "CRC mismatch"
    assert_said_damaged(sqlite_store, report, "leak.zip", "2 of 3 members recovered")


def directory_cut(path: Path) -> Path:
    """The ZIP without its directory of members (and its end record), as a cut just before it leaves it."""
    with zipfile.ZipFile(path) as archive:
        cut_at(path, archive.start_dir)
    return path


def test_a_zip_walked_past_a_damaged_header(sqlite_store: Store, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "leak.zip")
    with zipfile.ZipFile(path) as archive:
        second = archive.getinfo("second.txt").header_offset
    directory_cut(path)
    raw = bytearray(path.read_bytes())
    raw[second : second + 4] = b"\x00PK\x00"  # its header's signature overwritten
    path.write_bytes(bytes(raw))
    report = ingest(sqlite_store, path)
    assert_recovered(sqlite_store, "leak.zip", ["first.txt", "third.txt"])
    lost = [f for f in report.failed if "leak.zip!/(unreadable bytes" in f["path"]]
    assert len(lost) == 1 and lost[0]["error"] == "damaged: a member there, if any, is lost"
    assert f"(unreadable bytes {second:,} to " in lost[0]["path"]
    how = "damaged bytes between members; cut off before its directory of members"
    summary = f"{how}: 2 of 2 members recovered, {ONE_STRETCH}"
    assert_said_damaged(sqlite_store, report, "leak.zip", summary)


def test_a_zip_without_its_directory_names_a_method_it_cannot_read(sqlite_store: Store, tmp_path: Path) -> None:
    path = directory_cut(write_zip(tmp_path / "leak.zip", zipfile.ZIP_BZIP2))
    report = ingest(sqlite_store, path)
    for name in TOKENS:
        assert lost_line(report, "leak.zip", name).startswith("compressed by bzip2")
    doc = assert_said_damaged(sqlite_store, report, "leak.zip", "0 of 3 members recovered")
    assert doc["status"] == ERROR and doc["children"] == []


def test_a_zip_with_data_descriptors_cut_off(sqlite_store: Store, tmp_path: Path) -> None:
    """Info-ZIP writing to a pipe puts each member's sizes and CRC after its data (flag bit 3)."""
    needs("zip")
    source = tmp_path / "source"
    source.mkdir()
    for name, data in members().items():
        (source / name).write_bytes(data)
    written = subprocess.run(["zip", "-q", "-", *TOKENS], cwd=source, check=True, capture_output=True).stdout
    path = tmp_path / "piped.zip"
    path.write_bytes(written)
    with zipfile.ZipFile(path) as archive:
        assert all(info.flag_bits & 0x8 for info in archive.infolist())
        third = archive.getinfo("third.txt").header_offset
    cut_at(path, third + 200)  # inside the third member's data, before the sizes that end it
    report = ingest(sqlite_store, path)
    assert_recovered(sqlite_store, "piped.zip", ["first.txt", "second.txt"])
    assert lost_line(report, "piped.zip", "third.txt").startswith("cut off: its data runs to the end of the file")
    assert_said_damaged(sqlite_store, report, "piped.zip", "cut off: 2 of 3 members recovered")


def test_running_the_ingest_again_adds_nothing(sqlite_store: Store, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "leak.zip")
    start, compressed = zip_data_at(path, "third.txt")
    cut_at(path, start + compressed // 2)
    first = ingest(sqlite_store, path)
    docs = docs_by_name(sqlite_store)
    again = ingest(sqlite_store, path)
    assert again.new == [] and again.duplicates == 1 and again.failed == []
    assert docs_by_name(sqlite_store) == docs and len(first.new) == 3


def test_recovery_keeps_the_archive_limits(tmp_path: Path) -> None:
    """A member that unpacks past the archive's ratio is refused when read past damage, as it is
    when read from an intact archive."""
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("zeros.bin", bytes(8 * 1024 * 1024))
        out.writestr("after.txt", b"a member after the bomb")
    directory_cut(path)  # read by the local headers
    workdir = tmp_path / "work"
    workdir.mkdir()
    with pytest.raises(ExtractionError, match="expands more than 200 times"):
        extract_archive(path, "bomb.zip", "zip", workdir, IngestLimits(archive_max_ratio=200.0))


def test_a_zip_link_whose_directory_entry_is_left_stays_a_link(sqlite_store: Store, tmp_path: Path) -> None:
    """Only the end record is cut off: the directory's entries are there, and theirs are the only
    Unix modes a ZIP holds (a member's own header has none)."""
    path, secret = leak_zip(tmp_path)
    cut_at(path, len(path.read_bytes()) - 22)
    report = ingest(sqlite_store, path)
    roster = assert_link_document(sqlite_store, "roster", str(secret))
    assert_link_document(sqlite_store, "up", "../../outside/secret.txt")
    assert roster["parent_id"] == docs_by_name(sqlite_store)["leak.zip"]["id"]
    assert_said_damaged(sqlite_store, report, "leak.zip", "3 of 3 members recovered")
    assert_nothing_outside_read(sqlite_store)


def test_a_zip_link_whose_directory_entry_is_lost_is_a_file_holding_its_target(
    sqlite_store: Store, tmp_path: Path
) -> None:
    """Nothing left says the member was a link: it is taken in as the file its bytes make, the
    target's path as text, and that path is never opened."""
    path, secret = leak_zip(tmp_path)
    report = ingest(sqlite_store, directory_cut(path))
    docs = docs_by_name(sqlite_store)
    for name, target in (("roster", str(secret)), ("up", "../../outside/secret.txt")):
        assert docs[name]["file_type"] == "text" and docs[name]["status"] == OK
        assert shown(sqlite_store, docs[name]["id"])["text"].strip() == target
    assert_said_damaged(
        sqlite_store, report, "leak.zip", "cut off before its directory of members: 3 of 3 members recovered"
    )
    assert_nothing_outside_read(sqlite_store)


# -- TAR ---------------------------------------------------------------------------------


def test_a_tar_cut_off_gives_up_the_members_before_the_cut(sqlite_store: Store, tmp_path: Path) -> None:
    path = write_tar(tmp_path / "leak.tar")
    with tarfile.open(path) as archive:
        second = archive.getmember("second.txt")
    cut_at(path, second.offset_data + 1_204)
    report = ingest(sqlite_store, path)
    assert_recovered(sqlite_store, "leak.tar", ["first.txt"])
    assert lost_line(report, "leak.tar", "second.txt") == f"cut off after 1,204 of {second.size:,} bytes"
    doc = assert_said_damaged(sqlite_store, report, "leak.tar", "cut off: 1 of 2 members recovered")
    assert doc["status"] == OK


@pytest.mark.parametrize("kind", ["gz", "bz2", "xz"])
def test_a_compressed_tar_cut_off(sqlite_store: Store, tmp_path: Path, kind: str) -> None:
    """Decompressed as far as the stream goes: a bzip2 stream only to its last whole block (100 KB of
    the TAR at the level written here), so its members are made larger."""
    size = 150_000 if kind == "bz2" else MEMBER_BYTES
    path = write_tar(tmp_path / f"leak.tar.{kind}", f"w:{kind}", size)
    with tarfile.open(path) as archive:
        second = archive.getmember("second.txt")
    cut_at(path, int(path.stat().st_size * 0.55))  # in the second member: each is a third of the bytes
    report = ingest(sqlite_store, path)
    assert_recovered(sqlite_store, path.name, ["first.txt"])
    cut = re.fullmatch(rf"cut off after ([\d,]+) of {second.size:,} bytes", lost_line(report, path.name, "second.txt"))
    assert cut is not None and 0 < int(cut[1].replace(",", "")) < second.size
    assert_said_damaged(sqlite_store, report, path.name, "cut off: 1 of 2 members recovered")


def test_a_tar_read_on_past_a_damaged_header(sqlite_store: Store, tmp_path: Path) -> None:
    path = write_tar(tmp_path / "leak.tar")
    with tarfile.open(path) as archive:
        second = archive.getmember("second.txt")
    raw = bytearray(path.read_bytes())
    raw[second.offset : second.offset + 100] = b"\xff" * 100  # the name field and the checksum no longer agree
    path.write_bytes(bytes(raw))
    report = ingest(sqlite_store, path)
    assert_recovered(sqlite_store, "leak.tar", ["first.txt", "third.txt"])
    lost = failure_for(report, f"leak.tar!/(damaged header at byte {second.offset:,})")
    assert lost.startswith("unreadable up to byte") and "lost" in lost
    assert_said_damaged(sqlite_store, report, "leak.tar", f"a damaged header: 2 of 2 members recovered, {ONE_STRETCH}")


def test_a_tar_whose_first_header_is_damaged(sqlite_store: Store, tmp_path: Path) -> None:
    path = write_tar(tmp_path / "leak.tar")
    raw = bytearray(path.read_bytes())
    raw[0:100] = b"\xff" * 100  # its format's mark (at byte 257) is still there
    path.write_bytes(bytes(raw))
    report = ingest(sqlite_store, path)
    assert_recovered(sqlite_store, "leak.tar", ["second.txt", "third.txt"])
    assert failure_for(report, "leak.tar!/(damaged header at byte 0)").startswith("unreadable up to byte")
    assert_said_damaged(sqlite_store, report, "leak.tar", f"a damaged header: 2 of 2 members recovered, {ONE_STRETCH}")


def test_a_tar_cut_in_a_header(sqlite_store: Store, tmp_path: Path) -> None:
    """tarfile alone takes a header cut short for the archive's end, and says nothing."""
    path = write_tar(tmp_path / "leak.tar")
    with tarfile.open(path) as archive:
        third = archive.getmember("third.txt")
    cut_at(path, third.offset + 300)
    report = ingest(sqlite_store, path)
    assert_recovered(sqlite_store, "leak.tar", ["first.txt", "second.txt"])
    assert lost_line(report, "leak.tar", f"(a member at byte {third.offset:,})") == "cut off in its header"
    assert_said_damaged(sqlite_store, report, "leak.tar", "cut off: 2 of 3 members recovered")


# -- RAR ---------------------------------------------------------------------------------


def test_a_rar_cut_off_gives_up_the_members_before_the_cut(sqlite_store: Store, tmp_path: Path) -> None:
    """rarfile's sample: two members of 2,048 bytes, the second's data cut here."""
    path = tmp_path / "leak.rar"
    path.write_bytes((DATA / "rar5-quick-open.rar").read_bytes()[:200])
    report = ingest(sqlite_store, path)
    docs = docs_by_name(sqlite_store)
    assert docs["stest1.txt"]["parent_id"] == docs["leak.rar"]["id"] and docs["stest1.txt"]["status"] == OK
    assert lost_line(report, "leak.rar", "stest2.txt").startswith("damaged or cut off")
    assert_said_damaged(sqlite_store, report, "leak.rar", f"1 of 2 members recovered, {ONE_STRETCH}")


# -- 7z ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["leak.7z", "leak.7z.001"])
def test_a_7z_cut_off_gives_up_its_data_without_names(sqlite_store: Store, tmp_path: Path, name: str) -> None:
    import py7zr

    buffer = io.BytesIO()
    with py7zr.SevenZipFile(buffer, "w") as out:
        for member, data in members().items():
            out.writestr(data, member)
    path = tmp_path / name
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) * 2 // 3])  # the closing header, and more, gone
    report = ingest(sqlite_store, path)
    docs = docs_by_name(sqlite_store)
    recovered = docs["recovered data (member names lost)"]
    assert recovered["parent_id"] == docs[name]["id"]
    assert recovered["id"] in hit_ids(sqlite_store, TOKENS["first.txt"])
    assert recovered["id"] in hit_ids(sqlite_store, TOKENS["second.txt"])  # the solid stream runs on
    doc = shown(sqlite_store, docs[name]["id"])
    assert "names" in doc["metadata"]["damaged"] and "how many members it held is unknown" in doc["error"]
    assert [f["error"] for f in report.failed] == [doc["error"]]


def test_a_7z_that_is_no_7z_past_its_signature_keeps_its_error(sqlite_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "leak.7z"
    path.write_bytes(b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(24) + b"\x7f" * 5_000)
    report = ingest(sqlite_store, path)
    assert failure_for(report, "leak.7z").startswith("damaged or truncated 7z archive")
    assert docs_by_name(sqlite_store)["leak.7z"]["status"] == ERROR


# -- undamaged, and where it shows --------------------------------------------------------


@pytest.mark.parametrize("suffix", ["zip", "tar", "tar.gz"])
def test_an_undamaged_archive_is_read_as_before(sqlite_store: Store, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"whole.{suffix}"
    write_zip(path) if suffix == "zip" else write_tar(path, "w:gz" if suffix == "tar.gz" else "w")
    report = ingest(sqlite_store, path)
    assert report.failed == []
    assert_recovered(sqlite_store, path.name, list(TOKENS))
    doc = shown(sqlite_store, docs_by_name(sqlite_store)[path.name]["id"])
    assert doc["status"] == OK and doc["error"] is None and "damaged" not in doc["metadata"]


def cut_tar(folder: Path) -> tuple[Path, tarfile.TarInfo]:
    path = write_tar(folder / "leak.tar")
    with tarfile.open(path) as archive:
        second = archive.getmember("second.txt")
    cut_at(path, second.offset_data + 1_204)
    return path, second


def test_the_cli_prints_what_was_lost(cli: Cli, tmp_path: Path) -> None:
    path, second = cut_tar(tmp_path)
    result = cli("ingest", path, "--no-analyse")
    printed = " ".join((result.stdout + result.stderr).split())  # as wrapped to the terminal's width
    assert f"leak.tar!/second.txt: cut off after 1,204 of {second.size:,} bytes" in printed
    assert "damaged tar archive, cut off: 1 of 2 members recovered" in printed


def test_the_document_page_says_what_was_lost(sqlite_store: Store, tmp_path: Path) -> None:
    path, second = cut_tar(tmp_path)
    ingest(sqlite_store, path)
    doc_id = docs_by_name(sqlite_store)["leak.tar"]["id"]
    page = page_as_reader(sqlite_store, ACTOR, f"/documents/{doc_id}")
    assert "damaged tar archive, cut off: 1 of 2 members recovered" in page
    assert f"second.txt: cut off after 1,204 of {second.size:,} bytes" in page
