"""The fault script's short version (``bench/faults.py``): an ingest, an analysis, a reindex and an
evidence export, each killed with SIGKILL twice at seeded random points, then the store recovered
as a user would. Nothing may be lost, duplicated, left pending or left behind, and a search must
answer after every kill. (The full run, 20 kills of each kind: ``python bench/faults.py``.)"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import faults  # noqa: E402  # bench/faults.py, a script rather than a package module


def test_two_kills_of_each_kind_lose_nothing(tmp_path: Path) -> None:
    figures = faults.run_faults(tmp_path, kills=2, seed=13, batch_files=3, big_files=0)
    summary = faults.report(figures)
    print(summary)
    assert sum(figures.kills.values()) >= len(faults.KINDS), summary  # most runs really were cut short
    assert figures.documents_lost == 0, summary
    assert figures.documents_duplicated == 0 and figures.custody_duplicated == 0, summary
    assert figures.analysis_pending_after_recovery == 0, summary
    assert figures.index_usable_every_time, summary
    assert figures.partial_files_left == 0 and figures.index_generations_left == 0, summary
    assert figures.not_found_by_search == 0, summary
    assert figures.verify_ok and not figures.problems, summary
