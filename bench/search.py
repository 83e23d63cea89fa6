"""Search latency over a large index: habeas's search, at each layer, against bare tantivy (the
floor) and SQLite FTS5 (what most embedded tools use), on the same paragraphs and the same queries.

    .venv/bin/python bench/search.py                 # 1,000,000 paragraphs
    .venv/bin/python bench/search.py --quick         # 50,000 paragraphs

Side by side, in one run: bare tantivy; ``SearchIndex.search``; the same with its cache of parsed
queries emptied before every call (a query never seen before); the search stage as the service
runs it (``habeas.search.sync.catch_up``, then ``SearchIndex.search``); and ``services.search``
itself, the call the CLI and the web make, with its role check (see ``service_search``).

The tantivy index (written through habeas's own ``SearchIndex.write``, one ``PageEntry`` per
paragraph) and the FTS5 table are built once and cached under ``bench/out/``; later runs reuse
them. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import tantivy
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from habeas.config import LOCAL_OWNER, load_settings
from habeas.search.index import SNIPPET_CHARS, PageEntry, SearchFilters, SearchHit, SearchIndex, cjk_bigrams
from habeas.search.query import plan_query
from habeas.search.sync import catch_up, index_of
from habeas.store.store import Store
from textgen import CHINESE_WORDS, DOMAIN_WORDS, PEOPLE, PHRASES, TextGenerator

OUT = Path(__file__).resolve().parent / "out"
CACHE_VERSION = 2  # bump when the generated text or the layout changes
PAGES_PER_DOC = 20
CHUNK = 100_000  # paragraphs per SearchIndex.write call (one commit each)
SEED = 20240917
PLACES = [
    w
    for w in DOMAIN_WORDS
    if w[:1].isupper() and w not in {"DNA", "Quran", "Ramadan", "Islam", "Party", "Communist", "Mandarin"}
]
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

err = Console(stderr=True)


# -- the corpus ----------------------------------------------------------------


def paragraph_chunks(total: int) -> Iterator[tuple[int, list[str]]]:
    """(first paragraph number, paragraphs), the same on every run for the same total."""
    generator = TextGenerator(seed=SEED)
    for start in range(0, total, CHUNK):
        yield start, generator.paragraphs(min(CHUNK, total - start))


def title_of(doc_number: int) -> str:
    return f"{PLACES[doc_number % len(PLACES)]} file {doc_number:07d}"


def page_entries(start: int, paragraphs: list[str]) -> Iterator[tuple[str, list[PageEntry]]]:
    """Group paragraphs into documents of PAGES_PER_DOC pages."""
    for offset in range(0, len(paragraphs), PAGES_PER_DOC):
        number = (start + offset) // PAGES_PER_DOC
        doc_id = f"bench{number:011d}"
        pages = paragraphs[offset : offset + PAGES_PER_DOC]
        yield (
            doc_id,
            [
                PageEntry(
                    doc_id=doc_id,
                    case="main",
                    title=title_of(number),
                    page=i + 1,
                    text=text,
                    sources=["bench"],
                    language="zh" if _CJK_RUN.match(text) else "en",
                    file_type="pdf",
                )
                for i, text in enumerate(pages)
            ],
        )


def progress_bar() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


def build(paragraphs: int, cache: Path) -> dict[str, Any]:
    """Build whatever is missing from the cache: the tantivy index and the FTS5 table."""
    meta_file = cache / "meta.json"
    meta: dict[str, Any] = json.loads(meta_file.read_text()) if meta_file.is_file() else {}
    need_index = "index_build_s" not in meta
    need_fts = "fts_build_s" not in meta
    if not (need_index or need_fts):
        meta["reused"] = True
        return meta
    meta["reused"] = False
    cache.mkdir(parents=True, exist_ok=True)
    index: SearchIndex | None = None
    fts: sqlite3.Connection | None = None
    if need_index:
        shutil.rmtree(cache / "index", ignore_errors=True)
        index = SearchIndex(cache / "index")
        meta["index_build_s"] = 0.0
    if need_fts:
        (cache / "fts.sqlite").unlink(missing_ok=True)
        fts = sqlite3.connect(cache / "fts.sqlite")
        fts.execute("PRAGMA journal_mode=OFF")
        fts.execute("PRAGMA synchronous=OFF")
        fts.execute(
            "CREATE VIRTUAL TABLE pages USING fts5(doc_id UNINDEXED, page UNINDEXED, title, text, "
            "cjk, tokenize='porter unicode61')"
        )
        meta["fts_build_s"] = 0.0
    with progress_bar() as bar:
        task = bar.add_task(f"generating and indexing {paragraphs:,} paragraphs", total=paragraphs)
        for start, chunk in _timed_chunks(paragraphs, meta, "generate_s"):
            if index is not None:
                t0 = time.perf_counter()
                index.write(page_entries(start, chunk))
                meta["index_build_s"] += time.perf_counter() - t0
            if fts is not None:
                t0 = time.perf_counter()
                with fts:
                    fts.executemany(
                        "INSERT INTO pages VALUES (?, ?, ?, ?, ?)",
                        (
                            (e.doc_id, e.page, e.title, e.text, cjk_bigrams(e.text))
                            for _doc, entries in page_entries(start, chunk)
                            for e in entries
                        ),
                    )
                meta["fts_build_s"] += time.perf_counter() - t0
            bar.update(task, advance=len(chunk))
    if fts is not None:
        t0 = time.perf_counter()
        with fts:
            fts.execute("INSERT INTO pages(pages) VALUES ('optimize')")
        fts.close()
        meta["fts_build_s"] += time.perf_counter() - t0
    meta["paragraphs"] = paragraphs
    meta_file.write_text(json.dumps({k: v for k, v in meta.items() if k != "reused"}, indent=2))
    return meta


def _timed_chunks(total: int, meta: dict[str, Any], key: str) -> Iterator[tuple[int, list[str]]]:
    meta[key] = 0.0
    chunks = paragraph_chunks(total)
    while True:
        t0 = time.perf_counter()
        item = next(chunks, None)
        meta[key] += time.perf_counter() - t0
        if item is None:
            return
        yield item


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# -- the queries -----------------------------------------------------------------


def make_queries() -> list[tuple[str, str]]:
    """(kind, query) pairs in habeas's syntax, deterministic and varied."""
    rng = random.Random(SEED)
    lower = [w for w in DOMAIN_WORDS if w.islower()]
    places = PLACES
    english = [p for p in PHRASES if p not in PEOPLE]
    queries: list[tuple[str, str]] = []
    queries += [("term", w) for w in rng.sample(lower, 45)]
    queries += [("term", w) for w in rng.sample(places, 20)]
    queries += [("term", w) for w in ("Xinjiang", "camp", "detention", "officials", "Uyghur", "police")]
    queries += [("phrase", f'"{p}"') for p in english]
    queries += [("phrase", f'"{p}"') for p in PEOPLE]
    for _ in range(30):
        a, b = rng.sample(lower, 2)
        queries.append(("and", f"{a} AND {rng.choice([b, *places])}"))
    for _ in range(8):
        a, b, c = rng.sample(lower, 3)
        queries.append(("and", f"{a} AND {b} AND {c}"))
    for _ in range(22):
        a, b = rng.sample(lower + places, 2)
        queries.append(("or", f"{a} OR {b}"))
    for _ in range(6):
        a, b, c = rng.sample(lower, 3)
        queries.append(("or", f"{a} OR {b} OR {c}"))
    for _ in range(20):
        a, b = rng.sample(lower, 2)
        queries.append(("not", f"{a} NOT {rng.choice([b, *places])}"))
    for _ in range(5):
        a, b, c = rng.sample(lower, 3)
        queries.append(("not", f"({a} OR {b}) NOT {c}"))
    prefixes = [
        "det*",
        "Kash*",
        "transf*",
        "interrog*",
        "Uyghur*",
        "surveil*",
        "sentenc*",
        "vocation*",
        "extrem*",
        "camp*",
        "polic*",
        "relativ*",
        "Urum*",
        "Xinji*",
        "forc*",
        "indoctrin*",
        "sterili*",
        "factor*",
        "guard*",
        "mosq*",
    ]
    queries += [("prefix", p) for p in prefixes]
    queries += [("prefix", f"{p} AND {rng.choice(places)}") for p in rng.sample(prefixes, 5)]
    chinese = [w for w in CHINESE_WORDS if len(w) >= 2 and "·" not in w]
    queries += [("chinese", w) for w in rng.sample(chinese, 14)]
    queries += [("chinese", f'"{w}"') for w in ("职业技能教育培训中心", "一体化联合作战平台")]
    queries += [
        ("chinese", f"{a} AND {b}")
        for a, b in (("喀什", "拘留"), ("新疆", "再教育"), ("和田", "看守所"), ("陈全国", "文件"))
    ]
    queries += [("chinese", "疆")]
    queries += [
        ("mixed", q)
        for q in (
            '"Integrated Joint Operations Platform" AND camps',
            '"forced labour" AND cotton',
            '"Chen Quanguo" AND camp',
            '"Zhu Hailun" AND directive',
            '"re-education camp" NOT Kashgar',
            '"public security bureau" AND (Hotan OR Aksu)',
            "(camp OR prison) AND Uyghur*",
            '"China Cables" OR "Xinjiang Police Files"',
            'detain* AND "Strike Hard Campaign"',
            "(detention OR internment) AND (Kashgar OR Hotan OR Aksu)",
        )
    ]
    seen: set[str] = set()
    unique = [(k, q) for k, q in queries if not (q in seen or seen.add(q))]  # type: ignore[func-returns-value]
    return unique


def to_fts5(query: str) -> str:
    """The same query in FTS5's syntax: Chinese runs become phrases of pairs on the n-gram column."""

    def cjk(match: re.Match[str]) -> str:
        run = match.group(0)
        if len(run) == 1:
            return f"cjk:{run}*"
        return 'cjk:"' + " ".join(run[i : i + 2] for i in range(len(run) - 1)) + '"'

    def phrase(quoted: str) -> str:
        inner = quoted[1:-1]
        return _CJK_RUN.sub(cjk, inner) if _CJK_RUN.search(inner) else quoted

    pieces = re.split(r'("[^"]*")', query)
    return "".join(phrase(p) if p.startswith('"') else _CJK_RUN.sub(cjk, p) for p in pieces)


# -- the engines -----------------------------------------------------------------


Runner = Callable[[str], int]


TARGET = 1.3  # the service's p95 against bare tantivy's, on 1,000,000 paragraphs


def habeas_runner(index: SearchIndex, new_queries: bool = False) -> Runner:
    """``SearchIndex.search``; with ``new_queries``, as if no query had been seen before: its
    cache of parsed queries is emptied before each call (give it an index of its own)."""
    filters = SearchFilters()

    def run(query: str) -> int:
        if new_queries:
            index._parsed.cache_clear()
        _total, hits = index.search(query, filters, limit=10)
        return len(hits)

    return run


def stage_runner(store: Store) -> Runner:
    """The search stage as ``services.search`` runs it: catch the index up, then search."""
    filters = SearchFilters()

    def run(query: str) -> int:
        catch_up(store)
        _total, hits = index_of(store).search(query, filters, limit=10)
        return len(hits)

    return run


def service_search(store: Store) -> Callable[[str, SearchFilters], tuple[int, list[SearchHit]]]:
    """The search users run, called as the CLI and the web call it: the one function to adjust
    when the service's signature changes. ``search(ctx, ...)`` with ``ctx = Caller(store, actor)``
    where the services package has a ``Caller``; ``search(store, ...)`` before it."""
    from habeas import services

    search = getattr(services, "search", None)
    if not callable(search):  # a services package: the operation lives in its search module
        from habeas.services.search import search
    if hasattr(services, "Caller"):
        ctx = services.Caller(store=store, actor=LOCAL_OWNER)
        return lambda query, filters: search(ctx, query, filters, limit=10)
    return lambda query, filters: search(store, query, filters, limit=10)


def service_runner(store: Store) -> tuple[Runner | None, str]:
    """``services.search`` as a runner, tried once; None, with the reason, when it cannot be called
    (the services being reshaped, say): the stage's figures then stand for it."""
    filters = SearchFilters()
    try:
        search = service_search(store)
        search("Xinjiang", filters)
    except Exception as exc:
        return None, f"{type(exc).__name__}: {exc}"

    def run(query: str) -> int:
        _total, hits = search(query, filters)
        return len(hits)

    return run, ""


def bare_runner(index_dir: Path) -> tuple[Runner, Callable[[str], int]]:
    """The floor: the same tantivy calls with nothing around them. Takes the rewritten query."""
    index = tantivy.Index.open(str(index_dir))
    index.reload()
    schema = index.schema
    searcher = index.searcher()

    def run(rewritten: str) -> int:
        query = index.parse_query(rewritten, ["text", "title"], allow_regexes=True)
        result = searcher.search(query, limit=10, count=True)
        snippets = tantivy.SnippetGenerator.create(searcher, query, schema, "text")
        snippets.set_max_num_chars(SNIPPET_CHARS)
        hits = []
        for score, address in result.hits:
            doc = searcher.doc(address)
            hits.append(
                (doc["doc_id"][0], doc["title"][0], doc["page"], snippets.snippet_from_doc(doc).to_html(), score)
            )
        return len(hits)

    def count(rewritten: str) -> int:
        query = index.parse_query(rewritten, ["text", "title"], allow_regexes=True)
        return searcher.search(query, limit=1, count=True).count or 0

    return run, count


def fts_runner(db: Path) -> Runner:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
    sql = (
        "SELECT doc_id, page, title, snippet(pages, -1, '<b>', '</b>', '…', 32), bm25(pages) FROM pages "
        "WHERE pages MATCH ? ORDER BY rank LIMIT 10"
    )

    def run(fts_query: str) -> int:
        return len(conn.execute(sql, (fts_query,)).fetchall())

    return run


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


# -- main ------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--paragraphs", type=int, default=1_000_000, help="paragraphs to index (1,000,000)")
    parser.add_argument("--quick", action="store_true", help="a small run: 50,000 paragraphs, 3 rounds")
    parser.add_argument("--rounds", type=int, default=None, help="timed passes over the queries (5)")
    parser.add_argument("--rebuild", action="store_true", help="ignore the cache and build again")
    args = parser.parse_args()
    paragraphs = 50_000 if args.quick else args.paragraphs
    rounds = args.rounds or (3 if args.quick else 5)

    cache = OUT / f"search-v{CACHE_VERSION}-{paragraphs}"
    if args.rebuild:
        shutil.rmtree(cache, ignore_errors=True)
    print(
        f"Habeas search benchmark: {paragraphs:,} paragraphs, Python {platform.python_version()}, "
        f"tantivy-py {_version('tantivy')}, SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs"
    )
    print(f"Load average before: {_load()}")
    meta = build(paragraphs, cache)
    index_dir, fts_db = cache / "index", cache / "fts.sqlite"

    index = SearchIndex(index_dir)
    new_query_index = SearchIndex(index_dir)  # its own cache of parsed queries, emptied before each call
    bare, bare_count = bare_runner(index_dir)
    fts = fts_runner(fts_db)
    index.index.reload()
    searcher = index.index.searcher()
    how = "reused from cache" if meta["reused"] else "built now"
    print(f"\nIndex ({how}, {cache.relative_to(OUT.parent.parent)}):")
    print(f"  paragraphs indexed        {searcher.num_docs:>12,}  in {searcher.num_segments} segments")
    print(f"  text generation           {meta['generate_s']:>12.1f} s")
    print(
        f"  tantivy build (habeas)    {meta['index_build_s']:>12.1f} s   "
        f"{paragraphs / meta['index_build_s']:>9,.0f} paragraphs/s   size {dir_size(index_dir) / 2**20:,.0f} MiB"
    )
    print(
        f"  SQLite FTS5 build         {meta['fts_build_s']:>12.1f} s   "
        f"{paragraphs / meta['fts_build_s']:>9,.0f} paragraphs/s   size {fts_db.stat().st_size / 2**20:,.0f} MiB"
    )

    # A store whose index is the benchmark index: services.search also makes sure the index is
    # caught up with the database before every search, as the CLI and web app do.
    with tempfile.TemporaryDirectory(prefix="habeas-bench-") as tmp:
        settings = load_settings(store=tmp)
        settings.store.mkdir(parents=True, exist_ok=True)
        settings.index_dir.symlink_to(index_dir.resolve(), target_is_directory=True)
        store = Store(settings)
        try:
            run_queries(index, new_query_index, store, bare, bare_count, fts, rounds)
        finally:
            store.close()
    print(f"\nLoad average after: {_load()} (other work on the machine skews the figures)")


BARE = "bare tantivy (floor)"
INDEX = "SearchIndex.search"
NEW_QUERY = "SearchIndex.search, new query"
STAGE = "catch_up + SearchIndex.search"
SERVICE = "services.search"
FTS = "SQLite FTS5"


def same(query: str) -> str:
    return query


def run_queries(
    index: SearchIndex,
    new_query_index: SearchIndex,
    store: Store,
    bare: Runner,
    bare_count: Runner,
    fts: Runner,
    rounds: int,
) -> None:
    queries = make_queries()
    plans = {q: plan_query(q).tantivy_query for _k, q in queries}
    fts_queries = {q: to_fts5(q) for _k, q in queries}
    engines: dict[str, tuple[Runner, Callable[[str], str]]] = {
        BARE: (bare, plans.__getitem__),
        INDEX: (habeas_runner(index), same),
        NEW_QUERY: (habeas_runner(new_query_index, new_queries=True), same),
        STAGE: (stage_runner(store), same),
    }
    service, why_not = service_runner(store)
    if service is not None:
        engines[SERVICE] = (service, same)
    engines[FTS] = (fts, fts_queries.__getitem__)
    kinds = sorted({k for k, _q in queries})
    print(
        f"\nQueries: {len(queries)} ({', '.join(f'{k} {sum(1 for x, _ in queries if x == k)}' for k in kinds)}),"
        f" top 10 with stored fields and snippets; 1 warm-up pass, then {rounds} timed passes"
    )
    print(f"  {INDEX}: queries repeat, so their parses come from its cache; {NEW_QUERY}: parsed anew each time")
    print(f"  {STAGE}: what the service runs, the catch-up first (nothing to index here)")
    if service is None:
        print(f"  {SERVICE}: not callable ({why_not}); {STAGE} stands for it")
    else:
        print(f"  {SERVICE}: the call the CLI and the web make, role check included")

    # Same answers? habeas and bare tantivy must agree on every total.
    mismatches = [q for _k, q in queries if index.count(q, SearchFilters()) != bare_count(plans[q])]
    totals = [bare_count(plans[q]) for _k, q in queries]
    print(
        f"  matching paragraphs per query: median {statistics.median(totals):,.0f}, max {max(totals):,}, "
        f"{sum(1 for t in totals if t == 0)} with none; habeas/bare total mismatches: {len(mismatches)}"
    )

    names = list(engines)
    runs = time_queries(engines, queries, [[n for n in names if n != FTS], [FTS]], rounds)

    # Each query's latency is the median of its timed runs: other work on the machine (two
    # cores here) preempts a run now and then for a scheduler tick or more, which would otherwise
    # decide the tail. Every single run is shown as well.
    per_query = {name: {q: statistics.median(v) for q, v in by_query.items()} for name, by_query in runs.items()}
    every_run = {name: [t for v in by_query.values() for t in v] for name, by_query in runs.items()}
    print(
        f"\nLatency per query, ms: median of each query's {rounds} timed runs, then percentiles over the "
        f"{len(queries)} queries"
    )
    stats = _latency_table(names, {n: list(per_query[n].values()) for n in names})
    print(f"\nLatency of every run, ms ({rounds} x {len(queries)} runs per engine, preemptions included):")
    raw = _latency_table(names, every_run)
    print("\nRatios to bare tantivy (per-query medians; every run in brackets):")
    print(f"  {'':<34}{'p50':>16}{'p95':>16}{'p99':>16}")
    for name in [*(n for n in names if n not in (BARE, FTS)), FTS]:
        print(
            f"  {name:<34}"
            + "".join(
                f"{stats[name][p] / stats[BARE][p]:>8.2f} ({raw[name][p] / raw[BARE][p]:>5.2f})" for p in (50, 95, 99)
            )
        )
    for name in (STAGE, SERVICE) if service is not None else (STAGE,):
        ratio, raw_ratio = stats[name][95] / stats[BARE][95], raw[name][95] / raw[BARE][95]
        verdict = "meets" if ratio <= TARGET else "MISSES"
        print(
            f"Target: {name} p95 <= {TARGET} x bare tantivy p95: {ratio:.2f} x ({raw_ratio:.2f} x over every run),"
            f" {verdict} the target"
        )

    print("\np50 / p95 by kind of query (per-query medians), ms:")
    print(f"  {'kind':<10}" + "".join(f"{n[:20]:>22}" for n in names))
    for kind in kinds:
        cells = []
        for name in names:
            values = [per_query[name][q] for k, q in queries if k == kind]
            cells.append(f"{percentile(values, 50):.3f} / {percentile(values, 95):.3f}")
        print(f"  {kind:<10}" + "".join(f"{c:>22}" for c in cells))


def time_queries(
    engines: dict[str, tuple[Runner, Callable[[str], str]]],
    queries: list[tuple[str, str]],
    groups: list[list[str]],
    rounds: int,
) -> dict[str, dict[str, list[float]]]:
    """Each query's timed runs (ms), by engine. The engines of a group take turns on each query, in
    every order in turn, so that each follows each other equally often; FTS5 runs in passes of its
    own, as its long scans of a cold cache would otherwise slow whichever engine came next."""
    runs: dict[str, dict[str, list[float]]] = {name: {} for name in engines}
    rng = random.Random(SEED)
    with progress_bar() as bar:
        task = bar.add_task("querying", total=(rounds + 1) * len(queries) * len(groups))
        for group in groups:
            orders = list(itertools.permutations(group))
            for round_number in range(rounds + 1):
                order = list(queries)
                rng.shuffle(order)
                for i, (_kind, query) in enumerate(order):
                    for name in orders[(round_number * len(order) + i) % len(orders)]:
                        runner, translate = engines[name]
                        text = translate(query)
                        t0 = time.perf_counter_ns()
                        runner(text)
                        elapsed = (time.perf_counter_ns() - t0) / 1e6
                        if round_number:
                            runs[name].setdefault(query, []).append(elapsed)
                    bar.update(task, advance=1)
    return runs


def _latency_table(names: list[str], samples: dict[str, list[float]]) -> dict[str, dict[int, float]]:
    print(f"  {'engine':<34}{'p50':>9}{'p95':>9}{'p99':>9}{'mean':>9}{'max':>9}")
    stats = {}
    for name in names:
        values = samples[name]
        stats[name] = {p: percentile(values, p) for p in (50, 95, 99)}
        print(
            f"  {name:<34}"
            + "".join(f"{stats[name][p]:>9.3f}" for p in (50, 95, 99))
            + f"{statistics.fmean(values):>9.3f}{max(values):>9.3f}"
        )
    return stats


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


if __name__ == "__main__":
    sys.exit(main())
