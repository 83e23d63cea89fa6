"""Tags, notes, stars and titles on documents and entities (the workbench): the panel the document
and entity pages show, its forms, the tags page and the JSON API.

Tags and notes organise evidence; they never rate people. Those on a person stay in the app: the
person's own page shows them, but no list, API answer or export does."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from habeas.services import workbench
from habeas.web.deps import VisitorDep, check_form_token, local, permit, render

router = APIRouter()
Back = Annotated[str, Form()]
Token = Annotated[str, Form()]


class TagBody(BaseModel):
    tag: str


class NoteBody(BaseModel):
    text: str


class StarBody(BaseModel):
    on: bool = True


def _back(back: str) -> RedirectResponse:
    return RedirectResponse(local(back).split("#")[0] + "#annotations", status_code=303)


@router.get("/annotations/{target}", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def panel(request: Request, visitor: VisitorDep, target: str, back: str = "") -> Response:
    """The tags, notes and star of a document or entity, as the panel its page loads."""
    return render(
        request,
        "_annotations.html",
        a=workbench.annotations_of(visitor.ctx, target),
        back=local(back or request.url.path),
    )


@router.post("/annotations/{target}/tags", include_in_schema=False)
@permit("annotate", form_csrf=True)
def tag_form(visitor: VisitorDep, target: str, tag: Annotated[str, Form()], back: Back, csrf_token: Token) -> Response:
    check_form_token(visitor, csrf_token)
    workbench.add_tag(visitor.ctx, target, tag)
    return _back(back)


@router.post("/annotations/{target}/tags/remove", include_in_schema=False)
@permit("annotate", form_csrf=True)
def untag_form(
    visitor: VisitorDep, target: str, tag: Annotated[str, Form()], back: Back, csrf_token: Token
) -> Response:
    check_form_token(visitor, csrf_token)
    workbench.remove_tag(visitor.ctx, target, tag)
    return _back(back)


@router.post("/annotations/{target}/notes", include_in_schema=False)
@permit("annotate", form_csrf=True)
def note_form(
    visitor: VisitorDep, target: str, text: Annotated[str, Form()], back: Back, csrf_token: Token
) -> Response:
    check_form_token(visitor, csrf_token)
    workbench.add_note(visitor.ctx, target, text)
    return _back(back)


@router.post("/notes/{note_id}/delete", include_in_schema=False)
@permit("annotate", form_csrf=True)
def note_delete_form(visitor: VisitorDep, note_id: int, back: Back, csrf_token: Token) -> Response:
    check_form_token(visitor, csrf_token)
    workbench.delete_note(visitor.ctx, note_id)
    return _back(back)


@router.post("/annotations/{target}/star", include_in_schema=False)
@permit("star", form_csrf=True)
def star_form(visitor: VisitorDep, target: str, on: Annotated[bool, Form()], back: Back, csrf_token: Token) -> Response:
    check_form_token(visitor, csrf_token)
    workbench.star(visitor.ctx, target, on=on)
    return _back(back)


@router.post("/annotations/{target}/title", include_in_schema=False)
@permit("annotate", form_csrf=True)
def title_form(
    visitor: VisitorDep,
    target: str,
    back: Back,
    csrf_token: Token,
    title: Annotated[str, Form()] = "",
    reset: Annotated[bool, Form()] = False,
) -> Response:
    check_form_token(visitor, csrf_token)
    if reset:
        workbench.reset_title(visitor.ctx, target)
    else:
        workbench.set_title(visitor.ctx, target, title)
    return _back(back)


@router.get("/tags", response_class=HTMLResponse, include_in_schema=False)
@permit("read")
def tags_page(request: Request, visitor: VisitorDep) -> Response:
    return render(request, "tags.html", tags=workbench.tag_counts(visitor.ctx), quote=quote)


# -- the JSON API: never a person's tags or notes ------------------------------------------------


@router.get("/api/tags", tags=["workbench"])
@permit("read")
def api_tags(visitor: VisitorDep, case: str | None = None) -> list[dict[str, Any]]:
    """Every tag, with how many documents and entities carry it (tags on people are not counted)."""
    return [dict(t) for t in workbench.tag_counts(visitor.ctx, case)]


@router.get("/api/annotations/{target}", tags=["workbench"])
@permit("read")
def api_annotations(visitor: VisitorDep, target: str) -> dict[str, Any]:
    """A document's or an entity's tags, notes and your star. A person's are refused (403): they stay in the app."""
    return dict(workbench.annotations_of(visitor.ctx, target, leaving=True))


@router.post("/api/annotations/{target}/tags", tags=["workbench"])
@permit("annotate")
def api_tag(visitor: VisitorDep, target: str, body: TagBody) -> dict[str, Any]:
    """Tag a document or an entity (audited by field name)."""
    return _leaving(workbench.add_tag(visitor.ctx, target, body.tag))


@router.post("/api/annotations/{target}/notes", tags=["workbench"])
@permit("annotate")
def api_note(visitor: VisitorDep, target: str, body: NoteBody) -> dict[str, Any]:
    """Add a note (the audit log records that a note was added, never its text)."""
    return _leaving(workbench.add_note(visitor.ctx, target, body.text))


@router.post("/api/annotations/{target}/star", tags=["workbench"])
@permit("star")
def api_star(visitor: VisitorDep, target: str, body: StarBody) -> dict[str, Any]:
    """Star (or with ``on`` false, unstar) a document or an entity, for yourself."""
    return _leaving(workbench.star(visitor.ctx, target, on=body.on))


def _leaving(found: workbench.Annotations) -> dict[str, Any]:
    """What an API write answers: a person's tags and notes left out."""
    if found["person"]:
        return {"kind": found["kind"], "id": found["id"], "person": True, "starred": found["starred"]}
    return dict(found)
