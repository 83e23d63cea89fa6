"""Twenty-sixth round of analysis on text it was not written for (English): each test is one class of error a
twenty-sixth held-out set (bench/data/extraction/heldout26-en: an encyclopaedic biography with an infobox and
references, a regional newspaper's story on a local family, a live blog on a council vote) showed. The sentences
are written for these tests; the people, bodies, places and figures in them are not the held-out set's."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, names

# -- places --------------------------------------------------------------------------------------------------


def test_a_known_city_abroad_after_a_preposition_is_a_place() -> None:
    r = analyse("She left Kashgar for Edmonton in 2016. He left Turpan for Christchurch in 2010.")
    assert {"Edmonton", "Christchurch"} <= names(r, t.PLACE)
    assert "Edmonton" not in names(r, *BODIES)


def test_a_city_before_another_capitalised_word_is_left_to_its_longer_name() -> None:
    r = analyse("She sings every spring in Perth Amboy with her choir.")
    assert "Perth" not in names(r, t.PLACE)


def test_a_suburb_named_for_its_land_is_a_place_and_no_person() -> None:
    r = analyse("Related\nParafield school wins state debating title\nCouncil approves new library for Golden Lakes\n")
    assert "Golden Lakes" in names(r, t.PLACE)
    assert "Golden Lakes" not in names(r, *BODIES) | names(r, t.PERSON)


# -- bodies --------------------------------------------------------------------------------------------------


def test_a_weekday_after_a_chamber_is_no_part_of_its_name() -> None:
    r = analyse("The member for the area raised her case in Parliament on Monday and wrote to the department.")
    assert not any("Monday" in n for n in names(r, *BODIES))


def test_a_degree_in_brackets_after_a_university_is_no_body() -> None:
    r = analyse(
        "Born: 3 June 1975, Aksu, Xinjiang, China\n"
        "Alma mater: Kashgar University (BA); Minzu University of China (MA, PhD)\n"
        "Occupation: Poet"
    )
    bodies = names(r, *BODIES)
    assert {"Kashgar University", "Minzu University of China"} <= bodies
    assert not {"BA", "MA", "PhD"} & bodies


def test_a_legislature_named_alone_after_in_or_told_is_a_body() -> None:
    r = analyse("The member for Ballarat raised the case in Parliament on Monday. She told Parliament it was urgent.")
    assert "Parliament" in names(r, t.PUBLIC_BODY)
    assert not any("Monday" in n for n in names(r, *BODIES))
