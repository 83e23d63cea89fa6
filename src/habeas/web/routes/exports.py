"""Downloads: the analysis tables as CSV (streamed) and an entity's dossier as PDF, each audited by
the service that makes it. (Search results as CSV: ``routes.search``.)"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import Response

from habeas.services import exports
from habeas.web.deps import VisitorDep, csv_response, permit

router = APIRouter()
CSV_KINDS = ("entities", "claims", "timeline")


@router.get("/export/{kind}.csv", include_in_schema=False)
@permit("read")
def export_csv(visitor: VisitorDep, kind: str, case: str | None = None, entity: str | None = None) -> Response:
    """Entities, claims or the timeline as CSV, streamed (the same rows as ``habeas export csv``)."""
    if kind not in CSV_KINDS:
        raise HTTPException(404, "no such export")
    return csv_response(exports.csv_export_lines(visitor.ctx, kind, case, entity=entity or None), f"habeas-{kind}.csv")


@router.get("/entities/{entity_id}/dossier.pdf", include_in_schema=False)
@permit("read")
def dossier_pdf(visitor: VisitorDep, entity_id: str) -> Response:
    """The printable dossier of ``habeas dossier --pdf``: every statement cited with the file's SHA-256."""
    return Response(
        exports.entity_dossier_pdf(visitor.ctx, entity_id),
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="dossier-{entity_id}.pdf"'},
    )
