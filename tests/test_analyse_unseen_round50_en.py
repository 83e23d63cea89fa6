"""Shapes of layout and language from the fiftieth English round's first run (a foreign ministry's press
conference, a procurement tender notice, an earnings call transcript), each tested on sentences written for the
tests: a transcript's roster of "Name - post" and "Name - firm" lines, a name after a title before a form's next
field, a tender's numbered lot, a year after the part of it that names it, and a figure written out in words past
its first scale."""

from test_analyse_unseen import analyse, page_names, values

ROSTER = (
    "Corporate Participants\n"
    "Rosalind Parkhurst - Chief Executive Officer\n"
    "Tomasz Weller - Chief Financial Officer\n"
    "\n"
    "Conference Call Participants\n"
    "Ingrid Haverkamp - Barclays\n"
    "Osei Mensah - Piper Sandler\n"
    "\n"
    "Operator\n"
    "Good morning. Our first question comes from Osei Mensah.\n"
)


def values_of(text: str) -> set[float]:
    return set(values(analyse(text)))


def test_a_transcripts_roster_names_each_participant_and_the_firm_they_speak_for() -> None:
    people = page_names(ROSTER, "person")
    assert {"Rosalind Parkhurst", "Tomasz Weller", "Ingrid Haverkamp", "Osei Mensah"} <= people
    assert not any(p.startswith("Officer") for p in people)  # the post at a line's end takes no next line's name
    bodies = page_names(ROSTER, "organization", "public_body")
    assert {"Barclays", "Piper Sandler"} <= bodies
    assert "Chief Financial Officer" not in bodies  # a post, no firm


def test_one_line_of_name_and_dash_is_no_roster() -> None:
    text = "Harriet Colvin - a teacher who left Urumqi in 2016 - spoke to us.\n"
    assert "a teacher who left Urumqi in 2016" not in page_names(text, "organization", "public_body")


def test_a_name_after_a_title_ends_where_a_forms_next_field_begins() -> None:
    text = "Contact: Ms. Li Hong     Fax: 0991-555***\nAgency contact: Mr. Tursun Ablet   Tel: 0991-444***\n"
    assert {"Li Hong", "Tursun Ablet"} <= page_names(text, "person")


def test_a_tenders_numbered_lot_counts_nothing() -> None:
    assert values_of("Lot 2 suppliers shall hold a security licence; lot 3 bidders may not join.") == set()


def test_a_year_after_the_part_of_it_that_names_it_is_a_date() -> None:
    text = "Welcome to the Acme first half 2021 results call. Fiscal 2023 sales fell; third quarter 2022 orders rose."
    assert values_of(text) == set()


def test_a_figure_written_out_in_words_past_its_first_scale_is_one_figure() -> None:
    text = "The budget is RMB two million four hundred thousand yuan; one hundred and twenty guards were hired."
    assert values_of(text) == {2_400_000.0, 120.0}


def test_a_postal_code_after_its_city_closing_an_address_counts_nothing() -> None:
    text = (
        "Address: No. 14 Youhao Road, Tianshan District, Urumqi, 830002 Tel: 0991-5550123\n"
        "Office: 9 Jiefang Street, Kashgar, 844000\n"
        "In Hotan, 12000 people were moved to the camps.\n"
    )
    assert values_of(text) == {12000.0}
