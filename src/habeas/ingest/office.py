"""Word documents and Excel workbooks."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any, BinaryIO

import docx
import openpyxl

from habeas.errors import ExtractionError
from habeas.ingest.model import Extracted, TableRow
from habeas.ingest.office_xml import embedded_objects, extract_ooxml
from habeas.ingest.text import first_line_title, records_text, rows_to_records, table_header
from habeas.ingest.xmlguard import refuse_office_entities


def extract_docx(path: Path, name: str, workdir: Path) -> Extracted:
    refuse_office_entities(path, "Word document")
    try:
        document = docx.Document(str(path))
    except ValueError:  # a macro-enabled document or a template: python-docx refuses its content type
        return extract_ooxml(path, name, "docx", workdir)
    except (zipfile.BadZipFile, KeyError) as exc:
        raise ExtractionError(f"damaged Word document: {exc}") from exc
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append("\t".join(cell.text for cell in row.cells))
    text = "\n".join(parts)
    if not text.strip():
        raise ExtractionError("the Word document holds no text")
    core = document.core_properties
    meta = {
        k: str(v) for k, v in {"author": core.author, "created": core.created, "modified": core.modified}.items() if v
    }
    with zipfile.ZipFile(path) as archive:
        children = list(embedded_objects(archive, workdir))
    return Extracted(
        file_type="docx",
        pages=[text],
        metadata=meta,
        title=(core.title or "").strip() or first_line_title(text, name),
        children=children,
    )


def extract_xlsx(path: Path, name: str, workdir: Path) -> Extracted:
    # A file object, not the path: openpyxl refuses file names without an Excel extension,
    # and blobs are named by their hash.
    refuse_office_entities(path, "spreadsheet")
    with path.open("rb") as fh:
        extracted = _extract_xlsx(fh, name)
    with zipfile.ZipFile(path) as archive:
        extracted.children = list(embedded_objects(archive, workdir))
    return extracted


def extract_xlsb(path: Path, name: str) -> Extracted:
    """An Excel binary workbook, sheet by sheet (pyxlsb)."""
    import pyxlsb

    pages: list[str] = []
    records: list[TableRow] = []
    sheets: list[dict[str, Any]] = []
    try:
        with pyxlsb.open_workbook(str(path)) as workbook:
            for sheet_name in workbook.sheets:
                with workbook.get_sheet(sheet_name) as sheet:
                    rows = [_xlsb_row(row) for row in sheet.rows(sparse=True)]
                header, body = table_header(rows)
                sheet_records = rows_to_records(sheet_name, header, body)
                records.extend(sheet_records)
                pages.append(f"{sheet_name}\n{records_text(header, body)}")
                sheets.append({"name": sheet_name, "columns": header, "rows": len(sheet_records)})
    except (zipfile.BadZipFile, KeyError, ValueError, IndexError) as exc:
        raise ExtractionError(f"damaged Excel binary workbook: {exc}") from exc
    if not records and not any(p.strip() for p in pages):
        raise ExtractionError("the spreadsheet holds no cells")
    return Extracted(
        file_type="xlsb", pages=pages, paginated=len(pages) > 1, rows=records, metadata={"sheets": sheets}, title=name
    )


def _extract_xlsx(fh: BinaryIO, name: str) -> Extracted:
    try:
        workbook = openpyxl.load_workbook(fh, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ExtractionError(f"damaged spreadsheet: {exc}") from exc
    pages: list[str] = []
    records: list[TableRow] = []
    sheets: list[dict[str, Any]] = []
    try:
        for sheet in workbook.worksheets:
            rows = [["" if v is None else _cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            header, body = table_header(rows)
            sheet_records = rows_to_records(sheet.title, header, body)
            records.extend(sheet_records)
            pages.append(f"{sheet.title}\n{records_text(header, body)}")
            sheets.append({"name": sheet.title, "columns": header, "rows": len(sheet_records)})
    finally:
        workbook.close()
    if not records and not any(p.strip() for p in pages):
        raise ExtractionError("the spreadsheet holds no cells")
    return Extracted(
        file_type="xlsx", pages=pages, paginated=len(pages) > 1, rows=records, metadata={"sheets": sheets}, title=name
    )


def _xlsb_row(cells: list[Any]) -> list[str]:
    """A sparse row (only the cells that hold something, each with its column) as a full row."""
    if not cells:
        return []
    row = [""] * (min(max(c.c for c in cells), 16_383) + 1)  # Excel's widest sheet
    for cell in cells:
        if cell.v is not None and cell.c < len(row):
            row[cell.c] = _cell(cell.v)
    return row


def _cell(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
