"""Images through Tesseract OCR, when Tesseract is installed."""

from __future__ import annotations

import functools
import shutil
import subprocess  # nosec B404  # runs Tesseract only, by its full path, with a list of arguments
from pathlib import Path

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


def extract_image(path: Path, name: str, wanted_languages: str, timeout_s: float) -> Extracted:
    installed = tesseract_languages()
    languages = [lang for lang in wanted_languages.split("+") if lang in installed]
    if not languages:
        return Extracted(
            file_type="image",
            title=name,
            status=NEEDS_OCR,
            error="needs OCR: Tesseract (with eng, chi_sim or uig data) is not installed",
        )
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
