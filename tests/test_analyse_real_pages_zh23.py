"""Chinese errors shown by a twenty-fourth round of real pages read outside the project (wire and forum reposts
of labour transfer figures, a county's employment report and a district's visit to transferred workers in
traditional characters, a converter's page with pinyin after its characters, aid-Xinjiang reports on tourism
and vocational schools, a scholar's profile, an encyclopaedia's article); the sentences below are written for
these tests, with public bodies and places as themselves and everyone else invented."""

from test_analyse_unseen import analyse, page_names


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.number_text, c.unit) for c in analyse(text).claims]


def test_a_department_named_by_two_fields_joined_with_and_is_one_body() -> None:
    text = "阿克苏地区文化体育广播电视和旅游局当天发布通知，自治区经济和信息化委员会也派员参加。"
    bodies = page_names(text, "public_body", "organization")
    assert "阿克苏地区文化体育广播电视和旅游局" in bodies
    assert "自治区经济和信息化委员会" in bodies
    assert not bodies & {"广播电视", "信息化委员会"}


def test_two_organs_joined_with_and_stay_two() -> None:
    bodies = page_names("县公安局和检察院联合开展排查，州党委和政府高度重视。", "public_body", "organization")
    assert "县公安局和检察院" not in bodies
    assert not any("和" in b for b in bodies)


def test_a_transcribed_name_with_a_question_mark_for_its_lost_dot_is_one_person() -> None:
    text = "据自治区民政厅厅长阿不力米提?吐尔逊介绍，来自疏附县的买买提江?艾山已经上岗。"
    people = page_names(text, "person")
    assert {"阿不力米提·吐尔逊", "买买提江·艾山"} <= people
    assert not people & {"阿不力米提", "吐尔逊", "艾山"}


def test_a_question_between_ordinary_words_names_nobody() -> None:
    assert not page_names("你们的工作好不好?不知道啊。", "person")


def test_a_places_epithet_as_the_home_of_a_thing_is_no_place() -> None:
    text = "这座城市素有“葡萄之乡、歌舞之乡、巴扎之乡、长寿之乡”的美誉，是鄯善县的近邻。"
    places = page_names(text, "place")
    assert not any("乡" in p or p == "长寿" for p in places)


def test_counts_on_a_page_with_a_converters_pinyin_keep_their_counted_word() -> None:
    text = "新疆实(shí)施三年5万(wàn)人就业计(jì)划，今年计划完成1.5万(wàn)名富余劳动力转移就业(yè)。"
    claims = _claims(text)
    assert ("5万(wàn)人", "人就业计划") in claims
    assert any(n.startswith("1.5万") and u.startswith("名") and "富余" in u for n, u in claims)


def test_the_last_year_of_a_span_written_with_a_doubled_dash_is_no_count() -> None:
    text = "1950--1956就学于兰州大学历史系，1957～1963任新疆大学讲师。"
    assert _claims(text) == []


def test_a_photographers_whole_name_set_apart_before_the_credits_verb_is_one_person() -> None:
    text = "实训基地当天揭牌启用。某某指挥部供图 拍友 孙静玫 摄\n通讯员 曹月月 摄"
    people = page_names(text, "person")
    assert {"孙静玫", "曹月月"} <= people
    assert "孙静" not in people


def test_a_forums_fields_in_english_on_a_chinese_page_claim_nothing() -> None:
    text = (
        "Author\nTopic: 某地300名劳动力转移就业\nmember\nActivity: 85\nMerit: 12\n"
        "原标题：某地300名劳动力转移就业\n据介绍，共有300名劳动力报名。"
    )
    numbers = [n for n, _ in _claims(text)]
    assert "85" not in numbers and "12" not in numbers
    assert "300名" in numbers


def test_a_line_in_a_column_of_names_between_two_names_is_a_name() -> None:
    text = "维吾尔族\n著名人物\n艾力·买买提\n和加尼牙孜\n翦伯赞\n吐尔逊·艾山\n总人口\n约1300万人"
    people = page_names(text, "person")
    assert {"和加尼牙孜", "翦伯赞"} <= people
    assert "尼牙孜" not in page_names(text, "place")


def test_a_word_or_a_place_in_a_column_of_names_stays_what_it_is() -> None:
    text = "王建国\n汉族\n李明华\n喀什地区疏附县\n张志强"
    people = page_names(text, "person")
    assert "汉族" not in people and "喀什地区疏附县" not in people
