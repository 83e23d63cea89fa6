"""Archives split into volumes, taken in by real Celery workers over a real Redis and PostgreSQL
(``habeas ingest --queue``): the same folder ingested in this process, on SQLite, and by the
workers gives the same documents, custody rows, volume links and failure lines. A complete set
is read as one archive, on its own and inside a ZIP a worker opens; an incomplete one names the
volumes it misses on each volume present (a RAR set's last volume, missing, by what the volume
before it says); running the queued ingest again adds nothing."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from conftest import ACTOR, StoreFactory, hit_ids, intake_options
from habeas.ingest.model import ERROR, OK
from habeas.services import Caller, intake
from habeas.store.models import Custody, Document
from habeas.store.queue_models import IngestItem
from habeas.store.store import Store
from test_ingest_split_volumes import COMPRESSED_RAR, RAR_SETS, TOKEN, cut, members, rar_sample
from test_queue_faults import Cluster, cluster, database_url, redis_server

__all__ = ["cluster", "database_url", "redis_server"]  # the queue tests' fixtures, used here


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    factory = StoreFactory("sqlite", tmp_path / "inline", None)
    yield factory()
    factory.close()


def seven_zip(folder: Path, set_name: str) -> list[Path]:
    """A 7z archive cut into volumes leak.7z.001, leak.7z.002... whose members are those of the
    inline tests, each set's own (one document per member, wherever it came from)."""
    import py7zr

    buffer = io.BytesIO()
    with py7zr.SevenZipFile(buffer, "w") as out:
        for name, data in members().items():
            out.writestr(data + f"Set {set_name}.\n".encode(), name)
    return cut(buffer.getvalue(), folder, "leak.7z")


def leak_folder(folder: Path) -> dict[str, list[Path]]:
    """A complete 7z split set, one that misses its second volume, and a ZIP holding another
    complete set and a later volume without its first; the volumes of each set, in order."""
    names = ("complete", "incomplete", "zipped", "lone")
    sets = {name: seven_zip(folder.parent / "made" / name, name) for name in names}
    for name in ("complete", "incomplete"):
        (folder / name).mkdir(parents=True)
        for volume in sets[name]:
            if not (name == "incomplete" and volume.name == "leak.7z.002"):
                volume.rename(folder / name / volume.name)
    with zipfile.ZipFile(folder / "shipment.zip", "w") as out:
        for volume in sets["zipped"]:
            out.write(volume, f"upload/{volume.name}")
        out.write(sets["lone"][1], f"stray/{sets['lone'][1].name}")
    return sets


def outline(store: Store) -> dict[str, dict[str, Any]]:
    """Every document by the path it came by, with what the ingest made of it, documents named by
    those paths rather than by their ids."""
    with store.db.reading() as session:
        documents = session.scalars(select(Document)).all()
        arrivals = session.execute(select(Custody.document_id, Custody.original_path)).all()
    path_of = {doc_id: path for doc_id, path in arrivals}
    assert len(path_of) == len(arrivals) == len(documents)  # one custody row per document, none twice
    shown = {}
    for document in documents:
        meta = document.meta or {}
        volumes = [(v["name"], v["sha256"], v["size"], path_of[v["document"]]) for v in meta.get("volumes", [])]
        link = meta.get("volume_of")
        shown[path_of[document.id]] = {
            "sha256": document.sha256,
            "status": document.status,
            "error": document.error,
            "parent": path_of.get(document.parent_id or ""),
            "volumes": volumes,
            "volume_of": (path_of[link["document"]], link["name"], link["volume"]) if link else None,
        }
    return shown


def test_queued_workers_read_split_volumes_as_the_inline_ingest_does(
    cluster: Cluster, sqlite_store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "leak"
    sets = leak_folder(folder)
    inline = intake.ingest(Caller(sqlite_store, ACTOR), [folder], intake_options(), analyse=False)
    cluster.start("indexer", "indexer")
    cluster.start("worker-a", "worker", "--concurrency", "1", "--name", "a")
    status = cluster.ingest_queued(folder)
    store = cluster.store()
    try:
        expected = outline(sqlite_store)
        found = outline(store)
        assert found == expected
        assert sorted((f["path"], f["error"]) for f in status["failed"]) == sorted(
            (f["path"], f["error"]) for f in inline.failed
        )
        assert sorted(d["path"] for d in status["documents"]) == sorted(d["path"] for d in inline.new)

        # What the outline holds: each complete set read as one archive, its later volumes linked.
        complete = [str(folder / "complete" / v.name) for v in sets["complete"]]
        witness = found[f"{complete[0]}!/statements/witness.txt"]
        assert witness["parent"] == complete[0] and witness["status"] == OK
        assert [v[3] for v in found[complete[0]]["volumes"]] == complete
        for number, path in enumerate(complete[1:], start=2):
            assert found[path]["volume_of"] == (complete[0], "leak.7z.001", number)
        zipped = f"{folder / 'shipment.zip'}!/upload/leak.7z.001"
        assert found[f"{zipped}!/statements/witness.txt"]["parent"] == zipped
        assert found[str(folder / "shipment.zip")]["status"] == OK  # every member in, none left waiting
        with store.db.reading() as session:
            hit = session.scalar(select(Document.id).where(Document.sha256 == witness["sha256"]))
        assert hit in hit_ids(store, TOKEN)  # past the first volume, read and indexed by the workers
        # ... and each set missing a volume fails on each volume present, naming the one it misses.
        for number in (1, 3):
            path = str(folder / "incomplete" / f"leak.7z.00{number}")
            assert found[path]["status"] == ERROR
            assert found[path]["error"].startswith(
                f"volume {number} of a split 7z archive; leak.7z.002 is not in this ingest"
            )
        stray = found[f"{folder / 'shipment.zip'}!/stray/leak.7z.002"]
        assert stray["error"].startswith("volume 2 of a split 7z archive; leak.7z.001 is not in this ingest")

        # Running it again adds nothing, as in this process: each file read is a duplicate (the
        # volumes of the incomplete set, in the error state, are tried again and fail again).
        again_inline = intake.ingest(Caller(sqlite_store, ACTOR), [folder], intake_options(), analyse=False)
        again = cluster.ingest_queued(folder)
        assert again["new"] == 0 and again_inline.new == []
        assert again["duplicates"] == again_inline.duplicates == len(sets["complete"]) + 1  # and shipment.zip
        assert sorted(f["path"] for f in again["failed"]) == sorted(f["path"] for f in again_inline.failed)
        assert outline(store) == found
        with store.db.reading() as session:
            rows = session.execute(select(IngestItem.batch_id, IngestItem.display)).all()
        assert len(rows) == len(set(rows))  # no file, no volume queued twice in a batch
    finally:
        store.close()


def test_queued_workers_name_the_missing_volume_of_a_rar_set(
    cluster: Cluster, sqlite_store: Store, tmp_path: Path
) -> None:
    """A compressed RAR set without its middle volume (its names tell), and a stored one without its
    last (its headers tell): the same failure lines as in this process, naming the volume missing."""
    folder = tmp_path / "leak"
    gap = rar_sample(COMPRESSED_RAR)(folder / "gap")
    gap[1].unlink()
    short = rar_sample(RAR_SETS["rar-parts"])(folder / "short")
    short[2].unlink()
    inline = intake.ingest(Caller(sqlite_store, ACTOR), [folder], intake_options(), analyse=False)
    cluster.start("indexer", "indexer")
    cluster.start("worker-a", "worker", "--concurrency", "1", "--name", "a")
    status = cluster.ingest_queued(folder)
    store = cluster.store()
    try:
        assert outline(store) == outline(sqlite_store)
        failed = {f["path"]: f["error"] for f in status["failed"]}
        assert failed == {f["path"]: f["error"] for f in inline.failed}
        for number in (1, 3):
            assert failed[str(gap[number - 1])].startswith(
                f"volume {number} of a split rar archive; {COMPRESSED_RAR[1]} is not in this ingest"
            )
        assert failed[str(short[0])].startswith(
            "volume 1 of a split rar archive; rar5-vols.part3.rar, the volume after rar5-vols.part2.rar, is not here"
        )
        assert len(failed) == 3
    finally:
        store.close()


def test_a_set_whose_task_fails_names_every_volume_it_carried(sqlite_store: Store) -> None:
    """A worker that gives up on a split archive's task (a crash, retries spent) fails the first
    volume's row; its failure line names the later volumes read with it, which no other row holds."""
    from habeas.services.queued import give_up
    from habeas.store.queue_models import IngestBatch

    volumes = [{"display": f"in/leak.7z.00{n}"} for n in (2, 3)]
    sent: list[tuple[str, list[Any]]] = []
    with sqlite_store.db.transaction() as session:
        session.add(IngestBatch(id="b1", case_name="default", options={}, files=["in"]))
        session.flush()
        session.add_all(
            [
                IngestItem(batch_id="b1", item={"volumes": volumes}, display="in/leak.7z.001", sha256="a", size=1),
                IngestItem(batch_id="b1", item={}, display="in/note.txt", sha256="b", size=1),
            ]
        )
    with sqlite_store.db.reading() as session:
        first, alone = session.scalars(select(IngestItem).order_by(IngestItem.id)).all()
    give_up(sqlite_store, first.id, "RuntimeError: the parser died", lambda task, args: sent.append((task, args)))
    give_up(sqlite_store, alone.id, "RuntimeError: the parser died", lambda task, args: sent.append((task, args)))
    with sqlite_store.db.reading() as session:
        errors = [row.error for row in session.scalars(select(IngestItem).order_by(IngestItem.id))]
    assert errors[0] == (
        "RuntimeError: the parser died (with the split archive's later volumes, not read either: "
        "in/leak.7z.002, in/leak.7z.003)"
    )
    assert errors[1] == "RuntimeError: the parser died"  # a file of its own names nothing more
