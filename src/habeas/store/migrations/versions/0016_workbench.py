"""the investigator's workbench: tags, notes, stars, titles, saved searches and search history

Revision ID: workbench
Revises: case_members
"""

import sqlalchemy as sa
from alembic import op

revision = "workbench"
down_revision = "case_members"
branch_labels = None
depends_on = None


def _target() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("target_id", sa.String(length=32), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), primary_key=True),
        *_target(),
        sa.Column("tag", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("kind", "target_id", "tag", name="uq_tags_target_tag"),
    )
    op.create_index("ix_tags_case_tag", "tags", ["case_id", "tag"])
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        *_target(),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_notes_case_id", "notes", ["case_id"])
    op.create_index("ix_notes_target", "notes", ["kind", "target_id"])
    op.create_table(
        "stars",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("target_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("owner", "kind", "target_id", name="uq_stars_owner_target"),
    )
    op.create_index("ix_stars_case_id", "stars", ["case_id"])
    op.create_index("ix_stars_owner", "stars", ["owner"])
    op.create_table(
        "document_titles",
        sa.Column("document_id", sa.String(length=32), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("original", sa.Text(), nullable=False),
        sa.Column("set_by", sa.String(length=200), nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "saved_searches",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("owner", "name", name="uq_saved_searches_owner_name"),
    )
    op.create_table(
        "search_history",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("filters", sa.JSON(), nullable=False),
        sa.Column("searched_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_search_history_owner", "search_history", ["owner"])


def downgrade() -> None:
    op.drop_index("ix_search_history_owner", table_name="search_history")
    op.drop_table("search_history")
    op.drop_table("saved_searches")
    op.drop_table("document_titles")
    op.drop_index("ix_stars_owner", table_name="stars")
    op.drop_index("ix_stars_case_id", table_name="stars")
    op.drop_table("stars")
    op.drop_index("ix_notes_target", table_name="notes")
    op.drop_index("ix_notes_case_id", table_name="notes")
    op.drop_table("notes")
    op.drop_index("ix_tags_case_tag", table_name="tags")
    op.drop_table("tags")
