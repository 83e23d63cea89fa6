"""Officials: the officials the case's documents name, against the imported sanctions lists (the
page of ``habeas officials --sanctions``), and deciding a candidate match."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from habeas.config import DEFAULT_CASE
from habeas.services import cases, exports
from habeas.web.deps import VisitorDep, check_form_token, permit, render

router = APIRouter()
DECISIONS = ("same", "different", "unsure")


@router.get("/officials", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def officials_page(request: Request, visitor: VisitorDep, case: str = DEFAULT_CASE, everyone: bool = False) -> Response:
    return render(
        request,
        "officials.html",
        result=exports.cross_reference(visitor.ctx, case, everyone=everyone),
        cases=[c["name"] for c in cases.list_cases(visitor.ctx)],
        case=case,
        everyone=everyone,
        decisions=DECISIONS,
    )


@router.post("/officials/decide", include_in_schema=False)
@permit("decide", form_csrf=True)
def decide_form(
    visitor: VisitorDep,
    pair: Annotated[str, Form()],
    decision: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()],
    case: Annotated[str, Form()] = DEFAULT_CASE,
    back: Annotated[str, Form()] = "",
) -> Response:
    """Record whether an official is the listed entity (a person's decision wins on every later run)."""
    check_form_token(visitor, csrf_token)
    exports.decide(visitor.ctx, pair, decision, case)
    target = back if back.startswith("/entities/") else f"/officials?case={case}"
    return RedirectResponse(target, status_code=303)
