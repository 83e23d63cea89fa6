"""Record linkage of table rows: blocking across scripts, ID numbers, birth dates, the review queue,
and judgements that survive a re-run."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from habeas.cli import app
from habeas.names.idnumber import check_char
from habeas.resolve import splink_model

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
        f"伊力哈木·土赫提,{ID},1969-12-31,a\n"  # record 1
        f"Ilham Tohti,{ID},,b\n"  # 2: same ID, other script
        "伊力哈木·土赫提,,1969-12-31,c\n"  # 3: same name and birth date
        "伊力哈木·吐尔逊,,,d\n"  # 4: another person
        "依力哈木·土赫提,,1969-12-13,e\n"  # 5: same name, day and month swapped: review
        f"伊力哈木·土赫提,{OTHER_ID},,f\n",  # 6: same name, another valid ID: not linked to 1
        encoding="utf-8",
    )
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
    assert found[(1, 2)] == "linked"  # one valid ID number, Latin and Chinese names
    assert found[(1, 3)] == "linked"  # same name, same birth date
    assert (1, 4) not in found  # different family name
    assert found.get((1, 5)) == "review"  # birth dates close but not equal
    assert (1, 6) not in found  # two different valid ID numbers


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


def _pair(a: dict, b: dict) -> tuple[float, dict[str, str]] | None:
    prepared = splink_model.prepare([{"uid": 1, **a}, {"uid": 2, **b}])
    found = splink_model.link(prepared, splink_model.Options(threshold=0.0)).pairs
    return (found[0][2], found[0][3]) if found else None


def test_model_evidence_prc_id_and_scripts() -> None:
    """One valid PRC ID number on both rows links a Chinese-character and a Latin name; two different
    valid numbers keep the same name apart; the evidence names each comparison level."""
    same = _pair(
        {"name": "伊力哈木·土赫提", "id_number": ID, "birth": "1969-12-31"}, {"name": "Ilham Tohti", "id_number": ID}
    )
    assert same is not None and same[0] >= 0.99
    assert same[1]["id_number"] == "same valid PRC ID number"
    assert same[1]["name_b"] == "same across scripts" and same[1]["birth"] == "same"  # birth read from the ID
    bad = ID[:17] + ("0" if ID[17] != "0" else "1")  # check digit broken
    weaker = _pair({"name": "伊力哈木·土赫提", "id_number": ID}, {"name": "Ilham Tohti", "id_number": bad})
    assert weaker is not None and weaker[1]["id_number"] == "one typo" and weaker[0] < same[0]
    apart = _pair({"name": "伊力哈木·土赫提", "id_number": ID}, {"name": "伊力哈木·土赫提", "id_number": OTHER_ID})
    assert apart is not None and apart[0] < 0.5 and apart[1]["id_number"] == "different"


def test_spark_backend_without_pyspark_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pyspark(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("pyspark"):
            raise ImportError("No module named 'pyspark'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pyspark)
    prepared = splink_model.prepare([{"uid": 1, "name": "Ilham Tohti"}, {"uid": 2, "name": "Ilham Toxti"}])
    with pytest.raises(splink_model.LinkageError, match="pyspark"):
        splink_model.link(prepared, splink_model.Options(backend="spark"))


def test_restricted_rows_are_hidden_from_a_reader(store: Path) -> None:
    """A row marked restricted is left out of `names match` for a reader and of the link review for a
    reviewer (a reader may not open the review at all), and stays visible to an investigator; a
    reader may not mark rows; the query is never logged as text."""
    s = str(store)
    invoke("--store", s, "users", "add", "rita", "--role", "reader", "--password", "long enough", "--json")
    invoke("--store", s, "users", "add", "ivan", "--role", "investigator", "--password", "long enough", "--json")
    invoke("--store", s, "users", "add", "rex", "--role", "reviewer", "--password", "long enough", "--json")
    invoke("--store", s, "link", "--json")
    assert runner.invoke(app, ["--store", s, "--as", "rita", "link", "review", "--json"]).exit_code == 3
    queue = invoke("--store", s, "--as", "rex", "link", "review", "--json")["pairs"]
    assert any(p["right"]["id"] == "record:5" for p in queue)
    before = invoke("--store", s, "--as", "rita", "names", "match", "伊力哈木·土赫提", "--limit", "20", "--json")
    row = str(next(m["row"] for m in before["matches"] if m["id"] == "record:5"))

    refused = runner.invoke(app, ["--store", s, "--as", "rita", "names", "restrict", "detainees.csv", "--row", row])
    assert refused.exit_code == 2
    invoke("--store", s, "--as", "ivan", "names", "restrict", "detainees.csv", "--row", row, "--json")

    hidden = invoke("--store", s, "--as", "rita", "names", "match", "伊力哈木·土赫提", "--limit", "20", "--json")
    assert "record:5" not in [m["id"] for m in hidden["matches"]] and hidden["matches"]
    seen = invoke("--store", s, "--as", "ivan", "names", "match", "伊力哈木·土赫提", "--limit", "20", "--json")
    assert "record:5" in [m["id"] for m in seen["matches"]]
    queue = invoke("--store", s, "--as", "rex", "link", "review", "--json")["pairs"]
    assert all("record:5" not in (p["left"]["id"], p["right"]["id"]) for p in queue)
    pair = next(
        p
        for p in invoke("--store", s, "--as", "ivan", "link", "review", "--json")["pairs"]
        if "record:5" in (p["left"]["id"], p["right"]["id"])
    )
    decided = runner.invoke(app, ["--store", s, "--as", "rex", "link", "decide", str(pair["pair"]), "same"])
    assert decided.exit_code == 2

    invoke("--store", s, "--as", "ivan", "names", "restrict", "detainees.csv", "--json")  # the whole table
    hidden = invoke("--store", s, "--as", "rita", "names", "match", "Ilham Tohti", "--json")["matches"]
    assert [m for m in hidden if m["kind"] == "record"] == []  # people the documents name still match
    assert invoke("--store", s, "--as", "ivan", "names", "match", "Ilham Tohti", "--json")["matches"]

    con = sqlite3.connect(store / "habeas.db")
    log = " ".join(str(row) for row in con.execute("select action, target, details from audit_log"))
    con.close()
    assert "records.restrict" in log
    assert "伊力哈木" not in log and "Ilham" not in log and "names.lookup" in log


ROWS = [
    {"uid": 1, "name": "伊力哈木·土赫提", "birth": "1969-10-25", "id_number": ID, "place": "Atush"},
    {"uid": 2, "name": "Ilham Tohti", "birth": "1969/10/25", "place": "Artux"},
    {"uid": 3, "name": "Гулнар Тохти", "id_number": OTHER_ID},
    {"uid": 4, "name": "Rahile Dawut"},
    {"uid": 5, "name": "Nobody"},
]


def test_preparing_on_two_cores_gives_the_same_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """A large table is read by two processes (distinct name pieces, then rows, half each); what
    comes back is what one process makes, row for row and key for key."""
    one = splink_model.prepare(ROWS, ["place"])
    forks: list[int] = []
    real = splink_model._on_two_cores

    def counting(work, n, shared, threshold):  # type: ignore[no-untyped-def]
        out = real(work, n, shared, 1)
        forks.append(len(out))
        return out

    monkeypatch.setattr(splink_model, "_on_two_cores", counting)
    splink_model._piece.cache_clear()
    two = splink_model.prepare(ROWS, ["place"])
    halves = 2 if splink_model._fork_helps(len(ROWS), 1) else 1  # no fork beside other threads
    assert forks == [halves, halves]  # pieces and rows each split between this process and a forked one
    assert two.columns.to_pylist() == one.columns.to_pylist()
    assert two.part_uids.to_pylist() == list(one.part_uids.to_pylist())
    assert two.part_skels.to_pylist() == list(one.part_skels.to_pylist())
    assert two.has_id and two.has_birth
    assert two.columns.column("birth").to_pylist()[:2] == ["19691025", "19691025"]


def test_blocking_keys_tight_always_broad_within_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tight keys are always used; a broad one only while the pairs stay under the budget, and the
    budget has a ceiling however many rows there are."""
    letters = "bdgklmnrst"
    rows = [
        {
            "uid": i,
            "name": f"{letters[i % 10]}a{letters[i // 10]}i {letters[(i * 3) % 10]}o{letters[i // 10]}u",
            "birth": f"1969-10-{1 + i // 2:02d}",
        }
        for i in range(40)
    ]  # two by two on one birth date
    prepared = splink_model.prepare(rows)
    wide = splink_model.link(prepared, splink_model.Options(threshold=0.99))
    assert set(splink_model.TIGHT_KEYS) & set(wide.keys_used) and "B" in wide.keys_used
    monkeypatch.setattr(splink_model, "PAIR_CAP", 1)
    narrow = splink_model.link(prepared, splink_model.Options(threshold=0.99))
    assert "B" not in narrow.keys_used and set(narrow.keys_used) <= set(splink_model.TIGHT_KEYS)
    assert narrow.candidate_pairs <= wide.candidate_pairs
