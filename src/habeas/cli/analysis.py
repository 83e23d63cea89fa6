"""Analysis: ``habeas analyse``, ``entities``, ``entity show|merge|split``, ``claims`` and ``timeline``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from habeas.cli.common import CaseOption, JsonFlag, fail, opened, out, print_json, printable

entity_app = typer.Typer(help="One entity: show its dossier, merge two, split a name off.", no_args_is_help=True)


def analyse(
    all_documents: Annotated[bool, typer.Option("--all", help="Re-analyse every stored document.")] = False,
    pending: Annotated[
        bool,
        typer.Option(
            "--pending",
            help="Analyse the documents whose analysis is pending "
            "(ingested with --no-analyse, or left by a killed run) or failed.",
        ),
    ] = False,
    documents: Annotated[list[str] | None, typer.Argument(help="Document ids to analyse.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Find people, bodies, places, laws, figures and dates in stored documents (no re-ingest).
    Exit 1 when the analysis of some document failed (each is named; `--pending` tries it again)."""
    if sum([all_documents, pending, bool(documents)]) != 1:
        raise typer.BadParameter("name document ids, or use --all or --pending (one of them)")
    from habeas.services import analysis

    with opened(create=True) as ctx:
        if pending:
            result = analysis.analyse(ctx, None, states=analysis.UNFINISHED)
        else:
            result = analysis.analyse(ctx, None if all_documents else list(documents or []))
    if as_json:
        print_json(result)
    else:
        out.print(
            f"analysed {result['documents']} documents ({result['words']} words) in {result['seconds']:.1f}s: "
            f"{result['mentions']} mentions, {result['entities']} entities, {result['claims']} claims, "
            f"{result['events']} dated events  [{escape(result['analyser_version'])}]"
            + (f"; {result['skipped']} skipped (too much text)" if result["skipped"] else "")
        )
        for failure in result["failed"]:
            error = escape(printable(failure["error"]))
            out.print(f"  [red]✗[/red] {failure['document_id']}: analysis failed: {error}")
    if result["failed"]:
        raise typer.Exit(1)


def entities(
    entity_type: Annotated[
        str | None, typer.Option("--type", help="person, organization, public_body, facility, place or law.")
    ] = None,
    case: CaseOption = None,
    limit: Annotated[int, typer.Option(help="Rows to show in the table (--json prints all).")] = 50,
    as_json: JsonFlag = False,
) -> None:
    """One row per real person, body, facility, place or law: name, aliases, mentions, documents."""
    from habeas.services import analysis
    from habeas.vocab import ENTITY_TYPES, entity_type_named

    if entity_type is not None and entity_type_named(entity_type) not in ENTITY_TYPES:
        fail(f"unknown entity type {entity_type!r}; one of: {', '.join(ENTITY_TYPES)}")

    with opened() as ctx:
        rows = analysis.list_entities(ctx, entity_type, case)
    if as_json:
        return print_json({"entities": rows})
    table = Table("id", "type", "name", "aliases", "mentions", "documents", title=f"{len(rows)} entities")
    for row in rows[:limit]:
        table.add_row(
            row["id"],
            row["type"],
            escape(row["name"]),
            escape("; ".join(row["aliases"])[:80]),
            str(row["mention_count"]),
            str(row["document_count"]),
        )
    out.print(table)


@entity_app.command("show")
def entity_show(
    name_or_id: str,
    case: CaseOption = None,
    limit: Annotated[int | None, typer.Option(help="Mentions to show (default: every one).")] = None,
    offset: Annotated[int, typer.Option(help="Mentions to skip first.")] = 0,
    as_json: JsonFlag = False,
) -> None:
    """Dossier: aliases, every mention with document/page/snippet, related entities, claims, events."""
    from habeas.services import analysis

    with opened() as ctx:
        d = analysis.entity_dossier(ctx, name_or_id, case, limit=limit, offset=offset)
    if as_json:
        return print_json(d)
    out.print(
        f"[bold]{escape(d['name'])}[/bold] ({d['type']}, {d['id']}): {d['mention_count']} mentions in "
        f"{d['document_count']} documents"
    )
    if d["aliases"]:
        out.print("also: " + escape("; ".join(d["aliases"])))
    table = Table("document", "page", "span", "snippet", title="mentions")
    for m in d["mentions"]:
        table.add_row(m["document_id"], str(m["page"]), f"{m['start']}-{m['end']}", escape(m["snippet"]))
    out.print(table)
    if d["related"]:
        out.print("related: " + escape(", ".join(f"{r['name']} ({r['count']})" for r in d["related"][:15])))
    for e in d["events"]:
        out.print(f"  {e['date']}  {escape(e['text'][:140])}")
    for c in d["claims"]:
        out.print(f"  {c['value']:,} {escape(c['unit'])}  [{c['document_id']}]")


@entity_app.command("merge")
def entity_merge(first: str, second: str, as_json: JsonFlag = False) -> None:
    """Record that two entities are the same thing (kept, audited, wins over automatic resolution)."""
    from habeas.services import analysis

    with opened(writes=True) as ctx:
        merged = analysis.merge_entities(ctx, first, second)
    if as_json:
        return print_json(merged)
    out.print(
        f"merged into [bold]{escape(merged['name'])}[/bold] ({merged['id']}): {escape('; '.join(merged['aliases']))}"
    )


@entity_app.command("split")
def entity_split(
    entity: str,
    alias: Annotated[str, typer.Option("--alias", help="The name that refers to something else.")],
    as_json: JsonFlag = False,
) -> None:
    """Record that one of an entity's names refers to something else (kept, audited, always wins)."""
    from habeas.services import analysis

    with opened(writes=True) as ctx:
        result = analysis.split_entity(ctx, entity, alias)
    if as_json:
        return print_json(result)
    for row in result["split"]:
        out.print(f"split off [bold]{escape(row['name'])}[/bold] ({row['id']})")
    for row in result["rest"]:
        out.print(f"remains [bold]{escape(row['name'])}[/bold] ({row['id']}): {escape('; '.join(row['aliases']))}")


def claims(
    about: Annotated[str | None, typer.Option("--about", help="Only figures about these words, grouped.")] = None,
    case: CaseOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Every figure with what it counts and its source sentence; --about groups them across sources."""
    from habeas.services import analysis

    with opened() as ctx:
        result = analysis.list_claims(ctx, about, case)
    if as_json:
        return print_json(result)
    for group in result["groups"]:
        table = Table(
            "value",
            "qualifier",
            "unit",
            "source sentence",
            "document",
            "ref",
            title=f"{escape(group['about'])}: {len(group['claims'])} claims from {group['documents']} documents",
        )
        for c in group["claims"]:
            value = (
                f"{c['low']:,}–{c['high']:,}" if c["low"] is not None and c["high"] is not None else f"{c['value']:,}"
            )
            table.add_row(
                value,
                c["qualifier"] or "",
                escape(c["unit"]),
                escape(c["text"][:160]),
                f"{c['document_id']} p{c['page']}",
                c["ref"],
            )
        table.columns[-1].overflow = "fold"  # the ref whole: it is what `habeas correct` takes
        out.print(table)


def timeline(
    case: CaseOption = None,
    entity: Annotated[str | None, typer.Option("--entity", help="Only events naming this entity.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Dated events in order, each citing its sentence and naming its entities."""
    from habeas.services import analysis

    with opened() as ctx:
        result = analysis.timeline(ctx, case, entity)
    if as_json:
        return print_json(result)
    table = Table("date", "what happened", "entities", "document", "ref", title=f"{len(result['events'])} events")
    table.columns[-1].overflow = "fold"  # the ref whole: it is what `habeas correct` takes
    for e in result["events"]:
        table.add_row(
            e["date"], escape(e["text"][:160]), escape(", ".join(e["entities"][:6])), e["document_id"], e["ref"]
        )
    out.print(table)
