"""General-knowledge word lists and gazetteers used by the rule layers.

Nothing here is written for a particular document: these are titles, ethnonyms, keywords that
name kinds of institutions and instruments, the world's countries and the divisions of Xinjiang.
The lists themselves are data, one file each in ``data/`` (a comment header, then one entry a
line), read once when this module is imported; the entity types come from ``habeas.vocab``.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# The entity types, re-exported from the one table: the rule layers (and, until they move, others) read them here.
from habeas.names.scripts import han_spaces_closed
from habeas.vocab import ENTITY_TYPES as ENTITY_TYPES
from habeas.vocab import FACILITY as FACILITY
from habeas.vocab import LAW as LAW
from habeas.vocab import ORGANIZATION as ORGANIZATION
from habeas.vocab import PERSON as PERSON
from habeas.vocab import PLACE as PLACE
from habeas.vocab import PUBLIC_BODY as PUBLIC_BODY
from habeas.vocab import TYPE_LABELS as TYPE_LABELS
from habeas.vocab import entity_type_named as entity_type_named

DATA = Path(__file__).parent / "data"

# Types of mention that are not entities.
DATE = "date"
QUANTITY = "quantity"


def _lines(file: str) -> list[str]:
    """The entries of a list in ``data/``: one a line, in order; blank lines and ``#`` comments skipped."""
    text = (DATA / file).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


# Ordinary Chinese words the segmenter's dictionary tags as places or names, and their own tags.
SEGMENTER_TAGS_ZH = dict(line.split() for line in _lines("segmenter_tags_zh.txt"))
# Nationality, ethnonym and religion words: adjectives and group nouns, never people or places.
ETHNONYMS = set(_lines("ethnonyms.txt"))
# Titles and roles that precede a name; stripped from the name, and evidence that a person follows.
TITLE_WORDS = _lines("title_words.txt")
# each word of the titles, as a title of more words is written over lines or read word by word ("Vice", "Chairman")
TITLE_WORD_PARTS = frozenset(w for title in TITLE_WORDS for w in title.split())
# the titles of address before a person's name that every list of them holds ("Mr Bloomberg", "Sir Geoffrey Nice")
TITLES_OF_ADDRESS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord")
# the titles of address a name is read without ("Prof. Sony Lee", "Lady Hale"); a transcript's forms of address
# (english_layout.ADDRESS) and a parliamentary record's speakers' titles (english_rules._SPEAKER_TITLE) add the
# titles those records print, posts among them (Senator, Rev, Hon), which TITLE_WORDS holds as posts
HONORIFICS = frozenset({*TITLES_OF_ADDRESS, "Lady", "Prof", "Professor"})
ROLE_NOUNS = frozenset(_lines("role_nouns.txt"))
# companies' legal forms written without full stops, as they close a name ("Hikvision Co., Ltd.", "Wacker Chemie
# AG", "Leigh Day LLP", the Nordic forms: "Nordlys Film ApS", "Equinor ASA", "Fazer Oyj"); the dotted forms of
# other countries' law are english.DOTTED_LEGAL_FORMS
LEGAL_FORMS = (
    *("Co", "Ltd", "Inc", "LLC", "LLP", "plc", "PLC", "Plc", "GmbH", "AG", "JSC", "Corp", "Limited"),
    *("ApS", "ASA", "Oyj"),
)
# the words for a relative, as one regex alternation ("his wife, Xinna", "My mother is 78")
KIN_NOUNS = (
    "wife|husband|widow|widower|spouse|partner|son|daughter|brother|sister|father|mother|uncle|aunt|nephew|niece|"
    "cousin|grandson|granddaughter|grandfather|grandmother|fianc[ée]e?"
)
# Words that end the names of institutions, instruments and facilities (unread by the rules today).
# Capitalised words that start sentences or clauses in official texts and are never names.
NOT_NAME_WORDS = set(_lines("not_name_words.txt"))
ACRONYM_STOPWORDS = set(_lines("acronym_stopwords.txt"))
# The common Chinese surnames (general knowledge), in characters and in pinyin.
HAN_SURNAMES = "".join(_lines("han_surnames.txt"))
HAN_COMPOUND_SURNAMES = tuple(_lines("han_compound_surnames.txt"))
PINYIN_SURNAMES = set(_lines("pinyin_surnames.txt"))
# Common Uyghur given names in Uyghur Latin (a name is a given name and the father's): analyse/uyghur.py.
UYGHUR_GIVEN_NAMES = tuple(_lines("uyghur_given_names.txt"))
# What a hyphen joins to a place or a party to say where a body is, or who holds, runs or pays for it: the
# compound is an adjective, no part of a name ("the Washington-based Campaign for Uyghurs", "a state-owned
# firm", "Party-run", "US-backed", "EU-funded"). Each rule that reads such compounds adds its own endings.
HYPHEN_ADJECTIVE_ENDS = ("based", "owned", "run", "backed", "funded")


def hyphen_adjective_ends(*more: str) -> str:
    """The endings of a hyphenated adjective, and ``more``, as a regular expression's alternatives."""
    return "|".join((*HYPHEN_ADJECTIVE_ENDS, *more))


@functools.lru_cache(maxsize=200_000)  # names recur thousands of times across a case
def fold(text: str) -> str:
    """A comparison form: NFKC, one kind of apostrophe, single spaces."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip()


@functools.lru_cache(maxsize=200_000)
def key(text: str) -> str:
    """The resolution key of a name: case-folded, without "the", possessives, punctuation or plural -s,
    nor the spaces a page puts between Han characters ("王　刚" is 王刚, spaced out in a byline)."""
    t = han_spaces_closed(fold(text)).casefold()
    t = re.sub(r"^(the|a|an)\s+", "", t)
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"[^\w\s\-·]", " ", t)
    words = []
    for w in t.replace("-", " ").split():
        if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
        words.append(w)
    return " ".join(words)


@dataclass(frozen=True)
class GazetteerEntry:
    canonical: str
    type: str
    names: tuple[str, ...]


@functools.cache
def gazetteer() -> tuple[GazetteerEntry, ...]:
    """Countries and their common names, blocs of states, every division of Xinjiang with its
    romanisations, and China's other provinces and the cities in them reporting names most.

    A bloc of states ("the EU raises the issue", "EU Member States", "the G20") is an organisation,
    as OntoNotes types it; the bodies a bloc has (the European Parliament, the European External Action
    Service) are public bodies of their own."""
    entries: list[GazetteerEntry] = []
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    for name, aliases in countries["places"].items():
        entries.append(GazetteerEntry(name, PLACE, (name, *aliases)))
    for name, aliases in countries["blocs"].items():
        entries.append(GazetteerEntry(name, ORGANIZATION, (name, *aliases)))
    xj = json.loads((DATA / "xinjiang.json").read_text(encoding="utf-8"))
    entries.append(GazetteerEntry(xj["region"][0], PLACE, tuple(xj["region"])))
    for pref in xj["prefectures"]:
        names = pref["names"]
        entries.append(GazetteerEntry(names[0], PLACE, tuple(names)))
        for county in pref["counties"]:
            entries.append(GazetteerEntry(county[0], PLACE, tuple(county)))
    for city in xj["corps"]:
        kind = PUBLIC_BODY if "Corps" in city[0] else PLACE
        entries.append(GazetteerEntry(city[0], kind, tuple(city)))
    china = json.loads((DATA / "china.json").read_text(encoding="utf-8"))
    for province in china["provinces"]:
        for names in (province["names"], *province["cities"]):
            entries.append(GazetteerEntry(names[0], PLACE, tuple(names)))
    bodies = json.loads((DATA / "bodies.json").read_text(encoding="utf-8"))
    for kind in (ORGANIZATION, PUBLIC_BODY):
        for name, aliases in bodies.get(kind, {}).items():
            entries.append(GazetteerEntry(name, kind, (name, *aliases)))
    chinese = json.loads((DATA / "names_zh.json").read_text(encoding="utf-8"))
    for kind in (ORGANIZATION, PUBLIC_BODY, PLACE):
        for name, forms in chinese[kind].items():
            cjk = tuple(f for f in forms if _CJK_RE.search(f))
            entries.append(GazetteerEntry(name, kind, cjk))  # Chinese forms: English reads the rest (known_bodies.py)
    return tuple(entries)


_CJK_RE = re.compile(r"[\u3400-\u9fff]")


@functools.cache
def corps_city_names() -> frozenset[str]:
    """The names of the cities the corps' divisions run (石河子市, 胡杨河市...), in every form."""
    xj = json.loads((DATA / "xinjiang.json").read_text(encoding="utf-8"))
    return frozenset(n for city in xj["corps"] if "Corps" not in city[0] for n in city)


@functools.cache
def world_cities() -> frozenset[str]:
    """The English names of the cities outside China whose Chinese names the gazetteer holds."""
    return frozenset(json.loads((DATA / "names_zh.json").read_text(encoding="utf-8"))[PLACE])


@functools.cache
def gazetteer_index() -> dict[str, GazetteerEntry]:
    """Every gazetteer name (folded) to its entry; the first entry wins on a clash."""
    index: dict[str, GazetteerEntry] = {}
    for entry in gazetteer():
        for name in entry.names:
            index.setdefault(fold(name), entry)
    return index


@functools.cache
def country_names() -> frozenset[str]:
    """Every country's names and common names, folded ("United States", "US", "U.S.")."""
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    return frozenset(fold(n) for name, aliases in countries["places"].items() for n in (name, *aliases))


def is_ethnonym_phrase(text: str) -> bool:
    words = re.findall(r"[\w\-]+", fold(text).casefold())
    return bool(words) and all(
        w in ETHNONYMS or w in {"ethnic", "the", "people", "minority", "minorities"} for w in words
    )
