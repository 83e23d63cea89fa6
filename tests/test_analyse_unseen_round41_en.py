"""The forty-first written round (an investigative news feature, an encyclopaedic article on a company with a
tab-separated infobox, a news agency's explainer with a factbox): the general shapes it showed. The sentences
below are written for these tests; the well-known bodies in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names

_FACTBOX = (
    "FACTBOX: THE PLATEAU IN NUMBERS\n"
    "- Area: 1.2 million square kilometres\n"
    "- Population: 3.65 million (2020 census)\n"
    "- Tibetans: about 3.1 million, or 86%\n"
    "- Revenue: 4.2 billion\n"
)


def test_a_factbox_line_counts_what_its_label_names() -> None:
    r = analyse(_FACTBOX)
    units = {c.value: c.unit for c in r.claims}
    assert units.get(3650000) == "population"
    assert units.get(3100000) == "Tibetans"


def test_a_factbox_line_whose_label_names_no_count_makes_no_claim() -> None:
    r = analyse(_FACTBOX)
    assert 4200000000 not in {c.value for c in r.claims}


def test_an_initialism_inside_a_bodys_name_keeps_the_name_whole() -> None:
    r = analyse("The Secretariat of the U.N. Forum on Minority Issues said the session would go ahead.\n")
    assert "Secretariat of the U.N. Forum on Minority Issues" in names(r, t.PUBLIC_BODY, t.ORGANIZATION)
    assert "Secretariat of the U" not in names(r, t.PUBLIC_BODY, t.ORGANIZATION)


def test_an_initialism_after_a_name_with_no_bodys_word_parts_the_run() -> None:
    r = analyse("Harlow of the U.S. Treasury declined to comment on the listing.\n")
    assert not {n for n in names(r, t.PUBLIC_BODY, t.ORGANIZATION) if n.startswith("Harlow")}


_TAB_INFOBOX = (
    "Northwind Yarn Group\n"
    "From Wikipedia, the free encyclopedia\n\n"
    "Northwind Yarn Group Co., Ltd.\n"
    "Type\tPrivate\n"
    "Industry\tTextiles\n"
    "Revenue\tCN¥2.3 billion (2022)[1]\n"
    "Parent\tKorla Cotton Holdings\n"
    "Subsidiaries\tNorthwind Yarn (Laos) Co., Ltd.\n"
    "Website\twww.northwind-yarn.example\n\n"
    "Northwind Yarn Group Co., Ltd. is a spinner based in Korla.\n"
)


def test_a_tab_separated_infobox_label_is_no_part_of_a_company_with_a_bracketed_seat() -> None:
    r = analyse(_TAB_INFOBOX)
    bodies = names(r, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "Northwind Yarn (Laos)" in bodies
    assert not {n for n in bodies if "Subsidiaries" in n}


def test_a_references_outlet_before_the_language_it_was_written_in_is_a_body() -> None:
    r = analyse(
        "References\n"
        '^ Halvorsen, Kari (5 May 2021). "Retailer drops cotton supplier". Bergen Tidende (in Norwegian). '
        "Retrieved 6 May 2021.\n"
    )
    assert "Bergen Tidende" in names(r, t.ORGANIZATION)
    assert "Bergen Tidende" not in names(r, t.PERSON)


def test_barristers_chambers_named_by_their_address_are_one_body_and_no_court() -> None:
    r = analyse("Britain said the lawyer and the barristers of Garden Court Chambers were also targeted.\n")
    assert "Garden Court Chambers" in names(r, t.ORGANIZATION)
    assert "Garden Court" not in names(r, t.PUBLIC_BODY, t.ORGANIZATION)


def test_an_inverted_vietnamese_author_is_read_whole_in_natural_order() -> None:
    r = analyse(
        "References\n"
        '^ Trần, Văn Đức; Holm, Erik (3 June 2020). "Spinners move to the delta". Saigon Times. '
        "Retrieved 4 June 2020.\n"
    )
    people = names(r, t.PERSON)
    assert "Văn Đức Trần" in people
    assert "Văn Đức" not in people


def test_an_encyclopaedias_official_website_link_names_no_body() -> None:
    r = analyse("Korla Yarn Mills\n\nExternal links\nOfficial website (in Chinese)\nKorla Yarn Mills on Bloomberg\n")
    assert "Official" not in names(r, t.ORGANIZATION, t.PUBLIC_BODY, t.PERSON)


def test_a_credit_lines_second_reporter_after_the_firsts_city_is_a_person() -> None:
    r = analyse("The ministry did not reply.\n\nAdditional reporting by Lena Vogt in Munich and Farid Usmanov\n")
    assert {"Lena Vogt", "Farid Usmanov"} <= names(r, t.PERSON)
    assert "Munich" not in names(r, t.PERSON)


def test_a_lower_case_foreign_ministry_before_its_spokesperson_is_a_body() -> None:
    r = analyse("Asked about the report, the foreign ministry spokesman Guo Jiakun called it a smear.\n")
    assert "foreign ministry" in names(r, t.PUBLIC_BODY)
    assert "Guo Jiakun" in names(r, t.PERSON)
