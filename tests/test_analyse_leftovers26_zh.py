"""Chinese shapes earlier rounds left alone: ages, detention days and years of an act in a row written in Chinese
numerals or with the act's verb; a day alone in Chinese numerals, and a day alone after a month dated without
its day; a body's short form after its full name (黄委, 国侨办); a ministry's bureau; a place's word inside a
transcribed name; a village's party branch under a long transcribed name; a company's name the dictionary reads
as an ordinary word, after the company's full name or before 等 and a kind of company. The sentences are written
for these tests, with public bodies and places as themselves and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names

BODIES = (t.ORGANIZATION, t.PUBLIC_BODY)


def _claims(text: str) -> set[tuple[float, str]]:
    return {(c.value, c.unit) for c in analyse(text).claims}


def _dates(text: str) -> list[str]:
    return [m.name for m in analyse(text).mentions if m.type == t.DATE]


def _bodies(text: str) -> dict[str, str]:
    """Each body's name as written and the name it is known by."""
    return {m.name: m.canonical or m.name for m in analyse(text).mentions if m.type in BODIES}


# -- ages, prison terms and durations: a count with its unit, in digits or in Chinese numerals ------------------


def test_an_age_and_a_detentions_days_in_chinese_numerals_are_counts_with_their_unit() -> None:
    assert _claims("被告人买合木提·阿不都，男，时年三十七岁，维吾尔族。") == {(37, "岁")}
    assert _claims("该男子因扰乱公共秩序被行政拘留十五日。") == {(15, "日")}
    assert _claims("被告人王建军时年45岁，被判处有期徒刑十年，剥夺政治权利三年。") == {
        (45, "岁"),
        (10, "年"),
        (3, "年"),
    }


def test_years_of_an_act_done_in_a_row_are_a_duration() -> None:
    assert _claims("女工古丽娜·艾山在该厂连续工作3年未休假。") == {(3, "年")}
    assert _claims("申请人须在本市连续居住五年。") == {(5, "年")}


def test_one_day_in_numerals_or_a_child_of_one_is_no_count() -> None:
    assert not _claims("一岁的孩子由奶奶照看。他一日三餐都在食堂。")


# -- days in Chinese numerals ----------------------------------------------------------------------------------


def test_a_day_alone_in_chinese_numerals_below_a_date_line_is_that_months_day() -> None:
    assert _dates("2019年6月3日　来源：天山网\n七日，自治区召开防汛工作会议。") == ["2019-06-03", "2019-06-07"]
    wire = "新华社乌鲁木齐2019年6月13日电\n自治区公安厅七日发布公告，通报了有关情况。"
    assert _dates(wire) == ["2019-06-13", "2019-06-07"]


def test_a_day_alone_after_a_month_dated_without_its_day_is_that_months_day() -> None:
    assert _dates("2019年6月，县里开展专项行动。十三日，县公安局通报了情况。") == ["2019-06", "2019-06-13"]
    assert _dates("2019年6月3日，开展行动。2019年7月，再次部署。5日，县里通报。") == [
        "2019-06-03",
        "2019-07",
        "2019-07-05",
    ]


def test_a_date_in_chinese_numerals_after_this_year_takes_the_pages_year() -> None:
    assert _dates("2019年3月5日　来源：天山网\n今年六月十三日，该村召开村民大会。") == ["2019-03-05", "2019-06-13"]
    assert _dates("二〇一九年六月十三日，县人民法院公开开庭审理此案。") == ["2019-06-13"]


def test_days_in_numerals_that_count_or_name_no_day_are_no_dates() -> None:
    text = "2019年6月1日，县里开会。他在医院住了七日。一日，他去了县城。第七日复查。七日内完成整改。"
    assert _dates(text) == ["2019-06-01"]
    assert _dates("2019年6月1日，县里开会。该男子被拘留十日，罚款五百元。") == ["2019-06-01"]
    assert _dates("2019年6月，行动开始。31日，行动结束。") == ["2019-06", "31日"]  # no 31 June: undated


# -- bodies --------------------------------------------------------------------------------------------------


def test_a_bodys_short_form_after_its_full_name_is_the_same_body() -> None:
    found = _bodies("水利部黄河水利委员会近日召开会议。黄委主任在会上强调，要做好防汛工作。")
    assert found["黄委"] == found["水利部黄河水利委员会"]
    assert not names(analyse("水利部黄河水利委员会近日召开会议。黄委主任在会上强调。"), t.PERSON)
    found = _bodies("国务院侨务办公室发布通知。国侨办要求各地抓好落实。")
    assert found["国侨办"] == "国务院侨务办公室"


def test_an_ordinary_word_or_a_short_form_written_out_in_the_name_is_no_short_form() -> None:
    found = _bodies("自治区党委政法委员会召开会议。县委书记出席，村党委作了发言。")
    assert "自治区党委政法委员会" in found
    assert set(found.values()) <= {"自治区党委政法委员会", "县委", "村党委"}
    assert not any(v == "自治区党委政法委员会" for k, v in found.items() if k != "自治区党委政法委员会")


def test_a_ministrys_bureau_named_after_it_is_one_body() -> None:
    assert set(_bodies("公安部治安管理局有关负责人介绍了情况。")) == {"公安部治安管理局"}
    found = set(_bodies("教育部高等教育司、外交部领事司和民政部社会事务司联合发文。"))
    assert found == {"教育部高等教育司", "外交部领事司", "民政部社会事务司"}


def test_a_ministry_before_a_verb_keeps_its_name() -> None:
    assert set(_bodies("公安部表彰交通管理局。")) == {"公安部"}
    assert set(_bodies("外交部发言人答记者问。")) == {"外交部"}


def test_a_village_party_branch_under_a_long_transcribed_name_is_whole() -> None:
    assert set(_bodies("会议由阿亚格曼干村党支部主持。")) == {"阿亚格曼干村党支部"}
    full = "喀什地区疏附县托克扎克镇阿亚格曼干村党支部"
    assert set(_bodies(f"{full}书记主持会议。")) == {full}


def test_a_companys_name_the_dictionary_reads_as_a_word_is_the_company_after_its_full_name() -> None:
    found = _bodies("联邦快递公司在广州设立亚太转运中心。联邦快递表示将继续投资。")
    assert found["联邦快递"] == "联邦快递公司"


def test_a_companys_name_the_dictionary_reads_as_a_word_before_a_kind_of_company_is_the_company() -> None:
    assert set(_bodies("联邦快递等快递公司表示将上调运费。")) == {"联邦快递"}
    assert not _bodies("人事安排等工作已经完成，银行等金融机构也表示支持。")
    assert not set(_bodies("党和政府等机构高度重视。律师事务所提供法律咨询等服务的机构。")) - {"律师事务所"}


# -- a place's word inside a transcribed name ------------------------------------------------------------------


def test_a_place_read_inside_a_transcribed_name_is_no_place() -> None:
    result = analyse("村党支部书记吐尔逊·甘泉江主持会议。")
    assert names(result, t.PERSON) == {"吐尔逊·甘泉江"}
    assert not names(result, t.PLACE)
    result = analyse("农民阿不都·和田江在会上发言。")
    assert names(result, t.PERSON) == {"阿不都·和田江"}
    assert not names(result, t.PLACE)


def test_places_joined_by_a_dot_stay_places() -> None:
    result = analyse("从乌鲁木齐·喀什出发。")
    assert not names(result, t.PERSON)
    assert len(names(result, t.PLACE)) == 2
