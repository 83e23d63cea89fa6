"""A write-once, content-addressed store of original files, named by SHA-256."""

from __future__ import annotations

import ctypes
import errno
import functools
import hashlib
import itertools
import os
import socket
import stat
from collections.abc import Callable, Iterator
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
        self._root = str(root)
        self._unsynced: set[str] = set()  # blobs put with ``durable=False``, until ``sync``
        self._count = itertools.count()  # names this process's temporary files

    def path_for(self, sha256: str) -> Path:
        return Path(self._path_str(sha256))

    def _path_str(self, sha256: str) -> str:
        return os.path.join(self._root, sha256[:2], sha256[2:4], sha256)

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def put_file(self, source: Path, durable: bool = True) -> tuple[str, int]:
        """Copy ``source`` in (a temporary file written from the bytes as they are read, then one
        rename into place) and return its SHA-256 and size.

        ``durable=False`` leaves out the two fsyncs (the file's and its folder's): the blob is in
        place for every reader at once, and ``sync`` makes every such blob durable in one go, as a
        batch of files must be before the transaction that records them commits. A blob that a
        power cut left shorter than its bytes (written, renamed, never synced) is replaced when the
        same bytes arrive again (it is empty: its bytes never reached the disk).

        ``source`` must be a regular file when it is opened: a symbolic link at its end is not
        followed, nor is a FIFO or a device opened to wait on (``OSError``, saying which), so a file
        swapped for one after it was found is never read through it."""
        self._refuse_when_read_only()
        source_fd = _open_regular(source)
        try:
            return self._put(iter(functools.partial(os.read, source_fd, CHUNK), b""), durable)
        finally:
            os.close(source_fd)

    def put_bytes(self, data: bytes, durable: bool = True) -> tuple[str, int]:
        """``put_file`` for bytes made here rather than read from a file (a link's record)."""
        self._refuse_when_read_only()
        return self._put(iter((data,)), durable)

    def _refuse_when_read_only(self) -> None:
        if self.read_only is not None:
            raise ReadOnlyStore(f"the blob folder {self.root} is read-only ({self.read_only})")

    def _put(self, chunks: Iterator[bytes], durable: bool) -> tuple[str, int]:
        """The chunks written to a temporary file, renamed into place: their SHA-256 and size."""
        fd, tmp_name = self._incoming()
        try:
            sha, size = _copy(chunks, fd, durable)
            self._place(tmp_name, sha, size, durable)
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise
        return sha, size

    def _place(self, tmp_name: str, sha: str, size: int, durable: bool) -> None:
        """Rename the written temporary file to the blob's name, unless the blob is there already;
        its folder is made when the rename finds it missing (most renames find it there)."""
        final = self._path_str(sha)
        if _present(final, size):
            os.unlink(tmp_name)
            return
        try:
            os.replace(tmp_name, final)
        except FileNotFoundError:
            os.makedirs(os.path.dirname(final), exist_ok=True)
            os.replace(tmp_name, final)
        if durable:
            fsync_path(os.path.dirname(final))
        else:
            self._unsynced.add(final)

    def _incoming(self) -> tuple[int, str]:
        """A new temporary file in the blob folder (made when it is missing), named by host,
        process and a count, so a later run can tell whose it was and that it was left behind."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
        while True:
            name = os.path.join(self._root, f"{INCOMING}{_hostname()}-{os.getpid()}-{next(self._count)}")
            try:
                return os.open(name, flags, 0o600), name
            except FileExistsError:
                continue  # left by an earlier process that had this pid
            except FileNotFoundError:
                self.root.mkdir(parents=True, exist_ok=True)
                return os.open(name, flags, 0o600), name

    def sync(self) -> None:
        """Make every blob put with ``durable=False`` durable: one ``syncfs`` of the blob folder's
        file system where Linux has it (the files and every folder entry in one journal commit),
        else an fsync of each file and of each folder once."""
        if not self._unsynced:
            return
        written, self._unsynced = self._unsynced, set()
        if _syncfs(self.root):
            return
        for path in written:
            fsync_path(path)
        folders = {os.path.dirname(p) for p in written}
        for folder in folders | {os.path.dirname(f) for f in folders}:
            fsync_path(folder)

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


@functools.cache
def _hostname() -> str:
    return socket.gethostname()


def process_alive(pid: int) -> bool:
    """Whether a process of this host still runs (signal 0 checks without sending anything)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _open_regular(source: Path) -> int:
    """A read-only descriptor of ``source``, a regular file: neither a symbolic link, followed,
    nor a FIFO or a device, which opening without ``O_NONBLOCK`` could wait on forever."""
    try:
        fd = os.open(source, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OSError(errno.ELOOP, "it is a symbolic link now, not followed") from exc
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "it is no longer a regular file, not read")
    return fd


def _copy(chunks: Iterator[bytes], fd: int, durable: bool) -> tuple[str, int]:
    """Write the chunks into ``fd`` (read-only from then on, synced when ``durable``) and close
    ``fd``: their SHA-256 and size."""
    digest = hashlib.sha256()
    size = 0
    try:
        for chunk in chunks:
            digest.update(chunk)
            size += len(chunk)
            _write_all(fd, chunk)
        os.fchmod(fd, 0o444)
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)
    return digest.hexdigest(), size


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _present(path: str, size: int) -> bool:
    """Whether the blob is in place: it exists, and it is not an empty file standing for bytes that
    a power cut kept from the disk (a blob is never overwritten otherwise)."""
    try:
        return os.stat(path).st_size > 0 or size == 0
    except FileNotFoundError:
        return False


@functools.cache
def _libc_syncfs() -> Callable[[int], int] | None:
    try:
        function = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    function.restype = ctypes.c_int
    return function  # type: ignore[no-any-return]


def _syncfs(folder: Path) -> bool:
    """``syncfs(2)`` on the file system holding ``folder``; False where there is none (then the
    caller syncs file by file). A failure to write back is an error, as a failed fsync is."""
    syncfs = _libc_syncfs()
    if syncfs is None:
        return False
    fd = os.open(folder, os.O_RDONLY)
    try:
        if syncfs(fd) != 0:
            error = ctypes.get_errno()
            raise OSError(error, f"cannot sync the blob folder {folder}: {os.strerror(error)}")
    finally:
        os.close(fd)
    return True


def fsync_path(path: str | Path) -> None:
    """Flush a file, or a folder's entries (a rename into it), to disk: by path, for the writers of
    the store that must survive a power cut (blobs, the audit anchor and log, the search index)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
