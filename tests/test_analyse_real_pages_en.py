"""English news and encyclopaedia pages as copied from the web. Probes of real pages on Xinjiang (read
outside the project, never stored in it) lost people a page names with "named" ("a 41-year-old named
Gulnar"), cut a name an editor completed in brackets ("Mr. [Adrian] Zenz") to its surname, and took a
page's headline for a body's name. The pages below are written for these tests; the officials and
researchers in them are public figures as themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names

_NAMED = (
    "Leaked list shows why hundreds were held\n\n"
    "The list records the reasons given for each detention. One entry concerns a 41-year-old named "
    "Gulnar, who was sent to a camp for having worn a headscarf in 2015. A former neighbour of Ablet "
    "Nasir named Tursunjan, who now lives in Kazakhstan, said he had not heard from him since 2017.\n"
)


def test_a_person_the_page_names_with_named_is_a_person() -> None:
    result = analyse(_NAMED)
    people = names(result, t.PERSON)
    assert {"Gulnar", "Tursunjan", "Ablet Nasir"} <= people
    bodies = names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)
    assert not any("Tursunjan" in b for b in bodies)
    # "named" after a thing names no person
    text = "The authorities opened a camp named Unity in 2018 and a company named Bright Future built it.\n"
    people = names(analyse(text), t.PERSON)
    assert "Unity" not in people and "Bright Future" not in people


_BRACKETS = (
    "Researchers say the leak is genuine\n\n"
    "Mr. [Adrian] Zenz, who studied the spreadsheets for months, told reporters in Berlin: “No earlier "
    "leak had the speeches.” The speeches show “[Chen Quanguo] telling the guards to shoot,” he said.\n"
)


def test_a_name_an_editor_completes_in_brackets_is_the_whole_name() -> None:
    people = names(analyse(_BRACKETS), t.PERSON)
    assert "Adrian Zenz" in people
    assert "Zenz" not in people
    assert "Chen Quanguo" in people


_HEADLINE = (
    "Uyghur Congress Chair: Sanctions 'Overdue' for Xinjiang Officials\n\n"
    "Uyghur Congress Chair: Sanctions 'Overdue' for Xinjiang Officials\n\n"
    "The chair of the Uyghur Tribunal, Sir Geoffrey Nice, said on Monday that governments had waited too "
    "long. The World Uyghur Congress welcomed his remarks.\n"
)


def test_a_headline_with_a_colon_is_no_body() -> None:
    result = analyse(_HEADLINE)
    bodies = names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)
    assert not any(":" in b or "'" in b for b in bodies)
    assert "World Uyghur Congress" in bodies
    assert "Geoffrey Nice" in names(result, t.PERSON)


def test_a_name_inside_an_award_s_name_is_no_person() -> None:
    text = (
        "For her reporting she received the PEN/Mary Ellen Hartley Freedom to Publish Award (2019) and "
        "the Jane Doe Prize. Her editor, Tom Becker, accepted it for her.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert not any("Freedom" in p for p in people)
    assert "Tom Becker" in people


_LEAD = (
    "Mahire Tursun\n\n"
    "Mahire Tursun (Uyghur: ماھىرە تۇرسۇن; born 4 May 1966) was a professor of history at Xinjiang University "
    "in Urumqi. Tarim Cotton Group (founded 1998) is a company in Aksu.\n"
)


def test_an_encyclopaedia_s_subject_before_the_bracket_of_her_birth_is_a_person() -> None:
    result = analyse(_LEAD)
    people = names(result, t.PERSON)
    assert "Mahire Tursun" in people
    assert "Tarim Cotton Group" not in people


def _bodies(text: str) -> set[str]:
    result = analyse(text)
    return names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)


def test_peoples_joined_by_a_hyphen_are_no_body() -> None:
    text = "She is known for her research on Uyghur-Han relations and on Kazakh-Han marriages in Ili.\n"
    assert not any("-" in b for b in _bodies(text))


def test_the_letters_of_a_silk_after_a_comma_are_no_body() -> None:
    text = "Sir Geoffrey Nice, KC, who chaired the Uyghur Tribunal, spoke in London on Monday.\n"
    result = analyse(text)
    assert "KC" not in names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)
    assert "Geoffrey Nice" in names(result, t.PERSON)


def test_a_name_a_copied_page_repeats_at_once_is_the_name() -> None:
    text = (
        "She taught at\n"
        "Kashgar University Kashgar University (KSU) is a public university in southern Xinjiang ...\n"
        "before her detention in 2018.\n"
    )
    bodies = _bodies(text)
    assert "Kashgar University" in bodies
    assert "Kashgar University Kashgar University" not in bodies


def test_a_dateline_in_capitals_before_its_date_and_a_colon_is_a_place() -> None:
    text = "DHARAMSHALA, March 14: A court in Xinjiang has sentenced a retired teacher to twelve years.\n"
    result = analyse(text)
    assert "Dharamshala" in names(result, t.PLACE)
    assert not any(b.isupper() for b in names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY))


def test_a_place_that_owns_a_body_the_model_reads_whole_is_no_part_of_its_name() -> None:
    text = "Outside China, the lecturer at Urumqi’s Xinjiang Normal University is seen as a moderate.\n"
    bodies = _bodies(text)
    assert "Xinjiang Normal University" in bodies
    assert not any("Urumqi" in b for b in bodies)


def test_a_trade_before_a_name_in_a_list_of_detainees_says_a_person() -> None:
    text = (
        "The three men are shop owner Tursun Ablet, religious teacher and jade merchant Rozi Memet Qari, "
        "and driver Memet Tohti.\n"
    )
    result = analyse(text)
    assert {"Tursun Ablet", "Rozi Memet Qari", "Memet Tohti"} <= names(result, t.PERSON)
    assert not _bodies(text)


def test_what_a_figure_counts_ends_at_the_verb_after_its_noun() -> None:
    text = (
        "On Friday, 12 international media outlets published the leaked files. Only 31 cases listed in the "
        "files were linked to a crime. The three newly designated individuals include Wang Mingshan.\n"
    )
    units = {c.value: c.unit for c in analyse(text).claims}
    assert units[12] == "international media outlets"
    assert units[31] == "cases"
    assert units[3] == "newly designated individuals"


_PRISON_INFOBOX = (
    "Yengisar Prison\n\n"
    "Yengisar Prison\n"
    "LocationYengisar County, Xinjiang\n"
    "Operated byXinjiang Prison Administration Bureau\n"
    "Opened2018\n"
    "Number of inmatesAbout 6,500 (2021 estimate)\n\n"
    "Yengisar Prison is a high-security prison in Yengisar County, Kashgar Prefecture, built in 2018.\n"
)


def test_a_counting_field_of_an_infobox_says_what_its_figure_counts() -> None:
    claims = {c.value: c for c in analyse(_PRISON_INFOBOX).claims}
    assert claims[6500].unit == "inmates"
    assert claims[6500].qualifier == "about"
