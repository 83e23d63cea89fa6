"""Chinese errors shown by a tenth round of real pages read outside the project (county government work reports,
popular pages listing the corps' divisions and regiments with their seats, a corps city's founding, a state
broadcaster's station opening in traditional characters, university pages with an infobox and a history, overseas
reports on detained relatives and scholars, inspection and discipline notices); the sentences below are written for
these tests, with public bodies and places as themselves and everyone else invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse


def _named(text: str, *types: str) -> set[str]:
    return {m.canonical or m.name for m in analyse(text).mentions if m.type in types}


def test_a_town_guessed_as_a_name_is_a_town() -> None:
    # a regiment's seat in a town whose name opens with a surname (王): the town, no person
    text = "一团团部驻奇台县王桥镇,交通便利。"
    assert not _named(text, t.PERSON)
    assert "王桥镇" in _named(text, t.PLACE)


def test_two_transcribed_guesses_in_a_row_are_one_word() -> None:
    # a Kazakh place name the segmenter cuts into two guesses at names (肖尔|布拉克): no Han person 肖尔
    assert not _named("牧民们在肖尔布拉克放牧。", t.PERSON)
    # a Han name before a word of another kind is still a name
    assert "肖明" in _named("记者肖明报道,牧民们在草场放牧。", t.PERSON)


def test_a_short_form_or_a_given_name_is_no_person() -> None:
    # a university's short form after 简称, a school's popular name after 俗称, a place's name after 故名
    assert not _named("该校简称石大,前身是一所农学院。", t.PERSON)
    assert not _named("这所学校俗称石中,历史悠久。", t.PERSON)
    assert not _named("此地旧有吊桥,故名马桥。", t.PERSON)


def test_a_permit_is_no_person() -> None:
    # 许可证 ("permit"): a common noun the dictionary tags as a name (许 is a surname)
    assert not _named("他持有居住许可证在当地工作。", t.PERSON)


def test_a_university_described_by_its_rank_or_type_is_no_body() -> None:
    # "a national key university", "a comprehensive university": descriptions of a kind, no university's name
    text = "该校是全国重点大学,也是一所综合性大学。"
    assert not _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    # a university named by its place keeps its name
    assert "新疆师范大学" in _named("她毕业于新疆师范大学。", t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_name_before_a_bracketed_note_keeps_its_last_character() -> None:
    # "刘东|月(已故)": the segmenter reads the last character as a month's word; the note follows a whole name
    text = "据曾任学院院长的刘东月(已故)回忆,当时条件艰苦。"
    people = _named(text, t.PERSON)
    assert "刘东月" in people
    assert "刘东" not in people
    # a verb before the bracket stays outside the name
    assert "张明说" not in _named("他对张明说(笑)好。", t.PERSON)


def test_ordinary_phrases_of_a_work_report() -> None:
    # progress, public finance and the adverb "mostly", which the dictionary tags as bodies or a place
    text = "各项工作取得新进展。一般公共财政预算收入增长,部队人员大都是转业而来。"
    found = {m.name for m in analyse(text).mentions}
    assert not {"新进展", "公共财政", "大都"} & found


def test_a_body_named_after_people_joined_by_a_hyphen() -> None:
    # a college named after two people, the names joined by a hyphen typed for the dot: one body, no person
    text = "他是卡特-怀特理工学院的助理教授。"
    assert not _named(text, t.PERSON)
    bodies = [m for m in analyse(text).mentions if m.type == t.ORGANIZATION]
    assert [m.canonical or m.name for m in bodies] == ["卡特·怀特理工学院"]
    assert bodies[0].text == "卡特-怀特理工学院"  # the page's own characters
    # a person whose names a hyphen joins stays a person
    assert "阿不都·热合曼" in _named("她的丈夫阿不都-热合曼在学院工作。", t.PERSON)


def test_a_people_s_language_is_no_place() -> None:
    # "Xibe language": the segmenter guesses the people's name before 语 as a place
    text = "他会说锡伯语和汉语,住在察布查尔。"
    places = _named(text, t.PLACE)
    assert "锡伯" not in places
    assert "Qapqal" in places  # the county named after it is still a place
