"""the investigator's workbench: tags, notes, stars, titles, saved searches and search history

Revision ID: workbench
Revises: case_members
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "workbench"
down_revision = "case_members"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
