"""Chinese errors shown by a fourth round of real pages read outside the project (appointment and removal
notices, court reports, a foreign ministry's press conferences, county and village news, cotton companies'
announcements and a listed company's customers, an encyclopaedia's infobox); the sentences below are written
for these tests, with public officials and bodies as themselves and everyone else invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse


def _named(text: str, *types: str) -> set[str]:
    return {m.canonical or m.name for m in analyse(text).mentions if m.type in types}


def _written(text: str, *types: str) -> set[str]:
    return {m.name for m in analyse(text).mentions if m.type in types}


def test_a_township_or_village_after_the_level_it_lies_in_is_named_whole() -> None:
    # the segmenter cuts such names into words of other kinds (喀|什塔格, 乡布|拉克村) and reads a part as a place
    text = "调研组来到皮山县阔什塔格镇恰勒巴什村，又去了木吉乡托格拉克村。\n记者在墨玉县英阿瓦提乡月亮湾村采访了村民。"
    places = _named(text, t.PLACE)
    assert {"阔什塔格镇", "恰勒巴什村", "托格拉克村", "英阿瓦提乡", "月亮湾村"} <= places
    assert not {"阔什", "什塔格镇", "乡托", "阿瓦提乡"} & places


def test_an_ordinary_word_ending_in_a_level_is_no_settlement() -> None:
    text = "全县贫困村全部退出，该县登记农村人口12万，推进城乡一体化和乡村振兴。"
    assert not _named(text, t.PLACE) & {"贫困村", "登记农村", "县城乡", "城乡", "乡村"}


def test_a_company_brand_the_segmenter_reads_as_verbs_runs_back_to_its_place() -> None:
    text = "经验收，奎屯市新亮华纺织有限公司、昌吉市德为农业有限公司符合条件。"
    bodies = _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"奎屯市新亮华纺织有限公司", "昌吉市德为农业有限公司"} <= bodies
    opened = _named("他们计划在新疆开设纺织品有限公司。", t.ORGANIZATION, t.PUBLIC_BODY)
    assert not any(b.startswith("新疆开设") for b in opened)  # 开设 ("to open") is a verb, no brand


def test_a_person_appointed_or_removed_is_named() -> None:
    text = (
        "会议决定任命韩立明为自治区交通运输厅厅长，免去宋耀华原自治区交通运输厅厅长职务。"
        "经研究，决定免去欧阳建国的县委书记职务。会议同时决定免去其职务。"
    )
    people = _named(text, t.PERSON)
    assert {"韩立明", "宋耀华", "欧阳建国"} <= people
    assert not any(p.startswith("其") for p in people)


def test_a_count_after_a_list_of_dotted_names_is_no_part_of_the_last_name() -> None:
    text = "法院判处被告人阿不力米提·吐尔逊、麦麦提·艾买提二人有期徒刑十年，判处买买提·托合提三人无期徒刑。"
    people = _named(text, t.PERSON)
    assert {"阿不力米提·吐尔逊", "麦麦提·艾买提", "买买提·托合提"} <= people
    assert not any(p.endswith("人") for p in people)


def test_credits_and_bylines_on_lines_of_their_own_and_a_kazakh_name() -> None:
    text = (
        "大年三十，村民们在村委会门前包饺子。\n"
        "赵 岩摄\n"
        "当天，驻村第一书记加那旦别克收到了女儿的来信。\n"
        "本报记者 努尔兰\n"
    )
    people = _named(text, t.PERSON)
    assert {"赵岩", "加那旦别克", "努尔兰"} <= people
    assert "加那" not in people


def test_a_courts_short_name_an_organ_by_its_short_head_and_a_congress_term() -> None:
    text = (
        "阿克苏中级法院一审判处被告人有期徒刑。同日，自治区十二届人大常委会召开会议。"
        "由5名中国科学院研究员组成的专家组到伊宁县教科局调研。"
    )
    bodies = _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"阿克苏中级法院", "自治区人大常委会", "伊宁县教科局"} <= bodies
    assert "自治区十二届人大常委会" in _written(text, t.PUBLIC_BODY)  # as written, with the congress's term
    assert not any(b.startswith("名") for b in bodies)  # 5名: five researchers, no part of the academy's name
    assert "中级法院" not in bodies
    session = "自治区第十三届人民代表大会第二次会议在乌鲁木齐开幕。"  # the term and the congress name a meeting
    assert not any("届" in b for b in _written(session, t.PUBLIC_BODY, t.ORGANIZATION))


def test_a_transcribed_name_before_a_courtesy_title_is_a_person() -> None:
    text = "我想提醒布林肯先生，任何干涉都注定失败。对面那位先生没有回答。"
    people = _named(text, t.PERSON)
    assert "布林肯" in people
    assert people == {"布林肯"}


def test_a_three_character_guess_ending_in_once_is_the_two_character_name() -> None:
    text = "示威期间，栗智曾出面与群众对话，随后被免职。"
    people = _named(text, t.PERSON)
    assert "栗智" in people
    assert "栗智曾" not in people


def test_a_han_name_after_a_noun_for_a_person_is_read_whole() -> None:
    text = "村民周世兵需要一台收割机，牧民哈力木说草场很好。村民代表大会召开，村民高度评价这项工作。"
    people = _named(text, t.PERSON)
    assert "周世兵" in people
    assert not any(p.startswith(("代表", "高度")) for p in people)


def test_a_township_head_and_an_officials_rank_are_titles() -> None:
    text = "一级巡视员万国林一行来到某镇，镇长罗海平、村长白玉成陪同调研。"
    assert {"万国林", "罗海平", "白玉成"} <= _named(text, t.PERSON)


def test_the_next_village_of_a_list_and_a_village_named_after_a_family_are_places() -> None:
    text = "调研组深入玛纳斯县乐土驿镇上庄子新村和下沙门子新村进行调研。\n随后，他走进李家湾村村民孙振田的院子。"
    places = _named(text, t.PLACE)
    assert {"上庄子新村", "下沙门子新村", "李家湾村"} <= places
    assert "新村" not in places
    assert "李家湾" not in _named(text, t.PERSON)
    cut = _named("民丰县人民法院在若克雅乡开庭。", t.PLACE)  # 若|克雅|乡: the name's first character alone
    assert "若克雅乡" in cut
    assert "克雅乡" not in cut
