"""Days the calendar does not have ("2/30", "31/02/2020", "2019年2月30日") are left undated wherever a date is
built from its parts: no impossible value reaches the page's dates, and none crashes the reading of the days
after it (a date line's day is read with ``date.fromisoformat``)."""

import datetime

import pytest

from habeas.analyse.dates import chinese_dates, english_dates, uyghur_dates
from test_analyse_unseen import analyse


def _parses(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _impossible(values: list[str | None]) -> list[str]:
    return [v for v in values if v and len(v) == 10 and not _parses(v)]


@pytest.mark.parametrize(
    "text",
    [
        "2020/02/15 13:36（2/30 13:41 更新）\n　　记者7日从县公安局获悉，案件已移送。",
        "2020/02/15 13:36（2/30 13:41 更新）\n　　7日，县法院表示将公开审理。",
        "31/02/2020\n　　记者7日从县公安局获悉，案件已移送。",
        "31/02/2020 19:48\n　　县法院7日表示将公开审理。",
        "2020/02/31\n　　县法院7日表示将公开审理。",
    ],
)
def test_an_impossible_date_line_neither_crashes_nor_dates_the_page(text: str) -> None:
    result = analyse(text)
    assert _impossible([d.value for d in result.dates]) == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("2020/02/15 13:36（2/30 13:41 更新）", "2/30"),  # a stamped month and day
        ("31/02/2020\n县法院宣判。", "31/02/2020"),  # a site's date line, day first
        ("2019/02/30\n县法院宣判。", "2019/02/30"),  # a web page's date line
        ("2019年2月30日，县法院宣判。", "2019年2月30日"),
        ("二〇一九年二月三十日，县法院宣判。", "二〇一九年二月三十日"),
        ("2018年3月，他被带走。同年2月30日，县法院宣判。", "同年2月30日"),
        ("2019年5月1日，记者获悉：今年2月30日，县法院宣判。", "今年2月30日"),
        ("2019年5月1日，记者获悉：上月31日，县法院宣判。", "上月31日"),
        ("2019年230日，县法院宣判。", "2019年230日"),  # the month's 月 lost
        ("2019年5月1日，县法院宣判。2月30日，他被带走。", "2月30日"),
        ("2019年4月5日，县法院开庭。31日，他被带走。", "31日"),  # a day alone after a day of that month
    ],
)
def test_an_impossible_chinese_day_is_left_undated(text: str, written: str) -> None:
    dates = chinese_dates(text)
    assert _impossible([d.value for d in dates]) == []
    assert all(d.value is None or len(d.value) < 10 for d in dates if written in d.text)


@pytest.mark.parametrize("text", ["On 2019-02-30 the court met in Urumqi.", "On 30 February the court met. 2019"])
def test_an_impossible_english_day_is_left_undated(text: str) -> None:
    assert _impossible([d.value for d in english_dates(text)]) == []


@pytest.mark.parametrize("key", ["2019-yili 30-fewral", "2019-yili 2-ayning 30-kuni"])
def test_an_impossible_uyghur_day_is_left_undated(key: str) -> None:
    assert _impossible([d.value for d in uyghur_dates(key)]) == []
