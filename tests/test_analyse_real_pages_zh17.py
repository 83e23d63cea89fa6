"""Chinese errors shown by an eighteenth round of real pages read outside the project (an encyclopaedia's list
page with its table of areas and ranks, reports on academic conferences from a social science site, a city's media
centre and a prefecture's paper, a college's party branch secretaries' annual reports, a template of an aid
command's work report, a content farm's reworded copy of a news report, a news report on a company site's
template, an education bureau's holiday notice, a school's letter with its dates' characters lost, a press
association's page with its photographs' credits, a wire report with advertising spliced into it, two forums'
reports); the sentences below are written for these tests, with public bodies and places as themselves and
everyone else invented."""

from test_analyse_unseen import analyse, page_names


def _counted(text: str) -> set[str]:
    return {c.number_text for c in analyse(text).claims}


def test_a_rank_after_decimal_cells_counts_nothing() -> None:
    # a table whose head broke over several lines: a label, an area, a share, then the row's rank
    text = (
        "某省各市面积列表\n行政区 面积\n平方公里\n占全省比重\n(%)\n位次\n"
        "甲市 12,304.25 3.12 7\n乙市 8,011.60 2.03 9\n丙市 45,870.02 11.64 2\n"
        "全省共有6个地级市。"
    )
    assert _counted(text) == {"6个"}


def test_a_year_closing_a_title_counts_nothing() -> None:
    # a yearbook's edition inside its title marks, in a reference list
    text = "来源：《某省统计年鉴2016》. 某省统计局. 该省有14个地级市。"
    assert _counted(text) == {"14个"}


def test_digits_in_a_file_name_or_a_link_count_nothing() -> None:
    # an image's hashed file name and a link's query left in a copied page
    text = (
        "某某学术研讨会在某市召开，来自各地高校和研究机构的与会代表共120余人，围绕该领域的理论与实践进行了交流研讨。"
        "\n\n7c31a0e94b2d88f0aa14de53b6c0f1e2_640_wx_fmt=jpeg&wxfrom=5&wx_lazy=1\n\n"
        "研讨会集体合影。会议由某某大学和某某学会联合主办，某某研究中心承办。"
    )
    assert _counted(text) == {"120余人"}


def test_a_verb_made_with_wei_after_a_title_ends_no_name() -> None:
    # "副教授某某作为代表发言": as, a verb, not the name's third character
    text = "某某大学文学院副教授周岚作为获奖者代表发言，讲师高原视为此次会议的亮点。"
    people = page_names(text, "person")
    assert "周岚" in people and "周岚作" not in people


def test_a_reporters_dotted_name_in_a_byline_is_whole() -> None:
    # a Kazakh name written with characters that seldom transcribe, between 记者 and 报道
    text = "某某网讯 (记者荷蕾·沙汗报道)9月3日，第五届某某学研讨会在某县举行。"
    assert "荷蕾·沙汗" in page_names(text, "person")


def test_a_photographer_named_after_the_paper_in_a_credit() -> None:
    # "某某日报某某 摄": the paper and its photographer run together, then the credit's verb after a gap
    text = (
        "采访团在县文化馆采访农民画家 新疆日报热依汗 摄\n"
        "记者们在棉田采访 新疆经济报林雨朵 摄\n"
        "学生在教室上课 喀什日报记者 摄"
    )
    people = page_names(text, "person")
    assert {"热依汗", "林雨朵"} <= people
    assert not any("记者" in p for p in people)


def test_a_city_committee_with_its_level_written_twice_is_the_city_committee() -> None:
    # "乌鲁木齐市市委书记" and "乌鲁木齐市委" name one committee
    text = "乌鲁木齐市市委书记出席开工仪式。乌鲁木齐市委、市政府高度重视园区建设。"
    bodies = page_names(text, "public_body")
    assert "乌鲁木齐市党委" in bodies and "乌鲁木齐市市党委" not in bodies
