"""each document's analysis state: pending, done, skipped or failed

Revision ID: analysis_state
Revises: tamper

Intake sets ``pending`` in the transaction that writes the document; analysis sets ``done``,
``skipped`` (an unreadable file, or too much text) or ``failed``. So a document a killed ingest
never got to analyse is found again (``habeas analyse --pending``, the next ingest, ``habeas
verify``'s counts) instead of being a silent hole. Existing documents: ``done`` where analysis
rows say they were analysed, ``skipped`` for error documents, ``pending`` for the rest.

The column is added in place (no batch copy of ``documents``), so triggers on the table survive.
"""

import sqlalchemy as sa
from alembic import op

revision = "analysis_state"
down_revision = "tamper"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("analysis", sa.String(length=10), nullable=False, server_default="pending"))
    op.execute(
        "UPDATE documents SET analysis = 'done' "
        "WHERE EXISTS (SELECT 1 FROM analysis_runs r WHERE r.document_id = documents.id)"
    )
    op.execute("UPDATE documents SET analysis = 'skipped' WHERE status = 'error'")
    op.create_index("ix_documents_analysis", "documents", ["analysis"])


def downgrade() -> None:
    op.drop_index("ix_documents_analysis", table_name="documents")
    op.execute("ALTER TABLE documents DROP COLUMN analysis")  # SQLite 3.35+ and PostgreSQL alike
