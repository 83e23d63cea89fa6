"""The operations a user performs. The CLI and the web app call these and nothing below them."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from habeas.config import DEFAULT_CASE, Settings
from habeas.ingest.model import ERROR
from habeas.ingest.pipeline import Ingestion, IngestReport, IntakeOptions, Progress
from habeas.search.index import PageEntry, SearchFilters, SearchHit
from habeas.store import audit
from habeas.store.models import Case, Custody, Document, Page
from habeas.store.store import Store, ensure_case, get_case

INDEX_BATCH = 500


class NotFound(LookupError):
    """Something the user named does not exist."""


def open_store(settings: Settings) -> Store:
    return Store(settings)


def default_collector() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


# -- cases ---------------------------------------------------------------------


def create_case(store: Store, name: str, actor: str) -> dict[str, Any]:
    with store.db.transaction() as session:
        if get_case(session, name) is not None:
            raise ValueError(f"a case called {name!r} already exists")
        case = ensure_case(session, name, actor)
        return _case_dict(session, case)


def list_cases(store: Store) -> list[dict[str, Any]]:
    with store.db.reading() as session:
        return [_case_dict(session, c) for c in session.scalars(select(Case).order_by(Case.name))]


def _case_dict(session: Session, case: Case) -> dict[str, Any]:
    count = session.scalar(select(func.count()).select_from(Document).where(Document.case_id == case.id))
    return {"name": case.name, "created_at": case.created_at.isoformat(), "created_by": case.created_by,
            "documents": count or 0}


def _require_case(session: Session, name: str) -> Case:
    case = get_case(session, name)
    if case is None:
        raise NotFound(f"no case called {name!r}")
    return case


# -- intake --------------------------------------------------------------------


def ingest(store: Store, paths: list[Path], options: IntakeOptions,
           progress: Progress | None = None) -> IngestReport:
    """Take files and folders into a case, then make them searchable."""
    report = Ingestion(store, options, progress).run(paths)
    sync_index(store)
    if report.new:  # who, what, where, when: see habeas.analysis_services
        from habeas.analysis_services import analyse

        analyse(store, [d["id"] for d in report.new], options.actor)
    return report


# -- search --------------------------------------------------------------------


def sync_index(store: Store) -> int:
    """Index every document the index does not have yet; returns how many pages were written."""
    written = 0
    while True:
        with store.db.reading() as session:
            batch = session.scalars(select(Document).where(Document.indexed_at.is_(None))
                                    .order_by(Document.id).limit(INDEX_BATCH)).all()
            if not batch:
                return written
            entries = [(d.id, _page_entries(session, d)) for d in batch]
        written += store.index.write(entries)
        with store.db.transaction() as session:
            session.execute(update(Document).where(Document.id.in_([d.id for d in batch]))
                            .values(indexed_at=datetime.now(UTC)))


def _page_entries(session: Session, document: Document) -> list[PageEntry]:
    if document.status == ERROR:
        return []
    case_name = session.scalar(select(Case.name).where(Case.id == document.case_id)) or ""
    sources = sorted(set(session.scalars(select(Custody.source).where(Custody.document_id == document.id))))
    pages = session.scalars(select(Page).where(Page.document_id == document.id).order_by(Page.number))
    return [PageEntry(doc_id=document.id, case=case_name, title=document.title,
                      page=p.number if document.paginated else None, text=p.text, sources=sources,
                      language=document.language, file_type=document.file_type)
            for p in pages]


def reindex(store: Store, actor: str) -> int:
    """Throw the index away and rebuild it from the database."""
    store.index.clear()
    with store.db.transaction() as session:
        session.execute(update(Document).values(indexed_at=None))
        audit.append(session, actor, "index.rebuild")
    return sync_index(store)


def search(store: Store, query: str, filters: SearchFilters, limit: int = 10,
           offset: int = 0) -> tuple[int, list[SearchHit]]:
    sync_index(store)  # catches up after an ingest that stopped before indexing
    return store.index.search(query, filters, limit=limit, offset=offset)


def search_all(store: Store, query: str, filters: SearchFilters) -> tuple[int, Iterator[SearchHit]]:
    """The total and every hit, streamed in batches."""
    sync_index(store)
    return store.index.count(query, filters), store.index.iter_search(query, filters)


# -- documents -----------------------------------------------------------------


def list_documents(store: Store, case: str | None = None, status: str | None = None) -> list[dict[str, Any]]:
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


def show_document(store: Store, doc_id: str) -> dict[str, Any]:
    """A document with its text by page, custody record and family."""
    with store.db.reading() as session:
        document = session.get(Document, doc_id)
        if document is None:
            raise NotFound(f"no document {doc_id!r}")
        case_name = session.scalar(select(Case.name).where(Case.id == document.case_id)) or ""
        children = session.scalars(select(Document.id).where(Document.parent_id == doc_id)).all()
        pages = [{"number": p.number, "text": p.text} for p in document.pages]
        return {
            **_document_summary(document, case_name),
            "paginated": document.paginated,
            "metadata": document.meta,
            "created_at": document.created_at.isoformat(),
            "text": "\n\n".join(p["text"] for p in pages),
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


def verify(store: Store) -> dict[str, Any]:
    """Re-hash every blob and check the audit chain; ``ok`` only when all is intact."""
    problems: list[str] = []
    with store.db.reading() as session:
        known = set(session.scalars(select(Document.sha256).distinct()))
        problems.extend(audit.verify_chain(session))
        entries = session.scalar(select(func.count()).select_from(audit.AuditEntry)) or 0
    for sha in sorted(known):
        problem = store.blobs.verify(sha)
        if problem:
            problems.append(problem)
    for sha in sorted(set(store.blobs.all_hashes()) - known):
        problem = store.blobs.verify(sha)
        if problem:
            problems.append(problem)
    return {"ok": not problems, "problems": problems, "blobs_checked": len(known), "audit_entries": entries}
