"""Chinese errors shown by a third round of real pages read outside the project (police and court
notices, labour-transfer reports and appointments from official and state news; overseas reports
on the camps, in simplified and traditional characters); the sentences below are written for these
tests, with public officials and bodies as themselves and private individuals invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse


def _named(text: str, *types: str) -> set[str]:
    return {m.canonical or m.name for m in analyse(text).mentions if m.type in types}


def test_a_leader_named_after_the_word_leader_or_before_leading_is_read_whole() -> None:
    # the segmenter reads 陈全国 as a surname and 全国 ("nationwide"); 领导人 ("leader") before the name
    # and 领导 ("to lead") after a preposition and the name mark it as a name
    text = "中共领导人陈全国2016年调任新疆后，营地迅速扩建。"
    assert "陈全国" in _named(text, t.PERSON)
    led = "那項政策由陳全國領導推行，他此前在西藏任職。"
    assert "陈全国" in _named(led, t.PERSON)
    assert not _named("此项工作由全国领导小组统一部署。", t.PERSON)  # no surname before the verb


def test_a_word_after_a_date_is_a_name_only_when_it_is_no_frequent_word() -> None:
    text = "调查人员在2019年5月曾经到访，8月曾经再次申请。"
    assert not _named(text, t.PERSON)  # 曾经 ("once"), not a person named 曾经
    assert "马建新" in _named("4月12日马建新表示，工作已经完成。", t.PERSON)


def test_the_last_part_of_a_dotted_name_runs_over_its_transcription_characters() -> None:
    text = (
        "法院判处被告人买买提·达伍提有期徒刑十年。"
        "采访中，41岁的艾力·吐尔孙说自己已经结业。"
        "犯罪嫌疑人阿不都盘.伊敏因盗窃罪被判有期徒刑3年。"
    )
    people = _named(text, t.PERSON)
    assert {"买买提·达伍提", "艾力·吐尔孙", "阿不都盘·伊敏"} <= people
    assert not {"买买提·达", "艾力·吐尔"} & people


def test_a_crime_named_after_a_kind_of_body_names_no_body() -> None:
    text = (
        "法院分别以组织、领导、参加恐怖组织罪，资助恐怖组织罪判处被告人吐尔洪·买买提有期徒刑12年。"
        "另一被告人因参加“东伊运”恐怖组织被判处有期徒刑8年。"
    )
    bodies = _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert not {"领导恐怖组织", "资助恐怖组织", "参加恐怖组织"} & bodies
    assert "吐尔洪·买买提" in _named(text, t.PERSON)


def test_a_date_line_without_leading_zeros_and_a_number_dialled_are_no_claims() -> None:
    r = analyse("记者前往南疆 称多处营地仍在扩建\n2019/10/24 19:55(2020/7/5 16:38 更新)\n记者在和静县采访。")
    assert not {7.0, 5.0, 16.0, 38.0} & {c.value for c in r.claims}
    assert "2020-07-05" in {d.value for d in r.dates}
    notice = "有线索的群众可拨打一一0，也可拨打110举报；已有37人投案。"
    assert {c.value for c in analyse(notice).claims} == {37.0}


def test_a_storys_opening_names_its_medium() -> None:
    text = (
        "阿克苏新闻网讯(通讯员 周海燕)3月2日，地委召开会议。\n"
        "天山网讯（记者 马丽）本月起，全区开展培训。\n"
        "【印尼IDN新闻网】记者在南疆走访了三个县。\n"
        "本报讯（记者 王强）会议指出，工作取得成效。"
    )
    bodies = _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"阿克苏新闻网", "印尼IDN新闻网"} <= bodies
    assert "Tianshan Net" in bodies  # a known medium, by its canonical name
    assert not any(b.startswith("本报") for b in bodies)  # "本报讯": this paper's own dispatch
    assert {"周海燕", "马丽", "王强"} <= _named(text, t.PERSON)


def test_a_reporters_name_in_a_byline_a_credit_or_brackets_is_read_whole() -> None:
    text = (
        "公安机关称，今年以来破获团伙96个。(李海同報道)\n"
        "图为务工人员在火车站候车。 新华社记者 张 戈 摄\n"
        "（记者李明报道）乌鲁木齐市召开会议。"
    )
    people = _named(text, t.PERSON)
    assert {"李海同", "张戈", "李明"} <= people
    assert not {"李海", "李明报"} & people


def test_as_many_as_before_a_count_qualifies_it_and_names_no_one() -> None:
    r = analyse("研究人员估计，先后被关押的人总计高达60万人，其中一个营地关押多达1万人。")
    assert not {m.name for m in r.mentions if m.type == t.PERSON}  # 高达: "as many as", no surname and name
    qualifiers = {c.value: c.qualifier for c in r.claims}
    assert qualifiers[600000.0] == "as many as"
    assert qualifiers[10000.0] == "as many as"
    totals = analyse("受访者称，被关押的人总计高达60万人，获释人员累计3万人。")
    assert not any(w in c.unit for c in totals.claims for w in ("总计", "累计"))  # "in all": nothing counted


def test_a_transcribed_name_after_the_name_of_a_people_is_a_person() -> None:
    text = "记者采访了一名曾被关押的哈萨克人努尔兰别克，他说营中每天唱红歌。"
    assert "努尔兰别克" in _named(text, t.PERSON)
    short = "一名在荷兰生活的维族人阿米娜说道，她的父母于2019年被带走。阿米娜的经历并非个例。"
    assert "阿米娜" in _named(short, t.PERSON)  # 维族人, the short form of 维吾尔族人


def test_ordinary_words_the_dictionary_tags_as_places_names_or_bodies_are_none() -> None:
    text = (
        "今年以来，全区查处治安案件近8万起。南疆集中开展深度贫困攻坚。营地像一个黑洞，外人无从得知。"
        "该县是南疆的交通重镇，东临和田市60公里。那里的安保再度升级，许多市民在公共场所被盘查。"
        "自通告发布之日起三十日内自首者从轻处理。基层党组织覆盖率达到95%。"
    )
    r = analyse(text)
    assert {m.name for m in r.mentions if m.type == t.PLACE} <= {"南疆", "和田市"}
    assert not {m.name for m in r.mentions if m.type in (t.PERSON, t.ORGANIZATION, t.PUBLIC_BODY)}
    assert "Hotan City" in _named(text, t.PLACE)


def test_the_islamic_state_and_al_qaeda_by_their_chinese_names() -> None:
    text = "报告称，有人前往叙利亚投奔IS（伊斯兰國），基地组织也曾发布视频。"
    bodies = _named(text, t.ORGANIZATION, t.PUBLIC_BODY)
    assert {"Islamic State", "al-Qaeda"} <= bodies
    assert "伊斯兰" not in {m.name for m in analyse(text).mentions if m.type == t.PLACE}


def test_a_storys_byline_after_its_writers_label_names_a_person() -> None:
    text = "海外维吾尔人发起寻亲运动\n\n撰文：江海\n\n许多人在网上展示失踪家人的照片。\n作者：会员上传"
    assert _named(text, t.PERSON) == {"江海"}  # not the place the dictionary reads; "会员上传" is no name
    platform = "时间：2026-01-27 10:25\n作者：石榴云\n来源：石榴云\n自治区政协会议开幕。"
    assert not _named(platform, t.PERSON)  # 作者 ("author") on a web page names its platform too


def test_a_transcribed_given_name_glossed_by_one_latin_word_is_a_person() -> None:
    text = "她离开时怀着第五个孩子，后来生下了儿子，取名艾孜麦提(Ezmet)。记者来到伊宁(Yining)采访。"
    assert _named(text, t.PERSON) == {"艾孜麦提"}
    assert "Ghulja" in _named(text, t.PLACE)  # a place glossed the same way stays a place


def test_a_latin_acronym_written_on_to_a_date_is_read_without_the_date() -> None:
    text = "VOA2019年3月4日\n据报道，南疆多个县新建了寄宿学校，RFA2020年也曾报道。"
    assert {"Voice of America", "Radio Free Asia"} <= _named(text, t.ORGANIZATION)


def test_a_given_name_or_a_landmarks_tail_the_dictionary_reads_as_a_place_is_none() -> None:
    text = (
        "“这些学校向所有人开放。”宣传部副部长韩建国表示。"
        "法院对公园北街一起伤人案宣判。乌鲁木齐火车南站当天恢复运营。"
        "和田地区墨玉县火车站今年新开两趟列车。"
    )
    r = analyse(text)
    assert {m.canonical or m.name for m in r.mentions if m.type == t.PLACE} <= {"Ürümqi", "Hotan", "Karakax"}
    assert "韩建国" in _named(text, t.PERSON)
    assert not _named(text, t.PUBLIC_BODY, t.ORGANIZATION)  # a railway station is a place, no organ


def test_an_anniversary_counts_nothing() -> None:
    r = analyse("2025年是新疆维吾尔自治区成立70周年，全区共有1.2万人参加庆祝活动，活动持续3周。")
    assert {c.value for c in r.claims} == {12000.0, 3.0}


def test_names_in_a_list_of_officials_the_segmenter_cuts_or_runs_on() -> None:
    text = (
        "会上，王建新、张迎春、玉苏甫江·麦麦提先后发言。蒲雪梅、许咸宜、刘会军列席。"
        "司马义·铁力瓦尔地应邀出席开幕式。国务委员谌贻琴陪同考察。"
    )
    people = _named(text, t.PERSON)
    assert {"张迎春", "许咸宜", "司马义·铁力瓦尔地", "谌贻琴"} <= people
    assert not any(p.endswith("应邀出席") for p in people)


def test_a_reporters_credit_and_what_follows_a_title_that_is_no_name() -> None:
    text = "图为会场。新疆日报记者 郑龙摄\n被拘押亲属的记者包括，古丽米拉·艾山(Gulmira Hasan)。"
    people = _named(text, t.PERSON)
    assert "郑龙" in people
    assert not {"郑龙摄", "包括"} & people


def test_named_people_after_named_a_wife_and_a_latin_vouched_transcription() -> None:
    text = (
        "一位名叫艾克拜尔尼亚孜的维吾尔教师被判刑。报道引述其妻古再丽努尔的话说，他并无恶意。"
        "失联者包括买买提明-居码(Memetmin Juma)。"
    )
    people = _named(text, t.PERSON)
    assert {"艾克拜尔尼亚孜", "古再丽努尔", "买买提明·居码"} <= people
    assert "明·居码" not in people


def test_a_session_of_a_standing_committee_is_an_ordinal() -> None:
    r = analyse("会议决定，自治区政协十二届十八次常委会会议于5月召开；全年共召开4次常委会会议，审议议案31件。")
    assert {c.value for c in r.claims} == {4.0, 31.0}  # the eighteenth session counts nothing
