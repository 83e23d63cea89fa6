"""English pages as copied from the web, a seventeenth batch of real pages read outside the project (event pages
with their speakers and bios, a debating society's panel with its speakers one a line, a tribunal's hearing
schedule, a photo agency's caption, a thread reader's page, a student paper's op-ed, a conference's press release,
a blog's list of recorded talks, a charity's trustees' report as markdown, a grant list, a complaint's caption, a
judgment's counsel, a trade-law digest and two satellite-imagery method notes). The pages below are written for
these tests; the well-known bodies in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def _bodies(text: str) -> set[str]:
    result = analyse(text)
    return names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)


def _units(text: str) -> dict[float, str]:
    return {c.value: c.unit for c in analyse(text).claims}


def test_a_street_named_after_a_law_is_no_law() -> None:
    text = (
        "DEFENDANTS: U.S. DEPARTMENT OF LABOR, 200 Constitution Avenue, N.W., Washington, D.C. 20210, and the "
        "Secretary of Labor, at the same address.\n"
    )
    assert not names(analyse(text), t.LAW)


def test_a_degree_written_out_is_no_law() -> None:
    text = (
        "Amina Tursun is a researcher at the institute. She graduated with a Bachelor of Laws from Carlton "
        "University in 2015 and a Master of Arts from Halden University in 2018.\n"
    )
    assert not names(analyse(text), t.LAW)


def test_a_party_role_in_a_lawsuit_is_no_part_of_the_name() -> None:
    text = (
        "Plaintiffs Northwind Cotton Co. Ltd. and Alder Yarn Limited, by their attorneys, allege as follows. "
        "Defendants have harmed Plaintiffs.\n"
    )
    bodies = _bodies(text)
    assert "Northwind Cotton" in {b.removesuffix(" Co. Ltd.").removesuffix(" Co., Ltd") for b in bodies} or any(
        b.startswith("Northwind Cotton") for b in bodies
    )
    assert not any(b.startswith("Plaintiffs") for b in bodies)


def test_a_venue_and_a_post_are_no_persons() -> None:
    text = (
        "The conference was held at the Lord Carver Hotel in Ottawa on 3 May.\n"
        "Ruth Baker, Senior Trial Counsel, Civil Division, argued for the government. With her on the brief "
        "was Tom Hale, Trial Attorney.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Ruth Baker", "Tom Hale"} <= people
    assert not any("Hotel" in p or "Attorney" in p for p in people)


def test_a_label_number_and_a_docket_filing_number_count_nothing() -> None:
    text = (
        "Case 1:23-cv-00912 Document 4 Filed 03/11/23 Page 1 of 18\n\n"
        "NORTHWIND APPAREL INC., 22 West 41st Street, New York, NY 10018\n\n"
        "Charity Registration Number: 1174620\n\n"
        "The forum heard 12 witnesses.\n"
    )
    assert set(_units(text)) == {12.0}


def test_a_count_stops_before_the_names_of_those_it_counts() -> None:
    text = "The panel will host two camp survivors Ms Amina Tursun and Mr Ablet Kerim, and a lawyer.\n"
    assert _units(text) == {2.0: "camp survivors"}


def test_parts_numbered_from_one_count_nothing() -> None:
    text = "Spring Forum\nAmina Tursun (2016)\n(2018) 1, 2, 3 Ablet Kerim\n\nThe forum drew 300 people.\n"
    assert set(_units(text)) == {300.0}


def test_an_agency_credit_with_the_surname_in_capitals_names_a_person() -> None:
    text = (
        "TO GO WITH China-Xinjiang-camps, FEATURE by Daniel HARPER\nThis picture taken on May 2, 2022 shows a "
        "wall near a former detention centre. (Photo by Lena MORROW / AFP)\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Daniel Harper", "Lena Morrow"} <= people


def test_a_list_of_speakers_before_their_posts_names_persons() -> None:
    text = (
        "The Uyghur People: A Panel\n\n"
        "  • Nury Tarkel  :  Lawyer and rights advocate born in a camp.\n"
        "  • Ablet Tursun  :  President of a diaspora association in Almaty.\n"
        "  • Fact Witnesses:  Lawyer statements will be read.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Nury Tarkel", "Ablet Tursun"} <= people
    assert "Fact Witnesses" not in people


def test_a_name_with_a_class_year_is_a_person_and_the_year_counts_nothing() -> None:
    text = (
        "Op-eds, Opinions\n\nCarver ’23 and Tillman ’25: Why the campus must divest\n\n"
        "The fund held shares in firms named in the Spring ’22 report, and 40 workers were moved.\n"
    )
    result = analyse(text)
    assert {"Carver", "Tillman"} <= names(result, t.PERSON)
    assert {c.value for c in result.claims} == {40.0}
