"""Search: full-text queries, their filters and facets, and rebuilding the index."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Sequence
from typing import TypedDict

from sqlalchemy import bindparam, select

from habeas.search.index import DOCUMENT_ORDERS as DOCUMENT_ORDERS  # re-exported: how the faces sort by document
from habeas.search.index import SearchFilters as SearchFilters  # re-exported: the faces' filter and hit types
from habeas.search.index import SearchHit as SearchHit
from habeas.search.index import parse_date_bound
from habeas.search.index import snippet_parts as snippet_parts  # re-exported: how the faces mark matches
from habeas.search.sync import catch_up, index_of, rebuild
from habeas.services import Caller
from habeas.services.cases import visible_case_names
from habeas.services.guard import guarded
from habeas.store import audit
from habeas.store.models import Custody
from habeas.store.workbench_models import DOCUMENT, Tag
from habeas.vocab import ENTITY_TYPES, entity_type_named


class SearchResult(TypedDict):
    """One search result as ``search --json`` and ``GET /api/search`` print it."""

    document_id: str
    title: str
    page: int | None
    snippet: str
    score: float


class DocumentResult(TypedDict):
    """One document of a search by document (``search --by-document --json``, ``GET
    /api/search?group=document``): its best matching pages inside, with its provenance."""

    document_id: str
    title: str
    score: float
    matching_pages: int
    pages: list[SearchResult]
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    source: str | None  # as it first came in
    grade: str | None  # the source's reliability grade (A-F)
    tags: list[str]


class DocumentResults(TypedDict):
    total_pages: int
    total_documents: int
    documents: list[DocumentResult]


@guarded("analyse")
def reindex(ctx: Caller) -> int:
    """Throw the index away and rebuild it from the database."""
    with ctx.store.db.transaction() as session:
        audit.append(session, ctx.actor, "index.rebuild")
    return rebuild(ctx.store)


def search_filters(
    case: str | None = None,
    sources: Sequence[str] = (),
    languages: Sequence[str] = (),
    file_types: Sequence[str] = (),
    entity_types: Sequence[str] = (),
    date_from: str | None = None,
    date_to: str | None = None,
) -> SearchFilters:
    """Search filters as the CLI and the web take them, checked: entity types by name or label
    ("organisation", "public body"), dates as YYYY, YYYY-MM or YYYY-MM-DD."""
    types = []
    for given in entity_types:
        wanted = entity_type_named(given)
        if wanted not in ENTITY_TYPES:
            raise ValueError(f"unknown entity type {given!r}; one of: {', '.join(ENTITY_TYPES)}")
        types.append(wanted)
    return SearchFilters(
        case=case or None,
        sources=list(sources),
        languages=list(languages),
        file_types=list(file_types),
        entity_types=types,
        date_from=parse_date_bound(date_from) if date_from else None,
        date_to=parse_date_bound(date_to) if date_to else None,
    )


def _name_fields(ctx: Caller, query: str, filters: SearchFilters) -> str:
    """A query with ``name:"..."`` fields widened by the names of the case's entities that are that
    person (a Han name's characters, which no table gives), and audited as a name lookup: a keyed
    hash of each name, never the name."""
    from habeas.resolve.name_index import entity_aliases, query_hash
    from habeas.search.query import name_queries, with_aliases

    names = name_queries(query)
    if not names:
        return query
    aliases = {n: entity_aliases(ctx.store, n, case=filters.case) for n in names}
    with ctx.store.db.transaction() as session:
        audit.append(
            session,
            ctx.actor,
            "names.lookup",
            case_name=filters.case,
            details={
                "query_hmac": query_hash(ctx.store, query),
                "via": "search",
                "names_hmac": [query_hash(ctx.store, n) for n in names],
            },
        )
    return with_aliases(query, aliases)


@guarded("read")
def search(
    ctx: Caller, query: str, filters: SearchFilters, limit: int = 10, offset: int = 0
) -> tuple[int, list[SearchHit]]:
    """One page of hits; ``name:"..."`` finds a person's name in every script."""
    catch_up(ctx.store)
    query, filters = _name_fields(ctx, query, filters), _members_only(ctx, filters)
    return index_of(ctx.store).search(query, filters, limit=limit, offset=offset)


@guarded("read")
def search_all(ctx: Caller, query: str, filters: SearchFilters) -> tuple[int, Iterator[SearchHit]]:
    """The total and every hit, streamed in batches."""
    catch_up(ctx.store)
    query, filters = _name_fields(ctx, query, filters), _members_only(ctx, filters)
    return index_of(ctx.store).count(query, filters), index_of(ctx.store).iter_search(query, filters)


def hit_dict(hit: SearchHit) -> SearchResult:
    """One search result as ``search --json`` and ``GET /api/search`` print it."""
    return {
        "document_id": hit.document_id,
        "title": hit.title,
        "page": hit.page,
        "snippet": hit.snippet,
        "score": hit.score,
    }


def search_json_chunks(total: int, hits: Iterator[SearchHit]) -> Iterator[str]:
    """The JSON of ``search --json``, piece by piece, so every result streams without a cap."""
    yield f'{{"total": {total}, "results": ['
    for n, hit in enumerate(hits):
        yield ("," if n else "") + "\n " + json.dumps(hit_dict(hit), ensure_ascii=False)
    yield "\n]}\n"


@guarded("read")
def search_facets(ctx: Caller, query: str, filters: SearchFilters) -> dict[str, list[tuple[str, int]]]:
    """For each filter field (source, language, file type, entity type, year), its values with how
    many matching pages each would leave; values with none are left out."""
    catch_up(ctx.store)
    return index_of(ctx.store).facets(with_name_aliases(ctx, query, filters), _members_only(ctx, filters))


def _members_only(ctx: Caller, filters: SearchFilters) -> SearchFilters:
    """The filters narrowed to the cases the caller is a member of (the index filters by them)."""
    return dataclasses.replace(filters, visible_cases=visible_case_names(ctx))


def with_name_aliases(ctx: Caller, query: str, filters: SearchFilters) -> str:
    """``name:"..."`` fields widened by the case's entities' names, without a second audit entry
    (the search itself wrote one)."""
    from habeas.resolve.name_index import entity_aliases
    from habeas.search.query import name_queries, with_aliases

    names = name_queries(query)
    if not names:
        return query
    return with_aliases(query, {n: entity_aliases(ctx.store, n, case=filters.case) for n in names})


@guarded("read")
def search_documents(
    ctx: Caller, query: str, filters: SearchFilters, order: str = "relevance", limit: int = 10, offset: int = 0
) -> DocumentResults:
    """One page of results by document: each matching document once, its best pages inside, with
    its source, grade, date and tags; ``order``: relevance (its best page's score), newest or oldest."""
    catch_up(ctx.store)
    query, filters = _name_fields(ctx, query, filters), _members_only(ctx, filters)
    pages, documents, hits = index_of(ctx.store).documents(query, filters, order=order, limit=limit, offset=offset)
    ids = [h.document_id for h in hits]
    with ctx.store.db.connection() as conn:  # two plain reads: every search page passes here
        first: dict[str, tuple[str, str]] = {}
        for doc_id, source, grade in conn.execute(_FIRST_CUSTODY, {"ids": ids}):
            first.setdefault(doc_id, (source, grade))
        tags: dict[str, list[str]] = {}
        for doc_id, tag in conn.execute(_DOCUMENT_TAGS, {"ids": ids}):
            tags.setdefault(doc_id, []).append(tag)
    return {
        "total_pages": pages,
        "total_documents": documents,
        "documents": [
            {
                "document_id": h.document_id,
                "title": h.title,
                "score": h.score,
                "matching_pages": h.matching_pages,
                "pages": [hit_dict(p) for p in h.pages],
                "date": h.date,
                "source": first.get(h.document_id, (None, None))[0],
                "grade": first.get(h.document_id, (None, None))[1],
                "tags": tags.get(h.document_id, []),
            }
            for h in hits
        ],
    }


# What a search by document reads of its documents, built once: each one's custody records, the
# first giving its source and grade, and its tags.
_FIRST_CUSTODY = (
    select(Custody.document_id, Custody.source, Custody.grade)
    .where(Custody.document_id.in_(bindparam("ids", expanding=True)))
    .order_by(Custody.id)
)
_DOCUMENT_TAGS = (
    select(Tag.target_id, Tag.tag)
    .where(Tag.kind == DOCUMENT, Tag.target_id.in_(bindparam("ids", expanding=True)))
    .order_by(Tag.tag)
)
