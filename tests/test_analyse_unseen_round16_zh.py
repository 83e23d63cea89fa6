"""Sixteenth round of analysis on Chinese text it was not written for: each test is one class of error a
sixteenth held-out Chinese set (bench/data/extraction/heldout16-zh: a corps division's notice, a news digest,
an encyclopaedic entry on a county) showed. The sentences are written for these tests; the people, places and
small bodies in them are not the held-out set's (well-known bodies and places appear as themselves)."""

from habeas.analyse.claim_kinds import DETAINED, FLAGGED, claim_kind
from habeas.analyse.dates import chinese_dates


def _counts(text: str) -> dict[float, str]:
    from habeas.analyse.numbers import chinese_figures

    return {f.value: f.unit for f in chinese_figures(text, [])}


def _days(text: str) -> set[str]:
    return {d.value for d in chinese_dates(text) if d.value}


# -- counts ------------------------------------------------------------------------------------------


def test_section_numbers_codes_and_a_citations_year_are_no_counts() -> None:
    assert _counts("目录\n1 概况\n2 人口\n\n1 概况\n全县有3个镇。") == {3: "个镇"}
    assert not _counts("电话区号　0996\n邮政编码　841000")
    assert not _counts("乌鲁木齐: 新疆大学出版社, 2015: 88.")
    assert _counts("全县共有2015名学员。") == {2015: "名学员"}  # a count written with its measure word


def test_a_slogans_numeral_is_no_count() -> None:
    assert not _counts("深入开展“五个认同”教育。")
    assert 5 in _counts("新建“双语”幼儿园五所。")  # a numeral outside the quotes counts


def test_the_years_of_a_named_period_or_a_run_of_years() -> None:
    assert _counts("任命其为副局长（试用期一年）。") == {1: "年"}
    assert 3 in _counts("该县已连续三年未发生案件。")
    assert not _counts("2019年一年内完成。")


def test_people_caught_are_detained_and_people_under_watch_flagged() -> None:
    assert claim_kind("名", "45名", "全年抓获犯罪嫌疑人45名。") == DETAINED
    assert claim_kind("名", "28名", "另有28名被列为重点关注对象。") == FLAGGED


# -- dates -------------------------------------------------------------------------------------------


def test_a_day_that_opens_a_digests_item_after_its_source() -> None:
    page = "要闻摘要\n〔新华社北京5月19日电〕某部19日发布报告。\n〔某某日报〕18日，双方在北京签署协议。"
    assert "2020-05-18" in _days(page.replace("5月19日电", "2020年5月19日电"))
    assert "2020-05-18" not in _days("〔新华社北京2020年5月19日电〕某部发布报告，称18日前完成。")
