"""Record linkage of table rows: blocking across scripts, ID numbers, birth dates, the review queue,
and judgements that survive a re-run."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from habeas.cli import app
from habeas.names.idnumber import check_char
from habeas.names.linkage import LinkRow, score_pair

runner = CliRunner()
ID = "65010219691231" + "123"
ID += check_char(ID)
OTHER_ID = "65310119800101" + "222"
OTHER_ID += check_char(OTHER_ID)


def invoke(*args: str) -> dict:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    table = tmp_path / "detainees.csv"
    table.write_text(
        "name,身份证号码,birth date,village\n"
        f"伊力哈木·土赫提,{ID},1969-12-31,a\n"        # record 1
        f"Ilham Tohti,{ID},,b\n"                     # 2: same ID, other script
        "伊力哈木·土赫提,,1969-12-31,c\n"            # 3: same name and birth date
        "伊力哈木·吐尔逊,,,d\n"                      # 4: another person
        "依力哈木·土赫提,,1969-12-13,e\n"            # 5: same name, day and month swapped: review
        f"伊力哈木·土赫提,{OTHER_ID},,f\n",          # 6: same name, another valid ID: not linked to 1
        encoding="utf-8")
    path = tmp_path / "store"
    invoke("--store", str(path), "ingest", str(table), "--json")
    return path


def pairs(store: Path) -> dict[tuple[int, int], str]:
    con = sqlite3.connect(store / "habeas.db")
    out = {(a, b): s for a, b, s in con.execute("select left_record_id, right_record_id, status from link_pairs")}
    con.close()
    return out


def test_link_finds_the_same_person_across_scripts(store: Path) -> None:
    result = invoke("--store", str(store), "link", "--table", "detainees.csv", "--json")
    assert result["rows"] == 6
    found = pairs(store)
    assert found[(1, 2)] == "linked"          # one valid ID number, Latin and Chinese names
    assert found[(1, 3)] == "linked"          # same name, same birth date
    assert (1, 4) not in found                # different family name
    assert found.get((1, 5)) == "review"      # birth dates close but not equal
    assert (1, 6) not in found                # two different valid ID numbers


def test_review_decisions_survive_a_rerun(store: Path) -> None:
    invoke("--store", str(store), "link", "--json")
    queue = invoke("--store", str(store), "link", "review", "--json")["pairs"]
    assert queue and {"pair", "score", "evidence", "left", "right"} <= set(queue[0])
    first = queue[0]
    invoke("--store", str(store), "link", "decide", str(first["pair"]), "different", "--json")
    invoke("--store", str(store), "link", "--json")  # the machine runs again
    left = int(first["left"]["id"].split(":")[1])
    right = int(first["right"]["id"].split(":")[1])
    assert (left, right) not in pairs(store)
    again = invoke("--store", str(store), "link", "review", "--json")["pairs"]
    assert first["left"]["id"] not in [p["left"]["id"] for p in again if p["right"]["id"] == first["right"]["id"]]


def test_a_same_decision_links_on_every_run(store: Path) -> None:
    invoke("--store", str(store), "link", "--json")
    queue = invoke("--store", str(store), "link", "review", "--json")["pairs"]
    pair = queue[0]
    invoke("--store", str(store), "link", "decide", str(pair["pair"]), "same", "--json")
    invoke("--store", str(store), "link", "--json")
    left = int(pair["left"]["id"].split(":")[1])
    right = int(pair["right"]["id"].split(":")[1])
    assert pairs(store)[(left, right)] == "linked"
    con = sqlite3.connect(store / "habeas.db")
    actions = [a for (a,) in con.execute("select action from audit_log")]
    con.close()
    assert "link.run" in actions and "link.decide" in actions


def test_a_bad_decision_is_refused(store: Path) -> None:
    invoke("--store", str(store), "link", "--json")
    result = runner.invoke(app, ["--store", str(store), "link", "decide", "1", "maybe"])
    assert result.exit_code == 2


def test_score_pair_evidence() -> None:
    a = LinkRow(1, "d", "伊力哈木·土赫提", ID, date(1969, 12, 31))
    b = LinkRow(2, "d", "Ilham Tohti", ID, None)
    score, evidence = score_pair(a, b)
    assert score >= 0.95 and evidence["id_number"] == "same"
    c = LinkRow(3, "d", "伊力哈木·土赫提", OTHER_ID, None)
    assert score_pair(a, c)[1]["id_number"] == "different"
    assert score_pair(a, c)[0] < 0.5
