"""Finding a person by name across scripts: the ``name:"..."`` search field, entity matches in
`habeas names match` and `habeas names screen` over a list, through the real CLI and a real store."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from habeas.cli import app
from habeas.search.query import name_queries, plan_query, with_aliases

runner = CliRunner()

# Four people, each named in one document, in Chinese characters, Uyghur Arabic script or English.
DOCS = {
    "zh_ilham.txt": "据家属介绍，伊力哈木·土赫提于2017年5月在喀什被带走，此后下落不明。\n",
    "zh_rahile.txt": "据家属介绍，热依拉·达吾提于2017年12月在乌鲁木齐被带走，此后下落不明。\n",
    "ug_gulshan.txt": "گۈلشەن ئابباس 2018-يىلى ئۈرۈمچىدە تۇتقۇن قىلىندى.\n",
    "en_memet.txt": "Police in Hotan detained Memet Tursun in March 2018, his brother said.\n",
    "zh_zhu.txt": "朱海仑签发了这份电报。\n",
}


def invoke(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    got: dict[str, Any] = json.loads(result.stdout)
    return got


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    base = tmp_path_factory.mktemp("names-search")
    docs = base / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    store = base / "store"
    invoke("--store", str(store), "ingest", str(docs), "--json")
    ids = {d["file_name"]: d["id"] for d in invoke("--store", str(store), "documents", "--json")["documents"]}
    added = runner.invoke(
        app, ["--store", str(store), "users", "add", "reader1", "--role", "reader", "--password", "Reader-pass-12345"]
    )
    assert added.exit_code == 0, added.output
    return store, ids


def found(store: Path, query: str, ids: dict[str, str]) -> list[str]:
    by_id = {v: k for k, v in ids.items()}
    return [by_id[r["document_id"]] for r in invoke("--store", str(store), "search", query, "--json")["results"]]


@pytest.mark.parametrize(
    ("query", "document"),
    [
        ("Ilham Tohti", "zh_ilham.txt"),  # Latin → Chinese characters with a middle dot
        ("ئىلھام توختى", "zh_ilham.txt"),  # Arabic script → Chinese characters
        ("Илһам Тохти", "zh_ilham.txt"),  # Cyrillic → Chinese characters
        ("Gulshan Abbas", "ug_gulshan.txt"),  # Latin → Uyghur Arabic script
        ("Memet Tursun", "en_memet.txt"),
    ],
)
def test_name_field_finds_the_person_in_any_script(
    corpus: tuple[Path, dict[str, str]], query: str, document: str
) -> None:
    store, ids = corpus
    hits = found(store, f'name:"{query}"', ids)
    assert hits and hits[0] == document
    assert set(hits) == {document}  # and nobody else's document


def test_name_field_without_the_middle_dot_and_combined(corpus: tuple[Path, dict[str, str]]) -> None:
    store, ids = corpus
    assert found(store, 'name:"伊力哈木土赫提"', ids) == ["zh_ilham.txt"]
    assert found(store, 'name:"Ilham Tohti" AND 喀什', ids) == ["zh_ilham.txt"]
    assert found(store, 'name:"Ilham Tohti" AND 乌鲁木齐', ids) == []


def test_an_unrelated_person_is_not_found(corpus: tuple[Path, dict[str, str]]) -> None:
    store, ids = corpus
    assert found(store, 'name:"Abdureshit Eli"', ids) == []
    assert invoke("--store", str(store), "names", "match", "Abdureshit Eli", "--json")["matches"] == []


def test_name_field_is_planned_as_forms_in_every_script() -> None:
    assert name_queries('name:"Ilham Tohti" AND 电报') == ["Ilham Tohti"]
    planned = plan_query(with_aliases('name:"Zhu Hailun" AND 电报', {"Zhu Hailun": ["朱海仑"]})).tantivy_query
    assert 'cjk:"朱海 海仑"' in planned and '"Zhu Hailun"^4.0' in planned and 'cjk:"电报"' in planned
    assert "ئىلھام" in plan_query('name:"Ilham Tohti"').tantivy_query


def test_names_match_gives_the_entity_and_its_documents(corpus: tuple[Path, dict[str, str]]) -> None:
    store, ids = corpus
    got = invoke("--store", str(store), "names", "match", "Ilham Tohti", "--json")
    entities = [m for m in got["matches"] if m["kind"] == "entity"]
    assert entities and "".join(entities[0]["name"].split()) == "伊力哈木·土赫提"
    assert set(entities[0]) >= {"id", "name", "type", "aliases", "score", "why", "documents"}
    assert ids["zh_ilham.txt"] in [d["document_id"] for d in entities[0]["documents"]]
    assert all("热依拉" not in m["name"] for m in got["matches"])


def test_name_search_and_match_are_audited_without_the_name(corpus: tuple[Path, dict[str, str]]) -> None:
    store, _ = corpus
    invoke("--store", str(store), "search", 'name:"Memet Tursun"', "--json")
    log = (runner.invoke(app, ["--store", str(store), "audit", "--json"])).stdout
    assert "names.lookup" in log and "Memet Tursun" not in log


def test_names_screen_runs_a_list(corpus: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    store, ids = corpus
    listing = tmp_path / "list.csv"
    listing.write_text(
        "name,phone\nIlham Tohti,phone-XQZW-01\nGulshan Abbas,phone-XQZW-02\n"
        "Memet Tursun,phone-XQZW-03\nAbdureshit Eli,phone-XQZW-04\nIlham Tohti,phone-XQZW-05\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    got = invoke(
        "--store", str(store), "names", "screen", str(listing), "--name-column", "name", "--json", "--csv", str(out)
    )
    results = got["results"]
    listed = ["Ilham Tohti", "Gulshan Abbas", "Memet Tursun", "Abdureshit Eli", "Ilham Tohti"]
    assert [r["query"] for r in results] == listed
    assert results[4] == results[0]  # a name listed twice is matched once, with the same matches
    for r, doc in zip(results[:3], ["zh_ilham.txt", "ug_gulshan.txt", "en_memet.txt"], strict=True):
        assert ids[doc] in [d["document_id"] for d in r["matches"][0]["documents"]]
    assert results[3]["matches"] == []
    text = out.read_text(encoding="utf-8") + json.dumps(got)
    assert "XQZW" not in text  # the list's other cells go nowhere (a marker no digest or time contains)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["query"] for r in rows} == {"Ilham Tohti", "Gulshan Abbas", "Memet Tursun", "Abdureshit Eli"}
    log = runner.invoke(app, ["--store", str(store), "audit", "--json"]).stdout
    assert log.count("names.screen") == 1 and "Gulshan" not in log and "XQZW" not in log
    refused = runner.invoke(app, ["--store", str(store), "--as", "reader1", "names", "screen", str(listing), "--json"])
    assert refused.exit_code != 0


def test_names_screen_reads_xlsx(corpus: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    from openpyxl import Workbook

    store, ids = corpus
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["id", "full name"])
    sheet.append([1, "Ilham Tohti"])
    sheet.append([2, None])
    listing = tmp_path / "list.xlsx"
    book.save(listing)
    got = invoke("--store", str(store), "names", "screen", str(listing), "--name-column", "full name", "--json")
    assert [r["query"] for r in got["results"]] == ["Ilham Tohti", ""]
    assert ids["zh_ilham.txt"] in [d["document_id"] for d in got["results"][0]["matches"][0]["documents"]]
    assert got["results"][1]["matches"] == []
    missing = runner.invoke(app, ["--store", str(store), "names", "screen", str(listing), "--name-column", "nom"])
    assert missing.exit_code == 2
