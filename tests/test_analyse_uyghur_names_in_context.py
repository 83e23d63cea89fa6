"""A Uyghur's name in English text whose second part the given-name stock does not hold is a person where
what is said around it is said of a person: a verb of what was done to them, a relative pronoun, a role or
a kin word set off by commas. The statistical model misses such names."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def test_a_name_before_what_was_done_to_its_bearer() -> None:
    assert "Memet Tiyip" in names(analyse("Memet Tiyip was detained in 2017."), t.PERSON)


def test_a_name_after_a_role_and_a_comma() -> None:
    text = "Among them was the former principal of the county school, Perhat Tiyip."
    assert "Perhat Tiyip" in names(analyse(text), t.PERSON)


def test_a_given_name_in_a_street_or_a_title_names_no_one() -> None:
    people = names(analyse("Ilham Street was closed in 2019. Professor Tohti was not in court."), t.PERSON)
    assert "Ilham Street" not in people
    assert "Professor Tohti" not in people
