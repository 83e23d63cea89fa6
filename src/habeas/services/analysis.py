"""The analysis operations a user performs: analyse documents, list and show entities, merge and
split them, compare claims, read the timeline. Part of the service layer (see ``services``)."""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NotRequired, TypedDict, overload

from sqlalchemy import Select, Subquery, and_, case, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from habeas import vocab
from habeas.analyse import analyser_version
from habeas.analyse import tables as t
from habeas.analyse.claim_kinds import claim_kind
from habeas.analyse.document_date import document_date
from habeas.analyse.model import ClaimFound, DocumentAnalysis
from habeas.analyse.repeats import once_each
from habeas.errors import NotFound
from habeas.ingest.model import ERROR
from habeas.resolve.resolver import lock_case, resolve_case
from habeas.search.sync import sync_index
from habeas.services import Caller
from habeas.services.cases import case_named, in_visible_cases, require_visible, visible_case_ids
from habeas.services.guard import guarded
from habeas.services.remembered import remembered
from habeas.store import audit
from habeas.store.analysis_models import (
    AnalysisRun,
    ClaimRow,
    EntityCandidate,
    EntityJudgement,
    EntityKey,
    EntityRow,
    EventRow,
    MentionRow,
)
from habeas.store.correction_models import CLAIM, EVENT, kept, span_ref
from habeas.store.models import ANALYSIS_DONE, ANALYSIS_FAILED, ANALYSIS_PENDING, ANALYSIS_SKIPPED, Case, Document, Page
from habeas.store.store import Store

if TYPE_CHECKING:
    from habeas.analyse.chunked import Caller as PartRunner

WRITE_BATCH = 50
# The analysis states ``habeas analyse --pending`` finishes: never analysed (new, or left by a killed
# run) and failed (tried again).
UNFINISHED = (ANALYSIS_PENDING, ANALYSIS_FAILED)
SNIPPET = 80


class AnalysisFailure(TypedDict):
    """A document whose analysis raised: its state is ``failed`` until ``analyse --pending`` tries again."""

    document_id: str
    error: str


class AnalysisSummary(TypedDict):
    """What an analysis run did, as ``habeas analyse --json`` prints it: ``documents`` analysed,
    ``skipped`` (more text than ``analysis_max_chars``) and ``failed`` (each named, with its error)."""

    documents: int
    mentions: int
    claims: int
    events: int
    entities: int
    words: int
    analyser_version: str
    seconds: float
    skipped: int
    failed: list[AnalysisFailure]


class AnalysisStatus(TypedDict):
    """The analyser's version now, and how many documents each version analysed."""

    analyser_version: str
    documents_by_version: dict[str, int]


class EntitySummary(TypedDict):
    """An entity as ``habeas entities --json`` lists it."""

    id: str
    type: str
    name: str
    aliases: list[str]
    mention_count: int
    document_count: int


class EntityMention(TypedDict):
    """One place an entity is named: document, page, span, and the snippet with the mention in [brackets]."""

    document_id: str
    page: int
    start: int
    end: int
    text: str
    snippet: str


class EntityMentionPage(EntitySummary):
    """An entity with one page of its mentions, from ``offset``."""

    offset: int
    mentions: list[EntityMention]


class RelatedEntity(TypedDict):
    """An entity named in the same sentences as another, and in how many."""

    id: str
    name: str
    type: str
    count: int


class Claim(TypedDict):
    """A figure the documents state, with its sentence, place and when it held."""

    value: float
    low: float | None
    high: float | None
    qualifier: str | None
    unit: str
    text: str
    document_id: str
    page: int
    start: int
    end: int
    date: str | None
    precision: str | None
    date_source: str | None
    ref: str  # DOCUMENT:PAGE:START-END, kept across analyses: what a correction names


class TitledClaim(Claim):
    """A claim with its document's title, as a group of claims shows it."""

    title: str


class ClaimGroup(TypedDict):
    """Claims that count the same thing, sources side by side."""

    about: str
    claims: list[TitledClaim]
    values: list[float]
    documents: int


class ClaimList(TypedDict):
    """Every claim, and the same claims grouped by what they count (``habeas claims --json``)."""

    claims: list[Claim]
    groups: list[ClaimGroup]


class NamedEntity(TypedDict):
    """An entity a sentence names: its id, name and type."""

    id: str
    name: str
    type: str


class TimelineEvent(TypedDict):
    """A dated event: its date, sentence, place and the entities the sentence names (``entities``
    their names, each once; ``named`` the entities with id and type, each once; in reading order)."""

    date: str | None
    precision: str | None
    text: str
    document_id: str
    entities: list[str]
    named: list[NamedEntity]
    page: int
    start: int
    end: int
    date_text: str
    ref: str  # DOCUMENT:PAGE:START-END, kept across analyses: what a correction names


class Timeline(TypedDict):
    """Dated events in order (``habeas timeline --json``)."""

    events: list[TimelineEvent]


class EntityContext(TypedDict):
    """What surrounds an entity: entities named with it, claims and dated events in its sentences."""

    related: list[RelatedEntity]
    claims: list[Claim]
    events: list[TimelineEvent]


class EntityDossier(EntityMentionPage, EntityContext):
    """An entity's dossier (``habeas entity show --json``): names, a page of mentions, what surrounds it."""


class SplitResult(TypedDict):
    """The entities a split left: those the alias went to, and the rest."""

    split: list[EntitySummary]
    rest: list[EntitySummary]


class MergeCandidate(TypedDict):
    """Two entities with close names, waiting for a person's decision."""

    left: EntitySummary
    right: EntitySummary
    reason: str
    overlap: float


class MergeCandidates(TypedDict):
    """One page of the pairs waiting for review, and how many wait in all."""

    total: int
    pairs: list[MergeCandidate]


class CandidateDecision(TypedDict):
    """A person's answer to a proposed pair: the merged entity (``same``) or the two kept apart (``distinct``)."""

    decision: str
    entity: NotRequired[EntitySummary]
    entities: NotRequired[list[EntitySummary]]


class DocumentMention(TypedDict):
    """An entity mention in a document's page, for linking the page's text to the dossier."""

    start: int
    end: int
    entity_id: str
    type: str
    name: str


class NetworkNode(TypedDict):
    """An entity in a network, with how often the documents name it."""

    id: str
    name: str
    type: str
    mentions: int


class NetworkEdge(TypedDict):
    """Two entities of a network, and how many sentences name both."""

    source: str
    target: str
    weight: int


class EntityNetwork(TypedDict):
    """The entities named in the same sentences as ``center``, and the weighted edges between them."""

    center: str
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


# -- analysing ---------------------------------------------------------------------


@guarded("analyse")
def analyse(
    ctx: Caller,
    doc_ids: list[str] | None,
    workers: int | None = None,
    resolve: bool = True,
    *,
    states: Collection[str] | None = None,
    run: PartRunner | None = None,
) -> AnalysisSummary:
    """Analyse the given documents (all readable ones when ``doc_ids`` is None), replacing what an
    earlier analysis found in them, then resolve entities in every case touched. ``states`` keeps
    only the documents whose analysis state is one of them: ``pending`` (new, or left by a killed
    run) and ``failed``, for ``habeas analyse --pending``. Each document's state becomes ``done``,
    ``skipped`` (more text than ``analysis_max_chars``, or a part of it overran the sandbox's time
    or memory limit: too large) or ``failed`` (its analysis raised; the
    others go on) in the transaction that writes its facts. Queue workers analyse one document
    each with ``resolve=False``; the batch resolves (and the index writer indexes) once, at its end.
    ``run``: where the parts are analysed (``habeas.analyse.chunked.run_here``: in this process,
    without the limits); the shared sandboxed workers unless given."""
    from habeas.analyse.chunked import TOO_LARGE, analyse_bounded
    from habeas.analyse.engine import DocumentText, warm_analysis
    from habeas.ingest.sandbox import shared_sandbox

    began = time.perf_counter()
    version = analyser_version()
    with ctx.store.db.reading() as session:
        query = select(Document.id, Document.case_id).where(
            Document.status != ERROR, in_visible_cases(ctx, Document.case_id, "analyse")
        )
        if states is not None:
            query = query.where(Document.analysis.in_(list(states)))
        if doc_ids is not None:
            if not doc_ids:
                return _summary(0, 0, 0, 0, 0, version, began)
            query = query.where(Document.id.in_(doc_ids))
        docs = {row.id: row.case_id for row in session.execute(query.order_by(Document.id))}
        case_ids = sorted(set(docs.values()))
        known = _known_names(session, case_ids)
    limit = ctx.store.settings.limits.analysis_max_chars
    texts: list[DocumentText] = []
    too_large: list[str] = []
    for doc_id, pages in _document_texts(ctx.store, list(docs)):
        if sum(len(text) for _number, text in pages) > limit:
            too_large.append(doc_id)
        else:
            texts.append(DocumentText(doc_id, pages))
    totals = Counter[str]()
    failures: list[AnalysisFailure] = []
    pending: list[DocumentAnalysis] = []
    # In bounded parts, in sandboxed workers with the parsers' time and memory limits (see
    # habeas.analyse.chunked): a document that overruns them is skipped as too large.
    settings = ctx.store.settings
    limits = settings.limits
    call = run or shared_sandbox(workers or settings.workers, limits, warm_analysis, limits.analysis_idle_s).call
    for result in analyse_bounded(texts, known, call):
        if (result.error or "").startswith(TOO_LARGE):
            too_large.append(result.document_id)
            continue
        pending.append(result)
        if len(pending) >= WRITE_BATCH:
            _write(ctx.store, pending, docs, version, totals, failures)
            pending = []
    if pending:
        _write(ctx.store, pending, docs, version, totals, failures)
    if too_large:
        _skip(ctx.store, too_large, docs)
    with ctx.store.db.transaction() as session:
        for case_id in case_ids if resolve else []:
            totals["entities"] += resolve_case(session, case_id)
        if docs:
            audit.append(
                session,
                ctx.actor,
                "analysis.run",
                target=None,
                details={
                    "documents": len(docs),
                    "analyser_version": version,
                    "mentions": totals["mentions"],
                    "claims": totals["claims"],
                    "events": totals["events"],
                    "skipped": len(too_large),
                    "failed": [f["document_id"] for f in failures],
                },
            )
    if resolve:  # queued workers leave the index to the one index writer (they send it a task)
        sync_index(ctx.store)
    return _summary(
        len(docs) - len(too_large) - len(failures),
        totals["mentions"],
        totals["claims"],
        totals["events"],
        totals["entities"],
        version,
        began,
        words=totals["words"],
        skipped=len(too_large),
        failed=failures,
    )


def _summary(
    documents: int,
    mentions: int,
    claims: int,
    events: int,
    entities: int,
    version: str,
    began: float,
    words: int = 0,
    skipped: int = 0,
    failed: list[AnalysisFailure] | None = None,
) -> AnalysisSummary:
    return {
        "documents": documents,
        "mentions": mentions,
        "claims": claims,
        "events": events,
        "entities": entities,
        "words": words,
        "analyser_version": version,
        "seconds": round(time.perf_counter() - began, 3),
        "skipped": skipped,
        "failed": failed or [],
    }


def _lock_documents(session: Session, ids: list[str], case_ids: Iterable[int]) -> None:
    """Take the documents' cases, then their rows, each in id order (so two writers of
    overlapping batches cannot deadlock), and SQLite's write lock: a concurrent analysis of the
    same documents then replaces this one's rows (or this one replaces its), and never adds its
    own beside them, and a concurrent resolve of the case never updates mentions this one is
    replacing. The cases come first because resolving takes them first."""
    for case_id in sorted(set(case_ids)):
        lock_case(session, case_id)
    session.execute(select(Document.id).where(Document.id.in_(ids)).order_by(Document.id).with_for_update())
    session.execute(update(Document).where(Document.id.in_(ids)).values(indexed_at=None))


def _skip(store: Store, ids: list[str], case_of: dict[str, int]) -> None:
    """Mark documents with more text than analysis takes as ``skipped``, with no facts left over."""
    with store.db.transaction() as session:
        _lock_documents(session, ids, (case_of[i] for i in ids))
        for table in (MentionRow, ClaimRow, EventRow, AnalysisRun):
            session.execute(delete(table).where(table.document_id.in_(ids)))  # type: ignore[attr-defined]
        session.execute(update(Document).where(Document.id.in_(ids)).values(analysis=ANALYSIS_SKIPPED))


def _known_names(session: Session, case_ids: list[int]) -> dict[str, tuple[str, str]]:
    """Names the case already knows, so new documents recognise them."""
    known: dict[str, tuple[str, str]] = {}
    if not case_ids:
        return known
    for name, aliases, type_ in session.execute(
        select(EntityRow.name, EntityRow.aliases, EntityRow.type).where(EntityRow.case_id.in_(case_ids))
    ):
        for form in [name, *aliases]:
            if re.fullmatch(r"[\w][\w'’\-. ]*[\w.]", form) or re.search(r"[\u3400-\u9fff]", form):
                known.setdefault(form, (type_, name))
    return known


def _document_texts(store: Store, doc_ids: list[str]) -> Iterable[tuple[str, list[tuple[int, str]]]]:
    for i in range(0, len(doc_ids), 200):
        chunk = doc_ids[i : i + 200]
        pages: dict[str, list[tuple[int, str]]] = defaultdict(list)
        with store.db.reading() as session:
            for row in session.execute(
                select(Page.document_id, Page.number, Page.text)
                .where(Page.document_id.in_(chunk))
                .order_by(Page.document_id, Page.number)
            ):
                pages[row.document_id].append((row.number, row.text))
        for doc_id in chunk:
            yield doc_id, pages.get(doc_id, [])


def _write(
    store: Store,
    results: list[DocumentAnalysis],
    case_of: dict[str, int],
    version: str,
    totals: Counter[str],
    failures: list[AnalysisFailure],
) -> None:
    """Replace the documents' facts with what this analysis found and set their analysis state
    (``done``, or ``failed`` with nothing found), in one transaction."""
    ids = [r.document_id for r in results]
    failed = [r for r in results if r.error is not None]
    results = [r for r in results if r.error is None]
    with store.db.transaction() as session:
        # Documents are indexed again once analysed: the index holds the entity types and date.
        _lock_documents(session, ids, (case_of[i] for i in ids))
        for table in (MentionRow, ClaimRow, EventRow):
            session.execute(delete(table).where(table.document_id.in_(ids)))  # type: ignore[attr-defined]
        session.execute(delete(AnalysisRun).where(AnalysisRun.document_id.in_(ids)))
        if failed:
            session.execute(
                update(Document)
                .where(Document.id.in_([r.document_id for r in failed]))
                .values(analysis=ANALYSIS_FAILED)
            )
            failures.extend({"document_id": r.document_id, "error": r.error or ""} for r in failed)
        done = [r.document_id for r in results]
        if done:
            session.execute(update(Document).where(Document.id.in_(done)).values(analysis=ANALYSIS_DONE))
        dated: dict[str, tuple[str, str] | None] = {}
        by_id = {r.document_id: r for r in results}
        for doc_id, meta, created in session.execute(
            select(Document.id, Document.meta, Document.created_at).where(Document.id.in_(done))
        ):
            dated[doc_id] = document_date(
                meta or {},
                [(d.value, d.precision) for d in by_id[doc_id].dates],
                created.date().isoformat() if created else None,
            )
        mentions, claims, events, runs = [], [], [], []
        for r in results:
            case_id = case_of[r.document_id]
            for m in r.mentions:
                mentions.append(
                    {
                        "case_id": case_id,
                        "document_id": r.document_id,
                        "page": m.page,
                        "start": m.start,
                        "end": m.end,
                        "sentence": m.sentence,
                        "text": m.text,
                        "name": m.name,
                        "canonical": m.canonical or m.name,
                        "type": m.type,
                        "strong": m.strong,
                        "short_forms": list(m.short_forms),
                        "entity_id": None,
                    }
                )
            for c in r.claims:
                claims.append(
                    {
                        "case_id": case_id,
                        "document_id": r.document_id,
                        "page": c.page,
                        "start": c.start,
                        "end": c.end,
                        "sentence": c.sentence,
                        "value": c.value,
                        "low": c.low,
                        "high": c.high,
                        "qualifier": c.qualifier,
                        "unit": c.unit,
                        "number_text": c.number_text,
                        "text": c.text,
                        **_claim_date(c, r, dated.get(r.document_id)),
                    }
                )
            for d in r.dates:
                events.append(
                    {
                        "case_id": case_id,
                        "document_id": r.document_id,
                        "page": d.page,
                        "start": d.start,
                        "end": d.end,
                        "sentence": d.sentence,
                        "date": d.value,
                        "precision": d.precision,
                        "date_text": d.text,
                        "text": d.sentence_text,
                    }
                )
            runs.append(
                {
                    "document_id": r.document_id,
                    "analyser_version": version,
                    "words": r.words,
                    "mentions": len(r.mentions),
                    "claims": len(r.claims),
                    "events": len(r.dates),
                }
            )
            totals["words"] += r.words
        tables: tuple[tuple[Any, list[dict[str, Any]]], ...] = (
            (MentionRow, mentions),
            (ClaimRow, claims),
            (EventRow, events),
            (AnalysisRun, runs),
        )
        for table, rows in tables:
            if rows:
                session.execute(insert(table), rows)
        totals["mentions"] += len(mentions)
        totals["claims"] += len(claims)
        totals["events"] += sum(1 for e in events if e["date"])


def _claim_date(claim: ClaimFound, result: DocumentAnalysis, document: tuple[str, str] | None) -> dict[str, str | None]:
    """When a figure held: the date its own sentence states (the one nearest the figure), else its
    document's date, with the precision either was given to."""
    in_sentence = [d for d in result.dates if d.value and d.page == claim.page and d.sentence == claim.sentence]
    if in_sentence:
        nearest = min(in_sentence, key=lambda d: abs(d.start - claim.start))
        return {"date": nearest.value, "precision": nearest.precision, "date_source": "sentence"}
    if document:
        return {"date": document[0], "precision": document[1], "date_source": "document"}
    return {"date": None, "precision": None, "date_source": None}


def analysis_status(ctx: Caller) -> AnalysisStatus:
    with ctx.store.db.reading() as session:
        versions = dict(
            session.execute(
                select(AnalysisRun.analyser_version, func.count()).group_by(AnalysisRun.analyser_version)
            ).all()
        )
    return {"analyser_version": analyser_version(), "documents_by_version": versions}


# -- entities ----------------------------------------------------------------------


def _entity_summary(e: EntityRow) -> EntitySummary:
    return {
        "id": e.id,
        "type": e.type,
        "name": e.name,
        "aliases": list(e.aliases),
        "mention_count": e.mention_count,
        "document_count": e.document_count,
    }


def _entity_query(
    ctx: Caller, session: Session, type_: str | None, case: str | None, q: str | None
) -> Select[EntityRow]:
    query = select(EntityRow).where(in_visible_cases(ctx, EntityRow.case_id))
    case_id = case_named(ctx, session, case)
    if case_id is not None:
        query = query.where(EntityRow.case_id == case_id)
    if type_:
        query = query.where(EntityRow.type == vocab.entity_type_named(type_))
    if q and q.strip():
        # any of its names: the name as written, or the key of the name or an alias
        by_key = select(EntityKey.entity_id).where(EntityKey.key.contains(t.key(q), autoescape=True))
        query = query.where(
            or_(func.lower(EntityRow.name).contains(q.strip().lower(), autoescape=True), EntityRow.id.in_(by_key))
        )
    return query


@guarded("read")
def list_entities(
    ctx: Caller,
    type_: str | None = None,
    case: str | None = None,
    q: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[EntitySummary]:
    """Entities the documents name, most mentioned first; ``q`` keeps those with a name containing it."""
    with ctx.store.db.reading() as session:
        query = (
            _entity_query(ctx, session, type_, case, q)
            .order_by(EntityRow.mention_count.desc(), EntityRow.name, EntityRow.id)
            .offset(max(0, offset))
        )
        if limit is not None:
            query = query.limit(max(0, limit))
        return [_entity_summary(e) for e in session.scalars(query)]


@guarded("read")
def count_entities(ctx: Caller, type_: str | None = None, case: str | None = None, q: str | None = None) -> int:
    with ctx.store.db.reading() as session:
        sub = _entity_query(ctx, session, type_, case, q).subquery()
        return session.scalar(select(func.count()).select_from(sub)) or 0


def find_entity(
    session: Session, name_or_id: str, case_id: int | None = None, *, visible: frozenset[int] | None = None
) -> EntityRow:
    """An entity by id, else by name, else by alias (the most mentioned when several match), among
    the cases ``visible`` (``cases.visible_case_ids``; None: every case): one elsewhere is not found."""
    found = session.get(EntityRow, name_or_id)
    in_reach = found is not None and (visible is None or found.case_id in visible)
    if found is not None and in_reach and (case_id is None or found.case_id == case_id):
        return found
    wanted = t.key(name_or_id)
    in_case = [EntityRow.case_id == case_id] if case_id is not None else []
    if visible is not None:
        in_case.append(EntityRow.case_id.in_(sorted(visible)))
    order = (EntityRow.mention_count.desc(), EntityRow.id)
    found = session.scalars(
        select(EntityRow).where(EntityRow.name_key == wanted, *in_case).order_by(*order).limit(1)
    ).first()
    if found is None:
        found = session.scalars(
            select(EntityRow)
            .join(EntityKey, EntityKey.entity_id == EntityRow.id)
            .where(EntityKey.key == wanted, *in_case)
            .order_by(*order)
            .limit(1)
        ).first()
    if found is None:
        raise NotFound(f"no entity called {name_or_id!r}")
    return found


def _sentences_of(entity_ids: Iterable[str]) -> Subquery:
    """The sentences (document, page, sentence) that name any of these entities, once each."""
    return (
        select(MentionRow.entity_id, MentionRow.document_id, MentionRow.page, MentionRow.sentence)
        .where(MentionRow.entity_id.in_(list(entity_ids)))
        .distinct()
        .subquery()
    )


def co_mentions(session: Session, entity_ids: Iterable[str]) -> list[tuple[str, str, int]]:
    """(entity, other entity, how many sentences name both) for each of ``entity_ids``: one
    self-join of the mentions, shared by the dossier's related entities and the network."""
    mine = _sentences_of(entity_ids)
    other = MentionRow
    pairs = (
        select(
            mine.c.entity_id.label("a"), other.entity_id.label("b"), mine.c.document_id, mine.c.page, mine.c.sentence
        )
        .join(
            other,
            and_(other.document_id == mine.c.document_id, other.page == mine.c.page, other.sentence == mine.c.sentence),
        )
        .where(other.entity_id.is_not(None), other.entity_id != mine.c.entity_id)
        .distinct()
        .subquery()
    )
    rows = session.execute(select(pairs.c.a, pairs.c.b, func.count()).group_by(pairs.c.a, pairs.c.b)).all()
    return [(a, b, int(n)) for a, b, n in rows]


MENTION_PAGE = 50


def entity_mentions(
    session: Session, entity: EntityRow, limit: int | None = MENTION_PAGE, offset: int = 0
) -> list[EntityMention]:
    """One page of an entity's mentions (all of them when ``limit`` is None), in document order,
    each with its snippet."""
    window_start = case((MentionRow.start > SNIPPET, MentionRow.start - SNIPPET), else_=0)
    query = (
        select(
            MentionRow.document_id,
            MentionRow.page,
            MentionRow.start,
            MentionRow.end,
            MentionRow.text,
            window_start,  # only the snippet's stretch of the page is read, not the page
            func.substr(Page.text, window_start + 1, MentionRow.end + SNIPPET - window_start),
            func.length(Page.text),
        )
        .join(Page, and_(Page.document_id == MentionRow.document_id, Page.number == MentionRow.page), isouter=True)
        .where(MentionRow.entity_id == entity.id)
        .order_by(MentionRow.document_id, MentionRow.page, MentionRow.start, MentionRow.id)
        .offset(max(0, offset))
    )
    rows = session.execute(query if limit is None else query.limit(max(0, limit))).all()
    return [
        {
            "document_id": doc,
            "page": page,
            "start": start,
            "end": end,
            "text": text,
            "snippet": _snippet(window or "", at, start, end, length or 0),
        }
        for doc, page, start, end, text, at, window, length in rows
    ]


@guarded("read")
def entity_mention_page(ctx: Caller, name_or_id: str, limit: int = MENTION_PAGE, offset: int = 0) -> EntityMentionPage:
    """An entity's summary with one page of its mentions."""
    with ctx.store.db.reading() as session:
        entity = find_entity(session, name_or_id, visible=visible_case_ids(ctx))
        return {
            **_entity_summary(entity),
            "offset": max(0, offset),
            "mentions": entity_mentions(session, entity, limit, offset),
        }


@guarded("read")
def entity_dossier(
    ctx: Caller, name_or_id: str, case: str | None = None, limit: int | None = None, offset: int = 0
) -> EntityDossier:
    """An entity with its mentions (document, page, span, snippet), or a page of them with ``limit``
    and ``offset`` (``mention_count`` says how many in all), related entities, claims and events."""
    with ctx.store.db.reading() as session:
        entity = find_entity(session, name_or_id, case_named(ctx, session, case), visible=visible_case_ids(ctx))
        context = remembered(ctx, ("entity context", entity.id), lambda: _entity_context(session, entity))
        return {
            **_entity_summary(entity),
            "mentions": entity_mentions(session, entity, limit, offset),
            "offset": max(0, offset),
            **context,  # shared with the cache: callers read it and never change it
        }


def _entity_context(session: Session, entity: EntityRow) -> EntityContext:
    """What surrounds an entity: entities named in its sentences, claims and dated events there."""
    related = {b: n for _a, b, n in co_mentions(session, [entity.id])}
    rel_entities = {e.id: e for e in session.scalars(select(EntityRow).where(EntityRow.id.in_(list(related))))}
    mine = _sentences_of([entity.id])
    same_sentence = [
        ClaimRow.document_id == mine.c.document_id,
        ClaimRow.page == mine.c.page,
        ClaimRow.sentence == mine.c.sentence,
    ]
    claims = session.scalars(
        select(ClaimRow)
        .join(mine, and_(*same_sentence))
        .where(kept(CLAIM, ClaimRow))
        .order_by(ClaimRow.document_id, ClaimRow.page, ClaimRow.start)
    ).all()
    event_rows = session.scalars(
        select(EventRow)
        .join(
            mine,
            and_(
                EventRow.document_id == mine.c.document_id,
                EventRow.page == mine.c.page,
                EventRow.sentence == mine.c.sentence,
            ),
        )
        .where(EventRow.date.is_not(None), kept(EVENT, EventRow))
        .order_by(EventRow.date, EventRow.document_id, EventRow.start)
    ).all()
    names = _sentence_entities(session, event_rows)
    return {
        "related": [
            {"id": eid, "name": rel_entities[eid].name, "type": rel_entities[eid].type, "count": n}
            for eid, n in sorted(related.items(), key=lambda en: (-en[1], en[0]))
            if eid in rel_entities
        ],
        "claims": [_claim_dict(c) for c in claims],
        "events": [_event_dict(ev, names) for ev in event_rows],
    }


def _snippet(window: str, at: int, start: int, end: int, length: int) -> str:
    """The mention at ``start``-``end`` in [brackets] within ``window``, the stretch of a page of
    ``length`` characters that begins at ``at``; "…" where the page goes on."""
    start, end = start - at, end - at
    body = _SPACES.sub(" ", window[:start] + "[" + window[start:end] + "]" + window[end:]).strip()
    return ("…" if at > 0 else "") + body + ("…" if at + len(window) < length else "")


_SPACES = re.compile(r"\s+")


@guarded("decide")
def merge_entities(ctx: Caller, first: str, second: str) -> EntitySummary:
    """A person's decision that two entities are one thing: stored, audited, and applied now."""
    with ctx.store.db.transaction() as session:
        a, b = _entity_to_decide(ctx, session, first), _entity_to_decide(ctx, session, second)
        if a.case_id != b.case_id:
            raise ValueError("the two entities belong to different cases")
        if a.id == b.id:
            raise ValueError("that is the same entity")
        case_id = a.case_id
        _decide(
            session,
            case_id,
            "same",
            list(a.keys),
            list(b.keys),
            ctx.actor,
            "entity.merge",
            a.id,
            {"entities": [a.id, b.id], "names": [a.name, b.name]},
        )
        merged = find_entity(session, a.name, case_id)
        return _entity_summary(merged)


@guarded("decide")
def split_entity(ctx: Caller, entity: str, alias: str) -> SplitResult:
    """A person's decision that ``alias`` names something else than the rest of the entity."""
    with ctx.store.db.transaction() as session:
        e = _entity_to_decide(ctx, session, entity)
        alias_key = t.key(alias)
        if alias_key not in e.keys:
            raise ValueError(f"{alias!r} is not a name of {e.name!r}; its names are: {', '.join([e.name, *e.aliases])}")
        if alias_key == t.key(e.name) and not e.aliases:
            raise ValueError("an entity with one name cannot be split")
        case_id = e.case_id
        _decide(
            session,
            case_id,
            "different",
            list(e.keys),
            [alias_key],
            ctx.actor,
            "entity.split",
            e.id,
            {"entity": e.id, "name": e.name, "alias": alias},
        )
        rows = session.scalars(select(EntityRow).where(EntityRow.case_id == case_id)).all()
        split_off = [r for r in rows if alias_key in r.keys]
        rest = [r for r in rows if set(r.keys) & (set(e.keys) - {alias_key}) and alias_key not in r.keys]
        return {"split": [_entity_summary(r) for r in split_off], "rest": [_entity_summary(r) for r in rest]}


def _entity_to_decide(ctx: Caller, session: Session, name_or_id: str) -> EntityRow:
    """An entity the caller sees, in a case where its role lets it decide."""
    entity = find_entity(session, name_or_id, visible=visible_case_ids(ctx))
    require_visible(ctx, entity.case_id, f"no entity called {name_or_id!r}", "decide")
    return entity


@guarded("decide")
def merge_candidates(ctx: Caller, case: str | None = None, limit: int = 50, offset: int = 0) -> MergeCandidates:
    """Pairs of entities whose names are close but that were not joined automatically, best first,
    waiting for a person: ``same`` merges them, ``distinct`` keeps them apart for good."""
    with ctx.store.db.reading() as session:
        case_id = case_named(ctx, session, case, "decide")
        where = [in_visible_cases(ctx, EntityCandidate.case_id, "decide")]
        if case_id is not None:
            where.append(EntityCandidate.case_id == case_id)
        total = session.scalar(select(func.count()).select_from(EntityCandidate).where(*where)) or 0
        rows = session.scalars(
            select(EntityCandidate)
            .where(*where)
            .order_by(EntityCandidate.overlap.desc(), EntityCandidate.id)
            .limit(max(0, limit))
            .offset(max(0, offset))
        ).all()
        ids = {i for r in rows for i in (r.entity_a, r.entity_b)}
        entities = {e.id: e for e in session.scalars(select(EntityRow).where(EntityRow.id.in_(list(ids))))}
        pairs: list[MergeCandidate] = [
            {
                "left": _entity_summary(entities[r.entity_a]),
                "right": _entity_summary(entities[r.entity_b]),
                "reason": r.reason,
                "overlap": r.overlap,
            }
            for r in rows
            if r.entity_a in entities and r.entity_b in entities
        ]
    return {"total": total, "pairs": pairs}


@guarded("decide")
def decide_candidate(ctx: Caller, first: str, second: str, decision: str) -> CandidateDecision:
    """A person's answer to a proposed pair: ``same`` merges the two (as ``merge_entities``);
    ``distinct`` records that they are different things, so the pair is never proposed again.
    Both are audited and kept through every later analysis."""
    if decision == "same":
        return {"decision": "same", "entity": merge_entities(ctx, first, second)}
    if decision != "distinct":
        raise ValueError("decision must be 'same' or 'distinct'")
    with ctx.store.db.transaction() as session:
        a, b = _entity_to_decide(ctx, session, first), _entity_to_decide(ctx, session, second)
        if a.case_id != b.case_id or a.id == b.id:
            raise ValueError("name two different entities of the same case")
        _decide(
            session,
            a.case_id,
            "distinct",
            list(a.keys),
            list(b.keys),
            ctx.actor,
            "entity.distinct",
            a.id,
            {"entities": [a.id, b.id], "names": [a.name, b.name]},
        )
        return {"decision": "distinct", "entities": [_entity_summary(a), _entity_summary(b)]}


def _decide(
    session: Session,
    case_id: int,
    decision: str,
    forms_a: list[str],
    forms_b: list[str],
    actor: str,
    action: str,
    target: str,
    details: dict[str, Any],
) -> None:
    """Store a person's judgement, audit it, and resolve the case again so that it applies now."""
    session.add(EntityJudgement(case_id=case_id, decision=decision, forms_a=forms_a, forms_b=forms_b, actor=actor))
    audit.append(session, actor, action, case_name=_case_name(session, case_id), target=target, details=details)
    session.flush()
    resolve_case(session, case_id)


def _case_name(session: Session, case_id: int) -> str | None:
    return session.scalar(select(Case.name).where(Case.id == case_id))


# -- claims and timeline -----------------------------------------------------------


def _claim_dict(c: ClaimRow) -> Claim:
    return {
        "value": _num(c.value),
        "low": _num(c.low),
        "high": _num(c.high),
        "qualifier": c.qualifier,
        "unit": c.unit,
        "text": c.text,
        "document_id": c.document_id,
        "page": c.page,
        "start": c.start,
        "end": c.end,
        "date": c.date,
        "precision": c.precision,
        "date_source": c.date_source,
        "ref": span_ref(c.document_id, c.page, c.start, c.end),
    }


@overload
def _num(v: float) -> float | int: ...


@overload
def _num(v: float | None) -> float | int | None: ...


def _num(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


_SUFFIXES = ("ations", "ation", "ions", "ion", "ees", "ee", "ing", "ed", "es", "s", "e")


def stem(word: str) -> str:
    w = word.lower()
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def _about_match(words: list[str], claim: ClaimRow) -> bool:
    stems = {stem(w) for w in re.findall(r"\w+", claim.unit + " " + claim.text)}
    return all(any(s.startswith(stem(w)[:6]) or (stem(w).startswith(s) and len(s) >= 4) for s in stems) for w in words)


def _claim_group(c: ClaimRow) -> str:
    """What a claim counts, for grouping side by side (analyse/claim_kinds.py): people detained, sent
    to camps, sentenced or flagged, the population, facilities, or the unit's head noun."""
    return claim_kind(c.unit, c.number_text, c.text)


@guarded("read")
def list_claims(ctx: Caller, about: str | None = None, case: str | None = None) -> ClaimList:
    """Every claim, or the claims about ``about``, grouped by what they count, sources side by side."""
    with ctx.store.db.reading() as session:
        case_id = case_named(ctx, session, case)
        query = select(ClaimRow).where(in_visible_cases(ctx, ClaimRow.case_id), kept(CLAIM, ClaimRow))
        if case_id is not None:
            query = query.where(ClaimRow.case_id == case_id)
        rows = session.scalars(query.order_by(ClaimRow.document_id, ClaimRow.page, ClaimRow.start)).all()
        titles = dict(
            session.execute(
                select(Document.id, Document.title).where(Document.id.in_({r.document_id for r in rows}))
            ).all()
        )
    if about:
        words = re.findall(r"\w+", about)
        rows = [r for r in rows if _about_match(words, r)]
    groups: dict[str, list[ClaimRow]] = defaultdict(list)
    for r in rows:
        groups[_claim_group(r) or "(unspecified)"].append(r)
    return {
        "claims": [_claim_dict(r) for r in rows],
        "groups": [
            {
                "about": head,
                "claims": [
                    {**_claim_dict(r), "title": titles.get(r.document_id, "")}
                    for r in sorted(members, key=lambda r: r.value)
                ],
                "values": sorted({_num(r.value) for r in members}),
                "documents": len({r.document_id for r in members}),
            }
            for head, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        ],
    }


def _sentence_entities(session: Session, events: Sequence[EventRow]) -> dict[tuple[str, int, int], list[NamedEntity]]:
    """The entities named in each event's sentence, in reading order, each once."""
    named: dict[tuple[str, int, int], dict[str, NamedEntity]] = defaultdict(dict)
    wanted = {(e.document_id, e.page, e.sentence) for e in events}
    docs = sorted({k[0] for k in wanted})
    for i in range(0, len(docs), 500):
        rows = session.execute(
            select(
                MentionRow.document_id,
                MentionRow.page,
                MentionRow.sentence,
                EntityRow.id,
                EntityRow.name,
                EntityRow.type,
            )
            .join(EntityRow, EntityRow.id == MentionRow.entity_id)
            .where(MentionRow.document_id.in_(docs[i : i + 500]))
            .order_by(MentionRow.start)
        ).all()
        for r in rows:
            if (r.document_id, r.page, r.sentence) in wanted:
                named[(r.document_id, r.page, r.sentence)].setdefault(
                    r.id, {"id": r.id, "name": r.name, "type": r.type}
                )
    return {sentence: list(entities.values()) for sentence, entities in named.items()}


def _event_dict(ev: EventRow, named: dict[tuple[str, int, int], list[NamedEntity]]) -> TimelineEvent:
    entities = named.get((ev.document_id, ev.page, ev.sentence), [])
    return {
        "date": ev.date,
        "precision": ev.precision,
        "text": ev.text,
        "document_id": ev.document_id,
        "entities": list(dict.fromkeys(e["name"] for e in entities)),
        "named": entities,
        "page": ev.page,
        "start": ev.start,
        "end": ev.end,
        "date_text": ev.date_text,
        "ref": span_ref(ev.document_id, ev.page, ev.start, ev.end),
    }


@guarded("read")
def timeline(ctx: Caller, case: str | None = None, entity: str | None = None) -> Timeline:
    """Dated events in order, each with its sentence, document and the entities it names;
    with ``entity``, only the events whose sentence names that entity."""
    with ctx.store.db.reading() as session:
        case_id = case_named(ctx, session, case)
        query = select(EventRow).where(
            EventRow.date.is_not(None), in_visible_cases(ctx, EventRow.case_id), kept(EVENT, EventRow)
        )
        if case_id is not None:
            query = query.where(EventRow.case_id == case_id)
        if entity:
            mine = _sentences_of([find_entity(session, entity, case_id, visible=visible_case_ids(ctx)).id])
            query = query.join(
                mine,
                and_(
                    EventRow.document_id == mine.c.document_id,
                    EventRow.page == mine.c.page,
                    EventRow.sentence == mine.c.sentence,
                ),
            )
        rows = once_each(session.scalars(query.order_by(EventRow.date, EventRow.document_id, EventRow.start)).all())
        names = _sentence_entities(session, rows)
        return {"events": [_event_dict(r, names) for r in rows]}


# -- entities in a document, and the network around an entity ----------------------------------------------------------


@guarded("read")
def document_entities(ctx: Caller, doc_id: str) -> dict[int, list[DocumentMention]]:
    """The resolved entity mentions of a document by page, in reading order, without overlaps."""
    by_page: dict[int, list[DocumentMention]] = defaultdict(list)
    with ctx.store.db.reading() as session:
        case_id = session.scalar(select(Document.case_id).where(Document.id == doc_id))  # not the whole row
        require_visible(ctx, case_id, f"no document {doc_id!r}")
        rows = session.execute(
            select(MentionRow.page, MentionRow.start, MentionRow.end, EntityRow.id, EntityRow.type, EntityRow.name)
            .join(EntityRow, EntityRow.id == MentionRow.entity_id)
            .where(MentionRow.document_id == doc_id)
            .order_by(MentionRow.page, MentionRow.start, MentionRow.end.desc())
        ).all()
    for page, start, end, entity_id, type_, name in rows:
        mentions = by_page[page]
        if mentions and start < mentions[-1]["end"]:
            continue  # nested or overlapping: the first, longest one is kept
        mentions.append({"start": start, "end": end, "entity_id": entity_id, "type": type_, "name": name})
    return dict(by_page)


NETWORK_NODES = 60


@guarded("read")
def entity_network(ctx: Caller, entity_id: str, depth: int = 1, limit: int = NETWORK_NODES) -> EntityNetwork:
    """Entities named in the same sentence as ``entity_id`` (``depth`` steps out), and how often each
    pair is named together: nodes and weighted edges. Only entities the documents name; no scores."""
    with ctx.store.db.reading() as session:
        center = session.get(EntityRow, entity_id)
        require_visible(ctx, center.case_id if center is not None else None, f"no entity {entity_id!r}")
        nodes = {entity_id}
        frontier = {entity_id}
        for _ in range(max(1, min(depth, 3))):
            counts: dict[str, int] = defaultdict(int)
            for _a, b, n in co_mentions(session, frontier):
                if b not in nodes:
                    counts[b] += n
            room = limit - len(nodes)
            if room <= 0 or not counts:
                break
            frontier = {e for e, _n in sorted(counts.items(), key=lambda en: (-en[1], en[0]))[:room]}
            nodes |= frontier
        weights = {(a, b): n for a, b, n in co_mentions(session, nodes) if a < b and b in nodes}
        rows = session.scalars(select(EntityRow).where(EntityRow.id.in_(list(nodes)))).all()
    return {
        "center": entity_id,
        "nodes": [{"id": e.id, "name": e.name, "type": e.type, "mentions": e.mention_count} for e in rows],
        "edges": [{"source": a, "target": b, "weight": w} for (a, b), w in sorted(weights.items())],
    }
