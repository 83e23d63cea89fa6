"""A case store: the database and the blob folder, opened together (the search index that is
derived from them is opened by ``habeas.search.sync.index_of``)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from habeas.config import Settings
from habeas.errors import NotFound
from habeas.store import audit
from habeas.store.blobs import BlobStore
from habeas.store.db import Database
from habeas.store.models import Case


class Store:
    """Everything one case store holds. Open it with ``Store(settings)``; close it when done."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        settings.store.mkdir(parents=True, exist_ok=True)
        self.db = Database(settings.sqlalchemy_url)
        audit.anchor_commits(self.db, self.audit_anchor)
        self.blobs = BlobStore(settings.blob_dir)

    @property
    def audit_anchor(self) -> Path:
        """The file that records the audit log's head outside the database."""
        return self.settings.store / audit.ANCHOR_FILE

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
        audit.append(session, actor, "case.create", case_name=name, target=name)
    return case


def document_id(case_id: int, sha256: str) -> str:
    """A document's id: stable for the same file in the same case, so re-runs are idempotent."""
    return hashlib.sha256(f"{case_id}:{sha256}".encode()).hexdigest()[:16]
