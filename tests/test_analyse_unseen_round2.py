"""Second round of analysis on text it was not written for: each test is one class of error a second
held-out set (bench/data/extraction/heldout2-*) showed. The sentences are written for these tests,
in the manner of encyclopaedias, news pages and official notices."""

from habeas.analyse import tables as t
from habeas.analyse.chinese import chinese_mentions
from test_analyse_unseen import BODIES, analyse, names


def zh_names(text: str, kind: str) -> set[str]:
    return {m.name for m in chinese_mentions(1, text) if m.type == kind}


def test_each_reference_has_its_own_authors_not_the_first_references() -> None:
    text = (
        "The region was studied at length.\n\nReferences\n"
        "1. ^ Okafor, Daniel (2019). A first study. Journal One.\n"
        "2. ^ Lindqvist, Marta; Brennan, Thomas (21 September 2017). A second study. Journal Two.\n"
        "3. ^ Haddad, Samir (2020). A third study.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Daniel Okafor", "Marta Lindqvist", "Thomas Brennan", "Samir Haddad"} <= people


def test_a_body_named_with_and_without_its_nationality_is_one_body() -> None:
    result = analyse(
        "The Chinese Ministry of Foreign Affairs rejected the report on Monday. Two days later the "
        "Ministry of Foreign Affairs published a statement of its own."
    )
    ministries = {m.canonical for m in result.mentions if m.type in BODIES and "Foreign Affairs" in m.name}
    assert ministries == {"Ministry of Foreign Affairs of China"}  # the ministry's one name, with its country
    full = next(m for m in result.mentions if m.name == "Chinese Ministry of Foreign Affairs")
    assert "Ministry of Foreign Affairs" in full.short_forms  # another document's bare form joins it


def test_a_chinese_body_named_with_its_country_has_the_bare_form() -> None:
    result = analyse("美国财政部于7月9日宣布制裁。财政部表示将继续调查。")
    full = [m for m in result.mentions if m.name == "美国财政部"]
    assert full and "财政部" in full[0].short_forms


def test_a_body_in_a_city_ends_before_the_city() -> None:
    result = analyse(
        "Beijing announced counter-sanctions on the Rotterdam Institute for Asian Studies in Hamburg and "
        "on the Baltic Freedom Foundation in Tallinn."
    )
    bodies = names(result, *BODIES)
    assert {"Rotterdam Institute for Asian Studies", "Baltic Freedom Foundation"} <= bodies
    assert not any(" in " in b for b in bodies)
    assert {"Hamburg", "Tallinn"} <= names(result, t.PLACE)


def test_a_scholar_named_after_the_field() -> None:
    result = analyse("The geographer Tomas Lindgren of the University of Bergen wrote about the shrines.")
    assert "Tomas Lindgren" in names(result, t.PERSON)


def test_a_chinese_name_after_a_preposition_is_whole() -> None:
    assert "陈全国" in zh_names("时任书记张春贤被调离，由陈全国接任。", t.PERSON)
    assert "习近平" in zh_names("其中包括习近平2014年在新疆考察期间的讲话。", t.PERSON)
    assert not zh_names("部分人员被关押在看守所。", t.PERSON)  # a verb after 被, no name


def test_a_chinese_body_named_by_its_level_alone() -> None:
    bodies = zh_names("地区公安局、地区教育局要加强管理，疏附县党委政法委会同县教育局开展工作。", t.PUBLIC_BODY)
    assert {"地区公安局", "地区教育局"} <= bodies
    assert not zh_names("各地、州、市党委政法委，兵团政法委：", t.PUBLIC_BODY) - {"兵团政法委"}


def test_a_leading_group_office_is_one_body() -> None:
    bodies = zh_names("喀什地区维护稳定工作领导小组办公室印发通报，各县报送地区维稳办。", t.PUBLIC_BODY)
    assert {"喀什地区维护稳定工作领导小组办公室", "地区维稳办"} <= bodies


def test_the_formal_name_of_china_is_a_place() -> None:
    assert "China" in {m.canonical for m in chinese_mentions(1, "中华人民共和国外交部发言人回应。")} | names(
        analyse("中华人民共和国成立于1949年。"), t.PLACE
    )


def test_an_unquoted_title_after_a_references_year_is_no_person() -> None:
    text = (
        "The report traced cotton to suppliers abroad.\n\nNotes\n"
        "3 Okafor, D. and Haddad, S. (2021), Under Open Skies, Northbridge University, p. 12.\n"
    )
    result = analyse(text)
    assert not any("Open Skies" in (m.canonical or m.name) for m in result.mentions if m.type == t.PERSON)
