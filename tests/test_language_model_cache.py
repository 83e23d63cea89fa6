"""The language identifier's model, unpacked once into the cache folder and read from there: the
same answers as the packaged model, a fresh copy made when the cached one is damaged, and the
packaged model used when the cache folder cannot be written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

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
    [unpacked] = cache.glob("py3langid-*.npz")
    assert not list(cache.glob("*.partial"))  # written under another name, then renamed
    cached = language._identifier()
    for sample in SAMPLES:
        assert cached.classify(sample) == packaged.classify(sample)
    assert unpacked.stat().st_size > (Path(language.MODEL_DIR) / MODEL_FILE).stat().st_size


def test_a_damaged_copy_is_not_used_and_is_made_again(cache: Path) -> None:
    path = language.unpacked_model()
    path.write_bytes(path.read_bytes()[:1000])  # cut short, as by a full disk
    assert language._cached_model() is None  # the caller reads the packaged model instead
    assert not path.exists()
    assert language._cached_model() is not None and path.exists()  # the next one unpacks it again
    assert language.detect_language(SAMPLES[1]) == "en"


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
