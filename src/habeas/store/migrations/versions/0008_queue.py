"""ingest batches and items for the Celery workers

Revision ID: queue
Revises: webhardening
Create Date: 2026-11-22 22:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "queue"
down_revision = "webhardening"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ingest_batches",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("case_name", sa.String(length=200), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("files", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "ingest_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.String(length=32), nullable=False),
        sa.Column("item", sa.JSON(), nullable=False),
        sa.Column("display", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("parent_id", sa.String(length=32), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("document_id", sa.String(length=32), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["ingest_batches.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_ingest_items_batch_state", "ingest_items", ["batch_id", "state"])
    op.create_index("ix_ingest_items_parent_id", "ingest_items", ["parent_id"])


def downgrade() -> None:
    op.drop_index("ix_ingest_items_parent_id", table_name="ingest_items")
    op.drop_index("ix_ingest_items_batch_state", table_name="ingest_items")
    op.drop_table("ingest_items")
    op.drop_table("ingest_batches")
