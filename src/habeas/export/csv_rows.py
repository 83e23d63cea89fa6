"""CSV exports: search results, entities, claims and timelines, written row by row (no size cap, never
all in memory), through one writer that the CLI and the web app share."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from typing import Any

from habeas.search.index import SearchHit, snippet_parts

KINDS = ("search", "entities", "claims", "timeline")


def csv_cell(value: Any) -> str:
    """A cell as text; one a spreadsheet program would run as a formula gets a leading quote."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_lines(header: list[str], rows: Iterable[Iterable[Any]]) -> Iterator[str]:
    """The header, then each row, as CSV text one line at a time: memory stays flat however many."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    yield buffer.getvalue()
    for row in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([csv_cell(v) for v in row])
        yield buffer.getvalue()


def _plain(snippet: str) -> str:
    return re.sub(r"\s+", " ", "".join(text for text, _hit in snippet_parts(snippet))).strip()


def hit_rows(hits: Iterable[SearchHit]) -> tuple[list[str], Iterator[list[Any]]]:
    """Search hits as CSV rows, snippets as plain text."""

    header = ["document_id", "title", "page", "score", "snippet"]
    return header, ([h.document_id, h.title, h.page or "", f"{h.score:.4f}", _plain(h.snippet)] for h in hits)


def plain_number(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v
