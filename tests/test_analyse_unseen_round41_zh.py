"""Chinese errors shown by the forty-first Chinese held-out round (a prefecture government's annual report on
information disclosure, a prefecture TV news text page, a paired-aid delegation release); the sentences below are
written for these tests, with public bodies as themselves and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, cn_names, page_names


def _counts(text: str) -> dict[float, str]:
    return {c.value: c.unit for c in analyse(text).claims}


def test_a_tables_rows_copied_with_bars_between_the_cells_are_counts() -> None:
    text = (
        "申请人情况 | 自然人 | 商业企业 | 法律服务机构 | 总计\n"
        "一、本年新收政府信息公开申请数量 | 15 | 1 | 3 | 19\n"
        "（三）不予公开 | 1 | 0 | 0 | 1\n"
    )
    counts = _counts(text)
    assert {15.0, 1.0, 3.0, 19.0} <= set(counts)


def test_a_decimal_cell_takes_the_scale_its_columns_head_gives_after_a_unit_label() -> None:
    text = "信息内容 | 本年收费金额（单位：万元）\n行政事业性收费 | 86.5\n"
    assert 865000.0 in _counts(text)


def test_reads_a_sentence_reports_with_a_qualifier_are_a_claim_not_a_counter() -> None:
    counts = _counts("全年发布信息820条，公众号阅读量达15.2万人次，网站访问量超过40万人次。")
    assert {152000.0, 400000.0} <= set(counts)
    assert 1526.0 not in _counts("发布时间：2024-03-01　浏览次数：1526\n")


def test_the_platforms_on_a_pages_line_of_sharing_buttons_are_no_bodies() -> None:
    text = "县委书记到乡里调研。\n分享到：微信　微博　QQ空间\n"
    assert not cn_names(text, *BODIES)


def test_a_dotted_name_whose_syllables_the_dictionary_reads_as_a_sound() -> None:
    people = page_names("副州长吉日嘎拉·孟克主持会议。", t.PERSON)
    assert people == {"吉日嘎拉·孟克"}


def test_the_verb_that_gives_a_post_is_no_last_character_of_the_name_before_it() -> None:
    people = page_names("会上宣布，办公室主任周明任副组长，赵立新兼秘书长。", t.PERSON)
    assert "周明" in people
    assert "周明任" not in people


def test_a_programmes_credits_name_their_people() -> None:
    people = page_names("责任编辑：刘　芳\n制片人：孙　波\n监制：艾尼瓦尔·吐尔逊\n", t.PERSON)
    assert {"刘芳", "孙波", "艾尼瓦尔·吐尔逊"} <= people


def test_organise_before_a_short_form_is_a_verb_no_bodys_head() -> None:
    assert not cn_names("今年某某市计划组织疆外转移就业800人。", *BODIES)


def test_a_prefectures_archive_education_commission_and_service_units_are_bodies() -> None:
    text = "州档案馆会同州政务服务和公共资源交易中心整理公报，市教委和州信息化服务中心派员参加。"
    bodies = cn_names(text, *BODIES)
    assert {"州档案馆", "州政务服务和公共资源交易中心", "市教委", "州信息化服务中心"} <= bodies


def test_a_long_cooperatives_name_opens_with_its_county_and_township() -> None:
    text = "调研组走访了拜城县赛里木镇阔什艾日克村金果林果品农民专业合作社。"
    bodies = cn_names(text, *BODIES)
    assert "拜城县赛里木镇阔什艾日克村金果林果品农民专业合作社" in bodies


def test_a_portals_whole_name_alone_on_the_first_line_and_the_site_a_foot_credits_are_media() -> None:
    text = "某某地区行政公署门户网站\n首页 | 政务公开\n正文……\n主办：某某地区行政公署办公室　技术支持：某某新闻网\n"
    bodies = cn_names(text, *BODIES)
    assert {"某某地区行政公署门户网站", "某某新闻网"} <= bodies


def test_an_age_range_with_its_measure_after_both_ends_is_one_claim() -> None:
    claims = analyse("招收的学员年龄在17岁至40岁之间，每人承包20亩至30亩棉田。").claims
    assert sorted((c.low, c.value) for c in claims) == [(17.0, 40.0), (20.0, 30.0)]


def test_a_public_accounts_name_in_quotation_marks_before_its_kind_is_a_medium() -> None:
    bodies = cn_names("全年通过“某某县发布”微信公众号推送信息560条，“某某零距离”客户端同步转载。", *BODIES)
    assert {"某某县发布", "某某零距离"} <= bodies
