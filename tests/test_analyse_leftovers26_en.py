"""English shapes earlier rounds left unread: a cited case's name ("X v Y") read as one body, an outlet's newsroom
in a byline read as a person, a person a body's possessive names before "was" and a participle said only of people,
a company named by the words of trade around it, a year-like number opening a periodical's name, a figure glued to
its label by extraction, a density per square kilometre or mile, a database's name ending in "Online" and a body
whose name holds "at". The sentences below are written for these tests; public bodies and places are themselves,
every private person and company is invented."""

from habeas.analyse import tables as t
from habeas.analyse.english_context import companies_in_context
from habeas.analyse.english_rules import rule_mentions
from test_analyse_unseen import analyse, names

BODIES = (t.ORGANIZATION, t.PUBLIC_BODY)


def _claims(text: str) -> dict[float, str]:
    return {c.value: c.unit for c in analyse(text).claims}


# -- 1. a cited case's name ---------------------------------------------------------------------------------------


def test_a_cited_case_is_no_body_and_its_parties_are_what_they_are() -> None:
    r = analyse(
        "Counsel referred the court to R (Corner House Research) v Director of the Serious Fraud Office [2008] "
        "UKHL 60 and to R v Rollins [2010] UKSC 39. In Tursun v Kashgar Textile Company Ltd the claim failed, as "
        "it did in Okafor v Minister for Justice."
    )
    bodies = names(r, *BODIES)
    assert {"Serious Fraud Office", "Corner House Research"} <= bodies
    assert any(b.startswith("Kashgar Textile Company") for b in bodies)
    assert {"Rollins", "Tursun", "Okafor"} <= names(r, t.PERSON)
    assert not [n for n in bodies | names(r, t.PERSON) if " v " in n or n in ("R", "Minister for Justice")]


def test_a_case_named_by_initials_or_with_a_state_as_a_party_adds_no_one() -> None:
    r = analyse("The tribunal followed HJ (Iran) v SSHD [2010] UKSC 31 and R v Hartwell [2012] EWCA Crim 4.")
    assert names(r, t.PERSON) == {"Hartwell"}
    assert not names(r, *BODIES) & {"HJ", "R"}


# -- 2. an outlet's newsroom in a byline ---------------------------------------------------------------------------


def test_an_outlets_staff_desk_or_team_in_a_byline_is_the_outlet() -> None:
    for byline, outlet in (
        ("By Reuters Staff", "Reuters"),
        ("By BBC News Desk", "BBC"),
        ("By Steppe Weekly Team", "Steppe Weekly"),
    ):
        r = analyse(f"Camps in the north\n\n{byline}\n\nThe police in Urumqi detained 12 people on Monday.")
        assert not names(r, t.PERSON), byline
        assert outlet in names(r, *BODIES), byline


def test_a_reporters_byline_still_names_the_reporter() -> None:
    r = analyse("By Marta Lindqvist\n\nThe police in Urumqi detained 12 people on Monday.")
    assert "Marta Lindqvist" in names(r, t.PERSON)


# -- 3. a body's possessive, a name, "was" and a participle said only of people -----------------------------------


def test_a_name_after_a_bodys_possessive_before_was_dismissed_is_a_person() -> None:
    r = analyse(
        "The Ministry of State Security's Henrik Aldous was dismissed in March. Human Rights Watch's Ingrid "
        "Solberg was expelled from China in 2019, and the Bureau's Tomas Berglund was detained."
    )
    assert {"Henrik Aldous", "Ingrid Solberg", "Tomas Berglund"} <= names(r, t.PERSON)
    # read by the rules, not left to the statistical model
    ruled = {m.name for m in rule_mentions(1, "The Bureau's Tomas Berglund was dismissed.") if m.type == t.PERSON}
    assert ruled == {"Tomas Berglund"}


def test_a_thing_a_bodys_possessive_names_before_was_deployed_stays_no_person() -> None:
    r = analyse("The Ministry of Public Security's Golden Shield was deployed in 2003.")
    assert "Golden Shield" not in names(r, t.PERSON)


# -- 4. a company by the words of trade around it ------------------------------------------------------------------


def test_a_company_named_by_its_shares_stores_or_a_list_of_retailers() -> None:
    r = analyse(
        "Shares in Kestrel Buy fell 3 percent on Monday. Marlow Depot stores stopped selling the cameras, and "
        "retailers including Harbour Mart, Golden Harvest and Sable Outfitters removed the listings. Tern "
        "Hollow's shareholders voted against the plan."
    )
    bodies = names(r, *BODIES)
    assert {"Kestrel Buy", "Marlow Depot", "Harbour Mart", "Golden Harvest", "Sable Outfitters"} <= bodies
    assert "Tern Hollow" in bodies
    assert not names(r, t.PERSON) & bodies
    assert not names(r, t.PLACE) & bodies


def test_each_company_of_a_list_is_placed_on_its_own_words() -> None:
    text = "Then retailers including Harbour Mart, Golden Harvest and Sable Outfitters removed the listings."
    spans = [text[m.start : m.end] for m in companies_in_context(0, text)]
    assert spans == ["Harbour Mart", "Golden Harvest", "Sable Outfitters"]


def test_a_place_or_a_people_before_shares_or_stores_is_no_company() -> None:
    r = analyse("Hong Kong shares fell on Monday. Chinese stores sold out of the cameras. Several stores closed.")
    assert not names(r, *BODIES)
    assert "Hong Kong" in names(r, t.PLACE)


# -- 5. a year-like number that opens a periodical's or a body's name ---------------------------------------------


def test_a_number_opening_a_magazines_name_is_no_year() -> None:
    r = analyse("1843 Magazine published the account in 2019. The 1990 Review said 300 people had been held.")
    assert {d.value for d in r.dates} == {"2019"}
    assert {"1843 Magazine", "1990 Review"} <= names(r, *BODIES)
    assert {c.value for c in r.claims} == {300}


def test_a_year_before_a_bodys_name_stays_a_date() -> None:
    r = analyse("In 2019 Human Rights Watch said 40 camps had been built.")
    assert "2019" in {d.value for d in r.dates}
    assert "Human Rights Watch" in names(r, *BODIES)


# -- 6. a figure glued to its label --------------------------------------------------------------------------------


def test_a_figure_glued_to_its_label_is_read_with_the_label_as_its_unit() -> None:
    claims = _claims("Detention sites by county\nTotal498,587\nUrban1,203,400\n")
    assert claims == {498587: "total", 1203400: "urban"}


def test_a_figure_glued_inside_a_line_of_words_stays_unread() -> None:
    assert 1234 not in _claims("The code abc1,234 was printed on the box.")


# -- 7. a density ----------------------------------------------------------------------------------------------------


def test_a_density_per_square_kilometre_or_mile_is_a_claim() -> None:
    assert _claims(" • Density\t58/km2 (150/sq mi)\n • Area\t6,000 km2\n") == {
        58: "per km2",
        150: "per sq mi",
        6000: "km2",
    }
    assert _claims("The county had a population density of 58/km2 in 2020.") == {58: "per km2"}


def test_a_slash_between_numbers_still_gives_no_density() -> None:
    assert not _claims("The shop is open 24/7 and the 2020/21 season ended.")


# -- 8. a database's name, a body whose name holds "at" -----------------------------------------------------------


def test_a_sites_or_databases_name_ending_in_online_is_a_body() -> None:
    r = analyse("The verdicts were published on China Judgements Online before their removal.")
    assert "China Judgements Online" in names(r, *BODIES)
    assert not names(analyse("Students went online to read the verdicts."), *BODIES)


def test_a_body_whose_name_holds_at_on_a_line_of_its_own_and_in_prose() -> None:
    r = analyse(
        "Scholars at Risk Network | Advocacy | Open Letters\n\n"
        "Scholars at Risk Network said the professor had been detained in 2018.\n\n"
        "© 2022 Scholars at Risk Network. All rights reserved."
    )
    assert names(r, *BODIES) == {"Scholars at Risk Network"}


def test_people_at_a_named_body_on_a_line_of_their_own_are_no_body() -> None:
    r = analyse("Students at Xinjiang University\n\nStudents at Xinjiang University said the camps grew.")
    assert names(r, *BODIES) == {"Xinjiang University"}
