"""people correct the machine: dismissed claims, events and entities, renamed entities

Revision ID: corrections
Revises: workbench
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "corrections"
down_revision = "workbench"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
