"""PDF: text page by page with PDFium; pages without a usable text layer (scanned, or a garbled
Type3 font) are rendered and read by OCR, each marked as such with its word boxes. A long PDF may
be read in parts, by page ranges, each in a parser of its own (``pdf_parts``)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from habeas.config import IngestLimits
from habeas.errors import ExtractionError
from habeas.ingest.joining import pdfium_hyphens, written_words
from habeas.ingest.model import NEEDS_OCR, Extracted, Part, PartPages
from habeas.ingest.ocr import OcrFailed, beat, ocr_image, text_layer_problem, usable_languages
from habeas.ingest.pdf_parts import not_read_line, page_range, pdf_title
from habeas.ingest.text import first_line_title

OCR_DPI = 300
THUMBNAIL_DPI = 50  # enough to see whether a page has any ink at all
MAX_OCR_PIXELS = 40_000_000  # a huge page is rendered smaller rather than exhaust the parser's memory
# Of the parser's time limit, what one page's OCR may take: a page past it is named, not the file killed.
PAGE_SHARE = 0.9
INK_LEVEL = 200  # a rendered page whose darkest pixel is lighter than this is blank: nothing to read


def extract_pdf(path: Path, name: str, limits: IngestLimits | None = None, part: Part | None = None) -> Extracted:
    """The PDF's pages, or with ``part`` only its share of them (``pdf_parts``: the ingest joins the
    parts), each page's text layer read once and judged for OCR."""
    limits = limits or IngestLimits()
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ExtractionError(_explain(str(exc))) from exc
    try:
        total = len(pdf)
        if not total:
            raise ExtractionError("the PDF has no pages")
        start, stop = page_range(part, total)
        pages, problems = _text_layers(pdf, start, stop)
        meta: dict[str, Any] = {k: v for k, v in pdf.get_metadata_dict(skip_empty=True).items() if isinstance(v, str)}
        not_read = _ocr_pages(pdf, pages, start, problems, meta, limits) if problems else []
    finally:
        pdf.close()
    text = "\n".join(pages)
    extracted = Extracted(
        file_type="pdf", pages=pages, paginated=True, metadata=meta, title=pdf_title(meta, text, name)
    )
    if part is not None:
        extracted.part = PartPages(start=start, total=total, first_line=first_line_title(text, ""), not_read=not_read)
    if not_read:
        extracted.status = NEEDS_OCR
        extracted.error = not_read_line(not_read, total)
    return extracted


def _text_layers(pdf: pdfium.PdfDocument, start: int, stop: int) -> tuple[list[str], dict[int, str]]:
    """The text layer of pages ``start`` to ``stop`` (one extraction a page), and why each page whose
    layer cannot be kept needs OCR (by its number in the file, from 0)."""
    pages: list[str] = []
    for index in range(start, stop):
        page = pdf[index]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        textpage.close()
        page.close()
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        pages.append(text)
    if any("\ufffe" in text for text in pages):  # hyphens at lines' ends, read by the words of every page
        words = written_words("\n".join(pages))
        pages = [pdfium_hyphens(text, words) for text in pages]
    problems = {start + n: problem for n, text in enumerate(pages) if (problem := text_layer_problem(text))}
    return pages, problems


def _ocr_pages(
    pdf: pdfium.PdfDocument,
    pages: list[str],
    start: int,
    problems: dict[int, str],
    meta: dict[str, Any],
    limits: IngestLimits,
) -> list[tuple[int, str]]:
    """OCR each page that needs it, in place (``pages`` from page ``start`` of the file); the pages it
    could not read, with the reason. Each page has the parser's time limit of its own (the sandbox
    hears of each page done)."""
    languages = usable_languages(limits.ocr_languages)
    if not languages:  # a page could be blank: without OCR there is no telling
        return [(i, "Tesseract (with eng, chi_sim or uig data) is not installed") for i in problems]
    read: dict[str, Any] = {}
    not_read: list[tuple[int, str]] = []
    beat()  # the text layers are read: the first page's time starts now
    for index, problem in sorted(problems.items()):
        started = time.monotonic()
        try:
            image = _render(pdf, index)
            if image is None:  # a blank page: nothing to read (blank pages share one time limit)
                continue
            found = ocr_image(
                image, languages, max(1.0, PAGE_SHARE * limits.parse_timeout_s - (time.monotonic() - started))
            )
        except (OcrFailed, pdfium.PdfiumError, MemoryError) as exc:
            not_read.append((index, str(exc) or type(exc).__name__))
            beat()
            continue
        beat()  # one more page read: the next has the time limit of its own
        if found.text or problem == "no text layer":
            pages[index - start] = found.text
            read[str(index + 1)] = found.as_meta(problem)
    if read:
        meta["ocr"] = {"languages": "+".join(languages), "pages": read}
    return not_read


def _render(pdf: pdfium.PdfDocument, index: int) -> Any:
    """The page as a grayscale image at ``OCR_DPI`` (less for a huge page), or None when blank."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        if _blank(page.render(scale=THUMBNAIL_DPI / 72, grayscale=True).to_pil()):
            return None  # told from a thumbnail: a hostile PDF of blank pages costs little
        scale = OCR_DPI / 72
        if width * height * scale * scale > MAX_OCR_PIXELS:
            scale = (MAX_OCR_PIXELS / (width * height)) ** 0.5
        image = page.render(scale=scale, grayscale=True).to_pil()
    finally:
        page.close()
    return None if _blank(image) else image


def _blank(image: Any) -> bool:
    darkest, _lightest = image.convert("L").getextrema()
    return bool(darkest >= INK_LEVEL)


def _explain(message: str) -> str:
    lowered = message.lower()
    if "password" in lowered:
        return "the PDF is encrypted and needs a password"
    if "format" in lowered or "data" in lowered:
        return f"damaged or truncated PDF ({message})"
    return f"cannot open the PDF: {message}"
