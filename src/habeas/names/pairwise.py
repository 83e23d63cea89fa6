"""Pairwise comparison of two names of any kind (people, companies, vessels), for linking documents
and checking one name against another: the same phonetic keys as name lookup, plus the handling
that organisation names need (legal forms, abbreviations)."""

from __future__ import annotations

from functools import lru_cache

from habeas.names.match import compare_keys
from habeas.names.phonetic import NameKey, analyse


@lru_cache(maxsize=65536)
def prepare(name: str, schema: str = "Person") -> NameKey:
    return analyse(name)


def similarity(a: str, b: str, schema: str = "Person") -> float:
    """How alike two names are, 0..1."""
    if a.strip().lower() == b.strip().lower():
        return 1.0
    return compare_keys(prepare(a, schema), prepare(b, schema)).score
