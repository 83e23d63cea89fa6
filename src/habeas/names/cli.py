"""``habeas names ...``: a name in every script, and finding a person in the case's records.

Registered on the main ``habeas`` command by ``habeas.cli``; argument parsing and printing only.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from habeas import cli
from habeas.services import Caller, linkage, names

names_app = typer.Typer(help="Find a person across spellings, scripts and records.", no_args_is_help=True)


@names_app.command("forms")
def forms(name: Annotated[str, typer.Argument(help="A name in any script.")],
          as_json: cli.JsonFlag = False) -> None:
    """The name in every script (ULY, Arabic script, Cyrillic, Chinese) and its matching keys."""
    result = names.name_forms(name)
    if as_json:
        return cli.print_json(result)
    table = Table("form", "value", show_header=False)
    for key in ("script", "uly", "uey", "usy", "kazakh_latin", "russian_style_latin", "chinese_transcription",
                "pinyin"):
        if result.get(key):
            table.add_row(key, escape(str(result[key])))
    for reading in result.get("keys", []):
        table.add_row(f"keys ({reading['reading']})",
                      escape(" ".join(f"{p['full']}/{p['shape']}/{p['skeleton']}" for p in reading["parts"])))
    cli.out.print(table)


@names_app.command("match")
def match(
    name: Annotated[str, typer.Argument(help="The name to look for, in any script.")],
    limit: Annotated[int, typer.Option(help="How many matches to show.")] = 10,
    column: Annotated[list[str] | None, typer.Option("--column", help="Also search this column of tables "
                                                     "(any number of times).")] = None,
    only: Annotated[bool, typer.Option("--only", help="Search only the --column columns.")] = False,
    min_score: Annotated[float, typer.Option("--min-score", help="Leave out matches scoring below this.")] = 0.5,
    case: cli.CaseOption = None,
    as_json: cli.JsonFlag = False,
) -> None:
    """People and table rows whose name matches, in any script, best first, each with why."""
    with cli.opened_store() as store:
        result = names.match_names(Caller(store, cli.state.actor), name, limit=limit, columns=column or [], only_columns=only, case=case, min_score=min_score)
    if as_json:
        return cli.print_json(result)
    matches = result["matches"]
    table = Table("score", "name", "where", "why", title=f"{len(matches)} matches")
    for m in matches:
        table.add_row(f"{m['score']:.2f}", escape(m["name"]),
                      escape(f"{m['document_id']} {m['sheet']} row {m['row']}"), escape(m["why"]))
    cli.out.print(table)


# -- record linkage ------------------------------------------------------------------

link_app = typer.Typer(help="Link table rows about the same person, within and across tables.")


@link_app.callback(invoke_without_command=True)
def link(
    ctx: typer.Context,
    table: Annotated[list[str] | None, typer.Option("--table", help="A table (file name or document id); "
                                                    "any number of times; all tables when left out.")] = None,
    accept: Annotated[float, typer.Option(help="Link pairs scoring at least this.")] = 0.9,
    review: Annotated[float, typer.Option(help="Queue pairs scoring at least this for review.")] = 0.7,
    one_per_table: Annotated[bool, typer.Option("--one-per-table", help="Each table lists a person once: "
                                                "link a row to at most one row of each other table.")] = False,
    as_json: cli.JsonFlag = False,
) -> None:
    """Link rows (`habeas link --table detainees.xlsx`); `link review` and `link decide` for the queue."""
    if ctx.invoked_subcommand is not None:
        return
    with cli.opened_store() as store:
        result = linkage.link_records(Caller(store, cli.state.actor), tables=table or None, accept=accept, review=review, one_per_table=one_per_table)
    if as_json:
        return cli.print_json(result)
    cli.out.print(f"{result['rows']} rows, {result['candidate_pairs']} pairs compared: "
                  f"[green]{result['linked']} linked[/green], [yellow]{result['review']} to review[/yellow]")


@names_app.command("restrict")
def restrict(
    table: Annotated[str, typer.Argument(help="The table (file name or document id).")],
    row: Annotated[list[int] | None, typer.Option("--row", help="Only this row number (any number of "
                                                  "times); the whole table when left out.")] = None,
    reason: Annotated[str, typer.Option(help="Why (kept in the audit log).")] = "",
    lift: Annotated[bool, typer.Option("--lift", help="Lift the restriction instead.")] = False,
    as_json: cli.JsonFlag = False,
) -> None:
    """Mark a table or some of its rows restricted: only investigators and admins see them in
    `names match` and the link review."""
    with cli.opened_store() as store:
        try:
            result = names.restrict_records(Caller(store, cli.state.actor), table, row or [], reason=reason, lift=lift)
        except PermissionError as exc:
            cli.err.print(f"[red]error:[/red] {escape(str(exc))}")
            raise typer.Exit(2) from exc
    if as_json:
        return cli.print_json(result)
    what = f"rows {', '.join(map(str, result['rows']))} of {result['table']}" if result["rows"] else result["table"]
    cli.out.print(f"{escape(what)}: {'restricted' if result['restricted'] else 'no longer restricted'}")


@link_app.command("review")
def link_review(limit: Annotated[int, typer.Option(help="How many pairs to show.")] = 20,
                as_json: cli.JsonFlag = False) -> None:
    """Pairs waiting for a decision, most likely first."""
    with cli.opened_store() as store:
        queue = linkage.link_review_queue(Caller(store, cli.state.actor), limit)
    if as_json:
        return cli.print_json({"pairs": queue})
    table = Table("pair", "score", "left", "right", "evidence", title=f"{len(queue)} pairs to review")
    for p in queue:
        table.add_row(str(p["pair"]), f"{p['score']:.2f}", escape(f"{p['left']['name']} ({p['left']['id']})"),
                      escape(f"{p['right']['name']} ({p['right']['id']})"), escape(str(p["evidence"])))
    cli.out.print(table)


@link_app.command("decide")
def link_decide(pair: int, decision: Annotated[str, typer.Argument(help="same, different or unsure")],
                as_json: cli.JsonFlag = False) -> None:
    """Record a decision about a pair; it wins over the machine on every later run."""
    with cli.opened_store() as store:
        result = linkage.link_decide(Caller(store, cli.state.actor), pair, decision)
    cli.print_json(result) if as_json else cli.out.print(f"pair {pair}: {decision}")
