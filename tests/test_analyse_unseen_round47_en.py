"""The forty-seventh written round (an encyclopaedia's list of people and bodies under sanctions, a newspaper's
letters page, a news agency's factbox): the general shapes it showed. The sentences below are written for these
tests; the well-known places in them are themselves, everyone else is invented."""

from test_analyse_unseen import BODIES, analyse, names, values


def test_a_letters_signature_line_ends_on_its_town_and_county_a_post_or_a_list_line_on_none() -> None:
    r = analyse(
        "Bus fares\n"
        "The council should restore the evening service before the winter comes.\n"
        "Margaret Ellison, Alnwick, Northumberland\n\n"
        "Libraries\n"
        "Closing the branch would cut off the villages that rely on it.\n"
        "Dr Peter K. Naylor, School of Geography, Leeds Beckett University, Ripon\n\n"
        "The bridge must be repaired this year.\n"
        "Susan Hartley, Editor\n\n"
        "Signatories\n"
        "Tom Ashcroft, Retired, Bexhill\n"
    )
    places = names(r, "place")
    assert {"Alnwick", "Northumberland", "Ripon"} <= places
    assert not places & {"Editor", "Bexhill"}


def test_a_factbox_bullet_opens_on_the_countries_it_is_about_in_capitals() -> None:
    r = analyse(
        "FACTBOX-Who has recalled an ambassador?\n"
        "* SWEDEN: The government recalled its envoy on May 2.\n"
        "* BELGIUM, AUSTRIA: Both summoned the chargé d'affaires.\n"
        "* SOURCES: Government statements.\n"
    )
    places = names(r, "place")
    assert {"Sweden", "Belgium", "Austria"} <= places
    assert "Sources" not in places


def test_relatives_in_the_plural_name_each_of_the_people_listed_after_them() -> None:
    r = analyse("Her three sons, Tursunjan, Yasin and Memet, were detained in 2018 and have not been heard of.")
    assert {"Tursunjan", "Yasin", "Memet"} <= names(r, "person")
    assert not {"Tursunjan", "Yasin", "Memet"} & names(r, *BODIES)


def test_a_person_introduced_by_age_and_trade_before_named_is_a_person() -> None:
    r = analyse("At the market we met a 38-year-old weaver named Ayshemgul, who had been held for a year.")
    assert "Ayshemgul" in names(r, "person")


def test_a_treatys_name_with_agreement_is_no_body() -> None:
    r = analyse("The assembly suspended its vote on the Bilateral Agreement on Fisheries in June 2022.")
    assert "Bilateral Agreement on Fisheries" not in names(r, *BODIES)


def test_a_house_number_before_a_street_and_a_postcode_counts_nothing() -> None:
    r = analyse("Send entries to The Secretary, 27 Millgate, Durham DH1 4QA, before 30 April. About 40 people applied.")
    assert values(r) == {40}


def test_a_former_post_before_of_the_leaves_the_body_alone() -> None:
    r = analyse("Name\tPosition\nZhao Ming\tFormer Director of the Ili Prefecture Education Bureau\n")
    bodies = names(r, *BODIES)
    assert not any(n.startswith("Former") for n in bodies)


def test_members_of_parliament_in_the_plural_name_each_person_listed_after_them() -> None:
    r = analyse("The embassy named the MPs Fiona Grant-Hollis and Derek Ambrose Lyle in its statement.")
    assert {"Fiona Grant-Hollis", "Derek Ambrose Lyle"} <= names(r, "person")
