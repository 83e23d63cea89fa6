"""Saved: each person's own saved searches, search history and stars (nobody else sees them). A
search that looks a name up is never saved nor kept."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from habeas.errors import InvalidInput, NotFound
from habeas.services import workbench
from habeas.web.deps import VisitorDep, check_form_token, permit, render
from habeas.web.routes.search import Filters

router = APIRouter()
FormList = Annotated[list[str], Form()]


def search_url(query: str, filters: dict[str, Any]) -> str:
    """The search page's address for a query and its kept filters."""
    params: list[tuple[str, str]] = [("q", query)]
    for name, value in filters.items():
        params += [(name, str(v)) for v in value] if isinstance(value, list) else [(name, str(value))]
    return "/search?" + urlencode(params)


def _page(request: Request, visitor: VisitorDep, status_code: int = 200, **context: Any) -> Response:
    return render(
        request,
        "saved.html",
        status_code=status_code,
        saved=workbench.saved_searches(visitor.ctx),
        history=workbench.search_history(visitor.ctx),
        starred=workbench.starred(visitor.ctx),
        search_url=search_url,
        **context,
    )


@router.get("/saved", response_class=HTMLResponse, include_in_schema=False)
@permit("star")
def saved_page(request: Request, visitor: VisitorDep, done: str = "") -> Response:
    return _page(request, visitor, done=done)


@router.post("/saved", include_in_schema=False)
@permit("star", form_csrf=True)
def save_form(
    request: Request,
    visitor: VisitorDep,
    name: Annotated[str, Form()],
    q: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()],
    source: FormList = [],
    language: FormList = [],
    type: FormList = [],
    entity_type: FormList = [],
    date_from: Annotated[str | None, Form(alias="from")] = None,
    date_to: Annotated[str | None, Form(alias="to")] = None,
    case: Annotated[str | None, Form()] = None,
) -> Response:
    check_form_token(visitor, csrf_token)
    filters = Filters(source, language, type, entity_type, date_from, date_to, case).kept()
    try:
        saved = workbench.save_search(visitor.ctx, name, q, filters)
    except InvalidInput as exc:
        return _page(request, visitor, status_code=400, error=f"Not saved: {exc}")
    return RedirectResponse("/saved?" + urlencode({"done": f"Saved the search “{saved['name']}”."}), status_code=303)


@router.post("/saved/delete", include_in_schema=False)
@permit("star", form_csrf=True)
def delete_form(
    request: Request, visitor: VisitorDep, name: Annotated[str, Form()], csrf_token: Annotated[str, Form()]
) -> Response:
    check_form_token(visitor, csrf_token)
    try:
        workbench.delete_saved_search(visitor.ctx, name)
    except NotFound as exc:
        return _page(request, visitor, status_code=404, error=str(exc))
    return RedirectResponse("/saved?" + urlencode({"done": f"Deleted the saved search “{name}”."}), status_code=303)


@router.post("/saved/history/clear", include_in_schema=False)
@permit("star", form_csrf=True)
def clear_form(visitor: VisitorDep, csrf_token: Annotated[str, Form()]) -> Response:
    check_form_token(visitor, csrf_token)
    count = workbench.clear_search_history(visitor.ctx)
    return RedirectResponse(
        "/saved?" + urlencode({"done": f"Cleared your history ({count} searches)."}), status_code=303
    )


@router.get("/api/saved-searches", tags=["search"])
@permit("star")
def api_saved(visitor: VisitorDep) -> dict[str, Any]:
    """Your saved searches and your search history (yours alone)."""
    return {"saved": workbench.saved_searches(visitor.ctx), "history": workbench.search_history(visitor.ctx)}
