"""Chinese errors shown by a seventh round of real pages read outside the project (encyclopaedic entries on
prefectures and a corps' city, officials' profiles and appointments, a presidium's list, sanctions and
counter-sanctions in Hong Kong and mainland reports, a company's visit, court reports, overseas reports on
detained relatives, pages written with half-width punctuation); the sentences below are written for these
tests, with public bodies and places as themselves and everyone else invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse


def _named(text: str, *types: str) -> set[str]:
    return {m.canonical or m.name for m in analyse(text).mentions if m.type in types}


def _places(text: str) -> set[str]:
    return {m.name for m in analyse(text).mentions if m.type == t.PLACE}


def test_each_name_of_a_list_of_people_is_a_person() -> None:
    # a presidium's list: the segmenter reads 徐海 as a place and parts 马|学文, 王|永康, 董|新华
    text = (
        "大会执行主席郭明远、热合曼·阿布都拉、孙海涛、徐海龙、马学文、艾力·买买提、王永康、董新华、"
        "古丽·热西提在主席台就座。"
    )
    people = _named(text, t.PERSON)
    assert {"徐海龙", "马学文", "王永康", "董新华"} <= people
    assert "徐海" not in _places(text)
    # lists of places and of trades name no one
    assert not _named("和田地区辖和田市、和田县、墨玉县、皮山县、洛浦县。", t.PERSON)
    assert not _named("集团聚焦化工、农业、纺织、物流、金融五大产业。", t.PERSON)


def test_a_committee_named_after_a_place_without_its_level() -> None:
    # the committee's word holds the level (市委: the city's); the place before it is tagged a place alone
    text = "他曾任信阳地委副秘书长、周口市委书记、西平县委书记。1950年成立中共阿山地委。"
    bodies = _named(text, t.PUBLIC_BODY)
    assert {"信阳地区党委", "周口市党委", "西平县党委", "阿山地区党委"} <= bodies  # each committee's canonical name
    assert not {"地委", "市委"} & bodies
    assert {"信阳", "西平"} <= _places(text)
    # the level's committee named alone stays alone
    assert _named("经县委、县人民政府研究决定。", t.PUBLIC_BODY) == {"县委", "县人民政府"}


def test_half_width_punctuation_beside_chinese_reads_as_full_width() -> None:
    # converters and many sites write Chinese with half-width commas and semicolons
    text = "会议决定,周建华同志任自治区党委常委;陈立新同志不再担任秘书长。"
    assert {"周建华", "陈立新"} <= _named(text, t.PERSON)


def test_a_phrase_before_a_companys_known_name_is_no_part_of_it() -> None:
    # "will fully support", which the segmenter tags as one noun, before a company it reads as a name
    text = "东方纺织集团将全力支持天业集团发展。"
    organisations = {m.name for m in analyse(text).mentions if m.type == t.ORGANIZATION}
    assert "天业集团" in organisations
    assert not any(o.startswith("全力支持") for o in organisations)


def test_a_trade_tagged_as_a_distinguishing_word_before_the_legal_form() -> None:
    # 棉纺 ("cotton-spinning"), which the segmenter tags as a distinguishing word, not a noun
    text = "董事长拜访了苏州锦绣棉纺有限公司董事长。"
    assert "苏州锦绣棉纺有限公司" in _named(text, t.ORGANIZATION)


def test_ordinary_words_after_a_kind_of_business_name_no_business() -> None:
    text = "副部长在会见媒体记者团时，回答了提问。"
    assert not any("记者团" in o for o in _named(text, t.ORGANIZATION, t.PUBLIC_BODY))


def test_a_person_first_in_a_profile_or_an_appointment() -> None:
    # the given name is an ordinary word (中华), which the segmenter reads apart from the surname
    for text in (
        "决定，周中华任河南省人民政府副省长。",
        "周中华，男，汉族，1961年3月生，河南人。",
        "周中华今年58岁，曾在郑州工作。",
    ):
        assert "周中华" in _named(text, t.PERSON), text
    assert not _named("会议，男，女，老人都来了。", t.PERSON)


def test_a_county_the_segmenter_guesses_as_a_name_is_a_place() -> None:
    text = "1949年后设闻喜县，1950年改设卢氏县。"
    assert not _named(text, t.PERSON)
    assert {"闻喜县", "卢氏县"} <= _places(text)


def test_an_editor_in_chief_with_a_rare_surname() -> None:
    # 总编辑 ("editor-in-chief") and 主编 are titles; 慎 is a surname
    text = "该台台长兼总编辑慎立行出席活动并致辞。杂志主编谭文华主持。"
    assert {"慎立行", "谭文华"} <= _named(text, t.PERSON)
    assert not _named("该报总编辑部设在市区。", t.PERSON)


def test_a_sense_of_technology_is_no_company() -> None:
    # 科技感 ("a sense of technology") after a noun: no company named 某某科技
    assert not _named("这里的工厂科技感比想象的强很多。", t.ORGANIZATION)
    assert "华为科技" in _named("华为科技发布了新品。", t.ORGANIZATION)


def test_the_day_of_a_word_is_no_date_before_a_name() -> None:
    # 日 opens 日常 ("daily"): no date, so no name after it, whichever comma follows
    for comma in ("，", ","):
        assert not _named(f"监控已渗透到当地人日常生活{comma}并拍下了营地。", t.PERSON)
    assert "郑国华" in _named("同日，郑国华表示。", t.PERSON)


def test_hong_kong_broadcasters_and_the_journalists_association_are_known() -> None:
    # a Hong Kong broadcaster named in the brackets that open its story, and the journalists' association
    text = "【有線新聞】外交部宣布反制。【Now新聞台】中方再採取措施。活動由中国记协举办。"
    bodies = _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"i-CABLE News", "Now News", "All-China Journalists Association"} <= bodies
    assert "CNN" in _named("据美国有线新闻网报道。", t.ORGANIZATION)
