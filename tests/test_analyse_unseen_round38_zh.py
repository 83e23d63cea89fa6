"""Chinese errors shown by the thirty-eighth Chinese held-out round (a county's entry in a prefecture yearbook, a
county media centre's microblog post with its comments and a reposted police notice, a TV station's news video
page); the sentences below are written for these tests, with public bodies as themselves and private people
invented."""

from habeas.analyse import tables as t
from habeas.analyse.claim_kinds import FACILITIES, claim_kind
from test_analyse_unseen import BODIES, analyse, names, values


def test_days_of_detention_are_how_long_not_a_day_of_the_month() -> None:
    r = analyse("经查，违法行为人马某对其行为供认不讳，公安机关依法对其处以行政拘留15日的处罚。")
    assert 15 in values(r)
    assert not [d for d in r.dates if d.text.startswith("15")]


def test_an_accounts_post_counter_on_its_profile_line_is_no_claim() -> None:
    r = analyse("某市发布 V\n粉丝 35.2万　关注 210　微博 7618\n全市今年新增城镇就业岗位1200个。")
    assert 1200 in values(r)
    assert 7618 not in values(r)


def test_the_digits_closing_a_quoted_nickname_are_no_count() -> None:
    r = analyse("网友“戈壁之狐1987”发帖称当天有400人参加了活动。")
    assert 400 in values(r)
    assert 1987 not in values(r)


def test_a_count_of_vocational_training_centres_is_of_facilities() -> None:
    r = analyse("全州3所职业技能教育培训中心年内共有学员2100人次结业。")
    [centres] = [c for c in r.claims if c.value == 3]
    assert claim_kind(centres.unit, centres.number_text, centres.text) == FACILITIES


def test_a_medium_that_reported_years_back_is_named_without_the_time() -> None:
    bodies = names(analyse("据称，南华早报前几年也报道过该厂招工的情况。"), *BODIES)
    assert not any("前几年" in name for name in bodies)


def test_a_notice_in_black_brackets_is_no_medium() -> None:
    text = "【工作通报】\n近日，县公安局破获一起诈骗案件。\n【天山网】本网消息"
    bodies = names(analyse(text), *BODIES)
    assert "工作通报" not in bodies


def test_an_armed_police_squadron_under_its_detachment_is_one_body() -> None:
    text = "武警新疆总队阿克苏支队温宿中队官兵走进社区开展义诊。"
    assert "武警新疆总队阿克苏支队温宿中队" in names(analyse(text), *BODIES)


def test_a_spaced_name_after_several_posts_in_a_list_of_leaders() -> None:
    text = "领导名录\n县委书记：周建国\n县政协主席：孙　兵\n县委常委、组织部部长：吴　琼\n"
    assert {"孙兵", "吴琼"} <= names(analyse(text), t.PERSON)


def test_a_spaced_name_after_another_name_in_a_credit_line() -> None:
    text = "正文完\n记者：阿依努尔·买买提　郭　静　　摄像：马　超\n"
    assert "郭静" in names(analyse(text), t.PERSON)


def test_a_latin_initial_name_after_a_post_and_a_space() -> None:
    text = "（同期声）某某农业发展有限公司经理　K.努尔古丽\n“今年收购量增加了。”"
    assert "K.努尔古丽" in names(analyse(text), t.PERSON)


def test_a_river_a_county_looks_across_to_its_neighbour() -> None:
    text = "该县南隔喀拉喀什河与皮山县相望，北与墨玉县相邻。"
    assert "喀拉喀什河" in names(analyse(text), t.PLACE)


def test_a_village_of_eight_transcribed_characters_after_its_township() -> None:
    text = "记者来到英也尔乡托万克阿克艾日克村，村民正在采收棉花。"
    assert "托万克阿克艾日克村" in names(analyse(text), t.PLACE)


def test_a_university_named_before_its_school_of_one_subject_character() -> None:
    text = "据了解，该合作社与昌吉职业大学农学院共建了示范基地。"
    assert "昌吉职业大学" in names(analyse(text), *BODIES)
