"""Chinese shapes of a county's notice, an encyclopaedia's profile of an official and a reprinted wire: the ends
of a river's protected stretch after 上起 / 下至, a river named by one word before its section, a university's
department, a party school, a congress's working committee, a kind of place the segmenter tags as a place, a
street before its house number, a telephone directory under its heading and a user name's digits; the sentences
below are written for these tests, with public bodies as themselves and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values


def test_the_places_after_the_verbs_of_a_stretchs_ends_are_named_without_them() -> None:
    result = analyse("保护区范围：上起阿热勒乡托万克村，下至塔木托格拉克乡，全长约40公里。")
    places = names(result, t.PLACE)
    assert {"阿热勒乡", "塔木托格拉克乡"} <= places
    assert not any(p.startswith(("上起", "下至")) for p in places)
    assert "阿克苏乡" in names(analyse("公路东起阿克苏乡，西至县城。"), t.PLACE)


def test_a_river_the_segmenter_reads_as_a_name_before_its_section_is_a_place() -> None:
    result = analyse("禁渔期内，孔雀河库尔勒段全面禁止捕捞。")
    assert "孔雀河" in names(result, t.PLACE)
    assert "孔雀河" not in names(result, t.PERSON)


def test_a_name_guess_opening_with_the_section_after_a_river_and_a_place_is_no_person() -> None:
    result = analyse("图二：塔里木河沙雅段禁采区范围。")
    assert not any(n.startswith("段") for n in names(result, t.PERSON))


def test_a_universitys_department_after_its_name_is_one_body_beside_the_university() -> None:
    result = analyse("1990年毕业于喀什大学历史系，后调入县委宣传部。")
    bodies = names(result, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"喀什大学历史系", "喀什大学"} <= bodies
    assert "历史系" not in bodies
    assert "新疆大学" in names(analyse("这一问题与新疆大学关系不大。"), t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_party_school_and_a_congress_working_committee_are_named_whole() -> None:
    result = analyse("2005年在地委党校学习；2010年，喀什地区人大工委任命他为副专员。")
    bodies = names(result, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"地委党校", "喀什地区人大工委"} <= bodies
    assert "喀什地区人大" not in bodies


def test_a_kind_of_place_after_a_region_is_no_township_and_rivers_and_lakes_name_none() -> None:
    result = analyse("今年南疆城镇新增就业12万人，各地加强河湖治理。")
    places = names(result, t.PLACE)
    assert "南疆" in places
    assert not places & {"南疆城镇", "河湖"}


def test_a_street_before_its_house_number_is_no_body() -> None:
    result = analyse("联系地址：和田市建设路16号")
    assert "建设路" not in names(result, t.ORGANIZATION, t.PUBLIC_BODY)


def test_the_numbers_of_a_telephone_directory_under_its_heading_count_nothing() -> None:
    assert not values(analyse("咨询电话：\n县人社局 0903-2021234\n县公安局 110\n县消防救援大队 119"))
    assert values(analyse("参会人员：\n县公安局 12人\n县人社局 8人")) == {12, 8}


def test_digits_that_open_with_a_zero_count_nothing() -> None:
    assert not values(analyse("更新者：百科用户08"))
    assert not values(analyse("编辑：网友小王007（2022-08-01）"))
    assert values(analyse("共有0.5万人参加。")) == {5000}
