"""Archives split into volumes: telling a volume by its name, grouping the volumes of one archive,
and reading them together as one stream of bytes.

The naming schemes, each with the order of its volumes:
- byte-split (7-Zip's ``-v``, HJSplit...): ``x.7z.001``, ``x.7z.002``... (also ``.zip.NNN`` and
  ``.tar.NNN``); the volumes joined end to end are the archive;
- ZIP spanned archives (Info-ZIP's ``zip -s``, WinZip): ``x.z01``, ``x.z02``... and ``x.zip`` last;
- RAR volumes: ``x.part1.rar``, ``x.part2.rar``... or the older ``x.rar``, ``x.r00``, ``x.r01``...

A ``x.zip`` or ``x.rar`` is a volume only beside others of its set; alone it is a whole archive."""

from __future__ import annotations

import bisect
import io
import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

BYTE_SPLIT = "byte-split"
ZIP_SPANNED = "zip-spanned"
RAR_PARTS = "rar-parts"
RAR_OLD = "rar-old"

# Tried in this order: "x.part2.rar" is a RAR part before it is an old-style "x.part2" + ".rar".
_SCHEMES = (
    (BYTE_SPLIT, re.compile(r"^(?P<base>.+\.(?P<kind>7z|zip|tar))\.(?P<number>\d{3,})$", re.IGNORECASE)),
    (RAR_PARTS, re.compile(r"^(?P<base>.+)\.part(?P<number>\d+)\.(?P<kind>rar)$", re.IGNORECASE)),
    (RAR_OLD, re.compile(r"^(?P<base>.+)\.(?:(?P<kind>rar)|r(?P<number>\d{2}))$", re.IGNORECASE)),
    (ZIP_SPANNED, re.compile(r"^(?P<base>.+)\.(?:(?P<kind>zip)|z(?P<number>\d{2}))$", re.IGNORECASE)),
)
_KIND_OF_SCHEME = {RAR_PARTS: "rar", RAR_OLD: "rar", ZIP_SPANNED: "zip"}
LAST = 10**9  # the number of a spanned ZIP's last volume (x.zip), which comes after every x.zNN


@dataclass(frozen=True)
class VolumeName:
    """What a file's name says about the volume it is: its set (scheme and base name), its place in
    the set (1 for the first) and how many digits its number is written with."""

    scheme: str
    base: str
    number: int
    width: int
    kind: str  # the archive's format: 7z, zip, tar or rar

    @property
    def set_key(self) -> tuple[str, str]:
        return self.scheme, self.base.lower()

    @property
    def standalone(self) -> bool:
        """Whether the name is also that of a whole archive (x.zip, x.rar): a volume only beside others."""
        return (self.scheme == ZIP_SPANNED and self.number == LAST) or (self.scheme == RAR_OLD and self.number == 1)

    @property
    def whole_alone(self) -> bool:
        """Whether the file may be a whole archive when no other volume of its set is beside it:
        a whole archive's name, or a first volume (a set of one volume), except a spanned ZIP's
        x.z01, whose directory is always in x.zip."""
        return self.standalone or (self.number == 1 and self.scheme != ZIP_SPANNED)

    def name_of(self, number: int) -> str:
        """The name the volume ``number`` of the same set has."""
        digits = f"{number:0{self.width}d}"
        if self.scheme == BYTE_SPLIT:
            return f"{self.base}.{digits}"
        if self.scheme == RAR_PARTS:
            return f"{self.base}.part{digits}.rar"
        if self.scheme == RAR_OLD:
            return f"{self.base}.rar" if number == 1 else f"{self.base}.r{number - 2:02d}"
        return f"{self.base}.zip" if number == LAST else f"{self.base}.z{number:02d}"


def volume_name(name: str) -> VolumeName | None:
    """The volume a file name names, or None when it names none."""
    for scheme, pattern in _SCHEMES:
        match = pattern.match(name)
        if match is None:
            continue
        written = match.group("number")
        kind = _KIND_OF_SCHEME.get(scheme) or match.group("kind").lower()
        return VolumeName(scheme, match.group("base"), _number(scheme, written), len(written or "01"), kind)
    return None


def required_volume_name(name: str) -> VolumeName:
    """The volume a file name names; a ValueError when it names none."""
    found = volume_name(name)
    if found is None:
        raise ValueError(f"{name!r} is not the name of a volume")
    return found


def archive_kind(name: str) -> str:
    """The format of the archive a volume is part of, by its name ("unknown" for no volume's name)."""
    found = volume_name(name)
    return found.kind if found else "unknown"


def _number(scheme: str, written: str | None) -> int:
    if scheme == RAR_OLD:
        return 1 if written is None else int(written) + 2  # x.rar, then x.r00, x.r01...
    if scheme == ZIP_SPANNED:
        return LAST if written is None else int(written)  # x.z01, x.z02... then x.zip
    return int(written or 0)


def volumes_beside(path: Path, name: str) -> list[Path]:
    """The file and the volumes that follow it in its folder, in order, when it is the first volume
    of a set and the next one is there; else the file alone. The folder is looked into for the
    names the set's volumes have, one at a time, never listed."""
    first = volume_name(name)
    if first is None or first.number != 1:
        return [path]
    found = [path]
    number = 2
    while (path.parent / first.name_of(number)).is_file():
        found.append(path.parent / first.name_of(number))
        number += 1
    last = path.parent / first.name_of(LAST)
    if first.scheme == ZIP_SPANNED and last.is_file():
        found.append(last)
    return found


T = TypeVar("T")


@dataclass
class VolumeSet(Generic[T]):
    """The volumes of one split archive found together, in order, and the names of those missing."""

    first: VolumeName
    volumes: list[tuple[VolumeName, T]]
    missing: list[str]

    @property
    def complete(self) -> bool:
        return not self.missing

    def note(self, volume: VolumeName) -> str:
        """Why a volume of an incomplete set cannot be read."""
        return f"{missing_note(volume, self.missing, 'not in this ingest')} (ingest every volume together)"


def missing_note(volume: VolumeName, missing: list[str], why: str) -> str:
    """Why a volume cannot be read: the volumes of its set that are missing, and why they are."""
    place = "the last volume" if volume.number == LAST else f"volume {volume.number}"
    verb = "is" if len(missing) == 1 else "are"
    return f"{place} of a split {volume.kind} archive; {', '.join(missing)} {verb} {why}, so its members cannot be read"


def next_volume_note(name: str, count: int, kind: str) -> str:
    """Why an archive read from ``count`` volumes, the first named ``name``, cannot be read: the last
    of them says another volume follows, and that one is not here. It is named as the set names it
    (the archive's reader is given the stored volumes, whose own names say nothing)."""
    first = volume_name(name)
    if first is None:
        return f"one volume of a split {kind} archive; the volume after it is not here, so its members cannot be read"
    last, after = first.name_of(first.number + count - 1), first.name_of(first.number + count)
    return f"{missing_note(first, [f'{after}, the volume after {last},'], 'not here')} (ingest every volume together)"


def volume_sets(
    items: Iterable[T], name_of: Callable[[T], str], place_of: Callable[[T], Hashable]
) -> list[VolumeSet[T]]:
    """The split archives among ``items``: their volumes grouped by set (the same base name and
    scheme, in the same place), each set with the volumes it misses. A file that may be a whole
    archive with no other volume of its set beside it (``VolumeName.whole_alone``) is no set."""
    grouped: dict[tuple[Hashable, tuple[str, str]], list[tuple[VolumeName, T]]] = {}
    for item in items:
        volume = volume_name(name_of(item))
        if volume is not None:
            grouped.setdefault((place_of(item), volume.set_key), []).append((volume, item))
    sets = []
    for volumes in grouped.values():
        volumes.sort(key=lambda pair: pair[0].number)
        numbers = {volume.number for volume, _item in volumes}
        if len(numbers) < len(volumes) or (len(volumes) == 1 and volumes[0][0].whole_alone):
            continue  # the same name twice (differing only in case), or no split archive
        sets.append(VolumeSet(volumes[0][0], volumes, _missing(volumes[0][0], numbers)))
    return sets


def gather_sets(
    items: list[T],
    name_of: Callable[[T], str],
    place_of: Callable[[T], Hashable],
    carrying: Callable[[T, tuple[T, ...]], T],
    noted: Callable[[T, str], T],
) -> list[T]:
    """The items with the volumes of each split archive among them found together: a set whose
    volumes are all here becomes its first volume ``carrying`` the others (which leave the list);
    each volume of a set that misses some is ``noted`` with why it cannot be read. Everything
    else is left as it is, in its order."""
    changed: dict[int, T | None] = {}
    for found in volume_sets(items, name_of, place_of):
        if found.complete:
            first, *later = (item for _volume, item in found.volumes)
            changed[id(first)] = carrying(first, tuple(later))
            changed.update((id(item), None) for item in later)
        else:
            changed.update((id(item), noted(item, found.note(volume))) for volume, item in found.volumes)
    kept = (changed.get(id(item), item) for item in items)
    return [item for item in kept if item is not None]


def names_missing(names: list[str], present: Iterable[str]) -> list[str]:
    """The names of a set's volumes (``names``, in order) that are not among those ``present``."""
    absent = set(names) - set(present)
    return [name for name in names if name in absent]


def _missing(first: VolumeName, numbers: set[int]) -> list[str]:
    """The names of the volumes the set lacks, as far as the names present tell."""
    counted = numbers - {LAST}
    wanted = set(range(1, max(counted, default=0) + 1))
    if first.scheme == ZIP_SPANNED:
        wanted.add(LAST)
    return [first.name_of(number) for number in sorted(wanted - numbers)]


class JoinedVolumes(io.RawIOBase):
    """The volumes' bytes one after the other, as one read-only, seekable file."""

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self._files = [path.open("rb") for path in paths]
        self.starts: list[int] = []
        total = 0
        for handle in self._files:
            self.starts.append(total)
            total += handle.seek(0, io.SEEK_END)
        self.size = total
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        origin = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self.size}[whence]
        self._position = max(0, origin + offset)
        return self._position

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        """Fill ``buffer`` from the position on, across volumes (readers such as tarfile take a short
        read for the end of the file)."""
        view = memoryview(buffer).cast("B")
        filled = 0
        while filled < len(view) and self._position < self.size:
            index = bisect.bisect_right(self.starts, self._position) - 1  # past any empty volume
            handle = self._files[index]
            handle.seek(self._position - self.starts[index])
            count = handle.readinto(view[filled:])
            if not count:  # the volume is shorter than when it was opened
                break
            filled += count
            self._position += count
        return filled

    def close(self) -> None:
        for handle in self._files:
            handle.close()
        super().close()


@dataclass(frozen=True)
class VolumeFile:
    """One stored volume of a set read together: its name, where it sits in the set, its bytes."""

    name: str
    number: int
    sha256: str
    size: int

    def as_meta(self, document: str) -> dict[str, str | int]:
        return {"name": self.name, "sha256": self.sha256, "size": self.size, "document": document}

    def link_meta(self, document: str, position: int) -> dict[str, str | int]:
        """What a later volume's metadata says of this one, the first (``volume_of``)."""
        return {"document": document, "name": self.name, "sha256": self.sha256, "volume": position}


def volumes_meta(volumes: tuple[VolumeFile, ...], document_of: Callable[[str], str]) -> list[dict[str, str | int]]:
    """The first volume's ``metadata.volumes``: each volume read, in order, with its hash and its
    own document (``document_of`` a SHA-256)."""
    return [{"volume": n, **v.as_meta(document_of(v.sha256))} for n, v in enumerate(volumes, start=1)]


def link_volumes(volumes: tuple[VolumeFile, ...], folder: Path, path_of: Callable[[str], Path]) -> Path:
    """Links to the stored volumes (``path_of`` a SHA-256), in a folder of their own, named as their
    set names them, so the archive's reader finds each volume after the first beside it; the
    first volume's link."""
    first = required_volume_name(volumes[0].name)
    folder.mkdir(parents=True)
    for volume in volumes:
        (folder / first.name_of(volume.number)).symlink_to(path_of(volume.sha256))
    return folder / first.name_of(first.number)


def later_volume_text(position: int, count: int, first: VolumeFile, first_document: str) -> str:
    """What a later volume's document says: whose volume it is, and where its members went."""
    found = volume_name(first.name)
    kind = f"{found.kind} " if found else ""
    return (
        f"Volume {position} of {count} of a split {kind}archive, read together with the others: its members "
        f"are under the first volume, {first.name} (document {first_document})."
    )
