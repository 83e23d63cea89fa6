"""The numbers by which a law, a bill or an order is cited (a volume and page of the Statutes at Large, a
public law, a bill or resolution of Congress, an executive order) are references, no counts; the counts in
the same sentences still are."""

from test_analyse_unseen import analyse, values


def test_a_public_law_and_its_statutes_at_large_page_count_nothing() -> None:
    text = "The act became Public Law 118-32, 137 Stat. 1102 (2023), and 14 firms were listed under it."
    assert values(analyse(text)) == {14}


def test_bills_and_resolutions_of_congress_count_nothing() -> None:
    text = "The House passed H.R. 4810 by 406 votes to 3, the Senate S. 1720, and H.Res. 529 condemned 2 camps."
    assert values(analyse(text)) == {406, 3, 2}


def test_an_executive_order_by_its_number_counts_nothing() -> None:
    text = "Under Executive Order 14032 of June 3, 2021, and E.O. 13959, the Treasury blocked 59 companies."
    assert values(analyse(text)) == {59}


def test_a_figure_after_the_countrys_initials_is_still_counted() -> None:
    text = "The U.S. 300 companies named in the letter sourced cotton from the region."
    assert values(analyse(text)) == {300}
