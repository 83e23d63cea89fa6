"""Tables of the names index: phonetic keys of the names in spreadsheet rows, precomputed so that a
lookup over hundreds of thousands of rows reads one narrow table. Derived data: it can always be
rebuilt from ``records`` (migration 0002names)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from habeas.store.models import Base, utcnow


class NameKey(Base):
    """One name found in one cell of a table row, with the keys that find it."""

    __tablename__ = "name_keys"
    __table_args__ = (Index("ix_name_keys_document_column", "document_id", "column"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(Integer, index=True)
    document_id: Mapped[str] = mapped_column(String(32))
    column: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    keys: Mapped[str] = mapped_column(Text)


class NameKeyColumn(Base):
    """A (document, column) whose names are in ``name_keys``."""

    __tablename__ = "name_key_columns"

    document_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    column: Mapped[str] = mapped_column(Text, primary_key=True)
    names: Mapped[int] = mapped_column(Integer, default=0)
    indexed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LinkPair(Base):
    """Two table rows the linker thinks are about the same person (``linked``) or might be (``review``).
    Rebuilt by every run; human judgements live in ``link_judgements`` and win over the machine."""

    __tablename__ = "link_pairs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    left_record_id: Mapped[int] = mapped_column(Integer, index=True)
    right_record_id: Mapped[int] = mapped_column(Integer, index=True)
    score: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20))
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LinkJudgement(Base):
    """A person's decision about two rows: ``same``, ``different`` or ``unsure``; kept across runs."""

    __tablename__ = "link_judgements"

    left_record_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    right_record_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    decision: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RecordRestriction(Base):
    """A whole table (``record_id`` empty) or one of its rows marked restricted: such rows appear in
    name lookups and the link review only for roles allowed to see restricted records
    (``services.may_see_restricted``)."""

    __tablename__ = "record_restrictions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(String(32), index=True)
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class NameTerm(Base):
    """One term of one name in ``name_keys`` (``phonetic.index_terms``): the index a lookup reads to
    find the few names worth scoring instead of reading every name. Derived from ``name_keys``."""

    __tablename__ = "name_terms"

    term: Mapped[str] = mapped_column(String(64), primary_key=True)
    name_key_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class EntityNameKey(Base):
    """One term of a name or alias of an entity, built when the case's entities are resolved: how a
    name query finds the entities worth scoring without scoring every entity of the case."""

    __tablename__ = "entity_name_keys"
    __table_args__ = (Index("ix_entity_name_keys_term", "term"),)

    case_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    term: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(32), primary_key=True)
