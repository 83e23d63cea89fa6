"""Printable dossiers on an entity (a person, a body, a facility) or on a whole case: summary,
offices held, claims, timeline, and every statement cited to its document, page and span with the
file's SHA-256. HTML from a Jinja2 template; PDF through WeasyPrint (Noto fonts for Chinese and Arabic
script). The entity's facts come from ``analysis_services.entity_dossier``, the web app's own query."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from sqlalchemy import func, select

from habeas import __version__, analysis_services
from habeas.analyse.tables import TYPE_LABELS
from habeas.analysis_services import case_id_of
from habeas.config import DEFAULT_CASE, LOCAL_OWNER
from habeas.errors import NotFound
from habeas.export import sanctions
from habeas.export.case_file import (
    cited_entities,
    documents,
    first_custody,
    positions,
    tabular_documents,
    write_whole,
)
from habeas.protect.access import guarded
from habeas.store.analysis_models import EntityRow, MentionRow
from habeas.store.models import Case
from habeas.store.store import Store

TOP_ENTITIES = 40


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("habeas.export", "templates"), autoescape=select_autoescape(["html"]))
    env.filters["type_label"] = lambda t: TYPE_LABELS.get(t, t)
    return env


def _sources(store: Store, doc_ids: set[str], case_id: int | None = None) -> dict[str, dict[str, Any]]:
    """The cited documents: title, file name, SHA-256, size and where each came from."""
    with store.db.reading() as session:
        docs = documents(session, case_id)
        first_source = {doc_id: f"{c.source} (grade {c.grade})"
                        for doc_id, c in first_custody(session, doc_ids & docs.keys()).items()}
    return {d: {"id": d, "title": docs[d].title or docs[d].file_name, "file_name": docs[d].file_name,
                "sha256": docs[d].sha256, "size": docs[d].size, "source": first_source.get(d, "")}
            for d in sorted(doc_ids) if d in docs}


@guarded("export")
def entity_dossier_data(store: Store, name_or_id: str, case: str | None = None,
                        *, actor: str = LOCAL_OWNER) -> dict[str, Any]:
    """An entity's dossier: ``analysis_services.entity_dossier`` without what table rows say, plus
    offices held and the cited documents with their hashes."""
    d = analysis_services.entity_dossier(store, name_or_id, case, actor=actor)
    with store.db.reading() as session:
        entity = session.get(EntityRow, d["id"])
        if entity is None:
            raise RuntimeError(f"entity {d['id']} vanished while its dossier was read")
        hidden = tabular_documents(session, entity.case_id)
        kept = [m for m in d["mentions"] if m["document_id"] not in hidden]
        if not kept:
            raise NotFound(f"{d['name']!r} is named only in table rows, which dossiers do not show")
        rows = session.scalars(select(MentionRow).where(MentionRow.entity_id == entity.id)).all()
        visible = [m for m in rows if m.document_id not in hidden]
        held = positions(session, visible) if entity.type == "person" else []
        # named together with: counted again without table rows, which the dossier does not show
        sentences = {(m.document_id, m.page, m.sentence) for m in visible}
        together: Counter[str] = Counter()
        for doc, page, sentence, other in set(session.execute(
                select(MentionRow.document_id, MentionRow.page, MentionRow.sentence, MentionRow.entity_id)
                .where(MentionRow.document_id.in_(sorted({k[0] for k in sentences})),
                       MentionRow.entity_id.is_not(None), MentionRow.entity_id != entity.id)).all()):
            if (doc, page, sentence) in sentences and other is not None:
                together[other] += 1
    related = [{**r, "count": together[r["id"]]} for r in d["related"] if together[r["id"]]]
    related.sort(key=lambda r: -r["count"])
    claims = [c for c in d["claims"] if c["document_id"] not in hidden]
    events = [e for e in d["events"] if e["document_id"] not in hidden]
    listed: list[dict[str, Any]] = []
    if entity.type == "person":
        with store.db.reading() as session:
            case_name = session.get(Case, entity.case_id).name  # type: ignore[union-attr]
        found = sanctions.cross_reference(store, case_name, everyone=True, entity_id=entity.id,
                                          actor=actor)["officials"]
        listed = found[0]["matches"] if found else []
    sources = _sources(store, {m["document_id"] for m in kept} | {c["document_id"] for c in claims}
                       | {e["document_id"] for e in events})
    return {"kind": "entity", **d, "mentions": kept, "related": related, "claims": claims, "events": events,
            "positions": held,
            "sanctions": [m for m in listed if m["decision"] == "same"],
            "sanctions_to_review": len([m for m in listed if m["decision"] in (None, "unsure")]),
            "documents": sources, "mention_count": len(kept), "document_count": len({m["document_id"] for m in kept})}


@guarded("export")
def case_dossier_data(store: Store, case: str | None = None, *, actor: str = LOCAL_OWNER) -> dict[str, Any]:
    """A case's dossier: its documents with their hashes, the entities they name, claims and timeline."""
    name = case or DEFAULT_CASE
    with store.db.reading() as session:
        case_id = case_id_of(session, name)
        hidden = tabular_documents(session, case_id)
        by_type = dict(session.execute(select(EntityRow.type, func.count()).where(EntityRow.case_id == case_id)
                                       .group_by(EntityRow.type)).all())
        doc_ids = set(documents(session, case_id))
        cited = sorted(cited_entities(session, case_id), key=lambda c: (-len(c.mentions), c.entity.name))
        entities = [{"id": c.entity.id, "type": c.entity.type, "name": c.entity.name, "aliases": c.entity.aliases,
                     "mention_count": len(c.mentions), "document_count": len({m.document_id for m in c.mentions})}
                    for c in cited[:TOP_ENTITIES]]
    claims = [c for c in analysis_services.list_claims(store, None, name,
                                                       actor=actor)["claims"] if c["document_id"] not in hidden]
    events = [e for e in analysis_services.timeline(store, name,
                                                    actor=actor)["events"] if e["document_id"] not in hidden]
    return {"kind": "case", "name": name, "entity_counts": by_type, "entities": entities, "claims": claims,
            "events": events, "documents": _sources(store, doc_ids, case_id), "mentions": [], "positions": [],
            "sanctions": [], "sanctions_to_review": 0}


def render_html(data: dict[str, Any]) -> str:
    """The dossier as a standalone HTML page (no external requests: fonts are the system's)."""
    return _environment().get_template("dossier.html").render(
        d=data, version=__version__, made_at=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))


def write_html(data: dict[str, Any], out: Path) -> Path:
    write_whole(Path(out), [render_html(data)])
    return Path(out)


def pdf_bytes(data: dict[str, Any]) -> bytes:
    """The dossier as PDF through WeasyPrint."""
    from weasyprint import HTML

    pdf = HTML(string=render_html(data)).write_pdf()
    if not isinstance(pdf, bytes):
        raise RuntimeError("WeasyPrint returned no PDF bytes")
    return pdf


def write_pdf(data: dict[str, Any], out: Path) -> Path:
    write_whole(Path(out), [pdf_bytes(data)])
    return Path(out)
