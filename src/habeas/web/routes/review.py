"""Review: what waits for a person's decision. Pairs of entities with close names that were not
merged automatically, and pairs of table rows that may be about the same person (record linkage).

The ``/review/entities`` routes come before ``/review/{pair_id}``, which would match them too."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from habeas import vocab
from habeas.services import analysis, linkage, workbench
from habeas.web.deps import Limit, Offset, VisitorDep, as_400, check_form_token, permit, render

router = APIRouter()
REVIEW_PAGE = 50


class CandidateDecision(BaseModel):
    first: str
    second: str
    decision: str  # "same" or "distinct"


class DecisionBody(BaseModel):
    decision: str


# -- entities with close names ---------------------------------------------------------------------


@router.post("/review/entities", include_in_schema=False)
@permit("decide", form_csrf=True)
def candidate_form(
    visitor: VisitorDep,
    first: Annotated[str, Form()],
    second: Annotated[str, Form()],
    decision: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()],
) -> Response:
    check_form_token(visitor, csrf_token)
    as_400(lambda: analysis.decide_candidate(visitor.ctx, first, second, decision))
    return RedirectResponse("/review", status_code=303)


@router.post("/review/entities/many", include_in_schema=False)
@permit("decide", form_csrf=True)
def candidates_form(
    visitor: VisitorDep,
    decision: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()],
    pairs: Annotated[list[str], Form()] = [],
) -> Response:
    """Decide every ticked pair the same way."""
    check_form_token(visitor, csrf_token)
    chosen = [tuple(p.split("|", 1)) for p in pairs if "|" in p]
    decided = as_400(lambda: workbench.decide_candidates(visitor.ctx, [(a, b) for a, b in chosen], decision))
    return RedirectResponse(f"/review?decided={decided}", status_code=303)


@router.get("/api/review/entities", tags=["review"])
@permit("decide")
def api_candidates(visitor: VisitorDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Pairs of entities with close names that were not merged automatically, best first."""
    return dict(analysis.merge_candidates(visitor.ctx, limit=limit, offset=offset))


@router.post("/api/review/entities", tags=["review"])
@permit("decide")
def api_candidate_decide(visitor: VisitorDep, body: CandidateDecision) -> dict[str, Any]:
    """Decide a proposed pair: ``same`` merges the two entities, ``distinct`` keeps them apart and
    stops the pair being proposed again. Stored, audited, kept through re-analysis."""
    return dict(as_400(lambda: analysis.decide_candidate(visitor.ctx, body.first, body.second, body.decision)))


# -- the page, and pairs of table rows ------------------------------------------------------------------


@router.get("/review", response_class=HTMLResponse, include_in_schema=False)
@permit("decide")
def review_page(request: Request, visitor: VisitorDep, decided: int = 0) -> Response:
    return render(
        request,
        "review.html",
        done=f"Decided {decided} pair{'' if decided == 1 else 's'}." if decided else "",
        pairs=linkage.link_review_queue(visitor.ctx, limit=REVIEW_PAGE, role=visitor.role),
        candidates=analysis.merge_candidates(visitor.ctx, limit=REVIEW_PAGE),
        labels=vocab.TYPE_LABELS,
    )


@router.post("/review/{pair_id}", include_in_schema=False)
@permit("decide", form_csrf=True)
def review_form(
    visitor: VisitorDep, pair_id: int, decision: Annotated[str, Form()], csrf_token: Annotated[str, Form()]
) -> Response:
    check_form_token(visitor, csrf_token)
    linkage.link_decide(visitor.ctx, pair_id, decision, visitor.role)
    return RedirectResponse("/review", status_code=303)


@router.get("/api/review", tags=["review"])
@permit("decide")
def api_review(visitor: VisitorDep, limit: int = REVIEW_PAGE) -> dict[str, Any]:
    """Pairs of table rows that may be about the same person, waiting for a person's decision."""
    return {"pairs": linkage.link_review_queue(visitor.ctx, limit=max(1, min(limit, 500)), role=visitor.role)}


@router.post("/api/review/{pair_id}", tags=["review"])
@permit("decide")
def api_review_decide(visitor: VisitorDep, pair_id: int, body: DecisionBody) -> dict[str, Any]:
    """Decide a pair: ``same``, ``different`` or ``unsure``. A person's decision wins over the machine."""
    return dict(linkage.link_decide(visitor.ctx, pair_id, body.decision, visitor.role))
