"""Twenty-fourth round of analysis on Chinese text it was not written for: each test is one class of error a
twenty-fourth held-out Chinese set (bench/data/extraction/heldout24-zh: a county police bureau's recruitment
notice for auxiliary police, an overseas radio report on a detained family, a township's annual work summary)
showed. The sentences are written for these tests; the people, places and small bodies in them are not the
held-out set's (well-known bodies and places appear as themselves)."""

from habeas.analyse import claim_kinds as k
from habeas.analyse import tables as t
from habeas.analyse.dates import chinese_dates
from habeas.analyse.numbers import chinese_figures
from test_analyse_unseen import cn_names

# -- people ------------------------------------------------------------------------------------------


def test_a_places_level_is_no_given_name() -> None:
    people = cn_names("驻村干部分片包村、包户，副镇长王海燕负责东片。", t.PERSON)
    assert people == {"王海燕"}


def test_a_names_first_syllable_after_a_lists_conjunction_is_the_names() -> None:
    people = cn_names("副镇长张丽和如克亚·艾买提入户走访。", t.PERSON)
    assert people == {"张丽", "如克亚·艾买提"}
    assert cn_names("他们和在场的阿依古丽·吐尔逊交谈。", t.PERSON) == {"阿依古丽·吐尔逊"}


def test_an_editors_pen_name_after_the_label_is_a_person() -> None:
    assert cn_names("编辑：陈静　　网编：若溪", t.PERSON) == {"陈静", "若溪"}
    assert not cn_names("编辑：天山网　　校对：本报", t.PERSON)


# -- bodies ------------------------------------------------------------------------------------------


def test_a_townships_police_station_alone_in_a_tables_cell_is_named_whole() -> None:
    text = (
        "岗位　　单位　　人数\n"
        "巡逻辅警　　阔什艾日克乡派出所　　15\n"
        "便民警务站辅警　　英巴格镇便民警务站　　8\n"
        "巡逻辅警　　各乡镇派出所　　40\n"
    )
    bodies = cn_names(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"阔什艾日克乡派出所", "英巴格镇便民警务站"} <= bodies
    assert not {b for b in bodies if b.startswith("各") or b.startswith("乡镇")}


def test_a_township_named_with_a_function_character_inside_and_its_station() -> None:
    text = "他家住皮山县科克于孜乡。记者致电科克于孜乡派出所，无人接听。"
    assert "科克于孜乡" in cn_names(text, t.PLACE)
    assert "科克于孜乡派出所" in cn_names(text, t.PUBLIC_BODY)


# -- claims ------------------------------------------------------------------------------------------


def test_an_age_in_brackets_after_a_name_is_a_figure() -> None:
    figures = chinese_figures("他的哥哥艾力（52岁）和嫂子（48周岁）都被带走。", [])
    assert [(f.value, f.unit) for f in figures] == [(52, "岁"), (48, "周岁")]


def test_a_decimal_before_a_unit_of_measure_is_a_figure() -> None:
    figures = chinese_figures("要求身高1.70米以上，体重不超过85.5公斤，围墙高2.8米。", [])
    assert [f.value for f in figures] == [1.7, 85.5, 2.8]
    assert not chinese_figures("详见第1.2条和1.3节。", [])


def test_a_headlines_space_parts_its_clauses() -> None:
    assert k.claim_kind("人", "四人", "某县一家四人被捕 母亲被判刑8年") == k.DETAINED


def test_a_thousands_separator_does_not_end_a_clause() -> None:
    sentence = "全村共有农户1,236户4,870人，其中汉族占3.1%。"
    assert k.claim_kind("人", "4,870人", sentence) == k.POPULATION
    assert k.claim_kind("户", "1,236户", sentence) == k.POPULATION


def test_a_part_after_qizhong_takes_the_kind_of_the_count_before() -> None:
    sentence = "全镇共向培训中心输送学员620人，其中当年结业450人。"
    assert k.claim_kind("人", "450人", sentence) == k.CAMPS
    assert k.claim_kind("户", "42户", "全村共有农户318户1,204人，其中低保户42户。") != k.POPULATION


def test_a_cue_after_a_part_is_the_parts_and_a_villages_villagers_its_population() -> None:
    sentence = "据邻居说，阿亚克村2,300多名村民中有260多人被送去“学习”。"
    assert k.claim_kind("名村民", "2,300多名", sentence) == k.POPULATION
    assert k.claim_kind("人", "260多人", sentence) == k.CAMPS


def test_a_people_named_with_ren_is_a_count_of_people() -> None:
    assert k.claim_kind("哈萨克人", "两百万", "所谓两百万哈萨克人被关押的说法不实。") == k.DETAINED


# -- dates -------------------------------------------------------------------------------------------


def test_a_day_without_its_year_takes_the_year_of_the_documents_foot_date() -> None:
    text = (
        "二、主要工作\n9月8日，帕提古丽·吾买尔家中举办联谊活动。\n三、2021年打算\n……\n\n"
        "某某镇人民政府\n2020年12月20日\n"
    )
    assert ("9月8日", "2020-09-08") in {(d.text, d.value) for d in chinese_dates(text)}
    news = "3月5日，他被带走。\n2020年12月20日，法院开庭。\n2019年，他曾出国。"
    assert ("3月5日", "2020-03-05") not in {(d.text, d.value) for d in chinese_dates(news)}
