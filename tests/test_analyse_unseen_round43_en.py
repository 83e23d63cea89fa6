"""The forty-third written round (a rights group's report landing page, an encyclopaedia's list of companies as a
tab-separated table, a literary magazine's review of a memoir): the general shapes it showed. The sentences below
are written for these tests; the well-known bodies and places in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from habeas.analyse.claim_kinds import DETAINED, claim_kind
from test_analyse_unseen import BODIES, analyse, names

_LIST_ARTICLE = (
    "List of dams on the Ili river\n\n"
    "This is a list of dams on the river, with their heights, their capacities and the dates they were finished, "
    "as reported by the water authority and by the press over the years since the first dam was built.\n\n"
    "Name\tHeight\tFinished\nUpper Dam\t45 m\t1998\nLower Dam\t60 m\t2004\n\n"
    "Notes\na. Heights are those of the crest.\n\n"
    "Reception\n"
    "The engineer Petra Vollmer said the second dam had displaced more than 3,400 villagers from their homes, and in "
    "2019 the provincial assembly ordered a review of the scheme that is still under way.\n\n"
    'References\n^ Vollmer, Petra (2020). "Dams and their people". Water Review. 12 (3): 40–55.\n'
)


def test_a_section_of_prose_after_a_tables_notes_is_read_again() -> None:
    r = analyse(_LIST_ARTICLE)
    assert 3400 in {c.value for c in r.claims}
    assert "2019" in {d.value for d in r.dates}


def test_the_reference_list_after_that_section_is_still_no_source_of_figures_or_dates() -> None:
    r = analyse(_LIST_ARTICLE)
    assert not {12, 40} & {c.value for c in r.claims}
    assert "2020" not in {d.value for d in r.dates}


def test_a_download_links_file_size_is_no_count_and_its_unit_no_body() -> None:
    r = analyse("Download the annual report (PDF, 4.1 MB) or the summary in Kazakh (PDF, 850 KB).\n")
    assert not r.claims
    assert not names(r, *BODIES)


def test_a_comparisons_like_is_no_part_of_the_name_after_it() -> None:
    r = analyse("Like Marta Olesen before her, the poet wrote of the years in exile.\n")
    assert "Marta Olesen" in names(r, t.PERSON)
    assert "Like Marta Olesen" not in names(r, t.PERSON)


def test_a_licence_a_work_is_shared_under_is_no_body() -> None:
    r = analyse("Photographs are shared under the Creative Commons Attribution License, code under the MIT License.")
    assert not names(r, *BODIES)


def test_people_counted_by_where_they_returned_from_are_people() -> None:
    sentence = "Of the 900 returnees we documented, 212 were later sentenced to prison terms."
    assert claim_kind("returnees", "900", sentence) != "returnee"


def test_the_counted_peoples_fate_after_their_long_relative_clause_says_what_the_count_is() -> None:
    sentence = (
        "In those years at least 640 students who had gone abroad to study theology and languages at the "
        "universities of Cairo, Istanbul and Kuala Lumpur disappeared into detention, their parents said."
    )
    assert claim_kind("students", "at least 640", sentence) == DETAINED


def test_an_age_after_of_before_for_and_an_age_at_the_time_after_a_name() -> None:
    r = analyse("A guard beat a man of 68 for praying. Their son, Arslan Tokhti, 9 at the time, stayed with an aunt.\n")
    ages = {c.value for c in r.claims if c.unit == "years old"}
    assert {68, 9} <= ages


def test_a_name_the_page_calls_a_pseudonym_is_a_person() -> None:
    r = analyse("3. Interview with Aynur (pseudonym), Almaty, 3 May 2023.\nA man, Mehmet (not his real name), said it.")
    assert {"Aynur", "Mehmet"} <= names(r, t.PERSON)
    assert "Almaty" not in names(r, t.PERSON)


def test_one_word_in_a_column_of_common_nouns_is_no_place() -> None:
    r = analyse(
        "Name\tLocation\tSector\tDate added\n"
        "Northfield Cotton Co., Ltd.\tKorla, Xinjiang\tCotton yarn\t3 May 2023\n"
        "Bright Star Mining Ltd.\tHami, Xinjiang\tConglomerate\t3 May 2023\n"
        "Redhill Chemical Co.\tTurpan, Xinjiang\tPolysilicon\t5 June 2023\n"
        "Eastgate Foods Ltd.\tQingdao, Shandong\tSeafood processing\t5 June 2023\n"
    )
    places = names(r, t.PLACE)
    assert {"Korla", "Hami", "Turpan"} <= places
    assert not {"Conglomerate", "Polysilicon"} & places


def test_a_reference_lists_sub_heading_before_an_author_date_entry_keeps_the_list_apparatus() -> None:
    text = (
        "The river\n\nThe river runs for 900 kilometres through the valley, and its dams have displaced many of the "
        "families who farmed its banks, as reporters and engineers have told over many years since then.\n\n"
        "References\nBooks\n"
        "Vollmer, Petra. 2016. Forty Years on the River: How the Valley's Farms Were Flooded, the People Who Left "
        "Them and the Towns That Took Them In. Second edition. Leipzig: Ostwind Verlag.\n"
    )
    r = analyse(text)
    assert "2016" not in {d.value for d in r.dates}
