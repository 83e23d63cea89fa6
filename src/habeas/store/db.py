"""Database engines and sessions: SQLite (WAL) by default, PostgreSQL by URL."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
MIGRATION_LOCK = 0x48414245  # "HABE": the advisory lock taken while migrating
SQLITE_POOL = 16


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        # A pool larger than the web app's request threads: a connection opened beyond the pool is
        # closed again on return, and opening one (with its pragmas) costs more than most reads.
        engine = create_engine(url, connect_args={"timeout": 60}, pool_size=SQLITE_POOL, max_overflow=SQLITE_POOL)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


_REVISION = re.compile(r'^revision = "([^"]+)"', re.MULTILINE)


def newest_revision() -> str:
    """The revision of the newest migration file (they are numbered in order), read without
    loading Alembic, so that opening an up-to-date store stays cheap."""
    newest = max(MIGRATIONS.glob("versions/[0-9]*.py"))
    found = _REVISION.search(newest.read_text(encoding="utf-8"))
    if found is None:
        raise RuntimeError(f"{newest.name} names no revision")
    return found.group(1)


def current_revision(engine: Engine) -> str | None:
    """The revision the database was last migrated to (None for a new database)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration; cheap (no Alembic) when it is already there."""
    if current_revision(engine) == newest_revision():
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = alembic_config(engine)
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with _migration_lock(engine):
        with engine.connect() as conn:  # another process may have done it while this one waited
            current = MigrationContext.configure(conn).get_current_revision()
        if current != head:
            command.upgrade(cfg, "head")


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """On PostgreSQL, one process at a time migrates: workers on many hosts may start together."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
            conn.commit()


class Database:
    """The store's database: an engine plus a session factory."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        migrate(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def listen(self, session_event: str, callback: Callable[..., None]) -> None:
        """Call ``callback`` on a session event (``before_commit``, ``after_commit``...) of every
        session of this database (used to anchor the audit log's head outside the database)."""
        event.listen(self._sessions, session_event, callback)

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together, or not at all."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A plain connection, for reads on hot paths: a Core query over table columns skips the
        ORM's work per query (a fifth of the time of the same read through a session)."""
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()
