"""Thirtieth round of analysis on text it was not written for (English): each test is one class of error a
thirtieth held-out set (bench/data/extraction/heldout30-en: an encyclopaedic article on an act, a wire story, a
think-tank report's first pages) showed. The sentences are written for these tests; the people, bodies, places
and figures in them are not the held-out set's."""

from habeas.analyse import tables as t
from habeas.analyse.english_rules import _initials_post_line_people
from habeas.analyse.english_spacy import spacy_mentions
from test_analyse_unseen import analyse, names

# -- people ----------------------------------------------------------------------------------------------------

# a report's title page: a title, a series line, then one author a line with a post after a comma
_TITLE_PAGE = (
    "THE SILENT HARVEST\nCotton and the garment trade\n\nWorking Paper No. 9 | March 2026\n\n"
    "Dr Miriam K. Adeyemi-Larsen, Senior Fellow, Labour Rights Programme\n"
)


def test_a_post_after_an_authors_name_and_a_comma_is_no_person() -> None:
    r = analyse(_TITLE_PAGE + "Chen Haoran, Research Analyst\nLiu Mei-ling, Policy Officer\n")
    assert "Chen Haoran" in names(r, t.PERSON)
    assert "Research Analyst" not in names(r, t.PERSON)


def test_initials_and_a_family_name_before_a_post_open_a_persons_line() -> None:
    r = analyse(_TITLE_PAGE + "T. Ashworth, Data Editor\nR. J. Okafor-Hale, Senior Policy Officer\n")
    people = names(r, t.PERSON)
    assert {"T. Ashworth", "R. J. Okafor-Hale"} <= people
    assert not any("Ashworth" in n for n in names(r, t.PLACE) | names(r, t.ORGANIZATION))


def test_initials_before_a_word_that_is_no_post_are_left_to_the_other_rules() -> None:
    assert _initials_post_line_people(1, "K. Lindqvist, Stockholm\n") == []
    found = _initials_post_line_people(1, "K. Lindqvist, Managing Editor\n")
    assert [(m.type, m.name) for m in found] == [(t.PERSON, "K. Lindqvist")]


def test_a_citations_title_opened_by_a_preposition_is_no_person_or_place() -> None:
    text = (
        "Notes\n\n"
        "4 Darren Byler and Carolyn Wu, In Plain Sight, University of Washington, 2022, https://example.org/plain "
        "(accessed 3 May 2026).\n"
        "5 Mira Castell and Jon Ree, Beyond Distant Fields, Harbour House, 2020, https://example.org/fields "
        "(accessed 4 May 2026).\n"
    )
    r = analyse(text)
    assert {"Darren Byler", "Carolyn Wu", "Mira Castell"} <= names(r, t.PERSON)
    found = names(r, t.PERSON) | names(r, t.PLACE)
    assert not {"Plain Sight", "Beyond Distant Fields", "Distant Fields"} & found


def test_a_place_after_a_comma_and_a_lower_case_preposition_is_kept() -> None:
    text = "The talks, in Geneva, went on."
    at = text.index("Geneva")
    found = spacy_mentions(1, text, [(at, at + 6, "GPE")], text)
    assert [(m.type, m.name) for m in found] == [(t.PLACE, "Geneva")]


# -- bodies ----------------------------------------------------------------------------------------------------


def test_a_company_named_after_its_region_with_an_energy_or_power_head_is_a_body() -> None:
    r = analyse(
        "The notice named Qinghai Lianfeng New Energy, Gansu Hongtai Solar Power and the Ningxia Meiyi Fashion "
        "group among the suppliers."
    )
    bodies = names(r, t.ORGANIZATION)
    assert {"Qinghai Lianfeng New Energy", "Gansu Hongtai Solar Power"} <= bodies
    assert not {"Lianfeng New Energy", "Solar Power"} & names(r, t.PERSON)


_BRAND_TABLE = (
    "Table 2. Suppliers and brands\n"
    "Brand | Supplier company | Factory location | Workers | Year\n"
    "Osterby & Vale | Wuxi Baosheng Knitting Group | Wuxi, Jiangsu | 150 | 2022\n"
    "Lumora | Korla Tianyuan Textile Co. | Korla, Xinjiang | 90 | 2023\n"
    "Total | | | 240 |\n"
)


def test_the_cells_of_a_tables_brand_column_are_bodies() -> None:
    bodies = names(analyse(_BRAND_TABLE), t.ORGANIZATION)
    assert {"Osterby & Vale", "Lumora"} <= bodies
    assert "Total" not in bodies


def test_a_column_of_places_is_no_column_of_bodies() -> None:
    text = "Brand | City | Workers\nLumora | Urumqi | 90\nHarbin Sails | Kashgar | 60\n"
    bodies = names(analyse(text), t.ORGANIZATION)
    assert "Lumora" in bodies
    assert not {"Urumqi", "Kashgar"} & bodies


def test_the_first_word_of_a_contents_entry_in_sentence_case_is_no_body() -> None:
    text = (
        "CONTENTS\nExecutive summary ......... 3\n4. Brand responses ......... 27\n"
        "5. Auditor responses ......... 31\nEndnotes ......... 34\n"
    )
    bodies = names(analyse(text), t.ORGANIZATION)
    assert not {"Brand", "Auditor"} & bodies


# -- figures ---------------------------------------------------------------------------------------------------


def test_a_tally_written_with_a_dash_after_a_chamber_counts_votes_on_both_sides() -> None:
    r = analyse("The measure passed the Senate 87–11 in April, after a month of hearings on the ports.")
    votes = {c.value for c in r.claims if "vote" in c.unit}
    assert votes == {87, 11}


def test_a_tally_in_brackets_after_an_infobox_field_counts_votes() -> None:
    r = analyse("Ports Integrity Act\nPassed the Senate: April 4, 2019 (91–7)\nEffective: June 1, 2019\n")
    votes = {c.value for c in r.claims if "vote" in c.unit}
    assert votes == {91, 7}


def test_a_rising_pair_with_a_dash_is_no_tally() -> None:
    r = analyse("The hearing record, pages 112–140, was passed to the committee.")
    assert not [c for c in r.claims if "vote" in c.unit]


def test_an_infobox_count_field_counts_what_its_label_names() -> None:
    r = analyse(
        "Ports Integrity Act\nIntroduced in: the Senate\nCosponsors count: 14\nSigned into law by: the President\n"
    )
    claims = {c.value: c for c in r.claims}
    assert 14 in claims
    assert claims[14].unit == "cosponsors"


def test_a_team_sized_by_a_number_word_counts_its_people() -> None:
    r = analyse("The interviews were carried out in two cities by a team of three. They spoke to 40 former workers.")
    assert any(c.value == 3 and c.unit == "people" for c in r.claims)


def test_a_team_of_a_plural_noun_counts_that_noun() -> None:
    r = analyse("The archive was read by a team of five volunteers over the summer.")
    assert any(c.value == 5 and "volunteers" in c.unit for c in r.claims)
