"""The case overview: what the cases one may see hold (documents by type, language and source),
what is being taken in now, what failed and why, and the latest activity from the audit log (its
actions and the names of the fields they touched, never their values). Retrying a failed file."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, TypedDict, cast

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from habeas.custody.trail import entry_dict
from habeas.errors import InvalidInput, NotFound
from habeas.services import Caller
from habeas.services.cases import in_visible_cases, require_visible, visible_case_names
from habeas.services.custody import TrailEntry
from habeas.services.guard import guarded
from habeas.services.intake import IntakeOptions, UploadStatus, ingest
from habeas.services.remembered import remembered
from habeas.store.analysis_models import ClaimRow, EntityRow, EventRow
from habeas.store.correction_models import CLAIM, EVENT, kept
from habeas.store.models import ANALYSIS_FAILED, ANALYSIS_PENDING, AuditEntry, Case, Custody, Document

FAILED_SHOWN = 50
ACTIVITY_SHOWN = 15
STALE_UPLOAD_S = 6 * 3600  # an upload whose status has not moved for this long is not shown as running
ERROR = "error"  # a document whose file could not be read (``habeas documents --status error``)


class CountRow(TypedDict):
    value: str
    documents: int


class FailedFile(TypedDict):
    """A file that could not be read, or whose analysis failed, and why."""

    id: str
    name: str
    case: str
    stage: str  # "extraction" or "analysis"
    error: str


class IntakeNow(TypedDict):
    id: str
    state: str
    done: int
    total: int
    current: str


class CaseOverview(TypedDict):
    documents: int
    cases: int
    by_type: list[CountRow]
    by_language: list[CountRow]
    by_source: list[CountRow]
    by_status: list[CountRow]
    analysis_pending: int
    entities: int
    claims: int
    events: int
    failed: list[FailedFile]
    failed_total: int
    activity: list[TrailEntry]  # the audit trail's entry shape: field names, never values


class IntakeProgress(TypedDict):
    """What is being taken in now: uploads running, documents waiting for analysis."""

    uploads: list[IntakeNow]
    analysis_pending: int
    documents: int


class RetryResult(TypedDict):
    id: str
    status: str
    analysis: str
    error: str | None


@guarded("read")
def case_overview(ctx: Caller) -> CaseOverview:
    """Everything the overview page shows at once, over the cases the caller may see."""
    with ctx.store.db.reading() as session:
        seen = in_visible_cases(ctx, Document.case_id)
        total = session.scalar(select(func.count()).select_from(Document).where(seen)) or 0
        failed_where = seen & ((Document.status == ERROR) | (Document.analysis == ANALYSIS_FAILED))
        failed_total = session.scalar(select(func.count()).select_from(Document).where(failed_where)) or 0
        facets = document_facets(ctx)
        totals = remembered(ctx, "totals", lambda: _totals(ctx, session), RECOUNT_AFTER_S)
        return {
            "documents": total,
            "cases": session.scalar(select(func.count()).select_from(Case).where(in_visible_cases(ctx, Case.id))) or 0,
            "by_type": facets["type"],
            "by_language": facets["language"],
            "by_source": facets["source"],
            "by_status": totals["by_status"],
            "analysis_pending": _pending(session, seen),
            "entities": totals["entities"],
            "claims": totals["claims"],
            "events": totals["events"],
            "failed": _failed(session, failed_where),
            "failed_total": failed_total,
            "activity": _activity(ctx, session),
        }


class _Totals(TypedDict):
    by_status: list[CountRow]
    entities: int
    claims: int
    events: int


def _totals(ctx: Caller, session: Session) -> _Totals:
    seen = in_visible_cases(ctx, Document.case_id)
    return {
        "by_status": _counts(session, select(Document.status, func.count()).where(seen), Document.status),
        "entities": _count(session, EntityRow, in_visible_cases(ctx, EntityRow.case_id)),
        # As the claims page and the timeline count them: what nobody dismissed, events with a date.
        "claims": _count(session, ClaimRow, and_(in_visible_cases(ctx, ClaimRow.case_id), kept(CLAIM, ClaimRow))),
        "events": _count(
            session,
            EventRow,
            and_(EventRow.date.is_not(None), in_visible_cases(ctx, EventRow.case_id), kept(EVENT, EventRow)),
        ),
    }


@guarded("read")
def document_facets(ctx: Caller) -> dict[str, list[CountRow]]:
    """The documents one may see counted by type, language and source (the browser's filters)."""
    with ctx.store.db.reading() as session:
        return remembered(
            ctx, "facets", lambda: _facets(session, in_visible_cases(ctx, Document.case_id)), RECOUNT_AFTER_S
        )


# Counts over a whole store take a second at 100,000 documents: they are remembered until the audit
# log moves on (every write is audited), and then for at least RECOUNT_AFTER_S, so a running ingest
# does not recount on every page.
RECOUNT_AFTER_S = 10.0


def _facets(session: Session, seen: ColumnElement[bool]) -> dict[str, list[CountRow]]:
    return {
        "type": _counts(session, select(Document.file_type, func.count()).where(seen), Document.file_type),
        "language": _counts(session, select(Document.language, func.count()).where(seen), Document.language),
        "source": _counts(
            session,
            select(Custody.source, func.count(func.distinct(Custody.document_id)))
            .join(Document, Document.id == Custody.document_id)
            .where(seen),
            Custody.source,
        ),
    }


@guarded("read")
def intake_progress(ctx: Caller) -> IntakeProgress:
    """The caller's uploads running now and how many documents wait for analysis: the overview's
    live panel."""
    with ctx.store.db.reading() as session:
        seen = in_visible_cases(ctx, Document.case_id)
        pending = _pending(session, seen)
        total = session.scalar(select(func.count()).select_from(Document).where(seen)) or 0
    return {
        "uploads": _running_uploads(ctx.store.settings.tmp_dir / "jobs", ctx.actor),
        "analysis_pending": pending,
        "documents": total,
    }


@guarded("upload")
def retry_document(ctx: Caller, doc_id: str) -> RetryResult:
    """Try a failed document again: read its file once more (from the blob store, under its first
    custody record, so no new custody is written) or, when only its analysis failed, analyse it again."""
    from habeas.services.analysis import analyse

    with ctx.store.db.reading() as session:
        document = session.get(Document, doc_id)
        if document is None:
            raise NotFound(f"no document {doc_id!r}")
        require_visible(ctx, document.case_id, f"no document {doc_id!r}", "upload")
        status, analysis, sha = document.status, document.analysis, document.sha256
        custody = document.custody[0] if document.custody else None
        case = session.scalar(select(Case.name).where(Case.id == document.case_id)) or ""
    if status == ERROR:
        if custody is None or document.parent_id is not None:
            raise InvalidInput(f"{doc_id!r} came out of an archive or e-mail: retry its parent file instead")
        blob = ctx.store.blobs.path_for(sha).resolve()
        if not blob.is_file():
            raise NotFound(f"the original of {doc_id!r} is missing from the blob store")
        options = IntakeOptions(
            case=case,
            source=custody.source,
            grade=custody.grade,
            collector=custody.collector,
            actor=ctx.actor,
            given_paths=((str(blob), custody.original_path),),
        )
        ingest(ctx, [blob], options, analyse=False)
        with ctx.store.db.reading() as session:
            readable = session.scalar(select(Document.status).where(Document.id == doc_id)) != ERROR
        if readable:
            analyse(ctx, [doc_id])
    elif analysis == ANALYSIS_FAILED:
        analyse(ctx, [doc_id])
    else:
        raise InvalidInput(f"{doc_id!r} did not fail: nothing to retry")
    with ctx.store.db.reading() as session:
        after = session.get(Document, doc_id)
        if after is None:
            raise NotFound(f"no document {doc_id!r}")
        return {"id": doc_id, "status": after.status, "analysis": after.analysis, "error": after.error}


def _counts(session: Session, query: Select[Any, int], column: Any) -> list[CountRow]:
    counted = [
        CountRow(value=str(v) if v is not None else "unknown", documents=int(n))
        for v, n in session.execute(query.group_by(column))
    ]
    return sorted(counted, key=lambda r: (-r["documents"], r["value"]))


def _count(session: Session, table: type, where: object) -> int:
    return session.scalar(select(func.count()).select_from(table).where(where)) or 0  # type: ignore[arg-type]


def _pending(session: Session, seen: object) -> int:
    where = (Document.analysis == ANALYSIS_PENDING) & seen  # type: ignore[operator]
    return session.scalar(select(func.count()).select_from(Document).where(where)) or 0


def _failed(session: Session, where: object) -> list[FailedFile]:
    rows = session.execute(
        select(Document.id, Document.file_name, Case.name, Document.status, Document.error)
        .join(Case, Case.id == Document.case_id)
        .where(where)  # type: ignore[arg-type]
        .order_by(Document.created_at.desc())
        .limit(FAILED_SHOWN)
    )
    return [
        {
            "id": doc_id,
            "name": name,
            "case": case,
            "stage": "extraction" if status == ERROR else "analysis",
            "error": error or ("its analysis failed: analyse it again" if status != ERROR else "unreadable"),
        }
        for doc_id, name, case, status, error in rows
    ]


def _activity(ctx: Caller, session: Session) -> list[TrailEntry]:
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(ACTIVITY_SHOWN)
    names = visible_case_names(ctx)
    if names is not None:  # a member sees what happened in their cases, nothing of the store at large
        query = query.where(AuditEntry.case_name.in_(names))
    return [cast(TrailEntry, entry_dict(e)) for e in session.scalars(query)]


def _running_uploads(folder: Path, owner: str) -> list[IntakeNow]:
    """``owner``'s uploads whose ingest has not finished, from the status files every server
    process writes (one left by a server that stopped counts for a while, then no more)."""
    running: list[IntakeNow] = []
    since = time.time() - STALE_UPLOAD_S
    try:
        files = [(p, p.stat().st_mtime) for p in folder.glob("*.json")]
    except OSError:
        return running
    for path, _mtime in sorted((f for f in files if f[1] >= since), key=lambda f: -f[1])[:100]:
        try:
            saved = json.loads(path.read_text())
            status: UploadStatus = saved["status"]
        except (OSError, ValueError, KeyError):
            continue
        if saved.get("owner") == owner and status.get("state") in ("queued", "running"):
            running.append(
                {
                    "id": status["id"],
                    "state": status["state"],
                    "done": status["done"],
                    "total": status["total"],
                    "current": status["current"],
                }
            )
    return running
