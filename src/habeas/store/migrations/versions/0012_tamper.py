"""tamper evidence for what the evidence says: rows a court relies on are sealed into the audit chain

Revision ID: tamper
Revises: entityreview

``audit_seals`` holds the digest of each custody row, page text, document (its blob, case, name
and parent) and person's judgement (entity, link and sanctions decisions) under the audit entry
that wrote it; ``audit_log.seal`` digests an entry's seal rows and is hashed into the chain (see
``habeas.store.audit``). Like ``audit_log``, the table is append-only (triggers). Its name columns
compare bytewise on PostgreSQL ("C" collation, SQLite's default), so a seal's digest never depends
on the server's locale.

A store that already holds such rows gets one ``audit.baseline`` entry sealing them as they stand
now: they are protected from this upgrade on, but an edit made before it cannot be detected.
``audit_log`` gains a column with ``ALTER TABLE ... ADD COLUMN`` (no batch copy), so the triggers
of migration ``auditguard`` stay in place.
"""

import sqlalchemy as sa
from alembic import op

revision = "tamper"
down_revision = "entityreview"
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = {
    "audit_seals_no_update": "UPDATE",
    "audit_seals_no_delete": "DELETE",
}


def upgrade() -> None:
    from habeas.store.audit import seal_baseline

    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"

    def name(length: int) -> sa.String:
        return sa.String(length=length, collation="C") if postgres else sa.String(length=length)

    op.add_column("audit_log", sa.Column("seal", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_seals",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", name(40), nullable=False),
        sa.Column("ref", name(100), nullable=False),
        sa.Column("key", name(40), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=True),
        sa.Column("hint", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("seq", "kind", "ref", "key"),
    )
    op.create_index("ix_audit_seals_ref", "audit_seals", ["ref", "kind"])
    if postgres:
        op.execute(
            "CREATE FUNCTION audit_seals_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'audit_seals is append-only: % refused', TG_OP; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_seals_no_update_delete BEFORE UPDATE OR DELETE ON audit_seals "
            "FOR EACH ROW EXECUTE FUNCTION audit_seals_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_seals_append_only()"
        )
    else:
        for trigger, operation in SQLITE_TRIGGERS.items():
            op.execute(
                f"CREATE TRIGGER {trigger} BEFORE {operation} ON audit_seals "
                f"BEGIN SELECT RAISE(ABORT, 'audit_seals is append-only: {operation} refused'); END"
            )
    seal_baseline(bind)


def downgrade() -> None:
    """Drops the seals. Entries written since the upgrade keep their ``seal`` in their hash, so the
    older code, which does not hash it, reports them as altered: downgrade only a copy."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_seals_no_truncate ON audit_seals")
        op.execute("DROP TRIGGER IF EXISTS audit_seals_no_update_delete ON audit_seals")
        op.execute("DROP FUNCTION IF EXISTS audit_seals_append_only()")
        op.drop_index("ix_audit_seals_ref", table_name="audit_seals")
        op.drop_table("audit_seals")
        op.drop_column("audit_log", "seal")
        return
    for trigger in SQLITE_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.drop_index("ix_audit_seals_ref", table_name="audit_seals")
    op.drop_table("audit_seals")
    op.execute("ALTER TABLE audit_log DROP COLUMN seal")  # SQLite 3.35+; no batch copy, so the triggers stay
