"""Reading a list of names (CSV or XLSX, a header row) from bytes, for screening: in memory only."""

from __future__ import annotations

import csv
import io
from typing import Any

from habeas.errors import InvalidInput

MAX_NAMES = 100_000


def read_name_list(data: bytes, file_name: str, column: str) -> list[str]:
    """The names in one column of a CSV or XLSX list (the first sheet; the first row is the header).
    Raises ``InvalidInput`` naming the file when it cannot be read or lacks the column."""
    rows: list[list[Any]]
    if file_name.lower().endswith((".xlsx", ".xlsm")):
        rows = _xlsx_rows(data, file_name)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InvalidInput(f"{file_name}: not UTF-8 text (byte {exc.start}); save the list as UTF-8 CSV") from exc
        rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""))]
    if not rows:
        return []
    header = [str(h or "").strip() for h in rows[0]]
    if column not in header:
        raise InvalidInput(f"no column {column!r} in {file_name}; columns: {', '.join(header)}")
    if len(rows) - 1 > MAX_NAMES:
        raise InvalidInput(f"{file_name} lists {len(rows) - 1:,} names; at most {MAX_NAMES:,} at once")
    at = header.index(column)
    return [str(r[at]).strip() if at < len(r) and r[at] is not None else "" for r in rows[1:]]


def _xlsx_rows(data: bytes, file_name: str) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise InvalidInput(f"{file_name}: not a readable XLSX workbook ({type(exc).__name__})") from exc
    try:
        return [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
