"""The investigator's workbench: tags and notes on documents and entities (shared by everyone who
works the case), stars (each person's own), titles given to documents, saved searches and each
person's search history.

Tags and notes are for organising evidence, never for rating people. Those on a person entity stay
in the app: they are shown on that person's own page only, never in a list, the API, an export or a
package manifest. Every change is audited with the names of the fields it changed, never a note's
text. A document's tags and notes are searchable (``tag:...``, ``note:...``): changing them marks the
document for indexing again, in the same transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from habeas.errors import InvalidInput, NotFound, PermissionDenied
from habeas.search.query import name_queries, tag_key
from habeas.services import Caller
from habeas.services.cases import may_see_case, require_visible, visible_case_ids
from habeas.services.guard import guarded
from habeas.store import audit
from habeas.store.analysis_models import EntityRow
from habeas.store.models import Case, Document
from habeas.store.workbench_models import (
    DOCUMENT,
    ENTITY,
    DocumentTitle,
    Note,
    SavedSearch,
    SearchHistory,
    Star,
    Tag,
)

if TYPE_CHECKING:
    from habeas.services.analysis import EntitySummary
    from habeas.services.exports import Official

NOTE_MAX = 10_000
TITLE_MAX = 500
SAVED_NAME_MAX = 200
HISTORY_KEPT = 100  # searches kept per person; older ones go as new ones come
PERSON = "person"
NAME_SEARCH_REFUSED = "a search for a name is never kept: names are looked up, not stored"
PEOPLE_STAY = "tags and notes on people stay in the app: they are never listed, exported or sent through the API"


class NoteInfo(TypedDict):
    id: int
    text: str
    by: str
    at: str


class Annotations(TypedDict):
    """What the workbench holds about one document or entity, as the pages and ``--json`` show it."""

    kind: str  # "document" or "entity"
    id: str
    label: str  # the document's title, or the entity's name
    case: str
    person: bool  # a person entity: its tags and notes never leave the app
    tags: list[str]
    notes: list[NoteInfo]
    starred: bool  # by the caller
    original_title: str | None  # a document whose title a person set: the title extraction gave


class TagCount(TypedDict):
    tag: str
    documents: int
    entities: int  # tags on people are not counted: they are never listed


class StarredItem(TypedDict):
    kind: str
    id: str
    label: str
    case: str


class SavedSearchInfo(TypedDict):
    name: str
    query: str
    filters: dict[str, Any]
    created_at: str


class HistoryEntry(TypedDict):
    query: str
    filters: dict[str, Any]
    searched_at: str


class _Target:
    """A document or entity the caller may see, found by document id, entity id or entity name."""

    def __init__(self, kind: str, id_: str, case_id: int, label: str, entity_type: str | None) -> None:
        self.kind, self.id, self.case_id, self.label, self.entity_type = kind, id_, case_id, label, entity_type

    @property
    def person(self) -> bool:
        return self.entity_type == PERSON


def _target(ctx: Caller, session: Session, ref: str, operation: str = "read") -> _Target:
    from habeas.services.analysis import find_entity  # the entities' code only when a name is looked up

    ref = ref.strip()
    document = session.get(Document, ref) if ref else None
    if document is not None and may_see_case(ctx, document.case_id):
        require_visible(ctx, document.case_id, f"no document {ref!r}", operation)
        return _Target(DOCUMENT, document.id, document.case_id, document.title or document.file_name, None)
    try:
        entity = find_entity(session, ref, visible=visible_case_ids(ctx))
    except NotFound:
        raise NotFound(f"no document or entity {ref!r}") from None
    require_visible(ctx, entity.case_id, f"no entity {ref!r}", operation)
    return _Target(ENTITY, entity.id, entity.case_id, entity.name, entity.type)


def _annotations(ctx: Caller, session: Session, target: _Target) -> Annotations:
    conn, key = session.connection(), {"kind": target.kind, "target": target.id}  # every dossier passes here
    notes = conn.execute(_NOTES_OF, key)
    return {
        "kind": target.kind,
        "id": target.id,
        "label": target.label,
        "case": conn.scalar(_CASE_NAME, {"case": target.case_id}) or "",
        "person": target.person,
        "tags": list(conn.scalars(_TAGS_OF, key)),
        "notes": [{"id": n.id, "text": n.text, "by": n.created_by, "at": n.created_at.isoformat()} for n in notes],
        "starred": conn.scalar(_STARRED, {**key, "owner": ctx.actor}) is not None,
        "original_title": conn.scalar(_ORIGINAL_TITLE, key) if target.kind == DOCUMENT else None,
    }


# What ``_annotations`` reads, built once.
_TAGS_OF = select(Tag.tag).where(Tag.kind == bindparam("kind"), Tag.target_id == bindparam("target")).order_by(Tag.tag)
_NOTES_OF = (
    select(Note.id, Note.text, Note.created_by, Note.created_at)
    .where(Note.kind == bindparam("kind"), Note.target_id == bindparam("target"))
    .order_by(Note.created_at, Note.id)
)
_STARRED = select(Star.id).where(
    Star.owner == bindparam("owner"), Star.kind == bindparam("kind"), Star.target_id == bindparam("target")
)
_ORIGINAL_TITLE = select(DocumentTitle.original).where(DocumentTitle.document_id == bindparam("target"))
_CASE_NAME = select(Case.name).where(Case.id == bindparam("case"))


def _changed(ctx: Caller, session: Session, target: _Target, action: str, fields: list[str]) -> None:
    """Audit a change by the names of the fields it touched (never a note's text or a tag), and
    have a document indexed again when what the index holds of it changed."""
    if target.kind == DOCUMENT and action != "star":
        session.execute(update(Document).where(Document.id == target.id).values(indexed_at=None))
    case_name = session.scalar(select(Case.name).where(Case.id == target.case_id))
    audit.append(
        session,
        ctx.actor,
        f"workbench.{action}",
        case_name=case_name,
        target=f"{target.kind}:{target.id}",
        details={"fields": fields},
    )


# -- reading ---------------------------------------------------------------------------------


@guarded("read")
def annotations_of(ctx: Caller, ref: str, *, leaving: bool = False) -> Annotations:
    """The tags, notes and the caller's star of a document or entity (id, or an entity's name).
    ``leaving``: for the API or ``--json``, where a person entity's tags and notes are refused."""
    with ctx.store.db.reading() as session:
        target = _target(ctx, session, ref)
        if leaving and target.person:
            raise PermissionDenied(PEOPLE_STAY)
        return _annotations(ctx, session, target)


@guarded("read")
def tag_counts(ctx: Caller, case: str | None = None) -> list[TagCount]:
    """Every tag in the cases the caller sees, with how many documents and (non-person) entities
    carry it."""
    with ctx.store.db.reading() as session:
        counts: dict[str, TagCount] = {}
        query = (
            select(Tag.tag, Tag.kind, func.count())
            .outerjoin(EntityRow, (Tag.kind == ENTITY) & (EntityRow.id == Tag.target_id))
            .where((EntityRow.type.is_(None)) | (EntityRow.type != PERSON))
            .group_by(Tag.tag, Tag.kind)
        )
        for tag, kind, n in session.execute(_in_cases(ctx, session, query, case)):
            row = counts.setdefault(tag, {"tag": tag, "documents": 0, "entities": 0})
            row["documents" if kind == DOCUMENT else "entities"] += int(n)
        return sorted(counts.values(), key=lambda r: (-(r["documents"] + r["entities"]), r["tag"]))


@guarded("read")
def tagged_entities(ctx: Caller, tag: str) -> set[str]:
    """The ids of the entities (people included: for the app's own entity list) tagged ``tag``."""
    with ctx.store.db.reading() as session:
        query = select(Tag.target_id).where(Tag.kind == ENTITY, Tag.tag == tag_key(tag))
        return set(session.scalars(_in_cases(ctx, session, query, None)))


def _in_cases(ctx: Caller, session: Session, query: Any, case: str | None) -> Any:
    ids = visible_case_ids(ctx)
    if ids is not None:
        query = query.where(Tag.case_id.in_(sorted(ids)))
    if case is not None:
        found = session.scalar(select(Case.id).where(Case.name == case))
        if found is None or not may_see_case(ctx, found):
            raise NotFound(f"no case called {case!r}")
        query = query.where(Tag.case_id == found)
    return query


# -- tags, notes, titles ---------------------------------------------------------------------


@guarded("annotate")
def add_tag(ctx: Caller, ref: str, tag: str) -> Annotations:
    """Tag a document or entity (a tag it has already is left as it is)."""
    key = tag_key(tag)
    with ctx.store.db.transaction() as session:
        target = _target(ctx, session, ref, "annotate")
        exists = session.scalar(
            select(Tag.id).where(Tag.kind == target.kind, Tag.target_id == target.id, Tag.tag == key)
        )
        if exists is None:
            session.add(
                Tag(case_id=target.case_id, kind=target.kind, target_id=target.id, tag=key, created_by=ctx.actor)
            )
            session.flush()
            _changed(ctx, session, target, "tag.add", ["tags"])
        return _annotations(ctx, session, target)


@guarded("annotate")
def remove_tag(ctx: Caller, ref: str, tag: str) -> Annotations:
    key = tag_key(tag)
    with ctx.store.db.transaction() as session:
        target = _target(ctx, session, ref, "annotate")
        removed = session.execute(
            delete(Tag).where(Tag.kind == target.kind, Tag.target_id == target.id, Tag.tag == key)
        )
        if not getattr(removed, "rowcount", 0):
            raise NotFound(f"{target.label!r} has no tag {key!r}")
        _changed(ctx, session, target, "tag.remove", ["tags"])
        return _annotations(ctx, session, target)


@guarded("annotate")
def add_note(ctx: Caller, ref: str, text: str) -> Annotations:
    """Add a note to a document or entity. Its text is never written to the audit log."""
    text = _no_nul(text, "a note").strip()
    if not text:
        raise InvalidInput("the note is empty")
    if len(text) > NOTE_MAX:
        raise InvalidInput(f"the note is {len(text):,} characters long; at most {NOTE_MAX:,}")
    with ctx.store.db.transaction() as session:
        target = _target(ctx, session, ref, "annotate")
        session.add(
            Note(case_id=target.case_id, kind=target.kind, target_id=target.id, text=text, created_by=ctx.actor)
        )
        session.flush()
        _changed(ctx, session, target, "note.add", ["notes"])
        return _annotations(ctx, session, target)


@guarded("annotate")
def delete_note(ctx: Caller, note_id: int) -> Annotations:
    """Delete a note (what it said is gone; that it was deleted, by whom, is audited)."""
    with ctx.store.db.transaction() as session:
        note = session.get(Note, note_id)
        if note is None or not may_see_case(ctx, note.case_id):
            raise NotFound(f"no note {note_id}")
        target = _target(ctx, session, note.target_id, "annotate")
        session.delete(note)
        session.flush()
        _changed(ctx, session, target, "note.delete", ["notes"])
        return _annotations(ctx, session, target)


@guarded("annotate")
def set_title(ctx: Caller, doc_id: str, title: str) -> Annotations:
    """Give a document a title of a person's choosing; the extracted one is kept (``reset_title``)."""
    title = " ".join(_no_nul(title, "a title").split())
    if not title:
        raise InvalidInput("the title is empty")
    if len(title) > TITLE_MAX:
        raise InvalidInput(f"the title is {len(title)} characters long; at most {TITLE_MAX}")
    with ctx.store.db.transaction() as session:
        target, document = _document(ctx, session, doc_id)
        if session.get(DocumentTitle, document.id) is None:
            session.add(DocumentTitle(document_id=document.id, original=document.title, set_by=ctx.actor))
        document.title = title
        target.label = title
        session.flush()
        _changed(ctx, session, target, "title.set", ["title"])
        return _annotations(ctx, session, target)


@guarded("annotate")
def reset_title(ctx: Caller, doc_id: str) -> Annotations:
    """Give a document back the title extraction gave it."""
    with ctx.store.db.transaction() as session:
        target, document = _document(ctx, session, doc_id)
        kept = session.get(DocumentTitle, document.id)
        if kept is None:
            raise InvalidInput(f"document {doc_id!r} has the title extraction gave it")
        document.title = target.label = kept.original
        session.delete(kept)
        session.flush()
        _changed(ctx, session, target, "title.reset", ["title"])
        return _annotations(ctx, session, target)


def _document(ctx: Caller, session: Session, doc_id: str) -> tuple[_Target, Document]:
    document = session.get(Document, doc_id.strip())
    if document is None or not may_see_case(ctx, document.case_id):
        raise NotFound(f"no document {doc_id!r}")
    require_visible(ctx, document.case_id, f"no document {doc_id!r}", "annotate")
    return _Target(DOCUMENT, document.id, document.case_id, document.title, None), document


# -- stars -----------------------------------------------------------------------------------


@guarded("star")
def star(ctx: Caller, ref: str, on: bool = True) -> Annotations:
    """Star a document or entity for oneself (``on`` False: take the star away)."""
    with ctx.store.db.transaction() as session:
        target = _target(ctx, session, ref)
        mine = select(Star).where(Star.owner == ctx.actor, Star.kind == target.kind, Star.target_id == target.id)
        existing = session.scalars(mine).first()
        if on and existing is None:
            session.add(Star(case_id=target.case_id, owner=ctx.actor, kind=target.kind, target_id=target.id))
        elif not on and existing is not None:
            session.delete(existing)
        else:
            return _annotations(ctx, session, target)
        session.flush()
        _changed(ctx, session, target, "star", ["star"])
        return _annotations(ctx, session, target)


@guarded("star")
def starred(ctx: Caller) -> list[StarredItem]:
    """What the caller starred, newest first, in the cases they still see."""
    with ctx.store.db.reading() as session:
        ids = visible_case_ids(ctx)
        query = select(Star).where(Star.owner == ctx.actor).order_by(Star.created_at.desc(), Star.id.desc())
        if ids is not None:
            query = query.where(Star.case_id.in_(sorted(ids)))
        rows = session.scalars(query).all()
        cases = dict(session.execute(select(Case.id, Case.name)).all())
        docs = dict(
            session.execute(
                select(Document.id, Document.title).where(
                    Document.id.in_([r.target_id for r in rows if r.kind == DOCUMENT])
                )
            ).all()
        )
        ents = dict(
            session.execute(
                select(EntityRow.id, EntityRow.name).where(
                    EntityRow.id.in_([r.target_id for r in rows if r.kind == ENTITY])
                )
            ).all()
        )
        labels = {DOCUMENT: docs, ENTITY: ents}
        return [
            {
                "kind": r.kind,
                "id": r.target_id,
                "label": labels[r.kind].get(r.target_id) or r.target_id,
                "case": cases.get(r.case_id, ""),
            }
            for r in rows
            if r.target_id in labels[r.kind]
        ]


# -- saved searches and history --------------------------------------------------------------


def looks_up_names(query: str) -> bool:
    """Whether a query looks a name up (``name:"..."``): such a search is never saved nor kept."""
    return bool(name_queries(query))


def refuse_name_search(query: str) -> None:
    """A query that looks a name up (``name:"..."``) is never saved nor kept in history."""
    if name_queries(query):
        raise InvalidInput(NAME_SEARCH_REFUSED)


@guarded("star")
def save_search(ctx: Caller, name: str, query: str, filters: dict[str, Any] | None = None) -> SavedSearchInfo:
    """Save a search under a name, for the caller alone (the same name again replaces it)."""
    name = " ".join(_no_nul(name, "a saved search's name").split())
    _no_nul(query, "a query")
    if not name or len(name) > SAVED_NAME_MAX:
        raise InvalidInput(f"a saved search needs a name of 1 to {SAVED_NAME_MAX} characters")
    if not query.strip():
        raise InvalidInput("the query is empty")
    refuse_name_search(query)
    with ctx.store.db.transaction() as session:
        saved = session.scalars(
            select(SavedSearch).where(SavedSearch.owner == ctx.actor, SavedSearch.name == name)
        ).first()
        if saved is None:
            saved = SavedSearch(owner=ctx.actor, name=name, query=query, filters=_plain(filters))
            session.add(saved)
        else:
            saved.query, saved.filters = query, _plain(filters)
        session.flush()
        audit.append(session, ctx.actor, "workbench.search.save", details={"fields": ["name", "query", "filters"]})
        return _saved_dict(saved)


@guarded("star")
def saved_searches(ctx: Caller) -> list[SavedSearchInfo]:
    with ctx.store.db.reading() as session:
        rows = session.scalars(select(SavedSearch).where(SavedSearch.owner == ctx.actor).order_by(SavedSearch.name))
        return [_saved_dict(s) for s in rows]


@guarded("star")
def saved_search(ctx: Caller, name: str) -> SavedSearchInfo:
    with ctx.store.db.reading() as session:
        saved = session.scalars(
            select(SavedSearch).where(SavedSearch.owner == ctx.actor, SavedSearch.name == name)
        ).first()
        if saved is None:
            raise NotFound(f"you have no saved search called {name!r}")
        return _saved_dict(saved)


@guarded("star")
def delete_saved_search(ctx: Caller, name: str) -> None:
    with ctx.store.db.transaction() as session:
        removed = session.execute(delete(SavedSearch).where(SavedSearch.owner == ctx.actor, SavedSearch.name == name))
        if not getattr(removed, "rowcount", 0):
            raise NotFound(f"you have no saved search called {name!r}")
        audit.append(session, ctx.actor, "workbench.search.delete", details={"fields": ["name"]})


@guarded("star")
def remember_search(ctx: Caller, query: str, filters: dict[str, Any] | None = None) -> bool:
    """Keep a search in the caller's history (the last ``HISTORY_KEPT``); one that looks a name up
    is never kept. Returns whether it was kept. Not audited: a person's own history is theirs
    alone, holds nothing of the case's evidence, and is cleared at will."""
    if ctx.store.read_only is not None or not query.strip() or "\x00" in query or name_queries(query):
        return False  # a read-only store keeps nothing
    kept = _plain(filters)
    with ctx.store.db.transaction() as session:  # prebuilt statements: every new search passes here
        conn, owner = session.connection(), {"owner": ctx.actor}
        last = conn.execute(_LAST_SEARCH, owner).first()
        if last is not None and last.query == query and last.filters == kept:
            return True  # the same search again (its next page, say): kept already, nothing written
        conn.execute(_KEEP_SEARCH, {**owner, "query": query, "filters": kept})
        conn.execute(_FORGET_OLD_SEARCHES, {**owner, "newer_kept": HISTORY_KEPT - 1})
    return True


# What ``remember_search`` runs, built once: the last search, keeping one, and forgetting those
# older than the last HISTORY_KEPT.
_LAST_SEARCH = (
    select(SearchHistory.query, SearchHistory.filters)
    .where(SearchHistory.owner == bindparam("owner"))
    .order_by(SearchHistory.id.desc())
    .limit(1)
)
_KEEP_SEARCH = insert(SearchHistory)
_FORGET_OLD_SEARCHES = delete(SearchHistory).where(
    SearchHistory.owner == bindparam("owner"),
    SearchHistory.id
    < (
        select(SearchHistory.id)
        .where(SearchHistory.owner == bindparam("owner"))
        .order_by(SearchHistory.id.desc())
        .offset(bindparam("newer_kept"))
        .limit(1)
        .scalar_subquery()
    ),
)


@guarded("star")
def search_history(ctx: Caller, limit: int = 50) -> list[HistoryEntry]:
    with ctx.store.db.reading() as session:
        rows = session.scalars(
            select(SearchHistory).where(SearchHistory.owner == ctx.actor).order_by(SearchHistory.id.desc()).limit(limit)
        )
        return [{"query": h.query, "filters": h.filters, "searched_at": h.searched_at.isoformat()} for h in rows]


@guarded("star")
def clear_search_history(ctx: Caller) -> int:
    """Forget every search the caller ran; returns how many were forgotten (audited: a count)."""
    with ctx.store.db.transaction() as session:
        removed = session.execute(delete(SearchHistory).where(SearchHistory.owner == ctx.actor))
        count = int(getattr(removed, "rowcount", 0) or 0)
        audit.append(session, ctx.actor, "workbench.history.clear", details={"fields": ["history"], "count": count})
        return count


def _no_nul(text: str, what: str) -> str:
    """The text, unless it holds a NUL character (which no database column keeps)."""
    if "\x00" in text:
        raise InvalidInput(f"{what} cannot hold a NUL character")
    return text


def _plain(filters: dict[str, Any] | None) -> dict[str, Any]:
    """Filters as kept: only the ones given, lists as lists."""
    return {k: list(v) if isinstance(v, list | tuple) else v for k, v in (filters or {}).items() if v}


def _saved_dict(s: SavedSearch) -> SavedSearchInfo:
    return {"name": s.name, "query": s.query, "filters": dict(s.filters or {}), "created_at": s.created_at.isoformat()}


# -- deciding several at once ----------------------------------------------------------------


@guarded("decide")
def merge_selected(ctx: Caller, refs: list[str]) -> EntitySummary:
    """Merge every chosen entity into the first (each merge stored and audited as one decision)."""
    from habeas.services.analysis import merge_entities

    chosen = list(dict.fromkeys(r.strip() for r in refs if r.strip()))
    if len(chosen) < 2:
        raise InvalidInput("choose at least two entities to merge")
    merged = merge_entities(ctx, chosen[0], chosen[1])
    for other in chosen[2:]:
        merged = merge_entities(ctx, merged["id"], other)
    return merged


@guarded("decide")
def decide_candidates(ctx: Caller, pairs: list[tuple[str, str]], decision: str) -> int:
    """Decide several proposed merges the same way (``same`` or ``distinct``); returns how many
    were decided. A pair one of whose entities an earlier merge of the batch took in is skipped."""
    from habeas.services.analysis import decide_candidate

    if not pairs:
        raise InvalidInput("choose at least one pair")
    decided = 0
    for first, second in pairs:
        try:
            decide_candidate(ctx, first, second, decision)
        except NotFound:
            continue
        decided += 1
    return decided


# -- sanctions on a dossier ------------------------------------------------------------------


@guarded("read")
def sanctions_of(ctx: Caller, entity_id: str) -> Official | None:
    """A person's standing against the case's imported sanctions lists (as ``officials
    --sanctions`` gives it), or None when the case has no list imported (nothing to compare with:
    the cross-reference is not run at all, so a dossier page costs nothing more)."""
    from habeas.services.exports import cross_reference
    from habeas.store.interop_models import FtmEntityRow

    with ctx.store.db.reading() as session:
        target = _target(ctx, session, entity_id)
        if target.kind != ENTITY or not target.person:
            return None
        case_name = session.scalar(select(Case.name).where(Case.id == target.case_id))
        if session.scalar(select(FtmEntityRow.id).where(FtmEntityRow.case_id == target.case_id).limit(1)) is None:
            return None
    found = cross_reference(ctx, case_name, everyone=True, entity_id=target.id)["officials"]
    return found[0] if found else None
