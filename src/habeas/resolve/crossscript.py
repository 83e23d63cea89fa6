"""One person across scripts: joining the groups of mentions that name the same person in Chinese
characters, Uyghur Arabic script, Cyrillic and Latin letters (伊力哈木·土赫提, ئىلھام توختى, Ilham Tohti).

The same-script resolver (``resolver``) joins mentions by their written keys, which never cross a
script. This step compares the names of person groups written in *different* scripts through the
names module (its phonetic keys and readings: a Uyghur name in Chinese transcription, a Han name in
pinyin, Arabic-script Uyghur through its Latin form) and decides, for each pair that shares keys:

* **join** when the names module is sure: every part of both names paired (at least two parts),
  score ``SURE`` or more; or score ``WITH_CONTEXT`` or more and the two groups share a document or
  something else the documents name with them (a co-mention). A Han name of two characters read as
  pinyin (王丽 / Wang Li) is too common to join on its name alone: it needs the context too;
* **propose** for review when it is less sure (score ``PROPOSE`` or more, two parts paired), and
  whenever joining would pull together two groups that their own script keeps apart (朱海仑 and
  朱海伦 both read "Zhu Hailun": which of them the Latin name means is for a person to say), and
  whenever both groups are written in Chinese characters, differently: a page that writes "Zhu
  Hailun (朱海仑)" joins those two forms, and 朱海伦 elsewhere still waits for review.

People's judgements are respected: a pair whose names a person has judged distinct (or split apart)
is neither joined nor proposed. No name is special: everything follows from the scripts' models.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations

from habeas.names import phonetic, scripts
from habeas.names.match import Result, compare

SURE = 0.9
WITH_CONTEXT = 0.8
PROPOSE = 0.7
CLOSE_IN_SCRIPT = 0.9  # two forms of one script this close are spellings of one name
BLOCK_LIMIT = 200  # a key shared by more groups than this is too common to pair on
MAX_FORMS = 8  # forms of one group compared (its most frequent first)


@dataclass
class Group:
    """A group of person mentions the same-script resolver made: its forms (most frequent first),
    the documents naming it, and what else those documents name (other groups' roots)."""

    root: str
    forms: list[str]
    documents: set[str] = field(default_factory=set)
    scripts: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.forms = [f for f in dict.fromkeys(self.forms) if f.strip() and len(f) <= 200][:MAX_FORMS]
        by_script: dict[str, list[str]] = defaultdict(list)
        for form in self.forms:
            by_script[scripts.script_of(form)].append(form)
        self.scripts = dict(by_script)


@dataclass(frozen=True)
class Link:
    a: str
    b: str
    score: float
    why: str


@dataclass
class Decisions:
    """Pairs of group roots to join, and pairs to propose for review (with why)."""

    joins: list[Link] = field(default_factory=list)
    proposals: list[Link] = field(default_factory=list)


def _han_chars(text: str) -> int:
    return sum(1 for ch in text if scripts.HAN_RE.match(ch))


def _ordered(a: str, b: str) -> tuple[str, str]:
    """Chinese characters second: the names module reads the second name in all its ways."""
    return (b, a) if scripts.script_of(a) == "han" and scripts.script_of(b) != "han" else (a, b)


def _complete(res: Result) -> bool:
    return not res.joined and len(res.pairs) >= 2


def best_cross_script(g: Group, h: Group) -> tuple[Result, str, str] | None:
    """The best comparison of a form of ``g`` with a form of ``h`` written in another script."""
    best: tuple[Result, str, str] | None = None
    for sa, forms_a in g.scripts.items():
        for sb, forms_b in h.scripts.items():
            if sa == sb:
                continue
            for fa in forms_a:
                for fb in forms_b:
                    x, y = _ordered(fa, fb)
                    res = compare(x, y)
                    if best is None or res.score > best[0].score:
                        best = (res, x, y)
    return best


def _blocks(groups: Iterable[Group]) -> dict[str, set[str]]:
    blocks: dict[str, set[str]] = defaultdict(set)
    for g in groups:
        for form in g.forms:
            for k in phonetic.blocking_keys(phonetic.analyse(form)):
                blocks[k].add(g.root)
    return blocks


def _pairs(groups: dict[str, Group]) -> list[tuple[str, str]]:
    """Pairs of groups written (at least partly) in different scripts that share two keys or more."""
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for members in _blocks(groups.values()).values():
        if len(members) < 2 or len(members) > BLOCK_LIMIT:
            continue
        for a, b in combinations(sorted(members), 2):
            shared[(a, b)] += 1
    return [
        (a, b)
        for (a, b), n in sorted(shared.items())
        if n >= 2 and not (len(groups[a].scripts) == 1 and groups[a].scripts.keys() == groups[b].scripts.keys())
    ]


def _apart_in_script(g: Group, h: Group) -> bool:
    """Whether ``g`` and ``h`` are names the same script tells apart: different characters (Han), or
    forms of one script that are not spellings of one name."""
    for script in set(g.scripts) & set(h.scripts):
        if script == "han":
            return True
        close = max(
            (compare(*_ordered(fa, fb)).score for fa in g.scripts[script] for fb in h.scripts[script]), default=0.0
        )
        if close < CLOSE_IN_SCRIPT:
            return True
    return False


def link(
    groups: dict[str, Group],
    co_mentioned: Callable[[str], set[str]],
    kept_apart: set[frozenset[str]],
) -> Decisions:
    """Decide which person groups to join across scripts and which to propose for review.
    ``co_mentioned(root)`` gives the roots of what the documents naming a group also name."""
    wanted: list[Link] = []
    unsure: list[Link] = []
    for a, b in _pairs(groups):
        if frozenset((a, b)) in kept_apart:
            continue
        found = best_cross_script(groups[a], groups[b])
        if found is None:
            continue
        res, x, y = found
        if not _complete(res) or res.score < PROPOSE:
            continue
        why = f"{x} ~ {y}: {res.why()}"
        if "han" in groups[a].scripts and "han" in groups[b].scripts:  # {Zhu Hailun, 朱海仑} and 朱海伦
            unsure.append(Link(a, b, res.score, why + "; their Chinese characters differ"))
            continue
        context = _context(groups[a], groups[b], co_mentioned)
        common_han = res.reading == "pinyin" and _han_chars(y) <= 2
        if (res.score >= SURE and not common_han) or (res.score >= WITH_CONTEXT and context):
            wanted.append(Link(a, b, res.score, why + (f"; {context}" if context else "")))
        else:
            unsure.append(Link(a, b, res.score, why))
    joins, ambiguous = _unambiguous(groups, wanted)
    return Decisions(joins=joins, proposals=sorted(unsure + ambiguous, key=lambda x: (-x.score, x.a, x.b)))


def _context(g: Group, h: Group, co_mentioned: Callable[[str], set[str]]) -> str:
    if g.documents & h.documents:
        return "named in the same document"
    shared = (co_mentioned(g.root) & co_mentioned(h.root)) - {g.root, h.root}
    if shared:
        return f"named with {len(shared)} of the same {'thing' if len(shared) == 1 else 'things'}"
    return ""


def _unambiguous(groups: dict[str, Group], wanted: list[Link]) -> tuple[list[Link], list[Link]]:
    """Split the wanted joins into those that are safe and those that would join two groups their
    own script keeps apart (each link of such a group goes to review instead)."""
    partners: dict[str, set[str]] = defaultdict(set)
    for w in wanted:
        partners[w.a].add(w.b)
        partners[w.b].add(w.a)
    doubtful: set[str] = set()
    for root, others in partners.items():
        for p, q in combinations(sorted(others), 2):
            if _apart_in_script(groups[p], groups[q]):
                doubtful.add(root)
                break
    joins = [w for w in wanted if w.a not in doubtful and w.b not in doubtful]
    ambiguous = [
        Link(w.a, w.b, w.score, w.why + "; another name in the same script matches as well")
        for w in wanted
        if w.a in doubtful or w.b in doubtful
    ]
    return joins, ambiguous
