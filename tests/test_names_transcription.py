"""The Chinese transcription of Uyghur names, one test per rule of the table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from habeas.names import forms, phonetic, transcription
from habeas.names.match import compare


def readings(word: str, limit: int = transcription.MAX_VARIANTS) -> list[str]:
    return [r for r, _ in transcription.read_word(word, limit)]


def meets(latin: str, hanzi: str, at_least: float = 0.85) -> bool:
    return compare(latin, hanzi).score >= at_least


# Rule 1: a syllable is written with the character closest in Mandarin.
@pytest.mark.parametrize(
    ("char", "reading"),
    [
        ("哈", "ha"),
        ("买", "mey"),
        ("买", "me"),
        ("吐", "tu"),
        ("古", "gü"),
        ("热", "re"),
        ("沙", "sa"),
        ("卡", "qa"),
        ("库", "qu"),
        ("西", "shi"),
        ("夏", "sha"),
        ("则", "ze"),
        ("娜", "na"),
        ("巴", "ba"),
    ],
)
def test_rule_syllable_by_closest_character(char: str, reading: str) -> None:
    assert reading in readings(char)


# Rule 2: a consonant closing a syllable has its own character, whose vowel is not pronounced.
@pytest.mark.parametrize(
    ("word", "ending"),
    [
        ("阿里木", "m"),
        ("买买提", "t"),
        ("玉素甫", "p"),
        ("玉素甫", "f"),
        ("阿不都克", "k"),
        ("阿不都克", "q"),
        ("努尔", "r"),
        ("阿迪力", "l"),
        ("艾勒", "l"),
        ("阿巴斯", "s"),
        ("阿什", "sh"),
        ("阿孜", "z"),
        ("阿布", "b"),
        ("阿德", "d"),
        ("阿格", "g"),
        ("阿赫", "x"),
        ("阿合", "h"),
        ("阿尼", "n"),
    ],
)
def test_rule_closing_consonant_characters(word: str, ending: str) -> None:
    assert any(r.endswith(ending) and not r.endswith(ending + "i") for r in readings(word)), readings(word)


def test_rule_closing_consonant_is_preferred_at_the_end() -> None:
    assert readings("买买提")[0].endswith("t")  # -met, not -meti
    assert readings("伊力哈木")[0].endswith("m")


def test_rule_closing_consonant_inside_a_word() -> None:
    assert "abdu" in [r[:4] for r in readings("阿不都")]  # 不 → b before 都


# Rule 3: -n after a vowel is written inside the syllable.
@pytest.mark.parametrize(
    ("char", "reading"), [("江", "jan"), ("汗", "xan"), ("逊", "sun"), ("曼", "man"), ("坤", "kun")]
)
def test_rule_nasal_inside_the_syllable(char: str, reading: str) -> None:
    assert reading in readings(char)


# Rule 4: a vowel without a consonant before it.
@pytest.mark.parametrize(
    ("char", "reading"),
    [
        ("阿", "a"),
        ("艾", "e"),
        ("伊", "i"),
        ("依", "i"),
        ("吾", "u"),
        ("吾", "ü"),
        ("玉", "ü"),
        ("奥", "o"),
        ("欧", "ö"),
    ],
)
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
@pytest.mark.parametrize(
    ("latin", "hanzi"),
    [
        ("Abdu", "阿不都"),
        ("Rehim", "热依木"),
        ("Gül", "古丽"),
        ("Memet", "买买提"),
        ("Jan", "江"),
        ("Tursun", "吐尔逊"),
        ("Yusup", "玉素甫"),
        ("Abdurehim", "阿不都热依木"),
        ("Gülnar", "古丽娜尔"),
        ("Tohti", "土赫提"),
    ],
)
def test_issue_examples(latin: str, hanzi: str) -> None:
    assert meets(latin, hanzi), compare(latin, hanzi).why()


def test_characters_outside_the_table_are_read_in_mandarin() -> None:
    assert transcription.pinyin_reading("张") == "jang"
    assert readings("都")[0] == "du"  # the transcription reading, not Mandarin "dou"


def test_han_names_surname_first_given_name_joined() -> None:
    assert phonetic.han_pinyin("王力雄") == ("wang", "lixiong")
    assert phonetic.han_pinyin("欧阳修文") == ("ouyang", "xiuwen")  # compound surname
    assert phonetic.han_pinyin("曾庆红") == ("zeng", "qinghong")  # surname reading of a polyphonic character
    assert phonetic.han_pinyin("单田芳") == ("shan", "tianfang")
    assert phonetic.han_pinyin("伊力哈木·土赫提") is None  # not a Han name


@pytest.mark.parametrize("query", ["Wang Lixiong", "Lixiong Wang", "Wang Li-xiong", "wang lixiong"])
def test_han_name_in_pinyin_any_order(query: str) -> None:
    assert compare(query, "王力雄").score >= 0.9


def test_readings_are_ranked_and_bounded() -> None:
    out = transcription.read_word("阿不都热依木买买提")
    assert 0 < len(out) <= transcription.MAX_VARIANTS
    costs = [c for _, c in out]
    assert costs == sorted(costs)


# -- writing a ULY name in Chinese characters: several candidates, one test per convention -----------


def written(uly: str, limit: int = transcription.WRITE_LIMIT) -> list[str]:
    return [t for t, _ in transcription.chinese_candidates(uly, limit)]


def test_write_several_ranked_candidates() -> None:
    out = transcription.chinese_candidates("Toxti")
    assert len(out) > 1 and [c for _, c in out] == sorted(c for _, c in out)
    firsts = {t[0] for t, _ in out}
    assert {"托", "土"} <= firsts  # "to" is written 托 and 土 (and 吐)


def test_write_closing_consonants_with_their_own_characters() -> None:
    assert written("Ilham")[0] == "伊力哈木"  # -l 力, -m 木
    assert written("Memet")[0] == "买买提"  # -t 提


def test_write_n_inside_the_syllable() -> None:
    assert written("Tursun")[0] == "吐尔逊"


def test_write_a_vowel_alone() -> None:
    assert written("Ömer")[0] == "吾买尔"
    assert written("Erkin")[0].startswith("艾")


def test_write_h_between_vowels_as_the_glide() -> None:
    assert written("Tahir")[0] == "塔依尔"


def test_write_initial_ra_re_and_medial_ra() -> None:
    assert written("Rehman")[0].startswith("热")
    assert written("Barat")[0] == "巴拉提"


def test_write_a_doubled_consonant_once() -> None:
    assert written("Abdulla")[0] == "阿不都拉"


def test_write_womens_names() -> None:
    assert written("Gülnar")[0] == "古丽娜尔"  # 丽, 娜 in a name with gül
    assert written("Rahile")[0] == "热依拉"  # final -e written with the -a character
    assert written("Tursunay")[0] == "吐尔逊阿依"  # the element -ay


def test_write_gh_after_a_closing_consonant_as_g() -> None:
    assert written("Turghun")[0] == "吐尔贡"  # tu 吐, -r 尔, ghun after r 贡
    assert written("Ghojam")[0].startswith(("吾", "霍", "果", "阔"))  # not at the start of a word


def test_write_final_sa_of_a_womans_name() -> None:
    assert written("Amannisa")[0] == "阿曼尼莎"
    assert written("Gülnisa")[0].endswith("莎")
    assert not written("Musa")[0].endswith("莎")  # a man's name keeps 萨/沙


def test_write_russian_family_name_suffix() -> None:
    assert written("Abbasow")[0] == "阿巴索夫"
    assert written("Nazarbayew")[0].endswith("夫")
    assert written("Tow")[0] != "托夫"  # a short word is not a family-name suffix


def test_write_the_article_of_abdul_before_a_consonant() -> None:
    assert written("Abdulkérim")[0] == "阿不都克里木"  # -m 木, -k in 克
    assert written("Abdulla")[0] == "阿不都拉"  # before a vowel it is the syllable la


def test_write_the_honorific_xan_joined() -> None:
    assert written("Amannisa xan")[0] == "阿曼尼莎汗"
    assert written("Ilham Toxti")[0].count("·") == 1


def test_write_parts_joined_by_a_middle_dot() -> None:
    assert written("Ilham Toxti")[0] == "伊力哈木·托合提"


def test_write_any_uly_letters_without_failing() -> None:
    for word in ("chöng", "ghézh", "ngüy", "xxx", "y", "é"):
        assert written(word)


def test_rank_by_usage_with_a_frequency_table() -> None:
    candidates = transcription.chinese_candidates("Ilham Toxti", 30)
    assert candidates[0][0] != "伊力哈木·土赫提"
    by_chars = transcription.rank_by_usage(candidates, {"土": 40, "赫": 30, "哈": 12})
    assert by_chars[0][0] == "伊力哈木·土赫提"
    by_part = transcription.rank_by_usage(candidates, {"土赫提": 5})
    assert by_part[0][0] == "伊力哈木·土赫提"
    unchanged = transcription.rank_by_usage(candidates, {})
    assert [t for t, _ in unchanged] == [t for t, _ in candidates]


def test_forms_list_the_chinese_candidates() -> None:
    out = forms.name_forms("Ilham Tohti")
    assert out["chinese_candidates"][0] == out["chinese_transcription"] == "伊力哈木·托合提"
    assert len(out["chinese_candidates"]) == forms.CHINESE_CANDIDATES


DEV = Path(__file__).parent / "data" / "uyghur-names-dev.json"


def test_dev_set_floor() -> None:
    """Latin → Arabic script and Latin → Chinese on our own set of common names (a regression floor;
    the figures are in docs/names.md)."""
    pairs = json.loads(DEV.read_text(encoding="utf-8"))["pairs"]
    uey = han1 = han3 = 0
    for p in pairs:
        out = forms.name_forms(p["latin"])
        uey += out["uey"] == p["uey"]
        han1 += out["chinese_candidates"][0] == p["hanzi"]
        han3 += p["hanzi"] in out["chinese_candidates"][:3]
    n = len(pairs)
    assert n >= 30
    assert uey / n >= 0.85 and han1 / n >= 0.7 and han3 / n >= 0.8, (uey, han1, han3, n)


def test_write_ra_after_a_closing_consonant() -> None:
    assert written("Dilraba")[0].endswith("热巴")  # dil-ra: 热 after a closing consonant
    assert written("Barat")[0] == "巴拉提"  # between vowels it stays 拉


def test_write_o_and_un_with_the_u_characters_too() -> None:
    assert "祖尔东" in written("Zordun", 30)


def test_latin_a_may_stand_for_e() -> None:
    """English-style spellings write the Uyghur e as a (Amat for Emet 艾买提): their renderings
    include the e ones, the ULY spelling's do not."""
    assert "艾买提" in transcription.part_variants("Amat", loose=True)[0]
    assert "艾买提" not in transcription.part_variants("Amat")[0]
    assert forms.rendering_parts("Dawamat")[0][0][:3].count("达瓦买提") == 1
