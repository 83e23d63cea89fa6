"""Chinese errors shown by the thirty-first Chinese held-out round (an indictment, an aid headquarters'
briefing, a petition office's reply); the sentences below are written for these tests, with public bodies
as themselves and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values


def test_a_time_limit_in_days_is_no_day_of_a_month() -> None:
    text = "如不服本决定，可以自收到本决定书之日起30日内向市人民政府申请复议。"
    assert not [m for m in analyse(text).mentions if m.type == t.DATE]
    assert [m for m in analyse("整改工作须于7月31日内全部完成。").mentions if m.type == t.DATE]  # the 31st of July


def test_money_in_numerals_with_more_than_before_the_currency_is_money() -> None:
    assert 3000.0 in values(analyse("她说，在合作社干活一个月能挣三千多元。"))


def test_two_schools_or_sites_are_a_count() -> None:
    found = values(analyse("拆迁中，村里两所小学和两处清真寺被拆除。"))
    assert 2.0 in found


def test_a_transcribed_name_with_a_latin_middle_initial_is_one_person() -> None:
    people = names(analyse("被告人库尔班·T·阿布拉，男，1980年5月出生，哈萨克族，住塔城市。"), t.PERSON)
    assert "库尔班·T·阿布拉" in people
    assert not people & {"库尔班·T", "阿布拉"}


def test_a_fee_before_the_date_it_runs_from_is_no_name() -> None:
    text = "土地托管费自2020年起由合作社统一支付，这笔钱从2021年起翻倍。"
    assert not names(analyse(text), t.PERSON)


def test_a_departments_police_corps_named_after_it_is_one_body() -> None:
    bodies = names(analyse("经自治区公安厅网络安全保卫总队勘验，共提取文件300余个。"), t.PUBLIC_BODY, t.ORGANIZATION)
    assert "自治区公安厅网络安全保卫总队" in bodies


def test_a_teacher_of_an_unnamed_school_is_no_body() -> None:
    found = names(analyse("被告人原系某中学教师，后在县城经营一家商店。"), t.ORGANIZATION, t.PUBLIC_BODY)
    assert not any("教师" in name for name in found)


def test_a_body_whose_name_opens_with_a_compass_point_is_whole() -> None:
    found = names(analyse("援疆医疗队员来自南方医科大学南方医院，已在县医院工作半年。"), t.ORGANIZATION, t.PUBLIC_BODY)
    assert "南方医科大学南方医院" in found


def test_numerals_before_a_measure_word_of_things_or_batches_are_counts() -> None:
    found = values(analyse("民警当场扣押手机三部、车辆五辆、账本四册，涉案人员分六批次移送。"))
    assert {3.0, 5.0, 4.0, 6.0} <= found
    assert not values(analyse("考核分为学习、纪律、劳动三部分，严格落实中央八项规定精神。"))
