"""indexes for the document browser: a case's documents by date taken in and by size, and
custody rows by source (its source filter)

Revision ID: browse_indexes
Revises: entity_name_keys
"""

from alembic import op

revision = "browse_indexes"
down_revision = "entity_name_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_documents_case_created", "documents", ["case_id", "created_at", "id"])
    op.create_index("ix_documents_case_size", "documents", ["case_id", "size", "id"])
    op.create_index("ix_custody_source_document", "custody", ["source", "document_id"])


def downgrade() -> None:
    op.drop_index("ix_custody_source_document", table_name="custody")
    op.drop_index("ix_documents_case_size", table_name="documents")
    op.drop_index("ix_documents_case_created", table_name="documents")
