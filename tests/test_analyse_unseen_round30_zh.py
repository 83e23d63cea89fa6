"""Thirtieth round of analysis on Chinese text it was not written for: each test is one class of error a
thirtieth held-out Chinese set (bench/data/extraction/heldout30-zh: a police roster exported as tab-separated
text, a WeChat official-account article, a county leading group's meeting minutes) showed. The sentences are
written for these tests; the people, places and small bodies in them are not the held-out set's (well-known
bodies and places appear as themselves)."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, cn_names
from test_analyse_unseen_round29_zh import cn_values

# -- figures ---------------------------------------------------------------------------------------


def test_an_identity_numbers_cell_in_a_roster_counts_nothing() -> None:
    rows = (
        "序号\t姓名\t性别\t民族\t出生日期\t身份证号\t处理结果\n"
        "7\t某某某\t女\t维吾尔族\t1979-02-11\t652201197902110000\t判刑6年\n"
        "8\t某某\t男\t维吾尔族\t1985-10-03\t652201198510030000\t送教培中心\n"
        "9\t某某\t男\t回族\t1990-07-21\t65220119900721002X\t送教培中心\n"
    )
    assert cn_values(rows) == [6]
    assert cn_values("截至年底，全县共有人口312000人。") == [312000]


def test_a_wechat_articles_collection_counters_count_nothing() -> None:
    assert cn_values("收录于合集 #民族团结一家亲 46个 #脱贫攻坚 9个\n全村共有312户。") == [312]


def test_a_share_in_tenths_written_with_liang_is_twenty_per_cent() -> None:
    assert cn_values("棉花单产比去年提高了两成左右。") == [20]
    assert cn_values("两成员出席了会议。") == []


def test_one_building_or_school_written_in_digits_is_a_count() -> None:
    assert cn_values("乡里新建扶贫车间1座，改建幼儿园1所。") == [1, 1]
    assert cn_values("这是一座小城，也是一所学校的所在地。") == []


# -- bodies ----------------------------------------------------------------------------------------


def test_an_armed_police_squadron_of_a_county_is_one_body() -> None:
    assert "武警叶城县中队" in cn_names("武警叶城县中队中队长某某参加会议。", *BODIES)


def test_an_aid_headquarters_branch_named_after_it_is_one_body() -> None:
    text = "上海市援疆喀什指挥部莎车分指挥部副指挥某某出席。"
    assert "上海市援疆喀什指挥部莎车分指挥部" in cn_names(text, *BODIES)
    assert "莎车分指挥部" not in cn_names(text, *BODIES)


def test_a_verb_of_contacting_is_no_part_of_the_company_after_it() -> None:
    names = cn_names("驻村工作队主动联系中国电信集团有限公司（以下简称“中国电信”）铺设光缆。", *BODIES)
    assert not any(name.startswith("联系") for name in names)


def test_a_leading_group_named_after_a_long_task_is_a_body() -> None:
    text = "叶城县职业技能教育培训工作领导小组\n第三次会议纪要\n"
    assert "叶城县职业技能教育培训工作领导小组" in cn_names(text, *BODIES)
    assert cn_names("外出须经县级教培工作领导小组审批。", *BODIES) == set()


def test_a_news_account_named_by_its_place_in_a_pages_header_is_a_medium() -> None:
    assert "叶城发布" in cn_names("原创 某某 叶城发布 2020-05-11 19:02\n", *BODIES)
    assert "叶城发布" in cn_names("长按二维码关注\n叶城发布\n", *BODIES)
    assert not any("发布" in name for name in cn_names("叶城发布了新的通告。", *BODIES))


# -- people ----------------------------------------------------------------------------------------


def test_a_transcribed_name_with_a_latin_initial_after_its_dot_is_one_person() -> None:
    assert "麦麦提·T" in cn_names("队员周某和麦麦提·T.负责包户。", t.PERSON)
    assert "古丽娜尔·S" in cn_names("责任编辑：古丽娜尔·S\n", t.PERSON)


def test_a_transcribed_name_with_xu_after_its_dot_is_read_whole() -> None:
    assert "麦麦提·阿不都许库尔" in cn_names("村民麦麦提·阿不都许库尔说，收入提高了。", t.PERSON)


def test_a_name_the_dictionary_knows_as_a_persons_is_read_after_a_minutes_label() -> None:
    assert "李娜" in cn_names("记录人：李娜\n", t.PERSON)
    assert "李娜" in cn_names("联系人：李娜　电话：0998-1234567\n", t.PERSON)
    assert cn_names("参加：会议、主任\n", t.PERSON) == set()
