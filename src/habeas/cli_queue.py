"""``habeas worker``, ``habeas indexer``, ``habeas jobs`` and the queued side of ``habeas ingest``:
ingest spread over any number of hosts with Celery over Redis."""

from __future__ import annotations

import os
import signal
import socket
import subprocess  # nosec B404  # starts our own worker processes, no shell
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from habeas.cli import JsonFlag, app, err, opened_store, out, print_json, state
from habeas.config import load_settings
from habeas.errors import QueueNotConfigured
from habeas.ingest.pipeline import IntakeOptions
from habeas.queue.app import INDEX_QUEUE, INGEST_QUEUE, check_queue_settings, make_celery
from habeas.services import Caller
from habeas.services import jobs as service


def _settings_for_workers() -> Any:
    settings = load_settings(state.store_dir)
    try:
        check_queue_settings(settings)
    except QueueNotConfigured as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    return settings


def _run_worker(queues: str, concurrency: int, name: str) -> None:
    """One Celery worker per process, taking one task at a time (the ``solo`` pool): each runs its
    own sandboxed parser child, which Celery's prefork pool, whose processes are daemonic, cannot
    start. More processes on a host are more of these, started side by side."""
    from habeas.queue.tasks import register_tasks
    from habeas.store.store import Store

    settings = _settings_for_workers()
    Store(settings).close()  # bring the schema up to date once, before the processes start
    if concurrency > 1:
        return _run_side_by_side(concurrency, queues, name)
    celery = make_celery(settings)
    register_tasks(celery, settings)
    err.print(f"habeas worker {escape(name)}: queues {queues}, store {escape(str(settings.store))}, parse limit "
              f"{settings.limits.parse_timeout_s:g}s, redelivery after {settings.queue.visibility_timeout_s:g}s")
    celery.worker_main(["worker", "--loglevel=WARNING", f"--queues={queues}", "--pool=solo",
                        f"--hostname={name}", "--without-gossip", "--without-mingle"])


def _run_side_by_side(concurrency: int, queues: str, name: str) -> None:
    """Start ``concurrency`` single-process workers and wait for them; Ctrl-C or SIGTERM stops them all."""
    command = [sys.executable, "-m", "habeas"] + (["--store", state.store_dir] if state.store_dir else [])
    children = [subprocess.Popen([*command, "worker", "--queues", queues, "--concurrency", "1",  # nosec B603  # our own CLI, no shell
                                  "--name", f"{name}.{n}"]) for n in range(1, concurrency + 1)]

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


@app.command()
def worker(
    queues: Annotated[str, typer.Option(help=f"Queues to take tasks from: {INGEST_QUEUE} (any number of "
                                        f"workers) or {INDEX_QUEUE} (exactly one process).")] = INGEST_QUEUE,
    concurrency: Annotated[int, typer.Option(help="Processes (default: the HABEAS_WORKERS setting).")] = 0,
    name: Annotated[str, typer.Option(help="This worker's name (default: ingest@HOST).")] = "",
) -> None:
    """Extract and analyse queued files (Celery over Redis; needs HABEAS_BROKER_URL and a shared
    PostgreSQL HABEAS_DATABASE_URL). Run one on each host; stop it with Ctrl-C."""
    if INDEX_QUEUE in queues.split(",") and concurrency != 1:
        if concurrency > 1:
            err.print("[red]error:[/red] the index queue takes exactly one process (--concurrency 1)")
            raise typer.Exit(2)
        concurrency = 1
    concurrency = concurrency or load_settings(state.store_dir).workers
    _run_worker(queues, concurrency, name or f"{queues.replace(',', '+')}@{socket.gethostname()}-{os.getpid()}")


@app.command()
def indexer() -> None:
    """The one process that writes the search index: takes the index queue (run it on the search host)."""
    _run_worker(INDEX_QUEUE, 1, f"{INDEX_QUEUE}@{socket.gethostname()}")


class _QueueBar:
    """Progress of a queued batch, read from the database, drawn on stderr."""

    def __init__(self) -> None:
        self.progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                                 TimeRemainingColumn(), TextColumn("{task.description}"),
                                 console=err, transient=True, disable=not err.is_terminal)
        self.task = self.progress.add_task("queued", total=None)

    def update(self, status: dict[str, Any]) -> None:
        self.progress.update(self.task, total=status["total"] or None, completed=status["done"],
                             description=escape(status["current"][-40:]))


def ingest_queued(paths: list[Path], options: IntakeOptions, wait: bool, as_json: bool) -> None:
    """``habeas ingest --queue``: hand the files to the workers, then (unless told not to) watch them."""
    with opened_store() as store:
        try:
            batch_id = service.enqueue(Caller(store, options.actor), paths, options)
        except QueueNotConfigured as exc:
            raise ValueError(str(exc)) from exc
        if not wait:
            status = service.batch_status(Caller(store, state.actor), batch_id)
            if as_json:
                return print_json(status)
            out.print(f"queued batch [bold]{batch_id}[/bold]: {status['total']} files; watch it with "
                      f"`habeas jobs {batch_id} --wait`")
            return
        _watch(store, batch_id, as_json)


def _watch(store: Any, batch_id: str, as_json: bool) -> None:
    bar = _QueueBar()
    with bar.progress:
        status = service.wait(Caller(store, state.actor), batch_id, bar.update)
    if as_json:
        print_json(_summary(status))
    else:
        out.print(f"batch {batch_id}: [green]{len(status['new'])} new[/green], {status['duplicates']} already "
                  f"present, [{'red' if status['failed'] else 'green'}]{len(status['failed'])} failed[/]"
                  + (f", {len(status['needs_ocr'])} need OCR" if status["needs_ocr"] else ""))
        for failure in status["failed"]:
            out.print(f"  [red]✗[/red] {escape(failure['path'])}: {escape(failure['error'])}")
    if status["failed"]:
        raise typer.Exit(1)


def _summary(status: dict[str, Any]) -> dict[str, Any]:
    """The same keys as ``habeas ingest --json``, plus the batch."""
    return {"batch": status["id"], "new": len(status["new"]), "duplicates": status["duplicates"],
            "failed": status["failed"], "needs_ocr": status["needs_ocr"], "documents": status["new"]}


@app.command()
def jobs(
    batch: Annotated[str | None, typer.Argument(help="A batch id: show (or --wait for) that batch.")] = None,
    wait: Annotated[bool, typer.Option("--wait", help="Watch the batch until it is finished.")] = False,
    resend: Annotated[bool, typer.Option("--resend", help="Queue the batch's unfinished files again.")]
    = False,
    as_json: JsonFlag = False,
) -> None:
    """Queued ingest batches and their progress (``habeas ingest --queue``)."""
    with opened_store() as store:
        if batch and resend:
            count = service.resend(Caller(store, state.actor), batch)
            err.print(f"queued {count} unfinished files again")
        if batch and wait:
            return _watch(store, batch, as_json)
        rows = [service.batch_status(Caller(store, state.actor), batch)] if batch \
            else service.list_batches(Caller(store, state.actor))
    if as_json:
        return print_json(rows[0] if batch else {"batches": rows})
    table = Table("batch", "case", "state", "done", "new", "duplicates", "failed", "created")
    for row in rows:
        table.add_row(row["id"], escape(row["case"]), row["state"], f"{row['done']}/{row['total']}",
                      str(len(row["new"])), str(row["duplicates"]), str(len(row["failed"])), row["created_at"][:19])
    out.print(table)
