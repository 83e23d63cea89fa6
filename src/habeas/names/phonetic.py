"""Phonetic keys: any spelling of a name folded to the sounds it writes.

A Latin spelling (Uyghur Latin, English, Turkish, Kazakh, Russian-style, pinyin) is folded to a
phoneme string (``full``), from which two coarser keys are derived:

* ``full``: letters for sounds, digraphs as one symbol (kh/x → h, sh/ş → S, ch/ç → C,
  j/dj/dzh/zh → J, q/c → k, gh → g, v → w), é/ä → e, ö → o, ü → u, ee → i, doubles collapsed;
* ``shape``: consonants in order with each run of vowels (and y between them) as ``V``, h dropped
  and a final vowel dropped: Tohti, Toxti, Tokhti and 土赫提 (tu-he-t) are all ``tVt``;
  Isa, Eysa and Aisa are ``Vs``; Heyit and Hayit ``Vt`` after h;
* ``skeleton``: the consonants alone with voicing folded (d → t, f → p, g → k): the key used to
  find candidates.

Names are then read as tokens (the parts of a name); a Chinese-character name is read as a
Uyghur/Kazakh transcription (several readings per part) and, for Han names, as pinyin.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from habeas.names import scripts, transcription

_CHAR_FOLD = str.maketrans({
    "é": "e", "è": "e", "ê": "e", "ë": "e", "ä": "e", "ə": "e", "æ": "e", "ė": "e", "ē": "e", "ę": "e",
    "ö": "o", "ó": "o", "ò": "o", "ô": "o", "ø": "o", "õ": "o", "ō": "o", "ő": "o",
    "ü": "u", "ú": "u", "ù": "u", "û": "u", "ū": "u", "ű": "u", "ů": "u",
    "ı": "i", "í": "i", "ì": "i", "î": "i", "ï": "i", "ī": "i",
    "á": "a", "à": "a", "â": "a", "ã": "a", "å": "a", "ā": "a", "ą": "a",
    "ş": "S", "š": "S", "ș": "S", "ś": "s", "ç": "C", "č": "C", "ć": "C", "ğ": "g", "ñ": "n", "ň": "n",
    "ž": "J", "ź": "z", "ż": "z", "ḥ": "h", "ḫ": "h", "ṭ": "t", "ṣ": "s", "ḍ": "d", "ẓ": "z", "ł": "l",
    "ß": "s", "đ": "d", "ð": "d", "þ": "t", "ř": "r", "ý": "y", "ÿ": "y",
    "'": "|", "’": "|", "‘": "|", "ʼ": "|", "ʻ": "|", "`": "|", "´": "|",
})
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in (
    (r"tsch|tch", "C"), (r"sch", "S"), (r"dzh|dsh|dj|zh", "J"), (r"ch", "C"), (r"sh", "S"), (r"kh", "h"),
    (r"gh", "g"), (r"ph", "f"), (r"th", "t"), (r"ck", "k"), (r"ee", "i"), (r"oo|ou", "u"),
    (r"(?<=[^aeiou|])y(?=[^aeiouy]|$)", "i"), (r"x", "h"), (r"q", "k"), (r"c", "k"), (r"v", "w"), (r"j", "J"),
    (r"[^a-zA-Z]", ""), (r"(.)\1+", r"\1"),
))
_SKELETON = str.maketrans({"d": "t", "f": "p", "b": "p", "g": "k", "S": "s", "V": None, "y": None, "w": None})
_VOWEL_RUN = re.compile(r"[aeiouy]+")
TOKEN_SPLIT = re.compile(r"[\s·・•‧∙⋅･.,;:/\\()\[\]{}\"_+&-]+")

# Compound surnames of Han names (two characters).
_COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "夏侯", "司徒", "尉迟", "长孙", "宇文", "公孙",
    "轩辕", "端木", "独孤", "南宫", "西门", "呼延", "百里", "东郭", "闻人", "澹台", "赫连", "申屠",
})
# Surnames read differently from the same character in other words.
_SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "区": "ou", "查": "zha", "盖": "ge",
    "乐": "yue", "尉": "yu", "覃": "qin", "翟": "zhai", "缪": "miao", "黑": "he", "华": "hua", "任": "ren",
    "燕": "yan", "纪": "ji", "种": "chong", "过": "guo", "沈": "shen", "葛": "ge", "秘": "bi", "隗": "wei",
    "长": "chang", "重": "chong", "万": "wan", "柏": "bai", "薄": "bo", "贾": "jia", "宿": "su", "郇": "xun",
}


@lru_cache(maxsize=262144)
def fold(token: str) -> str:
    """One token of a Latin spelling folded to its phoneme string (the ``full`` key)."""
    s = unicodedata.normalize("NFC", token).lower().translate(_CHAR_FOLD)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    for pattern, repl in _RULES:
        s = pattern.sub(repl, s)
    return s


def shape(full: str) -> str:
    s = _VOWEL_RUN.sub("V", full.replace("h", ""))
    s = re.sub(r"V+", "V", s)
    return s[:-1] if len(s) > 1 and s.endswith("V") else s


def skeleton(shape_key: str) -> str:
    return shape_key.translate(_SKELETON)


@dataclass(frozen=True)
class Variant:
    """One reading of a token, with its keys and how unlikely the reading is (0 = the usual one)."""

    reading: str
    full: str
    shape: str
    skeleton: str
    cost: float = 0.0


@dataclass(frozen=True)
class Token:
    """One part of a name as written, and its readings."""

    text: str
    variants: tuple[Variant, ...]

    @property
    def weight(self) -> float:
        return float(max(2, min(8, len(self.variants[0].shape)))) if self.variants else 2.0


@dataclass(frozen=True)
class Reading:
    """A name read one way: ``latin`` (as written), ``uyghur`` (Chinese transcription) or ``pinyin``."""

    kind: str
    tokens: tuple[Token, ...]
    joined: Token


@lru_cache(maxsize=262144)
def variant(reading: str, cost: float = 0.0) -> Variant:
    full = fold(reading)
    sh = shape(full)
    return Variant(reading=reading, full=full, shape=sh, skeleton=skeleton(sh), cost=cost)


def _dedupe(variants: list[Variant]) -> tuple[Variant, ...]:
    best: dict[tuple[str, str, str], Variant] = {}
    for v in variants:
        key = (v.full, v.shape, v.skeleton)
        if key not in best or v.cost < best[key].cost:
            best[key] = v
    return tuple(sorted(best.values(), key=lambda v: (v.cost, v.full)))


def latin_token(text: str) -> Token:
    return Token(text=text, variants=(variant(text),))


def _joined(tokens: list[Token], text: str) -> Token:
    """All parts written together, for names whose parts are split differently."""
    if len(tokens) == 1:
        return tokens[0]
    reading = "".join(t.variants[0].reading for t in tokens if t.variants)
    return Token(text=text, variants=(variant(reading),))


def latin_reading(text: str, kind: str = "latin") -> Reading | None:
    tokens = [latin_token(p) for p in TOKEN_SPLIT.split(text) if p and fold(p)]
    if not tokens:
        return None
    return Reading(kind=kind, tokens=tuple(tokens), joined=_joined(tokens, text))


def _transcribed_token(part: str) -> Token:
    return Token(text=part, variants=_dedupe([variant(r, c) for r, c in transcription.read_word(part)]))


def uyghur_reading(text: str) -> Reading | None:
    """A Chinese-character name read as a Uyghur (or Kazakh) name in transcription."""
    parts = [p for p in transcription.split_name(text) if scripts.HAN_RE.search(p)]
    if not parts:
        return None
    tokens = [_transcribed_token(p) for p in parts]
    joined = _transcribed_token("".join(parts)) if len(parts) > 1 else tokens[0]
    return Reading(kind="uyghur", tokens=tuple(tokens), joined=joined)


def han_pinyin(text: str) -> tuple[str, str] | None:
    """A Han name as (surname, given name) in pinyin, or None when it does not look like one."""
    from pypinyin import lazy_pinyin

    chars = "".join(c for c in text if scripts.HAN_RE.match(c))
    if not 2 <= len(chars) <= 4 or len(chars) != len(text.strip()):
        return None
    surname = chars[:2] if chars[:2] in _COMPOUND_SURNAMES and len(chars) > 2 else chars[:1]
    given = chars[len(surname):]
    sur = _SURNAME_READINGS.get(surname) if len(surname) == 1 else None
    sur = sur or "".join(lazy_pinyin(surname))
    return sur, "".join(lazy_pinyin(given))


def pinyin_reading(text: str) -> Reading | None:
    """A Han name in pinyin: surname first, given name joined (Wang Lixiong); order is free in matching."""
    parts = han_pinyin(text)
    if parts is None:
        return None
    tokens = [latin_token(parts[0]), latin_token(parts[1])]
    return Reading(kind="pinyin", tokens=tuple(tokens), joined=latin_token(parts[0] + parts[1]))


@dataclass(frozen=True)
class NameKey:
    """A name with all the ways it can be read."""

    name: str
    script: str
    readings: tuple[Reading, ...]


@lru_cache(maxsize=65536)
def analyse(name: str) -> NameKey:
    """Every reading of a name, in any script."""
    name = unicodedata.normalize("NFC", name).strip()
    script = scripts.script_of(name)
    readings: list[Reading | None] = []
    if script == "han":
        readings.append(uyghur_reading(name))
        readings.append(pinyin_reading(name))
    elif script == "arabic":
        readings.append(latin_reading(scripts.uey_to_uly(name)))
    elif script == "cyrillic":
        readings.append(latin_reading(scripts.cyrillic_to_latin(name)))
    else:
        readings.append(latin_reading(name))
    return NameKey(name=name, script=script, readings=tuple(r for r in readings if r is not None))


def blocking_keys(key: NameKey) -> set[str]:
    """Skeletons of every part of every reading: two names that may match share at least one."""
    out: set[str] = set()
    for reading in key.readings:
        for tok in reading.tokens:
            out.update(v.skeleton[:3] for v in tok.variants if v.skeleton)
    return out


def index_keys(name: str) -> str:
    """Short keys for finding candidates fast: the skeleton of each part of each reading, readings
    separated by ``|`` (``lm tt`` for Ilham Tohti and for 伊力哈木·土赫提)."""
    out: list[str] = []
    for reading in analyse_quick(name):
        keys = [v.skeleton or v.shape for v in reading]
        text = " ".join(k for k in keys if k)
        if text and text not in out:
            out.append(text)
    return "|".join(out)


def analyse_quick(name: str) -> list[list[Variant]]:
    """The usual reading of each part of a name, in each way it can be read (no alternatives)."""
    key = analyse(name)
    return [[t.variants[0] for t in r.tokens if t.variants] for r in key.readings]
