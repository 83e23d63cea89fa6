"""One person across scripts: mentions in Chinese characters, Uyghur Arabic script and Latin letters
join into one entity when the names module is sure, wait in the review queue when it is not, and
people's judgements win."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from habeas.analyse import tables as t
from habeas.cli import app
from habeas.resolve.resolver import _M, resolve_all

runner = CliRunner()


def m(i: int, doc: str, name: str, type_: str = "person") -> _M:
    return _M(i, doc, type_, name, name, False, [])


def by_name(mentions: list[_M], judgements: list[tuple[str, list[str], list[str]]] | None = None) -> Any:
    entities, proposals = resolve_all(1, mentions, judgements or [])
    names = {e.id: e.name for e in entities}
    return (
        {e.name: sorted(e.aliases) for e in entities},
        {frozenset((names[c.a], names[c.b])) for c in proposals},
        proposals,
    )


def test_sure_cross_script_names_join() -> None:
    got, proposed, _ = by_name(
        [
            m(1, "zh", "伊力哈木·土赫提"),
            m(2, "ug", "ئىلھام توختى"),
            m(3, "en", "Ilham Tohti"),
            m(4, "zh2", "朱海仑"),
            m(5, "en", "Zhu Hailun"),
            m(6, "en", "Memet Tursun"),  # shares a given name with nobody here: stays alone
        ]
    )
    ilham = next(k for k in got if "Ilham" in k or "伊力哈木" in k or "ئىلھام" in k)
    assert {ilham, *got[ilham]} == {"伊力哈木·土赫提", "ئىلھام توختى", "Ilham Tohti"}
    zhu = next(k for k in got if k in ("朱海仑", "Zhu Hailun"))
    assert {zhu, *got[zhu]} == {"朱海仑", "Zhu Hailun"}
    assert "Memet Tursun" in got and not proposed


def test_one_latin_name_for_two_chinese_names_goes_to_review() -> None:
    # 朱海仑 and 朱海伦 both read "Zhu Hailun": which one the English text means is for a person to say
    got, proposed, proposals = by_name([m(1, "a", "朱海仑"), m(2, "b", "朱海伦"), m(3, "c", "Zhu Hailun")])
    assert set(got) == {"朱海仑", "朱海伦", "Zhu Hailun"}
    assert proposed == {frozenset(("Zhu Hailun", "朱海仑")), frozenset(("Zhu Hailun", "朱海伦"))}
    assert all(c.reason.startswith("same name in another script") for c in proposals)


def test_a_two_character_han_name_needs_context() -> None:
    # 王丽 / Wang Li: too common to join on the name alone ...
    got, proposed, _ = by_name([m(1, "a", "王丽"), m(2, "b", "Wang Li")])
    assert set(got) == {"王丽", "Wang Li"} and proposed == {frozenset(("王丽", "Wang Li"))}
    # ... but the same document (or what the documents name with them) tells
    got, proposed, _ = by_name(
        [m(1, "a", "王丽"), m(2, "a", "喀什", "place"), m(3, "b", "Wang Li"), m(4, "b", "喀什", "place")]
    )
    assert len([k for k in got if k in ("王丽", "Wang Li")]) == 1 and not proposed


def test_a_partial_name_is_not_joined_or_proposed() -> None:
    got, proposed, _ = by_name([m(1, "a", "伊力哈木·阿不都"), m(2, "b", "Ilham Tohti")])
    assert set(got) == {"伊力哈木·阿不都", "Ilham Tohti"} and not proposed


def test_judgements_win() -> None:
    mentions = [m(1, "zh", "伊力哈木·土赫提"), m(2, "en", "Ilham Tohti")]
    distinct = ("distinct", [t.key("Ilham Tohti")], [t.key("伊力哈木·土赫提")])
    got, proposed, _ = by_name(mentions, [distinct])
    assert set(got) == {"伊力哈木·土赫提", "Ilham Tohti"} and not proposed
    split = ("different", [t.key("Ilham Tohti"), t.key("伊力哈木·土赫提")], [t.key("伊力哈木·土赫提")])
    got, _, _ = by_name(mentions, [split])
    assert set(got) == {"伊力哈木·土赫提", "Ilham Tohti"}


DOCS = {
    "zh_report.txt": "2014年9月23日，乌鲁木齐市中级人民法院判处维吾尔族学者伊力哈木·土赫提无期徒刑。"
    "伊力哈木·土赫提曾任教于中央民族大学。\n",
    "ug_testimony.txt": "ئىلھام توختى 2014-يىلى 23-سېنتەبىر ئۈرۈمچىدە مۇددەتسىز قاماق جازاسىغا ھۆكۈم قىلىندى.\n",
    "en_note.txt": "In September 2014 a court in Urumqi sentenced the economist Ilham Tohti to life in prison. "
    "Zhu Hailun signed the telegram.\n",
    "zh_telegram.txt": "朱海仑签发了这份电报。朱海仑时任自治区政法委书记。\n",
}


def invoke(*args: str) -> Any:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("crossscript")
    docs = base / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    invoke("--store", str(base / "store"), "ingest", str(docs), "--json")
    return base / "store"


def test_documents_in_three_scripts_name_one_person(store: Path) -> None:
    people = invoke("--store", str(store), "entities", "--type", "person", "--json")["entities"]
    forms = [{p["name"], *p["aliases"]} for p in people]
    ilham = next(f for f in forms if "Ilham Tohti" in f)
    assert {"伊力哈木·土赫提", "ئىلھام توختى", "Ilham Tohti"} <= ilham
    assert any({"朱海仑", "Zhu Hailun"} <= f for f in forms)
    one = next(p for p in people if "Ilham Tohti" in {p["name"], *p["aliases"]})
    assert one["document_count"] == 3
    # and `names match` finds the one person with all three documents
    got = invoke("--store", str(store), "names", "match", "Ilham Tohti", "--json")
    first = next(x for x in got["matches"] if x["kind"] == "entity")
    assert first["id"] == one["id"] and len(first["documents"]) == 3
