"""English encyclopaedia, news, list and statement pages as copied from the web. A ninth batch of probes of real
pages on Xinjiang (a party secretary's appointment and infobox, an autonomous prefecture's article and its name box,
a former chairman's life sentence, a survivor's book and statement, a poet's detention, an export blacklist's
companies, a county's article; read outside the project, never stored in it) read a post's word as a person or a
body, initials for a common noun as a place or a body, a name in another alphabet and a comparison as bodies, a
numbered infobox label as a person, a lawmaker's state tag as a place and the next clause's subject as a body, and
missed a town named before its province. The pages below are written for these tests; the officials and well-known
bodies in them are themselves, everyone else and every other body is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def _bodies(text: str) -> set[str]:
    result = analyse(text)
    return names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)


def test_a_general_manager_is_a_post_and_no_person() -> None:
    text = (
        "Before politics she was Vice President of Tarim Agricultural College, General Manager of Kunlun Cotton "
        "Group and Director of the Aksu Water Bureau. General Manager Gao Jinming later replaced her."
    )
    result = analyse(text)
    people = names(result, t.PERSON)
    assert "Manager" not in people
    assert "Gao Jinming" in people
    assert "Kunlun Cotton Group" in names(result, t.ORGANIZATION)


def test_a_head_in_a_list_of_posts_is_no_body() -> None:
    text = (
        "Earlier he had been the Deputy Director of Gansu Energy Corporation, Head of the Publicity Department of "
        "Gansu, and Governor of Gansu."
    )
    bodies = _bodies(text)
    assert "Head" not in bodies
    assert "Publicity Department of Gansu" in bodies


def test_initials_for_a_common_noun_name_no_body_or_place() -> None:
    text = (
        "Tianyan Data filed for an IPO in Shenzhen last spring. AI companies such as Tianyan Data and Qingsong "
        "Vision sell cameras to the police."
    )
    result = analyse(text)
    found = names(result, t.ORGANIZATION, t.PUBLIC_BODY, t.PLACE)
    assert not {"IPO", "AI"} & found
    assert "Shenzhen" in names(result, t.PLACE)


def test_a_name_before_like_only_compares() -> None:
    text = "The prefecture's court posted the verdict on its Twitter-like Weibo account on Monday."
    bodies = _bodies(text)
    assert "Twitter" not in bodies
    assert "Weibo" in bodies


def test_a_name_in_another_alphabet_names_nothing() -> None:
    text = (
        "Zhaosu County\n"
        "Country People's Republic of China\n"
        "Region Xinjiang\n"
        "Kazakh name\n"
        "KazakhМоңғолкүре ауданы\n"
        "Моңғолкүре ауданы\n"
        "Uyghur name\n"
        "Uyghurموڭغۇلكۈرە ناھىيىسى\n\n"
        "Zhaosu County is a county in the Ili Kazakh Autonomous Prefecture of Xinjiang."
    )
    result = analyse(text)
    found = names(result, t.PERSON, t.ORGANIZATION, t.PUBLIC_BODY, t.PLACE)
    assert not any(any("\u0400" <= c <= "\u06ff" for c in name) for name in found)
    assert "Xinjiang" in names(result, t.PLACE)


def test_a_town_named_before_its_province() -> None:
    text = (
        "Born in 1958, he was the Deputy Mayor of Xiajin, Shandong Province, before he moved to a post near "
        "Qiaotou, Hunan province."
    )
    places = names(analyse(text), t.PLACE)
    assert {"Xiajin", "Qiaotou", "Shandong", "Hunan"} <= places


def test_numbered_fields_of_a_mirrored_infobox() -> None:
    text = (
        "= Abdulla Hesen =\n\n"
        "Abdulla Hesen\n"
        "- Office1: Mayor of Karamay\n"
        "- Term Start1: 3 March 2001\n"
        "- Predecessor1: Rozi Tohti\n"
        "- Successor1: Liang Wenbo\n"
        "- Birth Place: Qumul, Xinjiang, China\n"
        "- Party: Chinese Communist Party (expelled; 1990–2016)\n"
        "- Alma Mater: Shihezi University, Central Party School of the Chinese Communist Party\n\n"
        "Abdulla Hesen is a former official of Uyghur ethnicity."
    )
    result = analyse(text)
    people = names(result, t.PERSON)
    assert {"Rozi Tohti", "Liang Wenbo"} <= people
    assert "Alma Mater" not in people
    assert "Shihezi University" in names(result, t.ORGANIZATION)


def test_a_lawmakers_party_and_state_tag_is_no_place() -> None:
    for text, state in (
        ("The commission is chaired by Sen. Rick Scott (R-Fla.).", "Fla"),
        ("The commission is co-chaired by Rep. Chris Smith (R-N.J.).", "N.J."),
    ):
        result = analyse(text)
        assert len(names(result, t.PERSON)) == 1
        assert not {state, state.rstrip(".")} & names(result, t.PLACE)


def test_the_subject_after_a_news_agency_is_no_body() -> None:
    text = (
        "Abliz Sattar, a former county chief, was sentenced in Turpan. According to state news agency Xinhua, "
        "Sattar admitted taking bribes worth 12 million yuan."
    )
    result = analyse(text)
    assert "Sattar" not in _bodies(text)
    assert "Abliz Sattar" in names(result, t.PERSON)


def test_a_spelling_of_the_capital_with_its_umlauts() -> None:
    text = "She worked as an editor for a literary magazine in Ürümchi until 2017."
    assert "Ürümqi" in names(analyse(text), t.PLACE)


def test_caves_and_grottoes_are_places() -> None:
    text = "Tourists visit the Toyuq Grottoes and the Mogao Caves every summer."
    result = analyse(text)
    assert {"Toyuq Grottoes", "Mogao Caves"} <= names(result, t.PLACE)
    assert not {"Toyuq Grottoes", "Mogao Caves"} & _bodies(text)
