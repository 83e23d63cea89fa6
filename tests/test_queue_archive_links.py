"""Links inside archives, taken in by real Celery workers over a real Redis and PostgreSQL
(``habeas ingest --queue``): the same folder ingested in this process, on SQLite, and by the
workers gives the same documents, custody rows, link records and failure lines. The folder holds
a TAR with symbolic links, hard links (one to a member, one to a name the archive lacks), a FIFO,
a device and unsafe link names; a ZIP of Info-ZIP's ``zip --symlinks``; and a ZIP holding a
second TAR with links, which a worker opens as a member."""

from __future__ import annotations

import hashlib
import io
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from conftest import ACTOR, StoreFactory, hit_ids, intake_options
from habeas.ingest.links import LINK_SIGNATURE
from habeas.services import Caller, intake
from habeas.store.models import Custody, Document
from habeas.store.store import Store
from test_ingest_archive_links import REPORT, info_zip, leak_tar, secret_file
from test_queue_faults import Cluster, cluster, database_url, redis_server

__all__ = ["cluster", "database_url", "redis_server"]  # the queue tests' fixtures, used here

NESTED_NOTE = b"Transfer order for the Aksu5120 detainees."


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    factory = StoreFactory("sqlite", tmp_path / "inline", None)
    yield factory()
    factory.close()


def zip_target(secret: Path) -> str:
    """The ZIP's absolute link to the secret file, written unlike the TAR's (the same record twice
    would be one document, whichever archive came first)."""
    return f"{secret.parent}/../{secret.parent.name}/{secret.name}"


def zip_holding_a_linked_tar(folder: Path) -> Path:
    """A ZIP whose one member is a TAR with a file, a symbolic link, a hard link to the file and a
    FIFO: the TAR is read by the worker that takes the member in, not by the client."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as out:
        note = tarfile.TarInfo("note.txt")
        note.size = len(NESTED_NOTE)
        out.addfile(note, io.BytesIO(NESTED_NOTE))
        for name, kind, target in [
            ("to-note", tarfile.SYMTYPE, "note.txt"),
            ("same-note", tarfile.LNKTYPE, "note.txt"),
            ("fifo", tarfile.FIFOTYPE, ""),
        ]:
            info = tarfile.TarInfo(name)
            info.type, info.linkname = kind, target
            out.addfile(info)
    archive = folder / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("inner/linked.tar", buffer.getvalue())
    return archive


def leak_folder(tmp_path: Path) -> Path:
    archive, secret = leak_tar(tmp_path)  # in tmp_path / "in"
    links = {"links/roster": zip_target(secret), "links/memo": "../memo.txt"}
    info_zip(archive.parent / "linked.zip", {"memo.txt": b"Memo on the Yarkand4402 site."}, links)
    zip_holding_a_linked_tar(archive.parent)
    return archive.parent


def outline(store: Store) -> dict[str, dict[str, Any]]:
    """Every arrival by the path it came by, with the document it gave (named by its first path,
    not by its id): a duplicate (a hard link read as the member it names) arrives twice."""
    with store.db.reading() as session:
        documents = {d.id: d for d in session.scalars(select(Document)).all()}
        arrivals = session.execute(select(Custody.document_id, Custody.original_path)).all()
    paths: dict[str, list[str]] = {}
    for doc_id, path in arrivals:
        paths.setdefault(doc_id, []).append(path)
    assert set(paths) == set(documents)  # every document arrived at least once
    shown = {}
    for doc_id, path in arrivals:
        document = documents[doc_id]
        meta = document.meta or {}
        shown[path] = {
            "document": min(paths[doc_id]),
            "sha256": document.sha256,
            "file_type": document.file_type,
            "status": document.status,
            "error": document.error,
            "parent": min(paths[document.parent_id]) if document.parent_id else None,
            "link": (meta.get("link_kind"), meta.get("link_target")) if "link_kind" in meta else None,
        }
    return shown


def test_queued_workers_record_links_as_the_inline_ingest_does(
    cluster: Cluster, sqlite_store: Store, tmp_path: Path
) -> None:
    folder = leak_folder(tmp_path)
    secret = secret_file(tmp_path)
    inline = intake.ingest(Caller(sqlite_store, ACTOR), [folder], intake_options(), analyse=False)
    cluster.start("indexer", "indexer")
    cluster.start("worker-a", "worker", "--concurrency", "1", "--name", "a")
    status = cluster.ingest_queued(folder)
    store = cluster.store()
    try:
        found, expected = outline(store), outline(sqlite_store)
        differing = {path for path in found.keys() | expected.keys() if found.get(path) != expected.get(path)}
        assert {path: (found.get(path), expected.get(path)) for path in differing} == {}
        assert sorted((f["path"], f["error"]) for f in status["failed"]) == sorted(
            (f["path"], f["error"]) for f in inline.failed
        )
        assert sorted(d["path"] for d in status["documents"]) == sorted(d["path"] for d in inline.new)
        assert status["duplicates"] == inline.duplicates

        # What the outline holds: links recorded, never followed, in every archive and in the nested one.
        tar, links_zip, bundle = (str(folder / name) for name in ("leak.tar", "linked.zip", "bundle.zip"))
        assert found[f"{tar}!/links/roster"]["link"] == ("symbolic", str(secret))
        assert found[f"{tar}!/copies/gone.txt"]["link"] == ("hard", "missing.txt")
        assert found[f"{tar}!/copies/again.txt"] == found[f"{tar}!/report.txt"]  # the member it names, one document
        assert found[f"{tar}!/report.txt"]["sha256"] == hashlib.sha256(REPORT).hexdigest()
        assert found[f"{links_zip}!/links/roster"]["link"] == ("symbolic", zip_target(secret))
        assert found[f"{links_zip}!/links/memo"]["link"] == ("symbolic", "../memo.txt")
        inner = f"{bundle}!/inner/linked.tar"
        assert found[f"{inner}!/to-note"]["link"] == ("symbolic", "note.txt")
        assert found[f"{inner}!/same-note"] == found[f"{inner}!/note.txt"]
        assert found[f"{inner}!/note.txt"]["sha256"] == hashlib.sha256(NESTED_NOTE).hexdigest()
        assert found[f"{inner}!/to-note"]["parent"] == inner
        failed = {f["path"]: f["error"] for f in status["failed"]}
        assert failed[f"{tar}!/pipe"] == failed[f"{inner}!/fifo"] == "member is a FIFO (named pipe), not read"
        with store.db.reading() as session:
            roster_sha = found[f"{tar}!/links/roster"]["sha256"]
            roster_id = session.scalar(select(Document.id).where(Document.sha256 == roster_sha))
        assert store.blobs.path_for(roster_sha).read_bytes().startswith(LINK_SIGNATURE)
        assert roster_id in hit_ids(store, f'"{secret}"')
        assert hit_ids(store, "Kashgar7781") == set()  # what the links point at is never read
    finally:
        store.close()
