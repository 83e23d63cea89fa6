"""Testimony: ``habeas testimony add|list|show`` and ``habeas unseal`` for a record's sealed fields."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from habeas.cli.common import CaseOption, JsonFlag, fail, opened, out, print_json, read_passphrase, state

testimony_app = typer.Typer(
    help="Records of people and what happened to them, with sealed fields.", no_args_is_help=True
)


@testimony_app.command("add")
def testimony_add(
    file: Annotated[Path, typer.Option("--file", help="The record as JSON (see the README for its fields).")],
    case: CaseOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Add a testimony record; its sealed fields are encrypted before they reach the database."""
    from habeas.services import testimony

    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"{file}: cannot be read ({type(exc).__name__})")
    except json.JSONDecodeError as exc:
        fail(f"{file}: not valid JSON (line {exc.lineno}, column {exc.colno})")
    try:
        testimony.parse_record(data)  # checked first, so the error can name the file
    except ValueError as exc:
        fail(f"{file}: {exc}")
    with opened(create=True) as ctx:
        added = testimony.add_testimony(ctx, data, case)
    if as_json:
        return print_json(added)
    out.print(
        f"added [bold]{added['id']}[/bold] to {escape(added['case'])}; sealed: "
        f"{', '.join(added['sealed']) or 'nothing'}; shared with: "
        f"{escape(', '.join(added['shared_with']) or 'nobody yet')} and the recovery key"
    )


def _print_record(record: Mapping[str, Any]) -> None:
    out.print(
        f"[bold]{record['id']}[/bold]  case {escape(record['case'])}, grade {record['grade']} "
        f"({record['grade_meaning']}), {record['verification']}, added {record['created_at'][:19]}Z "
        f"by {escape(record['created_by'])}"
    )
    for section in ("person", "act", "source"):
        for name, value in record[section].items():
            out.print(f"  {section}.{name}: {escape(json.dumps(value, ensure_ascii=False))}")
    if "testimony" in record:
        out.print(f"  testimony: {escape(str(record['testimony']))}")
    for link in record["links"]:
        out.print(
            f"  supported by document {escape(link['document'])}"
            + (f", page {link['page']}" if link.get("page") is not None else "")
        )


@testimony_app.command("list")
def testimony_list(
    case: CaseOption = None,
    name: Annotated[
        str | None,
        typer.Option(
            "--name",
            help="Only records naming exactly this person or "
            "source (keyed lookup, nothing decrypted; "
            "investigators and admins; audited).",
        ),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """List testimony records: public fields, and markers where fields are sealed or restricted."""
    from habeas.services import testimony

    with opened() as ctx:
        rows = testimony.list_testimonies(ctx, case, name)
    if as_json:
        return print_json({"records": rows})
    table = Table(
        "id",
        "case",
        "act",
        "place",
        "start",
        "status",
        "grade",
        "verification",
        "sealed fields",
        title=f"{len(rows)} records",
    )
    for r in rows:
        table.add_row(
            r["id"],
            escape(r["case"]),
            escape(str(r["act"].get("type", ""))),
            escape(str(r["act"].get("place", ""))),
            str(r["act"].get("start", "")),
            str(r["act"].get("status", "")),
            str(r["grade"]),
            r["verification"],
            str(len(r["sealed"])),
        )
    out.print(table)


@testimony_app.command("show")
def testimony_show(record_id: str, as_json: JsonFlag = False) -> None:
    """One record: public fields, restricted ones for investigators and admins, sealed markers."""
    from habeas.services import testimony

    with opened() as ctx:
        record = testimony.show_testimony(ctx, record_id)
    print_json(record) if as_json else _print_record(record)


def unseal(
    record_id: str,
    reason: Annotated[str, typer.Option("--reason", help="Why you need the sealed fields (audited).")],
    recovery_key: Annotated[
        Path | None,
        typer.Option("--recovery-key", help="Admins: open it with the offline recovery key instead of your own."),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Show a record's sealed fields: needs your passphrase and an unseal grant; audited with the reason."""
    from habeas.services import keys, testimony

    recovery = None
    if recovery_key is not None:
        try:
            recovery = keys.recovery_private_key(recovery_key.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            fail(f"{recovery_key}: not a recovery key ({exc})")
    passphrase = read_passphrase() if recovery is None else None
    with opened(writes=True) as ctx:
        opened_record = testimony.unseal(ctx, record_id, reason=reason, passphrase=passphrase, recovery_key=recovery)
    if as_json:
        return print_json(opened_record)
    out.print(f"[bold]{record_id}[/bold] unsealed for {escape(state.actor)} (audited)")
    for field, value in opened_record["fields"].items():
        out.print(f"  {field}: {escape(json.dumps(value, ensure_ascii=False))}")
