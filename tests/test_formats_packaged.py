"""Formats no tool here writes, read from real files that other projects ship inside their PyPI, npm
or Debian packages (tests/data/SOURCES.md names each, with its package, path there and licence): an
Outlook offline mailbox (.ost), an Excel binary workbook (.xlsb), a Visio drawing (.vsdx), an Access
database (.mdb), an Apple Numbers spreadsheet (.numbers) and WordPerfect documents, one encrypted.
Each file is checked against the SHA-256 its package shipped, so a test never reads a file Habeas
wrote."""

from __future__ import annotations

import hashlib
import lzma
import shutil
from pathlib import Path

import pytest

from habeas.ingest.model import ERROR, OK
from test_formats_samples import DATA, extract, needs

# The SHA-256 of each file as its package ships it (before any compression here).
SHIPPED = {
    "pstextractortest.ost": "daacd8d441428634e103b7c1e37fe1e5909256cc917551667049b5e84dfcf5f0",
    "finance-ledger.xlsb": "338e2e0cd529eb611728556b1323d16dc909966cb238335acf31b7141692850b",
    "media.vsdx": "f5ead22055be37b867a858cf94f1ecca4fe06d954c7c39f44cca72958a4410af",
    "merchant-taylors.mdb": "25e6ab494c34d61017f67e05c63b5e6685fe344f322297064e6993174ac17430",
    "empty.numbers": "cd08d5a9c34637ec4d661e75fde0310fc6719b187cf1277b9297f827281403f1",
    "test5.wp": "d0fbde1b04a2f27f6fb39263dff587119542b20fb2e8f83f2694ef03933397b7",
    "algeria3.wp": "8127f97e6a1a6671724b19be1a48d15bd47b7d614d53f2595a147c7e4707a6cd",
    "crypt5.wp": "9e48535b46939092e175cb531f0fee813466b505d8f61dce8faccec1e03ebfd2",
}


def sample(name: str, folder: Path) -> Path:
    """The packaged sample ``name`` copied into ``folder`` (unpacked, if it is kept xz-compressed
    here), after checking that its bytes are those its package shipped."""
    target = folder / name
    packed = DATA / f"{name}.xz"
    if packed.exists():
        target.write_bytes(lzma.decompress(packed.read_bytes()))
    else:
        shutil.copyfile(DATA / name, target)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == SHIPPED[name]
    return target


def test_outlook_offline_mailbox_gives_every_message_with_its_attachments(tmp_path: Path) -> None:
    extracted = extract(sample("pstextractortest.ost", tmp_path))
    assert extracted.file_type == "pst" and extracted.status == OK
    assert extracted.metadata["messages"] == len(extracted.children) == extracted.metadata["part_count"]
    assert extracted.child_errors == [] and not extracted.not_expanded
    listing = dict(line.split(": ", 1) for line in extracted.text.splitlines())
    assert "Root - Mailbox/IPM_SUBTREE/Inbox/000004.eml" in listing
    assert listing["Root - Mailbox/IPM_SUBTREE/Inbox/000004.eml"] == "test, no attachment"
    named = next(name for name, subject in listing.items() if subject == "meeting with attachments (jpg, pdf, text)")
    assert named.startswith("Root - Mailbox/IPM_SUBTREE/")  # named by its folder path

    child = next(c for c in extracted.children if c.name == named)
    message = extract(Path(child.path), tmp_path / "message")
    assert message.file_type == "eml" and message.status == OK
    assert message.title == "meeting with attachments (jpg, pdf, text)"
    attachments = {Path(c.name).suffix: c for c in message.children}
    assert {".jpg", ".pdf", ".txt"} <= set(attachments)
    assert "Clinometer Usage.pdf" in {c.name for c in message.children}
    text = extract(Path(attachments[".txt"].path), tmp_path / "attachment")
    assert text.text.strip() == "this is a text doc"


def test_excel_binary_workbook_gives_named_sheets_and_records(tmp_path: Path) -> None:
    extracted = extract(sample("finance-ledger.xlsb", tmp_path))
    assert extracted.file_type == "xlsb" and extracted.status == OK
    sheets = extracted.metadata["sheets"]
    assert [s["name"] for s in sheets] == ["Ledger", "Function_Lab", "Function_Inventory", "Pivot_Tables"]
    ledger = sheets[0]
    assert ledger["columns"][:6] == ["TxnID", "Date", "AccountCode", "Category", "Department", "Vendor"]
    assert ledger["rows"] == 240
    assert extracted.pages[0].startswith("Ledger\nTxnID\tDate")
    assert "TX-400000" in extracted.pages[0] and "Flight booking" in extracted.pages[0]


def test_visio_drawing_gives_the_text_of_its_shapes(tmp_path: Path) -> None:
    extracted = extract(sample("media.vsdx", tmp_path))
    assert extracted.file_type == "vsdx" and extracted.status == OK
    assert extracted.metadata["pages"] == ["Page-1"]
    assert extracted.text.split() == [
        "RECTANGLE",
        "CONNECTED_SHAPE",
        "STRAIGHT_CONNECTOR",
        "CURVED_CONNECTOR",
        "CIRCLE",
        "LINE",
    ]


def test_access_database_gives_its_table_as_records(tmp_path: Path) -> None:
    needs("mdb-tables", "mdb-export")
    extracted = extract(sample("merchant-taylors.mdb", tmp_path))
    assert extracted.file_type == "mdb" and extracted.status == OK
    (table,) = extracted.metadata["tables"]
    assert table["name"] == "merchant_taylors"
    assert table["columns"][:4] == ["Id No", "Surname", "Forenames", "How Admitted"]
    lines = extracted.text.splitlines()
    assert lines[0] == "merchant_taylors" and len(lines) == 2 + 20  # its name, the header, 20 rows
    assert lines[2].split("\t")[:4] == ["1", "Aaron", "William", "Redn."]


def libreoffice() -> None:
    needs("soffice")
    from habeas.ingest.libreoffice import bridge_available

    if not bridge_available():
        pytest.skip("needs LibreOffice's Python bridge (python3-uno; scripts/system-deps.sh office)")


def test_apple_numbers_spreadsheet_is_converted_by_libreoffice(tmp_path: Path) -> None:
    libreoffice()
    extracted = extract(sample("empty.numbers", tmp_path))
    assert extracted.file_type == "iwork" and extracted.status == OK
    assert extracted.metadata["converted_by"] == "LibreOffice"
    assert [s["name"] for s in extracted.metadata["sheets"]] == ["Table 1"]  # an empty sheet: its name only


def test_wordperfect_documents_are_converted_by_libreoffice(tmp_path: Path) -> None:
    libreoffice()
    five = extract(sample("test5.wp", tmp_path))  # WordPerfect 5.1
    assert five.file_type == "wpd" and five.status == OK and five.metadata["converted_by"] == "LibreOffice"
    assert five.text.startswith("TEST for WP2LaTeX\n")
    assert "This file is intended to test all features of a WP2LaTex conversion program." in five.text
    later = extract(sample("algeria3.wp", tmp_path))  # a later WordPerfect, typographic quotes and dashes
    assert later.file_type == "wpd" and later.status == OK
    assert "allowed them to seize control of most of Arabia in the 1920s" in later.text
    assert "al\u2013Sa\u2019ud family" in later.text


def test_an_encrypted_wordperfect_document_is_named_as_encrypted(tmp_path: Path) -> None:
    extracted = extract(sample("crypt5.wp", tmp_path))  # never handed to LibreOffice
    assert extracted.file_type == "wpd" and extracted.status == ERROR
    assert extracted.error == "encrypted WordPerfect document: it needs a password to open"
