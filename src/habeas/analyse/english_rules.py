"""Candidates from the rules on one English page: acronyms with their expansions, names after a title or a
role, the gazetteer's places, runs of capitalised words headed by a word that names an institution, an
instrument or a facility, and the forms that say a name is a person's (an infobox's fields, a photo's
credit, a byline, a list, an apposition, a pseudonym, a signature).
"""

from __future__ import annotations

import collections
import functools
import re
from collections.abc import Callable, Iterator

from habeas.analyse import known_bodies
from habeas.analyse import tables as t
from habeas.analyse.claim_kinds import PEOPLE_WORDS
from habeas.analyse.english import (
    ADDRESS_HEADS,
    ADJECTIVE_END_RE,
    BODY_HEADS,
    CALENDAR_WORDS,
    CAP_WORD,
    CASE_V,
    CLAUSE_STARTERS,
    CORPORATE_END_RE,
    CORPORATE_RE,
    DEGREES,
    HONOUR_LETTERS,
    HYPHEN_SYLLABLE,
    INITIALISM_RUN_RE,
    INITIALISM_WORD_RE,
    KEYWORD_WORDS,
    LABELLED_CREDIT_RE,
    LAND_HEADS,
    LAW_ANYWHERE,
    LAW_HEADS,
    LEGAL_FORM,
    LEVEL_HEADS,
    LOWER,
    NOT_ORG_HEADS,
    NUMBERED_PART_RE,
    OF_THE_HOUSE_RE,
    OFFICER_INITIALS,
    ORG_FIRST,
    ORG_HEADS,
    P_CREDITED,
    P_NESTED,
    P_RULE,
    P_STRONG,
    PARTICLES_ALT,
    PEOPLE_PLURALS,
    PERSON_PARTICIPLES,
    PICTURE_WORDS,
    PINYIN_SYLLABLE,
    PLACE_HEADS,
    PORTFOLIO,
    PROFESSIONAL_LETTERS,
    PUBLIC_FIRST,
    PUBLIC_HEADS,
    QUESTION_WORDS,
    RELEASE_AFTER_RE,
    RETIRED_RANKS,
    ROLE,
    RUN_RE,
    SEAT_LETTERS,
    TITLE_TOKENS,
    UPPER,
    after_party_role,
    bracketed_seat_start,
    classify_run,
    clean_name,
    common_word,
    compound_adjective,
    congress_in_a_title,
    corporate_end,
    credit_label,
    currency_code,
    describes_state,
    filing_title,
    first_of_repeated,
    first_word_past,
    gazetteer_re,
    initials,
    is_role,
    known_place,
    name_words_ok,
    names_a_facility,
    national_phrase,
    national_word,
    opens_clause,
    parliament_seat_at,
    parliament_seat_end,
    person_name_ok,
    person_owner,
    person_shaped,
    pinyin_name,
    place_party_post,
    possessive_split,
    post_link,
    schools_apart,
    strip_titles,
    surnamed_as_a_title,
    thing_named_after_initials,
    title_or_role_word,
    uyghur_given_name,
    without_legal_form,
)
from habeas.analyse.english_layout import (
    FIELD_RE,
    HOLDER_LABELS,
    INFOBOX_FIELD_RE,
    PERSON_LABELS,
    opens_with_a_label,
)
from habeas.analyse.english_spacy import (
    ARTICLE,
    HEADLINE_VERBS,
    after_opening_plural,
    before_headline_verb,
    title_case_headline,
)
from habeas.analyse.model import Mention
from habeas.vocab import MONTH_ABBREVIATIONS

# one word of a name: "Rubio", "Al-Hussein", "Nok-hin", "McGovern", "MacDonald", "O'Brien", "Ra'ad" (not "Rubio's")
_NAME_WORD = (
    rf"(?:Mc|Mac|O['’]|D['’])?[{UPPER}][{LOWER}]+"
    rf"(?:[-'’](?:[{UPPER}][{LOWER}]+|{HYPHEN_SYLLABLE}(?![\w\-]))|['’](?!s\b)[{LOWER}]{{2,}})?(?![\w])"
)


# (the initials may stand in quotes, as letters and filings define them: "Committee of Concerned Scientists (“CCS”)")
# (or first in a bracket that goes on after a semicolon, as an encyclopaedia's lead gives the short form and then
# the name in other languages: "Xinjiang University (XJU; Chinese: 新疆大学)")
PAREN_RE = re.compile(r"\(\s*[\"“‘']?([A-Z][A-Za-z\-\.]{1,14})[\"”’']?\s*(?:\)|;(?=[^()\n]{1,80}\)))")


# a linked file's format, in brackets after a reference's title: "(PDF)", "(DOCX)"
FILE_FORMATS = {"PDF", "HTML", "DOC", "DOCX", "XLS", "XLSX", "PPT", "PPTX", "RTF", "TXT", "CSV", "MP3", "MP4"}


# words for a trade that end companies' names ("Hoshine Silicon Industry") and are what a ministry or bureau is
# of ("Bureau of Industry and Security", "Ministry of Industry and Information Technology")
TRADE_WORDS = {"Industry", "Industries", "Technology", "Technologies", "Electronics", "Media", "Materials", "Mining"}


# a place smaller than a county: "Qaraqash Town" is its own place, not the county the gazetteer knows as Qaraqash
SMALL_PLACE_HEADS = {"Town", "Township", "Village"}


def _trade_name_start(text: str, start: int, words: list[str]) -> int:
    """ "Yixin Science and Technology Co": trade words and a legal form alone name no company; its name
    opens with the capitalised words before "and" (a run with no head of its own)."""
    if not all(w in TRADE_WORDS or CORPORATE_RE.fullmatch(w) for w in words):
        return start
    for m in RUN_RE.finditer(text, max(0, start - 80), start):
        joined = re.fullmatch(r"[ \t]+(?:and|&)[ \t]+", text[m.end() : start])
        before = [w for w in m.group(0).split() if w not in ("The", "the")]
        if joined and before and classify_run(before) is None and not opens_clause(before):
            return m.start() + m.group(0).index(before[0])
    return start


# the portfolios a public body's name lists before its last ones and its head, over commas and "and": "Foreign
# Affairs, Defence and" before "Trade Legislation Committee"
# (``english_spacy._PORTFOLIOS_HEAD_RE`` reads the same shape where the model cut the name at a comma); a line may
# break after "and" ("Chair of the Audit and\nRisk Committee")
_PORTFOLIOS_BEFORE_RE = re.compile(
    rf"(?<![\w'’\-])(?P<series>{PORTFOLIO}(?:,[ \t]+{PORTFOLIO})*)[ \t]+(?:and|&)(?:[ \t]+|[ \t]*\n[ \t]*)\Z"
)


def _portfolios_start(text: str, start: int, words: list[str]) -> int:
    """ "Foreign Affairs, Defence and Trade Legislation Committee": a public body whose name lists its portfolios
    before its head opens with the first of them, where none is a place or a body the lists know, nor an owner's
    possessive (not "China and the Trade Committee", "Amnesty International and Justice Committee", "Beijing's Hong
    Kong and Macao Affairs Office")."""
    if words[-1] not in PUBLIC_HEADS or words[0] in PUBLIC_HEADS or "of" in words:
        return start
    m = _PORTFOLIOS_BEFORE_RE.search(text, max(0, start - 120), start)
    if m is None:
        return start
    series = m.group("series")
    items = [item.split() for item in series.split(", ")]
    dropped = 0
    while items[0] and items[0][0] in CLAUSE_STARTERS:
        items[0].pop(0)  # "The Foreign Affairs, …": the sentence's article is no portfolio
        dropped += 1
    known = (t.gazetteer_index(), known_bodies.english_forms())
    if not items[0] or any(t.fold(" ".join(item)) in names for item in items for names in known):
        return start
    if "'" in series or "’" in series or any(known_place(word) for item in items for word in item):
        return start  # "Beijing's Hong Kong and Macao Affairs Office": an owner, a place, before the body
    if any(is_role(item) or person_shaped(" ".join(item)) for item in items):
        return start  # "(Jane Roe-Li, Director General, North Asia and Oceania Bureau, …)": a witness and her post
    first = list(re.finditer(r"\S+", series))[dropped]
    return m.start("series") + first.start()


GENERIC_FACILITY_RE = re.compile(
    r"\b(?:(?:political\s+)?re-?education\s+(?:camps?|facilit(?:y|ies)|centres?|centers?|schools?)"
    r"|(?:internment|concentration|detention|labou?r|transformation-through-education|education|prison-like)"
    r"\s+(?:camps?|centres?|centers?|facilit(?:y|ies))"
    r"|detentions?\s+(?:centres?|centers?|houses?)"
    # a remand prison by the names other systems give it ("Lai Chi Kok Reception Centre", "a custody centre")
    r"|(?:reception|custody)\s+(?:centres?|centers?)"
    r"|vocational\s+(?:skills\s+)?(?:education\s+and\s+)?(?:training|education)\s+(?:centres?|centers?|schools?)"
    r"|(?<![\w-])prisons?(?![\w-])|(?<![\w-])jails?(?![\w-]))",
    re.IGNORECASE,
)


# the fields whose value is a person or people, as a mirror's title case writes them too ("Leader Name", "Key People")
_INFOBOX_PEOPLE_RE = re.compile(
    rf"(?m)^[ \t]*(?:[-•*·][ \t]+)?(?:Leader [Nn]ame|Key People|{PERSON_LABELS}|{HOLDER_LABELS})"
    # (a mirror numbers the fields of each office it lists: "- Deputy2: …", "- Predecessor5: …")
    r"(?:\d{1,2}(?=[ \t]*:))?(?:[ \t]*:[ \t]*|[ \t]+|(?=[A-Z]))(?P<value>[^\n]+?)[ \t]*$"
)


def long_form(short: str, before: str) -> str | None:
    """Schwartz & Hearst: the shortest tail of ``before`` whose letters spell ``short`` in order,
    its first letter starting a word; None when there is none that looks like a name."""
    letters = [c.lower() for c in short if c.isalnum()]
    if len(letters) < 2:
        return None
    words = before.split()
    initials = _initials_form(letters, words)
    if initials is not None:
        return initials  # "European External Action Service (EEAS)", not "External Action Service"
    window = " ".join(words[-min(len(words), len(letters) + 5, len(letters) * 2 + 2) :])
    s_idx = len(letters) - 1
    l_idx = len(window) - 1
    while s_idx >= 0:
        c = letters[s_idx]
        while l_idx >= 0 and (window[l_idx].lower() != c or (s_idx == 0 and l_idx > 0 and window[l_idx - 1].isalnum())):
            l_idx -= 1
        if l_idx < 0:
            return None
        l_idx -= 1
        s_idx -= 1
    start = window.rfind(" ", 0, l_idx + 1) + 1
    form = window[start:].strip(" ,;:")
    fwords = form.split()
    if len(fwords) < 2 or not fwords[0][0].isupper() or any(ch in form for ch in "()[];:"):
        return None
    content = [w for w in fwords if w.lower() not in t.ACRONYM_STOPWORDS]
    if not all(w[0].isupper() for w in content):
        return None
    if short.isupper() and len(content) > len(letters) + 1:
        return None
    if not short.isupper() and fwords[0][:2].lower() != "".join(letters[:2]):
        return None  # "Akdeniz Iplik Sanayi Ltd. (Adana)": a word in brackets that opens unlike the name is its seat
    return form


# a body's head and its link right before the words its initials spell: "the Subcommittee on" + "Security and
# Defence (SEDE)"
_HEAD_BEFORE_RE = re.compile(rf"(?<![\w\-])(?P<head>{CAP_WORD}(?:[ \t]+{CAP_WORD})?)[ \t]+(?:on|for|of)[ \t]+$")


def _with_head_before(text: str, start: int, form: str) -> tuple[int, str]:
    """Where initials spell only a body's complement ("Security and Defence (SEDE)"), the body's name starts
    at its head before the link ("Subcommittee on Security and Defence")."""
    if classify_run(form.split()) is not None:
        return start, form
    head = _HEAD_BEFORE_RE.search(text, max(0, start - 40), start)
    if head is None or head.group("head").split()[0] not in PUBLIC_FIRST | ORG_FIRST:
        return start, form
    return head.start(), text[head.start() : start] + form


def _initials_form(letters: list[str], words: list[str]) -> str | None:
    """The shortest tail of ``words`` whose capitalised words' initials (stopwords aside) spell ``letters``
    exactly, where one does: Schwartz & Hearst alone may take a letter from inside a word ("EEAS" as
    "Ext-e-rnal Action Service")."""
    for n in range(len(letters), min(len(words), len(letters) * 2 + 2) + 1):
        tail = [w.strip(",;:") for w in words[-n:]]
        content = [w for w in tail if w.lower() not in t.ACRONYM_STOPWORDS]
        if (
            len(content) == len(letters)
            and all(w[:1].isupper() for w in content)
            and [w[0].lower() for w in content] == letters
            and tail[0] == content[0]
        ):
            return " ".join(words[-n:]).strip(" ,;:")  # as written: "Ministry of Economy, Trade and Industry"
    return None


def _body_before_foreign_initials(short: str, before: str) -> str | None:
    """ "the State Committee for National Security (GKNB)": a body's name in English right before the
    initials of its name in its own language (which spell no English words) is the body those initials
    name, where the name's head says it is a body."""
    if not (short.isupper() and 2 <= len(short) <= 6):
        return None
    run = next((r for r in RUN_RE.finditer(before) if r.end() == len(before)), None)
    if run is None:
        return None
    words = run.group(0).split()
    joined = re.search(r"[ \t]+and[ \t]+$", before[: run.start()])
    first = (
        next((r for r in RUN_RE.finditer(before[: joined.start()]) if r.end() == joined.start()), None)
        if joined
        else None
    )
    if first is not None:  # "the Federal Institute for Materials Research and Testing (BAM)": over "and"
        words = [*first.group(0).split(), "and", *words]
    while words and words[0] in CLAUSE_STARTERS:  # "The" among them
        words.pop(0)
    if "the" in words[1:]:  # "Testimony to the Subcommittee on Human Rights (DROI)": the body after "the"
        after = len(words) - words[::-1].index("the")
        if classify_run(words) not in (t.PUBLIC_BODY, t.ORGANIZATION) and after < len(words):
            words = words[after:]
    letters = iter(initials(" ".join(words)))
    if all(c in letters for c in short):
        return None  # the initials spell the English name's words: long_form's to read, or no name
    if len(words) < 3 or any(re.search(r"['’]s$", w) for w in words):
        return None  # "the Treasury Department's Office ...": an owner and what it owns
    return " ".join(words) if classify_run(words) in (t.PUBLIC_BODY, t.ORGANIZATION) else None


def _titles_alternation() -> str:
    """Every title as one regex alternation, longest first."""
    titles = sorted(t.TITLE_WORDS, key=len, reverse=True)
    return "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in titles)


# the titles written short, whose full stop is no sentence's end ("Dr.", "Prof.", "Rep.")
_ABBREVIATED_TITLES = "Mr|Mrs|Ms|Dr|Prof|Rep|Rev"


# a body's head and "of", right before a title's word that opens its portfolio ("Department of General Services",
# "Office of General Counsel")
_PORTFOLIO_OF_RE = re.compile(r"\b(?:Department|Office|Ministry|Bureau|Division|Directorate)[ \t]+of[ \t]+$")


# the titles of address that name no street after their bearer, as a king, a queen or a lord does: after "Mr" a
# name that ends in an address's head word is a person's ("Mr Paul Square told the court"; "Lord North Street" is
# a street)
_PLAIN_ADDRESS = frozenset(t.TITLES_OF_ADDRESS) - {"Sir", "Dame", "Lord"}


# a member's title named by the house she sits in, before her name ("Member of Parliament Jane Roe", "Member of
# the European Parliament Tom Hart", "Member of Congress Ann Lee"); its words are no title's words elsewhere, as
# "Parliament" is a body's ("Parliament Hill")
_MEMBER_OF_HOUSE = r"Member[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:European[ \t]+)?Parliament|Congress)"


@functools.cache
def _title_re() -> re.Pattern[str]:
    alt = f"{_MEMBER_OF_HOUSE}|{_titles_alternation()}"
    roles = "|".join(sorted(t.ROLE_NOUNS, key=len, reverse=True))
    # a scholar's field after "the": "the geographer", "the sociologist", "the demographer"
    field = r"(?<=\b[Tt]he\s)[a-z]+(?:ologist|grapher|ographer|ist|ian)"
    # a middle initial is part of the name ("the historian Joshua L. Freeman")
    # (a name's words are on one line; the page's wrapped lines are joined already)
    # (a name's words are one or two spaces apart: a tab parts a table's cells, "Awards<tab>Sakharov Prize")
    gap = " {1,2}"
    # an Arabic family name's article is joined by a hyphen ("the lawyer Hassan al-Rashidi")
    particle = rf"(?:(?:{PARTICLES_ALT}){gap}|(?:al|el)-(?=[A-Z]))"
    name = rf"(?P<name>{_NAME_WORD}(?:{gap}(?:[A-Z]\.{gap})?{particle}{{0,2}}{_NAME_WORD}){{0,2}})"
    # a title may be abbreviated ("Prof."); a role noun never is, nor a title written in full, so one that ends a
    # sentence ("... the spokesperson. Greenpeace East Asia called", "Thank you, Chair. Has the …") names no one
    # after it
    # and a name after a title at a line's end is no field's label ("Leader Title: President\nLeader Name: …",
    # "Occupation<tab>Writer\nAwards<tab>Sakharov Prize")
    # a knight's or dame's honour between the post and the name is no word of the name, which may then have three
    # ("the MP Sir Iain Duncan Smith")
    honour = r"(?:(?:Sir|Dame)[ \t]+)?"
    # nor is the style of a minister or a privy counsellor ("Senator the Hon Jane Roe", "the Rt Hon Jane Roe")
    honour = rf"(?:(?:[Tt]he[ \t]+)?(?:Rt\.?[ \t]+)?(?:Hon\.?|Honourable|Honorable)[ \t]+)?{honour}"
    # a second title between the first and the name is no word of the name ("Congresswoman Representative Jane
    # Roe", "Republican Senator Dr Jane Roe")
    honour = rf"(?:(?:{alt}|(?:{_ABBREVIATED_TITLES})\.)[ \t]+)?{honour}"
    return re.compile(
        rf"(?:(?<![\w\-])(?:(?:{_ABBREVIATED_TITLES})\.|{alt})|\b(?:{roles})|{field})"
        rf"(?:[ \t]+|[ \t]*\n[ \t]*){honour}{name}"
        # (three spaces or more part a form's fields: "Contact: Mr. Jane Roe    Tel: …" names her before a label)
        r"(?!(?:[ \t]{1,2}[A-Z]\w*)*[ \t]*:|\t|-\w)"  # nor is a name cut at its hyphen ("Mr Lloyd-Bevan:")
    )


def _post_named_on(words: list[str]) -> bool:
    """Whether the capitalised words after a title end in a noun for a post ("Chief Risk Officer", "General
    Counsel"): the title's post goes on, and no person is named there."""
    return bool(words) and words[-1].lower() in t.ROLE_NOUNS


@functools.cache
def _portfolio_re() -> re.Pattern[str]:
    """A title, what it is for, of or on, and the name that ends the run: "UN High Commissioner for Human
    Rights Michelle Bachelet", "Minister for Foreign Affairs Marise Payne", "Special Rapporteur on
    Torture Alice Edwards", an envoy's "Ambassador to the United States Cui Tiankai", a department's and its
    portfolio's ("Assistant Secretary of Commerce for Export Enforcement Jane Roe"); a middle initial is the
    name's ("Secretary of Labor Jane Q. Roe"); a post "at large", with no seat of its own, is one ("Ambassador at
    Large for Religious Freedom Jane Roe", "Ambassador-at-Large for …")."""
    word = rf"[{UPPER}][\w\-’']*"
    return re.compile(
        rf"(?<![\w\-])(?:{_titles_alternation()})(?:(?:[ \t]+|-)at(?:[ \t]+|-)[Ll]arge)?[ \t]+"
        rf"(?:(?:for|of|on|to)[ \t]+(?:the[ \t]+)?(?:{word}[ \t]+){{1,4}}?){{1,2}}"
        rf"(?P<name>{_NAME_WORD}[ \t]+(?:[A-Z]\.[ \t]+)?{_NAME_WORD})(?![ \t]+[{UPPER}]|[\w\-])"
    )


@functools.cache
def _post_line_re() -> re.Pattern[str]:
    """A line that opens with a post's title ("Chairman of the Regional People's Government", "Ambassador")
    and the line under it that holds a name alone, as an appeal's or a letter's address block lays them out (a
    title's line ends in no sentence's stop: "Minister of Foreign Affairs said it would respond.")."""
    return re.compile(
        rf"(?m)^[ \t]*(?:{_titles_alternation()})\b[^\n]{{0,120}}(?<![.!?;:])\n[ \t]*(?P<name>{_NAME_WORDS})[ \t]*$"
    )


def _names_below_a_post(page: int, text: str) -> list[Mention]:
    """The person an address block names on the line under the post's title ("Governor of the Province\nJane
    Roe\n12 Harbour Street"): a person's name by its shape, and no place's or well-known body's."""
    return named_people(page, text, _post_line_re(), _unplaced_person_name)


def _as_written_name(capitals: str) -> str:
    """A name written in capitals, or with its family name in capitals, as a name is written ("JANE Q. ROE" is
    Jane Q. Roe, "KOVALENKO Dmytro" Kovalenko Dmytro); initials stay as they are. (``english_context``'s
    ``_all_caps_name_titled`` titles only a name wholly in capitals.)"""
    return " ".join(w.title() if w.isupper() else w for w in capitals.split())


# the initials of a company's officers, which a post's line may open with ("CEO, Northern Growers Association")
_OFFICER_INITIALS = "|".join(OFFICER_INITIALS)


@functools.cache
def _caps_name_over_post_re() -> re.Pattern[str]:
    """A name of two or three words in capitals on a line of its own, and under it (blank lines between or not) a
    line that opens with a post's title and a comma before what it serves, as a report's foreword or a letter's
    signature lays them out ("JANE ROE" / "CEO, Northern Growers Association"); the title may follow up to two
    words that say what kind of post it is ("Senior Program Director, …")."""
    return re.compile(
        r"(?m)^[ \t]*(?P<name>[A-Z][A-Z’'\-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][A-Z’'\-]+){1,2})[ \t]*\n(?:[ \t]*\n){0,2}"
        rf"[ \t]*(?:{_OFFICER_INITIALS}|(?:[A-Z][a-z]+[ \t]+){{0,2}}(?:{_titles_alternation()})"
        r"(?:[ \t]+[A-Z][a-z]+){0,2}),[ \t]+[A-Z]"
    )


def _caps_names_over_a_post(page: int, text: str) -> list[Mention]:
    """The person a foreword or a signature names in capitals over the line of the post held: a person's name by
    its shape once written in title case, and no body's or place's. (``english_context.captioned_people`` reads
    the caption's and the signature's layout with the post on the very next line, the name in any case.)"""
    out = []
    for m in _caps_name_over_post_re().finditer(text):
        written = m.group("name")
        name = _as_written_name(written)
        if person_name_ok(name) and classify_run(name.split()) is None and not known_place(name):
            out.append(Mention(page, m.start("name"), m.end("name"), written, name, t.PERSON, P_STRONG))
    return out


# after a roster's post, what says the words are no post held but a heading's subject: the title's possessive or a
# noun in lower case ("Climate Change - President's address", "Water Quality - Senior Officer update"), where a post
# goes on only with its body ("Chair of the Board", "adviser to the mission")
_NOT_A_POST_AFTER = r"(?!['’]s\b|[ \t]+(?!(?:of|for|at|to|in|on|and|with)\b)[a-z])"


@functools.cache
def _roster_line_re() -> re.Pattern[str]:
    """A roster's line: a name of two or three words opening its line, then a dash, a comma or a bracket and the
    post held, a title or a role's noun after up to two words that say what kind ("Lena Vogt - Chair", "Omar
    Haddad, senior researcher", "Saule Nurlanova (Secretary)")."""
    roles = "|".join(sorted(t.ROLE_NOUNS, key=len, reverse=True))
    return re.compile(
        rf"(?m)^[ \t]*(?P<name>{_NAME_WORDS})(?:[ \t]+[-–—][ \t]+|,[ \t]+|[ \t]+\()"
        rf"(?:(?!(?:the|a|an)[ \t])[A-Za-z][\w\-]*[ \t]+){{0,2}}(?i:{_titles_alternation()}|{roles})(?![\w\-])"
        rf"{_NOT_A_POST_AFTER}[^\n]{{0,80}}$"
    )


def _roster_people(page: int, raw: str) -> list[Mention]:
    """The people a roster lists with their posts, one to a line: a person's name by its shape, of two words or
    more, and no body's or place's."""
    return named_people(page, raw, _roster_line_re(), _listed_person_name)


def _listed_person_name(name: str) -> bool:
    # (a tab parts a table's cells: "Perhat Tursun⇥Novelist, poet" is a row, its name the first cell alone; a
    # title opening the words is an address's, no name's: "Chairman Hollis, Ranking Member Pettigrew, and …")
    words = name.split()
    if "\t" in name or len(words) < 2 or words[0] in TITLE_TOKENS:
        return False
    return classify_run(words) is None and _unplaced_person_name(name)


# an appositive's opening before a post's title: a comma, "the" and up to two capitalised words ("…, the US ")
_APPOSED_POST_BEFORE = re.compile(r",[ \t]+the[ \t]+(?:[A-Z][\w.]*[ \t]+){0,2}\Z")


def _names_after_a_portfolio(page: int, text: str) -> list[Mention]:
    out = []
    for m in _portfolio_re().finditer(text):
        name = m.group("name")
        if not person_name_ok(name) or any(w in HEADLINE_VERBS for w in text[m.start() : m.start("name")].split()):
            continue  # "Secretary of State Rubio Announces Visa Restrictions": a headline's verb before the words
        if _APPOSED_POST_BEFORE.search(text, max(0, m.start() - 40), m.start()) and text.startswith(",", m.end()):
            continue  # "Jane Roe, the US Special Envoy for International Religious Freedom, said": the post alone
        s = m.start("name")
        out.append(Mention(page, s, m.end("name"), name, name, t.PERSON, P_STRONG))
        out.append(_post_title(page, text, m.start(), len(text[:s].rstrip())))
    return out


@functools.cache
def _title_at_end_re() -> re.Pattern[str]:
    """The longest title that ends a run of words ("High Commissioner" in "UN High Commissioner")."""
    return re.compile(rf"(?<![\w\-])(?:{_titles_alternation()})\.?$")


# a geographic feature's word after a known place's name: "Hong Kong Island", "Korean Peninsula"
# the people an autonomous area is named for and its level, after its name: "Taxkorgan Tajik Autonomous County"
_AUTONOMOUS_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+){1,2}[ \t]+Autonomous[ \t]+(?:County|Prefecture|Region|Banner)\b")


# a facility's number after the place it is named for ("Urumqi No. 3", "Kashgar No 2"), its name cut short
# (no capitalised word after it: "Hotan No. 1 Middle School" is named in full); of one or two digits, as a
# house's number of three or more follows a region's name in an address ("… Autonomous Region No 380, Huanghe lu")
_NUMBER_AFTER = re.compile(r"[ \t]+No\.?[ \t]*\d{1,2}(?![\w,.]\d|\w|[ \t]+[A-Z])")
_FEATURE_AFTER = re.compile(
    r"[ \t]+(?:Island|Islands|Peninsula|Basin|River|Strait|Bay|Lake|Mountains|Sea|Valley|Desert|Plateau)(?![\w\-])"
)

# a football club named with its initials after it ("Xinjiang Tianshan Leopard F.C.", "Shanghai Port FC"): up to four
# capitalised words, then "F.C.", "FC", "A.F.C." or "AFC"; not initials that open the club's name ("Former FC Kairat
# coach", "Kazakhstan's FC Astana": the words before them are no part of it)
_FOOTBALL_CLUB_RE = re.compile(
    rf"(?<![\w'’\-])(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{0,3}})[ \t]+"
    rf"(?P<initials>(?:A\.)?F\.C\.|A?FC)(?![\w\-])(?![ \t]+[{UPPER}])"
)


def _football_clubs(page: int, text: str) -> list[Mention]:
    """Football clubs, named with the initials that say what they are: organisations."""
    out = []
    for m in _FOOTBALL_CLUB_RE.finditer(text):
        words = m.group("name").split()
        while words and words[0] in CLAUSE_STARTERS:  # "The", "For" among them
            words.pop(0)  # "The Kashgar FC", a sentence's first word before the club
        if words:
            start = m.end("name") - len(" ".join(words))
            name = text[start : m.end()]
            out.append(Mention(page, start, m.end(), name, name, t.ORGANIZATION, P_STRONG))
    return out


# a capitalised direction before a country's name, no capitalised word after it: a state or a region of its own
# named after the country ("South Australia", "Western Australia", "East Germany"); not "South China Morning Post"
_COMPASS_BEFORE = re.compile(r"(?<![\w\-])(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)[ \t]+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def _compass_region_start(text: str, start: int, end: int) -> int | None:
    """Where a region named by a direction and the country's name at ``text[start:end]`` starts, or None."""
    if t.fold(text[start:end]) not in t.country_names() or _CAPITAL_AFTER.match(text, end):
        return None
    compass = _COMPASS_BEFORE.search(text, max(0, start - 12), start)
    return compass.start() if compass else None


# a Chinese surname in pinyin right before or after a word ("Wang Yining", "Yanan Wang"); surnames that are
# also English words ("He said", "An official", "Long March", "Kashgar Song and Dance Troupe") are left out
_SURNAME_BEFORE = re.compile(r"(?<![\w\-’'.])(?P<surname>[A-Z][a-z]{1,5})[ \t]+\Z")
_SURNAME_AFTER = re.compile(r"[ \t]+(?P<surname>[A-Z][a-z]{1,5})(?![\w\-’']|[ \t]+[A-Z])")
_ENGLISH_SURNAMES = frozenset(
    {
        "he",
        "an",
        "song",
        "long",
        "sun",
        "fan",
        "bo",
        "tan",
        "lan",
        "pan",
        "gong",
        "kong",
        "wan",
        "tang",
        "bi",
        "shan",
        "tu",
        "pu",
        "you",
        "lou",
        "min",
        "chi",
        "ding",
        "ling",
        "man",
        # the pinyin of a division's level in an address ("Tianshan Qu, Urumqi Shi"), never a surname there
        "shi",
        "xian",
        "qu",
        "zhen",
        "xiang",
        "cun",
    }
)


def _pinyin_surname(m: re.Match[str]) -> bool:
    word = m.group("surname").lower()
    return word in t.PINYIN_SURNAMES and word not in _ENGLISH_SURNAMES


_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|to|of|near|across)[ \t]+\Z")


def _person_named_like_place(page: int, text: str, start: int, end: int) -> Mention | None:
    """ "Wang Yining, a lawyer", "said Yanan Wang": a place's one-word name beside a Chinese surname is a
    person's given name, and the two a person."""
    if not text[start:end].isalpha():
        return None
    before = _SURNAME_BEFORE.search(text, max(0, start - 8), start)
    after = _SURNAME_AFTER.match(text, end)
    if before and _pinyin_surname(before):
        start = before.start("surname")
    elif after and _pinyin_surname(after) and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 6), start):
        end = after.end("surname")  # not "Speaking in Beijing Wang said": a place after "in" is the place
    else:
        return None
    name = text[start:end]
    return Mention(page, start, end, name, name, t.PERSON, P_STRONG + 1)


_GIVEN_BEFORE = re.compile(rf"(?<![\w\-’'.])(?P<given>[{UPPER}][{LOWER}]+)[ \t]+\Z")
_FAMILY_AFTER = re.compile(rf"[ \t]+(?P<family>[{UPPER}][{LOWER}]+)(?![\w\-’'.]|[ \t]+[{UPPER}])")
_CAPITALISED_BEFORE = re.compile(rf"[{UPPER}][\w\-’'.]*[ \t]+\Z")
# the head words of bodies, which end no person's name beside a place's ("Minister Hami Prefecture")
_BODY_HEAD_WORDS = ORG_HEADS | PUBLIC_HEADS | NOT_ORG_HEADS


def _place_word_no_country(text: str, start: int, end: int) -> bool:
    """Whether a place's name is one word and no country's, so that it may be a person's name too."""
    return text[start:end].isalpha() and t.fold(text[start:end]) not in t.country_names()


def _other_word_a_place_or_title(word: str) -> bool:
    """Whether the word beside a place's name is a place, a title or a body's head word, so no name with it."""
    return known_place(word) or word in TITLE_TOKENS or word in _BODY_HEAD_WORDS


def _in_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation its line opens before it and has not closed."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.count('"') % 2 == 1 or line.rfind("“") > line.rfind("”")


def _after_then(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """A run without the "Then" that opens it before a post ("Then President of the Federation of …",
    "Then Party Secretary Chen Quanguo"): the word says when the post was held, and opens no name."""
    if len(words) < 2 or words[0] != "Then":
        return start, words
    return text.index(words[1], start + 4), words[1:]


# a possessive determiner, which opens no person's name after it ("its … campaign", "their … programme")
_OWNER_WORD_BEFORE = re.compile(r"(?<![\w\-])(?:its|their|our|your)[ \t]+\Z", re.IGNORECASE)


def _place_inside_a_name(page: int, text: str, start: int, end: int) -> Mention | None:
    """ "Mehmet Emin Buğra left", "Ahmad Shah Rahimi": a place's one-word name between two capitalised words
    that with it make a run of three, none of them a place or a common word, is a person's middle name, and
    the three a person."""
    if not _place_word_no_country(text, start, end) or _in_quotes(text, start):
        return None  # not a title's words: '"How China Turned a City Into a Prison"', '"Free Xinjiang Detainees"'
    before = _GIVEN_BEFORE.search(text, max(0, start - 20), start)
    after = _FAMILY_AFTER.match(text, end)
    if before is None or after is None or _CAPITALISED_BEFORE.search(text, max(0, before.start() - 30), before.start()):
        return None
    if _OWNER_WORD_BEFORE.search(text, max(0, before.start() - 8), before.start()):
        return None  # "its Free Xinjiang Detainees campaign": a thing the body owns, named; no person follows "its"
    outer = (before.group("given"), after.group("family"))
    if any(known_place(w) or w in CLAUSE_STARTERS or w in TITLE_TOKENS or w in QUESTION_WORDS for w in outer):
        return None  # nor a title's clause after its question word: "How Xinjiang Cotton Is Obscured"
    name = text[before.start("given") : after.end("family")]
    if not person_shaped(name):
        return None
    return Mention(page, before.start("given"), after.end("family"), name, name, t.PERSON, P_STRONG + 1)


# the lower-case role noun or the title just before a name ("spokesman Hami Aksoy", "Minister Aksu Bekov")
_POST_BEFORE = re.compile(r"(?<![\w\-’'.])(?P<post>[A-Za-z]+)[ \t]+\Z")


def _person_titled_like_place(page: int, text: str, start: int, end: int) -> Mention | None:
    """ "foreign affairs spokesman Hami Aksoy called": a place's one-word name after a post and before one
    capitalised word that is no place, no body's word and no common word is a person's given name, and the two a
    person (not "the governor Kashgar Prefecture", nor "minister in Hami City")."""
    if not _place_word_no_country(text, start, end):
        return None
    post = _POST_BEFORE.search(text, max(0, start - 30), start)
    after = _FAMILY_AFTER.match(text, end)
    if post is None or after is None or not title_or_role_word(post.group("post")):
        return None
    family = after.group("family")
    if _other_word_a_place_or_title(family):
        return None
    name = text[start : after.end("family")]
    if not person_shaped(name) or name_words_ok(name):
        return None  # a name the title rule reads already needs no second reading
    return Mention(page, start, after.end("family"), name, name, t.PERSON, P_STRONG + 1)


_CAPITALISED_AFTER = re.compile(rf"[ \t]+[{UPPER}]")


def _person_surnamed_like_place(page: int, text: str, start: int, end: int) -> Mention | None:
    """ "the poet Memet Emin was detained", "spokesman Ilyas Aksu said": a place's one-word name after a post and
    one capitalised word that is no place, no body's word and no common word, with no capitalised word after it, is
    a person's family name, and the two a person (not "the governor of Kashgar", nor "Minister Hami Prefecture");
    so is one with the person's age set off by commas after it in place of the post ("Memet Emin, 62, was held")."""
    if not _place_word_no_country(text, start, end):
        return None
    given = _GIVEN_BEFORE.search(text, max(0, start - 20), start)
    if given is None or _CAPITALISED_AFTER.match(text, end):
        return None
    post = _POST_BEFORE.search(text, max(0, given.start() - 30), given.start())
    aged = re.match(AGE_SET_OFF, text[end : end + 12]) is not None  # "Memet Emin, 62, was held": an age after it
    if not aged and (post is None or not title_or_role_word(post.group("post"))):
        return None
    return _given_and_place(page, text, given, end)


def _given_and_place(page: int, text: str, given: re.Match[str], end: int) -> Mention | None:
    """The person a given name (``_GIVEN_BEFORE``) and a place's word read as a family name make, ending at
    ``end``: None where the given name is a place's, a title's, a clause's opening or a common word, or the two
    are not shaped as a name."""
    word = given.group("given")
    if _other_word_a_place_or_title(word) or word in CLAUSE_STARTERS or common_word(word):
        return None
    name = text[given.start("given") : end]
    if not person_shaped(name):
        return None
    return Mention(page, given.start("given"), end, name, name, t.PERSON, P_STRONG + 1)


# a post set off by a comma after a name, with its body or its field after it: ", president of the …", ", a
# professor at …", ", spokesman for …"
_APPOSED_POST_AFTER = re.compile(r",[ \t]+(?:(?:a|an|the)[ \t]+)?(?P<post>[a-z]+)[ \t]+(?:of|at|for|with|in)\b")


def _person_posted_like_place(page: int, text: str, start: int, end: int) -> Mention | None:
    """ "Kuzzat Altay, president of the association, said": a place's one-word name after one capitalised word
    that is no place, no body's word and no common word, before a post set off by a comma, is a person's family
    name, and the two a person (not "Urumqi, capital of the region", nor "in Kashgar, Hotan, …")."""
    if not _place_word_no_country(text, start, end):
        return None
    given = _GIVEN_BEFORE.search(text, max(0, start - 20), start)
    post = _APPOSED_POST_AFTER.match(text, end)
    if given is None or post is None or not title_or_role_word(post.group("post").capitalize()):
        return None  # "president", "chair": a role's noun or a title's word, written in lower case
    if _CAPITALISED_BEFORE.search(text, max(0, given.start() - 30), given.start()):
        return None  # "Chief Engineer Ning Hami, …", a run of capitalised words the other rules read
    return _given_and_place(page, text, given, end)


# two capitalised words joined by an ampersand, a partnership's name: "Holland & Knight", "Baker & Hollis"
_PARTNERS_RE = re.compile(rf"(?<![\w\-’'.&])[{UPPER}][{LOWER}]+[ \t]+&[ \t]+[{UPPER}][{LOWER}]+(?![\w\-’']|[ \t]+&)")


def _partners_firm(page: int, text: str, start: int, end: int) -> Mention | None:
    """ "Holland & Knight said": a place's one-word name joined by an ampersand to a capitalised word that is
    no place and no common word is a partner's family name, and the two a firm with its legal form if one follows
    (not "Holland & Belgium", two places, nor "Xinjiang & Trade", a heading's words)."""
    m = next(
        (m for m in _PARTNERS_RE.finditer(text, max(0, start - 24), end + 24) if m.start() <= start < m.end()), None
    )
    if m is None:
        return None
    other = [w for w in re.split(r"[ \t]+&[ \t]+", m.group(0)) if w != text[start:end]]
    if len(other) != 1 or known_place(other[0]) or common_word(other[0]):
        return None
    end = corporate_end(text, m.end())  # "Jordan & Smith LLP": the firm with its legal form
    name = clean_name(text[m.start() : end])
    return Mention(page, m.start(), end, text[m.start() : end], name, t.ORGANIZATION, P_STRONG + 1)


def _called_by_a_surname(short: str, form: str) -> bool:
    """ "Tang Weiping (Tang)", "Zhang Jian-guo (Zhang)": a person's whole name and, in brackets, the family name
    (first or last of its words) the page then calls the person by; no short form of a body."""
    words = form.split()
    return short in (words[0], words[-1]) and classify_run(words) is None and person_shaped(form)


# a company's name with its legal form, then the words of it the page will call it by, in brackets: "Hami
# Jinlong Data Systems Co., Ltd. (Jinlong Data)"
_COMPANY_THEN_SHORT_RE = re.compile(
    rf"(?P<long>[A-Z][\w&\-]*(?:[ \t]+[A-Z][\w&\-]*){{1,6}}?{CORPORATE_RE.pattern})[ \t]*"
    r"\([\"“‘]?(?P<short>[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){0,2})[\"”’]?\)"
)


# a letterhead's company in capitals on a line of its own, with its legal form: "MERIDIAN APPAREL HOLDINGS PLC",
# "NORTHWIND TEXTILES LIMITED"; or in a running head's cell, set apart by wide spaces or tabs from the page's number
# and the report's title ("42      NORTHWIND TEXTILES HOLDINGS LIMITED      ANNUAL REPORT 2023"), its words one
# or two spaces apart, so that no name runs on across a cell's gap
_CAPS_COMPANY_LINE_RE = re.compile(
    r"(?m)(?:^[ \t]*|(?<=[ \t]{3})|(?<=\t))"
    r"(?P<name>[A-Z][A-Z&'’\-]+(?:[ ]{1,2}(?:[A-Z][A-Z&'’\-]+|\([A-Z]{2,}\))){0,5})(?P<comma>,?)[ ]{1,2}"
    r"(?P<form>PLC|LTD\.?|LIMITED|LLP|LLC|GMBH|AG|INC\.?|CO\.,?[ ]{1,2}LTD\.?)(?=[ \t]*$|[ \t]{3}|\t)"
)
# a legal form in capitals as a company's name in running text writes it ("LIMITED": "Limited")
_LEGAL_FORM_WRITTEN = {
    form.upper(): form for form in ("Limited", "Ltd", "Ltd.", "Inc", "Inc.", "plc", "LLP", "LLC", "GmbH", "AG")
}


# a law or an accounting firm named by its partners' surnames set apart by commas before "& Partners" or "& Co.",
# as Hong Kong's, Singapore's and Britain's firms are: "Wong, Leung & Partners", "Tan, Lim & Co."
_COMMA_FIRM_RE = re.compile(
    r"(?<![\w\-’'])(?P<name>[A-Z][a-z]+(?:,[ \t]+[A-Z][a-z]+)+,?[ \t]+&[ \t]+(?:Partners|Co\.|Company|Associates))"
    r"(?![\w\-])"
)


def _comma_firms(page: int, text: str) -> list[Mention]:
    """A firm named by its partners' surnames between commas (``_COMMA_FIRM_RE``), whole: one body, not a person
    and a firm after it; no place or sentence's opening word is a partner."""
    out = []
    for m in _COMMA_FIRM_RE.finditer(text):
        first = m.group("name").split(",")[0]
        if first in CLAUSE_STARTERS or known_place(first):
            continue
        out.append(Mention.whole(page, m, t.ORGANIZATION, P_STRONG + 1))
    return out


def _caps_company_lines(page: int, text: str) -> list[Mention]:
    """A company a letterhead or a register names in capitals with its legal form: the company, named as its words
    in title case with the form as running text writes it ("MARLOWE SECRETARIAL SERVICES LIMITED": "Marlowe
    Secretarial Services Limited"), and known without the form, as a company in title case is; a bracketed
    country's letters stay capitals ("(UK)")."""
    out = []
    for m in _CAPS_COMPANY_LINE_RE.finditer(text):
        short = re.sub(r"\((\w+)\)", lambda b: b.group(0).upper(), m.group("name").title())
        form = m.group("form")
        name = f"{short}{m.group('comma')} {_LEGAL_FORM_WRITTEN.get(form, form.title())}"
        written = m.group(0).strip()
        kind, start = t.ORGANIZATION, m.start("name")
        out.append(Mention(page, start, m.end(), written, name, kind, P_STRONG, canonical=short, strong=True))
    return out


# a cell of a court's caption, which a column of colons parts into cells, naming a party in capitals: "… : : U.S.
# DEPARTMENT OF LABOR, : 200 Main Street …", "NORTHWIND APPAREL INC., : 14 Pine Street …"
_CAPS_CAPTION_CELL_RE = re.compile(
    r"(?:^|(?<=:[ \t]))[ \t]*(?P<name>(?:U\.S\.[ \t]+)?[A-Z][A-Z&\-]+(?:[ \t]+[A-Z][A-Z&\-]+\.?){1,7})"
    r"[ \t]*,?[ \t]*(?=:)",
    re.MULTILINE,
)
_SMALL_WORDS = {"Of", "And", "For", "The", "On", "In"}
_CAPS_LEGAL_FORMS = {form.upper() for form in t.LEGAL_FORMS} | {"CORPORATION", "COMPANY"}


def _small_words_lower(words: list[str]) -> list[str]:
    """Title-cased words with their small words after the first in lower case ("Court of Justice")."""
    return [w.lower() if w in _SMALL_WORDS and i else w for i, w in enumerate(words)]


def _caps_as_written(words: str) -> str:
    """Words in capitals in title case, a possessive's "s" in lower case ("KING'S BENCH" is "King's Bench")."""
    return words.title().replace("’S", "’s").replace("'S", "'s")


def _caps_caption_bodies(page: int, text: str) -> list[Mention]:
    """The bodies a caption names in capitals, one a cell between its colons: a public body or an organisation
    by its head word, a company by its legal form; named as its words are written in title case."""
    out = []
    for m in _CAPS_CAPTION_CELL_RE.finditer(text):
        words = [w if "." in w.rstrip(".") else w.title() for w in m.group("name").split()]
        words = _small_words_lower(words)
        if _caps_post(m.group("name").split()[0]):
            continue  # "… : SECRETARY FOR EXPORT ADMINISTRATION,": the rest of a post a cell's end broke
        kind = classify_run(words)
        if kind is None and m.group("name").split()[-1].rstrip(".") in _CAPS_LEGAL_FORMS:
            kind = t.ORGANIZATION
        if kind in (t.PUBLIC_BODY, t.ORGANIZATION):
            name = " ".join(words)
            out.append(Mention(page, m.start("name"), m.end("name"), m.group("name"), name, kind, P_STRONG))
    return out


# a body a court's heading or a masthead names in capitals on a line of its own, after "IN THE", a party's number
# in brackets or "THE": "IN THE HIGH COURT OF JUSTICE", "ADMINISTRATIVE COURT", "(2) NATIONAL CRIME AGENCY"; a US
# court's district on the next line, opened by "FOR THE" ("UNITED STATES DISTRICT COURT" / "FOR THE DISTRICT OF
# COLUMBIA"), is part of its name
_CAPS_NAME_WORDS = r"[A-Z][A-Z&’'\-]+(?:[ \t]+[A-Z][A-Z&’'\-]+){1,7}"
_CAPS_BODY_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:IN[ \t]+THE[ \t]+|\(\d{1,2}\)[ \t]+|THE[ \t]+)?"
    rf"(?P<name>{_CAPS_NAME_WORDS}(?:[ \t]*\n[ \t]*FOR[ \t]+THE[ \t]+{_CAPS_NAME_WORDS})?)[ \t]*,?[ \t]*$"
)


# a court's judgment or order as its first page lays it out: a case's, a claim's or a civil action's number, a
# neutral citation, or a party's role on a line of its own under the party's name ("Claimant", "Respondents"),
# before a caption's column of brackets ("Plaintiffs,   )")
_COURT_PAGE_RE = re.compile(
    r"(?im)^[ \t]*(?:Neutral[ \t]+Citation|(?:Case|Claim|Appeal|Civil[ \t]+Action)[ \t]+No\b"
    r"|(?:Claimants?|Defendants?|Appellants?|Respondents?|Applicants?|Petitioners?|Plaintiffs?)"
    r"[ \t]*[,.]?[ \t]*(?:\)[^\n]*)?$)"
)


def _caps_body_lines(page: int, text: str) -> list[Mention]:
    """The bodies a court's heading names in capitals, one a line, on a judgment's or an order's first page, or
    the public body a letterhead names on a page's first line ("EASTMERE DISTRICT COUNCIL" over its minutes): a
    public body or (on a court's page) an organisation by its head word, named as its words are written in title
    case ("KING'S BENCH DIVISION" is King's Bench Division); not a news page's upper-case labels ("LOCAL NEWS")."""
    out: list[Mention] = []
    court = _COURT_PAGE_RE.search(text) is not None
    first_line = text.rfind("\n", 0, len(text) - len(text.lstrip())) + 1
    for m in _CAPS_BODY_LINE_RE.finditer(text):
        letterhead = m.start() == first_line
        if not (court or letterhead):
            continue
        words = [_caps_as_written(w) for w in m.group("name").split()]
        words = _small_words_lower(words)
        first = m.group("name").split()[0]
        if _caps_post(first) and not first.endswith(("'S", "’S")):
            continue  # "SECRETARY OF STATE FOR THE HOME DEPARTMENT": a post, no body (not "KING'S BENCH …")
        kind = classify_run(words)
        if kind == t.PUBLIC_BODY or (court and kind == t.ORGANIZATION):  # a letterhead's "LOCAL NEWS" is a label
            written = " ".join(m.group("name").split())
            out.append(Mention(page, *m.span("name"), written, " ".join(words), kind, P_STRONG))
    return out


# a political party by its initials before the word "party" in lower case ("the ACT party has gained support",
# "DPP party members"): the initials name the party, whatever place the same letters stand for elsewhere
_PARTY_INITIALS_RE = re.compile(r"(?<![\w\-.])(?P<name>[A-Z]{2,6})(?=[ \t]+party\b)")


def _party_initials(page: int, text: str) -> list[Mention]:
    """A party named by its initials before the word "party" (a body, not the place its letters may spell)."""
    return [
        Mention(page, *m.span("name"), m.group("name"), m.group("name"), t.ORGANIZATION, P_STRONG)
        for m in _PARTY_INITIALS_RE.finditer(text)
    ]


# a party named in capitals on a line of its own over the line of its role in the case, blank lines between or
# not, as a judgment's first page lays out its parties ("ELKAN NURI" / "Applicant", "JANE ROE" / "Respondent")
_CAPS_PARTY_RE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'\-]+){1,3})[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*"
    r"(?:Claimants?|Defendants?|Appellants?|Respondents?|Applicants?|Petitioners?|Plaintiffs?)[ \t]*[,.]?[ \t]*$"
)


def _caps_party_names(page: int, text: str) -> list[Mention]:
    """The person a judgment names as a party in capitals over the party's role: a person's name by its shape once
    written in title case, and no body's, post's or place's ("THE MINISTER OF …" and "URAP" are none)."""
    return named_people(page, text, _CAPS_PARTY_RE, _party_person_ok, _as_written_name)


def _party_person_ok(name: str) -> bool:
    """Whether a party's name, written as a name, is a person's: its first word no post's (read in the capitals the
    judgment wrote it in), a person's name by its shape, no body's or place's."""
    if _caps_post(name.split()[0].upper()) or not person_name_ok(name):
        return False
    return classify_run(name.split()) is None and not known_place(name)


def _company_short_names(page: int, text: str) -> list[Mention]:
    """A company named with its legal form and, in brackets after it, one to three of its own words: the
    company and the short name it goes by (which the next mentions use alone), however personal its words look."""
    found = []
    for m in _COMPANY_THEN_SHORT_RE.finditer(text):
        words, short = m.group("long").split(), m.group("short")
        if not all(w in words for w in short.split()):
            continue  # "Acme Holdings Ltd. (United Kingdom)": its country, no short name
        name = clean_name(without_legal_form(m.group("long")))
        for key, forms in (("long", (short,)), ("short", ())):
            start, end = m.span(key)
            body = Mention(page, start, end, m.group(key), clean_name(m.group(key)), t.ORGANIZATION, P_STRONG)
            body.canonical, body.strong, body.short_forms = name, True, forms
            found.append(body)
    return found


# a body's short form in brackets made of its place and the initials of the rest: "Kashgar Prefecture Public
# Security Bureau (Kashgar PSB)", "Hotan City Court (Hotan HC)"
_PLACE_AND_INITIALS_RE = re.compile(r"\((?P<short>(?P<place>[A-Z][a-z]+)[ \t]+(?P<initials>[A-Z]{2,6}))\)")


def _place_and_initials_short_forms(page: int, text: str) -> list[Mention]:
    """A body named in full, then in brackets the place its name opens with and the initials of the words
    after it: the body, and the short form the page then calls it by."""
    found = []
    for m in _PLACE_AND_INITIALS_RE.finditer(text):
        window = max(0, m.start() - 200)
        before = text[window : m.start()].rstrip()
        rest = long_form(m.group("initials"), before)
        head = re.search(rf"{re.escape(m.group('place'))}(?:[ \t]+[A-Z][a-z]+)?[ \t]+{re.escape(rest or '^')}$", before)
        if rest is None or head is None or classify_run(head.group(0).split()) is None:
            continue
        start = window + head.start()
        form, short = head.group(0), m.group("short")
        kind = classify_run(form.split()) or t.ORGANIZATION
        name = clean_name(form)
        for span, written, forms in (((start, start + len(form)), form, (short,)), (m.span("short"), short, ())):
            body = Mention(page, *span, written, clean_name(written), kind, P_STRONG, canonical=name, strong=True)
            body.short_forms = forms
            found.append(body)
    return found + _short_forms_again(page, text, {m.name: m for m in found if not m.short_forms})


def _short_forms_again(page: int, text: str, shorts: dict[str, Mention]) -> list[Mention]:
    """The page's later mentions of short forms it defined in brackets (one pass over the page for them all)."""
    if not shorts:
        return []
    pattern = re.compile(r"(?<![\w\-])(?:" + "|".join(map(re.escape, sorted(shorts, key=len, reverse=True))) + r")\b")
    found = []
    for m in pattern.finditer(text):
        first, written = shorts[m.group(0)], m.group(0)
        if m.start() > first.start:
            again = Mention(page, *m.span(), written, first.name, first.type, P_STRONG, canonical=first.canonical)
            found.append(again)
    return found


# a company's name, its seat in brackets, then only its legal form: "Northgate Sourcing (Hong Kong) Limited"
_SEAT_THEN_LEGAL_FORM_RE = re.compile(
    r"(?<![\w\-&])(?P<name>[A-Z][\w&\-]*(?: {1,2}[A-Z][\w&\-]*){0,3})[ \t]*"  # a tab parts a table's cells
    rf"\((?P<seat>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)\)[ \t]+(?P<form>(?:{LEGAL_FORM})\b\.?)"
)


def _seat_in_brackets(seat: str) -> bool:
    """Whether a word in brackets before a legal form is the company's seat: a place the gazetteer knows, or a
    place's code in capitals ("HK", "UK", "PRC") or a town too small for the gazetteer written as one capitalised
    word ("Shanshan"): the brackets and the legal form after them say it is part of a company's name."""
    return known_place(seat) or re.fullmatch(r"[A-Z]{2,3}|[A-Z][a-z]+", seat) is not None


def _companies_with_a_bracketed_seat(page: int, text: str) -> list[Mention]:
    """A company whose seat stands in brackets right before its legal form: one company, the place a part of
    its name ("Northgate Sourcing (HK) Limited", "Tarim Solar (Toksun) Co., Ltd.")."""
    found = []
    for m in _SEAT_THEN_LEGAL_FORM_RE.finditer(text):
        if not _seat_in_brackets(m.group("seat")) or classify_run(m.group("name").split()) not in (
            None,
            t.ORGANIZATION,
        ):
            continue
        name = clean_name(m.group(0))
        core = without_legal_form(name)
        found.append(Mention(page, *m.span(), m.group(0), name, t.ORGANIZATION, P_STRONG, canonical=core, strong=True))
    return found


# a list's line of a brand, then in brackets the company that owns it, and a link's word or nothing more: "Polo
# Jack Marlow (Jack Marlow Corporation)", "Tallis Sport (Tallis Group) here"
_BRAND_OF_COMPANY_RE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][\w&\-’']*(?:[ \t]+[A-Z][\w&\-’']*){0,3})[ \t]*"
    r"\((?P<owner>[A-Z][\w&\-.’']*(?:[ \t]+[\w&\-.’',]+){0,4})\)(?:[ \t]+[Hh]ere)?[ \t]*$"
)


def _brands_of_a_bracketed_company(page: int, text: str) -> list[Mention]:
    """A name alone on its line before a company's name in brackets that repeats one of its words: the company's
    brand or unit, a body, though it reads like a person's name ("Polo Jack Marlow (Jack Marlow Corporation)")."""
    found = []
    for m in _BRAND_OF_COMPANY_RE.finditer(text):
        words, owner = m.group("name").split(), m.group("owner").rstrip(" ,").split()
        if classify_run(owner) != t.ORGANIZATION or not set(words) & {w for w in owner if w[:1].isupper()}:
            continue
        if known_place(m.group("name")) or classify_run(words) not in (None, t.ORGANIZATION, t.PERSON):
            continue
        name = clean_name(m.group("name"))
        found.append(Mention(page, *m.span("name"), m.group("name"), name, t.ORGANIZATION, P_STRONG))
    return found


# a citation's record in BibTeX: its authors or editors between braces or quotes, joined by "and"
# ("author={Jane Roe and Roe, Tom}")
_BIBTEX_PEOPLE_RE = re.compile(r"\b(?:author|editor)[ \t]*=[ \t]*[{\"](?P<names>[^{}\"\n]{3,300})[}\"]")
_BIBTEX_NAME_RE = re.compile(r"(?:^|(?<=[ \t]and[ \t]))[^ \t].*?(?=[ \t]+and[ \t]|$)")


def _bibtex_people(page: int, text: str) -> list[Mention]:
    """The people a BibTeX record names as its authors or editors, each as written ("Roe, Tom" read as Tom
    Roe) where a person's name by its shape."""
    out = []
    for m in _BIBTEX_PEOPLE_RE.finditer(text):
        out += _people_listed(page, m.start("names"), m.group("names"), _BIBTEX_NAME_RE)
    return out


# a bill's sponsors listed after their label, family name first, a dash before each ("Cosponsors: - Roe, Jane -
# Doe, Tom"), or a semicolon between them ("Sponsors: Roe, Jane; Doe, Tom")
_SPONSORS_RE = re.compile(
    r"\b(?:Co-?[Ss]ponsors?|Sponsors?|Signatories)[ \t]*:[ \t]*(?:-[ \t]*)?(?P<names>[A-Z][^\n:]{3,600})"
)
_SPONSOR_NAME_RE = re.compile(r"(?:^|(?<=[ \t]-[ \t])|(?<=;[ \t]))[A-Z][^;]*?(?=[ \t]+-[ \t]|[ \t]*;|[ \t]*$)")


def _sponsors(page: int, text: str) -> list[Mention]:
    """The people a bill's page lists as its sponsors, each "Family, Given" read as Given Family."""
    out = []
    for m in _SPONSORS_RE.finditer(text):
        out += _people_listed(page, m.start("names"), m.group("names"), _SPONSOR_NAME_RE)
    return out


# a bill of a state's or a country's chamber by its number ("House Bill 1187", "Senate Bill No. 52", "Assembly Bill
# 3"): a law's name, whose chamber is no body there
_STATE_BILL_RE = re.compile(
    r"\b(?:House|Senate|Assembly)[ \t]+(?:Joint[ \t]+)?(?:Bill|Resolution)[ \t]+(?:No\.[ \t]*)?\d{1,5}\b"
)


def _state_bills(page: int, text: str) -> list[Mention]:
    """The bills a page names by their chamber and number, as laws."""
    bills = _STATE_BILL_RE.finditer(text)
    return [Mention(page, m.start(), m.end(), m.group(0), m.group(0), t.LAW, P_STRONG) for m in bills]


def _people_listed(page: int, start: int, names: str, part_re: re.Pattern[str]) -> list[Mention]:
    """The people of a list (``names``, found at ``start``) whose items ``part_re`` finds, each as written
    ("Roe, Tom" read as Tom Roe) where a person's name by its shape."""
    out = []
    for part in part_re.finditer(names):
        written = part.group(0).strip()
        family, _, given = written.partition(", ")
        name = f"{given} {family}" if given else written
        if person_shaped(name) and person_name_ok(name):
            at = start + part.start()
            out.append(Mention(page, at, at + len(written), written, name, t.PERSON, P_STRONG))
    return out


# a word that ends a title's words and no name: a caption's label ("Image") or a retired rank ("Emerita")
_LABEL_OR_RANK_LAST = PICTURE_WORDS | RETIRED_RANKS


def _acronym_mentions(page: int, text: str) -> list[Mention]:
    """Names written in full before their short form in brackets ("the World Uyghur Congress (WUC)"): the full
    name and the short form, each a strong mention of a body, a place or a person."""
    found: list[Mention] = []
    for m in PAREN_RE.finditer(text):
        short = m.group(1).rstrip(".")
        if not (short.isupper() or re.fullmatch(r"[A-Z][a-z]{3,}", short)) or len(short) < 2:
            continue
        if short in FILE_FORMATS:
            continue  # '"Exporting Coercion: ... Transfers" (PDF)': a reference's file format, no acronym
        if short in DEGREES:
            continue  # "Xinjiang Arts Institute (BA)": the degree it gave, no short form of the body
        if known_place(short):
            continue  # "Norwegian Uyghur Committee (Norway)": the body's country, not its short form
        if _INSTRUMENT_NUMBER_RE.match(text, m.end()):
            continue  # "Executive Order (E.O.) 13818": an instrument and its number, no body
        before = text[max(0, m.start() - 200) : m.start()].rstrip()
        form = long_form(short, before) or _body_before_foreign_initials(short, before)
        if not form:
            continue
        flex = re.escape(form).replace(r"\ ", r"\s+")
        located = None
        for lm in re.finditer(flex, text[max(0, m.start() - 300) : m.start()]):
            located = lm
        if located is None:
            continue
        lstart = max(0, m.start() - 300) + located.start()
        form = located.group(0)
        owned = possessive_split(text, lstart, lstart + len(form), form.split())[-1][0]
        if owned > lstart:  # "Bachelet's Office of the High Commissioner for Human Rights (OHCHR)"
            form, lstart = text[owned : lstart + len(form)], owned
        lstart, form = _with_head_before(text, lstart, form)
        if form.split()[-1] in NOT_ORG_HEADS and classify_run(form.split()) is None:
            continue  # "Withhold Release Order (WRO)": a document's name and its initials, no body
        if thing_named_after_initials(text, lstart + len(form), form.split()):
            continue  # "its Specially Designated Nationals (SDN) list": the list's name, the list's noun after it
        kind = classify_run(form.split()) or (t.PERSON if _called_by_a_surname(short, form) else t.ORGANIZATION)
        long_name = clean_name(form)
        place = t.gazetteer_index().get(t.fold(long_name))
        canonical = long_name
        if place is not None:
            kind, canonical = place.type, place.canonical
        found.append(
            Mention(
                page,
                lstart,
                lstart + len(form),
                form,
                long_name,
                kind,
                P_STRONG,
                canonical=canonical,
                strong=True,
                short_forms=(short,),
            )
        )
        found.append(
            Mention(
                page,
                m.start(1),
                m.start(1) + len(short),
                short,
                short,
                kind,
                P_STRONG,
                canonical=canonical,
                strong=True,
            )
        )
    return found


# a capitalised word right before a match, on its line
_CAPITALISED_BEFORE_RE = re.compile(r"(?<![\w\-])[A-Z][a-z]+[ \t]+\Z")


def _titled_names(page: int, text: str, raw: str) -> list[Mention]:
    """People named after a title or a role ("Professor Rahile Dawut", "the lawyer Jane Roe"), each with the
    post's title before the name (``raw``: the page as stored, or empty)."""
    found: list[Mention] = []
    for m in _title_re().finditer(text):
        name = before_headline_verb(clean_name(m.group("name")))
        words = name.split()
        honorifics = 0
        while len(words) > 1 and (
            words[0].rstrip(".") in t.HONORIFICS or (len(words) > 2 and words[0] in t.TITLE_WORD_PARTS)
        ):
            # "the barrister Sir Geoffrey Nice" is Geoffrey Nice; "Magistrate Judge G. Michael Harvey", a title of
            # two words, is G. Michael Harvey
            honorifics += len(words.pop(0)) + 1
        cut = []
        while words and not name_words_ok(words[-1]) and not surnamed_as_a_title(words):
            cut.append(words.pop())  # (but "founder Erik Prince": a title that is a family name ends the name)
        if any(w in PUBLIC_HEADS | ORG_HEADS for w in cut):
            continue  # "the General Services Administration": a body's name that opens with a title's word
        if any(w in ADDRESS_HEADS for w in cut) and m.group(0).split()[0].rstrip(".") not in _PLAIN_ADDRESS:
            continue  # "King Charles Street", "Queen Victoria Street": a street named after a title's bearer
        if _PORTFOLIO_OF_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the Department of General Services": a body's portfolio that opens with a title's word
        if _post_named_on(words):
            continue  # "the Chief Compliance Officer, Ana Ruiz", "General Counsel": a post's words, no name
        if len(words) == 1 and words[0] in NOT_ORG_HEADS | ORG_HEADS | PUBLIC_HEADS:
            continue  # "(Special General Partnership)": a kind of body after a title's word, no name
        if words and words[-1] in _LABEL_OR_RANK_LAST:
            continue  # "Senator Photo": a caption's label; "Professor Emerita, University of …": a retired rank
        if (
            len(words) == 1
            and common_word(words[0])
            and _CAPITALISED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        ):
            continue  # "the Annual General Meeting": a title's word inside a name of common words, no one named
        name = " ".join(words)
        if name and (name_words_ok(name) or surnamed_as_a_title(words)):
            s = m.start("name") + len(text[m.start("name") :]) - len(text[m.start("name") :].lstrip())
            s = text.index(words[0], s) if honorifics else s
            if credit_label(raw or text, s, s + len(name)):
                continue  # "contributing writer\nPhotographs by …": the next line's credit, no name
            if opens_with_a_label(raw or text, s):
                continue  # "Occupation Economist, blogger\nKnown for …": the next field's label, no name
            if _indefinite_role_ends_line(raw or text, m.start(), s):
                continue  # "X is an Almaty-based journalist\nSign up for …": the next line's words, no name
            found.append(Mention(page, s, s + len(name), text[s : s + len(name)], name, t.PERSON, P_STRONG))
            found.append(_post_title(page, text, m.start(), m.start() + len(text[m.start() : s].rstrip(" .\n\t"))))
    return found


def _shape_rule_mentions(page: int, text: str, raw: str) -> list[Mention]:
    """What the rules that each read one shape of language or layout find (``raw``: the page as stored, or
    empty), in the order they run."""
    found: list[Mention] = []
    found.extend(_names_after_a_portfolio(page, text))
    found.extend(_names_below_a_post(page, raw or text))
    found.extend(_post_nominal_names(page, text))
    found.extend(_infobox_people(page, raw or text))
    found.extend(_record_credits(page, raw or text))
    found.extend(_notice_contacts(page, text))
    found.extend(_addressed_surnames(page, text))
    found.extend(_industrial_zones(page, text))
    found.extend(_bodies_of_a_shared_head(page, text))
    found.extend(_places_in_a_province(page, text))
    found.extend(_photo_credits(page, text))
    found.extend(_labelled_credits(page, raw or text))
    found.extend(_initialled_witnesses(page, text))
    found.extend(_run_in_credits(page, text, raw or text))
    found.extend(_signed_names(page, text))
    found.extend(_apposed_names(page, text))
    found.extend(_listed_relatives(page, text))
    found.extend(_owners_and_apposed_people(page, text, raw))
    found.extend(_wire_and_site_names(page, text) + _party_initials(page, text))
    found.extend(_caps_company_lines(page, text))
    found.extend(_comma_firms(page, text))
    found.extend(_caps_caption_bodies(page, text))
    found.extend(_caps_body_lines(page, raw or text) + _caps_party_names(page, raw or text))
    found.extend(_reflexive_names(page, text))
    found.extend(_body_owned_people(page, text))
    found.extend(_numbered_titles(page, raw or text) + _names_with_at_alone(page, raw or text))
    found.extend(_post_authors(page, raw or text))
    found.extend(_post_header_people(page, raw or text))
    found.extend(_bio_bodies(page, raw or text))
    found.extend(_initialled_line_people(page, raw or text))
    found.extend(_programme_speakers(page, raw or text))
    found.extend(_names_after_closing(page, raw or text))
    found.extend(_addressed_initialled_people(page, text))
    found.extend(_initials_post_line_people(page, raw or text))
    found.extend(_witness_pseudonyms(page, text))
    found.extend(_caps_signatures(page, raw or text) + _signed_filing_names(page, raw or text))
    found.extend(_deponents(page, raw or text))
    found.extend(_caps_judges(page, raw or text))
    found.extend(_judges_by_letters(page, text))
    found.extend(_caps_names_over_a_post(page, raw or text))
    found.extend(_roster_people(page, raw or text))
    found.extend(_caps_speaker_lines(page, raw or text))
    found.extend(_record_speakers(page, text, raw or text))
    found.extend(_pinyin_caps_family_names(page, raw or text))
    found.extend(_bracketed_law_names(page, text))
    found.extend(_publisher_lines(page, raw or text))
    found.extend(_caps_initialled_names(page, raw or text))
    found.extend(_speaker_labels(page, raw or text))
    found.extend(_named_people(page, text))
    found.extend(_aged_people(page, text))
    found.extend(_peers(page, raw or text) + _crown_bodies(page, raw or text) + _sector_bodies(page, text))
    found.extend(_plural_titled_surnames(page, text))
    found.extend(_names_before_dotted_han(page, text) + _dotted_pinyin_names(page, text))
    found.extend(_military_unit_numbers(page, text))
    found.extend(_members_constituencies(page, text))
    found.extend(_bracketed_given_names(page, text))
    found.extend(_company_short_names(page, text))
    found.extend(_companies_with_a_bracketed_seat(page, text))
    found.extend(_brands_of_a_bracketed_company(page, raw or text))
    found.extend(_bibtex_people(page, text) + _sponsors(page, text) + _state_bills(page, text))
    found.extend(_place_and_initials_short_forms(page, text))
    found.extend(_listed_people(page, text))
    found.extend(_name_column_people(page, raw or text))
    found.extend(_body_column_names(page, raw or text))
    found.extend(_place_column_names(page, raw or text))
    found.extend(_numbered_units(page, text))
    found.extend(_military_areas(page, text))
    found.extend(_chambers(page, text))
    found.extend(_parliament_alone(page, text))
    found.extend(_speakers(page, raw or text))
    found.extend(_members_seats(page, text))
    found.extend(_uyghur_names(page, text))
    found.extend(_sites(page, text))
    found.extend(_football_clubs(page, text))
    return found


def _gazetteer_mentions(page: int, text: str) -> list[Mention]:
    """The places and bodies the gazetteer knows, or the person, the facility or the longer place named with
    one of its names."""
    found: list[Mention] = []
    index = t.gazetteer_index()
    for m in gazetteer_re().finditer(text):
        entry = index.get(t.fold(m.group(0)))
        if entry is None or currency_code(text, m.end()):
            continue  # "US$ 7.1 billion": a currency's sign, no place
        person = (
            _person_named_like_place(page, text, m.start(), m.end())
            or _place_inside_a_name(page, text, m.start(), m.end())
            or _person_titled_like_place(page, text, m.start(), m.end())
            or _person_surnamed_like_place(page, text, m.start(), m.end())
            or _person_posted_like_place(page, text, m.start(), m.end())
            or _partners_firm(page, text, m.start(), m.end())
            if entry.type == t.PLACE
            else None
        )
        if person:
            found.append(person)
            continue
        region = _compass_region_start(text, m.start(), m.end()) if entry.type == t.PLACE else None
        if region is not None:  # "in South Australia": the state, not the country
            name = text[region : m.end()]
            found.append(Mention(page, region, m.end(), name, name, t.PLACE, P_STRONG))
            continue
        numbered = _NUMBER_AFTER.match(text, m.end()) if entry.type == t.PLACE else None
        if numbered:  # "held at Urumqi No. 3 for a year": a numbered facility's short name, not the city
            name = text[m.start() : numbered.end()]
            found.append(Mention(page, m.start(), numbered.end(), name, name, t.FACILITY, P_STRONG))
            continue
        feature = _FEATURE_AFTER.match(text, m.end())
        if entry.type == t.PLACE and feature:  # "Hong Kong Island": a place of its own, named after another
            name = text[m.start() : feature.end()]
            found.append(Mention(page, m.start(), feature.end(), name, name, t.PLACE, P_STRONG))
            continue
        autonomous = _AUTONOMOUS_AFTER.match(text, m.end()) if entry.type == t.PLACE else None
        if autonomous:  # "the Taxkorgan Tajik Autonomous County": the place, by its full name
            name = text[m.start() : autonomous.end()]
            found.append(
                Mention(page, m.start(), autonomous.end(), name, name, t.PLACE, P_STRONG, entry.canonical, True)
            )
            continue
        found.append(
            Mention(
                page,
                m.start(),
                m.end(),
                m.group(0),
                t.fold(m.group(0)),
                entry.type,
                P_STRONG,
                canonical=entry.canonical,
                strong=True,
            )
        )
    return found


def _known_body_mentions(page: int, text: str) -> list[Mention]:
    """Well-known bodies by their English names and short forms."""
    found: list[Mention] = []
    for body in known_bodies.find(text):
        entry = body.entry
        # with the legal form the page writes after it ("Volkswagen AG said"), a company's name as written
        end = corporate_end(text, body.end) if entry.type == t.ORGANIZATION else body.end
        form = text[body.start : end]
        found.append(Mention(page, body.start, end, form, t.fold(form), entry.type, P_STRONG, entry.canonical, True))
    return found


def _capitalised_run_mentions(page: int, text: str, raw: str) -> list[Mention]:
    """Capitalised runs headed by an institution's, an instrument's, a facility's or a place's word, each
    cut to the name it holds (``raw``: the page as stored, or empty)."""
    found: list[Mention] = []
    for start, end, words in _runs(text):
        end, words = _before_access_note(text, start, end, words)
        start, words = _after_then(text, start, words)
        start, words = after_party_role(text, start, words)
        addressed = _official_then_body(page, text, start, end, words)
        if addressed:  # "Director Wang Jiang Prison Administration Bureau of …": an address's person, then the body
            found.extend(addressed)
            continue
        owner = _place_owner(page, text, start, words)
        if owner is not None:  # "the United States' Uyghur Forced Labor Prevention Act": the place, then the law
            owner_place, start, words = owner
            found.append(owner_place)
        if _is_post(words):
            found.extend(_post_mentions(page, text, start, end, words))
            continue
        if is_role(words):  # "UN High Commissioner": no part of a post's title is a body
            title = _title_at_end_re().search(text, start, end)
            if title is not None:
                found.append(_post_title(page, text, title.start(), end))
            continue
        if text.startswith(("'s", "’s"), end) and len(words) > 1 and person_owner(text, words):
            name = " ".join(words)  # "Elon Musk's Department of …": the owner, cut from the body, is a person
            found.append(Mention(page, start, end, text[start:end], name, t.PERSON, P_STRONG))
            continue
        affiliated = _affiliation(page, text, start, words)
        if affiliated is not None:  # "Sophie Richardson of Human Rights Watch": a person, then the body
            person, start, words = affiliated
            found.append(person)
        found_kind = classify_run(words)
        if found_kind is None or _place_for_body(words):  # "covers China for The Times": the paper alone
            start, words, found_kind = _body_inside(text, start, words)
        start, words = _body_after_field(text, start, words)
        if found_kind is None or describes_state(words) or _gerund_opening_a_sentence(text, start, words):
            continue
        if found_kind in (t.ORGANIZATION, t.PUBLIC_BODY) and filing_title(text, start, end):
            continue  # "NOTICE of Supplemental Authority": a court filing's title, no body
        if congress_in_a_title(text, start, words):
            continue  # "Deputy Head of the 13th People's Congress of …": a post's words, left to the titles' layers
        kind = found_kind
        if place_party_post(text, end, words):
            continue  # "the Qinghai Party chief": a post and its place, no body
        if kind == t.LAW and _FIRM_APPOSITION.match(text, end):
            kind = t.ORGANIZATION  # "Liangma Law, a firm headquartered in Shenzhen": a law firm, no law
        name = clean_name(text[start:end])
        if len(name.split()) < 2:
            continue
        if kind == t.PLACE and " in " in name:  # "Born in Pingyu County": the place is what follows "in"
            in_at = text.rindex(" in ", start, end)
            found.extend(_place_before_in(page, text, start, in_at))
            start = in_at + 4
            name = clean_name(text[start:end])
        place = t.gazetteer_index().get(t.fold(" ".join(name.split()[:-1]))) if kind == t.PLACE else None
        if place is not None and place.type == t.PLACE and name.split()[-1] in SMALL_PLACE_HEADS | LAND_HEADS:
            found.append(Mention(page, start, end, text[start:end], name, t.PLACE, P_STRONG + 1))
            continue  # "Qaraqash Town", "the Turpan Basin": a town or a land of its own, named like the county or
            # the city the gazetteer knows
        if place is not None and place.type == t.PLACE:  # "Künes County" is the gazetteer's Künes
            found.append(Mention(page, start, end, text[start:end], name, t.PLACE, P_STRONG + 1, place.canonical, True))
            continue
        if kind == t.ORGANIZATION:
            start = _trade_name_start(text, start, words)  # "Yixin Science and Technology Co"
            start = after_opening_plural(text, start, end)  # "Shares of Kestrel Mining Group rose"
            start = bracketed_seat_start(text, start, raw or text)  # "SAIC-Volkswagen (Xinjiang) Automotive Co."
        if kind == t.PUBLIC_BODY:
            start = _portfolios_start(text, start, words)  # "Foreign Affairs, Defence and Trade … Committee"
        if kind in (t.ORGANIZATION, t.PUBLIC_BODY):
            end, words = _before_topic_place(text, start, end, words)  # "… for Human Rights on Xinjiang"
            end = _seat_end(text, end, words)  # "United Nations Office at Geneva"
            end = _complement_end(text, end, words)  # "Institute for Strategy and Policy"
            end = _level_end(text, end, words)  # "Public Security Bureau of Hebei province"
            end = corporate_end(text, _legal_join_end(text, end)) if kind == t.ORGANIZATION else end  # "... Co., Ltd."
            name = clean_name(text[start:end])
        mention = Mention(page, start, end, text[start:end], name, kind, P_RULE, canonical=without_legal_form(name))
        found.append(mention)
        if kind == t.LAW:
            found.extend(_nested_in_law(page, text, start, name))
            head = re.match(r"^(?P<head>.+?)\s+of\s+the\s+", name)
            if head and len(head.group("head").split()) >= 2 and classify_run(head.group("head").split()) == t.LAW:
                mention.short_forms = (head.group("head"),)
    return found


def _work_titles(page: int, text: str) -> list[Mention]:
    """The title of a work after what it is ("his novel The Art of Suicide"), wherever the page names it: no
    body's name."""
    found: list[Mention] = []
    works = {re.sub(r"^(?:The|A|An)\s+", "", m.group("title")) for m in WORK_TITLE_RE.finditer(text)}
    for work in works:  # and wherever the page names it again ("The Art of Suicide has been translated")
        for hit in re.finditer(rf"(?<![\w\-]){re.escape(work)}(?![\w\-])", text):
            found.append(Mention(page, hit.start(), hit.end(), hit.group(0), "", ROLE, P_RULE))
    return found


def _generic_facility_mentions(page: int, text: str) -> list[Mention]:
    """Generic facilities (camps, detention centres, prisons), and the facilities named in full by them."""
    found: list[Mention] = []
    for m in GENERIC_FACILITY_RE.finditer(text):
        named = _facility_named_in_full(page, text, m)
        if named is not None:
            found.append(named)
        found.append(
            Mention(
                page,
                m.start(),
                m.end(),
                m.group(0),
                _generic_facility(m.group(0)),
                t.FACILITY,
                P_RULE,
                canonical=_generic_facility(m.group(0)),
                strong=True,
            )
        )
    return found


def rule_mentions(page: int, text: str, raw: str = "") -> list[Mention]:
    """Mentions the rule layers find on one prepared page (``raw``: the page as stored, whose infobox
    labels are not blanked; the prepared page where not given)."""
    return [
        *_acronym_mentions(page, text),
        *_titled_names(page, text, raw),
        *_shape_rule_mentions(page, text, raw),
        *_gazetteer_mentions(page, text),
        *_known_body_mentions(page, text),
        *_capitalised_run_mentions(page, text, raw),
        *_work_titles(page, text),
        *_generic_facility_mentions(page, text),
    ]


# a statute's or a regulation's name with the country or the subject it is for in brackets before its head, as the
# Commonwealth's parliaments name them ("the Special Economic Measures (People's Republic of China) Regulations",
# "Customs Amendment (Banning Goods Produced By Forced Labour) Bill 2020")
_BRACKETED_LAW_RE = re.compile(
    rf"(?<![\w'’\-])(?:{CAP_WORD}[ \t]+){{1,5}}\((?![A-Z]{{1,8}}\))[A-Z][^()\n]{{1,80}}\)[ \t]+"
    r"(?:Regulations|Regulation|Act|Bill|Order|Rules|Ordinance)(?:[ \t]+\d{4})?(?![\w\-])"
)


# the heads a site's or a periodical's name ends in, after words that may be a common noun's as well
_PUBLICATION_HEADS = frozenset({"Online", "Magazine"})


def _gerund_opening_a_sentence(text: str, start: int, words: list[str]) -> bool:
    """Whether a run of a gerund and a site's or a periodical's head is an activity, capitalised only because
    it opens its sentence ("Shopping Online grew 20 per cent"): a gerund there is no name's first word ("China
    Judgements Online" is a name, and so is "Cooking Online" inside a sentence, which only a name capitalises)."""
    if len(words) != 2 or words[-1] not in _PUBLICATION_HEADS or not _gerund(words[0]):
        return False
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in '.!?\n"“'


def _gerund(word: str) -> bool:
    """Whether a capitalised word is an -ing word ("Shopping", "Banking"), no name's ("Beijing" has a capital)."""
    return len(word) > 4 and word.endswith("ing") and word[1:].islower() and not known_place(word)


def _bracketed_law_names(page: int, text: str) -> list[Mention]:
    """A law named with a bracketed part before its head ("Special Economic Measures (People's Republic of China)
    Regulations"): one law, whose words are no person's, body's or place's name."""
    out = []
    for m in _BRACKETED_LAW_RE.finditer(text):
        # "The Special Economic Measures …": the sentence's article is no part of it
        start = m.start() + (first_word_past(m.group(0), CLAUSE_STARTERS, keep_last=True) or 0)
        out.append(Mention(page, start, m.end(), text[start : m.end()], text[start : m.end()], t.LAW, P_STRONG))
    return out


def _place_before_in(page: int, text: str, start: int, cut: int) -> list[Mention]:
    """A place named with its level before "in" and the place it lies in ("Mongolküre County in the Ili Kazakh
    Autonomous Prefecture"): a place of its own, known by the gazetteer's name where it knows the name before the
    level; none where the words before "in" name no place ("Born in Pingyu County")."""
    words = text[start:cut].split()
    if len(words) < 2 or words[-1] not in LEVEL_HEADS or classify_run(words) != t.PLACE:
        return []
    place = t.gazetteer_index().get(t.fold(" ".join(words[:-1])))
    known = place.canonical if place is not None and place.type == t.PLACE else ""
    name = clean_name(text[start:cut])
    return [Mention(page, start, cut, text[start:cut], name, t.PLACE, P_STRONG + 1, known, bool(known))]


WORK_TITLE_RE = re.compile(
    r"\b(?:novel|book|memoir|poem|collection|film|documentary|essay|album|song|play)s?,?[ \t]+"
    rf"(?P<title>(?:(?:The|A|An)[ \t]+)?{CAP_WORD}(?:[ \t]+(?:(?:of|the|and|in|on|a|to|for|at)[ \t]+)*{CAP_WORD})*)"
)


_POST_NOMINALS = "|".join((*SEAT_LETTERS, *HONOUR_LETTERS, *PROFESSIONAL_LETTERS))
POST_NOMINAL_RE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})[ \t]+(?:{_POST_NOMINALS})"
    r"\b(?![ \t]+[A-Z][a-z])"
)


def _infobox_people(page: int, text: str) -> list[Mention]:
    """The people an infobox's field names ("Preceded by Shohrat Zakir", "Parents Anna Weber, Karl Weber"),
    each as written between commas, with what a bracket adds left out ("Jane Doe (m. 1990)"), and on
    the lines after it that are no field of their own ("Governor Padma Choling\nLosang Jamcan")."""
    out = []
    for m in _INFOBOX_PEOPLE_RE.finditer(text):
        kin = _KIN_FIELD_RE.match(text, m.start()) is not None  # "SpouseGuzelnur (China)": one name is enough
        found = _people_in_value(page, text, m.start("value"), m.end("value"), kin)
        out.extend(found)
        pos = m.end()
        while found and (line := re.match(r"\n[ \t]*(?P<value>[^\n]+?)[ \t]*(?=\n|$)", text[pos:])) is not None:
            start = pos + line.start("value")
            if FIELD_RE.match(text, pos + 1) or INFOBOX_FIELD_RE.match(text, pos + 1):
                break
            found = _people_in_value(page, text, start, pos + line.end("value"))
            out.extend(found)
            pos += line.end()
    return out


# a record's line that credits a person with a part in it: "Translated by: Ana Ruiz", "Interviewer: Tom Hart",
# "Witness: Gulnar Tursun (born 1980), …" (the name up to a comma or a bracket)
_RECORD_PERSON_RE = re.compile(
    r"(?m)^[ \t]*(?:Translated[ \t]+by|Translator|Interviewer|Interviewed[ \t]+by|Recorded[ \t]+by|"
    r"Transcribed[ \t]+by|Witness|Narrator|Testimony[ \t]+of)[ \t]*:[ \t]*"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{0,2}})(?=[ \t]*(?:[,(;]|$))"
)


# a Chinese surname after a capitalised noun for what the person is, the way people are addressed in Chinese
# ("Teacher Zhou", "Officer Ma": 周老师, 马警官), with no given name after it
_ADDRESSED_SURNAME_RE = re.compile(
    r"(?<![\w\-’'])(?P<role>[A-Z][a-z]+)[ \t]+(?P<name>[A-Z][a-z]{1,5})(?![\w\-’']|[ \t]+[A-Z])"
)


def _addressed_surnames(page: int, text: str) -> list[Mention]:
    """People a page names by a Chinese surname after the noun for what they are, the noun holding its place."""
    out = []
    for m in _ADDRESSED_SURNAME_RE.finditer(text):
        if m.group("role").lower() in t.ROLE_NOUNS and m.group("name").lower() in t.PINYIN_SURNAMES:
            name = m.group("name")
            out.append(Mention(page, *m.span("name"), name, name, t.PERSON, P_STRONG))
            out.append(Mention(page, *m.span("role"), m.group("role"), "", ROLE, P_RULE))
    return out


# a zone or park a government runs for industry, named after its place ("the Kuqa Economic and Technological
# Development Zone", "the Hotan Textile Industrial Park", "Kashgar Industrial City"): a body, as the companies in it
_INDUSTRIAL_ZONE_RE = re.compile(
    r"(?<![\w\-’'])(?!(?:The|A|An|In|At|From)[ \t])(?P<name>[A-Z][\w\-’']*(?:[ \t]+(?:[A-Z][\w\-’']*|and)){0,5}[ \t]+"
    r"(?:(?:Development|Economic|Industrial|Processing|Trade|High-[Tt]ech|Technology)[ \t]+Zone|"
    r"(?:Industrial|Technology|Science)[ \t]+(?:Park|City)))(?![\w\-])"
)


def _industrial_zones(page: int, text: str) -> list[Mention]:
    """The zones and parks for industry a page names in full: bodies, the place they are named after aside."""
    out = []
    for m in _INDUSTRIAL_ZONE_RE.finditer(text):
        name = clean_name(m.group("name"))
        if name.split()[0] not in CLAUSE_STARTERS:
            out.append(Mention(page, *m.span("name"), m.group("name"), name, t.ORGANIZATION, P_STRONG))
    return out


# a town or county named before the province or region it lies in, after a preposition: "the Deputy Mayor of
# Feicheng, Shandong Province", "a village near Qiaotou, Hunan province"
_PLACE_IN_PROVINCE_RE = re.compile(
    r"(?<![\w\-])(?:of|in|from|near|at|to)[ \t]+(?P<name>[A-Z][a-z]+(?:[ \t\-][A-Z][a-z]+)?),[ \t]+"
    r"(?P<province>[A-Z][a-z]+)[ \t]+(?:[Pp]rovince|[Rr]egion|[Aa]utonomous[ \t]+[Rr]egion)(?![\w\-])"
)


def _places_in_a_province(page: int, text: str) -> list[Mention]:
    """The places a page names before their province's name: places, whatever the model reads there."""
    out = []
    for m in _PLACE_IN_PROVINCE_RE.finditer(text):
        name = m.group("name")
        if known_place(m.group("province")) and classify_run(name.split()) in (None, t.PLACE):
            out.append(Mention(page, *m.span("name"), name, name, t.PLACE, P_STRONG))
    return out


def _record_credits(page: int, text: str) -> list[Mention]:
    """The people a record's credit lines name (a testimony's witness, its interviewer and its translator)."""
    return named_people(page, text, _RECORD_PERSON_RE, _labelled_name_ok)


def _labelled_name_ok(name: str) -> bool:
    """A name a label says is a person's: a person's shape, no body's or place's words, no place known."""
    return person_name_ok(name) and classify_run(name.split()) is None and t.fold(name) not in t.gazetteer_index()


# the person a notice gives to contact, up to the comma before a degree or a post: "Contact Person: Jane Roe,
# Ph.D., Scientific Review Officer", "FOR FURTHER INFORMATION CONTACT: Tom A. Hart, Office of …" (anywhere on a
# line: a notice's fields are often run together)
_NOTICE_CONTACT_RE = re.compile(
    r"(?<![\w])(?:Contact[ \t]+[Pp]erson|FOR[ \t]+FURTHER[ \t]+INFORMATION[ \t]+CONTACT)[ \t]*:[ \t]*"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+(?:[A-Z]\.|[{UPPER}][{LOWER}'’\-]+)){{1,2}})(?=,)"
)


def _notice_contacts(page: int, text: str) -> list[Mention]:
    """The people a notice names as its contact: people, whatever the model reads there."""
    return named_people(page, text, _NOTICE_CONTACT_RE, _labelled_name_ok)


# the field of a person's relatives, whose value may name one by a single name, as Uyghur names often are
_KIN_FIELD_RE = re.compile(r"[ \t]*(?:[-•*·][ \t]+)?(?:Spouses?|Spouse\(s\)|Partner|Children|Parents|Relatives)")


def _lone_relative_ok(raw: str) -> bool:
    """Whether one word in a relatives' field is a given name: capitalised, no common word and no place."""
    return re.fullmatch(r"[A-Z][a-z'’\-]{2,}", raw) is not None and name_words_ok(raw) and not known_place(raw)


def _people_in_value(page: int, text: str, start: int, end: int, kin: bool = False) -> list[Mention]:
    """The people a field's value names, each between commas (or arrows, from one holder to the next:
    "Jërullah Hesamidin→Ilham Sabir"); in a relatives' field (``kin``) one by a single name too."""
    out = []
    for part in re.finditer(r"[^,;()→]+(?:\([^)]*\))?", text[start:end]):
        raw = re.sub(r"\([^)]*\)", "", part.group(0)).strip()
        words = raw.split()
        single = kin and len(words) == 1 and _lone_relative_ok(raw)
        if not single and (not (2 <= len(words) <= 4) or not all(w[0].isupper() for w in words)):
            continue
        if not single and not person_name_ok(raw):
            continue
        if classify_run(words) is not None:
            continue
        s = start + part.start() + part.group(0).index(words[0])
        out.append(Mention(page, s, s + len(raw), text[s : s + len(raw)], raw, t.PERSON, P_STRONG))
    return out


KIN_NOUNS = t.KIN_NOUNS


# the holder of a post before or after someone, as a person's own noun: "His successor, Askar Bekov, said"
_HOLDER_AFTER = r"(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:successor|predecessor)"
# a name set off by commas after a relative (also with an adjective, "her younger brother, Yerbol,", an
# article, "A younger sister, Mihray,", and "-in-law") or after a predecessor or successor (also a named
# person's: "Dawut's daughter, Akida Pulat, said") or a plural noun for people ("his wife, Xinna, said";
# "one of the best-known dissidents, Hada, spent"; "one of them, Adil, was sentenced"): a person, even one
# known by a single name; a relative's name also without commas ("whose brother Erlan was sentenced"), and one
# after a comma at the end of its sentence ("… and her mother-in-law, Gulbahar."), or at a paragraph's end; a
# second relative joined by "and" to the first owns no possessive of its own ("her husband Adil and son Erkin,")
# one person a page introduces by what and where from, then names after a comma: "A man from Nilka, Erlan, died",
# "a teacher from Hotan, Gulnar, was taken" (the place's name is no one's)
_ONE_FROM_A_PLACE = (
    rf"[Aa]n?[ \t]+(?:[a-z\-]+[ \t]+)?(?:(?:wo)?man|girl|boy|teacher|student|farmer|herder|trader|imam|detainee|"
    rf"prisoner|villager|worker)[ \t]+from[ \t]+[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{0,2}}(?=,)"
)
# a relative named after a preposition with no determiner, as a message or a note writes ("news from cousin
# Nurnisa in Urumqi", "I spoke to brother Ablimit")
_KIN_PREPOSITIONS = r"[Ff]rom|[Tt]o|[Ww]ith|[Bb]y|[Ff]or|[Aa]bout"
_APPOSED_NAME_RE = re.compile(
    rf"\b(?:(?P<kin>(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[Mm]y|[Oo]ur|[Aa]n?|and|{_KIN_PREPOSITIONS}|"
    rf"[{UPPER}][{LOWER}]+['’]s?)[ \t]+"
    rf"(?:[a-z]+[ \t]+)?(?:{KIN_NOUNS})(?:-in-law)?)|(?:{PEOPLE_PLURALS})|[Oo]ne[ \t]+of[ \t]+(?:them|whom)"
    rf"|{_HOLDER_AFTER}|{_ONE_FROM_A_PLACE})(?P<comma>,)?[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{0,2}})(?=,|[ \t]+[a-z]|\.(?:\s|$))"
)


# a person a page introduces with "named": "a 41-year-old named Gulnar", "a 52-year-old weaver named Ayshem", "a
# former neighbour of Ablet Nasir named Tursunjan"; the noun before it says a person is meant (not "a camp named
# Unity")
_PERSON_NOUNS = (
    rf"\d+-year-old(?:[ \t]+[a-z]+)?|(?:wo)?man|girl|boy|child|{KIN_NOUNS}|classmate|friend|colleague|neighbou?r|"
    r"student|teacher|farmer|driver|trader|imam|detainee|prisoner|inmate|resident|villager|official|officer"
)


_NAME_WORDS = rf"[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{0,2}}"


_NAMED_PERSON_RE = re.compile(
    rf"\b(?:{_PERSON_NOUNS})(?:[ \t]+of[ \t]+(?P<of>{_NAME_WORDS}))?[ \t]+named[ \t]+(?P<name>{_NAME_WORDS})"
    r"(?![\w'’\-])"
)


# a person a page introduces with her age after a comma: "Jane Roe, a 38-year-old resident of …" (a body's age
# is said of the body: "Riverside Holdings, a 30-year-old firm" has a body's head, no person's shape)
# an age set off by commas before a word in lower case: "Abdulla, 39, came …"
AGE_SET_OFF = r",[ \t]+\d{1,3},[ \t]+(?=[a-z])"
_AGED_PERSON_RE = re.compile(
    rf"(?<![\w\-'’])(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}}),"
    r"[ \t]+an?[ \t]+\d{1,3}-year-old\b"
    # or her age right before her name ("Two-year-old Lutifier is …", "the 52-year-old Jane Roe said"), no
    # other capitalised word after it ("a 20-year-old Durham College student" is read whole, a college)
    rf"|(?<![\w\-])(?:\d{{1,3}}|[A-Za-z]+(?:-[a-z]+)?)-year-old[ \t]+"
    rf"(?P<aged>{_NAME_WORDS})(?=[ \t]+[a-z]|[,.;:])"
    # or a given name alone opening a sentence, her age set off by commas before the verb ("Abdulla, 39, came to
    # Virginia in 2011"), as a story names again someone it has named in full
    rf"|(?:^|(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][\"”][ \t]))"
    rf"(?P<given>[{UPPER}][{LOWER}]{{2,}}){AGE_SET_OFF}"
)


def _aged_people(page: int, text: str) -> list[Mention]:
    """The people a page introduces by name and then age ("Jane Roe, a 38-year-old …")."""
    out = []
    for m in _AGED_PERSON_RE.finditer(text):
        group = "name" if m.group("name") else "aged" if m.group("aged") else "given"
        name = m.group(group)
        shaped = person_shaped(name) if group == "name" else not any(national_word(w) for w in name.split())
        if group == "given" and not re.search(rf"\b{name}[ \t]+[{UPPER}][{LOWER}]+", text[: m.start()]):
            continue  # "Overall, 45, said …": no one named in full by it before
        if not (shaped and person_name_ok(name)) or t.fold(name) in t.gazetteer_index():
            continue
        if name in CLAUSE_STARTERS:
            continue
        if classify_run(name.split()) is None:
            out.append(Mention(page, m.start(group), m.end(group), name, name, t.PERSON, P_STRONG))
    return out


# a peer of the United Kingdom by rank, title and, where written, territorial designation: "Lord Alton of
# Liverpool", "Baroness Kennedy of The Shaws", "Baroness Barran" (the designation is part of the peer's name, no
# place named by itself; the rank stays, as the title alone may differ from the peer's surname); not a title
# run on by another capitalised word ("the Lord Nelson Hotel", "Lady Margaret Hall")
_PEER_RANKS = r"(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess)"
_PEER_RE = re.compile(
    rf"\b{_PEER_RANKS}[ \t]+[{UPPER}][{LOWER}'’\-]+"
    rf"(?:[ \t]+of[ \t]+(?:The[ \t]+)?[{UPPER}][{LOWER}'’\-]+"
    rf"(?:[ \t]+(?:and[ \t]+|upon[ \t]+)?[{UPPER}][{LOWER}'’\-]+)*)?"
    rf"(?![ \t]+[{UPPER}])(?![\w'’\-])"
)


def peer_name(name: str) -> bool:
    """Whether ``name`` is a peer's, by rank and title ("Lord Alton of Liverpool"), which no rule for other
    people's names judges."""
    return _PEER_RE.fullmatch(name) is not None


def peer_short_forms(name: str) -> list[str]:
    """A peer's shorter names: rank and title ("Lord Alton" of "Lord Alton of Liverpool"), as the page names
    him again; never the designation's last word, a place's name."""
    words = name.split()
    return [" ".join(words[:2])] if len(words) > 2 else []


# members named by surname alone after their title in the plural, two or more of them joined by "and" ("Also
# present: Representatives Okafor and Lindgren, and Senator Vale", "Senators Vale, Okafor and Lindgren")
_PLURAL_TITLED_SURNAMES_RE = re.compile(
    rf"(?<![\w\-])(?P<title>[A-Z][a-z]+s)[ \t]+(?P<names>{_NAME_WORD}(?:,[ \t]+{_NAME_WORD})*,?[ \t]+and[ \t]+"
    rf"{_NAME_WORD})(?![ \t]+[A-Z])"
)


def _plural_titled_surnames(page: int, text: str) -> list[Mention]:
    """The people a plural title names by surname, each a person ("Representatives Okafor and Lindgren"), where
    every word it lists is a person's name."""
    out = []
    for m in _PLURAL_TITLED_SURNAMES_RE.finditer(text):
        if m.group("title")[:-1] not in t.TITLE_WORD_PARTS:
            continue
        names = list(re.finditer(_NAME_WORD, m.group("names")))
        if not all(person_name_ok(n.group(0)) and not known_place(n.group(0)) for n in names):
            continue  # "the Directors Report and Accounts": a title's list holds names only, or it is no list of them
        for name in names:
            s = m.start("names") + name.start()
            out.append(Mention(page, s, s + len(name.group(0)), name.group(0), name.group(0), t.PERSON, P_STRONG))
    return out


def _peers(page: int, text: str) -> list[Mention]:
    """The peers a page names by rank and title, with their territorial designation where it is written."""
    out = []
    at = 0
    while (m := _PEER_RE.search(text, at)) is not None:
        name = _peer_alone(m.group(0))
        at = m.start() + len(name)  # the name again after it is read as the next peer's
        title = m.group(0).split()[1]
        if t.fold(title) in t.gazetteer_index() or title.lower() in t.NOT_NAME_WORDS:
            continue  # "Lady Liberty", "Lord Jesus": a place's or a common word after the rank, no peer
        out.append(Mention(page, m.start(), at, name, name, t.PERSON, P_STRONG))
    return out


_PEER_RANK_INSIDE_RE = re.compile(rf"[ \t]+{_PEER_RANKS}[ \t]")


def _peer_alone(name: str) -> str:
    """A peer's name without what a debate's page runs on after it: the name again, after the portrait's text
    ("Lord Alton of Liverpool Lord Alton of Liverpool"), or the peer's group ("… of Liverpool Crossbench")."""
    again = _PEER_RANK_INSIDE_RE.search(name, len(name.split()[0]))
    name = name[: again.start()] if again else name
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 3 and words[-1] in _PARTIES else name


# a body of the British Crown named after the monarch: "His Majesty's Government", "Her Majesty's Prison
# Service", "HM Treasury", "HM Revenue and Customs" (an "and" joins a last word that ends the name)
_CROWN_BODY_RE = re.compile(
    rf"\b(?:(?:His|Her)[ \t]+Majesty['’]s|HM)[ \t]+[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+)*"
    rf"(?:[ \t]+and[ \t]+[{UPPER}][{LOWER}]+(?![ \t]+[{UPPER}]))?"
)


def _crown_bodies(page: int, text: str) -> list[Mention]:
    """The bodies of the British Crown a page names after the monarch, whole, where the name ends in
    "Government", "Customs" or "Treasury" (a prison or other service is not yet kept)."""
    out = []
    for m in _CROWN_BODY_RE.finditer(text):
        if m.group(0).endswith(("Government", "Customs", "Treasury")):
            out.append(Mention.whole(page, m, t.PUBLIC_BODY, P_STRONG))
    return out


# a sector's representative body named by its members in the plural and the country it speaks for:
# "Universities UK", "Colleges Scotland", "Universities Australia", "Museums Association" is not of this shape
_SECTOR_BODY_RE = re.compile(
    rf"\b(?:Universities|Colleges|Museums|Libraries|Hospitals|Charities|Schools)[ \t]+(?P<place>[{UPPER}][\w]+)"
    rf"(?![ \t]+[{UPPER}])(?![\w'’\-])"
)


def _sector_bodies(page: int, text: str) -> list[Mention]:
    """The bodies a page names by a sector's members and a country ("Universities UK"), whole."""
    return [
        Mention.whole(page, m, t.ORGANIZATION, P_STRONG)
        for m in _SECTOR_BODY_RE.finditer(text)
        if known_place(m.group("place"))
    ]


# a name in Latin letters followed by its form in Chinese characters with the interpunct that joins the parts of a
# transcribed Uyghur, Kazakh or other minority name ("Nurgul Ab. Memet (努尔古丽·阿·买买提)"): a person, whose
# father's name the Latin form may shorten to a capitalised abbreviation with its full stop
_NAME_BEFORE_DOTTED_HAN_RE = re.compile(
    rf"(?<![\w\-])(?P<name>[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]{{0,3}}\.)?"
    rf"(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})"
    r"[ \t]*[(（][\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8}){1,3}[)）]"
)


_SHORTENED_FATHERS_NAME_RE = re.compile(
    rf"[{UPPER}][{LOWER}]+[ \t]+[{UPPER}][{LOWER}]{{0,3}}\.[ \t]+[{UPPER}][{LOWER}'’\-]+"
)


def shortened_fathers_name(name: str) -> bool:
    """Whether a person's name in Latin letters shortens its middle part, a father's name, to a capitalised
    abbreviation with its full stop ("Nurgul Ab. Memet"), which the rules for other names do not judge."""
    return _SHORTENED_FATHERS_NAME_RE.fullmatch(name) is not None


def _names_before_dotted_han(page: int, text: str) -> list[Mention]:
    """The people a page names in Latin letters with a transcribed minority name's Chinese form in brackets."""
    out = []
    for m in _NAME_BEFORE_DOTTED_HAN_RE.finditer(text):
        name = m.group("name")
        if classify_run(name.split()) is None and not known_place(name):
            out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.PERSON, P_STRONG))
    return out


# a transcribed Uyghur, Kazakh or other minority name in pinyin, its parts joined by the interpunct of its Chinese
# form with no space ("Aili·Maimaiti", "Nurgul·Ablimit·Tohti", as a translation from Chinese writes them): a person
# (a navigation line's items stand apart from their dots: "Home · News")
_DOTTED_PINYIN_NAME_RE = re.compile(rf"(?<![\w\-·])[{UPPER}][{LOWER}]+(?:·[{UPPER}][{LOWER}]+){{1,3}}(?![\w\-·])")
_PINYIN_SYLLABLES_RE = re.compile(rf"(?:{PINYIN_SYLLABLE})+", re.IGNORECASE)


def _dotted_pinyin_names(page: int, text: str) -> list[Mention]:
    """The people a page names in pinyin with the interpunct of a transcribed minority name, whole: each part
    spelled in pinyin's syllables ("Maimaiti", "Tuoheti") or a Uyghur given name ("Kurban"), as no English word
    run on with the same dots is ("Home·News·Politics", "Paris·London·Tokyo")."""
    return [
        Mention.whole(page, m, t.PERSON, P_STRONG)
        for m in _DOTTED_PINYIN_NAME_RE.finditer(text)
        if all(_PINYIN_SYLLABLES_RE.fullmatch(w) or uyghur_given_name(w) for w in m.group(0).split("·"))
    ]


# a unit of the Chinese People's Liberation Army by the five-figure number that stands for its name ("Unit
# 61398", "PLA Unit 61398", "Unit 69010 of the Chinese People's Liberation Army")
_MILITARY_UNIT_RE = re.compile(
    r"\b(?:PLA[ \t]+)?Unit[ \t]+\d{5}\b"
    r"(?:[ \t]+of[ \t]+the[ \t]+(?:Chinese[ \t]+)?(?:People['’]s[ \t]+Liberation[ \t]+Army|PLA)\b)?"
)


def _military_unit_numbers(page: int, text: str) -> list[Mention]:
    """The military units a page names by their numbers, whole."""
    return [Mention.whole(page, m, t.PUBLIC_BODY, P_STRONG) for m in _MILITARY_UNIT_RE.finditer(text)]


# a member of parliament who asked or tabled a question, with the constituency in brackets after the name, the
# party's name before it where written: "Asked by Jane Roe (Bristol West)", "Tabled by John Doe (Lab, Leeds
# East)", "Asked by Jane Roe (Scottish National Party, Kingston upon Hull East)"; the seat is a place
_MEMBER_TITLES = "|".join(a for a in t.TITLES_OF_ADDRESS if a != "Lord")  # a peer asks no question by seat
_MEMBERS_SEAT_RE = re.compile(
    rf"\b(?:Asked|Tabled)[ \t]+by[ \t]+(?:(?:{_MEMBER_TITLES})\.?[ \t]+)?[{UPPER}][\w'’\-]+"
    rf"(?:[ \t]+[{UPPER}][\w'’\-]+){{1,3}}[ \t]*\((?:(?P<party>[A-Za-z ]{{2,40}}),[ \t]*)?"
    rf"(?P<seat>[{UPPER}][\w'’\-]+(?:(?:[ \t]+(?:and|upon|on|under)[ \t]+|[ \t]+|,[ \t]+)[{UPPER}][\w'’\-]+){{0,5}})\)"
)
# parties and groups written in full, and the Lords' groups (the short labels are PARTY_LABELS', below)
_PARTIES = {"Conservative", "Labour", "Liberal Democrat", "Liberal Democrats", "Green", "Independent", "Crossbench"}
_PARTIES |= {"Plaid Cymru", "Non-affiliated"}


def _party(words: str) -> bool:
    """Whether words in a member's brackets name a party or a group ("Labour", "Crossbench"), label one ("UUP") or
    end in a body's head ("Scottish National Party", "Alliance Party of Northern Ireland")."""
    if words in _PARTIES or words in PARTY_LABELS:
        return True
    return classify_run(words.split()) in (t.ORGANIZATION, t.PUBLIC_BODY)


def _members_constituencies(page: int, text: str) -> list[Mention]:
    """The constituencies written in brackets after the members who asked or tabled questions."""
    out = []
    for m in _MEMBERS_SEAT_RE.finditer(text):
        party = m.group("party")
        start = m.start("party") if party is not None and not _party(party) else m.start("seat")
        seat = text[start : m.end("seat")]  # "(Ross, Skye and Lochaber)": a seat's name with a comma
        if _party(seat) or classify_run(seat.split()) in (t.ORGANIZATION, t.PUBLIC_BODY):
            continue  # "Asked by Jane Roe (Labour)": the member's party, no place
        out.append(Mention(page, start, m.end("seat"), seat, seat, t.PLACE, P_STRONG))
    return out


# a given name an editor completes in brackets in a quotation, before the surname: "Mr. [Adrian] Zenz"
_BRACKETED_GIVEN_RE = re.compile(
    rf"\[(?P<given>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+)?)\]"
    rf"[ \t]+(?P<surname>[{UPPER}][{LOWER}'’\-]+)"
    r"(?![\w'’\-])"
)


def _bracketed_given_names(page: int, text: str) -> list[Mention]:
    """The whole name of a person whose given name an editor put in brackets before the surname."""
    out = []
    for m in _BRACKETED_GIVEN_RE.finditer(text):
        name = f"{m.group('given')} {m.group('surname')}"
        if person_shaped(name) and person_name_ok(name) and classify_run(name.split()) is None:
            out.append(Mention(page, m.start(), m.end(), m.group(0), name, t.PERSON, P_STRONG))
    return out


def _named_people(page: int, text: str) -> list[Mention]:
    """The people a page introduces with "named" after a noun for a person, and the person of "of" between."""
    out = []
    for m in _NAMED_PERSON_RE.finditer(text):
        for group in ("of", "name"):
            name = m.group(group)
            if name is None or not person_name_ok(name) or t.fold(name) in t.gazetteer_index():
                continue
            if classify_run(name.split()) is None:
                out.append(Mention(page, m.start(group), m.end(group), name, name, t.PERSON, P_STRONG))
    return out


# a list of people a line ending in a colon brings in, one a line, a role in brackets after some:
# "officers arrested four members:\n Jane Doe (treasurer)\n Lee Ka-wai\n Chan To-wai"
_LINE_LIST_RE = re.compile(r":[ \t]*\n(?:[ \t]*\n)?(?P<items>(?:[ \t]*(?:[-•*·–][ \t]*)?[^\n:|]{3,160}(?:\n|$))+)")


_LINE_ITEM_RE = re.compile(r"[ \t]*(?:[-•*·–][ \t]*)?(?P<name>[^\n()]+?)(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*")


def _listed_people(page: int, text: str) -> list[Mention]:
    """The people of a list one a line after a colon, when every item of it is a person's name alone (so a
    list of bodies, places or sentences names no one); a role's bracket may end an item, and the lines
    the page's preparation joined stay apart by their two spaces ("Jane Doe (treasurer)  Lee Ka-wai")."""
    out = []
    for m in _LINE_LIST_RE.finditer(text):
        items: list[tuple[int, str]] = []
        for part in _LIST_PART_RE.finditer(m.group("items")):
            item = _LINE_ITEM_RE.fullmatch(part.group(0))
            if item is None or not person_shaped(item.group("name")) or not person_name_ok(item.group("name")):
                items = []
                break
            items.append((m.start("items") + part.start() + item.start("name"), item.group("name")))
        if len(items) >= 2:
            out += [Mention(page, s, s + len(n), n, n, t.PERSON, P_STRONG) for s, n in items]
    return out


# the heading of a table's column that holds people's names: "Name", "Full name", "Detainee", "Prisoner"
_NAME_HEADING_RE = re.compile(r"(?i)(?:full[ \t]+)?name|detainee|prisoner")


# the gap between a table's cells: a tab, a bar or three spaces; with the blanks around it, as a row is cut
_CELL_GAP_RE = re.compile(r"\t|\||   ")
_CELL_GAP_AND_BLANKS_RE = re.compile(rf"[ \t]*(?:{_CELL_GAP_RE.pattern})[ \t]*")


def _table_cells(line: str) -> list[tuple[int, str]]:
    """A table's row cut at its cells' gaps, each cell with its offset in the line (an empty cell between two
    bars or two tabs is none, so the cells are counted as the row's gaps cut them)."""
    cells, start = [], 0
    for gap in _CELL_GAP_AND_BLANKS_RE.finditer(line):
        cells.append((start, line[start : gap.start()]))
        start = gap.end()
    cells.append((start, line[start:].rstrip()))
    return cells


def _cell_person_name(cell: str) -> bool:
    """Whether a table's cell holds a person's name alone: a person's shape, or initials before a surname
    ("M. Tursunjan", "J. K. Roe")."""
    initials = re.fullmatch(rf"(?:[A-Z]\.[ \t]*){{1,2}}(?P<rest>[{UPPER}][\w\-’']+)", cell)
    if initials is not None:
        return person_name_ok(initials.group("rest")) and classify_run([initials.group("rest")]) is None
    return person_shaped(cell) and person_name_ok(cell)


def _name_column_people(page: int, text: str) -> list[Mention]:
    """The people a table's "Name" column lists, one a row: the column is found by its heading in the row
    that opens the table, and each row after it, up to a line with no cells' gap, gives its cell at that
    column where the cell is a person's name alone ("Name<tab>Occupation" then "Jane Roe<tab>Teacher")."""
    out: list[Mention] = []
    for s, cell, _ in _column_cells(text, _NAME_HEADING_RE):
        name = re.sub(r"\[\d{1,3}\]$", "", cell)  # a footnote's marker after the name
        if name and _cell_person_name(name):
            out.append(Mention(page, s, s + len(name), name, name, t.PERSON, P_STRONG))
    return out


def _filled_cells(cells: list[tuple[int, str]]) -> int:
    """How many of a row's cells hold a letter or a digit (a title row fills one, a rule of dashes none)."""
    return sum(1 for _, cell in cells if re.search(r"\w", cell))


def _field_row(cells: list[tuple[int, str]]) -> bool:
    """Whether a row is an infobox's field between bars, a label and a place for its value ("Country | China |"):
    a table's headings name no place."""
    return any(known_place(cell.strip()) for _, cell in cells if cell.strip())


def _column_cells(text: str, heading: re.Pattern[str]) -> Iterator[tuple[int, str, list[str]]]:
    """The cells, stripped, with their offsets, under the first heading of a table's opening row that
    ``heading`` matches, one a row up to a line with no cells' gap, each with its row's cells."""
    if not _CELL_GAP_RE.search(text):
        return  # no line is a table's row (the page is read a line at a time only where one may be)
    column: int | None = None
    opening = True  # no row of the table has filled two cells yet: its headings may still come
    pos = 0
    for line in text.split("\n"):
        cells = _table_cells(line) if _CELL_GAP_RE.search(line) else []
        if not cells:
            column, opening = None, True
        elif column is None and opening:
            heads = [i for i, (_, cell) in enumerate(cells) if heading.fullmatch(cell.strip())]
            column = heads[0] if heads and not _field_row(cells) else None
            opening = column is None and _filled_cells(cells) < 2
        elif column is not None and column < len(cells):
            offset, cell = cells[column]
            yield pos + offset + len(cell) - len(cell.lstrip()), cell.strip(), [c.strip() for _, c in cells]
        pos += len(line) + 1


# the heading of a table's column that holds bodies' names: "Brand", "Supplier company", "Manufacturer"
_BODY_HEADING_RE = re.compile(
    r"(?i)(?:(?:supplier|parent|client)[ \t]+)?(?:brands?|compan(?:y|ies)|suppliers?|manufacturers?|retailers?"
    r"|buyers?|employers?|firms?|organi[sz]ations?)"
)


def _body_column_names(page: int, text: str) -> list[Mention]:
    """The bodies a table's "Brand" or "Company" column lists, one a row ("Brand | Supplier" then "Lumora |
    Korla Tianyuan Textile Co."): a capitalised cell of a row that fills another cell with words (a total's
    row, "Total | | | 540", fills none), and no known place."""
    out: list[Mention] = []
    for s, cell, row in _column_cells(text, _BODY_HEADING_RE):
        worded = [c for c in row if re.search(r"[A-Za-z]", c)]
        if len(worded) < 2 or not re.fullmatch(r"[A-Z][\w&.,'’\- ]{1,60}", cell):
            continue
        if cell.split()[0].lower() in _ROW_LABELS:
            continue  # "Total", "None given": a row's label or an empty cell's word, no body
        if t.fold(cell) in t.gazetteer_index() and classify_run(cell.split()) == t.PLACE:
            continue
        out.append(Mention(page, s, s + len(cell), cell, cell, t.ORGANIZATION, P_STRONG))
    return out


# the headings of a table's columns that hold places' names: a larger division ("City", "Province") and a
# smaller one ("District", "Township") may stand side by side, so each is read as a column of its own
# ("State" is left out: a table of people often holds a status under it, "Detained", "Released")
_LARGER_PLACE_HEADING_RE = re.compile(r"(?i)(?:countr(?:y|ies)|provinces?|regions?|prefectures?|cit(?:y|ies))")
_SMALLER_PLACE_HEADING_RE = re.compile(
    r"(?i)(?:districts?|counties|county|towns?|townships?|villages?|neighbou?rhoods?)"
)
# the labels of a table's rows that sum or gather the others, no place: "Total", "Other"
_ROW_LABELS = frozenset({"total", "subtotal", "other", "others", "all", "overall", "unknown", "none", "n/a"})
_CELL_PLACE_RE = re.compile(rf"[{UPPER}][\w’'\-]*(?:[ \t]+[{UPPER}][\w’'\-]*){{0,3}}")


def _place_column_names(page: int, text: str) -> list[Mention]:
    """The places a table's "City" or "District" column lists, one a row ("City | District | Residents" then
    "Izmir | Buca | 1,100"; "Sefaköy (Küçükçekmece)", a place with the larger one it lies in): each capitalised
    name in the cell that is no row's label and no other kind of name, in a row that fills another cell."""
    out: list[Mention] = []
    for heading in (_LARGER_PLACE_HEADING_RE, _SMALLER_PLACE_HEADING_RE):
        for s, cell, row in _column_cells(text, heading):
            if sum(1 for c in row if c) < 2 or re.search(r"\d", cell):
                continue
            for m in _CELL_PLACE_RE.finditer(cell):
                name, words = m.group(0), m.group(0).split()
                if name.lower() in _ROW_LABELS or name.lower() in t.NOT_NAME_WORDS:
                    continue
                if classify_run(words) not in (None, t.PLACE):
                    continue
                out.append(Mention(page, s + m.start(), s + m.end(), name, name, t.PLACE, P_STRONG))
    return out


# an item of such a list: a line, or a part of a line the page's preparation joined (two spaces apart)
_LIST_PART_RE = re.compile(r"[^\s](?:[^\n]*?[^\s])?(?=[ \t]{2,}|[ \t]*(?:\n|$))")


def _ends_sentence_unrelated(text: str, m: re.Match[str]) -> bool:
    """A name that ends its sentence is a person's only after a relative ("… and her mother-in-law, Gulbahar.",
    "… along with his mother Nadila."), not after a plural noun for people or a post."""
    return text.startswith(".", m.end("name")) and not m.group("kin")


# relatives in the plural, their names listed after a comma and set off by one after: "My two brothers, Abdurehim
# and Ablikim, were taken", "her sons, Yusup, Ahmet and Memet, were sentenced": each name a person's
_KIN_LIST_NAME = rf"[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+)?"
# each name may carry an aside in brackets that opens in lower case or is a figure ("Ilyas (born 2005)", "Ali
# (12)"), and the list may run over a line break, as a statement's hard-wrapped lines break it
_KIN_LIST_ITEM = rf"{_KIN_LIST_NAME}(?:[ \t]+\((?:[a-z][^()\n]{{0,18}}|\d{{1,4}})\))?"
_KIN_LIST_RE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[{UPPER}][{LOWER}]+['’]s?)[ \t]+(?:[a-z]+[ \t]+){{0,2}}"
    rf"(?:(?:{KIN_NOUNS})s|children|parents|siblings|grandchildren),[ \t]+"
    rf"(?P<names>{_KIN_LIST_ITEM}(?:,[ \t]+{_KIN_LIST_ITEM})*,?[ \t]*\n?[ \t]*and[ \t]+{_KIN_LIST_ITEM}),"
)


# members of a parliament or lawmakers in the plural, their full names listed after them: "the MPs Iain Duncan Smith
# and Tom Tugendhat", "the senators Jane Roe, Ann Lee and Tom Hart" (each name two to four words)
PERSON_WORD = rf"[{UPPER}][{LOWER}]+(?:[\-’'][{UPPER}]?[{LOWER}]+)*"
PERSON_RUN = rf"{PERSON_WORD}(?:[ \t]+{PERSON_WORD}){{1,3}}"  # two to four words of a person's name
_MEMBER_LIST_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ff]ellow)[ \t]+(?:[a-zA-Z\-]+[ \t]+)?"
    r"(?:MPs|MEPs|MSPs|senators|lawmakers|legislators|parliamentarians|congressmen|congresswomen),?[ \t]+"
    rf"(?P<names>{PERSON_RUN}(?:,[ \t]+{PERSON_RUN})*,?[ \t]+and[ \t]+{PERSON_RUN})"
)


def _listed_relatives(page: int, text: str) -> list[Mention]:
    """The people a page names in a list set off after relatives in the plural ("his two sons, Ali and Omar,"), or
    after members of a parliament in the plural ("the MPs Jane Roe and Tom Hart")."""
    out = []
    for pattern, shape in ((_KIN_LIST_RE, _KIN_LIST_NAME), (_MEMBER_LIST_RE, PERSON_RUN)):
        for m in pattern.finditer(text):
            start = m.start("names")
            for part in re.finditer(shape, m.group("names")):
                name = part.group(0)
                if name.lower() in t.NOT_NAME_WORDS or t.fold(name) in t.gazetteer_index() or not person_name_ok(name):
                    continue
                if classify_run(name.split()) is None:
                    s = start + part.start()
                    out.append(Mention(page, s, s + len(name), name, name, t.PERSON, P_STRONG))
    return out


def _apposed_names(page: int, text: str) -> list[Mention]:
    out = []
    for m in _APPOSED_NAME_RE.finditer(text):
        name = re.sub(r"['’]s\Z", "", m.group("name"))  # "his wife Aigul’s face": the relative owns the face
        if not (m.group("comma") or (m.group("kin") and (" " not in name or person_shaped(name)))):
            # without commas, only a relative's name ("her son Ablikim was", "her husband Bolat Sadyk died"), not
            # "their lawyers Hong Kong"
            continue
        if _ends_sentence_unrelated(text, m):
            continue
        if name.lower() in t.NOT_NAME_WORDS or name.lower() in KEYWORD_WORDS or t.fold(name) in t.gazetteer_index():
            continue
        if person_name_ok(name) and name not in CLAUSE_STARTERS and classify_run(name.split()) is None:
            out.append(Mention(page, m.start("name"), m.start("name") + len(name), name, name, t.PERSON, P_STRONG))
    return out


# the author of a post a page embeds, before the handle in brackets: "— Jane Roe (@janeroe) May 24, 2022"
_POST_AUTHOR_RE = re.compile(rf"(?m)^[ \t]*[—–][ \t]*(?P<name>{_NAME_WORDS})[ \t]+\(@[A-Za-z0-9_]{{1,15}}\)")


# a post's header as a platform lays it out: the display name, a flag or an emoji after it, and the handle on
# the same line or the next ("Jane Roe 🇸🇪 @janeroe · 6h", "Jane Roe\n@janeroe"); a title before the name stays out
_POST_HEADER_RE = re.compile(
    rf"(?m)^[ \t]*(?:(?:{'|'.join(sorted(TITLE_TOKENS))})\.?[ \t]+)?(?P<name>{_NAME_WORDS})[ \t]*"
    r"(?:[^\w\s@]{1,12}[ \t]*)?(?:\n[ \t]*)?@[A-Za-z0-9_]{1,15}\b"
)


def named_people(
    page: int,
    text: str,
    pattern: re.Pattern[str],
    ok: Callable[[str], bool],
    written: Callable[[str], str] = str,
) -> list[Mention]:
    """The people a pattern's "name" group finds where the words around say it is a person, each name that
    ``ok`` accepts once ``written`` has written it as a name ("J. BORRELL FONTELLES" → "J. Borrell Fontelles")."""
    out = []
    for m in pattern.finditer(text):
        name = written(m.group("name"))
        if ok(name):
            out.append(Mention(page, *m.span("name"), m.group("name"), name, t.PERSON, P_STRONG))
    return out


# a letter's signature: the line after its closing words ("Yours sincerely,", "Kind regards,"), blank lines
# between or none, a courtesy or academic title before the name or none: the writer's name alone on its line
# (a line that says the letter was signed may stand between: "[signed]", "(signed)", "/s/", one a signer); the
# signers may stand side by side, a column each, two spaces or a tab apart ("Dr Jane Roe<TAB><TAB>John Doe CFA"),
# each name with letters after it or none ("CFA", "OBE", "PhD")
_CLOSING_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?i:yours[ \t]+(?:sincerely|faithfully|truly)|sincerely(?:[ \t]+yours)?"
    r"|(?:(?:kind|best|warm)[ \t]+)?regards|with[ \t]+(?:best[ \t]+wishes|thanks|gratitude))"
    r"[ \t]*(?:,[ \t]*)?\n(?:[ \t]*(?:(?:\[signed\]|\(signed\)|/s/)[ \t]*)*\n)*(?P<line>[^\n]+)$"
)
_SIGNER_COLUMN_RE = re.compile(r"\S+(?:[ ]\S+)*")
_SIGNER_WORD = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)?"  # "Lowe", "Raman-Lowe"
_SIGNER_RE = re.compile(
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Rev)\.?[ \t]+)?"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+(?:[{UPPER}]\.|{_SIGNER_WORD})){{1,3}})"
    r"(?:,?[ \t]+(?:[A-Z]{2,5}|PhD|DPhil))*"
)


def _names_after_closing(page: int, text: str) -> list[Mention]:
    """The writers a letter's closing words name on the line after them ("Yours sincerely," then "Eleanor Pryce"),
    side by side or alone."""
    out = []
    for line in _CLOSING_LINE_RE.finditer(text):
        for column in _SIGNER_COLUMN_RE.finditer(text, *line.span("line")):
            signer = _SIGNER_RE.fullmatch(column.group(0))
            if signer and person_name_ok(signer.group("name")):
                s, e = (column.start() + i for i in signer.span("name"))
                out.append(Mention(page, s, e, signer.group("name"), signer.group("name"), t.PERSON, P_STRONG))
    return out


# a list's line opened by a person's name with one or two middle initials and a comma before a role or an
# affiliation ("Farid M. Ospanov, author", "Anna K. L. Berg, University of Tartu"): a signatory's line
_INITIALLED_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?:(?:Dr|Prof|Professor)\.?[ \t]+)?"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}]\.){{1,2}}"
    rf"[ \t]+[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?),"
)


# a courtesy or academic title, one to three initials with or without their dots and a family name, as a
# tribunal's record writes its members, counsel and parties ("Mr B D Yates", "Miss K Eshun", "Ms K. Pal",
# "Prof. K Ahmad"): a person; a capitalised word after one blank goes on with the name (a run of blanks is a
# line's end the page was joined over)
_ADDRESSED_INITIALS_RE = re.compile(
    rf"(?<![\w\-])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?[ \t]+"
    rf"(?P<name>(?:[{UPPER}]\.?[ \t]+){{1,3}}[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?)"
    rf"(?![\w\-’']| [{UPPER}][{LOWER}])"
)


def _addressed_initialled_people(page: int, text: str) -> list[Mention]:
    """The people a page names by a courtesy title, their initials and their family name, the initials
    written with their dots ("Mr B D Yates" is B. D. Yates)."""
    out = []
    for m in _ADDRESSED_INITIALS_RE.finditer(text):
        written = m.group("name")
        name = " ".join(w if len(w.rstrip(".")) > 1 else f"{w.rstrip('.')}." for w in written.split())
        if _initialled_name_ok(name):
            out.append(Mention(page, *m.span("name"), written, name, t.PERSON, P_STRONG))
    return out


def _initialled_line_people(page: int, text: str) -> list[Mention]:
    """The people whose names, with middle initials, open a list's lines before a comma (a signatory's line)."""
    return named_people(page, text, _INITIALLED_LINE_RE, _initialled_name_ok)


# a programme's line for one speaker: a list's number or a part's label ("Chair:", "Chair and Discussant:") or
# neither, the speaker's name (middle initials kept), then after a comma or in brackets who the speaker is with,
# parted by commas: a post, the body, the country (in capitals or not), and after them the talk's title in quotes
# ("2. Jane Q. Roe, Drexel University, USA, “Title”", "Jane Roe (World Uyghur Congress, Turkey)")
_PROGRAMME_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?:\d{{1,2}}[.)][ \t]+|[{UPPER}][{LOWER}]+(?:[ \t]+(?:and[ \t]+)?[{UPPER}][{LOWER}]+){{0,2}}:[ \t]+)?"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+(?:[{UPPER}]\.|[{UPPER}][{LOWER}'’\-]+)){{1,3}})"
    rf"(?:,[ \t]*|[ \t]*\()(?P<with>[{UPPER}][^\n“\"()]*?)[ \t]*(?:\)[ \t]*$|,?[ \t]*[“\"]|,?[ \t]*$)"
)


# one part of who a speaker is with: capitalised words, initials, and the small words of a body's name
_PROGRAMME_PART_WORD = rf"(?:[{UPPER}][\w.&'’\-]*|of|for|and|the|at|on|in|&)"
_PROGRAMME_PART_RE = re.compile(rf"{_PROGRAMME_PART_WORD}(?:[ \t]+{_PROGRAMME_PART_WORD}){{0,7}}")


def _programme_speakers(page: int, text: str) -> list[Mention]:
    """The speakers a programme's lines name before who they are with: a person where a part after the name is
    a post or names a body; the part before a closing country is the speaker's body, and a country in capitals
    ("TURKEY") the place."""
    out = []
    for m in _PROGRAMME_LINE_RE.finditer(text):
        name = m.group("name")
        bare = " ".join(w for w in name.split() if not w.endswith("."))
        parts = [p.strip() for p in m.group("with").split(",") if p.strip()]
        if not parts or not _programme_name_ok(bare) or classify_run(name.split()) or name.split()[0] in TITLE_TOKENS:
            continue
        if title_or_role_word(bare.split()[-1]):
            continue  # "Senior Fellow, Victims of Communism Memorial Foundation": a caption's post, no name
        if not all(_PROGRAMME_PART_RE.fullmatch(p) for p in parts):
            continue  # "Chairman Meeks, Ranking Member McCaul, and members of …": a sentence, no speaker's line
        if set(bare.split()) & set(m.group("with").split()):
            continue  # "Polo Jack Marlow (Jack Marlow Corporation)": a brand before the owner named as it is
        if not any(title_or_role_word(p.split()[-1]) or classify_run(p.split()) for p in parts):
            continue
        # (the line vouches for the name as a credit does: no place the gazetteer finds inside it makes it a body)
        out.append(Mention(page, *m.span("name"), name, name, t.PERSON, P_CREDITED))
        if len(parts) >= 2 and _country_as_written(parts[-1]) and not known_place(parts[-2]):
            out.extend(_programme_body_and_country(page, text, m, parts[-2], parts[-1]))
    return out


def _programme_name_ok(name: str) -> bool:
    """A speaker's name: a person's, or a Uyghur given name before a word the gazetteer holds as a place too
    ("Memet Emin": Emin is a county), as a speaker's line vouches for it."""
    if not person_shaped(name):
        return False
    return person_name_ok(name) or (uyghur_given_name(name.split()[0]) and not known_place(name))


def _country_as_written(part: str) -> str | None:
    """The place a programme's line names last, in capitals or not ("USA", "TURKEY", "Turkey"): its canonical name."""
    for form in (part, part.title()):
        entry = t.gazetteer_index().get(t.fold(form))
        if entry is not None and entry.type == t.PLACE:
            return entry.canonical
    return None


def _programme_body_and_country(page: int, text: str, line: re.Match[str], body: str, country: str) -> list[Mention]:
    """The body a programme's line names before the speaker's country, and the country where it is in capitals."""
    out = []
    start = text.index(body, line.start("with"))
    kind = classify_run(body.split())
    if not title_or_role_word(body.split()[-1]) and kind != t.PLACE:
        out.append(Mention(page, start, start + len(body), body, body, kind or t.ORGANIZATION, P_STRONG))
    if country.isupper() and len(country) > 3:  # "TURKEY", which the model reads as a body ("USA" are initials)
        at = text.index(country, start + len(body))
        canonical = _country_as_written(country) or country
        out.append(Mention(page, at, at + len(country), country, canonical, t.PLACE, P_STRONG))
    return out


# a list's line opened by a person written as initials and a family name, a comma and the post the person
# holds ("T. Ashworth, Data Editor", "R. J. Okafor-Hale, Senior Policy Officer"): a title page's author line
_INITIALS_POST_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?:(?:Dr|Prof|Professor)\.?[ \t]+)?"
    rf"(?P<name>(?:[{UPPER}]\.[ \t]*){{1,2}}[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?),[ \t]+"
    rf"(?:[{UPPER}][{LOWER}]+[ \t]+){{0,3}}(?P<post>[{UPPER}][{LOWER}]+)[ \t]*(?:,|$)"
)


def _initials_post_line_people(page: int, text: str) -> list[Mention]:
    """The people written as initials and a family name who open a line before a comma and their post."""
    found = (m for m in _INITIALS_POST_LINE_RE.finditer(text) if title_or_role_word(m.group("post")))
    return [Mention(page, *m.span("name"), m.group("name"), m.group("name"), t.PERSON, P_STRONG) for m in found]


# a profile's bio line: the holder's post, a comma and the body the post is held at, before a full stop or a bar
# ("Correspondent, Dagens Nyheter. Formerly Moscow.", "Senior Researcher, Human Rights Watch | Views my own")
_BIO_POST_BODY_RE = re.compile(
    rf"(?m)^[ \t]*(?:[{UPPER}][{LOWER}]+[ \t]+){{0,2}}(?P<post>[{UPPER}][{LOWER}]+),[ \t]+"
    rf"(?P<body>(?:The[ \t]+)?[{UPPER}][\w’'&\-]+(?:[ \t]+(?:of|for|and|&|[{UPPER}][\w’'&\-]+)){{0,5}})[ \t]*(?:[.|]|$)"
)


def _bio_bodies(page: int, text: str) -> list[Mention]:
    """The body a profile's bio line names after the holder's post and a comma: an organisation."""
    out = []
    for m in _BIO_POST_BODY_RE.finditer(text):
        body = m.group("body")
        if (
            m.group("post").lower() in t.ROLE_NOUNS
            and not known_place(body)
            and body.split()[-1] not in ("of", "for", "and", "&")
        ):
            out.append(Mention(page, *m.span("body"), body, body, t.ORGANIZATION, P_STRONG))
    return out


def _initialled_name_ok(name: str) -> bool:
    """A name whose middle initials make it a person's (no place or body is written so), no place's or body's,
    nor a title before an initialled name ("Councillors R. Ahmed, T. Bell": the title of the list's people)."""
    return (
        person_name_ok(name)
        and t.fold(name) not in t.gazetteer_index()
        and strip_titles(name) == name
        and not NUMBERED_PART_RE.match(name)  # "Series I. Interviews": a part's heading, its numeral no initial
    )


def _post_authors(page: int, text: str) -> list[Mention]:
    """The person who wrote an embedded post, named before the handle (a body's name there stays a body)."""
    return named_people(page, text, _POST_AUTHOR_RE, _unplaced_person_name)


def _post_header_people(page: int, text: str) -> list[Mention]:
    """The person whose display name heads a post before the handle (a body's name there stays a body)."""
    return named_people(page, text, _POST_HEADER_RE, _unplaced_person_name)


def _unplaced_person_name(name: str) -> bool:
    """A person's name by its shape and words, and no place's or well-known body's."""
    return person_shaped(name) and person_name_ok(name) and t.fold(name) not in t.gazetteer_index()


# a witness a judgment or a hearing names by a code and a pseudonym in quotation marks: 'Witness W-04 ("Gulnar")'
_PSEUDONYM_RE = re.compile(
    r"\b[Ww]itness[ \t]+(?:[A-Z]{1,3}-?\d{0,3}|\d{1,3})[ \t]+\([ \t]*[\"“'‘]"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+)?)[\"”'’][ \t]*\)"
)


def _witness_pseudonyms(page: int, text: str) -> list[Mention]:
    """The pseudonym a witness designated by a code is given: a person, even by one name."""
    return named_people(page, text, _PSEUDONYM_RE, _pseudonym_ok)


def _pseudonym_ok(name: str) -> bool:
    return name.lower() not in t.NOT_NAME_WORDS and classify_run(name.split()) is None


# a signature under the line of a post or of the body signing ("For the Council" / "The President"): an initial
# and a surname in capitals on a line of its own ("J. BORRELL FONTELLES")
_CAPS_SIGNATURE_RE = re.compile(
    r"(?m)^[ \t]*(?:For|The|On[ \t]+behalf[ \t]+of)[ \t][^\n]{1,40}\n(?:[ \t]*\n)*"
    r"[ \t]*(?P<name>[A-Z]\.(?:[ \t]?[A-Z]\.)?[ \t]+[A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'\-]+){0,2})[ \t]*$"
)


def _caps_signatures(page: int, text: str) -> list[Mention]:
    """The person who signs an act under the signing post's line, named by an initial and a surname in capitals."""
    return named_people(page, text, _CAPS_SIGNATURE_RE, _surname_after_initials_ok, _as_written_name)


def _surname_after_initials_ok(name: str) -> bool:
    surname = [w for w in name.split() if not w.endswith(".")]
    return name_words_ok(" ".join(surname)) and classify_run(surname) is None


# the maker of a witness statement or an affidavit, who opens it by name set off by commas, in capitals or as a name
# is written, before where she lives or what she is ("I, JANE ROE, of 12 Harbour Street, will say as follows",
# "I, Dr Ann Lee, a physician, make oath and say"): a person, the name written as a name
_DEPONENT_NAME = rf"[{UPPER}][{UPPER}{LOWER}'’\-]+(?:[ \t]+(?:[{UPPER}]\.|[{UPPER}][{UPPER}{LOWER}'’\-]+)){{1,3}}"
_DEPONENT_RE = re.compile(
    rf"(?m)^[ \t]*I,[ \t]+(?:(?:{'|'.join(t.TITLES_OF_ADDRESS)}|Prof)\.?[ \t]+)?(?P<name>{_DEPONENT_NAME}),[ \t]+"
    r"(?:of|an?|aged|born|the|residing|care[ \t]+of|c/o)\b"
)


def _deponents(page: int, text: str) -> list[Mention]:
    """The person who makes a statement and names herself at its opening ("I, JANE ROE, of …")."""
    return named_people(
        page, text, _DEPONENT_RE, lambda name: person_shaped(name) and person_name_ok(name), _as_written_name
    )


# a summary record's speaker: a courtesy title, the family name in capitals, any given names after it and the
# country in brackets or a verb of speech ("Mr. KOVALENKO Dmytro (Ukraine) said", "Chairperson: Ms. ABENA")
_RECORD_SPEAKER_RE = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+(?P<name>[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?"
    rf"(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{0,2}})"
    rf"(?=[ \t]*(?:\([{UPPER}]|,|:|\.(?:[ \t]|$)|$|[ \t]+(?:said|asked|noted)\b))",
    re.MULTILINE,
)


@functools.cache
def _post_family_capitals_re() -> re.Pattern[str]:
    """A post's title, then the family name in capitals and the given names after it, as East Asian governments'
    and outlets' English pages write them ("Chief Cabinet Secretary MATSUNO Hirokazu said", "Foreign Minister
    PARK Jin met"): a given name is needed, so a heading's capitals after a title ("Minister ABE") name no one, nor
    a title-case headline's ("Prime Minister KISHIDA Meets Biden", "President NATO Summit Opens"), whose words
    after the capitals are capitalised as any are."""
    family = rf"[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?"
    given = rf"[{UPPER}][{LOWER}'’\-]+"
    # the post's portfolio may follow its title ("Minister of Public Security MENG Jianzhu"), and a cable or a
    # report puts the family name in capitals after the given names as often ("Chairman Nur BEKRI"): then no
    # given name is a title's word ("Chief Cabinet Secretary TAKEMORI": the title's), and the capitals are three
    # letters or more and no letters after a name ("Judge Anne Moulder DBE", "Alan Pryce MP")
    portfolio_word = rf"[{UPPER}][{LOWER}]+"
    portfolio = rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?{portfolio_word}(?:[ \t]+(?:and[ \t]+)?{portfolio_word}){{0,3}})?"
    no_title = "|".join(sorted(map(re.escape, t.TITLE_WORD_PARTS), key=len, reverse=True))
    letters = "|".join((_POST_NOMINALS, *DEGREES))
    free_given = rf"(?!(?:{no_title})(?![\w\-])){given}"
    last_family = rf"(?!(?:{letters})(?![\w\-]))[{UPPER}]{{3,}}(?:-[{UPPER}]{{2,}})?"
    return re.compile(
        rf"(?<![\w\-])(?:{_titles_alternation()}){portfolio}\s+(?P<name>{family}(?:\s+{given}){{1,2}}"
        rf"|{free_given}(?:\s+{free_given})?\s+{last_family})(?![\w\-])"
    )


def _line_of(text: str, m: re.Match[str]) -> str:
    """The whole line that holds a match."""
    end = text.find("\n", m.end())
    return text[text.rfind("\n", 0, m.start()) + 1 : len(text) if end < 0 else end]


# a given name or two, then the family name in capitals, as cables, UN papers and registers write a name
# ("Dolkun ISA", "Yusup AHMET")
_GIVEN_THEN_CAPS_FAMILY = rf"[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+)?[ \t]+[{UPPER}]{{2,}}"
# a source a diplomatic cable asks to keep secret, named before "(protect)" or "(strictly protect)": a person, the
# family name in capitals or not ("Aziz KARIMOV (protect)", "Lena Sorvik (strictly protect)")
_PROTECTED_SOURCE_RE = re.compile(
    rf"(?<![\w\-])(?P<name>{_GIVEN_THEN_CAPS_FAMILY}"
    rf"|[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})[ \t]*\((?:strictly[ \t]+)?protect\)"
)
# a numbered paragraph's mark at a line's start, a classification's after it or not ("4. (C) ", "12. ", "(3) ")
_PARAGRAPH_MARK_RE = re.compile(r"[ \t]*(?:\d{1,3}\.|\(\d{1,3}\))[ \t]+(?:\([A-Z]{1,4}\)[ \t]+)?[A-Z]")


# a sentence's end inside a line, the next sentence after it ("... and Rebiya Kadeer.  Minister of ...")
_SENTENCE_INSIDE_RE = re.compile(rf"[{LOWER}]\.[ \t]+[{UPPER}]")


def _wrapped_paragraph_line(raw: str, m: re.Match[str]) -> bool:
    """Whether a match's line is one of a hard-wrapped paragraph's, as a cable's or a report's are, and runs on to
    the next line: it opens with a paragraph's number ("4. (C) XUAR Party Secretary WANG Lequan and XUAR Chairman
    Nur" over "BEKRI have repeated ...") or one sentence ends inside it ("Kadeer.  Minister of Public Security MENG
    Jianzhu visited"); its many capitalised words are a paragraph's, no headline's."""
    line = _line_of(raw, m)
    after = raw[m.end() :].split("\n", 2)
    runs_on = len(after) > 1 and after[1].strip() != ""
    return runs_on and (_PARAGRAPH_MARK_RE.match(line) is not None or _SENTENCE_INSIDE_RE.search(line) is not None)


def _record_speakers(page: int, text: str, raw: str) -> list[Mention]:
    """The people a summary record names by a courtesy title and a family name in capitals, written as a name,
    and those a post's title names so (``_post_family_capitals_re``) outside a headline (its line in ``raw``, the
    page as written)."""
    out = []
    posts = (
        m
        for m in _post_family_capitals_re().finditer(text)
        if _wrapped_paragraph_line(raw, m) or not title_case_headline(_line_of(raw, m))
    )
    for m in (*_RECORD_SPEAKER_RE.finditer(text), *posts, *_PROTECTED_SOURCE_RE.finditer(text)):
        written = " ".join(m.group("name").split())
        name = _as_written_name(written)
        if name_words_ok(name) and classify_run(name.split()) is None:
            out.append(Mention(page, m.start("name"), m.end("name"), written, name, t.PERSON, P_STRONG))
    return out


# a Chinese name in pinyin with the family name in capitals and no title before it, as patents, registers and
# papers list people ("Inventors: ZHANG Haitao; LIU Qing", "credited to GAO Ming"): the capitals a common pinyin
# surname, the given name one or two pinyin syllables; no capitalised word after it ("MA Long Road": a street)
_PINYIN_CAPS_FAMILY_RE = re.compile(
    r"(?<![\w\-’'])(?P<family>[A-Z]{1,6})[ \t]+(?P<given>[A-Z][a-z]{1,11}(?:-[a-z]{1,6})?)(?![\w\-’']|[ \t]+[A-Z][a-z])"
)
# a list item beside such a name that writes another name given name first and the family name in capitals
# ("ZHANG Haitao; Yusup AHMET; CHEN Wei"), between the list's semicolons or at its ends
_CAPS_FAMILY_ITEM_RE = re.compile(
    rf"(?:(?<=;)|(?<=:))[ \t]*(?P<name>{_GIVEN_THEN_CAPS_FAMILY}(?:-[{UPPER}]{{2,}})?)[ \t]*(?=;|$)",
    re.MULTILINE,
)


def _pinyin_caps_family_names(page: int, text: str) -> list[Mention]:
    """The people named in pinyin with the family name in capitals and no title (``_PINYIN_CAPS_FAMILY_RE``), not
    inside a run of capitals (a heading's "CHINA DAILY MA Jun"), and in a semicolon list that holds one, the
    other items written given name first before the family name in capitals (``_CAPS_FAMILY_ITEM_RE``); read on
    the page as written, whose lines a list's items and a patent's fields keep to."""
    out = []
    listed_lines = set()
    for m in _PINYIN_CAPS_FAMILY_RE.finditer(text):
        family, given = m.group("family"), m.group("given")
        if not pinyin_name(family, given):
            continue
        if re.search(r"[A-Z]{2,}[ \t]+$", text[max(0, m.start() - 12) : m.start()]):
            continue
        name = f"{family.title()} {given}"
        if not (name_words_ok(name) and classify_run(name.split()) is None):
            continue
        out.append(Mention(page, m.start(), m.end(), m.group(0), name, t.PERSON, P_STRONG))
        if ";" in _line_of(text, m):
            listed_lines.add(text.rfind("\n", 0, m.start()) + 1)
    for start in listed_lines:
        end = text.find("\n", start)
        for item in _CAPS_FAMILY_ITEM_RE.finditer(text, start, len(text) if end < 0 else end):
            written = item.group("name")
            name = _as_written_name(written)
            if name_words_ok(name) and classify_run(name.split()) is None and not known_place(name):
                out.append(Mention(page, item.start("name"), item.end("name"), written, name, t.PERSON, P_STRONG))
    return out


# a book's line under its title and author in a review's header: the publisher, the year and the length in
# pages ("M. E. Sharpe, 2004, 528 pp.", "Harbour Lane Press, 2006, 412 pp."): the publisher is a body, no person
_PUBLISHER_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?P<name>(?:[A-Z]\.[ \t]?)*[A-Z][\w'’&\-]+(?:[ \t]+(?:[A-Z]\.[ \t]?)*[A-Z][\w'’&\-]+){0,3}),"
    r"[ \t]+(?:1[5-9]|20)\d\d,[ \t]+[\dxivlc+\-]+[ \t]*pp\.[ \t]*$"
)


def _publisher_lines(page: int, text: str) -> list[Mention]:
    """The publisher a review's header names before a book's year and its length in pages."""
    out = []
    for m in _PUBLISHER_LINE_RE.finditer(text):
        name = m.group("name")
        out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.ORGANIZATION, P_STRONG))
    return out


# a name in capitals with a middle initial on a line of its own ("JANE Q. ROE" over "Acting Solicitor General"),
# or in a caption before the capacity the party is sued in ("JOHN ROE, in his official capacity as …"), or
# opening a cell of a caption whose cells a column of colons parts, before a comma and the post held in capitals
# ("… : : JANE Q. ROE, SECRETARY OF LABOR, : 200 Main Street …", "JOHN ROE, REVIEW : BOARD CHAIR,")
_CAPS_INITIALLED_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][A-Z’'\-]+[ \t]+[A-Z]\.[ \t]+[A-Z][A-Z’'\-]+)[ \t]*$"
    r"|(?P<sued>\b[A-Z][A-Z’'\-]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][A-Z’'\-]+),[ \t]+in[ \t]+(?:his|her|their)[ \t]+"
    r"(?:official|personal|individual)[ \t]+capacit"
    r"|(?:^|(?<=:[ \t]))[ \t]*(?P<cell>[A-Z][A-Z’'\-]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][A-Z’'\-]+),[ \t]+"
    r"(?P<post>[A-Z][A-Z\-]+(?:[ \t]+(?::[ \t]+)?[A-Z][A-Z\-]+){0,5})(?=[ \t]*[,:])"
)


def _caps_post(post: str) -> bool:
    """Whether words in capitals name a post: one of them, as a name is written, is a title's word."""
    return any(w.title() in t.TITLE_WORDS for w in re.findall(r"[A-Z][A-Z\-]+", post))


def _caps_initialled_names(page: int, text: str) -> list[Mention]:
    """The people a brief or a caption names in capitals: with a middle initial alone on a line, or before the
    capacity they are sued in; written as a name."""
    out = []
    for m in _CAPS_INITIALLED_LINE_RE.finditer(text):
        group = next(g for g in ("name", "sued", "cell") if m.group(g))
        if group == "cell" and not _caps_post(m.group("post")):
            continue  # "ACME TEXTILES, LTD.": a company's name, no post after it
        written = m.group(group)
        name = _as_written_name(written)
        if name_words_ok(name) and classify_run(name.split()) is None:
            out.append(Mention(page, m.start(group), m.end(group), written, name, t.PERSON, P_STRONG))
    return out


# a court's or a tribunal's panel as its heading lists it, one member a line in capitals, the judicial title and
# the surname ("UPPER TRIBUNAL JUDGE HALLORAN", "THE HONOURABLE MRS JUSTICE LIEVEN-PARK")
_CAPS_JUDGE_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:(?!OF\b)[A-Z][A-Z\-]*[ \t]+){0,5}(?:JUDGE|JUSTICE)[ \t]+"
    rf"(?P<name>[A-Z][A-Z’'\-]+(?:[ \t]+(?!(?:{_POST_NOMINALS})\b)[A-Z][A-Z’'\-]+)?)"
    # the judge's honours after the name, and the words the judge speaks after a colon ("MR JUSTICE LINDEN: This")
    rf"(?:[ \t]+(?:{_POST_NOMINALS}))*[ \t]*(?:$|:)"
)


# a judge of the courts of England and Wales as a judgment names one, by surname and the letters of the judicial
# office after it: "granted by Lang J", "Hallett LJ said", "(Smith and Jones JJ)"; after a word that a name follows
# in a sentence, not opening one ("J" alone after a capitalised word is often an initial: "Section J")
_SURNAME = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_JUDGE_LETTERS_RE = re.compile(
    r"(?:\b(?:by|before|of|per|and|to|with|from|[Aa]s)[ \t]+|[(,][ \t]*)"
    rf"(?P<name>{_SURNAME})[ \t]+(?P<office>J|LJ|JJ|LJJ)"
    r"(?=[ \t]*[,;:)]|\.(?![ \t]*[A-Z])|[ \t]+[a-z])"
    # or opening a sentence, the judge's act in the past tense after the letters ("Chamberlain J held that")
    rf"|(?:^|(?<=[.!?][ \t])|(?<=\n))(?P<opening>{_SURNAME})[ \t]+(?P<opening_office>J|LJ)"
    r"(?=[ \t]+(?:[a-z]+ed|held|said|found|gave|took|thought|made|set)\b)"
)


def _judge_surname(name: str) -> bool:
    """Whether a word before a judge's letters can be a surname: no title, no place, a name's word."""
    return name not in TITLE_TOKENS and not known_place(name) and name_words_ok(name)


def _judges_by_letters(page: int, text: str) -> list[Mention]:
    """The judges a judgment names by surname and the letters of their office ("Lang J", "Hallett LJ"): people,
    by surname."""
    out = []
    for m in _JUDGE_LETTERS_RE.finditer(text):
        part, office = ("name", "office") if m.group("name") else ("opening", "opening_office")
        name = m.group(part)
        if not _judge_surname(name):
            continue
        written = text[m.start(part) : m.end(office)]
        out.append(Mention(page, m.start(part), m.end(office), written, name, t.PERSON, P_STRONG))
        if m.group(office) in ("JJ", "LJJ"):
            out.extend(_judges_listed_before(page, text, m.start("name")))
    return out


# the other judges a plural office's letters follow ("Smith and Jones JJ", "Smith, Brown and Jones LJJ"): the
# surnames before the last one's "and"
_JUDGES_LISTED_RE = re.compile(rf"(?<![\w\-’'])(?P<names>{_SURNAME}(?:,[ \t]+{_SURNAME})*),?[ \t]+and[ \t]+\Z")


def _judges_listed_before(page: int, text: str, start: int) -> list[Mention]:
    """The judges listed before the last one a plural office's letters follow: people, by surname."""
    listed = _JUDGES_LISTED_RE.search(text, max(0, start - 120), start)
    if listed is None:
        return []
    out = []
    for found in re.finditer(r"[^,\s]+", listed.group("names")):
        name = found.group(0)
        if not _judge_surname(name):
            continue
        s = listed.start("names") + found.start()
        out.append(Mention(page, s, s + len(name), name, name, t.PERSON, P_STRONG))
    return out


def _caps_judges(page: int, text: str) -> list[Mention]:
    """The judges a panel's heading lists in capitals after their judicial title: people, by surname."""
    out = []
    for m in _CAPS_JUDGE_LINE_RE.finditer(text):
        written = m.group("name")
        name = _caps_as_written(written)
        if any(w in TITLE_TOKENS for w in name.split()) or known_place(name):
            continue  # "JUDGE ADVOCATE GENERAL": a post's words, no surname
        if name_words_ok(name) and classify_run(name.split()) is None:
            out.append(Mention(page, *m.span("name"), written, name, t.PERSON, P_STRONG))
    return out


# a broadcast transcript's speaker label opening a line, the name in capitals and a role after a comma:
# "JANE ROE, HOST:", "ALI KHAN, BYLINE:", then the surname alone: "ROE:"
_SPEAKER_LABEL_RE = re.compile(
    r"(?m)^[ \t]*(?P<name>[^\W\d_][\w’'\-]*(?:[ \t]+[^\W\d_][\w’'\-.]*){0,3})"
    r"(?P<role>,[ \t]+[^\W\d_][^\W\d_ \t]*(?:[ \t]+[^\W\d_]+){0,2})?:(?!\S)"
)


# the words of a label for a voice a transcript does not name: "UNIDENTIFIED PERSON:", "CROWD:"
_UNNAMED_VOICE_WORDS = frozenset({"unidentified", "unknown", "person", "crowd", "group", "voice", "speaker"})


def _speaker_labels(page: int, text: str) -> list[Mention]:
    """The people a transcript labels as speakers: a name in capitals opening a line before a colon and what they
    say (or before their role: "JANE ROE, HOST:"), on a page with three such labels or more; a one-word label is a
    surname a full label on the page ends with."""
    labels = [m for m in _SPEAKER_LABEL_RE.finditer(text) if m.group(0).rstrip(": \t").isupper()]
    labels = [m for m in labels if m.group("role") or _SPEECH_AFTER_RE.match(text, m.end())]
    if len(labels) < 3:
        return []
    names = {m.start("name"): " ".join(w.title() for w in m.group("name").split()) for m in labels}
    full = {n for n in names.values() if len(n.split()) >= 2 and _speaker_name_ok(n)}
    surnames = {n.split()[-1] for n in full}
    out = []
    for m in labels:
        name = names[m.start("name")]
        if name in full or name in surnames:
            out.append(Mention(page, m.start("name"), m.end("name"), m.group("name"), name, t.PERSON, P_STRONG))
    return out


# a speaker's name alone on its line in capitals, two or three words, and right under it what the speaker says in
# the first person ("AYGUL HASAN⏎We want to know where our brother is."), as a transcript, a hearing's record or a
# video's subtitles lay out their turns
_CAPS_SPEAKER_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'\-]+){1,2})[ \t]*\n[ \t]*"
    r"(?=[^\n]*?\b(?:I|I'm|I’m|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b)(?=[A-Z\"“‘'][^\n]*[a-z])"
)


def _caps_speaker_lines(page: int, raw: str) -> list[Mention]:
    """The speakers a page names in capitals on lines of their own over what they say in the first person: a name
    that labels two turns or more, or one the page writes in prose as well ("Aygul Hasan, whose brother …"). A
    report's heading in capitals over its prose ("KEY FINDINGS⏎We found …") stands once and is never written so
    (nor after "the", as a thing's name is: "GOLDEN GATE⏎We crossed …⏎The Golden Gate was …");
    a name's words are no common ones, none the page writes in lower case, and none a role's, a body's or a
    place's."""
    turns = []
    lower_words = set(re.findall(r"\b[a-z][a-z’'\-]+\b", raw))  # the page's ordinary words ("the key findings")
    for m in _CAPS_SPEAKER_LINE_RE.finditer(raw):
        name = _as_written_name(m.group("name"))
        words = name.split()
        if _speaker_name_ok(name) and not any(common_word(w) or w.lower() in lower_words for w in words):
            turns.append((m, name))
    counts = collections.Counter(name for _, name in turns)
    return [
        Mention(page, *m.span("name"), m.group("name"), name, t.PERSON, P_STRONG)
        for m, name in turns
        if counts[name] >= 2 or re.search(rf"(?<![\w\-])(?<![Tt]he ){re.escape(name)}(?![\w\-])", raw)
    ]


# what the speaker says, on the label's line ("HALVORSEN: I did."): a heading's colon ends its line ("READ MORE:")
_SPEECH_AFTER_RE = re.compile(r"[ \t]+\S")


def _speaker_name_ok(name: str) -> bool:
    """Whether a speaker label names a person: no word of an unnamed voice or of a role, no body's or place's."""
    words = name.split()
    return (
        not any(w.lower() in _UNNAMED_VOICE_WORDS or w.lower() in t.ROLE_NOUNS for w in words)
        and classify_run(words) is None
        and t.fold(name) not in t.gazetteer_index()
        and person_name_ok(name)
    )


# the owner of a relative, by a possessive: "Dawut's daughter, Akeda Pulati", "Tursun's wife said" (a family
# noun, so not "Apple's parent company"); and a name an apposition says is a person by what the person does or
# did: "Tohti, a former professor of economics, was", "Chanisheff, then a new college student," (a middle
# initial's full stop ends no sentence: "Ann B. Roe, a historian," is named in full by the model)
_KIN_OWNER_RE = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_NAME_WORDS})['’]s?[ \t]+(?:{KIN_NOUNS})(?![\w\-])(?![ \t]+(?:company|firm|group|body))"
)


_APPOSED_PERSON_NOUNS = (
    r"professor|lecturer|scholar|academic|researcher|scientist|student|teacher|writer|poet|novelist|journalist|"
    r"reporter|editor|activist|economist|historian|linguist|anthropologist|ethnographer|musician|singer|artist|"
    r"doctor|lawyer|businessman|businesswoman|entrepreneur|farmer|imam|official|politician|diplomat|dissident"
)


_APPOSED_PERSON_RE = re.compile(
    r"(?:^|(?<=[\n;:])|(?<=\.)(?<!\b[A-Z]\.))"
    rf"[ \t]*(?P<name>{_NAME_WORDS}),[ \t]+(?:(?:then|now)[ \t]+)?(?:a|an|the)[ \t]+"
    rf"(?:[a-z][\w\-]*[ \t]+){{0,3}}(?:{_APPOSED_PERSON_NOUNS})s?\b"
)


# a name set off by a comma before the relative it is of someone, as a message introduces its writer or a witness
# a relative ("This is Memet, Aygul's husband.", "Tursunay, my cousin, wrote"): a person, even one known by a single
# name (no possessive after the kin noun: "Kashgar, my mother's town" names the mother's town)
_KIN_APPOSED_RE = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_NAME_WORDS}),[ \t]+(?:my|his|her|their|our|your|{_NAME_WORDS}['’]s?)[ \t]+"
    rf"(?:(?:elder|older|younger|little|late|eldest|youngest)[ \t]+)?(?:{KIN_NOUNS})(?![\w\-'’])"
)


# a person whose post a page gives as a place of work that changed: "Lena Ortiz, now at the University of Leeds,",
# "Omar Haddad, then with Human Rights Watch," (a body or a place is not "now at" anywhere)
_MOVED_PERSON_RE = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_NAME_WORDS}),[ \t]+(?:now|then|formerly|previously|later)[ \t]+(?:at|with)[ \t]+"
    r"(?:the[ \t]+)?[A-Z]"
)


# a person a page names after a post set off by a comma: "the General Counsel, Ana Ruiz.", "Its Chief Risk Officer,
# Tom Hart, said" (the post's noun, in capitals or not, says a person holds it; a title after the comma is read
# with the name it goes with: "The minister, Senator Ashby,")
@functools.cache
def _post_holder_re() -> re.Pattern[str]:
    roles = "|".join(sorted(t.ROLE_NOUNS, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w\-])(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ \t]+(?:[A-Za-z][\w\-]*[ \t]+){{0,3}}"
        rf"(?i:{roles}),[ \t]+(?!(?:{_titles_alternation()}|{_ABBREVIATED_TITLES})\b)(?P<name>{_NAME_WORDS})"
        r"(?=[ \t]*[,.;]|[ \t]+[a-z(])"
    )


# a wire's or a paper's initials in brackets after a dateline in capitals, before the story's dash ("BISHKEK
# (TCA) — A group …", "ALMATY (AKIpress) -"); and a news site named by its domain before what it is ("told 24.kg
# news agency", "the Kun.uz website")
# a wire's dateline: the city in capitals, the country and the day where given, the agency in brackets and a dash
# ("GENEVA (Reuters) -", "URUMQI, China, March 3 (Reuters) -", "BERLIN, March 4 (dpa) -", a lower-case agency too;
# the month in capitals too, and a colon for the dash: "LAHORE, APR 12 (PPA) –", "BEIJING, NOV.29 (PPA):")
_DATELINE_AGENCY_RE = re.compile(
    r"(?m)^[ \t]*(?P<city>[A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+){0,2})"
    r"(?:,[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?(?:,[ \t]+(?:[A-Z][a-z]{2,8}|[A-Z]{3,5})(?:\.[ \t]*|[ \t]+)\d{1,2})?"
    r",?[ \t]+\((?P<name>[A-Za-z][A-Za-z]{1,11})\)[ \t]*[—–\-:]"
)


# a newsletter's or a wire's dateline without a city, the month in capitals and the day, then the publisher in
# brackets in words and the story's dash: "OCT. 5 (The Steppe Bulletin) – …", "MARCH 12 (Asia Wire) —"
_DATE_ONLY_DATELINE_RE = re.compile(
    rf"(?m)^[ \t]*(?:{'|'.join(a.upper() for a in MONTH_ABBREVIATIONS)})[A-Z]*\.?[ \t]*\d{{1,2}}[ \t]+"
    r"\((?:The[ \t]+)?(?P<name>[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3})\)[ \t]*[—–\-:]"
)


_SITE_DOMAIN_RE = re.compile(
    r"(?<![\w.@/])(?P<name>[A-Za-z0-9][\w\-]*\.[a-z]{2,6})(?![\w.])"
    r"(?=[ \t]+(?:news[ \t]+(?:agency|site|portal|outlet|website)|website|portal)\b)"
)


def _wire_and_site_names(page: int, text: str) -> list[Mention]:
    """Bodies a news page names by its dateline's initials in brackets or by a site's domain, and the city of
    every dateline with an agency (a digest of wire stories has one a story), where the gazetteer or the list of
    the world's cities knows it."""
    out = []
    datelines = (*_DATELINE_AGENCY_RE.finditer(text), *_DATE_ONLY_DATELINE_RE.finditer(text))
    for m in (*datelines, *_SITE_DOMAIN_RE.finditer(text)):
        name = m.group("name")
        out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.ORGANIZATION, P_STRONG))
        city = (m.groupdict().get("city") or "").title()
        place = t.gazetteer_index().get(t.fold(city))
        if (place is not None and place.type == t.PLACE) or city in t.world_cities():
            s, e = m.span("city")
            canonical = place.canonical if place is not None else city
            out.append(Mention(page, s, e, text[s:e], city, t.PLACE, P_STRONG, canonical=canonical, strong=True))
    return out


# an article or a capitalised word right before a name (a line's break may follow it): unlike
# ``english_spacy._ARTICLE_BEFORE`` a capitalised word counts too, as no person's name follows a longer name ("the
# Cultural Revolution Zakir's father")
_ARTICLE_OR_CAPITAL_BEFORE_RE = re.compile(rf"(?:(?<![\w\-]){ARTICLE}|[A-Z][\w'’\-]*)[ \t]+$")


# a name given as an example of people by what they do: "other high-profile musicians, such as Abdurehim Heyit,
# have been", "officials such as Zhu Hailun and …" (the model may read a Uyghur name as a body)
_SUCH_AS_PERSON_RE = re.compile(
    rf"(?<![\w\-])(?P<plural>[a-z]+s),?[ \t]+such[ \t]+as[ \t]+(?P<name>{_NAME_WORDS})"
    r"(?=[ \t]*[,.;:)]|[ \t]+(?:and|or|who|have|has|had|were|was)\b)"
)


@functools.cache
def _people_plurals() -> frozenset[str]:
    """Plural nouns for people by what they do ("musicians", "officials") and other plurals for people."""
    return frozenset({f"{w}s" for w in t.ROLE_NOUNS if w.isalpha()} | set(PEOPLE_PLURALS.split("|")))


def _such_as_people(text: str) -> list[re.Match[str]]:
    """The names a page gives as examples of people by what they do."""
    return [m for m in _SUCH_AS_PERSON_RE.finditer(text) if m.group("plural") in _people_plurals()]


# a list's line opened by a name, a comma and what the person does, with no article ("Abdurehim Heyit, musician
# (born 1962)", "Tashpolat Tiyip, geographer and former president of …"): the words up to the first function
# word or bracket end in a role noun
_LISTED_NAME_RE = re.compile(rf"(?m)^[ \t]*(?:[-*•·▪–][ \t]+)?(?P<name>{_NAME_WORDS}),[ \t]+(?P<what>[^\n]{{1,80}})")
_WHAT_ENDS_RE = re.compile(r"[ \t]+(?:of|at|in|for|from|and|with|to|on|who|since|until)\b|[(,;:.\[]|$")


# a capitalised word, its parts after hyphens capitalised or not ("Mehmet-Qari", "Boateng-Reid", "Al-Amin")
_HYPHENED_WORD = rf"[{UPPER}][{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)*"
# a list's line opened by a name and the bracket of its bearer's life, as a "Notable people" list gives it
# ("Roza T. Amet (born 1977), singer", "Erkin Sabir (1931–2008) – historian"): the bracket says a person is
# meant, whatever follows; a middle initial may stand in the name
_LIFE_DATES_NAME_RE = re.compile(
    rf"(?m)^[ \t]*(?:[-*•·▪–][ \t]+)?(?P<name>{_HYPHENED_WORD}(?:[ \t]+(?:[{UPPER}]\.|{_HYPHENED_WORD})){{1,3}})"
    r"[ \t]+\((?:(?:born|b\.)[ \t]+(?:[^()\n]{0,20}?[ \t])?\d{4}|\d{4}[ \t]*[–\-][ \t]*\d{4})\)"
    r"(?=[ \t]*(?:[,;–—\-]|$))"
)


# a filing's signature block: the name after an electronic signature ("/s/ Jane Q. Roe") or a name alone on its
# line before the bracket of its bearer's bar number or admission ("Jane Q. Roe (D.C. Bar No. 1048823)", "John Doe
# (pro hac vice)"), to the line's end: the counsel who signs, a person
_FILING_NAME = rf"{_HYPHENED_WORD}(?:[ \t]+(?:[{UPPER}]\.|{_HYPHENED_WORD})){{1,3}}"
_SIGNED_FILING_NAME_RE = re.compile(
    rf"(?m)^[ \t]*(?:/s/[ \t]*(?P<signed>{_FILING_NAME})|(?P<barred>{_FILING_NAME})[ \t]*"
    r"\((?:[^()\n]{0,20}\bBar[ \t]+(?:No\.|Number|#)[ \t]*[\d\-]+|pro[ \t]+hac[ \t]+vice[^()\n]{0,30})\))[ \t]*$"
)


def _signed_filing_names(page: int, raw: str) -> list[Mention]:
    """The counsel a filing's signature block names after '/s/' or before a bar number (``_SIGNED_FILING_NAME_RE``)."""
    out = []
    for m in _SIGNED_FILING_NAME_RE.finditer(raw):
        group = "signed" if m.group("signed") else "barred"
        name = m.group(group)
        if classify_run(name.split()) is None and not known_place(name):
            out.append(Mention(page, m.start(group), m.end(group), name, name, t.PERSON, P_STRONG))
    return out


def _listed_role_people(text: str) -> list[re.Match[str]]:
    """The names that open a list's lines before a comma and a role noun ("X, musician", "Y, former president
    of …"), with the role's adjectives before it."""
    out = []
    for m in _LISTED_NAME_RE.finditer(text):
        what = m.group("what")
        end = _WHAT_ENDS_RE.search(what)
        words = what[: end.start() if end else len(what)].split()
        if 1 <= len(words) <= 4 and words[-1] in t.ROLE_NOUNS:
            out.append(m)
    return out


def _owners_and_apposed_people(page: int, text: str, lines: str = "") -> list[Mention]:
    """People named by a relative they own ("X's daughter") or are ("X, Y's husband"), at a sentence's start by an
    apposition saying what they do ("X, a former professor"), at a list line's start by a role without an article
    ("X, musician")
    or by the bracket of a life ("X (born 1969), …", read on ``lines``, the page with its line breaks), by a place
    of work that changed ("X, now at …") or after a post set off by a comma ("the General Counsel, X"), where the
    name is no known place or body and ends in no body's head."""
    out = []
    for m in (
        *_KIN_OWNER_RE.finditer(text),
        *_KIN_APPOSED_RE.finditer(text),
        *_APPOSED_PERSON_RE.finditer(text),
        *_MOVED_PERSON_RE.finditer(text),
        *_post_holder_re().finditer(text),
        *_such_as_people(text),
        *_listed_role_people(text),
        *_LIFE_DATES_NAME_RE.finditer(lines or text),  # read where each of a list's lines is one of its own
    ):
        name = m.group("name")
        words = name.split()
        if words[0] in CLAUSE_STARTERS or name.lower() in t.NOT_NAME_WORDS or name.lower() in KEYWORD_WORDS:
            continue
        if _ARTICLE_OR_CAPITAL_BEFORE_RE.search(text, max(0, m.start("name") - 30), m.start("name")):
            continue  # "the Cultural Revolution Zakir's father": no person's name follows "the" or a longer name
        if t.fold(name) in t.gazetteer_index() or classify_run(words) is not None or not person_name_ok(name):
            continue
        name = strip_titles(name)  # "Professor Rahile Dawut, an ethnographer": the title is no part of the name
        out.append(Mention(page, m.end("name") - len(name), m.end("name"), name, name, t.PERSON, P_STRONG))
    return out


# a name a reflexive pronoun for a person follows: "including Jane Roe herself", "Adil Tursun himself wrote"
_REFLEXIVE_NAME_RE = re.compile(rf"(?<![\w'’\-])(?P<name>{_NAME_WORDS})[ \t]+(?:him|her)self\b")


def _reflexive_names(page: int, text: str) -> list[Mention]:
    """The people a reflexive pronoun follows: "himself" and "herself" stand for a person, never a body."""
    out = []
    for m in _REFLEXIVE_NAME_RE.finditer(text):
        words = m.group("name").split()
        while words and (words[0] in CLAUSE_STARTERS or words[0] in t.HONORIFICS):
            words.pop(0)  # "The Mr …" cannot be; "In Jane Roe herself": the clause's opening word
        name = " ".join(words)
        if len(words) >= 2 and person_shaped(name) and person_name_ok(name):
            start = m.start("name") + m.group("name").index(name)
            out.append(Mention(page, start, start + len(name), name, name, t.PERSON, P_STRONG))
    return out


# a person named after the body that employs or speaks through them, by its possessive: "Human Rights Watch’s Jane
# Roe said", "the Uyghur Human Rights Project's Adil Tursun, speaking at …", "the Ministry of Foreign Affairs’ Jane
# Roe" (a plural's bare apostrophe) (the owner's words, up to six, may
# hold "of", "for", "and" or "the"; the name, two or three words, ends at a stop or a comma or before a verb: not
# "OFAC's Global Magnitsky sanctions", nor "the Office's Frequently Asked Question 897", nor a thing done to, "is"
# or "was" before a participle: "the Ministry of Public Security's Golden Shield was deployed", but for one said only
# of a person: "the Ministry's Jane Roe was dismissed")
_BODY_OWNED_NAME_RE = re.compile(
    rf"(?<![\w'’\-])(?P<owner>[{UPPER}][\w&\-]*(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*[{UPPER}][\w&\-]*){{0,5}})"
    rf"(?:['’]s|(?<=s)['’])[ \t]+(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})"
    r"(?=[ \t]*[,;:)]|\.(?:\s|$)|[ \t]+(?:said|says|told|wrote|added|argued|noted|explained|warned|asked|stated"
    r"|(?:is|was)\b(?![ \t]+(?:being[ \t]+)?[a-z]{3,}(?:ed|en|wn)\b)|has|had|who|[a-z]{3,}ed"
    rf"|(?:is|was)[ \t]+(?:{PERSON_PARTICIPLES}))\b)"
)


def _body_owner(words: list[str]) -> bool:
    """Whether the last words before a possessive name a body: one the list knows, or a run with a body's head
    ("Project", "Institute", "Ministry"), of one to six words."""
    forms = known_bodies.english_forms()
    for n in range(len(words), 0, -1):
        tail = words[-n:]
        if tail[0][:1].isupper() and (
            t.fold(" ".join(tail)) in forms or classify_run(tail) in (t.ORGANIZATION, t.PUBLIC_BODY)
        ):
            return True
    return False


def _body_owned_people(page: int, text: str) -> list[Mention]:
    """People a body's possessive names ("Amnesty International’s Jane Roe"): a person's name after a body, where
    the name is no place, no body and no post."""
    out = []
    for m in _BODY_OWNED_NAME_RE.finditer(text):
        name = m.group("name")
        named = name.split()[0] not in CLAUSE_STARTERS and person_shaped(name) and _labelled_name_ok(name)
        if named and _body_owner(m.group("owner").split()):
            out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.PERSON, P_STRONG))
    return out


# a title a year-like number opens, up to two capitalised words, then a body's or a periodical's head ("1843
# Magazine", "the 1990 Review", "the 1001 Group"), the number at a sentence's or a line's start or after "the"
# (not "In 2019 Human Rights Watch said": a date before a body's name): a body's name, the number no date
_NUMBERED_TITLE_RE = re.compile(
    r"(?:(?<=^)|(?<=[\n.!?:;\"“(])[ \t]*|(?<=\b[Tt]he)[ \t]+)"
    rf"(?P<name>(?:1[5-9]|20)\d\d(?:[ \t]+{CAP_WORD}){{0,2}}[ \t]+(?:{'|'.join(sorted(ORG_HEADS | {'Review'}))}))"
    r"(?![\w\-])"
)


def _numbered_titles(page: int, text: str) -> list[Mention]:
    """Bodies and periodicals whose name a year-like number opens ("1843 Magazine published …")."""
    return [
        Mention(page, *m.span("name"), m.group("name"), m.group("name"), t.ORGANIZATION, P_RULE)
        for m in _NUMBERED_TITLE_RE.finditer(text)
        if not _counts_people_after(text, m.end("name")) and not _REVIEW_OF_A_THING_RE.match(text, m.end("name"))
    ]


# "of" and a thing in lower case after a numbered title's "Review" ("the 2015 Review of the policy", "the 2019
# Review of detention"): a review of that thing, a document dated by its year, no periodical
_REVIEW_OF_A_THING_RE = re.compile(r"(?<=Review)[ \t]+of[ \t]+(?:(?:the|a|an|its|their)[ \t]+)?[a-z]")


def _counts_people_after(text: str, end: int) -> bool:
    """Whether a word for people follows a numbered title's head, which then says whose they are and the number
    counts them ("1500 Party members attended", "1600 Union members marched"), as "1843 Magazine ran" never does."""
    word = re.match(r"[ \t]+([a-z][\w'’]*)", text[end:])
    return word is not None and word.group(1) in PEOPLE_WORDS


# a body whose name holds "at", written on a line of its own, as a masthead, a signature or a copyright's holder
# writes it ("Scholars at Risk Network | Advocacy", "© 2022 Scholars at Risk Network."): the words after "at" end
# in a body's head; the page's other mentions of the name follow it
_AT_NAME_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?:©[ \t]*(?:\d{{4}}[ \t]+)?)?(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}}"
    rf"[ \t]+at[ \t]+(?P<tail>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,3}}))(?=[ \t]*(?:$|[|.]))"
)


def _names_with_at_alone(page: int, raw: str) -> list[Mention]:
    """Bodies whose name holds "at", on a line of their own; not people at a body the page or the lists name
    ("Students at Xinjiang University": the university is named, the students are none)."""
    out = []
    for m in _AT_NAME_LINE_RE.finditer(raw):
        tail = m.group("tail").split()
        if (
            classify_run(tail) != t.ORGANIZATION
            or known_place(tail[0])
            or t.fold(m.group("tail")) in known_bodies.english_forms()
        ):
            continue
        name = m.group("name")  # and wherever the page names it again ("Scholars at Risk Network said …")
        for again in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", raw):
            out.append(Mention(page, *again.span(), name, name, t.ORGANIZATION, P_STRONG))
    return out


# a cited case's name, "X v Y", with a party for whom the Crown sues in brackets ("R (Corner House Research) v
# Director of the Serious Fraud Office"): each party's words, up to ten capitalised, joined by "of", "for", "the",
# "and" or "&", "the" only after one of them ("Roe v. Wade the Supreme Court held": the sentence goes on after
# the party, whose name "the" never continues on its own)
_CASE_WORD = rf"[{UPPER}][\w’'\-&]*"
_CASE_PARTY = rf"{_CASE_WORD}(?:[ \t]+(?:(?:of|for|and|&)[ \t]+(?:the[ \t]+)?)?{_CASE_WORD}){{0,9}}"
# the second party ends before "and" that joins the next case's name ("Donoghue v Stevenson and Carlill v Carbolic
# Smoke Ball Company": two cases, "Stevenson and Carlill" no party)
_NEXT_CASE = rf"[ \t]+{_CASE_WORD}(?:[ \t]+{_CASE_WORD}){{0,3}}{CASE_V}"
_SECOND_PARTY = (
    rf"{_CASE_WORD}(?:[ \t]+(?:(?:of|for|(?:and|&)(?!{_NEXT_CASE}))[ \t]+(?:the[ \t]+)?)?{_CASE_WORD}"
    rf"(?!{CASE_V})){{0,9}}"
)
_CASE_NAME_RE = re.compile(
    rf"(?<![\w'’\-&])(?P<first>{_CASE_PARTY})(?:[ \t]+\((?P<bracketed>{_CASE_PARTY})\))?"
    rf"{CASE_V}(?P<second>{_SECOND_PARTY})"
)
# the signals that open a legal citation ("See Hartley v Morrow", "Cf. Roe v Wade", "But see …")
_CITATION_SIGNALS = frozenset({"See", "Cf", "Cf.", "Contra", "Compare", "Accord", "But", "see", "also"})
# the Crown as a party ("R v Rollins", "Regina v …", "The King v …"): listed by no page
_CROWN_PARTIES = frozenset({"R", "Regina", "Rex", "King", "Queen", "Crown"})
# a post's title, "of the", then its body ("Director of the Serious Fraud Office"): the body, as prose reads it
_POST_OF_THE_RE = re.compile(r"(?P<post>.+?)[ \t]+of[ \t]+the[ \t]+(?P<body>.+)")


def case_parties(
    page: int, text: str, ents: list[tuple[int, int, str]], found: list[Mention] | None = None
) -> list[Mention]:
    """The parties of a case a page cites, "X v Y": each what its own words say it is (a body by its head, a
    person by a name's shape, a surname alone) or, where they say nothing, what the model read at just its
    words (``ents``: "R (Corner House Research) v …" a body); never the case's name as one body; the Crown and a
    state apart. Where the page's other readings (``found``) make both sides places, or a place and a side a
    place's name ends ("England v France", "Real Madrid v Barcelona"), the "v" is a fixture, no case: nothing."""
    places = [(m.start, m.end) for m in found or [] if m.type == t.PLACE]
    # the model's label of each span it read, by the span's start and end (and without an article it read first)
    model_labels = {(s, e): label for s, e, label in ents} | {
        (s + 4, e): label for s, e, label in ents if text[s:e][:4] == "the "
    }
    out = []
    for m in _CASE_NAME_RE.finditer(text):
        if not m.group("bracketed") and all(_place_named_side(text, *m.span(g), places) for g in ("first", "second")):
            continue
        for group in ("first", "bracketed", "second"):
            if m.group(group):
                out.extend(_case_party(page, m.start(group), m.group(group), model_labels))
    return out


_MODEL_KINDS = {"ORG": t.ORGANIZATION, "PERSON": t.PERSON}


def _place_named_side(text: str, start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """Whether one side of an "X v Y" is a place the page's other readings found: the whole side, or a place
    that ends it after one capitalised word of its own ("Real Madrid"), as no post, the Crown or a body's
    head is ever written; a side with a post, a body's head or the Crown is no place's."""
    words = text[start:end].split()
    if (
        words[0] in TITLE_TOKENS
        or words[-1] in _CROWN_PARTIES
        or classify_run(words) in (t.ORGANIZATION, t.PUBLIC_BODY)
    ):
        return False
    return any(b == end and (a == start or (a > start and len(text[start:a].split()) == 1)) for a, b in places)


def _case_party(page: int, start: int, written: str, model_labels: dict[tuple[int, int], str]) -> list[Mention]:
    """One party of a cited case as a mention, where its words or the model's reading of them say what it is."""
    # "In Smith v …", "See Okafor v …": the clause's opening word, or a citation's signal, is no party's
    opening = first_word_past(written, CLAUSE_STARTERS | _CITATION_SIGNALS, keep_last=True) or 0
    as_written = written[opening:]
    start += opening
    words = as_written.split()
    name = " ".join(words)
    if words[-1] in _CROWN_PARTIES or known_place(name):
        return []  # the Crown; a state, which the place rules read
    if words[0] in TITLE_TOKENS:  # a post: the body after its "of the" ("Director of the Serious Fraud Office")
        post = _POST_OF_THE_RE.fullmatch(as_written)
        if post and classify_run(post.group("body").split()) in (t.ORGANIZATION, t.PUBLIC_BODY):
            return _case_party(page, start + post.start("body"), post.group("body"), {})
        return []  # "Minister for Justice": a post, no one the page names
    model_kind = _MODEL_KINDS.get(model_labels.get((start, start + len(as_written)), ""))
    kind = classify_run(words)
    if kind in (t.ORGANIZATION, t.PUBLIC_BODY) or t.fold(name) in known_bodies.english_forms():
        kind = kind or t.ORGANIZATION
    elif model_kind and name_words_ok(name):
        kind = model_kind
    elif (len(words) == 1 and not common_word(name) and name.isalpha() and not name.isupper()) or (
        person_shaped(name) and person_name_ok(name)
    ):
        kind = t.PERSON  # a surname alone ("R v Rollins") or a person's name
    else:
        return []
    return [Mention(page, start, start + len(as_written), as_written, name, kind, P_STRONG)]


# a photo's credit: "(AP Photo/Ng Han Guan, File)", "(Reuters Photo/Jane Roe)", "Photo: John Doe/Getty Images",
# a drawing's as well ("Illustration: Jane Roe/Axios"),
# "Credit: AP Photo/Jane Roe", "© 2021 AP Photo/Jane Roe", "File photograph: Jane Roe/AFP" (a kind of photo before
# the label's word in lower case); the agency before "Photo" is named too; the name ends
# before the site or paper the photo came from or was taken for ("Photo by Jane Roe on Pexels.com", "Photograph by
# Jane Roe for The Ledger")
_CREDIT_LABEL = r"\bCredit(?:\.\.\.|…|:)[ \t]*"
# a caption's credit after its copyright's sign and year: "© 2021 AP Photo/Jane Roe" (the agency holds the right)
_COPYRIGHT_LABEL = r"©[ \t]*(?:\d{4}[ \t]+)?"


_PHOTO_CREDIT_RE = re.compile(
    rf"(?:(?:\(|{_CREDIT_LABEL}|{_COPYRIGHT_LABEL})"
    r"(?:(?P<agency>[A-Z][A-Za-z.&]*(?:[ \t]+[A-Z][A-Za-z.&]*)?)[ \t]+)?Photo(?:graph)?s?"
    r"[ \t]*/[ \t]*|\b(?:Photo|(?:File|Handout|Library|Stock)[ \t]+photo|(?:Photo[ \t]+)?[Ii]llustration)(?:graph)?s?"
    r"(?::|[ \t]+by)[ \t]+"
    rf"|{_CREDIT_LABEL}(?=[^\n/]{{3,40}}/))"  # "Credit...Ng Han Guan/Associated Press"
    r"(?P<name>[A-Z][^,/()\n]{2,40}?)[ \t]*(?=[,/)]|$|[ \t]+(?:on|via|for)[ \t]+(?:The[ \t]+)?[A-Z])",
    re.MULTILINE,
)


# a caption's credit after a dash at its line's end, the photographer's name in capitals or not:
# "Riot police in Kashgar - JANE ROE/AFP via Getty Images", "… – John Doe/Reuters"
_DASH_CREDIT_RE = re.compile(
    r"(?m)[^\s][ \t]+[-–—][ \t]+(?P<name>[A-Z][A-Za-z'’\-]+(?:[ \t]+[A-Z][A-Za-z'’\-]+){1,3})[ \t]*"
    r"(?=/[ \t]*[A-Z][^\n/]{1,40}(?:/[^\n/]{2,40})*[ \t]*$)"
)


# a caption's credit in brackets without the word "photo": "(Stringer/Reuters)", "[File: Jane Doe/AFP]"
_BRACKET_CREDIT_RE = re.compile(
    r"[(\[](?:File:[ \t]*)?(?P<name>[A-Z][^,/()\[\]\n]{2,40}?)[ \t]*(?=/[^()\[\]\n]{2,60}[)\]])"
)


# an agency in a credit, after a slash or "via" ("/EPA-EFE", " via Getty Images"), and the agencies that end
# their line after a photographer's name
_AGENCY_AFTER = r"(?:/|[ \t]via[ \t])[ \t]*"
_AGENCY_NAME = r"[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2}"
_AGENCIES_TO_LINE_END = rf"(?=(?:[ \t]*{_AGENCY_AFTER}{_AGENCY_NAME})+[ \t]*$)"


# a caption's credit after the copyright's sign (and its year, if any), or on a line of its own, the photographer's
# name (in capitals or not) before the agencies, which end the line: "© 2025 Jane Roe/EPA-EFE/Shutterstock", "©
# Jane Roe/VCG via Getty Images", "JANE ROE/DPA/ALAMY" (where the caption's text runs on after the credit, its
# first words are no agency's), or at the end of its caption's line after a sentence ("… the rule is weak. Jane
# Roe/AP"); a business page's caption labels its credit as the picture's source ("Source: Jane Roe/Getty Images")
_SIGNED_CREDIT_RE = re.compile(
    r"(?m)(?:©[ \t]*(?:\d{4}[ \t]+)?|(?:^[ \t]*|(?<=[a-z][.!?][ \t]))(?:Source:[ \t]*)?)"
    r"(?P<name>[A-Z][A-Za-z'’\-]+(?:[ \t]+[A-Z][A-Za-z'’\-]+){1,3})[ \t]*" + _AGENCIES_TO_LINE_END
)


# a caption's credit in capitals run on from its caption's last word, with no stop between, before the agencies
# that end the line: "… during a six-day trip to China JANE ROE/AP" (the change to capitals parts them)
_CAPS_TAIL_CREDIT_RE = re.compile(
    r"(?m)(?<=[a-z0-9][ \t])(?P<name>[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+){1,2})[ \t]*" + _AGENCIES_TO_LINE_END
)


ANONYMOUS_CREDITS = {"Stringer", "Handout"}


# a caption's credit at its line's end, the agency in capitals before the photographer: "REUTERS/Thomas Peter", also
# after the credit's label, where the caption's brackets close after it ("(Photo: … Credit: REUTERS/Thomas Peter)")
_LINE_CREDIT_RE = re.compile(
    r"(?m)(?:^|(?<=[.!?][ \t])|(?<=Credit:))[ \t]*(?P<agency>[A-Z]{2,10})[ \t]*/[ \t]*"
    r"(?P<name>[A-Z][A-Za-z'’\-]+(?:[ \t]+[A-Z][A-Za-z'’\-]+){1,3})[ \t]*\)?[ \t]*$"
)


# a caption's credit in brackets with the agency first, in title case or in capitals, then the photographer, as
# state media caption their pictures: "(Xinhua/Jane Roe)", "(China Daily/Jane Roe)"; a picture's word is no agency
# ("(Photo/Jane Roe)")
_AGENCY_FIRST_BRACKET_RE = re.compile(
    rf"\((?P<agency>[{UPPER}][{LOWER}]+(?:[ \t][{UPPER}][{LOWER}]+){{0,2}}|[A-Z]{{2,10}})[ \t]*/[ \t]*"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,3}})[ \t]*\)"
)


def _agency_first_credits(text: str) -> list[re.Match[str]]:
    """Credits in brackets that name the agency before the photographer, where the agency is no picture's word."""
    return [m for m in _AGENCY_FIRST_BRACKET_RE.finditer(text) if m.group("agency").title() not in PICTURE_WORDS]


def _bracket_credits(text: str) -> list[re.Match[str]]:
    """Credits in brackets, after a dash at a caption's end or on a line of their own after the agency, that
    name a photographer (or an unnamed stringer) before the agencies, or after the agency in brackets."""
    found = [*_BRACKET_CREDIT_RE.finditer(text), *_DASH_CREDIT_RE.finditer(text), *_LINE_CREDIT_RE.finditer(text)]
    found += _agency_first_credits(text)
    signed = (*_SIGNED_CREDIT_RE.finditer(text), *_CAPS_TAIL_CREDIT_RE.finditer(text))
    found += (m for m in signed if _signed_or_agency_after(text, m))
    return [m for m in found if m.group("name") in ANONYMOUS_CREDITS or person_shaped(_credited_name(m))]


# an agency after a credit's slash: capitals ("AFP", "EPA-EFE") or a body the list knows ("Getty Images")
_CREDIT_TAIL_ITEM_RE = re.compile(rf"{_AGENCY_AFTER}(?P<item>{_AGENCY_NAME})")


def _signed_or_agency_after(text: str, m: re.Match[str]) -> bool:
    """Whether a credit on a line of its own is one: signed with the copyright's sign, or naming an agency
    after a slash in capitals or known by name; a site's menu path ("Home Page/News/World") names none."""
    if m.group(0).lstrip().startswith("©"):
        return True
    items = [i.group("item") for i in _CREDIT_TAIL_ITEM_RE.finditer(text, m.end("name"), text.find("\n", m.end()))]
    forms = known_bodies.english_forms()
    return any(re.fullmatch(r"[A-Z]{2,}(?:-[A-Z]{2,})*", i) or t.fold(i) in forms for i in items)


def _credited_name(m: re.Match[str]) -> str:
    """The name a credit gives, written as a name where the credit writes it, or its surname, in capitals
    ("JANE ROE", "Hector RETAMAL")."""
    name = m.group("name")
    words = name.split()
    if len(words) < 2:
        return name.title() if name.isupper() and len(name) > 6 else name
    return " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in words)


# a newspaper's credit run into its caption, the word "Credit" (twice where the page repeats it) glued to the
# photographer's name, then "for" and the paper where the photographer works for another: "…in January.CreditJane
# Roe for The Daily Ledger", "…his son said.CreditJane Roe"
_RUN_IN_CREDIT_RE = re.compile(
    rf"(?:(?<=[\w.!?”\"')])|^)(?:Credit)+(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})"
    rf"(?:[ \t]+for[ \t]+(?P<paper>(?:The[ \t]+)?[{UPPER}][\w.&]*(?:[ \t]+[{UPPER}][\w.&]*){{0,3}}))?[ \t]*$",
    re.MULTILINE,
)


def _run_in_credits(page: int, text: str, raw: str) -> list[Mention]:
    """The photographer and the paper of a credit run into its caption, read on the page with its line breaks
    (the credit ends its line): a person and a body, whatever the model reads over the glued word."""
    out = []
    for m in _RUN_IN_CREDIT_RE.finditer(raw):
        name, paper = m.group("name"), m.group("paper") or ""
        in_place = text[m.start("name") : m.end("name")] == name and text[m.start("paper") : m.end("paper")] == paper
        if in_place and person_shaped(name) and person_name_ok(name):
            out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.PERSON, P_CREDITED))
            if paper:
                out.append(Mention(page, m.start("paper"), m.end("paper"), paper, paper, t.ORGANIZATION, P_STRONG))
    return out


def _photo_credits(page: int, text: str) -> list[Mention]:
    """The photographer a photo's credit names, a person whatever the model reads there."""
    out = []
    for m in [*_PHOTO_CREDIT_RE.finditer(text), *_bracket_credits(text)]:
        name = _credited_name(m)
        agency = m.groupdict().get("agency")
        if agency and _PHOTO_AGENCY_RE.fullmatch(agency) and agency.title() not in ANONYMOUS_CREDITS:
            # "(AP Photo/…)", "REUTERS/Thomas Peter": the agency before "Photo" or the photographer
            out.append(Mention(page, m.start("agency"), m.end("agency"), agency, agency, t.ORGANIZATION, P_STRONG))
        if name in ANONYMOUS_CREDITS:
            pass
        elif person_shaped(name):
            out.append(Mention(page, m.start("name"), m.end("name"), m.group("name"), name, t.PERSON, P_CREDITED))
        elif _AGENCY_RE.fullmatch(name):  # "Photograph: VCG/Getty Images": an agency credited alone
            out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.ORGANIZATION, P_STRONG))
        out.extend(_credited_agencies(page, text, m.end("name")))
    return out


_CREDIT_ITEM_RE = re.compile(r"[^/,\s](?:[^/,\n]*[^/,\s])?")


def _labelled_credits(page: int, text: str) -> list[Mention]:
    """The known bodies a labelled picture credit names, in capitals or not, between its slashes and commas (an
    unknown name in capitals may be a photographer's or an agency's, and is left to the other rules)."""
    out = []
    for m in LABELLED_CREDIT_RE.finditer(text):
        for item in _CREDIT_ITEM_RE.finditer(text, m.start("credit"), m.end("credit")):
            for s, e, entry in known_bodies.known_runs(item.start(), item.group(0)):
                out.append(Mention(page, s, e, text[s:e], entry.canonical, entry.type, P_STRONG))
    return out


# a witness named by a given name and the initial of a family name withheld, after an interview's or a testimony's
# words, as a report's notes name them: "Interview with Abdulla M., Almaty", "Testimony of Gulbahar T.", "we spoke
# to Merdan K. in March"
_INITIALLED_WITNESS_RE = re.compile(
    r"\b(?:[Ii]nterview(?:ed)?[ \t]+with|[Tt]estimony[ \t]+of|[Aa]ccount[ \t]+of|spoke[ \t]+(?:to|with))[ \t]+"
    rf"(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+)?[ \t]+[{UPPER}]\.)(?=[,;)]|[ \t]|$)",
    re.MULTILINE,
)


def _initialled_witnesses(page: int, text: str) -> list[Mention]:
    """A witness a report names by a given name and an initial after an interview's or a testimony's words: a
    person, the initial part of the name."""
    out = []
    for m in _INITIALLED_WITNESS_RE.finditer(text):
        name = m.group("name")
        if person_name_ok(name.rsplit(" ", 1)[0]):
            out.append(Mention(page, *m.span("name"), name, name, t.PERSON, P_STRONG))
    return out


# a name that signs what it stands by, before its e-mail address: "–Jane Roe, jroe@example.org", "Jane Roe
# <jroe@example.org>" (a copyright's holder is not one: "© 2024 Meridian Wire Services", "© Getty Images")
_SIGNATURE_RE = re.compile(
    rf"(?P<name>[{UPPER}][{LOWER}’'\-]+(?:[ \t]+[{UPPER}][{LOWER}’'\-]+){{1,3}}),?"
    r"[ \t]*[<(]?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
)


# a link word of a body's name right before the words that seem to sign a line ("Office of" + "Public Affairs")
_LINK_WORD_BEFORE_RE = re.compile(r"(?<![\w\-])(?:of|for|and|on|the)[ \t]+$")


def _signed_names(page: int, text: str) -> list[Mention]:
    """The person a signature names before an e-mail address, whatever the model reads there (a body's name
    has its head word, and is no person's shape: "Human Rights Watch, press@example.org")."""
    out = []
    for m in _SIGNATURE_RE.finditer(text):
        name = m.group("name")
        if _LINK_WORD_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "Daniel Roe, Office of Public Affairs, press@example.gov": the end of a body's name
        if person_shaped(name) and person_name_ok(name):  # not "Advocacy Officer, jroe@…", a post
            out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.PERSON, P_CREDITED))
    return out


# a photo agency after the photographer: an acronym or two or three capitalised words ("AFP", "Getty Images")
_AGENCY_RE = re.compile(rf"[A-Z]{{2,6}}|[{UPPER}][{LOWER}]+(?:[ \t][{UPPER}][{LOWER}]+){{1,2}}")


# "AP", "Reuters"
_PHOTO_AGENCY_RE = re.compile(rf"[A-Z]{{2,8}}|[{UPPER}][{LOWER}]+(?:[ \t][{UPPER}][{LOWER}]+){{0,2}}")


# after the photographer an agency may be one word ("/Reuters"), and "via" may name the next ("/AFP via Getty Images")
_AGENCY_TAIL_RE = re.compile(
    # two agencies' letters a hyphen joins are one agency's name ("/EPA-EFE/Shutterstock")
    rf"[ \t]*(?:/|[ \t]via[ \t])[ \t]*"
    rf"(?P<name>[A-Z]{{2,6}}(?:-[A-Z]{{2,6}})?|[{UPPER}][{LOWER}]+(?:[ \t][{UPPER}][{LOWER}]+){{0,2}})"
    r"(?=[ \t]*(?:/|,|\)|\]|$|[ \t]via[ \t]))",
    re.MULTILINE,
)


def _credited_agencies(page: int, text: str, pos: int) -> list[Mention]:
    """The agencies a photo's credit names after its photographer ("Photograph: Greg Baker/AFP/Getty
    Images"): bodies, one after another between slashes."""
    out = []
    while m := _AGENCY_TAIL_RE.match(text, pos):
        name = m.group("name")
        out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.ORGANIZATION, P_STRONG))
        pos = m.end()
    return out


def _post_nominal_names(page: int, text: str) -> list[Mention]:
    """A name before the letters of a seat or a silk ("Tom Tugendhat MP", "Geoffrey Nice QC"); not a party
    or a body before a member's title and name ("Liberal Democrat MP Layla Moran": a name follows)."""
    out = []
    for m in POST_NOMINAL_RE.finditer(text):
        start, words = m.start("name"), m.group("name").split()
        while len(words) > 2 and words[0].rstrip(".") in t.HONORIFICS:  # "Sir Geoffrey Nice QC"
            start = text.index(words[1], start + len(words.pop(0)))
        name = " ".join(words)
        if classify_run(words) is not None or not person_name_ok(name):
            continue
        if any(w in t.NOT_NAME_WORDS or w.lower() in t.ETHNONYMS or w in CLAUSE_STARTERS for w in words):
            continue
        out.append(Mention(page, start, m.end("name"), text[start : m.end("name")], name, t.PERSON, P_STRONG))
    return out


_GIVEN_AND_INITIAL = re.compile(r"(?<![\w.])[A-Z][a-z]+[ \t]+[A-Z]\.[ \t]+$")


def _affiliation(page: int, text: str, start: int, words: list[str]) -> tuple[Mention, int, list[str]] | None:
    """ "Sophie Richardson of Human Rights Watch", "Rian Thum of the University of Manchester": a
    person's name, "of", and a body's name in one capitalised run; the person and where the body starts."""
    if "of" not in words:
        return None
    i = words.index("of")
    head, tail = words[:i], words[i + 1 :]
    while tail and tail[0] == "the":
        tail = tail[1:]
    initial = _GIVEN_AND_INITIAL.search(text[max(0, start - 30) : start]) if len(head) == 1 else None
    if initial:  # "Jerome A. Cohen of New York University": the run starts after the initial's full stop
        start -= len(initial.group(0))
        head = initial.group(0).split() + head
    while len(head) > 2 and head[0].lower() in t.ROLE_NOUNS:
        start = text.index(head[0], start) + len(head[0])  # "Historian Rian Thum of ...": the role is no name
        start += len(text[start:]) - len(text[start:].lstrip())
        head = head[1:]
    if not 2 <= len(head) <= 3 or len(tail) < 2 or not person_name_ok(" ".join(head)):
        return None
    if any(w in ORG_FIRST | PUBLIC_FIRST | TITLE_TOKENS | CALENDAR_WORDS for w in head):
        return None
    if classify_run(tail) not in (t.ORGANIZATION, t.PUBLIC_BODY):
        return None
    name = " ".join(head)
    m = re.compile(r"\s+".join(re.escape(w) for w in head)).match(text, start)
    body = re.compile(r"\s+".join(re.escape(w) for w in tail)).search(text, start)
    if m is None or body is None:
        return None
    # "Nathan Ruser of ASPI's Xinjiang Data Project": a body that owns the one named is a name of its own
    owned_start, _end, owned = possessive_split(text, body.start(), body.end(), tail)[-1]
    return Mention(page, start, m.end(), m.group(0), name, t.PERSON, P_RULE), owned_start, owned


_SEAT_RE = re.compile(rf"[ \t]+at[ \t]+(?P<place>{CAP_WORD})(?![\w\-])")


def _seat_end(text: str, end: int, words: list[str]) -> int:
    """ "United Nations Office at Geneva", "Permanent Mission ... to the United Nations Office at Vienna":
    an office named with the city it sits in."""
    m = _SEAT_RE.match(text, end)
    if words[-1] != "Office" or m is None:
        return end
    place = m.group("place").split()
    if place[0] in CLAUSE_STARTERS or any(w in CALENDAR_WORDS or w in KEYWORD_WORDS for w in place):
        return end
    return m.end()


# (the complement may close before the body's acronym in brackets: "… Research and Testing (BAM)")
# (and a public body's portfolios run on over commas first: "Committee on Foreign Affairs, Defence and Trade")
# (and a second "and" may join one more portfolio: "Department of Immigration and Multicultural and Indigenous
# Affairs")
_AND_MORE_RE = re.compile(
    rf"(?P<items>(?:,[ \t]+{CAP_WORD}(?:[ \t]+{CAP_WORD})?)*),?"
    rf"[ \t]+and[ \t]+(?P<more>{CAP_WORD}(?:[ \t]+and[ \t]+{CAP_WORD})?(?:[ \t]+{CAP_WORD})?)"
    r"(?![ \t]+[A-Z]|[ \t]+\((?![A-Z]{2,8}\))|[\w\-])"
)


_POSSESSIVE_AT_RE = re.compile(r"['’]s(?![\w\-])")


def _before_topic_place(text: str, start: int, end: int, words: list[str]) -> tuple[int, list[str]]:
    """ "a report by the Office of the High Commissioner for Human Rights on Xinjiang": a body's name with a
    complement of its own ("for Human Rights") ends before "on" and a place, what the body wrote about; a body whose
    only complement is "on" a place keeps it ("Congressional-Executive Commission on China"). "On the" a place that
    owns the next words is what is talked of ("debates in this House on the UK’s response"), whatever the body."""
    topic_owner = len(words) >= 4 and words[-3:-1] == ["on", "the"] and known_place(words[-1])
    if topic_owner and _POSSESSIVE_AT_RE.match(text, end):
        return text.rindex(" on ", start, end), words[:-3]
    if len(words) < 5 or words[-2] != "on" or not known_place(words[-1]):
        return end, words
    if not any(w in ("for", "of") for w in words[1:-2]):
        return end, words
    cut = text.rindex(" on ", start, end)
    return cut, words[:-2]


def _complement_end(text: str, end: int, words: list[str]) -> int:
    """ "Newlines Institute for Strategy and Policy", "Center for Strategic and International Studies":
    a body's complement goes on over "and" while what follows names no body, place or person of its own."""
    if not any(words[i + 1] in ("for", "of", "on") for i, w in enumerate(words[:-2]) if w in ORG_FIRST | PUBLIC_FIRST):
        return end
    headed = words[-1] in ORG_HEADS | PUBLIC_HEADS and words[-1] not in TRADE_WORDS
    if headed or words[-1] in ("for", "of", "on", "the") or words[-1] in PLACE_HEADS:
        return end  # "Bureau of Industry and Security": a trade's word after "of" is the complement, no head;
        # "Committee of the Uyghur Region, and Secretary of …": a place's head closes the body's name
    m = _AND_MORE_RE.match(text, end)
    if m is None or (m.group("items") and not any(w in PUBLIC_FIRST for w in words)):
        return end  # portfolios in a list are a public body's ("Department of Justice, Health and Welfare")
    if _comma_and_alone(m):
        return end  # "now at the University of Leeds, and Anna Reyes of …": a comma before "and" closes the name
    more = [w for w in m.group("items").replace(",", " ").split() + m.group("more").split() if w != "and"]
    index = t.gazetteer_index()
    if _lone_body_word(more):
        return m.end()  # "Centre for Asian Law and Society": a body's word alone after "and" names no body
    if any(
        w in (ORG_HEADS - TRADE_WORDS) | PUBLIC_HEADS | ORG_FIRST | CALENDAR_WORDS or t.fold(w) in index for w in more
    ):
        return end
    if more[0] in CLAUSE_STARTERS or any(re.fullmatch(r"[A-Z]{2,}", w) for w in more):
        return end  # "the Department of Defense and NASA": an acronym names a body of its own
    return _place_owner_end(text, m.end())


# "of" and a place after a body's complement: "Department of Culture and Tourism of Xinjiang"
_PLACE_OWNER_RE = re.compile(rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<place>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,3}})")


def _place_owner_end(text: str, end: int) -> int:
    """Where a body's name ends whose complement ran on over "and": after "of" and the place it is of, if one
    follows ("Bureau of Human Resources and Social Security of Hotan", "... of the Xinjiang Uyghur Autonomous
    Region"), the longest run of its words the gazetteer knows; else where the complement ends."""
    m = _PLACE_OWNER_RE.match(text, end)
    if m is None:
        return end
    words = list(re.finditer(r"\S+", m.group("place")))
    for n in range(len(words), 0, -1):
        if known_place(" ".join(w.group(0) for w in words[:n])):
            return m.start("place") + words[n - 1].end()
    return end


def _comma_and_alone(m: re.Match[str]) -> bool:
    """Whether a complement's "and" follows a comma with no listed words before it: the comma closes the body's
    name and "and" joins what comes next to the sentence ("the University of Leeds, and Anna Reyes")."""
    return not m.group("items") and m.group(0).lstrip().startswith(",")


def _lone_body_word(more: list[str]) -> bool:
    """Whether the words after a complement's "and" are one word that could head a body ("Society", "Development")
    but names none alone, nor a body the page's lists know."""
    return len(more) == 1 and more[0] in ORG_FIRST - {"Group"} and t.fold(more[0]) not in t.gazetteer_index()


# "Guardian News and Media Limited": a company's legal form closes a name that runs over "and"
_LEGAL_JOIN_RE = re.compile(rf"[ \t]+(?:and|&)[ \t]+(?:{CAP_WORD}[ \t]+){{0,3}}(?:{LEGAL_FORM})\b\.?")


def _legal_join_end(text: str, end: int) -> int:
    """ "Guardian News and Media Limited": the name runs on to the legal form after "and", unless a legal
    form has closed it already ("SenseTime Group Ltd and Megvii Technology Ltd" are two companies) or a place's
    name opens the words after "and", as a company named after its city opens its own name ("Aksu Huafu Textiles
    and Urumqi Jiahe Trading Co." are two companies)."""
    if CORPORATE_END_RE.search(text, max(0, end - 9), end):  # "Limited." is the longest form
        return end
    m = _LEGAL_JOIN_RE.match(text, end)
    if m is None:
        return end
    after = m.group(0).split()[1:]
    return end if len(after) >= 3 and known_place(after[0]) else m.end()


_LEVEL_AFTER_RE = re.compile(r"[ \t]+(?:province|region|prefecture|county|city|municipality|district)(?![\w\-])")


def _level_end(text: str, end: int, words: list[str]) -> int:
    """A body named "of" a place whose level follows in lower case ("Public Security Bureau of Hebei
    province", "Higher People's Court of Yunnan province"): the level is part of the name."""
    level = _LEVEL_AFTER_RE.match(text, end)
    if level is None or len(words) < 3 or words[-2] != "of":
        return end
    return level.end() if known_place(words[-1]) else end


def _place_for_body(words: list[str]) -> bool:
    """ "China for The Times": a place, then "for" and a body, is no body's name but the two of them."""
    return "for" in words[1:-1] and national_phrase(words[: words.index("for")])


def _place_owner(page: int, text: str, start: int, words: list[str]) -> tuple[Mention, int, list[str]] | None:
    """ "the United States' Uyghur Forced Labor Prevention Act", "the Netherlands' Ministry of Foreign Affairs": a
    place named with a plural's bare apostrophe before a law's or a body's name (or with "'s" before a place's:
    "Kashgar's Shufu County") owns it and is no part of it; the
    place's mention, then where the rest of the run starts and its words (None when no place owns the run)."""
    for i, word in enumerate(words[:-1]):
        # "Kashgar's Shufu County": a place's possessive before a place of its own (a county of the prefecture)
        possessive = word[-2:] in ("'s", "’s") and classify_run(words[i + 1 :]) == t.PLACE
        if word[-2:] not in ("s'", "s’") and not possessive:
            continue
        cut = 2 if possessive else 1
        entry = t.gazetteer_index().get(t.fold(" ".join([*words[:i], word[:-cut]])))
        owned = re.compile(r"\s+".join(re.escape(w) for w in words[: i + 1]) + r"\s+").match(text, start)
        if entry is None or entry.type != t.PLACE or owned is None:
            return None
        end = start + len(owned.group(0).rstrip()) - cut
        place = Mention(page, start, end, text[start:end], text[start:end], t.PLACE, P_STRONG, entry.canonical, True)
        return place, owned.end(), words[i + 1 :]
    return None


def _body_after_field(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """ "Professor of Media and Ethics in the School of Journalism": a field before "in the" and a body whose
    name opens with its own head and "of" or "for" ("School of …", "Department of …", "Centre for …") are a
    post's subject and the body it sits in; the body is what follows "in the", the field no part of it."""
    for j in range(1, len(words) - 3):
        if words[j] != "in" or words[j + 1] != "the" or words[j + 3] not in ("of", "for"):
            continue
        tail = words[j + 2 :]
        if classify_run(tail) not in (t.ORGANIZATION, t.PUBLIC_BODY):
            continue
        if classify_run(words[:j]) is not None:
            continue  # "the Centre for Justice in the Faculty of Law": a body inside another keeps its name
        m = re.compile(r"\bin\s+the\s+(?=" + re.escape(tail[0]) + r"\b)").search(text, start)
        if m is not None:
            return m.end(), tail
    return start, words


def _body_inside(text: str, start: int, words: list[str]) -> tuple[int, list[str], str | None]:
    """The body's name at the end of a run that says more ("Adrian Zenz for the Center for Global
    Policy" holds "Center for Global Policy"): the first tail after a connector that names a body, where
    it starts and its type; no words and no type where none does."""
    for j in range(1, len(words) - 1):
        if words[j - 1] in ("for", "of", "the", "on", "at", "with") and words[j][:1].isupper():
            tail = words[j:]
            kind = classify_run(tail)
            if kind in (t.ORGANIZATION, t.PUBLIC_BODY):
                at = text.find(" ".join(tail[:1]), start)
                while at >= 0 and not re.match(r"\s+".join(re.escape(w) for w in tail), text[at:]):
                    at = text.find(tail[0], at + 1)
                if at >= 0:
                    return at, tail, kind
    return start, [], None


def _post_title(page: int, text: str, start: int, end: int) -> Mention:
    """A post's title ("High Commissioner"), with the acronym of the body it belongs to when one
    comes first ("UN High Commissioner"): it holds its place, so no part of it becomes an entity."""
    qualifier = _QUALIFIER.search(text, max(0, start - 12), start)
    if qualifier is not None:
        start = qualifier.start()
    elif (text[start:end].split() or [""])[0].rstrip(".") not in t.HONORIFICS:
        # (an honorific has no portfolio: "…, Copenhagen⏎Dr Tomas Weber" is a seat, then the next line's name)
        start = _portfolio_start(text, start)
    return Mention(page, start, end, text[start:end], "", ROLE, P_RULE)


_PORTFOLIO_WORD = re.compile(r"(?<![\w\-'’])([A-Z][a-z]+)[ \t]+$")


def _portfolio_start(text: str, start: int) -> int:
    """ "Commerce Secretary Gina Raimondo": a capitalised word right before a title, which is no place, no
    nationality and no body's word, is the post's portfolio and part of it."""
    m = _PORTFOLIO_WORD.search(text, max(0, start - 20), start)
    if m is None:
        return start
    word = m.group(1)
    if word in CLAUSE_STARTERS or word in BODY_HEADS or national_word(word) or word in t.HONORIFICS:
        return start
    return m.start()


_QUALIFIER = re.compile(r"(?<![\w\-])[A-Z]{2,5}\s+$")


@functools.cache
def _titled_chinese_name_re() -> re.Pattern[str]:
    """A title and a Chinese name after it (a family name in pinyin and a given name), before a capitalised word,
    as an appeal's address writes its official ahead of the body ("Director Wang Jiang Prison Administration …")."""
    return re.compile(
        rf"(?:{_titles_alternation()})[ \t]+(?P<name>(?P<surname>[A-Z][a-z]+)[ \t]+[A-Z][a-z]+)[ \t]+(?=[A-Z])"
    )


# a house's number at the end of an address's body ("… Autonomous Region No 380")
_HOUSE_NUMBER_END_RE = re.compile(r"[ \t]+No\.?[ \t]*\d+$")


def _official_then_body(page: int, text: str, start: int, end: int, words: list[str]) -> list[Mention]:
    """The officials an address line names by title and Chinese name, each with the body named right after (by
    its head word), where the lines of an appeal's addresses run into one ("Party Secretary Ma Xingrui Xinjiang
    … Party Committee Director Wang Jiang Prison Administration Bureau of …"); none unless the run is such lines
    from its first word to its last."""
    found = [o for o in _titled_chinese_name_re().finditer(text, start, end) if _pinyin_surname(o)]
    if len(words) < 5 or not found or found[0].start() != start:
        return []
    out = []
    ends = [o.start() for o in found[1:]] + [end]
    for official, body_end in zip(found, ends, strict=True):
        written = _HOUSE_NUMBER_END_RE.sub("", text[official.end() : body_end].rstrip())
        words, person = written.split(), official.group("name")
        kind = classify_run(words)
        if kind not in (t.PUBLIC_BODY, t.ORGANIZATION) or words[0] in TITLE_TOKENS or classify_run(person.split()):
            return []
        name, s = clean_name(written), official.end()
        out.append(Mention(page, *official.span("name"), person, person, t.PERSON, P_STRONG))
        out.append(Mention(page, s, s + len(written), written, name, kind, P_RULE, canonical=without_legal_form(name)))
    return out


def _is_post(words: list[str]) -> bool:
    """ "High Representative of the Union for Foreign Affairs", "Secretary for Justice": a post named
    after its body or its portfolio."""
    return post_link(words) is not None and is_role(words) and words[-1] not in TITLE_TOKENS


def _without_seat(body: list[str]) -> list[str]:
    return body[: parliament_seat_at(body) or len(body)]


def _post_mentions(page: int, text: str, start: int, end: int, words: list[str]) -> list[Mention]:
    """A post's title is taken as a whole, so no fragment of it ("Union for Foreign Affairs") becomes an
    organisation; the body it belongs to is kept when its own words name one ("President of the
    European Commission")."""
    out = [Mention(page, start, end, text[start:end], "", ROLE, P_RULE)]
    body = _without_seat(words[(post_link(words) or 0) + 1 :])
    while body and body[0] == "the":
        body = body[1:]
    if body[:2] == ["State", "for"]:
        return out  # "Secretary of State for the Home Department": the post's portfolio, no body
    kind = classify_run(body)
    if kind == t.PLACE and "of" in body[1:] and classify_run(body[: body.index("of")]) == t.PUBLIC_BODY:
        kind = t.PUBLIC_BODY  # "Chairman of the People's Government of Xinjiang …": the body the post is of, named
        # of its region
    if kind in (t.ORGANIZATION, t.PUBLIC_BODY) and not describes_state(body):
        m = re.search(r"\s+".join(re.escape(w) for w in body) + r"$", text[start:end])
        if m:
            s = start + m.start()
            name = clean_name(m.group(0))
            out.append(Mention(page, s, start + m.end(), m.group(0), name, kind, P_STRONG))
    return out


# the capitalised words that may name a facility before its kind, and its number after it ("No. 2", "No.3")
_FACILITY_NAME_BEFORE_RE = re.compile(rf"(?:(?:{_NAME_WORD}|No\.|\d+)[ \t]+){{1,4}}\Z")
_FACILITY_NUMBER_AFTER_RE = re.compile(r"[ \t]+No\.?[ \t]*\d+\b")


# a body's head word right after a facility's kind, one word in title case between them or none ("Prison
# Administration Bureau", "Detention Centre Management Office")
_BODY_HEAD_AFTER_RE = re.compile(
    rf"(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:{'|'.join(sorted(PUBLIC_HEADS | ORG_HEADS, key=len, reverse=True))})(?![\w\-])"
)


def _facility_named_in_full(page: int, text: str, kind: re.Match[str]) -> Mention | None:
    """One facility named in full: its kind written in title case and in the singular ("Detention Centre",
    "Vocational Skills Education and Training Centre") after the words that name it ("Kökterek", "Yining County",
    "Urumqi No. 3"), with its number after it ("… Detention Centre No. 2"). A camp of that name is one facility, no
    other camp of its kind."""
    words = kind.group(0).split()
    if any(not w[:1].isupper() for w in words if w != "and") or words[-1].lower().endswith("s"):
        return None
    if _BODY_HEAD_AFTER_RE.match(text, kind.end()):
        return None  # "Prison Administration Bureau of …": the facility's kind opens a body's name, no facility
    before = _FACILITY_NAME_BEFORE_RE.search(text, max(0, kind.start() - 100), kind.start())
    if before is None:
        return None
    spans = [w.span() for w in re.finditer(r"\S+", text[: before.end()]) if w.start() >= before.start()]
    while spans and not names_a_facility([text[a:b] for a, b in spans]):
        spans.pop(0)  # "In Qincheng Prison", "The Tianshan Detention Centre": the name after the sentence's word
    if not spans:
        return None
    start = spans[0][0]
    number = _FACILITY_NUMBER_AFTER_RE.match(text, kind.end())
    end = number.end() if number else kind.end()
    name = " ".join(text[start:end].split())
    return Mention(page, start, end, text[start:end], name, t.FACILITY, P_STRONG, canonical=name)


def _generic_facility(text: str) -> str:
    name = re.sub(r"\s+", " ", text.lower()).replace("centers", "centres").replace("center", "centre")
    name = name.replace("detentions", "detention").replace("reeducation", "re-education")
    name = re.sub(r"^political\s+", "", name)
    words = name.split()
    last = words[-1]
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith("s"):
        last = last[:-1]
    return " ".join([*words[:-1], last])


_INDEFINITE_BEFORE_RE = re.compile(r"(?<![\w\-])[Aa]n?[ \t]+(?:[\w\-’']+[ \t]+){0,3}\Z")


def _indefinite_role_ends_line(text: str, role_start: int, name_start: int) -> bool:
    """A role after "a" or "an" that ends its line ("… is an Almaty-based journalist"): it says what someone
    named before it is, and the next line's words are no one's name."""
    if "\n" not in text[role_start:name_start]:
        return False
    line_start = text.rfind("\n", 0, role_start) + 1
    return _INDEFINITE_BEFORE_RE.search(text, line_start, role_start) is not None


def _schools_apart(text: str, runs: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    """A run over two schools' names run together ("Shandong University Renmin University of China"), cut in two."""
    out = []
    for start, end, words in runs:
        parts = schools_apart(text, start, end)
        out += [(start, end, words)] if len(parts) == 1 else [(s, e, text[s:e].split()) for s, e in parts]
    return out


def _runs_over_initialisms(text: str) -> list[tuple[int, int, list[str]]]:
    """Capitalised runs, one going on over an initialism where a body's head comes before it ("the Office of the
    U.N. High Commissioner for Human Rights"); otherwise the initialism parts the run ("Smith of the U.S.
    Treasury": a person, then a body)."""
    out: list[tuple[int, int, list[str]]] = []
    for m in INITIALISM_RUN_RE.finditer(text):
        words = m.group(0).split()
        cut = next((i for i, w in enumerate(words) if INITIALISM_WORD_RE.fullmatch(w)), None)
        if cut is None or any(w in PUBLIC_HEADS | ORG_HEADS | PUBLIC_FIRST | ORG_FIRST for w in words[:cut]):
            out.append((m.start(), m.end(), words))
        else:
            out.extend((r.start(), r.end(), r.group(0).split()) for r in RUN_RE.finditer(text, m.start(), m.end()))
    return out


# the words that open a body's own name before "of the" ("Office of the ...", "Thirteenth Bureau of the ...")
_OWN_NAME_OPENERS = PUBLIC_FIRST | ORG_FIRST | PUBLIC_HEADS | ORG_HEADS


def _thing_of_a_body(words: list[str]) -> bool:
    """Whether a run opens with one word for a thing a public body has or makes, then "of the" and the body
    ("Seal of the Kashgar Intermediate People's Court", "Website of the Ministry of Justice"): the word is no part
    of the body's name, as a body's own opening word ("Office", "Division"), a post's ("President") or an ordinal's
    unit ("Thirteenth Bureau") would be."""
    return (
        len(words) > 4
        and words[1:3] == ["of", "the"]
        and words[-1] in PUBLIC_HEADS
        and words[0] not in _OWN_NAME_OPENERS
        and words[0] not in t.TITLE_WORD_PARTS
        and re.fullmatch(r"[A-Z][a-z]+", words[0]) is not None
    )


def _runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Capitalised runs; a run that names a treaty continues over ", " / "and" / "or" joins."""
    runs = _schools_apart(text, _runs_over_initialisms(text))
    out: list[tuple[int, int, list[str]]] = []
    i = 0
    while i < len(runs):
        start, end, words = runs[i]
        last = _listed_subject_end(text, runs, i)
        if last > i:  # "Foreign, Commonwealth and Development Office": one body over its list of subjects
            words = text[start : runs[last][1]].replace(",", "").split()
            end, i = runs[last][1], last
        if _song_and_dance(text, runs, i):  # "China National Ethnic Song and Dance Ensemble": one company
            end, words, i = runs[i + 1][1], text[start : runs[i + 1][1]].split(), i + 1
        joined = _subjects_joined(text, runs, i)
        if joined is not None:  # "the Business and Trade Committee"
            start, end, words = joined, runs[i + 1][1], text[joined : runs[i + 1][1]].split()
            i += 1
        while i + 1 < len(runs) and (known := _known_name_across(text, end, runs[i + 1][0])) is not None:
            end = runs[i + 1][1]  # "Production and Construction"
            i += 1
            if known > start and not re.search(r"\b(?:of|the|for|on|in)\s+$", text[start:known]):
                start = known  # "Human rights in China|Xinjiang Production and ...": a heading's words before it
            words = text[start:end].split()
        while (
            i + 1 < len(runs)
            and (any(w in LAW_ANYWHERE for w in words) or _open_body_name(words))
            and re.fullmatch(r",?\s+(?:and|or)\s+|,\s+", text[end : runs[i + 1][0]])
            and "\n" not in text[end : runs[i + 1][0]]
            and not any(w in LAW_HEADS | PUBLIC_HEADS | ORG_HEADS for w in runs[i + 1][2][:-1])
            and runs[i + 1][2][0] not in LAW_ANYWHERE
            and runs[i + 1][2][0] not in CLAUSE_STARTERS
        ):
            joiner = text[end : runs[i + 1][0]].split()
            words = words + [j for j in joiner if j != ","] + runs[i + 1][2]
            end = runs[i + 1][1]
            i += 1
        pursuant = _PURSUANT_TO_RE.search(text, start, end)
        if pursuant is not None:  # "Officials Pursuant to Global Magnitsky …": the name after the clause's words
            start, words = pursuant.end(), text[pursuant.end() : end].split()
        # a run that starts with clause words ("Calls on the European Parliament") or a date's month before
        # "the" ("On 8 July the Kashgar Public Security Bureau said") starts later
        while (
            words
            and (
                opens_clause(words)
                or _role_plural(words)  # "Senators on the Senate Foreign Relations Committee"
                or _place_then_in(words)  # "Xinjiang in the Down to the Countryside Movement"
                or (len(words) > 1 and compound_adjective(words[0]))  # "the Guangdong-owned Huaxin Apparel Group"
                or not words[0][0].isupper()
                or (words[0] in CALENDAR_WORDS and words[1:2] == ["the"])
                or _thing_of_a_body(words)  # "(Seal of the Hotan Intermediate People's Court)"
                or (
                    words[0] in CALENDAR_WORDS and _comma_after(text, start, words[0])
                )  # "on Tuesday, Chinese Foreign …"
            )
        ):
            skipped = words.pop(0)
            start = text.index(skipped, start) + len(skipped)
            while start < end and text[start].isspace():
                start += 1
        if _calendar_tail(words):  # "Parliament on Tuesday", "the Senate in March": the day is no part of it
            words = words[:-2]
            end = text.rindex(words[-1], start, end) + len(words[-1])
        if (seat := parliament_seat_end(text, start, end)) < end:  # "European Parliament for Ireland South"
            end, words = seat, text[start:seat].split()  # the seat is a place
        release = RELEASE_AFTER_RE.search(text, start, end)
        if release and len(words) > 3:  # "Department of Treasury Press Release": the body that issued it
            end, words = release.start(), text[start : release.start()].split()
        owned = [*words[:-1], words[-1][:-2]] if re.search(r"\w['’]s\Z", text[start:end]) else []
        if len(owned) > 1 and owned[-1] != "People" and classify_run(owned) in (t.ORGANIZATION, t.PUBLIC_BODY):
            end, words = end - 2, owned  # "the Committee on China's second hearing": the body owns the hearing
        for named in _lone_the_split(text, start, end, words):
            for run in _repeated_split(text, *named):
                for part in possessive_split(text, *run):
                    out.extend(_house_split(text, *part))
        i += 1
    return out


# the words that say under which law a thing is done, capitalised as a headline writes them ("Treasury Sanctions
# Officials Pursuant to Global Magnitsky …"): no part of the name after them
_PURSUANT_TO_RE = re.compile(r"\bPursuant[ \t]+to[ \t]+(?=[A-Z])")


def _calendar_tail(words: list[str]) -> bool:
    """Whether a run ends in a day or a month after "on", "in", "since" or "until" ("Parliament on Tuesday"):
    when something happened, no part of the name before it."""
    return len(words) > 2 and words[-1] in CALENDAR_WORDS and words[-2] in ("on", "in", "since", "until", "by")


# "in the Netherlands the House of Representatives": "the" right after a capitalised word, with no "of" or "for"
# between, opens a second name
_LONE_THE_RE = re.compile(r"(?P<prev>[A-Z][\w’'\-]*)[ \t]+the[ \t]+(?=[A-Z])")


def _lone_the_split(text: str, start: int, end: int, words: list[str]) -> list[tuple[int, int, list[str]]]:
    """A run cut in two at a "the" that follows a capitalised word: two names side by side, not one."""
    m = _LONE_THE_RE.search(text, start, end)
    if m is None or "the" not in words[1:-1]:
        return [(start, end, words)]
    first_end = m.end("prev")
    return [
        (start, first_end, text[start:first_end].split()),
        (m.end(), end, text[m.end() : end].split()),
    ]


def _place_then_in(words: list[str]) -> bool:
    """ "Xinjiang in the Down to the Countryside Movement": a place, then "in", is where something happened,
    no part of the name that follows."""
    return len(words) > 2 and words[1] == "in" and known_place(words[0])


def _role_plural(words: list[str]) -> bool:
    """ "Senators on the …", "Officials of the …": people by their post, before the body they sit on."""
    low = words[0].lower()
    return (
        len(words) > 1 and words[1] in ("of", "on", "in", "at", "for") and low[:-1] in t.ROLE_NOUNS and low[-1] == "s"
    )


def _repeated_split(text: str, start: int, end: int, words: list[str]) -> list[tuple[int, int, list[str]]]:
    """A name a copied page repeats at once is two mentions of it ("Xinjiang University Xinjiang
    University": a link's text, then the linked article's gloss)."""
    if not words:
        return []
    cut = first_of_repeated(text[start:end])
    if cut == end - start:
        return [(start, end, words)]
    half, second = len(words) // 2, start + cut
    second += len(text[second:end]) - len(text[second:end].lstrip())
    return [(start, start + cut, words[:half]), (second, end, words[half:])]


def _comma_after(text: str, start: int, word: str) -> bool:
    """Whether a comma follows the run's first word: a day or a month set apart, no part of a name."""
    at = text.find(word, start)
    return at >= 0 and text.startswith(",", at + len(word))


# (or a possessive word that stands for it: "secretary of its Political and Legal Affairs Commission")
_AFTER_THE = re.compile(r"(?:^|[\s\S]*\s)(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)[ \t]+(?P<first>[^ \t].*)$")


# "the region's Political and Legal Affairs Commission": an owner's possessive in lower case stands for "the"
_AFTER_OWNER = re.compile(r"^(?:.*\S)?['’]s[ \t]+(?P<first>[^ \t'’][^'’]*)$")
# "the regional Political and Legal Affairs Commission", "its provincial Public Security and Justice Bureau": an
# adjective in lower case between "the" and the name says which one, as "the" alone does
_AFTER_THE_AND_ADJECTIVE = re.compile(
    r"(?:^|.*[ \t])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ \t]+[a-z][a-z\-]+[ \t]+"
    r"(?P<first>[A-Z][^ \t]*(?:[ \t][^ \t]+)?)$"
)


def _subjects_joined(text: str, runs: list[tuple[int, int, list[str]]], i: int) -> int | None:
    """ "the Business and Trade Committee", "Officials of the Hong Kong and Macao Affairs Office": after
    "the" (or a possessive: "the region's Political and Legal Affairs Commission"), two subjects joined
    by "and" before one body's head are one name, when the first names
    nothing alone and both are places or neither is ("the United States and European Union" stays
    two). Where the joined name starts; None when the runs are not joined."""
    if i + 1 >= len(runs) or not re.fullmatch(r"[ \t]+and[ \t]+", text[runs[i][1] : runs[i + 1][0]]):
        return None
    after = (
        _AFTER_THE.match(text[max(0, runs[i][0] - 4) : runs[i][1]])
        or _AFTER_OWNER.match(text[max(0, runs[i][0] - 3) : runs[i][1]])
        or _AFTER_THE_AND_ADJECTIVE.match(text[max(0, runs[i][0] - 24) : runs[i][1]])
    )
    if after is not None:
        start = runs[i][1] - len(after.group("first"))
    elif _listed_item(text, runs[i][0], runs[i + 1][1]):
        start = runs[i][0]
    elif (lead := _calqued_lead(text, runs[i][0], runs[i][1])) is not None:
        start = lead  # "… and Kashgar Area Political and Legal Committee": its place and level open it
    else:
        return None
    first, second = text[start : runs[i][1]].split(), runs[i + 1][2]
    calqued = _calqued_opening(first) > 0
    first = first[_place_words_before(first) :]  # "the Kashgar Prefecture Human Resources and Social Security Bureau"
    if calqued:
        first = _after_owner_body(first)  # "Yarkand County Party Committee Political and Legal Committee"
    if len(first) > 3 or any(w in CLAUSE_STARTERS for w in first) or _person_first(first):
        return None
    headed = [w for w in first if w in BODY_HEADS | LAW_HEADS]
    if headed and (headed != first[-1:] or not _plural_subject(first)):
        return None
    k = next((k for k, w in enumerate(second) if w in BODY_HEADS), 0)
    if not 1 <= k <= 3 or second[0] in CLAUSE_STARTERS or not all(w[:1].isupper() for w in second[:k]):
        return None
    return (
        start
        if known_place(" ".join(first)) == any(known_place(" ".join(second[:j])) for j in range(1, k + 1))
        else None
    )


def _place_words_before(words: list[str]) -> int:
    """How many of the words open with a place the gazetteer knows (of two words at most) that others follow: the
    place a body's subjects are named with ("Kashgar Prefecture" of "Kashgar Prefecture Human Resources"), with
    its level as a translation writes it after a place the gazetteer knows alone ("Kashgar Area")."""
    return _calqued_opening(words) or next(
        (n for n in (2, 1) if len(words) > n and known_place(" ".join(words[:n]))), 0
    )


# the level of a Chinese administrative area as translations of official documents write it after the place's
# name: 地区 as "Area" as well as "Prefecture", 镇 as "Town", and an autonomous area's people before its level
# ("Ili Kazakh Autonomous Prefecture", "Qapqal Xibe Autonomous County")
_CALQUED_LEVEL_RE = re.compile(
    r"(?:(?:[A-Z][a-z]+[ \t]+){1,2}Autonomous[ \t]+)?(?:" + "|".join(sorted(LEVEL_HEADS)) + r"|Area|Town)"
)


def _calqued_opening(words: list[str]) -> int:
    """How many words a place the gazetteer knows and its level open a run with, where other words follow: the
    opening of a Chinese body's name in translation ("Kashgar Area| Political", "Ili Kazakh Autonomous
    Prefecture| Party Committee Political"); 0 where the run opens otherwise. An autonomous area's level says
    the word before it is a place the gazetteer may spell otherwise ("Bayinguoleng Mongol Autonomous Prefecture")."""
    for n in (2, 1):
        if len(words) <= n + 1 or any(w in CLAUSE_STARTERS or w == "The" for w in words[:n]):
            continue
        known = known_place(" ".join(words[:n]))
        for k in (3, 2, 1):
            level = " ".join(words[n : n + k])
            if len(words) > n + k and _CALQUED_LEVEL_RE.fullmatch(level) and (known or "Autonomous" in level):
                return n + k
    return 0


# a body's head in the plural before "of" and a list of what each body is of: one head shared by several bodies
# ("the Departments of Commerce (Chair), State, Defense, Energy and, where appropriate, the Treasury", "the
# Ministries of Public Security and Justice"); each item is a capitalised run (after "the" where it takes one), a
# note in brackets after it, an aside set off by commas after the last "and"
_SHARED_ITEM = r"(?:the[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3}"
_SHARED_NOTE = r"(?:[ \t]*\([^()\n]{1,30}\))?"
_SHARED_HEAD_LIST_RE = re.compile(
    rf"\b(?P<heads>[A-Z][a-z]+(?:ies|s))[ \t]+of[ \t]+(?P<items>{_SHARED_ITEM}{_SHARED_NOTE}"
    rf"(?:,[ \t\n]+{_SHARED_ITEM}{_SHARED_NOTE})*,?[ \t\n]+and(?:,[ \t]+[a-z][a-z ]{{0,30}},)?[ \t\n]+{_SHARED_ITEM})"
)
_SHARED_ITEM_RE = re.compile(rf"(?P<item>{_SHARED_ITEM}){_SHARED_NOTE}")


def _singular_head(plural: str) -> str | None:
    """The body's head a plural word is the plural of ("Ministries" of "Ministry"); None where it is none."""
    singular = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    return singular if singular in BODY_HEADS else None


def _named_with_a_head(words: list[str]) -> bool:
    """Whether words end in a body's head after a word of their own: a body's name ("Partners LLP"), no subject
    a shared head is of ("Energy", "the Treasury")."""
    words = words[1:] if words[:1] == ["the"] else words
    return len(words) > 1 and words[-1] in BODY_HEADS


def _bodies_of_a_shared_head(page: int, text: str) -> list[Mention]:
    """Each body of a list after a plural head they share (``_SHARED_HEAD_LIST_RE``): "State" in "the
    Departments of Commerce, State and Defense" is the Department of State; the first item's mention takes the
    head with it."""
    found: list[Mention] = []
    for m in _SHARED_HEAD_LIST_RE.finditer(text):
        head = _singular_head(m.group("heads"))
        items = list(_SHARED_ITEM_RE.finditer(text, m.start("items"), m.end("items")))
        if head is None or any(_named_with_a_head(i.group("item").split()) for i in items):
            continue  # "the Offices of Smith, Jones and Partners LLP": a list with a body of its own in it
        for k, item in enumerate(items):
            if item.group("item") in CLAUSE_STARTERS:
                break  # "the Offices of Smith, Jones and It": no list of bodies
            start, end = m.start() if k == 0 else item.start(), item.end("item")
            full = f"{head} of {item.group('item')}"
            kind = classify_run(full.split()) or t.PUBLIC_BODY
            name = full if k == 0 else clean_name(item.group("item"))  # "State": a form of the Department of State
            found.append(Mention(page, start, end, text[start:end], name, kind, P_STRONG + 1, full))
    return found


def _calqued_lead(text: str, start: int, end: int) -> int | None:
    """Where a place and its level open a translated body's name inside the run from ``start`` to ``end``
    ("Staff of |Ili Kazakh Autonomous Prefecture Party Committee Political"); None where none does."""
    words = list(re.finditer(r"\S+", text[start:end]))
    texts = [w.group(0) for w in words]
    # a place of two words, its level of three at most and a word after it: six words are enough to tell
    return next((start + w.start() for j, w in enumerate(words) if _calqued_opening(texts[j : j + 6])), None)


def _after_owner_body(first: list[str]) -> list[str]:
    """The subjects after the body a translated name gives as the owner before them ("Party Committee" of
    "Party Committee Political" in "County Party Committee Political and Legal Committee", 县委政法委): the words
    after its last head; all of them where no head comes before the last word."""
    heads = [k for k, w in enumerate(first[:-1]) if w in BODY_HEADS]
    return first[heads[-1] + 1 :] if heads else first


def _person_first(first: list[str]) -> bool:
    """ "Dolkun Isa and Uyghur Congress": a person's name joins no body after "and" (a place's words,
    "East Turkistan Education", are no person's)."""
    return person_shaped(" ".join(first)) and not any(national_word(w) or _abstract_noun(w) for w in first)


# the endings of abstract nouns a body's subject is written with ("Environment Protection", "Resources
# Conservation", "Information Security"), which no person's name has (a word of eight letters or more with
# "-ment": "Clement" is a name)
_ABSTRACT_NOUN_RE = re.compile(r"[A-Z][a-z]+(?:tion|sion|ism|ity|ics|ship)|[A-Z][a-z]{4,}ment")


def _abstract_noun(word: str) -> bool:
    """Whether a capitalised word is an abstract noun by its ending, which names a subject, never a person."""
    return _ABSTRACT_NOUN_RE.fullmatch(word) is not None


def _plural_subject(first: list[str]) -> bool:
    """ "Unrepresented Nations" before "and Peoples Organization": a plural head that names no body of its
    own (the United Nations does) is the first of a body's subjects."""
    return (
        len(first) > 1
        and first[-1].endswith("s")
        and t.fold(" ".join(first)) not in known_bodies.english_forms()
        and t.fold(" ".join(first)) not in t.gazetteer_index()
    )


_ITEM_BEFORE_RE = re.compile(r"(?:^|[,:;][ \t]*|\n)[ \t]*\Z")


_ITEM_AFTER_RE = re.compile(r"[ \t]*(?:\n|\Z|,[ \t]+(?=[A-Z]))")


def _listed_item(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are one item of a list of names: a line of their own
    (an infobox's values, one a line) or an item between commas followed by another ("Affiliations: A and B
    Association, C and D Organization, E"), not the last of a list in prose ("Apple, Samsung and Sony Group.")."""
    line_start = text.rfind("\n", 0, start) + 1
    after = _ITEM_AFTER_RE.match(text, end)
    if not _ITEM_BEFORE_RE.search(text[line_start:start]) or after is None:
        return False
    before = text[line_start:start].strip()
    return not before or after.group(0).strip() != "" or before.endswith(":")


def _house_split(text: str, start: int, end: int, words: list[str]) -> list[tuple[int, int, list[str]]]:
    """ "Business and Trade Committee of the House of Commons": a committee named with the house it
    belongs to is a body, and so is the house."""
    m = OF_THE_HOUSE_RE.search(text, start, end)
    if m is None or len(text[start : m.start()].split()) < 2:
        return [(start, end, words)]
    cut = len(text[start : m.start()].split())
    return [(start, m.start(), words[:cut]), (m.start("house"), end, words[cut + 2 :])]


_PERFORMERS_HEADS = {"Ensemble", "Troupe", "Theatre", "Theater", "Company"}


def _song_and_dance(text: str, runs: list[tuple[int, int, list[str]]], i: int) -> bool:
    """Whether the run ``i`` ends in "Song" and the next, after "and", is "Dance" and a company's head: the
    name of a state company of performers ("Xinjiang Uyghur Autonomous Region Song and Dance Ensemble",
    "Kashgar Song and Dance Troupe"), one name over its "and"."""
    return (
        i + 1 < len(runs)
        and runs[i][2][-1] == "Song"
        and len(runs[i + 1][2]) == 2
        and runs[i + 1][2][0] == "Dance"
        and runs[i + 1][2][1] in _PERFORMERS_HEADS
        and re.fullmatch(r"[ \t]+and[ \t]+", text[runs[i][1] : runs[i + 1][0]]) is not None
    )


def _known_name_across(text: str, end: int, start: int) -> int | None:
    """Where a name the gazetteer knows starts when the words between two runs ("and") are inside it
    ("Xinjiang Production and Construction Corps", "Bosnia and Herzegovina"); None when they are not."""
    if not re.fullmatch(r"[ \t]+(?:and|&)[ \t]+", text[end:start]):
        return None
    known = gazetteer_re().finditer(text, max(0, end - 60), start + 60)
    return next((m.start() for m in known if m.start() < end and start < m.end()), None)


def _listed_subject_end(text: str, runs: list[tuple[int, int, list[str]]], i: int) -> int:
    """The run that ends a body's name whose subjects are listed one word each before its head, joined by
    ", " and "and" ("Foreign, Commonwealth and Development Office"); ``i`` when there is none. A list of
    names ends in no public body's head ("Britain, Canada and the United States"; "Tesla, Toyota and
    General Motors": companies)."""
    j = i
    while (
        j + 1 < len(runs) and len([w for w in runs[j][2] if w != "The"]) == 1 and runs[j][2][-1] not in CLAUSE_STARTERS
    ):
        if not re.fullmatch(r",\s+|,?\s+and\s+", text[runs[j][1] : runs[j + 1][0]]):
            return i
        j += 1
        head = runs[j][2]
        if len(head) <= 3 and head[-1] in PUBLIC_HEADS and "\n" not in text[runs[i][0] : runs[j][1]]:
            return j if j > i + 1 or "," in text[runs[i][1] : runs[i + 1][0]] else i
    return i


def _open_body_name(words: list[str]) -> bool:
    """ "Working Group on Enforced" before "or Involuntary Disappearances": a body's head, "on" or "of" and
    a subject that ends in an adjective, so the name runs on over the list."""
    heads = [i for i, w in enumerate(words) if w in PUBLIC_HEADS | ORG_HEADS or w in ("Group", "Committee")]
    # (the head that takes the subject, not one that opens an owner's name: "United Nations Working Group on")
    if not any(i + 2 < len(words) and words[i + 1] in ("on", "of", "for") for i in heads):
        return False
    return bool(ADJECTIVE_END_RE.search(words[-1]))


def _nested_in_law(page: int, text: str, start: int, name: str) -> list[Mention]:
    """ "Rome Statute of the International Criminal Court": the court too, and "Rome Statute" as an alias."""
    out: list[Mention] = []
    m = re.search(r"^(?P<head>.+?)\s+of\s+the\s+(?P<org>.+)$", name)
    if not m:
        return out
    org_words = m.group("org").split()
    kind = classify_run(org_words)
    if kind in (t.ORGANIZATION, t.PUBLIC_BODY):
        idx = text.find(m.group("org"), start)
        if idx >= 0:
            out.append(Mention(page, idx, idx + len(m.group("org")), m.group("org"), m.group("org"), kind, P_NESTED))
    return out


_INSTRUMENT_NUMBER_RE = re.compile(r"[ \t]+\d{5,}(?!\d|[,.]\d)")


# exactly two capitalised words, no third run on either side: "Ablimit Tursun was appointed"
TWO_NAME_WORDS_RE = re.compile(
    rf"(?<![\w\-’'.])([{UPPER}][{LOWER}]{{2,}})[ \t]([{UPPER}][{LOWER}]{{2,}})(?![\w\-]|[ \t]+[{UPPER}])"
)


def _uyghur_names(page: int, text: str) -> list[Mention]:
    """Two words that are both common Uyghur given names, alone: a Uyghur's name, a given name and the
    father's ("Ablimit Tursun", "Rahile Dawut"), which the statistical model often misses."""
    out = []
    for m in TWO_NAME_WORDS_RE.finditer(text):
        if uyghur_given_name(m.group(1)) and uyghur_given_name(m.group(2)):
            out.append(Mention.whole(page, m, t.PERSON, P_RULE))
    return out


# a reference's note of where and when it was read, after its publisher ("[online] Jamestown Foundation
# Available at: … [Accessed 22 Aug. 2018]")
_ACCESS_NOTE_RE = re.compile(r"[ \t]+Available[ \t]+(?:at|from)[ \t]*:")


def _before_access_note(text: str, start: int, end: int, words: list[str]) -> tuple[int, list[str]]:
    """A capitalised run cut before a reference's "Available at:", which is no word of the publisher's name."""
    if words[-1] != "Available" or len(words) < 2:
        return end, words
    cut = end - len("Available")
    if not _ACCESS_NOTE_RE.match(text, len(text[:cut].rstrip())):
        return end, words
    return len(text[:cut].rstrip()), words[:-1]


# what an apposition says a law-named thing is when it is a business: ", a firm headquartered in …"
_FIRM_APPOSITION = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:[\w\-]+[ \t]+){0,3}?(?:firm|company|practice|partnership|consultancy)\b"
)


_ORDINAL_WORDS = (
    "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth"
)


# a unit named by its number: "the XPCC's 14th Division", "the 224th Regiment", "the Corps' Third Division"
_NUMBERED_UNIT_RE = re.compile(
    rf"(?<![\w\-])(?:\d{{1,3}}(?:st|nd|rd|th)|{_ORDINAL_WORDS})[ \t]+(?:Division|Regiment|Brigade)(?![\w\-])"
)


# an army's command for a place: "the Hotan Military Sub-District", "the Xinjiang Military District", "Lanzhou
# Military Region"
_MILITARY_AREA_RE = re.compile(
    r"(?<![\w\-])(?:(?!The[ \t])[A-Z][\w'’\-]+[ \t]+){1,2}Military[ \t]+(?:Sub-[Dd]istrict|District|Region)(?![\w\-])"
)


def _military_areas(page: int, text: str) -> list[Mention]:
    """A military district, sub-district or region named after its place is a body (a unit of the army), no
    place."""
    return [Mention.whole(page, m, t.PUBLIC_BODY, P_STRONG, strong=True) for m in _MILITARY_AREA_RE.finditer(text)]


def _numbered_units(page: int, text: str) -> list[Mention]:
    """A division, regiment or brigade named by its ordinal number (the Production and Construction Corps',
    an army's) is a body of its own."""
    return [Mention.whole(page, m, t.PUBLIC_BODY, P_RULE) for m in _NUMBERED_UNIT_RE.finditer(text)]


# a legislature's chamber named alone after "the": "passed the House 428-1 and unanimously in the Senate"
_CHAMBER_RE = re.compile(r"(?<=[Tt]he[ \t])(?:Senate|House)(?![\w\-’']|[ \t]+(?:of[ \t]|[A-Z]))")


# "raised it in Parliament", "told Parliament": the page's legislature, named alone without an article
_PARLIAMENT_ALONE_RE = re.compile(
    r"\b(?:in|to|told|before|addressed)[ \t]+(?P<body>Parliament)(?![\w\-’']|[ \t]+(?:of[ \t]|[A-Z]))"
)


def _parliament_alone(page: int, text: str) -> list[Mention]:
    """ "raised the case in Parliament on Tuesday": a legislature named alone, a public body (not "Member of
    Parliament", a post, nor "Parliament of Victoria", named in full)."""
    return [
        Mention(page, m.start("body"), m.end("body"), "Parliament", "Parliament", t.PUBLIC_BODY, P_RULE)
        for m in _PARLIAMENT_ALONE_RE.finditer(text)
    ]


# a website named by its capitalised domain: "(CNSNews.com) –", "according to Eurasianet.org"
_SITE_RE = re.compile(r"(?<![\w./@\-])[A-Z][A-Za-z0-9\-]*[a-z][A-Za-z0-9\-]*\.(?:com|org|net|info)(?![\w.\-/])")


def _sites(page: int, text: str) -> list[Mention]:
    """A site by its capitalised domain, an outlet or a body (a lower-case address, "www.x.org", is a link)."""
    return [Mention.whole(page, m, t.ORGANIZATION, P_RULE) for m in _SITE_RE.finditer(text)]


def _chambers(page: int, text: str) -> list[Mention]:
    """ "the Senate", "the House": a chamber of the page's legislature, a public body (not "the House of
    Lords", named in full, nor "the Senate Foreign Relations Committee"); the chamber the page names in
    full ("the House of Commons", "the U.S. Senate"), where it does."""
    out = []
    named: dict[str, str] = {}  # each chamber's name in full, read once a page
    for m in _CHAMBER_RE.finditer(text):
        word = m.group(0)
        if word not in named:
            full = re.compile(
                rf"(?<![\w\-])(?:(?P<country>[A-Z][\w.]*)[ \t]+)?{word}(?P<of>[ \t]+of[ \t]+[A-Z][a-z]+)?"
            )
            fuller = [
                f.group(0)
                for f in full.finditer(text)
                if f.group("of") or (f.group("country") and national_word(f.group("country")))
            ]
            named[word] = fuller[0] if fuller else ""
        out.append(Mention.whole(page, m, t.PUBLIC_BODY, P_RULE, canonical=named[word]))
    return out


# the labels a parliamentary record prints after a member's seat ("Jim Shannon (Strangford) (DUP):"), with the
# parties they stand for ("Ind", an independent member, stands for none)
PARTY_LABELS = {
    "Con": "Conservative Party",
    "Lab": "Labour Party",
    "Lab/Co-op": "Labour and Co-operative Party",
    "LD": "Liberal Democrats",
    "SNP": "Scottish National Party",
    "PC": "Plaid Cymru",
    "DUP": "Democratic Unionist Party",
    "UUP": "Ulster Unionist Party",
    "SDLP": "Social Democratic and Labour Party",
    "SF": "Sinn Féin",
    "Alba": "Alba Party",
    "Green": "Green Party",
    "Reform": "Reform UK",
    "Alliance": "Alliance Party of Northern Ireland",
    "Ind": "",
}
# a seat's name: capitalised words, joined by "and", "upon" or a comma ("Carmarthen East and Dinefwr",
# "Newcastle upon Tyne North", "Ross, Skye and Lochaber")
_SEAT_NAME = r"[A-Z][\w'’\-]+(?:(?:,?[ \t]+(?:and|upon|on|in|the|with|&)[ \t]+|,[ \t]+|[ \t]+)[A-Z][\w'’\-]+)*"
# a speaker's turn in a parliamentary record: a title or a seat, the name, the seat and the party in brackets,
# then a colon or "rose" ("Mr Lloyd-Bevan:", "Alicia Kearns (Rutland and Melton) (Con) rose—")
_SPEAKER_TITLE = rf"(?:(?P<title>{'|'.join((*t.TITLES_OF_ADDRESS, 'Lady', 'Baroness'))})\.?[ \t]+)?"
_SPEAKER_NAME = rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:[A-Z]\.[ \t]+)?(?:(?:{PARTICLES_ALT})[ \t]+)?{_NAME_WORD}){{0,3}})"
_SPEAKER_SEAT = rf"(?:[ \t]+\((?P<seat>{_SEAT_NAME})\))?(?:[ \t]+\((?P<party>[A-Z][\w/\-]{{1,10}})\))?"
_SPEAKER_RE = re.compile(rf"(?m)^[ \t]*{_SPEAKER_TITLE}{_SPEAKER_NAME}{_SPEAKER_SEAT}[ \t]*(?::|rose\b)")
# a debates site's line over a turn: the speaker's picture's text, "Portrait", then the name with the seat and
# the party in brackets ("Jane Roe Portrait Jane Roe (Kelso and Tweeddale) (LD)"), the line's end after them, or
# after the mark of a member who took part by video in a hybrid sitting ("(Con) [V]")
_PORTRAIT_SPEAKER_RE = re.compile(
    rf"(?m)^[ \t]*(?P<alt>\S[^\n]{{0,78}}?\S)[ \t]Portrait[ \t](?:The[ \t]+)?{_SPEAKER_TITLE}{_SPEAKER_NAME}"
    rf"{_SPEAKER_SEAT}(?:[ \t]+\[V\])?[ \t]*$"
)
# "the hon. Member for Strangford", "my hon. Friend the Member for Congleton": the member's seat; the member's
# name in brackets after it, as a record names a member it refers to ("the Member for Wigan (Jane Roe)")
_MEMBER_FOR_RE = re.compile(
    rf"(?:\bhon\.|\b[Tt]he)[ \t]+Member[ \t]+for[ \t]+(?P<seat>{_SEAT_NAME})"
    rf"(?:[ \t]+\((?:{_SPEAKER_TITLE}){_SPEAKER_NAME}\))?"
)


def _seat(page: int, text: str, start: int, end: int) -> Mention:
    name = text[start:end]
    return Mention(page, start, end, name, name, t.PLACE, P_STRONG + 1)


def _party_label(page: int, m: re.Match[str]) -> list[Mention]:
    label = m.group("party")
    party = PARTY_LABELS.get(label or "")
    if not party:
        return []
    return [Mention(page, m.start("party"), m.end("party"), label, label, t.ORGANIZATION, P_STRONG + 1, party, True)]


def _speakers(page: int, text: str) -> list[Mention]:
    """A parliamentary record's speakers: a person after a title before the colon that opens a turn ("Mr
    Lloyd-Bevan:"), or before the seat in brackets ("Jim Shannon (Strangford) (DUP):"), also on a debates
    site's line after the picture's "Portrait", the seat (a place) and the party its label names."""
    out = []
    portraits = [m for m in _PORTRAIT_SPEAKER_RE.finditer(text) if m.group("alt").endswith(m.group("name"))]
    for m in (*_SPEAKER_RE.finditer(text), *portraits):
        seated = m.group("seat") is not None and (m.group("party") in PARTY_LABELS or m.group("party") is None)
        # a portrait's text that is the name the line then gives says it is a person's, with no seat or title
        pictured = m in portraits and m.group("alt") == m.group("name")
        if not (m.group("title") or seated or pictured) or not person_name_ok(m.group("name")):
            continue
        out.append(Mention(page, m.start("name"), m.end("name"), m.group("name"), m.group("name"), t.PERSON, P_STRONG))
        if seated:
            out.append(_seat(page, text, m.start("seat"), m.end("seat")))
            out.extend(_party_label(page, m))
    return out


# "the MP for Barnsley,", "Member of the European Parliament for Ireland South": a member's title, then the
# seat: a name of one or two words with compass points, joined by "and" or "upon", before no further capital
# (not "Senator for Queensland James Paterson", whose seat runs into the name)
_TITLED_SEAT_WORDS = r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?(?:[ \t]+(?:North|South|East|West|Central))*"
_TITLED_MEMBER_FOR_RE = re.compile(
    r"\b(?:Members?[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+)?Parliament|MP|MEP|MSP|MLA|MPP)"
    rf"[ \t]+for[ \t]+(?P<seat>{_TITLED_SEAT_WORDS}(?:[ \t]+(?:and|upon)[ \t]+{_TITLED_SEAT_WORDS})*)"
    r"(?![\w\-’']|[ \t]+[A-Z])"
)


def _members_seats(page: int, text: str) -> list[Mention]:
    """ "the hon. Member for Carmarthen East and Dinefwr", "the MP for Barnsley": the seat a member sits for,
    a place; and the member's name in brackets after it ("the Member for Wigan (Jane Roe)"), a person."""
    members = list(_MEMBER_FOR_RE.finditer(text))
    out = [_seat(page, text, m.start("seat"), m.end("seat")) for m in (*members, *_TITLED_MEMBER_FOR_RE.finditer(text))]
    for m in members:
        if (name := m.group("name")) and person_name_ok(name):
            out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.PERSON, P_STRONG))
    return out
