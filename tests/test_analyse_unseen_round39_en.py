"""Thirty-ninth round of analysis on text it was not written for (English): each test is one class of error a
thirty-ninth held-out set (bench/data/extraction/heldout39-en: a database's official biographies, a conference
programme, a parliament's written questions and answers) showed. The sentences are written for these tests; the
people, bodies, places and figures in them are not the held-out set's."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values

BODY_TYPES = (t.ORGANIZATION, t.PUBLIC_BODY)


# -- a parliament's questions and answers ----------------------------------------------------------------------


def test_a_peer_is_named_by_rank_title_and_designation_which_is_no_place() -> None:
    r = analyse(
        "Asked by Lord Pemberton of Hallam\n"
        "To ask the Government what support they give to refugees from Central Asia.\n"
        "Answered by Baroness Okoye on 4 May 2022\n"
        "Lord Pemberton has written to the minister twice since then.\n"
    )
    people = names(r, t.PERSON)
    assert {"Lord Pemberton of Hallam", "Baroness Okoye"} <= people
    assert "Lord Pemberton" not in people  # named again, the same peer
    assert "Hallam" not in names(r, t.PLACE)


def test_a_body_of_the_crown_is_named_whole() -> None:
    r = analyse(
        "The committee wrote to Her Majesty's Government in June, and officials of HM Revenue and Customs "
        "gave evidence about the imports.\n"
    )
    bodies = names(r, *BODY_TYPES)
    assert {"Her Majesty's Government", "HM Revenue and Customs"} <= bodies
    assert not bodies & {"Majesty's Government", "HM Revenue", "Customs"}


def test_a_secretary_of_states_portfolio_is_no_body() -> None:
    r = analyse("To ask the Secretary of State for the Home Department how many appeals were heard last year.\n")
    assert not any(n.startswith("State for") for n in names(r, *BODY_TYPES))


def test_a_sectors_body_named_by_its_members_and_its_country() -> None:
    r = analyse("The minister wrote to Universities UK about the partnership in Kashgar.\n")
    assert "Universities UK" in names(r, *BODY_TYPES)
    assert "UK" not in names(r, t.PLACE)


def test_a_listing_pages_count_of_results_is_no_claim() -> None:
    r = analyse(
        'Search results for "forced labour"\nShowing 10 of 214 results | Sort by: newest\n'
        "Police held 38 people at the station.\n"
    )
    assert values(r) == {38}


# -- a conference programme ------------------------------------------------------------------------------------


def test_a_post_between_a_name_and_a_body_is_no_body() -> None:
    r = analyse(
        "Speakers:\n"
        "- Dr Miriam Solberg, Chair, Nordic Forum on Asian Affairs\n"
        "- Mr Tomas Green, Director, Centre for Migration Research\n"
    )
    assert "Chair" not in names(r, *BODY_TYPES)


def test_a_consulate_general_of_a_country_is_a_body_at_a_lines_end() -> None:
    r = analyse("18:30 Dinner, hosted by the Consulate General of Norway in Manchester\n")
    # known by the whole with its seat, as "the Chinese embassy in Berlin" is; the seat a place of its own
    assert "Consulate General of Norway in Manchester" in names(r, *BODY_TYPES)
    assert "Manchester" in names(r, "place")


# -- official biographies ---------------------------------------------------------------------------------------


def test_a_peoples_government_of_a_region_after_a_post_is_a_body() -> None:
    r = analyse("2008-2013 Vice Chairman of the People's Government of Ningxia Hui Autonomous Region\n")
    assert "People's Government of Ningxia Hui Autonomous Region" in names(r, *BODY_TYPES)


def test_two_abstract_subjects_joined_by_and_open_one_bodys_name() -> None:
    r = analyse(
        "2017- Deputy Director of the Information Security and Data Administration Bureau of the provincial "
        "government\n"
    )
    bodies = names(r, *BODY_TYPES)
    assert any(n.startswith("Information Security and Data Administration Bureau") for n in bodies), bodies


def test_a_name_with_a_shortened_fathers_name_before_its_dotted_chinese_form_is_a_person() -> None:
    r = analyse("Panel chair: Gulbahar Ab. Tursun (古丽巴哈尔·阿·吐尔逊), lecturer, Institute of Turkic Studies\n")
    assert "Gulbahar Ab. Tursun" in names(r, t.PERSON)
    assert not names(r, t.PLACE) & {"Gulbahar Ab", "Gulbahar"}


def test_a_military_unit_named_by_its_number_is_a_body() -> None:
    r = analyse("1988-1992 Platoon leader in Unit 69231 of the Chinese People's Liberation Army\n")
    assert "Unit 69231 of the Chinese People's Liberation Army" in names(r, *BODY_TYPES)


def test_a_place_a_body_wrote_about_is_no_part_of_its_name() -> None:
    r = analyse(
        "The findings of the Office of the UN High Commissioner for Human Rights on Tibet were discussed in Geneva.\n"
    )
    bodies = names(r, *BODY_TYPES)
    assert not any(n.endswith("on Tibet") for n in bodies), bodies
    assert "Tibet" in names(r, t.PLACE)


def test_a_degrees_level_is_no_body() -> None:
    r = analyse("Wang Lei, male, born in 1969. Bachelor's degree in history, Xinjiang Normal University.\n")
    assert "Bachelor" not in names(r, *BODY_TYPES, t.PERSON)


def test_a_members_constituency_in_brackets_after_a_question_is_a_place() -> None:
    r = analyse(
        "Asked by Alison Pryde (Glasgow Central)\nAsked by Tom Bell (Labour)\n"
        "Asked by Mary Quinn (Ross, Skye and Lochaber)\n"
        "To ask the Secretary of State for Defence whether he has met his counterpart.\n"
    )
    places = names(r, t.PLACE)
    assert {"Glasgow Central", "Ross, Skye and Lochaber"} <= places
    assert "Labour" not in places


def test_a_party_label_before_a_members_seat_is_no_part_of_the_seat() -> None:
    r = analyse(
        "Asked by Ruth Kerr (UUP, Lagan Valley)\nAsked by Sean Doyle (SF, Foyle)\nTabled by Ann Lowe (Ind)\n"
        "To ask the Secretary of State for Business what steps he is taking on imports of cotton.\n"
    )
    places = names(r, t.PLACE)
    assert {"Lagan Valley", "Foyle"} <= places
    assert not {"UUP, Lagan Valley", "SF, Foyle", "Ind"} & places
