"""Nested archives share one budget per top-level file (issue 13): a fan-out of small archives
inside archives, each harmless alone, is stopped with one failure line; honest nested archives,
e-mails with attachments and large containers of small members go in whole; running the ingest
again adds nothing. The files are made here, the stores are real (SQLite, and PostgreSQL when the
tests have one)."""

from __future__ import annotations

import io
import json
import lzma
import random
import re
import tarfile
from dataclasses import replace
from pathlib import Path
from typing import Any
from unittest.mock import ANY

import pytest
from sqlalchemy import func, select

import test_queue_faults as queue_faults
from conftest import Make, StoreFactory, ingest
from habeas import services
from habeas.config import IngestLimits, load_settings
from habeas.ingest.archive import extract_archive
from habeas.services import Caller, documents
from habeas.store.models import Custody, Document
from habeas.store.queue_models import FAILED, IngestItem
from habeas.store.store import Store

# The queued ingest tests' fixtures: a real Redis, a PostgreSQL database, worker processes.
redis_server, database_url, cluster = queue_faults.redis_server, queue_faults.database_url, queue_faults.cluster

KB = 1024
MB = 1024 * KB
# A budget small enough that the fan-out below is stopped after a few dozen documents.
TIGHT: dict[str, Any] = {"tree_max_ratio": 10.0, "tree_allowance_bytes": 256 * KB}
LEVELS, FAN, LEAF = 5, 4, 32 * KB  # 1 + 4 + 16 + 64 + 256 + 1,024 = 1,365 documents, 33 MB, unchecked
# A small dictionary: each of the 341 archives is compressed in a millisecond or two.
XZ = [{"id": lzma.FILTER_LZMA2, "dict_size": 64 * KB, "mf": lzma.MF_HC3, "mode": lzma.MODE_FAST}]
LINE = re.compile(r"^(at least )?(\d+) nested parts not taken in")


def tar_xz(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return lzma.compress(buffer.getvalue(), format=lzma.FORMAT_XZ, filters=XZ)


def fan_out(levels: int, fan: int, leaf: int, prefix: str = "n") -> bytes:
    """Archives of ``fan`` distinct archives, ``levels`` deep; at the bottom ``fan`` distinct text
    files of ``leaf`` bytes that compress to almost nothing. Each bottom archive unpacks to
    ``fan * leaf`` bytes, under the 1 MiB every archive may unpack to whatever its ratio; the ones
    above hardly expand at all. Alone, no archive in it breaks a per-archive limit."""
    if levels == 1:
        return tar_xz(
            {f"{prefix}-{i}.txt": f"Leaf {prefix}-{i} of the fan-out.\n".encode() + b" " * leaf for i in range(fan)}
        )
    return tar_xz({f"{prefix}-{i}.tar.xz": fan_out(levels - 1, fan, leaf, f"{prefix}-{i}") for i in range(fan)})


@pytest.fixture(scope="session")
def bomb_bytes() -> bytes:
    return fan_out(LEVELS, FAN, LEAF)


@pytest.fixture
def bomb(tmp_path: Path, bomb_bytes: bytes) -> Path:
    path = tmp_path / "in" / "fan-out.tar.xz"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bomb_bytes)
    return path


def all_documents(store: Store) -> list[dict[str, Any]]:
    return list(documents.list_documents(Caller(store)))


def root_of(store: Store, path: Path) -> dict[str, Any]:
    [root] = [d for d in all_documents(store) if d["parent_id"] is None and d["file_name"] == path.name]
    return documents.show_document(Caller(store), root["id"])


def one_line(failed: list[dict[str, str]], path: Path) -> tuple[str, int]:
    """The one failure line of a top-level file whose budget was spent, and the count it gives."""
    assert len(failed) == 1, failed
    assert failed[0]["path"] == str(path)
    match = LINE.match(failed[0]["error"])
    assert match, failed[0]["error"]
    return failed[0]["error"], int(match.group(2))


def words(seed: int, n: int) -> bytes:
    """Distinct, honest-looking text: it compresses about as well as real prose does."""
    rng = random.Random(seed)
    vocabulary = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(3, 10))) for _ in range(3000)]
    return " ".join(rng.choices(vocabulary, k=n)).encode()


# -- the fan-out ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("limits", "rule"),
    [
        (TIGHT, "tree_max_ratio, 10 times the file's"),
        ({"tree_max_bytes": 400 * KB}, "tree_max_bytes, 409600 bytes"),
    ],
    ids=["ratio", "total"],
)
def test_a_nested_fan_out_is_stopped_with_one_line(
    make_store: StoreFactory, bomb: Path, limits: dict[str, Any], rule: str
) -> None:
    store = make_store(**limits)
    report = ingest(store, bomb)
    error, left_out = one_line(report.failed, bomb)
    assert rule in error and "zip bomb" in error
    docs = all_documents(store)
    nested = [d for d in docs if d["parent_id"] is not None]
    budget = store.settings.limits.tree_budget(bomb.stat().st_size)
    assert budget < MB
    assert sum(d["size"] for d in nested) <= budget  # what came in fits the one budget, at every level
    # The leaves are what unpacks: as many come in as the budget pays for, of 1,024. The archives
    # above them are small distinct files, which cost what honest members cost; a few hundred at most.
    leaves = [d for d in docs if d["file_name"].endswith(".txt")]
    assert 0 < len(leaves) <= budget // LEAF < 1024 // 20
    assert len(docs) <= 341 + budget // LEAF < 1365 // 3
    assert left_out >= 10
    assert all(d["status"] in ("ok", "partial") for d in docs)  # nothing admitted was lost or failed
    tree = root_of(store, bomb)["metadata"]["tree_budget"]
    assert tree == {
        "limit": budget,
        "bytes": sum(d["size"] for d in nested),
        "not_taken_in": left_out,
        "uncounted": tree["uncounted"],
        "cut_at": budget,
    }
    # The containers the budget cut short stay partial: "not all its parts are in".
    assert root_of(store, bomb)["status"] == "partial"


def test_the_defaults_stop_the_fan_outs_of_the_issue() -> None:
    """The files of issue 13 (5 levels of 8 and of 4 distinct archives, leaves of 120 KB) unpacked
    to 3.9 GB and 123 MB; by default their trees get 100 times their size, or 16 MiB."""
    limits = IngestLimits()
    assert limits.tree_budget(1_694_148) == 169_414_800  # the 1.6 MB file: 169 MB of its 3.9 GB
    assert limits.tree_budget(86_816) == 16 * MB  # the small one: 16 MiB of its 123 MB
    # ... while a 10 GB mailbox of 100,000 messages, with its attachments, is well inside them.
    assert limits.tree_budget(10 * 10**9) == limits.tree_max_bytes >= 2 * 10 * 10**9
    assert limits.archive_max_members >= 10 * 100_000
    assert limits.archive_max_total_bytes >= 2 * 10 * 10**9


def test_running_the_ingest_again_adds_nothing(make_store: StoreFactory, bomb: Path) -> None:
    store = make_store(**TIGHT)
    first = ingest(store, bomb)

    def state() -> tuple[Any, ...]:
        with store.db.reading() as session:
            docs = session.execute(select(Document.id, Document.status, Document.size).order_by(Document.id)).all()
            custody = session.scalar(select(func.count()).select_from(Custody))
        return tuple(docs), custody, root_of(store, bomb)["metadata"]["tree_budget"]

    before = state()
    second = ingest(store, bomb)
    assert state() == before  # the same documents, custody records and budget: nothing twice, nothing more
    assert one_line(second.failed, bomb) == one_line(first.failed, bomb)  # and the same one line


def test_the_rest_comes_in_when_the_limit_is_raised(make_store: StoreFactory, bomb: Path) -> None:
    store = make_store(**TIGHT)
    one_line(ingest(store, bomb).failed, bomb)
    count = len(all_documents(store))
    limits = replace(store.settings.limits, tree_max_ratio=20.0)
    bigger = services.open_store(replace(store.settings, limits=limits))  # the same store, a bigger budget
    try:
        _, still_out = one_line(ingest(bigger, bomb).failed, bomb)
        docs = all_documents(bigger)
        assert len(docs) > count and still_out > 0
        assert sum(d["size"] for d in docs if d["parent_id"]) <= limits.tree_budget(bomb.stat().st_size)
        assert root_of(bigger, bomb)["metadata"]["tree_budget"]["cut_at"] == limits.tree_budget(bomb.stat().st_size)
    finally:
        bigger.close()


# -- honest files go in whole ------------------------------------------------------------------------


def test_a_legitimate_nested_archive_goes_in_whole(make_store: StoreFactory, tmp_path: Path) -> None:
    store = make_store(**TIGHT)
    inner = Make.zip_bytes({f"statement-{i}.txt": words(i, 300) for i in range(3)})
    path = Make.zip(tmp_path / "in" / "nested.zip", {"inner.zip": inner, "cover-note.txt": words(9, 100)})
    report = ingest(store, path)
    assert report.failed == []
    docs = {d["file_name"]: d for d in all_documents(store)}
    assert set(docs) == {"nested.zip", "inner.zip", "cover-note.txt", *(f"statement-{i}.txt" for i in range(3))}
    assert {d["status"] for d in docs.values()} == {"ok"}
    tree = root_of(store, path)["metadata"]["tree_budget"]
    assert tree["not_taken_in"] == 0 and tree["bytes"] == sum(d["size"] for d in docs.values() if d["parent_id"])


def test_a_large_honest_container_goes_in_whole(make_store: StoreFactory, tmp_path: Path) -> None:
    """Hundreds of small distinct members: its ratio is low, so the same tight budget that stops
    the fan-out takes it all (and the default member limit is far above it)."""
    store = make_store(**TIGHT)
    members = {f"records/{i:04d}.txt": words(100 + i, 300) for i in range(200)}
    path = Make.tar(tmp_path / "in" / "records.tar.gz", members, mode="w:gz")
    expanded = sum(len(m) for m in members.values())
    assert expanded > 256 * KB and expanded / path.stat().st_size < 10  # over the allowance; honest ratio
    report = ingest(store, path)
    assert report.failed == []
    docs = all_documents(store)
    assert len(docs) == 201 and {d["status"] for d in docs} == {"ok"}


def test_a_mailbox_in_an_archive_goes_in_whole(make_store: StoreFactory, tmp_path: Path) -> None:
    """Archive, e-mails, attachments, a zip attached to one of them: four levels, one budget."""
    store = make_store(**TIGHT)
    scratch = tmp_path / "scratch"
    messages = {}
    for i in range(12):
        attachments = {f"report-{i}.txt": words(200 + i, 400)}
        if i == 0:
            attachments["evidence.zip"] = Make.zip_bytes({"photo-list.txt": words(300, 400)})
        messages[f"mail/{i:02d}.eml"] = Make.eml(
            scratch / f"{i}.eml", f"Message {i}", words(i, 50).decode(), attachments
        ).read_bytes()
    path = Make.tar(tmp_path / "in" / "mailbox.tar.gz", messages, mode="w:gz")
    report = ingest(store, path)
    assert report.failed == []
    docs = all_documents(store)
    assert len(docs) == 1 + 12 + 12 + 1 + 1 and {d["status"] for d in docs} == {"ok"}


def test_attachments_inside_archives_share_the_budget(make_store: StoreFactory, tmp_path: Path) -> None:
    """The same mailbox with a budget too small for all the attachments: the e-mails that fit come
    in, then the attachments that fit; one line counts the rest."""
    scratch = tmp_path / "scratch"
    attached = {i: words(200 + i, 1500) for i in range(6)}
    messages = {
        f"mail/{i:02d}.eml": Make.eml(
            scratch / f"{i}.eml", f"Message {i}", words(i, 50).decode(), {f"report-{i}.txt": attached[i]}
        ).read_bytes()
        for i in range(6)
    }
    path = Make.tar(tmp_path / "in" / "mailbox.tar", messages)
    # Room for the e-mails and two and a half of their attachments (the tar is not compressed).
    allowance = sum(len(m) for m in messages.values()) + len(attached[0]) * 5 // 2
    store = make_store(tree_max_ratio=1.0, tree_allowance_bytes=allowance)
    assert store.settings.limits.tree_budget(path.stat().st_size) == allowance
    report = ingest(store, path)
    _, left_out = one_line(report.failed, path)
    docs = all_documents(store)
    mails = [d for d in docs if d["file_name"].endswith(".eml")]
    reports = [d for d in docs if d["file_name"].startswith("report-")]
    assert len(mails) == 6 and len(reports) == 2
    assert left_out == 4
    assert sum(d["size"] for d in docs if d["parent_id"]) <= store.settings.limits.tree_budget(path.stat().st_size)


# -- queued workers ------------------------------------------------------------------------------------


def test_queued_workers_share_one_budget(cluster: queue_faults.Cluster, bomb: Path) -> None:
    """Two Celery workers take the fan-out's archives in turns, each parsing in its own sandboxed
    child; they spend one budget, kept on the top-level document, and leave one failed row."""
    cluster.env.update({"HABEAS_TREE_MAX_RATIO": "10", "HABEAS_TREE_ALLOWANCE_BYTES": str(256 * KB)})
    cluster.start("indexer", "indexer")
    cluster.start("worker-a", "worker", "--concurrency", "1", "--name", "a")
    cluster.start("worker-b", "worker", "--concurrency", "1", "--name", "b")
    queued = cluster.client("ingest", bomb, "--queue", "--no-wait", "--json")
    assert queued.returncode == 0, queued.stderr
    status = cluster.client("jobs", queue_faults.queued_batch(queued), "--wait", "--json", timeout=300)
    assert status.returncode == 1, status.stdout + status.stderr + cluster.log_tail()  # 1: a file failed
    assert json.loads(status.stdout)["failed"] == [{"path": str(bomb), "error": ANY}]
    store = cluster.store()
    try:
        with store.db.reading() as session:
            failed = [
                {"path": r.display, "error": r.error or ""}
                for r in session.scalars(select(IngestItem).where(IngestItem.state == FAILED))
            ]
            queued_twice = session.execute(
                select(IngestItem.display)
                .where(IngestItem.state != FAILED)
                .group_by(IngestItem.display)
                .having(func.count() > 1)
            ).all()
        _, left_out = one_line(failed, bomb)
        assert queued_twice == []
        docs = all_documents(store)
        assert len({d["sha256"] for d in docs}) == len(docs)
        budget = store.settings.limits.tree_budget(bomb.stat().st_size)
        nested = sum(d["size"] for d in docs if d["parent_id"])
        assert nested <= budget < MB
        assert 0 < len([d for d in docs if d["file_name"].endswith(".txt")]) <= budget // LEAF
        tree = root_of(store, bomb)["metadata"]["tree_budget"]
        assert (tree["bytes"], tree["not_taken_in"]) == (nested, left_out)
    finally:
        store.close()


# -- the parser and the settings ------------------------------------------------------------------------


def test_the_parser_writes_no_more_than_the_room_left(tmp_path: Path) -> None:
    members = {f"m{i}.txt": words(i, 2000) for i in range(5)}  # about 13 KB each
    room = len(members["m0.txt"]) + len(members["m1.txt"])
    zipped = Make.zip(tmp_path / "a.zip", members)
    tarred = Make.tar(tmp_path / "a.tar", members)
    for path, file_type, exact in ((zipped, "zip", True), (tarred, "tar", False)):
        workdir = tmp_path / f"out-{file_type}"
        workdir.mkdir()
        extracted = extract_archive(path, path.name, file_type, workdir, IngestLimits(), room=room)
        assert len(extracted.children) == 2 and extracted.status == "ok"
        assert extracted.not_expanded == (3 if exact else 1) and extracted.not_expanded_exact is exact
        assert sum(p.stat().st_size for p in workdir.iterdir()) == room  # the one cut short is gone
        whole = extract_archive(path, path.name, file_type, workdir, IngestLimits())
        assert len(whole.children) == 5 and whole.not_expanded == 0


def test_the_budget_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "habeas.toml").write_text("[limits]\ntree_max_ratio = 40\ntree_allowance_bytes = 1048576\n")
    monkeypatch.setenv("HABEAS_TREE_MAX_BYTES", str(5 * 2**30))
    monkeypatch.setenv("HABEAS_TREE_ALLOWANCE_BYTES", str(2 * MB))  # the environment wins over the file
    limits = load_settings(tmp_path).limits
    assert (limits.tree_max_bytes, limits.tree_max_ratio, limits.tree_allowance_bytes) == (5 * 2**30, 40.0, 2 * MB)
    assert limits.tree_budget(10 * KB) == 2 * MB
    assert limits.tree_budget(1 * MB) == 40 * MB
    assert limits.tree_budget(1024 * MB) == 5 * 2**30
