"""A write-once, content-addressed store of original files, named by SHA-256."""

from __future__ import annotations

import hashlib
import os
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

from habeas.errors import ReadOnlyStore

CHUNK = 1024 * 1024
INCOMING = ".incoming-"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class BlobStore:
    """Original files byte for byte under ``root/ab/cd/<sha256>``; nothing is ever overwritten.
    ``read_only`` (why the store is read-only) refuses ``put_file`` and leaves stale copies alone."""

    def __init__(self, root: Path, read_only: str | None = None) -> None:
        self.root = root
        self.read_only = read_only

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def put_file(self, source: Path) -> tuple[str, int]:
        """Copy ``source`` in (temp file, fsync, rename) and return its SHA-256 and size."""
        if self.read_only is not None:
            raise ReadOnlyStore(f"the blob folder {self.root} is read-only ({self.read_only})")
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=f"{INCOMING}{socket.gethostname()}-{os.getpid()}-")
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as fh:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if final.exists():
                os.unlink(tmp_name)
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.chmod(tmp_name, 0o444)
                os.replace(tmp_name, final)
                _fsync_dir(final.parent)
            return sha, size
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise

    def verify(self, sha256: str) -> str | None:
        """None when the blob is intact, else what is wrong with it."""
        path = self.path_for(sha256)
        if not path.exists():
            return f"blob {sha256} is missing"
        actual = sha256_file(path)
        if actual != sha256:
            return f"blob {sha256} has changed: its content now hashes to {actual}"
        return None

    def remove_stale_incoming(self) -> None:
        """Remove half-copied files left by a process on this host that was killed midway."""
        if self.read_only is not None or not self.root.is_dir():
            return
        prefix = f"{INCOMING}{socket.gethostname()}-"
        for partial in self.root.glob(f"{prefix}*"):
            pid = partial.name[len(prefix) :].split("-", 1)[0]
            if pid.isdigit() and not process_alive(int(pid)):
                partial.unlink(missing_ok=True)

    def all_hashes(self) -> Iterator[str]:
        if not self.root.exists():
            return
        for path in self.root.glob("??/??/*"):
            yield path.name


def process_alive(pid: int) -> bool:
    """Whether a process of this host still runs (signal 0 checks without sending anything)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
