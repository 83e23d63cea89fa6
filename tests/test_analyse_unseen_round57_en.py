"""Shapes of layout and language from the fifty-seventh English round's first run (a finance ministry's financial
sanctions notice, a district council's minutes, a messaging app's group chat exported as an exhibit), each tested
on sentences written for the tests: the senders and members of an exported chat, a given name alone or with a city
or a word of respect; a relative named after a preposition with no determiner; a town before a region and a
country with no word of place before it, as an address or a place of birth is written; a display name's city,
which stays a city where it is named alone; the sides of a vote in minutes, inline and on a recorded vote's lines;
a page's number over the pages and a telephone number in a country's own form, which count nothing; a letterhead's
public body in capitals; initialled names in a list wrapped over lines after a plural title; a Chinese name with
its surname in capitals and no title; and a council's ward."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, page_names, values


def test_the_senders_and_members_of_an_exported_chat_are_people() -> None:
    r = analyse(
        "[3/5/19, 9:41:07 PM] Kamila Yusupova: Did anyone hear from the village?\n"
        "[3/5/19, 9:44:10 PM] Erkin: No. The phone in Kashgar is off\n"
        "[3/5/19, 9:45:00 PM] Erkin added Nigara Tokhti, Rustam and Dilber Aka\n"
        "06/03/2019, 10:02 - Rustam: They took him to the camp in the spring\n"
        "06/03/2019, 10:05 - Nigara Tokhti left\n"
    )
    people = names(r, t.PERSON)
    assert {"Kamila Yusupova", "Erkin", "Rustam", "Nigara Tokhti", "Dilber Aka"} <= people
    assert "Kashgar" in names(r, t.PLACE)


def test_one_line_with_a_date_and_a_colon_is_no_chat() -> None:
    people = page_names("12/04/2021, 09:30 - Agenda: the board met in Hotan.\nThe board agreed.", t.PERSON)
    assert "Agenda" not in people


def test_a_relative_named_after_a_preposition_without_a_determiner_is_a_person() -> None:
    people = page_names(
        "We had a letter from cousin Mahinur in Aksu last week. Later I spoke to brother Ilyas about the trial.",
        t.PERSON,
    )
    assert {"Mahinur", "Ilyas"} <= people


def test_a_town_before_a_region_and_a_country_is_a_place_but_a_signers_name_is_not() -> None:
    text = (
        "DOB: --/07/1969. POB: Linqu, Shandong, China. Nationality: China\n"
        "Address: Shuyang, Jiangsu, China.\n"
        "Signed: Dilnoza Karimova, Toronto, Canada\n"
    )
    places = page_names(text, t.PLACE)
    assert {"Linqu", "Shuyang", "Shandong", "Jiangsu"} <= places
    assert "Dilnoza Karimova" not in places


def test_a_display_names_city_named_alone_stays_a_city() -> None:
    r = analyse(
        "14/11/2017, 21:02 - Aygul Almaty: I am going to the consulate\n"
        "14/11/2017, 21:05 - Erkin: Good luck\n"
        "15/11/2017, 08:40 - Aygul Almaty: In Almaty they took my papers\n"
    )
    assert "Aygul Almaty" in names(r, t.PERSON)
    assert not [m for m in r.mentions if m.name == "Almaty" and m.type == t.PERSON]


def test_the_sides_of_a_vote_in_minutes_count_votes() -> None:
    r = analyse(
        "The amendment was put to the vote and was CARRIED (7 for, 4 against).\n"
        "The substantive motion was carried by 11 in favour and 2 against.\n\n"
        "For (11):      Councillors Adams, Birch and Cole\n"
        "Against (2):   Councillors Dodd and Ellis\n"
        "Abstentions (0):\n"
    )
    counted = {(c.value, c.unit) for c in r.claims}
    assert {(7, "votes"), (4, "votes"), (11, "votes"), (2, "votes")} <= counted
    assert 0 not in values(r)


def test_a_page_over_the_pages_and_a_national_telephone_number_count_nothing() -> None:
    text = (
        "Enquiries: Committee Services, 020 7946 0381 or 01632 960418.\n"
        "The centre held 350 people.\n"
        "Page 2 of 5                    Exhibit B                    Bundle p. 88\n"
    )
    assert values(analyse(text)) == {350}


def test_a_letterheads_public_body_in_capitals_is_a_body_but_a_label_in_capitals_is_not() -> None:
    minutes = page_names(
        "NORTHFIELD BOROUGH COUNCIL\n\nMinutes of the Licensing Committee held on 4 May 2022.\n",
        t.ORGANIZATION,
        t.PUBLIC_BODY,
    )
    assert "Northfield Borough Council" in minutes
    assert not page_names("LOCAL NEWS\nThe market reopened in Hotan.\n", t.ORGANIZATION, t.PUBLIC_BODY)


def test_initialled_names_in_a_list_wrapped_over_lines_after_a_plural_title_are_people() -> None:
    r = analyse(
        "PRESENT:   Councillors K. Brennan, L. Achterberg, O. Nwosu,\n"
        "           W. Tremlett, E. Faulds and C. Hoskins-Bray\n\n"
        "Councillor Tremlett moved the motion.\n"
    )
    people = names(r, t.PERSON)
    assert {"K. Brennan", "L. Achterberg", "O. Nwosu", "W. Tremlett", "E. Faulds", "C. Hoskins-Bray"} <= people
    assert not [n for n in people if n.startswith("Councillors")]
    assert not names(r, t.PLACE)


def test_a_chinese_name_with_its_surname_in_capitals_and_no_title_is_a_person() -> None:
    people = page_names(
        "(Statement of Reasons):CHEN Quanguo directed the campaign. The report adds that GUO Shengkun\n"
        "approved it. The UN and the US met.",
        t.PERSON,
    )
    assert {"Chen Quanguo", "Guo Shengkun"} <= people
    assert not {"Un", "Us"} & people


def test_a_councils_ward_named_before_the_word_ward_is_a_place() -> None:
    text = "Question from Mr Tom Hale, a resident of Abbeyfields ward, about the camera contract."
    assert "Abbeyfields" in page_names(text, t.PLACE)
    assert "Abbeyfields" not in page_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
