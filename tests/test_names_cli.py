"""`habeas names forms` and `habeas names match` through the real CLI and a real SQLite store."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from habeas.cli import app

runner = CliRunner()


def invoke(*args: str) -> dict:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    table = tmp_path / "detainees.csv"
    with table.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Name", "Father name", "Person", "note"])
        w.writerow(["伊力哈木·土赫提", "", "", "a"])
        w.writerow(["伊力哈木·吐尔逊", "", "", "b"])
        w.writerow(["阿不都热依木·买买提", "土赫提", "", "c"])
        w.writerow(["王力雄", "", "", "d"])
        w.writerow(["热比娅·卡德尔", "", "", "e"])
        w.writerow(["", "", "Ilham Toxti", "f"])
        w.writerow(["伊力哈木·土赫提", "", "", "g"])  # the same name twice: both rows are found
    second = tmp_path / "list.csv"  # a Chinese heading: 姓名 (name)
    second.write_text("姓名,年龄\n依力哈木·土赫提,50\n", encoding="utf-8")
    path = tmp_path / "store"
    invoke("--store", str(path), "ingest", str(table), str(second), "--json")
    return path


def test_forms_gives_every_script() -> None:
    forms = invoke("names", "forms", "Ilham Tohti", "--json")
    text = json.dumps(forms, ensure_ascii=False)
    assert "ئىلھام" in forms["uey"]
    assert forms["usy"].startswith("Илһам")
    assert forms["chinese_transcription"].startswith("伊力哈木")
    assert forms["keys"][0]["parts"][0]["skeleton"] == "lm"
    assert "Илһам" in text


def test_forms_of_a_chinese_and_an_arabic_script_name() -> None:
    han = invoke("names", "forms", "伊力哈木·土赫提", "--json")
    assert han["uly"] == "Ilham Tuxt" or han["uly"].startswith("Ilham")
    assert han["uyghur_readings"][0]["part"] == "伊力哈木"
    ara = invoke("names", "forms", "ئىلھام توختى", "--json")
    assert ara["uly"] == "Ilham Toxti"
    assert ara["usy"] == "Илһам Тохти"
    pin = invoke("names", "forms", "王力雄", "--json")
    assert pin["pinyin"] == "Wang Lixiong"


def test_match_json_shape_and_ranking(store: Path) -> None:
    out = invoke("--store", str(store), "names", "match", "Ilham Tohti", "--limit", "10", "--json")
    assert out["query"] == "Ilham Tohti"
    matches = out["matches"]
    assert matches, out
    for m in matches:
        assert set(m) >= {"id", "name", "score", "kind", "why"}
        assert isinstance(m["id"], str) and isinstance(m["score"], float)
        assert m["kind"] in ("entity", "record")
    top = [m["name"] for m in matches[:3]]
    assert top[:2] == ["伊力哈木·土赫提", "伊力哈木·土赫提"]  # both rows, tie broken by position, not insertion
    assert "依力哈木·土赫提" in top  # found in a second table through its 姓名 column
    assert [m["score"] for m in matches] == sorted((m["score"] for m in matches), reverse=True)
    assert "土赫提" in matches[0]["why"]


def test_match_limit_and_marked_column(store: Path) -> None:
    out = invoke("--store", str(store), "names", "match", "Ilham Tohti", "--limit", "1", "--json")
    assert len(out["matches"]) == 1
    plain = invoke("--store", str(store), "names", "match", "Ilham Toxti", "--json")
    assert "Ilham Toxti" not in [m["name"] for m in plain["matches"]]  # "Person" is not a name heading
    marked = invoke("--store", str(store), "names", "match", "Ilham Toxti", "--column", "Person", "--json")
    assert marked["matches"][0]["name"] == "Ilham Toxti"
    assert marked["matches"][0]["score"] == 1.0


def test_match_searches_every_name_column(store: Path) -> None:
    out = invoke("--store", str(store), "names", "match", "Tohti", "--json")
    columns = {m["column"] for m in out["matches"]}
    assert "Father name" in columns


def test_lookups_are_audited_without_the_name(store: Path) -> None:
    invoke("--store", str(store), "names", "match", "Rebiya Kadeer", "--json")
    con = sqlite3.connect(store / "habeas.db")
    rows = con.execute("select action, details from audit_log where action = 'names.lookup'").fetchall()
    con.close()
    assert rows
    for _, details in rows:
        assert "Rebiya" not in details and "Kadeer" not in details
        assert len(json.loads(details)["query_hmac"]) == 64
    assert (store / "names.key").stat().st_mode & 0o077 == 0


def test_human_output(store: Path) -> None:
    result = runner.invoke(app, ["--store", str(store), "names", "match", "Rebiya Kadeer"])
    assert result.exit_code == 0
    assert "热比娅·卡德尔" in result.output


def test_empty_query_is_an_error(store: Path) -> None:
    result = runner.invoke(app, ["--store", str(store), "names", "match", "  ", "--json"])
    assert result.exit_code == 2
