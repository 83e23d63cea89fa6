"""Chinese errors shown by a sixth round of real pages read outside the project (officials' profiles and
career lists, the corps' divisions, overseas reports on detained relatives, court reports, county work
reports, discipline cases in Hong Kong, Taiwan and overseas papers, a university's history); the sentences
below are written for these tests, with public bodies as themselves and everyone else invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse


def _named(text: str, *types: str) -> set[str]:
    return {m.canonical or m.name for m in analyse(text).mentions if m.type in types}


def test_a_reporters_three_character_name_before_the_byline_verb_is_whole() -> None:
    # the segmenter reads the name's last character and 报 as one word (明报, a paper's name): the byline
    # verb, 报道 or the overseas 报导, follows the whole name
    for verb in ("报导", "报道"):
        text = f"（本报记者邵立明{verb}）日前，一名县长被调查。"
        people = _named(text, t.PERSON)
        assert "邵立明" in people
        assert "邵立" not in people
        assert "明报" not in _named(text, t.ORGANIZATION)
    assert "郑斌" in _named("（记者郑斌报导）当地法院宣判。", t.PERSON)  # two characters: 报导 after them


def test_besides_closes_a_transcribed_name_without_its_last_character() -> None:
    # "除了……外" ("besides ..."): 外 closes the frame and is no part of the dotted name before it
    text = "被调查的官员除了副县长吐尔洪·买合木提外，还有公安局前局长罗德胜。\n除艾则孜·热合曼外，其余人员均已到案。"
    people = _named(text, t.PERSON)
    assert {"吐尔洪·买合木提", "艾则孜·热合曼", "罗德胜"} <= people
    assert not any(p.endswith("外") for p in people)
    # no frame: 外出 ("to go out") after the name, and a frame closed before it ("除此之外")
    assert "艾则孜·热合曼" in _named("除此之外，艾则孜·热合曼外出打工。", t.PERSON)


def test_a_papers_head_is_a_title_and_no_part_of_its_name() -> None:
    # 社长 ("head of the press") after the paper's name: its 社 ends no organisation running on over the titles
    text = "南疆日報社黨委書記總編輯副社長孫志遠被立案審查。某报社社长出席会议。"
    bodies = _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "南疆日报社" in bodies
    assert not any("书记" in b or b.endswith(("副社", "社社")) for b in bodies)
    assert "孙志远" in _named(text, t.PERSON)


def test_a_high_or_intermediate_court_by_its_short_form_after_its_place() -> None:
    text = "“新疆高院”公众号发布消息：乌鲁木齐中院对该案作出判决。他住在中院子里。"
    bodies = _named(text, t.PUBLIC_BODY)
    assert {"新疆高院", "乌鲁木齐中院"} <= bodies
    assert not any(b.endswith("中院子") for b in bodies)
    assert not _named("他住在中院子里。", t.PUBLIC_BODY)


def test_an_old_specialised_school_is_an_organisation() -> None:
    # 专门学校: the name a specialised college had before the universities ("法政专门学校": of law and politics)
    text = "该学院的前身是1931年创办的伊犁俄文法政专门学校。他毕业于专门学校。"
    assert "伊犁俄文法政专门学校" in _named(text, t.ORGANIZATION)
    assert "专门学校" not in _named(text, t.ORGANIZATION, t.PUBLIC_BODY)


def test_national_ministries_of_supervision_and_higher_education() -> None:
    # the Ministry of Supervision (until 2018) in discipline cases, and the former ministry of higher education
    text = "该案由监察部报国务院批准给予撤职处分。高等教育部部长岳明远视察学院。各级纪检监察部门要履职。"
    bodies = _named(text, t.PUBLIC_BODY)
    assert {"监察部", "高等教育部", "国务院"} <= bodies
    assert "教育部" not in bodies
    assert "岳明远" in _named(text, t.PERSON)


def test_going_to_a_school_of_a_kind_names_no_school() -> None:
    # "在某地读大学" (to study at a university somewhere): the verb and the bare kind after a place name no school
    text = "她2012年赴阿拉木图念大學，她弟弟在伊宁上中学，后来在杭州读大学。他毕业于上海大学。"
    organisations = _named(text, t.ORGANIZATION)
    assert not any(o.endswith(("念大学", "上中学", "读大学")) for o in organisations)
    assert "上海大学" in organisations
    assert {"阿拉木图", "伊宁", "杭州"} <= {m.name for m in analyse(text).mentions if m.type == t.PLACE}
