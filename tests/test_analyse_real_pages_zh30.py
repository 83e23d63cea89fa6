"""Chinese errors shown by a thirty-first round of real pages read outside the project (police reward and wanted
notices, epidemic headquarters' notices, flood and drought wires, a commission's work report, a regional
government's commendation notice, a magazine's report on courts); the sentences below are written for these tests,
with public bodies and places as themselves and everyone else invented."""

from test_analyse_unseen import analyse, page_names, values


def test_a_verbs_deploy_or_sign_after_a_body_is_no_bureau_of_it() -> None:
    text = "新疆生产建设兵团部署秋季防火工作。会议要求落实水利部工作部署。双方签署协议。"
    bodies = page_names(text, "public_body")
    assert not any(b.endswith("部署") for b in bodies)
    assert "新疆生产建设兵团部署" not in bodies


def test_a_bureau_under_a_known_body_is_still_read() -> None:
    text = "新疆生产建设兵团水利局派出工作组。"
    assert "新疆生产建设兵团水利局" in page_names(text, "public_body")


def test_a_verb_of_passing_through_is_no_part_of_a_townships_name() -> None:
    text = "工作组在途经阿热勒乡喀拉村时停车休息。车队前往托格拉克乡阿克村。"
    places = page_names(text, "place")
    assert {"阿热勒乡", "喀拉村"} <= places
    assert not any(p.startswith(("途经", "前往")) for p in places)


def test_a_commissions_short_name_ending_in_wei_is_no_person() -> None:
    text = "珠委主任王某某高度重视。下一步，珠委将持续关注汛情，黄委也派出工作组。"
    people = page_names(text, "person")
    assert not {"珠委", "黄委"} & people


def test_a_number_naming_a_unit_after_its_county_counts_nothing() -> None:
    text = "他先后在某某县110巡警大队、派出所工作。全县组建了5支巡逻队。"
    assert values(analyse(text)) == {5.0}


def test_an_author_on_a_credits_line_with_an_editor_is_a_person() -> None:
    text = "汛情通报\n本站讯 近日各地加强巡查。\n作者: 耿某程    责编: 徐某\n作者：石榴云　编辑：王某某"
    people = page_names(text, "person")
    assert "耿某程" in people
    assert "石榴云" not in people
