"""Files that appear whole or not at all (exports, evidence packages): written under a hidden name
beside the target that names this host and process, renamed into place once complete, and removed
on any error. A process killed outright cannot remove its own, so every writer first removes the
ones in its folder whose process, on this host, is gone."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from habeas.store.blobs import process_alive

MARK = ".partial-"  # .NAME.partial-HOST-PID


def partial_path(target: Path) -> Path:
    """Where ``target`` is written until it is complete: ``.NAME.partial-HOST-PID`` beside it."""
    return target.with_name(f".{target.name}{MARK}{socket.gethostname()}-{os.getpid()}")


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove the partial files in ``folder`` left by processes of this host that are gone (those
    of live processes, and of other hosts, are left alone); returns what was removed."""
    host = socket.gethostname()
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for path in entries:
        at = path.name.rfind(MARK)
        if not path.name.startswith(".") or at < 0:
            continue
        owner, _, pid = path.name[at + len(MARK) :].rpartition("-")
        if owner == host and pid.isdigit() and int(pid) != os.getpid() and not process_alive(int(pid)):
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed
