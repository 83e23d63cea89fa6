"""Analysis that holds on the fifty-first round's kinds of page: a Federal Register rule's citations, an English
machine translation of a Chinese notice (dates in Chinese order, counts before their nouns, quoted terms,
minority names in pinyin with the interpunct), and a court filing's signature block and citations. The
sentences are written for these tests; every private person is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, page_names, values


def _dates(text: str) -> set[str]:
    return {d.value for d in analyse(text).dates if d.value}


# -- dates and figures of a machine translation from Chinese -------------------------------------------------------


def test_dates_in_chinese_order_with_english_words_are_dates_and_no_counts() -> None:
    text = (
        "According to the prefecture 2019 year 3 month 12 day meeting spirit, each township must before "
        "2019 year 4 month register the remaining 420 people."
    )
    assert {"2019-03-12", "2019-04"} <= _dates(text)
    assert values(analyse(text)) == {420}


def test_a_four_digit_count_before_people_counts_unless_a_preposition_of_time_dates_it() -> None:
    counted = analyse("The township altogether registered key personnel 1640 people, and sent 812 persons to study.")
    assert {1640, 812} <= values(counted)
    assert 2018 not in values(analyse("In 2018 people began to leave the village for the cities."))


def test_a_number_word_opening_a_quoted_term_is_no_count() -> None:
    assert 3 not in values(analyse('The bureau listed "three kinds personnel" 940 people in the county.'))
    assert 940 in values(analyse('The bureau listed "three kinds personnel" 940 people in the county.'))
    assert 3 in values(analyse('She said "three guards" beat her that night.'))  # a quoted count stays a count


def test_federal_register_and_cfr_citations_are_no_counts() -> None:
    text = (
        "The entries were published at 88 FR 40319 and are amended (89 FR [INSERT FR PAGE NUMBER]). The "
        "Regulations (15 CFR parts 730-774) cover 12 companies."
    )
    assert values(analyse(text)) == {12}


# -- people ------------------------------------------------------------------------------------------------------


def test_minority_names_in_pinyin_with_the_interpunct_are_people() -> None:
    text = (
        "Township cadre Nuerguli·Abula comrade is responsible; the villager Yasen·Kurban·Tuoheti (male, 51 years "
        "old) and his wife Patiguli·Rexiti are under control. Home · News · Contact"
    )
    people = page_names(text, t.PERSON)
    assert {"Nuerguli·Abula", "Yasen·Kurban·Tuoheti", "Patiguli·Rexiti"} <= people
    assert not {"Home", "News", "Contact"} & people


def test_a_filing_signature_block_names_its_counsel() -> None:
    text = (
        "Dated: March 3, 2025                     Respectfully submitted,\n\n"
        "                                         /s/ Helen R. Castellano\n"
        "                                         Helen R. Castellano (N.Y. Bar No. 4410279)\n"
        "                                         Priya Raman-Holt (pro hac vice forthcoming)\n"
        "                                         CASTELLANO WREN LLP\n"
    )
    people = page_names(text, t.PERSON)
    assert {"Helen R. Castellano", "Priya Raman-Holt"} <= people


def test_a_name_before_et_al_is_a_person_without_the_et() -> None:
    r = analyse("3 Camille Yijun Fontaine et al., Cotton and Coercion (Lowy Institute, 2022), 14.")
    assert "Camille Yijun Fontaine" in names(r, t.PERSON)
    assert not [n for n in names(r, t.PERSON) if n.endswith(" et")]


# -- bodies of a court filing's caption ----------------------------------------------------------------------------


def test_a_us_court_heading_in_capitals_over_two_indented_lines_is_one_body() -> None:
    text = (
        "                    UNITED STATES DISTRICT COURT\n"
        "                    FOR THE EASTERN DISTRICT OF VIRGINIA\n\n"
        "MARIAM TOKHTI,                          )\n"
        "               Plaintiff,               )   Civil Action No. 2:25-cv-00917\n"
        "      v.                                )\n"
        "NORTHMOOR TEXTILES CO., LTD.,           )\n"
        "               Defendant.               )\n"
    )
    bodies = page_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "United States District Court for the Eastern District of Virginia" in bodies
    assert "NORTHMOOR TEXTILES" in bodies  # a caption's company in capitals, its "CO., LTD." whole
    assert not {"LTD", "NORTHMOOR TEXTILES CO"} & bodies


def test_a_quoted_range_of_number_words_still_counts() -> None:
    r = analyse('Auditors could see suppliers only "two or three tiers down" the chain, she said.')
    assert 3 in values(r)
