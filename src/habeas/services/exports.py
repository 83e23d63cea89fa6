"""Exports: CSV, FollowTheMoney, dossiers and the sanctions cross-reference; each audited here, once."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypedDict, cast

from rapidfuzz import fuzz, process
from sqlalchemy import delete, func, insert, select

from habeas import vocab
from habeas.analyse import tables as t
from habeas.config import DEFAULT_CASE
from habeas.errors import NotFound
from habeas.export.case_file import (
    CaseFile,
    documents,
    positions,
)
from habeas.export.case_file import write_whole as write_whole  # re-exported: a file written whole or not at all
from habeas.export.csv_rows import KINDS, hit_rows, plain_number
from habeas.export.csv_rows import csv_lines as csv_lines  # re-exported: rows as CSV, formulas quoted
from habeas.export.dossier import TOP_ENTITIES, document_sources, pdf_bytes, render_html, write_html, write_pdf
from habeas.export.ftm import IMPORT_BATCH, caption, flatten, ftm_entities, parse_entity
from habeas.export.sanctions import DECISIONS, KEY_CANDIDATES, listings, name_similarity, pair_id
from habeas.export.sanctions import REVIEW_THRESHOLD as REVIEW_THRESHOLD  # re-exported: cross_reference's default
from habeas.names import match as matching
from habeas.names import phonetic
from habeas.search.index import SearchFilters
from habeas.services import Caller, analysis, search
from habeas.services.analysis import (
    Claim,
    EntityDossier,
    EntityMention,
    EntitySummary,
    RelatedEntity,
    TimelineEvent,
    timeline,
)
from habeas.services.cases import case_named, case_names_in_reach, case_to_write, cases_in_reach
from habeas.services.guard import guarded
from habeas.store import audit
from habeas.store.analysis_models import EntityRow, MentionRow
from habeas.store.interop_models import FtmEntityRow, SanctionJudgement
from habeas.store.models import Case, Document
from habeas.store.store import get_case


class Citation(TypedDict):
    """A span of a document's page."""

    document_id: str
    page: int
    start: int
    end: int


class OfficeHeld(TypedDict):
    """An office the documents give a person, with each place they give it."""

    title: str
    citations: list[Citation]


class CitedDocument(TypedDict):
    """A document a dossier cites: title, file name, SHA-256, size and where it came from."""

    id: str
    title: str
    file_name: str
    sha256: str
    size: int
    source: str


class SanctionMatch(TypedDict):
    """A listed entity whose name is close to a person's, and a person's decision on the pair, if any."""

    pair: str
    listed_id: str
    listed_name: str
    listed_names: list[str]
    score: float
    why: str
    datasets: list[str]
    topics: list[str]
    sanctions: list[dict[str, Any]]
    decision: str | None
    decided_by: str | None


class EvidenceCitation(TypedDict):
    """A place a document names a person: document, page, span and the file's SHA-256."""

    document_id: str
    title: str
    page: int
    start: int
    end: int
    sha256: str | None


class Official(TypedDict):
    """A person the documents name, the offices they give, and where the sanctions lists stand."""

    id: str
    name: str
    aliases: list[str]
    status: str
    positions: list[OfficeHeld]
    authorities: list[str]
    matches: list[SanctionMatch]
    evidence: list[EvidenceCitation]


class CrossReference(TypedDict):
    """The officials of a case against the imported sanctions lists (``habeas officials --json``)."""

    case: str
    listed_entities: int
    threshold: float
    officials: list[Official]


class SanctionDecision(TypedDict):
    """A person's decision on a candidate match, as recorded."""

    pair: str
    official: str
    listed_name: str
    listed_id: str
    decision: str


class FtmExportSummary(TypedDict):
    """What ``habeas export ftm`` wrote: the file and how many entities of each schema."""

    file: str
    entities: int
    schemata: dict[str, int]


class FtmImportSummary(TypedDict):
    """What ``habeas import ftm`` read into a case, and the lines it skipped."""

    file: str
    case: str
    entities: int
    schemata: dict[str, int]
    problems: list[str]


class DossierData(TypedDict):
    """What a printable dossier shows, of an entity or of a whole case (``habeas dossier --json``)."""

    kind: str
    name: str
    mentions: list[EntityMention]
    claims: list[Claim]
    events: list[TimelineEvent]
    positions: list[OfficeHeld]
    sanctions: list[SanctionMatch]
    sanctions_to_review: int
    documents: dict[str, CitedDocument]


class EntityDossierData(EntityDossier, DossierData):
    """An entity's dossier without what table rows say, with offices held, sanctions and cited documents.
    ``mention_count`` counts the mentions it shows; ``named`` and ``named_in`` count every mention and
    its documents, as the dossier page does (table rows included)."""

    named: int
    named_in: int


class CaseDossierData(DossierData):
    """A case's dossier: its documents, the entities they name most, claims and timeline."""

    entity_counts: dict[str, int]
    entities: list[EntitySummary]


def audit_export(
    ctx: Caller,
    action: str,
    *,
    case: str | None = None,
    target: str | None = None,
    query: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Record that something left the store: what kind, of which case, by whom (counts, never
    contents). A query is kept only as a keyed hash, as name lookups are: it may be a person's name."""
    from habeas.resolve.name_index import query_hash

    details = dict(details or {})
    if query is not None:
        details["query_hmac"] = query_hash(ctx.store, query)
    with ctx.store.db.transaction() as session:
        audit.append(session, ctx.actor, action, case_name=case, target=target, details=details)


# -- downloads from the web: one call each, the export audited before the first byte goes ------------


def search_csv_lines(ctx: Caller, query: str, filters: SearchFilters, case: str | None = None) -> Iterator[str]:
    """Every hit of a search as CSV text, a line at a time (the web's ``search.csv``)."""
    total, hits = search.search_all(ctx, query, filters)
    audit_export(ctx, "export.search_csv", case=case, query=query, details={"results": total})
    header, rows = hit_rows(hits)
    return csv_lines(header, rows)


def csv_export_lines(ctx: Caller, kind: str, case: str | None = None, entity: str | None = None) -> Iterator[str]:
    """One kind of CSV export (``export_rows``) as CSV text, a line at a time."""
    header, rows = export_rows(ctx, kind, case, entity=entity)
    audit_export(ctx, f"export.csv.{kind}", case=case)
    return csv_lines(header, rows)


def entity_dossier_pdf(ctx: Caller, name_or_id: str) -> bytes:
    """The printable dossier of an entity (``entity_dossier_data``) as PDF."""
    data = entity_dossier_data(ctx, name_or_id)
    audit_export(
        ctx,
        "export.dossier",
        target=name_or_id,
        details={"statements": len(data["mentions"]), "documents": len(data["documents"])},
    )
    return pdf_bytes(dict(data))


def search_rows(ctx: Caller, query: str, filters: SearchFilters) -> tuple[list[str], Iterator[list[Any]]]:
    """Every matching page, best first (the search is streamed by the index)."""

    _total, hits = search.search_all(ctx, query, filters)
    return hit_rows(hits)


def entity_rows(ctx: Caller, case: str | None = None) -> tuple[list[str], Iterator[list[Any]]]:
    """Entities the documents name (none named only in table rows), with their citations."""
    header = ["id", "type", "name", "aliases", "mentions", "documents", "citations"]

    def rows() -> Iterator[list[Any]]:
        with ctx.store.db.reading() as session:
            for cited in (c for i in cases_in_reach(ctx, session, case) for c in CaseFile(session, i).entities()):
                e = cited.entity
                docs = {m.document_id for m in cited.mentions}
                yield [
                    e.id,
                    e.type,
                    e.name,
                    "; ".join(e.aliases),
                    len(cited.mentions),
                    len(docs),
                    "; ".join(f"{m.document_id} p{m.page} {m.start}-{m.end}" for m in cited.mentions),
                ]

    return header, rows()


def claim_rows(ctx: Caller, case: str | None = None) -> tuple[list[str], Iterator[list[Any]]]:
    """Every claim with its sentence and citation, including the file's SHA-256."""
    header = [
        "value",
        "low",
        "high",
        "qualifier",
        "unit",
        "number_text",
        "sentence",
        "document_id",
        "page",
        "start",
        "end",
        "sha256",
    ]

    def rows() -> Iterator[list[Any]]:
        with ctx.store.db.reading() as session:
            for c, sha in (c for i in cases_in_reach(ctx, session, case) for c in CaseFile(session, i).claims()):
                yield [
                    plain_number(c.value),
                    plain_number(c.low),
                    plain_number(c.high),
                    c.qualifier,
                    c.unit,
                    c.number_text,
                    c.text,
                    c.document_id,
                    c.page,
                    c.start,
                    c.end,
                    sha,
                ]

    return header, rows()


def timeline_rows(
    ctx: Caller, case: str | None = None, entity: str | None = None
) -> tuple[list[str], Iterator[list[Any]]]:
    """The timeline of ``analysis.timeline``, one event a row (read before the first row, so
    that an unknown entity is an error, not a cut-off file)."""
    header = ["date", "precision", "date_text", "sentence", "entities", "document_id", "page", "start", "end"]
    with ctx.store.db.reading() as session:
        case_file = CaseFile(session, case_named(ctx, session, case))
    events = case_file.keep(timeline(ctx, case, entity)["events"])
    rows = (
        [
            e["date"],
            e["precision"],
            e["date_text"],
            e["text"],
            "; ".join(e["entities"]),
            e["document_id"],
            e["page"],
            e["start"],
            e["end"],
        ]
        for e in events
    )
    return header, rows


@guarded("export")
def export_rows(
    ctx: Caller, kind: str, case: str | None = None, query: str | None = None, entity: str | None = None
) -> tuple[list[str], Iterator[list[Any]]]:
    """The header and the rows of one kind of CSV export; a bad request fails here, before any row."""
    with ctx.store.db.reading() as session:
        case_named(ctx, session, case)  # an unknown (or unseen) case is an error now, not a cut-off file later
    if kind == "search":
        if not query:
            raise ValueError("a search export needs a query (--query)")
        return search_rows(ctx, query, SearchFilters(case=case))
    if kind == "entities":
        return entity_rows(ctx, case)
    if kind == "claims":
        return claim_rows(ctx, case)
    if kind == "timeline":
        return timeline_rows(ctx, case, entity)
    raise ValueError(f"unknown CSV export {kind!r}: choose one of {', '.join(KINDS)}")


@guarded("export")
def entity_dossier_data(ctx: Caller, name_or_id: str, case: str | None = None) -> EntityDossierData:
    """An entity's dossier: ``analysis.entity_dossier`` without what table rows say, plus
    offices held and the cited documents with their hashes."""
    d = analysis.entity_dossier(ctx, name_or_id, case)
    with ctx.store.db.reading() as session:
        entity = session.get(EntityRow, d["id"])
        if entity is None:
            raise RuntimeError(f"entity {d['id']} vanished while its dossier was read")
        case_file = CaseFile(session, entity.case_id)
        kept = case_file.keep(d["mentions"])
        if not kept:
            raise NotFound(f"{d['name']!r} is named only in table rows, which dossiers do not show")
        rows = session.scalars(select(MentionRow).where(MentionRow.entity_id == entity.id)).all()
        visible = [m for m in rows if case_file.citable(m.document_id)]
        held = cast(list[OfficeHeld], positions(session, visible)) if entity.type == "person" else []
        # named together with: counted again without table rows, which the dossier does not show
        sentences = {(m.document_id, m.page, m.sentence) for m in visible}
        together: Counter[str] = Counter()
        for doc, page, sentence, other in set(
            session.execute(
                select(MentionRow.document_id, MentionRow.page, MentionRow.sentence, MentionRow.entity_id).where(
                    MentionRow.document_id.in_(sorted({k[0] for k in sentences})),
                    MentionRow.entity_id.is_not(None),
                    MentionRow.entity_id != entity.id,
                )
            ).all()
        ):
            if (doc, page, sentence) in sentences and other is not None:
                together[other] += 1
    related: list[RelatedEntity] = [{**r, "count": together[r["id"]]} for r in d["related"] if together[r["id"]]]
    related.sort(key=lambda r: -r["count"])
    claims = case_file.keep(d["claims"])
    events = case_file.keep(d["events"])
    listed: list[SanctionMatch] = []
    if entity.type == "person":
        with ctx.store.db.reading() as session:
            case_name = session.get(Case, entity.case_id).name  # type: ignore[union-attr]
        found = cross_reference(ctx, case_name, everyone=True, entity_id=entity.id)["officials"]
        listed = found[0]["matches"] if found else []
    sources = cast(
        dict[str, CitedDocument],
        document_sources(
            ctx.store,
            {m["document_id"] for m in kept} | {c["document_id"] for c in claims} | {e["document_id"] for e in events},
        ),
    )
    return {
        "kind": "entity",
        **d,
        "mentions": kept,
        "related": related,
        "claims": claims,
        "events": events,
        "positions": held,
        "sanctions": [m for m in listed if m["decision"] == "same"],
        "sanctions_to_review": len([m for m in listed if m["decision"] in (None, "unsure")]),
        "documents": sources,
        "mention_count": len(kept),
        "document_count": len({m["document_id"] for m in kept}),
        "named": d["mention_count"],
        "named_in": d["document_count"],
    }


@guarded("export")
def case_dossier_data(ctx: Caller, case: str | None = None) -> CaseDossierData:
    """A case's dossier: its documents with their hashes, the entities they name, claims and timeline."""
    name = case or DEFAULT_CASE
    with ctx.store.db.reading() as session:
        case_id = case_named(ctx, session, name)
        case_file = CaseFile(session, case_id)
        by_type = dict(
            session.execute(
                select(EntityRow.type, func.count()).where(EntityRow.case_id == case_id).group_by(EntityRow.type)
            ).all()
        )
        doc_ids = set(documents(session, case_id))
        cited = sorted(case_file.entities(), key=lambda c: (-len(c.mentions), c.entity.name))
        entities: list[EntitySummary] = [
            {
                "id": c.entity.id,
                "type": c.entity.type,
                "name": c.entity.name,
                "aliases": c.entity.aliases,
                "mention_count": len(c.mentions),
                "document_count": len({m.document_id for m in c.mentions}),
            }
            for c in cited[:TOP_ENTITIES]
        ]
    claims = case_file.keep(analysis.list_claims(ctx, None, name)["claims"])
    events = case_file.keep(analysis.timeline(ctx, name)["events"])
    sources = cast(dict[str, CitedDocument], document_sources(ctx.store, doc_ids, case_id))
    return {
        "kind": "case",
        "name": name,
        "entity_counts": by_type,
        "entities": entities,
        "claims": claims,
        "events": events,
        "documents": sources,
        "mentions": [],
        "positions": [],
        "sanctions": [],
        "sanctions_to_review": 0,
    }


@guarded("export")
def export_ftm(
    ctx: Caller, out: Path, case: str | None = None, progress: Callable[[int], None] | None = None
) -> FtmExportSummary:
    """Write the case file to ``out`` as FtM JSON lines; the file appears whole or not at all."""
    out = Path(out)
    counts: Counter[str] = Counter()

    def lines() -> Iterator[str]:
        with ctx.store.db.reading() as session:
            in_reach = case_names_in_reach(ctx, session, case)
        for data in (d for name in in_reach for d in ftm_entities(ctx.store, name)):
            counts[data["schema"]] += 1
            if progress:
                progress(1)
            yield json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n"

    write_whole(out, lines())
    result: FtmExportSummary = {
        "file": str(out),
        "entities": sum(counts.values()),
        "schemata": dict(sorted(counts.items())),
    }
    audit_export(
        ctx,
        "export.ftm",
        case=case,
        target=out.name,
        details={"entities": result["entities"], "schemata": result["schemata"]},
    )
    return result


@guarded("import")
def import_ftm(
    ctx: Caller, path: Path, case: str | None, progress: Callable[[int], None] | None = None
) -> FtmImportSummary:
    """Read an FtM entity file (one JSON object per line) into the case; bad lines are reported and
    skipped; importing the same file again replaces its entities (ids are kept)."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    case_name = case or DEFAULT_CASE
    with ctx.store.db.transaction() as session:
        case_id = case_to_write(ctx, session, case_name, "import").id
    counts: Counter[str] = Counter()
    problems: list[str] = []
    pending: dict[str, dict[str, Any]] = {}

    def flush() -> None:
        if not pending:
            return
        with ctx.store.db.transaction() as session:
            ids = list(pending)
            session.execute(delete(FtmEntityRow).where(FtmEntityRow.case_id == case_id, FtmEntityRow.id.in_(ids)))
            session.execute(
                insert(FtmEntityRow),
                [
                    {
                        "case_id": case_id,
                        "id": i,
                        "schema": d["schema"],
                        "caption": caption(d),
                        "source": path.name,
                        "data": d,
                    }
                    for i, d in pending.items()
                ],
            )
        pending.clear()

    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            if progress:
                progress(len(raw))
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
                for entity in flatten(obj) if isinstance(obj, dict) else [obj]:
                    data = parse_entity(entity)
                    pending[data["id"]] = data
                    counts[data["schema"]] += 1
            except (ValueError, UnicodeDecodeError) as exc:
                problems.append(f"{path}: line {number}: {exc}")
            if len(pending) >= IMPORT_BATCH:
                flush()
    flush()
    with ctx.store.db.transaction() as session:
        audit.append(
            session,
            ctx.actor,
            "ftm.import",
            case_name=case_name,
            target=path.name,
            details={"entities": sum(counts.values()), "schemata": dict(counts), "bad_lines": len(problems)},
        )
    return {
        "file": str(path),
        "case": case_name,
        "entities": sum(counts.values()),
        "schemata": dict(sorted(counts.items())),
        "problems": problems,
    }


@guarded("read")
def cross_reference(
    ctx: Caller,
    case: str | None = None,
    everyone: bool = False,
    threshold: float = REVIEW_THRESHOLD,
    entity_id: str | None = None,
) -> CrossReference:
    """Each official (or person, with ``everyone``; or the one person ``entity_id``): sanctioned (a
    person confirmed the match), to review (a listed name alike above ``threshold``, no decision yet)
    or not found on the imported lists; each with the documents and spans that name them and the
    offices they give."""
    case_name = case or DEFAULT_CASE
    with ctx.store.db.reading() as session:
        found = session.get(Case, case_named(ctx, session, case_name))
        if found is None:
            raise NotFound(f"no case called {case_name!r}")
        listed = listings(session, found.id)
        decisions = {
            (j.name_key, j.ftm_id): j
            for j in session.scalars(
                select(SanctionJudgement).where(SanctionJudgement.case_id == found.id).order_by(SanctionJudgement.id)
            )
        }
        documents = session.execute(
            select(Document.id, Document.title, Document.sha256).where(Document.case_id == found.id)
        ).all()
        titles = {d.id: d.title for d in documents}
        sha = {d.id: d.sha256 for d in documents}
        people = []
        for cited in CaseFile(session, found.id).entities((vocab.PERSON,)):
            if entity_id is not None and cited.entity.id != entity_id:
                continue
            held = cast(list[OfficeHeld], positions(session, cited.mentions))
            if held or everyone:
                people.append((cited, held))
    flat_keys: list[str] = []
    owner: list[int] = []
    for i, entry in enumerate(listed):
        for name in entry.names:
            for k in phonetic.index_keys(name).split("|"):
                if k:
                    flat_keys.append(k)
                    owner.append(i)
    officials: list[Official] = []
    for cited, held in people:
        e = cited.entity
        name_key = t.key(e.name)
        candidates: set[int] = set()
        for form in [e.name, *e.aliases]:
            for k in filter(None, phonetic.index_keys(form).split("|")):
                for _key, _score, at in process.extract(
                    k, flat_keys, scorer=fuzz.token_sort_ratio, limit=KEY_CANDIDATES
                ):
                    candidates.add(owner[at])
        matches: list[SanctionMatch] = []
        for i in sorted(candidates):
            entry = listed[i]
            score, form, listed_name = max(
                (
                    (name_similarity(form, listed_name), form, listed_name)
                    for form in [e.name, *e.aliases]
                    for listed_name in entry.names
                ),
                key=lambda x: x[0],
            )
            if score < threshold:
                continue
            judged = decisions.get((name_key, entry.id))
            matches.append(
                {
                    "pair": pair_id(name_key, entry.id),
                    "listed_id": entry.id,
                    "listed_name": entry.name,
                    "listed_names": entry.names,
                    "score": round(score, 3),
                    "why": matching.compare(form, listed_name).why(),
                    "datasets": entry.datasets,
                    "topics": entry.topics,
                    "sanctions": entry.sanctions,
                    "decision": judged.decision if judged else None,
                    "decided_by": judged.actor if judged else None,
                }
            )
        matches.sort(key=lambda m: (-m["score"], m["listed_name"]))
        confirmed = [m for m in matches if m["decision"] == "same"]
        waiting = [m for m in matches if m["decision"] in (None, "unsure")]
        status = "sanctioned" if confirmed else "to review" if waiting else "not listed"
        officials.append(
            {
                "id": e.id,
                "name": e.name,
                "aliases": list(e.aliases),
                "status": status,
                "positions": held,
                "authorities": sorted(
                    {s["authority"] or s["program"] for m in confirmed for s in m["sanctions"]}
                    | {d for m in confirmed if not m["sanctions"] for d in m["datasets"]}
                ),
                "matches": matches,
                "evidence": [
                    {
                        "document_id": m.document_id,
                        "title": titles.get(m.document_id, ""),
                        "page": m.page,
                        "start": m.start,
                        "end": m.end,
                        "sha256": sha.get(m.document_id),
                    }
                    for m in cited.mentions
                ],
            }
        )
    order = {"sanctioned": 0, "to review": 1, "not listed": 2}
    officials.sort(key=lambda o: (order[o["status"]], o["name"]))
    return {"case": case_name, "listed_entities": len(listed), "threshold": threshold, "officials": officials}


@guarded("decide")
def decide(ctx: Caller, pair: str, decision: str, case: str | None = None) -> SanctionDecision:
    """A person's decision on a candidate match (by its pair handle): kept, audited, wins on every run."""
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {', '.join(DECISIONS)}")
    with ctx.store.db.reading() as session:
        case_named(ctx, session, case or DEFAULT_CASE, "decide")  # a member whose role there decides
    result = cross_reference(ctx, case, everyone=True, threshold=0.0)
    for official in result["officials"]:
        for m in official["matches"]:
            if m["pair"] == pair:
                with ctx.store.db.transaction() as session:
                    found = get_case(session, result["case"])
                    if found is None:
                        raise RuntimeError(f"case {result['case']!r} vanished while deciding")
                    session.add(
                        SanctionJudgement(
                            case_id=found.id,
                            name_key=t.key(official["name"]),
                            ftm_id=m["listed_id"],
                            decision=decision,
                            actor=ctx.actor,
                        )
                    )
                    audit.append(
                        session,
                        ctx.actor,
                        "sanctions.decide",
                        case_name=result["case"],
                        target=pair,
                        details={"official": official["id"], "listed_id": m["listed_id"], "decision": decision},
                    )
                return {
                    "pair": pair,
                    "official": official["name"],
                    "listed_name": m["listed_name"],
                    "listed_id": m["listed_id"],
                    "decision": decision,
                }
    raise NotFound(f"no candidate match {pair!r}: run `habeas officials --sanctions` to see them")


# -- a dossier's data (entity_dossier_data, case_dossier_data) as a document -----------------------


def dossier_html(data: DossierData) -> str:
    """The dossier as one HTML page."""
    return render_html(dict(data))


def write_dossier_html(data: DossierData, out: Path) -> Path:
    return write_html(dict(data), out)


def write_dossier_pdf(data: DossierData, out: Path) -> Path:
    return write_pdf(dict(data), out)
