"""The indexer's watch over unfinished batches, on a real SQLite store: it hands out again only
the files of batches on which nothing moved for ``stalled_after_s`` while no task waits, closes a
batch whose files are all in, and waits a stall period before it does so again. (The same watch
on a real Redis, with every task of a batch deleted from it: ``tests/test_queue_faults.py``.)"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from habeas import services
from habeas.config import load_settings
from habeas.queue.app import FINISH_TASK, INGEST_TASK
from habeas.services.queued import StallWatch
from habeas.store.queue_models import DONE, QUEUED, IngestBatch, IngestItem
from habeas.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = services.open_store(load_settings(tmp_path / "store"))
    yield opened
    opened.close()


def _batch(store: Store, batch_id: str, items: list[tuple[str, datetime]], state: str = "running") -> list[int]:
    """A batch whose items have these states and last moved at these times; returns their ids."""
    with store.db.transaction() as session:
        session.add(IngestBatch(id=batch_id, case_name="case", options={}, files=[], state=state))
        rows = [
            IngestItem(
                batch_id=batch_id, item={}, display=f"{batch_id}-{n}.txt", sha256="", size=0, state=s, updated_at=t
            )
            for n, (s, t) in enumerate(items)
        ]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def test_only_stalled_batches_are_handed_out_again_and_only_when_nothing_waits(store: Store) -> None:
    now = datetime.now(UTC)
    long_ago = now - timedelta(seconds=store.settings.queue.stalled_after_s + 60)
    lost = _batch(store, "lost", [(DONE, long_ago), (QUEUED, long_ago), (QUEUED, long_ago)])
    _batch(store, "unclosed", [(DONE, long_ago)])
    _batch(store, "moving", [(DONE, now), (QUEUED, long_ago)])
    _batch(store, "closed", [(DONE, long_ago)], state="finished")
    sent: list[tuple[str, list[Any]]] = []
    waiting = [3]
    watch = StallWatch(store, lambda name, args: sent.append((name, args)), lambda: waiting[0])

    assert watch.sweep() == []  # tasks still wait in the queue: the workers are busy, not the tasks lost
    assert sent == []

    waiting[0] = 0
    assert sorted(watch.sweep()) == ["lost", "unclosed"]
    assert sorted(sent) == sorted([(INGEST_TASK, [lost[1]]), (INGEST_TASK, [lost[2]]), (FINISH_TASK, ["unclosed"])])

    sent.clear()
    assert watch.sweep() == []  # handed out a moment ago: given a stall period to move
    assert sent == []
