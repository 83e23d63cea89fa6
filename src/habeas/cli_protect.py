"""CLI commands for protection: keys, testimony records, unsealing, per-case grants.
Registered on the main ``habeas`` app by ``habeas.cli``."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from habeas.cli import CaseOption, JsonFlag, app, err, opened_store, out, print_json, state
from habeas.protect import keys as keyring
from habeas.protect import testimony
from habeas.services import Caller, keys, users
from habeas.services import testimony as testimony_service

PASSPHRASE_ENV = "HABEAS_PASSPHRASE"  # nosec B105  # the variable's name, not a passphrase

keys_app = typer.Typer(help="Your key pair, the case signing key and the recovery key.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")


def read_passphrase(confirm: bool = False) -> str:
    """The acting user's passphrase: ``HABEAS_PASSPHRASE`` for scripts, else a hidden prompt."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    return str(typer.prompt("passphrase", hide_input=True, confirmation_prompt=confirm, err=True))


def _write_once(path: Path, text: str) -> None:
    """Write a secret to a new file only its owner can read; never over an existing file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text + "\n")


@keys_app.command("init")
def keys_init(
    recovery_out: Annotated[Path | None, typer.Option(
        "--recovery-out", help="Write the recovery key's private half to this new file (mode 600) "
        "instead of printing it.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Make your key pair and, for an admin, the case signing key and the offline recovery key."""
    if recovery_out is not None and recovery_out.exists():
        err.print(f"[red]error:[/red] {escape(str(recovery_out))} already exists; the recovery key goes to a new file")
        raise typer.Exit(2)
    passphrase = read_passphrase(confirm=True)
    with opened_store() as store:
        result = keys.init_keys(Caller(store, state.actor), passphrase)
    recovery = result.pop("recovery_private_key")
    if recovery is not None and recovery_out is not None:
        _write_once(recovery_out, recovery)
        result["recovery_private_key_file"] = str(recovery_out)
    elif recovery is not None:
        result["recovery_private_key"] = recovery
        err.print("[bold yellow]warning:[/bold yellow] the recovery key's private half is printed once and "
                  "stored nowhere. Keep it offline; it opens every sealed field of this store.")
    if as_json:
        return print_json(result)
    made = ", ".join(result["created"]) or "nothing (all keys exist)"
    out.print(f"made: {made}")
    if result["signing_public_key"]:
        out.print(f"case signing key: {result['signing_public_key']}")
    if "recovery_private_key_file" in result:
        out.print(f"recovery key written to {escape(result['recovery_private_key_file'])}")
    elif recovery is not None:
        out.print(f"recovery key (shown once): {recovery}")


@keys_app.command("public")
def keys_public(as_json: JsonFlag = False) -> None:
    """The case's public signing key, as one line, for whoever must verify its packages."""
    with opened_store() as store:
        line = keyring.format_public_key(keyring.case_verify_key(store))
    if as_json:
        return print_json({"public_key": line})
    print(line)


# -- testimony ---------------------------------------------------------------------------------

testimony_app = typer.Typer(help="Records of people and what happened to them, with sealed fields.",
                            no_args_is_help=True)
app.add_typer(testimony_app, name="testimony")


@testimony_app.command("add")
def testimony_add(
    file: Annotated[Path, typer.Option("--file", help="The record as JSON (see the README for its fields).")],
    case: CaseOption = None,
    as_json: JsonFlag = False,
) -> None:
    """Add a testimony record; its sealed fields are encrypted before they reach the database."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        err.print(f"[red]error:[/red] {escape(str(file))}: cannot be read ({type(exc).__name__})")
        raise typer.Exit(2) from exc
    except json.JSONDecodeError as exc:
        err.print(f"[red]error:[/red] {escape(str(file))}: not valid JSON (line {exc.lineno}, column {exc.colno})")
        raise typer.Exit(2) from exc
    try:
        testimony.parse_record(data)  # checked first, so the error can name the file
    except ValueError as exc:
        err.print(f"[red]error:[/red] {escape(str(file))}: {escape(str(exc))}")
        raise typer.Exit(2) from exc
    with opened_store() as store:
        added = testimony_service.add_testimony(Caller(store, state.actor), data, case)
    if as_json:
        return print_json(added)
    out.print(f"added [bold]{added['id']}[/bold] to {escape(added['case'])}; sealed: "
              f"{', '.join(added['sealed']) or 'nothing'}; shared with: "
              f"{escape(', '.join(added['shared_with']) or 'nobody yet')} and the recovery key")


def _print_record(record: dict[str, Any]) -> None:
    out.print(f"[bold]{record['id']}[/bold]  case {escape(record['case'])}, grade {record['grade']} "
              f"({record['grade_meaning']}), {record['verification']}, added {record['created_at'][:19]}Z "
              f"by {escape(record['created_by'])}")
    for section in ("person", "act", "source"):
        for name, value in record[section].items():
            out.print(f"  {section}.{name}: {escape(json.dumps(value, ensure_ascii=False))}")
    if "testimony" in record:
        out.print(f"  testimony: {escape(str(record['testimony']))}")
    for link in record["links"]:
        out.print(f"  supported by document {escape(link['document'])}"
                  + (f", page {link['page']}" if link.get("page") is not None else ""))


@testimony_app.command("list")
def testimony_list(
    case: CaseOption = None,
    name: Annotated[str | None, typer.Option("--name", help="Only records naming exactly this person or "
                                                            "source (keyed lookup; nothing is decrypted).")]
    = None,
    as_json: JsonFlag = False,
) -> None:
    """List testimony records: public fields, and markers where fields are sealed or restricted."""
    with opened_store() as store:
        rows = testimony_service.list_testimonies(Caller(store, state.actor), case, name)
    if as_json:
        return print_json({"records": rows})
    table = Table("id", "case", "act", "place", "start", "status", "grade", "verification", "sealed fields",
                  title=f"{len(rows)} records")
    for r in rows:
        table.add_row(r["id"], escape(r["case"]), escape(str(r["act"].get("type", ""))),
                      escape(str(r["act"].get("place", ""))), str(r["act"].get("start", "")),
                      str(r["act"].get("status", "")), str(r["grade"]), r["verification"], str(len(r["sealed"])))
    out.print(table)


@testimony_app.command("show")
def testimony_show(record_id: str, as_json: JsonFlag = False) -> None:
    """One record: public fields, restricted ones for investigators and admins, sealed markers."""
    with opened_store() as store:
        record = testimony_service.show_testimony(Caller(store, state.actor), record_id)
    print_json(record) if as_json else _print_record(record)


@app.command()
def unseal(
    record_id: str,
    reason: Annotated[str, typer.Option("--reason", help="Why you need the sealed fields (audited).")],
    recovery_key: Annotated[Path | None, typer.Option(
        "--recovery-key", help="Admins: open it with the offline recovery key instead of your own.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Show a record's sealed fields: needs your passphrase and an unseal grant; audited with the reason."""
    recovery = None
    if recovery_key is not None:
        try:
            recovery = keyring.recovery_private_key(recovery_key.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            err.print(f"[red]error:[/red] {escape(str(recovery_key))}: not a recovery key ({escape(str(exc))})")
            raise typer.Exit(2) from exc
    passphrase = read_passphrase() if recovery is None else None
    with opened_store() as store:
        opened = testimony_service.unseal(Caller(store, state.actor), record_id, reason=reason, passphrase=passphrase, recovery_key=recovery)
    if as_json:
        return print_json(opened)
    out.print(f"[bold]{record_id}[/bold] unsealed for {escape(state.actor)} (audited)")
    for field, value in opened["fields"].items():
        out.print(f"  {field}: {escape(json.dumps(value, ensure_ascii=False))}")


# -- grants ------------------------------------------------------------------------------------


@app.command()
def grant(
    user: str,
    case: Annotated[str, typer.Option("--case", help="The case the grant is for.")],
    permission: Annotated[str, typer.Option("--permission", help="What it allows: unseal.")] = "unseal",
    share: Annotated[bool, typer.Option("--share", help="Also wrap the keys of the case's existing records "
                                                        "to the user (needs your passphrase).")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Give a user a permission on one case (admins only)."""
    passphrase = read_passphrase() if share else None
    with opened_store() as store:
        given = users.grant(Caller(store, state.actor), user, case, permission)
        if passphrase is not None:
            given["shared_records"] = testimony_service.share_case(Caller(store, state.actor), passphrase, user, case)
    if as_json:
        return print_json(given)
    out.print(f"{escape(user)} may {permission} on {escape(case)}"
              + (f"; {given['shared_records']} existing records shared" if share else ""))


@app.command()
def revoke(
    user: str,
    case: Annotated[str, typer.Option("--case", help="The case the grant is for.")],
    permission: Annotated[str, typer.Option("--permission", help="What it allowed: unseal.")] = "unseal",
    as_json: JsonFlag = False,
) -> None:
    """Take a grant back (admins only)."""
    with opened_store() as store:
        gone = users.revoke(Caller(store, state.actor), user, case, permission)
    print_json({"revoked": gone}) if as_json else out.print("revoked" if gone else "there was no such grant")


@app.command()
def grants(case: CaseOption = None, as_json: JsonFlag = False) -> None:
    """List per-case grants (admins only)."""
    with opened_store() as store:
        rows = users.list_grants(Caller(store, state.actor), case)
    if as_json:
        return print_json({"grants": rows})
    table = Table("user", "case", "permission", "granted by", "at")
    for g in rows:
        table.add_row(escape(g["user"]), escape(g["case"]), g["permission"], escape(g["granted_by"]),
                      g["granted_at"][:19])
    out.print(table)
