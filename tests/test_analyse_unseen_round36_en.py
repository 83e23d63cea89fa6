"""Thirty-sixth round of analysis on text it was not written for (English): each test is one class of error a
thirty-sixth held-out set (bench/data/extraction/heldout36-en: an e-mail thread from a leaked mailbox, a slide deck
as text extracted from a PDF, a sanctions designation press release with an annex of list entries) showed. The
sentences are written for these tests; the people, bodies, places and figures in them are not the held-out set's."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values

BODY_TYPES = (t.ORGANIZATION, t.PUBLIC_BODY)

# -- people ----------------------------------------------------------------------------------------------------


def test_list_entries_under_a_heading_of_a_wrapped_release_are_people() -> None:
    r = analyse(
        "The Department of the Treasury designated two officials today and one company that sold cameras to\n"
        "the police of the region, adding them to the list of persons whose property in the country is blocked.\n"
        "Individuals:\n"
        "ZHANG, Lijun (Chinese Simplified: 张立军); DOB 1962; POB Henan, China; nationality China; Gender Male;\n"
        "Director of the Kashgar Prefecture Public Security Bureau (individual) [GLOMAG].\n"
        "TURSUN, Erkin (a.k.a. TUERXUN, Aierken); DOB 03 May 1970; POB Aksu, Xinjiang, China; nationality China;\n"
        "Gender Male (individual) [GLOMAG].\n"
    )
    assert {"Zhang Lijun", "Erkin Tursun"} <= names(r, t.PERSON)


def test_a_listed_person_named_in_prose_with_the_surname_in_capitals_is_the_same_person() -> None:
    r = analyse(
        "ZHANG Lijun has directed the bureau since 2017. Erkin TURSUN, its deputy, approved the order.\n\n"
        "ZHANG, Lijun; DOB 1962; POB Henan, China; nationality China; Gender Male (individual) [GLOMAG].\n\n"
        "TURSUN, Erkin; DOB 1970; POB Aksu, Xinjiang, China; nationality China; Gender Male (individual) [GLOMAG].\n"
    )
    people = [m for m in r.mentions if m.type == t.PERSON]
    assert {m.text for m in people} >= {"ZHANG Lijun", "Erkin TURSUN"}
    assert {m.canonical for m in people if m.text in ("ZHANG Lijun", "Erkin TURSUN")} == {"Zhang Lijun", "Erkin Tursun"}
    assert not [b for b in names(r, *BODY_TYPES) if b.upper() in ("ZHANG", "TURSUN")]


# -- bodies ----------------------------------------------------------------------------------------------------


def test_a_name_wrapped_over_two_quoted_lines_of_a_reply_is_one_body() -> None:
    r = analyse(
        "Thanks, see my answers below.\n\n"
        "On Tue, 4 Jun 2019 at 08:15, Tove Lindqvist <t.lindqvist@example.se> wrote:\n"
        "> Dear Mr Holm, our auditor says that the scheme at the spinning mill was run by the Aksu\n"
        "> Prefecture Party Committee and that the workers could not leave the compound at all on\n"
        "> weekends. Please tell us how you will answer the auditor before we sign the new order.\n"
    )
    bodies = names(r, *BODY_TYPES)
    assert [b for b in bodies if b.startswith("Aksu") and b.endswith("Party Committee")]
    assert "Prefecture Party Committee" not in bodies


def test_a_name_wrapped_at_the_width_of_a_mostly_unwrapped_page_is_one_body() -> None:
    r = analyse(
        "From: Lena Holm <l.holm@example.no>\nSent: Monday, 3 June 2019 10:02\nTo: Tove Lindqvist\n"
        "Subject: RE: the order\n\nDear Tove,\n\n"
        "Thank you. Our supplier has answered our questions about the dormitories at the mill near Yining and\n"
        "sent the photographs, which show the rooms. It says they were inspected last year by the Ili Kazakh\n"
        "Autonomous Prefecture Public Security Bureau and that the workers may leave the site on Sundays after\n"
        "lunch, but not on other days. I will forward the full answer to you and to our auditors tomorrow.\n\n"
        "Best regards,\nLena Holm\nHead of Sourcing\nNorrvik Textiles AB | Oslo\nTel: +47 22 00 00 00\n"
    )
    bodies = names(r, *BODY_TYPES)
    assert [b for b in bodies if b.startswith("Ili") and b.endswith("Public Security Bureau")]
    assert not [b for b in bodies if b.startswith("Autonomous Prefecture")]


def test_the_verb_that_opens_a_slides_bullet_is_no_part_of_a_name() -> None:
    r = analyse(
        "Next steps\n"
        "• Report to the Danish Labour Inspectorate by June\n"
        "• Exit Gansu Tianlu within 12 months\n"
        "• Join the Fair Wear Foundation audit\n"
        "• Contact the Norwegian Data Protection Authority\n"
    )
    bodies = names(r, *BODY_TYPES)
    assert {"Danish Labour Inspectorate", "Norwegian Data Protection Authority"} <= bodies
    assert not [b for b in bodies if b.startswith(("Report", "Contact", "Join"))]
    assert not [p for p in names(r, t.PERSON) if p.startswith("Exit")]


def test_a_title_pages_participle_and_preposition_are_no_part_of_the_body() -> None:
    r = analyse("Cotton Sourcing Review\nPrepared for the Finance Committee\nBergen, 3 May 2023\n")
    bodies = names(r, *BODY_TYPES)
    assert "Finance Committee" in bodies
    assert not [b for b in bodies if b.startswith("Prepared")]


# -- figures ---------------------------------------------------------------------------------------------------


def test_a_tables_tier_or_level_column_counts_nothing() -> None:
    r = analyse(
        "Vendor | Tier | Region | Workers\n"
        "Hami Cotton Mill Co., Ltd. | 3 | Xinjiang | 450\n"
        "Shandong Weaving Co. | 1 | Shandong | 1,200\n"
    )
    assert values(r) == {450, 1200}


def test_a_part_of_a_whole_without_the_article_counts_what_the_whole_counts() -> None:
    r = analyse("Inspectors found that 12 of 30 audited factories used transferred workers.")
    assert {(c.value, c.unit) for c in r.claims} >= {(12, "audited factories"), (30, "audited factories")}


def test_a_plus_sign_after_a_figure_is_its_bound_and_a_noun_follows() -> None:
    r = analyse("Customs held 2,500+ containers in the first year.")
    [claim] = r.claims
    assert (claim.value, claim.unit) == (2500, "containers")


def test_other_currencies_codes_before_a_figure_are_money() -> None:
    r = analyse("The pilot cost SEK 3.1 million and CHF 400,000 in 2023.")
    assert {(c.value, c.unit) for c in r.claims} == {(3_100_000, "Swedish kronor"), (400_000, "Swiss francs")}


def test_an_age_set_off_with_now_after_the_person_is_an_age() -> None:
    assert {(c.value, c.unit) for c in analyse("A former guard, now 47, said he left in 2019.").claims} == {
        (47, "years old")
    }
    assert 200 not in values(analyse("The camp held 300 people, now 200, the report said."))
