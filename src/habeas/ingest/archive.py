"""ZIP and TAR archives, unpacked safely: no path escapes, no bombs, no links, bounded size."""

from __future__ import annotations

import bz2
import gzip
import lzma
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

from habeas.config import IngestLimits
from habeas.errors import ExtractionError
from habeas.ingest.model import ChildFile, Extracted

CHUNK = 1024 * 1024


class _OutOfRoom(Exception):
    """The top-level file's budget, shared with every archive nested in it, is spent."""


class _Budget:
    """Counts bytes written out of an archive against its own limits and against ``room``, what is
    left of the budget of the top-level file it came in (None: no such budget)."""

    def __init__(self, archive_size: int, limits: IngestLimits, room: int | None = None) -> None:
        self.limits = limits
        self.archive_size = max(archive_size, 1)
        self.room = room
        self.written = 0

    def spend(self, n: int) -> None:
        self.written += n
        if self.written > self.limits.archive_max_total_bytes:
            raise ExtractionError(
                f"archive unpacks to more than {self.limits.archive_max_total_bytes} bytes (zip bomb?)"
            )
        if self.written > 1024 * 1024 and self.written / self.archive_size > self.limits.archive_max_ratio:
            raise ExtractionError(
                f"archive expands more than {self.limits.archive_max_ratio:.0f} times its size (zip bomb?)"
            )
        if self.room is not None and self.written > self.room:
            raise _OutOfRoom


def unsafe_member_reason(name: str) -> str | None:
    """Why a member's path must not be written, or None when it is safe."""
    if not name or "\x00" in name:
        return "member has no usable name"
    posix = name.replace("\\", "/")
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":"):
        return "member has an absolute path"
    if ".." in PurePosixPath(posix).parts:
        return "member path climbs out of the archive (../)"
    return None


def extract_archive(
    path: Path, name: str, file_type: str, workdir: Path, limits: IngestLimits, room: int | None = None
) -> Extracted:
    """Write the members out for intake. Past ``room`` bytes the rest are not written but counted
    (a ZIP's exactly; a TAR's cannot be without unpacking them, so only the one cut short)."""
    budget = _Budget(path.stat().st_size, limits, room)
    extracted = Extracted(file_type=file_type, title=name)
    members = _zip_members(path) if file_type == "zip" else _tar_members(path, name)
    listing = []
    for count, (member_name, opener, problem) in enumerate(members, start=1):
        if count > limits.archive_max_members:
            raise ExtractionError(f"archive has more than {limits.archive_max_members} members")
        listing.append(member_name)
        reason = problem or unsafe_member_reason(member_name)
        if reason:
            extracted.child_errors.append((member_name, reason))
            continue
        if opener is None:
            continue  # a directory
        if extracted.not_expanded:  # out of room: a ZIP's further members are only counted
            extracted.not_expanded += 1
            continue
        target = workdir / f"member-{count}"
        try:
            with opener() as source, target.open("wb") as out:
                while chunk := source.read(CHUNK):
                    budget.spend(len(chunk))
                    out.write(chunk)
        except _OutOfRoom:
            target.unlink(missing_ok=True)
            extracted.not_expanded = 1
            if file_type != "zip":  # going on would unpack every further member to find it
                extracted.not_expanded_exact = False
                break
            continue
        extracted.children.append(ChildFile(name=member_name, path=str(target)))
    extracted.pages = ["\n".join(listing)]
    extracted.metadata = {"members": len(listing)}
    return extracted


# Opens a member for reading; zip, tar and the compressors each return their own stream type.
Opener = Callable[[], Any]
# A member: its name in the archive, how to open it (None for a folder or a refused member)
# and why it is refused, if it is.
Member = tuple[str, Opener | None, str | None]


def _zip_members(path: Path) -> Iterator[Member]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ExtractionError(f"damaged or truncated ZIP archive: {exc}") from exc
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                yield info.filename, None, None
            elif info.flag_bits & 0x1:
                yield info.filename, None, "member is encrypted (password required)"
            else:
                yield info.filename, _zip_opener(archive, info), None


def _zip_opener(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Opener:
    return lambda: archive.open(info)


def _tar_members(path: Path, name: str) -> Iterator[Member]:
    try:
        archive = tarfile.open(path, mode="r:*")  # noqa: SIM115 (closed by the with below)
    except tarfile.ReadError:
        yield from _single_compressed(path, name)
        return
    except (OSError, EOFError) as exc:
        raise ExtractionError(f"damaged or truncated TAR archive: {exc}") from exc
    with archive:
        try:
            for info in archive:
                if info.isdir():
                    yield info.name, None, None
                elif not info.isfile():
                    yield info.name, None, "member is a link or device, not followed"
                else:
                    yield info.name, _tar_opener(archive, info), None
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise ExtractionError(f"damaged or truncated TAR archive: {exc}") from exc


def _tar_opener(archive: tarfile.TarFile, info: tarfile.TarInfo) -> Opener:
    def opener() -> IO[bytes]:
        handle = archive.extractfile(info)
        if handle is None:
            raise ExtractionError(f"cannot read member {info.name}")
        return handle

    return opener


def _single_compressed(path: Path, name: str) -> Iterator[Member]:
    """A lone .gz/.bz2/.xz file: one member, the file inside."""
    with path.open("rb") as fh:
        head = fh.read(6)
    openers: dict[bytes, Opener] = {
        b"\x1f\x8b": lambda: gzip.open(path, "rb"),  # noqa: SIM115 (the caller closes it)
        b"BZh": lambda: bz2.open(path, "rb"),  # noqa: SIM115
        b"\xfd7zXZ": lambda: lzma.open(path, "rb"),  # noqa: SIM115
    }
    for magic, opener in openers.items():
        if head.startswith(magic):
            yield Path(name).stem or "content", opener, None
            return
    raise ExtractionError("not a readable TAR archive")
