"""Chinese errors shown by a twenty-sixth round of real pages read outside the project (a wire's report of wanted
suspects with its dateline in Chinese numerals, police and court notices urging fugitives to surrender, one on a
forum that scatters noise through posts, discipline inspectors' figures, language training and school enrolment
reports, a regional department's notice, a prefecture's document with its open-information header, a rewritten
training report, a picture gallery and a political consultative conference's opening, an encyclopaedia mirror's
county entry); the sentences below are written for these tests, with public bodies and places as themselves and
everyone else invented."""

from test_analyse_unseen import analyse, page_names


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.number_text, c.unit) for c in analyse(text).claims]


def _dates(text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in analyse(text).dates}


def test_a_forums_anti_copying_noise_counts_nothing() -> None:
    text = (
        "某县公安局关于敦促在逃人员投案自首的通告\n"
        "r7 K% b2 W, d9 }( q\n"
        "一、在逃人员应在30日内投案。\n"
        "f' ~6 N: ?4 T# u\n"
        "5 C% t- e' p3 L! 二、抓获犯罪嫌疑人12名。"
    )
    assert _claims(text) == [("12名", "名犯罪嫌疑人")]


def test_people_per_square_kilometre_are_a_density_not_a_count() -> None:
    text = "全县常住人口212,345人，人口密度31.6人/平方公里（81.8人/平方英里）。"
    assert [n for n, _u in _claims(text)] == ["212,345人"]


def test_a_texts_length_and_reading_time_claim_nothing() -> None:
    text = "本篇文章926字，读完约3分钟\n截至去年底，全区培训农村劳动力12.5万人。\n【图解】不到600字！报告要点来了"
    assert [n for n, _u in _claims(text)] == ["12.5万人"]


def test_a_figure_inside_a_books_title_counts_nothing() -> None:
    text = "培训以《日常会话300句》《基础汉语》为教材，共有45名学员参加。"
    assert [n for n, _u in _claims(text)] == ["45名"]


def test_further_telephone_numbers_after_the_first_count_nothing() -> None:
    text = "今年计划招生3000人。咨询电话：0991-4412345、4423456和4434567，或登录网站查询。"
    assert [n for n, _u in _claims(text)] == ["3000人"]


def test_a_document_numbers_serial_after_its_bracketed_year_and_a_space_is_no_day() -> None:
    text = (
        "某市公安局关于敦促在逃人员投案自首的通告\n某公通字[2019] 03 号\n"
        "自通告发布之日起至2019年12月31日前投案的，可以从轻处罚。"
    )
    dates = _dates(text)
    assert "03 号" not in dates
    assert dates["2019年12月31日"] == "2019-12-31"


def test_a_person_read_over_names_run_together_in_a_subheadline_is_those_names() -> None:
    text = (
        "某会议开幕\n"
        "买买提·吐尔逊阿依古丽·阿不都孙立峰李敏到会祝贺\n"
        "会议在某地开幕。买买提·吐尔逊、阿依古丽·阿不都、孙立峰、李敏、赵德明、周强在主席台就座。"
    )
    people = page_names(text, "person")
    assert {"买买提·吐尔逊", "阿依古丽·阿不都", "孙立峰", "李敏"} <= people
    assert not [p for p in people if len(p) > len("阿依古丽·阿不都")]


def test_the_first_name_of_a_list_after_a_comma_is_a_name_too() -> None:
    text = "会前举办集体采访活动，高卫东、阿依古丽·买买提、托合提·热合曼、赵丽、库尔班·卡德尔、尹强6位委员回答提问。"
    people = page_names(text, "person")
    assert "高卫东" in people
    assert "卫东" not in people


def test_the_last_name_of_a_list_keeps_no_word_run_on_after_it() -> None:
    text = "出席会议的有张卫东、李国华、王建军、刘志刚、陈军等。会上，高建国、李明、王刚、赵强、孙伟说，要加强管理。"
    people = page_names(text, "person")
    assert {"陈军", "孙伟"} <= people
    assert not {"陈军等", "孙伟说"} & people


def test_words_of_schooling_notices_are_no_names() -> None:
    text = "要培养高素质劳动者，面向中级工毕业生开展教育；内地新疆高中班和区内初中班同时报名。"
    assert not page_names(text, "person")
    assert "中级工" not in page_names(text, "organization", "public_body")


def test_an_office_named_by_its_task_after_its_level_is_a_body() -> None:
    text = "报名事宜可咨询自治区内地新疆学生工作办公室，喀什地区教育培训工作办公室负责复核。"
    bodies = page_names(text, "public_body")
    assert {"自治区内地新疆学生工作办公室", "喀什地区教育培训工作办公室"} <= bodies


def test_offices_listed_each_with_its_own_level_are_not_given_the_level_twice() -> None:
    text = "县防控工作办公室、县维稳工作办公室、自治区学生工作办公室先后发文。"
    bodies = page_names(text, "public_body")
    assert "县维稳工作办公室" in bodies
    assert not any(b.startswith("县县") for b in bodies)


def test_a_span_of_years_is_one_date_from_its_first_year() -> None:
    text = "关于印发某地区就业提升行动实施方案（2020—2022年）的通知"
    assert _dates(text) == {"2020—2022年": "2020"}


def test_a_listed_subdistrict_after_another_is_named_whole() -> None:
    text = "该县城区划分为：团结街道、英巴格街道、波斯其街道和城南镇。"
    places = page_names(text, "place")
    assert {"英巴格街道", "波斯其街道"} <= places
    assert "波斯" not in places
