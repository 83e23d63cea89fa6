"""Chinese bodies earlier rounds left: a factory named by its place and trade, a people's commune and an army's unit
under its arm of service, a country's authorities (the country a place, no body), a township's school at an
indented line's start, a public account's name after its kind, a company whose name opens with a title in
book-title marks; and no body from 学会 or 组织 as verbs, nor from a licence number's prefix. The sentences are
written for these tests, with public bodies and places as themselves and private people invented."""

import pytest

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names

BODIES = (t.ORGANIZATION, t.PUBLIC_BODY)


def _bodies(text: str) -> set[str]:
    return names(analyse(text), *BODIES)


# -- factories --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("喀什服装厂今年招收了一批工人。", "喀什服装厂"),
        ("驻马店汽车配件厂去年产值增长。", "驻马店汽车配件厂"),
        ("某县棉纺厂的工人每天工作十小时。", "某县棉纺厂"),
        ("和田县纺织厂厂长王建平说，订单增加了。", "和田县纺织厂"),
    ],
)
def test_a_factory_named_by_its_place_and_trade_is_a_body(text: str, body: str) -> None:
    assert body in _bodies(text)


@pytest.mark.parametrize(
    "text", ["她在服装厂工作了两年。该厂位于城郊。", "喀什工厂很多。", "他在和田地区的毛纺厂上班。"]
)
def test_a_bare_kind_of_factory_is_no_body(text: str) -> None:
    assert not {b for b in _bodies(text) if b.endswith("厂")}


# -- communes and army units ------------------------------------------------------------------------------------


def test_a_commune_is_a_body() -> None:
    assert "辛店公社" in _bodies("他曾在辛店公社劳动。")
    assert "河北省定县东亭公社" in _bodies("他出生在河北省定县东亭公社。")


def test_an_army_unit_under_its_arm_of_service_is_one_body() -> None:
    assert "陆军第一军第三师" in _bodies("他曾在陆军第一军第三师服役。")
    assert "解放军第二军步兵第五师" in _bodies("他的父亲在解放军第二军步兵第五师。")
    assert not _bodies("他后来调到某部队工作。")


# -- a country's authorities ------------------------------------------------------------------------------------


def test_a_countrys_authorities_name_the_country_and_no_body() -> None:
    r = analyse("瑞典当局拒绝了他的申请。美国当局表示关切。")
    assert not names(r, *BODIES)
    assert {"Sweden", "United States"} <= names(r, t.PLACE)


# -- schools, accounts and titled companies ---------------------------------------------------------------------


def test_a_township_school_at_an_indented_lines_start_is_one_body() -> None:
    bodies = _bodies(
        "联系方式\n　　各乡（镇）中心学校：拉依喀乡中心学校　校长　阿力木·买买提　13800000001\n"
        "　　　　　　　　　　　　　巴格其镇中心学校　校长　周　伟　13800000002\n"
    )
    assert {"拉依喀乡中心学校", "巴格其镇中心学校"} <= bodies
    assert "巴格其镇中心学校" in _bodies("通知如下：\n　　巴格其镇中心学校：请于本周内上报名单。\n")


def test_every_townships_school_in_a_cell_is_no_body() -> None:
    assert not _bodies("通知如下：\n　　各乡镇中学：请按时完成。\n")


def test_a_public_accounts_name_after_its_kind_is_a_body() -> None:
    bodies = _bodies("和田县教育局\n微信公众号 · 和田县教育发布\n2018-09-03 10:26\n\n致家长的一封信\n家长们好。")
    assert {"和田县教育发布", "和田县教育局"} <= bodies
    assert "和田县教育发布" in _bodies("微信公众号 · 和田县教育发布\n家长们好。")


def test_a_company_whose_name_opens_with_a_title_is_one_body() -> None:
    name = "《中国学术期刊（光盘版）》电子杂志社有限公司"
    bodies = _bodies(f"©2006-2019 某某网 {name}\n")
    assert name in bodies
    assert "电子杂志社有限公司" not in bodies


# -- no bodies ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "false"),
    [
        ("学员阿依努尔说，她在中心学会了缝纫，下个月就上班。", "中心学会"),
        ("连日来，吐鲁番市高昌区组织1 600余名干部深入各乡镇。", "吐鲁番市高昌区组织"),
        ("吐鲁番市高昌区组织开展了培训活动。", "吐鲁番市高昌区组织"),
        ("京ICP证040431号　互联网出版许可证 新出网证(京)字008号", "新出网证"),
    ],
)
def test_a_verb_or_a_licence_numbers_prefix_is_no_body(text: str, false: str) -> None:
    assert false not in _bodies(text)


def test_a_society_is_still_a_body() -> None:
    assert "中国化学学会" in _bodies("中国化学学会的会员来到乌鲁木齐。")
