"""Copies of images without where they were taken. A photo's EXIF or XMP metadata can hold the GPS
position of the person who took it; the stored original keeps everything (it is the evidence),
but every copy that is shown or exported is made here, with the pixels and nothing that could
locate anyone. Exporters call ``stripped_image_copy``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

GPS_IFD = 0x8825
EXIF_IFD = 0x8769
# What a copy keeps: when and with what the picture was taken. No position, no maker notes
# (some cameras hide a position there), no comments, no XMP.
KEPT_TAGS = {0x010F: "Make", 0x0110: "Model", 0x0132: "DateTime"}
KEPT_EXIF_TAGS = {0x9003: "DateTimeOriginal", 0x9004: "DateTimeDigitized"}
FORMATS_WITH_EXIF = {"JPEG", "PNG", "WEBP", "TIFF"}
SAVE_OPTIONS: dict[str, dict[str, Any]] = {"JPEG": {"quality": 95}, "WEBP": {"quality": 95}}


class ImageCopyError(ValueError):
    """The image cannot be read or copied; the message names the file and the reason."""


def stripped_image_copy(source: Path, target: Path) -> Path:
    """Write a copy of the image ``source`` to ``target`` (same format) without GPS or other
    location data, turned upright as its EXIF orientation says. ``source`` is never changed.
    Animated images keep their first frame only."""
    try:
        with Image.open(source) as opened:
            kind = opened.format or "PNG"
            upright = ImageOps.exif_transpose(opened)  # the pixels, as the camera meant them shown
            kept = _kept_exif(opened.getexif())
            # A fresh image holds the pixels and nothing of the original's metadata (XMP, comments, ...).
            clean = Image.new(upright.mode, upright.size)
            clean.paste(upright)
            if upright.mode == "P" and upright.getpalette():
                clean.putpalette(upright.getpalette() or [])
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError) as exc:
        raise ImageCopyError(f"{source.name}: not an image that can be copied: {exc}") from exc
    options = dict(SAVE_OPTIONS.get(kind, {}))
    if kind in FORMATS_WITH_EXIF and len(kept):
        options["exif"] = kept.tobytes()
    partial = target.with_name(f".{target.name}.partial")
    try:
        clean.save(partial, format=kind, **options)
        os.replace(partial, target)  # never a half-written copy under the real name
    finally:
        partial.unlink(missing_ok=True)
    return target


def location_tags(path: Path) -> dict[str, Any]:
    """The GPS tags in an image's EXIF, empty when it has none (to check a copy, or to warn)."""
    with Image.open(path) as image:
        return {str(k): v for k, v in image.getexif().get_ifd(GPS_IFD).items()}


def _kept_exif(original: Image.Exif) -> Image.Exif:
    kept = Image.Exif()
    for tag in KEPT_TAGS:
        if tag in original:
            kept[tag] = original[tag]
    inner = original.get_ifd(EXIF_IFD)
    times = {tag: inner[tag] for tag in KEPT_EXIF_TAGS if tag in inner}
    if times:
        kept.get_ifd(EXIF_IFD).update(times)
    return kept
