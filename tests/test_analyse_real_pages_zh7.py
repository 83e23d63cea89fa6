"""Chinese errors shown by an eighth round of real pages read outside the project (a criminal case's reference
entry and a trial's record, a television programme's transcript, a public sentencing, police reward and wanted
notices, an internal bulletin's report, a book on a police hunt, encyclopaedic entries on the corps and its
history, statistical bulletins and the news of one, a white paper's bilingual text, reports on a United Nations
assessment, an overseas weekly digest); the sentences below are written for these tests, with public bodies and
places as themselves and everyone else invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse


def _named(text: str, *types: str) -> set[str]:
    return {m.canonical or m.name for m in analyse(text).mentions if m.type in types}


def test_a_transcribed_names_last_syllable_read_into_the_next_verb() -> None:
    # the segmenter reads 提出 ("to put forward") where the name ends in 提 and 出庭, 出生 follow
    text = (
        "被告人阿不都拉·买买提出庭受审。艾山·吐尔洪提出生于1980年。库尔班·尼亚孜提不服判决。买买提·艾力提出了三条意见。"
    )
    people = _named(text, t.PERSON)
    assert {"阿不都拉·买买提", "艾山·吐尔洪提", "库尔班·尼亚孜提"} <= people
    assert not {"阿不都拉·买买", "艾山·吐尔洪", "库尔班·尼亚孜提不"} & people
    # 提出 before a particle is the verb ("put forward"): the name before it keeps its own end
    assert "买买提·艾力" in people
    # a verb whose second character starts a longer word is the verb: the name is read as before
    assert "艾力·沙吾提" in _named("年过五旬后，艾力·沙吾提达到职业生涯的顶峰。", t.PERSON)


def test_a_branch_bureau_named_by_its_district() -> None:
    # a city bureau's branch for a district, after the bureau or alone in a list of units
    text = "喀什市公安局城南区分局发布通告。当时，市局刑侦处、达坂城分局、特警支队赶到现场。"
    bodies = _named(text, t.PUBLIC_BODY)
    assert {"喀什市公安局城南区分局", "达坂城分局"} <= bodies
    # a word of reference before 分局 names no branch
    assert not _named("各分局、各派出所要加强巡逻。", t.PUBLIC_BODY)


def test_an_armys_formations_named_by_their_ordinal() -> None:
    # an encyclopaedic history of the corps: the army's corps-level formations, and a division without 第
    text = "1950年，第一野战军所属第三军一部进驻南疆，起义部队改编为第二十一兵团。此后，解放军第四军与兵团十二师合并。"
    bodies = _named(text, t.PUBLIC_BODY)
    assert {"第一野战军", "第三军", "第二十一兵团", "第四军"} <= bodies
    assert "新疆生产建设兵团第十二师" in bodies
    # 军 starting a longer word names no formation
    assert not {"第二军", "第三军"} & _named("他毕业于第二军医大学，后调入第三军事法院。", t.PUBLIC_BODY)


def test_a_criminal_group_described_by_its_crime_is_no_body() -> None:
    # a court's finding: the group is described by its crime (分裂国家), not named
    text = "法院查明，被告人组织、领导分裂国家犯罪集团，并利用网站传播煽动内容。"
    organisations = _named(text, t.ORGANIZATION)
    assert not any(o.endswith("犯罪集团") for o in organisations)
    # a company named by ordinary words before its legal form keeps its name
    assert "环球贸易有限公司" in _named("环球贸易有限公司发布公告。", t.ORGANIZATION)
    # nor is a body whose head the dictionary holds alone, after ordinary words, a kind
    assert "跨文化基金会" in _named("泰国“跨文化基金会”发表声明。", t.ORGANIZATION)


def test_a_bulletin_in_book_title_marks_is_no_paper() -> None:
    # a statistics bureau publishes its bulletin, then names it by its short form
    text = (
        "自治区统计局发布了《喀什地区2021年国民经济和社会发展统计公报》（以下简称《公报》）。《喀什日报》转载了全文。"
    )
    organisations = _named(text, t.ORGANIZATION)
    assert not any(o.endswith("公报") for o in organisations)
    assert "喀什日报" in organisations


def test_a_headquarters_and_a_political_department_are_organs() -> None:
    # an infobox's contact field and a bureau's department
    text = "联络方式：新疆生产建设兵团司令部。市公安局政治部主任出席会议。"
    assert {"新疆生产建设兵团司令部", "市公安局政治部"} <= _named(text, t.PUBLIC_BODY)
    # the word alone names no body
    assert not _named("他在司令部工作多年。", t.PUBLIC_BODY, t.ORGANIZATION)


def test_a_known_body_after_qi_is_not_cut_by_qizhong() -> None:
    # 其 ("his") before a university the segmenter reads whole: not 其中 ("of them") read across its start
    text = "被告人利用其中央民族大学教师的身份传播言论。"
    organisations = _named(text, t.ORGANIZATION)
    assert "中央民族大学" in organisations
    assert "央民族大学" not in organisations


def test_an_autonomous_prefecture_named_without_its_people() -> None:
    # "伊犁自治州": the prefecture's level after the place's own name, the people's name left out
    text = "兵团的师分布于除伊犁自治州以外的各地州。"
    places = {m.name: m.canonical for m in analyse(text).mentions if m.type == t.PLACE}
    assert "伊犁自治州" in places
    assert "自治州" not in places


def test_a_survey_team_of_the_statistics_bureau() -> None:
    # a bulletin's issuers: the region's statistics bureau and the national bureau's survey team there, one body
    # named with the national bureau before it (as "国家统计局和田调查队" is)
    text = "西藏自治区统计局、国家统计局西藏调查总队联合发布统计公报。"
    bodies = _named(text, t.PUBLIC_BODY)
    assert {"西藏自治区统计局", "国家统计局西藏调查总队"} <= bodies
    assert not {"国家统计局", "西藏调查总队"} & bodies


def test_a_three_character_name_cut_the_same_way_twice() -> None:
    # the segmenter parts the surname (白|宝山) or the last character (吴子|明) as an adjective each time
    text = "白宝山和吴子明并没有离开乌鲁木齐市。白宝山和吴子明也没有跳出包围圈。"
    people = _named(text, t.PERSON)
    assert {"白宝山", "吴子明"} <= people
    assert "吴子" not in people
    # written once, the segmenter's reading stands
    assert "吴子明" not in _named("吴子明并没有离开。", t.PERSON)


def test_a_counted_people_and_kind_is_no_body() -> None:
    # "forty Kazakh organisations": a count, a people's name and a kind of body name no one body
    text = "哈萨克斯坦的40个哈萨克组织和世界维吾尔代表大会发表联合声明。"
    organisations = _named(text, t.ORGANIZATION)
    assert "World Uyghur Congress" in organisations  # the known body, by its canonical name
    assert not any(o.endswith("组织") for o in organisations)


def test_an_organisations_party_committee() -> None:
    # a university's and a college's committee, named by the post of their secretary
    text = "据报道，塔里木大学党委书记王某某和伊犁师范学院党委副书记出席会议。"
    bodies = _named(text, t.PUBLIC_BODY)
    assert {"塔里木大学党委", "伊犁师范学院党委"} <= bodies
    # the university alone stays an organisation
    assert "塔里木大学" in _named("塔里木大学与当地企业签约。", t.ORGANIZATION)
