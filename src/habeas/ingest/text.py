"""Plain text, Markdown and CSV: decode with a detected encoding."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from habeas.errors import ExtractionError
from habeas.ingest.model import Extracted, TableRow

TITLE_MAX = 200


# Legacy encodings a leak's files and archive member names come in, tried where bytes are not
# UTF-8: Chinese (GB18030 covers GBK and GB2312; Big5), Japanese, Korean, Arabic script (Uyghur,
# Windows-1256), Cyrillic, Western (Windows-1252, MacRoman), and DOS code pages.
LEGACY = ("gb18030", "big5", "shift_jis", "euc_kr", "cp1256", "cp1251", "cp1252", "mac_roman", "cp866", "cp437")
WESTERN = ("cp1252", "mac_roman", "cp437", "cp850")
MOSTLY_UTF8_MAX_BAD = 0.02  # at most this share of a mostly-UTF-8 file's bytes may be bad
SAMPLE = 64 * 1024  # bytes read to choose between encodings that all decode a file


@dataclass
class Decoded:
    text: str
    encoding: str
    bad_bytes: int = 0  # bytes that were not valid in the encoding, replaced by U+FFFD

    def as_meta(self) -> dict[str, Any]:
        meta: dict[str, Any] = {"encoding": self.encoding}
        if self.bad_bytes:
            meta["encoding_problem"] = (
                f"{self.bad_bytes} bytes were not valid {self.encoding} and were replaced (U+FFFD)"
            )
        return meta


def decode(data: bytes, name: str) -> str:
    """Decode bytes whose encoding nobody told us; refuse what is not text."""
    return decode_text(data).text


def decode_text(data: bytes) -> Decoded:
    """Decode bytes whose encoding nobody told us: a byte-order mark, UTF-8, mostly-valid UTF-8
    (the bad bytes replaced and counted), else the legacy encoding that reads best; refuse what is
    not text."""
    if not data:
        raise ExtractionError("the file is empty (0 bytes)")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return _replacing(data[len(bom) :], codec)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _replacing(data, "utf-8")
    if mostly.bad_bytes <= MOSTLY_UTF8_MAX_BAD * len(data) and _utf8_sequences(data) >= mostly.bad_bytes:
        return mostly  # UTF-8 with a few damaged bytes, not a legacy encoding
    legacy = guess_legacy(data)
    if legacy is None:
        raise ExtractionError("not readable as text in any known encoding (binary data?)")
    return legacy


def guess_legacy(data: bytes) -> Decoded | None:
    """The legacy encoding that reads ``data`` best, or None when none reads it as text."""
    best = from_bytes(data, cp_isolation=list(LEGACY)).best() or from_bytes(data).best()
    if best is None or best.chaos > 0.3:
        return None
    if best.encoding in WESTERN:  # the Western code pages read the same bytes as different letters
        sample = data[:SAMPLE]
        readings = [(_plausibility(sample.decode(c, "replace")), -n, c) for n, c in enumerate(WESTERN)]
        encoding = max(readings)[2]
        return Decoded(data.decode(encoding, "replace"), encoding)
    return Decoded(str(best), best.encoding)


# For names, where the ZIP format's own default (DOS code page 437) comes before the others.
NAME_ENCODINGS = ("gb18030", "big5", "shift_jis", "euc_kr", "cp437", "cp1252", "cp1256", "cp1251", "mac_roman", "cp866")


def decode_name(raw: bytes) -> str:
    """File names from an archive (one per line), whose encoding the archive does not say: UTF-8
    where they are, else the legacy encoding whose reading looks most like words (too few bytes
    for a statistical guess: letters of one script count for, symbols and mixed scripts against)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = raw if len(raw) <= SAMPLE else (raw[:SAMPLE].rpartition(b"\n")[0] or raw[:SAMPLE])  # whole names
    scores: dict[str, float] = {}
    for codec in NAME_ENCODINGS:
        try:
            raw.decode(codec)
        except UnicodeDecodeError:
            continue
        scores[codec] = _plausibility(sample.decode(codec, "replace"))
    if not scores:
        return raw.decode("cp437")
    top = max(scores.values())
    tied = [codec for codec, score in scores.items() if score == top]
    chosen = tied[0]
    if len(tied) > 1:  # the same script either way (Chinese or Japanese ideographs): ask the statistics
        guess = from_bytes(sample, cp_isolation=tied).best()
        if guess is not None and guess.encoding in scores:
            chosen = guess.encoding
    return raw.decode(chosen)


def _script(char: str) -> str:
    code = ord(char)
    if code < 0x80:
        return "ascii-letter" if char.isalpha() else "ascii"
    if 0x4E00 <= code <= 0x9FFF:
        return "han"
    if 0x3040 <= code <= 0x30FF:
        return "kana"
    if 0xAC00 <= code <= 0xD7A3:
        return "hangul"
    if char.isalpha() and 0xC0 <= code <= 0x24F:
        return "latin"
    if char.isalpha() and (0x400 <= code <= 0x4FF or 0x600 <= code <= 0x6FF):
        return "letter"
    return "other"


def _plausibility(text: str) -> float:
    scripts = [_script(c) for c in text]
    score = 0.0
    for i, script in enumerate(scripts):
        before = scripts[i - 1] if i else ""
        after = scripts[i + 1] if i + 1 < len(scripts) else ""
        if script in ("han", "kana", "hangul"):
            score += 2  # two bytes each in the legacy encodings: as much as two letters
        elif script == "letter":
            score += 1
        elif script == "latin":  # accented letters come one at a time, in Latin words, mostly from Latin-1
            score += -2 if before == "latin" else (1.5 if ord(text[i]) <= 0xFF else 1)
        elif script == "other":  # typographic punctuation is common; symbols, controls, box drawing are not
            score -= 0 if unicodedata.category(text[i]).startswith("P") else 2
        if script == "han" and before == after == "ascii-letter":
            score -= 3  # one ideograph inside a Latin word: a misread accented letter
        if {script, before} == {"han", "hangul"}:
            score -= 3  # Korean names are not written in mixed Hangul and Hanja
    return score


def _replacing(data: bytes, codec: str) -> Decoded:
    text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd") - data.decode(codec, errors="ignore").count("\ufffd")
    return Decoded(text, codec, bad)


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf8_sequences(data: bytes) -> int:
    """How many well-formed multi-byte UTF-8 sequences ``data`` holds."""
    return len(_UTF8_MULTIBYTE.findall(data))


def first_line_title(text: str, fallback: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if len(line) > 3:
            return line[:TITLE_MAX]
    return fallback


def extract_text(path: Path, name: str, file_type: str) -> Extracted:
    decoded = decode_text(path.read_bytes())
    text = decoded.text
    if not text.strip():
        raise ExtractionError("the file holds no text, only whitespace")
    # A form feed is how text exports (pdftotext and the like) mark page breaks.
    pages = text.split("\f") if "\f" in text else [text]
    return Extracted(
        file_type=file_type,
        pages=pages,
        paginated=len(pages) > 1,
        title=first_line_title(text, name),
        metadata=decoded.as_meta(),
    )


def extract_csv(path: Path, name: str) -> Extracted:
    decoded = decode_text(path.read_bytes())
    text = decoded.text
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
        metadata={"columns": header, "rows": len(records), **decoded.as_meta()},
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
