"""Chinese errors shown by the thirty-seventh Chinese held-out round (a university's news report on its village
work team, a listed company's statement on its Xinjiang business with a press report on it, a bureau's reply to
a CPPCC member's proposal); the sentences below are written for these tests, with public bodies as themselves
and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values


def test_a_spaced_name_after_an_author_label_or_a_spaced_out_label_is_a_person() -> None:
    byline = "发布日期：2020-05-12　来源：学院办公室　作者：赵 敏　摄影：刘 伟　点击数：380\n正文"
    assert "赵敏" in names(analyse(byline), t.PERSON)
    form = "特此函复。\n\n联 系 人：冯 杰\n联系电话：0991-2345678\n"
    assert "冯杰" in names(analyse(form), t.PERSON)
    assert not names(analyse("作者：石榴云\n来源：天山网"), t.PERSON)  # a medium as the author, no person


def test_a_spaced_name_after_a_post_is_the_post_holder() -> None:
    text = "出席仪式的还有镇党委副书记丁 蕾、村委会主任孟 飞，以及全体驻村干部。"
    assert {"丁蕾", "孟飞"} <= names(analyse(text), t.PERSON)


def test_a_prosecutor_before_a_name_is_a_post() -> None:
    text = "区人民检察院检察官马红梅、区人民法院法官等5人走进校园，为学生讲授法律知识。"
    assert "马红梅" in names(analyse(text), t.PERSON)


def test_entrusting_a_body_is_no_part_of_its_name() -> None:
    text = "董事会已委托新疆天阳律师事务所就相关事项出具法律意见。"
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert "新疆天阳律师事务所" in bodies
    assert not any(name.startswith("委托") for name in bodies)


def test_a_reporter_interviewed_by_telephone_and_a_disclosure_are_no_media() -> None:
    text = "该公司董事会秘书在接受记者电话采访时说，公司指定信息披露网站为巨潮资讯网。"
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert not bodies & {"记者电话", "公司指定信息"}
    interview = analyse("他在接受德国之声采访时说，情况属实。")
    assert [m for m in interview.mentions if m.name == "德国之声" and m.type == t.ORGANIZATION]


def test_a_described_region_is_no_place() -> None:
    text = "合作社的原料主要来自周边地区，产品销往沿海地区和塔城地区。"
    places = names(analyse(text), t.PLACE)
    assert not places & {"周边地区", "沿海地区"}
    assert [m for m in analyse(text).mentions if m.name == "塔城地区" and m.type == t.PLACE]


def test_a_sites_filing_suffix_is_no_count() -> None:
    footer = "主办单位：某某县人民政府办公室　新ICP备10004567号-3　新公网安备65312102000045号"
    assert 3.0 not in values(analyse(footer))


def test_a_special_committee_of_an_advisory_conference_is_one_body() -> None:
    text = "抄送：州政协提案委员会，州人大常委会法制工作委员会。"
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"州政协提案委员会", "州人大常委会法制工作委员会"} <= bodies


def test_a_data_vendor_cited_for_its_data_is_a_body() -> None:
    text = "据Choice数据，该股今年以来累计下跌12%，据官方数据，行业产量增长。"
    assert "Choice" in names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert not names(analyse("据统计数据，全县共有合作社12家。"), t.ORGANIZATION, t.PUBLIC_BODY)
