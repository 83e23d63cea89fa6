"""analysis: mentions, claims, events, entities, judgements, analyser versions

Revision ID: 0003analysis
Revises: 0002names
"""

import sqlalchemy as sa
from alembic import op

revision = "0003analysis"
down_revision = "0002names"
branch_labels = None
depends_on = None


def _located(*extra: sa.Column) -> list:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("document_id", sa.String(length=32), sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Integer(), nullable=False),
        *extra,
        sa.PrimaryKeyConstraint("id"),
    ]


def upgrade() -> None:
    op.create_table(
        "analysis_runs",
        sa.Column("document_id", sa.String(length=32), sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("analyser_version", sa.String(length=200), nullable=False),
        sa.Column("analysed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("words", sa.Integer(), nullable=False),
        sa.Column("mentions", sa.Integer(), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("document_id"),
    )
    op.create_table(
        "mentions",
        *_located(
            sa.Column("text", sa.Text(), nullable=False),
            sa.Column("name", sa.Text(), nullable=False),
            sa.Column("canonical", sa.Text(), nullable=False),
            sa.Column("type", sa.String(length=20), nullable=False),
            sa.Column("strong", sa.Boolean(), nullable=False),
            sa.Column("short_forms", sa.JSON(), nullable=False),
            sa.Column("entity_id", sa.String(length=32), nullable=True),
        ),
    )
    op.create_index("ix_mentions_case_id", "mentions", ["case_id"])
    op.create_index("ix_mentions_entity_id", "mentions", ["entity_id"])
    op.create_index("ix_mentions_doc_sentence", "mentions", ["document_id", "page", "sentence"])
    op.create_table(
        "claims",
        *_located(
            sa.Column("value", sa.Float(), nullable=False),
            sa.Column("low", sa.Float(), nullable=True),
            sa.Column("high", sa.Float(), nullable=True),
            sa.Column("qualifier", sa.String(length=40), nullable=True),
            sa.Column("unit", sa.Text(), nullable=False),
            sa.Column("number_text", sa.Text(), nullable=False),
            sa.Column("text", sa.Text(), nullable=False),
        ),
    )
    op.create_index("ix_claims_case_id", "claims", ["case_id"])
    op.create_index("ix_claims_document_id", "claims", ["document_id"])
    op.create_table(
        "events",
        *_located(
            sa.Column("date", sa.String(length=10), nullable=True),
            sa.Column("precision", sa.String(length=5), nullable=True),
            sa.Column("date_text", sa.Text(), nullable=False),
            sa.Column("text", sa.Text(), nullable=False),
        ),
    )
    op.create_index("ix_events_case_id", "events", ["case_id"])
    op.create_index("ix_events_document_id", "events", ["document_id"])
    op.create_index("ix_events_date", "events", ["date"])
    op.create_table(
        "entities",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("keys", sa.JSON(), nullable=False),
        sa.Column("mention_count", sa.Integer(), nullable=False),
        sa.Column("document_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_entities_case_id", "entities", ["case_id"])
    op.create_table(
        "entity_judgements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("forms_a", sa.JSON(), nullable=False),
        sa.Column("forms_b", sa.JSON(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_entity_judgements_case_id", "entity_judgements", ["case_id"])


def downgrade() -> None:
    for table in ("entity_judgements", "entities", "events", "claims", "mentions", "analysis_runs"):
        op.drop_table(table)
