"""A document: its page (text by page, entity mentions linked, custody, family), its JSON, and
its original file as a download."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from habeas import vocab
from habeas.services import analysis, documents
from habeas.web.deps import VisitorDep, permit, render
from habeas.web.templating import GRADE_MEANING

router = APIRouter()


@router.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def document_page(request: Request, visitor: VisitorDep, doc_id: str, q: str = "") -> Response:
    doc = documents.show_document(visitor.ctx, doc_id)
    relatives = [*doc["children"], *([doc["parent_id"]] if doc["parent_id"] else [])]
    family = documents.document_family(visitor.ctx, relatives)
    mentions = analysis.document_entities(visitor.ctx, doc_id)
    return render(
        request,
        "document.html",
        doc=doc,
        family=family,
        q=q,
        grades=GRADE_MEANING,
        mentions=mentions,
        types=sorted({m["type"] for ms in mentions.values() for m in ms}),
        labels=vocab.TYPE_LABELS,
    )


@router.get("/api/documents/{doc_id}", tags=["documents"])
@permit("read")
def api_document(visitor: VisitorDep, doc_id: str) -> dict[str, Any]:
    """A document with its text by page, custody and family: the JSON of ``habeas show --json``."""
    return dict(documents.show_document(visitor.ctx, doc_id))


@router.get("/documents/{doc_id}/original", tags=["documents"])
@permit("read")
def original(visitor: VisitorDep, doc_id: str) -> FileResponse:
    """The original file, byte for byte, always as a download and never rendered."""
    path, name = documents.original_file(visitor.ctx, doc_id)
    return FileResponse(
        path,
        media_type="application/octet-stream",
        filename=name,
        content_disposition_type="attachment",
        headers={"Content-Security-Policy": "sandbox; default-src 'none'"},
    )
