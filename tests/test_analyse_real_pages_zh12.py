"""Chinese errors shown by a thirteenth round of real pages read outside the project (a question-and-answer page on
the region's divisions, a classical-Chinese encyclopaedia entry, textile companies' news with stock codes, a corps
textile report, a company's visit notice, a central discipline notice, a translated report on a United Nations
committee, an NGO report's summary, radio columns, a forum repost and Hong Kong and Taiwanese television items);
the sentences below are written for these tests, with public bodies and places as themselves and everyone else
invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse


def _named(text: str, *types: str) -> set[str]:
    return {m.canonical or m.name for m in analyse(text).mentions if m.type in types}


def _names(text: str, *types: str) -> set[str]:
    return {m.name for m in analyse(text).mentions if m.type in types}


def test_peoples_listed_before_their_count_are_no_places() -> None:
    # "汉、维吾尔、蒙古、俄罗斯…等12个世居民族": peoples named like a country or a region, then their count
    text = "该县居住着汉、维吾尔、哈萨克、蒙古、俄罗斯、达斡尔、锡伯等12个世居民族。"
    assert not _named(text, t.PLACE)
    # places listed before 民族 opening a longer noun ("民族地区": the regions of the peoples) stay places
    assert {"Xinjiang", "Tibet"} <= _named("新疆、西藏等民族地区加快发展。", t.PLACE)


def test_an_areas_level_alone_is_no_place() -> None:
    text = "全区共有5个自治州和6个自治县。"
    assert not _named(text, t.PLACE)
    assert "Ili" in _named("伊犁哈萨克自治州地处新疆西部。", t.PLACE)
    # a new district read apart from its city's name ("常州|新区"): the city is the place named
    assert "新区" not in _names("常州新区今年扩建。", t.PLACE)
    assert "浦东新区" in _names("浦东新区位于上海。", t.PLACE)


def test_ordinary_words_the_dictionary_tags_as_places_or_bodies() -> None:
    # a stroke, to take root, an off-road vehicle
    text = "他因中风住院两周，一家人早已在当地扎根。局长违规借用越野车。"
    assert not _named(text, t.PLACE, t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_field_of_study_is_no_body() -> None:
    text = "她在英国获得工商管理学位后回国，弟弟是石油化学专业的学生。"
    assert not _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    # a university keeps its name
    assert "新疆大学" in _names("他毕业于新疆大学。", t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_village_as_a_common_noun_is_no_level_before_a_township() -> None:
    # "村庄|东山乡": 村庄 ("a village") ends before the township's name; its 村 is no level of a place
    places = _names("警方把一个有3000人的村庄东山乡围了起来。", t.PLACE)
    assert "东山乡" in places
    assert "庄东山乡" not in places


def test_a_stock_code_inside_a_companys_name() -> None:
    # financial news writes a listed company's six-digit code between its name and its legal form
    text = "该厂隶属于山东宏远纺织(600123)有限公司。"
    assert "山东宏远纺织有限公司" in _names(text, t.ORGANIZATION)


def test_a_companys_kind_word_before_its_place_and_brand() -> None:
    # "属下企业|苏州|全新|纺织有限公司": the kind, then the name; an adverb the segmenter reads is its own word
    names = _names("集团及属下企业苏州全新纺织有限公司前往喀什。", t.ORGANIZATION)
    assert "苏州全新纺织有限公司" in names
    assert "纺织有限公司" not in names
    # a kind word inside a name before its legal form stays in it
    assert "广州纺织工贸企业集团有限公司" in _names("广州纺织工贸企业集团有限公司今年扩产。", t.ORGANIZATION)


def test_organise_before_a_count_of_people_is_a_verb() -> None:
    text = "常州市新北区龙虎塘街道组织60余名干部赴外地参观。"
    assert not any(n.endswith("组织") for n in _names(text, t.ORGANIZATION, t.PUBLIC_BODY))
    # a body named with 组织, then a year, keeps its head
    assert "人权观察组织" in _names("人权观察组织2019年发表报告。", t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_countys_name_before_its_level_and_bureau() -> None:
    # "五指山|县|财政局": the segmenter reads the county's name and its level apart
    assert "五指山县财政局" in _names("五指山县财政局局长被免职。", t.PUBLIC_BODY, t.ORGANIZATION)
    # the level alone stands for the document's own county
    assert "县信息中心" in _names("县信息中心负责全县的数据。", t.PUBLIC_BODY, t.ORGANIZATION)


def test_the_state_written_as_a_word_before_a_bureau() -> None:
    # "国家|安全局": the national level the segmenter reads apart from the bureau it opens
    bodies = _names("他被国家安全局官员带走。", t.PUBLIC_BODY, t.ORGANIZATION)
    assert "国家安全局" in bodies
    assert "安全局" not in bodies


def test_the_credit_for_pictures_and_text_names_a_person() -> None:
    text = "目前该厂有工人300名。\n图文：高远"
    assert "高远" in _names(text, t.PERSON)


def test_a_transcribed_name_cut_in_two_by_the_segmenter() -> None:
    # "麦克|杜根": the end of a transcribed name the segmenter cut off reads like a Han name (杜), but is none
    text = "委员会成员罗伯特·麦克杜根表示关切。麦克杜根引用报告称，很多人失踪。麦克杜根提出问题。"
    people = _names(text, t.PERSON)
    assert "麦克杜根" in people
    assert "杜根" not in people
    # a transcribed place's name cut in two is no person either
    assert not _names("牧民们在肖尔布拉克放牧。", t.PERSON)


def test_a_photographs_credit_in_capitals() -> None:
    # a translated news page keeps the photograph's credit in capitals: the photographer, a slash, the agencies
    text = (
        "去年，警察在喀什街头巡逻。周五，一个委员会对当地的情况表示担忧。 MARIA LOPEZ/AGENCE FRANCE-PRESSE GETTY IMAGES"
    )
    assert "Maria Lopez" in _names(text, t.PERSON)
    assert {"Agence France-Presse", "Getty Images"} <= _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    # a place before the slash is no photographer
    assert not _names("上周，示威者聚集在市中心，要求当局公布被拘留者的下落。 NEW YORK/REUTERS", t.PERSON)
