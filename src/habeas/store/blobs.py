"""A write-once, content-addressed store of original files, named by SHA-256."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

CHUNK = 1024 * 1024


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class BlobStore:
    """Original files byte for byte under ``root/ab/cd/<sha256>``; nothing is ever overwritten."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def put_file(self, source: Path) -> tuple[str, int]:
        """Copy ``source`` in (temp file, fsync, rename) and return its SHA-256 and size."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
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

    def all_hashes(self) -> Iterator[str]:
        if not self.root.exists():
            return
        for path in self.root.glob("??/??/*"):
            yield path.name


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
