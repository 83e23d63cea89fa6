"""Accounts: ``habeas users add|list|totp|disable|enable|remove|reset-password|role`` and the per-case
grants (``grant``, ``revoke``, ``grants``)."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from habeas.cli.common import CaseOption, JsonFlag, opened, out, print_json, read_passphrase

users_app = typer.Typer(help="Accounts for the web app.", no_args_is_help=True)


@users_app.command("add")
def users_add(
    name: str,
    role: Annotated[str, typer.Option("--role", help="admin, investigator, reviewer or reader.")],
    password: Annotated[str | None, typer.Option("--password", help="For scripts; prompted when left out.")] = None,
    case: Annotated[
        list[str] | None,
        typer.Option("--case", help="Make the account a member of this case only (repeatable; default: every case)."),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Create an account for the web app (the password is kept only as an Argon2id hash). It
    becomes a member, at its role, of the cases given with --case, or else of every existing case."""
    from habeas.services import users

    if password is None:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True, err=True)
    with opened(create=True) as ctx:
        user = users.add_user(ctx, name, role, password, cases=case or None)
    print_json(user) if as_json else out.print(f"added [bold]{escape(name)}[/bold] as {role}")


@users_app.command("list")
def users_list(as_json: JsonFlag = False) -> None:
    """List the accounts."""
    from habeas.services import users

    with opened() as ctx:
        rows = users.list_users(ctx)
    if as_json:
        return print_json({"users": rows})
    table = Table("user", "role", "created", "by")
    for row in rows:
        state = " (removed)" if row["removed"] else " (disabled)" if row["disabled"] else ""
        table.add_row(escape(row["name"]), row["role"] + state, row["created_at"][:19], escape(row["created_by"]))
    out.print(table)


@users_app.command("totp")
def users_totp(
    name: str,
    replace: Annotated[
        bool, typer.Option("--replace", help="Replace an existing secret (the old app stops working).")
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """Set up one-time codes (TOTP) for NAME; required of admins at login and of anyone before a step-up
    action. Prints the secret once, as an otpauth:// URI to put into an authenticator app."""
    from habeas.services import users

    with opened(writes=True) as ctx:
        enrolment = users.enrol_totp(ctx, name, replace=replace)
    if as_json:
        return print_json({"name": enrolment.name, "secret": enrolment.secret, "uri": enrolment.uri})
    out.print(f"one-time codes set up for [bold]{escape(name)}[/bold]; this is shown only once:")
    out.print(f"  secret: {enrolment.secret}")
    out.print(f"  URI:    {escape(enrolment.uri)}", soft_wrap=True)


@users_app.command("disable")
def users_disable(name: str, as_json: JsonFlag = False) -> None:
    """Stop NAME from logging in or acting; their web sessions end at once (``enable`` undoes it)."""
    from habeas.services import users

    with opened(writes=True) as ctx:
        user = users.disable_user(ctx, name)
    print_json(user) if as_json else out.print(f"disabled [bold]{escape(name)}[/bold]; their sessions have ended")


@users_app.command("enable")
def users_enable(name: str, as_json: JsonFlag = False) -> None:
    """Let a disabled account log in again (a removed one stays removed)."""
    from habeas.services import users

    with opened(writes=True) as ctx:
        user = users.enable_user(ctx, name)
    print_json(user) if as_json else out.print(f"enabled [bold]{escape(name)}[/bold]")


@users_app.command("remove")
def users_remove(
    name: str,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    as_json: JsonFlag = False,
) -> None:
    """Remove NAME for good: sessions end, per-case grants and the record keys wrapped to them are
    revoked. The account stays, marked removed, so the name stays reserved and the audit log
    attributable."""
    from habeas.services import users

    if not yes:
        typer.confirm(f"remove {name} for good (grants and wrapped keys are revoked)?", abort=True, err=True)
    with opened(writes=True) as ctx:
        removal = users.remove_user(ctx, name)
    if as_json:
        return print_json(removal)
    out.print(
        f"removed [bold]{escape(name)}[/bold]: {len(removal['grants'])} grants and "
        f"{removal['wrapped_keys']} wrapped keys revoked, {removal['sessions']} sessions ended; "
        "the name stays reserved"
    )


@users_app.command("reset-password")
def users_reset_password(
    name: str,
    password: Annotated[str | None, typer.Option("--password", help="For scripts; prompted when left out.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Give NAME a new password; their web sessions end at once."""
    from habeas.services import users

    if password is None:
        password = typer.prompt("new password", hide_input=True, confirmation_prompt=True, err=True)
    with opened(writes=True) as ctx:
        user = users.reset_password(ctx, name, password)
    print_json(user) if as_json else out.print(
        f"new password set for [bold]{escape(name)}[/bold]; their sessions have ended"
    )


@users_app.command("role")
def users_role(
    name: str,
    role: Annotated[str, typer.Option("--role", help="admin, investigator, reviewer or reader.")],
    as_json: JsonFlag = False,
) -> None:
    """Give NAME another role; their web sessions end at once."""
    from habeas.services import users

    with opened(writes=True) as ctx:
        user = users.set_role(ctx, name, role)
    print_json(user) if as_json else out.print(f"[bold]{escape(name)}[/bold] is now {role}; their sessions have ended")


def grant(
    user: str,
    case: Annotated[str, typer.Option("--case", help="The case the grant is for.")],
    permission: Annotated[str, typer.Option("--permission", help="What it allows: unseal.")] = "unseal",
    share: Annotated[
        bool,
        typer.Option(
            "--share", help="Also wrap the keys of the case's existing records to the user (needs your passphrase)."
        ),
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """Give a user a permission on one case (admins only)."""
    from habeas.services import testimony, users

    passphrase = read_passphrase() if share else None
    with opened(writes=True) as ctx:
        given: dict[str, Any] = dict(users.grant(ctx, user, case, permission))
        if passphrase is not None:
            given["shared_records"] = testimony.share_case(ctx, passphrase, user, case)
    if as_json:
        return print_json(given)
    out.print(
        f"{escape(user)} may {permission} on {escape(case)}"
        + (f"; {given['shared_records']} existing records shared" if share else "")
    )


def revoke(
    user: str,
    case: Annotated[str, typer.Option("--case", help="The case the grant is for.")],
    permission: Annotated[str, typer.Option("--permission", help="What it allowed: unseal.")] = "unseal",
    as_json: JsonFlag = False,
) -> None:
    """Take a grant back (admins only)."""
    from habeas.services import users

    with opened(writes=True) as ctx:
        gone = users.revoke(ctx, user, case, permission)
    print_json({"revoked": gone}) if as_json else out.print("revoked" if gone else "there was no such grant")


def grants(case: CaseOption = None, as_json: JsonFlag = False) -> None:
    """List per-case grants (admins only)."""
    from habeas.services import users

    with opened() as ctx:
        rows = users.list_grants(ctx, case)
    if as_json:
        return print_json({"grants": rows})
    table = Table("user", "case", "permission", "granted by", "at")
    for g in rows:
        table.add_row(
            escape(g["user"]), escape(g["case"]), g["permission"], escape(g["granted_by"]), g["granted_at"][:19]
        )
    out.print(table)
