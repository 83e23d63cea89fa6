"""Twenty-eighth round of analysis on text it was not written for (English): each test is one class of error a
twenty-eighth held-out set (bench/data/extraction/heldout28-en: a broadcast interview transcript, an immigration
tribunal's decision, a newspaper opinion column) showed. The sentences are written for these tests; the people,
bodies, places and figures in them are not the held-out set's."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values

# -- people ----------------------------------------------------------------------------------------------------


def _person_entities(text: str) -> set[str]:
    """The names a page's people are known by once the document's shorter names are resolved."""
    return {m.canonical or m.name for m in analyse(text).mentions if m.type == t.PERSON}


def test_a_name_with_a_middle_initial_before_an_apposition_keeps_its_given_name() -> None:
    r = analyse("Economists disagree. Helena K. Varga, a historian at Leiden University, calls the figure low.")
    people = names(r, t.PERSON)
    assert "Helena K. Varga" in people
    assert "Varga" not in people


def test_an_apposition_after_a_sentence_still_names_its_person() -> None:
    r = analyse("The court met in private. Rozi, a former teacher of history, was not present.")
    assert "Rozi" in names(r, t.PERSON)


def test_a_capitalised_particle_stays_in_the_family_name_named_alone_later() -> None:
    text = (
        "For the Appellant: Ms Siobhán Ní Bhriain of Counsel.\n\n"
        "14. The judge erred, as Ms Ní Bhriain submits, in treating the evidence as vague."
    )
    assert _person_entities(text) == {"Siobhán Ní Bhriain"}


def test_a_name_without_its_middle_initial_is_the_same_person() -> None:
    text = (
        "Prof. Tomas J. Lindqvist, who studies satellite images at Lund University, reviewed them.\n\n"
        "TOMAS LINDQVIST: Nothing in them looked altered to us.\n\n"
        "HOST: Thank you.\n\nREPORTER: Thanks."
    )
    labelled = [m for m in analyse(text).mentions if m.text == "TOMAS LINDQVIST"]
    assert [(m.type, m.canonical) for m in labelled] == [(t.PERSON, "Tomas J. Lindqvist")]
    assert _person_entities(text) == {"Tomas J. Lindqvist"}


def test_a_transcripts_speaker_labels_in_capitals_are_its_people() -> None:
    text = (
        "TRANSCRIPT\n\n"
        "ANNA KOWALCZYK, HOST:\n\nGood evening. Our reporter joins us from Bishkek.\n\n"
        "RUSLAN OMAROV, BYLINE: Good evening, Anna.\n\n"
        "KOWALCZYK: What have families told you?\n\n"
        "OMAROV: Most of them are still waiting.\n\n"
        "UNIDENTIFIED PERSON #1: (Speaking Kyrgyz).\n\n"
        "UNIDENTIFIED INTERPRETER: (Through interpreter) We wait every day.\n"
    )
    people = _person_entities(text)
    assert people == {"Anna Kowalczyk", "Ruslan Omarov"}


def test_a_heading_in_capitals_before_a_colon_is_no_speaker() -> None:
    text = "BREAKING NEWS: Court rules on appeal\n\nThe court ruled on Tuesday.\n"
    assert "Breaking News" not in names(analyse(text), t.PERSON)


# -- citations and designations ----------------------------------------------------------------------------------


def test_a_cited_cases_initials_countries_and_court_letters_are_no_entities() -> None:
    r = analyse(
        "11. The judge did not apply RT (Zimbabwe) v SSHD [2012] UKSC 38, nor the guidance in "
        "KS (Benefit of the doubt) Sri Lanka CG [2014] UKUT 552 (IAC), which the appellant relied on in Leeds."
    )
    found = names(r, t.PLACE, t.ORGANIZATION, t.PUBLIC_BODY, t.PERSON)
    assert not {"RT", "Zimbabwe", "KS", "Sri Lanka", "IAC", "SSHD"} & found
    assert "Leeds" in names(r, t.PLACE)


def test_a_barristers_designation_is_no_place() -> None:
    r = analyse("For the Appellant: Ms Orla Byrne of Counsel, instructed by the Refugee Legal Centre.")
    assert "Counsel" not in names(r, t.PLACE)
    assert "Orla Byrne" in names(r, t.PERSON)


# -- bodies ------------------------------------------------------------------------------------------------------


def test_a_law_firm_named_with_solicitors_is_a_body_even_in_a_header_line() -> None:
    r = analyse("For the Appellant: Mr Tadhg Ó Murchú of Counsel, instructed by Greenhalgh Keane Solicitors")
    assert "Greenhalgh Keane Solicitors" in names(r, t.ORGANIZATION)


def test_a_well_known_body_named_inside_a_posts_title_is_a_body() -> None:
    r = analyse("For the Respondent: Mr Olu Adebayo, Senior Home Office Presenting Officer")
    assert "Home Office" in names(r, t.PUBLIC_BODY)
    assert "Olu Adebayo" in names(r, t.PERSON)


def test_a_guidance_document_named_with_note_is_no_body() -> None:
    r = analyse("The respondent relies on its Country Policy and Information Note, Iran: Kurds, at paragraph 4.1.")
    assert not any("Note" in n for n in names(r, t.ORGANIZATION, t.PUBLIC_BODY))


# -- places ------------------------------------------------------------------------------------------------------


def test_a_county_in_its_common_press_spelling_is_the_gazetteers_place() -> None:
    r = analyse("Her brother was a teacher in Yengisheher before he was taken, and his wife is from Konasheher.")
    assert {"Shule", "Shufu"} <= names(r, t.PLACE)


# -- figures -----------------------------------------------------------------------------------------------------


def test_an_age_after_a_contracted_verb_is_a_claim() -> None:
    assert 34 in values(analyse("I met her at the school. She's 34, she teaches violin there."))
    assert 52 in values(analyse("Her uncle drives a taxi. He's 52 and works nights."))


def test_a_contracted_verb_before_a_year_counts_no_age() -> None:
    assert 2019 not in values(analyse("She left in 2019. She's 2019's best student, her teacher said."))
