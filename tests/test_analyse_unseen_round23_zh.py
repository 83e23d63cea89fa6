"""Twenty-third round of analysis on Chinese text it was not written for: each test is one class of error a
twenty-third held-out Chinese set (bench/data/extraction/heldout23-zh: an encyclopaedia article on a county, an
evening news summary, a prefecture bureau's reply to a deputy's suggestion) showed. The sentences are written
for these tests; the people, places and small bodies in them are not the held-out set's (well-known bodies and
places appear as themselves)."""

from habeas.analyse import tables as t
from habeas.analyse.numbers import chinese_figures
from test_analyse_unseen import cn_canonical, cn_names

# -- people ------------------------------------------------------------------------------------------


def test_a_name_after_a_neighbour_or_a_colleague() -> None:
    text = "她的丈夫艾山江和邻居布再娜甫在县城打工，同事赵秀兰也证实了这一点。"
    assert cn_names(text, t.PERSON) == {"艾山江", "布再娜甫", "赵秀兰"}


# -- bodies ------------------------------------------------------------------------------------------


def test_a_standing_committees_working_committee_is_named_whole() -> None:
    text = "抄送：州人大常委会预算工作委员会，县人大常委会代表工作委员会。"
    bodies = cn_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert bodies == {"州人大常委会预算工作委员会", "县人大常委会代表工作委员会"}


# -- places ------------------------------------------------------------------------------------------


def test_china_paired_with_another_state_is_no_place() -> None:
    text = "会谈中双方表示，中吉友好源远流长，将推进中乌天然气管道建设，并关注中东和中亚局势。"
    places = cn_names(text, t.PLACE)
    assert not places & {"中吉", "中乌"}
    assert "中东" in places


def test_a_places_latin_name_in_brackets_is_the_same_place() -> None:
    text = "该县辖英吾斯坦乡（Yengi Östäng）和阿克托海乡（Aqtoghay）。北京（Reuters）消息。"
    assert cn_canonical(text, t.PLACE) == {"英吾斯坦乡", "阿克托海乡", "Beijing"}
    assert {"Yengi Östäng", "Aqtoghay"} <= cn_names(text, t.PLACE)
    assert "Reuters" not in cn_names(text, t.PLACE)


def test_a_river_before_a_verb_of_its_flow_is_named_whole() -> None:
    places = cn_names("阿克苏河流经温宿县，最终汇入塔里木河。", t.PLACE)
    assert "阿克苏河" in places and "阿克苏" not in places


# -- claims ------------------------------------------------------------------------------------------


def test_a_rate_per_mille_is_a_figure() -> None:
    figures = chinese_figures("该县人口出生率从2016年的21.4‰下降到2018年的8.05‰。", [])
    assert [(f.value, f.unit[:12]) for f in figures] == [(21.4, "per thousand"), (8.05, "per thousand")]


def test_a_bare_figure_on_an_infobox_line_counts_what_its_label_names() -> None:
    text = "县政府驻地　城关镇\n人口（2018年）　13.2万\n邮政编码　843000\n"
    [people] = [f for f in chinese_figures(text, []) if f.value == 132000]
    assert people.unit == "人口"
    assert [f.unit for f in chinese_figures("他说，损失有3000，无人赔偿。\n", [])] == [""]
