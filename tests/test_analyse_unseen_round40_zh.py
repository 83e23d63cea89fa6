"""Chinese errors shown by the fortieth Chinese held-out round (a press-conference transcript, a prefecture
procuratorate's work report, a county bureau's reply to a CPPCC proposal); the sentences below are written for
these tests, with public bodies as themselves and private people invented."""

from habeas.analyse import tables as t
from habeas.analyse.claim_kinds import DETAINED, SENTENCED, claim_kind
from test_analyse_unseen import BODIES, analyse, cn_names, page_names


def test_an_abstract_noun_made_with_a_suffix_is_no_name_or_place() -> None:
    text = "今年以来，全乡群众的满意度明显提高，安全感达到98.5%。"
    assert not page_names(text, t.PERSON, t.PLACE)


def test_a_verb_of_thanks_before_a_transcribed_name_is_no_part_of_it() -> None:
    people = page_names("主持人：谢谢努尔兰·哈力木副县长的介绍。", t.PERSON)
    assert people == {"努尔兰·哈力木"}


def test_a_verb_of_award_after_a_transcribed_name_is_no_part_of_it() -> None:
    people = page_names("社区民警帕提古丽·艾力荣获“优秀人民警察”称号。", t.PERSON)
    assert people == {"帕提古丽·艾力"}


def test_a_streets_direction_is_no_place() -> None:
    places = cn_names("地点：县会议中心（伊宁市解放西路）", t.PLACE)
    assert "伊宁市" in places
    assert "西路" not in places


def test_a_transcribed_name_alone_in_a_field_is_not_cut_before_its_last_syllable() -> None:
    people = page_names("来源：石榴云　作者：古丽娜尔　字号：大 中 小\n", t.PERSON)
    assert "古丽娜" not in people


def test_a_public_prosecution_counts_people_sentenced_with_the_cases_before_them() -> None:
    r = analyse("全年共提起公诉870件1140人，同比上升4.1%；批准逮捕96件128人。")
    kinds = {c.value: claim_kind(c.unit, c.number_text, c.text) for c in r.claims}
    assert kinds[1140.0] == SENTENCED
    assert kinds[128.0] == DETAINED


def test_harmony_in_a_companys_own_word_is_no_conjunction() -> None:
    bodies = cn_names("阿克苏天和纺织有限公司招收了一批学员。", *BODIES)
    assert "阿克苏天和纺织有限公司" in bodies


def test_the_peoples_congress_and_a_conference_committee_by_their_short_names() -> None:
    assert "县人大" in cn_names("全县法院在县人大及其常委会的监督下开展工作。", *BODIES)
    assert "市政协提案委" in cn_names("抄送：市政协提案委，市人民政府办公室。", *BODIES)
    assert "县政协" in cn_names("县政协委员艾某提出建议。", *BODIES)  # its members are no committee
    assert not cn_names("县人大代表建议87件、地区人大会议选举产生新一届领导。", *BODIES)  # deputies, a session


def test_a_sites_name_on_the_first_line_and_before_its_filing_number_is_a_medium() -> None:
    text = "某某县人民政府网　政务公开\n首页 > 通知公告\n……\n伊犁新闻网　新ICP备10000001号-2\n"
    bodies = cn_names(text, *BODIES)
    assert {"某某县人民政府网", "伊犁新闻网"} <= bodies
