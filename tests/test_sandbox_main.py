"""The main module of a script that parses or analyses in sandboxed children is imported once, by the
server the children fork from, not again by each child (real child processes, in a script of their
own: the main module of a test run is pytest's). The script reads where to write from the environment,
which the server has too (it has no arguments of the script's)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import os

with open(os.environ["IMPORTED_BY"], "a", encoding="utf-8") as imported:
    imported.write(f"{os.getpid()}\\n")


def nothing_to_load() -> None:
    pass


if __name__ == "__main__":
    from habeas.config import IngestLimits
    from habeas.ingest.sandbox import Sandbox

    with Sandbox(2, IngestLimits(), warm_up=nothing_to_load) as sandbox:
        first, second = sandbox.call(os.getpid), sandbox.call(os.getpid)
        print(first.result(timeout=60), second.result(timeout=60))
"""


def test_the_main_module_is_imported_by_the_server_not_by_each_child(tmp_path: Path) -> None:
    script, imported = tmp_path / "main_script.py", tmp_path / "imported.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    environ = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p), "IMPORTED_BY": str(imported)}
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=environ, timeout=120)
    assert run.returncode == 0, run.stderr
    children = {int(pid) for pid in run.stdout.split()}
    importers = [int(pid) for pid in imported.read_text(encoding="utf-8").split()]
    assert len(importers) == 2, "the script itself and the server, once each"
    assert not children & set(importers), "a child imported the main module again"
