"""Names: a name in any script to the people (entities) and table rows that match it, with why and
links to where they are named; a list screened by upload (the list is read in memory, never kept;
the results come back as a CSV download, audited like an export); an entity's forms in every script;
and the search page's "all spellings and scripts" switch (the same ``name:"..."`` search)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from habeas import vocab
from habeas.services import names
from habeas.services.names import SCRIPT_LABELS
from habeas.web.deps import VisitorDep, as_400, check_form_token, permit, render

router = APIRouter()
MATCHES = 20
MAX_LIST_BYTES = 20 * 1024 * 1024


@router.get("/names", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def names_page(request: Request, visitor: VisitorDep, q: str = "", case: str = "") -> Response:
    q = q.strip()
    found = as_400(lambda: names.match_names(visitor.ctx, q, limit=MATCHES, case=case or None)) if q else None
    forms = names.case_name_forms(visitor.ctx, q, case=case or None) if q else None
    return render(
        request,
        "names.html",
        q=q,
        case=case,
        found=found,
        forms=forms,
        where=names.where_of,
        labels=vocab.TYPE_LABELS,
        search_url="/search?" + urlencode({"q": f'name:"{_unquoted(q)}"'}) if q else "",
    )


@router.get("/api/names/match", tags=["names"])
@permit("read")
def api_match(visitor: VisitorDep, q: str, limit: int = 10, case: str | None = None) -> dict[str, Any]:
    """People (``kind: entity``, with their documents) and table rows (``kind: record``) whose name
    matches ``q`` in any script, best first, each with its score and why. Audited as a name lookup
    (a keyed hash of the name, never the name)."""
    return dict(as_400(lambda: names.match_names(visitor.ctx, q, limit=max(1, min(limit, 100)), case=case)))


@router.get("/api/names/forms", tags=["names"])
@permit("read")
def api_forms(visitor: VisitorDep, q: str, case: str | None = None) -> dict[str, Any]:
    """A name in every script (ULY, Arabic script, Cyrillic, pinyin, Chinese-character renderings,
    those the case's documents use first) and the keys it is matched by."""
    return as_400(lambda: names.case_name_forms(visitor.ctx, q, case=case))


@router.post("/names/screen", include_in_schema=False)
@permit("restricted", form_csrf=True)
async def screen_form(
    visitor: VisitorDep,
    file: UploadFile,
    csrf_token: Annotated[str, Form()],
    name_column: Annotated[str, Form()] = "name",
    case: Annotated[str, Form()] = "",
) -> Response:
    """Screen an uploaded list (CSV or XLSX) and send the results back as a CSV file."""
    check_form_token(visitor, csrf_token)
    data = await file.read(MAX_LIST_BYTES + 1)
    file_name = file.filename or "list.csv"
    if len(data) > MAX_LIST_BYTES:
        raise HTTPException(400, f"{file_name} is larger than {MAX_LIST_BYTES // 2**20} MiB")
    _, text = as_400(
        lambda: names.screen_list_csv(
            visitor.ctx, data, file_name, name_column=name_column.strip() or "name", case=case or None
        )
    )
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="screening-results.csv"'},
    )


@router.get("/entities/{entity_id}/forms", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def entity_forms_fragment(request: Request, visitor: VisitorDep, entity_id: str) -> Response:
    """An entity's forms in every script, as a fragment of its page (htmx loads it)."""
    return render(request, "_entity_forms.html", f=names.entity_forms(visitor.ctx, entity_id), scripts=SCRIPT_LABELS)


@router.get("/names/search", include_in_schema=False)
@permit("read")
def all_spellings(request: Request, visitor: VisitorDep, q: str = "") -> Response:
    """The search page's "all spellings and scripts" switch: the same search, its query as a
    ``name:"..."`` field (every form of the name in every script), the other filters kept."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k not in ("q", "page")]
    q = q.strip()
    if q and "name:" not in q:
        q = f'name:"{_unquoted(q)}"'
    target = "/search?" + urlencode([("q", q), *kept])
    if request.headers.get("hx-request"):  # a boosted form: the browser goes to the search page itself
        return Response(status_code=204, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)


def _unquoted(q: str) -> str:
    return " ".join(q.replace('"', " ").split())
