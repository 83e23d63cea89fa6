"""Intake: files into a case (then analysis and the index), and uploads running in the background."""

from __future__ import annotations

import getpass
import json
import re
import shutil
import threading
import time
import uuid
from pathlib import Path
from typing import NotRequired, TypedDict, cast

from habeas.config import DEFAULT_CASE
from habeas.errors import NotFound
from habeas.ingest.pipeline import GRADES as GRADES  # re-exported: the source grades an upload may carry
from habeas.ingest.pipeline import Ingestion, IngestReport
from habeas.ingest.pipeline import IntakeOptions as IntakeOptions  # re-exported: what an ingest is told
from habeas.progress import Progress
from habeas.search.sync import sync_index
from habeas.services import Caller
from habeas.services.cases import check_case_to_write
from habeas.services.guard import guarded
from habeas.store.models import ANALYSIS_PENDING
from habeas.store.store import Store


class UploadedDocument(TypedDict):
    """A document an upload took in."""

    id: str
    title: str


class UploadFailure(TypedDict):
    """A file of an upload that could not be taken in, and why."""

    path: str
    error: str


class UploadStatus(TypedDict):
    """An upload's progress and outcome (``GET /api/uploads/{id}``); a queued upload's also names
    its case, says it is ``queued`` and when it was made."""

    id: str
    case: NotRequired[str]
    queued: NotRequired[bool]
    state: str
    total: int
    done: int
    current: str
    files: list[str]
    created_at: NotRequired[str]
    error: str | None
    new: list[UploadedDocument]
    duplicates: int
    failed: list[UploadFailure]
    needs_ocr: list[str]


def default_collector() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@guarded("upload")
def ingest(
    ctx: Caller, paths: list[Path], options: IntakeOptions, progress: Progress | None = None, analyse: bool = True
) -> IngestReport:
    """Take files and folders into a case, analyse them, then make them searchable.

    Each new document is written with its analysis ``pending``; analysis then finishes every
    pending document of the store, so the ones an earlier, killed run left behind are finished too.
    ``analyse=False`` stores and indexes only: the documents stay ``pending`` for ``habeas analyse
    --pending`` (or the next ingest)."""
    check_case_to_write(ctx, options.case, "upload")
    report = Ingestion(ctx.store, options, progress).run(paths)
    try:
        if analyse:  # who, what, where, when (and then the index): see habeas.services.analysis
            from habeas.services.analysis import analyse as analyse_documents

            analyse_documents(ctx, None, states=[ANALYSIS_PENDING])
    finally:
        sync_index(ctx.store)  # searchable even when analysis fails
    return report


def default_intake(
    case: str | None, source: str | None, grade: str | None, collector: str | None, actor: str
) -> IntakeOptions:
    return IntakeOptions(
        case=case or DEFAULT_CASE,
        source=source,
        grade=(grade or "F").upper(),
        collector=collector or default_collector(),
        actor=actor,
    )


class IngestJob:
    """An ingest running in a thread; its progress can be read at any time while it runs."""

    def __init__(self, owner: str, files: list[str], status_dir: Path | None = None) -> None:
        self.id = uuid.uuid4().hex
        self.status_dir = status_dir
        self._saved_at = 0.0
        self.owner = owner
        self.files = files
        self.total = 0
        self.done = 0
        self.current = ""
        self.state = "queued"  # queued, running, finished, failed
        self.error: str | None = None
        self.report: IngestReport | None = None
        self._lock = threading.Lock()

    def add_total(self, n: int) -> None:
        with self._lock:
            self.total += n

    def advance(self, label: str) -> None:
        with self._lock:
            self.done += 1
            self.current = label
        if time.monotonic() - self._saved_at > 0.25:
            self.save()

    def save(self) -> None:
        """Write the status where every server process can read it (an upload's progress may be
        asked of another worker than the one that took the files)."""
        if self.status_dir is None:
            return
        self._saved_at = time.monotonic()
        self.status_dir.mkdir(parents=True, exist_ok=True)
        path = self.status_dir / f"{self.id}.json"
        partial = path.with_suffix(".part")
        partial.write_text(json.dumps({"owner": self.owner, "status": self.status()}))
        partial.replace(path)

    def status(self) -> UploadStatus:
        with self._lock:
            report = self.report
            return {
                "id": self.id,
                "state": self.state,
                "total": self.total,
                "done": self.done,
                "current": Path(self.current).name if self.current else "",
                "files": self.files,
                "error": self.error,
                "new": [{"id": d["id"], "title": d["title"]} for d in report.new] if report else [],
                "duplicates": report.duplicates if report else 0,
                "failed": [{"path": _upload_label(f["path"]), "error": f["error"]} for f in report.failed]
                if report
                else [],
                "needs_ocr": [_upload_label(p) for p in report.needs_ocr] if report else [],
            }


_jobs: dict[str, IngestJob] = {}


_jobs_lock = threading.Lock()


_UPLOAD_PREFIX = "upload-"
MAX_CLIENT_PATH = 1000  # characters of a sender's file path kept


def _upload_label(path: str) -> str:
    """A path inside an upload folder as the user knows it: the file name (and archive member)."""
    marker = path.find(_UPLOAD_PREFIX)
    if marker < 0:
        return path
    rest = path[marker:].split("/", 1)
    return rest[1] if len(rest) == 2 else path


def safe_upload_name(name: str) -> str:
    """An uploaded file's name reduced to one harmless path component."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].replace("\x00", "").strip()
    return base if base not in ("", ".", "..") else "upload"


def client_path(name: str) -> str:
    """An uploaded file's name and folder as the sender gave them (a browser's relative path), made
    printable and bounded, for its custody record's original path. Never used as a path here."""
    printable = "".join(c if c.isprintable() else "\ufffd" for c in name.replace("\\", "/")).strip()
    return printable[:MAX_CLIENT_PATH] or "upload"


def new_upload_folder(ctx: Caller) -> Path:
    folder = ctx.store.settings.tmp_dir / f"{_UPLOAD_PREFIX}{uuid.uuid4().hex}"
    folder.mkdir(parents=True)
    return folder


class QueuedIngestJob:
    """An upload handed to the queue's workers (``HABEAS_BROKER_URL`` set): its progress is the batch's."""

    def __init__(self, store: Store, batch_id: str) -> None:
        self.store = store
        self.id = batch_id

    def status(self) -> UploadStatus:
        return queued_upload_status(Caller(self.store), self.id)[1]


def queued_upload_status(ctx: Caller, batch_id: str) -> tuple[str, UploadStatus]:
    """A queued upload's owner and its status in the shape of ``IngestJob.status``."""
    from habeas.services.jobs import batch_owner, batch_status

    owner = batch_owner(ctx, batch_id)
    batch = batch_status(Caller(ctx.store, owner), batch_id)  # read as the person who queued it
    status: UploadStatus = {  # the batch's keys, in its order, with these three re-shaped
        **batch,
        "failed": [{"path": _upload_label(f["path"]), "error": f["error"]} for f in batch["failed"]],
        "needs_ocr": [_upload_label(p) for p in batch["needs_ocr"]],
        "new": [{"id": d["id"], "title": d["title"]} for d in batch["new"]],
    }
    return owner, status


@guarded("upload")
def start_ingest_job(ctx: Caller, folder: Path, options: IntakeOptions) -> IngestJob | QueuedIngestJob:
    """Ingest every file in ``folder`` (an upload) in a background thread, then remove the folder;
    with a broker configured, hand the files to the workers instead."""
    check_case_to_write(ctx, options.case, "upload")
    files = sorted(p.name for p in folder.iterdir())
    if ctx.store.settings.queue.broker_url:
        from habeas.services.jobs import enqueue

        try:
            return QueuedIngestJob(ctx.store, enqueue(ctx, sorted(folder.iterdir()), options, files))
        finally:
            shutil.rmtree(folder, ignore_errors=True)  # the bytes are in the blob ctx.store now
    job = IngestJob(options.actor, files, ctx.store.settings.tmp_dir / "jobs")
    job.save()

    def work() -> None:
        job.state = "running"
        try:
            job.report = ingest(ctx, sorted(folder.iterdir()), options, job)
            job.state = "finished"
        except Exception as exc:  # reported to the user, never swallowed
            job.error = f"{type(exc).__name__}: {exc}"
            job.state = "failed"
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            job.save()

    with _jobs_lock:
        _jobs[job.id] = job
    threading.Thread(target=work, name=f"ingest-{job.id[:8]}", daemon=True).start()
    return job


def ingest_job(ctx: Caller, job_id: str) -> tuple[str, UploadStatus]:
    """An upload's owner and status, from this process or from the file another one keeps."""
    with _jobs_lock:
        job = _jobs.get(job_id)
    if job is not None:
        return job.owner, job.status()
    if re.fullmatch(r"[0-9a-f]{32}", job_id):
        try:
            saved = json.loads((ctx.store.settings.tmp_dir / "jobs" / f"{job_id}.json").read_text())
            return str(saved["owner"]), cast(UploadStatus, dict(saved["status"]))
        except (OSError, ValueError, KeyError):
            pass
        if ctx.store.settings.queue.broker_url:
            return queued_upload_status(ctx, job_id)
    raise NotFound(f"no upload {job_id!r}")
