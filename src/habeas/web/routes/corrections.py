"""Correcting the analysis from the web: dismiss (after a confirmation) or restore a claim, an event
or an entity, rename an entity, and the list of standing corrections with their restore buttons."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from habeas.services import corrections
from habeas.web.deps import VisitorDep, as_400, check_form_token, permit, render

router = APIRouter()
_DONE = {"dismiss": "Dismissed", "restore": "Restored", "rename": "Renamed"}


@router.get("/corrections", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def corrections_page(request: Request, visitor: VisitorDep, done: str = "", kind: str = "") -> Response:
    """The standing corrections, newest first, with what was just done."""
    rows = corrections.list_corrections(visitor.ctx, kind=kind or None)
    return render(request, "corrections.html", rows=rows, done=done, kind=kind)


@router.get("/corrections/confirm", response_class=HTMLResponse, include_in_schema=False)
@permit("correct")
def confirm_page(
    request: Request, visitor: VisitorDep, kind: str, ref: str, action: str = "dismiss", text: str = "", name: str = ""
) -> Response:
    """Ask before dismissing or renaming: what will happen, and the button that does it."""
    if action not in ("dismiss", "rename"):
        action = "dismiss"
    return render(request, "correct_confirm.html", kind=kind, ref=ref, action=action, text=text, new_name=name)


@router.post("/corrections", include_in_schema=False)
@permit("correct", form_csrf=True)
def correct_form(
    visitor: VisitorDep,
    kind: Annotated[str, Form()],
    ref: Annotated[str, Form()],
    action: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()],
    name: Annotated[str, Form()] = "",
) -> Response:
    """Dismiss, restore or rename; then the list of corrections says what was done."""
    check_form_token(visitor, csrf_token)
    if action == "rename":
        result = as_400(lambda: corrections.rename_entity(visitor.ctx, ref, name))
    elif action == "restore":
        result = as_400(lambda: corrections.restore(visitor.ctx, kind, ref))
    else:
        result = as_400(lambda: corrections.dismiss(visitor.ctx, kind, ref))
    what = f"{_DONE[result['decision']]} the {result['kind']} “{result['text'][:120]}”"
    if result["decision"] == "rename":
        what += f" to “{result['name']}”"
    return RedirectResponse("/corrections?" + urlencode({"done": what + "."}), status_code=303)
