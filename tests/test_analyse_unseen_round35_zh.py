"""Chinese errors shown by the thirty-fifth Chinese held-out round (a county police notice with a government
office's notice, a daily news round-up, a court's opening announcements and judgment summaries); the sentences
below are written for these tests, with public bodies as themselves and private people invented."""

from habeas.analyse import tables as t
from habeas.analyse.claim_kinds import claim_kind
from test_analyse_unseen import BODIES, analyse, names, values


def test_a_party_named_after_its_role_in_a_lawsuit_is_named_without_the_role() -> None:
    text = "本院定于2020年5月6日公开开庭审理原告和田玉龙商贸有限公司与被告阿克苏天佑运输有限公司运输合同纠纷一案。"
    bodies = names(analyse(text), *BODIES)
    assert {"和田玉龙商贸有限公司", "阿克苏天佑运输有限公司"} <= bodies
    assert not any("原告" in b or "审理" in b for b in bodies)


def test_a_companys_brand_after_its_place_then_trade_and_activity_is_one_name() -> None:
    text = "阿图什金果农业开发有限公司与王某某土地租赁合同纠纷一审民事判决书"
    assert "阿图什金果农业开发有限公司" in names(analyse(text), *BODIES)


def test_a_numbered_courtroom_of_the_court_itself_is_no_body() -> None:
    bodies = names(analyse("和田县人民法院定于6月2日在本院第四法庭公开开庭审理此案。"), *BODIES)
    assert "和田县人民法院" in bodies
    assert not any("法庭" in b for b in bodies)


def test_a_spaced_two_character_name_after_a_court_role_with_a_colon_a_reporter_or_a_lawyer() -> None:
    text = "（记者 孙 杰）审判员：黄 磊。辩护人：某某律师事务所律师郑 伟。"
    assert {"孙杰", "黄磊", "郑伟"} <= names(analyse(text), t.PERSON)


def test_a_han_name_after_a_court_role_and_its_colon() -> None:
    assert "陈春花" in names(analyse("审判员：陈春花；书记员：阿依古丽·买买提。"), t.PERSON)


def test_a_post_holder_written_with_a_latin_initial_before_the_surname_or_transcribed_name() -> None:
    people = names(analyse("喀什大学副校长M.刘出席仪式，副团长K·吐尔逊说，项目已经完工。"), t.PERSON)
    assert {"M.刘", "K·吐尔逊"} <= people
    assert "吐尔逊" not in people


def test_a_numeral_before_a_partys_role_counts_the_parties() -> None:
    found = values(analyse("公诉机关指控，四被告人于2017年间多次盗窃。法院查明，二上诉人共同贩卖毒品。"))
    assert {4.0, 2.0} <= found


def test_a_pagers_page_numbers_a_screen_resolution_and_a_hotlines_short_number_count_nothing() -> None:
    text = "共 5 页 第 2 页 首页 上一页 1 2 3 4 5 下一页 尾页\n建议使用1280×1024分辨率浏览\n"
    text += "服务热线：0903-2012345、12345"
    assert not values(analyse(text))


def test_a_reward_range_with_its_unit_at_both_ends_is_one_claim() -> None:
    claims = analyse("经查证属实的，给予举报人200元至2000元奖励。").claims
    assert [(c.low, c.value) for c in claims] == [(200.0, 2000.0)]


def test_the_coming_years_of_a_plan_are_a_duration() -> None:
    assert 3.0 in values(analyse("学校今后三年将选派20名教师赴南疆任教。"))
    assert 1.0 not in values(analyse("学校未来一年将选派20名教师赴南疆任教。"))


def test_a_township_bearing_its_countys_name_in_an_address_is_the_township() -> None:
    places = names(analyse("办公地址：莎车镇阿尔屯路8号，邮编844700。"), t.PLACE)
    assert "莎车镇" in places


def test_stationed_in_and_a_places_one_character_short_form_is_no_place() -> None:
    assert not names(analyse("各乡镇人民政府，县直各单位，驻莎各单位："), t.PLACE)


def test_an_organ_whose_domain_opens_with_a_verb_the_segmenter_tags_as_such() -> None:
    assert "皮山县就业服务管理局" in names(analyse("皮山县就业服务管理局负责组织培训。"), *BODIES)


def test_a_dotted_name_ends_before_a_common_noun() -> None:
    people = names(analyse("吐尔逊·买买提土地承包合同纠纷一案已审结。"), t.PERSON)
    assert "吐尔逊·买买提" in people


def test_a_kind_of_college_the_dictionary_holds_as_a_body_is_no_body() -> None:
    assert not names(analyse("今年全区普通高校招生计划公布。"), *BODIES)


def test_convicts_counted_are_people_sentenced() -> None:
    r = analyse("监狱第三监区的五名罪犯本季度获得表扬。")
    kinds = {c.value: claim_kind(c.unit, c.number_text, c.text) for c in r.claims}
    assert kinds[5.0] == "people sentenced"
