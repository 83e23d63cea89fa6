"""Chinese shapes the fifty-fifth Chinese held-out set showed the rules missing (a party daily's e-paper page, a
family's criminal petition to a procuratorate, a village Party branch's meeting record); the sentences below are
written for these tests, with public bodies and places as themselves and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import claim_kinds, claim_units, date_values, page_names

# -- figures that count nothing ---------------------------------------------------------------------------------------


def test_a_number_partly_hidden_by_asterisks_counts_nothing_in_any_group() -> None:
    text = "联系人手机：139****2087，身份证号：6501**********4413，全家共有5口人。"
    assert set(claim_units(text)) == {5}
    assert set(claim_units("她在阿拉木图的电话是+7 701 *** 28 14，已经等了3年。")) == {3}


def test_a_number_hidden_in_an_english_line_counts_nothing_either() -> None:
    assert set(claim_units("Her brother's ID 6532**********0417 was read at the checkpoint; 14 people were held.")) == {
        14
    }


def test_an_items_number_before_the_date_that_opens_it_is_no_count() -> None:
    text = "会议决定：\n1．6月底前完成搬迁45户；\n2.2019年起每年培训牧民300人。\n"
    assert set(claim_units(text)) == {45, 300}
    assert 35000 in claim_units("全年培训：\n3.5万人次参加。\n")  # a decimal at a line's start stays a decimal


# -- figures that count ------------------------------------------------------------------------------------------------


def test_the_years_of_a_trade_plied_are_counted() -> None:
    assert 20 in claim_units("父亲经营裁缝铺二十年，从没离开过县城。")
    assert 30 in claim_units("老人务农三十年。")


def test_a_villages_households_then_its_people_are_its_population() -> None:
    kinds = claim_kinds("工作组三天内走访了全乡2,460户9,813人。")
    assert kinds[9813] == "population"
    assert claim_kinds("全村32人被带走。")[32] != "population"  # people of the village, no census


# -- dates ------------------------------------------------------------------------------------------------------------


def test_a_month_written_with_fen_inside_a_sentence_is_a_date() -> None:
    text = "2019年4月3日，合作社召开社员大会。厂房3月份动工以来，已招工60人。"
    assert "2019-03" in date_values(text)
    assert "2019-03" not in date_values("2019年4月3日，合作社召开社员大会。厂房建了3个月。")  # a count of months


# -- people and places ------------------------------------------------------------------------------------------------


def test_an_editor_named_under_the_pages_own_label_is_a_person() -> None:
    people = page_names("本版责任编辑：黄　蕾　　美术编辑：邓小川　　校对：林平", t.PERSON)
    assert {"黄蕾", "邓小川"} <= people
    assert "孙悦" in page_names("本期编辑：孙　悦", t.PERSON)


def test_a_township_after_a_verb_of_coming_from_starts_after_the_verb() -> None:
    places = page_names("两名来自英吾斯坦乡的老人在会上发言。", t.PLACE)
    assert "英吾斯坦乡" in places
    assert not any(p.startswith("来自") for p in places)
