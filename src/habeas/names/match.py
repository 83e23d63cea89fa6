"""Scoring two names on their phonetic forms, with an explanation of which forms met.

A name is compared part by part: each part of one name is paired with the most similar part of
the other (in any order). Then

* a part of one name with no counterpart in the other (a dropped or added given name, a middle
  name, a patronymic) lowers the score a little;
* a part on each side that found no partner (two different family names: Houthi / Ghamari) is a
  conflict, and lowers it a lot;
* numbers must agree (Fund VIII / Fund IX), initials agree with any part they begin
  (A. Khamenei / Ali Khamenei), particles (al, bin, de) count for little;
* the parts written together are compared as well, for names split differently or not at all
  (伊力哈木土赫提, Ramimakhlouf).

Part similarity blends the three phonetic keys (skeleton, shape, full) with edit-distance
similarity (transpositions count once), minus a small cost for less usual readings of a
transcription. Two policies: ``LOOKUP`` (finding a person across scripts: lenient with noise)
and ``STRICT`` (comparing two names written in the same script: one differing part counts).
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import OSA, Levenshtein

from habeas.names.phonetic import INITIAL, NUMBER, WORD, NameKey, Reading, Token, Variant, analyse

W_SKELETON, W_SHAPE, W_FULL = 0.35, 0.35, 0.30
READING_COST = 0.25  # how much a less usual reading costs, per unit of its cost
JOINED_DISCOUNT = 0.97  # comparing whole names written together is a little weaker evidence

TYPO = 0.93  # a long part one keystroke away from the other
_osa_distance = OSA.distance
_lev = Levenshtein.normalized_similarity
_osa = OSA.normalized_similarity


@dataclass(frozen=True)
class Policy:
    floor: float  # below this two parts are not taken as the same part
    excess: float  # weight of a part with no counterpart on the other side
    conflict: float  # weight of a part whose counterpart is a different part
    order: float  # penalty when the paired parts come in a different order
    legal: float  # penalty when both names carry different legal forms (AG / GmbH)
    sharpen: float  # part similarities are raised to this power (>1: near-misses count less)


LOOKUP = Policy(floor=0.55, excess=0.45, conflict=0.6, order=0.0, legal=0.0, sharpen=1.0)
STRICT = Policy(floor=0.62, excess=0.2, conflict=1.5, order=0.2, legal=0.15, sharpen=2.0)
# Organisations: an extra word usually names another body (Banco Santander / Banco Santander Chile).
STRICT_ORG = Policy(floor=0.62, excess=0.6, conflict=1.5, order=0.2, legal=0.15, sharpen=2.0)


def variant_similarity(a: Variant, b: Variant) -> float:
    if a.full == b.full:
        s = 1.0
    else:
        s = W_SKELETON * _lev(a.skeleton, b.skeleton) + W_SHAPE * _osa(a.shape, b.shape) + W_FULL * _osa(a.full, b.full)
        if s < TYPO and len(a.plain) >= 5 and len(b.plain) >= 5 and _osa_distance(a.plain, b.plain) <= 1:
            s = TYPO  # one letter wrong, missing, added or swapped in a long part: a typing error
    return s - READING_COST * (a.cost + b.cost)


def token_similarity(a: Token, b: Token) -> tuple[float, Variant | None, Variant | None]:
    """The best similarity of two parts over their readings, and the readings that gave it."""
    va0, vb0 = a.variants[0], b.variants[0]
    if va0.full == vb0.full and not va0.cost and not vb0.cost:
        return (1.0 if va0.full or a.text == b.text else 0.0), va0, vb0
    if a.kind == NUMBER or b.kind == NUMBER:
        return (1.0 if a.text == b.text else 0.0), va0, vb0
    if a.kind == INITIAL or b.kind == INITIAL:
        fa, fb = va0.full, vb0.full
        if a.kind == b.kind:
            return (1.0 if fa == fb else 0.0), va0, vb0
        return (0.9 if fa[:1] == fb[:1] else 0.0), va0, vb0
    if len(a.variants) == 1 and len(b.variants) == 1:
        return max(variant_similarity(va0, vb0), 0.0), va0, vb0
    best = -1.0
    best_pair: tuple[Variant | None, Variant | None] = (None, None)
    for va in a.variants:
        for vb in b.variants:
            s = variant_similarity(va, vb)
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

    def why(self) -> str:
        if not self.pairs:
            return "no parts in common"
        how = {
            "uyghur": "read as a Uyghur name in Chinese transcription",
            "pinyin": "read as a Han name in pinyin",
            "latin": "compared as written",
            "identical": "identical",
        }.get(self.reading, self.reading)
        parts = []
        for p in self.pairs:
            shown = p.right.text
            if p.right_reading and p.right_reading.lower() != p.right.text.lower():
                shown += f" [{p.right_reading}]"
            parts.append(f"{p.left.text} ~ {shown} {p.score:.2f}")
        lead = "written together: " if self.joined else ""
        return f"{lead}{'; '.join(parts)} ({how})"


_RawPair = tuple[int, int, float, Variant | None, Variant | None]


def _align(q: Reading, c: Reading, policy: Policy) -> tuple[float, list[_RawPair]]:
    qt, ct = q.tokens, c.tokens
    cells: list[tuple[float, int, int, Variant | None, Variant | None]] = []
    floor = policy.floor
    for i, a in enumerate(qt):
        a_plain = a.kind == WORD and len(a.variants) == 1
        va = a.variants[0]
        for j, b in enumerate(ct):
            if a_plain and b.kind == WORD and len(b.variants) == 1:
                # the common case, inlined: one reading on each side
                vb = b.variants[0]
                if va.full == vb.full:
                    sim = 1.0
                else:
                    sim = (
                        W_SKELETON * _lev(va.skeleton, vb.skeleton)
                        + W_SHAPE * _osa(va.shape, vb.shape)
                        + W_FULL * _osa(va.full, vb.full)
                    )
                    if (
                        sim < TYPO
                        and len(va.plain) >= 5
                        and len(vb.plain) >= 5
                        and _osa_distance(va.plain, vb.plain) <= 1
                    ):
                        sim = TYPO
                    sim -= READING_COST * (va.cost + vb.cost)
                if sim >= floor:
                    cells.append((sim, i, j, va, vb))
                continue
            sim, va2, vb2 = token_similarity(a, b)
            if sim >= floor:
                cells.append((sim, i, j, va2, vb2))
    if len(cells) > 1:
        cells.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_q: set[int] = set()
    used_c: set[int] = set()
    pairs: list[_RawPair] = []
    num = den = 0.0
    sharpen = policy.sharpen
    for s, i, j, pa, pb in cells:
        if i in used_q or j in used_c:
            continue
        used_q.add(i)
        used_c.add(j)
        w = qt[i].weight + ct[j].weight
        num += (s if sharpen == 1.0 else s**sharpen) * w
        den += w
        pairs.append((i, j, s, pa, pb))
    if len(pairs) < len(qt) or len(pairs) < len(ct):
        left_q = sorted((t.weight for i, t in enumerate(qt) if i not in used_q), reverse=True)
        left_c = sorted((t.weight for j, t in enumerate(ct) if j not in used_c), reverse=True)
        n_conflicts = min(len(left_q), len(left_c))
        conflict_w = sum(left_q[:n_conflicts]) + sum(left_c[:n_conflicts])
        excess_w = sum(left_q[n_conflicts:]) + sum(left_c[n_conflicts:])
        if len(pairs) == 1 and excess_w:
            excess_w *= 2.0  # one part in common and more on one side: weak evidence (Walijan / Walijan Haqqani)
        # a number with no counterpart is a conflict even when the other side has nothing left
        for i, t in enumerate(qt):
            if i not in used_q and t.kind == NUMBER:
                conflict_w += t.weight
        for j, t in enumerate(ct):
            if j not in used_c and t.kind == NUMBER:
                conflict_w += t.weight
        den += policy.conflict * conflict_w + policy.excess * excess_w
    score = num / den if den else 0.0
    if policy.order and len(pairs) > 1:
        ordered = [p[1] for p in sorted(pairs)]
        if ordered != sorted(ordered):
            score *= 1.0 - policy.order
    return score, pairs


def _joined_candidates(q: Reading, policy: Policy) -> list[tuple[Token, float]]:
    if len(q.tokens) > 1:
        return [(q.joined, 1.0), (q.joined_reversed, 1.0 - policy.order)]
    return [(q.joined, 1.0)]


def _try_joined(q: Reading, c: Reading, n_pairs: int, score: float) -> bool:
    split_differently = len(q.tokens) != len(c.tokens) or n_pairs < len(q.tokens)
    return split_differently and score < 0.97 and not (q.has_number or c.has_number)


def score_readings(q: Reading, c: Reading, policy: Policy) -> float:
    """``compare_readings`` without the explanation: the fast path for pairwise scoring."""
    score, pairs = _align(q, c, policy)
    if _try_joined(q, c, len(pairs), score):
        for qj, factor in _joined_candidates(q, policy):
            s = token_similarity(qj, c.joined)[0]
            s = (s**policy.sharpen) * JOINED_DISCOUNT * factor
            if s > score:
                score = s
    if policy.legal and q.legal and c.legal and not (q.legal & c.legal):
        score *= 1.0 - policy.legal
    return score


def score_keys(a: NameKey, b: NameKey, policy: Policy = LOOKUP) -> float:
    best = 0.0
    for ra in a.readings:
        for rb in b.readings:
            s = score_readings(ra, rb, policy)
            if s > best:
                best = s
    return best


def compare_readings(q: Reading, c: Reading, policy: Policy = LOOKUP) -> Result:
    score, raw = _align(q, c, policy)
    qt, ct = q.tokens, c.tokens
    pairs = tuple(Pair(qt[i], ct[j], s, va.reading if va else "", vb.reading if vb else "") for i, j, s, va, vb in raw)
    result = Result(score=score, pairs=pairs, reading=c.kind, joined=False)
    if _try_joined(q, c, len(raw), score):
        for qj, factor in _joined_candidates(q, policy):
            s, vq, vc = token_similarity(qj, c.joined)
            s = (s**policy.sharpen) * JOINED_DISCOUNT * factor
            if s > result.score:
                pair = Pair(qj, c.joined, s, vq.reading if vq else "", vc.reading if vc else "")
                result = Result(score=s, pairs=(pair,), reading=c.kind, joined=True)
    if policy.legal and q.legal and c.legal and not (q.legal & c.legal):
        result = Result(
            score=result.score * (1.0 - policy.legal), pairs=result.pairs, reading=result.reading, joined=result.joined
        )
    return result


def compare_keys(a: NameKey, b: NameKey, policy: Policy = LOOKUP) -> Result:
    """The best comparison of two names over all their readings."""
    best = Result(score=0.0, pairs=(), reading="", joined=False)
    for ra in a.readings:
        for rb in b.readings:
            r = compare_readings(ra, rb, policy)
            if r.score > best.score:
                best = r
    return best


def compare(a: str, b: str, policy: Policy = LOOKUP) -> Result:
    """How alike two names are (0..1) and why, across scripts and spellings."""
    if a.strip() and a.strip() == b.strip():
        key = analyse(a)
        toks = key.readings[0].tokens if key.readings else ()
        pairs = tuple(Pair(t, t, 1.0, t.variants[0].reading if t.variants else "", "") for t in toks)
        return Result(score=1.0, pairs=pairs, reading="identical", joined=False)
    return compare_keys(analyse(a), analyse(b), policy)


def score(a: str, b: str) -> float:
    return round(compare(a, b).score, 4)
