"""A reference's first author written surname first with a surname of two words ("Smith Finley, Joanne",
"García Márquez, Ana", "De Silva, Priya") is the person named in full, and the prose that names that person
in full is not cut to the surname the reference gives."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def test_a_reference_authors_surname_of_two_words_is_kept_whole() -> None:
    text = (
        "References\n\n"
        "Ortega Villalba, Lucía (2017). Cotton and Conscription. Granada: Alhambra.\n"
        "^ Van Rooyen, Pieter (2021). Fences. Cape Town: Karoo.\n"
        "7. Da Cunha, Marta (2016). Harvests. Lisbon: Tejo.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Lucía Ortega Villalba", "Pieter Van Rooyen", "Marta Da Cunha"} <= people
    assert not {"Lucía Villalba", "Pieter Rooyen", "Marta Cunha"} & people


def test_a_word_pointing_to_a_reference_is_no_surname() -> None:
    text = "Notes\n\nSee Hartley, Owen (2020). Wires. Leeds: Aire.\nIbid. Hartley, Owen (2020).\n"
    people = names(analyse(text), t.PERSON)
    assert "Owen Hartley" in people
    assert not [p for p in people if p.startswith(("See", "Ibid"))]


def test_a_heading_joined_to_the_first_entry_is_no_surname() -> None:
    text = (
        "Lucía Ortega Villalba studied the farms.\n\n"
        "Bibliography\nOrtega Villalba, Lucía (2017). Cotton. Granada: Alhambra."
    )
    people = names(analyse(text), t.PERSON)
    assert "Lucía Ortega Villalba" in people
    assert not [p for p in people if p.startswith("Bibliography")]


def test_the_prose_keeps_the_full_name_the_references_give() -> None:
    text = (
        "The geographer Lucía Ortega Villalba mapped the farms. Ortega Villalba said the fences were new.\n\n"
        "References\n"
        "Ortega Villalba, Lucía (2017). Cotton and Conscription. Granada: Alhambra."
    )
    people = names(analyse(text), t.PERSON)
    assert people == {"Lucía Ortega Villalba"}
