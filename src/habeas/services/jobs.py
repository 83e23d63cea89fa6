"""Queued ingest from the client's side: store the files' bytes, record the batch, hand each file
to the workers, and read the batch's progress back from the shared database."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from sqlalchemy import func, select

if TYPE_CHECKING:
    from celery import Celery

from habeas.config import Settings
from habeas.ingest.model import NEEDS_OCR
from habeas.ingest.pipeline import FileIntake, IntakeOptions, discover, with_volume_sets
from habeas.queue.app import FINISH_TASK as FINISH_TASK
from habeas.queue.app import INDEX_QUEUE as INDEX_QUEUE
from habeas.queue.app import INDEX_TASK as INDEX_TASK
from habeas.queue.app import INGEST_QUEUE as INGEST_QUEUE
from habeas.queue.app import INGEST_TASK as INGEST_TASK
from habeas.queue.app import check_queue_settings as check_queue_settings
from habeas.queue.app import make_celery
from habeas.queue.app import waiting_tasks as waiting_tasks
from habeas.queue.app import worker_sender as worker_sender
from habeas.services import Caller
from habeas.services.cases import case_to_write, visible_case_names
from habeas.services.guard import guarded
from habeas.services.queued import item_rows, unfinished_items
from habeas.store.models import Document
from habeas.store.queue_models import DONE, DUPLICATE, FAILED, FINAL, QUEUED, IngestBatch, IngestItem

CHUNK = 500  # rows written per transaction while a batch is queued


class BatchDocument(TypedDict):
    """A document a batch took in, and the file it came from."""

    id: str
    title: str
    path: str


class IngestFailure(TypedDict):
    """A file that could not be taken in, and why."""

    path: str
    error: str


class BatchStatus(TypedDict):
    """A queued batch's progress and outcome (``habeas jobs BATCH --json``), in the shape of the web
    app's upload status."""

    id: str
    case: str
    queued: bool
    state: str
    total: int
    done: int
    current: str
    files: list[str]
    created_at: str
    error: str | None
    new: list[BatchDocument]
    duplicates: int
    failed: list[IngestFailure]
    needs_ocr: list[str]


@guarded("upload")
def enqueue(ctx: Caller, paths: list[Path], options: IntakeOptions, files: list[str] | None = None) -> str:
    """Copy the files into the shared blob store, record them as a batch and queue one task per
    file (one per split archive whose volumes are all here, which reads them together); returns the
    batch's id. The workers do the rest (see ``habeas.queue.tasks``)."""
    check_queue_settings(ctx.store.settings)
    ctx.store.blobs.remove_stale_incoming()
    batch_id = uuid.uuid4().hex
    failures: list[tuple[str, str]] = []
    with ctx.store.db.transaction() as session:
        case_id = case_to_write(ctx, session, options.case, "upload").id
        session.add(
            IngestBatch(
                id=batch_id,
                case_name=options.case,
                files=files or [str(p) for p in paths],
                options={
                    "source": options.source,
                    "grade": options.grade,
                    "collector": options.collector,
                    "actor": options.actor,
                },
            )
        )
    intake = FileIntake(ctx.store, options, case_id)
    found = [item for path in paths for item in discover(path, options, lambda p, e: failures.append((p, e)))]
    items = with_volume_sets(found)
    app = make_celery(ctx.store.settings)
    with app.producer_or_acquire() as producer:
        for start in range(0, len(items), CHUNK):
            with ctx.store.db.transaction() as session:
                rows = [row for item in items[start : start + CHUNK] for row in item_rows(intake, batch_id, item, None)]
                session.add_all(rows)
            for row in rows:
                if row.state == QUEUED:
                    app.send_task(INGEST_TASK, args=[row.id], producer=producer)
        with ctx.store.db.transaction() as session:
            session.add_all(
                IngestItem(
                    batch_id=batch_id, item={}, display=path, sha256="", size=0, state=FAILED, error=error, attempts=0
                )
                for path, error in failures
            )
        if not items:  # nothing to wait for: let the indexer close the batch
            from habeas.queue.app import FINISH_TASK

            app.send_task(FINISH_TASK, args=[batch_id], producer=producer)
    return batch_id


@guarded("upload")
def resend(ctx: Caller, batch_id: str) -> int:
    """Queue again the files of a batch that no worker has finished (after the client or the broker
    lost them); the tasks are idempotent, so a file already underway is not taken in twice."""
    check_queue_settings(ctx.store.settings)
    ids = unfinished_items(ctx.store, batch_id)
    app = make_celery(ctx.store.settings)
    with app.producer_or_acquire() as producer:
        for item_id in ids:
            app.send_task(INGEST_TASK, args=[item_id], producer=producer)
    return len(ids)


@guarded("read")
def batch_status(ctx: Caller, batch_id: str) -> BatchStatus:
    """A batch's progress and outcome, in the shape of the web app's upload status."""
    from habeas.errors import NotFound

    with ctx.store.db.reading() as session:
        batch = session.get(IngestBatch, batch_id)
        if batch is None or not _batch_visible(ctx, batch.case_name):
            raise NotFound(f"no ingest batch {batch_id!r}")
        counts = dict(
            session.execute(
                select(IngestItem.state, func.count()).where(IngestItem.batch_id == batch_id).group_by(IngestItem.state)
            ).all()
        )
        failed = session.execute(
            select(IngestItem.display, IngestItem.error)
            .where(IngestItem.batch_id == batch_id, IngestItem.state == FAILED)
            .order_by(IngestItem.id)
        ).all()
        new = session.execute(
            select(Document.id, Document.title, Document.status, IngestItem.display)
            .join(IngestItem, IngestItem.document_id == Document.id)
            .where(IngestItem.batch_id == batch_id, IngestItem.state == DONE)
            .order_by(IngestItem.id)
        ).all()
        current = session.scalar(
            select(IngestItem.display)
            .where(IngestItem.batch_id == batch_id, IngestItem.state.in_(FINAL))
            .order_by(IngestItem.updated_at.desc())
            .limit(1)
        )
    total = sum(counts.values())
    done = sum(n for state, n in counts.items() if state in FINAL)
    finished = batch.state == "finished"
    return {
        "id": batch.id,
        "case": batch.case_name,
        "queued": True,
        "state": "finished" if finished else ("running" if done else "queued"),
        "total": total,
        "done": done,
        "current": Path(current).name if current else "",
        "files": batch.files,
        "created_at": batch.created_at.isoformat(),
        "error": None,
        "new": [{"id": d, "title": t, "path": p} for d, t, _s, p in new],
        "duplicates": counts.get(DUPLICATE, 0),
        "failed": [{"path": p, "error": e or "failed"} for p, e in failed],
        "needs_ocr": [p for _d, _t, s, p in new if s == NEEDS_OCR],
    }


def _batch_visible(ctx: Caller, case_name: str) -> bool:
    seen = visible_case_names(ctx)
    return seen is None or case_name in seen


def batch_owner(ctx: Caller, batch_id: str) -> str:
    """Who queued the batch (the web app shows an upload's progress to its owner only)."""
    with ctx.store.db.reading() as session:
        batch = session.get(IngestBatch, batch_id)
        return str(batch.options.get("actor", "")) if batch is not None else ""


@guarded("read")
def list_batches(ctx: Caller, limit: int = 20) -> list[BatchStatus]:
    """The latest batches, newest first, with their progress."""
    with ctx.store.db.reading() as session:
        seen = visible_case_names(ctx)
        query = select(IngestBatch.id).order_by(IngestBatch.created_at.desc()).limit(limit)
        if seen is not None:
            query = query.where(IngestBatch.case_name.in_(seen))
        ids = session.scalars(query).all()
    return [batch_status(ctx, batch_id) for batch_id in ids]


@guarded("read")
def wait(
    ctx: Caller,
    batch_id: str,
    on_progress: Callable[[BatchStatus], None] | None = None,
    poll_s: float = 0.5,
    timeout_s: float | None = None,
) -> BatchStatus:
    """Poll the batch until the workers and the indexer have finished it; returns its last status."""
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    while True:
        status = batch_status(ctx, batch_id)
        if on_progress is not None:
            on_progress(status)
        if status["state"] == "finished":
            return status
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError(
                f"batch {batch_id} not finished after {timeout_s:g}s: {status['done']} of {status['total']} files done"
            )
        time.sleep(poll_s)


# -- the broker, as the CLI and the workers see it -----------------------------------------


def celery_app(settings: Settings) -> Celery:
    """The Celery app the workers run and the services send tasks through."""
    return make_celery(settings)
