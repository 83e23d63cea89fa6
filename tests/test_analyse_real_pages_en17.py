"""English pages as copied from the web, an eighteenth batch of real pages read outside the project (an asylum
tribunal's determination, two timelines, a video's subtitles, a blog's comment, a podcast's episode notes, two
sports reports, a film festival's programme, a blog's list of films, a screening's event page, a poets'
interviews page, a reposted report on a family and a youth football feature). The pages below are written for
these tests; the well-known bodies in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def test_a_courtesy_title_before_initials_and_a_family_name_names_a_person() -> None:
    text = (
        "IMMIGRATION APPEAL TRIBUNAL\n\n"
        "Before\n\n"
        "    Mrs R T Halloway – Vice President\n"
        "    Mr J Okonkwo\n\n"
        "For the Appellant: Mr D Farrant, of counsel instructed by Marsh Lane Solicitors\n"
        "For the Respondent: Ms L. Quarrie, a Home Office Presenting Officer\n\n"
        "1. The appellant appeals against the Determination of an Adjudicator (Mr H G Penhallow) dismissing "
        "his appeal.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"R. T. Halloway", "J. Okonkwo", "D. Farrant", "L. Quarrie", "H. G. Penhallow"} <= people


def test_a_name_the_model_alone_read_as_a_place_makes_no_list_of_places() -> None:
    text = (
        "Five friends, Rustam, Perhat, Ilyar and Nurbek, gather at a cafe in Beijing to celebrate a birthday "
        "before they graduate.\n"
    )
    assert names(analyse(text), t.PLACE) <= {"Beijing"}


def test_a_list_with_a_known_place_is_still_a_list_of_places() -> None:
    text = "The workers were sent to Kashgar, Opal and Tashmalik in the spring.\n"
    assert {"Opal", "Tashmalik"} <= names(analyse(text), t.PLACE)


def test_a_field_label_in_a_run_of_fields_is_no_part_of_the_name_before_it() -> None:
    text = (
        "Salt Roads follows two families on the old caravan route. Director: Margaret Ellory Country: UK "
        "Language: Uyghur | English Release Date: 3 May 2013 (UK) Description: A story of the desert.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert "Margaret Ellory" in people
    assert not {n for n in people if n.endswith("Country")}
