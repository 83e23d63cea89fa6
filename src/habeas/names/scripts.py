"""Script conversion for Uyghur and Kazakh names.

Uyghur is written in three scripts whose letters correspond one to one (with a few digraphs):

* UEY, the Arabic-based script (ئىلھام), where every vowel is written and a word-initial vowel
  (or a vowel after another vowel) carries a hamza seat, ``ئ``;
* ULY, the Latin script of 2001 (Ilham), with é, ö, ü and the digraphs ch, gh, ng, sh, zh; an
  apostrophe separates letters that would otherwise read as a digraph (n'g) or marks a hamza;
* USY, the Cyrillic script (Илһам).

UEY ↔ ULY ↔ USY are exact and reversible for text written in those scripts. Kazakh Cyrillic and
Russian Cyrillic are transliterated to Latin (one way).
"""

from __future__ import annotations

import re
import unicodedata

# -- the Uyghur alphabet: (ULY, UEY, USY) ------------------------------------------------

UYGHUR_LETTERS: tuple[tuple[str, str, str], ...] = (
    ("a", "ا", "а"),
    ("e", "ە", "ә"),
    ("b", "ب", "б"),
    ("p", "پ", "п"),
    ("t", "ت", "т"),
    ("j", "ج", "җ"),
    ("ch", "چ", "ч"),
    ("x", "خ", "х"),
    ("d", "د", "д"),
    ("r", "ر", "р"),
    ("z", "ز", "з"),
    ("zh", "ژ", "ж"),
    ("s", "س", "с"),
    ("sh", "ش", "ш"),
    ("gh", "غ", "ғ"),
    ("f", "ف", "ф"),
    ("q", "ق", "қ"),
    ("k", "ك", "к"),
    ("g", "گ", "г"),
    ("ng", "ڭ", "ң"),
    ("l", "ل", "л"),
    ("m", "م", "м"),
    ("n", "ن", "н"),
    ("h", "ھ", "һ"),
    ("o", "و", "о"),
    ("u", "ۇ", "у"),
    ("ö", "ۆ", "ө"),
    ("ü", "ۈ", "ү"),
    ("w", "ۋ", "в"),
    ("é", "ې", "е"),
    ("i", "ى", "и"),
    ("y", "ي", "й"),
)
ULY_VOWELS = frozenset("aeéiouöü")
HAMZA = "ئ"
ULY_DIGRAPHS = ("ch", "gh", "ng", "sh", "zh")

_ULY_TO_UEY = {lat: ara for lat, ara, _ in UYGHUR_LETTERS}
_UEY_TO_ULY = {ara: lat for lat, ara, _ in UYGHUR_LETTERS}
_ULY_TO_USY = {lat: cyr for lat, _, cyr in UYGHUR_LETTERS}
_USY_TO_ULY = {cyr: lat for lat, _, cyr in UYGHUR_LETTERS}
# Variant Arabic-script code points met in real text, folded to the standard letters.
_UEY_VARIANTS = {
    "ك": "ك",
    "ي": "ي",
    "ى": "ى",
    "ہ": "ھ",
    "ه": "ھ",
    "ە": "ە",
    "ة": "ە",
    "ۇ": "ۇ",
    "ﺋ": HAMZA,
    "ء": HAMZA,
    "أ": HAMZA + "ا",
    "إ": HAMZA + "ى",
    "ؤ": HAMZA + "ۇ",
    "\u0640": "",  # tatweel
}
_USY_EXTRA = {
    "ю": "yu",
    "я": "ya",
    "ё": "yo",
    "ы": "i",
    "і": "i",
    "э": "e",
    "ъ": "",
    "ь": "",
    "ц": "ts",
    "щ": "shch",
    "ұ": "u",
    "ғ": "gh",
}

# The letters of a script, as the inside of a regular expression's character class ("[...]").
# Latin: A to Z with the accented capitals and small letters of Latin-1 (not × and ÷), and the blocks
# that extend it: A (Central European and Turkish letters: ł, ő, ğ, ş), B (ǎ, ș, ɓ) and Additional (Vietnamese
# letters with two marks: ặ, ị)
LATIN_UPPER = "A-ZÀ-ÖØ-Þ"
LATIN_LOWER = "a-zß-öø-ÿ"
LATIN_EXTENDED_A = "\u0100-\u017f"
LATIN_EXTENDED_B = "\u0180-\u024f"
LATIN_EXTENDED_ADDITIONAL = "\u1e00-\u1eff"
# Han: the CJK ideographs of the Basic Multilingual Plane (Extension A, the unified block, the compatibility block)
HAN_CHARACTERS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")
_HAN = rf"[{HAN_CHARACTERS}\U00020000-\U0002FA1F]"  # and the supplementary planes' ideographs
HAN_RE = re.compile(_HAN)
KAZAKH_ONLY = frozenset("ұіғқ") | frozenset("ҰІ")
# Spaces (ASCII or the ideographic U+3000) between two Han characters, on one line. Chinese writes no
# space inside a name, but pages space a two-character name out to the width of three ("王　刚",
# "陈  静") in bylines, signatures and rosters: the spaced form is the same name.
_SPACE_BETWEEN_HAN_RE = re.compile(rf"(?<={_HAN})[^\S\r\n]+(?={_HAN})")


def script_of(text: str) -> str:
    """The main script of a name: ``han``, ``arabic``, ``cyrillic`` or ``latin``."""
    if HAN_RE.search(text):
        return "han"
    if ARABIC_RE.search(text):
        return "arabic"
    if CYRILLIC_RE.search(text):
        return "cyrillic"
    return "latin"


def han_spaces_closed(text: str) -> str:
    """``text`` without the spaces between Han characters ("王　刚" → "王刚"); Latin names keep theirs."""
    return _SPACE_BETWEEN_HAN_RE.sub("", text)


def _case_like(word: str, template: str) -> str:
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


# -- ULY → UEY ------------------------------------------------------------------------------


def _uly_letters(word: str) -> list[str]:
    """A ULY word as letters (digraphs as one); ``'`` is kept as a separator/hamza mark."""
    letters: list[str] = []
    i = 0
    w = word.lower()
    while i < len(w):
        pair = w[i : i + 2]
        if pair in ULY_DIGRAPHS:
            letters.append(pair)
            i += 2
            continue
        letters.append(w[i])
        i += 1
    return letters


def uly_to_uey(text: str) -> str:
    """Uyghur Latin (ULY) to the Arabic-based script (UEY)."""
    return re.sub(r"[A-Za-zÉéÖöÜü']+", lambda m: _uly_word_to_uey(m.group(0)), unicodedata.normalize("NFC", text))


def _uly_word_to_uey(word: str) -> str:
    out: list[str] = []
    prev: str | None = None  # previous letter; None at the start of the word
    for letter in _uly_letters(word):
        if letter == "'":
            # an apostrophe before a vowel is a hamza; before a consonant it only splits a digraph
            prev = "'"
            continue
        if letter in ULY_VOWELS and (prev is None or prev == "'" or prev in ULY_VOWELS):
            out.append(HAMZA)
        out.append(_ULY_TO_UEY.get(letter, letter))
        prev = letter
    return "".join(out)


# -- UEY → ULY ------------------------------------------------------------------------------


def uey_to_uly(text: str) -> str:
    """The Arabic-based script (UEY) to Uyghur Latin (ULY), with apostrophes where ULY needs them."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(_UEY_VARIANTS.get(ch, ch) for ch in text)
    return re.sub(r"[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]+", lambda m: _uey_word_to_uly(m.group(0)), text)


def _uey_word_to_uly(word: str) -> str:
    out: list[str] = []
    prev: str | None = None
    pending_hamza = False
    for ch in word:
        if ch == HAMZA:
            pending_hamza = True
            continue
        letter = _UEY_TO_ULY.get(ch)
        if letter is None:
            if "\u064b" <= ch <= "\u065f":  # harakat: not part of Uyghur spelling
                continue
            letter = ch
        if prev is not None:
            if pending_hamza and letter in ULY_VOWELS and prev not in ULY_VOWELS:
                out.append("'")  # mes'ul: a hamza after a consonant
            elif prev + letter[0] in ULY_DIGRAPHS or (prev == "n" and letter == "gh"):
                out.append("'")  # n'g, s'h: two letters, not a digraph
        pending_hamza = False
        out.append(letter)
        prev = letter
    return "".join(out)


# -- ULY ↔ USY ------------------------------------------------------------------------------


def uly_to_usy(text: str) -> str:
    """Uyghur Latin (ULY) to Uyghur Cyrillic (USY): Илһам Тохти."""
    return re.sub(r"[A-Za-zÉéÖöÜü']+", lambda m: _uly_word_to_usy(m.group(0)), unicodedata.normalize("NFC", text))


def _uly_word_to_usy(word: str) -> str:
    letters = [x for x in _uly_letters(word) if x != "'"]
    out: list[str] = []
    i = 0
    while i < len(letters):
        cur = letters[i]
        nxt = letters[i + 1] if i + 1 < len(letters) else ""
        if cur == "y" and nxt in ("u", "a"):
            out.append("ю" if nxt == "u" else "я")
            i += 2
            continue
        out.append(_ULY_TO_USY.get(cur, cur))
        i += 1
    return _case_like("".join(out), word)


def usy_to_uly(text: str) -> str:
    """Uyghur Cyrillic (USY) to Uyghur Latin (ULY)."""

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        letters = [_USY_TO_ULY.get(ch, _USY_EXTRA.get(ch, ch)) for ch in w.lower()]
        out: list[str] = []
        for letter in letters:
            if not letter:  # a sign that writes nothing in ULY (the soft sign of Russian loans)
                continue
            if out and out[-1][-1] + letter[0] in ULY_DIGRAPHS:
                out.append("'")
            out.append(letter)
        return _case_like("".join(out), w)

    return re.sub(r"[\u0400-\u04FF]+", word, unicodedata.normalize("NFC", text))


def uey_to_usy(text: str) -> str:
    return uly_to_usy(uey_to_uly(text))


def usy_to_uey(text: str) -> str:
    return uly_to_uey(usy_to_uly(text))


# -- Kazakh and Russian Cyrillic → Latin -----------------------------------------------------

# Kazakh Latin alphabet of 2021 (ä ğ ñ ö ş ū ü ı).
_KAZAKH = {
    "а": "a",
    "ә": "ä",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "ğ",
    "д": "d",
    "е": "e",
    "ё": "io",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "қ": "q",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "ñ",
    "о": "o",
    "ө": "ö",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "ū",
    "ү": "ü",
    "ф": "f",
    "х": "h",
    "һ": "h",
    "ц": "ts",
    "ч": "ç",
    "ш": "ş",
    "щ": "şş",
    "ъ": "",
    "ы": "ı",
    "і": "i",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}
# Russian, BGN/PCGN style (the common passport-like spelling of names: Abdurakhmanov).
_RUSSIAN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}


def _translit(text: str, table: dict[str, str], fallback: dict[str, str] | None = None) -> str:
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        out = "".join(table.get(ch, (fallback or {}).get(ch, ch)) for ch in w.lower())
        return _case_like(out, w)

    return re.sub(r"[\u0400-\u04FF]+", word, unicodedata.normalize("NFC", text))


def kazakh_to_latin(text: str) -> str:
    """Kazakh Cyrillic to the Kazakh Latin alphabet (2021): Нұрсұлтан → Nūrsūltan."""
    return _translit(text, _KAZAKH)


def russian_to_latin(text: str) -> str:
    """Russian Cyrillic (and Russian-style renderings of Turkic names) to Latin: Хасанов → Khasanov."""
    return _translit(text, _RUSSIAN, {**_KAZAKH, "җ": "dzh", "һ": "h"})


def cyrillic_language(text: str) -> str:
    """A guess at which Cyrillic orthography a name is in: ``kazakh``, ``uyghur`` or ``russian``."""
    low = text.lower()
    if any(ch in low for ch in "ұі") or ("ы" in low and any(ch in low for ch in "әғқңөүһ")):
        return "kazakh"
    if "җ" in low or any(ch in low for ch in "әөүһңғқ"):
        return "uyghur"
    return "russian"


def cyrillic_to_latin(text: str) -> str:
    """Any Cyrillic name to a Latin spelling, by its likely orthography."""
    lang = cyrillic_language(text)
    if lang == "kazakh":
        return kazakh_to_latin(text)
    if lang == "uyghur":
        return usy_to_uly(text)
    return russian_to_latin(text)


# -- English spellings of Uyghur names → ULY ------------------------------------------------

_ENGLISH_TO_ULY = (
    (re.compile(r"kh"), "x"),
    (re.compile(r"dzh|dj"), "j"),
    (re.compile(r"tch"), "ch"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"oo"), "u"),
    (re.compile(r"v"), "w"),
    (re.compile(r"c(?!h)"), "k"),
    (re.compile(r"ı"), "i"),
    (re.compile(r"ş"), "sh"),
    (re.compile(r"ç"), "ch"),
    (re.compile(r"ğ"), "gh"),
    (re.compile(r"ä"), "e"),
    (re.compile(r"ñ"), "ng"),
    (re.compile(r"ū"), "u"),
)


def latin_to_uly(text: str) -> str:
    """A Latin spelling (English, Turkish, Kazakh, Russian-style) made ULY-like, letter for letter.

    Only spelling conventions are folded (kh → x, ee → i, v → w, ş → sh); which of h/x or k/q
    a name has cannot be known from an English spelling, so it is kept as written.
    """

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        low = w.lower()
        for pattern, repl in _ENGLISH_TO_ULY:
            low = pattern.sub(repl, low)
        return _case_like(low, w)

    return re.sub(r"[^\W\d_]+", word, unicodedata.normalize("NFC", text))


def to_latin(text: str) -> str:
    """Any Arabic-script or Cyrillic name in Latin letters; Latin and Han text is returned as is."""
    script = script_of(text)
    if script == "arabic":
        return uey_to_uly(text)
    if script == "cyrillic":
        return cyrillic_to_latin(text)
    return text
