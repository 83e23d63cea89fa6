"""English pages as copied from the web, a fourteenth batch of real pages read outside the project (a spun copy
of a newspaper's report with its caption's credit run in, a blog's obituary listing, an agency's and a wire
syndicate's reports of deaths in custody, a campaign's list of brands with their owners in brackets, a coalition's
press release, a journal article's first page and a conference paper's front matter, a scholar's testimony to a
committee, a citation site's record, a cotton body's annual report, a think tank's commentary). The pages below are
written for these tests; the well-known bodies in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def _bodies(text: str) -> set[str]:
    result = analyse(text)
    return names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)


def test_an_honour_after_a_name_ends_a_person() -> None:
    text = (
        "“Brands must leave the region now,” said Marta Keeling OBE, chief executive of the Northern Garment "
        "Alliance. The letter was sent on Monday.\n"
    )
    assert "Marta Keeling" in names(analyse(text), t.PERSON)


def test_a_run_in_credit_without_a_paper_names_its_photographer() -> None:
    text = (
        "Tursun Akhmet, a schoolteacher who has been detained. “He never broke a rule,” his daughter "
        "said.CreditOlav Brekke\n\nMany scholars date the campaign to 2016.\n"
    )
    result = analyse(text)
    assert "Olav Brekke" in names(result, t.PERSON)
    assert not any("Credit" in n for n in names(result, t.ORGANIZATION, t.PUBLIC_BODY, t.PERSON, t.PLACE))


def test_a_committee_s_ranking_member_is_a_title() -> None:
    text = "Chairman Hollis, Ranking Member Pettigrew, and members of the committee, thank you for the invitation.\n"
    people = names(analyse(text), t.PERSON)
    assert {"Hollis", "Pettigrew"} <= people
    assert not any("Ranking" in p for p in people)


def test_a_heading_of_plural_abstract_nouns_names_no_one() -> None:
    text = (
        "My testimony has three parts.\n\n"
        "II. Broad Observations and Practical Suggestions\n\n"
        "A. Trade measures in the context of the wider relationship\n"
    )
    assert names(analyse(text), t.PERSON) == set()


def test_a_standard_number_s_letters_and_medium_name_nothing() -> None:
    text = (
        "Steppe Studies Quarterly\n\n"
        "ISSN: 1122-3344 (Print) 5566-7788 (Online) Journal homepage: https://example.org/ssq\n\n"
        "Camps and Courts in the Northwest\n"
        "Lena Forsberg\n\n"
        "ISSN (Print): 2211-4455\n"
        "ISBN (Online): 978-1-234567-89-0\n"
    )
    result = analyse(text)
    assert "ISSN" not in names(result, t.ORGANIZATION, t.PUBLIC_BODY)
    assert not {"Print", "Online"} & names(result, t.PLACE)


def test_letter_spaced_cover_type_is_no_count() -> None:
    text = "ANNUAL REPORT\n\n2 0 2 3 I T W E N T Y T H R E E\n\nOur growers harvested 3 million bales this year.\n"
    assert 3.0 not in {c.value for c in analyse(text).claims}


def test_a_name_in_capitals_over_a_post_s_line_is_a_person() -> None:
    text = (
        "ANNUAL REPORT\n\nHELENA MARSDEN\n\nCEO, Southern Fibre Growers Association\n\n"
        "The past season was a hard one for our members.\n"
    )
    result = analyse(text)
    assert "Helena Marsden" in names(result, t.PERSON)
    assert "CEO" not in names(result, t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_brand_before_its_owner_in_brackets_is_a_body() -> None:
    text = (
        "The Brands\n\n"
        "Polo Jack Marlow (Jack Marlow Corporation)\n\n"
        "Tallis Sport (Tallis Group) here\n\n"
        "Orvella (Orvella Holdings Ltd.)\n"
    )
    result = analyse(text)
    assert {"Polo Jack Marlow", "Tallis Sport"} <= names(result, t.ORGANIZATION)
    assert not {"Polo Jack Marlow", "Tallis Sport"} & names(result, t.PERSON)


def test_a_bibtex_record_names_its_authors() -> None:
    text = (
        "Mapping the northern camps\n\n"
        "  title={Mapping the northern camps},\n"
        "  author={Tomas Halloran and Brennan, Ruth},\n"
        "  journal={Steppe Studies Quarterly},\n"
        "  pages={12 - 40}\n"
    )
    assert {"Tomas Halloran", "Ruth Brennan"} <= names(analyse(text), t.PERSON)
