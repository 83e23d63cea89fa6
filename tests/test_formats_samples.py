"""Sample files for the format tests, each made by a library or tool that writes the format (never
by Habeas's own parsers), or shipped inside a package (tests/data/SOURCES.md). No tests here."""

from __future__ import annotations

import email.message
import shutil
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest

from conftest import Make
from habeas.config import IngestLimits
from habeas.ingest.extract import extract_file
from habeas.ingest.model import Extracted

DATA = Path(__file__).parent / "data" / "formats"
LIMITS = IngestLimits(parse_timeout_s=120)


def extract(path: Path, workdir: Path | None = None) -> Extracted:
    """What the sandboxed parser makes of one file (called directly: the format, not the sandbox)."""
    folder = workdir or path.parent / f"{path.name}-work"
    folder.mkdir(exist_ok=True)
    return extract_file(path, path.name, folder, LIMITS)


def message(subject: str, body: str, sender: str = "witness@example.org") -> email.message.EmailMessage:
    msg = email.message.EmailMessage()
    msg["From"] = sender
    msg["To"] = "investigator@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 01 Jan 2024 10:00:00 +0000"
    msg.set_content(body)
    return msg


def needs(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (scripts/system-deps.sh office)")


# LibreOffice's export filters, by the ending of the file each writes.
FILTERS = {
    "doc": "MS Word 97",
    "rtf": "Rich Text Format",
    "odt": "writer8",
    "epub": "EPUB",
    "xls": "MS Excel 97",
    "ods": "calc8",
    "ppt": "MS PowerPoint 97",
    "odp": "impress8",
}


def libreoffice_convert(source: Path, targets: list[str]) -> None:
    """Write ``source`` in other formats with LibreOffice's own export filters (the one LibreOffice
    this process keeps running, as a user saving a file in another format would)."""
    from habeas.ingest.libreoffice import bridge_available, office

    needs("soffice")
    if not bridge_available():
        pytest.skip("needs LibreOffice's Python bridge (python3-uno; scripts/system-deps.sh office)")
    for target in targets:
        office().run(source, source.with_suffix(f".{target}"), FILTERS[target], 120, source.name)


def pptx(path: Path, slides: list[tuple[str, str, str]]) -> Path:
    from pptx import Presentation

    deck = Presentation()
    for title, body, notes in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = body
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    deck.save(str(path))
    return path


def docx_with_embedded(path: Path, paragraphs: list[str], embedded: bytes) -> Path:
    """A Word document (python-docx) with a workbook embedded in it, as Word stores an OLE object."""
    Make.docx(path, paragraphs)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("word/embeddings/Microsoft_Excel_Worksheet.xlsx", embedded)
    return path


# -- Outlook .msg: written with the OLE2 writer of extract-msg, following MS-OXMSG -----------------


def _property_entries(props: list[tuple[int, Any]]) -> bytes:
    out = b""
    for tag, value in props:
        kind = tag & 0xFFFF
        if kind in (0x001F, 0x0102, 0x000D):
            out += struct.pack("<IIII", tag, 6, len(value) + (2 if kind == 0x001F else 0), 0)
        else:
            out += struct.pack("<IIQ", tag, 6, value)
    return out


def _msg_fields(subject: str, body: str) -> list[tuple[int, Any]]:
    return [
        (0x001A001F, "IPM.Note"),
        (0x0037001F, subject),
        (0x1000001F, body),
        (0x0C1A001F, "Witness"),
        (0x0C1F001F, "witness@example.org"),
        (0x0E04001F, "Investigator"),
    ]


def _add_message(
    writer: Any, prefix: list[str], fields: list[tuple[int, Any]], attachments: list[Any], top: bool
) -> None:
    strings = {tag: value.encode("utf-16-le") for tag, value in fields if tag & 0xFFFF == 0x001F}
    header = struct.pack("<8sIIII", b"\0" * 8, 1, len(attachments), 1, len(attachments)) + (b"\0" * 8 if top else b"")
    writer.addEntry([*prefix, "__properties_version1.0"], header + _property_entries(list(strings.items())))
    for tag, data in strings.items():
        writer.addEntry([*prefix, f"__substg1.0_{tag:08X}"], data)
    recipient = [*prefix, "__recip_version1.0_#00000000"]
    writer.addEntry(recipient, storage=True)
    address = "investigator@example.org".encode("utf-16-le")
    writer.addEntry([*recipient, "__properties_version1.0"], b"\0" * 8 + _property_entries([(0x0C150003, 1)]))
    writer.addEntry([*recipient, "__substg1.0_3001001F"], "Investigator".encode("utf-16-le"))
    writer.addEntry([*recipient, "__substg1.0_39FE001F"], address)
    for number, (name, data) in enumerate(attachments):
        storage = [*prefix, f"__attach_version1.0_#{number:08X}"]
        writer.addEntry(storage, storage=True)
        if isinstance(data, bytes):  # attached by value
            props = _property_entries([(0x37050003, 1), (0x3707001F, b""), (0x37010102, data)])
            writer.addEntry([*storage, "__properties_version1.0"], b"\0" * 8 + props)
            writer.addEntry([*storage, "__substg1.0_3707001F"], name.encode("utf-16-le"))
            writer.addEntry([*storage, "__substg1.0_37010102"], data)
        else:  # an embedded message
            props = _property_entries([(0x37050003, 5), (0x3001001F, b"")])
            writer.addEntry([*storage, "__properties_version1.0"], b"\0" * 8 + props)
            writer.addEntry([*storage, "__substg1.0_3001001F"], name.encode("utf-16-le"))
            writer.addEntry([*storage, "__substg1.0_3701000D"], storage=True)
            _add_message(writer, [*storage, "__substg1.0_3701000D"], data[0], data[1], top=False)


def outlook_msg(path: Path) -> Path:
    """An Outlook message with a text attachment and an embedded message that has its own attachment."""
    from extract_msg.ole_writer import OleWriter

    writer = OleWriter()
    writer.addEntry(["__nameid_version1.0"], storage=True)
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(["__nameid_version1.0", f"__substg1.0_{stream}"], b"")
    inner = (
        _msg_fields("Inner report from Aksu", "The embedded message names Kuqa county."),
        [("bay.txt", b"Inner attachment about Bay county.")],
    )
    _add_message(
        writer,
        [],
        _msg_fields("Outlook testimony", "Body of the Outlook message about Kashgar camps."),
        [("note.txt", b"Attached note about Yarkand."), ("Inner report", inner)],
        top=True,
    )
    writer.write(str(path))
    return path


def encrypted_docx(path: Path, password: str = "secret") -> Path:
    """A Word document encrypted by msoffcrypto-tool, as Office does with a password."""
    import msoffcrypto.format.ooxml

    plain = Make.docx(path.with_suffix(".plain.docx"), ["Sealed statement about Kashgar."])
    with plain.open("rb") as source, path.open("wb") as out:
        msoffcrypto.format.ooxml.OOXMLFile(source).encrypt(password, out)
    plain.unlink()
    return path
