"""Documents: the browser (by source, folder and type, sorted, paged), one document's page (the
original beside its text, search hits marked in both with next and previous), its pages as
pictures, its JSON, and its original file, only ever as a download."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from markupsafe import Markup, escape

from habeas import vocab
from habeas.services import analysis, documents
from habeas.services.documents import BrowseFilters
from habeas.services.overview import document_facets
from habeas.web.deps import Visitor, VisitorDep, permit, render

router = APIRouter()

Many = Annotated[list[str], Query()]
From = Annotated[str | None, Query(alias="from", description="taken in on or after: YYYY[-MM[-DD]]")]
To = Annotated[str | None, Query(alias="to", description="taken in on or before: YYYY[-MM[-DD]]")]
Sort = Annotated[str, Query(pattern="^(date|title|size|name)$")]
Order = Annotated[str, Query(pattern="^(asc|desc)$")]
PageSize = Annotated[int, Query(ge=1, le=500)]
SHEET_ROWS = 200  # rows of each sheet shown as a table


@dataclass(frozen=True)
class Browse:
    """The document browser's query string, read once for its page and for ``/api/documents``."""

    source: list[str]
    language: list[str]
    type: list[str]
    entity_type: list[str]
    folder: str
    status: str | None
    case: str | None
    date_from: str | None
    date_to: str | None
    sort: str
    order: str
    after: str | None
    before: str | None

    def listing(self, visitor: Visitor, limit: int = documents.BROWSE_PAGE) -> documents.DocumentPage:
        filters = BrowseFilters(
            case=self.case or None,
            sources=self.source,
            languages=self.language,
            file_types=self.type,
            entity_types=[vocab.entity_type_named(t) for t in self.entity_type],
            folder=self.folder,
            status=self.status or None,
            date_from=self.date_from or None,
            date_to=self.date_to or None,
        )
        descending = self.order == "desc"
        return documents.browse_documents(
            visitor.ctx,
            filters,
            sort=self.sort,
            descending=descending,
            after=self.after,
            before=self.before,
            limit=limit,
        )

    def params(self) -> list[tuple[str, str]]:
        """The filters as the page's links carry them on."""
        single = {"folder": self.folder, "status": self.status, "case": self.case}
        single |= {"from": self.date_from, "to": self.date_to}
        return (
            [("source", s) for s in self.source]
            + [("language", v) for v in self.language]
            + [("type", t) for t in self.type]
            + [("entity_type", t) for t in self.entity_type]
            + [(name, value) for name, value in single.items() if value]
        )


async def browse_query(  # async: read on the event loop, no thread of its own
    source: Many = [],
    language: Many = [],
    type: Many = [],
    entity_type: Many = [],
    folder: str = "",
    status: str | None = None,
    case: str | None = None,
    date_from: From = None,
    date_to: To = None,
    sort: Sort = "date",
    order: Order = "desc",
    after: str | None = None,
    before: str | None = None,
) -> Browse:
    return Browse(
        source, language, type, entity_type, folder, status, case, date_from, date_to, sort, order, after, before
    )


BrowseQuery = Annotated[Browse, Depends(browse_query)]


@router.get("/documents", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def browser_page(request: Request, visitor: VisitorDep, query: BrowseQuery) -> Response:
    listing = query.listing(visitor)
    params = query.params()
    sort, order = query.sort, query.order
    ordering = [("sort", sort), ("order", order)]

    def url(
        drop: tuple[str, str] | None = None,
        add: tuple[str, str] | None = None,
        sort_by: str | None = None,
        at: tuple[str, str] | None = None,
        into: str | None = None,
    ) -> str:
        kept = [p for p in params if p != drop and (into is None or p[0] != "folder")]
        kept += [add] if add and add not in kept else []
        kept += [("folder", into)] if into else []
        if sort_by:
            flip = "asc" if sort_by == sort and order == "desc" else "desc"
            kept += [("sort", sort_by), ("order", flip if sort_by == sort else _natural(sort_by))]
        else:
            kept += ordering
        kept += [at] if at else []
        return "/documents?" + urlencode(kept)

    return render(
        request,
        "documents.html",
        listing=listing,
        facets=document_facets(visitor.ctx),
        selected={
            "source": query.source,
            "language": query.language,
            "type": query.type,
            "entity_type": query.entity_type,
        },
        folder=query.folder,
        crumbs=_crumbs(query.folder),
        status=query.status or "",
        date_from=query.date_from or "",
        date_to=query.date_to or "",
        sort=sort,
        order=order,
        url=url,
        type_labels=vocab.TYPE_LABELS,
        entity_types=vocab.ENTITY_TYPES,
    )


@router.get("/api/documents", tags=["documents"])
@permit("read")
def api_browse(visitor: VisitorDep, query: BrowseQuery, limit: PageSize = documents.BROWSE_PAGE) -> dict[str, Any]:
    """A page of documents, sorted by date taken in, title, size or name; ``next``/``previous``
    are the cursors to pass as ``after``/``before``; ``folders`` are those just below ``folder``."""
    return dict(query.listing(visitor, limit))


@router.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def document_page(request: Request, visitor: VisitorDep, doc_id: str, q: str = "") -> Response:
    doc = documents.show_document(visitor.ctx, doc_id)
    relatives = [*doc["children"], *([doc["parent_id"]] if doc["parent_id"] else [])]
    family = documents.document_family(visitor.ctx, relatives)
    mentions = analysis.document_entities(visitor.ctx, doc_id)
    hits = documents.document_hits(doc["pages"], q) if q.strip() else []
    spans: dict[int, list[tuple[int, int]]] = {}
    for hit in hits:
        spans.setdefault(hit["page"], []).append((hit["start"], hit["end"]))
    kind = _view_kind(doc["file_type"], len(doc["pages"]))
    return render(
        request,
        "document.html",
        doc=doc,
        family=family,
        q=q,
        grades=vocab.SOURCE_GRADES,
        mentions=mentions,
        types=sorted({m["type"] for ms in mentions.values() for m in ms}),
        labels=vocab.TYPE_LABELS,
        kind=kind,
        hits=hits,
        marked=lambda page: marked_text(page["text"], mentions.get(page["number"]), spans.get(page["number"], [])),
        tables=documents.document_tables(visitor.ctx, doc_id, SHEET_ROWS) if kind == "table" else [],
        thread=documents.email_thread(visitor.ctx, doc_id) if kind == "email" else [],
        files=documents.document_files(visitor.ctx, doc["children"]) if kind == "email" else {},
        meta=doc["metadata"] or {},
    )


@router.get("/documents/{doc_id}/pages/{number}.png", tags=["documents"], response_class=Response)
@permit("read")
def page_picture(visitor: VisitorDep, doc_id: str, number: int) -> Response:
    """Page ``number`` (from 1) of a PDF, or an image file, drawn as a PNG by the server (made once,
    then served from the store). The original is never sent inline."""
    return Response(documents.page_image(visitor.ctx, doc_id, number), media_type="image/png")


@router.get("/api/documents/{doc_id}/pages/{number}/hits", tags=["documents"])
@permit("read")
def api_page_hits(visitor: VisitorDep, doc_id: str, number: int, q: str = "") -> dict[str, Any]:
    """Where the words of ``q`` stand on the page's picture: boxes as fractions of the page
    (left, top, right, bottom from the top left), from the PDF's text layer, or from the word boxes
    OCR kept for a scanned page or an image."""
    return dict(documents.page_hits(visitor.ctx, doc_id, number, q))


@router.get("/api/documents/{doc_id}", tags=["documents"])
@permit("read")
def api_document(visitor: VisitorDep, doc_id: str) -> dict[str, Any]:
    """A document with its text by page, custody and family: the JSON of ``habeas show --json``."""
    return dict(documents.show_document(visitor.ctx, doc_id))


@router.get("/documents/{doc_id}/original", tags=["documents"])
@permit("read")
def original(visitor: VisitorDep, doc_id: str) -> FileResponse:
    """The original file, byte for byte, always as a download and never rendered."""
    path, name = documents.original_file(visitor.ctx, doc_id)
    return FileResponse(
        path,
        media_type="application/octet-stream",
        filename=name,
        content_disposition_type="attachment",
        headers={"Content-Security-Policy": "sandbox; default-src 'none'"},
    )


def _natural(sort: str) -> str:
    """The first order a column is sorted in: newest and largest first, titles from A."""
    return "desc" if sort in ("date", "size") else "asc"


def _crumbs(folder: str) -> list[tuple[str, str]]:
    """The folders above ``folder`` (and itself), each with its path, for the breadcrumb."""
    if not folder:
        return []
    parts = folder.split("/")
    return [(parts[i] or "/", "/".join(parts[: i + 1]) or "/") for i in range(len(parts)) if parts[i] or i == 0]


def _view_kind(file_type: str, pages: int) -> str:
    """How the original is shown beside the text: a PDF, and an image of many pages (a multi-page
    TIFF), page by page; any other image as one picture."""
    if file_type == "image" and pages > 1:
        return "pages"
    return {"pdf": "pages", "image": "picture", "eml": "email", "xlsx": "table", "csv": "table"}.get(file_type, "text")


def marked_text(text: str, mentions: Sequence[Mapping[str, Any]] | None, hits: list[tuple[int, int]]) -> Markup:
    """A page's text, trimmed, every part escaped: entity mentions linked to their dossiers, and
    the search hits (``documents.term_spans``) marked, each a ``<mark class="hit">`` split where a
    mention begins or ends, its first piece also of the class ``first``."""
    lead, end = len(text) - len(text.lstrip()), len(text.rstrip())
    links: list[tuple[int, int, Mapping[str, Any]]] = []
    for m in sorted(mentions or [], key=lambda m: (m["start"], m["end"])):
        if lead <= m["start"] < m["end"] <= end and (not links or m["start"] >= links[-1][1]):
            links.append((m["start"], m["end"], m))
    cuts = sorted({lead, end, *(p for s, e, _ in links for p in (s, e)), *(p for s, e in hits for p in (s, e))})
    out: list[str] = []
    h = k = 0
    for start, stop in pairwise(cuts):
        while h < len(hits) and hits[h][1] <= start:
            h += 1
        while k < len(links) and links[k][1] <= start:
            k += 1
        piece = str(escape(text[start:stop]))
        if h < len(hits) and hits[h][0] <= start:
            piece = f'<mark class="hit{" first" if hits[h][0] == start else ""}">{piece}</mark>'
        if k < len(links) and links[k][0] <= start:
            link = links[k][2]
            label = vocab.TYPE_LABELS.get(link["type"], link["type"])
            piece = (
                f'<a class="ent t-{escape(link["type"])}" href="/entities/{escape(link["entity_id"])}" '
                f'title="{escape(label)}: {escape(link["name"])}">{piece}</a>'
            )
        out.append(piece)
    marked = "".join(out)
    return Markup(marked)  # nosec B704  # every part escaped; only our marks and links added
