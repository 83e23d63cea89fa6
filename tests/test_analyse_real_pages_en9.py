"""English encyclopaedia, news and statement pages on leaks, counter-sanctions, prefectures and musicians, as
copied from the web. A tenth batch of probes of real pages (a leak's article and its reports, a ministry's list
of sanctioned members and bodies and the news of it, pages on two prefectures, pages on detained singers; read
outside the project, never stored in it) read members counted by their initials as a body, a qualifier before a
people's name as a body, a romanisation's initials as bodies where the bracket opens in lower case, a leak's
name as a body, a studio credited under a photo as a person, two bodies joined by a comma as one and a
settlement's seat with its label. The pages below are written for these tests; the officials and well-known
bodies in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def _bodies(text: str) -> set[str]:
    result = analyse(text)
    return names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)


def test_members_counted_by_their_initials_are_no_body() -> None:
    text = (
        "Beijing answered by barring seven MEPs, two NGOs, EU diplomats and the Danish Refugee Council from "
        "entering the country.\n"
    )
    bodies = _bodies(text)
    assert not {"MEPs", "NGOs"} & bodies
    assert "Danish Refugee Council" in bodies


def test_a_word_before_a_peoples_name_makes_no_body() -> None:
    text = (
        "Uyghur poet missing in Xinjiang\n\n12 March 2020\n"
        "Celebrated Uyghur poet Almas Tursunjan has been taken to a camp, his sister says.\n\n"
        "Screen grab\n\nPopular Kazakh singer and dombra player Dana Serikkyzy has not been heard from since.\n\n"
        "The valley was held for a century by the Dzungar Mongols before the Qing armies came.\n"
    )
    result = analyse(text)
    bodies = names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)
    assert not any(b.endswith(("Uyghur", "Kazakh", "Mongols")) for b in bodies)
    assert {"Almas Tursunjan", "Dana Serikkyzy"} <= names(result, t.PERSON)
    # a body's name that holds a people's name keeps it
    assert "World Uyghur Congress" in _bodies("The World Uyghur Congress met in Munich on Tuesday.\n")


def test_a_romanisations_initials_in_a_bracket_opened_in_lower_case_are_no_bodies() -> None:
    text = (
        "Aksu Prefecture (simplified Chinese: 阿克苏地区; pinyin: Ākèsū Dìqū; Uyghur: ئاقسۇ ۋىلايىتى, "
        "ULY: Aqsu Wilayiti, UYY: Aⱪsu Wilayiti) is a prefecture of Xinjiang bordering Kyrgyzstan.\n"
    )
    result = analyse(text)
    bodies = names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)
    assert not {"ULY", "UYY"} & bodies
    assert "Kyrgyzstan" in names(result, t.PLACE)


def test_a_leaks_name_is_no_body() -> None:
    text = (
        "The Karamay Police Files were passed to reporters in 2021. The Karamay Police Files hold thousands of "
        "photographs of detainees, and the Karamay Public Security Bureau did not answer questions.\n"
    )
    bodies = _bodies(text)
    assert "Karamay Police" not in bodies
    assert "Karamay Public Security Bureau" in bodies


def test_a_studio_credited_under_a_photo_is_a_body() -> None:
    text = (
        "By: Helen Marsh\n\nPhoto: Tarim Studios\n\nThe singer was last seen at the airport in Urumqi "
        "in February, friends said.\n"
    )
    result = analyse(text)
    assert "Tarim Studios" in names(result, t.ORGANIZATION)
    assert "Tarim Studios" not in names(result, t.PERSON)
    assert "Helen Marsh" in names(result, t.PERSON)


def test_two_bodies_joined_by_a_comma_are_two() -> None:
    text = (
        "The essay was written by Miriam Oakes, a teacher of music at SOAS, University of London, and leader "
        "of a project on songs.\n"
    )
    bodies = _bodies(text)
    assert bodies & {"SOAS", "SOAS University of London"}  # the school, named in full by the gazetteer
    assert "University of London" in bodies
    assert not any("," in b for b in bodies)
    # a company's legal form after its comma names no second body
    bodies = _bodies("She joined Tarbell Robotics, Inc. in May, after a year at Harrow Analytics, Ltd.\n")
    assert not {"Inc", "Ltd"} & bodies
    assert any(b.startswith("Tarbell Robotics") for b in bodies)


def test_a_settlements_seat_field_gives_the_seat_alone() -> None:
    text = (
        "Altay\n"
        "CountryPeople's Republic of China\n"
        "Autonomous regionXinjiang\n"
        "Municipal seatKelamayi District\n"
        "Area\n • Total\n117,699 km2 (45,444 sq mi)\n\n"
        "Altay is a prefecture in the north of Xinjiang, on the border with Mongolia and Kazakhstan.\n"
    )
    places = names(analyse(text), t.PLACE)
    assert "Kelamayi District" in places
    assert not any(p.startswith("Municipal") for p in places)


def test_a_lands_feature_named_after_a_city_is_a_place_of_its_own() -> None:
    text = "The Hotan Oasis lies south of the desert. Hotan is a city at the edge of the Hotan Oasis.\n"
    places = [m for m in analyse(text).mentions if m.type == t.PLACE]
    oasis = [m for m in places if m.name == "Hotan Oasis"]
    assert oasis and all(m.canonical in ("", "Hotan Oasis") for m in oasis)
    assert any(m.name == "Hotan" for m in places)


def test_a_works_title_after_its_noun_names_no_one() -> None:
    text = (
        "She rose to fame on the talent show Altun Nakhsha Sadasi in 2016. Her brother Tursun Ablikim, who "
        "lives in Almaty, said she sang a song called Ana Yurt at her last concert.\n"
    )
    result = analyse(text)
    found = names(result, t.PERSON) | names(result, t.ORGANIZATION)
    assert not any(n.startswith(("Altun", "Ana Yurt")) for n in found)
    assert "Tursun Ablikim" in names(result, t.PERSON)


def test_an_eras_letters_after_a_time_are_no_body() -> None:
    text = "The oasis was settled by herders during the 2nd millennium BCE, and a fort was built there in 73 AD.\n"
    assert not {"BCE", "AD"} & _bodies(text)


def test_a_national_parliament_named_in_its_own_language_is_a_body() -> None:
    text = (
        "Beijing barred Ona Petrauskaite of the Seimas of the Republic of Lithuania, and members of the Riksdag "
        "and the Folketing were warned.\n"
    )
    result = analyse(text)
    bodies = names(result, t.PUBLIC_BODY) | names(result, t.ORGANIZATION)
    assert bodies & {"Seimas", "Seimas of the Republic of Lithuania"}
    assert {"Riksdag", "Folketing"} <= bodies
    assert "Ona Petrauskaite" in names(result, t.PERSON)


def test_a_year_of_an_earlier_century_after_in_is_no_figure() -> None:
    text = (
        "The Ming court made the oasis a prefecture in 1404 after a local khan accepted its rule. "
        "In 1500 villages the harvest failed, and police held 1200 people there in 2018.\n"
    )
    values = {c.value for c in analyse(text).claims}
    assert 1404 not in values
    assert {1500, 1200} <= values
