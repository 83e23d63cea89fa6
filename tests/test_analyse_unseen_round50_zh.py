"""Chinese shapes the fiftieth Chinese held-out set showed the rules missing (a law firm's compliance bulletin with a
translated annex table and notes, a transcribed labour-export contract, a travel site's travelogue); the sentences
below are written for these tests, with public bodies and places as themselves and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, page_names


def _counts(text: str) -> dict[float, str]:
    return {c.value: c.unit for c in analyse(text).claims}


# -- people in bylines, notes on authors, contracts and glossed names ----------------------------------------------


def test_an_authors_line_that_goes_on_to_the_date_names_every_author() -> None:
    people = page_names("作者：吴  刚　郑晓燕　　发布日期：2020-05-11　　阅读：1,204\n正文", t.PERSON)
    assert {"吴刚", "郑晓燕"} <= people
    assert not page_names("作者：石榴云　发布时间：2020-05-11\n正文", t.PERSON)


def test_a_note_on_the_authors_names_each_before_the_unit_and_post() -> None:
    text = "作者简介：\n韩启明，新疆社会科学院研究员。\n邓  玲，某某律师事务所合伙人，执业领域为劳动法。\n"
    assert {"韩启明", "邓玲"} <= page_names(text, t.PERSON)
    assert not page_names("会议要求，\n同时，各乡镇党委书记，要负责。\n", t.PERSON)


def test_a_contract_partys_representative_spaced_out_after_the_label() -> None:
    assert "何平" in page_names("乙方：某某物流有限公司\n法定代表人：何  平　　联系电话：0991-1234567\n", t.PERSON)


def test_a_transcribed_name_glossed_by_a_latin_name_with_diacritics() -> None:
    text = "议员卡萨诺瓦（Rubén Casañas）、马丁内斯（José Martínez）和多位学者联名致信。"
    people = page_names(text, t.PERSON)
    assert {"卡萨诺瓦", "马丁内斯"} <= people
    assert "马丁内斯" not in page_names(text, t.PLACE)


def test_a_pinyin_name_with_its_surname_in_capitals_before_the_characters_is_the_same_person() -> None:
    result = analyse("序号\t姓名\t职务\n1.\tLI Wenjun\n（李文军）\t某某县公安局局长\n")
    people = {m.text: m.canonical for m in result.mentions if m.type == t.PERSON}
    assert people.get("LI Wenjun") == people.get("李文军") == "李文军"


# -- places ---------------------------------------------------------------------------------------------------------


def test_a_town_named_by_an_ordinary_word_after_its_county_in_an_address() -> None:
    assert "红旗镇" in page_names("地址：黑龙江省绥化市北林区红旗镇幸福村", t.PLACE)
    assert not page_names("全县贫困村全部脱贫。", t.PLACE)


def test_a_citys_old_town_is_a_place_and_its_wall_is_not() -> None:
    assert "伊宁古城" in page_names("我们去了伊宁古城和吐鲁番。", t.PLACE)
    assert not page_names("工人们在修复古城墙。", t.PLACE)


# -- claims ---------------------------------------------------------------------------------------------------------


def test_a_notes_list_under_a_heading_with_a_full_width_colon_counts_nothing() -> None:
    body = "据统计，该县共有35人被送往外地务工，其中女性12人。" * 4
    text = body + "\n注释：\n[1] Ministry of Labour, Statement LS-0412, May 14, 2021.\n"
    assert set(_counts(text)) == {35, 12}


def test_hours_with_a_decimal_point_after_at_least() -> None:
    assert _counts("每周安排不少于1.5小时的培训。") == {1.5: "小时"}


def test_a_distance_in_chinese_numerals_with_and_some() -> None:
    counts = _counts("村子距乡政府三十多公里，离县城还有十几公里。")
    assert set(counts) == {30, 10} and all("公里" in unit for unit in counts.values())


def test_an_age_given_loosely_as_a_round_ten_and_a_bit() -> None:
    assert set(_counts("司机是一位四十出头的男子。")) == {40}


def test_a_bank_accounts_number_in_groups_of_four_counts_nothing() -> None:
    assert not analyse("开户行：某某银行某某支行　账号：6217 0023 1000 4521 889\n").claims
