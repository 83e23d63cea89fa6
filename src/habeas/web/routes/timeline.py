"""The timeline: dated events on a time axis, zoomed from years to months to days, each with its
sentence and document. The chart is drawn on the server (charts.timeline_view); the list below it
holds the events in view, a page at a time, each with the entities it names as badges of their
type's shape and colour, as on every other page."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from habeas import vocab
from habeas.services import analysis, documents
from habeas.web.charts import timeline_view
from habeas.web.deps import VisitorDep, permit, render

router = APIRouter()
LIST_PAGE = 100  # events listed under the chart at a time


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def timeline_page(
    request: Request, visitor: VisitorDep, entity: str = "", at: str = "", offset: int = Query(0, ge=0)
) -> Response:
    events = analysis.timeline(visitor.ctx, entity=entity or None)["events"]
    view = timeline_view(events, at)
    shown = view["visible"][offset : offset + LIST_PAGE]
    titles = documents.document_family(visitor.ctx, sorted({events[i]["document_id"] for i in shown}))
    return render(
        request,
        "timeline.html",
        events=events,
        view=view,
        shown=shown,
        offset=offset,
        page_size=LIST_PAGE,
        entity=entity,
        titles=titles,
        labels=vocab.TYPE_LABELS,
    )


@router.get("/api/timeline", tags=["timeline"])
@permit("read")
def api_timeline(visitor: VisitorDep, entity: str | None = None) -> dict[str, Any]:
    """Dated events in order, each with its sentence, document and the entities it names."""
    return dict(analysis.timeline(visitor.ctx, entity=entity))
