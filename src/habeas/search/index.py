"""Full-text search over pages with tantivy. The index is derived from the database and can
always be rebuilt from it; one tantivy document per page."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import html
import os
import re
import shutil
import tempfile
import threading
import time
import uuid
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

import tantivy

from habeas.errors import IndexUnusable, InvalidQuery, OutdatedStore, ReadOnlyStore
from habeas.names.chinese_script import simplified
from habeas.names.scripts import HAN_CHARACTERS
from habeas.search.query import QueryPlan, plan_query
from habeas.store.blobs import fsync_path

T = TypeVar("T")
WRITER_HEAP = 128 * 1024 * 1024
# Bumped whenever the schema changes: an index written under another version is thrown away and
# rebuilt from the database (see ``SearchIndex.rebuilt``).
SCHEMA_VERSION = "4"  # 4: Chinese pairs read as simplified characters
FACET_FIELDS = ("source", "language", "file_type", "entity_type", "year")
FACET_VALUES = 30
SNIPPET_CHARS = 220
_CJK_RUN = re.compile(f"[{HAN_CHARACTERS}]+")
_MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")  # a snippet's tags and entities, as one split group
# How long a searcher is trusted before meta.json is read again: another process's commit is
# searched within this time, this process's own at once.
RELOAD_CHECK_S = 0.5
QUERY_CACHE = 512  # parsed queries kept per index, by their text: paging and facets parse them again


def cjk_bigrams(text: str) -> str:
    """Chinese has no spaces between words: index every pair of neighbouring characters, so
    a query of any length is a phrase of its pairs (and a lone character a prefix of one). The
    pairs are of the characters read as simplified (``simplified``: one for one), as the query's
    are, so 陈全国 finds a page writing 陳全國 and the reverse."""
    if text.isascii():
        return ""  # most pages: no character to look at
    out: list[str] = []
    for run in map(simplified, _CJK_RUN.findall(text)):
        if len(run) == 1:
            out.append(run)
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
        out.append("\u3000")  # a gap between runs, so phrases never cross them
    return " ".join(out)


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("doc_id", stored=True, tokenizer_name="raw")
    builder.add_unsigned_field("doc_key", fast=True)  # ``doc_key(doc_id)``: groups pages by document
    builder.add_text_field("case", tokenizer_name="raw")
    builder.add_text_field("title", stored=True, tokenizer_name="en_stem")
    builder.add_unsigned_field("page", stored=True, indexed=False)
    builder.add_text_field("text", stored=True, tokenizer_name="en_stem")
    builder.add_text_field("cjk", tokenizer_name="whitespace")
    # The document's tags (``tag:...``, each whole, as ``search.query.tag_key`` writes them) and its
    # notes' text (``note:...``): the workbench's, shared within the case.
    builder.add_text_field("tag", tokenizer_name="raw")
    builder.add_text_field("note", tokenizer_name="en_stem")
    # Filter fields are fast fields too, so facet counts are one aggregation per field.
    builder.add_text_field("source", tokenizer_name="raw", fast=True)
    builder.add_text_field("language", tokenizer_name="raw", fast=True)
    builder.add_text_field("file_type", tokenizer_name="raw", fast=True)
    builder.add_text_field("entity_type", tokenizer_name="raw", fast=True)
    # The document's date as a span of days (YYYYMMDD), so a year-precise date matches any range
    # that overlaps its year; and its year, for the facet.
    builder.add_unsigned_field("date_from", indexed=True, fast=True)
    builder.add_unsigned_field("date_to", indexed=True, fast=True)
    builder.add_unsigned_field("year", indexed=True, fast=True)
    return builder.build()


@dataclass(frozen=True)
class PageEntry:
    """What the index holds about one page."""

    doc_id: str
    case: str
    title: str
    page: int | None
    text: str
    sources: list[str]
    language: str | None
    file_type: str
    entity_types: list[str] = field(default_factory=list)  # types of the entities the page names
    date: str | None = None  # the document's date: YYYY, YYYY-MM or YYYY-MM-DD
    tags: list[str] = field(default_factory=list)  # the document's tags
    notes: str = ""  # the text of the document's notes


@dataclass(frozen=True)
class SearchHit:
    document_id: str
    title: str
    page: int | None
    snippet: str
    score: float


@dataclass(frozen=True)
class DocumentHit:
    """One document among the results of a search by document: its best matching pages (each a
    ``SearchHit``), how many of its pages match, and its date as the index holds it."""

    document_id: str
    title: str
    score: float  # its best page's
    matching_pages: int
    pages: list[SearchHit]
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD


# A search by document finds the matching pages of a page of documents with one search, when at
# most this many pages of them match (else with a search per document).
BEST_PAGES_AT_ONCE = 1000

# Searches by document and facet counts answered from memory while the index is unchanged.
ANSWERS_KEPT = 256

# How a search by document orders its documents: by their best page's score, or by date (undated last).
DOCUMENT_ORDERS = ("relevance", "newest", "oldest")


def doc_key(doc_id: str) -> int:
    """A number for a document id (60 bits of its SHA-256), kept as a fast field: a search by
    document reads it for thousands of hits without fetching one stored page."""
    return int(hashlib.sha256(doc_id.encode()).hexdigest()[:15], 16)


def span_date(first: int | None, last: int | None) -> str | None:
    """A date span of days (YYYYMMDD each) as the date it came from: a year, a month or a day."""
    if not first or not last:
        return None
    y, m, d = first // 10000, first // 100 % 100, first % 100
    if first == last:
        return f"{y:04d}-{m:02d}-{d:02d}"
    if m == 1 and d == 1 and last == y * 10000 + 1231:
        return f"{y:04d}"
    return f"{y:04d}-{m:02d}"


@dataclass
class SearchFilters:
    case: str | None = None
    sources: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    file_types: list[str] = field(default_factory=list)
    entity_types: list[str] = field(default_factory=list)
    date_from: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD: documents dated on or after
    date_to: str | None = None  # ... on or before
    # The cases the caller may see (by name), set by the search service, never by the user: None for
    # every case; an empty list matches nothing.
    visible_cases: list[str] | None = None

    def without(self, facet: str) -> SearchFilters:
        """These filters with one field's selection dropped: the facet counts of that field."""
        return SearchFilters(
            case=self.case,
            sources=[] if facet == "source" else self.sources,
            languages=[] if facet == "language" else self.languages,
            file_types=[] if facet == "file_type" else self.file_types,
            entity_types=[] if facet == "entity_type" else self.entity_types,
            date_from=None if facet == "year" else self.date_from,
            date_to=None if facet == "year" else self.date_to,
            visible_cases=self.visible_cases,
        )


def day_span(value: str) -> tuple[int, int]:
    """The first and last day (as YYYYMMDD) of a date given to year, month or day."""
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return year * 10000 + 101, year * 10000 + 1231
    month = parts[1]
    if len(parts) == 2:
        return year * 10000 + month * 100 + 1, year * 10000 + month * 100 + 31
    day = year * 10000 + month * 100 + parts[2]
    return day, day


def parse_date_bound(value: str) -> str:
    """A date filter's bound, checked: YYYY, YYYY-MM or YYYY-MM-DD."""
    value = value.strip()
    if not re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", value):
        raise ValueError(f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    return value


class Recheck:
    """When a process may trust its last look at a file that other processes rewrite (the index's
    ``meta.json``, the audit head anchor): for ``every`` seconds after the look began, and only
    while this process has not itself changed what the file describes (``changed``). Costs a clock
    read per call, and no file access, while trusted."""

    def __init__(self, every: float) -> None:
        self.every = every
        self._changes = 0
        self._changes_seen = -1  # never looked
        self._look_after = 0.0

    def trusted(self) -> bool:
        return self._changes == self._changes_seen and time.monotonic() < self._look_after

    def changed(self, *_event_args: object) -> None:
        """This process changed it (usable as an event callback): look again at the next use."""
        self._changes += 1

    def begin(self) -> tuple[int, float]:
        """Call before reading the file; hand the result to ``looked`` once it is acted on. A change
        made while the look is under way is counted after it, so it is never lost."""
        return self._changes, time.monotonic()

    def looked(self, begun: tuple[int, float]) -> None:
        self._changes_seen, self._look_after = begun[0], begun[1] + self.every

    def forget(self) -> None:
        """Look again at the next use, whatever the clock says."""
        self._look_after = 0.0


class SearchIndex:
    """A tantivy index in ``directory``, created on first use; ``read_only``: see ``_open_read_only``.

    The index searched is one generation: ``directory`` itself, or the ``gen-*`` folder in it that
    the ``CURRENT`` file names. ``rebuild`` writes a whole new generation beside it and swaps it in
    by renaming ``CURRENT`` over, so a rebuild killed at any point leaves the old one searched;
    every process follows the swap at its next look (``RELOAD_CHECK_S``). An index that cannot be
    read (files missing or damaged) is ``broken``: searching or writing it raises ``IndexUnusable``
    until ``rebuild``. One made anew at opening (none yet, or written under another schema) is
    ``rebuilt``: the caller marks every document unindexed, then calls ``synced``. ``close`` lets
    go of its files (its store closes)."""

    def __init__(self, directory: Path, read_only: bool = False) -> None:
        self.directory = directory
        self.schema = build_schema()
        self.read_only = read_only
        self.generation = directory
        self.broken: str | None = None
        self._closed = False
        self._remove_snapshot: Callable[[], object] | None = None
        self._meta_path = str(directory / "meta.json")
        self._searcher: tantivy.Searcher | None = None
        self._searcher_meta: bytes | None = None
        self._reload_check = Recheck(RELOAD_CHECK_S)
        self._answers: OrderedDict[tuple[object, ...], Any] = OrderedDict()  # see ``_remembered``
        self._answers_of: tantivy.Searcher | None = None
        self._answers_lock = threading.Lock()
        if read_only:
            self.rebuilt = False
            self.generation = current_generation(directory)
            self.index, snapshot = _open_read_only(self.schema, self.generation)
            if snapshot is not None:
                self._meta_path = str(snapshot / "meta.json")  # a snapshot: never reloaded
                self._remove_snapshot = weakref.finalize(self, shutil.rmtree, snapshot, True)
            self._parsed = _query_parser(self.index)
            return
        directory.mkdir(parents=True, exist_ok=True)
        # One process at a time checks the version (server workers open the index together).
        with _locked(self._open_lock):
            try:
                generation = current_generation(directory)
            except ValueError:
                generation = directory / CURRENT  # a damaged CURRENT: made anew below
            version_file = generation / "schema-version"
            written_under = version_file.read_text().strip() if version_file.is_file() else None
            if written_under != SCHEMA_VERSION:
                # None yet, or written under another schema (or its generation is gone): made anew,
                # marked UNSYNCED until the caller has marked every document unindexed (a process
                # killed in between leaves the mark, and the next one marks them again).
                reason = "new index schema" if (generation / "meta.json").exists() else "index missing"
                shutil.rmtree(directory, ignore_errors=True)
                directory.mkdir(parents=True, exist_ok=True)
                (directory / UNSYNCED).write_text(reason + "\n")
                (directory / "schema-version").write_text(SCHEMA_VERSION + "\n")
                generation = directory
            self.rebuilt = (directory / UNSYNCED).exists()
            self.rebuilt_reason = _read_text(directory / UNSYNCED)
            self._open(generation, create=self.rebuilt)
            with contextlib.suppress(IndexBusy), _locked(self._write_lock, wait=False):
                _remove_unused(directory, keep=self._current_or_none())  # a killed rebuild's, when none runs

    def _open(self, generation: Path, create: bool = False) -> None:
        """Open the generation in ``generation`` (made when ``create``; else it must be whole)."""
        self.generation = generation
        self._meta_path = str(generation / "meta.json")
        self._searcher = None
        self._searcher_meta = None
        try:
            if not create and not (generation / "meta.json").is_file():
                raise ValueError(f"{generation / 'meta.json'} is missing")
            self.index = _reloaded_when_asked(tantivy.Index(self.schema, path=str(generation), reuse=True))
            self.broken = None
        except ValueError as exc:
            self._stand_empty(
                f"the search index in {generation} cannot be read ({exc}); "
                "`habeas reindex` rebuilds it from the database"
            )
        self._parsed = _query_parser(self.index)
        self._reload_check.changed()

    @property
    def _open_lock(self) -> Path:
        return self.directory.parent / f".{self.directory.name}.lock"

    @property
    def _write_lock(self) -> Path:
        """Held shared by every writer (``writing``), exclusively by ``rebuild``."""
        return self.directory.parent / f".{self.directory.name}.write.lock"

    def close(self) -> None:
        """Let go of the index's files (its store closes): tantivy's index, reader and searcher,
        and with them the thread tantivy keeps beside an open index (``_reloaded_when_asked``),
        which ends at its next look at ``meta.json``; a read-only store's snapshot is removed now.
        Nothing is written into the index folder after: searching or writing raises
        ``IndexUnusable``, and the index is never opened again (the store opens a new one)."""
        self._closed = True
        with self._answers_lock:
            self._answers.clear()
            self._answers_of = None
        self._searcher = self._searcher_meta = None
        self._stand_empty(f"the search index in {self.directory} was closed with its store")
        self._parsed = _query_parser(self.index)  # the old parser held the old index
        if self._remove_snapshot is not None:
            self._remove_snapshot()

    def _stand_empty(self, why: str) -> None:
        """An index in memory and empty in place of the files, never searched: searching or writing
        raises ``IndexUnusable`` with ``why`` (``broken``)."""
        self.index = tantivy.Index(self.schema)
        self.broken = why

    def _refuse_if_closed(self) -> None:
        """Before taking a lock in the store's folder: the store may be being removed."""
        if self._closed:
            raise IndexUnusable(self.broken or "the search index was closed")

    def synced(self) -> None:
        """The caller has marked every document unindexed after the index was made anew."""
        (self.directory / UNSYNCED).unlink(missing_ok=True)
        self.rebuilt = False

    def follow(self) -> None:
        """Open the generation ``CURRENT`` names now, if another process swapped in a new one."""
        if self.read_only or self._closed:
            return
        try:
            generation = current_generation(self.directory)
        except ValueError as exc:
            self.broken = f"the search index in {self.directory} cannot be read ({exc}); run `habeas reindex`"
            return
        except OSError:
            return  # unreadable for now (a network filesystem's hiccup): look again next time
        if generation != self.generation:
            self._open(generation)

    def usable(self) -> None:
        """Raise ``IndexUnusable`` when the index cannot be read."""
        if self.broken is not None:
            raise IndexUnusable(self.broken)

    def problem(self) -> str | None:
        """Why the index cannot answer, read afresh from its files (each segment's files opened,
        a query run, a page read); None when it answers."""
        self.follow()
        if self.broken is not None:
            return self.broken
        try:
            index = self.index if self.read_only else _reloaded_when_asked(tantivy.Index.open(str(self.generation)))
            index.reload()
            searcher = index.searcher()
            for field_name in ("text", "title", "doc_id"):
                searcher.search(index.parse_query("habeas", [field_name]), limit=1)
            hits = searcher.search(tantivy.Query.all_query(), limit=1).hits
            if hits:
                searcher.doc(hits[0][1])
        except (OSError, ValueError) as exc:
            return (
                f"the search index in {self.generation} cannot be read ({exc}); "
                "`habeas reindex` rebuilds it from the database"
            )
        return None

    def page_count(self) -> int:
        """How many pages the index holds now."""
        self.follow()
        self.usable()
        self.index.reload()
        return int(self.index.searcher().num_docs)

    # -- writing -------------------------------------------------------------

    @contextmanager
    def writing(self, wait: bool = True) -> Iterator[None]:
        """Hold the index for writing, beside other writers but never during a ``rebuild`` (which
        waits for them, and they for it), on the generation searched now; ``IndexBusy`` at once,
        rather than waiting, when a rebuild holds it and ``wait`` is off."""
        self._refuse_if_closed()
        with _locked(self._write_lock, shared=True, wait=wait):
            self.follow()
            yield

    def write(self, entries_by_doc: Iterable[tuple[str, list[PageEntry]]]) -> int:
        """Replace each document's pages in the index; returns how many pages were written."""
        self._refuse_if_read_only()
        self.usable()
        writer = self._writer()
        written = 0
        try:
            for doc_id, entries in entries_by_doc:
                writer.delete_documents_by_term("doc_id", doc_id)
                for entry in entries:
                    writer.add_document(self._to_tantivy(entry))
                    written += 1
            writer.commit()
            writer.wait_merging_threads()
        except BaseException:
            _let_go(writer)
            raise
        finally:
            self._reload_check.changed()  # this process's searches see its own writes at once
        return written

    def clear(self) -> None:
        """Swap in an empty index (the caller marks every document unindexed)."""
        self.rebuild([])

    def rebuild(self, entries_by_doc: Iterable[tuple[str, list[PageEntry]]]) -> int:
        """Write a new generation holding ``entries_by_doc`` (every document's pages) beside the
        one searched now, then swap it in: ``CURRENT`` is written under another name and renamed
        over, which is atomic. Searches go on over the old generation until then; writers wait for
        the rebuild, and it for them. Killed at any point, the old generation stays searched, and
        the half-written folder goes at the next rebuild. Returns how many pages were written."""
        self._refuse_if_read_only()
        self._refuse_if_closed()
        with _locked(self._write_lock):
            _remove_unused(self.directory, keep=self._current_or_none())  # a killed rebuild's folder
            name = f"{GENERATION}{uuid.uuid4().hex}"
            folder = self.directory / name
            folder.mkdir(parents=True)
            written = 0
            try:
                (folder / "schema-version").write_text(SCHEMA_VERSION + "\n")
                index = _reloaded_when_asked(tantivy.Index(self.schema, path=str(folder), reuse=False))
                writer = index.writer(heap_size=WRITER_HEAP, num_threads=1)
                try:
                    for _doc_id, entries in entries_by_doc:
                        for entry in entries:
                            writer.add_document(self._to_tantivy(entry))
                            written += 1
                    writer.commit()
                    writer.wait_merging_threads()
                except BaseException:
                    _let_go(writer)
                    raise
                del writer, index
                fsync_path(folder)
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise
            with _locked(self._open_lock):
                _write_current(self.directory, name)
                (self.directory / UNSYNCED).unlink(missing_ok=True)
            _remove_unused(self.directory, keep=name)  # the old generation (processes searching it
            self._open(folder)  # hold its files open, and follow CURRENT at their next look)
        return written

    def _current_or_none(self) -> str | None:
        try:
            generation = current_generation(self.directory)
        except ValueError:
            return None
        return generation.name if generation != self.directory else ""

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise ReadOnlyStore(f"the search index in {self.directory} is read-only: nothing can be written to it")

    def recheck(self) -> None:
        """Read ``meta.json`` again at the next search (the database says another process has
        written, so its commit to the index may be there too)."""
        self._reload_check.forget()

    def _writer(self) -> tantivy.IndexWriter:
        # One writer at a time per index; another process may hold it for a moment.
        deadline = time.monotonic() + 120
        while True:
            try:
                return self.index.writer(heap_size=WRITER_HEAP, num_threads=1)
            except ValueError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    @staticmethod
    def _to_tantivy(entry: PageEntry) -> tantivy.Document:
        doc = tantivy.Document()
        doc.add_text("doc_id", entry.doc_id)
        doc.add_unsigned("doc_key", doc_key(entry.doc_id))
        for tag in entry.tags:
            doc.add_text("tag", tag)
        if entry.notes:
            doc.add_text("note", entry.notes)
        doc.add_text("case", entry.case)
        doc.add_text("title", entry.title)
        if entry.page is not None:
            doc.add_unsigned("page", entry.page)
        doc.add_text("text", entry.text)
        bigrams = cjk_bigrams(entry.text)
        if bigrams:
            doc.add_text("cjk", bigrams)
        for source in entry.sources:
            doc.add_text("source", source)
        if entry.language:
            doc.add_text("language", entry.language)
        doc.add_text("file_type", entry.file_type)
        for type_ in entry.entity_types:
            doc.add_text("entity_type", type_)
        if entry.date:
            first, last = day_span(entry.date)
            doc.add_unsigned("date_from", first)
            doc.add_unsigned("date_to", last)
            doc.add_unsigned("year", first // 10000)
        return doc

    # -- reading -------------------------------------------------------------

    def search(
        self, query: str, filters: SearchFilters, limit: int = 10, offset: int = 0
    ) -> tuple[int, list[SearchHit]]:
        """The total number of matching pages and one page of hits, best first."""
        searcher = self._current_searcher()
        plan, user_query = self._parsed(query)
        parsed = self._restrict(user_query, filters)
        result = searcher.search(parsed, limit=limit, count=True, offset=offset)
        generator = tantivy.SnippetGenerator.create(searcher, parsed, self.schema, "text")
        generator.set_max_num_chars(SNIPPET_CHARS)
        hits = [self._hit(searcher, generator, plan, score, address) for score, address in result.hits]
        return result.count or 0, hits  # type: ignore[attr-defined]  # missing from tantivy's stubs

    def _current_searcher(self) -> tantivy.Searcher:
        """A searcher over the newest commit: this process's at once, another's within
        ``RELOAD_CHECK_S``. Every commit rewrites ``meta.json``, so the searcher is reloaded only
        when that file has changed (reloading on every query costs more than the query, and a fresh
        searcher starts with cold caches), and the file itself is read at most once per interval,
        with ``CURRENT`` (a rebuild by another process swaps in a new generation)."""
        searcher = self._searcher
        if searcher is not None and self._reload_check.trusted():
            return searcher
        begun = self._reload_check.begin()
        self.follow()
        self.usable()
        try:
            with open(self._meta_path, "rb") as fh:  # read, not stat'ed: opening revalidates on NFS
                meta = fh.read()
        except OSError:
            meta = None
        searcher = self._searcher
        if searcher is None or meta is None or meta != self._searcher_meta:
            searcher = self._searcher = self._fresh_searcher()
            self._searcher_meta = meta
        self._reload_check.looked(begun)
        return searcher

    def _fresh_searcher(self) -> tantivy.Searcher:
        """A searcher over the generation's newest commit; when it cannot be read, ``CURRENT`` is
        read again (a rebuild elsewhere may have just swapped its generation out) and, that failing
        too, ``IndexUnusable`` (this search only: the next one tries again)."""
        try:
            self.index.reload()
            return self.index.searcher()
        except ValueError:
            self.follow()
            self.usable()
        try:
            self.index.reload()
            return self.index.searcher()
        except ValueError as exc:
            raise IndexUnusable(
                f"the search index in {self.generation} cannot be read ({exc}); "
                "`habeas reindex` rebuilds it from the database"
            ) from exc

    def iter_search(self, query: str, filters: SearchFilters, batch: int = 500) -> Iterator[SearchHit]:
        """Every hit, best first, in batches: no cap on the number of results."""
        offset = 0
        while True:
            _total, hits = self.search(query, filters, limit=batch, offset=offset)
            yield from hits
            if len(hits) < batch:
                return
            offset += batch

    def count(self, query: str, filters: SearchFilters) -> int:
        """How many pages match, without fetching or highlighting any of them."""
        compiled = self._restrict(self._parsed(query)[1], filters)
        return self._current_searcher().search(compiled, limit=1, count=True).count or 0  # type: ignore[attr-defined]

    def documents(
        self,
        query: str,
        filters: SearchFilters,
        order: str = "relevance",
        limit: int = 10,
        offset: int = 0,
        pages_each: int = 3,
    ) -> tuple[int, int, list[DocumentHit]]:
        """Search by document: the number of matching pages, of matching documents, and one page of
        documents, each with its ``pages_each`` best pages. Documents come in the order of their
        first page in the page ranking (by score, or by date), found from the pages' ``doc_key``
        fast field batch by batch, without fetching a stored page. The same search asked again
        while the index has not changed is answered from memory (``_remembered``)."""
        if order not in DOCUMENT_ORDERS:
            raise ValueError(f"unknown order {order!r}; one of: {', '.join(DOCUMENT_ORDERS)}")
        searcher = self._current_searcher()
        asked = ("documents", query, repr(filters), order, limit, offset, pages_each)
        return self._remembered(
            searcher, asked, lambda: self._documents(searcher, query, filters, order, limit, offset, pages_each)
        )

    def _documents(
        self,
        searcher: tantivy.Searcher,
        query: str,
        filters: SearchFilters,
        order: str,
        limit: int,
        offset: int,
        pages_each: int,
    ) -> tuple[int, int, list[DocumentHit]]:
        plan, user_query = self._parsed(query)
        restricted = self._restrict(user_query, filters)
        total = searcher.search(restricted, limit=1, count=True).count or 0  # type: ignore[attr-defined]
        documents = int(searcher.cardinality(restricted, "doc_key")) if total else 0
        firsts = self._first_pages(searcher, restricted, order, offset + limit)[offset:]
        doc_ids = [str(searcher.doc(address).get_first("doc_id")) for address in firsts]
        best = self._best_pages(searcher, restricted, doc_ids, pages_each)
        dates = [searcher.fast_field_values(f, firsts) for f in ("date_from", "date_to")] if firsts else [[], []]
        generator = tantivy.SnippetGenerator.create(searcher, restricted, self.schema, "text")
        generator.set_max_num_chars(SNIPPET_CHARS)
        hits = []
        for doc_id, first, last in zip(doc_ids, *dates, strict=True):
            matching, found = best[doc_id]
            pages = [self._hit(searcher, generator, plan, score, a) for score, a in found]
            hits.append(
                DocumentHit(
                    document_id=doc_id,
                    title=pages[0].title if pages else "",
                    score=pages[0].score if pages else 0.0,
                    matching_pages=matching or len(pages),
                    pages=sorted(pages, key=lambda h: h.page or 0),
                    date=span_date(_int_or_none(first), _int_or_none(last)),
                )
            )
        return total, documents, hits

    def _best_pages(
        self, searcher: tantivy.Searcher, query: tantivy.Query, doc_ids: list[str], pages_each: int
    ) -> dict[str, tuple[int, list[tuple[float, tantivy.DocAddress]]]]:
        """For each document, how many of its pages match and its ``pages_each`` best, scored as
        in the page ranking: one search over the pages of all the documents together, each page's
        document told by its ``doc_key``. Should more than ``BEST_PAGES_AT_ONCE`` pages match, that
        search cannot count them, and each document has a search of its own."""
        if not doc_ids:
            return {}
        found = searcher.search(self._within(query, doc_ids), limit=BEST_PAGES_AT_ONCE, count=True)
        if (found.count or 0) > len(found.hits):  # type: ignore[attr-defined]
            return {d: self._best_pages_of(searcher, query, d, pages_each) for d in doc_ids}
        pages: dict[int | None, list[tuple[float, tantivy.DocAddress]]] = {doc_key(d): [] for d in doc_ids}
        addresses = [address for _score, address in found.hits]
        for hit, key in zip(found.hits, searcher.fast_field_values("doc_key", addresses), strict=True):
            pages[_int_or_none(key)].append(hit)  # best first, as found
        return {d: (len(pages[doc_key(d)]), pages[doc_key(d)][:pages_each]) for d in doc_ids}

    def _best_pages_of(
        self, searcher: tantivy.Searcher, query: tantivy.Query, doc_id: str, pages_each: int
    ) -> tuple[int, list[tuple[float, tantivy.DocAddress]]]:
        """How many pages of one document match, and its ``pages_each`` best."""
        found = searcher.search(self._within(query, [doc_id]), limit=pages_each, count=True)
        return found.count or len(found.hits), list(found.hits)  # type: ignore[attr-defined]

    def _within(self, query: tantivy.Query, doc_ids: list[str]) -> tantivy.Query:
        """``query`` over the pages of these documents only, scored as ``query`` alone (the
        documents are a filter, not a match)."""
        documents = tantivy.Query.const_score_query(tantivy.Query.term_set_query(self.schema, "doc_id", doc_ids), 0.0)
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, query), (tantivy.Occur.Must, documents)])

    def _first_pages(
        self, searcher: tantivy.Searcher, query: tantivy.Query, order: str, wanted: int, batch: int = 1000
    ) -> list[tantivy.DocAddress]:
        """The first matching page of each of the first ``wanted`` documents, in ranking order."""
        seen: set[int | None] = set()
        firsts: list[tantivy.DocAddress] = []
        offset = 0
        while len(firsts) < wanted:
            if order == "relevance":
                result = searcher.search(query, limit=batch, offset=offset, count=False)
            else:
                direction = tantivy.Order.Desc if order == "newest" else tantivy.Order.Asc
                result = searcher.search(
                    query, limit=batch, offset=offset, count=False, order_by_field="date_from", order=direction
                )
            addresses = [address for _key, address in result.hits]
            for value, address in zip(searcher.fast_field_values("doc_key", addresses), addresses, strict=True):
                key = _int_or_none(value)
                if key not in seen:
                    seen.add(key)
                    firsts.append(address)
                    if len(firsts) == wanted:
                        break
            if len(addresses) < batch:
                break
            offset += batch
        return firsts

    def facets(self, query: str, filters: SearchFilters) -> dict[str, list[tuple[str, int]]]:
        """For each filter field, its values with how many matching pages each would leave, most
        first. A field's own selection is left out when counting it, so picking one value still
        shows the others. Fields counted over the same pages (all of them, when nothing is picked)
        share one aggregation pass over the fast fields. Remembered as searches by document are."""
        searcher = self._current_searcher()
        counted = self._remembered(
            searcher, ("facets", query, repr(filters)), lambda: self._facets(searcher, query, filters)
        )
        return {name: list(values) for name, values in counted.items()}

    def _facets(
        self, searcher: tantivy.Searcher, query: str, filters: SearchFilters
    ) -> dict[str, list[tuple[str, int]]]:
        user_query = self._parsed(query)[1]
        passes: list[tuple[SearchFilters, list[str]]] = []
        for name in FACET_FIELDS:
            narrowed = filters.without(name)
            same = next((names for f, names in passes if f == narrowed), None)
            if same is None:
                passes.append((narrowed, [name]))
            else:
                same.append(name)
        out: dict[str, list[tuple[str, int]]] = {}
        for narrowed, names in passes:
            result = searcher.aggregate(
                self._restrict(user_query, narrowed),
                {name: {"terms": {"field": name, "size": FACET_VALUES}} for name in names},
            )
            for name in names:
                buckets = result.get(name, {}).get("buckets", [])
                counts = [(_bucket_key(b["key"]), int(b["doc_count"])) for b in buckets if b["doc_count"]]
                if name == "year":  # newest first
                    out[name] = sorted(counts, reverse=True)
                else:
                    out[name] = sorted(counts, key=lambda vc: (-vc[1], vc[0]))
        return out

    def _remembered(self, searcher: tantivy.Searcher, asked: tuple[object, ...], answer: Callable[[], T]) -> T:
        """``answer()``, or the answer kept for the same question asked of ``searcher``: answers are
        kept while it is the index's current searcher (the index unchanged since it was opened; a
        commit here or elsewhere opens a new one, and the answers go), the last ``ANSWERS_KEPT``."""
        with self._answers_lock:
            if self._answers_of is not searcher:
                self._answers.clear()
                self._answers_of = searcher
            elif asked in self._answers:
                self._answers.move_to_end(asked)
                return cast(T, self._answers[asked])
        value = answer()
        with self._answers_lock:
            if self._answers_of is searcher:
                self._answers[asked] = value
                while len(self._answers) > ANSWERS_KEPT:
                    self._answers.popitem(last=False)
        return value

    def _restrict(self, user_query: tantivy.Query, filters: SearchFilters) -> tantivy.Query:
        """The parsed query narrowed by the filters."""
        restrictions: list[tuple[tantivy.Occur, tantivy.Query]] = []
        if filters.visible_cases is not None:  # membership first: nothing of another case matches
            visible = (
                tantivy.Query.term_set_query(self.schema, "case", filters.visible_cases)
                if filters.visible_cases
                else tantivy.Query.empty_query()
            )
            # a filter, not a match: scored 0, so a member's hits rank as an admin's do
            restrictions.append((tantivy.Occur.Must, tantivy.Query.const_score_query(visible, 0.0)))
        for field_name, values in (
            ("case", [filters.case] if filters.case else []),
            ("source", filters.sources),
            ("language", filters.languages),
            ("file_type", filters.file_types),
            ("entity_type", filters.entity_types),
        ):
            if values:
                terms = [(tantivy.Occur.Should, tantivy.Query.term_query(self.schema, field_name, v)) for v in values]
                restrictions.append((tantivy.Occur.Must, tantivy.Query.boolean_query(terms)))
        # A document matches a date range when its date's span overlaps it.
        if filters.date_from:
            first = day_span(filters.date_from)[0]
            restrictions.append(
                (
                    tantivy.Occur.Must,
                    tantivy.Query.range_query(self.schema, "date_to", tantivy.FieldType.Unsigned, lower_bound=first),
                )
            )
        if filters.date_to:
            last = day_span(filters.date_to)[1]
            restrictions.append(
                (
                    tantivy.Occur.Must,
                    tantivy.Query.range_query(self.schema, "date_from", tantivy.FieldType.Unsigned, upper_bound=last),
                )
            )
        if not restrictions:
            return user_query
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, user_query), *restrictions])

    @staticmethod
    def _hit(
        searcher: tantivy.Searcher,
        generator: tantivy.SnippetGenerator,
        plan: QueryPlan,
        score: float,
        address: tantivy.DocAddress,
    ) -> SearchHit:
        doc = searcher.doc(address)
        snippet = generator.snippet_from_doc(doc).to_html()
        if plan.needles:
            snippet = _needle_snippet(str(doc.get_first("text")), plan.needles, snippet)
        page = doc.get_first("page")
        return SearchHit(
            document_id=str(doc.get_first("doc_id")),
            title=str(doc.get_first("title")),
            page=int(page) if page is not None else None,
            snippet=snippet,
            score=float(score),
        )


ParsedQuery = tuple[QueryPlan, tantivy.Query]


def _open_read_only(schema: tantivy.Schema, directory: Path) -> tuple[tantivy.Index, Path | None]:
    """The index in ``directory`` opened without writing there (a store on read-only media), and
    the temporary folder it is read through. Tantivy takes lock files beside an index even to read
    it, so the index is read through a snapshot: a temporary folder with its own copy of the
    commit (``meta.json``, small) and links to the segment files, which tantivy never changes.
    No index yet: an empty one, in memory. An index written under another schema cannot be read
    here, nor rebuilt (``OutdatedStore``)."""
    if not (directory / "meta.json").is_file():
        return tantivy.Index(schema), None
    version_file = directory / "schema-version"
    written_under = version_file.read_text().strip() if version_file.is_file() else None
    if written_under != SCHEMA_VERSION:
        raise OutdatedStore(
            f"the search index in {directory} was written under another schema "
            f"({written_under or 'unknown'}; this version reads {SCHEMA_VERSION}) and, being "
            "read-only, cannot be rebuilt: run `habeas reindex` with write access"
        )
    snapshot = Path(tempfile.mkdtemp(prefix="habeas-index-"))
    try:
        for entry in os.scandir(directory):
            if not entry.is_file() or entry.name.endswith(".lock"):
                continue
            if entry.name.endswith(".json") or entry.name == "schema-version":
                shutil.copyfile(entry.path, snapshot / entry.name)
            else:
                os.symlink(os.path.abspath(entry.path), snapshot / entry.name)
        return _reloaded_when_asked(tantivy.Index(schema, path=str(snapshot), reuse=True)), snapshot
    except BaseException:
        shutil.rmtree(snapshot, ignore_errors=True)
        raise


CURRENT = "CURRENT"  # in the index folder: the name of the generation folder searched now
GENERATION = "gen-"
_GENERATION_NAME = re.compile(r"gen-[0-9a-f]{32}")
UNSYNCED = "unsynced"  # in the index folder: made anew, and the database not yet told (see ``SearchIndex``)


class IndexBusy(Exception):
    """A rebuild holds the index, and the writer asked not to wait for it."""


def current_generation(directory: Path) -> Path:
    """The folder of the generation searched now: the one ``CURRENT`` names, else ``directory``
    itself (an index never rebuilt). ``ValueError`` when ``CURRENT`` names no generation."""
    try:
        name = (directory / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return directory
    if not _GENERATION_NAME.fullmatch(name):
        raise ValueError(f"{directory / CURRENT} names no index generation ({name[:40]!r})")
    return directory / name


def _write_current(directory: Path, name: str) -> None:
    """Point ``CURRENT`` at ``name``: written whole under another name, then renamed over."""
    partial = directory / f".{CURRENT}-{os.getpid()}"
    with partial.open("w", encoding="utf-8") as fh:
        fh.write(name + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, directory / CURRENT)
    fsync_path(directory)


def _remove_unused(directory: Path, keep: str | None) -> None:
    """Remove every generation but ``keep`` ("": the one in the index folder's own files; None:
    ``CURRENT`` is damaged, so keep everything)."""
    if keep is None:
        return
    for entry in os.scandir(directory):
        if entry.is_dir(follow_symlinks=False):
            if _GENERATION_NAME.fullmatch(entry.name) and entry.name != keep:
                shutil.rmtree(entry.path, ignore_errors=True)
        elif entry.name.startswith(f".{CURRENT}-") or (keep and entry.name not in (CURRENT, UNSYNCED)):
            with contextlib.suppress(OSError):  # a killed swap's CURRENT, or the first generation's files
                os.unlink(entry.path)


def _reloaded_when_asked(index: tantivy.Index) -> tantivy.Index:
    """``index``, its reader reloaded only when this module asks (``SearchIndex._current_searcher``
    when ``meta.json`` has changed, ``page_count`` and ``problem`` before they look). Tantivy's
    default reader also reloads itself, from a thread that polls ``meta.json`` every half second,
    and each reload takes the lock file ``.tantivy-meta.lock`` in the index folder, making it when
    it is missing: so the folder was written to whenever that thread found a new commit, even
    after the store was closed, and removing a store's folder just after a commit failed with
    "Directory not empty" when the reload (later still on a loaded machine) fell between the
    removal of the lock file and of the folder. Tantivy starts the thread with the index and it
    lasts while the index is open (``close``), but with no reader to reload it only reads."""
    index.config_reader("manual")
    return index


def _let_go(writer: tantivy.IndexWriter) -> None:
    """Roll back what a failed write added and release the writer's lock now: an exception's
    traceback keeps the writer alive, and with it the lock, until the garbage collector runs."""
    with contextlib.suppress(Exception):
        writer.rollback()
    with contextlib.suppress(Exception):
        writer.wait_merging_threads()  # consumes the writer: its lock goes with it


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return ""


@contextmanager
def _locked(path: Path, shared: bool = False, wait: bool = True) -> Iterator[None]:
    """An advisory lock on ``path`` (made when missing) for the block: exclusive, or ``shared``;
    ``IndexBusy`` at once when it is held and ``wait`` is off."""
    with open(path, "a") as lock:
        flags = (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | (0 if wait else fcntl.LOCK_NB)
        try:
            fcntl.flock(lock, flags)
        except BlockingIOError as exc:
            raise IndexBusy(str(path)) from exc
        yield  # released when the file is closed


def _query_parser(index: tantivy.Index) -> functools._lru_cache_wrapper[ParsedQuery]:
    """A parser of users' queries for ``index`` that keeps the last ``QUERY_CACHE`` it parsed:
    parsing a prefix query compiles an automaton, which can cost more than the search. A parsed
    query is immutable and holds nothing of the index's contents, so it serves every later
    searcher; errors are not kept."""

    @functools.lru_cache(maxsize=QUERY_CACHE)
    def parse(query: str) -> ParsedQuery:
        """The user's query rewritten (``plan_query``) and parsed, without filters."""
        plan = plan_query(query)
        try:
            return plan, index.parse_query(plan.tantivy_query, ["text", "title"], allow_regexes=True)
        except ValueError as exc:
            raise InvalidQuery(f"cannot parse the query {plan.original!r}: {exc}") from exc

    return parse


def _int_or_none(value: object) -> int | None:
    return int(value) if isinstance(value, int | float) else None


def _bucket_key(key: object) -> str:
    return str(int(key)) if isinstance(key, float) else str(key)


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """A hit's snippet (HTML-escaped text with the matches in ``<b>``) as plain text pieces, each
    with whether the query matched it: what the CLI, the pages and CSV each mark their own way."""
    return [
        (html.unescape(p[3:-4]), True) if p.startswith("<b>") else (html.unescape(p), False)
        for p in _MATCH.split(snippet)
        if p
    ]


_MATCH = re.compile(r"(<b>.*?</b>)", re.S)


def _needle_snippet(text: str, needles: list[re.Pattern[str]], snippet: str) -> str:
    """Highlight prefix and Chinese matches, which tantivy's snippets do not mark."""
    if not snippet:
        match = next((m for n in needles if (m := n.search(text))), None)
        if match is None:
            return ""
        start = max(0, match.start() - SNIPPET_CHARS // 3)
        snippet = html.escape(text[start : start + SNIPPET_CHARS])
    for needle in needles:
        # Only the text between tags and entities: "b*" must not match the b of <b>, nor "amp*" &amp;.
        parts = _MARKUP.split(snippet)
        snippet = "".join(
            part if i % 2 else needle.sub(lambda m: f"<b>{m.group(0)}</b>", part) for i, part in enumerate(parts)
        )
    return snippet.replace("<b><b>", "<b>").replace("</b></b>", "</b>")
