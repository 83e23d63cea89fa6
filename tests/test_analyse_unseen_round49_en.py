"""Shapes of layout and language from the forty-ninth English round's first run (a UN letter's signature block, a
proxy statement's ownership table, a film's subtitle file), each tested on sentences written for the tests: a
subtitle file's cues read as running speech, a caption's or a signature's name over its post, a short line in a
block of short lines kept apart from the long line before it, a speaker labelled by a role, a stage direction in
square brackets, a person named after "a man from …", a rank word after "of" in a table's head, a company's "&"
before its legal form, and plurals the same as their singulars."""

from habeas.analyse import tables as t
from habeas.analyse.english import without_legal_form
from habeas.analyse.english_layout import prepare
from test_analyse_unseen import analyse, names, page_names, values

BODIES = (t.ORGANIZATION, t.PUBLIC_BODY)

SUBTITLES = (
    "1\n00:00:02,000 --> 00:00:05,500\nIn the winter of 2019 the police in Kuqa\n\n"
    "2\n00:00:05,600 --> 00:00:09,100\ntook my brother and about 300 other men\nto a school outside the town.\n\n"
    "3\n00:00:09,300 --> 00:00:12,000\nGULNAZ TURDI\nSister of a detainee, Istanbul\n\n"
    "4\n00:00:12,200 --> 00:00:16,800\nWe heard nothing from him.\nNot one letter.\n"
)


def test_a_subtitle_files_cues_are_read_as_the_speech_they_show() -> None:
    prepared = prepare(SUBTITLES)
    assert len(prepared) == len(SUBTITLES)
    assert "00:00" not in prepared and "-->" not in prepared  # the timings count nothing
    # a sentence the captions break over lines and cues runs on; a caption's name in capitals does not
    assert "the police in Kuqa" in prepared and "took my brother and about 300 other men to a school" in prepared
    assert "GULNAZ TURDI\nSister of a detainee" in prepared
    r = analyse(SUBTITLES)
    [claim] = [c for c in r.claims if c.value == 300]
    assert "police in Kuqa" in claim.text  # the figure's sentence opens in the cue before it
    assert 2 not in values(r) and 5 not in values(r)  # no cue's number or timing


def test_a_page_with_fewer_than_three_timings_is_no_subtitle_file() -> None:
    text = "The hearing ran 10:00:00,000 --> 11:30:00,000 by the court's clock\nand then stopped."
    assert "-->" in prepare(text)


def test_a_name_over_its_post_as_a_caption_or_a_signature_sets_it() -> None:
    assert "Gulnaz Turdi" in page_names(SUBTITLES, t.PERSON)
    caption = "Some text before.\n\nTOMAS VERHAEGEN\nSenior Researcher, Leiden Asia Centre\n\nThe camps grew."
    assert "Tomas Verhaegen" in page_names(caption, t.PERSON)
    relative = "ROZIGUL HAPIZ\nDaughter of a former imam\n\nShe lives in Munich."
    assert "Rozigul Hapiz" in page_names(relative, t.PERSON)
    signature = (
        "We remain at your disposal for any further information.\n\nAkosua Mensah-Boateng\n"
        "Special Rapporteur on the right to education\nPieter van der Berg\nVice-Chair of the Working Group"
    )
    people = page_names(signature, t.PERSON)
    assert {"Akosua Mensah-Boateng", "Pieter van der Berg"} <= people


def test_a_name_in_capitals_with_its_post_after_a_comma() -> None:
    text = "[file footage, 2019] ERKIN TURSUNOV, former detainee, Almaty\nThey kept us in the dark."
    assert "Erkin Tursunov" in page_names(text, t.PERSON)


def test_a_heading_over_a_line_that_is_no_post_names_no_one() -> None:
    text = "SUPPORTING STATEMENT\nCotton from the region reaches many brands.\n\nKEY FINDINGS\nMost sites grew."
    assert not page_names(text, t.PERSON)
    # a site's name over its navigation bar, a body's name over another that opens with a title's word
    masthead = "Riverside Community Radio\nHome | News | Podcasts | Donate\n\nThe programme aired on Monday."
    assert not page_names(masthead, t.PERSON)
    signatories = "Signed by:\nGlobal Solidarity Network\nJustice for Workers\nChaplaincy Without Borders\n"
    assert "Global Solidarity Network" not in page_names(signatories, t.PERSON)


def test_a_short_line_between_a_long_line_and_the_next_stays_apart() -> None:
    letter = (
        "We write to you concerning the detention of several teachers in the region and ask for a reply to\n"
        "the questions below within sixty days of the date of this letter, as set out in the annex attached.\n\n"
        "Margit Ekholm-Lind\n"
        "Chair of the Working Group on Enforced or Involuntary Disappearances\n"
        "Osei Kwarteng-Addo\n"
        "Special Rapporteur on freedom of religion or belief\n"
    )
    people = page_names(letter, t.PERSON)
    assert {"Margit Ekholm-Lind", "Osei Kwarteng-Addo"} <= people
    assert not [n for n in page_names(letter, *BODIES) if "Osei" in n]


def test_a_speaker_labelled_by_a_role_is_no_body() -> None:
    text = "The film opens on a road.\nNARRATOR: In 2018 the camps filled.\nShe said so.\nNARRATOR: Then they emptied."
    named = page_names(text, t.PERSON, *BODIES)
    assert not [n for n in named if n.lower() == "narrator"]  # no body, and no person either


def test_a_stage_direction_in_brackets_runs_into_no_name() -> None:
    text = "[in Uyghur] Every night the guards counted us.\n[speaking Kazakh] Nobody slept."
    named = page_names(text, t.PERSON, t.PLACE, *BODIES)  # of no kind: not a body, a person nor a place
    assert not [n for n in named if "Every" in n or "Nobody" in n]


def test_a_person_named_after_what_and_where_from() -> None:
    r = analyse("A woman from Korla, Mihrigul, was held there too. A teacher from Aksu, Tursun Ablet, died in 2019.")
    assert {"Mihrigul", "Tursun Ablet"} <= names(r, t.PERSON)
    assert "Korla" not in names(r, t.PERSON)
    company = analyse("A company from Shenzhen, Dahua, sold the cameras.")
    assert "Dahua" not in names(company, t.PERSON)


def test_a_share_of_a_class_in_a_tables_head_is_a_count_column() -> None:
    text = (
        "Holder\tShares Held\tPercent of Class\n"
        "Northwind Capital LLC\t2,310,400\t6.2%\n"
        "Bluefin Partners LP\t1,870,050\t5.1%\n"
    )
    assert {6.2, 5.1, 2310400, 1870050} <= values(analyse(text))
    ranked = "Supplier\tTier\tWorkers\nKorla Mill\t2\t450\nHami Mill\t1\t320\n"
    assert not {1, 2} & values(analyse(ranked))  # a rank's column still holds labels


def test_an_ampersand_before_a_legal_form_goes_with_it() -> None:
    assert without_legal_form("Procter & Co.") == "Procter"
    assert without_legal_form("Marks and Co. Ltd") == "Marks"


def test_plurals_the_same_as_their_singulars_are_counted() -> None:
    r = analyse("Officials seized sixty sheep and twelve cattle from the herders of the township.")
    assert {60, 12} <= values(r)
