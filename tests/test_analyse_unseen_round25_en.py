"""Twenty-fifth round of analysis on text it was not written for (English): each test is one class of error a
twenty-fifth held-out set (bench/data/extraction/heldout25-en: a journal article's first pages with author-date
citations and references, a company's cotton traceability statement, a former detainee's testimony with a
translator's note) showed. The sentences are written for these tests; the people, bodies, places and figures in
them are not the held-out set's."""

from habeas.analyse import tables as t
from habeas.analyse.numbers import english_figures
from test_analyse_unseen import BODIES, analyse, names

# -- people --------------------------------------------------------------------------------------------------


def test_a_comma_before_and_closes_a_bodys_name_before_a_person() -> None:
    r = analyse("Ilya Moor, now at the University of Bristol, and Sara Lund of SOAS have written on music.")
    assert "University of Bristol" in names(r, *BODIES)
    assert "Sara Lund" in names(r, t.PERSON)
    assert not any("Sara" in n for n in names(r, *BODIES))


def test_a_name_before_now_at_a_body_is_a_person() -> None:
    r = analyse("Ilya Moor, now at the University of Bristol, and Sara Lund of SOAS have written on music.")
    assert "Ilya Moor" in names(r, t.PERSON)


def test_a_post_after_a_title_is_no_person_and_the_name_after_its_comma_is() -> None:
    r = analyse(
        "The audit was read by the General Counsel, Dana Whitlock. Our Chief Compliance Officer, Tom Hart, signed it."
    )
    people = names(r, t.PERSON)
    assert {"Dana Whitlock", "Tom Hart"} <= people
    assert not {"Counsel", "Compliance Officer"} & people


def test_a_works_title_before_its_year_and_author_names_no_one() -> None:
    r = analyse("The board read Sealed Rooms (2020) by Hannah K. Lowe and colleagues at Leeds Beckett University.")
    people = names(r, t.PERSON)
    assert "Hannah K. Lowe" in people and "Sealed Rooms" not in people


def test_references_with_the_year_between_full_stops_name_their_authors_and_no_one_in_titles() -> None:
    text = (
        "References\n\n"
        "Kowalski, Anna. 2019. Border Lives: Kazakh Herders in a Mountain Prefecture. Ithaca, NY: Cornell "
        "University Press.\n"
        "Okafor, Chidi, and Mei Lin Tan. 2020. \"Drums, Flags and 'Unity'.\" Asian Survey 60 (2): 201–230.\n"
        "Harlow, Peter J., Dana Ruiz, and Lina Berg. 2017. Sand Walls. Canberra: Wattle Press.\n"
    )
    r = analyse(text)
    people = names(r, t.PERSON)
    assert {"Anna Kowalski", "Chidi Okafor", "Mei Lin Tan", "Peter J. Harlow", "Dana Ruiz", "Lina Berg"} <= people
    assert not {"Sand Walls", "Peter J.", "Border Lives"} & people
    assert not {"Drums", "Flags"} & names(r, *BODIES)


def test_a_name_before_professional_letters_is_a_person() -> None:
    r = analyse("Its lead partner, Kofi Mensah-Boateng FCA, reported in May. The review by Lars Ek PhD was late.")
    assert {"Kofi Mensah-Boateng", "Lars Ek"} <= names(r, t.PERSON)


def test_a_records_credit_lines_name_people_each_on_its_line() -> None:
    r = analyse("Statement 212\n\nInterviewer: Gulmira Sapar\nTranslated by: Yerlan Tursyn\nStatus: Published\n")
    people = names(r, t.PERSON)
    assert {"Gulmira Sapar", "Yerlan Tursyn"} <= people
    assert not {"Gulmira Sapar Translated", "Yerlan Tursyn Status"} & people


def test_a_chinese_surname_after_a_noun_for_what_the_person_is_is_a_person() -> None:
    r = analyse("In the spring a guard, Officer Tang, took us out. Teacher Hu, a young woman, read the rules.")
    people = names(r, t.PERSON)
    assert {"Tang", "Hu"} <= people
    assert not {"Officer Tang", "Teacher Hu"} & people


# -- bodies and places ---------------------------------------------------------------------------------------


def test_a_city_before_its_country_in_an_affiliation_is_a_place_not_the_university() -> None:
    r = analyse("(a) School of Law, University of Bristol, Bristol, UK; (b) Uppsala University, Uppsala, Sweden")
    assert {"Bristol", "Uppsala"} <= names(r, t.PLACE)
    assert not {"Bristol", "Uppsala"} & names(r, *BODIES)


def test_a_zone_or_park_for_industry_is_a_body_not_its_place() -> None:
    r = analyse(
        "Yarn came from the Kuqa Economic and Technological Development Zone and the Hotan Textile Industrial "
        "Park. Kashgar Industrial City opened later."
    )
    bodies = names(r, *BODIES)
    assert {"Kuqa Economic and Technological Development Zone", "Hotan Textile Industrial Park"} <= bodies
    assert "Kashgar Industrial City" in bodies


def test_capitalised_words_before_a_legal_form_are_a_company() -> None:
    r = analyse("Our approach is reviewed annually by Larkspur Assurance LLP. Its audit went to Fenwick Hollis LLP.")
    bodies = names(r, *BODIES)
    assert {"Larkspur Assurance", "Fenwick Hollis"} <= bodies  # known by the name without its legal form


def test_a_festival_is_no_body_person_or_place() -> None:
    r = analyse(
        "Around Nowruz in 2019 the police came. After the Kurban holiday we were moved. During Ramadan he fasted."
    )
    found = names(r, t.PERSON, t.PLACE, *BODIES)
    assert not {"Nowruz", "Kurban", "Ramadan"} & found


# -- figures -------------------------------------------------------------------------------------------------


def _counts(text: str) -> dict[float, str]:
    return {f.value: f.unit for f in english_figures(text, [])}


def test_a_number_after_tier_is_a_label_not_a_count() -> None:
    counts = _counts("We buy from 212 Tier 1 suppliers and have mapped 88% of Tier 3 mills.")
    assert 1 not in counts and 3 not in counts
    assert counts.get(88) == "per cent"


def test_how_often_is_no_count() -> None:
    assert not _counts("We were let out once in twelve days.")
    assert set(_counts("Guards came every three weeks to count 40 prisoners.")) == {40}
    assert _counts("The county had one guard for every 90 villagers.").get(90) == "villagers"  # a count


def test_a_noun_that_could_be_a_verb_before_the_counted_noun_is_part_of_what_is_counted() -> None:
    assert _counts("The file holds 38 work permits and 17 maps.").get(38) == "work permits"
    assert _counts("Of those, 40 say officers beat them.").get(40) != "say officers beat them"


def test_an_age_after_then_or_about_is_an_age() -> None:
    assert _counts("Her grandson, who was then 16, was taken too.").get(16) == "years old"
    assert _counts("The oldest was a man of about 80 from Aksu.").get(80) == "years old"


def test_names_a_plural_kind_noun_sets_off_by_a_comma_are_bodies_with_ampersands_whole() -> None:
    r = analyse("It covers our three brands, Halden, Marrow & Pike and Little Fern, and our office in Dhaka.")
    assert {"Halden", "Marrow & Pike", "Little Fern"} <= names(r, *BODIES)
    assert "Little Fern" not in names(r, t.PERSON)
    r = analyse("He sat with friends, Tomas Berg and Ann Lee, at the back.")
    assert not {"Tomas Berg", "Ann Lee"} & names(r, *BODIES)


def test_a_publisher_before_the_next_entry_of_an_author_date_list_is_a_body() -> None:
    r = analyse(
        "References\n\nKowalski, Anna. 2019. Border Lives: Herders in a Valley. New York: Hollow Reed. \n"
        "Brandt, Lukas. 2018. Reading the Tarim. Leiden: Brill.\n"
    )
    assert {"Hollow Reed", "Brill"} <= names(r, *BODIES)
    assert {"Anna Kowalski", "Lukas Brandt"} <= names(r, t.PERSON)
    assert {"New York", "Leiden"} <= names(r, t.PLACE)
