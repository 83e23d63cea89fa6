"""Analysis that holds on text it was not written for: each test is one class of error found on
unseen documents (names after titles and in lists, names with diacritics, organisations named by
the words around them, one entity across a body's forms; Chinese names, bodies and figures;
footnote markers, citations and table rows that are no claims; words broken across lines; titles).
The sentences are written for these tests, in the manner of encyclopaedias, news pages, official
notices and parliamentary briefings."""

from dataclasses import dataclass
from pathlib import Path

import pytest

from habeas.analyse import tables as t
from habeas.analyse.chinese import chinese_mentions
from habeas.analyse.claim_kinds import claim_kind
from habeas.analyse.engine import DocumentText, analyse_batch
from habeas.analyse.model import DocumentAnalysis
from habeas.analyse.repeats import once_each
from habeas.config import IngestLimits
from habeas.ingest.extract import extract_file
from habeas.ingest.joining import better_title, join_broken_words, written_words

BODIES = (t.ORGANIZATION, t.PUBLIC_BODY)


def cn_names(text: str, *types: str) -> set[str]:
    """The names of the Chinese rules' mentions of these types in one page of text."""
    return {m.name for m in chinese_mentions(1, text) if m.type in types}


def cn_canonical(text: str, *types: str) -> set[str]:
    """The names the Chinese rules' mentions of these types are known by (their canonical names)."""
    return {m.canonical or m.name for m in chinese_mentions(1, text) if m.type in types}


def analyse(text: str) -> DocumentAnalysis:
    [result] = analyse_batch([DocumentText("d", [(1, text)])])
    return result


def names(result: DocumentAnalysis, *types: str) -> set[str]:
    return {m.canonical or m.name for m in result.mentions if m.type in types}


def page_names(text: str, *types: str) -> set[str]:
    """The names (canonical where known) of one page's mentions of these types, after the whole analysis."""
    return names(analyse(text), *types)


def claim_units(text: str) -> dict[float, str]:
    """Each claim's figure and what it counts, as the analysis reads them in ``text``."""
    return {c.value: c.unit for c in analyse(text).claims}


def claim_kinds(text: str) -> dict[float, str]:
    """Each claim's figure and the kind of count its words make it."""
    return {c.value: claim_kind(c.unit, c.number_text, c.text) for c in analyse(text).claims}


def date_values(text: str) -> set[str | None]:
    """The values of the dates the analysis reads in ``text``."""
    return {d.value for d in analyse(text).dates}


def values(result: DocumentAnalysis) -> set[float]:
    return {c.value for c in result.claims}


# -- English people -----------------------------------------------------------------------------


def test_people_after_titles_in_lists_with_diacritics_and_in_pinyin() -> None:
    r = analyse(
        "The committee heard Political Commissar Liu Dongsheng and Foreign Secretary Amelia Hartwell. "
        "Scholars including Marit Sandvik, Tomás Ferreira and Ruth Okonkwo-Bell signed the letter, as did "
        "the lawyer Dragoljub Petrović. The post went to Guo Shengkun in 2019."
    )
    people = names(r, t.PERSON)
    assert {"Liu Dongsheng", "Amelia Hartwell", "Dragoljub Petrović", "Guo Shengkun"} <= people
    assert {"Marit Sandvik", "Tomás Ferreira", "Ruth Okonkwo-Bell"} <= people  # a list with people in it
    assert not {"Political Commissar Liu Dongsheng", "Foreign Secretary Amelia Hartwell"} & people


def test_bylines_and_cited_authors_are_people_and_short_forms_join_them() -> None:
    r = analyse(
        "Report on labour transfers\n\nAuthor: Ingrid Solberg\n\nThe study by Peter Lanning found new "
        "quotas.[1]\n\nReferences\n1] Lanning, Peter (2021). Quotas and transfers. p. 14.\n"
        "2] Halvorsen, K. and Brandt, M. (2019), Labour in the Northwest, p. 3."
    )
    people = names(r, t.PERSON)
    assert {"Ingrid Solberg", "Peter Lanning", "Halvorsen", "Brandt"} <= people
    assert not [m for m in r.mentions if m.type in BODIES and "Lanning" in m.text]


def test_words_around_a_name_say_it_is_an_organisation() -> None:
    r = analyse(
        "Camera makers Vantrix and Oberon Systems supplied the police. Norsk Kraft Co., Ltd. denied it. "
        "The Portuguese newspaper Diário Lusitano and the think tank Centre for Frontier Studies reported "
        'the sales. "Factories in the northwest". Xinpress. 3 May 2020.'
    )
    bodies = names(r, *BODIES)
    assert {"Vantrix", "Oberon Systems", "Diário Lusitano", "Centre for Frontier Studies", "Xinpress"} <= bodies
    assert "Norsk Kraft" in bodies  # the company without its legal form
    assert "Portuguese" not in bodies  # a nationality, not a name


def test_one_body_and_one_region_across_their_forms() -> None:
    r = analyse(
        "The Northern Reclamation Corps (NRC), also known as the Kentuan, runs farms in the Xinjiang Uyghur "
        "Autonomous Region. The Corps reports to the regional government, and the Region's courts try its "
        "cases. Officials of the NRC and the Kentuan met in Urumqi."
    )
    corps = {m.canonical for m in r.mentions if m.text in ("Corps", "NRC", "Kentuan")}
    assert corps == {"Northern Reclamation Corps"}
    assert {m.canonical for m in r.mentions if m.text == "Region"} == {"Xinjiang"}


def test_a_country_written_short_is_the_same_department() -> None:
    r = analyse(
        "The United States Department of Commerce listed the firms. Later the U.S. Department of Commerce added more."
    )
    assert names(r, t.PUBLIC_BODY) == {"United States Department of Commerce"}


# -- claims and events ---------------------------------------------------------------------------


def test_footnote_markers_citations_and_rows_are_no_claims_or_events() -> None:
    r = analyse(
        "Camps in the region\n\nAuthorities built at least 40 new facilities in 2018.[1] Some 3,000 guards "
        "were hired.2 The budget rose by 12 per cent on 14 September 2022.3\n\n"
        "Table 2: Sites\n1 17 March 2019 Hotan\n2 9 April 2019 Aksu\n\n"
        "1 OJ C 199 E, 7.7.2012, p. 185.\n2 Report No. 38/2020 of 4 May 2020, pp. 3–9.\n\n"
        "References\n3] Tan, Mei (2020). Walls. Journal of Studies 5 (2): 48–61."
    )
    assert values(r) == {40, 3000, 12}
    assert all(c.unit for c in r.claims)
    dates = {d.value for d in r.dates}
    assert {"2018", "2022-09-14", "2019-03-17", "2019-04-09"} <= dates
    assert not dates & {"2012-07-07", "2020-05-04", "2020"}  # citations are no events


def test_a_figure_counts_something_or_is_dropped() -> None:
    r = analyse(
        "El País wrote 12 times about it. According to one source, 1 535 people were listed, of whom "
        "75 were abroad. The region has a population of about 25 million. Officials put the number of "
        "detainees at 900,000. One said nothing."
    )
    by_value = {c.value: c.unit for c in r.claims}
    assert by_value[1535] == "people" and by_value[75] == "people"  # "of whom 75" counts the same people
    assert by_value[25_000_000] == "population" and by_value[900_000] == "detainees"
    assert 12 not in by_value or by_value[12] == "times"
    assert 1 not in by_value


def test_a_date_after_a_footnote_number_keeps_its_day_and_a_repeated_sentence_is_one_event() -> None:
    r = analyse(
        "The statement was read out.\n\n1\n4 October 2018 the envoys met in Geneva.\n\n"
        "On 2 May 2019 the court sentenced him. On 2 May 2019 the court sentenced him."
    )
    assert [d.value for d in r.dates if d.value and d.value.startswith("2018")] == ["2018-10-04"]
    assert [d.value for d in r.dates].count("2019-05-02") == 1


@pytest.mark.parametrize(
    ("unit", "number", "sentence", "kind"),
    [
        ("people", "533,000", "Courts sentenced 533,000 people between 2017 and 2021.", "people sentenced"),
        ("people", "24,412", "The platform flagged 24,412 people as suspicious in one week.", "people flagged"),
        ("people", "15,000", "Some 15,000 people were sent to re-education camps.", "people sent to camps"),
        ("Uyghurs", "a million", "More than a million Uyghurs have been detained.", "people detained"),
        ("people", "12 million", "The region is home to 12 million people.", "population"),
        ("detention facilities", "380", "The study found 380 detention facilities.", "facilities"),
        ("名", "15683", "其中送教育培训15683名，刑事拘留706名，判刑1230名。", "people sent to camps"),
        ("名", "706", "其中送教育培训15683名，刑事拘留706名，判刑1230名。", "people detained"),
        ("名", "1230", "其中送教育培训15683名，刑事拘留706名，判刑1230名。", "people sentenced"),
        ("名可疑人员", "24412", "共排查可疑人员24412名。", "people flagged"),
        ("人", "2585万", "全区总人口约2585万人。", "population"),
    ],
)
def test_counts_of_people_in_both_languages_land_in_the_same_kinds(
    unit: str, number: str, sentence: str, kind: str
) -> None:
    assert claim_kind(unit, number, sentence) == kind


def test_chinese_figures_carry_what_they_count() -> None:
    r = analyse("据通报，各地共排查可疑人员24412名，其中送教育培训15683名，刑事拘留706名，判刑1230名。2017年6月25日")
    kinds = {c.value: claim_kind(c.unit, c.number_text, c.text) for c in r.claims}
    assert kinds == {
        24412: "people flagged",
        15683: "people sent to camps",
        706: "people detained",
        1230: "people sentenced",
    }


# -- Chinese -------------------------------------------------------------------------------------


def test_transcribed_names_are_whole_at_both_ends() -> None:
    r = analyse(
        "联合国人权事务高级专员米歇尔·巴切莱特访问了喀什。政府主席雪克来提·扎克尔多次否认。"
        "地区专员艾尔肯·吐尼亚孜通报了情况。学者塔西甫拉提·特依拜于2017年被拘押。后来巴切莱特发表了声明。"
    )
    people = names(r, t.PERSON)
    assert {"米歇尔·巴切莱特", "雪克来提·扎克尔", "艾尔肯·吐尼亚孜", "塔西甫拉提·特依拜"} <= people
    assert not {"尔·巴切莱特", "克来提·扎克尔多", "艾尔肯·吐尼亚孜通"} & people


def test_public_bodies_are_named_whole_and_fragments_are_not_entities() -> None:
    r = analyse(
        "6月19日至25日，自治区党委政法委组织对四地州共排查可疑人员24412名。喀什地区公安处会同疏勒县公安局"
        "核查人员8530名。时任公安部部长赵克志视察。兵团第三师公安局配合核查。各地要在25日前报送自治区党委。"
        "2017年6月25日"
    )
    bodies = names(r, *BODIES)
    assert {"自治区党委政法委", "喀什地区公安处", "疏勒县公安局", "公安部", "自治区党委"} <= bodies
    assert not {"时任公安部", "月任自治区党委", "报送自治区党委", "四地州共"} & bodies
    assert not {"四地州", "四地州共"} & names(r, t.PLACE)
    assert {"Kashgar", "Shule"} <= names(r, t.PLACE)  # the places the bodies are named after
    assert values(r) == {24412, 8530}  # "25日" is a day, never a figure
    assert {"2017-06-19", "2017-06-25"} <= {d.value for d in r.dates}


def test_chinese_companies_universities_platforms_media_and_names_after_dates() -> None:
    r = analyse(
        "2021年3月22日，王君正、王明山被制裁。据澳大利亚战略政策研究所统计，新疆大学和华为技术有限公司参与了"
        "一体化联合作战平台的建设。《纽约时报》报道了此事。9月3日，李建国主持召开会议。"
    )
    bodies = names(r, *BODIES) | {m.name for m in r.mentions if m.type in BODIES}  # known ones take English names
    assert {"澳大利亚战略政策研究所", "新疆大学", "华为技术有限公司", "一体化联合作战平台", "纽约时报"} <= bodies
    assert {"王君正", "王明山", "李建国"} <= names(r, t.PERSON)
    assert not names(r, t.LAW)  # a newspaper's title is no law


# -- text and titles -----------------------------------------------------------------------------


def test_words_broken_across_lines_are_joined() -> None:
    page = (
        "新疆维吾尔自治区首府乌鲁木齐市的多所职业技能教育培训中心于二〇一七年扩建，乌鲁木\n"
        "齐市公安局和各县的职业技能教育培训中心共同参与了这项工作，涉及的职\n"
        "业技能培训学校多达数十所，并由自治区统一管理和调配资源与人员。\n"
        "短标题\n正文"
    )
    joined = join_broken_words(page)
    assert "乌鲁木齐市公安局" in joined and "职业技能培训" in joined
    assert "短标题\n正文" in joined  # a short line ends where its author ended it
    latin = "Officials described the detain-\nment of thousands of people in Uyghur-\nlanguage schools."
    assert "detainment" in join_broken_words(latin) and "Uyghur-\nlanguage" in join_broken_words(latin)


def test_words_a_pdf_hyphenated_at_line_ends_are_joined(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    from habeas.ingest.pdf import extract_pdf

    path = tmp_path / "hyphens.pdf"
    pdf = canvas.Canvas(str(path))
    lines = ["The police ordered the detain-", "ment of 120 people in Uyghur-", "language schools and", "camps."]
    for row, line in enumerate(lines):
        pdf.drawString(72, 800 - 14 * row, line)
    pdf.save()
    [page] = extract_pdf(path, path.name).pages  # PDFium gives "detain\ufffement": a mark, no break
    assert "detainment" in page and "Uyghur-language" in page and "\ufffe" not in page


def test_a_hyphen_at_a_lines_end_is_read_as_the_document_writes_the_word() -> None:
    text = (
        "Families in Kashgar wrote to the pro-\nvincial office. The so-called schools in Kash-\ngar held "
        "people the office called well-\nknown to it; the well-known schools and the so-\ncalled "
        "centres in Kashgar were in Uyghur-\nlanguage reports."
    )
    joined = join_broken_words(text)
    assert "Kashgar held" in joined  # written whole elsewhere: one word, although capitalised
    assert "well-known to it" in joined and "so-called centres" in joined  # written hyphenated elsewhere
    assert "provincial" in joined  # written neither way: a word cut in lower case is one word
    assert "Uyghur-\nlanguage" in joined  # ... and a compound on a name keeps its hyphen
    # the words of the whole document are the evidence, not only the page's
    assert "Kashgar" in join_broken_words("camps near Kash-\ngar", written_words("Kashgar prefecture"))
    assert "Kash-\ngar" in join_broken_words("camps near Kash-\ngar")


def test_pdfium_line_end_hyphens_are_read_by_the_words_of_every_page(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    from habeas.ingest.pdf import extract_pdf

    path = tmp_path / "names.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 800, "The regional authorities of Xinjiang issued the notice.")
    pdf.showPage()
    for row, line in enumerate(["Officials across Xin-", "jiang ordered the detain-", "ment of 40 people."]):
        pdf.drawString(72, 800 - 14 * row, line)
    pdf.save()
    _first, second = extract_pdf(path, path.name).pages
    assert "Xinjiang ordered" in second and "detainment" in second and "\ufffe" not in second


def test_titles_come_from_the_heading_not_boilerplate(tmp_path: Path) -> None:
    page = (
        "Click here to complete our Survey about Human Rights after Brexit\n\nSkip to main content | Menu\n\n"
        "Tribunal hears witnesses on forced labour\n\nBy Ana Ruiz\nPublished 9 December 2021\n\nThe hearing..."
    )
    assert better_title("", page, "page.txt") == "Tribunal hears witnesses on forced labour"
    assert better_title("Annual report 2020", page, "page.txt") == "Annual report 2020"
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    extracted = extract_file(path, "page.txt", tmp_path, IngestLimits())
    assert extracted.title == "Tribunal hears witnesses on forced labour"


def test_a_sentence_that_copies_of_a_document_repeat_is_one_event() -> None:
    @dataclass
    class Event:
        date: str | None
        text: str
        document_id: str

    events = [
        Event("2019-05-02", "On 2 May 2019 the court\nsentenced him.", "a"),
        Event("2019-05-02", "On 2 May 2019 the court sentenced him.", "b"),
        Event("2019-05-02", "On 2 May 2019 the envoys met.", "b"),
    ]
    assert [e.document_id for e in once_each(events)] == ["a", "b"]
