"""Fortieth round of analysis on text it was not written for (English): each test is one class of error a
fortieth held-out set (bench/data/extraction/heldout40-en: an encyclopaedia's article on a county-level city,
a congressional commission's hearing transcript, a research centre's weekly newsletter) showed. The sentences
are written for these tests; the people, bodies, places and figures in them are not the held-out set's."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values

BODY_TYPES = (t.ORGANIZATION, t.PUBLIC_BODY)


# -- an encyclopaedia's list of a county's divisions -----------------------------------------------------------


def test_a_divisions_uyghur_name_with_its_place_noun_is_a_place_no_person() -> None:
    r = analyse(
        "The county has four townships and a town:\n"
        "Townships: Aral Township (阿拉尔乡, Aral Yézisi), Yéngi Township (英吉乡, Yéngi Yézisi)\n"
        "Towns: Bulaq Town (布拉克镇, Bulaq Baziri)\n"
        "The mosque in Tarim Yoli Kochisi was closed in 2019.\n"
    )
    places = {m.name for m in r.mentions if m.type == t.PLACE}
    assert {"Yéngi Yézisi", "Bulaq Baziri", "Tarim Yoli Kochisi"} <= places
    assert not {"Yéngi Yézisi", "Bulaq Baziri", "Tarim Yoli"} & names(r, t.PERSON)


def test_a_divisions_uyghur_name_in_brackets_is_the_same_place() -> None:
    r = analyse(
        "Towns: Bulaq Town (布拉克镇, Bulaq Baziri), Sayram Town (赛里木镇, Sayram Baziri)\n"
        "Townships: Aral Township (阿拉尔乡, Aral Yézisi)\n"
    )
    canonical = {m.name: m.canonical for m in r.mentions if m.type == t.PLACE}
    assert canonical["Bulaq Baziri"] == "Bulaq Town"
    assert canonical["Aral Yézisi"] == "Aral Township"


def test_a_name_that_only_ends_like_a_place_noun_stays_a_person() -> None:
    r = analyse("The researcher Adil Bazar, who lives in Almaty, met Mehmet Kent in Istanbul last year.\n")
    assert {"Adil Bazar", "Mehmet Kent"} <= names(r, t.PERSON)


# -- a hearing transcript's contents -----------------------------------------------------------------------------


_CONTENTS = (
    "CONTENTS\n"
    "STATEMENTS\n"
    "Okonjo, Hon. Adaeze, a U.S. Representative from Ohio; Cochair, Joint Commission on Asia ....... 3\n"
    "Varga, Lili R., Director, Nordic Uyghur Aid Committee ....... 5\n"
    "Rahman, Gulbahar, Senior Researcher, Central Asia Monitor ....... 9\n"
    "\n"
    "Ms. RAHMAN. Thank you, Cochair Okonjo. My brother was detained in Aksu in 2019.\n"
)


def test_a_witness_in_a_hearings_contents_is_named_given_name_first() -> None:
    people = names(analyse(_CONTENTS), t.PERSON)
    assert {"Adaeze Okonjo", "Lili R. Varga", "Gulbahar Rahman"} <= people
    assert not {"Adaeze", "Varga", "Gulbahar"} & people


def test_a_cochair_is_a_title_before_a_name_and_no_body() -> None:
    r = analyse(_CONTENTS)
    assert "Cochair Okonjo" not in names(r, t.PERSON)
    assert "Cochair" not in names(r, *BODY_TYPES)


def test_a_hearings_record_of_adjournment_names_no_body() -> None:
    r = analyse("Senator VALE. The hearing is adjourned.\n[Whereupon, at 12:10 p.m., the hearing was adjourned.]\n")
    assert "Whereupon" not in names(r, *BODY_TYPES)


def test_the_ordinal_of_a_congress_in_words_counts_nothing() -> None:
    r = analyse(
        "The One Hundred Seventeenth Congress passed the bill, and the ONE HUNDRED EIGHTEENTH CONGRESS kept it. "
        "The two hundred and fiftieth anniversary fell in July. About ninety people were held there.\n"
    )
    assert values(r) == {90}


def test_a_count_before_a_compound_that_opens_with_an_ordinal_keeps_its_scale() -> None:
    r = analyse("Three thousand first-time offenders were sent to the centres. Two hundred second-year pupils left.\n")
    assert {3000, 200} <= values(r)


# -- a newsletter's events box and footer ------------------------------------------------------------------------


def test_an_events_day_before_its_hours_is_a_date_no_count() -> None:
    r = analyse(
        "EVENTS\n"
        'Wednesday 13 March, 14:00–15:30 GMT | "Mapping the prisons" | hosted by the Nordic Asia Centre, online\n'
        "Friday 22 March, 9.30 a.m. EST | Book talk with the author\n"
    )
    assert not values(r) & {13, 22}


def test_a_footers_telephone_label_is_no_place() -> None:
    r = analyse("Nordic Asia Centre, Storgatan 4, 114 79 Stockholm, Sweden | Tel. +46 8 555 010 00\n")
    assert "Tel" not in names(r, t.PLACE, t.PERSON, *BODY_TYPES)
    assert "Stockholm" in names(r, t.PLACE)


def test_a_postal_box_after_a_bodys_name_is_no_body() -> None:
    r = analyse("Nordic Asia Centre, Box 27, 114 79 Stockholm, Sweden | Unsubscribe\n")
    bodies = names(r, *BODY_TYPES)
    assert "Box" not in bodies
    assert "Nordic Asia Centre" in bodies


def test_members_named_by_surname_after_a_plural_title_are_people() -> None:
    r = analyse(
        "The hearing was held in Room 210. Also present: Representatives Dunmore and Keefe, and Senator Hallett.\n"
        "Senators Vale, Okafor and Lindgren wrote to the ambassador in March.\n"
    )
    assert {"Dunmore", "Keefe", "Hallett", "Vale", "Okafor", "Lindgren"} <= names(r, t.PERSON)


def test_a_plural_title_before_words_that_are_not_all_names_names_no_one() -> None:
    r = analyse("The Directors Report and Accounts for 2021 were filed. Commissioners Report and Accounts follow.\n")
    assert not {"Report", "Accounts"} & names(r, t.PERSON)
