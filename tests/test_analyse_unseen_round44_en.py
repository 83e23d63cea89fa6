"""The forty-fourth written round (an encyclopaedia's timeline with year headings, a broadcaster's explainer in
questions and answers, a fact-checking outlet's article): the general shapes it showed. The sentences below are
written for these tests; the well-known bodies and places in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from habeas.analyse.english_spacy import spacy_mentions
from test_analyse_unseen import BODIES, analyse, names, values

_TIMELINE = (
    "Timeline of the dam protests\n"
    "2015[edit]\n"
    "In April 2015, herders petition the county.[1]\n"
    "2016[edit]\n"
    "On 3 June, police detain eleven herders near the reservoir.[2]\n"
    "On 9 September, a court in Altay hears the case.[3]\n"
)


def test_a_year_heading_gives_its_year_to_the_days_and_months_under_it() -> None:
    r = analyse(_TIMELINE)
    dated = {d.text: d.value for d in r.dates}
    assert dated["3 June"] == "2016-06-03"
    assert dated["9 September"] == "2016-09-09"


def test_a_day_and_month_before_a_comma_and_a_count_is_a_date_and_the_count_a_count() -> None:
    r = analyse("The first letter came in May 2019. On 18 July, 41 countries signed a second letter in reply.")
    assert "2019-07-18" in {d.value for d in r.dates}
    assert 41 in values(r)
    assert 18 not in values(r)


def test_a_timeline_entry_that_opens_with_its_day_and_cites_a_document_number_is_no_note() -> None:
    r = analyse(
        "Events\n5 March 2018: The bureau circulates 16 notices, among them one numbered Yifa [2018] No. 27.[4]\n"
    )
    assert "2018-03-05" in {d.value for d in r.dates}
    assert 16 in values(r)


def test_a_related_storys_age_after_its_headline_and_a_dash_is_no_count() -> None:
    r = analyse(
        "More on this story\n"
        "'They took my father at night' - 4 days ago\n"
        "The town that lost its bazaar - 12 March 2024\n"
    )
    assert 4 not in values(r)


def test_a_house_number_before_a_row_or_a_close_is_an_address_and_the_street_no_person() -> None:
    r = analyse("Write to the editors at 14 Tanner Row, York YO1 6JB, or visit us at 6 Abbey Close, Leeds LS2 7AB.")
    assert not {14, 6} & values(r)
    assert not {"Tanner Row", "Abbey Close"} & names(r, t.PERSON)


def test_a_row_or_a_close_in_a_headlines_capitals_ends_no_address_and_its_count_counts() -> None:
    r = analyse("UK Expels 3 Chinese Diplomats In Row Over Spying\nPolice Arrest 12 Protesters Close To Embassy\n")
    assert {3, 12} <= values(r)


def test_a_share_button_on_its_own_line_under_a_byline_is_no_person() -> None:
    r = analyse("Published 2 May 2023\nBy Hanna Kovalenko-Reid, Central Asia reporter\nShare\nThe herders left.\n")
    assert "Hanna Kovalenko-Reid" in names(r, t.PERSON)
    assert "Share" not in names(r, t.PERSON)


def test_an_editors_update_note_the_model_reads_as_a_body_is_no_body() -> None:
    text = (
        "Update, 9 May 2024: This story was updated with a reply from the district office. Our finding stands.\n"
        "Correction: An earlier version of this story misspelled the name of the village.\n"
    )
    ents = [(0, 6, "ORG"), (text.index("Correction"), text.index("Correction") + 10, "ORG")]
    assert not [m for m in spacy_mentions(1, text, ents, text) if m.type in BODIES]
    assert [m.name for m in spacy_mentions(1, "Update Partners said so.", [(0, 15, "ORG")])] == ["Update Partners"]


def test_an_embassy_in_capitals_is_known_by_its_seat_and_two_are_two_bodies() -> None:
    r = analyse(
        "The Chinese Embassy in the Netherlands said the report was false. The Chinese Embassy in Ottawa said "
        "the same a day later."
    )
    bodies = names(r, *BODIES)
    assert {"Chinese Embassy in the Netherlands", "Chinese Embassy in Ottawa"} <= bodies


def test_a_title_the_model_cuts_on_a_preposition_is_no_body() -> None:
    r = analyse('After the riots, the party launches the "Strong Wall Campaign against Separatist Activity".')
    assert not [n for n in names(r, *BODIES) if n.endswith(" against")]


def test_a_county_named_before_the_prefecture_it_lies_in_is_a_place_by_its_full_name() -> None:
    r = analyse("The inspectors drove to Tekes County in the Ili Kazakh Autonomous Prefecture last year.")
    assert "Tekes County" in {m.text for m in r.mentions if m.type == t.PLACE}
