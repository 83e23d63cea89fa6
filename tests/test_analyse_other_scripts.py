"""A name's forms in other scripts, written beside it on an English page (analyse/other_scripts.py): each is a
mention of the same person or body, so the entity carries them. The sentences are written for these tests."""

from habeas.analyse import tables as t
from habeas.resolve.resolver import _M, resolve_all
from test_analyse_unseen import analyse


def forms_of(text: str) -> dict[str, set[str]]:
    """Each canonical name with the names its mentions are written in."""
    out: dict[str, set[str]] = {}
    for m in analyse(text).mentions:
        if m.type in (t.PERSON, t.ORGANIZATION, t.PUBLIC_BODY):
            out.setdefault(m.canonical or m.name, set()).add(m.name)
    return out


def test_labelled_forms_in_a_bracket_after_a_persons_name() -> None:
    text = (
        "Gulnar Tursun (Uyghur: گۈلنار تۇرسۇن; Chinese: 古丽娜尔·吐尔逊; born 1971) is a Uyghur poet. "
        "Yerlan Bekov (Kazakh: Ерлан Беков) teaches in Almaty."
    )
    forms = forms_of(text)
    assert {"Gulnar Tursun", "گۈلنار تۇرسۇن", "古丽娜尔·吐尔逊"} <= forms["Gulnar Tursun"]
    assert {"Yerlan Bekov", "Ерлан Беков"} <= forms["Yerlan Bekov"]


def test_a_bare_form_in_brackets_or_right_after_the_name() -> None:
    text = (
        "The letter was signed by Li Wenjun (李文军) and copied to Zhao Min 赵敏, the secretary. "
        "Tarim Cotton Co., Ltd. (塔里木棉业有限公司) did not reply."
    )
    forms = forms_of(text)
    assert "李文军" in forms["Li Wenjun"] and "赵敏" in forms["Zhao Min"]
    assert any("塔里木棉业有限公司" in names for names in forms.values())


def test_what_is_no_name_stays_out() -> None:
    text = "Chen Quanguo 陈全国的讲话 was read aloud. Zhang (张, 2019) is cited. Ma Lin (born 1980; 2 children) spoke."
    forms = forms_of(text)
    assert not any("陈全国的讲话" in names or "张" in names for names in forms.values())


def test_a_form_written_beside_the_name_joins_the_documents_in_that_script() -> None:
    # 朱海仑 and 朱海伦 both read "Zhu Hailun"; the English page says which one it means
    found = analyse("The telegram was signed by Zhu Hailun (朱海仑), then the region's security chief.").mentions
    english = [
        _M(i, "en", m.type, m.name, m.canonical or m.name, m.strong, list(m.short_forms))
        for i, m in enumerate(found)
        if m.type == t.PERSON
    ]
    others = [
        _M(100, "zh-a", t.PERSON, "朱海仑", "朱海仑", False, []),
        _M(101, "zh-b", t.PERSON, "朱海伦", "朱海伦", False, []),
    ]
    entities, _ = resolve_all(1, english + others, [])
    zhu = next(e for e in entities if 100 in e.mention_ids)
    assert {"en", "zh-a"} == zhu.documents
    assert 101 not in zhu.mention_ids


def test_a_title_or_a_place_in_chinese_beside_a_name_is_no_form_of_it() -> None:
    text = (
        "We thank Zhou Lan 老师 for the translation and Gao Fei 同学 for the maps. Wang Jun (外交部长) spoke "
        "after the Ministry of Commerce (中国) had replied."
    )
    forms = forms_of(text)
    assert not any({"老师", "同学", "外交部长", "中国"} & names for names in forms.values())
