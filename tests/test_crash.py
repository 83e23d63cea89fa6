"""Kill ``habeas ingest`` midway with SIGKILL, run it again: nothing half-written, nothing lost,
nothing twice. (SQLite: the store a killed laptop process leaves behind.)"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from conftest import Cli, Make
from habeas import services
from habeas.config import Settings
from habeas.search.index import SearchFilters
from habeas.services import Caller, custody, search
from habeas.store.models import Custody, Document, Page

FILES = 150
ARCHIVES = 20
MEMBERS = 6
EXPECTED = FILES + ARCHIVES * (1 + MEMBERS)


def _documents_in(db: Path) -> tuple[int, int]:
    """How many documents the store has, and how many of them are partial archives."""
    if not db.exists():
        return 0, 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            total, partial = conn.execute(
                "SELECT count(*), coalesce(sum(status = 'partial'), 0) FROM documents"
            ).fetchone()
            return int(total), int(partial)
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0, 0


def _time_to_kill(db: Path) -> bool:
    """Best in the middle of an archive, whose members are not all in yet; else a third of the way."""
    total, partial = _documents_in(db)
    return (total >= 15 and partial > 0) or total >= EXPECTED // 3


def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "leak"
    for a in range(ARCHIVES):
        Make.zip(
            folder / f"batch-{a % 7}" / f"bundle-{a:02}.zip",
            {
                f"box/member-{n}.txt": f"Archived memo {n} about shipment zarqun{a}x{n}.".encode()
                for n in range(MEMBERS)
            },
        )
    for n in range(FILES):
        Make.text(
            folder / f"batch-{n % 7}" / f"file-{n:04}.txt",
            f"Statement number {n}. The witness named the village qizilbel{n} twice.",
        )
    store_dir = tmp_path / "store"
    command = [sys.executable, "-m", "habeas", "--store", str(store_dir), "ingest", str(folder), "--json"]
    env = Cli.env(HABEAS_WORKERS="2")

    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 120
        while not _time_to_kill(store_dir / "habeas.db"):
            assert process.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline, "the ingest wrote no documents"
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        with contextlib.suppress(ProcessLookupError):  # its parser children leave when their pipe
            os.killpg(process.pid, signal.SIGKILL)  # closes; make sure of it
    assert process.returncode == -signal.SIGKILL
    assert _documents_in(store_dir / "habeas.db")[0] < EXPECTED  # it really was cut short

    # What the killed run wrote is intact, and search catches up on what it had not indexed.
    store = services.open_store(Settings(store=store_dir))
    try:
        assert custody.verify(Caller(store))["ok"]
        with store.db.reading() as session:
            text = session.scalar(
                select(Page.text)
                .join(Document, Document.id == Page.document_id)
                .where(Document.status == "ok", Document.file_type == "text")
                .limit(1)
            )
        assert text is not None
        word = re.search(r"qizilbel\d+|zarqun\d+x\d+", text)
        assert word is not None
        assert search.search(Caller(store), word.group(0), SearchFilters())[0] == 1
    finally:
        store.close()

    rerun = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert '"failed": []' in rerun.stdout

    store = services.open_store(Settings(store=store_dir))
    try:
        with store.db.reading() as session:
            assert session.scalar(select(func.count()).select_from(Document)) == EXPECTED
            statuses = dict(session.execute(select(Document.status, func.count()).group_by(Document.status)).all())
            assert statuses == {"ok": EXPECTED}  # nothing left "partial"
            children = dict(
                session.execute(
                    select(Document.parent_id, func.count())
                    .where(Document.parent_id.is_not(None))
                    .group_by(Document.parent_id)
                ).all()
            )
            assert sorted(children.values()) == [MEMBERS] * ARCHIVES
            by_path: dict[str, list[str]] = {}
            for path, sha in session.execute(select(Custody.original_path, Custody.sha256)):
                by_path.setdefault(path, []).append(sha)
            shas = set(session.scalars(select(Document.sha256)))
        for path in sorted(folder.rglob("*.txt")):
            assert by_path.get(str(path.resolve())) == [hashlib.sha256(path.read_bytes()).hexdigest()], path
        for archive in sorted(folder.rglob("*.zip")):
            prefix = str(archive.resolve()) + "!/"
            members = [p for p in by_path if p.startswith(prefix)]
            assert len(members) == MEMBERS and all(len(by_path[p]) == 1 for p in members), archive
        assert len(by_path) == EXPECTED and len(shas) == EXPECTED  # each once
        assert custody.verify(Caller(store))["ok"]
        for word in ("qizilbel7", "qizilbel149", "zarqun0x0", "zarqun19x5"):
            total, _hits = search.search(Caller(store), word, SearchFilters())
            assert total == 1, word
    finally:
        store.close()
