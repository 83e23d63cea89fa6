"""A review of this stop's English rules on ordinary text: news, notices, headlines and reports where a rule
written for one shape (a quoted term, a dotted name in pinyin, a post before a family name in capitals, a roster's
line, a picture's credit, a speaker's turn, an address) fired on words of another. Each test holds the rule to its
own shape. The sentences are written for these tests; every private person in them is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, page_names, values

# -- counts in quotation marks and before an address's head word ---------------------------------------------------


def test_a_quoted_count_with_more_words_or_a_verb_after_it_still_counts() -> None:
    assert 3 in values(analyse('Witnesses described "three men in uniform" who took their father away at night.'))
    assert 12 in values(analyse('The paper ran "Twelve miners trapped" across its front page.'))
    # an apostrophe closes no quotation that opened with a double mark
    assert 40 in values(analyse("Officials said “Forty police officers’ homes were searched” in the operation."))


def test_a_quoted_term_of_two_words_after_its_number_word_is_still_no_count() -> None:
    assert 4 not in values(analyse('The campaign targeted the so-called "four categories personnel" there.'))


def test_gardens_yards_and_buildings_counted_in_a_headline_s_capitals_are_counts() -> None:
    assert 20 in values(analyse("The developer built 20 Apartment Buildings, each with a roof garden."))
    assert 300 in values(analyse("Rangers counted 300 Victory Gardens; most were run by volunteers."))
    assert 2 not in values(analyse("The embassy is at 2 Carlton Gardens, London."))  # an address, its town after


# -- people -------------------------------------------------------------------------------------------------------


def test_english_words_run_on_with_interpuncts_are_no_dotted_name() -> None:
    assert not page_names("Home·News·Politics·World\nThe council met on Tuesday.", t.PERSON)
    assert not page_names("Paris·London·Tokyo\nThe brand opened its third store this spring.", t.PERSON)
    assert "Aili·Maimaiti" in page_names("The notice was signed by Aili·Maimaiti, head of the committee.", t.PERSON)


def test_a_title_case_headline_after_a_post_names_no_one_in_capitals() -> None:
    text = "Prime Minister KISHIDA Meets Biden in Washington\nThe two leaders discussed trade."
    assert not page_names(text, t.PERSON)
    text = "President NATO Summit Opens Today\nLeaders gathered in Vilnius."
    assert not page_names(text, t.PERSON)
    assert "Park Jin" in page_names("Foreign Minister PARK Jin met his counterpart on Monday.", t.PERSON)


def test_a_headings_subject_before_a_post_s_possessive_or_a_noun_is_no_roster_name() -> None:
    assert not page_names("Climate Change - President's address\nThe summit opened with a speech.", t.PERSON)
    assert not page_names("Water Quality - Senior Officer update\nSamples were taken at twelve sites.", t.PERSON)


def test_a_sentence_opening_with_photographs_and_a_comma_is_no_picture_s_credit() -> None:
    text = "Photographs, letters and diaries of Kamil\nTursun were seized by the police in 2019."
    assert "Kamil Tursun" in page_names(text, t.PERSON)


def test_a_heading_in_capitals_that_prose_writes_after_the_is_no_speaker() -> None:
    text = "GOLDEN GATE\nWe crossed the bridge at dawn.\nThe Golden Gate was shrouded in fog."
    assert "Golden Gate" not in page_names(text, t.PERSON)


def test_a_name_after_mr_that_ends_in_an_address_s_head_word_is_still_a_person() -> None:
    r = analyse("Mr Paul Square told the court he was innocent.")
    assert not {m.name for m in r.mentions if m.type == t.FACILITY}
    assert any("Paul" in m.name for m in r.mentions if m.type == t.PERSON)
