"""Twenty-fifth round of analysis on Chinese text it was not written for: each test is one class of error a
twenty-fifth held-out Chinese set (bench/data/extraction/heldout25-zh: an encyclopaedia biography of a detained
scholar, a county government's annual report on information disclosure, a news summary of a press conference)
showed. The sentences are written for these tests; the people, places and small bodies in them are not the
held-out set's (well-known bodies and places appear as themselves)."""

from habeas.analyse import tables as t
from habeas.analyse.numbers import chinese_figures
from test_analyse_unseen import cn_names

# -- people ------------------------------------------------------------------------------------------


def test_a_verb_after_a_whole_transcribed_name_gives_it_no_syllable() -> None:
    assert cn_names("米娜瓦尔·达吾提生于喀什，后来到北京求学。", t.PERSON) == {"米娜瓦尔·达吾提"}
    assert cn_names("他的哥哥艾尼瓦尔·达吾提留在伊宁。", t.PERSON) == {"艾尼瓦尔·达吾提"}


def test_a_time_word_after_a_transcribed_name_gives_it_no_syllable() -> None:
    people = cn_names("教师阿依努尔·吐尔逊和农民帕尔哈提·艾海提先后发言。", t.PERSON)
    assert people == {"阿依努尔·吐尔逊", "帕尔哈提·艾海提"}


def test_a_cut_last_part_still_takes_its_syllable_before_a_verb() -> None:
    assert cn_names("发言人买买提·艾合买提在会上表示反对。", t.PERSON) == {"买买提·艾合买提"}


def test_a_religious_post_before_a_transcribed_name_is_no_part_of_it() -> None:
    people = cn_names("喀什市的清真寺伊玛目阿不都外力·肉孜介绍了情况。", t.PERSON)
    assert people == {"阿不都外力·肉孜"}


# -- bodies ------------------------------------------------------------------------------------------


def test_a_conjunction_after_a_persons_name_is_no_part_of_the_county_after_it() -> None:
    text = "培训由县档案馆馆长李春燕和县民政局副局长周立新负责。"
    bodies = cn_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "县民政局" in bodies
    assert "和县民政局" not in bodies


def test_a_level_before_a_centre_the_segmenter_reads_whole_is_the_centres() -> None:
    text = "县政府办公室会同县信息中心整理材料，县信息中心主任张立军审核。"
    bodies = cn_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "县信息中心" in bodies
    assert not {"信息中心", "会同县信息中心"} & bodies


def test_a_years_period_before_a_society_is_no_part_of_its_name() -> None:
    bodies = cn_names("奖项：2018年度日本民俗学会荣誉会员", t.ORGANIZATION, t.PUBLIC_BODY)
    assert bodies == {"日本民俗学会"}


# -- claims ------------------------------------------------------------------------------------------


def test_a_one_alone_after_a_label_on_its_line_is_a_tables_count() -> None:
    text = "受理投诉数：9\n办结：8\n转交其他部门：1\n他说：1个人也没来。"
    figures = chinese_figures(text, [])
    assert [(f.value, f.unit) for f in figures] == [(9, "受理投诉数"), (8, "办结"), (1, "转交其他部门")]
