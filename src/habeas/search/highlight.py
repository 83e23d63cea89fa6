"""Where a query's words stand in a document: the patterns that mark hits in a page's text (and,
through the words they find, on the page's picture), matched as the index matches words: ignoring
case, any ending of a word's stem, phrases word by word, Chinese runs as they are or in the other
form of their characters (traditional or simplified)."""

from __future__ import annotations

import functools
import re

from habeas.names.chinese_script import either_form
from habeas.names.scripts import HAN_CHARACTERS
from habeas.search.query import english_stemmer

_TOKEN = re.compile(r'(?:\b(\w+):)?"([^"]*)"|(\S+)')
_OPERATORS = frozenset({"AND", "OR", "NOT", "TO"})
_CJK = re.compile(f"[{HAN_CHARACTERS}]")
_WORD = re.compile(r"\w+")
_TEXT_FIELDS = frozenset({"text", "title", "name", "alias"})


@functools.lru_cache(maxsize=256)
def query_needles(query: str) -> tuple[re.Pattern[str], ...]:
    """The patterns that find a search query's words and phrases in text. Excluded words (``-x``,
    ``NOT x``) and fields other than the text's (``source:...``) mark nothing."""
    needles: list[re.Pattern[str]] = []
    excluded = False
    for m in _TOKEN.finditer(query):
        field, phrase, bare = m.group(1), m.group(2), m.group(3)
        if bare in _OPERATORS:
            excluded = bare == "NOT"
            continue
        skip, excluded = excluded, False
        if phrase is None:
            field, _, rest = bare.rpartition(":") if ":" in bare and not bare.startswith(":") else ("", "", bare)
            if bare.startswith("-"):
                continue
            phrase = rest
        if skip or (field and field.lower() not in _TEXT_FIELDS):
            continue
        pattern = _phrase_pattern(phrase)
        if pattern:
            needles.append(re.compile(pattern, re.IGNORECASE))
    return tuple(needles)


def _phrase_pattern(phrase: str) -> str:
    words = _WORD.findall(phrase)
    return r"\W+".join(_word_pattern(w) for w in words)


def _word_pattern(word: str) -> str:
    if _CJK.search(word):
        return either_form(word)
    lowered = word.lower()
    stems = english_stemmer().analyze(lowered) or [lowered]
    stem = min([lowered, *stems], key=len)
    return rf"(?<!\w){re.escape(stem)}\w*"
