"""What can be read from a damaged archive (an interrupted download or copy, bytes overwritten).

- A ZIP whose directory of members is missing or damaged is read by walking the header that
  comes before each member's data, from the start of the file. A member whose sizes follow its
  data (a data descriptor) ends where the descriptor whose compressed size matches the distance
  is found. Each member is checked by its CRC and size as it is read. Whether a member is a
  symbolic link (or a device, a FIFO) is said only by the Unix mode in its directory entry: where
  that entry is left whole, a link is recorded as links in whole archives are (``links``); where
  it is lost, nothing tells, and the member is read as a file, whose bytes are the link's target.
- A TAR cut off or damaged mid-way (read by ``archive``): the members before the damage as usual,
  the cut one lost, and past a damaged header the next checksum-valid header on a 512-byte
  boundary (GNU tar's ``--ignore-zeros``); a member whose header is lost is named by where it was.
- A 7z cut off before its closing header (which holds every member's name and size): the packed
  data that follows the start header decompressed raw (LZMA2, else LZMA with 7-Zip's default
  properties), as one member whose names are lost.

A member lost to the damage is named with why (``Damage.lose``); what is recovered goes through
the same budget and limits as any member."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import stat
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Self

from habeas.errors import ExtractionError
from habeas.ingest.links import SYMBOLIC, is_special, link_record, special_reason, too_long_target
from habeas.ingest.model import DAMAGED, Member, Opener
from habeas.ingest.text import decode_name

SCAN_CHUNK = 1024 * 1024
LOST_LISTED = 200  # the lost members named on the archive's own document (every one has a failure line)
RECOVERED_7Z = "recovered data (member names lost)"


class MemberLost(Exception):
    """A member cannot be read whole: the damage cuts it off or changed its bytes (``how``, for
    the archive's own line)."""

    def __init__(self, why: str, how: str = "damaged data") -> None:
        super().__init__(why)
        self.how = how


@dataclass
class Damage:
    """How an archive is damaged (nothing, when it is not) and the members lost to it."""

    notes: list[str] = field(default_factory=list)
    lost: list[tuple[str, str]] = field(default_factory=list)
    stretches: set[str] = field(default_factory=set)  # lost places named by where they are: no member count
    members_known: bool = True  # False: the damage took the list of members (a 7z's closing header)

    def __bool__(self) -> bool:
        return bool(self.notes or self.lost)

    def note(self, how: str) -> None:
        if how not in self.notes:
            self.notes.append(how)

    def lose(self, member: str, why: str) -> str:
        """Count ``member`` as lost to the damage; ``why``, for its failure line."""
        self.lost.append((member, why))
        return why

    def lose_stretch(self, place: str, why: str) -> Member:
        """A damaged stretch whose members, how many there were, are lost with their headers."""
        self.stretches.add(place)
        return place, None, self.lose(place, why)

    def summary(self, recovered: int, members: int) -> str:
        how = "; ".join(self.notes) or "damaged members"
        if not self.members_known:
            return f"{how}: {recovered} part recovered, how many members it held is unknown"
        counted = f"{how}: {recovered} of {members} members recovered"
        if not self.stretches:
            return counted
        stretches = f"{len(self.stretches)} unreadable stretch{'es' if len(self.stretches) > 1 else ''}"
        return f"{counted}, and {stretches} whose members are lost"

    def as_meta(self, recovered: int, members: int) -> dict[str, Any]:
        lost = [{"member": member, "why": why} for member, why in self.lost[:LOST_LISTED]]
        return {DAMAGED: self.summary(recovered, members), "damaged_members": lost}


def cut_off(read: int, size: int) -> str:
    return f"cut off after {read:,} of {size:,} bytes"


def lost(exc: BaseException, read: int, size: int | None) -> MemberLost:
    """Why a member stopped being readable, from the error its reader raised."""
    if isinstance(exc, EOFError | tarfile.ReadError):  # tarfile's only read error is the data ending
        return MemberLost(cut_off(read, size) if size is not None else f"cut off after {read:,} bytes", "cut off")
    if isinstance(exc, zipfile.BadZipFile):  # zipfile's only error while reading is the CRC's
        return MemberLost("CRC mismatch")
    return MemberLost(f"damaged data ({type(exc).__name__}: {exc})")


class CheckedRead:
    """A member's stream, whose read errors (the archive cut off or damaged under it) become
    ``MemberLost`` naming how far it was read (``readable``: how many of its bytes the file
    holds, where the stream cannot tell, counted only then)."""

    def __init__(
        self,
        stream: Any,
        size: int | None,
        errors: tuple[type[BaseException], ...],
        readable: Callable[[], int] | None = None,
    ) -> None:
        self.stream = stream
        self.size = size
        self.errors = errors
        self.readable = readable
        self.read_bytes = 0

    def __enter__(self) -> CheckedRead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stream.close()

    def read(self, n: int) -> bytes:
        try:
            chunk: bytes = self.stream.read(n)
        except self.errors as exc:
            read = self.readable() if self.readable is not None and isinstance(exc, EOFError) else self.read_bytes
            raise lost(exc, read, self.size) from exc
        self.read_bytes += len(chunk)
        return chunk


# -- ZIP: the local headers walked ---------------------------------------------------------

LOCAL = b"PK\x03\x04"
CENTRAL = b"PK\x01\x02"
END = b"PK\x05\x06"
END64 = b"PK\x06\x06"
DESCRIPTOR = b"PK\x07\x08"
LOCAL_HEADER = struct.Struct("<4s5H3L2H")
# A directory entry: signature, made by, needed, flags, method, time, date, CRC, sizes, lengths of
# name, extra and comment, disk, internal and external attributes, where its local header is.
CENTRAL_HEADER = struct.Struct("<4s6H3L5H2L")
MADE_ON_UNIX = 3  # the high byte of "made by": the external attributes' high half is a Unix mode
STORED, DEFLATED = 0, 8
METHODS = {STORED: "stored", DEFLATED: "deflated", 9: "deflate64", 12: "bzip2", 14: "LZMA", 93: "Zstandard", 99: "AES"}
_SIGNATURES = re.compile(b"PK(?:\x03\x04|\x01\x02|\x07\x08|\x05\x06|\x06\x06)")


@dataclass(frozen=True)
class _ZipEntry:
    """A member as its local header (and data descriptor) tells it."""

    name: str
    flags: int
    method: int
    crc: int
    compressed: int
    size: int
    data_at: int
    mode: int = 0  # the Unix mode its directory entry gives, where that entry is left (0: unknown)

    @property
    def data_end(self) -> int:
        return self.data_at + self.compressed


# A member found by its header, and where the next header should start (None, None: the walk ends).
_Found = tuple[_ZipEntry | None, int | None]


def zip_local_members(path: Path, damage: Damage) -> Iterator[Member]:
    """The members of a ZIP whose directory cannot be read, found by their local headers."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        at = next((f for f in _signatures(fh, 0, size) if _is_header(fh, f)), None)
        if at is None:
            raise ExtractionError("no member's header could be found in it")
        modes = _unix_modes(fh, size)
        while at is not None:
            entry, after = yield from _zip_entry(fh, at, size, damage, modes)
            if entry is not None:
                yield _zip_member(path, entry, damage)
            at = (yield from _next_header(fh, after, size, damage)) if after is not None else None


def _unix_modes(fh: IO[bytes], size: int) -> dict[tuple[int, bytes], int]:
    """The Unix modes the whole directory entries left in the file give, by where each one's local
    header is and its raw name (an entry whose header is elsewhere, or named otherwise, is not its)."""
    modes = {}
    for at in _signatures(fh, 0, size):
        head = _read_at(fh, at, CENTRAL_HEADER.size)
        if not head.startswith(CENTRAL) or len(head) < CENTRAL_HEADER.size:
            continue
        fields = CENTRAL_HEADER.unpack(head)
        made_by, name_len, external, local_at = fields[1], fields[10], fields[15], fields[16]
        name = _read_at(fh, at + CENTRAL_HEADER.size, name_len)
        if made_by >> 8 == MADE_ON_UNIX and len(name) == name_len:
            modes[(local_at, name)] = external >> 16
    return modes


def _zip_entry(
    fh: IO[bytes], at: int, size: int, damage: Damage, modes: dict[tuple[int, bytes], int]
) -> Generator[Member, None, _Found]:
    """Read the header at ``at``; returns the member and where the next header should start (None,
    None where the walk ends), after yielding the member as lost when the file ends inside it."""
    head = _read_at(fh, at, LOCAL_HEADER.size)
    if len(head) < LOCAL_HEADER.size:
        yield _lost_in_header(f"(a member at byte {at:,})", damage)
        return None, None
    _sig, _version, flags, method, _time, _date, crc, compressed, usize, name_len, extra_len = LOCAL_HEADER.unpack(head)
    raw_name = _read_at(fh, at + LOCAL_HEADER.size, name_len)
    extra = _read_at(fh, at + LOCAL_HEADER.size + name_len, extra_len)
    name = _zip_name(raw_name, flags) if raw_name else f"(a member at byte {at:,})"
    if len(raw_name) < name_len or len(extra) < extra_len:
        yield _lost_in_header(name, damage)
        return None, None
    data_at = at + LOCAL_HEADER.size + name_len + extra_len
    mode = modes.get((at, raw_name), 0)
    if flags & 0x8:  # sizes and CRC follow the data
        found = _descriptor(fh, data_at, size)
        if found is None:
            damage.note("cut off")
            why = "cut off: its data runs to the end of the file, without the sizes that follow it"
            yield name, None, damage.lose(name, why)
            return None, None
        (crc, compressed, usize), after = found
        return _ZipEntry(name, flags, method, crc, compressed, usize, data_at, mode), after
    compressed, usize = _zip64_sizes(extra, compressed, usize)
    entry = _ZipEntry(name, flags, method, crc, compressed, usize, data_at, mode)
    if entry.data_end > size:
        damage.note("cut off")
        yield name, None, damage.lose(name, cut_off(_readable_bytes(fh, entry, size), usize))
        return None, None
    return entry, entry.data_end


def _lost_in_header(name: str, damage: Damage) -> Member:
    damage.note("cut off")
    return name, None, damage.lose(name, "cut off in its header")


def _zip_member(path: Path, entry: _ZipEntry, damage: Damage) -> Member:
    if entry.name.endswith("/") and entry.size == 0:
        return entry.name, None, None
    if entry.flags & 0x1:
        return entry.name, None, "member is encrypted (password required)"
    if is_special(entry.mode):
        return entry.name, None, special_reason(entry.mode)
    if entry.method not in (STORED, DEFLATED):
        method = METHODS.get(entry.method, f"method {entry.method}")
        why = f"compressed by {method}, which is read here only from a ZIP's directory of members"
        return entry.name, None, damage.lose(entry.name, why)
    if stat.S_ISLNK(entry.mode):
        reason = too_long_target(entry.size)
        return entry.name, None if reason else _zip_link(path, entry), reason
    return entry.name, lambda: _ZipData(path, entry), None


def _zip_link(path: Path, entry: _ZipEntry) -> Opener:
    """A symbolic link's record: its data, the target, read whole and checked by its CRC."""

    def opener() -> io.BytesIO:
        with _ZipData(path, entry) as data:
            target = b"".join(iter(lambda: data.read(SCAN_CHUNK), b""))
        return io.BytesIO(link_record(SYMBOLIC, target))

    return opener


def _next_header(fh: IO[bytes], at: int, size: int, damage: Damage) -> Generator[Member, None, int | None]:
    """Where the member after the one that ended at ``at`` starts; None at the directory or the end.
    Damaged bytes between two members are skipped to the next header, and yielded as lost."""
    if _is_header(fh, at):
        return at
    if _is_directory(fh, at):
        damage.note("its directory of members is damaged")
        return None
    if at >= size:
        damage.note("cut off before its directory of members")
        return None
    found = next((f for f in _signatures(fh, at + 1, size) if _is_header(fh, f) or _is_directory(fh, f)), size)
    damage.note("damaged bytes between members")
    yield damage.lose_stretch(f"(unreadable bytes {at:,} to {found:,})", "damaged: a member there, if any, is lost")
    return found if _is_header(fh, found) else None


def _is_header(fh: IO[bytes], at: int) -> bool:
    """Whether a member's header starts at ``at``: its signature, and fields a ZIP writer sets (the
    version needed to read it, its method, a name); one cut short after its signature counts."""
    head = _read_at(fh, at, LOCAL_HEADER.size)
    if not head.startswith(LOCAL):
        return False
    if len(head) < LOCAL_HEADER.size:
        return True
    fields: tuple[int, ...] = LOCAL_HEADER.unpack(head)[1:]
    version, method, name_len = fields[0], fields[2], fields[8]
    return (version & 0xFF) <= 100 and version >> 8 <= 30 and method <= 0xFF and name_len > 0


def _is_directory(fh: IO[bytes], at: int) -> bool:
    return _read_at(fh, at, 4) in (CENTRAL, END, END64)


def _zip_name(raw: bytes, flags: int) -> str:
    if flags & 0x800 or raw.isascii():
        return raw.decode("utf-8", "replace")
    return decode_name(raw)


def _zip64_sizes(extra: bytes, compressed: int, size: int) -> tuple[int, int]:
    """A ZIP64 member's sizes, from its extra field, where the header's are 0xFFFFFFFF."""
    at = 0
    while at + 4 <= len(extra):
        kind, length = struct.unpack_from("<2H", extra, at)
        if kind == 0x0001:
            values = iter(struct.unpack_from(f"<{length // 8}Q", extra, at + 4))
            size = next(values, size) if size == 0xFFFFFFFF else size
            compressed = next(values, compressed) if compressed == 0xFFFFFFFF else compressed
            break
        at += 4 + length
    return compressed, size


def _descriptor(fh: IO[bytes], data_at: int, size: int) -> tuple[tuple[int, int, int], int] | None:
    """The CRC and sizes that follow a member's data, and where the next header starts: the first
    descriptor (with or without its signature, 32- or 64-bit sizes) whose compressed size is its
    distance from the data's start."""
    for at in _signatures(fh, data_at, size):
        if _read_at(fh, at, 4) == DESCRIPTOR:
            for fmt in ("<3L", "<L2Q"):
                values = _unpack_at(fh, at + 4, fmt)
                if values is not None and values[1] == at - data_at:
                    return (values[0], values[1], values[2]), at + 4 + struct.calcsize(fmt)
        for fmt in ("<3L", "<L2Q"):
            start = at - struct.calcsize(fmt)
            values = _unpack_at(fh, start, fmt) if start >= data_at else None
            if values is not None and values[1] == start - data_at:
                return (values[0], values[1], values[2]), at
    return None


def _signatures(fh: IO[bytes], start: int, size: int) -> Iterator[int]:
    """Where a ZIP signature starts, from ``start`` on, in order (read a chunk at a time)."""
    at = start
    while at < size:
        chunk = _read_at(fh, at, SCAN_CHUNK + 3)
        for match in _SIGNATURES.finditer(chunk):
            if match.start() < SCAN_CHUNK:
                yield at + match.start()
        at += SCAN_CHUNK


def _read_at(fh: IO[bytes], at: int, n: int) -> bytes:
    fh.seek(at)
    return fh.read(n)


def _unpack_at(fh: IO[bytes], at: int, fmt: str) -> tuple[int, ...] | None:
    raw = _read_at(fh, at, struct.calcsize(fmt))
    return struct.unpack(fmt, raw) if len(raw) == struct.calcsize(fmt) else None


def _readable_bytes(fh: IO[bytes], entry: _ZipEntry, size: int) -> int:
    """How many bytes of a cut member's content the bytes left of it hold."""
    fh.seek(entry.data_at)
    left = size - entry.data_at
    if entry.method != DEFLATED:
        return min(left, entry.size)
    inflate, out = zlib.decompressobj(-15), 0
    try:
        while left > 0 and out < entry.size:
            raw = fh.read(min(SCAN_CHUNK, left))
            left -= len(raw)
            out += len(inflate.decompress(raw))
            while inflate.unconsumed_tail and out < entry.size:
                out += len(inflate.decompress(inflate.unconsumed_tail))
    except zlib.error:
        pass
    return min(out, entry.size)


class _ZipData:
    """A member's content, read from its local header's place, inflated and checked by its CRC and
    size at the end (``MemberLost`` when either is wrong)."""

    def __init__(self, path: Path, entry: _ZipEntry) -> None:
        self.entry = entry
        self.fh = path.open("rb")
        self.fh.seek(entry.data_at)
        self.left = entry.compressed
        self.inflate = zlib.decompressobj(-15) if entry.method == DEFLATED else None
        self.crc = 0
        self.count = 0

    def __enter__(self) -> _ZipData:
        return self

    def __exit__(self, *exc: object) -> None:
        self.fh.close()

    def read(self, n: int) -> bytes:
        try:
            chunk = self._produce(n)
        except zlib.error as exc:
            raise MemberLost(f"damaged data ({exc})") from exc
        self.crc = zlib.crc32(chunk, self.crc)
        self.count += len(chunk)
        if self.count > self.entry.size:
            raise MemberLost(f"damaged: longer than the {self.entry.size:,} bytes its header gives")
        if not chunk:
            self._check()
        return chunk

    def _produce(self, n: int) -> bytes:
        if self.inflate is None:
            raw = self.fh.read(min(n, self.left))
            self.left -= len(raw)
            return raw
        while True:
            if self.inflate.unconsumed_tail:
                out = self.inflate.decompress(self.inflate.unconsumed_tail, n)
            elif self.left > 0 and not self.inflate.eof:
                raw = self.fh.read(min(n, self.left))
                self.left -= len(raw)
                out = self.inflate.decompress(raw, n) if raw else b""
                if not raw:
                    self.left = 0
            else:
                return b""
            if out:
                return out

    def _check(self) -> None:
        if self.count != self.entry.size:
            raise MemberLost(f"damaged: {self.count:,} bytes instead of the {self.entry.size:,} its header gives")
        if self.crc != self.entry.crc:
            raise MemberLost("CRC mismatch")


# -- TAR: past the damage --------------------------------------------------------------------

# What a TAR's reader raises where the archive is cut off or damaged (a compressed one's
# decompressor included).
TAR_READ_ERRORS = (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError)
_COMPRESSED = (gzip.GzipFile, bz2.BZ2File, lzma.LZMAFile)
# Why tarfile could not read a header (undocumented, and in tarfile since Python 3.2): a bad
# checksum, a block cut short, no block at all. Past the first header it takes each of them,
# silently, for the archive's end.
_INVALID: type[Exception] = tarfile.InvalidHeaderError  # type: ignore[attr-defined]
_TRUNCATED: type[Exception] = tarfile.TruncatedHeaderError  # type: ignore[attr-defined]
_EMPTY: type[Exception] = tarfile.EmptyHeaderError  # type: ignore[attr-defined]


class _NotedTarInfo(tarfile.TarInfo):
    """A TAR header that, when it cannot be read, says where and why to its archive."""

    @classmethod
    def fromtarfile(cls, archive: tarfile.TarFile) -> Self:
        try:
            found = super().fromtarfile(archive)
        except (_INVALID, _TRUNCATED, _EMPTY) as exc:
            if isinstance(archive, NotingTarFile):
                archive.bad_headers.append((archive.offset, exc))
            raise
        return found


class NotingTarFile(tarfile.TarFile):
    """A TAR archive that keeps where each header it could not read was (``bad_headers``)."""

    tarinfo = _NotedTarInfo

    def __init__(self, *args: Any, seen: list[tuple[int, Exception]] | None = None, **kwargs: Any) -> None:
        self.bad_headers: list[tuple[int, Exception]] = list(seen or [])
        self.reported = 0  # how many of them are named already
        super().__init__(*args, **kwargs)

    @property
    def found_a_member(self) -> bool:
        """Whether a header was read whole (opening reads the first)."""
        return bool(self.members)  # type: ignore[attr-defined]


def plain_size(fileobj: Any) -> int | None:
    """The size of a TAR read straight from its file (None for a compressed one, whose size is
    known only once it is all decompressed)."""
    if isinstance(fileobj, _COMPRESSED):
        return None
    here = fileobj.tell()
    end: int = fileobj.seek(0, 2)
    fileobj.seek(here)
    return end


def readable_in_stream(archive: tarfile.TarFile, info: tarfile.TarInfo) -> Callable[[], int] | None:
    """For a member of a compressed TAR: how many of its bytes the stream holds, counted by
    decompressing it again to where it stops (only once it is found cut off)."""
    if not isinstance(archive.fileobj, _COMPRESSED) or not archive.name:
        return None
    kind, path = type(archive.fileobj), archive.name

    def count() -> int:
        total = 0
        with kind(path, "rb") as stream:
            try:
                while chunk := stream.read1(SCAN_CHUNK):  # read1: what was decompressed before the end
                    total += len(chunk)
            except TAR_READ_ERRORS:
                pass
        return max(0, min(total - info.offset_data, info.size))

    return count


def cut_tar_member(info: tarfile.TarInfo, size: int | None, damage: Damage) -> str | None:
    """Why a member of an uncompressed TAR cannot be read whole: its data runs past the file's end."""
    if size is None or info.issparse() or info.offset_data + info.size <= size:
        return None
    damage.note("cut off")
    return cut_off(max(0, size - info.offset_data), info.size)


def tar_read_failed(exc: BaseException, damage: Damage) -> None:
    """Reading on failed: the archive ends there, cut off, or past damage to its compressed data."""
    cut = isinstance(exc, EOFError) or str(exc) == "unexpected end of data"
    damage.note("cut off" if cut else f"damaged data ({type(exc).__name__}: {exc}), past which nothing can be read")


def lost_before(archive: NotingTarFile, at: int | None, damage: Damage) -> Iterator[Member]:
    """The damaged stretch skipped before the header at ``at`` (None: the archive's end), named as
    a lost member by where it is: its header is gone, and its name with it."""
    bad = [offset for offset, exc in archive.bad_headers[archive.reported :] if isinstance(exc, _INVALID)]
    archive.reported = len(archive.bad_headers)
    if bad:
        end = "the end" if at is None else f"byte {at:,}"
        why = f"unreadable up to {end}: the member or members there are lost"
        yield damage.lose_stretch(f"(damaged header at byte {bad[0]:,})", why)


def read_on(archive: NotingTarFile, damage: Damage) -> Generator[Member, None, NotingTarFile | None]:
    """Where reading stopped without an error: at the end-of-archive blocks; at the file's end,
    without them (cut off); in a header cut short (cut off, that member lost); or at a damaged
    header, past which the archive is read on from the next header that is whole and
    checksum-valid, looked for a block at a time (returned; None when there is nothing to read on)."""
    if archive.ignore_zeros:  # already read on past damage, to the file's end
        yield from lost_before(archive, None, damage)
        if archive.bad_headers and isinstance(archive.bad_headers[-1][1], _TRUNCATED):
            yield _cut_in_header(archive.bad_headers[-1][0], damage)
        return None
    stop = next(((at, exc) for at, exc in reversed(archive.bad_headers) if at == archive.offset), None)
    if stop is None:
        return None  # the end-of-archive blocks
    at, exc = stop
    if isinstance(exc, _EMPTY):
        damage.note("cut off: its end-of-archive blocks are missing")
        return None
    if isinstance(exc, _TRUNCATED):
        yield _cut_in_header(at, damage)
        return None
    damage.note("a damaged header")
    fileobj = archive.fileobj
    fileobj.seek(at + tarfile.BLOCKSIZE)  # forward only: a compressed stream is not decompressed again
    return NotingTarFile(
        fileobj=fileobj, mode="r", ignore_zeros=True, encoding=archive.encoding, errors=archive.errors, seen=[stop]
    )


def _cut_in_header(at: int, damage: Damage) -> Member:
    place = f"(a member at byte {at:,})"
    damage.note("cut off")
    return place, None, damage.lose(place, "cut off in its header")


# -- 7z: the first packed stream, decompressed raw -------------------------------------------

SEVEN_ZIP = b"7z\xbc\xaf\x27\x1c"
START_HEADER = struct.Struct("<6s2sLQQL")  # signature, version, CRC, next header's offset, size, CRC
RAW_DICTIONARY = 256 * 1024 * 1024  # at least any dictionary 7-Zip's presets use (64 MiB at most)
PROBE_BYTES = 64 * 1024


def seven_zip_raw(path: Path, damage: Damage) -> Iterator[Member]:
    """A 7z cut off before its closing header: the packed data after its start header, decompressed
    raw, as one member (the names were in the header that is lost). Nothing when the archive is
    not cut so, or its data is not LZMA2 or LZMA (with 7-Zip's default properties)."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(START_HEADER.size)
        probe = fh.read(PROBE_BYTES)
    if len(head) < START_HEADER.size or not head.startswith(SEVEN_ZIP):
        return
    _sig, _version, _crc, next_offset, next_size, _next_crc = START_HEADER.unpack(head)
    if next_offset > 0 and START_HEADER.size + next_offset + next_size <= size:
        return  # the closing header is there: damaged otherwise, which this cannot mend
    filters = next((f for f in _raw_filters() if _decodes(probe, f)), None)
    if filters is None:
        return
    damage.note("cut off before its closing header, which held its members' names")
    damage.members_known = False
    yield RECOVERED_7Z, lambda: _RawLzma(path, filters, damage), None


def _raw_filters() -> list[list[dict[str, int]]]:
    return [
        [{"id": lzma.FILTER_LZMA2, "dict_size": RAW_DICTIONARY}],
        [{"id": lzma.FILTER_LZMA1, "dict_size": RAW_DICTIONARY, "lc": 3, "lp": 0, "pb": 2}],
    ]


def _decodes(probe: bytes, filters: list[dict[str, int]]) -> bool:
    """Whether the first packed bytes decode as this coder's stream (an LZMA stream starts with a
    zero byte; an LZMA2 stream's first chunk resets the dictionary, or the decoder refuses it)."""
    if not probe or (filters[0]["id"] == lzma.FILTER_LZMA1 and probe[0] != 0):
        return False
    try:
        return bool(lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=filters).decompress(probe, PROBE_BYTES))
    except lzma.LZMAError:
        return False


class _RawLzma:
    """The packed data after a 7z's start header, decompressed as far as it goes: to the stream's
    end, the file's end, or the first bytes that do not decode (noted as damage)."""

    def __init__(self, path: Path, filters: list[dict[str, int]], damage: Damage) -> None:
        self.fh = path.open("rb")
        self.fh.seek(START_HEADER.size)
        self.decoder = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=filters)
        self.damage = damage
        self.done = False

    def __enter__(self) -> _RawLzma:
        return self

    def __exit__(self, *exc: object) -> None:
        self.fh.close()

    def read(self, n: int) -> bytes:
        while not self.done:
            raw = b"" if not self.decoder.needs_input else self.fh.read(PROBE_BYTES)
            if self.decoder.needs_input and not raw:
                self.done = True
                break
            try:
                out = self.decoder.decompress(raw, n)
            except lzma.LZMAError:
                self.damage.note(f"its data stops decoding at byte {self.fh.tell():,}")
                self.done = True
                break
            self.done = self.decoder.eof
            if out:
                return out
        return b""
