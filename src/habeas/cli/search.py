"""``habeas search`` and ``habeas reindex``: full-text search over the case store."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from habeas.cli.common import CaseOption, JsonFlag, opened, out, print_json, printable

if TYPE_CHECKING:
    from habeas.services.search import DocumentResults


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
    limit: Annotated[
        int, typer.Option(help="Results to show (--json prints every page; with --by-document, this many documents).")
    ] = 10,
    by_document: Annotated[
        bool, typer.Option("--by-document", help="One result per document, its matching pages inside.")
    ] = False,
    sort: Annotated[
        str, typer.Option("--sort", help="With --by-document: relevance, newest or oldest (by document date).")
    ] = "relevance",
    save: Annotated[
        str | None, typer.Option("--save", help="Also save this search under a name (never one with name:).")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Full-text search with highlighted snippets and page numbers. A document's date is its
    metadata's (e-mail Date, PDF or Word creation date), else the latest full date its text states.
    ``tag:WORD`` finds documents tagged WORD, ``note:WORD`` their notes. Searches are kept in your
    history (``habeas searches history``), except those that look a name up."""
    from habeas.services import search as service
    from habeas.services import workbench

    with opened(writes=save is not None) as ctx:
        filters = service.search_filters(
            case, source or [], language or [], file_type or [], entity_type or [], date_from, date_to
        )
        kept = _filters_dict(source, language, file_type, entity_type, date_from, date_to, case)
        if save is not None:
            workbench.save_search(ctx, save, query, kept)
        workbench.remember_search(ctx, query, kept)
        if by_document:
            found = service.search_documents(ctx, query, filters, order=sort, limit=limit)
            return print_json(found) if as_json else _print_documents(found)
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


def _filters_dict(
    source: list[str] | None,
    language: list[str] | None,
    file_type: list[str] | None,
    entity_type: list[str] | None,
    date_from: str | None,
    date_to: str | None,
    case: str | None,
) -> dict[str, object]:
    """The filters as a saved search and the history keep them (the web's parameter names)."""
    return {
        "source": source or [],
        "language": language or [],
        "type": file_type or [],
        "entity_type": entity_type or [],
        "from": date_from,
        "to": date_to,
        "case": case,
    }


def _print_documents(found: DocumentResults) -> None:
    out.print(
        f"[bold]{found['total_pages']}[/bold] matching pages in [bold]{found['total_documents']}[/bold] documents"
    )
    for rank, doc in enumerate(found["documents"], start=1):
        about = ", ".join(
            x
            for x in (
                f"{doc['matching_pages']} matching page{'' if doc['matching_pages'] == 1 else 's'}",
                doc["source"] and f"source {doc['source']}",
                doc["grade"] and f"grade {doc['grade']}",
                doc["date"],
                doc["tags"] and "tags " + " ".join(doc["tags"]),
            )
            if x
        )
        title = escape(printable(doc["title"]))
        out.print(f"\n[bold]{rank}. {title}[/bold]  [dim]({doc['document_id']}; {escape(about)})[/dim]")
        for page in doc["pages"]:
            where = f"p. {page['page']}: " if page["page"] is not None else ""
            out.print(f"   {where}" + _snippet_markup(page["snippet"]))


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


searches_app = typer.Typer(help="Your saved searches and search history (yours alone).", no_args_is_help=True)


@searches_app.command("list")
def saved_list(as_json: JsonFlag = False) -> None:
    """Your saved searches (``habeas search QUERY --save NAME`` saves one)."""
    from habeas.services import workbench

    with opened() as ctx:
        saved = workbench.saved_searches(ctx)
    if as_json:
        return print_json(saved)
    for s in saved:
        out.print(f"[bold]{escape(s['name'])}[/bold]: {escape(s['query'])}" + _shown_filters(s["filters"]))
    if not saved:
        out.print("no saved searches")


@searches_app.command("forget")
def saved_forget(name: Annotated[str, typer.Argument(help="The saved search's name.")]) -> None:
    """Delete one of your saved searches."""
    from habeas.services import workbench

    with opened(writes=True) as ctx:
        workbench.delete_saved_search(ctx, name)
    out.print(f"forgot the saved search {escape(name)!r}")


@searches_app.command("history")
def history(
    limit: Annotated[int, typer.Option(help="How many of your latest searches.")] = 20, as_json: JsonFlag = False
) -> None:
    """Your latest searches, newest first (searches that look a name up are never kept)."""
    from habeas.services import workbench

    with opened() as ctx:
        entries = workbench.search_history(ctx, limit=limit)
    if as_json:
        return print_json(entries)
    for h in entries:
        out.print(f"[dim]{h['searched_at'][:19]}[/dim]  {escape(h['query'])}" + _shown_filters(h["filters"]))
    if not entries:
        out.print("no searches kept")


@searches_app.command("clear-history")
def clear_history(as_json: JsonFlag = False) -> None:
    """Forget every search you ran."""
    from habeas.services import workbench

    with opened(writes=True) as ctx:
        count = workbench.clear_search_history(ctx)
    print_json({"forgotten": count}) if as_json else out.print(f"forgot {count} searches")


def _shown_filters(filters: dict[str, object]) -> str:
    shown = " ".join(f"{k}={','.join(map(str, v)) if isinstance(v, list) else v}" for k, v in filters.items() if v)
    return f"  [dim]({escape(shown)})[/dim]" if shown else ""
