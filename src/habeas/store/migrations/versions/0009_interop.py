"""imported FollowTheMoney entities and sanctions-match judgements

Revision ID: interop
Revises: queue
Create Date: 2026-11-22 22:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "interop"
down_revision = "queue"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ftm_entities",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("schema", sa.String(length=60), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"]),
        sa.PrimaryKeyConstraint("case_id", "id"),
    )
    op.create_index("ix_ftm_entities_schema", "ftm_entities", ["schema"])
    op.create_table(
        "sanction_judgements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.Column("ftm_id", sa.String(length=200), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sanction_judgements_case_id", "sanction_judgements", ["case_id"])


def downgrade() -> None:
    op.drop_table("sanction_judgements")
    op.drop_table("ftm_entities")
