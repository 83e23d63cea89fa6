"""Rewrite a user's query into tantivy's syntax: prefixes become regexes on the stemmed field,
Chinese runs become phrases of character pairs on the n-gram field (read as simplified characters,
as the index reads the pages), and a ``name:"..."`` field becomes the name's forms in every script,
OR-ed as phrases, exact forms weighted above looser ones (``alias:"..."`` is one more exact form, as
the services add the case's entities' names)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import tantivy

from habeas.names.chinese_script import either_form, simplified
from habeas.names.scripts import HAN_CHARACTERS

_CJK_RUN = re.compile(f"[{HAN_CHARACTERS}]+")
_PHRASE = re.compile(r'(?:\b(name|alias|tag):)?"[^"]*"')
_BARE_TAG = re.compile(r'(?<![\w:])tag:([^\s"()]+)')  # tag:word, quoted before the phrases are read
TAG_MAX = 64
_TAG_SHAPE = re.compile(r"[\w\-.]+")
_NAME_FIELD = re.compile(r'\bname:"([^"]*)"')
_NAME_SPLIT = re.compile(r"[\s\u00b7\u2022\u2027\u30fb\uff0e.\-]+")  # spaces and middle dots (·, •, ‧, ・)
EXACT, CLOSE, LOOSE = 4.0, 2.0, 1.0  # boosts: the form as given, the likeliest transcriptions, the rest
_PREFIX = re.compile(r"(?<![\w:/])(\w+)\*")
# tantivy reads "a AND NOT b" as a AND (a clause that only excludes), which matches nothing;
# "a AND -b" is the query the user meant.
_AND_NOT = re.compile(r"\bAND\s+NOT\s+")


@dataclass
class QueryPlan:
    original: str
    tantivy_query: str
    needles: list[re.Pattern[str]] = field(default_factory=list)


@functools.cache
def english_stemmer() -> tantivy.TextAnalyzer:
    """The analyzer that lowercases and stems English words, as the index does."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.stemmer("english"))
        .build()
    )


def plan_query(query: str) -> QueryPlan:
    """Translate the query, keeping quoted phrases whole."""
    if not query.strip():
        raise ValueError("the query is empty")
    plan = QueryPlan(original=query, tantivy_query="")
    query = _BARE_TAG.sub(lambda m: f'tag:"{m.group(1)}"', query)
    pieces: list[str] = []
    last = 0
    for phrase in _PHRASE.finditer(query):
        pieces.append(_rewrite_words(query[last : phrase.start()], plan))
        field_name = phrase.group(1)
        inner = phrase.group(0)[len(field_name) + 1 if field_name else 0 :]
        if field_name == "name":
            pieces.append(_forms_clause(name_forms_of(inner[1:-1]), plan))
        elif field_name == "tag":
            pieces.append(f'tag:"{tag_key(inner[1:-1])}"')
        elif field_name == "alias":
            pieces.append(_forms_clause([(inner[1:-1], EXACT)], plan))
        else:
            pieces.append(_rewrite_phrase(inner, plan))
        last = phrase.end()
    pieces.append(_rewrite_words(query[last:], plan))
    plan.tantivy_query = "".join(pieces)
    return plan


def _rewrite_phrase(phrase: str, plan: QueryPlan) -> str:
    inner = phrase[1:-1]
    if not _CJK_RUN.search(inner):
        return phrase
    return _cjk_clause("".join(_CJK_RUN.findall(inner)), plan)


def _rewrite_words(words: str, plan: QueryPlan) -> str:
    words = _AND_NOT.sub("AND -", words)
    words = _CJK_RUN.sub(lambda m: _cjk_clause(m.group(0), plan), words)
    return _PREFIX.sub(lambda m: _prefix_clause(m.group(1), plan), words)


def _cjk_clause(run: str, plan: QueryPlan) -> str:
    plan.needles.append(re.compile(either_form(run)))
    return _bigram_phrase(run)


def _prefix_clause(prefix: str, plan: QueryPlan) -> str:
    plan.needles.append(re.compile(rf"\b{re.escape(prefix)}\w*", re.IGNORECASE))
    lowered = prefix.lower()
    stems = {lowered, *english_stemmer().analyze(lowered)}
    clauses = [f"text:/{re.escape(s)}.*/" for s in sorted(stems)]
    return clauses[0] if len(clauses) == 1 else "(" + " OR ".join(clauses) + ")"


def tag_key(text: str) -> str:
    """A tag as it is kept and searched: lower case, spaces as hyphens; one word of letters, digits,
    ``-``, ``_`` and ``.``, at most ``TAG_MAX`` characters (``ValueError`` otherwise)."""
    key = re.sub(r"\s+", "-", text.strip().lower())
    if not key or len(key) > TAG_MAX or not _TAG_SHAPE.fullmatch(key):
        raise ValueError(
            f"{text!r} is not a tag: one word of letters, digits, '-', '_' or '.', at most {TAG_MAX} characters"
        )
    return key


def name_queries(query: str) -> list[str]:
    """The names a query looks up in ``name:"..."`` fields."""
    return [m.group(1).strip() for m in _NAME_FIELD.finditer(query) if m.group(1).strip()]


def with_aliases(query: str, aliases: dict[str, list[str]]) -> str:
    """The query with each ``name:"X"`` field widened by exact forms the case knows for X (its
    entities' names and aliases): ``(name:"X" OR alias:"A" ...)``."""

    def widen(m: re.Match[str]) -> str:
        extra = [a.replace('"', "") for a in aliases.get(m.group(1).strip(), []) if a.replace('"', "").strip()]
        if not extra:
            return m.group(0)
        return "(" + " OR ".join([m.group(0), *(f'alias:"{a}"' for a in extra)]) + ")"

    return _NAME_FIELD.sub(widen, query)


def name_forms_of(name: str) -> list[tuple[str, float]]:
    """A name's forms in every script, each with its weight: as given, then the likeliest
    transcriptions (ULY, Arabic script, Cyrillic, pinyin, the first Chinese rendering), then the
    less likely ones."""
    from habeas.names.forms import name_forms

    name = name.strip()
    if not name:
        raise ValueError('name:"" names nobody')
    forms = name_forms(name)
    out: list[tuple[str, float]] = [(name, EXACT)]
    for key in ("uly", "uey", "usy", "pinyin", "russian_style_latin", "kazakh_latin"):
        if forms.get(key):
            out.append((str(forms[key]), CLOSE))
    for i, chinese in enumerate(forms.get("chinese_candidates") or []):
        out.append((chinese, CLOSE if i == 0 else LOOSE))
    out.extend((v, LOOSE) for v in forms.get("pinyin_variants") or [])
    return out


def _forms_clause(forms: list[tuple[str, float]], plan: QueryPlan) -> str:
    """The forms OR-ed, each at the highest weight it was given."""
    weights: dict[str, float] = {}
    for form, weight in forms:
        form = form.replace('"', "").replace("\\", "").strip()
        if form:
            weights[form] = max(weight, weights.get(form, 0.0))
    clauses = [c for c in (_form_clause(f, w, plan) for f, w in weights.items()) if c]
    return "(" + " OR ".join(clauses) + ")" if clauses else '""'


def _form_clause(form: str, weight: float, plan: QueryPlan) -> str:
    if _CJK_RUN.search(form):
        runs = _CJK_RUN.findall(form)
        joined = "".join(runs)
        plan.needles.append(re.compile(r"[\s\u00b7\u2022\u2027\u30fb]?".join(either_form(r) for r in runs)))
        clause = _bigram_phrase(joined)
        if len(runs) > 1:  # written with a middle dot (or a space) the pairs stop at it: each part, all of them
            clause = f"({clause} OR ({' AND '.join(_bigram_phrase(r) for r in runs)}))"
        return f"({clause})^{weight}"
    words = [w for w in _NAME_SPLIT.split(form) if w]
    if not words:
        return ""
    plan.needles.append(re.compile(r"\W+".join(re.escape(w) for w in words), re.IGNORECASE))
    return f'"{" ".join(words)}"^{weight}'


def _bigram_phrase(run: str) -> str:
    """A Chinese run as the index holds it: its pairs of characters read as simplified (a lone
    character, the pairs it begins)."""
    run = simplified(run)
    if len(run) == 1:
        return f"cjk:/{run}.?/"
    return 'cjk:"' + " ".join(run[i : i + 2] for i in range(len(run) - 1)) + '"'
