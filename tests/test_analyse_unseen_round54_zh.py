"""Chinese shapes the fifty-fourth Chinese held-out set showed the rules missing (a government-service portal's guide
to an office's procedure, a leaked cadre approval form copied from a spreadsheet, a courier's tracking page); the
sentences below are written for these tests, with public bodies as themselves and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, page_names


def _counts(text: str) -> dict[float, str]:
    return {c.value: c.unit for c in analyse(text).claims}


def _dates(text: str) -> set[str | None]:
    return {d.value for d in analyse(text).dates}


# -- figures that count ----------------------------------------------------------------------------------------------


def test_a_sum_after_the_yuan_sign_closing_brackets_is_money() -> None:
    assert 15.5 in _counts("包裹超重，补缴邮费（¥15.50）后重新寄出。")
    assert not _counts("依据〔2019〕3号文件执行。")  # a document's year in brackets is still no sum


def test_a_span_of_one_or_two_and_more_is_a_duration() -> None:
    counts = _counts("她在门口等了一个多小时，之后又等了两个多星期。")
    assert {1, 2} <= set(counts)
    assert not _counts("这是一个多民族聚居的地区。")  # a region of many peoples, no span


def test_two_papers_are_counted() -> None:
    assert 2 in _counts("律师当天递交了两份申诉材料。")


def test_one_copy_filling_a_tables_cell_is_counted() -> None:
    text = "序号\t证件名称\t形式\t份数\n1\t户口簿复印件\t纸质\t1份\n2\t结婚证复印件\t纸质\t1份\n3\t申请书\t纸质\t3份\n"
    counts = [c.value for c in analyse(text).claims]
    assert counts.count(1) == 2 and 3 in counts


def test_ages_under_their_head_in_a_forms_block_of_rows_count_years() -> None:
    text = (
        "家庭成员\n系\t称谓\t姓名\t年龄\t工作单位\n"
        "\t妻子\t米娜瓦尔·吐尔逊\t38\t县医院护士\n\t女儿\t阿依努尔·艾山\t12\t县第三小学学生\n"
    )
    counts = _counts(text)
    assert counts.get(38) == "年龄" and counts.get(12) == "年龄"


# -- figures that count nothing --------------------------------------------------------------------------------------


def test_the_ends_of_a_masked_number_count_nothing() -> None:
    assert set(_counts("联系人手机139****2087，身份证号6523**********1145，共带走物品3件。")) == {3}


def test_a_waybills_number_in_groups_after_its_carriers_letters_counts_nothing() -> None:
    assert set(_counts("快递单号：YT7520 3318 6604 2\n内装棉衣3件。")) == {3}


def test_a_hotline_named_with_its_purpose_is_a_number_to_call() -> None:
    assert set(_counts("问题已通过12345政务热线转办，共涉及家庭14户。")) == {14}


def test_a_listings_bracketed_counter_and_a_rating_count_nothing() -> None:
    assert not _counts("网友评价（共38条）　　好评率：96.2%\n")
    assert 1350 in _counts("当月共清理违规信息（共1350条），同比上升。")  # a sentence's count in brackets


# -- dates -----------------------------------------------------------------------------------------------------------


def test_a_month_written_with_a_dot_opening_a_clause_or_filling_a_field_is_a_date() -> None:
    assert {"2016-11", "2019-03"} <= _dates("\t弟　弟\t某某\t2016.11被带走，2019.03被判刑")
    assert {"1995-07", "1999-10"} <= _dates("入党时间\t1995.07\t参加工作时间\t1999.10\t健康状况\t良好")
    assert not _dates("本月支出2019.05元。")  # a sum with its cents


# -- people, bodies and places ---------------------------------------------------------------------------------------


def test_a_name_after_a_workers_role_is_a_person() -> None:
    people = page_names("2020-05-06 14:22:10　已派件，快递员：艾尔肯江，电话：0991-5551234\n签收员：宋立华\n", t.PERSON)
    assert {"艾尔肯江", "宋立华"} <= people


def test_what_a_mask_leaves_of_a_name_is_no_person() -> None:
    people = page_names("评价人：阿**古丽　2022-03-01　满意\n评价人：买*提　2022-03-02　一般\n", t.PERSON)
    assert not people


def test_a_secondary_school_named_by_the_trade_it_teaches_is_a_body() -> None:
    bodies = page_names("1990年毕业于伊犁师范学校，1994年又进入自治区司法学校学习。", t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"伊犁师范学校"} <= bodies


def test_a_time_zone_in_brackets_after_the_hours_is_no_place() -> None:
    assert "Beijing" not in page_names("受理时间：9:30—13:00，15:30—19:00（北京时间）。", t.PLACE)


def test_the_copies_a_closing_formula_gives_are_no_claims() -> None:
    assert not _counts("本通知书一式两份，副本三份。")
