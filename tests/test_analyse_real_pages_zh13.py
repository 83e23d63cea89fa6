"""Chinese errors shown by a fourteenth round of real pages read outside the project (an exile scholar's
essay on his family, a broadcaster's report on a prize nomination, two regional government notices of
commendation, two journal articles' headers, two obituaries with their lists of mourners, a company's
encyclopaedia entry, a government work report, radio reports on detained teachers and study centres, a rights
group's blog and a visit's notice); the sentences below are written for these tests, with public bodies and
places as themselves and everyone else invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse


def _named(text: str, *types: str) -> set[str]:
    return {m.canonical or m.name for m in analyse(text).mentions if m.type in types}


def _names(text: str, *types: str) -> set[str]:
    return {m.name for m in analyse(text).mentions if m.type in types}


def test_counties_listed_before_et_cetera_and_a_count_in_figures() -> None:
    # a notice's list of county towns closed by 等, a count in figures and 县城: each item is its county,
    # the ones the segmenter reads as ordinary words (且末, 轮台, 新源) too
    text = "授予拜城、且末、轮台、新源、疏勒、伽师等6个县城“文明县城”称号。"
    places = _names(text, t.PLACE)
    assert {"且末", "轮台", "新源", "疏勒"} <= places
    # a count of autonomous prefectures before a list of counties counts no county
    assert not _names("全区共有5个自治州、68个县和自治县。", t.PLACE)


def test_reporters_joined_by_a_slash_in_a_byline() -> None:
    # "（甲/乙 报道）": two reporters sign the report; the second's name is no place (文海 had been one)
    text = "当局关闭了营地。（韩立/文海清 报道）"
    people = _names(text, t.PERSON)
    assert {"韩立", "文海清"} <= people
    assert not _names(text, t.PLACE)


def test_transcribed_names_as_the_whole_complement_of_shi() -> None:
    # "他们是甲与乙。": transcribed names written without dots, all that follows 是 up to the stop
    text = "另外两名被判刑的教师是艾尔肯与阿迪力。另一个是吐尔洪江。"
    assert {"艾尔肯", "阿迪力", "吐尔洪江"} <= _names(text, t.PERSON)
    # a known place or an ordinary word after 是 names no one
    assert not _names("他的家乡是阿克苏。我们的目标是伊斯兰。", t.PERSON)


def test_a_report_titled_after_the_government_that_gives_it() -> None:
    # "……人民政府政府工作报告": the second 政府 opens the report's name, no organ of the body
    text = "2019年伊犁哈萨克自治州人民政府政府工作报告全文公布。"
    bodies = _names(text, t.PUBLIC_BODY, t.ORGANIZATION)
    assert "伊犁哈萨克自治州人民政府" in bodies
    assert not any(b.endswith("政府政府") for b in bodies)


def test_a_verb_the_particle_le_marks_after_a_title_is_no_name() -> None:
    # "县长陈述了……": the dictionary tags 陈述 ("to state") as a name; 了 marks it as a verb done
    text = "会上，吐尔洪县长陈述了全县的基本情况。"
    assert "陈述" not in _names(text, t.PERSON)
    # a name after a title before 了解 ("to learn") stays a name
    assert "王建业" in _names("县长王建业了解情况后作出部署。", t.PERSON)


def test_an_adviser_a_founder_or_a_head_of_a_paper_is_a_title_before_a_name() -> None:
    # "顾问甲·乙": the title is no part of the dotted name; "创办人甲告诉": the founder's transcribed name,
    # its last syllable written with a character outside the usual transcription set
    people = _names("该协会文化顾问买买提·吐尔逊出席。该组织创办人努尔别克坚告诉记者，营地仍在运作。", t.PERSON)
    assert "买买提·吐尔逊" in people
    assert not any(p.startswith("顾问") for p in people)
    assert "努尔别克坚" in people
    # "杂志社长": a magazine's head, the segmenter reading 社 into 杂志社; the name after the title is read whole
    assert "王成武" in _names("《丝路》杂志社长王成武等人来到阿勒泰。", t.PERSON)


def test_names_written_without_dots_in_a_long_list_of_people() -> None:
    # a list of officials mourning, Han names among Tibetan and Mongolian ones the segmenter reads as places
    # or pieces: every item is a name
    text = "区领导张国华、次仁多吉、王建新、格桑顿珠、李志强、巴特尔、刘文斌、赵立明等送来花圈。"
    people = _names(text, t.PERSON)
    assert {"次仁多吉", "格桑顿珠", "巴特尔"} <= people
    assert not {"多吉", "顿珠"} & _names(text, t.PLACE)
    # a list of places is no list of people
    assert not _names("他去过乌鲁木齐、喀什、和田、阿克苏、伊宁和哈密。", t.PERSON)


def test_a_military_district_and_an_offices_administration_are_bodies() -> None:
    text = "他曾在新疆军区服役，后任州机关事务管理局局长。"
    bodies = _names(text, t.PUBLIC_BODY, t.ORGANIZATION)
    assert "州机关事务管理局" in bodies
    assert _named(text, t.PUBLIC_BODY, t.ORGANIZATION) & {"新疆军区", "Xinjiang Military District"}


def test_a_news_agencys_bureau_named_by_its_place() -> None:
    # "新华社|新疆|分社": the agency's bureau in Xinjiang, one body, not the agency alone
    text = "新华社新疆分社记者赵明报道。他后任新华社香港分社副社长。"
    bodies = _names(text, t.PUBLIC_BODY, t.ORGANIZATION)
    assert {"新华社新疆分社", "新华社香港分社"} <= bodies
    # the agency named alone is still the agency
    assert "新华社" in _names("新华社今天播发了这条消息。", t.PUBLIC_BODY, t.ORGANIZATION)


def test_a_transcribed_name_heading_a_line_before_a_colon() -> None:
    # an essay's title after its author's name: "某某某：我的……" (the segmenter had read the name as a place)
    text = "艾则孜江：我的求学之路\n一、童年\n我出生在喀什。"
    assert "艾则孜江" in _names(text, t.PERSON)
    assert "艾则孜江" not in _names(text, t.PLACE)
    # a place heading its news before a colon stays a place
    assert "Aksu" in _named("阿克苏：今年棉花丰收。", t.PLACE)


def test_a_city_before_a_universitys_whole_name_is_where_it_stands() -> None:
    # "北京|中央民族大学经济学院": the faculty of a university the dictionary knows whole, in Beijing
    text = "他后来到北京中央民族大学经济学院读研究生。"
    bodies = _names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "中央民族大学经济学院" in bodies
    assert not any(b.startswith("北京") for b in bodies)
    assert "Beijing" in _named(text, t.PLACE)
    # a university named by its region and its field keeps its region
    assert "新疆财经大学" in _names("他在新疆财经大学任教。", t.ORGANIZATION, t.PUBLIC_BODY)


def test_names_a_page_lists_are_names_where_its_headline_runs_them_together() -> None:
    # an obituary's headline writes the mourners' names with no mark between them; its text lists them with "、"
    text = (
        "张国华蔡明丁建祥李希韩立等到八宝山送别\n"
        "刘某同志逝世后，张国华、蔡明、丁建祥、李希、韩立、胡春生等同志前往医院看望。"
    )
    people = _names(text, t.PERSON)
    assert {"张国华", "蔡明", "丁建祥", "李希", "韩立"} <= people
    assert "李希韩" not in people  # read across two names of the headline
    # a headline's run of names the page lists nowhere is left as the segmenter reads it
    assert "张国华" in _names("张国华到场。", t.PERSON)


def test_the_central_party_school_the_academies_and_the_democratic_parties_are_known() -> None:
    # China's central bodies whose names no suffix rule reads whole: an obituary's or a profile's posts
    text = "他曾任中共中央党校副校长，是中国工程院院士、九三学社社员，后任中国农工民主党中央副主席。"
    bodies = _named(text, t.PUBLIC_BODY, t.ORGANIZATION)
    assert {"Central Party School", "Chinese Academy of Engineering", "Jiusan Society"} <= bodies
    assert "Chinese Peasants' and Workers' Democratic Party" in bodies
