"""FollowTheMoney (Aleph, OpenSanctions): export a case file as FtM entities, import FtM entity files.

Export writes one JSON entity per line, each built and checked by the ``followthemoney`` model:
Document (one per stored file, with its SHA-256), Person / Organization / PublicBody / Address (places
and facilities) for the entities the documents name, Mention (where a document names one, with page,
span and the file's SHA-256), Event (a dated sentence) and Note (a claim: a figure and what it counts).

What FtM has no word for travels in an extra top-level key, ``habeas``, which FtM tools ignore:
``{"habeas": {"type": "facility" | "claim" | ..., "citations": [{document_id, page, start, end,
sha256}], ...}}``. The entity under it is always schema-valid on its own.

Ids are stable: ``hb-`` and the store's entity id (itself derived from the case and the name), or a
hash of the document and span for mentions, events and claims; imported entities keep their own ids,
so export → import → export gives the same entities.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.proxy import EntityProxy
from sqlalchemy import select

from habeas import vocab
from habeas.export.case_file import (
    CaseFile,
    documents,
    first_custody,
    positions,
)
from habeas.store.analysis_models import ClaimRow, EventRow, MentionRow
from habeas.store.interop_models import FtmEntityRow
from habeas.store.models import Document
from habeas.store.store import Store, case_id_of

# Each exported entity type's FtM schema, from habeas.vocab's table (facilities and places are Addresses).
SCHEMA_OF = vocab.ftm_schemas()
EXTENSION = "habeas"
IMPORT_BATCH = 1000


def entity_ftm_id(entity_id: str) -> str:
    return f"hb-{entity_id}"


def document_ftm_id(document_id: str) -> str:
    return f"hb-doc-{document_id}"


def _span_id(kind: str, document_id: str, page: int, start: int, end: int, extra: str = "") -> str:
    digest = hashlib.sha256(f"{document_id}|{page}|{start}|{end}|{extra}".encode()).hexdigest()[:20]
    return f"hb-{kind}-{digest}"


def _proxy(schema: str, id_: str, props: dict[str, Iterable[Any]]) -> EntityProxy:
    """An entity built through the model: an unknown property or a value it cannot take raises."""
    proxy = model.make_entity(schema)
    proxy.id = id_
    for prop, values in props.items():
        values = [v for v in values if v not in (None, "")]
        if values:
            proxy.add(prop, values, quiet=False)
    return proxy


def _line(proxy: EntityProxy, extension: dict[str, Any] | None = None) -> dict[str, Any]:
    data = proxy.to_dict()
    data.pop("caption", None)
    if extension:
        data[EXTENSION] = extension
    return data


def _citation(document_id: str, page: int, start: int, end: int, sha256: str | None) -> dict[str, Any]:
    return {"document_id": document_id, "page": page, "start": start, "end": end, "sha256": sha256}


# -- export ---------------------------------------------------------------------------------------


def ftm_entities(store: Store, case: str | None = None) -> Iterator[dict[str, Any]]:
    """The case file as FtM entities (dicts), documents first; see the module docstring."""
    with store.db.reading() as session:
        case_id = case_id_of(session, case)
        docs = documents(session, case_id)
        case_file = CaseFile(session, case_id)
        publisher = {doc_id: c.source for doc_id, c in first_custody(session, docs).items()}
        sha = {d.id: d.sha256 for d in docs.values()}
        for d in docs.values():
            yield _document(d, publisher.get(d.id))
        emitted: set[str] = set()
        sentence_entities: dict[tuple[str, int, int], list[str]] = defaultdict(list)
        for cited in case_file.entities():
            e = cited.entity
            eid = entity_ftm_id(e.id)
            emitted.add(eid)
            props: dict[str, Iterable[Any]] = {
                "name": [e.name],
                "alias": e.aliases,
                "proof": sorted({document_ftm_id(m.document_id) for m in cited.mentions}),
            }
            schema = SCHEMA_OF[e.type]
            if schema == "Address":
                props["full"] = [e.name]
            held = positions(session, cited.mentions) if e.type == vocab.PERSON else []
            if held:
                props["position"] = [p["title"] for p in held]
            extension = {
                "type": e.type,
                "citations": [
                    _citation(m.document_id, m.page, m.start, m.end, sha.get(m.document_id)) for m in cited.mentions
                ],
            }
            yield _line(_proxy(schema, eid, props), extension)
            for m in cited.mentions:
                sentence_entities[(m.document_id, m.page, m.sentence)].append(eid)
                yield _mention(m, eid, schema, sha.get(m.document_id))
        for ev in case_file.dated_events():
            yield _event(ev, sentence_entities.get((ev.document_id, ev.page, ev.sentence), []), sha.get(ev.document_id))
        for c, document_sha in case_file.claims():
            yield _claim(c, document_sha)
        for record in case_file.testimony():
            yield _testimony_event(record)
        imported = select(FtmEntityRow.id, FtmEntityRow.data)
        if case_id is not None:
            imported = imported.where(FtmEntityRow.case_id == case_id)
        for row_id, data in session.execute(
            imported.order_by(FtmEntityRow.case_id, FtmEntityRow.id).execution_options(yield_per=1000)
        ):
            if row_id not in emitted:
                emitted.add(row_id)
                yield data


def _testimony_event(record: dict[str, Any]) -> dict[str, Any]:
    """A testimony record whose source consented to publication, as an FtM ``Event``: what was
    done, when and where, and its status, from the public fields only; the source is a pseudonym and
    nobody is named (names are sealed). The record itself travels in the ``habeas`` extension."""
    act = record["act"]
    props: dict[str, Iterable[Any]] = {
        "name": [f"{act.get('type') or 'event'} reported by {record['source']['pseudonym']}"],
        "startDate": [act["start"]] if act.get("start") else [],
        "endDate": [act["end"]] if act.get("end") else [],
        "location": [act["place"]] if act.get("place") else [],
    }
    return _line(_proxy("Event", f"hb-testimony-{record['id']}", props), {"type": "testimony", "record": record})


def _document(d: Document, publisher: str | None) -> dict[str, Any]:
    from followthemoney import registry

    language = registry.language.clean(d.language) if d.language else None
    props: dict[str, Iterable[Any]] = {
        "title": [d.title],
        "fileName": [d.file_name],
        "fileSize": [d.size],
        "contentHash": [d.sha256],
        "language": [language],
        "publisher": [publisher],
        "processingStatus": [d.status],
    }
    if d.parent_id:
        props["parent"] = [document_ftm_id(d.parent_id)]
    return _line(
        _proxy("Document", document_ftm_id(d.id), props),
        {"type": "document", "document_id": d.id, "sha256": d.sha256, "file_type": d.file_type},
    )


def _mention(m: MentionRow, entity: str, schema: str, sha256: str | None) -> dict[str, Any]:
    proxy = _proxy(
        "Mention",
        _span_id("mention", m.document_id, m.page, m.start, m.end, entity),
        {
            "document": [document_ftm_id(m.document_id)],
            "name": [m.text],
            "resolved": [entity],
            "detectedSchema": [schema],
        },
    )
    return _line(
        proxy,
        {"type": "mention", "text": m.text, "citations": [_citation(m.document_id, m.page, m.start, m.end, sha256)]},
    )


def _event(ev: EventRow, involved: list[str], sha256: str | None) -> dict[str, Any]:
    proxy = _proxy(
        "Event",
        _span_id("event", ev.document_id, ev.page, ev.start, ev.end),
        {
            "name": [ev.text[:200]],
            "description": [ev.text],
            "date": [ev.date],
            "involved": sorted(set(involved)),
            "proof": [document_ftm_id(ev.document_id)],
        },
    )
    return _line(
        proxy,
        {
            "type": "event",
            "date_text": ev.date_text,
            "precision": ev.precision,
            "citations": [_citation(ev.document_id, ev.page, ev.start, ev.end, sha256)],
        },
    )


def _claim(c: ClaimRow, sha256: str | None) -> dict[str, Any]:
    proxy = _proxy(
        "Note",
        _span_id("claim", c.document_id, c.page, c.start, c.end, c.number_text),
        {
            "name": [f"{c.number_text} {c.unit}".strip()],
            "description": [c.text],
            "proof": [document_ftm_id(c.document_id)],
        },
    )
    return _line(
        proxy,
        {
            "type": "claim",
            "value": c.value,
            "low": c.low,
            "high": c.high,
            "qualifier": c.qualifier,
            "unit": c.unit,
            "number_text": c.number_text,
            "citations": [_citation(c.document_id, c.page, c.start, c.end, sha256)],
        },
    )


# -- import ---------------------------------------------------------------------------------------


def flatten(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """An entity, and the entities nested in its properties (OpenSanctions' nested form: a person
    with its ``sanctions``), each nested one replaced by a reference and pointing back to its parent."""
    parent = model.get(str(data.get("schema") or ""))
    flat: dict[str, Any] = {}
    nested: list[dict[str, Any]] = []
    for prop, values in (data.get("properties") or {}).items():
        kept = []
        for v in values if isinstance(values, list) else [values]:
            if isinstance(v, dict) and "schema" in v and "id" in v:
                inner = dict(v.get("properties") or {})
                link = parent.get(prop) if parent is not None else None
                if link is not None and link.reverse is not None:
                    inner.setdefault(link.reverse.name, [data.get("id")])
                nested.append({**v, "properties": inner})
                kept.append(v["id"])
            else:
                kept.append(v)
        flat[prop] = kept
    yield {**data, "properties": flat}
    for v in nested:
        yield from flatten(v)


def parse_entity(obj: Any) -> dict[str, Any]:
    """An FtM entity as Habeas keeps it: checked by the model, unknown top-level keys kept."""
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    if not obj.get("id") or not isinstance(obj.get("id"), str):
        raise ValueError("no entity id")
    schema = model.get(obj.get("schema") or "")
    if schema is None:
        raise ValueError(f"unknown FtM schema {obj.get('schema')!r}")
    props = obj.get("properties") or {}
    if not isinstance(props, dict):
        raise ValueError("properties is not an object")
    unknown = sorted(p for p in props if p not in schema.properties)
    if unknown:
        raise ValueError(f"{schema.name} has no property {', '.join(unknown)}")
    try:
        proxy = model.get_proxy({**obj, "schema": schema.name}, cleaned=False)
    except InvalidData as exc:
        raise ValueError(str(exc)) from exc
    cleaned = proxy.to_dict()
    cleaned.pop("caption", None)
    return {**obj, **cleaned}


def caption(data: dict[str, Any]) -> str:
    props = data.get("properties") or {}
    for prop in ("name", "title", "fileName", "full", "authority"):
        if props.get(prop):
            return str(props[prop][0])
    return str(data.get("caption") or "")
