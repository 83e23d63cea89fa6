"""Intake: store each file once by SHA-256 with its custody record, extract it in the sandbox,
and write the document, its pages and rows and an audit entry in one transaction.

A document whose archive members or attachments are not all in yet stays ``partial``, so a
killed ingest, run again, finishes what it started and duplicates nothing.

Each top-level file has one budget for everything nested in it, at every level: the bytes of its
archive members, attachments, members of attached archives... together (``IngestLimits.tree_budget``).
It is kept in the database, on the top-level file's document, so every parser process and every
queued worker spends the same one; each container's own share is kept on its document, so running
the ingest again spends it again instead of adding to it. Parts past the budget are not taken in:
their container stays ``partial`` and the top-level file gets one failure line that counts them.

One code path, two executors: ``FileIntake`` does each file's steps (store the bytes, skip a
duplicate, write what the parser found); ``Ingestion`` runs them on the in-process pool, and
``habeas.queue.tasks`` runs the very same steps as Celery tasks on any number of hosts."""

from __future__ import annotations

import functools
import os
import re
import shutil
import socket
import stat
import uuid
from collections import deque
from collections.abc import Callable, Collection
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import delete, exists, insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from habeas import __version__, vocab
from habeas.config import IngestLimits
from habeas.ingest.links import SYMBOLIC, link_record, special_reason
from habeas.ingest.model import DAMAGED, ERROR, NEEDS_OCR, OK, PARTIAL, ChildFile, Extracted
from habeas.ingest.ocr import installed_languages
from habeas.ingest.pdf_parts import join_parts, parts_for
from habeas.ingest.sandbox import ParseTask, Sandbox
from habeas.ingest.volumes import (
    VolumeFile,
    archive_kind,
    gather_sets,
    later_volume_text,
    link_volumes,
    missing_note,
    names_missing,
    required_volume_name,
    volumes_meta,
)
from habeas.progress import NoProgress, Progress
from habeas.store import audit
from habeas.store.blobs import process_alive
from habeas.store.models import ANALYSIS_PENDING, ANALYSIS_SKIPPED, Base, Custody, Document, Page, Record, utcnow
from habeas.store.store import Store, document_id, ensure_case

GRADES = "".join(vocab.SOURCE_GRADES)  # the Admiralty scale's letters, A to F
METHOD = f"habeas ingest {__version__}"
SHEET_MAX = 200  # Record.sheet's length
_SURROGATE = re.compile("[\ud800-\udfff]")  # how Python keeps bytes that were not UTF-8
SHARE = "expansion"  # a container's metadata: what its own parts took of its top-level file's budget
TREE = "tree_budget"  # a top-level file's metadata: its budget and what all its nested parts took
# A batch of parsed files is written in one transaction with one audit entry, its blobs synced to
# disk once before it commits: this many files, or fewer whose bytes and text add up to BATCH_BYTES.
BATCH_FILES = 200
BATCH_BYTES = 64 * 2**20
# Files go to a parser several at a time, so the pipe and the threads are paid once per batch:
# at most this many files, and only files up to PARSE_BATCH_FILE_BYTES (a larger one goes alone,
# so the small files queued behind it are not held up).
PARSE_BATCH_FILES = 16
PARSE_BATCH_FILE_BYTES = 1 << 20  # under pdf_parts.SPLIT_BYTES: a PDF large enough to split is always alone
STARTING_IN_FLIGHT = 2048  # files stored and queued while the parsers start, before any is parsed
PREFETCH_IDS = 400  # ids per query (well under every driver's limit on bound parameters)
_ABSENT = "habeas.documents_absent"  # on a session: the ids prefetch found no document for


class WrittenMeanwhile(Exception):
    """Another ingest (another process) wrote the file's document while this one parsed it: the
    file is a duplicate (``FileIntake.took_meanwhile`` records its custody)."""


@dataclass(frozen=True)
class IntakeOptions:
    case: str
    source: str | None
    grade: str
    collector: str
    actor: str
    # What files were called where they came from, by their resolved path here: a web upload's
    # browser-side name and folder, not the server's temporary folder. Others: their path here.
    given_paths: tuple[tuple[str, str], ...] = ()


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
    # The top-level file whose budget this one's nested parts share (None: this is a top-level file).
    root_id: str | None = None
    root_display: str | None = None
    root_size: int = 0
    # The first volume of a split archive whose volumes are all here carries the volumes after it,
    # to be read with it as one archive (``with_volume_sets``).
    volumes: tuple[Item, ...] = ()
    # Why a volume of a split archive is not read: the volumes its set misses in this ingest.
    volume_note: str | None = None
    # A symbolic link found in a folder being taken in: its link record goes in, never what it points at.
    link: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The item as JSON, for a task message (the workdir stays on the host that made it)."""
        return {
            "path": str(self.path),
            "display": self.display,
            "name": self.name,
            "original_path": self.original_path,
            "source": self.source,
            "parent_id": self.parent_id,
            "path_in_parent": self.path_in_parent,
            "depth": self.depth,
            "root_id": self.root_id,
            "root_display": self.root_display,
            "root_size": self.root_size,
            "volumes": [volume.to_dict() for volume in self.volumes],
            "volume_note": self.volume_note,
            "link": self.link,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Item:
        volumes = tuple(cls.from_dict(volume) for volume in data.get("volumes", ()))
        return cls(**{**data, "path": Path(data["path"]), "volumes": volumes})


@dataclass
class Pending:
    """A file whose bytes are stored and which waits for its parser."""

    item: Item
    sha256: str
    size: int
    workdir: Path
    room: int | None = None  # what its top-level file's budget had left when it was sent to be parsed
    # The first volume of a split archive read with the others: every volume of its set, in order.
    volumes: tuple[VolumeFile, ...] = ()

    @property
    def set_size(self) -> int:
        """The bytes of the file, or of every volume of the split archive it is the first of."""
        return sum(volume.size for volume in self.volumes) if self.volumes else self.size

    def parse_task(self, blobs_path: Path) -> ParseTask:
        return ParseTask(path=blobs_path, name=self.item.name, workdir=self.workdir, room=self.room)


@dataclass
class Recorded:
    """What writing one file's extraction did: the document, its state, and what it held."""

    doc_id: str
    title: str
    status: str
    children: list[Item]
    failures: list[dict[str, str]]
    needs_ocr: bool
    root_id: str = ""
    # The top-level file's one line when its budget left parts of this file out: the line to add,
    # or to replace the earlier one with (its count includes every part left out so far).
    tree_failure: dict[str, str] | None = None


@dataclass
class AuditBatch:
    """What one intake transaction wrote, for its one audit entry: every document (with its file's
    SHA-256) and every custody row, however many files the transaction took in. The entry's seal
    binds the rows themselves (documents, pages, custody) into the chain, each by its digest.

    The new rows (new documents, every page, record and custody row) wait here and go in with one
    INSERT per table just before the entry, sealed from the values inserted (``audit.insert_sealed``)."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    custody: list[dict[str, Any]] = field(default_factory=list)
    new_rows: dict[type[Base], list[dict[str, Any]]] = field(
        default_factory=lambda: {Document: [], Page: [], Record: [], Custody: []}  # in the order they go in
    )

    def append(self, session: Session, options: IntakeOptions) -> None:
        """The rows, then the entry, in the caller's transaction: ``document.ingest`` when it wrote
        documents, ``custody.record`` when only new arrivals of known files; none when it wrote
        neither. Its target is the document when there is one, else it names none (the details
        list them)."""
        self.insert_rows(session)
        if not (self.documents or self.custody):
            return
        ids = {d["id"] for d in self.documents} | {c["document"] for c in self.custody}
        details: dict[str, Any] = {}
        if self.documents:
            details["documents"] = self.documents
        if self.custody:
            details["custody"] = self.custody
        audit.append(
            session,
            options.actor,
            "document.ingest" if self.documents else "custody.record",
            case_name=options.case,
            target=next(iter(ids)) if len(ids) == 1 else None,
            details=details,
        )

    def insert_rows(self, session: Session) -> None:
        for model, rows in self.new_rows.items():
            if not rows:
                continue
            if model is Record:  # not sealed
                session.connection().execute(insert(Record), rows)
            else:
                audit.insert_sealed(session, model, rows)
            rows.clear()

    def has_custody(self, doc_id: str, item: Item) -> bool:
        """Whether this batch already records the file's arrival by the item's source and path."""
        return any(
            c["document"] == doc_id and c["source"] == item.source and c["original_path"] == item.original_path
            for c in self.custody
        )


class FileIntake:
    """Each file's steps, the same whichever executor runs them: store its bytes, skip it when the
    case already has it, and write what its parser found in one transaction."""

    def __init__(self, store: Store, options: IntakeOptions, case_id: int) -> None:
        self.store = store
        self.options = options
        self.case_id = case_id
        self.limits = store.settings.limits

    def store_bytes(self, item: Item, durable: bool = True) -> tuple[str, int] | str:
        """Copy the file into the blob store: its SHA-256 and size, or why it cannot go in.
        ``durable=False``: not yet synced to disk (``BlobStore.sync`` does it for a whole batch,
        before the transaction that records the batch commits)."""
        try:
            if item.link:
                record = link_record(SYMBOLIC, os.readlink(os.fsencode(item.path)))
                return self.store.blobs.put_bytes(record, durable=durable)
            size = item.path.lstat().st_size  # a link now is refused by ``put_file``, never followed
            if size > self.limits.max_file_bytes:
                return f"file is {size} bytes, over the limit of {self.limits.max_file_bytes}"
            return self.store.blobs.put_file(item.path, durable=durable)
        except OSError as exc:
            return f"cannot read the file: {exc.strerror or exc}"

    def doc_id(self, sha256: str) -> str:
        return document_id(self.case_id, sha256)

    def ids_of(self, item: Item, sha256: str) -> tuple[str, ...]:
        """The documents writing the file reads: its own, and its top-level file's."""
        own = self.doc_id(sha256)
        return (own,) if item.root_id is None else (own, item.root_id)

    def took_meanwhile(self, item: Item, sha256: str) -> bool:
        """After ``record`` raised ``WrittenMeanwhile``, or an ``IntegrityError`` (two ingests
        inserting the same file's document at once, on the case's unique (case, SHA-256)): whether
        another ingest wrote the document meanwhile. Then its document stands, and this arrival is
        recorded as its custody, as for any duplicate; False: the error was another."""
        with self.store.db.transaction() as session:
            existing = _document(session, self.doc_id(sha256))
            if existing is None:
                return False
            entry = AuditBatch()
            self.add_custody(session, existing, item, entry)
            entry.append(session, self.options)
        return True

    def known(self, item: Item, sha256: str) -> bool:
        """Whether the case has this file already (then only its new custody is written)."""
        with self.store.db.transaction() as session:
            entry = AuditBatch()
            found = self.known_in(session, item, sha256, entry)
            entry.append(session, self.options)
        return found

    def known_in(self, session: Session, item: Item, sha256: str, entry: AuditBatch) -> bool:
        """``known`` inside the caller's transaction, its custody added to the caller's entry."""
        existing = _document(session, self.doc_id(sha256))
        if existing is not None and not _worth_extracting_again(existing):
            self.add_custody(session, existing, item, entry)
            return True
        return False

    def pending(
        self,
        item: Item,
        sha256: str,
        size: int,
        session: Session | None = None,
        lazy_workdir: bool = False,
        volumes: tuple[VolumeFile, ...] = (),
    ) -> Pending:
        """The file, ready for its parser. ``lazy_workdir``: its temporary folder is only named
        here; the parser makes it when the file has parts to write out (most files have none).
        ``volumes``: it is the first volume of a split archive, read with these (all of its set)."""
        pending = Pending(
            item=item,
            sha256=sha256,
            size=size,
            workdir=new_workdir(self.store.settings.tmp_dir, create=not lazy_workdir),
            volumes=volumes,
        )
        pending.room = self.room(item, sha256, pending.set_size, session)
        return pending

    def room(self, item: Item, sha256: str, size: int, session: Session | None = None) -> int:
        """What the budget of the file's top-level file has left for the file's own parts, so its
        parser stops writing members out where they could not be taken in anyway."""
        if session is None:
            with self.store.db.reading() as reading:
                return self.room(item, sha256, size, reading)
        doc_id = self.doc_id(sha256)
        root_id = item.root_id or doc_id
        root = _document(session, root_id)
        tree = _Tree.of(root)
        earlier = _Share.of(root if root_id == doc_id else _document(session, doc_id), root_id)
        limit = self.limits.tree_budget(item.root_size or size)
        if tree.closed(earlier, limit):
            return earlier.spent
        return max(0, limit - (tree.spent - earlier.spent))

    def extract_with(self, sandbox: Sandbox, pending: Pending) -> Future[Extracted]:
        return sandbox.submit(self._parse_task(pending))

    def extract_batch_with(self, sandbox: Sandbox, batch: list[Pending]) -> Future[list[Extracted]]:
        """The files parsed one after the other in one parser, their results in the same order; a
        large PDF alone is read in parts, by page ranges, by every parser at once."""
        tasks = [self._parse_task(p) for p in batch]
        parts = parts_for(tasks[0].path, batch[0].size, sandbox.workers) if len(batch) == 1 else 1
        if parts > 1:
            return sandbox.submit_in_parts(tasks[0], parts, functools.partial(join_parts, name=batch[0].item.name))
        return sandbox.submit_batch(tasks)

    def _parse_task(self, pending: Pending) -> ParseTask:
        """What the parser reads: the stored file; for the first volume of a split archive, a link to
        it beside links to the set's other volumes, named as the set names them."""
        if not pending.volumes:
            return pending.parse_task(self.store.blobs.path_for(pending.sha256))
        first = link_volumes(pending.volumes, pending.workdir / "volumes", self.store.blobs.path_for)
        return ParseTask(path=first, name=pending.item.name, workdir=pending.workdir, room=pending.room)

    def record(self, pending: Pending, extracted: Extracted) -> Recorded:
        """Write what the parser found, with custody and audit, in one transaction; return the
        children to take in next."""
        (recorded,) = self.record_all([(pending, extracted)])
        return recorded

    def record_all(
        self,
        written: list[tuple[Pending, Extracted]],
        also: Callable[[Session, list[Recorded]], None] | None = None,
    ) -> list[Recorded]:
        """``record`` for several files (the volumes of a split archive) in one transaction with one
        audit entry (``also`` adds the caller's own bookkeeping to that transaction)."""
        with self.store.db.transaction() as session:
            entry = AuditBatch()
            recorded = [self.write(session, pending, extracted, entry) for pending, extracted in written]
            entry.append(session, self.options)
            if also is not None:
                also(session, recorded)
        return recorded

    def write(self, session: Session, pending: Pending, extracted: Extracted, entry: AuditBatch) -> Recorded:
        """``record`` inside the caller's transaction: the document, its pages, rows and custody,
        named in the caller's audit entry (one entry for a whole batch of files)."""
        item = pending.item
        if pending.volumes:  # each volume read, with its hash and its own document
            extracted.metadata["volumes"] = volumes_meta(pending.volumes, self.doc_id)
        _fit_for_database(extracted)
        doc_id = self.doc_id(pending.sha256)
        failures: list[dict[str, str]] = []
        children = extracted.children if item.depth < self.limits.archive_max_depth else []
        if extracted.children and not children:
            failures.append(
                {"path": item.display, "error": f"archive nesting deeper than {self.limits.archive_max_depth} levels"}
            )
        root_id, root_display = item.root_id or doc_id, item.root_display or item.display
        root_size = item.root_size or pending.set_size
        if extracted.status == ERROR or DAMAGED in extracted.metadata:
            failures.append({"path": item.display, "error": extracted.error or "unreadable"})
        failures.extend(
            {"path": f"{item.display}!/{member}", "error": reason} for member, reason in extracted.child_errors
        )
        charge = _Charge(session, self.limits, doc_id, root_id, root_size, children, extracted)
        status = PARTIAL if (charge.admitted or charge.share.left_out) and extracted.status == OK else extracted.status
        title = self._write_document(session, doc_id, pending, extracted, status, charge, entry)
        entry.documents.append(
            {
                "id": doc_id,
                "sha256": pending.sha256,
                "file_name": item.name,
                "status": status,
                "parent_id": item.parent_id,
            }
        )
        child_items = [_child_item(pending, doc_id, c, root_id, root_display, root_size) for c in charge.admitted]
        tree_failure = None
        if charge.share.left_out:
            tree_failure = {"path": root_display, "error": charge.tree.line(self.limits, root_size)}
        recorded = Recorded(
            doc_id=doc_id,
            title=title,
            status=extracted.status,
            children=child_items,
            failures=failures,
            needs_ocr=extracted.status == NEEDS_OCR,
            root_id=root_id,
            tree_failure=tree_failure,
        )
        return recorded

    def complete(self, session: Session, parent_id: str) -> bool:
        """Mark an archive whose members are all in as complete; False when it already was, or when
        its budget left members out, its own or (it has a member still partial) its members'."""
        parent = session.get(Document, parent_id)
        if parent is None or parent.status != PARTIAL:
            return False
        if _Share.of(parent).left_out or session.scalar(
            select(exists().where(Document.parent_id == parent_id, Document.status == PARTIAL))
        ):
            return False
        parent.status = OK
        audit.append(session, self.options.actor, "document.complete", case_name=self.options.case, target=parent_id)
        return True

    def _write_document(
        self,
        session: Session,
        doc_id: str,
        pending: Pending,
        extracted: Extracted,
        status: str,
        charge: _Charge,
        entry: AuditBatch,
    ) -> str:
        """The file's document, its pages, rows and custody, written (inserted with the batch's
        entry when new); its title."""
        item = pending.item
        document = _document(session, doc_id)
        values: dict[str, Any] = {
            "file_name": item.name,
            "file_type": extracted.file_type,
            "title": (extracted.title or item.name)[:500],
            "language": extracted.language,
            "status": status,
            "error": extracted.error,
            "paginated": extracted.paginated,
            "meta": charge.own_meta(extracted.metadata),
            "parent_id": item.parent_id,
            "path_in_parent": item.path_in_parent if item.parent_id else None,
            "indexed_at": None,
            "analysis": ANALYSIS_SKIPPED if status == ERROR else ANALYSIS_PENDING,  # analysis finishes it
        }
        if document is None:
            entry.new_rows[Document].append(
                {"id": doc_id, "case_id": self.case_id, "sha256": pending.sha256, "size": pending.size}
                | values
                | {"created_at": utcnow()}
            )
            _absent(session).discard(doc_id)
            self.new_custody(doc_id, pending.sha256, pending.size, item, entry)
        elif not _worth_extracting_again(document):  # another ingest wrote it while this one parsed it
            raise WrittenMeanwhile(doc_id)
        else:  # an earlier run failed or stopped half-way: replace what it extracted
            session.execute(delete(Page).where(Page.document_id == doc_id))
            session.execute(delete(Record).where(Record.document_id == doc_id))
            for name, value in values.items():
                setattr(document, name, value)
            self.add_custody(session, document, item, entry)
        charge.write_root()
        entry.new_rows[Page].extend(
            {"document_id": doc_id, "number": n, "text": _clean(t)} for n, t in enumerate(extracted.pages, start=1)
        )
        entry.new_rows[Record].extend(
            {"document_id": doc_id, "sheet": r.sheet, "row_number": r.row_number, "values": r.values}
            for r in extracted.rows
        )
        return str(values["title"])

    def add_custody(self, session: Session, document: Document, item: Item, entry: AuditBatch) -> None:
        """A custody row for each new (source, path) a known file arrives by; nothing is overwritten."""
        if entry.has_custody(document.id, item) or self._has_custody(session, document, item):
            return
        document.indexed_at = None  # the new source is a search filter
        self.new_custody(document.id, document.sha256, document.size, item, entry)

    def new_custody(self, doc_id: str, sha256: str, size: int, item: Item, entry: AuditBatch) -> None:
        """The file's arrival by the item's source and path: a custody row, inserted with the entry."""
        entry.new_rows[Custody].append(
            {
                "document_id": doc_id,
                "source": item.source,
                "grade": self.options.grade,
                "collector": self.options.collector,
                "actor": self.options.actor,
                "received_at": utcnow(),
                "method": METHOD,
                "original_name": item.name,
                "original_path": item.original_path,
                "sha256": sha256,
                "size": size,
            }
        )
        entry.custody.append(
            {
                "document": doc_id,
                "source": item.source,
                "grade": self.options.grade,
                "original_path": item.original_path,
            }
        )

    def _has_custody(self, session: Session, document: Document, item: Item) -> bool:
        known = session.scalars(
            select(Custody.id).where(
                Custody.document_id == document.id,
                Custody.source == item.source,
                Custody.original_path == item.original_path,
            )
        ).first()
        return known is not None


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
        self._futures: dict[Future[list[Extracted]], list[Pending]] = {}  # a parser's batch of files
        self._parsing = 0  # files in those batches
        self._parsed_any = False
        self._ready: list[tuple[Pending, Extracted]] = []  # parsed, waiting to be written with their batch
        self._waiting_children: dict[str, int] = {}
        self._parent_of: dict[str, str | None] = {}
        self._in_flight: set[str] = set()
        self._late_custody: list[tuple[str, Item]] = []
        self._tree_lines: dict[str, dict[str, str]] = {}  # each top-level file's one budget line
        self._queue: deque[Item] = deque()
        self._workdir_users: dict[Path, int] = {}
        # Enough files in flight to keep every parser busy while a batch is written, few enough to
        # bound memory.
        self._max_in_flight = 64 * store.settings.workers
        try:
            with store.db.transaction() as session:
                self.case_id = ensure_case(session, options.case, options.actor).id
        except IntegrityError:  # another ingest made the case meanwhile: take theirs
            with store.db.transaction() as session:
                self.case_id = ensure_case(session, options.case, options.actor).id
        self.intake = FileIntake(store, options, self.case_id)

    def run(self, paths: list[Path]) -> IngestReport:
        remove_stale_workdirs(self.store.settings.tmp_dir)
        self.store.blobs.remove_stale_incoming()
        items = [item for path in paths for item in discover(path, self.options, self._fail)]
        self.progress.add_total(len(items))
        self._queue.extend(with_volume_sets(items))
        with Sandbox(self.store.settings.workers, self.limits) as sandbox:
            self.sandbox = sandbox
            while self._queue or self._futures or self._ready:
                starting = self._parsers_starting()
                if self._queue and (starting or self._parsing <= self._max_in_flight // 2):
                    self._admit(self._max_in_flight if starting else self._max_in_flight - self._parsing)
                if self._futures:
                    done, _ = wait(self._futures, timeout=0 if starting else None, return_when=FIRST_COMPLETED)
                    self._parsed_any = self._parsed_any or bool(done)
                    for future in done:
                        batch = self._futures.pop(future)
                        self._parsing -= len(batch)
                        self._ready.extend(zip(batch, future.result(), strict=True))
                if self._ready and (not self._futures or self._batch_full()):
                    self._record_batch()
        self._record_late_custody()
        return self.report

    def _parsers_starting(self) -> bool:
        """Nothing parsed yet (the parsers are starting): meanwhile more files are stored and queued
        for them, up to ``STARTING_IN_FLIGHT``, rather than the main process waiting idle."""
        return not self._parsed_any and bool(self._queue) and self._parsing < STARTING_IN_FLIGHT

    # -- files in, a batch at a time -------------------------------------------------

    def _admit(self, room: int) -> None:
        """Store the bytes of the next files in the queue (synced later, with their batch), then in
        one transaction skip each that the case already has (its new custody recorded) and send
        the others to be parsed."""
        stored: list[StoredFile] = []
        while self._queue and len(stored) < room:
            stored.extend(self._store(self._queue.popleft()))
        duplicates: list[Item] = []
        to_parse: list[Pending] = []
        with self.store.db.transaction() as session:
            prefetch(session, [i for one in stored for i in self.intake.ids_of(one.item, one.sha256)])
            entry = AuditBatch()
            for one in stored:
                item, sha = one.item, one.sha256
                doc_id = self.intake.doc_id(sha)
                if doc_id in self._in_flight:  # the same bytes twice in one run
                    self._late_custody.append((doc_id, item))
                    duplicates.append(item)
                elif self.intake.known_in(session, item, sha, entry):
                    duplicates.append(item)
                else:
                    self._in_flight.add(doc_id)
                    pending = self.intake.pending(item, sha, one.size, session, lazy_workdir=True, volumes=one.volumes)
                    if one.made is None:
                        to_parse.append(pending)
                    else:  # nothing to parse: written with the next batch
                        self._ready.append((pending, one.made))
            entry.append(session, self.options)
        for item in duplicates:  # after the commit: finishing an archive writes in a transaction of its own
            self.report.duplicates += 1
            self.progress.advance(item.display)
            self._item_done(item)
        for batch in parse_batches(to_parse, self.store.settings.workers):
            self._futures[self.intake.extract_batch_with(self.sandbox, batch)] = batch
            self._parsing += len(batch)

    def _store(self, item: Item) -> list[StoredFile]:
        """Store the item's bytes, and those of the volumes it carries (synced later, with their
        batch); each file that cannot be stored gets its failure line."""
        stored = []
        for one in (item, *item.volumes):
            try:
                result = self.intake.store_bytes(one, durable=False)
            finally:
                self._release_workdir(one.workdir)
            if isinstance(result, str):
                self._fail(one.display, result)
                self._item_done(one)
            else:
                stored.append(StoredFile(one, *result))
        return as_read(item, stored, self.intake.doc_id)

    def _batch_full(self) -> bool:
        """Enough files waiting to be written, or enough of their bytes and text held in memory."""
        if len(self._ready) >= BATCH_FILES:
            return True
        return sum(p.size + sum(map(len, x.pages)) for p, x in self._ready) >= BATCH_BYTES

    def _record_batch(self) -> None:
        """Write what the parsers found for a batch of files in one transaction with one audit
        entry, once their bytes are synced to disk. When the transaction fails (another ingest wrote
        one of the files meanwhile, or one file's values do not fit), each file is written on its
        own instead, so one file's trouble is its own failure line and the rest go in."""
        batch, self._ready = self._ready[:BATCH_FILES], self._ready[BATCH_FILES:]
        self.store.blobs.sync()
        try:
            with self.store.db.transaction() as session:
                prefetch(session, [i for p, _ in batch for i in self.intake.ids_of(p.item, p.sha256)], lock=True)
                entry = AuditBatch()
                recorded = [self.intake.write(session, pending, extracted, entry) for pending, extracted in batch]
                entry.append(session, self.options)
        except (SQLAlchemyError, WrittenMeanwhile):
            for pending, extracted in batch:
                self._record(pending, extracted)
            return
        for (pending, _extracted), written in zip(batch, recorded, strict=True):
            self._recorded(pending, written)

    def _record(self, pending: Pending, extracted: Extracted) -> None:
        """Write what the parser found for one file, in a transaction of its own."""
        item = pending.item
        try:
            recorded = self.intake.record(pending, extracted)
        except (IntegrityError, WrittenMeanwhile):
            if not self.intake.took_meanwhile(item, pending.sha256):
                raise
            # Another ingest wrote the same file meanwhile: it is theirs, this one is a duplicate.
            self.report.duplicates += 1
            self.progress.advance(item.display)
            doc_id = self.intake.doc_id(pending.sha256)
            self._parent_of[doc_id] = item.parent_id
            return self._take_children(doc_id, [], pending.workdir)
        self._recorded(pending, recorded)

    def _recorded(self, pending: Pending, recorded: Recorded) -> None:
        """Report a file written, then take in its children."""
        item = pending.item
        self.progress.advance(item.display)
        self.report.failed.extend(recorded.failures)
        if recorded.tree_failure is not None:
            line = self._tree_lines.get(recorded.root_id)
            if line is None:
                self._tree_lines[recorded.root_id] = line = dict(recorded.tree_failure)
                self.report.failed.append(line)
            line["error"] = recorded.tree_failure["error"]  # the count so far
        if recorded.needs_ocr:
            self.report.needs_ocr.append(item.display)
        if recorded.status != ERROR:
            self.report.new.append(
                {"id": recorded.doc_id, "sha256": pending.sha256, "title": recorded.title, "path": item.display}
            )
        self._parent_of[recorded.doc_id] = item.parent_id
        self._take_children(recorded.doc_id, recorded.children, pending.workdir)

    def _take_children(self, doc_id: str, children: list[Item], workdir: Path) -> None:
        self._waiting_children[doc_id] = len(children)
        self.progress.add_total(len(children))
        # Members go to the front of the queue, so a partial archive is finished before new files
        # start; the workdir goes once its last member has been copied into the blob store.
        self._workdir_users[workdir] = len(children)
        self._queue.extendleft(reversed(with_volume_sets(children)))
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
        if not self._late_custody:
            return
        with self.store.db.transaction() as session:
            entry = AuditBatch()
            for doc_id, item in self._late_custody:
                document = session.get(Document, doc_id)
                if document is not None:
                    self.intake.add_custody(session, document, item, entry)
            entry.append(session, self.options)

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


@dataclass
class StoredFile:
    """A file whose bytes are stored, with what its place in a split archive makes of it."""

    item: Item
    sha256: str
    size: int
    volumes: tuple[VolumeFile, ...] = ()  # the first volume of a set read together: every volume
    made: Extracted | None = None  # what needs no parser: a later volume of such a set, or one not read

    def volume(self) -> VolumeFile:
        return VolumeFile(self.item.name, required_volume_name(self.item.name).number, self.sha256, self.size)

    def cannot_be_read(self, note: str) -> StoredFile:
        """A volume whose set is not all here: stored, and a document in the error state saying why."""
        made = Extracted(file_type=archive_kind(self.item.name), title=self.item.name, status=ERROR, error=note)
        return replace(self, made=made)


def as_read(item: Item, stored: list[StoredFile], doc_id: Callable[[str], str]) -> list[StoredFile]:
    """The stored files of an item (itself, and the volumes it carries, less those that could not
    be stored), as they are to be read: a volume of an incomplete set not at all, the volumes of a
    complete one together (``_read_together``), any other file on its own."""
    if item.volume_note is not None:
        return [one.cannot_be_read(item.volume_note) for one in stored]
    if item.volumes:
        return _read_together(stored, [one.name for one in (item, *item.volumes)], doc_id)
    return stored


def _read_together(stored: list[StoredFile], names: list[str], doc_id: Callable[[str], str]) -> list[StoredFile]:
    """The volumes of a split archive (``names``, in order), all here: the first is parsed with the
    others as one archive, and each later one becomes a document of its own, linked to the first.
    When one could not be stored (its own failure line says why), none is read: each says which."""
    missing = names_missing(names, (one.item.name for one in stored))
    if missing:
        return [
            one.cannot_be_read(
                missing_note(required_volume_name(one.item.name), missing, "could not be taken in (see the line)")
            )
            for one in stored
        ]
    volumes = tuple(one.volume() for one in stored)
    first, first_id = volumes[0], doc_id(volumes[0].sha256)
    together = [replace(stored[0], volumes=volumes)]
    for position, one in enumerate(stored[1:], start=2):
        made = Extracted(
            file_type=archive_kind(first.name),
            title=one.item.name,
            pages=[later_volume_text(position, len(volumes), first, first_id)],
            metadata={"volume_of": first.link_meta(first_id, position)},
        )
        together.append(replace(one, made=made))
    return together


def with_volume_sets(items: list[Item]) -> list[Item]:
    """The items with the volumes of each split archive among them found together (volumes of one
    set sit in one folder, or one container): a set whose volumes are all here becomes its first
    volume, carrying the others to be read with it; each volume of a set that misses some carries
    why it cannot be read. Everything else is left as it is, in its order."""
    return gather_sets(
        items,
        lambda item: item.name,
        _place_of,
        lambda first, later: replace(first, volumes=later),
        lambda item, note: replace(item, volume_note=note),
    )


def _place_of(item: Item) -> tuple[str | None, str]:
    """Where a file sits: its container, and its folder there (or on disk)."""
    return item.parent_id, item.original_path.replace("\\", "/").rpartition("/")[0]


@dataclass
class _Share:
    """What one container's own parts took of its top-level file's budget (on its document)."""

    root: str = ""
    parts: int = 0
    spent: int = 0
    left_out: int = 0
    uncounted: int = 0  # 1 when left_out is a lower bound (a TAR's members past the cut)

    @classmethod
    def of(cls, document: Document | None, root_id: str | None = None) -> _Share:
        """The share an earlier run recorded (of ``root_id``'s budget, when given)."""
        value = (document.meta or {}).get(SHARE) if document is not None else None
        if not isinstance(value, dict) or (root_id is not None and value.get("root") != root_id):
            return cls()
        return cls(
            root=str(value.get("root", "")),
            parts=int(value.get("parts", 0)),
            spent=int(value.get("bytes", 0)),
            left_out=int(value.get("not_taken_in", 0)),
            uncounted=int(value.get("uncounted", 0)),
        )

    def as_meta(self) -> dict[str, Any]:
        return {
            "root": self.root,
            "parts": self.parts,
            "bytes": self.spent,
            "not_taken_in": self.left_out,
            "uncounted": self.uncounted,
        }


@dataclass
class _Tree:
    """A top-level file's budget and what every part nested in it took (on its document)."""

    limit: int = 0
    spent: int = 0
    left_out: int = 0
    uncounted: int = 0  # containers whose count of parts left out is a lower bound
    cut_at: int = 0  # the budget when parts were last left out

    @classmethod
    def of(cls, document: Document | None) -> _Tree:
        value = (document.meta or {}).get(TREE) if document is not None else None
        if not isinstance(value, dict):
            return cls()
        return cls(
            limit=int(value.get("limit", 0)),
            spent=int(value.get("bytes", 0)),
            left_out=int(value.get("not_taken_in", 0)),
            uncounted=int(value.get("uncounted", 0)),
            cut_at=int(value.get("cut_at", 0)),
        )

    def as_meta(self) -> dict[str, Any]:
        return {
            "limit": self.limit,
            "bytes": self.spent,
            "not_taken_in": self.left_out,
            "uncounted": self.uncounted,
            "cut_at": self.cut_at,
        }

    def closed(self, earlier: _Share, limit: int) -> bool:
        """Whether this same budget has already left parts out elsewhere in the tree: then a
        container takes in nothing new, only what it took in before (when the ingest runs again).
        So once a fan-out has spent the budget, its small archives cannot go on filling the rest."""
        return self.left_out - earlier.left_out > 0 and self.cut_at == limit

    def line(self, limits: IngestLimits, root_size: int) -> str:
        """The top-level file's one failure line: the limit, and how many parts were left out."""
        by_ratio = int(limits.tree_max_ratio * root_size)
        if self.limit >= limits.tree_max_bytes:
            rule = f"tree_max_bytes, {limits.tree_max_bytes} bytes"
        elif by_ratio >= limits.tree_allowance_bytes:
            rule = f"tree_max_ratio, {limits.tree_max_ratio:g} times the file's {root_size} bytes = {by_ratio} bytes"
        else:
            rule = f"tree_allowance_bytes, {limits.tree_allowance_bytes} bytes"
        count = f"at least {self.left_out}" if self.uncounted else str(self.left_out)
        return (
            f"{count} nested parts not taken in (nor anything inside them): the archives and attachments "
            f"in this file expand past its budget ({rule}; zip bomb?)"
        )


class _Charge:
    """One container's parts charged to its top-level file's budget, in its document's transaction:
    the top-level document is locked, this container's share from an earlier run is given back,
    and its members are taken in order while they fit; the rest are left out and counted."""

    def __init__(
        self,
        session: Session,
        limits: IngestLimits,
        doc_id: str,
        root_id: str,
        root_size: int,
        children: list[ChildFile],
        extracted: Extracted,
    ) -> None:
        self.session, self.doc_id, self.root_id = session, doc_id, root_id
        # The top-level document is locked before any container's own row is written, by every
        # writer, so they take turns on the budget (a plain read locks nothing).
        own = _document(session, doc_id, lock=root_id == doc_id)
        earlier = _Share.of(own, root_id)
        self.admitted: list[ChildFile] = []
        self.share = _Share(root=root_id)
        self.tree = _Tree()
        self.touched = bool(children or extracted.not_expanded or earlier.spent or earlier.left_out)
        if not self.touched:
            return
        root = own if root_id == doc_id else _document(session, root_id, lock=True)
        tree = _Tree.of(root)
        spent = max(0, tree.spent - earlier.spent)
        limit = limits.tree_budget(root_size)
        for child in children[: earlier.parts] if tree.closed(earlier, limit) else children:
            size = _size(child)
            if spent + size > limit:
                break
            spent += size
            self.admitted.append(child)
        self.share.parts = len(self.admitted)
        self.share.spent = sum(_size(c) for c in self.admitted)
        self.share.left_out = len(children) - len(self.admitted) + extracted.not_expanded
        self.share.uncounted = int(not extracted.not_expanded_exact)
        if self.share.uncounted and earlier.parts == self.share.parts and earlier.left_out >= self.share.left_out:
            # The same file, the same members in: an earlier run that read further counted better.
            self.share.left_out, self.share.uncounted = earlier.left_out, earlier.uncounted
        self.tree = _Tree(
            limit=limit,
            spent=spent,
            left_out=tree.left_out - earlier.left_out + self.share.left_out,
            uncounted=tree.uncounted - earlier.uncounted + self.share.uncounted,
            cut_at=limit if self.share.left_out else tree.cut_at,
        )

    def own_meta(self, meta: dict[str, Any]) -> dict[str, Any]:
        """The container's metadata with its share on it (and the total, when it is the top-level
        file itself)."""
        if not self.touched:
            return meta
        if self.share.parts or self.share.left_out:
            meta = {**meta, SHARE: self.share.as_meta()}
        if self.root_id == self.doc_id:
            meta = {**meta, TREE: self.tree.as_meta()}
        return meta

    def write_root(self) -> None:
        """Put the total on the top-level file's document, when it is another one."""
        if not self.touched or self.root_id == self.doc_id:
            return
        root = self.session.get(Document, self.root_id)
        if root is not None:
            root.meta = {**(root.meta or {}), TREE: self.tree.as_meta()}


def parse_batches(files: list[Pending], workers: int) -> list[list[Pending]]:
    """The files in batches for the parsers, in their order: up to ``PARSE_BATCH_FILES`` small
    files each, fewer when there are few files (every parser gets a share), a large file alone."""
    per_batch = max(1, min(PARSE_BATCH_FILES, -(-len(files) // max(1, workers))))
    batches: list[list[Pending]] = []
    current: list[Pending] = []
    for pending in files:
        if pending.size > PARSE_BATCH_FILE_BYTES:
            batches.append([pending])
            continue
        current.append(pending)
        if len(current) == per_batch:
            batches.append(current)
            current = []
    if current:
        batches.append(current)
    return batches


def prefetch(session: Session, doc_ids: Collection[str], lock: bool = False) -> None:
    """Load a batch's documents in one query (``lock``: locked, on PostgreSQL, in the order of their
    ids, so two ingests take their locks in the same order); ``_document`` then finds those that
    exist without a query, and knows the rest are absent."""
    ids = sorted(set(doc_ids))
    found: set[str] = set()
    for start in range(0, len(ids), PREFETCH_IDS):
        query = select(Document).where(Document.id.in_(ids[start : start + PREFETCH_IDS])).order_by(Document.id)
        found.update(d.id for d in session.scalars(query.with_for_update() if lock else query))
    _absent(session).update(set(ids) - found)


def _absent(session: Session) -> set[str]:
    absent: set[str] = session.info.setdefault(_ABSENT, set())
    return absent


def _document(session: Session, doc_id: str, lock: bool = False) -> Document | None:
    """A document by id (locked for the rest of the transaction with ``lock``); None, without a
    query, when ``prefetch`` found it absent in this transaction."""
    if doc_id in _absent(session):
        return None
    return session.get(Document, doc_id, with_for_update=True if lock else None)


def _child_item(
    pending: Pending, doc_id: str, child: ChildFile, root_id: str, root_display: str, root_size: int
) -> Item:
    """An archive member or attachment, to take in after its container."""
    item = pending.item
    return Item(
        path=Path(child.path),
        display=f"{item.display}!/{child.name}",
        name=Path(child.name).name,
        original_path=f"{item.original_path}!/{child.name}",
        source=item.source,
        parent_id=doc_id,
        path_in_parent=child.name,
        depth=item.depth + 1,
        workdir=pending.workdir,
        root_id=root_id,
        root_display=root_display,
        root_size=root_size,
    )


def _size(child: ChildFile) -> int:
    try:
        return os.stat(child.path).st_size
    except OSError:
        return 0  # taken in, to fail with its reason when its bytes are stored


def discover(path: Path, options: IntakeOptions, fail: Callable[[str, str], None]) -> list[Item]:
    """The files under ``path`` (itself when it is a file), in a stable order. ``path`` is taken
    as given, even when it is a symbolic link; a symbolic link found under it is an item of its
    own (``Item.link``), never followed, and a device, FIFO or socket there is a failure line."""
    source = options.source or _readable(path.name or str(path))
    if not path.exists():
        fail(_readable(str(path)), "no such file or folder")
        return []
    if path.is_file():
        found = [(path, False)]
    elif path.is_dir():
        found = _walk(path, fail)
    else:
        fail(_readable(str(path)), special_reason(path.stat().st_mode, "file"))
        return []
    given = dict(options.given_paths)
    items = []
    for f, link in found:
        # A link's own place, not its target's: only the folders above it are resolved.
        here = str(f.parent.resolve() / f.name if link else f.resolve())
        original = given.get(here) or here
        name = original.replace("\\", "/").rsplit("/", 1)[-1] if here in given else f.name
        items.append(
            Item(
                # A file given by name is read at its real place (a link given is followed here,
                # once); a file found in a folder only where it was found (see ``put_file``).
                path=Path(here) if f == path else f,
                display=_readable(str(f)),
                name=_readable(name) or "upload",
                original_path=_readable(original),
                source=source,
                link=link,
            )
        )
    return items


def _walk(folder: Path, fail: Callable[[str, str], None]) -> list[tuple[Path, bool]]:
    """The files and symbolic links under a folder, sorted, each with whether it is a link. The
    walk never follows a link, nor opens anything: a device, FIFO or socket, or a folder that
    cannot be listed, is a failure line."""
    found: list[tuple[Path, bool]] = []
    for top, folders, files in os.walk(folder, onerror=lambda exc: _walk_failed(exc, fail)):
        for name in folders + files:  # a link to a folder is listed among the folders, not entered
            entry = Path(top, name)
            try:
                mode = entry.lstat().st_mode
            except OSError as exc:
                fail(_readable(str(entry)), f"cannot read the file: {exc.strerror or exc}")
                continue
            if stat.S_ISLNK(mode) or stat.S_ISREG(mode):
                found.append((entry, stat.S_ISLNK(mode)))
            elif not stat.S_ISDIR(mode):
                fail(_readable(str(entry)), special_reason(mode, "file"))
    return sorted(found)


def _walk_failed(exc: OSError, fail: Callable[[str, str], None]) -> None:
    fail(_readable(str(exc.filename)), f"cannot read the folder: {exc.strerror or exc}")


def _worth_extracting_again(document: Document) -> bool:
    """A failed or unfinished document is extracted again; so is an image or a PDF that waited for
    OCR, once Tesseract is installed."""
    if document.status in (ERROR, PARTIAL):
        return True
    return document.status == NEEDS_OCR and document.file_type in ("image", "pdf") and bool(installed_languages())


def new_workdir(tmp_dir: Path, create: bool = True) -> Path:
    """A temporary folder named by host and process, so a later run can tell it was abandoned
    (``create=False``: named only, for the parser to make when it needs it)."""
    workdir = tmp_dir / f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex}"
    if create:
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
