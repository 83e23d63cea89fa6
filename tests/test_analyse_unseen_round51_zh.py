"""Chinese shapes the fifty-first Chinese held-out set showed the rules missing (an overseas organisation's
statement, a county portal's leaders' page with their duties, a channel of missing-person notices); the sentences
below are written for these tests, with public bodies as themselves and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, page_names


def _counts(text: str) -> dict[float, str]:
    return {c.value: c.unit for c in analyse(text).claims}


# -- figures that count nothing ---------------------------------------------------------------------------------------


def test_a_telephone_number_in_the_international_form_counts_nothing_in_any_of_its_groups() -> None:
    text = (
        "如有消息，请联系她的丈夫。\n"
        "电话：+996 555 123 456（也可发短信）\n"
        "办公室：+41 (0)22 917 3300\n"
        "本会共收到家属来信46封。\n"
    )
    assert set(_counts(text)) == {46}


def test_an_international_number_in_an_english_line_counts_nothing_and_the_figure_beside_it_counts() -> None:
    counts = _counts("For interviews call +44 20 7946 0958 or +1-202-555-0100. At least 120 people were held.")
    assert set(counts) == {120}


def test_a_channels_count_of_subscribers_is_no_claim_of_its_posts() -> None:
    text = "伊犁家属互助 | 公开频道\n2,906 位订阅者\n\n今年已有17名家属在本频道登记了失联亲人。\n"
    assert set(_counts(text)) == {17}


def test_an_idiom_of_multitude_is_no_figure() -> None:
    text = "成百上千的母亲在等待消息，千千万万个家庭因此分离；仅这个乡就有86人被带走。"
    assert set(_counts(text)) == {86}


# -- figures that count ----------------------------------------------------------------------------------------------


def test_a_hundred_or_a_thousand_after_shang_with_its_measure_word_is_a_figure() -> None:
    counts = _counts("这位医生在乡卫生院工作了二十年，看过的病人有上千人；他的妹妹打了上百次电话。")
    assert {1000, 100} <= set(counts)
    assert _counts("街上百姓议论纷纷。") == {}


def test_two_letters_are_counted_as_any_other_number_of_letters_is() -> None:
    assert 2 in _counts("她给县公安局写过两封信，都没有回音。")
    assert 3 in _counts("律师先后寄出三封申诉信。")


def test_two_messages_are_counted_and_a_policys_two_points_are_not() -> None:
    counts = _counts("她每周只能收到两条语音，上个月又收到三条短信。")
    assert {2, 3} <= set(counts)
    assert _counts("各单位要坚守两条底线。") == {}


# -- bodies ----------------------------------------------------------------------------------------------------------


def test_a_consulate_general_by_its_short_name_is_a_public_body() -> None:
    bodies = page_names("她的姐姐去了美国驻上海总领馆，又去了哈萨克斯坦驻乌鲁木齐领馆。", t.PUBLIC_BODY, t.ORGANIZATION)
    assert {"美国驻上海总领馆", "哈萨克斯坦驻乌鲁木齐领馆"} <= bodies


def test_a_liaison_office_named_by_its_place_and_its_seat_is_one_body() -> None:
    text = "会后，喀什地区驻北京联络处与和田地区驻上海联络处的负责人交换了名单。"
    bodies = page_names(text, t.PUBLIC_BODY, t.ORGANIZATION)
    assert {"喀什地区驻北京联络处", "和田地区驻上海联络处"} <= bodies
    assert "联络处" not in bodies


def test_an_administration_bureau_named_by_its_field_after_its_level_is_a_public_body() -> None:
    text = "分管：县民政局、县职业技能教育培训服务管理局；联系：区文物管理局。他曾在县职业技能教育培训中心工作。"
    bodies = page_names(text, t.PUBLIC_BODY, t.ORGANIZATION)
    assert {"县职业技能教育培训服务管理局", "区文物管理局"} <= bodies
    assert not any(b.endswith("培训中心") for b in bodies)  # the centre is a facility, not a body


def test_a_platform_before_an_accounts_handle_is_an_organisation_and_an_e_mail_address_names_none() -> None:
    text = "寻找人：姐姐 古丽娜尔（比什凯克）\n联系方式：Signal @gulnar_k ，邮箱 info@example.org\n"
    bodies = page_names(text, t.PUBLIC_BODY, t.ORGANIZATION)
    assert "Signal" in bodies
    assert "info" not in bodies


# -- people ----------------------------------------------------------------------------------------------------------


def test_a_given_name_before_the_full_dotted_name_on_the_page_is_the_same_person() -> None:
    text = (
        "她说，哥哥努尔买买提今年45岁，2018年被带走后再无消息。\n\n"
        "附：失联家属\n姓名\t关系\t年龄\n努尔买买提·艾则孜\t丈夫\t45岁\n"
    )
    r = analyse(text)
    people = {m.name: m.canonical or m.name for m in r.mentions if m.type == t.PERSON}
    assert people.get("努尔买买提") == "努尔买买提·艾则孜"
