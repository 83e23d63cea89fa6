"""Chinese errors shown by a second round of real pages read outside the project (overseas reports on
detained families, official reports on inspections, courts and labour transfers, police notices, in
simplified and traditional characters); the sentences below are written for these tests, with public
officials and bodies as themselves and private individuals invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse


def _named(text: str, *types: str) -> set[str]:
    return {m.canonical or m.name for m in analyse(text).mentions if m.type in types}


def test_a_hyphen_or_a_full_stop_typed_for_a_names_dot_joins_the_name() -> None:
    text = (
        "维吾尔族商人阿不都热依木-托合提说，他的弟弟于2018年被带走。"
        "自治区党委副书记努尔.白克力于8月1日到喀什看望群众。"
        "1997年，两名男子将阿不力孜.吐尔逊刺成重伤。"
    )
    people = _named(text, t.PERSON)
    assert {"阿不都热依木·托合提", "努尔·白克力", "阿不力孜·吐尔逊"} <= people
    assert not {"白克力", "托合提"} & people  # no part read as a person of its own
    routes = "乌鲁木齐-喀什航线今年开通，阿克苏-和田公路也已完工。"  # a hyphen between places joins no name
    assert not _named(routes, t.PERSON)
    assert {"乌鲁木齐", "喀什", "阿克苏", "和田"} <= {m.name for m in analyse(routes).mentions if m.type == t.PLACE}


def test_a_latin_name_in_brackets_vouches_for_each_dotted_part_of_the_transcription() -> None:
    text = (
        "维权人士罗珊・阿巴斯(Rushan Abbas)说，她的姐姐已失踪两年。"
        "她的舅舅奇曼・济凯利(Qiman Zikri)被关在乌鲁木齐一处看守所40天。"
        "记者阿迪力-霍加(Adil Hoja)也报道了此事。"
    )
    people = _named(text, t.PERSON)
    assert {"罗珊·阿巴斯", "奇曼·济凯利", "阿迪力·霍加"} <= people
    assert not {"阿巴斯", "凯利", "霍加"} & people
    assert "罗珊" not in _named(text, t.PLACE)  # the first part was read as a place


def test_what_follows_a_title_and_starts_no_name() -> None:
    text = (
        "中央代表团团长俞正声代表党中央、国务院和习近平总书记向大家致以节日祝福。"
        "他曾任叶城县政委常委，也是宗教人士。主任向东表示，局长于洋说，工作将继续推进。"
    )
    people = _named(text, t.PERSON)
    assert {"俞正声", "习近平", "向东", "于洋"} <= people
    assert not {"党中央", "向大家", "常委"} & people


def test_a_dictionary_name_inside_a_noun_phrase_is_a_modifier() -> None:
    text = (
        "沙湾县公安局全面落实各项安保措施，国庆假期安保工作有序进行。"
        "居民哈力克·买买提和养子陶辉一家人获得表彰，村民李强家中也被走访。"
        "新疆大学是维稳重点区域，安保措施也已升级,安保工作有序进行。"
    )
    people = _named(text, t.PERSON)
    assert "安保" not in people
    assert {"哈力克·买买提", "陶辉", "李强"} <= people


def test_a_kind_of_settlement_is_no_place() -> None:
    text = "她在新疆第二大城市库尔勒的家人常被讯问。城镇登记失业率为3.1%，农村居民收入增加。"
    places = {m.name for m in analyse(text).mentions if m.type == t.PLACE}
    assert {"新疆", "库尔勒"} <= places
    assert not {"大城市", "城镇", "农村"} & places


def test_a_name_cut_before_its_last_character_in_a_list_of_names() -> None:
    text = "最高人民法院援疆干部周川、孙勇进、徐智超、乔嘉伟等人作表态发言。"
    people = _named(text, t.PERSON)
    assert {"周川", "孙勇进", "徐智超"} <= people
    assert "孙勇" not in people


def test_a_transcribed_name_after_a_han_name_in_a_byline() -> None:
    text = "新华社乌鲁木齐10月15日电（记者 白佳丽、阿依努尔）截至9月底，新疆转移就业247.6万人次。"
    assert {"白佳丽", "阿依努尔"} <= _named(text, t.PERSON)


def test_a_bodys_last_character_read_into_the_next_word_ends_no_body() -> None:
    text = "高院党组就深入开展稳疆兴疆大学习大讨论活动提出了具体要求，新疆大学的教师也参加了。"
    bodies = _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert not any(b.endswith("兴疆大学") for b in bodies)  # 大学习: a great study campaign
    assert "新疆大学" in {m.name for m in analyse(text).mentions if m.type == t.ORGANIZATION}
    bank = analyse("国家开发银行新疆分行为园区二期项目授信40亿元。")  # 行为: the branch, then "for"
    assert "国家开发银行新疆分行" in {m.name for m in bank.mentions if m.type == t.ORGANIZATION}


def test_a_doubled_word_or_a_dictionary_name_before_a_named_line_is_no_person() -> None:
    text = (
        "他强调，要牢记习近平总书记殷殷嘱托。张春贤在列车上听取了兰新客运专线重点工程项目建设情况汇报，"
        "乘坐正在试运营的兰新客运专线动车。"
    )
    assert _named(text, t.PERSON) == {"习近平", "张春贤"}


def test_a_police_station_named_in_transcription_after_its_bureau() -> None:
    text = "4月28日上午，领导在喀什市公安局乃则尔巴格派出所同正在操练的民警握手。县公安局要求各派出所加强巡逻。"
    bodies = _named(text, t.PUBLIC_BODY)
    assert "喀什市公安局乃则尔巴格派出所" in bodies
    assert not any(b.endswith("各派出所") for b in bodies)
