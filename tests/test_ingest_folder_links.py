"""Symbolic links and special files in a folder being taken in, on real files on disk: each link
(to a file inside the folder, to a file or a folder outside it, dangling, or pointing at itself)
becomes a small document stating the link and its target, the same record a link inside an
archive gives, never followed; a FIFO is a failure line and is never opened. The path given to
the ingest is taken as given, even when it is itself a link. The queued variant runs real Celery
workers over a real Redis and PostgreSQL, and must give what the ingest in one process gives."""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from conftest import ACTOR, Cli, StoreFactory, docs_by_name, intake_options
from conftest import ingest_unanalysed as ingest
from habeas.ingest.links import SYMBOLIC, link_record
from habeas.ingest.pipeline import FileIntake, discover
from habeas.services import Caller, intake
from habeas.store.models import Custody, Document
from habeas.store.store import Store
from test_ingest_archive_links import (
    REPORT,
    SECRET_WORDS,
    assert_link_document,
    assert_nothing_outside_read,
    secret_file,
)
from test_queue_faults import Cluster, cluster, database_url, redis_server
from webclient import page_as_reader

__all__ = ["cluster", "database_url", "redis_server"]  # the queue tests' fixtures, used here

FIFO_LINE = "file is a FIFO (named pipe), not read"


def leak_folder(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A folder holding a report, a FIFO and five symbolic links; the folder, and each link's
    name with its target. Outside it, the secret file and its folder, where two links point."""
    secret = secret_file(tmp_path)
    folder = tmp_path / "leak"
    (folder / "sub").mkdir(parents=True)
    (folder / "report.txt").write_bytes(REPORT)
    os.mkfifo(folder / "sub" / "pipe")
    links = {
        "inside": "report.txt",
        "roster": str(secret),
        "elsewhere": str(secret.parent),
        "gone": "nowhere.txt",
        "loop": "loop",
    }
    for name, target in links.items():
        os.symlink(target, folder / name)
    return folder, links


def arrivals(store: Store) -> set[str]:
    with store.db.reading() as session:
        return set(session.scalars(select(Custody.original_path)))


def test_folder_links_are_documents_never_followed(sqlite_store: Store, tmp_path: Path) -> None:
    folder, links = leak_folder(tmp_path)
    report = ingest(sqlite_store, folder)
    for name, target in links.items():
        doc = assert_link_document(sqlite_store, name, target)
        record = link_record(SYMBOLIC, os.readlink(os.fsencode(folder / name)))
        assert doc["sha256"] == hashlib.sha256(record).hexdigest() and doc["parent_id"] is None
    assert set(docs_by_name(sqlite_store)) == {"report.txt", *links}  # nothing from the linked folder
    assert len(report.new) == 6 and report.duplicates == 0
    assert report.failed == [{"path": str(folder / "sub" / "pipe"), "error": FIFO_LINE}]
    assert_nothing_outside_read(sqlite_store)
    # Custody names where each link was found, never where it points.
    assert arrivals(sqlite_store) == {str(folder.resolve() / name) for name in ["report.txt", *links]}


def test_the_same_link_in_a_folder_and_in_an_archive_is_one_document(sqlite_store: Store, tmp_path: Path) -> None:
    folder, links = leak_folder(tmp_path)
    ingest(sqlite_store, folder)
    archive = tmp_path / "shipment" / "leak.tar"
    archive.parent.mkdir()
    with tarfile.open(archive, "w") as out:
        member = tarfile.TarInfo("copied-roster")
        member.type, member.linkname = tarfile.SYMTYPE, links["roster"]
        out.addfile(member, io.BytesIO())
    again = ingest(sqlite_store, archive)
    assert [d["path"] for d in again.new] == [str(archive)] and again.duplicates == 1
    assert "copied-roster" not in docs_by_name(sqlite_store)  # it arrived as the roster link's document


def test_running_the_ingest_again_adds_nothing(sqlite_store: Store, tmp_path: Path) -> None:
    folder, _links = leak_folder(tmp_path)
    ingest(sqlite_store, folder)
    before = docs_by_name(sqlite_store)
    again = ingest(sqlite_store, folder)
    assert again.new == [] and again.duplicates == 6
    assert again.failed == [{"path": str(folder / "sub" / "pipe"), "error": FIFO_LINE}]
    assert docs_by_name(sqlite_store) == before


def test_a_given_path_that_is_a_link_is_taken_as_given(sqlite_store: Store, tmp_path: Path) -> None:
    folder, links = leak_folder(tmp_path)
    (tmp_path / "chosen").symlink_to(folder)
    (tmp_path / "chosen-report").symlink_to(folder / "report.txt")
    report = ingest(sqlite_store, tmp_path / "chosen", tmp_path / "chosen-report")
    assert set(docs_by_name(sqlite_store)) == {"report.txt", *links}
    assert report.failed == [{"path": str(tmp_path / "chosen" / "sub" / "pipe"), "error": FIFO_LINE}]
    assert report.duplicates == 1  # the report, given twice: through the linked folder and its own link
    assert_nothing_outside_read(sqlite_store)


def test_a_given_fifo_is_a_failure_line_never_opened(sqlite_store: Store, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    report = ingest(sqlite_store, pipe)  # opening it would wait for a writer forever
    assert report.new == [] and report.failed == [{"path": str(pipe), "error": FIFO_LINE}]


def test_the_cli_lists_the_link_documents(cli: Cli, tmp_path: Path) -> None:
    folder, links = leak_folder(tmp_path)
    result = cli.json("ingest", folder, "--no-analyse", expect_rc=1)  # 1: the FIFO's line
    assert sorted(d["path"] for d in result["documents"]) == sorted(str(folder / n) for n in ["report.txt", *links])
    assert result["failed"] == [{"path": str(folder / "sub" / "pipe"), "error": FIFO_LINE}]


def test_the_document_page_shows_a_folder_link_target(sqlite_store: Store, tmp_path: Path) -> None:
    folder, links = leak_folder(tmp_path)
    ingest(sqlite_store, folder)
    page = page_as_reader(sqlite_store, ACTOR, f"/documents/{docs_by_name(sqlite_store)['roster']['id']}")
    assert f"A symbolic link, to <code>{links['roster']}</code>: recorded, never followed." in page
    assert SECRET_WORDS not in page


def outline(store: Store) -> dict[str, tuple[str, str, dict[str, Any] | None]]:
    """Every arrival by its path: its document's SHA-256, file type and metadata."""
    with store.db.reading() as session:
        rows = session.execute(
            select(Custody.original_path, Document.sha256, Document.file_type, Document.meta).join(
                Document, Document.id == Custody.document_id
            )
        ).all()
    return {path: (sha256, file_type, meta) for path, sha256, file_type, meta in rows}


def test_queued_workers_record_folder_links_as_the_inline_ingest_does(cluster: Cluster, tmp_path: Path) -> None:
    folder, links = leak_folder(tmp_path)
    inline_stores = StoreFactory("sqlite", tmp_path / "inline", None)
    inline_store = inline_stores()
    try:
        inline = intake.ingest(Caller(inline_store, ACTOR), [folder], intake_options(), analyse=False)
        expected = outline(inline_store)
    finally:
        inline_stores.close()
    cluster.start("indexer", "indexer")
    cluster.start("worker-a", "worker", "--concurrency", "1", "--name", "a")
    status = cluster.ingest_queued(folder)
    again = cluster.ingest_queued(folder)
    store = cluster.store()
    try:
        assert outline(store) == expected
        targets = {path: (meta or {}).get("link_target") for path, (_sha256, _type, meta) in expected.items()}
        assert {path: target for path, target in targets.items() if target} == {
            str(folder.resolve() / name): target for name, target in links.items()
        }
        assert status["failed"] == inline.failed == [{"path": str(folder / "sub" / "pipe"), "error": FIFO_LINE}]
        assert sorted(d["path"] for d in status["documents"]) == sorted(d["path"] for d in inline.new)
        assert again["new"] == 0 and again["duplicates"] == 6
        assert_nothing_outside_read(store)
    finally:
        store.close()


def test_a_file_swapped_for_a_link_or_a_fifo_after_the_walk_is_never_read_through(
    sqlite_store: Store, tmp_path: Path
) -> None:
    """Between the walk that found two regular files and the copy of their bytes, one becomes a
    link to the secret file and the other a FIFO: each is a failure line naming why, the secret is
    never read, and nothing waits on the FIFO."""
    secret = secret_file(tmp_path)
    folder = tmp_path / "share"
    folder.mkdir()
    for name in ("minutes.txt", "roster.txt"):
        (folder / name).write_bytes(REPORT)
    failures: list[tuple[str, str]] = []
    options = intake_options()
    found = discover(folder, options, lambda path, why: failures.append((path, why)))
    assert [item.link for item in found] == [False, False] and failures == []
    (folder / "minutes.txt").unlink()
    (folder / "minutes.txt").symlink_to(secret)
    (folder / "roster.txt").unlink()
    os.mkfifo(folder / "roster.txt")
    intake_of = FileIntake(sqlite_store, options, case_id=1)
    assert [intake_of.store_bytes(item) for item in found] == [
        "cannot read the file: it is a symbolic link now, not followed",
        "cannot read the file: it is no longer a regular file, not read",
    ]
    assert not any(sqlite_store.blobs.has(hashlib.sha256(data).hexdigest()) for data in (SECRET_WORDS.encode(), REPORT))


def test_a_file_given_by_a_link_is_read_at_its_target(sqlite_store: Store, tmp_path: Path) -> None:
    target = tmp_path / "kept" / "minutes.txt"
    target.parent.mkdir()
    target.write_bytes(REPORT)
    (tmp_path / "latest.txt").symlink_to(target)
    report = ingest(sqlite_store, tmp_path / "latest.txt")
    assert [d["path"] for d in report.new] == [str(tmp_path / "latest.txt")] and report.failed == []
    assert docs_by_name(sqlite_store)["latest.txt"]["sha256"] == hashlib.sha256(REPORT).hexdigest()
