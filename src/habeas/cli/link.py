"""``habeas link``: record linkage, rows of tables about the same person, and ``link review|decide``
for the pairs a person must judge."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from habeas.cli.common import JsonFlag, opened, out, print_json

link_app = typer.Typer(help="Link table rows about the same person, within and across tables.")


@link_app.callback(invoke_without_command=True)
def link(
    ctx: typer.Context,
    table: Annotated[
        list[str] | None,
        typer.Option(
            "--table", help="A table (file name or document id); any number of times; all tables when left out."
        ),
    ] = None,
    accept: Annotated[float, typer.Option(help="Link pairs scoring at least this.")] = 0.9,
    review: Annotated[float, typer.Option(help="Queue pairs scoring at least this for review.")] = 0.7,
    one_per_table: Annotated[
        bool,
        typer.Option(
            "--one-per-table", help="Each table lists a person once: link a row to at most one row of each other table."
        ),
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """Link rows (`habeas link --table detainees.xlsx`); `link review` and `link decide` for the queue."""
    if ctx.invoked_subcommand is not None:
        return
    from habeas.services import linkage

    with opened(create=True) as caller:
        result = linkage.link_records(
            caller, tables=table or None, accept=accept, review=review, one_per_table=one_per_table
        )
    if as_json:
        return print_json(result)
    out.print(
        f"{result['rows']} rows, {result['candidate_pairs']} pairs compared: "
        f"[green]{result['linked']} linked[/green], [yellow]{result['review']} to review[/yellow]"
    )


@link_app.command("review")
def link_review(
    limit: Annotated[int, typer.Option(help="How many pairs to show.")] = 20, as_json: JsonFlag = False
) -> None:
    """Pairs waiting for a decision, most likely first."""
    from habeas.services import linkage

    with opened() as ctx:
        queue = linkage.link_review_queue(ctx, limit)
    if as_json:
        return print_json({"pairs": queue})
    table = Table("pair", "score", "left", "right", "evidence", title=f"{len(queue)} pairs to review")
    for p in queue:
        table.add_row(
            str(p["pair"]),
            f"{p['score']:.2f}",
            escape(f"{p['left']['name']} ({p['left']['id']})"),
            escape(f"{p['right']['name']} ({p['right']['id']})"),
            escape(str(p["evidence"])),
        )
    out.print(table)


@link_app.command("decide")
def link_decide(
    pair: int, decision: Annotated[str, typer.Argument(help="same, different or unsure")], as_json: JsonFlag = False
) -> None:
    """Record a decision about a pair; it wins over the machine on every later run."""
    from habeas.services import linkage

    with opened(writes=True) as ctx:
        result = linkage.link_decide(ctx, pair, decision)
    print_json(result) if as_json else out.print(f"pair {pair}: {decision}")
