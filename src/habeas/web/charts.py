"""The geometry of the SVG charts the pages draw on the server (no script needed to read them):
pure functions from the services' data to coordinates, ticks and sizes. The templates draw them.

- ``claims_chart``: figures on a value axis, a row each (a dot at the value, a bar over a range);
- ``claims_time_chart``: the same figures on a time axis;
- ``timeline_chart``: events on a time axis, stacked where they would overlap.

The network is laid out in the browser (app.js), not here."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from habeas.services.analysis import Claim, ClaimGroup, TimelineEvent

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


def claims_chart(group: ClaimGroup) -> dict[str, Any]:
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
        rows.append(
            {
                "y": y,
                "x": LABEL_WIDTH + pos(c["value"]) * plot,
                "x1": LABEL_WIDTH + pos(low) * plot,
                "x2": LABEL_WIDTH + pos(high) * plot,
                "claim": c,
                "label": (c.get("title") or c["document_id"])[:32] + (f" · {c['date']}" if c.get("date") else ""),
                "value": _figure(c),
            }
        )
    return {
        "rows": rows,
        "log": log,
        "height": 40 + len(claims) * ROW,
        "ticks": [{"x": LABEL_WIDTH + pos(t) * plot, "label": _short(t)} for t in ticks],
    }


TIME_HEIGHT = 220


def claims_time_chart(group: ClaimGroup) -> dict[str, Any]:
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
        points.append(
            {
                "x": x_of((start + end) / 2),
                "x1": x_of(start),
                "x2": x_of(end),
                "y": y_of(c["value"]),
                "y1": y_of(high),
                "y2": y_of(low),
                "claim": c,
                "value": _figure(c),
            }
        )
    every = max(1, math.ceil((last - first) / 10))
    return {
        "points": points,
        "height": TIME_HEIGHT,
        "left": left,
        "right": right,
        "bottom": bottom,
        "top": top,
        "log": log,
        "xticks": [{"x": x_of(y), "label": str(y)} for y in range(first, last + 1, every)],
        "yticks": [{"y": y_of(t), "label": _short(t)} for t in ticks],
    }


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


def _figure(c: Claim) -> str:
    value = f"{c['low']:,}–{c['high']:,}" if c["low"] is not None and c["high"] is not None else f"{c['value']:,}"
    qualifier = c.get("qualifier")
    return f"{qualifier + ' ' if qualifier else ''}{value}"


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


def timeline_chart(events: list[TimelineEvent]) -> dict[str, Any]:
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
    ticks = [
        {"x": margin + (yr - first) / (last - first) * plot, "label": str(yr)} for yr in range(first, last + 1, every)
    ]
    return {"points": points, "ticks": ticks, "height": height, "width": width, "axis": axis}
