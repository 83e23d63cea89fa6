"""Entities: the list, each one's dossier (its mentions paged in by htmx), and deciding that two
are one (merge) or that a name is something else (split)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from habeas import vocab
from habeas.errors import NotFound
from habeas.services import analysis, documents, workbench
from habeas.web.deps import Limit, Offset, VisitorDep, as_400, check_form_token, permit, render
from habeas.web.templating import mention_snippet

router = APIRouter()
ENTITY_PAGE = 500
MERGE_CHOICES = 300
SIDE_LIST = 25  # claims and events shown beside a dossier's mentions; "?all=1" shows every one
SUGGESTIONS = 20  # names offered while typing in the merge box


class MergeBody(BaseModel):
    other: str


class SplitBody(BaseModel):
    alias: str


@router.get("/entities", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def entities_page(request: Request, visitor: VisitorDep, type: str = "", q: str = "", tag: str = "") -> Response:
    rows = analysis.list_entities(visitor.ctx, type_=type or None, q=q or None, limit=ENTITY_PAGE)
    total = analysis.count_entities(visitor.ctx, type_=type or None, q=q or None)
    if tag:  # the ones tagged so, among those listed
        tagged = workbench.tagged_entities(visitor.ctx, tag)
        rows = [e for e in rows if e["id"] in tagged]
        total = len(rows)
    return render(
        request,
        "entities.html",
        entities=rows,
        total=total,
        type=type,
        q=q,
        tag=tag,
        types=vocab.ENTITY_TYPES,
        labels=vocab.TYPE_LABELS,
    )


@router.post("/entities/merge", include_in_schema=False)
@permit("decide", form_csrf=True)
def merge_many_form(
    request: Request,
    visitor: VisitorDep,
    csrf_token: Annotated[str, Form()],
    ids: Annotated[list[str], Form()] = [],
) -> Response:
    """Merge the entities ticked on the list into the first of them."""
    check_form_token(visitor, csrf_token)
    merged = as_400(lambda: workbench.merge_selected(visitor.ctx, ids))
    return RedirectResponse(f"/entities/{merged['id']}?merged={len(set(ids)) - 1}", status_code=303)


@router.get("/entities/suggest", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def suggest(request: Request, visitor: VisitorDep, other: str = "", type: str = "", exclude: str = "") -> Response:
    """Names that contain what was typed, as the options of the merge box's list (htmx swaps them in)."""
    rows = (
        analysis.list_entities(visitor.ctx, type_=type or None, q=other.strip(), limit=SUGGESTIONS + 1)
        if len(other.strip()) >= 2
        else []
    )
    return render(request, "_suggestions.html", options=[e for e in rows if e["id"] != exclude][:SUGGESTIONS])


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
    merged: int = 0,
) -> Response:
    return _dossier(
        request,
        visitor,
        entity_id,
        offset,
        everything,
        done=f"Merged: {merged} other entit{'y' if merged == 1 else 'ies'} now one with this one." if merged else "",
    )


def _dossier(
    request: Request,
    visitor: VisitorDep,
    entity_id: str,
    offset: int = 0,
    everything: bool = False,
    status_code: int = 200,
    **context: Any,
) -> Response:
    """The dossier page, with what a form left to say (``done``, or ``error`` and ``suggestions``)."""
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
    notes = workbench.annotations_of(visitor.ctx, dossier["id"])
    sanctions = workbench.sanctions_of(visitor.ctx, dossier["id"]) if dossier["type"] == vocab.PERSON else None
    return render(
        request,
        "entity.html",
        status_code=status_code,
        notes=notes,
        sanctions=sanctions,
        back=f"/entities/{dossier['id']}",
        **context,
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
    request: Request,
    visitor: VisitorDep,
    entity_id: str,
    other: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()],
) -> Response:
    """Merge with the entity named (whole name, alias or id). A name that names none (a part of a
    name, a misspelling) is said so, with the names that contain it to choose from."""
    check_form_token(visitor, csrf_token)
    try:
        merged = analysis.merge_entities(visitor.ctx, entity_id, other)
    except NotFound:
        dossier_type = analysis.entity_dossier(visitor.ctx, entity_id, limit=0)["type"]
        found = analysis.list_entities(visitor.ctx, type_=dossier_type, q=other.strip() or None, limit=SUGGESTIONS)
        return _dossier(
            request,
            visitor,
            entity_id,
            status_code=404,
            error=f"Not merged: no entity is called “{other}”. A merge takes a whole name, an alias or an id"
            + (": did you mean one of these?" if found else "."),
            suggestions=[e for e in found if e["id"] != entity_id],
            tried=other,
        )
    except ValueError as exc:
        return _dossier(request, visitor, entity_id, status_code=400, error=f"Not merged: {exc}", tried=other)
    return RedirectResponse(f"/entities/{merged['id']}?merged=1", status_code=303)


@router.post("/api/entities/{entity_id}/merge", tags=["entities"])
@permit("decide")
def api_merge(visitor: VisitorDep, entity_id: str, body: MergeBody) -> dict[str, Any]:
    """Decide that two entities are one (``other``: a name or id). Stored, audited, applied now."""
    return dict(as_400(lambda: analysis.merge_entities(visitor.ctx, entity_id, body.other)))


@router.get("/entities/{entity_id}/split", response_class=HTMLResponse, include_in_schema=False)
@permit("decide")
def split_confirm(request: Request, visitor: VisitorDep, entity_id: str, alias: str) -> Response:
    """Ask before splitting: what will happen, and the button that does it."""
    dossier = analysis.entity_dossier(visitor.ctx, entity_id, limit=0)
    if alias not in dossier["aliases"]:
        raise NotFound(f"{dossier['name']!r} is not also called {alias!r}")
    return render(request, "split_confirm.html", e=dossier, alias=alias, labels=vocab.TYPE_LABELS)


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
