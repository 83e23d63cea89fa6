"""A school named of its town and its level, and a hospital named of its town or its owner, are bodies;
a level or "Hospital" alone names none."""

from test_analyse_unseen import BODIES, analyse


def bodies(text: str) -> set[str]:
    """The bodies as the page writes them (the gazetteer's own spelling of a town aside)."""
    return {m.name for m in analyse(text).mentions if m.type in BODIES}


def test_a_school_named_of_its_town_and_its_level_is_a_body() -> None:
    found = bodies(
        "Her daughter was moved from Maralbexi No. 3 Middle School to a boarding school in 2018. Teachers "
        "of Toksun Senior High School and of Qaghiliq Primary School were asked to sign pledges."
    )
    assert {"Maralbexi No. 3 Middle School", "Toksun Senior High School", "Qaghiliq Primary School"} <= found


def test_a_hospital_named_of_its_town_or_its_owner_is_a_body() -> None:
    found = bodies(
        "He died at Tokkuzak Railway Hospital in March. Staff of Qumul Oilfield Hospital confirmed the date."
    )
    assert {"Tokkuzak Railway Hospital", "Qumul Oilfield Hospital"} <= found


def test_a_schools_level_alone_names_no_body() -> None:
    from habeas.analyse.english import classify_run

    assert classify_run(["Senior", "High", "School"]) is None
    assert classify_run(["Primary", "School"]) is None
    assert classify_run(["The", "Hospital"]) is None
