"""What an ingest cleans up and retries: temporary folders of killed runs, images that waited
for OCR, and large archives whose members queue behind the parsers."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Make, docs_by_name, hit_ids, ingest
from habeas.ingest.pipeline import new_workdir, remove_stale_workdirs
from habeas.store.store import Store


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_workdirs_of_dead_processes_on_this_host_are_removed(tmp_path: Path) -> None:
    host = socket.gethostname()
    mine = new_workdir(tmp_path)
    dead = tmp_path / f"{host}-{_dead_pid()}-0123abcd"
    other_host = tmp_path / f"another-host-{_dead_pid()}-0123abcd"
    for folder in (dead, other_host):
        folder.mkdir()
        (folder / "member-1").write_bytes(b"left behind")
    remove_stale_workdirs(tmp_path)
    assert mine.exists(), "a live process's folder is kept"
    assert not dead.exists(), "a dead process's folder on this host is removed"
    assert other_host.exists(), "another host's folder is never judged from here"


def test_half_copied_blobs_of_dead_processes_are_removed(store: Store, tmp_path: Path) -> None:
    store.blobs.root.mkdir(parents=True, exist_ok=True)
    partial = store.blobs.root / f".incoming-{socket.gethostname()}-{_dead_pid()}-xyz"
    partial.write_bytes(b"half a file")
    ingest(store, Make.text(tmp_path / "in" / "a.txt", "A note about Aksu."))
    assert not partial.exists()
    assert store.blobs.verify(docs_by_name(store)["a.txt"]["sha256"]) is None


def test_an_image_that_waited_for_ocr_is_read_once_tesseract_is_there(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if shutil.which("tesseract") is None:
        pytest.fail("Tesseract is part of the test setup (scripts/system-deps.sh ocr)")
    folder = tmp_path / "in"
    Make.png(folder / "order.png", "DETENTION ORDER")
    with monkeypatch.context() as patched:
        patched.setenv("PATH", str(Path(sys.executable).parent))  # the parsers inherit this PATH
        first = ingest(store, folder)
    assert [Path(p).name for p in first.needs_ocr] == ["order.png"]
    second = ingest(store, folder)
    assert second.duplicates == 0 and second.needs_ocr == [] and second.failed == []
    assert docs_by_name(store)["order.png"]["status"] == "ok"
    assert hit_ids(store, "detention")


def test_an_archive_with_more_members_than_parsers_can_hold_goes_in_whole(store: Store, tmp_path: Path) -> None:
    members = {f"folder/note-{n:03}.txt": f"Note {n} about Hotan prefecture.".encode() for n in range(60)}
    Make.zip(tmp_path / "in" / "notes.zip", members)
    report = ingest(store, tmp_path / "in")
    assert report.failed == []
    docs = docs_by_name(store)
    assert len(docs) == 61
    assert all(d["status"] == "ok" for d in docs.values())
    assert not any(os.scandir(store.settings.tmp_dir)), "every member's temporary file is gone"
