"""Mentions in English and Chinese text, with real sentences from the sample corpus."""

from habeas.analyse import tables as t
from habeas.analyse.engine import DocumentText, analyse_batch


def analyse(*pages: str, known=None):
    [result] = analyse_batch([DocumentText("d", [(n, p) for n, p in enumerate(pages, start=1)])], known)
    return result


def names(result, type_):
    return [m.name for m in result.mentions if m.type == type_]


def canon(result):
    return {m.name: m.canonical for m in result.mentions if m.type in t.ENTITY_TYPES}


def test_acronyms_join_their_expansions():
    r = analyse(
        "whereas the Xinjiang Uyghur Autonomous Region (XUAR) in the north west of China is home to around "
        "11 million ethnic Uyghurs and Kazakhs;\nguidance on the daily use of the Integrated Joint \n"
        "Operation Platform (IJOP), a mass surveillance and predictive policing program; whereas Bulletin "
        "No 2 mentions an IJOP list of 1 535 people"
    )
    c = canon(r)
    assert c["XUAR"] == "Xinjiang" and c["Xinjiang Uyghur Autonomous Region"] == "Xinjiang"
    assert c["IJOP"] == "Integrated Joint Operation Platform"
    assert sum(1 for m in r.mentions if m.name == "IJOP") == 2


def test_single_word_alias_in_brackets_and_also_known_as():
    r = analyse(
        "including the International Criminal Police Organization (Interpol) and the World Health "
        "Organization (WHO). The Integrated Joint Operations Platform, also known as the IJOP, collects data."
    )
    c = canon(r)
    assert c["Interpol"] == "International Criminal Police Organization"
    assert c["WHO"] == "World Health Organization"
    assert c["IJOP"] == "Integrated Joint Operations Platform"


def test_titles_and_roles_are_stripped_from_names():
    r = analyse(
        "whereas, since President Xi Jinping assumed power in March 2013, the human rights situation has "
        "deteriorated; whereas the Chinese Foreign Minister Wang Yi has referred to the camps; the visit of "
        "UN High Commissioner Bachelet; since the Chinese Communist Party (CCP) Secretary Chen Quanguo "
        "assumed leadership in Xinjiang in 2016; the Uyghur economics professor Ilham Tohti was sentenced"
    )
    assert set(names(r, t.PERSON)) == {"Xi Jinping", "Wang Yi", "Bachelet", "Chen Quanguo", "Ilham Tohti"}


def test_short_forms_resolve_within_the_document():
    r = analyse(
        "The researcher Adrian Zenz published new estimates in 2019. Zenz said the camps had grown. "
        "Later, President Xi Jinping spoke; Xi denied everything."
    )
    c = canon(r)
    assert c["Zenz"] == "Adrian Zenz"
    assert c["Xi"] == "Xi Jinping"


def test_a_lone_surname_without_a_full_name_is_not_a_person():
    r = analyse("Inhuman treatment was reported. Skynet cameras are everywhere.")
    assert names(r, t.PERSON) == []


def test_ethnonyms_and_nationalities_are_not_people_or_places():
    r = analyse(
        "MEPs strongly condemn that hundreds of thousands of Uyghurs and ethnic Kazakhs are being sent to "
        "political re-education camps; Muslim Uyghur and Kazakh minorities are held; Han Chinese settlers."
    )
    bad = [m.name for m in r.mentions if m.type in (t.PERSON, t.PLACE, t.ORGANIZATION)]
    assert not [b for b in bad if b.split()[0] in ("Uyghurs", "Uyghur", "Kazakhs", "Kazakh", "Han", "Chinese")]


def test_facilities():
    r = analyse(
        "Muslim Uyghur and Kazakh minorities are being arbitrarily held in pre-trial detention centres, "
        "prisons and extrajudicial political re-education facilities; the Chinese authorities said the "
        "“vocational training centres” were being used; he was held in the Urumqi No. 3 Detention Centre."
    )
    assert "Urumqi No. 3 Detention Centre" in names(r, t.FACILITY)
    assert {"detention centre", "prison", "re-education facility", "vocational training centre"} <= set(
        names(r, t.FACILITY)
    )


def test_document_numbers_are_not_dates():
    r = analyse(
        "B9-0247/2019\n\nEuropean Parliament resolution on the situation of the Uyghur in China "
        "(China Cables)\n(2019/2945(RSP))"
    )
    assert [m for m in r.mentions if m.type == t.DATE] == []


def test_places_countries_and_laws():
    r = analyse(
        "similar conclusions have been drawn by the United States Government and legislatures in the "
        "United States, the United \n Kingdom, the Czech Republic, France; the US Congress recently passed "
        "the Uyghur Human Rights Policy Act instructing the Federal Government to protect Uyghurs residing "
        "in the USA; having regard to the Rome Statute of the International Criminal Court"
    )
    c = canon(r)
    assert c["USA"] == "United States" and c["United Kingdom"] == "United Kingdom"
    assert "Uyghur Human Rights Policy Act" in names(r, t.LAW)
    assert "Rome Statute of the International Criminal Court" in names(r, t.LAW)
    assert "International Criminal Court" in [m.name for m in r.mentions if m.type == t.PUBLIC_BODY]


def test_known_entities_are_recognised_in_new_documents():
    r = analyse("Bachelet visited Kashgar and met officials.", known={"Bachelet": (t.PERSON, "Michelle Bachelet")})
    assert names(r, t.PERSON) == ["Bachelet"]
    assert canon(r)["Bachelet"] == "Michelle Bachelet"


def test_chinese_text():
    r = analyse(
        "据报道，新疆喀什地区和和田地区的职业技能教育培训中心关押了约三万人。维吾尔族学者伊力哈木·土赫提于2014年9月23日"
        "被判处无期徒刑。时任新疆党委书记陈全国推行了这一政策，超过1.8万名干部被派往莎车县。乌鲁木齐市公安局称，"
        "2017年6月以来已有一百二十个村庄受到影响。"
    )
    assert {"伊力哈木·土赫提", "陈全国"} <= set(names(r, t.PERSON))
    places = {m.name: m.canonical for m in r.mentions if m.type == t.PLACE}
    assert places["喀什地区"] == "Kashgar" and places["莎车县"] == "Yarkant" and places["新疆"] == "Xinjiang"
    assert "职业技能教育培训中心" in names(r, t.FACILITY)
    assert "乌鲁木齐市公安局" in names(r, t.PUBLIC_BODY)
    assert [c.value for c in r.claims] == [30000, 18000, 120]
    assert [(d.value, d.precision) for d in r.dates] == [("2014-09-23", "day"), ("2017-06", "month")]
