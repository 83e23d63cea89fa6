"""One event for a sentence that several copies of a document repeat: the same date stated by the
same sentence is one thing that happened, however many files carry it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol, TypeVar


class Dated(Protocol):
    date: str | None
    text: str


D = TypeVar("D", bound=Dated)


def once_each(events: Iterable[D]) -> list[D]:
    """The events in their order, the first of each (date, sentence) only; the sentence is compared
    with its spacing and case folded, as copies differ in line breaks."""
    seen: set[tuple[str | None, str]] = set()
    out: list[D] = []
    for e in events:
        key = (e.date, re.sub(r"\s+", " ", e.text).strip().casefold())
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
