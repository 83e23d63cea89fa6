"""Entities: the list, each one's dossier (its mentions paged in by htmx), and deciding that two
are one (merge) or that a name is something else (split)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from habeas import vocab
from habeas.services import analysis, documents
from habeas.web.deps import Limit, Offset, VisitorDep, as_400, check_form_token, permit, render
from habeas.web.templating import mention_snippet

router = APIRouter()
ENTITY_PAGE = 500
MERGE_CHOICES = 300
SIDE_LIST = 25  # claims and events shown beside a dossier's mentions; "?all=1" shows every one


class MergeBody(BaseModel):
    other: str


class SplitBody(BaseModel):
    alias: str


@router.get("/entities", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def entities_page(request: Request, visitor: VisitorDep, type: str = "", q: str = "") -> Response:
    rows = analysis.list_entities(visitor.ctx, type_=type or None, q=q or None, limit=ENTITY_PAGE)
    total = analysis.count_entities(visitor.ctx, type_=type or None, q=q or None)
    return render(
        request,
        "entities.html",
        entities=rows,
        total=total,
        type=type,
        q=q,
        types=vocab.ENTITY_TYPES,
        labels=vocab.TYPE_LABELS,
    )


@router.get("/api/entities", tags=["entities"])
@permit("read")
def api_entities(
    visitor: VisitorDep, type: str | None = None, q: str | None = None, limit: Limit = ENTITY_PAGE, offset: Offset = 0
) -> dict[str, Any]:
    """Entities the documents name, most mentioned first; ``q``: a part of any of their names."""
    return {
        "total": analysis.count_entities(visitor.ctx, type_=type, q=q),
        "entities": analysis.list_entities(visitor.ctx, type_=type, q=q, limit=limit, offset=offset),
    }


@router.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def dossier_page(
    request: Request,
    visitor: VisitorDep,
    entity_id: str,
    offset: Offset = 0,
    everything: Annotated[bool, Query(alias="all")] = False,
) -> Response:
    dossier = analysis.entity_dossier(visitor.ctx, entity_id, limit=analysis.MENTION_PAGE, offset=offset)
    titles = documents.document_family(visitor.ctx, sorted({m["document_id"] for m in dossier["mentions"]}))
    others = (
        [
            e
            for e in analysis.list_entities(visitor.ctx, type_=dossier["type"], limit=MERGE_CHOICES + 1)
            if e["id"] != dossier["id"]
        ][:MERGE_CHOICES]
        if visitor.can("decide")
        else []
    )  # names to merge with, only for those who may
    return render(
        request,
        "entity.html",
        e=dossier,
        titles=titles,
        others=others,
        labels=vocab.TYPE_LABELS,
        snippet=mention_snippet,
        next_offset=offset + len(dossier["mentions"]),
        page_size=analysis.MENTION_PAGE,
        side=None if everything else SIDE_LIST,
    )


@router.get("/entities/{entity_id}/mentions", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def mentions_fragment(request: Request, visitor: VisitorDep, entity_id: str, offset: Offset = 0) -> Response:
    """The next page of a dossier's mentions, as list items (htmx swaps them in)."""
    page = analysis.entity_mention_page(visitor.ctx, entity_id, offset=offset)
    titles = documents.document_family(visitor.ctx, sorted({m["document_id"] for m in page["mentions"]}))
    return render(
        request,
        "_mentions.html",
        e=page,
        mentions=page["mentions"],
        titles=titles,
        snippet=mention_snippet,
        next_offset=offset + len(page["mentions"]),
        page_size=analysis.MENTION_PAGE,
    )


@router.get("/api/entities/{entity_id}", tags=["entities"])
@permit("read")
def api_dossier(
    visitor: VisitorDep, entity_id: str, limit: Limit = analysis.MENTION_PAGE, offset: Offset = 0
) -> dict[str, Any]:
    """An entity's dossier: names, a page of its mentions with their places (``mention_count`` in
    all; ``limit``/``offset`` page them), related entities, claims, events."""
    return dict(analysis.entity_dossier(visitor.ctx, entity_id, limit=limit, offset=offset))


@router.get("/api/entities/{entity_id}/mentions", tags=["entities"])
@permit("read")
def api_mentions(
    visitor: VisitorDep, entity_id: str, limit: Limit = analysis.MENTION_PAGE, offset: Offset = 0
) -> dict[str, Any]:
    """A page of an entity's mentions, in document order."""
    return dict(analysis.entity_mention_page(visitor.ctx, entity_id, limit=limit, offset=offset))


@router.post("/entities/{entity_id}/merge", include_in_schema=False)
@permit("decide", form_csrf=True)
def merge_form(
    visitor: VisitorDep, entity_id: str, other: Annotated[str, Form()], csrf_token: Annotated[str, Form()]
) -> Response:
    check_form_token(visitor, csrf_token)
    merged = as_400(lambda: analysis.merge_entities(visitor.ctx, entity_id, other))
    return RedirectResponse(f"/entities/{merged['id']}", status_code=303)


@router.post("/api/entities/{entity_id}/merge", tags=["entities"])
@permit("decide")
def api_merge(visitor: VisitorDep, entity_id: str, body: MergeBody) -> dict[str, Any]:
    """Decide that two entities are one (``other``: a name or id). Stored, audited, applied now."""
    return dict(as_400(lambda: analysis.merge_entities(visitor.ctx, entity_id, body.other)))


@router.post("/entities/{entity_id}/split", include_in_schema=False)
@permit("decide", form_csrf=True)
def split_form(
    visitor: VisitorDep, entity_id: str, alias: Annotated[str, Form()], csrf_token: Annotated[str, Form()]
) -> Response:
    check_form_token(visitor, csrf_token)
    result = as_400(lambda: analysis.split_entity(visitor.ctx, entity_id, alias))
    rest = result["rest"] or result["split"]
    return RedirectResponse(f"/entities/{rest[0]['id']}" if rest else "/entities", status_code=303)


@router.post("/api/entities/{entity_id}/split", tags=["entities"])
@permit("decide")
def api_split(visitor: VisitorDep, entity_id: str, body: SplitBody) -> dict[str, Any]:
    """Decide that ``alias`` names something else than the rest of the entity."""
    return dict(as_400(lambda: analysis.split_entity(visitor.ctx, entity_id, body.alias)))
