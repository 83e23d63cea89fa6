"""Thirty-first round of analysis on text it was not written for (English): each test is one class of error a
thirty-first held-out set (bench/data/extraction/heldout31-en: an encyclopaedic article on a diaspora community,
a broadcaster's explainer, a prosecutor's press release) showed. The sentences are written for these tests; the
people, bodies, places and figures in them are not the held-out set's."""

from habeas.analyse import tables as t
from habeas.analyse.claim_kinds import POPULATION, claim_kind
from habeas.analyse.english_rules import _place_inside_a_name
from test_analyse_unseen import analyse, names

# -- people ----------------------------------------------------------------------------------------------------


def test_a_places_name_between_a_given_and_a_family_name_is_a_middle_name() -> None:
    r = analyse("Ahmet Hotan Yıldız settled in Bursa in 1953 and taught there.")
    assert "Ahmet Hotan Yıldız" in names(r, t.PERSON)
    assert "Hotan" not in names(r, t.PLACE)


def test_a_place_between_capitalised_words_of_a_quoted_title_or_a_list_of_places_stays_a_place() -> None:
    text = 'She signed "Save Kashgar Families" and moved from Urumqi Hotan Aksu.'
    at = text.index("Kashgar")
    assert _place_inside_a_name(1, text, at, at + len("Kashgar")) is None
    at = text.index("Hotan")
    assert _place_inside_a_name(1, text, at, at + len("Hotan")) is None
    found = _place_inside_a_name(1, "Later Said Hotan Berk wrote.", 11, 16)
    assert found is None  # a third capitalised word before the run: no run of three


def test_a_knights_honour_after_a_post_leaves_a_three_word_name_whole() -> None:
    r = analyse("Beijing also sanctioned five peers, among them the MP Sir Alan Mowbray Hart.")
    assert "Alan Mowbray Hart" in names(r, t.PERSON)
    assert "Alan Mowbray" not in names(r, t.PERSON)


# -- bodies ----------------------------------------------------------------------------------------------------


def test_a_body_named_in_turkish_head_last_is_a_body_not_a_person() -> None:
    text = (
        "The Kashgar Culture Foundation (Kaşgar Kültür ve Yardımlaşma Vakfı) runs a library.\n\n"
        "References\n4. ^ Danıştay İdari Dava Daireleri Kurulu Mahkemesi, decision no. 2022/118, 3 May 2022.\n"
    )
    r = analyse(text)
    assert "Kaşgar Kültür ve Yardımlaşma Vakfı" in names(r, t.ORGANIZATION)
    assert not {"Yardımlaşma Vakfı", "Kurulu Mahkemesi"} & names(r, t.PERSON)
    assert any(n.endswith("Mahkemesi") for n in names(r, t.PUBLIC_BODY))


# -- places ----------------------------------------------------------------------------------------------------


def test_the_cells_of_a_tables_city_and_district_columns_are_places() -> None:
    text = (
        "The survey's estimates by city.\n\n"
        "City | District | Households\n"
        "Bursa | Osmangazi | 2,100\n"
        "Konya | Meram (Selçuklu) | 640\n"
        "Total | | 2,740\n"
    )
    r = analyse(text)
    assert {"Bursa", "Osmangazi", "Konya", "Meram", "Selçuklu"} <= names(r, t.PLACE)
    assert "Total" not in names(r, t.PLACE)


def test_a_table_without_a_place_heading_gives_no_places_from_its_cells() -> None:
    r = analyse("Results.\n\nTeam | Coach | Wins\nNorthfield | Ortega | 12\n")
    assert "Northfield" not in names(r, t.PLACE)


# -- figures ---------------------------------------------------------------------------------------------------


def test_bare_figures_in_a_sentence_that_opens_on_estimates_of_a_number_are_counted() -> None:
    r = analyse(
        "Estimates of their number differ: the census put the figure at about 12,000 in 2015, while community "
        "leaders speak of 20,000 or more, and a 2022 study estimated between 14,000 and 16,000."
    )
    found = {c.value: c for c in r.claims}
    assert {12000, 20000} <= set(found)
    assert any(c.low == 14000 for c in r.claims)
    assert all(c.unit for c in r.claims)


def test_bare_figures_in_other_sentences_still_count_nothing() -> None:
    r = analyse("Figures were read out. The chair wrote 12,000 on the board, then the meeting ended.")
    assert 12000 not in {c.value for c in r.claims}


def test_a_total_population_field_counts_the_population() -> None:
    r = analyse("Kyrgyz in Turkey\n\nTotal population: 4,000–6,000 (2020 est.)\nLanguages: Kyrgyz, Turkish\n")
    found = [c for c in r.claims if c.value == 6000]
    assert found and found[0].unit == "population" and found[0].low == 4000


def test_a_word_after_the_people_counted_is_no_part_of_what_is_counted() -> None:
    r = analyse(
        "Officials admit they held more than 8,000 Kazakhs against their wishes. The mayor said the city's "
        "2 million residents enjoy peace. About 40 people sentenced in 2019 appealed."
    )
    units = {c.value: c.unit for c in r.claims}
    assert units[8000] == "Kazakhs"
    assert units[2000000] == "residents"
    assert units[40] == "people sentenced"


def test_a_telephone_number_spelt_partly_in_letters_is_no_count() -> None:
    r = analyse("Anyone with information can call 1-888-TIPS-NOW. Agents interviewed 45 witnesses.")
    assert {c.value for c in r.claims} == {45}


def test_the_people_a_place_holds_in_the_possessive_are_its_population() -> None:
    r = analyse("The mayor said the city's 3 million people feel safe.")
    found = [c for c in r.claims if c.value == 3000000]
    assert found
    assert claim_kind(found[0].unit, found[0].number_text, found[0].text) == POPULATION
