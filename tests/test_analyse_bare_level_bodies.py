"""A Chinese body named by its level alone ("县委", "县公安局", "地委", "地区公安局", "州委") is the body of the
document's own county or prefecture when the document names one place of that level, so two counties'
committees are two bodies; a township's ("乡党委") is the one the document names in full."""

from pathlib import Path

from habeas.analyse import tables as t
from test_analyse_store import cli
from test_analyse_unseen import analyse


def canonical_bodies(text: str) -> dict[str, str]:
    return {m.name: m.canonical for m in analyse(text).mentions if m.type == t.PUBLIC_BODY}


def test_a_townships_committee_or_government_written_as_one_word_is_a_body() -> None:
    found = canonical_bodies("经乡党委研究决定，由镇政府和乡政府配合，镇党委负责督办。")
    assert {"乡党委", "镇政府", "乡政府", "镇党委"} <= set(found)


def test_the_level_stands_for_the_one_county_and_the_township_body_named_in_full() -> None:
    found = canonical_bodies(
        "洛浦县人民政府办公室通知\n\n经县委研究，由县公安局牵头，阿其克乡党委配合。经乡党委研究决定。"
    )
    assert found["县委"] == "洛浦县党委"
    assert found["县公安局"] == "洛浦县公安局"
    assert found["乡党委"] == "阿其克乡党委"


def test_a_township_the_segmenter_split_from_its_committee_is_no_bare_committee() -> None:
    found = canonical_bodies("喇嘛昭乡要在4月15日前完成任务；郊区乡党委副书记要亲自包联重点村。")
    assert "乡党委" not in found


def test_with_two_counties_named_the_level_stays_bare() -> None:
    found = canonical_bodies("洛浦县和策勒县的干部参加会议。经县委研究，县公安局牵头。")
    assert found["县委"] in ("县委", "县党委")
    assert found["县公安局"] == "县公安局"


def test_every_county_or_level_word_is_no_one_countys_body() -> None:
    found = canonical_bodies("洛浦县通知\n\n县级公安机关和县直单位要配合，县委研究决定。")
    assert not any(name.startswith(("县级", "县直")) and canon.startswith("洛浦") for name, canon in found.items())


def test_two_documents_from_two_counties_keep_two_county_committees(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text("洛浦县人民政府关于开展核查工作的通知\n\n经县委研究决定，由县公安局负责。\n")
    (corpus / "two.txt").write_text("策勒县通报\n\n经县委研究，县公安局配合。\n")
    store = tmp_path / "store"
    cli(store, "ingest", str(corpus))
    bodies = {e["name"]: e["document_count"] for e in cli(store, "entities", "--type", "public_body")["entities"]}
    assert bodies.get("洛浦县党委") == 1 and bodies.get("策勒县党委") == 1
    assert bodies.get("洛浦县公安局") == 1 and bodies.get("策勒县公安局") == 1
    assert "县委" not in bodies


def test_a_word_that_describes_the_noun_after_it_is_no_body_joined_by_and() -> None:
    found = {m.name for m in analyse("会议要求县公安局和驻村工作队做好工作，乡政府和驻村干部配合。").mentions}
    assert "驻村" not in found and {"县公安局", "乡政府"} <= found
    assert {m.name for m in analyse("华为公司与海康威视等企业合作。").mentions if m.type == t.ORGANIZATION} >= {
        "华为公司",
        "海康威视",
    }


def test_a_prefectures_bare_bodies_are_the_one_prefecture_the_document_names() -> None:
    found = canonical_bodies(
        "阿克苏地区召开专题会议\n\n会议由地委副书记主持，地委政法委、地区公安局、行署办公室有关负责人参加。"
        "地区级机关要配合。"
    )
    assert found["地委政法委"] == "阿克苏地区党委政法委"
    assert found["地区公安局"] == "阿克苏地区公安局"
    assert not any(canon.startswith("阿克苏地区级") for canon in found.values())  # every prefecture-level body


def test_an_autonomous_prefectures_bare_bodies_and_two_prefectures_named() -> None:
    found = canonical_bodies("昌吉回族自治州通报\n\n州委研究决定，由州公安局牵头。")
    assert found["州公安局"] == "昌吉回族自治州公安局"
    both = canonical_bodies("和田地区和喀什地区联合通报\n\n地区公安局要加强配合。")
    assert both["地区公安局"] == "地区公安局"  # two prefectures: the level stays bare
