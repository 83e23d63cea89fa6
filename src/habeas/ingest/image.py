"""Images through Tesseract OCR, when Tesseract is installed: a multi-page TIFF page by page, JPEG
2000 through Pillow, DjVu by its text layer where it has one, else its pages rendered and OCR'd."""

from __future__ import annotations

import functools
import shutil
import subprocess  # nosec B404  # runs Tesseract and DjVuLibre only, by full path, with a list of arguments
import tempfile
from pathlib import Path
from typing import Any

from habeas.errors import ExtractionError
from habeas.ingest.model import NEEDS_OCR, Extracted


@functools.cache
def tesseract_languages() -> frozenset[str]:
    """The OCR languages installed, empty when Tesseract is not."""
    binary = shutil.which("tesseract")
    if binary is None:
        return frozenset()
    out = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30)  # nosec B603  # fixed arguments
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:] if line.strip())


def extract_image(
    path: Path, name: str, wanted_languages: str, timeout_s: float, file_type: str = "image"
) -> Extracted:
    installed = tesseract_languages()
    languages = [lang for lang in wanted_languages.split("+") if lang in installed]
    if file_type == "djvu":
        return _djvu(path, name, languages, timeout_s)
    if not languages:
        return Extracted(
            file_type="image",
            title=name,
            status=NEEDS_OCR,
            error="needs OCR: Tesseract (with eng, chi_sim or uig data) is not installed",
        )
    frames = _frames(path)
    if frames is not None:
        return _ocr_pages(frames, name, languages, timeout_s, "image")
    try:
        # No shell; the file is a path in the store, and the languages come from Tesseract itself.
        command = [shutil.which("tesseract") or "tesseract", str(path), "stdout", "-l", "+".join(languages)]
        result = subprocess.run(command, capture_output=True, timeout=timeout_s)  # nosec B603
    except subprocess.TimeoutExpired as exc:
        raise ExtractionError(f"OCR took longer than {timeout_s:.0f}s") from exc
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ExtractionError(f"OCR failed: {message[-1] if message else 'unreadable image'}")
    text = result.stdout.decode("utf-8", "replace").strip()
    return Extracted(file_type="image", pages=[text], title=name, metadata={"ocr_languages": languages})


def _frames(path: Path) -> list[Any] | None:
    """The pages of a multi-page image (TIFF), or a JPEG 2000 image Tesseract cannot read itself;
    None for a plain one-page image, which Tesseract reads from the file."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            if image.format not in ("TIFF", "JPEG2000", "MPO") or (
                image.format == "TIFF" and getattr(image, "n_frames", 1) == 1
            ):
                return None
            return [frame.convert("RGB") for frame in ImageSequence.Iterator(image)]
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ExtractionError(f"unreadable image: {exc}") from exc


def _ocr_pages(frames: list[Any], name: str, languages: list[str], timeout_s: float, file_type: str) -> Extracted:
    from habeas.ingest.ocr import OcrFailed, beat, ocr_image

    pages: list[str] = []
    meta: list[dict[str, Any]] = []
    for frame in frames:
        try:
            page = ocr_image(frame, languages, timeout_s)
        except OcrFailed as exc:
            raise ExtractionError(f"OCR failed on page {len(pages) + 1}: {exc}") from exc
        pages.append(page.text)
        meta.append(page.as_meta("image"))
        beat()
    return Extracted(
        file_type=file_type,
        pages=pages,
        paginated=len(pages) > 1,
        title=name,
        metadata={"ocr_languages": languages, "ocr": meta},
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
                frames = _frames(image) or [_open_rgb(image)]
                text = _ocr_pages(frames, name, languages, timeout_s, "djvu").text
        pages.append(text)
    if not any(p.strip() for p in pages):
        return Extracted(file_type="djvu", title=name, status=NEEDS_OCR, error="needs OCR: no text layer and no OCR")
    return Extracted(file_type="djvu", pages=pages, paginated=len(pages) > 1, title=name)


def _open_rgb(image: Path) -> Any:
    from PIL import Image

    with Image.open(image) as opened:
        return opened.convert("RGB")


def _run(command: list[str], timeout_s: float) -> str:
    try:
        result = subprocess.run(command, capture_output=True, timeout=timeout_s)  # nosec B603  # fixed arguments
    except subprocess.TimeoutExpired as exc:
        raise ExtractionError(f"reading the DjVu document took longer than {timeout_s:.0f}s") from exc
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ExtractionError(f"cannot read the DjVu document: {message[-1] if message else 'DjVuLibre failed'}")
    return result.stdout.decode("utf-8", "replace")
