"""Chinese shapes the fifty-second Chinese held-out set showed the rules missing (a patent's record and front pages,
a court's online auction of a sentenced man's property, an overseas association's obituary); the sentences below
are written for these tests, with public bodies and places as themselves and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, page_names


def _counts(text: str) -> dict[float, str]:
    return {c.value: c.unit for c in analyse(text).claims}


def _days(text: str) -> set[str]:
    return {d.value for d in analyse(text).dates if d.value}


# -- dates ------------------------------------------------------------------------------------------------------------


def test_a_day_written_year_first_with_dots_is_a_date_and_no_figure() -> None:
    text = "申请日：2020.09.17　　授权公告日：2022.4.5\n法律状态：2023.01.30 专利权终止。该公司共有发明人6名。"
    assert {"2020-09-17", "2022-04-05", "2023-01-30"} <= _days(text)
    assert set(_counts(text)) == {6}


def test_a_year_and_month_with_dots_or_a_version_with_four_parts_is_no_day() -> None:
    assert not any(len(d) == 10 for d in _days("软件版本 3.2019.11.08.2 已于上月发布。"))


# -- figures that count nothing ---------------------------------------------------------------------------------------


def test_a_patents_classification_codes_count_nothing() -> None:
    text = "分类号：G08B 21/02；H04W 4/029\n(51)Int.Cl. G06V 40/16(2022.01)\n系统共接入摄像头300路。"
    assert set(_counts(text)) == {300}


def test_a_postcode_before_a_region_and_its_city_opens_an_address() -> None:
    text = "地址：844000 新疆维吾尔自治区喀什市人民东路12号\n该中心共有职工45名。"
    assert set(_counts(text)) == {45}


def test_a_firms_code_written_bare_after_its_name_is_no_count_and_a_tables_cell_after_a_firm_counts() -> None:
    text = "(74)专利代理机构 北京某某知识产权代理事务所 11287\n代理人 赵某\n该事务所 30人参与。"
    assert set(_counts(text)) == {30}
    record = "代理机构：北京某某专利代理有限公司 11002　　代理人：赵某\n法律状态：2021.05.11 授权；共有发明人4名。"
    assert set(_counts(record)) == {4}
    table = (
        "序号　股东名称　认缴出资额（万元）　出资比例\n1　某某实业有限公司　4000　40%\n2　某某控股有限公司　6000　60%"
    )
    assert {40_000_000, 60_000_000} <= set(_counts(table))


def test_numbers_of_an_address_or_a_register_in_latin_letters_count_nothing() -> None:
    text = (
        "联系地址：Postboks 4321, 0134 Oslo　机构编号 Org.nr 998877665\n"
        "通讯处：Box 77, 75103 Uppsala\n"
        "荷兰分会：Postbus 20456, 2500 EL Den Haag\n"
        "今年共有28名家属来信。"
    )
    assert set(_counts(text)) == {28}


def test_a_class_named_by_its_year_and_a_tram_line_count_nothing() -> None:
    text = "喀什师范学院2004级全体校友敬挽。乘坐7路电车可到会场，2019届毕业生共有312名。"
    assert set(_counts(text)) == {312}


def test_a_numbered_claim_figure_or_table_referred_to_is_no_count() -> None:
    text = "如图2所示，根据权利要求3所述的装置，如表4所列，共有5所示范学校、16个村。"
    assert set(_counts(text)) == {5, 16}


def test_an_auctions_onlookers_counter_is_no_claim() -> None:
    text = "围观 8,214次　　拍卖状态：已流拍\n该房产建筑面积120.5平方米。"
    assert set(_counts(text)) == {120.5}


# -- figures that count ----------------------------------------------------------------------------------------------


def test_sums_after_the_yuan_sign_are_money_in_yuan_with_their_cents() -> None:
    text = "起拍价：¥856,000.00　　保证金：¥80,000.00\n领先	A1027	￥861,000	2021-06-02 10:03:11"
    counts = _counts(text)
    assert {856000, 80000, 861000} <= set(counts)
    assert counts[856000] == counts[861000] == "元"


def test_years_some_past_a_round_figure_in_numerals_are_counted() -> None:
    counts = _counts("她在乡卫生院行医二十余年，丈夫在外打工十多年，父亲已失联四十多年。")
    assert {20, 10, 40} <= set(counts)
    assert _counts("那是八十年代的事。") == {}


def test_a_span_and_a_half_is_its_figure_and_a_half() -> None:
    counts = _counts("他在看守所关了两年半，出来后每天只能睡一个半小时，又等了三个半月。")
    assert {2.5, 1.5, 3.5} <= set(counts)


# -- places ----------------------------------------------------------------------------------------------------------


def test_a_city_in_the_name_of_a_street_a_unit_stands_on_is_no_place() -> None:
    text = "2018年，他被阿克苏市公安局上海路派出所带走，妻子在乌鲁木齐南路社区工作。"
    places = page_names(text, t.PLACE)
    assert "Shanghai" not in places and "上海" not in places
    assert "阿克苏市" in places or "Aksu City" in places


def test_a_certificates_issuer_code_and_ordinary_words_the_dictionary_tags_as_places_are_no_places() -> None:
    text = "不动产权证号：伊房权证字第2019004512号。治安卡口每天延时关闭，他住在伊宁市。"
    places = page_names(text, t.PLACE)
    assert not places & {"伊房", "卡口", "延时"}
