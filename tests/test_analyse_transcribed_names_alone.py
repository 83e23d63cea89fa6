"""Transcribed Uyghur and Kazakh names in Chinese text where nothing but the sentence says they are names:
written alone without a dot before what a person does or is, or with a dot before a verb whose first
character is also a syllable of names; and news agencies that report alike, joined by an adverb."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, analyse, cn_names, names

PERSON = t.PERSON


def test_an_undotted_name_before_a_verb_of_saying_is_a_person() -> None:
    people = names(analyse("座谈会上，学员帕孜莱提说，她已经学会了缝纫。"), PERSON)
    assert "帕孜莱提" in people


def test_an_undotted_name_before_an_age_is_a_person() -> None:
    people = names(analyse("努尔比亚今年41岁，在纺织厂上班。"), PERSON)
    assert "努尔比亚" in people


def test_an_undotted_name_heading_a_count_of_people_is_whole() -> None:
    people = names(analyse("米热娜尔等15名学员领到了结业证书。"), PERSON)
    assert "米热娜尔" in people
    assert "米热娜" not in people


def test_a_known_place_before_a_verb_of_saying_is_no_person() -> None:
    people = names(analyse("库尔勒表示将继续推进项目建设。"), PERSON)
    assert "库尔勒" not in people


def test_a_dotted_name_ending_in_a_place_name_keeps_its_verb_apart() -> None:
    people = names(analyse("他的舅舅阿布都热合曼·阿不拉生于1968年，在莎车县务农。"), PERSON)
    assert "阿布都热合曼·阿不拉" in people
    assert "阿布都热合曼·阿不拉生" not in people


def test_agencies_that_report_alike_end_before_the_adverb() -> None:
    bodies = cn_names("共同社和塔斯社均报道了判决结果。", *BODIES)
    assert {"共同社", "塔斯社"} <= bodies
    assert "塔斯社均" not in bodies


def test_transcribed_names_with_rarer_syllables_are_read_whole_at_their_dot() -> None:
    # 宛 (Rizwangül) transcribes a Uyghur syllable; a name is not cut where it stands
    assert "热孜宛古丽·托合提" in cn_names("最小的是15岁的热孜宛古丽·托合提。", t.PERSON)
