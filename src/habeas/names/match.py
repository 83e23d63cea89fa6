"""Scoring two names on their phonetic forms, with an explanation of which forms met.

A name is compared part by part: each part of one name is paired with the most similar part of
the other (any order), parts left over count for less than paired ones (a dropped or added given
name lowers the score a little, a different family name a lot), and the parts written together
are compared as well (for names whose parts are split differently, or not at all: 伊力哈木土赫提).
Part similarity blends the three phonetic keys (skeleton, shape, full) with Levenshtein
similarity, minus a small cost for less usual readings of a transcription.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from habeas.names.phonetic import NameKey, Reading, Token, Variant, analyse

W_SKELETON, W_SHAPE, W_FULL = 0.35, 0.35, 0.30
READING_COST = 0.25      # how much a less usual reading costs, per unit of its cost
PAIR_FLOOR = 0.55        # below this two parts are not taken as the same part
LEFTOVER = 0.45          # weight of a part that found no partner, relative to a paired part
JOINED_DISCOUNT = 0.97   # comparing whole names written together is a little weaker evidence


def _sim(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return float(Levenshtein.normalized_similarity(a, b))


def variant_similarity(a: Variant, b: Variant) -> float:
    s = (W_SKELETON * _sim(a.skeleton, b.skeleton) + W_SHAPE * _sim(a.shape, b.shape)
         + W_FULL * _sim(a.full, b.full))
    return s - READING_COST * (a.cost + b.cost)


def token_similarity(a: Token, b: Token) -> tuple[float, Variant | None, Variant | None]:
    """The best similarity of two parts over their readings, and the readings that gave it."""
    best = -1.0
    best_pair: tuple[Variant | None, Variant | None] = (None, None)
    for va in a.variants:
        for vb in b.variants:
            s = (1.0 - READING_COST * (va.cost + vb.cost)) if va.full == vb.full else variant_similarity(va, vb)
            if s > best:
                best, best_pair = s, (va, vb)
    return max(best, 0.0), best_pair[0], best_pair[1]


@dataclass(frozen=True)
class Pair:
    left: Token
    right: Token
    score: float
    left_reading: str
    right_reading: str


@dataclass(frozen=True)
class Result:
    score: float
    pairs: tuple[Pair, ...]
    reading: str  # how the second name was read: latin, uyghur, pinyin
    joined: bool

    def why(self, query: str = "") -> str:
        if not self.pairs:
            return "no parts in common"
        how = {"uyghur": "read as a Uyghur name in Chinese transcription", "pinyin": "read as a Han name in pinyin",
               "latin": "compared as written"}.get(self.reading, self.reading)
        parts = []
        for p in self.pairs:
            shown = p.right.text
            if p.right_reading and p.right_reading.lower() != p.right.text.lower():
                shown += f" [{p.right_reading}]"
            parts.append(f"{p.left.text} ~ {shown} {p.score:.2f}")
        lead = "written together: " if self.joined else ""
        return f"{lead}{'; '.join(parts)} ({how})"


def _align(q: Reading, c: Reading) -> tuple[float, list[Pair]]:
    cells = []
    for i, qt in enumerate(q.tokens):
        for j, ct in enumerate(c.tokens):
            s, vq, vc = token_similarity(qt, ct)
            cells.append((s, -i, -j, i, j, vq, vc))
    cells.sort(reverse=True, key=lambda x: (x[0], x[1], x[2]))
    used_q: set[int] = set()
    used_c: set[int] = set()
    pairs: list[Pair] = []
    num = den = 0.0
    for s, _, _, i, j, vq, vc in cells:
        if i in used_q or j in used_c or s < PAIR_FLOOR:
            continue
        used_q.add(i)
        used_c.add(j)
        qt, ct = q.tokens[i], c.tokens[j]
        w = qt.weight + ct.weight
        num += s * w
        den += w
        pairs.append(Pair(qt, ct, s, vq.reading if vq else "", vc.reading if vc else ""))
    den += LEFTOVER * sum(t.weight for i, t in enumerate(q.tokens) if i not in used_q)
    den += LEFTOVER * sum(t.weight for j, t in enumerate(c.tokens) if j not in used_c)
    return (num / den if den else 0.0), pairs


def compare_readings(q: Reading, c: Reading) -> Result:
    score, pairs = _align(q, c)
    result = Result(score=score, pairs=tuple(pairs), reading=c.kind, joined=False)
    if len(q.tokens) > 1 or len(c.tokens) > 1:
        candidates = [q.joined]
        if len(q.tokens) > 1:
            rev = Reading(kind=q.kind, tokens=tuple(reversed(q.tokens)), joined=q.joined)
            from habeas.names.phonetic import _joined  # the same joining, other order

            candidates.append(_joined(list(rev.tokens), q.joined.text))
        for qj in candidates:
            s, vq, vc = token_similarity(qj, c.joined)
            s *= JOINED_DISCOUNT
            if s > result.score:
                pair = Pair(qj, c.joined, s, vq.reading if vq else "", vc.reading if vc else "")
                result = Result(score=s, pairs=(pair,), reading=c.kind, joined=True)
    return result


def compare_keys(a: NameKey, b: NameKey) -> Result:
    """The best comparison of two names over all their readings."""
    best = Result(score=0.0, pairs=(), reading="", joined=False)
    for ra in a.readings:
        for rb in b.readings:
            r = compare_readings(ra, rb)
            if r.score > best.score:
                best = r
    return best


def compare(a: str, b: str) -> Result:
    """How alike two names are (0..1) and why, across scripts and spellings."""
    if a.strip() and a.strip() == b.strip():
        key = analyse(a)
        toks = key.readings[0].tokens if key.readings else ()
        pairs = tuple(Pair(t, t, 1.0, t.variants[0].reading if t.variants else "", "") for t in toks)
        return Result(score=1.0, pairs=pairs, reading="identical", joined=False)
    return compare_keys(analyse(a), analyse(b))


def score(a: str, b: str) -> float:
    return round(compare(a, b).score, 4)
