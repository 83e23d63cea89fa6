"""Chinese errors shown by a twelfth round of real pages read outside the project (encyclopaedic entries on the
corps with its infobox and history, a criminal case's summary and a public sentencing, officials' careers as
profiles and appointment reports, a discipline office's notice, a television news summary, overseas and
Taiwanese reports on detained relatives); the sentences below are written for these tests, with public bodies
and places as themselves and everyone else invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse


def _named(text: str, *types: str) -> set[str]:
    return {m.canonical or m.name for m in analyse(text).mentions if m.type in types}


def test_a_verb_of_moving_to_a_post_is_no_part_of_the_name_before_it() -> None:
    # "田某|转任": 转任 ("was moved to") starts right after a two-character name, before the post
    text = "2009年，李丽调任自治区党委组织部副部长。2012年，何青转任喀什地区行署副专员。"
    people = _named(text, t.PERSON)
    assert {"李丽", "何青"} <= people
    assert not {"李丽调", "何青转"} & people
    # a three-character name before 任 keeps its third character
    assert "张国华" in _named("会上决定，张国华任县委书记。", t.PERSON)


def test_a_rank_after_a_name_is_no_part_of_it() -> None:
    # "某某将军率领": the segmenter reads the name and the rank as one name
    text = "这支部队由王海将军率领，从甘肃进入新疆。"
    people = _named(text, t.PERSON)
    assert "王海" in people
    assert not any(p.endswith("将军") for p in people)
    # an ordinary word before the rank is no name ("常胜将军": an ever-victorious general)
    assert not _named("他被称为常胜将军。", t.PERSON)


def test_a_name_ending_like_an_agency_is_a_person() -> None:
    # 社 ends an agency's name (新华社), but "刘某社" read whole as a name, listed with a person, is a person
    text = "会议决定任命张红、李苏社为自治区政府副主席。李苏社出生于1968年3月。"
    assert {"张红", "李苏社"} <= _named(text, t.PERSON)
    assert "李苏社" not in _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    # the agency stays one
    assert "新华社" in _named("新华社记者从乌鲁木齐报道。", t.ORGANIZATION, t.PUBLIC_BODY)


def test_the_county_a_person_comes_from_is_a_place() -> None:
    # "陕西某某人，": the county after the province, which the segmenter reads as a name, is where he comes from
    text = "赵某，男，山西静乐人，1960年出生。"
    assert "静乐" in _named(text, t.PLACE)
    assert "静乐" not in _named(text, t.PERSON)
    assert "北票" in _named("孙某籍贯辽宁北票，本科毕业于内蒙古大学。", t.PLACE)
    # an ordinary word between the province and 人 is no place
    assert _named("他是山东农村人，汉族。", t.PLACE) == {"Shandong"}


def test_an_online_companys_name_runs_over_its_distinguishing_word() -> None:
    # "某地|某名|在线|咨询|有限公司": 在线 ("online"), which the segmenter tags as no noun, is part of the name
    text = "2016年，阿某成立新疆丝路在线传媒有限公司。次年，他又成立了伊犁天山在线科技有限公司。"
    bodies = _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"新疆丝路在线传媒有限公司", "伊犁天山在线科技有限公司"} <= bodies
    assert not {"传媒有限公司", "科技有限公司"} & bodies


def test_an_alma_mater_is_no_part_of_the_universitys_name() -> None:
    # "在母校某某大学工作": 母校 says what the university is to her, before its name
    text = "大学毕业后，她在母校喀什大学工作近十年。"
    bodies = _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "喀什大学" in bodies
    assert not any(b.startswith("母校") for b in bodies)


def test_a_latin_byline_above_the_date_is_a_person() -> None:
    # a foreign broadcaster's Chinese page: the reporter in Latin script on the line above the date
    text = "海外家属仍在寻亲\n\nAnna Berg\n2020年1月8日\n\n（德国之声中文网）多名家属在推特上发布寻亲启示。\n"
    assert "Anna Berg" in _named(text, t.PERSON)
    # a body so written is no person
    text = "一份新报告\n\nHuman Rights Watch\n2020年1月8日\n\n报告称，多人被拘押。\n"
    assert not _named(text, t.PERSON)


def test_a_standing_committee_at_its_session_is_the_committee() -> None:
    # an appointment notice: "某地某届人大常委会第某次会议决定任命…": the committee decides at its session
    text = "5月20日，喀什地区第三届人大常委会第五次会议决定任命周某为行署副专员。"
    assert any("人大常委会" in b for b in _named(text, t.PUBLIC_BODY))
    # a congress's session is a meeting, no body
    text = "自治区十三届人民代表大会第二次会议在乌鲁木齐开幕。"
    assert not any("人民代表大会" in b for b in _named(text, t.PUBLIC_BODY, t.ORGANIZATION))


def test_the_national_health_commission_in_its_short_official_form() -> None:
    # a news summary names the commission "国家卫生健康委", without 员会
    text = "国家卫生健康委通报最新疫情，自治区卫生健康委发布通知。"
    bodies = _named(text, t.PUBLIC_BODY, t.ORGANIZATION)
    assert "National Health Commission" in bodies
    assert "National Health Commission" in _named("國家衛生健康委員會發布通知。", t.PUBLIC_BODY, t.ORGANIZATION)
