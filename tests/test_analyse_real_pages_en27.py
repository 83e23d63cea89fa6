"""English pages as copied from the web, a twenty-eighth batch of real pages read outside the project (a regional
outlet's feature with a pull quote, a paper's photo essay, a wire's picture story, an aggregator's copy of a wire
story, a newsletter's item, a site of numbered facts, a report's front matter, an encyclopaedia mirror's article
on a state body and a glossary site's copy of it, a paper's feature and its report, a magazine's report, a
broadcaster's report, a rights group's release, a paper's report with its caption's credit in capitals and a
paper's topic page of captions and teasers). The pages below are written for these tests; the well-known bodies
and places in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def test_a_file_photographs_credit_names_its_photographer() -> None:
    # a paper's topic page: each teaser under its picture's caption, the credit after "File photograph:"
    text = (
        "A guard tower near a camp on the outskirts of Hotan. File photograph: Arslan Qadirbek/AFP via Getty\n\n"
        "As China faced censure last year, officials said the camps had closed (...)\n\n"
        "Women at a market in Kashgar. File photo: Maryam Toxtiyeva/Reuters\n\n"
        "Officials deny the reports (...)\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Arslan Qadirbek", "Maryam Toxtiyeva"} <= people


def test_a_credit_in_capitals_run_on_from_its_caption_names_the_photographer() -> None:
    # a paper's caption with the photographer's name in capitals after its last word, the agency after a slash
    text = (
        "The ministry urged China to grant the envoy full access to the camps.\n\n"
        "The envoy will visit Xinjiang during a six-day trip to China ARSLAN QADIRBEK/AP\n\n"
        "A spokesman said the ministry remained concerned.\n"
    )
    assert "Arslan Qadirbek" in names(analyse(text), t.PERSON)


def test_a_person_after_a_bodys_possessive_is_a_person() -> None:
    text = (
        "The challenge is inescapable, claimed Uyghur Human Rights Project’s Aruzhan Kemelova, speaking at a panel"
        " event in New York.\n\n"
        "Human Rights Watch’s Dilnur Sabitova said the rules were weak. The Ministry of Foreign Affairs’ Qian Weiming"
        " said the report was a lie.\n"
    )
    r = analyse(text)
    assert {"Aruzhan Kemelova", "Dilnur Sabitova", "Qian Weiming"} <= names(r, t.PERSON)
    assert "Human Rights Watch" in names(r, t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_bodys_possessive_before_a_programme_or_a_numbered_item_names_no_person() -> None:
    text = "For more on OFAC's Global Magnitsky sanctions, see OFAC's Frequently Asked Question 897.\n"
    assert not {"Global Magnitsky", "Frequently Asked Question"} & names(analyse(text), t.PERSON)


def test_a_places_people_by_its_name_and_ers_are_no_person() -> None:
    text = (
        "Uyghurs, along with Tibetans, Hong Kongers and Chinese human rights advocates, are calling for a boycott."
        " Many New Zealanders joined them, said Jane Rogers.\n"
    )
    r = analyse(text)
    assert not {"Hong Kongers", "New Zealanders"} & names(r, t.PERSON, t.ORGANIZATION, t.PLACE)
    assert "Jane Rogers" in names(r, t.PERSON)


def test_an_adverb_and_a_participle_end_what_a_figure_counts() -> None:
    text = "China has 56 ethnic groups officially recognized by the state. Five family members owned the shop.\n"
    units = {c.value: c.unit for c in analyse(text).claims}
    assert units[56] == "ethnic groups"
    assert units[5].startswith("family members")


def test_a_second_relative_joined_by_and_is_named_by_one_name() -> None:
    text = (
        "In April 2016 she boarded a plane to Istanbul with her husband Erkin Sadiq and son Mehmet, hiding her"
        " pregnancy. She left her other children at home.\n"
    )
    assert {"Erkin Sadiq", "Mehmet"} <= names(analyse(text), t.PERSON)


def test_a_capitalised_adjective_in_al_after_the_is_no_body() -> None:
    text = (
        "The techniques have implications for the International community as the firms sell their cameras."
        " Amnesty International said the National Endowment for Democracy had funded the study.\n"
    )
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert "International" not in bodies
    assert "Amnesty International" in bodies


def test_a_dateline_of_a_month_and_day_names_its_publisher_in_brackets() -> None:
    text = (
        "OCT. 5 (The Steppe Bulletin) – Rights activists accused Kazakhstan of caving in to pressure after it"
        " refused asylum to a teacher who had fled a camp.\nENDS\n"
    )
    r = analyse(text)
    assert "Steppe Bulletin" in names(r, t.ORGANIZATION)
    assert "Steppe Bulletin" not in names(r, t.FACILITY, t.PLACE)


def test_a_reporting_verb_in_the_present_ends_what_a_figure_counts() -> None:
    text = "The group's two new research briefings describe the links between the firms and the camps.\n"
    units = {c.value: c.unit for c in analyse(text).claims}
    assert units[2] == "research briefings"
