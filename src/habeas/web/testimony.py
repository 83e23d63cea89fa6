"""Pages over the testimony records: the list and each record with its public fields (restricted
ones for the roles that may see them, sealed ones as markers), and the unseal form. Unsealing on
the web takes the caller's passphrase, a stated reason and a fresh one-time code (step-up), and is
refused by ``habeas.protect.testimony.unseal`` itself without the role, the grant or the code."""

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, Response

from habeas.services import Caller
from habeas.services import testimony as testimony_service
from habeas.store.store import Store


def add_routes(app: FastAPI, store: Store, render: Callable[..., HTMLResponse], caller_dep: Any,
               step_up_dep: Any, check_form_token: Callable[[Any, str], None]) -> None:
    from habeas.web.app import permit

    @app.get("/testimony", response_class=HTMLResponse, include_in_schema=False)
    @permit("testimony.read")
    def testimony_list(request: Request, caller: caller_dep, case: str = "") -> Response:
        records = testimony_service.list_testimonies(Caller(store, caller.name), case or None)
        return render(request, "testimony_list.html", records=records, case=case)

    @app.get("/testimony/{record_id}", response_class=HTMLResponse, include_in_schema=False)
    @permit("testimony.read")
    def testimony_page(request: Request, caller: caller_dep, record_id: str) -> Response:
        record = testimony_service.show_testimony(Caller(store, caller.name), record_id)
        return render(request, "testimony.html", r=record, opened=None, reason="")

    @app.get("/testimony/{record_id}/unseal", response_class=HTMLResponse, include_in_schema=False)
    @permit("unseal")
    def unseal_page(request: Request, caller: step_up_dep, record_id: str) -> Response:
        """The unseal form; getting here needs a fresh one-time code (the step-up page comes first)."""
        record = testimony_service.show_testimony(Caller(store, caller.name), record_id)
        return render(request, "testimony.html", r=record, opened=None, reason="", unsealing=True)

    @app.post("/testimony/{record_id}/unseal", response_class=HTMLResponse, include_in_schema=False)
    @permit("unseal", form_csrf=True)
    def unseal_form(request: Request, caller: step_up_dep, record_id: str, passphrase: Annotated[str, Form()],
                    reason: Annotated[str, Form()], csrf_token: Annotated[str, Form()]) -> Response:
        check_form_token(caller, csrf_token)
        sessions = request.app.state.sessions
        opened = testimony_service.unseal(Caller(store, caller.name), record_id, reason=reason.strip(), passphrase=passphrase, second_factor=lambda: bool(sessions.is_stepped_up(caller.session)))
        record = testimony_service.show_testimony(Caller(store, caller.name), record_id)
        return render(request, "testimony.html", r=record, opened=opened["fields"], reason=reason.strip())
