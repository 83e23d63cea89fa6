"""The timeline: dated events on a time axis, each with its sentence and document."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from habeas.services import analysis, documents
from habeas.web.charts import timeline_chart
from habeas.web.deps import VisitorDep, permit, render

router = APIRouter()


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def timeline_page(request: Request, visitor: VisitorDep, entity: str = "") -> Response:
    events = analysis.timeline(visitor.ctx, entity=entity or None)["events"]
    titles = documents.document_family(visitor.ctx, sorted({e["document_id"] for e in events}))
    return render(request, "timeline.html", events=events, chart=timeline_chart(events), entity=entity, titles=titles)


@router.get("/api/timeline", tags=["timeline"])
@permit("read")
def api_timeline(visitor: VisitorDep, entity: str | None = None) -> dict[str, Any]:
    """Dated events in order, each with its sentence, document and the entities it names."""
    return dict(analysis.timeline(visitor.ctx, entity=entity))
