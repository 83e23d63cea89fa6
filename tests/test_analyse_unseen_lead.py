"""General gaps seen on Chinese and English texts written to probe the analyser (a state-media report of
an inspection; sentences of the kinds news summaries hold), each a rule with a test here."""

from habeas.analyse import tables as t
from habeas.analyse.chinese import chinese_mentions
from test_analyse_unseen import BODIES, analyse, cn_names, names


def test_a_name_the_dictionary_holds_before_a_title_is_a_person() -> None:
    text = "朱海仑指出，要坚决贯彻落实习近平总书记关于新疆工作的重要指示精神。"
    people = cn_names(text, t.PERSON)
    assert "习近平" in people  # jieba tags such names nrfg
    assert "关于" not in people  # 关 is a surname, but 关于 after a title is the preposition


def test_a_bracketed_part_inside_a_companys_name() -> None:
    text = "会上，华凌集团、新疆中泰（集团）有限责任公司代表发言。华孚(中国)有限公司生产棉纱。"
    bodies = cn_names(text, *BODIES)
    assert {"新疆中泰（集团）有限责任公司", "华孚(中国)有限公司", "华凌集团"} <= bodies
    assert "代表发言" not in bodies  # a legal form ends the name: what follows is no list of names


def test_a_name_guess_whose_surname_is_a_preposition_needs_an_act() -> None:
    text = "2019年全县计划转移就业1.5万人，其中向内地转移3000人，向疆内转移1.2万人。"
    assert cn_names(text, t.PERSON) == set()  # 向疆: "towards Xinjiang", not a Mr Xiang


def test_a_list_closed_by_places_of_a_kind_holds_places() -> None:
    text = "县人社局负责协调苏州、无锡等地企业岗位。华为、中兴等企业被列入实体清单。"
    assert {"苏州", "无锡"} <= cn_names(text, t.PLACE)
    assert {"华为", "中兴"} <= cn_names(text, *BODIES)
    assert not {"苏州", "无锡"} & cn_names(text, *BODIES)


def test_chinas_provinces_and_cities_outside_xinjiang_are_places_by_either_name() -> None:
    text = "他被送往安徽省淮北市的一家工厂，后转到广东东莞。江苏省援疆前方指挥部协调苏州、无锡等地企业。"
    places = {m.name: m.canonical for m in chinese_mentions(1, text) if m.type == t.PLACE}
    assert places["淮北市"] == "Huaibei" and places["东莞"] == "Dongguan" and places["苏州"] == "Suzhou"
    assert {"安徽省", "广东", "江苏省", "无锡"} <= set(places)
    result = analyse("Workers were sent from Hotan to factories in Suzhou and Huaibei, in Anhui province.")
    assert {"Suzhou", "Huaibei", "Anhui"} <= names(result, t.PLACE)


def test_a_city_whose_name_is_also_a_word_is_not_read_in_that_word() -> None:
    text = "坚持社会稳定和长治久安总目标，推动大同世界。"
    assert cn_names(text, t.PLACE) == set()
