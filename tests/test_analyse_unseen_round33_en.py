"""Thirty-third round of analysis on text it was not written for (English): each test is one class of error a
thirty-third held-out set (bench/data/extraction/heldout33-en: an encyclopaedic article on a detention facility, a
magazine feature following one family, a university's news release) showed. The sentences are written for these
tests; the people, bodies, places and figures in them are not the held-out set's."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values

BODY_TYPES = (t.ORGANIZATION, t.PUBLIC_BODY)

# -- people ----------------------------------------------------------------------------------------------------


def test_a_relative_named_after_a_comma_at_the_end_of_a_sentence_is_a_person() -> None:
    r = analyse(
        "The flat in Oslo is shared by her husband, Rustem, two sons and her mother-in-law, Gulbahar. "
        "Among the activists, Berlin."
    )
    people = names(r, t.PERSON)
    assert {"Rustem", "Gulbahar"} <= people
    assert "Berlin" not in people


# -- bodies ----------------------------------------------------------------------------------------------------


def test_an_academic_post_before_of_is_no_body_but_the_faculty_after_it_is() -> None:
    r = analyse(
        "Professor Ruth Okonjo-Baird CBE, Dean of the Faculty of Medicine, said the findings were sound. "
        "Dr Ilya Petrenko, Provost of the Institute of Peace Studies, agreed."
    )
    bodies = names(r, *BODY_TYPES)
    assert {"Faculty of Medicine", "Institute of Peace Studies"} <= bodies
    assert not {b for b in bodies if b.startswith(("Dean", "Provost"))}


def test_a_field_in_the_school_of_a_university_is_no_part_of_the_schools_name() -> None:
    r = analyse(
        "The study was led by Prof. Hana Kowalczyk, Professor of Media and Ethics in the School of Journalism, and "
        "Dr Omar Sefu, Senior Lecturer in Urban Planning in the Department of Architecture."
    )
    bodies = names(r, *BODY_TYPES)
    assert {"School of Journalism", "Department of Architecture"} <= bodies
    assert not {b for b in bodies if " in the " in b}


def test_an_embassy_in_a_city_whose_name_starts_with_the_is_named_with_the_whole_city() -> None:
    r = analyse("A spokesperson for the Russian embassy in The Hague declined to comment on the case.")
    bodies = names(r, *BODY_TYPES)
    assert "Russian embassy in The Hague" in bodies
    assert not {b for b in bodies if b.endswith(" in The")}
    assert "The Hague" in names(r, t.PLACE)


# -- places ----------------------------------------------------------------------------------------------------


def test_a_country_with_a_plurals_apostrophe_before_a_law_or_a_body_is_a_place_of_its_own() -> None:
    r = analyse(
        "The senators want a ban modelled on the Philippines' Anti-Trafficking Act, and wrote to the Netherlands' "
        "Ministry of Justice and Security about it."
    )
    assert {"Philippines", "Netherlands"} <= names(r, t.PLACE)
    assert "Ministry of Justice and Security" in names(r, *BODY_TYPES)
    assert not {n for n in names(r, *BODY_TYPES, t.LAW) if "'" in n}


def test_a_dateline_with_its_country_and_a_full_date_names_its_town() -> None:
    r = analyse(
        "Research news\n\nPublished: 3 March 2025\n\n"
        "TAUNTON, England, 3 March 2025 — A study released today by the university finds that growers sold goods "
        "made with forced labour."
    )
    assert "Taunton" in names(r, t.PLACE)


# -- figures ---------------------------------------------------------------------------------------------------


def test_an_age_after_a_name_and_now_between_commas_is_an_age() -> None:
    r = analyse("Alim Nurmemet, now 27, was sent to a shoe factory in Hami. His cousin Rozi Ekber, then 19, went too.")
    ages = [c for c in r.claims if c.value == 27]
    assert ages and ages[0].unit == "years old"
    assert 19 in values(r)


def test_a_book_named_after_author_of_and_before_its_year_names_no_body() -> None:
    r = analyse(
        "Mira Castellanos is a 2022 fellow at Columbia University and the author of Ledgers of the Steppe: Trade "
        "and the Surveillance Bureau (2020). She reported from Bishkek."
    )
    bodies = names(r, *BODY_TYPES)
    assert "Columbia University" in bodies
    assert not {b for b in bodies if "Surveillance" in b or "Steppe" in b}
    assert "Mira Castellanos" in names(r, t.PERSON)


def test_a_language_named_before_a_noun_is_no_body() -> None:
    r = analyse("In the camp the men sat through compulsory Mandarin classes, and Cantonese songs were banned.")
    assert not {"Mandarin", "Cantonese"} & names(r, *BODY_TYPES, t.PERSON, t.PLACE)


def test_a_name_ending_in_united_is_a_body_not_a_place_nor_a_person() -> None:
    r = analyse(
        "The survey was paid for by the Luce Foundation and Children United, with help from Lingnan University."
    )
    assert "Children United" in names(r, *BODY_TYPES)
    assert "Children United" not in names(r, t.PLACE, t.PERSON)
