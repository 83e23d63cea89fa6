"""Chinese errors shown by a thirty-second round of real pages read outside the project (a Hong Kong paper's court
report dated day first with slashes, a Taiwan agency's wire and its update stamp, a corps' statistical communiqué,
recruitment notices of a city's clinics and village doctors, school news of a township's and a regiment's middle
schools, weather warnings of cold waves and sandstorms in both scripts, listed companies' annual-report excerpts, an
encyclopaedia entry and a map site's introduction of a prefecture, a magazine's profile of a regional official); the
sentences below are written for these tests, with public bodies and places as themselves and everyone else
invented."""

from test_analyse_unseen import analyse, page_names, values


def _claims(text: str) -> list[str]:
    return [c.number_text for c in analyse(text).claims]


def _dates(text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in analyse(text).dates}


def test_a_weather_observatory_after_its_region_is_a_body() -> None:
    text = "新疆气象台11月2日发布大风蓝色预警信号。據新疆氣象臺首席預報員周某介紹，北疆將降溫。"
    bodies = page_names(text, "public_body", "organization")
    assert "新疆气象台" in bodies
    assert "Xinjiang" in page_names(text, "place")


def test_a_stage_or_a_lookout_after_a_place_is_no_body() -> None:
    text = "他登上乌鲁木齐主席台讲话。游客在喀什观景台拍照。"
    assert page_names(text, "public_body", "organization") == set()


def test_a_hazard_a_graded_warning_names_is_no_person_anywhere_on_the_page() -> None:
    text = (
        "新疆气象台发布寒潮、霜冻、沙尘暴黄色预警。25日发布的沙尘暴黄色预警信号继续有效。"
        "南疆西部将出现不同程度的沙尘暴。首席预报员李某华说，请加强防范。"
    )
    people = page_names(text, "person")
    assert "沙尘暴" not in people
    assert "李某华" in people


def test_a_temperature_counts_nothing() -> None:
    text = (
        "预计北疆最低气温将下降10~16℃，阿勒泰地区最低气温-12~-18℃，山区-20℃以下，"
        "气温下降10至15摄氏度。全县转移群众120人。"
    )
    assert values(analyse(text)) == {120.0}


def test_a_post_held_then_is_no_name_after_the_title() -> None:
    text = "2011年，自治区某厅副厅长任上的王某芳曾表示支持。他在县长任内修了路。局长王中表示同意。"
    people = page_names(text, "person")
    assert "任上" not in people
    assert {"王某芳", "王中"} <= people


def test_a_body_the_dictionary_holds_after_a_preposition_is_no_name() -> None:
    text = "我们心里充满着对党中央和全国人民的感恩之情。由陈某国接任组长。"
    people = page_names(text, "person")
    assert "党中央" not in people
    assert "陈某国" in people


def test_a_byline_with_a_surname_common_in_taiwan_names_the_reporter() -> None:
    text = "（中央社記者賴某曦台北15日電）某某協會今天舉辦座談會，由協會理事長、律師蕭明遠主持。"
    assert {"赖某曦", "萧明远"} <= page_names(text, "person")


def test_a_date_line_written_day_first_with_slashes_is_a_date_and_no_figures() -> None:
    text = "15/10/2009\n\n【本報訊】新疆烏魯木齊市中級法院昨日開庭審理第二批被告。十四名被告出庭。"
    assert _dates(text)["15/10/2009"] == "2009-10-15"
    assert _claims(text) == ["十四名"]


def test_a_slashed_date_that_could_be_month_first_is_undated() -> None:
    text = "05/06/2020\n会议召开，30人出席。"
    assert _dates(text) == {"05/06/2020": None}
    assert _claims(text) == ["30人"]


def test_an_update_stamp_and_a_wire_day_alone_take_the_date_lines_month() -> None:
    text = "2020/11/15 13:36（11/15 13:41 更新）\n\n（中央社记者赖某曦台北15日电）某某协会今天举办座谈会，50人出席。"
    dates = _dates(text)
    assert dates["2020/11/15"] == "2020-11-15"
    assert dates["15日"] == "2020-11-15"
    assert _claims(text) == ["50人"]


def test_a_year_before_a_season_or_a_school_year_counts_nothing() -> None:
    text = "某某中学2023春季开学典礼\n2月16日，学校举行了2023学年春季学期开学典礼，全校1200名师生参加。"
    assert _claims(text) == ["1200名"]


def test_a_kind_of_room_the_dictionary_holds_as_a_body_is_no_body() -> None:
    text = "某某区29个村卫生室招聘29人，各乡镇财务室负责报销。国务院新闻办公室举行发布会。"
    bodies = page_names(text, "public_body", "organization")
    assert not {"卫生室", "财务室"} & bodies
    assert "State Council Information Office" in bodies
