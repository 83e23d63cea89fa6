"""The one table of file formats (``file_formats.json``), read once: what ``ingest/detect.py`` can
call a file and which extractor in ``ingest/extract.py`` reads it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from habeas.errors import InvalidInput

TABLE = Path(__file__).with_name("file_formats.json")


@dataclass(frozen=True)
class FileFormat:
    """One row of the table; the columns are described at the top of ``file_formats.json``."""

    name: str
    extractor: str | None
    binary: bool
    extensions: frozenset[str] = frozenset()
    mime_prefix: str | None = None
    zip_member: str | None = None
    zip_mimetype: str | None = None


def _row(raw: dict[str, Any]) -> FileFormat:
    return FileFormat(
        name=str(raw["name"]),
        extractor=None if raw.get("extractor") is None else str(raw["extractor"]),
        binary=bool(raw["binary"]),
        extensions=frozenset(str(e).lower() for e in raw.get("extensions", ())),
        mime_prefix=None if raw.get("mime_prefix") is None else str(raw["mime_prefix"]),
        zip_member=None if raw.get("zip_member") is None else str(raw["zip_member"]),
        zip_mimetype=None if raw.get("zip_mimetype") is None else str(raw["zip_mimetype"]),
    )


def _load() -> tuple[FileFormat, ...]:
    rows = tuple(_row(raw) for raw in json.loads(TABLE.read_text(encoding="utf-8"))["formats"])
    names = [r.name for r in rows]
    if len(set(names)) != len(names):
        raise ValueError(f"{TABLE.name}: two formats share a name")
    return rows


_ROWS: Final = _load()
_BY_NAME: Final = {r.name: r for r in _ROWS}

# Every file_type detection can give, in the table's order.
FILE_FORMATS: Final[tuple[str, ...]] = tuple(r.name for r in _ROWS)


def file_formats() -> tuple[FileFormat, ...]:
    """Every row, in the table's order."""
    return _ROWS


def file_format(name: str) -> FileFormat:
    """The row of a file_type; ``InvalidInput`` (a ``ValueError``) for a name not in the table."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise InvalidInput(f"unknown file format {name!r}: one of {', '.join(_BY_NAME)}") from None


def binary_formats() -> frozenset[str]:
    """The binary containers: checked for other formats' signatures (polyglots)."""
    return frozenset(r.name for r in _ROWS if r.binary)
