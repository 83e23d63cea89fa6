"""English pages as copied from the web, a twenty-fifth batch of real pages read outside the project (online
encyclopaedia articles on an activist, a people and a law with their infoboxes as lists or pipes, a Nigerian
paper's reprint of a broadcaster's feature, British, Australian and Central Asian newspapers' and broadcasters'
reports and features, a magazine's report as a blog reposts it under its byline in capitals, a city's English
site, a paraphrased wire story and a news agency's report). The pages below are written for these tests; the
well-known bodies and places in them are themselves, everyone else is invented."""

from habeas.analyse import tables as t
from test_analyse_unseen import analyse, names, values


def test_a_number_word_with_its_capital_in_prose_opens_a_name_not_a_count() -> None:
    text = (
        "Police are still questioning the wife of a man interviewed on Four Corners last week.\n\n"
        "After Amina Tursun spoke out about her plight on Four Corners, police took Erkin Sabit away.\n\n"
        "Four Uyghurs were held in Hotan. Police later held nine men.\n"
    )
    r = analyse(text)
    assert "Four Corners" not in names(r, t.PERSON)
    assert {"Amina Tursun", "Erkin Sabit"} <= names(r, t.PERSON)
    units = {c.unit for c in r.claims}
    assert not {u for u in units if "Corners" in u}
    assert {4.0, 9.0} <= values(r)


def test_a_trade_a_person_plies_too_before_a_persons_name_names_a_person() -> None:
    text = (
        "They are backed by Amnesty International and former captain and broadcaster Arlo Penwick.\n"
        "The state broadcaster Sky News aired the interview.\n"
    )
    r = analyse(text)
    assert "Arlo Penwick" in names(r, t.PERSON)
    assert "Arlo Penwick" not in names(r, t.ORGANIZATION, t.PUBLIC_BODY)
    assert "Sky News" in names(r, t.ORGANIZATION)


def test_the_name_after_a_datelines_dash_without_spaces_is_the_storys_person() -> None:
    text = (
        "BISHKEK, Kyrgyzstan—Aigul Serikkyzy remembers little about the day she was freed from the camp.\n"
        "Serikkyzy, an ethnic Kazakh, spent 15 months inside a camp.\n"
    )
    r = analyse(text)
    assert "Bishkek" in names(r, t.PLACE)
    assert "Aigul Serikkyzy" in names(r, t.PERSON)
    assert not {n for n in names(r, t.ORGANIZATION) if "Serikkyzy" in n or "BISHKEK" in n}


def test_the_name_after_a_datelines_spaced_dash_is_a_person_and_a_body_stays_a_body() -> None:
    r = analyse("BISHKEK, Kyrgyzstan — Aigul Serikkyzy remembers little about the day she was freed.\n")
    assert "Aigul Serikkyzy" in names(r, t.PERSON)
    r = analyse("BEIJING — Human Rights Watch said on Monday that the camps had grown.\n")
    assert "Human Rights Watch" in names(r, t.ORGANIZATION)
    assert not names(r, t.PERSON)


def test_a_byline_all_in_capitals_names_its_reporters() -> None:
    text = "BY JANE MORROW, ASEL BEKOVA\nA woman shows a photo of her son in Almaty.\n"
    assert {"Jane Morrow", "Asel Bekova"} <= names(analyse(text), t.PERSON)


def test_a_post_at_large_before_its_portfolio_and_a_name_names_the_person() -> None:
    text = (
        "Among those named are Ambassador at Large for International Religious Freedom Arlo Penwick and "
        "Ambassador-at-Large for Global Women's Issues Jane Morrow.\n"
    )
    r = analyse(text)
    assert {"Arlo Penwick", "Jane Morrow"} <= names(r, t.PERSON)
    assert not {n for n in names(r, t.ORGANIZATION) if "Penwick" in n or "Morrow" in n}


def test_a_post_in_an_appositive_after_the_persons_name_names_no_one_more() -> None:
    text = (
        "In Washington, Jane Morrow, the US Ambassador-at-Large for Global Criminal Justice, said the "
        "findings were troubling. Arlo Penwick, the Special Envoy for International Religious Freedom, agreed.\n"
    )
    people = names(analyse(text), t.PERSON)
    assert {"Jane Morrow", "Arlo Penwick"} <= people
    assert not {p for p in people if "Freedom" in p or "Justice" in p}


def test_a_relatives_one_name_before_a_possessive_is_the_name_without_it() -> None:
    r = analyse("He could see the joy on his wife Oralgul’s face when he came home.\n")
    assert "Oralgul" in names(r, t.PERSON)
    assert not {n for n in names(r, t.PERSON) if n.endswith(("’s", "'s"))}


def test_peoples_words_before_a_persons_name_are_who_the_person_is_not_a_bodys_name() -> None:
    text = (
        "Tursun, as well as fellow Uyghur Australian Almas Qadirbek, are meeting with federal politicians today.\n"
        "The Australian Strategic Policy Institute and the Chinese Academy of Sciences disagreed.\n"
        "Officials met researchers from Sheffield Hallam University and the British Retail Consortium.\n"
    )
    r = analyse(text)
    assert "Almas Qadirbek" in names(r, t.PERSON)
    assert "Retail Consortium" not in names(r, t.PERSON)
    assert not {n for n in names(r, t.ORGANIZATION) if "Qadirbek" in n}
    assert {"Australian Strategic Policy Institute", "Chinese Academy of Sciences"} <= names(r, t.ORGANIZATION)
