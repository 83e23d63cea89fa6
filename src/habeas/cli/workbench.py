"""``habeas tag``, ``habeas note``, ``habeas star`` and ``habeas title``: organising the evidence.
Tags and notes are shared within the case; stars are your own. A TARGET is a document id, or an
entity's id or name. Tags and notes are for organising evidence, never for rating people: those on
a person are shown only on that person, never in lists or ``--json``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from habeas.cli.common import CaseOption, JsonFlag, opened, out, print_json, printable

if TYPE_CHECKING:
    from habeas.services.workbench import Annotations

Target = Annotated[str, typer.Argument(help="A document id, or an entity's id or name.")]

tag_app = typer.Typer(help="Tags on documents and entities, shared within the case (tag:WORD finds them).")
note_app = typer.Typer(help="Notes on documents and entities, shared within the case.", no_args_is_help=True)
star_app = typer.Typer(help="Your own stars on documents and entities.", no_args_is_help=True)
title_app = typer.Typer(help="A document's title: set one, or go back to the extracted one.", no_args_is_help=True)


def _show(found: Annotations, as_json: bool) -> None:
    if as_json:
        return print_json(found)
    star = "★ " if found["starred"] else ""
    out.print(f"{star}[bold]{escape(printable(found['label']))}[/bold]  [dim]({found['kind']} {found['id']})[/dim]")
    if found["original_title"] is not None:
        out.print(f"  [dim]extracted title: {escape(printable(found['original_title']))}[/dim]")
    out.print("  tags: " + (escape(" ".join(found["tags"])) if found["tags"] else "[dim]none[/dim]"))
    for note in found["notes"]:
        out.print(f"  note {note['id']} by {escape(note['by'])}, {note['at'][:16]}: {escape(printable(note['text']))}")


@tag_app.callback(invoke_without_command=True)
def tags(ctx: typer.Context, case: CaseOption = None, as_json: JsonFlag = False) -> None:
    """Every tag in the case, with how many documents and entities carry it (people's left out)."""
    if ctx.invoked_subcommand is not None:
        return
    from habeas.services import workbench

    with opened() as caller:
        counts = workbench.tag_counts(caller, case)
    if as_json:
        return print_json(counts)
    for row in counts:
        out.print(f"{escape(row['tag'])}  [dim]{row['documents']} documents, {row['entities']} entities[/dim]")
    if not counts:
        out.print("no tags yet: habeas tag add TARGET TAG")


@tag_app.command("add")
def tag_add(
    target: Target, tag: Annotated[str, typer.Argument(help="One word (spaces become -).")], as_json: JsonFlag = False
) -> None:
    """Tag a document or an entity."""
    from habeas.services import workbench

    with opened(writes=True) as ctx:
        _show(workbench.add_tag(ctx, target, tag), as_json)


@tag_app.command("remove")
def tag_remove(target: Target, tag: str, as_json: JsonFlag = False) -> None:
    """Take a tag off a document or an entity."""
    from habeas.services import workbench

    with opened(writes=True) as ctx:
        _show(workbench.remove_tag(ctx, target, tag), as_json)


@tag_app.command("show")
def tag_show(target: Target, as_json: JsonFlag = False) -> None:
    """A document's or an entity's tags, notes and your star (a person's: not with --json)."""
    from habeas.services import workbench

    with opened() as ctx:
        _show(workbench.annotations_of(ctx, target, leaving=as_json), as_json)


@note_app.command("add")
def note_add(target: Target, text: Annotated[str, typer.Argument(help="The note.")], as_json: JsonFlag = False) -> None:
    """Add a note to a document or an entity (the audit log records that it was added, never its text)."""
    from habeas.services import workbench

    with opened(writes=True) as ctx:
        _show(workbench.add_note(ctx, target, text), as_json)


@note_app.command("list")
def note_list(target: Target, as_json: JsonFlag = False) -> None:
    """The notes on a document or an entity (a person's: not with --json)."""
    tag_show(target, as_json)


@note_app.command("delete")
def note_delete(note_id: Annotated[int, typer.Argument(help="The note's number.")], as_json: JsonFlag = False) -> None:
    """Delete a note."""
    from habeas.services import workbench

    with opened(writes=True) as ctx:
        _show(workbench.delete_note(ctx, note_id), as_json)


@star_app.command("add")
def star_add(target: Target, as_json: JsonFlag = False) -> None:
    """Star a document or an entity, for yourself."""
    from habeas.services import workbench

    with opened(writes=True) as ctx:
        _show(workbench.star(ctx, target, on=True), as_json)


@star_app.command("remove")
def star_remove(target: Target, as_json: JsonFlag = False) -> None:
    """Take your star away."""
    from habeas.services import workbench

    with opened(writes=True) as ctx:
        _show(workbench.star(ctx, target, on=False), as_json)


@star_app.command("list")
def star_list(as_json: JsonFlag = False) -> None:
    """What you starred, newest first."""
    from habeas.services import workbench

    with opened() as ctx:
        items = workbench.starred(ctx)
    if as_json:
        return print_json(items)
    for item in items:
        out.print(
            f"★ {escape(printable(item['label']))}  [dim]({item['kind']} {item['id']}, {escape(item['case'])})[/dim]"
        )
    if not items:
        out.print("nothing starred")


@title_app.command("set")
def title_set(
    document: Annotated[str, typer.Argument(help="The document's id.")],
    title: Annotated[str, typer.Argument(help="Its new title.")],
    as_json: JsonFlag = False,
) -> None:
    """Give a document a title (the extracted one is kept: ``title reset``)."""
    from habeas.services import workbench

    with opened(writes=True) as ctx:
        _show(workbench.set_title(ctx, document, title), as_json)


@title_app.command("reset")
def title_reset(document: Annotated[str, typer.Argument(help="The document's id.")], as_json: JsonFlag = False) -> None:
    """Give a document back the title extraction gave it."""
    from habeas.services import workbench

    with opened(writes=True) as ctx:
        _show(workbench.reset_title(ctx, document), as_json)
