"""Shapes of layout and language from the fifty-second English round's first run (a social-media thread, a
witness statement to a people's tribunal, a retailer's modern slavery statement), each tested on sentences
written for the tests: a statement's maker naming herself at its opening, a relative named in full without
commas, relatives listed with their years of birth in brackets over a line break, a police officer named by
rank and one name, a mission named in full before its seat, a report's table of measures by year whose labels'
column has no head, and a site's counter glued to its figure."""

from test_analyse_unseen import analyse, names, page_names, values


def test_the_maker_of_a_statement_names_herself_at_its_opening_in_capitals_or_as_written() -> None:
    text = (
        "AFFIDAVIT OF MEHRIBAN QASIMOVA\n\n"
        "I, MEHRIBAN QASIMOVA, of [REDACTED], Amsterdam, the Netherlands, make oath and say as follows:\n\n"
        "1. I was a nurse in Kashgar until 2016.\n"
    )
    assert "Mehriban Qasimova" in page_names(text, "person")
    titled = "I, Dr Torvald Ekman, a surgeon at a hospital in Bergen, say as follows:\n1. I examined her."
    assert "Torvald Ekman" in page_names(titled, "person")
    assert not page_names("I, the undersigned, of Bristol, confirm the above.\n", "person")


def test_a_relative_named_in_full_without_commas_is_a_person_not_a_place() -> None:
    text = "Nobody told us why her brother Nurlan Ospanov died in Shihezi without a trial."
    assert "Nurlan Ospanov" in page_names(text, "person")
    assert "Nurlan Ospanov" not in page_names(text, "place")


def test_relatives_listed_with_bracketed_asides_over_a_line_break_are_each_a_person() -> None:
    text = "They kept our three daughters, Zulfiye (born 2009), Meryem (aged 11)\nand Nafise (7), in the village."
    assert {"Zulfiye", "Meryem", "Nafise"} <= page_names(text, "person")


def test_a_police_officer_named_by_rank_and_one_name_is_a_person() -> None:
    text = "The man we knew as Inspector Tursun took our phones. Later Constable Rahman returned them."
    assert {"Tursun", "Rahman"} <= page_names(text, "person")


def test_a_mission_named_in_full_before_its_seat_is_known_with_its_seat() -> None:
    r = analyse("The High Commission of the Republic of Kenya in Ottawa did not answer our letters.")
    assert "High Commission of the Republic of Kenya in Ottawa" in names(r, "public_body")
    assert "Ottawa" in names(r, "place")


def test_a_table_of_measures_by_year_without_a_head_for_its_labels_counts_each_cell() -> None:
    text = (
        "Grievance mechanism\n\n"
        "                              2020/21     2021/22\n"
        "Complaints received               48          73\n"
        "Cases resolved                    39          66\n"
    )
    assert {48, 73, 39, 66} <= values(analyse(text))


def test_a_counter_glued_to_its_figure_is_no_body() -> None:
    text = "Posted 9:02 AM · Jun 3, 2021\n12.7K Views\nThe clip was shared widely in Almaty."
    assert not any("Views" in n for n in page_names(text, "organization", "public_body"))
