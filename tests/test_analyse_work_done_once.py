"""Work the analysis does once where it did it twice, with the same result: the rules take the page as the
engine prepared it for the statistical model only where that is the reading they would make themselves.
The pages are written for these tests; the people in them are invented."""

import pytest

from habeas.analyse.document import PageNLP, _prepared
from habeas.analyse.english_layout import prepare, prepare_for_model, prepare_mapped

PAGES = [
    "Mirza Tohtiyeva, a teacher from Hotan, was detained in 2018.\nHer brother said she was held for months.",
    # an infobox: three lines of a label and its value
    "Kamil Rozi\nBorn 12 March 1961\nNationality Chinese\nOccupation Economist\n\nHe taught in Urumqi.",
    # a word a copy broke with a hyphen and a space, which the reading mends (the offsets change)
    "The report by Sarah Ken- nedy named the Ministry of Public Security.",
    # a typesetter's non-breaking hyphen, which the reading writes as a hyphen
    "Bert\u2011Jan Ruissen spoke in the European Parliament on 3 June 2021.",
]


@pytest.mark.parametrize("page", PAGES)
def test_the_models_text_is_prepare_with_the_pages_fields(page: str) -> None:
    prepared, _fields, _reading = prepare_for_model(page)
    assert prepared == prepare(page, _fields)


@pytest.mark.parametrize("page", PAGES)
def test_the_engines_reading_is_the_rules_own_where_it_is_given(page: str) -> None:
    _prepared_text, _fields, reading = prepare_for_model(page)
    if reading is not None:
        assert (reading.text, reading.stored_at) == prepare_mapped(page)
        assert reading.source == page


def test_a_page_that_reads_otherwise_than_written_gets_no_reading_from_the_engine() -> None:
    for page in PAGES[2:]:
        assert prepare_for_model(page)[2] is None


def test_the_rules_read_the_page_again_where_the_engines_reading_is_of_another_text() -> None:
    page = PAGES[0]
    _prepared_text, _fields, reading = prepare_for_model(page)
    assert reading is not None
    other = page.replace("Hotan", "Aksu ")
    assert _prepared(PageNLP(1, other, [], [], reading)) == prepare_mapped(other)
    assert _prepared(PageNLP(1, page, [], [], reading)) == prepare_mapped(page)


def test_a_countrys_adjective_is_read_once_a_word_with_the_answer_of_every_countrys_name() -> None:
    from habeas.analyse.english import _a_countrys_adjective, _country_words, adjective_of, national_word

    for word in ["Australian", "Chinese", "Pakistani", "Icelandic", "Tashi", "Mirzayan", "Rozian"]:
        first, again = national_word(word), national_word(word)
        assert first == again
        assert _a_countrys_adjective(word) == any(adjective_of(word, c) for c in _country_words())
    assert national_word("Australian") and not national_word("Tashi")
    assert _a_countrys_adjective.cache_info().hits > 0


def test_a_page_with_no_cells_gap_has_no_column_and_a_table_still_has_its_column() -> None:
    from habeas.analyse.english_rules import _NAME_HEADING_RE, _column_cells

    prose = "Mirza Tohtiyeva, a teacher from Hotan, was detained in 2018.\nHer brother spoke to reporters."
    assert list(_column_cells(prose, _NAME_HEADING_RE)) == []
    table = "Name\tOccupation\nKamil Rozi\tEconomist\nAyshem Tursun\tTeacher\n\nAfter the table."
    cells = [(start, cell) for start, cell, _row in _column_cells(table, _NAME_HEADING_RE)]
    assert cells == [(table.index("Kamil"), "Kamil Rozi"), (table.index("Ayshem"), "Ayshem Tursun")]


def test_the_strong_mentions_inside_a_candidate_are_found_by_where_they_start() -> None:
    import random

    from habeas.analyse.english_overlaps import _ByStart
    from habeas.analyse.model import Mention

    rng = random.Random(31)
    mentions = []
    for _ in range(200):
        start = rng.randrange(0, 500)
        mentions.append(Mention(1, start, start + rng.randrange(0, 40), "x", "x", "place"))  # (only offsets matter)
    by_start = _ByStart(mentions[:150])
    for m in mentions[150:]:  # a facility named in full joins the strong mentions as the candidates are read
        by_start.add(m)
    for start in range(0, 540, 7):
        end = start + rng.randrange(0, 60)
        within = by_start.starting_within(start, end)
        assert sorted(map(id, within)) == sorted(id(m) for m in mentions if start <= m.start <= end)
    assert sorted(map(id, by_start.mentions)) == sorted(map(id, mentions))


def test_a_body_named_after_a_place_it_holds_keeps_its_whole_name_among_many_mentions() -> None:
    from habeas.analyse import tables as t
    from habeas.analyse.english import P_STRONG
    from habeas.analyse.english_overlaps import resolve_overlaps
    from habeas.analyse.model import Mention

    text = "the Government of Xinjiang and the Xinjiang Daily said"
    body = Mention(1, 4, 26, "Government of Xinjiang", "Government of Xinjiang", t.PUBLIC_BODY, P_STRONG - 1)
    place = Mention(1, 18, 26, "Xinjiang", "Xinjiang", t.PLACE, P_STRONG)
    other = Mention(1, 35, 43, "Xinjiang", "Xinjiang", t.PLACE, P_STRONG)
    assert (text[body.start : body.end], text[place.start : place.end]) == ("Government of Xinjiang", "Xinjiang")
    kept = resolve_overlaps([body, place, other])
    assert [m.text for m in kept] == ["Government of Xinjiang", "Xinjiang"]
