"""Language identification with py3langid, whose model ships inside the package.

The model ships compressed (NumPy arrays in an LZMA file); unpacking it took about a third of a
second of every parser process's start, so it is unpacked once into the cache folder
(``habeas.config.cache_dir``), one ``.npy`` file an array. Its two large arrays (68 MB together)
are then mapped from there, not read: a process starts using the model at once, and reads from
the disk only the pages of the model its text looks up (the parsers, forked from one server that
mapped them, share them). Reading them in whole, with their checksums and copies, took a quarter
of a second of each ingest's start. The cached copy is named by the packaged file's size and time,
so an upgraded package is unpacked again (and the copies of earlier ones removed); where the cache
cannot be written or read, the packaged file is read as before."""

from __future__ import annotations

import contextlib
import functools
import lzma
import math
import mmap
import os
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any, Literal

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from habeas.config import cache_dir

SAMPLE_CHARS = 5000
_CJK = re.compile(r"[\u3400-\u9fff]")
# The model tells Chinese varieties apart; a search filter wants one code for written Chinese.
_ALIASES = {"wuu": "zh", "yue": "zh", "lzh": "zh"}
# Unsigned integers of each width, as memoryview names them.
_TYPECODES: dict[int, Literal["H", "I", "L"]] = {2: "H", 4: "I", 8: "L"}


@functools.cache
def _identifier() -> LanguageIdentifier:
    model = _cached_model()
    if model is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ptc, pc, classes, nextmove, row, output = model
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


# The arrays of the model, by their names in the packaged file; the large ones are mapped.
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
_MAPPED = frozenset({"ptc", "nextmove"})


def _cached_model() -> tuple[Any, ...] | None:
    """The model's arrays from the unpacked copy (made now if there is none); None when the cache
    cannot be used, or the copy is damaged (it is then removed)."""
    path: Path | None = None
    try:
        path = unpacked_model()
        ptc, pc, classes, nextmove, row, output = (
            _mapped(path / f"{name}.npy") if name in _MAPPED else np.load(path / f"{name}.npy", allow_pickle=False)
            for name in _ARRAYS
        )
        return ptc, pc, classes.tolist(), _unsigned(nextmove), _unsigned(row), output.tolist()
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, lzma.LZMAError):
        if path is not None:  # a damaged copy: the next process unpacks the model again
            shutil.rmtree(path, ignore_errors=True)
        return None


def unpacked_model() -> Path:
    """The packaged model unpacked into the cache folder, a file an array, written into a folder
    under a temporary name and then renamed, so a reader never sees half of it."""
    packaged = MODEL_DIR / MODEL_FILE
    stat = packaged.stat()
    target = cache_dir() / f"py3langid-{stat.st_size}-{stat.st_mtime_ns}"
    if target.is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        partial.mkdir()
        _unpack(packaged, partial)
        try:
            partial.rename(target)
        except OSError:
            if not target.is_dir():  # else another process unpacked it meanwhile: theirs is used
                raise
        _remove_other_copies(target)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return target


def _remove_other_copies(kept: Path) -> None:
    """Remove the copies of earlier packaged models (each a package reinstalled or upgraded, 68 MB)
    and copies in the former layout (one ``.npz`` file), all but ``kept``. A process still using one
    keeps its mapped pages; a copy another process is writing now (``.partial``) is left to it."""
    for other in kept.parent.glob("py3langid-*"):
        if other == kept or other.name.endswith(".partial"):
            continue
        if other.is_dir():
            shutil.rmtree(other, ignore_errors=True)
        else:
            other.unlink(missing_ok=True)


def _unpack(packaged: Path, folder: Path) -> None:
    """Each array of the packaged model as ``folder/<name>.npy``."""
    archive = folder / "model.npz"
    with lzma.open(packaged) as source, archive.open("wb") as out:
        shutil.copyfileobj(source, out, length=1 << 20)
    with np.load(archive, allow_pickle=False) as data:
        for name in _ARRAYS:
            np.save(folder / f"{name}.npy", data[name], allow_pickle=False)
    archive.unlink()


def _mapped(path: Path) -> Any:
    """The array in the ``.npy`` file ``path``, mapped read-only, no copy; the kernel is asked to
    read the file ahead, so a disk that has not cached it yet is read in one go rather than a page
    at a time as the model is looked up. A file cut short raises ``ValueError``."""
    with path.open("rb") as fh:
        version = np.lib.format.read_magic(fh)
        if version == (1, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_1_0(fh)
        elif version == (2, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_2_0(fh)
        else:
            raise ValueError(f"unexpected .npy format {version}")
        offset = fh.tell()
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    with contextlib.suppress(AttributeError, OSError):  # advice only: where it is not taken, pages come as used
        mapped.madvise(mmap.MADV_WILLNEED)
    count = math.prod(shape)
    return np.frombuffer(mapped, dtype=dtype, count=count, offset=offset).reshape(shape, order="F" if fortran else "C")


def _unsigned(values: Any) -> memoryview:
    """A NumPy array of unsigned integers (mapped or not) as py3langid's automaton indexes it: a
    flat view of Python ints, with no copy."""
    if not values.dtype.isnative or values.dtype.kind != "u":
        raise ValueError(f"the model's automaton is stored as {values.dtype}")
    flat: memoryview = np.ascontiguousarray(values).data
    return flat.cast("B").cast(_TYPECODES[values.dtype.itemsize])


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code, or None for text too short or too unsure to tell."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(map(str.isalpha, sample))
    if letters < 3 or (letters < 20 and not _CJK.search(sample)):
        return None
    code, probability = _identifier().classify(sample)
    if probability < 0.3:
        return None
    return _ALIASES.get(str(code), str(code))
