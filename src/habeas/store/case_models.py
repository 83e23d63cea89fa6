"""Who belongs to which case: a membership gives an account a role in one case. Changes come with
an Alembic migration."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from habeas.store.models import Base, User, utcnow


class CaseMember(Base):
    """An account's membership of a case, with its role there (one of the store's roles). Only
    members see a case; a store admin sees every case without one."""

    __tablename__ = "case_members"
    __table_args__ = (UniqueConstraint("case_id", "user_id", name="uq_case_members_case_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    added_by: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


def add_creator(session: Session, case_id: int, actor: str) -> None:
    """Make the account that created a case its member, at the account's store role (the local
    operator and single-operator names are no accounts: they see every case anyway)."""
    user = session.execute(select(User.id, User.role).where(User.name == actor, User.disabled.is_(False))).first()
    if user is not None:
        session.add(CaseMember(case_id=case_id, user_id=user.id, role=user.role, added_by=actor))
        session.flush()
