"""CSV exports: search results, entities, claims and timelines, written row by row (no size cap, never
all in memory), through one writer that the CLI and the web app share."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select

from habeas.analysis_services import case_id_of, timeline
from habeas.config import LOCAL_OWNER
from habeas.export.case_file import EXPORTED_TYPES, cited_entities, tabular_documents
from habeas.protect.access import guarded
from habeas.search.index import SearchFilters, SearchHit, snippet_parts
from habeas.store.analysis_models import ClaimRow
from habeas.store.models import Document
from habeas.store.store import Store

KINDS = ("search", "entities", "claims", "timeline")


def csv_cell(value: Any) -> str:
    """A cell as text; one a spreadsheet program would run as a formula gets a leading quote."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_lines(header: list[str], rows: Iterable[Iterable[Any]]) -> Iterator[str]:
    """The header, then each row, as CSV text one line at a time: memory stays flat however many."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    yield buffer.getvalue()
    for row in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([csv_cell(v) for v in row])
        yield buffer.getvalue()


def _plain(snippet: str) -> str:
    return re.sub(r"\s+", " ", "".join(text for text, _hit in snippet_parts(snippet))).strip()


def search_rows(store: Store, query: str, filters: SearchFilters,
                *, actor: str = LOCAL_OWNER) -> tuple[list[str], Iterator[list[Any]]]:
    """Every matching page, best first (the search is streamed by the index)."""
    from habeas import services

    _total, hits = services.search_all(store, query, filters, actor=actor)
    return hit_rows(hits)


def hit_rows(hits: Iterable[SearchHit]) -> tuple[list[str], Iterator[list[Any]]]:
    """Search hits as CSV rows, snippets as plain text."""

    header = ["document_id", "title", "page", "score", "snippet"]
    return header, ([h.document_id, h.title, h.page or "", f"{h.score:.4f}", _plain(h.snippet)]
                    for h in hits)


def entity_rows(store: Store, case: str | None = None) -> tuple[list[str], Iterator[list[Any]]]:
    """Entities the documents name (none named only in table rows), with their citations."""
    header = ["id", "type", "name", "aliases", "mentions", "documents", "citations"]

    def rows() -> Iterator[list[Any]]:
        with store.db.reading() as session:
            for cited in cited_entities(session, case_id_of(session, case), EXPORTED_TYPES):
                e = cited.entity
                docs = {m.document_id for m in cited.mentions}
                yield [e.id, e.type, e.name, "; ".join(e.aliases), len(cited.mentions), len(docs),
                       "; ".join(f"{m.document_id} p{m.page} {m.start}-{m.end}" for m in cited.mentions)]

    return header, rows()


def claim_rows(store: Store, case: str | None = None) -> tuple[list[str], Iterator[list[Any]]]:
    """Every claim with its sentence and citation, including the file's SHA-256."""
    header = ["value", "low", "high", "qualifier", "unit", "number_text", "sentence", "document_id", "page",
              "start", "end", "sha256"]

    def rows() -> Iterator[list[Any]]:
        with store.db.reading() as session:
            case_id = case_id_of(session, case)
            hidden = tabular_documents(session, case_id)
            query = select(ClaimRow, Document.sha256).join(Document, Document.id == ClaimRow.document_id)
            if case_id is not None:
                query = query.where(ClaimRow.case_id == case_id)
            for c, sha in session.execute(query.order_by(ClaimRow.document_id, ClaimRow.page, ClaimRow.start)
                                          .execution_options(yield_per=1000)):
                if c.document_id not in hidden:
                    yield [_num(c.value), _num(c.low), _num(c.high), c.qualifier, c.unit, c.number_text, c.text,
                           c.document_id, c.page, c.start, c.end, sha]

    return header, rows()


def timeline_rows(store: Store, case: str | None = None, entity: str | None = None, *, actor: str = LOCAL_OWNER
                  ) -> tuple[list[str], Iterator[list[Any]]]:
    """The timeline of ``analysis_services.timeline``, one event a row (read before the first row, so
    that an unknown entity is an error, not a cut-off file)."""
    header = ["date", "precision", "date_text", "sentence", "entities", "document_id", "page", "start", "end"]
    with store.db.reading() as session:
        hidden = tabular_documents(session, case_id_of(session, case))
    events = timeline(store, case, entity, actor=actor)["events"]
    rows = ([e["date"], e["precision"], e["date_text"], e["text"], "; ".join(e["entities"]), e["document_id"],
             e["page"], e["start"], e["end"]] for e in events if e["document_id"] not in hidden)
    return header, rows


def _num(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


@guarded("export")
def export_rows(store: Store, kind: str, case: str | None = None, query: str | None = None,
                entity: str | None = None, *, actor: str = LOCAL_OWNER) -> tuple[list[str], Iterator[list[Any]]]:
    """The header and the rows of one kind of CSV export; a bad request fails here, before any row."""
    with store.db.reading() as session:
        case_id_of(session, case)  # an unknown case is an error now, not a cut-off file later
    if kind == "search":
        if not query:
            raise ValueError("a search export needs a query (--query)")
        return search_rows(store, query, SearchFilters(case=case), actor=actor)
    if kind == "entities":
        return entity_rows(store, case)
    if kind == "claims":
        return claim_rows(store, case)
    if kind == "timeline":
        return timeline_rows(store, case, entity, actor=actor)
    raise ValueError(f"unknown CSV export {kind!r}: choose one of {', '.join(KINDS)}")
