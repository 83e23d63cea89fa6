"""The analysis operations a user performs: analyse documents, list and show entities, merge and
split them, compare claims, read the timeline. Part of the service layer (see ``services``)."""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from habeas.analyse import analyser_version
from habeas.analyse import tables as t
from habeas.analyse.model import DocumentAnalysis
from habeas.ingest.model import ERROR
from habeas.resolve.resolver import resolve_case
from habeas.services import NotFound
from habeas.store import audit
from habeas.store.analysis_models import (
    AnalysisRun,
    ClaimRow,
    EntityJudgement,
    EntityRow,
    EventRow,
    MentionRow,
)
from habeas.store.models import Case, Document, Page
from habeas.store.store import Store, get_case

WRITE_BATCH = 50
SNIPPET = 80


# -- analysing ---------------------------------------------------------------------


def analyse(
    store: Store, doc_ids: list[str] | None, actor: str, workers: int | None = None, resolve: bool = True
) -> dict[str, Any]:
    """Analyse the given documents (all readable ones when ``doc_ids`` is None), replacing what an
    earlier analysis found in them, then resolve entities in every case touched. Queue workers
    analyse one document each with ``resolve=False``; the batch resolves once, at its end."""
    from habeas.analyse.engine import DocumentText, analyse_documents

    began = time.perf_counter()
    version = analyser_version()
    with store.db.reading() as session:
        query = select(Document.id, Document.case_id).where(Document.status != ERROR)
        if doc_ids is not None:
            if not doc_ids:
                return _summary(0, 0, 0, 0, 0, version, began)
            query = query.where(Document.id.in_(doc_ids))
        docs = {row.id: row.case_id for row in session.execute(query.order_by(Document.id))}
        case_ids = sorted(set(docs.values()))
        known = _known_names(session, case_ids)
    texts = _document_texts(store, list(docs))
    totals = Counter[str]()
    pending: list[DocumentAnalysis] = []
    for result in analyse_documents(
        [DocumentText(d, pages) for d, pages in texts], known=known, workers=workers or store.settings.workers
    ):
        pending.append(result)
        if len(pending) >= WRITE_BATCH:
            _write(store, pending, docs, version, totals)
            pending = []
    if pending:
        _write(store, pending, docs, version, totals)
    with store.db.transaction() as session:
        for case_id in case_ids if resolve else []:
            totals["entities"] += resolve_case(session, case_id)
        if docs:
            audit.append(
                session,
                actor,
                "analysis.run",
                target=None,
                details={
                    "documents": len(docs),
                    "analyser_version": version,
                    "mentions": totals["mentions"],
                    "claims": totals["claims"],
                    "events": totals["events"],
                },
            )
    return _summary(
        len(docs),
        totals["mentions"],
        totals["claims"],
        totals["events"],
        totals["entities"],
        version,
        began,
        words=totals["words"],
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
) -> dict[str, Any]:
    return {
        "documents": documents,
        "mentions": mentions,
        "claims": claims,
        "events": events,
        "entities": entities,
        "words": words,
        "analyser_version": version,
        "seconds": round(time.perf_counter() - began, 3),
    }


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
    store: Store, results: list[DocumentAnalysis], case_of: dict[str, int], version: str, totals: Counter[str]
) -> None:
    ids = [r.document_id for r in results]
    with store.db.transaction() as session:
        for table in (MentionRow, ClaimRow, EventRow):
            session.execute(delete(table).where(table.document_id.in_(ids)))  # type: ignore[attr-defined]
        session.execute(delete(AnalysisRun).where(AnalysisRun.document_id.in_(ids)))
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


def analysis_status(store: Store) -> dict[str, Any]:
    with store.db.reading() as session:
        versions = dict(
            session.execute(
                select(AnalysisRun.analyser_version, func.count()).group_by(AnalysisRun.analyser_version)
            ).all()
        )
    return {"analyser_version": analyser_version(), "documents_by_version": versions}


# -- entities ----------------------------------------------------------------------


def _case_filter(session: Session, case: str | None) -> int | None:
    if case is None:
        return None
    found = get_case(session, case)
    if found is None:
        raise NotFound(f"no case called {case!r}")
    return found.id


def _entity_summary(e: EntityRow) -> dict[str, Any]:
    return {
        "id": e.id,
        "type": e.type,
        "name": e.name,
        "aliases": list(e.aliases),
        "mention_count": e.mention_count,
        "document_count": e.document_count,
    }


def list_entities(store: Store, type_: str | None = None, case: str | None = None) -> list[dict[str, Any]]:
    with store.db.reading() as session:
        case_id = _case_filter(session, case)
        query = select(EntityRow)
        if case_id is not None:
            query = query.where(EntityRow.case_id == case_id)
        if type_:
            wanted = type_.lower().replace(" ", "_").replace("-", "_")
            wanted = {"organisation": t.ORGANIZATION, "public body": t.PUBLIC_BODY}.get(wanted, wanted)
            query = query.where(EntityRow.type == wanted)
        rows = session.scalars(query.order_by(EntityRow.mention_count.desc(), EntityRow.name)).all()
        return [_entity_summary(e) for e in rows]


def find_entity(session: Session, name_or_id: str, case_id: int | None = None) -> EntityRow:
    query = select(EntityRow)
    if case_id is not None:
        query = query.where(EntityRow.case_id == case_id)
    found = session.get(EntityRow, name_or_id)
    if found is not None and (case_id is None or found.case_id == case_id):
        return found
    wanted = t.key(name_or_id)
    rows = session.scalars(query).all()
    exact = [e for e in rows if t.key(e.name) == wanted]
    if not exact:
        exact = [e for e in rows if wanted in (t.key(a) for a in e.aliases)]
    if not exact:
        raise NotFound(f"no entity called {name_or_id!r}")
    return max(exact, key=lambda e: e.mention_count)


def entity_dossier(store: Store, name_or_id: str, case: str | None = None) -> dict[str, Any]:
    """An entity with every mention (document, page, span, snippet), related entities, claims and events."""
    with store.db.reading() as session:
        entity = find_entity(session, name_or_id, _case_filter(session, case))
        mentions = session.scalars(
            select(MentionRow)
            .where(MentionRow.entity_id == entity.id)
            .order_by(MentionRow.document_id, MentionRow.page, MentionRow.start)
        ).all()
        page_text = _page_texts(session, {(m.document_id, m.page) for m in mentions})
        sentences = {(m.document_id, m.page, m.sentence) for m in mentions}
        related: Counter[str] = Counter()
        claims: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        if sentences:
            docs = sorted({s[0] for s in sentences})
            others = session.execute(
                select(
                    MentionRow.document_id, MentionRow.page, MentionRow.sentence, MentionRow.entity_id
                ).where(
                    MentionRow.document_id.in_(docs),
                    MentionRow.entity_id.is_not(None),
                    MentionRow.entity_id != entity.id,
                )
            ).all()
            seen_pairs = set()
            for o in others:
                if (o.document_id, o.page, o.sentence) in sentences and (
                    o.document_id,
                    o.page,
                    o.sentence,
                    o.entity_id,
                ) not in seen_pairs:
                    seen_pairs.add((o.document_id, o.page, o.sentence, o.entity_id))
                    related[o.entity_id] += 1
            for c in session.scalars(select(ClaimRow).where(ClaimRow.document_id.in_(docs))):
                if (c.document_id, c.page, c.sentence) in sentences:
                    claims.append(_claim_dict(c))
            names = _sentence_entities(session, docs)
            for ev in session.scalars(
                select(EventRow).where(EventRow.document_id.in_(docs), EventRow.date.is_not(None))
            ):
                if (ev.document_id, ev.page, ev.sentence) in sentences:
                    events.append(_event_dict(ev, names))
        rel_entities = {
            e.id: e for e in session.scalars(select(EntityRow).where(EntityRow.id.in_(list(related))))
        }
        return {
            **_entity_summary(entity),
            "mentions": [
                {
                    "document_id": m.document_id,
                    "page": m.page,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "snippet": _snippet(page_text.get((m.document_id, m.page), ""), m.start, m.end),
                }
                for m in mentions
            ],
            "related": [
                {"id": eid, "name": rel_entities[eid].name, "type": rel_entities[eid].type, "count": n}
                for eid, n in related.most_common()
                if eid in rel_entities
            ],
            "claims": claims,
            "events": sorted(events, key=lambda e: e["date"]),
        }


def _page_texts(session: Session, keys: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
    docs = sorted({k[0] for k in keys})
    out = {}
    for i in range(0, len(docs), 500):
        for row in session.execute(
            select(Page.document_id, Page.number, Page.text).where(Page.document_id.in_(docs[i : i + 500]))
        ):
            if (row.document_id, row.number) in keys:
                out[(row.document_id, row.number)] = row.text
    return out


def _snippet(text: str, start: int, end: int) -> str:
    a = max(0, start - SNIPPET)
    b = min(len(text), end + SNIPPET)
    body = re.sub(r"\s+", " ", text[a:start] + "[" + text[start:end] + "]" + text[end:b]).strip()
    return ("…" if a > 0 else "") + body + ("…" if b < len(text) else "")


def merge_entities(store: Store, first: str, second: str, actor: str) -> dict[str, Any]:
    """A person's decision that two entities are one thing: stored, audited, and applied now."""
    with store.db.transaction() as session:
        a = find_entity(session, first)
        b = find_entity(session, second)
        if a.case_id != b.case_id:
            raise ValueError("the two entities belong to different cases")
        if a.id == b.id:
            raise ValueError("that is the same entity")
        case_id = a.case_id
        _decide(session, case_id, "same", list(a.keys), list(b.keys), actor, "entity.merge", a.id,
                {"entities": [a.id, b.id], "names": [a.name, b.name]})
        merged = find_entity(session, a.name, case_id)
        return _entity_summary(merged)


def split_entity(store: Store, entity: str, alias: str, actor: str) -> dict[str, Any]:
    """A person's decision that ``alias`` names something else than the rest of the entity."""
    with store.db.transaction() as session:
        e = find_entity(session, entity)
        alias_key = t.key(alias)
        if alias_key not in e.keys:
            raise ValueError(
                f"{alias!r} is not a name of {e.name!r}; its names are: {', '.join([e.name, *e.aliases])}"
            )
        if alias_key == t.key(e.name) and not e.aliases:
            raise ValueError("an entity with one name cannot be split")
        case_id = e.case_id
        _decide(session, case_id, "different", list(e.keys), [alias_key], actor, "entity.split", e.id,
                {"entity": e.id, "name": e.name, "alias": alias})
        rows = session.scalars(select(EntityRow).where(EntityRow.case_id == case_id)).all()
        split_off = [r for r in rows if alias_key in r.keys]
        rest = [r for r in rows if set(r.keys) & (set(e.keys) - {alias_key}) and alias_key not in r.keys]
        return {"split": [_entity_summary(r) for r in split_off], "rest": [_entity_summary(r) for r in rest]}


def _decide(session: Session, case_id: int, decision: str, forms_a: list[str], forms_b: list[str], actor: str,
            action: str, target: str, details: dict[str, Any]) -> None:
    """Store a person's judgement, audit it, and resolve the case again so that it applies now."""
    session.add(EntityJudgement(case_id=case_id, decision=decision, forms_a=forms_a, forms_b=forms_b, actor=actor))
    audit.append(session, actor, action, case_name=_case_name(session, case_id), target=target, details=details)
    session.flush()
    resolve_case(session, case_id)


def _case_name(session: Session, case_id: int) -> str | None:
    return session.scalar(select(Case.name).where(Case.id == case_id))


# -- claims and timeline -----------------------------------------------------------


def _claim_dict(c: ClaimRow) -> dict[str, Any]:
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
    }


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
    return all(
        any(s.startswith(stem(w)[:6]) or (stem(w).startswith(s) and len(s) >= 4) for s in stems)
        for w in words
    )


PEOPLE_WORDS = {
    "people",
    "persons",
    "person",
    "individuals",
    "detainees",
    "detainee",
    "inmates",
    "prisoners",
    "citizens",
    "residents",
    "men",
    "women",
    "children",
    "adults",
    "minors",
    "victims",
    "survivors",
    "students",
    "workers",
    "labourers",
    "laborers",
    "members",
    "families",
    "muslims",
    "人",
    "名",
}


def _unit_head(unit: str) -> str:
    """What a figure counts, for grouping: the head noun of its unit ("images of detainees" → image);
    people of any kind ("detainees", "Uyghurs", "people") count as people."""
    text = unit.lower().split(" of ")[0]
    if re.match(r"[名人]", text):  # Chinese measure words for people
        return "people"
    words = [w for w in re.findall(r"[\w\-]+", text) if w not in ("and", "the")]
    if not words:
        return ""
    head = words[-1]
    if head in PEOPLE_WORDS or head in t.ETHNONYMS:
        return "people"
    return _singular(head)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def list_claims(store: Store, about: str | None = None, case: str | None = None) -> dict[str, Any]:
    """Every claim, or the claims about ``about``, grouped by what they count, sources side by side."""
    with store.db.reading() as session:
        case_id = _case_filter(session, case)
        query = select(ClaimRow)
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
        groups[_unit_head(r.unit) or "(unspecified)"].append(r)
    return {
        "claims": [_claim_dict(r) for r in rows],
        "groups": [
            {
                "about": head,
                "claims": [
                    {**_claim_dict(r), "title": titles.get(r.document_id, "")}
                    for r in sorted(members, key=lambda r: r.value)
                ],
                "values": sorted({_num(r.value) for r in members}),  # type: ignore[type-var]
                "documents": len({r.document_id for r in members}),
            }
            for head, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        ],
    }


def _sentence_entities(session: Session, doc_ids: list[str]) -> dict[tuple[str, int, int], list[str]]:
    names: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for i in range(0, len(doc_ids), 500):
        rows = session.execute(
            select(MentionRow.document_id, MentionRow.page, MentionRow.sentence, EntityRow.name)
            .join(EntityRow, EntityRow.id == MentionRow.entity_id)
            .where(MentionRow.document_id.in_(doc_ids[i : i + 500]))
            .order_by(MentionRow.start)
        ).all()
        for r in rows:
            bucket = names[(r.document_id, r.page, r.sentence)]
            if r.name not in bucket:
                bucket.append(r.name)
    return names


def _event_dict(ev: EventRow, names: dict[tuple[str, int, int], list[str]]) -> dict[str, Any]:
    return {
        "date": ev.date,
        "precision": ev.precision,
        "text": ev.text,
        "document_id": ev.document_id,
        "entities": names.get((ev.document_id, ev.page, ev.sentence), []),
        "page": ev.page,
        "start": ev.start,
        "end": ev.end,
        "date_text": ev.date_text,
    }


def timeline(store: Store, case: str | None = None, entity: str | None = None) -> dict[str, Any]:
    """Dated events in order, each with its sentence, document and the entities it names."""
    with store.db.reading() as session:
        case_id = _case_filter(session, case)
        query = select(EventRow).where(EventRow.date.is_not(None))
        if case_id is not None:
            query = query.where(EventRow.case_id == case_id)
        rows = session.scalars(query.order_by(EventRow.date, EventRow.document_id, EventRow.start)).all()
        names = _sentence_entities(session, sorted({r.document_id for r in rows}))
        events = [_event_dict(r, names) for r in rows]
        if entity:
            wanted = find_entity(session, entity, case_id).name
            events = [e for e in events if wanted in e["entities"]]
    return {"events": events}


# -- entities in a document, and the network around an entity ----------------------------------------------------------


def document_entities(store: Store, doc_id: str) -> dict[int, list[dict[str, Any]]]:
    """The resolved entity mentions of a document by page, in reading order, without overlaps."""
    by_page: dict[int, list[dict[str, Any]]] = defaultdict(list)
    with store.db.reading() as session:
        rows = session.execute(select(MentionRow.page, MentionRow.start, MentionRow.end, EntityRow.id,
                                      EntityRow.type, EntityRow.name)
                               .join(EntityRow, EntityRow.id == MentionRow.entity_id)
                               .where(MentionRow.document_id == doc_id)
                               .order_by(MentionRow.page, MentionRow.start, MentionRow.end.desc())).all()
    for page, start, end, entity_id, type_, name in rows:
        mentions = by_page[page]
        if mentions and start < mentions[-1]["end"]:
            continue  # nested or overlapping: the first, longest one is kept
        mentions.append({"start": start, "end": end, "entity_id": entity_id, "type": type_, "name": name})
    return dict(by_page)


NETWORK_NODES = 60


def entity_network(store: Store, entity_id: str, depth: int = 1, limit: int = NETWORK_NODES) -> dict[str, Any]:
    """Entities named in the same sentence as ``entity_id`` (``depth`` steps out), and how often each
    pair is named together: nodes and weighted edges. Only entities the documents name; no scores."""
    def sentences_of(ids: set[str]) -> dict[tuple[str, int, int], set[str]]:
        with store.db.reading() as session:
            keys = session.execute(select(MentionRow.document_id, MentionRow.page, MentionRow.sentence)
                                   .where(MentionRow.entity_id.in_(list(ids))).distinct()).all()
            docs = sorted({k[0] for k in keys})
            wanted = {tuple(k) for k in keys}
            together: dict[tuple[str, int, int], set[str]] = defaultdict(set)
            for i in range(0, len(docs), 500):
                for d, p, s, e in session.execute(
                        select(MentionRow.document_id, MentionRow.page, MentionRow.sentence, MentionRow.entity_id)
                        .where(MentionRow.document_id.in_(docs[i:i + 500]), MentionRow.entity_id.is_not(None))):
                    if (d, p, s) in wanted and e is not None:
                        together[(d, p, s)].add(e)
        return together

    with store.db.reading() as session:
        if session.get(EntityRow, entity_id) is None:
            raise NotFound(f"no entity {entity_id!r}")
    nodes = {entity_id}
    frontier = {entity_id}
    for _ in range(max(1, min(depth, 3))):
        counts: dict[str, int] = defaultdict(int)
        for members in sentences_of(frontier).values():
            for other in members - nodes:
                counts[other] += 1
        room = limit - len(nodes)
        if room <= 0 or not counts:
            break
        frontier = {e for e, _n in sorted(counts.items(), key=lambda en: -en[1])[:room]}
        nodes |= frontier
    weights: dict[tuple[str, str], int] = defaultdict(int)
    for members in sentences_of(nodes).values():
        inside = sorted(members & nodes)
        for i, a in enumerate(inside):
            for b in inside[i + 1:]:
                weights[(a, b)] += 1
    with store.db.reading() as session:
        rows = session.scalars(select(EntityRow).where(EntityRow.id.in_(list(nodes)))).all()
    return {"center": entity_id,
            "nodes": [{"id": e.id, "name": e.name, "type": e.type, "mentions": e.mention_count} for e in rows],
            "edges": [{"source": a, "target": b, "weight": w} for (a, b), w in sorted(weights.items())]}
