"""The operations a user performs. The CLI and the web app call these and nothing below them."""

from __future__ import annotations

import getpass
import weakref
from collections import defaultdict
from collections.abc import Iterator, Sequence
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
from habeas.store.models import AuditEntry, Case, Custody, Document, Page
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
    after = ""  # walk the primary key, so each batch starts where the last one stopped
    while True:
        with store.db.reading() as session:
            batch = session.scalars(select(Document).where(Document.indexed_at.is_(None), Document.id > after)
                                    .order_by(Document.id).limit(INDEX_BATCH)).all()
            if not batch:
                return written
            entries = _page_entries(session, batch)
        written += store.index.write(entries)
        with store.db.transaction() as session:
            session.execute(update(Document).where(Document.id.in_([d.id for d in batch]))
                            .values(indexed_at=datetime.now(UTC)))
        after = batch[-1].id


def _page_entries(session: Session, documents: Sequence[Document]) -> list[tuple[str, list[PageEntry]]]:
    """The index entries of a batch of documents, in three queries whatever the batch's size."""
    ids = [d.id for d in documents if d.status != ERROR]
    case_names = dict(session.execute(select(Case.id, Case.name)).all())
    sources: dict[str, set[str]] = defaultdict(set)
    for doc_id, source in session.execute(select(Custody.document_id, Custody.source)
                                          .where(Custody.document_id.in_(ids))).all():
        sources[doc_id].add(source)
    pages: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for doc_id, number, text in session.execute(select(Page.document_id, Page.number, Page.text)
                                                .where(Page.document_id.in_(ids))
                                                .order_by(Page.document_id, Page.number)).all():
        pages[doc_id].append((number, text))
    return [(d.id, [PageEntry(doc_id=d.id, case=case_names.get(d.case_id, ""), title=d.title,
                              page=number if d.paginated else None, text=text, sources=sorted(sources[d.id]),
                              language=d.language, file_type=d.file_type)
                    for number, text in pages[d.id]])
            for d in documents]


def reindex(store: Store, actor: str) -> int:
    """Throw the index away and rebuild it from the database."""
    store.index.clear()
    with store.db.transaction() as session:
        session.execute(update(Document).values(indexed_at=None))
        audit.append(session, actor, "index.rebuild")
    return sync_index(store)


# The audit log's last entry when each open store last caught its index up.
_caught_up_at: weakref.WeakKeyDictionary[Store, int] = weakref.WeakKeyDictionary()
_AUDIT_HEAD = select(func.max(AuditEntry.seq))  # built once, so its cache key is computed once


def _catch_up_index(store: Store) -> None:
    """Index what an ingest that stopped before indexing left behind. Looking for unindexed
    documents scans the documents table, so it is skipped while the audit log has not grown:
    every write that leaves a document unindexed appends to the log in the same transaction,
    and entries are numbered in commit order."""
    with store.db.engine.connect() as conn:
        head = conn.execute(_AUDIT_HEAD).scalar() or 0
    if _caught_up_at.get(store) == head:
        return
    sync_index(store)
    _caught_up_at[store] = head


def search(store: Store, query: str, filters: SearchFilters, limit: int = 10,
           offset: int = 0) -> tuple[int, list[SearchHit]]:
    _catch_up_index(store)
    return store.index.search(query, filters, limit=limit, offset=offset)


def search_all(store: Store, query: str, filters: SearchFilters) -> tuple[int, Iterator[SearchHit]]:
    """The total and every hit, streamed in batches."""
    _catch_up_index(store)
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
        text = "\n\n".join(p.text for p in document.pages)
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


def verify(store: Store) -> dict[str, Any]:
    """Re-hash every blob and check the audit chain; ``ok`` only when all is intact."""
    problems: list[str] = []
    with store.db.reading() as session:
        known = set(session.scalars(select(Document.sha256).distinct()))
        problems.extend(audit.verify_chain(session))
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


# -- names ---------------------------------------------------------------------------


def name_forms(name: str) -> dict[str, Any]:
    """A name in every script (ULY, Arabic script, Cyrillic, pinyin, Chinese transcription) and its keys."""
    from habeas.names.service import name_forms as forms

    return forms(name)


def match_names(store: Store, query: str, *, limit: int = 10, columns: list[str] | None = None,
                only_columns: bool = False, case: str | None = None, actor: str = "owner",
                min_score: float = 0.5) -> dict[str, Any]:
    """Rows (and, later, entities) whose name matches ``query`` across scripts, best first, with why."""
    from habeas.names.service import match_names as run

    return run(store, query, limit=limit, columns=columns or [], only_columns=only_columns, case=case,
               actor=actor, min_score=min_score)


def link_records(store: Store, *, tables: list[str] | None = None, accept: float = 0.9, review: float = 0.7,
                 actor: str = "owner") -> dict[str, Any]:
    """Link table rows about the same person (within and across tables); uncertain pairs go to review."""
    from habeas.names import linkage

    return linkage.run_link(store, tables=tables, accept=accept, review=review, actor=actor)


def link_review_queue(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    from habeas.names import linkage

    return linkage.review_queue(store, limit)


def link_decide(store: Store, pair_id: int, decision: str, actor: str) -> dict[str, Any]:
    """A person's decision (same / different / unsure) about a pair; it wins over the machine on re-runs."""
    from habeas.names import linkage

    return linkage.decide(store, pair_id, decision, actor)
