"""More rule layers for English text, from the words around a name rather than the name itself:
organisations named after a word that says what they are ("surveillance firms Hikvision and Dahua",
"the news agency Xinhua") or as the source of a citation; people in a list with others, with a
Chinese name in pinyin, or cited by surname first ("Cliff, Tom (2009)"); and, across a document,
"the Corps", "the Party" and "the Region" for the one body or region of that kind it names."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator

from habeas.analyse import known_bodies
from habeas.analyse import tables as t
from habeas.analyse.english import (
    AFTER_THE_RE,
    CALENDAR_WORDS,
    CLAUSE_STARTERS,
    CORPORATE_RE,
    DOTTED_LEGAL_FORMS,
    GIVEN_PINYIN_RE,
    KEYWORD_WORDS,
    LAW_HEADS,
    LEGAL_FORM,
    LETTERS_AFTER_NAMES,
    LOWER,
    NAME_PARTICLES,
    NEWSROOM_WORDS,
    P_KNOWN,
    P_RULE,
    P_SPACY,
    P_STRONG,
    PEOPLE_PLURALS,
    PLACE_HEADS,
    PUBLIC_HEADS,
    ROLE,
    SPEAKER_ROLES,
    TITLE_PREPOSITION_RE,
    TITLE_TOKENS,
    after_party_role,
    classify_run,
    common_word,
    compound_adjective,
    gazetteer_re,
    known_place,
    national_phrase,
    national_word,
    person_name_ok,
    person_shaped,
    pinyin_name,
    strip_titles,
    title_or_role_word,
    without_legal_form,
)
from habeas.analyse.english_layout import ADDRESS, CAPS_SURNAME, known_place_or_city, opens_with_a_label
from habeas.analyse.english_spacy import DEFENDANTS_TRIAL_RE
from habeas.analyse.model import Mention
from habeas.names.scripts import LATIN_EXTENDED_A, LATIN_LOWER, LATIN_UPPER
from habeas.vocab import MONTH_NAMES

_CAP = r"[A-Z][\w&\-]*(?:[’'][a-z]+)?"
_NAME = rf"{_CAP}(?:[ \t]+{_CAP}){{0,4}}"
# nouns that say the name after them is an organisation's
_KIND_NOUNS = (
    r"(?:firms?|compan(?:y|ies)|corporations?|makers?|manufacturers?|suppliers?|contractors?|brands?|retailers?|"
    r"giants?|start-?ups?|subsidiar(?:y|ies)|newspapers?|broadcasters?|outlets?|news\s+agenc(?:y|ies)|agenc(?:y|ies)|"
    r"magazines?|dailies|daily|websites?|think[\s\-]tanks?|charit(?:y|ies)|NGOs?|groups?|publishers?|developers?|"
    r"apps|platforms?|carmakers?|automakers?|consultanc(?:y|ies)|tabloids?|conglomerates?|"
    r"organi[sz]ations?|associations?|coalitions?|networks?|movements?|providers?|databases?)"
)
_AND = r"(?:,[ \t]+|[ \t]+and[ \t]+|,[ \t]+and[ \t]+)"
# a body's name may hold what it is for: "Justice for All", "Society for Threatened Peoples"
# ("Marrow & Pike": two words joined by an ampersand)
_BODY_NAME = rf"{_CAP}(?:[ \t]+(?:(?:for|to)[ \t]+(?:the[ \t]+)?|&[ \t]+)?{_CAP}){{0,5}}"
# (a plural kind noun may set its list off by a comma: "its three brands, Halden, Marrow & Pike and Little Fern")
# (the kind's noun and the name are one or two spaces apart: a tab parts a table's cells, "Shoe maker<tab>Held in …")
KIND_BEFORE_RE = re.compile(
    rf"\b{_KIND_NOUNS}(?: {{1,2}}|(?<=s),[ \t]+(?=[A-Z]))(?:such[ \t]+as[ \t]+|including[ \t]+|like[ \t]+)?"
    rf"(?P<list>{_BODY_NAME}(?:{_AND}{_BODY_NAME})*)"
)
# a listed company before its ticker in brackets: "Tibet Summit Resources (600338.SS)", "Tesla (TSLA.O)",
# "Alibaba (NYSE: BABA)"
TICKER_AFTER_RE = re.compile(
    rf"(?<![\w])(?P<name>{_NAME})[ \t]+"
    r"\((?:[A-Z0-9]{1,6}\.[A-Z]{1,2}|(?:NYSE|NASDAQ|Nasdaq|HKEX|LSE|SSE|SZSE):[ \t]*[A-Z0-9.]{1,8})\)"
)
# the firm an analyst, economist or strategist works at: "analysts at Bernstein", "an analyst at Morningstar"
ANALYST_AT_RE = re.compile(
    rf"\b(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?)[ \t]+(?:at|with)[ \t]+(?P<name>{_NAME})"
)
KIND_AFTER_RE = re.compile(
    rf"(?<![\w])(?P<name>{_NAME})[ \t]+(?:newspaper|news\s+agency|broadcaster|daily|magazine|website|think[\s\-]tank)\b"
)
_MONTH = f"(?:{'|'.join(MONTH_NAMES)})"
# a wire's or a business site's credit in brackets opening a story, before its date (the month written out or
# shortened) and a dash: "(Harbor Wire) Mar. 3 -- …", "(Harbor Wire) March 3 - …", after its place's capitals
# too ("OSLO (Harbor Wire) - …"): the outlet, no person, whatever its first word looks like
WIRE_CREDIT_RE = re.compile(
    rf"(?m)^[ \t]*(?:[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+)*,?[ \t]+)?\((?P<name>{_NAME})\)[ \t]+"
    rf"(?:(?:{_MONTH}|[A-Z][a-z]{{2,3}}\.)[ \t]+\d{{1,2}},?[ \t]+)?(?:--|[-–—])[ \t]"
)
# "“Title”. Xinhua. 14 May 2019." / "Title." Reuters, 25 December 2021: a citation's source, after the
# title's bracketed note too ('"Outlook 2021" (Report No. SP-7). BloombergNEF. 14 July 2021.', "(PDF)")
CITED_SOURCE_RE = re.compile(
    rf"[\"”’]\.?(?:[ \t]+\([^()\n]{{1,60}}\)\.?)?[ \t]+(?P<name>{_NAME})[.,][ \t]+"
    rf"(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}}|\d{{4}})"
)
# "Cliff, Tom (2009)", "Murphy, L. and Elimä, N. (2021)": authors in a reference, surname first
# with a particle that is part of it ("Ó Cionnaith, Fiachra", "Mac Cormaic, Ruadhán", "van Dijk, Jan")
_SURNAME = rf"(?:(?:Ó|Ní|Nic|Mac|Ua|van|von|de|der|den|da|di|du|del|ter)[ \t]+){{0,2}}[{LATIN_UPPER}][\w’'\-]+"
# given names: initials, or one or two names with an initial ("Izgil, Tahir Hamut (2023)")
# a given name, hyphenated too ("Jean-Philippe", "Marie-Claire", "Ka-wai")
# (Vietnamese's letters too: "Nguyễn, Thị Lan")
_GIVEN_WORD = rf"[{LATIN_UPPER}{LATIN_EXTENDED_A}][{LOWER}]+(?:-[{LATIN_UPPER}{LOWER}][{LOWER}]+)?"
_GIVEN = rf"(?:[A-Z]\.[ \t]?)+|{_GIVEN_WORD}(?:[ \t]+{_GIVEN_WORD})?(?:[ \t]+[A-Z]\.)?"
CITED_AUTHOR_RE = re.compile(rf"(?P<surname>{_SURNAME}),[ \t]+(?P<given>{_GIVEN})")
AUTHOR_LIST_RE = re.compile(rf"(?:{_SURNAME},[ \t]+(?:{_GIVEN})(?:,|;|[ \t]+and|[ \t]*&)?[ \t]*)+(?=\()")
CITED_YEAR_RE = re.compile(
    rf"\((?:(?:\d{{1,2}}[ \t]+)?{_MONTH}[ \t]+(?:\d{{1,2}},[ \t]+)?|[A-Z][a-z]+[ \t]+)?\d{{4}}\)"
)
# the unquoted title right after a reference's year, up to the next comma or full stop
# (a title ends before the medium a reference brackets after it: "Title [online] Jamestown Foundation")
CITED_TITLE_RE = re.compile(r"[.,][ \t]+(?P<title>[A-Z0-9][^,.\"“”\n\[]{2,120}?)(?=[,.]|[ \t]*\[[A-Za-z])")
_BYLINE_NAME = rf"[{LATIN_UPPER}][\w’'\-]+(?:[ \t]+[{LATIN_UPPER}][\w’'\-]+){{1,2}}"
# what joins a byline's names: "X, Y and Z", and a wire's "By X with Y in Tashkent" (the second reporter), a
# reporter's city between them ("Reporting by X in Berlin and Y")
_BYLINE_CITY = rf"[ \t]+in[ \t]+[{LATIN_UPPER}][\w’'\-]+(?:[ \t]+[{LATIN_UPPER}][\w’'\-]+)?"
_BYLINE_JOIN = rf"(?:{_BYLINE_CITY})?(?:,[ \t]*|[ \t]+(?:and|with)[ \t]+)"
# "By Hannah Whitcombe", "Author: Marta Lindqvist", a wire's credits ("Reporting by Olzhas Auyezov and
# Chen Lin; Editing by Gareth Jones"), a feature's other credits ("Photographs by Emre Kalkan")
BYLINE_RE = re.compile(
    r"(?:^|(?<=\s))(?:By|Author|Authors|Written by|Reported by|Editor|Edited by|Editing by|Writing by|"
    r"Compiled by|(?:Additional )?[Rr]eporting by|(?:Photo(?:graph)?s|Photography|Illustrations?) by)[ \t]*:?[ \t]+"
    rf"(?P<names>{_BYLINE_NAME}(?:{_BYLINE_JOIN}{_BYLINE_NAME})*)"
)
_BYLINE_NAME_RE = re.compile(_BYLINE_NAME)
# (not two words of a longer name: "Mei Ling Chua" is neither "Mei Ling" nor "Ling Chua"; pinyin_persons)
PINYIN_NAME_RE = re.compile(
    r"(?<![\w\-])(?P<surname>[A-Z][a-z]{1,5})[ \t]+(?P<given>[A-Z][a-z]{1,11})(?![\w\-]|[ \t]+[A-Z][a-z])"
)
# a list's separator, after an item's bracketed note ("Iain Duncan Smith (United Kingdom), ...")
LIST_JOIN_RE = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)")
# a capitalised word of a name: an apostrophe inside it (O'Brien, D’Amato), never a possessive's
_LIST_WORD = rf"[{LATIN_UPPER}{LATIN_EXTENDED_A}](?:[\w\-]|['’](?![sS]\b))+"
# two or three such words, ending where a word ends ("Ilham Tohti's daughter" names no one in a list)
# a family name's particles in lower case between them ("Jan de Vries", "Ursula von der Leyen")
_LIST_PARTICLES = "|".join(sorted((p for p in NAME_PARTICLES if p.islower()), key=len, reverse=True))
LIST_NAME_RE = re.compile(
    rf"{_LIST_WORD}(?:[ \t]+(?:(?:{_LIST_PARTICLES})[ \t]+){{0,2}}{_LIST_WORD}){{1,2}}(?![\w\-'’])"
)


def _split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    for m in LIST_JOIN_RE.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return [(s, e) for s, e in spans if e > s]


# a lower-case word after a name: the name is the subject of a clause, no item of a list before it
_CLAUSE_AFTER_RE = re.compile(r"[ \t]+[a-z]")


# a trade that a person plies as well as a body (one broadcaster, one publisher): singular, it may name either
_TRADES_OF_PEOPLE_TOO = frozenset({"broadcaster", "publisher", "developer"})


def _trade_names_a_person(m: re.Match[str], name: str) -> bool:
    """ "former captain and broadcaster Craig Foster", "the publisher Jimmy Lai": one trade a person plies as
    well as a body, before a name shaped as a person's, names the person ("the broadcaster Sky News", whose
    words are a body's, and "broadcasters X and Y" still name bodies)."""
    words = m.string[m.start() : m.start("list")].split()
    return bool(words) and words[-1].lower() in _TRADES_OF_PEOPLE_TOO and person_shaped(name)


def _kind_list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names a list after a kind of body holds; of two names a bare comma joins, the second is the
    subject of the next clause where a lower-case word follows it ("state news agency Xinhua, Bekri admitted")."""
    spans = _split_list(text, start, end)
    if len(spans) == 2 and text[spans[0][1] : spans[1][0]].strip() == "," and _CLAUSE_AFTER_RE.match(text, spans[1][1]):
        return spans[:1]
    return spans


_DESCRIBING_END = re.compile(rf"-(?:{t.hyphen_adjective_ends('language', 'born', 'speaking', 'linked')})$")


def org_ok(name: str) -> bool:

    words = name.split()
    if not words or words[0] in CLAUSE_STARTERS or t.fold(name) in t.gazetteer_index():
        return False
    if _DESCRIBING_END.search(words[-1]):
        return False  # "the Chinese-language website": what it is, not its name
    if all(national_word(w) for w in words) or re.fullmatch(r"[A-Z][a-z]+(?:an|ese|ish|ic)", name):
        return False  # "Spanish newspaper": the nationality, not the name
    return not all(w.lower() in t.NOT_NAME_WORDS or w.lower() in t.ETHNONYMS for w in words)


# capitalised words before a company's legal form ("Fenwick Hollis LLP", "Marrow & Pike Ltd", "Qinghe Yarn Co.,
# Ltd."), dotted ones of other countries' law included ("Ege Pamuk A.Ş.", "Hilados del Sur S.A.", "Fairwear Nord
# e.V."): a company or an association, whatever its words are
_LEGAL_FORM_NAME_RE = re.compile(
    r"(?<![\w\-’'])(?!(?:The|A|An|By|In|At|From|To|Of|And)[ \t])"
    r"(?P<name>[A-Z][\w’'\-]*(?:[ \t]+(?:&[ \t]+|(?:de|del|della|des|di|do|da|du)[ \t]+)?[A-Z][\w’'\-]*){0,4})"
    rf"(?=,?[ \t]+(?:(?:{LEGAL_FORM})\b"
    rf"|(?:{DOTTED_LEGAL_FORMS})\.(?!\w)))"
)
# the words before "and" inside a company's name, which opens on its place and joins two trades: "Xinjiang Beixin
# Road and Bridge Group Co., Ltd.", "Tarim Oil and Gas Engineering Co., Ltd."
_TRADES_BEFORE_AND_RE = re.compile(r"(?P<head>[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){1,3})[ \t]+and[ \t]+$")


def _trades_joined_start(text: str, start: int) -> int:
    """Where a company's name before its legal form starts, when "and" joins two trades inside it: before "and",
    two to four capitalised words that open on a known place and end on no body's head word, the words after "and"
    opening on no place (a list of two companies, "Zhejiang Dahua and Hangzhou Hikvision Co., Ltd.", is not one)."""
    m = _TRADES_BEFORE_AND_RE.search(text, max(0, start - 60), start)
    if m is None or (m.start("head") > 0 and text[m.start("head") - 1] not in " \t\n("):
        return start
    head = m.group("head").split()
    after = text[start : start + 40].split(maxsplit=1)[0]
    if not known_place(head[0]) or known_place(after) or classify_run(head) in (t.ORGANIZATION, t.PUBLIC_BODY):
        return start
    return m.start("head")


_PLACE_OWNER_RE = re.compile(r"(?P<place>[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?)['’]s[ \t]+(?=[A-Z])")


def cue_organisations(page: int, text: str) -> list[Mention]:
    """Organisations the words around them name as such."""
    out: list[Mention] = []
    spans: list[tuple[int, int]] = []
    for m in KIND_BEFORE_RE.finditer(text):
        items = _kind_list_items(text, m.start("list"), m.end("list"))
        spans.extend(span for span in items if not _trade_names_a_person(m, text[span[0] : span[1]]))
    # "a Washington think tank", "a Hong Kong newspaper": a place alone before the kind is where the body is, no name
    spans.extend(m.span("name") for m in KIND_AFTER_RE.finditer(text) if not known_place_or_city(m.group("name")))
    spans.extend(m.span("name") for m in CITED_SOURCE_RE.finditer(text))
    spans.extend(m.span("name") for m in ANALYST_AT_RE.finditer(text))
    spans.extend((_trades_joined_start(text, m.start()), m.end()) for m in _LEGAL_FORM_NAME_RE.finditer(text))
    listed = {m.span("name") for m in TICKER_AFTER_RE.finditer(text)}  # a ticker outweighs a place in the name
    # the credit outweighs a person's reading; a city alone in the brackets is a release's dateline ("(London) –")
    listed |= {m.span("name") for m in WIRE_CREDIT_RE.finditer(text) if not _bracketed_dateline(m)}
    spans.extend(listed)
    for s, e in spans:
        # a ticker, or a kind of body named right before a name that opens with a place, outweighs the place
        # in the name: "the advocacy group China Human Rights Defenders"
        priority = P_STRONG if (s, e) in listed or _opens_with_place(text[s:e]) else P_RULE
        suffix = CORPORATE_RE.match(text, e)
        if suffix:
            e = suffix.end()
        s, _ = after_party_role(text, s, text[s:e].split())  # "Plaintiffs Acme Textile Co. Ltd."
        owned = _PLACE_OWNER_RE.match(text, s, e)
        if owned and t.fold(owned.group("place")) in t.gazetteer_index():
            s = owned.end()  # "Shanghai's Bright Food Group": the place's possessive is no part of the name
        name = text[s:e].strip(" ,")
        if org_ok(name) and not _initials_side_by_side(name):
            bare = without_legal_form(name)
            mention = Mention(page, s, s + len(name), name, name.rstrip("."), t.ORGANIZATION, priority, canonical=bare)
            out.append(mention)
    return out


def _bracketed_dateline(m: re.Match[str]) -> bool:
    """Whether a wire's credit is a release's dateline instead: a known place alone in brackets before the dash,
    with no city before it ("(London) – The UK government should …", "(Geneva) –"), where a wire writes "GENEVA
    (Reuters) –"."""
    return m.group(0).lstrip().startswith("(") and known_place_or_city(m.group("name"))


def _initials_side_by_side(name: str) -> bool:
    """Whether a name is two sets of initials or more, side by side ("the DHS UFLPA website": the department's
    site on the act): each stands for a name of its own, no one body's."""
    return re.fullmatch(r"[A-Z]{2,6}(?:[ \t]+[A-Z]{2,6})+", name) is not None


def _opens_with_place(name: str) -> bool:
    """Whether a name of more than one word opens with a known place or country ("China Human Rights
    Defenders", "Hong Kong Watch"), which then is part of it."""
    words = name.split()
    for n in range(1, min(3, len(words) - 1) + 1):
        head = " ".join(words[:n])
        if t.fold(head) in t.country_names() or known_place(head):
            return True
    return False


def cited_authors(page: int, text: str) -> list[Mention]:
    """Authors of references, written surname first ("Cliff, Tom (2009)", "Murphy, L. and Elimä, N.
    (2021)"): each surname, standing for the person as a surname does after a full name; with a given
    name, the full name is its canonical form, in the order the text writes it elsewhere."""
    out = []
    for year in CITED_YEAR_RE.finditer(text):
        line_start = max(text.rfind("\n", 0, year.start()), text.rfind("] ", 0, year.start()) + 1, 0)
        ending = [a for a in AUTHOR_LIST_RE.finditer(text, line_start, year.end()) if a.end() == year.start()]
        authors = ending[-1] if ending else None  # the list right before this year, not an earlier reference's
        if authors is None:
            out.extend(_body_authored_title(page, text, line_start, year))
            out.extend(_lone_word_author(page, text, line_start, year))
            continue
        first_word = _SURNAME_FIRST_WORD_RE.search(text[line_start : authors.start()])
        for a in CITED_AUTHOR_RE.finditer(text, authors.start(), authors.end()):
            given = a.group("given")
            if _every_part_a_place(a.group("surname"), given):
                continue  # "Kashgar-Hotan, Urumqi-Korla (2019) railway lines": routes, no author
            s, e = a.span("surname")
            if first_word and s == authors.start():
                s = line_start + first_word.start("word")  # "Smith Finley, Joanne (2013)": a surname of two words
            surname = text[s:e]
            full = "" if re.fullmatch(r"(?:[A-Z]\.\s?)+", given) else _full_name(text, surname, given)
            cited = Mention(page, s, e, surname, surname, t.PERSON, P_STRONG, canonical=full)
            cited.short_forms = _other_order(surname, given, full)
            out.append(cited)
            out.append(Mention(page, e, a.end("given"), text[e : a.end("given")], "", ROLE, P_STRONG))
        title = CITED_TITLE_RE.match(text, year.end())
        if title:  # "Murphy, L. and Elimä, N. (2021), In Broad Daylight, ...": a work's title, no one's name
            out.extend(_title_holds(page, text, *title.span("title"), P_STRONG))  # but its known places
    return out


# a capitalised word alone between a reference entry's start (its line's, or the full stop that ends the entry
# before on a joined line; after its marker: "^", "12.", "[3]") and the author list, which is the first of its
# first author's two surnames ("Smith Finley, Joanne", "García Márquez, Ana", "De Silva, Priya"); not a word
# that points to a reference ("See", "In", "Ibid") or a title ("Dr")
_SURNAME_FIRST_WORD_RE = re.compile(
    rf"(?:^|(?<=[.\n]))\s*"
    rf"(?:(?:References|Bibliography|Works[ \t]+cited|Further[ \t]+reading|Literature)[ \t]+)?"  # a joined heading
    rf"(?:\^[ \t]*|\d{{1,3}}\.?[ \t]+|\[\d{{1,3}}\][ \t]*)?"
    rf"(?!(?:See|In|Also|Ibid|Cf|And|By|From|The|Retrieved|Cited|Quoted|Source|Sources|Online|Available"
    rf"|Dr|Prof|Mr|Mrs|Ms|Sir|Dame)[ \t])"
    rf"(?P<word>[{LATIN_UPPER}][\w’'\-]+)[ \t]+$"
)


def _every_part_a_place(*names: str) -> bool:
    """Whether every word of these names, hyphenated parts apart, is a place the gazetteer knows."""
    return all(known_place(w) for name in names for w in re.split(r"[\s\-]+", name) if w)


# "Amnesty International (2021). Hong Kong: In the Name of National Security.": a body as a reference's
# author, alone before the year at the start of its entry
_BODY_AUTHOR_RE = re.compile(r"\s*[A-Z][\w&’'\-]*(?:[ \t]+(?:of|the|and|for|on|[A-Z][\w&’'\-]*)){0,9}[ \t]*")


# an entry of a reference list in the author-date style many journals use, the year between full stops after the
# authors, the first surname first and the others in their own order ("Okafor, Chidi, and Mei Lin Tan. 2020.",
# "Roe, Jane A., Li Wei and Tom Hart. 2019."), at a line's start or after the full stop that ends the entry before
# (the prepared page joins a list's lines)
_CO_AUTHOR = rf"{_GIVEN_WORD}(?:[ \t]+(?:[A-Z]\.|{_GIVEN_WORD})){{1,2}}"
_JOURNAL_AUTHORS_RE = re.compile(
    rf"(?:(?m:^)|(?<=[.:][ \t]))[ \t]*(?P<surname>{_SURNAME}),[ \t]+(?P<given>{_GIVEN})"
    rf"(?P<others>(?:,?[ \t]+(?:and[ \t]+)?{_CO_AUTHOR})*)\.?[ \t]+(?:19|20)\d\d[a-z]?\.(?:[ \t]|$)"
)
_CO_AUTHOR_RE = re.compile(_CO_AUTHOR)
# an entry of a bibliography in the notes-and-bibliography style (a syllabus's or a book's reading list): the
# authors as in the author-date style ("et al." too), a full stop, then the title, the year only at the entry's
# end with its publisher or journal ("Roe, Jane. Cotton Towns. Leeds: Fell Press, 2019.", "Tan, Mei Lin, and Jo
# Hart. "Quotas." Asian Survey 12 (2020)."), at a line's start, after a bullet or a number (or where the prepared
# page joined an indented line to the one before: after two spaces)
_BIBLIOGRAPHY_AUTHORS_RE = re.compile(
    rf"(?:(?m:^)[ \t]*|(?<=[ \t]{{2}}))(?:[-–•*][ \t]+|\d{{1,3}}\.[ \t]+|\[\d{{1,3}}\][ \t]*)?"
    rf"(?P<surname>{_SURNAME}),[ \t]+(?P<given>{_GIVEN})(?P<others>(?:,?[ \t]+(?:and[ \t]+)?{_CO_AUTHOR})*)"
    rf"(?:,[ \t]+et[ \t]+al\.)?(?:\.|(?<=\.))[ \t]+(?=[A-Z“\"‘'])"
)
# the entry's year: on its line or on the two lines that follow (an entry wraps), not past a blank line
# (the year closes its part of the entry: "Duke University Press, 2022.", "38, no. 1 (2019): 102–28", not a post's
# date line: "9:14 AM · Mar 3, 2026 · 48.2K Views")
_ENTRY_YEAR_RE = re.compile(r"\A(?:[^\n]*\n(?![ \t]*\n)){0,2}[^\n]*?\b(?:19|20)\d\d[a-z]?[.,:;)\]]")
# the title after the authors: in quotation marks, or up to the full stop, bracket or comma that ends it, over a
# line break ("Terror Capitalism: Uyghur Dispossession and\n  Masculinity in a Chinese City.")
_BIBLIOGRAPHY_TITLE_RE = re.compile(
    r"[“\"][^“”\"\n]*(?:\n[^“”\"\n]*)?[”\"]|[^.,(\[\n]+(?:\n[ \t]*[^.,(\[\n]+)?(?=[.,(\[])"
)


# an entry of a book's index that names a person surname first, before the pages ("Roe, Jane, 12, 45–47", "Hart,
# Tom A. (farmer), 88n4", "Tan, Mei Lin, 7; see also …"): at a line's start the surname, a comma, the given names,
# perhaps a bracketed note of who the person is, then after a comma a page, a range of pages or a note's page
_INDEX_PAGE = r"\d{1,4}(?:[–\-]\d{1,4})?(?:n[ \t]*\d{0,3})?"
_INDEX_ENTRY_AUTHORS_RE = re.compile(
    rf"(?m)^[ \t]*(?P<surname>{_SURNAME}),[ \t]+(?P<given>{_GIVEN})(?P<others>)(?:[ \t]+\([^()\n]{{1,60}}\))?"
    rf",[ \t]+(?={_INDEX_PAGE}(?:[,;.]|[ \t]*$|[ \t]+\())"
)
# an index's cross-reference to a person's entry, surname first, closing the entry or before a sub-entry ("Tohti,
# Ilham", in "Ilham Tohti. See Tohti, Ilham" and "Atajurt, 97–101; see also Bilash, Serikzhan"), or before the next
# entry in lower case where the prepared page ran the lines together
_INDEX_CROSS_REFERENCE_RE = re.compile(
    rf"(?m)(?<![\w\-])[Ss]ee(?:[ \t]+also)?[ \t]+(?P<surname>{_SURNAME}),[ \t]+(?P<given>{_GIVEN})(?P<others>)"
    r"(?=[ \t]*(?:[.;]|$)|[ \t]+[a-z])"
)


def journal_style_authors(page: int, text: str) -> list[Mention]:
    """The authors of a reference whose year stands between full stops after them, or of a bibliography's entry
    whose title follows them, and the people a book's index names surname first (in its entries and its
    cross-references): the first, surname first, as the surname standing for the full name (as ``cited_authors``
    reads one), the others as the names they are."""
    out = []
    for m in _JOURNAL_AUTHORS_RE.finditer(text):
        out.extend(_surname_first_authors(page, text, m))
    for m in _BIBLIOGRAPHY_AUTHORS_RE.finditer(text):
        if _ENTRY_YEAR_RE.match(text[m.end() : m.end() + 400]) and _entry_author_ok(m):
            out.extend(_surname_first_authors(page, text, m))
            title = _BIBLIOGRAPHY_TITLE_RE.match(text, m.end())
            if title:  # "Cotton and Conscience": a work's title, no one's name, but for the places it names
                out.extend(_title_holds(page, text, *title.span(), P_STRONG))
    for m in (*_INDEX_ENTRY_AUTHORS_RE.finditer(text), *_INDEX_CROSS_REFERENCE_RE.finditer(text)):
        if _entry_author_ok(m):
            out.extend(_surname_first_authors(page, text, m))
    return out


def _entry_author_ok(m: re.Match[str]) -> bool:
    """Whether a bibliography entry's first words name a person: no post before a body ("Correspondent, Svenska
    Dagbladet. Formerly Beijing."), a name the checks on people's names pass."""
    surname, given = m.group("surname"), m.group("given").rstrip()
    return not title_or_role_word(surname) and person_name_ok(f"{given} {surname}")


def _surname_first_authors(page: int, text: str, m: re.Match[str]) -> list[Mention]:
    surname, given = m.group("surname"), m.group("given").rstrip()
    if _every_part_a_place(surname, given):
        return []
    full = "" if re.fullmatch(r"(?:[A-Z]\.\s?)+", given) else _full_name(text, surname, given)
    cited = Mention(page, *m.span("surname"), surname, surname, t.PERSON, P_STRONG, canonical=full)
    end = m.start("given") + len(given)
    out = [cited, Mention(page, m.end("surname"), end, text[m.end("surname") : end], "", ROLE, P_STRONG)]
    for co in _CO_AUTHOR_RE.finditer(text, m.start("others"), m.end("others")):
        if person_name_ok(co.group(0)):
            out.append(Mention(page, *co.span(), co.group(0), co.group(0), t.PERSON, P_STRONG))
    return out


def _body_authored_title(page: int, text: str, line_start: int, year: re.Match[str]) -> list[Mention]:
    """The unquoted title after a body's year in a reference list: its capitalised words name nothing
    the statistical model alone reads there ("National Security"); a place, and a body a rule finds by
    its head, are still named."""
    if not _BODY_AUTHOR_RE.fullmatch(text, line_start, year.start()):
        return []
    title = CITED_TITLE_RE.match(text, year.end())
    if title is None:
        return []
    return _title_holds(page, text, *title.span("title"), P_KNOWN)


# the dash that follows a dateline's day in brackets, where a reference's year is followed by a stop or a comma
_DATELINE_DASH_RE = re.compile(r"[ \t]+[—–-][ \t]")


def _lone_word_author(page: int, text: str, line_start: int, year: re.Match[str]) -> list[Mention]:
    """ "Dawn (17 February 2023).", "Xinhua (2021).": a reference's author written as one word, where people
    are written surname first with their given names, is a body (a newspaper, an agency)."""
    author = re.fullmatch(r"\s*(?P<name>[A-Z][\w&’'\-]+)[ \t]*", text[line_start : year.start()])
    if author is None or not _venue_ok(author.group("name")):
        return []
    s = line_start + author.start("name")
    if opens_with_a_label(text, s):
        return []  # "Population (2020)[2]": an infobox's field and the year of its value, no reference
    if _DATELINE_DASH_RE.match(text, year.end()):
        return []  # "GENEVA (7 September 2022) – Experts said …": a release's dateline, its city and its day
    name = author.group("name")
    return [Mention(page, s, s + len(name), name, name, t.ORGANIZATION, P_STRONG)]


# what a reference names after its quoted title, up to a full stop: the paper, journal or broadcaster it
# appeared in ('"Xinjiang governor cancels UK visit". The Guardian. Retrieved …', '". Ethnic and Racial
# Studies. 44 (11)', '". China Brief. Jamestown Foundation.'), the language it was written in in brackets after
# it or not ('". Dagens Nyheter (in Swedish). Retrieved …')
_VENUE_RE = re.compile(
    r"[ \t]+(?P<venue>[A-Z][\w&’'\-]*(?:[ \t]+(?:of|the|and|for|on|in|&|[A-Z][\w&’'\-]*)){0,6})"
    r"(?=(?:[ \t]+\(in[ \t]+[A-Z][a-z]+\))?\.(?:[ \t]|$)|$)",
    re.MULTILINE,
)
_NOT_VENUE_FIRST = {"Retrieved", "Archived", "Accessed", "Translated", "Edited", "Ibid", "In", "Press", "Report", "Vol"}


def _venue_ok(name: str) -> bool:
    words = name.split()
    return (
        words[0] not in _NOT_VENUE_FIRST
        and not known_place(name)
        and not all(w.lower() in t.NOT_NAME_WORDS or w.lower() in t.ETHNONYMS for w in words)
        and words[-1] not in ("of", "the", "and", "for", "on", "in", "&")
    )


# a book's place and publisher in a reference: ". Melbourne: Text Publishing.", ". London: Verso Books.",
# ". Cambridge, MA: Harvard University Press.", ". Washington, DC: East-West Center."; a publisher's name
# alone ("Paris: Fayard.", "London: Routledge.") where the reference's entry ends after it or its ISBN or
# page follows (a city's name may have diacritics: "Würzburg: Würzburg University Press.", "Zürich", "Kraków")
_CITY_WORD = rf"[{LATIN_UPPER}][{LATIN_LOWER}]+"
# (an entry that wraps may put the city at the start of a line, or the publisher on the next line: "…City.\n
# Durham: Duke University Press, 2022.", "Revised ed. New York:\n  Columbia University Press, 2021.")
_CITY = (
    rf"(?:(?<=\.[ \t])|(?<=\.\n)[ \t]*)(?P<city>{_CITY_WORD}(?:[ \t]+{_CITY_WORD})?)(?:,[ \t]+(?P<state>[A-Z]{{2}}))?"
    r":(?:[ \t]+|[ \t]*\n[ \t]*)"
)
_PUBLISHED_AT_RE = re.compile(
    _CITY + r"(?P<publisher>(?:[A-Z][\w&’'\-]*[ \t]+){0,4}"
    r"(?:Press|Publishing|Publishers|Books|Editions|Center|Centre|Institute|Institution))(?=[.,;])"
)
# (or before the next entry of a list in the author-date style, whose lines the prepared page joins: "New York:
# Hollow Reed Books. Okafor, Chidi. 2020.")
_PUBLISHED_BY_NAME_RE = re.compile(
    _CITY + r"(?P<publisher>[A-Z][\w&’'\-]+(?:[ \t]+(?:&[ \t]+)?[A-Z][\w’'\-]+){0,2})"
    r"\.(?=[ \t]*$|[ \t]+(?:ISBN|pp?\.)[ \t]|[ \t]+[A-Z][\w’'\-]+,[ \t]+[^\n.]{1,80}\.[ \t]+(?:19|20)\d\d[a-z]?\.)",
    re.MULTILINE,
)
# the year of an entry in the author-date style, between full stops after the authors ("Roe, Jane. 2019.")
_YEAR_BETWEEN_STOPS_RE = re.compile(r"\.[ \t]+(?:19|20)\d\d[a-z]?\.[ \t]")


# a note's book with its imprint in brackets: "Jane Roe, Title of the Book (Canberra: ASPI, 2020), p. 9."; the
# note's author opens the line (after its number, blanked)
_BRACKETED_IMPRINT_RE = re.compile(
    rf"(?m)^[ \t]*(?P<authors>[A-Z][^\n,;()‘“\"']{{1,60}}),[ \t]+(?P<title>[A-Z][^\n()]{{2,200}}?)[ \t]+"
    rf"\((?P<city>{_CITY_WORD}(?:[ \t]+{_CITY_WORD})?):[ \t]+"
    r"(?P<publisher>[A-Z][\w&’'\-]*(?:[ \t]+(?:of|and|for|&|[A-Z][\w&’'\-]*)){0,5}),[ \t]+\d{4}\)"
)


# a book's imprint in brackets right after its title: " (Canberra: ASPI", " (New York: Columbia"
_IMPRINT_AFTER_RE = re.compile(rf"[ \t]+\({_CITY_WORD}(?:[ \t]+{_CITY_WORD})?:[ \t]+[A-Z]")
_MORE_AUTHORS_RE = re.compile(r"(?P<names>[^,\n]+?),[ \t]+")


def _after_more_authors(text: str, start: int, end: int) -> int:
    """Where a note's title starts after the rest of its authors ("Jane Roe, John Doe and Ann Lee, Title (City:
    …)"): past each part before a comma whose names, one or two joined by "and", are all people's."""
    while (m := _MORE_AUTHORS_RE.match(text, start, end)) is not None:
        names = LIST_ITEM_SPLIT_RE.split(m.group("names"))  # (no comma in a part)
        if not all(person_shaped(n) and person_name_ok(n) for n in names):
            break
        start = m.end()
    return start


def _bracketed_imprints(page: int, text: str) -> list[Mention]:
    """A note's book with its imprint in brackets: its author (a person), its title (which names no one and no
    body), the city (a place) and the publisher (a body)."""
    out = []
    for m in _BRACKETED_IMPRINT_RE.finditer(text):
        if not _venue_ok(m.group("publisher")) or m.group("city").split()[0] in CLAUSE_STARTERS:
            continue
        if _author_ok(m.group("authors")):
            out.append(Mention(page, *m.span("authors"), m.group("authors"), m.group("authors"), t.PERSON, P_STRONG))
        out.extend(_title_holds(page, text, _after_more_authors(text, *m.span("title")), m.end("title"), P_STRONG))
        out.append(Mention(page, *m.span("city"), m.group("city"), m.group("city"), t.PLACE, P_STRONG))
        publisher = m.group("publisher")
        out.append(Mention(page, *m.span("publisher"), publisher, publisher, t.ORGANIZATION, P_STRONG))
    return out


def _publishers(page: int, text: str) -> list[Mention]:
    """A book's publisher and the city before it in a reference: a body and a place."""
    out = _bracketed_imprints(page, text)
    for m in (*_PUBLISHED_AT_RE.finditer(text), *_PUBLISHED_BY_NAME_RE.finditer(text)):
        city, publisher = m.group("city"), m.group("publisher")
        if city.split()[0] in CLAUSE_STARTERS or not _venue_ok(publisher):
            continue
        if m.re is _PUBLISHED_BY_NAME_RE and not _in_reference(text, m):
            continue  # "Status: Detained. Sentence: Unknown.": a record's fields, no city and publisher
        out.append(Mention(page, *m.span("city"), city, city, t.PLACE, P_STRONG))
        if m.group("state"):  # "Cambridge, MA": the state's postal code names no body
            out.append(Mention(page, *m.span("state"), m.group("state"), "", ROLE, P_STRONG))
        out.append(Mention(page, *m.span("publisher"), publisher, publisher, t.ORGANIZATION, P_STRONG))
    return out


def _in_reference(text: str, m: re.Match[str]) -> bool:
    """Whether a publisher named alone stands in a reference: on a line that dates its work in brackets
    ("Millward, James (2007).") or before its ISBN or page; a city's name alone says nothing ("Urumqi: Statistics.")."""
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    return (
        _BRACKETED_YEAR_RE.search(line) is not None
        or _YEAR_BETWEEN_STOPS_RE.search(line) is not None
        or re.match(r"[ \t]+(?:ISBN|pp?\.)[ \t]", text[m.end() : m.end() + 8]) is not None
    )


_BRACKETED_YEAR_RE = re.compile(r"\((?:c\.[ \t]*)?\d{4}[a-z]?\)|\(n\.d\.\)")


def reference_venues(page: int, text: str) -> list[Mention]:
    """The paper, journal or broadcaster a reference names after its quoted title, and a book's publisher
    with the city it is in: bodies and a place."""
    out = _publishers(page, text)
    for m in REFERENCE_QUOTED_TITLE_RE.finditer(text):
        venue = _VENUE_RE.match(text, m.end())
        if venue is None or not _venue_ok(venue.group("venue")):
            continue
        name = venue.group("venue")
        out.append(Mention(page, venue.start("venue"), venue.end("venue"), name, name, t.ORGANIZATION, P_STRONG))
    return out


# a note in a report's or a book's style: authors, a title in quotation marks whose comma stands inside
# them (or after them, as British notes write it), the paper it appeared in, then its date or a journal's
# volume ("Emily Feng, 'China Targets Muslim Uyghurs Studying Abroad,' Financial Times (1 August 2017).";
# "Jane Roe and John Doe, “Title,” Foreign Policy, May 3, 2019."; "Jo Bell, 'Title', Asian Survey 7, no. 2";
# "A. Zenz, "'Quoted words'", Central Asian Survey, vol. 38, No. 1": a title that quotes, the volume after a comma);
# the authors open the note (after its number, blanked or not: "5 A. Zenz, …"), a "See", or a semicolon
_NOTE_REFERENCE_RE = re.compile(
    r"(?m)(?:^[ \t]*(?:\d{1,3}[ \t]+)?|;[ \t]+)(?:[Ss]ee[ \t]+)?(?P<authors>[A-Z][^\n‘“\"';]{1,120}?),[ \t]+[‘'“\"]"
    r"(?P<title>[^\n;]{3,250}?)(?:,[’'”\"]|(?<=[\w?!.’'])[’'”\"],)[ \t]+"
    r"(?P<venue>[A-Z][\w&’'\-]*(?:[ \t]+(?:of|the|and|for|on|in|&|[A-Z][\w&’'\-]*)){0,6})"
    r"(?=[ \t]*\(|,[ \t]+(?:[A-Z][a-z]+[ \t]+)?\d|[ \t]+\d{1,4},[ \t]+(?:no|vol)\.|,[ \t]+(?:vol|no)\.[ \t]*\d"
    r"|\.[ \t]*$|\.?[ \t]*;|$)"
)
# between the items of a list: ", ", ", and ", " and " (authors, companies)
LIST_ITEM_SPLIT_RE = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")


_INITIALS_RE = re.compile(r"(?:[A-Z]\.[ \t]*)+")


def _author_ok(name: str) -> bool:
    """A note's author: a person's name, or initials and a surname ("A. Zenz", which no initial "A" spoils)."""
    initials = _INITIALS_RE.match(name)
    if initials is not None and 0 < initials.end() < len(name):
        surname = name[initials.end() :]
        return person_name_ok(surname) and classify_run(surname.split()) is None
    return person_name_ok(name) and classify_run(name.split()) is None


def note_references(page: int, text: str) -> list[Mention]:
    """A note's authors (people, where their names are a person's), its title (which names no one, but
    the known places in it) and the paper it appeared in (a body)."""
    out = []
    for m in _NOTE_REFERENCE_RE.finditer(text):
        authors = [a for a in LIST_ITEM_SPLIT_RE.split(m.group("authors")) if a]
        people = [a for a in authors if 2 <= len(a.split()) <= 4 and _author_ok(a)]
        if len(people) < len(authors) and not (len(authors) == 1 and re.fullmatch(r"[A-Z]{2,6}", authors[0])):
            continue  # not a note's authors ("he said, 'We …,' Reuters reported" is no note)
        pos = m.start("authors")
        for name in people:
            s = text.index(name, pos)
            out.append(Mention(page, s, s + len(name), name, name, t.PERSON, P_STRONG))
            pos = s + len(name)
        out.extend(_title_holds(page, text, *m.span("title"), P_STRONG))
        venue = m.group("venue")
        if _venue_ok(venue):
            out.append(Mention(page, *m.span("venue"), venue, venue, t.ORGANIZATION, P_STRONG))
    return out


def _title_holds(page: int, text: str, start: int, end: int, priority: int) -> list[Mention]:
    """A work's title holds its place against names in it, but for the known places it names."""
    out = []
    pos = start
    for place in _known_places(text, start, end):  # "the 2009 Urumchi violence": a place it names
        if place.start() > pos:
            out.append(Mention(page, pos, place.start(), text[pos : place.start()], "", ROLE, priority))
        pos = place.end()
    if pos < end:
        out.append(Mention(page, pos, end, text[pos:end], "", ROLE, priority))
    return out


# a reference's title in quotation marks, ended by a full stop: after the reference's date ("Wong, E. (22 May
# 2018). "Activist Sentenced"."), or opening an entry of a reference list, whose numbers and line breaks
# the prepared text holds as a run of spaces ("    "Teacher jailed for five years". BBC News."), or after the
# caret an encyclopaedia's copied reference list opens its entries with ("^ "Mills halt orders". Reuters.")
REFERENCE_QUOTED_TITLE_RE = re.compile(
    r"(?:(?<=[ \t]{3})|(?<=\)\.[ \t])|(?<=\(\d{4}\)[ \t])|(?<=\^[ \t]))"
    r"[\"“](?P<title>[^\"”\n]{3,200})[\"”](?:\.|,(?=[ \t]+[A-Z]))"
)
# a reference in the author-date style, its title unquoted after the year in brackets and ended by a full stop
# ("Byler, D. (2021) In the Camps: China's High-Tech Penal Colony. New York: …")
# (a year in brackets and "by" in a sentence is a work's year and its author: "Sealed Rooms (2020) by Ana Ruiz")
_AUTHOR_DATE_TITLE_RE = re.compile(
    r"(?m)^[ \t]*(?:[•\-*–][ \t]*)?[A-Z][^\n()]{1,120}\((?:19|20)\d\d[a-z]?\)[ \t]+(?!by[ \t])"
    r"(?P<title>[^\n\"“ \t][^\n]{2,200}?)\.(?=[ \t]|$)"
)
# the same with the year between full stops, as the author-date style of many journals writes it ("Byler, Darren.
# 2021. In the Camps: China's High-Tech Penal Colony. New York: …"), the title quoted or not, the entry opening a
# line or following the full stop of the entry before (the prepared page joins a list's lines)
_AUTHOR_YEAR_TITLE_RE = re.compile(
    r"(?:(?m:^)|(?<=[.:][ \t]))[ \t]*(?:[•\-*–][ \t]*)?[A-Z][^\n()]{1,120}?\.[ \t]+(?:19|20)\d\d[a-z]?\.[ \t]+"
    r"(?:[\"“](?P<quoted>[^\"”\n]{3,200})[\"”]|(?P<title>[^\n\"“ \t][^\n]{2,200}?)\.(?=[ \t]|$))"
)


# a work named in quotation marks after what kind of work it is: "a documentary, "A Journey for Justice","
WORK_TITLE_RE = re.compile(
    r"\b(?:documentary|documentaries|film|report|book|article|video|essay|novel|poem|series|programme|podcast)"
    r",?[ \t]+[\"“](?P<title>[^\"”\n]{3,200})[\"”]"
)

# a book named unquoted in an author's note, after "author of" and before its year in brackets ("… is the author of
# The Long Road Home: Exile and Memory (2019)", "the editor of Border Lives (Verso, 2020)")
AUTHORED_BOOK_RE = re.compile(
    r"\b(?:author|co-author|editor)[ \t]+of[ \t]+(?:the[ \t]+(?:book|novel|memoir)[ \t]+)?"
    r"(?P<title>[A-Z][^\n()\"“]{2,150}?)[ \t]+\((?:[A-Z][^\n()]{1,40},[ \t]+)?(?:19|20)\d\d\)"
)


def cited_quoted_titles(page: int, text: str) -> list[Mention]:
    """The title in quotation marks of a reference or after a kind of work, or after an author-date reference's
    year (in brackets or between full stops): a work's title, whose
    capitalised words ("Tibetan Activist Sentenced", "Journey for Justice") name no one and no body; a known
    place in it is still the place's mention."""
    out = []
    titled = (
        *REFERENCE_QUOTED_TITLE_RE.finditer(text),
        *WORK_TITLE_RE.finditer(text),
        *AUTHORED_BOOK_RE.finditer(text),  # "the author of The Long Road Home (2019)"
    )
    for m in (*titled, *_AUTHOR_DATE_TITLE_RE.finditer(text)):
        out.extend(_title_holds(page, text, *m.span("title"), P_STRONG))
    for m in _AUTHOR_YEAR_TITLE_RE.finditer(text):
        out.extend(_title_holds(page, text, *m.span("quoted" if m.group("quoted") else "title"), P_STRONG))
    return out


def _known_places(text: str, start: int, end: int) -> list[re.Match[str]]:
    index = t.gazetteer_index()
    # "Hong Kong" whole, not "Hong" and "Kong"; the character after the span lets a place end it ("… in Xinjiang")
    names = [w for w in gazetteer_re().finditer(text, start, end + 1) if w.end() <= end]
    return [w for w in names if getattr(index.get(t.fold(w.group(0))), "type", "") == t.PLACE]


def _other_order(surname: str, given: str, full: str) -> tuple[str, ...]:
    """ "Zhou, Mengyao": a pinyin surname and given name say no order, so a Chinese author known as
    "Mengyao Zhou" is also "Zhou Mengyao", the order of their own language (and the other way round)."""
    if not pinyin_name(surname, given):
        return ()
    other = f"{given} {surname}" if full == f"{surname} {given}" else f"{surname} {given}"
    return (other,) if full else ()


def _full_name(text: str, surname: str, given: str) -> str:
    """A reference author's full name: given name first, unless the text writes it surname first
    ("Jiang, Tianyong (2019)" where the article says "Jiang Tianyong")."""
    own_order = f"{surname} {given}"
    return own_order if re.search(rf"\b{re.escape(own_order)}\b", text) else f"{given} {surname}"


_CAPS_NAME = r"[A-Z][A-Z’'\-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][A-Z’'\-]+){1,2}"
# "By ELLEN KNICKMEYER and DAKE KANG, Associated Press": a wire byline in capitals ("BY …" too, all in capitals at
# a line's start)
CAPS_BYLINE_RE = re.compile(
    rf"(?:(?:^|(?<=\s))By|(?m:^)[ \t]*BY)[ \t]+(?P<names>{_CAPS_NAME}(?:{_BYLINE_JOIN}{_CAPS_NAME})*)(?![\w\-])"
    # or without "By", at a line's start before the desk they write for: "KENJI SATO and MIKA ONO, Nikkei staff
    # writers", "JANE DOE, Asia correspondent"
    rf"|(?m:^)[ \t]*(?P<desk>{_CAPS_NAME}(?:{_BYLINE_JOIN}{_CAPS_NAME})*),[ \t]+(?=(?:[A-Z][\w&’'\-]*[ \t]+){{0,3}}"
    r"(?:staff[ \t]+)?(?:writers?|correspondents?|reporters?|editors?)\b)"
)


def _capitalised(name: str) -> str:
    return re.sub(r"[A-Z]+", lambda w: w.group(0).capitalize(), name)  # "O'BRIEN-LEE" → "O'Brien-Lee"


def caps_bylines(page: int, text: str) -> list[Mention]:
    out = []
    for m in CAPS_BYLINE_RE.finditer(text):
        group = "names" if m.group("names") else "desk"
        for name in re.finditer(_CAPS_NAME, m.group(group)):
            written = name.group(0)
            proper = _capitalised(written)
            if person_name_ok(proper):
                s = m.start(group) + name.start()
                out.append(Mention(page, s, s + len(written), written, proper, t.PERSON, P_STRONG, canonical=proper))
    return out


# a witness listed surname first in capitals, then the title, the given names and, after a comma, the post:
# "LINDQVIST, Dr Maja, Head of Research, Nordic Institute"
WITNESS_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<surname>{CAPS_SURNAME}),[ \t]+{ADDRESS}[ \t]+"
    rf"(?P<given>{_GIVEN_WORD}(?:[ \t]+{_GIVEN_WORD})?)(?=[ \t]*(?:,|$))(?:,[ \t]+(?P<post>[^,\n]{{2,80}}))?"
)
# a register's entry for a person, alone on its line: the surname in capitals, a comma and the given names, with no
# title ("HALLORAN, Bridget Anne", "XU, Guohua"), as a company register lists its officers and a roll its members
REGISTER_NAME_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<surname>{CAPS_SURNAME}),[ \t]+(?P<given>{_GIVEN_WORD}(?:[ \t]+{_GIVEN_WORD}){{0,2}})[ \t]*$"
)
# a hearing's contents line for a witness's statement: the surname first, a comma, "Hon." for a member, the given
# names, then the post and the body, and dotted leaders to a page number ("Okonjo, Hon. Adaeze, a U.S.
# Representative from Ohio ....... 3", "Varga, Lili R., Director, Nordic Institute ....... 5")
CONTENTS_WITNESS_RE = re.compile(
    rf"(?m)^[ \t]*(?P<surname>{_SURNAME}),[ \t]+(?:Hon\.[ \t]+)?"
    rf"(?P<given>{_GIVEN_WORD}(?:[ \t]+{_GIVEN_WORD})?(?:[ \t]+[A-Z]\.)?),[ \t]+[^\n]*?\.{{3,}}[ \t]*\d+[ \t]*$"
)
# a speaker's label at a line's start: "Senator OKONJO:", "Mr VALE (Liberal Party):"; after a recording's time
# stamp the form of address may be left out ("[00:12:31] OKONJO:", "(1:02:10) Dr. VALE:")
SPEAKER_LABEL_RE = re.compile(
    r"(?m)^[ \t]*(?P<stamp>[\[(]?\d{1,2}:\d\d(?::\d\d)?[\])]?[ \t]+)?"
    rf"(?:(?P<address>{ADDRESS})[ \t]+)?(?P<surname>{CAPS_SURNAME})(?:[ \t]*\((?P<bracket>[^()\n]{{1,60}})\))?:"
)


def transcript_speakers(page: int, text: str) -> list[Mention]:
    """The people a transcript names in its own forms: a witness listed surname first in capitals ("LINDQVIST,
    Dr Maja, Head of Research, …", Maja Lindqvist, whose post after the comma names no one), a hearing's
    contents line for a statement ("Okonjo, Hon. Adaeze, a U.S. Representative … 3"), and a speaker's
    label with the surname in capitals ("Senator OKONJO:", the senator Okonjo, one person with the member
    named in full elsewhere)."""
    out = [w for m in CONTENTS_WITNESS_RE.finditer(text) for w in _witness(page, text, m)]
    out.extend(w for m in REGISTER_NAME_LINE_RE.finditer(text) if _names_no_place(m) for w in _witness(page, text, m))
    for m in WITNESS_LINE_RE.finditer(text):
        witness = _witness(page, text, m)
        out.extend(witness)
        if witness and m.group("post") and not any(w.lower() in KEYWORD_WORDS for w in m.group("post").split()):
            out.append(Mention(page, *m.span("post"), m.group("post"), "", ROLE, P_STRONG))
    for m in SPEAKER_LABEL_RE.finditer(text):
        out.extend(_speaker(page, m, text))
    return out


def _names_no_place(m: re.Match[str]) -> bool:
    """Whether a register's line names no place either side of its comma ("LONDON, England" is an address's
    town and country, no person)."""
    parts = (_capitalised(m.group("surname")), m.group("given"))
    return not any(known_place_or_city(p) or known_place_or_city(p.split()[0]) for p in parts)


def _witness(page: int, text: str, m: re.Match[str]) -> list[Mention]:
    """The person a witness's line names surname first: the given names, then the surname ("Maja Lindqvist")."""
    name = f"{m.group('given')} {_capitalised(m.group('surname'))}"
    if not person_name_ok(name):
        return []
    span = text[m.start("surname") : m.end("given")]
    return [Mention(page, m.start("surname"), m.end("given"), span, name, t.PERSON, P_STRONG, canonical=name)]


# what follows a record's field label in capitals to its line's end: a date or a number alone, no words said
_FIELD_VALUE_AFTER_RE = re.compile(r"[ \t]*[\d/.\-:]+[ \t]*(?:\n|$)")


def _speaker(page: int, m: re.Match[str], text: str) -> list[Mention]:
    """The person a speaker's label names: its surname in capitals (after a form of address or a recording's time
    stamp, or alone where the page's prose names the speaker so: "ALI:" on a page that says "Ali waits"), or,
    after a role ("MODERATOR (Ann Roe):"), the name in brackets."""
    if m.group("surname") in SPEAKER_ROLES:
        name = m.group("bracket") or ""
        if not (person_shaped(name) and person_name_ok(name)):
            return []
        return [Mention(page, *m.span("bracket"), name, name, t.PERSON, P_STRONG)]
    surname = _capitalised(m.group("surname"))
    if not (m.group("address") or _recording_stamp(m.group("stamp") or "") or _named_in_prose(text, surname)):
        return []
    if not m.group("address") and _FIELD_VALUE_AFTER_RE.match(text, m.end()):
        return []  # "TERMINATED: 03/11/2024", "FILED: 2023": a record's field and its date or number, no one speaking
    if not (person_name_ok(surname) or surname.isalpha()):
        return []
    return [Mention(page, *m.span("surname"), m.group("surname"), surname, t.PERSON, P_STRONG)]


# a word before a noun in title case that makes it a common noun, no name: "The Judge asked", "a Detainee said"
_DETERMINER_BEFORE_RE = re.compile(r"(?<![\w\-])(?:the|a|an|this|that|his|her|their|our|my|your|its)[ \t]+$", re.I)


def _named_in_prose(text: str, name: str) -> bool:
    """Whether a page's prose names a bare speaker's label in title case, with no article before it ("ALI:" and
    "Ali stands outside"): a name, not a heading in capitals ("SUMMARY:", "AGENCY:"), a place, a body, a people
    or its language ("UYGHUR:", "CHINESE:"), a post ("JUDGE:", "The Judge asked") or a relative ("MOTHER:")."""
    if " " in name or common_word(name) or known_place(name) or classify_run([name]) is not None:
        return False
    if national_word(name) or name.lower() in t.ROLE_NOUNS or re.fullmatch(t.KIN_NOUNS, name.lower()):
        return False
    for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text):
        if _DETERMINER_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()) is None:
            return True
    return False


def _recording_stamp(stamp: str) -> bool:
    """Whether a time before a label is a recording's stamp, in brackets or to the second ("[00:12:31]",
    "(1:02)", "00:41:07"), not a live page's clock time before its heading in capitals ("14:02 UPDATE:")."""
    stamp = stamp.strip()
    return stamp.startswith(("[", "(")) or stamp.count(":") == 2


# a designated person's entry in a sanctions list: the surname in capitals, a comma and the given names, at the
# line's start or after "a.k.a." ("ZAKIR, Shohrat (a.k.a. XUEKELAITI, Zhakeer), Urumqi, …; nationality China")
_ENTRY_NAME_RE = re.compile(
    rf"(?:(?m:^)[ \t]*|a\.k\.a\.?[ \t]+)(?P<surname>{CAPS_SURNAME}),[ \t]+"
    rf"(?P<given>{_GIVEN_WORD}(?:[ \t]+{_GIVEN_WORD}){{0,2}})(?=[ \t]*[(;,)])"
)
# what marks a line as such an entry: an alias, a nationality or the programme's tag ("[GLOMAG]")
_ENTRY_MARK_RE = re.compile(r"a\.k\.a\.|\bnationality\b|\[[A-Z][A-Z0-9\-]{2,}\]")


def _entry_name(surname: str, given: str) -> str:
    """A listed name in its own order: a pinyin surname before a pinyin given name ("HU, Lian-he" is Hu
    Lian-he), any other given name first ("ZAKIR, Shohrat" is Shohrat Zakir)."""
    surname = _capitalised(surname)
    if pinyin_name(surname, given):
        return f"{surname} {given}"
    return f"{given} {surname}"


def designated_people(page: int, text: str) -> list[Mention]:
    """The people a sanctions list's entries name, surname first in capitals; the names an entry gives after
    "a.k.a." are the same person's, under the entry's first name."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        if not _ENTRY_MARK_RE.search(line.group(0)):
            continue
        first = ""
        for m in _ENTRY_NAME_RE.finditer(text, line.start(), line.end()):
            name = _entry_name(m.group("surname"), m.group("given"))
            if not person_name_ok(name):
                continue
            first = first or name
            written = text[m.start("surname") : m.end("given")]
            out.append(Mention(page, m.start("surname"), m.end("given"), written, name, t.PERSON, P_STRONG, first))
            out.extend(_entry_name_in_prose(page, text, m.group("surname"), m.group("given"), name))
    return out


def _entry_name_in_prose(page: int, text: str, surname: str, given: str, name: str) -> list[Mention]:
    """A listed person named again in the release's prose with the surname in capitals, before or after the
    given name and without the comma ("WANG Lei has served since 2019", "Erkin TURSUN, Director of …")."""
    s, g = re.escape(surname), re.escape(given)
    prose = re.compile(rf"(?<![\w\-]){s}[ \t]+{g}(?![\w\-])|(?<![\w\-]){g}[ \t]+{s}(?![\w\-])")
    return [Mention(page, m.start(), m.end(), m.group(0), name, t.PERSON, P_STRONG, name) for m in prose.finditer(text)]


# a designated entity's entry: its name in capitals, two words or more, at the line's start or after "a.k.a.",
# before a bracket, a semicolon or a comma ("SENSETIME GROUP LIMITED (a.k.a. SHANGTANG KEJI), Hong Kong")
_ENTRY_BODY_RE = re.compile(
    r"(?:(?m:^)[ \t]*|a\.k\.a\.?[ \t]+)(?P<name>[A-Z][A-Z0-9&'’\-.]*"
    r"(?:(?:,[ \t]+(?=(?:LTD|INC|LLC|LIMITED|PLC|CORP)\b)|[ \t]+)[A-Z0-9&][A-Z0-9&'’\-.]*)+)"  # "CO., LTD."
    r"(?=[ \t]*[(;)\[]|,(?![ \t]+[A-Z][a-z]))"
)


def designated_bodies(page: int, text: str) -> list[Mention]:
    """The bodies a sanctions list's entries name in capitals: a body where the entry's first name, its words
    capitalised, reads as one ("XINJIANG PUBLIC SECURITY BUREAU"); the names after "a.k.a." stand for it."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        if not _ENTRY_MARK_RE.search(line.group(0)):
            continue
        first, kind = "", None
        for m in _ENTRY_BODY_RE.finditer(text, line.start(), line.end()):
            written = m.group("name").rstrip(".")
            kind = kind or classify_run([_capitalised(w) for w in written.split()])
            if kind not in (t.ORGANIZATION, t.PUBLIC_BODY):
                break  # the entry names no body ("ZAKIR, Shohrat" is a person's)
            first = first or written
            s = m.start("name")
            out.append(Mention(page, s, s + len(written), written, written, kind, P_STRONG, first))
    return out


# a byline without "By": the reporter's name alone on its line, over the desk and the city it files from
# ("Lucy Bennett\nBBC News, Hong Kong", "Joe Leahy\nBeijing Bureau Chief, Beijing")
_DESK_BYLINE_RE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][a-z’'\-]+(?:[ \t]+[A-Z][a-z’'\-]+){1,2})[ \t]*\n"
    r"[ \t]*[A-Z][\w&’'\-]*(?:[ \t]+[A-Z&][\w&’'\-]*){0,4},[ \t]+[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+)?[ \t]*$"
)


def _byline_affiliation(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """ "By Jim Holt, Export Partners": a byline's one name and, after a comma, at its line's end, what the
    writer works for (co-authors are joined by "and"); no place ("By Jim Holt, Beijing") and no post
    ("By Jim Holt, Staff Writer")."""
    parts = list(_BYLINE_NAME_RE.finditer(text, m.start("names"), m.end("names")))
    between = text[parts[0].end() : parts[-1].start()] if len(parts) == 2 else ""
    if not re.fullmatch(r",[ \t]*", between) or not re.match(r"[ \t]*(?:\n|$)", text[parts[-1].end() :]):
        return None
    words = parts[-1].group(0).split()
    if t.fold(parts[-1].group(0)) in t.gazetteer_index() or any(title_or_role_word(w) for w in words):
        return None
    return parts[-1]


# an outlet a byline's writer writes for, and the next writer and outlet: "By A B for RFA Mandarin and C D for …"
_WRITTEN_FOR_RE = re.compile(
    rf"[ \t]+for[ \t]+(?P<outlet>(?:The[ \t]+)?[{LATIN_UPPER}][\w’'\-]*(?:[ \t]+[{LATIN_UPPER}][\w’'\-]*){{0,3}})"
    rf"(?:[ \t]+and[ \t]+(?P<next>{_BYLINE_NAME})(?=[ \t]+for[ \t])|(?=[ \t]*(?:\n|$|,|[ \t]and[ \t])))"
)


def _written_for(page: int, text: str, pos: int) -> list[Mention]:
    """The outlets a byline says its writers write for, and the writers after the first ("By Rita Cheng for RFA
    Mandarin and Shohret Hoshur for RFA Uyghur"), from ``pos``, the end of the first writer's name."""
    out = []
    while (m := _WRITTEN_FOR_RE.match(text, pos)) is not None:
        outlet = m.group("outlet")
        out.append(Mention(page, *m.span("outlet"), outlet, outlet, t.ORGANIZATION, P_STRONG))
        if m.group("next") is None or not person_name_ok(m.group("next")):
            break
        out.append(Mention(page, *m.span("next"), m.group("next"), m.group("next"), t.PERSON, P_STRONG))
        pos = m.end("next")
    return out


# a family name's particle written in capitals with it ("Fernand DE VARENNES", "Anna VAN DIJK")
_CAPS_PARTICLE = "|".join(sorted({p.upper() for p in NAME_PARTICLES if p.isascii()}, key=len, reverse=True))
# a news agency's credit, the given names in title case and the surname in capitals after "by" ("INVESTIGATION by
# Jane ROE", "(Photo by John DOE / AFP)"); and a name as UN and European documents write it, after a title of
# address ("Mr. Dolkun ISA, President, …", "Ms. Anna DE VRIES (by video)"), not a member's title, after which a
# party's letters follow the name ("Senator Jane Roe ALP"): the name is a person's, however the words before it
# are written
_PLAIN_ADDRESS = rf"(?:{'|'.join((*t.TITLES_OF_ADDRESS, 'Professor', 'Prof'))})\.?"
_AGENCY_CREDIT_RE = re.compile(
    rf"(?<![\w\-])(?:by|{_PLAIN_ADDRESS})[ \t]+(?P<name>[{LATIN_UPPER}][a-z’'\-]+(?:[ \t]+[{LATIN_UPPER}][a-z’'\-]+)?"
    rf"[ \t]+(?:(?:{_CAPS_PARTICLE})[ \t]+){{0,2}}[{LATIN_UPPER}][{LATIN_UPPER}’'\-]+)(?![\w\-])"
)
# a list of speakers, one a line, each name before a colon and the speaker's post ("• Jane Roe  :  President of
# the …", "Ann Lee: Lawyer and …"): the name is a person's
_SPEAKER_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:[•·\-–—*][ \t]*)?(?P<name>[A-Z][a-z’'\-]+(?:[ \t]+[A-Z][a-z’'\-]+){1,2})[ \t]*:[ \t]+"
    r"(?!(?:A|An|The|This|These|Our|Their|His|Her)[ \t])(?P<post>[A-Z][\w\-]*(?:[ \t]+[\w\-]+)?)"
)


# a student or an alumnus named with the class's year after an apostrophe, as a college's paper writes it
# ("Harris ’22 and Iqbal ’24", "Jane Roe ’19"): the name is a person's, not a season's or a term's ("Spring ’22")
_CLASS_YEAR_RE = re.compile(
    r"(?<![\w’'\-])(?P<name>[A-Z][a-z’'\-]+(?:[ \t]+[A-Z][a-z’'\-]+){0,2})[ \t]+[’‘'](?:\d\d)(?![\w’'])"
)
_TERMS = {"Spring", "Summer", "Fall", "Autumn", "Winter", "Class", "Year", "Term", "Semester", "Season"}


# what stands between two names with their class years in one list ("Carver ’23 and Tillman ’25")
_CLASS_YEAR_LIST_GAP_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|&[ \t]*)")


def _class_year_people(page: int, text: str) -> list[Mention]:
    """People named with their class year ("Jane Roe ’09"). One word before a year is a surname only in a list
    of names with their years ("Carver ’23 and Tillman ’25"); alone it is as often an event or a product
    ("Euro ’96", "Woodstock ’69", "Windows ’95")."""
    out = []
    found = list(_CLASS_YEAR_RE.finditer(text))
    for i, m in enumerate(found):
        name = m.group("name")
        words = name.split()
        if any(w in _TERMS or w in CALENDAR_WORDS for w in words) or known_place(name) or classify_run(words):
            continue
        if len(words) == 1 and not _in_class_year_list(text, found, i):
            continue
        if person_name_ok(name) and not any(w.lower() in t.NOT_NAME_WORDS for w in words):
            out.append(Mention(page, *m.span("name"), name, name, t.PERSON, P_STRONG))
    return out


def _in_class_year_list(text: str, found: list[re.Match[str]], i: int) -> bool:
    """Whether the i-th name with its class year stands in a list with the one before or after it."""
    pairs = [(found[j], found[j + 1]) for j in (i - 1, i) if 0 <= j < len(found) - 1]
    return any(_CLASS_YEAR_LIST_GAP_RE.fullmatch(text, a.end(), b.start()) for a, b in pairs)


def _initials_of_a_place_or_body(word: str) -> bool:
    """Whether a word in capitals after "by" is a country's, a body's or a legal form's letters ("by Amnesty UK",
    "by Radio RFA", "by Planet Labs PBC"), no surname."""
    folded = t.fold(word)
    return (
        known_place(word)
        or folded in known_bodies.english_forms()
        or re.fullmatch(rf"(?:{LEGAL_FORM})\.?", word, re.IGNORECASE) is not None
    )


def _credited_people(page: int, text: str) -> list[Mention]:
    """The people a news agency's credit names with the surname in capitals, and a list of speakers, each before
    a colon and a post."""
    out = []
    for m in _AGENCY_CREDIT_RE.finditer(text):
        written = m.group("name")
        proper = " ".join(w.lower() if w.lower() in NAME_PARTICLES else w for w in _capitalised(written).split())
        last = written.split()[-1]
        if last in LETTERS_AFTER_NAMES:
            continue  # "Mr. Tom Hart MBE": the letters after a name, no surname
        if compound_adjective(written.split()[0]):
            continue  # "made by Nasdaq-listed NVIDIA": where a company is listed, before its name in capitals
        if person_name_ok(proper) and not _initials_of_a_place_or_body(last):
            out.append(Mention(page, *m.span("name"), written, proper, t.PERSON, P_STRONG, canonical=proper))
    for m in _SPEAKER_LINE_RE.finditer(text):
        name = m.group("name")
        posts = [w for w in m.group("post").split() if title_or_role_word(w)]
        roles = [w for w in name.lower().split() if {w, w[:-1], w[:-2]} & t.ROLE_NOUNS]  # "Fact Witnesses:"
        if posts and not roles and person_shaped(name) and person_name_ok(name):
            out.append(Mention(page, *m.span("name"), name, name, t.PERSON, P_STRONG))
    return out


def _outlet_of_a_newsroom(page: int, start: int, words: list[str]) -> Mention:
    """The outlet a byline credits by its newsroom ("By Reuters Staff", "By BBC News Desk"): a body, no person."""
    name = " ".join(words)
    return Mention(page, start, start + len(name), name, name, t.ORGANIZATION, P_STRONG)


def bylines(page: int, text: str) -> list[Mention]:
    """The author a byline names ("By Hannah Whitcombe", "Author: Marta Lindqvist")."""
    out = caps_bylines(page, text) + _credited_people(page, text) + _class_year_people(page, text)
    for m in _DESK_BYLINE_RE.finditer(text):
        name = m.group("name")
        if person_name_ok(name) and not any(w in CALENDAR_WORDS or w in TITLE_TOKENS for w in name.split()):
            out.append(Mention(page, *m.span("name"), name, name, t.PERSON, P_STRONG))
    for m in BYLINE_RE.finditer(text):
        affiliation = _byline_affiliation(text, m)
        if affiliation is not None:
            out.append(
                Mention(page, *affiliation.span(), affiliation.group(0), affiliation.group(0), t.ORGANIZATION, P_STRONG)
            )
        out.extend(_written_for(page, text, m.end("names")))
        for part in _BYLINE_NAME_RE.finditer(
            text, m.start("names"), m.end("names") if affiliation is None else affiliation.start()
        ):
            if text.endswith(" in", 0, part.start() - 1):
                continue  # "Reporting by X in Hong Kong and Y": the reporter's city, no one
            words = part.group(0).split()
            if len(words) >= 2 and words[-1] in NEWSROOM_WORDS:
                out.append(_outlet_of_a_newsroom(page, part.start(), words[:-1]))
                continue
            while len(words) > 1 and not person_name_ok(" ".join(words)):
                words.pop()  # "Marta Lindqvist PE 729.401": the name ends before the document number
            if any(w.endswith(("'s", "’s")) for w in words):
                continue  # "Additional reporting by Nikkei Asia's Hong Kong bureau": a desk, no one
            if len(words) >= 2 and words[-1].lower() not in t.ROLE_NOUNS:  # "Business Correspondent": a post
                name = " ".join(words)
                out.append(Mention(page, part.start(), part.start() + len(name), name, name, t.PERSON, P_STRONG))
    return out


@functools.cache
def _is_given_pinyin(word: str) -> bool:
    return bool(GIVEN_PINYIN_RE.fullmatch(word)) and word.lower() not in t.NOT_NAME_WORDS


def pinyin_persons(page: int, text: str) -> list[Mention]:
    """Chinese names in pinyin: a common surname and a given name of one or two syllables ("Ma
    Xingrui", "Wang Zhen"), neither of them a place, an ethnonym or a word of a body's name."""
    out = []
    index = t.gazetteer_index()
    for m in PINYIN_NAME_RE.finditer(text):
        surname, given = m.group("surname"), m.group("given")
        if surname.lower() not in t.PINYIN_SURNAMES or not _is_given_pinyin(given):
            continue
        before = re.search(r"([A-Z][a-z]+)[ \t]+$", text[max(0, m.start() - 20) : m.start()])
        if before and not (before.group(1) in TITLE_TOKENS or before.group(1) in CLAUSE_STARTERS):
            continue  # the end of a longer name ("Mei Ling Chua"); a title before a name is no part of it
        if AFTER_THE_RE.search(text, max(0, m.start() - 4), m.start()):
            continue  # "the Tian Shan", "the Kunlun Shan": no person is named after "the"
        words = (surname, given, m.group(0))
        if any(t.fold(w) in index or w.lower() in t.ETHNONYMS or w.lower() in KEYWORD_WORDS for w in words):
            continue
        out.append(Mention.whole(page, m, t.PERSON, P_RULE))
    return out


# a name in a list of people written with the given name's initial ("D. Fenwick, P. Okoro, M. Quinlan")
_INITIALLED_LIST_NAME_RE = re.compile(rf"(?:[A-Z]\.[ \t]*){{1,2}}[ \t]{_LIST_WORD}(?![\w\-'’])")
# a list of people wrapped after a comma at a line's end, as a minute's or a letter's list of those present runs on
_WRAPPED_LIST_JOIN_RE = re.compile(r",[ \t]*\n[ \t]*(?:and[ \t]+)?(?=[A-Z])")


def _listed_name(text: str, start: int) -> re.Match[str] | None:
    """The name a list of people goes on with at ``start``, in full or with its given name's initial."""
    return LIST_NAME_RE.match(text, start) or _INITIALLED_LIST_NAME_RE.match(text, start)


def listed_persons(page: int, text: str, kept: list[Mention]) -> list[Mention]:
    """Names in a list with people ("James Millward, Rian Thum and Joanne Smith Finley") are people."""
    taken = sorted((m.start, m.end) for m in kept)
    queue = [m for m in kept if m.type == t.PERSON]
    out: list[Mention] = []
    for named in _PEOPLE_NAMED_RE.finditer(text):  # "two other men, Tashi Dorje and ...": named after the noun
        s, e = named.span("name")
        same = [m for m in kept if (m.start, m.end) == (s, e) and m.type != t.PERSON and m.priority <= P_SPACY]
        if person_name_ok(named.group("name")) and same:
            same[0].type, same[0].canonical = t.PERSON, ""
            queue.append(same[0])
    while queue:
        p = queue.pop()
        if "," in p.text:
            continue  # "LINDQVIST, Dr Maja, Head of Research": a name written surname first; a post follows it
        for direction in (1, -1):
            pos = p.end if direction > 0 else p.start
            while True:
                if direction > 0:
                    join = LIST_JOIN_RE.match(text, pos) or _WRAPPED_LIST_JOIN_RE.match(text, pos)
                    name = _listed_name(text, join.end()) if join else None
                else:
                    before = text[max(0, pos - 60) : pos]
                    join_b = re.search(rf"({LIST_NAME_RE.pattern})(?:[ \t]*\([^()\n]{{1,40}}\))?(?:,[ \t]+)$", before)
                    name = LIST_NAME_RE.search(text, max(0, pos - 60) + join_b.start(1)) if join_b else None
                if name is None:
                    break
                s, e = name.span()
                bare = strip_titles(name.group(0))  # "Senators Bob Menendez, Marco Rubio": the title is no name
                s += len(name.group(0)) - len(bare)
                if not person_name_ok(bare) or bare.split()[-1].lower() in t.ROLE_NOUNS:
                    break  # "By Helena Marsh, Business Correspondent": a post after the name, no one else
                if bare in (p.canonical or p.name):
                    break  # "Izgil, Tahir Hamut (2023)": the given names of a reference's author
                if TITLE_PREPOSITION_RE.match(name.group(0)):
                    break  # "Murphy and Elimä, In Broad Daylight, 2021": a citation's title after its authors
                if _portfolio(text, s):
                    break  # "the Minister for Foreign Affairs, Penny Wong": a post's portfolio, no one
                if _IMPRINT_AFTER_RE.match(text, e):
                    break  # "…, Ann Lee, Cultural Erasure (Canberra: ASPI, 2020)": a note's title before its imprint
                same = [m for m in kept if m.start == s and m.end == e and m.type != t.PERSON and m.priority <= P_SPACY]
                if same:  # the statistical model called a listed person an organisation
                    same[0].type = t.PERSON
                    queue.append(same[0])
                    pos = e if direction > 0 else s
                    continue
                if any(a < e and s < b for a, b in taken) and not _give_way(kept, taken, s, e):
                    break
                found = Mention(page, s, e, bare, bare, t.PERSON, P_RULE)
                out.append(found)
                queue.append(found)
                taken.append((s, e))
                pos = e if direction > 0 else s
    return out


# one name alone between two full names of a list ("Dilshat Perhat, Nureli and Nijat Azat"): a person
# known by a single name, as many Uyghurs are
_SINGLE_IN_LIST_RE = re.compile(
    rf"(?P<a>{LIST_NAME_RE.pattern}),[ \t]+(?P<single>{_LIST_WORD})(?![\w\-'’])"
    rf"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?P<b>{LIST_NAME_RE.pattern})"
)


def single_names_in_lists(page: int, text: str, kept: list[Mention]) -> list[Mention]:
    """A single name between two people of a list is a person's name: both its neighbours are people the
    page already names, and the word is no place, body, title or ordinary word."""
    people = {(m.start, m.end) for m in kept if m.type == t.PERSON}
    out = []
    for m in _SINGLE_IN_LIST_RE.finditer(text):
        word = m.group("single")
        if m.span("a") not in people or m.span("b") not in people:
            continue
        low = word.lower()
        if low in t.NOT_NAME_WORDS or low in t.ETHNONYMS or word in CLAUSE_STARTERS or word in TITLE_TOKENS:
            continue
        if t.fold(word) in t.gazetteer_index():
            continue
        s, e = m.span("single")
        there = [k for k in kept if s < k.end and k.start < e]
        if not there:
            out.append(Mention(page, s, e, word, word, t.PERSON, P_STRONG))
        elif len(there) == 1 and (there[0].start, there[0].end) == (s, e) and there[0].priority <= P_SPACY:
            there[0].type, there[0].priority, there[0].canonical = t.PERSON, P_STRONG, ""  # the model's, vouched for
    return out


# a list of people brought in by "among them" or "among whom" after the people it picks from ("Relatives
# interviewed in Istanbul, among them Jane Roe, Ali Veli and John Doe, recognised ...")
_AMONG_LIST_RE = re.compile(
    rf"\b[Aa]mong[ \t]+(?:them|whom)[ \t]+(?:(?:were|was|are)[ \t]+)?"
    rf"(?P<list>{LIST_NAME_RE.pattern}(?:,[ \t]+{LIST_NAME_RE.pattern})*,?[ \t]+and[ \t]+{LIST_NAME_RE.pattern})"
)


def people_among(page: int, text: str, kept: list[Mention]) -> list[Mention]:
    """The full names of a list after "among them": people, when every item is shaped like a person's name
    and none is a place or a body the page or the gazetteer knows; a name only the model read as something
    else is retyped, one nothing read is added."""
    out = []
    for m in _AMONG_LIST_RE.finditer(text):
        at = m.start("list")
        items = [(at + i.start(), at + i.end()) for i in LIST_NAME_RE.finditer(m.group("list"))]
        names = [text[s:e] for s, e in items]
        if not all(person_shaped(n) and person_name_ok(n) and t.fold(n) not in t.gazetteer_index() for n in names):
            continue
        for (s, e), name in zip(items, names, strict=True):
            there = [k for k in kept if s < k.end and k.start < e]
            if not there:
                out.append(Mention(page, s, e, name, name, t.PERSON, P_STRONG))
            elif len(there) == 1 and (there[0].start, there[0].end) == (s, e) and there[0].priority <= P_SPACY:
                there[0].type, there[0].priority, there[0].canonical = t.PERSON, P_STRONG, ""
    return out


# a speaker who gives their own name, or a name the speaker gives someone in their place: "My name is Rosa
# Keller-Amsel", "I'll call her Meryem", "let's call him Anwar"
_INTRODUCED_RE = re.compile(
    r"(?:\b[Mm]y[ \t]+name[ \t]+is|\b(?:I|[Ww]e|[Ll]et['’]s)(?:['’]ll|[ \t]+will)?[ \t]+call[ \t]+(?:her|him))[ \t]+"
    rf"(?P<name>{_LIST_WORD}(?:[ \t]+{_LIST_WORD}){{0,2}})(?![\w\-'’])"
)


def introduced_persons(page: int, text: str, kept: list[Mention]) -> list[Mention]:
    """People named after "my name is" or "I'll call her": a name only the model read (as a person, whom a lone
    word would not be, or as something else) is a person wherever the page writes it; one nothing read is added."""
    out = []
    retyped = set()
    for m in _INTRODUCED_RE.finditer(text):
        (s, e), name = m.span("name"), m.group("name")
        if not person_name_ok(name) or t.fold(name) in t.gazetteer_index() or name.split()[0] in CLAUSE_STARTERS:
            continue
        if name.lower() in t.ROLE_NOUNS:
            continue  # "let's call her Doctor": what she is called for her work, no name
        there = [k for k in kept if s < k.end and k.start < e]
        if not there:
            out.append(Mention(page, s, e, name, name, t.PERSON, P_STRONG))
        elif len(there) == 1 and (there[0].start, there[0].end) == (s, e) and there[0].priority <= P_SPACY:
            there[0].type, there[0].priority, there[0].canonical = t.PERSON, P_STRONG, ""
            retyped.add(name)
    for k in kept:
        if k.text in retyped and k.type != t.PERSON and k.priority <= P_SPACY and not k.strong:
            k.type, k.canonical = t.PERSON, ""
    return out


_LISTED_NAME = rf"{_LIST_WORD}(?:[ \t]+{_LIST_WORD})?"
# three names or more in a list: "to Arpa, Makmal and Jalal-Abad", "in Kashgar, Hotan, Aksu and Korla"
_NAME_LIST_RE = re.compile(
    rf"(?<![\w\-'’]){_LISTED_NAME}(?:,[ \t]+{_LISTED_NAME})+,?[ \t]+and[ \t]+{_LISTED_NAME}(?![\w\-'’])"
)
_ITEM_RE = re.compile(_LISTED_NAME)


def _unread_word(word: str, there: list[Mention]) -> bool:
    """A single name nothing else reads, or that only the model read, alone, as a person, a body or a place."""
    low = word.lower()
    if " " in word or low in t.NOT_NAME_WORDS or low in t.ETHNONYMS or word in CLAUSE_STARTERS:
        return False
    if word in TITLE_TOKENS or t.fold(word) in t.gazetteer_index():
        return False
    return not there or (len(there) == 1 and there[0].priority <= P_SPACY)


_PLACE_WORDS = "|".join(sorted({h.lower() for h in PLACE_HEADS} | {"oblast", "area", "valley"}))


_BEFORE_PLACE_WORD_RE = re.compile(rf"(?<![\w\-])([A-Z][\w’'\-]+)[ \t]+(?i:{_PLACE_WORDS})\b")


def _named_with_place_word(text: str) -> set[str]:
    """The words the page names with a place's word after them ("the Naryn region")."""
    return set(_BEFORE_PLACE_WORD_RE.findall(text))


def names_listed_with_places(page: int, text: str, kept: list[Mention]) -> list[Mention]:
    """Single names in a list with places the page names ("to Arpa, Makmal and Jalal-Abad", where the
    page names "the Jalal-Abad region") are places, when nothing else in the list is a person or a body. A
    word only the model read as a place, and the page names with no place's word after it, vouches for no list
    ("Joseph, Kamran, Ilzat and Suyang", where it took one unknown given name for a town)."""
    placed = _named_with_place_word(text)
    vouched = [m for m in kept if m.type == t.PLACE and (m.priority > P_SPACY or m.strong or m.name in placed)]
    place_names = {t.fold(m.canonical or m.name) for m in vouched} | {t.fold(m.name) for m in vouched}
    out: list[Mention] = []
    for lst in _NAME_LIST_RE.finditer(text):
        items = [(m.start(), m.end(), m.group(0)) for m in _ITEM_RE.finditer(text, lst.start(), lst.end())]
        over = {(s, e): [k for k in kept if s < k.end and k.start < e] for s, e, _w in items}
        anchored = [(s, e) for s, e, w in items if t.fold(w) in place_names]
        if not anchored:
            continue
        rest = [(s, e, w) for s, e, w in items if (s, e) not in anchored]
        if not all(_unread_word(w, over[(s, e)]) for s, e, w in rest):
            continue  # a person or a body in the list: no list of places
        for s, e, w in rest:
            for k in over[(s, e)]:
                k.type, k.canonical = t.PLACE, ""
            if not over[(s, e)]:
                out.append(Mention(page, s, e, w, w, t.PLACE, P_RULE))
    return out


# a plural noun for people, a comma, and the first of their names ("two other men, Tashi Dorje and ...")
_PEOPLE_NAMED_RE = re.compile(rf"\b(?:{PEOPLE_PLURALS}),[ \t]+(?P<name>{LIST_NAME_RE.pattern})(?=,|[ \t]+and[ \t])")


def _portfolio(text: str, start: int) -> bool:
    before = re.search(r"([A-Z][\w\-]*)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?$", text[max(0, start - 40) : start])
    return before is not None and before.group(1) in TITLE_TOKENS


def _give_way(kept: list[Mention], taken: list[tuple[int, int]], s: int, e: int) -> bool:
    """The statistical model's pieces of a listed name ("Fatimata" as a place, "Victoire Dah") give way
    to the whole name; anything a rule found holds its place."""
    weak = [m for m in kept if m.start < e and s < m.end]
    if not weak or any(m.priority > P_SPACY or m.strong or not (s <= m.start and m.end <= e) for m in weak):
        return False
    if sum(1 for a, b in taken if a < e and s < b) != len(weak):
        return False
    for m in weak:
        kept.remove(m)
        taken.remove((m.start, m.end))
    return True


RULING_PARTY = "Chinese Communist Party"
CHINA_PLACES = {"China", "Xinjiang", "Tibet", "Hong Kong", "Beijing"}
DEFINITE_HEADS = {
    "Corps",
    "Party",
    "Region",
    "Tribunal",
    "Commission",
    "Council",
    "Court",
    "Bureau",
    "Institute",
    "Ministry",
}
# "a committee of the House": the one house the document names in full ("House of Commons"), by its first word
DEFINITE_FIRST = {"House"}
# the head word ends the name: no "of", "for", "on" or capitalised word after it ("the Committee on …")
_HEAD_ENDS_NAME = r"\b(?![ \t]+(?:of|for|on)\b|[ \t]+[A-Z])"
_DEFINITE_RE = re.compile(
    rf"\b[Tt]he[ \t]+(?P<head>{'|'.join(sorted(DEFINITE_HEADS | DEFINITE_FIRST))}){_HEAD_ENDS_NAME}"
)


# "Congress passed the act", "Parliament voted": a legislature named by its head word alone, without an
# article; the country's the document names in full ("the US Congress"), if it names one; not after a
# name's other words ("20th Party Congress", "World Uyghur Congress")
BARE_HEADS = {"Congress", "Parliament"}
_BARE_RE = re.compile(rf"\b(?P<head>{'|'.join(sorted(BARE_HEADS))}){_HEAD_ENDS_NAME}")
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)")
_SENTENCE_OPENERS = {"The", "In", "And", "But", "By", "From", "To", "Before", "After", "At", "When", "While", "As"}


def _head_references(text: str) -> Iterator[tuple[int, int, str]]:
    """Where a head word stands for a body the document names in full: "the Corps", "Congress"."""
    for hit in _DEFINITE_RE.finditer(text):
        yield *hit.span("head"), hit.group("head")
    for hit in _BARE_RE.finditer(text):
        before = text[max(0, hit.start() - 30) : hit.start()].split()
        previous = before[-1] if before else ""
        if (previous[:1].isupper() and previous not in _SENTENCE_OPENERS) or _ORDINAL_RE.fullmatch(previous):
            continue  # a word of a longer name: "Party Congress", "20th Congress"
        yield *hit.span("head"), hit.group("head")


def _without_national_tails(found: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """ "Communist Party" beside "Chinese Communist Party": a name that another name found holds after its
    country's adjective or name is that body, not a second one."""
    return {
        (name, kind)
        for name, kind in found
        if not any(
            other.endswith(" " + name) and national_phrase(other[: -len(name) - 1].split()) for other, _ in found
        )
    }


def definite_references(mentions: list[Mention], prepared: dict[int, str], skip_pages: set[int]) -> list[Mention]:
    """ "the Corps", "the Party", "the Region": the one body (or region) of the document whose name ends
    in that word, written with a capital as a name is; nothing when the document names two."""
    by_head: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        words = (m.canonical or m.name).split()
        names = [m.text.split()[-1] if m.text.split() else "", words[-1] if words else ""]
        heads = {h for h in names if h in DEFINITE_HEADS}
        heads |= {words[0]} & DEFINITE_FIRST if len(words) > 2 else set()
        legislature = len(words) >= 2 and national_phrase(words[:-1])  # "US Congress", "European Parliament"
        heads |= {words[-1]} & BARE_HEADS if legislature else set()
        for head in heads:
            if m.type in (t.ORGANIZATION, t.PUBLIC_BODY, t.PLACE) and len(m.text.split()) >= 2:
                by_head.setdefault(head, set()).add((m.canonical or m.name, m.type))
    by_head = {head: _without_national_tails(found) for head, found in by_head.items()}
    if "Party" not in by_head and any(m.canonical in CHINA_PLACES for m in mentions if m.type == t.PLACE):
        by_head["Party"] = {(RULING_PARTY, t.ORGANIZATION)}  # "the Party" in a text about China
    out: list[Mention] = []
    weak: dict[tuple[int, int, int], list[Mention]] = {}
    for m in mentions:
        if m.priority <= P_SPACY:
            weak.setdefault((m.page, m.start, m.end), []).append(m)
    for page, text in prepared.items():
        if page in skip_pages:
            continue
        taken = [(m.start, m.end) for m in mentions if m.page == page]
        for s, e, head in _head_references(text):
            found = by_head.get(head, set())
            if not found and head in BARE_HEADS:
                found = {(head, t.PUBLIC_BODY)}  # "Congress passed it", in a document that names no other
            if len(found) != 1:
                continue
            canonical, kind = next(iter(found))
            guessed = weak.get((page, s, e), [])
            for m in guessed:  # the model read the word alone as a body: it is the one the document names
                m.type, m.canonical = kind, canonical
            if guessed or any(a < e and s < b for a, b in taken):
                continue
            out.append(Mention(page, s, e, head, head, kind, 3, canonical=canonical))
    return out


# "© 2024 Meridian Wire Services. All rights reserved.": the holder of a page's copyright is a body (not one
# cut at a person's initial, "© 2021 Jane Q. Roe": the authors hold it)
COPYRIGHT_RE = re.compile(
    rf"(?:©|\(c\)|Copyright)[ \t]*(?:\d{{4}}(?:[–\-]\d{{2,4}})?[ \t]+)?(?P<name>{_NAME})(?<![ \t][A-Z])"
    r"(?=[ \t]*(?:[.,|]|$))",
    re.MULTILINE,
)
# a body named in its own language, head first: "Agenzia delle Dogane e dei Monopoli", "Ministère de la
# Justice", "Bundesamt für Justiz", "Instituto Nacional de Estadística"
_FOREIGN_PUBLIC = (
    *("Agenzia", "Agence", "Agencia", "Ministero", "Ministère", "Ministerio", "Ministério", "Bundesamt"),
    *("Bundesministerium", "Consiglio", "Conseil", "Consejo", "Tribunale", "Tribunal", "Corte", "Cour"),
    *("Guardia", "Garante", "Autorità", "Autorité", "Direzione", "Direction", "Dirección", "Procura"),
)
_FOREIGN_ORG = (
    *("Istituto", "Instituto", "Institut", "Università", "Universidad", "Université", "Universität"),
    *("Associazione", "Asociación", "Association", "Fondazione", "Fundación", "Fondation", "Stiftung"),
    *("Partito", "Partido", "Parti", "Banca", "Banco", "Banque", "Confederazione", "Federazione"),
)
_FOREIGN_CONN = r"(?:delle|della|degli|dello|dei|del|di|de|des|du|la|las|los|für|der|do|da|dos|das)"
_FOREIGN_WORD = r"[A-ZÀ-Þ][\w’'\-]+"
_FOREIGN_PART = rf"(?:[ \t]+{_FOREIGN_CONN}(?:[ \t]+l[ao]s?|[ \t]+la)?[ \t]+{_FOREIGN_WORD}(?:[ \t]+{_FOREIGN_WORD})*)"
FOREIGN_BODY_RE = re.compile(
    rf"(?<![\w\-])(?P<head>{'|'.join(_FOREIGN_PUBLIC + _FOREIGN_ORG)})(?:[ \t]+{_FOREIGN_WORD})?{_FOREIGN_PART}+"
    rf"(?:[ \t]+(?:e|ed|y|et|und|i)(?:{_FOREIGN_PART}|[ \t]+{_FOREIGN_WORD}(?:[ \t]+{_FOREIGN_WORD})*))?"
)
# a foundation named in Dutch or German, its head first and its own words after it, no connector between
# ("Stichting Pensioenfonds Rijnmond", "Stiftung Warentest"): a body
_FOUNDATION_HEAD_RE = re.compile(rf"(?<![\w\-])(?:Stichting|Stiftung)(?:[ \t]+{_FOREIGN_WORD}){{1,4}}")
# a body named in its own language in sentence case, its short form in brackets after it: "Institut national
# des langues et civilisations orientales (Inalco)", "Consejo Superior de Investigaciones Científicas (CSIC)"
FOREIGN_SENTENCE_CASE_RE = re.compile(
    rf"(?<![\w\-])(?P<name>(?:{'|'.join(_FOREIGN_PUBLIC + _FOREIGN_ORG)})(?:[ \t]+[\w’'\-]+){{1,7}}?)"
    rf"(?=[ \t]+\([A-Z][A-Za-z]{{1,9}}\))"
)
# "Chinese foreign ministry spokesperson", "Kazakhstan's foreign ministry said", "Germany's economy ministry",
# "Britain's foreign office", "the Chinese embassy in Berlin": a government's ministry, office or mission in
# the lower case of a newspaper's style, named with its country's adjective or possessive; and a ministry named
# in full after its country's possessive ("China's Ministry of Foreign Affairs"); a mission in capitals is known by
# its seat as well, a country's with its article ("the Chinese Embassy in the UK", "in The Hague")
_LOWER_MINISTRY_RE = re.compile(
    r"(?<![\w\-])(?P<name>(?P<owner>[A-Z][\w\-]+)(?:['’]s)?[ \t]+(?:(?:foreign|defen[cs]e|interior|justice|"
    r"commerce|finance|trade|health|education|home|economy|economics|labou?r|agriculture|environment|culture|"
    r"transport|energy|public[ \t]+security|state[ \t]+security)[ \t]+ministry|(?:foreign|home)[ \t]+office"
    r"|[Ee]mbassy|[Cc]onsulate(?:[ \t\-]General)?"
    r"|(?<=['’]s[ \t])Ministry[ \t]+of[ \t]+(?:Foreign|Public|State|Home)[ \t]+(?:Affairs|Security))"
    r")\b"
    r"(?:[ \t]+in[ \t]+(?P<the>the[ \t]+)?(?P<seat>(?:The[ \t]+)?[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){0,2}))?"
)
# a mission named in full, its state after "of", before its seat ("the Embassy of the People's Republic of China in
# Ankara", "the Consulate General of Canada in Edinburgh"): known by the whole, with its seat, as the lower-case
# mission above is; the words before "in" are its name as the page may write it again
_MISSION_OF_RE = re.compile(
    r"(?<![\w\-])(?P<name>(?:Embassy|Consulate(?:[ \t\-]General)?|High[ \t]+Commission)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w’'\-]+(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'\-]+){0,4}?)"
    r"[ \t]+in[ \t]+(?P<the>the[ \t]+)?(?P<seat>(?:The[ \t]+)?[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){0,2})"
)
# "the foreign ministry spokesperson Mao Ning": a government's ministry in lower case with no country's word, after
# "the" and named by the post of its spokesperson after it (the ministry of the country the page is about)
_SPOKESPERSONS_MINISTRY_RE = re.compile(
    r"(?<=\b[Tt]he[ \t])(?P<name>foreign[ \t]+ministry)(?=[ \t]+spokes(?:person|man|woman)\b)"
)
# "the ministry of foreign affairs had lodged representations": a ministry named in full in lower case
_LOWER_MINISTRY_OF_RE = re.compile(
    r"(?<=\bthe[ \t])(?P<name>ministry[ \t]+of[ \t]+(?:foreign[ \t]+affairs|public[ \t]+security|state[ \t]+security"
    r"|commerce|justice|finance|defen[cs]e|education))\b"
)
# "Senator Marco Lombardi of the Brothers of Italy party": a party's name before the lower-case word
PARTY_RE = re.compile(rf"\bthe[ \t]+(?P<name>{_CAP}(?:[ \t]+(?:of[ \t]+)?{_CAP}){{1,4}})[ \t]+party\b")


# "in all 18 districts, from Sha Tin and Tuen Mun in the New Territories to Wan Chai": names listed after
# a plural noun for places are places, and so is the place each lies in
_PLACE_NOUNS = (
    r"(?:districts|cities|towns|villages|provinces|regions|counties|prefectures|townships|ports|states"
    # "the Karakash and Yurungkash rivers", "the Karakoram and Kunlun mountain ranges"
    r"|rivers|lakes|mountains|mountain[ \t]+ranges|valleys|oases|passes|crossings)"
)
_PLACE_NAME = r"[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,2}"
_PLACE_ITEM = rf"{_PLACE_NAME}(?:[ \t]+(?:in|on)[ \t]+(?:the[ \t]+)?{_PLACE_NAME})?"
PLACE_LIST_RE = re.compile(
    rf"\b{_PLACE_NOUNS},?[ \t]+(?:such[ \t]+as|including|like|from|notably)[ \t]+"
    rf"(?P<list>{_PLACE_ITEM}(?:(?:{_AND}|[ \t]+to[ \t]+){_PLACE_ITEM})*)"
)

# "held in Derong and Baiyu counties": names joined by "and" before a plural noun for places are places;
# "villagers from Wonto and Shipa": so are the places people of a place are from
_PLACE_LISTS = (
    PLACE_LIST_RE,
    re.compile(
        rf"(?<![\w’'])(?P<list>{_PLACE_NAME}(?:,[ \t]+{_PLACE_NAME})*,?[ \t]+and[ \t]+{_PLACE_NAME})"
        rf"[ \t]+{_PLACE_NOUNS}\b"
    ),
    re.compile(
        rf"\b(?i:villagers|residents|herders|farmers|natives)[ \t]+(?:of|from)[ \t]+"
        rf"(?P<list>{_PLACE_NAME}(?:{_AND}{_PLACE_NAME})*)(?![\w’'])"
    ),
)


# "the Tibetan plateau", "the Tarim basin", "the Taklamakan desert": a land feature named in a newspaper's lower
# case after its name or its people's adjective
_LOWER_FEATURE_RE = re.compile(
    r"(?<=\bthe[ \t])(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+"
    r"(?:plateau|basin|desert|steppe|valley|delta|peninsula|mountains))(?![\w\-])"
)


def _range_name(name: str) -> str:
    """A range is known by its name without "mountains" ("the Tian Shan mountains" is the Tian Shan)."""
    return name.removesuffix(" mountains")


_NOT_PLACE_FIRST = CLAUSE_STARTERS | CALENDAR_WORDS


# the United States' two-letter postal codes of states and of the capital's district
US_STATE_CODES = frozenset(
    {
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
    }
)
# a US city with its state's postal code after a comma, as addresses, datelines and shipping records write it:
# "Long Beach, CA", "Newark, NJ" (the city's words capitalised, the code in capitals and alone, no quoted speech's
# first word before it: "“Thanks, OK,” she said")
_CITY_STATE_RE = re.compile(
    rf"(?<![\w&\-.\"“‘'])(?P<city>{_CITY_WORD}(?:[ \t]+{_CITY_WORD}){{0,2}}),[ \t]+(?P<state>[A-Z]{{2}})"
    r"(?![\w&\-]|\.\w)"
)
# state codes that are also degrees or posts written after a person's name ("Sarah Brown, MD", "Jane Roe, PA")
_POSTNOMINAL_CODES = frozenset({"MD", "MA", "PA"})


def _person_before_postnominal(city: str, state: str) -> bool:
    """ "Sarah Brown, MD": a name of two or three words before a code that is also a degree, none of them a
    place's head word, is a person and a degree, no city and state ("Baltimore, MD", "Ocean City, MD" are)."""
    words = city.split()
    return state in _POSTNOMINAL_CODES and len(words) > 1 and not set(words) & PLACE_HEADS


def us_city_states(page: int, text: str) -> list[Mention]:
    """A US city before its state's postal code ("Charleston, SC"): a place, the code no body and no place."""
    out = []
    for m in _CITY_STATE_RE.finditer(text):
        if m.group("state") not in US_STATE_CODES or m.group("city").split()[0] in _NOT_PLACE_FIRST:
            continue
        if _person_before_postnominal(m.group("city"), m.group("state")):
            continue
        out.append(Mention(page, *m.span("city"), m.group("city"), m.group("city"), t.PLACE, P_STRONG))
        out.append(Mention(page, *m.span("state"), m.group("state"), "", ROLE, P_STRONG))
    return out


def listed_places(page: int, text: str) -> list[Mention]:
    out = us_city_states(page, text) + [
        Mention(page, *m.span("name"), m.group("name"), m.group("name"), t.PLACE, P_RULE, _range_name(m.group("name")))
        for m in _LOWER_FEATURE_RE.finditer(text)
        if m.group("name").split()[0] not in _NOT_PLACE_FIRST
    ]
    for m in (m for pattern in _PLACE_LISTS for m in pattern.finditer(text)):
        for name_match in re.finditer(_PLACE_NAME, m.group("list")):
            name = name_match.group(0)
            lead = re.match(r"The[ \t]+(?=[A-Z])", name)  # "The Karakash and Yurungkash rivers"
            skip = lead.end() if lead else 0
            name = name[skip:]
            # a clause's word, or a day ("held at ports from Monday"), opens no place's name
            if name.split()[0] in _NOT_PLACE_FIRST or any(w.lower() in KEYWORD_WORDS for w in name.split()):
                continue
            if name.lower() in t.ETHNONYMS:  # "from Kazakh and Uyghur villages": a people's name, no place
                continue
            s = m.start("list") + name_match.start() + skip
            out.append(Mention(page, s, s + len(name), name, name, t.PLACE, P_RULE))
    return out


# "Share on LinkedIn | Follow us on Instagram": a page's sharing links name no body, place or person
SHARE_LINK_RE = re.compile(rf"\b(?:Share|Follow[ \t]+us|Find[ \t]+us)[ \t]+on[ \t]+(?P<name>{_CAP})")
# "Share this story: Facebook | X | WhatsApp", "Follow us: Facebook | Instagram", "Share | Reuse this
# content": the links after the colon or the bar
_SHARE_WORDS = r"Share(?:[ \t]+this(?:[ \t]+(?:story|article|page|post))?)?"
SHARE_LIST_RE = re.compile(
    rf"\b(?:{_SHARE_WORDS}|Follow[ \t]+us|Find[ \t]+us)[ \t]*[:|][ \t]*"
    rf"(?P<list>{_CAP}(?:[ \t]+[a-z]+)?(?:[ \t]*\|[ \t]*{_CAP}(?:[ \t]+[a-z]+)*)*)"
)
# "Operation Fox Hunt", "Operation Sky Net": an operation's name names no one
OPERATION_RE = re.compile(rf"\bOperation[ \t]+(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,2}})")


def share_links(page: int, text: str) -> list[Mention]:
    found = list(SHARE_LINK_RE.finditer(text)) + list(OPERATION_RE.finditer(text))
    return [Mention(page, *m.span("name"), m.group("name"), "", ROLE, P_RULE) for m in found]


# "Home | World | Asia-Pacific | Climate | Business": a navigation bar, four short items or more on a line
# (an item may join two words with "&": "Life & Arts", "Arts & Culture")
_NAV_ITEM = r"[\w’'\-&]+(?:[ \t]+[\w’'\-&]+){0,2}"
# a footer's last link may be long: "… | Privacy Policy | Do Not Sell or Share My Personal Information"
_NAV_LAST = r"[\w’'\-]+(?:[ \t]+[\w’'\-]+){0,7}"
NAV_BAR_RE = re.compile(
    rf"(?m)^(?!\|)[ \t]*(?:[A-Z]\w*(?:[ \t]+\w+){{0,5}}:[ \t]+)?{_NAV_ITEM}"
    rf"(?:(?:[ \t]+\|[ \t]+{_NAV_ITEM}){{3,}}(?:[ \t]+\|[ \t]+{_NAV_LAST})?"
    rf"|(?:[ \t]*[›»>][ \t]*{_NAV_ITEM}){{2,}})[ \t]*$"
)  # or a page's path: "Home › World › Asia"


# a page's furniture on a line of its own: the source line of an encyclopaedia's page ("From Wikipedia, the
# free encyclopedia"), a cookie banner's buttons ("Accept All Cookies | Cookie Settings"), a sharing button under
# a byline ("Share", "Share this article")
FURNITURE_RE = re.compile(
    r"(?im)^[ \t]*From[ \t]+[A-Z][\w\-]*,[ \t]+the[ \t]+free[ \t]+encyclop(?:a)?edia[ \t]*$"
    rf"|^[ \t]*{_SHARE_WORDS}[ \t]*$"
    r"|(?:Accept|Reject|Allow|Manage)[ \t]+(?:all[ \t]+)?cookies[^\n]*$"
    r"|\bcookies?[ \t]+(?:settings|preferences|policy)\b"
)


def share_lists(text: str, lines: str = "") -> list[tuple[int, int]]:
    """The spans of a page's lists of sharing links, its navigation bars, its menus and its furniture (on the lines of
    ``lines``, the page with its line breaks), where no name is read, not even a known body's or a known place's."""
    lists = [m.span("list") for m in SHARE_LIST_RE.finditer(text)] + nav_bars(text)
    lists += [m.span() for m in FURNITURE_RE.finditer(lines or text)] + _bare_menus(lines or text)
    return lists + [m.span("name") for m in SHARE_LINK_RE.finditer(text)]


# a site's menu copied without its bars: "Home News Sport Weather iPlayer Sounds", a line that opens on "Home" and
# runs on with four single words or more, each capitalised or in camel case
_BARE_MENU_RE = re.compile(r"(?m)^[ \t]*Home(?P<items>(?:[ \t]+[a-z]?[A-Z][\w’'\-]*){4,})[ \t]*$")


_HEADLINE_HEADS = PUBLIC_HEADS | LAW_HEADS | PLACE_HEADS


def _bare_menus(text: str) -> list[tuple[int, int]]:
    """The menus a page copies as a line of words ("Home News Sport Weather"): none of their words is a public
    body's, a place's or a law's head word, as a headline's would be ("Home Office Minister Quits Over Visa Rules")."""
    return [
        m.span()
        for m in _BARE_MENU_RE.finditer(text)
        if not any(w in _HEADLINE_HEADS for w in m.group("items").split())
    ]


def nav_bars(text: str) -> list[tuple[int, int]]:
    """The navigation bars of a page: a line of items between bars stands alone (or is a path of
    "›"); lines of items between bars one after another are a table's rows, whose names count."""
    bars = []
    for m in NAV_BAR_RE.finditer(text):
        before = text[: max(0, m.start() - 1)].rpartition("\n")[2]  # the lines right before and after
        after = text[m.end() + 1 :].partition("\n")[0]
        if "|" in m.group() and _same_row_shape(m.group(), before, after):
            continue
        bars.append(m.span())
    return bars


def _same_row_shape(line: str, *neighbours: str) -> bool:
    """Whether a neighbouring line holds as many items between bars as this one: a table's rows do, a
    menu's lines need not ("News | Opinion | Sport" over "World | Europe | US news | Asia | Africa")."""
    return any("|" in n and n.count("|") == line.count("|") for n in neighbours)


def copyright_holders(page: int, text: str) -> list[Mention]:
    out = []
    for m in COPYRIGHT_RE.finditer(text):
        name = m.group("name")
        if org_ok(name) and not re.fullmatch(r"All(?:[ \t]+Rights)?", name):
            bare = without_legal_form(name)
            out.append(
                Mention(page, m.start("name"), m.end("name"), name, name, t.ORGANIZATION, P_RULE, canonical=bare)
            )
    return out


def _lower_ministry(page: int, text: str, m: re.Match[str]) -> Mention:
    """A lower-case ministry, office or mission: named with its country's adjective ("Chinese foreign
    ministry"); after a place's possessive ("Germany's economy ministry") or before its seat ("the Chinese
    embassy in Berlin") it is the words between, known by the whole, and the place stays a place."""
    start, end = m.span("name")
    seat = f" in {m.group('the') or ''}{_mission_seat(m.group('seat'))}" if m.group("seat") else ""
    whole = m.group("name") + seat
    owned = re.match(r"[\w\-]+['’]s[ \t]+", m.group("name"))
    if owned and t.fold(m.group("owner")) in t.gazetteer_index():
        start += owned.end()
    return Mention(page, start, end, text[start:end], text[start:end], t.PUBLIC_BODY, P_STRONG, canonical=whole)


def _mission_seat(words: str) -> str:
    """The city a mission is in, of as many of the capitalised words after "in" as the lists know as one place
    ("Kuala Lumpur", "Buenos Aires"); else the first ("Berlin" of "Berlin Monday")."""
    parts = words.split()
    for n in range(len(parts), 1, -1):
        if known_place_or_city(seat := " ".join(parts[:n])):
            return seat
    return " ".join(parts[:2]) if parts[0] == "The" else parts[0]  # "The Hague"


# a body named in Turkish, its head last in the possessive: "Anayasa Mahkemesi" (Constitutional Court), "Doğu
# Türkistan Maarif ve Dayanışma Derneği" (association), "Dışişleri Bakanlığı" (ministry), "... Vakfı" (foundation)
_TURKISH_PUBLIC_HEADS = ("Mahkemesi", "Bakanlığı", "Meclisi", "Başkanlığı", "Müdürlüğü", "Valiliği", "Belediyesi")
_TURKISH_ORG_HEADS = (
    *("Vakfı", "Derneği", "Üniversitesi", "Partisi", "Cemiyeti", "Birliği", "Federasyonu"),
    *("Enstitüsü", "Merkezi", "Konseyi"),
)
_TURKISH_WORD = r"[A-ZÀ-ÞĞİŞ][\w’'\-]+"
TURKISH_BODY_RE = re.compile(
    rf"(?<![\w\-])(?P<name>{_TURKISH_WORD}(?:[ \t]+(?:ve[ \t]+)?{_TURKISH_WORD}){{0,6}}?[ \t]+"
    rf"(?P<head>{'|'.join(_TURKISH_PUBLIC_HEADS + _TURKISH_ORG_HEADS)}))(?![\w\-])"
)


def _turkish_bodies(page: int, text: str) -> list[Mention]:
    """Bodies named in Turkish, their head last ("Doğu Türkistan Maarif ve Dayanışma Derneği", "Anayasa
    Mahkemesi"): a court, ministry or council is a public body, an association or foundation an organisation."""
    out = []
    for m in TURKISH_BODY_RE.finditer(text):
        kind = t.PUBLIC_BODY if m.group("head") in _TURKISH_PUBLIC_HEADS else t.ORGANIZATION
        out.append(Mention(page, *m.span("name"), m.group("name"), m.group("name"), kind, P_STRONG))
    return out


def foreign_bodies(page: int, text: str) -> list[Mention]:
    out = _turkish_bodies(page, text)
    for m in FOREIGN_BODY_RE.finditer(text):
        kind = t.PUBLIC_BODY if m.group("head") in _FOREIGN_PUBLIC else t.ORGANIZATION
        out.append(Mention.whole(page, m, kind, P_STRONG))
    out.extend(Mention.whole(page, m, t.ORGANIZATION, P_STRONG) for m in _FOUNDATION_HEAD_RE.finditer(text))
    for m in FOREIGN_SENTENCE_CASE_RE.finditer(text):
        kind = t.PUBLIC_BODY if m.group("name").split()[0] in _FOREIGN_PUBLIC else t.ORGANIZATION
        out.append(Mention(page, *m.span("name"), m.group("name"), m.group("name"), kind, P_STRONG))
    for m in _LOWER_MINISTRY_RE.finditer(text):
        if national_word(m.group("owner")) and m.group("owner") not in CLAUSE_STARTERS:
            out.append(_lower_ministry(page, text, m))
    for m in _MISSION_OF_RE.finditer(text):
        # the state in the name makes the plain reading of the same words stronger than a rule's (a body named for
        # a place); the reading that knows the seat must outweigh it
        out.append(dataclasses.replace(_lower_ministry(page, text, m), priority=P_STRONG + 2))
    for m in [*_LOWER_MINISTRY_OF_RE.finditer(text), *_SPOKESPERSONS_MINISTRY_RE.finditer(text)]:
        out.append(Mention(page, *m.span("name"), m.group("name"), m.group("name"), t.PUBLIC_BODY, P_STRONG))
    return out


# "Conservative MP Tim Loughton", "the Liberal Democrat peer": a party named by its adjective before a
# member's word; not a nationality, a rank or a status ("British MP", "Senior MP", "Independent senator")
_MEMBER_NOUNS = (
    r"(?:MPs?|MEPs?|MSPs?|peers?|[Ss]enators?|lawmakers?|legislators?|councillors?|congress(?:wo)?m[ae]n|"
    r"assembly(?:wo)?m[ae]n|backbenchers?)"
)
_PARTY_BEFORE_MEMBER_RE = re.compile(rf"(?<![\w\-’'])(?P<name>{_CAP}(?:[ \t]+{_CAP})?)[ \t]+{_MEMBER_NOUNS}(?![\w\-])")
_NOT_PARTY_WORDS = {"Former", "Senior", "Veteran", "Backbench", "Opposition", "Independent", "Junior", "Leading"}
_COUNT_OR_KIND_RE = re.compile(
    r"(?i)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
    r"dozen|several|many|some|both|other|most|few|all|more|fellow|female|male|young|new)"
)


def _party_words(words: list[str]) -> list[str]:
    while words and (
        words[0] in _NOT_PARTY_WORDS
        or national_word(words[0])
        or words[0] in CLAUSE_STARTERS
        or _COUNT_OR_KIND_RE.fullmatch(words[0])
    ):
        words = words[1:]
    bad = any(
        w in TITLE_TOKENS or w.lower() in t.NOT_NAME_WORDS or national_word(w) or _STANCE_RE.match(w) for w in words
    )
    return [] if bad else words


_STANCE_RE = re.compile(r"(?i)(?:pro|anti|non|ex|pan)-")  # "pro-democracy lawmakers": a stance, not a party


# "a member of the Bundestag for the Greens", "an MP for the Liberal Democrats": the party a member sits for,
# a plural name after "for the" (a constituency follows "for" without "the": "the MP for Barnsley")
_MEMBER_FOR_PARTY_RE = re.compile(
    r"\b(?:[Mm]embers?|MPs?|MEPs?|[Ll]awmakers?|[Ll]egislators?|[Dd]eput(?:y|ies)|[Ss]enators?|[Cc]ouncill?ors?)"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){0,3})?[ \t]+for[ \t]+the[ \t]+"
    r"(?P<name>(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+s)(?![\w\-'’])"
)


def party_names(page: int, text: str) -> list[Mention]:
    out = []
    for m in _MEMBER_FOR_PARTY_RE.finditer(text):
        name = m.group("name")
        if org_ok(name) and not national_word(name.split()[0]):
            out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.ORGANIZATION, P_STRONG))
    for m in PARTY_RE.finditer(text):
        name = m.group("name")
        if org_ok(name) and not any(w in t.TITLE_WORDS for w in name.split()):
            out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.ORGANIZATION, P_RULE))
    for m in _PARTY_BEFORE_MEMBER_RE.finditer(text):
        words = _party_words(m.group("name").split())
        if words and not re.search(r"\d", m.group("name")):
            name = " ".join(words)
            s = m.end("name") - len(name)
            out.append(Mention(page, s, m.end("name"), name, name, t.ORGANIZATION, P_STRONG))
    return out


# a person known by a style and one name, the style part of how they are named ("Pope Francis", "King
# Charles III"), or by a title that is their name ("the Dalai Lama"); a style before a full name is a
# title like any other ("Crown Prince Mohammed bin Salman", "Panchen Lama Gedhun Choekyi Nyima")
_STYLED_RE = re.compile(
    r"\b(?P<name>(?:Pope|King|Queen|Emperor|Empress|Tsar|Sultan|Emir|(?:Crown[ \t]+)?Prince(?:ss)?)[ \t]+"
    r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+(?=[ \t]+[IVX]{1,4}\b))?(?:[ \t]+[IVX]{1,4}\b)?"
    r"|Dalai[ \t]+Lama|Panchen[ \t]+Lama|Karmapa|Aga[ \t]+Khan)"
    r"(?![\w\-]|[ \t]+(?:[A-Z]|bin\b|ibn\b|al-|von\b|de\b))"
)


def styled_persons(page: int, text: str) -> list[Mention]:
    return [
        Mention(page, m.start("name"), m.end("name"), m.group("name"), m.group("name"), t.PERSON, P_STRONG)
        for m in _STYLED_RE.finditer(text)
    ]


# "deputy prosecutor at the Radovan Karadžić war crimes trial": a name shaped as a person's between "the" and a
# trial's noun, which the model may leave unread, is the trial's defendant
_DEFENDANT_RE = re.compile(rf"(?<![\w\-])the[ \t]+(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,2}})(?=(?:['’]s?)?[ \t])")


def defendants(page: int, text: str) -> list[Mention]:
    return [
        Mention(page, m.start("name"), m.end("name"), m.group("name"), m.group("name"), t.PERSON, P_RULE)
        for m in _DEFENDANT_RE.finditer(text)
        if DEFENDANTS_TRIAL_RE.match(text, m.end("name")) and person_shaped(m.group("name"))
    ]


# a court filing's sworn evidence by its maker, "Declaration of Wu Jianxin", "Affidavit of Dr. Sara Lamb": the name
# after the filing's noun and "of" is a person's, where a title's capitals would read it as a document's name
# (not a pseudonym's numbered placeholder, "Declaration of John Doe 1")
_SWORN_BY_RE = re.compile(
    rf"\b(?:Declaration|Affidavit|Deposition|Testimony|Witness[ \t]+Statement)[ \t]+of[ \t]+"
    rf"(?:(?:{ADDRESS})[ \t]+)?(?P<name>{_CAP}(?:[ \t]+(?:[A-Z]\.[ \t]+)?{_CAP}){{1,2}})(?![ \t]*\d|[\w\-])"
)


def sworn_evidence_makers(page: int, text: str) -> list[Mention]:
    """The people whose sworn evidence a filing names by its noun and "of" (``_SWORN_BY_RE``)."""
    out = []
    for m in _SWORN_BY_RE.finditer(text):
        name = m.group("name")
        words = name.split()
        shaped = person_shaped(name) or (len(words) == 2 and pinyin_name(*words))
        if shaped and person_name_ok(name):
            out.append(Mention(page, *m.span("name"), name, name, t.PERSON, P_STRONG, canonical=name))
    return out


# a docket entry's filer, counsel written surname first in brackets at the entry's end, after its attachments'
# bracket or its full stop: "(Attachments: # 1 Summons)(Okonkwo, Rachel)", "… by the defendant. (Vance, Douglas)"
_FILER_BRACKET_RE = re.compile(
    rf"(?:(?<=\))|(?<=\.)[ \t]*)\((?P<surname>{_CAP}),\s+(?P<given>{_CAP})(?:[ \t]+[A-Z]\.)?\)"
)


def docket_filers(page: int, text: str) -> list[Mention]:
    """The counsel a docket names surname first in its entries' brackets (``_FILER_BRACKET_RE``), where the page
    names one of them in full in its own order too ("Rachel T. Okonkwo" over "(Okonkwo, Rachel)"): then every
    such bracket of the page is a filer's, as a docket writes them all one way; no bracket naming a place is."""
    found = [m for m in _FILER_BRACKET_RE.finditer(text) if not known_place_or_city(m.group("surname"))]
    vouched = any(
        re.search(rf"(?<![\w\-]){m.group('given')}[ \t]+(?:[A-Z]\.[ \t]+)?{m.group('surname')}(?![\w\-])", text)
        for m in found
    )
    out = []
    for m in found if vouched else []:
        name = f"{m.group('given')} {m.group('surname')}"
        if person_name_ok(name) and not known_place_or_city(m.group("given")):
            written = text[m.start("surname") : m.end("given")]
            out.append(
                Mention(page, m.start("surname"), m.end("given"), written, name, t.PERSON, P_STRONG, canonical=name)
            )
    return out


def cue_mentions(page: int, text: str) -> list[Mention]:
    """The mentions these layers find on one prepared English page (besides lists and "the Corps")."""
    return (
        cue_organisations(page, text)
        + copyright_holders(page, text)
        + share_links(page, text)
        + listed_places(page, text)
        + foreign_bodies(page, text)
        + party_names(page, text)
        + cited_authors(page, text)
        + journal_style_authors(page, text)
        + cited_quoted_titles(page, text)
        + reference_venues(page, text)
        + note_references(page, text)
        + bylines(page, text)
        + transcript_speakers(page, text)
        + designated_people(page, text)
        + designated_bodies(page, text)
        + pinyin_persons(page, text)
        + styled_persons(page, text)
        + defendants(page, text)
        + sworn_evidence_makers(page, text)
        + docket_filers(page, text)
    )
