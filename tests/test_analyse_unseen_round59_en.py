"""Shapes of layout and language from the fifty-ninth English round's first run (a news site's live blog, a US
district court's civil docket sheet, a conference talk's slide deck as extracted from its PDF), each tested on
sentences written for the tests: a table laid out with spaces whose heads carry the years their figures date;
a docket's table of entries, each entry's number under its "#" head and its text wrapped onto lines of its own;
an entry referred to by its number ("re 9", "granting 4 Motion"); a number sign a space before its number; an
appeals court's case number, a two-digit year before a serial padded with zeros; and a capacity given as a
count."""

from test_analyse_unseen import analyse, page_names, values


def _units(text: str) -> dict[float, str]:
    return {c.value: c.unit for c in analyse(text).claims}


def test_a_spaced_tables_heads_with_years_still_head_its_count_columns() -> None:
    text = (
        "Schools closed, Hotan Prefecture\n"
        "Township            Schools   Closed 2018–19   Merged by 2021\n"
        "Bostan                   12          7                 3\n"
        "Toyboldi                  9          5                 0\n"
        "Total                    21         12                 3\n"
    )
    units = _units(text)
    assert {12, 7, 3, 9, 5, 21} <= set(units)
    assert units[21] == "Schools"
    assert units[7] == "Closed (schools)"


def test_a_dockets_entry_numbers_under_its_number_sign_head_count_nothing() -> None:
    text = (
        " Date Filed   #   Docket Text\n"
        " 02/14/2022   1   COMPLAINT against HALCYON FREIGHT LLC filed by MARIA ROE. (Attachments: # 1 Exhibit,\n"
        "                  # 2 Summons) (Entered: 02/14/2022)\n"
        " 03/02/2022   6   ANSWER to Complaint by HALCYON FREIGHT LLC. (Entered: 03/02/2022)\n"
        " 04/19/2022  13   ORDER denying 8 Motion for Sanctions. Signed by Judge on 4/19/2022.\n"
        " 05/03/2022  15   REPLY re 13 Order filed by MARIA ROE. She says 40 workers were never paid.\n"
    )
    assert values(analyse(text)) == {40}


def test_a_number_sign_before_its_number_labels_it_with_or_without_a_space() -> None:
    text = "The exhibit list runs from # 4 Photograph of the gate to #7 Map of the site; 25 guards were posted."
    assert values(analyse(text)) == {25}


def test_an_entry_named_by_its_number_before_a_singular_title_is_no_count() -> None:
    units = _units("The court granted 5 Motion to Compel. The clerk then entered 12 Motions for Extension in a day.")
    assert 5 not in units
    assert units[12].startswith("Motions")
    assert values(analyse("Police held 12 Kazakh in the station.")) == {12}


def test_an_appeals_courts_case_number_padded_with_zeros_is_no_range() -> None:
    text = "Case in other court: 9th Cir., 23-01544. The appeal concerns 18 workers."
    assert values(analyse(text)) == {18}


def test_a_capacity_is_a_count_of_what_a_site_holds() -> None:
    text = "The new prison has a capacity of 7,500.\n• walled compound; capacity est. 2,000+\n• no gate\n"
    units = _units(text)
    assert units.get(7500) == units.get(2000) == "capacity"


def test_a_title_of_two_words_before_an_initialled_name_is_no_part_of_it() -> None:
    text = "The case went to Magistrate Judge R. Allan Whitfield, and Vice Chairman Tang Wei spoke after him."
    people = page_names(text, "person")
    assert {"R. Allan Whitfield", "Tang Wei"} <= people
    assert not {"Judge R. Allan Whitfield", "Chairman Tang Wei"} & people


def test_a_records_field_label_in_capitals_before_a_date_is_no_speaker() -> None:
    text = (
        "Roe v. Kestrel Freight LLC                          Date Filed: 02/14/2022\n"
        "Assigned to: Judge Ana Ruiz                         Date Terminated: 06/01/2022\n\n"
        "Plaintiff\n"
        "MARIA ROE                                 represented by Thomas Haldane\n"
        "                                                         HALDANE & PRICE LLP\n"
        "Defendant\n"
        "KESTREL FREIGHT LLC\n"
        "TERMINATED: 05/01/2022\n"
    )
    people = page_names(text, "person")
    assert {"Ana Ruiz", "Thomas Haldane"} <= people
    assert "Terminated" not in people


def test_a_dockets_flags_and_a_legal_form_alone_are_no_bodies() -> None:
    text = (
        "                                         APPEAL,CLOSED,JURY,MEDIATION\n"
        "                    U.S. District Court\n"
        "Defendant\n"
        "BRIGHTWATER APPAREL HOLDINGS, INC.      represented by Ruth Calloway\n"
        "The complaint says Brightwater Apparel Holdings, Inc. bought yarn from Aksu.\n"
    )
    bodies = page_names(text, "organization", "public_body")
    assert not {"CLOSED", "JURY", "MEDIATION", "APPEAL", "INC", "Inc"} & bodies
