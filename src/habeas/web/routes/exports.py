"""Downloads: the analysis tables as CSV (streamed), an entity's dossier as PDF, and the exports
page (FollowTheMoney, signed evidence packages), each audited by the service that makes it.
(Search results as CSV: ``routes.search``.)"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from starlette.background import BackgroundTask

from habeas.errors import ExportFailed
from habeas.services import cases, custody, exports, keys, users
from habeas.web.deps import VisitorDep, check_form_token, csv_response, permit, render
from habeas.web.login import step_up

router = APIRouter()
CSV_KINDS = ("entities", "claims", "timeline")


@router.get("/export/{kind}.csv", include_in_schema=False)
@permit("read")
def export_csv(visitor: VisitorDep, kind: str, case: str | None = None, entity: str | None = None) -> Response:
    """Entities, claims or the timeline as CSV, streamed (the same rows as ``habeas export csv``)."""
    if kind not in CSV_KINDS:
        raise HTTPException(404, "no such export")
    return csv_response(exports.csv_export_lines(visitor.ctx, kind, case, entity=entity or None), f"habeas-{kind}.csv")


@router.get("/entities/{entity_id}/dossier.pdf", include_in_schema=False)
@permit("read")
def dossier_pdf(visitor: VisitorDep, entity_id: str) -> Response:
    """The printable dossier of ``habeas dossier --pdf``: every statement cited with the file's SHA-256."""
    return Response(
        exports.entity_dossier_pdf(visitor.ctx, entity_id),
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="dossier-{entity_id}.pdf"'},
    )


# -- the exports page: FollowTheMoney for whoever may export, signed evidence packages for those who
# may take evidence out, each package asking for a fresh one-time code and the signing passphrase ---


@router.get("/exports", response_class=HTMLResponse, include_in_schema=False)
@permit("export")
def exports_page(request: Request, visitor: VisitorDep, done: str = "") -> Response:
    return _exports_page(request, visitor, done=done)


def _exports_page(request: Request, visitor: VisitorDep, status_code: int = 200, **context: Any) -> Response:
    return render(
        request,
        "exports.html",
        status_code=status_code,
        cases=[c["name"] for c in cases.list_cases(visitor.ctx)],
        evidence=visitor.can("export.evidence"),
        has_code=users.has_totp(visitor.ctx, visitor.name),
        **context,
    )


@router.get("/exports/ftm", include_in_schema=False)
@permit("export")
def ftm_download(visitor: VisitorDep, case: str | None = None) -> Response:
    """The case file as FollowTheMoney JSON lines (the file of ``habeas export ftm``), audited."""
    folder = Path(tempfile.mkdtemp(prefix="habeas-ftm-"))
    target = folder / f"habeas-{_file_part(case or 'all-cases')}.ftm.json"
    try:
        exports.export_ftm(visitor.ctx, target, case or None)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return FileResponse(
        target,
        media_type="application/json",
        filename=target.name,
        background=BackgroundTask(shutil.rmtree, folder, True),
    )


@router.post("/exports/evidence", include_in_schema=False)
@permit("export.evidence", form_csrf=True)
def evidence_download(
    request: Request,
    visitor: VisitorDep,
    csrf_token: Annotated[str, Form()],
    passphrase: Annotated[str, Form()],
    code: Annotated[str, Form()] = "",
    case: Annotated[str, Form()] = "",
) -> Response:
    """A signed evidence package of one case (or of every case), downloaded. Every package asks
    again for a fresh one-time code and the signing passphrase: neither is remembered."""
    check_form_token(visitor, csrf_token)
    try:
        step_up(request, visitor, code)  # a fresh one-time code, every time (none set up: refused, saying so)
        key = keys.signing_key(visitor.ctx, passphrase)
    except HTTPException as exc:
        return _exports_page(request, visitor, status_code=exc.status_code, error=f"No package: {exc.detail}")
    except (ValueError, LookupError, PermissionError) as exc:
        return _exports_page(request, visitor, status_code=400, error=f"No package: {exc}")
    folder = Path(tempfile.mkdtemp(prefix="habeas-evidence-"))
    target = folder / f"habeas-evidence-{_file_part(case or 'all-cases')}.zip"
    try:
        custody.export_evidence(visitor.ctx, target, key, case=case or None)
    except (ExportFailed, ValueError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        return _exports_page(request, visitor, status_code=400, error=f"No package: {exc}")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return FileResponse(
        target,
        media_type="application/zip",
        filename=target.name,
        background=BackgroundTask(shutil.rmtree, folder, True),
    )


def _file_part(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name)[:60] or "case"
