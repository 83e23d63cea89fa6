"""entity review: a name key to look entities up by, their keys as rows, merge candidates; claims get
a date; the search index gains entity types and dates, so every document is indexed again

Revision ID: entityreview
Revises: linkage
"""

import sqlalchemy as sa
from alembic import op

revision = "entityreview"
down_revision = "linkage"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entities") as batch:
        batch.add_column(sa.Column("name_key", sa.Text(), nullable=False, server_default=""))
        batch.create_index("ix_entities_case_name_key", ["case_id", "name_key"])
    op.create_table(
        "entity_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("entity_id", sa.String(length=32), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_entity_keys_case_key", "entity_keys", ["case_id", "key"])
    op.create_index("ix_entity_keys_entity_id", "entity_keys", ["entity_id"])
    op.create_table(
        "entity_candidates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("entity_a", sa.String(length=32), nullable=False),
        sa.Column("entity_b", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("overlap", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    _fill_keys()
    op.create_index("ix_entity_candidates_case_id", "entity_candidates", ["case_id"])
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("date", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("precision", sa.String(length=5), nullable=True))
        batch.add_column(sa.Column("date_source", sa.String(length=10), nullable=True))
    op.create_index("ix_mentions_entity_doc", "mentions", ["entity_id", "document_id", "page", "sentence"])
    op.execute("UPDATE documents SET indexed_at = NULL")  # the index's new fields: written on next search


def _fill_keys() -> None:
    """Today's entities get their name key and key rows; resolution writes them from now on."""
    from habeas.analyse.tables import key

    bind = op.get_bind()
    entities = sa.table(
        "entities",
        sa.column("id"),
        sa.column("case_id"),
        sa.column("name"),
        sa.column("keys", sa.JSON),
        sa.column("name_key"),
    )
    keys = sa.table("entity_keys", sa.column("case_id"), sa.column("entity_id"), sa.column("key"))
    rows = bind.execute(sa.select(entities.c.id, entities.c.case_id, entities.c.name, entities.c["keys"])).all()
    for row in rows:
        bind.execute(entities.update().where(entities.c.id == row.id).values(name_key=key(row.name)))
    key_rows = [{"case_id": r.case_id, "entity_id": r.id, "key": k} for r in rows for k in (r[3] or [])]
    if key_rows:
        bind.execute(keys.insert(), key_rows)


def downgrade() -> None:
    op.drop_index("ix_mentions_entity_doc", table_name="mentions")
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("date_source")
        batch.drop_column("precision")
        batch.drop_column("date")
    op.drop_index("ix_entity_candidates_case_id", table_name="entity_candidates")
    op.drop_table("entity_candidates")
    op.drop_index("ix_entity_keys_entity_id", table_name="entity_keys")
    op.drop_index("ix_entity_keys_case_key", table_name="entity_keys")
    op.drop_table("entity_keys")
    with op.batch_alter_table("entities") as batch:
        batch.drop_index("ix_entities_case_name_key")
        batch.drop_column("name_key")
