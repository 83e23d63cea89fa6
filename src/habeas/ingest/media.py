"""Audio and video: stored with their metadata (duration, format, tags), never sent to OCR, and
reported as not transcribed. Also the files that are only named: encrypted Office files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from habeas.errors import ExtractionError
from habeas.ingest.model import Extracted

TAG_MAX = 500
NOT_TRANSCRIBED = "not transcribed"


def extract_media(path: Path, name: str) -> Extracted:
    import mutagen

    meta: dict[str, Any] = {}
    try:
        found = mutagen.File(str(path))
    except Exception as exc:  # mutagen's many errors: the file is kept, its tags are not read
        found = None
        meta["metadata_error"] = f"{type(exc).__name__}: {exc}"[:TAG_MAX]
    if found is not None:
        info = getattr(found, "info", None)
        for key in ("length", "bitrate", "sample_rate", "channels"):
            value = getattr(info, key, None)
            if value:
                meta[key] = round(value, 3) if isinstance(value, float) else value
        meta["format"] = type(found).__name__
        for key, value in (found.tags or {}).items() if found.tags is not None else []:
            text = str(value)
            if len(text) <= TAG_MAX and not text.startswith("b'"):
                meta[f"tag:{key}"] = text
    meta["transcription"] = NOT_TRANSCRIBED
    lines = [f"Audio or video, {NOT_TRANSCRIBED}.", *(f"{k}: {v}" for k, v in meta.items())]
    return Extracted(file_type="media", pages=["\n".join(lines)], title=name, metadata=meta)


def refuse_encrypted(path: Path, name: str) -> Extracted:
    raise ExtractionError("encrypted Office document: it needs a password to open")
