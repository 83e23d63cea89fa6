"""A case store: the database, the blob folder and the search index, opened together."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from habeas.config import Settings
from habeas.errors import NotFound
from habeas.search.index import SearchIndex
from habeas.store import audit
from habeas.store.blobs import BlobStore
from habeas.store.db import Database
from habeas.store.models import Case, Document


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

    @functools.cached_property
    def index(self) -> SearchIndex:
        index = SearchIndex(self.settings.index_dir)
        if index.rebuilt:  # written under an older schema and thrown away: index every document again
            with self.db.transaction() as session:
                session.execute(update(Document).values(indexed_at=None))
                audit.append(session, "habeas", "index.rebuild", details={"reason": "new index schema"})
        return index

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
