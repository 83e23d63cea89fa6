"""Rules of the forty-fifth English held-out round: a university infobox's counting fields; a vote's tally
written with a hyphen; a chronology's "year – Renamed …" and "year – Admitted to …" lines; a short form first in
a bracket that goes on after a semicolon; a title's word that opens a department's portfolio; a state bill by
its chamber and number; a month alone after a chronology's year on a page with a later date of its own. The
sentences are written for these tests."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def test_a_university_infoboxs_counting_fields_are_claims_and_no_names() -> None:
    text = (
        "Kashgar Polytechnic\n"
        "Type\tPublic\n"
        "Academic staff\t1,380 (2022)[2]\n"
        "Students\t27,500 (2022)[2]\n"
        "Undergraduates\t21,300\n"
        "Postgraduates\t6,200\n"
        "Location\tKashgar, Xinjiang, China\n"
    )
    result = analyse(text)
    assert {1380, 27500, 21300, 6200} <= {c.value for c in result.claims}
    assert "Postgraduates" not in names(result, t.PLACE, t.PERSON, t.ORGANIZATION)


def test_a_votes_tally_written_with_a_hyphen_counts_votes_on_both_sides() -> None:
    text = "The measure passed the state Senate 31-8 on Tuesday and goes to the governor next."
    assert {(c.value, c.unit) for c in analyse(text).claims} == {(31, "votes"), (8, "votes")}
    assert not analyse("The home side won 3-1 on Sunday. Call 555-0100 to order tickets.").claims
    assert 218210 not in {c.value for c in analyse("The House voted 218-210 to pass the package.").claims}


def test_a_chronologys_opening_participle_is_no_word_of_a_name() -> None:
    text = (
        "History\n"
        "1952 – Opened as the Kashgar Teachers' School.\n"
        "1978 – Renamed Kashgar Teachers College.\n"
        "2003 – Admitted to Programme 985.\n"
    )
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert "Kashgar Teachers College" in bodies
    assert not any(b.startswith(("Renamed", "Admitted")) or b == "Programme" for b in bodies)


def test_a_short_form_first_in_a_bracket_that_goes_on_is_the_bodys() -> None:
    text = "Kashgar University (KSU; Uyghur: قەشقەر ئۇنىۋېرسىتېتى) is a public university. KSU has three campuses."
    result = analyse(text)
    short = {m.canonical for m in result.mentions if m.name == "KSU"}
    assert short == {"Kashgar University"}


def test_a_titles_word_opening_a_departments_portfolio_names_no_one() -> None:
    text = "The Oregon Department of General Services holds 9 contracts with the firm."
    result = analyse(text)
    assert not names(result, t.PERSON)
    assert "Oregon Department of General Services" in names(result, t.PUBLIC_BODY, t.ORGANIZATION)


def test_a_state_bill_by_its_chamber_and_number_names_no_body() -> None:
    text = "Rep. Tom Carver has introduced House Bill 402, which would bar state agencies from buying such goods."
    assert not names(analyse(text), t.PUBLIC_BODY, t.ORGANIZATION) & {"House", "House Bill"}


def test_a_month_alone_after_a_chronologys_year_takes_that_year() -> None:
    text = (
        "History\n"
        "2016 – In March, the rector was detained at the airport.\n"
        "2019 – In September the court confirmed the sentence.\n"
        "This page was last edited on 2 February 2025, at 10:12 (UTC).\n"
    )
    values = {d.value for d in analyse(text).dates}
    assert {"2016-03", "2019-09"} <= values


def test_a_given_name_alone_with_an_age_set_off_names_the_person_and_her_age() -> None:
    text = (
        "Her brother, Dilshat Omer, lives in Toronto. Dilshat, 34, works as a nurse at a city hospital.\n"
        "Her cousin Mahire Yusup stayed behind.\nMahire, 29, was detained in 2019. Overall, 45, said yes."
    )
    result = analyse(text)
    assert {m.canonical for m in result.mentions if m.name == "Dilshat"} == {"Dilshat Omer"}
    assert "Overall" not in names(result, t.PERSON)
    assert {m.canonical for m in result.mentions if m.name == "Mahire"} == {"Mahire Yusup"}
    assert {(34, "years old"), (29, "years old")} <= {(c.value, c.unit) for c in result.claims}


def test_the_border_towns_spelling_khorgos_is_a_place() -> None:
    text = "Related galleries\nWinter trade on the border at Khorgos\nMarkets of the old town\n"
    result = analyse(text)
    assert "Khorgos" in {m.name for m in result.mentions if m.type == t.PLACE}
    assert not names(result, t.ORGANIZATION)
