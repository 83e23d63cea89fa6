"""Well-known bodies with no head word or cue, by the list of ``analyse/data/names_zh.json``: found in
Chinese (simplified and traditional) and in English, joined across the two by the English name, and
never read inside a longer word or another name. The sentences are written for these tests.

The list itself is checked too: every form well-formed, no form naming two entries (or a place the
gazetteer already knows), and no Chinese form that the segmenter's own dictionary holds as a verb or a
function word, which would be read wherever that word is used."""

import json
import re
from collections import defaultdict

import jieba

from habeas.analyse import known_bodies
from habeas.analyse import tables as t
from habeas.resolve.resolver import _M, resolve
from test_analyse_unseen import BODIES, analyse, cn_canonical, names

NAMES = json.loads((t.DATA / "names_zh.json").read_text(encoding="utf-8"))
KINDS = (t.ORGANIZATION, t.PUBLIC_BODY, t.PLACE)
CJK = re.compile(r"[\u3400-\u9fff]")

# -- Chinese -------------------------------------------------------------------------------------------


def test_companies_media_and_groups_with_no_head_word_are_found_in_chinese() -> None:
    text = "快手和抖音下架了相关视频，华大基因否认参与。德国之声援引美国笔会的声明，宁德时代拒绝置评。"
    found = cn_canonical(text, *BODIES)
    assert {"Kuaishou", "Douyin", "BGI Group", "Deutsche Welle", "PEN America"} <= found
    assert "Contemporary Amperex Technology" in found


def test_traditional_forms_are_read_as_the_simplified_ones() -> None:
    text = "美國之音和自由亞洲電台報道，人權觀察呼籲華為和海康威視回應。"
    found = cn_canonical(text, *BODIES)
    assert {"Voice of America", "Radio Free Asia", "Human Rights Watch", "Huawei", "Hikvision"} <= found


def test_central_bodies_the_suffix_rules_miss_are_found_whole() -> None:
    text = "国新办举行新闻发布会，国台办和港澳办发言人表示反对。新疆军区和中国人民武装警察部队参加了演练。"
    found = cn_canonical(text, *BODIES)
    assert {"State Council Information Office", "Taiwan Affairs Office", "Hong Kong and Macao Affairs Office"} <= found
    assert {"Xinjiang Military District", "People's Armed Police"} <= found


def test_foreign_governments_bodies_and_cities_abroad_in_chinese() -> None:
    text = "美国海关与边境保护局扣押了货物，美国商务部工业与安全局将其列入清单。她后来从奥什搬到了伊兹密尔。"
    assert {"U.S. Customs and Border Protection", "Bureau of Industry and Security"} <= cn_canonical(text, *BODIES)
    assert {"Osh", "Izmir"} <= cn_canonical(text, t.PLACE)


def test_a_short_name_inside_a_longer_word_is_no_mention() -> None:
    text = "这位伟大华人学者说，通讯飞速发展，海康复中心的医生是个快手快脚的人。她喜欢雅典娜女神。"
    assert not {"Dahua Technology", "iFlytek", "Hikvision", "Kuaishou"} & cn_canonical(text, *BODIES)
    assert "Athens" not in cn_canonical(text, t.PLACE)


# -- English -------------------------------------------------------------------------------------------


def test_bodies_with_no_head_word_are_found_in_english() -> None:
    r = analyse(
        "Chinese Human Rights Defenders and PEN America urged Handelsblatt to correct its report. "
        "High Liner Foods said it had cut ties with the supplier, and U.S. Customs and Border Protection "
        "detained the shipment. The letter went to the United Nations Office at Geneva and the State Department."
    )
    found = names(r, *BODIES)
    assert {"Chinese Human Rights Defenders", "PEN America", "Handelsblatt", "High Liner Foods"} <= found
    assert {"U.S. Customs and Border Protection", "United Nations Office at Geneva"} <= found
    assert "United States Department of State" in found  # the short form joins the full name


def test_short_forms_and_the_article_of_a_paper() -> None:
    r = analyse("HRW and the Guardian reported it; the Washington Post and OFAC did not. CBP declined to comment.")
    found = names(r, *BODIES)
    assert {"Human Rights Watch", "The Guardian", "The Washington Post", "Office of Foreign Assets Control"} <= found
    assert "U.S. Customs and Border Protection" in found


def test_a_persons_or_another_bodys_name_is_not_a_known_body() -> None:
    r = analyse(
        "Michael Bloomberg met Nikola Tesla's biographer. Apple Daily closed in 2021. "
        "Prof. Sony Kapoor spoke, and Mr. Ford thanked him."
    )
    bodies = names(r, *BODIES)
    assert not {"Bloomberg", "Tesla", "Apple", "Sony", "Ford"} & bodies
    assert "Apple Daily" in bodies


def test_a_known_name_run_on_by_capitalised_words_is_left_to_the_other_layers() -> None:
    spans = [(b.start, b.end) for b in known_bodies.find("Report Says Huawei Helped Police. Huawei Inc. said no.")]
    text = "Report Says Huawei Helped Police. Huawei Inc. said no."
    assert [text[s:e] for s, e in spans] == ["Huawei"]
    assert spans[0][0] == text.index("Huawei Inc.")
    assert not list(known_bodies.find("See A/HRC/WGAD/2018/69 and CBP/DHS-2021."))  # document symbols


def test_an_english_and_a_chinese_mention_of_a_body_become_one_entity() -> None:
    en = analyse("PEN America and Handelsblatt criticised the deal; Kuaishou did not reply.")
    zh = analyse("美国笔会和德国商报批评了这笔交易，快手没有回应。")
    mentions = [
        _M(i, doc, m.type, m.name, m.canonical or m.name, m.strong, list(m.short_forms))
        for doc, r in (("en", en), ("zh", zh))
        for i, m in enumerate(r.mentions)
        if m.type in BODIES
    ]
    entities = resolve(1, mentions, [])
    by_name = {e.name: e for e in entities}
    for english, chinese in (("PEN America", "美国笔会"), ("Handelsblatt", "德国商报"), ("Kuaishou", "快手")):
        assert chinese in by_name[english].aliases
        assert by_name[english].documents == {"en", "zh"}


# -- the list itself -------------------------------------------------------------------------------------


def _owners() -> dict[str, set[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for kind in KINDS:
        for name, forms in NAMES[kind].items():
            for form in {name, *forms}:
                owners[form].add(name)
    return owners


def test_every_entry_is_well_formed() -> None:
    for kind in KINDS:
        for name, forms in NAMES[kind].items():
            assert re.search(r"[A-Za-z]", name) and name == name.strip() and "  " not in name, name
            assert len(forms) == len(set(forms)) and name not in forms, name
            for form in forms:
                assert form and form == form.strip() and "  " not in form, (name, form)
                assert not CJK.search(form) or len(form) >= 2, (name, form)
    left = set(NAMES["english_left_to_model"])
    assert left <= set(NAMES[t.ORGANIZATION]) | set(NAMES[t.PUBLIC_BODY])


def test_no_form_names_two_entries_or_a_place_the_gazetteer_knows() -> None:
    owners = _owners()
    assert not {f: o for f, o in owners.items() if len(o) > 1}
    others = {n for e in t.gazetteer() if e.canonical not in owners for n in e.names}
    assert not set(owners) & others


def test_no_chinese_form_is_a_common_verb_or_function_word() -> None:
    """The segmenter's own dictionary (before the gazetteer is added to it): a form it holds as a verb, an
    adverb, a pronoun, a preposition, a conjunction, a particle or a numeral, and counts 50 times or
    more, is an ordinary word (奔驰 "to gallop" is no name for Mercedes-Benz; 吉利 "lucky" none for Geely)."""
    ordinary = ("v", "d", "r", "p", "c", "u", "m", "q", "e", "y", "o")
    tags = {}
    for line in jieba.get_dict_file().read().decode("utf-8").splitlines():
        word, freq, tag = line.split()
        tags[word] = (int(freq), tag)
    bad = [
        form
        for form in _owners()
        if CJK.search(form) and form in tags and tags[form][0] >= 50 and tags[form][1].startswith(ordinary)
    ]
    assert not bad


def test_a_known_bodys_english_name_keeps_its_own_country_form() -> None:
    assert "USA Today" in names(analyse("USA Today reported the sanctions."), *BODIES)


def test_a_known_acronym_alone_is_its_body_and_a_body_in_an_instruments_name_is_part_of_it() -> None:
    r = analyse(
        "Tools used so far by the OSCE have failed, as has the Rome Statute of the International Criminal Court."
    )
    assert "Organization for Security and Co-operation in Europe" in names(r, *BODIES)
    whole = analyse(
        "The Organization for Security and Co-operation in Europe and the North Atlantic Treaty Organization met."
    )
    assert {"Organization for Security and Co-operation in Europe", "North Atlantic Treaty Organization"} <= names(
        whole, *BODIES
    )
    assert not names(whole, t.LAW) and "Europe" not in names(whole, t.PLACE)  # the body's own name, whole
    assert "Rome Statute of the International Criminal Court" in names(r, t.LAW)


def test_a_known_medium_on_a_source_line_is_the_medium_its_dispatch_names() -> None:
    # the story's opening and its source line name one paper: one entity, by the name the lists give it
    text = "人民网讯（记者 王芳）12月5日，阿克苏地区召开会议。\n（来源：人民网 责任编辑：张丽）"
    assert names(analyse(text), *BODIES) == {"People's Daily Online"}


def test_a_ministry_after_its_countrys_possessive_is_that_countrys_ministry_in_either_language() -> None:
    # "Kazakhstan's Ministry of Foreign Affairs" is the ministry the lists know by that name, as 哈萨克斯坦外交部 is
    english = names(analyse("Kazakhstan's Ministry of Foreign Affairs summoned the ambassador."), *BODIES)
    chinese = names(analyse("哈萨克斯坦外交部召见了大使。"), *BODIES)
    assert english == chinese == {"Ministry of Foreign Affairs of Kazakhstan"}


def test_a_bare_ministry_stays_unattached_to_a_country() -> None:
    # a ministry named without its country may be any country's
    assert names(analyse("The Ministry of Foreign Affairs summoned the ambassador."), *BODIES) == {
        "Ministry of Foreign Affairs"
    }
