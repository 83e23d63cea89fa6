"""Plain text, Markdown and CSV: decode with a detected encoding."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from charset_normalizer import from_bytes

from habeas.errors import ExtractionError
from habeas.ingest.model import Extracted, TableRow

TITLE_MAX = 200


def decode(data: bytes, name: str) -> str:
    """Decode bytes whose encoding nobody told us; refuse what is not text."""
    if not data:
        raise ExtractionError("the file is empty (0 bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.chaos > 0.3:
        raise ExtractionError("not readable as text in any known encoding (binary data?)")
    return str(best)


def first_line_title(text: str, fallback: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if len(line) > 3:
            return line[:TITLE_MAX]
    return fallback


def extract_text(path: Path, name: str, file_type: str) -> Extracted:
    text = decode(path.read_bytes(), name)
    if not text.strip():
        raise ExtractionError("the file holds no text, only whitespace")
    # A form feed is how text exports (pdftotext and the like) mark page breaks.
    pages = text.split("\f") if "\f" in text else [text]
    return Extracted(file_type=file_type, pages=pages, paginated=len(pages) > 1, title=first_line_title(text, name))


def extract_csv(path: Path, name: str) -> Extracted:
    text = decode(path.read_bytes(), name)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    header, body = table_header(rows)
    sheet = Path(name).stem
    records = rows_to_records(sheet, header, body)
    return Extracted(
        file_type="csv",
        pages=[records_text(header, body)],
        title=name,
        rows=records,
        metadata={"columns": header, "rows": len(records)},
    )


def table_header(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The first non-empty row names the columns; blank or repeated names get a position."""
    rows = [r for r in rows if any(str(c).strip() for c in r)]
    if not rows:
        return [], []
    header: list[str] = []
    for i, cell in enumerate(rows[0]):
        label = str(cell).strip() or f"column_{i + 1}"
        header.append(label if label not in header else f"{label}_{i + 1}")
    return header, rows[1:]


def rows_to_records(sheet: str, header: list[str], body: list[list[str]]) -> list[TableRow]:
    records = []
    for number, row in enumerate(body, start=2):
        values = {
            header[i] if i < len(header) else f"column_{i + 1}": cell
            for i, cell in enumerate(row)
            if cell not in ("", None)
        }
        if values:
            records.append(TableRow(sheet=sheet, row_number=number, values=values))
    return records


def records_text(header: list[str], body: list[list[str]]) -> str:
    lines = ["\t".join(header)]
    lines.extend("\t".join("" if c is None else str(c) for c in row) for row in body)
    return "\n".join(lines)
