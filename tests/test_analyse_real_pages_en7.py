"""English encyclopaedia, news, profile and letter pages as copied from the web. An eighth batch of probes of
real pages on Xinjiang (a whistleblower's trial and testimony, a regional chairman's sanctions and visit, a
carmaker's audit, a party secretary's promotion, imprisoned writers and web masters; read outside the project,
never stored in it) read web sites and a law's namesake as people, a profile's labels as bodies, a cited paper
and a given name as places, and missed a credit after a copyright's sign, a kind of school and a survivor. The
pages below are written for these tests; the officials and well-known bodies in them are themselves, everyone
else and every other body is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values


def _bodies(text: str) -> set[str]:
    result = analyse(text)
    return names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)


def test_a_web_site_named_with_its_medium_is_a_body() -> None:
    text = (
        "The court sentenced three web masters, Arslan Qadir (Tumen Website), Mehray Sabit (Kaynar Blog) and "
        "Yusup Ablet (Chinar Website), to 4, 6 and 9 years in prison."
    )
    result = analyse(text)
    people = names(result, t.PERSON)
    assert {"Arslan Qadir", "Mehray Sabit", "Yusup Ablet"} <= people
    assert not any(p.endswith(("Website", "Blog")) for p in people)
    assert {"Tumen Website", "Kaynar Blog"} <= names(result, t.ORGANIZATION)


def test_a_school_named_with_its_kind() -> None:
    text = "After graduating from Turpan Normal School in 1986, he taught at Hami Vocational School for ten years."
    bodies = _bodies(text)
    assert {"Turpan Normal School", "Hami Vocational School"} <= bodies
    assert "Turpan" not in names(analyse(text), t.PLACE) or "Turpan Normal School" in bodies


def test_a_photographers_credit_after_a_copyright_sign() -> None:
    text = (
        "Tursun Ablimit speaks at a briefing in Urumqi on May 3, 2022. © 2022 AP Photo/Colin Marchetti\n\n"
        "The official, who has led the regional government since 2021, is due in Brussels next week."
    )
    result = analyse(text)
    assert "Colin Marchetti" in names(result, t.PERSON)
    assert "Associated Press" in names(result, t.ORGANIZATION)


def test_a_laws_namesake_is_no_person() -> None:
    text = (
        "Rights groups urged London to sanction the official under the UK Global Magnitsky law. He has been subject "
        "to a U.S. Global Magnitsky designation since December 2021, said Halima Turdi, the group's director."
    )
    people = names(analyse(text), t.PERSON)
    assert "Halima Turdi" in people
    assert not any("Magnitsky" in p for p in people)


_PROFILE = (
    "Memet Ablikim\n\n"
    "Gender Identity: male\n\n"
    "Current Location: Xinjiang (general location)\n\n"
    "Ethnic Group: Uyghur\n\n"
    "Faith: Muslim\n\n"
    "Sentence Extended: NA\n\n"
    "Date of Detainment: March/12/2019\n\n"
    "Memet Ablikim, a historian, was taken from his home in Kashgar in March 2019.\n"
)


def test_a_profiles_labels_and_empty_values_name_no_body() -> None:
    result = analyse(_PROFILE)
    bodies = names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)
    assert not bodies & {"Ethnic Group", "NA", "Gender Identity", "Sentence Extended"}
    assert "Memet Ablikim" in names(result, t.PERSON)
    assert "Kashgar" in names(result, t.PLACE)


def test_a_transcripts_speakers_are_no_profile() -> None:
    text = "Chair: Welcome back.\nZohra Kamal: Thank you.\nChair: Go ahead.\nZohra Kamal: I was held for a year.\n"
    assert "Zohra Kamal" in names(analyse(text), t.PERSON)


def test_a_paper_cited_in_brackets_with_its_date_is_no_place() -> None:
    text = (
        "The poet was taken into custody in Urumqi in 2018 (Nadia Fenwick, Tarimwire, 4 Mar 19; RFA, 2 Feb 20). "
        "A copy of the report was later leaked (Qorghan, accessed June 11)."
    )
    result = analyse(text)
    assert not names(result, t.PLACE) & {"Tarimwire", "Qorghan"}
    assert "Tarimwire" in names(result, t.ORGANIZATION)
    assert "Ürümqi" in names(result, t.PLACE)


def test_a_given_name_alone_after_the_full_name_is_the_person() -> None:
    text = (
        "Her cousin, Ilmurat Sopi, an editor of Tumen who now lives in the US, told the Uyghur Association of "
        "Norway (UAN) that his cousin Mehray had removed several posts from Tumen's forum. Ilmurat further told UAN "
        "that Mehray had warned him about the protest."
    )
    result = analyse(text)
    assert "Ilmurat" not in names(result, t.PLACE)
    assert "Ilmurat Sopi" in names(result, t.PERSON)


def test_a_survivor_described_after_a_comma_is_a_person() -> None:
    text = (
        "A lawyer has asked the police to act on behalf of Kuanysh Tolegen, a Kazakh camp survivor now living in "
        "Manchester, over the official's role in the camps."
    )
    result = analyse(text)
    assert "Kuanysh Tolegen" in names(result, t.PERSON)
    assert "Kuanysh Tolegen" not in names(result, t.ORGANIZATION)


def test_two_schools_run_together_in_an_infobox() -> None:
    text = (
        "Li Wenming | |\n"
        "Born | Weifang, Shandong | 3 May 1961\n"
        "Political party | Chinese Communist Party |\n"
        "Alma mater | Xiamen University Nankai University of Tianjin |\n"
        "Li Wenming is a Chinese politician who served in Xinjiang.\n"
    )
    bodies = _bodies(text)
    assert {"Xiamen University", "Nankai University of Tianjin"} <= bodies
    assert "Xiamen University Nankai University of Tianjin" not in bodies


def test_a_line_after_an_indefinite_role_names_no_one() -> None:
    text = (
        "The court in the border town upheld the sentence on Tuesday\n"
        "Saule Nurlanova is an Almaty-based journalist\n"
        "Sign up for our weekly newsletter\n"
    )
    people = names(analyse(text), t.PERSON)
    assert "Saule Nurlanova" in people
    assert "Sign" not in people


def test_an_address_in_pinyin_names_no_one() -> None:
    text = (
        "Aili Kerim\n"
        "Chairman of the Regional People's Government\n"
        "Xinjiang Weiwuer Zizhiqu Renmin Zhengfu\n"
        "2 Zhongshanlu\n\n"
        "Dear Chairman, we write about the writer Omar Jappar, who was sentenced in 2019.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert "Omar Jappar" in people
    assert not any(w in p for p in people for w in ("Zizhiqu", "Zhengfu", "Renmin"))


def test_a_references_date_with_a_two_digit_year_counts_nothing() -> None:
    text = (
        "The singer was reportedly detained in Kashgar (Lena Marsh, Steppe Review, 7 Oct 18; RFA, 3 Mar 21), and "
        "relatives said in 2021 that she had been sentenced to 12 years."
    )
    result = analyse(text)
    assert values(result) == {12.0}
    assert {"2018-10-07", "2021-03-03"} <= {d.value for d in result.dates}


def test_a_named_detention_centre_keeps_its_name() -> None:
    text = (
        "The editor was detained on March 2, 2011, and is still being held in Tianchi Detention Center in Urumqi, "
        "his wife said."
    )
    result = analyse(text)
    assert "Tianchi Detention Center" in names(result, t.FACILITY)
    assert "Ürümqi" in names(result, t.PLACE)


def test_an_opening_adverb_before_a_companys_name_is_no_body() -> None:
    text = "The report was published in Berlin. Recently, Siemens AG said that it would sell its stake in the plant."
    bodies = _bodies(text)
    assert "Siemens" in bodies or "Siemens AG" in bodies
    assert "Recently" not in bodies
