"""Narrowings from a review of the Chinese rules of the stop after 0492f72 on ordinary text: each test is a shape
of ordinary Chinese writing a new rule misread (a place named in quotation marks or before a festival, a line of
places with their counts, a post's holder going home, a bar-drawn table's cells, a headline between rules, an app's
downloads, a period of years before a court's figures, a prose ellipsis). The sentences are written for these
tests, with public bodies and places as themselves and private people invented."""

from habeas.analyse import tables as t
from habeas.ingest.joining import join_broken_words
from test_analyse_unseen import analyse, page_names


def _counts(text: str) -> dict[float, str]:
    return {c.value: c.unit for c in analyse(text).claims}


# -- places ------------------------------------------------------------------------------------------------------


def test_a_transcribed_place_in_quotation_marks_stays_a_place() -> None:
    assert "喀纳斯" in page_names("秋天，大批游客前往“喀纳斯”景区观光。", t.PLACE)
    assert not page_names("两省区“山海”情深，合作不断。", t.PLACE)  # a slogan's word stays none


def test_a_lake_before_a_games_name_stays_a_place() -> None:
    assert "赛里木湖" in page_names("第五届赛里木湖冬季运动会在博乐市开幕。", t.PLACE)
    assert "亚欧" not in page_names("中国—亚欧博览会在乌鲁木齐开幕。", t.PLACE)  # the fair's reach, no place


def test_a_line_of_places_with_their_counts_names_no_author() -> None:
    text = "各地上报情况：\n喀什4　和田2　阿克苏1\n1．数据截至本月底。\n"
    assert "和田" not in page_names(text, t.PERSON)
    assert "Hotan" in page_names(text, t.PLACE)


# -- people and bodies -------------------------------------------------------------------------------------------


def test_a_post_before_going_back_home_names_no_one() -> None:
    assert not page_names("春节前，局长回老家看望父母；主任回单位值班。", t.PERSON)
    assert "回建民" in page_names("州委副书记回建民出席会议。", t.PERSON)  # 回 a surname still


def test_a_name_spaced_out_on_both_sides_in_a_layout_is_no_holders() -> None:
    assert "王小" not in page_names("会议由主任　王　小组讨论后主持。", t.PERSON)
    assert "周某" in page_names("局长周　某介绍了今年的工作。", t.PERSON)


def test_a_journal_a_determiner_points_to_is_no_body() -> None:
    assert "本校学报" not in page_names("欢迎投稿 本校学报\n每期约120页。\n", t.ORGANIZATION, t.PUBLIC_BODY)


# -- figures -----------------------------------------------------------------------------------------------------


def test_figures_in_a_bar_drawn_tables_cells_count() -> None:
    counts = _counts("| 班级 | 男/女 |\n| 一班 | 23 / 21 |\n| 二班 | 25 / 20 |\n")
    assert {20, 21, 23, 25} <= set(counts)
    assert not _counts("阿克苏地区综治办  |  4 / 12\n")  # a footer's part over the parts counts nothing


def test_a_headline_between_rules_counts_what_it_names() -> None:
    assert _counts("*** 12人获救 ***\n当地出动40名消防员。\n") == {12: "人获救", 40: "名消防员"}


def test_an_apps_downloads_with_their_measure_word_count() -> None:
    assert 5_000_000 in _counts("该应用累计下载：500万次。\n")
    assert not _counts("下载：2 036　页数：8　大小：987K\n")  # a database record's fields count nothing


def test_a_period_of_years_before_a_courts_figures_counts() -> None:
    assert 3 in _counts("三年内，法院共受理120件上诉案件。\n")


def test_a_figure_after_a_prose_ellipsis_is_no_contents_page() -> None:
    assert 12 in _counts("村民们说……今年村里新增了 12\n")
    assert not _counts("第二章　管理制度………………… 15\n")  # a contents line's page


def test_a_name_after_a_post_and_a_conjunction_read_as_surname_and_given_name_is_the_next_person() -> None:
    people = page_names("会后，孙立华理事长和赵志强董事长共同为基地揭牌。", t.PERSON)
    assert {"孙立华", "赵志强"} <= people
    assert "和赵" not in people


def test_a_prose_line_with_wide_gaps_is_joined_to_its_wrapped_rest() -> None:
    prose = "这是为测试写的一段较长正文，用来确定本页长行的长度，以便判断换行的位置。\n" * 3
    text = prose + "会议强调，要坚持  以人民为中心的发展思想，推动  本地高质量发展取得新\n成效，确保各项任务落实。\n"
    assert "取得新成效" in join_broken_words(text)
    table = prose + "县市    在培人员    结业人员\n疏附县  300  120\n"
    assert "结业人员\n疏附县" in join_broken_words(table)  # a table's row stays apart
