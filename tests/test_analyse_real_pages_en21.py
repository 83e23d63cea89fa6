"""English pages as copied from the web, a twenty-second batch of real pages read outside the project (online
encyclopaedias' and dictionaries' entries on a people, an ethnographic culture summary, a Model United Nations
guide, Central Asian and Turkish diaspora reports from broadcasters, newspapers and their reposts). The pages
below are written for these tests; the well-known bodies and places in them are themselves, everyone else is
invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def _claim_numbers(text: str) -> list[str]:
    return [c.number_text for c in analyse(text).claims]


def test_a_year_of_an_era_is_no_claim_and_its_letters_no_place() -> None:
    text = (
        "From 618 to 907 C.E. the kingdom ruled the oases. The town fell in 1220 CE and was rebuilt in 450 A.D.\n\n"
        "A temple stood there in 320 B.C.E., and the walls were raised in AD 1350.\n"
    )
    r = analyse(text)
    assert r.claims == []
    assert not {"C.E.", "A.D.", "B.C.E."} & names(r, t.PLACE, t.ORGANIZATION, t.PERSON)


def test_letters_like_an_eras_that_are_no_era_still_count() -> None:
    assert _claim_numbers("About 300 ADs were sold and 40 CEOs resigned.") == ["About 300", "40"]


def test_a_place_named_given_name_after_a_post_is_a_person() -> None:
    r = analyse("In a statement, foreign affairs spokesman Hami Toksoy called for the camps to close.\n")
    assert "Hami Toksoy" in names(r, t.PERSON)
    assert "Hami" not in names(r, t.PLACE)


def test_a_place_after_a_post_and_before_a_bodys_word_stays_a_place() -> None:
    r = analyse("The governor Kashgar Prefecture named was new. A minister in Hami City said so.\n")
    assert not names(r, t.PERSON)


def test_a_name_before_mountain_range_is_a_place() -> None:
    r = analyse(
        "The two basins are divided by the massive Tian Shan mountain range. Around them rise the Karakoram and "
        "Kunlun mountain ranges in the south and the Altai mountains in the north.\n"
    )
    assert {"Tian Shan", "Karakoram", "Kunlun"} <= names(r, t.PLACE)
    assert not {"Tian Shan", "Karakoram"} & names(r, t.PERSON, t.ORGANIZATION)


def test_a_bodys_name_glossed_in_brackets_before_its_appositive_is_a_body() -> None:
    r = analyse(
        "Many turned to Bolat Eriktileri (Friends of the Homeland), a human-rights group founded by returnees "
        "from the region.\n"
    )
    assert "Bolat Eriktileri" in names(r, t.ORGANIZATION)
    assert not {"Bolat Eriktileri", "Homeland"} & names(r, t.PERSON, t.PLACE)


def test_initials_in_brackets_before_an_appositive_are_no_gloss() -> None:
    r = analyse(
        "The findings were published by the Uyghur Human Rights Project (UHRP), a Washington-based advocacy "
        "group, on Tuesday.\n"
    )
    assert "Uyghur Human Rights Project" in names(r, t.ORGANIZATION)
