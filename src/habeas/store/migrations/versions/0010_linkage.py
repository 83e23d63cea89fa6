"""restricted table rows (per table or per row)

Revision ID: linkage
Revises: interop
Create Date: 2026-11-22 22:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "linkage"
down_revision = "interop"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_restrictions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_record_restrictions_document_id", "record_restrictions", ["document_id"])
    op.create_index("ix_record_restrictions_record_id", "record_restrictions", ["record_id"])


def downgrade() -> None:
    op.drop_index("ix_record_restrictions_record_id", table_name="record_restrictions")
    op.drop_index("ix_record_restrictions_document_id", table_name="record_restrictions")
    op.drop_table("record_restrictions")
