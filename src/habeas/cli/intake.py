"""``habeas ingest``: files into the case store, in this process or (``--queue``) by the workers."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from habeas.cli.common import Bar, CaseOption, JsonFlag, opened, out, print_json, printable, state
from habeas.cli.queue import ingest_queued


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (folders recursively).")],
    source: Annotated[str | None, typer.Option(help="Where the files came from (default: the path's name).")] = None,
    grade: Annotated[str, typer.Option(help="Source reliability, Admiralty A-F (F: cannot be judged).")] = "F",
    collector: Annotated[str | None, typer.Option(help="Who brought the files (default: OS user).")] = None,
    case: CaseOption = None,
    queue: Annotated[
        bool,
        typer.Option(
            "--queue",
            help="Hand the files to `habeas worker` processes (Celery "
            "over Redis, HABEAS_BROKER_URL) and watch their progress.",
        ),
    ] = False,
    wait: Annotated[
        bool,
        typer.Option(
            "--wait/--no-wait", help="With --queue: watch until done, or return at once (then `habeas jobs`)."
        ),
    ] = True,
    analyse: Annotated[
        bool,
        typer.Option(
            "--analyse/--no-analyse",
            help="Analyse the new documents (and any "
            "a killed run left pending), or only store and index them: "
            "then `habeas analyse --pending`.",
        ),
    ] = True,
    as_json: JsonFlag = False,
) -> None:
    """Take files into the case store, with custody records, analyse them and make them searchable."""
    from habeas.services import intake

    options = intake.default_intake(case, source, grade, collector, state.actor)
    if queue:
        if not analyse:
            raise typer.BadParameter(
                "--no-analyse is for an ingest in this process: queued workers analyse each file they take in",
                param_hint="--no-analyse",
            )
        return ingest_queued(paths, options, wait, as_json)
    with opened(create=True) as ctx:
        bar = Bar("ingest", files=True)
        with bar.progress:
            report = intake.ingest(ctx, paths, options, bar, analyse=analyse)
    if as_json:
        print_json(
            {
                "new": len(report.new),
                "duplicates": report.duplicates,
                "failed": report.failed,
                "needs_ocr": report.needs_ocr,
                "documents": report.new,
            }
        )
    else:
        out.print(
            f"[green]{len(report.new)} new[/green], {report.duplicates} already present, "
            f"[{'red' if report.failed else 'green'}]{len(report.failed)} failed[/]"
            + (f", {len(report.needs_ocr)} need OCR" if report.needs_ocr else "")
        )
        for failure in report.failed:
            out.print(f"  [red]✗[/red] {escape(printable(failure['path']))}: {escape(printable(failure['error']))}")
        for path in report.needs_ocr:
            out.print(f"  [yellow]?[/yellow] {escape(printable(path))}: stored, needs OCR")
    if report.failed:
        raise typer.Exit(1)
