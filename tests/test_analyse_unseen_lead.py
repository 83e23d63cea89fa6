"""General gaps seen on Chinese and English texts written to probe the analyser (a state-media report of
an inspection; sentences of the kinds news summaries hold), each a rule with a test here."""

from habeas.analyse import tables as t
from habeas.analyse.chinese import chinese_mentions
from habeas.analyse.numbers import chinese_figures
from test_analyse_unseen import BODIES, analyse, cn_names, names


def test_a_name_the_dictionary_holds_before_a_title_is_a_person() -> None:
    text = "朱海仑指出，要坚决贯彻落实习近平总书记关于新疆工作的重要指示精神。"
    people = cn_names(text, t.PERSON)
    assert "习近平" in people  # jieba tags such names nrfg
    assert "关于" not in people  # 关 is a surname, but 关于 after a title is the preposition


def test_a_bracketed_part_inside_a_companys_name() -> None:
    text = "会上，华凌集团、新疆中泰（集团）有限责任公司代表发言。华孚(中国)有限公司生产棉纱。"
    bodies = cn_names(text, *BODIES)
    assert {"新疆中泰（集团）有限责任公司", "华孚(中国)有限公司", "华凌集团"} <= bodies
    assert "代表发言" not in bodies  # a legal form ends the name: what follows is no list of names


def test_a_name_guess_whose_surname_is_a_preposition_needs_an_act() -> None:
    text = "2019年全县计划转移就业1.5万人，其中向内地转移3000人，向疆内转移1.2万人。"
    assert cn_names(text, t.PERSON) == set()  # 向疆: "towards Xinjiang", not a Mr Xiang


def test_a_list_closed_by_places_of_a_kind_holds_places() -> None:
    text = "县人社局负责协调苏州、无锡等地企业岗位。华为、中兴等企业被列入实体清单。"
    assert {"苏州", "无锡"} <= cn_names(text, t.PLACE)
    assert {"华为", "中兴"} <= cn_names(text, *BODIES)
    assert not {"苏州", "无锡"} & cn_names(text, *BODIES)


def test_chinas_provinces_and_cities_outside_xinjiang_are_places_by_either_name() -> None:
    text = "他被送往安徽省淮北市的一家工厂，后转到广东东莞。江苏省援疆前方指挥部协调苏州、无锡等地企业。"
    places = {m.name: m.canonical for m in chinese_mentions(1, text) if m.type == t.PLACE}
    assert places["淮北市"] == "Huaibei" and places["东莞"] == "Dongguan" and places["苏州"] == "Suzhou"
    assert {"安徽省", "广东", "江苏省", "无锡"} <= set(places)
    result = analyse("Workers were sent from Hotan to factories in Suzhou and Huaibei, in Anhui province.")
    assert {"Suzhou", "Huaibei", "Anhui"} <= names(result, t.PLACE)


def test_a_city_whose_name_is_also_a_word_is_not_read_in_that_word() -> None:
    text = "坚持社会稳定和长治久安总目标，推动大同世界。"
    assert cn_names(text, t.PLACE) == set()


# -- English -------------------------------------------------------------------------------------


def test_names_with_mc_o_and_an_inner_apostrophe_after_titles() -> None:
    result = analyse(
        "Rep. Jim McGovern and Representative Jennifer Wexton wrote to Ambassador Sean O'Brien. "
        "Senator Rubio's letter followed."
    )
    people = names(result, t.PERSON)
    assert {"Jim McGovern", "Jennifer Wexton", "Sean O'Brien"} <= people
    assert not any(p.startswith(("Rep", "Representative")) or p.endswith("'s") for p in people)


def test_a_publisher_in_a_reference_line_is_no_person() -> None:
    text = (
        "Darren Byler has written on the camps.[1] Rushan Abbas spoke in Washington.[2]\n\n"
        "References\n1. Byler, Darren (2021). In the Camps. Columbia Global Reports. p. 45.\n"
        "2. Smith, John (2020). Xinjiang. Penguin Press. p. 3."
    )
    people = names(analyse(text), t.PERSON)
    assert not {"Columbia Global Reports", "Penguin Press"} & people
    assert "Darren Byler" in people


def test_a_short_line_that_no_punctuation_ends_is_not_joined_to_the_next() -> None:
    text = (
        "Gulshan Abbas is a retired doctor who was detained in September 2018 by the authorities of the region.\n"
        "Her sister Rushan Abbas spoke at the Hudson Institute in Washington about the camps in Xinjiang.\n"
        "She was sentenced to twenty years in prison on charges her family says were fabricated by police.\n"
        "The Campaign for Uyghurs and Human Rights Watch called for her release in statements that year.\n"
        "See also\n"
        "Uyghur Tribunal\n"
        "Transnational repression\n"
    )
    bodies = names(analyse(text), *BODIES)
    assert "Uyghur Tribunal" in bodies
    assert not any("Transnational" in b for b in bodies)


def test_a_unit_named_with_the_body_that_holds_it() -> None:
    text = (
        "According to the Xinjiang Data Project of the Australian Strategic Policy Institute, more than "
        "380 facilities were built. The Department of the Treasury imposed sanctions."
    )
    bodies = names(analyse(text), *BODIES)
    assert {"Xinjiang Data Project", "Australian Strategic Policy Institute"} <= bodies
    assert "Treasury" not in bodies  # "Department of the Treasury" is one body


def test_a_wires_credits_name_people() -> None:
    text = (
        "A court in Almaty sentenced three members of the Atajurt Kazakh Human Rights group.\n\n"
        "Reporting by Olzhas Auyezov in Almaty; Additional reporting by Chen Lin in Singapore; "
        "Editing by Gareth Jones and Mark Heinrich"
    )
    result = analyse(text)
    assert {"Olzhas Auyezov", "Chen Lin", "Gareth Jones", "Mark Heinrich"} <= names(result, t.PERSON)
    assert not {"Gareth Jones", "Mark Heinrich"} & names(result, *BODIES)
    assert "Atajurt Kazakh Human Rights" in names(result, *BODIES)  # "group" says what it is


def test_a_transcribed_name_with_no_dot_after_a_relatives_word() -> None:
    text = "他的妻子古丽努尔在阿拉木图接受采访时说，他的哥哥买买提江被判刑。其丈夫赵建国被带走。"
    people = cn_names(text, t.PERSON)
    assert {"古丽努尔", "买买提江", "赵建国"} <= people
    assert "古丽" not in people  # 古 is a Han surname, but the name runs on in transcription characters


def test_a_judgments_signature_block_and_case_number() -> None:
    text = (
        "（2018）新31刑初字第112号\n被告人艾合买提·托乎提，男，1975年3月出生。\n"
        "经审理查明，被告人艾合买提·托乎提多次传播音视频共计37个。\n"
        "审判长  阿不都热依木·吾斯曼\n审判员  王  刚\n书记员  帕提古丽\n"
    )
    people = {m.name for m in chinese_mentions(1, text) if m.type == t.PERSON}
    assert people == {"艾合买提·托乎提", "阿不都热依木·吾斯曼", "王刚", "帕提古丽"}  # 乎 of 托乎提 is no end
    assert [f.value for f in chinese_figures(text, [])] == [37]  # not 31 of the case number


def test_more_standard_organs_after_their_place_and_organise_as_a_verb() -> None:
    text = (
        "喀什地区林业和草原局、疏附县医疗保障局和阿克苏市交警大队联合检查。自治区网信委和自治区台办参加会议。"
        "和田市古江巴格街道办事处组织居民学习。国际特赦组织批评了这一做法。"
    )
    bodies = cn_names(text, *BODIES)
    assert {"喀什地区林业和草原局", "疏附县医疗保障局", "阿克苏市交警大队", "自治区网信委", "自治区台办"} <= bodies
    assert {"和田市古江巴格街道办事处", "国际特赦组织"} <= bodies  # 组织 before its object is the verb


def test_townships_and_villages_with_long_transcribed_names_head_their_bodies() -> None:
    text = (
        "伊宁市巴彦岱镇党委负责。疏附县塔什米里克乡人民政府发布通知。托万克库曲麦村村委会组织村民学习。"
        "墨玉县喀尔赛镇派出所民警巡逻。"
    )
    bodies = cn_names(text, *BODIES)
    assert {
        "伊宁市巴彦岱镇党委",
        "疏附县塔什米里克乡人民政府",
        "托万克库曲麦村村委会",
        "墨玉县喀尔赛镇派出所",
    } <= bodies


def test_every_name_of_a_byline_and_a_prefectures_administrative_office() -> None:
    text = "新华社乌鲁木齐9月18日电（记者 李志浩 关俏俏）阿克苏地区行署专员表示，将持续推进工程。"
    assert {"李志浩", "关俏俏"} <= cn_names(text, t.PERSON)
    assert "阿克苏地区行署" in cn_names(text, *BODIES)  # 行署, short for 行政公署


def test_a_house_or_chamber_of_a_parliament_is_whole() -> None:
    text = (
        "She gave evidence to the Uyghur Tribunal in London and to the Dutch House of Representatives.[8] "
        "The Italian Chamber of Deputies voted.[9]"
    )
    bodies = names(analyse(text), *BODIES)
    assert {"Dutch House of Representatives", "Italian Chamber of Deputies"} <= bodies


def test_an_organisation_named_after_the_word_for_what_it_is() -> None:
    text = (
        "She was supported by the Kazakh diaspora organisation Atajurt Eriktileri. "
        "The network Chinese Human Rights Defenders said so."
    )
    result = analyse(text)
    assert {"Atajurt Eriktileri", "Chinese Human Rights Defenders"} <= names(result, *BODIES)
    assert "Atajurt Eriktileri" not in names(result, t.PERSON)


def test_western_names_in_chinese_after_titles() -> None:
    text = (
        "美国国务院发言人摩根·奥塔格斯则呼吁中方释放。国务卿蓬佩奥表示，参议员卢比奥也发表声明。"
        "学者乔安妮·史密斯·芬利指出。"
    )
    assert {"摩根·奥塔格斯", "蓬佩奥", "卢比奥", "乔安妮·史密斯·芬利"} <= cn_names(text, t.PERSON)


def test_a_place_named_by_the_kind_of_place_after_it() -> None:
    text = (
        "In the Zeytinburnu district of Istanbul, shopkeepers say police stepped up checks on people from Tekes county."
    )
    result = analyse(text)
    assert {"Zeytinburnu", "Istanbul", "Tekes"} <= names(result, t.PLACE)
    assert not names(analyse("The Chinese province and the Uyghur region were named."), t.PLACE)


def test_a_body_that_another_owns_is_not_named_with_it() -> None:
    text = "德国大众汽车集团宣布出售股份，接手方为上汽集团旗下子公司。华为下属研究所发布报告。"
    bodies = cn_names(text, *BODIES)
    assert {"上汽集团", "华为"} <= bodies
    assert not [b for b in bodies if "旗下" in b or "下属" in b]


def test_a_stock_exchange_is_a_body() -> None:
    text = "Founded by Luo Liguo in 2005, the company is listed on the Shanghai Stock Exchange.[2] Its shares fell.[3]"
    assert "Shanghai Stock Exchange" in names(analyse(text), *BODIES)


def test_a_notices_township_committee_and_no_name_inside_an_adverb() -> None:
    text = (
        "一、乌什县亚曼苏乡党委副书记买买提·吐尔地弄虚作假。"
        "二、派出所所长王建平对辖区内32名可疑人员未及时上报，被免职。"
    )
    assert cn_names(text, t.PERSON) == {"买买提·吐尔地", "王建平"}  # not 时上报, read after 及 of 及时
    assert "乌什县亚曼苏乡党委" in cn_names(text, *BODIES)
