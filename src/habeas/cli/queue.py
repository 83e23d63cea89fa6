"""``habeas worker``, ``habeas indexer``, ``habeas jobs`` and the queued side of ``habeas ingest``:
ingest spread over any number of hosts with Celery over Redis. The workers themselves are
``python -m habeas.worker`` processes, which these commands start; the CLI never loads Celery."""

from __future__ import annotations

import os
import signal
import socket
import subprocess  # nosec B404  # starts our own worker processes, no shell
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from habeas import services
from habeas.cli.common import JsonFlag, err, fail, opened, out, print_json, printable, settings, state
from habeas.errors import QueueNotConfigured
from habeas.services import Caller

if TYPE_CHECKING:
    from rich.progress import Progress

    from habeas.services.intake import IntakeOptions
    from habeas.services.jobs import BatchStatus

# The queues' names (habeas.services.jobs.INGEST_QUEUE and INDEX_QUEUE), written out here so that
# building the command line does not load Celery; a test checks that they agree.
INGEST_QUEUE = "ingest"  # any number of workers on any number of hosts
INDEX_QUEUE = "index"  # one consumer: the search index has a single writer


def _start_workers(queues: str, concurrency: int, name: str) -> None:
    """Start ``concurrency`` worker processes, each one Celery worker taking one task at a time (the
    ``solo`` pool, so that each can run its own sandboxed parser child), and wait for them; Ctrl-C or
    SIGTERM stops them all."""
    from habeas.services import jobs as service

    config = settings()
    try:
        service.check_queue_settings(config)
    except QueueNotConfigured as exc:
        fail(str(exc))
    services.open_store(config).close()  # bring the schema up to date once, before the processes start
    command = [sys.executable, "-m", "habeas.worker", "--queues", queues]
    command += ["--store", state.store_dir] if state.store_dir else []
    names = [name] if concurrency == 1 else [f"{name}.{n}" for n in range(1, concurrency + 1)]
    children = [subprocess.Popen([*command, "--name", each]) for each in names]  # nosec B603  # our own module, no shell

    def stop(signum: int, _frame: object) -> None:
        for child in children:
            child.send_signal(signum)

    signal.signal(signal.SIGTERM, stop)
    try:
        for child in children:
            child.wait()
    except KeyboardInterrupt:
        stop(signal.SIGINT, None)
        for child in children:
            child.wait()


def worker(
    queues: Annotated[
        str,
        typer.Option(
            help=f"Queues to take tasks from: {INGEST_QUEUE} (any number of "
            f"workers) or {INDEX_QUEUE} (exactly one process)."
        ),
    ] = INGEST_QUEUE,
    concurrency: Annotated[int, typer.Option(help="Processes (default: the HABEAS_WORKERS setting).")] = 0,
    name: Annotated[str, typer.Option(help="This worker's name (default: ingest@HOST).")] = "",
) -> None:
    """Extract and analyse queued files (Celery over Redis; needs HABEAS_BROKER_URL and a shared
    PostgreSQL HABEAS_DATABASE_URL). Run one on each host; stop it with Ctrl-C."""
    if INDEX_QUEUE in queues.split(",") and concurrency != 1:
        if concurrency > 1:
            fail("the index queue takes exactly one process (--concurrency 1)")
        concurrency = 1
    concurrency = concurrency or settings().workers
    _start_workers(queues, concurrency, name or f"{queues.replace(',', '+')}@{socket.gethostname()}-{os.getpid()}")


def indexer() -> None:
    """The one process that writes the search index: takes the index queue (run it on the search host)."""
    _start_workers(INDEX_QUEUE, 1, f"{INDEX_QUEUE}@{socket.gethostname()}")


class _QueueBar:
    """Progress of a queued batch, read from the database, drawn on stderr."""

    def __init__(self) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress: Progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.description}"),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        )
        self.task = self.progress.add_task("queued", total=None)

    def update(self, status: BatchStatus) -> None:
        self.progress.update(
            self.task,
            total=status["total"] or None,
            completed=status["done"],
            description=escape(printable(status["current"][-40:])),
        )


def ingest_queued(paths: list[Path], options: IntakeOptions, wait: bool, as_json: bool) -> None:
    """``habeas ingest --queue``: hand the files to the workers, then (unless told not to) watch them."""
    from habeas.services import jobs as service

    with opened(create=True) as ctx:
        try:
            batch_id = service.enqueue(ctx, paths, options)
        except QueueNotConfigured as exc:
            raise ValueError(str(exc)) from exc
        if not wait:
            status = service.batch_status(ctx, batch_id)
            if as_json:
                return print_json(status)
            out.print(
                f"queued batch [bold]{batch_id}[/bold]: {status['total']} files; watch it with "
                f"`habeas jobs {batch_id} --wait`"
            )
            return
        _watch(ctx, batch_id, as_json)


def _watch(ctx: Caller, batch_id: str, as_json: bool) -> None:
    from habeas.services import jobs as service

    bar = _QueueBar()
    with bar.progress:
        status = service.wait(ctx, batch_id, bar.update)
    if as_json:
        print_json(_summary(status))
    else:
        out.print(
            f"batch {batch_id}: [green]{len(status['new'])} new[/green], {status['duplicates']} already "
            f"present, [{'red' if status['failed'] else 'green'}]{len(status['failed'])} failed[/]"
            + (f", {len(status['needs_ocr'])} need OCR" if status["needs_ocr"] else "")
        )
        for failure in status["failed"]:
            out.print(f"  [red]✗[/red] {escape(printable(failure['path']))}: {escape(printable(failure['error']))}")
    if status["failed"]:
        raise typer.Exit(1)


def _summary(status: BatchStatus) -> dict[str, Any]:
    """The same keys as ``habeas ingest --json``, plus the batch."""
    return {
        "batch": status["id"],
        "new": len(status["new"]),
        "duplicates": status["duplicates"],
        "failed": status["failed"],
        "needs_ocr": status["needs_ocr"],
        "documents": status["new"],
    }


def jobs(
    batch: Annotated[str | None, typer.Argument(help="A batch id: show (or --wait for) that batch.")] = None,
    wait: Annotated[bool, typer.Option("--wait", help="Watch the batch until it is finished.")] = False,
    resend: Annotated[bool, typer.Option("--resend", help="Queue the batch's unfinished files again.")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Queued ingest batches and their progress (``habeas ingest --queue``)."""
    from habeas.services import jobs as service

    with opened() as ctx:
        if batch and resend:
            count = service.resend(ctx, batch)
            err.print(f"queued {count} unfinished files again")
        if batch and wait:
            return _watch(ctx, batch, as_json)
        rows = [service.batch_status(ctx, batch)] if batch else service.list_batches(ctx)
    if as_json:
        return print_json(rows[0] if batch else {"batches": rows})
    table = Table("batch", "case", "state", "done", "new", "duplicates", "failed", "created")
    for row in rows:
        table.add_row(
            row["id"],
            escape(row["case"]),
            row["state"],
            f"{row['done']}/{row['total']}",
            str(len(row["new"])),
            str(row["duplicates"]),
            str(len(row["failed"])),
            row["created_at"][:19],
        )
    out.print(table)
