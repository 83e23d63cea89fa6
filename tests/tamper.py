"""What an attacker with the database file (or a superuser's connection) can do: drop the
triggers that make the audit log append-only. Tests use it to check that the hash chain and the
anchored head still catch what the triggers no longer stop."""

from __future__ import annotations

import sqlite3

from sqlalchemy import text

from habeas.store.store import Store

SQLITE_GUARD = ("audit_log_no_update", "audit_log_no_delete")
POSTGRES_GUARD = ("audit_log_no_update_delete", "audit_log_no_truncate")


def lift_audit_guard(store: Store) -> None:
    with store.db.engine.begin() as conn:
        if store.db.is_postgres:
            for trigger in POSTGRES_GUARD:
                conn.execute(text(f"DROP TRIGGER {trigger} ON audit_log"))
        else:
            for trigger in SQLITE_GUARD:
                conn.execute(text(f"DROP TRIGGER {trigger}"))


def lift_sqlite_guard(db: sqlite3.Connection) -> None:
    for trigger in SQLITE_GUARD:
        db.execute(f"DROP TRIGGER {trigger}")
