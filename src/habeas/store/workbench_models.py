"""The investigator's workbench: tags and notes on documents and entities (shared within the case),
stars (each person's own), edited document titles, saved searches and each person's search history.
Changes come with an Alembic migration (``0016_workbench``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from habeas.store.models import Base, utcnow

DOCUMENT = "document"
ENTITY = "entity"
TARGET_KINDS = (DOCUMENT, ENTITY)


class Tag(Base):
    """A tag on a document or an entity (``kind``), shared by everyone who works the case."""

    __tablename__ = "tags"
    __table_args__ = (
        UniqueConstraint("kind", "target_id", "tag", name="uq_tags_target_tag"),
        Index("ix_tags_case_tag", "case_id", "tag"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[str] = mapped_column(String(10))
    target_id: Mapped[str] = mapped_column(String(32))
    tag: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Note(Base):
    """A note on a document or an entity, shared by everyone who works the case."""

    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_target", "kind", "target_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    target_id: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Star(Base):
    """One person's star on a document or an entity: theirs alone."""

    __tablename__ = "stars"
    __table_args__ = (UniqueConstraint("owner", "kind", "target_id", name="uq_stars_owner_target"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    owner: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    target_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DocumentTitle(Base):
    """A title a person gave a document: the document's ``title`` is set to it, and the title
    extraction gave is kept here, so the edit can be undone."""

    __tablename__ = "document_titles"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    original: Mapped[str] = mapped_column(Text)
    set_by: Mapped[str] = mapped_column(String(200))
    set_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SavedSearch(Base):
    """A search saved under a name, seen only by its owner."""

    __tablename__ = "saved_searches"
    __table_args__ = (UniqueConstraint("owner", "name", name="uq_saved_searches_owner_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200))
    query: Mapped[str] = mapped_column(Text)
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SearchHistory(Base):
    """One search a person ran, seen only by them, until they clear it."""

    __tablename__ = "search_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = mapped_column(String(200), index=True)
    query: Mapped[str] = mapped_column(Text)
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    searched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


def document_annotations(session: Session, document_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The tags and notes of these documents (never an entity's), as evidence packages' manifests
    carry them: ``{document_id: {"tags": [...], "notes": [{"text", "by", "at"}]}}``."""
    out: dict[str, dict[str, Any]] = defaultdict(lambda: {"tags": [], "notes": []})
    ids = list(document_ids)
    if not ids:
        return {}
    for target_id, tag in session.execute(
        select(Tag.target_id, Tag.tag).where(Tag.kind == DOCUMENT, Tag.target_id.in_(ids)).order_by(Tag.tag)
    ):
        out[target_id]["tags"].append(tag)
    for note in session.scalars(
        select(Note).where(Note.kind == DOCUMENT, Note.target_id.in_(ids)).order_by(Note.created_at, Note.id)
    ):
        out[note.target_id]["notes"].append(
            {"text": note.text, "by": note.created_by, "at": note.created_at.isoformat()}
        )
    return dict(out)
