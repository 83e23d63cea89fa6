"""Search: the page with its facets and pages of results, every hit as CSV, and the JSON API (every
hit, streamed)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel
from starlette.responses import StreamingResponse

from habeas import vocab
from habeas.services import exports, search, workbench
from habeas.services.search import SearchFilters, SearchHit
from habeas.web.deps import Limit, Offset, VisitorDep, as_400, csv_response, permit, render

router = APIRouter()
PAGE_SIZE = 20

Many = Annotated[list[str], Query()]
From = Annotated[str | None, Query(alias="from", description="documents dated on or after: YYYY[-MM[-DD]]")]
To = Annotated[str | None, Query(alias="to", description="documents dated on or before: YYYY[-MM[-DD]]")]


class SearchResult(BaseModel):
    document_id: str
    title: str
    page: int | None
    snippet: str
    score: float


class SearchAnswer(BaseModel):
    total: int
    results: list[SearchResult]


class Filters:
    """The search filters as query parameters, read the same way by the page, its CSV, the JSON
    API and its facets (a FastAPI dependency: ``FiltersDep``)."""

    def __init__(
        self,
        source: Many = [],
        language: Many = [],
        type: Many = [],
        entity_type: Many = [],
        date_from: From = None,
        date_to: To = None,
        case: str | None = None,
    ) -> None:
        self.source, self.language, self.file_type, self.entity_type = source, language, type, entity_type
        self.date_from, self.date_to, self.case = date_from or None, date_to or None, case

    def for_search(self) -> SearchFilters:
        """As the search service takes them (``ValueError`` on a date it cannot read)."""
        return search.search_filters(
            self.case, self.source, self.language, self.file_type, self.entity_type, self.date_from, self.date_to
        )

    def kept(self) -> dict[str, Any]:
        """As saved searches and the history keep them: by the search page's parameter names."""
        return {
            "source": self.source,
            "language": self.language,
            "type": self.file_type,
            "entity_type": self.entity_type,
            "from": self.date_from,
            "to": self.date_to,
            "case": self.case,
        }

    def params(self) -> list[tuple[str, str]]:
        """As the search page's address carries them."""
        return (
            [("source", s) for s in self.source]
            + [("language", lang) for lang in self.language]
            + [("type", t) for t in self.file_type]
            + [("entity_type", t) for t in self.entity_type]
            + ([("from", self.date_from)] if self.date_from else [])
            + ([("to", self.date_to)] if self.date_to else [])
            + ([("case", self.case)] if self.case else [])
        )


FiltersDep = Annotated[Filters, Depends()]


@router.get("/", include_in_schema=False)
@permit("read")
def home() -> Response:
    return RedirectResponse("/search", status_code=303)


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def search_page(
    request: Request,
    visitor: VisitorDep,
    filters: FiltersDep,
    q: str = "",
    page: int = 1,
    view: str = "documents",
    sort: str = "relevance",
) -> Response:
    page = max(1, page)
    view = "pages" if view == "pages" else "documents"
    total, error = 0, None
    hits: list[SearchHit] = []
    grouped: search.DocumentResults | None = None
    facets: dict[str, list[tuple[str, int]]] = {}
    try:
        wanted = filters.for_search()
        if q.strip():
            offset = (page - 1) * PAGE_SIZE
            if view == "documents":
                grouped = search.search_documents(visitor.ctx, q, wanted, order=sort, limit=PAGE_SIZE, offset=offset)
                total = grouped["total_documents"]
            else:
                total, hits = search.search(visitor.ctx, q, wanted, limit=PAGE_SIZE, offset=offset)
            facets = search.search_facets(visitor.ctx, q, wanted)
            workbench.remember_search(visitor.ctx, q, filters.kept())
    except ValueError as exc:  # InvalidQuery included
        error = str(exc)
    selected = {
        "source": filters.source,
        "language": filters.language,
        "file_type": filters.file_type,
        "entity_type": filters.entity_type,
    }
    params: list[tuple[str, str]] = (
        [("q", q)]
        + filters.params()
        + ([("view", view)] if view != "documents" else [])
        + ([("sort", sort)] if sort != "relevance" else [])
    )

    def url(
        path: str = "/search",
        drop: tuple[str, str] | None = None,
        add: tuple[str, str] | None = None,
        page_no: int | None = None,
        year: str | None = None,
    ) -> str:
        kept = [p for p in params if p != drop] + ([add] if add and add not in params else [])
        if year is not None:  # a year facet sets the date range to that year
            kept = [p for p in kept if p[0] not in ("from", "to")]
            kept += [("from", year), ("to", year)] if year else []
        if page_no and page_no > 1:
            kept.append(("page", str(page_no)))
        return path + "?" + urlencode(kept)

    return render(
        request,
        "search.html",
        q=q,
        total=total,
        hits=hits,
        facets=facets,
        selected=selected,
        error=error,
        page=page,
        pages=max(1, -(-total // PAGE_SIZE)),
        url=url,
        first=(page - 1) * PAGE_SIZE + 1,
        date_from=filters.date_from or "",
        date_to=filters.date_to or "",
        type_labels=vocab.TYPE_LABELS,
        view=view,
        sort=sort,
        orders=search.DOCUMENT_ORDERS,
        grouped=grouped,
        grades=vocab.SOURCE_GRADES,
        name_search=workbench.looks_up_names(q),
        saved_filters=[p for p in params if p[0] not in ("q", "view", "sort")],
    )


@router.get("/search.csv", include_in_schema=False)
@permit("read")
def search_csv(
    visitor: VisitorDep,
    q: str,
    filters: FiltersDep,
) -> Response:
    wanted = filters.for_search()
    return csv_response(exports.search_csv_lines(visitor.ctx, q, wanted, case=filters.case), "habeas-search.csv")


@router.get("/api/search", tags=["search"], response_model=SearchAnswer)
@permit("read")
def api_search(
    visitor: VisitorDep,
    q: str,
    filters: FiltersDep,
    group: str | None = None,
    sort: str = "relevance",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    """Every matching page, best first, no cap: the JSON of ``habeas search --json``. Filters:
    ``entity_type`` (pages naming an entity of that type), ``from``/``to`` (the document's date).
    ``group=document``: one result per document instead (``limit``/``offset`` page them; ``sort``:
    relevance, newest or oldest), with its best pages inside, its source, grade, date and tags:
    the JSON of ``habeas search --by-document --json``."""
    wanted = filters.for_search()
    if group == "document":
        grouped = as_400(
            lambda: search.search_documents(visitor.ctx, q, wanted, order=sort, limit=limit, offset=offset)
        )
        return JSONResponse(grouped)
    if group not in (None, "", "page"):
        raise HTTPException(400, "group is page (the default) or document")
    total, hits = search.search_all(visitor.ctx, q, wanted)
    return StreamingResponse(search.search_json_chunks(total, hits), media_type="application/json")


@router.get("/api/search/facets", tags=["search"])
@permit("read")
def api_search_facets(
    visitor: VisitorDep,
    q: str,
    filters: FiltersDep,
) -> dict[str, list[dict[str, Any]]]:
    """For each filter (source, language, file_type, entity_type, year), its values with how many
    matching pages each would leave."""
    wanted = filters.for_search()
    return {
        name: [{"value": v, "count": n} for v, n in values]
        for name, values in search.search_facets(visitor.ctx, q, wanted).items()
    }
