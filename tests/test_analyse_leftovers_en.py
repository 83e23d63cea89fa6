"""English shapes that earlier rounds of real pages noticed and left alone: a name that opens its sentence before
"who", a family name that is also a place's one-word name before the person's age, a report's title after the noun
for it, a family name that is also a title, and a numbered facility named by its place and number alone. The
sentences below are written for these tests; the well-known places in them are themselves, everyone else is
invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def test_a_name_that_opens_its_sentence_before_who_is_a_person() -> None:
    r = analyse(
        "Omer Tasbolat, who leads the exile group, said 3,000 people had been held.\n\n"
        "He left Kashgar in 2016. Alim Sadiq, whose brother was detained, spoke to reporters on Monday."
    )
    assert {"Omer Tasbolat", "Alim Sadiq"} <= names(r, t.PERSON)


def test_who_after_a_body_or_a_place_makes_no_person() -> None:
    r = analyse(
        "Northern Rights Watch, who published the report, said 500 people were held.\n\n"
        "The Xinjiang Police College, who trained the officers, declined to comment.\n\n"
        "In Kashgar, who could say what happened? Those in Urumqi, who saw the raids, fled."
    )
    assert not names(r, t.PERSON)


def test_a_family_name_that_is_a_places_name_before_an_age_is_a_person() -> None:
    # Emin is a county's other name in the gazetteer; with the age set off after it, it is a person's family name
    r = analyse("Tohti Emin, 58, was detained in 2018 and sentenced to ten years.")
    assert "Tohti Emin" in names(r, t.PERSON)
    assert not names(r, t.PLACE)


def test_a_places_name_before_a_figure_set_off_by_commas_stays_the_place() -> None:
    r = analyse("Residents of Emin, 40, were moved to new flats. Police in Hotan, 12, said so.")
    assert not names(r, t.PERSON)
    assert "Hotan" in names(r, t.PLACE)


def test_a_reports_title_after_its_noun_is_no_person() -> None:
    r = analyse(
        "The report Spinning Cotton traced the yarn to mills in Aksu.\n\n"
        "A study Picking Cotton described the transfers in detail."
    )
    assert not names(r, t.PERSON)


def test_a_titles_first_part_before_its_subtitle_is_no_person() -> None:
    r = analyse("Their report, Laundering Yarn: How Xinjiang Cotton Is Hidden in Supply Chains, was published in 2021.")
    assert not names(r, t.PERSON)


def test_an_author_named_after_the_report_or_before_a_colon_is_still_a_person() -> None:
    r = analyse(
        "The report Jane Holloway wrote for the institute said 300 people were held.\n\n"
        "Anna Weber: The World Must Listen, an interview, was broadcast in 2020."
    )
    assert {"Jane Holloway", "Anna Weber"} <= names(r, t.PERSON)


def test_a_family_name_that_is_also_a_title_ends_the_name() -> None:
    r = analyse(
        "The contract went to a firm run by former security founder Daniel Prince.\n\n"
        "The novelist Martin King signed the letter. Officials said Daniel Prince had met them in Beijing."
    )
    people = names(r, t.PERSON)
    assert {"Daniel Prince", "Martin King"} <= people
    assert not {"Daniel", "Martin"} & people


def test_a_title_before_a_name_or_after_a_nations_word_is_still_a_post() -> None:
    r = analyse("Crown Prince Faisal met the delegation. The Saudi Prince said little. King Harald visited Paris.")
    people = names(r, t.PERSON)
    assert "Saudi Prince" not in people
    assert "Crown Prince" not in people


def test_a_numbered_facility_named_by_its_city_and_number_is_no_city() -> None:
    r = analyse("She was held at Urumqi No. 3 for eleven months before her release.")
    assert "Urumqi No. 3" in names(r, t.FACILITY)
    assert not names(r, t.PLACE)


def test_a_numbered_name_in_full_and_a_city_before_a_number_are_unchanged() -> None:
    r = analyse(
        "Hotan No. 1 Middle School is one of the oldest schools in the city. Urumqi had 3 camps by 2018."
        " Guards at the Urumqi No. 3 Detention Center beat the inmates."
    )
    assert "Hotan No. 1" not in names(r, t.FACILITY, t.ORGANIZATION)
    assert "Urumqi No. 3" not in names(r, t.FACILITY)
    assert "Ürümqi" in names(r, t.PLACE)
