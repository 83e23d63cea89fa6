"""English shapes earlier rounds left unread: a speaker's name in capitals on its own line over what the speaker
says, a roster's "Name - post" lines, a picture's credit whose agency ran into the next line, a street named after a
title's bearer and a house's number before gardens or a yard, two companies joined by "and" where the second is
named after its city, a numbered review "of" something, and two cited cases joined by "and". The sentences below are
written for these tests; public bodies and places are themselves, every private person and company is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names

BODIES = (t.ORGANIZATION, t.PUBLIC_BODY)


# -- 1. a speaker's name alone on its line -------------------------------------------------------------------------


def test_a_transcripts_speakers_in_capitals_over_their_words_are_people() -> None:
    r = analyse(
        "Hearing record, second session\n\nThe chair opened the hearing.\nAYGUL HASAN\nWe want to know where our "
        "brother is.\nERKIN SIDIK\nThe camps are real and my mother is in one.\nAYGUL HASAN\nI wrote to the embassy "
        "twice.\nERKIN SIDIK\nMy letters came back."
    )
    assert {"Aygul Hasan", "Erkin Sidik"} <= names(r, t.PERSON)
    assert not [n for n in names(r, t.PERSON) if n.startswith(("We ", "The ", "My ", "I "))]


def test_a_speaker_named_once_in_capitals_is_a_person_where_the_page_names_her_in_prose() -> None:
    r = analyse(
        "Hearing\n\nDilnur Osman, whose sister is missing, spoke first.\nDILNUR OSMAN\nWe have heard nothing "
        "since March."
    )
    assert names(r, t.PERSON) == {"Dilnur Osman"}


def test_headings_in_capitals_over_a_reports_prose_name_no_one() -> None:
    r = analyse(
        "Annual report\n\nKEY FINDINGS\nWe found that the key findings of 2019 still hold.\nNEXT STEPS\nWe call on "
        "the government to take the next steps.\nKEY FINDINGS\nWe found more."
    )
    assert not names(r, t.PERSON)


# -- 2. rosters and a picture's credit ----------------------------------------------------------------------------


def test_a_rosters_names_with_their_posts_after_a_dash_a_comma_or_a_bracket_are_people() -> None:
    r = analyse(
        "Members of the delegation\n\nLena Vogt - Chair\nOmar Haddad - senior rapporteur\nSaule Nurlanova "
        "(Secretary)\nTomas Brenner, legal adviser\n"
    )
    assert {"Lena Vogt", "Omar Haddad", "Saule Nurlanova", "Tomas Brenner"} <= names(r, t.PERSON)


def test_a_roster_line_that_opens_with_a_body_or_a_place_names_no_person() -> None:
    r = analyse("Contacts\n\nHuman Rights Watch - Director\nKashgar Prefecture - Party Secretary\n")
    assert not names(r, t.PERSON)


def test_a_tables_row_with_a_post_in_its_next_cell_is_read_as_before() -> None:
    r = analyse("Name\tPost\tSentence\nAbdurehim Sadiq\tNovelist, poet\t16 years\nMarat Seitov\tTeacher\t10 years\n")
    assert not [n for n in names(r, t.PERSON) if "Novelist" in n or "Teacher" in n]


def test_a_pictures_credit_ends_its_line_and_the_agency_runs_into_no_sentence() -> None:
    r = analyse(
        "Guards at a school\n\nPhoto: ABDULLA KERIM / AFP\nPolice stand outside a school in Hotan on Monday, "
        "as parents wait at the gate."
    )
    assert "Abdulla Kerim" in names(r, t.PERSON)
    assert not [n for n in names(r, *BODIES) if "Police" in n and "AFP" in n]
    assert names(r, *BODIES) & {"AFP", "Agence France-Presse"}


# -- 3. streets and buildings --------------------------------------------------------------------------------------


def test_a_street_named_after_a_title_and_a_name_is_no_person() -> None:
    for street in ("King Charles Street", "Queen Victoria Street"):
        r = analyse(f"Protesters marched to {street} on Monday.")
        assert not names(r, t.PERSON), street


def test_a_house_number_before_gardens_or_a_yard_counts_nothing() -> None:
    r = analyse("Letters went to 2 Carlton Gardens, London, and to 7 Tanner Yard, Leeds.")
    assert not r.claims
    assert not names(r, t.PERSON)


def test_a_yard_or_gardens_in_an_address_line_is_no_person() -> None:
    r = analyse("Send letters to: Lancaster House, Stable Yard, London SW1A 1BB.")
    assert "Stable Yard" not in names(r, t.PERSON)


def test_a_house_number_is_still_a_count_before_people_in_a_headline() -> None:
    r = analyse("Police detained 40 Uyghur students in Kashgar.")
    assert 40 in {c.value for c in r.claims}


# -- 5. companies named after their city ---------------------------------------------------------------------------


def test_two_companies_joined_by_and_the_second_named_after_its_city_are_two() -> None:
    r = analyse("Aksu Huafu Textiles and Urumqi Jiahe Trading Co. were named in the report.")
    bodies = names(r, *BODIES)
    assert "Aksu Huafu Textiles" in bodies
    assert any(b.startswith(("Urumqi Jiahe Trading", "Ürümqi Jiahe Trading")) for b in bodies)
    assert not [b for b in bodies if " and " in b]
    assert not names(r, t.PLACE)


def test_a_company_whose_name_runs_over_and_to_its_legal_form_stays_one() -> None:
    r = analyse("Guardian News and Media Limited published it.")
    assert "Guardian News and Media Limited" in {m.text for m in r.mentions if m.type in BODIES}


# -- 7. a numbered review of something -----------------------------------------------------------------------------


def test_a_numbered_review_of_something_is_a_document_and_its_year_a_date() -> None:
    r = analyse("The 2015 Review of the policy was published in March. The 1990 Review said 300 people had been held.")
    bodies = names(r, *BODIES)
    assert "1990 Review" in bodies  # a periodical
    assert not [b for b in bodies if b.startswith("2015")]
    assert "2015" in {m.text for m in r.mentions if m.type == t.DATE}
    assert 2015 not in {c.value for c in r.claims}


# -- 8. two cited cases joined by "and" ----------------------------------------------------------------------------


def test_two_cited_cases_joined_by_and_are_two_cases_and_their_parties_read_as_usual() -> None:
    r = analyse("The judges relied on Hartley v Morrow and Fenwick v Carbolic Smoke Ball Company.")
    assert {"Hartley", "Morrow", "Fenwick"} <= names(r, t.PERSON)
    assert "Carbolic Smoke Ball Company" in names(r, *BODIES)
    assert not [n for n in names(r, t.PERSON, *BODIES) if " v " in n or " and " in n]


def test_a_citations_signal_is_no_part_of_the_first_party() -> None:
    r = analyse("See Hartley v Morrow [2019] EWHC 12; cf. Fenwick v Adeyemi.")
    people = names(r, t.PERSON)
    assert {"Hartley", "Morrow", "Fenwick", "Adeyemi"} <= people
    assert not [p for p in people if p.startswith(("See", "Cf"))]


def test_a_party_of_two_joined_by_and_before_the_v_stays_one_side() -> None:
    r = analyse("In Tursun and Okafor v Home Office the claim failed.")
    assert "Home Office" in names(r, *BODIES)
    assert not [n for n in names(r, t.PERSON) if " v " in n]
