"""Chinese errors shown by a twenty-second round of real pages read outside the project (police recruitment
notices, a relayed reward notice, a prison's hearing of sentence reductions, epidemic notices and their wire
reports, traffic control notices, wage-arrears reports, a wire report on pre-school education); the sentences
below are written for these tests, with public bodies and places as themselves and everyone else invented."""

from test_analyse_unseen import analyse, page_names


def _days(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in analyse(text).dates]


def test_a_wires_byline_of_several_reporters_without_their_label_names_each() -> None:
    text = "中新网喀什3月8日电 (雷振宇 涂泽宇)3月8日，记者从喀什地区人力资源和社会保障局获悉，春季招聘会开幕。"
    assert {"雷振宇", "涂泽宇"} <= page_names(text, "person")


def test_a_day_opening_the_wire_storys_first_sentence_after_its_byline_is_the_datelines() -> None:
    text = (
        "发布时间：2021-06-03 10:00:00\n"
        "新华社乌鲁木齐6月2日电（记者雷振宇）2日，记者从自治区新闻发布会上获悉，全市恢复正常秩序。"
    )
    assert ("2日", None) not in _days(text)


def test_a_day_opening_an_indented_paragraph_below_a_wires_dateline_is_that_months() -> None:
    text = (
        "发布时间：2021-05-20 10:00:00\n"
        "中新网喀什5月20日电 (雷振宇)5月20日，记者从喀什地区获悉，专项行动已经启动。\n\n"
        "　　18日，喀什地区人社局印发了《通知》。"
    )
    assert ("18日", "2021-05-18") in _days(text)


def test_streets_and_junctions_of_a_traffic_notice_are_no_people_and_no_bodies() -> None:
    text = (
        "实施交通管制路段：\n"
        "1.胜利西路与解放路十字路口；\n"
        "2.同文路与神爵路丁字路口；\n"
        "3.人民路和文昌路路口-建设路和文昌路路口；\n"
        "4.光明路和建设路路口-建设路夜市入口前。"
    )
    assert not page_names(text, "person", "organization")


def test_a_doubled_adverb_is_no_place() -> None:
    text = "来自南疆的农民工高高兴兴地领到了工资，准备回家过年。"
    assert not page_names(text, "place") - {"South Xinjiang", "南疆"}


def test_a_verb_after_an_adverb_of_negation_is_no_person() -> None:
    text = "下列人员不得报考：因违纪正在接受审查或有犯罪嫌疑尚未查清的。"
    assert not page_names(text, "person")


def test_a_district_the_segmenter_guesses_as_a_name_is_a_place() -> None:
    text = "新增无症状感染者中，乌鲁木齐市天山区7例、高新区2例。"
    assert "高新区" not in page_names(text, "person")
    assert "高新区" in page_names(text, "place")


def test_a_bylines_next_reporter_after_a_transcribed_first_is_a_name() -> None:
    text = "新华社乌鲁木齐1月4日电（记者古丽娜尔、于洋）“孩子在家门口就能上幼儿园。”"
    assert {"古丽娜尔", "于洋"} <= page_names(text, "person")


def test_a_year_opening_a_headline_without_its_measure_word_is_no_count() -> None:
    text = "2023新疆某州面向社会公开招聘警务辅助人员公告（120人）\n经研究决定，现将有关事项公告如下。"
    assert {c.value for c in analyse(text).claims} == {120.0}
