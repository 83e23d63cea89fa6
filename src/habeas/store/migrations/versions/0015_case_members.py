"""per-case access: case memberships with a role in each case

Revision ID: case_members
Revises: sessions
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "case_members"
down_revision = "sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
