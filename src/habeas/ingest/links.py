"""Links inside archives and folders, recorded and never followed.

A symbolic link member (or a hard link whose member is not in the archive) becomes a small child
document of its archive; a symbolic link found in a folder being taken in, a document of its own.
Its bytes are a link record: ``LINK_SIGNATURE``, the kind of link, a NUL, then the target path's
bytes exactly as the archive (or the file system) stores them. The record is what the blob store
keeps and hashes, so the same link read again is the same document, and a link is never mistaken
for a text file that holds only a path. The target is a string only: it is never joined to a
path on disk nor looked up among the archive's members."""

from __future__ import annotations

import io
import stat
from pathlib import Path
from typing import IO

from habeas.errors import ExtractionError
from habeas.ingest.model import Extracted, Opener
from habeas.ingest.text import decode_name

LINK_SIGNATURE = b"habeas archive link\x00"
# The longest link target read (a path on Linux is at most 4,096 bytes); a longer one is a failure line.
LINK_TARGET_MAX = 4096

SYMBOLIC = "symbolic"
HARD = "hard"
JUNCTION = "junction"
COPY = "copy"
# What each kind of link says in its document's text, before the target.
_SAYS = {
    SYMBOLIC: "symbolic link to",
    HARD: "hard link to",
    JUNCTION: "directory junction to",
    COPY: "copy of the member",
}

# What a special member is, by the file type bits of its mode.
_SPECIAL_KINDS = {
    stat.S_IFCHR: "character device",
    stat.S_IFBLK: "block device",
    stat.S_IFIFO: "FIFO (named pipe)",
    stat.S_IFSOCK: "socket",
}


def link_record(kind: str, target: bytes) -> bytes:
    """The bytes a link member's document is stored as."""
    if kind not in _SAYS:
        raise ValueError(f"not a kind of link: {kind!r}")
    return LINK_SIGNATURE + kind.encode("ascii") + b"\x00" + target


def link_opener(kind: str, target: bytes) -> Opener:
    """An opener (as archive members have) that gives the link's record."""
    record = link_record(kind, target)
    return lambda: io.BytesIO(record)


def symbolic_link_in(data: Opener) -> Opener:
    """An opener for a symbolic link stored as a member whose data is its target (ZIP, RAR 3): the link's
    record, the target read from ``data``."""

    def opener() -> IO[bytes]:
        with data() as stream:
            target = stream.read(LINK_TARGET_MAX)
        return io.BytesIO(link_record(SYMBOLIC, target))

    return opener


def too_long_target(size: int) -> str | None:
    """Why a link whose target is ``size`` bytes is not read, or None when it may be."""
    if size > LINK_TARGET_MAX:
        return f"member is a symbolic link whose target is longer than {LINK_TARGET_MAX} bytes, not read"
    return None


def is_special(mode: int) -> bool:
    """Whether a Unix mode is a device, a FIFO or a socket's."""
    return stat.S_IFMT(mode) in _SPECIAL_KINDS


def special_reason(mode: int, what: str = "member") -> str:
    """The failure line of a member (or, ``what="file"``, a file in a folder) that is neither a
    file, a folder nor a link."""
    kind = _SPECIAL_KINDS.get(stat.S_IFMT(mode), "special file")
    return f"{what} is a {kind}, not read"


def target_text(target: bytes) -> str:
    """A link target as text: UTF-8, else decoded as names in legacy encodings are."""
    try:
        return target.decode("utf-8")
    except UnicodeDecodeError:
        return decode_name(target)


def extract_link(path: Path, name: str) -> Extracted:
    """A link record's document: its text states the link and its target, verbatim."""
    record = path.read_bytes()
    kind_bytes, separator, target = record.removeprefix(LINK_SIGNATURE).partition(b"\x00")
    kind = kind_bytes.decode("ascii", "replace")
    if not record.startswith(LINK_SIGNATURE) or not separator or kind not in _SAYS:
        raise ExtractionError("not a readable link record")
    shown = target_text(target)
    return Extracted(
        file_type="link",
        pages=[f"{_SAYS[kind]} {shown}"],
        title=name,
        metadata={"link_target": shown, "link_kind": kind},
    )
