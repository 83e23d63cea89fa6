"""name keys of entities built at intake, for fast name queries

Adds ``entity_name_keys`` (the terms of each entity's names, filled when a case's entities are
resolved, and for older cases at their first name query) and ``name_terms`` (the terms of each name
in ``name_keys``, filled here from the keys already stored: each part's key, each pair of parts (and
of their keys' first two letters), and the parts written together, as ``habeas.names.phonetic.index_terms`` makes them).

Revision ID: entity_name_keys
Revises: corrections
"""

import sqlalchemy as sa
from alembic import op

revision = "entity_name_keys"
down_revision = "corrections"
branch_labels = None
depends_on = None

BATCH = 20000


def _terms(keys: str) -> set[str]:
    """The terms of one stored key string (kept here so the migration does not change with the code)."""
    out: set[str] = set()
    for reading in keys.split("|"):
        parts = [p for p in reading.split(" ") if p]
        out.update(parts)
        head = parts[:6]
        out.update("+".join(sorted((a, b))) for i, a in enumerate(head) for b in head[i + 1 :])
        out.update("~".join(sorted((a[:2], b[:2]))) for i, a in enumerate(head) for b in head[i + 1 :])
        if len(parts) > 1:
            out.add("".join(parts))
    return {t[:64] for t in out}


def upgrade() -> None:
    op.create_table(
        "entity_name_keys",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("case_id", "term", "entity_id"),
    )
    with op.batch_alter_table("entity_name_keys", schema=None) as batch_op:
        batch_op.create_index("ix_entity_name_keys_term", ["term"], unique=False)
    terms = op.create_table(
        "name_terms",
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.Column("name_key_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("term", "name_key_id"),
    )
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(
            sa.text("SELECT id, keys FROM name_keys WHERE id > :last ORDER BY id LIMIT :n"), {"last": last, "n": BATCH}
        ).all()
        if not rows:
            break
        last = rows[-1][0]
        batch = [{"term": t, "name_key_id": i} for i, keys in rows for t in _terms(keys or "")]
        if batch:
            op.bulk_insert(terms, batch)


def downgrade() -> None:
    op.drop_table("name_terms")
    with op.batch_alter_table("entity_name_keys", schema=None) as batch_op:
        batch_op.drop_index("ix_entity_name_keys_term")
    op.drop_table("entity_name_keys")
