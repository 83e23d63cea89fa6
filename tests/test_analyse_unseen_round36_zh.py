"""Chinese errors shown by the thirty-sixth Chinese held-out round (a Corps division's encyclopedia entry, a news
site's long report on a township's courtyard economy, a county's annual report on government information
disclosure); the sentences below are written for these tests, with public bodies as themselves and private
people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, names, values


def test_a_tables_zero_cells_count_nothing_and_its_ones_count_one() -> None:
    text = "申请情况\n\t个人\t企业\t其他\t合计\n收到申请数量\t4\t1\t0\t5\n结转申请数量\t0\t0\t0\t0\n"
    claims = analyse(text).claims
    assert {c.value for c in claims} == {4, 1, 5}
    assert not any(c.value == 0 for c in claims)


def test_a_licence_number_after_its_label_and_colon_is_no_count() -> None:
    result = analyse("网络出版服务许可证编号：45230190012　举报电话：0991-1234567")
    assert 45230190012 not in values(result)


def test_a_share_in_tenths_after_higher_by_is_a_share() -> None:
    claims = analyse("收购价格比市场价高出三成，农户更愿意交售。").claims
    assert [(c.value, c.unit) for c in claims] == [(30, "per cent")]


def test_days_after_a_bound_are_a_span_not_a_day_of_the_month() -> None:
    result = analyse("全年有5个村的公示栏超过20日未更新。")
    assert {(c.value, c.unit) for c in result.claims} >= {(20, "日")}
    assert not any(d.date.endswith("-20") for d in result.dates)


def test_a_transcribed_name_after_a_county_opening_with_a_function_character_is_named_whole() -> None:
    result = analyse("于田县恰托克林果农民专业合作社成立于2020年。")
    assert "于田县恰托克林果农民专业合作社" in names(result, *BODIES)


def test_a_village_named_before_its_cooperative_is_a_place() -> None:
    assert "恰库克村" in names(analyse("图为恰库克村合作社工人在装箱。"), t.PLACE)


def test_a_township_alone_in_a_tables_cell_or_before_its_street_in_an_address() -> None:
    text = "连队\t驻地\t人口\n五连\t金川镇\t3,410\n六连\t和平镇\t2,260\n地址：皮山县喀拉苏镇团结路8号。"
    places = names(analyse(text), t.PLACE)
    assert {"金川镇", "和平镇", "喀拉苏镇"} <= places


def test_a_regiment_of_one_numeral_opening_a_tables_row_is_a_body() -> None:
    text = "团场\t人口\n三团\t21,460\n五团\t18,735\n"
    assert {"三团", "五团"} <= names(analyse(text), *BODIES)


def test_an_applicant_and_a_fruit_are_no_names() -> None:
    people = names(analyse("申请人艾某某对答复不服。村民把桑葚晒干后出售。"), t.PERSON)
    assert not people & {"申请人", "桑葚"}


def test_government_information_in_a_regulations_title_is_no_government() -> None:
    result = analyse("根据《中华人民共和国政府信息公开条例》，本机关予以答复。")
    assert not any(n.endswith("政府") for n in names(result, *BODIES))


def test_a_tables_rows_under_heads_that_leave_the_labels_corner_empty_or_head_the_labels() -> None:
    text = "\t男性\t女性\t合计\n参加培训人数\t35\t28\t63\n考核\t合格\t不合格\t合计\n\t60\t3\t63\n"
    units = {(c.value, c.unit) for c in analyse(text).claims}
    assert {(35, "男性"), (28, "女性"), (60, "合格"), (3, "不合格")} <= units


def test_a_column_head_dated_by_a_year_in_brackets_still_heads_its_figures() -> None:
    text = "连队\t驻地\t户数（2021年）\n三连\t红星村\t1,240\n四连\t光明村\t980\n"
    assert {c.unit for c in analyse(text).claims} == {"户数（2021年）"}


def test_a_publisher_named_by_its_country_and_domain_is_whole() -> None:
    assert "中国统计出版社" in names(analyse("据中国统计出版社出版的年鉴，该县人口有所增长。"), *BODIES)


def test_rural_residents_after_a_region_are_no_place_of_their_own() -> None:
    places = names(analyse("2022年新疆农村居民人均消费支出增长5%。"), t.PLACE)
    assert not any(p.endswith("农村") for p in places)


def test_a_bureau_and_its_numbered_branch_after_it_are_one_body() -> None:
    bodies = names(analyse("1979年，该场划归新疆维吾尔自治区畜牧总局第二分局管理。"), *BODIES)
    assert "新疆维吾尔自治区畜牧总局第二分局" in bodies


def test_an_army_formation_and_the_division_under_it_are_one_unit_with_the_army_before_them() -> None:
    bodies = names(analyse("1952年，中国人民解放军第五军骑兵第七师转为生产部队。"), *BODIES)
    assert "中国人民解放军第五军骑兵第七师" in bodies
    assert "第五军" not in bodies
