"""Tables for signing in: each user's second factor, web sessions, removed accounts and passphrase
attempts. Changes come with an Alembic migration."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from habeas.store.models import Base, utcnow


class UserTotp(Base):
    """A user's TOTP secret, encrypted with the store's second-factor key (never in the clear in the
    database), and the last time step accepted, so a code cannot be used twice."""

    __tablename__ = "user_totp"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    secret_encrypted: Mapped[str] = mapped_column(Text)
    last_step: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200))


class WebSession(Base):
    """A signed-in web session. The cookie carries an opaque random id; only its SHA-256 is kept
    here, so a copy of the database holds no usable session. Deleting the row ends the session at
    once (logout, a new password or role, a disabled or removed account). Times are seconds since
    the epoch, as the web app's clock reads them."""

    __tablename__ = "web_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    started_at: Mapped[float] = mapped_column(Float)
    last_used_at: Mapped[float] = mapped_column(Float)
    stepped_up_at: Mapped[float] = mapped_column(Float, default=0.0)


class UserRemoval(Base):
    """An account that was removed: its ``users`` row stays (disabled), so the name stays reserved
    and the audit log's entries stay attributable; this row says when and by whom."""

    __tablename__ = "user_removals"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    removed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    removed_by: Mapped[str] = mapped_column(String(200))


class PassphraseAttempt(Base):
    """A passphrase attempt that has not (yet) succeeded: recorded before the key derivation, so
    attempts in flight count too, and cleared when the user's passphrase is right. Shared by every
    server process and the CLI through the database."""

    __tablename__ = "passphrase_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user: Mapped[str] = mapped_column(String(200), index=True)
    at: Mapped[float] = mapped_column(Float)
