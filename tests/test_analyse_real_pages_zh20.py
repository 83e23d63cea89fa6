"""Chinese errors shown by a twenty-first round of real pages read outside the project (a leader's stay in a
township, a party paper's commentator's article in traditional characters, a magazine's report on village first
secretaries, a democratic party's notice, an overseas broadcaster's interviews, a corps division's list of
profiles, a procuratorate's work report, court verdicts relayed by wires, a paper's readers' letter, an exile's
story relayed by a congress's site, a county's holiday report on a forum); the sentences below are written for
these tests, with public bodies and places as themselves and everyone else invented."""

from test_analyse_unseen import analyse, page_names


def _days(text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in analyse(text).dates}


def test_a_year_opening_its_sentence_dates_the_days_after_it() -> None:
    # a verdict's findings: a month of one year, then a year alone that opens the next episode, then its day
    text = (
        "法庭审理查明，2010年4月以来，某甲多次聚集从事非法活动。"
        "2013年以来，某乙与某丙多次预谋。6月19日晚，某乙召集5人聚会。"
    )
    assert _days(text)["6月19日"] == "2013-06-19"
    # a year inside a sentence (a noun's attribute) leaves the days after it alone
    text = "2017年3月5日，他在喀什被捕。他说，2009年的事情很复杂。3月8日，家人得知消息。"
    assert _days(text)["3月8日"] == "2017-03-08"


def test_another_partys_committee_of_a_level_is_no_communist_party_committee() -> None:
    text = "2022年8月8日，民盟新疆区委会选派负责人王立新同志到村任第一书记。九三学社新疆区委员会召开会议。"
    bodies = page_names(text, "public_body", "organization")
    assert not any("党委" in b for b in bodies)


def test_a_noun_of_time_before_during_is_no_person() -> None:
    text = "国庆黄金周期间，县领导深入乡镇调研，副县长王立新察看秋收情况。"
    assert page_names(text, "person") == {"王立新"}


def test_a_thing_counted_by_its_measure_word_is_no_person() -> None:
    text = "场部给他发了一匹马、一块毡子、一根马鞭，赵文明就这样出发了。"
    assert page_names(text, "person") == {"赵文明"}


def test_home_after_a_dotted_name_is_no_part_of_it() -> None:
    text = "艾力·艾合买提召集5人在村里吐尔洪·吾买尔家聚会。"
    assert page_names(text, "person") == {"艾力·艾合买提", "吐尔洪·吾买尔"}


def test_crossing_the_national_border_names_no_ancient_state() -> None:
    text = "法院以组织他人偷越国（边）境罪判处被告人某甲有期徒刑，另有3人企图偷越国境。"
    assert not page_names(text, "place")


def test_a_verb_with_its_complement_and_a_noun_with_its_localizer_are_no_places() -> None:
    text = "一张安全网正在天山南北铺展开来。村委会大院里人声鼎沸。"
    assert page_names(text, "place") == {"天山南北"}


def test_a_three_character_name_after_a_worker_or_a_reader() -> None:
    text = "五师八十四团三连退休职工卜现强眼里满是期待。"
    assert "卜现强" in page_names(text, "person")
