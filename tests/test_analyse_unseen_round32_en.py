"""Thirty-second round of analysis on text it was not written for (English): each test is one class of error a
thirty-second held-out set (bench/data/extraction/heldout32-en: an encyclopaedic timeline, a retailer's modern
slavery statement, a sanctions press release) showed. The sentences are written for these tests; the people,
bodies, places and figures in them are not the held-out set's."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names

# -- people ----------------------------------------------------------------------------------------------------


def test_a_persons_family_name_in_brackets_after_the_whole_name_is_no_bodys_short_form() -> None:
    r = analyse(
        "DESIGNATED OFFICIALS\n\n"
        "Feng Ruiming (Feng) is Deputy Secretary of the Hami Prefecture Party Committee. "
        "Guo Hai-lin (Guo) is Director of the Turpan Public Security Bureau. Feng ordered the sweep."
    )
    people = names(r, t.PERSON)
    assert {"Feng Ruiming", "Guo Hai-lin"} <= people
    assert not {"Feng Ruiming", "Feng", "Guo Hai-lin"} & names(r, t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_bodys_initials_in_brackets_still_make_a_body() -> None:
    r = analyse("The Karamay Water Board (KWAB) met in May. The Uyghur Writers Union (Union) wrote to it.")
    assert "Karamay Water Board" in names(r, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "Karamay Water Board" not in names(r, t.PERSON)


def test_a_companys_short_name_in_brackets_is_the_company_not_a_person() -> None:
    r = analyse(
        "Korla Baiyun Weixin Security Co., Ltd. (Baiyun Weixin), based in Korla, built the checkpoints. "
        "Baiyun Weixin is owned by the city's police."
    )
    assert not {"Baiyun Weixin"} & names(r, t.PERSON)
    bodies = [m for m in r.mentions if m.name == "Baiyun Weixin"]
    assert len(bodies) == 2 and all(m.type == t.ORGANIZATION for m in bodies)
    assert {m.canonical for m in bodies} == {"Korla Baiyun Weixin Security"}


def test_a_companys_country_in_brackets_is_no_short_name() -> None:
    r = analyse("Northgate Textiles Ltd. (United Kingdom) buys yarn from Turkey.")
    assert "United Kingdom" in names(r, t.PLACE)


def test_the_end_of_a_bodys_name_before_an_email_address_signs_nothing() -> None:
    r = analyse("Media contact: Helen P. Varga, Division of Civic Outreach, media@example.gov\n")
    assert "Helen P. Varga" in names(r, t.PERSON)
    assert "Civic Outreach" not in names(r, t.PERSON)


def test_a_name_alone_before_an_email_address_still_signs_the_line() -> None:
    r = analyse("For questions write to Tomas Lindqvist, tlindqvist@example.org.")
    assert "Tomas Lindqvist" in names(r, t.PERSON)


# -- figures ---------------------------------------------------------------------------------------------------


def test_the_cells_under_financial_years_count_what_their_rows_label_names() -> None:
    text = (
        "Our progress\n\n"
        "Measure | 2021/22 | 2022/23\n"
        "Factories visited | 140 | 175\n"
        "Grievances resolved | 2,300 | 3,050\n"
    )
    units = {c.value: c.unit for c in analyse(text).claims}
    assert units[140] == units[175] == "Factories visited"
    assert units[3050] == "Grievances resolved"


def test_the_cells_under_calendar_years_beside_places_still_count_the_tables_title() -> None:
    text = "Registered residents\n\nTownship | 2015 | 2021\nBulaqsu | 41,000 | 44,500\n"
    units = {c.value: c.unit for c in analyse(text).claims}
    assert units[44500] == "Registered residents"


def test_a_bodys_place_and_initials_in_brackets_are_its_short_form_there_and_after() -> None:
    r = analyse(
        "Erkin Tohti heads the Hotan Prefecture Public Security Bureau (Hotan PSB). In 2018 the Hotan PSB "
        "opened four sites near Hotan."
    )
    shorts = [m for m in r.mentions if m.name == "Hotan PSB"]
    assert len(shorts) == 2 and all(m.type == t.PUBLIC_BODY for m in shorts)
    assert len({m.canonical for m in r.mentions if m.type == t.PUBLIC_BODY}) == 1
    assert "Hotan" in names(r, t.PLACE)


def test_a_place_and_letters_in_brackets_that_spell_no_body_make_nothing() -> None:
    r = analyse("The Aksu Water Board (Aksu XQ) met twice.")
    assert "Aksu XQ" not in names(r, t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_companys_seat_in_brackets_before_its_legal_form_alone_is_part_of_its_name() -> None:
    r = analyse("Its buying office is Northgate Sourcing (Shanghai) Limited, which places the orders.")
    bodies = {m.name: m.canonical for m in r.mentions if m.type == t.ORGANIZATION}
    assert bodies.get("Northgate Sourcing (Shanghai) Limited") == "Northgate Sourcing (Shanghai)"
    assert "Shanghai" not in names(r, t.PLACE)


def test_a_place_in_brackets_after_a_name_without_a_legal_form_stays_a_place() -> None:
    r = analyse("The letter was signed by Riverside Voices (Shanghai) and two other groups.")
    assert "Shanghai" in names(r, t.PLACE)


def test_a_number_word_before_quoted_words_counts_the_noun_after_them() -> None:
    r = analyse('The prefecture opened five "closed management" schools and 12 "re-education" centres in 2018.')
    units = {c.value: c.unit for c in r.claims}
    assert units[5] == "schools"
    assert units[12] == "centres"


def test_a_number_word_after_the_before_quoted_words_is_a_name_not_a_count() -> None:
    r = analyse('Officials warned against the three "evil forces" at every meeting.')
    assert 3 not in {c.value for c in r.claims}
