"""The record linkage model: a Fellegi-Sunter model run by Splink (DuckDB by default, Spark when
configured), fed with Habeas's own cross-script name keys.

What Habeas adds to Splink:

- every name is read in every script first (``phonetic``): ``Ilham Tohti``, ``ئىلھام توختى`` and
  ``伊力哈木·土赫提`` get the same shape keys, so the model compares sounds, not letters;
- blocking is on those keys (pairs of name-part skeletons, birth date with each part's first
  consonant, the ID number), built here and handed to Splink as the pairs to score, so the
  candidate pairs stay few at a million rows; broad keys (birth date alone, one name part) are used
  only while the pairs they add stay within a budget;
- PRC resident ID numbers are validated (``idnumber``): one valid number on both rows is its own,
  strongest comparison level;
- a model with sensible starting weights, so that a small table (where nothing can be estimated) is
  still linked; on a larger table the weights are estimated from the table itself (u by random
  sampling, m by expectation maximisation on a hashed sample of blocked pairs), without labels;
- at a million rows the Python side only reads each distinct name piece once (cached) and hands
  plain columns to DuckDB as Arrow; the blocking keys are made in SQL.

The input is plain rows (dicts) with canonical keys: ``uid`` (int), ``source`` (which table),
``name`` or ``given``/``family``, ``birth`` (a date), ``id_number`` and any other attributes.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar

from habeas.errors import LinkageError
from habeas.names import phonetic, scripts
from habeas.names.idnumber import parse_prc_id

MAX_BLOCK = 200  # rows sharing one blocking key beyond which the key is too common to use
PAIR_BUDGET = 25  # broad blocking keys are added while the pairs stay under this many per row
TIGHT_KEYS = ("p", "t", "i", "bb", "y")  # blocking key kinds always used (see _keys_sql); the others are broad
PAIR_CAP = 4_500_000  # and under this many in all: past it, scoring the broad keys' pairs costs minutes for
# a few more true pairs (at a million rows, 0.3% of them for five times the pairs)
PARALLEL_PIECES = 20_000  # distinct name pieces beyond which a second process reads half of them
PARALLEL_ROWS = 100_000  # rows beyond which a second process prepares half of them
TRAIN_MIN_ROWS = 1000  # below this, nothing can be estimated: the starting weights are used
EM_PAIRS = 1e6  # expectation maximisation runs on a hashed sample of about this many blocked pairs
BACKENDS = ("duckdb", "spark")
EM_CONVERGENCE = 1e-3
U_PAIRS = 5e4  # random pairs that estimate how often non-matches agree by chance
UNTRAINED_PRIOR = 1e-4  # the chance that two rows are one person, before any evidence, when not estimated

_T = TypeVar("_T")
_DIGITS = re.compile(r"\d+")


# -- preparing rows ------------------------------------------------------------------


@dataclass(frozen=True)
class _Part:
    raw: str
    full: str
    shape: str
    skel: str


_PIECES = re.compile(r"[\s·•・‧.]+")


@lru_cache(maxsize=200_000)
def _piece(text: str) -> tuple[tuple[_Part, ...], tuple[tuple[str, ...], ...]]:
    """One piece of a name (between spaces or the "·" of a transcription): its parts in the best
    reading, and for each part the skeletons of every reading (for blocking)."""
    key = phonetic.analyse(text)
    if not key.readings:
        return (), ()
    best = [t for t in key.readings[0].tokens if t.variants]
    parts = tuple(
        _Part(raw=t.text.lower(), full=t.variants[0].full, shape=t.variants[0].shape, skel=t.variants[0].skeleton)
        for t in best
    )
    skeletons: list[set[str]] = [set() for _ in parts]
    for reading in key.readings:
        tokens = [t for t in reading.tokens if t.variants]
        if len(tokens) != len(parts):
            continue
        for i, t in enumerate(tokens):
            skeletons[i].update(v.skeleton for v in t.variants[:3] if v.skeleton)
    return parts, tuple(tuple(sorted(s)) for s in skeletons)


PieceReading = tuple[tuple[_Part, ...], tuple[tuple[str, ...], ...]]


def _pieces_of(name: str) -> list[str]:
    """The pieces of a name; a Han name spaced out ("王　刚") is one piece, as written together."""
    name = scripts.han_spaces_closed(name)
    pieces = [p for p in _PIECES.split(name) if p]
    return pieces if len(pieces) > 1 else [name]


def _fork_helps(work: int, threshold: int) -> bool:
    """Whether to hand half of this work to a forked process: when there is enough of it, a second
    core, and no other thread here (a forked process copies only the calling thread: with a web
    server's threads running, a lock one of them holds would never be released in the copy)."""
    import multiprocessing

    return (
        work >= threshold
        and (os.cpu_count() or 1) > 1
        and threading.active_count() == 1
        and "fork" in multiprocessing.get_all_start_methods()
        and not multiprocessing.current_process().daemon
    )  # a daemonic worker may not have children


_FORKED: dict[str, Any] = {}  # what a forked helper reads (copied by the fork, never pickled)
_FORKED_LOCK = threading.Lock()  # one preparation at a time in a process: ``_FORKED`` is shared


def _on_two_cores(work: Callable[[int, int], _T], n: int, shared: dict[str, Any], threshold: int) -> list[_T]:
    """``work(start, stop)`` over ``range(n)``, the second half in a forked process when that helps;
    ``work`` finds ``shared`` in ``_FORKED``. The results in order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with _FORKED_LOCK:
        _FORKED.update(shared)
        try:
            if not _fork_helps(n, threshold):
                return [work(0, n)]
            with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
                theirs = pool.submit(work, n // 2, n)
                ours = work(0, n // 2)
                try:
                    return [ours, theirs.result()]
                except BrokenProcessPool:  # the helper died (killed, out of memory): its half is done here
                    return [ours, work(n // 2, n)]
        finally:
            _FORKED.clear()


def _read_pieces(start: int, stop: int) -> list[PieceReading]:
    return [_piece(p) for p in _FORKED["pieces"][start:stop]]


def read_distinct_pieces(names: Iterable[str]) -> dict[str, PieceReading]:
    """The reading of every distinct piece of these names. A million rows hold some 160,000 distinct
    pieces (a Chinese-character one costs about a millisecond): past ``PARALLEL_PIECES`` a second
    process reads half of them."""
    distinct = sorted({p for name in names for p in _pieces_of(name)})
    pieces = distinct[0::2] + distinct[1::2]  # the slow Chinese-character pieces sort last: half each
    halves = _on_two_cores(_read_pieces, len(pieces), {"pieces": pieces}, PARALLEL_PIECES)
    return dict(zip(pieces, (r for half in halves for r in half), strict=True))


def _name_parts(name: str, read: dict[str, PieceReading] | None = None) -> tuple[list[_Part], list[tuple[str, ...]]]:
    """The name's parts, and for each part the skeletons of its every reading (for blocking).
    Names are read piece by piece (``read``, or cached): a million rows cost one reading per
    distinct piece, and the lists hold references to the read parts, not new strings."""
    parts: list[_Part] = []
    per_part: list[tuple[str, ...]] = []
    for piece in _pieces_of(name):
        got, skels = read[piece] if read is not None else _piece(piece)
        parts.extend(got)
        per_part.extend(skels)
    return parts, [p for p in per_part if p]


@lru_cache(maxsize=200_000)
def _one_part(text: str) -> _Part | None:
    """A given name or a family name (from its own column) as one part."""
    parts, _ = _name_parts(text)
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return _Part(
        raw=text.lower(),
        full="".join(p.full for p in parts),
        shape="".join(p.shape for p in parts),
        skel="".join(p.skel for p in parts),
    )


def _birth_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.strftime("%Y%m%d")
    return _birth_from_text(str(value))


@lru_cache(maxsize=100_000)
def _birth_from_text(text: str) -> str | None:
    """A written birth date as YYYYMMDD (cached: a million rows share some 25,000 dates)."""
    digits = "".join(_DIGITS.findall(text))
    if len(digits) == 8:
        return digits
    m = re.search(r"(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})", text)
    return f"{m.group(1)}{int(m.group(2)):02d}{int(m.group(3)):02d}" if m else None


def _text(value: Any) -> str | None:
    return _normalised(str(value)) if value is not None else None


@lru_cache(maxsize=100_000)
def _normalised(text: str) -> str | None:
    text = unicodedata.normalize("NFC", text).strip().lower()
    return text or None


@dataclass
class Prepared:
    """Rows made ready for the model: one Arrow column per feature, and each name part's skeletons
    (the blocking keys are made from these in SQL, so a million rows do not become ten million
    Python strings)."""

    columns: Any  # a pyarrow Table: DuckDB reads it in place, without a copy
    part_uids: Any  # Arrow arrays, one entry per (name part, skeleton): flat,
    part_index: Any  # since a million rows have millions of them
    part_skels: Any
    attributes: tuple[str, ...]
    has_id: bool
    has_birth: bool
    sources: dict[int, str] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return int(self.columns.num_rows)

    @property
    def uids(self) -> set[int]:
        return set(self.columns.column("unique_id").to_pylist())

    def column(self, name: str) -> list[Any]:
        """One column as a Python list."""
        values: list[Any] = self.columns.column(name).to_pylist()
        return values


def prepare(rows: Iterable[dict[str, Any]], attributes: Sequence[str] = ()) -> Prepared:
    """Name keys, normalised birth date and ID number, and each name part's skeletons, for every row."""
    import gc

    rows = rows if isinstance(rows, list) else list(rows)
    collecting = gc.isenabled()
    gc.disable()  # millions of new objects, none of them in a cycle: collections would find nothing
    try:
        return _prepare(rows, attributes)
    finally:
        if collecting:
            gc.enable()


def _prepare(rows: list[dict[str, Any]], attributes: Sequence[str]) -> Prepared:
    import pyarrow as pa

    read = read_distinct_pieces(
        str(row["name"]).strip()
        for row in rows
        if row.get("name") and row.get("given") is None and row.get("family") is None
    )
    halves = _on_two_cores(
        _prepare_rows, len(rows), {"rows": rows, "attributes": attributes, "read": read}, PARALLEL_ROWS
    )
    table = pa.concat_tables([h[0] for h in halves])
    uids, index, skels = (pa.chunked_array([h[k] for h in halves]) for k in (1, 2, 3))
    return Prepared(
        columns=table,
        part_uids=uids,
        part_index=index,
        part_skels=skels,
        attributes=tuple(attributes),
        has_id=table.column("idn").null_count < len(rows),
        has_birth=table.column("birth").null_count < len(rows),
    )


def _prepare_rows(start: int, stop: int) -> tuple[Any, Any, Any, Any]:
    """Rows ``start:stop`` of ``_FORKED["rows"]`` as Arrow: their columns, and one (uid, part, skeleton)
    per part's skeleton (for the blocking keys)."""
    import pyarrow as pa

    rows: list[dict[str, Any]] = _FORKED["rows"][start:stop]
    read: dict[str, PieceReading] = _FORKED["read"]
    firsts: list[_Part | None] = []
    seconds: list[_Part | None] = []
    births: list[str | None] = []
    ids: list[str | None] = []
    valid_ids: list[bool] = []
    part_uids = array("q")
    part_index = array("q")
    part_skels: list[str] = []
    for row in rows:
        per_part: Sequence[Sequence[str]] = ()
        if row.get("given") is not None or row.get("family") is not None:
            a = _one_part(str(row.get("given") or "").strip()) if row.get("given") else None
            b = _one_part(str(row.get("family") or "").strip()) if row.get("family") else None
            if a and b:  # one key: the pair of the two parts' skeletons
                per_part = ((a.skel,), (b.skel,))
        else:
            parts, per_part = _name_parts(str(row.get("name") or "").strip(), read) if row.get("name") else ([], [])
            a = parts[0] if parts else None
            b = parts[-1] if len(parts) > 1 else None
        if per_part:
            uid = int(row["uid"])
            for i, skels in enumerate(per_part):
                part_uids.extend([uid] * len(skels))
                part_index.extend([i] * len(skels))
                part_skels.extend(skels)
        firsts.append(a)
        seconds.append(b)
        birth = _birth_text(row.get("birth"))
        id_text = str(row.get("id_number") or "").strip()
        pid = parse_prc_id(id_text) if id_text else None
        if pid is not None and pid.valid and birth is None and pid.birth_date:
            birth = pid.birth_date.strftime("%Y%m%d")
        births.append(birth)
        ids.append(pid.number if pid is not None else (_text(id_text) if id_text else None))
        valid_ids.append(pid is not None and pid.valid)
    text = pa.string()
    columns: dict[str, Any] = {
        "unique_id": pa.array([int(row["uid"]) for row in rows], type=pa.int64()),
        "src": pa.array([str(row.get("source") or "") for row in rows], type=text),
    }
    for prefix, parts_of in (("pa", firsts), ("pb", seconds)):  # an empty key is no key
        columns[f"{prefix}_raw"] = pa.array([p.raw if p else None for p in parts_of], type=text)
        columns[f"{prefix}_full"] = pa.array([p.full or None if p else None for p in parts_of], type=text)
        columns[f"{prefix}_shape"] = pa.array([p.shape or None if p else None for p in parts_of], type=text)
        columns[f"{prefix}_skel"] = pa.array([p.skel or None if p else None for p in parts_of], type=text)
    columns["birth"] = pa.array(births, type=text)
    columns["idn"] = pa.array(ids, type=text)
    columns["id_valid"] = pa.array(valid_ids, type=pa.bool_())
    for attr in _FORKED["attributes"]:
        columns[f"a_{attr}"] = pa.array([_text(row.get(attr)) for row in rows], type=text)
    return (
        pa.table(columns),
        pa.array(part_uids, type=pa.int64()),
        pa.array(part_index, type=pa.int64()),
        pa.array(part_skels, type=text),
    )


# -- the model -----------------------------------------------------------------------


@dataclass(frozen=True)
class Level:
    label: str
    sql: str  # duckdb dialect; Splink translates it for Spark
    m: float
    u: float
    null: bool = False
    tf: str | None = None


def _name_levels(p: str, other: str) -> list[Level]:
    return [
        Level("missing", f"{p}_full_l IS NULL OR {p}_full_r IS NULL", 1, 1, null=True),
        Level("same spelling", f"{p}_raw_l = {p}_raw_r", 0.6, 0.002, tf=f"{p}_raw"),
        Level("same sounds", f"{p}_full_l = {p}_full_r", 0.12, 0.002),
        Level("same across scripts", f"{p}_shape_l = {p}_shape_r", 0.08, 0.004),
        Level("one typo", f"jaro_winkler_similarity({p}_full_l, {p}_full_r) >= 0.92", 0.1, 0.005),
        Level("similar", f"jaro_winkler_similarity({p}_full_l, {p}_full_r) >= 0.8", 0.05, 0.03),
        # lists swap given and family (or father's) name: this part meets the other row's other part,
        # judged on its own, so that a typo in one part does not lose the swap of the other
        Level(
            "parts swapped",
            f"{p}_shape_l = {other}_shape_r OR jaro_winkler_similarity({p}_full_l, {other}_full_r) >= 0.92",
            0.05,
            0.008,
        ),
        Level("different", "ELSE", 0.02, 0.96),
    ]


def _birth_levels() -> list[Level]:
    return [
        Level("missing", "birth_l IS NULL OR birth_r IS NULL", 1, 1, null=True),
        Level("same", "birth_l = birth_r", 0.88, 0.0004, tf="birth"),
        Level(
            "day and month swapped",
            "substr(birth_l, 1, 4) = substr(birth_r, 1, 4) AND "
            "substr(birth_l, 5, 2) = substr(birth_r, 7, 2) AND substr(birth_l, 7, 2) = substr(birth_r, 5, 2)",
            0.02,
            0.001,
        ),
        Level("one typo", "damerau_levenshtein(birth_l, birth_r) <= 1", 0.06, 0.002),
        Level("two typos", "damerau_levenshtein(birth_l, birth_r) <= 2", 0.02, 0.04),
        Level("different", "ELSE", 0.02, 0.95),
    ]


def _id_levels() -> list[Level]:
    return [
        Level("missing", "idn_l IS NULL OR idn_r IS NULL", 1, 1, null=True),
        Level("same valid PRC ID number", "idn_l = idn_r AND id_valid_l AND id_valid_r", 0.6, 1e-7),
        Level("same", "idn_l = idn_r", 0.3, 1e-5),
        Level("one typo", "damerau_levenshtein(idn_l, idn_r) <= 1", 0.05, 1e-4),
        Level("two typos", "damerau_levenshtein(idn_l, idn_r) <= 2", 0.02, 1e-3),
        Level("different", "ELSE", 0.01, 0.999),  # two different valid numbers: two people
    ]


def _attribute_levels(attr: str) -> list[Level]:
    c = f"a_{attr}"
    return [
        Level("missing", f"{c}_l IS NULL OR {c}_r IS NULL", 1, 1, null=True),
        Level("same", f"{c}_l = {c}_r", 0.8, 0.05, tf=c),
        Level("similar", f"jaro_winkler_similarity({c}_l, {c}_r) >= 0.88 AND length({c}_l) >= 4", 0.12, 0.03),
        Level("different", "ELSE", 0.08, 0.92),
    ]


def comparisons(prepared: Prepared) -> dict[str, list[Level]]:
    """The model's comparisons, by output name: the two name parts, then what the table has."""
    out = {"name_a": _name_levels("pa", "pb"), "name_b": _name_levels("pb", "pa")}
    if prepared.has_birth:
        out["birth"] = _birth_levels()
    if prepared.has_id:
        out["id_number"] = _id_levels()
    for attr in prepared.attributes:
        out[attr] = _attribute_levels(attr)
    return out


def _settings(prepared: Prepared, comps: dict[str, list[Level]]) -> Any:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl
    from splink import SettingsCreator

    creators: list[Any] = []
    for name, levels in comps.items():
        made: list[Any] = []
        for lv in levels:
            level: Any = (
                cll.ElseLevel() if lv.sql == "ELSE" else cll.CustomLevel(lv.sql, lv.label, base_dialect_str="duckdb")
            )
            options: dict[str, Any] = {"m_probability": lv.m, "u_probability": lv.u, "label_for_charts": lv.label}
            if lv.null:
                options = {"is_null_level": True, "label_for_charts": lv.label}
            if lv.tf and prepared.rows >= TRAIN_MIN_ROWS:  # frequencies in a small table mean nothing
                options["tf_adjustment_column"] = lv.tf
                options["tf_adjustment_weight"] = 1.0
            made.append(level.configure(**options))
        creators.append(cl.CustomComparison(made, output_column_name=name))
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=creators,
        probability_two_random_records_match=UNTRAINED_PRIOR,
        retain_matching_columns=True,
        retain_intermediate_calculation_columns=False,
        additional_columns_to_retain=["src"],
        # parameters to a thousandth are as good as to a ten-thousandth for the links
        # and take half the iterations
        em_convergence=EM_CONVERGENCE,
    )


def _db_api(backend: str) -> Any:
    if backend == "spark":
        try:
            from pyspark.sql import SparkSession
        except ImportError as exc:
            raise LinkageError(
                "the Spark linkage backend needs the pyspark package "
                "(pip install pyspark; see the README, Record linkage)"
            ) from exc
        from splink import SparkAPI

        return SparkAPI(spark_session=SparkSession.builder.getOrCreate())  # type: ignore[no-untyped-call]
    if backend != "duckdb":
        raise LinkageError(f"linkage backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
    import duckdb
    from splink import DuckDBAPI

    return DuckDBAPI(connection=duckdb.connect())


@dataclass
class Options:
    backend: str = "duckdb"
    link_only: bool = False  # only pairs from different sources (tables)
    one_to_one: bool = False  # with link_only: each row links to at most one row of another table
    threshold: float = 0.5  # pairs below this match probability are dropped
    train: bool | None = None  # None: estimate weights when the table is large enough
    seed: int = 1
    memory_limit: str = "1.2GB"


@dataclass
class Result:
    pairs: list[tuple[int, int, float, dict[str, str]]]  # (uid, uid, match probability, evidence)
    candidate_pairs: int
    trained: bool
    keys_used: list[str]


class _Backend:
    """Where the SQL runs: a DuckDB connection (default) or a Spark session. Blocking, training and
    scoring are the same SQL on both; only how tables are made and queried differs."""

    def __init__(self, options: Options) -> None:
        self.kind = options.backend
        self.db_api = _db_api(options.backend)
        self.registered: set[str] = set()
        if self.kind == "duckdb":
            self.con = self.db_api.duckdb_con
            self.con.execute(f"SET memory_limit = '{options.memory_limit}'")
            self.con.execute("SET preserve_insertion_order = false")
        else:
            self.spark = self.db_api.spark

    def table(self, name: str, data: Any) -> Any:
        """A table of these columns (a pyarrow Table, or a dict of lists), registered as ``name``."""
        import pyarrow as pa

        arrow = data if isinstance(data, pa.Table) else pa.table(data)
        if self.kind == "duckdb":  # read in place: the rows are not held twice
            self.con.register(name, arrow)
            self.registered.add(name)
            return self.con.table(name)
        frame = self.spark.createDataFrame(
            list(zip(*(c.to_pylist() for c in arrow.columns), strict=True)), schema=arrow.column_names
        )
        frame.createOrReplaceTempView(name)
        return frame

    def sql(self, query: str, name: str | None = None) -> Any:
        if self.kind == "duckdb":
            if name:
                self.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {query}")
                return self.con.table(name)
            return self.con.execute(query).fetchall()
        frame = self.spark.sql(query)
        if name:
            frame = frame.cache()
            frame.createOrReplaceTempView(name)
            return frame
        return [tuple(r) for r in frame.collect()]

    def drop(self, *names: str) -> None:
        """Drop these tables (made by ``sql`` or ``table``): their memory goes back to the scoring."""
        for name in names:
            if self.kind == "duckdb" and name in self.registered:
                self.con.unregister(name)
                self.registered.discard(name)
            elif self.kind == "duckdb":
                self.con.execute(f"DROP TABLE IF EXISTS {name}")
            else:
                self.spark.catalog.dropTempView(name)

    def rows(self, splink_frame: Any, columns: list[str]) -> list[tuple[Any, ...]]:
        if self.kind == "duckdb":
            found: list[tuple[Any, ...]] = splink_frame.as_duckdbpyrelation().select(", ".join(columns)).fetchall()
            return found
        return [tuple(r) for r in splink_frame.as_spark_dataframe().select(*columns).collect()]

    def close(self) -> None:
        if self.kind == "duckdb":
            self.con.close()


def _keys_sql(prepared: Prepared) -> str:
    """Every row's blocking keys, by kind: every pair of name parts' skeletons (any reading, either
    order, across scripts: 伊力哈木·土赫提 and Ilham Tohti share ``lm|tt``) or a one-part name's
    skeletons; the ID number; birth date with each part's first two consonants; birth year with the
    name's shapes; and the broad ones: birth date with a part's first consonant, birth date alone, one
    name part alone, an attribute (or its first three letters: "salisbury heights" and "salisburyh
    eights") with one part."""
    attribute_keys = "".join(  # attribute names are the caller's canonical keys, already column names
        f"UNION ALL SELECT unique_id, 's{n}.{attr}', 's{n}.{attr}:' || {value} || '|' || {p}_skel FROM hb_rows "  # nosec B608
        f"WHERE a_{attr} IS NOT NULL AND {p}_skel IS NOT NULL\n"
        for attr in prepared.attributes
        for p in ("pa", "pb")
        for n, value in (("", f"a_{attr}"), ("3", f"left(a_{attr}, 3)"))
    )
    return f"""
        SELECT a.uid, 'p' AS kind, 'p:' || least(a.s, b.s) || '|' || greatest(a.s, b.s) AS k
          FROM hb_parts a JOIN hb_parts b ON a.uid = b.uid AND a.i < b.i
        UNION ALL SELECT uid, 't', 't:' || s FROM hb_parts
          WHERE uid IN (SELECT uid FROM hb_parts GROUP BY uid HAVING max(i) = 0)
        UNION ALL SELECT unique_id, 'i', 'i:' || idn FROM hb_rows WHERE idn IS NOT NULL
        UNION ALL SELECT unique_id, 'b', 'b:' || birth || '|' || left(pa_skel, 1) FROM hb_rows
          WHERE birth IS NOT NULL AND pa_skel IS NOT NULL
        UNION ALL SELECT unique_id, 'b', 'b:' || birth || '|' || left(pb_skel, 1) FROM hb_rows
          WHERE birth IS NOT NULL AND pb_skel IS NOT NULL
        UNION ALL SELECT unique_id, 'bb', 'bb:' || birth || '|' || left(pa_skel, 2) FROM hb_rows
          WHERE birth IS NOT NULL AND pa_skel IS NOT NULL
        UNION ALL SELECT unique_id, 'bb', 'bb:' || birth || '|' || left(pb_skel, 2) FROM hb_rows
          WHERE birth IS NOT NULL AND pb_skel IS NOT NULL
        UNION ALL SELECT unique_id, 'B', 'B:' || birth FROM hb_rows WHERE birth IS NOT NULL
        UNION ALL SELECT unique_id, 'A', 'A:' || pa_full FROM hb_rows WHERE pa_full IS NOT NULL
        UNION ALL SELECT unique_id, 'Z', 'Z:' || pb_full FROM hb_rows WHERE pb_full IS NOT NULL
        UNION ALL SELECT unique_id, 'y', 'y:' || left(birth, 4) || '|' || coalesce(pa_shape, '') || '|'
                                          || coalesce(left(pb_skel, 1), '') FROM hb_rows
          WHERE birth IS NOT NULL AND pa_raw IS NOT NULL AND pb_raw IS NOT NULL
        {attribute_keys}"""  # nosec B608  # names and numbers from this module, no user input


def _candidate_pairs(prepared: Prepared, backend: _Backend, options: Options) -> tuple[Any, list[str]]:
    """The blocking: rows sharing a key, tight keys always, broad ones while under the pair budget."""
    backend.table("hb_parts", {"uid": prepared.part_uids, "i": prepared.part_index, "s": prepared.part_skels})
    keys = _keys_sql(prepared)
    # the pairs each kind of key would make, counted without keeping the keys (at a million rows
    # most of them are broad keys over the budget, never used)
    sizes = backend.sql(f"""SELECT kind, sum(c * (c - 1) / 2) FROM (SELECT kind, k, count(*) AS c FROM ({keys}) t
                            GROUP BY kind, k HAVING count(*) BETWEEN 2 AND {MAX_BLOCK}) s GROUP BY kind""")  # nosec B608  # names and numbers from this module, no user input
    pairs_of = {kind: int(n or 0) for kind, n in sizes}
    used = [k for k in TIGHT_KEYS if k in pairs_of]
    budget = min(PAIR_BUDGET * max(prepared.rows, 1), PAIR_CAP)
    total = sum(pairs_of[k] for k in used)
    for kind in sorted((k for k in pairs_of if k not in used), key=lambda k: pairs_of[k]):  # cheapest first
        if total + pairs_of[kind] <= budget:
            used.append(kind)
            total += pairs_of[kind]
    kinds = ", ".join(f"'{k}'" for k in used) or "''"
    other_source = "AND a.src <> b.src" if options.link_only else ""
    # only the keys in use are kept: at a million rows a third of them
    used_keys = (  # names and numbers from this module, no user input
        f"SELECT DISTINCT k.uid, k.k, r.src FROM ({keys}) k JOIN hb_rows r ON k.uid = r.unique_id "  # nosec B608
        f"WHERE k.kind IN ({kinds})"
    )
    backend.sql(used_keys, "hb_used_keys")
    backend.drop("hb_parts")
    pairs_sql = f"""
        SELECT DISTINCT 'hb' AS match_key, a.uid AS join_key_l, b.uid AS join_key_r
        FROM hb_used_keys a JOIN hb_used_keys b ON a.k = b.k AND a.uid < b.uid {other_source}
        WHERE a.k IN (SELECT k FROM hb_used_keys GROUP BY k HAVING count(*) BETWEEN 2 AND {MAX_BLOCK})"""  # nosec B608  # names and numbers from this module, no user input
    pairs = backend.sql(pairs_sql, "hb_pairs")
    backend.drop("hb_used_keys")
    return pairs, used


def link(prepared: Prepared, options: Options | None = None) -> Result:
    """Score the candidate pairs of these rows; pairs at or above ``options.threshold``, best first."""
    options = options or Options()
    if prepared.rows < 2:
        return Result([], 0, False, [])
    from splink import Linker

    logging.getLogger("splink").setLevel(logging.ERROR)

    backend = _Backend(options)
    try:
        comps = comparisons(prepared)
        settings = _settings(prepared, comps)
        table = backend.table("hb_rows", prepared.columns)
        trained = False
        if options.train if options.train is not None else prepared.rows >= TRAIN_MIN_ROWS:
            # the settings are this module's own, on its own columns: Splink's checks of them
            # (a few tenths of a second each time) find nothing
            trainer = Linker(backend.db_api.register(table), settings, log_level=logging.ERROR, validate_settings=False)
            trained = _train(trainer, prepared, options)
            if trained:
                settings = _floored(trainer.misc.save_model_to_json())
                if options.link_only:  # the prior was counted over all pairs; only cross-table pairs are scored
                    settings["probability_two_random_records_match"] = min(
                        0.5, settings["probability_two_random_records_match"] * _cross_pair_factor(prepared)
                    )
        linker = Linker(backend.db_api.register(table), settings, log_level=logging.ERROR, validate_settings=False)
        pairs_frame, used = _candidate_pairs(prepared, backend, options)
        candidates = int(backend.sql("SELECT count(*) FROM hb_pairs")[0][0])
        linker.table_management.register_blocked_pairs_for_predict(backend.db_api.register(pairs_frame))
        predictions = linker.inference.predict(threshold_match_probability=options.threshold, warning_mode="never")
        found = backend.rows(
            predictions, ["unique_id_l", "unique_id_r", "match_probability", *(f"gamma_{name}" for name in comps)]
        )
    finally:
        backend.close()
    labels = {name: _gamma_labels(levels) for name, levels in comps.items()}
    pairs: list[tuple[int, int, float, dict[str, str]]] = []
    for uid_l, uid_r, prob, *gs in found:
        evidence = {name: labels[name].get(int(g), str(g)) for name, g in zip(comps, gs, strict=True)}
        pairs.append((int(uid_l), int(uid_r), float(prob), evidence))
    pairs.sort(key=lambda p: (-p[2], p[0], p[1]))
    if options.link_only and options.one_to_one:
        pairs = _one_to_one(pairs, prepared)
    return Result(pairs, candidates, trained, used)


def _gamma_labels(levels: list[Level]) -> dict[int, str]:
    """Splink numbers the levels: -1 for the null level, then from the highest down to 0 (else)."""
    rest = [lv for lv in levels if not lv.null]
    out = {len(rest) - 1 - i: lv.label for i, lv in enumerate(rest)}
    out[-1] = "missing"
    return out


def _one_to_one(
    pairs: list[tuple[int, int, float, dict[str, str]]], prepared: Prepared
) -> list[tuple[int, int, float, dict[str, str]]]:
    """Each row keeps its best link into each other table (pairs are sorted best first)."""
    src = dict(zip(prepared.column("unique_id"), prepared.column("src"), strict=True))
    taken: set[tuple[int, str]] = set()
    out = []
    for pair in pairs:
        left, right = pair[0], pair[1]
        if (left, src[right]) in taken or (right, src[left]) in taken:
            continue
        taken.update({(left, src[right]), (right, src[left])})
        out.append(pair)
    return out


M_FLOOR = 0.001


def _cross_pair_factor(prepared: Prepared) -> float:
    """All pairs over pairs of rows from different tables."""
    from collections import Counter

    n = prepared.rows
    same = sum(c * (c - 1) / 2 for c in Counter(prepared.column("src")).values())
    total = n * (n - 1) / 2
    return total / max(total - same, 1.0)


def _floored(model: dict[str, Any]) -> dict[str, Any]:
    """Keep every level possible for a true match: a level the estimation never saw among matches
    (so its m fell to nothing) would otherwise veto a pair that agrees on everything else."""
    for comparison in model["comparisons"]:
        for level in comparison["comparison_levels"]:
            if not level.get("is_null_level") and level.get("m_probability") is not None:
                level["m_probability"] = max(level["m_probability"], M_FLOOR)
    return model


def _train(linker: Any, prepared: Prepared, options: Options) -> bool:
    """Estimate the weights from the table itself (no labels): u by random sampling, m by one session
    of expectation maximisation (the comparison it blocks on keeps its starting weights)."""
    from splink import block_on

    rules = [block_on("pa_full", "pb_full")]
    if prepared.has_birth:
        rules.append(block_on("pa_full", "pb_full", "birth"))
    if prepared.has_id:
        rules.insert(0, block_on("idn"))
    # one session: on pairs sharing a birth date when the table has them (every comparison but the
    # birth date is estimated; the birth date keeps its starting weights), else on pairs sharing the
    # name's skeletons. A second session on the name skeletons cost 0.3-0.4 s of a 1.5-2 s FEBRL run,
    # and F1 on the million generated rows was 0.982 with it, 0.985 without.
    em_rules = [block_on("birth")] if prepared.has_birth else [block_on("pa_skel", "pb_skel")]
    try:
        linker.training.estimate_probability_two_random_records_match(rules, recall=0.8)
        # one pass over the sample for every comparison at once: rare levels need no more chunks
        linker.training.estimate_u_using_random_sampling(
            max_pairs=U_PAIRS, seed=options.seed, min_count_per_level=None, num_chunks=1
        )
        for rule in em_rules:
            linker.training.estimate_parameters_using_expectation_maximisation(
                rule, estimate_without_term_frequencies=True, max_pairs=EM_PAIRS
            )
    except Exception as exc:  # too little signal somewhere: a half-estimated model is worse than none
        logging.getLogger(__name__).warning("weights could not be estimated (%s); starting weights kept", exc)
        return False
    return True
