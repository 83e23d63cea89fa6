"""The forty-sixth written round (an NGO's open letter with its signatories, an English court judgment's first
pages, a regional paper's print of a wire story with a "By the numbers" box): the general shapes it showed. The
sentences below are written for these tests; the well-known bodies and places in them are themselves, everyone
else is invented."""

from test_analyse_unseen import analyse, names, values


def test_a_statutes_year_a_grounds_number_and_a_law_reports_volume_count_nothing() -> None:
    r = analyse(
        "Section 4 of the Harbour Dues Act 1911 requires a licence. Ground 2 is that the council erred. "
        "The court relied on Mendez v Harlow [2011] 2 AC 415, where 35 workers were named."
    )
    assert values(r) == {35}


def test_a_fact_boxs_figure_before_a_colon_counts_what_follows_the_colon() -> None:
    r = analyse("AT A GLANCE\n* 3,400: families separated since 2017\n* 12: The bureau's own number\n")
    assert 3400 in values(r)
    assert 12 not in values(r)


def test_his_excellency_is_a_title_before_the_name() -> None:
    r = analyse("To: His Excellency Tomas Verhoef, Minister of Justice\n")
    assert "Tomas Verhoef" in names(r, "person")
    assert not any("Excellency" in n for n in names(r, "person"))


def test_a_signatorys_retired_rank_and_a_contacts_post_are_no_people() -> None:
    r = analyse(
        "Signatories:\nDr. Inés Carvalho, Professor Emerita, University of Lisbon (Portugal)\n"
        "Contact: Petra Holm, Campaigns Officer, p.holm@example.org\n"
    )
    people = names(r, "person")
    assert {"Inés Carvalho", "Petra Holm"} <= people
    assert not people & {"Emerita", "Campaigns Officer"}


def test_a_double_given_name_with_a_two_word_particle_is_one_person() -> None:
    r = analyse("Signatories:\nProf. Ana Sofía de la Cruz, University of Valencia (Spain)\n")
    assert "Ana Sofía de la Cruz" in names(r, "person")


def test_a_judge_named_by_surname_and_the_letters_of_the_office() -> None:
    r = analyse("Permission was granted by Whitcombe J on 2 May 2021 and the appeal was heard by Ferris LJ.")
    people = names(r, "person")
    assert {"Whitcombe", "Ferris"} <= people
    assert not names(r, "organization", "public_body") & {"Whitcombe J", "Ferris Lj"}


def test_a_courts_heading_in_capitals_names_its_bodies_but_not_the_building() -> None:
    r = analyse(
        "Case No: CO/4411/2020\nIN THE HIGH COURT OF JUSTICE\nKING'S BENCH DIVISION\nPLANNING COURT\n"
        "Royal Courts of Justice\nStrand, London, WC2A 2LL\n"
    )
    bodies = names(r, "organization", "public_body")
    assert {"High Court of Justice", "King's Bench Division", "Planning Court"} <= bodies
    assert "Royal Courts of Justice" not in bodies


def test_a_place_word_as_a_surname_before_a_post_set_off_by_a_comma() -> None:
    r = analyse("Dilnaz Hotan, president of the Uyghur Youth Forum, said the forum would write again.")
    assert "Dilnaz Hotan" in names(r, "person")
    assert "Hotan" not in names(r, "place")


def test_a_county_after_its_prefectures_possessive_is_the_county() -> None:
    r = analyse("Her brother was held in Kashgar's Yengisar County for two years.")
    assert "Yengisar County" in {m.name for m in r.mentions if m.type == "place"}


def test_the_office_of_a_post_is_a_body() -> None:
    r = analyse("The Office of the Special Envoy's report was delayed until May.")
    assert "Office of the Special Envoy" in names(r, "public_body", "organization")


def test_a_judgments_crown_copyright_line_is_no_person() -> None:
    r = analyse("For these reasons the claim is dismissed.\nCrown Copyright ©\n")
    assert "Crown Copyright" not in names(r, "person")


def test_a_news_pages_upper_case_label_is_no_body_and_a_middle_initial_no_judge() -> None:
    r = analyse(
        "LOCAL NEWS\nCITY COUNCIL\nThe Secretary of State, Marcus J. Holloway, said on Monday the talks would go on.\n"
    )
    assert "Marcus J. Holloway" in names(r, "person")
    assert "Marcus" not in names(r, "person")
    assert not names(r, "organization", "public_body") & {"Local News", "City Council"}
