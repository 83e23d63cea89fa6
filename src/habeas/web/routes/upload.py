"""Uploads: the page, taking files into a case (ingested in the background), and their progress."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from habeas import vocab
from habeas.errors import NotFound
from habeas.services import cases, intake
from habeas.web.deps import VisitorDep, permit, render

router = APIRouter()
UPLOAD_CHUNK = 1024 * 1024


@router.get("/upload", response_class=HTMLResponse, include_in_schema=False)
@permit("upload")
def upload_page(request: Request, visitor: VisitorDep) -> Response:
    return render(request, "upload.html", grades=vocab.SOURCE_GRADES, cases=cases.list_cases(visitor.ctx))


@router.post("/api/uploads", tags=["upload"], status_code=202)
@permit("upload", multipart=True)
async def api_upload(
    visitor: VisitorDep,
    files: list[UploadFile],
    case: Annotated[str, Form()] = "",
    source: Annotated[str, Form()] = "",
    grade: Annotated[str, Form()] = "F",
    collector: Annotated[str, Form()] = "",
    paths: Annotated[list[str], Form()] = [],
) -> dict[str, Any]:
    """Take files (multipart, field ``files``) into a case; the ingest runs in the background.
    ``paths``, one per file in order: each file's name with its folder on the sender's side (a
    browser's ``webkitRelativePath``), kept as its custody's original path; without them, the
    file name sent. Send X-CSRF-Token. Poll ``GET /api/uploads/{id}`` for progress."""
    if not files:
        raise HTTPException(400, "no files")
    if grade.upper() not in intake.GRADES:
        raise HTTPException(400, f"grade must be one of {', '.join(intake.GRADES)}")
    if paths and len(paths) != len(files):
        raise HTTPException(400, f"{len(paths)} paths for {len(files)} files: send one per file, in order")
    folder = intake.new_upload_folder(visitor.ctx)
    used: set[str] = set()
    given: list[tuple[str, str]] = []
    for n, upload in enumerate(files):
        client_path = intake.client_path(paths[n] if paths else upload.filename or "upload")
        name = intake.safe_upload_name(client_path)
        while name in used:
            name = "_" + name
        used.add(name)
        with (folder / name).open("wb") as fh:
            while chunk := await upload.read(UPLOAD_CHUNK):
                fh.write(chunk)
        given.append((str((folder / name).resolve()), client_path))
    options = replace(
        intake.default_intake(
            case or None, source or f"web upload by {visitor.name}", grade, collector or visitor.name, visitor.name
        ),
        given_paths=tuple(given),
    )
    job = intake.start_ingest_job(visitor.ctx, folder, options)  # options.actor is the visitor
    return dict(job.status())


@router.get("/api/uploads/{job_id}", tags=["upload"])
@permit("upload")
def api_upload_status(visitor: VisitorDep, job_id: str) -> dict[str, Any]:
    """Progress of an upload's ingest: files done of total, then what came in and what failed."""
    owner, status = intake.ingest_job(visitor.ctx, job_id)
    if owner != visitor.name and not visitor.can("admin"):
        raise NotFound(f"no upload {job_id!r}")
    return dict(status)
