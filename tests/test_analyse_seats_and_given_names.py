"""A member's seat after "Member of Parliament for" is a place and no part of the parliament's name; a
place's one-word name beside a Chinese surname is a person's given name; a villa's or a square's head read
alone after a common noun is no place. Sentences written for these tests."""

from __future__ import annotations

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, names


def test_a_members_seat_is_a_place_and_no_part_of_the_parliaments_name() -> None:
    result = analyse("Rosa Pennington, the Member of Parliament for Stockport, raised the case last week.")
    assert names(result, t.PERSON) == {"Rosa Pennington"}
    assert names(result, t.PLACE) == {"Stockport"}
    assert not any("Stockport" in name for name in names(result, *BODIES))


def test_a_european_parliament_members_seat_is_cut_from_the_body() -> None:
    result = analyse("Two Members of the European Parliament for Ireland South signed the letter.")
    assert "European Parliament" in names(result, *BODIES)
    assert "Ireland South" in names(result, t.PLACE)
    assert not any(name.endswith("South") for name in names(result, *BODIES))


def test_an_mps_seat_before_a_comma_is_a_place_and_the_name_after_it_a_person() -> None:
    result = analyse("The MP for Harrogate and Knaresborough, Tom Ashby, wrote to the ambassador.")
    assert "Harrogate and Knaresborough" in names(result, t.PLACE)
    assert "Tom Ashby" in names(result, t.PERSON)


def test_a_seat_running_into_a_name_is_left_alone() -> None:
    result = analyse("Senator for Tasmania Judith Crane said the report was credible.")
    assert "Judith Crane" in names(result, t.PERSON)
    assert not any("Judith" in name for name in names(result, t.PLACE))


def test_a_place_name_beside_a_chinese_surname_is_a_persons_given_name() -> None:
    result = analyse("“We were never told,” said Yining Zhao, a reporter who covered the trial in Urumqi.")
    assert "Yining Zhao" in names(result, t.PERSON)
    assert names(result, t.PLACE) == {"Ürümqi"}


def test_a_surname_before_a_place_name_makes_a_person_but_a_pronoun_does_not() -> None:
    result = analyse("Liu Yanan, a lawyer, visited Yining. He said the court had refused.")
    assert names(result, t.PERSON) == {"Liu Yanan"}
    assert names(result, t.PLACE) == {"Ghulja"}


def test_a_villas_head_read_alone_after_a_common_noun_is_no_place() -> None:
    assert names(analyse("议员们在国会山庄举行听证会，讨论涉疆法案。"), t.PLACE) == set()
    assert names(analyse("他们住在阳光山庄。"), t.PLACE) == {"阳光山庄"}


def test_an_address_in_pinyin_and_a_place_after_a_preposition_make_no_person() -> None:
    assert not names(analyse("The office was registered at Tianshan Qu, Urumqi Shi, Xinjiang."), t.PERSON)
    assert not names(analyse("Speaking in Beijing Wang said the talks went well."), t.PERSON)
