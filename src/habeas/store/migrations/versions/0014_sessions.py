"""server-side web sessions (the cookie carries an opaque id; only its hash is kept), removed
accounts (the name stays reserved) and passphrase attempts (the unseal throttle)

Revision ID: sessions
Revises: analysis_state
"""

import sqlalchemy as sa
from alembic import op

revision = "sessions"
down_revision = "analysis_state"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_sessions",
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.Float(), nullable=False),
        sa.Column("last_used_at", sa.Float(), nullable=False),
        sa.Column("stepped_up_at", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("id_hash"),
    )
    op.create_index("ix_web_sessions_user_id", "web_sessions", ["user_id"])
    op.create_table(
        "user_removals",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("removed_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("user_id"),
    )
    op.create_table(
        "passphrase_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user", sa.String(length=200), nullable=False),
        sa.Column("at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_passphrase_attempts_user", "passphrase_attempts", ["user"])


def downgrade() -> None:
    op.drop_index("ix_passphrase_attempts_user", table_name="passphrase_attempts")
    op.drop_table("passphrase_attempts")
    op.drop_table("user_removals")
    op.drop_index("ix_web_sessions_user_id", table_name="web_sessions")
    op.drop_table("web_sessions")
