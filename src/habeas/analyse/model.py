"""What analysis finds in one document: plain data, cheap to send between processes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Mention:
    page: int
    start: int
    end: int
    text: str  # as written
    name: str  # cleaned: no title, article or possessive
    type: str
    priority: int = 2
    canonical: str = ""  # the document's fullest name for the same thing
    strong: bool = False  # name and canonical may be joined across documents (acronym, gazetteer...)
    sentence: int = 0
    short_forms: tuple[str, ...] = ()  # forms that may stand for this name elsewhere (surname, acronym)

    @classmethod
    def whole(cls, page: int, match: re.Match[str], kind: str, priority: int, **more: Any) -> Mention:
        """A mention of everything a pattern matched, named as written."""
        return cls(page, match.start(), match.end(), match.group(0), match.group(0), kind, priority, **more)

    def overlaps(self, other: Mention) -> bool:
        return self.page == other.page and self.start < other.end and other.start < self.end

    def canonical_renamed(self, name: str) -> str:
        """The canonical name once the mention is renamed ``name``: ``name``, unless the document gave it a
        fuller one than the name it had."""
        return name if self.canonical in ("", self.name) else self.canonical


@dataclass
class ClaimFound:
    page: int
    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: str | None
    unit: str
    number_text: str
    sentence: int
    text: str  # the sentence


@dataclass
class DateFound:
    page: int
    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    sentence: int
    sentence_text: str


@dataclass
class DocumentAnalysis:
    document_id: str
    mentions: list[Mention] = field(default_factory=list)
    claims: list[ClaimFound] = field(default_factory=list)
    dates: list[DateFound] = field(default_factory=list)
    sentences: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # page -> spans
    words: int = 0
    error: str | None = None  # why analysing it raised (then nothing was found): its state is "failed"
