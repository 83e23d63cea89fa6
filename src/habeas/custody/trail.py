"""The audit log as people read it: who did what, when, to what, touching which fields. Values
are never shown (an entry's details may hold counts or keyed hashes; only their names appear)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from habeas.config import LOCAL_OWNER
from habeas.custody.package import MANIFEST
from habeas.protect.access import guarded
from habeas.store import audit
from habeas.store.models import AuditEntry
from habeas.store.store import Store


@guarded("read")
def audit_trail(store: Store, limit: int = 50, packages: list[Path] | None = None,
                *, actor: str = LOCAL_OWNER) -> dict[str, Any]:
    """The newest ``limit`` entries (all when 0), oldest first, and the whole chain verified
    against the store's anchor file and the heads recorded in any evidence ``packages`` given."""
    anchors = [a for a in (package_anchor(p) for p in packages or []) if a is not None]
    with store.db.reading() as session:
        problems = audit.verify_with_anchor(session, store.audit_anchor, anchors)
        total = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        head = audit.current_head(session)
        query = select(AuditEntry).order_by(AuditEntry.seq.desc())
        if limit > 0:
            query = query.limit(limit)
        entries = [_entry_dict(e) for e in reversed(session.scalars(query).all())]
    try:
        anchor = audit.read_anchor(store.audit_anchor)
    except ValueError:
        anchor = None  # already among the problems
    return {"ok": not problems, "problems": problems, "total": total,
            "head": head.as_dict() if head else None, "anchor": anchor.as_dict() if anchor else None,
            "entries": entries}


def _entry_dict(entry: AuditEntry) -> dict[str, Any]:
    return {"seq": entry.seq, "at": audit.timestamp(entry.at), "actor": entry.actor, "action": entry.action,
            "case": entry.case_name, "target": entry.target, "fields": sorted(entry.details or {})}


def package_anchor(package: Path) -> audit.Anchor | None:
    """The audit head an evidence package recorded. Read without checking the package's signature:
    ``verify-package`` does that; here a forged head can only raise a false alarm, never hide one."""
    try:
        with zipfile.ZipFile(package) as archive:
            head = json.loads(archive.read(MANIFEST))["audit_head"]
        if head is None:  # packed from a store whose log was still empty
            return None
        return audit.Anchor(int(head["seq"]), str(head["hash"]), f"the evidence package {package.name}")
    except (OSError, KeyError, TypeError, ValueError, zipfile.BadZipFile) as exc:
        raise ValueError(f"{package}: no audit head can be read from it ({exc})") from exc
