"""``habeas names forms|match|screen|restrict``: a name in every script, and finding a person in the case's
records; argument parsing and printing only."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from habeas.cli.common import Bar, CaseOption, JsonFlag, fail, opened, out, print_json

names_app = typer.Typer(help="Find a person across spellings, scripts and records.", no_args_is_help=True)


@names_app.command("forms")
def forms(name: Annotated[str, typer.Argument(help="A name in any script.")], as_json: JsonFlag = False) -> None:
    """The name in every script (ULY, Arabic script, Cyrillic, Chinese) and its matching keys."""
    from habeas.services import names

    result = names.name_forms(name)
    if as_json:
        return print_json(result)
    table = Table("form", "value", show_header=False)
    for key in (
        "script",
        "uly",
        "uey",
        "usy",
        "kazakh_latin",
        "russian_style_latin",
        "chinese_transcription",
        "pinyin",
    ):
        if result.get(key):
            table.add_row(key, escape(str(result[key])))
    for reading in result.get("keys", []):
        table.add_row(
            f"keys ({reading['reading']})",
            escape(" ".join(f"{p['full']}/{p['shape']}/{p['skeleton']}" for p in reading["parts"])),
        )
    out.print(table)


@names_app.command("match")
def match(
    name: Annotated[str, typer.Argument(help="The name to look for, in any script.")],
    limit: Annotated[int, typer.Option(help="How many matches to show.")] = 10,
    column: Annotated[
        list[str] | None, typer.Option("--column", help="Also search this column of tables (any number of times).")
    ] = None,
    only: Annotated[bool, typer.Option("--only", help="Search only the --column columns.")] = False,
    min_score: Annotated[float, typer.Option("--min-score", help="Leave out matches scoring below this.")] = 0.5,
    case: CaseOption = None,
    as_json: JsonFlag = False,
) -> None:
    """People and table rows whose name matches, in any script, best first, each with why."""
    from habeas.services import names

    with opened() as ctx:
        result = names.match_names(
            ctx, name, limit=limit, columns=column or [], only_columns=only, case=case, min_score=min_score
        )
    if as_json:
        return print_json(result)
    matches = result["matches"]
    table = Table("score", "name", "where", "why", title=f"{len(matches)} matches")
    for m in matches:
        table.add_row(f"{m['score']:.2f}", escape(m["name"]), escape(_where(m)), escape(m["why"]))
    out.print(table)


def _where(m: Any) -> str:
    """Where a match is: an entity's documents, or a row's table, sheet and row."""
    from habeas.services.names import where_of

    return where_of(m)


def _read_names(path: Path, column: str) -> list[str]:
    """The names in one column of a CSV or XLSX list (the first sheet; the first row is the header)."""
    from habeas.errors import InvalidInput
    from habeas.services.names import read_name_list

    try:
        return read_name_list(path.read_bytes(), path.name, column)
    except InvalidInput as exc:
        fail(str(exc))


@names_app.command("screen")
def screen(
    file: Annotated[
        Path, typer.Argument(help="A list of names: CSV or XLSX, with a header row.", exists=True, dir_okay=False)
    ],
    name_column: Annotated[str, typer.Option("--name-column", help="The column holding the names.")] = "name",
    limit: Annotated[int, typer.Option(help="How many matches to keep per name.")] = 5,
    min_score: Annotated[float, typer.Option("--min-score", help="Leave out matches scoring below this.")] = 0.5,
    csv_out: Annotated[Path | None, typer.Option("--csv", help="Also write the results to this CSV file.")] = None,
    case: CaseOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Match every name of a list against the case's people and records, in one run (investigators
    and admins). The list is not stored or logged: one audit entry, with keyed hashes of the names."""
    from habeas.services import names

    queries = _read_names(file, name_column)
    with opened() as ctx:
        bar = Bar("screen")
        try:
            with bar.progress:
                result = names.screen_names(ctx, queries, limit=limit, case=case, min_score=min_score, progress=bar)
        except PermissionError as exc:
            fail(str(exc))
    if csv_out is not None:
        import csv

        with csv_out.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            header, rows = names.screen_rows(result)
            writer.writerow(header)
            writer.writerows(rows)
    if as_json:
        return print_json(result)
    table = Table("query", "best match", "score", "where", title=f"{len(result['results'])} names screened")
    for r in result["results"]:
        best = r["matches"][0] if r["matches"] else None
        table.add_row(
            escape(r["query"]),
            escape(best["name"]) if best else "-",
            f"{best['score']:.2f}" if best else "",
            escape(_where(best)) if best else "",
        )
    out.print(table)


@names_app.command("restrict")
def restrict(
    table: Annotated[str, typer.Argument(help="The table (file name or document id).")],
    row: Annotated[
        list[int] | None,
        typer.Option("--row", help="Only this row number (any number of times); the whole table when left out."),
    ] = None,
    reason: Annotated[str, typer.Option(help="Why (kept in the audit log).")] = "",
    lift: Annotated[bool, typer.Option("--lift", help="Lift the restriction instead.")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Mark a table or some of its rows restricted: only investigators and admins see them in
    `names match` and the link review."""
    from habeas.services import names

    with opened(writes=True) as ctx:
        try:
            result = names.restrict_records(ctx, table, row or [], reason=reason, lift=lift)
        except PermissionError as exc:
            fail(str(exc))
    if as_json:
        return print_json(result)
    what = f"rows {', '.join(map(str, result['rows']))} of {result['table']}" if result["rows"] else result["table"]
    out.print(f"{escape(what)}: {'restricted' if result['restricted'] else 'no longer restricted'}")
