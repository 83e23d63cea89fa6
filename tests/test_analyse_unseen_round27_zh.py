"""Twenty-seventh round of analysis on Chinese text it was not written for: each test is one class of error a
twenty-seventh held-out Chinese set (bench/data/extraction/heldout27-zh: a company's encyclopaedia entry, the first
page of an academic paper, a Weibo thread) showed. The sentences are written for these tests; the people, places and
small bodies in them are not the held-out set's (well-known bodies and places appear as themselves)."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, cn_canonical, cn_names

# -- people ------------------------------------------------------------------------------------------


def test_a_dotted_name_right_after_a_days_date_starts_after_the_day() -> None:
    people = cn_names("去年7月9日麦合木提·艾则孜从洛浦县出发去乌鲁木齐。", t.PERSON)
    assert people == {"麦合木提·艾则孜"}


def test_a_verb_after_a_dotted_name_ends_the_name_before_a_kind_of_body() -> None:
    text = "2016年3月阿不力克木·吾守尔出任公司党委书记。"
    assert cn_names(text, t.PERSON) == {"阿不力克木·吾守尔"}
    assert cn_names(text, *BODIES) == set()


def test_a_verb_of_going_after_a_person_is_no_part_of_the_body_gone_to() -> None:
    text = "叶城县委书记孙立平到公司检查安全生产。"
    assert "孙立平" in cn_names(text, t.PERSON)
    assert not any("公司" in name for name in cn_names(text, *BODIES))


def test_a_name_inside_a_longer_nickname_is_no_person_but_an_account_named_by_a_name_is() -> None:
    thread = "戈壁上的王大锤\n03-18 09:40 来自 Android\n今天天气很好。//@草原上的李小白:同意"
    assert cn_names(thread, t.PERSON) == set()
    assert "韩松" in cn_names("韩松 V\n03-18 09:40 来自 iPad\n今天天气很好。", t.PERSON)
    assert "韩松" in cn_names("转发微博 //@韩松:说得对", t.PERSON)


def test_a_full_stop_between_a_title_and_a_source_dated_after_a_comma_is_no_names_dot() -> None:
    line = "[7] 南疆棉农调查记录．和田日报，2019-05-20"
    assert cn_names(line, t.PERSON) == set()
    assert "和田日报" in cn_names(line, *BODIES)


# -- bodies ------------------------------------------------------------------------------------------


def test_the_periodical_of_a_reference_in_the_national_standards_form_is_a_body() -> None:
    text = (
        "[1] 李文．南疆农户收入结构研究[J]．干旱区地理，2018，41(3)：12-19．\n"
        "[2] 赵静．棉花采收机械化调查[N]．农民日报，2021-04-02．"
    )
    assert {"干旱区地理", "农民日报"} <= cn_names(text, *BODIES)


def test_a_short_name_in_brackets_after_a_company_is_the_company() -> None:
    text = "新疆天润乳业股份有限公司（简称“天润乳业”）总部位于乌鲁木齐。天润乳业的员工多为本地人。"
    assert cn_canonical(text, *BODIES) == {"新疆天润乳业股份有限公司"}


# -- claims ------------------------------------------------------------------------------------------


def test_a_posts_time_counters_and_device_are_no_claims() -> None:
    text = "03-18 09:40 来自 Redmi K40\n村里今年新建了12座大棚。\n转发 25　|　评论 8　|　赞 340"
    assert [c.value for c in analyse(text).claims] == [12]


def test_the_heat_figures_of_a_hot_list_are_no_claims_but_a_tables_cells_are() -> None:
    hot = "今天天气不错。\n微博热搜\n1　某地举行马拉松比赛　236万\n2　春季招聘会开幕　118万"
    assert analyse(hot).claims == []
    table = "各乡就业人数\n1　喀拉喀什镇　236人\n2　奴尔乡　118人"
    assert sorted(c.value for c in analyse(table).claims) == [118, 236]


def test_a_postcode_an_article_number_and_a_volume_are_no_claims() -> None:
    text = (
        "（新疆农业大学　经济管理学院，新疆　乌鲁木齐　830052）\n"
        "文章编号：1671-2048（2020）05-0031-07\n"
        "[3] 王平．南疆劳动力流动研究[J]．西北人口，2017，38(2)：45-52．\n"
        "调查共访问了215户农户。"
    )
    assert [c.value for c in analyse(text).claims] == [215]


def test_years_over_a_span_or_of_work_away_from_home_are_a_duration() -> None:
    result = analyse("五年间，该村外出就业的比例明显上升。他说自己在昌吉打工四年、攒下了钱。")
    assert sorted(c.value for c in result.claims) == [4, 5]
