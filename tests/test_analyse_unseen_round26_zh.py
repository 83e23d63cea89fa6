"""Twenty-sixth round of analysis on Chinese text it was not written for: each test is one class of error a
twenty-sixth held-out Chinese set (bench/data/extraction/heldout26-zh: a prefecture's government work report, a
county media centre's WeChat post, a listed company's clarification announcement) showed. The sentences are
written for these tests; the people, places and small bodies in them are not the held-out set's (well-known
bodies and places appear as themselves)."""

from habeas.analyse import tables as t
from habeas.analyse.dates import chinese_dates
from habeas.analyse.numbers import parse_chinese_number
from test_analyse_unseen import analyse, cn_names

# -- bodies ------------------------------------------------------------------------------------------


def test_a_list_closed_by_deng_is_no_organ_of_the_body_before_it() -> None:
    text = "法新社等外媒援引英国皇家国际事务研究所的报告称，当地工厂存在问题。"
    bodies = cn_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"法新社", "英国皇家国际事务研究所"} <= bodies
    assert not any("等" in name for name in bodies)


def test_a_verbal_noun_after_a_kind_of_business_is_what_it_did() -> None:
    bodies = cn_names("经企业调查，未发现违规用工情况。", t.ORGANIZATION, t.PUBLIC_BODY)
    assert "调查" not in bodies


def test_a_stock_short_name_is_the_listed_company_named_in_full() -> None:
    text = (
        "证券代码：600321　　证券简称：华丝股份　　公告编号：2022-031\n"
        "江苏华丝纺织股份有限公司关于媒体报道的澄清公告\n特此公告。"
    )
    result = analyse(text)
    short = [m for m in result.mentions if m.name == "华丝股份"]
    assert short and all(m.type == t.ORGANIZATION for m in short)
    assert {m.canonical for m in short} == {"江苏华丝纺织股份有限公司"}


def test_an_office_and_a_procuratorate_by_their_usual_short_forms_are_one_body() -> None:
    text = (
        "塔城地区行政公署专员在会上讲话。我代表地区行政公署报告工作，地区行署各部门认真落实。"
        "裕民县人民检察院组织宣讲，县检察院干部入户走访。"
    )
    result = analyse(text)
    bodies = {m.name: m.canonical for m in result.mentions if m.type in (t.ORGANIZATION, t.PUBLIC_BODY)}
    assert bodies["地区行署"] == bodies["地区行政公署"] == "塔城地区行政公署"
    assert bodies["县检察院"] == "裕民县人民检察院"


def test_a_public_accounts_name_before_its_posting_time_on_the_first_line_is_a_medium() -> None:
    text = "平安伽师　2020-06-02 18:45\n\n种植技术培训班开班\n\n来源：伽师县融媒体中心\n学员们认真听讲。"
    assert "平安伽师" in cn_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert cn_names("更新时间　2020-06-02 18:45\n学员们认真听讲。", t.ORGANIZATION, t.PUBLIC_BODY) == set()


def test_a_website_listed_after_a_paper_in_book_title_marks_is_a_medium() -> None:
    text = "公司指定的信息披露媒体为《上海证券报》和华讯财经网（www.example.com），敬请投资者注意。"
    assert {"上海证券报", "华讯财经网"} <= cn_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert cn_names("依据《中华人民共和国网络安全法》和互联网管理规定。", t.ORGANIZATION) == set()


# -- places ------------------------------------------------------------------------------------------


def test_a_towns_old_quarter_is_a_kind_of_place() -> None:
    places = cn_names("伊宁市和霍城县推进老城区改造，旧城区道路全部拓宽。", t.PLACE)
    assert places == {"伊宁市", "霍城县"}


# -- claims ------------------------------------------------------------------------------------------


def test_a_decimal_times_a_hundred_million_is_exact() -> None:
    assert parse_chinese_number("1302.6亿") == 130_260_000_000
    assert parse_chinese_number("57.3亿") == 5_730_000_000
    assert parse_chinese_number("1.36万") == 13_600


def test_years_a_state_has_already_lasted_at_its_clauses_end_are_a_duration() -> None:
    result = analyse("李建军和他结对已经三年，每个月都来看望。她在纺织厂工作已两年多了。")
    assert sorted(c.value for c in result.claims) == [2, 3]
    assert analyse("现在已经2020年了。").claims == []


# -- dates -------------------------------------------------------------------------------------------


def test_a_day_without_its_year_before_a_signature_of_a_later_year_takes_the_signatures() -> None:
    text = (
        "截至2021年6月30日，公司共有员工900人。\n"
        "公司总经理已于5月12日赴喀什子公司了解情况。\n"
        "特此公告。\n某某股份有限公司董事会\n2022年5月14日"
    )
    days = {d.text: d.value for d in chinese_dates(text)}
    assert days["5月12日"] == "2022-05-12"


def test_a_day_in_a_paragraph_with_its_own_full_date_keeps_that_year() -> None:
    text = "2021年3月2日，工作组进村。3月8日，工作组离开。\n某某乡人民政府\n2022年1月5日"
    days = {d.text: d.value for d in chinese_dates(text)}
    assert days["3月8日"] == "2021-03-08"
