"""The forty-sixth Chinese round's shapes, in sentences written for these tests: a letter's table of townships with
its cells set apart by tabs, thousands set off by a space and an ordinal in a column's head; a share in brackets
after the category it measures; an academic database's record of a paper (downloads, pages, file size), its line
of authors marked with their affiliations' numbers and its reference list; a name spaced out after a post in
running text; a cadre named after the noun for him; a newspaper page's layout credit."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, page_names, values


def test_tab_separated_cells_keep_thousands_set_off_by_a_space_and_count_their_column() -> None:
    r = analyse(
        "附件：各乡镇结对帮扶情况\n"
        "乡镇\t结对户数\t帮扶干部\t其中第2批\n"
        "阿瓦提乡\t1 245\t3 018\t612\n"
        "英巴格乡\t987\t2 406\t533\n"
    )
    assert {1245, 3018, 612, 987, 2406, 533} <= values(r)
    assert not {245, 18, 406} & values(r)  # no thousands group read as a figure of its own
    assert all(c.unit for c in r.claims)  # each cell counts what its column's head names
    assert {c.unit for c in r.claims if c.value == 612} == {"其中第2批"}


def test_a_share_in_brackets_after_its_category_counts() -> None:
    r = analyse("离岗原因依次为“工资偏低”（41.5%）、“照顾老人”（23.8%）和其他（7%）。")
    assert {41.5, 23.8, 7} <= values(r)
    numbered = analyse("具体要求如下：（1）按时报到；（2）遵守纪律。")
    assert not {1, 2} & values(numbered)  # list numbers in brackets stay list numbers


def test_a_database_record_and_an_author_line_count_nothing_and_name_the_authors() -> None:
    text = (
        "边境县域社会治理研究\n"
        "刘国栋1　热孜万古丽·吐尔洪2　孙  磊1,2\n"
        "1.新疆师范大学法学院  2.伊犁师范大学政法学院\n"
        "下载：2 036　页码：41-48　页数：8　大小：987K\n"
        "摘要：本文访谈了基层干部45人。\n"
    )
    r = analyse(text)
    assert values(r) == {45}
    people = names(r, t.PERSON)
    assert {"刘国栋", "热孜万古丽·吐尔洪", "孙磊"} <= people


def test_reference_list_authors_are_people() -> None:
    text = (
        "参考文献\n"
        "[1] 郑建华. 边疆农村治理研究[J]. 新疆社会科学, 2018(4): 1-9.\n"
        "[2] 赵　兰, 艾合买提·吐尔逊. 牧区寄宿制学校调查[J]. 新疆大学学报, 2017, 45(3): 33-40.\n"
        "[3] 国家统计局. 中国统计年鉴[M]. 北京: 中国统计出版社, 2019.\n"
    )
    people = page_names(text, t.PERSON)
    assert {"郑建华", "赵兰", "艾合买提·吐尔逊"} <= people
    assert "国家统计局" not in people


def test_a_name_spaced_out_after_a_post_before_a_verb() -> None:
    people = page_names("县农业农村局局长郑　凯说，今年全县新建大棚300座。", t.PERSON)
    assert "郑凯" in people


def test_a_cadre_after_the_noun_and_a_layout_credit() -> None:
    text = "在城北村，县委宣传部干部郑立平与结对户一起打馕。\n责任编辑：马　丽　　版式设计：古丽米拉"
    assert {"郑立平", "马丽", "古丽米拉"} <= page_names(text, t.PERSON)


def test_a_leading_group_and_its_office_after_a_level_alone() -> None:
    text = (
        "各校名单每月报县委民族团结工作领导小组办公室。州防控工作领导小组办公室负责人说明了情况。"
        "全县防控工作领导小组召开会议。"
    )
    bodies = page_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"县委民族团结工作领导小组办公室", "州防控工作领导小组办公室"} <= bodies
    assert not any(b.startswith("全县") for b in bodies)  # "the whole county's" opens no body's name


def test_a_journal_set_apart_in_a_breadcrumb_or_a_list_is_named() -> None:
    text = "首页 > 期刊 > 昌吉学院学报 > 2020年03期\n相似文献\n  · 牧区学校调查 — 伊犁师范大学学报 — 2019\n"
    assert {"昌吉学院学报", "伊犁师范大学学报"} <= page_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
