"""Thirty-fourth round of analysis on text it was not written for (English): each test is one class of error a
thirty-fourth held-out set (bench/data/extraction/heldout34-en: a webinar's transcript, an obituary of a scholar,
a supply-chain due-diligence report) showed. The sentences are written for these tests; the people, bodies, places
and figures in them are not the held-out set's."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values

BODY_TYPES = (t.ORGANIZATION, t.PUBLIC_BODY)

# a transcript's lines are long (one turn a line), as a recording's transcript is copied
_TRANSCRIPT = (
    "TRANSCRIPT — Supply Lines, episode 12\n"
    "Recorded on 3 June 2025.\n"
    "[00:00:05] HOST (Marguerite Oyelaran-Field): Welcome back to the programme. My name is Marguerite "
    "Oyelaran-Field, and today I am joined by Dr. Ruslan Bekmuratov of the Steppe Labour Observatory and by "
    "Ingrid Haldorsen-Pike, who advises retailers on sourcing from Central Asia and has done so for many years.\n"
    "[00:01:02] Dr. BEKMURATOV: Thank you.\n"
    "[00:01:10] Dr. BEKMURATOV: So, the official figures are incomplete. Well, the officials would disagree.\n"
    "[00:02:45] HALDORSEN-PIKE: Right, and one worker, I'll call her Saule, told us she was moved twice in a year "
    "without being asked, and that her supervisor sat in on every conversation she had with the auditors, which "
    "is what we hear again and again from workers in the mills.\n"
    "[00:03:30] HOST: Ingrid, thank you.\n"
    "[END OF RECORDING]\n"
)

# -- people ----------------------------------------------------------------------------------------------------


def test_a_speaker_labelled_after_a_time_stamp_is_the_person_named_in_full() -> None:
    r = analyse(_TRANSCRIPT)
    by_text = {m.text: m.canonical for m in r.mentions if m.type == t.PERSON}
    assert by_text.get("BEKMURATOV") == "Ruslan Bekmuratov"
    assert by_text.get("HALDORSEN-PIKE") == "Ingrid Haldorsen-Pike"
    assert "Host" not in names(r, t.PERSON)


def test_a_name_given_after_my_name_is_or_ill_call_her_is_a_person() -> None:
    r = analyse(_TRANSCRIPT)
    people = names(r, t.PERSON)
    assert {"Marguerite Oyelaran-Field", "Saule"} <= people
    assert "Marguerite Oyelaran-Field" not in names(r, t.FACILITY, t.PLACE, *BODY_TYPES)


def test_a_speakers_opening_word_is_no_person() -> None:
    r = analyse(_TRANSCRIPT)
    assert not {"So", "Well", "Right"} & names(r, t.PERSON)


def test_a_document_numbers_pinyin_code_before_its_year_in_brackets_is_no_person() -> None:
    r = analyse(
        "The verdict cited the notice Wu Gong Jian Su [2018] No. 64 of the county procuratorate and the "
        "decision Xin Dang Fa [2017] No. 12 as the grounds for the arrest."
    )
    assert not names(r, t.PERSON)


# -- bodies ----------------------------------------------------------------------------------------------------


def test_companies_with_the_legal_forms_of_other_countries_are_bodies() -> None:
    r = analyse(
        "Its yarn is dyed by Tintes del Norte S.A. in Valencia, woven by Ege Dokuma Sanayi A.Ş. in Izmir and "
        "sold through Nordgarn Handel GmbH. The sourcing alliance Faire Lieferkette Süd e.V. has raised the case."
    )
    bodies = names(r, *BODY_TYPES)
    assert {"Tintes del Norte", "Ege Dokuma Sanayi", "Nordgarn Handel", "Faire Lieferkette Süd"} <= bodies


def test_a_legal_form_alone_in_a_tables_column_is_no_body() -> None:
    r = analyse(
        "| Subsidiary | Legal form | Seat | Ownership |\n"
        "| Westgarn Vertrieb GmbH | GmbH | Bremen | 100% |\n"
        "| Pacific Loom LLC | LLC | Oregon | 60% |\n"
    )
    bodies = names(r, *BODY_TYPES)
    assert not {"GmbH", "LLC"} & bodies


def test_a_word_in_brackets_after_a_company_that_opens_unlike_it_is_no_short_form() -> None:
    r = analyse("Cargo went to Aksoy Dokuma Sanayi Ltd. (Adana) and to two other mills.")
    assert "Aksoy Dokuma Sanayi" in names(r, *BODY_TYPES)
    assert not [m for m in r.mentions if m.text == "Adana" and m.canonical.startswith("Aksoy")]


def test_a_company_called_again_by_the_words_before_its_trade_is_that_company() -> None:
    r = analyse(
        "The fabric came from Minh Khoa Textile JSC in Da Nang. The brand said it would ask Minh Khoa for "
        "records of its yarn."
    )
    assert "Minh Khoa" not in names(r, t.PERSON)
    short = [m for m in r.mentions if m.text == "Minh Khoa"]
    assert short and all(m.type == t.ORGANIZATION for m in short)


def test_a_chinese_partnerships_bracketed_form_is_part_of_its_name_and_no_person() -> None:
    r = analyse("The accounts were signed by Tianhe Certified Public Accountants (Special General Partnership).")
    assert "Tianhe Certified Public Accountants" in names(r, *BODY_TYPES)
    assert not names(r, t.PERSON)


def test_hospitals_and_libraries_are_bodies() -> None:
    r = analyse(
        "He died at the First People's Hospital of Aksu Prefecture, and his papers are held at the Hotan City Library."
    )
    bodies = names(r, *BODY_TYPES)
    assert {"First People's Hospital of Aksu Prefecture", "Hotan City Library"} <= bodies


def test_a_newspaper_named_in_its_own_language_is_a_body() -> None:
    r = analyse("The reporter Jonas Ekdahl of Svenska Dagbladet traced the shipments.")
    assert "Svenska Dagbladet" in names(r, *BODY_TYPES)
    assert "Svenska" not in names(r, t.PLACE)


def test_an_eu_regulation_is_a_law_and_no_body() -> None:
    r = analyse("Brands expect the EU's Deforestation Regulation to change their sourcing.")
    assert "Deforestation Regulation" in names(r, t.LAW)
    assert "Deforestation Regulation" not in names(r, *BODY_TYPES)


def test_an_identifiers_label_is_no_body() -> None:
    r = analyse("© Review of Silk Road Archaeology 2024 · ISSN 2933-4410")
    assert "ISSN" not in names(r, *BODY_TYPES)


# -- places ----------------------------------------------------------------------------------------------------


def test_a_town_before_its_postcode_in_an_address_is_a_place() -> None:
    r = analyse(
        "Harrow Lane Trust · 9 Mill Street, Ipswich IP4 1AB · Registered charity no. 1099123\n"
        "Northmoor Advisory LLP · 22 Tabard Street, Leeds LS1 4AP · www.northmoor-advisory.com"
    )
    places = names(r, t.PLACE)
    assert {"Ipswich", "Leeds"} <= places


# -- figures ---------------------------------------------------------------------------------------------------


def test_money_after_a_currencys_code_is_a_claim() -> None:
    r = analyse("Turnover was RMB 41.2 billion in 2023. Declared value of the cargo: USD 8.7 million.")
    assert {41_200_000_000, 8_700_000} <= values(r)


def test_an_age_after_a_name_before_a_semicolon_and_irregular_and_possessive_plurals_are_claims() -> None:
    r = analyse(
        "She leaves her husband, Erkin Sabit, 71; her son; and three grandchildren. The inspectors came with "
        "four weeks' notice."
    )
    assert {71, 3, 4} <= values(r)


def test_reference_extents_house_numbers_and_exchange_rates_count_nothing() -> None:
    r = analyse(
        "1. Songs of the Tarim, critical edition, 3 vols (Kashgar, 1999), 418 pp.\n"
        "The launch is at 45 St. Andrew Street, Edinburgh. Figures are converted at 7.2 RMB = 1 USD."
    )
    assert not {3, 418, 45, 7.2, 1} & values(r)
