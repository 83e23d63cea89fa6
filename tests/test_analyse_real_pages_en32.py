"""English pages as copied from the web, a thirty-third batch of real pages read outside the project (encyclopaedia
articles and mirrors on regional officials and a state-owned group, with their infoboxes as lists, as a table of
pipes and as label-and-value lines, and their footnote markers; a copy of the UN rights office's assessment's
article; a news site's report on a camera maker with its illustration's credit and its bullets; a parliament's debate
on a petition; two wire stories, one on a detention centre and one on a yarn factory with its dateline in capitals;
an investigations firm's brief on joint ventures; a rights group's release; a broadcaster's transcript; a copy of a
paper's report on a silicon maker; a paper's and a magazine's reports of an official's promotion and a diaspora
site's report of sanctions; besides, a campaigners' database's copy of a wire story on a doctor's family, a radio
station's copy of a broadcaster's story on families and a rights group's campaign release). They showed a wire's
dateline whose country after the comma, in capitals, was named as written and not as the gazetteer names it; the
capitalised words of a title-case headline read as a place ("… Sanctioned by the West Promoted by …", "… Engaged in
Forced Labor") or as a body where the model ran on past the headline's line; a body's name run on over "on the" a
place that owns the words after it; a release's dateline in brackets ("(London) –") read as an agency; a drawing's
credit ("Illustration: Jane Roe/Outlet") unread; a ranking's number ("the Fortune Global 500 companies") read as a
count; a company's legal form read alone after its bracketed group and a comma; two places joined by a hyphen
("U.S.-China relations") read as one place; a place alone before a kind of body ("a Washington think tank") read as
the body; and a campaign's name after "its" that holds a place read as a person. The pages below are written for
these tests; the well-known bodies and places in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values

BODIES = (t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_wires_dateline_country_in_capitals_is_the_gazetteers_place() -> None:
    text = (
        "KORLA, CHINA -- A yarn mill in Xinjiang reopened this spring, its manager Peng Weidong told reporters.\n\n"
        "The mill lost money last year, Peng said.\n"
    )
    places = names(analyse(text), t.PLACE)
    assert {"Korla", "China", "Xinjiang"} <= places
    assert "CHINA" not in places


def test_a_title_case_headlines_capitals_are_no_place() -> None:
    text = (
        "Senior Official Sanctioned by the West Promoted by the Party\n\n"
        "Beijing has promoted an official from Xinjiang to a post in Tibet, state media said.\n\n"
        "Joint Ventures in Xinjiang Tied to Firms Engaged in Forced Labor | Brief\n\n"
        "Two chemical plants in Korla took in workers sent from Kashgar.\n"
    )
    places = names(analyse(text), t.PLACE)
    assert {"Beijing", "Xinjiang", "Tibet", "Kashgar"} <= places
    assert not {"West Promoted", "Forced Labor"} & places


def test_a_headlines_words_the_model_runs_on_over_a_blank_line_are_no_body() -> None:
    text = "Britain’s Policy on its Uyghur Population\n\nVolume 12: debated on Monday 5 May 2025\n\nThe debate began.\n"
    bodies = names(analyse(text), *BODIES)
    assert not {b for b in bodies if "Population" in b}


def test_a_body_ends_before_on_the_place_that_owns_what_follows() -> None:
    text = (
        "We have already had debates in this House on the UK’s response to China’s treatment of its Uyghur "
        "population. The Congressional-Executive Commission on China’s annual report was cited.\n"
    )
    r = analyse(text)
    bodies = names(r, *BODIES)
    assert not {b for b in bodies if b.startswith("House on")}
    assert "Congressional-Executive Commission on China" in bodies
    assert "United Kingdom" in names(r, t.PLACE)


def test_a_releases_dateline_city_alone_in_brackets_is_a_place_no_agency() -> None:
    text = (
        "Investigate Visiting Official\n\n"
        "(Brussels) – The European Union should investigate rather than meet a visiting official, Human Rights "
        "Watch said today.\n\n"
        "GENEVA (Reuters) - A UN body met on Monday.\n"
    )
    r = analyse(text)
    bodies = names(r, *BODIES)
    assert "Brussels" in names(r, t.PLACE)
    assert "Brussels" not in bodies
    assert {"European Union", "Human Rights Watch", "Reuters"} <= bodies


def test_an_illustrations_credit_names_its_artist_and_outlet() -> None:
    text = (
        "Report: cameras help police track residents\n\n"
        "Illustration: Marek Olszewski/Axios\n\n"
        "Cameras made by Hikvision are used by police in Xinjiang, a report says.\n"
    )
    r = analyse(text)
    assert "Marek Olszewski" in names(r, t.PERSON)
    assert {"Axios", "Hikvision"} <= names(r, *BODIES)


def test_a_rankings_number_counts_nothing() -> None:
    text = "The group has been listed among the Fortune Global 500 companies and employs 21,300 people.\n"
    assert values(analyse(text)) == {21300}


def test_a_legal_form_after_a_bracketed_group_and_a_comma_is_the_companys_name() -> None:
    text = (
        "The plant is indirectly owned by Xinjiang Zhongtai (Group), Co., Ltd. — an entity owned by the "
        "government of the region.\n"
    )
    bodies = names(analyse(text), *BODIES)
    assert not {b for b in bodies if b.startswith("Co.")}
    assert {b for b in bodies if b.startswith("Xinjiang Zhongtai")}


def test_two_places_joined_by_a_hyphen_are_two_places() -> None:
    text = "Lena Varga is a New York-based writer focusing on U.S.-China relations and religious freedom.\n"
    places = names(analyse(text), t.PLACE)
    assert {"United States", "China"} <= places
    assert "U.S.-China" not in places


def test_a_place_alone_before_a_kind_of_body_is_its_seat_no_body() -> None:
    text = "Her sister spoke at the Hudson Institute, a Washington think tank, and to the Kashgar Daily newspaper.\n"
    r = analyse(text)
    bodies = names(r, *BODIES)
    assert {"Hudson Institute", "Kashgar Daily"} <= bodies
    assert "Washington" not in bodies
    assert "Washington" in names(r, t.PLACE)


def test_a_name_after_its_or_their_holding_a_place_is_no_persons() -> None:
    text = "The testimony is part of its Free Xinjiang Detainees campaign, which now tells the stories of 120 people.\n"
    r = analyse(text)
    assert not {p for p in names(r, t.PERSON) if "Xinjiang" in p}
    assert "Xinjiang" in names(r, t.PLACE)


def test_a_place_on_a_label_or_list_line_in_capitals_stays_a_place() -> None:
    text = (
        "Place of birth: Weinan, Shaanxi Province\n\nStichting Pensioenfonds Helderweg (Utrecht, Netherlands) – 1.5%\n"
    )
    places = names(analyse(text), t.PLACE)
    assert {"Weinan", "Utrecht", "Netherlands"} <= places


def test_a_tally_or_a_qualified_figure_after_a_name_still_counts() -> None:
    text = (
        "The bill passed the House 406–3 in September 2020. The prison stands at the foot of the Yanshan Mountains "
        "some 30 kilometres from the city.\n"
    )
    assert {406, 3, 30} <= values(analyse(text))
