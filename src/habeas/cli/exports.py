"""What goes out and comes in: ``habeas export ftm|csv``, ``habeas import ftm`` and ``habeas dossier``
(``export evidence`` is custody's); parsing and printing only."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from habeas.cli.common import CaseOption, JsonFlag, err, opened, out, print_json

if TYPE_CHECKING:
    from rich.progress import Progress

import_app = typer.Typer(help="Import entity files (FollowTheMoney), e.g. a sanctions list.", no_args_is_help=True)


def _progress(label: str, total: int | None = None) -> Progress:
    from rich.progress import BarColumn, DownloadColumn, Progress, ProgressColumn, TextColumn

    columns: list[ProgressColumn] = [TextColumn(f"[bold]{label}"), BarColumn()]
    if total is not None:
        columns.append(DownloadColumn())
    return Progress(*columns, console=err, transient=True, disable=not err.is_terminal)


def export_ftm(
    out_file: Annotated[Path, typer.Argument(help="Where to write the entities (JSON lines).")],
    case: Annotated[str | None, typer.Option("--case", help="Only this case (default: every case).")] = None,
    as_json: JsonFlag = False,
) -> None:
    """FollowTheMoney entities (one JSON object per line) for Aleph, OpenSanctions tools and others."""
    from habeas.services import exports

    with opened(writes=True) as ctx, _progress("export") as bar:
        task = bar.add_task("", total=None)
        result = exports.export_ftm(ctx, out_file, case, progress=lambda n: bar.advance(task, n))
    if as_json:
        return print_json(result)
    out.print(
        f"wrote {result['entities']} entities to {escape(result['file'])}: "
        + ", ".join(f"{n} {s}" for s, n in result["schemata"].items())
    )


def export_csv(
    kind: Annotated[str, typer.Argument(help="search, entities, claims or timeline.")],
    out_file: Annotated[Path, typer.Argument(help="Where to write the CSV; - for standard output.")],
    query: Annotated[str | None, typer.Option("--query", help="The search, for `export csv search`.")] = None,
    entity: Annotated[str | None, typer.Option("--entity", help="Timeline: only events naming this entity.")] = None,
    case: CaseOption = None,
) -> None:
    """A CSV table, written row by row (no size cap); cells that look like formulas are quoted."""
    from habeas.services import exports

    with opened(writes=True) as ctx:
        header, rows = exports.export_rows(ctx, kind, case, query, entity)
        exports.audit_export(ctx, f"export.csv.{kind}", case=case, target=str(out_file.name))
        lines = exports.csv_lines(header, rows)
        if str(out_file) == "-":
            for line in lines:
                sys.stdout.write(line)
            return
        count = exports.write_whole(out_file, lines) - 1  # the header is no row
    err.print(f"wrote {count} rows to {escape(str(out_file))}")


@import_app.command("ftm")
def import_ftm(
    in_file: Annotated[Path, typer.Argument(help="FtM entities, one JSON object per line.")],
    case: CaseOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Import FollowTheMoney entities (a sanctions list, another Habeas export) into the case."""
    from habeas.services import exports

    with opened(create=True) as ctx:
        size = in_file.stat().st_size if in_file.is_file() else 0
        with _progress("import", size) as bar:
            task = bar.add_task("", total=size)
            result = exports.import_ftm(ctx, in_file, case, progress=lambda n: bar.advance(task, n))
    if as_json:
        print_json(result)
    else:
        out.print(
            f"imported {result['entities']} entities into case {escape(result['case'])}: "
            + ", ".join(f"{n} {s}" for s, n in result["schemata"].items())
        )
        for problem in result["problems"][:20]:
            out.print(f"  [red]✗[/red] {escape(problem)}")
        if len(result["problems"]) > 20:
            out.print(f"  … and {len(result['problems']) - 20} more bad lines")
    if result["problems"]:
        raise typer.Exit(1)


def dossier(
    name_or_id: Annotated[str | None, typer.Argument(help="An entity (person, body, facility): name or id.")] = None,
    html_out: Annotated[Path | None, typer.Option("--html", help="Write the dossier as HTML here.")] = None,
    pdf_out: Annotated[Path | None, typer.Option("--pdf", help="Write the dossier as PDF here.")] = None,
    case: Annotated[
        str | None, typer.Option("--case", help="The case; without an entity, a dossier on the whole case.")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """A printable dossier on an entity or (``--case`` alone) a whole case: summary, offices, claims,
    timeline, every statement cited to document, page and span with the file's SHA-256."""
    if not name_or_id and not case:
        raise typer.BadParameter("name an entity, or give --case for a dossier on the whole case")
    from habeas.services import exports

    with opened(writes=True) as ctx:
        data = (
            exports.entity_dossier_data(ctx, name_or_id, case) if name_or_id else exports.case_dossier_data(ctx, case)
        )
        exports.audit_export(
            ctx,
            "export.dossier",
            case=case,
            target=str(data.get("id") or data["name"]),
            details={"statements": len(data["mentions"]), "documents": len(data["documents"])},
        )
    written = []
    if html_out:
        written.append(str(exports.write_dossier_html(data, html_out)))
    if pdf_out:
        written.append(str(exports.write_dossier_pdf(data, pdf_out)))
    if as_json:
        return print_json({**data, "written": written})
    if not written:
        sys.stdout.write(exports.dossier_html(data))
        return
    for path in written:
        out.print(f"wrote {escape(path)}")
