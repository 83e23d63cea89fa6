"""Chinese written in traditional characters (overseas and Hong Kong media, 自由亞洲電台, 看中國) is read
as simplified, one character for one, so the rules, the segmenter and the gazetteer know its words; its
mentions, dates and figures keep the page's own characters, and each name is known by its simplified
form, so one person is one entity in both scripts."""

from habeas.analyse import tables as t
from habeas.names.chinese_script import simplified
from test_analyse_unseen import analyse

_TRADITIONAL = (
    "自由亞洲電台3月5日報導，新疆維吾爾自治區黨委書記陳全國2017年在烏魯木齊召開會議後，"
    "喀什地區公安局拘留了至少120名維吾爾族居民。美國國務院發言人表示關注。"
)


def test_a_traditional_page_is_read_one_character_for_one() -> None:
    assert simplified("陳全國在烏魯木齊") == "陈全国在乌鲁木齐"
    assert len(simplified(_TRADITIONAL)) == len(_TRADITIONAL)
    assert simplified("Ilham Tohti 2014") == "Ilham Tohti 2014"  # nothing else changes


def test_its_people_bodies_and_places_keep_the_pages_characters_and_a_simplified_name() -> None:
    result = analyse(_TRADITIONAL)
    people = {(m.name, m.canonical) for m in result.mentions if m.type == t.PERSON}
    assert ("陳全國", "陈全国") in people
    for m in result.mentions:
        assert m.text == _TRADITIONAL[m.start : m.end]  # every span quotes the page as written
    bodies = {m.canonical or m.name for m in result.mentions if m.type in (t.ORGANIZATION, t.PUBLIC_BODY)}
    assert "喀什地区公安局" in bodies
    places = {m.canonical or m.name for m in result.mentions if m.type == t.PLACE}
    assert "Ürümqi" in places  # the gazetteer's name, as for the simplified spelling


def test_the_same_person_in_both_scripts_is_known_by_one_name() -> None:
    simple = analyse("新疆维吾尔自治区党委书记陈全国2017年在乌鲁木齐召开会议。")
    [a] = [m for m in simple.mentions if m.type == t.PERSON]
    [b] = [m for m in analyse(_TRADITIONAL).mentions if m.type == t.PERSON]
    assert (a.canonical or a.name) == (b.canonical or b.name) == "陈全国"


def test_its_figures_and_dates_quote_the_page_as_written() -> None:
    result = analyse(_TRADITIONAL)
    [claim] = [c for c in result.claims if c.value == 120]
    assert "拘留了至少120名維吾爾族居民" in claim.text
    assert any(d.value == "2017" for d in result.dates)
    assert all("国" not in d.sentence_text for d in result.dates)  # 國 as written, not 国
