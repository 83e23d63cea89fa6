"""English pages as copied from the web: a fourth batch of probes of real pages on Xinjiang (encyclopaedia
mirrors of a prefecture, a corps, a riot, a surveillance firm and an official, with their name boxes and
tables; news on Kyrgyz detainees, a scientist's detention, a detention centre, the first sanctions of a union;
a rights report's notes; read outside the project, never stored in it) read an hour of the day, a stock's
code, a cited page and a table's row as figures, a name box's spellings and a land's features as people, a
body of a region as a place, and missed a relative's owner, a person an apposition describes, a wire's
initials and a reference's publisher. The pages below are written for these tests; the officials and
well-known bodies in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values

_TIMES_AND_CODES = (
    "On 9 July, the city's mayor said that more than 300 protesters gathered in the square at about 6 pm local "
    "time, and that police detained about 40 of them at around 11 pm.\n\n"
    "The firm, listed as SZSE: 003127, employs 5,200 people.\n\n"
    "Ethnic groups: Uyghur, Han Chinese[4][5]: 213 \n\n"
    "# County Population Area\n"
    "1 Qiemo 412,700 389 655.21\n"
)


def test_an_hour_a_code_a_cited_page_and_a_row_of_cells_count_nothing() -> None:
    found = values(analyse(_TIMES_AND_CODES))
    assert {300.0, 40.0, 5200.0} <= found
    assert not {6.0, 11.0, 3127.0, 213.0} & found
    assert not any(v > 1e9 for v in found)  # "412,700 389 655.21" is three cells, not one number
    # a number written in groups of three spaces stays one
    assert 1535.0 in values(analyse("Some 1 535 people fled the county that winter.\n"))


_NAME_BOX = (
    "Qiemo County\n"
    "Country\n"
    "China\n"
    "RegionXinjiang\n"
    "SeatQiemo Town\n"
    "Population\n"
    "Injuries1,204\n"
    "Arrested3,100+\n"
    "Chinese name\n"
    "Simplified Chinese且末县\n"
    "Traditional Chinese且末縣\n"
    "Transcriptions\n"
    "Hanyu PinyinQiěmò Xiàn\n"
    "Gwoyeu RomatzyhChiemoh Shiann\n"
    "Wade–GilesCh'ieh-mo Hsien\n"
    "Uyghur name\n"
    "Latin YëziqiCherchen Nahiyisi\n"
    "\n"
    "Qiemo County lies between the Taklamakan Desert and the Altyn-Tagh Mountains, far from the Kunlun "
    "Mountains, and its revenue was US$ 1.2 billion in 2019.\n"
)


def test_a_name_box_spells_its_subject_and_a_land_s_features_are_places() -> None:
    result = analyse(_NAME_BOX)
    people = names(result, t.PERSON)
    assert not {"Chiemoh Shiann", "Cherchen Nahiyisi", "Ch'ieh-mo Hsien"} & people
    assert not any("Desert" in p or "Mountains" in p for p in people)
    places = names(result, t.PLACE)
    assert {"Taklamakan Desert", "Kunlun Mountains"} <= places
    assert "United States" not in places  # "US$": a currency's sign
    assert not [m for m in result.mentions if m.type == t.FACILITY and "Chinese" in m.name]
    assert 204.0 not in values(result)  # "Injuries1,204": its first digit is the value's, no footnote marker


_GLOSSES = (
    "The prefecture is divided into four counties:\n"
    "1 Yecheng County 叶城县 Yèchéng Xiàn 500,100 28,600 17.49\n"
    "2 Zepu County 泽普县 Zépǔ Xiàn 210,300 1,000 210.30\n"
)


def test_pinyin_with_its_tones_glosses_a_word_and_names_no_one() -> None:
    result = analyse(_GLOSSES)
    assert not {"Yèchéng Xiàn", "Zépǔ Xiàn"} & names(result, t.PERSON, t.ORGANIZATION, t.PUBLIC_BODY)
    # European names keep their accents
    text = "The MEPs Raphaël Glucksmann and Björn Jerdén were among those the ministry sanctioned.\n"
    assert {"Raphaël Glucksmann", "Björn Jerdén"} <= names(analyse(text), t.PERSON)


_PEOPLE = (
    "The prize will be accepted by Memtimin's daughter, Mihray Yasin, who called her father a teacher.\n"
    "Yasinjan, a former lecturer of physics at a college in Aksu, was sentenced to twelve years.\n"
    "Earlier, relatives of the detainees wrote to the ombudsman.\n"
    "Prior to the Great Leap Forward Zakir's uncle was a member of the county committee.\n"
)


def test_a_relative_s_owner_and_a_person_an_apposition_describes_are_people() -> None:
    result = analyse(_PEOPLE)
    people = names(result, t.PERSON)
    bodies = names(result, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"Memtimin", "Mihray Yasin", "Yasinjan"} <= people
    assert not {"Memtimin", "Yasinjan", "Earlier"} & bodies
    assert not any("Leap" in p for p in people)  # no person's name follows "the"
    # a place's apposition names no person
    assert "Aksu" not in names(analyse("Aksu, a city in the south, was closed to visitors.\n"), t.PERSON)


_BODIES = (
    "The officials named are Li Wenhua, Member of the Standing Committee of the Party Committee of the Uyghur "
    "Region, and Secretary of its commission.\n\n"
    "At the 2013 National People's Congress Tursun was elected a deputy.\n\n"
    "OSH (KNA) — Families of detained herders met officials on Monday, an official told Kaktus.media news "
    "agency.\n\n"
    "Since 2017 the camps have grown.1Roe, J. (2019). A New Wave of Detentions in Xinjiang [online] Hudson "
    "Foundation Available at: [Accessed 3 May 2019].\n"
)


def test_a_region_s_committee_a_subject_a_wire_s_initials_and_a_reference_s_publisher() -> None:
    result = analyse(_BODIES)
    bodies = names(result, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "Standing Committee of the Party Committee of the Uyghur Region" in bodies
    assert not any(b.endswith("Secretary") for b in bodies)
    assert "Standing Committee of the Party Committee of the Uyghur Region" not in names(result, t.PLACE)
    # a people's congress named of its region inside an official's title is left to the titles' layers
    text = "Li Wenhua, Deputy Head of the 13th People's Congress of the Xinjiang Uyghur Autonomous Region, spoke.\n"
    assert not any("People's Congress" in b for b in names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY))
    assert "National People's Congress" in bodies
    assert not any("Tursun" in b for b in bodies)
    assert {"KNA", "Kaktus.media", "Hudson Foundation"} <= bodies
    assert "Xinjiang" in names(result, t.PLACE)  # a cited title's known place is still named
    # a party's post after the place it is held in names the place and no body
    result = analyse("Qinghai Party Secretary Li Mingde met the delegation, the Qinghai Party chief said.\n")
    assert "Qinghai" in names(result, t.PLACE)
    assert not any(b.endswith("Party") for b in names(result, t.ORGANIZATION, t.PUBLIC_BODY))
    text = "He was the Communist Party secretary of the corps until 2020.\n"
    assert {"Communist Party", "Chinese Communist Party"} & names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    # initials in brackets inside a sentence are no wire's
    text = "Officials in OSH (the city) said nothing on Monday about the herders.\n"
    assert "the city" not in names(analyse(text), t.ORGANIZATION)
