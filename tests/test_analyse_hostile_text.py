"""Hostile text does not stall the analysis: pages that made a pattern or a name's typing do
quadratic or worse work (a page of blanks before a reporting verb; a long run of capitalised words
joined by "of"). Each is analysed in a child process that is given ten times what it needs on
this machine; before the fix the first took minutes and the second hours."""

from __future__ import annotations

import multiprocessing
from typing import Any

import pytest

from habeas.analyse.engine import DocumentText, analyse_each

HOSTILE = {
    "blanks before a reporting verb": " \t" * 60_000 + "Reuters reported it",
    "capitalised words joined by of": "Ab of " * 4_000,
}


def _analyse(text: str, out: Any) -> None:
    (result,) = analyse_each([DocumentText("hostile", [(1, text)])])
    out.put(result.error)


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_text_is_analysed_in_bounded_time(text: str) -> None:
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    child = context.Process(target=_analyse, args=(text, out))
    child.start()
    child.join(120)
    stalled = child.is_alive()
    child.kill()
    assert not stalled, "the analysis of a hostile page stalled"
    assert out.get(timeout=10) is None  # analysed, not failed
