"""Thirty-seventh round of analysis on text it was not written for (English): each test is one class of error a
thirty-seventh held-out set (bench/data/extraction/heldout37-en: a podcast episode page, a company general counsel's
reply letter to an NGO, a wire-service news digest) showed. The sentences are written for these tests; the people,
bodies, places and figures in them are not the held-out set's."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values

BODY_TYPES = (t.ORGANIZATION, t.PUBLIC_BODY)

_PROSE = (
    "We have read your draft with care and we cannot accept the figures it gives for the mills that supply us.\n"
    "Our own auditors visited each of the mills named in it last spring and found no workers sent from the region.\n"
    "We would be grateful if you would correct the draft before it is published and tell us when you have done so.\n"
)


# -- a wire digest's datelines ---------------------------------------------------------------------------------


def test_a_datelines_agency_in_lower_case_after_a_date_is_a_body() -> None:
    r = analyse(
        "MUNICH, June 9 (dpa) - The Bavarian state government said on Tuesday it would review its ties with a\n"
        "textile firm after a report by the Uyghur Human Rights Project.\n"
    )
    assert "dpa" in names(r, *BODY_TYPES)


def test_every_datelines_city_in_a_digest_is_a_place() -> None:
    r = analyse(
        "OTTAWA, May 2 (Reuters) - Canada said on Thursday it would add two firms to its list.\n"
        "(Reporting by Jane Roe; Editing by Tom Hart)\n\n"
        "LONDON, May 3 (AP) - Britain said it had raised the camps with Beijing.\n"
        "(Reporting by Ann Lee; Editing by Sam Cole)\n\n"
        "BERLIN, May 3 (dpa) - A carmaker said on Friday it was in talks with its partner about a plant.\n"
    )
    assert "Berlin" in names(r, t.PLACE)
    assert not {"BERLIN", "Berlin"} & names(r, *BODY_TYPES)


def test_the_letters_that_open_a_reference_code_are_no_body() -> None:
    r = analyse("Members only. Not for publication. Ref: NWS-ASIA-20221109-3\n")
    assert not names(r, *BODY_TYPES)


# -- bodies ----------------------------------------------------------------------------------------------------


def test_a_military_sub_district_and_district_named_after_their_place_are_bodies() -> None:
    r = analyse(
        "Officers of the Aksu Military Sub-District attended the trial, and the Ili Military District said the\n"
        "soldiers had been sent home.\n"
    )
    assert {"Aksu Military Sub-District", "Ili Military District"} <= names(r, t.PUBLIC_BODY)


def test_a_bureau_named_with_its_prefecture_and_two_subjects_is_one_body() -> None:
    r = analyse("The Hotan Prefecture Human Resources and Social Security Bureau said 4,200 people took part.\n")
    bodies = names(r, *BODY_TYPES)
    assert any(b.startswith("Hotan") and b.endswith("Human Resources and Social Security Bureau") for b in bodies)
    assert "Social Security Bureau" not in bodies


def test_a_company_is_called_again_by_the_word_after_its_province() -> None:
    r = analyse(
        "Our supplier, Zhejiang Lanfeng Knitting Co., Ltd., was audited in May. Lanfeng has confirmed that it\n"
        "buys no fibre from the region, and Lanfeng will send us its records.\n"
    )
    lanfeng = [m for m in r.mentions if m.text == "Lanfeng"]
    assert lanfeng and all(m.type == t.ORGANIZATION for m in lanfeng)
    assert not {"Lanfeng"} & names(r, t.PLACE, t.PERSON)


def test_a_company_named_again_without_its_legal_form_is_the_company() -> None:
    r = analyse(
        "Sylhet Knit Fabrics Ltd. makes our shirts. We asked Sylhet Knit Fabrics for its records, and Sylhet Knit "
        "Fabrics identified five spinners.\n"
    )
    again = [m for m in r.mentions if m.text.replace("\n", " ") == "Sylhet Knit Fabrics"]
    assert again and all(m.type == t.ORGANIZATION for m in again)
    assert "Sylhet Knit Fabrics" not in names(r, t.PERSON)


def test_a_well_known_company_is_named_with_the_legal_form_the_page_writes_after_it() -> None:
    r = analyse("Volkswagen AG sold its stake in the joint venture last year, the carmaker said in a statement.\n")
    assert "Volkswagen AG" in {m.text for m in r.mentions if m.type == t.ORGANIZATION}


def test_a_letterheads_company_in_capitals_and_its_quoted_short_form_are_the_company() -> None:
    r = analyse(
        "NORTHWIND TEXTILES PLC\nRegistered office: 4 Mill Lane, Leeds LS2 7QT | legal@northwind-textiles.co.uk\n\n"
        'Thank you for giving Northwind Textiles plc ("Northwind") the chance to answer.\n' + _PROSE + "In 2022 "
        "Northwind left the initiative, and Northwind has published its list of mills every year since.\n"
    )
    bodies = names(r, *BODY_TYPES)
    assert "Northwind Textiles" in bodies
    northwind = [m for m in r.mentions if m.text in ("Northwind", "NORTHWIND TEXTILES PLC")]
    assert len(northwind) == 4 and {m.canonical for m in northwind} == {"Northwind Textiles"}


def test_a_listed_platform_before_or_wherever_is_a_body_like_the_one_before_it() -> None:
    r = analyse("New episodes every Tuesday. Listen on Apple Podcasts, Spotify or wherever you get your podcasts.\n")
    assert "Spotify" in names(r, *BODY_TYPES)
    assert "Spotify" not in names(r, t.PLACE)


# -- a letter's address, signature and copy list ---------------------------------------------------------------


def test_a_house_number_before_a_wharf_or_a_quay_counts_nothing_and_the_street_names_no_one() -> None:
    r = analyse(
        "Registered office: 45 Harrow Quay, Bristol BS1 6AB, United Kingdom\n"
        "Branch office: 9 Canal Wharf, Leeds LS11 5PS\nThe company employs 300 people in Bristol.\n"
    )
    assert 45.0 not in values(r) and 9.0 not in values(r)
    assert 300.0 in values(r)
    assert not {"Harrow Quay", "Canal Wharf"} & names(r, t.PERSON)


def test_a_copy_lists_indented_lines_are_items_and_no_post_runs_into_the_body_below() -> None:
    r = analyse(
        _PROSE + "\nYours faithfully,\n\nJane Doe\nHead of Legal\n\n"
        "cc: Mr Tom Okafor, Director of Responsible Sourcing\n"
        "    Freshfields Bruckhaus Deringer LLP (Ref. 12-3456)\n"
        "    Anti-Slavery International\n"
    )
    bodies = names(r, *BODY_TYPES)
    assert "Freshfields Bruckhaus Deringer" in bodies
    assert not [b for b in bodies if "Sourcing" in b]


def test_a_signatures_line_of_posts_is_no_body() -> None:
    r = analyse(
        _PROSE + "\nWe would be grateful for your confirmation.\n\nYours sincerely,\n\nHarriet P. Langdon\n"
        "General Counsel and Company Secretary\nCalderstone Fabrics plc\n\n"
        "cc: Mr K. Ashworth-Bell, Chief Risk Officer\n"
    )
    bodies = names(r, *BODY_TYPES)
    assert not [b for b in bodies if b.startswith("General Counsel")]
