"""PRC resident ID numbers: shape, check character, birth date, old 15-digit form."""

from __future__ import annotations

from datetime import date

import pytest

from habeas.names.idnumber import check_char, parse_prc_id, same_person_evidence


def make(region: str, born: str, seq: str) -> str:
    first17 = region + born + seq
    return first17 + check_char(first17)


def test_check_character_of_the_standard_example() -> None:
    # the worked example of GB 11643-1999
    assert check_char("11010519491231002") == "X"
    assert parse_prc_id("11010519491231002X").valid


def test_a_valid_number_is_read() -> None:
    number = make("650102", "19690925", "123")
    pid = parse_prc_id(number)
    assert pid is not None and pid.valid
    assert pid.region == "650102" and pid.province == "65"
    assert pid.birth_date == date(1969, 9, 25)
    assert pid.sequence == "123"


@pytest.mark.parametrize(
    "spelling",
    ["11010519491231002x", "110105 19491231 002X", "１１０１０５１９４９１２３１００２Ｘ", "110105-19491231-002X"],
)
def test_spellings_are_normalised(spelling: str) -> None:
    pid = parse_prc_id(spelling)
    assert pid is not None and pid.number == "11010519491231002X" and pid.valid


def test_wrong_check_character_is_reported() -> None:
    number = make("650102", "19690925", "123")
    wrong = number[:17] + ("0" if number[17] != "0" else "1")
    pid = parse_prc_id(wrong)
    assert pid is not None and not pid.valid and not pid.check_ok


def test_impossible_birth_date_is_reported() -> None:
    pid = parse_prc_id(make("650102", "19691331", "123"))
    assert pid is not None and pid.birth_date is None and "birth date is not a date" in pid.problems
    future = parse_prc_id(make("650102", "20990101", "123"), today=date(2026, 1, 1))
    assert future is not None and not future.valid


def test_old_fifteen_digit_form_is_upgraded() -> None:
    pid = parse_prc_id("650102690925123")
    assert pid is not None and pid.valid
    assert pid.number == make("650102", "19690925", "123")


@pytest.mark.parametrize("text", ["", "abc", "12345", "6501021969092512", "65010219690925123Y"])
def test_not_an_id_number(text: str) -> None:
    assert parse_prc_id(text) is None


def test_evidence_between_two_records() -> None:
    a = make("650102", "19690925", "123")
    assert same_person_evidence(a, a) == "same"
    assert same_person_evidence(a, "650102690925123") == "same"  # old and new forms
    typo = a[:10] + ("1" if a[10] != "1" else "2") + a[11:]
    assert same_person_evidence(a, typo) == "near"
    other = make("653101", "19800101", "222")
    assert same_person_evidence(a, other) == "different"
    assert same_person_evidence(a, "") == "unknown"
