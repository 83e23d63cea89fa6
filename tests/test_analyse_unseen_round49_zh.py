"""Chinese shapes the forty-ninth Chinese held-out set showed the rules missing (a documentary's subtitle file, an
e-mail thread copied from a webmail client, a department's budget disclosure with its tables); the sentences below
are written for these tests, with public bodies and public officials as themselves and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, page_names


def _counts(text: str) -> dict[float, str]:
    return {c.value: c.unit for c in analyse(text).claims}


# -- a budget's tables ----------------------------------------------------------------------------------------------


def test_a_unit_line_above_a_tables_head_scales_its_cells_and_a_code_column_counts_nothing() -> None:
    text = (
        "表三　政府性基金预算支出表\n"
        "单位：万元\n"
        "科目编码\t科目名称\t合计\t项目支出\n"
        "2120803\t征地和拆迁补偿支出\t1,250.50\t1,250.50\n"
        "2130152\t对高校毕业生到基层任职补助\t86.40\t86.40\n"
    )
    counts = _counts(text)
    assert set(counts) == {12505000, 864000}
    assert "万元" in counts[12505000]


def test_a_unit_closing_a_tables_title_line_scales_its_cells() -> None:
    text = "表一　部门收入总表　　单位：万元\n项目\t本年预算\t上年预算\n财政拨款\t3,204.10\t2,871.35\n"
    assert set(_counts(text)) == {32041000, 28713500}


def test_a_unit_of_people_gives_the_cells_their_unit_unscaled_and_a_form_label_gives_none() -> None:
    counted = _counts("单位：人\n乡镇\t在编\t临聘\n托格拉克乡\t46\t120\n")
    assert set(counted) == {46, 120} and "人" in counted[46]
    labelled = _counts("填报单位：某某县司法局\n乡镇\t在编\t临聘\n托格拉克乡\t46\t120\n")
    assert set(labelled) == {46, 120} and "万" not in labelled[46]


# -- people in headers, credits and signature lines -----------------------------------------------------------------


def test_an_e_mail_headers_display_names_are_people_and_an_offices_is_not() -> None:
    text = (
        '发件人："赵  磊" <zhaolei@example.cn>\n'
        '收件人："刘建国" <ljg@example.cn>; "县教育局办公室" <jyj@example.cn>\n'
        "主题：关于假期值班安排\n"
    )
    people = page_names(text, t.PERSON)
    assert {"赵磊", "刘建国"} <= people
    assert not any("办公室" in p for p in people)


def test_spaced_names_after_a_translators_and_a_responsible_persons_label() -> None:
    text = "中文翻译：钱  芳　配音：韩  冰\n项目负责人：孙  伟　联系电话：0991-2345678\n"
    assert {"钱芳", "韩冰", "孙伟"} <= page_names(text, t.PERSON)


def test_an_adverb_after_a_two_character_name_after_a_title_is_no_part_of_it() -> None:
    assert page_names("外交部发言人陆慷则表示，这是内政。", t.PERSON) == {"陆慷"}


def test_a_fees_last_character_and_not_before_a_verb_are_no_person() -> None:
    assert not page_names("会议费未列入预算，培训费不再单列。", t.PERSON)


# -- bodies ---------------------------------------------------------------------------------------------------------


def test_units_a_bureau_sets_up_listed_after_the_verb_are_bodies() -> None:
    text = "市公安局内设网络安全保卫大队、\n禁毒大队和出入境管理大队等9个机构。"
    assert {"网络安全保卫大队", "禁毒大队", "出入境管理大队"} <= page_names(text, t.PUBLIC_BODY)


def test_your_company_in_a_letter_names_no_company_after_it() -> None:
    assert not page_names("请贵公司提前准备宿舍和被褥。", t.ORGANIZATION, t.PUBLIC_BODY)


# -- spans of years -------------------------------------------------------------------------------------------------


def test_years_after_a_verb_and_its_particle_or_a_contracts_signing_are_spans() -> None:
    assert _counts("她在乌鲁木齐教了八年的书。") == {8: "年"}
    assert _counts("劳动合同一签两年。") == {2: "年"}
    assert not _counts("孩子上了三年级，到了80年代才回来。县里制定了五年规划。")
