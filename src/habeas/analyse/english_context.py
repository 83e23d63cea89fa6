"""Rule layers for English names that carry no cue word of their own, read from the syntax around
them: an appositive that says what a name is ("Hoshine, a Shihezi-based company"; "Nury Turkel, a
lawyer"), a title written with a foreign article ("Der Spiegel", "El País"), a news dateline
("ISTANBUL —"), a place before "-based" or after "based in", and names in a list with
organisations ("Hikvision, SenseTime and the Xinjiang Public Security Bureau")."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re

from spacy.lang.en.stop_words import STOP_WORDS

from habeas.analyse import known_bodies
from habeas.analyse import tables as t
from habeas.analyse.chinese_people import CAPS_CREDIT_RE, caps_credit
from habeas.analyse.dates import MESSAGE_STAMP, caption_spans
from habeas.analyse.english import (
    CALENDAR_WORDS,
    CLAUSE_STARTERS,
    COMMON_NOUN_INITIALS,
    KEYWORD_WORDS,
    LAW_HEADS,
    LOWER,
    NAME_PARTICLES,
    ORG_HEADS,
    P_CREDITED,
    P_RULE,
    P_SPACY,
    P_STRONG,
    PERSON_PARTICIPLES,
    PUBLIC_FIRST,
    QUANTIFIERS,
    ROLE,
    RUN_RE,
    STATE_LEVELS,
    SURNAME_HEADS,
    TITLE_TOKENS,
    UPPER,
    affiliation_seat,
    classify_run,
    clean_name,
    common_word,
    compass_phrase,
    compound_adjective,
    contact_label,
    first_word_past,
    initials,
    known_place,
    lone_org_ok,
    name_words_ok,
    person_name_ok,
    person_shaped,
    picture_credit_label,
    strip_titles,
    title_or_role_word,
    uyghur_given_name,
)
from habeas.analyse.english_cues import LIST_ITEM_SPLIT_RE, LIST_JOIN_RE, org_ok
from habeas.analyse.english_layout import alone_on_line, infobox_fields
from habeas.analyse.english_overlaps import place_ends_name
from habeas.analyse.english_rules import AGE_SET_OFF, PERSON_RUN, PERSON_WORD, TWO_NAME_WORDS_RE, named_people
from habeas.analyse.english_spacy import after_opening_plural
from habeas.analyse.model import Mention
from habeas.analyse.numbers import POSTCODE_INWARD, POSTCODE_OUTWARD
from habeas.vocab import MONTH_ABBREVIATIONS, MONTH_NAMES

# a word of a name: capitalised, or a brand in camel case ("iFlytek"), with digits or "&" ("H&M")
_NAME_WORD = rf"(?:[{UPPER}][\w&\-’']*|[a-z][A-Z][\w\-]+)"
_NAME_RUN = rf"{_NAME_WORD}(?:[ \t]+(?:of|for|and|the|de|&)?[ \t]*{_NAME_WORD}){{0,5}}"
# what an appositive says an organisation is: "a Shenzhen-based company", "the state-backed body"
_ORG_NOUNS = (
    "company|companies|firm|group|maker|manufacturer|supplier|contractor|retailer|carmaker|automaker|"
    "broadcaster|newspaper|tabloid|outlet|agency|magazine|publication|website|publisher|platform|"
    "think tank|think-tank|consultancy|body|organisation|organization|charity|NGO|institute|society|"
    "association|foundation|union|conglomerate|giant|start-up|startup|subsidiary|developer|operator|"
    "brand|bank|fund|network|coalition|alliance|university|college|lab|laboratory|centre|center|council|"
    "producer|exporter|importer|non-profit|nonprofit|not-for-profit|lobby|watchdog"
)
_MODIFIERS = r"(?:(?!(?:at|of|for|in|with|by|from|on|to|and|who|which|that)\b)[\w\-’']+[ \t]+){0,4}?"
# the noun ends the appositive's phrase: punctuation or a word that starts what is said of it
_PHRASE_END = (
    r"(?=[ \t]*[,.;:)\]]|[ \t]+(?:that|which|who|whose|based|in|of|with|run|owned|founded|headquartered|and|"
    r"set|since|for|from|at|on|to|had|has|was|is|said|says|subject|[a-z]{3,}ing)\b)"  # "an organization working for"
)
# (the place a body is based in may be a town and its state, a comma between: "a Santa Clara, California-based
# company")
_TOWN_OF_A_BASE = rf"(?:[{UPPER}][{LOWER}]+(?:[ \t][{UPPER}][{LOWER}]+)?,[ \t]+(?=[{UPPER}][{LOWER}]+-based\b))?"
# (a gloss of the name in words, in brackets, may come between the name and its appositive: "Atajurt Eriktileri
# (Volunteers of the Homeland), a rights group": the name in English, a name of the same body; not initials)
ORG_APPOSITIVE_RE = re.compile(
    rf"(?<![\w\-])(?P<name>{_NAME_RUN})(?:[ \t]+\((?P<gloss>[{UPPER}][{LOWER}]+[ \t][^()\n,;]{{1,60}})\))?,"
    rf"[ \t]+(?:a|an|the)[ \t]+{_TOWN_OF_A_BASE}{_MODIFIERS}(?:{_ORG_NOUNS}){_PHRASE_END}"
)
# what is said of the person after the noun of who they are: "X, a Kazakh camp survivor now living in …", "X, a
# poet who …", "X, a former detainee living in exile"
_ROLE_CLAUSE_AFTER = r"[ \t]+(?:now|who|whose|living|based)\b"
# the noun of who the person is and what follows it: "X, the U.S. ambassador to Japan,"
_ROLE_TAIL = rf"{_MODIFIERS}(?P<role>[A-Za-z\-]+)(?:[ \t]+(?:of|at|for|in|from|to)\b|[,.;]|{_ROLE_CLAUSE_AFTER})"
PERSON_APPOSITIVE_RE = re.compile(
    rf"(?<![\w\-])(?P<name>{PERSON_RUN}),[ \t]+"
    r"(?:(?:a|an|another|the|then|now|former|formerly)[ \t]+)*"
    rf"(?:(?:[A-Z]\.){{2,}}[ \t]+)?{_ROLE_TAIL}"
)
# one name after the verb that quotes the person, before the noun of who they are: "said Rashid, a Pakistani
# trader who …" (a single name: the verb before it says it is a speaker's)
SAID_ONE_NAME_APPOSITIVE_RE = re.compile(
    rf"\b(?:said|says|told|added|recalled|explained|asked)[ \t]+(?P<name>{PERSON_WORD}),[ \t]+"
    rf"(?:(?:a|an|another|the|then|now|former)[ \t]+)+{_ROLE_TAIL}"
)
# a name with an age set apart by commas, before what is said of the person: "Ablet Tursun, 41, a teacher",
# "Jane Doe, 52, said", "X, 30, who"
AGE_APPOSITIVE_RE = re.compile(rf"(?<![\w\-])(?P<name>{PERSON_RUN}){AGE_SET_OFF}")
# a name that opens its sentence, set apart by a comma before the pronoun only people take: "Omer Kanat, who leads
# the group, said", "Jane Doe, whose son was held," (a sentence's start: a line's, or after its full stop)
WHO_OPENER_RE = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=[.!?][ \t]{{2}}))(?P<name>{PERSON_RUN}),[ \t]+who(?:se|m)?\b", re.M
)
# the same the other way round, set apart by commas: "his foreign minister, Ahmet Davutoğlu, urged ...",
# "the group's director, Jane Doe, said"
ROLE_FIRST_APPOSITIVE_RE = re.compile(
    rf"(?:\b(?i:his|her|its|their|the|a|an)|[{UPPER}][{LOWER}]+['’]s)[ \t]+{_MODIFIERS}(?P<role>[a-z\-]+),[ \t]+"
    rf"(?P<name>{PERSON_RUN})(?=,)"
)
# a body named after what it is to another, set apart by commas: "its subsidiary, Yongxiang Polysilicon, had",
# "Uniqlo's parent, Fast Retailing,"
# (after an owner's word only, and never "the": "told the agency, Jane Doe, said" names a person after a body)
BODY_FIRST_APPOSITIVE_RE = re.compile(
    rf"(?:\b(?i:its|their)|[{UPPER}][{LOWER}]+['’]s)[ \t]+{_MODIFIERS}"
    rf"(?:subsidiary|parent|affiliate|unit|supplier|rival|competitor),[ \t]+(?P<name>{_NAME_RUN})(?=,)"
)
# "Der Spiegel", "Le Monde", "El País", "La Repubblica": a title with its own language's article
FOREIGN_ARTICLES = ("Der", "Die", "Das", "Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Het")
FOREIGN_TITLE_RE = re.compile(
    rf"(?<![\w\-’'])(?:{'|'.join(FOREIGN_ARTICLES)})[ \t]+{PERSON_WORD}(?:[ \t]+{PERSON_WORD})?"
    rf"(?![ \t]+[{UPPER}])"
)
# a news dateline at the start of a paragraph: "ISTANBUL —", "LONDON, Dec. 3 —"
DATELINE_RE = re.compile(
    r"(?m)^(?P<place>[A-Z]{3,}(?:[ \t][A-Z]{2,}){0,2})(?=(?:[ \t]*/[ \t]*[A-Z]{3,}(?:[ \t][A-Z]{2,}){0,2})*"
    # "SALISBURY, England, 14 May 2025 —"; a dash may follow the country without spaces ("ALMATY, Kazakhstan—Aigul");
    # the agency or a release's day in brackets ("GENEVA (Reuters) -", "GENEVA (7 September 2022) –")
    r"(?:,[^\n—–]{1,32}|[ \t]\([A-Z0-9][\w .,]{0,20}\))?(?:[ \t]+[—–-]|(?<=[a-z.])[—–](?=[A-Z]))"
    # or its date and a colon ("DHARAMSHALA, September 23:")
    rf"|,[ \t]+(?:{'|'.join(MONTH_ABBREVIATIONS)})[a-z]*\.?[ \t]+\d{{1,2}}[ \t]*:)"
)
# a dateline that ends in a colon, after its country where given: "HOTAN, China: The …", "ISLAMABAD: Their …"
# (a transcript's speaker is labelled so too, "ALI:", so the place must be one the lists know)
COLON_DATELINE_RE = re.compile(
    r"(?m)^(?P<place>[A-Z]{3,}(?:[ \t][A-Z]{2,}){0,2})(?:,[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)?:[ \t]+(?=[A-Z“\"‘])"
)
# "Geneva, 14 November 2023" alone on its line: where a letter, report or statement was written
DATED_PLACE_RE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),[ \t]+\d{1,2}[ \t]+"
    rf"(?:{'|'.join(MONTH_NAMES)})[ \t]+\d{{4}}[ \t]*$"
)
# a capitalised word, or two joined by a hyphen: "Jalal-Abad", "Ak-Talaa"
_CAP_HYPHEN_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
BASED_RE = re.compile(
    # (an article that opens the sentence is no word of the place's name: "The Almaty-based group")
    rf"(?<![\w\-])(?:(?:The|A|An|Its|Their|This)[ \t]+)?(?P<a>[{UPPER}][{LOWER}]+(?:[ \t][{UPPER}][{LOWER}]+)?)-based\b"
    rf"|\b(?:based|headquartered)[ \t]+in[ \t]+(?P<b>[{UPPER}][{LOWER}]+(?:[ \t][{UPPER}][{LOWER}]+)?)(?![\w\-])"
    # "in Jyekundo, the seat of the prefecture": a place, by what it is the seat or capital of
    rf"|(?<![\w\-])(?P<c>[{UPPER}][{LOWER}]+(?:[ \t][{UPPER}][{LOWER}]+)?),[ \t]+the[ \t]+"
    r"(?:administrative[ \t]+|county[ \t]+)?(?:seat|capital)[ \t]+of\b"
    # "the Zeytinburnu district of Istanbul", "Tekes county", "the Jalal-Abad region", "the Torugart pass",
    # "the Irkeshtam crossing", "the Tian Shan mountains", "the Tian Shan mountain range", "with Tian Shan range in
    # the background" (a range, not "a range of"), "Tuman river": a place, by the kind of place after it
    rf"|(?<![\w\-])(?P<d>{_CAP_HYPHEN_WORD}(?:[ \t]{_CAP_HYPHEN_WORD})?)[ \t]+"
    # (or a city's electoral ward, as a council's papers write it: "a resident of Northgate ward")
    r"(?P<kind>district|county|prefecture|province|region|city|town|township|village|neighbou?rhood|oblast|ward|"
    r"pass|(?:border[ \t]+)?crossings?|mountains|(?:mountain[ \t]+)?range(?![ \t]+of\b)|valley|oasis|"
    # "on the bank of Tuman river", "by Sayram lake", "the Ordam Mazar desert": a river's, a lake's, a desert's
    r"river|lake|desert|glacier)\b"
    # "the Tian Shan", "the Kunlun Shan": a range named with the Chinese word for mountain
    rf"|(?<![\w\-])[Tt]he[ \t]+(?P<e>[{UPPER}][{LOWER}]+[ \t]Shan)(?![\w\-])"
    # "the town of Tekeli", "the village of Qarabulaq": a place, by the kind of place before it
    r"|(?<![\w\-])[Tt]he[ \t]+(?:town|city|village|township|county|district|prefecture|province)[ \t]+of[ \t]+"
    rf"(?P<f>{_CAP_HYPHEN_WORD}(?:[ \t]{_CAP_HYPHEN_WORD})?)(?![\w\-])"
)
LIST_ITEM_RE = re.compile(rf"(?:the[ \t]+)?(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})")


@functools.cache
def _role_words() -> frozenset[str]:
    titles = {w.lower() for w in t.TITLE_WORD_PARTS}
    # and what only a person is of a country or a town: "X, another Australian citizen", "X, a resident of Y"
    citizens = {"citizen", "national", "resident"}
    return frozenset({*t.ROLE_NOUNS, *titles, *citizens, "researcher", "director", "president", "head", "member"})


def _clean_org(name: str) -> str:
    """A body's name without the clause's word, the article or the compound adjective before it ("Nasdaq-listed
    Kestrel": where the company is listed, no word of its name)."""
    words = name.split()
    while words and (
        words[0] in CLAUSE_STARTERS or words[0].lower() == "the" or (len(words) > 1 and compound_adjective(words[0]))
    ):
        words.pop(0)
    return " ".join(words)


# what an appositive says a thing is that is neither a person nor a body: "X, an Android app"
PRODUCT_APPOSITIVE_RE = re.compile(
    rf"(?<![\w\-])(?P<name>{_NAME_RUN}),[ \t]+(?:a|an|the)[ \t]+{_MODIFIERS}"
    r"(?:app|apps|application|software|program|programme|tool|device|camera|product|model|phone|vehicle)"
    rf"(?:{_PHRASE_END}|(?=[ \t]+[a-z]{{2,}}ed\b))"  # the noun heads its phrase: not "a software engineer"
)


# a name before the common noun that says it is a programme of a government's, no body: "the Global Magnitsky
# program", "OFAC's Global Magnitsky sanctions", "the Global Human Rights sanctions regime"
PROGRAMME_NAME_RE = re.compile(
    rf"(?<![\w\-])(?P<name>{_NAME_RUN})[ \t]+(?:sanctions[ \t]+)?"
    r"(?:program|programme|sanctions|regime|scheme)s?(?![\w\-])"
    r"(?![ \t]+(?:director|officer|manager|coordinator|lead|head|staff|associate|assistant)s?\b)"  # a post's
)


_PERSON_OF_RE = re.compile(r"(?P<person>\S+(?:[ \t]\S+){1,2})[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])")


def _person_of_body(page: int, start: int, name: str) -> tuple[list[Mention], int, str]:
    """ "said Julie Millsap of No Business With Genocide, a Washington-based group": a person's name and "of"
    before the body an appositive describes. The person (none where the words before "of" are no person's
    name: "Bank of China"), where the body starts and its name."""
    m = _PERSON_OF_RE.match(name)
    if m is None or not person_shaped(m.group("person")) or not person_name_ok(m.group("person")):
        return [], start, name
    person = m.group("person")
    mention = Mention(page, start, start + len(person), person, person, t.PERSON, P_RULE)
    return [mention], start + m.end(), name[m.end() :]


def appositives(page: int, text: str) -> list[Mention]:
    """Names an appositive describes: as an organisation ("X, a Shenzhen-based company", "its subsidiary, X,"),
    or a person ("X, a lawyer", "X, director of ...")."""
    out: list[Mention] = []
    for m in ORG_APPOSITIVE_RE.finditer(text):
        name = _clean_org(m.group("name"))
        if not name or not org_ok(name) or t.fold(name) in t.gazetteer_index():
            continue
        s = m.end("name") - len(name)
        opening = after_opening_plural(text, s, s + len(name))  # "Shares of Kestrel Mining Group, a copper producer"
        s, name = opening, name[opening - s :]
        person, s, name = _person_of_body(page, s, name)
        out.extend(person)
        out.append(Mention(page, s, s + len(name), name, name, t.ORGANIZATION, P_RULE))
        gloss = m.group("gloss")
        if gloss and org_ok(gloss):  # the name in English: the same body, no place or person of its own
            out.append(Mention(page, *m.span("gloss"), gloss, gloss, t.ORGANIZATION, P_RULE, canonical=name))
    for m in (*PERSON_APPOSITIVE_RE.finditer(text), *SAID_ONE_NAME_APPOSITIVE_RE.finditer(text)):
        if m.re is SAID_ONE_NAME_APPOSITIVE_RE and (known_place(m.group("name")) or common_word(m.group("name"))):
            continue  # "said Beijing, the capital …"
        name = strip_titles(m.group("name"))  # "Deputy Dastan Bekeshev, a member of ...": the title is no name
        words = name.split()
        while len(words) > 2 and words[0] in CLAUSE_STARTERS:
            words.pop(0)  # "After Dilnur Ablet, chairman of …": the clause's opening word is no part of the name
        name = " ".join(words)
        if m.group("role").lower() not in _role_words() or not person_name_ok(name):
            continue
        if name.split()[0] in CLAUSE_STARTERS:
            continue
        s = m.end("name") - len(name)
        one = m.re is SAID_ONE_NAME_APPOSITIVE_RE  # a lone name the quoting verb and the noun vouch for
        out.append(Mention(page, s, s + len(name), name, name, t.PERSON, P_STRONG if one else P_RULE))
    for m in (*AGE_APPOSITIVE_RE.finditer(text), *WHO_OPENER_RE.finditer(text)):
        name = strip_titles(m.group("name"))
        if person_name_ok(name) and name.split()[0] not in CLAUSE_STARTERS and t.fold(name) not in t.gazetteer_index():
            s = m.end("name") - len(name)
            out.append(Mention(page, s, s + len(name), name, name, t.PERSON, P_RULE))
    for m in ROLE_FIRST_APPOSITIVE_RE.finditer(text):
        name = m.group("name")
        if m.group("role") in _role_words() and person_name_ok(name) and name.split()[0] not in CLAUSE_STARTERS:
            out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.PERSON, P_RULE))
    for m in BODY_FIRST_APPOSITIVE_RE.finditer(text):
        name = _clean_org(m.group("name"))
        if name and org_ok(name) and t.fold(name) not in t.gazetteer_index():
            s = m.end("name") - len(name)
            out.append(Mention(page, s, s + len(name), name, name, t.ORGANIZATION, P_RULE))
    for m in (*PRODUCT_APPOSITIVE_RE.finditer(text), *PROGRAMME_NAME_RE.finditer(text)):  # holds its place:
        name = _clean_org(m.group("name"))  # no person, no body
        s = m.end("name") - len(name)
        out.append(Mention(page, s, s + len(name), name, "", ROLE, P_RULE))
    return out


# the words of trade around a company's name: its shares, stock, stores or shareholders ("Shares in Best Buy
# fell", "Best Buy stores", "Kestrel's shareholders"), or a list after a plural of companies ("retailers including
# Best Buy and Home Depot"): a company, whatever its words are
_COMPANY_THINGS = r"shares|stock|stocks|stores|shareholders"
_COMPANY_PLURALS = r"retailers|companies|firms|brands|chains|suppliers|manufacturers|carmakers|automakers"
COMPANY_CONTEXT_RE = re.compile(
    rf"\b(?i:{_COMPANY_THINGS})[ \t]+(?:in|of)[ \t]+(?P<after>{_NAME_RUN})"
    rf"|(?<![\w\-’'])(?P<before>{_NAME_RUN})(?=(?:['’]s)?[ \t]+(?:{_COMPANY_THINGS})\b)"
    rf"|\b(?i:{_COMPANY_PLURALS})[ \t]+(?:including|such[ \t]+as|like)[ \t]+"
    rf"(?P<listed>{_NAME_RUN}(?:(?:,[ \t]+)+{_NAME_RUN})*)"
)


def companies_in_context(page: int, text: str) -> list[Mention]:
    """Companies the words of trade around them name ("Shares in Best Buy", "Best Buy stores", "retailers
    including Best Buy and Home Depot"), where the name is no place or people ("Hong Kong shares", "Chinese
    stores")."""
    out: list[Mention] = []
    for m in COMPANY_CONTEXT_RE.finditer(text):
        group = m.lastgroup or "after"
        if group != "listed":  # "Kestrel's shareholders": the company, without its possessive
            name = re.sub(r"['’]s$", "", m.group(group)) if group == "before" else m.group(group)
            out.extend(_company_named(page, m.start(group), name))
            continue
        end = m.start(group)  # a list's items, each its own company: "Best Buy, Lowe's and Home Depot"
        for item in LIST_ITEM_SPLIT_RE.split(m.group(group)):
            start = text.index(item, end)  # where this item begins, past the comma or "and" before it
            out.extend(_company_named(page, start, item))
            end = start + len(item)
    return out


def _company_named(page: int, start: int, written: str) -> list[Mention]:
    """The company ``written`` at ``start`` names, past an article or a quantifier ("The Best Buy stores",
    "Several stores"), where it is no place and no common word alone."""
    opening = first_word_past(written, CLAUSE_STARTERS | QUANTIFIERS)
    if opening is None:
        return []
    as_written = written[opening:]
    words = as_written.split()
    if len(words) > 1 and compound_adjective(words[0]):  # "Shares of Frankfurt-listed Adlerwerk": where it is listed
        opening += as_written.index(words[1], len(words[0]))
        as_written = written[opening:]
    name = " ".join(as_written.split())
    if not org_ok(name) or known_place(name) or (" " not in name and common_word(name)):
        return []
    at = start + opening
    return [Mention(page, at, at + len(as_written), as_written, name, t.ORGANIZATION, P_RULE)]


def foreign_titles(page: int, text: str, ents: list[tuple[int, int, str]]) -> list[Mention]:
    """Publications and companies named with a foreign article ("Der Spiegel", "El País"), unless
    the article is part of a person's surname ("Marine Le Pen": a name comes before it) or the
    statistical model reads the words as a place ("Los Angeles", "La Paz")."""
    out = []
    places = [(s, e) for s, e, label in ents if label in ("GPE", "LOC", "FAC")]
    for m in FOREIGN_TITLE_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in places):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        if re.search(rf"[{UPPER}][{LOWER}]+[ \t]+$", before) and not re.search(r"[.!?:]\s*$", before):
            word = before.split()[-1]
            if word not in CLAUSE_STARTERS and word.lower() not in _role_words():
                continue
        if t.fold(m.group(0)) in t.gazetteer_index():
            continue
        out.append(Mention.whole(page, m, t.ORGANIZATION, P_RULE))
    return out


def datelines(page: int, text: str) -> list[Mention]:
    """The place of a news dateline ("ISTANBUL —"), named as the gazetteer or in title case: the first
    one near the top of a page. A heading in capitals ("ANALYSIS —", "OPINION —") is none: a word the
    gazetteer does not know, shaped like a common noun or one of the words no name is made of."""
    out = []
    captions = caption_spans(text)
    found = [*DATELINE_RE.finditer(text, 0, DATELINE_WITHIN), *COLON_DATELINE_RE.finditer(text, 0, DATELINE_WITHIN)]
    for m in sorted(found, key=lambda m: m.start()):
        if any(s <= m.start() < e for s, e in captions):
            continue  # "FILE - Herders ride …": a photo's caption, not a dateline
        raw = m.group("place")
        name = " ".join(w.capitalize() for w in raw.split())
        entry = t.gazetteer_index().get(t.fold(name))
        if entry is not None and entry.type != t.PLACE:
            continue
        if entry is None and (common_word(raw) or (m.re is COLON_DATELINE_RE and name not in t.world_cities())):
            continue
        canonical = entry.canonical if entry is not None else name
        out.append(Mention(page, m.start(), m.end(), raw, name, t.PLACE, P_STRONG, canonical=canonical, strong=True))
        out.extend(_places_after_slash(page, text, m.end()))
        out.extend(_lede_person(page, text, m.end()))
        break
    return out


# the dash or colon that ends a dateline (its place, country and date before it), and the story's first words after
# it: a name of two or three capitalised words before a word in lower case ("— Aigul Serikkyzy remembers …")
_DATELINE_END_RE = re.compile(r"[^\n]{0,60}?(?:[ \t][—–-][ \t]|[—–]|:[ \t])[ \t]*")
_LEDE_NAME_RE = re.compile(
    rf"(?P<name>{_CAP_HYPHEN_WORD}(?:[ \t]+{_CAP_HYPHEN_WORD}){{1,2}})"
    r"(?=[ \t]+(?!(?:of|and|for|de|da|van|von|al|el|bin)\b)[a-z]+\b)"
)


def _lede_person(page: int, text: str, end: int) -> list[Mention]:
    """ "ALMATY, Kazakhstan—Aigul Serikkyzy remembers …": the name that opens a story right after its dateline, shaped
    as a person's (no body's, place's or common word) before a word in lower case, is a person, however the name's
    words look to the model after the dash."""
    dash = _DATELINE_END_RE.match(text, end)
    m = _LEDE_NAME_RE.match(text, dash.end()) if dash else None
    if m is None or not person_shaped(m.group("name")):
        return []
    name = m.group("name")
    return [Mention(page, m.start(), m.end(), name, name, t.PERSON, P_STRONG)]


# a dateline's further place after a slash, up to its dash: "WASHINGTON, D.C. / GENEVA –", "GENEVA/BEIJING, Oct 7";
# or its country after a comma, in capitals as the city is ("AKSU, CHINA --")
_SLASH_PLACE_RE = re.compile(r"[ \t]*(?P<sep>[/,])[ \t]*(?P<place>[A-Z]{3,}(?:[ \t][A-Z]{2,}){0,2})(?![\w.])")


def _places_after_slash(page: int, text: str, end: int) -> list[Mention]:
    """The places a dateline names after its first, each after a slash or a comma (a place the lists know), before
    the dash that ends it, read as its first is (a word in capitals shaped like a common noun names none)."""
    dash = re.compile(r"[ \t](?:--|[—–-])[ \t]|\n").search(text, end, end + 80)  # "--": a typed dash
    out = []
    for m in _SLASH_PLACE_RE.finditer(text, end, dash.start() if dash else end):
        name = " ".join(w.capitalize() for w in m.group("place").split())
        entry = t.gazetteer_index().get(t.fold(name))
        if (entry is not None and entry.type != t.PLACE) or (entry is None and common_word(m.group("place"))):
            continue
        if m.group("sep") == "," and entry is None and name not in t.world_cities():
            continue  # "LAHORE, APR 12 (PPA) –": after a comma only a place the lists know, no month or word
        s, e = m.span("place")
        canonical = entry.canonical if entry is not None else name
        out.append(Mention(page, s, e, text[s:e], name, t.PLACE, P_STRONG, canonical=canonical, strong=True))
    return out


# "Washington, D.C.", "Washington, DC": the capital with its district's letters, one place
CAPITAL_DISTRICT_RE = re.compile(r"(?<![\w\-])(?:Washington|WASHINGTON),[ \t]+D\.?[ \t]?C\.?(?![\w\-])")


def capital_district(page: int, text: str) -> list[Mention]:
    """ "Washington, D.C.": the district's letters are part of the capital's name, no place of their own."""
    return [
        Mention.whole(page, m, t.PLACE, P_STRONG, canonical="Washington") for m in CAPITAL_DISTRICT_RE.finditer(text)
    ]


def dated_places(page: int, text: str) -> list[Mention]:
    """The place a letter, report or statement says it was written in, with the date on its own line
    ("Geneva, 14 November 2023"); ``text`` is the page with its line breaks (offsets as prepared)."""
    out = []
    for m in DATED_PLACE_RE.finditer(text):
        name, s = m.group("place"), m.start("place")
        entry = t.gazetteer_index().get(t.fold(name))
        if (entry is not None and entry.type != t.PLACE) or (entry is None and common_word(name)):
            continue
        canonical = entry.canonical if entry is not None else name
        s, e = m.span("place")
        out.append(Mention(page, s, e, name, name, t.PLACE, P_RULE, canonical=canonical, strong=entry is not None))
    return out


DATELINE_WITHIN = 1500  # characters from the top of a page: a dateline opens the story


def based_places(page: int, text: str) -> list[Mention]:
    """ "a Shihezi-based company", "headquartered in Hangzhou": the place a body is based in; "Jyekundo,
    the seat of the prefecture": a place, by what it is the seat of; "the Zeytinburnu district", "Tekes
    county", "the town of Tekeli": a place, by the kind of place after or before it."""
    out = []
    for m in BASED_RE.finditer(text):
        group = next(g for g in ("a", "b", "c", "d", "e", "f") if m.group(g))
        name = m.group(group)
        low = name.lower()
        if low in t.NOT_NAME_WORDS or low in t.ETHNONYMS or low in KEYWORD_WORDS or name in CLAUSE_STARTERS:
            continue
        if compass_phrase(name):
            continue  # "the most South Easterly province": which way it lies, no place's name
        # "the Chinese province", "the Uyghur region", "the federal district": who lives there or which level
        # governs it, not the place's name (a word merely like a place's adjective is none: "Yengi Awat", "Tian")
        if any(
            w.lower() in t.ETHNONYMS or w.lower() in t.NOT_NAME_WORDS or w.lower() in STATE_LEVELS for w in name.split()
        ):
            continue
        entry = t.gazetteer_index().get(t.fold(name))
        if entry is not None and entry.type != t.PLACE:
            continue
        canonical = entry.canonical if entry is not None else name
        s, e = m.span(group)
        # "Yengi Awat village": the kind of place says the two words are the village's name, over the county
        # (Awat) that the second names alone
        longer = group == "d" and entry is None and " " in name and t.fold(name.split()[-1]) in t.gazetteer_index()
        # "the massive Tian Shan mountains": no person's or body's name comes before "mountain", over the model
        ridge = group == "d" and m.group("kind").startswith(("mountain", "range"))
        priority = P_STRONG if longer or ridge else P_RULE
        out.append(Mention(page, s, e, name, name, t.PLACE, priority, canonical=canonical, strong=entry is not None))
    return out


# "of Stony Brook, New York", "in Newport Beach, California": a town named before the state, province or
# country it lies in, after a word that says where
TOWN_IN_REGION_RE = re.compile(
    rf"\b(?:in|of|from|near|outside)[ \t]+(?P<town>{_CAP_HYPHEN_WORD}(?:[ \t]{_CAP_HYPHEN_WORD}){{0,2}}),[ \t]+"
    rf"(?P<region>{_CAP_HYPHEN_WORD}(?:[ \t]{_CAP_HYPHEN_WORD}){{0,2}})(?=[ \t]*[,.;:)]|[ \t]+(?:in|on|and|where|to)\b)"
)


# a place named as an address or a place of birth is, from the smallest to the country, with no word before it
# that says where ("POB: Linqu, Shandong, China", "Born: Tekes, Ili, China"): the town before a region the
# gazetteer knows and a country is a place
TOWN_REGION_COUNTRY_RE = re.compile(
    rf"(?<![\w,][ \t])(?<![\w\-'’])(?P<town>{_CAP_HYPHEN_WORD}(?:[ \t]{_CAP_HYPHEN_WORD}){{0,2}}),[ \t]+"
    rf"(?P<region>{_CAP_HYPHEN_WORD}(?:[ \t]{_CAP_HYPHEN_WORD}){{0,2}}),[ \t]+"
    rf"(?P<country>{_CAP_HYPHEN_WORD}(?:[ \t]{_CAP_HYPHEN_WORD}){{0,2}})(?=[ \t]*[,.;:)\n]|[ \t]*$)"
)


def _town_in_region(m: re.Match[str]) -> bool:
    """Whether a match of ``TOWN_IN_REGION_RE`` names a town before a state or country the gazetteer knows, or
    one of ``TOWN_REGION_COUNTRY_RE`` a town before a region it knows as a place and a country."""
    region = m.group("region")
    if "country" in m.groupdict():  # no signer's name before where she lives ("Jane Roe, Leeds, UK")
        town = m.group("town")
        person = person_shaped(town) or uyghur_given_name(town.split()[0])
        return not person and known_place(region) and t.fold(m.group("country")) in t.country_names()
    return region in t.world_cities() or t.fold(region) in t.country_names()


def towns_in_regions(page: int, text: str) -> list[Mention]:
    """A town before a state or country the gazetteer knows ("Stony Brook, New York"), or before a region and
    a country ("Linqu, Shandong, China"), which the model may read as a person's name: a place, when no word of
    it is a known body, an ethnonym or an ordinary word."""
    out = []
    for m in itertools.chain(TOWN_IN_REGION_RE.finditer(text), TOWN_REGION_COUNTRY_RE.finditer(text)):
        town = m.group("town")
        if not _town_in_region(m):
            continue
        entry = t.gazetteer_index().get(t.fold(town))
        if entry is not None and entry.type != t.PLACE:
            continue
        if any(w.lower() in t.NOT_NAME_WORDS or w.lower() in t.ETHNONYMS or w in CLAUSE_STARTERS for w in town.split()):
            continue
        s, e = m.span("town")
        out.append(Mention(page, s, e, town, town, t.PLACE, P_RULE))
    return out


def surname_heads(page: int, text: str, ents: list[tuple[int, int, str]]) -> list[Mention]:
    """A person the model names with a surname that is also a head word, which the rules would read as
    a law's name or cut off: a given name and the surname, after a title or a role ("Activist Nathan
    Law", "Chief Magistrate Peter Law") or before what people do ("Nathan Law said", "Nathan Law, a
    former lawmaker,"); "Martial Law was declared" is none, nor a law an apposition says what it is ("Sharia
    Law, a legal code,", "Common Law, a legal tradition,")."""
    out = []
    for s, e, label in ents:
        words = text[s:e].split()
        if label != "PERSON" or len(words) != 2 or words[1] not in SURNAME_HEADS or not name_words_ok(words[0]):
            continue
        if _ends_a_bodys_name(text, s):
            continue  # "the Institute of Human Rights and Humanitarian Law wrote": the body's name goes on
        before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, s - 30) : s])
        titled = before is not None and title_or_role_word(before.group(1))
        if titled or _PERSON_AFTER_RE.match(text, e) or _role_apposition(text, e):
            out.append(Mention(page, s, e, text[s:e], text[s:e], t.PERSON, P_CREDITED))
    return out


# a body's name running on over "and" or "of" to the words at ``start``: "Institute of Human Rights and "
_BODY_RUNS_ON_RE = re.compile(r"(?:[A-Z][\w'’\-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)*)+(?:and|of)[ \t]+$")


def _ends_a_bodys_name(text: str, start: int) -> bool:
    """Whether the words at ``start`` end a body's name that a capitalised run before them begins."""
    run = _BODY_RUNS_ON_RE.search(text, max(0, start - 80), start)
    return run is not None and any(w in ORG_HEADS or w in PUBLIC_FIRST for w in run.group(0).split())


# a relative pronoun for people or what people do after the name ("Nathan Law, who …", "Peter Law said")
_PERSON_AFTER_RE = re.compile(r",[ \t]+(?:who|whose)\b|[ \t]+(?:said|told|wrote|added|fled|was born)\b")
_APPOSITION_RE = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?P<words>[^,.;:()\n]{1,60})")


def _role_apposition(text: str, end: int) -> bool:
    """Whether an apposition after a name says it is a person's: its words hold a role ("Nathan Law, a
    former lawmaker,"), not what a law is ("Sharia Law, a legal code,")."""
    m = _APPOSITION_RE.match(text, end)
    if m is None:
        return False
    words = re.findall(r"[a-z][a-z\-]+", m.group("words").lower())
    return any(w in t.ROLE_NOUNS or w.removesuffix("s") in t.ROLE_NOUNS for w in words)


# what is said of a person after the name: a relative pronoun, a verb of saying, or what was done to them
_PERSON_DONE_TO_RE = re.compile(
    rf",?(?:{_PERSON_AFTER_RE.pattern})|,?[ \t]+(?:says|died|(?:was|is|has[ \t]+been|had[ \t]+been)"
    rf"[ \t]+(?:born|{PERSON_PARTICIPLES}|released|taken|held|missing|disappeared))\b"
)
# a role or a kin word and what it is of, before the comma that sets the name after it: "the former president
# of Xinjiang University, Tashpolat Tiyip", "His nephew, Ablet Kerimi"
_ROLE_BEFORE_COMMA_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[a-z\-]+[ \t]+){0,3}?(?P<role>[a-z]+)"
    r"(?:[ \t]+(?:of|at)[ \t]+[^,;.\n]{1,60})?,[ \t]*$"
)


def _role_before_comma(text: str, start: int) -> bool:
    m = _ROLE_BEFORE_COMMA_RE.search(text, max(0, start - 100), start)
    return m is not None and (m.group("role") in t.ROLE_NOUNS or re.fullmatch(t.KIN_NOUNS, m.group("role")) is not None)


def uyghur_names_in_context(page: int, text: str) -> list[Mention]:
    """Two capitalised words alone, one a common Uyghur given name and the other no common word, a place or a
    month, where what is said around them is said of a person: a Uyghur's name whose father's name the
    stock does not hold ("Tashpolat Tiyip was detained"), which the statistical model misses. (Two given
    names alone are a name whatever is around them: english_rules.)"""
    out = []
    for m in TWO_NAME_WORDS_RE.finditer(text):
        given = [uyghur_given_name(w) for w in m.groups()]
        other = m.group(2) if given[0] else m.group(1)
        if given.count(True) != 1 or common_word(other) or known_place(other) or other in CALENDAR_WORDS | TITLE_TOKENS:
            continue
        if (
            _PERSON_DONE_TO_RE.match(text, m.end())
            or _role_apposition(text, m.end())
            or _role_before_comma(text, m.start())
        ):
            out.append(Mention.whole(page, m, t.PERSON, P_RULE))
    return out


# an encyclopaedia's first sentence on a person: the name, a bracket that gives the birth ("(Uyghur: …; born
# 4 May 1966)", "(b. 1966)"), then "is" or "was"
_LEAD_PERSON_RE = re.compile(
    rf"(?m)(?:^|(?<=[.!?][ \t]))(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,3}})[ \t]+"
    r"\((?=[^()\n]{0,250}?\b(?:born|b\.)[ \t]+[^()\n]{0,30}?\d{4})[^()\n]{0,300}\)[ \t]+(?:is|was)\b"
)


def lead_subjects(page: int, text: str) -> list[Mention]:
    """The person an encyclopaedia's article is about, named before the bracket that gives the birth."""
    return named_people(page, text, _LEAD_PERSON_RE, _lead_name_ok)


# a sentence that opens with a name of two to four capitalised words and says its bearer was born: "Jane Roe was
# born in 1981 in Qaraqash", as a list of short biographies opens each entry
_BORN_SUBJECT_RE = re.compile(
    rf"(?m)(?:^|(?<=[.!?][ \t]))(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,3}})[ \t]+"
    r"was[ \t]+born\b"
)


def born_subjects(page: int, text: str) -> list[Mention]:
    """The person a sentence says was born, named as its first words (no place the gazetteer knows); read on
    the page with its line breaks (``text``), where each of a list's entries opens a line of its own."""
    found = named_people(page, text, _BORN_SUBJECT_RE, _born_name_ok)
    return [_without_title(m) for m in found]


# a name the page says it changed or made up to shield the person, in brackets after it: "Gulnar (pseudonym)",
# "Mehmet (not his real name)", "Aynur Sabit (name changed)"
_BRACKETED_PSEUDONYM_RE = re.compile(
    rf"(?<![\w\-'’])(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{0,2}})[ \t]+\((?:a[ \t]+)?"
    r"(?:pseudonym|not[ \t]+(?:his|her|their)[ \t]+real[ \t]+name|names?[ \t]+changed)\)"
)


_QUOTED_NAME = rf"[\"“‘'](?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{0,2}})[\"”’']"
# a name in quotation marks that the words before it say is what the page calls the person ('a woman who asked
# to be called "Gulnar"', 'a former teacher, whom we call “Alim”', 'gave his name only as "Nurmemet"', 'under the
# pseudonym “Meryem”') or that the words after it say is made up ('“Alice”, not her real name', '"Aynur" (a
# pseudonym)'): a person, even by one name
_QUOTED_PSEUDONYM_RE = re.compile(
    r"\b(?:(?:asked|wished|wanted|chose|agreed|preferred|requested)[ \t]+to[ \t]+be[ \t]+"
    r"(?:called|named|known[ \t]+as|identified[ \t]+(?:only[ \t]+)?(?:as|by))"
    r"|(?:we|I|we'll|we’ll|will)[ \t]+(?:call|name|refer[ \t]+to)[ \t]+(?:him|her|them)(?:[ \t]+as)?"
    r"|(?:whom|who)[ \t]+(?:we|I)[ \t]+(?:call|are[ \t]+calling|have[ \t]+called|will[ \t]+call)"
    r"|(?:gave|gives|giving|give)[ \t]+(?:his|her|their)[ \t]+(?:first[ \t]+)?name[ \t]+(?:only[ \t]+)?as"
    r"|identified[ \t]+(?:here[ \t]+)?only[ \t]+as|(?:the|a)[ \t]+pseudonym)"
    rf",?[ \t]+{_QUOTED_NAME}"
)
_QUOTED_THEN_PSEUDONYM_RE = re.compile(
    rf"(?<![\w\-'’]){_QUOTED_NAME},?[ \t]+\(?(?:a[ \t]+|her[ \t]+|his[ \t]+|their[ \t]+)?(?:pseudonym"
    r"|not[ \t]+(?:his|her|their)[ \t]+real[ \t]+name|names?[ \t]+(?:has[ \t]+been[ \t]+)?changed)\b"
)


def pseudonymous_people(page: int, text: str) -> list[Mention]:
    """The people a page names by a pseudonym it says is one ("Interview with Aynur (pseudonym)", 'a woman
    who asked to be called "Gulnar"')."""
    found = named_people(page, text, _BRACKETED_PSEUDONYM_RE, _lead_name_ok)
    found += named_people(page, text, _QUOTED_PSEUDONYM_RE, _lead_name_ok)
    return found + named_people(page, text, _QUOTED_THEN_PSEUDONYM_RE, _lead_name_ok)


def _born_name_ok(name: str) -> bool:
    """A name that can be born: no faith or movement ("Political Islam was born", "Sunni Islam")."""
    return _lead_name_ok(name) and name.split()[-1] not in ("Islam", "Christianity", "Buddhism", "Communism")


def _without_title(m: Mention) -> Mention:
    """ "Professor Rahile Dawut was born": the person without the title before the name."""
    name = strip_titles(m.name)
    if name == m.name:
        return m
    return Mention(m.page, m.end - len(name), m.end, name, name, m.type, m.priority)


def _lead_name_ok(name: str) -> bool:
    return person_name_ok(name) and name_words_ok(name) and t.fold(name) not in t.gazetteer_index()


# "left Kashgar for Adelaide", "the consulate in Adelaide": a city abroad that the gazetteer knows by its English
# name, after a word that says where, and no capitalised word after it ("in Adelaide Hills" is another place)
WORLD_CITY_RE = re.compile(
    rf"\b(?:in|to|for|from|near|outside|via)[ \t]+(?P<city>{_CAP_HYPHEN_WORD}(?:[ \t]{_CAP_HYPHEN_WORD}){{0,2}})"
    rf"(?![\w\-'’]|[ \t]+[A-Z])"
)


def world_cities_after_prepositions(page: int, text: str) -> list[Mention]:
    """A city outside China named after "in", "to", "for" or "from", which the model may miss: a place when the
    gazetteer holds its English name."""
    out = []
    for m in WORLD_CITY_RE.finditer(text):
        city = m.group("city")
        if city not in t.world_cities():
            continue
        s, e = m.span("city")
        out.append(Mention(page, s, e, city, city, t.PLACE, P_RULE, canonical=city, strong=True))
    return out


# a town's partner towns: "Twin towns and sister cities" over a list, "twinned with …", "its sister cities include …"
_TWIN_TOWNS_RE = re.compile(
    r"\b(?:[Tt]win(?:ned)?|[Ss]ister|[Pp]artner)[ \t]+(?:towns?|cities|city|municipalities)\b|\btwinned[ \t]+with\b"
)
# what parts one partner town from the next, or from its country: a line break, a comma, a bracket, "and"
_TWIN_ITEM_SPLIT_RE = re.compile(r"[\n,;()]|[ \t]and[ \t]")
# a line of such a list: the town, then its country after a comma or in brackets ("Çanakkale, Turkey", "• Osh
# (Kyrgyzstan)", "Düsseldorf, North Rhine-Westphalia, Germany"); the list ends at the first line of another shape
_TWIN_TOWN_LINE_RE = re.compile(
    r"[ \t]*(?:[•*·\-–][ \t]*)?[^\n,()]{2,40}(?:,[^\n,()]{2,40})*"
    r"(?:,[ \t]*|[ \t]*\()(?P<country>[^\n,()]{2,40}?)\)?[ \t]*$",
    re.M,
)
_SENTENCE_OR_LINE_END_RE = re.compile(r"[.;](?:\s|$)|\n")
_TWIN_ITEM_RE = re.compile(rf"[{UPPER}][\w'’\-]+(?:[ \t][{UPPER}][\w'’\-]+){{0,2}}")


def _twin_towns_scope(raw: str, start: int, end: int) -> tuple[int, int]:
    """Where the partner towns after a cue are listed: the "town, country" lines below it where the cue heads its
    line ("Sister cities:"), else the rest of its sentence."""
    line_end = raw.find("\n", end)
    line_end = len(raw) if line_end < 0 else line_end
    rest = raw[end:line_end].strip()
    if not rest or rest.endswith(":") or _TWIN_TOWNS_RE.search(rest):
        stop = line_end
        while (line := _TWIN_TOWN_LINE_RE.match(raw, stop + 1)) and t.fold(line.group("country")) in t.country_names():
            stop = line.end()
        return line_end, stop
    close = _SENTENCE_OR_LINE_END_RE.search(raw, end)
    return end, close.start() if close else len(raw)


def twin_towns(page: int, raw: str, ents: list[tuple[int, int, str]]) -> list[Mention]:
    """The names the model read in a list of a town's twin or sister cities, each a place, whatever label the
    model gave it: "Sister cities:⏎Çanakkale, Turkey⏎Düsseldorf, Germany" (read as one line, the model runs the
    country into the next town: "Turkey Düsseldorf", a person), "twinned with Osh (Kyrgyzstan) and Düsseldorf".
    A name is cut at the list's line breaks, commas, brackets and "and"; a known body stays a body."""
    out = []
    for cue in _TWIN_TOWNS_RE.finditer(raw):
        lo, hi = _twin_towns_scope(raw, cue.start(), cue.end())
        for s, e, label in ents:
            if label not in ("GPE", "LOC", "PERSON", "ORG", "FAC", "NORP") or s < lo or e > hi:
                continue
            pos = s
            for piece in [*_TWIN_ITEM_SPLIT_RE.split(raw[s:e])]:
                at, pos = pos, pos + len(piece) + 1
                item = _TWIN_ITEM_RE.fullmatch(piece.strip())
                if item is None or not _twin_town_ok(item.group()):
                    continue
                start = at + piece.index(item.group())
                name = item.group()
                out.append(Mention(page, start, start + len(name), name, name, t.PLACE, P_RULE))
    return out


def _twin_town_ok(name: str) -> bool:
    entry = t.gazetteer_index().get(t.fold(name))
    if entry is not None:
        return entry.type == t.PLACE
    words = name.split()
    return classify_run(words) is None and not any(w.lower() in t.NOT_NAME_WORDS for w in words)


# a British address's post town before its postcode, last on the address line or before a comma: "Bristol BS3 4QT",
# "London WC1X 8UE" (the postcode's outward part, a space, a digit and two letters)
_POSTCODE_TOWN_RE = re.compile(
    r"(?:^|(?<=[,\n]))[ \t]*(?P<town>[A-Z][a-z]+(?:[ \t\-][A-Z][a-z]+){0,2})[ \t]+"
    rf"{POSTCODE_OUTWARD}[ \t]{POSTCODE_INWARD}\b(?=[ \t]*(?:[,.]|$))",
    re.MULTILINE,
)


def postcode_towns(page: int, text: str) -> list[Mention]:
    """The post town of a British address, before its postcode: a place."""
    out = []
    for m in _POSTCODE_TOWN_RE.finditer(text):
        town = m.group("town")
        if town.lower() not in t.NOT_NAME_WORDS:
            out.append(Mention(page, *m.span("town"), town, town, t.PLACE, P_RULE))
    return out


# a factbox's bullet that opens on the countries it is about, in capitals, before a colon: "* JAPAN: Tokyo has …",
# "• NETHERLANDS, LITHUANIA, CZECH REPUBLIC: Lawmakers …"
_BULLET_LABEL_RE = re.compile(
    r"(?m)^[ \t]*[*•▪·\-–][ \t]*(?P<labels>[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+)*"
    r"(?:(?:,|[ \t]+AND)[ \t]+[A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+)*)*):[ \t]"
)
_BULLET_LABEL_SPLIT_RE = re.compile(r"[A-Z][A-Z.'\-]+(?:[ \t]+(?!AND\b)[A-Z][A-Z.'\-]+)*")


def bullet_label_places(page: int, text: str) -> list[Mention]:
    """The countries and places a factbox's bullet is about, named in capitals before its colon: each one the
    gazetteer knows as a place, in title case (a bloc or a heading the gazetteer does not hold as a place is left)."""
    out = []
    for m in _BULLET_LABEL_RE.finditer(text):
        for part in _BULLET_LABEL_SPLIT_RE.finditer(m.group("labels")):
            raw = part.group(0)
            name = " ".join(w.capitalize() for w in raw.split())
            entry = t.gazetteer_index().get(t.fold(name))
            if entry is None or entry.type != t.PLACE:
                continue
            start = m.start("labels") + part.start()
            out.append(Mention(page, start, start + len(raw), raw, name, t.PLACE, P_STRONG, canonical=entry.canonical))
    return out


# a letter's signature line, alone on its line: the writer's name (a title before it, letters after it), what they
# are or where they work, and last the town and its county: "Jane Roe, Hexham, Northumberland", "Dr John Doe,
# Centre for Law, Durham University, Durham", "Prof. Ann B. Smith, emeritus professor of politics, Sunderland"
# (a line of no more than 160 characters with a comma, and no semicolon, colon or mark of a question or an exclamation)
_SIGNATURE_LINE_RE = re.compile(r"(?m)^[^\n]{3,160}$")
_SIGNATURE_LETTERS_RE = re.compile(r"(?:[ \t]+(?:[A-Z]{2,5}|[A-Z]\.))+[ \t]*$")
_PLACE_SEGMENT_RE = re.compile(
    rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}]?[{LOWER}]+)*(?:[ \t]+(?:and|upon|on|under)[ \t]+[{UPPER}][{LOWER}]+)?"
)
_COUNTY_OPENERS = ("North", "South", "East", "West", "County", "Greater")


def _signature_writer(segment: str) -> bool:
    """Whether a signature's first segment is a person's name: a title before it, initials and letters within."""
    words = [w for w in strip_titles(segment.strip()).split() if not re.fullmatch(r"[A-Z]\.|[A-Z]{2,5}", w)]
    return person_shaped(" ".join(words))


def _signature_place(segment: str) -> bool:
    """A town or a county as a signature writes it: one word, or two or three joined by "and" or "upon" ("Tyne and
    Wear"), or a county after a compass word or "County"; a name the gazetteer holds as a body is none."""
    name = segment.strip()
    entry = t.gazetteer_index().get(t.fold(name))
    if entry is not None:
        return entry.type == t.PLACE
    words = name.split()
    if len(words) == 2 and words[0] in _COUNTY_OPENERS and words[1][:1].isupper():
        return True
    if not _PLACE_SEGMENT_RE.fullmatch(name) or classify_run(words) is not None or common_word(name):
        return False
    capitals = [w for w in words if w[:1].isupper()]
    posts = t.TITLE_WORD_PARTS | TITLE_TOKENS
    return not any(w.lower() in t.ROLE_NOUNS or w.lower() in t.NOT_NAME_WORDS or w in posts for w in capitals) and (
        t.fold(name) not in known_bodies.english_forms()
    )


def _after_a_paragraph(text: str, start: int) -> bool:
    """Whether the last line with words before ``start`` ends a sentence: a letter's text, not a list's line."""
    before = text[max(0, start - 400) : start].rstrip()
    return before.endswith((".", "!", "?", '"', "”", "’"))


def signature_places(page: int, text: str) -> list[Mention]:
    """The town and county that end a letter's signature line (a line of a person's name, perhaps a post or a
    body, then places, with no sentence's stop): the last one or two segments shaped as places are places."""
    out = []
    for m in _SIGNATURE_LINE_RE.finditer(text):
        line = m.group(0).rstrip()
        segments = line.split(",")
        if len(segments) < 2 or any(c in line for c in ";:!?"):
            continue
        if not _signature_writer(_SIGNATURE_LETTERS_RE.sub("", segments[0])) or not _after_a_paragraph(text, m.start()):
            continue
        end = m.start() + len(line)
        for segment in reversed(segments[1:][-2:]):
            start = end - len(segment)
            if not _signature_place(segment):
                break
            name = segment.strip()
            lead = len(segment) - len(segment.lstrip())
            out.append(Mention(page, start + lead, start + lead + len(name), name, name, t.PLACE, P_STRONG))
            end = start - 1
    return out


# a name alone on its line over a line that says what the person is, as a letter's signatures stand ("Jane Roe⏎
# Special Rapporteur on …") and a film's captions under the picture ("ADRIAN ZENZ⏎Senior Fellow, …", "AIGERIM
# SADYKOVA⏎Daughter of …"); or a name in capitals with its post after a comma on the same line ("BAURZHAN
# SADYKOV, former detainee, Almaty"), perhaps after a bracketed note ("[archive footage] SHOHRAT ZAKIR, Chairman …")
_CAPTION_NAME_RE = re.compile(
    rf"(?m)^(?:[ \t]*\[[^\]\n]*\])?[ \t]*(?P<name>[{UPPER}][\w'’\-]*(?:[ \t]+[\w'’\-]+){{1,3}})[ \t]*"
    r"(?:\n[ \t]*(?P<below>[^\n]+)|,[ \t]+(?P<after>[^\n]+))"
)
# the words before a post that leave it a post ("former detainee", "Senior Fellow", "Deputy Director")
_POST_OPENERS = frozenset({"former", "senior", "deputy", "acting", "vice", "assistant"})


# what follows a post in a caption's or a signature's line: what or where it is of ("Special Rapporteur on …",
# "Daughter of …", "Founder, Atajurt …"), or nothing ("Founder")
_AFTER_POST = frozenset({"of", "on", "at", "in", "to"})


def _capitalised_post_parts(word: str) -> bool:
    """A word of a post's title or a role ("Special", "Rapporteur", "Chair-Rapporteur", "detainee"), each of its
    hyphen's parts a title's word with its capital or a role's noun: a title's small words ("of", "for") are left
    out on purpose, so that the run of the post's words ends before them and ``_AFTER_POST`` reads what follows."""
    parts = [p for p in word.split("-") if p]
    return bool(parts) and all((p[0].isupper() and p in t.TITLE_WORD_PARTS) or p.lower() in t.ROLE_NOUNS for p in parts)


def _post_head(word: str) -> bool:
    """A word that ends a post's title or is a role, or a relative ("Rapporteur", "Fellow", "detainee", "Daughter")."""
    last = word.split("-")[-1]
    return last in t.TITLE_WORDS or last.lower() in t.ROLE_NOUNS or re.fullmatch(t.KIN_NOUNS, last.lower()) is not None


def _opens_with_post(line: str) -> bool:
    """Whether a line opens with what a person is and then what or where of, or a comma, or nothing: a post or a
    role ("Chair-Rapporteur of …", "Senior Fellow, …", "former detainee, Almaty"), or a relative ("Daughter of
    …"); not a navigation bar's first item ("Home | News") nor a body's name opening with a title ("Justice for
    All")."""
    words = line.split()
    if len(words) > 1 and words[0].lower() in _POST_OPENERS:
        words = words[1:]
    run = 0
    while run < len(words) and (
        _capitalised_post_parts(words[run].rstrip(",")) or re.fullmatch(t.KIN_NOUNS, words[run].lower())
    ):
        run += 1
        if words[run - 1].endswith(","):
            break
    if not run or not _post_head(words[run - 1].rstrip(",")):
        return False
    return words[run - 1].endswith(",") or run == len(words) or words[run] in _AFTER_POST


def _all_caps_name_titled(name: str) -> str:
    """A name written wholly in capitals as a name is written ("OKAFOR-REYES" is Okafor-Reyes); else as it is.
    Unlike ``english_rules._as_written_name`` a name only partly in capitals stays as written, and each hyphen's
    part is capitalised, not title-cased, so a letter after an apostrophe stays small ("O'BRIEN" is O'brien)."""
    if not name.isupper():
        return name
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in name.split())


def capitals_credits(page: int, raw: str) -> list[Mention]:
    """A picture's credit in capitals on a line of its own under its caption, as a newspaper prints it: the
    photographer, a slash, and the agencies or the paper ("RENÉ FAUCHER/THE LAKESHORE TRIBUNE"): a person, and
    the known agencies (``caps_credit``) or, where no list knows the words after the slash, the paper that printed
    the picture."""
    out: list[Mention] = []
    for m in CAPS_CREDIT_RE.finditer(raw):
        if not alone_on_line(raw, m.start(), m.end()):
            continue
        found = caps_credit(page, m)
        out.extend(dataclasses.replace(x, priority=P_CREDITED) for x in found if x.type == t.PERSON)
        bodies = [x for x in found if x.type != t.PERSON]
        if not bodies:
            s, e = m.span("agencies")
            bodies = [Mention(page, s, e, raw[s:e], raw[s:e].title(), t.ORGANIZATION, P_RULE)]
        out.extend(bodies)
    return out


def captioned_people(page: int, raw: str) -> list[Mention]:
    """People named in a signature's or a caption's layout (``_CAPTION_NAME_RE``): a name of two to four words (a
    family name's particles apart) that a post or a relative follows, on the next line, or in capitals after a
    comma. (``english_rules._caps_names_over_a_post`` reads a name in capitals alone, with blank lines allowed
    before the post's line, whose title must have a comma after it; here the name may be in any case and the
    next line any post or relative ``_opens_with_post`` takes.)"""
    out = []
    for m in _CAPTION_NAME_RE.finditer(raw):
        name, post = m.group("name"), m.group("below") or m.group("after")
        if m.group("after") is not None and not name.isupper():
            continue  # "Jane Roe, Hexham": a signature's line, read elsewhere (``signature_places``)
        titled = _all_caps_name_titled(name)
        core = [w for w in titled.split() if w not in NAME_PARTICLES]
        if len(core) < 2 or not person_shaped(" ".join(core)) or not _opens_with_post(post):
            continue
        out.append(Mention(page, m.start("name"), m.end("name"), name, titled, t.PERSON, P_STRONG))
    return out


# a comment's or a signer's header line as a site prints it: the name, a middle dot or a bullet, and where the
# writer is and when they wrote, in the site's relative time ("Jane Roe  ·  Leeds, UK  ·  2 days ago", "Tom Hart
# · 3h ago"): the name before the first dot is a person's
_POSTED_AGO_RE = re.compile(
    rf"(?m)^[ \t]*(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})[ \t]+[·•][ \t]+"
    r"(?=[^\n]*?(?<![\w\-])(?:\d{1,3}|an?|one)[ \t]*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|"
    r"weeks?|mo|months?|y|years?)[ \t]+ago\b)"
)


def posted_by_people(page: int, raw: str) -> list[Mention]:
    """The people who wrote the comments a page lists under headers of ``_POSTED_AGO_RE``'s shape."""
    out = []
    for m in _POSTED_AGO_RE.finditer(raw):
        name = m.group("name")
        if person_shaped(name) and classify_run(name.split()) is None and not known_place(name):
            out.append(Mention(page, *m.span("name"), name, name, t.PERSON, P_STRONG))
    return out


# a line of a messaging app's exported chat: the date and time it was sent ("14/11/2017, 21:02 - ", "[3/5/19,
# 9:41:07 PM] "), then who sent it and a colon, or the app's note of what a member did ("… - Jane Roe created
# group", "added Tom and Ann", "left", "Jane's number changed"); the sender's display name is a person's, which
# may be a given name alone ("Gülnur") or a name with a city or a word of respect ("Adile Almaty", "Yusup Aka")
_CHAT_NAME = rf"[{UPPER}][{LOWER}'’\-]+(?:[ \t][{UPPER}][{LOWER}'’\-]+){{0,2}}"
_CHAT_LINE_RE = re.compile(
    rf"(?m)^[ \t]*{MESSAGE_STAMP}[ \t]*(?:[-–][ \t]*)?(?P<name>{_CHAT_NAME})"
    rf"(?::[ \t]|[ \t]+(?:created[ \t]+group|left$|joined\b)|"
    rf"['’]s[ \t]+number[ \t]+changed|[ \t]+(?:added|removed)[ \t]+(?P<members>[^\n]+))"
)
# one of the members a line names ("added Adile, Gülnur and Yusup Aka"), before a comma, "and" or the line's end
_CHAT_MEMBER_RE = re.compile(rf"(?<![\w'’\-])(?P<name>{_CHAT_NAME})(?=,|[ \t]+and[ \t]|[ \t]*$)")


def chat_senders(page: int, raw: str) -> list[Mention]:
    """The people of an exported chat: who sent each line of ``_CHAT_LINE_RE``'s shape, and whom a member
    added or removed; two such lines at least, as an export has, and no name the gazetteer knows as a place or
    a body."""
    lines = list(_CHAT_LINE_RE.finditer(raw))
    if len(lines) < 2:
        return []
    out = []
    for m in lines:
        spans = [m.span("name")]
        if m.group("members"):
            base = m.start("members")
            spans += [(base + p.start("name"), base + p.end("name")) for p in _CHAT_MEMBER_RE.finditer(m["members"])]
        for s, e in spans:
            name = raw[s:e]
            if t.gazetteer_index().get(t.fold(name)) is None and classify_run(name.split()) is None:
                out.append(Mention(page, s, e, name, name, t.PERSON, P_STRONG))
    return out


# a roster of "Name - what they are" lines, as a call's or a panel's transcript lists who took part ("Jane Roe -
# Chief Financial Officer", "John Doe - Barclays"): a name of two or three words, a spaced dash, and a post or the
# body the person speaks for; two such lines in a row make the roster
_ROSTER_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?P<name>[{UPPER}][{LOWER}'’\-]+(?:[ \t]+[{UPPER}][{LOWER}'’\-]+){{1,2}})[ \t]+[-–—][ \t]+"
    rf"(?P<what>[{UPPER}][^\n]{{0,80}}?)[ \t]*$"
)


def _roster_lines(raw: str) -> list[re.Match[str]]:
    """The lines of ``_ROSTER_LINE_RE`` that stand next to another such line."""
    found = list(_ROSTER_LINE_RE.finditer(raw))
    lines = [raw.count("\n", 0, m.start()) for m in found]
    return [m for i, m in enumerate(found) if {lines[i] - 1, lines[i] + 1} & set(lines)]


def roster_mentions(page: int, raw: str) -> list[Mention]:
    """People in a transcript's roster of participants (``_ROSTER_LINE_RE``), and the body each speaks for where
    the words after the dash are no post: a short name in capitals ("Barclays", "Cowen & Company")."""
    out = []
    for m in _roster_lines(raw):
        name, what = m.group("name"), m.group("what")
        if not person_shaped(name):
            continue
        # no title at the line before's end runs into the name ("… Chief Executive Officer⏎Jane Roe - …")
        out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.PERSON, P_CREDITED))
        words = what.split()
        if _opens_with_post(what) or any(_post_head(w.strip(",")) for w in words) or len(words) > 4:
            continue
        if not all(w[0].isupper() or w == "&" for w in words):
            continue
        out.append(Mention(page, m.start("what"), m.end("what"), what, what, t.ORGANIZATION, P_RULE))
    return out


def context_mentions(page: int, text: str, ents: list[tuple[int, int, str]], raw: str = "") -> list[Mention]:
    """The mentions these layers find on one prepared English page (before lists of organisations),
    given the statistical model's entities and the page as written (``raw``, with its line breaks)."""
    return (
        appositives(page, text)
        + companies_in_context(page, text)
        + foreign_titles(page, text, ents)
        + datelines(page, text)
        + dated_places(page, raw or text)
        + capital_district(page, text)
        + based_places(page, text)
        + towns_in_regions(page, text)
        + world_cities_after_prepositions(page, text)
        + twin_towns(page, raw or text, ents)
        + postcode_towns(page, raw or text)
        + bullet_label_places(page, raw or text)
        + signature_places(page, raw or text)
        + captioned_people(page, raw or text)
        + posted_by_people(page, raw or text)
        + chat_senders(page, raw or text)
        + capitals_credits(page, raw or text)
        + roster_mentions(page, raw or text)
        + surname_heads(page, text, ents)
        + uyghur_names_in_context(page, text)
        + lead_subjects(page, text)
        + born_subjects(page, raw or text)
        + pseudonymous_people(page, text)
    )


def _surnames(kept: list[Mention]) -> set[str]:
    """The words of the page's full names of people: "Zenz" in a list stays Adrian Zenz."""
    return {w for m in kept if m.type == t.PERSON and len(m.name.split()) >= 2 for w in m.name.split()}


_COMPLEMENT_BEFORE_RE = re.compile(r"[ \t](?:of|for|on)[ \t]+$")


def listed_organisations(page: int, text: str, kept: list[Mention]) -> list[Mention]:
    """Names in a list with an organisation are organisations ("Hikvision, SenseTime and the Xinjiang
    Public Security Bureau"): a lone word the statistical model took for a person or a place is
    retyped, and a lone capitalised word no layer found is added."""
    bodies = (t.ORGANIZATION, t.PUBLIC_BODY)
    persons = _surnames(kept)
    person_ends = [m.end for m in kept if m.type == t.PERSON]
    spans = {(m.start, m.end): m for m in kept}
    queue = [m for m in kept if m.type in bodies]
    seen: set[tuple[int, int]] = set()
    out: list[Mention] = []
    while queue:
        org = queue.pop()
        for item in _neighbours(text, org.start, org.end):
            if item in seen:
                continue
            seen.add(item)
            s, e = item
            if text[e - 2 : e] in ("s'", "s’"):
                continue  # "the Bingtuan and the Corps' 3rd Division": an owner's name before what it owns
            name = text[s:e]
            existing = spans.get(item)
            if existing is not None:
                if existing.type in bodies:
                    queue.append(existing)
                elif (
                    _retypable(existing, name, persons)
                    and (existing.type == t.PERSON or _inside_list(text, e, s))
                    and not _before_its_country(text, existing)
                    and not (existing.type == t.PLACE and affiliation_seat(text, s, e, person_ends))
                ):
                    existing.type, existing.name, existing.canonical = t.ORGANIZATION, name, ""
                    queue.append(existing)
                continue
            if (
                not _listed_name_shape(name)
                or any(a < e and s < b for a, b in spans)
                or not _lone_name_ok(name, persons)
            ):
                continue
            if _opening_adverb(text, s, name):
                continue  # "Recently, Volkswagen AG published …": the sentence's adverb, no body of a list
            if picture_credit_label(text, s, e):
                continue  # "IMAGE SOURCE, GETTY IMAGES": a picture credit's label before the agency
            if contact_label(text, e, [name]):
                continue  # "Nordic Asia Centre, Box 27, …": the address's postal box after the body, no body
            if _PLURAL_INITIALS_RE.fullmatch(name):
                continue  # "on five MEPs, EU officials and diplomats": members or things counted, no body
            if _NAME_GOES_ON_RE.match(text, e):
                continue  # "Scholars at Risk": the first word of a longer name
            if name.lower() in t.ROLE_NOUNS or name in t.TITLE_WORDS:
                continue  # "Correspondent, Dagens Nyheter", "Chair, Uyghur Tribunal", "Vice Minister of …, Head of
                # the … Commission": a role's noun or a post before the body or in a list of posts, no body of a list
            if _COMPLEMENT_BEFORE_RE.search(text, max(0, s - 5), s):
                continue  # "Director of Campaigns, Amnesty International": a post's complement, no body
            if _ABBREVIATED_TITLE_RE.match(text, e) and f"{name.removesuffix('s')}." in t.TITLE_WORDS:
                continue  # "in the Senate and Reps. Chris Smith": a title, shortened, before a name
            found = Mention(page, s, e, name, name, t.ORGANIZATION, P_RULE)
            out.append(found)
            spans[item] = found
            queue.append(found)
    return out


# initials in the plural ("MEPs", "NGOs"): people or things of a kind, counted, no body's name
_PLURAL_INITIALS_RE = re.compile(r"[A-Z]{2,6}s")


# a sentence's adverb before its comma ("Recently, …", "Additionally, …", a compound's "Eye-catchingly, …"), as
# the sentence's first word
_ADVERB_RE = re.compile(r"[A-Z][a-z]{3,}ly|[A-Z][a-z]+-[a-z]{3,}ly")
_SENTENCE_OPENS_BEFORE_RE = re.compile(r"(?:\A|[.!?][\"”’]?[ \t]+|\n)[ \t]*\Z")


def _opening_adverb(text: str, start: int, name: str) -> bool:
    """A word in "-ly", or a function word ("There", "Meanwhile"), that opens its sentence before a comma: an
    adverb, no name listed with a body's ("There, Hoshine built …")."""
    return (
        (_ADVERB_RE.fullmatch(name) is not None or name.lower() in STOP_WORDS)
        and text.startswith(",", start + len(name))
        and _SENTENCE_OPENS_BEFORE_RE.search(text, max(0, start - 4), start) is not None
    )


_NAME_GOES_ON_RE = re.compile(r"[ \t]+(?:at|of|for|on|in|without|against)[ \t]+[A-Z]")
# a shortened title's dot, then a given name and a family name or a middle initial ("Prof. Ana M. Ruiz")
_ABBREVIATED_TITLE_RE = re.compile(r"\.[ \t]+[A-Z][a-z]+[ \t]+[A-Z](?:[a-z]+|\.[ \t]+[A-Z][a-z]+)")


def _listed_name_shape(name: str) -> bool:
    """A name no layer found that a list of bodies makes one: a lone word ("Megvii"), or a few words led by
    capitals, as no person's name is ("TÜV Rheinland", "SK Hynix", "LG Chem")."""
    words = name.split()
    if name[-1:] in "'’\"”":
        return False  # "'Built to Last', BuzzFeed News": the end of a quoted title before its paper
    if len(words) == 1:
        return True
    if any(w.lower() in _role_words() for w in words):
        return False  # "the UN Special Rapporteur": a post, after a person's name
    return len(words) <= 3 and len(words[0]) >= 2 and words[0].isupper()


# a line that holds one name and nothing else but its country in brackets ("Safeguard Defenders (Spain)",
# "Article 19"): capitalised words, numbers and the small words of a name, no sentence's punctuation
_NAME_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z0-9][\w’'.\-]*|of|for|and|the|on|in|to|de|du|des|&)){0,9})"
    r"(?:[ \t]+\([A-Z][^()\n]{1,40}\))?[ \t]*$"
)


def _name_lines(text: str) -> list[list[re.Match[str]]]:
    """Runs of three or more lines in a row, each holding one name (a list of signatories, one a line)."""
    runs: list[list[re.Match[str]]] = []
    run: list[re.Match[str]] = []
    for m in _NAME_LINE_RE.finditer(text):
        if run and text.count("\n", run[-1].end(), m.start()) != 1:
            runs.append(run)
            run = []
        run.append(m)
    runs.append(run)
    return [r for r in runs if len(r) >= 3]


def _glued_values(text: str) -> dict[int, int]:
    """Where the value of each infobox field whose label a copy ran into it starts, by the label's start: a
    line of a list may be such a field ("OwnerFu Liquan\nChina Mobile\n…": the owners, the label no name's)."""
    return {f.start("label"): f.end("label") for f in infobox_fields(text) if f.group("glued") is not None}


# a line that ends on a word joining it to the next, so a title's words run on over the line's end
_RUNS_ON_RE = re.compile(r"(?<![\w\-])(?:and|or|of|for|the|to|in|on|&)[ \t]*$", re.MULTILINE)


def listed_line_bodies(page: int, text: str, kept: list[Mention]) -> list[Mention]:
    """A list of names one a line, at least two in three of them bodies and none a person (a statement's
    signatories): every line names a body, whole ("Justice for All", "Article 19", "Uyghur Association of
    Victoria", which the model cut after the people's name), and a place inside it is the body's name's
    (``text``: the page with its line breaks)."""
    bodies = (t.ORGANIZATION, t.PUBLIC_BODY)
    ordered = sorted(kept, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    replaced: set[int] = set()
    added: list[Mention] = []
    values_at = _glued_values(text)
    for run in _name_lines(text):
        spans = [(values_at.get(m.start("name"), m.start("name")), m.end("name")) for m in run]
        inside = [
            [k for k in ordered[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)] if k.end <= e]
            for s, e in spans
        ]
        alone = [(k.type, (k.start, k.end) == span) for span, found in zip(spans, inside, strict=True) for k in found]
        if (t.PERSON, True) in alone:
            continue  # a person's name alone on a line: a list of people
        if any(_RUNS_ON_RE.search(text, s, e) for s, e in spans):
            continue  # "Uyghur Forced Labour and" over "Global Supply Chains": a title's lines, no list
        with_body = [span for span, found in zip(spans, inside, strict=True) if any(k.type in bodies for k in found)]
        if 3 * len(with_body) < 2 * len(run):
            continue
        if all(text[s:e].isupper() for s, e in with_body):
            continue  # "IN THE HIGH COURT OF JUSTICE" over its divisions and "Royal Courts of Justice": a heading
        for (s, e), found in zip(spans, inside, strict=True):
            name = text[s:e]
            if any(k.type in (t.PLACE, *bodies) and (k.start, k.end) == (s, e) for k in found) or not org_ok(name):
                continue  # a place alone on its line, or a body read whole already
            replaced.update(id(k) for k in found)
            added.append(Mention(page, s, e, name, name, t.ORGANIZATION, P_RULE))
    if not added:
        return kept
    return sorted([k for k in kept if id(k) not in replaced] + added, key=lambda m: (m.page, m.start))


def _neighbours(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list ("A, B and C") next to the span, on either side."""
    out = []
    pos = end
    while (join := LIST_JOIN_RE.match(text, pos)) and (item := LIST_ITEM_RE.match(text, join.end())):
        out.append(item.span("name"))
        pos = item.end()
    pos = start
    while True:
        before = text[max(0, pos - 80) : pos]
        hit = re.search(
            rf"(?:^|[\s(])(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}),[ \t]+(?:the[ \t]+)?$", before
        )
        if not hit:
            break
        s = max(0, pos - 80) + hit.start("name")
        out.append((s, s + len(hit.group("name"))))
        pos = s
    return out


def _inside_list(text: str, end: int, start: int = -1) -> bool:
    """An item followed by another ("Megvii, " / "Megvii and"), or the last after "and" or "or" that ends the
    sentence or the clause ("…, Nike and Primark."), not one that modifies a noun ("the Berlin security firm")."""
    if LIST_JOIN_RE.match(text, end) is not None:
        return True
    if text[max(0, start - 2) : max(0, start)] == ", " and _LIST_CLOSER_RE.match(text, end):
        return True  # "on Apple Podcasts, Spotify or wherever you listen": the last item before the list's closer
    return _LAST_ITEM_BEFORE_RE.search(text, max(0, start - 5), max(0, start)) is not None and bool(
        _LAST_ITEM_AFTER_RE.match(text, end)
    )


_LAST_ITEM_BEFORE_RE = re.compile(r"[ \t](?:and|or)[ \t]+$")
# the words that close a list in place of its last item: "…, Spotify or wherever", "…, Oxfam and others"
_LIST_CLOSER_RE = re.compile(r"[ \t]+(?:or|and)[ \t]+(?:wherever|elsewhere|others|many[ \t]+more)\b")
_LAST_ITEM_AFTER_RE = re.compile(r"[ \t]*(?:[.;:)]|,[ \t]|$)")


def _lone_name_ok(name: str, persons: set[str]) -> bool:
    low = name.lower()
    return (
        name not in persons
        and name != "I"  # the pronoun after a body and a comma: "she wrote on WeChat, I saw it"
        and name not in CLAUSE_STARTERS
        and name not in TITLE_TOKENS  # "the Deputy Party Secretary and Commander of the XPCC": a post
        and name not in t.HONORIFICS  # "at William & Mary, Prof. Hill served": a title before a name
        and name not in COMMON_NOUN_INITIALS  # "CEO, Northern Growers Association": an officer's initials
        and low not in t.NOT_NAME_WORDS
        and low not in t.ETHNONYMS
        and low not in KEYWORD_WORDS
        and t.fold(name) not in t.gazetteer_index()
        and org_ok(name)
    )


# a source that reports or publishes ("Bloomberg reported", "as Nikkei Asia revealed"), or speaks of
# itself as "it" ("Adidas said it had no business relationship"), or is cited ("according to Bloomberg")
_SOURCE_VERBS = r"(?:reported|reports|revealed|reveals|disclosed|published|publishes|broadcast|first[ \t]+reported)"
_SAID_IT = (
    r"(?:said|says|stated|states|announced|confirmed|denied|added)[ \t]+"
    r"(?:(?:in[ \t]+a[ \t]+statement|on[ \t]+\w+)[ \t]+)?(?:that[ \t]+)?(?:it|its)\b"
)
_SENTENCE_START = r"(?:^|(?<=[.;:!?\n])[ \t]*|(?<=\bas[ \t])|(?<=\bAs[ \t])|(?<=,[ \t]))"
# the verb first (few on a page), then the name that ends right before it
# from the start of a run of blanks only: tried at every blank of a long run, the run would be
# matched again from each of them (quadratic on a page of spaces)
SOURCE_VERB_RE = re.compile(rf"(?<![ \t])[ \t]+(?:{_SOURCE_VERBS}|{_SAID_IT})")
SOURCE_NAME_RE = re.compile(
    rf"{_SENTENCE_START}(?P<name>{_NAME_WORD}(?:[ \t]+(?:of[ \t]+)?{_NAME_WORD}){{0,3}})\Z", re.MULTILINE
)  # (the name ends right at the verb, not at the end of a line above it: "…, Hamburg⏎⏎The report was published")
ACCORDING_RE = re.compile(
    rf"\b[Aa]ccording[ \t]+to[ \t]+(?:the[ \t]+)?(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
)


def source_organisations(page: int, text: str, kept: list[Mention]) -> list[Mention]:
    """The page's mentions with the sources below: see _sources."""
    found, gone = _sources(page, text, kept)
    return [k for k in kept if all(k is not g for g in gone)] + found


def _sources(page: int, text: str, kept: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Names the verb after them says are a source: a newspaper or a company that reports, publishes
    or says "it" ("Handelsblatt reported", "Nikkei Asia revealed", "BMW said it had stopped", "according
    to Bloomberg"). A name the page gives a person (a surname of one of its full names, the statistical
    model's person of two words or more) is no source, nor a place the gazetteer knows ("Beijing said
    it would retaliate" names the state by its capital), nor a lone word nothing took for a name
    ("Officials said it"); the model's weak guess of a person or a place for the name, or for a word
    inside it ("Asia" in "Nikkei Asia"), gives way."""
    persons = _surnames(kept) | {m.name for m in kept if m.type == t.PERSON and (m.priority > P_SPACY or m.strong)}
    out: list[Mention] = []
    gone: list[Mention] = []
    for m in [*_source_names(text), *ACCORDING_RE.finditer(text)]:
        s, e = m.span("name")
        name = text[s:e]
        if not _source_name_ok(name, persons):
            continue
        inside = [k for k in kept if k.page == page and k.start < e and s < k.end]
        if any(k.type in (t.ORGANIZATION, t.PUBLIC_BODY) for k in inside):
            continue
        rest = [k for k in inside if not (k.type == t.PLACE and k.end == e and place_ends_name(name, s, k))]
        if any(k.priority > P_SPACY or k.strong or k.start < s or k.end > e for k in rest):
            continue
        if any(k.type == t.PERSON and len(k.name.split()) > 1 for k in rest):
            continue
        if len(name.split()) == 1 and (not rest or not lone_org_ok(text, s, e, name)):
            continue  # a lone word no layer took for a name ("Officials said it") is a common noun
        gone.extend(inside)
        out.append(Mention(page, s, e, name, name, t.ORGANIZATION, P_RULE))
    again = [_again(page, text, kept, gone, m) for m in out]
    return out + [m for found in again for m in found], gone


def _again(page: int, text: str, kept: list[Mention], gone: list[Mention], source: Mention) -> list[Mention]:
    """The source's name elsewhere on the page, where nothing or only the model's guess of a person or
    a place of exactly that name stands ("the catalogues of Adidas and Uniqlo" before "Adidas said it")."""
    out = []
    for hit in re.finditer(rf"(?<![\w\-]){re.escape(source.name)}(?![\w\-])", text):
        s, e = hit.span()
        if s == source.start:
            continue
        inside = [k for k in kept if k.page == page and k.start < e and s < k.end]
        if any(
            k.priority > P_SPACY or k.strong or (k.start, k.end) != (s, e) or k.type not in (t.PERSON, t.PLACE)
            for k in inside
        ):
            continue
        gone.extend(inside)
        out.append(Mention(page, s, e, source.name, source.name, t.ORGANIZATION, P_RULE))
    return out


def _source_names(text: str) -> list[re.Match[str]]:
    """The names right before a source's verb ("Nikkei Asia reported", "BMW said it")."""
    out = []
    for verb in SOURCE_VERB_RE.finditer(text):
        name = SOURCE_NAME_RE.search(text, max(0, verb.start() - 80), verb.start())
        while name is not None and name.group("name").split()[0] in CLAUSE_STARTERS:  # "As Handelsblatt"
            name = SOURCE_NAME_RE.search(text, name.start("name") + 1, verb.start())
        if name is not None:
            out.append(name)
    return out


def _source_name_ok(name: str, persons: set[str]) -> bool:
    if re.search(r"['’]s\Z|s['’]\Z", name):
        # "according to Rubio's press release", "according to Idris' lawyer": the source is what the owner's word
        # owns
        return False
    words = name.split()
    if words[0] in CLAUSE_STARTERS or name in persons or any(w in persons for w in words):
        return False
    if t.fold(name) in t.gazetteer_index() or any(w.lower() in t.ROLE_NOUNS for w in words):
        return False
    return org_ok(name)


# what may follow an organisation's regional name: a list's next item, a clause's end or its verb
_AFTER_REGION_RE = re.compile(r"[,.;:)]|[ \t]+(?:and|or)\b|[ \t]+(?:said|says|called|urged|is|was|has|had|[a-z]+ed)\b")
_ACRONYM_RE = re.compile(r"(?<![\w\-])[A-Z]{2,6}(?=[ \t])")


def regional_organisations(page: int, text: str, kept: list[Mention]) -> list[Mention]:
    """An organisation's branch named with its country or region ("Greenpeace East Asia", "PEN
    America", "Amnesty International Australia"): an organisation, or an acronym no layer took for a
    place, right before a place that ends the name; one organisation, and the place no mention of its
    own. The page's mentions, with those."""
    places = {m.start: m for m in kept if m.type == t.PLACE and m.page == page}
    merged: list[tuple[int, Mention]] = []
    for org in kept:
        if org.type == t.ORGANIZATION and len(org.name.split()) <= 3:
            merged.extend((org.start, p) for p in _region_after(text, org.end, places))
    taken = {(m.start, m.end) for m in kept}
    for hit in _ACRONYM_RE.finditer(text):
        if (hit.start(), hit.end()) not in taken and t.fold(hit.group(0)) not in t.gazetteer_index():
            merged.extend((hit.start(), p) for p in _region_after(text, hit.end(), places))
    spans = [(start, p.end) for start, p in merged] + _local_companies(page, text, kept)
    gone = [m for m in kept if any(m.page == page and start <= m.start and m.end <= end for start, end in spans)]
    out = [k for k in kept if all(k is not g for g in gone)]
    for start, end in spans:
        name = text[start:end]
        out.append(Mention(page, start, end, name, name, t.ORGANIZATION, P_RULE))
    return out


_PLACE_OF_RE = re.compile(r"(?:^|[^\w\-])(?:in|at|from|near|across|into|outside|inside)[ \t]+\Z")


def _local_companies(page: int, text: str, kept: list[Mention]) -> list[tuple[int, int]]:
    """ "Beijing SenseTime", "Shanghai SenseTime": a city (no country) right before a company the page names
    alone elsewhere is the company's local arm there, one organisation; not after "in", "at" or "from"
    ("offices in Beijing SenseTime staff")."""
    companies = {
        m.name
        for m in kept
        if m.type == t.ORGANIZATION and m.page == page and len(m.name.split()) <= 2 and not m.name.isupper()
    }  # an acronym after a city ("a Hong Kong IPO") is rarely its company
    if not companies:
        return []
    after = re.compile(rf"[ \t](?:{'|'.join(map(re.escape, sorted(companies, key=len, reverse=True)))})(?![\w\-])")
    spans = []
    for place in kept:
        hit = after.match(text, place.end) if place.type == t.PLACE and place.page == page else None
        if (
            hit is None
            or t.fold(place.name) in t.country_names()
            or _PLACE_OF_RE.search(text[max(0, place.start - 12) : place.start])
        ):
            continue
        spans.append((place.start, hit.end()))
    return spans


def _region_after(text: str, end: int, places: dict[int, Mention]) -> list[Mention]:
    place = places.get(end + 1)
    if place is None or text[end] != " " or not _AFTER_REGION_RE.match(text, place.end):
        return []
    return [place]


_COUNTRY_AFTER_RE = re.compile(r",[ \t]+(?P<country>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}?)(?=[ \t]*(?:[;,.)]|\n|$))")


def _before_its_country(text: str, m: Mention) -> bool:
    """Whether a place the model found is followed by its country after a comma, as an address writes a city
    ("University of Leeds, Leeds, UK"): a place, whatever bodies the list around it names."""
    after = _COUNTRY_AFTER_RE.match(text, m.end)
    return m.type == t.PLACE and after is not None and t.fold(after.group("country")) in t.country_names()


def _retypable(m: Mention, name: str, persons: set[str]) -> bool:
    return (
        m.priority <= P_SPACY
        and not m.strong
        and m.type in (t.PERSON, t.PLACE)
        and len(name.split()) == 1
        and _lone_name_ok(name, persons)
    )


# a unit of a body, named before the body that holds it: "the Xinjiang Data Project of the Australian
# Strategic Policy Institute", "the China Research Center of the Hudson Institute"
_UNIT_HEADS = {"Project", "Programme", "Program", "Initiative", "Centre", "Center", "Unit", "Lab", "Laboratory"}
_UNIT_HEADS |= {"Institute", "Team", "Desk", "Service", "Committee", "Council", "Commission", "Department"}
_UNIT_HEADS |= {"Subcommittee"}
# a police force's units, named before the bureau that holds them ("the Criminal Investigation Brigade of the Hotan
# City Public Security Bureau"), as English.PUBLIC_HEADS has them
_UNIT_HEADS |= {"Detachment", "Brigade"}
_OF_THE_RE = re.compile(r"[ \t]+of[ \t]+the[ \t]+")


def affiliated_bodies(page: int, text: str, kept: list[Mention]) -> list[Mention]:
    """The two bodies a name of the form "<unit> of the <body>" holds, each a mention of its own beside
    the whole name, when both halves end in a body's head word (or the unit opens with one before "on" or "for":
    "Subcommittee on Human Rights of the European Parliament") and have two words or more ("Xinjiang
    Data Project" and "Australian Strategic Policy Institute"; not "Department of the Treasury", nor
    "Permanent Mission of the People's Republic of China")."""
    out = []
    for m in kept:
        if m.type not in (t.ORGANIZATION, t.PUBLIC_BODY) or m.page != page:
            continue
        cut = _OF_THE_RE.search(text, m.start, m.end)
        if cut is None:
            continue
        unit, body = text[m.start : cut.start()].split(), text[cut.end() : m.end].split()
        # the unit's head ends its name, or opens it before its subject ("Subcommittee on Human Rights")
        headed = unit[-1] in _UNIT_HEADS or (len(unit) > 2 and unit[0] in _UNIT_HEADS and unit[1] in ("on", "for"))
        # the body too ends in its head, or names its head before its subject ("Joint Committee on Trade")
        body_headed = body[-1] in ORG_HEADS | PUBLIC_FIRST or any(
            w in PUBLIC_FIRST and nxt in ("on", "for") for w, nxt in itertools.pairwise(body)
        )
        if len(unit) < 2 or len(body) < 2 or not headed or not body_headed:
            continue
        for s, e in ((m.start, cut.start()), (cut.end(), m.end)):
            kind = t.PUBLIC_BODY if text[s:e].split()[-1] in PUBLIC_FIRST else m.type
            out.append(Mention(page, s, e, text[s:e], text[s:e], kind, P_RULE))
    return out


def law_acronyms(page: int, text: str, kept: list[Mention]) -> list[Mention]:
    """ "UFLPA" on a page that names the Uyghur Forced Labor Prevention Act without giving it in brackets:
    an acronym made of the initials of a law the page names is that law, no body. The page's mentions,
    with those retyped."""
    names = [(name, name) for name in _law_names(text)]
    names += [(m.name, m.canonical or m.name) for m in kept if m.type == t.LAW and m.page == page]
    laws = {initials(name): law for name, law in names}
    # (and the initials with those of its "of" and "on": "FOIA", the Freedom of Information Act)
    laws.update({initials(re.sub(r"\b(of|on)\b", lambda w: w.group(0).title(), name)): law for name, law in names})
    out = []
    for m in kept:
        law = laws.get(m.name) if m.type in (t.ORGANIZATION, t.PUBLIC_BODY) and m.page == page else None
        if law is not None and m.name.isupper() and len(m.name) >= 3:
            m = dataclasses.replace(m, type=t.LAW, canonical=law)
        out.append(m)
    return out


def _law_names(text: str) -> list[str]:
    """The capitalised names the page gives up to a law's head ("Uyghur Forced Labor Prevention Act" in
    "the Uyghur Forced Labor Prevention Act Entity List")."""
    out: list[str] = []
    for run in RUN_RE.finditer(text):
        words = run.group(0).split()
        out.extend(" ".join(words[: i + 1]) for i, w in enumerate(words) if w in LAW_HEADS and i >= 2)
    return out


# the verb that opens a line's instruction or a title page's line, before the name it governs ("• Report to the
# Labour Inspectorate", "Join the Fair Wear Foundation review", "Exit Gansu Tianlu within a year", "Prepared for
# the Finance Committee"): a verb of a recommendation's or a work plan's bullet, or a past participle and its
# preposition; a chronology's "Renamed" before a body's new name
_OPENING_VERB_RE = re.compile(
    r"(?:(?:Report|Join|Exit|Contact|Require|Submit|Engage|Ensure|Review|Suspend|Publish|Conduct|Establish|Request"
    r"|Inform|Notify|Ask|Invite|Adopt|Appoint|Investigate|Refer|Send|Approve|Escalate|Assess|Brief|Divest"
    r"|Terminate|Leave|Replace|Consult|Align|Renamed)(?:[ \t]+(?:to|with|from|for|on|by|as))?"
    r"|(?!United\b)[A-Z][a-z]{3,}ed[ \t]+(?:for|to|by))[ \t]+(?:the[ \t]+)?(?=[A-Z])"
)
# what may stand before it on its line: nothing, or a list's bullet or number, or a chronology's year and its dash
# ("1935 – Renamed Xinjiang College", "1997 – Admitted to Project 211")
_LINE_OPENING_RE = re.compile(r"[ \t]*(?:[•\-–—*·▪►]|\(?\d{1,2}[.)]|[a-z][.)]|(?:1[89]|20)\d\d[ \t]*[–—\-:])?[ \t]*")


# a list item's first word before a figure or a determiner, the verb of its instruction ("3. Resettle 10,000
# refugees", "• Publicise the findings", "b) Disclose all suppliers")
_ITEM_VERB_RE = re.compile(
    r"(?m)^[ \t]*(?:[•\-–—*·▪►]|\(?\d{1,2}[.)]|[a-z][.)])[ \t]+(?P<word>[A-Z][a-z]+)[ \t]+"
    r"(?=\d|(?:the|a|an|all|any|every|each|my|our|your|their|his|her|its|this|that|these|those)[ \t])"
)


def without_opening_verbs(text: str, kept: list[Mention]) -> list[Mention]:
    """Names read over the verb that opens their line (``text``: the page with its line breaks, a name run over
    from the line above too: "Sourcing Review⏎Prepared for the Finance Committee"): a body's name starts after
    the verb and its preposition; a person's is no name at all (no one is called "Exit Gansu"); and the model's
    lone place or person that is a list item's verb (``_ITEM_VERB_RE``) and no place the gazetteer knows."""
    verbs = {m.span("word") for m in _ITEM_VERB_RE.finditer(text)}
    out = []
    for m in kept:
        if _item_verb(m, verbs):
            continue  # "3. Resettle 10,000 refugees": an instruction's verb, no place
        verb = _opening_verb(text, m.start, m.end)
        if verb is None:
            out.append(m)
        elif m.type in (t.ORGANIZATION, t.PUBLIC_BODY):
            name = clean_name(text[verb : m.end])
            if " " not in name and common_word(name):
                continue  # "1997 – Admitted to Project 211": a programme's word alone names no body
            out.append(dataclasses.replace(m, start=verb, text=text[verb : m.end], name=name, canonical=name))
        elif m.type != t.PERSON:
            out.append(m)
    return out


def _item_verb(m: Mention, verbs: set[tuple[int, int]]) -> bool:
    """Whether the model's lone place or person is a list item's verb (``verbs``: their spans), no known place."""
    lone = m.type in (t.PLACE, t.PERSON) and m.priority <= P_SPACY
    return lone and (m.start, m.end) in verbs and not known_place(m.name)


def _opening_verb(text: str, start: int, end: int) -> int | None:
    """Where the name after a line's opening verb starts, the verb inside ``start``–``end``; None if none."""
    for line_start in (*(i + 1 for i in range(end - 1, start, -1) if text[i] == "\n"), start):
        verb = _OPENING_VERB_RE.match(text, line_start if line_start > start else start)
        if verb is None or verb.end() >= end:
            continue
        if _LINE_OPENING_RE.fullmatch(text, text.rfind("\n", 0, verb.start()) + 1, verb.start()):
            return verb.end()
    return None
