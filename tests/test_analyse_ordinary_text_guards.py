"""Rules for particular page shapes keep off ordinary text: a day the calendar lacks, a street's name before a
noun, headings in capitals, "MPs for" a cause, a school's institute, a sentence above a name. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from habeas.analyse import tables as t
from habeas.analyse.engine import DocumentText, analyse_batch
from test_analyse_unseen import BODIES, analyse, cn_names, names


def test_a_day_the_calendar_lacks_is_no_date_and_fails_nothing() -> None:
    [result] = analyse_batch([DocumentText("d", [(1, "Jane Roe (RFA, 31 Feb 20) said 300 people were held.")])])
    assert not any("-02-31" in (d.value or "") for d in result.dates)
    assert "Jane Roe" in {m.name for m in result.mentions if m.type == t.PERSON}


def test_a_streets_name_before_a_noun_leaves_the_figure_a_count() -> None:
    [result] = analyse_batch([DocumentText("d", [(1, "More than 200 Wall Street firms signed the pledge.")])])
    assert [c.value for c in result.claims] == [200.0]


def test_headings_in_capitals_before_a_colon_are_no_speakers() -> None:
    assert not names(analyse("READ MORE:\nKEY POINTS:\nTOP STORIES:\nThe camp was closed in 2019."), t.PERSON)


def test_members_for_a_cause_name_no_seat() -> None:
    assert not names(analyse("The plan was backed by MPs for Brexit and by the unions."), t.PLACE)


def test_a_schools_institute_is_not_cut_as_a_second_school() -> None:
    bodies = names(analyse("She joined the Fudan University Development Institute in 2015."), *BODIES)
    assert not any(b.startswith("Development") for b in bodies)


def test_a_sentence_above_a_name_is_no_posts_line() -> None:
    text = "The Minister of Foreign Affairs said it would respond.\nMore Coverage\n"
    assert not names(analyse(text), t.PERSON)


def test_some_cadres_and_a_post_then_held_are_no_list_of_peoples_or_an_era() -> None:
    from test_analyse_unseen import cn_names

    assert {"张伟", "李强"} <= cn_names("张伟、李强等部分干部参加会议。", t.PERSON)  # 部分: some, no tribe
    assert "宋明" in cn_names("宋明时任乡长。", t.PERSON)  # 时任: then serving as, no era


def test_a_count_after_of_or_by_is_no_earlier_centurys_year() -> None:
    from test_analyse_unseen import values

    assert values(analyse("The village had a population of 1200.")) == {1200}
    assert values(analyse("He paid a fine of 1500 yuan.")) == {1500}
    assert values(analyse("The fort was built in 1404 after the war.")) == set()


def test_a_verb_or_an_adjective_before_a_name_is_no_noun_for_a_work() -> None:
    assert "Ilham Tohti" in names(analyse("Leaked records show Ilham Tohti was held."), t.PERSON)
    assert "Amnesty International" in names(analyse("The figures show Amnesty International was right."), *BODIES)
    assert names(analyse("He sang a song called Atilar on stage."), t.PERSON) == set()


def test_a_place_before_time_that_is_no_clock_is_a_place() -> None:
    from test_analyse_unseen import cn_names

    assert "新疆" in cn_names("他在新疆时间不长。", t.PLACE)
    assert "北京" not in cn_names("北京时间5月3日，会议召开。", t.PLACE)


def test_a_status_column_and_an_empty_cell_name_no_place_and_no_body() -> None:
    text = "Name\tState\tSince\nAli Yusuf\tDetained\t2019\nEmine Kara\tReleased\t2021\n"
    assert not {"Detained", "Released"} & names(analyse(text), t.PLACE)
    text = "Brand\tSupplier\tWorkers\nNone given\tKorla Tianyuan Textile Co.\t120\nLumora\tAksu Weaving Ltd.\t80\n"
    assert "None given" not in names(analyse(text), *BODIES)


def test_a_title_before_a_references_author_is_no_surname() -> None:
    people = names(analyse("References\nDr Hartley, Owen (2013). Wires of the Steppe. Leeds: Aire."), t.PERSON)
    assert not [p for p in people if "Dr" in p.split()]


@pytest.mark.parametrize("text", ["这件事明年再说。", "多年来都说他是好人。", "外地都说这里的棉花好。"])
def test_a_time_or_place_word_before_a_verb_of_saying_is_no_transcribed_name(text: str) -> None:
    assert cn_names(text, t.PERSON) == set()


def test_an_ordinary_word_of_where_before_a_police_station_names_none() -> None:
    assert cn_names("当地乡镇干部把他带到当地派出所，附近乡镇的人被送到附近检查站。", *BODIES) == set()


@pytest.mark.parametrize("text", ["Home Page/News/World\nThe camp closed.", "Read More/Politics\nText here."])
def test_a_menu_path_on_a_line_of_its_own_is_no_photo_credit(text: str) -> None:
    assert names(analyse(text), t.PERSON, *BODIES) == set()


def test_what_was_born_is_a_person_only_when_named_like_one() -> None:
    text = "Both Brothers were born in Hotan. Political Islam was born later. Professor Gulnisa Imin was born in 1966."
    assert names(analyse(text), t.PERSON) == {"Gulnisa Imin"}


def test_the_figure_before_quoted_words_and_a_noun_counts_them() -> None:
    claims = analyse('ASPI identified the 380 "re-education" facilities in the region.').claims
    assert [(c.value, c.unit) for c in claims] == [(380, "facilities")]


def test_a_list_of_countries_before_their_peoples_policy_is_of_places() -> None:
    assert {"中国", "俄罗斯"} <= cn_names("中国、俄罗斯等国的民族政策不同。", t.PLACE)


def test_the_internet_after_a_paper_and_a_dated_report_heading_are_no_media() -> None:
    assert cn_names("文章刊登在《人民日报》和互联网，引发热议。", *BODIES) == {"人民日报"}
    assert cn_names("工作简报　2021-03-26 09:30\n本周完成了培训。", *BODIES) == set()
