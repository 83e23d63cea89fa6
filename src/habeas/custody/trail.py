"""The audit log as people read it: who did what, when, to what, touching which fields. Values
are never shown (an entry's details may hold counts or keyed hashes; only their names appear)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from habeas.custody.package import MANIFEST
from habeas.store import audit
from habeas.store.models import AuditEntry


def entry_dict(entry: AuditEntry) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "at": audit.timestamp(entry.at),
        "actor": entry.actor,
        "action": entry.action,
        "case": entry.case_name,
        "target": entry.target,
        "fields": sorted(entry.details or {}),
    }


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
