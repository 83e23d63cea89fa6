"""name keys of entities built at intake, for fast name queries

Revision ID: entity_name_keys
Revises: corrections
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "entity_name_keys"
down_revision = "corrections"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
