"""Pairwise comparison of two names of any kind (people, companies, vessels), for linking documents
and checking one name against another. Same phonetic keys as name lookup; the ``STRICT`` policy
when both names are written in the same script (one differing part then counts), ``LOOKUP``
across scripts (where transcription noise is expected)."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from habeas.names.match import LOOKUP, STRICT, STRICT_ORG, score_keys
from habeas.names.phonetic import analyse

PEOPLE = frozenset({"Person", "person", ""})


def similarity(a: str, b: str, schema: str = "Person") -> float:
    """How alike two names are, 0..1."""
    if a == b:
        return 1.0
    ka, kb = analyse(a), analyse(b)
    same_script = ka.script == kb.script
    strict = STRICT if schema in PEOPLE else STRICT_ORG
    score = score_keys(ka, kb, strict if same_script else LOOKUP)
    if same_script and ka.script == "han":
        # two Han-character names: the characters themselves count (高市早苗 / 高石早苗 sound alike)
        chars = float(Levenshtein.normalized_similarity(ka.name, kb.name))
        score = min(score, 0.5 * score + 0.5 * chars)
    return score
