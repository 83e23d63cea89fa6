"""What an extractor hands back: text per page, metadata, table rows and child files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

OK = "ok"
ERROR = "error"
NEEDS_OCR = "needs_ocr"
PARTIAL = "partial"  # stored, but its archive members or attachments are not all in yet
# The metadata key of an archive read past damage: what was recovered (its ``error`` says it too).
DAMAGED = "damaged"

# Opens an archive member for reading; each format returns its own stream type.
Opener = Callable[[], Any]
# An archive member: its name in the archive, how to open it (None for a folder or a refused member)
# and why it is refused, if it is.
Member = tuple[str, Opener | None, str | None]


@dataclass
class TableRow:
    sheet: str
    row_number: int
    values: dict[str, Any]


@dataclass
class ChildFile:
    """A member of an archive or an e-mail attachment, written to a temporary file."""

    name: str
    path: str


@dataclass(frozen=True)
class Part:
    """Which share of a long PDF's pages one parser reads: part ``index`` of ``count`` (the parser
    counts the pages and takes its range; the ingest joins the parts in order)."""

    index: int
    count: int


@dataclass
class PartPages:
    """What a parser that read one part of a PDF tells the join: where its pages sit in the file,
    its text's first line that reads as a title ("" when none), and the pages it could not read."""

    start: int
    total: int
    first_line: str = ""
    not_read: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class Extracted:
    file_type: str
    pages: list[str] = field(default_factory=list)
    title: str = ""
    paginated: bool = False
    metadata: dict[str, Any] = field(default_factory=dict)
    rows: list[TableRow] = field(default_factory=list)
    children: list[ChildFile] = field(default_factory=list)
    child_errors: list[tuple[str, str]] = field(default_factory=list)
    # Members the parser did not write out because the top-level file's budget was spent
    # (exact unless the archive could not be read further without unpacking it).
    not_expanded: int = 0
    not_expanded_exact: bool = True
    status: str = OK
    error: str | None = None
    language: str | None = None
    part: PartPages | None = None  # set only on one part of a PDF read in parts, until they are joined

    @property
    def text(self) -> str:
        return "\n\n".join(self.pages)
