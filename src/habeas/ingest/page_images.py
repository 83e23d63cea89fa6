"""The original beside its text: a PDF page rendered to a PNG with PDFium (no browser plug-in, no
script in the file ever runs), an image file re-drawn as a PNG, page by page for a multi-page TIFF
(never the original bytes inline),
and where words stand on a PDF page, from its text layer, to mark search hits on the picture.

PDFium is not thread-safe, and the web app serves requests from a pool of threads: every use of it
here, from opening a PDF to closing it, holds one lock per process (``_PDFIUM``). Parsing runs PDFium
in the sandbox's own processes, one file at a time each, so it needs no lock."""

from __future__ import annotations

import io
import os
import re
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium

from habeas.errors import ExtractionError, NotFound
from habeas.ingest.image import image_pages
from habeas.names.scripts import HAN_CHARACTERS

if TYPE_CHECKING:
    from PIL.Image import Image

PAGE_WIDTH_PX = 1100  # a page is drawn this wide: legible stamps and small print, a few hundred KB
MAX_IMAGE_PX = 2000  # an image file is re-drawn no larger than this on its longer side
_CJK = re.compile(f"[{HAN_CHARACTERS}]")
_PDFIUM = threading.Lock()  # one thread at a time in PDFium, in this process


@dataclass(frozen=True)
class Box:
    """A rectangle on a page, as fractions of the page's width and height from its top left."""

    left: float
    top: float
    right: float
    bottom: float


def pdf_page_count(path: Path) -> int:
    with _open(path) as pdf:
        return len(pdf)


def render_pdf_page(path: Path, number: int, width_px: int = PAGE_WIDTH_PX) -> bytes:
    """Page ``number`` (from 1) of the PDF at ``path`` as PNG bytes, ``width_px`` wide."""
    with _open(path) as pdf:
        page = _page(pdf, number)
        try:
            width, _height = page.get_size()
            bitmap = page.render(scale=width_px / max(width, 1.0), may_draw_forms=True, rev_byteorder=True)
            shown = bitmap.to_pil()
            image = shown.convert("RGB") if shown.mode != "RGB" else shown.copy()  # pixels of its own
            bitmap.close()  # freed here, under the lock, not later by the collector in another thread
        finally:
            page.close()
    return _png(image)


def render_image(path: Path, number: int = 1, max_px: int = MAX_IMAGE_PX) -> bytes:
    """Page ``number`` (from 1) of an image file re-drawn as a PNG (its pixels only: no metadata,
    no script, no SVG): a multi-page TIFF has a page per frame, as OCR read it (``image_pages``);
    any other image has one."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as original:
            pages = image_pages(original)
            if not 1 <= number <= pages:
                raise NotFound(f"no page {number}: the image has {pages}")
            original.seek(number - 1)
            original.thumbnail((max_px, max_px))
            image = original.convert("RGBA" if original.mode in ("RGBA", "LA", "P") else "RGB")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ExtractionError(f"cannot draw this image: {exc}") from exc
    return _png(image)


def hit_boxes(path: Path, number: int, needles: Iterable[str]) -> list[Box]:
    """Where each of ``needles`` (words or phrases, matched ignoring case) stands on page ``number``
    of the PDF, from its text layer: one box per line a match covers."""
    boxes: list[Box] = []
    with _open(path) as pdf:
        page = _page(pdf, number)
        textpage = page.get_textpage()
        try:
            left0, bottom0, right0, top0 = page.get_bbox()
            width, height = max(right0 - left0, 1.0), max(top0 - bottom0, 1.0)
            for needle in {n for n in needles if n.strip()}:
                whole = not _CJK.search(needle)
                searcher = textpage.search(needle, match_case=False, match_whole_word=whole)
                while (found := searcher.get_next()) is not None:
                    index, count = found
                    for i in range(textpage.count_rects(index, count)):
                        left, bottom, right, top = textpage.get_rect(i)
                        boxes.append(
                            Box(
                                left=round((left - left0) / width, 4),
                                top=round((top0 - top) / height, 4),
                                right=round((right - left0) / width, 4),
                                bottom=round((top0 - bottom) / height, 4),
                            )
                        )
                searcher.close()
        finally:
            textpage.close()
            page.close()
    return sorted(set(boxes), key=lambda b: (b.top, b.left))


def read_cached(cache: Path | None, name: str) -> bytes | None:
    """A picture kept earlier in the cache folder, or None."""
    if cache is None:
        return None
    try:
        return (cache / name).read_bytes()
    except OSError:
        return None


def keep(cache: Path | None, name: str, data: bytes) -> None:
    """Keep a picture in the cache folder (written whole, then renamed into place). ``cache`` None
    (a store that may not be written) or a full disk: nothing is kept, the picture is still shown."""
    if cache is None:
        return
    path = cache / name
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)


@contextmanager
def _open(path: Path) -> Iterator[pdfium.PdfDocument]:
    """A PDF opened for one request and closed after it, PDFium held by this thread all the while."""
    with _PDFIUM:
        try:
            pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            raise ExtractionError(f"cannot open the PDF: {exc}") from exc
        try:
            yield pdf
        finally:
            pdf.close()


def _page(pdf: pdfium.PdfDocument, number: int) -> pdfium.PdfPage:
    if not 1 <= number <= len(pdf):
        raise NotFound(f"no page {number}: the PDF has {len(pdf)} pages")
    return pdf[number - 1]


def _png(image: Image) -> bytes:
    """PNG bytes, fast: a page without colour (most are black on white) as grey levels, a third of
    the pixels to compress; a coloured one (a red stamp) in full colour, lightly compressed."""
    if image.mode == "RGB":
        red, green, blue = image.split()
        if red.tobytes() == green.tobytes() == blue.tobytes():
            image = red
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1 if image.mode != "L" else 3)
    return buffer.getvalue()
