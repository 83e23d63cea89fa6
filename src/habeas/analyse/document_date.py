"""A document's own date, for the search filter and facet and for undated claims.

Like Datashare and Aleph, the file's metadata comes first: an e-mail's Date header, a PDF's
CreationDate, a Word document's created date. Most of what investigators collect carries none
(plain text, web pages, scans), so otherwise the document's date is the latest full date it states
(day or month precision preferred over a bare year, and never after the file came in): a report
describes what happened up to when it was written, so its latest date is the closest the text
itself comes to saying when that was. A year alone counts only when the text states nothing finer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

PRECISION_RANK = {"day": 2, "month": 1, "year": 0}


def document_date(
    meta: Mapping[str, Any], stated: Iterable[tuple[str | None, str | None]], not_after: str | None = None
) -> tuple[str, str] | None:
    """(date, precision) of a document: from ``meta`` when it holds one, else from the dates the
    text states (``stated``: (date, precision) pairs). ``not_after``: YYYY-MM-DD, when it came in."""
    from_meta = _meta_date(meta)
    if from_meta is not None:
        return from_meta, "day"
    usable = [
        (d, p or "day")
        for d, p in stated
        if d and re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d) and (not not_after or d[: len(not_after)] <= not_after)
    ]
    if not usable:
        return None
    finest = max(PRECISION_RANK.get(p, 0) for _d, p in usable)
    return max((d, p) for d, p in usable if PRECISION_RANK.get(p, 0) >= min(finest, 1))


def _meta_date(meta: Mapping[str, Any]) -> str | None:
    for name in ("date", "CreationDate", "created", "ModDate", "modified"):
        raw = meta.get(name)
        if not isinstance(raw, str) or not raw.strip():
            continue
        parsed = _parse(raw.strip())
        if parsed:
            return parsed
    return None


def _parse(raw: str) -> str | None:
    pdf = re.match(r"D:(\d{4})(\d\d)?(\d\d)?", raw)  # PDF dates: D:YYYYMMDDHHmmSS...
    if pdf:
        year, month, day = pdf.group(1), pdf.group(2) or "01", pdf.group(3) or "01"
        return f"{year}-{month}-{day}" if _valid(year, month, day) else None
    iso = re.match(r"(\d{4})-(\d\d)-(\d\d)", raw)  # Office: 2019-11-24 10:00:00+00:00
    if iso:
        return iso.group(0) if _valid(*iso.groups()) else None
    try:  # e-mail: Sun, 24 Nov 2019 10:00:00 +0000
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _valid(year: str, month: str, day: str) -> bool:
    try:
        datetime(int(year), int(month), int(day))
    except ValueError:
        return False
    return 1600 <= int(year) <= 2200
