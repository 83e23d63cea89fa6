"""Pairs of entities that may be one thing but were not joined automatically: same type, and names
that are close by their sounds or their words. They wait on the review page for a person's decision
("same" merges them; "distinct" keeps them apart and stops the pair being proposed again).

Two tests, both cheap and explainable:

* the same words in another order, or spelt differently (the names stage's phonetic key of each
  word): "Chen Quanguo" / "Quanguo Chen", "Ilham Tohti" / "Ilham Toxti";
* most of the words shared (at least two, and at least half of all words of the two names):
  "Xinjiang Police College" / "Xinjiang Police Academy".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from habeas.names.phonetic import fold as phonetic

# Words too common to say two names are close.
STOP_WORDS = {"of", "the", "and", "for", "on", "in", "de", "la", "du", "des", "to", "at", "a", "an"}
BLOCK_LIMIT = 200  # a word shared by more entities than this is too common to pair on
MAX_CANDIDATES = 1000  # per case: the review queue, best first


@dataclass(frozen=True)
class Named:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Candidate:
    a: str
    b: str
    reason: str
    overlap: float


def _words(name: str) -> list[str]:
    """The words of a name that say something: "re-education" one word, "People's" as "people"."""
    words = (re.sub(r"['’]s$", "", w) for w in re.findall(r"\w+(?:[-'’]\w+)*", name.casefold()))
    return [w for w in words if w not in STOP_WORDS]


def _sounds(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(phonetic(w) or w for w in words))


def propose(entities: Iterable[Named], kept_apart: set[frozenset[str]]) -> list[Candidate]:
    """Candidate pairs among ``entities``, best first; ``kept_apart`` holds pairs of entity ids a
    person has judged distinct."""
    by_id = {e.id: e for e in entities}
    words = {e.id: {tuple(_words(n)) for n in (e.name, *e.aliases)} - {()} for e in by_id.values()}
    blocks: dict[tuple[str, str], set[str]] = defaultdict(set)
    for eid, forms in words.items():
        for form in forms:
            for w in set(form):
                blocks[(by_id[eid].type, phonetic(w) or w)].add(eid)
    found: dict[frozenset[str], Candidate] = {}
    for members in blocks.values():
        if len(members) < 2 or len(members) > BLOCK_LIMIT:
            continue
        for a, b in combinations(sorted(members), 2):
            pair = frozenset((a, b))
            if pair in found or pair in kept_apart:
                continue
            candidate = _compare(a, b, words[a], words[b])
            if candidate is not None:
                found[pair] = candidate
    return sorted(found.values(), key=lambda c: (-c.overlap, c.a, c.b))[:MAX_CANDIDATES]


def _compare(a: str, b: str, forms_a: set[tuple[str, ...]], forms_b: set[tuple[str, ...]]) -> Candidate | None:
    best: Candidate | None = None
    for fa in forms_a:
        for fb in forms_b:
            if len(fa) >= 2 and _sounds(list(fa)) == _sounds(list(fb)):
                reason = "same words in another order" if sorted(fa) == sorted(fb) else "same sounds, other spelling"
                return Candidate(a, b, reason, 1.0)
            shared = set(fa) & set(fb)
            union = set(fa) | set(fb)
            overlap = len(shared) / len(union) if union else 0.0
            if len(shared) >= 2 and overlap >= 0.5 and (best is None or overlap > best.overlap):
                best = Candidate(
                    a, b, f"{len(shared)} of {len(union)} words shared: {', '.join(sorted(shared))}", round(overlap, 3)
                )
    return best
