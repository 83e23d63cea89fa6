"""A township's or a village's name read whole when the segmenter joins a preposition to its first syllable
or reads a syllable as a numeral, and a body named after a place starting where the place does. Sentences
written for these tests."""

from __future__ import annotations

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, names


def test_a_preposition_joined_to_a_townships_first_syllable_is_no_part_of_it() -> None:
    result = analyse("会议由托格拉克乡负责同志主持，据恰尔巴格镇通报，工作已完成。")
    assert names(result, t.PLACE) == {"托格拉克乡", "恰尔巴格镇"}


def test_a_body_named_after_a_township_starts_where_the_township_does() -> None:
    result = analyse("此前，英阿瓦提乡人民政府和据托格拉克乡派出所通报。")
    assert names(result, *BODIES) == {"英阿瓦提乡人民政府", "托格拉克乡派出所"}


def test_a_syllable_read_as_a_unit_stays_in_the_townships_name() -> None:
    # 克 read as a gram, and the level read into one word with the party committee (克|乡党委)
    assert names(analyse("据托格拉克乡党委通报，工作已完成。"), *BODIES) == {"托格拉克乡党委"}


def test_a_verb_of_moving_before_a_body_is_no_part_of_its_name() -> None:
    result = analyse("2020年5月，她被调往皮山县人民医院工作，后调往伊犁职业技术学院。")
    assert names(result, *BODIES) == {"皮山县人民医院", "伊犁职业技术学院"}


def test_a_courts_peoples_tribunal_is_one_body_named_with_its_court() -> None:
    result = analyse("据皮山县人民法院科克铁热克人民法庭通报，皮山县人民法院依法审理了此案。")
    assert names(result, *BODIES) == {"皮山县人民法院科克铁热克人民法庭", "皮山县人民法院"}


def test_a_township_right_before_its_village_is_read_though_the_segmenter_joins_them() -> None:
    places = names(analyse("在萨勒古铁乡热英巴喀村，工作队走访了32户。据了解，托乌尕镇吐阿村共有农户412户。"), t.PLACE)
    assert {"萨勒古铁乡", "热英巴喀村", "托乌尕镇", "吐阿村"} <= places
    assert not [p for p in places if p.startswith("托乌") and p != "托乌尕镇"]


def test_a_county_a_township_and_a_village_in_a_row_are_three_places() -> None:
    places = names(analyse("记者来到岳普湖县吉巴其镇库乌苏村，看到新建的房屋。"), t.PLACE)
    assert {"吉巴其镇", "库乌苏村"} <= places
    assert not [p for p in places if p.endswith("县吉巴其镇")]


def test_a_level_before_villagers_or_every_village_names_no_township() -> None:
    assert names(analyse("全乡村民参加了会议，城乡村民都来了。我们乡各村都有工作队。"), t.PLACE) == set()
