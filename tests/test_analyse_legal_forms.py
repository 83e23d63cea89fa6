"""A company's legal form closes its name, whichever form it is (one list of them, tables.LEGAL_FORMS):
the name is known without it, and the form is never a body of its own."""

from test_analyse_unseen import BODIES, analyse, names


def test_a_company_with_its_seat_in_brackets_and_co_ltd_is_one_company() -> None:
    bodies = names(analyse("The order went to Eastbay Knitting (Hong Kong) Co., Ltd. in May 2020."), *BODIES)
    assert "Eastbay Knitting (Hong Kong)" in bodies
    assert not {b for b in bodies if b.startswith("Co")}  # "Co., Ltd" alone names no company


def test_a_public_limited_company_written_plc_is_known_without_its_form() -> None:
    bodies = names(analyse("Shares in Marlow Textiles Plc fell after the audit was published."), *BODIES)
    assert "Marlow Textiles" in bodies
