"""``habeas keys init|public``: your key pair, the case signing key and the recovery key."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from habeas.cli.common import JsonFlag, err, fail, opened, out, print_json, read_passphrase

keys_app = typer.Typer(help="Your key pair, the case signing key and the recovery key.", no_args_is_help=True)


def _write_once(path: Path, text: str) -> None:
    """Write a secret to a new file only its owner can read; never over an existing file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text + "\n")


@keys_app.command("init")
def keys_init(
    recovery_out: Annotated[
        Path | None,
        typer.Option(
            "--recovery-out",
            help="Write the recovery key's private half to this new file (mode 600) instead of printing it.",
        ),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    """Make your key pair and, for an admin, the case signing key and the offline recovery key."""
    from habeas.services import keys

    if recovery_out is not None and recovery_out.exists():
        fail(f"{recovery_out} already exists; the recovery key goes to a new file")
    passphrase = read_passphrase(confirm=True)
    with opened(create=True) as ctx:
        result: dict[str, Any] = dict(keys.init_keys(ctx, passphrase))  # re-shaped below for printing
    recovery = result.pop("recovery_private_key")
    if recovery is not None and recovery_out is not None:
        _write_once(recovery_out, recovery)
        result["recovery_private_key_file"] = str(recovery_out)
    elif recovery is not None:
        result["recovery_private_key"] = recovery
        err.print(
            "[bold yellow]warning:[/bold yellow] the recovery key's private half is printed once and "
            "stored nowhere. Keep it offline; it opens every sealed field of this store."
        )
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
    from habeas.services import keys

    with opened() as ctx:
        line = keys.case_public_key(ctx)
    if as_json:
        return print_json({"public_key": line})
    print(line)
