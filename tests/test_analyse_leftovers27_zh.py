"""Chinese shapes earlier rounds left alone: a slogan's or a title's words in quotation marks read as places; a
fair's name with its city in brackets; a surname the dictionary reads as a word after a post; a post before or
after a name; a statistics bureau's survey team under the national bureau and a township's health centre; months
the calendar does not have, the year before the page's (上年度) and a wire's days below a page of the new year;
spaces a scan's text recognition sets inside a body's name; a name and a place in traditional characters. The
sentences are written for these tests, with public bodies and places as themselves and private people invented."""

import pytest

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names

BODIES = (t.ORGANIZATION, t.PUBLIC_BODY)


def _places(text: str) -> set[str]:
    return names(analyse(text), t.PLACE)


def _people(text: str) -> set[str]:
    return names(analyse(text), t.PERSON)


def _bodies(text: str) -> set[str]:
    return names(analyse(text), *BODIES)


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in analyse(text).dates]


# -- quoted slogans and titles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["两省区“山海”情深，合作不断。", "自治区开展“兴边富民”行动。", "村里排演了《山海情缘》。"],
)
def test_a_word_of_a_quoted_slogan_or_title_is_no_place(text: str) -> None:
    assert not _places(text)


def test_a_known_place_in_a_title_and_a_place_in_quoted_speech_stay_places() -> None:
    assert "Hotan" in _places("他曾任《和田日报》记者。")
    assert "Ghulja" in _places("他说：“我在伊宁工作。”")
    assert "南疆" in _places("公司开展“南疆富余劳动力转移就业”项目。")  # a part of Xinjiang


# -- a fair's name and its city in brackets ---------------------------------------------------------------------


def test_a_fairs_name_holds_no_place_of_its_own_and_the_city_in_brackets_is_one() -> None:
    places = _places("第七届中国—亚欧博览会（乌鲁木齐）于2022年9月开幕。")
    assert "Ürümqi" in places
    assert "亚欧" not in places
    assert "亚欧大陆" in _places("考察团赴亚欧大陆腹地考察。")  # a region named outside a fair's name stays one


# -- a surname the dictionary reads as a word, a post before or after a name -------------------------------------


def test_a_surname_read_as_a_word_after_a_post_opens_a_three_character_name() -> None:
    assert "回建民" in _people("自治区党委书记回建民出席会议。")
    assert {"全永华", "回永强"} <= _people("州委副书记全永华、州长回永强出席。")
    assert not _people("书记回答记者提问。县长回乡探亲。")


def test_a_post_after_a_name_joined_by_a_conjunction_stays_out_of_the_next_name() -> None:
    assert _people("王晓东总经理和刘建国董事长出席。") == {"王晓东", "刘建国"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("理事长李春华会见了代表团。", "李春华"),
        ("该会秘书长与李春华理事长会见了代表团。", "李春华"),
        ("据张红梅董事长介绍，公司将扩大生产。", "张红梅"),
    ],
)
def test_a_name_before_or_after_a_post_is_found_without_the_post(text: str, name: str) -> None:
    people = _people(text)
    assert name in people
    assert not [p for p in people if p != name and name in p]


def test_a_surname_before_a_frequent_word_and_a_post_is_no_name() -> None:
    assert not _people("马上将军队调往前线。")


# -- nested bodies --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("body", ["国家统计局兵团调查总队", "国家统计局新疆调查总队", "国家统计局和田调查队"])
def test_a_survey_team_under_the_national_statistics_bureau_is_one_body(body: str) -> None:
    bodies = _bodies(f"{body}发布了上半年数据。")
    assert body in bodies
    assert "国家统计局" not in bodies


def test_a_townships_health_centre_is_one_body() -> None:
    assert "乡镇卫生院" in _bodies("全县乡镇卫生院共有医生120名。")
    assert "卫生院" not in _bodies("全县乡镇卫生院共有医生120名。")
    assert "托格拉克乡卫生院" in _bodies("托格拉克乡卫生院为村民体检。")


# -- dates ------------------------------------------------------------------------------------------------------


def test_a_month_the_calendar_does_not_have_is_no_date_and_no_claim() -> None:
    result = analyse("2019年13月，县里开展专项行动。")
    assert [d.value for d in result.dates] == [None]
    assert not result.claims


def test_this_years_and_last_years_reckoning_take_the_pages_year() -> None:
    dates = _dates("2020年3月5日 来源：天山网\n本年度全县共培训3000人。上年度该县新增就业2000人。")
    assert ("本年", "2020") in dates
    assert ("上年", "2019") in dates
    assert not _dates("上年度该县新增就业2000人。")  # no page year: no date
    assert [v for _, v in _dates("2020年3月5日\n产值比上年增长5%。")] == ["2020-03-05"]  # a comparison


def test_a_wires_dateline_and_its_day_below_a_page_of_the_new_year_are_in_the_year_before() -> None:
    dates = _dates("2020年1月2日 来源：新华网\n新华社乌鲁木齐12月28日电 自治区公安厅3日发布公告。")
    assert [v for _, v in dates] == ["2020-01-02", "2019-12-28", "2019-12-03"]
    dates = _dates("2019年12月30日 来源：新华网\n新华社乌鲁木齐12月28日电 自治区公安厅3日发布公告。")
    assert [v for _, v in dates] == ["2019-12-30", "2019-12-28", "2019-12-03"]


# -- spaces inside a body's name ----------------------------------------------------------------------------------


def test_a_space_inside_a_bodys_name_is_read_through() -> None:
    assert {"县司法局", "县公安局"} <= _bodies("县司 法局和县公 安局联合开展行动。")
    assert "县公安局" in _bodies("县公安 局民警出警。")


def test_a_space_between_two_whole_words_is_left() -> None:
    assert not _bodies("县人民 政府发布通知。")


# -- traditional characters -------------------------------------------------------------------------------------


def test_a_name_and_a_place_in_traditional_characters_are_known_by_their_simplified_forms() -> None:
    traditional = analyse("買買提·艾爾肯在烏魯木齊被拘留，其妻來自寧夏。")
    simplified = analyse("买买提·艾尔肯在乌鲁木齐被拘留，其妻来自宁夏。")
    for kind in (t.PERSON, t.PLACE):
        assert names(traditional, kind) == names(simplified, kind)
    assert "买买提·艾尔肯" in names(traditional, t.PERSON)
