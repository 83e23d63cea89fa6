"""Fourteenth round of analysis on text it was not written for (English only): each test is one class of
error a fourteenth held-out set (bench/data/extraction/heldout14-en) showed after the thirteenth round's
fixes. The sentences are written for these tests; the people and small bodies in them are not the
held-out set's (well-known bodies, agencies and places appear as themselves)."""

from habeas.analyse import tables as t
from habeas.analyse.dates import english_dates
from habeas.analyse.numbers import english_figures
from test_analyse_unseen import analyse, names


def _values(text: str) -> set[float]:
    return {f.value for f in english_figures(text, [])}


# -- claims ------------------------------------------------------------------------------------------


def test_a_time_zones_offset_and_a_pages_age_count_nothing() -> None:
    line = "March 3, 2024 8:15 AM GMT+8 Updated 5 hours ago"
    assert not _values(line) & {8.0, 5.0}
    assert not _values("Posted at 14:05 UTC-5, updated 45 minutes ago.") & {5.0, 45.0}
    assert 5.0 in _values("The hearing lasted 5 hours.")  # hours that are no page's age still count


def test_an_index_named_by_capitals_and_a_number_is_no_count() -> None:
    figures = {
        (f.value, f.unit) for f in english_figures("The FTSE 100 index fell 1.2% and the KOSPI 200 index rose.", [])
    }
    assert not any(v in (100.0, 200.0) for v, _ in figures)
    assert (1.2, "per cent") in figures
    assert 300.0 in _values("The UN sent 300 observers.")  # capitals before a count that is no index's name


# -- dates -------------------------------------------------------------------------------------------

_STORY = (
    "By Ana Ferreira\n"
    "October 15, 2025\n\n"
    "LISBON (Reuters) - Customs officers said on Monday that the shipments will be stopped at the border "
    "from Friday. The ministry will publish its list next Tuesday. Inspectors seized two containers on Friday."
)


def test_a_weekday_in_a_clause_that_looks_ahead_is_the_next_such_day() -> None:
    found = [(d.text, d.value) for d in english_dates(_STORY) if d.precision == "day"]
    assert ("Monday", "2025-10-13") in found  # "said on Monday": the last Monday
    assert ("Friday", "2025-10-17") in found  # "will be stopped ... from Friday": the next Friday
    assert ("Tuesday", "2025-10-21") in found  # "next Tuesday"
    assert ("Friday", "2025-10-10") in found  # "seized ... on Friday": the last Friday


# -- bodies ------------------------------------------------------------------------------------------


def test_a_company_before_its_ticker_keeps_the_place_its_name_holds() -> None:
    text = (
        "The list now names Yunnan Copper (000878.SZ) and Guangdong Investment (0270.HK), whose shares fell. "
        "Alibaba (NYSE: BABA) was not named."
    )
    result = analyse(text)
    bodies = names(result, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"Yunnan Copper", "Guangdong Investment", "Alibaba"} <= bodies
    assert not names(result, t.PLACE) & {"Yunnan", "Guangdong"}


def test_the_firm_an_analyst_works_at_is_a_body() -> None:
    text = "Analysts at Jefferies cut their forecast, and an economist with Capital Economics said exports would slow."
    assert {"Jefferies", "Capital Economics"} <= names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)


_REFERENCES = (
    "References\n\n"
    "1. Okonkwo, Chidi (2004). Prisons of the Empire. New York: Knopf. ISBN 978-0-375-41234-5.\n"
    "2. Hartmann, Lise (2011). Penal Reform in Europe. Boston, MA: Beacon. p. 112.\n"
    '3. "Annual report on detention" (PDF). Amnesty International. Retrieved 3 May 2021.\n'
)


def test_a_publisher_named_alone_after_its_city_is_a_body() -> None:
    result = analyse(_REFERENCES)
    bodies = names(result, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"Knopf", "Beacon"} <= bodies
    assert not bodies & {"MA", "PDF"}  # a state's postal code and a file's format name no body
    assert {"New York", "Boston"} <= names(result, t.PLACE)


def test_a_former_state_is_a_place() -> None:
    text = "The camp was built with help from the Soviet Union, and its guards had trained in Yugoslavia."
    result = analyse(text)
    assert {"Soviet Union", "Yugoslavia"} <= names(result, t.PLACE)
    assert "Soviet Union" not in names(result, t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_names_romanisation_after_its_label_is_no_second_name() -> None:
    text = "Tilanqiao Prison (Chinese: 提篮桥监狱; pinyin: Tílánqiáo Jiānyù) stands in Shanghai."
    assert not any("Jiānyù" in n for n in names(analyse(text), t.PERSON, t.ORGANIZATION, t.PLACE))


def test_a_clause_opened_by_writing_in_names_only_the_paper() -> None:
    text = "Writing in the South China Morning Post in 2020, the economist Ruth Adebayo said exports had fallen."
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert "South China Morning Post" in bodies
    assert not any(b.startswith("Writing") for b in bodies)


def test_two_pinyin_syllables_inside_a_longer_name_name_no_one_of_their_own() -> None:
    text = "By Daniel Okafor and Mei Ling Chua\n\nMinister Wang Yi met reporters, Mei Ling Chua wrote."
    people = names(analyse(text), t.PERSON)
    assert {"Mei Ling Chua", "Wang Yi"} <= people
    assert not {"Mei Ling", "Ling Chua"} & people
