"""Thirty-fifth round of analysis on text it was not written for (English): each test is one class of error a
thirty-fifth held-out set (bench/data/extraction/heldout35-en: an asylum tribunal's determination, an NGO's
explainer page of questions and answers, a thread of posts copied from a social platform) showed. The sentences
are written for these tests; the people, bodies, places and figures in them are not the held-out set's."""

from habeas.analyse import tables as t
from habeas.analyse.claim_kinds import claim_kind
from test_analyse_unseen import analyse, names, values

BODY_TYPES = (t.ORGANIZATION, t.PUBLIC_BODY)

# -- people ----------------------------------------------------------------------------------------------------


def test_a_display_name_over_or_before_a_handle_is_a_person() -> None:
    r = analyse(
        "Posts\n\nMarta Kowalczyk 🇵🇱\n@mkowalczyk_pl\nReporter. Views my own.\n1/ We counted the new compounds.\n\n"
        "Tomas Brandvold @tbrandvold · 4h\nThe list is long. We read it twice.\n"
    )
    people = names(r, t.PERSON)
    assert {"Marta Kowalczyk", "Tomas Brandvold"} <= people


def test_a_panels_judges_in_capitals_after_their_title_are_people() -> None:
    r = analyse(
        "Before\n\nUPPER TRIBUNAL JUDGE PENROSE\nDEPUTY UPPER TRIBUNAL JUDGE MCALLISTER-GRAY\n\nBetween\n\n"
        "IN THE HIGH COURT OF JUSTICE\nMR JUSTICE FENWICK\n\nOFFICE OF THE JUDGE ADVOCATE GENERAL\n"
    )
    people = {n.casefold() for n in names(r, t.PERSON)}
    assert {"penrose", "mcallister-gray", "fenwick"} <= people
    assert not [p for p in people if "general" in p]


# -- bodies ----------------------------------------------------------------------------------------------------


def test_a_party_post_before_of_is_no_body_but_the_committee_after_it_is() -> None:
    r = analyse("The camps grew under Li Wenhua, Party Secretary of the Aksu Prefecture Party Committee from 2016.")
    bodies = names(r, *BODY_TYPES)
    assert [b for b in bodies if b.startswith("Aksu") and b.endswith("Party Committee")]
    assert not [b for b in bodies if b.startswith("Party Secretary")]


def test_a_bio_line_names_the_body_after_the_post_and_the_post_is_no_body() -> None:
    r = analyse("Hanne Bakke\n@hbakke\nCorrespondent, Dagens Nyheter. Formerly Moscow.\n")
    bodies = names(r, *BODY_TYPES)
    assert "Dagens Nyheter" in bodies
    assert "Correspondent" not in bodies
    assert "Dagens Nyheter" not in names(r, t.PERSON)


def test_a_link_cards_site_line_names_the_site_without_from() -> None:
    r = analyse("Read the whole investigation 👇\nbt.no\nThe list from one county: 900 names\nFrom Bergens Dagbladet\n")
    bodies = names(r, *BODY_TYPES)
    assert "Bergens Dagbladet" in bodies
    assert not [b for b in bodies if b.startswith("From")]


def test_a_cited_cases_parties_by_initials_are_no_body() -> None:
    r = analyse(
        "9. We were referred to GS (Article 15(c): indiscriminate violence) Afghanistan CG [2012] UKUT 00044 (IAC) "
        "and to TR (Sur place activity) v Secretary of State for the Home Department [2018] EWCA Civ 310."
    )
    found = names(r, *BODY_TYPES, t.PERSON)
    assert not {"GS", "TR"} & found


# -- places ----------------------------------------------------------------------------------------------------


def test_the_post_town_before_a_british_postcode_is_a_place() -> None:
    r = analyse(
        "Registered office: 14 Quay Street, Barnstaple EX31 1HA, United Kingdom\n"
        "Write to us: Unit 2, 7 Mill Yard\nKendal LA9 4QD\n"
    )
    assert {"Barnstaple", "Kendal"} <= names(r, t.PLACE)


# -- claims ----------------------------------------------------------------------------------------------------


def test_a_posts_counters_count_nothing_and_name_no_body() -> None:
    r = analyse("We read the roster twice.\n12 Reposts   3 Quotes   2.4K Likes   9 Bookmarks\n")
    assert not {3, 2400, 2.4, 9, 12} & values(r)
    assert not {"Bookmarks", "Likes", "Quotes"} & names(r, *BODY_TYPES)


def test_a_trillion_scales_its_figure() -> None:
    r = analyse("Pension funds with $6.2 trillion in assets signed the letter.")
    assert 6.2e12 in values(r)
    assert 6.2 not in values(r)


def test_an_age_told_after_a_birth_year_or_before_the_year_it_was_told_of() -> None:
    r = analyse(
        "The appellant was born in Hotan Prefecture in 1988 and now 36, he says. "
        "My aunt is on the second page. She was 61 in 2017."
    )
    ages = {c.value for c in r.claims if c.unit == "years old"}
    assert {36, 61} <= ages
    assert 40 in {c.value for c in analyse("Sales fell in 2019 and now 40 shops remain.").claims}


def test_people_sent_to_a_camps_euphemism_in_quotation_marks_are_sent_to_camps() -> None:
    sentence = 'Of those, 212 had been sent to "training", the list says.'
    assert claim_kind("people", "212", sentence) == "people sent to camps"
