"""Chinese shapes the forty-seventh Chinese held-out set showed the rules missing (a reply to a request for
government information transcribed on a database, a PDF compilation of visit diaries, a slide deck exported as
text); the sentences below are written for these tests, with public bodies as themselves and private people
invented."""

from habeas.analyse import tables as t
from habeas.ingest.joining import join_broken_words
from test_analyse_unseen import analyse, page_names


def _counts(text: str) -> dict[float, str]:
    return {c.value: c.unit for c in analyse(text).claims}


# -- a deck's and a record's furniture ----------------------------------------------------------------------------


def test_a_slides_separator_and_its_footer_counter_count_nothing() -> None:
    text = "------ 幻灯片 4 ------\n• 今年共开展排查12次\n阿克苏地区综治办  |  4 / 12\n*** 第5页 ***\n"
    assert _counts(text) == {12: "次"}


def test_a_records_number_after_a_hash_and_an_attachments_place_count_nothing() -> None:
    text = "档案 #5127  |  附件 1 / 4  |  来源：家属提供\n相关材料：附件2 身份证复印件；附件4 信件照片\n"
    assert not _counts(text)


def test_attachments_counted_with_their_measure_word_still_count() -> None:
    assert 3 in _counts("申请人另提交附件3份，均为复印件。\n")


def test_a_contents_lines_page_after_its_leaders_and_author_counts_nothing() -> None:
    text = "附：本期其他文章\n  1. 在阿瓦提县的日子………………………………吐尔洪·买买提  9\n  2. 走访手记…………………杨  帆  15\n"
    assert not _counts(text)
    assert "杨帆" in page_names(text, t.PERSON)


def test_a_remedys_time_limits_in_a_replys_boilerplate_are_no_claims() -> None:
    text = (
        "如不服本决定，可以在收到本决定书之日起六十日内向阿克苏地区行政公署申请行政复议，"
        "或者在六个月内向阿克苏市人民法院提起行政诉讼。其兄已被关押三年多。\n"
    )
    assert _counts(text) == {3: "年"}


# -- figures in a table laid out with spaces ----------------------------------------------------------------------


def test_a_tables_cells_with_thousands_set_off_by_one_space_are_whole_figures_under_their_heads() -> None:
    text = (
        "各乡镇情况（单位：人）\n"
        "乡镇        收押    本月新收    释放\n"
        "阿依库勒乡  2 340   118         75\n"
        "合计        5 012   301         1 208\n"
    )
    counts = _counts(text)
    assert counts[2340] == "收押" and counts[5012] == "收押" and counts[1208] == "释放"
    assert 340 not in counts and 12 not in counts


def test_a_row_of_figures_one_space_apart_stays_cells() -> None:
    assert {120, 345, 678} <= set(_counts("乡镇 收押 新收 释放\n甲乡 120 345 678\n"))


def test_a_tables_head_line_is_not_run_into_its_first_row() -> None:
    prose = "这是一段足够长的正文，用来确定本页长行的长度，以便判断换行。\n" * 3
    text = prose + "县市    在培人员    结业人员\n疏附县  300  120\n"
    assert "结业人员\n疏附县" in join_broken_words(text)


# -- small counts and spaced names --------------------------------------------------------------------------------


def test_two_hours_in_numerals_are_a_span() -> None:
    assert 2 in _counts("晚上在夜校给村民讲了两个小时的法律课。\n")


def test_a_spaced_name_closing_a_reviewers_bracket_is_a_person() -> None:
    text = "【编者按】这篇日记写得朴实。（县委组织部  何  静）\n"
    assert "何静" in page_names(text, t.PERSON)
