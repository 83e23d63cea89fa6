"""The investigator's workbench through the services and the ``habeas`` command: search by document
(each document once, its pages inside, sorted by relevance or date), tags and notes (shared,
audited by field name, searchable, in evidence packages; a person's never leave the app), stars,
titles, saved searches and a history each person alone sees. The migration on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from nacl.signing import SigningKey
from sqlalchemy import select
from typer.testing import CliRunner

from conftest import ACTOR, Make, StoreFactory, docs_by_name, ingest
from habeas.cli import app
from habeas.errors import InvalidInput, NotFound, PermissionDenied
from habeas.services import Caller, analysis, search, users, workbench
from habeas.services import custody as custody_service
from habeas.services.search import SearchFilters
from habeas.store import db
from habeas.store.models import AuditEntry
from habeas.store.store import Store

NOTE = "the stamp on page two looks forged"  # a note's text: never in the audit log
KEY = SigningKey(bytes(range(32)))


@dataclass
class Case:
    store: Store
    folder: Path
    docs: dict[str, dict[str, Any]]


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Any:
    base = tmp_path_factory.mktemp("workbench")
    factory = StoreFactory("sqlite", base, None)
    store = factory()
    folder = base / "in"
    Make.pdf(folder / "orders.pdf", ["Cover page.", "The camp in Kashgar holds detainees.", "More camp orders."])
    Make.text(folder / "report.txt", "A report on the camp at Hotan, written 12 March 2018.")
    Make.text(folder / "older.txt", "An older note on the camp, dated 4 May 2014.")
    Make.text(folder / "telegram.txt", "Party Secretary Zhu Hailun signed the telegram about the camp.")
    ingest(store, folder, source="China Cables", grade="B")
    users.add_user(Caller(store, ACTOR), "rex", "reader", "rex's long password")
    users.add_user(Caller(store, ACTOR), "rita", "reviewer", "rita's long password")
    try:
        yield Case(store, folder, docs_by_name(store))
    finally:
        factory.close()


def doc(case: Case, name: str) -> str:
    return str(case.docs[name]["id"])


def person(case: Case) -> str:
    found = analysis.list_entities(Caller(case.store), type_="person")
    return str(next(e["id"] for e in found if e["name"] == "Zhu Hailun"))


# -- search by document ---------------------------------------------------------------------------


def test_search_by_document_gives_each_document_once_with_its_pages(case: Case) -> None:
    ctx = Caller(case.store)
    pages, hits = search.search(ctx, "camp", SearchFilters(), limit=50)
    found = search.search_documents(ctx, "camp", SearchFilters(), limit=10)
    assert found["total_pages"] == pages == 5
    assert found["total_documents"] == 4 == len(found["documents"])
    ids = [d["document_id"] for d in found["documents"]]
    assert len(set(ids)) == 4
    orders = next(d for d in found["documents"] if d["document_id"] == doc(case, "orders.pdf"))
    assert orders["matching_pages"] == 2 and [p["page"] for p in orders["pages"]] == [2, 3]
    assert all("<b>camp</b>" in p["snippet"] for p in orders["pages"])
    assert orders["source"] == "China Cables" and orders["grade"] == "B"
    # the page-per-result shape is unchanged
    assert {h.document_id for h in hits} == set(ids) and len(hits) == 5
    # paging by document
    second = search.search_documents(ctx, "camp", SearchFilters(), limit=2, offset=2)
    assert [d["document_id"] for d in second["documents"]] == ids[2:]


def test_search_by_document_sorts_by_date(case: Case) -> None:
    ctx = Caller(case.store)
    newest = search.search_documents(ctx, "camp", SearchFilters(), order="newest")["documents"]
    dated = [d["date"] for d in newest if d["date"]]
    assert dated == sorted(dated, reverse=True) and "2018-03-12" in dated and "2014-05-04" in dated
    oldest = search.search_documents(ctx, "camp", SearchFilters(), order="oldest")["documents"]
    assert [d["date"] for d in oldest if d["date"]] == sorted(dated)
    with pytest.raises(ValueError, match="unknown order"):
        search.search_documents(ctx, "camp", SearchFilters(), order="shuffled")


# -- tags, notes, stars, titles ---------------------------------------------------------------------


def test_tags_and_notes_are_searchable_shared_and_audited_by_field_name(case: Case) -> None:
    orders = doc(case, "orders.pdf")
    rita = Caller(case.store, "rita")
    tagged = workbench.add_tag(rita, orders, "Needs Translation")
    assert tagged["tags"] == ["needs-translation"]
    noted = workbench.add_note(rita, orders, NOTE)
    assert noted["notes"][0]["text"] == NOTE and noted["notes"][0]["by"] == "rita"
    # shared: another reader sees them; searchable by tag:... and note:...
    rex = Caller(case.store, "rex")
    assert workbench.annotations_of(rex, orders)["tags"] == ["needs-translation"]
    assert {h.document_id for h in search.search(rex, "tag:needs-translation", SearchFilters())[1]} == {orders}
    assert {h.document_id for h in search.search(rex, "tag:Needs-Translation AND camp", SearchFilters())[1]} == {orders}
    assert {h.document_id for h in search.search(rex, "note:forged", SearchFilters())[1]} == {orders}
    grouped = search.search_documents(rex, "camp", SearchFilters())["documents"]
    assert next(d for d in grouped if d["document_id"] == orders)["tags"] == ["needs-translation"]
    # a reader may not tag; a bad tag says what a tag is
    with pytest.raises(PermissionDenied):
        workbench.add_tag(rex, orders, "mine")
    with pytest.raises(ValueError, match="not a tag"):
        workbench.add_tag(rita, orders, 'a "quoted" tag')
    # audited by the names of the fields, never the note's text
    with case.store.db.reading() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action.like("workbench.%"))).all()
    assert {"workbench.tag.add", "workbench.note.add"} <= {e.action for e in entries}
    assert all(NOTE not in json.dumps(e.details) and "forged" not in json.dumps(e.details) for e in entries)
    assert any(e.details == {"fields": ["notes"]} and e.target == f"document:{orders}" for e in entries)
    # removing
    note_id = noted["notes"][0]["id"]
    left = workbench.delete_note(rita, note_id)
    assert left["notes"] == []
    assert search.search(rex, "note:forged", SearchFilters())[0] == 0
    with pytest.raises(NotFound):
        workbench.remove_tag(rita, orders, "never-given")


def test_titles_can_be_set_and_reset(case: Case) -> None:
    report = doc(case, "report.txt")
    ctx = Caller(case.store)
    extracted = workbench.annotations_of(ctx, report)["label"]
    renamed = workbench.set_title(ctx, report, "  Hotan camp report  ")
    assert renamed["label"] == "Hotan camp report" and renamed["original_title"] == extracted
    assert search.search(ctx, "title:hotan", SearchFilters())[1][0].title == "Hotan camp report"
    back = workbench.reset_title(ctx, report)
    assert back["label"] == extracted and back["original_title"] is None
    with pytest.raises(InvalidInput):
        workbench.reset_title(ctx, report)


def test_a_persons_tags_and_notes_never_leave_the_app(case: Case, tmp_path: Path) -> None:
    zhu = person(case)
    rita = Caller(case.store, "rita")
    workbench.add_tag(rita, zhu, "telegram-signatory")
    workbench.add_note(rita, zhu, "named in the telegram of 2017")
    assert workbench.sanctions_of(rita, zhu) is None  # no list imported: nothing compared, nothing said
    shown = workbench.annotations_of(rita, zhu)  # on the person's own page: yes
    assert shown["person"] and shown["tags"] == ["telegram-signatory"]
    with pytest.raises(PermissionDenied, match="stay in the app"):
        workbench.annotations_of(rita, zhu, leaving=True)
    assert all(t["tag"] != "telegram-signatory" for t in workbench.tag_counts(rita))
    # a document's tags and notes go into an evidence package's manifest; a person's never do
    orders = doc(case, "orders.pdf")
    workbench.add_tag(rita, orders, "exhibit-3")
    workbench.add_note(rita, orders, "exhibit three in the filing")
    package = tmp_path / "package.zip"
    custody_service.export_evidence(Caller(case.store, ACTOR), package, KEY, case="main")
    with zipfile.ZipFile(package) as archive:
        manifest = archive.read("manifest.json").decode()
    entry = next(d for d in json.loads(manifest)["documents"] if d["id"] == orders)
    assert "exhibit-3" in entry["tags"] and entry["notes"][-1]["text"] == "exhibit three in the filing"
    assert "telegram-signatory" not in manifest and "named in the telegram" not in manifest


def test_stars_are_each_persons_own(case: Case) -> None:
    older = doc(case, "older.txt")
    rex, rita = Caller(case.store, "rex"), Caller(case.store, "rita")
    assert workbench.star(rex, older)["starred"]
    assert [s["id"] for s in workbench.starred(rex)] == [older]
    assert workbench.starred(rita) == [] and not workbench.annotations_of(rita, older)["starred"]
    assert not workbench.star(rex, older, on=False)["starred"] and workbench.starred(rex) == []


def test_deciding_several_at_once_needs_a_choice(case: Case) -> None:
    rita = Caller(case.store, "rita")
    with pytest.raises(InvalidInput, match="at least two"):
        workbench.merge_selected(rita, [person(case)])
    with pytest.raises(InvalidInput, match="at least one"):
        workbench.decide_candidates(rita, [], "same")
    with pytest.raises(PermissionDenied):
        workbench.merge_selected(Caller(case.store, "rex"), [person(case), person(case)])


# -- saved searches and history ----------------------------------------------------------------------


def test_saved_searches_and_history_are_the_owners_alone_and_never_hold_a_name(case: Case) -> None:
    rex, rita = Caller(case.store, "rex"), Caller(case.store, "rita")
    workbench.save_search(rex, "camps", "camp", {"source": ["China Cables"], "from": None})
    assert [(s["name"], s["filters"]) for s in workbench.saved_searches(rex)] == [
        ("camps", {"source": ["China Cables"]})
    ]
    assert workbench.saved_searches(rita) == []
    with pytest.raises(NotFound):
        workbench.delete_saved_search(rita, "camps")
    with pytest.raises(InvalidInput, match="never kept"):
        workbench.save_search(rex, "who", 'name:"Zhu Hailun" camp')
    assert workbench.remember_search(rex, "camp")
    assert not workbench.remember_search(rex, 'name:"Zhu Hailun"')
    assert [h["query"] for h in workbench.search_history(rex)] == ["camp"]
    assert workbench.search_history(rita) == []
    assert workbench.clear_search_history(rex) == 1 and workbench.search_history(rex) == []
    workbench.delete_saved_search(rex, "camps")
    assert workbench.saved_searches(rex) == []


# -- the command line --------------------------------------------------------------------------------


def test_the_commands(case: Case) -> None:
    runner = CliRunner()
    base = ["--store", str(case.store.settings.store)]

    def run(*args: str, code: int = 0) -> Any:
        result = runner.invoke(app, [*base, *args])
        assert result.exit_code == code, result.output
        return result.output

    telegram = doc(case, "telegram.txt")
    shown = json.loads(run("tag", "add", telegram, "cable", "--json"))
    assert shown["tags"] == ["cable"]
    run("note", "add", telegram, "second copy in the archive")
    assert "second copy in the archive" in run("note", "list", telegram)
    assert "cable" in run("tag")
    run("star", "add", telegram)
    assert telegram in run("star", "list")
    assert "Telegram of record" in run("title", "set", telegram, "Telegram of record")
    run("title", "reset", telegram)
    grouped = json.loads(run("search", "camp", "--by-document", "--sort", "newest", "--json"))
    assert grouped["total_documents"] == 4 and {"pages", "source", "grade", "date", "tags"} <= set(
        grouped["documents"][0]
    )
    pages = json.loads(run("search", "camp", "--json"))
    assert set(pages) == {"total", "results"} and "page" in pages["results"][0]
    assert "matching pages in" in run("search", "tag:cable", "--by-document")
    run("search", "camp", "--save", "camps")
    assert "camps" in run("searches", "list")
    assert "camp" in run("searches", "history")
    refused = run("search", 'name:"Zhu Hailun"', "--save", "who", code=2)
    assert "never kept" in refused
    assert "forgot" in run("searches", "clear-history")
    assert "no searches kept" in run("searches", "history")
    run("searches", "forget", "camps")
    assert "no document or entity 'nothing-called-this'" in run("tag", "add", "nothing-called-this", "x", code=2)
    assert "refused" in run("--as", "rex", "tag", "add", telegram, "x", code=3)


# -- the migration ------------------------------------------------------------------------------------


def test_the_migration_makes_the_models_tables_and_goes_back(make_store: StoreFactory) -> None:
    """On SQLite and PostgreSQL: the tables the migration makes are the ones the models describe,
    and downgrading to the revision before removes them again."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from habeas.store.models import Base

    store = make_store()
    mine = {"tags", "notes", "stars", "document_titles", "saved_searches", "search_history"}
    with store.db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diffs if mine & set(_names_in(d))] == []
    config = db.alembic_config(store.db.engine)
    command.downgrade(config, "case_members")
    with store.db.engine.connect() as conn:
        assert not mine & set(store.db.engine.dialect.get_table_names(conn))
    command.upgrade(config, "head")
    assert db.current_revision(store.db.engine) == db.newest_revision()


def _names_in(diff: Any) -> list[str]:
    import re

    return re.findall(r"'(\w+)'", repr(diff))
