"""Chinese errors shown by a fifteenth round of real pages read outside the project (a corps' statistical
bulletin, a listed company's annual report as a PDF's text, a textile federation's decision listing the winners
of an award, a prefecture committee's meeting report, a congress's party group meeting, a forum thread, a
personal blog post, a journal article's header, a bookshop's page on a gazetteer, companies' news items on
cotton, an overseas report on the UN's assessment); the sentences below are written for these tests, with
public bodies and places as themselves and everyone else and every figure invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse


def _names(text: str, *types: str) -> set[str]:
    return {m.name for m in analyse(text).mentions if m.type in types}


def _claims(text: str) -> list[tuple[float, str]]:
    return [(c.value, c.unit) for c in analyse(text).claims]


def test_figures_grouped_by_commas_with_a_decimal_part() -> None:
    # an annual report's amounts in 万元 with thousands commas and a decimal part: one figure each, not the
    # digits before the comma as a count of their own
    text = "该公司本年度实现净利润3,418.26万元,年末未分配利润-12,604.55万元,应付款项28,731.40元。"
    values = [v for v, _ in _claims(text)]
    assert values == [34_182_600.0, 126_045_500.0, 28_731.40]


def test_a_pages_running_head_over_the_pages_is_no_claim() -> None:
    # a report converted from a PDF: "3 / 154" on a line of its own is the page over the pages, no count
    text = "某某农业股份有限公司\n2019 年年度报告\n3 / 154\n公司共有在职员工1250人。\n4 / 154\n"
    assert [v for v, _ in _claims(text)] == [1250.0]


def test_a_rank_in_a_list_of_the_largest_is_no_claim() -> None:
    # "进入世界500强": a place among the top five hundred, no count; the jobs beside it still count
    text = "某某集团进入世界500强,今年带动当地3000人就业。"
    assert [v for v, _ in _claims(text)] == [3000.0]


def test_the_base_of_an_index_or_a_ratio_is_no_claim() -> None:
    # a statistical bulletin's sex ratio "以女性为100" and a price index "以上年为100": the base, no count
    text = (
        "年末总人口性别比(以女性为100,即每百名女性对应的男性数)为104.2。"
        "以上年为100,价格指数为101.8。全年新增就业1.2万人。"
    )
    assert [v for v, _ in _claims(text)] == [12_000.0]


def test_a_word_of_tenure_opens_no_bodys_name() -> None:
    # "现任北京大学…研究员": when she holds the post, then the university; the word is no part of its name
    text = "某某，女，1970年生。曾任新疆大学教授，现任北京大学历史学系研究员，时任清华大学讲师。"
    bodies = _names(text, t.ORGANIZATION)
    assert not any(b.startswith(("现任", "时任", "曾任")) for b in bodies)
    assert {"新疆大学", "清华大学"} <= bodies


def test_a_rank_by_size_before_a_kind_of_company_names_no_body() -> None:
    # "是第二大汽车运输公司": the second-largest transport company, a description, no company's name
    assert not _names("我们的公司在荷兰应该是第二大汽车运输公司。", t.ORGANIZATION)


def test_a_work_in_angle_brackets_is_no_place() -> None:
    # a forum's post types a film's title in angle brackets for book-title marks: a title, no place
    assert not _names("十年前看<卧虎藏龙>,特别喜欢里面的一句台词。", t.PLACE)


def test_a_word_after_an_adverb_of_degree_is_no_name() -> None:
    # "内容基本雷同": alike, the predicate after 基本; the dictionary tags 雷同 as a name
    assert not _names("各家题解的内容基本雷同,多为转抄。", t.PERSON)


def test_a_district_between_a_city_and_its_level_is_a_place() -> None:
    # "江苏省苏州市吴江区": the district, which the segmenter guesses as a person with 区 cut off
    text = "授予江苏省苏州市吴江区某某镇人民政府等3家单位示范奖。"
    assert "吴江区" in _names(text, t.PLACE)
    assert not _names(text, t.PERSON)


def test_earlier_years_are_no_year_before_last() -> None:
    # "以前年度亏损": losses of earlier years, not 前年 (the year before last) read from the page's date
    text = "2021年3月22日\n公司以前年度亏损未弥补前不计提盈余公积。"
    assert [d.value for d in analyse(text).dates] == ["2021-03-22"]


def test_a_quoted_posts_number_in_a_forum_is_no_claim() -> None:
    # a forum thread quoting an earlier post: "Post by 某人;1234567" names the post by its number, no count
    text = "回复: 新疆\n\nPost by desert_fox;1234567\n那里有300多个团场。\n"
    assert [v for v, _ in _claims(text)] == [300.0]
