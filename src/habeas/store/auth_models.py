"""Tables for signing in: each user's second factor. Changes come with an Alembic migration."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, ForeignKey, String, Text
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
