"""Correcting the analysis: ``habeas correct claim|event|entity|list``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from habeas.cli.common import CaseOption, JsonFlag, opened, out, print_json

if TYPE_CHECKING:
    from habeas.services.corrections import CorrectionResult

correct_app = typer.Typer(
    help="Correct the analysis: dismiss or restore a claim, an event or an entity, rename an entity.",
    no_args_is_help=True,
)

DismissFlag = Annotated[bool, typer.Option("--dismiss", help="Dismiss it (kept through every later analysis).")]
RestoreFlag = Annotated[bool, typer.Option("--restore", help="Bring a dismissed one back.")]


def _one_of(**flags: bool) -> str:
    chosen = [name for name, on in flags.items() if on]
    if len(chosen) != 1:
        raise typer.BadParameter(f"use one of {', '.join('--' + name for name in flags)}")
    return chosen[0]


def _show(result: CorrectionResult, as_json: bool) -> None:
    if as_json:
        return print_json(result)
    done = {"dismiss": "dismissed", "restore": "restored", "rename": "renamed"}[result["decision"]]
    what = f"{result['kind']} {result['ref']}"
    tail = f" to [bold]{escape(result['name'])}[/bold]" if result["decision"] == "rename" and result["name"] else ""
    out.print(f"{done} {escape(what)}{tail}: {escape(result['text'][:140])}")


def _span(kind: str, ref: str, dismiss: bool, restore: bool, as_json: bool) -> None:
    from habeas.services import corrections

    action = _one_of(dismiss=dismiss, restore=restore)
    with opened(writes=True) as ctx:
        result = (corrections.dismiss if action == "dismiss" else corrections.restore)(ctx, kind, ref)
    _show(result, as_json)


@correct_app.command("claim")
def correct_claim(
    ref: Annotated[str, typer.Argument(help="The claim, DOCUMENT:PAGE:START-END (`habeas claims` shows it).")],
    dismiss: DismissFlag = False,
    restore: RestoreFlag = False,
    as_json: JsonFlag = False,
) -> None:
    """Dismiss a claim the analysis got wrong, or restore it (audited)."""
    _span("claim", ref, dismiss, restore, as_json)


@correct_app.command("event")
def correct_event(
    ref: Annotated[str, typer.Argument(help="The event, DOCUMENT:PAGE:START-END (`habeas timeline` shows it).")],
    dismiss: DismissFlag = False,
    restore: RestoreFlag = False,
    as_json: JsonFlag = False,
) -> None:
    """Dismiss a dated event the analysis got wrong, or restore it (audited)."""
    _span("event", ref, dismiss, restore, as_json)


@correct_app.command("entity")
def correct_entity(
    entity: Annotated[str, typer.Argument(help="The entity's id or name (a dismissed one: as `correct list` shows).")],
    dismiss: DismissFlag = False,
    restore: RestoreFlag = False,
    rename: Annotated[
        str | None, typer.Option("--rename", help="Give it this name (the old one stays an alias).")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Dismiss an entity that is not one, restore it, or rename it (audited, kept through analysis)."""
    from habeas.services import corrections

    action = _one_of(dismiss=dismiss, restore=restore, rename=rename is not None)
    with opened(writes=True) as ctx:
        if action == "rename":
            result = corrections.rename_entity(ctx, entity, rename or "")
        else:
            result = (corrections.dismiss if action == "dismiss" else corrections.restore)(ctx, "entity", entity)
    _show(result, as_json)


@correct_app.command("list")
def correct_list(
    case: CaseOption = None,
    kind: Annotated[str | None, typer.Option("--kind", help="claim, event or entity.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """The standing corrections, newest first: what was dismissed (to restore) and renamed."""
    from habeas.services import corrections

    with opened() as ctx:
        rows = corrections.list_corrections(ctx, case, kind)
    if as_json:
        return print_json(rows)
    table = Table("kind", "decision", "ref", "what", "new name", "by", "at", title=f"{len(rows)} corrections")
    table.columns[2].overflow = "fold"  # the ref whole: it is what `--restore` takes
    for r in rows:
        table.add_row(
            r["kind"],
            r["decision"],
            r["ref"],
            escape(r["text"][:100]),
            escape(r["name"] or ""),
            escape(r["actor"]),
            r["at"][:19],
        )
    out.print(table)
