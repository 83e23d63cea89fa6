"""Chinese errors shown by a twenty-eighth round of real pages read outside the project (epidemic control notices
and their case counts, a wire on a city's measures, a broadcaster's report of a reward notice, a wire dated in
Chinese numerals, reports of a regional people's congress's meetings and its presidium, a high court's press
conference on two officials' trials in two scripts and an overseas commentary on it, reports of terrorism trials
with transcribed names in Latin letters, a news agency's report of sentences and pardons); the sentences below are
written for these tests, with public bodies and places as themselves and everyone else invented."""

from test_analyse_unseen import page_names


def test_a_personnel_decisions_title_names_who_resigns_and_who_acts() -> None:
    text = (
        "会议表决通过了《自治区人大常委会关于接受罗北川辞去自治区监察委员会主任职务的决定》"
        "《自治区人大常委会关于杨淼代理自治区监察委员会主任的决定》以及有关人事任免事项。"
    )
    assert {"罗北川", "杨淼"} <= page_names(text, "person")
    assert not any(n.startswith("杨淼") for n in page_names(text, "organization", "public_body"))
    assert "北川" not in page_names(text, "place")


def test_a_transcribed_name_after_a_title_keeps_its_first_character() -> None:
    text = "原自治区课程改革领导小组组长沙比尔·吐尔逊因受贿被判刑。据称，沙比尔·吐尔逊多次收受财物。"
    assert page_names(text, "person") == {"沙比尔·吐尔逊"}
    assert "长沙" not in page_names(text, "place")


def test_a_word_read_into_a_transcribed_name_the_page_gives_is_no_part_of_it() -> None:
    text = (
        "法院认为，阿不都热依木·巴克犯受贿罪。2006年，阿不都热依木·巴克安排其亲属出境。"
        "法院说，艾力·沙吾提是他的同伙，但若艾力·沙吾提主动交代，可以从轻处理。"
    )
    assert page_names(text, "person") == {"阿不都热依木·巴克", "艾力·沙吾提"}


def test_graduating_and_holding_posts_in_turn_are_no_names() -> None:
    text = "1989年毕业后到县公安局任职，从一名民警干起，曾历任县公安局副局长、县司法局局长。"
    assert page_names(text, "person") == set()


def test_a_development_zones_short_name_is_read_whole() -> None:
    text = "自2022年8月10日8时起，在全市高新区、经开区(头屯河区)、米东区实行临时性静态管理措施。"
    places = page_names(text, "place")
    assert "经开区" in places
    assert "开区" not in places


def test_days_and_a_half_are_no_place() -> None:
    text = "大会定于1月23日上午开幕，1月27日上午闭幕，会期4天半。"
    assert page_names(text, "place") == set()
