"""A case store: the database and the blob folder, opened together (the search index that is
derived from them is opened by ``habeas.search.sync.index_of``, and closed with the store through
``Store.on_close``)."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from habeas.config import Settings
from habeas.errors import NoStore, NotFound
from habeas.store import audit, case_models
from habeas.store.blobs import BlobStore
from habeas.store.db import Database, sqlite_file
from habeas.store.models import Case


class Store:
    """Everything one case store holds. Open it with ``Store(settings)``; close it when done.

    ``create``: make the store when there is none (else ``NoStore``). ``read_only`` (why, e.g.
    "HABEAS_READ_ONLY is set"): open it for reading only, as is done anyway when its folder or
    database file is not writable (a copy on read-only media). Its schema is then checked, never
    migrated, nothing is written, not even a cache, and a write raises ``ReadOnlyStore``;
    ``self.read_only`` says why, or is None for a writable store."""

    def __init__(self, settings: Settings, *, create: bool = True, read_only: str | None = None) -> None:
        self.settings = settings
        self.url = settings.sqlalchemy_url  # resolved once: it names this store's database
        folder = settings.store
        database = sqlite_file(self.url)
        if not folder.is_dir() or (database is not None and not database.is_file()):
            if not create:
                raise NoStore(f"no store at {folder}")
            if read_only is not None:
                raise NoStore(f"no store at {folder} (and a read-only one is not made)")
        self.read_only = read_only or _not_writable(folder, database)
        if self.read_only is None:
            folder.mkdir(parents=True, exist_ok=True)
        immutable = self.read_only is not None and not os.access(folder, os.W_OK)
        self.db = Database(self.url, read_only=self.read_only, immutable=immutable, name=f"the store at {folder}")
        if self.read_only is None:
            audit.anchor_commits(self.db, self.audit_anchor)
        self.blobs = BlobStore(settings.blob_dir, read_only=self.read_only)
        self._on_close: list[Callable[[], None]] = []

    @property
    def audit_anchor(self) -> Path:
        """The file that records the audit log's head outside the database."""
        return self.settings.store / audit.ANCHOR_FILE

    def audit_mark(self) -> bytes | None:
        """The audit log's head as its anchor file names it (``audit.head_mark``): what is worked
        out from the store may be remembered under it until it changes. None when there is none to
        go by (no anchor yet, or it cannot be read now): then nothing remembered may be trusted."""
        try:
            return audit.head_mark(self.audit_anchor)
        except OSError:
            return None

    def on_close(self, release: Callable[[], None]) -> None:
        """Have ``close`` call ``release``: what a layer above opens over the store's folder (the
        search index) is let go with it, though the store cannot import that layer."""
        self._on_close.append(release)

    def close(self) -> None:
        """Let go of everything opened over the store: what ``on_close`` was given (each once,
        the last given first), then the database; one that fails does not keep the others open.
        Used again after, each part opens anew."""
        releases, self._on_close = self._on_close, []
        with contextlib.ExitStack() as stack:  # runs its callbacks last first, each whatever the others raise
            stack.callback(self.db.close)
            for release in releases:
                stack.callback(release)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _not_writable(folder: Path, database: Path | None) -> str | None:
    """Why an existing store cannot be written here (``None`` when it can, or does not exist yet)."""
    if not folder.is_dir():
        return None
    if not os.access(folder, os.W_OK) or (
        database is not None and database.exists() and not os.access(database, os.W_OK)
    ):
        return "no write permission"
    return None


def get_case(session: Session, name: str) -> Case | None:
    return session.scalars(select(Case).where(Case.name == name)).first()


def case_id_of(session: Session, case: str | None) -> int | None:
    """The id of the case called ``case``; None for every case (NotFound for an unknown name)."""
    if case is None:
        return None
    found = get_case(session, case)
    if found is None:
        raise NotFound(f"no case called {case!r}")
    return found.id


def ensure_case(session: Session, name: str, actor: str) -> Case:
    """The case called ``name``, created (and audited) on first use."""
    case = get_case(session, name)
    if case is None:
        case = Case(name=name, created_by=actor)
        session.add(case)
        session.flush()
        case_models.add_creator(session, case.id, actor)  # a new case has its creator and the store admins
        audit.append(session, actor, "case.create", case_name=name, target=name)
    return case


def document_id(case_id: int, sha256: str) -> str:
    """A document's id: stable for the same file in the same case, so re-runs are idempotent."""
    return hashlib.sha256(f"{case_id}:{sha256}".encode()).hexdigest()[:16]
