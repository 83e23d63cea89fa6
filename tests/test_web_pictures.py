"""The pictures on a large case, as a person sees them in Debian's Chromium: the timeline zooms from
years to months to days and groups events where they are dense, the network pans, zooms and
filters, charts write figures in full, and entity types differ in shape as well as colour. Labels
never overlap: measured in the browser, not just trusted to the layout.

The large case is made on the spot: one ingested document, then 2,000 dated events and 500
entities named together in their sentences, written straight into the store (what analysis would
store for a large case, without the minutes of analysing one)."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from typing import Any

import pytest

from browser import chromium, log_in, open_page, require_chromium, serving, shot
from conftest import ACTOR, intake_options
from habeas import services, vocab
from habeas.config import Settings
from habeas.services import Caller, intake, users
from habeas.services.analysis import TimelineEvent
from habeas.web.charts import claims_chart, text_width, timeline_view

require_chromium()
sync_api = pytest.importorskip("playwright.sync_api")

PASSWORD = "a reader's long password"
EVENTS = 2000
ENTITIES = 500
HUB = "e" + "0" * 31  # named in every sentence: the network around it holds every entity
ENTITY_TYPES = vocab.ENTITY_TYPES
DOSSIERS: dict[str, Any] = {}  # an entity's printable dossier data, read before the server starts


def synthetic_events(n: int = EVENTS, seed: int = 7) -> list[tuple[str, str]]:
    """``n`` (date, sentence) pairs: a few early ones (1907, 1949), most in 2014–2022, some dated
    only to the year or the month, as documents date things."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        year = rng.choice([1907, 1949] + [y for y in range(2014, 2023) for _ in range(30)])
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        date = rng.choice([f"{year}", f"{year}-{month:02d}"] + [f"{year}-{month:02d}-{day:02d}"] * 8)
        out.append((date, f"Event {i}: detainees were moved from the Number {i % 40} Detention Centre."))
    return sorted(out)


def synthetic_entities() -> list[tuple[str, str, str]]:
    """The large case's entities, (id, name, type) each, the types taken in turn."""
    types = [ENTITY_TYPES[i % len(ENTITY_TYPES)] for i in range(ENTITIES)]
    ids = [HUB] + [f"e{i:031d}" for i in range(1, ENTITIES)]
    return [(ids[i], f"Synthetic {types[i].replace('_', ' ')} {i:03d}", types[i]) for i in range(ENTITIES)]


def fill_large_case(store: Any, doc_id: str, case_id: int) -> None:
    from sqlalchemy import insert

    from habeas.store.analysis_models import ClaimRow, EntityRow, EventRow, MentionRow

    rng = random.Random(11)
    ids, names, _types = zip(*synthetic_entities(), strict=True)
    counts = [0] * ENTITIES
    events, mentions, claims = [], [], []
    for k, (date, text) in enumerate(synthetic_events()):
        span = {"case_id": case_id, "document_id": doc_id, "page": 1, "sentence": 10_000 + k}
        precision = {4: "year", 7: "month"}.get(len(date), "day")
        events.append({**span, "start": 0, "end": len(text), "date": date, "date_text": date, "text": text,
                       "precision": precision})  # fmt: skip
        for e in {0, k % (ENTITIES - 1) + 1, rng.randrange(1, ENTITIES)}:
            counts[e] += 1
            kind = ENTITY_TYPES[e % len(ENTITY_TYPES)]
            mentions.append({**span, "start": 0, "end": 5, "text": names[e], "name": names[e], "canonical": names[e],
                             "type": kind, "strong": False, "short_forms": [], "entity_id": ids[e]})  # fmt: skip
    entities = [
        {"id": ids[e], "case_id": case_id, "type": ENTITY_TYPES[e % len(ENTITY_TYPES)], "name": names[e],
         "name_key": names[e].lower(), "aliases": [], "keys": [], "mention_count": counts[e], "document_count": 1}
        for e in range(ENTITIES)
    ]  # fmt: skip
    for k, (value, qualifier) in enumerate([(1_000_000, "more than"), (120_000, None), (1_500, "about")]):
        text = f"{qualifier or ''} {value:,} people were detained in camps.".strip()
        claims.append({"case_id": case_id, "document_id": doc_id, "page": 1, "sentence": 20_000 + k, "start": 0,
                       "end": len(text), "value": value, "low": None, "high": None, "qualifier": qualifier,
                       "unit": "people detained", "number_text": f"{value:,}", "text": text, "date": f"{2017 + k}",
                       "precision": "year", "date_source": "sentence"})  # fmt: skip
    with store.db.transaction() as session:
        for table, rows in ((EventRow, events), (MentionRow, mentions), (EntityRow, entities), (ClaimRow, claims)):
            session.execute(insert(table), rows)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from habeas.services import documents, exports

    base = tmp_path_factory.mktemp("pictures")
    (base / "in").mkdir()
    (base / "in" / "note.txt").write_text("A short note about the camps.\n", encoding="utf-8")
    settings = Settings(store=base / "store", workers=1)
    store = services.open_store(settings)
    options = intake_options(source="Synthetic", grade="B")
    intake.ingest(Caller(store, ACTOR), [base / "in" / "note.txt"], options, analyse=False)  # the rest is made up
    doc = documents.list_documents(Caller(store))[0]
    with store.db.reading() as session:
        from habeas.store.models import Document

        stored = session.get(Document, doc["id"])
        assert stored is not None
        case_id = stored.case_id
    fill_large_case(store, doc["id"], case_id)
    DOSSIERS["e1"] = exports.entity_dossier_data(Caller(store, ACTOR), "e" + "1".zfill(31))
    users.add_user(Caller(store, ACTOR), "rex", "reader", PASSWORD)
    store.close()
    with serving(settings) as url:
        yield url


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Any]:
    not_asked_for = lambda text: "status of 400" not in text  # noqa: E731 (a 400 one test asks for on purpose)
    with chromium() as browser, open_page(browser, timeout_ms=20_000, console=not_asked_for) as page:
        log_in(page, server, "rex", PASSWORD)
        yield page
    assert not page.problems, page.problems


OVERLAPS = """(selector) => {
    const boxes = Array.from(document.querySelectorAll(selector)).filter((t) => t.textContent.trim())
        .map((t) => [t.textContent, t.getBoundingClientRect()]);
    const hits = [];
    boxes.forEach(([a, r], i) => boxes.slice(i + 1).forEach(([b, s]) => {
        if (r.left < s.right - 0.5 && s.left < r.right - 0.5 && r.top < s.bottom - 0.5 && s.top < r.bottom - 0.5)
            hits.push(`${a} / ${b}`);
    }));
    return [boxes.length, hits];
}"""


def labels_apart(page: Any, selector: str) -> int:
    """How many labels ``selector`` finds on the page, asserting that no two overlap."""
    count, hits = page.evaluate(OVERLAPS, selector)
    assert not hits, hits[:5]
    return int(count)


def ticks(page: Any) -> list[str]:
    return [t for t in page.locator("svg.timeline text.tick").all_text_contents() if t]


# -- the timeline ---------------------------------------------------------------------------------


def test_the_timeline_groups_a_dense_case_and_zooms_to_months_and_days(page: Any, server: str) -> None:
    page.goto(server + "/timeline")
    page.wait_for_selector("svg.timeline")
    assert page.get_attribute("#tl-range", "data-level") == "years"
    assert f"{EVENTS:,} dated events" in page.inner_text("#tl-range")
    assert page.locator("svg.timeline.groups a.group").count() == 11  # 1907, 1949, 2014–2022
    assert page.locator("svg.timeline circle.event").count() == 0  # too dense to draw one by one
    assert "2020" in ticks(page) and "Jan" not in ticks(page)
    assert labels_apart(page, "svg.timeline text") > 10
    assert page.locator("ol.events li").count() == 100  # a page of the list at a time, not 2,000
    assert "of 2,000" in page.inner_text(".pager")
    height = page.evaluate("document.documentElement.scrollHeight")
    shot(page, "timeline")

    page.locator("svg.timeline a.group[data-key='2019']").click()  # zoom in: the months of 2019
    page.wait_for_selector("#tl-range[data-level='months']")
    assert "at=2019" in page.url
    assert page.locator("h1").inner_text() == "Timeline: 2019"
    assert ticks(page) == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    in_2019 = sum(1 for d, _t in synthetic_events() if d.startswith("2019"))
    assert f"{in_2019:,} dated events in 2019" in page.inner_text("#tl-range")
    labels_apart(page, "svg.timeline text")

    page.locator("svg.timeline a.group[data-key='2019-05']").click()  # the days of May 2019
    page.wait_for_selector("#tl-range[data-level='days']")
    assert page.locator("h1").inner_text() == "Timeline: May 2019"
    assert ticks(page)[0] == "1" and "31" in ticks(page)
    drawn = page.locator("svg.timeline circle.event").count()
    assert drawn >= 1  # few enough to draw one by one, each with its label
    assert page.locator("svg.timeline text.label").count() == drawn
    assert labels_apart(page, "svg.timeline text") >= drawn
    for date in page.locator("ol.events li strong").all_inner_texts():
        assert date.startswith("2019-05")

    page.click("#tl-previous")  # April, then back out to the year
    page.wait_for_selector("h1:text-is('Timeline: April 2019')")
    page.click("#tl-out")
    page.wait_for_selector("#tl-range[data-level='months']")
    assert page.evaluate("document.documentElement.scrollHeight") < 18_000 and height < 18_000

    wrong = page.goto(server + "/timeline?at=May")
    assert wrong is not None and wrong.status == 400
    assert "'May' is not a year (2019) or a month (2019-05)" in page.inner_text("main")


BADGES = """() => {
    const look = (e) => { const mark = getComputedStyle(e, "::before"); return [mark.clipPath, mark.backgroundColor]; };
    const types = Array.from(document.querySelectorAll("ol.events small.named a.ent"), (a) => a.dataset.type);
    const reference = Object.fromEntries([...new Set(types)].map((t) => {
        const badge = document.createElement("span");
        badge.className = `ent t-${t}`;  // a type badge as every other page writes it
        document.body.append(badge);
        const seen = look(badge);
        badge.remove();
        return [t, seen];
    }));
    return [reference, Array.from(document.querySelectorAll("ol.events li"), (li) => [
        /Event \\d+:/.exec(li.innerText)[0],
        Array.from(li.querySelectorAll("small.named a.ent"),
            (a) => [a.textContent, a.dataset.type, a.className, look(a)]),
    ])];
}"""


def test_each_entity_an_event_names_is_shown_with_its_types_shape(page: Any, server: str) -> None:
    true_type = {name: kind for _id, name, kind in synthetic_entities()}
    answer = page.request.get(server + "/api/timeline")
    assert answer.ok
    named = {}
    for event in answer.json()["events"]:
        assert [n["type"] for n in event["named"]] == [true_type[n["name"]] for n in event["named"]]
        assert event["entities"] == list(dict.fromkeys(n["name"] for n in event["named"]))  # the names, as before
        named[event["text"].split(" ", 2)[1]] = [(n["name"], n["type"]) for n in event["named"]]
    page.goto(server + "/timeline?at=2019-05")
    page.wait_for_selector("ol.events small.named a.ent")
    reference, listed = page.evaluate(BADGES)
    assert len(listed) >= 10 and len(reference) == len(ENTITY_TYPES)  # every type among them
    assert len({shape for shape, _colour in reference.values()}) == len(ENTITY_TYPES)
    for label, badges in listed:
        assert [(name, kind) for name, kind, _class, _look in badges] == named[label.split(" ")[1]][:8]
        for _name, kind, classes, look in badges:
            assert f"t-{kind}" in classes.split() and look == reference[kind]
    shot(page, "timeline-entity-types")


def test_the_timeline_layout_keeps_labels_apart_by_construction() -> None:
    events: list[TimelineEvent] = [
        {
            "date": d,
            "precision": None,
            "text": t * 3,
            "document_id": "d",
            "entities": [],
            "named": [],
            "page": 1,
            "start": 0,
            "end": 1,
            "date_text": d,
        }
        for d, t in synthetic_events()
    ]
    for at in ("", "2019", "2019-05", "1907", "1949-01"):
        view = timeline_view(events, at)
        ticks = sorted(
            (t["x"] - text_width(t["label"]) / 2, t["x"] + text_width(t["label"]) / 2) for t in view["ticks"]
        )
        counts = sorted(
            (g["cx"] - text_width(g["count_label"]) / 2, g["cx"] + text_width(g["count_label"]) / 2)
            for g in view["groups"]
            if g["count_label"]
        )
        for spans in (ticks, counts):  # tick labels on one line, counts above their bars
            assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), at
        for lane in {p["lane"] for p in view["points"]}:
            boxes = sorted(
                (p["x"], p["x"] + 9 + text_width(p["label"]))
                if p["anchor"] == "start"
                else (p["x"] - 9 - text_width(p["label"]), p["x"])
                for p in view["points"]
                if p["lane"] == lane
            )
            assert all(a[1] <= b[0] for a, b in itertools.pairwise(boxes)), (at, lane)
        assert len(view["visible"]) == sum(1 for e in events if (e["date"] or "").startswith(view["zoom"].key))


# -- the network ----------------------------------------------------------------------------------

# Cytoscape.js's label boxes, less the 2 units it adds on every side "to work around browser
# dimension inaccuracies": the text and its background are inside what is left.
NETWORK_STATE = """() => {
    const cy = document.getElementById("network").cy;
    const labelled = cy.nodes(":visible").filter((n) => n.data("shown"));
    const boxes = labelled.map((n) => n.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true}))
        .map((b) => ({x1: b.x1 + 2, x2: b.x2 - 2, y1: b.y1 + 2, y2: b.y2 - 2}));
    let overlaps = 0;
    boxes.forEach((r, i) => boxes.slice(i + 1).forEach((s) => {
        if (r.x1 < s.x2 && s.x1 < r.x2 && r.y1 < s.y2 && s.y1 < r.y2) overlaps += 1;
    }));
    const ext = cy.extent();
    return {zoom: cy.zoom(), width: ext.w, shown: cy.nodes(":visible").length, labelled: labelled.length, overlaps,
            types: Array.from(new Set(cy.nodes(":visible").map((n) => n.data("type")))),
            minDegree: Math.min(...cy.nodes(":visible").not(".center").map((n) => n.degree(false))),
            shapes: Object.fromEntries(cy.nodes().map((n) => [n.data("type"), n.style("shape")])),
            colours: Object.fromEntries(cy.nodes().map((n) => [n.data("type"), n.style("background-color")]))};
}"""


def test_the_network_of_a_large_case_zooms_filters_and_keeps_labels_apart(page: Any, server: str) -> None:
    page.goto(server + f"/network?entity={HUB}&limit=500")
    page.wait_for_selector("#network[data-ready='1']")
    state = page.evaluate(NETWORK_STATE)
    assert state["shown"] == ENTITIES
    assert 0 < state["labelled"] < ENTITIES  # not a hairball of 500 names: only those with room
    assert state["overlaps"] == 0
    assert len(set(state["shapes"].values())) == len(ENTITY_TYPES)  # a shape per type
    assert len(set(state["colours"].values())) == len(ENTITY_TYPES)
    assert page.inner_text("#network-status") == "500 of 500 entities shown"

    for _ in range(3):
        page.click("#zoom-in")
    page.wait_for_function("(z) => Number(document.getElementById('network').dataset.zoom) > z", arg=state["zoom"] * 3)
    zoomed = page.evaluate(NETWORK_STATE)
    shot(page, "network")
    assert zoomed["width"] < state["width"] / 3  # less of the graph in view
    assert zoomed["overlaps"] == 0
    page.click("#zoom-fit")

    page.uncheck("input[data-type='person']")
    page.wait_for_function("(n) => Number(document.getElementById('network').dataset.shown) < n", arg=ENTITIES)
    filtered = page.evaluate(NETWORK_STATE)
    hub_type = ENTITY_TYPES[0]
    assert "person" not in set(filtered["types"]) - {hub_type} or hub_type == "person"
    people = sum(1 for i in range(1, ENTITIES) if ENTITY_TYPES[i % len(ENTITY_TYPES)] == "person")
    assert filtered["shown"] == ENTITIES - people
    assert filtered["overlaps"] == 0
    page.check("input[data-type='person']")

    degrees = sorted(page.evaluate("() => document.getElementById('network').cy.nodes().map((n) => n.degree(false))"))
    least = degrees[len(degrees) // 2]  # the median: about half the entities have fewer connections
    page.fill("#min-degree", str(least))
    page.dispatch_event("#min-degree", "input")
    page.wait_for_function("(v) => document.getElementById('min-degree-value').textContent === v", arg=str(least))
    busy = page.evaluate(NETWORK_STATE)
    assert 1 < busy["shown"] < ENTITIES and busy["minDegree"] >= least
    assert busy["overlaps"] == 0


# -- charts and badges ------------------------------------------------------------------------------


def test_claims_are_labelled_in_full_inside_the_chart(page: Any, server: str) -> None:
    page.goto(server + "/claims")
    page.wait_for_selector("svg.chart text.value")
    values = page.locator("svg.chart text.value").all_text_contents()
    assert "more than 1,000,000" in values and "about 1,500" in values
    ticks = page.locator("svg.chart text.tick").all_text_contents()
    assert "1,000,000" in ticks or "100,000" in ticks
    assert not [t for t in ticks if t.endswith(("k", "m", "bn"))]
    clipped = page.evaluate("""() => Array.from(document.querySelectorAll("svg.chart")).flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return Array.from(svg.querySelectorAll("text")).filter((t) => {
            const r = t.getBoundingClientRect();
            return r.left < box.left - 0.5 || r.right > box.right + 0.5;
        }).map((t) => t.textContent);
    })""")
    assert not clipped
    labels_apart(page, "svg.chart text.tick")


def test_claim_values_are_never_shortened() -> None:
    claim: dict[str, Any] = {
        "value": 1_000_000,
        "low": None,
        "high": None,
        "qualifier": "more than",
        "document_id": "d",
        "title": "A report with a rather long title that goes on",
        "date": "2019",
    }
    group: Any = {"about": "people", "claims": [claim, {**claim, "value": 3, "qualifier": None}], "documents": 1}
    chart = claims_chart(group)
    assert [r["value"] for r in chart["rows"]] == ["more than 1,000,000", "3"]
    assert chart["value_x"] - text_width("more than 1,000,000", 12) > max(r["x"] for r in chart["rows"])
    assert all(text_width(r["label"], 12) <= 300 for r in chart["rows"])


def test_entity_types_differ_in_shape_as_well_as_colour(page: Any, server: str) -> None:
    page.goto(server + "/network")
    page.wait_for_selector("p.legend .ent")
    looks = page.evaluate("""() => Array.from(document.querySelectorAll("p.legend .ent")).map((e) => {
        const mark = getComputedStyle(e, "::before");
        return [mark.clipPath, mark.backgroundColor, getComputedStyle(e).borderBottomColor];
    })""")
    assert len(looks) == len(ENTITY_TYPES)
    assert len({shape for shape, _bg, _line in looks}) == len(ENTITY_TYPES)
    assert len({bg for _shape, bg, _line in looks}) == len(ENTITY_TYPES)
    assert all(bg == line for _shape, bg, line in looks)  # the shape and the underline share the colour
    page.locator("ul.related a.ent").first.click()  # a boosted link: the page is swapped in, not loaded
    page.wait_for_selector("#network[data-ready='1']")
    assert int(page.get_attribute("#network", "data-shown") or 0) > 1


# -- the printable dossier -------------------------------------------------------------------------


def test_the_dossier_counts_mentions_as_its_page_does(page: Any, server: str) -> None:
    data = DOSSIERS["e1"]
    shown = page.evaluate("async (id) => (await (await fetch(`/api/entities/${id}?limit=0`)).json())", data["id"])
    assert (data["named"], data["named_in"]) == (shown["mention_count"], shown["document_count"])
    from habeas.export.dossier import render_html

    html = render_html(data)
    assert f"{shown['mention_count']} mentions in {shown['document_count']} document" in html


def test_a_citation_stays_on_the_page_of_its_statement() -> None:
    import pypdfium2

    from habeas.export.dossier import pdf_bytes

    words = "the detainees were moved at night to another facility without notice to their families "
    mentions: list[dict[str, Any]] = [
        {
            "document_id": f"doc{i:03d}",
            "page": 1 + i % 7,
            "start": 100 * i,
            "end": 100 * i + 9,
            "snippet": f"Statement {i:03d}: " + words * (1 + i % 5) + f"(end of {i:03d})",
            "text": "x",
        }
        for i in range(60)
    ]
    data = {
        "kind": "entity",
        "id": "e1",
        "name": "A facility",
        "type": "facility",
        "aliases": [],
        "mention_count": 60,
        "document_count": 60,
        "named": 64,
        "named_in": 61,
        "positions": [],
        "related": [],
        "claims": [],
        "events": [],
        "mentions": mentions,
        "documents": {},
    }
    pdf = pypdfium2.PdfDocument(pdf_bytes(data))
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    assert len(pages) > 3
    assert "64 mentions in 61 documents (60 cited below; the other 4 are in table rows" in " ".join(pages[0].split())
    for m in mentions:
        label = m["snippet"][:13]  # "Statement 007"
        on = [i for i, text in enumerate(pages) if label in text or f"end of {label[-3:]}" in text]
        cited = [i for i, text in enumerate(pages) if f"{m['document_id']} p{m['page']}" in text]
        assert len(on) == 1 and on == cited, (label, on, cited)
