"""names index: phonetic keys of names in table rows; record-linkage pairs and judgements

Revision ID: 0002names
Revises: 0001
Create Date: 2026-11-22 19:45:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0002names"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "name_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("column", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("keys", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("name_keys", schema=None) as batch_op:
        batch_op.create_index("ix_name_keys_record_id", ["record_id"], unique=False)
        batch_op.create_index("ix_name_keys_document_column", ["document_id", "column"], unique=False)
    op.create_table(
        "name_key_columns",
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("column", sa.Text(), nullable=False),
        sa.Column("names", sa.Integer(), nullable=False),
        sa.Column("indexed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("document_id", "column"),
    )

    op.create_table(
        "link_pairs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("left_record_id", sa.Integer(), nullable=False),
        sa.Column("right_record_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("link_pairs", schema=None) as batch_op:
        batch_op.create_index("ix_link_pairs_left_record_id", ["left_record_id"], unique=False)
        batch_op.create_index("ix_link_pairs_right_record_id", ["right_record_id"], unique=False)
    op.create_table(
        "link_judgements",
        sa.Column("left_record_id", sa.Integer(), nullable=False),
        sa.Column("right_record_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("left_record_id", "right_record_id"),
    )


def downgrade() -> None:
    op.drop_table("link_judgements")
    with op.batch_alter_table("link_pairs", schema=None) as batch_op:
        batch_op.drop_index("ix_link_pairs_right_record_id")
        batch_op.drop_index("ix_link_pairs_left_record_id")
    op.drop_table("link_pairs")
    op.drop_table("name_key_columns")
    with op.batch_alter_table("name_keys", schema=None) as batch_op:
        batch_op.drop_index("ix_name_keys_document_column")
        batch_op.drop_index("ix_name_keys_record_id")
    op.drop_table("name_keys")
