"""protection: key pairs, per-case grants, testimony with sealed fields, wrapped data keys, blind index

Revision ID: protect
Revises: 0003web
"""

import sqlalchemy as sa
from alembic import op

revision = "protect"
down_revision = "0003web"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "key_pairs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("protected_private", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "owner", name="uq_key_pairs_kind_owner"),
    )
    op.create_table(
        "grants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user", sa.String(length=200), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("permission", sa.String(length=40), nullable=False),
        sa.Column("granted_by", sa.String(length=200), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user", "case_id", "permission", name="uq_grants_user_case_permission"),
    )
    op.create_index("ix_grants_user", "grants", ["user"])
    op.create_index("ix_grants_case_id", "grants", ["case_id"])
    op.create_table(
        "testimonies",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("public", sa.JSON(), nullable=False),
        sa.Column("restricted", sa.JSON(), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=False),
        sa.Column("verification", sa.String(length=20), nullable=False),
        sa.Column("links", sa.JSON(), nullable=False),
        sa.Column("key_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_testimonies_case_id", "testimonies", ["case_id"])
    op.create_table(
        "sealed_fields",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.String(length=32), sa.ForeignKey("testimonies.id"), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("key_version", sa.Integer(), nullable=False),
        sa.Column("nonce", sa.LargeBinary(), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("record_id", "field", name="uq_sealed_fields_record_field"),
    )
    op.create_index("ix_sealed_fields_record_id", "sealed_fields", ["record_id"])
    op.create_table(
        "wrapped_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.String(length=32), sa.ForeignKey("testimonies.id"), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("recipient_key", sa.Text(), nullable=False),
        sa.Column("key_version", sa.Integer(), nullable=False),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("record_id", "recipient", "key_version", name="uq_wrapped_keys_recipient"),
    )
    op.create_index("ix_wrapped_keys_record_id", "wrapped_keys", ["record_id"])
    op.create_table(
        "sealed_lookups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.String(length=32), sa.ForeignKey("testimonies.id"), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sealed_lookups_record_id", "sealed_lookups", ["record_id"])
    op.create_index("ix_sealed_lookups_digest", "sealed_lookups", ["digest"])


def downgrade() -> None:
    op.drop_table("sealed_lookups")
    op.drop_table("wrapped_keys")
    op.drop_table("sealed_fields")
    op.drop_table("testimonies")
    op.drop_table("grants")
    op.drop_table("key_pairs")
