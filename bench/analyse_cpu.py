"""CPU seconds of the analysis alone, in one process, on a slice of ``bench/analyse.py``'s corpus.

    PYTHONPATH=src .venv/bin/python bench/analyse_cpu.py [--mb 0.25] [--profile]

The quick check a rule's author runs before and after a change: ``analyse_batch`` (mentions, claims,
dates; no store, no ingest) over the same distinct texts ``bench/analyse.py`` builds, timed in CPU
seconds so that other jobs on a shared machine change the figure less than they change wall time.
Compare two checkouts one after the other on the same machine; ``bench/analyse.py`` gives the ratio to
bare spaCy that the target is set on. ``--profile`` prints the 30 costliest calls.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from pathlib import Path

from analyse import build_corpus
from habeas.analyse.engine import DocumentText, analyse_batch


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=0.25, help="megabytes of text (default 0.25)")
    parser.add_argument("--profile", action="store_true", help="print the 30 costliest calls")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        texts = build_corpus(Path(tmp), args.mb)
    docs = [DocumentText(str(i), [(1, text)]) for i, text in enumerate(texts)]
    analyse_batch(docs[:1])  # the model and the rules' tables loaded before the clock starts
    profile = cProfile.Profile() if args.profile else None
    start = time.process_time()
    if profile is not None:
        profile.runcall(analyse_batch, docs)
    else:
        analyse_batch(docs)
    seconds = time.process_time() - start
    if profile is not None:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    print(f"analysis of {args.mb} MB ({len(docs)} texts): {seconds:.2f} CPU seconds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
