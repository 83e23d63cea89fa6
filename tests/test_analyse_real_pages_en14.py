"""English pages as copied from the web, a fifteenth batch of real pages read outside the project (a
parliament's debates as a debates site and the parliament's open data keep them, a treaty body's summary
record and a meeting's summary, a rating site's note on a company's disclosure, a trade lawyer's note on a
customs order, a brief's cover to a supreme court, a company's report as a document site copies it, a trade
magazine's report, a journal's and a magazine's book reviews, a trade court's opinion, a press-freedom
group's report). The pages below are written for these tests; the well-known bodies in them are themselves,
everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def _bodies(text: str) -> set[str]:
    result = analyse(text)
    return names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)


def _counts(text: str) -> set[float]:
    return {c.value for c in analyse(text).claims}


def test_a_pages_age_in_brackets_counts_nothing() -> None:
    text = (
        "Cotton and Forced Labour in Supply Chains\n\nTuesday 4th March 2025\n\n(3 days, 4 hours ago)\n\n"
        "Main Chamber\n\nMore than 900 firms have been asked to trace their cotton.\n"
    )
    counts = _counts(text)
    assert 900.0 in counts
    assert 3.0 not in counts and 4.0 not in counts


def test_a_debates_sites_portrait_line_names_the_speaker_and_the_seat() -> None:
    text = (
        "Cotton and Forced Labour in Supply Chains\n\n10:15\n"
        "Fiona Ardley Portrait Fiona Ardley (Kelso and Tweeddale) (LD)\n- Hansard - - - Excerpts\n\n"
        "I beg to move,\n\nThat this House has considered cotton supply chains.\n"
    )
    result = analyse(text)
    assert "Fiona Ardley" in names(result, t.PERSON)
    assert "Kelso and Tweeddale" in names(result, t.PLACE)


def test_a_summary_records_family_name_in_capitals_is_a_person() -> None:
    text = (
        "SUMMARY RECORD OF THE 2210th MEETING\n\nChairperson: Ms. OKONJO\n\n"
        "Mr. KOVALENKO Dmytro (Ukraine) said that his delegation welcomed the report. Mr. HALVORSEN asked "
        "whether the State party kept figures on detention.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Kovalenko Dmytro", "Okonjo", "Halvorsen"} <= people


def test_a_briefs_counsel_and_a_captions_parties_in_capitals_are_people() -> None:
    text = (
        "BRIEF FOR THE RESPONDENTS\n\nPETER J. HALLORAN\nActing Solicitor General\nCounsel of Record\n"
        "MARTA L. OYELARAN\nAttorneys\nDepartment of Justice\n\n"
        "ACME TEXTILES CO., LTD., Plaintiff, v. UNITED STATES; GRETA VOLSKAYA, in her official capacity as the "
        "Secretary of Commerce, Defendants.\n"
    )
    result = analyse(text)
    people = names(result, t.PERSON)
    assert {"Peter J. Halloran", "Marta L. Oyelaran", "Greta Volskaya"} <= people
    assert "VOLSKAYA" not in names(result, t.PLACE)


def test_a_post_cut_at_a_lines_end_is_no_name() -> None:
    text = (
        "With them on the brief were Nadia K. Farrow, Principal Deputy Assistant\nAttorney General, and "
        "Owen Basset, Deputy Solicitor General.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Nadia K. Farrow", "Owen Basset"} <= people
    assert not people & {"Principal Deputy Assistant", "Solicitor General"}


def test_a_reviews_publisher_line_names_a_body() -> None:
    text = (
        "In This Review\n\nThe Oasis Towns: A History\nBy Tomasz Wielgus\nAldous Pemberton, 2006, 412 pp.\n\n"
        "Steppe Roads\nEdited by Marit Solheim\nR. J. Castellane, 2011, 288 pp.\n\n"
        "After 1949 the towns along the road were rebuilt.\n"
    )
    result = analyse(text)
    people = names(result, t.PERSON)
    assert {"Tomasz Wielgus", "Marit Solheim"} <= people
    assert not people & {"Aldous Pemberton", "R. J. Castellane"}
    assert {"Aldous Pemberton", "R. J. Castellane"} <= names(result, t.ORGANIZATION)


def test_the_last_word_of_a_list_of_companies_is_a_company() -> None:
    text = (
        "The study named 64 retailers that may be buying the region's cotton, including Carrefour, Nike, Zara "
        "and Primark.\nCampaigners wrote to Gap, Uniqlo and Primark; none replied.\n"
    )
    result = analyse(text)
    assert "Primark" in _bodies(text)
    assert "Primark" not in names(result, t.PLACE)


def test_a_filings_parties_named_by_their_part_are_no_names() -> None:
    text = (
        "UNITED STATES COURT OF INTERNATIONAL TRADE ORIOLE SOLAR CO., LTD., Plaintiffs, v. UNITED STATES OF "
        "AMERICA; MARTIN K. ELLSWORTH, in his official capacity as the Secretary of the Treasury, Defendants. "
        "OPINION Plaintiffs ask the court to set aside the listing. Defendants oppose the motion.\n"
    )
    result = analyse(text)
    found = names(result, t.PLACE) | names(result, t.PERSON) | _bodies(text)
    assert "Martin K. Ellsworth" in names(result, t.PERSON)
    assert not found & {"Plaintiffs", "Defendants"}


def test_a_credit_after_the_copyright_sign_without_a_year_names_the_photographer() -> None:
    text = (
        "A worker sorts cotton at a mill near Aksu © Tomas Lindqvist/VCG via Getty Images\n\n"
        "Buyers 'may still be sourcing the region's cotton'\n\n12 March 2024\n\nThe mill closed in 2021.\n"
    )
    result = analyse(text)
    assert "Tomas Lindqvist" in names(result, t.PERSON)
    assert "Getty Images" in _bodies(text)


def test_a_family_name_with_the_ending_of_an_abstract_plural_is_a_name() -> None:
    text = (
        "Former Attorney General Harold B. Sessions III was a respondent in the district court. The clerk, "
        "Ruth Clements, filed the notice.\n\nII. General Considerations and Specific Recommendations\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Harold B. Sessions", "Ruth Clements"} <= {p.removesuffix(" III") for p in people}
    assert not any("Considerations" in p or "Recommendations" in p for p in people)
