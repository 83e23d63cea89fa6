"""A Chinese body named in full and in its usual short form in one document is one body: 人民政府 is
政府, 人民代表大会常务委员会 is 人大常委会, in a named place, a township the gazetteer does not know, or a bare
level that stands for the document's own county."""

from test_analyse_unseen import BODIES, analyse, names


def test_a_county_government_in_full_and_short_is_one_body() -> None:
    text = "皮山县人民政府印发通知。皮山县政府要求各乡镇于月底前上报。"
    bodies = names(analyse(text), *BODIES)
    assert "皮山县人民政府" in bodies
    assert "皮山县政府" not in bodies


def test_a_congress_standing_committee_in_full_and_short_is_one_body() -> None:
    text = "墨玉县人民代表大会常务委员会召开会议。墨玉县人大常委会主任主持。"
    bodies = names(analyse(text), *BODIES)
    assert "墨玉县人民代表大会常务委员会" in bodies
    assert "墨玉县人大常委会" not in bodies


def test_a_township_the_gazetteer_does_not_know_in_full_and_short_is_one_body() -> None:
    text = "阿克塔什乡人民政府发布公告。阿克塔什乡政府将组织核查。"
    bodies = names(analyse(text), *BODIES)
    assert "阿克塔什乡人民政府" in bodies
    assert "阿克塔什乡政府" not in bodies


def test_a_bare_level_joins_its_body_named_in_full() -> None:
    text = "策勒县人民代表大会常务委员会发布通知。县人大常委会要求各乡镇人大主席团落实。"
    bodies = names(analyse(text), *BODIES)
    assert "策勒县人民代表大会常务委员会" in bodies
    assert "县人大常委会" not in bodies  # the county's own standing committee, abbreviated


def test_two_different_bodies_of_one_place_stay_apart() -> None:
    text = "和田地区公安局与和田地区公安处召开会议。和田地区人民政府和和田地区人民检察院出席。"
    bodies = names(analyse(text), *BODIES)
    assert {"和田地区公安局", "和田地区公安处", "和田地区人民政府", "和田地区人民检察院"} <= bodies


def test_a_states_ministry_named_with_its_country_is_one_body_in_every_form() -> None:
    text = (
        "The Chinese Foreign Ministry rejected the report. The Ministry of Foreign Affairs of the People's "
        "Republic of China later issued a statement. The Kazakh Foreign Ministry and the Ministry of Foreign "
        "Affairs of Kazakhstan said nothing. The Chinese Commerce Ministry and the Ministry of Commerce of China "
        "announced controls."
    )
    bodies = names(analyse(text), *BODIES)
    assert "Ministry of Foreign Affairs of China" in bodies
    assert "Ministry of Foreign Affairs of Kazakhstan" in bodies
    assert "Ministry of Commerce of China" in bodies
    assert not {"Chinese Foreign Ministry", "Kazakh Foreign Ministry", "Chinese Commerce Ministry"} & bodies


def test_a_ministry_named_without_its_country_is_left_alone() -> None:
    text = (
        "The Ministry of Foreign Affairs of the Czech Republic summoned the ambassador. The Ministry of Foreign "
        "Affairs in Beijing called it interference."
    )
    bodies = names(analyse(text), *BODIES)
    assert "Ministry of Foreign Affairs of Czech Republic" in bodies
    assert "Ministry of Foreign Affairs" in bodies  # another country's, often: not joined to the Czech one


def test_a_company_named_in_full_then_by_its_first_two_words_is_one_company() -> None:
    text = (
        "The panels were bought from Tianmu Photovoltaic Components Co., Ltd. and Kelan Glass Materials, Inc. in "
        "2021.\n\nTianmu Photovoltaic said it had ended the contract. Kelan Glass did not reply."
    )
    r = analyse(text)
    canon = {m.name: m.canonical for m in r.mentions if m.type in BODIES}
    assert canon.get("Tianmu Photovoltaic") == "Tianmu Photovoltaic Components"
    assert canon.get("Kelan Glass") == "Kelan Glass Materials"
