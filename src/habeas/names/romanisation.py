"""Latin spellings of Uyghur names, in any romanisation, read as Uyghur Latin (ULY).

ULY writes every Uyghur sound with its own letter (x = خ, q = ق, gh = غ, é, ö, ü), so a ULY spelling is
turned into the Arabic script letter for letter (:func:`habeas.names.scripts.uly_to_uey`). Other
romanisations write several Uyghur sounds with one Latin letter; this module reads them as ULY:

* **ULY** (a word with ``x``, ``q`` or ``é``): taken as written, ``x`` = خ.
* **English-style** (``kh``, ``gh``, ``sh``, ``ch``, ``zh``, ``j``, ``y``; ``ee``, ``oo``, ``v``):
  ``kh`` = خ; ``h`` = ھ, except before a voiceless consonant, where it stands for خ (Tohti = توختى,
  Ilham = ئىلھام); a final ``h`` after a vowel is silent (Abdullah = ئابدۇللا); ``zh`` = ج (the
  Kazakh/Russian/pinyin spelling of /dʒ/ in names), ژ second; ``y`` between consonants is a vowel (i).
* **Uyghur vowel harmony** decides what English letters hide: ``k``/``g`` are ق/غ next to a back vowel
  (a, o, u) and ك/گ next to a front one (e, é, ö, ü); next to the neutral i they are ك/گ, except a
  final -ik, which is the Arabic -iq (Sadik = سادىق). ``o``/``u`` are ö/ü in a first syllable
  followed by e/é (Omer = ئۆمەر; u only after k/g or at the start: Kuresh = كۈرەش, not Muhemmet); a
  later u is ü when the first vowel is (rounding harmony); g/k + u + a closing l is the name element
  gül, گۈل (Gulnar = گۈلنار). ``e`` is é in a final CeCiC, the Arabic pattern of Kérim, Réhim, Shérip.
* **Turkish-style** (ş, ç, ğ, ı; ``c`` = ج): folded to sh, ch, gh, i, j.
* **Russian-style** (a name with -ov/-ev, or Latin made from Russian Cyrillic): Russian writes both ھ
  and خ as х (``kh``), so ``kh`` is read like an English ``h``; ``y`` between consonants is ы (i).
* **Pinyin** of a Chinese transcription (Maimaiti, Tuerxun, Yilihamu): a word that splits into pinyin
  syllables of transcription characters and shows two marks of pinyin (ai/ei/ao/ou finals, a medial
  ``er`` syllable, x/q/zh initials, a final silent-vowel syllable such as -mu/-ti, an initial yi/wu)
  is read through the characters (:mod:`habeas.names.transcription`): Maimaiti → Memet.

Each reading is a set of candidates with costs (cheapest first); :func:`to_uly` keeps the best. The
rules model the conventions, not particular names: nothing here lists a person's name.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from functools import lru_cache

from habeas.names import scripts, transcription

ULY = "uly"
ENGLISH = "english"
TURKISH = "turkish"
RUSSIAN = "russian"
PINYIN = "pinyin"

FRONT = frozenset("eéöü")
BACK = frozenset("aou")
_VOWEL_TOKENS = frozenset({"a", "e", "é", "i", "o", "u", "ö", "ü", "ai"})
# Consonants before which an English ``h`` is Uyghur خ (x): the voiceless ones.
_VOICELESS = frozenset({"t", "ch", "K", "k", "q", "Q", "s", "sh", "p", "X", "f"})

_FOLD = str.maketrans(
    {
        "ş": "sh",
        "ç": "ch",
        "ğ": "gh",
        "ı": "i",
        "ä": "e",
        "ə": "e",
        "â": "a",
        "î": "i",
        "û": "u",
        "ū": "u",
        "ñ": "ng",
        "ž": "zh",
        "š": "sh",
        "č": "ch",
        "ó": "o",
        "á": "a",
        "í": "i",
        "ú": "u",
        "è": "e",
        "ê": "e",
        "’": "'",
        "ʼ": "'",
        "`": "'",
        "´": "'",
        "‘": "'",
    }
)
_TURKISH_MARKS = frozenset("şçğı")
_ULY_MARKS = frozenset("xqé")
_RUSSIAN_ENDING = re.compile(r"(ov|ev|yev|ova|eva|yeva|ovich|evich|ovna|evna)$")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")

# English-style spellings, longest first: spelling → token. Upper-case tokens are letters whose Uyghur
# value is decided by context (K: k/q, G: g/gh, H: h/x, KH: x/h, ZH: j/zh, X: x/sh, Q: q/ch, Y: y/i).
_GRAPHEMES: tuple[tuple[str, str], ...] = (
    ("dzh", "j"),
    ("tch", "ch"),
    ("dj", "j"),
    ("kh", "KH"),
    ("gh", "gh"),
    ("sh", "sh"),
    ("ch", "ch"),
    ("zh", "ZH"),
    ("ph", "f"),
    ("ng", "ng"),
    ("ck", "K"),
    ("ee", "i"),
    ("oo", "u"),
    ("ou", "u"),
    ("ai", "ai"),
    ("k", "K"),
    ("g", "G"),
    ("h", "H"),
    ("x", "X"),
    ("q", "Q"),
    ("y", "Y"),
    ("v", "w"),
    ("w", "w"),
)


def name_style(name: str) -> str:
    """The romanisation a whole name is most likely written in: ``turkish``, ``russian`` or ``english``.

    (Whether a single word is ULY or pinyin is decided word by word.)"""
    low = unicodedata.normalize("NFC", name).lower()
    if any(ch in low for ch in _TURKISH_MARKS):
        return TURKISH
    if any(_RUSSIAN_ENDING.search(w) for w in _WORD.findall(low)):
        return RUSSIAN
    return ENGLISH


def to_uly(name: str, style: str | None = None) -> str:
    """A Latin-script name in any romanisation, as the likeliest ULY spelling (word case kept)."""
    name = unicodedata.normalize("NFC", name)
    style = style or name_style(name)

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        best = uly_candidates(w, style, 1)
        return _case_like(best[0][0] if best else w.lower(), w)

    return _WORD.sub(word, name)


@lru_cache(maxsize=65536)
def uly_candidates(word: str, style: str = ENGLISH, limit: int = 8) -> tuple[tuple[str, float], ...]:
    """The likely ULY spellings of one Latin word, cheapest first, as (spelling, cost)."""
    low = unicodedata.normalize("NFC", word).lower().translate(_FOLD)
    if not low:
        return ()
    if style != TURKISH:
        read = pinyin_word(low)
        if read:
            return read[:limit]
        if any(ch in _ULY_MARKS for ch in low):
            return ((scripts.latin_to_uly(low).lower(), 0.0),)
    tokens = _tokens(low, style)
    slots = _resolve(tokens, style)
    return _best(slots, limit)


def _case_like(word: str, template: str) -> str:
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


# -- tokens ----------------------------------------------------------------------------------


def _tokens(low: str, style: str) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(low):
        for spelling, token in _GRAPHEMES:
            if low.startswith(spelling, i):
                out.append(token)
                i += len(spelling)
                break
        else:
            ch = low[i]
            if ch == "c":
                out.append("j" if style == TURKISH else "K")
            else:
                out.append(ch)
            i += 1
    return out


def _is_vowel(token: str) -> bool:
    return token in _VOWEL_TOKENS


# -- context rules ------------------------------------------------------------------------------

Slot = list[tuple[str, float]]


def _resolve(tokens: list[str], style: str) -> list[Slot]:
    vowels = _vowel_slots(tokens)
    best_vowel = {i: slot[0][0] for i, slot in vowels.items()}
    slots: list[Slot] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if i in vowels:
            slots.append(vowels[i])
            i += 1
            continue
        slot = _consonant_slot(tokens, i, best_vowel, style)
        if i + 1 < n and tokens[i + 1] == tok and tok not in ("'",):
            # a doubled consonant: both letters are read alike (Abdulla, Ghappar)
            slots.append([(a + a, c) for a, c in slot])
            i += 2
            continue
        slots.append(slot)
        i += 1
    return slots


def _vowel_slots(tokens: list[str]) -> dict[int, Slot]:
    idx = [i for i, t in enumerate(tokens) if _is_vowel(t)]
    out: dict[int, Slot] = {}
    first_front = False
    for k, i in enumerate(idx):
        tok = tokens[i]
        nxt = tokens[idx[k + 1]] if k + 1 < len(idx) else ""
        if tok in ("ö", "ü", "é", "i"):
            out[i] = [(tok, 0.0)]
        elif tok == "a":
            out[i] = [("a", 0.0), ("e", 0.8)]
        elif tok == "ai":
            out[i] = [("ay", 0.0), ("ey", 0.4)]
        elif tok == "e":
            out[i] = [("é", 0.0), ("e", 0.3)] if _final_cecic(tokens, i) else [("e", 0.0), ("é", 1.0)]
        else:  # o, u: back unless harmony says front
            front = _front_rounded(tokens, i, k == 0, nxt, first_front)
            f = "ö" if tok == "o" else "ü"
            out[i] = [(f, 0.0), (tok, 0.4)] if front else [(tok, 0.0), (f, 0.7)]
        if k == 0:
            first_front = out[i][0][0] in ("ö", "ü")
    return out


def _final_cecic(tokens: list[str], i: int) -> bool:
    """e in a word-final C e C i C (Kerim, -rehim, Sherip): the Arabic pattern Uyghur writes with é."""
    tail = tokens[i - 1 :]
    return (
        i >= 1
        and len(tail) == 5
        and not _is_vowel(tail[0])
        and not _is_vowel(tail[2])
        and tail[3] == "i"
        and not _is_vowel(tail[4])
    )


def _front_rounded(tokens: list[str], i: int, first: bool, next_vowel: str, first_front: bool) -> bool:
    tok = tokens[i]
    before = tokens[i - 1] if i else ""
    after = tokens[i + 1 : i + 3]
    if tok == "u" and before in ("G", "K") and after[:1] == ["l"] and (len(after) < 2 or not _is_vowel(after[1])):
        return True  # the name element gül (flower): Gulnar, Patigul
    if first and next_vowel in ("e", "é"):
        return tok == "o" or before in ("G", "K", "")
    return not first and tok == "u" and first_front  # rounding harmony: ü after a first ö/ü


def _syllable_vowel(tokens: list[str], i: int, best_vowel: dict[int, str]) -> tuple[str, bool]:
    """The vowel a consonant sounds with (the next one if it opens a syllable, else the one before)
    and whether the consonant closes the word."""
    n = len(tokens)
    if i + 1 < n and i + 1 in best_vowel:
        return best_vowel[i + 1], False
    for j in range(i - 1, -1, -1):
        if j in best_vowel:
            return best_vowel[j], i == n - 1
    for j in range(i + 1, n):
        if j in best_vowel:
            return best_vowel[j], False
    return "", i == n - 1


def _consonant_slot(tokens: list[str], i: int, best_vowel: dict[int, str], style: str) -> Slot:
    tok = tokens[i]
    n = len(tokens)
    nxt = tokens[i + 1] if i + 1 < n else ""
    prev = tokens[i - 1] if i else ""
    if tok in ("K", "G"):
        vowel, final = _syllable_vowel(tokens, i, best_vowel)
        plain, back = ("k", "q") if tok == "K" else ("g", "gh")
        if vowel[:1] in BACK:
            return [(back, 0.0), (plain, 0.5)]
        if vowel == "i" and final and tok == "K" and prev == "i":
            return [(back, 0.0), (plain, 0.4)]  # final -ik: the Arabic -iq
        return [(plain, 0.0), (back, 0.6)]
    if tok == "H" or (tok == "KH" and style == RUSSIAN):
        if nxt in _VOICELESS:
            return [("x", 0.0), ("h", 0.5)]
        if not nxt and i - 1 in best_vowel and style != RUSSIAN:
            return [("", 0.0), ("h", 0.5)]  # Abdullah: a silent final h
        return [("h", 0.0), ("x", 0.8)]
    if tok == "KH":
        return [("x", 0.0), ("h", 0.7)]
    if tok == "ZH":
        return [("j", 0.0), ("zh", 0.4)]
    if tok == "X":
        return [("x", 0.0), ("sh", 0.9)]
    if tok == "Q":
        return [("q", 0.0), ("ch", 0.9)]
    if tok == "Y":
        if prev and not _is_vowel(prev) and (not nxt or not _is_vowel(nxt)):
            return [("i", 0.0)]
        return [("y", 0.0)]
    if tok == "ng" and nxt and _is_vowel(nxt):
        return [("ng", 0.0), ("n'g", 0.5)]
    return [(tok, 0.0)]


def _best(slots: list[Slot], limit: int) -> tuple[tuple[str, float], ...]:
    beam: list[tuple[float, str]] = [(0.0, "")]
    for slot in slots:
        grown: dict[str, float] = {}
        for cost, text in beam:
            for piece, c in slot:
                t = text + piece
                if t not in grown or cost + c < grown[t]:
                    grown[t] = cost + c
        beam = heapq.nsmallest(limit * 2, ((c, t) for t, c in grown.items()))
    return tuple((t, round(c, 3)) for c, t in heapq.nsmallest(limit, beam))


# -- pinyin of a Chinese transcription ----------------------------------------------------------------

_PINYIN_DIPHTHONG = re.compile(r"(ai|ei|ao|ou|ui|ia|ie|iu|ua|uo)")
_CODA_SYLLABLES = frozenset({"mu", "ti", "ke", "fu", "si", "zi", "de", "ge", "he", "bu", "te", "pu"})


@lru_cache(maxsize=1)
def _pinyin_index() -> dict[str, str]:
    """Pinyin syllable → the transcription character read for it (one that can also close a syllable
    when there is one: 提 ti, 木 mu, 克 ke)."""
    from pypinyin import lazy_pinyin

    index: dict[str, str] = {}
    for ch in list(transcription.CODA) + list(transcription.SYLLABLES):
        syl = lazy_pinyin(ch)[0]
        if syl.isascii() and syl not in index:
            index[syl] = ch
    return index


def _pinyin_split(low: str) -> list[str] | None:
    """The fewest pinyin syllables (of transcription characters) that spell the word, if any."""
    index = _pinyin_index()
    n = len(low)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        cur = best[i]
        if cur is None:
            continue
        for j in range(i + 1, min(n, i + 6) + 1):
            syl = low[i:j]
            if syl in index:
                nxt = best[j]
                if nxt is None or len(nxt) > len(cur) + 1:
                    best[j] = [*cur, syl]
    return best[n]


def pinyin_word(low: str) -> tuple[tuple[str, float], ...]:
    """ULY readings of a word written in the pinyin of a Chinese transcription (Maimaiti → memet),
    or nothing when the word does not look like pinyin."""
    if not low.isascii() or not low.isalpha():
        return ()
    syllables = _pinyin_split(low)
    if not syllables or len(syllables) < 3:
        return ()
    marks = 0
    marks += any(
        _PINYIN_DIPHTHONG.search(s) and s not in ("ya", "ye", "yu", "you", "yao", "wa", "wo") for s in syllables
    )
    marks += "er" in syllables[1:]
    marks += any(s[:1] in ("x", "q", "c") or s.startswith("zh") for s in syllables)
    marks += syllables[-1] in _CODA_SYLLABLES
    marks += syllables[0] in ("yi", "wu") and not _is_vowel(syllables[1][0])
    if marks < 2:
        return ()
    index = _pinyin_index()
    chars = "".join(index[s] for s in syllables)
    return tuple((text, round(cost + 0.2, 3)) for text, cost in transcription.read_word(chars, 5))
