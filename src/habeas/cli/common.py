"""What every command module shares: the global options' state, the consoles, ``--json`` and
``--case``, the caller the global options name (``opened()``), passphrases, progress bars and how an
error ends a command. Light on purpose: a service module is imported by the command that calls it."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from habeas import services
from habeas.config import LOCAL_OWNER, Settings, load_settings
from habeas.errors import InvalidQuery, NotFound
from habeas.services import Caller

if TYPE_CHECKING:
    from rich.progress import Progress

PASSPHRASE_ENV = "HABEAS_PASSPHRASE"  # nosec B105  # the variable's name, not a passphrase

out = Console(soft_wrap=True)
err = Console(stderr=True)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON on stdout, nothing else.")]
CaseOption = Annotated[str | None, typer.Option("--case", help="Case name (default: main).")]


class State:
    """The global options (``habeas --store DIR --as NAME COMMAND``), set before any command runs."""

    store_dir: str | None = None
    actor: str = LOCAL_OWNER


state = State()


def settings() -> Settings:
    """The settings of the store the global options name."""
    return load_settings(state.store_dir)


@contextmanager
def opened() -> Iterator[Caller]:
    """The caller the global options name, on its store, opened; a refused or failed operation
    ends the command (exit 2 for bad input or an unknown name, 3 for a refusal)."""
    store = services.open_store(settings())
    try:
        yield Caller(store, state.actor)
    except (NotFound, InvalidQuery, ValueError) as exc:
        fail(str(exc))
    except PermissionError as exc:  # refused by the service layer's authorisation
        err.print(f"[red]refused:[/red] {escape(str(exc))}")
        raise typer.Exit(3) from exc
    finally:
        store.close()


def fail(message: str, code: int = 2) -> NoReturn:
    """Print ``error: message`` on stderr and end the command with ``code``."""
    err.print(f"[red]error:[/red] {escape(message)}")
    raise typer.Exit(code)


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1, default=str) + "\n")


def read_passphrase(confirm: bool = False) -> str:
    """The acting user's passphrase: ``HABEAS_PASSPHRASE`` for scripts, else a hidden prompt."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    return str(typer.prompt("passphrase", hide_input=True, confirmation_prompt=confirm, err=True))


class Bar:
    """A progress bar on stderr, only when stderr is a terminal; the stages' ``habeas.progress.Progress``.
    ``files=True`` labels each step with its file's name rather than the whole label."""

    def __init__(self, label: str, files: bool = False) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.files = files
        self.progress: Progress = Progress(TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(),
                                           TimeRemainingColumn(), TextColumn("{task.description}"),
                                           console=err, transient=True, disable=not err.is_terminal)
        self.task = self.progress.add_task("", total=0)

    def add_total(self, n: int) -> None:
        self.progress.update(self.task, total=(self.progress.tasks[0].total or 0) + n)

    def advance(self, label: str) -> None:
        shown = Path(label).name if self.files else label
        self.progress.update(self.task, advance=1, description=escape(shown[-40:]))
