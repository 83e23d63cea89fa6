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


def test_a_transcribed_name_with_the_persons_latin_name_in_brackets_is_a_person() -> None:
    text = (
        "住在荷兰的维吾尔人阿布都热合曼(Abdurehim Gheni)在推特上表示，他的家人仍无音信。"
        "倡议人士图尔荪(Tursun Kerim)则向记者表示失望，人权观察(Human Rights Watch)发表声明。"
    )
    result = analyse(text)
    people = {m.name for m in result.mentions if m.type == t.PERSON}
    assert {"阿布都热合曼", "图尔荪", "Abdurehim Gheni", "Tursun Kerim"} <= people
    assert not {p for p in people if "观察" in p or "Watch" in p}  # a body's Latin name names no person


def test_a_uyghur_name_written_without_its_dot_after_a_title_is_whole() -> None:
    people = _named("自治区党委副书记雪克来提扎克尔宣布，学员都已结业。", t.PERSON)
    assert "雪克来提扎克尔" in people
    assert not _named("他住在书记雪山下的村子里。", t.PERSON)


def test_a_community_is_no_society() -> None:
    bodies = _named("维吾尔人上社群寻亲，新华社记者报道。", t.ORGANIZATION, t.PUBLIC_BODY)
    assert not {b for b in bodies if b.endswith("上社")}
    assert "新华社" in bodies or "Xinhua" in bodies


def test_an_adverb_after_a_title_starts_no_name_though_it_is_a_surname() -> None:
    text = "阿克苏地区党委书记曾要求各县加强管理。市长曾伟说，局长曾宪法指出了问题。"
    people = _named(text, t.PERSON)
    assert {"曾伟", "曾宪法"} <= people  # 曾 (Zeng) as a surname before a name
    assert "曾要求" not in people  # 曾 ("once") before a verb


def test_a_name_before_comrade_at_a_clauses_start_is_a_person() -> None:
    text = "会议宣读了自治区党委的决定，孙建华同志任第二师党委书记。广大同志要团结，各级党委同志要提高认识。"
    people = _named(text, t.PERSON)
    assert "孙建华" in people  # the segmenter reads 孙|建华
    assert not people & {"广大", "党委"}


def test_what_follows_of_them_is_what_a_figure_after_it_counts() -> None:
    # "其中" ("of them") opens what the next figure counts; it is no part of it
    text = "今年全县累计转移富余劳动力9800人次，其中赴疆外务工2700人。"
    [later] = [c for c in analyse(text).claims if c.value == 2700]
    assert later.unit == "人赴疆外务工"


def test_a_quoted_figure_with_a_modal_counts_what_comes_before_the_quotation_mark() -> None:
    # "the number held 'may be over a million'": neither the modal nor the quotation mark is what is counted
    text = "一名研究员说，被关押的人数“可能超过150万”，另一名学者的估计“或许高达数十万”。"
    [held] = [c for c in analyse(text).claims if c.value == 1_500_000]
    assert held.unit == "人数"
    assert held.qualifier == "over"


def test_a_figure_broken_down_by_place_counts_what_the_whole_counts() -> None:
    # "of them, county A 1,200 and county B 900": the places say where, not what is counted
    text = "截至6月底，全地区共收押各类人员5120人，其中皮山县1230人、于田县975人。"
    units = {c.value: c.unit for c in analyse(text).claims}
    assert units[1230] == units[975] == units[5120] == "人收押各类人员"


def test_a_place_and_its_committee_read_as_one_word_are_a_body() -> None:
    # the segmenter reads "浙江省委" and "中共浙江省委" as one word each (one body, the committee's canonical
    # name); before a title, the post is meant
    assert _named("中共浙江省委近日印发通知，浙江省委要求各地落实。", t.PUBLIC_BODY) == {"浙江省党委"}
    assert "浙江省党委" not in _named("浙江省委副书记出席会议。", t.PUBLIC_BODY)


def test_cases_counted_by_their_measure_word_and_a_verb_cut_by_the_window() -> None:
    # 起 counts cases or incidents named before it; the counted noun does not open with half of a verb
    text = "今年以来，全县共侦破刑事案件57起，抓获犯罪嫌疑人86名。"
    units = {c.value: c.unit for c in analyse(text).claims}
    assert "刑事案件" in units[57]
    assert units[86] == "名犯罪嫌疑人"


def test_a_document_numbers_issuer_code_and_serial_are_no_person_and_no_day() -> None:
    # "叶公通〔2019〕17号": the county bureau's code (叶公, a name in the segmenter's dictionary) and the
    # notice's serial number
    result = analyse("叶城县公安局关于专项行动的通报\n\n叶公通〔2019〕17号\n\n各乡镇派出所：\n\n5月17日，全县行动。")
    assert not {m.name for m in result.mentions if m.type == t.PERSON}
    assert [d.text for d in result.dates] == ["5月17日"]
