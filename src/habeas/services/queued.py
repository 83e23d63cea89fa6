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
from habeas.ingest.pipeline import (
    AuditBatch,
    FileIntake,
    IntakeOptions,
    Item,
    Pending,
    Recorded,
    StoredFile,
    WrittenMeanwhile,
    as_read,
    with_volume_sets,
)
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
STORED = "stored"  # on a split archive's row: each volume's SHA-256 and size, or null where not stored
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
    """Take one file of a batch in (or the volumes of a split archive, together); safe to run again
    whatever happened to an earlier run."""
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
        (item, files), doc_id = _files_of(row.item, row.sha256, row.size), row.document_id
    if state not in FINAL and attempts > limits.worker_deaths + limits.task_retries:
        _finish_item(store, item_id, FAILED, doc_id, f"its task began {attempts - 1} times and never finished")
        return _settle(store, intake, batch.id, item.parent_id, send)
    if state in FINAL or state == EXTRACTED:  # an earlier run got this far, then its worker died
        _send_children(store, batch.id, doc_id, send)
        return _analyse_and_finish(store, intake, batch.id, _set_rows(store, batch.id, item_id, item), item, send)
    _take_in(store, intake, batch.id, (item_id, item), as_read(item, files, intake.doc_id), sandbox, send)


def item_rows(intake: FileIntake, batch_id: str, item: Item, parent_id: str | None) -> list[IngestItem]:
    """A file's rows in a batch, its bytes stored (and those of the volumes it carries): a queued row
    for its task, and a failed row for each file whose bytes cannot be stored. The volumes of a
    split archive share one row and one task, which reads them together: the row of the first
    volume stored, listing each volume's SHA-256 and size."""
    rows: list[IngestItem] = []
    stored: list[tuple[str, int] | None] = []
    for one in (item, *item.volumes):
        result = intake.store_bytes(one)
        if isinstance(result, str):
            rows.append(_failed_row(batch_id, one.display, result, parent_id))
        stored.append(None if isinstance(result, str) else result)
    taken = [(one, got) for one, got in zip((item, *item.volumes), stored, strict=True) if got is not None]
    if taken:
        first, (sha256, size) = taken[0]
        data = item.to_dict() | ({STORED: stored} if item.volumes else {})
        rows.append(
            IngestItem(
                batch_id=batch_id,
                item=data,
                display=first.display,
                sha256=sha256,
                size=size,
                parent_id=parent_id,
                state=QUEUED,
                attempts=0,
            )
        )
    return rows


def _files_of(data: dict[str, Any], sha256: str, size: int) -> tuple[Item, list[StoredFile]]:
    """A row's item, and the stored files its task takes in: the file, or the stored volumes of
    the split archive it carries."""
    fields = dict(data)
    stored = fields.pop(STORED, None)
    item = Item.from_dict(fields)
    if stored is None:
        return item, [StoredFile(item, sha256, size)]
    together = zip((item, *item.volumes), stored, strict=True)
    return item, [StoredFile(one, got[0], got[1]) for one, got in together if got is not None]


def _take_in(
    store: Store,
    intake: FileIntake,
    batch_id: str,
    task: tuple[int, Item],
    files: list[StoredFile],
    sandbox: Sandbox,
    send: Send,
) -> None:
    """Take in the files of a task (its row's id and item): parse what the case does not have yet
    (a split archive's first volume with the others), then write every file's document and row in
    one transaction, and analyse them."""
    item_id, item = task
    fresh, repeated = _once_each(_new_files(store, intake, files))
    pendings = [
        intake.pending(one.item, one.sha256, one.size, lazy_workdir=one.made is not None, volumes=one.volumes)
        for one in fresh
    ]
    retries, backoff_s = store.settings.queue.task_retries, store.settings.queue.retry_backoff_s
    try:
        written = [
            (pending, one.made if one.made is not None else _extract(intake, sandbox, pending, retries, backoff_s))
            for one, pending in zip(fresh, pendings, strict=True)
        ]
        recorded = _record(store, intake, batch_id, item_id, files, written)
    except _AlreadyTaken:
        return  # the other run takes it from here
    finally:
        for pending in pendings:
            shutil.rmtree(pending.workdir, ignore_errors=True)  # the members are in the blob store now
    for one in repeated:  # its bytes written for another file of the task: this path is their custody too
        intake.took_meanwhile(one.item, one.sha256)
    for each in recorded:
        _send_children(store, batch_id, each.doc_id, send)
    _analyse_and_finish(store, intake, batch_id, _set_rows(store, batch_id, item_id, item), item, send)


def _new_files(store: Store, intake: FileIntake, files: list[StoredFile]) -> list[StoredFile]:
    """The files the case does not have yet; each it has gets its new custody."""
    with store.db.transaction() as session:
        entry = AuditBatch()
        fresh = [one for one in files if not intake.known_in(session, one.item, one.sha256, entry)]
        entry.append(session, intake.options)
    return fresh


def _once_each(files: list[StoredFile]) -> tuple[list[StoredFile], list[StoredFile]]:
    """The files with bytes no earlier one has, and those whose bytes an earlier one has."""
    first_of_its_bytes = {one.sha256: one for one in reversed(files)}
    return (
        [one for one in files if first_of_its_bytes[one.sha256] is one],
        [one for one in files if first_of_its_bytes[one.sha256] is not one],
    )


def _record(
    store: Store,
    intake: FileIntake,
    batch_id: str,
    item_id: int,
    files: list[StoredFile],
    written: list[tuple[Pending, Extracted]],
) -> list[Recorded]:
    """Write the files' documents and rows in one transaction. A file another ingest wrote while
    this one parsed it is theirs: this arrival is recorded as its custody, as for any duplicate,
    and the others are written without it."""
    while True:
        try:
            return intake.record_all(written, also=_bookkeeping(intake, batch_id, item_id, files))
        except WrittenMeanwhile as exc:
            taken = [(p, x) for p, x in written if intake.doc_id(p.sha256) == exc.args[0]]
            if not taken or not intake.took_meanwhile(taken[0][0].item, taken[0][0].sha256):
                raise
            written = [pair for pair in written if pair[0] is not taken[0][0]]


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


def _bookkeeping(
    intake: FileIntake, batch_id: str, item_id: int, files: list[StoredFile]
) -> Callable[[Session, list[Recorded]], None]:
    """The rows' new states, written with the documents themselves: the task's own row for the
    first file, a row of its own for each later volume of a split archive read together, in the
    state its document is in (never queued, so no worker reads it alone), and rows for the members
    found."""

    def write(session: Session, recorded: list[Recorded]) -> None:
        row = session.get(IngestItem, item_id, with_for_update=True)
        if row is None or row.state != QUEUED:  # another worker was handed the same task and got here first
            raise _AlreadyTaken(item_id)
        by_document = {each.doc_id: each for each in recorded}
        for one in files:
            if one is not files[0]:
                row = _volume_row(batch_id, one)
                session.add(row)
            doc_id = intake.doc_id(one.sha256)
            written = by_document.pop(doc_id, None)  # popped: a second file with the same bytes is a duplicate
            if written is None:
                row.state, row.document_id = DUPLICATE, doc_id
            else:
                _written_row(session, intake, batch_id, row, written)

    return write


def _volume_row(batch_id: str, one: StoredFile) -> IngestItem:
    """The row of a later volume of a split archive, taken in by its first volume's task."""
    return IngestItem(
        batch_id=batch_id,
        item=one.item.to_dict(),
        display=one.item.display,
        sha256=one.sha256,
        size=one.size,
        parent_id=one.item.parent_id,
        attempts=1,
    )


def _written_row(session: Session, intake: FileIntake, batch_id: str, row: IngestItem, recorded: Recorded) -> None:
    """A row whose file's document was written: its state, the failures found in it, and a row for
    each member to take in next (the volumes of a split archive among them found together)."""
    row.document_id = recorded.doc_id
    row.state = FAILED if recorded.status == ERROR else EXTRACTED
    row.error = recorded.failures[0]["error"] if recorded.status == ERROR and recorded.failures else None
    own = {row.display}
    for failure in recorded.failures:  # refused members and the like, each named
        if failure["path"] not in own:
            session.add(_failed_row(batch_id, failure["path"], failure["error"], recorded.doc_id))
    if recorded.tree_failure is not None:  # the top-level file's one line, its count brought up to date
        _tree_line(session, batch_id, recorded.root_id, recorded.tree_failure)
    for child in with_volume_sets(recorded.children):
        session.add_all(item_rows(intake, batch_id, child, recorded.doc_id))


def _set_rows(store: Store, batch_id: str, item_id: int, item: Item) -> list[int]:
    """The task's own row, and for a split archive read together, the rows of its later volumes."""
    if not item.volumes:
        return [item_id]
    displays = [one.display for one in (item, *item.volumes)]
    with store.db.reading() as session:
        later = session.scalars(
            select(IngestItem.id).where(
                IngestItem.batch_id == batch_id,
                IngestItem.parent_id == item.parent_id,
                IngestItem.display.in_(displays),
                IngestItem.id != item_id,
            )
        ).all()
    return [item_id, *later]


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


def _analyse_and_finish(
    store: Store, intake: FileIntake, batch_id: str, row_ids: list[int], item: Item, send: Send
) -> None:
    """Analyse the documents of the rows written and not yet analysed, mark those rows done, then
    settle the file's archive and batch."""
    from habeas.services.analysis import analyse

    with store.db.reading() as session:
        rows = session.execute(
            select(IngestItem.id, IngestItem.document_id).where(
                IngestItem.id.in_(row_ids), IngestItem.state == EXTRACTED
            )
        ).all()
    extracted = [(row_id, doc_id) for row_id, doc_id in rows if doc_id is not None]
    if extracted:
        analyse(Caller(store, intake.options.actor), [doc_id for _row, doc_id in extracted], workers=1, resolve=False)
        with store.db.transaction() as session:
            for row_id, _doc_id in extracted:
                row = session.get(IngestItem, row_id, with_for_update=True)
                if row is not None and row.state == EXTRACTED:
                    row.state = DONE
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
