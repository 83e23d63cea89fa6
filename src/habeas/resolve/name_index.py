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
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from habeas.names import match as matching
from habeas.names import phonetic
from habeas.names.forms import is_name_column
from habeas.protect.restricted import hidden_records
from habeas.store import audit
from habeas.store.analysis_models import EntityRow, MentionRow
from habeas.store.keys import store_secret
from habeas.store.models import Case, Document, Record
from habeas.store.names_models import NameKey, NameKeyColumn
from habeas.store.store import Store

CANDIDATES = 600  # rows kept after the fast key filter, before full scoring
KEY_BATCH = 2000
SALT_FILE = "names.key"


# -- the names index -----------------------------------------------------------------


def _document_columns(document: Document) -> set[str]:
    meta = document.meta or {}
    cols = set(meta.get("columns") or [])
    for sheet in meta.get("sheets") or []:
        cols.update(sheet.get("columns") or [])
    return {str(c) for c in cols}


def sync_name_keys(store: Store, extra_columns: Iterable[str] = ()) -> int:
    """Key every name cell not keyed yet (name columns, plus ``extra_columns``); returns how many."""
    extra = {c.strip().lower() for c in extra_columns if c.strip()}
    written = 0
    with store.db.reading() as session:
        done = {(d, c) for d, c in session.execute(select(NameKeyColumn.document_id, NameKeyColumn.column))}
        docs = session.scalars(select(Document).where(Document.id.in_(select(Record.document_id).distinct()))).all()
        todo: list[tuple[str, list[str]]] = []
        for doc in docs:
            cols = sorted(c for c in _document_columns(doc) if is_name_column(c) or c.strip().lower() in extra)
            missing = [c for c in cols if (doc.id, c) not in done]
            if missing:
                todo.append((doc.id, missing))
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
        session.execute(delete(NameKey).where(NameKey.document_id == doc_id, NameKey.column.in_(columns)))
        session.execute(
            delete(NameKeyColumn).where(NameKeyColumn.document_id == doc_id, NameKeyColumn.column.in_(columns))
        )
        for start in range(0, len(rows), KEY_BATCH * 5):
            session.execute(insert(NameKey), rows[start : start + KEY_BATCH * 5])
        session.add_all(NameKeyColumn(document_id=doc_id, column=c, names=n) for c, n in counts.items())
    return len(rows)


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


def case_entities(store: Store, case: str | None = None) -> list[_Entity]:
    """The case's (or every case's) named entities, to score a name against."""
    with store.db.reading() as session:
        stmt = select(EntityRow.id, EntityRow.name, EntityRow.type, EntityRow.aliases)
        if case:
            stmt = stmt.join(Case, Case.id == EntityRow.case_id).where(Case.name == case)
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
) -> list[dict[str, Any]]:
    """Entities (people, bodies the documents name) whose name or an alias matches ``query`` in any
    script (a Uyghur name in Chinese characters through its transcriptions), best first, each with
    the documents naming it. Writes no audit entry: the callers do."""
    query = unicodedata.normalize("NFC", query).strip()
    if not query:
        return []
    if entities is None:
        entities = case_entities(store, case)
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
        for score, _, ent, why in found:
            docs = session.execute(
                select(Document.id, Document.title, Document.file_name)
                .distinct()
                .join(MentionRow, MentionRow.document_id == Document.id)
                .where(MentionRow.entity_id == ent.id)
                .order_by(Document.id)
            ).all()
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
    sure = [e for e in found if e["score"] >= min_score]
    if not sure and found:
        top, runner_up = found[0], (found[1]["score"] if len(found) > 1 else 0.0)
        res = matching.compare(query, top["name"])
        if top["score"] - runner_up >= lead and not res.joined and len(res.pairs) >= len(query.split()):
            sure = [top]
    forms: list[str] = []
    for ent in sure:
        forms.extend([ent["name"], *ent["aliases"]])
    return list(dict.fromkeys(forms))


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
) -> dict[str, Any]:
    """People (entities, first) and rows whose name matches ``query`` in any script, best first,
    each with why. Rows marked restricted are left out unless ``see_restricted``. ``audited=False``
    is for a caller that writes one entry for many lookups (``names screen``)."""
    query = unicodedata.normalize("NFC", query).strip()
    if not query:
        raise ValueError("an empty name matches nothing")
    columns = [c for c in columns if c.strip()]
    sync_name_keys(store, columns)
    entity_matches = (
        []
        if only_columns
        else match_entities(store, query, entities=entities, case=case, min_score=min_score, limit=limit)
    )
    qkey = phonetic.analyse(query)
    wanted = {c.strip().lower() for c in columns}
    with store.db.reading() as session:
        candidates = _candidates(session, qkey, query, wanted, only_columns, case)
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


def _id_keys(session: Session, columns: list[str], case: str | None) -> list[tuple[int, str]]:
    """(id, keys) of every name in these columns: hundreds of thousands of rows, read through the
    driver's own cursor (plain tuples, no ORM rows)."""
    conn = session.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    # Only placeholders are formatted into the SQL; the values go as parameters.
    marks = ", ".join([mark] * len(columns))
    sql = f'SELECT n.id, n.keys FROM name_keys n WHERE n."column" IN ({marks})'  # nosec B608
    params: list[Any] = list(columns)
    if case:
        sql += (
            f" AND n.document_id IN (SELECT d.id FROM documents d JOIN cases c ON c.id = d.case_id"  # nosec B608
            f" WHERE c.name = {mark})"
        )
        params.append(case)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, params)
        return [(int(i), str(k)) for i, k in cursor.fetchall()]
    finally:
        cursor.close()


@dataclass(frozen=True)
class _Row:
    record_id: int
    document_id: str
    column: str
    name: str
    sheet: str
    row_number: int


def _candidates(
    session: Session, qkey: phonetic.NameKey, query: str, wanted: set[str], only_columns: bool, case: str | None
) -> list[_Row]:
    """Rows worth scoring in full: those whose keys are close to the query's (vectorised, in C)."""
    import numpy as np
    from rapidfuzz import fuzz, process

    known = sorted(set(session.scalars(select(NameKeyColumn.column).distinct())))
    columns = [c for c in known if c.strip().lower() in wanted or (not only_columns and is_name_column(c))]
    if not columns:
        return []
    rows = _id_keys(session, columns, case)
    if not rows:
        return []
    qkeys = [k for k in phonetic.index_keys(query).split("|") if k]
    if len(rows) <= CANDIDATES or not qkeys:
        keep = [r[0] for r in rows]
    else:
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        flat: list[str] = []
        owner: list[int] = []
        for i, (_, keys) in enumerate(rows):
            if "|" in keys:
                for k in keys.split("|"):
                    flat.append(k)
                    owner.append(i)
            else:
                flat.append(keys)
                owner.append(i)
        scores = process.cdist(qkeys, flat, scorer=fuzz.token_sort_ratio, dtype=np.float32, workers=-1).max(axis=0)
        best = np.zeros(len(rows), dtype=np.float32)
        np.maximum.at(best, np.asarray(owner, dtype=np.int64), scores)
        order = np.argsort(-best, kind="stable")
        cut = best[order[CANDIDATES - 1]]
        top = order[: CANDIDATES * 2]
        keep = ids[top[best[top] >= cut]].tolist()  # the best, and rows tied with the last of them, up to a bound
        exact = session.scalars(select(NameKey.id).where(NameKey.name == query, NameKey.column.in_(columns)))
        keep = list(dict.fromkeys([*keep, *exact]))
    out: list[_Row] = []
    for start in range(0, len(keep), 900):
        chunk = keep[start : start + 900]
        stmt2 = (
            select(
                NameKey.record_id, NameKey.document_id, NameKey.column, NameKey.name, Record.sheet, Record.row_number
            )
            .join(Record, Record.id == NameKey.record_id)
            .where(NameKey.id.in_(chunk))
        )
        out.extend(_Row(*r) for r in session.execute(stmt2))
    return out
