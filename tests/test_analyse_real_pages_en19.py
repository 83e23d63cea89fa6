"""English pages as copied from the web, a twentieth batch of real pages read outside the project (local and
regional news reports on diaspora families in the United States, Canada and Australia, a wire agency's
report under its dateline, members of parliament's campaign pages, a question-and-answer interview, an exile
outlet's report of a death, a radio programme's listing). The pages below are written for these tests; the
well-known bodies in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names

_FAMILY_REPORT = (
    "Representative Image\n"
    "Representative Image\n\n"
    "Perth [Australia], March 3 (ANI): Families of detainees in Xinjiang gathered outside the consulate.\n"
    '"It is time to speak up," said Dilshat Omarjan, a Perth-based software engineer. Mukaddes Turghun, '
    "the aunt of Gulnisa Tahir Emet, another Australian citizen of Uyghur descent, was detained in 2018.\n"
    "Three-year-old Arslan has never met his father, who lives in Perth with his sister Zulpiye.\n\n"
    "His grandmother stays in Ghulja with his mother Mahire.\n"
)


def test_a_software_engineer_is_a_person_and_another_citizen_too() -> None:
    people = names(analyse(_FAMILY_REPORT), t.PERSON)
    assert {"Dilshat Omarjan", "Gulnisa Tahir Emet"} <= people
    assert not names(analyse(_FAMILY_REPORT), t.ORGANIZATION) & {"Dilshat Omarjan", "Gulnisa Tahir Emet"}


def test_an_age_before_a_name_and_a_relative_at_a_paragraphs_end_are_people() -> None:
    people = names(analyse(_FAMILY_REPORT), t.PERSON)
    assert {"Arslan", "Zulpiye", "Mahire"} <= people


def test_a_captions_picture_label_after_a_title_word_is_no_person() -> None:
    people = names(analyse(_FAMILY_REPORT), t.PERSON)
    assert not {"Representative Image", "Image"} & people


def test_a_product_appositive_needs_the_product_noun_to_end_its_phrase() -> None:
    r = analyse(
        "The police installed Jingwang, a surveillance app used on every phone. Daniel Hoffman, a software "
        "engineer in Almaty, found it."
    )
    assert "Daniel Hoffman" in names(r, t.PERSON)
    assert "Jingwang" not in names(r, t.PERSON, t.ORGANIZATION)


def test_the_pronoun_i_after_a_body_and_a_comma_is_no_body() -> None:
    r = analyse("She posted it on WeChat, I saw it the next day. He applied to Amnesty International, I was told.")
    assert "I" not in names(r, t.ORGANIZATION, t.PUBLIC_BODY, t.PERSON)
    assert {"WeChat", "Amnesty International"} <= names(r, t.ORGANIZATION)


_DIASPORA_CLAIMS = (
    "About two dozen relatives of some of the detainees met in Toronto.\n\n"
    "The camp held 500 people. She can still read the last eight messages of her brother. "
    "The wife of a teacher jailed for 12 years says she is afraid. Later four men escorted him home. "
    "Another man was jailed for 9 years after the trial."
)


def test_a_count_stops_before_an_owner_after_of_and_before_a_verb_with_its_pronoun() -> None:
    units = {c.number_text: c.unit for c in analyse(_DIASPORA_CLAIMS).claims}
    assert units["About two dozen"] == "relatives"
    assert units["eight"] == "messages"
    assert units["12"] == "years"
    assert units["four"] == "men"
