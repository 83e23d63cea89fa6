"""CLI commands for signing in: ``habeas users totp NAME`` sets up a user's one-time codes.
Registered on the ``users`` group by ``habeas.cli``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from habeas.cli import JsonFlag, opened_store, out, print_json, state, users_app
from habeas.services import Caller, users


@users_app.command("totp")
def users_totp(
    name: str,
    replace: Annotated[bool, typer.Option("--replace", help="Replace an existing secret (the old app stops working).")]
    = False,
    as_json: JsonFlag = False,
) -> None:
    """Set up one-time codes (TOTP) for NAME; required of admins at login and of anyone before a step-up
    action. Prints the secret once, as an otpauth:// URI to put into an authenticator app."""
    with opened_store() as store:
        enrolment = users.enrol_totp(Caller(store, state.actor), name, replace=replace)
    if as_json:
        return print_json({"name": enrolment.name, "secret": enrolment.secret, "uri": enrolment.uri})
    out.print(f"one-time codes set up for [bold]{escape(name)}[/bold]; this is shown only once:")
    out.print(f"  secret: {enrolment.secret}")
    out.print(f"  URI:    {escape(enrolment.uri)}", soft_wrap=True)
