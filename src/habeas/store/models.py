"""The case store's tables. Every change to them comes with an Alembic migration."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Case(Base):
    """A collection of documents investigated together (Aleph's collection, Datashare's project)."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200))


# A document's analysis state: waiting for analysis (new, or left by a killed run), analysed, not
# analysed on purpose (an unreadable file, or more text than ``IngestLimits.analysis_max_chars``), or
# analysis raised an error (``habeas analyse --pending`` tries it again).
ANALYSIS_PENDING = "pending"
ANALYSIS_DONE = "done"
ANALYSIS_SKIPPED = "skipped"
ANALYSIS_FAILED = "failed"
ANALYSIS_STATES = (ANALYSIS_PENDING, ANALYSIS_DONE, ANALYSIS_SKIPPED, ANALYSIS_FAILED)


class Document(Base):
    """One stored file, its extracted text and its state. Children come from archives and e-mail."""

    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("case_id", "sha256", name="uq_documents_case_sha256"),
        # The document browser pages through a case sorted by when a file was taken in or by size.
        Index("ix_documents_case_created", "case_id", "created_at", "id"),
        Index("ix_documents_case_size", "case_id", "size", "id"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    file_name: Mapped[str] = mapped_column(Text)
    file_type: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str | None] = mapped_column(String(16), nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    paginated: Mapped[bool] = mapped_column(Boolean, default=False)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("documents.id"), nullable=True, index=True)
    path_in_parent: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    indexed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # Where its analysis stands (``ANALYSIS_STATES``): set ``pending`` by intake in the transaction
    # that writes the document, then ``done``, ``skipped`` or ``failed`` by analysis.
    analysis: Mapped[str] = mapped_column(String(10), default="pending", server_default="pending", index=True)

    pages: Mapped[list[Page]] = relationship(order_by="Page.number", cascade="all, delete-orphan")
    custody: Mapped[list[Custody]] = relationship(order_by="Custody.id", cascade="all, delete-orphan")


class Page(Base):
    """Text of one page (a PDF page, a spreadsheet sheet, or the whole of an unpaginated file)."""

    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("document_id", "number", name="uq_pages_document_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class Record(Base):
    """One row of a table (CSV, spreadsheet), kept with its column names for record linkage."""

    __tablename__ = "records"
    __table_args__ = (Index("ix_records_document_row", "document_id", "sheet", "row_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"))
    sheet: Mapped[str] = mapped_column(String(200))
    row_number: Mapped[int] = mapped_column(Integer)
    values: Mapped[dict[str, Any]] = mapped_column(JSON)


class Custody(Base):
    """How a file came to us: one row each time it was brought from a new source or path."""

    __tablename__ = "custody"
    __table_args__ = (Index("ix_custody_source_document", "source", "document_id"),)  # the browser's source filter

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    source: Mapped[str] = mapped_column(Text)
    grade: Mapped[str] = mapped_column(String(1))
    collector: Mapped[str] = mapped_column(String(200))
    actor: Mapped[str] = mapped_column(String(200))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    method: Mapped[str] = mapped_column(String(100))
    original_name: Mapped[str] = mapped_column(Text)
    original_path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)


class AuditEntry(Base):
    """An append-only, hash-chained log of every write. Entries name fields, never sealed values."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(100))
    case_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    target: Mapped[str | None] = mapped_column(Text, nullable=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # The digest of the rows this entry sealed (``AuditSeal``), hashed into the chain; None: none.
    seal: Mapped[str | None] = mapped_column(String(64), nullable=True)


class AuditSeal(Base):
    """The digest of one row a court would rely on (a custody row, a page's text, a document's blob,
    a person's judgement), written with the audit entry that recorded the write: ``seq`` is that
    entry, whose ``seal`` digests all its rows, so the chain binds them. ``digest`` None: the row was
    deleted. Append-only (triggers), like ``audit_log``; see ``habeas.store.audit``."""

    __tablename__ = "audit_seals"
    __table_args__ = (Index("ix_audit_seals_ref", "ref", "kind"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    ref: Mapped[str] = mapped_column(String(100), primary_key=True)  # the document (or judgement) it belongs to
    key: Mapped[str] = mapped_column(String(40), primary_key=True)  # the row within it ("" for the whole)
    digest: Mapped[str | None] = mapped_column(String(64), nullable=True)
    hint: Mapped[str] = mapped_column(String(200), default="")  # 4 hex digits per field: which one changed


class User(Base):
    """Someone who signs in to the web app. Only an Argon2id hash of the password is kept."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(Text)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200))
