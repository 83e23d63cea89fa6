"""Dates left by earlier rounds: slashed dates read month first where the page writes American dates, the
first month of a span that the second's year closes, a Chinese reign's year dated by the western year bracketed
after it, and a month's end written word for word from Chinese, which is no count. The sentences and names are
written for these tests."""

import pytest

from habeas.analyse.dates import chinese_dates, english_dates
from test_analyse_unseen import analyse, values


def _values(text: str, written: str) -> list[str | None]:
    return [d.value for d in english_dates(text, text) if d.text == written]


# -- slashed dates: the page tells the order --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a US court's heading and the capital as Americans write it
        "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\nThe motion was filed on 6/12/2025.",
        "U.S. Department of Homeland Security\nThe notice was posted on 6/12/2025.",
        "Washington, D.C. — The office received the petition on 6/12/2025.",
        # another slashed date whose second part is past twelve
        "The hearing was on 6/12/2025 and the order followed on 6/25/2025.",
        # dates in words written month first
        "The petition was filed on 6/12/2025 and heard on July 3, 2025.",
    ],
)
def test_a_slashed_date_on_an_american_page_is_read_month_first(text: str) -> None:
    assert _values(text, "6/12/2025") == ["2025-06-12"]


@pytest.mark.parametrize(
    "text",
    [
        "The hearing was on 6/12/2025 and the order followed on 25/6/2025.",  # a first part past twelve
        "The petition was filed on 6/12/2025 and heard on 3 July 2025.",  # dates in words day first
        # the page's own dates in words outweigh a mark
        "Washington, D.C. and London\nThe letter of 6/12/2025 was answered on 9 January 2026 and 2 February 2026.",
        "The hearing was on 6/12/2025.",  # nothing told: read day first, as before
    ],
)
def test_a_slashed_date_stays_day_first_where_the_page_says_so_or_says_nothing(text: str) -> None:
    assert _values(text, "6/12/2025") == ["2025-12-06"]


def test_a_month_first_date_past_the_twelfth_is_read_and_is_no_count() -> None:
    result = analyse("The hearing was on 6/12/2025 and the order followed on 6/25/2025.")
    assert {"2025-06-12", "2025-06-25"} <= {d.value for d in result.dates}
    assert not values(result)


def test_dotted_dates_stay_day_first_on_an_american_page() -> None:
    assert _values("Washington, D.C.\nThe letter is dated 6.12.2025.", "6.12.2025") == ["2025-12-06"]


# -- the first month of a span ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("He was held from March to November 2022.", "March", "2022-03"),
        ("She was detained between March and May 2019.", "March", "2019-03"),
        ("The camp was extended in May or June 2018.", "May", "2018-05"),
        ("Inspections ran March–May 2020.", "March", "2020-03"),
        ("The campaign ran from Sept. through Dec. 2017.", "Sept.", "2017-09"),
        ("Quotas, Jan–Jun 2019", "Jan", "2019-01"),
        # a span runs forward: the first month past the second is in the year before
        ("The course lasted from November to March 2023.", "November", "2022-11"),
    ],
)
def test_the_first_month_of_a_span_takes_the_second_months_year(text: str, written: str, value: str) -> None:
    assert _values(text, written) == [value]


def test_a_short_month_before_a_full_one_is_no_span() -> None:
    assert _values("Letters from Jan and June 2019 were read.", "Jan") == []


def test_a_month_with_its_own_year_keeps_it_in_a_span() -> None:
    text = "He was held from March 2021 to May 2022."
    assert _values(text, "March 2021") == ["2021-03"]
    assert _values(text, "May 2022") == ["2022-05"]


# -- reign and Republic years ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("光绪二十四年(1898)，该书院改为学堂。", "1898"),
        ("民国二年（1913），县署改为县政府。", "1913"),
        ("宣统元年（1909）设立劝学所。", "1909"),
    ],
)
def test_a_reign_year_is_dated_by_the_western_year_bracketed_after_it(text: str, value: str) -> None:
    dates = chinese_dates(text)
    assert [d.value for d in dates] == [value]
    assert not values(analyse(text))


def test_a_reign_year_without_a_western_year_stays_undated() -> None:
    assert [d.value for d in chinese_dates("光绪二十四年，该书院改为学堂。") if d.value] == []


# -- month ends without a year ------------------------------------------------------------------------


def test_a_month_end_written_word_for_word_is_no_count() -> None:
    result = analyse("Payments are due by 6 month end, when 40 staff return.")
    assert values(result) == {40.0}
    assert [d.value for d in result.dates if d.text == "6 month end"] == [None]


def test_a_month_end_before_a_verb_is_a_date_too() -> None:
    text = "The county bureau will in 6 month end organize checks of 12 units."
    assert [d.value for d in english_dates(text, text) if d.text == "6 month end"] == [None]
    assert values(analyse(text)) == {12.0}


@pytest.mark.parametrize("text", ["It was a 6 month start-up phase.", "They set the 6 month end date."])
def test_a_length_after_an_article_is_no_month_end(text: str) -> None:
    assert not [d for d in english_dates(text, text) if "month" in d.text]


@pytest.mark.parametrize("text", ["项目于6月底完工。", "6月末，工程完工。", "6月初，工程开工。", "项目于6月底前完工。"])
def test_a_chinese_month_end_without_a_year_is_no_count(text: str) -> None:
    assert not values(analyse(text))


def test_an_iso_date_on_an_american_page_is_read_as_written() -> None:
    assert _values("Washington, D.C.\nThe rule of 6/12/2025 took effect on 2025-07-01.", "2025-07-01") == ["2025-07-01"]
