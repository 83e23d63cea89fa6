"""The ``habeas`` command: parses arguments, calls ``services``, prints tables or ``--json``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from habeas import __version__, services
from habeas.config import LOCAL_OWNER, load_settings
from habeas.errors import InvalidQuery, NotFound
from habeas.search.index import SearchHit, snippet_parts
from habeas.services import Caller, custody, intake, users
from habeas.services import cases as cases_service
from habeas.services import documents as documents_service
from habeas.services import search as search_service
from habeas.store.store import Store

app = typer.Typer(help="Habeas: a searchable, citable case file from leaks, reports and testimony.",
                  no_args_is_help=True, add_completion=False)
case_app = typer.Typer(help="Create cases (collections of documents).", no_args_is_help=True)
app.add_typer(case_app, name="case")
users_app = typer.Typer(help="Accounts for the web app.", no_args_is_help=True)
app.add_typer(users_app, name="users")
# One group for everything that leaves the store; its commands live with their stages' CLI modules.
export_app = typer.Typer(help="Take evidence or the case file out of the store: evidence packages, "
                              "FollowTheMoney entities, CSV tables.", no_args_is_help=True)
app.add_typer(export_app, name="export")

out = Console(soft_wrap=True)
err = Console(stderr=True)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON on stdout, nothing else.")]
CaseOption = Annotated[str | None, typer.Option("--case", help="Case name (default: main).")]


class State:
    store_dir: str | None = None
    actor: str = LOCAL_OWNER


state = State()


@app.callback()
def main_options(
    store: Annotated[str | None, typer.Option("--store", envvar="HABEAS_STORE",
                                              help="Case store folder (default ./habeas-data).")] = None,
    actor: Annotated[str, typer.Option("--as", help="Act as this user (default: the store's owner).")]
    = LOCAL_OWNER,
    version: Annotated[bool, typer.Option("--version", help="Print the version.", is_eager=True,
                                          callback=lambda v: _print_version(v))] = False,
) -> None:
    """Global options come before the command: ``habeas --store ./case search ...``."""
    state.store_dir = store
    state.actor = actor


def _print_version(wanted: bool) -> None:
    if wanted:
        out.print(__version__)
        raise typer.Exit()


@contextmanager
def opened_store() -> Iterator[Store]:
    store = services.open_store(load_settings(state.store_dir))
    try:
        yield store
    except (NotFound, InvalidQuery, ValueError) as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    except PermissionError as exc:  # refused by the service layer's authorisation
        err.print(f"[red]refused:[/red] {escape(str(exc))}")
        raise typer.Exit(3) from exc
    finally:
        store.close()


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1, default=str) + "\n")


# -- cases ---------------------------------------------------------------------


@case_app.command("create")
def case_create(name: str, as_json: JsonFlag = False) -> None:
    """Create a case."""
    with opened_store() as store:
        case = cases_service.create_case(Caller(store, state.actor), name)
    print_json(case) if as_json else out.print(f"created case [bold]{escape(name)}[/bold]")


@app.command("cases")
def cases(as_json: JsonFlag = False) -> None:
    """List the cases in the store."""
    with opened_store() as store:
        rows = cases_service.list_cases(Caller(store, state.actor))
    if as_json:
        return print_json({"cases": rows})
    table = Table("case", "documents", "created", "by")
    for row in rows:
        table.add_row(escape(row["name"]), str(row["documents"]), row["created_at"][:19], escape(row["created_by"]))
    out.print(table)


# -- intake --------------------------------------------------------------------


class _Bar:
    """A progress bar on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                                 TimeRemainingColumn(), TextColumn("{task.description}"),
                                 console=err, transient=True, disable=not err.is_terminal)
        self.task = self.progress.add_task("", total=0)

    def add_total(self, n: int) -> None:
        total = self.progress.tasks[0].total or 0
        self.progress.update(self.task, total=total + n)

    def advance(self, label: str) -> None:
        self.progress.update(self.task, advance=1, description=escape(Path(label).name[-40:]))


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (folders recursively).")],
    source: Annotated[str | None, typer.Option(help="Where the files came from (default: the path's name).")]
    = None,
    grade: Annotated[str, typer.Option(help="Source reliability, Admiralty A-F (F: cannot be judged).")] = "F",
    collector: Annotated[str | None, typer.Option(help="Who brought the files (default: OS user).")] = None,
    case: CaseOption = None,
    queue: Annotated[bool, typer.Option("--queue", help="Hand the files to `habeas worker` processes (Celery "
                                        "over Redis, HABEAS_BROKER_URL) and watch their progress.")] = False,
    wait: Annotated[bool, typer.Option("--wait/--no-wait", help="With --queue: watch until done, or "
                                       "return at once (then `habeas jobs`).")] = True,
    as_json: JsonFlag = False,
) -> None:
    """Take files into the case store, with custody records, and make them searchable."""
    options = intake.default_intake(case, source, grade, collector, state.actor)
    if queue:
        return cli_queue.ingest_queued(paths, options, wait, as_json)
    with opened_store() as store:
        bar = _Bar()
        with bar.progress:
            report = intake.ingest(Caller(store, options.actor), paths, options, bar)
    if as_json:
        print_json({"new": len(report.new), "duplicates": report.duplicates, "failed": report.failed,
                    "needs_ocr": report.needs_ocr, "documents": report.new})
    else:
        out.print(f"[green]{len(report.new)} new[/green], {report.duplicates} already present, "
                  f"[{'red' if report.failed else 'green'}]{len(report.failed)} failed[/]"
                  + (f", {len(report.needs_ocr)} need OCR" if report.needs_ocr else ""))
        for failure in report.failed:
            out.print(f"  [red]✗[/red] {escape(failure['path'])}: {escape(failure['error'])}")
        for path in report.needs_ocr:
            out.print(f"  [yellow]?[/yellow] {escape(path)}: stored, needs OCR")
    if report.failed:
        raise typer.Exit(1)


# -- search --------------------------------------------------------------------


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words, "phrases", AND/OR/NOT, prefix*, field:value.')],
    source: Annotated[list[str] | None, typer.Option("--source", help="Only documents from this source.")]
    = None,
    language: Annotated[list[str] | None, typer.Option("--language", help="Only this language (en, zh, ug…).")]
    = None,
    file_type: Annotated[list[str] | None, typer.Option("--type", help="Only this file type (pdf, html…).")]
    = None,
    entity_type: Annotated[list[str] | None, typer.Option(
        "--entity-type", help="Only pages naming an entity of this type (person, organisation, public body, "
                              "facility, place, law).")] = None,
    date_from: Annotated[str | None, typer.Option(
        "--from", help="Only documents dated on or after (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Only documents dated on or before.")] = None,
    case: CaseOption = None,
    limit: Annotated[int, typer.Option(help="Results to show in the table (--json prints all).")] = 10,
    as_json: JsonFlag = False,
) -> None:
    """Full-text search with highlighted snippets and page numbers. A document's date is its
    metadata's (e-mail Date, PDF or Word creation date), else the latest full date its text states."""
    with opened_store() as store:
        filters = search_service.search_filters(case, source or [], language or [], file_type or [], entity_type or [],
                                          date_from, date_to)
        if as_json:
            total, hits = search_service.search_all(Caller(store, state.actor), query, filters)
            _stream_search_json(total, hits)
            return
        total, page = search_service.search(Caller(store, state.actor), query, filters, limit=limit)
    out.print(f"[bold]{total}[/bold] matching pages" + (f", best {len(page)}:" if page else ""))
    for rank, hit in enumerate(page, start=1):
        where = f"page {hit.page}, " if hit.page is not None else ""
        where += f"score {hit.score:.2f}"
        out.print(f"\n[bold]{rank}. {escape(hit.title)}[/bold]  [dim]({hit.document_id}, {where})[/dim]")
        out.print("   " + _snippet_markup(hit.snippet))


def _stream_search_json(total: int, hits: Iterator[SearchHit]) -> None:
    for chunk in search_service.search_json_chunks(total, hits):
        sys.stdout.write(chunk)


def _snippet_markup(snippet: str) -> str:
    return "".join(f"[bold yellow]{escape(text)}[/]" if hit else escape(text)
                   for text, hit in snippet_parts(snippet.replace("\n", " ")))


@app.command()
def reindex(as_json: JsonFlag = False) -> None:
    """Rebuild the search index from the database."""
    with opened_store() as store:
        pages = search_service.reindex(Caller(store, state.actor))
    print_json({"pages": pages}) if as_json else out.print(f"indexed {pages} pages")


# -- documents -----------------------------------------------------------------


@app.command()
def documents(
    case: CaseOption = None,
    status: Annotated[str | None, typer.Option(help="Only documents in this state (ok, error, needs_ocr).")]
    = None,
    as_json: JsonFlag = False,
) -> None:
    """List documents."""
    with opened_store() as store:
        rows = documents_service.list_documents(Caller(store, state.actor), case, status)
    if as_json:
        return print_json({"documents": rows})
    table = Table("id", "title", "type", "lang", "status", title=f"{len(rows)} documents")
    for row in rows:
        table.add_row(row["id"], escape(row["title"][:70]), row["file_type"], row["language"] or "",
                      row["status"] if not row["error"] else f"{row['status']}: {escape(row['error'][:60])}")
    out.print(table)


@app.command()
def show(doc_id: str, as_json: JsonFlag = False) -> None:
    """A document's text by page, its custody record and its hash."""
    with opened_store() as store:
        doc = documents_service.show_document(Caller(store, state.actor), doc_id)
    if as_json:
        return print_json(doc)
    out.print(f"[bold]{escape(doc['title'])}[/bold]  ({doc['file_type']}, {doc['language'] or '?'}, "
              f"{doc['status']})")
    out.print(f"sha256 {doc['sha256']}  {doc['size']} bytes")
    if doc["error"]:
        out.print(f"[red]{escape(doc['error'])}[/red]")
    for c in doc["custody"]:
        out.print(f"custody: {escape(c['source'])} (grade {c['grade']}), collected by {escape(c['collector'])} "
                  f"at {c['received_at'][:19]}Z via {c['method']}, from {escape(c['original_path'])}")
    for page in doc["pages"]:
        if doc["paginated"]:
            out.rule(f"page {page['number']}")
        out.print(escape(page["text"]))


@app.command()
def verify(as_json: JsonFlag = False) -> None:
    """Re-hash every stored file and check the audit chain; exit 1 if anything is wrong."""
    with opened_store() as store:
        result = custody.verify(Caller(store, state.actor))
    if as_json:
        print_json(result)
    elif result["ok"]:
        out.print(f"[green]ok[/green]: {result['blobs_checked']} files and {result['audit_entries']} "
                  "audit entries intact")
    else:
        for problem in result["problems"]:
            out.print(f"[red]✗[/red] {escape(problem)}")
    if not result["ok"]:
        raise typer.Exit(1)


# -- users and the web app ----------------------------------------------------------------


@users_app.command("add")
def users_add(
    name: str,
    role: Annotated[str, typer.Option("--role", help="admin, investigator, reviewer or reader.")],
    password: Annotated[str | None, typer.Option("--password", help="For scripts; prompted when left out.")]
    = None,
    as_json: JsonFlag = False,
) -> None:
    """Create an account for the web app (the password is kept only as an Argon2id hash)."""
    if password is None:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True, err=True)
    with opened_store() as store:
        user = users.add_user(Caller(store, state.actor), name, role, password)
    print_json(user) if as_json else out.print(f"added [bold]{escape(name)}[/bold] as {role}")


@users_app.command("list")
def users_list(as_json: JsonFlag = False) -> None:
    """List the accounts."""
    with opened_store() as store:
        rows = users.list_users(Caller(store, state.actor))
    if as_json:
        return print_json({"users": rows})
    table = Table("user", "role", "created", "by")
    for row in rows:
        table.add_row(escape(row["name"]), row["role"] + (" (disabled)" if row["disabled"] else ""),
                      row["created_at"][:19], escape(row["created_by"]))
    out.print(table)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Server processes (one per CPU core serves the most).")] = 1,
) -> None:
    """Serve the web app over the case store."""
    import os

    import uvicorn

    from habeas.web.app import create_app

    settings = load_settings(state.store_dir)
    err.print(f"serving {escape(str(settings.store))} at http://{host}:{port}")
    if workers <= 1:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", access_log=False)
        return
    services.open_store(settings).close()  # migrate once, before the workers start
    os.environ["HABEAS_STORE"] = str(settings.store.resolve())
    uvicorn.run("habeas.web.app:app_from_environment", factory=True, workers=workers, host=host, port=port,
                log_level="warning", access_log=False)


from habeas import cli_analysis, cli_protect, cli_queue  # noqa: E402,F401  (register analysis, protection and queue commands)


def main() -> None:
    app()


# Sub-commands kept in their own modules; imported last because they use the helpers above.
from habeas.names.cli import link_app, names_app  # noqa: E402

app.add_typer(names_app, name="names")
app.add_typer(link_app, name="link")

# These register their commands on ``app`` when imported: users totp; audit, export evidence,
# verify-package; export ftm|csv, import ftm, officials, dossier.
from habeas import cli_auth, cli_custody, cli_interop  # noqa: E402,F401
