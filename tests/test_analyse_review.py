"""Proposed entity merges, dated claims and document dates, search filters by entity type and date:
through the store (SQLite and PostgreSQL) and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from conftest import ACTOR, Make, hit_ids, ingest
from habeas.analyse.document_date import document_date
from habeas.resolve.candidates import Named, propose
from habeas.search.sync import index_of
from habeas.services import Caller, analysis, search
from habeas.store.analysis_models import EntityJudgement
from habeas.store.models import AuditEntry
from habeas.store.store import Store

REPORT = """Report on the camps

Party secretary Chen Quanguo ordered the expansion of the camps on 3 March 2017. Officials at the
Xinjiang Police College trained guards for the facilities.
"""
TESTIMONY = """Testimony of a former guard

The former official Quanguo Chen visited the camp in Urumqi in 2018. He said recruits came from the
Xinjiang Police Academy, where they studied for a year.
"""


def test_close_names_are_proposed_and_unrelated_ones_are_not() -> None:
    entities = [
        Named("1", "person", "Chen Quanguo", ()),
        Named("2", "person", "Quanguo Chen", ()),
        Named("3", "person", "Ilham Tohti", ()),
        Named("4", "person", "Ilham Toxti", ()),
        Named("5", "organization", "Xinjiang Police College", ()),
        Named("6", "organization", "Xinjiang Police Academy", ()),
        Named("7", "place", "Xinjiang", ()),
        Named("8", "organization", "Xinjiang Daily", ()),
        Named("9", "place", "Quanguo Chen", ()),
    ]  # same words, another type: never paired
    pairs = {frozenset((c.a, c.b)): c for c in propose(entities, set())}
    assert set(pairs) == {frozenset("12"), frozenset("34"), frozenset("56")}
    assert pairs[frozenset("12")].reason == "same words in another order"
    assert pairs[frozenset("34")].reason == "same sounds, other spelling"
    assert "police, xinjiang" in pairs[frozenset("56")].reason
    assert frozenset("12") not in {frozenset((c.a, c.b)) for c in propose(entities, {frozenset("12")})}


@pytest.fixture
def two_reports(store: Store, tmp_path: Path, make: type[Make]) -> Store:
    folder = tmp_path / "docs"
    folder.mkdir()
    make.text(folder / "report.txt", REPORT)
    make.text(folder / "testimony.txt", TESTIMONY)
    ingest(store, folder)
    return store


def _pairs(store: Store) -> set[frozenset[str]]:
    return {
        frozenset((p["left"]["name"], p["right"]["name"])) for p in analysis.merge_candidates(Caller(store))["pairs"]
    }


def test_accept_merges_and_reject_is_kept_through_reanalysis(two_reports: Store) -> None:
    store = two_reports
    chen = frozenset(("Chen Quanguo", "Quanguo Chen"))
    police = frozenset(("Xinjiang Police College", "Xinjiang Police Academy"))
    assert {chen, police} <= _pairs(store)
    merged = analysis.decide_candidate(Caller(store, "ada"), "Chen Quanguo", "Quanguo Chen", "same")
    assert merged["entity"]["aliases"] and chen == {merged["entity"]["name"], *merged["entity"]["aliases"]}
    kept = analysis.decide_candidate(
        Caller(store, "ada"), "Xinjiang Police College", "Xinjiang Police Academy", "distinct"
    )
    assert kept["decision"] == "distinct"
    assert not {chen, police} & _pairs(store)
    analysis.analyse(Caller(store, ACTOR), None)  # analyse --all rebuilds every entity: the decisions hold
    assert not {chen, police} & _pairs(store)
    assert {e["name"] for e in analysis.list_entities(Caller(store), q="Police")} == set(police)
    assert analysis.entity_mention_page(Caller(store), "Quanguo Chen", limit=0)["name"] in chen
    assert len(analysis.list_entities(Caller(store), q="quanguo")) == 1
    with store.db.reading() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
        distinct = session.scalar(
            select(func.count()).select_from(EntityJudgement).where(EntityJudgement.decision == "distinct")
        )
    assert "entity.merge" in actions and "entity.distinct" in actions and distinct == 1
    with pytest.raises(ValueError):
        analysis.decide_candidate(Caller(store, "ada"), "Xinjiang Police College", "Xinjiang Police Academy", "maybe")


def test_search_by_entity_type_and_document_date(two_reports: Store) -> None:
    store = two_reports
    everything = hit_ids(store, "camp OR camps")
    assert len(everything) == 2
    assert hit_ids(store, "camp OR camps", entity_types=["place"]) < everything  # only the testimony names Urumqi
    # the report's date is the latest full date it states (3 March 2017); the testimony's only a year
    assert len(hit_ids(store, "camp OR camps", date_from="2017-03", date_to="2017-03")) == 1
    assert len(hit_ids(store, "camp OR camps", date_from="2018-06-01")) == 1  # the year 2018 overlaps
    assert hit_ids(store, "camp OR camps", date_to="2016") == set()
    facets = search.search_facets(Caller(store), "camp OR camps", search.search_filters())
    assert dict(facets["year"]) == {"2017": 1, "2018": 1}
    assert dict(facets["entity_type"])["person"] == 2 and dict(facets["entity_type"])["place"] == 1
    # reindex rebuilds the new fields from the database
    search.reindex(Caller(store, ACTOR))
    assert hit_ids(store, "camp OR camps", entity_types=["place"]) < everything
    assert len(hit_ids(store, "camp OR camps", date_from="2017", date_to="2017")) == 1


def test_timeline_of_an_entity_is_filtered_by_id(two_reports: Store) -> None:
    events = analysis.timeline(Caller(two_reports), entity="Chen Quanguo")["events"]
    assert [e["date"] for e in events] == ["2017-03-03"]
    assert all("Chen Quanguo" in e["entities"] for e in events)


def test_document_date_prefers_metadata_then_the_latest_full_date() -> None:
    assert document_date({"date": "Sun, 24 Nov 2019 10:00:00 +0000"}, [("2021-01-01", "day")]) == ("2019-11-24", "day")
    assert document_date({"CreationDate": "D:20220524120000Z"}, []) == ("2022-05-24", "day")
    assert document_date({}, [("2018", "year"), ("2017-03-03", "day"), ("2017-06", "month")]) == ("2017-06", "month")
    assert document_date({}, [("2018", "year"), ("2016", "year")]) == ("2018", "year")
    assert document_date({}, [("2030-01-01", "day"), ("2019-05-01", "day")], not_after="2026-11-22") == (
        "2019-05-01",
        "day",
    )
    assert document_date({"date": "not a date"}, []) is None


def test_an_email_is_dated_by_its_date_header(store: Store, tmp_path: Path, make: type[Make]) -> None:
    ingest(store, make.eml(tmp_path / "note.eml", "camp visit", "We saw the camp on 5 May 2019.", {}))
    assert len(hit_ids(store, "camp", date_from="2024-01-01", date_to="2024-01-01")) == 1  # its Date header
    assert hit_ids(store, "camp", date_from="2019", date_to="2019") == set()


def test_an_index_written_under_an_older_schema_is_rebuilt(two_reports: Store) -> None:
    before = hit_ids(two_reports, "camp OR camps", entity_types=["person"])
    (two_reports.settings.index_dir / "schema-version").write_text("1\n")
    reopened = Store(two_reports.settings)
    try:
        index_of(reopened)  # finds the old schema: thrown away, every document marked for indexing again
        with reopened.db.reading() as session:
            last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert (last.action, last.details) == ("index.rebuild", {"reason": "new index schema"})
        assert hit_ids(reopened, "camp OR camps", entity_types=["person"]) == before != set()
    finally:
        reopened.close()
