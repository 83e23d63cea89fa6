"""Figures and dates, normalised: each rule with a real sentence from the sample corpus."""

import pytest

from habeas.analyse.dates import chinese_dates, english_dates
from habeas.analyse.english_layout import prepare
from habeas.analyse.numbers import chinese_figures, english_figures, parse_chinese_number


def figures(text: str):
    return english_figures(prepare(text), [(d.start, d.end) for d in english_dates(prepare(text))])


@pytest.mark.parametrize("space", [" ", "\u2009", "\u00a0", "\u202f"])
def test_thousands_separated_by_any_space(space):
    sentence = (
        f"whereas Bulletin No 2 mentions an IJOP list of 1{space}535 people from Xinjiang ‘who obtained "
        "foreign nationality and also applied for Chinese visas’;"
    )
    [f] = figures(sentence)
    assert (f.value, f.unit, f.qualifier) == (1535, "people", None)
    assert sentence[f.start : f.end].replace(space, " ") == "1 535"


def test_reference_numbers_are_not_claims():
    # "No 2" is a bulletin number, not a count
    assert [f.value for f in figures("whereas Bulletin No 2 mentions an IJOP list of 1 535 people")] == [1535]
    assert figures("– having regard to Rule 132(2) of its Rules of Procedure,") == []
    assert figures("Platform’ Daily Essentials Bulletins Nos 2, 9, 14 and 20’,") == []


def test_number_words():
    [f] = figures(
        "whereas credible estimates place the number of detainees who are or have been detained "
        "in political re-education facilities at around one million;"
    )
    assert f.value == 1_000_000 and f.qualifier == "at around"


def test_decimal_with_scale_word():
    [f] = figures("the Chinese government has detained around 1.8 million Uyghurs and Kazakhs")
    assert f.value == 1_800_000 and f.unit == "Uyghurs and Kazakhs"


def test_range():
    """A range's value is its higher end (the figure a claim of "up to" would give); both ends are kept."""
    [f] = figures("satellite imagery shows between 1,300 and 1,400 camps in the region")
    assert (f.value, f.low, f.high, f.unit) == (1400, 1300, 1400, "camps")


@pytest.mark.parametrize(
    "sentence",
    [
        "Estimates of those held range from 1 million to 1.8 million detainees",
        "Researchers estimated that 1-1.8 million detainees passed through the camps",
        "Researchers estimated that 1–1.8 million detainees passed through the camps",
        "between 1 and 1.8 million detainees, the researchers said",
    ],
)
def test_range_forms_share_the_higher_ends_scale(sentence):
    [f] = figures(sentence)
    assert (f.low, f.high, f.value, f.unit.split()[0]) == (1_000_000, 1_800_000, 1_800_000, "detainees")


def test_range_without_between_or_from():
    [f] = figures("some 900,000 to 1.8 million people were held")
    assert (f.low, f.high, f.qualifier, f.unit) == (900_000, 1_800_000, "some", "people")
    [f] = figures("They were sentenced to 5 to 10 years in prison.")
    assert (f.low, f.high, f.unit) == (5, 10, "years")


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The motion passed 52 to 47 votes.", [52, 47]),  # falling ends: two numbers, not a range
        ("In 2018-19, 300 people were moved.", [300]),  # a span of years
        ("Call 0991-2345678 for details about 30 people.", [30]),  # a telephone number
    ],
)
def test_what_looks_like_a_range_but_is_none(sentence, values):
    assert [f.value for f in figures(sentence)] == values
    assert all(f.low is None for f in figures(sentence))


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Exports fell to $2.1 billion in the first half.", 2_100_000_000, "US dollars"),
        ("The bank lent US$300 million in 2019.", 300_000_000, "US dollars"),
        ("The firm was fined €20m by the regulator.", 20_000_000, "euros"),
        ("It paid HK$5 million to the fund.", 5_000_000, "HK dollars"),
    ],
)
def test_a_currency_sign_says_what_a_figure_counts(sentence, value, unit):
    [f] = figures(sentence)
    assert (f.value, f.unit) == (value, unit)


def test_qualifier_over():
    [f] = figures("whereas over 380 \nsites of re-education camps and detentions centres have been built since 2017;")
    assert (f.value, f.qualifier) == (380, "over")
    assert f.unit.startswith("sites")


def test_qualifier_at_least_across_a_line_break():
    [f] = figures(
        "China’s Minister for Public Security suggested that at \nleast two million people are "
        "extremists in southern Xinjiang region;"
    )
    assert (f.value, f.qualifier, f.unit) == (2_000_000, "at least", "people")


def test_millions_and_list_of_counts():
    found = figures(
        "whereas over 2,800 images of detainees, \n300,000 personal records, 23,000 detainee records and "
        "10 camp police instructions have been leaked;"
    )
    assert [(f.value, f.unit) for f in found] == [
        (2800, "images of detainees"),
        (300000, "personal records"),
        (23000, "detainee records"),
        (10, "camp police instructions"),
    ]
    [f] = figures("is home to around 11 million ethnic Uyghurs and Kazakhs;")
    assert (f.value, f.qualifier) == (11_000_000, "around")


def test_years_codes_and_footnotes_are_not_claims():
    assert figures("the 2019 Sakharov Prize to Ilham Tohti") == []
    assert figures("vocational training centres were being used. B9-0247/2019\n") == []
    assert figures("2 Texts adopted, P8_TA(2018)0377.") == []


def test_dates_with_precision():
    got = {
        d.value: d.precision
        for d in english_dates(
            "whereas on 24 November 2019 leaked secret Chinese government documents dating from 2017 came to "
            "light; detained in June 2017; deteriorated since 2014; held in Brussels on 1 and 2 April 2019"
        )
    }
    assert got == {
        "2019-11-24": "day",
        "2017": "year",
        "2017-06": "month",
        "2014": "year",
        "2019-04-01": "day",
    }


def test_relative_dates_stay_text_and_codes_are_not_dates():
    found = english_dates(
        "after being detained in January of the same year; in recent years; B9-0247/2019 (2019/2945(RSP))"
    )
    assert [(d.text, d.value) for d in found] == [
        ("in January of the same year", None),
        ("in recent years", None),
    ]


def test_chinese_numerals_and_dates():
    assert parse_chinese_number("三万") == 30000
    assert parse_chinese_number("1.8万") == 18000
    assert parse_chinese_number("一百二十") == 120
    text = "喀什地区的职业技能教育培训中心关押了约三万人，超过1.8万名干部被派往莎车县。"
    assert [(f.value, f.qualifier) for f in chinese_figures(text, [])] == [(30000, "about"), (18000, "over")]
    assert [(d.value, d.precision) for d in chinese_dates("2014年9月23日被判处无期徒刑，2017年6月以来")] == [
        ("2014-09-23", "day"),
        ("2017-06", "month"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("据估计，有100万至180万人被关押。", (1_800_000, 1_000_000, 1_800_000, "between", "人")),
        ("估计有100至180万人被关押。", (1_800_000, 1_000_000, 1_800_000, "between", "人")),
        ("每村抽调1-3名干部。", (3, 1, 3, "between", "名干部")),
    ],
)
def test_chinese_ranges(text, expected):
    [f] = chinese_figures(text, [])
    assert (f.value, f.low, f.high, f.qualifier, f.unit) == expected


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("约有一百多万人被送往再教育营。", 1_000_000, "over"),  # 多 before the scale: over a million
        ("十余万人被转移就业。", 100_000, "over"),
        ("关押了数十万人。", 100_000, "several"),
        ("上百万人被关押。", 1_000_000, "over"),  # a hundred times ten thousand, no digit before it
    ],
)
def test_chinese_more_than_before_a_scale(text, value, qualifier):
    [f] = chinese_figures(text, [])
    assert (f.value, f.qualifier, f.unit) == (value, qualifier, "人")


def test_chinese_telephone_numbers_and_spans_of_years_are_no_ranges():
    assert chinese_figures("联系电话：0995-8521027。", []) == []
    assert chinese_figures("2017-2019年间", []) == []


@pytest.mark.parametrize("text", ["咨询QQ群：614002733", "微信号：88123456", "收款账号 6228480123456", "工号：30712"])
def test_chinese_account_and_staff_numbers_after_their_label_are_no_figures(text: str) -> None:
    assert chinese_figures(text, []) == []


def test_a_count_beside_an_account_label_is_still_counted() -> None:
    assert [f.value for f in chinese_figures("共冻结账号312个，涉及人员45人。", [])] == [312, 45]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("维吾尔族占总人口的百分之四十五。", 45, None),
        ("失业率下降了百分之三点五。", 3.5, None),
        ("约百分之40的成年人被拘押，共3000人。", 40, "about"),
    ],
)
def test_chinese_shares_written_out(text, value, qualifier):
    share, *rest = chinese_figures(text, [])
    assert (share.value, share.qualifier, share.unit) == (value, qualifier, "per cent")
    assert [f.value for f in rest] == ([3000] if "3000" in text else [])  # the share's digits are not read again


def test_chinese_total_word_is_not_what_a_count_counts():
    [f] = chinese_figures("全县排查可疑人员共24412名。", [])
    assert f.unit.endswith("可疑人员")  # "共" (in all) stays out of the noun


@pytest.mark.parametrize(
    ("text", "year"), [("In mid-2018 the camps grew.", "2018"), ("By early-2017 they had.", "2017")]
)
def test_a_part_of_a_year_hyphened_to_it_is_a_date(text, year):
    assert [d.value for d in english_dates(prepare(text))] == [year]


def test_chinese_year_named_by_the_date_before_it():
    text = "2017年4月，他被带走。同年10月，他被判刑。次年3月5日，家属获悉。该年，案件未公开。"
    assert [d.value for d in chinese_dates(text)] == ["2017-04", "2017-10", "2018-03-05", "2018"]
    assert chinese_dates("同年10月，他被判刑。") == []  # no date before it: no year to take


def test_chinese_words_ending_in_a_total_character_stay_whole():
    [f] = chinese_figures("全县计划转移就业1.5万人。", [])
    assert f.unit.endswith("计划转移就业")  # 计 of 计划 is not the 计 of 共计


def test_a_count_that_changed_counts_the_same_thing_at_both_ends():
    text = "The prison's capacity grew from about 2,500 cells in 2016 to nearly 8,000 by 2020."
    found = [(f.value, f.unit, f.qualifier) for f in english_figures(text, [])]
    assert (2500.0, "cells", "about") in found
    assert (8000.0, "cells", "nearly") in found  # what it counts is said once, at the start


def test_odd_and_plus_after_a_figure_qualify_it_and_count_nothing_themselves():
    text = "Officials named 700-odd villagers, and 40-plus workshops were closed."
    found = [(f.value, f.unit, f.qualifier) for f in english_figures(text, [])]
    assert (700.0, "villagers", "about") in found
    assert (40.0, "workshops", "more than") in found
    assert not any("odd" in unit or "plus" in unit for _, unit, _ in found)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("他被关押了两三个月后才获释。", 2, 3),
        ("村里有五六十人被带走。", 50, 60),
        ("全县三四百名干部参加了培训。", 300, 400),
    ],
)
def test_two_neighbouring_chinese_numerals_are_an_estimate_between_them(text: str, low: float, high: float) -> None:
    [figure] = chinese_figures(text, [])
    assert (figure.low, figure.high, figure.value, figure.qualifier) == (low, high, high, "between")


def test_a_chinese_number_whose_digits_are_not_neighbours_is_one_number() -> None:
    [figure] = chinese_figures("共有二百三十人参加。", [])
    assert (figure.value, figure.low, figure.high) == (230, None, None)


@pytest.mark.parametrize(("text", "value"), [("有十几个人被判刑。", 10), ("二十几名学员结业。", 20)])
def test_ji_after_a_chinese_number_is_more_than_it(text: str, value: float) -> None:
    [figure] = chinese_figures(text, [])
    assert (figure.value, figure.qualifier) == (value, "over")


def test_ji_before_a_scale_is_an_estimate_with_no_figure() -> None:
    assert chinese_figures("有几十人被带走，几百名干部参加。", []) == []


def test_the_first_months_of_a_reported_year_count_nothing() -> None:
    text = (
        "今年前11个月，全区城镇新增就业47.8万人；头两个月完成投资12亿元；前三季度接待游客900万人次。他被关押了11个月。"
    )
    assert sorted(f.value for f in chinese_figures(text, [])) == [11, 478000, 9000000, 1200000000]


def test_a_pages_edit_download_and_play_counters_count_nothing() -> None:
    text = "编辑次数：7次历史版本。下载次数：1526。播放量：3.2万。被引次数：48。据统计，当年共有3000人参加培训。"
    assert [f.value for f in chinese_figures(text, [])] == [3000]


def test_digits_before_a_thousand_or_a_hundred_are_that_many_thousands_or_hundreds() -> None:
    text = "罚款3千元，约5千名学员，投资1.5千万元，5百人参加。线路全长1.5千米，重2千克。"
    assert [f.value for f in chinese_figures(text, [])] == [3000, 5000, 15000000, 500, 1.5, 2]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全乡86个工作队共走访农户3.2万户。", 86, "个工作队"),  # 共 (in all) opens what the teams did
        ("全乡86个工作队共走访农户3.2万户。", 32000, "户走访农户"),  # no 队共 cut from the words before
        ("全州7个县市要加快进度。", 7, "个县市"),  # 要 (must) says what the counties do
        ("看守所安排两名以上管教值班。", 2, "名管教"),  # 以上 bounds the count; the guards are counted
        ("确保转移就业人数达到26万人次。", 260000, "人次"),  # 达到 (reaches) is no part of what is counted
    ],
)
def test_chinese_counted_nouns_are_whole_words(text, value, unit):
    found = {f.value: f.unit for f in chinese_figures(text, [])}
    assert found[value] == unit


def test_a_place_before_a_share_of_a_count_is_where_not_what():
    # 和 opens the place's name (和静县), no conjunction: the share counts the trainees counted before it
    found = {f.value: f.unit for f in chinese_figures("全州共有学员5.1万人，其中焉耆县1.2万人，和静县0.6万人。", [])}
    assert found[6000] == found[12000] == "人学员"


def test_a_code_column_of_a_table_counts_nothing() -> None:
    text = "Importer | Bill no. | HS code | Weight (kg)\nA | 4471 | 6109.10 | 1,200\nB | 4472 | 5201.00 | 3,400\n"
    assert {f.value for f in figures(text)} == {1200, 3400}


def test_references_to_paragraphs_with_lettered_parts_are_no_counts() -> None:
    text = "It asks for information on paragraphs 12 (a) and (c) and 31 above, and on articles 4 (b), 6 and 9."
    assert figures(text) == []


def test_a_number_word_for_a_part_of_a_count_before_it_is_a_count() -> None:
    text = (
        "Of the 40 letters sent, eleven reached the camp and six came back. The court heard 25 witnesses, "
        "and that four were police officers."
    )
    found = {(f.text, f.unit) for f in figures(text)}
    assert {("eleven", "letters sent"), ("six", "letters sent"), ("four", "witnesses")} <= found


def test_a_number_word_opening_a_clause_with_no_count_before_it_is_no_count() -> None:
    assert figures("When the police came, two ran away and three stayed behind.") == []
    # the second part of a duration is no part of the count before it
    assert {f.text for f in figures("He was given 11 years and two months in prison.")} <= {"11", "11 years"}


def test_a_deadline_of_one_year_in_a_word_is_a_duration() -> None:
    [f] = figures("The board asked the ministry to answer within one year of the hearing.")
    assert (f.value, f.unit) == (1, "years")
