"""The geometry of the SVG charts the pages draw on the server (no script needed to read them):
pure functions from the services' data to coordinates, ticks and sizes. The templates draw them.

- ``claims_chart``: figures on a value axis, a row each (a dot at the value, a bar over a range);
- ``claims_time_chart``: the same figures on a time axis;
- ``timeline_view``: events on a time axis at one zoom (years, the months of a year, the days of a
  month): one by one with their labels when few, else grouped, a bar per year, month or day.

Labels never overlap, by construction: each is placed only where its estimated width
(``text_width``, generous) leaves room. The network is laid out in the browser (pictures.js, with
the vendored Cytoscape.js), not here."""

from __future__ import annotations

import calendar
import math
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from habeas.errors import InvalidInput
from habeas.vocab import MONTH_ABBREVIATIONS, MONTH_NAMES

if TYPE_CHECKING:
    from habeas.services.analysis import Claim, ClaimGroup, TimelineEvent

CHART_WIDTH = 760
LABEL_WIDTH = 300
ROW = 28
FONT = 11  # px: the labels' font size (.chart .tick, .chart .label in the style sheet)


def text_width(text: str, size: float = FONT) -> float:
    """A generous estimate of the width of ``text`` in pixels at ``size``: wide characters (Chinese)
    a full em, capitals and m/w three quarters, the rest 0.6 em. Labels kept this far apart never touch."""

    def em(ch: str) -> float:
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            return 1.0
        return 0.78 if ch.isupper() or ch in "mwMW@%" else 0.6

    return sum(em(ch) for ch in text) * size


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
    on a shared axis (logarithmic when the values span more than two orders of magnitude). Each
    figure is written in full ("more than 1,000,000") in a column of its own on the right, wide
    enough for the widest; the source's label is cut to fit its column."""
    claims = group["claims"]
    values = [v for c in claims for v in (c["value"], c["low"], c["high"]) if v is not None and v > 0]
    if not values:
        return {"rows": [], "ticks": [], "height": 0, "log": False, "width": CHART_WIDTH}
    log, pos, ticks = _value_scale(min(values), max(values), steps=5)
    figures = [_figure(c) for c in claims]
    value_column = min(max(text_width(f, 12) for f in figures) + 16, 260)
    left, right = LABEL_WIDTH, CHART_WIDTH - value_column - 16
    plot = right - left
    rows = []
    for i, c in enumerate(claims):
        y = 20 + i * ROW
        low = c["low"] if c["low"] is not None else c["value"]
        high = c["high"] if c["high"] is not None else c["value"]
        label = (c.get("title") or c["document_id"])[:32] + (f" · {c['date']}" if c.get("date") else "")
        rows.append(
            {
                "y": y,
                "x": left + pos(c["value"]) * plot,
                "x1": left + pos(low) * plot,
                "x2": left + pos(high) * plot,
                "claim": c,
                "label": _fit(label, LABEL_WIDTH - 12, 12),
                "value": figures[i],
            }
        )
    return {
        "rows": rows,
        "log": log,
        "width": CHART_WIDTH,
        "value_x": CHART_WIDTH - 6,
        "height": 40 + len(claims) * ROW,
        "ticks": _spaced([{"x": left + pos(t) * plot, "label": _full(t)} for t in ticks]),
    }


def _fit(text: str, width: float, size: float) -> str:
    """``text`` cut (with an ellipsis) to fit ``width`` pixels at ``size``."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _spaced(
    ticks: list[dict[str, Any]], size: float = FONT, keep_clear: tuple[float, float] = (0, CHART_WIDTH)
) -> list[dict[str, Any]]:
    """Horizontal ticks with a label each (centred on ``lx``, else ``x``) where it misses the labels
    kept before it and stays between the bounds ``keep_clear`` (the rest keep their grid line,
    unlabelled): labels in full never overlap, nor leave the chart."""
    taken: list[tuple[float, float]] = [(-1e9, keep_clear[0]), (keep_clear[1], 1e9)]
    for t in ticks:
        w = text_width(t["label"], size)
        x = t.setdefault("lx", t["x"])
        if not _place((x - w / 2 - 4, x + w / 2 + 4), taken):
            t["label"] = ""
    return ticks


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
    log, frac, ticks = _value_scale(lo, hi, steps=4)
    left = max(40.0, max(text_width(_full(t)) for t in ticks) + 14)
    right, top, bottom = CHART_WIDTH - 20, 14, TIME_HEIGHT - 26

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
        "xticks": _spaced(
            [
                {"x": x_of(y), "lx": x_of(y + 0.5) if every == 1 else x_of(y), "label": str(y) if y < last else ""}
                for y in range(first, last + 1, every)
            ],
            keep_clear=(left - 4, right + 10),
        ),
        "yticks": [{"y": y_of(t), "label": _full(t)} for t in ticks],
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


def _full(v: float) -> str:
    """A value in full, with thousands separators: 1,000,000, never "1m"."""
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,g}"


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


# -- the timeline: zoomed from years to months to days, grouped where dense -----------------------------------------

TIMELINE_WIDTH = 960
TIMELINE_MARGIN = 30
BAR_HEIGHT = 120  # the tallest group's bar
LANE = 18  # the height of a row of event labels
MAX_LANES = 10
LABELLED_EVENTS = 40  # at most this many events are drawn one by one, each with its label
MONTHS = MONTH_ABBREVIATIONS  # the labels of a year's months
_TICK_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000)


class Zoom(NamedTuple):
    """What the timeline shows: every year, the months of one year, or the days of one month."""

    level: str  # "years", "months" or "days"
    year: int | None = None
    month: int | None = None

    @property
    def key(self) -> str:
        if self.year is None:
            return ""
        return f"{self.year:04d}" if self.month is None else f"{self.year:04d}-{self.month:02d}"

    @property
    def title(self) -> str:
        if self.year is None:
            return "All years"
        return str(self.year) if self.month is None else f"{MONTH_NAMES[self.month - 1]} {self.year}"

    def contains(self, day: str) -> bool:
        return day.startswith(self.key)

    def step(self, by: int) -> Zoom:
        """The year or month before (``by`` = -1) or after (+1) this one."""
        if self.year is None:
            return self
        if self.month is None:
            return Zoom("months", self.year + by)
        months = self.year * 12 + self.month - 1 + by
        return Zoom("days", months // 12, months % 12 + 1)


def parse_zoom(at: str) -> Zoom:
    """``""`` (every year), ``YYYY`` (its months) or ``YYYY-MM`` (its days), as the timeline's ``at``."""
    parts = at.strip().split("-") if at.strip() else []
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        numbers = []
    if not parts:
        return Zoom("years")
    if len(parts) == 1 and numbers and len(parts[0]) == 4:
        return Zoom("months", numbers[0])
    if len(parts) == 2 and numbers and len(parts[0]) == 4 and 1 <= numbers[1] <= 12:
        return Zoom("days", numbers[0], numbers[1])
    raise InvalidInput(f"timeline: {at!r} is not a year (2019) or a month (2019-05)")


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _axis(zoom: Zoom, first: int, last: int) -> tuple[list[tuple[str, str]], Callable[[str], float | None]]:
    """The bins of a zoom (key and tick label each, one unit wide) and where a date falls on that
    axis (in bins from the left), or None for a date too coarse to place (a year among months)."""
    if zoom.level == "years":

        def in_years(day: str) -> float | None:
            frac = _year(day) if len(day) > 4 else int(day[:4]) + 0.5
            return None if frac is None else frac - first

        return [(str(y), str(y)) for y in range(first, last + 1)], in_years
    year = zoom.year or first
    if zoom.level == "months":

        def in_months(day: str) -> float | None:
            if len(day) < 7:
                return None
            month = int(day[5:7])
            if len(day) < 10:
                return month - 0.5
            return month - 1 + (int(day[8:10]) - 0.5) / _days_in(year, month)

        return [(f"{year:04d}-{m:02d}", MONTHS[m - 1]) for m in range(1, 13)], in_months
    month = zoom.month or 1

    def in_days(day: str) -> float | None:
        return int(day[8:10]) - 0.5 if len(day) >= 10 else None

    days = range(1, _days_in(year, month) + 1)
    return [(f"{year:04d}-{month:02d}-{d:02d}", str(d)) for d in days], in_days


def _ticks(bins: list[tuple[str, str]], x_of: Callable[[float], float], zoom: Zoom) -> list[dict[str, Any]]:
    """A tick label every ``k`` bins, ``k`` the smallest step that keeps the labels apart."""
    if not bins:
        return []
    pitch = x_of(1) - x_of(0)
    widest = max(text_width(label) for _key, label in bins) + 10
    every = next((k for k in _TICK_STEPS if k * pitch >= widest), len(bins))
    ticks = []
    for i, (key, label) in enumerate(bins):
        number = int(key[:4]) if zoom.level == "years" else i
        if number % every == 0:
            ticks.append({"x": x_of(i + 0.5), "label": label, "key": key})
    return ticks


def _place(box: tuple[float, float], taken: list[tuple[float, float]]) -> bool:
    """Whether the interval ``box`` misses every interval taken so far (then it is taken)."""
    if any(box[0] < right and left < box[1] for left, right in taken):
        return False
    taken.append(box)
    return True


def _event_label(event: TimelineEvent, zoom: Zoom) -> str:
    day = event["date"] or ""
    when = day if zoom.level == "years" else day[5:]
    text = " ".join(event["text"].split())
    label = f"{when} {text}"
    return label if len(label) <= 36 else label[:35].rstrip() + "…"


def _lay_out_events(
    placed: list[tuple[float, int, TimelineEvent]], zoom: Zoom, width: float
) -> list[dict[str, Any]] | None:
    """Each event a dot with its label, in rows so that no two labels in a row touch; None when
    they need more than MAX_LANES rows (then the view is drawn in groups)."""
    lanes: list[list[tuple[float, float]]] = []
    points = []
    for x, index, event in sorted(placed, key=lambda p: p[0]):
        label = _event_label(event, zoom)
        w = text_width(label)
        right = x + 9 + w <= width - 4
        box = (x - 6, x + 9 + w + 4) if right else (x - 9 - w - 4, x + 6)
        lane = next((i for i, taken in enumerate(lanes) if _place(box, taken)), None)
        if lane is None:
            if len(lanes) == MAX_LANES:
                return None
            lanes.append([box])
            lane = len(lanes) - 1
        points.append(
            {
                "x": x,
                "lane": lane,
                "index": index,
                "event": event,
                "label": label,
                "anchor": "start" if right else "end",
            }
        )
    return points


def timeline_view(events: list[TimelineEvent], at: str = "") -> dict[str, Any]:
    """The timeline at one zoom: every year (``at`` empty), the months of a year (``2019``) or the
    days of a month (``2019-05``). Up to LABELLED_EVENTS events are drawn one by one, each labelled,
    in rows where their labels would touch; more are grouped, a bar per year, month or day with its
    count, each bar a link one level down. Labels are placed apart by construction: tick labels
    every so many bins, counts greedily from the largest group, event labels in rows.

    ``visible`` is the events in view (by index into ``events``); ``coarse`` counts those dated too
    coarsely for this zoom (a year among months), listed but not drawn."""
    zoom = parse_zoom(at)
    dated = [(i, e) for i, e in enumerate(events) if e["date"] and e["date"][:4].isdigit()]
    years = [int(e["date"][:4]) for _i, e in dated if e["date"]]
    view: dict[str, Any] = {"zoom": zoom, "width": TIMELINE_WIDTH, "points": [], "groups": [], "ticks": []}
    view["visible"] = [i for i, e in dated if zoom.contains(e["date"] or "")]
    view["up"] = Zoom("years") if zoom.level == "months" else Zoom("months", zoom.year) if zoom.year else None
    view["previous"], view["next"] = zoom.step(-1), zoom.step(1)
    if not view["visible"]:
        view.update(mode="empty", height=0, coarse=0)
        return view
    bins, where = _axis(zoom, min(years), max(years))
    left, right = TIMELINE_MARGIN, TIMELINE_WIDTH - TIMELINE_MARGIN

    def x_of(units: float) -> float:
        return left + units / len(bins) * (right - left)

    placed = []
    for k, i in enumerate(view["visible"]):  # k: the event's place in the list of those in view
        pos = where(events[i]["date"] or "")
        if pos is not None:
            placed.append((x_of(pos), k, events[i]))
    view["coarse"] = len(view["visible"]) - len(placed)
    view["ticks"] = _ticks(bins, x_of, zoom)
    points = _lay_out_events(placed, zoom, TIMELINE_WIDTH) if len(placed) <= LABELLED_EVENTS else None
    if points is not None:
        lanes = 1 + max((p["lane"] for p in points), default=0)
        axis = 24 + lanes * LANE
        for p in points:
            p["y"] = axis - 10 - p["lane"] * LANE
        view.update(mode="events", points=points, axis=axis, height=axis + 30)
        return view
    view.update(_groups(bins, placed, zoom, x_of))
    return view


def _groups(
    bins: list[tuple[str, str]],
    placed: list[tuple[float, int, TimelineEvent]],
    zoom: Zoom,
    x_of: Callable[[float], float],
) -> dict[str, Any]:
    """A bar per bin with events, as tall as its count, labelled with the count where it fits."""
    counts: dict[int, list[int]] = {}
    left = x_of(0)
    pitch = x_of(1) - left
    for x, index, _event in placed:
        counts.setdefault(min(len(bins) - 1, int((x - left) / pitch)), []).append(index)
    top = max(len(v) for v in counts.values())
    axis = 26 + BAR_HEIGHT
    taken: list[tuple[float, float]] = []
    groups: list[dict[str, Any]] = []
    for b, members in sorted(counts.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        key, label = bins[b]
        n = len(members)
        height = max(2.0, BAR_HEIGHT * n / top)
        count = f"{n:,}"
        cx = x_of(b + 0.5)
        w = text_width(count)
        shown = _place((cx - w / 2 - 2, cx + w / 2 + 2), taken)
        groups.append(
            {
                "key": key,
                "label": label,
                "count": n,
                "count_label": count if shown else "",
                "x": x_of(b) + min(1.0, pitch * 0.1),
                "cx": cx,
                "w": max(1.0, pitch - 2 * min(1.0, pitch * 0.1)),
                "y": axis - height,
                "h": height,
                "first": min(members),
                "zoom": key if zoom.level != "days" else "",
            }
        )
    groups.sort(key=lambda g: str(g["key"]))
    return {"mode": "groups", "groups": groups, "axis": axis, "height": axis + 30, "top": 12}
