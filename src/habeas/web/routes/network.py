"""The co-occurrence network: entities named in the same sentences. The page is laid out and made
interactive in the browser (pictures.js, with the vendored Cytoscape.js), from the JSON here."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from habeas import vocab
from habeas.services import analysis
from habeas.web.deps import VisitorDep, permit, render

router = APIRouter()
TOP_ENTITIES = 30  # offered to start from when no entity is chosen
NODES = 60  # entities fetched at a time, unless asked for more
MOST_NODES = 500


@router.get("/api/entities/{entity_id}/network", tags=["entities"])
@permit("read")
def api_network(
    visitor: VisitorDep,
    entity_id: str,
    depth: int = Query(1, ge=1, le=3),
    limit: int = Query(NODES, ge=1, le=MOST_NODES),
) -> dict[str, Any]:
    """Entities named in the same sentences, ``depth`` steps out (at most ``limit`` of them, the
    most often named together first), with how often each pair is."""
    return dict(analysis.entity_network(visitor.ctx, entity_id, depth=depth, limit=limit))


@router.get("/network", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def network_page(
    request: Request,
    visitor: VisitorDep,
    entity: str = "",
    depth: int = Query(1, ge=1, le=3),
    limit: int = Query(NODES, ge=1, le=MOST_NODES),
) -> Response:
    center = analysis.entity_mention_page(visitor.ctx, entity, limit=0) if entity else None
    top = [] if center else analysis.list_entities(visitor.ctx, limit=TOP_ENTITIES)
    return render(request, "network.html", center=center, top=top, labels=vocab.TYPE_LABELS, depth=depth, limit=limit)
