"""Well-known bodies in English text, by the English names and Latin short forms of ``data/names_zh.json``.

A body such as "PEN America", "Handelsblatt" or "U.S. Customs and Border Protection" carries no head
word or cue that the other layers read, so it is found here by its name, as a name of its own: not
where a capitalised word runs on either side of it ("Michael Bloomberg", "Nikola Tesla", "Apple
Daily", "UK Home Office" are left to the layers that read the longer name), and never for the names
the list leaves to the statistical model (ordinary words and surnames: Apple, Target, Ford). A form
that starts with "The" is read with or without the article when two words or more follow it ("The
Washington Post", "the Washington Post", "Washington Post"), with it only otherwise ("the Guardian").
Each mention takes the body's English name as its canonical name, which joins it to the body's
Chinese mentions.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from habeas.analyse import tables as t
from habeas.analyse.apparatus import in_code_citation
from habeas.analyse.chinese_words import CJK_RE

# a title before a name says a person follows ("Mr Bloomberg", "Prof. Sony Lee")
_TITLES = t.HONORIFICS | {title for title in t.TITLE_WORDS if " " not in title}
# words that start a sentence or a clause, or join a list, before a name: no part of it
_LEADING = {w.capitalize() for w in t.NOT_NAME_WORDS} - _TITLES | {
    "According",
    "As",
    "At",
    "Both",
    "But",
    "Either",
    "From",
    "If",
    "Including",
    "Like",
    "Neither",
    "Unlike",
    "Via",
    "Why",
    "How",
    "What",
    "Where",
    "Who",
    "Whether",
    # what a post held at a body was or is, before the body and the post: "Former ASPI analyst Nathan Ruser"
    "Former",
    "Ex",
    "Then",
    "Retired",
    "Veteran",
}
# words that open a post's name after a body's: "Visiting Fellow", "Senior Analyst", "Deputy Director"
_POST_OPENERS = {"Visiting", "Senior", "Deputy", "Executive", "Associate", "Acting", "Fellow", "Analyst", "Researcher"}
# the legal form that may follow a company's name ("Nike Inc.", "Hikvision Co., Ltd.")
_LEGAL = {*t.LEGAL_FORMS, "Corporation", "SA", "SE", "NV", "BV"}
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’\-\.&]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([A-Z][\w'’\-]*)")


_Trie = dict[str, "_Trie"]


@dataclass(frozen=True)
class KnownBody:
    start: int
    end: int
    entry: t.GazetteerEntry


@functools.cache
def english_forms() -> dict[str, t.GazetteerEntry]:
    """Every English form the list's bodies are read by (folded), to its body."""
    data = json.loads((t.DATA / "names_zh.json").read_text(encoding="utf-8"))
    left = set(data["english_left_to_model"])
    out: dict[str, t.GazetteerEntry] = {}
    for kind in (t.ORGANIZATION, t.PUBLIC_BODY):
        for name, forms in data[kind].items():
            entry = t.GazetteerEntry(name, kind, (name, *forms))
            latin = [f for f in forms if not CJK_RE.search(f)]
            for form in latin if name in left else [name, *latin]:
                for variant in _variants(form):
                    out.setdefault(t.fold(variant), entry)
    return out


def known_runs(start: int, words: str) -> list[tuple[int, int, t.GazetteerEntry]]:
    """Where words one space apart (a credit's, in capitals or not) name known bodies, each the longest run of
    them that does ("AGENCE FRANCE-PRESSE GETTY IMAGES": two), with its body; ``start`` is the words' offset."""
    forms = english_forms()
    out: list[tuple[int, int, t.GazetteerEntry]] = []
    parts = words.split(" ")
    i = 0
    while i < len(parts):
        j = next((j for j in range(len(parts), i, -1) if t.fold(" ".join(parts[i:j]).title()) in forms), None)
        if j is None:
            i += 1
            continue
        s = start + len(" ".join(parts[:i])) + (1 if i else 0)
        written = " ".join(parts[i:j])
        out.append((s, s + len(written), forms[t.fold(written.title())]))
        i = j
    return out


def _variants(form: str) -> list[str]:
    """A form as it is written in running text: "The Guardian" as "the Guardian" too; "The Washington
    Post" also without its article; "and" also as an ampersand ("Foreign, Commonwealth & Development
    Office")."""
    forms = [form, form.replace(" and ", " & ")] if " and " in form else [form]
    if not form.startswith("The "):
        return forms
    return [v for f in forms for v in (f, "the " + f[4:], *([f[4:]] if len(f[4:].split()) >= 2 else []))]


@functools.cache
def _pattern() -> re.Pattern[str]:
    # not inside a word, a hyphenated name or a document symbol ("A/HRC/WGAD/2018/69")
    # not before "-like" or "-style", which only compare a thing with the body ("its Twitter-like account")
    return re.compile(rf"(?<![\w\-/]){_trie(sorted(english_forms()))}(?![\w/]|-[A-Z]|-(?:like|style|esque)(?![\w\-]))")


def _trie(words: list[str]) -> str:
    """One regular expression that matches any of ``words``, longest first, as a trie of characters
    (a flat alternation of hundreds of names is tried name by name at every position)."""
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_regex(root)


def _node_regex(node: _Trie) -> str:
    ends = "" in node
    branches = [_char(ch) + _node_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


def _char(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch in "'’":
        return "['’]"
    return re.escape(ch)


def find(text: str) -> Iterator[KnownBody]:
    """The list's bodies named in one page of English text, each a name of its own."""
    forms = english_forms()
    for m in _pattern().finditer(text):
        entry = forms.get(t.fold(m.group(0)))
        if entry is None or code_letters(text, m.start(), m.end()):
            continue
        if _stands_alone(text, m.start(), m.end()) and not in_code_citation(text, *m.span()):
            yield KnownBody(m.start(), m.end(), entry)


# a code's number after its letters: zero-padded or in parts ("MSS 0417", "AL CHN 9/2022", "IMM 4471-21")
_CODE_NUMBER_AFTER = re.compile(r"[ \t]+(?:0\d{2,}|\d+[/\-]\d)")


def code_letters(text: str, start: int, end: int) -> bool:
    """Whether a body's short form in capitals is a code's letters before its number ("Collection Number: MSS
    0417", a manuscript collection's code, is no Ministry of State Security)."""
    return text[start:end].isupper() and _CODE_NUMBER_AFTER.match(text, end) is not None


def _stands_alone(text: str, start: int, end: int) -> bool:
    """No capitalised word runs on into the name from either side: "Michael Bloomberg" is a person,
    "Apple Daily" another body; a clause word before it ("According", "The") or a legal form after it
    ("Inc.") is no part of another name, nor "Company" after "A" (a footer's "A Nikkei Company")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if (
        before is not None
        and before.group(1)[:1].isupper()
        and not _ends_clause(before.group(1))
        and not _country_initials(before.group(1))
        and not (before.group(1) in _POST_OPENERS and _post_after(text, end))
    ):
        return False
    if _post_after(text, end):
        return True
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1) == "Company" and before is not None and before.group(1) in ("A", "An"):
        return True  # a footer's "A Warner Bros. Discovery Company", "A Nikkei Company": the owner
    # a post at the body after it is no part of its name: "MERICS Visiting Academic Fellow", "ASPI Director"
    return after is None or after.group(1) in _LEGAL or after.group(1) in _TITLES or after.group(1) in _POST_OPENERS


# a post named after the body it serves, a participle first: "Home Office Presenting Officer", "… Reporting Officer"
_PARTICIPLE_POST_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+ing[ \t]+([A-Z][a-z]+)\b")


def _post_after(text: str, end: int) -> bool:
    """Whether a post's title, a participle then a word for a post, follows a body's name: the body is named
    in the post's title ("Senior Home Office Presenting Officer"), the post's words are no part of its name."""
    m = _PARTICIPLE_POST_AFTER.match(text, end)
    return m is not None and (m.group(1) in _TITLES or m.group(1).lower() in t.ROLE_NOUNS)


def _country_initials(word: str) -> bool:
    """ "UK" in "the UK Foreign, Commonwealth & Development Office": a country's initials before a body's
    name say whose body it is, no part of another name."""
    entry = t.gazetteer_index().get(t.fold(word))
    return re.fullmatch(r"(?:[A-Z]\.?){2,3}", word) is not None and entry is not None and entry.type == t.PLACE


_WHERE_OR_WHOSE = re.compile(rf"[a-z]-(?:{t.hyphen_adjective_ends('headquartered', 'registered', 'listed')})$")


def _ends_clause(word: str) -> bool:
    """A word before a name that is no part of it: a clause word ("According", "The"), or the last word
    of the sentence before ("... told Handelsblatt. Huawei said"), not a title ("Prof.") or an
    abbreviation ("U.S.")."""
    stem = word.rstrip(".")
    if stem in _TITLES:
        return False
    if re.search(r"['’]s$", word):
        return True  # "Beijing's Hong Kong and Macao Affairs Office": the owner's possessive, no part of the name
    if _WHERE_OR_WHOSE.search(word):
        return True  # "the Washington-based Campaign for Uyghurs": where or whose the body is, no part of its name
    return stem in _LEADING or (word.endswith(".") and "." not in stem and len(stem) >= 3 and not stem.isupper())
