"""Office formats read as documents: OOXML and OpenDocument (text, sheets with their names, slides with
notes), EPUB, the legacy binary formats through LibreOffice, embedded objects as children, and
encrypted files named as such. The samples are written by python-docx, openpyxl and python-pptx,
and converted to the other formats by LibreOffice, started once for the module."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from conftest import Make
from habeas.ingest.model import ERROR, OK
from test_formats_samples import docx_with_embedded, encrypted_docx, extract, libreoffice_convert, pptx

SLIDES = [
    ("Camps in Xinjiang", "Satellite images of Dabancheng", "Speaker notes about Kashgar"),
    ("Second slide", "Testimony from Hotan", ""),
]


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("office")
    Make.docx(
        folder / "statement.docx",
        ["Witness statement about Urumqi detention centre.", "Второй абзац о Кашгаре."],
        table=[["Name", "Facility"], ["Tursunay", "Dabancheng"]],
    )
    Make.xlsx(
        folder / "people.xlsx",
        {
            "Detainees": [["name", "city"], ["Alim", "Hotan"]],
            "Officials": [["official", "post"], ["Chen", "Secretary"]],
        },
    )
    pptx(folder / "talk.pptx", SLIDES)
    libreoffice_convert(folder / "statement.docx", ["doc", "rtf", "odt", "epub"])
    libreoffice_convert(folder / "people.xlsx", ["xls", "ods"])
    libreoffice_convert(folder / "talk.pptx", ["ppt", "odp"])
    return folder


@pytest.mark.parametrize("name", ["statement.docx", "statement.odt", "statement.rtf", "statement.doc"])
def test_word_processing_documents(office: Path, name: str) -> None:
    extracted = extract(office / name)
    assert extracted.status == OK, extracted.error
    assert extracted.file_type == Path(name).suffix[1:]
    assert "Witness statement about Urumqi detention centre." in extracted.text
    assert "Второй абзац о Кашгаре." in extracted.text  # non-ASCII text searchable, not RTF escapes
    assert "\\rtf" not in extracted.text and "<w:" not in extracted.text
    if name != "statement.doc":  # LibreOffice's Word 97 export flattens python-docx's table
        assert "Tursunay\tDabancheng" in extracted.text


@pytest.mark.parametrize("name", ["people.xlsx", "people.ods", "people.xls"])
def test_spreadsheets_keep_sheet_names_and_rows(office: Path, name: str) -> None:
    extracted = extract(office / name)
    assert extracted.status == OK, extracted.error
    assert [s["name"] for s in extracted.metadata["sheets"]] == ["Detainees", "Officials"]
    assert {(r.sheet, r.values.get("city")) for r in extracted.rows} >= {("Detainees", "Hotan")}
    assert any(r.sheet == "Officials" and r.values == {"official": "Chen", "post": "Secretary"} for r in extracted.rows)


@pytest.mark.parametrize("name", ["talk.pptx", "talk.odp", "talk.ppt"])
def test_presentations_slide_by_slide_with_notes(office: Path, name: str) -> None:
    extracted = extract(office / name)
    assert extracted.status == OK, extracted.error
    assert extracted.paginated and len(extracted.pages) == 2
    assert "Camps in Xinjiang" in extracted.pages[0] and "Satellite images of Dabancheng" in extracted.pages[0]
    assert "Notes: Speaker notes about Kashgar" in extracted.pages[0]
    assert "Testimony from Hotan" in extracted.pages[1]
    assert "<number>" not in extracted.text


def test_epub_reads_its_chapters(office: Path) -> None:
    extracted = extract(office / "statement.epub")
    assert extracted.status == OK, extracted.error
    assert extracted.file_type == "epub"
    assert "Witness statement about Urumqi detention centre.\n" in extracted.text


def test_macro_enabled_word_document_is_read_and_errors_hide_the_store(tmp_path: Path, office: Path) -> None:
    """A .docm (python-docx refuses its content type) is read; no error shows a blob path."""
    docm = tmp_path / "macros.docm"
    with zipfile.ZipFile(office / "statement.docx") as source, zipfile.ZipFile(docm, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"document.macroEnabled.main+xml")
            out.writestr(item, data)
    extracted = extract(docm)
    assert extracted.status == OK, extracted.error
    assert "Witness statement about Urumqi" in extracted.text


def test_embedded_objects_are_children(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["embedded", "Karamay"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    path = docx_with_embedded(tmp_path / "with-object.docx", ["Report with a table inside."], buffer.getvalue())
    extracted = extract(path)
    assert extracted.status == OK
    assert [c.name for c in extracted.children] == ["word/embeddings/Microsoft_Excel_Worksheet.xlsx"]
    assert Path(extracted.children[0].path).read_bytes() == buffer.getvalue()
    assert extracted.metadata["part_count"] == 1


def test_encrypted_office_file_is_named_encrypted(tmp_path: Path) -> None:
    extracted = extract(encrypted_docx(tmp_path / "sealed.docx"))
    assert extracted.status == ERROR
    assert extracted.file_type == "encrypted"
    assert "encrypted" in (extracted.error or "") and "password" in (extracted.error or "")
