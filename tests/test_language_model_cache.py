"""The language identifier's model, unpacked once into the cache folder, a file an array, its large
arrays mapped from there: the same answers as the packaged model, a fresh copy made when the cached
one is damaged, and the packaged model used when the cache folder cannot be written."""

from __future__ import annotations

import mmap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from habeas.ingest import language

SAMPLES = [
    "新疆维吾尔自治区公安厅发布了关于职业技能教育培训中心的通知",
    "The camp in Kashgar held 1,200 people in March 2018.",
    "ئۇيغۇر ئاپتونوم رايونىدىكى لاگېرلار توغرىسىدا",
    "Шыңжаңдағы лагерьлер туралы баяндама",
    "Les camps de rééducation du Xinjiang ont été documentés.",
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("HABEAS_CACHE_DIR", str(folder))
    language._identifier.cache_clear()
    yield folder
    language._identifier.cache_clear()


def test_the_unpacked_model_answers_as_the_packaged_one(cache: Path) -> None:
    packaged = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    assert language._cached_model() is not None
    [unpacked] = cache.glob("py3langid-*")
    assert unpacked.is_dir() and not list(cache.glob("*.partial"))  # written under another name, then renamed
    cached = language._identifier()
    for sample in SAMPLES:
        assert cached.classify(sample) == packaged.classify(sample)
    unpacked_size = sum(f.stat().st_size for f in unpacked.iterdir())
    assert unpacked_size > (Path(MODEL_DIR) / MODEL_FILE).stat().st_size


def test_the_large_arrays_are_mapped_from_the_copy_not_read(cache: Path) -> None:
    cached = language._identifier()
    automaton = cached.tk_nextmove  # indexed as py3langid indexes it, a view of the mapped file
    assert isinstance(automaton, memoryview) and automaton.readonly
    assert all(isinstance(automaton[i], int) for i in (0, len(automaton) - 1))
    arrays: list[Any] = [cached.nb_ptc, automaton.obj]
    for array in arrays:
        assert isinstance(_memory_of(array), mmap.mmap) and not array.flags.writeable
    [unpacked] = cache.glob("py3langid-*")
    on_disk = np.load(unpacked / "ptc.npy", allow_pickle=False)
    assert cached.nb_ptc.shape == on_disk.shape and np.array_equal(cached.nb_ptc[-3:], on_disk[-3:])


def test_a_damaged_copy_is_not_used_and_is_made_again(cache: Path) -> None:
    path = language.unpacked_model()
    damaged = path / "nextmove.npy"
    damaged.write_bytes(damaged.read_bytes()[:1000])  # cut short
    assert language._cached_model() is None  # the caller reads the packaged model instead
    assert not path.exists()
    assert language._cached_model() is not None and path.is_dir()  # the next one unpacks it again
    assert language.detect_language(SAMPLES[1]) == "en"


def test_copies_of_other_models_and_of_the_former_layout_are_removed_when_one_is_made(cache: Path) -> None:
    cache.mkdir(parents=True)
    stat = (Path(MODEL_DIR) / MODEL_FILE).stat()
    former = cache / f"py3langid-{stat.st_size}-{stat.st_mtime_ns}.npz"  # this model, read in whole before
    former.write_bytes(b"the whole model in one file")
    earlier = cache / "py3langid-4000000-1"  # a model packaged before, since reinstalled
    earlier.mkdir()
    (earlier / "ptc.npy").write_bytes(b"an earlier model")
    writing = cache / "py3langid-4000000-2.123.partial"  # another process unpacking one now
    writing.mkdir()
    unrelated = cache / "other-cache-entry"
    unrelated.write_text("not a language model")
    made = language.unpacked_model()
    assert sorted(p.name for p in cache.iterdir()) == sorted([made.name, writing.name, unrelated.name])


def test_an_unwritable_cache_falls_back_to_the_packaged_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("HABEAS_CACHE_DIR", str(blocker / "cache"))
    language._identifier.cache_clear()
    try:
        assert language._cached_model() is None
        assert language.detect_language(SAMPLES[0]) == "zh"
    finally:
        language._identifier.cache_clear()


def _memory_of(array: Any) -> Any:
    """What holds an array's memory, past the arrays and buffers it is a view of."""
    while isinstance(array, np.ndarray | memoryview):
        array = array.base if isinstance(array, np.ndarray) else array.obj
    return array
