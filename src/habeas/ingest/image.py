"""Images through Tesseract OCR (habeas.ingest.ocr, which turns a page upright and levels it first),
when Tesseract is installed: a multi-page TIFF page by page, any other image Pillow opens as one
page, DjVu by its text layer where it has one, else its pages rendered and OCR'd."""

from __future__ import annotations

import shutil
import subprocess  # nosec B404  # runs DjVuLibre only, by full path, with a list of arguments
import tempfile
from pathlib import Path
from typing import Any

from habeas.errors import ExtractionError
from habeas.ingest.model import NEEDS_OCR, Extracted
from habeas.ingest.ocr import OcrFailed, beat, ocr_image, usable_languages

MAX_PIXELS = 40_000_000  # as for a PDF page read by OCR


def extract_image(
    path: Path, name: str, wanted_languages: str, timeout_s: float, file_type: str = "image"
) -> Extracted:
    languages = usable_languages(wanted_languages)
    if file_type == "djvu":
        return _djvu(path, name, languages, timeout_s)
    if not languages:
        return Extracted(
            file_type="image",
            title=name,
            status=NEEDS_OCR,
            error="needs OCR: Tesseract (with eng, chi_sim or uig data) is not installed",
        )
    return _ocr_pages(_frames(path), name, languages, timeout_s, "image")


def _frames(path: Path) -> list[Any]:
    """The pages of an image in grey levels: each page of a multi-page TIFF, the one picture of any
    other image; a huge one shrunk to ``MAX_PIXELS`` rather than exhaust the parser's memory."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            if image_pages(image) > 1:
                return [_grey(frame) for frame in ImageSequence.Iterator(image)]
            return [_grey(image)]
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ExtractionError(f"unreadable image: {exc}") from exc


def image_pages(image: Any) -> int:
    """How many pages an opened image has: each frame of a multi-page TIFF is one (a scanner's
    many pages in one file), any other image (an animation's frames too) is one page."""
    return int(getattr(image, "n_frames", 1)) if image.format == "TIFF" else 1


def _grey(frame: Any) -> Any:
    pixels = frame.width * frame.height
    if pixels > MAX_PIXELS:
        scale = (MAX_PIXELS / pixels) ** 0.5
        size = (int(frame.width * scale), int(frame.height * scale))
        frame.draft("L", size)  # a JPEG decoded smaller to begin with
        frame = frame.convert("L")
        frame.thumbnail(size)
        return frame
    return frame.convert("L")


def _ocr_pages(frames: list[Any], name: str, languages: list[str], timeout_s: float, file_type: str) -> Extracted:
    """Each page read by OCR (turned upright and levelled), with its word boxes in the metadata as
    a PDF's scanned pages have them, so that the viewer can mark search hits on the picture."""
    pages: list[str] = []
    read: dict[str, Any] = {}
    for number, frame in enumerate(frames, start=1):
        try:
            page = ocr_image(frame, languages, timeout_s)
        except OcrFailed as exc:
            raise ExtractionError(f"OCR failed on page {number}: {exc}") from exc
        pages.append(page.text)
        read[str(number)] = page.as_meta("image")
        beat()
    return Extracted(
        file_type=file_type,
        pages=pages,
        paginated=len(pages) > 1,
        title=name,
        metadata={"ocr": {"languages": "+".join(languages), "pages": read}},
    )


def _djvu(path: Path, name: str, languages: list[str], timeout_s: float) -> Extracted:
    """A DjVu document: each page's hidden text layer (djvutxt), else the page rendered (ddjvu) and OCR'd."""
    djvused, djvutxt, ddjvu = shutil.which("djvused"), shutil.which("djvutxt"), shutil.which("ddjvu")
    if not (djvused and djvutxt and ddjvu):
        raise ExtractionError("cannot read the DjVu document: DjVuLibre is not installed (system-deps.sh office)")
    count = int(_run([djvused, "-e", "n", str(path)], timeout_s).strip() or 0)
    pages: list[str] = []
    for number in range(1, count + 1):
        text = _run([djvutxt, f"--page={number}", str(path)], timeout_s).strip()
        if not text and languages:
            with tempfile.TemporaryDirectory(prefix="habeas-djvu-") as tmp:
                image = Path(tmp) / "page.tif"
                _run([ddjvu, "-format=tiff", f"-page={number}", str(path), str(image)], timeout_s)
                text = _ocr_pages(_frames(image), name, languages, timeout_s, "djvu").text
        pages.append(text)
    if not any(p.strip() for p in pages):
        return Extracted(file_type="djvu", title=name, status=NEEDS_OCR, error="needs OCR: no text layer and no OCR")
    return Extracted(file_type="djvu", pages=pages, paginated=len(pages) > 1, title=name)


def _run(command: list[str], timeout_s: float) -> str:
    try:
        result = subprocess.run(command, capture_output=True, timeout=timeout_s)  # nosec B603  # fixed arguments
    except subprocess.TimeoutExpired as exc:
        raise ExtractionError(f"reading the DjVu document took longer than {timeout_s:.0f}s") from exc
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ExtractionError(f"cannot read the DjVu document: {message[-1] if message else 'DjVuLibre failed'}")
    return result.stdout.decode("utf-8", "replace")
