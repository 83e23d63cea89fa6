"""Narrowings after a review of the forty-ninth English and the thirty-second Chinese rounds' rules on ordinary
text: a case's party that "the" runs on from, a count that a numbered title took, a sum whose currency's code was read
as a state's initials, a span of days read as a day of the month. Every sentence is written for these tests."""

from __future__ import annotations

from test_analyse_unseen import BODIES, analyse, names, values


def test_a_cited_case_s_party_ends_where_the_sentence_goes_on_with_the() -> None:
    r = analyse("In Roe v. Wade the Supreme Court held that the statute was void.")
    assert "Wade the Supreme Court" not in names(r, *BODIES)
    assert "Supreme Court" in names(r, *BODIES)
    # the party a post's "of the" opens stays whole
    r = analyse("It relied on R (Fenwick Trust) v Director of the Serious Fraud Office [2009] UKHL 12.")
    assert "Serious Fraud Office" in names(r, *BODIES)


def test_a_count_before_a_word_for_people_is_no_numbered_title() -> None:
    r = analyse("1500 Party members attended the congress. 1600 Union members marched through the town.")
    assert not {"1500 Party", "1600 Union"} & names(r, *BODIES)
    assert 1500 in values(r)
    # a periodical a year-like number opens stays a name
    assert "1843 Magazine" in names(analyse("1843 Magazine ran the story in 2019."), *BODIES)


def test_a_currency_s_code_before_a_sum_is_no_state_s_postcode() -> None:
    r = analyse("The delegation paid USD 5000 for the visit, and guides earn EUR 3000 a month.")
    assert {5000, 3000} <= values(r)
    assert 2600 not in values(analyse("Write to the office at 4 Bay Road, Canberra ACT 2600."))


def test_a_span_of_days_in_chinese_numerals_before_a_comma_is_no_date() -> None:
    r = analyse("他在医院待了三日，才被允许回家。一连三日，大雨不止。")
    assert not [d for d in r.dates if d.text == "三日"]
    # a day that opens its sentence before its comma stays a date
    r = analyse("2019年6月，自治区人民政府发布通知。十三日，乌鲁木齐市公安局通报了情况。")
    assert [d.value for d in r.dates if d.text == "十三日"] == ["2019-06-13"]


def test_a_fixture_between_two_places_is_no_cited_case() -> None:
    r = analyse("England v France ended in a draw at the stadium in Paris.")
    assert {"England", "France"} <= names(r, "place")
    assert "England" not in names(r, "person")
    # a place a team's name ends, against a place, is no party either
    r = analyse("Real Madrid v Barcelona drew a record crowd on Sunday.")
    assert {"Madrid", "Barcelona"} <= names(r, "place")
    assert not {"Real Madrid", "Barcelona"} & names(r, "person")


def test_a_case_with_a_person_the_crown_or_a_body_as_a_party_stays_a_case() -> None:
    assert "Zhang Wenli" in names(analyse("In Zhang Wenli v France the court ruled for the applicant."), "person")
    assert "Rollins" in names(analyse("In R v Rollins the court held so."), "person")
    assert "Okafor" in names(analyse("The judge relied on Okafor v Minister for Justice."), "person")
    assert "Council of Europe" in names(analyse("Ireland v Council of Europe was heard in 2001."), *BODIES)


def test_a_gerund_opening_a_sentence_before_online_or_magazine_is_no_body() -> None:
    r = analyse("Shopping Online grew 20 per cent last year.")
    assert "Shopping Online" not in names(r, *BODIES)
    assert 20 in values(r)
    assert "Cooking Magazine" not in names(analyse("Cooking Magazine sold well in the spring."), *BODIES)
    # a name whose first word is no gerund stays a body, and so does a gerund's name inside a sentence
    r = analyse("Foreign Policy Magazine ran the story. The ruling was posted on China Judgements Online.")
    assert {"Foreign Policy Magazine", "China Judgements Online"} <= names(r, *BODIES)
    assert "Cooking Online" in names(analyse("She wrote for Cooking Online in 2019."), *BODIES)
