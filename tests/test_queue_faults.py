"""Queued ingest on real Celery workers, a real Redis and a real PostgreSQL: kill a worker with
SIGKILL midway, stop Redis for a while, feed a file that crashes its parser; every document
still arrives exactly once and the batch finishes.

Redis comes from Debian (``scripts/system-deps.sh redis``); each test starts its own server on
a free loopback port. The visibility timeout is a few seconds here, so a dead worker's task is
handed out again quickly; in production it follows the longest task (see ``QueueSettings``)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from conftest import Cli, Make, PostgresServer
from habeas import services
from habeas.config import load_settings
from habeas.search.index import SearchFilters
from habeas.services import Caller, intake, search
from habeas.store.models import Custody, Document
from habeas.store.queue_models import FINAL, IngestItem
from habeas.store.store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
# Short enough that a killed worker's task comes back within seconds, long enough for any task here.
QUEUE_ENV = {
    "HABEAS_TASK_TIME_LIMIT_S": "14",
    "HABEAS_REDELIVERY_MARGIN_S": "2",
    "HABEAS_TASK_RETRIES": "2",
    "HABEAS_RETRY_BACKOFF_S": "0.5",
    "HABEAS_PARSE_TIMEOUT_S": "10",
    "HABEAS_PARSE_MEMORY_BYTES": str(700 * 2**20),
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RedisServer:
    """redis-server on loopback, with its append-only file, so a restart keeps the queue."""

    def __init__(self, directory: Path) -> None:
        self.binary = shutil.which("redis-server") or "/usr/bin/redis-server"
        self.directory = directory
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.directory),
                "--appendonly",
                "yes",
                "--save",
                "",
                "--protected-mode",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                s.sendall(b"PING\r\n")
                if s.recv(16).startswith(b"+PONG"):
                    return
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def command(self, *words: str) -> bytes:
        """One command, its reply's first line (``DEL ingest`` gives ``:1``)."""
        request = b"".join(b"$%d\r\n%s\r\n" % (len(w), w.encode()) for w in words)
        with socket.create_connection(("127.0.0.1", self.port), timeout=5) as s:
            s.sendall(b"*%d\r\n" % len(words) + request)
            return s.recv(64).split(b"\r\n")[0]

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()  # a clean shutdown writes the append-only file out
            self.process.wait(timeout=20)


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    if not (shutil.which("redis-server") or Path("/usr/bin/redis-server").exists()):
        if os.environ.get("HABEAS_REQUIRE_REDIS") == "1":
            pytest.fail("redis-server is missing: scripts/system-deps.sh redis")
        pytest.skip("redis-server is not installed (scripts/system-deps.sh redis)")
    server = RedisServer(tmp_path / "redis")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def database_url(pg_server: PostgresServer | None) -> Iterator[str]:
    if pg_server is None or pg_server.problem:
        if os.environ.get("HABEAS_REQUIRE_POSTGRES") == "1":
            pytest.fail((pg_server.problem if pg_server else None) or "HABEAS_TEST_DATABASE_URL is not set")
        pytest.skip("workers share a PostgreSQL database: set HABEAS_TEST_DATABASE_URL")
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


class Cluster:
    """Worker processes, the indexer and the client, all on this host, sharing one store folder."""

    def __init__(self, store_dir: Path, database_url: str, redis: RedisServer) -> None:
        self.store_dir = store_dir
        self.env = Cli.env(
            HABEAS_STORE=str(store_dir), HABEAS_DATABASE_URL=database_url, HABEAS_BROKER_URL=redis.url, **QUEUE_ENV
        )
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.logs = store_dir.parent / "logs"
        self.logs.mkdir(exist_ok=True)

    def start(self, name: str, *args: str) -> None:
        with (self.logs / f"{name}.log").open("wb") as log:
            # Its own session, so a SIGKILL takes its parser child along, as a host going down would.
            self.processes[name] = subprocess.Popen(
                [sys.executable, "-m", "habeas", *args],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def kill(self, name: str) -> None:
        process = self.processes[name]
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

    def pause(self, *names: str) -> None:
        """Freeze processes (and their parser children) where they stand: what the store says of
        them then stays true until they are let go or killed."""
        for name in names:
            os.killpg(self.processes[name].pid, signal.SIGSTOP)

    def resume(self, *names: str) -> None:
        for name in names:
            os.killpg(self.processes[name].pid, signal.SIGCONT)

    def stop_all(self) -> None:
        for process in self.processes.values():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def client(self, *args: str | Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(
                [sys.executable, "-m", "habeas", *map(str, args)],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired as exc:  # say what the workers were doing meanwhile
            raise AssertionError(f"{exc}\n{self.log_tail()}") from exc

    def ingest_queued(self, folder: Path) -> dict[str, Any]:
        """``habeas ingest FOLDER --queue --json``, waited for: its status (exit 0, or 1 with failure lines)."""
        result = self.client("ingest", folder, "--queue", "--json", timeout=300)
        assert result.returncode in (0, 1), result.stdout + result.stderr + self.log_tail()
        status: dict[str, Any] = json.loads(result.stdout)
        return status

    def store(self) -> Store:
        env = {k: v for k, v in self.env.items() if k.startswith("HABEAS_")}
        with _environment(env):
            return services.open_store(load_settings(self.store_dir))

    def log_tail(self) -> str:
        return "\n".join(f"--- {p.name}\n" + p.read_text(errors="replace")[-3000:] for p in self.logs.iterdir())


@contextlib.contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@pytest.fixture
def cluster(tmp_path: Path, database_url: str, redis_server: RedisServer) -> Iterator[Cluster]:
    group = Cluster(tmp_path / "shared-store", database_url, redis_server)
    yield group
    group.stop_all()


def mixed_corpus(folder: Path, files: int = 24) -> int:
    """The sample corpus and files of every common kind, archives with members among them;
    returns how many documents it should make."""
    shutil.copytree(EXAMPLES, folder / "examples")
    count = len(list(EXAMPLES.iterdir()))
    for n in range(files):
        kind = n % 6
        words = f"Statement {n}: the witness saw the camp at qarabagh{n} in 2018."
        if kind == 0:
            Make.text(folder / f"note-{n}.txt", words)
        elif kind == 1:
            Make.pdf(folder / f"report-{n}.pdf", [words, f"Second page of report {n}."])
        elif kind == 2:
            Make.docx(folder / f"memo-{n}.docx", [words])
        elif kind == 3:
            Make.xlsx(folder / f"list-{n}.xlsx", {"Sheet1": [["name", "place"], [f"record {n}", f"qarabagh{n}"]]})
        elif kind == 4:
            Make.text(folder / f"page-{n}.html", f"<html><body><p>{words}</p></body></html>")
        else:
            Make.zip(
                folder / f"bundle-{n}.zip", {f"box/member-{m}.txt": f"{words} Member {m}.".encode() for m in range(3)}
            )
            count += 3
        count += 1
    return count


def poison_pdf(path: Path) -> Path:
    """A 1 MB PDF whose one page inflates to 136 MB of text operators: PDFium runs out of the
    parser's memory limit and aborts, taking its process down."""
    content = zlib.compress((b"BT /F1 12 Tf 10 10 Td (" + b"A" * 60 + b") Tj ET\n") * 1_500_000, 1)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(out))
    return path


def _item_states(store: Store) -> list[dict[str, Any]]:
    with store.db.reading() as session:
        return [
            {
                "id": r.id,
                "display": r.display,
                "state": r.state,
                "attempts": r.attempts,
                "error": r.error,
                "document_id": r.document_id,
            }
            for r in session.scalars(select(IngestItem).order_by(IngestItem.id))
        ]


def _wait_for(condition: Any, timeout: float, what: str, cluster: Cluster) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}\n{cluster.log_tail()}")


def _documents_found(store: Store, query: str) -> set[str]:
    return {hit.document_id for hit in search.search(Caller(store), query, SearchFilters(), limit=50)[1]}


def _assert_exactly_once(store: Store, expected_docs: int, folder: Path) -> None:
    """Every file is a document, once; every path it came by is one custody record, once."""
    with store.db.reading() as session:
        docs = session.scalar(select(func.count()).select_from(Document))
        distinct = session.scalar(select(func.count(func.distinct(Document.sha256))))
        custody = session.execute(select(Custody.document_id, Custody.original_path)).all()
        partial = session.scalar(select(func.count()).select_from(Document).where(Document.status == "partial"))
        rows = session.execute(select(IngestItem.display, func.count()).group_by(IngestItem.display)).all()
    assert docs == expected_docs == distinct
    assert len(custody) == len(set(custody)) == expected_docs  # the corpus has no file twice
    assert partial == 0  # every archive's members all came in
    assert all(n == 1 for _display, n in rows), [d for d, n in rows if n > 1]  # no member queued twice
    given = {str(p.resolve()) for p in folder.rglob("*") if p.is_file()}
    assert given <= {path for _doc, path in custody}


def test_a_killed_worker_loses_and_repeats_nothing(cluster: Cluster, tmp_path: Path) -> None:
    folder = tmp_path / "leak"
    expected = mixed_corpus(folder)
    cluster.start("indexer", "indexer")
    cluster.start("worker-a", "worker", "--concurrency", "1", "--name", "a")
    cluster.start("worker-b", "worker", "--concurrency", "1", "--name", "b")
    queued = cluster.client("ingest", folder, "--queue", "--no-wait", "--json", "--source", "leak")
    assert queued.returncode == 0, queued.stderr
    store = cluster.store()
    try:
        # Midway: both workers are inside a task (solo workers hold one task at a time), so the
        # one killed dies holding an unacknowledged task. The workers are frozen while the store is
        # read, so neither can finish its task between the look and the kill.
        def busy() -> list[int]:
            cluster.pause("worker-a", "worker-b")
            states = _item_states(store)
            running = [s["id"] for s in states if s["state"] not in FINAL and s["attempts"] >= 1]
            finished = sum(s["state"] in FINAL for s in states)
            if len(running) == 2 and finished >= 4:
                return running
            cluster.resume("worker-a", "worker-b")
            return []

        running = _wait_for(busy, 120, "both workers to be busy", cluster)
        cluster.kill("worker-a")
        cluster.resume("worker-b")
        status = cluster.client("jobs", queued_batch(queued), "--wait", "--json", timeout=240)
        assert status.returncode == 0, status.stdout + status.stderr + cluster.log_tail()
        states = {s["id"]: s for s in _item_states(store)}
        assert all(s["state"] in ("done", "duplicate") for s in states.values()), states
        # the dead worker's task was handed out again
        assert max(states[i]["attempts"] for i in running) >= 2, (running, states)
        _assert_exactly_once(store, expected, folder)
        assert len(_documents_found(store, "qarabagh5")) == 3  # the archive's members are searchable

        # A web upload goes to the same workers, and its progress reads back like an in-process one.
        upload = intake.new_upload_folder(Caller(store))
        Make.text(upload / "upload.txt", "A statement uploaded through the web: the guard post at tashkorgan.")
        job = intake.start_ingest_job(
            Caller(store, "alice"), upload, intake.default_intake(None, "web", "B", None, "alice")
        )
        assert not upload.exists()  # the bytes went to the blob store at once
        finished = _wait_for(
            lambda: (lambda s: s if s[1]["state"] == "finished" else None)(intake.ingest_job(Caller(store), job.id)),
            120,
            "the upload's batch",
            cluster,
        )
        owner, status = finished
        assert owner == "alice" and status["total"] == status["done"] == 1
        assert [d["title"] for d in status["new"]] == [
            "A statement uploaded through the web: the guard post at tashkorgan."
        ]
    finally:
        store.close()


def queued_batch(result: subprocess.CompletedProcess[str]) -> str:
    import json

    return str(json.loads(result.stdout)["id"])


def test_redis_away_for_a_while_and_a_poison_file(cluster: Cluster, redis_server: RedisServer, tmp_path: Path) -> None:
    folder = tmp_path / "leak"
    expected = mixed_corpus(folder, files=12)
    poison_pdf(folder / "poison" / "crashes-the-parser.pdf")
    cluster.start("indexer", "indexer")
    cluster.start("worker-a", "worker", "--concurrency", "1", "--name", "a")
    cluster.start("worker-b", "worker", "--concurrency", "1", "--name", "b")
    queued = cluster.client("ingest", folder, "--queue", "--no-wait", "--json")
    assert queued.returncode == 0, queued.stderr
    store = cluster.store()
    try:
        _wait_for(lambda: sum(s["state"] in FINAL for s in _item_states(store)) >= 3, 120, "some progress", cluster)
        redis_server.stop()
        time.sleep(3)
        assert all(p.poll() is None for p in cluster.processes.values())  # the workers wait for the broker
        redis_server.start()
        status = cluster.client("jobs", queued_batch(queued), "--wait", "--json", timeout=240)
        states = _item_states(store)
        told = f"{status.stdout}{status.stderr}\n{states}\n{cluster.log_tail()}"  # what a failure shows
        assert status.returncode == 1, told  # one file failed: the poison
        failed = [s for s in states if s["state"] == "failed"]
        assert [Path(s["display"]).name for s in failed] == ["crashes-the-parser.pdf"], told
        assert "the parser died" in failed[0]["error"], told
        assert all(s["state"] in ("done", "duplicate") for s in states if s not in failed), told
        with store.db.reading() as session:
            good = session.scalar(select(func.count()).select_from(Document).where(Document.status != "error"))
        assert good == expected
        assert len(_documents_found(store, "qarabagh7")) == 1
    finally:
        store.close()


def test_tasks_the_broker_lost_are_handed_out_again(
    cluster: Cluster, redis_server: RedisServer, tmp_path: Path
) -> None:
    """The database, not the broker, says what is left to do: a batch whose tasks vanished from
    Redis (a broker that lost its data, a task that could not be sent) stalls, and the indexer's
    watch hands its files out again once nothing has moved for twice the redelivery time."""
    folder = tmp_path / "leak"
    expected = mixed_corpus(folder, files=6)
    cluster.start("indexer", "indexer")
    queued = cluster.client("ingest", folder, "--queue", "--no-wait", "--json")
    assert queued.returncode == 0, queued.stderr
    assert redis_server.command("DEL", "ingest") == b":1"  # every file's task is gone before a worker saw it
    cluster.start("worker-a", "worker", "--concurrency", "1", "--name", "a")
    store = cluster.store()
    try:
        status = cluster.client("jobs", queued_batch(queued), "--wait", "--json", timeout=240)
        assert status.returncode == 0, status.stdout + status.stderr + cluster.log_tail()
        assert all(s["state"] in ("done", "duplicate") for s in _item_states(store))
        _assert_exactly_once(store, expected, folder)
        assert "handed out again" in (cluster.logs / "indexer.log").read_text()
    finally:
        store.close()
