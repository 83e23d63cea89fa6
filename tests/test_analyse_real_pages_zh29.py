"""Chinese errors shown by a thirtieth round of real pages read outside the project (wires and portal relays on
rural labour transfer, a census summary, sentencing reports, a police notice on dangerous goods, an overseas
paper's report of a community notice, a discipline commission's notice of typical cases, a village's loudspeaker
report, a prefecture's media tour of its companies, an encyclopaedia entry in classical Chinese); the sentences
below are written for these tests, with public bodies and places as themselves and everyone else invented."""

from test_analyse_unseen import analyse, page_names, values


def test_an_autonomous_countys_short_name_is_the_county() -> None:
    text = "3月2日，塔城地区和布克赛尔县教育局组织教师培训。和布克赛尔县某某乡举办培训班。"
    assert "Hoboksar" in page_names(text, "place")
    assert "县教育局" not in page_names(text, "public_body")


def test_a_verbs_character_read_into_a_name_given_alone_elsewhere_is_no_part_of_it() -> None:
    text = "时任副主任王某国、主任李某审签上报。李某、王某国分别受到党内警告处分。另据某某说，刘某华主持会议。"
    people = page_names(text, "person")
    assert "李某审" not in people
    assert {"李某", "王某国"} <= people


def test_a_three_character_name_before_speech_keeps_its_last_character() -> None:
    text = "李明、王强出席会议。李明华说，会议开得很顺利。"
    assert {"李明", "王强", "李明华"} <= page_names(text, "person")


def test_a_surname_the_segmenter_reads_as_an_adjective_after_a_post_opens_the_name() -> None:
    text = "社区民兵班长白卫东说：“我们开始巡逻。”站长黄卫东介绍了情况。"
    people = page_names(text, "person")
    assert {"白卫东", "黄卫东"} <= people
    assert "卫东" not in people


def test_a_figure_opening_a_sites_name_counts_nothing() -> None:
    text = "99健康网 时间：2020-01-02 来源：新华社\n今年全县新建300个电商网点，培训网格员120人。\n99健康网免责声明"
    assert values(analyse(text)) == {300.0, 120.0}
    row = "财政预决算信息68、重大民生信息410某某政府网微信公众号推送信息1363条"
    assert {410.0} <= values(analyse(row))


def test_a_province_read_across_a_place_and_a_compass_point_is_no_province() -> None:
    text = "吐鲁番盆地位于天山东端，村庄分布在泰山西麓和洞庭湖南岸。"
    places = page_names(text, "place")
    assert not places & {"Shandong", "Shanxi", "Hunan", "山东", "山西", "湖南"}
    assert {"Shandong", "Henan"} <= page_names("代表团赴山东、河南考察。", "place")


def test_dictionary_bodies_that_are_ordinary_words_are_no_bodies() -> None:
    text = "村里通过大喇叭传播党和政府的方针政策。这次调整是地方规律性的人事安排，日程安排另行通知。"
    assert page_names(text, "organization", "public_body") == set()


def test_a_reporters_day_alone_below_the_date_line_is_in_its_month() -> None:
    text = (
        "某某网 2019-09-08 09:31\n\n　　记者7日在某某路采访时，看到宣传车播放通告。\n\n　　记者28日另据了解，情况平稳。"
    )
    days = {d.text: d.value for d in analyse(text).dates}
    assert days["7日"] == "2019-09-07"
    assert days["28日"] == "2019-08-28"


def test_a_storys_closing_byline_in_brackets_names_each_reporter_whole() -> None:
    text = "工作队通过大喇叭宣传防疫知识，收到良好效果。(俄尔丽 杨俊英)\n\n(责编：韩某)\n"
    people = page_names(text, "person")
    assert {"俄尔丽", "杨俊英"} <= people
    assert not people & {"杨俊", "俄尔"}
    assert "俄尔" not in page_names(text, "place")
    assert page_names("会议圆满结束。(完)\n", "person") == set()


def test_a_closing_byline_naming_a_reporter_by_a_dotted_name_names_each_reporter() -> None:
    text = "村民们纷纷表示要把政策讲给家人听。(阿不都·热合曼 杨俊英)\n"
    people = page_names(text, "person")
    assert {"阿不都·热合曼", "杨俊英"} <= people
    assert "杨俊" not in people
