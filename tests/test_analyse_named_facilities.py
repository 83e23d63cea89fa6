"""A camp, a prison or a detention centre named in full is one facility of its own; its kind alone
("a detention centre", "the camps") stays the generic facility."""

from pathlib import Path

from habeas.analyse import tables as t
from test_analyse_store import cli
from test_analyse_unseen import analyse, names


def facilities(text: str) -> set[str]:
    return names(analyse(text), t.FACILITY)


def test_a_facility_keeps_the_name_before_its_kind_and_its_number_after_it() -> None:
    found = facilities(
        "In 2017 she was taken to the Tokkuzak Vocational Skills Education and Training Centre. Her cousin spent "
        "a year in Aral City Detention Centre No. 4, and a neighbour was moved to Korla No. 2 Detention Center."
    )
    assert {
        "Tokkuzak Vocational Skills Education and Training Centre",
        "Aral City Detention Centre No. 4",
        "Korla No. 2 Detention Center",
    } <= found
    assert "vocational skills education and training centre" not in found


def test_the_word_that_opens_a_sentence_is_no_part_of_the_name() -> None:
    found = facilities("In Tashkent Prison he wrote letters. The Lop Nur Detention Centre was enlarged in 2019.")
    assert {"Tashkent Prison", "Lop Nur Detention Centre"} <= found
    assert not any(name.startswith(("In ", "The ")) for name in found)


def test_a_kind_in_lower_case_in_the_plural_or_after_a_nationality_stays_generic() -> None:
    found = facilities(
        "Researchers counted new detention centres across the region. Former detainees of Chinese Detention "
        "Centres spoke to reporters, and Kazakh officials asked about the camps."
    )
    assert found <= {"detention centre", "camp"}


def test_two_camps_named_in_two_documents_stay_two_facilities(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "one.txt").write_text(
        "Report one.\n\nIn 2018 Aynur was sent to the Tokkuzak Vocational Skills Education and Training Centre.\n"
    )
    (corpus / "two.txt").write_text(
        "Report two.\n\nIn 2019 her uncle was held at the Yengisar Vocational Skills Education and Training Centre.\n"
    )
    store = tmp_path / "store"
    cli(store, "ingest", str(corpus))
    camps = {e["name"]: e["document_count"] for e in cli(store, "entities", "--type", "facility")["entities"]}
    assert camps == {
        "Tokkuzak Vocational Skills Education and Training Centre": 1,
        "Yengisar Vocational Skills Education and Training Centre": 1,
    }


def test_a_detention_house_and_a_remand_centre_are_facilities_not_bodies() -> None:
    text = (
        "Her brother was held in the Yining No. 2 Detention House for a year, then at the Kowloon Bay Reception "
        "Centre. The Toksun County Custody Centre and the Qarqi Re-education Center were built in 2018."
    )
    found = facilities(text)
    assert {
        "Yining No. 2 Detention House",
        "Kowloon Bay Reception Centre",
        "Toksun County Custody Centre",
        "Qarqi Re-education Center",
    } <= found
    assert not names(analyse(text), t.ORGANIZATION, t.PUBLIC_BODY) & found


def test_a_house_or_a_centre_of_another_kind_is_no_facility() -> None:
    found = facilities("She spoke at the Kashgar Cultural Centre and at Chatham House in London.")
    assert not found & {"Kashgar Cultural Centre", "Chatham House"}
