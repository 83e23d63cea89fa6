"""ZIP, TAR, 7z and RAR archives, unpacked safely: no path escapes, no bombs, bounded size; a link
member is recorded as a document of its own (``links``), never followed."""

from __future__ import annotations

import bz2
import contextlib
import gzip
import io
import lzma
import posixpath
import stat
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any, cast

from habeas.config import IngestLimits
from habeas.errors import ExtractionError
from habeas.ingest.links import (
    COPY,
    HARD,
    JUNCTION,
    LINK_TARGET_MAX,
    SYMBOLIC,
    is_special,
    link_opener,
    link_record,
    special_reason,
    symbolic_link_in,
    too_long_target,
)
from habeas.ingest.model import DAMAGED, ERROR, ChildFile, Extracted, Member, Opener
from habeas.ingest.salvage import (
    TAR_READ_ERRORS,
    CheckedRead,
    Damage,
    MemberLost,
    NotingTarFile,
    cut_tar_member,
    lost_before,
    plain_size,
    read_on,
    readable_in_stream,
    seven_zip_raw,
    tar_read_failed,
    zip_local_members,
)
from habeas.ingest.text import decode_name
from habeas.ingest.volumes import JoinedVolumes, next_volume_note, volume_name, volumes_beside

CHUNK = 1024 * 1024
# How rarfile says, without raising, that the last volume it read says another follows.
_RAR_NEXT_VOLUME_MISSING = "Cannot open next volume"


class _MissingVolume(ExtractionError):
    """The archive's own headers say a volume follows the last one here: its failure line names it."""


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

    def cap(self) -> int:
        """The most bytes this archive may write out, by every limit at once."""
        by_ratio = max(1024 * 1024, int(self.limits.archive_max_ratio * self.archive_size))
        limit = min(self.limits.archive_max_total_bytes, by_ratio)
        return limit if self.room is None else min(limit, self.room)

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
    (a ZIP's exactly; a TAR's cannot be without unpacking them, so only the one cut short).
    The first volume of a split archive, with the volumes that follow it beside it (named as their
    set names them), is read with them as one archive; its limits hold for all its volumes' bytes."""
    volumes = volumes_beside(path, name)
    volume = volume_name(name) if len(volumes) == 1 else None
    one_part = volume is not None and not volume.standalone
    try:
        extracted = _extract_members(volumes, name, file_type, workdir, limits, room)
    except _MissingVolume:
        raise
    except ExtractionError as exc:
        if len(volumes) > 1:
            raise ExtractionError(
                f"{exc} (its {len(volumes)} volumes, {volumes[0].name} to {volumes[-1].name}, read together: "
                "one of them is damaged, or a volume after the last is missing)"
            ) from exc
        if one_part:
            raise ExtractionError(
                f"{exc}; {name!r} looks like one part of a split archive, which cannot be read without the other parts"
            ) from exc
        raise
    if one_part and DAMAGED in extracted.metadata:
        extracted.error = f"{extracted.error}; {name!r} looks like one part of a split archive, the others not here"
    return extracted


def _extract_members(
    volumes: list[Path], name: str, file_type: str, workdir: Path, limits: IngestLimits, room: int | None
) -> Extracted:
    budget = _Budget(sum(volume.stat().st_size for volume in volumes), limits, room)
    extracted = Extracted(file_type=file_type, title=name)
    damage = Damage()
    if file_type == "7z":  # unpacked before it is read: only as much as the budget allows, by the sizes declared
        members = _7z_members(volumes, name, workdir, budget.cap(), damage)
    else:
        members = _MEMBERS.get(file_type, _tar_members)(volumes, name, workdir, damage)
    listing = []
    files = 0
    for count, (member_name, opener, problem) in enumerate(members, start=1):
        if count > limits.archive_max_members:
            raise ExtractionError(f"archive has more than {limits.archive_max_members} members")
        listing.append(member_name)
        files += (opener is not None or problem is not None) and member_name not in damage.stretches
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
        except FileNotFoundError as exc:  # a RAR member that runs on into a volume not beside it
            raise ExtractionError(f"member {member_name!r} runs on into another volume, which is not here") from exc
        except MemberLost as exc:  # cut off or changed by damage: what was written of it is not kept
            target.unlink(missing_ok=True)
            damage.note(exc.how)
            extracted.child_errors.append((member_name, damage.lose(member_name, str(exc))))
            continue
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
    if len(volumes) > 1:
        extracted.metadata["volumes_read"] = len(volumes)
    if damage:
        _say_damaged(extracted, damage, files)
    return extracted


def _say_damaged(extracted: Extracted, damage: Damage, files: int) -> None:
    """The archive's document says it is damaged and what was recovered; with nothing recovered
    it is in error (each lost member has its own failure line either way)."""
    recovered = len(extracted.children)
    extracted.metadata.update(damage.as_meta(recovered, files))
    extracted.error = f"damaged {extracted.file_type} archive, {damage.summary(recovered, files)}"
    if not recovered and not extracted.not_expanded:
        extracted.status = ERROR


@contextlib.contextmanager
def _opened(volumes: list[Path]) -> Iterator[Path | IO[bytes]]:
    """The archive to read: its one file, or its volumes joined (closed when done)."""
    if len(volumes) == 1:
        yield volumes[0]
        return
    with JoinedVolumes(volumes) as joined:
        yield cast(IO[bytes], joined)


def _zip_members(volumes: list[Path], name: str, workdir: Path, damage: Damage) -> Iterator[Member]:
    """A ZIP read by its directory of members; one whose directory cannot be read (cut off,
    damaged), by the headers before each member (one file only, not a set of volumes)."""
    with _opened(volumes) as source:
        try:
            archive = zipfile.ZipFile(source)
            if isinstance(source, JoinedVolumes):
                _place_spanned_members(archive, source)
        except (zipfile.BadZipFile, OSError, struct.error) as exc:
            unread = f"damaged or truncated ZIP archive: {exc}"
            if not isinstance(source, Path):
                raise ExtractionError(unread) from exc
        else:
            yield from _zip_archive_members(archive)
            return
    try:
        yield from zip_local_members(volumes[0], damage)
    except ExtractionError as exc:
        raise ExtractionError(f"{unread}; {exc}") from exc


def _zip_archive_members(archive: zipfile.ZipFile) -> Iterator[Member]:
    with archive:
        infos = archive.infolist()
        names = _zip_names(infos)
        for info, member_name in zip(infos, names, strict=True):
            if info.is_dir():
                yield member_name, None, None
            elif info.flag_bits & 0x1:
                yield member_name, None, "member is encrypted (password required)"
            else:
                yield _zip_member(archive, info, member_name)


def _zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, member_name: str) -> Member:
    """A file; or, where its external attributes hold a Unix mode that says so (Info-ZIP's
    ``zip --symlinks``), a symbolic link, whose data is its target, or a special file."""
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        reason = too_long_target(info.file_size)
        return member_name, None if reason else symbolic_link_in(_zip_opener(archive, info)), reason
    if is_special(mode):
        return member_name, None, special_reason(mode)
    return member_name, _zip_opener(archive, info), None


def _place_spanned_members(archive: zipfile.ZipFile, joined: JoinedVolumes) -> None:
    """In a spanned ZIP (x.z01, x.z02... x.zip) each member's offset counts from the start of its own
    volume, which the ZIP's directory names: placed in the joined volumes instead. A byte-split ZIP
    (x.zip.001...) is one ZIP cut in pieces and needs nothing."""
    joined.seek(max(0, joined.size - 22 - 0xFFFF))
    tail = joined.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0:
        return
    _sig, disk, _cd_disk, _here, _total, _cd_size, cd_offset, _comment = struct.unpack("<4s4H2LH", tail[at : at + 22])
    if disk == 0:
        return
    added = archive.start_dir - cd_offset  # what zipfile added to each offset, as if before the last volume
    for info in archive.infolist():
        if info.volume >= len(joined.starts):
            raise zipfile.BadZipFile(f"member {info.filename!r} is on volume {info.volume + 1}, which is not here")
        info.header_offset += joined.starts[info.volume] - added
    if hasattr(zipfile.ZipInfo(), "_end_offset"):  # where each member ends, as zipfile checks it since 3.12
        end = archive.start_dir
        for info in sorted(archive.infolist(), key=lambda i: i.header_offset, reverse=True):
            info._end_offset = end  # type: ignore[attr-defined]
            end = info.header_offset


def _zip_names(infos: list[zipfile.ZipInfo]) -> list[str]:
    """Member names: those not flagged UTF-8 are in whatever encoding the archiver's system used
    (Python reads them as code page 437); all of one archive's are decoded together, as one
    sample, in the encoding that reads them best (GBK, Big5, Shift-JIS...)."""
    legacy = [i for i in infos if not i.flag_bits & 0x800]
    raw = [i.filename.encode("cp437", "replace") for i in legacy]
    if not raw or all(r.isascii() for r in raw):
        return [i.filename for i in infos]
    decoded = decode_name(b"\n".join(r.replace(b"\n", b" ") for r in raw)).split("\n")
    if len(decoded) != len(raw):
        return [i.filename for i in infos]
    readings = iter(decoded)
    return [next(readings) if not i.flag_bits & 0x800 else i.filename for i in infos]


def _7z_members(volumes: list[Path], name: str, workdir: Path, cap: int, damage: Damage) -> Iterator[Member]:
    """A 7-Zip archive (py7zr). Members are unpacked together on first use (a solid archive can only
    be read from its start), each then read from disk; their sizes are checked by the budget. One
    cut off before its closing header is recovered raw, where it can be (``seven_zip_raw``)."""
    import py7zr

    with _opened(volumes) as source:
        try:
            archive = py7zr.SevenZipFile(source)
        except py7zr.exceptions.PasswordRequired as exc:
            raise ExtractionError("encrypted 7z archive: it needs a password to open") from exc
        except (py7zr.exceptions.Bad7zFile, py7zr.exceptions.ArchiveError, OSError, EOFError, ValueError) as exc:
            recovered = list(seven_zip_raw(volumes[0], damage)) if len(volumes) == 1 else []
            if not recovered:
                raise ExtractionError(f"damaged or truncated 7z archive: {exc}") from exc
            yield from recovered
            return
        with archive:
            encrypted = archive.needs_password()
            infos = archive.list()
    folder: list[Path] = []
    links: dict[str, bytes] = {}
    fitting: set[str] = set()
    declared = 0
    for info in infos:  # a link's target is read by unpacking the archive up to it, so it counts too
        if (_plain_7z(info) or _link_7z(info)) and not encrypted:
            declared += int(info.uncompressed or 0)
            if declared > cap:
                break
            fitting.add(info.filename)
    link_names = sorted(fitting.intersection(i.filename for i in infos if _link_7z(i)))
    files = sorted(fitting.difference(link_names))

    def opener_for(member: str) -> Opener:
        def opener() -> IO[bytes]:
            if member not in fitting:
                raise _OutOfRoom
            if not folder:
                folder.append(_unpack_7z(volumes, files, workdir))
            return (folder[0] / member).open("rb")

        return opener

    def link_opener_for(member: str) -> Opener:
        def opener() -> IO[bytes]:
            if member not in fitting:
                raise _OutOfRoom
            if not links:
                links.update(_7z_link_targets(volumes, link_names))
            if member not in links:
                raise MemberLost("its link target could not be read")
            return io.BytesIO(link_record(SYMBOLIC, links[member]))

        return opener

    for info in infos:
        if info.is_directory:
            yield info.filename, None, None
        elif encrypted:
            yield info.filename, None, "member is encrypted (password required)"
        elif info.is_symlink:
            reason = too_long_target(int(info.uncompressed or 0))
            yield info.filename, None if reason else link_opener_for(info.filename), reason
        elif not info.is_file:
            yield info.filename, None, special_reason(0)
        else:
            yield info.filename, opener_for(info.filename), None


def _plain_7z(info: Any) -> bool:
    return bool(info.is_file) and unsafe_member_reason(info.filename) is None


def _link_7z(info: Any) -> bool:
    """A symbolic link whose own name is safe and whose target may be read."""
    return (
        bool(info.is_symlink)
        and unsafe_member_reason(info.filename) is None
        and too_long_target(int(info.uncompressed or 0)) is None
    )


def _7z_link_targets(volumes: list[Path], members: list[str]) -> dict[str, bytes]:
    """The targets of symbolic link members, unpacked into memory only: py7zr writes nothing to
    disk with a writer factory, and creates no link."""
    import py7zr
    from py7zr.io import BytesIOFactory

    factory = BytesIOFactory(LINK_TARGET_MAX)
    try:
        with _opened(volumes) as source, py7zr.SevenZipFile(source) as archive:
            archive.extract(targets=members, factory=factory)
    except (py7zr.exceptions.ArchiveError, OSError, EOFError, ValueError) as exc:
        raise MemberLost(f"damaged 7z archive: {exc}") from exc
    targets = {}
    for name, product in factory.products.items():
        product.seek(0)
        targets[name] = product.read(LINK_TARGET_MAX)
    return targets


def _unpack_7z(volumes: list[Path], members: list[str], workdir: Path) -> Path:
    import tempfile

    import py7zr

    folder = Path(tempfile.mkdtemp(prefix="7z-", dir=workdir))
    try:
        with _opened(volumes) as source, py7zr.SevenZipFile(source) as archive:
            archive.extract(path=folder, targets=members)
    except (py7zr.exceptions.ArchiveError, OSError, EOFError, ValueError) as exc:
        raise ExtractionError(f"damaged 7z archive: {exc}") from exc
    return folder


def _rar_members(volumes: list[Path], name: str, workdir: Path, damage: Damage) -> Iterator[Member]:
    """A RAR archive (rarfile, with unar or bsdtar to decompress); rarfile finds the volumes after
    the first beside it by itself."""
    import rarfile

    try:
        archive = rarfile.RarFile(str(volumes[0]))
        if archive.needs_password() and not archive.infolist():
            raise rarfile.PasswordRequired("the archive's list of members is encrypted")
        if not archive.infolist():  # rarfile stops quietly where the headers are cut off
            raise rarfile.BadRarFile("no member could be read, or it holds none")
    except rarfile.PasswordRequired as exc:
        raise ExtractionError("encrypted RAR archive: it needs a password to open") from exc
    except (rarfile.Error, OSError, EOFError) as exc:
        raise ExtractionError(f"damaged or truncated RAR archive: {exc}") from exc
    if (archive.strerror() or "").startswith(_RAR_NEXT_VOLUME_MISSING):
        archive.close()
        raise _MissingVolume(next_volume_note(name, len(volumes), "rar"))
    with archive:
        for info in archive.infolist():
            member = info.filename or ""
            if info.is_dir():
                yield member, None, None
            elif info.needs_password():
                yield member, None, "member is encrypted (password required)"
            else:
                yield _rar_member(archive, info, member)
        stopped = archive.strerror()  # where rarfile stopped reading headers, quietly
        if stopped:
            damage.note(f"its headers stop reading ({stopped})")
            why = "unreadable: the member or members there, if any, are lost"
            yield damage.lose_stretch("(what follows the last header read)", why)


# RAR 5's kinds of file redirection (rarfile's RAR5_XREDIR_*), as kinds of link.
_RAR_REDIRECTIONS = {1: SYMBOLIC, 2: SYMBOLIC, 3: JUNCTION, 4: HARD, 5: COPY}


def _rar_member(archive: Any, info: Any, member: str) -> Member:
    """A file; a link recorded (a RAR 5 redirection, a RAR 3 Unix symbolic link, whose data is
    its target); or a hard link or file copy read as the member it names, when that is here."""
    redirection = getattr(info, "file_redir", None)
    if redirection:
        kind = _RAR_REDIRECTIONS.get(redirection[0], SYMBOLIC)
        target = str(redirection[2])
        if kind in (HARD, COPY) and _rar_file_named(archive, target):
            return member, _rar_opener(archive, info), None
        return member, link_opener(kind, target.encode("utf-8", "surrogateescape")), None
    if info.is_symlink():
        reason = too_long_target(info.file_size)
        return member, None if reason else symbolic_link_in(_rar_opener(archive, info)), reason
    if not info.is_file():
        return member, None, special_reason(getattr(info, "mode", 0) or 0)
    return member, _rar_opener(archive, info), None


def _rar_file_named(archive: Any, name: str) -> bool:
    import rarfile

    try:
        linked = archive.getinfo(name)
    except rarfile.NoRarEntry:
        return False
    return bool(linked.is_file()) and not getattr(linked, "file_redir", None)


def _rar_opener(archive: Any, info: Any) -> Opener:
    import rarfile

    def opener() -> CheckedRead:
        try:
            stream = archive.open(info)
        except (rarfile.Error, EOFError) as exc:  # its data cut off or damaged
            raise MemberLost(f"damaged or cut off ({exc})") from exc
        return CheckedRead(stream, info.file_size, (rarfile.Error, EOFError))

    return opener


def _zip_opener(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Opener:
    def opener() -> CheckedRead:
        try:
            stream = archive.open(info)
        except (zipfile.BadZipFile, EOFError) as exc:  # its local header damaged
            raise MemberLost(f"damaged header ({exc})", "a damaged header") from exc
        return CheckedRead(stream, info.file_size, (zipfile.BadZipFile, EOFError, zlib.error, lzma.LZMAError, OSError))

    return opener


def _tar_members(volumes: list[Path], name: str, workdir: Path, damage: Damage) -> Iterator[Member]:
    with _opened(volumes) as source:
        try:
            archive = _open_tar(source)
        except tarfile.ReadError:
            if not isinstance(source, Path):
                raise ExtractionError("its volumes joined are not a readable TAR archive") from None
            yield from _single_compressed(source, name, damage)
            return
        except (OSError, EOFError) as exc:
            raise ExtractionError(f"damaged or truncated TAR archive: {exc}") from exc
        yield from _tar_archive_members(archive, damage)


def _tar_past_its_first_header(path: Path, damage: Damage) -> Iterator[Member]:
    """An uncompressed TAR whose first header is damaged: read on from the next header that is
    whole and checksum-valid (``read_on``); not a TAR at all when there is none."""
    try:
        archive = NotingTarFile.open(path, mode="r:", ignore_zeros=True, encoding="utf-8", errors="surrogateescape")
    except TAR_READ_ERRORS:
        archive = None
    if archive is None or not archive.found_a_member:
        if archive is not None:
            archive.close()
        raise ExtractionError("not a readable TAR archive")
    damage.note("a damaged header")
    yield from _tar_archive_members(archive, damage)


def _open_tar(source: Path | IO[bytes]) -> NotingTarFile:
    if isinstance(source, Path):
        return NotingTarFile.open(source, mode="r:*", encoding="utf-8", errors="surrogateescape")
    return NotingTarFile.open(fileobj=source, mode="r:*", encoding="utf-8", errors="surrogateescape")


def _tar_archive_members(archive: NotingTarFile, damage: Damage) -> Iterator[Member]:
    """The members up to the damage, if any; the member it cuts off, lost; and past a damaged
    header, the members after it (``read_on``)."""
    with archive:
        size = plain_size(archive.fileobj)
        part: NotingTarFile | None = archive
        try:
            while part is not None:
                files: dict[str, tarfile.TarInfo] = {}  # the regular files read so far, for hard links
                for info in part:
                    yield from lost_before(part, info.offset, damage)
                    yield _tar_member(part, info, size, damage, files)
                    if info.isfile():
                        files[posixpath.normpath(info.name)] = info
                part = yield from read_on(part, damage)
        except TAR_READ_ERRORS as exc:
            if part is not None:
                yield from lost_before(part, None, damage)
            tar_read_failed(exc, damage)


def _tar_member(
    archive: tarfile.TarFile, info: tarfile.TarInfo, size: int | None, damage: Damage, files: dict[str, tarfile.TarInfo]
) -> Member:
    member = _tar_name(info.name)
    if info.isdir():
        return member, None, None
    if info.issym() or info.islnk():
        return _tar_link(archive, info, member, files)
    if not info.isfile():
        return member, None, special_reason(_TAR_SPECIAL_MODES.get(info.type, 0))
    cut = cut_tar_member(info, size, damage)
    if cut:
        return member, None, damage.lose(member, cut)
    return member, _tar_opener(archive, info), None


# The special members of a TAR, by their type, as the file type bits of a mode.
_TAR_SPECIAL_MODES = {tarfile.CHRTYPE: stat.S_IFCHR, tarfile.BLKTYPE: stat.S_IFBLK, tarfile.FIFOTYPE: stat.S_IFIFO}


def _tar_link(
    archive: tarfile.TarFile, info: tarfile.TarInfo, member: str, files: dict[str, tarfile.TarInfo]
) -> Member:
    """A symbolic link, recorded; a hard link, read as the regular file it names where that file
    came earlier in the archive (``files``, by name only), else recorded."""
    target = info.linkname.encode("utf-8", "surrogateescape")
    reason = too_long_target(len(target))
    if reason:
        return member, None, reason
    linked = files.get(posixpath.normpath(info.linkname)) if info.islnk() else None
    if linked is not None:
        return member, _tar_opener(archive, linked), None
    return member, link_opener(HARD if info.islnk() else SYMBOLIC, target), None


def _tar_name(name: str) -> str:
    """A TAR member's name, decoded on its own where it is not UTF-8."""
    raw = name.encode("utf-8", "surrogateescape")
    return name if raw.isascii() else decode_name(raw)


def _tar_opener(archive: tarfile.TarFile, info: tarfile.TarInfo) -> Opener:
    def opener() -> CheckedRead:
        handle = archive.extractfile(info)
        if handle is None:
            raise ExtractionError(f"cannot read member {info.name}")
        return CheckedRead(handle, info.size, TAR_READ_ERRORS, readable_in_stream(archive, info))

    return opener


def _single_compressed(path: Path, name: str, damage: Damage) -> Iterator[Member]:
    """A lone .gz/.bz2/.xz file: one member, the file inside; else a TAR whose first header is damaged."""
    with path.open("rb") as fh:
        head = fh.read(6)
    openers: dict[bytes, Callable[[Path], Any]] = {
        b"\x1f\x8b": lambda p: gzip.open(p, "rb"),  # noqa: SIM115 (the caller closes it)
        b"BZh": lambda p: bz2.open(p, "rb"),  # noqa: SIM115
        b"\xfd7zXZ": lambda p: lzma.open(p, "rb"),  # noqa: SIM115
    }
    for magic, decompressed in openers.items():
        if head.startswith(magic):
            yield Path(name).stem or "content", _checked(decompressed, path), None
            return
    yield from _tar_past_its_first_header(path, damage)


def _checked(decompressed: Callable[[Path], Any], path: Path) -> Opener:
    return lambda: CheckedRead(decompressed(path), None, TAR_READ_ERRORS)


_MEMBERS: dict[str, Callable[[list[Path], str, Path, Damage], Iterator[Member]]] = {
    "zip": _zip_members,
    "rar": _rar_members,
}
