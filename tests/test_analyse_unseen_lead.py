"""General gaps seen on Chinese and English texts written to probe the analyser (a state-media report of
an inspection; sentences of the kinds news summaries hold), each a rule with a test here."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, cn_names


def test_a_name_the_dictionary_holds_before_a_title_is_a_person() -> None:
    text = "朱海仑指出，要坚决贯彻落实习近平总书记关于新疆工作的重要指示精神。"
    people = cn_names(text, t.PERSON)
    assert "习近平" in people  # jieba tags such names nrfg
    assert "关于" not in people  # 关 is a surname, but 关于 after a title is the preposition


def test_a_bracketed_part_inside_a_companys_name() -> None:
    text = "会上，华凌集团、新疆中泰（集团）有限责任公司代表发言。华孚(中国)有限公司生产棉纱。"
    bodies = cn_names(text, *BODIES)
    assert {"新疆中泰（集团）有限责任公司", "华孚(中国)有限公司", "华凌集团"} <= bodies
    assert "代表发言" not in bodies  # a legal form ends the name: what follows is no list of names
