"""Chinese errors shown by a sixteenth round of real pages read outside the project (two government information
disclosure reports, a police bulletin relayed by an overseas paper, a police report on a false alarm, three German
broadcaster's pages, a British broadcaster's and an American broadcaster's reports on forced labour, four
universities' news items, a party paper's commentator's article and a wire report on an industry's social
responsibility report); the sentences below are written for these tests, with public bodies and places as
themselves and everyone else invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse


def _names(text: str, *types: str) -> set[str]:
    return {m.name for m in analyse(text).mentions if m.type in types}


def _counted(text: str) -> set[str]:
    return {c.number_text for c in analyse(text).claims}


def test_a_desk_named_by_its_emergency_number_counts_nothing() -> None:
    # "某局110指挥中心": the desk that answers the number 110, no figure of 110 (the people it reports are one)
    text = "某县公安局119接警台晚间接到电话称，有5名村民被困。"
    assert _counted(text) == {"5名"}
    assert not _counted("某市公安局110指挥调度室当晚接到报警。")


def test_bare_digits_before_a_time_of_day_count_nothing() -> None:
    # "0305上午": a page's day whose 月 and 日 were lost, no count of 305
    assert not _counted("0305上午，某局局长一行到我校考察。")
    assert _counted("0305上午，某局3名干部到我校考察。") == {"3名"}


def test_a_year_closing_a_title_broken_over_two_lines_counts_nothing() -> None:
    text = "某县人民政府办公室2024\n\n政府信息公开工作年度报告\n全年主动公开信息812条。"
    assert _counted(text) == {"812"}


def test_a_city_paper_named_by_its_kind() -> None:
    # 都市报 and 晚报 close a newspaper's name as 日报 does
    text = "据天山都市报记者了解，两人已被刑事拘留。（乌鲁木齐晚报 记者韩冬青）"
    bodies = _names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"天山都市报", "乌鲁木齐晚报"} <= bodies


def test_a_dotted_name_whose_first_syllables_the_segmenter_joins_as_a_word() -> None:
    # "校领导甲、居来提·某某、乙": the name runs back to the enumeration comma (居来 is read as a verb)
    text = "校领导孟庆林、居来提·买买提、秦秀兰出席会议。"
    assert {"孟庆林", "居来提·买买提", "秦秀兰"} <= _names(text, t.PERSON)
    # but a post between the comma and the name is no part of it ("副州长、州长某某·某某")
    assert "努尔兰·阿布都曼金" in _names("副州长、州长努尔兰·阿布都曼金出席。", t.PERSON)


def test_slashed_credits_of_text_and_photographs() -> None:
    # "（文/甲 乙 摄/丙）": the writers and the photographer closing a school's news item
    text = "座谈会在行政楼召开。（文/苗立新 摄/马界成 韩冬梅）"
    assert {"苗立新", "马界成", "韩冬梅"} <= _names(text, t.PERSON)


def test_several_reporters_in_latin_script_on_the_line_above_the_date() -> None:
    # a foreign broadcaster's Chinese page: its reporters separated by bars above the date, each a person
    text = (
        "新疆报导（1）：营中的日子\n\nAnna Berghof | Tom Hale | Lisa Marten\n2020年6月8日\n\n"
        "（德国之声中文网）营中生活单调。"
    )
    assert {"Anna Berghof", "Tom Hale", "Lisa Marten"} <= _names(text, t.PERSON)


def test_a_post_holder_and_his_act_are_no_part_of_a_body_name() -> None:
    # "学院党委书记甲携学院领导": the secretary and what he did, before the college's own leaders
    text = "学院党委书记韩立平携学院领导陪同参观了教学楼。"
    assert not _names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "韩立平" in _names(text, t.PERSON)


def test_a_name_guess_that_cuts_a_verb_is_no_name() -> None:
    # "与文化|受到": 文 opens a surname, but 化受 cuts the verb 受到 ("to suffer")
    assert not _names("当地的语言与文化受到严重冲击。", t.PERSON)


def test_a_wire_dateline_takes_no_year_from_a_later_year_alone() -> None:
    # "某社某地2月1日电 …… 某地2019年种植棉花": the page's year is unwritten; 2019 is the year a figure counts
    text = "中新社乌鲁木齐2月1日电 某协会1月31日发布报告。报告称，某地区2019年种植棉花逾百万亩。"
    days = {d.text: d.value for d in analyse(text).dates}
    assert days["2月1日"] is None and days["1月31日"] is None
