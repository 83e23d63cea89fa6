"""Chinese errors shown by the thirty-third Chinese held-out round (commutation rulings, an investment
signing report, a forum thread); the sentences below are written for these tests, with public bodies as
themselves and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, names, values


def test_a_convict_in_a_rulings_numbered_list_is_named_without_his_role() -> None:
    text = "二、罪犯阿卜力孜·买买提，男，1983年出生，维吾尔族。三、罪犯张国强，男，汉族。"
    people = names(analyse(text), t.PERSON)
    assert {"阿卜力孜·买买提", "张国强"} <= people
    assert not any(p.startswith("罪犯") for p in people)


def test_a_native_township_before_the_word_for_native_of_keeps_its_level() -> None:
    places = names(analyse("被告人居来提，女，叶城县洛克乡人，小学文化。"), t.PLACE)
    assert "洛克乡" in places
    assert not names(analyse("他说自己是本乡人，在村里住了三十年。"), t.PLACE)


def test_a_procuratorates_branch_for_a_prefecture_is_one_body() -> None:
    bodies = names(analyse("自治区人民检察院阿克苏分院派员出席了庭审。"), *BODIES)
    assert "自治区人民检察院阿克苏分院" in bodies
    assert "自治区人民检察院" not in bodies


def test_a_chamber_of_commerce_and_its_president_are_named() -> None:
    r = analyse("广东省新疆商会会长陈立平在会上发言。")
    assert "广东省新疆商会" in names(r, *BODIES)
    assert "陈立平" in names(r, t.PERSON)


def test_a_set_phrase_of_an_ordinary_word_and_a_suffix_is_no_body() -> None:
    assert not names(analyse("村民们加入了合作社，每户分到两头牛。"), *BODIES)


def test_a_sites_name_heading_its_navigation_path_or_its_page_is_a_medium() -> None:
    bodies = names(analyse("新疆法院网 > 审判动态 > 刑事审判\n正文内容"), *BODIES)
    assert "新疆法院网" in bodies
    alone = names(analyse("中国政府采购网\n公告正文如下。"), *BODIES)
    assert "中国政府采购网" in alone
    assert not names(analyse("他们每天上网 > 三小时"), *BODIES)


def test_assessment_points_and_a_commendation_in_digits_are_counts() -> None:
    found = values(analyse("该犯考核期内累计获得考核分980分，获表扬1次。"))
    assert {980.0, 1.0} <= found


def test_a_forums_floors_and_counters_and_a_licence_number_are_no_counts() -> None:
    text = (
        "关注：9,310　　帖子：120,455\n"
        "5楼　2019-03-02 10:11\n"
        "我们村今年种了300亩棉花。\n"
        "浏览 2,044　　回复 17　　点赞 9\n"
        "信息网络传播视听节目许可证：0106502\n"
        "论坛热议榜　1 某地降温　2 某县开学\n"
    )
    assert values(analyse(text)) == {300.0}


def test_the_collective_word_for_prefectures_is_no_place() -> None:
    assert not names(analyse("编辑部每天整理地州新闻，发给各地州市的记者站。"), t.PLACE)


def test_a_scale_alone_after_over_or_some_is_a_count() -> None:
    assert 10000.0 in values(analyse("当地人说，全县有上万人被送去“学习”。"))
    assert 10000.0 in values(analyse("报告称，该州数万名农民被转移到外地工厂。"))


def test_minutes_in_chinese_numerals_are_a_duration() -> None:
    assert 20.0 in values(analyse("他说，每周只能和家人通话二十分钟。"))
    assert not values(analyse("这件事十分重要，大家十分钟前已经知道了。"))
