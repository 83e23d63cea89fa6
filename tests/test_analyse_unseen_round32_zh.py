"""Thirty-second round of analysis on Chinese text it was not written for: each test is one class of error a
thirty-second held-out Chinese set (bench/data/extraction/heldout32-zh: a prefecture organisation department's
pre-appointment notice for cadres, a Foreign Ministry spokesman's press conference, a county labour bureau's work
news) showed. The sentences are written for these tests; the people, places and small bodies in them are not the
held-out set's (well-known bodies and places appear as themselves)."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, cn_canonical, cn_names, names
from test_analyse_unseen_round29_zh import cn_values

# -- people ----------------------------------------------------------------------------------------


def test_a_preposition_of_time_before_a_word_of_time_is_no_name() -> None:
    found = cn_names("据悉，自治区党委将于本周在喀什召开座谈会，州政府从下月起实施新规。", t.PERSON)
    assert not {n for n in found if n.startswith(("于", "从"))}
    assert "于海洋" in cn_names("副局长于海洋介绍，", t.PERSON)


def test_a_profile_in_a_numbered_entry_names_its_person() -> None:
    text = "二、赵立新，男，回族，1980年5月出生，宁夏吴忠人。\n3.孙建国，男，汉族，1975年出生。"
    assert {"赵立新", "孙建国"} <= cn_names(text, t.PERSON)
    assert not cn_names("二、会议，男，女老少都参加了。", t.PERSON)


def test_a_transcribed_name_listed_after_a_titled_one_is_a_person() -> None:
    found = cn_names("代表团成员包括议员莫尔丁、霍夫斯特拉，以及两名助理。", t.PERSON)
    assert {"莫尔丁", "霍夫斯特拉"} <= found
    assert "阿拉木图" not in cn_names("议员莫尔丁、阿拉木图市长出席。", t.PERSON)


# -- bodies ----------------------------------------------------------------------------------------


def test_a_standard_public_service_centre_named_after_its_place_is_a_body() -> None:
    footer = "主办：中共阿克苏地委组织部　　承办：阿克苏地区党员教育中心　　技术支持：阿克苏地区信息化中心"
    assert {"阿克苏地区党员教育中心", "阿克苏地区信息化中心"} <= cn_names(footer, *BODIES)
    assert "伽师县政务服务中心" in cn_names("群众可到伽师县政务服务中心办理。", *BODIES)
    assert not cn_names("学员被送往伽师县职业技能教育培训中心。", *BODIES)


def test_a_parliaments_subcommittee_written_short_is_one_body() -> None:
    assert "欧洲议会外交事务分委会" in cn_names("欧洲议会外交事务分委会当天举行听证会。", *BODIES)


def test_a_prefecture_departments_short_form_is_its_full_name() -> None:
    text = "中共阿克苏地委组织部发布干部任前公示。\n来信地址：阿克苏市某路1号地委组织部干部监督科。"
    assert "地委组织部" not in names(analyse(text), *BODIES)


# -- places ----------------------------------------------------------------------------------------


def test_a_native_place_without_its_level_is_the_county() -> None:
    assert cn_canonical("新疆轮台人，大学学历。", t.PLACE) >= cn_canonical("轮台县", t.PLACE)
    assert cn_canonical("新疆奇台人，中专学历。", t.PLACE) >= cn_canonical("奇台县", t.PLACE)


# -- figures ---------------------------------------------------------------------------------------


def test_a_sites_identification_code_counts_nothing() -> None:
    assert cn_values("网站标识码：6531000002　　全县共有312户。") == [312]


def test_months_worked_after_a_verb_and_its_particle_are_a_duration() -> None:
    assert cn_values("她在车间干了两个月，寄回家3000元。") == [2, 3000]
    assert cn_values("会议休息了两天后复会。") == [2]
