"""Chinese errors shown by real pages read outside the project (a public-security bureau's reply to a
proposal, wire reports on "严打整治", an overseas report in traditional characters); the sentences
below are written for these tests, with public officials and bodies as themselves."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, values


def _named(text: str, *types: str) -> set[str]:
    return {m.canonical or m.name for m in analyse(text).mentions if m.type in types}


def test_the_corps_divisions_old_names_are_its_divisions() -> None:
    text = "建立奎屯、乌苏及兵团农七师检查站统一指挥体系；农一师阿拉尔市的职工也参加了培训。"
    bodies = _named(text, t.PUBLIC_BODY)
    assert {"新疆生产建设兵团第七师", "新疆生产建设兵团第一师"} <= bodies
    assert not _named(text, t.PERSON)  # 农七师 was read as a person


def test_an_event_named_by_its_month_and_day_is_no_count() -> None:
    text = "截至目前，在“7·5”事件中被拘留的1400余人已有200人获释，“3·01”暴恐案的嫌犯被判刑。"
    found = values(analyse(text))
    assert {1400.0, 200.0} <= found
    assert not found & {7.0, 5.0, 3.0, 1.0}


def test_a_word_the_dictionary_tags_as_a_name_in_a_list_of_nouns_is_a_noun() -> None:
    assert not _named("要不断提升公安队伍的凝聚力、向心力、战斗力。", t.PERSON)


def test_a_name_cut_by_the_segmenter_between_two_names_is_a_name() -> None:
    people = _named("会议由张春贤、陈全国、朱海仑主持。", t.PERSON)
    assert {"张春贤", "陈全国", "朱海仑"} <= people


def test_departments_are_no_ministry_but_a_ministrys_gate_is_its_own() -> None:
    assert "新疆公安部" not in _named("年底前，新疆公安部门将在全区开展集中行动。", t.PUBLIC_BODY)
    gate = _named("家属在比什凯克的吉尔吉斯斯坦外交部门前静坐。", t.PUBLIC_BODY)
    assert "Ministry of Foreign Affairs of Kyrgyzstan" in gate
