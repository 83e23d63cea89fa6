"""English pages as copied from the web, a sixteenth batch of real pages read outside the project (a UN special
procedures' letter under its letterhead, a home office's country note, a business paper's list of companies
with their answers, a research report's annex of corporate responses, a bill as the printing office's text and
as its XML, a representative's press release, a bill-tracking site's summary with its cosponsors, an
encyclopaedia's infobox of a law, a think tank's feature as a blog reposts it, a coalition's written submission
to a parliament's committee, a broadcaster's report on diaspora families, an open letter to the UN's
Secretary-General and a student conference's background guide). The pages below are written for these tests;
the well-known bodies in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def _bodies(text: str) -> set[str]:
    result = analyse(text)
    return names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)


def _counts(text: str) -> set[float]:
    return {c.value for c in analyse(text).claims}


def test_a_companies_run_on_list_parts_two_names_the_model_read_as_one() -> None:
    text = (
        "Jane Roe/Insider\n\nThese firms have also been linked to forced labor in the reports.\n\n"
        "Alder Motor, Bexley Sportswear, Brightway, Calder Group, Carver's, Castellan 1920, Corwin Automobile, "
        "Dell, Electrolux, Esprit, Everly Group, Fenwick Group, Geely Auto, Goertek, Haier, Halden Textiles, "
        "Hisense, Hitachi, Lacoste, Land Rover, Lenovo, Norrow Fashion Co., and ZTE.\n"
    )
    bodies = _bodies(text)
    assert {"Dell", "Electrolux", "Geely Auto", "Goertek"} <= bodies
    assert not any(", " in b for b in bodies)


def test_a_pages_markup_tags_name_no_body_and_count_nothing() -> None:
    text = (
        '<?xml version="1.0"?>\n<!DOCTYPE bill PUBLIC "-//US Congress//DTDs/bill.dtd//EN" "bill.dtd">\n'
        '<bill bill-stage="Introduced-in-House" stage-count="4" public-print="no"><form display="yes">'
        '<congress display="yes">118th CONGRESS</congress><session display="yes">2nd Session</session>'
        "<legis-type>A BILL</legis-type><official-title>To prohibit imports of goods made with forced labor in "
        "the Xinjiang Uyghur Autonomous Region.</official-title></form><section><enum>1.</enum><text>Congress "
        "finds that more than 900,000 people have been sent to work in factories.</text></section></bill>\n"
    )
    result = analyse(text)
    bodies = names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)
    assert not bodies & {"DOCTYPE", "DOC", "PUBLIC"}
    counts = {c.value for c in result.claims}
    assert 900000.0 in counts
    assert 4.0 not in counts


def test_a_codes_title_and_a_documents_version_count_nothing() -> None:
    text = (
        "Country Note: Minorities in the North\n\nVersion 4.0 March 2021\n\n"
        "This file is in the public domain under Title 17 Section 105 of the United States Code. "
        "About 3,000 families have asked for news of their relatives.\n"
    )
    counts = _counts(text)
    assert 3000.0 in counts
    assert 4.0 not in counts and 17.0 not in counts


def test_a_letterheads_postal_code_before_its_city_in_capitals_counts_nothing() -> None:
    text = (
        "PALAIS WILSON • 1201 GENEVA 2, SWITZERLAND\n\nREFERENCE: UA CHN 9/2021\n\nExcellency,\n\n"
        "We have received information that 40 students were detained in Kashgar.\n"
    )
    counts = _counts(text)
    assert 40.0 in counts
    assert 1201.0 not in counts


def test_a_bills_cosponsors_family_name_first_after_dashes_are_people() -> None:
    text = (
        "4 cosponsors\nCosponsors: - Hollander, Maria - Quist, Daniel - Ferreira, Joan - Whitby, Colin\n"
        "2024-03-02\nDied in Committee\nThe bill would widen the list of banned suppliers.\n"
    )
    result = analyse(text)
    assert {"Maria Hollander", "Daniel Quist", "Joan Ferreira", "Colin Whitby"} <= names(result, t.PERSON)
    assert not _bodies(text) & {"Quist", "Daniel - Ferreira", "Colin"}


def test_a_headlines_capitalised_preposition_ends_no_persons_name() -> None:
    text = (
        "UN: Name a Special Rapporteur to Watch Crimes Against the Kazakhs!\n\n"
        "Secretary-General Ana Lindqvist\nUnited Nations Headquarters\n\nDear Secretary General,\n\n"
        "We write to ask for a rapporteur.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert not any(p.endswith(" Against") for p in people)
