"""Chinese errors shown by the thirty-ninth Chinese held-out round (a county secretary's speech at a
commendation meeting with its list of advanced collectives and individuals, a county site's work-news list
page with one item in full, an encyclopaedia entry on a Xinjiang university); the sentences below are written
for these tests, with public bodies as themselves and private people invented."""

from habeas.analyse import tables as t
from habeas.ingest.joining import join_broken_words
from test_analyse_unseen import analyse, names, values


def test_a_portals_heading_and_a_line_of_links_name_sites_not_the_bodies() -> None:
    page = (
        "温宿县人民政府门户网站 > 新闻中心 > 部门动态\n"
        "正文。\n"
        "友情链接：中国政府网　新疆维吾尔自治区人民政府网｜阿克苏地区行政公署网\n"
    )
    bodies = names(analyse(page), t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"温宿县人民政府门户网站", "中国政府网", "新疆维吾尔自治区人民政府网", "阿克苏地区行政公署网"} <= bodies
    assert not bodies & {"温宿县人民政府", "中国政府", "阿克苏地区行政公署"}


def test_a_title_read_across_two_places_is_no_title() -> None:
    text = "大巴车经过南京市长江大桥时，带队干部刘国强清点了人数。"
    people = names(analyse(text), t.PERSON)
    assert "刘国强" in people
    assert not any(name.startswith("江") for name in people)
    assert "陈吉宁" in names(analyse("北京市长陈吉宁出席了开幕式。"), t.PERSON)  # a mayor after his city


def test_a_spaced_name_at_a_list_lines_start_and_a_spaced_long_name_after_an_author_label() -> None:
    listing = "二、先进个人（3名）\n孙　涛（女，县人民医院医生）\n马　军：某某日报社记者\n简　称：某某大学\n"
    people = names(analyse(listing), t.PERSON)
    assert {"孙涛", "马军"} <= people
    assert "简称" not in people
    byline = "发布时间：2021-06-02　作者：古 丽 米 拉　浏览量：512\n正文"
    assert "古丽米拉" in names(analyse(byline), t.PERSON)


def test_wan_transcribes_in_a_dotted_name() -> None:
    text = "村妇联主席再娜婉·吐尔地（女）介绍了情况。"
    assert "再娜婉·吐尔地" in names(analyse(text), t.PERSON)


def test_years_at_a_post_are_a_duration() -> None:
    assert 15.0 in values(analyse("她扎根牧区小学十五年，从未请过一天假。"))
    assert 30.0 in values(analyse("老支书坚守边境村三十年。"))


def test_a_line_set_apart_by_a_full_width_space_is_not_joined_to_the_line_before() -> None:
    page = "\n".join(["某某奖的获得者有多人，名单如下，以下依次列出姓名和单位，各单位请通知本人领取证书"] * 3)
    listing = page + "\n孙　涛：某某县人民医院医生\n"
    assert "\n孙　涛" in join_broken_words(listing)
    wrapped = "某某奖的获得者有多人，名单如下，以下依次列出姓名和单位，各单位请通知本人领\n取证书"
    assert "领取" in join_broken_words("\n".join([wrapped] * 3))


def test_words_of_local_work_reports_are_no_places_nor_bodies() -> None:
    text = "培训结束后，镇里安排专车送学员返乡。县委组织部来我县检查驻村工作。学校入选中西部高校建设名单。"
    result = analyse(text)
    assert not names(result, t.PLACE) & {"镇里", "检查驻村", "我县检查驻村"}
    assert "中西部" not in names(result, t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_townships_central_school_is_a_body() -> None:
    text = "乌帕尔镇中心学校的老师们利用假期走访学生家庭。"
    assert "乌帕尔镇中心学校" in names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert not names(analyse("全县各中心学校要抓好安全工作。"), t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_station_named_by_its_township_and_level_is_one_body_with_its_bureau() -> None:
    text = "阿克苏市公安局依干其乡派出所民警到村里宣讲政策。"
    assert "阿克苏市公安局依干其乡派出所" in names(analyse(text), t.PUBLIC_BODY)
    ordered = names(analyse("县公安局要求各乡镇派出所加强巡逻。"), t.PUBLIC_BODY)
    assert not any(name.endswith("派出所") and name.startswith("县公安局") for name in ordered)


def test_a_conjunction_read_into_a_bodys_first_word_after_a_name_is_no_part_of_it() -> None:
    text = "副县长李建国和罕南力克镇小学校长一起走访了学生家庭。"
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert "罕南力克镇小学" in bodies
    assert not any(name.startswith("和") for name in bodies)
