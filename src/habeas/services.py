"""The operations a user performs. The CLI and the web app call these and nothing below them."""

from __future__ import annotations

import getpass
import json
import re
import shutil
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from habeas.analyse.tables import ENTITY_TYPES, entity_type_named
from habeas.config import DEFAULT_CASE, LOCAL_OWNER, Settings
from habeas.errors import NotFound
from habeas.ingest.pipeline import Ingestion, IngestReport, IntakeOptions, Progress
from habeas.protect import access
from habeas.protect.access import OPERATIONS, ROLES, guarded
from habeas.search.index import SearchFilters, SearchHit, parse_date_bound
from habeas.search.sync import catch_up, rebuild, sync_index
from habeas.store import audit
from habeas.store.models import AuditEntry, Case, Custody, Document, Page, User
from habeas.store.store import Store, ensure_case, get_case


def open_store(settings: Settings) -> Store:
    return Store(settings)


def default_collector() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


# -- cases ---------------------------------------------------------------------


@guarded("case.create")
def create_case(store: Store, name: str, actor: str) -> dict[str, Any]:
    with store.db.transaction() as session:
        if get_case(session, name) is not None:
            raise ValueError(f"a case called {name!r} already exists")
        case = ensure_case(session, name, actor)
        return _case_dict(session, case)


@guarded("read")
def list_cases(store: Store, *, actor: str = LOCAL_OWNER) -> list[dict[str, Any]]:
    with store.db.reading() as session:
        return [_case_dict(session, c) for c in session.scalars(select(Case).order_by(Case.name))]


def _case_dict(session: Session, case: Case) -> dict[str, Any]:
    count = session.scalar(select(func.count()).select_from(Document).where(Document.case_id == case.id))
    return {"name": case.name, "created_at": case.created_at.isoformat(), "created_by": case.created_by,
            "documents": count or 0}


# -- intake --------------------------------------------------------------------


@guarded("upload")
def ingest(store: Store, paths: list[Path], options: IntakeOptions,
           progress: Progress | None = None) -> IngestReport:
    """Take files and folders into a case, then make them searchable."""
    report = Ingestion(store, options, progress).run(paths)
    try:
        if report.new:  # who, what, where, when (and then the index): see habeas.analysis_services
            from habeas.analysis_services import analyse

            analyse(store, [d["id"] for d in report.new], options.actor)
    finally:
        sync_index(store)  # searchable even when analysis fails
    return report


# -- search --------------------------------------------------------------------


@guarded("analyse")
def reindex(store: Store, actor: str) -> int:
    """Throw the index away and rebuild it from the database."""
    with store.db.transaction() as session:
        audit.append(session, actor, "index.rebuild")
    return rebuild(store)


def search_filters(case: str | None = None, sources: Sequence[str] = (), languages: Sequence[str] = (),
                   file_types: Sequence[str] = (), entity_types: Sequence[str] = (), date_from: str | None = None,
                   date_to: str | None = None) -> SearchFilters:
    """Search filters as the CLI and the web take them, checked: entity types by name or label
    ("organisation", "public body"), dates as YYYY, YYYY-MM or YYYY-MM-DD."""
    types = []
    for given in entity_types:
        wanted = entity_type_named(given)
        if wanted not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {given!r}; one of: {', '.join(ENTITY_TYPES)}")
        types.append(wanted)
    return SearchFilters(case=case or None, sources=list(sources), languages=list(languages),
                         file_types=list(file_types), entity_types=types,
                         date_from=parse_date_bound(date_from) if date_from else None,
                         date_to=parse_date_bound(date_to) if date_to else None)


@guarded("read")
def search(store: Store, query: str, filters: SearchFilters, limit: int = 10,
           offset: int = 0, *, actor: str = LOCAL_OWNER) -> tuple[int, list[SearchHit]]:
    catch_up(store)
    return store.index.search(query, filters, limit=limit, offset=offset)


@guarded("read")
def search_all(store: Store, query: str, filters: SearchFilters,
               *, actor: str = LOCAL_OWNER) -> tuple[int, Iterator[SearchHit]]:
    """The total and every hit, streamed in batches."""
    catch_up(store)
    return store.index.count(query, filters), store.index.iter_search(query, filters)


# -- documents -----------------------------------------------------------------


@guarded("read")
def list_documents(store: Store, case: str | None = None, status: str | None = None,
                   *, actor: str = LOCAL_OWNER) -> list[dict[str, Any]]:
    with store.db.reading() as session:
        query = select(Document, Case.name).join(Case, Case.id == Document.case_id).order_by(Document.created_at)
        if case:
            query = query.where(Case.name == case)
        if status:
            query = query.where(Document.status == status)
        return [_document_summary(d, case_name) for d, case_name in session.execute(query)]


def _document_summary(document: Document, case_name: str) -> dict[str, Any]:
    return {"id": document.id, "case": case_name, "title": document.title, "file_name": document.file_name,
            "file_type": document.file_type, "language": document.language, "status": document.status,
            "error": document.error, "sha256": document.sha256, "size": document.size,
            "parent_id": document.parent_id, "path_in_parent": document.path_in_parent}


@guarded("read")
def show_document(store: Store, doc_id: str, *, actor: str = LOCAL_OWNER) -> dict[str, Any]:
    """A document with its text by page, custody record and family."""
    with store.db.reading() as session:
        document = session.get(Document, doc_id)
        if document is None:
            raise NotFound(f"no document {doc_id!r}")
        case_name = session.scalar(select(Case.name).where(Case.id == document.case_id)) or ""
        children = session.scalars(select(Document.id).where(Document.parent_id == doc_id)).all()
        pages: list[dict[str, Any]] = [{"number": number, "text": text} for number, text in session.execute(
            select(Page.number, Page.text).where(Page.document_id == doc_id).order_by(Page.number))]
        text = "\n\n".join(p["text"] for p in pages)
        return {
            **_document_summary(document, case_name),
            "paginated": document.paginated,
            "metadata": document.meta,
            "created_at": document.created_at.isoformat(),
            "text": text,
            "pages": pages,
            "children": list(children),
            "custody": [_custody_dict(c) for c in document.custody],
        }


def _custody_dict(c: Custody) -> dict[str, Any]:
    return {"source": c.source, "grade": c.grade, "collector": c.collector, "actor": c.actor,
            "received_at": c.received_at.isoformat(), "method": c.method, "original_name": c.original_name,
            "original_path": c.original_path, "sha256": c.sha256, "size": c.size}


def default_intake(case: str | None, source: str | None, grade: str | None, collector: str | None,
                   actor: str) -> IntakeOptions:
    return IntakeOptions(case=case or DEFAULT_CASE, source=source, grade=(grade or "F").upper(),
                         collector=collector or default_collector(), actor=actor)


# -- verification ----------------------------------------------------------------


@guarded("read")
def verify(store: Store, *, actor: str = LOCAL_OWNER) -> dict[str, Any]:
    """Re-hash every blob and check the audit chain; ``ok`` only when all is intact."""
    problems: list[str] = []
    with store.db.reading() as session:
        known = set(session.scalars(select(Document.sha256).distinct()))
        problems.extend(audit.verify_with_anchor(session, store.audit_anchor))
        entries = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    for sha in sorted(known):
        problem = store.blobs.verify(sha)
        if problem:
            problems.append(problem)
    for sha in sorted(set(store.blobs.all_hashes()) - known):
        problem = store.blobs.verify(sha)
        if problem:
            problems.append(problem)
    return {"ok": not problems, "problems": problems, "blobs_checked": len(known), "audit_entries": entries}


def audit_export(store: Store, actor: str, action: str, *, case: str | None = None, target: str | None = None,
                 query: str | None = None, details: dict[str, Any] | None = None) -> None:
    """Record that something left the store: what kind, of which case, by whom (counts, never
    contents). A query is kept only as a keyed hash, as name lookups are: it may be a person's name."""
    from habeas.names.service import query_hash

    details = dict(details or {})
    if query is not None:
        details["query_hmac"] = query_hash(store, query)
    with store.db.transaction() as session:
        audit.append(session, actor, action, case_name=case, target=target, details=details)


# -- users -----------------------------------------------------------------------
# Roles and what each may do: ``habeas.protect.access.OPERATIONS``, the one table of who may do
# what, checked by the service functions themselves (``guarded``) and named by the web's routes.

PERMISSIONS = OPERATIONS  # the name the web app and older callers use
MIN_PASSWORD = 8
_hasher = PasswordHasher()  # Argon2id with argon2-cffi's recommended cost
_DUMMY_HASH = _hasher.hash("a password nobody has")  # checked for unknown names, so timing tells nothing


def allowed(role: str | None, permission: str) -> bool:
    """Whether ``role`` may do ``permission`` (an operation of ``OPERATIONS``); unknown roles and
    operations are refused."""
    return role is not None and role in OPERATIONS.get(permission, frozenset())


def may_see_restricted(role: str | None, case: str | None = None) -> bool:
    """Whether ``role`` may see table rows marked restricted (in ``case``, when given). Every check
    of restricted records goes through here, so that per-case grants extend this one function."""
    return allowed(role, "restricted")


def role_of(store: Store, actor: str) -> str | None:
    """The role of ``actor`` as ``access.role_of`` decides it: the store's local owner is an admin;
    a disabled or unknown user has none (in a store without accounts, anyone is its admin)."""
    with store.db.reading() as session:
        return access.role_of(session, actor)


@guarded("admin")
def add_user(store: Store, name: str, role: str, password: str, actor: str) -> dict[str, Any]:
    """A new account with an Argon2id hash of its password; the password itself is never stored."""
    name = name.strip()
    if not name or len(name) > 200 or any(c.isspace() for c in name):
        raise ValueError("a user name is 1 to 200 characters without spaces")
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if name == LOCAL_OWNER:
        raise ValueError(f"{LOCAL_OWNER!r} is the name of the CLI's local operator; choose another")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password needs at least {MIN_PASSWORD} characters")
    with store.db.transaction() as session:
        if session.scalars(select(User).where(User.name == name)).first() is not None:
            raise ValueError(f"a user called {name!r} already exists")
        user = User(name=name, role=role, password_hash=_hasher.hash(password), disabled=False, created_by=actor)
        session.add(user)
        session.flush()
        audit.append(session, actor, "user.add", target=name, details={"role": role})
        return _user_dict(user)


@guarded("admin")
def list_users(store: Store, *, actor: str = LOCAL_OWNER) -> list[dict[str, Any]]:
    with store.db.reading() as session:
        return [_user_dict(u) for u in session.scalars(select(User).order_by(User.name))]


_USERS = User.__table__
# Every web request reads its account: a statement built once, run on a plain connection.
_USER_BY_NAME = select(_USERS.c.name, _USERS.c.role, _USERS.c.disabled, _USERS.c.created_at,
                       _USERS.c.created_by).where(_USERS.c.name == bindparam("name"))


def get_user(store: Store, name: str) -> dict[str, Any] | None:
    """The account called ``name`` if it exists and is not disabled."""
    with store.db.connection() as conn:
        user = conn.execute(_USER_BY_NAME, {"name": name}).first()
        return _user_dict(user) if user is not None and not user.disabled else None


def authenticate(store: Store, name: str, password: str) -> dict[str, Any] | None:
    """The account when the password is right, else None (the same work either way)."""
    with store.db.reading() as session:
        user = session.scalars(select(User).where(User.name == name)).first()
        stored = user.password_hash if user is not None and not user.disabled else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or user.disabled:
        return None
    if _hasher.check_needs_rehash(stored):
        with store.db.transaction() as session:
            session.execute(update(User).where(User.id == user.id).values(password_hash=_hasher.hash(password)))
            audit.append(session, user.name, "user.rehash", target=user.name)  # a stronger hash, same password
    return _user_dict(user)


def _user_dict(user: Any) -> dict[str, Any]:
    """An account as data, from a ``User`` or a row with its columns."""
    return {"name": user.name, "role": user.role, "disabled": user.disabled,
            "created_at": user.created_at.isoformat(), "created_by": user.created_by}


# -- search results as data ----------------------------------------------------------


def hit_dict(hit: SearchHit) -> dict[str, Any]:
    """One search result as ``search --json`` and ``GET /api/search`` print it."""
    return {"document_id": hit.document_id, "title": hit.title, "page": hit.page,
            "snippet": hit.snippet, "score": hit.score}


def search_json_chunks(total: int, hits: Iterator[SearchHit]) -> Iterator[str]:
    """The JSON of ``search --json``, piece by piece, so every result streams without a cap."""
    yield f'{{"total": {total}, "results": ['
    for n, hit in enumerate(hits):
        yield ("," if n else "") + "\n " + json.dumps(hit_dict(hit), ensure_ascii=False)
    yield "\n]}\n"


@guarded("read")
def search_facets(store: Store, query: str, filters: SearchFilters,
                  *, actor: str = LOCAL_OWNER) -> dict[str, list[tuple[str, int]]]:
    """For each filter field (source, language, file type, entity type, year), its values with how
    many matching pages each would leave; values with none are left out."""
    catch_up(store)
    return store.index.facets(query, filters)


# -- original files --------------------------------------------------------------------


@guarded("read")
def original_file(store: Store, doc_id: str, *, actor: str = LOCAL_OWNER) -> tuple[Path, str]:
    """Where a document's original bytes are, and the file name to offer them under."""
    with store.db.reading() as session:
        document = session.get(Document, doc_id)
        if document is None:
            raise NotFound(f"no document {doc_id!r}")
        sha, name = document.sha256, document.file_name
    path = store.blobs.path_for(sha)
    if not path.is_file():
        raise NotFound(f"the original of {doc_id!r} is missing from the blob store")
    return path, name


def document_family(store: Store, doc_ids: Sequence[str]) -> dict[str, str]:
    """Titles of some documents by id (for links to a parent archive and children)."""
    if not doc_ids:
        return {}
    with store.db.reading() as session:
        return {d: t or d for d, t in session.execute(select(Document.id, Document.title)
                                                      .where(Document.id.in_(list(doc_ids))))}


# -- ingest jobs in the background -------------------------------------------------------


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

    def status(self) -> dict[str, Any]:
        with self._lock:
            report = self.report
            return {
                "id": self.id, "state": self.state, "total": self.total, "done": self.done,
                "current": Path(self.current).name if self.current else "", "files": self.files,
                "error": self.error,
                "new": [{"id": d["id"], "title": d["title"]} for d in report.new] if report else [],
                "duplicates": report.duplicates if report else 0,
                "failed": [{"path": _upload_label(f["path"]), "error": f["error"]} for f in report.failed]
                if report else [],
                "needs_ocr": [_upload_label(p) for p in report.needs_ocr] if report else [],
            }


_jobs: dict[str, IngestJob] = {}
_jobs_lock = threading.Lock()
_UPLOAD_PREFIX = "upload-"


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


def new_upload_folder(store: Store) -> Path:
    folder = store.settings.tmp_dir / f"{_UPLOAD_PREFIX}{uuid.uuid4().hex}"
    folder.mkdir(parents=True)
    return folder


class QueuedIngestJob:
    """An upload handed to the queue's workers (``HABEAS_BROKER_URL`` set): its progress is the batch's."""

    def __init__(self, store: Store, batch_id: str) -> None:
        self.store = store
        self.id = batch_id

    def status(self) -> dict[str, Any]:
        return queued_upload_status(self.store, self.id)[1]


def queued_upload_status(store: Store, batch_id: str) -> tuple[str, dict[str, Any]]:
    """A queued upload's owner and its status in the shape of ``IngestJob.status``."""
    from habeas.queue.service import batch_owner, batch_status

    owner = batch_owner(store, batch_id)
    status = batch_status(store, batch_id, actor=owner)  # read as the person who queued it
    status["failed"] = [{"path": _upload_label(f["path"]), "error": f["error"]} for f in status["failed"]]
    status["needs_ocr"] = [_upload_label(p) for p in status["needs_ocr"]]
    status["new"] = [{"id": d["id"], "title": d["title"]} for d in status["new"]]
    return owner, status


@guarded("upload")
def start_ingest_job(store: Store, folder: Path, options: IntakeOptions) -> IngestJob | QueuedIngestJob:
    """Ingest every file in ``folder`` (an upload) in a background thread, then remove the folder;
    with a broker configured, hand the files to the workers instead."""
    files = sorted(p.name for p in folder.iterdir())
    if store.settings.queue.broker_url:
        from habeas.queue.service import enqueue

        try:
            return QueuedIngestJob(store, enqueue(store, sorted(folder.iterdir()), options, files))
        finally:
            shutil.rmtree(folder, ignore_errors=True)  # the bytes are in the blob store now
    job = IngestJob(options.actor, files, store.settings.tmp_dir / "jobs")
    job.save()

    def work() -> None:
        job.state = "running"
        try:
            job.report = ingest(store, sorted(folder.iterdir()), options, job)
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


def ingest_job(store: Store, job_id: str) -> tuple[str, dict[str, Any]]:
    """An upload's owner and status, from this process or from the file another one keeps."""
    with _jobs_lock:
        job = _jobs.get(job_id)
    if job is not None:
        return job.owner, job.status()
    if re.fullmatch(r"[0-9a-f]{32}", job_id):
        try:
            saved = json.loads((store.settings.tmp_dir / "jobs" / f"{job_id}.json").read_text())
            return str(saved["owner"]), dict(saved["status"])
        except (OSError, ValueError, KeyError):
            pass
        if store.settings.queue.broker_url:
            return queued_upload_status(store, job_id)
    raise NotFound(f"no upload {job_id!r}")


# -- names ---------------------------------------------------------------------------


def name_forms(name: str) -> dict[str, Any]:
    """A name in every script (ULY, Arabic script, Cyrillic, pinyin, Chinese transcription) and its keys."""
    from habeas.names.service import name_forms as forms

    return forms(name)


@guarded("read")
def match_names(store: Store, query: str, *, limit: int = 10, columns: list[str] | None = None,
                only_columns: bool = False, case: str | None = None, actor: str = "owner",
                min_score: float = 0.5) -> dict[str, Any]:
    """Rows (and, later, entities) whose name matches ``query`` across scripts, best first, with why."""
    from habeas.names.service import match_names as run

    return run(store, query, limit=limit, columns=columns or [], only_columns=only_columns, case=case,
               actor=actor, min_score=min_score, see_restricted=may_see_restricted(role_of(store, actor), case))


@guarded("analyse")
def link_records(store: Store, *, tables: list[str] | None = None, accept: float = 0.9, review: float = 0.7,
                 one_per_table: bool = False, actor: str = "owner") -> dict[str, Any]:
    """Link table rows about the same person (within and across tables); uncertain pairs go to review."""
    from habeas.names import linkage

    return linkage.run_link(store, tables=tables, accept=accept, review=review, one_per_table=one_per_table,
                            actor=actor)


@guarded("decide")
def link_review_queue(store: Store, limit: int = 20, actor: str = LOCAL_OWNER,
                      role: str | None = None) -> list[dict[str, Any]]:
    """Pairs waiting for a decision, most likely first; pairs with a restricted row only for roles
    that may see restricted records (``role`` when the caller knows it, else ``actor``'s)."""
    from habeas.names import linkage

    role = role if role is not None else role_of(store, actor)
    return linkage.review_queue(store, limit, see_restricted=may_see_restricted(role))


@guarded("decide")
def link_decide(store: Store, pair_id: int, decision: str, actor: str, role: str | None = None) -> dict[str, Any]:
    """A person's decision (same / different / unsure) about a pair; it wins over the machine on re-runs."""
    from habeas.names import linkage

    role = role if role is not None else role_of(store, actor)
    return linkage.decide(store, pair_id, decision, actor, see_restricted=may_see_restricted(role))


@guarded("restricted")
def restrict_records(store: Store, table: str, rows: list[int], actor: str, *, reason: str = "",
                     lift: bool = False) -> dict[str, Any]:
    """Mark a table, or some of its rows, restricted (or lift the mark); for roles that may see them."""
    from habeas.names import restricted

    return restricted.mark(store, table, rows, actor, reason=reason, lift=lift)
