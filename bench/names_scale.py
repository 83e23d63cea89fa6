"""Name queries and list screening at scale: a case of ROWS table rows and ENTITIES people, named in
Latin letters, Uyghur Arabic script and Chinese characters (invented names: syllables of Uyghur
combined at random, so that the pools are as varied as real ones without being anyone's).

    nice .venv/bin/python bench/names_scale.py [ROWS] [ENTITIES] [--list N] [--queries N]

Prints how long building the keys took, the first and the warm name queries (`names match`, through
the service with its audit entry: p50 and p95 over --queries warm queries in one process), the same
queries the way they were answered before the terms index (every name's keys read and compared, every
entity scored) for a few queries, and a screening list of N names (`names screen`).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from habeas.config import LOCAL_OWNER, load_settings
from habeas.names import scripts, transcription
from habeas.services import Caller
from habeas.store.analysis_models import EntityRow
from habeas.store.models import Case, Document, Record
from habeas.store.store import Store

CASE = "bench-names"
ONSETS = ["b", "p", "t", "j", "ch", "x", "d", "r", "z", "s", "sh", "gh", "q", "k", "g", "l", "m", "n", "h", "y", ""]
VOWELS = ["a", "e", "i", "o", "u", "ü", "é", "a", "i"]
CODAS = ["", "", "", "n", "r", "l", "m", "t", "k", "p", "q", "s"]
ROWS_PER_TABLE = 100_000


def _word(rng: random.Random) -> str:
    syll = rng.choice((2, 2, 3, 3, 4))
    text = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syll))
    return text[:1].upper() + text[1:]


class Names:
    """Pools of given and family names, and a person's name in each script."""

    def __init__(self, seed: int = 7, pool: int = 3000) -> None:
        rng = random.Random(seed)
        self.rng = rng
        self.given = sorted({_word(rng) for _ in range(pool)})
        self.family = sorted({_word(rng) for _ in range(pool)})
        self._han: dict[str, str] = {}

    def han(self, word: str) -> str:
        got = self._han.get(word)
        if got is None:
            found = transcription.chinese_candidates(word.lower(), 1)
            got = self._han[word] = found[0][0] if found else word
        return got

    def person(self) -> tuple[str, str]:
        return self.rng.choice(self.given), self.rng.choice(self.family)

    def written(self, given: str, family: str, script: str) -> str:
        if script == "han":
            return f"{self.han(given)}·{self.han(family)}"
        if script == "arabic":
            return scripts.uly_to_uey(f"{given} {family}".lower())
        return f"{given} {family}"

    def some_script(self) -> str:
        return self.rng.choices(["latin", "arabic", "han"], weights=[75, 10, 15])[0]


def build(store: Store, names: Names, rows: int, entities: int) -> dict[str, float]:
    """Fill the store's case with tables of ``rows`` rows and ``entities`` people; returns timings."""
    from habeas.resolve.name_index import key_entities, sync_name_keys

    out: dict[str, float] = {}
    started = time.perf_counter()
    with store.db.transaction() as session:
        case = Case(name=CASE, created_by=LOCAL_OWNER)
        session.add(case)
        session.flush()
        case_id = case.id
        for t in range((rows + ROWS_PER_TABLE - 1) // ROWS_PER_TABLE):
            doc_id = f"benchtable{t:06d}"
            session.add(
                Document(
                    id=doc_id,
                    case_id=case_id,
                    sha256=f"{t:064d}",
                    size=0,
                    file_name=f"table{t}.csv",
                    file_type="csv",
                    title=f"table {t}",
                    status="done",
                    meta={"columns": ["name", "note"]},
                )
            )
            session.flush()
            n = min(ROWS_PER_TABLE, rows - t * ROWS_PER_TABLE)
            batch = []
            for i in range(n):
                given, family = names.person()
                batch.append(
                    {
                        "document_id": doc_id,
                        "sheet": "",
                        "row_number": i + 2,
                        "values": {"name": names.written(given, family, names.some_script()), "note": f"r{i}"},
                    }
                )
            session.execute(insert(Record), batch)
    out["rows_s"] = time.perf_counter() - started
    started = time.perf_counter()
    sync_name_keys(store)
    out["keys_s"] = time.perf_counter() - started
    started = time.perf_counter()
    people = []
    for i in range(entities):
        given, family = names.person()
        name = names.written(given, family, names.some_script())
        alias = names.written(given, family, "latin" if scripts.script_of(name) != "latin" else "han")
        people.append((f"e{i:015d}", "person", name, [alias] if i % 3 == 0 else []))
    with store.db.transaction() as session:
        session.execute(
            insert(EntityRow),
            [
                {"id": i, "case_id": case_id, "type": t, "name": n, "aliases": a, "keys": [], "mention_count": 1}
                for i, t, n, a in people
            ],
        )
        key_entities(session, case_id, people)
    out["entities_s"] = time.perf_counter() - started
    return out


def queries(names: Names, n: int) -> list[str]:
    """Half people of the pools (in any script, so many are in the case), half names nobody has."""
    rng = random.Random(11)
    out = []
    for i in range(n):
        if i % 2:
            out.append(f"{_word(rng)} {_word(rng)}")
        else:
            given, family = rng.choice(names.given), rng.choice(names.family)
            out.append(names.written(given, family, rng.choice(["latin", "latin", "arabic", "han"])))
    return out


def before(store: Store, query: str) -> float:
    """One query answered as before the terms index: every name's keys read and compared to the
    query's (vectorised), every entity of the case scored."""
    import numpy as np
    from rapidfuzz import fuzz, process
    from sqlalchemy import select

    from habeas.names import phonetic
    from habeas.names.match import compare
    from habeas.store.names_models import NameKey

    started = time.perf_counter()
    with store.db.reading() as session:
        rows = session.execute(select(NameKey.id, NameKey.keys)).all()
        ents = session.execute(select(EntityRow.name, EntityRow.aliases)).all()
    qkeys = [k for k in phonetic.index_keys(query).split("|") if k]
    flat = [k.split("|")[0] for _, k in rows]
    scores = process.cdist(qkeys, flat, scorer=fuzz.token_sort_ratio, dtype=np.float32, workers=-1).max(axis=0)
    np.argsort(-scores)[:600]
    for name, aliases in ents:
        for form in (name, *(aliases or [])):
            compare(query, form)
    return time.perf_counter() - started


def _load() -> str:
    import os

    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


OUT = Path(__file__).resolve().parent / "out"


def _case_store(tmp: str, rows: int, entities: int, names: Names, keep: bool) -> None:
    """Build the case in ``tmp``, or (``keep``) reuse the one built there before: it is marked
    ``built.json`` once complete, with how long building took."""
    import json

    marker = Path(tmp) / "built.json"
    if keep and marker.exists():
        built = json.loads(marker.read_text())
        print(f"case reused from {tmp} (built before: ", end="")
    else:
        if keep and Path(tmp).exists():
            import shutil

            shutil.rmtree(tmp)  # a build that did not finish
        settings = load_settings(store=tmp)
        settings.store.mkdir(parents=True, exist_ok=True)
        with Store(settings) as store:
            built = build(store, names, rows, entities)
        marker.write_text(json.dumps(built))
        print("case built (", end="")
    print(
        f"{rows:,} table rows, {entities:,} entities; rows {built['rows_s']:.1f} s, "
        f"name keys {built['keys_s']:.1f} s ({rows / max(built['keys_s'], 1e-9):,.0f} rows/s), "
        f"entity keys {built['entities_s']:.1f} s)"
    )


def measure(
    rows: int, entities: int, list_size: int, n_queries: int, old: int = 3, keep: bool = True
) -> dict[str, Any]:
    """Build (or, ``keep``, reuse under bench/out/) the case, then time the queries and the list."""
    import contextlib

    from habeas.services import names as service

    names = Names()
    where = (
        contextlib.nullcontext(str(OUT / f"names-{rows}-{entities}"))
        if keep
        else tempfile.TemporaryDirectory(prefix="habeas-names-")
    )
    with where as tmp:
        _case_store(tmp, rows, entities, names, keep)
        names = Names()  # the same pools whether the case was built now or before
        qs = queries(names, n_queries + 1)
        with Store(load_settings(store=tmp)) as store:  # a fresh process's view: caches cold
            ctx = Caller(store, LOCAL_OWNER)
            started = time.perf_counter()
            first = service.match_names(ctx, qs[0], case=CASE)
            first_s = time.perf_counter() - started
            times: list[float] = []
            cpu: list[float] = []
            found = 0
            for q in qs[1:]:
                started, started_cpu = time.perf_counter(), time.process_time()
                got = service.match_names(ctx, q, case=CASE)
                times.append(time.perf_counter() - started)
                cpu.append(time.process_time() - started_cpu)
                found += bool(got["matches"])
            old_times = [before(store, q) for q in qs[1 : 1 + (old if rows < 500_000 else min(old, 1))]]
            print(f"name query (names match, service with audit), {len(times)} warm queries, {found} with matches")
            print(f"  {'':<28} {'first':>8} {'p50':>8} {'p95':>8} {'max':>8}")
            print(
                f"  {'terms index (now)':<28} {first_s * 1000:8.0f} {statistics.median(times) * 1000:8.1f} "
                f"{pct(times, 95) * 1000:8.1f} {max(times) * 1000:8.1f}   ms  ({len(first['matches'])} first)"
            )
            print(
                f"  {'  CPU time of this process':<28} {'':>8} {statistics.median(cpu) * 1000:8.1f} "
                f"{pct(cpu, 95) * 1000:8.1f} {max(cpu) * 1000:8.1f}   ms  (load average {_load()})"
            )
            before_s = statistics.median(old_times) if old_times else float("nan")
            if old_times:
                print(
                    f"  {'every name read (before)':<28} {'':>8} {before_s * 1000:8.0f} "
                    f"{'':>8} {max(old_times) * 1000:8.0f}   ms  ({len(old_times)} queries)"
                )
            result: dict[str, Any] = {"first_s": first_s, "p95_s": pct(times, 95), "before_s": before_s}
            if list_size:
                listed = queries(names, list_size)
                started, started_cpu = time.perf_counter(), time.process_time()
                screened = service.screen_names(ctx, listed, case=CASE)
                took = time.perf_counter() - started
                took_cpu = time.process_time() - started_cpu
                hits = sum(1 for r in screened["results"] if r["matches"])
                print(
                    f"screening list of {list_size:,} names: {took:.1f} s ({took / list_size * 1000:.1f} ms a name, "
                    f"{hits:,} with matches; CPU {took_cpu:.1f} s, {took_cpu / list_size * 1000:.1f} ms a name; "
                    f"load average {_load()})"
                    + (f"; before: about {before_s * list_size / 60:,.0f} min" if old_times else "")
                )
                result["screen_s"] = took
    return result


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    opts = {a.split("=")[0]: a.split("=")[1] for a in sys.argv[1:] if a.startswith("--") and "=" in a}
    rows = int(args[0]) if args else 1_000_000
    entities = int(args[1]) if len(args) > 1 else 100_000
    measure(rows, entities, int(opts.get("--list", "10000")), int(opts.get("--queries", "200")))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
