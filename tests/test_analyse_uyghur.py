"""Uyghur text, in the Arabic-based script, Uyghur Latin and Cyrillic: people, places, bodies, dates,
figures and dated events, through the same entry point as English and Chinese (``analyse_batch``).

The texts are in tests/data/uyghur/: dev.json (the rules were tuned on it) and heldout.json (written
before the rules were run on it, never tuned on). ``python tests/test_analyse_uyghur.py`` prints the
precision and recall of both sets.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from habeas.analyse import tables as t
from habeas.analyse.engine import DocumentText, analyse_batch
from habeas.analyse.model import DocumentAnalysis, Mention
from habeas.analyse.uyghur import fold, is_uyghur, place_forms

DATA = Path(__file__).parent / "data" / "uyghur"
SCRIPTS = ("uey", "uly", "usy")


def texts(name: str) -> list[dict[str, Any]]:
    texts: list[dict[str, Any]] = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))["texts"]
    return texts


def analyse(*pages: str, known: dict[str, tuple[str, str]] | None = None) -> DocumentAnalysis:
    [result] = analyse_batch([DocumentText("d", [(n, p) for n, p in enumerate(pages, start=1)])], known)
    return result


def mentions(result: DocumentAnalysis, *types: str) -> list[Mention]:
    return [m for m in result.mentions if m.type in types]


def entities(result: DocumentAnalysis) -> set[tuple[str, str]]:
    return {(m.type, fold(m.canonical)) for m in result.mentions if m.type in t.ENTITY_TYPES}


def text_of(name: str, script: str) -> str:
    [doc] = [d for d in texts("dev") if d["id"] == name]
    return str(doc[script])


# -- the Arabic-based script -------------------------------------------------------------------


def test_a_uyghur_document_in_arabic_script_yields_people_places_dates_and_figures() -> None:
    text = text_of("dev-1", "uey")
    r = analyse(text)
    people = mentions(r, t.PERSON)
    # spans are in the original text, and end where the name ends, before its case ending
    assert [text[m.start : m.end] for m in people] == ["ئىلھام توختى", "ئىلھام توختى", "جەۋھەر ئىلھام"]
    assert text[people[1].end : people[1].end + 3] == "نىڭ"  # ئىلھام توختىنىڭ, Ilham Toxti's
    assert {m.canonical for m in people} == {"Ilham Toxti", "Jewher Ilham"}
    places = mentions(r, t.PLACE)
    assert {m.canonical for m in places} == {"United States", "Xinjiang"}
    america = next(m for m in places if m.canonical == "United States")
    assert (america.text, america.name) == ("ئامېرىكى", "ئامېرىكا")  # ئامېرىكىدا: the raised vowel read back
    bodies = mentions(r, t.PUBLIC_BODY, t.ORGANIZATION)
    assert {m.canonical for m in bodies} == {"Ürümchi Ottura Xelq Sot Mehkimisi", "Amnesty International"}
    assert [(d.text, d.value, d.precision) for d in r.dates] == [
        ("2014-يىلى 23-سېنتەبىر", "2014-09-23", "day"),
        ("2018-يىلى", "2018", "year"),
    ]
    [claim] = r.claims
    assert (claim.value, claim.qualifier, claim.unit, claim.number_text) == (
        1_000_000,
        "over",
        "detained Uyghurs",
        "1 مىليون",
    )
    assert text[claim.start : claim.end] == "1 مىليون"


def test_dates_in_every_form() -> None:
    r = analyse(
        "ئىلھام توختى 2014-يىلى 23-سېنتەبىر قولغا ئېلىندى. مەمەت تۇرسۇن 2017-يىلى 5-ئاينىڭ 12-كۈنى تۇتۇلدى. "
        "2018-يىلىدىن باشلاپ لاگېرلار كېڭەيتىلدى. 2016-يىلى ئاۋغۇستتا چېن چۈەنگو شىنجاڭغا كەلدى. "
        "ئۇ ئۆتكەن يىلى يوقاپ كەتتى."
    )
    assert [(d.text, d.value) for d in r.dates] == [
        ("2014-يىلى 23-سېنتەبىر", "2014-09-23"),
        ("2017-يىلى 5-ئاينىڭ 12-كۈنى", "2017-05-12"),
        ("2018-يىلى", "2018"),  # 2018-يىلىدىن, since 2018: the span ends before the case ending
        ("2016-يىلى ئاۋغۇست", "2016-08"),
        ("ئۆتكەن يىلى", None),  # last year: kept as text, never on the timeline
    ]


@pytest.mark.parametrize(
    ("month", "number"),
    [
        ("يانۋار", 1),
        ("فېۋرال", 2),
        ("مارت", 3),
        ("ئاپرېل", 4),
        ("ماي", 5),
        ("ئىيۇن", 6),
        ("ئىيۇل", 7),
        ("ئاۋغۇست", 8),
        ("سېنتەبىر", 9),
        ("ئۆكتەبىر", 10),
        ("نويابىر", 11),
        ("دېكابىر", 12),
    ],
)
def test_every_month_name(month: str, number: int) -> None:
    r = analyse(f"مەمەت تۇرسۇن 2019-يىلى 3-{month} ساقچىلار تەرىپىدىن تۇتۇلدى ۋە ئۇنىڭ ئايالى سوتلاندى.")
    assert [d.value for d in r.dates] == [f"2019-{number:02d}-03"]


def test_figures_with_counters_and_scales() -> None:
    r = analyse(
        "دوكلاتتا 500 نەپەر ئوقۇغۇچىنىڭ يوقاپ كەتكەنلىكى، 20 مىڭدىن ئارتۇق ئادەمنىڭ تۇتۇلغانلىقى ۋە "
        "تەخمىنەن 1.8 مىليون ئۇيغۇرنىڭ لاگېرلارغا قامالغانلىقى بايان قىلىندى. بۇ ناھىيەدە 12 مەسچىت بار ئىدى."
    )
    got = [(c.number_text, c.value, c.qualifier, c.unit) for c in r.claims]
    assert got == [
        ("500 نەپەر", 500, None, "detained students"),
        ("20 مىڭ", 20_000, "over", "detained people"),
        ("تەخمىنەن 1.8 مىليون", 1_800_000, "approximately", "detained Uyghurs"),
        ("12", 12, None, "mosques"),
    ]


def test_ordinals_years_and_ages_are_not_figures() -> None:
    r = analyse("مەمەت تۇرسۇن 3-كەنتتە ياشايدۇ. ئۇ 2017-يىلى 68 ياشتا ئىدى ۋە 5-ئايدا تۇتۇلدى.")
    assert r.claims == []


# -- the model of the language -------------------------------------------------------------------


def test_suffixes_are_read_off_names_and_places() -> None:
    text = "ئىلھام توختىغا ، ئىلھام توختىدىن ۋە ئىلھام توختىنى ئۈرۈمچىدە، غۇلجىدىكى ۋە قەشقەرلىك كىشىلەر كۆردى."
    r = analyse(text)
    people = mentions(r, t.PERSON)
    assert [m.text for m in people] == ["ئىلھام توختى"] * 3
    assert {m.canonical for m in people} == {"Ilham Toxti"}
    places = mentions(r, t.PLACE)
    assert [(m.text, m.name, m.canonical) for m in places] == [
        ("ئۈرۈمچى", "ئۈرۈمچى", "Ürümqi"),
        ("غۇلجى", "غۇلجا", "Ghulja"),  # غۇلجىدىكى: the vowel that rose before -diki is read back
        ("قەشقەر", "قەشقەر", "Kashgar"),  # قەشقەرلىك, of Kashgar
    ]


def test_honorifics_titles_and_relation_words_show_names() -> None:
    r = analyse(
        "ئۇيغۇر ئىقتىسادشۇناس ئىلھام توختى ئەپەندى تۈرمىدە. شىنجاڭ پارتكوم سېكرېتارى چېن چۈەنگو بۇيرۇق چۈشۈردى. "
        "ئاكام ئابلىز قولغا ئېلىندى. زۆھرە قاسىم خانىم بۇنى سۆزلىدى. دادام مەمەت تۇرسۇننىڭ ئايالى ئايشەم سابىر."
    )
    people = {m.canonical for m in mentions(r, t.PERSON)}
    assert {"Ilham Toxti", "Chén Chüen'go", "Abliz", "Zöhre Qasim", "Memet Tursun", "Ayshem Sabir"} <= people


def test_names_without_a_cue_or_a_known_given_name_are_not_people() -> None:
    # two name-like words with neither a known given name nor a cue: not enough in a script without capitals
    r = analyse("شىنجاڭدا تۇرپان بازىرى ئاۋات بولدى. توكۇل يېزىسى گۈزەل جاي.")
    assert mentions(r, t.PERSON) == []
    assert {m.canonical for m in mentions(r, t.PLACE)} >= {"Xinjiang", "Tokul Yézisi"}


def test_place_words_facilities_and_bodies() -> None:
    text = text_of("dev-2", "uey")
    r = analyse(text)
    places = [(m.text, m.canonical) for m in mentions(r, t.PLACE)]
    assert ("قەشقەر ۋىلايىتى", "Kashgar") in places
    assert ("يېڭىشەھەر ناھىيىسى", "Shule") in places
    assert ("توكۇل يېزىسى", "Tokul Yézisi") in places  # no gazetteer entry: the place noun says it
    facilities = {(m.text, m.canonical) for m in mentions(r, t.FACILITY)}
    assert ("كەسپىي ماھارەت تەربىيىلەش مەركىزى", "vocational training centre") in facilities
    assert ("قەشقەر 2-تۈرمىسى", "Qeshqer 2-Türmisi") in facilities
    assert ("لاگېر", "camp") in facilities


def test_gazetteer_places_get_their_uyghur_forms_by_transliteration() -> None:
    forms = place_forms()
    # the gazetteer's own ULY names, written in Arabic script and Cyrillic by names/scripts.py
    assert forms["qeshqer"]["canonical"] == "Kashgar" and forms["qeshqer"]["uey"] == "قەشقەر"
    assert forms["ghulja"]["uey"] == "غۇلجا" and forms["ghulja"]["usy"] == "Ғулҗа"
    assert forms["qaraqash"]["canonical"] == "Karakax"
    # one-word names are also read by their phonetic key: Aqsu (ئاقسۇ) is the gazetteer's Aksu
    r = analyse("ئۇ ئاقسۇدا ۋە كۇچادا ئىشلىگەن، كېيىن تۇرپانغا كەتتى.")
    assert [m.canonical for m in mentions(r, t.PLACE)] == ["Aksu", "Kuqa", "Turpan"]


def test_known_names_are_found_in_any_script() -> None:
    r = analyse("ئۇ ئىلھام توختىنىڭ ئوقۇغۇچىسى ئىدى.", known={"Ilham Toxti": (t.PERSON, "Ilham Tohti")})
    [m] = mentions(r, t.PERSON)
    assert (m.text, m.canonical) == ("ئىلھام توختى", "Ilham Tohti")
    # a name the case knows only in an English spelling is the same person by its phonetic keys
    r = analyse("ئۇيغۇر ئىقتىسادشۇناس ئىلھام توختى قولغا ئېلىندى.", known={"Ilham Tohti": (t.PERSON, "Ilham Tohti")})
    assert [(m.text, m.canonical) for m in mentions(r, t.PERSON)] == [("ئىلھام توختى", "Ilham Tohti")]
    # and one that no rule would find on its own is found again, in any case ending
    r = analyse("بىز مەرھابا ئابلىكىمدىن خەت تاپشۇرۇۋالدۇق.", known={"Merhaba Ablikim": (t.PERSON, "Merhaba Ablikim")})
    assert [(m.text, m.canonical) for m in mentions(r, t.PERSON)] == [("مەرھابا ئابلىكىم", "Merhaba Ablikim")]


# -- three scripts, one reading ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["dev-1", "dev-2", "dev-3"])
def test_uly_cyrillic_and_arabic_script_give_the_same_entities_dates_and_figures(name: str) -> None:
    results = {script: analyse(text_of(name, script)) for script in SCRIPTS}
    uly, usy = results["uly"], results["usy"]
    assert entities(uly) == entities(usy) == entities(results["uey"])
    assert entities(uly)
    for script, r in results.items():
        assert [d.value for d in r.dates] == [d.value for d in uly.dates], script
        claims = [(c.value, c.qualifier, c.unit) for c in r.claims]
        assert claims == [(c.value, c.qualifier, c.unit) for c in uly.claims], script


def test_latin_and_cyrillic_spans_are_in_the_original_text() -> None:
    for script in ("uly", "usy"):
        text = text_of("dev-1", script)
        r = analyse(text)
        for m in r.mentions:
            assert text[m.start : m.end] == m.text
        first = mentions(r, t.PERSON)[1]
        assert first.text == {"uly": "Ilham Toxti", "usy": "Илһам Тохти"}[script]
        assert text[first.end : first.end + 3] in ("nin", "ниң")


def test_latin_text_written_without_capitals_is_read_as_arabic_script_is() -> None:
    text = text_of("dev-1", "uly").lower()
    r = analyse(text)
    assert {m.canonical for m in mentions(r, t.PERSON)} == {"Ilham Toxti", "Jewher Ilham"}


def test_cyrillic_as_written_in_kazakhstan() -> None:
    r = analyse(text_of("dev-4", "usy"))
    assert {m.canonical for m in mentions(r, t.PERSON)} == {"Exmetjan Qasimow", "Reyhan Qasimowa"}
    assert [d.value for d in r.dates if d.value] == ["2018-09-14", "2019-02"]  # сентябрь, февраль
    assert [(c.value, c.qualifier) for c in r.claims] == [(2000, "over")]


def test_events_are_dated_sentences_that_name_their_people() -> None:
    r = analyse(text_of("dev-2", "uey"))
    by_sentence = {(m.page, m.sentence): m.canonical for m in mentions(r, t.PERSON)}
    dated = [(d.value, by_sentence.get((d.page, d.sentence))) for d in r.dates if d.value]
    assert ("2017-05-12", "Memet Tursun") in dated and ("2018-03", "Abliz") in dated
    assert all(d.sentence_text for d in r.dates)


def test_a_document_with_uyghur_and_english_pages() -> None:
    r = analyse(text_of("dev-1", "uey"), "The economist Ilham Tohti was sentenced to life on 23 September 2014.")
    assert {m.page for m in mentions(r, t.PERSON)} == {1, 2}
    assert [d.value for d in r.dates] == ["2014-09-23", "2018", "2014-09-23"]


# -- which pages are Uyghur ----------------------------------------------------------------------


def test_only_uyghur_pages_are_read_as_uyghur() -> None:
    assert is_uyghur(text_of("dev-1", "uey")) and is_uyghur(text_of("dev-1", "uly"))
    assert is_uyghur(text_of("dev-1", "usy")) and is_uyghur(text_of("dev-4", "usy"))
    assert not is_uyghur(
        "The economist Ilham Tohti was sentenced to life imprisonment on 23 September 2014 by "
        "the Urumqi Intermediate People's Court; we are deeply concerned."
    )
    assert not is_uyghur("Бывший профессор был приговорён к пожизненному заключению в сентябре 2014 года.")
    assert not is_uyghur("Қазақстан Республикасының Президенті бүгін Астанада шетелдік журналистермен кездесті.")
    assert not is_uyghur(
        "Bu yil Xitoyda bir milliondan ortiq odam lagerlarda saqlanmoqda, bu haqda xalqaro "
        "tashkilotlar xabar bermoqda. Oʻtgan yili ham bunday gʻalati xabarlar koʻp boʻlgan."
    )
    assert not is_uyghur("وقال المتحدث باسم وزارة الخارجية إن الحكومة ستواصل العمل مع الشركاء الدوليين.")
    assert not is_uyghur("新疆维吾尔自治区乌鲁木齐市中级人民法院于2014年9月23日判处伊力哈木·土赫提无期徒刑。")


# -- quality on the development and held-out sets ------------------------------------------------

CATEGORIES = {
    "persons": (t.PERSON,),
    "places": (t.PLACE,),
    "organizations": (t.ORGANIZATION, t.PUBLIC_BODY),
    "facilities": (t.FACILITY,),
}


def score(name: str) -> dict[str, tuple[float, float]]:
    """Precision and recall per category over every text of a set in every script it is written in:
    entities by (type, canonical name) per text, dates and figures by value, events by a dated sentence
    that names the person the gold names."""
    tp: dict[str, int] = {}
    found: dict[str, int] = {}
    gold: dict[str, int] = {}
    for doc in texts(name):
        for script in SCRIPTS:
            if script not in doc:
                continue
            r = analyse(doc[script])
            got: dict[str, set[Any]] = {
                cat: {fold(m.canonical) for m in r.mentions if m.type in types} for cat, types in CATEGORIES.items()
            }
            got["dates"] = {d.value for d in r.dates if d.value}
            got["figures"] = {float(c.value) for c in r.claims}
            people = {(m.page, m.sentence, fold(m.canonical)) for m in r.mentions if m.type == t.PERSON}
            got["events"] = {
                (d.value, fold(p))
                for d in r.dates
                if d.value
                for (pg, s, p) in people
                if (pg, s) == (d.page, d.sentence)
            }
            want: dict[str, set[Any]] = {cat: {fold(x) for x in doc[cat]} for cat in CATEGORIES}
            want["dates"] = set(doc["dates"])
            want["figures"] = {float(x) for x in doc["figures"]}
            want["events"] = {(d, fold(p)) for d, p in doc["events"]}
            for cat in want:
                hits = got[cat] & want[cat]
                tp[cat] = tp.get(cat, 0) + len(hits)
                gold[cat] = gold.get(cat, 0) + len(want[cat])
                # an event is counted against the gold's, not against every dated sentence with a name
                found[cat] = found.get(cat, 0) + (len(hits) if cat == "events" else len(got[cat]))
    return {cat: (tp[cat] / found[cat] if found[cat] else 1.0, tp[cat] / gold[cat] if gold[cat] else 1.0) for cat in tp}


def test_development_set_quality() -> None:
    for cat, (precision, recall) in score("dev").items():
        assert precision >= 0.9 and recall >= 0.9, (cat, precision, recall)


def test_held_out_set_quality_does_not_fall() -> None:
    # The held-out set was written before the rules were run on it and never tuned on; these floors hold
    # the figures of its first run (docs/analysis.md). Its misses: a Chinese official's name with no
    # title, honorific or known given name next to it, and "Yawropa Ittipaqi" (the EU) read by its head
    # noun as an organisation before the gazetteer could read it as a bloc of states.
    result = score("heldout")
    floors = {
        "persons": (1.0, 0.85),
        "places": (1.0, 0.9),
        "organizations": (0.75, 1.0),
        "facilities": (1.0, 1.0),
        "dates": (1.0, 1.0),
        "figures": (1.0, 1.0),
        "events": (1.0, 0.6),
    }
    for cat, (precision, recall) in floors.items():
        assert result[cat][0] >= precision and result[cat][1] >= recall, (cat, result[cat])


if __name__ == "__main__":
    for set_name in ("dev", "heldout"):
        print(set_name)
        for cat, (p, r) in score(set_name).items():
            print(f"  {cat:<14} precision {p:4.2f}  recall {r:4.2f}")
    sys.exit(0)
