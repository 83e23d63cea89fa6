"""English pages as copied from the web, a twenty-ninth batch of real pages read outside the project (an
encyclopaedia mirror's biography of an official, a paper's explainer and an aggregator's, a regional paper's and a
digest site's reports on a supply chain, a religious news agency's report on a boycott, a wiki mirror's copy of a
company's article with its templates' names left in, a site's retelling of that article, two mirrors of a city's
article, one with its templates broken, a university's list of testimonies, a podcast's transcript, a question
and answer site's raw wikitext of an incident's article, a library site's copy of it with its references, a
summary site's copy of a leak's article and an old revision of the incident's article). The pages below are
written for these tests; the well-known bodies and places in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names


def test_a_time_ago_before_a_full_date_in_brackets_counts_nothing() -> None:
    # an old revision's infobox: the event's date, the wiki's count of years since it, and the date again
    text = (
        "Tokkuztara riots\n"
        "DateMarch 9, 2001; 23 years ago (2001-03-09)\n"
        "LocationTokkuztara\n\n"
        "The riots followed the arrest of 12 farmers.\n"
    )
    result = analyse(text)
    assert 23.0 not in {c.value for c in result.claims}
    assert 12.0 in {c.value for c in result.claims}


def test_a_preposition_of_time_or_cause_ends_what_a_figure_counts() -> None:
    text = (
        "After three weeks of strikes during which the workers stayed home, the plant closed. The list names "
        "210 farmers jailed because of their prayers, and 40 teachers fired despite their records.\n"
    )
    units = {c.value: c.unit for c in analyse(text).claims}
    assert units[3.0] == "weeks of strikes"
    assert "because" not in units[210.0]
    assert units[40.0] == "teachers fired"


def test_a_number_opening_a_quoted_title_in_title_case_counts_nothing() -> None:
    # a podcast's notes: another episode's title in quotes, opening with a number in words
    text = (
        'For more, listen to the episode "Three Winds Cross The Valley" from our history podcast. '
        '"Four Uyghurs were held in the camp," she said.\n'
    )
    result = analyse(text)
    assert 3.0 not in {c.value for c in result.claims}
    assert 4.0 in {c.value for c in result.claims}


def test_a_campaigns_name_in_quotes_is_no_body() -> None:
    text = (
        'In 2014 the authorities began the "Strike Hard" campaign in the region. Gatherings of young men became'
        ' a target of the "Clean Hearts" campaign.[4] The Uyghur Human Rights Project said the drive continued.\n'
    )
    result = analyse(text)
    found = {m.canonical or m.name for m in result.mentions}
    assert not {"Strike Hard", "Clean Hearts"} & found
    assert "Uyghur Human Rights Project" in names(result, t.ORGANIZATION, t.PUBLIC_BODY)


def test_a_wiki_namespace_and_its_templates_name_no_body() -> None:
    # a wiki mirror's copy of a company's article, its templates' names left in, in another wiki's language
    text = (
        "Template:Use dmy dates Template:Short description Template:Infobox company\n\n"
        "Шаблон:Infobox company\n\n"
        "Tarim Lens Technology Co., Ltd. is a Chinese maker of cameras, headquartered in Hangzhou.[1]\n"
    )
    bodies = names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY)
    assert not {"Template", "Infobox"} & bodies
    assert any("Tarim Lens" in b for b in bodies)


def test_an_outlet_between_an_author_and_a_date_on_its_own_line_is_a_body() -> None:
    # a university's list of testimonies: each item's author, outlet and date on a line, its title under it
    text = (
        "Primary Accounts\n\n"
        "The media listed on this page include interviews with former detainees.\n\n"
        "Aigerim Sadykova, SinoDesk, 04 November 2020\n\n"
        "Voices from the border\n\n"
        "Nurlan Bekov, Radio Free Asia, 18 September 2020\n\n"
        "Youth held after posting videos\n"
    )
    result = analyse(text)
    assert "SinoDesk" in names(result, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "SinoDesk" not in names(result, t.PLACE)
    assert {"Aigerim Sadykova", "Nurlan Bekov"} <= names(result, t.PERSON)


def test_a_romanisations_or_a_scripts_name_is_no_one() -> None:
    # a city's article: a table of its subdistricts under the heads of the scripts their names are given in
    text = (
        "The city contains 3 subdistricts:\n"
        "| Name | Simplified Chinese | Hanyu Pinyin | Uyghur (UEY) |\n"
        "|---|---|---|---|\n"
        "| Dongcheng Subdistrict | 东城街道 | Dōngchéng Jiēdào | 659001001 |\n\n"
        "Its names are given in Hanyu Pinyin and in Wade–Giles. The mayor is Liang Guofeng.\n"
    )
    result = analyse(text)
    found = {m.canonical or m.name for m in result.mentions}
    assert not {"Hanyu Pinyin", "UEY", "Wade–Giles"} & found
    assert "Liang Guofeng" in names(result, t.PERSON)


def test_one_unknown_word_after_an_indefinite_article_is_no_place() -> None:
    text = (
        "The women were arrested while taking part in a Sohbet on 3 February 1997 in Ghulja. He later opened a shop"
        " in an Urumqi suburb, near a Hamburg importer's depot.\n"
    )
    places = names(analyse(text), t.PLACE)
    assert "Sohbet" not in places
    assert {"Ghulja", "Hamburg"} <= places
