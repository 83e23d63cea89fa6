"""Rules for particular page shapes keep off ordinary text: a day the calendar lacks, a street's name before a
noun, headings in capitals, "MPs for" a cause, a school's institute, a sentence above a name. Sentences
written for these tests."""

from __future__ import annotations

from habeas.analyse import tables as t
from habeas.analyse.engine import DocumentText, analyse_batch
from test_analyse_unseen import BODIES, analyse, names


def test_a_day_the_calendar_lacks_is_no_date_and_fails_nothing() -> None:
    [result] = analyse_batch([DocumentText("d", [(1, "Jane Roe (RFA, 31 Feb 20) said 300 people were held.")])])
    assert not any("-02-31" in (d.value or "") for d in result.dates)
    assert "Jane Roe" in {m.name for m in result.mentions if m.type == t.PERSON}


def test_a_streets_name_before_a_noun_leaves_the_figure_a_count() -> None:
    [result] = analyse_batch([DocumentText("d", [(1, "More than 200 Wall Street firms signed the pledge.")])])
    assert [c.value for c in result.claims] == [200.0]


def test_headings_in_capitals_before_a_colon_are_no_speakers() -> None:
    assert not names(analyse("READ MORE:\nKEY POINTS:\nTOP STORIES:\nThe camp was closed in 2019."), t.PERSON)


def test_members_for_a_cause_name_no_seat() -> None:
    assert not names(analyse("The plan was backed by MPs for Brexit and by the unions."), t.PLACE)


def test_a_schools_institute_is_not_cut_as_a_second_school() -> None:
    bodies = names(analyse("She joined the Fudan University Development Institute in 2015."), *BODIES)
    assert not any(b.startswith("Development") for b in bodies)


def test_a_sentence_above_a_name_is_no_posts_line() -> None:
    text = "The Minister of Foreign Affairs said it would respond.\nMore Coverage\n"
    assert not names(analyse(text), t.PERSON)
