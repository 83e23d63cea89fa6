"""Mentions, dates and figures in Uyghur text, in any of its three scripts.

A Uyghur page is read through one internal form: Uyghur Latin (ULY) in lower case, made with
``names/scripts.py`` from the Arabic-based script (UEY), the Cyrillic script (USY) or ULY itself, with
every character of it mapped back to the character of the page it came from. Every rule is written
once, against that form, and every span it finds is given back at the page's own offsets: a name in
ئىلھام توختىنىڭ is found as "ilham toxtining" and returned as the span of ئىلھام توختى.

The model of the language, in general terms (the words are data, ``data/uyghur*.json|txt``):

* words take suffixes (case endings -ning, -ni, -gha/-ge, -da/-de, -din, -diki; possessive -i/-si;
  plural -lar/-ler; -liq/-lik "of, from"), so a name is found in its stem and its span ends there;
  a stem whose last vowel rose before a suffix (Ghulja → Ghuljida) is read back to its own form;
* a person is named by a given name and the father's given name (Ilham Toxti, Memet Tursun). Script
  has no capitals to show a name, so a name is a run of two or three name-like words (no function word,
  no verb form, no word of the lexicon) with evidence: given names from a list of common ones (read
  through ``names/phonetic`` keys), a title or a relation word before it (professor, my father), an
  honorific after it (ependi, xanim, aka), "named" (isimlik), a genitive before a relation word
  (Memet Tursunning ayali, Memet Tursun's wife), or a verb with a human subject in its clause
  (tutuldi, was detained; dédi, said). In Latin and Cyrillic text a name must also be capitalised;
* a place is a gazetteer name (the Latin names of ``tables.gazetteer`` read as Uyghur, and the Uyghur
  names of ``data/uyghur_places.json``), or a name before a place noun (Tokul yézisi, Tokul township),
  or a name in the locative, ablative or dative before a verb of living, birth or going;
* facilities, public bodies, organisations and laws are names before their head nouns (lagér,
  türme, terbiyilesh merkizi; hökümiti, saqchi idarisi, sot mehkimisi; teshkilati; qanuni), or in
  «guillemets» with one; a head alone is a generic facility ("prison");
* dates and figures are read by ``dates.uyghur_dates`` and ``numbers.uyghur_figures`` on the same form.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from habeas.analyse import tables as t
from habeas.analyse.dates import UYGHUR_MONTHS, DateMention, uyghur_dates
from habeas.analyse.model import Mention
from habeas.analyse.numbers import UYGHUR_COUNTERS, UYGHUR_NUMBER_WORDS, UYGHUR_SCALES, Figure, uyghur_figures
from habeas.names import phonetic, scripts
from habeas.names.scripts import (
    LATIN_EXTENDED_A,
    LATIN_EXTENDED_ADDITIONAL,
    LATIN_EXTENDED_B,
    LATIN_LOWER,
    LATIN_UPPER,
)

P_KNOWN, P_RULE, P_STRONG = 3, 4, 5  # as in english.py: overlaps go to the stronger

ARABIC_LETTERS = (
    "\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06dc\u06df-\u06e8\u06ea-\u06ef\u06fa-\u06ff"
    "\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc"
)
_CYR = "\u0400-\u04ff"
_LAT = LATIN_UPPER + LATIN_LOWER + LATIN_EXTENDED_A + LATIN_EXTENDED_B + LATIN_EXTENDED_ADDITIONAL
_MARKS = "\u0300-\u036f"
TOKEN_RE = re.compile(
    rf"(?P<arabic>[{ARABIC_LETTERS}]+)|(?P<cyrillic>[{_CYR}][{_CYR}{_MARKS}]*)"
    rf"|(?P<latin>[{_LAT}][{_LAT}{_MARKS}]*(?:['’][{_LAT}][{_LAT}{_MARKS}]*)*)"
)
ARABIC_RE = re.compile(f"[{ARABIC_LETTERS}]")
# Letters the Uyghur Arabic-based script writes and Arabic and Persian do not (all vowels are written).
UYGHUR_ARABIC_RE = re.compile("[\u06d5\u06d0\u06c6\u06c8\u06c7\u06cb\u06ad\u0626]")
CYRILLIC_RE = re.compile(f"[{_CYR}]")
UYGHUR_CYRILLIC_RE = re.compile("[әөүһңҗғқӘӨҮҺҢҖҒҚ]")
KAZAKH_CYRILLIC_RE = re.compile("[іұыІҰЫ]")
# Arabic punctuation and digits to their plain forms, one character for one.
_GAP = str.maketrans(
    {
        "،": ",",
        "؛": ";",
        "؟": "?",
        "۔": ".",
        "٪": "%",
        "٫": ".",
        "٬": ",",
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)
# The internal form folded for matching, one character for one: ULY written without its diacritics
# (sentebir for séntebir), v for w, curly apostrophes.
_FOLD = str.maketrans({"é": "e", "ö": "o", "ü": "u", "v": "w", "’": "'", "ë": "e", "è": "e"})
WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_ENGLISH_STOPWORDS = frozenset(
    {"the", "of", "and", "to", "in", "is", "was", "that", "for", "with", "by", "on", "as", "are", "this", "from"}
)
# Verb forms (finite verbs, participles, verbal nouns) that are never names.
_VERB_END = re.compile(
    r"(?:idu|ydu|maydu|meydu|ghan|gen|qan|ken|maqta|mekte|ghanda|gende|ghili|gili|mighan|migen|ghanliq|genlik"
    r"|lidi|ldi|ndi|shti|shqan|dighan|digen|tighan|tigen|lighan|ligen|ushi|ishi|imiz|lirimiz|wetti|wetken|ap"
    r"|(?:ghan|gen|qan|ken)(?:liq|lik)[a-z]*|(?:ish|ush)(?:qa|ke|ni|ning|ta|te)|maslik|meslik)$"
)
# The beginnings and endings that make given names: Abdu-, Nur-, Gül-; -gül, -jan, -nisa, -niyaz, -ulla, -xan.
_GIVEN_AFFIX = re.compile(
    r"^(?:abdu|abdul)[a-z]{3,}$|^[a-z]{3,}(?:gul|jan|nisa|niyaz|ulla|xan)$|^(?:nur|gul)[a-z]{3,}$"
)


def fold(text: str) -> str:
    """A ULY word or phrase in the folded internal form the rules match: lower case, no diacritics."""
    return unicodedata.normalize("NFC", text).lower().translate(_FOLD)


def ends_a_division_name(word: str) -> bool:
    """Whether a word is a place noun in its possessed form, the last word of a division's Uyghur name as an
    English page gives it after the Chinese one: "Aral Yézisi" (Aral township), "Bulaq Baziri", "Tarim Yoli
    Kochisi" (a street's subdistrict, written without its diacritics too)."""
    return fold(word) in _lexicon().possessed_place_nouns


def _title(uly: str) -> str:
    """A ULY name with capitals: each word, and each part after a hyphen (Qeshqer 2-Türmisi)."""
    return re.sub(r"(?:^|(?<=[\s\-]))([^\W\d_])", lambda m: m.group(1).upper(), uly)


# -- which pages are Uyghur -----------------------------------------------------------------


def is_uyghur(text: str) -> bool:
    """Whether a page is Uyghur: in the Arabic-based script (the letters only Uyghur uses), in Cyrillic
    (the Uyghur letters, not the Kazakh ones) or in ULY (Uyghur function words, few English ones)."""
    sample = text[:5000]
    letters = sum(map(str.isalpha, sample))
    if letters < 20:
        return False
    arabic = len(ARABIC_RE.findall(sample))
    if arabic / letters > 0.5:
        return len(UYGHUR_ARABIC_RE.findall(sample)) / arabic > 0.08
    cyrillic = len(CYRILLIC_RE.findall(sample))
    if cyrillic / letters > 0.5:
        uyghur = len(UYGHUR_CYRILLIC_RE.findall(sample))
        return uyghur / cyrillic > 0.01 and len(KAZAKH_CYRILLIC_RE.findall(sample)) * 3 < uyghur
    words = [fold(w) for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", sample)]
    if len(words) < 8:
        return False
    markers = _lexicon().uly_markers
    uyghur_words = sum(1 for w in words if w in markers)
    english = sum(1 for w in words if w in _ENGLISH_STOPWORDS)
    uzbek = len(re.findall(r"[OoGg][ʻ'‘’][a-z]", sample))  # Uzbek Latin's oʻ and gʻ, which ULY does not write
    return uyghur_words / len(words) >= 0.12 and english / len(words) < 0.04 and uzbek < 0.02 * len(words)


# -- the lexicon ------------------------------------------------------------------------------


Phrase = tuple[str, ...]


@dataclass
class Lexicon:
    suffixes: list[str]  # every ending, longest first: read off a stem the lexicon knows
    safe_suffixes: list[str]  # case endings only: read off any stem
    function: frozenset[str]
    honorifics: frozenset[str]
    titles: frozenset[Phrase]
    relations: frozenset[str]
    named_after: frozenset[str]
    named_before: frozenset[str]
    human_verbs: re.Pattern[str]
    detention_verbs: re.Pattern[str]
    place_nouns: dict[Phrase, str]
    place_cue_verbs: frozenset[str]
    facility_heads: dict[Phrase, str]
    body_heads: dict[Phrase, str]
    body_stop: frozenset[str]
    institution_words: frozenset[str]  # common words that name institutions (xelq, xelqara, jamaet)
    law_heads: dict[Phrase, str]
    unit_nouns: dict[str, str]
    people_units: frozenset[str]
    detention_context: re.Pattern[str]
    given: frozenset[str]  # phonetic keys of the given names
    places: dict[Phrase, t.GazetteerEntry]
    place_keys: dict[str, t.GazetteerEntry]  # phonetic keys of one-word places
    bodies: dict[Phrase, tuple[str, str]]
    not_names: frozenset[str] = field(default_factory=frozenset)  # every word of the lexicon
    known: frozenset[str] = field(default_factory=frozenset)  # stems the lexicon knows
    uly_markers: frozenset[str] = field(default_factory=frozenset)
    possessed_place_nouns: frozenset[str] = field(default_factory=frozenset)  # yézisi, baziri, nahiyisi


def _phrase(text: str) -> Phrase:
    return tuple(fold(text).split())


def _verbs(items: Iterable[str]) -> re.Pattern[str]:
    alternation = "|".join(
        re.escape(v).replace(r"\ ", r"\s+") for v in sorted({fold(x) for x in items}, key=len, reverse=True)
    )
    return re.compile(rf"(?<![a-z'])(?:{alternation})")


@functools.cache
def _lexicon() -> Lexicon:
    data = json.loads((t.DATA / "uyghur.json").read_text(encoding="utf-8"))
    case = [fold(s) for s in data["case_suffixes"]]
    poss = [fold(s) for s in data["possessive_suffixes"]]
    plural = [fold(s) for s in data["plural_suffixes"]]
    deriv = [fold(s) for s in data["derivational_suffixes"]]
    combos = set(case) | set(poss) | set(plural) | set(deriv)
    combos |= {p + c for p in poss for c in case} | {p + c for p in plural for c in case}
    combos |= {d + c for d in deriv for c in case} | {d + p for d in deriv for p in plural}
    combos |= {d + p + c for d in deriv for p in plural for c in case}
    combos |= {p + "i" + c for p in ("lar", "ler") for c in ["", *case]} | {"liri" + c for c in case}
    # after n, a suffix in g or gh is written with an apostrophe in ULY (Qazaqistan'gha, qilin'ghan)
    combos |= {"'" + c for c in combos if c.startswith("g")}
    unsafe = {"che", "la", "mu", "dek", "tek", "ningki"}
    safe = {c for c in case if c not in unsafe} | set(plural) | {p + c for p in plural for c in case if c not in unsafe}
    safe |= {"'" + c for c in safe if c.startswith("g")}
    relations: set[str] = set()
    for base, possessed in data["relations"]:
        b, p = fold(base), fold(possessed)
        relations |= {b, p, p[:-2] if p.endswith("si") else p[:-1]}
    titles = {_phrase(x) for x in data["titles"]}
    place_nouns: dict[Phrase, str] = {}
    for base, possessed, gloss in data["place_nouns"]:
        place_nouns[_phrase(base)] = gloss
        place_nouns[_phrase(possessed)] = gloss
    facility_heads: dict[Phrase, str] = {}
    for base, possessed, gloss in data["facility_heads"]:
        facility_heads[_phrase(base)] = gloss
        facility_heads[_phrase(possessed)] = gloss
    body_heads: dict[Phrase, str] = {}
    for base, possessed, kind in data["body_heads"]:
        body_heads[_phrase(base)] = kind
        body_heads[_phrase(possessed)] = kind
    law_heads = {_phrase(x) for pair in data["law_heads"] for x in pair}
    function = {fold(w) for w in data["function_words"]}
    given_names = [fold(n) for n in t.UYGHUR_GIVEN_NAMES]
    places, place_keys = _uyghur_places(function)
    bodies = _uyghur_bodies()
    lex = Lexicon(
        suffixes=sorted(combos, key=len, reverse=True),
        safe_suffixes=sorted(safe, key=len, reverse=True),
        function=frozenset(function),
        honorifics=frozenset(fold(w) for w in data["honorifics_after"]),
        titles=frozenset(titles),
        relations=frozenset(relations),
        named_after=frozenset(fold(w) for w in data["named"]["after"]),
        named_before=frozenset(fold(w) for w in data["named"]["before"]),
        human_verbs=_verbs([*data["human_verbs"], *data["detention_verbs"]]),
        detention_verbs=_verbs(data["detention_verbs"]),
        place_nouns=place_nouns,
        place_cue_verbs=frozenset(fold(w) for w in data["place_cue_verbs"]),
        facility_heads=facility_heads,
        body_heads=body_heads,
        body_stop=frozenset(fold(w) for w in data["body_modifiers_stop"]),
        institution_words=frozenset(fold(w) for w in data["institution_words"]),
        law_heads=dict.fromkeys(law_heads, t.LAW),
        unit_nouns={fold(k): v for k, v in data["unit_nouns"].items()},
        people_units=frozenset(data["people_units"]),
        detention_context=_verbs(data["detention_context"]),
        given=frozenset(phonetic.fold(n) for n in given_names),
        places=places,
        place_keys=place_keys,
        bodies=bodies,
        possessed_place_nouns=frozenset(fold(p) for _, p, _ in data["place_nouns"] if " " not in p),
    )
    words: set[str] = set(function) | set(lex.honorifics) | set(relations) | lex.named_after | lex.named_before
    for phrases in (titles, place_nouns, facility_heads, body_heads, law_heads):
        for ph in phrases:
            words.update(ph)
    words |= set(lex.unit_nouns) | set(lex.place_cue_verbs) | set(UYGHUR_NUMBER_WORDS) | set(UYGHUR_SCALES)
    words |= set(UYGHUR_COUNTERS) | set(UYGHUR_MONTHS) | {"yil", "yili", "ay", "kun", "kuni"}
    lex.not_names = frozenset(words)
    place_words = {w for ph in places for w in ph} | {w for ph in bodies for w in ph}
    lex.known = frozenset(words | set(given_names) | place_words)
    lex.uly_markers = frozenset(
        function
        - {
            "we",
            "u",
            "on",
            "bar",
            "el",
            "din",
            "ana",
            "ata",
            "ish",
            "ay",
            "men",
            "bet",
            "del",
            "ya",
            "tal",
            "til",
            "sot",
            "heq",
            "er",
            "bu",
            "her",
            "is",
        }
    )
    return lex


def _uyghur_places(function: set[str]) -> tuple[dict[Phrase, t.GazetteerEntry], dict[str, t.GazetteerEntry]]:
    """The gazetteer read as Uyghur: every Latin name of every entry, as ULY (the gazetteer's own ULY names,
    Qeshqer, Ürümchi, Ghulja, become their Arabic-script and Cyrillic forms through the internal form), and
    the Uyghur names of ``data/uyghur_places.json``. One-word names are also found by their phonetic key
    (Aqsu for Aksu), unless the key is a common word."""
    data = json.loads((t.DATA / "uyghur_places.json").read_text(encoding="utf-8"))
    by_canonical = {e.canonical: e for e in t.gazetteer()}
    phrases: dict[Phrase, t.GazetteerEntry] = {}
    keys: dict[str, t.GazetteerEntry] = {}
    curated: list[tuple[str, t.GazetteerEntry]] = []
    for canonical, forms in [*data["aliases"].items(), *data["places"].items()]:
        entry = by_canonical.get(canonical) or t.GazetteerEntry(canonical, t.PLACE, (canonical,))
        curated.extend((form, entry) for form in forms)
    for form, entry in curated:
        phrases.setdefault(_phrase(form), entry)
    english_heads = {"county", "city", "district", "prefecture", "region", "autonomous", "of", "the", "and", "republic"}
    for entry in t.gazetteer():
        if entry.type != t.PLACE:
            continue
        for name in entry.names:
            if not re.fullmatch(r"[A-Za-zÀ-ɏ' \-]+", name):
                continue
            ph = tuple(fold(scripts.latin_to_uly(name)).replace("-", " ").split())
            if not ph or any(w in english_heads for w in ph) or (len(ph) == 1 and ph[0] in function):
                continue
            phrases.setdefault(ph, entry)
    for ph, entry in phrases.items():
        if len(ph) == 1 and len(ph[0]) >= 4 and ph[0] not in function:
            keys.setdefault(phonetic.fold(ph[0]), entry)
    return phrases, keys


def _uyghur_bodies() -> dict[Phrase, tuple[str, str]]:
    data = json.loads((t.DATA / "uyghur_places.json").read_text(encoding="utf-8"))
    out: dict[Phrase, tuple[str, str]] = {}
    for canonical, body in data["bodies"].items():
        for form in body["forms"]:
            out[_phrase(form)] = (canonical, t.entity_type_named(body["type"]))
    return out


def place_forms() -> dict[str, dict[str, str]]:
    """Each Uyghur place name the analysis knows, in its three scripts, with the entry it names:
    ``{"qeshqer": {"canonical": "Kashgar", "uly": "Qeshqer", "uey": "قەشقەر", "usy": "Қәшқәр"}}``."""
    out: dict[str, dict[str, str]] = {}
    for ph, entry in _lexicon().places.items():
        uly = _title(" ".join(ph))
        out[" ".join(ph)] = {
            "canonical": entry.canonical,
            "uly": uly,
            "uey": scripts.uly_to_uey(uly),
            "usy": scripts.uly_to_usy(uly),
        }
    return out


# -- words ------------------------------------------------------------------------------------


def _known(stem: str, exact: bool = False) -> bool:
    """Whether the lexicon knows a stem: as it is, or (unless ``exact``) by its phonetic key, which
    joins spellings (Tohti, Toxti) but not a stem that ends in a doubled letter (tursun-ning, not
    tursunn-ing)."""
    lex = _lexicon()
    if stem in lex.known:
        return True
    if exact or len(stem) < 3 or stem[-1] == stem[-2]:
        return False
    key = phonetic.fold(stem)
    return key in lex.given or (len(stem) >= 4 and key in lex.place_keys)


@functools.lru_cache(maxsize=200_000)
def analyse_word(word: str) -> tuple[str, str, str]:
    """A folded word as (stem, suffix, form): the ending is read off when the stem is a word the lexicon
    knows (restoring a vowel raised before it: ghuljida → ghulja), or when it is a case ending."""
    if _known(word):
        return word, "", word
    lex = _lexicon()
    # the longest stem the lexicon knows as it is (nahiyisi-diki), then one whose vowel rose (ghulji-da)
    for sfx in reversed(lex.suffixes):
        if len(word) - len(sfx) >= 2 and word.endswith(sfx) and _known(word[: -len(sfx)], exact=True):
            return word[: -len(sfx)], sfx, word[: -len(sfx)]
    for sfx in lex.suffixes:
        if len(word) - len(sfx) >= 3 and word.endswith(sfx) and _known(word[: -len(sfx)]):
            return word[: -len(sfx)], sfx, word[: -len(sfx)]
    for sfx in reversed(lex.suffixes):
        stem = word[: -len(sfx)]
        if word.endswith(sfx) and stem.endswith("i") and len(stem) >= 4:
            for vowel in "ae":
                if _known(stem[:-1] + vowel):
                    return stem, sfx, stem[:-1] + vowel
    for sfx in lex.safe_suffixes:
        if len(word) - len(sfx) >= 3 and word.endswith(sfx):
            return word[: -len(sfx)], sfx, word[: -len(sfx)]
    return word, "", word


def _in_given(form: str) -> bool:
    return phonetic.fold(form) in _lexicon().given or bool(_GIVEN_AFFIX.match(form))


def is_given_name(form: str) -> bool:
    """A common given name that is no common word."""
    return form not in _lexicon().not_names and _in_given(form)


def _given_in_run(w: Word, run: list[Word]) -> bool:
    """A given name, or a given name that is also a common word (Turdi, "stood"; Alim, "scholar") next to
    a given name that is not."""
    if is_given_name(w.form):
        return True
    return _in_given(w.form) and w.cased is not False and any(is_given_name(o.form) for o in run if o is not w)


@dataclass
class Word:
    start: int  # internal offsets
    end: int
    key: str  # folded
    stem: str
    sfx: str
    form: str  # the stem as its own word (a raised vowel restored)
    brk: bool  # punctuation between this word and the one before
    cased: bool | None  # capitalised (None: the script has no capitals)

    @property
    def stem_end(self) -> int:
        return self.start + len(self.stem)


# -- the page in its internal form ---------------------------------------------------------------


def _uey(word: str) -> str:
    return scripts.uey_to_uly(word).lower()


_SIGNS = str.maketrans("", "", "ьъЬЪ")


def _usy(word: str) -> str:
    # the soft and hard signs of Russian loans (февраль) write nothing in ULY; taken out first, since
    # scripts.usy_to_uly fails on a sign followed by a letter
    return scripts.usy_to_uly(word.translate(_SIGNS)).lower()


def _uly(word: str) -> str:
    return unicodedata.normalize("NFC", word).replace("’", "'").lower()


_CONVERT: dict[str, Callable[[str], str]] = {"arabic": _uey, "cyrillic": _usy, "latin": _uly}


@functools.lru_cache(maxsize=100_000)
def _convert(script: str, word: str) -> tuple[str, tuple[int, ...]]:
    """A word in the internal form, and for each of its characters the offset in ``word`` where the
    letter it writes begins (a hamza seat, which writes nothing, goes with the vowel after it)."""
    conv = _CONVERT[script]
    full = conv(word)
    done = [0]
    for k in range(1, len(word)):
        part = conv(word[:k])
        n = 0
        while n < len(part) and n < len(full) and part[n] == full[n]:
            n += 1
        done.append(max(done[-1], n))
    done.append(len(full))
    steps = []
    j = 0
    for i in range(len(full)):
        while done[j] < i:
            j += 1
        steps.append(j)
    return full, tuple(steps)


@dataclass
class UyghurPage:
    number: int
    original: str
    script: str  # the script most of its letters are in: arabic, cyrillic or latin
    text: str  # internal form: ULY, lower case
    key: str  # the internal form folded for matching
    pos: list[int]  # for each internal offset (and the end), the page offset it stands for
    _words: list[Word] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """An internal span at the page's offsets."""
        s, e = self.pos[start], self.pos[end]
        while e > s and self.original[e - 1].isspace():
            e -= 1
        return s, e

    @property
    def words(self) -> list[Word]:
        """The words, analysed. In Latin and Cyrillic a word says whether it is capitalised, unless the
        page is written without capitals (a chat, a transcript in lower case)."""
        if self._words is None:
            self._words = []
            last = 0
            for m in WORD_RE.finditer(self.key):
                stem, sfx, form = analyse_word(m.group(0))
                gap = self.key[last : m.start()]
                first = self.original[self.pos[m.start()]]
                cased = None if ARABIC_RE.match(first) else first.isupper()
                brk = bool(re.search(r"[^\s\-]", gap) or re.search(r"\n\s*\n", gap))
                self._words.append(Word(m.start(), m.end(), m.group(0), stem, sfx, form, brk, cased))
                last = m.end()
            cased_words = [w for w in self._words if w.cased is not None]
            if cased_words and sum(1 for w in cased_words if w.cased) < 0.02 * len(cased_words):
                for w in cased_words:
                    w.cased = None
        return self._words

    def uly(self, start: int, end: int) -> str:
        """The internal form (with its diacritics) between two internal offsets, spaces single."""
        return re.sub(r"\s+", " ", self.text[start:end]).strip()

    def render(self, uly: str) -> str:
        """A ULY name in the page's script."""
        if self.script == "arabic":
            return scripts.uly_to_uey(uly)
        if self.script == "cyrillic":
            return _title(scripts.uly_to_usy(uly))
        return _title(uly)

    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans at the page's offsets: they end at . ! ? (not inside a number such as 1.8) and at
        blank lines; a single line break is taken for a wrapped line."""
        out: list[tuple[int, int]] = []
        start = 0
        for m in re.finditer(r"(?<!\d)[.!?]+(?=\s|$|[»\"”)])|(?<=\d)[.!?]+(?=\s+\D|$)|\n\s*\n", self.key):
            if self.key[start : m.end()].strip():
                out.append(self.span(start, m.end()))
            start = m.end()
        if self.key[start:].strip():
            out.append(self.span(start, len(self.key)))
        return [(s + len(self.original[s:e]) - len(self.original[s:e].lstrip()), e) for s, e in out]


def read_page(number: int, original: str) -> UyghurPage:
    """A page in the internal form, with the offsets that map it back."""
    out: list[str] = []
    pos: list[int] = []
    last = 0
    counts = {"arabic": 0, "cyrillic": 0, "latin": 0}
    for m in TOKEN_RE.finditer(original):
        gap = original[last : m.start()].translate(_GAP)
        out.append(gap)
        pos.extend(range(last, m.start()))
        script = m.lastgroup or "latin"
        counts[script] += m.end() - m.start()
        conv, steps = _convert(script, m.group(0))
        out.append(conv)
        pos.extend(m.start() + s for s in steps)
        last = m.end()
    out.append(original[last:].translate(_GAP))
    pos.extend(range(last, len(original)))
    pos.append(len(original))
    text = "".join(out)
    script = max(counts, key=lambda k: counts[k])
    return UyghurPage(number, original, script, text, text.translate(_FOLD), pos)


# -- mentions -------------------------------------------------------------------------------------


@dataclass
class _Cand:
    start: int  # internal
    end: int
    type: str
    priority: int
    uly: str  # the name in ULY (its stems, raised vowels restored)
    canonical: str
    strong: bool
    restored: bool = False  # the name's last vowel was read back: it is shown in its own form


def _sentence_verbs(page: UyghurPage, words: list[Word]) -> list[bool]:
    """For each word, whether its sentence has a verb whose subject is a person (tutuldi, dédi)."""
    verbs = _lexicon().human_verbs
    out: list[bool] = []
    first = 0
    for k in range(len(words) + 1):
        if k == len(words) or (k > 0 and re.search(r"[.!?]|\n\s*\n", page.key[words[k - 1].end : words[k].start])):
            if k > first:
                found = bool(verbs.search(page.key[words[first].start : words[k - 1].end]))
                out.extend([found] * (k - first))
            first = k
    return out


def _name_like(w: Word) -> bool:
    lex = _lexicon()
    if w.cased is False:
        return False
    if is_given_name(w.form):
        return True
    if w.form in lex.not_names or w.key in lex.not_names or w.stem in lex.not_names or len(w.form) < 2:
        return False
    if w.form in lex.relations or _place_entry([w.form]) is not None:
        return False
    return not _VERB_END.search(w.form)


def _is_title(words: list[Word], i: int) -> bool:
    """Whether a title (one or two words, possibly possessed: sékrétari) ends at word ``i``."""
    lex = _lexicon()
    w = words[i]
    if (w.form,) in lex.titles or (w.stem,) in lex.titles:
        return True
    return i > 0 and not w.brk and (words[i - 1].key, w.form) in lex.titles


# Endings a title or relation word before a name may have: none, or a singular possessive (sékrétari, its
# secretary; dadam, my father). A plural (xadimliri, its officials) names no one person.
_POSSESSIVE = frozenset({"", "i", "si", "m", "im", "um", "imiz", "miz", "umiz", "ng", "ing", "ingiz", "ngiz"})


def _cue_before(words: list[Word], i: int) -> bool:
    if i == 0 or words[i].brk:
        return False
    lex = _lexicon()
    prev = words[i - 1]
    if prev.form in lex.named_before or prev.key in lex.named_before:
        return True
    if prev.sfx not in _POSSESSIVE:
        return False  # a title or relation word in a case of its own is not this name's
    if prev.form in lex.relations or prev.stem in lex.relations:
        return True
    return _is_title(words, i - 1)


def _cue_after(words: list[Word], j: int) -> bool:
    """Evidence after a name that ends before word ``j``."""
    if j >= len(words) or words[j].brk:
        return False
    lex = _lexicon()
    last, nxt = words[j - 1], words[j]
    if last.sfx == "" and (nxt.form in lex.honorifics or nxt.stem in lex.honorifics):
        return True
    if last.sfx == "" and nxt.key in lex.named_after:  # "dégen" (called), not "dégende"
        return True
    # Memet Tursunning ayali: a genitive before a relation word or a title
    return last.sfx == "ning" and (nxt.form in lex.relations or nxt.stem in lex.relations or _is_title(words, j))


def _place_entry(forms: list[str]) -> t.GazetteerEntry | None:
    """The gazetteer entry a phrase of folded stems names: as it is, or a one-word name by its phonetic key."""
    return _place_of(tuple(forms))


@functools.lru_cache(maxsize=50_000)
def _place_of(forms: Phrase) -> t.GazetteerEntry | None:
    lex = _lexicon()
    entry = lex.places.get(forms)
    if entry is None and len(forms) == 1 and len(forms[0]) >= 4 and forms[0] not in lex.function:
        entry = lex.place_keys.get(phonetic.fold(forms[0]))
    return entry


def _words_uly(page: UyghurPage, words: list[Word]) -> tuple[str, bool]:
    """The stems of some words in the internal form, with diacritics and raised vowels read back."""
    parts = []
    restored = False
    for w in words:
        part = page.text[w.start : w.stem_end]
        if w.form != w.stem:
            part = part[:-1] + w.form[-1]
            restored = True
        parts.append(part)
    return " ".join(parts), restored


def _persons(page: UyghurPage, words: list[Word]) -> list[_Cand]:
    """People: runs of two or three name-like words (given name and father's name), the last one in any
    case, with enough evidence (a common given name counts one, a cue before or after two, a verb with
    a human subject in the sentence one; two are needed); one word with an honorific after it, or a
    given name after a title or relation word."""
    out: list[_Cand] = []
    has_verb = _sentence_verbs(page, words)
    i = 0
    n = len(words)
    while i < n:
        took = 0
        for size in (3, 2):
            j = i + size
            if j > n:
                continue
            run = words[i:j]
            if any(w.brk for w in run[1:]) or any(w.sfx for w in run[:-1]):
                continue
            if not all(_name_like(w) or _given_in_run(w, run) for w in run):
                continue
            given = sum(1 for w in run if _given_in_run(w, run))
            if size == 3 and given < 3:
                continue
            cue = _cue_before(words, i) or _cue_after(words, j)
            verb = run[-1].sfx in ("", "ni", "ning") and has_verb[i]
            if given + 2 * cue + verb >= 2:
                uly, restored = _words_uly(page, run)
                out.append(_Cand(run[0].start, run[-1].stem_end, t.PERSON, P_STRONG, uly, _title(uly), True, restored))
                took = size
                break
        if not took and _name_like(words[i]):
            w = words[i]
            given = is_given_name(w.form)
            honorific = _cue_after(words, i + 1) and w.sfx == ""
            if honorific or (given and _cue_before(words, i)):
                uly, restored = _words_uly(page, [w])
                out.append(_Cand(w.start, w.stem_end, t.PERSON, P_RULE, uly, _title(uly), False, restored))
                took = 1
        i += took or 1
    return out


_FIRSTS: dict[int, tuple[Mapping[Phrase, object], frozenset[str]]] = {}


def _first_words(table: Mapping[Phrase, object]) -> frozenset[str]:
    """The words the phrases of a table start with (kept for the tables in use)."""
    got = _FIRSTS.get(id(table))
    if got is None or got[0] is not table:
        if len(_FIRSTS) > 64:
            _FIRSTS.clear()
        got = (table, frozenset(ph[0] for ph in table if ph))
        _FIRSTS[id(table)] = got
    return got[1]


def _match_phrases(words: list[Word], i: int, table: Mapping[Phrase, object], longest: int = 6) -> int:
    """The length of the longest phrase of ``table`` that starts at word ``i`` (its last word may carry a
    suffix; the others may not), or 0."""
    firsts = _first_words(table)
    w = words[i]
    if w.key not in firsts and w.form not in firsts and w.stem not in firsts:
        return 0
    for size in range(min(longest, len(words) - i), 0, -1):
        run = words[i : i + size]
        if any(w.brk for w in run[1:]) or any(w.sfx for w in run[:-1]):
            continue
        if _phrase_of(run, table):
            return size
    return 0


def _phrase_of(words: list[Word], table: Mapping[Phrase, object]) -> Phrase:
    keys = [w.key for w in words[:-1]]
    last = words[-1]
    for form in (last.form, last.stem, last.key):
        if tuple([*keys, form]) in table:
            return tuple([*keys, form])
    return ()


def _places(page: UyghurPage, words: list[Word]) -> list[_Cand]:
    lex = _lexicon()
    out: list[_Cand] = []
    nouns = lex.place_nouns
    for i, w in enumerate(words):
        # gazetteer names, the longest first
        longest = min(5, len(words) - i) if w.key in _first_words(lex.places) else 1
        for size in range(longest, 0, -1):
            run = words[i : i + size]
            if any(x.brk for x in run[1:]) or any(x.sfx for x in run[:-1]) or any(x.cased is False for x in run):
                continue
            entry = _place_entry([x.key for x in run[:-1]] + [run[-1].form])
            if entry is None and run[-1].key != run[-1].form:
                entry = _place_entry([x.key for x in run[:-1]] + [run[-1].key])
                if entry is not None:
                    run = [
                        *run[:-1],
                        Word(
                            run[-1].start,
                            run[-1].end,
                            run[-1].key,
                            run[-1].key,
                            "",
                            run[-1].key,
                            run[-1].brk,
                            run[-1].cased,
                        ),
                    ]
            if entry is None:
                continue
            uly, restored = _words_uly(page, run)
            out.append(
                _Cand(run[0].start, run[-1].stem_end, entry.type, P_STRONG, uly, entry.canonical, True, restored)
            )
            break
        # a name before a place noun: Tokul yézisi, Qaraqash nahiyisi
        size = _match_phrases(words, i, nouns, 2)
        if size and i > 0 and not w.brk:
            head = words[i : i + size]
            mods = _modifiers(words, i, 2, lambda x: _name_like(x) or _place_entry([x.form]) is not None)
            if mods:
                if len(mods) == 2 and (is_given_name(mods[0].form) or _place_entry([mods[1].form]) is not None):
                    mods = mods[1:]
                run = mods + head
                uly, restored = _words_uly(page, run)
                entry = _place_entry([m.key for m in mods])
                if entry is not None:
                    entry = _with_head(entry, lex.place_nouns[_phrase_of(head, nouns)])
                canonical = entry.canonical if entry else _title(uly)
                out.append(
                    _Cand(
                        run[0].start, run[-1].stem_end, t.PLACE, P_STRONG, uly, canonical, entry is not None, restored
                    )
                )
        # a name in the locative, ablative or dative before a verb of living, birth or going
        if (
            w.sfx in ("da", "de", "ta", "te", "din", "tin", "gha", "ge", "qa", "ke")
            and _name_like(w)
            and not is_given_name(w.form)
            and len(w.form) >= 4
            and (i == 0 or w.brk or not _name_like(words[i - 1]))
        ):
            following = [x.key for x in words[i + 1 : i + 3]]
            if any(f in lex.place_cue_verbs for f in following):
                uly, restored = _words_uly(page, [w])
                out.append(_Cand(w.start, w.stem_end, t.PLACE, P_RULE, uly, _title(uly), False, restored))
    return out


def _span_uly(page: UyghurPage, start: int, last: Word) -> tuple[str, bool]:
    """The internal form from ``start`` to the stem of ``last``, its raised vowel read back."""
    uly = page.uly(start, last.stem_end)
    if last.form != last.stem:
        return uly[:-1] + last.form[-1], True
    return uly, False


def _with_head(entry: t.GazetteerEntry, noun: str) -> t.GazetteerEntry:
    """The gazetteer's division that a place noun names: Ghulja nahiyisi is Yining County, Qeshqer
    shehiri Kashgar City (entries of their own), Qeshqer wilayiti Kashgar (its Kashgar Prefecture)."""
    index = t.gazetteer_index()
    for name in entry.names:
        found = index.get(t.fold(f"{name} {noun.title()}"))
        if found is not None and found.type == t.PLACE:
            return found
    return entry


def _modifiers(
    words: list[Word], i: int, most: int, ok: Callable[[Word], bool], through_ordinal: bool = False
) -> list[Word]:
    """The words before word ``i`` (at most ``most``, none with a suffix, no punctuation between)
    that ``ok`` accepts, nearest last; ``through_ordinal``: an ordinal stands between them and word
    ``i`` (Qeshqer 2-türmisi)."""
    mods: list[Word] = []
    k = i - 1
    if through_ordinal and k >= 0 and not words[k].sfx and ok(words[k]):
        mods.insert(0, words[k])
        k -= 1
    while k >= 0 and len(mods) < most and not words[k + 1].brk:
        w = words[k]
        if w.sfx or not ok(w):
            break
        mods.insert(0, w)
        k -= 1
    return mods


def _ordinal_before(page: UyghurPage, w: Word) -> int:
    """The start of an ordinal written before a word ("3-türme"), or the word's start."""
    m = re.search(r"(?:№\s?)?\d+\s?-\s?$", page.key[max(0, w.start - 8) : w.start])
    return w.start - len(m.group(0)) if m else w.start


def _institutions(page: UyghurPage, words: list[Word]) -> list[_Cand]:
    """Facilities, public bodies, organisations and laws: names before their head nouns, and known bodies."""
    lex = _lexicon()
    out: list[_Cand] = []
    facilities = lex.facility_heads
    bodies = lex.body_heads
    laws = lex.law_heads
    known_bodies = lex.bodies
    head_words = {w for ph in lex.facility_heads for w in ph}

    def modifier(w: Word) -> bool:
        return (
            (w.form not in lex.function or w.form in lex.institution_words or _place_entry([w.form]) is not None)
            and w.key not in lex.body_stop
            and w.form not in lex.body_stop
            and w.form not in UYGHUR_MONTHS
            and w.form not in UYGHUR_NUMBER_WORDS
            and not _VERB_END.search(w.form)
            and not re.search(r"\d\s?-?\s?$", page.key[max(0, w.start - 3) : w.start])
            and w.form not in head_words
            and w.key not in head_words
        )

    i = 0
    while i < len(words):
        size = _match_phrases(words, i, known_bodies, 6)
        if size:
            run = words[i : i + size]
            canonical, kind = lex.bodies[_phrase_of(run, known_bodies)]
            uly, restored = _words_uly(page, run)
            out.append(_Cand(run[0].start, run[-1].stem_end, kind, P_STRONG + 1, uly, canonical, True, restored))
            i += size
            continue
        for table, fixed_kind in ((facilities, t.FACILITY), (bodies, None), (laws, t.LAW)):
            size = _match_phrases(words, i, table, 5)
            if not size:
                continue
            head = words[i : i + size]
            head_phrase = _phrase_of(head, table)
            kind = fixed_kind or t.entity_type_named(lex.body_heads[head_phrase])
            ordinal = _ordinal_before(page, head[0]) if kind == t.FACILITY else head[0].start  # 3-türme
            through = ordinal < head[0].start and i > 0 and not page.key[words[i - 1].end : ordinal].strip()
            mods = _trim_modifiers(_modifiers(words, i, 4, modifier, through))
            start = mods[0].start if mods else ordinal
            uly, restored = _span_uly(page, start, head[-1])
            if start == head[0].start:
                if kind == t.FACILITY:  # a head alone: a generic facility ("prison"), as in English
                    out.append(
                        _Cand(
                            start,
                            head[-1].stem_end,
                            kind,
                            P_RULE,
                            uly,
                            lex.facility_heads[head_phrase],
                            False,
                            restored,
                        )
                    )
            elif not (
                kind == t.PUBLIC_BODY
                and head_phrase[0] in ("hokumet", "hokumiti")
                and len(mods) == 1
                and _place_entry([mods[0].form]) is not None
            ):  # "the Chinese Government" names a country
                places = any(_place_entry([m.form]) is not None for m in mods)
                out.append(
                    _Cand(
                        start,
                        head[-1].stem_end,
                        kind,
                        P_STRONG + 1 if places else P_RULE,
                        uly,
                        _title(uly),
                        False,
                        restored,
                    )
                )
            break
        i += 1
    out.extend(_quoted(page, words))
    return out


def _trim_modifiers(mods: list[Word]) -> list[Word]:
    """Modifiers that name something: from the first name-like or place word on; common words before
    it (an adjective of the sentence, a verb's object) are left out."""
    lex = _lexicon()
    # a person's name or a title before the institution's name is not part of it (Qurban Mamut | Shinjang
    # Xelq Neshriyati...)
    for k in range(len(mods) - 1, -1, -1):
        if _in_given(mods[k].form) or mods[k].form in lex.relations or _is_title(mods, k):
            mods = mods[k + 1 :]
            break
    for k, w in enumerate(mods):
        if w.form not in lex.function or _place_entry([w.form]) is not None or w.form in lex.institution_words:
            return mods[k:]
    return []


def _quoted(page: UyghurPage, words: list[Word]) -> list[_Cand]:
    """Names in «guillemets» (or quotation marks) ending in a head noun: a law, a facility or a body."""
    lex = _lexicon()
    out: list[_Cand] = []
    starts = [w.start for w in words]
    for m in re.finditer(r"[«“\"]([^«»“”\"\n]{3,120})[»”\"]", page.key):
        lo = bisect.bisect_left(starts, m.start(1))
        inside = [w for w in words[lo : bisect.bisect_left(starts, m.end(1))] if w.end <= m.end(1)]
        if not inside:
            continue
        last = inside[-1]
        phrases = [
            (lex.law_heads, t.LAW),
            (lex.facility_heads, t.FACILITY),
            (lex.body_heads, None),
        ]
        for table, kind in phrases:
            for size in range(min(6, len(inside)), 0, -1):
                tail = inside[-size:]
                ph = tuple([w.key for w in tail[:-1]] + [last.form])
                ph2 = tuple([w.key for w in tail[:-1]] + [last.key])
                hit = ph if ph in table else ph2 if ph2 in table else None
                if hit is None:
                    continue
                if kind is None:
                    kind = t.entity_type_named(lex.body_heads[hit])
                end = last.stem_end if hit == ph else last.end
                uly, restored = _words_uly(page, inside)
                if hit != ph:
                    uly = page.uly(inside[0].start, last.end)
                if len(inside) > size:
                    out.append(_Cand(inside[0].start, end, kind, P_STRONG + 1, uly, _title(uly), False, restored))
                elif kind == t.FACILITY:  # «terbiyilesh merkizi»: the generic name, quoted
                    out.append(
                        _Cand(inside[0].start, end, kind, P_STRONG + 1, uly, lex.facility_heads[hit], False, restored)
                    )
                break
            else:
                continue
            break
    return out


def _resolve(cands: list[_Cand]) -> list[_Cand]:
    """The strongest of overlapping candidates, then the longest."""
    kept: list[_Cand] = []
    taken = bytearray(max((c.end for c in cands), default=0) + 1)
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if taken.find(1, c.start, c.end) < 0:
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _to_mention(page: UyghurPage, c: _Cand) -> Mention:
    s, e = page.span(c.start, c.end)
    text = page.original[s:e]
    # the name as written, without its suffix; in its own form where a raised vowel was read back
    name = page.render(c.uly) if c.restored else re.sub(r"\s+", " ", text).strip()
    return Mention(page.number, s, e, text, name, c.type, c.priority, canonical=c.canonical, strong=c.strong)


def page_candidates(page: UyghurPage) -> list[_Cand]:
    words = page.words
    return _resolve(_institutions(page, words) + _places(page, words) + _persons(page, words))


def uyghur_mentions(pages: list[UyghurPage], known: dict[str, tuple[str, str]] | None = None) -> list[Mention]:
    """Mentions on a document's Uyghur pages: each page's own, then the people it named found again on
    every page (in any case: Ilham Toxtigha), a given name with an honorific joined to the one full name
    it starts, and the names the case already knows."""
    found = {page.number: page_candidates(page) for page in pages}
    full: dict[Phrase, str] = {}  # a person's name (folded stems) -> canonical
    firsts: dict[str, set[str]] = {}
    for page in pages:
        for c in found[page.number]:
            if c.type == t.PERSON and " " in c.uly:
                ph = tuple(fold(c.uly).split())
                full.setdefault(ph, c.canonical)
                firsts.setdefault(ph[0], set()).add(c.canonical)
    known_forms, known_people = _known_tables(known or {})
    table: dict[Phrase, tuple[str, str, bool]] = {ph: (t.PERSON, canon, True) for ph, canon in full.items()}
    table.update(known_forms)  # the case's entity wins over the document's own reading
    out: list[Mention] = []
    for page in pages:
        cands = found[page.number]
        words = page.words
        extra: list[_Cand] = []
        for i in range(len(words)):
            size = _match_phrases(words, i, table, 4)
            if size:
                run = words[i : i + size]
                kind, canonical, strong = table[_phrase_of(run, table)]
                uly, restored = _words_uly(page, run)
                extra.append(_Cand(run[0].start, run[-1].stem_end, kind, P_KNOWN, uly, canonical, strong, restored))
        cands = _resolve(cands + extra)
        for c in cands:
            own = known_forms.get(tuple(fold(c.uly).split()))
            if own is None and c.type == t.PERSON:
                own = known_people.get(tuple(phonetic.fold(w) for w in fold(c.uly).split()))
            if own is not None and own[0] == c.type:
                c.canonical, c.strong = own[1], True  # a name the case knows: its entity's name
            if c.type == t.PERSON and " " not in c.uly:
                owners = firsts.get(fold(c.uly), set())
                if len(owners) == 1:
                    c.canonical = next(iter(owners))
        out.extend(_to_mention(page, c) for c in cands)
    return out


_KNOWN_CACHE: dict[
    int,
    tuple[dict[str, tuple[str, str]], tuple[dict[Phrase, tuple[str, str, bool]], dict[Phrase, tuple[str, str, bool]]]],
] = {}


def _known_tables(
    known: dict[str, tuple[str, str]],
) -> tuple[dict[Phrase, tuple[str, str, bool]], dict[Phrase, tuple[str, str, bool]]]:
    """The case's names of two words or more in the internal form (found again wherever they stand), and
    its people by the phonetic keys of their names' parts (so that a name the case knows from English,
    Ilham Tohti, is the entity of ئىلھام توختى), computed once per set of names."""
    cached = _KNOWN_CACHE.get(id(known))
    if cached is not None and cached[0] is known:
        return cached[1]
    forms: dict[Phrase, tuple[str, str, bool]] = {}
    people: dict[Phrase, tuple[str, str, bool]] = {}
    for form, (kind, entity_name) in known.items():
        ph = _phrase(_to_uly(form))
        if len(ph) >= 2 and scripts.script_of(form) != "han":
            forms[ph] = (kind, entity_name, True)
            if kind == t.PERSON:
                people.setdefault(tuple(phonetic.fold(w) for w in ph), (kind, entity_name, True))
    _KNOWN_CACHE.clear()
    _KNOWN_CACHE[id(known)] = (known, (forms, people))
    return forms, people


def _to_uly(form: str) -> str:
    script = scripts.script_of(form)
    if script == "arabic":
        return scripts.uey_to_uly(form)
    if script == "cyrillic":
        return scripts.usy_to_uly(form)
    return form


# -- dates and figures ---------------------------------------------------------------------------


def page_dates(page: UyghurPage) -> list[DateMention]:
    out = []
    for d in uyghur_dates(page.key):
        s, e = page.span(d.start, d.end)
        out.append(DateMention(s, e, page.original[s:e], d.value, d.precision))
    return out


def page_figures(page: UyghurPage, dates: list[DateMention]) -> list[Figure]:
    """Figures at the page's offsets, each with its unit in English where the lexicon knows the
    counter or noun ("500 neper" → people), else the words as written; a count of people in a sentence
    about detention is a count of people detained."""
    lex = _lexicon()
    inner_dates = [(d.start, d.end) for d in uyghur_dates(page.key)]
    sentences = page.sentences()
    out = []
    for f in uyghur_figures(page.key, inner_dates):
        s, e = page.span(f.start, f.end)
        unit = _gloss_unit(page, f)
        if unit in lex.people_units or unit == "people":
            sentence = next(((a, b) for a, b in sentences if a <= s < b), (s, e))
            inner = page.key[_internal(page, sentence[0]) : _internal(page, sentence[1])]
            if lex.detention_verbs.search(inner) or lex.detention_context.search(inner):
                unit = f"detained {unit}"
        out.append(Figure(s, e, f.value, f.low, f.high, f.qualifier, unit, page.original[s:e]))
    return out


def _internal(page: UyghurPage, offset: int) -> int:
    """The internal offset of a page offset (the first internal character at or after it)."""
    lo, hi = 0, len(page.pos) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if page.pos[mid] < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _gloss_unit(page: UyghurPage, f: Figure) -> str:
    lex = _lexicon()
    words = f.unit.split()
    counter = words[0] if words and words[0] in UYGHUR_COUNTERS else ""
    gloss = UYGHUR_COUNTERS.get(counter, "")
    rest = words[1:] if counter else words
    for w in rest:
        stem, _sfx, form = analyse_word(w)
        noun = lex.unit_nouns.get(form) or lex.unit_nouns.get(stem)
        if noun and (not gloss or gloss == "people"):
            return noun
        if noun is None and not gloss and form not in lex.not_names and not _VERB_END.search(form):
            return page.render(form)
    return gloss
