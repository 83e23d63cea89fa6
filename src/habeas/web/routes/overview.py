"""The case overview at ``/``: what the case holds, what is coming in (a panel that refreshes
itself), what failed and why (with a retry), the latest activity, and the ways in."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from habeas import vocab
from habeas.services import overview
from habeas.web.deps import VisitorDep, check_form_token, permit, render

router = APIRouter()
LIVE_EVERY_S = 3  # how often the intake panel asks again while something is coming in


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def overview_page(request: Request, visitor: VisitorDep, retried: str = "") -> Response:
    return render(
        request,
        "overview.html",
        o=overview.case_overview(visitor.ctx),
        live=overview.intake_progress(visitor.ctx),
        every=LIVE_EVERY_S,
        retried=retried,
        type_labels=vocab.TYPE_LABELS,
    )


@router.get("/overview/intake", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def intake_panel(request: Request, visitor: VisitorDep) -> Response:
    """The intake panel alone, for the overview to refresh in place."""
    return render(request, "_overview_intake.html", live=overview.intake_progress(visitor.ctx), every=LIVE_EVERY_S)


@router.post("/documents/{doc_id}/retry", include_in_schema=False)
@permit("upload", form_csrf=True)
def retry_page(visitor: VisitorDep, doc_id: str, csrf_token: Annotated[str, Form()]) -> Response:
    check_form_token(visitor, csrf_token)
    result = overview.retry_document(visitor.ctx, doc_id)
    return RedirectResponse(f"/?retried={result['id']}#failed", status_code=303)


@router.get("/api/overview", tags=["documents"])
@permit("read")
def api_overview(visitor: VisitorDep) -> dict[str, Any]:
    """The case overview: documents by type, language, source and status, failed files with their
    reasons, counts of entities, claims and events, and the latest activity (field names only)."""
    return {**overview.case_overview(visitor.ctx), "intake": overview.intake_progress(visitor.ctx)}


@router.post("/api/documents/{doc_id}/retry", tags=["documents"])
@permit("upload")
def api_retry(visitor: VisitorDep, doc_id: str) -> dict[str, Any]:
    """Try a failed document again: read its file once more, or analyse it again when only its
    analysis failed. Send X-CSRF-Token."""
    return dict(overview.retry_document(visitor.ctx, doc_id))
