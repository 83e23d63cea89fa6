"""Twenty-eighth round of analysis on Chinese text it was not written for: each test is one class of error a
twenty-eighth held-out Chinese set (bench/data/extraction/heldout28-zh: a foreign ministry's press briefing, a county's
statistical communiqué, a company's record on a credit registry) showed. The sentences are written for these tests; the
people, places and small bodies in them are not the held-out set's (well-known bodies and places appear as
themselves)."""

from habeas.analyse import tables as t
from habeas.analyse.claim_kinds import POPULATION, claim_kind
from test_analyse_unseen import BODIES, analyse, cn_names

# -- people ------------------------------------------------------------------------------------------


def test_a_han_name_alone_in_a_registry_cell_before_a_post_is_a_person() -> None:
    # the segmenter reads the given name as a word (孙|建平); the next cell's post or shareholder's kind says who
    rows = "1　罗建平　监事\n2　罗建平　自然人股东　300　15%"
    assert cn_names(rows, t.PERSON) == {"罗建平"}
    assert cn_names("1　县人民政府　负责人", t.PERSON) == set()


# -- bodies ------------------------------------------------------------------------------------------


def test_a_statistics_bureaus_survey_team_named_by_its_place_is_one_body() -> None:
    text = "来源：国家统计局阿勒泰调查队、阿勒泰市统计局联合发布。"
    assert "国家统计局阿勒泰调查队" in cn_names(text, *BODIES)
    assert "国家统计局" not in cn_names(text, *BODIES)


def test_organise_before_an_aspect_particle_is_the_verb_not_a_bodys_head() -> None:
    text = "兵团第七师在塔城地区组织了大规模义诊，乡里也组织开展了培训。"
    assert not any("组织" in name for name in cn_names(text, *BODIES))


# -- places ------------------------------------------------------------------------------------------


def test_unlisted_in_a_companys_type_is_no_place() -> None:
    assert cn_names("类型：股份有限公司(非上市、国有控股)", t.PLACE) == set()


# -- claims ------------------------------------------------------------------------------------------


def test_a_registration_number_and_a_listings_record_counter_are_no_claims() -> None:
    text = "对外投资信息　共2条\n1　阿勒泰某某商贸有限公司　注册号：654301000098765\n违规信息共1350条。"
    assert [c.value for c in analyse(text).claims] == [1350]


def test_a_bare_cell_takes_the_scale_its_columns_head_names() -> None:
    table = (
        "序号　股东名称　认缴出资额（万元）　出资比例\n1　某某投资有限公司　2500　25%\n2　某某集团有限公司　7500　75%"
    )
    assert sorted(c.value for c in analyse(table).claims) == [25, 75, 25_000_000, 75_000_000]


def test_pages_after_a_word_of_extent_and_the_past_years_are_counts() -> None:
    values = [c.value for c in analyse("这份长达86页的报告说，过去八年当地修建了420公里公路。").claims]
    assert sorted(values) == [8, 86, 420]
    assert [c.value for c in analyse("详见报告第86页。过去一年，全县经济平稳。").claims] == []


def test_the_three_sectors_of_the_economy_are_no_count() -> None:
    assert [c.value for c in analyse("全县三次产业结构调整为30.1:20.5:49.4。").claims] == []


def test_the_people_of_all_ethnic_groups_counted_right_after_are_a_population() -> None:
    sentence = "这一说法无视了阿勒泰地区各族群众67万人的意愿。"
    assert claim_kind("万人", "67", sentence) == POPULATION


def test_a_label_after_a_kind_of_business_is_no_company() -> None:
    # a registry's lines run together: the count's 人 qualifies 企业, and the label after it is no company's name
    text = "从业人数：86人企业通信地址：阿勒泰市解放路9号"
    assert cn_names(text, *BODIES) == set()


def test_as_long_as_before_a_figure_is_no_place() -> None:
    # the dictionary holds 长达 as a place; the segmenter's model reads it so again before digits
    assert cn_names("这本书长达640页，写了十年。", t.PLACE) == set()
