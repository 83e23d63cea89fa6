"""Tables for what analysis finds: mentions, claims, dated events, resolved entities, people's
judgements on entities, and which analyser version produced each document's facts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from habeas.store.models import Base, utcnow


class AnalysisRun(Base):
    """The analyser version that produced a document's facts, and when."""

    __tablename__ = "analysis_runs"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    analyser_version: Mapped[str] = mapped_column(String(200))
    analysed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    words: Mapped[int] = mapped_column(Integer, default=0)
    mentions: Mapped[int] = mapped_column(Integer, default=0)
    claims: Mapped[int] = mapped_column(Integer, default=0)
    events: Mapped[int] = mapped_column(Integer, default=0)


class MentionRow(Base):
    """A span of a page that names a person, body, facility, place, law, date or quantity."""

    __tablename__ = "mentions"
    __table_args__ = (
        Index("ix_mentions_doc_sentence", "document_id", "page", "sentence"),
        Index("ix_mentions_entity_doc", "entity_id", "document_id", "page", "sentence"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"))
    page: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    canonical: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(20))
    strong: Mapped[bool] = mapped_column(Boolean, default=False)
    short_forms: Mapped[list[Any]] = mapped_column(JSON, default=list)
    entity_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)


class _SentenceSpan:
    """Where a claim or an event is stated: document, page, character span and sentence."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    page: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[int] = mapped_column(Integer)


class ClaimRow(_SentenceSpan, Base):
    """A figure, normalised, with what it counts and the sentence that states it."""

    __tablename__ = "claims"

    value: Mapped[float] = mapped_column(Float)
    low: Mapped[float | None] = mapped_column(Float, nullable=True)
    high: Mapped[float | None] = mapped_column(Float, nullable=True)
    qualifier: Mapped[str | None] = mapped_column(String(40), nullable=True)
    unit: Mapped[str] = mapped_column(Text)
    number_text: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    # When the figure held: the sentence's own date, else its document's (see habeas.store.dates).
    date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    precision: Mapped[str | None] = mapped_column(String(5), nullable=True)
    date_source: Mapped[str | None] = mapped_column(String(10), nullable=True)  # "sentence" or "document"


class EventRow(_SentenceSpan, Base):
    """A date in a sentence: the sentence is what happened then."""

    __tablename__ = "events"

    date: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    precision: Mapped[str | None] = mapped_column(String(5), nullable=True)
    date_text: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)


class EntityRow(Base):
    """One real thing across the case's documents; rebuilt by resolution, judgements kept apart."""

    __tablename__ = "entities"
    __table_args__ = (Index("ix_entities_case_name_key", "case_id", "name_key"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    type: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(Text, default="", server_default="")  # tables.key(name), to look up by
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    keys: Mapped[list[Any]] = mapped_column(JSON, default=list)
    mention_count: Mapped[int] = mapped_column(Integer, default=0)
    document_count: Mapped[int] = mapped_column(Integer, default=0)


class EntityJudgement(Base):
    """A person's decision: these names are the same thing (same), this name is not (different), or
    two proposed entities are not one (distinct: the pair is not proposed again)."""

    __tablename__ = "entity_judgements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    decision: Mapped[str] = mapped_column(String(20))
    forms_a: Mapped[list[Any]] = mapped_column(JSON)
    forms_b: Mapped[list[Any]] = mapped_column(JSON)
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EntityKey(Base):
    """One resolution key (of the name or an alias) of an entity: finding an entity by any of its
    names is an index lookup."""

    __tablename__ = "entity_keys"
    __table_args__ = (Index("ix_entity_keys_case_key", "case_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    entity_id: Mapped[str] = mapped_column(String(32), index=True)
    key: Mapped[str] = mapped_column(Text)


class EntityCandidate(Base):
    """Two entities of the same type whose names are close but were not joined automatically
    ("Chen Quanguo" and "Quanguo Chen"): waiting for a person to say same or distinct."""

    __tablename__ = "entity_candidates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    entity_a: Mapped[str] = mapped_column(String(32))
    entity_b: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text)
    overlap: Mapped[float] = mapped_column(Float)
