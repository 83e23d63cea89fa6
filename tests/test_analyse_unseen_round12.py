"""Twelfth round of analysis on text it was not written for: each test is one class of error a twelfth
held-out set (bench/data/extraction/heldout12-zh) showed after the eleventh round's fixes. The sentences
are written for these tests; the people, places and small bodies in them are not the held-out set's
(well-known bodies, countries and cities abroad appear as themselves)."""

from habeas.analyse import tables as t
from habeas.analyse.claim_kinds import claim_kind
from habeas.analyse.dates import chinese_dates
from test_analyse_unseen import BODIES, analyse, cn_names

# -- Chinese people ----------------------------------------------------------------------------------


def test_a_conjunction_after_a_role_then_a_noun_is_no_name() -> None:
    text = "法庭听取了40多名证人和学者的陈述，记者与律师也在场。"
    assert not cn_names(text, t.PERSON)
    assert "和晓东" in cn_names("据证人和晓东说，他被带走了。", t.PERSON)  # 和 is a surname before a name


def test_a_title_after_a_surname_like_character_is_no_name() -> None:
    text = "第三师师长、图木舒克市市长刘建华陪同考察。"
    persons = cn_names(text, t.PERSON)
    assert "刘建华" in persons
    assert not [n for n in persons if n.endswith("师长")]


# -- Chinese bodies ----------------------------------------------------------------------------------


def test_a_body_named_after_a_campaign_in_quotation_marks() -> None:
    text = "莎车县“民族团结一家亲”活动领导小组办公室通报，县“访惠聚”办要求各乡镇于月底前上报，地委“访惠聚”办将抽查。"
    bodies = cn_names(text, *BODIES)
    assert {"莎车县“民族团结一家亲”活动领导小组办公室", "县“访惠聚”办", "地委“访惠聚”办"} <= bodies
    assert "地委" not in bodies


def test_a_campaigns_teams_and_its_work_are_no_body() -> None:
    text = "各“访惠聚”驻村工作队要为群众“访惠聚”办实事，组织“两学一做”活动。"
    assert not cn_names(text, *BODIES)


def test_the_corps_farms_are_bodies_not_the_youth_league_or_a_place() -> None:
    text = "代表团来到一〇一团、北塔山牧场和共青团农场，考察了红星二牧场的棉花加工企业。"
    bodies = cn_names(text, *BODIES)
    assert {"北塔山牧场", "共青团农场", "红星二牧场"} <= bodies
    assert "共青团" not in bodies
    assert not cn_names("当地鼓励发展家庭农场和国有牧场。", *BODIES)  # a kind of farm, no name


def test_a_registered_company_named_after_its_owner_division() -> None:
    text = "银行与兵团第一师国有资产经营有限责任公司签订授信协议。"
    bodies = cn_names(text, *BODIES)
    assert "兵团第一师国有资产经营有限责任公司" in bodies
    assert "第一师" not in bodies


def test_a_name_in_quotation_marks_before_a_kind_of_body() -> None:
    text = "她向“中亚维吾尔人权观察”组织求助，“中亚维吾尔人权观察”组织负责人也证实了此事。"
    assert "中亚维吾尔人权观察" in cn_names(text, *BODIES)
    assert not cn_names("县“两新”组织党工委负责此事，他们“反对暴力恐怖”组织活动。", t.ORGANIZATION)


# -- counts and dates --------------------------------------------------------------------------------


def test_a_numeral_inside_a_places_name_is_no_count() -> None:
    r = analyse("代表团在七角井镇和五家渠市考察，五家渠的企业吸纳就业260人。")
    assert {c.value for c in r.claims} == {260}


def test_a_tables_cells_count_what_their_columns_heads_name() -> None:
    text = (
        "各乡镇排查情况如下：\n\n"
        "乡镇　　结对户数　　可疑人员　　被拘留\n"
        "甲乡　　4210　　　　73　　　　　5\n"
        "乙镇　　3980　　　　61　　　　　8\n\n"
        "联系人：王某　电话：0998-1234567\n"
    )
    units = {c.value: c.unit for c in analyse(text).claims}
    assert units[4210] == "结对户数" and units[73] == "可疑人员" and units[8] == "被拘留"
    assert all(c.unit for c in analyse(text).claims)


def test_xiang_counts_the_noun_after_it() -> None:
    r = analyse("双方签署了产业合作等12项协议，落实5项措施。依照第3项规定办理。")
    assert {12, 5} <= {c.value for c in r.claims}
    assert 3 not in {c.value for c in r.claims}


def test_of_them_counts_what_the_figure_before_it_counts() -> None:
    sentence = "卫星图像显示有260多处疑似拘留设施，其中至少40处在两年内扩建。"
    claims = analyse(sentence).claims
    of_them = next(c for c in claims if c.value == 40)
    assert "拘留" in of_them.unit
    assert claim_kind(of_them.unit, "40", sentence) == claim_kind(claims[0].unit, "260", sentence)


def test_dates_named_from_the_pages_date() -> None:
    text = (
        "（本台记者 某某 2022年3月15日 阿拉木图报道）她的哥哥去年8月被判刑，当月她向外交部求助。"
        "家属上月2日至4日在使馆门前静坐。议会今年1月18日通过动议，去年曾有类似表态。"
    )
    values = {d.text: d.value for d in chinese_dates(text)}
    assert values["去年8月"] == "2021-08"
    assert values["当月"] == "2021-08"
    assert values["上月2日至4日"] == "2022-02-02"
    assert values["今年1月18日"] == "2022-01-18"
    assert values["去年"] == "2021"


def test_this_years_date_is_the_pages_year_not_the_year_before_it() -> None:
    text = "2021年12月10日报道。卫星图像显示2019年7月至2020年7月间有扩建。议会今年4月22日通过动议。"
    assert {d.text: d.value for d in chinese_dates(text)}["今年4月22日"] == "2021-04-22"


def test_a_comparison_with_last_month_or_year_is_no_date() -> None:
    text = "2019年1月20日通报：全市共排查1870名，较上月增加215名，比去年同期减少30名。"
    assert not [d for d in chinese_dates(text) if d.text.startswith(("上月", "去年"))]


def test_relative_dates_need_the_pages_date() -> None:
    assert not [d for d in chinese_dates("他去年8月被带走，上月获释。") if d.value]


# -- further general rules, from sentences written in the same genres after the round's fixes --------


def test_a_leading_groups_head_is_a_title() -> None:
    text = "县“民族团结一家亲”活动领导小组组长马建新带领县委组织部督导。"
    assert "马建新" in cn_names(text, t.PERSON)


def test_township_clinics_corps_general_farms_and_affiliated_hospitals() -> None:
    text = "托克扎克镇派出所和布拉克苏乡卫生院负责体检。代表团来到伽师总场，考察了广州医科大学附属第一医院援建的项目。"
    bodies = cn_names(text, *BODIES)
    assert {"布拉克苏乡卫生院", "伽师总场", "广州医科大学附属第一医院"} <= bodies
    assert "第一医院" not in bodies


def test_should_after_a_transcribed_name_ends_it() -> None:
    assert "福尔克尔·蒂尔克" in cn_names("高级专员福尔克尔·蒂尔克应尽快访问。", t.PERSON)


def test_a_datelines_place_is_a_place_not_a_person() -> None:
    text = "本报图木舒克7月21日电（记者 黄嘉怡）7月19日至21日，代表团考察。"
    assert "图木舒克" in cn_names(text, t.PLACE)
    assert cn_names(text, t.PERSON) == {"黄嘉怡"}


def test_a_web_pages_source_line_names_the_medium() -> None:
    assert "兵团网" in cn_names("2021年07月22日 10:05　来源：兵团网\n\n本报讯", t.ORGANIZATION)


def test_the_ethnic_and_religious_affairs_bureaus_short_forms() -> None:
    bodies = cn_names("县委统战部、县民宗局和县宗教局参加。", *BODIES)
    assert {"县委统战部", "县民宗局", "县宗教局"} <= bodies
    assert "和县宗教局" not in bodies  # 和 joins two bodies here, and names no county


def test_that_day_and_the_next_day_after_a_dated_day() -> None:
    text = (
        "（本台记者 某某 2025年3月20日 伊斯坦布尔报道）当局2月27日凌晨将40人送回，发言人次日表示合法。"
        "\n\n大使馆当天发表声明。每天都有人询问。"
    )
    values = {d.text: d.value for d in chinese_dates(text)}
    assert values["次日"] == "2025-02-28"
    assert values["当天"] == "2025-02-27"  # a later paragraph: the story's day, not the byline's
    assert not [d for d in chinese_dates("他当天就走了。") if d.value]


def test_a_zones_body_named_by_a_place_alone() -> None:
    text = "各县（市）公安局，准东经济技术开发区公安分局，霍尔果斯经济开发区管委会："
    assert {"准东经济技术开发区公安分局", "霍尔果斯经济开发区管委会"} <= cn_names(text, *BODIES)


def test_what_a_company_is_to_another_is_no_part_of_its_name() -> None:
    bodies = cn_names("合资伙伴新疆美克化工股份有限公司的员工参与走访。", *BODIES)
    assert "新疆美克化工股份有限公司" in bodies
    assert not [n for n in bodies if n.startswith("合资")]


def test_an_adjective_after_a_names_own_word_is_part_of_a_company_name() -> None:
    assert "立讯精密工业股份有限公司" in cn_names("苹果公司供应商立讯精密工业股份有限公司回应。", *BODIES)


def test_carmakers_brands_are_companies_not_places() -> None:
    text = "海关扣押了数千辆保时捷、宾利和奥迪汽车。"
    assert {"保时捷", "宾利", "奥迪"} <= cn_names(text, t.ORGANIZATION)
    assert not {"保时捷", "宾利", "奥迪"} & cn_names(text, t.PLACE)


def test_the_youth_leagues_committee_is_not_the_levels_party_committee() -> None:
    r = analyse("县委副书记王某听取汇报。县教育局、团县委、县妇联要配合开展活动。")
    canonical = {m.name: m.canonical or m.name for m in r.mentions if m.type in BODIES}
    assert canonical["县委"] == "县委" and canonical["团县委"] == "团县委"


def test_a_count_of_a_kind_of_school_or_company_is_no_body() -> None:
    text = "指挥部要支持建设3所寄宿制小学，两家服装公司和新疆华孚色纺有限公司签约，收购了一家新疆美克化工股份有限公司。"
    bodies = cn_names(text, *BODIES)
    assert {"新疆华孚色纺有限公司", "新疆美克化工股份有限公司"} <= bodies
    assert not {"寄宿制小学", "服装公司"} & bodies


def test_a_verb_ending_in_a_bodys_last_character_ends_no_foreign_body() -> None:
    text = "12月23日，时任美国总统拜登签署该法。美国中西部的工厂也受影响。"
    assert not cn_names(text, t.PUBLIC_BODY)
    assert "拜登" in cn_names(text, t.PERSON)
    assert "美国国土安全部" in cn_names("美国国土安全部宣布。", t.PUBLIC_BODY)


def test_of_them_in_a_new_sentence_and_a_circled_note_after_a_share() -> None:
    text = "报告称新疆有380多处疑似拘留设施。研究员表示，其中至少61处在两年内扩建。墨玉县约占近10%①。"
    units = {c.value: c.unit for c in analyse(text).claims}
    assert "拘留" in units[61]
    assert "①" not in units[10] and 1 not in units


def test_a_month_opening_a_sentence_is_dated() -> None:
    text = "2020年9月24日，研究所发布报告。\n\n10月，众议院通过法案。3月下旬，他们再次呼吁。每年10月，当地举行活动。"
    values = {d.text: d.value for d in chinese_dates(text)}
    assert values["10月"] == "2020-10"
    assert values["3月下旬"] == "2020-03"
    assert len([d for d in chinese_dates(text) if d.text == "10月"]) == 1  # 每年10月 names no month of one year


def test_a_document_numbers_issuer_code_is_no_place() -> None:
    assert not cn_names("伊县统发〔2018〕9号\n\n昌州公通〔2019〕33号", t.PLACE)


def test_a_chamber_named_alone_is_a_body() -> None:
    text = "英国外交大臣多米尼克·拉布在下议院发言时说，参议院也将表决。"
    assert {"下议院", "参议院"} <= cn_names(text, t.PUBLIC_BODY)


def test_a_correspondent_and_an_aid_headquarters_deputy_chief_before_names() -> None:
    text = (
        "本报哈密6月9日电（记者 蒋晓亮 通讯员 吐尔洪江）6月8日，会议召开。"
        "河南省对口支援哈密市和兵团第十三师前方指挥部副总指挥许昌明参加。"
    )
    assert {"蒋晓亮", "吐尔洪江", "许昌明"} <= cn_names(text, t.PERSON)
    assert "河南省对口支援哈密市和兵团第十三师前方指挥部" in cn_names(text, *BODIES)
    assert "许昌" not in cn_names(text, t.PLACE)


def test_a_conjunction_between_two_transcribed_names_parts_them() -> None:
    text = "签名者包括学者詹姆斯·米尔沃德、达伦·拜勒和蕾切尔·哈里斯。"
    persons = cn_names(text, t.PERSON)
    assert {"詹姆斯·米尔沃德", "达伦·拜勒", "蕾切尔·哈里斯"} <= persons
    assert not [n for n in persons if "和" in n]


def test_a_name_guess_a_transcribed_word_goes_on_from_is_no_one() -> None:
    text = "欧盟应当对负责官员实施“马格尼茨基式”制裁，德国的维吾尔笔会也发起联署。"
    assert not cn_names(text, t.PERSON)
    assert "维吾尔笔会" in cn_names(text, t.ORGANIZATION)


def test_a_foreign_affairs_office_is_named_whole() -> None:
    text = "新疆维吾尔自治区外事办公室副主任卢立刚陪同，州外事办负责接待。"
    assert {"新疆维吾尔自治区外事办公室", "州外事办"} <= cn_names(text, t.PUBLIC_BODY)


def test_a_named_countys_committee_the_segmenter_parts_from_its_place() -> None:
    text = "地区司法局、莎车县委、叶城县委主要负责同志参加，经泽普县委同意。"
    assert {"莎车县委", "叶城县委", "泽普县委"} <= cn_names(text, t.PUBLIC_BODY)
    assert not cn_names("县委托第三方评估。", t.PUBLIC_BODY)
    # the body a post is named after is found, as the golds from the seventeenth round on list it
    assert "五家渠市委" in cn_names("五家渠市委书记秦雅林陪同。", t.PUBLIC_BODY)


def test_a_congress_session_is_no_count_and_a_think_tank_is_no_part_of_a_name() -> None:
    r = analyse("院长在自治区十三届人大二次会议上报告，共召开二次会议。")
    assert [c.value for c in r.claims] == [2]  # only the meetings held twice
    bodies = cn_names("美国智库米勒政策研究所整理了案例。", t.ORGANIZATION)
    assert "米勒政策研究所" in bodies
    assert not [n for n in bodies if n.startswith(("美国", "智库"))]
