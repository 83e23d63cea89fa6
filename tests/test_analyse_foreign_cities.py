"""Cities outside China in English text: a city the model reads whose name opens with a capital bearing a
diacritic, the seat that closes a person's affiliation, a place before "-based" after an article, and a town's
twin or sister cities. The sentences are written for these tests, in the manner of encyclopaedias, reports'
author lines and news pages."""

from habeas.analyse import tables as t
from habeas.analyse.engine import DocumentText, analyse_batch
from habeas.analyse.model import DocumentAnalysis

BODIES = (t.ORGANIZATION, t.PUBLIC_BODY)


def analyse(text: str) -> DocumentAnalysis:
    [result] = analyse_batch([DocumentText("d", [(1, text)])])
    return result


def names(result: DocumentAnalysis, *types: str) -> set[str]:
    return {m.canonical or m.name for m in result.mentions if m.type in types}


def test_a_city_whose_name_opens_with_a_capital_with_a_diacritic_is_a_place() -> None:
    r = analyse("Ayşe Yılmaz was born in Çanakkale in 1980. The delegation later visited Çanakkale, Turkey.")
    assert "Çanakkale" in names(r, t.PLACE)


def test_the_seat_that_closes_a_persons_affiliation_is_a_place_not_a_body() -> None:
    r = analyse(
        "Dr Anna Berg, University of Copenhagen, Copenhagen\n"
        "Dr Tomas Weber, Institute for Asian Studies, Hamburg\n\n"
        "The report was published in March. Peter Novak, a professor at Charles University, Prague, said the "
        "law was vague."
    )
    assert {"Copenhagen", "Hamburg", "Prague"} <= names(r, t.PLACE)
    assert not {"Copenhagen", "Hamburg", "Prague"} & names(r, *BODIES)
    assert {"University of Copenhagen", "Institute for Asian Studies", "Charles University"} <= names(r, *BODIES)
    # a lone body in a list of bodies, with no person before them, is no seat
    r = analyse("The report was funded by the Ford Foundation, Oxfam, and the Open Society Foundations.")
    assert "Oxfam" not in names(r, t.PLACE)


def test_a_place_before_based_after_the_sentences_article_is_a_place() -> None:
    r = analyse("The Almaty-based group Atajurt documented the cases.")
    assert "Almaty" in names(r, t.PLACE)
    assert "Almaty" not in names(r, *BODIES)


def test_a_towns_twin_and_sister_cities_are_places() -> None:
    r = analyse(
        "Ferndale is a market town in the north.\n\nSister cities:\nÇanakkale, Turkey\nDüsseldorf, Germany\n"
        "Bishkek, Kyrgyzstan\n\nThe town is also twinned with Kuala Lumpur (Malaysia), São Paulo (Brazil) and "
        "Osh (Kyrgyzstan).\n\nTwin towns – sister cities\nTaraz, Kazakhstan\nDüsseldorf, Germany\nReferences\n"
        "^ Town council minutes. 2019.\nThis page was last changed on 3 May 2024, at 10:15 (UTC)."
    )
    places = names(r, t.PLACE)
    assert {"Düsseldorf", "Bishkek", "Kuala Lumpur", "São Paulo"} <= places
    assert not {"UTC", "References"} & places  # the list ends at its last "town, country" line
    assert not {"São Paulo", "Kuala Lumpur", "Düsseldorf"} & names(r, t.PERSON)
