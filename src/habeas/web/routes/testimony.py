"""Pages over the testimony records: the list and each record with its public fields (restricted
ones for the roles that may see them, sealed ones as markers), and the unseal form. Unsealing on
the web takes the visitor's passphrase, a stated reason and a fresh one-time code (step-up), and is
refused by the testimony service itself without the role, the grant or the code."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from habeas.services import testimony
from habeas.web.deps import StepUpCaller, VisitorDep, check_form_token, permit, render
from habeas.web.sessions import Sessions

router = APIRouter()


@router.get("/testimony", response_class=HTMLResponse, include_in_schema=False)
@permit("testimony.read")
def testimony_list(request: Request, visitor: VisitorDep, case: str = "") -> Response:
    records = testimony.list_testimonies(visitor.ctx, case or None)
    return render(request, "testimony_list.html", records=records, case=case)


@router.get("/testimony/{record_id}", response_class=HTMLResponse, include_in_schema=False)
@permit("testimony.read")
def testimony_page(request: Request, visitor: VisitorDep, record_id: str) -> Response:
    record = testimony.show_testimony(visitor.ctx, record_id)
    return render(request, "testimony.html", r=record, opened=None, reason="")


@router.get("/testimony/{record_id}/unseal", response_class=HTMLResponse, include_in_schema=False)
@permit("unseal")
def unseal_page(request: Request, visitor: StepUpCaller, record_id: str) -> Response:
    """The unseal form; getting here needs a fresh one-time code (the step-up page comes first)."""
    record = testimony.show_testimony(visitor.ctx, record_id)
    return render(request, "testimony.html", r=record, opened=None, reason="", unsealing=True)


@router.post("/testimony/{record_id}/unseal", response_class=HTMLResponse, include_in_schema=False)
@permit("unseal", form_csrf=True)
def unseal_form(
    request: Request,
    visitor: StepUpCaller,
    record_id: str,
    passphrase: Annotated[str, Form()],
    reason: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()],
) -> Response:
    check_form_token(visitor, csrf_token)
    sessions: Sessions = request.app.state.sessions
    opened = testimony.unseal(
        visitor.ctx,
        record_id,
        reason=reason.strip(),
        passphrase=passphrase,
        second_factor=lambda: sessions.is_stepped_up(visitor.session),
    )
    record = testimony.show_testimony(visitor.ctx, record_id)
    return render(request, "testimony.html", r=record, opened=opened["fields"], reason=reason.strip())
