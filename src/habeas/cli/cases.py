"""``habeas case create`` and ``habeas cases``: the cases (collections of documents) in the store."""

from __future__ import annotations

import typer
from rich.markup import escape
from rich.table import Table

from habeas.cli.common import JsonFlag, opened, out, print_json

case_app = typer.Typer(help="Create cases (collections of documents).", no_args_is_help=True)


@case_app.command("create")
def case_create(name: str, as_json: JsonFlag = False) -> None:
    """Create a case."""
    from habeas.services import cases

    with opened(create=True) as ctx:
        case = cases.create_case(ctx, name)
    print_json(case) if as_json else out.print(f"created case [bold]{escape(name)}[/bold]")


def list_cases(as_json: JsonFlag = False) -> None:
    """List the cases in the store."""
    from habeas.services import cases

    with opened() as ctx:
        rows = cases.list_cases(ctx)
    if as_json:
        return print_json({"cases": rows})
    table = Table("case", "documents", "created", "by")
    for row in rows:
        table.add_row(escape(row["name"]), str(row["documents"]), row["created_at"][:19], escape(row["created_by"]))
    out.print(table)
