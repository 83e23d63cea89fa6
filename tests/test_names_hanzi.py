"""Han names in pinyin back to Chinese characters (names/hanzi_names.py): the syllables, the
characters names use for them, the forms of `names forms`, and the case's own documents re-ranking
them, through a real store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from habeas.cli import app
from habeas.config import LOCAL_OWNER, Settings
from habeas.names import forms, hanzi_names
from habeas.services import Caller, names, open_store

runner = CliRunner()


def test_pinyin_words_split_into_syllables() -> None:
    assert hanzi_names.segmentations("jintao")[0] == ("jin", "tao")
    assert ("xi", "an") in hanzi_names.segmentations("xi'an")
    assert hanzi_names.segmentations("xi'an")[0] == ("xi", "an")
    assert hanzi_names.segmentations("ilham") == ()  # no pinyin syllable ends in -m


@pytest.mark.parametrize("name", ["Hu Jintao", "Jintao Hu", "Wang Yi", "Li Keqiang", "Ouyang Xiu"])
def test_han_names_in_pinyin_are_recognised(name: str) -> None:
    assert hanzi_names.is_pinyin_name(name)


@pytest.mark.parametrize("name", ["Ilham Tohti", "Hasan Ali", "Juma Tursun", "Gulshan Abbas", "Memet", "A B C D"])
def test_uyghur_and_other_names_are_not(name: str) -> None:
    assert not hanzi_names.is_pinyin_name(name)
    assert hanzi_names.candidates(name) == ()


@pytest.mark.parametrize(
    ("latin", "hanzi", "within"),
    [
        ("Li Keqiang", "李克强", 1),
        ("Chen Quanguo", "陈全国", 1),
        ("Zhu Hailun", "朱海仑", 10),
        ("Hu Jintao", "胡锦涛", 6),
    ],
)
def test_candidates_use_the_characters_names_use(latin: str, hanzi: str, within: int) -> None:
    got = [t for t, _ in hanzi_names.candidates(latin, 10)]
    assert hanzi in got[:within], got
    assert all(len(t) == 3 and "·" not in t for t in got)  # family and given name written together


def test_family_name_first_is_likelier_than_last() -> None:
    first = dict(hanzi_names.candidates("Hu Jintao", 10))
    last = dict(hanzi_names.candidates("Jintao Hu", 10))
    assert first["胡锦涛"] < last["胡锦涛"]


def test_the_table_is_per_syllable_and_position() -> None:
    table = json.loads(hanzi_names.DATA.read_text(encoding="utf-8"))
    assert set(table) == {"surname", "given"}
    assert table["surname"]["wang"][0][0] == "王"
    assert all(len(chars) <= hanzi_names.PER_SYLLABLE for by in table.values() for chars in by.values())
    assert all(len(c) == 1 for by in table.values() for chars in by.values() for c, _ in chars)


def test_forms_of_a_han_name_in_pinyin() -> None:
    out = forms.name_forms("Hu Jintao")
    assert "胡锦涛" in out["chinese_candidates"]
    assert all("·" not in c for c in out["chinese_candidates"][: forms.PINYIN_SHARE])
    assert len(out["chinese_candidates"]) == forms.CHINESE_CANDIDATES
    parts, joiner = forms.rendering_parts("Hu Jintao")
    assert joiner == "" and "胡" in parts[0] and "锦涛" in parts[1]


def test_forms_of_a_uyghur_name_are_unchanged() -> None:
    out = forms.name_forms("Ilham Tohti")
    assert out["chinese_candidates"][0] == "伊力哈木·托合提"
    assert forms.rendering_parts("Ilham Tohti")[1] == "·"


def invoke(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    got: dict[str, Any] = json.loads(result.stdout)
    return got


def test_the_case_documents_rank_the_characters_they_write(tmp_path: Path) -> None:
    """A case whose documents write 胡锦涛 gets 胡锦涛 first for Hu Jintao, and finds the document
    that writes it before one naming another person with the same first characters."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("会议由胡锦涛主持。\n", encoding="utf-8")
    (docs / "b.txt").write_text("胡锦华在乌鲁木齐出席了活动。\n", encoding="utf-8")
    store = tmp_path / "store"
    invoke("--store", str(store), "ingest", str(docs), "--json")
    ids = {d["file_name"]: d["id"] for d in invoke("--store", str(store), "documents", "--json")["documents"]}
    with open_store(Settings(store=store)) as opened:
        out = names.case_name_forms(Caller(opened, LOCAL_OWNER), "Hu Jintao")
    assert out["chinese_transcription"] == "胡锦涛", out
    assert "胡锦涛" in out["used_in_case"]
    hits = invoke("--store", str(store), "search", 'name:"Hu Jintao"', "--json")["results"]
    assert hits and hits[0]["document_id"] == ids["a.txt"]
