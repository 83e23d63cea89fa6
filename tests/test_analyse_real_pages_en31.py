"""English pages as copied from the web, a thirty-second batch of real pages read outside the project (an
encyclopaedia mirror's biography of a regional security chief with its footnote markers and its raw article with the
infobox's fields as a list, an investigative consortium's profile of him, a copy of a news site's satellite
investigation, two federal court judgments on a refugee claim and on a rights group's application, a think tank's
brief, a broadcaster's and a paper's reports of a parliament's motion, a Gulf broadcaster's copy of a wire story on a
doctor's sentence, a rights group's urgent action with its appeal's address, a news wire's copy of UN experts'
release, two diaspora groups' releases, a paper's feature on families and a copy of a wire story on a family's
reunion). They showed a release's dateline in capitals before its day in brackets read as a reference's author, a
preposition opening a sentence kept in a body's name, a broadcaster's name run on into a person's surname, a family
name with its particle written with a capital as a sentence opens, a judgment's party in capitals over its role,
the label of a judgment's file number, a treaty cited by its series' volume and page read as a count, an appeal's
address run onto one line (a title, an official's Chinese name, the body, a house's number) and a party named by its
initials before "party". The pages below are written for these tests; the well-known bodies and places in them are
themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values

BODIES = (t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_releases_dateline_before_its_day_in_brackets_is_a_place_no_body() -> None:
    text = (
        "Xinjiang: experts call for a special session\n\n"
        "GENEVA (7 September 2022) – Independent UN experts said today that concerns over violations in "
        "Xinjiang cannot be ignored. They repeated a call for the Human Rights Council to meet.\n"
    )
    r = analyse(text)
    assert "Geneva" in names(r, t.PLACE)
    assert not {"GENEVA", "Geneva"} & names(r, *BODIES)
    assert "Human Rights Council" in names(r, *BODIES)


def test_a_preposition_opening_a_sentence_is_no_word_of_the_body_after_it() -> None:
    text = (
        "The committee met behind closed doors. Under Parliament's rules, the outcome stays secret until the "
        "morning. Despite Beijing's denials, the Foreign Ministry said nothing.\n"
    )
    bodies = names(analyse(text), *BODIES)
    assert not {b for b in bodies if b.startswith(("Under", "Despite"))}
    assert "Foreign Ministry" in bodies


def test_a_broadcasters_name_run_on_into_a_persons_surname_ends_before_it() -> None:
    text = (
        "In 2017, Chinese authorities banned his wife Dilnur Ablikim from leaving Xinjiang. In February, a diplomat "
        "said on ABC Television Ablikim did not want to leave, and she posted a photograph in reply.\n"
    )
    r = analyse(text)
    bodies = names(r, *BODIES)
    assert "ABC Television" in bodies
    assert not {b for b in bodies if "Ablikim" in b}
    assert "Dilnur Ablikim" in names(r, t.PERSON)


def test_a_family_names_particle_with_a_capital_opening_a_sentence_is_the_same_person() -> None:
    text = (
        "The motion was put by the party's deputy leader Hendrika van Aalst. Van Aalst said the wording had been "
        "softened to gain the approval of the governing party.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert "Hendrika van Aalst" in people
    assert "Van Aalst" not in people


def test_a_judgments_party_in_capitals_over_its_role_is_a_person_and_its_file_label_no_body() -> None:
    text = (
        "Federal Court Decisions\n\n"
        "Date: 20230314\n\n"
        "Docket: IMM-1234-22\n\n"
        "Ottawa, Ontario, March 14, 2023\n\n"
        "BETWEEN:\n\n"
        "ARSLAN TOHTIBAY\n\n"
        "Applicant\n\n"
        "and\n\n"
        "THE MINISTER OF CITIZENSHIP AND IMMIGRATION\n\n"
        "Respondent\n\n"
        "JUDGMENT AND REASONS\n\n"
        "[1] Mr. Tohtibay fears persecution as a Uyghur. The Refugee Appeal Division dismissed his claim.\n"
    )
    r = analyse(text)
    assert "Arslan Tohtibay" in names(r, t.PERSON)
    assert "Tohtibay" not in names(r, t.PERSON)
    bodies = names(r, *BODIES)
    assert "Docket" not in bodies
    assert "Refugee Appeal Division" in bodies


def test_a_treaty_cited_by_its_series_volume_and_page_counts_nothing() -> None:
    text = (
        "The applicant relies on the Convention on the Prevention and Punishment of the Crime of Genocide, "
        "78 UNTS 277, and says 14 families were affected.\n"
    )
    found = values(analyse(text))
    assert 78 not in found and 277 not in found
    assert 14 in found


def test_an_appeals_address_run_onto_one_line_names_the_official_and_the_body_apart() -> None:
    text = (
        "TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS\n\n"
        "Director Zhao Minghui Prison Administration Bureau of Xinjiang Uyghur Autonomous Region No 212, "
        "Beijing Road, Urumqi 830000, People's Republic of China\n\n"
        "Dear Director Zhao:\n"
    )
    r = analyse(text)
    assert "Zhao Minghui" in names(r, t.PERSON)
    assert "Prison Administration Bureau of Xinjiang Uyghur Autonomous Region" in names(r, *BODIES)
    assert not {f for f in names(r, t.FACILITY) if "Prison" in f or "No 212" in f}  # no prison, no numbered camp


def test_a_partys_initials_before_the_word_party_name_a_body() -> None:
    text = "After deliberations yesterday, the ACT party gained the support of all parties for its motion.\n"
    assert "ACT" in names(analyse(text), *BODIES)
