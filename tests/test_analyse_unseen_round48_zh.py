"""Chinese shapes the forty-eighth Chinese held-out set showed the rules missing (a documentary's subtitle file, a
symposium's programme in traditional characters, a treaty body's summary record); the sentences below are written
for these tests, with public bodies and places as themselves and private people invented."""

from habeas.analyse import tables as t
from habeas.analyse.claim_kinds import POPULATION, claim_kind
from habeas.ingest.joining import join_broken_words
from test_analyse_unseen import analyse, page_names


def _counts(text: str) -> dict[float, str]:
    return {c.value: c.unit for c in analyse(text).claims}


def _people(text: str) -> set[str]:
    return {m.name for m in analyse(text).mentions if m.type == t.PERSON}


# -- a summary record's speakers ------------------------------------------------------------------------------------


def test_a_han_name_before_a_courtesy_title_and_a_bracketed_state_speaks() -> None:
    text = "5.　郑立新先生（中国）回答说，所有学员均已结业。\n6.　何联合女士（观察员）补充说，她没有得到答复。\n"
    assert {"郑立新", "何联合"} <= page_names(text, t.PERSON)


def test_a_courtesy_title_closes_no_name_and_a_surname_with_one_is_none() -> None:
    people = _people("主席：　阿里夫先生\n联系人：李小姐　电话：0991-1234567\n")
    assert "阿里夫" in people
    assert not {"阿里夫先生", "李小姐"} & people


def test_a_hall_between_a_city_and_the_meeting_held_there_is_a_place() -> None:
    text = "会谈在巴黎爱丽舍宫举行。次年的会议在北京怀仁堂召开。"
    assert {"爱丽舍宫", "怀仁堂"} <= page_names(text, t.PLACE)
    assert not {"爱丽舍宫", "怀仁堂"} & page_names(text, t.PERSON)


# -- a programme's speakers ----------------------------------------------------------------------------------------


def test_a_latin_name_before_its_post_in_brackets_is_a_person() -> None:
    assert "Laura Benson" in page_names("评论人：Laura Benson（某某大学法学院教授）\n", t.PERSON)


def test_a_latin_name_opening_a_bracket_that_goes_on_to_the_post_is_the_persons() -> None:
    r = analyse("努尔兰·卡德尔（Nurlan Kader，阿拉木图一所中学的教师）说，他的父亲仍在拘押中。")
    latin = [m for m in r.mentions if m.name == "Nurlan Kader"]
    assert latin and all(m.type == t.PERSON and m.canonical == "努尔兰·卡德尔" for m in latin)


def test_a_spaced_name_before_its_affiliation_after_a_programmes_label() -> None:
    assert "刘洋" in page_names("主讲人：刘　洋（新疆大学副教授）\n", t.PERSON)


def test_a_spaced_name_in_traditional_characters_is_named_as_written() -> None:
    r = analyse("研討會議程\n與談人：張　偉（國立中正大學政治學系教授）\n")
    assert any(m.type == t.PERSON and m.name == "張偉" and m.canonical == "张伟" for m in r.mentions)


# -- a family's names ----------------------------------------------------------------------------------------------


def test_a_fathers_name_that_is_also_his_childs_patronymic_is_his_alone() -> None:
    text = "阿不都热合曼·吐尔逊是一名教师。他的儿子艾力·阿不都热合曼说，阿不都热合曼已经失踪三年。"
    r = analyse(text)
    alone = [m for m in r.mentions if m.type == t.PERSON and m.name == "阿不都热合曼"]
    assert alone and all(m.canonical == "阿不都热合曼·吐尔逊" for m in alone)


def test_a_relatives_transcribed_name_ends_before_a_word_of_time() -> None:
    people = page_names("她妹妹古丽米拉当时只有7岁。我哥哥艾尔肯那年才20岁。", t.PERSON)
    assert {"古丽米拉", "艾尔肯"} <= people
    assert not {n for n in people if n.endswith(("当时", "那年才", "那年"))}


# -- bodies and places in a programme -----------------------------------------------------------------------------


def test_a_founders_word_opens_a_universitys_name_and_branches_and_societies_are_bodies() -> None:
    bodies = page_names("主办：国立清华大学人类学研究所、台湾客家文化促进会、无国界记者组织香港分会\n", t.ORGANIZATION)
    assert {"国立清华大学人类学研究所", "台湾客家文化促进会", "无国界记者组织香港分会"} <= bodies
    assert "公立大学" not in page_names("类　别　公立大学\n", t.ORGANIZATION)  # a kind of school, no name


def test_a_citys_district_in_an_address_is_a_place() -> None:
    assert "前镇区" in page_names("地址：高雄市前镇区中山二路5号\n", t.PLACE)


# -- figures that count nothing ------------------------------------------------------------------------------------


def test_a_pages_views_bus_lines_an_extension_a_slashed_day_and_a_school_year_count_nothing() -> None:
    text = (
        "发布日期：2024-03-02　点阅：2,517\n"
        "交通：捷运至市政府站，转乘红5、藍12、285公车。\n"
        "联络人：陈先生　电话：(07)525-2000 分机3120\n"
        "上一则：【座谈】4/9 边境与移民　下一则：【公告】112学年度博士班招生\n"
        "80424高雄市鼓山区莲海路70号\n"
    )
    assert not _counts(text)


def test_a_fraction_and_a_count_of_seats_still_count() -> None:
    counts = _counts("本次活动名额80人，额满为止。\n")
    assert 80 in counts


# -- spans and sentences -------------------------------------------------------------------------------------------


def test_years_a_court_gave_and_a_span_an_aspect_marks_are_counts() -> None:
    counts = _counts("他的哥哥被喀什地区中级人民法院判了16年。她在那里待了两年。五天变成了四年。")
    assert {16, 2, 4} <= set(counts)
    assert not _counts("到了2018年，情况变了。")


def test_a_span_of_a_year_and_months_counts_its_years() -> None:
    assert 2 in _counts("我在里面待了2年零3个月。")


def test_a_figure_on_the_next_line_of_a_wrapped_paragraph_joins_its_clause() -> None:
    line = "他说，自治区公安机关在过去三年中依法打掉犯罪团伙三百余个，抓获犯罪嫌疑人"
    text = f"{line}\n3200余名，并已全部移送审查起诉。此后的情况也与往年基本相同，没有发生新的案件。\n1. 下一项议程\n"
    joined = join_broken_words(text)
    assert "犯罪嫌疑人3200余名" in joined
    assert "\n1. 下一项议程" in joined


def test_a_people_named_as_part_of_a_population_is_a_population() -> None:
    sentence = "全州有人口52万，其中哈萨克族21万人。"
    assert claim_kind("万人", "21万", sentence) == POPULATION
