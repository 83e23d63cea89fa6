"""Claims: figures found in the documents, grouped by what they count, drawn side by side."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from habeas.services import analysis
from habeas.web.charts import claims_chart, claims_time_chart
from habeas.web.deps import VisitorDep, permit, render

router = APIRouter()


@router.get("/claims", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def claims_page(request: Request, visitor: VisitorDep, about: str = "") -> Response:
    result = analysis.list_claims(visitor.ctx, about=about or None)
    groups = [{**g, "chart": claims_chart(g), "time": claims_time_chart(g)} for g in result["groups"]]
    return render(request, "claims.html", groups=groups, about=about)


@router.get("/api/claims", tags=["claims"])
@permit("read")
def api_claims(visitor: VisitorDep, about: str | None = None) -> dict[str, Any]:
    """Figures found in the documents, grouped by what they count, each with its sentence."""
    return dict(analysis.list_claims(visitor.ctx, about=about))
