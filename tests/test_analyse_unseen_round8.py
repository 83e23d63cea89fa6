"""Eighth round of analysis on text it was not written for: each test is one class of error an eighth
held-out set (bench/data/extraction/heldout8-*) showed after the seventh round's fixes. The sentences
are written for these tests; the people, places and small bodies in them are not the held-out set's
(well-known bodies and cities abroad appear as themselves)."""

from habeas.analyse import tables as t
from habeas.analyse.claim_kinds import FACILITIES, claim_kind
from habeas.analyse.numbers import chinese_figures, english_figures
from test_analyse_unseen import BODIES, analyse, cn_canonical, cn_names, names

# -- Chinese people ----------------------------------------------------------------------------------


def test_a_byline_sets_the_reporters_name_apart_from_the_title_by_a_space() -> None:
    text = "新华社喀什5月3日电（记者 韩立新）5月2日，会议在喀什召开。"
    assert "韩立新" in cn_names(text, t.PERSON)


def test_the_segmenters_place_at_the_start_of_a_name_a_rule_reads_is_no_place() -> None:
    text = "自治区党委常委、政法委书记吴国华在伊宁调研。吴国华一行来到伊宁县。"
    assert "吴国华" in cn_names(text, t.PERSON)
    assert "吴国" not in cn_names(text, t.PLACE)


# -- Chinese bodies and places -----------------------------------------------------------------------


def test_a_level_committee_written_as_level_and_wei_is_named_after_its_place() -> None:
    text = "伊宁县委政法委、霍城县委政法委，市公安局："
    assert {"伊宁县委政法委", "霍城县委政法委"} <= cn_names(text, t.PUBLIC_BODY)


def test_a_committee_joined_to_its_secretarys_title_is_the_places_committee() -> None:
    text = "会议听取了伊宁市委书记周文海的汇报。"
    assert "伊宁市委" in cn_names(text, t.PUBLIC_BODY)
    assert "周文海" in cn_names(text, t.PERSON)


def test_a_township_split_from_its_level_names_its_government_and_police_station() -> None:
    text = "喀拉苏镇人民政府会同阿热吾斯塘乡派出所开展走访。"
    found = cn_names(text, t.PUBLIC_BODY)
    assert {"喀拉苏镇人民政府", "阿热吾斯塘乡派出所"} <= found


def test_the_party_committees_long_and_short_forms_are_one_body() -> None:
    text = "中共伊宁市委员会政法委员会印发。中共伊宁市委政法委员会\n"
    assert len(cn_canonical(text, t.PUBLIC_BODY)) == 1


def test_a_corps_division_under_the_corps_is_a_body_and_its_city_a_place() -> None:
    text = "调研组与新疆生产建设兵团第四师可克达拉市负责同志座谈。"
    assert "新疆生产建设兵团第四师" in cn_canonical(text, t.PUBLIC_BODY)
    assert "Xinjiang Production and Construction Corps" in cn_canonical(text, t.PUBLIC_BODY)
    assert "可克达拉市" in cn_names(text, t.PLACE)


def test_an_embassy_is_a_countrys_body_abroad() -> None:
    text = "中国驻英国大使馆发言人表示反对。"
    assert "中国驻英国大使馆" in cn_names(text, t.PUBLIC_BODY)


def test_a_body_in_quotation_marks_that_starts_with_a_verb_is_named_when_it_acts() -> None:
    text = "国际非政府组织“保护卫士”呼吁释放他。相关组织“散布谎言”。"
    found = cn_names(text, *BODIES)
    assert "保护卫士" in found
    assert "散布谎言" not in found


def test_a_country_before_a_foreign_universitys_name_is_no_part_of_it() -> None:
    text = "澳大利亚拉筹伯大学教授詹姆斯·莱博尔德和中国科学技术大学的学者"
    found = cn_names(text, t.ORGANIZATION)
    assert {"拉筹伯大学", "中国科学技术大学"} <= found


def test_an_alliance_is_an_organisation() -> None:
    text = "亚洲人权联盟发表声明。"
    assert "亚洲人权联盟" in cn_names(text, *BODIES)


def test_townships_after_their_county_and_in_a_list_are_places() -> None:
    text = "工作组来到伊宁县喀拉亚尕奇乡和霍城县小西沟镇，检查了萨乡、三宫乡的设施。"
    found = cn_names(text, t.PLACE)
    assert {"小西沟镇", "萨乡"} <= found
    assert not {n for n in cn_names("县城镇居民增加。", t.PLACE) if n.endswith("镇")}


def test_a_county_named_without_its_level_is_the_county_but_an_ordinary_word_is_not() -> None:
    text = "自治区在拜城设立了新的培训基地。游客在温泉休息。"
    assert "Baicheng" in cn_canonical(text, t.PLACE) or "拜城" in cn_names(text, t.PLACE)
    assert "温泉" not in cn_names(text, t.PLACE)


def test_well_known_media_and_companies_are_found_by_their_chinese_names() -> None:
    text = "天山网和日本经济新闻报道，巴斯夫回应称已进行审计。"
    assert {"Tianshan Net", "Nikkei", "BASF"} <= cn_canonical(text, *BODIES)


def test_a_preposition_and_a_counts_qualifier_and_a_predicate_after_a_kind_are_no_names() -> None:
    text = "报告中约3000人被登记。南疆农民在北疆企业稳定就业。"
    assert "中约" not in cn_names(text, t.PLACE)
    assert "稳定" not in cn_names(text, *BODIES)


def test_a_known_mediums_chinese_edition_is_the_medium() -> None:
    text = "【美国之音中文网】美国之音报道，"
    assert cn_canonical(text, *BODIES) == {"Voice of America"}


# -- Chinese counts ----------------------------------------------------------------------------------


def test_a_sites_measure_word_before_training_counts_facilities() -> None:
    assert claim_kind("处教育培训", "5", "一是新建的5处教育培训设施尚未验收。") == FACILITIES


def test_a_telephone_number_counts_nothing() -> None:
    figures = chinese_figures("请于5日前报送，联系电话：0991-2345678。共排查可疑人员300名。", [])
    assert [f.value for f in figures] == [300]


# -- English -----------------------------------------------------------------------------------------


def test_a_number_word_counts_people_and_a_plural_after_an_acronym() -> None:
    found = {(f.value, f.unit) for f in english_figures("Eight people were detained. Six UN experts wrote.", [])}
    assert (8.0, "people") in found
    assert any(v == 6.0 for v, _u in found)
    assert not english_figures("One of the cases was heard.", [])


def test_a_references_quoted_title_names_no_body() -> None:
    text = (
        "References\n"
        '1. Lee, Anna (3 May 2019). "Activist Sentenced After Speaking to Reporters". The Globe.\n'
        '2. "Court Jails Teacher For Five Years". Daily Record. 2019.\n'
    )
    found = names(analyse(text), *BODIES)
    assert not {n for n in found if "Sentenced" in n or "Jails" in n}
    body = names(analyse('She said: "The Court Ruled Against Us." The Supreme People\'s Court did not reply.'), *BODIES)
    assert "Supreme People's Court" in body


def test_a_work_named_after_its_kind_names_no_body_and_a_seat_is_a_place() -> None:
    result = analyse(
        'He made a documentary, "A Herder\'s Road to Court", in 2016. She ran a shop in Gartse, the seat of the county.'
    )
    assert not {n for n in names(result, *BODIES) if "Road" in n}
    assert "Gartse" in names(result, t.PLACE)
