"""Rewrite a user's query into tantivy's syntax: prefixes become regexes on the stemmed field,
and Chinese runs become phrases of character pairs on the n-gram field."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import tantivy

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_PHRASE = re.compile(r'"[^"]*"')
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
def _stemmer() -> tantivy.TextAnalyzer:
    return (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.lowercase()).filter(tantivy.Filter.stemmer("english")).build())


def plan_query(query: str) -> QueryPlan:
    """Translate the query, keeping quoted phrases whole."""
    if not query.strip():
        raise ValueError("the query is empty")
    plan = QueryPlan(original=query, tantivy_query="")
    pieces: list[str] = []
    last = 0
    for phrase in _PHRASE.finditer(query):
        pieces.append(_rewrite_words(query[last : phrase.start()], plan))
        pieces.append(_rewrite_phrase(phrase.group(0), plan))
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
    plan.needles.append(re.compile(re.escape(run)))
    if len(run) == 1:
        return f"cjk:/{run}.?/"
    pairs = " ".join(run[i : i + 2] for i in range(len(run) - 1))
    return f'cjk:"{pairs}"'


def _prefix_clause(prefix: str, plan: QueryPlan) -> str:
    plan.needles.append(re.compile(rf"\b{re.escape(prefix)}\w*", re.IGNORECASE))
    lowered = prefix.lower()
    stems = {lowered, *_stemmer().analyze(lowered)}
    clauses = [f"text:/{re.escape(s)}.*/" for s in sorted(stems)]
    return clauses[0] if len(clauses) == 1 else "(" + " OR ".join(clauses) + ")"
