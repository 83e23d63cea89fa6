"""Official letters and records in English: a department's teams and units named by two subjects, US cities
with their states' postal codes as shipping records and addresses write them."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, names


def test_a_team_or_unit_named_by_two_subjects_is_one_body() -> None:
    text = (
        "Your request was passed to the Records and Archives Team, which works with the Audit and Assurance "
        "Unit. A complaint may be sent to the Licensing and Compliance Team within two months."
    )
    bodies = names(analyse(text), *BODIES)
    assert {"Records and Archives Team", "Audit and Assurance Unit", "Licensing and Compliance Team"} <= bodies
    assert not {"Records", "Archives Team", "Licensing", "Compliance Team"} & bodies


def test_a_us_city_before_its_states_postal_code_is_a_place_and_the_code_is_none() -> None:
    text = (
        "Port of lading | Port of unlading | Weight (kg)\n"
        "Tianjin | Baltimore, MD | 12,000\n"
        "Ningbo | Norfolk, VA | 8,500\n\n"
        "The cargo then went by rail from Jacksonville, FL to Memphis, TN."
    )
    r = analyse(text)
    places, bodies = names(r, t.PLACE), names(r, *BODIES)
    assert {"Baltimore", "Norfolk", "Jacksonville", "Memphis"} <= places
    assert not {"MD", "VA", "FL", "TN", "Baltimore", "Norfolk"} & (places - {"Baltimore", "Norfolk"} | bodies)


def test_an_acronym_of_a_law_with_the_initial_of_its_of_is_the_law_no_body() -> None:
    text = "The board relied on the Freedom of Expression Act 2019 (the FOEA), but the FOEA was later repealed."
    r = analyse(text)
    assert "FOEA" not in names(r, *BODIES)


def test_a_persons_degree_or_a_quoted_reply_is_no_city_and_state() -> None:
    text = (
        "The review was written by Helen Carter, MD, and Paul Grant, MA, of the clinic in Towson, MD.\n"
        "Signed,\nLaura Hill, PA\n\n"
        "“Thanks, OK,” she replied."
    )
    r = analyse(text)
    places, people = names(r, t.PLACE), names(r, t.PERSON)
    assert {"Helen Carter", "Paul Grant", "Laura Hill"} <= people
    assert not {"Helen Carter", "Paul Grant", "Laura Hill", "Thanks"} & places
    assert "Towson" in places
