"""Chinese errors shown by a thirty-eighth round of real pages read outside the project, chosen again for the two
kinds a held-out test measures, official notices and news summaries, and for bodies: the regional leading group's
decision naming counties as models of its campaign, a prefecture's forwarding of the region's reply on a
township's change of division, the region's notice on employment with its addressees and a line broken inside the
region's name, a prefecture's notice on moving a county's seat relayed by a portal in traditional characters
converted badly, the regional advisory conference's chair meeting, a roundup of the regional party committee's
week in traditional characters, the national conference on paired assistance, a legal daily's report of police
posted to a city's districts, an overseas edition's report of a journalists' tour, the Corps' and the region's
recruitment notices and a county's rules for hiring, a housing department's notice of its units' vacancies, a
press conference, and two reports on the region's party secretaries. They showed a department of a central body
that the segmenter reads whole cut to the body ("中共中央对外联络部" read as 中共中央); a provincial department
whose fields hold "城乡" cut to its last word ("住房和城乡建设厅" as 建设厅); a leading group named after the
building it leads, with no 工作, not read at all ("平安建设领导小组"); an editor's name ending in 和 at the end of
its byline's line cut before the 和, as if it joined another name; a company's word before a street's head and
house number read as a company ("……社区科技路11号"); and a subdistrict read with the verb that sets it up
("设立玉河街道"). The sentences below are written for these tests, with public bodies and places as themselves
and everyone else invented."""

from test_analyse_unseen import page_names


def _bodies(text: str) -> set[str]:
    return page_names(text, "organization", "public_body")


def test_a_central_bodys_department_read_whole_is_the_department() -> None:
    text = "论坛由中共中央对外联络部和自治区党委联合主办，中共中央对外联络部副部长出席。"
    bodies = _bodies(text)
    assert "中共中央对外联络部" in bodies
    assert "中共中央" not in bodies


def test_the_central_committee_beside_the_state_council_stays_itself() -> None:
    assert "中共中央" in _bodies("中共中央、国务院印发了意见。")


def test_a_provincial_department_whose_fields_hold_town_and_country() -> None:
    bodies = _bodies("该单位经自治区住房和城乡建设厅批准设立。")
    assert "自治区住房和城乡建设厅" in bodies
    assert "建设厅" not in bodies


def test_a_county_bureau_of_the_same_fields_stays_whole() -> None:
    assert "伊宁县住房和城乡建设局" in _bodies("伊宁县住房和城乡建设局派员参加。")


def test_a_leading_group_named_after_the_building_it_leads() -> None:
    text = "伊犁哈萨克自治州平安建设领导小组，经自治区平安建设领导小组考核验收，决定命名。"
    bodies = _bodies(text)
    assert "伊犁哈萨克自治州平安建设领导小组" in bodies
    assert "自治区平安建设领导小组" in bodies


def test_a_leading_group_named_after_the_reform_it_leads() -> None:
    assert "自治区全面深化改革领导小组" in _bodies("自治区全面深化改革领导小组召开会议。")


def test_a_group_a_county_sets_up_is_no_named_body() -> None:
    assert _bodies("伽师县成立了领导小组。") == set()


def test_a_bylines_name_ending_in_and_at_the_end_of_its_line() -> None:
    assert "赵文和" in page_names("本报讯 会议昨日召开。\n编辑：赵文和\n", "person")
    assert "钱立和" in page_names("会议昨日召开。（记者 钱立和）", "person")


def test_and_at_a_line_broken_inside_a_sentence_still_joins_two_names() -> None:
    people = page_names("参加会议的有孙立和\n周明。", "person")
    assert "孙立" in people
    assert "孙立和" not in people


def test_a_word_before_a_streets_head_and_house_number_is_no_company() -> None:
    text = "县政府新址位于幸福镇团结社区科技路8号。"
    assert not any(name.endswith("科技") for name in _bodies(text))


def test_a_subdistrict_is_read_without_the_verb_that_sets_it_up() -> None:
    places = page_names("自治区人民政府批准和田市设立玉河街道。", "place")
    assert "玉河街道" in places
    assert "设立玉河街道" not in places
