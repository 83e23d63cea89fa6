"""``habeas officials``: the officials the documents name, against imported sanctions lists, and
``officials decide`` for the candidates a person must judge."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from habeas.cli.common import CaseOption, JsonFlag, opened, out, print_json

# The name similarity from which a listed entity goes to a person (habeas.services.exports.REVIEW_THRESHOLD),
# written out here so that building the command line does not load the sanctions code; a test checks them.
REVIEW_THRESHOLD = 0.88

officials_app = typer.Typer(help="Officials the case's documents name, against imported sanctions lists.")


@officials_app.callback(invoke_without_command=True)
def officials(
    ctx: typer.Context,
    with_sanctions: Annotated[
        bool, typer.Option("--sanctions", help="Cross-reference imported sanctions lists.")
    ] = False,
    everyone: Annotated[
        bool, typer.Option("--everyone", help="Every person the documents name, not only those given an office.")
    ] = False,
    threshold: Annotated[
        float, typer.Option(help="Name similarity from which a listed entity goes to review.")
    ] = REVIEW_THRESHOLD,
    case: CaseOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Officials the documents name; with --sanctions, who is sanctioned by whom (confirmed by a person),
    who is to review, and who is not on the imported lists, each with the documents naming them."""
    if ctx.invoked_subcommand is not None:
        return
    from habeas.services import exports

    with opened() as caller:
        result = exports.cross_reference(caller, case, everyone=everyone, threshold=threshold)
    if as_json:
        return print_json(result)
    columns = ["official", "offices (as the documents give them)", "named"]
    if with_sanctions:
        columns[1:1] = ["sanctions", "candidates (pair: name, score, lists)"]
    table = Table(
        *columns, title=f"{len(result['officials'])} officials; {result['listed_entities']} listed entities imported"
    )
    for o in result["officials"]:
        docs = {e["document_id"] for e in o["evidence"]}
        cells = [
            escape(o["name"]),
            escape("; ".join(p["title"] for p in o["positions"])),
            f"{len(o['evidence'])} in {len(docs)} doc{'' if len(docs) == 1 else 's'}",
        ]
        if with_sanctions:
            status = {
                "sanctioned": f"[red]sanctioned[/red]: {escape('; '.join(o['authorities']))}",
                "to review": "[yellow]to review[/yellow]",
                "not listed": "not on the imported lists",
            }
            candidates = "; ".join(
                f"{m['pair']}: {m['listed_name']} ({m['score']:.2f}, "
                f"{', '.join(s['authority'] or s['program'] for s in m['sanctions']) or ', '.join(m['datasets'])})"
                + (f" [{m['decision']} by {m['decided_by']}]" if m["decision"] else "")
                for m in o["matches"]
            )
            cells[1:1] = [status[o["status"]], escape(candidates)]
        table.add_row(*cells)
    out.print(table)
    if with_sanctions and any(o["status"] == "to review" for o in result["officials"]):
        out.print("decide each candidate: habeas officials decide PAIR same|different|unsure (citations: --json)")


@officials_app.command("decide")
def officials_decide(
    pair: Annotated[str, typer.Argument(help="The pair handle shown by `officials --sanctions`.")],
    decision: Annotated[str, typer.Argument(help="same, different or unsure")],
    case: CaseOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Record whether an official is the listed entity; kept, audited, and it wins on every later run."""
    from habeas.services import exports

    with opened(writes=True) as ctx:
        result = exports.decide(ctx, pair, decision, case)
    if as_json:
        return print_json(result)
    out.print(f"{escape(result['official'])} / {escape(result['listed_name'])}: {decision}")
