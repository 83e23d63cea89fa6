"""People correcting the analysis: a claim, a dated event or an entity dismissed, an entity renamed.

Analysis deletes and re-creates claims, events, mentions and entities, so a correction names what
it corrects by what stays the same across runs: a claim or an event by its document, page and
character span (``ref``), an entity by the resolution keys of its names (``forms``), as the merge and
split judgements do. Changes come with an Alembic migration (``0017_corrections``)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ColumnElement, DateTime, ForeignKey, Index, Integer, String, Text, exists
from sqlalchemy.orm import Mapped, mapped_column

from habeas.store.models import Base, utcnow

CLAIM = "claim"
EVENT = "event"
ENTITY = "entity"
KINDS = (CLAIM, EVENT, ENTITY)
DISMISS = "dismiss"
RENAME = "rename"
_REF = re.compile(r"(\w+):(\d+):(\d+)-(\d+)")


def span_ref(document_id: str, page: int, start: int, end: int) -> str:
    """The stable reference of a claim or an event: document, page and span (``DOC:PAGE:START-END``);
    analysing the same page again gives the same one."""
    return f"{document_id}:{page}:{start}-{end}"


def parse_ref(ref: str) -> tuple[str, int, int, int] | None:
    """The document, page, start and end a ``span_ref`` names; None when it is not one."""
    match = _REF.fullmatch(ref.strip())
    if match is None:
        return None
    return match[1], int(match[2]), int(match[3]), int(match[4])


def kept(kind: str, row: Any) -> ColumnElement[bool]:
    """A WHERE clause keeping the claims (``kind`` claim, ``row`` ClaimRow) or events that no one
    has dismissed."""
    return ~exists().where(
        Correction.kind == kind,
        Correction.decision == DISMISS,
        Correction.document_id == row.document_id,
        Correction.page == row.page,
        Correction.start == row.start,
        Correction.end == row.end,
    )


class Correction(Base):
    """One standing correction: ``decision`` dismiss (a claim, event or entity) or rename (an entity,
    to ``name``). Restoring deletes the row; the audit log keeps both."""

    __tablename__ = "corrections"
    __table_args__ = (Index("ix_corrections_span", "document_id", "page", "start", "end"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    decision: Mapped[str] = mapped_column(String(10))
    ref: Mapped[str] = mapped_column(String(100), index=True)  # span_ref, or the entity id when decided
    document_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)
    start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text)  # the sentence, or the entity's name when decided
    forms: Mapped[list[Any]] = mapped_column(JSON, default=list)  # an entity's resolution keys
    name: Mapped[str | None] = mapped_column(Text, nullable=True)  # the new name of a renamed entity
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
