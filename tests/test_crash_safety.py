"""Crashes leave no silent holes (issue 13, part 3): every document has an analysis state that a
killed run leaves ``pending`` for the next one to finish; the search index is rebuilt beside the
old one and swapped in at once, and a broken one is reported and rebuilt; concurrent ingests of
the same files count the loser's copies as duplicates, with their custody; exports leave no
partial files. Real stores, real subprocesses, SQLite and PostgreSQL (see ``test_crash.py`` for a
killed ingest's documents, and ``test_faults.py`` for kills at random points)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from nacl.signing import SigningKey
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import DBAPIError

from conftest import ACTOR, Cli, Make, PostgresServer, StoreFactory, ingest
from habeas import services
from habeas.config import Settings
from habeas.errors import ExportFailed, IndexUnusable
from habeas.search.index import CURRENT, GENERATION, SearchFilters, current_generation
from habeas.services import Caller, analysis, custody, search
from habeas.services.exports import write_whole
from habeas.store.analysis_models import AnalysisRun
from habeas.store.models import ANALYSIS_DONE, ANALYSIS_FAILED, ANALYSIS_PENDING, ANALYSIS_SKIPPED, Custody, Document
from habeas.store.store import Store

Place = Callable[..., tuple[Path, str | None]]


@pytest.fixture
def place(backend: str, tmp_path: Path, pg_server: PostgresServer | None) -> Iterator[Place]:
    """``place(name)``: a store folder and (PostgreSQL) a fresh database for it, nothing opened yet,
    for stores that subprocesses make and use."""
    urls: list[str] = []

    def make(name: str = "store") -> tuple[Path, str | None]:
        url = pg_server.create_database() if backend == "postgres" and pg_server else None
        if url:
            urls.append(url)
        return tmp_path / name, url

    yield make
    for url in urls:
        assert pg_server is not None
        pg_server.drop_database(url)


class StoreCli(Cli):
    """``habeas`` on one store, its database given by URL (PostgreSQL), one parser process."""

    def __init__(self, store_dir: Path, extra: dict[str, str]) -> None:
        super().__init__(store_dir)
        self.extra = extra

    def env(self, **more: str) -> dict[str, str]:  # type: ignore[override]
        return Cli.env(**self.extra, **more)


def habeas_cli(store_dir: Path, url: str | None, **env: str) -> StoreCli:
    extra = {"HABEAS_WORKERS": "1", **env}
    if url:
        extra["HABEAS_DATABASE_URL"] = url
    return StoreCli(store_dir, extra)


def opened(store_dir: Path, url: str | None, **settings: Any) -> Store:
    return services.open_store(Settings(store=store_dir, database_url=url, workers=1, **settings))


def states(store: Store) -> dict[str, int]:
    with store.db.reading() as session:
        return dict(session.execute(select(Document.analysis, func.count()).group_by(Document.analysis)).all())


def reports(n: int, word: str = "Hotan") -> dict[str, bytes]:
    return {
        f"report-{i:02}.txt": (
            f"Report {i} ({word}{i}). Ilham Tohti was detained by the Xinjiang Public "
            f"Security Bureau in Urumqi on 15 January 2014."
        ).encode()
        for i in range(n)
    }


def write_files(folder: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def kill_group(process: subprocess.Popen[Any]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=60)


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[Any], timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, "the process ended before it could be killed"
        assert time.monotonic() < deadline, "the process never got there"
        time.sleep(0.02)


def count_rows(url: str, query: str) -> int:
    """A count read straight from the database another process writes (0 while its tables are not there)."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.is_file():
            return 0
        url = f"sqlite:///file:{path}?mode=ro&uri=true"  # never made here: the ingest makes it
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(query)).scalar() or 0)
    except DBAPIError:
        return 0
    finally:
        engine.dispose()


# -- analysis state ----------------------------------------------------------------------------


def test_ingest_no_analyse_leaves_analysis_pending_until_analyse_pending(place: Place, tmp_path: Path) -> None:
    """The CLI's doors: stored and indexed at once, analysed later; verify counts what waits, exit 0."""
    store_dir, url = place()
    cli = habeas_cli(store_dir, url)
    folder = write_files(tmp_path / "in", reports(3))
    got = cli.json("ingest", folder, "--no-analyse")
    assert got["new"] == 3 and got["failed"] == []
    assert cli.json("entities")["entities"] == []
    assert cli.json("search", "Hotan1")["total"] == 1  # indexed all the same
    checked = cli.json("verify")
    assert checked["ok"] and checked["analysis_pending"] == 3 and checked["analysis_failed"] == 0
    shown = cli("verify")
    assert shown.returncode == 0 and "3 documents pending" in shown.stdout
    done = cli.json("analyse", "--pending")
    assert done["documents"] == 3 and done["failed"] == [] and done["skipped"] == 0
    assert any(e["name"] == "Ilham Tohti" for e in cli.json("entities")["entities"])
    assert cli.json("analyse", "--pending")["documents"] == 0  # nothing left
    assert cli.json("verify")["analysis_pending"] == 0
    refused = cli("analyse", "--pending", "--all")
    assert refused.returncode == 2


def test_a_killed_ingest_leaves_analysis_pending_and_the_next_ingest_finishes_it(place: Place, tmp_path: Path) -> None:
    store_dir, url = place()
    files = reports(6)
    folder = write_files(tmp_path / "in", files)
    cli = habeas_cli(store_dir, url)
    command = [sys.executable, "-m", "habeas", "--store", str(store_dir), "ingest", str(folder), "--json"]
    db_url = url or f"sqlite:///{store_dir / 'habeas.db'}"
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=cli.env(), start_new_session=True
    )
    try:  # every document written, none analysed yet (the analyser is still loading): kill it there
        wait_for(lambda: count_rows(db_url, "SELECT count(*) FROM documents") == len(files), process)
        kill_group(process)
    finally:
        kill_group(process)
    store = opened(store_dir, url)
    try:
        assert states(store) == {ANALYSIS_PENDING: len(files)}  # not one silently "present"
        checked = custody.verify(Caller(store))
        assert checked["ok"] and checked["analysis_pending"] == len(files)
    finally:
        store.close()
    again = cli.json("ingest", folder)
    assert again["new"] == 0 and again["duplicates"] == len(files)
    store = opened(store_dir, url)
    try:
        assert states(store) == {ANALYSIS_DONE: len(files)}
        assert any(e["name"] == "Ilham Tohti" for e in analysis.list_entities(Caller(store)))
        with store.db.reading() as session:
            assert session.scalar(select(func.count()).select_from(AnalysisRun)) == len(files)
    finally:
        store.close()


def test_a_document_whose_analysis_raises_is_failed_and_the_others_go_on(
    make_store: StoreFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from habeas.analyse import engine
    from habeas.analyse.chunked import run_here

    store = make_store()
    folder = write_files(tmp_path / "in", {**reports(3), "poison.txt": b"The poison pill text of Kashgar."})
    report = intake_no_analysis(store, folder)
    assert states(store) == {ANALYSIS_PENDING: 4}
    real = engine.analyse_batch

    def flaky(docs: list[engine.DocumentText], known: Any = None) -> Any:
        if any("poison" in text for doc in docs for _n, text in doc.pages):
            raise RuntimeError("the analyser broke on this one")
        return real(docs, known)

    monkeypatch.setattr(engine, "analyse_batch", flaky)
    # Analysed here, where the broken analyser is in place (a sandboxed worker has the real one).
    summary = analysis.analyse(Caller(store), None, states=analysis.UNFINISHED, run=run_here)
    poison = next(d["id"] for d in report.new if d["path"].endswith("poison.txt"))
    assert summary["documents"] == 3
    assert [f["document_id"] for f in summary["failed"]] == [poison]
    assert "RuntimeError: the analyser broke on this one" in summary["failed"][0]["error"]
    assert states(store) == {ANALYSIS_DONE: 3, ANALYSIS_FAILED: 1}
    checked = custody.verify(Caller(store))
    assert checked["ok"] and checked["analysis_failed"] == 1 and checked["analysis_pending"] == 0
    monkeypatch.setattr(engine, "analyse_batch", real)  # fixed: --pending tries the failed one again
    again = analysis.analyse(Caller(store), None, states=analysis.UNFINISHED, run=run_here)
    assert again["documents"] == 1 and again["failed"] == []
    assert states(store) == {ANALYSIS_DONE: 4}


def intake_no_analysis(store: Store, folder: Path) -> Any:
    from conftest import intake_options
    from habeas.services import intake

    return intake.ingest(Caller(store, ACTOR), [folder], intake_options(), analyse=False)


def test_a_document_with_too_much_text_is_skipped_and_an_unreadable_one_too(
    make_store: StoreFactory, tmp_path: Path
) -> None:
    store = make_store(analysis_max_chars=2_000)
    big = "Ilham Tohti was detained in Urumqi. " * 100
    folder = write_files(tmp_path / "in", {**reports(2), "big.txt": big.encode(), "broken.pdf": b"%PDF-1.4 broken"})
    ingest(store, folder)
    by_name = {}
    with store.db.reading() as session:
        for name, state, status in session.execute(select(Document.file_name, Document.analysis, Document.status)):
            by_name[name] = (state, status)
    assert by_name["big.txt"] == (ANALYSIS_SKIPPED, "ok")
    assert by_name["broken.pdf"] == (ANALYSIS_SKIPPED, "error")
    assert by_name["report-00.txt"][0] == ANALYSIS_DONE
    assert search.search(Caller(store), "Urumqi", SearchFilters())[0] == 3  # searchable all the same
    assert analysis.analyse(Caller(store), None, states=analysis.UNFINISHED)["documents"] == 0


def test_the_migration_sets_each_existing_documents_state(
    backend: str, tmp_path: Path, pg_server: PostgresServer | None
) -> None:
    """Analysed documents are done, error documents skipped, the rest pending."""
    from alembic import command

    from habeas.store import db

    url = pg_server.create_database() if backend == "postgres" and pg_server else None
    try:
        engine = db.make_engine(url or f"sqlite:///{tmp_path / 'old.db'}")
        cfg = db.alembic_config(engine)
        command.upgrade(cfg, "tamper")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO cases (id, name, created_at, created_by) "
                    "VALUES (1, 'main', CURRENT_TIMESTAMP, 'owner')"
                )
            )
            for doc_id, status in (("analysed", "ok"), ("waiting", "ok"), ("unreadable", "error")):
                conn.execute(
                    text(
                        "INSERT INTO documents (id, case_id, sha256, size, file_name, file_type, title, "
                        "status, paginated, meta, created_at) VALUES (:id, 1, :sha, 1, :name, 'text', "
                        ":title, :status, false, '{}', CURRENT_TIMESTAMP)"
                    ),
                    {"id": doc_id, "sha": doc_id, "name": doc_id, "title": doc_id, "status": status},
                )
            conn.execute(
                text(
                    "INSERT INTO analysis_runs (document_id, analyser_version, analysed_at, words, mentions, "
                    "claims, events) VALUES ('analysed', 'v1', CURRENT_TIMESTAMP, 1, 0, 0, 0)"
                )
            )
        command.upgrade(cfg, "analysis_state")
        with engine.connect() as conn:
            got = dict(conn.execute(text("SELECT id, analysis FROM documents")).all())
        assert got == {"analysed": "done", "waiting": "pending", "unreadable": "skipped"}
        command.downgrade(cfg, "tamper")
        command.upgrade(cfg, "head")
        engine.dispose()
    finally:
        if url and pg_server:
            pg_server.drop_database(url)


# -- the search index ---------------------------------------------------------------------------


def test_a_reindex_killed_while_it_writes_leaves_the_old_index_searched(place: Place, tmp_path: Path) -> None:
    store_dir, url = place()
    cli = habeas_cli(store_dir, url)
    big = {
        f"long-{i}.txt": (f"Volume {i} of the Hotan files. " + "Camp records and transfers. " * 40_000).encode()
        for i in range(3)
    }
    cli.json("ingest", write_files(tmp_path / "in", {**reports(4), **big}), "--no-analyse")
    index_dir = store_dir / "index"
    before = current_generation(index_dir)
    command = [sys.executable, "-m", "habeas", "--store", str(store_dir), "reindex", "--json"]

    def half_written() -> bool:  # the new generation is being written, and CURRENT not yet swapped
        return any(p.name.startswith(GENERATION) and p != before for p in index_dir.iterdir() if p.is_dir())

    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=cli.env(), start_new_session=True
    )
    try:
        wait_for(half_written, process)
        kill_group(process)
    finally:
        kill_group(process)
    assert current_generation(index_dir) == before  # not swapped: the old one is searched
    assert cli.json("search", "Hotan2")["total"] == 1
    assert cli.json("search", "transfers")["total"] == 3
    assert cli.json("verify")["ok"]
    assert cli.json("ingest", write_files(tmp_path / "more", reports(1, "Aksu")), "--no-analyse")["new"] == 1
    assert cli.json("reindex")["pages"] == 8
    after = current_generation(index_dir)
    assert after != before and (index_dir / CURRENT).is_file()
    assert [p.name for p in index_dir.iterdir() if p.is_dir()] == [after.name]  # the half-written one is gone
    assert cli.json("search", "Aksu0")["total"] == 1 and cli.json("search", "Hotan3")["total"] == 1
    assert cli.json("verify")["ok"]


def test_a_broken_index_is_reported_by_verify_and_rebuilt_by_reindex(make_store: StoreFactory, tmp_path: Path) -> None:
    store = make_store()
    ingest(store, write_files(tmp_path / "in", reports(3)))
    search.reindex(Caller(store))  # a generation folder, as after any reindex
    generation = current_generation(store.settings.index_dir)
    settings = store.settings
    store.close()
    for term in generation.glob("*.term"):  # what a reindex killed while it deleted the old index left
        term.unlink()
    store = make_store_again(settings)
    try:
        checked = custody.verify(Caller(store))
        assert not checked["ok"] and any("search index" in p and "reindex" in p for p in checked["problems"])
        with pytest.raises(IndexUnusable, match="habeas reindex"):
            search.search(Caller(store), "Hotan1", SearchFilters())
        assert search.reindex(Caller(store)) == 3
        assert search.search(Caller(store), "Hotan1", SearchFilters())[0] == 1
        assert custody.verify(Caller(store))["ok"]
        assert not generation.exists()
    finally:
        store.close()
    # A deleted index is made anew, and every document indexed again on the next search.
    import shutil

    shutil.rmtree(settings.index_dir)
    store = make_store_again(settings)
    try:
        assert search.search(Caller(store), "Hotan2", SearchFilters())[0] == 1
        assert custody.verify(Caller(store))["ok"]
    finally:
        store.close()


def make_store_again(settings: Settings) -> Store:
    return services.open_store(settings)


def test_verify_reports_an_index_that_misses_pages_the_database_marks_indexed(
    make_store: StoreFactory, tmp_path: Path
) -> None:
    store = make_store()
    ingest(store, write_files(tmp_path / "in", reports(3)))
    from habeas.search.sync import index_of

    index = index_of(store)
    with index.writing():
        index.write([(d, []) for d in _ids(store)[:2]])  # two documents' pages gone, still marked indexed
    checked = custody.verify(Caller(store))
    assert not checked["ok"] and any("holds 1 pages" in p for p in checked["problems"]), checked["problems"]
    search.reindex(Caller(store))
    assert custody.verify(Caller(store))["ok"]


def _ids(store: Store) -> list[str]:
    with store.db.reading() as session:
        return sorted(session.scalars(select(Document.id)))


# -- concurrent ingests ------------------------------------------------------------------------------


def test_concurrent_ingests_of_the_same_files_count_duplicates_and_keep_custody(place: Place, tmp_path: Path) -> None:
    """Three processes take overlapping folders into a new store at once: no IntegrityError, every
    file once, every arrival's custody row kept, analysis finished."""
    store_dir, url = place()
    shared = reports(18)
    archive = Make.zip_bytes({f"box/m{i}.txt": f"Member {i} of the Aksu bundle.".encode() for i in range(4)})
    folders = [
        write_files(
            tmp_path / f"in-{k}", {**shared, "bundle.zip": archive, f"own-{k}.txt": f"Only in folder {k}.".encode()}
        )
        for k in range(3)
    ]
    cli = habeas_cli(store_dir, url)
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "habeas",
                "--store",
                str(store_dir),
                "ingest",
                str(folder),
                "--source",
                f"source-{k}",
                "--json",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli.env(),
        )
        for k, folder in enumerate(folders)
    ]
    results = []
    for process in processes:
        stdout, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr
        assert "Traceback" not in stderr and "IntegrityError" not in stderr
        results.append(json.loads(stdout))
    distinct = len(shared) + 1 + 4 + 3  # shared reports, the archive, its members, one own file each
    assert all(r["failed"] == [] for r in results)
    # Each plain file is new to exactly one ingest and already present to the others. (The archive may
    # be new to two: one that finds it partial, its members still going in, takes it in again.)
    new_files = [d["path"].rsplit("/", 1)[-1] for r in results for d in r["documents"] if "!/" not in d["path"]]
    assert sorted(n for n in new_files if n != "bundle.zip") == sorted([*shared, "own-0.txt", "own-1.txt", "own-2.txt"])
    assert all(r["new"] + r["duplicates"] >= len(shared) + 2 for r in results)
    store = opened(store_dir, url)
    try:
        with store.db.reading() as session:
            assert session.scalar(select(func.count()).select_from(Document)) == distinct
            arrivals = session.execute(select(Custody.source, Custody.original_path)).all()
        assert len(arrivals) == len(set(arrivals))  # each arrival once
        for k, folder in enumerate(folders):  # and every one kept: no custody row lost
            mine = {path for source, path in arrivals if source == f"source-{k}"}
            files = {str((folder / name).resolve()) for name in [*shared, "bundle.zip", f"own-{k}.txt"]}
            assert files <= mine, sorted(files - mine)
        members = {path.rsplit("!/", 1)[1] for _source, path in arrivals if "!/" in path}
        assert members == {f"box/m{i}.txt" for i in range(4)}
        assert states(store) == {ANALYSIS_DONE: distinct}
        assert custody.verify(Caller(store))["ok"]
        assert search.search(Caller(store), "Hotan17", SearchFilters())[0] == 1
    finally:
        store.close()


# -- exports -------------------------------------------------------------------------------------------


def test_a_failed_export_leaves_no_partial_file(make_store: StoreFactory, tmp_path: Path) -> None:
    out = tmp_path / "out"

    def broken() -> Iterator[str]:
        yield "a,b\n"
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        write_whole(out / "rows.csv", broken())
    assert list(out.iterdir()) == []
    store = make_store()
    ingest(store, write_files(tmp_path / "in", reports(2)))
    with store.db.reading() as session:
        sha = session.scalars(select(Document.sha256)).first()
    assert sha is not None
    store.blobs.path_for(sha).unlink()  # the original is missing: the export fails half-way
    with pytest.raises(ExportFailed):
        custody.export_evidence(Caller(store, ACTOR), out / "package.zip", SigningKey.generate())
    assert list(out.iterdir()) == []


def test_partial_files_of_killed_exports_are_removed_at_the_next_export(
    make_store: StoreFactory, tmp_path: Path
) -> None:
    store = make_store()
    ingest(store, write_files(tmp_path / "in", reports(2)))
    out = tmp_path / "out"
    out.mkdir()
    host = socket.gethostname()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        stale = [out / f".old.zip.partial-{host}-{gone.pid}", out / f".rows.csv.partial-{host}-{gone.pid}"]
        kept = [out / f".busy.zip.partial-{host}-{alive.pid}", out / f".far.zip.partial-elsewhere-{gone.pid}"]
        for path in stale + kept:
            path.write_bytes(b"half")
        custody.export_evidence(Caller(store, ACTOR), out / "package.zip", SigningKey.generate())
        assert not any(p.exists() for p in stale) and all(p.exists() for p in kept)
        for path in kept[:1]:
            path.unlink()
        (out / f".rows.csv.partial-{host}-{gone.pid}").write_bytes(b"half")
        write_whole(out / "rows.csv", ["a,b\n"])
        assert sorted(p.name for p in out.iterdir()) == sorted(["package.zip", "rows.csv", kept[1].name])
    finally:
        alive.kill()
        alive.wait()


def test_a_killed_evidence_export_leaves_a_partial_file_that_the_next_export_removes(
    place: Place, tmp_path: Path
) -> None:
    store_dir, url = place()
    cli = habeas_cli(
        store_dir,
        url,
        HABEAS_PASSPHRASE="a passphrase for the test",
        HABEAS_KDF_OPSLIMIT="1",
        HABEAS_KDF_MEMLIMIT=str(8 * 1024 * 1024),
    )
    big = {
        f"scan-{i}.txt": (f"Scan {i}. " + "Lists of detainees and their transfers. " * 100_000).encode()
        for i in range(2)
    }
    cli.json("ingest", write_files(tmp_path / "in", {**reports(2), **big}), "--no-analyse")
    cli.json("keys", "init", "--recovery-out", tmp_path / "recovery.key")
    out = tmp_path / "out"
    out.mkdir()
    command = [
        sys.executable,
        "-m",
        "habeas",
        "--store",
        str(store_dir),
        "export",
        "evidence",
        str(out / "first.zip"),
        "--json",
    ]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=cli.env(), start_new_session=True
    )
    try:
        wait_for(lambda: any(".partial-" in p.name for p in out.iterdir()), process)
        kill_group(process)
    finally:
        kill_group(process)
    assert [p.name for p in out.iterdir() if ".partial-" in p.name]  # what a kill leaves
    assert not (out / "first.zip").exists()
    done = cli.json("export", "evidence", out / "second.zip")
    assert done["documents"] == 4
    assert sorted(p.name for p in out.iterdir()) == ["second.zip"]
