"""people correct the machine: dismissed claims, events and entities, renamed entities

Revision ID: corrections
Revises: workbench
"""

import sqlalchemy as sa
from alembic import op

revision = "corrections"
down_revision = "workbench"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("ref", sa.String(length=100), nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=True),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("forms", sa.JSON(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_corrections_case_id", "corrections", ["case_id"])
    op.create_index("ix_corrections_ref", "corrections", ["ref"])
    op.create_index("ix_corrections_span", "corrections", ["document_id", "page", "start", "end"])


def downgrade() -> None:
    op.drop_index("ix_corrections_span", table_name="corrections")
    op.drop_index("ix_corrections_ref", table_name="corrections")
    op.drop_index("ix_corrections_case_id", table_name="corrections")
    op.drop_table("corrections")
