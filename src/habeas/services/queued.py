"""The work queue workers do; ``habeas.worker`` turns it into tasks. Each file takes an
``ingest_items`` row and does the same steps as the in-process pool
(``habeas.ingest.pipeline.FileIntake``): skip a file the case has, parse it in a sandboxed child,
write what it found, take in its archive members, analyse it.

Every task is safe to run twice, which is what happens when a worker dies holding one (tasks are
acknowledged late): a row's state, written in the same transaction as the document, says how
far it got, and documents are keyed by the file's SHA-256, so nothing is lost or stored twice."""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from kombu.exceptions import OperationalError as BrokerError
from redis.exceptions import ConnectionError as RedisConnectionError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from habeas.config import Settings
from habeas.ingest.model import ERROR, PARTIAL, Extracted
from habeas.ingest.pipeline import FileIntake, IntakeOptions, Item, Recorded, WrittenMeanwhile
from habeas.ingest.sandbox import PARSER_DIED, Sandbox
from habeas.queue.app import FINISH_TASK, INDEX_TASK, INGEST_TASK
from habeas.search.sync import sync_index
from habeas.services import Caller
from habeas.store.models import Document
from habeas.store.queue_models import (
    DONE,
    DUPLICATE,
    FAILED,
    FINAL,
    QUEUED,
    IngestBatch,
    IngestItem,
)
from habeas.store.store import Store, get_case

EXTRACTED = "extracted"  # written and its members queued; analysis still to do
RETRIED_ERRORS = (OperationalError, IntegrityError, BrokerError, RedisConnectionError, ConnectionError)
log = logging.getLogger("habeas.queue")

Send = Callable[[str, list[Any]], None]


class _AlreadyTaken(Exception):
    """The file was written by another run of its task while this one parsed it."""


class QueueWorker:
    """What one worker process keeps between tasks: its store and its sandboxed parser, opened in
    the process that runs the tasks (after the pool forked it), and the operations a task runs."""

    def __init__(self, settings: Settings, send: Send) -> None:
        self.settings = settings
        self.send = send
        self._store: Store | None = None
        self._sandbox: Sandbox | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.settings)
        return self._store

    def parser(self) -> Sandbox:
        if self._sandbox is None:  # one spawned child, under the same memory and time limits
            self._sandbox = Sandbox(1, self.settings.limits)
        return self._sandbox

    def ingest_item(self, item_id: int, retries: int) -> None:
        """Take one queued file in. What a retry can cure is raised again, for the queue to retry,
        until the last retry, when the file fails; anything else fails the file at once, and the
        batch goes on."""
        limit = self.settings.queue.task_retries
        try:
            run_item(self.store, item_id, self.parser(), self.send)
        except RETRIED_ERRORS as exc:
            if retries >= limit:
                give_up(self.store, item_id, f"gave up after {limit} retries: {type(exc).__name__}: {exc}", self.send)
            raise
        except Exception as exc:  # a bug or a hostile file: the file fails, the batch goes on
            log.exception("ingest item %s failed", item_id)
            give_up(self.store, item_id, f"{type(exc).__name__}: {exc}", self.send)

    def index(self) -> None:
        """Index what is not indexed yet (the index has one writer: this task's queue)."""
        sync_index(self.store)

    def finish(self, batch_id: str) -> None:
        finish_batch(self.store, batch_id)


# -- one file ----------------------------------------------------------------------


def run_item(store: Store, item_id: int, sandbox: Sandbox, send: Send) -> None:
    """Take one file of a batch in; safe to run again whatever happened to an earlier run."""
    limits = store.settings.queue
    with store.db.transaction() as session:
        row = session.get(IngestItem, item_id, with_for_update=True)
        if row is None:
            return
        batch = session.get(IngestBatch, row.batch_id)
        if batch is None:
            raise RuntimeError(f"ingest item {item_id} has no batch {row.batch_id}")
        state, attempts = row.state, row.attempts + 1
        if state not in FINAL:
            row.attempts = attempts
        intake = _intake(session, store, batch)
        item, sha256, size, doc_id = Item.from_dict(row.item), row.sha256, row.size, row.document_id
    if state not in FINAL and attempts > limits.worker_deaths + limits.task_retries:
        _finish_item(store, item_id, FAILED, doc_id, f"its task began {attempts - 1} times and never finished")
        return _settle(store, intake, batch.id, item.parent_id, send)
    if state in FINAL or state == EXTRACTED:  # an earlier run got this far, then its worker died
        _send_children(store, batch.id, doc_id, send)
        if state == EXTRACTED and doc_id is not None:
            _analyse_and_finish(store, intake, item_id, doc_id, item, send)
        else:
            _settle(store, intake, batch.id, item.parent_id, send)
        return
    if intake.known(item, sha256):
        _finish_item(store, item_id, DUPLICATE, intake.doc_id(sha256), None)
        return _settle(store, intake, batch.id, item.parent_id, send)
    pending = intake.pending(item, sha256, size)
    try:
        extracted = _extract(
            intake, sandbox, pending, store.settings.queue.task_retries, store.settings.queue.retry_backoff_s
        )
        recorded = intake.record(pending, extracted, also=_bookkeeping(store, intake, batch.id, item_id))
    except _AlreadyTaken:
        return  # the other run takes it from here
    except WrittenMeanwhile:  # by another ingest, while this one parsed it: a duplicate, with its custody
        if not intake.took_meanwhile(item, sha256):
            raise
        _finish_item(store, item_id, DUPLICATE, intake.doc_id(sha256), None)
        return _settle(store, intake, batch.id, item.parent_id, send)
    finally:
        shutil.rmtree(pending.workdir, ignore_errors=True)  # the members are in the blob store now
    _send_children(store, batch.id, recorded.doc_id, send)
    if recorded.status == ERROR:
        return _settle(store, intake, batch.id, item.parent_id, send)
    _analyse_and_finish(store, intake, item_id, recorded.doc_id, item, send)


def _intake(session: Session, store: Store, batch: IngestBatch) -> FileIntake:
    options = IntakeOptions(case=batch.case_name, **batch.options)
    case = get_case(session, batch.case_name)
    if case is None:
        raise RuntimeError("the client creates the case before it queues the files")
    return FileIntake(store, options, case.id)


def _extract(intake: FileIntake, sandbox: Sandbox, pending: Any, retries: int, backoff_s: float) -> Extracted:
    """Parse in the sandbox; a parser that crashed is tried again (after a pause) before the file
    is marked failed, since the crash may have been the host's, not the file's."""
    for attempt in range(retries + 1):
        extracted = intake.extract_with(sandbox, pending).result()
        if extracted.status != ERROR or not (extracted.error or "").startswith(PARSER_DIED) or attempt == retries:
            return extracted
        log.warning("%s: %s; trying again", pending.item.display, extracted.error)
        time.sleep(backoff_s * 2**attempt)
    raise AssertionError("unreachable")


def _bookkeeping(store: Store, intake: FileIntake, batch_id: str, item_id: int) -> Callable[[Session, Recorded], None]:
    """The item's new state and its members' rows, written with the document itself."""

    def write(session: Session, recorded: Recorded) -> None:
        row = session.get(IngestItem, item_id, with_for_update=True)
        if row is None or row.state != QUEUED:  # another worker was handed the same task and got here first
            raise _AlreadyTaken(item_id)
        row.document_id = recorded.doc_id
        row.state = FAILED if recorded.status == ERROR else EXTRACTED
        row.error = recorded.failures[0]["error"] if recorded.status == ERROR and recorded.failures else None
        own = {row.display}
        for failure in recorded.failures:  # refused members and the like, each named
            if failure["path"] not in own:
                session.add(_failed_row(batch_id, failure["path"], failure["error"], recorded.doc_id))
        if recorded.tree_failure is not None:  # the top-level file's one line, its count brought up to date
            _tree_line(session, batch_id, recorded.root_id, recorded.tree_failure)
        for child in recorded.children:
            stored = intake.store_bytes(child)
            if isinstance(stored, str):
                session.add(_failed_row(batch_id, child.display, stored, recorded.doc_id))
                continue
            session.add(
                IngestItem(
                    batch_id=batch_id,
                    item=child.to_dict(),
                    display=child.display,
                    sha256=stored[0],
                    size=stored[1],
                    parent_id=recorded.doc_id,
                    state=QUEUED,
                    attempts=0,
                )
            )

    return write


def _tree_line(session: Session, batch_id: str, root_id: str, failure: dict[str, str]) -> None:
    """One failed row per top-level file whose budget left parts out, whichever worker found them
    (the top-level document is locked in this transaction, so they take turns)."""
    line = session.scalars(
        select(IngestItem)
        .where(
            IngestItem.batch_id == batch_id,
            IngestItem.parent_id == root_id,
            IngestItem.state == FAILED,
            IngestItem.display == failure["path"],
            IngestItem.sha256 == "",
        )
        .order_by(IngestItem.id)
    ).first()
    if line is None:
        session.add(_failed_row(batch_id, failure["path"], failure["error"], root_id))
    else:
        line.error = failure["error"]


def _failed_row(batch_id: str, display: str, error: str, parent_id: str | None) -> IngestItem:
    return IngestItem(
        batch_id=batch_id,
        item={},
        display=display,
        sha256="",
        size=0,
        parent_id=parent_id,
        state=FAILED,
        error=error,
        attempts=0,
    )


def _send_children(store: Store, batch_id: str, doc_id: str | None, send: Send) -> None:
    """Queue the members an archive's row lists; sending one twice is harmless."""
    if doc_id is None:
        return
    with store.db.reading() as session:
        ids = session.scalars(
            select(IngestItem.id).where(
                IngestItem.batch_id == batch_id, IngestItem.parent_id == doc_id, IngestItem.state == QUEUED
            )
        ).all()
    for child_id in ids:
        send(INGEST_TASK, [child_id])


def _analyse_and_finish(store: Store, intake: FileIntake, item_id: int, doc_id: str, item: Item, send: Send) -> None:
    from habeas.services.analysis import analyse

    analyse(Caller(store, intake.options.actor), [doc_id], workers=1, resolve=False)
    with store.db.transaction() as session:
        row = session.get(IngestItem, item_id, with_for_update=True)
        if row is None:
            raise RuntimeError(f"ingest item {item_id} vanished while its document was analysed")
        if row.state == EXTRACTED:
            row.state = DONE
        batch_id = row.batch_id
    send(INDEX_TASK, [])
    _settle(store, intake, batch_id, item.parent_id, send)


def _finish_item(store: Store, item_id: int, state: str, doc_id: str | None, error: str | None) -> None:
    with store.db.transaction() as session:
        row = session.get(IngestItem, item_id, with_for_update=True)
        if row is not None and row.state not in FINAL:
            row.state, row.document_id, row.error = state, doc_id, error


def give_up(store: Store, item_id: int, error: str, send: Send) -> None:
    """Mark a file failed when its retries are spent, so its batch can still finish."""
    try:
        _finish_item(store, item_id, FAILED, None, error)
        with store.db.reading() as session:
            row = session.get(IngestItem, item_id)
            batch_id = row.batch_id if row is not None else None
        if batch_id is not None:
            _maybe_finish(store, batch_id, send)
    except RETRIED_ERRORS:
        log.exception("could not mark item %s failed", item_id)


# -- archives and batches -----------------------------------------------------------


def _settle(store: Store, intake: FileIntake, batch_id: str, parent_id: str | None, send: Send) -> None:
    """When a file that was an archive member is in, complete its archive (and the archive's own
    archive) once no member is left to come; then finish the batch if nothing is left at all."""
    while parent_id is not None:
        with store.db.transaction() as session:
            # Locking the archive's row makes members that finish at once take turns here, so
            # the last one always sees the others' work.
            parent = session.get(Document, parent_id, with_for_update=True)
            if parent is None or parent.status != PARTIAL:
                break
            waiting = session.scalar(
                select(func.count())
                .select_from(IngestItem)
                .where(IngestItem.parent_id == parent_id, IngestItem.state.not_in(FINAL))
            )
            unfinished = session.scalar(
                select(func.count())
                .select_from(Document)
                .where(Document.parent_id == parent_id, Document.status == PARTIAL)
            )
            if waiting or unfinished:
                break
            intake.complete(session, parent_id)
            parent_id = parent.parent_id
    _maybe_finish(store, batch_id, send)


def _maybe_finish(store: Store, batch_id: str, send: Send) -> None:
    if open_items(store, batch_id) == 0:
        send(FINISH_TASK, [batch_id])


def unfinished_items(store: Store, batch_id: str) -> list[int]:
    """The ids of a batch's files that no worker has finished."""
    with store.db.reading() as session:
        return list(
            session.scalars(
                select(IngestItem.id).where(IngestItem.batch_id == batch_id, IngestItem.state.not_in(FINAL))
            )
        )


def open_items(store: Store, batch_id: str) -> int:
    with store.db.reading() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(IngestItem)
                .where(IngestItem.batch_id == batch_id, IngestItem.state.not_in(FINAL))
            )
            or 0
        )


class StallWatch:
    """Hands out again the files of every unfinished batch on which nothing has moved for
    ``stalled_after_s`` while no task waits in the ingest queue: their tasks were lost (a message
    the broker dropped while it was away, a retry or a member's task that could not be sent). A
    batch whose files are all in but that was never closed is closed. The tasks are safe to run
    twice, so a file in fact underway is not taken in twice. The indexer runs one."""

    def __init__(self, store: Store, send: Send, waiting: Callable[[], int]) -> None:
        self.store = store
        self.send = send
        self.waiting = waiting
        self.handed_out: dict[str, datetime] = {}  # batch id: when its files were last handed out again

    def sweep(self) -> list[str]:
        """One look at the unfinished batches; returns those handed out again."""
        stalled_after = self.store.settings.queue.stalled_after_s
        cutoff = datetime.now(UTC) - timedelta(seconds=stalled_after)
        with self.store.db.reading() as session:
            moved = session.execute(
                select(IngestBatch.id, IngestBatch.created_at, func.max(IngestItem.updated_at))
                .outerjoin(IngestItem, IngestItem.batch_id == IngestBatch.id)
                .where(IngestBatch.state != "finished")
                .group_by(IngestBatch.id, IngestBatch.created_at)
            ).all()
            unfinished = {batch for batch, _created, _last in moved}
            self.handed_out = {b: t for b, t in self.handed_out.items() if b in unfinished}
            stalled = [
                batch
                for batch, created, last in moved
                if max(_aware(last or created), self.handed_out.get(batch, cutoff)) <= cutoff
            ]
        if not stalled or self.waiting() > 0:  # asked outside the transaction: the broker may be slow to answer
            return []
        for batch_id in stalled:
            ids = unfinished_items(self.store, batch_id)
            log.warning("batch %s: nothing moved for %gs; %d files handed out again", batch_id, stalled_after, len(ids))
            for item_id in ids:
                self.send(INGEST_TASK, [item_id])
            if not ids:
                self.send(FINISH_TASK, [batch_id])
            self.handed_out[batch_id] = datetime.now(UTC)
        return stalled


def watch_stalled(settings: Settings, send: Send, waiting: Callable[[], int]) -> None:
    """Run a ``StallWatch`` every ``unacked_restore_interval_s``, for good (the indexer's thread)."""
    watch = StallWatch(Store(settings), send, waiting)
    while True:
        time.sleep(settings.queue.unacked_restore_interval_s)
        try:
            watch.sweep()
        except Exception:  # the database or the broker away for a moment: look again next time
            log.exception("the watch over unfinished batches could not look")


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def finish_batch(store: Store, batch_id: str) -> None:
    """On the indexer: index what is new and resolve the case's entities once for the batch."""
    from habeas.resolve.resolver import resolve_case

    sync_index(store)
    with store.db.transaction() as session:
        batch = session.get(IngestBatch, batch_id, with_for_update=True)
        if batch is None or batch.state == "finished":
            return
        case = get_case(session, batch.case_name)
        if case is not None:
            resolve_case(session, case.id)
        batch.state = "finished"
        batch.finished_at = datetime.now(UTC)
