"""Opening a store checks its schema without loading Alembic when nothing is to be done; the
shortcut must agree with Alembic itself."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from habeas.store import db
from habeas.store.store import Store


def test_the_newest_migration_file_is_alembics_head() -> None:
    engine = create_engine("sqlite://")
    head = ScriptDirectory.from_config(db.alembic_config(engine)).get_current_head()
    assert db.newest_revision() == head


def test_a_new_database_is_migrated_and_then_left_alone(store: Store) -> None:
    assert db.current_revision(store.db.engine) == db.newest_revision()
    db.migrate(store.db.engine)  # up to date: returns at once
    assert db.current_revision(store.db.engine) == db.newest_revision()


def test_an_empty_database_has_no_revision() -> None:
    assert db.current_revision(create_engine("sqlite://")) is None
