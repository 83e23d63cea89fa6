"""People named in shapes a probe of invented sentences found missed: a family name that is also a place's
one-word name after a post, an Arabic family name whose article a hyphen joins, and a two-character Chinese name
written with a space after a byline's label the page spaced out too. The sentences are written for these tests."""

from habeas.analyse import tables as t
from habeas.analyse.engine import DocumentText, analyse_batch


def people(text: str) -> set[str]:
    [result] = analyse_batch([DocumentText("d", [(1, text)])])
    return {m.canonical or m.name for m in result.mentions if m.type == t.PERSON}


def test_a_family_name_spelt_like_a_place_after_a_post() -> None:
    assert "Tursun Aksu" in people("The poet Tursun Aksu was taken from his home in 2018.")
    assert "Dilnur Emin" in people("According to the teacher Dilnur Emin, the school closed in May.")
    # a place after a post and a preposition, or before a capitalised word, names no one
    assert not people("The governor of Aksu visited the county in May.")
    assert not people("The spokesman said the Aksu Prefecture office had closed.")


def test_an_arabic_family_name_with_its_article() -> None:
    assert "Samir al-Hakimi" in people("The lawyer Samir al-Hakimi filed the petition in Geneva.")
    assert "Nadia el-Sharif" in people("The scholar Nadia el-Sharif wrote the first study.")
    assert not people("The lawyer said al-Jazeera had carried the story.")


def test_a_spaced_two_character_name_after_a_spaced_out_byline_label() -> None:
    text = "据报道，该地区开展了大规模拘押行动。\n记　者：罗　兰\n编　辑：韩 冰\n当地政府否认上述说法。"
    assert {"罗兰", "韩冰"} <= people(text)
    assert not people("据报道，该地区开展了大规模拘押行动。\n记　者：本　报\n当地政府否认上述说法。")
