"""English pages as copied from the web, a twenty-third batch of real pages read outside the project (a
surveillance-industry research site's reports and their reposts, a technology news site, a science forum's
story, national and regional broadcasters' and newspapers' reports on a parliament's motion and a Games'
boycott, a school paper, an online encyclopaedia's article on a prefecture with its infobox and a mirror of it,
a stock-news site's report on a company). The pages below are written for these tests; the well-known bodies
and places in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def test_a_laws_word_before_a_further_noun_of_a_bodys_name_names_no_law() -> None:
    text = (
        "A copy of the tender was obtained by Open Protocol Camera Market (OPCM), a research firm in Ohio.\n\n"
        "Analysts at the Global Charter Research Group agreed with Open Protocol Camera Market.\n"
    )
    r = analyse(text)
    assert not names(r, t.LAW)
    assert {"Open Protocol Camera Market", "Global Charter Research Group"} <= names(r, t.ORGANIZATION)


def test_a_laws_word_before_its_complement_or_number_still_names_a_law() -> None:
    text = (
        "The state signed the Convention Against Torture and the Optional Protocol to the Convention in 1998. "
        "Its writers signed Charter 08 and quoted the Universal Declaration of Human Rights.\n"
    )
    laws = names(analyse(text), t.LAW)
    assert {"Convention Against Torture", "Universal Declaration of Human Rights"} <= laws
    assert "Open Protocol Camera Market" not in names(analyse("It sold data to Open Protocol Camera Market.\n"), t.LAW)


def test_a_compound_adverb_opening_a_sentence_is_no_body_of_a_list() -> None:
    text = (
        "Eye-catchingly, Amnesty International's replies came in a series of letters published by the "
        "regulator. Well-meaningly, Huawei wrote back.\n"
    )
    r = analyse(text)
    assert not {"Eye-catchingly", "Well-meaningly"} & names(r, t.ORGANIZATION, t.PUBLIC_BODY, t.PERSON)


def test_a_direction_before_a_known_place_is_that_place_no_body() -> None:
    text = "The plant is located in Xinjiang, Northwest China, with rich coal and limestone.\n"
    r = analyse(text)
    assert "Northwest China" not in names(r, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "China" in names(r, t.PLACE)


def test_initials_of_a_chemicals_name_after_its_position_numbers_name_no_body() -> None:
    text = (
        "The company will make 1,4-butanediol (BDO) at its new plant in Korla.\n\n"
        "The BDO line opens next year, and BDO prices have risen since March.\n"
    )
    assert "BDO" not in names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_leaders_surname_before_administration_is_no_body() -> None:
    text = (
        "Secretary of State Jane Roe, who followed the Trump administration in calling the crackdown genocide, "
        "met the envoy on Monday.\n"
    )
    assert "Trump" not in names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_headlines_clause_before_plural_camps_is_no_facility() -> None:
    text = "Acmevision Cameras Covering Internment Camps\n\nPublished Mar 3, 2020\n\nThe cameras were seen on a tour.\n"
    assert "Acmevision Cameras Covering Internment Camps" not in names(analyse(text), t.FACILITY)


def test_a_verb_that_reports_a_clause_ends_what_a_figure_counts() -> None:
    text = (
        "The 85-page tender showed that the county bought cameras. Some 12 police reports found that the "
        "camp was full, and the 46-page assessment concluded that abuses occurred.\n"
    )
    units = [c.unit for c in analyse(text).claims]
    assert units == ["page tender", "police reports", "page assessment"]
