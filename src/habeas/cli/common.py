"""What every command module shares: the global options' state, the consoles, ``--json`` and
``--case``, the caller the global options name (``opened()``), passphrases, progress bars and how an
error ends a command (``exit_status``, ``Commands``). Light on purpose: a service module is imported by
the command that calls it."""

from __future__ import annotations

import json
import os
import re
import sys
import tomllib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from habeas import services
from habeas.config import CONFIG_FILE, DEFAULT_STORE, LOCAL_OWNER, Settings, load_settings
from habeas.errors import (
    BadSettings,
    ExportFailed,
    HabeasError,
    NotFound,
    OutdatedStore,
    PermissionDenied,
    QueueNotConfigured,
    ReadOnlyStore,
    StepUpRequired,
)
from habeas.services import Caller

if TYPE_CHECKING:
    from rich.progress import Progress
    from rich.text import Text

PASSPHRASE_ENV = "HABEAS_PASSPHRASE"  # nosec B105  # the variable's name, not a passphrase
DEBUG_ENV = "HABEAS_DEBUG"  # set to 1: an unexpected error ends with its traceback, for a bug report

# C0 and C1 control characters (and DEL): an escape sequence in a file name could recolour, move or
# retitle the terminal, a carriage return overwrite the line before it.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_LAYOUT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # newlines and tabs kept


def printable(text: str, lines: bool = False) -> str:
    """``text`` with every control character written out as ``\\x1b`` (``\\x0a`` for a newline...),
    so that what a file or a document says cannot drive the terminal; ``lines`` keeps newlines and tabs."""
    return (_CONTROLS_BUT_LAYOUT if lines else _CONTROLS).sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class SafeConsole(Console):
    """A console that prints control characters as text (see ``printable``), whatever it is given:
    rich's markup escaping leaves them in, and a file called ``a\\x1b[31mb.txt`` would reach the
    terminal as an escape sequence. Rich's own styling is added after, so it still works."""

    def render_str(self, text: str, **kwargs: Any) -> Text:
        return super().render_str(printable(text, lines=True), **kwargs)


out = SafeConsole(soft_wrap=True)
err = SafeConsole(stderr=True)

JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON on stdout, nothing else.")]
CaseOption = Annotated[str | None, typer.Option("--case", help="Case name (default: main).")]


class State:
    """The global options (``habeas --store DIR --as NAME COMMAND``), set before any command runs."""

    store_dir: str | None = None
    actor: str = LOCAL_OWNER


state = State()


def settings() -> Settings:
    """The settings of the store the global options name (``BadSettings`` for a settings file or a
    ``HABEAS_*`` variable that cannot be read)."""
    config_file = Path(state.store_dir or DEFAULT_STORE) / CONFIG_FILE
    try:
        return load_settings(state.store_dir)
    except tomllib.TOMLDecodeError as exc:
        raise BadSettings(f"{config_file}: not a valid settings file ({exc})") from exc
    except (ValueError, TypeError, AttributeError) as exc:
        where = str(config_file) if config_file.is_file() else "the HABEAS_* variables"
        raise BadSettings(f"{where}: a setting cannot be read ({exc})") from exc


@contextmanager
def opened(create: bool = False, writes: bool = False) -> Iterator[Caller]:
    """The caller the global options name, on its store, opened; closed after.

    Commands that only read leave both flags off: a store that does not exist is an error ("no
    store at PATH", exit 2), never made. ``create``: a command that writes and may start a store
    (``ingest``, ``case create``...) makes it. ``writes`` (implied by ``create``): refuse at once,
    before any work, when the store is read-only. An error in the command ends it with one line and
    the exit status ``exit_status`` gives (``Commands`` prints it)."""
    store = services.open_store(settings(), create=create)
    try:
        if (create or writes) and store.read_only is not None:
            raise ReadOnlyStore(
                f"the store at {store.settings.store} is read-only ({store.read_only}), and this command writes to it"
            )
        yield Caller(store, state.actor)
    finally:
        store.close()


def fail(message: str, code: int = 2) -> NoReturn:
    """Print ``error: message`` on stderr, on one line, and end the command with ``code``."""
    print_error("error", message)
    raise typer.Exit(code)


def print_error(label: str, message: str) -> None:
    """``label: message`` on stderr as one line, whatever the message holds (line breaks, controls)."""
    line = " ".join(part.strip() for part in message.splitlines() if part.strip()) or label
    err.print(f"[red]{label}:[/red] {escape(printable(line))}", soft_wrap=True, highlight=False)


# How an error ends a command, by its kind: the documented exit statuses (docs/intake.md).
OK, FAILED, BAD_INPUT, REFUSED = 0, 1, 2, 3


def exit_status(exc: BaseException) -> tuple[int, str, str]:
    """The exit status an error ends a command with, and its one line (label, message): 3 when the
    caller is refused; 2 for bad input (an invalid value, something named that does not exist, a
    settings file that cannot be read); 1 when the operation fails (a read-only or outdated store,
    an export that cannot be made, anything unexpected)."""
    if isinstance(exc, PermissionDenied | StepUpRequired) or (isinstance(exc, PermissionError) and exc.errno is None):
        return REFUSED, "refused", str(exc)  # (an errno: the operating system's "permission denied")
    if isinstance(exc, ReadOnlyStore | OutdatedStore | ExportFailed):
        return FAILED, "error", str(exc)
    if isinstance(exc, NotFound | QueueNotConfigured | ValueError | LookupError):
        return BAD_INPUT, "error", str(exc) or type(exc).__name__
    if isinstance(exc, FileNotFoundError | IsADirectoryError | NotADirectoryError):
        return BAD_INPUT, "error", _os_error(exc)
    if isinstance(exc, OSError):
        return FAILED, "error", _os_error(exc)
    if isinstance(exc, HabeasError):
        return FAILED, "error", str(exc) or type(exc).__name__
    cause = getattr(exc, "orig", None) or exc  # a database error: the driver's message, not the SQL
    return FAILED, "error", f"{type(cause).__name__}: {cause} (set {DEBUG_ENV}=1 to see where)"


def _os_error(exc: OSError) -> str:
    if exc.strerror and exc.filename is not None:
        reason = exc.strerror[:1].lower() + exc.strerror[1:]
        return f"{reason}: {os.fsdecode(exc.filename)}"
    return str(exc)


class Commands(TyperGroup):
    """The ``habeas`` command: whatever goes wrong in a command, or in its arguments, ends it with
    one line on stderr (``error: ...`` or ``refused: ...``), never a traceback, and the exit status
    of ``exit_status`` (click's usage errors keep their 2). ``HABEAS_DEBUG=1`` lets an unexpected
    error through with its traceback."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        try:
            status = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except typer.TyperException as exc:  # click's errors (typer's copy of click): usage errors keep their 2
            if type(exc).__name__ == "NoArgsIsHelpError":  # the help is printed already
                sys.exit(exc.exit_code)
            context = getattr(exc, "ctx", None)
            hint = f" (see `{context.command_path} --help`)" if context is not None else ""
            print_error("error", exc.format_message() + hint)
            sys.exit(exc.exit_code)
        except typer.Abort:
            print_error("error", "aborted")
            sys.exit(FAILED)
        except Exception as exc:
            code, label, message = exit_status(exc)
            if code == FAILED and not isinstance(exc, HabeasError | OSError) and os.environ.get(DEBUG_ENV):
                raise
            print_error(label, message)
            sys.exit(code)
        sys.exit(status if isinstance(status, int) else OK)


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
        self.progress: Progress = Progress(
            TextColumn(f"[bold]{label}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.description}"),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        )
        self.task = self.progress.add_task("", total=0)

    def add_total(self, n: int) -> None:
        self.progress.update(self.task, total=(self.progress.tasks[0].total or 0) + n)

    def advance(self, label: str) -> None:
        shown = Path(label).name if self.files else label
        self.progress.update(self.task, advance=1, description=escape(printable(shown[-40:])))
