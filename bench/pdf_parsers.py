"""How the reading of one large text-layer PDF scales with the number of parsers.

A PDF of 2 MiB or more is read by every parser at once, each its own range of pages
(``habeas.ingest.sandbox``'s ``submit_in_parts``). This bench times that parse stage alone:
``extract_pdf`` with ``Part(i, n)`` for each of ``n`` processes started (and their imports done)
before the clock, for n = 1, 2, 4, … up to the machine's cores, and prints MB/s beside the
50 MB/s target and beside n times the one-parser rate (perfect scaling). The ingest's own work
after parsing (the join, writing the pages, the audit entry) is not in it: `bench/ingest.py
--intake` measures the whole ingest.

    PYTHONPATH=src .venv/bin/python bench/pdf_parsers.py [--pdf-mb 5 | --pdf FILE] [--repeat 3]

Needs only pypdfium2, charset-normalizer and puremagic beside Habeas's source (a PDF made elsewhere
can be given with ``--pdf``), so it also runs on a machine with more cores than this one.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from habeas.ingest.model import Part
from habeas.ingest.pdf import extract_pdf

TARGET_MB_S = 50.0


def _read_part(path: str, index: int, count: int) -> int:
    """Characters of text in part ``index`` of ``count`` (what a parser hands back, counted)."""
    extracted = extract_pdf(Path(path), Path(path).name, part=Part(index, count))
    return sum(len(page) for page in extracted.pages)


def _warm(_: int) -> int:
    return os.getpid()


def timed_parts(path: Path, parsers: int, repeat: int) -> tuple[float, int]:
    """Best wall time over ``repeat`` runs of reading ``path`` in ``parsers`` parts at once, and
    the characters read."""
    best, chars = float("inf"), 0
    with ProcessPoolExecutor(max_workers=parsers) as pool:
        list(pool.map(_warm, range(parsers * 4)))  # every process started before the clock
        for _ in range(repeat):
            start = time.perf_counter()
            counts = list(pool.map(_read_part, [str(path)] * parsers, range(parsers), [parsers] * parsers))
            best = min(best, time.perf_counter() - start)
            chars = sum(counts)
    return best, chars


def counts_to_try(cores: int) -> list[int]:
    """1, 2, 4, … up to ``cores``, and ``cores`` itself."""
    counts, n = [], 1
    while n < cores:
        counts.append(n)
        n *= 2
    return [*counts, cores]


def report(path: Path, repeat: int, cores: int) -> None:
    mb = path.stat().st_size / 1e6
    print(f"{path.name}: {mb:.1f} MB; {cores} cores usable; best of {repeat} runs each")
    print(f"{'parsers':>7}  {'seconds':>7}  {'MB/s':>6}  {'n × one parser':>14}  target")
    one = 0.0
    for parsers in counts_to_try(cores):
        seconds, chars = timed_parts(path, parsers, repeat)
        rate = mb / seconds
        one = one or rate
        print(f"{parsers:>7}  {seconds:>7.2f}  {rate:>6.1f}  {one * parsers:>14.1f}  {TARGET_MB_S:.0f} MB/s")
    print(f"characters read: {chars:,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pdf", type=Path, help="a PDF to read (default: a text-dense one made here)")
    parser.add_argument("--pdf-mb", type=int, default=5, help="size of the PDF made here (5 MB: 950 pages)")
    parser.add_argument("--repeat", type=int, default=3, help="runs for each number of parsers (3)")
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0))
    if args.pdf:
        report(args.pdf, args.repeat, cores)
        return
    from ingest import large_pdf  # the --intake bench's own text-dense PDF, made the same way

    with tempfile.TemporaryDirectory(prefix="habeas-pdf-parsers-") as tmp:
        path = Path(tmp) / "large.pdf"
        large_pdf(path, args.pdf_mb)
        report(path, args.repeat, cores)


if __name__ == "__main__":
    main()
