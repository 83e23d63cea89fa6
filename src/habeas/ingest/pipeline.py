"""Intake: store each file once by SHA-256 with its custody record, extract it in the sandbox,
and write the document, its pages and rows and an audit entry in one transaction.

A document whose archive members or attachments are not all in yet stays ``partial``, so a
killed ingest, run again, finishes what it started and duplicates nothing.

One code path, two executors: ``FileIntake`` does each file's steps (store the bytes, skip a
duplicate, write what the parser found); ``Ingestion`` runs them on the in-process pool, and
``habeas.queue.tasks`` runs the very same steps as Celery tasks on any number of hosts."""

from __future__ import annotations

import os
import re
import shutil
import socket
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from habeas import __version__
from habeas.ingest.image import tesseract_languages
from habeas.ingest.model import ERROR, NEEDS_OCR, OK, PARTIAL, Extracted
from habeas.ingest.sandbox import ParseTask, Sandbox
from habeas.progress import NoProgress, Progress
from habeas.store import audit
from habeas.store.blobs import process_alive
from habeas.store.models import Custody, Document, Page, Record
from habeas.store.store import Store, document_id, ensure_case

GRADES = "ABCDEF"
METHOD = f"habeas ingest {__version__}"
SHEET_MAX = 200  # Record.sheet's length
_SURROGATE = re.compile("[\ud800-\udfff]")  # how Python keeps bytes that were not UTF-8


@dataclass(frozen=True)
class IntakeOptions:
    case: str
    source: str | None
    grade: str
    collector: str
    actor: str


@dataclass
class IngestReport:
    new: list[dict[str, str]] = field(default_factory=list)
    duplicates: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    needs_ocr: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Item:
    """A file waiting to go in: a given file, an archive member or an attachment."""

    path: Path
    display: str  # what the user sees: the path, or "archive.zip!/member"
    name: str
    original_path: str
    source: str
    parent_id: str | None = None
    path_in_parent: str | None = None  # the member's path inside its own parent, not the top file
    depth: int = 0
    workdir: Path | None = None  # the temporary folder an archive member or attachment waits in

    def to_dict(self) -> dict[str, Any]:
        """The item as JSON, for a task message (the workdir stays on the host that made it)."""
        return {"path": str(self.path), "display": self.display, "name": self.name,
                "original_path": self.original_path, "source": self.source, "parent_id": self.parent_id,
                "path_in_parent": self.path_in_parent, "depth": self.depth}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Item:
        return cls(**{**data, "path": Path(data["path"])})


@dataclass
class Pending:
    """A file whose bytes are stored and which waits for its parser."""

    item: Item
    sha256: str
    size: int
    workdir: Path

    def parse_task(self, blobs_path: Path) -> ParseTask:
        return ParseTask(path=blobs_path, name=self.item.name, workdir=self.workdir)


@dataclass
class Recorded:
    """What writing one file's extraction did: the document, its state, and what it held."""

    doc_id: str
    title: str
    status: str
    children: list[Item]
    failures: list[dict[str, str]]
    needs_ocr: bool


class FileIntake:
    """Each file's steps, the same whichever executor runs them: store its bytes, skip it when the
    case already has it, and write what its parser found in one transaction."""

    def __init__(self, store: Store, options: IntakeOptions, case_id: int) -> None:
        self.store = store
        self.options = options
        self.case_id = case_id
        self.limits = store.settings.limits

    def store_bytes(self, item: Item) -> tuple[str, int] | str:
        """Copy the file into the blob store: its SHA-256 and size, or why it cannot go in."""
        try:
            size = item.path.stat().st_size
            if size > self.limits.max_file_bytes:
                return f"file is {size} bytes, over the limit of {self.limits.max_file_bytes}"
            return self.store.blobs.put_file(item.path)
        except OSError as exc:
            return f"cannot read the file: {exc.strerror or exc}"

    def doc_id(self, sha256: str) -> str:
        return document_id(self.case_id, sha256)

    def known(self, item: Item, sha256: str) -> bool:
        """Whether the case has this file already (then only its new custody is written)."""
        with self.store.db.transaction() as session:
            existing = session.get(Document, self.doc_id(sha256))
            if existing is not None and not _worth_extracting_again(existing):
                self.add_custody(session, existing, item)
                return True
        return False

    def pending(self, item: Item, sha256: str, size: int) -> Pending:
        return Pending(item=item, sha256=sha256, size=size, workdir=new_workdir(self.store.settings.tmp_dir))

    def extract_with(self, sandbox: Sandbox, pending: Pending) -> Future[Extracted]:
        return sandbox.submit(pending.parse_task(self.store.blobs.path_for(pending.sha256)))

    def record(self, pending: Pending, extracted: Extracted,
               also: Callable[[Session, Recorded], None] | None = None) -> Recorded:
        """Write what the parser found, with custody and audit, in one transaction (``also`` adds
        the caller's own bookkeeping to that transaction); return the children to take in next."""
        item = pending.item
        _fit_for_database(extracted)
        doc_id = self.doc_id(pending.sha256)
        failures: list[dict[str, str]] = []
        children = extracted.children if item.depth < self.limits.archive_max_depth else []
        if extracted.children and not children:
            failures.append({"path": item.display,
                             "error": f"archive nesting deeper than {self.limits.archive_max_depth} levels"})
        status = PARTIAL if children and extracted.status == OK else extracted.status
        child_items = [Item(path=Path(c.path), display=f"{item.display}!/{c.name}", name=Path(c.name).name,
                            original_path=f"{item.original_path}!/{c.name}", source=item.source,
                            parent_id=doc_id, path_in_parent=c.name, depth=item.depth + 1, workdir=pending.workdir)
                       for c in children]
        if extracted.status == ERROR:
            failures.append({"path": item.display, "error": extracted.error or "unreadable"})
        failures.extend({"path": f"{item.display}!/{member}", "error": reason}
                        for member, reason in extracted.child_errors)
        with self.store.db.transaction() as session:
            document = self._write_document(session, doc_id, pending, extracted, status)
            self.add_custody(session, document, item)
            audit.append(session, self.options.actor, "document.ingest", case_name=self.options.case,
                         target=doc_id, details={"sha256": pending.sha256, "file_name": item.name,
                                                 "status": status, "parent_id": item.parent_id})
            recorded = Recorded(doc_id=doc_id, title=document.title, status=extracted.status,
                                children=child_items, failures=failures,
                                needs_ocr=extracted.status == NEEDS_OCR)
            if also is not None:
                also(session, recorded)
        return recorded

    def complete(self, session: Session, parent_id: str) -> bool:
        """Mark an archive whose members are all in as complete; False when it already was."""
        parent = session.get(Document, parent_id)
        if parent is None or parent.status != PARTIAL:
            return False
        parent.status = OK
        audit.append(session, self.options.actor, "document.complete", case_name=self.options.case,
                     target=parent_id)
        return True

    def _write_document(self, session: Session, doc_id: str, pending: Pending, extracted: Extracted,
                        status: str) -> Document:
        item = pending.item
        document = session.get(Document, doc_id)
        if document is None:
            document = Document(id=doc_id, case_id=self.case_id, sha256=pending.sha256, size=pending.size)
            session.add(document)
        else:  # an earlier run failed or stopped half-way: replace what it extracted
            session.execute(delete(Page).where(Page.document_id == doc_id))
            session.execute(delete(Record).where(Record.document_id == doc_id))
        document.file_name = item.name
        document.file_type = extracted.file_type
        document.title = (extracted.title or item.name)[:500]
        document.language = extracted.language
        document.status = status
        document.error = extracted.error
        document.paginated = extracted.paginated
        document.meta = extracted.metadata
        document.parent_id = item.parent_id
        document.path_in_parent = item.path_in_parent if item.parent_id else None
        document.indexed_at = None
        session.flush()
        session.add_all(Page(document_id=doc_id, number=n, text=_clean(t))
                        for n, t in enumerate(extracted.pages, start=1))
        session.add_all(Record(document_id=doc_id, sheet=r.sheet, row_number=r.row_number, values=r.values)
                        for r in extracted.rows)
        return document

    def add_custody(self, session: Session, document: Document, item: Item) -> None:
        """A custody row for each new (source, path) a file arrives by; nothing is overwritten."""
        known = session.scalars(select(Custody).where(
            Custody.document_id == document.id, Custody.source == item.source,
            Custody.original_path == item.original_path)).first()
        if known is not None:
            return
        session.add(Custody(
            document_id=document.id, source=item.source, grade=self.options.grade,
            collector=self.options.collector, actor=self.options.actor, method=METHOD,
            original_name=item.name, original_path=item.original_path, sha256=document.sha256,
            size=document.size))
        document.indexed_at = None  # the new source is a search filter
        audit.append(session, self.options.actor, "custody.record", case_name=self.options.case,
                     target=document.id, details={"source": item.source, "grade": self.options.grade,
                                                  "original_path": item.original_path})


class Ingestion:
    """One run of ``habeas ingest`` over some paths, on the in-process pool of sandboxed parsers."""

    def __init__(self, store: Store, options: IntakeOptions, progress: Progress | None = None) -> None:
        if options.grade not in GRADES:
            raise ValueError(f"grade must be one of A-F, not {options.grade!r}")
        self.store = store
        self.options = options
        self.limits = store.settings.limits
        self.progress = progress or NoProgress()
        self.report = IngestReport()
        self._futures: dict[Future[Extracted], Pending] = {}
        self._waiting_children: dict[str, int] = {}
        self._parent_of: dict[str, str | None] = {}
        self._in_flight: set[str] = set()
        self._late_custody: list[tuple[str, Item]] = []
        self._queue: deque[Item] = deque()
        self._workdir_users: dict[Path, int] = {}
        # Enough files in flight to keep every parser busy, few enough to bound memory.
        self._max_in_flight = 32 * store.settings.workers
        with store.db.transaction() as session:
            self.case_id = ensure_case(session, options.case, options.actor).id
        self.intake = FileIntake(store, options, self.case_id)

    def run(self, paths: list[Path]) -> IngestReport:
        remove_stale_workdirs(self.store.settings.tmp_dir)
        self.store.blobs.remove_stale_incoming()
        self._queue.extend(item for path in paths for item in discover(path, self.options, self._fail))
        self.progress.add_total(len(self._queue))
        with Sandbox(self.store.settings.workers, self.limits) as sandbox:
            self.sandbox = sandbox
            while self._queue or self._futures:
                while self._queue and len(self._futures) < self._max_in_flight:
                    self._admit(self._queue.popleft())
                if not self._futures:
                    continue
                done, _ = wait(self._futures, return_when=FIRST_COMPLETED)
                for future in done:
                    pending = self._futures.pop(future)
                    self._record(pending, future.result())
        self._record_late_custody()
        return self.report

    # -- one file in -----------------------------------------------------------

    def _admit(self, item: Item) -> None:
        """Store the file's bytes, then skip it as a duplicate or send it to be parsed."""
        try:
            stored = self.intake.store_bytes(item)
        finally:
            self._release_workdir(item.workdir)
        if isinstance(stored, str):
            self._fail(item.display, stored)
            return self._item_done(item)
        sha, size = stored
        doc_id = self.intake.doc_id(sha)
        if doc_id in self._in_flight:  # the same bytes twice in one batch
            self._late_custody.append((doc_id, item))
            self.report.duplicates += 1
            self.progress.advance(item.display)
            return self._item_done(item)
        if self.intake.known(item, sha):
            self.report.duplicates += 1
            self.progress.advance(item.display)
            return self._item_done(item)
        self._in_flight.add(doc_id)
        pending = self.intake.pending(item, sha, size)
        self._futures[self.intake.extract_with(self.sandbox, pending)] = pending

    def _record(self, pending: Pending, extracted: Extracted) -> None:
        """Write what the parser found, then take in the children."""
        item = pending.item
        recorded = self.intake.record(pending, extracted)
        self.progress.advance(item.display)
        self.report.failed.extend(recorded.failures)
        if recorded.needs_ocr:
            self.report.needs_ocr.append(item.display)
        if recorded.status != ERROR:
            self.report.new.append({"id": recorded.doc_id, "sha256": pending.sha256, "title": recorded.title,
                                    "path": item.display})
        self._parent_of[recorded.doc_id] = item.parent_id
        self._take_children(recorded.doc_id, recorded.children, pending.workdir)

    def _take_children(self, doc_id: str, children: list[Item], workdir: Path) -> None:
        self._waiting_children[doc_id] = len(children)
        self.progress.add_total(len(children))
        # Members go to the front of the queue, so a partial archive is finished before new files
        # start; the workdir goes once its last member has been copied into the blob store.
        self._workdir_users[workdir] = len(children)
        self._queue.extendleft(reversed(children))
        if not children:
            shutil.rmtree(workdir, ignore_errors=True)
            self._item_done_id(doc_id)

    def _release_workdir(self, workdir: Path | None) -> None:
        if workdir is None:
            return
        self._workdir_users[workdir] -= 1
        if self._workdir_users[workdir] == 0:
            del self._workdir_users[workdir]
            shutil.rmtree(workdir, ignore_errors=True)

    def _record_late_custody(self) -> None:
        for doc_id, item in self._late_custody:
            with self.store.db.transaction() as session:
                document = session.get(Document, doc_id)
                if document is not None:
                    self.intake.add_custody(session, document, item)

    # -- bookkeeping for archives ----------------------------------------------

    def _item_done(self, item: Item) -> None:
        if item.parent_id is not None:
            self._child_finished(item.parent_id)

    def _item_done_id(self, doc_id: str) -> None:
        parent = self._parent_of.get(doc_id)
        if parent is not None:
            self._child_finished(parent)

    def _child_finished(self, parent_id: str) -> None:
        self._waiting_children[parent_id] -= 1
        if self._waiting_children[parent_id] > 0:
            return
        with self.store.db.transaction() as session:
            self.intake.complete(session, parent_id)
        self._item_done_id(parent_id)

    def _fail(self, path: str, reason: str) -> None:
        self.report.failed.append({"path": path, "error": reason})


def discover(path: Path, options: IntakeOptions, fail: Callable[[str, str], None]) -> list[Item]:
    """The files under ``path`` (itself when it is a file), in a stable order."""
    source = options.source or _readable(path.name or str(path))
    if not path.exists():
        fail(_readable(str(path)), "no such file or folder")
        return []
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    return [Item(path=f, display=_readable(str(f)), name=_readable(f.name),
                 original_path=_readable(str(f.resolve())), source=source)
            for f in files]


def _worth_extracting_again(document: Document) -> bool:
    """A failed or unfinished document is extracted again; so is an image that waited for OCR,
    once Tesseract is installed."""
    if document.status in (ERROR, PARTIAL):
        return True
    return document.status == NEEDS_OCR and document.file_type == "image" and bool(tesseract_languages())


def new_workdir(tmp_dir: Path) -> Path:
    """A temporary folder named by host and process, so a later run can tell it was abandoned."""
    workdir = tmp_dir / f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex}"
    workdir.mkdir(parents=True)
    return workdir


def remove_stale_workdirs(tmp_dir: Path) -> None:
    """Remove folders left by ingests on this host that were killed midway."""
    if not tmp_dir.is_dir():
        return
    host = socket.gethostname()
    for workdir in tmp_dir.iterdir():
        owner, _, pid = workdir.name.rpartition("-")[0].rpartition("-")  # HOST-PID-UUID
        if owner == host and pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(workdir, ignore_errors=True)


def _clean(text: str) -> str:
    # PostgreSQL text cannot hold NUL characters, and no database takes lone surrogates.
    if _SURROGATE.search(text):
        text = _readable(text)
    return text.replace("\x00", "")


def _clean_value(value: Any) -> Any:
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, dict):
        return {_clean_value(k): _clean_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean_value(v) for v in value]
    return value


def _fit_for_database(extracted: Extracted) -> None:
    """Take NUL characters and lone surrogates out of every string bound for the database and
    cut sheet names to their column's size: a hostile file's title, header, cell or member
    name must not fail the write and stop the batch."""
    extracted.title = _clean(extracted.title)
    extracted.error = _clean(extracted.error) if extracted.error else extracted.error
    extracted.metadata = _clean_value(extracted.metadata)
    for row in extracted.rows:
        row.sheet = _clean(row.sheet)[:SHEET_MAX]
        row.values = _clean_value(row.values)
    for child in extracted.children:
        child.name = _clean(child.name)
    extracted.child_errors = [(_clean(member), reason) for member, reason in extracted.child_errors]


def _readable(name: str) -> str:
    """A file name as text the database and JSON can hold: bytes that are not UTF-8, which Python
    keeps as lone surrogates, become \\xNN escapes instead of failing the write."""
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "replace")
    return raw.decode("utf-8", "backslashreplace")
