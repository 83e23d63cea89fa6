"""English encyclopaedia, news and trade pages as copied from the web. A sixth batch of probes of real pages
on Xinjiang (scholars' and an official's articles, three counties' and prefectures' infoboxes, one as a
template's raw parameters, sanctions on Xinjiang companies, a UN report, diaspora families; read outside the
project, never stored in it) read a template's parameter names and infobox labels as people or bodies, a post
before "of" as a person, full names as bodies, the initials of a compound common noun as a body and an angle's
parts as figures. The pages below are written for these tests; the officials and well-known bodies in them
are themselves, everyone else and every other body is invented."""

from habeas.analyse import tables as t
from habeas.analyse.document import _resolve_in_document
from habeas.analyse.english import P_SPACY
from habeas.analyse.model import Mention
from test_analyse_unseen import analyse, names, values


def _bodies(text: str) -> set[str]:
    result = analyse(text)
    return names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)


_TEMPLATE_PARAMETERS = (
    "Tograk County | |\n"
    "Settlement Type: | County |\n"
    "Subdivision Name1: | Xinjiang |\n"
    "Subdivision Name2: | Hotan |\n"
    "Seat Type: | County seat |\n"
    "Pushpin Map Caption: | Location of the seat in Xinjiang |\n"
    "Coor Pinpoint: | County government |\n"
    "Utc Offset: | +8 |\n"
    "Tograk County is a county in the south of Xinjiang, on the edge of the Taklamakan Desert.\n"
)


def test_a_templates_parameters_name_no_one() -> None:
    result = analyse(_TEMPLATE_PARAMETERS)
    people = names(result, t.PERSON)
    assert not people & {"Coor Pinpoint", "Pushpin Map Caption", "Utc Offset", "Seat Type"}
    assert {"Xinjiang", "Taklamakan Desert"} <= names(result, t.PLACE)


def test_a_pinyin_value_with_tones_run_into_its_label() -> None:
    text = (
        "Aral Prefecture\n"
        "Chinese name\n"
        "Simplified Chinese阿拉尔地区\n"
        "Transcriptions\n"
        "Standard Mandarin\n"
        "Hanyu PinyinĀkètáo Xiàn\n"
        "Wade–GilesA¹-la¹-erh³ Ti⁴-chʻü¹\n"
        "\n"
        "The name Aral is old.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert not any(p.startswith("Hanyu") or "Xiàn" in p for p in people)


def test_an_infobox_label_on_the_line_after_a_role() -> None:
    text = (
        "Arslan Ghopur\n"
        "Born 3 May 1971\n"
        "Occupation Historian, blogger\n"
        "Known for Histories of the oasis towns\n"
        "Arslan Ghopur is a historian who taught in Kashgar until 2018.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert "Arslan Ghopur" in people
    assert "Known" not in people


def test_a_population_field_and_its_year_are_no_reference() -> None:
    text = (
        "Tograk County\n"
        "Country | China |\n"
        "Prefecture | Hotan |\n"
        "Population (2020)[1] | |\n"
        "• Total | 181,240 |\n"
        "Tograk County is a county of Hotan Prefecture.[2]\n"
    )
    assert "Population" not in _bodies(text)


def test_a_post_before_of_names_the_body_and_no_person() -> None:
    text = (
        "Zhao Wenbin\n"
        "Deputy Head of the Central Leading Group on Border Work\n"
        "In office\n"
        "2019 – 2022\n"
        "“Audits will continue,” said the Chair of the Interagency Supply Chain Task Force, Maria Olsen.\n"
    )
    result = analyse(text)
    bodies = names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)
    assert "Central Leading Group on Border Work" in bodies
    assert "Interagency Supply Chain Task Force" in bodies
    assert not any(b.startswith(("Deputy Head", "Chair of")) for b in bodies)
    assert "Deputy Head" not in names(result, t.PERSON)


def test_a_full_name_whose_surname_the_page_uses_is_a_person() -> None:
    # the model's reading of a name varies with the name: the pass that corrects it is given the model's reading
    qurbanov = Mention(1, 40, 55, "Merdan Qurbanov", "Merdan Qurbanov", t.ORGANIZATION, P_SPACY)
    called = Mention(1, 57, 65, "Qurbanov", "Qurbanov", t.PERSON, P_SPACY)
    ayshe = Mention(1, 90, 117, "Gulnisa Ayshe Tohtiyev", "Gulnisa Ayshe Tohtiyev", t.ORGANIZATION, P_SPACY)
    rustam = Mention(1, 70, 85, "Rustam Tohtiyev", "Rustam Tohtiyev", t.PERSON, P_SPACY)
    company = Mention(1, 120, 146, "Qurbanov Trading Company", "Qurbanov Trading Company", t.ORGANIZATION, P_SPACY)
    stranger = Mention(1, 150, 162, "Dilnur Sabit", "Dilnur Sabit", t.ORGANIZATION, P_SPACY)
    resolved = _resolve_in_document([qurbanov, called, rustam, ayshe, company, stranger])
    kinds = {m.name: m.type for m in resolved}
    assert kinds["Merdan Qurbanov"] == t.PERSON  # "in the words of Merdan Qurbanov. Qurbanov’s brother …"
    assert kinds["Gulnisa Ayshe Tohtiyev"] == t.PERSON  # "the son of Rustam Tohtiyev and Gulnisa Ayshe Tohtiyev"
    assert kinds["Qurbanov Trading Company"] == t.ORGANIZATION  # a body's head word: a firm named after someone
    assert kinds["Dilnur Sabit"] == t.ORGANIZATION  # no one on the page is called Sabit: the model's reading stands


def test_a_name_signed_before_an_email_address() -> None:
    text = (
        "Did not see this gripping feature on our imprisoned historian colleague Arslan Ghopur, until today. It "
        "says his elderly mother was allowed a prison visit, only through a screen. Unclear when. The regime is so "
        "profoundly cowardly, it is hard to grasp. –Magnus Lindqvist, ml42@example.edu\n"
        "\n"
        "Source: Northern Review (3/14/24)\n"
    )
    result = analyse(text)
    assert "Magnus Lindqvist" in names(result, t.PERSON)
    assert "Magnus Lindqvist" not in names(result, t.ORGANIZATION)
    # a body's name before its address stays a body's
    press = analyse("For comment, write to Human Rights Watch, press@example.org, before Friday.")
    assert "Human Rights Watch" not in names(press, t.PERSON)


def test_initials_of_a_compound_common_noun_name_no_body() -> None:
    text = (
        "The maker of PVC, caustic soda and viscose yarn was listed on Tuesday. It sells polyvinyl chloride "
        "(PVC) and closed-circuit television (CCTV) systems to builders across the region.\n"
    )
    assert not _bodies(text) & {"PVC", "CCTV"}


def test_an_angles_degrees_minutes_and_seconds_count_nothing() -> None:
    text = "The county lies between 74°12'8\" and 77°40'21\" east longitude, and has 14 townships and 3 towns.\n"
    found = values(analyse(text))
    assert {14.0, 3.0} <= found
    assert not found & {74.0, 12.0, 8.0, 77.0, 40.0, 21.0}


def test_romanisations_initials_in_a_names_spellings_name_no_body() -> None:
    text = (
        "Abduweli Tursun (Uyghur: ئابدۇۋەلى تۇرسۇن, ULY: Abduweli Tursun, UYY: Abduwəli Tursun; Chinese: "
        "阿不都外力·吐尔逊) is a poet from Atush who was detained in 2019 by the Atush Public Security Bureau.\n"
    )
    bodies = _bodies(text)
    assert not bodies & {"ULY", "UYY"}
    assert any(b.endswith("Public Security Bureau") for b in bodies)


def test_a_performers_company_and_an_employer_run_into_its_label() -> None:
    text = (
        "Memet Tursun\n"
        "Born (1958-03-02) 2 March 1958\n"
        "Alma materKashgar School of Art\n"
        "EmployerKashgar Song and Dance Troupe\n"
        "Xinjiang Uyghur Autonomous Region Song and Dance Ensemble\n"
        "Known forMuqam singing\n"
        "\n"
        "Memet Tursun (born 1958) is a Uyghur singer who toured with the Ili Song and Dance Theatre until 2017.\n"
    )
    bodies = _bodies(text)
    assert {"Kashgar Song and Dance Troupe", "Ili Song and Dance Theatre"} <= bodies
    assert any(b.endswith("Song and Dance Ensemble") and b.startswith("Xinjiang") for b in bodies)
    assert not any(b.startswith(("Employer", "Dance")) for b in bodies)


def test_a_relative_named_by_one_name_in_an_infobox() -> None:
    text = (
        "Arslan Ghopur\n"
        "Born (1969-10-25) October 25, 1969\n"
        "Criminal penaltyLife imprisonment\n"
        "SpouseMihrigul (China)\n"
        "ChildrenDilnaz Arslan (Turkey)\n"
        "\n"
        "Arslan Ghopur is a historian serving a life sentence in China.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Mihrigul", "Dilnaz Arslan"} <= people
    assert "China" not in people and "Turkey" not in people


def test_two_days_joined_by_a_hyphen_are_dates_and_count_nothing() -> None:
    text = (
        "Xinjiang lockdown after an outbreak\n"
        "\n"
        "The number of people infected in Ghulja rose to 318 from June 28-Jul. 4, officials told reporters.\n"
    )
    result = analyse(text)
    assert 318.0 in values(result)
    assert not values(result) & {28.0, 4.0}
    assert {d.text for d in result.dates} >= {"June 28", "Jul. 4"}


def test_a_news_summarys_title_names_no_body() -> None:
    text = (
        "The Weekly Digest\n"
        "\n"
        "Released on 14.06.2022\n"
        "\n"
        "Exiles protest outside consulate\n"
        "\n"
        "The World Uyghur Congress said on Friday that dozens of exiles had gathered in Munich.\n"
    )
    bodies = _bodies(text)
    assert "World Uyghur Congress" in bodies
    assert not any(b.endswith("Digest") for b in bodies)


_COMPANY_INFOBOX = (
    "Kunlun Vision Technology Co., Ltd.\n"
    "Company typePublic company\n"
    "IndustryVideo surveillance\n"
    "FounderZhou Mingde\n"
    "HeadquartersUrumqi, Xinjiang, China\n"
    "ProductsThermal cameras, dome cameras, traffic cameras, access control terminals, video recorders, alarm panels\n"
    "OwnerZhou Mingde\n"
    "China Telecom\n"
    "Xinjiang Investment Holdings\n"
    "\n"
    "Kunlun Vision Technology is a maker of surveillance cameras founded in 2009 by Zhou Mingde.\n"
)


def test_a_company_infobox_with_a_long_list_and_its_owners_one_a_line() -> None:
    result = analyse(_COMPANY_INFOBOX)
    bodies = names(result, t.ORGANIZATION) | names(result, t.PUBLIC_BODY)
    assert {"China Telecom", "Xinjiang Investment Holdings"} <= bodies
    assert not any(b.startswith(("Owner", "Products")) for b in bodies)
    assert "Zhou Mingde" in names(result, t.PERSON)
