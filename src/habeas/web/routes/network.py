"""The co-occurrence network: entities named in the same sentences. The page is laid out and made
interactive in the browser (app.js), from the JSON here."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from habeas import vocab
from habeas.services import analysis
from habeas.web.deps import VisitorDep, permit, render

router = APIRouter()
TOP_ENTITIES = 30  # offered to start from when no entity is chosen


@router.get("/api/entities/{entity_id}/network", tags=["entities"])
@permit("read")
def api_network(visitor: VisitorDep, entity_id: str, depth: int = 1) -> dict[str, Any]:
    """Entities named in the same sentences, ``depth`` steps out, with how often each pair is."""
    return dict(analysis.entity_network(visitor.ctx, entity_id, depth=depth))


@router.get("/network", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def network_page(request: Request, visitor: VisitorDep, entity: str = "") -> Response:
    center = analysis.entity_mention_page(visitor.ctx, entity, limit=0) if entity else None
    top = [] if center else analysis.list_entities(visitor.ctx, limit=TOP_ENTITIES)
    return render(request, "network.html", center=center, top=top, labels=vocab.TYPE_LABELS)
