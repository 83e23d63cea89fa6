"""Tables for keys, grants and testimony. Sealed values are stored only as ciphertext; the
tables hold no plaintext of a sealed field, not even a hash of it (the lookup digests are keyed)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from habeas.store.models import Base, utcnow


class KeyPair(Base):
    """A public key, and its private half when it is kept here (always encrypted under a passphrase).

    ``kind`` is ``user`` (a person's X25519 key, owner = the user), ``signing`` (the case signing key,
    Ed25519; owner = whose passphrase protects it) or ``recovery`` (X25519; the private half is never
    stored)."""

    __tablename__ = "key_pairs"
    __table_args__ = (UniqueConstraint("kind", "owner", name="uq_key_pairs_kind_owner"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    owner: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str] = mapped_column(Text)
    protected_private: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200))


class Grant(Base):
    """A permission one user holds on one case (today: ``unseal``)."""

    __tablename__ = "grants"
    __table_args__ = (UniqueConstraint("user", "case_id", "permission", name="uq_grants_user_case_permission"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user: Mapped[str] = mapped_column(String(200), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    permission: Mapped[str] = mapped_column(String(40))
    granted_by: Mapped[str] = mapped_column(String(200))
    granted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Testimony(Base):
    """A record of a person and what happened to them (after HURIDOCS). Public and restricted
    fields are kept as JSON; sealed ones live in ``sealed_fields`` as ciphertext only."""

    __tablename__ = "testimonies"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    public: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    restricted: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    grade: Mapped[int] = mapped_column(Integer)
    verification: Mapped[str] = mapped_column(String(20))
    links: Mapped[list[Any]] = mapped_column(JSON, default=list)
    key_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200))


class SealedField(Base):
    """One sealed field of a record: XChaCha20-Poly1305 ciphertext bound to record, field and key version."""

    __tablename__ = "sealed_fields"
    __table_args__ = (UniqueConstraint("record_id", "field", name="uq_sealed_fields_record_field"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("testimonies.id"), index=True)
    field: Mapped[str] = mapped_column(String(100))
    key_version: Mapped[int] = mapped_column(Integer)
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)


class WrappedKey(Base):
    """A record's data key wrapped (sealed box) to one recipient: a user's key or the recovery key."""

    __tablename__ = "wrapped_keys"
    __table_args__ = (UniqueConstraint("record_id", "recipient", "key_version", name="uq_wrapped_keys_recipient"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("testimonies.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(200))
    recipient_key: Mapped[str] = mapped_column(Text)
    key_version: Mapped[int] = mapped_column(Integer)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)


class SealedLookup(Base):
    """A keyed digest (HMAC-SHA256, per-store key) of a sealed name, for exact lookups without plaintext."""

    __tablename__ = "sealed_lookups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("testimonies.id"), index=True)
    field: Mapped[str] = mapped_column(String(100))
    digest: Mapped[str] = mapped_column(String(64), index=True)
