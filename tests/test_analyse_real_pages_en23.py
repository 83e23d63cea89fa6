"""English pages as copied from the web, a twenty-fourth batch of real pages read outside the project (a
Canadian community paper's repost of a broadcaster's report, a trade newsletter's item with its cross-reference
numbers, a Washington news site's report with a photo's credit at its caption's end, an online encyclopaedia's
article on a company with its infobox run together and mirrors of another's infobox and table, a Chinese
business wire's report under its credit in brackets, a trade magazine's report, a law firm's blog, a review's
long-form essay, a news digest's summary, a broadcaster's video page and a news site's report). The pages
below are written for these tests; the well-known bodies and places in them are themselves, everyone else is
invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def test_a_credit_in_brackets_before_a_dateline_names_the_outlet_not_a_person() -> None:
    text = (
        "(Caixin Harbor) Mar. 3 -- Copper prices fell in Urumqi after the smelter closed.\n"
        "The plant employs 2,000 workers.\n"
    )
    r = analyse(text)
    assert "Caixin Harbor" in names(r, t.ORGANIZATION)
    assert "Caixin Harbor" not in names(r, t.PERSON)


def test_a_credit_in_brackets_after_a_datelines_place_names_the_outlet() -> None:
    text = "OSLO (Yicai Northern) March 3 - Copper prices fell in Urumqi after the smelter closed.\n"
    r = analyse(text)
    assert "Yicai Northern" in names(r, t.ORGANIZATION)
    assert "Yicai Northern" not in names(r, t.PERSON)


def test_a_photographers_credit_ending_its_captions_line_names_a_person() -> None:
    text = (
        "Wind turbines in Gansu.\n"
        "Some officials worry the rule is weak. Tomas Brankov/AP\n\n"
        "The agency has changed how it enforces the ban on goods from the region.\n"
    )
    r = analyse(text)
    assert "Tomas Brankov" in names(r, t.PERSON)


def test_a_plural_noun_opening_a_sentence_before_of_is_no_word_of_a_companys_name() -> None:
    text = (
        "Prices rose. Shares of Kestrel Mining Group, a large copper producer, fell after it reported losses. "
        "Employees of Harbor Textile Company said they were unpaid. Stakes in Ardent Cotton Industry changed hands.\n"
    )
    bodies = names(analyse(text), t.ORGANIZATION)
    assert {"Kestrel Mining Group", "Harbor Textile Company", "Ardent Cotton Industry"} <= bodies
    assert not {b for b in bodies if b.startswith(("Shares", "Employees", "Stakes"))}


def test_a_body_whose_name_opens_with_a_plural_head_before_of_keeps_it() -> None:
    text = "Prices rose. Mothers of the Plaza Group met the minister in Urumqi.\n"
    assert "Mothers of the Plaza Group" in names(analyse(text), t.ORGANIZATION)


def test_a_credited_photographers_gaelic_family_name_is_a_persons() -> None:
    text = (
        "Cotton fields near Aksu.\n"
        "Officials say the harvest is mechanised. Orla McBrannigan/AP\n\n"
        "The agency has changed how it enforces the ban. Photo: Eamon O’Tierney/Reuters\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Orla McBrannigan", "Eamon O’Tierney"} <= people


def test_a_photographers_name_ends_before_the_site_or_paper_the_photo_came_from() -> None:
    text = (
        "Shipments are held at the ports.\n\n"
        "a crowd outside a consulate\n"
        "Photo by Ardith Solenne on Pexels.com\n\n"
        "Importers can ask for a review. Photograph by Brisna Tenatus for The Harbor Ledger\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Ardith Solenne", "Brisna Tenatus"} <= people
