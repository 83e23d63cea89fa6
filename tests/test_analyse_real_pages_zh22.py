"""Chinese errors shown by a twenty-third round of real pages read outside the project (discipline
commissions' notices of typical cases and their wire reports, a region's government document, education
notices on enrolment, police press conferences relayed in traditional characters, a police notice relayed by
an overseas paper, a prefecture's report of a press tour); the sentences below are written for these tests,
with public bodies and places as themselves and everyone else invented."""

from test_analyse_unseen import analyse, page_names


def _days(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in analyse(text).dates]


def _counts(text: str) -> list[str]:
    return [c.number_text for c in analyse(text).claims]


def test_a_day_alone_after_the_subject_of_a_wires_first_clause_is_the_datelines() -> None:
    text = (
        "发布时间：2021-06-03 10:00:00\n"
        "新华社乌鲁木齐6月2日电（记者雷振宇 涂泽宇）自治区纪委2日对5起典型问题发出通报，涉及多个县市。"
    )
    assert ("2日", None) not in _days(text)


def test_a_day_alone_after_a_wires_first_subject_in_traditional_characters_is_the_datelines() -> None:
    text = (
        "時間:2021-06-03 10:30   來源:人民網\n"
        "人民網烏魯木齊6月2日電  (記者雷振宇、涂澤宇)自治區新聞辦2日下午舉行新聞發佈會，通報有關情況。"
    )
    assert ("2日", None) not in _days(text)


def test_a_day_later_than_the_datelines_in_its_first_clause_stays_undated() -> None:
    text = (
        "发布时间：2021-06-03 10:00:00\n"
        "新华社乌鲁木齐6月2日电（记者雷振宇）自治区人社厅9日将举办招聘会，岗位超过两千个。"
    )
    assert ("9日", None) in _days(text)


def test_a_range_of_days_after_a_full_date_is_one_date_from_its_first_day() -> None:
    text = "2016年4月21日至22日，外省某市一行15人到某市考察，市政府3次超标准接待。"
    assert _days(text) == [("2016年4月21日至22日", "2016-04-21")]


def test_a_name_cut_before_its_last_character_is_the_full_name_the_page_gives() -> None:
    text = "某市公安局局长王建为说，案件正在侦查。王建为表示，警方将陆续公布进展。"
    assert page_names(text, "person") == {"王建为"}


def test_a_two_character_name_in_a_list_is_not_lengthened_into_a_longer_one() -> None:
    text = "处长李志为此作了说明。李志、王强分别受到党内警告处分。"
    assert "李志" in page_names(text, "person")


def test_an_events_month_and_day_with_a_bullet_or_a_lost_dot_is_no_count() -> None:
    for written in ("“7•5”", "“7?5”", "“7‧5”"):
        text = f"截至8月4日，警方已刑事拘留{written}事件犯罪嫌疑人718名。"
        assert _counts(text) == ["718名"], written
