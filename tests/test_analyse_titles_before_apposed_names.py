"""A person named at a sentence's start with a title and an apposition saying what they do is named without
the title, as everywhere else on the page."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def test_a_professor_apposed_at_a_sentence_start_is_named_without_the_title() -> None:
    text = "Professor Gulnisa Imin, a historian at Kashgar University, was detained in 2018."
    people = names(analyse(text), t.PERSON)
    assert "Gulnisa Imin" in people
    assert "Professor Gulnisa Imin" not in people
