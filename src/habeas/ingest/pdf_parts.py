"""One long PDF read by several parsers at once, by page ranges: the ingest asks for part ``i`` of
``n`` of the file, each parser opens it, counts its pages and reads its own range (OCR included),
and the parts are joined here, in order, into the one document a single parser would have made.

Which files are split is decided from their size and first bytes alone (the ingest process never
parses a file); a parser takes fewer parts than asked when the PDF has few pages. A part that fails
(past the time limit, out of memory, a damaged page) fails the whole file with one line that names
its pages: nothing of the other parts is kept. Nothing here imports PDFium: the join runs in the
ingest process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from habeas.ingest.detect import PDF_SIGNATURE
from habeas.ingest.joining import better_title
from habeas.ingest.model import ERROR, NEEDS_OCR, Extracted, Part, PartPages
from habeas.ingest.text import first_line_title

SPLIT_BYTES = 2 * 2**20  # a PDF at least this large is read in parts, when there are parsers to share it
MIN_PART_PAGES = 16  # and each part has at least this many pages (fewer parts for a short PDF)


def parts_for(path: Path, size: int, parsers: int) -> int:
    """How many parts to read the file in: one, unless it is a large PDF and there are parsers
    to share it (typed by its first bytes, as the parser types it)."""
    if parsers < 2 or size < SPLIT_BYTES:
        return 1
    try:
        with path.open("rb") as fh:
            head = fh.read(len(PDF_SIGNATURE))
    except OSError:
        return 1  # its parser reports why it cannot be read
    return parsers if head == PDF_SIGNATURE else 1


def page_range(part: Part | None, total: int) -> tuple[int, int]:
    """The pages (``start``, ``stop``) that ``part`` reads of a PDF of ``total`` pages: equal shares
    of at least ``MIN_PART_PAGES`` pages; a part past the last share reads none."""
    if part is None:
        return 0, total
    shares = max(1, min(part.count, total // MIN_PART_PAGES))
    if part.index >= shares:
        return total, total
    return part.index * total // shares, (part.index + 1) * total // shares


def pdf_title(metadata: dict[str, Any], text: str, name: str) -> str:
    """A PDF's title before it is tidied: its metadata's, else its text's first line, else its name."""
    return _metadata_title(metadata) or first_line_title(text, name)


def _metadata_title(metadata: dict[str, Any]) -> str:
    return str(metadata.get("Title") or "").strip()


def not_read_line(not_read: list[tuple[int, str]], total: int) -> str:
    """The error of a PDF some of whose pages needed OCR and could not be read."""
    numbers = ", ".join(str(i + 1) for i, _reason in not_read[:10]) + (", ..." if len(not_read) > 10 else "")
    reason = not_read[0][1]
    if len(not_read) == total:
        return f"needs OCR: no page could be read ({reason})"
    return f"needs OCR: {len(not_read)} of {total} pages have no usable text (page {numbers}: {reason})"


def join_parts(parts: list[Extracted], name: str) -> Extracted:
    """The parts of one PDF (in the order they were asked for) as one document: its pages in order,
    the first part's metadata with every part's OCR'd pages, and its title and state as one parser
    would have given them. The first part that failed fails the file, with its pages named (unless
    every part failed alike: then the file itself cannot be read, and its error is the file's)."""
    if all(p.status == ERROR and p.error == parts[0].error for p in parts):
        return parts[0]  # the file's own fault (encrypted, damaged), the same in every part: as one parser says it
    total = next((p.part.total for p in parts if p.part is not None), None)
    for index, extracted in enumerate(parts):
        if extracted.status == ERROR or extracted.part is None:
            return _failed(extracted.error, Part(index, len(parts)), total, name)
    pieces = [p.part for p in parts if p.part is not None]
    if not _in_order(pieces, [len(p.pages) for p in parts]):
        return Extracted(file_type="pdf", title=name, status=ERROR, error="the parts of the PDF did not join up")
    pages = [page for extracted in parts for page in extracted.pages]
    metadata = {**parts[0].metadata}
    ocr = _joined_ocr(parts)
    if ocr:
        metadata["ocr"] = ocr
    first_line = next((piece.first_line for piece in pieces if piece.first_line), "")
    joined = Extracted(
        file_type="pdf",
        pages=pages,
        paginated=True,
        metadata=metadata,
        language=next((p.language for p in parts if p.language), None),
    )
    # As ``pdf_title`` then ``tidy`` give it for the whole file: the first line is the first part's that has one.
    joined.title = better_title(_metadata_title(metadata) or first_line or name, joined.text, name)
    not_read = [page for piece in pieces for page in piece.not_read]
    if not_read:
        joined.status = NEEDS_OCR
        joined.error = not_read_line(not_read, len(pages))
    return joined


def _in_order(pieces: list[PartPages], lengths: list[int]) -> bool:
    """Each part starts where the one before it stopped, and the last stops at the last page."""
    at = 0
    for piece, length in zip(pieces, lengths, strict=True):
        if piece.start != at or piece.total != pieces[0].total:
            return False
        at += length
    return at == pieces[0].total


def _joined_ocr(parts: list[Extracted]) -> dict[str, Any]:
    """Every part's OCR'd pages (numbered in the whole file) under one ``ocr`` entry."""
    found = [p.metadata["ocr"] for p in parts if isinstance(p.metadata.get("ocr"), dict)]
    if not found:
        return {}
    return {"languages": found[0].get("languages"), "pages": {k: v for o in found for k, v in o["pages"].items()}}


def _failed(error: str | None, part: Part, total: int | None, name: str) -> Extracted:
    """The file's failure, from its part's: the part's error with the pages it was reading."""
    if total is None:
        where = f"part {part.index + 1} of {part.count} of the PDF"
    else:
        start, stop = page_range(part, total)
        where = f"pages {start + 1}–{stop} of {total}, read by a parser of their own"
    error = error or "the parser did not read its part of the PDF"
    return Extracted(file_type="pdf", title=name, status=ERROR, error=f"{error} ({where})")
