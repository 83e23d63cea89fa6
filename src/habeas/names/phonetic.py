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

import functools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from habeas.names import scripts, transcription
from habeas.names.chinese_script import simplified

_CHAR_FOLD = str.maketrans(
    {
        "é": "e",
        "è": "e",
        "ê": "e",
        "ë": "e",
        "ä": "e",
        "ə": "e",
        "æ": "e",
        "ė": "e",
        "ē": "e",
        "ę": "e",
        "ö": "o",
        "ó": "o",
        "ò": "o",
        "ô": "o",
        "ø": "o",
        "õ": "o",
        "ō": "o",
        "ő": "o",
        "ü": "u",
        "ú": "u",
        "ù": "u",
        "û": "u",
        "ū": "u",
        "ű": "u",
        "ů": "u",
        "ı": "i",
        "í": "i",
        "ì": "i",
        "î": "i",
        "ï": "i",
        "ī": "i",
        "á": "a",
        "à": "a",
        "â": "a",
        "ã": "a",
        "å": "a",
        "ā": "a",
        "ą": "a",
        "ş": "S",
        "š": "S",
        "ș": "S",
        "ś": "s",
        "ç": "C",
        "č": "C",
        "ć": "C",
        "ğ": "g",
        "ñ": "n",
        "ň": "n",
        "ž": "J",
        "ź": "z",
        "ż": "z",
        "ḥ": "h",
        "ḫ": "h",
        "ṭ": "t",
        "ṣ": "s",
        "ḍ": "d",
        "ẓ": "z",
        "ł": "l",
        "ß": "s",
        "đ": "d",
        "ð": "d",
        "þ": "t",
        "ř": "r",
        "ý": "y",
        "ÿ": "y",
        "'": "|",
        "’": "|",
        "‘": "|",
        "ʼ": "|",
        "ʻ": "|",
        "`": "|",
        "´": "|",
    }
)
# Multi-letter spellings of one sound, longest first (plain str.replace: fast).
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("tsch", "C"),
    ("sch", "S"),
    ("tch", "C"),
    ("dzh", "J"),
    ("dsh", "J"),
    ("dj", "J"),
    ("zh", "J"),
    ("ch", "C"),
    ("sh", "S"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("ee", "i"),
    ("oo", "u"),
    ("ou", "u"),
)
_SINGLE = str.maketrans({"x": "h", "q": "k", "c": "k", "v": "w", "j": "J", "|": None})
_Y_BETWEEN_CONSONANTS = re.compile(r"(?<=[^aeiou])y(?=[^aeiouy]|$)")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_DOUBLE = re.compile(r"(.)\1+")
_SKELETON = str.maketrans({"d": "t", "f": "p", "b": "p", "g": "k", "S": "s", "V": None, "y": None, "w": None})
_VOWEL_RUN = re.compile(r"[aeiouy]+")
TOKEN_SPLIT = re.compile(r"[\s·・•‧∙⋅･.,;:/\\()\[\]{}\"“”«»_+&-]+")
_ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XX"})

# Legal forms of organisations, by their folded spelling → one canonical form. They are set aside
# from the name's parts (a company is the same with or without "Ltd") and compared on their own.
_LEGAL_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), r)
    for p, r in (
        (r"\b(open |closed |public |private )?joint[- ]stock company\b", " jsc "),
        (r"\blimited liability company\b|общество с ограниченной ответственностью", " llc "),
        (r"\b(публичное |открытое |закрытое )?акционерное общество\b", " jsc "),
        (r"\bsp\. ?z ?o\.? ?o\.?", " llc "),
        (r"\bsociedad an[oó]nima\b|\bsoci[eé]t[eé] anonyme\b", " sa "),
        (r"\bsocietatea cu r[ăa]spundere limitat[ăa]\b", " llc "),
        (r"\bgesellschaft mit beschr[äa]e?nkter haftung\b", " gmbh "),
        (r"\bpublic limited company\b", " plc "),
        (r"\bpty\.? ltd\b", " ltd "),
    )
)
_LEGAL_HINTS = re.compile(r"joint|stock|liabil|общество|акционерное|sp|soci|gesellschaft|pty|public", re.IGNORECASE)
_GLUED_FORM = re.compile(r"(?<=[a-z])(AG|GmbH|GMBH|LLC|Ltd|LTD|Inc|PLC|JSC)\b")  # SiemensAG
_DOTTED_FORM = re.compile(r"(?<![\w.])((?:[a-z]\.){2,4})(?![\w])|(?<![\w])a/s\b", re.IGNORECASE)
LEGAL_FORMS = {
    "ltd": "ltd",
    "limited": "ltd",
    "ltda": "ltd",
    "inc": "inc",
    "incorporated": "inc",
    "corp": "corp",
    "corporation": "corp",
    "co": "co",
    "company": "co",
    "plc": "plc",
    "gmbh": "gmbh",
    "ag": "ag",
    "aktiengesellschaft": "ag",
    "sa": "sa",
    "sas": "sas",
    "sarl": "sarl",
    "nv": "nv",
    "bv": "bv",
    "ab": "ab",
    "as": "as",
    "oy": "oy",
    "spa": "spa",
    "srl": "srl",
    "lp": "lp",
    "llp": "llp",
    "llc": "llc",
    "pty": "ltd",
    "jsc": "jsc",
    "ojsc": "jsc",
    "cjsc": "jsc",
    "pjsc": "jsc",
    "oao": "jsc",
    "zao": "jsc",
    "pao": "jsc",
    "ooo": "llc",
    "ооо": "llc",
    "оао": "jsc",
    "зао": "jsc",
    "пао": "jsc",
    "ао": "jsc",
    "тов": "llc",
    "tov": "llc",
    "kg": "kg",
    "se": "se",
    "kft": "kft",
    "zrt": "zrt",
    "group": "group",
    "holding": "holding",
    "holdings": "holding",
    "ano": "ano",
    "ано": "ano",
    "ngo": "ngo",
    "foundation": "foundation",
}
_LEGAL_TAIL = re.compile(r"\b(inc|ltd|llc|co|corp|s\.?a|plc|gmbh|ag|limited)\b\.?", re.IGNORECASE)
# Titles and honorifics: not part of who someone is.
_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "president",
        "präsident",
        "h.e.",
        "he",
        "sheikh",
        "shaykh",
        "gen",
        "general",
        "col",
        "colonel",
        "lt",
        "capt",
        "hon",
        "the",
    }
)
# Particles of Arabic, Persian, Turkic, European names: they count for little.
_PARTICLES = frozenset(
    {
        "al",
        "el",
        "bin",
        "ben",
        "ibn",
        "bint",
        "abu",
        "abou",
        "ould",
        "de",
        "da",
        "di",
        "del",
        "van",
        "von",
        "der",
        "den",
        "du",
        "la",
        "le",
        "of",
        "and",
        "und",
        "et",
        "y",
        "e",
        "ul",
        "ud",
        "ur",
        "uddin",
    }
)

# Compound surnames of Han names (two characters).
_COMPOUND_SURNAMES = frozenset(
    {
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "令狐",
        "慕容",
        "夏侯",
        "司徒",
        "尉迟",
        "长孙",
        "宇文",
        "公孙",
        "轩辕",
        "端木",
        "独孤",
        "南宫",
        "西门",
        "呼延",
        "百里",
        "东郭",
        "闻人",
        "澹台",
        "赫连",
        "申屠",
    }
)
# Surnames read differently from the same character in other words.
_SURNAME_READINGS = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "朴": "piao",
    "区": "ou",
    "查": "zha",
    "盖": "ge",
    "乐": "yue",
    "尉": "yu",
    "覃": "qin",
    "翟": "zhai",
    "缪": "miao",
    "黑": "he",
    "华": "hua",
    "任": "ren",
    "燕": "yan",
    "纪": "ji",
    "种": "chong",
    "过": "guo",
    "沈": "shen",
    "葛": "ge",
    "秘": "bi",
    "隗": "wei",
    "长": "chang",
    "重": "chong",
    "万": "wan",
    "柏": "bai",
    "薄": "bo",
    "贾": "jia",
    "宿": "su",
    "郇": "xun",
}


def surname_reading(ch: str) -> str:
    """How a character reads as a family name where that differs from its usual reading (曾 zeng)."""
    return _SURNAME_READINGS.get(ch, "")


def compound_surnames() -> frozenset[str]:
    """The two-character family names of Han names (欧阳, 司马 ...)."""
    return _COMPOUND_SURNAMES


@lru_cache(maxsize=262144)
def fold(token: str) -> str:
    """One token of a Latin spelling folded to its phoneme string (the ``full`` key).

    Letters of other scripts that have no conversion here (Greek, Hebrew, Korean...) are kept as
    they are, so that two names in the same such script still compare.
    """
    s = token.lower()
    if not s.isascii():
        s = unicodedata.normalize("NFC", s).translate(_CHAR_FOLD)
        if not s.isascii():
            s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.replace("'", "|")
    for a, b in _DIGRAPHS:
        if a in s:
            s = s.replace(a, b)
    if "y" in s:
        s = _Y_BETWEEN_CONSONANTS.sub("i", s)
    s = s.translate(_SINGLE)
    if not s.isalpha():
        s = _NOT_LETTER.sub("", s)
    return _DOUBLE.sub(r"\1", s)


def shape(full: str) -> str:
    s = _VOWEL_RUN.sub("V", full.replace("h", ""))
    return s[:-1] if len(s) > 1 and s[-1] == "V" else s


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
    plain: str = ""  # the spelling itself, lower case, without accents (for typos: Steinbaum / Sheinbaum)


WORD, NUMBER, INITIAL, PARTICLE = "word", "number", "initial", "particle"


@dataclass(frozen=True)
class Token:
    """One part of a name as written, and its readings.

    ``kind`` is ``word``, ``number`` (23, II: must agree), ``initial`` (A. or JC: agrees with any part
    that begins so) or ``particle`` (al, bin, de: counts for little).
    """

    text: str
    variants: tuple[Variant, ...]
    kind: str = WORD

    weight: float = 0.0

    def __post_init__(self) -> None:
        if not self.weight:
            object.__setattr__(self, "weight", _weight(self.kind, self.variants))


def _weight(kind: str, variants: tuple[Variant, ...]) -> float:
    if kind == PARTICLE:
        return 0.6
    if kind == INITIAL:
        return 1.0
    if kind == NUMBER:
        return 2.0
    return float(max(2, min(8, len(variants[0].shape)))) if variants else 2.0


@dataclass(frozen=True)
class Reading:
    """A name read one way: ``latin`` (as written), ``uyghur`` (Chinese transcription) or ``pinyin``."""

    kind: str
    tokens: tuple[Token, ...]
    legal: frozenset[str] = frozenset()
    text: str = ""

    @functools.cached_property
    def joined_reversed(self) -> Token:
        """The parts written together in the other order (Tohti Ilham → tohtiilham)."""
        if len(self.tokens) == 1:
            return self.tokens[0]
        return _joined(list(reversed(self.tokens)), self.text)

    @functools.cached_property
    def has_number(self) -> bool:
        return any(t.kind == NUMBER for t in self.tokens)

    @functools.cached_property
    def joined(self) -> Token:
        """All parts written together (computed when first needed)."""
        if len(self.tokens) == 1:
            return self.tokens[0]
        if self.kind == "uyghur":
            return _transcribed_token("".join(t.text for t in self.tokens))
        return _joined(list(self.tokens), self.text)


@lru_cache(maxsize=262144)
def variant(reading: str, cost: float = 0.0) -> Variant:
    full, sh, skel, plain = _variant_keys(reading)
    return Variant(reading=reading, full=full, shape=sh, skeleton=skel, cost=cost, plain=plain)


@lru_cache(maxsize=262144)
def _variant_keys(reading: str) -> tuple[str, str, str, str]:
    """A reading's keys (full, shape, skeleton, plain letters), whatever its cost."""
    full = fold(reading)
    sh = shape(full)
    plain = reading.lower()
    if not plain.isascii():
        plain = "".join(c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c))
    plain = _NOT_LETTER.sub("", plain)
    return full, sh, skeleton(sh), plain


def _dedupe(variants: list[Variant]) -> tuple[Variant, ...]:
    best: dict[tuple[str, str, str], Variant] = {}
    for v in variants:
        key = (v.full, v.shape, v.skeleton)
        if key not in best or v.cost < best[key].cost:
            best[key] = v
    return tuple(sorted(best.values(), key=lambda v: (v.cost, v.full)))


_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "9": "g", "@": "a", "$": "s"})
_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "first": "1",
    "second": "2",
    "third": "3",
    "1st": "1",
    "2nd": "2",
    "3rd": "3",
}


@lru_cache(maxsize=262144)
def latin_token(text: str) -> Token:
    low = text.lower()
    if low in _NUMBER_WORDS:
        text = low = _NUMBER_WORDS[low]
    elif not text.isdigit() and any(c.isdigit() for c in text) and any(c.isalpha() for c in text):
        text = text.translate(_LEET)  # Ig0r Sech1n
        low = text.lower()
    if text.isdigit() or text in _ROMAN:
        return Token(text=text, variants=(Variant(text, text, text, text),), kind=NUMBER)
    if low in _PARTICLES:
        return Token(text=text, variants=(variant(text),), kind=PARTICLE)
    v = variant(text)
    if len(v.full) == 1 or (len(text) <= 3 and text.isupper() and not v.shape.count("V")):
        return Token(text=text, variants=(v,), kind=INITIAL)
    return Token(text=text, variants=(v,))


def _joined(tokens: list[Token], text: str) -> Token:
    """All parts written together, for names whose parts are split differently."""
    if len(tokens) == 1:
        return tokens[0]
    reading = "".join(t.variants[0].reading for t in tokens if t.variants)
    return Token(text=text, variants=(variant(reading),))


def _legal_form(part: str) -> str:
    low = part.lower()
    form = LEGAL_FORMS.get(low)
    if form:
        return form
    if low[:3] in _LEGAL_PREFIXES:  # a misspelt long form: Aktiengeselschaft
        return _LEGAL_FOLDED.get(fold(part), "")
    return ""


def latin_reading(text: str, kind: str = "latin") -> Reading | None:
    """A name written in Latin letters, part by part ("Frost, William" is read as "William Frost")."""
    if text.count(",") == 1:
        last, first = text.split(",")
        if first.strip() and last.strip() and len(last.split()) <= 2 and not _LEGAL_TAIL.search(first):
            text = f"{first} {last}"
    if _LEGAL_HINTS.search(text):
        for pattern, repl in _LEGAL_PHRASES:
            text = pattern.sub(repl, text)
    text = _GLUED_FORM.sub(r" \1", text)
    if "." in text or "/" in text:  # S.A.R.L., p.l.c., A/S: one word each
        text = _DOTTED_FORM.sub(lambda m: " " + m.group(0).replace(".", "").replace("/", "") + " ", text)
    parts = [p for p in TOKEN_SPLIT.split(text) if p]
    legal: set[str] = set()
    tokens: list[Token] = []
    # legal forms are taken from the start and the end of a name only (OAO Gazprom, Siemens AG)
    start, end = 0, len(parts)
    while start < end and _legal_form(parts[start]):
        legal.add(_legal_form(parts[start]))
        start += 1
    while end > start and _legal_form(parts[end - 1]):
        legal.add(_legal_form(parts[end - 1]))
        end -= 1
    for p in parts[start:end]:
        low = p.lower()
        if low in _TITLES and len(parts) > 1:
            continue
        if fold(p) or p.isdigit():
            tokens.append(latin_token(p))
    if not tokens:  # a name that is only a legal form or a title: keep what there is
        tokens = [latin_token(p) for p in parts if fold(p)]
        legal = set()
    if not tokens:
        return None
    return Reading(kind=kind, tokens=tuple(tokens), legal=frozenset(legal), text=text)


@lru_cache(maxsize=262144)
def _transcribed_token(part: str) -> Token:
    return Token(text=part, variants=_dedupe([variant(r, c) for r, c in transcription.read_word(part)]))


def uyghur_reading(text: str) -> Reading | None:
    """A Chinese-character name read as a Uyghur (or Kazakh) name in transcription."""
    parts = [p for p in transcription.split_name(text) if scripts.HAN_RE.search(p)]
    if not parts:
        return None
    tokens = [_transcribed_token(p) for p in parts]
    return Reading(kind="uyghur", tokens=tuple(tokens), text=text)


def han_pinyin(text: str) -> tuple[str, str] | None:
    """A Han name as (surname, given name) in pinyin, or None when it does not look like one; read in
    simplified characters, whichever it is written in (歐陽明 as 欧阳明: the family name Ouyang)."""
    from pypinyin import lazy_pinyin

    chars = simplified("".join(c for c in text if scripts.HAN_RE.match(c)))
    if not 2 <= len(chars) <= 4 or len(chars) != len(text.strip()):
        return None
    surname = chars[:2] if chars[:2] in _COMPOUND_SURNAMES and len(chars) > 2 else chars[:1]
    syllables = lazy_pinyin(chars)
    sur = _SURNAME_READINGS.get(surname) if len(surname) == 1 else None
    sur = sur or "".join(syllables[: len(surname)])
    return sur, "".join(syllables[len(surname) :])


def pinyin_reading(text: str) -> Reading | None:
    """A Han name in pinyin: surname first, given name joined (Wang Lixiong); order is free in matching."""
    parts = han_pinyin(text)
    if parts is None:
        return None
    tokens = [latin_token(parts[0]), latin_token(parts[1])]
    return Reading(kind="pinyin", tokens=tuple(tokens), text=text)


@dataclass(frozen=True)
class NameKey:
    """A name with all the ways it can be read."""

    name: str
    script: str
    readings: tuple[Reading, ...]


@lru_cache(maxsize=65536)
def analyse(name: str) -> NameKey:
    """Every reading of a name, in any script."""
    if name.isascii():
        name, script = name.strip(), "latin"
    else:  # a Han name spaced out ("王　刚") is read as written together
        name = scripts.han_spaces_closed(unicodedata.normalize("NFC", name).strip())
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
    """The usual reading of each part of a name, in each way it can be read (no alternatives):
    what the names index stores, computed without the full set of readings."""
    name = scripts.han_spaces_closed(unicodedata.normalize("NFC", name).strip())
    script = scripts.script_of(name)
    if script != "han":
        return [[t.variants[0] for t in r.tokens if t.variants] for r in analyse(name).readings]
    out: list[list[Variant]] = []
    parts = [p for p in transcription.split_name(name) if scripts.HAN_RE.search(p)]
    uyghur = []
    for part in parts:
        best = transcription.read_word(part, 1)
        if best:
            uyghur.append(variant(best[0][0]))
    if uyghur:
        out.append(uyghur)
    han = han_pinyin(name)
    if han:
        out.append([variant(han[0]), variant(han[1])])
    return out


_LEGAL_FOLDED: dict[str, str] = {fold(k): v for k, v in LEGAL_FORMS.items() if len(k) > 3}
_LEGAL_PREFIXES = frozenset(k[:3] for k in LEGAL_FORMS if len(k) > 3)


# -- index terms -----------------------------------------------------------------------
#
# The names index stores, for every name, a few short terms: the key of each part (``lm``, ``tt``)
# and of each pair of parts (``lm+tt``), taken from ``index_keys``. A lookup reads the names that
# share a term with the query's (every reading of every part) instead of every name: two-part
# names meet on a pair, a one-part query on its part.

PAIR = "+"
NEAR = "~"  # a pair of parts by the first two letters of their keys: spellings that drift later on
NEAR_LENGTH = 2
MAX_QUERY_TERMS = 96


def _pairs(parts: list[str], sep: str = PAIR) -> set[str]:
    return {sep.join(sorted((a, b))) for i, a in enumerate(parts) for b in parts[i + 1 :] if a and b}


def index_terms(keys: str) -> set[str]:
    """The terms a name is found by, from its ``index_keys``: each part's key, each pair's, each
    pair's by the keys' first letters (``pt~ps``), and the parts written together."""
    out: set[str] = set()
    for reading in keys.split("|"):
        parts = [p for p in reading.split(" ") if p]
        out.update(parts)
        out.update(_pairs(parts[:6]))
        out.update(_pairs([p[:NEAR_LENGTH] for p in parts[:6]], NEAR))
        if len(parts) > 1:
            out.add("".join(parts))  # the parts written together (Zhuhailun)
    return {t[:64] for t in out}


@lru_cache(maxsize=4096)
def query_terms(name: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(pair terms, near pair terms, part terms) a query looks names up by: every reading of every
    part, so that a Han name's Uyghur and pinyin readings and a name's other spellings all find
    their rows; the near pairs find spellings whose keys drift after their first letters."""
    pairs: set[str] = set()
    near: set[str] = set()
    parts: set[str] = set()
    for keys in index_keys(name).split("|"):
        for term in index_terms(keys):
            (near if NEAR in term else pairs if PAIR in term else parts).add(term)
    for reading in analyse(name).readings:
        options = [
            sorted({v.skeleton or v.shape for v in tok.variants if v.skeleton or v.shape}) for tok in reading.tokens
        ]
        options = [o[:6] for o in options if o][:6]
        for opts in options:
            parts.update(opts)
        for i, left in enumerate(options):
            for right in options[i + 1 :]:
                pairs.update(PAIR.join(sorted((a, b))) for a in left for b in right)
                near.update(NEAR.join(sorted((a[:NEAR_LENGTH], b[:NEAR_LENGTH]))) for a in left for b in right)
        joined = reading.joined.variants if len(reading.tokens) > 1 else ()
        parts.update(v.skeleton for v in joined if v.skeleton)
    return tuple(frozenset(sorted(t)[:MAX_QUERY_TERMS]) for t in (pairs, near, parts))  # type: ignore[return-value]
