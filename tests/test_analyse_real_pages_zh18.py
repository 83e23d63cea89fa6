"""Chinese errors shown by a nineteenth round of real pages read outside the project (a law database's copy of a
regional notice with its fields, a prefecture's forwarding of an approval, a commendation bulletin with its
portal's index cells, encyclopaedia entries on an official and on two counties with their infoboxes, a wire's
photographs' captions, a prefecture news site's report on training, overseas reports on detained relatives, a
rights group's blog, a Hong Kong relay and a French agency's relay of a leader's visit); the sentences below are
written for these tests, with public bodies and places as themselves and everyone else invented."""

from test_analyse_unseen import analyse, page_names


def _counted(text: str) -> set[str]:
    return {c.number_text for c in analyse(text).claims}


def test_an_infobox_coordinates_codes_zone_and_road_count_nothing() -> None:
    # an encyclopaedia's infobox of a county: its coordinates, time zone, postcode and codes, a road's number
    text = (
        "某县\n坐标:39°12′05″N 76°03′41″E | |\n时区 | 北京时间(UTC+8) |\n新疆时间UTC+6\n"
        "邮政编码 | 844100 |\n电话区号 | 998 |\n行政区划代码 | 653101 |\n"
        "该县常住人口为51234人。\n- 314国道过境。"
    )
    assert _counted(text) == {"51234人"}


def test_an_index_number_with_a_leading_zero_counts_nothing() -> None:
    # a portal's index cell before a notice, then the notice's figure
    text = "【索 引 号】 | 020345671/2018-00031 | 【发布日期】 | |\n自治区决定对表现突出的12个县予以表彰。"
    assert _counted(text) == {"12个"}


def test_a_round_number_of_people_naming_a_programme_counts_nothing() -> None:
    text = "自治区印发《某地百万人安居工程计划》，全区贫困人口已减少到86万人。他还入选了某省千人计划。"
    assert _counted(text) == {"86万人"}


def test_a_numbered_document_is_no_day() -> None:
    text = "2011年，各地认真贯彻落实中央和自治区两个1号文件精神，取得了显著成效。"
    dates = {m.name for m in analyse(text).mentions if m.type == "date"}
    assert "1号" not in dates


def test_a_verb_joined_to_reporting_names_no_source() -> None:
    # 报道 is the second of two verbs joined by 以及, not what a source does
    text = "警方要求他的家人转告他，停止往家里打电话以及报道当地的消息。"
    assert page_names(text, "organization", "public_body") == set()


def test_a_name_read_into_deng_before_a_group_count_is_whole() -> None:
    text = "参谋长杨振立等5名副团长同机抵达。副县长王国立等人参加了会议。"
    assert {"杨振立", "王国立"} <= page_names(text, "person")
    assert "杨振" not in page_names(text, "person")


def test_an_adverb_before_a_post_verb_is_no_name() -> None:
    # "曾兼任", "曾担任": once held the post; 曾 alone is no name
    text = "某某·某某，全国政协常委，曾兼任某某协会副主席；此前，曾担任某大学副校长。"
    people = page_names(text, "person")
    assert "曾兼" not in people and "曾担" not in people
