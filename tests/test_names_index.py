"""The names index's terms: built at intake (table rows) and at resolution (entities), read by a name
query instead of every name; on SQLite and PostgreSQL. And the Chinese renderings a case's own
documents use, ranked first."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from conftest import ACTOR, Make, docs_by_name, ingest
from habeas.names import phonetic, transcription
from habeas.resolve import name_index
from habeas.services import Caller
from habeas.services import names as names_service
from habeas.store.analysis_models import EntityRow
from habeas.store.names_models import EntityNameKey, NameKey, NameKeyColumn, NameTerm
from habeas.store.store import Store

MIGRATION = Path(__file__).resolve().parents[1] / "src/habeas/store/migrations/versions/0018_entity_name_keys.py"


def test_terms_of_a_name_and_of_a_query_meet_across_scripts() -> None:
    latin = phonetic.index_terms(phonetic.index_keys("Ilham Tohti"))
    assert {"lm", "tt", "lm+tt"} <= latin
    for form in ("伊力哈木·土赫提", "ئىلھام توختى", "Tohti Ilham"):
        pairs, _, _ = phonetic.query_terms(form)
        assert pairs & latin, form  # a two-part name meets on a pair of its parts
    _, _, parts = phonetic.query_terms("Zhuhailun")  # written together: meets the parts written together
    assert parts & phonetic.index_terms(phonetic.index_keys("Zhu Hailun"))
    # keys that drift after their first letters (阿不都克里木 read "abdukerim") meet on the near pairs
    _, near, _ = phonetic.query_terms("Abdulkerim Abbasov")
    assert near & phonetic.index_terms(phonetic.index_keys("阿不都克里木·阿巴索夫"))


def test_the_migration_builds_the_same_terms_as_intake() -> None:
    spec = importlib.util.spec_from_file_location("migration_0018", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in ("Ilham Tohti", "伊力哈木·土赫提", "Muhammad Abdullah Tursun", "朱海仑", "X"):
        keys = phonetic.index_keys(name)
        assert module._terms(keys) == phonetic.index_terms(keys)


def test_usage_of_the_case_ranks_its_renderings_first() -> None:
    candidates = transcription.chinese_candidates("ilham toxti", 30)
    variants = transcription.part_variants("ilham toxti")
    usage = {"伊力哈木": 3.0, "土赫提": 2.0}
    widened = transcription.with_used_parts(candidates, variants, usage)
    ranked = transcription.rank_by_usage(widened, usage, transcription.USAGE_WEIGHT)
    assert ranked[0][0] == "伊力哈木·土赫提"
    assert transcription.rank_by_usage(candidates, {})[0][0] == candidates[0][0]  # no usage: the model's order


def test_rows_and_entities_are_found_through_their_terms(
    store: Store, make: type[Make], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [["name", "note"]] + [[f"Person{i} Family{i % 37}", f"n{i}"] for i in range(1500)]
    rows.append(["伊力哈木·土赫提", "the one"])
    make.xlsx(tmp_path / "people.xlsx", {"Sheet1": rows})
    (tmp_path / "zh.txt").write_text("2014年，伊力哈木·土赫提被判处无期徒刑。\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("A court sentenced Ilham Tohti to life in prison in 2014.\n", encoding="utf-8")
    ingest(store, tmp_path / "people.xlsx", tmp_path / "zh.txt", tmp_path / "en.txt")
    ctx = Caller(store, ACTOR)
    got = names_service.match_names(ctx, "Ilham Tohti", limit=5)["matches"]
    kinds = {m["kind"]: m for m in reversed(got)}
    assert kinds["record"]["name"] == "伊力哈木·土赫提" and kinds["record"]["row"] == len(rows)
    person = kinds["entity"]
    assert {person["name"], *person["aliases"]} >= {"伊力哈木·土赫提", "Ilham Tohti"}
    with store.db.reading() as session:
        terms = session.scalar(select(func.count()).select_from(NameTerm))
        keyed = session.scalar(select(func.count()).select_from(NameKey))
        assert keyed and terms and terms >= keyed * 3  # each row: its parts, their pair, written together
        assert session.scalar(
            select(func.count()).select_from(EntityNameKey).where(EntityNameKey.entity_id == person["id"])
        )
    # a query of a big case reads the terms, not every entity: without its terms the person is not found ...
    monkeypatch.setattr(name_index, "SCAN_BELOW", 0)
    with store.db.transaction() as session:
        case_id = session.scalar(select(EntityRow.case_id).where(EntityRow.id == person["id"]))
        session.execute(delete(EntityNameKey).where(EntityNameKey.entity_id == person["id"]))
    assert not [m for m in name_index.match_entities(store, "Ilham Tohti") if m["id"] == person["id"]]
    # ... and a case whose entities have no terms at all gets them at its first query
    with store.db.transaction() as session:
        session.execute(delete(EntityNameKey).where(EntityNameKey.case_id == case_id))
    assert [m for m in name_index.match_entities(store, "Ilham Tohti") if m["id"] == person["id"]]


def test_names_in_traditional_characters_are_found_by_either_form_and_by_latin(
    store: Store, make: type[Make], tmp_path: Path
) -> None:
    make.xlsx(tmp_path / "people.xlsx", {"Sheet1": [["name"], ["買買提·吐爾遜"], ["热比娅·卡德尔"], ["Gulshan Abbas"]]})
    (tmp_path / "rfa.txt").write_text("自由亞洲電台報道，買買提·吐爾遜於2018年在喀什被拘押。\n", encoding="utf-8")
    ingest(store, tmp_path / "people.xlsx", tmp_path / "rfa.txt")
    ctx = Caller(store, ACTOR)

    def best(query: str, kind: str) -> str:
        """The name of the best match of this kind, as sure as the same name in one form of characters."""
        found = next(m for m in names_service.match_names(ctx, query, limit=5)["matches"] if m["kind"] == kind)
        assert found["score"] >= 0.95, found
        return str(found["name"])

    assert best("Memet Tursun", "record") == "買買提·吐爾遜"
    assert best("买买提·吐尔逊", "record") == "買買提·吐爾遜"
    assert best("熱比婭·卡德爾", "record") == "热比娅·卡德尔"
    assert best("Memet Tursun", "entity") in ("买买提·吐尔逊", "買買提·吐爾遜")
    usage = name_index.transcription_usage(store, "Memet Tursun")
    assert usage["吐尔逊"] and not usage["吐爾遜"]  # counted in the form the renderings are written in


def test_the_migration_keys_names_in_traditional_characters_again(
    store: Store, make: type[Make], tmp_path: Path
) -> None:
    """Keys kept before names in traditional characters were read as simplified ones are stale: the
    migration drops those of the tables and cases holding such names, and the next query makes them."""
    from alembic import command

    from habeas.store import db

    make.xlsx(tmp_path / "old.xlsx", {"Sheet1": [["name"], ["買買提·吐爾遜"]]})
    make.xlsx(tmp_path / "plain.xlsx", {"Sheet1": [["name"], ["Gulshan Abbas"]]})
    (tmp_path / "rfa.txt").write_text("自由亞洲電台報道，買買提·吐爾遜於2018年在喀什被拘押。\n", encoding="utf-8")
    ingest(store, tmp_path / "old.xlsx", tmp_path / "plain.xlsx", tmp_path / "rfa.txt")
    ids = {name: d["id"] for name, d in docs_by_name(store).items()}
    ctx = Caller(store, ACTOR)
    names_service.match_names(ctx, "Memet Tursun")  # keys every table, and the case's entities

    def keyed() -> tuple[set[str], int, int]:
        with store.db.reading() as session:
            documents = set(session.scalars(select(NameKeyColumn.document_id)))
            names = session.scalar(
                select(func.count()).select_from(NameKey).where(NameKey.document_id == ids["old.xlsx"])
            )
            entities = session.scalar(select(func.count()).select_from(EntityNameKey))
        return documents, names or 0, entities or 0

    assert keyed() == ({ids["old.xlsx"], ids["plain.xlsx"]}, 1, keyed()[2]) and keyed()[2]
    config = db.alembic_config(store.db.engine)
    command.downgrade(config, "browse_indexes")
    command.upgrade(config, "head")
    assert keyed() == ({ids["plain.xlsx"]}, 0, 0)
    [found] = [m for m in names_service.match_names(ctx, "Memet Tursun")["matches"] if m["kind"] == "record"]
    assert found["name"] == "買買提·吐爾遜" and found["score"] >= 0.95
    documents, names, entities = keyed()
    assert documents == {ids["old.xlsx"], ids["plain.xlsx"]} and names == 1 and entities
