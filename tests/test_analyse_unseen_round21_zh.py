"""Twenty-first round of analysis on Chinese text it was not written for: each test is one class of error a
twenty-first held-out Chinese set (bench/data/extraction/heldout21-zh: a procurement result notice, a cadre
pre-appointment publicity, a regional regulation's excerpt) showed. The sentences are written for these tests;
the people, places and small bodies in them are not the held-out set's (well-known bodies and places appear as
themselves)."""

from habeas.analyse import tables as t
from test_analyse_unseen import cn_names


def _figures(text: str) -> dict[float, tuple[float | None, str]]:
    from habeas.analyse.numbers import chinese_figures

    return {f.value: (f.low, f.unit) for f in chinese_figures(text, [])}


# -- people ------------------------------------------------------------------------------------------


def test_a_surname_the_segmenter_cuts_off_stays_with_its_given_name() -> None:
    assert cn_names("6月3日，谭志强代表村民发言。", t.PERSON) == {"谭志强"}
    assert cn_names("会上，谭志强代表村民发言。", t.PERSON) == {"谭志强"}


def test_an_undotted_name_listed_after_a_dotted_one() -> None:
    text = "工作组在乡里走访了艾尔肯·买买提和阿依努尔两户村民。"
    assert cn_names(text, t.PERSON) == {"艾尔肯·买买提", "阿依努尔"}
    assert cn_names("艾尔肯·买买提和阿克苏地区的干部见面。", t.PERSON) == {"艾尔肯·买买提"}  # a place after 和


# -- places ------------------------------------------------------------------------------------------


def test_a_street_of_an_address_is_no_place() -> None:
    assert cn_names("地址：喀什市解放北路128号", t.PLACE) == {"喀什市"}
    assert "天津" not in cn_names("地址：阿图什市天津南路66号", t.PLACE)  # a street named after a city
    assert "天津" in cn_names("他从天津回到阿图什市。", t.PLACE)


# -- bodies ------------------------------------------------------------------------------------------


def test_a_county_committee_before_its_officials_title() -> None:
    assert "墨玉县委" in cn_names("现任墨玉县委副书记、政法委书记。", t.PUBLIC_BODY, t.ORGANIZATION)
    assert "墨玉县委" in cn_names("墨玉县委召开常委会议。", t.PUBLIC_BODY, t.ORGANIZATION)


def test_a_source_lines_site_keeps_its_whole_name() -> None:
    names = cn_names("发布时间：2019-05-06　来源：中国政府采购网　浏览次数：88", t.ORGANIZATION, t.PUBLIC_BODY)
    assert names == {"中国政府采购网"}


def test_a_congress_standing_committee_written_in_full() -> None:
    names = cn_names("甘肃省人民代表大会常务委员会公告", t.PUBLIC_BODY, t.ORGANIZATION)
    assert names == {"甘肃省人民代表大会常务委员会"}


def test_a_committee_or_office_named_by_one_common_noun_is_a_kind() -> None:
    text = "第八条　街道办事处、村民委员会和居民委员会应当协助公安机关开展工作。"
    assert not cn_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "阿热勒村村民委员会" in cn_names("阿热勒村村民委员会发出通知。", t.ORGANIZATION, t.PUBLIC_BODY)


# -- claims ------------------------------------------------------------------------------------------


def test_a_figure_inside_a_model_number_a_size_or_an_e_mail_counts_nothing() -> None:
    assert set(_figures("防刺背心　FCY-2　500件　320元")) == {500, 320}
    assert set(_figures("集装箱板房　6m×8m　12座")) == {12}
    assert not _figures("电子邮箱：zhaobiao_xj@126.com")


def test_a_spaced_label_a_floor_and_a_postcode_are_no_counts() -> None:
    assert not _figures("邮　　编：844000")
    assert not _figures("地址：喀什市人民路8号友谊大厦12楼")
    assert set(_figures("共建成5栋楼")) == {5}


def test_a_range_bounded_by_above_and_below() -> None:
    assert _figures("处五百元以上二千元以下罚款") == {2000: (500, "元罚款")}
    assert _figures("并处五日以上十日以下拘留") == {10: (5, "日拘留")}


def test_a_count_in_brackets_one_working_day_a_term_and_two_households() -> None:
    assert 3 in _figures("公示时间：5月6日至5月8日（3个工作日）。")
    assert not _figures("（二）有关要求")
    assert 1 in _figures("自公告发布之日起1个工作日。")
    assert 3 in _figures("借调期限3年。")
    assert 2 in _figures("民警走访了两户牧民。")
