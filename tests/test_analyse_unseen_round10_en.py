"""Tenth round of analysis on text it was not written for (English only): each test is one class of
error a tenth held-out set (bench/data/extraction/heldout10-en) showed after the ninth round's fixes.
The sentences are written for these tests; the people, places and small bodies in them are not the
held-out set's (well-known bodies and cities abroad appear as themselves)."""

from habeas.analyse import tables as t
from habeas.analyse.claim_kinds import SENTENCED, claim_kind
from habeas.analyse.dates import english_dates
from habeas.analyse.english_layout import prepare
from habeas.analyse.english_spacy import spacy_mentions
from habeas.analyse.numbers import english_figures
from test_analyse_unseen import BODIES, analyse, names

# -- people ------------------------------------------------------------------------------------------


def test_a_hyphenated_given_name_is_read_whole() -> None:
    text = "The former councillor Chan Ka-wai and the reporter Mo Lai-sze were held. Kim Jong-un visited."
    found = names(analyse(text), t.PERSON)
    assert {"Chan Ka-wai", "Mo Lai-sze"} <= found
    assert not {"Chan Ka", "Mo Lai"} & found
    assert "Beijing-backed" not in " ".join(names(analyse("The Beijing-backed official Lo Wing-kit spoke."), t.PERSON))


def test_a_name_the_model_runs_into_a_footnote_marker_stops_before_it() -> None:
    text = "It acquitted the social worker Fung Siu-ming.[12] The court rose."
    s = text.index("Fung")
    found = spacy_mentions(1, prepare(text), [(s, text.index("12") + 2, "PERSON")])
    assert [m.name for m in found] == ["Fung Siu-ming"]


def test_a_post_named_alone_is_no_one_and_a_magistrates_title_is_no_part_of_the_name() -> None:
    text = (
        "Security Secretary Tam Yiu-chung, who later became Chief Executive, said so. "
        "Chief Magistrate Peter Ho refused bail."
    )
    found = names(analyse(text), t.PERSON)
    assert "Peter Ho" in found
    assert not {"Executive", "Magistrate Peter Ho"} & found


def test_a_role_after_a_name_may_say_where_the_person_is_from() -> None:
    text = (
        "Reporters spoke to villagers. Tursun Mamat, a farm worker from Aksu who now lives abroad, said he was beaten."
    )
    assert "Tursun Mamat" in names(analyse(text), t.PERSON)


def test_a_posts_portfolio_after_for_is_no_one_and_no_body() -> None:
    text = (
        "The Secretary for Justice, Kevin Yeung, said he would appeal. "
        "The Minister for Foreign Affairs, Anna Berg, spoke."
    )
    result = analyse(text)
    assert {"Kevin Yeung", "Anna Berg"} <= names(result, t.PERSON)
    assert not {"Foreign Affairs", "Justice"} & names(result, t.PERSON, *BODIES)


def test_a_name_after_a_titles_portfolio_is_a_person_and_the_post_holds_its_place() -> None:
    text = (
        "UN Special Rapporteur on Torture Alice Edwards wrote to Beijing. "
        "Minister for Foreign Affairs Helen Clarke spoke. The Commissioner for Human Rights of the Council "
        "of Europe spoke."
    )
    result = analyse(text)
    assert {"Alice Edwards", "Helen Clarke"} <= names(result, t.PERSON)
    assert not {"UN", "Torture Alice Edwards", "Foreign Affairs Helen Clarke"} & names(result, t.PERSON, *BODIES)


def test_a_portfolio_before_a_title_is_part_of_the_post_and_a_representative_is_a_title() -> None:
    text = "Representative Jane Doyle wrote to Energy Secretary Tom Walsh. Xinjiang Governor Erkin Tuniyaz spoke."
    result = analyse(text)
    assert {"Jane Doyle", "Tom Walsh", "Erkin Tuniyaz"} <= names(result, t.PERSON)
    assert not {"Energy", "Representative Jane Doyle"} & names(result, t.PERSON, *BODIES)
    assert "Xinjiang" in names(result, t.PLACE)


def test_a_vietnamese_name_in_a_list_of_people_is_a_person() -> None:
    text = "The report was written by Anna Berg, Tom Walsh and Đặng Thị Hoa.[5] It was cited.[6]"
    assert "Đặng Thị Hoa" in names(analyse(text), t.PERSON)


def test_a_wire_byline_in_capitals_names_people_and_a_surname_alone_is_the_reporter() -> None:
    text = (
        "By MARTA OLSEN and JUN PARK, Associated Press\n\nSEOUL (AP) — Officials met on Monday.\n\n"
        "Park reported from Seoul."
    )
    result = analyse(text)
    assert {"Marta Olsen", "Jun Park"} <= names(result, t.PERSON)
    assert "Park" not in names(result, *BODIES)


def test_page_furniture_words_are_no_names() -> None:
    text = "Advertisement\nSubscribe | Log in\n\nCourt jails activists\n\nBy Anna Berg\n\nA court jailed three."
    assert not {n for n in names(analyse(text), t.PERSON) if "Advertisement" in n or "Subscribe" in n}


# -- bodies ------------------------------------------------------------------------------------------


def test_a_trades_word_after_of_is_part_of_a_bodys_complement() -> None:
    text = "The Bureau of Industry and Security acted. The Ministry of Industry and Information Technology agreed."
    found = names(analyse(text), *BODIES)
    assert {"Bureau of Industry and Security", "Ministry of Industry and Information Technology"} <= found
    assert not {"Security", "Information Technology"} & found


def test_a_police_force_and_a_judiciary_are_public_bodies() -> None:
    text = "Officers of the Macau Police Force arrested him. Judiciary of Singapore (2021). Judgment."
    assert {"Macau Police Force", "Judiciary of Singapore"} <= names(analyse(text), t.PUBLIC_BODY)


def test_two_subjects_joined_by_and_before_one_head_are_one_body_named_with_its_house() -> None:
    text = (
        "Officials of the Xinjiang and Tibet Affairs Office warned. The Health and Social Care Committee "
        "of the House of Commons met. Sanctions by the United States and European Union followed."
    )
    found = names(analyse(text), *BODIES)
    assert {"Xinjiang and Tibet Affairs Office", "Health and Social Care Committee", "House of Commons"} <= found
    assert not {n for n in found if n.startswith("United States and")}


def test_a_body_named_in_its_own_language_a_party_and_a_copyright_holder() -> None:
    text = (
        "The French agency, the Agence de la Biomédecine, agreed. Deputy Anna Rossi of the Friends of Lombardy "
        "party objected.\n\n© 2023 Northbridge Media Services. All rights reserved."
    )
    found = names(analyse(text), *BODIES)
    assert {"Agence de la Biomédecine", "Friends of Lombardy", "Northbridge Media Services"} <= found
    assert "Biomédecine" not in found


def test_a_newsletter_a_documents_series_and_sharing_links_name_nothing() -> None:
    text = "Sign up for our Morning Markets newsletter. Share on LinkedIn | Share on Facebook.\n\nAI 12/3456/2020."
    result = analyse(text)
    assert not {"Morning Markets", "LinkedIn", "AI"} & names(result, *BODIES, t.PLACE)


def test_a_heading_is_no_part_of_the_first_reference_and_a_bodys_title_names_no_body() -> None:
    text = (
        "The report was criticised.[1] Police disagreed.[2]\n\nReferences\n"
        "1. Human Rights Watch (2020). China: In the Shadow of Public Order. Report.\n"
        "2. Smith, Jane (2021). A study. Press.\n"
    )
    found = names(analyse(text), *BODIES)
    assert "Human Rights Watch" in found
    assert not {n for n in found if n.startswith("References") or n == "Public Order"}


def test_a_countrys_agency_the_model_cuts_at_and_is_whole() -> None:
    text = "Between 2019 and 2024, U.S. Customs and Border Protection detained more than 10,000 shipments."
    bodies = names(analyse(text), *BODIES)
    # one whole body, by the known bodies' canonical name ("U.S. ...") or the rule's ("United States ...")
    assert bodies in ({"U.S. Customs and Border Protection"}, {"United States Customs and Border Protection"})


def test_a_pages_path_is_no_body() -> None:
    text = "Menu\nSearch\nHome > World > Asia-Pacific\n\nA court in Seoul ruled."
    assert not {n for n in names(analyse(text), *BODIES) if ">" in n}


def test_a_time_zone_is_no_body() -> None:
    text = "Updated Thu 17 Feb 2022 09.15 GMT\n\nA court in Astana jailed two men."
    assert "GMT" not in names(analyse(text), *BODIES)


# -- places ------------------------------------------------------------------------------------------


def test_names_listed_after_a_plural_noun_for_places_are_places() -> None:
    text = "Stalls opened in all 18 districts, from Kwun Tong and Yuen Long in the New Territories to Central."
    found = names(analyse(text), t.PLACE)
    assert {"Kwun Tong", "Yuen Long", "New Territories", "Central"} <= found
    assert not {"Kwun Tong", "Yuen Long"} & names(analyse(text), t.PERSON)


def test_a_known_place_before_a_features_word_is_a_place_of_its_own() -> None:
    assert "Hong Kong Island" in names(analyse("Rallies were held on Hong Kong Island and in Beijing."), t.PLACE)


def test_a_word_joined_to_a_place_at_a_clauses_end_is_a_place() -> None:
    assert "Bergamo" in names(analyse('He praised "growers in Verona and Bergamo". Prices rose.'), t.PLACE)
    assert "Reuters" not in names(analyse("Talks in Beijing and Reuters reported a deal."), t.PLACE)


def test_one_word_the_model_reads_as_a_body_is_the_place_the_document_names_elsewhere() -> None:
    text = "Astana court jails three activists\n\nBy Anna Berg in Astana\n\nThe court ruled on Thursday."
    result = analyse(text)
    assert "Astana" in names(result, t.PLACE)
    assert "Astana" not in names(result, *BODIES)


# -- figures and dates -------------------------------------------------------------------------------


def _figures(text: str) -> set[tuple[float, str]]:
    return {(f.value, f.unit) for f in english_figures(text, [])}


def test_an_amount_after_a_currency_sign_counts_money() -> None:
    found = _figures("Exports were worth about $240 million, and a fine of HK$5,000 was paid.")
    assert {(240_000_000.0, "US dollars"), (5000.0, "HK dollars")} <= found


def test_a_dozen_a_part_of_a_million_and_a_hyphenated_number_word_are_counts() -> None:
    found = _figures("It is sold in at least a dozen countries by the thirty-two member firms.")
    assert {(12.0, "countries"), (32.0, "member firms")} <= found
    found = _figures("Nearly half a million people and half a dozen families were moved.")
    assert {(500_000.0, "people"), (6.0, "families")} <= found


def test_a_term_of_years_and_months_is_one_count_and_a_reading_time_is_none() -> None:
    found = english_figures("She was jailed for six years and four months.\n5 min read", [])
    assert [(f.value, f.unit) for f in found] == [(6.0, "years")]


def test_a_pages_age_and_a_clock_time_with_a_full_stop_count_nothing() -> None:
    text = "This article is more than 3 years old\nFri 4 Mar 2022 10.40 GMT\nAt 7.30pm 40 people gathered."
    figures = english_figures(text, [(d.start, d.end) for d in english_dates(text)])
    assert [(f.value, f.unit) for f in figures] == [(40.0, "people gathered")]


def test_a_number_after_what_was_done_to_people_counts_people() -> None:
    found = _figures("The court convicted 9 of the 11 and acquitted two, a teacher and a nurse.")
    assert {(9.0, "people"), (2.0, "people")} <= found
    assert claim_kind("defendants sentenced", "45", "with 45 defendants sentenced to prison") == SENTENCED


def test_a_range_written_with_to_is_one_count() -> None:
    found = [
        (f.value, f.low, f.high, f.unit)
        for f in english_figures("Cells held 20 to 30 people. The vote was 5 to 4.", [])
    ]
    assert (30.0, 20.0, 30.0, "people") in found  # a range's value is its higher end
    assert not [x for x in found if x[1] == 5.0]


def test_a_weekday_picks_the_year_of_a_day_without_one() -> None:
    text = "Published 9 October 2024. Farmers were held until March 2020. A hearing is set for Tuesday, 22 October."
    dates = {d.text: d.value for d in english_dates(text)}
    assert dates["22 October"] == "2024-10-22"
