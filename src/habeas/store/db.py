"""Database engines and sessions: SQLite (WAL) by default, PostgreSQL by URL."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.orm import Session, sessionmaker

from habeas.errors import OutdatedStore, ReadOnlyStore

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
MIGRATION_LOCK = 0x48414245  # "HABE": the advisory lock taken while migrating
SQLITE_POOL = 16


def make_engine(url: str, read_only: bool = False, immutable: bool = False) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout.

    ``read_only`` opens SQLite in its read-only mode and PostgreSQL in read-only transactions, so
    nothing can be written through the engine. ``immutable`` (SQLite) also promises that nobody
    writes the file meanwhile: SQLite then takes no locks and needs no ``-shm`` file beside it, which
    is what a folder without write permission (a copy on read-only media) allows."""
    if url.startswith("sqlite"):
        if read_only:
            url = _read_only_sqlite_url(url, immutable)
        # A pool larger than the web app's request threads: a connection opened beyond the pool is
        # closed again on return, and opening one (with its pragmas) costs more than most reads.
        engine = create_engine(url, connect_args={"timeout": 60}, pool_size=SQLITE_POOL, max_overflow=SQLITE_POOL)
        event.listen(engine, "connect", _sqlite_read_only_pragmas if read_only else _sqlite_pragmas)
        return engine
    if read_only:
        return create_engine(url, pool_pre_ping=True, connect_args={"options": "-c default_transaction_read_only=on"})
    return create_engine(url, pool_pre_ping=True)


def sqlite_file(url: str) -> Path | None:
    """The database file a SQLite URL names (None for another database, or one in memory)."""
    if not url.startswith("sqlite"):
        return None
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def _read_only_sqlite_url(url: str, immutable: bool) -> str:
    """The same database file as a SQLite URI opened read-only (``mode=ro``, or ``immutable=1``)."""
    parsed = make_url(url)
    if not parsed.database or parsed.database == ":memory:":
        return url
    path = Path(parsed.database).resolve()
    mode = {"immutable": "1"} if immutable else {"mode": "ro"}
    return parsed.set(database=f"file:{quote(str(path))}", query={**mode, "uri": "true"}).render_as_string(
        hide_password=False
    )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """A read-only connection leaves the journal mode as the file has it (changing it writes)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
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
    """One process at a time migrates: workers on many hosts may start together (PostgreSQL: an
    advisory lock), and so may commands on a new SQLite store (a lock file beside it)."""
    if engine.dialect.name != "postgresql":
        database = sqlite_file(engine.url.render_as_string(hide_password=False))
        if database is None:
            yield
            return
        import fcntl

        with open(database.with_name(database.name + ".migrate.lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield  # released when the file is closed
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
            conn.commit()


def check_current(engine: Engine, name: str) -> None:
    """For a store that cannot be migrated (read-only): ``OutdatedStore`` unless its schema is the newest."""
    current, newest = current_revision(engine), newest_revision()
    if current == newest:
        return
    if current is None:
        raise OutdatedStore(f"{name} holds no Habeas database, and being read-only it cannot be given one")
    raise OutdatedStore(
        f"{name} has the schema of another version of Habeas ({current}; this one reads "
        f"{newest}) and, being read-only, cannot be upgraded: open it once with write access"
    )


class Database:
    """The store's database: an engine plus a session factory.

    ``read_only`` (why, e.g. "no write permission") opens it for reading only: its schema is checked,
    never migrated, and ``transaction()`` raises ``ReadOnlyStore``. ``immutable``: see ``make_engine``.
    ``name`` says what it is in those errors ("the store at ./case")."""

    def __init__(
        self, url: str, read_only: str | None = None, immutable: bool = False, name: str = "the database"
    ) -> None:
        self.url = url
        self.name = name
        self.read_only = read_only
        self.engine = make_engine(url, read_only=read_only is not None, immutable=immutable)
        try:
            if read_only is not None:
                check_current(self.engine, name)
            else:
                migrate(self.engine)
        except BaseException:
            self.engine.dispose()
            raise
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
        """A session whose work is committed together, or not at all (``ReadOnlyStore`` when read-only)."""
        if self.read_only is not None:
            raise ReadOnlyStore(f"{self.name} is read-only ({self.read_only}): nothing can be written to it")
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
