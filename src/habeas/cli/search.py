"""``habeas search`` and ``habeas reindex``: full-text search over the case store."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.markup import escape

from habeas.cli.common import CaseOption, JsonFlag, opened, out, print_json, printable


def search(
    query: Annotated[str, typer.Argument(help='Words, "phrases", AND/OR/NOT, prefix*, field:value.')],
    source: Annotated[list[str] | None, typer.Option("--source", help="Only documents from this source.")] = None,
    language: Annotated[list[str] | None, typer.Option("--language", help="Only this language (en, zh, ug…).")] = None,
    file_type: Annotated[list[str] | None, typer.Option("--type", help="Only this file type (pdf, html…).")] = None,
    entity_type: Annotated[
        list[str] | None,
        typer.Option(
            "--entity-type",
            help="Only pages naming an entity of this type (person, organisation, public body, facility, place, law).",
        ),
    ] = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="Only documents dated on or after (YYYY, YYYY-MM or YYYY-MM-DD).")
    ] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Only documents dated on or before.")] = None,
    case: CaseOption = None,
    limit: Annotated[int, typer.Option(help="Results to show in the table (--json prints all).")] = 10,
    as_json: JsonFlag = False,
) -> None:
    """Full-text search with highlighted snippets and page numbers. A document's date is its
    metadata's (e-mail Date, PDF or Word creation date), else the latest full date its text states."""
    from habeas.services import search as service

    with opened() as ctx:
        filters = service.search_filters(
            case, source or [], language or [], file_type or [], entity_type or [], date_from, date_to
        )
        if as_json:
            total, hits = service.search_all(ctx, query, filters)
            for chunk in service.search_json_chunks(total, hits):
                sys.stdout.write(chunk)
            return
        total, page = service.search(ctx, query, filters, limit=limit)
    out.print(f"[bold]{total}[/bold] matching pages" + (f", best {len(page)}:" if page else ""))
    for rank, hit in enumerate(page, start=1):
        where = f"page {hit.page}, " if hit.page is not None else ""
        where += f"score {hit.score:.2f}"
        out.print(f"\n[bold]{rank}. {escape(printable(hit.title))}[/bold]  [dim]({hit.document_id}, {where})[/dim]")
        out.print("   " + _snippet_markup(hit.snippet))


def _snippet_markup(snippet: str) -> str:
    """The snippet with its matches in bold yellow, on one line."""
    from habeas.services.search import snippet_parts

    return "".join(
        f"[bold yellow]{escape(text)}[/]" if hit else escape(text)
        for text, hit in snippet_parts(snippet.replace("\n", " "))
    )


def reindex(as_json: JsonFlag = False) -> None:
    """Rebuild the search index from the database."""
    from habeas.services import search as service

    with opened(create=True) as ctx:
        pages = service.reindex(ctx)
    print_json({"pages": pages}) if as_json else out.print(f"indexed {pages} pages")
