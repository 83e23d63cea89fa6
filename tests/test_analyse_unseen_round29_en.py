"""Twenty-ninth round of analysis on text it was not written for (English): each test is one class of error a
twenty-ninth held-out set (bench/data/extraction/heldout29-en: an encyclopaedic article on a county, an
investigative news feature, a coalition's joint statement) showed. The sentences are written for these tests; the
people, bodies, places and figures in them are not the held-out set's."""

from habeas.analyse import tables as t
from habeas.analyse.english_spacy import spacy_mentions
from test_analyse_unseen import analyse, names

# -- people ----------------------------------------------------------------------------------------------------

# a statement's opening paragraph, one line as a copied page has it, so the lists below stay lines of their own
_OPENING = (
    "We, the undersigned organisations and individuals, call on every government that has not yet done so to "
    "recognise the scale of the detentions, to press for access for independent observers and to protect the "
    "families in exile who speak about their relatives.\n\n"
)


def test_a_signatory_with_a_middle_initial_opening_a_line_is_a_person() -> None:
    text = (
        _OPENING
        + "Individual signatories\nDr Henrik Aas, Aarhus University\nFarid M. Ospanov, author\nLena Ott, poet\n"
    )
    r = analyse(text)
    assert "Farid M. Ospanov" in names(r, t.PERSON)
    assert not any("Ospanov" in n for n in names(r, t.ORGANIZATION))


def test_a_name_with_initials_after_a_line_break_the_model_ran_over_is_a_person() -> None:
    text = "Dr Henrik Aas, Aarhus University\nKamran T. Yusupov, journalist\n"
    start, end = text.index("Aarhus"), text.index(", journalist")
    found = spacy_mentions(1, text, [(start, end, "ORG")], text)
    assert {(m.type, m.name) for m in found} == {(t.ORGANIZATION, "Aarhus University"), (t.PERSON, "Kamran T. Yusupov")}


def test_initials_before_a_family_name_name_a_person_not_a_body() -> None:
    r = analyse("The photographs were verified by our desk. Additional reporting by K. Moldabekov in Bishkek.")
    assert "K. Moldabekov" in names(r, t.PERSON)
    assert "K. Moldabekov" not in names(r, t.ORGANIZATION)


def test_a_name_with_two_initials_opening_a_line_keeps_its_first_initial() -> None:
    text = _OPENING + "Individual signatories\nR. T. Whitcombe-Ng, School of Oriental Studies\nLina Haddad, lawyer\n"
    assert "R. T. Whitcombe-Ng" in names(analyse(text), t.PERSON)


def test_a_silks_letters_the_model_reads_as_a_place_are_no_place() -> None:
    text = "Individual signatories\nMaria Lindgren, KC, barrister\nTobias Brandt, author\n"
    at = text.index("KC")
    found = spacy_mentions(1, text, [(at, at + 2, "GPE")], text)
    assert not [m for m in found if m.type == t.PLACE]


# -- bodies and places -----------------------------------------------------------------------------------------


def test_a_place_hyphened_to_owned_before_a_company_is_a_place_apart() -> None:
    r = analyse("Workshops were opened there in 2019 by the Zhejiang-owned Lianhua Garment Group and two others.")
    assert "Zhejiang" in names(r, t.PLACE)
    assert "Lianhua Garment Group" in names(r, t.ORGANIZATION)
    assert not any("Zhejiang" in n for n in names(r, t.ORGANIZATION))


def test_a_universitys_faculty_is_a_body_not_a_law() -> None:
    r = analyse("Dr Petra Novak teaches at the Faculty of Law, Charles University, in Prague.")
    assert not names(r, t.LAW)
    assert "Faculty of Law" in names(r, t.ORGANIZATION)


def test_a_township_named_without_its_level_is_the_same_place() -> None:
    text = (
        "The county administers four townships, among them Kosh Terek Township and Yantaq Township.\n\n"
        "A walled compound 2 km east of Kosh Terek was extended in 2018, researchers said."
    )
    r = analyse(text)
    assert "Kosh Terek" not in names(r, t.ORGANIZATION)
    bare = [m for m in r.mentions if m.name == "Kosh Terek"]
    assert bare and all(m.type == t.PLACE and m.canonical == "Kosh Terek Township" for m in bare)


# -- figures ---------------------------------------------------------------------------------------------------


def test_a_tables_rows_written_between_bars_count_what_their_column_heads_name() -> None:
    text = (
        "The county's population grew slowly in the decade before the census, mostly through births, while the "
        "number of residents registered elsewhere fell after the closure of two state farms in the north.\n\n"
        "Demographics\n\n"
        "Ethnic group | Population (2015) | Share\n"
        "Uyghur | 48,310 | 81.6%\n"
        "Han | 9,870 | 16.7%\n"
        "Other | 1,010 | 1.7%\n"
    )
    claims = {c.value: c for c in analyse(text).claims}
    assert {48310, 9870, 1010} <= set(claims)
    assert "2015" not in claims[48310].unit
    assert "Population" in claims[48310].unit
