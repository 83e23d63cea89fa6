"""Pages and API over the analysis services: entity dossiers with merge and split, claims drawn
side by side, the timeline on a time axis, the co-occurrence network. Charts are SVG drawn on the
server (no script needed to read them); the network is laid out and made interactive by app.js."""

import math
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import FastAPI, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup, escape
from pydantic import BaseModel

from habeas.analyse.tables import TYPE_LABELS
from habeas.services import Caller, documents, exports
from habeas.services import analysis as analysis
from habeas.store.store import Store

ENTITY_TYPES = ["person", "organization", "public_body", "facility", "place", "law"]
ENTITY_PAGE = 500
MERGE_CHOICES = 300
SIDE_LIST = 25  # claims and events shown beside a dossier's mentions; "?all=1" shows every one
Limit = Annotated[int, Query(ge=0, le=1000)]
Offset = Annotated[int, Query(ge=0, le=2**31)]


class MergeBody(BaseModel):
    other: str


class SplitBody(BaseModel):
    alias: str


class CandidateDecision(BaseModel):
    first: str
    second: str
    decision: str  # "same" or "distinct"


def mention_snippet(snippet: str) -> Markup:
    """A dossier snippet, where the mention is in [brackets], with the mention marked."""
    left, _, rest = snippet.partition("[")
    inside, _, right = rest.rpartition("]")
    if not _:
        return escape(snippet)
    marked = f"{escape(left)}<mark>{escape(inside)}</mark>{escape(right)}"
    return Markup(marked)  # nosec B704  # every part escaped


# -- charts ------------------------------------------------------------------------------------------

CHART_WIDTH = 760
LABEL_WIDTH = 300
ROW = 28



def _value_scale(lo: float, hi: float, steps: int) -> tuple[bool, Callable[[float], float], list[float]]:
    """A value axis from ``lo`` to ``hi`` (both > 0): whether it is logarithmic (the values span more
    than two orders of magnitude), the fraction of the axis at which a value sits, and the ticks."""
    if hi / lo > 100:
        lo_t = math.floor(math.log10(lo))
        hi_t = max(math.ceil(math.log10(hi)), lo_t + 1)

        def log_frac(v: float) -> float:
            return (math.log10(max(v, 10**lo_t)) - lo_t) / (hi_t - lo_t)

        return True, log_frac, [10.0**e for e in range(lo_t, hi_t + 1)]
    step = _nice_step(hi / steps)
    ceiling = step * math.ceil(hi / step)

    def linear_frac(v: float) -> float:
        return v / ceiling if ceiling else 0

    return False, linear_frac, [step * i for i in range(round(ceiling / step) + 1)]

def claims_chart(group: dict[str, Any]) -> dict[str, Any]:
    """Geometry of one group of claims: a row per claim, a dot at its value and a bar over its range,
    on a shared axis (logarithmic when the values span more than two orders of magnitude)."""
    claims = group["claims"]
    values = [v for c in claims for v in (c["value"], c["low"], c["high"]) if v is not None and v > 0]
    if not values:
        return {"rows": [], "ticks": [], "height": 0, "log": False}
    log, pos, ticks = _value_scale(min(values), max(values), steps=5)
    plot = CHART_WIDTH - LABEL_WIDTH - 80
    rows = []
    for i, c in enumerate(claims):
        y = 20 + i * ROW
        low = c["low"] if c["low"] is not None else c["value"]
        high = c["high"] if c["high"] is not None else c["value"]
        rows.append({"y": y, "x": LABEL_WIDTH + pos(c["value"]) * plot, "x1": LABEL_WIDTH + pos(low) * plot,
                     "x2": LABEL_WIDTH + pos(high) * plot, "claim": c,
                     "label": (c.get("title") or c["document_id"])[:32] + (f" · {c['date']}" if c.get("date") else ""),
                     "value": _figure(c)})
    return {"rows": rows, "log": log, "height": 40 + len(claims) * ROW,
            "ticks": [{"x": LABEL_WIDTH + pos(t) * plot, "label": _short(t)} for t in ticks]}


TIME_HEIGHT = 220


def claims_time_chart(group: dict[str, Any]) -> dict[str, Any]:
    """The same figures on a time axis: x is when the figure held (its sentence's date, else its
    document's), drawn as a dot on a day, a bar over a month or a year; y is the value (a vertical
    bar for a range), logarithmic when the values span more than two orders of magnitude."""
    dated = []
    for c in group["claims"]:
        span = _year_span(c.get("date"), c.get("precision"))
        if span is not None and c["value"] is not None and c["value"] > 0:
            dated.append((span, c))
    if not dated:
        return {"points": [], "xticks": [], "yticks": [], "height": 0}
    first = math.floor(min(s[0] for s, _c in dated))
    last = max(math.ceil(max(s[1] for s, _c in dated)), first + 1)
    values = [v for _s, c in dated for v in (c["value"], c["low"], c["high"]) if v is not None and v > 0]
    lo, hi = min(values), max(values)
    left, right, top, bottom = 70, CHART_WIDTH - 20, 14, TIME_HEIGHT - 26
    log, frac, ticks = _value_scale(lo, hi, steps=4)

    def x_of(year: float) -> float:
        return left + (year - first) / (last - first) * (right - left)

    def y_of(v: float) -> float:
        return bottom - frac(v) * (bottom - top)

    points = []
    for (start, end), c in dated:
        low = c["low"] if c["low"] is not None else c["value"]
        high = c["high"] if c["high"] is not None else c["value"]
        points.append({"x": x_of((start + end) / 2), "x1": x_of(start), "x2": x_of(end), "y": y_of(c["value"]),
                       "y1": y_of(high), "y2": y_of(low), "claim": c, "value": _figure(c)})
    every = max(1, math.ceil((last - first) / 10))
    return {"points": points, "height": TIME_HEIGHT, "left": left, "right": right, "bottom": bottom, "top": top,
            "log": log, "xticks": [{"x": x_of(y), "label": str(y)} for y in range(first, last + 1, every)],
            "yticks": [{"y": y_of(t), "label": _short(t)} for t in ticks]}


def _year_span(value: str | None, precision: str | None) -> tuple[float, float] | None:
    """The stretch of time a date covers, in fractional years: a whole year, a month, or a day."""
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        if precision == "year" or len(parts) == 1:
            return float(year), float(year + 1)
        month = int(parts[1])
        if precision == "month" or len(parts) == 2:
            return year + (month - 1) / 12, year + month / 12
        start = _year(value)
    except (ValueError, IndexError):
        return None
    return (start, start + 1 / 366) if start is not None else None


def _nice_step(raw: float) -> float:
    if raw <= 0:
        return 1
    power = 10.0 ** math.floor(math.log10(raw))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def _short(v: float) -> str:
    for size, suffix in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if v >= size:
            return f"{v / size:g}{suffix}"
    return f"{v:g}"


def _figure(c: dict[str, Any]) -> str:
    value = f"{c['low']:,}–{c['high']:,}" if c["low"] is not None and c["high"] is not None else f"{c['value']:,}"
    return f"{c['qualifier'] + ' ' if c.get('qualifier') else ''}{value}"


def _year(text: str) -> float | None:
    """A date of the form YYYY, YYYY-MM or YYYY-MM-DD as a fractional year."""
    parts = text.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 7
        day = int(parts[2]) if len(parts) > 2 else 15
        start = date(year, 1, 1)
        return float(year + (date(year, month, min(day, 28)) - start).days / 366)
    except (ValueError, IndexError):
        return None


def timeline_chart(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Events on a time axis: one dot each, stacked upwards where they would overlap."""
    dated = [(y, e) for e in events if (y := _year(e["date"] or "")) is not None]
    if not dated:
        return {"points": [], "ticks": [], "height": 0, "width": CHART_WIDTH}
    first, last = math.floor(min(y for y, _ in dated)), math.ceil(max(y for y, _ in dated))
    last = max(last, first + 1)
    width, margin = CHART_WIDTH + 200, 30
    plot = width - 2 * margin
    every = max(1, math.ceil((last - first) / 12))
    points: list[dict[str, Any]] = []
    lanes: list[float] = []  # the last x used on each row
    for y, event in sorted(dated, key=lambda ye: ye[0]):
        x = margin + (y - first) / (last - first) * plot
        lane = next((i for i, used in enumerate(lanes) if x - used >= 12), len(lanes))
        if lane == len(lanes):
            lanes.append(x)
        lanes[lane] = x
        points.append({"x": x, "lane": lane, "event": event})
    height = 60 + 14 * max(1, len(lanes))
    axis = height - 30
    for p in points:
        p["y"] = axis - 12 - 14 * int(p["lane"])
    ticks = [{"x": margin + (yr - first) / (last - first) * plot, "label": str(yr)}
             for yr in range(first, last + 1, every)]
    return {"points": points, "ticks": ticks, "height": height, "width": width, "axis": axis}


# -- routes ------------------------------------------------------------------------------------------


def add_routes(app: FastAPI, store: Store, render: Callable[..., HTMLResponse], caller_dep: Any,
               check_form_token: Callable[[Any, str], None]) -> None:
    from habeas.web.app import permit

    def as_400(run: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        try:
            return run()
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from exc

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    @permit("read")
    def entities_page(request: Request, caller: caller_dep, type: str = "", q: str = "") -> Response:
        rows = analysis.list_entities(Caller(store, caller.name), type_=type or None, q=q or None, limit=ENTITY_PAGE)
        total = analysis.count_entities(Caller(store, caller.name), type_=type or None, q=q or None)
        return render(request, "entities.html", entities=rows, total=total, type=type, q=q,
                      types=ENTITY_TYPES, labels=TYPE_LABELS)

    @app.get("/api/entities", tags=["entities"])
    @permit("read")
    def api_entities(caller: caller_dep, type: str | None = None, q: str | None = None, limit: Limit = ENTITY_PAGE,
                     offset: Offset = 0) -> dict[str, Any]:
        """Entities the documents name, most mentioned first; ``q``: a part of any of their names."""
        return {"total": analysis.count_entities(Caller(store, caller.name), type_=type, q=q),
                "entities": analysis.list_entities(Caller(store, caller.name), type_=type, q=q, limit=limit, offset=offset)}

    @app.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    @permit("read")
    def dossier_page(request: Request, caller: caller_dep, entity_id: str, offset: Offset = 0,
                     everything: Annotated[bool, Query(alias="all")] = False) -> Response:
        dossier = analysis.entity_dossier(Caller(store, caller.name), entity_id, limit=analysis.MENTION_PAGE, offset=offset)
        titles = documents.document_family(Caller(store), sorted({m["document_id"] for m in dossier["mentions"]}))
        others = [e for e in analysis.list_entities(Caller(store, caller.name), type_=dossier["type"], limit=MERGE_CHOICES + 1)
                  if e["id"] != dossier["id"]][:MERGE_CHOICES] \
            if caller.can("decide") else []  # names to merge with, only for those who may
        return render(request, "entity.html", e=dossier, titles=titles, others=others, labels=TYPE_LABELS,
                      snippet=mention_snippet, next_offset=offset + len(dossier["mentions"]),
                      page_size=analysis.MENTION_PAGE, side=None if everything else SIDE_LIST)

    @app.get("/entities/{entity_id}/mentions", response_class=HTMLResponse, include_in_schema=False)
    @permit("read")
    def mentions_fragment(request: Request, caller: caller_dep, entity_id: str, offset: Offset = 0) -> Response:
        """The next page of a dossier's mentions, as list items (htmx swaps them in)."""
        page = analysis.entity_mention_page(Caller(store, caller.name), entity_id, offset=offset)
        titles = documents.document_family(Caller(store), sorted({m["document_id"] for m in page["mentions"]}))
        return render(request, "_mentions.html", e=page, mentions=page["mentions"], titles=titles,
                      snippet=mention_snippet, next_offset=offset + len(page["mentions"]),
                      page_size=analysis.MENTION_PAGE)

    @app.get("/entities/{entity_id}/dossier.pdf", include_in_schema=False)
    @permit("read")
    def dossier_pdf(caller: caller_dep, entity_id: str) -> Response:
        """The printable dossier of ``habeas dossier --pdf``: every statement cited with the file's SHA-256."""
        from habeas.export import dossier

        data = exports.entity_dossier_data(Caller(store, caller.name), entity_id)
        exports.audit_export(Caller(store, caller.name), "export.dossier", target=entity_id, details={"statements": len(data["mentions"]), "documents": len(data["documents"])})
        pdf = dossier.pdf_bytes(data)
        return Response(pdf, media_type="application/pdf",
                        headers={"Content-Disposition": f'attachment; filename="dossier-{entity_id}.pdf"'})

    @app.get("/api/entities/{entity_id}", tags=["entities"])
    @permit("read")
    def api_dossier(caller: caller_dep, entity_id: str,
                    limit: Limit = analysis.MENTION_PAGE, offset: Offset = 0) -> dict[str, Any]:
        """An entity's dossier: names, a page of its mentions with their places (``mention_count`` in
        all; ``limit``/``offset`` page them), related entities, claims, events."""
        return analysis.entity_dossier(Caller(store, caller.name), entity_id, limit=limit, offset=offset)

    @app.get("/api/entities/{entity_id}/mentions", tags=["entities"])
    @permit("read")
    def api_mentions(caller: caller_dep, entity_id: str,
                     limit: Limit = analysis.MENTION_PAGE, offset: Offset = 0) -> dict[str, Any]:
        """A page of an entity's mentions, in document order."""
        return analysis.entity_mention_page(Caller(store, caller.name), entity_id, limit=limit, offset=offset)

    @app.post("/entities/{entity_id}/merge", include_in_schema=False)
    @permit("decide", form_csrf=True)
    def merge_form(caller: caller_dep, entity_id: str, other: Annotated[str, Form()],
                   csrf_token: Annotated[str, Form()]) -> Response:
        check_form_token(caller, csrf_token)
        merged = as_400(lambda: analysis.merge_entities(Caller(store, caller.name), entity_id, other))
        return RedirectResponse(f"/entities/{merged['id']}", status_code=303)

    @app.post("/api/entities/{entity_id}/merge", tags=["entities"])
    @permit("decide")
    def api_merge(caller: caller_dep, entity_id: str, body: MergeBody) -> dict[str, Any]:
        """Decide that two entities are one (``other``: a name or id). Stored, audited, applied now."""
        return as_400(lambda: analysis.merge_entities(Caller(store, caller.name), entity_id, body.other))

    @app.post("/entities/{entity_id}/split", include_in_schema=False)
    @permit("decide", form_csrf=True)
    def split_form(caller: caller_dep, entity_id: str, alias: Annotated[str, Form()],
                   csrf_token: Annotated[str, Form()]) -> Response:
        check_form_token(caller, csrf_token)
        result = as_400(lambda: analysis.split_entity(Caller(store, caller.name), entity_id, alias))
        rest = result["rest"] or result["split"]
        return RedirectResponse(f"/entities/{rest[0]['id']}" if rest else "/entities", status_code=303)

    @app.post("/api/entities/{entity_id}/split", tags=["entities"])
    @permit("decide")
    def api_split(caller: caller_dep, entity_id: str, body: SplitBody) -> dict[str, Any]:
        """Decide that ``alias`` names something else than the rest of the entity."""
        return as_400(lambda: analysis.split_entity(Caller(store, caller.name), entity_id, body.alias))

    @app.post("/review/entities", include_in_schema=False)
    @permit("decide", form_csrf=True)
    def candidate_form(caller: caller_dep, first: Annotated[str, Form()], second: Annotated[str, Form()],
                       decision: Annotated[str, Form()], csrf_token: Annotated[str, Form()]) -> Response:
        check_form_token(caller, csrf_token)
        as_400(lambda: analysis.decide_candidate(Caller(store, caller.name), first, second, decision))
        return RedirectResponse("/review", status_code=303)

    @app.get("/api/review/entities", tags=["review"])
    @permit("decide")
    def api_candidates(caller: caller_dep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Pairs of entities with close names that were not merged automatically, best first."""
        return analysis.merge_candidates(Caller(store, caller.name), limit=limit, offset=offset)

    @app.post("/api/review/entities", tags=["review"])
    @permit("decide")
    def api_candidate_decide(caller: caller_dep, body: CandidateDecision) -> dict[str, Any]:
        """Decide a proposed pair: ``same`` merges the two entities, ``distinct`` keeps them apart and
        stops the pair being proposed again. Stored, audited, kept through re-analysis."""
        return as_400(lambda: analysis.decide_candidate(Caller(store, caller.name), body.first, body.second, body.decision))

    @app.get("/api/entities/{entity_id}/network", tags=["entities"])
    @permit("read")
    def api_network(caller: caller_dep, entity_id: str, depth: int = 1) -> dict[str, Any]:
        """Entities named in the same sentences, ``depth`` steps out, with how often each pair is."""
        return analysis.entity_network(Caller(store, caller.name), entity_id, depth=depth)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    @permit("read")
    def network_page(request: Request, caller: caller_dep, entity: str = "") -> Response:
        center = analysis.entity_mention_page(Caller(store, caller.name), entity, limit=0) if entity else None
        top = [] if center else analysis.list_entities(Caller(store, caller.name), limit=30)
        return render(request, "network.html", center=center, top=top, labels=TYPE_LABELS)

    @app.get("/claims", response_class=HTMLResponse, include_in_schema=False)
    @permit("read")
    def claims_page(request: Request, caller: caller_dep, about: str = "") -> Response:
        result = analysis.list_claims(Caller(store, caller.name), about=about or None)
        groups = [{**g, "chart": claims_chart(g), "time": claims_time_chart(g)} for g in result["groups"]]
        return render(request, "claims.html", groups=groups, about=about)

    @app.get("/api/claims", tags=["claims"])
    @permit("read")
    def api_claims(caller: caller_dep, about: str | None = None) -> dict[str, Any]:
        """Figures found in the documents, grouped by what they count, each with its sentence."""
        return analysis.list_claims(Caller(store, caller.name), about=about)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    @permit("read")
    def timeline_page(request: Request, caller: caller_dep, entity: str = "") -> Response:
        events = analysis.timeline(Caller(store, caller.name), entity=entity or None)["events"]
        titles = documents.document_family(Caller(store), sorted({e["document_id"] for e in events}))
        return render(request, "timeline.html", events=events, chart=timeline_chart(events), entity=entity,
                      titles=titles)

    @app.get("/api/timeline", tags=["timeline"])
    @permit("read")
    def api_timeline(caller: caller_dep, entity: str | None = None) -> dict[str, Any]:
        """Dated events in order, each with its sentence, document and the entities it names."""
        return analysis.timeline(Caller(store, caller.name), entity=entity)
