"""A company's legal form closes its name, whichever form it is (one list of them, tables.LEGAL_FORMS):
the name is known without it, and the form is never a body of its own."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, names


def test_a_company_with_its_seat_in_brackets_and_co_ltd_is_one_company() -> None:
    bodies = names(analyse("The order went to Eastbay Knitting (Hong Kong) Co., Ltd. in May 2020."), *BODIES)
    assert "Eastbay Knitting (Hong Kong)" in bodies
    assert not {b for b in bodies if b.startswith("Co")}  # "Co., Ltd" alone names no company


def test_a_public_limited_company_written_plc_is_known_without_its_form() -> None:
    bodies = names(analyse("Shares in Marlow Textiles Plc fell after the audit was published."), *BODIES)
    assert "Marlow Textiles" in bodies


def test_a_company_with_a_place_code_or_a_small_towns_name_in_brackets_is_one_company() -> None:
    text = (
        "The yarn was sold by Tarim Bright Trading (HK) Limited, which buys from Ruixiang Cotton Weaving (Toksun) "
        "Co., Ltd. and ships through Pamir Gate Logistics (UK) Ltd."
    )
    bodies = names(analyse(text), *BODIES)
    for company in ("Tarim Bright Trading (HK)", "Ruixiang Cotton Weaving (Toksun)", "Pamir Gate Logistics (UK)"):
        assert any(b.startswith(company) for b in bodies)
    assert not {b for b in bodies if b.startswith("Co")}  # "Co., Ltd" alone names no company


def test_a_limited_partnership_written_l_p_after_a_comma_is_one_company() -> None:
    r = analyse("The seller, Greyfield Retail Group, L.P., did not reply to our letter of 2019.")
    assert "Greyfield Retail Group" in names(r, *BODIES)
    assert not {n for n in names(r, *BODIES, t.PLACE) if n.startswith("L")}  # "L.P." is neither body nor place
