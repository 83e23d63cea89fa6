"""Per-store secrets (the session-signing key, the key that hashes name lookups)."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def store_secret(store_dir: Path, file_name: str) -> bytes:
    """A random key kept in ``store_dir/file_name``: made once, readable only by its owner."""
    path = store_dir / file_name
    if not path.exists():
        # Written whole under another name, then linked into place: of several processes starting
        # at once, one wins and every one reads the same complete key.
        partial = store_dir / f".{file_name}-{os.getpid()}-{secrets.token_hex(4)}"
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_hex(32).encode())
            fh.flush()
            os.fsync(fh.fileno())
        try:
            with contextlib.suppress(FileExistsError):
                os.link(partial, path)
        finally:
            partial.unlink()
    return path.read_bytes().strip()
