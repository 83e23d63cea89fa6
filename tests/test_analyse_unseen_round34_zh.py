"""Chinese errors shown by the thirty-fourth Chinese held-out round (a county's yearbook entry with its chronicle,
procurement notices, an encyclopaedia biography); the sentences below are written for these tests, with public
bodies and places as themselves and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, names


def _counted(text: str) -> set[str]:
    return {c.number_text for c in analyse(text).claims}


def test_a_yearbooks_page_number_between_dots_counts_nothing() -> None:
    text = "某某地区年鉴·2020　　　　县市概况\n·152·\n【人口】全县常住人口21.4万人。\n- 153 -\n"
    assert _counted(text) == {"21.4万人"}


def test_a_widened_plenums_session_number_counts_nothing() -> None:
    text = "3月2日　中共某某县委十二届七次全体（扩大）会议召开，会议表彰先进集体8个。"
    assert _counted(text) == {"8个"}


def test_a_count_of_items_before_the_next_item_of_a_list_is_counted() -> None:
    text = "该所近五年承担省级课题4项、市级课题9项，出版著作3部。"
    assert {"4", "9"} <= {c.number_text.rstrip("项") for c in analyse(text).claims}


def test_one_week_after_a_word_of_lasting_is_a_span() -> None:
    claims = analyse("检查组在全县开展督导，历时一周。").claims
    assert [c.value for c in claims] == [1]
    assert not analyse("他一周回家一次。").claims


def test_a_capital_numeral_that_is_a_surname_names_nobody() -> None:
    text = "成交金额：人民币肆拾伍万陆仟元整（￥456,000.00元）。"
    assert not names(analyse(text), t.PERSON)


def test_a_dictionary_word_for_a_kind_of_centre_or_a_consortium_is_no_body() -> None:
    text = "本次招标不接受联合体投标，开标地点为某某市公共资源交易中心。"
    assert not names(analyse(text), *BODIES) & {"联合体", "交易中心"}


def test_an_armed_police_detachment_and_its_squadron_are_one_body() -> None:
    bodies = names(analyse("武警阿克苏支队温宿中队官兵参加了演练。"), *BODIES)
    assert "武警阿克苏支队温宿中队" in bodies
    assert "武警" not in bodies


def test_a_procurement_site_set_apart_from_its_path_by_a_bar_is_named() -> None:
    text = "某某省政府采购网　|　首页 > 采购公告 > 结果公告\n某某县教育局课桌椅采购项目成交公告\n"
    bodies = names(analyse(text), *BODIES)
    assert "某某省政府采购网" in bodies
    assert "某某省政府" not in bodies


def test_a_site_cited_in_an_encyclopaedias_reference_is_named() -> None:
    text = (
        "参考资料\n1.　某教授谈民族史研究．中国社会科学网．2015-04-02[引用日期2020-01-05]\n"
        "2.　研究所简介．某某研究院官网．2011-03-08[引用日期2020-01-05]\n"
    )
    bodies = names(analyse(text), *BODIES)
    assert "中国社会科学网" in bodies
    assert not any(b.endswith("官网") for b in bodies)


def test_a_leading_group_for_poverty_alleviation_is_one_body() -> None:
    bodies = names(analyse("国务院扶贫开发领导小组派出督查组到县检查。"), *BODIES)
    assert "国务院扶贫开发领导小组" in bodies
    assert "国务院" not in bodies


def test_a_police_bureaus_convenience_post_keeps_the_bureau() -> None:
    bodies = names(analyse("于田县公安局便民警务站设备采购项目结果公告"), *BODIES)
    assert "于田县公安局" in bodies
    assert not any(b.endswith("警务站") for b in bodies)


def test_a_township_after_a_verb_of_going_or_namely_keeps_its_own_name() -> None:
    places = names(analyse("调研组到木什乡入户走访。全市辖3个乡，即扎克乡、托克乡。"), t.PLACE)
    assert {"木什乡", "扎克乡", "托克乡"} <= places
    assert not any(p.startswith(("组到", "即")) for p in places)


def test_a_subdistrict_listed_with_townships_is_a_place() -> None:
    places = names(analyse("全市辖3个乡、1个街道：阿克吐尔乡、巴格其乡和萨依巴格街道。"), t.PLACE)
    assert "萨依巴格街道" in places


def test_words_read_as_a_name_or_a_place_in_an_inventorys_rows_are_parts_of_items() -> None:
    text = "主要标的：\n高清红外枪式摄像机　120台\n车辆识别卡口抓拍机　16套\n联系人：李建新\n"
    result = analyse(text)
    assert names(result, t.PERSON) == {"李建新"}
    assert not names(result, t.PLACE)
