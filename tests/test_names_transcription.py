"""The Chinese transcription of Uyghur names, one test per rule of the table."""

from __future__ import annotations

import pytest

from habeas.names import phonetic, transcription
from habeas.names.match import compare


def readings(word: str, limit: int = transcription.MAX_VARIANTS) -> list[str]:
    return [r for r, _ in transcription.read_word(word, limit)]


def meets(latin: str, hanzi: str, at_least: float = 0.85) -> bool:
    return compare(latin, hanzi).score >= at_least


# Rule 1: a syllable is written with the character closest in Mandarin.
@pytest.mark.parametrize(("char", "reading"), [
    ("哈", "ha"), ("买", "mey"), ("买", "me"), ("吐", "tu"), ("古", "gü"), ("热", "re"), ("沙", "sa"),
    ("卡", "qa"), ("库", "qu"), ("西", "shi"), ("夏", "sha"), ("则", "ze"), ("娜", "na"), ("巴", "ba"),
])
def test_rule_syllable_by_closest_character(char: str, reading: str) -> None:
    assert reading in readings(char)


# Rule 2: a consonant closing a syllable has its own character, whose vowel is not pronounced.
@pytest.mark.parametrize(("word", "ending"), [
    ("阿里木", "m"), ("买买提", "t"), ("玉素甫", "p"), ("玉素甫", "f"), ("阿不都克", "k"), ("阿不都克", "q"),
    ("努尔", "r"), ("阿迪力", "l"), ("艾勒", "l"), ("阿巴斯", "s"), ("阿什", "sh"), ("阿孜", "z"), ("阿布", "b"),
    ("阿德", "d"), ("阿格", "g"), ("阿赫", "x"), ("阿合", "h"), ("阿尼", "n"),
])
def test_rule_closing_consonant_characters(word: str, ending: str) -> None:
    assert any(r.endswith(ending) and not r.endswith(ending + "i") for r in readings(word)), readings(word)


def test_rule_closing_consonant_is_preferred_at_the_end() -> None:
    assert readings("买买提")[0].endswith("t")  # -met, not -meti
    assert readings("伊力哈木")[0].endswith("m")


def test_rule_closing_consonant_inside_a_word() -> None:
    assert "abdu" in [r[:4] for r in readings("阿不都")]  # 不 → b before 都


# Rule 3: -n after a vowel is written inside the syllable.
@pytest.mark.parametrize(("char", "reading"),
                         [("江", "jan"), ("汗", "xan"), ("逊", "sun"), ("曼", "man"), ("坤", "kun")])
def test_rule_nasal_inside_the_syllable(char: str, reading: str) -> None:
    assert reading in readings(char)


# Rule 4: a vowel without a consonant before it.
@pytest.mark.parametrize(("char", "reading"), [
    ("阿", "a"), ("艾", "e"), ("伊", "i"), ("依", "i"), ("吾", "u"), ("吾", "ü"), ("玉", "ü"), ("奥", "o"), ("欧", "ö"),
])
def test_rule_vowel_characters(char: str, reading: str) -> None:
    assert reading in readings(char)


def test_rule_yi_is_a_glide_between_vowels() -> None:
    assert meets("Rehim", "热依木")
    assert meets("Tahir", "塔依尔")


# Rule 5: parts of a name are separated by a middle dot (or look-alikes).
@pytest.mark.parametrize("sep", ["·", "•", "・", "‧", ".", " "])
def test_rule_middle_dot_separates_parts(sep: str) -> None:
    assert transcription.split_name(f"伊力哈木{sep}土赫提") == ["伊力哈木", "土赫提"]


# The examples of the issue: syllable chains, not names in a table.
@pytest.mark.parametrize(("latin", "hanzi"), [
    ("Abdu", "阿不都"), ("Rehim", "热依木"), ("Gül", "古丽"), ("Memet", "买买提"), ("Jan", "江"), ("Tursun", "吐尔逊"),
    ("Yusup", "玉素甫"), ("Abdurehim", "阿不都热依木"), ("Gülnar", "古丽娜尔"), ("Tohti", "土赫提"),
])
def test_issue_examples(latin: str, hanzi: str) -> None:
    assert meets(latin, hanzi), compare(latin, hanzi).why()


def test_characters_outside_the_table_are_read_in_mandarin() -> None:
    assert transcription.pinyin_reading("张") == "jang"
    assert readings("都")[0] == "du"  # the transcription reading, not Mandarin "dou"


def test_han_names_surname_first_given_name_joined() -> None:
    assert phonetic.han_pinyin("王力雄") == ("wang", "lixiong")
    assert phonetic.han_pinyin("欧阳修文") == ("ouyang", "xiuwen")  # compound surname
    assert phonetic.han_pinyin("曾庆红") == ("zeng", "qinghong")     # surname reading of a polyphonic character
    assert phonetic.han_pinyin("单田芳") == ("shan", "tianfang")
    assert phonetic.han_pinyin("伊力哈木·土赫提") is None             # not a Han name


@pytest.mark.parametrize("query", ["Wang Lixiong", "Lixiong Wang", "Wang Li-xiong", "wang lixiong"])
def test_han_name_in_pinyin_any_order(query: str) -> None:
    assert compare(query, "王力雄").score >= 0.9


def test_readings_are_ranked_and_bounded() -> None:
    out = transcription.read_word("阿不都热依木买买提")
    assert 0 < len(out) <= transcription.MAX_VARIANTS
    costs = [c for _, c in out]
    assert costs == sorted(costs)
