"""Overlapping mentions resolved: the strongest of them is kept, and a body or an instrument whose name
holds a place's name ("Government of the People's Republic of China") keeps its whole name.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from habeas.analyse import tables as t
from habeas.analyse.english import (
    P_NESTED,
    P_STRONG,
    RETIRED_RANKS,
    ROLE,
    TITLE_TOKENS,
    classify_run,
    clean_name,
    known_place,
    names_a_facility,
    national_word,
    person_shaped,
)
from habeas.analyse.model import Mention


class Coverage:
    """Which characters of which pages are already taken by a mention."""

    def __init__(self) -> None:
        self.pages: dict[int, bytearray] = {}

    def _page(self, page: int, end: int) -> bytearray:
        cov = self.pages.setdefault(page, bytearray())
        if len(cov) < end:
            cov.extend(b"\x00" * (end - len(cov) + 1024))
        return cov

    def free(self, page: int, start: int, end: int) -> bool:
        return self._page(page, end).find(1, start, end) < 0

    def take(self, page: int, start: int, end: int) -> None:
        cov = self._page(page, end)
        cov[start:end] = b"\x01" * (end - start)


class _ByStart:
    """Mentions in order of where they start, so that those starting within a span are found by bisection: a
    candidate asks only for the strong mentions inside it, where each candidate read every strong mention of
    the page (a page's cost grew with its mentions squared)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def add(self, mention: Mention) -> None:
        at = bisect.bisect_right(self._starts, mention.start)
        self._starts.insert(at, mention.start)
        self.mentions.insert(at, mention)

    def starting_within(self, start: int, end: int) -> list[Mention]:
        """The mentions that start at ``start`` or after it and at ``end`` or before it: every one a span holds."""
        return self.mentions[bisect.bisect_left(self._starts, start) : bisect.bisect_right(self._starts, end)]


def _body_of_body(outer: Mention, inner: Mention) -> bool:
    """ "House Select Committee on the Chinese Communist Party": a body named after another body."""
    if inner.type not in (t.ORGANIZATION, t.PUBLIC_BODY) or outer.page != inner.page:
        return False
    if inner.start == outer.start:
        rest = outer.text[len(inner.text) :].split()  # "XPCC Public Security Bureau": the corps' bureau
        if re.fullmatch(r"[A-Z]{3,}", inner.text) or len(rest) >= 2:  # or "Xinjiang Production and … Bureau"
            return classify_run(rest) in (t.ORGANIZATION, t.PUBLIC_BODY)
    before = outer.text[: max(0, inner.start - outer.start)]
    m = re.fullmatch(r"(?P<head>.+?)\s+(?:on|of|for)\s+(?:the\s+)?", before)
    return m is not None and classify_run(m.group("head").split()) in (t.ORGANIZATION, t.PUBLIC_BODY)


def _instrument_of_body(outer: Mention, inner: Mention) -> bool:
    """ "Rome Statute of the International Criminal Court": an instrument named after a body keeps its
    whole name (not "North Atlantic Treaty Organization", a body whose name holds "Treaty")."""
    if outer.type != t.LAW or inner.type not in (t.ORGANIZATION, t.PUBLIC_BODY) or outer.page != inner.page:
        return False
    return re.fullmatch(r".+\s+of\s+(?:the\s+)?", outer.text[: max(0, inner.start - outer.start)]) is not None


def _named_for_place(org: Mention, place_ends: dict[tuple[int, int], Mention]) -> bool:
    """ "Voice of America", "PEN America", "Greenpeace East Asia": an organisation the statistical model
    names in full, whose name ends with a place it serves or was founded for, stays one organisation.
    ``place_ends``: the strong places by page and end."""
    place = place_ends.get((org.page, org.end)) if org.type == t.ORGANIZATION else None
    return place is not None and place_ends_name(org.text, org.start, place)


def place_ends_name(name: str, start: int, place: Mention) -> bool:
    """Whether ``name`` (at ``start``) is a name of its own followed by the place it ends with: the
    words before the place are capitalised, and none is a nationality, a level, a word no name is made
    of or an ethnonym ("Xinjiang" alone, "Chinese Xinjiang" and "Uyghurs of Xinjiang" are no such name)."""
    if "\n" in name or place.start <= start:
        return False
    before = name[: place.start - start].split()
    while before and before[-1] in ("of", "for"):
        before.pop()
    if not before or not all(w[:1].isupper() for w in before):
        return False
    return not any(w.lower() in t.NOT_NAME_WORDS or w.lower() in t.ETHNONYMS or national_word(w) for w in before)


def _inside_strong_body(c: Mention, cands: list[Mention]) -> bool:
    """A piece of a body's name that a strong layer read whole ("U.S. Commission on" inside "U.S.
    Commission on International Religious Freedom"): the piece does not outrank the whole."""
    return any(
        o.priority == P_STRONG
        and o.type in (t.ORGANIZATION, t.PUBLIC_BODY)
        and o.page == c.page
        and o.start <= c.start
        and c.end <= o.end
        and o.end - o.start > c.end - c.start
        for o in cands
    )


def _holds_strong_part(c: Mention, strong: list[Mention]) -> bool:
    """Whether a shorter strong mention lies inside ``c``: a place, or a body or an instrument that ``c`` is
    named after (``_body_of_body``, ``_instrument_of_body``). The offsets are compared first, as they are cheap."""
    return any(
        o is not c
        and c.start <= o.start
        and o.end <= c.end
        and (o.end - o.start) < (c.end - c.start)
        and (o.type == t.PLACE or _body_of_body(c, o) or _instrument_of_body(c, o))
        for o in strong
    )


def _joined_by_and(outer: Mention, inner: Mention) -> bool:
    """ "IPVM and Human Rights Watch": a known body after "and" at the end of a longer name is the second of
    two bodies named together, no part of one name."""
    if not (outer.start < inner.start and inner.end == outer.end and inner.priority == P_STRONG):
        return False
    return outer.text[: inner.start - outer.start].endswith((" and ", " & "))


def _named_facility(c: Mention, kinds: dict[tuple[int, int], list[Mention]]) -> bool:
    """A facility the statistical model names in full ("Tianshan Detention Center"), whose last words a rule
    read as the kind of facility alone (a detention centre; ``kinds``: those by where they end): the name, its
    words before the kind capitalised and none a nationality's adjective, an ethnonym or a word no name is made
    of."""
    if c.type != t.FACILITY or c.priority >= P_STRONG or classify_run(c.name.split()) != t.FACILITY:
        return False
    for o in kinds.get((c.page, c.end), []):
        if c.start < o.start:
            return names_a_facility(c.text[: o.start - c.start].split())
    return False


def resolve_overlaps(cands: list[Mention]) -> list[Mention]:
    """Keep the strongest of overlapping mentions; an institution or instrument whose name holds a
    place name ("Government of the People's Republic of China") keeps its whole name."""
    place_ends = {(o.page, o.end): o for o in cands if o.type == t.PLACE and o.strong}
    kinds: dict[tuple[int, int], list[Mention]] = {}
    for o in cands:
        if o.type == t.FACILITY and o.name.islower():
            kinds.setdefault((o.page, o.end), []).append(o)
    # the strong mentions, the only ones the tests below read: a facility named in full joins them as it is read
    strong = _ByStart([o for o in cands if o.priority == P_STRONG])
    for c in cands:
        if (
            c.type in (t.ORGANIZATION, t.PUBLIC_BODY, t.LAW, t.FACILITY)
            and c.priority < P_STRONG
            and (classify_run(c.name.split()) == c.type or _named_for_place(c, place_ends))
            and _holds_strong_part(c, inside := strong.starting_within(c.start, c.end))
            and not any(_joined_by_and(c, o) for o in inside if o is not c and o.page == c.page)
            and not _inside_strong_body(c, strong.mentions)
        ):
            c.priority = P_STRONG + 1
        if _named_facility(c, kinds):
            c.priority = P_STRONG  # "held in Tianshan Detention Center": the facility's name, not its kind alone
            strong.add(c)
    nested = [c for c in cands if c.priority == P_NESTED]
    ordered = sorted(
        (c for c in cands if c.priority != P_NESTED), key=lambda c: (-c.priority, -(c.end - c.start), c.start)
    )
    kept: list[Mention] = []
    covered = Coverage()
    for c in ordered:
        if covered.free(c.page, c.start, c.end):
            covered.take(c.page, c.start, c.end)
            kept.append(c)
    laws = [k for k in kept if k.type == t.LAW]
    kept.extend(n for n in nested if any(k.start <= n.start and n.end <= k.end and k.page == n.page for k in laws))
    kept.sort(key=lambda c: (c.page, c.start))
    return [k for k in kept if k.type != ROLE]


# a gap of two spaces or more (or a tab) inside a run of names: where a list's line breaks were lost in a copy
# ("… Arise Foundation, UK  Freedom Fund, UK  …", a submission's list of its signatories), each item ends there
_GAP_RE = re.compile(r"[ \t]{2,}|\t")
_SPLIT_AT_GAPS = {t.ORGANIZATION, t.PUBLIC_BODY, t.FACILITY, t.PERSON}


def split_at_gaps(mentions: list[Mention], raw: str) -> list[Mention]:
    """The page's mentions with a body's or a person's name that runs over a gap (``_GAP_RE``) in the page as
    written cut into the names on either side: a known place is a place, a person keeps only a piece shaped
    as a name, and a body each piece with a capitalised word that is no place's name."""
    out: list[Mention] = []
    spans = {(m.start, m.end) for m in mentions}
    for m in mentions:
        gaps = list(_GAP_RE.finditer(raw, m.start, m.end)) if m.type in _SPLIT_AT_GAPS else []
        gaps = [g for g in gaps if raw[g.start() - 1] != "\n"]  # a wrapped line's indent, no list's gap
        if not gaps:
            out.append(m)
            continue
        bounds = [m.start, *(e for g in gaps for e in g.span()), m.end]
        if any(_one_word_of_a_name(raw[s:e]) for s, e in zip(bounds[::2], bounds[1::2], strict=True)):
            out.append(m)  # "Human Rights  Watch", "Chen  Wei": a double space inside one name, no list's gap
            continue
        for start, end in zip(bounds[::2], bounds[1::2], strict=True):
            piece = _gap_piece(m, raw, start, end)
            if piece is not None and (piece.start, piece.end) not in spans:
                out.append(piece)
    return out


def _one_word_of_a_name(piece: str) -> bool:
    """Whether a piece of a name cut at a gap is one word that is neither a title ("Dr.", opening the next
    item) nor a place's name ("UK", after an item's comma): a word of the name itself, which no gap ends."""
    words = piece.strip(" \t,;").split()
    if len(words) != 1:
        return False
    return not _a_title(words[0]) and not known_place(words[0])


def _a_title(word: str) -> bool:
    """Whether a word is a title alone, its full stop left off or not ("Dr", "Dr.", "Professor")."""
    return word in TITLE_TOKENS or f"{word}." in TITLE_TOKENS


def _gap_piece(m: Mention, raw: str, start: int, end: int) -> Mention | None:
    """One piece of a name cut at a gap (``split_at_gaps``), or None where it names nothing."""
    text = raw[start:end].strip(" \t,;")
    if not text or not re.search(r"[A-Z]", text):
        return None
    start = raw.index(text, start)
    place = t.gazetteer_index().get(t.fold(text))
    if place is not None and place.type == t.PLACE:
        return Mention(m.page, start, start + len(text), text, text, t.PLACE, m.priority, canonical=place.canonical)
    if (m.type == t.PERSON and not person_shaped(text)) or _a_title(text):
        return None  # "University of Leeds  Dr. Ahmed Khan": the title opens the next item
    name = clean_name(text)
    return dataclasses.replace(
        m, start=start, end=start + len(text), text=text, name=name, canonical="", short_forms=()
    )


# a judge's title after a courtesy or a peer's title ("Mrs Justice Lang", "Lord Justice Singh", "the Honourable
# Mr Justice Fordham") and a retired professor's rank ("Professor Emerita Joanna Bourke"): words of the title,
# never the name's ("Justice" alone is a given name: "Justice Amoah")
_JUDGE_TITLE_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Lord|Lady|Hon|Honourable|Chief)\.?[ \t]+\Z")


def without_title_words(kept: list[Mention], text: str) -> list[Mention]:
    """People named with a judge's title or a retired rank before the name, named without it ("Justice Lang" is
    Lang, "Emerita Joanna Bourke" Joanna Bourke); the title alone ("Mr Justice and Mrs Justice are forms of
    address") names no one, and a mention whose text does not open with the title and a space is dropped."""
    out = []
    for m in kept:
        words = m.name.split()
        if m.type == t.PERSON and _only_titles(words):
            continue  # "Lady Justice", "Professor Emerita": a title's words alone
        judge = bool(words) and words[0] == "Justice" and _JUDGE_TITLE_BEFORE_RE.search(text, 0, m.start) is not None
        if m.type != t.PERSON or not (judge or (words and words[0] in RETIRED_RANKS)):
            out.append(m)
        elif len(words) > 1 and m.text.startswith(words[0] + " "):
            cut = len(words[0]) + 1
            name = " ".join(words[1:])
            canonical = m.canonical_renamed(name)
            out.append(dataclasses.replace(m, start=m.start + cut, text=m.text[cut:], name=name, canonical=canonical))
    return out


def _only_titles(words: list[str]) -> bool:
    """A judge's title or a retired rank with nothing but titles beside it."""
    ranks = RETIRED_RANKS | {"Justice"}
    return any(w in ranks for w in words) and all(w in ranks or w in t.TITLE_WORD_PARTS for w in words)


def without_post_after_break(kept: list[Mention], raw: str) -> list[Mention]:
    """People whose name the reading ran over a line's end into the post on the next line, as a signature
    sets it ("Dr Graham Oduya\\nChair, Board of Trustees"), named without the post; where what stands before the
    line's end is no person's name, the mention is dropped."""
    out = []
    for m in kept:
        brk = raw.rfind("\n", m.start, m.end) if m.type == t.PERSON else -1
        after = raw[brk + 1 : m.end].split() if brk >= 0 else []  # (no line's end: nothing to split)
        if not after or not all(_title_part_or_role(w) for w in after):
            out.append(m)
            continue
        end = m.start + len(raw[m.start : brk].rstrip())
        name = clean_name(raw[m.start : end].replace("\n", " "))
        if end > m.start and person_shaped(name):
            canonical = m.canonical_renamed(name)
            out.append(dataclasses.replace(m, end=end, text=m.text[: end - m.start], name=name, canonical=canonical))
    return out


def _title_part_or_role(word: str) -> bool:
    """Whether a word is any word of a post's title as written, its "of" and "for" too ("Deputy", "Chair",
    "Minister", "for"), or a role's noun in either case: each word the reading ran over after a line's break must
    be one, so a post of several words counts, unlike ``title_or_role_word``, which takes a title's last word."""
    return word in t.TITLE_WORD_PARTS or word.lower() in t.ROLE_NOUNS
