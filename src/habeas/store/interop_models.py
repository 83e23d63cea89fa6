"""Tables for what comes in from other tools: FollowTheMoney entities imported from a file (a
sanctions list, another Habeas export), and people's judgements on sanctions-list matches."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from habeas.store.models import Base, utcnow


class FtmEntityRow(Base):
    """One imported FollowTheMoney entity, kept whole (as the file had it) under its own id."""

    __tablename__ = "ftm_entities"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    schema: Mapped[str] = mapped_column(String(60), index=True)
    caption: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SanctionJudgement(Base):
    """A person's decision on a sanctions-list match: is the official named in the case (by the
    name key of the case entity) the listed entity? ``same``, ``different`` or ``unsure``."""

    __tablename__ = "sanction_judgements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    name_key: Mapped[str] = mapped_column(Text)
    ftm_id: Mapped[str] = mapped_column(String(200))
    decision: Mapped[str] = mapped_column(String(20))
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
