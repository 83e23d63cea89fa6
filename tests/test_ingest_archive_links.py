"""Links inside archives, taken in on a real SQLite store: a symbolic link member of a TAR, ZIP
(Info-ZIP's ``zip --symlinks``), 7z or RAR becomes a small document of its archive that states the
link and its target, verbatim and searchable, and is never followed, on disk or in the archive; a
TAR hard link gives the member it names; devices and FIFOs are failure lines. The TAR, ZIP and 7z
archives are written here (tarfile, Info-ZIP's ``zip``, py7zr); the RAR ones are rarfile's samples
(tests/data/SOURCES.md)."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

from conftest import ACTOR, Cli, docs_by_name, failure_for, hit_ids
from conftest import ingest_unanalysed as ingest
from habeas.ingest.extract import extract_file
from habeas.ingest.links import LINK_SIGNATURE
from habeas.ingest.model import OK
from habeas.services import Caller, documents
from habeas.store.store import Store
from test_formats_samples import DATA, LIMITS, extract, needs
from webclient import page_as_reader

# What the file a link points at holds: no document may ever hold it.
SECRET_WORDS = "Confidential roster of the Kashgar7781 camp guards"
REPORT = b"Detention report about the Hotan3391 facility."
# rarfile's samples of symbolic links, with the SHA-256 its source distribution ships them with.
RAR_SAMPLES = {
    "rar3-symlink-unix.rar": "146d979ca2a659e74712a8b259a47d198af8e94f95f94599ad7d31f0f0bb2a14",
    "rar5-symlink-unix.rar": "681bc8238f2085f99737a0c41a5595096863bb460075e3cf70cba0f7709aa9b7",
}


def secret_file(tmp_path: Path) -> Path:
    """A real file outside the archive, where its absolute links point."""
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir(parents=True, exist_ok=True)
    secret.write_text(SECRET_WORDS, encoding="utf-8")
    return secret


def text_of(store: Store, doc_id: str) -> str:
    return "\n".join(page["text"] for page in documents.show_document(Caller(store), doc_id)["pages"])


def assert_link_document(store: Store, name: str, target: str, kind: str = "symbolic") -> dict[str, object]:
    """The link's document: its own, under its archive, stating the link and its target only."""
    docs = docs_by_name(store)
    doc = docs[name]
    shown = documents.show_document(Caller(store), doc["id"])
    assert doc["file_type"] == "link" and doc["status"] == OK
    assert text_of(store, doc["id"]) == f"{kind} link to {target}"
    assert shown["metadata"] == {"link_target": target, "link_kind": kind}
    # Its bytes are the link record, which ends with the target's bytes as the archive stores them.
    stored = store.blobs.path_for(doc["sha256"]).read_bytes()
    assert stored.startswith(LINK_SIGNATURE) and stored.endswith(target.encode("utf-8"))
    assert doc["sha256"] == hashlib.sha256(stored).hexdigest()
    return doc


def assert_nothing_outside_read(store: Store) -> None:
    assert hit_ids(store, "Kashgar7781") == set()
    for doc in docs_by_name(store).values():
        assert "Kashgar7781" not in text_of(store, doc["id"])


def leak_tar(tmp_path: Path) -> tuple[Path, Path]:
    secret = secret_file(tmp_path)
    archive = tmp_path / "in" / "leak.tar"
    archive.parent.mkdir()
    with tarfile.open(archive, "w") as out:
        report = tarfile.TarInfo("report.txt")
        report.size = len(REPORT)
        out.addfile(report, io.BytesIO(REPORT))
        special = [
            ("links/roster", tarfile.SYMTYPE, str(secret)),
            ("links/up", tarfile.SYMTYPE, "../../outside/secret.txt"),
            ("copies/again.txt", tarfile.LNKTYPE, "report.txt"),
            ("copies/gone.txt", tarfile.LNKTYPE, "missing.txt"),
            ("pipe", tarfile.FIFOTYPE, ""),
            ("dev/tty9", tarfile.CHRTYPE, ""),
            ("/abs-link", tarfile.SYMTYPE, str(secret)),
            ("../climbing-link", tarfile.SYMTYPE, str(secret)),
        ]
        for name, kind, target in special:
            info = tarfile.TarInfo(name)
            info.type, info.linkname = kind, target
            out.addfile(info)
    return archive, secret


def test_tar_links_are_documents_never_followed(sqlite_store: Store, tmp_path: Path) -> None:
    archive, secret = leak_tar(tmp_path)
    report = ingest(sqlite_store, archive)
    roster = assert_link_document(sqlite_store, "roster", str(secret))
    up = assert_link_document(sqlite_store, "up", "../../outside/secret.txt")
    gone = assert_link_document(sqlite_store, "gone.txt", "missing.txt", kind="hard")
    docs = docs_by_name(sqlite_store)
    assert {roster["parent_id"], up["parent_id"], gone["parent_id"]} == {docs["leak.tar"]["id"]}
    assert hit_ids(sqlite_store, f'"{secret}"') == {roster["id"]}  # found by the path it points at
    assert_nothing_outside_read(sqlite_store)
    listed = {d["path"].rsplit("!/", 1)[-1] for d in report.new}
    assert {"links/roster", "links/up", "copies/gone.txt"} <= listed


def test_a_tar_hard_link_gives_the_member_it_names(sqlite_store: Store, tmp_path: Path) -> None:
    archive, _secret = leak_tar(tmp_path)
    report = ingest(sqlite_store, archive)
    docs = docs_by_name(sqlite_store)
    assert "again.txt" not in docs and report.duplicates == 1  # the same bytes as report.txt: one document
    parts = documents.show_document(Caller(sqlite_store), docs["leak.tar"]["id"])["metadata"]["parts"]
    shas = {part["name"]: part["sha256"] for part in parts}
    assert shas["copies/again.txt"] == shas["report.txt"] == hashlib.sha256(REPORT).hexdigest()


def test_devices_fifos_and_unsafe_link_names_are_failure_lines(sqlite_store: Store, tmp_path: Path) -> None:
    archive, _secret = leak_tar(tmp_path)
    report = ingest(sqlite_store, archive)
    assert failure_for(report, "leak.tar!/pipe") == "member is a FIFO (named pipe), not read"
    assert failure_for(report, "leak.tar!/dev/tty9") == "member is a character device, not read"
    assert failure_for(report, "abs-link") == "member has an absolute path"
    assert "climbs out" in failure_for(report, "climbing-link")
    assert len(report.failed) == 4
    assert not (tmp_path / "climbing-link").exists()


def test_running_the_ingest_again_adds_nothing(sqlite_store: Store, tmp_path: Path) -> None:
    archive, _secret = leak_tar(tmp_path)
    ingest(sqlite_store, archive)
    before = docs_by_name(sqlite_store)
    again = ingest(sqlite_store, archive)
    assert again.new == [] and docs_by_name(sqlite_store) == before


def info_zip(archive: Path, files: dict[str, bytes], links: dict[str, str]) -> Path:
    """A ZIP written by Info-ZIP's ``zip --symlinks`` from a folder of ``files`` and symbolic
    ``links`` (each name to its target), made beside the archive's folder, out of what is ingested."""
    needs("zip")
    tree = archive.parent.parent / f"{archive.stem}-tree"
    for name, data in files.items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_bytes(data)
    for name, target in links.items():
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, tree / name)
    archive.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["zip", "-q", "--symlinks", "-r", str(archive), "."], cwd=tree, check=True)
    return archive


def leak_zip(tmp_path: Path) -> tuple[Path, Path]:
    """A ZIP holding a report and two symbolic links to the secret file, one absolute, one relative."""
    secret = secret_file(tmp_path)
    links = {"links/roster": str(secret), "links/up": "../../outside/secret.txt"}
    return info_zip(tmp_path / "in" / "leak.zip", {"report.txt": REPORT}, links), secret


def test_zip_symlinks_written_by_info_zip(sqlite_store: Store, tmp_path: Path) -> None:
    archive, secret = leak_zip(tmp_path)
    report = ingest(sqlite_store, archive)
    assert report.failed == []
    roster = assert_link_document(sqlite_store, "roster", str(secret))
    assert_link_document(sqlite_store, "up", "../../outside/secret.txt")
    assert hit_ids(sqlite_store, f'"{secret}"') == {roster["id"]}
    assert_nothing_outside_read(sqlite_store)


def test_a_7z_symlink(sqlite_store: Store, tmp_path: Path) -> None:
    import py7zr

    secret = secret_file(tmp_path)
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "report.txt").write_bytes(REPORT)
    os.symlink(secret, tree / "roster")  # py7zr stores a link only where its target exists
    archive = tmp_path / "in" / "leak.7z"
    archive.parent.mkdir()
    with py7zr.SevenZipFile(archive, "w") as out:
        out.writeall(tree / "roster", "links/roster")
        out.write(tree / "report.txt", "report.txt")
    with py7zr.SevenZipFile(archive) as written:
        assert [i.is_symlink for i in written.list()] == [True, False]
    report = ingest(sqlite_store, archive)
    assert report.failed == []
    roster = assert_link_document(sqlite_store, "roster", str(secret))
    assert hit_ids(sqlite_store, f'"{secret}"') == {roster["id"]}
    assert_nothing_outside_read(sqlite_store)


def test_rar_symlinks(tmp_path: Path) -> None:
    for name, sha256 in RAR_SAMPLES.items():
        sample = tmp_path / name
        shutil.copyfile(DATA / name, sample)
        assert hashlib.sha256(sample.read_bytes()).hexdigest() == sha256
        extracted = extract(sample)
        assert extracted.status == OK and extracted.child_errors == []
        texts = {}
        for child in extracted.children:
            member = extract_file(Path(child.path), child.name, tmp_path / f"{name}-{child.name}", LIMITS)
            texts[child.name] = (member.file_type, member.text, member.metadata.get("link_target"))
        assert texts == {
            "data.txt": ("text", "data\n", None),
            "data_link": ("link", "symbolic link to data.txt", "data.txt"),
            "random_link": ("link", "symbolic link to ../random123", "../random123"),
        }, name


def test_the_cli_lists_the_link_documents(cli: Cli, tmp_path: Path) -> None:
    archive, _secret = leak_tar(tmp_path)
    result = cli.json("ingest", archive, "--no-analyse", expect_rc=1)  # 1: the FIFO's and the others' lines
    paths = {d["path"].rsplit("!/", 1)[-1] for d in result["documents"]}
    assert {"links/roster", "links/up", "copies/gone.txt"} <= paths
    assert {f["error"] for f in result["failed"]} >= {"member is a FIFO (named pipe), not read"}


def test_the_document_page_shows_the_link_target(sqlite_store: Store, tmp_path: Path) -> None:
    archive, secret = leak_tar(tmp_path)
    ingest(sqlite_store, archive)
    doc_id = docs_by_name(sqlite_store)["roster"]["id"]
    page = page_as_reader(sqlite_store, ACTOR, f"/documents/{doc_id}")
    assert f"A symbolic link in its archive, to <code>{secret}</code>" in page
    assert SECRET_WORDS not in page
