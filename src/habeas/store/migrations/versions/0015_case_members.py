"""per-case access: case memberships with a role in each case

Every account that exists when the store is migrated becomes a member of every existing case at
its store role (removed accounts excepted), so nobody loses what they could read before.

Revision ID: case_members
Revises: sessions
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "case_members"
down_revision = "sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    members = op.create_table(
        "case_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", "user_id", name="uq_case_members_case_user"),
    )
    op.create_index("ix_case_members_case_id", "case_members", ["case_id"])
    op.create_index("ix_case_members_user_id", "case_members", ["user_id"])
    conn = op.get_bind()
    removed = {row[0] for row in conn.execute(sa.text("SELECT user_id FROM user_removals"))}
    accounts = [(uid, role) for uid, role in conn.execute(sa.text("SELECT id, role FROM users")) if uid not in removed]
    cases = [row[0] for row in conn.execute(sa.text("SELECT id FROM cases"))]
    now = datetime.now(UTC)
    rows = [
        {"case_id": case_id, "user_id": uid, "role": role, "added_by": "migration", "added_at": now}
        for case_id in cases
        for uid, role in accounts
    ]
    if rows:
        op.bulk_insert(members, rows)


def downgrade() -> None:
    op.drop_index("ix_case_members_user_id", table_name="case_members")
    op.drop_index("ix_case_members_case_id", table_name="case_members")
    op.drop_table("case_members")
