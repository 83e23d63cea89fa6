"""Twenty-seventh round of analysis on text it was not written for (English): each test is one class of error a
twenty-seventh held-out set (bench/data/extraction/heldout27-en: an encyclopaedic list article with a table, an
urgent action appeal, a Federal Register notice adding companies to an entity list) showed. The sentences are
written for these tests; the people, bodies, places and figures in them are not the held-out set's."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, names, values

# -- people --------------------------------------------------------------------------------------------------


def test_the_names_in_a_tables_name_column_are_people() -> None:
    r = analyse(
        "Cases documented by the committee are listed below.\n\n"
        "Name\tProfession\tEmployer\tArrested\tTerm\n"
        "Nurmemet Sabir\tHydrologist\tTarim University\tMay 2017\t12 years\n"
        "K. Abdiraim\tComposer\tKashgar Song and Dance Troupe\t2018\tUnknown\n"
        "Bahargul Ismayil-Hoja\tJournalist\tXinjiang Daily\tJune 2019\t9 years\n"
    )
    assert {"Nurmemet Sabir", "K. Abdiraim", "Bahargul Ismayil-Hoja"} <= names(r, t.PERSON)


def test_a_table_without_a_name_column_names_no_one_by_its_first_cells() -> None:
    r = analyse(
        "Facilities named in the survey.\n\n"
        "Site\tCounty\tBeds\n"
        "North Barracks\tShule County\t900\n"
        "Green Fields\tPeyziwat County\t1200\n"
    )
    assert not {"North Barracks", "Green Fields"} & names(r, t.PERSON)


def test_a_pipe_table_with_a_name_column_gives_its_people_and_not_its_other_cells() -> None:
    r = analyse(
        "| Name | Role | Notes |\n| Dilshat Omar | Imam | Held since 2018 |\n| Xu Lianying | Lawyer | Disbarred |\n"
    )
    people = names(r, t.PERSON)
    assert {"Dilshat Omar", "Xu Lianying"} <= people
    assert not {"Imam", "Lawyer", "Disbarred"} & people


# -- bodies --------------------------------------------------------------------------------------------------


def test_every_name_in_a_square_bracket_after_also_known_as_is_the_same_body() -> None:
    r = analyse(
        "The following entities are added:\n"
        "1. Shandong Lixin Apparel Co., Ltd. [also known as Lixin Garments; Qingdao Lixin Clothing Factory], "
        "16 Haier Road, Qingdao, Shandong Province, China.\n"
    )
    bodies = {m.name: m.canonical for m in r.mentions if m.type in BODIES}
    assert "Lixin Garments" in bodies and "Qingdao Lixin Clothing Factory" in bodies
    assert bodies["Lixin Garments"] == bodies["Qingdao Lixin Clothing Factory"]
    assert "Lixin Garments" not in names(r, t.PERSON)


# -- figures -------------------------------------------------------------------------------------------------


def test_a_citations_day_in_brackets_is_a_date_and_no_count() -> None:
    r = analyse('4. ^ Okonkwo, Adaeze (17 August 2020). "Teachers vanish in the south". The Independent.')
    assert 17 not in values(r)
    assert "2020-08-17" in {m.name for m in r.mentions if m.type == t.DATE}


def test_a_house_number_before_its_street_is_no_count() -> None:
    r = analyse(
        "Ambassador Jane Roe\nEmbassy of the Republic of Utopia\n2201 Commonwealth Place NW\nWashington DC 20008"
    )
    assert 2201 not in values(r)


def test_a_document_number_by_year_and_serial_is_no_count() -> None:
    r = analyse("[FR Doc. 2022-10987 Filed 5-20-22; 8:45 am]\nThe list named 40 entities.")
    assert 10987 not in values(r)
    assert 40 in values(r)


def test_a_name_alone_under_a_posts_title_in_an_address_block_is_a_person() -> None:
    r = analyse(
        "Please send copies to:\n"
        "Commissioner of the Regional Police Service\n"
        "Harriet Calloway\n"
        "14 Kingsley Street\n"
        "Leeds LS1 4AP\n"
    )
    assert "Harriet Calloway" in names(r, t.PERSON)


def test_a_body_under_a_posts_title_is_no_person() -> None:
    r = analyse("President\nLanzhou University\nNo. 222 Tianshui South Road\n")
    assert "Lanzhou University" not in names(r, t.PERSON)


# -- tables --------------------------------------------------------------------------------------------------


def test_a_cells_first_word_capitalised_by_its_place_is_no_name() -> None:
    r = analyse(
        "Name\tOccupation\tNotes\n"
        "Memet Tursun\tHydrologist, senior engineer\tArrested at Urumqi station\n"
        "Aynur Sidiq\tDocumentary maker\tHeld in Kashgar\n"
    )
    found = names(r, t.PLACE, t.PERSON, *BODIES)
    assert not {"Hydrologist", "Arrested", "Documentary", "Held"} & found
    assert "Memet Tursun" in names(r, t.PERSON)
