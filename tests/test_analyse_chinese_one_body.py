"""One Chinese body across the forms one page or one case writes it in: a level's party committee in full,
in short, with and without the party's name (and a prefecture's 地委), and a body named with the places
above its own first and then from its own place on. Sentences written for these tests."""

from __future__ import annotations

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, names


def test_a_county_committee_in_full_in_short_and_without_the_party_is_one_body() -> None:
    result = analyse(
        "中共洛浦县委员会召开常委会议。会议指出，洛浦县委将继续推进各项工作。"
        "中共洛浦县委宣传部、洛浦县委宣传部先后发布通知。"
    )
    assert names(result, *BODIES) == {"洛浦县党委", "洛浦县党委宣传部"}


def test_each_form_alone_gets_the_same_name_so_a_case_holds_one_body() -> None:
    forms = ("中共伊宁市委", "伊宁市委", "中共伊宁市委员会", "伊宁市党委")
    assert {frozenset(names(analyse(f"会议由{form}主持召开。"), *BODIES)) for form in forms} == {
        frozenset({"伊宁市党委"})
    }


def test_a_prefecture_committee_written_with_the_party_or_without_is_one_body() -> None:
    result = analyse("中共阿克苏地委召开会议。阿克苏地委书记作了讲话，阿克苏地区委员会各部门参加。")
    assert names(result, *BODIES) == {"阿克苏地区党委"}


def test_the_youth_league_committee_of_a_level_stays_its_own_body() -> None:
    assert names(analyse("团县委组织青年志愿者开展活动。"), *BODIES) == {"团县委"}


def test_a_court_named_after_the_places_above_its_own_and_then_without_them_is_one_body() -> None:
    result = analyse("新疆和田地区墨玉县人民检察院提起公诉。墨玉县人民检察院认为，被告人的行为构成犯罪。")
    assert names(result, *BODIES) == {"新疆和田地区墨玉县人民检察院"}
    assert {"Hotan", "Karakax", "Xinjiang"} <= names(result, t.PLACE)


def test_a_body_of_another_country_is_not_the_bare_body_a_page_also_names() -> None:
    result = analyse("美国国务院发表声明。国务院新闻办公室予以回应。")
    assert len(names(result, *BODIES)) == 2
