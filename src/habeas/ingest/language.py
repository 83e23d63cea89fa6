"""Language identification with py3langid, whose model ships inside the package."""

from __future__ import annotations

import functools
import re

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SAMPLE_CHARS = 5000
_CJK = re.compile(r"[\u3400-\u9fff]")
# The model tells Chinese varieties apart; a search filter wants one code for written Chinese.
_ALIASES = {"wuu": "zh", "yue": "zh", "lzh": "zh"}


@functools.cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


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
