"""FollowTheMoney export and import, the sanctions cross-reference, dossiers (HTML, PDF) and CSV exports,
on real stores (SQLite and PostgreSQL), through the services and the ``habeas`` command."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from followthemoney import model
from typer.testing import CliRunner

from conftest import ACTOR, StoreFactory, ingest, module_store_fixture
from habeas.cli import app
from habeas.errors import NotFound
from habeas.export import csv_rows, dossier, sanctions
from habeas.services import Caller, custody, documents, exports
from habeas.services import analysis as analysis_services
from habeas.store.store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
SANCTIONS = Path(__file__).resolve().parent / "data" / "sanctions.ftm.json"
CHINESE = (
    "2017年8月，新疆维吾尔自治区党委书记陈全国在乌鲁木齐召开会议，部署“职业技能教育培训”工作。朱海仑随后签发了电报。\n"
)
# A leaked table: what its rows name must never leave Habeas in an export or a dossier.
TABLE = "name,role,camp\nAbdurehim Tursun,detainee,Dabancheng\nChen Quanguo,Party Secretary,Urumqi\n"


def fill(store: Store, folder: Path) -> dict[str, Any]:
    folder.mkdir(parents=True)
    for f in EXAMPLES.glob("*.txt"):
        shutil.copy(f, folder / f.name)
    (folder / "zh-meeting.txt").write_text(CHINESE, encoding="utf-8")
    (folder / "leaked-list.csv").write_text(TABLE, encoding="utf-8")
    report = ingest(store, folder, source="European Parliament", grade="A")
    assert not report.failed
    return {"store": store, "folder": folder}


case_file = module_store_fixture()


def cli_runner(store: Store) -> CliRunner:
    """The ``habeas`` command over the same store (and the same database, on PostgreSQL)."""
    return CliRunner(env={"HABEAS_DATABASE_URL": store.settings.database_url or ""})


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def doc_id(store: Store, file_name: str) -> str:
    return next(d["id"] for d in documents.list_documents(Caller(store)) if d["file_name"] == file_name)


# -- FollowTheMoney --------------------------------------------------------------------------------


def test_ftm_export_is_valid_followthemoney(case_file: dict[str, Any], tmp_path: Path) -> None:
    store = case_file["store"]
    result = exports.export_ftm(Caller(store), tmp_path / "case.ftm.json")
    lines = read_lines(tmp_path / "case.ftm.json")
    assert len(lines) == result["entities"] > 0
    for line in lines:
        schema = model.get(line["schema"])
        assert schema is not None, line
        assert set(line["properties"]) <= set(schema.properties), line
        proxy = model.get_proxy(line, cleaned=False)
        # strict: cleaning by the model changes and drops nothing
        assert proxy.to_dict()["properties"] == line["properties"], line
        assert all(line["properties"].get(p) for p in schema.required), line
    schemata = {x["schema"] for x in lines}
    assert {"Person", "PublicBody", "Address", "Event", "Document", "Mention", "Note"} <= schemata
    ids = [x["id"] for x in lines]
    assert len(ids) == len(set(ids))


def test_ftm_export_cites_documents_with_their_hashes(case_file: dict[str, Any], tmp_path: Path) -> None:
    store = case_file["store"]
    exports.export_ftm(Caller(store), tmp_path / "case.ftm.json")
    lines = read_lines(tmp_path / "case.ftm.json")
    by_id = {x["id"]: x for x in lines}
    docs = {d["id"]: d for d in documents.list_documents(Caller(store))}
    tohti = next(x for x in lines if x["schema"] == "Person" and x["properties"]["name"] == ["Ilham Tohti"])
    mentions = [x for x in lines if x["schema"] == "Mention" and x["properties"]["resolved"] == [tohti["id"]]]
    assert len(mentions) == len(tohti["habeas"]["citations"]) >= 3
    for m in mentions:
        cite = m["habeas"]["citations"][0]
        assert cite["sha256"] == docs[cite["document_id"]]["sha256"]
        document = by_id[m["properties"]["document"][0]]
        assert document["properties"]["contentHash"] == [cite["sha256"]]
        page = documents.show_document(Caller(store), cite["document_id"])["pages"][cite["page"] - 1]["text"]
        assert page[cite["start"] : cite["end"]] == "Ilham Tohti"
    # One person across scripts: the Chinese report's 陈全国 and the English documents' Chen Quanguo.
    chen = next(
        x
        for x in lines
        if x["schema"] == "Person" and "陈全国" in x["properties"]["name"] + x["properties"].get("alias", [])
    )
    assert "新疆维吾尔自治区党委书记" in chen["properties"]["position"]
    claim = next(x for x in lines if x["schema"] == "Note")
    assert claim["habeas"]["type"] == "claim" and claim["habeas"]["citations"][0]["sha256"]


def test_ftm_export_leaves_out_what_table_rows_name(case_file: dict[str, Any], tmp_path: Path) -> None:
    store = case_file["store"]
    table_id = doc_id(store, "leaked-list.csv")
    named_in_table = {e["name"] for e in analysis_services.document_entities(Caller(store), table_id).get(1, [])}
    assert "Dabancheng" in named_in_table  # the analysis did find it: leaving it out is the export's doing
    exports.export_ftm(Caller(store), tmp_path / "case.ftm.json")
    text = (tmp_path / "case.ftm.json").read_text(encoding="utf-8")
    assert "Dabancheng" not in text and "Abdurehim" not in text
    lines = read_lines(tmp_path / "case.ftm.json")
    assert any(x["schema"] == "Document" and x["habeas"]["document_id"] == table_id for x in lines)
    cited = {c["document_id"] for x in lines for c in x.get("habeas", {}).get("citations", [])}
    assert table_id not in cited
    urumqi = next(x for x in lines if x["schema"] == "Address" and "Urumqi" in x["properties"].get("alias", []))
    assert all(c["document_id"] != table_id for c in urumqi["habeas"]["citations"])


def test_ftm_round_trip_keeps_every_entity(case_file: dict[str, Any], make_store: StoreFactory, tmp_path: Path) -> None:
    first = tmp_path / "first.ftm.json"
    exports.export_ftm(Caller(case_file["store"]), first)
    other = make_store("other")
    result = exports.import_ftm(Caller(other, ACTOR), first, None)
    assert result["problems"] == [] and result["entities"] == len(read_lines(first))
    again = tmp_path / "again.ftm.json"
    exports.export_ftm(Caller(other), again)
    before = {x["id"]: x for x in read_lines(first)}
    after = {x["id"]: x for x in read_lines(again)}
    assert after == before
    # importing again replaces, never duplicates
    exports.import_ftm(Caller(other, ACTOR), first, None)
    exports.export_ftm(Caller(other), again)
    assert len(read_lines(again)) == len(before)


def test_ftm_import_of_a_sanctions_list_with_a_bad_line(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "list.ftm.json"
    lines = SANCTIONS.read_text(encoding="utf-8").splitlines()
    bad.write_text(
        "\n".join(
            [
                lines[0],
                "{not json",
                '{"id": "x", "schema": "Spaceship"}',
                '{"id": "y", "schema": "Person", "properties": {"colour": ["red"]}}',
                *lines[1:],
            ]
        ),
        encoding="utf-8",
    )
    result = exports.import_ftm(Caller(store, ACTOR), bad, "sanctions")
    assert len(result["problems"]) == 3
    assert all(str(bad) in p for p in result["problems"])
    assert "line 3" in result["problems"][1] and "Spaceship" in result["problems"][1]
    assert "colour" in result["problems"][2]
    # the nested person's three sanctions came out as entities of their own, pointing back at it
    assert result["schemata"] == {"Person": 3, "PublicBody": 1, "Sanction": 9}
    listed = {x.id: x for x in _listings(store, "sanctions")}
    assert {s["authority"] for s in listed["test-wang-junzheng"].sanctions} == {
        "Office of Foreign Assets Control",
        "Council of the European Union",
        "Foreign, Commonwealth & Development Office",
        "Global Affairs Canada",
    }


def _listings(store: Store, case: str) -> list[sanctions.Listing]:
    from habeas.store.store import get_case

    with store.db.reading() as session:
        found = get_case(session, case)
        assert found is not None
        return sanctions.listings(session, found.id)


# -- sanctions ----------------------------------------------------------------------------------


def test_sanctions_match_a_chinese_name_to_a_latin_listing_for_review(make_store: StoreFactory, tmp_path: Path) -> None:
    store = make_store("sanctions")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "zh.txt").write_text(CHINESE, encoding="utf-8")
    (tmp_path / "in" / "en.txt").write_text(
        "The Chinese Foreign Minister Wang Yi met the press. Professor Ilham Tohti remains in prison.\n",
        encoding="utf-8",
    )
    ingest(store, tmp_path / "in")
    exports.import_ftm(Caller(store, ACTOR), SANCTIONS, None)
    result = exports.cross_reference(Caller(store))
    officials = {o["name"]: o for o in result["officials"]}
    # officials: those the documents give an office; a professor is not an official
    assert set(officials) == {"陈全国", "Wang Yi"}
    chen = officials["陈全国"]
    assert chen["status"] == "to review"  # never confirmed by the machine
    assert [m["listed_id"] for m in chen["matches"]] == ["test-chen-quanguo"]
    assert chen["evidence"][0]["sha256"] and chen["positions"][0]["title"] == "新疆维吾尔自治区党委书记"
    assert officials["Wang Yi"]["status"] == "not listed"  # Wang Yi is not Wang Junzheng
    everyone = {o["name"] for o in exports.cross_reference(Caller(store), everyone=True)["officials"]}
    assert {"朱海仑", "Ilham Tohti"} <= everyone

    pair = chen["matches"][0]["pair"]
    exports.decide(Caller(store, "reviewer-ann"), pair, "same")
    chen = next(o for o in exports.cross_reference(Caller(store))["officials"] if o["name"] == "陈全国")
    assert chen["status"] == "sanctioned" and chen["authorities"] == ["Office of Foreign Assets Control"]
    assert chen["matches"][0]["decided_by"] == "reviewer-ann"
    zhu = next(o for o in exports.cross_reference(Caller(store), everyone=True)["officials"] if o["name"] == "朱海仑")
    exports.decide(Caller(store, ACTOR), zhu["matches"][0]["pair"], "different")
    zhu = next(o for o in exports.cross_reference(Caller(store), everyone=True)["officials"] if o["name"] == "朱海仑")
    assert zhu["status"] == "not listed" and zhu["matches"][0]["decision"] == "different"
    with pytest.raises(ValueError):
        exports.decide(Caller(store, ACTOR), pair, "probably")
    audit = custody.verify(Caller(store))
    assert audit["ok"]


# -- dossiers --------------------------------------------------------------------------------------


def test_pdf_dossier_cites_the_file_hash(case_file: dict[str, Any], tmp_path: Path) -> None:
    store = case_file["store"]
    data = exports.entity_dossier_data(Caller(store), "Ilham Tohti")
    pdf = dossier.write_pdf(data, tmp_path / "tohti.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    document = pypdfium2.PdfDocument(pdf)
    text = "".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    flat = "".join(text.split())
    for d in data["documents"].values():
        assert d["sha256"] in flat
    assert "Ilham Tohti" in text and "Sakharov" in text


def test_dossier_on_a_chinese_named_official_and_a_case(case_file: dict[str, Any], tmp_path: Path) -> None:
    store = case_file["store"]
    data = exports.entity_dossier_data(Caller(store), "陈全国")
    assert "新疆维吾尔自治区党委书记" in [p["title"] for p in data["positions"]]
    html = dossier.render_html(data)
    assert "陈全国" in html and data["mentions"][0]["document_id"] in html
    pdf = dossier.write_pdf(data, tmp_path / "chen.pdf")
    document = pypdfium2.PdfDocument(pdf)
    text = "".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    assert "陈全国" in text
    case = dossier.render_html(exports.case_dossier_data(Caller(store), "main"))
    assert "Ilham Tohti" in case and "Dabancheng" not in case and "Abdurehim" not in case
    with pytest.raises(NotFound):
        exports.entity_dossier_data(Caller(store), "Dabancheng")  # named only in a leaked table


def test_dossier_command_writes_html_and_pdf(case_file: dict[str, Any], tmp_path: Path) -> None:
    store = case_file["store"]
    runner = cli_runner(store)
    result = runner.invoke(
        app,
        [
            "--store",
            str(store.settings.store),
            "dossier",
            "Ilham Tohti",
            "--html",
            str(tmp_path / "d.html"),
            "--pdf",
            str(tmp_path / "d.pdf"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "d.pdf").read_bytes()[:5] == b"%PDF-"
    assert "Sakharov" in (tmp_path / "d.html").read_text(encoding="utf-8")
    missing = runner.invoke(app, ["--store", str(store.settings.store), "dossier", "Nobody Atall"])
    assert missing.exit_code == 2 and "no entity" in missing.output


# -- CSV -------------------------------------------------------------------------------------------


def test_csv_lines_stream_without_reading_everything() -> None:
    pulled = 0

    def endless() -> Any:
        nonlocal pulled
        n = 0
        while True:  # a result far larger than memory: only what is written is ever made
            pulled += 1
            n += 1
            yield [n, f"=cmd|' /C calc'!A{n}", 'Ürümqi, "camp"']

    lines = csv_rows.csv_lines(["n", "formula", "text"], endless())
    first = [next(lines) for _ in range(1001)]
    assert pulled == 1000
    rows = list(csv.reader(io.StringIO("".join(first))))
    assert rows[0] == ["n", "formula", "text"] and rows[1000][0] == "1000"
    assert rows[1][1].startswith("'=") and rows[1][2] == 'Ürümqi, "camp"'


def test_csv_exports_of_entities_claims_timeline_and_search(case_file: dict[str, Any]) -> None:
    store = case_file["store"]
    for kind, query in (("entities", None), ("claims", None), ("timeline", None), ("search", "Uyghurs")):
        header, rows = exports.export_rows(Caller(store), kind, query=query)
        text = "".join(csv_rows.csv_lines(header, rows))
        table = list(csv.DictReader(io.StringIO(text)))
        assert table, kind
        assert "Dabancheng" not in text and "Abdurehim" not in text, kind
    header, rows = exports.export_rows(Caller(store), "claims")
    claims = list(csv.DictReader(io.StringIO("".join(csv_rows.csv_lines(header, rows)))))
    docs = {d["id"]: d["sha256"] for d in documents.list_documents(Caller(store))}
    assert all(c["sha256"] == docs[c["document_id"]] for c in claims)
    with pytest.raises(ValueError):
        exports.export_rows(Caller(store), "search")
    with pytest.raises(ValueError):
        exports.export_rows(Caller(store), "people")


def test_export_commands(case_file: dict[str, Any], tmp_path: Path) -> None:
    store = case_file["store"]
    runner = cli_runner(store)
    at = ["--store", str(store.settings.store)]
    result = runner.invoke(app, [*at, "export", "csv", "entities", str(tmp_path / "e.csv")])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8")))
    assert any(r["name"] == "Ilham Tohti" for r in rows) and not (tmp_path / "e.csv.part").exists()
    result = runner.invoke(app, [*at, "export", "ftm", str(tmp_path / "c.ftm.json"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["schemata"]["Person"] >= 5
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]\n", encoding="utf-8")
    result = runner.invoke(app, [*at, "import", "ftm", str(bad), "--case", "scratch"])
    assert result.exit_code == 1 and "bad.json: line 1" in result.output


def test_csv_export_of_an_unknown_case_or_entity_fails_before_any_row(case_file: dict[str, Any]) -> None:
    store = case_file["store"]
    with pytest.raises(NotFound):
        exports.export_rows(Caller(store), "entities", case="no such case")
    with pytest.raises(NotFound):
        exports.export_rows(Caller(store), "timeline", entity="Nobody Atall")


def test_every_export_is_audited_without_its_contents(store: Store, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "en.txt").write_text(
        "The Chinese Foreign Minister Wang Yi met the press in 2022.\n", encoding="utf-8"
    )
    ingest(store, tmp_path / "in")
    exports.export_ftm(Caller(store, "reader-bo"), tmp_path / "out.ftm.json")
    from sqlalchemy import select

    from habeas.store.models import AuditEntry

    with store.db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export.ftm")).one()
    assert entry.actor == "reader-bo" and entry.details["entities"] >= 2
    assert "Wang Yi" not in json.dumps(entry.details)
    assert custody.verify(Caller(store))["ok"]


def test_listed_names_match_in_either_order_and_script_but_other_people_do_not() -> None:
    at = sanctions.REVIEW_THRESHOLD
    assert sanctions.name_similarity("朱海仑", "Hailun Zhu") >= at
    assert sanctions.name_similarity("Zhu Hailun", "ZHU Hailun") >= at
    assert sanctions.name_similarity("王君正", "Wang Junzheng") >= at
    assert sanctions.name_similarity("Wang Yi", "Wang Junzheng") < at
    assert sanctions.name_similarity("Xi Jinping", "Hu Junping") < at
    assert sanctions.name_similarity("朱海仑", "Zhu Hai") < at
