"""Chinese shapes the forty-fifth Chinese held-out set showed the rules missing (a printed form's notice with its
blanks filled in, an overseas broadcaster's transcript, a work team's chat export); the sentences below are written
for these tests, with public bodies as themselves and private people invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, page_names


def _counts(text: str) -> dict[float, str]:
    return {c.value: c.unit for c in analyse(text).claims}


def _dates(text: str) -> set[str]:
    return {d.value for d in analyse(text).dates}


# -- a form's blanks ----------------------------------------------------------------------------------------------


def test_a_forms_blanks_filled_in_between_underscores_give_the_date_and_no_count_of_its_parts() -> None:
    text = "我所已于__2019__年__3__月__14__日__9__时将涉嫌__诈骗__罪的__帕尔哈提·吾买尔__取保候审。\n"
    assert "2019-03-14" in _dates(text)
    assert not _counts(text)  # the month, the day and the hour written in blanks count nothing
    assert "帕尔哈提·吾买尔" in page_names(text, t.PERSON)


def test_a_clock_hour_set_apart_by_spaces_counts_nothing() -> None:
    assert not _counts("于2021年11月2日   8   时许到达现场。\n")


def test_a_count_set_apart_by_spaces_still_counts() -> None:
    assert 35 in _counts("本次共有  35  人参加培训。\n")


def test_people_after_a_forms_labels_with_no_colon_are_people() -> None:
    text = "审批人 __赵建华__      经办人 __热娜古丽、周  强__\n填表时间 __2019年3月15日__    送达人 __努尔兰__\n"
    assert {"赵建华", "热娜古丽", "周强", "努尔兰"} <= page_names(text, t.PERSON)


def test_a_forms_other_fields_after_a_label_name_no_one() -> None:
    text = "被执行人 __吐逊江·买买提__  性别 __男__  民族 __维吾尔族__  文化程度 __初中__\n"
    assert page_names(text, t.PERSON) == {"吐逊江·买买提"}


# -- durations in Chinese numerals ---------------------------------------------------------------------------------


def test_hours_in_chinese_numerals_are_a_span() -> None:
    counts = _counts("家属称，他们每天被要求学习十二个小时，律师须在四十八小时以内提出申请。\n")
    assert {12, 48} <= set(counts)


def test_hours_ago_in_chinese_numerals_count_nothing() -> None:
    assert not _counts("该帖子三小时前被删除。\n")


# -- a chat's export --------------------------------------------------------------------------------------------


def test_a_spaced_sender_after_a_messages_time_is_a_person() -> None:
    assert "陈刚" in page_names("2020-03-11 09:40 陈  刚（镇政府）\n明天上午10点开会。\n", t.PERSON)


def test_a_messages_head_dates_the_message_under_it() -> None:
    text = "2020-03-11 09:40 陈  刚（镇政府）\n明天上午全体村民到文化室集中学习。\n"
    [found] = [d for d in analyse(text).dates if d.value == "2020-03-11"]
    assert "集中学习" in found.sentence_text


def test_a_line_with_a_time_and_a_sentence_of_its_own_stays_apart() -> None:
    text = "2020-03-11 09:40 会议召开。\n下午全体村民到文化室集中学习。\n"
    [found] = [d for d in analyse(text).dates if d.value == "2020-03-11"]
    assert "集中学习" not in found.sentence_text
