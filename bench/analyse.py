"""Analysis speed: ingest plus analysis against bare spaCy over the same text, in one run.

    .venv/bin/python bench/analyse.py [--mb 5] [--workers 2]

Builds at least ``--mb`` megabytes of distinct text files from the sample corpus, then times
(1) bare ``nlp.pipe`` of the same spaCy model and components over the same text, in the same
number of processes and batches, consuming every document's entities and sentences, and
(2) ``habeas ingest`` of those files into a fresh store: custody, extraction, full-text index,
analysis (mentions, claims, dates) and entity resolution, all written to SQLite, and
(3) ``habeas analyse --all`` over the same store (analysis without ingestion).
Runs are interleaved ``--repeat`` times and the best of each counts, since a shared machine's
load changes from minute to minute. Prints words per second, the ratio (target <= 1.25), the
ratio of CPU seconds (the work each side does, which other jobs on the machine do not change) and
peak memory.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from habeas import services
from habeas.analyse.engine import BATCH_SIZE, chunks, load_nlp
from habeas.analyse.english_layout import prepare
from habeas.config import load_settings
from habeas.services import Caller, intake
from proctree import tree_cpu_seconds

ROOT = Path(__file__).resolve().parent.parent


def build_corpus(folder: Path, megabytes: float) -> list[str]:
    """Distinct files (each with its own header and paragraph order) until the size is reached."""
    sources = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "corpus").glob("*.txt"))]
    paragraphs = [para for text in sources for para in text.split("\n\n") if para.strip()]
    rng = random.Random(7)
    texts, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        rng.shuffle(paragraphs)
        body = f"Bench document {n}\n\n" + "\n\n".join(paragraphs) + "\n"
        (folder / f"doc{n:05d}.txt").write_text(body, encoding="utf-8")
        texts.append(body)
        size += len(body.encode("utf-8"))
        n += 1
    return texts


def bare_spacy(texts: list[str], workers: int) -> float:
    nlp = load_nlp()
    pieces = [piece for text in texts for _offset, piece in chunks(prepare(text))]
    began = time.perf_counter()
    n = 0
    for doc in nlp.pipe(pieces, batch_size=BATCH_SIZE, n_process=workers):
        n += len(doc.ents) + sum(1 for _ in doc.sents)
    return time.perf_counter() - began


def habeas_ingest(folder: Path, store_dir: Path, workers: int) -> tuple[float, dict]:
    settings = load_settings(store_dir)
    from dataclasses import replace

    store = services.open_store(replace(settings, workers=workers))
    try:
        options = intake.default_intake(None, "bench", "A", "bench", "bench")
        began = time.perf_counter()
        report = intake.ingest(Caller(store, options.actor), [folder], options)
        elapsed = time.perf_counter() - began
        from habeas.services import analysis as analysis_services

        status = analysis_services.analysis_status(Caller(store))
        return elapsed, {"new": len(report.new), "failed": len(report.failed), **status}
    finally:
        store.close()


def reanalyse(store_dir: Path, workers: int) -> float:
    from dataclasses import replace

    from habeas.services import analysis as analysis_services

    store = services.open_store(replace(load_settings(store_dir), workers=workers))
    try:
        began = time.perf_counter()
        analysis_services.analyse(Caller(store, "bench"), None)
        return time.perf_counter() - began
    finally:
        store.close()


def cpu_seconds() -> float:
    """CPU time of this process and every process under it, running or finished (the analysis runs
    in sandboxed workers forked from a server process, not in this one): the work done, whatever
    else the machine runs."""
    return tree_cpu_seconds(os.getpid())


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of text (default 5)")
    parser.add_argument("--workers", type=int, default=2, help="processes for both runs (default 2)")
    parser.add_argument("--repeat", type=int, default=2, help="interleaved runs of each; the best counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        texts = build_corpus(folder, args.mb)
        words = sum(len(t.split()) for t in texts)
        megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1_000_000
        print(f"text: {len(texts)} files, {megabytes:.2f} MB, {words:,} words; {args.workers} processes")
        ours_runs, bare_runs, again_runs = [], [], []
        ours_cpu, bare_cpu = [], []
        info: dict = {}
        # loaded once, outside every timing: bare nlp.pipe's forked processes inherit it, where the ingest's
        # workers, forked from the parser server, load their own (their first run pays it)
        load_nlp()
        for n in range(args.repeat):  # interleaved, so a busy moment on a shared machine hits both
            cpu = cpu_seconds()
            bare_runs.append(bare_spacy(texts, args.workers))
            bare_cpu.append(cpu_seconds() - cpu)
            print(
                f"bare nlp.pipe           : {bare_runs[-1]:7.1f} s  {words / bare_runs[-1]:9,.0f} words/s  "
                f"(CPU {bare_cpu[-1]:.1f} s)"
            )
            store_dir = Path(tmp) / f"store{n}"
            cpu = cpu_seconds()
            seconds, info = habeas_ingest(folder, store_dir, args.workers)
            ours_cpu.append(cpu_seconds() - cpu)
            ours_runs.append(seconds)
            print(
                f"habeas ingest + analysis: {seconds:7.1f} s  {words / seconds:9,.0f} words/s  "
                f"(CPU {ours_cpu[-1]:.1f} s; {info['new']} documents, {info['failed']} failed)"
            )
            again_runs.append(reanalyse(store_dir, args.workers))
            print(f"habeas analyse --all    : {again_runs[-1]:7.1f} s  {words / again_runs[-1]:9,.0f} words/s")
        ours, bare, again = min(ours_runs), min(bare_runs), min(again_runs)
        print(
            f"best of {args.repeat}: ingest + analysis {words / ours:,.0f} words/s, bare nlp.pipe "
            f"{words / bare:,.0f} words/s, analyse --all {words / again:,.0f} words/s"
        )
        print(f"ratio (ingest + analysis / bare nlp.pipe): {ours / bare:.2f}  (target <= 1.25)")
        print(f"ratio (analyse --all / bare nlp.pipe): {again / bare:.2f}")
        print(
            f"CPU seconds, ingest + analysis / bare nlp.pipe: {min(ours_cpu):.1f} / {min(bare_cpu):.1f} = "
            f"{min(ours_cpu) / min(bare_cpu):.2f} (independent of the machine's load)"
        )
        print(
            f"peak memory: main process {peak_mb(resource.RUSAGE_SELF):.0f} MB, "
            f"largest worker {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB"
        )
        print(f"analyser: {info['analyser_version']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
