"""The tables of what things are (habeas.vocab): entity types and file formats, and the word lists of
the rule layers. A type or format added to a table but missed where it needs meaning fails here."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from habeas import vocab
from habeas.errors import InvalidInput

SRC = Path(vocab.__file__).resolve().parent.parent
APP_CSS = (SRC / "web" / "static" / "app.css").read_text(encoding="utf-8")
TYPES = vocab.entity_types()


# -- entity types ---------------------------------------------------------------------------------


def test_the_table_and_its_views_agree() -> None:
    assert tuple(e.name for e in TYPES) == vocab.ENTITY_TYPES
    assert {e.name: e.label for e in TYPES} == vocab.TYPE_LABELS
    assert vocab.exported_types() == tuple(e.name for e in TYPES if e.exported)
    assert sorted(vocab.resolution_order()) == sorted(vocab.ENTITY_TYPES)
    assert all(vocab.entity_type(e.name) is e for e in TYPES)
    for constant in (vocab.PERSON, vocab.ORGANIZATION, vocab.PUBLIC_BODY, vocab.FACILITY, vocab.PLACE, vocab.LAW):
        assert constant in vocab.ENTITY_TYPES


@pytest.mark.parametrize("column", ["name", "label", "rank", "css_class"])
def test_no_two_types_share(column: str) -> None:
    values = [getattr(e, column) for e in TYPES]
    assert len(set(values)) == len(values), column


@pytest.mark.parametrize("entity", TYPES, ids=lambda e: e.name)
def test_every_type_is_styled_in_the_web_app(entity: vocab.EntityType) -> None:
    css = re.escape(entity.css_class)
    assert re.search(rf"(?m)\.t-{css}\s*\{{[^}}]*border-color", APP_CSS), f".t-{entity.css_class} missing"
    assert re.search(rf"(?m)\.network circle\.{css}\s*\{{[^}}]*fill", APP_CSS), (
        f".network circle.{entity.css_class} missing"
    )


@pytest.mark.parametrize("entity", TYPES, ids=lambda e: e.name)
def test_every_exported_type_has_a_schema_followthemoney_knows(entity: vocab.EntityType) -> None:
    from followthemoney import model

    if entity.exported:
        assert entity.ftm_schema is not None
    if entity.ftm_schema is not None:
        schema = model.get(entity.ftm_schema)
        assert schema is not None, entity.ftm_schema
        assert not schema.abstract
        assert "name" in schema.properties  # the export writes every entity's name


def test_entity_type_named_reads_what_people_write() -> None:
    assert vocab.entity_type_named("Organisation") == "organization"
    assert vocab.entity_type_named("organization") == "organization"
    assert vocab.entity_type_named("public body") == "public_body"
    assert vocab.entity_type_named(" Public-Body ") == "public_body"
    assert vocab.entity_type_named("PERSON") == "person"
    assert vocab.entity_type_named("Some Thing") == "some_thing"  # unknown: normalised, unchecked
    for e in TYPES:
        assert vocab.entity_type_named(e.label) == e.name
        assert vocab.entity_type_named(e.name) == e.name


def test_an_unknown_type_is_invalid_input() -> None:
    with pytest.raises(InvalidInput, match="unknown entity type"):
        vocab.entity_type("event")


def test_the_layers_read_the_table() -> None:
    from habeas.analyse import english_spacy, tables
    from habeas.export import case_file, ftm
    from habeas.resolve import resolver

    assert tables.ENTITY_TYPES == vocab.ENTITY_TYPES and tables.TYPE_LABELS is vocab.TYPE_LABELS
    assert tables.entity_type_named is vocab.entity_type_named
    assert (tables.PERSON, tables.ORGANIZATION, tables.PUBLIC_BODY, tables.FACILITY, tables.PLACE, tables.LAW) == (
        vocab.PERSON,
        vocab.ORGANIZATION,
        vocab.PUBLIC_BODY,
        vocab.FACILITY,
        vocab.PLACE,
        vocab.LAW,
    )
    assert list(vocab.resolution_order()) == resolver.TYPE_ORDER
    assert vocab.exported_types() == case_file.EXPORTED_TYPES
    assert set(ftm.SCHEMA_OF) >= set(vocab.exported_types())
    assert vocab.spacy_types() == english_spacy.SPACY_TYPES


def test_vocab_is_pure() -> None:
    """It imports nothing of habeas but its errors, and no database, web or NLP library."""
    code = (
        "import sys, habeas.vocab; print(' '.join(sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('habeas', 'sqlalchemy', 'followthemoney', 'spacy', 'fastapi', 'jinja2'))))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert {m for m in loaded if not m.startswith("habeas.vocab")} <= {"habeas", "habeas.errors"}


# -- file formats ---------------------------------------------------------------------------------


def test_every_format_has_an_extractor_and_every_extractor_a_format() -> None:
    from habeas.ingest import detect, extract

    named = {f.extractor for f in vocab.file_formats() if f.extractor is not None}
    assert named == set(extract.EXTRACTORS)
    assert set(vocab.binary_formats()) == detect.BINARY_TYPES
    assert [f.name for f in vocab.file_formats() if f.extractor is None] == ["unknown"]


def test_formats_are_named_once_and_endings_are_lower_case() -> None:
    assert len(set(vocab.FILE_FORMATS)) == len(vocab.FILE_FORMATS)
    for f in vocab.file_formats():
        assert all(e.startswith(".") and e == e.lower() for e in f.extensions), f.name
    with pytest.raises(InvalidInput, match="unknown file format"):
        vocab.file_format("exe")


def test_detection_reads_the_table(tmp_path: Path) -> None:
    from habeas.ingest.detect import detect_type

    cases = {"notes.md": "markdown", "page.xhtml": "html", "rows.tsv": "csv", "mail.eml": "eml", "plain.log": "text"}
    for name, expected in cases.items():
        (tmp_path / name).write_text("Some words about Urumqi.\n", encoding="utf-8")
        assert detect_type(tmp_path / name, name) == expected
        assert expected in vocab.FILE_FORMATS


# -- the rule layers' word lists ------------------------------------------------------------------


def test_word_lists_are_data_and_all_read() -> None:
    from habeas.analyse import tables

    files = sorted(tables.DATA.glob("*.txt"))
    assert files
    source = Path(tables.__file__).read_text(encoding="utf-8")
    for file in files:
        assert f'"{file.name}"' in source, f"{file.name} is not read by analyse/tables.py"
        entries = tables._lines(file.name)
        assert entries and len(entries) == len(set(entries)), file.name
    assert isinstance(tables.ETHNONYMS, set) and "uyghur" in tables.ETHNONYMS
    assert isinstance(tables.TITLE_WORDS, list) and tables.TITLE_WORDS[0] == "President"
    assert isinstance(tables.HAN_SURNAMES, str) and tables.HAN_SURNAMES.startswith("王李张")
    assert isinstance(tables.HAN_COMPOUND_SURNAMES, tuple) and "欧阳" in tables.HAN_COMPOUND_SURNAMES
