"""CLI commands for custody: ``audit``, ``export evidence`` and ``verify-package``.
Registered on the main ``habeas`` app by ``habeas.cli``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from habeas.cli import CaseOption, JsonFlag, app, err, export_app, opened_store, out, print_json, state
from habeas.cli_protect import read_passphrase
from habeas.custody import package as evidence
from habeas.errors import ExportFailed, ExportRefused
from habeas.protect.keys import case_signing_key, parse_public_key
from habeas.services import Caller, custody
from habeas.services.custody import audit_trail


@app.command("audit")
def audit_command(
    limit: Annotated[int, typer.Option(help="Show the newest N entries (0: all); the whole chain is "
                                            "verified either way.")] = 50,
    package: Annotated[list[Path] | None, typer.Option(
        "--package", help="Also check the audit head recorded in this evidence package.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Who did what, when (field names, never values); the hash chain verified. Exit 1 if broken."""
    with opened_store() as store:
        trail = audit_trail(Caller(store, state.actor), limit, package or [])
    if as_json:
        print_json(trail)
    else:
        table = Table("#", "when (UTC)", "who", "what", "case", "target", "fields",
                      title=f"audit log: {trail['total']} entries" + (
                          f", newest {len(trail['entries'])}" if len(trail["entries"]) < trail["total"] else ""))
        for e in trail["entries"]:
            table.add_row(str(e["seq"]), e["at"][:19], escape(e["actor"]), e["action"], escape(e["case"] or ""),
                          escape(e["target"] or ""), ", ".join(e["fields"]))
        out.print(table)
        if trail["ok"]:
            head = trail["head"]
            out.print("[green]chain intact[/green]" + (f" up to entry {head['seq']} ({head['hash'][:16]}…), "
                                                       "matching its anchor" if head else ""))
        for problem in trail["problems"]:
            out.print(f"[red]✗[/red] {escape(problem)}")
    if not trail["ok"]:
        raise typer.Exit(1)


class _Bar:
    """A progress bar on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.progress = Progress(TextColumn("[bold]export"), BarColumn(), MofNCompleteColumn(),
                                 TimeRemainingColumn(), TextColumn("{task.description}"),
                                 console=err, transient=True, disable=not err.is_terminal)
        self.task = self.progress.add_task("", total=0)

    def add_total(self, n: int) -> None:
        self.progress.update(self.task, total=(self.progress.tasks[0].total or 0) + n)

    def advance(self, label: str) -> None:
        self.progress.update(self.task, advance=1, description=escape(label[-40:]))


@export_app.command("evidence")
def export_evidence(
    destination: Annotated[Path, typer.Argument(help="The package to write (a .zip file).")],
    case: CaseOption = None,
    include_sealed: Annotated[bool, typer.Option(
        "--include-sealed", help="Put testimonies' sealed fields in the package: you must be able to unseal "
        "every record; each is unsealed and audited with --reason.")] = False,
    reason: Annotated[str | None, typer.Option("--reason", help="Why sealed fields leave (with --include-sealed).")]
    = None,
    as_json: JsonFlag = False,
) -> None:
    """A signed evidence package: originals, derived texts, custody, manifest (whole store without --case)."""
    if include_sealed and not (reason or "").strip():
        err.print("[red]error:[/red] --include-sealed needs a stated --reason")
        raise typer.Exit(2)
    with opened_store() as store:
        if not custody.may_export(Caller(store, state.actor)):  # before asking for a passphrase; exit 3
            raise ExportRefused(f"{state.actor!r} may not export evidence (investigators and admins may)")
        passphrase = read_passphrase()
        key = case_signing_key(store, passphrase)  # a wrong passphrase is a ValueError: exit 2
        sealed = evidence.SealedRequest(reason or "", passphrase) if include_sealed else None
        bar = _Bar()
        try:
            with bar.progress:
                result = custody.export_evidence(Caller(store, state.actor), destination, key, case=case, progress=bar, sealed=sealed)
        except ExportFailed as exc:
            err.print(f"[red]error:[/red] {escape(str(exc))}")
            raise typer.Exit(1) from exc
    if as_json:
        return print_json(result)
    out.print(f"wrote {escape(result['path'])}: {result['documents']} documents, {result['testimonies']} "
              f"testimonies, {result['files']} files, {result['bytes']} bytes; "
              f"manifest sha256 {result['manifest_sha256']}")


@app.command("verify-package")
def verify_package(
    package: Annotated[Path, typer.Argument(help="The evidence package (.zip).")],
    key: Annotated[Path, typer.Option("--key", help="The case's public signing key, obtained from its holder "
                                                    "(never from the package).")],
    as_json: JsonFlag = False,
) -> None:
    """Check an evidence package: signature, every file's hash and size, nothing missing or extra."""
    try:
        verify_key = parse_public_key(key.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        err.print(f"[red]error:[/red] {escape(str(key))}: not a public signing key ({escape(str(exc))})")
        raise typer.Exit(2) from exc
    result = evidence.verify_package(package, verify_key)
    if as_json:
        print_json(result)
    elif result["ok"]:
        out.print(f"[green]intact[/green]: {result['files_checked']} files match the manifest, signed by the "
                  f"key given (manifest sha256 {result['manifest_sha256']})")
    else:
        out.print(f"[red]NOT intact[/red]: {escape(str(package))}")
        for problem in result["problems"]:
            out.print(f"[red]✗[/red] {escape(problem)}")
    if not result["ok"]:
        raise typer.Exit(1)
