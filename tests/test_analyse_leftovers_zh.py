"""Chinese shapes that real-page rounds noticed and left alone (a name's dot set with spaces, a month and day run
together, a party congress, a team stationed in a village, a reclamation area's police, a level's organs'
working committee, two dotted names a conjunction joins inside one word); the sentences below are written for
these tests, with public bodies as themselves and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values


def test_a_transcribed_name_spaced_around_its_dot_is_one_person() -> None:
    result = analyse("村党支部书记阿卜杜拉 · 买买提介绍，今年村里新建了两座温室大棚。")
    people = [m for m in result.mentions if m.type == t.PERSON]
    assert [(m.name, m.text) for m in people] == [("阿卜杜拉·买买提", "阿卜杜拉 · 买买提")]
    assert names(analyse("据艾尔肯 ·吾守尔说，他的父亲在2018年被带走。"), t.PERSON) == {"艾尔肯·吾守尔"}
    assert "吐尔洪·卡德尔" in names(analyse("县委副书记吐尔洪 · 卡德尔一行到村里走访。"), t.PERSON)


def test_a_spaced_dot_between_menu_items_or_places_joins_no_name() -> None:
    assert not names(analyse("首页 · 新闻中心 · 要闻\n自治区召开会议。"), t.PERSON)
    assert not names(analyse("乌鲁木齐 · 喀什 两地联动开展宣传。"), t.PERSON)


def test_a_month_and_day_run_together_after_a_year_is_the_day() -> None:
    dates = [m.name for m in analyse("2019年613日，县人民法院公开审理此案。").mentions if m.type == t.DATE]
    assert dates == ["2019-06-13"]
    dates = [m.name for m in analyse("发布时间：2020年1105日").mentions if m.type == t.DATE]
    assert dates == ["2020-11-05"]


def test_a_run_of_digits_that_reads_two_ways_or_none_is_no_day() -> None:
    assert [m.name for m in analyse("2021年113日举行").mentions if m.type == t.DATE] == ["2021"]  # 1-13 or 11-3
    assert [m.name for m in analyse("2019年365日全天候值守。").mentions if m.type == t.DATE] == ["2019"]


def test_a_party_congress_or_plenary_session_is_no_body() -> None:
    assert not names(analyse("会议传达学习了自治区第十次党代会精神。"), t.ORGANIZATION, t.PUBLIC_BODY)
    assert not names(analyse("县第十四次党代会于2021年9月召开。"), t.ORGANIZATION, t.PUBLIC_BODY)
    result = analyse("县委召开十三届九次全委会，部署下一步工作。")
    assert names(result, t.ORGANIZATION, t.PUBLIC_BODY) == {"县委"}
    assert not values(result)  # the ninth plenary session, no count
    assert "自治区人民代表大会常务委员会" in names(analyse("自治区人民代表大会常务委员会发布公告。"), t.PUBLIC_BODY)


def test_a_village_a_team_is_stationed_in_is_named_without_the_verb() -> None:
    assert names(analyse("驻阿克塔什村工作队队长介绍了村里的变化。"), t.PLACE) == {"阿克塔什村"}
    assert "托乎拉村" in names(analyse("墨玉县驻托乎拉村工作队组织村民开展学习。"), t.PLACE)
    assert not names(analyse("各驻村工作队要认真落实。"), t.PLACE, t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_reclamation_areas_police_is_named_with_its_place() -> None:
    bodies = names(analyse("据昭苏垦区公安局通报，民警已赶到现场。"), t.PUBLIC_BODY)
    assert "昭苏垦区公安局" in bodies
    assert "垦区公安局" not in bodies
    assert "阿拉尔垦区检察院" in names(analyse("阿拉尔垦区检察院提起公诉。"), t.PUBLIC_BODY)


def test_the_working_committee_of_a_levels_organs_is_a_body() -> None:
    assert names(analyse("县直机关工委召开大会。"), t.PUBLIC_BODY) == {"县直机关工委"}
    assert "墨玉县县直机关工委" in names(analyse("墨玉县县直机关工委开展活动。"), t.PUBLIC_BODY)
    assert "自治区直属机关工委" in names(analyse("自治区直属机关工委召开会议。"), t.PUBLIC_BODY)
    assert not names(analyse("县直机关干部参加学习。"), t.PUBLIC_BODY, t.ORGANIZATION)


def test_two_dotted_names_a_conjunction_joins_inside_one_word_are_two() -> None:
    people = names(analyse("艾合买提江·热合曼和古丽尼沙·吐尔地在喀什市开了一家餐馆。"), t.PERSON)
    assert people == {"艾合买提江·热合曼", "古丽尼沙·吐尔地"}
    people = names(analyse("阿不都·热合曼及古丽尼沙·吐尔地在场。"), t.PERSON)
    assert people == {"阿不都·热合曼", "古丽尼沙·吐尔地"}
