"""Twenty-third round of analysis on text it was not written for (English figures): each test is one class of
error a twenty-third held-out set (bench/data/extraction/heldout23-en: an encyclopaedic article's demographics
section with a census table, a wire story with figures in words and ages, a report's key findings with a table
of sites) showed. The sentences are written for these tests; the people, places and figures in them are not
the held-out set's."""

from habeas.analyse.claim_kinds import CAMPS, DETAINED, FACILITIES, POPULATION, SENTENCED, claim_kind
from habeas.analyse.numbers import english_figures
from test_analyse_unseen import claim_kinds, claim_units


def _counts(text: str) -> dict[float, str]:
    return {f.value: f.unit for f in english_figures(text, [])}


# -- tables ------------------------------------------------------------------------------------------


def test_cells_under_year_heads_count_what_the_tables_title_names() -> None:
    text = (
        "The bureau's estimates are set out below.\n\n"
        "Registered population of three townships (bureau estimates)\n"
        "Township\t2012\t2021\tChange\n"
        "Bostanliq\t18,420\t21,075\t+14.4%\n"
        "Yantaq\t9,310\t8,960\t-3.8%\n"
        "Qumbagh\t12,605\t13,390\t+6.2%\n"
    )
    units = claim_units(text)
    assert units.get(18420) == units.get(8960) == "Registered population of three townships"
    assert not {2012, 2021} & set(units)  # the heads are years, no counts
    kinds = claim_kinds(text)
    assert kinds.get(21075) == POPULATION and kinds.get(14.4) != POPULATION


def test_a_line_with_years_among_words_that_opens_no_table_counts_nothing_new() -> None:
    text = "Elections\n\nCounty\t2016\t2021\tNotes\nThe vote was held twice in the county.\n"
    assert not set(claim_units(text))


def test_a_column_head_that_names_no_counted_thing_counts_what_the_counted_head_names() -> None:
    text = (
        "Region              Camps identified    Razed    Enlarged\n"
        "North                     36             9         14\n"
        "South                     51            12         23\n"
    )
    counts = _counts(text)
    assert counts.get(36) == "Camps identified"
    assert counts.get(12) == "Razed (camps)" and counts.get(23) == "Enlarged (camps)"
    assert claim_kind(counts[12], "12", "South 51 12 23") == FACILITIES


# -- what a figure counts ----------------------------------------------------------------------------


def test_a_figure_a_rate_fell_from_counts_what_the_figure_it_fell_to_counts() -> None:
    counts = _counts("The marriage rate in the county fell from 9.3 to 5.1 per thousand within four years.")
    assert counts.get(9.3) == "per thousand" and counts.get(5.1) == "per thousand"
    counts = _counts("Enrolment fell from about 60 to 35 per cent of the cohort.")
    assert counts.get(60) == "per cent"


def test_a_figure_in_millions_compared_with_counts_the_same_thing() -> None:
    units = claim_units(
        "Cotton exports reached 4.2 million tonnes in 2022, up from 3.1 million in 2019, the bureau said."
    )
    assert units.get(3100000) == "tonnes"


def test_a_number_word_before_of_them_and_more_words_is_a_part_of_the_count_before() -> None:
    counts = _counts("Investigators found 23 mass graves along the river, eight of them within sight of the road.")
    assert counts.get(8) == "mass graves"


def test_a_part_that_said_something_counts_what_its_whole_counts() -> None:
    text = (
        "Among the 64 families we reached, 40 said a son had been taken; of these, 11 said the son was in a "
        "prison, and 6 said they had no news at all."
    )
    units = claim_units(text)
    assert units.get(40) == units.get(6) == "families we reached"


def test_a_count_set_or_estimated_at_a_figure_counts_its_subject() -> None:
    units = claim_units("Planned demolitions in the old town were set at 2,350 for the following year.")
    assert units.get(2350) == "demolitions"
    units = claim_units("Injuries among the marchers were estimated at about 140 by the hospital.")
    assert units.get(140) == "injuries"


def test_an_estimate_put_at_a_figure_counts_what_the_count_before_it_counts() -> None:
    text = 'Observers said at least 40,000 people had fled. The governor put the figure at "nearly 60,000" in March.'
    assert claim_units(text).get(60000) == "people"


def test_one_after_a_count_and_and_counts_the_thing_it_names() -> None:
    assert _counts("The ministry sanctioned three companies and one university.").get(1) == "university"
    assert 1 not in _counts("He was sentenced to four years and one month in prison.")
    assert 1 not in _counts("Two guards and one of the prisoners escaped.")


def test_an_age_bound_after_people_is_an_age() -> None:
    assert _counts("Most of the detainees were men under 40, the list shows.").get(40) == "years old"
    assert _counts("Schools took children over 6. Others stayed home.").get(6) == "years old"
    assert _counts("It covered under 40 villages in the county.").get(40) != "years old"


def test_a_share_of_ten_in_words_counts_nothing() -> None:
    counts = _counts("Seven out of ten residents said they had been questioned.")
    assert not {7, 10} & set(counts)


# -- kinds -------------------------------------------------------------------------------------------


def test_a_cue_in_a_later_figures_clause_is_that_figures() -> None:
    kinds = claim_kinds("The leaked roster named 480 people held, of whom 200 had been sent to camps for prayer.")
    assert kinds.get(480) == DETAINED and kinds.get(200) == CAMPS
    kinds = claim_kinds("In all 75 men detained in 2018 were sentenced in a single trial.")
    assert kinds.get(75) == SENTENCED  # a year between the figure and its cue is no figure


def test_took_away_says_people_were_detained() -> None:
    kinds = claim_kinds("Soldiers took away 35 men from the market, according to relatives living abroad.")
    assert kinds.get(35) == DETAINED


def test_the_whole_after_a_part_keeps_its_own_kind() -> None:
    kinds = claim_kinds("By 2019 a quarter of the 2,400 residents had been detained.")
    assert kinds.get(2400) == POPULATION
    kinds = claim_kinds("The town had 48,000 residents in 2020, up from 39,500 in 2010.")
    assert kinds.get(39500) == POPULATION  # the count it is compared with says what it counts
