"""Rules of the forty-second English held-out round: a list line opened by a name and the bracket of its
bearer's life; a single name after a relative introduced with an article; a football club named with its
initials; a state named by a direction and its country's name; a language named by its period; a work named
by a count; a page's counter of comments alone on its line; a number word a total was brought to; "one" before
a thing and a count of things. The sentences are written for these tests."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def test_a_list_line_of_a_name_and_its_life_dates_names_a_person() -> None:
    text = (
        "Notable people\n"
        "Abdukerim Tohtiyev (born 1931), poet and translator of classical songs\n"
        "Sanubar Qasim-Ayup (born 1969), folk singer who left for Almaty in 2009\n"
        "Tursun Ehmetjan (1940–2011) – teacher at the county school\n"
        "Kashgar Prefecture (1950–1955), an earlier unit\n"
    )
    result = analyse(text)
    people = names(result, t.PERSON)
    assert {"Abdukerim Tohtiyev", "Sanubar Qasim-Ayup", "Tursun Ehmetjan"} <= people
    assert not any("Kashgar" in p for p in people)


def test_a_single_name_after_a_relative_with_an_article_is_a_person() -> None:
    text = "An elder brother, Ilyar, was taken away in 2018. A cousin, Patigul, still lives in Aksu."
    assert {"Ilyar", "Patigul"} <= names(analyse(text), t.PERSON)


def test_a_football_club_named_with_its_initials_is_an_organisation() -> None:
    text = "He played for Tengritagh Snow Lotus F.C. and later for Kashgar Silk Road FC in the league."
    bodies = names(analyse(text), t.ORGANIZATION)
    assert {"Tengritagh Snow Lotus F.C.", "Kashgar Silk Road FC"} <= bodies


def test_a_direction_before_a_countrys_name_names_a_state_of_its_own() -> None:
    text = "The family settled in Western Australia, then moved to South Australia in 2015."
    places = names(analyse(text), t.PLACE)
    assert {"Western Australia", "South Australia"} <= places
    assert "Australia" not in places


def test_a_language_named_by_its_period_and_a_work_named_by_a_count_are_no_names() -> None:
    text = (
        "The inscription is written in Old Turkic and Middle Persian. "
        "She recorded the Twelve Muqam with an ensemble in 2004."
    )
    result = analyse(text)
    assert not names(result, t.PLACE) & {"Old", "Middle", "Old Turkic", "Middle Persian"}
    assert "Twelve Muqam" not in names(result, t.ORGANIZATION)


def test_a_pages_comment_counter_alone_on_its_line_is_no_claim() -> None:
    text = "The petition has 3,120 signatures, the organisers said.\n57 comments\nMost read\n"
    assert {c.value for c in analyse(text).claims} == {3120}
    counted = analyse("The consultation drew 57 comments from residents.").claims
    assert {c.value for c in counted} == {57}


def test_a_number_word_a_total_was_brought_to_is_a_count() -> None:
    text = "Police detained two more men in May, bringing the number of villagers held to five."
    values = {c.value for c in analyse(text).claims}
    assert 5 in values
    assert {c.value for c in analyse("She took the bus to three villages near the border.").claims} == {3}


def test_one_before_a_count_of_things_counts_the_thing_it_names() -> None:
    text = "The prefecture has one city and four counties, and the team met one official and three other cadres."
    claims = {(c.value, c.unit) for c in analyse(text).claims}
    assert {(1, "city"), (4, "counties"), (1, "official"), (3, "cadres")} <= claims
    assert {c.value for c in analyse("One day and two nights later he was released.").claims} == {2}


def test_one_between_two_counts_is_read_once() -> None:
    text = "The programme covered two villages and one county and three towns in 2019."
    ones = [c for c in analyse(text).claims if c.value == 1]
    assert [(c.value, c.unit) for c in ones] == [(1, "county")]
