"""Keeping the search index in step with the database: index what is not indexed yet, rebuild
from scratch, and catch up on what another process (or a crashed ingest) left behind."""

from __future__ import annotations

import contextlib
import functools
import threading
import weakref
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from habeas.analyse.document_date import document_date
from habeas.errors import IndexUnusable
from habeas.ingest.model import ERROR
from habeas.search.index import IndexBusy, PageEntry, Recheck, SearchIndex
from habeas.store import audit
from habeas.store.analysis_models import EventRow, MentionRow
from habeas.store.models import Case, Custody, Document, Page
from habeas.store.store import Store
from habeas.store.workbench_models import document_annotations
from habeas.vocab import ENTITY_TYPES

INDEX_BATCH = 500

_indexes: weakref.WeakKeyDictionary[Store, SearchIndex] = weakref.WeakKeyDictionary()
_indexes_lock = threading.Lock()


def index_of(store: Store) -> SearchIndex:
    """The store's search index, opened once per store and closed with it (``_close_index``). An
    index written under an older schema is thrown away on opening, and a missing one made anew;
    every document is then marked for indexing again (and that is audited)."""
    index = _indexes.get(store)
    if index is not None:
        return index
    with _indexes_lock:
        index = _indexes.get(store)
        if index is None:
            index = _indexes[store] = SearchIndex(store.settings.index_dir, read_only=store.read_only is not None)
            store.on_close(functools.partial(_close_index, weakref.ref(store), index))
            if index.rebuilt:
                with store.db.transaction() as session:
                    marked = session.execute(
                        update(Document).where(Document.indexed_at.is_not(None)).values(indexed_at=None)
                    )
                    if getattr(marked, "rowcount", 0):
                        audit.append(
                            session,
                            "habeas",
                            "index.rebuild",
                            details={"reason": index.rebuilt_reason or "index missing"},
                        )
                index.synced()
    return index


def _close_index(store_ref: weakref.ref[Store], index: SearchIndex) -> None:
    """The store closes (``Store.on_close``): its index lets go of its files (``SearchIndex.close``),
    so nothing of it writes into the store's folder, which can be removed at once. Should the store
    be used again, ``index_of`` opens the index anew. Holds the store weakly: a store dropped
    unclosed still frees its index at once."""
    with _indexes_lock:
        store = store_ref()
        if store is not None and _indexes.get(store) is index:
            del _indexes[store]
    index.close()


def sync_index(store: Store, wait: bool = True) -> int:
    """Index every document the index does not have yet; returns how many pages were written
    (none in a read-only store, which is searched as its index stands). Each batch is written
    and marked indexed while holding the index for writing (``SearchIndex.writing``), so a rebuild
    never swaps in a generation that misses what was marked meanwhile; ``wait`` off: ``IndexBusy``
    at once while a rebuild runs."""
    if store.read_only is not None:
        return 0
    index = index_of(store)  # first: an index made anew marks every document unindexed
    written = 0
    after = ""  # walk the primary key, so each batch starts where the last one stopped
    while True:
        with store.db.reading() as session:
            batch = session.scalars(
                select(Document)
                .where(Document.indexed_at.is_(None), Document.id > after)
                .order_by(Document.id)
                .limit(INDEX_BATCH)
            ).all()
            if not batch:
                return written
            entries = page_entries(session, batch)
        with index.writing(wait):
            written += index.write(entries)
            with store.db.transaction() as session:
                session.execute(
                    update(Document).where(Document.id.in_([d.id for d in batch])).values(indexed_at=datetime.now(UTC))
                )
        after = batch[-1].id


def page_entries(session: Session, documents: Sequence[Document]) -> list[tuple[str, list[PageEntry]]]:
    """The index entries of a batch of documents, in seven queries whatever the batch's size:
    text, sources, the entity types each page names, the document's date (see
    ``habeas.analyse.document_date``), its tags and its notes."""
    ids = [d.id for d in documents if d.status != ERROR]
    case_names = dict(session.execute(select(Case.id, Case.name)).all())
    sources: dict[str, set[str]] = defaultdict(set)
    for doc_id, source in session.execute(
        select(Custody.document_id, Custody.source).where(Custody.document_id.in_(ids))
    ).all():
        sources[doc_id].add(source)
    pages: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for doc_id, number, text in session.execute(
        select(Page.document_id, Page.number, Page.text)
        .where(Page.document_id.in_(ids))
        .order_by(Page.document_id, Page.number)
    ).all():
        pages[doc_id].append((number, text))
    types: dict[tuple[str, int], list[str]] = defaultdict(list)
    for doc_id, number, type_ in session.execute(
        select(MentionRow.document_id, MentionRow.page, MentionRow.type)
        .where(MentionRow.document_id.in_(ids), MentionRow.type.in_(ENTITY_TYPES))
        .distinct()
        .order_by(MentionRow.type)
    ).all():
        types[(doc_id, number)].append(type_)
    stated: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
    for doc_id, value, precision in session.execute(
        select(EventRow.document_id, EventRow.date, EventRow.precision).where(
            EventRow.document_id.in_(ids), EventRow.date.is_not(None)
        )
    ).all():
        stated[doc_id].append((value, precision))
    annotations = document_annotations(session, ids)  # tags and notes: ``tag:...`` and ``note:...``
    entries = []
    for d in documents:
        dated = document_date(d.meta or {}, stated[d.id], d.created_at.date().isoformat() if d.created_at else None)
        entries.append(
            (
                d.id,
                [
                    PageEntry(
                        doc_id=d.id,
                        case=case_names.get(d.case_id, ""),
                        title=d.title,
                        page=number if d.paginated else None,
                        text=text,
                        sources=sorted(sources[d.id]),
                        language=d.language,
                        file_type=d.file_type,
                        entity_types=types.get((d.id, number), []),
                        date=dated[0] if dated else None,
                        tags=annotations.get(d.id, {}).get("tags", []),
                        notes="\n".join(n["text"] for n in annotations.get(d.id, {}).get("notes", [])),
                    )
                    for number, text in pages[d.id]
                ],
            )
        )
    return entries


def rebuild(store: Store) -> int:
    """Write the index again from the database, into a new generation that replaces the old one
    at once when it is whole (``SearchIndex.rebuild``): killed midway, the old index stays searched.
    A damaged index is replaced the same way. Documents changed while it was written are still
    marked unindexed, and are indexed after. Returns how many pages the new generation holds."""
    written = index_of(store).rebuild(_every_entry(store))
    sync_index(store)
    return written


def _every_entry(store: Store) -> Iterator[tuple[str, list[PageEntry]]]:
    """Every document's index entries, read in batches."""
    after = ""
    while True:
        with store.db.reading() as session:
            batch = session.scalars(
                select(Document).where(Document.id > after).order_by(Document.id).limit(INDEX_BATCH)
            ).all()
            if not batch:
                return
            entries = page_entries(session, batch)
        yield from entries
        after = batch[-1].id


def index_problems(store: Store) -> list[str]:
    """What is wrong with the search index, as sentences (``habeas verify``): it cannot be read
    (files missing or damaged), or it holds fewer pages than the database marks indexed (a
    document would then be missing from search without anyone knowing). Empty when it is sound."""
    index = index_of(store)
    problem = index.problem()
    if problem is not None:
        return [problem]
    with store.db.reading() as session:  # counted before the index: a writer commits there first
        marked = (
            session.scalar(
                select(func.count())
                .select_from(Page)
                .join(Document, Document.id == Page.document_id)
                .where(Document.indexed_at.is_not(None), Document.status != ERROR)
            )
            or 0
        )
    try:
        held = index.page_count()
    except (IndexUnusable, ValueError) as exc:
        return [str(exc)]
    if held < marked:
        return [
            f"the search index holds {held} pages, but the database marks {marked} pages indexed, so some "
            "documents would not be found; `habeas reindex` rebuilds it from the database"
        ]
    return []


# -- catching up with other processes ---------------------------------------------

# How long a process trusts its last look at the audit head before looking again: another
# process's commit is searchable here within this time (plus the indexing itself).
RECHECK_S = 0.5


@dataclass
class _Watch:
    """What one open store knows about its index being in step with the database."""

    recheck: Recheck = field(default_factory=lambda: Recheck(RECHECK_S))
    synced: bool = False  # whether this process has caught the index up at least once
    seen: bytes | None = None  # the audit head anchor as it read then
    lock: threading.Lock = field(default_factory=threading.Lock)


_watches: weakref.WeakKeyDictionary[Store, _Watch] = weakref.WeakKeyDictionary()
_watches_lock = threading.Lock()


def catch_up(store: Store) -> None:
    """Index what another process (a CLI ingest, a queued worker, an ingest that stopped before
    indexing) left unindexed, without a database query per search.

    Every write that leaves a document unindexed appends to the audit log in the same transaction,
    and after every commit that appended, the store rewrites its head anchor file
    (``habeas.store.audit.anchor_commits``) in the store folder, which every process and host
    shares. So the index can only be behind when that file has changed since the last catch-up.
    It is read at most once per ``RECHECK_S``, and at the next search after any commit in this
    process; the documents table is scanned only when it changed, and on a store's first search in
    a process (a crash between a commit and the anchor's write is caught up there). A read-only
    store is searched as its index stands: nothing is written to catch up."""
    if store.read_only is not None:
        return
    watch = _watch(store)
    if watch.recheck.trusted():
        return
    with watch.lock:  # one thread catches up; the others wait for it, then find nothing to do
        if watch.recheck.trusted():
            return
        begun = watch.recheck.begin()
        try:
            anchor = audit.head_mark(store.audit_anchor)  # before indexing: a later commit is seen next time
        except OSError:  # unreadable for now (a network filesystem's hiccup): catch up, look again next time
            with contextlib.suppress(IndexBusy):
                sync_index(store, wait=False)
            index_of(store).recheck()
            watch.synced, watch.seen = True, None
            return
        if not watch.synced or anchor != watch.seen:
            try:
                sync_index(store, wait=False)
            except IndexBusy:  # a rebuild is writing the index: search it as it stands, look again next time
                return
            index_of(store).recheck()  # another process may have indexed it already: reload now
            watch.synced, watch.seen = True, anchor
        watch.recheck.looked(begun)


def _watch(store: Store) -> _Watch:
    """The store's watch, made on its first search and told of every commit of the store's
    sessions in this process (each makes the next search read the anchor)."""
    watch = _watches.get(store)
    if watch is None:
        with _watches_lock:
            watch = _watches.get(store)
            if watch is None:
                watch = _watches[store] = _Watch()
                store.db.listen("after_commit", watch.recheck.changed)  # holds the watch, not the store
    return watch
