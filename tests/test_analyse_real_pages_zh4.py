"""Chinese errors shown by a fifth round of real pages read outside the project (procuratorates' news and
decisions, aid headquarters' send-offs, hospitals' aid teams, listed companies' annual reports and their
glossaries, news in traditional characters); the sentences below are written for these tests, with public
officials and bodies as themselves and everyone else invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse


def _named(text: str, *types: str) -> set[str]:
    return {m.canonical or m.name for m in analyse(text).mentions if m.type in types}


def _written(text: str, *types: str) -> set[str]:
    return {m.name for m in analyse(text).mentions if m.type in types}


def test_a_name_after_a_title_stops_before_a_function_word() -> None:
    # the segmenter reads the name as two characters and 关于 ("about") or 及 ("and") as the next word
    text = (
        "会议听取了自治区人民法院院长高建明关于法院工作的报告。\n"
        "公司负责人罗晓东、财务负责人马秋及会计机构负责人刘佳声明：保证报告真实。"
    )
    people = _named(text, t.PERSON)
    assert {"高建明", "罗晓东", "马秋", "刘佳"} <= people
    assert not {"高建明关", "马秋及"} & people


def test_an_ordinary_word_after_a_title_used_as_a_verb_is_no_name() -> None:
    # 代表 is a title ("deputy") and a verb ("on behalf of"): 全体 ("all") after it opens no name
    text = "书记刘浩然代表全体援疆干部发言，县委书记何永红代表全县群众表示欢迎。"
    people = _named(text, t.PERSON)
    assert {"刘浩然", "何永红"} <= people
    assert not any(p.startswith("全") for p in people)


def test_a_preposition_before_a_body_and_an_adverb_before_its_verb_are_no_names() -> None:
    text = (
        "区委书记沈立群代表区委、区政府向援疆指挥部授旗。\n"
        "女工阿依古丽·买买提熟练地把布料缝在一起，学徒们麻利地将成衣叠好。"
    )
    people = _named(text, t.PERSON)
    assert {"沈立群", "阿依古丽·买买提"} <= people
    assert not {"向援疆", "熟练", "麻利"} & people
    assert "王立" in _named("王立地处偏远的家乡长大。", t.PERSON)  # 地处 ("lies in"): no adverb


def test_people_listed_after_their_hospital_departments_are_named() -> None:
    text = "神经内科许明哲、放射科潘彤和眼科范鑫将赴自治区人民医院工作。招聘要求本科学历、预科生除外。"
    people = _named(text, t.PERSON)
    assert {"许明哲", "潘彤", "范鑫"} <= people
    assert not any(p.startswith(("学", "生")) for p in people)


def test_a_glossary_table_s_columns_and_lines_bound_a_bodys_name() -> None:
    text = (
        "释义项 指 释义内容\n"
        "新疆、自治区 指 新疆维吾尔自治区\n"
        "新疆国资委、国资委 指 新疆维吾尔自治区人民政府国有资产监督管理委员会\n"
    )
    bodies = _written(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"新疆国资委", "新疆维吾尔自治区人民政府国有资产监督管理委员会"} <= bodies
    assert not any("\n" in b or " " in b for b in bodies)


def test_a_preposition_opening_a_clause_is_no_part_of_a_firms_name() -> None:
    text = "三、经大华会计师事务所审计，公司本年度亏损。\n经天衡会计师事务所审计确认，利润为负。"
    bodies = _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"大华会计师事务所", "天衡会计师事务所"} <= bodies
    assert not any(b.startswith("经") for b in bodies)


def test_care_institutions_a_procuratorates_branch_and_an_aid_headquarters_by_short_form() -> None:
    text = (
        "专家在喀什地区妇幼保健院和伊犁州妇幼保健院开展义诊。\n"
        "该案由和田检察分院代管。\n"
        "苏州市对口援阿指挥部指挥长出席仪式。"
    )
    bodies = _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"喀什地区妇幼保健院", "伊犁州妇幼保健院", "和田检察分院", "苏州市对口援阿指挥部"} <= bodies
    assert "援阿指挥部" not in bodies


def test_a_kind_of_area_is_no_place() -> None:
    text = "自治区批准在阿勒泰地区设立两个垦区，牧区和林区的群众也参加了会议。"
    places = _written(text, t.PLACE)
    assert "阿勒泰地区" in places
    assert not {"垦区", "牧区", "林区"} & places
