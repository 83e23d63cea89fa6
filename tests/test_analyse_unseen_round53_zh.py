"""Chinese shapes the fifty-third Chinese held-out set showed the rules missing (a committee record of Taiwan's
legislature in traditional characters, a forum thread reposting a deleted post, an overseas Chinese newspaper's page
with advertisements); the sentences below are written for these tests, with public bodies as themselves and private
people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import claim_kinds, claim_units, date_values, page_names

# -- figures that count nothing ---------------------------------------------------------------------------------------


def test_an_international_telephone_number_right_after_its_chinese_label_counts_nothing() -> None:
    text = "订票请致电环球旅行社　电话+44 161 496 0321，本月已售出机票85张。"
    assert set(claim_units(text)) == {85}


def test_a_street_number_and_a_postal_code_of_an_address_abroad_count_nothing() -> None:
    text = "协会地址：Kaiserstraße 12, 60311 Frankfurt　去年共接待来访家属64人。"
    assert set(claim_units(text)) == {64}


def test_a_forums_views_and_a_posters_points_are_no_claims() -> None:
    text = "查看: 9,731 | 回复: 88\n发帖人　西湖边的柳\n积分 1,205　帖子 77\n我表哥被关了14个月。\n"
    assert set(claim_units(text)) == {14}


def test_a_rooms_number_is_no_count_but_rooms_counted_are() -> None:
    assert set(claim_units("听证会在行政楼305会议室举行，到场旁听者约60人。")) == {60}
    assert 3 in claim_units("该中心共有3间会议室。")


def test_a_lone_financial_digit_in_a_word_is_no_figure() -> None:
    assert set(claim_units("在陆台商普遍担心，约有12家工厂受到影响。")) == {12}
    assert 3500 in claim_units("租金叁仟伍佰元整。")


# -- figures that count ----------------------------------------------------------------------------------------------


def test_years_of_the_last_few_and_of_these_few_are_counted() -> None:
    assert 5 in claim_units("近5年共有3宗庇护申请。")
    assert 8 in claim_units("我们一家人分开的这八年")
    assert set(claim_units("这一年他被带走。")) == set()


def test_twice_is_a_count_where_once_is_an_article() -> None:
    assert 2 in claim_units("出狱后她每月要到派出所签到两次。")
    assert set(claim_units("他只去过一次。")) == set()


# -- what the figures count -------------------------------------------------------------------------------------------


def test_a_sentence_in_traditional_characters_is_read_for_its_kind_of_count() -> None:
    kinds = claim_kinds("據研究者估計，當年被關押於所謂「教育培訓中心」者逾五十萬人。")
    assert kinds[500000] == "people sent to camps"


def test_people_taken_away_are_people_detained() -> None:
    assert claim_kinds("那一个月村里被带走的有八十多人。")[80] == "people detained"


# -- dates ------------------------------------------------------------------------------------------------------------


def test_a_date_in_the_republics_years_is_on_the_western_timeline_and_its_era_is_no_place() -> None:
    text = "會議時間：中華民國109年11月4日（星期三）上午10時\n民國38年遷臺後，該會於110年6月8日改組。"
    assert {"2020-11-04", "1949", "2021-06-08"} <= date_values(text)
    assert not any("民国" in p for p in page_names(text, t.PLACE))


def test_a_timelines_year_and_month_with_a_dot_at_a_lines_start_is_a_date() -> None:
    text = "她托人带话说：\n· 2017.09　哥哥被带走\n· 2019.04　哥哥被判了7年\n版本2.03已发布。\n"
    assert {"2017-09", "2019-04"} <= date_values(text)


# -- people -----------------------------------------------------------------------------------------------------------


def test_a_speaker_named_around_the_title_of_a_legislatures_record_is_the_person() -> None:
    text = (
        "列席官員　勞動部部長　孫國強\n"
        "出席委員　張立民　周　平　葉志明\n"
        "主　　席　葉召集委員志明\n"
        "周委員平：（10時5分）部長好。\n"
        "孫部長國強：委員好。\n"
        "王主任說：好的。\n"
        "附錄　張委員立民書面質詢\n"
    )
    people = page_names(text, t.PERSON)
    assert {"孙国强", "周平", "叶志明", "张立民"} <= people
    assert not any("委员" in p or "部长" in p for p in people)
    assert "王说" not in people


def test_a_title_after_a_count_of_people_is_no_title_before_a_name() -> None:
    assert not page_names("提案已有27位委員連署，12名代表反对。", t.PERSON)


def test_forum_net_names_name_no_one_and_no_place() -> None:
    text = (
        "3楼\n东京的樱花　发表于 5小时前\n说得对。\n"
        "4楼\n楼主  南京的老周  发表于 4小时前\n回复@东京的樱花：谢谢。—— 南京的老周\n"
        "本版版主：大漠孤烟　白杨树\n"
        "我妹妹阿依努尔·卡德尔2018年在喀什被带走。\n"
    )
    assert page_names(text, t.PERSON) == {"阿依努尔·卡德尔"}
    places = page_names(text, t.PLACE)
    assert not any(p in places for p in ("东京", "Tokyo", "南京", "Nanjing"))


def test_a_long_transcription_before_one_latin_name_in_brackets_is_one_person() -> None:
    people = page_names("该公司亚洲区总裁施特伦贝格尔（Markus Strömberger）周一表示将暂停订单。", t.PERSON)
    assert "施特伦贝格尔" in people


# -- bodies and places ------------------------------------------------------------------------------------------------


def test_a_body_named_before_its_heads_post_is_the_body() -> None:
    text = "列席官員　交通部公路局局長　林文華\n　　　　　衛生福利部疾病管制署副署長　何明德\n"
    bodies = page_names(text, *(t.ORGANIZATION, t.PUBLIC_BODY))
    assert {"交通部公路局", "卫生福利部疾病管制署"} <= bodies
    assert not page_names("会议由公安厅厅长主持，各县公安局局长参加。", t.PUBLIC_BODY) & {"会议由公安厅", "各县公安局"}


def test_a_mission_named_by_its_seat_alone_is_the_mission() -> None:
    bodies = page_names("本部已透過駐布魯塞爾辦事處向歐盟表達關切。", t.ORGANIZATION, t.PUBLIC_BODY)
    assert "驻布鲁塞尔办事处" in bodies


def test_a_committee_named_by_two_subjects_joined_is_one_body() -> None:
    text = "本院財政及經濟委員會今日審查預算。\n第7會期社會福利及衛生環境委員會第2次全體委員會議"
    bodies = page_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"财政及经济委员会", "社会福利及卫生环境委员会"} <= bodies


def test_a_compass_heading_a_currency_after_its_figure_are_no_places() -> None:
    text = "从县城往西北走二十公里就是检查站。\n特价机票：法兰克福—乌鲁木齐，含税720欧起。"
    places = page_names(text, t.PLACE)
    assert "西北" not in places and "欧起" not in places


def test_a_restaurant_named_in_its_advertisement_is_an_organisation() -> None:
    assert "福满楼酒家" in page_names("【福满楼酒家】诚聘厨师1名，月薪2,000欧元。", t.ORGANIZATION)


def test_a_division_in_a_chain_of_posts_is_no_body_before_its_head() -> None:
    text = "现任喀什地区中级人民法院审判委员会委员、执行局局长，拟任县人民法院院长。"
    assert "执行局" not in page_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
