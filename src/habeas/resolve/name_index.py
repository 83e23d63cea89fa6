"""The names index over a case store, and finding a person in table rows.

A lookup is an investigative act about a real person: the query is never written in plain text to
the audit log or anywhere else. The audit entry records that a lookup happened, by whom, how many
results it gave, and a keyed hash of the query (HMAC-SHA-256 with a secret kept in the store
folder), so that a repeated lookup can be recognised without the name being readable.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, delete, exists, func, insert, select
from sqlalchemy.orm import Session

from habeas.names import match as matching
from habeas.names import phonetic, scripts, transcription
from habeas.names.chinese_script import simplified
from habeas.names.forms import chinese_renderings, is_name_column, rendering_parts
from habeas.protect.restricted import hidden_records
from habeas.store import audit
from habeas.store.analysis_models import EntityRow, MentionRow
from habeas.store.keys import store_secret
from habeas.store.models import Case, Document, Record
from habeas.store.names_models import EntityNameKey, NameKey, NameKeyColumn, NameTerm
from habeas.store.store import Store

CANDIDATES = 50  # rows kept after the fast key filter, before full scoring
RANK_POOL = 1000  # rows sharing the most terms with the query, ranked by their keys
PAIR_LIMIT = 5000  # rows read for the query's pairs of parts
NEAR_LIMIT = 2000  # rows read for the pairs by their keys' first letters, when the pairs find few
PART_LIMIT = 400  # rows read for each single part, when the pairs find fewer than WANT
WANT = 20
ENTITY_CANDIDATES = 20  # entities scored in full
SCREEN_CANDIDATES = 20  # rows scored in full for each name of a screening list (its closest by keys)
SCREEN_ENTITY_CANDIDATES = 12  # entities scored in full for each name of a screening list
SCAN_BELOW = 1000  # a case with no more entities (a scope with no more names) than this is scored whole
KEY_BATCH = 2000
SALT_FILE = "names.key"


# -- the names index -----------------------------------------------------------------


def _document_columns(meta: dict[str, Any] | None) -> set[str]:
    meta = meta or {}
    cols = set(meta.get("columns") or [])
    for sheet in meta.get("sheets") or []:
        cols.update(sheet.get("columns") or [])
    return {str(c) for c in cols}


def sync_name_keys(store: Store, extra_columns: Iterable[str] = ()) -> int:
    """Key every name cell not keyed yet (name columns, plus ``extra_columns``); returns how many.
    Without extra columns only tables with no keyed column are read: a query over a keyed case
    reads no table."""
    extra = {c.strip().lower() for c in extra_columns if c.strip()}
    written = 0
    with store.db.reading() as session:
        stmt = select(Document.id, Document.meta).where(exists().where(Record.document_id == Document.id))
        if not extra:
            stmt = stmt.where(~Document.id.in_(select(NameKeyColumn.document_id)))
        docs = session.execute(stmt).all()
        done = {
            (d, c)
            for d, c in session.execute(
                select(NameKeyColumn.document_id, NameKeyColumn.column).where(
                    NameKeyColumn.document_id.in_([d for d, _ in docs])
                )
            )
        }
        todo: list[tuple[str, list[str]]] = []
        for doc_id, meta in docs:
            cols = sorted(c for c in _document_columns(meta) if is_name_column(c) or c.strip().lower() in extra)
            missing = [c for c in cols if (doc_id, c) not in done]
            if missing:
                todo.append((doc_id, missing))
    for doc_id, cols in todo:
        written += _key_document(store, doc_id, cols)
    return written


def _key_document(store: Store, doc_id: str, columns: list[str]) -> int:
    rows: list[dict[str, Any]] = []
    counts = dict.fromkeys(columns, 0)
    keys_of: dict[str, str] = {}  # names repeat in real tables: key each spelling once
    with store.db.reading() as session:
        for record_id, values in session.execute(
            select(Record.id, Record.values).where(Record.document_id == doc_id)
        ).yield_per(KEY_BATCH):
            for col in columns:
                value = values.get(col)
                if value is None:
                    continue
                name = str(value).strip()
                if not name or len(name) > 200:
                    continue
                keys = keys_of.get(name)
                if keys is None:
                    keys = keys_of[name] = phonetic.index_keys(name)
                rows.append({"record_id": record_id, "document_id": doc_id, "column": col, "name": name, "keys": keys})
                counts[col] += 1
    with store.db.transaction() as session:
        old_ids = select(NameKey.id).where(NameKey.document_id == doc_id, NameKey.column.in_(columns))
        session.execute(delete(NameTerm).where(NameTerm.name_key_id.in_(old_ids)))
        session.execute(delete(NameKey).where(NameKey.document_id == doc_id, NameKey.column.in_(columns)))
        session.execute(
            delete(NameKeyColumn).where(NameKeyColumn.document_id == doc_id, NameKeyColumn.column.in_(columns))
        )
        for start in range(0, len(rows), KEY_BATCH * 5):
            session.execute(insert(NameKey), rows[start : start + KEY_BATCH * 5])
        _add_terms(session, doc_id, columns)
        session.add_all(NameKeyColumn(document_id=doc_id, column=c, names=n) for c, n in counts.items())
    return len(rows)


def _add_terms(session: Session, doc_id: str, columns: list[str]) -> None:
    """The terms of the names just keyed (``phonetic.index_terms``), for the lookups' index."""
    batch: list[dict[str, Any]] = []
    terms_of: dict[str, set[str]] = {}
    for key_id, keys in session.execute(
        select(NameKey.id, NameKey.keys).where(NameKey.document_id == doc_id, NameKey.column.in_(columns))
    ):
        terms = terms_of.get(keys)
        if terms is None:
            terms = terms_of[keys] = phonetic.index_terms(keys)
        batch.extend({"term": term, "name_key_id": key_id} for term in terms)
        if len(batch) >= KEY_BATCH * 10:
            session.execute(insert(NameTerm), batch)
            batch = []
    if batch:
        session.execute(insert(NameTerm), batch)


def entity_terms(names: Iterable[str]) -> set[str]:
    """The terms an entity is found by: those of its name and every alias."""
    out: set[str] = set()
    for name in names:
        if name.strip() and len(name) <= 200:
            out.update(phonetic.index_terms(phonetic.index_keys(name)))
    return out


def key_entities(session: Session, case_id: int, entities: Iterable[tuple[str, str, str, Iterable[str]]]) -> int:
    """Replace the case's entity name terms with those of ``entities`` ((id, type, name, aliases));
    called whenever the case's entities are resolved. Returns how many terms were written."""
    session.execute(delete(EntityNameKey).where(EntityNameKey.case_id == case_id))
    rows = [
        {"case_id": case_id, "term": term, "entity_id": eid}
        for eid, type_, name, aliases in entities
        if type_ not in _UNNAMED_TYPES
        for term in entity_terms([name, *aliases])
    ]
    for start in range(0, len(rows), KEY_BATCH * 10):
        session.execute(insert(EntityNameKey), rows[start : start + KEY_BATCH * 10])
    return len(rows)


def _key_unkeyed_cases(store: Store) -> None:
    """Cases resolved before entity terms existed get theirs at their first name query."""
    with store.db.reading() as session:
        todo = list(
            session.scalars(
                select(Case.id).where(
                    exists().where(EntityRow.case_id == Case.id),
                    ~exists().where(EntityNameKey.case_id == Case.id),
                )
            )
        )
    for case_id in todo:
        with store.db.transaction() as session:
            rows = session.execute(
                select(EntityRow.id, EntityRow.type, EntityRow.name, EntityRow.aliases).where(
                    EntityRow.case_id == case_id
                )
            ).all()
            key_entities(session, case_id, ((i, t, n, [str(a) for a in (al or [])]) for i, t, n, al in rows))


# -- lookups -------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    id: str
    name: str
    score: float
    kind: str
    why: str
    document_id: str
    sheet: str
    row: int
    column: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "score": self.score,
            "kind": self.kind,
            "why": self.why,
            "document_id": self.document_id,
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
        }


def query_hash(store: Store, query: str) -> str:
    """A keyed hash of a query, so that the audit log never holds the name itself."""
    key = store_secret(Path(store.settings.store), SALT_FILE)
    norm = unicodedata.normalize("NFC", query).strip().lower()
    return hmac.new(key, norm.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class _Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]


# Entity types that are not named things a name lookup looks for.
_UNNAMED_TYPES = frozenset({"date", "quantity", "money", "percent", "time"})


def _remembered(memo: dict[str, Any] | None, key: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, once per ``memo`` (a screening list's run: what does not change between its
    names is read once, not once a name); every time without one."""
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def indexed_entities(
    store: Store,
    query: str,
    case: str | None = None,
    width: int = ENTITY_CANDIDATES,
    memo: dict[str, Any] | None = None,
) -> list[_Entity]:
    """The case's (or every case's) entities worth scoring against ``query``: those sharing the most
    name terms with it (``entity_name_keys``), never a scan of every entity; in a case of at most
    ``SCAN_BELOW`` entities, all of them (names whose keys share nothing still meet in full scoring)."""
    _remembered(memo, "keyed", lambda: _key_unkeyed_cases(store))
    with store.db.reading() as session:
        in_case = select(Case.id).where(Case.name == case)
        some = select(EntityRow.id)
        some = some.where(EntityRow.case_id.in_(in_case)) if case else some
        if _remembered(memo, f"few entities in {case!r}", lambda: _at_most(session, some, SCAN_BELOW)):
            ids = list(session.scalars(some))
        else:
            where = [EntityNameKey.case_id.in_(in_case)] if case else []
            hits = term_hits(session, query, EntityNameKey.term, EntityNameKey.entity_id, *where)
            ids = [i for i, _ in hits.most_common(width)]
        stmt = select(EntityRow.id, EntityRow.name, EntityRow.type, EntityRow.aliases).where(EntityRow.id.in_(ids))
        return [
            _Entity(i, n, t, tuple(str(a) for a in (al or [])))
            for i, n, t, al in session.execute(stmt)
            if t not in _UNNAMED_TYPES
        ]


def match_entities(
    store: Store,
    query: str,
    *,
    entities: list[_Entity] | None = None,
    case: str | None = None,
    min_score: float = 0.5,
    limit: int = 10,
    width: int = ENTITY_CANDIDATES,
    memo: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Entities (people, bodies the documents name) whose name or an alias matches ``query`` in any
    script (a Uyghur name in Chinese characters through its transcriptions), best first, each with
    the documents naming it. Writes no audit entry: the callers do."""
    query = unicodedata.normalize("NFC", query).strip()
    if not query:
        return []
    if entities is None:
        entities = indexed_entities(store, query, case, width, memo)
    scores: dict[str, matching.Result] = {}
    found: list[tuple[float, str, _Entity, str]] = []
    for ent in entities:
        best: tuple[float, str] | None = None
        for form in dict.fromkeys((ent.name, *ent.aliases)):
            if not form.strip() or len(form) > 200:
                continue
            res = scores.get(form)
            if res is None:
                res = scores[form] = matching.compare(query, form)
            if best is None or res.score > best[0]:
                best = (res.score, res.why() + ("" if form == ent.name else f"; alias {form!r}"))
        if best is not None and best[0] >= min_score:
            found.append((best[0], ent.name, ent, best[1]))
    found.sort(key=lambda f: (-f[0], f[1], f[2].id))
    if limit > 0:
        found = found[:limit]
    out: list[dict[str, Any]] = []
    with store.db.reading() as session:
        named_in: dict[str, list[tuple[str, str, str]]] = {}
        if found:
            for eid, d, t, f in session.execute(
                select(MentionRow.entity_id, Document.id, Document.title, Document.file_name)
                .distinct()
                .join(MentionRow, MentionRow.document_id == Document.id)
                .where(MentionRow.entity_id.in_([ent.id for _, _, ent, _ in found]))
                .order_by(Document.id)
            ):
                named_in.setdefault(str(eid), []).append((d, t, f))
        for score, _, ent, why in found:
            docs = named_in.get(ent.id, [])
            out.append(
                {
                    "kind": "entity",
                    "id": ent.id,
                    "name": ent.name,
                    "type": ent.type,
                    "aliases": list(ent.aliases),
                    "score": round(score, 4),
                    "why": why,
                    "documents": [{"document_id": d, "title": t or f} for d, t, f in docs],
                    # where, as a row's match says it: the first document naming it
                    "document_id": docs[0][0] if docs else "",
                    "sheet": "",
                    "row": 0,
                    "column": "",
                }
            )
    return out


def entity_aliases(
    store: Store,
    query: str,
    *,
    case: str | None = None,
    min_score: float = 0.75,
    floor: float = 0.6,
    lead: float = 0.15,
) -> list[str]:
    """The names and aliases of the entities that are surely the person ``query`` names: the
    exact forms a ``name:"..."`` search adds (a Han name's characters, which no table gives). Sure:
    scoring ``min_score`` or more; failing any, the best entity when it scores ``floor`` or more,
    leads the next by ``lead`` and pairs every part of the query (not one shared family name)."""
    found = match_entities(store, query, case=case, min_score=floor, limit=20)
    sure = [e for e in found if e["score"] >= min_score and _every_part_meets(query, e, min_score)]
    if not sure and found:
        top, runner_up = found[0], (found[1]["score"] if len(found) > 1 else 0.0)
        res = matching.compare(query, top["name"])
        if top["score"] - runner_up >= lead and not res.joined and len(res.pairs) >= len(query.split()):
            sure = [top]
    forms: list[str] = []
    for ent in sure:
        forms.extend([ent["name"], *ent["aliases"]])
    used = [text for text, _ in used_transcriptions(store, query, case=case)[:WHOLE_CHECKED]]
    whole = _written_whole(store, used, case)  # a rendering no page writes whole finds nobody
    forms.extend([text for text in used if text in whole][:USED_FORMS])
    return list(dict.fromkeys(forms))


def _every_part_meets(query: str, entity: dict[str, Any], floor: float) -> bool:
    """Whether some name of the entity pairs every part of the query at ``floor`` or better: one
    part alike and another far off (the same family name, another given name) is not the person."""
    for form in (entity["name"], *entity["aliases"]):
        res = matching.compare(query, form)
        if res.joined and res.score >= floor:
            return True  # the whole name alike, written together on one side
        if len(res.pairs) >= min(len(query.split()), 2) and all(pair.score >= floor for pair in res.pairs):
            return True
    return False


USED_FORMS = 1  # Chinese renderings the case's documents use that a name: search adds
USAGE_CANDIDATES = 30  # renderings re-ranked by usage


def transcription_usage(store: Store, query: str, case: str | None = None) -> Counter[str]:
    """How often the case's documents use each Chinese character and each transcribed part in the
    names that sound like ``query`` (the mentions of the entities sharing its terms): what
    ``transcription.rank_by_usage`` re-ranks the candidate renderings by. A name written in
    traditional characters counts as its simplified form, the form the renderings are written in."""
    usage: Counter[str] = Counter()
    for ent in indexed_entities(store, query, case):
        for form in (ent.name, *ent.aliases):
            if scripts.script_of(form) != "han":
                continue
            for part in transcription.split_name(simplified(form)):
                usage[part] += 1
                for ch in dict.fromkeys(part):
                    usage[ch] += 1
    return usage


def used_transcriptions(store: Store, query: str, *, case: str | None = None) -> list[tuple[str, float]]:
    """The Chinese-character renderings of a name not written in Chinese characters, re-ranked by
    how often the case's own documents use them (``transcription.rank_by_usage``): each part's
    renderings counted in the documents' text (the search index) and in the names of the entities
    that sound like it. Only those the documents use are kept (none when they use none, or when
    the name is in Chinese characters already)."""
    if scripts.script_of(query) == "han":
        return []
    candidates = chinese_renderings(query, USAGE_CANDIDATES)
    if not candidates:
        return []
    variants, joiner = rendering_parts(query)
    usage = transcription_usage(store, query, case)
    usage.update(_text_usage(store, variants, case))
    if not usage:
        return []
    widened = transcription.with_used_parts(candidates, variants, usage, joiner=joiner)
    base = dict(widened)
    ranked = transcription.rank_by_usage(widened, usage, transcription.USAGE_WEIGHT)
    used = [(t, sc) for t, sc in ranked if sc < base[t]]
    # a rendering the documents write whole goes before one made of parts they write apart (the
    # family name of one person with the given name of another)
    whole = _written_whole(store, [t for t, _ in used[:WHOLE_CHECKED]], case)
    used.sort(key=lambda ts: ts[0] not in whole)
    return used


WHOLE_CHECKED = 6  # re-ranked renderings looked up whole in the documents


def _written_whole(store: Store, renderings: list[str], case: str | None) -> set[str]:
    """Those of ``renderings`` some page of the case's documents writes whole (all its parts)."""
    from habeas.search.index import SearchFilters
    from habeas.search.sync import index_of

    index = index_of(store)
    filters = SearchFilters(case=case)
    return {text for text in renderings if index.search(f'alias:"{text}"', filters, limit=1)[0]}


def _text_usage(store: Store, variants: list[list[str]], case: str | None) -> Counter[str]:
    """How many pages of the case's documents write each rendering of each part."""
    from habeas.search.index import SearchFilters
    from habeas.search.sync import index_of

    index = index_of(store)
    filters = SearchFilters(case=case)
    out: Counter[str] = Counter()
    for part in {p for vs in variants for p in vs if len(p) >= 2}:
        total, _ = index.search(part, filters, limit=1)
        if total:
            out[part] = total
    return out


def match_names(
    store: Store,
    query: str,
    *,
    limit: int = 10,
    columns: Iterable[str] = (),
    case: str | None = None,
    only_columns: bool = False,
    actor: str = "owner",
    min_score: float = 0.5,
    see_restricted: bool = False,
    audited: bool = True,
    entities: list[_Entity] | None = None,
    synced: bool = False,
    screening: bool = False,
    memo: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """People (entities, first) and rows whose name matches ``query`` in any script, best first,
    each with why. Rows marked restricted are left out unless ``see_restricted``. ``audited=False``
    is for a caller that writes one entry for many lookups (``names screen``), ``synced=True`` for one
    that brought the names index up to date itself, ``screening=True`` for one name of a list (fewer
    candidates scored in full: the closest by their keys) with a ``memo`` kept for the whole list."""
    query = unicodedata.normalize("NFC", query).strip()
    if not query:
        raise ValueError("an empty name matches nothing")
    columns = [c for c in columns if c.strip()]
    if not synced or columns:
        sync_name_keys(store, columns)
    entity_matches = (
        []
        if only_columns
        else match_entities(
            store,
            query,
            entities=entities,
            case=case,
            min_score=min_score,
            limit=limit,
            width=SCREEN_ENTITY_CANDIDATES if screening else ENTITY_CANDIDATES,
            memo=memo,
        )
    )
    wanted = {c.strip().lower() for c in columns}
    with store.db.reading() as session:
        width = SCREEN_CANDIDATES if screening else CANDIDATES
        candidates = _candidates(session, query, wanted, only_columns, case, width, memo)
        if not see_restricted:
            hidden = hidden_records(session, (c.record_id for c in candidates))
            candidates = [c for c in candidates if c.record_id not in hidden]
    by_name: dict[str, matching.Result] = {}
    scored: list[Match] = []
    for row in candidates:
        res = by_name.get(row.name)
        if res is None:
            res = matching.compare(query, row.name)
            by_name[row.name] = res
        if res.score < min_score:
            continue
        scored.append(
            Match(
                id=f"record:{row.record_id}",
                name=row.name,
                score=round(res.score, 4),
                kind="record",
                why=f"{res.why()}; column {row.column!r}",
                document_id=row.document_id,
                sheet=row.sheet,
                row=row.row_number,
                column=row.column,
            )
        )
    scored.sort(key=lambda m: (-m.score, m.name, m.document_id, m.sheet, m.row, m.column))
    # entities and rows together, best first (a row before an entity of the same score: an entity
    # found in a table is named by the rows themselves)
    merged: list[dict[str, Any]] = [*entity_matches, *(m.as_dict() for m in scored)]
    merged.sort(key=lambda m: (-m["score"], m["kind"] == "entity"))
    results = merged[:limit] if limit > 0 else merged
    if audited:
        with store.db.transaction() as session:
            audit.append(
                session,
                actor,
                "names.lookup",
                case_name=case,
                details={"query_hmac": query_hash(store, query), "results": len(results), "columns": sorted(columns)},
            )
    return {"query": query, "matches": results}


@dataclass(frozen=True)
class _Row:
    record_id: int
    document_id: str
    column: str
    name: str
    sheet: str
    row_number: int


def term_hits(session: Session, query: str, term: Any, owner: Any, *where: Any) -> Counter[Any]:
    """How many of the query's terms each name (or entity) shares, read from a terms table through
    its index: the pairs of parts first; when they find few, the pairs by their keys' first letters;
    when those do too, single parts (each read up to a bound)."""
    pairs, near, parts = phonetic.query_terms(query)
    hits: Counter[Any] = Counter()
    some = select(owner).where(term.in_(bindparam("terms", expanding=True)), *where)
    for terms, weight, bound in ((pairs, 4, PAIR_LIMIT), (near, 2, NEAR_LIMIT), (parts, 1, PART_LIMIT)):
        if len(hits) >= WANT:
            break
        # single parts are common: each is read up to the bound; pairs all at once
        for group in [[t] for t in sorted(terms)] if weight == 1 else [sorted(terms)] if terms else []:
            for (i,) in session.execute(some.limit(bound), {"terms": group}):
                hits[i] += weight
    return hits


def _at_most(session: Session, stmt: Any, n: int) -> bool:
    """Whether ``stmt`` selects at most ``n`` rows (counted in the database, reading no more than n + 1)."""
    counted = select(func.count()).select_from(stmt.limit(n + 1).subquery())
    return int(session.scalar(counted) or 0) <= n


def _candidates(
    session: Session,
    query: str,
    wanted: set[str],
    only_columns: bool,
    case: str | None,
    width: int = CANDIDATES,
    memo: dict[str, Any] | None = None,
) -> list[_Row]:
    """Rows worth scoring in full: those sharing the most terms with the query (through the terms
    index), then the closest by their keys (vectorised, in C)."""
    import numpy as np
    from rapidfuzz import fuzz, process

    known = _remembered(memo, "columns", lambda: sorted(set(session.scalars(select(NameKeyColumn.column).distinct()))))
    columns = [c for c in known if c.strip().lower() in wanted or (not only_columns and is_name_column(c))]
    if not columns:
        return []
    where: list[Any] = [NameKey.column.in_(columns)]
    if case:
        where.append(
            NameKey.document_id.in_(
                select(Document.id).join(Case, Case.id == Document.case_id).where(Case.name == case)
            )
        )
    some = select(NameKey.id).where(*where)
    small = _remembered(memo, f"few rows in {case!r} {columns}", lambda: _at_most(session, some, SCAN_BELOW))
    if small:  # a small table: every name is a candidate
        hits: Counter[Any] = Counter(dict.fromkeys(session.scalars(some), 0))
    else:
        hits = term_hits(session, query, NameTerm.term, NameTerm.name_key_id)
    if not hits:
        return []
    pool = [i for i, _ in hits.most_common(RANK_POOL)]
    ids = NameKey.id.in_(bindparam("ids", expanding=True))  # one parameter: no per-value compiling
    stmt = select(NameKey.id, NameKey.keys).where(ids, *where)
    rows: list[tuple[int, str]] = []
    for start in range(0, len(pool), 900):
        rows.extend((int(i), str(k)) for i, k in session.execute(stmt, {"ids": pool[start : start + 900]}))
    qkeys = [k for k in phonetic.index_keys(query).split("|") if k]
    if len(rows) > width and qkeys:
        flat = [k for _, keys in rows for k in keys.split("|")]
        owner = np.fromiter((n for n, (_, keys) in enumerate(rows) for _ in keys.split("|")), dtype=np.int64)
        scores = process.cdist(qkeys, flat, scorer=fuzz.token_sort_ratio, dtype=np.float32).max(axis=0)
        best = np.zeros(len(rows), dtype=np.float32)
        np.maximum.at(best, owner, scores)
        order = sorted(range(len(rows)), key=lambda n: (-hits[rows[n][0]], -float(best[n]), rows[n][0]))
        rows = [rows[n] for n in order[:width]]
    keep = [i for i, _ in rows]
    stmt2 = (
        select(NameKey.record_id, NameKey.document_id, NameKey.column, NameKey.name, Record.sheet, Record.row_number)
        .join(Record, Record.id == NameKey.record_id)
        .where(ids)
    )
    out: list[_Row] = []
    for start in range(0, len(keep), 900):
        out.extend(_Row(*r) for r in session.execute(stmt2, {"ids": keep[start : start + 900]}))
    return out
