"""English pages as copied from the web, a thirteenth batch of real pages read outside the project (a journal's
note with its footnotes, a rights group's repost, wire stories on a deportation, a plain-text copy of a
newspaper's report, a research report's cover and acknowledgements, trade-press and newspaper reports on
solar supply chains, two copies of a county's article, one of its template's parameters, reports on an
activist's extradition, a list of writers' short lives, a blog's summary of sanctions). The pages below are
written for these tests; the well-known bodies in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def _bodies(text: str) -> set[str]:
    result = analyse(text)
    return names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)


def test_a_second_title_or_a_party_before_a_title_is_no_name() -> None:
    text = (
        "Signatories to the letter include lawmakers from Canada and Japan. Among them are the Labour MP Sir "
        "Owen Pryce and US Democratic Congressman Representative Tomas Varga.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert "Tomas Varga" in people
    assert not any("Representative" in p or "Congressman" in p for p in people)


def test_an_expert_before_a_name_is_a_role() -> None:
    text = "Expert Helga Marsh estimates the number of workers moved at up to 2 million. Marsh spoke in Bonn.\n"
    people = names(analyse(text), t.PERSON)
    assert "Helga Marsh" in people
    assert "Expert Helga Marsh" not in people


_CREDITS = (
    "Volkswagen agreed to sell its plant in the region.\n\n"
    "The test track near Turpan has been idle since 2020\n\n"
    "PIETER VANDAM/NTB/ALAMY\n\n"
    "Officials met reporters at the airport in Bangkok.\n\n"
    "© 2024 Somchai Rattana/ANP-EFE/Alamy\n\n"
    "The Uyghur Human Rights Project/Washington\n"
)


def test_a_credit_on_a_line_of_its_own_or_after_its_copyright_names_photographer_and_agencies() -> None:
    result = analyse(_CREDITS)
    people = names(result, t.PERSON)
    bodies = names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)
    assert {"Pieter Vandam", "Somchai Rattana"} <= people
    assert {"NTB", "ANP-EFE"} <= bodies
    assert "Alamy" in bodies or "ALAMY" in bodies
    # a body's name before a slash and a city is no photographer
    assert not any("Uyghur" in p for p in people)


def test_a_possessive_after_a_name_ending_in_s_names_no_source() -> None:
    text = (
        "Morocco seemed a safer place for Tobias Merz. A request to cancel the order was rejected, according to "
        "Tobias' lawyer. The notice ignored Tobias' status as a refugee.\n"
    )
    assert not any(b.endswith("'") for b in _bodies(text))


_PARAMETERS = (
    "Yarkand County Explained\n\n"
    "Yarkand County\n"
    "Settlement Type:County\n"
    "Pushpin Map:China Xinjiang Southern#Xinjiang#China\n"
    "Pushpin Label Position:left\n"
    "Subdivision Type:Country\n"
    "Subdivision Name:China\n"
    "Subdivision Type1:Autonomous region\n"
    "Subdivision Name1:Xinjiang\n"
    "Demographics Type2:Ethnic groups\n"
    "Seat Type:County seat\n"
    "Timezone:China Standard\n"
    "Postal Code Type:Postal code\n"
    "Postal Code:844700\n"
    "Area Code:0998\n\n"
    "Yarkand County is a county of Kashgar Prefecture in Xinjiang, China. Its seat is Yarkand Town.\n"
)


def test_a_templates_parameters_run_into_their_values_are_labels() -> None:
    result = analyse(_PARAMETERS)
    bodies = names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)
    assert not any("Type" in b or "Code" in b for b in bodies)
    assert {"China", "Xinjiang"} <= names(result, t.PLACE)


def test_a_place_glossed_in_pinyin_with_its_tones_is_no_place_of_its_own() -> None:
    text = (
        "The two main rivers are the Yarkand River and the Tiznap River (zh-c|c=提孜那甫河|p=Tízīnàfǔ Hé). "
        "The county seat is Shache Town (p=Shāchē).\n"
    )
    places = names(analyse(text), t.PLACE)
    assert not any(any(c in "íīàǔāē" for c in p) for p in places)


_LIVES = (
    "Ilyar Toxti is a poet and a teacher. His first book sold well among students. Read More »Who is Ilyar Toxti\n"
    "Ababekri Ehetjan was born in 1979 in Qaraqash county Hotan. He began his studies in 2004 in the history "
    "department of a university… Read More »\n"
    "Obulqasim Mettursun was born in 1981 in Aksu. He taught at a middle school until 2017, when he was… Read "
    "More »\n"
)


def test_a_name_that_opens_a_line_before_was_born_is_a_person() -> None:
    people = names(analyse(_LIVES), t.PERSON)
    assert {"Ilyar Toxti", "Ababekri Ehetjan", "Obulqasim Mettursun"} <= people
    assert not any(len(p.split()) > 3 for p in people)  # the line before is no part of the name


_COVER = (
    "A NARROW ROAD\n"
    "Uyghur Forced Labour and\n"
    "Global Textile Supply Chains\n\n"
    "© 2022 Maria K. Lund and Omar Dilshat\n\n"
    "The authors thank the many people who have contributed their knowledge and time to this report, and the\n"
    "members of the coalition for their insights. Maria K. Lund is a professor of human rights at a university\n"
    "in Norway. Omar Dilshat is a researcher who has written on cotton and on labour transfers since 2018.\n"
)


def test_a_reports_cover_lines_and_its_authors_copyright_are_no_bodies() -> None:
    result = analyse(_COVER)
    bodies = names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)
    assert "A NARROW ROAD" not in bodies
    assert not any(b.endswith(" and") or b == "Maria K" for b in bodies)
    assert "Maria K. Lund" in names(result, t.PERSON)
