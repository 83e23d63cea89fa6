"""Chinese shapes the forty-fourth Chinese held-out set showed the rules missing (a message board's thread with
official replies, a listed company's report on its workers, a county's commendation decision with its lists);
the sentences below are written for these tests, with public bodies as themselves and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, cn_names, page_names


def _counts(text: str) -> dict[float, str]:
    return {c.value: c.unit for c in analyse(text).claims}


# -- people in lists ----------------------------------------------------------------------------------------------


def test_names_before_a_bracketed_post_or_sex_in_a_list_of_people_are_people() -> None:
    text = (
        "县卫生健康委：赵丽（女，副主任）、钱伟（疾控中心科长）\n县司法局：孙建国（社区矫正科科长）、周敏（女，干部）\n"
    )
    assert {"赵丽", "钱伟", "孙建国", "周敏"} <= page_names(text, t.PERSON)


def test_a_bracketed_post_after_a_body_or_a_word_makes_no_person() -> None:
    text = "会议由县政府（县长）召集，会后召开座谈会（主任主持）。\n"
    assert not page_names(text, t.PERSON)


# -- bodies -------------------------------------------------------------------------------------------------------


def test_a_companys_name_with_an_adjective_before_its_activity_is_read_whole() -> None:
    text = "公司全资子公司昆山恒远精密加工有限公司于2019年投产。\n"
    assert "昆山恒远精密加工有限公司" in cn_names(text, *BODIES)


def test_a_police_unit_whose_first_character_the_segmenter_leaves_alone_is_read_with_its_bureau() -> None:
    assert "县公安局巡特警大队" in cn_names("授予县公安局巡特警大队先进集体称号。", *BODIES)


def test_a_kind_of_body_after_a_one_character_preposition_is_no_name() -> None:
    bodies = cn_names("本方案经公司总经理办公会审议通过，由公司人事部门负责解释。", *BODIES)
    assert not any(name.endswith("经公司") or name.endswith("由公司") for name in bodies)


def test_slogans_listed_in_quotation_marks_are_no_body() -> None:
    text = "组织“学政策、讲团结、促发展”宣传月活动12场。\n"
    assert not cn_names(text, *BODIES)


def test_a_word_of_manner_and_a_verb_tagged_as_a_body_is_no_body() -> None:
    assert not cn_names("学员由企业统一安排住宿，集中管理。", *BODIES)
    assert not cn_names("宿舍由学校重新安排。", *BODIES)  # 重新 an adverb, 安排 a verb


# -- places -------------------------------------------------------------------------------------------------------


def test_a_township_opening_its_line_with_a_conjunctions_character_keeps_it() -> None:
    places = page_names("阿克苏镇：艾某某（镇长）\n和什托洛盖镇：王某（副镇长）\n", t.PLACE)
    assert "和什托洛盖镇" in places and "什托洛盖镇" not in places
    # inside a sentence, after another township, it joins the two
    assert "什托洛盖镇" in page_names("他到铁布肯乡和什托洛盖镇调研。", t.PLACE)


# -- claims -------------------------------------------------------------------------------------------------------


def test_cells_under_year_heads_count_what_their_rows_label_names() -> None:
    text = (
        "表3-2　学校基本情况\n"
        "项目 | 2021年 | 2022年 | 增减\n"
        "在校学生 | 2,316 | 2,508 | 8.3%\n"
        "其中：寄宿学生 | 1,120 | 1,342 | 19.8%\n"
    )
    counts = _counts(text)
    assert counts.get(2316.0) == "在校学生" and counts.get(1342.0) == "寄宿学生"
    assert 3.0 not in counts  # the table's number in its caption


def test_a_tables_or_a_figures_number_at_its_captions_start_is_no_count() -> None:
    counts = _counts("图5　各乡镇转移就业人数\n附表2：结对帮扶名单\n")
    assert 5.0 not in counts and 2.0 not in counts


def test_a_year_glued_to_a_net_name_is_no_count_but_a_count_of_that_size_is() -> None:
    counts = _counts("发帖人：胡杨林2018　　发帖时间：2021-05-02 10:12\n共有学员2018人参加培训。\n")
    assert counts.get(2018.0, "").startswith("人")


def test_years_and_more_written_in_numerals_are_a_duration() -> None:
    counts = _counts("我哥哥被带走三年多了，家里一直联系不上。\n他在外地打工已经一年零八个月。\n")
    assert counts.get(3.0) == "年" and counts.get(1.0) == "年"
    assert not _counts("2018年多次组织培训。\n")


def test_a_mean_age_with_a_decimal_point_is_a_count_of_years() -> None:
    assert _counts("转移就业人员平均年龄27.4岁。").get(27.4) == "岁"


def test_two_of_a_kind_counted_by_jia_before_a_noun_is_a_count_but_not_two_families() -> None:
    assert 2.0 in _counts("报告点名了该公司的两家供应商。")
    assert 2.0 not in _counts("两家人住在一个院子里。")
