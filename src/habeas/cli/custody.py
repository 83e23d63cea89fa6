"""Custody: ``habeas verify``, ``habeas audit``, ``habeas export evidence`` and ``habeas verify-package``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from habeas.cli.common import Bar, CaseOption, JsonFlag, fail, opened, out, print_json, read_passphrase, state
from habeas.errors import ExportFailed, ExportRefused


def verify(as_json: JsonFlag = False) -> None:
    """Re-hash every stored file, check the audit chain and the search index; exit 1 if anything is
    wrong. Documents whose analysis is pending or failed are counted (`analyse --pending`), not errors."""
    from habeas.services import custody

    with opened() as ctx:
        result = custody.verify(ctx)
    if as_json:
        print_json(result)
    elif result["ok"]:
        out.print(
            f"[green]ok[/green]: {result['blobs_checked']} files and {result['audit_entries']} audit entries intact"
        )
    else:
        for problem in result["problems"]:
            out.print(f"[red]✗[/red] {escape(problem)}")
    if not as_json and (result["analysis_pending"] or result["analysis_failed"]):
        out.print(
            f"[yellow]analysis:[/yellow] {result['analysis_pending']} documents pending, "
            f"{result['analysis_failed']} failed; `habeas analyse --pending` finishes them"
        )
    if not result["ok"]:
        raise typer.Exit(1)


def audit(
    limit: Annotated[
        int, typer.Option(help="Show the newest N entries (0: all); the whole chain is verified either way.")
    ] = 50,
    package: Annotated[
        list[Path] | None,
        typer.Option("--package", help="Also check the audit head recorded in this evidence package."),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Who did what, when (field names, never values); the hash chain verified. Exit 1 if broken."""
    from habeas.services import custody

    with opened() as ctx:
        trail = custody.audit_trail(ctx, limit, package or [])
    if as_json:
        print_json(trail)
    else:
        table = Table(
            "#",
            "when (UTC)",
            "who",
            "what",
            "case",
            "target",
            "fields",
            title=f"audit log: {trail['total']} entries"
            + (f", newest {len(trail['entries'])}" if len(trail["entries"]) < trail["total"] else ""),
        )
        for e in trail["entries"]:
            table.add_row(
                str(e["seq"]),
                e["at"][:19],
                escape(e["actor"]),
                e["action"],
                escape(e["case"] or ""),
                escape(e["target"] or ""),
                ", ".join(e["fields"]),
            )
        out.print(table)
        if trail["ok"]:
            head = trail["head"]
            out.print(
                "[green]chain intact[/green]"
                + (f" up to entry {head['seq']} ({head['hash'][:16]}…), matching its anchor" if head else "")
            )
        for problem in trail["problems"]:
            out.print(f"[red]✗[/red] {escape(problem)}")
    if not trail["ok"]:
        raise typer.Exit(1)


def export_evidence(
    destination: Annotated[Path, typer.Argument(help="The package to write (a .zip file).")],
    case: CaseOption = None,
    include_sealed: Annotated[
        bool,
        typer.Option(
            "--include-sealed",
            help="Put testimonies' sealed fields in the package: you must be able to unseal "
            "every record; each is unsealed and audited with --reason.",
        ),
    ] = False,
    reason: Annotated[
        str | None, typer.Option("--reason", help="Why sealed fields leave (with --include-sealed).")
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """A signed evidence package: originals, derived texts, custody, manifest (whole store without --case)."""
    from habeas.services import custody, keys

    if include_sealed and not (reason or "").strip():
        fail("--include-sealed needs a stated --reason")
    with opened(writes=True) as ctx:
        if not custody.may_export(ctx):  # before asking for a passphrase; exit 3
            raise ExportRefused(f"{state.actor!r} may not export evidence (investigators and admins may)")
        passphrase = read_passphrase()
        key = keys.signing_key(ctx, passphrase)  # a wrong passphrase is a ValueError: exit 2
        sealed = custody.SealedRequest(reason or "", passphrase) if include_sealed else None
        bar = Bar("export")
        try:
            with bar.progress:
                result = custody.export_evidence(ctx, destination, key, case=case, progress=bar, sealed=sealed)
        except ExportFailed as exc:
            fail(str(exc), 1)
    if as_json:
        return print_json(result)
    out.print(
        f"wrote {escape(result['path'])}: {result['documents']} documents, {result['testimonies']} "
        f"testimonies, {result['files']} files, {result['bytes']} bytes; "
        f"manifest sha256 {result['manifest_sha256']}"
    )


def verify_package(
    package: Annotated[Path, typer.Argument(help="The evidence package (.zip).")],
    key: Annotated[
        Path,
        typer.Option("--key", help="The case's public signing key, obtained from its holder (never from the package)."),
    ],
    as_json: JsonFlag = False,
) -> None:
    """Check an evidence package: signature, every file's hash and size, nothing missing or extra."""
    from habeas.services import custody, keys

    try:
        verify_key = keys.parse_public_key(key.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        fail(f"{key}: not a public signing key ({exc})")
    result = custody.verify_package(package, verify_key)
    if as_json:
        print_json(result)
    elif result["ok"]:
        out.print(
            f"[green]intact[/green]: {result['files_checked']} files match the manifest, signed by the "
            f"key given (manifest sha256 {result['manifest_sha256']})"
        )
    else:
        out.print(f"[red]NOT intact[/red]: {escape(str(package))}")
        for problem in result["problems"]:
            out.print(f"[red]✗[/red] {escape(problem)}")
    if not result["ok"]:
        raise typer.Exit(1)
