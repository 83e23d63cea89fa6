"""The state of ingests run on Celery workers: one batch per ``habeas ingest --queue``, one item
per file (archive members and attachments included), so any host can show their progress."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from habeas.store.models import Base, utcnow

QUEUED = "queued"
DONE = "done"
DUPLICATE = "duplicate"
FAILED = "failed"
FINAL = (DONE, DUPLICATE, FAILED)


class IngestBatch(Base):
    """One ``habeas ingest --queue`` run (or web upload) handed to the workers."""

    __tablename__ = "ingest_batches"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    case_name: Mapped[str] = mapped_column(String(200))
    options: Mapped[dict[str, Any]] = mapped_column(JSON)  # the intake options: source, grade, collector, actor
    files: Mapped[list[Any]] = mapped_column(JSON, default=list)  # what the user gave, for the web's progress
    state: Mapped[str] = mapped_column(String(20), default="running")  # running, finished
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class IngestItem(Base):
    """One file of a batch and what became of it. ``attempts`` counts the tasks that began it, so a
    file whose worker dies each time is given up after a few tries instead of blocking the queue."""

    __tablename__ = "ingest_items"
    __table_args__ = (Index("ix_ingest_items_batch_state", "batch_id", "state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[str] = mapped_column(ForeignKey("ingest_batches.id"))
    item: Mapped[dict[str, Any]] = mapped_column(JSON)  # habeas.ingest.pipeline.Item.to_dict()
    display: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    parent_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)  # the archive's document
    state: Mapped[str] = mapped_column(String(20), default=QUEUED)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    document_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
