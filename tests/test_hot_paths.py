"""The busiest pages' paths, kept cheap without changing what they answer: a search by document
finds the pages of all its documents with one search (and one per document when too many pages
match), scored as the page ranking scores them; the per-user history keeps the last searches with
a few prebuilt statements (SQLite and PostgreSQL); the document browser's count is remembered until
the next audited write, never after it; titles of documents are found by key, and only in the
cases one sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ACTOR, Cli, Make, StoreFactory, docs_by_name, ingest
from habeas.search import index as search_index
from habeas.services import Caller, documents, search, users, workbench
from habeas.services.remembered import remembered
from habeas.services.search import SearchFilters
from habeas.store.store import Store


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> object:
    base = tmp_path_factory.mktemp("paths")
    factory = StoreFactory("sqlite", base, None)
    store = factory()
    folder = base / "in"
    pages = [f"Orders, page {n + 1}.\n{'camp ' * (n % 4)}orders from the prefecture." for n in range(8)]
    Make.pdf(folder / "orders.pdf", pages)  # six of eight pages say "camp", one to three times
    Make.pdf(folder / "brief.pdf", ["A brief.", "On the camp.", "Nothing here.", "The camp again, and the camp."])
    for n in range(12):
        Make.text(folder / f"note-{n:02d}.txt", f"Note {n} on the camp at Hotan{', the camp' * (n % 3)}.")
    ingest(store, folder, source="China Cables", grade="B")
    try:
        yield store
    finally:
        factory.close()


def test_a_search_by_document_has_each_documents_best_pages_scored_as_the_page_ranking(corpus: Store) -> None:
    ctx = Caller(corpus)
    docs = docs_by_name(corpus)
    _total, ranked = search.search(ctx, "camp", SearchFilters(), limit=100)
    score_of = {(h.document_id, h.page): h.score for h in ranked}
    found = search.search_documents(ctx, "camp", SearchFilters(), limit=20)
    assert found["total_pages"] == len(ranked) == 6 + 2 + 12
    assert found["total_documents"] == 14 == len(found["documents"])
    orders = next(d for d in found["documents"] if d["document_id"] == docs["orders.pdf"]["id"])
    assert orders["matching_pages"] == 6
    best = sorted((h for h in ranked if h.document_id == orders["document_id"]), key=lambda h: -h.score)[:3]
    assert [p["page"] for p in orders["pages"]] == sorted(h.page or 0 for h in best)  # its three best, in page order
    for result in found["documents"]:  # a document's score is its best page's, as the page ranking gives it
        assert result["score"] == max(score_of[(result["document_id"], p["page"])] for p in result["pages"])
        assert all(p["score"] == score_of[(result["document_id"], p["page"])] for p in result["pages"])
        assert result["source"] == "China Cables" and result["grade"] == "B"
    scores = [d["score"] for d in found["documents"]]
    assert scores == sorted(scores, reverse=True)


def test_too_many_matching_pages_for_one_search_gives_the_same_answer(
    corpus: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = Caller(corpus)
    monkeypatch.setattr(search_index, "ANSWERS_KEPT", 0)  # each asked anew
    for order in search.DOCUMENT_ORDERS:
        at_once = search.search_documents(ctx, "camp", SearchFilters(), order=order, limit=5, offset=2)
        monkeypatch.setattr(search_index, "BEST_PAGES_AT_ONCE", 4)  # fewer than the page's documents' pages
        one_by_one = search.search_documents(ctx, "camp", SearchFilters(), order=order, limit=5, offset=2)
        monkeypatch.setattr(search_index, "BEST_PAGES_AT_ONCE", 1000)
        assert one_by_one == at_once and len(at_once["documents"]) == 5


def test_searches_asked_again_are_answered_anew_after_a_write(corpus: Store) -> None:
    ctx = Caller(corpus)
    assert search.search_documents(ctx, "zebra", SearchFilters()) == {
        "total_pages": 0,
        "total_documents": 0,
        "documents": [],
    }
    note = docs_by_name(corpus)["note-03.txt"]["id"]
    assert search.search_documents(ctx, "tag:hotan", SearchFilters())["total_documents"] == 0
    assert search.search_facets(ctx, "tag:hotan", SearchFilters())["source"] == []
    before = search.search_documents(ctx, "camp", SearchFilters(), limit=20)
    assert search.search_documents(ctx, "camp", SearchFilters(), limit=20) == before  # asked again
    workbench.add_tag(ctx, note, "Hotan")  # the index changes: nothing answered from before
    assert [d["document_id"] for d in search.search_documents(ctx, "tag:hotan", SearchFilters())["documents"]] == [note]
    assert search.search_facets(ctx, "tag:hotan", SearchFilters())["source"] == [("China Cables", 1)]
    tagged = search.search_documents(ctx, "camp", SearchFilters(), limit=20)["documents"]
    assert {d["document_id"]: d["tags"] for d in tagged if d["tags"]} == {note: ["hotan"]}


def test_the_history_keeps_the_last_searches_of_each_person(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    users.add_user(Caller(store, ACTOR), "rex", "reader", "rex's long password")
    users.add_user(Caller(store, ACTOR), "rita", "reader", "rita's long password")
    rex, rita = Caller(store, "rex"), Caller(store, "rita")
    monkeypatch.setattr(workbench, "HISTORY_KEPT", 5)
    filters = {"source": ["China Cables"], "from": None, "language": []}
    for n in range(8):
        assert workbench.remember_search(rex, f"camp {n}", filters)
        assert workbench.remember_search(rex, f"camp {n}", filters)  # its next page: not kept twice
    assert workbench.remember_search(rita, "Hotan")
    kept = workbench.search_history(rex)
    assert [h["query"] for h in kept] == [f"camp {n}" for n in range(7, 2, -1)]
    assert kept[0]["filters"] == {"source": ["China Cables"]}
    assert workbench.remember_search(rex, "camp 7", {"source": ["Xinjiang Police Files"]})  # other filters: kept
    assert [h["filters"] for h in workbench.search_history(rex)[:2]] == [
        {"source": ["Xinjiang Police Files"]},
        {"source": ["China Cables"]},
    ]
    assert [h["query"] for h in workbench.search_history(rita)] == ["Hotan"]
    assert not workbench.remember_search(rex, 'name:"Zhu Hailun"')
    assert workbench.clear_search_history(rex) == 5
    assert workbench.search_history(rex) == [] and len(workbench.search_history(rita)) == 1


def test_the_browsers_count_is_remembered_until_the_next_write(store: Store, make: type[Make], tmp_path: Path) -> None:
    make.text(tmp_path / "a" / "one.txt", "One report.")
    make.text(tmp_path / "a" / "two.txt", "Two reports.")
    ingest(store, tmp_path / "a", source="first")
    ctx, only_text = Caller(store), documents.BrowseFilters(file_types=["text"])
    assert documents.browse_documents(ctx, only_text)["total"] == 2
    assert documents.browse_documents(ctx, documents.BrowseFilters(sources=["second"]))["total"] == 0
    make.text(tmp_path / "b" / "three.txt", "Three reports.")
    ingest(store, tmp_path / "b", source="second")  # audited: the counts are counted again
    assert documents.browse_documents(ctx, only_text)["total"] == 3
    assert documents.browse_documents(ctx, documents.BrowseFilters(sources=["second"]))["total"] == 1


def test_a_write_in_another_process_or_store_handle_makes_remembered_answers_be_worked_out_again(
    store: Store, make: type[Make], tmp_path: Path
) -> None:
    make.text(tmp_path / "a" / "one.txt", "One report.")
    ingest(store, tmp_path / "a", source="first")
    ctx, worked_out = Caller(store), []

    def count() -> int:
        worked_out.append(1)
        return len(documents.list_documents(ctx))

    assert remembered(ctx, "count in a test", count) == 1
    assert remembered(ctx, "count in a test", count) == 1 and len(worked_out) == 1  # kept: nothing written
    other = Store(store.settings)  # a second handle on the same store, as another thread's would be
    try:
        users.add_user(Caller(other, ACTOR), "rex", "reader", "rex's long password")
    finally:
        other.close()
    assert remembered(ctx, "count in a test", count) == 1 and len(worked_out) == 2
    make.text(tmp_path / "b" / "two.txt", "Two reports.")
    env = Cli.env(
        HABEAS_WORKERS="1",
        **({"HABEAS_DATABASE_URL": store.settings.database_url} if store.settings.database_url else {}),
    )
    written = Cli(store.settings.store)("ingest", tmp_path / "b", "--source", "second", env=env)
    assert written.returncode == 0, written.stderr
    assert remembered(ctx, "count in a test", count) == 2 and len(worked_out) == 3
    assert documents.browse_documents(ctx, documents.BrowseFilters(sources=["second"]))["total"] == 1


def test_titles_of_documents_only_in_the_cases_one_sees(store: Store, make: type[Make], tmp_path: Path) -> None:
    make.text(tmp_path / "a" / "ours.txt", "Our report.")
    make.text(tmp_path / "b" / "theirs.txt", "Their report.")
    ingest(store, tmp_path / "a", case="ours")
    ingest(store, tmp_path / "b", case="theirs")
    users.add_user(Caller(store, ACTOR), "rex", "reader", "rex's long password", cases=["ours"])
    ids = {d["file_name"]: d["id"] for d in documents.list_documents(Caller(store))}
    asked = [ids["ours.txt"], ids["theirs.txt"], "no-such-document"]
    assert documents.document_family(Caller(store), asked) == {
        ids["ours.txt"]: "Our report.",
        ids["theirs.txt"]: "Their report.",
    }
    assert documents.document_family(Caller(store, "rex"), asked) == {ids["ours.txt"]: "Our report."}
