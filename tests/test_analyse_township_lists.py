"""Township and village names in Chinese, and the police stations named after them, where the segmenter reads
across them: two townships a conjunction joins, names with 其 (a pronoun, "its", and a syllable of many
transcribed names) inside or at the end, and stations named by a long stem or after a verb of going."""

from habeas.analyse import tables as t
from test_analyse_unseen import BODIES, cn_names


def test_two_townships_a_conjunction_joins_are_two_places() -> None:
    places = cn_names("库玛乡和孜热克乡的干部参加了培训。", t.PLACE)
    assert {"库玛乡", "孜热克乡"} <= places
    assert not any("和" in p for p in places)


def test_a_township_with_qi_at_its_start_is_read_whole() -> None:
    places = cn_names("策勒县其热克乡阿帕村村民说，今年收成不错。", t.PLACE)
    assert "其热克乡" in places
    assert "热克乡" not in places


def test_a_village_with_qi_inside_and_doubled_is_read_whole() -> None:
    places = cn_names("据了解，阿恰镇库其其村共有农户215户。", t.PLACE)
    assert "库其其村" in places


def test_a_township_ending_in_qi_before_its_village() -> None:
    places = cn_names("工作队来到托拉其镇阿热勒村走访。", t.PLACE)
    assert "托拉其镇" in places


def test_qi_as_a_pronoun_names_no_place() -> None:
    assert cn_names("他返回其村后，又去了该县其他乡镇。", t.PLACE) == set()


def test_a_township_before_its_village_starts_after_the_verb_before_it() -> None:
    places = cn_names("干部们来到库木巴格乡阿热勒村走访。", t.PLACE)
    assert {"库木巴格乡", "阿热勒村"} <= places
    assert not any(p.startswith(("们", "来到")) for p in places)


def test_a_station_or_checkpoint_named_by_a_long_transcribed_stem_is_a_body() -> None:
    bodies = cn_names("1. 阿克塔什萨依检查站 辅警 5名\n巴什库木巴格派出所民警赶到现场。", *BODIES)
    assert {"阿克塔什萨依检查站", "巴什库木巴格派出所"} <= bodies


def test_a_station_after_a_verb_of_going_is_named_from_after_the_verb() -> None:
    bodies = cn_names("他被带到托库孜派出所问话。", *BODIES)
    assert "托库孜派出所" in bodies
    assert not any(b.startswith(("他", "带到")) for b in bodies)
