"""Rules of the lead's second stop of 2026-12-06: a person named by a title, one initial and a family name,
whatever word the initial spells; a Uyghur name the model reads as a body; a list line of a name and a role
without an article; a count after a reference and a comma ("paragraph 25, 1.29 million workers"); a count
that the segmenter joins to its measure opens no body's name; what a Chinese figure counts when the counted
word begins with 中, and a counted noun that runs past the fourth character. The sentences are written for
these tests."""

import pytest

from habeas.analyse import tables as t
from habeas.analyse.numbers import chinese_figures
from test_analyse_unseen import BODIES, analyse, cn_names, names


def test_a_title_and_one_initial_that_spells_a_word_name_a_person() -> None:
    text = (
        "The submission was drafted by Mr A Khan, a solicitor in Leeds. According to Prof. K Ahmad, "
        "the figures were too low, and Dr I. Marsh agreed."
    )
    people = names(analyse(text), t.PERSON)
    assert {"A. Khan", "K. Ahmad", "I. Marsh"} <= people


def test_an_article_at_a_sentence_start_is_still_no_initial() -> None:
    text = "A Uyghur teacher was detained in Hotan. A court later sentenced him."
    assert not names(analyse(text), t.PERSON)


def test_a_count_joined_to_its_measure_opens_no_bodys_name() -> None:
    # the segmenter reads 三所 as one word: three secondary schools, no school named 三所中学
    bodies = cn_names("该县去年新建三所中学，五家渠市第一中学扩建了校舍。", *BODIES)
    assert "三所中学" not in bodies
    assert "五家渠市第一中学" in bodies  # 五家 opens a city's name (五家渠市), no count


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("该县新建三所中学和两所职业技术学校。", 3, "所中学"),  # 中 is no function word: 其中 is
        ("共有3个中心对外开放。", 3, "个中心"),
        ("该县新建三所中学和两所职业技术学校。", 2, "所职业技术学校"),  # a noun past the fourth character
        ("另有5名中国籍员工返回。", 5, "名中国籍员工"),
        ("全镇十个村委会参与评比。", 10, "个村委会"),  # a verb past it stays out
    ],
)
def test_what_a_chinese_figure_counts_is_read_whole(text: str, value: float, unit: str) -> None:
    found = {f.value: f.unit for f in chinese_figures(text, [])}
    assert found[value] == unit


def test_a_uyghur_name_the_model_reads_as_a_body_is_a_person() -> None:
    text = "Three of them, Perhat Halmurat and Shohret Nijat among them, had studied in Beijing before 2014."
    result = analyse(text)
    assert {"Perhat Halmurat", "Shohret Nijat"} <= names(result, t.PERSON)
    assert not names(result, t.ORGANIZATION)
    bodies = names(analyse("He later worked for Nur Bank and the Ilham Group in Urumqi."), t.ORGANIZATION)
    assert {"Nur Bank", "Ilham Group"} <= bodies  # a body's head word ends no father's name


def test_a_list_line_of_a_name_and_a_role_without_an_article_names_a_person() -> None:
    text = (
        "Notable people\n"
        " Tashmemet Yarkin, geographer and former dean of Tarim University\n"
        " Qadirjan Tiyip, Uyghur poet (born 1971 in Hotan)\n"
        "- Nurbiye Ghojiyar, musician\n"
        " Kashgar, Xinjiang\n"
        " Tarim University, founded 1958\n"
    )
    result = analyse(text)
    people = names(result, t.PERSON)
    assert {"Tashmemet Yarkin", "Qadirjan Tiyip", "Nurbiye Ghojiyar"} <= people
    assert not {"Kashgar", "Tarim University"} & people


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("According to figures cited in paragraph 25, 1.29 million workers were trained.", {1290000}),
        ("Under article 3 (2), 40 people were held without charge.", {40}),
        ("See paragraphs 12, 14 and 20 of the report, and articles 2 (1), 5 and 7.", set()),
        ("Nos 2, 9, 14 and 20 were cited, as were paras 7, 9.", set()),
    ],
)
def test_a_count_after_a_reference_and_a_comma_is_no_reference(text: str, counted: set[float]) -> None:
    assert {c.value for c in analyse(text).claims} == counted
