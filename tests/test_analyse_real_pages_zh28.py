"""Chinese errors shown by a twenty-ninth round of real pages read outside the project (anti-drug press briefings
and police units' reports, earthquake situation reports and wires, a discipline commission's inspection figures, a
report on party committees' elections, grazing-ban notices of a county and a township with their contact lists and
telephone lines, a court's news relayed with its site's headlines, a visit of reporters to a county); the sentences
below are written for these tests, with public bodies and places as themselves and everyone else invented."""

from test_analyse_unseen import analyse, page_names, values


def test_a_quality_or_rate_of_an_ordinary_word_is_no_place_or_name() -> None:
    text = "调查显示，全区群众满意度达97.6%，社会安全感达98%，各族群众幸福感不断增强。"
    assert page_names(text, "place", "person", "organization", "public_body") == set()
    assert values(analyse(text)) == {97.6, 98.0}


def test_a_part_of_a_region_named_by_compass_points_is_no_body() -> None:
    text = "鄯善县位于新疆中东部，某某镇位于县城中南部。"
    assert page_names(text, "organization", "public_body") == set()


def test_going_to_or_leaving_the_capital_is_an_act_no_place() -> None:
    text = "5月3日，某某代表团离京返回乌鲁木齐。6月1日，县委书记王某来京参加培训，某某驻京办协助。"
    assert not page_names(text, "place") & {"离京", "来京", "驻京"}


def test_a_contact_lists_names_before_their_telephone_numbers_are_people() -> None:
    text = (
        "五、本公告自发布之日起执行。\n举报联系人：\n"
        "吴建平13900001111(某某村)\n李德海13800002222(某某村)\n张银其13700003333(某某村)\n"
        "刘 军13600004444(某某村)\n"
    )
    assert {"吴建平", "李德海", "张银其", "刘军"} <= page_names(text, "person")
    assert "张银" not in page_names(text, "person")


def test_telephone_numbers_set_apart_by_spaces_after_their_label_count_nothing() -> None:
    text = (
        "偷牧、夜牧举报电话：\n6123456 6127654 13900005555\n特此通告\n某某县人民政府\n2019年4月2日\n"
        "全县出动巡查人员30人。"
    )
    assert values(analyse(text)) == {30.0}


def test_a_conjunction_before_a_deputys_post_opens_no_name() -> None:
    text = "截至7月12日，全区各县党委书记和副书记均已选出，局长和副局长另行任命。"
    assert page_names(text, "person") == set()
