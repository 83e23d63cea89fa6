"""Full-text search over pages with tantivy. The index is derived from the database and can
always be rebuilt from it; one tantivy document per page."""

from __future__ import annotations

import fcntl
import functools
import html
import re
import shutil
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import tantivy

from habeas.errors import InvalidQuery
from habeas.search.query import QueryPlan, plan_query

WRITER_HEAP = 128 * 1024 * 1024
# Bumped whenever the schema changes: an index written under another version is thrown away and
# rebuilt from the database (see ``SearchIndex.rebuilt``).
SCHEMA_VERSION = "2"
FACET_FIELDS = ("source", "language", "file_type", "entity_type", "year")
FACET_VALUES = 30
SNIPPET_CHARS = 220
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")  # a snippet's tags and entities, as one split group
# How long a searcher is trusted before meta.json is read again: another process's commit is
# searched within this time, this process's own at once.
RELOAD_CHECK_S = 0.5
QUERY_CACHE = 512  # parsed queries kept per index, by their text: paging and facets parse them again


def cjk_bigrams(text: str) -> str:
    """Chinese has no spaces between words: index every pair of neighbouring characters, so
    a query of any length is a phrase of its pairs (and a lone character a prefix of one)."""
    out: list[str] = []
    for run in _CJK_RUN.findall(text):
        if len(run) == 1:
            out.append(run)
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
        out.append("\u3000")  # a gap between runs, so phrases never cross them
    return " ".join(out)


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("doc_id", stored=True, tokenizer_name="raw")
    builder.add_text_field("case", tokenizer_name="raw")
    builder.add_text_field("title", stored=True, tokenizer_name="en_stem")
    builder.add_unsigned_field("page", stored=True, indexed=False)
    builder.add_text_field("text", stored=True, tokenizer_name="en_stem")
    builder.add_text_field("cjk", tokenizer_name="whitespace")
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


@dataclass(frozen=True)
class SearchHit:
    document_id: str
    title: str
    page: int | None
    snippet: str
    score: float


@dataclass
class SearchFilters:
    case: str | None = None
    sources: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    file_types: list[str] = field(default_factory=list)
    entity_types: list[str] = field(default_factory=list)
    date_from: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD: documents dated on or after
    date_to: str | None = None  # ... on or before

    def without(self, facet: str) -> SearchFilters:
        """These filters with one field's selection dropped: the facet counts of that field."""
        return SearchFilters(
            case=self.case,
            sources=[] if facet == "source" else self.sources,
            languages=[] if facet == "language" else self.languages,
            file_types=[] if facet == "file_type" else self.file_types,
            entity_types=[] if facet == "entity_type" else self.entity_types,
            date_from=None if facet == "year" else self.date_from,
            date_to=None if facet == "year" else self.date_to)


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
    """A tantivy index in ``directory``, created on first use."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.schema = build_schema()
        directory.mkdir(parents=True, exist_ok=True)
        version_file = directory / "schema-version"
        # One process at a time checks the version (server workers open the index together).
        with open(directory.parent / f".{directory.name}.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            written_under = version_file.read_text().strip() if version_file.exists() else None
            # True when the index had to be thrown away: the caller marks every document unindexed.
            self.rebuilt = written_under != SCHEMA_VERSION and (directory / "meta.json").exists()
            if written_under != SCHEMA_VERSION:
                shutil.rmtree(directory, ignore_errors=True)
                directory.mkdir(parents=True, exist_ok=True)
                version_file.write_text(SCHEMA_VERSION + "\n")
            self.index = tantivy.Index(self.schema, path=str(directory), reuse=True)
        self._meta_path = str(directory / "meta.json")
        self._searcher: tantivy.Searcher | None = None
        self._searcher_meta: bytes | None = None
        self._reload_check = Recheck(RELOAD_CHECK_S)
        self._parsed = _query_parser(self.index)

    # -- writing -------------------------------------------------------------

    def write(self, entries_by_doc: Iterable[tuple[str, list[PageEntry]]]) -> int:
        """Replace each document's pages in the index; returns how many pages were written."""
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
            writer.rollback()
            raise
        finally:
            self._reload_check.changed()  # this process's searches see its own writes at once
        return written

    def clear(self) -> None:
        """Remove the whole index; it is rebuilt from the database."""
        shutil.rmtree(self.directory, ignore_errors=True)
        self.directory.mkdir(parents=True, exist_ok=True)
        (self.directory / "schema-version").write_text(SCHEMA_VERSION + "\n")
        self.index = tantivy.Index(self.schema, path=str(self.directory), reuse=False)
        self._searcher = None
        self._parsed = _query_parser(self.index)
        self._reload_check.changed()

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

    def search(self, query: str, filters: SearchFilters, limit: int = 10,
               offset: int = 0) -> tuple[int, list[SearchHit]]:
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
        searcher starts with cold caches), and the file itself is read at most once per interval."""
        searcher = self._searcher
        if searcher is not None and self._reload_check.trusted():
            return searcher
        begun = self._reload_check.begin()
        try:
            with open(self._meta_path, "rb") as fh:  # read, not stat'ed: opening revalidates on NFS
                meta = fh.read()
        except OSError:
            meta = None
        searcher = self._searcher
        if searcher is None or meta is None or meta != self._searcher_meta:
            self.index.reload()
            searcher = self._searcher = self.index.searcher()
            self._searcher_meta = meta
        self._reload_check.looked(begun)
        return searcher

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

    def facets(self, query: str, filters: SearchFilters) -> dict[str, list[tuple[str, int]]]:
        """For each filter field, its values with how many matching pages each would leave, most
        first. A field's own selection is left out when counting it, so picking one value still
        shows the others. Fields counted over the same pages (all of them, when nothing is picked)
        share one aggregation pass over the fast fields."""
        user_query = self._parsed(query)[1]
        searcher = self._current_searcher()
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
            result = searcher.aggregate(self._restrict(user_query, narrowed),
                                        {name: {"terms": {"field": name, "size": FACET_VALUES}} for name in names})
            for name in names:
                buckets = result.get(name, {}).get("buckets", [])
                counts = [(_bucket_key(b["key"]), int(b["doc_count"])) for b in buckets if b["doc_count"]]
                if name == "year":  # newest first
                    out[name] = sorted(counts, reverse=True)
                else:
                    out[name] = sorted(counts, key=lambda vc: (-vc[1], vc[0]))
        return out

    def _restrict(self, user_query: tantivy.Query, filters: SearchFilters) -> tantivy.Query:
        """The parsed query narrowed by the filters."""
        restrictions: list[tuple[tantivy.Occur, tantivy.Query]] = []
        for field_name, values in (("case", [filters.case] if filters.case else []),
                                   ("source", filters.sources), ("language", filters.languages),
                                   ("file_type", filters.file_types), ("entity_type", filters.entity_types)):
            if values:
                terms = [(tantivy.Occur.Should, tantivy.Query.term_query(self.schema, field_name, v))
                         for v in values]
                restrictions.append((tantivy.Occur.Must, tantivy.Query.boolean_query(terms)))
        # A document matches a date range when its date's span overlaps it.
        if filters.date_from:
            first = day_span(filters.date_from)[0]
            restrictions.append((tantivy.Occur.Must, tantivy.Query.range_query(
                self.schema, "date_to", tantivy.FieldType.Unsigned, lower_bound=first)))
        if filters.date_to:
            last = day_span(filters.date_to)[1]
            restrictions.append((tantivy.Occur.Must, tantivy.Query.range_query(
                self.schema, "date_from", tantivy.FieldType.Unsigned, upper_bound=last)))
        if not restrictions:
            return user_query
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, user_query), *restrictions])

    @staticmethod
    def _hit(searcher: tantivy.Searcher, generator: tantivy.SnippetGenerator, plan: QueryPlan, score: float,
             address: tantivy.DocAddress) -> SearchHit:
        doc = searcher.doc(address)
        snippet = generator.snippet_from_doc(doc).to_html()
        if plan.needles:
            snippet = _needle_snippet(str(doc.get_first("text")), plan.needles, snippet)
        page = doc.get_first("page")
        return SearchHit(document_id=str(doc.get_first("doc_id")), title=str(doc.get_first("title")),
                         page=int(page) if page is not None else None, snippet=snippet, score=float(score))


ParsedQuery = tuple[QueryPlan, tantivy.Query]


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


def _bucket_key(key: object) -> str:
    return str(int(key)) if isinstance(key, float) else str(key)



def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """A hit's snippet (HTML-escaped text with the matches in ``<b>``) as plain text pieces, each
    with whether the query matched it: what the CLI, the pages and CSV each mark their own way."""
    return [(html.unescape(p[3:-4]), True) if p.startswith("<b>") else (html.unescape(p), False)
            for p in _MATCH.split(snippet) if p]


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
        snippet = "".join(part if i % 2 else needle.sub(lambda m: f"<b>{m.group(0)}</b>", part)
                          for i, part in enumerate(parts))
    return snippet.replace("<b><b>", "<b>").replace("</b></b>", "</b>")
