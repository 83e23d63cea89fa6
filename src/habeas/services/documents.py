"""Documents: listing them, one with its pages and custody, and the original bytes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypedDict, cast

from sqlalchemy import select

from habeas.custody.package import custody_record
from habeas.errors import NotFound
from habeas.services import Caller
from habeas.services.guard import guarded
from habeas.store.models import Case, Custody, Document, Page


class DocumentSummary(TypedDict):
    """A document as ``habeas documents --json`` lists it."""

    id: str
    case: str
    title: str
    file_name: str
    file_type: str
    language: str | None
    status: str
    error: str | None
    sha256: str
    size: int
    parent_id: str | None
    path_in_parent: str | None


class CustodyRecord(TypedDict):
    """One hand a file passed through: where it came from, who brought it, how reliable the source is."""

    source: str
    grade: str
    collector: str
    actor: str
    received_at: str
    method: str
    original_name: str
    original_path: str | None
    sha256: str
    size: int


class PageText(TypedDict):
    number: int
    text: str


class DocumentDetail(DocumentSummary):
    """A document with its text by page, its custody record and its family."""

    paginated: bool
    metadata: dict[str, Any] | None
    created_at: str
    text: str
    pages: list[PageText]
    children: list[str]
    custody: list[CustodyRecord]


@guarded("read")
def list_documents(ctx: Caller, case: str | None = None, status: str | None = None) -> list[DocumentSummary]:
    with ctx.store.db.reading() as session:
        query = select(Document, Case.name).join(Case, Case.id == Document.case_id).order_by(Document.created_at)
        if case:
            query = query.where(Case.name == case)
        if status:
            query = query.where(Document.status == status)
        return [_document_summary(d, case_name) for d, case_name in session.execute(query)]


def _document_summary(document: Document, case_name: str) -> DocumentSummary:
    return {
        "id": document.id,
        "case": case_name,
        "title": document.title,
        "file_name": document.file_name,
        "file_type": document.file_type,
        "language": document.language,
        "status": document.status,
        "error": document.error,
        "sha256": document.sha256,
        "size": document.size,
        "parent_id": document.parent_id,
        "path_in_parent": document.path_in_parent,
    }


@guarded("read")
def show_document(ctx: Caller, doc_id: str) -> DocumentDetail:
    """A document with its text by page, custody record and family."""
    with ctx.store.db.reading() as session:
        document = session.get(Document, doc_id)
        if document is None:
            raise NotFound(f"no document {doc_id!r}")
        case_name = session.scalar(select(Case.name).where(Case.id == document.case_id)) or ""
        children = session.scalars(select(Document.id).where(Document.parent_id == doc_id)).all()
        pages: list[PageText] = [
            {"number": number, "text": text}
            for number, text in session.execute(
                select(Page.number, Page.text).where(Page.document_id == doc_id).order_by(Page.number)
            )
        ]
        text = "\n\n".join(p["text"] for p in pages)
        return DocumentDetail(
            **_document_summary(document, case_name),
            paginated=document.paginated,
            metadata=document.meta,
            created_at=document.created_at.isoformat(),
            text=text,
            pages=pages,
            children=list(children),
            custody=[_custody_dict(c) for c in document.custody],
        )


def _custody_dict(c: Custody) -> CustodyRecord:
    return cast(CustodyRecord, custody_record(c))


@guarded("read")
def original_file(ctx: Caller, doc_id: str) -> tuple[Path, str]:
    """Where a document's original bytes are, and the file name to offer them under."""
    with ctx.store.db.reading() as session:
        document = session.get(Document, doc_id)
        if document is None:
            raise NotFound(f"no document {doc_id!r}")
        sha, name = document.sha256, document.file_name
    path = ctx.store.blobs.path_for(sha)
    if not path.is_file():
        raise NotFound(f"the original of {doc_id!r} is missing from the blob store")
    return path, name


def document_family(ctx: Caller, doc_ids: Sequence[str]) -> dict[str, str]:
    """Titles of some documents by id (for links to a parent archive and children)."""
    if not doc_ids:
        return {}
    with ctx.store.db.reading() as session:
        return {
            d: t or d
            for d, t in session.execute(select(Document.id, Document.title).where(Document.id.in_(list(doc_ids))))
        }
