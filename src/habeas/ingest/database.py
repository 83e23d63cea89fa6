"""Database files read as tables of records, like CSV rows: SQLite (read-only, with the standard
library), dBase/FoxPro .dbf (dbfread) and Access .mdb/.accdb (mdbtools' mdb-tables and mdb-export,
run with the parser's limits). Each table is a sheet; its rows become records."""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
import struct
import subprocess  # nosec B404  # runs mdbtools only, by its full path, with a list of arguments
from pathlib import Path
from typing import Any

from habeas.errors import ExtractionError
from habeas.ingest.model import Extracted, TableRow
from habeas.ingest.text import records_text, rows_to_records

MAX_ROWS = 1_000_000  # rows read from one table; past it the table is cut and the document says so
TIMEOUT_S = 120


def extract_database(path: Path, name: str, file_type: str, workdir: Path) -> Extracted:
    reader = {"sqlite": _sqlite_tables, "dbf": _dbf_tables, "mdb": _access_tables}[file_type]
    tables = reader(path, name)
    pages: list[str] = []
    records: list[TableRow] = []
    sheets: list[dict[str, Any]] = []
    for table, header, rows in tables:
        table_records = rows_to_records(table, header, rows)
        records.extend(table_records)
        pages.append(f"{table}\n{records_text(header, rows)}")
        sheets.append({"name": table, "columns": header, "rows": len(table_records), "cut": len(rows) >= MAX_ROWS})
    if not sheets:
        raise ExtractionError("the database holds no tables")
    return Extracted(
        file_type=file_type,
        pages=pages,
        paginated=len(pages) > 1,
        rows=records,
        metadata={"tables": sheets},
        title=name,
    )


Table = tuple[str, list[str], list[list[str]]]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return f"[{len(value)} bytes of binary data]"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _sqlite_tables(path: Path, name: str) -> list[Table]:
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise ExtractionError(f"cannot open the SQLite database: {exc}") from exc
    tables: list[Table] = []
    try:
        names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in names:
            quoted = '"' + table.replace('"', '""') + '"'
            cursor = connection.execute(f"SELECT * FROM {quoted} LIMIT {MAX_ROWS}")  # nosec B608  # a quoted table name
            header = [d[0] for d in cursor.description or []]
            tables.append((table, header, [[_cell(v) for v in row] for row in cursor]))
    except sqlite3.Error as exc:
        raise ExtractionError(f"damaged SQLite database: {exc}") from exc
    finally:
        connection.close()
    return tables


def _dbf_tables(path: Path, name: str) -> list[Table]:
    import dbfread

    try:
        table = dbfread.DBF(str(path), load=False, char_decode_errors="replace", ignore_missing_memofile=True)
        header = list(table.field_names)
        rows = []
        for number, record in enumerate(table):
            if number >= MAX_ROWS:
                break
            rows.append([_cell(record.get(f)) for f in header])
    except (dbfread.exceptions.DBFNotFound, ValueError, KeyError, OSError, struct.error) as exc:
        raise ExtractionError(f"damaged dBase table: {exc}") from exc
    return [(Path(name).stem or "table", header, rows)]


def _access_tables(path: Path, name: str) -> list[Table]:
    tables_tool, export_tool = shutil.which("mdb-tables"), shutil.which("mdb-export")
    if tables_tool is None or export_tool is None:
        raise ExtractionError("cannot read the Access database: mdbtools is not installed (system-deps.sh office)")
    listing = _run([tables_tool, "-1", str(path)])
    tables: list[Table] = []
    for table in (t for t in listing.splitlines() if t.strip()):
        rows = list(csv.reader(io.StringIO(_run([export_tool, str(path), table]))))
        if rows:
            tables.append((table, rows[0], rows[1 : MAX_ROWS + 1]))
    return tables


def _run(command: list[str]) -> str:
    try:
        result = subprocess.run(command, capture_output=True, timeout=TIMEOUT_S)  # nosec B603  # fixed arguments
    except subprocess.TimeoutExpired as exc:
        raise ExtractionError(f"reading the Access database took longer than {TIMEOUT_S}s") from exc
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ExtractionError(f"cannot read the Access database: {message[-1] if message else 'mdbtools failed'}")
    return result.stdout.decode("utf-8", "replace")
