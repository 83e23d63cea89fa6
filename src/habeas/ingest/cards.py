"""vCard (address books) and iCalendar (calendars), decoded: folded lines joined, quoted-printable
and charsets decoded, escapes undone. Each card or event is a record (like a CSV row) and a
paragraph of the text; embedded photos and other binary values are named, not kept."""

from __future__ import annotations

import quopri
import re
from pathlib import Path

from habeas.errors import ExtractionError
from habeas.ingest.model import Extracted, TableRow
from habeas.ingest.text import decode_text

# The objects each format's records are, and the properties kept of them (others are kept too,
# after these, so nothing is lost).
OBJECTS = {"vcard": ("VCARD",), "ical": ("VEVENT", "VTODO", "VJOURNAL")}
_LINE = re.compile(r"^(?P<name>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?)(?P<params>(?:;[^:]*)?):(?P<value>.*)$", re.DOTALL)
SKIPPED = {"VERSION", "PRODID", "CALSCALE", "METHOD"}  # how the file was written, not what it says
_ESCAPE = re.compile(r"\\([nN,;:\\])")
BINARY = {"PHOTO", "LOGO", "SOUND", "KEY", "ATTACH"}


def extract_cards(path: Path, name: str, file_type: str) -> Extracted:
    decoded = decode_text(path.read_bytes())
    lines = _unfold(decoded.text)
    records: list[TableRow] = []
    paragraphs: list[str] = []
    current: dict[str, str] | None = None
    depth: list[str] = []
    wanted = OBJECTS[file_type]
    for line in lines:
        match = _LINE.match(line)
        if match is None:
            continue
        prop = match["name"].split(".")[-1].upper()
        value = match["value"]
        if prop == "BEGIN":
            depth.append(value.strip().upper())
            if depth[-1] in wanted:
                current = {}
            continue
        if prop == "END":
            ended = depth.pop() if depth else ""
            if ended in wanted and current is not None:
                records.append(TableRow(sheet=ended.lower(), row_number=len(records) + 1, values=current))
                paragraphs.append("\n".join(f"{k}: {v}" for k, v in current.items()))
                current = None
            continue
        if current is None or prop in SKIPPED:
            continue
        text = _value(prop, match["params"], value)
        if text:
            key = prop.lower()
            current[key] = f"{current[key]}; {text}" if key in current else text
    if not records:
        raise ExtractionError(f"no {' or '.join(wanted)} entries found in the {file_type} file")
    return Extracted(
        file_type=file_type,
        pages=["\n\n".join(paragraphs)],
        rows=records,
        title=name,
        metadata={"entries": len(records), **decoded.as_meta()},
    )


def _unfold(text: str) -> list[str]:
    """Logical lines: a line that starts with a space or tab continues the one before (RFC 6350,
    RFC 5545); a quoted-printable line ending in "=" continues on the next (vCard 2.1)."""
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if lines and raw[:1] in (" ", "\t"):
            lines[-1] += raw[1:]
        elif lines and lines[-1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1].split(":", 1)[0].upper():
            lines[-1] += "\n" + raw
        else:
            lines.append(raw)
    return lines


def _value(prop: str, params: str, value: str) -> str:
    parameters = {}
    for item in params.strip(";").split(";") if params else []:
        key, _, val = item.partition("=")
        parameters[key.strip().upper()] = val.strip().strip('"')
        if not val and key.strip().upper() in ("QUOTED-PRINTABLE", "BASE64", "B"):
            parameters["ENCODING"] = key.strip().upper()  # vCard 2.1 writes the encoding bare
    encoding = parameters.get("ENCODING", "").upper()
    if prop in BINARY or encoding in ("BASE64", "B"):
        return f"[{prop.lower()}: binary data, not kept]"
    if encoding == "QUOTED-PRINTABLE":
        raw = quopri.decodestring(value.encode("latin-1", "replace"))
        charset = parameters.get("CHARSET", "utf-8")
        try:
            value = raw.decode(charset, errors="replace")
        except LookupError:
            value = raw.decode("utf-8", errors="replace")
    value = _ESCAPE.sub(lambda m: "\n" if m[1] in "nN" else m[1], value)
    if prop in ("N", "ADR"):
        value = " ".join(p for p in value.split(";") if p.strip())
    return value.strip()
