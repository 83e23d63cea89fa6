"""Han Chinese names in pinyin back to Chinese characters: which characters a pinyin syllable is
written with in people's names, as a family name and in a given name, likeliest first.

Pinyin loses the characters: "jin" is 金, 锦, 晋, 进 ... How likely each is comes from how often
Chinese personal names use that character in that position, counted over the person names of the
general lexicon the Chinese analysis already uses (jieba's dictionary, three-character words tagged
``nr`` whose first character starts many of them: a family name): the family name is the first
character, the given name the other two, each read with its usual pinyin. The counts are per
character and syllable, never per name; the case's own documents then re-rank the candidates
(``transcription.rank_by_usage``). The table is derived once and kept in ``data/hanzi_names.json``
(``python -m habeas.names.hanzi_names`` rebuilds it).

A Latin name is taken as a Han name in pinyin when one of its ends is a single syllable that is a
family name (or one of the compound family names, such as Ouyang) and the rest splits into one to
three pinyin syllables: Hu Jintao, Wang Yi, Jintao Hu. Uyghur names rarely split so (Ilham, Tohti,
Memet end in letters no pinyin syllable ends in).
"""

from __future__ import annotations

import heapq
import json
import math
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "hanzi_names.json"
PER_SYLLABLE = 16  # characters kept per syllable and position
MIN_SURNAME = 8  # three-character names a first character must start to count as a family name
MAX_GIVEN_SYLLABLES = 3
ORDER_COST = 2.0  # the family name last (Western order) is less likely in these sources
EXTRA_SYLLABLE_COST = 1.2  # each syllable of a given name beyond the first (most have one or two)
VOWEL_SYLLABLE_COST = 2.5  # a syllable starting with a vowel inside a word: pinyin writes xi'an then
SMOOTH = 0.5  # added to every count: a rare character is unlikely, not impossible
Table = dict[str, dict[str, list[tuple[str, int]]]]


def _default_reading(ch: str) -> str:
    """A character's usual pinyin, without tones (``""`` when it has none)."""
    from pypinyin import Style, pinyin

    got = pinyin(ch, style=Style.NORMAL, heteronym=False, errors="ignore")
    return str(got[0][0]) if got and got[0] else ""


def build_table() -> Table:
    """The table from the lexicon: ``{"surname"|"given": {syllable: [[character, count], ...]}}``."""
    import jieba

    from habeas.names.phonetic import surname_reading

    path = Path(jieba.__file__).resolve().parent / "dict.txt"
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == "nr" and len(parts[0]) == 3:
            names.append(parts[0])
    starts = Counter(n[0] for n in names)
    counts: dict[str, defaultdict[str, Counter[str]]] = {"surname": defaultdict(Counter), "given": defaultdict(Counter)}
    for name in names:
        if starts[name[0]] < MIN_SURNAME:
            continue  # a transcribed foreign name (克里斯): not a Han name
        counts["surname"][surname_reading(name[0]) or _default_reading(name[0])][name[0]] += 1
        for ch in name[1:]:
            reading = _default_reading(ch)
            if reading.isascii() and reading.isalpha():
                counts["given"][reading][ch] += 1
    return {
        kind: {syl: chars.most_common(PER_SYLLABLE) for syl, chars in sorted(by.items())} for kind, by in counts.items()
    }


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, list[tuple[str, float]]]]:
    """Each syllable's characters with their cost (-log of their share), per position."""
    raw: Table = json.loads(DATA.read_text(encoding="utf-8"))
    out: dict[str, dict[str, list[tuple[str, float]]]] = {}
    for kind, by in raw.items():
        out[kind] = {}
        for syl, chars in by.items():
            total = sum(k for _, k in chars) + SMOOTH * len(chars)
            out[kind][syl] = [(str(c), -math.log((k + SMOOTH) / total)) for c, k in chars]
    return out


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    table = _table()
    return frozenset(table["given"]) | frozenset(table["surname"])


@lru_cache(maxsize=4096)
def segmentations(word: str, most: int = MAX_GIVEN_SYLLABLES) -> tuple[tuple[str, ...], ...]:
    """The ways a word splits into pinyin syllables (at most ``most``), fewest first: jintao →
    (jin, tao); xian → (xian,), (xi, an). An apostrophe marks a syllable boundary (xi'an)."""
    word = word.lower().replace("ü", "v").replace("u:", "v")
    if "'" in word:
        pieces = [p for p in word.split("'") if p]
        split = [segmentations(p, most) for p in pieces]
        if not all(split):
            return ()
        return (tuple(s for p in split for s in p[0]),) if len(pieces) <= most else ()
    syllables = _syllables()
    out: list[tuple[str, ...]] = []

    def walk(rest: str, done: tuple[str, ...]) -> None:
        if not rest:
            out.append(done)
            return
        if len(done) >= most:
            return
        for end in range(min(len(rest), 6), 0, -1):
            if rest[:end] in syllables:
                walk(rest[end:], (*done, rest[:end]))

    walk(word, ())
    return tuple(sorted(out, key=len))


def _surname_options(words: list[str]) -> list[tuple[str, float]]:
    """A family name's characters with their costs: one syllable, or a compound of two (Ouyang)."""
    table = _table()["surname"]
    if len(words) != 1:
        return []
    word = words[0].lower()
    return table.get(word) or _compound_surnames().get(word, [])


COMPOUND_COST = 3.0  # a two-character family name is rare


@lru_cache(maxsize=1)
def _compound_surnames() -> dict[str, list[tuple[str, float]]]:
    """The compound family names by their pinyin written as one word (ouyang → 欧阳)."""
    from pypinyin import lazy_pinyin

    from habeas.names.phonetic import compound_surnames

    out: dict[str, list[tuple[str, float]]] = {}
    for chars in sorted(compound_surnames()):
        out.setdefault("".join(lazy_pinyin(chars)), []).append((chars, COMPOUND_COST))
    return out


def _given_options(words: list[str], limit: int) -> list[tuple[str, float]]:
    """A given name's likeliest characters, with costs: each syllable's characters chained."""
    table = _table()["given"]
    best: list[tuple[float, str]] = []
    for split in segmentations("".join(w.lower() for w in words)):
        if not all(s in table for s in split):
            continue
        chains: list[tuple[float, str]] = [(0.0, "")]
        for syl in split:
            grown = [(c + cost, text + ch) for c, text in chains for ch, cost in table[syl]]
            chains = heapq.nsmallest(limit, grown)
        best.extend((c + _split_cost(split), t) for c, t in chains)
    return [(t, c) for c, t in heapq.nsmallest(limit, best)]


def _split_cost(split: tuple[str, ...]) -> float:
    """How unlikely a given name's split into syllables is: long ones, and vowels inside (ke-qi-ang)."""
    inner_vowels = sum(1 for syl in split[1:] if syl[:1] in "aeo")
    return EXTRA_SYLLABLE_COST * max(0, len(split) - 2) + 0.3 * (len(split) > 1) + VOWEL_SYLLABLE_COST * inner_vowels


def is_pinyin_name(name: str) -> bool:
    """Whether a Latin name reads as a Han name in pinyin (a family name and a given name)."""
    return bool(_orders(name))


def _orders(name: str) -> list[tuple[list[str], list[str], float]]:
    """(family name words, given name words, cost of that order) for each way the name reads."""
    words = [w for w in name.replace("-", " ").split() if w]
    if not 2 <= len(words) <= 3 or not all(
        w.replace("'", "").isascii() and w.replace("'", "").isalpha() for w in words
    ):
        return []
    out = []
    for family, given, cost in ((words[:1], words[1:], 0.0), (words[-1:], words[:-1], ORDER_COST)):
        if _surname_options(family) and _given_options(given, 1):
            out.append((family, given, cost))
    return out


@lru_cache(maxsize=4096)
def candidates(name: str, limit: int = 10) -> tuple[tuple[str, float], ...]:
    """The likeliest Chinese-character forms of a Han name in pinyin, as (characters, cost), best
    first: 胡锦涛 among those of Hu Jintao. Empty when the name does not read as one."""
    found: dict[str, float] = {}
    for family, given, order_cost in _orders(name):
        for sur, c1 in _surname_options(family)[:limit]:
            for giv, c2 in _given_options(given, limit):
                text, cost = sur + giv, c1 + c2 + order_cost
                if cost < found.get(text, math.inf):
                    found[text] = cost
    best = heapq.nsmallest(limit, ((c, t) for t, c in found.items()))
    return tuple((t, round(c, 3)) for c, t in best)


def part_variants(name: str, limit: int = 16) -> list[list[str]]:
    """The renderings of each part (family name, given name) of a Han name in pinyin, likeliest
    first: what a case's documents are asked about, part by part (``[]`` when it is not one)."""
    orders = _orders(name)
    if not orders:
        return []
    family, given, _ = orders[0]
    return [
        [c for c, _ in _surname_options(family)[:limit]],
        [g for g, _ in _given_options(given, limit)],
    ]


def main() -> None:
    """Rebuild ``data/hanzi_names.json`` from the lexicon."""
    DATA.parent.mkdir(exist_ok=True)
    DATA.write_text(json.dumps(build_table(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {DATA}")


if __name__ == "__main__":
    main()
