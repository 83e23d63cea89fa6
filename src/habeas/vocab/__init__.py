"""What a thing is, as data: the tables every layer reads (ARCHITECTURE.md, "pure").

- entity types (``entity_types.json``): stored name, label, FollowTheMoney schema, resolution rank,
  exported or not, CSS class, spaCy labels;
- file formats (``file_formats.json``): what ingest can call a file, and the extractor that reads it;
- source grades: the Admiralty scale's letters and what each means;
- calendar names: the months and weekdays as English writes them in full.

Pure: no database, no network, no files but its own packaged data, nothing from habeas but
``habeas.errors``. The faces (CLI, web) import what they show from here.
"""

from habeas.vocab.calendar_names import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from habeas.vocab.entity_types import (
    ENTITY_TYPES,
    FACILITY,
    LAW,
    ORGANIZATION,
    PERSON,
    PLACE,
    PUBLIC_BODY,
    TYPE_LABELS,
    EntityType,
    entity_type,
    entity_type_named,
    entity_types,
    exported_types,
    ftm_schemas,
    resolution_order,
    spacy_types,
)
from habeas.vocab.file_formats import FILE_FORMATS, FileFormat, binary_formats, file_format, file_formats
from habeas.vocab.source_grades import SOURCE_GRADES

__all__ = [
    "ENTITY_TYPES",
    "FACILITY",
    "FILE_FORMATS",
    "LAW",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "ORGANIZATION",
    "PERSON",
    "PLACE",
    "PUBLIC_BODY",
    "SOURCE_GRADES",
    "TYPE_LABELS",
    "WEEKDAY_NAMES",
    "EntityType",
    "FileFormat",
    "binary_formats",
    "entity_type",
    "entity_type_named",
    "entity_types",
    "exported_types",
    "file_format",
    "file_formats",
    "ftm_schemas",
    "resolution_order",
    "spacy_types",
]
