"""Write docs/cli.md, the command-line reference, from the ``--help`` of every ``habeas`` command.

    python scripts/cli_reference.py            # (re)write docs/cli.md
    python scripts/cli_reference.py --check    # exit 1, naming the commands that differ, when it is out of date

The help is rendered as a terminal 100 columns wide, without colour, so the output does not depend on
the terminal it runs in. ``make docs`` runs the first form; tests/test_docs.py runs the check.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stdout
from pathlib import Path
from typing import Any

# Typer (0.29 here) carries its own copy of click (typer._click); the walk below uses only what both offer:
# Context(command, info_name=, parent=, terminal_width=, max_content_width=), command_path, get_help,
# list_commands and get_command on groups, and the hidden flag.
Command = Any
Context = Any

PROGRAM = "habeas"
WIDTH = 100
ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "cli.md"
TERMINAL_ENV = {"COLUMNS": str(WIDTH), "NO_COLOR": "1", "TERM": "dumb", "_TYPER_FORCE_DISABLE_TERMINAL": "1"}
COLOUR_ENV = ("FORCE_COLOR", "PY_COLORS", "GITHUB_ACTIONS", "TERMINAL_WIDTH")
HEADING = re.compile(r"^## (.+)$", re.MULTILINE)

PREAMBLE = f"""# Command-line reference

Generated from `--help` by `scripts/cli_reference.py` (run `make docs` after changing a command);
do not edit by hand. Options that apply to every command (`--store`, `--as`) come before the
command: `{PROGRAM} --store ./case search ...`. Each section is what `--help` prints in a terminal
{WIDTH} columns wide, without colour and without trailing spaces.
"""


def root_command() -> Command:
    """The click command tree behind ``habeas.cli:app``."""
    import typer

    from habeas.cli import app

    command = typer.main.get_command(app)
    if not is_group(command):
        raise TypeError("habeas.cli:app should be a command group")
    return command


def is_group(command: Command) -> bool:
    return callable(getattr(command, "list_commands", None)) and callable(getattr(command, "get_command", None))


def walk(command: Command, ctx: Context) -> Iterator[tuple[str, Context]]:
    """Yield (full command, its context) for a command and, recursively, its visible subcommands by name."""
    yield ctx.command_path, ctx
    if not is_group(command):
        return
    for name in sorted(command.list_commands(ctx)):
        sub = command.get_command(ctx, name)
        if sub is None or sub.hidden:
            continue
        yield from walk(sub, make_context(sub, name, ctx))


def make_context(command: Command, name: str, parent: Context | None = None) -> Context:
    """A context for rendering help only: nothing is parsed or run."""
    return command.context_class(command, info_name=name, parent=parent, terminal_width=WIDTH, max_content_width=WIDTH)


def command_paths(root: Command | None = None) -> list[str]:
    """Every command's full name (``habeas``, ``habeas names``, ``habeas names match``...), in reference order."""
    root = root or root_command()
    return [path for path, _ in walk(root, make_context(root, PROGRAM))]


@contextmanager
def plain_terminal() -> Iterator[None]:
    """A 100-column terminal without colour for typer and rich, restored afterwards."""
    from typer import rich_utils

    saved_env = {key: os.environ.get(key) for key in (*TERMINAL_ENV, *COLOUR_ENV)}
    saved_attrs = {name: getattr(rich_utils, name) for name in ("MAX_WIDTH", "FORCE_TERMINAL", "COLOR_SYSTEM")}
    os.environ.update(TERMINAL_ENV)
    for key in COLOUR_ENV:
        os.environ.pop(key, None)
    rich_utils.MAX_WIDTH, rich_utils.FORCE_TERMINAL, rich_utils.COLOR_SYSTEM = WIDTH, False, None
    try:
        yield
    finally:
        for name, value in saved_attrs.items():
            setattr(rich_utils, name, value)
        for key, old in saved_env.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


def help_text(ctx: Context) -> str:
    """What ``--help`` prints for this command, without trailing spaces."""
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        returned = ctx.command.get_help(ctx)  # rich prints to stdout; plain click returns the text
    text = buffer.getvalue() + (returned or "")
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")


def fence(text: str) -> str:
    """A code fence longer than any run of backticks in the text."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def section(path: str, text: str) -> str:
    marks = fence(text)
    return f"## {path}\n\n{marks}\n{text}\n{marks}\n"


def render(root: Command | None = None) -> str:
    """The whole of docs/cli.md."""
    root = root or root_command()
    with plain_terminal():
        sections = [section(path, help_text(ctx)) for path, ctx in walk(root, make_context(root, PROGRAM))]
    return "\n".join([PREAMBLE, *sections])


def sections_by_command(markdown: str) -> dict[str, str]:
    """Split a reference into {full command: its section}."""
    starts = list(HEADING.finditer(markdown))
    ends = [match.start() for match in starts[1:]] + [len(markdown)] * bool(starts)
    return {match.group(1).strip(): markdown[match.start() : end] for match, end in zip(starts, ends, strict=True)}


def differences(current: str, expected: str) -> list[str]:
    """One line per command whose section is missing, extra or changed; the preamble counts too."""
    have, want = sections_by_command(current), sections_by_command(expected)
    lines = [f"missing: {path}" for path in want if path not in have]
    lines += [f"no longer a command: {path}" for path in have if path not in want]
    lines += [f"changed: {path}" for path in want if path in have and have[path] != want[path]]
    if not lines and current != expected:
        lines.append("changed: the text outside the command sections")
    return lines


def check(output: Path) -> int:
    current = output.read_text(encoding="utf-8") if output.exists() else ""
    problems = differences(current, render())
    if not problems:
        print(f"{output.name} is up to date")
        return 0
    print(f"{output} is out of date (run make docs):", file=sys.stderr)
    for line in problems:
        print(f"  {line}", file=sys.stderr)
    return 1


def write(output: Path) -> int:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render(), encoding="utf-8")
    print(f"wrote {output}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the file differs from --help")
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"default: {OUTPUT.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    return check(args.output) if args.check else write(args.output)


if __name__ == "__main__":
    sys.exit(main())
