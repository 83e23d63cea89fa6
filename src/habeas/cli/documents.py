"""``habeas documents`` and ``habeas show``: what is in the store, and one document's text."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from habeas.cli.common import CaseOption, JsonFlag, opened, out, print_json, printable


def documents(
    case: CaseOption = None,
    status: Annotated[str | None, typer.Option(help="Only documents in this state (ok, error, needs_ocr).")] = None,
    as_json: JsonFlag = False,
) -> None:
    """List documents."""
    from habeas.services import documents as service

    with opened() as ctx:
        rows = service.list_documents(ctx, case, status)
    if as_json:
        return print_json({"documents": rows})
    table = Table("id", "title", "type", "lang", "status", title=f"{len(rows)} documents")
    for row in rows:
        table.add_row(
            row["id"],
            escape(printable(row["title"][:70])),
            row["file_type"],
            row["language"] or "",
            row["status"] if not row["error"] else f"{row['status']}: {escape(printable((row['error'] or '')[:60]))}",
        )
    out.print(table)


def show(doc_id: str, as_json: JsonFlag = False) -> None:
    """A document's text by page, its custody record and its hash."""
    from habeas.services import documents as service

    with opened() as ctx:
        doc = service.show_document(ctx, doc_id)
    if as_json:
        return print_json(doc)
    out.print(
        f"[bold]{escape(printable(doc['title']))}[/bold]  ({doc['file_type']}, {doc['language'] or '?'}, "
        f"{doc['status']})"
    )
    out.print(f"sha256 {doc['sha256']}  {doc['size']} bytes")
    if doc["error"]:
        out.print(f"[red]{escape(printable(doc['error']))}[/red]")
    for c in doc["custody"]:
        out.print(
            f"custody: {escape(c['source'])} (grade {c['grade']}), collected by {escape(c['collector'])} "
            f"at {c['received_at'][:19]}Z via {c['method']}, from {escape(printable(c['original_path'] or ''))}"
        )
    for page in doc["pages"]:
        if doc["paginated"]:
            out.rule(f"page {page['number']}")
        out.print(escape(page["text"]))
