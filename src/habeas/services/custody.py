"""Custody: verifying blobs and the audit chain, the audit trail, signed evidence packages."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import zipfile
from pathlib import Path
from typing import TypedDict, cast

from nacl.signing import SigningKey
from sqlalchemy import func, or_, select

from habeas import __version__
from habeas.custody.package import (
    MANIFEST,
    README,
    README_TEXT,
    SIGNATURE,
    Writer,
    build_manifest,
    package_cases,
    write_documents,
    write_plain,
)
from habeas.custody.package import SealedRequest as SealedRequest  # re-exported: export_evidence's argument
from habeas.custody.package import verify_package as verify_package  # re-exported: checks a package, no store
from habeas.custody.trail import entry_dict, package_anchor
from habeas.errors import ExportFailed, ExportRefused
from habeas.progress import NoProgress, Progress
from habeas.protect import access
from habeas.protect.testimony import public_records
from habeas.search.sync import index_problems
from habeas.services import Caller
from habeas.services.cases import may_see_case, sees_every_case, visible_case_names
from habeas.services.guard import guarded
from habeas.services.testimony import unseal
from habeas.store import audit
from habeas.store.models import ANALYSIS_FAILED, ANALYSIS_PENDING, AuditEntry, Document
from habeas.store.partial import partial_path, remove_stale_partials
from habeas.store.store import get_case


class VerifyResult(TypedDict):
    """Whether every blob and the audit chain are intact (``habeas verify --json``), and what is not."""

    ok: bool
    problems: list[str]
    blobs_checked: int
    audit_entries: int
    # Documents whose analysis waits (``habeas analyse --pending`` finishes them) or failed: reported,
    # not problems, since nothing is lost (``ok`` stays true).
    analysis_pending: int
    analysis_failed: int


class AuditHead(TypedDict):
    """The audit chain's head: the last entry's sequence number and hash."""

    seq: int
    hash: str


class TrailEntry(TypedDict):
    """One audit entry as the trail shows it: who did what, when, to what (field names, never values)."""

    seq: int
    at: str
    actor: str
    action: str
    case: str | None
    target: str | None
    fields: list[str]


class AuditTrail(TypedDict):
    """The newest audit entries and the whole chain verified (``habeas audit --json``)."""

    ok: bool
    problems: list[str]
    total: int
    head: AuditHead | None
    anchor: AuditHead | None
    entries: list[TrailEntry]


class EvidenceExport(TypedDict):
    """A signed evidence package written: where, what it holds, its manifest's hash and the audit head."""

    path: str
    case: str | None
    documents: int
    testimonies: int
    sealed_included: bool
    files: int
    bytes: int
    manifest_sha256: str
    audit_head: AuditHead | None


@guarded("read")
def verify(ctx: Caller) -> VerifyResult:
    """Re-hash every blob, check the audit chain and that the search index answers; ``ok`` only when
    all is intact. Documents whose analysis is pending or failed are counted, not problems."""
    problems: list[str] = []
    with ctx.store.db.reading() as session:
        known = set(session.scalars(select(Document.sha256).distinct()))
        problems.extend(audit.verify_with_anchor(session, ctx.store.audit_anchor))
        entries = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        backlog = dict(session.execute(select(Document.analysis, func.count()).group_by(Document.analysis)).all())
    problems.extend(index_problems(ctx.store))
    for sha in sorted(known):
        problem = ctx.store.blobs.verify(sha)
        if problem:
            problems.append(problem)
    for sha in sorted(set(ctx.store.blobs.all_hashes()) - known):
        problem = ctx.store.blobs.verify(sha)
        if problem:
            problems.append(problem)
    return {
        "ok": not problems,
        "problems": problems,
        "blobs_checked": len(known),
        "audit_entries": entries,
        "analysis_pending": int(backlog.get(ANALYSIS_PENDING, 0)),
        "analysis_failed": int(backlog.get(ANALYSIS_FAILED, 0)),
    }


@guarded("read")
def audit_trail(ctx: Caller, limit: int = 50, packages: list[Path] | None = None) -> AuditTrail:
    """The newest ``limit`` entries (all when 0), oldest first, and the whole chain verified
    against the store's anchor file and the heads recorded in any evidence ``packages`` given."""
    anchors = [a for a in (package_anchor(p) for p in packages or []) if a is not None]
    with ctx.store.db.reading() as session:
        problems = audit.verify_with_anchor(session, ctx.store.audit_anchor, anchors)
        total = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        head = audit.current_head(session)
        query = select(AuditEntry).order_by(AuditEntry.seq.desc())
        seen = visible_case_names(ctx)
        if seen is not None:  # entries about cases the caller is not a member of are left out
            query = query.where(or_(AuditEntry.case_name.is_(None), AuditEntry.case_name.in_(seen)))
        if limit > 0:
            query = query.limit(limit)
        entries = [cast(TrailEntry, entry_dict(e)) for e in reversed(session.scalars(query).all())]
    try:
        anchor = audit.read_anchor(ctx.store.audit_anchor)
    except ValueError:
        anchor = None  # already among the problems
    return {
        "ok": not problems,
        "problems": problems,
        "total": total,
        "head": cast(AuditHead, head.as_dict()) if head else None,
        "anchor": cast(AuditHead, anchor.as_dict()) if anchor else None,
        "entries": entries,
    }


def may_export(ctx: Caller) -> bool:
    """Whether ``actor`` may take evidence out of the store: an investigator or admin (the local
    operator is the store's admin). Packages carry rows of leaked tables, so readers may not."""
    with ctx.store.db.reading() as session:
        return access.allowed(session, ctx.actor, "export.evidence")


@guarded("export.evidence", refused=ExportRefused)
def export_evidence(
    ctx: Caller,
    destination: Path,
    signing_key: SigningKey,
    *,
    case: str | None = None,
    progress: Progress | None = None,
    sealed: SealedRequest | None = None,
) -> EvidenceExport:
    """Write a signed evidence package of one case (or of the whole store) to ``destination``.

    Testimony records go in with their public fields only and their source pseudonymised
    (``source-001``...), unless ``sealed`` asks for their sealed fields too.

    The package appears only once it is complete and its export is in the audit log: it is
    written under a temporary name, the export is audited (with the manifest's SHA-256), and only
    then is it renamed into place."""
    progress = progress or NoProgress()
    destination = destination.resolve()
    if destination.exists():
        raise ValueError(f"{destination} already exists; a package is never written over")
    if not destination.parent.is_dir():
        raise ValueError(f"{destination.parent} is not a folder")
    with ctx.store.db.reading() as session:
        found = get_case(session, case) if case is not None else None
    if found is not None and not may_see_case(ctx, found.id):
        raise ValueError(f"no case called {case!r}")  # as for a case that does not exist
    if found is not None and not may_see_case(ctx, found.id, "export.evidence"):
        raise ExportRefused(f"your role in the case {case!r} does not allow evidence packages")
    if case is None and not sees_every_case(ctx, "export.evidence"):
        raise ExportRefused("a package of the whole store holds cases you are not a member of; name a case")
    with ctx.store.db.reading() as session:  # a record that fails verification is never signed
        problems = audit.verify_with_anchor(session, ctx.store.audit_anchor)
    if problems:
        shown = "; ".join(problems[:3]) + (f"; and {len(problems) - 3} more" if len(problems) > 3 else "")
        raise ExportFailed(
            f"the store fails verification, so no evidence package is signed: {shown} (run habeas verify)"
        )
    remove_stale_partials(destination.parent)  # those of exports killed before they could remove them
    partial = partial_path(destination)
    try:
        with ctx.store.db.reading() as session, zipfile.ZipFile(partial, "w", allowZip64=True) as archive:
            head = audit.current_head(session)
            cases = package_cases(session, case)
            writer = Writer(archive)
            documents = list(write_documents(ctx.store, session, writer, cases, progress))
            records = public_records(session, cases)
            writer.add_bytes(README, README_TEXT.format(version=__version__).encode(), "readme")
        if sealed is not None:  # asked for explicitly; each record's unsealing is audited with the reason
            for record in records:
                opened = unseal(ctx, record["id"], reason=sealed.reason, passphrase=sealed.passphrase)
                record["sealed"] = opened["fields"]
        manifest = build_manifest(
            cases, case, ctx.actor, head, documents, records, writer.files, signing_key, sealed is not None
        )
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode()
        signature = signing_key.sign(manifest_bytes).signature
        with zipfile.ZipFile(partial, "a", allowZip64=True) as archive:
            write_plain(archive, MANIFEST, manifest_bytes, writer.written_at)
            write_plain(archive, SIGNATURE, base64.b64encode(signature) + b"\n", writer.written_at)
        manifest_sha256 = hashlib.sha256(manifest_bytes).hexdigest()
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        with ctx.store.db.transaction() as session:
            audit.append(
                session,
                ctx.actor,
                "export.evidence",
                case_name=case,
                target=destination.name,
                details={
                    "manifest_sha256": manifest_sha256,
                    "documents": len(documents),
                    "testimonies": len(records),
                    "sealed_included": sealed is not None,
                    "files": len(writer.files),
                    "audit_head": head.seq if head else 0,
                },
            )
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)
    return {
        "path": str(destination),
        "case": case,
        "documents": len(documents),
        "testimonies": len(records),
        "sealed_included": sealed is not None,
        "files": len(writer.files),
        "bytes": destination.stat().st_size,
        "manifest_sha256": manifest_sha256,
        "audit_head": cast(AuditHead, head.as_dict()) if head else None,
    }
