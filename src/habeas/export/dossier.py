"""Printable dossiers on an entity (a person, a body, a facility) or on a whole case: summary,
offices held, claims, timeline, and every statement cited to its document, page and span with the
file's SHA-256. HTML from a Jinja2 template; PDF through WeasyPrint (Noto fonts for Chinese and Arabic
script). The entity's facts come from ``analysis_services.entity_dossier``, the web app's own query."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from habeas import __version__, vocab
from habeas.export.case_file import (
    documents,
    first_custody,
    write_whole,
)
from habeas.store.store import Store

TOP_ENTITIES = 40


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("habeas.export", "templates"), autoescape=select_autoescape(["html"]))
    env.filters["type_label"] = lambda t: vocab.TYPE_LABELS.get(t, t)
    return env


def document_sources(store: Store, doc_ids: set[str], case_id: int | None = None) -> dict[str, dict[str, Any]]:
    """The cited documents: title, file name, SHA-256, size and where each came from."""
    with store.db.reading() as session:
        docs = documents(session, case_id)
        first_source = {
            doc_id: f"{c.source} (grade {c.grade})"
            for doc_id, c in first_custody(session, doc_ids & docs.keys()).items()
        }
    return {
        d: {
            "id": d,
            "title": docs[d].title or docs[d].file_name,
            "file_name": docs[d].file_name,
            "sha256": docs[d].sha256,
            "size": docs[d].size,
            "source": first_source.get(d, ""),
        }
        for d in sorted(doc_ids)
        if d in docs
    }


def render_html(data: dict[str, Any]) -> str:
    """The dossier as a standalone HTML page (no external requests: fonts are the system's)."""
    return (
        _environment()
        .get_template("dossier.html")
        .render(d=data, version=__version__, made_at=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))
    )


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
