"""Twenty-second round of analysis on Chinese text it was not written for: each test is one class of error a
twenty-second held-out Chinese set (bench/data/extraction/heldout22-zh: a county discipline commission's
bulletin of cases, a state-media interview with a training-centre graduate, a diaspora group's post series on
missing relatives) showed. The sentences are written for these tests; the people, places and small bodies in
them are not the held-out set's (well-known bodies and places appear as themselves)."""

from habeas.analyse import tables as t
from habeas.analyse.numbers import chinese_figures
from test_analyse_unseen import cn_names


def _values(text: str) -> list[float]:
    return [f.value for f in chinese_figures(text, [])]


# -- people ------------------------------------------------------------------------------------------


def test_a_display_name_between_a_handle_and_the_posts_time() -> None:
    page = "@sayra_0417　萨依拉　2020年3月2日 10:15\n我的弟弟在哪里？\n@nur_dc　努尔兰别克　5小时前\n求转发。"
    assert cn_names(page, t.PERSON) == {"萨依拉", "努尔兰别克"}
    assert not cn_names("@kashgar_news　新闻速递　2020年3月2日 10:15", t.PERSON)  # a name of no person


def test_a_name_after_a_wider_family_word() -> None:
    text = "我的舅妈热比古丽和姑姑阿娜尔汗至今下落不明。"
    assert cn_names(text, t.PERSON) == {"热比古丽", "阿娜尔汗"}


def test_a_name_after_a_managers_post() -> None:
    assert cn_names("销售经理周红霞介绍，订单已排到年底。", t.PERSON) == {"周红霞"}
    assert cn_names("项目经理柳青松表示，工期还有两个月。", t.PERSON) == {"柳青松"}


def test_a_given_name_alone_right_after_a_day() -> None:
    text = "他的女儿阿孜古丽·肉孜在乌鲁木齐上学，2019年6月9日阿孜古丽失去联系。"
    names = cn_names(text, t.PERSON)
    assert "阿孜古丽" in names and "古丽" not in names


# -- bodies ------------------------------------------------------------------------------------------


def test_a_company_in_a_zone_is_named_from_its_own_place() -> None:
    text = "他在库尔勒经济技术开发区库尔勒恒信棉纺有限公司上班。"
    bodies = cn_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "库尔勒恒信棉纺有限公司" in bodies
    assert not any(name.startswith("库尔勒经济技术开发区") for name in bodies)


def test_a_police_station_whose_first_character_reads_as_a_short_form() -> None:
    text = "县公安局英巴格派出所所长到场处置。"
    assert cn_names(text, t.PUBLIC_BODY) == {"县公安局英巴格派出所"}


# -- places ------------------------------------------------------------------------------------------


def test_every_township_of_a_county_is_no_place() -> None:
    text = "来自疏附县各乡镇的二百名干部参加培训。"
    assert cn_names(text, t.PLACE) == {"疏附县"}


# -- claims ------------------------------------------------------------------------------------------


def test_a_handles_digits_and_a_posts_counters_are_no_figures() -> None:
    page = "@tursun_1985　2021年5月1日 08:30\n我父亲被关押了三年。\n转发 56　｜　点赞 230　｜　评论 19"
    assert _values(page) == [3]


def test_a_posts_age_is_no_figure() -> None:
    assert _values("@aygul_k　阿依古丽　4小时前") == []
    assert _values("共有4小时的课程。") == [4]  # hours counted


def test_a_telephone_number_before_its_word_is_no_figure() -> None:
    assert _values("群众可拨打或通过12345热线、12388举报电话反映问题。") == []
    assert _values("设立3部举报电话。") == [3]  # telephones counted


def test_years_without_something_after_already() -> None:
    assert _values("她已经四年没有见到儿子了。") == [4]
    assert _values("我已经六年多联系不上父母。") == [6]
    assert _values("他已经四年了。") == []  # no negation: no duration here


def test_the_years_of_a_sentence_after_bei_pan() -> None:
    assert _values("听说哥哥被判了12年。") == [12]
