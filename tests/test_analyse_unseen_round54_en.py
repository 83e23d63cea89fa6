"""Shapes of layout and language from the fifty-fourth English round's first run (an asset manager's engagement
letter, a Canadian parliamentary subcommittee's report chapter, a university course syllabus), each tested on
sentences written for the tests: a reading list's entries in the notes-and-bibliography style, a letter signed by
two people side by side, a police rank before a name, a witness cited with her post before a bureau, a board
committee's name broken after "and", an annual general meeting, Nordic and Dutch bodies' names, figures in a
syllabus and a report (a range in brackets, "only one", numbered recommendations and treaties, a table's cell
after a word that labels numbers elsewhere) and a numbered paragraph whose number a tab follows."""

from test_analyse_unseen import analyse, names, page_names


def test_a_reading_lists_authors_written_surname_first_before_a_title_are_people() -> None:
    text = (
        "SET TEXTS\n"
        "- Lindqvist, Maren. Borderlands of Cotton: Labour and Faith in a Desert Town.\n"
        "  Leiden: Harbour University Press, 2018.\n"
        "Week 4 (Feb. 2 & 4) — Surveillance\n"
        '  Okonkwo, Ruth A., and Tomas Berg. "Cameras at the gate." Inner Asia Review 7, no. 2 (2021): 11–40.\n'
        "  Haraldsen, Ivar, et al. Mapping the Fences. Oslo: Nordkapp Books, 2020.\n"
    )
    r = analyse(text)
    people = names(r, "person")
    assert {"Maren Lindqvist", "Ruth A. Okonkwo", "Tomas Berg", "Ivar Haraldsen"} <= people
    assert not {"Desert Town", "Borderlands"} & (people | names(r, "place"))  # a title's words name no one
    assert "Leiden" in names(r, "place")  # the city that opens a wrapped entry's second line


def test_a_profiles_post_before_its_outlet_is_no_bibliography_entry() -> None:
    text = "Oda Berg\n@oberg_news\nReporter, Bergens Tidende. Formerly Shanghai.\n8:02 AM · Jan 9, 2025 · 3K Views\n"
    assert not any("Reporter" in n for n in page_names(text, "person"))


def test_a_letter_signed_side_by_side_names_each_signer_without_letters_after_the_name() -> None:
    text = (
        "Yours faithfully,\n"
        "[signed]\t\t\t\t[signed]\n"
        "Ms Ingrid Solheim-Vik\t\t\tArjun Mehta-Rao FCA\n"
        "Chair of Trustees\t\t\tDirector of Investment\n"
    )
    assert {"Ingrid Solheim-Vik", "Arjun Mehta-Rao"} <= page_names(text, "person")


def test_a_police_rank_before_a_name_makes_a_person_not_a_body() -> None:
    text = "The briefing came from Superintendent Olaf Brenner. Later Supt. Brenner and Sgt. Kowal left the room."
    people = page_names(text, "person")
    assert {"Olaf Brenner", "Kowal"} <= people
    assert not page_names(text, "organization", "public_body")


def test_a_witness_cited_with_her_post_before_a_bureau_is_a_person_not_part_of_the_bureau() -> None:
    text = (
        "The estimate was thought credible (Anne-Sophie Lavoie-Park, Director General, Export Controls and Sanctions "
        "Bureau, Department of Foreign Affairs, Evidence, 3 May 2022)."
    )
    r = analyse(text)
    assert "Anne-Sophie Lavoie-Park" in names(r, "person")
    assert not any("Lavoie-Park" in n for n in names(r, "organization", "public_body"))


def test_a_board_committee_named_over_a_line_break_after_and_is_one_body() -> None:
    text = (
        "7.\tWe ask to meet Ms Carla Jennings, Chair of the Nomination and\n"
        "Governance Committee, before the Annual General Meeting in June.\n"
    )
    r = analyse(text)
    assert "Nomination and Governance Committee" in names(r, "organization", "public_body")
    assert "Meeting" not in names(r, "person")  # "General" is no rank inside a meeting's name


def test_nordic_companies_and_a_dutch_foundation_are_bodies() -> None:
    text = (
        "The letter was also signed by Havbris Forvaltning ASA (Bergen, Norway), by Stichting Pensioenfonds "
        "Zuiderzee (Amsterdam) and by Lumivaara Oyj; the film was made by Kestrel Dokumentar ApS."
    )
    bodies = page_names(text, "organization", "public_body")
    assert {"Havbris Forvaltning", "Stichting Pensioenfonds Zuiderzee", "Lumivaara", "Kestrel Dokumentar"} <= bodies


def test_a_syllabus_and_a_reports_figures_count_what_they_count_and_labels_do_not() -> None:
    text = (
        "GRADING\n"
        "\tEssay plan: one archival document\t15%\n"
        "\tLong essay (2,500–3,000 words)\t40%\n"
        "The inspectors found only one register and at least one locked ward.\n\n"
        "Recommendation 7\n"
        "That the Department report every year on Treaty 8 lands."
    )
    claims = analyse(text).claims
    found = {c.value for c in claims}
    assert {15, 40, 1} <= found  # a cell after "document", "only one", "at least one"
    assert 2500 in {c.low for c in claims}  # a range in brackets, by its lower bound
    assert not {7, 8} & found  # a recommendation's and a treaty's numbers count nothing


def test_a_numbered_paragraph_whose_number_a_tab_follows_runs_on_over_its_first_line() -> None:
    text = (
        "3.\tThe pressure is growing. Since 14 March 2023 the Federal Customs Service of the Republic has\n"
        "held any goods made in the region at its borders, and importers must show otherwise.\n"
    )
    [dated] = [d for d in analyse(text).dates if d.value == "2023-03-14"]
    assert "held any goods" in dated.sentence_text
