"""English pages as copied from the web, a nineteenth batch of real pages read outside the project (a court
complaint's caption, a petition letter to a customs agency, two records of a legislature's floor, a sanctions
press release reposted on a forum and a wire's report of it, a ratings site's verified answer, a company's
annual report and its encyclopaedia infobox, a forwarder's and a law firm's trade alerts, a floor speech on a
voting records site, an investors' proxy season review and a trade paper's report). The pages below are written
for these tests; the well-known bodies in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names

_CAPTION = (
    "Case 1:23-cv-00417 Document 1 Filed 03/14/23 Page 1 of 22\n\n"
    "UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA ______: NORTHWIND APPAREL INC., : 14 Pine "
    "Street : Portland, OR 97201 : : Plaintiff, : : v. : Civ. Action No. ______: DANIEL R. WHITCOMBE, "
    "SECRETARY OF LABOR, : 200 Constitution Avenue, N.W., Washington, D.C. 20210 : : U.S. DEPARTMENT OF "
    "LABOR, : 200 Constitution Avenue, N.W., Washington, D.C. 20210 : : PRIYA N. OSEI, DEPUTY ASSISTANT : "
    "SECRETARY FOR TRADE AFFAIRS, : BUREAU OF INTERNATIONAL LABOR AFFAIRS, : U.S. DEPARTMENT OF LABOR : : "
    "LEON MARSH, LISTING REVIEW : BOARD CHAIR, : Defendants. : :\n\n"
    "COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF\n"
)


def test_a_caption_names_its_officials_in_capitals_before_their_posts() -> None:
    people = names(analyse(_CAPTION), t.PERSON)
    assert {"Daniel R. Whitcombe", "Priya N. Osei", "Leon Marsh"} <= people
    assert not names(analyse(_CAPTION), t.ORGANIZATION, t.PUBLIC_BODY) & {"LEON MARSH", "Leon Marsh"}


def test_a_caption_names_its_bodies_and_companies_in_capitals_one_a_cell() -> None:
    bodies = names(analyse(_CAPTION), t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"United States Department of Labor", "Bureau of International Labor Affairs"} <= bodies
    assert "Northwind Apparel Inc." in bodies
    assert not {b for b in bodies if b.lower().startswith("secretary")}


def test_the_letters_of_a_code_in_a_citation_name_no_body() -> None:
    text = (
        "Pursuant to 19 CFR §12.42(b), the undersigned groups submit this petition to U.S. Customs and Border "
        "Protection. The rule in 15 CFR 744.11 applies as well.\n"
    )
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert "Council on Foreign Relations" not in bodies
    assert "U.S. Customs and Border Protection" in bodies


def test_a_place_joined_by_an_ampersand_to_a_family_name_is_a_firm() -> None:
    text = (
        "Holland & Knight Alert\n"
        "Marta Lindqvist | Owen P. Radley\n\n"
        "Lawyers at Holland & Knight said importers should prepare.\n"
    )
    result = analyse(text)
    assert "Holland & Knight" in names(result, t.ORGANIZATION)
    assert "Netherlands & Knight" not in names(result, t.ORGANIZATION)
    assert "Netherlands" not in names(result, t.PLACE)
    assert {"Netherlands", "Belgium"} <= names(analyse("Buyers from Holland & Belgium agreed.\n"), t.PLACE)


def test_a_firm_joined_by_an_ampersand_keeps_its_legal_form() -> None:
    firms = names(analyse("The claim was filed by Jordan & Pike LLP on behalf of the buyers.\n"), t.ORGANIZATION)
    assert "Jordan & Pike LLP" in firms and "Jordan & Pike" not in firms


def test_a_name_in_capitals_over_a_post_with_words_before_its_title() -> None:
    text = (
        "GROWING SUPPORT FOR SUPPLY CHAIN AUDITS\n"
        "MIRELA VOSKUIJLEN\n"
        "Senior Program Director, Interfaith Center on Corporate Responsibility\n"
        "Members have long asked companies to trace their cotton.\n"
    )
    assert "Mirela Voskuijlen" in names(analyse(text), t.PERSON)


def test_a_time_ago_that_dates_a_change_or_reaches_back_to_a_year_counts_nothing() -> None:
    text = (
        "Walk Free\nVerified by Community\nupdated 4 months ago by Name Surname\n\n"
        "Founded 2004; 19 years ago (2004)\n"
        "Zhao 帖子数: 1 | 1 https://example.org/news/press-releases/sm1055\n"
        "Police detained 300 people in 2019.\n"
    )
    claims = analyse(text).claims
    assert {c.value for c in claims} == {300.0}


def test_three_field_lines_under_one_another_label_no_person() -> None:
    text = (
        "Uyghur Policy Act of 2021\n\n"
        "Date: Nov. 29, 2022\n"
        "Location: Washington, DC\n"
        "Keyword Search: Uyghur\n\n"
        "Ms. PELOSI. Mr. Speaker, I thank the gentlewoman for yielding.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert "Keyword Search" not in people
    assert "Pelosi" in people


def test_a_bills_section_heading_is_no_body() -> None:
    text = (
        "This Act may be cited as the Cotton Tracing Act. SEC. 2. FINDINGS. Congress finds the following: the "
        "region's cotton is picked by hand.\n"
    )
    assert "SEC" not in names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_headline_law_starts_after_pursuant_to() -> None:
    text = (
        "Treasury Sanctions Two Officials Pursuant to Global Magnitsky\n"
        "Human Rights Accountability Act\n\n"
        "Washington – Today the department named two officials.\n"
    )
    laws = names(analyse(text), t.LAW)
    assert "Global Magnitsky Human Rights Accountability Act" in laws
    assert not {law for law in laws if "Pursuant" in law}
