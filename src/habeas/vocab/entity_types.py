"""The one table of entity types (``entity_types.json``), read once, and what every layer asks of it.

Adding a type is one row there plus the code that gives it meaning (the rules that find it); the
tests in tests/test_vocab.py fail if the row is missing what the rest of Habeas needs (a style in
the web app, a FollowTheMoney schema, a rank of its own).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from habeas.errors import InvalidInput

TABLE = Path(__file__).with_name("entity_types.json")


@dataclass(frozen=True)
class EntityType:
    """One row of the table; the columns are described at the top of ``entity_types.json``."""

    name: str
    label: str
    ftm_schema: str | None
    rank: int
    exported: bool
    css_class: str
    spacy_labels: tuple[str, ...]


def _row(raw: dict[str, Any]) -> EntityType:
    row = EntityType(
        name=str(raw["name"]),
        label=str(raw["label"]),
        ftm_schema=None if raw.get("ftm_schema") is None else str(raw["ftm_schema"]),
        rank=int(raw["rank"]),
        exported=bool(raw["exported"]),
        css_class=str(raw["css_class"]),
        spacy_labels=tuple(str(label) for label in raw.get("spacy_labels", ())),
    )
    if row.exported and row.ftm_schema is None:
        raise ValueError(f"{TABLE.name}: {row.name} is exported but has no ftm_schema")
    return row


def _load() -> tuple[EntityType, ...]:
    rows = tuple(_row(raw) for raw in json.loads(TABLE.read_text(encoding="utf-8"))["types"])
    for column in ("name", "label", "rank", "css_class"):
        values = [getattr(r, column) for r in rows]
        if len(set(values)) != len(values):
            raise ValueError(f"{TABLE.name}: two types share a {column}")
    spacy = [label for r in rows for label in r.spacy_labels]
    if len(set(spacy)) != len(spacy):
        raise ValueError(f"{TABLE.name}: a spaCy label is read as two types")
    return rows


_ROWS: Final = _load()
_BY_NAME: Final = {r.name: r for r in _ROWS}


def _normalised(text: str) -> str:
    return text.strip().lower().replace(" ", "_").replace("-", "_")


# a label as a person types it, to its stored name ("organisation" -> "organization")
_BY_LABEL: Final = {_normalised(r.label): r.name for r in _ROWS}


def entity_types() -> tuple[EntityType, ...]:
    """Every row, in the table's order (the order types are listed to a person)."""
    return _ROWS


def entity_type(name: str) -> EntityType:
    """The row of a stored type name; ``InvalidInput`` (a ``ValueError``) for a name not in the table."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise InvalidInput(f"unknown entity type {name!r}: one of {', '.join(_BY_NAME)}") from None


def _named(name: str) -> str:
    return entity_type(name).name  # fails at import if the table lost a type the code relies on


# The types the code gives meaning to by name (the rule layers, resolution, exports).
PERSON: Final = _named("person")
ORGANIZATION: Final = _named("organization")
PUBLIC_BODY: Final = _named("public_body")
FACILITY: Final = _named("facility")
PLACE: Final = _named("place")
LAW: Final = _named("law")

# Every stored type name, in the table's order.
ENTITY_TYPES: Final[tuple[str, ...]] = tuple(r.name for r in _ROWS)
# How each type reads to a person.
TYPE_LABELS: Final[dict[str, str]] = {r.name: r.label for r in _ROWS}


def entity_type_named(name: str) -> str:
    """An entity type as a person writes it ("Organisation", "public body", "public-body") in the
    stored form ("organization", "public_body"); unknown names come back normalised, unchecked."""
    wanted = _normalised(name)
    return _BY_LABEL.get(wanted, wanted)


def exported_types() -> tuple[str, ...]:
    """The types whose entities leave Habeas (FtM, CSV, dossiers), in the table's order."""
    return tuple(r.name for r in _ROWS if r.exported)


def resolution_order() -> tuple[str, ...]:
    """Every type by rank, the strongest first: how an entity whose mentions disagree is typed."""
    return tuple(r.name for r in sorted(_ROWS, key=lambda r: r.rank))


def ftm_schemas() -> dict[str, str]:
    """Each type that has a FollowTheMoney schema, to that schema's name."""
    return {r.name: r.ftm_schema for r in _ROWS if r.ftm_schema is not None}


def spacy_types() -> dict[str, str]:
    """spaCy's entity labels to the types they are read as ("GPE" -> place)."""
    return {label: r.name for r in _ROWS for label in r.spacy_labels}
