"""Analysis that holds on English shapes a fifty-fifth round of held-out pages showed: a diplomatic cable's
family names in capitals and its hard-wrapped paragraphs, a translated Chinese judgment's bench and case number,
police units named before their bureau, law firms, estimates that name what they count before the figure, parts
"of which" and section numbers padded with zeros. The sentences are written for these tests; private people are
invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, names, page_names, values


def _units(text: str) -> dict[float, str]:
    return {c.value: c.unit for c in analyse(text).claims}


# -- people ------------------------------------------------------------------------------------------------------


def test_a_family_name_in_capitals_after_the_given_name_or_a_post_with_its_portfolio() -> None:
    people = page_names(
        "The delegation met Governor Aydin KORKMAZ in the morning. Minister of Foreign Affairs LIU Hongwei "
        "said the talks would go on.",
        t.PERSON,
    )
    assert {"Aydin Korkmaz", "Liu Hongwei"} <= people


def test_a_hard_wrapped_paragraph_line_full_of_capitals_is_no_headline() -> None:
    text = (
        "7. (C) Provincial Governor ZHAO Minghui and Regional Chairman Dilshat\n"
        "ARKIN told the visitors that the new rules were working.  They said little else.\n\n"
        "Officials repeated the line to Ablet Turdi.  Minister of Justice SONG Peilin spoke\n"
        "to the delegation on Friday.\n"
    )
    people = page_names(text, t.PERSON)
    assert {"Zhao Minghui", "Dilshat Arkin", "Song Peilin"} <= people


def test_a_headline_in_title_case_still_names_no_one_after_a_title() -> None:
    headline = "Prime Minister KISHIDA Meets Leaders At The Regional Summit Today\n\nThe talks began."
    people = page_names(headline, t.PERSON)
    assert not {n for n in people if "Meets" in n}


def test_a_cable_source_kept_secret_is_a_person() -> None:
    text = "A shop owner, Rozi KERIM (strictly protect), said the police came at night. Nurlan Sadykov (protect) agreed"
    assert {"Rozi Kerim", "Nurlan Sadykov"} <= page_names(text, t.PERSON)


def test_a_judgments_bench_and_a_diplomats_rank_name_people() -> None:
    text = (
        "The court so rules.\n\nPresiding Judge\tZhou Guoqiang\nJudge\tMemtimin Eli\n"
        "People's Assessor\tSun Lihua\n\n9 June 2019\n\nClerk\tZhao Yanping\n\n"
        "Drafted By: Political Minister Counselor Helen T. Marsh."
    )
    people = page_names(text, t.PERSON)
    assert {"Sun Lihua", "Zhao Yanping", "Helen T. Marsh"} <= people
    assert not {n for n in people if n.startswith(("Counselor", "Clerk", "People"))}


# -- bodies ------------------------------------------------------------------------------------------------------


def test_a_firm_named_as_one_is_an_organisation() -> None:
    bodies = page_names(
        "She was represented by a lawyer of the Hotan Tianrui Law Firm; the audit went to Korla Huaxin Accounting Firm",
        *BODIES,
    )
    assert {"Hotan Tianrui Law Firm", "Korla Huaxin Accounting Firm"} <= bodies


def test_a_police_unit_named_before_its_bureau_is_a_body_and_so_is_the_bureau() -> None:
    r = analyse(
        "The phones were examined by the Technical Investigation Detachment of the Aksu Prefecture Public Security "
        "Bureau, and the Criminal Police Brigade of the Korla City Public Security Bureau made the arrests."
    )
    bodies = names(r, *BODIES)
    assert {"Technical Investigation Detachment", "Criminal Police Brigade"} <= bodies
    assert "Korla City Public Security Bureau" in bodies
    assert not [m for m in r.mentions if m.type == t.PERSON and "Detachment" in m.name]


def test_initials_for_a_common_noun_are_no_body() -> None:
    assert not page_names("Officers took one USB stick and two laptops from the flat.", *BODIES)


# -- claims ------------------------------------------------------------------------------------------------------


def test_a_translated_case_number_and_a_cables_padded_section_numbers_count_nothing() -> None:
    r = analyse(
        "The appeal, numbered (2020) Xin 40 Xing Zhong No. 212, was dismissed, and 14 men stayed in prison.\n"
        "S E C R E T SECTION 02 OF 04 ASTANA 000881\n"
        "ASTANA 00000881  003 OF 004\n"
    )
    assert values(r) == {14}


def test_a_part_of_which_counts_what_the_count_before_it_counts() -> None:
    units = _units("The survey found 240 boarding schools in the prefecture, at least 35 of which had opened in 2018.")
    assert units[35] == units[240] == "boarding schools"


def test_an_estimate_names_what_it_counts_before_the_figure() -> None:
    units = _units("Hospital records put the wounded at 86 and the missing at more than 30, a doctor said.")
    assert units[86] == "wounded"
    assert units[30] == "missing"
    assert 5 not in _units("He put it at 5 in the end, and nobody argued.")


def test_a_police_station_is_a_body_and_a_railway_station_a_site() -> None:
    r = analyse("He was questioned at the Tuanjie Road Police Station, a short walk from Korla Railway Station.")
    assert "Tuanjie Road Police Station" in names(r, t.PUBLIC_BODY)
    assert "Korla Railway Station" not in names(r, *BODIES)


def test_a_mission_named_by_its_seat_is_a_public_body() -> None:
    bodies = page_names("Embassy Tashkent and AmConsul Almaty reported the arrests to Washington.", t.PUBLIC_BODY)
    assert {"Embassy Tashkent", "AmConsul Almaty"} <= bodies


def test_a_thing_a_body_has_before_of_the_is_no_part_of_its_name() -> None:
    bodies = page_names(
        "The order bore the Stamp of the Aksu Prefecture Intermediate People's Court. The Second Bureau of the "
        "Ministry of State Security was named too.",
        *BODIES,
    )
    assert not {n for n in bodies if n.startswith("Stamp")}
    assert "Second Bureau of the Ministry of State Security" in bodies


def test_a_footer_line_of_links_two_spaces_apart_runs_into_no_other_line() -> None:
    text = (
        "The ministry published the annual report on Monday and said that the findings on forced labour were serious.\n"
        "It asked the regional government and the companies it named for a reply within one month of the report.\n"
        "The companies said they would study the findings and answer in time, and two of them said they had left.\n\n"
        "TAGS\nChina  Human Rights  Forced Labor  Office of Trade Relations\nWhite House  USA.gov  Archives  Privacy\n"
    )
    bodies = page_names(text, *BODIES)
    assert "Office of Trade Relations" in bodies
    assert not {n for n in bodies if "Relations White" in n}


def test_a_notes_writer_and_a_paragraphs_classification_are_no_body() -> None:
    text = (
        "Compiler's note: the list below is partial.\n\n"
        "3. (SBU) Human Rights Watch asked for access to the detainees.\n\n"
        "4. (S/NF) Amnesty International made the same request."
    )
    bodies = page_names(text, *BODIES)
    assert {"Human Rights Watch", "Amnesty International"} <= bodies
    assert not {"Compiler", "SBU", "S/NF", "NF"} & bodies
