"""Language identification with py3langid, whose model ships inside the package.

The model ships compressed (NumPy arrays in an LZMA file); unpacking it took about a third of a
second of every parser process's start, so it is unpacked once into the cache folder
(``habeas.config.cache_dir``) and read from there, uncompressed, afterwards. The cached copy is
named by the packaged file's size and time, so an upgraded package is unpacked again; where the
cache cannot be written or read, the packaged file is read as before."""

from __future__ import annotations

import contextlib
import functools
import lzma
import os
import re
import shutil
import zipfile
from array import array
from pathlib import Path
from typing import Any

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from habeas.config import cache_dir

SAMPLE_CHARS = 5000
_CJK = re.compile(r"[\u3400-\u9fff]")
# The model tells Chinese varieties apart; a search filter wants one code for written Chinese.
_ALIASES = {"wuu": "zh", "yue": "zh", "lzh": "zh"}
_TYPECODES = {2: "H", 4: "I", 8: "L"}  # unsigned integers of each width, as array.array names them


@functools.cache
def _identifier() -> LanguageIdentifier:
    model = _cached_model()
    if model is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ptc, pc, classes, nextmove, row, output = model
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


def _cached_model() -> tuple[Any, ...] | None:
    """The model's arrays from the unpacked copy (made now if there is none); None when the cache
    cannot be used, or the copy is damaged (it is then removed)."""
    path: Path | None = None
    try:
        path = unpacked_model()
        with np.load(path, allow_pickle=False) as data:
            return (
                np.asarray(data["ptc"]),
                np.asarray(data["pc"]),
                data["classes"].tolist(),
                _unsigned(data["nextmove"]),
                _unsigned(data["nextmove_row"]),
                data["out_feat"].tolist(),
            )
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, lzma.LZMAError):
        if path is not None:  # a damaged copy: the next process unpacks the model again
            with contextlib.suppress(OSError):
                path.unlink()
        return None


def unpacked_model() -> Path:
    """The packaged model unpacked into the cache folder, written under a temporary name and then
    renamed, so a reader never sees half of it."""
    packaged = MODEL_DIR / MODEL_FILE
    stat = packaged.stat()
    target = cache_dir() / f"py3langid-{stat.st_size}-{stat.st_mtime_ns}.npz"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        with lzma.open(packaged) as source, partial.open("wb") as out:
            shutil.copyfileobj(source, out, length=1 << 20)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _unsigned(values: Any) -> array[int]:
    """A NumPy array of unsigned integers as the stdlib array py3langid's automaton indexes."""
    out = array(_TYPECODES[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).tobytes())
    return out


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
