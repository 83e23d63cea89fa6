"""A closed store leaves its folder alone, so it can be removed at once (the bench removes a
throwaway store after each set, and failed now and then with "Directory not empty: 'index'").

The store's search index is opened beside it (``habeas.search.sync.index_of``) and closed with it
(``Store.on_close``). Tantivy keeps a thread beside an open index that looks at ``meta.json`` every
half second; its default reader reloaded from that thread whenever the file had changed, and each
reload makes the lock file ``.tantivy-meta.lock`` in the index folder when it is missing: after a
commit, that thread could write into the folder of a store that was closed and being removed. Here
the index's files are touched as a commit touches them, after the store is closed (and while an
index is open), and the folder is watched for longer than that thread takes to come round.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from habeas import services
from habeas.config import Settings
from habeas.errors import IndexUnusable
from habeas.search.index import PageEntry, SearchFilters, SearchIndex
from habeas.search.sync import index_of
from habeas.store.store import Store

# Three of the watching thread's half-second rounds, on a busy machine.
WATCHED_S = 1.5


def written_page(index: SearchIndex, doc_id: str = "d1", text: str = "a detention notice") -> None:
    with index.writing():
        index.write([(doc_id, [PageEntry(doc_id, "main", "Notice", None, text, [], "en", "txt")])])


def found(index: SearchIndex, query: str) -> int:
    return index.search(query, SearchFilters())[0]


def commit_touched(folder: Path) -> set[str]:
    """Change the index's files as a commit from elsewhere does (``meta.json`` rewritten) after
    taking away tantivy's lock files, which a reload makes again; the names taken away."""
    taken = {name for name in os.listdir(folder) if name.endswith(".lock")}
    for name in taken:
        os.unlink(folder / name)
    meta = folder / "meta.json"
    meta.write_text(meta.read_text() + "\n")
    return taken


def written_meanwhile(folder: Path, before: set[str]) -> set[str]:
    """What appears in ``folder`` while it is watched, of the names not in ``before``."""
    deadline = time.monotonic() + WATCHED_S
    while time.monotonic() < deadline:
        new = set(os.listdir(folder)) - before
        if new:
            return new
        time.sleep(0.05)
    return set()


@pytest.fixture
def opened(tmp_path: Path) -> Store:
    return services.open_store(Settings(store=tmp_path / "store", workers=1))


def test_nothing_is_written_into_a_closed_stores_index_folder(opened: Store) -> None:
    written_page(index_of(opened))
    opened.close()  # the store object lives on, as it does in the caller that closed it
    folder = opened.settings.index_dir
    taken = commit_touched(folder)
    assert taken, "tantivy made no lock files: this test no longer shows anything"
    assert written_meanwhile(folder, set(os.listdir(folder))) == set()
    shutil.rmtree(opened.settings.store)  # what the bench does next


def test_an_open_index_is_reloaded_only_when_it_asks(opened: Store) -> None:
    index = index_of(opened)
    written_page(index)
    assert found(index, "detention") == 1
    folder = opened.settings.index_dir
    commit_touched(folder)
    assert written_meanwhile(folder, set(os.listdir(folder))) == set()
    written_page(index, "d2", "a second detention notice")  # its own commits: searched at once
    assert found(index, "detention") == 2
    opened.close()


def test_a_closed_index_refuses_work_and_a_store_used_again_opens_it_anew(opened: Store) -> None:
    old = index_of(opened)
    written_page(old)
    opened.close()
    store_folder = opened.settings.store
    before = set(os.listdir(store_folder))
    with pytest.raises(IndexUnusable, match="closed"):
        found(old, "detention")
    with pytest.raises(IndexUnusable, match="closed"):
        written_page(old)
    assert set(os.listdir(store_folder)) == before  # not even a lock file taken
    again = index_of(opened)
    assert again is not old
    assert found(again, "detention") == 1
    opened.close()


def test_a_read_only_stores_index_snapshot_goes_when_it_closes(
    opened: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written_page(index_of(opened))
    opened.close()
    snapshots = tmp_path / "snapshots"
    snapshots.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(snapshots))  # where the snapshot is made
    reading = services.open_store(opened.settings, read_only=True)
    assert found(index_of(reading), "detention") == 1
    assert os.listdir(snapshots), "a read-only index is no longer read through a snapshot"
    reading.close()
    assert os.listdir(snapshots) == []


def test_closing_runs_every_release_even_when_one_fails(opened: Store) -> None:
    released: list[str] = []

    def failing() -> None:
        released.append("failing")
        raise OSError("cannot let go")

    opened.on_close(lambda: released.append("first"))
    opened.on_close(failing)
    with pytest.raises(OSError, match="cannot let go"):
        opened.close()
    assert released == ["failing", "first"]  # the last given first, and the one before it all the same
    opened.close()  # each release runs once
    assert released == ["failing", "first"]
