"""Chinese shapes the forty-third held-out set's first run missed, each written here in other sentences: a
standing committee's appointment list (one person a line under a heading that names the act), a police record's
labels and signatures (a spaced name after 讯问人, a signature's bracket, an approval signed after the opinion),
a court's own committees in a post, a scan's OCR (thousands set off by a space, 曰 read for 日), a count of one
beside another ("辖1市3县"), years as a rule's bound, an office's short form after its level, a village whose name
the segmenter reads across its level (木村), Latin apps listed before a word of likeness, a verb phrase the
dictionary holds as a body's name and a police station named after its bureau and then alone. Public bodies and
places are themselves; every person is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, cn_names, names, values

# -- people -------------------------------------------------------------------------------------------------


def test_each_line_under_an_appointment_heading_opens_with_the_person() -> None:
    text = (
        "一、决定任命：\n"
        "郑永福为岳普湖县财政局局长；\n"
        "二、免去：\n"
        "何立新的岳普湖县审计局局长职务；\n"
        "覃晓光的县人民法院审判员职务。\n"
        "\n"
        "何立新同志另有任用。"
    )
    assert {"郑永福", "何立新", "覃晓光"} <= cn_names(text, t.PERSON)


def test_a_line_after_the_list_is_read_as_it_stands() -> None:
    # the blank line ends the list: a sentence after it opens with no one appointed
    text = "三、免去：\n陈国栋的县水利局局长职务。\n\n财政预算为本年度工作重点。"
    found = cn_names(text, t.PERSON)
    assert "陈国栋" in found and "财政预" not in found


def test_a_police_records_labels_and_signatures_name_their_signers() -> None:
    text = (
        "询问人（签名） 韦 东、买买提江·艾海提　　工作单位  伽师县公安局夏普吐勒派出所\n"
        "询问人：韦 东　买买提江·艾海提\n"
        "派出所教导员（签字）：蒙家辉　　2019.3.2\n"
        "县公安局法制大队意见：同意。　　苏 锐　　2019.3.4"
    )
    assert {"韦东", "蒙家辉", "苏锐", "买买提江·艾海提"} <= names(analyse(text), t.PERSON)


def test_a_blank_signature_line_names_no_one() -> None:
    text = "本人签名：              ）\n询问人（签名）        工作单位  某某派出所"
    assert not cn_names(text, t.PERSON)


# -- bodies -------------------------------------------------------------------------------------------------


def test_a_courts_or_procuratorates_own_committee_in_a_post_is_no_body() -> None:
    text = "冉光明为疏附县人民法院副院长、审判委员会委员；丁秀珍为疏附县人民检察院检察委员会委员。"
    found = cn_names(text, *BODIES)
    assert "审判委员会" not in found and "检察委员会" not in found
    assert "疏附县人民法院" in found


def test_an_offices_short_form_after_its_level_is_a_body() -> None:
    text = "抄送：地区防控办，县委。\n请于月底前报县防控办备案。"
    assert {"地区防控办", "县防控办"} <= cn_names(text, *BODIES)


def test_a_verb_before_ban_or_a_level_inside_a_word_makes_no_office() -> None:
    text = "县城举办了招聘会，市里承办，由市委主办，全区督办。"
    assert not {name for name in cn_names(text, *BODIES) if name.endswith("办")}


def test_latin_apps_listed_before_a_word_of_likeness_are_platforms() -> None:
    text = "民警查看了他手机里的Signal、Viber这样的软件，还有Line等通讯软件。"
    assert {"Signal", "Viber", "Line"} <= cn_names(text, *BODIES)


def test_a_verb_phrase_the_dictionary_holds_as_a_body_is_none() -> None:
    text = "毕业生由县人社局统一安排到园区就业，国家机关工作人员另行安排。"
    found = cn_names(text, *BODIES)
    assert "统一安排" not in found and "国家机关" not in found and "县人社局" in found


def test_a_police_station_named_after_its_bureau_and_then_alone_is_one_body() -> None:
    text = "被询问人在伽师县公安局托格拉克派出所接受询问。\n托格拉克派出所所长（签字）：蒙家辉"
    stations = {m.canonical for m in analyse(text).mentions if m.name.endswith("派出所")}
    assert stations == {"伽师县公安局托格拉克派出所"}


# -- places -------------------------------------------------------------------------------------------------


def test_a_village_after_its_township_though_the_segmenter_reads_mucun() -> None:
    text = "据乌尊乡喀拉木村村民反映，住托万乡阿克塔木村的两户已搬迁。"
    found = cn_names(text, t.PLACE)
    assert {"喀拉木村", "阿克塔木村"} <= found


# -- figures ------------------------------------------------------------------------------------------------


def test_thousands_set_off_by_a_space_are_one_figure() -> None:
    r = analyse("截至6月底，全市3个中心共有学员5 146人，其中甲中心1 038人，另有家属2 205名申请探视。")
    assert {5146, 1038, 2205} <= values(r)
    assert not {146, 38, 205} & values(r)


def test_cells_of_a_row_set_apart_by_spaces_stay_cells() -> None:
    r = analyse("乡镇 应收 已收\n甲乡 120 345\n合计 465人")
    assert 120345 not in values(r)


def test_a_day_ocr_read_as_yue_is_a_date_no_count() -> None:
    r = analyse("截至2019年6月30曰，全镇共有学员412人。\n某某办公室  2019年7月 2 曰印发")
    assert values(r) == {412}
    assert {d.value for d in r.dates} >= {"2019-06-30", "2019-07-02"}


def test_one_beside_another_count_counts() -> None:
    r = analyse("该地区辖1市7县，全县辖1个镇、5个乡。")
    assert {1, 7, 5} <= values(r)
    assert sum(1 for c in r.claims if c.value == 1) == 2


def test_years_a_rule_sets_as_a_bound_are_counted() -> None:
    r = analyse("安置后须在企业连续工作不少于2年，试用期不超过两年，至少1年后方可调动。")
    assert {2, 1} <= values(r)


def test_a_deadline_by_a_year_is_no_count_of_years() -> None:
    r = analyse("请于不超过2020年底前完成。")
    assert 2020 not in values(r)
