"""Chinese errors shown by a thirty-sixth round of real pages read outside the project, chosen for the two kinds a
held-out test measures, official notices and news summaries (a regional public security department's reply to a
proposal, a Corps police bureau's notice of a hotline's publicity month, a sub-bureau's notice of a reception day
with its sign-off, the regional government's notices dividing tasks among its departments, a district government's
report on its schools, a national evening news programme's text with its running order, a legal paper's daily
digests of police and court news in traditional characters, a wire on the central delegation's arrival, reports of
appointments and dismissals, an overseas column on four political-legal secretaries and a Hong Kong paper's report
of a new regional secretary): a hotline's number the page names again and again read as a count ("96110宣传月"), as
were a day written as eight digits ("20220626今日…") and a road's kilometre mark ("G315线2358公里处"); a
one-character word of time after a title read as a surname ("书记时还不满…"), a season's word read as a name
("金秋时节"), and a holder named after the post and 的 left unread ("曾任…书记的陈某某"); a linking word read into
a source ("另外新华社"), schools of a kind, by who runs them, read as bodies ("区属中小学", "民办学校1所"), and a
system quoted by what it does read as a platform's name ("“…互译语音云平台”"), a governor's title split by the
province and its last character read with the name as a place ("广东省长马某某"); a government's committee cut at the
government ("…人民政府教育督导委员会"), and the heads of a task list lost where one is named again in brackets or
the shared duty closes the list ("民委（宗教局）、团委负责"). The sentences below are written for these tests, with
public bodies and places as themselves and everyone else invented."""

from test_analyse_unseen import analyse, names, page_names, values


def test_a_hotline_named_again_and_again_counts_nothing() -> None:
    text = "县公安局开通96110报警台。4月为96110宣传月，要提高群众对96110的知晓率。全县共有35个派出所参加。"
    assert values(analyse(text)) == {35.0}


def test_a_day_written_as_eight_digits_counts_nothing() -> None:
    assert values(analyse("20230315今日要闻：全区新建学校12所。")) == {12.0}


def test_a_roads_kilometre_mark_counts_nothing() -> None:
    text = "2月5日凌晨，巡逻民警在国道G217线1075公里处发现一辆故障车，帮助3名旅客脱困。"
    assert values(analyse(text)) == {3.0}


def test_a_word_of_time_after_a_title_is_no_surname() -> None:
    people = page_names("王某明担任县委书记时还不满40岁。", "person")
    assert "时还" not in people
    assert "王某明" in people


def test_a_seasons_word_is_no_name() -> None:
    assert page_names("金秋时节，伊犁河谷迎来丰收。", "person") == set()


def test_a_holder_named_after_the_post_and_de_is_a_person() -> None:
    people = page_names("曾任县委书记的陈立国。时任县委书记的王建勋表示，要加强。", "person")
    assert {"陈立国", "王建勋"} <= people


def test_a_linking_word_is_no_part_of_a_source() -> None:
    result = analyse("另外新华社报道，喀什地区新建了5所学校。")
    bodies = names(result, "organization", "public_body")
    assert "新华社" in bodies
    assert "另外新华社" not in bodies


def test_schools_of_a_kind_by_who_runs_them_are_no_bodies() -> None:
    text = "全区共有学校46所，其中区属中小学40所，民办学校2所。区属中小学教职工3100人。"
    assert page_names(text, "organization", "public_body") == set()
    assert "国立台湾大学" in page_names("张某某在国立台湾大学任教。", "organization")  # a name after who runs it


def test_a_system_quoted_by_what_it_does_is_no_platform() -> None:
    text = "自治区高级人民法院“双语智能互译语音云平台”上线以来已使用1200次。"
    assert page_names(text, "organization", "public_body") == {"自治区高级人民法院"}


def test_a_governments_committee_is_read_whole() -> None:
    bodies = page_names("根据和田市人民政府教育督导委员会的要求，各校开展自查。", "public_body")
    assert "和田市人民政府教育督导委员会" in bodies


def test_heads_of_a_task_list_named_again_in_brackets_or_before_the_duty() -> None:
    text = "（自治区党委宣传部、教育厅、民委（宗教局）、团委负责）"
    bodies = page_names(text, "public_body")
    assert {"自治区民委", "自治区宗教局", "自治区团委"} <= bodies


def test_a_governor_after_the_province_is_no_place() -> None:
    result = analyse("广东省长马立新昨天到任。东莞市长安镇发布通知。")
    assert "马立新" in names(result, "person")
    assert not any(place.startswith("长马") for place in names(result, "place"))
    assert "长安镇" in names(result, "place")
