"""Chinese errors shown by a twenty-seventh round of real pages read outside the project (a police situation report
on a news app, a metropolitan paper's report of a hoax terror call, a prefecture's conscription notice and reports
of conscription meetings, an internet police statement against rumours, a regional news office's notice against
rumours, commendation decisions and reports for aid-Xinjiang workers, a dismissal report, a college's notice on
military service registration); the sentences below are written for these tests, with public bodies and places as
themselves and everyone else invented."""

from test_analyse_unseen import analyse, page_names


def _claims(text: str) -> list[str]:
    return [c.number_text for c in analyse(text).claims]


def _dates(text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in analyse(text).dates}


def test_a_date_before_reaching_an_age_is_no_year_before_last() -> None:
    text = "2016年6月30日前年满18周岁的男性公民，应当进行兵役登记。"
    assert _dates(text) == {"2016年6月30日": "2016-06-30"}


def test_the_issue_date_of_a_cited_rule_gives_no_year_to_the_notices_days() -> None:
    text = (
        "某县2019年征兵工作于2019年7月1日开始。\n"
        "体格条件按照2011年5月6日发布的《应征公民体格检查标准》执行。\n"
        "（一）8月3日至12日，适龄青年到报名点报名。\n"
        "（二）8月15日至25日，体检政审。"
    )
    dates = _dates(text)
    assert dates["8月3日至12日"] == "2019-08-03"
    assert dates["8月15日至25日"] == "2019-08-15"


def test_an_event_named_by_its_date_without_its_dot_counts_nothing() -> None:
    text = "通告说，“75”事件发生后，有人利用“75”事件散布谣言，警方抓获造谣者3名。"
    assert _claims(text) == ["3名"]


def test_a_conscription_office_after_its_place_is_a_body() -> None:
    text = "六、监督电话\n某县征兵办公室：0991-1234567。\n和田地区征兵办公室\n2019年7月1日"
    assert "和田地区征兵办公室" in page_names(text, "public_body")


def test_two_common_surnames_open_names() -> None:
    text = "会上，授予付某伟、傅某南同志荣誉称号，阎某鑫同志代表受表彰人员发言。"
    assert {"傅某南", "阎某鑫"} <= page_names(text, "person")


def test_a_conjunction_or_an_offices_head_ends_no_given_name() -> None:
    text = "在校学生应征并符合条件的可以批准入伍。市总工会会同市建交委、市文明办、团市委开展活动。"
    assert not page_names(text, "person")
