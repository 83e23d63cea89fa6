"""spaCy's entities on an English page, corrected: spans widened or cut to the whole name (a body's full
name, a given name before a particle, a headline's words), retyped where the words around say what the
name is, and dropped where they are no name (a section's heading, a time zone, a currency).
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata

from spacy.lang.en.stop_words import STOP_WORDS

from habeas.analyse import known_bodies
from habeas.analyse import tables as t
from habeas.analyse.apparatus import in_code_citation
from habeas.analyse.english import (
    ADDRESS_HEADS,
    ADJECTIVE_END_RE,
    ANY_LEGAL_FORM,
    BODY_HEADS,
    CALENDAR_WORDS,
    CAP_WORD,
    CASE_V_RE,
    CLAUSE_STARTERS,
    COMMON_NOUN_INITIALS,
    CONNECTOR,
    CORPORATE_END_RE,
    CORPORATE_RE,
    DEGREE_LEVELS,
    DEGREES,
    HONOUR_LETTERS,
    HYPHEN_SYLLABLE,
    LETTERS_AFTER_NAMES,
    LOWER,
    MEDIA_HEADS,
    NAME_PARTICLES,
    NATIONAL_ADJECTIVE_RE,
    NOT_ORG_HEADS,
    NUMBERED_PART_RE,
    OF_THE_HOUSE_RE,
    ORG_HEADS,
    P_SPACY,
    P_STRONG,
    PARTICLES_ALT,
    PARTY_ROLES,
    PINYIN_SYLLABLE,
    PLACE_HEADS,
    PORTFOLIO,
    PUBLIC_HEADS,
    RELEASE_AFTER_RE,
    SCHOOL_HEADS,
    SEAT_LETTERS,
    STREET_HEADS,
    TITLE_PREPOSITION,
    TITLE_PREPOSITION_RE,
    TITLE_TOKENS,
    UPPER,
    affiliation_seat,
    between_bars,
    bracketed_seat_start,
    classify_run,
    clean_name,
    common_word,
    compass_phrase,
    compound_adjective,
    congress_in_a_title,
    contact_label,
    corporate_end,
    credit_label,
    currency_code,
    degree_written_out,
    describes_state,
    filing_title,
    first_of_repeated,
    is_role,
    known_place,
    lone_org_ok,
    national_word,
    parliament_seat_end,
    person_name_ok,
    person_shaped,
    picture_credit_label,
    place_party_post,
    possessive_split,
    schools_apart,
    speaker_role_label,
    strip_titles,
    thing_named_after_initials,
    uyghur_given_name,
    written_lower,
)
from habeas.analyse.english_layout import alone_on_line, known_place_or_city, script_or_romanisation
from habeas.analyse.model import Mention
from habeas.analyse.numbers import FILE_SIZE_UNIT, POSTCODE_INWARD, POSTCODE_OUTWARD, STREET_NUMBER_RE, UNITS
from habeas.names.hanzi_names import segmentations
from habeas.names.scripts import LATIN_UPPER
from habeas.vocab import MONTH_ABBREVIATIONS, MONTH_NAMES, spacy_types

# spaCy's entity labels to the types they are read as ("GPE" -> place), from habeas.vocab's table
SPACY_TYPES = spacy_types()


def _bracket_opened_start(text: str, start: int, end: int, lines: str) -> int:
    """Where a name that closes a bracket it does not open starts ("Aksu) Co. Ltd" in "Huafu Fashion (Aksu)
    Co. Ltd"): at the company's name before its seat in brackets; else after the bracket."""
    close = text.find(")", start, end)
    if close < 0 or "(" in text[start:close]:
        return start
    after = close + 1
    while after < end and text[after] in " \t":
        after += 1
    seat_start = bracketed_seat_start(text, after, lines)
    return seat_start if seat_start < after else after


# a company's name with its group's word in brackets and a comma, before the legal form the model read alone:
# "Xinjiang Zhongtai (Group), Co., Ltd." (without the comma the bracketed seat's rule reads it: "… (Hong Kong) Co.")
_BRACKETED_NAME_BEFORE_FORM_RE = re.compile(
    r"(?<![\w\-&])(?P<name>[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){0,3}[ \t]*\([A-Z][\w \t]{1,20}\)),[ \t]*\Z"
)


def _legal_form_alone_start(text: str, start: int, end: int) -> int:
    """Where a company's name starts when the model read its legal form alone ("Co., Ltd." after "Xinjiang Zhongtai
    (Group), "): at the name and its bracket before it, which a comma parts from the form."""
    if CORPORATE_RE.fullmatch(text[start:end].strip()) is None:
        return start
    m = _BRACKETED_NAME_BEFORE_FORM_RE.search(text, max(0, start - 60), start)
    return m.start("name") if m else start


_PLACE_WORD_BEFORE = re.compile(r"(?<![\w\-&])(?P<place>[A-Z][\w\-]+)[ \t]\Z")


def _seat_word_start(text: str, start: int, end: int) -> int:
    """Where a company's name starts when the place it is registered in opens it ("Xinjiang Zhongtai (Group)
    Co., Ltd.", read from "Zhongtai"): at that place, when the name ends in a legal form."""
    if not CORPORATE_END_RE.search(text, max(0, end - 9), end):
        return start
    m = _PLACE_WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.start("place") if m and known_place(m.group("place")) else start


# the first words of bodies' names in the Romance languages, before a particle that is also a family
# name's ("Banco de España", "Institut de France", "Casa de Nariño"): no given name
_ROMANCE_BODY_WORDS = {
    "Agence", "Agencia", "Agenzia", "Asociación", "Associação", "Banca", "Banco", "Banque", "Caisse", "Caja",
    "Camera", "Cámara", "Casa", "Centre", "Centro", "Chambre", "Colegio", "Comitato", "Comité", "Compagnie",
    "Compañía", "Conseil", "Consejo", "Corte", "Cour", "Diario", "École", "Editorial", "Éditions", "Escuela",
    "Fondation", "Fondazione", "Fundación", "Grupo", "Groupe", "Gruppo", "Hôpital", "Institut", "Instituto",
    "Istituto", "Ministère", "Ministerio", "Musée", "Museo", "Parti", "Partido", "Radio", "Sociedad", "Société",
    "Società", "Tribunal", "Universidad", "Universidade", "Université", "Università",
}  # fmt: skip


def _particle_person(name: str) -> bool:
    """A name the model took for a body that is a person's with a particle inside the family name
    ("Fernand de Varennes", "Ursula von der Leyen"): a given name, a particle, a family name, and no word of
    a body's name, a place's or a well-known body's."""
    words = name.split()
    return (
        3 <= len(words) <= 4
        and any(w in NAME_PARTICLES for w in words[1:-1])
        and words[0] not in _ROMANCE_BODY_WORDS
        and classify_run(words) is None
        and person_name_ok(name)
        and t.fold(name) not in known_bodies.english_forms()
    )


_PARTICLES_BEFORE = re.compile(
    rf"(?<![\w\-])(?P<given>[{LATIN_UPPER}][a-zà-ÿ]+)[ \t]+(?:(?:{PARTICLES_ALT})[ \t]+){{1,2}}\Z"
)


def _given_name_before_particle(text: str, start: int, end: int) -> int | None:
    """Where a person's name starts when the model read only its family name after a particle
    ("Ursula von der Leyen" read as the place "Leyen"): at the given name before the particles, when the
    whole is a person's name; None otherwise."""
    m = _PARTICLES_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group("given") in _ROMANCE_BODY_WORDS:
        return None
    name = text[m.start("given") : end]
    return m.start("given") if person_name_ok(name) and classify_run(name.split()) is None else None


def _no_name_word(word: str) -> bool:
    return word.lower().rstrip(".") in t.NOT_NAME_WORDS or any(c.isdigit() for c in word)


_COMPLEMENT_RE = re.compile(
    rf"[ \t]+(?:on|of|for|against)[ \t]+(?:the[ \t]+)?{CAP_WORD}(?:[ \t]+(?:{CONNECTOR}[ \t]+)*{CAP_WORD})*"
)


def _whole_body_name(text: str, start: int, end: int) -> int:
    """Where a body's name really ends: spaCy often stops before its complement ("Working Group" of
    "Working Group on Arbitrary Detention"), leaving a generic fragment; a complement's possessive ends
    the owner's name before the body it owns."""
    words = text[start:end].split()
    if not words or words[-1] not in ORG_HEADS | PUBLIC_HEADS:
        return end
    m = _COMPLEMENT_RE.match(text, end)
    if not m or any(w.strip(",.;:") in CALENDAR_WORDS for w in m.group(0).split()):
        return end
    owner = re.search(r"['’]s(?=[ \t])", m.group(0))  # "Department of the Treasury’s Office of …": the owner ends
    return m.start() + owner.start() if owner else m.end()


def _schools_run_together(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An organisation the model read over two schools' names run together, cut in two."""
    out = []
    for s, e, label in ents:
        out += [(a, b, label) for a, b in schools_apart(text, s, e)] if label == "ORG" else [(s, e, label)]
    return out


# a body's name, a comma, then the name of the body it belongs to ("SOAS, University of London", "Mercator
# Institute, Berlin" is no such pair: the second has a body's head of its own)
_COMMA_PAIR_RE = re.compile(
    r"(?:[Tt]he[ \t]+)?(?P<first>[A-Z][\w&'’.\-]*(?:[ \t]+(?:of|for|the|[A-Z][\w&'’.\-]*))*),"
    r"[ \t]+(?P<second>[A-Z][^,]*)"
)


# a model's organisation cut after its "of the" or "for", the rest of its name read as an organisation of its
# own: "Volunteers of the" | "Fatherland" (a place after "of" says where a body is: "… Holdings of" | "South Korea")
_DANGLING_PREPOSITION_RE = re.compile(r"[ \t](?:of|for)(?:[ \t]+the)?$")


def _names_cut_after_preposition(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An organisation the model ended on "of the" or "for" joined with the organisation a space after it, into
    one body's name ("Volunteers of the Fatherland"); no name ends on a preposition."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in ents:
        if out and label == "ORG":
            ps, pe, plabel = out[-1]
            if plabel == "ORG" and text[pe:s] == " " and _DANGLING_PREPOSITION_RE.search(text, ps, pe):
                out[-1] = (ps, e, "ORG")
                continue
        out.append((s, e, label))
    return out


# a portfolio of one or two capitalised words: the part the model read before the comma, and the one before "and"
# in the part after it, are taken no longer than this (``PORTFOLIO`` allows three), as the rule was written
_SHORT_PORTFOLIO = rf"{CAP_WORD}(?:[ \t]+{CAP_WORD})?"
# the last portfolios of a committee's or an office's name that lists them before its head, with "and" before the
# last ("Defence and Trade Legislation Committee" after "Foreign Affairs, "), ending in a public body's head; the
# same shape as ``english_rules._PORTFOLIOS_BEFORE_RE``, read where the model cut the name at the comma
_PORTFOLIOS_HEAD_RE = re.compile(rf"{_SHORT_PORTFOLIO}[ \t]+(?:and|&)[ \t]+{PORTFOLIO}\Z")
# "the" or "a" opening the first part the model read ("the Foreign Affairs"): no portfolio's word; unlike
# ``ARTICLE`` it leaves "an" out, as the rule was written, so "an" stays in the part and the portfolio rule declines it
_THE_OR_A_OPENS_RE = re.compile(r"(?:[Tt]he|[Aa])[ \t]+")


def _portfolios_joined(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A public body named by its portfolios, which the model read as two organisations at the comma between them
    ("the Foreign Affairs" | "Defence and Trade Legislation Committee"): one body, where the first part is one or
    two capitalised words that name no place or body the lists know, and the second ends in a public body's head."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in ents:
        if out and label == "ORG" and _PORTFOLIOS_HEAD_RE.fullmatch(text, s, e) and text[e - 1 : e].isalpha():
            ps, pe, plabel = out[-1]
            article = _THE_OR_A_OPENS_RE.match(text, ps, pe)
            first = text[article.end() if article else ps : pe]
            if (
                plabel == "ORG"
                and text[pe:s] == ", "
                and text[s:e].split()[-1] in PUBLIC_HEADS
                and re.fullmatch(_SHORT_PORTFOLIO, first)
                and t.fold(first) not in t.gazetteer_index()
                and t.fold(first) not in known_bodies.english_forms()
            ):
                out[-1] = (pe - len(first), e, "ORG")
                continue
        out.append((s, e, label))
    return out


def _bodies_apart(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An organisation the model read over two bodies' names with a comma between (a school and the university
    it is part of, "SOAS, University of London"), cut in two where each part names a body: the first is
    initials or ends in a body's head, the second ends in or opens with one, or each is a body the lists know."""
    out = []
    for s, e, label in ents:
        pair = _COMMA_PAIR_RE.fullmatch(text, s, e) if label == "ORG" else None
        if pair is None or not (
            _in_a_list_of_names(text, s, e)
            or (_names_a_body(pair.group("first")) and _names_a_body(pair.group("second")))
        ):
            out.append((s, e, label))
            continue
        out += [(s, pair.end("first"), label), (pair.start("second"), e, label)]
    return out


# a person and the body they are of, which the model reads as one organisation: "Johannes Bernreuter of
# Bernreuter Research", "Jane Roe of the Roe Institute" (a person's two or three words before "of")
_PERSON_OF_A_BODY_RE = re.compile(
    r"(?P<person>[A-Z][\w'’\-]+(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'’\-]+){1,2})[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?P<body>[A-Z].*)"
)


def _people_of_bodies(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An organisation the model read over a person's name and the body after "of", cut in two: the person,
    and the body, where it names one (``_names_a_body``) or is named after the person (a founder's firm:
    "Bernreuter Research" after "Johannes Bernreuter")."""
    out = []
    for s, e, label in ents:
        m = _PERSON_OF_A_BODY_RE.fullmatch(text, s, e) if label == "ORG" else None
        person = m.group("person") if m else ""
        if m is None or not (person_shaped(person) and person_name_ok(person)):
            out.append((s, e, label))
            continue
        body = m.group("body")
        if not (_names_a_body(body) or person.split()[-1] in body.split()):
            out.append((s, e, label))
            continue
        out += [(s, m.end("person"), "PERSON"), (m.start("body"), e, label)]
    return out


# a list's separator before a name and after it: the name is one item of a list run on a line ("…, Bosch, Dell,
# Electrolux, Esprit, …") and a comma inside it parts two items, where the second is no company's legal form
_LIST_BEFORE_RE = re.compile(r"[,;][ \t]*$")
_LIST_AFTER_RE = re.compile(r"[ \t]*(?:[,;]|and[ \t])")
_LEGAL_FORM_RE = re.compile(rf"(?:{ANY_LEGAL_FORM})\b")


def _in_a_list_of_names(text: str, s: int, e: int) -> bool:
    """Whether an organisation read over a comma lies between two separators of a list of names, its second
    part no legal form ("Dell, Electrolux" in "…, Bosch, Dell, Electrolux, Esprit, …"; not "Acme, Inc.")."""
    second = text[text.index(",", s, e) + 1 : e].strip()
    return (
        _LIST_BEFORE_RE.search(text, max(0, s - 3), s) is not None
        and _LIST_AFTER_RE.match(text, e) is not None
        and not _LEGAL_FORM_RE.match(second)
    )


def _names_a_body(name: str) -> bool:
    """Whether a name is a body's: initials, a body's head at its end or its start, or a body the lists know
    ("the United Nations, Human Rights Watch and …": two bodies the model read as one)."""
    words = name.split()
    if name.isupper() or classify_run(words) in (t.ORGANIZATION, t.PUBLIC_BODY) or words[0] in ORG_HEADS:
        return True
    return t.fold(_without_article(name)) in known_bodies.english_forms()


def _joined_agencies(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str, bool]]:
    """ "U.S. Customs and Border Protection", "US Immigration and Customs Enforcement": a state's agency
    named with its country, whose name goes on over "and" (the model cuts it in two). The first part
    starts with the country and ends in no body's head ("Congress and White House" are two); the
    second is one or two capitalised words with no head of its own. The joined name holds its country
    as a body's name holds a place (True in the fourth field)."""
    out: list[tuple[int, int, str, bool]] = []
    starts = {s for s, _e, _label in ents}
    for s, e, label in ents:
        more = _AGENCY_MORE_RE.match(text, e) if label == "ORG" else None
        if (
            more
            and more.start(1) not in starts
            and _agency_named_with_country(text[s:e].split(), more.group(1).split())
        ):
            out.append((s, more.end(1), label, True))  # the model found only "U.S. Customs"
            continue
        if out and label == "ORG" and out[-1][2] == "ORG" and text[out[-1][1] : s] == " and ":
            first, second = text[out[-1][0] : out[-1][1]].split(), text[s:e].split()
            if _agency_named_with_country(first, second):
                out[-1] = (out[-1][0], e, label, True)
                continue
        out.append((s, e, label, False))
    return out


# a common noun the statistical model takes into an organisation's name after it
_KIND_NOUN_AFTER_RE = re.compile(
    r"(?<=[A-Za-z])[ \t]+(?:group|groups|organi[sz]ation|company|firm|network|movement|website|newspaper|"
    r"outlet|platform|app|brand|charity)$"
)


_AGENCY_MORE_RE = re.compile(r"[ \t]+and[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?=[ \t]+[a-z]|[,.;:])")


# an article, definite or not, as a word of its own: "the", "The", "a", "an", "A", "An"
ARTICLE = r"(?:[Tt]he|[Aa]n?)"
# an article right before a run, or opening it: the name of a body or a thing ("the British Retail Consortium"), not
# a person's
_ARTICLE_BEFORE = re.compile(rf"(?<![\w\-]){ARTICLE}[ \t]+\Z")
_ARTICLE_OPENS = re.compile(rf"[ \t]*{ARTICLE}[ \t]+")


def _with_article(text: str, start: int, raw: str) -> bool:
    """Whether an article opens the model's words or stands right before them ("the British Retail Consortium")."""
    return bool(_ARTICLE_BEFORE.search(text, max(0, start - 8), start) or _ARTICLE_OPENS.match(raw))


def _peoples_before_a_name(words: list[str]) -> int:
    """How many words open a run with the peoples or nations a person belongs to ("Uyghur Australian", "Kazakh")
    before two or three words shaped as a person's name ("Uyghur Australian Dilnur Qadirbek"): 0 where they are
    none or the rest is no person's name ("Australian Strategic Policy Institute", "Chinese Academy of Sciences")."""
    n = 0
    while n < len(words) and (words[n].lower() in t.ETHNONYMS or NATIONAL_ADJECTIVE_RE.fullmatch(words[n])):
        if not national_word(words[n]) or t.fold(words[n]) in t.gazetteer_index():
            break  # a place's name ("Ili") opens a body's name, not who a person is
        n += 1
    rest = " ".join(words[n:])
    return n if n and 2 <= len(words) - n <= 3 and person_shaped(rest) and person_name_ok(rest) else 0


def _agency_named_with_country(first: list[str], second: list[str]) -> bool:
    if first[:1] in (["the"], ["The"]):
        first = first[1:]  # "the Department of Defense and NASA": an article is no country
    return (
        len(first) >= 2
        and national_word(first[0])
        and first[-1] not in ORG_HEADS | PUBLIC_HEADS
        and 1 <= len(second) <= 2
        and all(w[:1].isupper() and w not in ORG_HEADS | PUBLIC_HEADS for w in second)
        and second[0] != first[0]  # "China Mobile and China Telecom": two bodies, each named with the country
    )


# (hyphenated too: "in Naryn and At-Bashy.")
_LONE_WORD_AFTER_AND = re.compile(
    r"[ \t]+and[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[ \t]*(?:[.,;:)\"”’]|$))", re.MULTILINE
)


# a route's end after its start: "from Kashgar to Andijan", "from Almaty to Khorgos"
_ROUTE_END = re.compile(rf"[ \t]+to[ \t]+([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?=[ \t]*[.,;:)]|[ \t]+[a-z])")


_FROM_BEFORE = re.compile(r"\bfrom[ \t]+$")


_ADJECTIVE_OF_NATION = re.compile(r"[A-Z][a-z]+(?:ese|ish|ian|ean|ic)")


# two places joined by a hyphen or a dash, as a relation or a border between them is named: "U.S.-China relations",
# "the China–Kazakhstan border"
_PAIRED_PLACES_RE = re.compile(r"(?P<a>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)[-–](?P<b>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)")


def _paired_places_apart(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "U.S.-China relations": a place the model read over two places joined by a hyphen or a dash, each one the
    lists know, is the two places apart (no place is named so)."""
    out = []
    for s, e, label in ents:
        m = _PAIRED_PLACES_RE.fullmatch(text, s, e) if label in ("GPE", "LOC") else None
        if m is None or not all(
            known_place_or_city(m.group(k)) or t.fold(m.group(k)) in t.country_names() for k in "ab"
        ):
            out.append((s, e, label))
            continue
        out.extend([(m.start("a"), m.end("a"), label), (m.start("b"), m.end("b"), label)])
    return out


def _coordinated_places(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "in Foggia and Piacenza.": one capitalised word joined by "and" to a place the model found, ending
    the clause, is a place too, when the model found nothing there or read it as a person or an organisation of
    one word ("in Beijing and Reuters reported" stays as it is); so is a route's end after a place the route
    starts from ("from Kashgar to Andijan", which the model may read as a nationality)."""
    out = list(ents)
    for s, e, label in ents:
        if label not in ("GPE", "LOC"):
            continue
        m = _LONE_WORD_AFTER_AND.match(text, e)
        misread: tuple[str, ...] = ("ORG", "PERSON")
        if m is None and _FROM_BEFORE.search(text, max(0, s - 6), s):
            m = _ROUTE_END.match(text, e)
            misread = ("ORG", "PERSON", "NORP")
        if m is None or m.group(1) in CLAUSE_STARTERS or m.group(1) in BODY_HEADS or m.group(1) in CALENDAR_WORDS:
            continue
        if "NORP" in misread and (m.group(1).lower() in t.ETHNONYMS or _ADJECTIVE_OF_NATION.fullmatch(m.group(1))):
            continue  # "from Almaty to Kazakh villages", "from Osh to Uzbek homes": who lives there
        there = [x for x in out if x[0] < m.end(1) and m.start(1) < x[1]]
        if not there:
            out.append((m.start(1), m.end(1), "GPE"))
        elif len(there) == 1 and there[0] in {(m.start(1), m.end(1), label) for label in misread}:
            out[out.index(there[0])] = (m.start(1), m.end(1), "GPE")
    return sorted(out)


TIME_ZONES = {"GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "PST", "PDT", "HKT", "JST", "AEST", "AEDT", "SGT"}


_SIZE_UNIT_RE = re.compile(FILE_SIZE_UNIT)


def _size_unit(text: str, start: int, end: int) -> bool:
    """Whether the letters from ``start`` to ``end`` are a file's size unit after its figure ("2.3 MB")."""
    after_figure = re.search(r"\d[ \t]?\Z", text[max(0, start - 2) : start])
    return bool(_SIZE_UNIT_RE.fullmatch(text, start, end)) and after_figure is not None


def _adjective_heading(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    alone = text[:start].endswith("\n") and text[end:].startswith("\n")
    return alone and bool(ADJECTIVE_END_RE.search(word)) and t.fold(word) not in t.gazetteer_index()


_GROUP_AFTER = re.compile(r"[ \t]+(?:group|organi[sz]ation|network|movement|charity|foundation)\b")


_NEWSLETTER_AFTER = re.compile(r"[ \t]+(?:newsletters?|podcasts?|briefing)\b")


# a leak's head, last of the words the model took for a body or just after them ("the Xinjiang Police Files",
# "the Panama Papers")
_LEAK_HEADS = ("Files", "Papers", "Cables", "Leaks")
_LEAK_HEAD_RE = re.compile(rf"[ \t]+(?:{'|'.join(_LEAK_HEADS)})\b")


# the nouns that name the people of a place as a whole, never a body's head: "Citizens of Kyrgyzstan"
_POPULATION_NOUNS = {"Citizens", "Residents", "Nationals", "Natives", "Inhabitants", "Subjects", "Villagers"}


# a cited case's parties written as initials, before the case's subject or country in brackets and its "v", its
# country guidance letters or its neutral citation: "HJ (Iran) v SSHD", "KK and RS (Sur place activities: risk)
# Sri Lanka CG [2021] UKUT 00130 (IAC)"
_CASE_INITIALS_RE = re.compile(r"[A-Z]{1,4}(?:[ \t]+(?:and|&)[ \t]+[A-Z]{1,4})*")
_CASE_AFTER_INITIALS_RE = re.compile(
    r"(?:[ \t]+(?:and|&)[ \t]+[A-Z]{1,4})*[ \t]+\((?:[^()\n]|\([^()\n]{1,9}\)){2,80}\)[ \t]+"
    r"(?:v\.?[ \t]|(?:[A-Z][a-z]+[ \t]+){0,3}CG\b|\[\d{4}\])"
)


def _case_party_initials(text: str, s: int, e: int) -> bool:
    """Whether a name is a cited case's parties written as initials (anonymised appellants), before the case's
    bracketed subject or country and its "v", its "CG" or its neutral citation."""
    name = text[s:e].split("(")[0].rstrip()  # the model may take the bracket's start: "MN (Risk"
    return (
        _CASE_INITIALS_RE.fullmatch(name) is not None and _CASE_AFTER_INITIALS_RE.match(text, s + len(name)) is not None
    )


def _population_of_place(words: list[str]) -> bool:
    """Whether a name is the people of a place the analysis knows ("Citizens of Kyrgyzstan are among the
    detained", "Residents of Hotan"): who they are, no body's name."""
    return len(words) > 2 and words[0] in _POPULATION_NOUNS and words[1] == "of" and known_place(" ".join(words[2:]))


def _leak_name(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start``–``end`` name a leak of documents, its head last or just after them: the
    body whose documents leaked is no part of what the page names there."""
    last = text[start:end].split()[-1]
    return last in _LEAK_HEADS or _LEAK_HEAD_RE.match(text, end) is not None


# "our Supply Chain newsletter", "ASA 17/4197/2021", "Executive Order (E.O.) 13818", "EO 13818": a newsletter,
# a document's series, an instrument's number (five digits or more, no year)
_NOT_A_BODY_AFTER = re.compile(
    r"[ \t]+(?:newsletters?|podcasts?)\b|[ \t]+\d+/\d|(?<=\bNo)\.?[ \t]*\d"
    r"|[ \t]+\([A-Z][A-Z.]{1,6}\)(?=[ \t]+\d{5,}(?!\d|[,.]\d))|[ \t]+\d{5,}(?!\d|[,.]\d)"
    r"|[ \t]+\([A-Z]{2,6}\)[ \t]+(?:No\.?[ \t]+)?\d{1,4}/\d{1,4}"  # "Council Regulation (EU) 2020/1998": an act
)


# a verb inside the model's body ("the Council adopted Regulation …"): the body's name ends before it
_VERB_INSIDE_RE = re.compile(r"[ \t]+(?:[a-z]+ed|said|says|has|have|had|is|was|were|will)(?=[ \t])")


# "a Corps-controlled PVC maker", "the EV producer": a product's capitals before the trade that makes it
_PRODUCT_MAKER_AFTER = re.compile(r"[ \t]+(?:makers?|producers?|manufacturers?)\b")


def _ethnonym_pair(name: str) -> bool:
    """ "Uyghur-Han", "Tibetan-Han": peoples joined by a hyphen before what passes between them."""
    parts = name.split("-")
    return len(parts) >= 2 and all(p.lower() in t.ETHNONYMS for p in parts)


def _qualified_people(text: str, end: int, words: list[str]) -> bool:
    """ "Celebrated Uyghur singer …", "Popular Uyghur …", "the Oirat Mongols": a capitalised word before a people's
    name, no body's head among them, that says which of the people or what kind of them, no body ("Justice for
    Uyghurs", "Campaign for Uyghurs": a cause "for" a people names a body)."""
    if len(words) < 2 or words[-1].lower() not in t.ETHNONYMS or classify_run(words) is not None or "for" in words:
        return False
    plural = words[-1].lower().endswith("s")
    return plural or re.match(r"[ \t]+[a-z]", text[end : end + 3]) is not None


_POST_NOMINAL_LETTERS = (*SEAT_LETTERS, *HONOUR_LETTERS)


def _post_nominal_letters(text: str, start: int, end: int) -> bool:
    """The letters of a seat, a silk or an honour after a name, set off by a comma or not ("Sir Geoffrey Nice, KC,",
    "Jane Roe KC, assisted by")."""
    return (
        text[start:end] in _POST_NOMINAL_LETTERS
        and re.search(r"[a-z](?:,[ \t]*|[ \t]+)$", text[max(0, start - 3) : start]) is not None
    )


# the rest of an award's name after the words the model took for a person ("… Freedom to Write Award")
# a festival's name: the well-known ones, and any before the lower-case noun for a holiday ("the Kurban holiday",
# "around Nowruz"): a day in the year, no body, place or person
_FESTIVALS = {"Nowruz", "Navruz", "Nauryz", "Ramadan", "Ramazan", "Eid", "Kurban", "Qurban", "Roza", "Losar", "Mawlid"}
_FESTIVAL_AFTER_RE = re.compile(r"[ \t]+(?:holidays?|festival|feast|celebrations?)\b")


def _festival(text: str, start: int, end: int) -> bool:
    """Whether the model's entity is a festival's name."""
    return text[start:end] in _FESTIVALS or _FESTIVAL_AFTER_RE.match(text, end) is not None


# a name in quotes before the noun of a campaign or an operation ('the "Strike Hard" campaign', 'a "Clean Net"
# drive'): the campaign's name, no body, person or place
_QUOTED_CAMPAIGN_RE = re.compile(
    r"[\"“‘](?P<name>[A-Z][^\"”’\n]{1,40})[\"”’][ \t]+"
    r"(?:campaigns?|crackdowns?|drives?|operations?|policy|policies)\b"
)


def _quoted_campaign(text: str, start: int, end: int) -> bool:
    """Whether the model's entity is (or holds) a campaign's name in quotes, before the noun that says it is a
    campaign ('the "Strike Hard" campaign', the model's entity taking the article and the noun with it)."""
    for m in _QUOTED_CAMPAIGN_RE.finditer(text, max(0, start - 2), min(len(text), end + 60)):
        if m.start("name") < end and start < m.end("name"):
            return True
    return False


# a wiki page's namespace joined to its page's name by a colon with no space ("Template:Infobox company",
# "Шаблон:Infobox company", "Category:Camps"): the names of a wiki's pages and templates, no body
_NAMESPACES = "Template|Category|File|Image|Module|Portal|Help|Wikipedia|Шаблон|Категория|Файл|Модуль|Википедия"
_NAMESPACE_BEFORE_RE = re.compile(rf"(?<![\w/.])(?:{_NAMESPACES}):\Z")
_NAMESPACE_AFTER_RE = re.compile(r":(?=[^\W\d_])")


def _wiki_namespace(text: str, start: int, end: int) -> bool:
    """Whether the model's entity is a wiki's namespace or the page named after one ("Template:Infobox")."""
    if _NAMESPACE_AFTER_RE.match(text, end) and re.fullmatch(_NAMESPACES, text[start:end]):
        return True
    return bool(_NAMESPACE_BEFORE_RE.search(text[max(0, start - 20) : start]))


# one word the model took for a place after "a" or "an", heading its phrase (a preposition or a sentence's end
# after it: "taking part in a Meshrep on 3 February"): a thing of a kind named with its capital, no place; a
# place before the noun it describes stays ("a Hamburg importer", "a Washington consultancy"), and so does a place
# the gazetteer knows
_INDEFINITE_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w\-])an?[ \t]+\Z")
_PHRASE_ENDS_AFTER_RE = re.compile(r"[ \t]+(?:on|in|at|of|for|with|from|to|by|during|and|or)\b|[ \t]*(?:[.;:!?]|$)")


def _one_of_a_kind(text: str, start: int, end: int) -> bool:
    """Whether one unknown word the model took for a place follows "a" or "an" and ends its phrase."""
    word = text[start:end]
    if not re.fullmatch(r"[A-Z][a-z]+", word) or t.fold(word) in t.gazetteer_index():
        return False
    return bool(_INDEFINITE_ARTICLE_BEFORE_RE.search(text[max(0, start - 4) : start])) and bool(
        _PHRASE_ENDS_AFTER_RE.match(text, end)
    )


# a reading list's or a citation's line of its own: an author, the outlet, the date ("Jane Roe, Steppe Weekly,
# 04 November 2020"): the outlet between them is a body, whatever the model took it for
_MONTH = "|".join(MONTH_NAMES)
_DAY_MONTH_YEAR = rf"(?:\d{{1,2}}[ \t]+(?:{_MONTH})|(?:{_MONTH})[ \t]+\d{{1,2}},?)[ \t]+\d{{4}}"
_AUTHOR_BEFORE_OUTLET_RE = re.compile(r"[ \t]*[A-Z][\w.'’\-]+(?:[ \t]+[A-Z][\w.'’\-]+){1,3},[ \t]+")
_DATE_AFTER_OUTLET_RE = re.compile(rf",[ \t]+{_DAY_MONTH_YEAR}[ \t]*(?:\n|\Z)")


def _outlet_of_a_credit_line(text: str, start: int, end: int) -> bool:
    """Whether the model's entity is the outlet between an author and a date on a line of their own."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_AUTHOR_BEFORE_OUTLET_RE.fullmatch(text, line_start, start)) and bool(
        _DATE_AFTER_OUTLET_RE.match(text, end)
    )


_AWARD_AFTER_RE = re.compile(r"(?:[ \t]+(?:to|for|of|[A-Z][\w'’\-]*))*[ \t]+(?:Award|Prize|Medal)s?\b")


# a title set between commas in a citation that a capitalised preposition opens: "Murphy and Elimä, In Broad
# Daylight, Sheffield Hallam University, 2021": the title's words, no person and no place
_TITLE_PREPOSITION_BEFORE_RE = re.compile(rf",[ \t]+{TITLE_PREPOSITION}$")
_COMMA_AFTER_RE = re.compile(r"[ \t]*,")


def _citation_title_words(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start``–``end`` are a citation's title opened by a capitalised preposition after a
    comma (before them or as their first word), with a comma after them: a work's name, not a name of its own."""
    opened = _TITLE_PREPOSITION_BEFORE_RE.search(text, max(0, start - 12), start) is not None or (
        text.endswith(", ", 0, start) and TITLE_PREPOSITION_RE.match(text, start) is not None
    )
    return opened and _COMMA_AFTER_RE.match(text, end) is not None


# a noun for a work, in lower case after a determiner (and a word that describes it), just before its title,
# "called" or "titled" between them ("a song called Atilar", "the talent show Yipek Yoli Sadasi", "her novel
# “Kumtagh”"): the title names no body and no person ("records show Ilham Tohti was held" has no determiner)
def _work_noun_before_re(nouns: str) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w\-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Ww]hose|[Oo]ur|[Mm]y)[ \t]+"
        rf"(?:[a-z\-]+[ \t]+)?(?:{nouns})[ \t]+(?:(?:called|titled|entitled)[ \t]+)?[\"“‘']?\Z"
    )


_WORK_NOUN_BEFORE_RE = _work_noun_before_re("songs?|albums?|show|film|movie|novel|poem|documentary|opera")


# a written work's noun in the same place ("the report Laundering Cotton traced …", "their study Breaking the Chain"):
# a name there may also be the author's ("the report Jane Doe wrote"), so only a title that opens with a common word
_WRITTEN_WORK_BEFORE_RE = _work_noun_before_re(
    "report|study|book|memoir|article|essay|podcast|series|investigation|paper"
)


# a title's second part after its colon, in title case: "Laundering Cotton: How Xinjiang Cotton Is …"
_SUBTITLE_AFTER_RE = re.compile(r"[ \t]*:[ \t]+[A-Z][\w'’\-]*[ \t]+[A-Z]")


def _work_title(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` is a work's title: after the noun that says what work it is, or,
    opening with a common word, after a written work's noun or before a subtitle's colon."""
    if _WORK_NOUN_BEFORE_RE.search(text, max(0, start - 40), start) is not None:
        return True
    first = re.match(r"[\w\-'’]+", text[start:end])
    return (
        first is not None
        and common_word(first.group(0))
        and (
            _WRITTEN_WORK_BEFORE_RE.search(text, max(0, start - 40), start) is not None
            or _SUBTITLE_AFTER_RE.match(text, end) is not None
        )
    )


# an era's letters after a year, a century or a millennium ("in 1404 AD", "the 1st millennium BCE"): no body
_ERA_AFTER_TIME_RE = re.compile(r"(?:\d|\b(?:century|centuries|millennium|millennia))[ \t]*\Z")


def _era_letters(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` is an era's letters after the time they date ("1st millennium BCE",
    "840 C.E.": with or without their full stops)."""
    return re.sub(r"[.\s]", "", text[start:end]) in ("BC", "BCE", "CE", "AD") and bool(
        _ERA_AFTER_TIME_RE.search(text, max(0, start - 16), start)
    )


# a law's or a sanctions regime's word after a name that the law is named for ("the Global Magnitsky law", "a
# Magnitsky designation", "the Marshall Act"): the name, there, says which law, and names no one on the page
_LAW_WORD_AFTER_RE = re.compile(r"[ \t]+(?:laws?|Acts?|designations?|regimes?|legislation)\b")


# a colon inside a run of capitalised words, then a word in quotation marks: a headline ("Tribunal Chair:
# Sanctions 'Overdue' for Officials"); no body's name holds a colon before its own words
# what a body does in a headline, in title case: "UHRP Reveals", "Rights Group Warns"
HEADLINE_VERBS = {
    *("Says", "Reveals", "Warns", "Urges", "Finds", "Claims", "Denies", "Demands", "Condemns", "Welcomes"),
    *("Accuses", "Slams", "Rejects", "Responds", "Announces", "Confirms", "Alleges", "Calls"),
}


_HEADLINE_RE = re.compile(r"\w:[ \t]+[A-Z][^\n]*?[ \t]['‘“\"][A-Z]")


# the land a town or suburb is named for, as the last word of its name ("Mawson Lakes", "Beverly Hills"); never a
# surname in the plural ("Woods", "Meadows", "Fields" are people's names too)
_LAND_WORDS = frozenset(
    {"Lakes", "Gardens", "Heights", "Hills", "Springs", "Falls", "Ponds", "Flats", "Creek", "Beach"}
)


def _suburb_shaped(words: list[str]) -> bool:
    """Whether a two-word name is a suburb's by its shape: a name, then the land it is named for."""
    return len(words) == 2 and words[1] in _LAND_WORDS and classify_run(words) is None


# adjectives that end bodies' names and never a place's ("United" opens a place's: "United Kingdom")
_BODY_LAST_WORDS = frozenset({"United", "International", "Worldwide"})


def _body_shaped(words: list[str]) -> bool:
    """ "Humanity United", "Leeds United", "Mothers Worldwide": a name of two words or more that ends in an
    adjective bodies end with is a body's, not a place's nor a person's."""
    return len(words) > 1 and words[-1] in _BODY_LAST_WORDS


def _degree_in_brackets(text: str, start: int, name: str) -> bool:
    """ "Xinjiang Arts Institute (BA)", "(MA, PhD)": a degree's letters in brackets after the university that gave
    it, no body."""
    opened = text.rfind("(", max(0, start - 12), start + 1)
    return name in DEGREES and opened > text.rfind(")", 0, start)


# the head words of places, streets and bodies, which end no father's name
# the last words of a street's or a building's name that no family name is ("Yard", "Gardens", "Terrace"; not
# "Hall", "Court", "Lane" or "House", which are)
_NO_SURNAME_ADDRESS_HEADS = ADDRESS_HEADS - {"Hall", "House", "Court", "Lane", "Row", "Place", "Way"}
_NO_FATHERS_NAME = PLACE_HEADS | STREET_HEADS | ORG_HEADS | PUBLIC_HEADS | MEDIA_HEADS | SCHOOL_HEADS


def _uyghur_name_misread(words: list[str]) -> bool:
    """Two capitalised words the model took for a place or a body, one of them a common Uyghur given name and
    neither a known name nor a place's or a body's head word: a person's name (given name and father's name)."""
    if len(words) != 2 or not all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words):
        return False
    known = t.gazetteer_index()
    if any(t.fold(w) in known for w in (*words, " ".join(words))) or words[-1] in _NO_FATHERS_NAME:
        return False
    return any(uyghur_given_name(w) for w in words)


# a line of flags in capitals joined by commas without spaces, as a court's records system heads a docket
# ("APPEAL,CLOSED,JURY,TYPE-D"): tags, no names
_FLAGS_LINE_RE = re.compile(r"[ \t]*[A-Z][A-Z\d\-]*(?:,[A-Z][A-Z\d\-]*){2,}[ \t]*")


def _legal_form_only(name: str) -> bool:
    """Whether a name is only a company's legal form, as written or in capitals ("Inc.", "INC", "LTD")."""
    name = name.strip()
    return CORPORATE_RE.fullmatch(name) is not None or CORPORATE_RE.fullmatch(name.title()) is not None


def _unvouched_capitals(lines: str, start: int, end: int) -> bool:
    """Whether the model's entity stands on a line written in capitals (a cover's or a heading's: "BY AUTHORITY
    OF THE PARLIAMENT") with nothing to vouch for it: no known name, and not written elsewhere on the page in
    ordinary case ("CANBERRA" is a known place; "DEPARTMENT OF HEALTH" with "Department of Health" below)."""
    line = _line_around(lines, start, end)
    name = lines[start:end]
    if not (re.search(r"[A-Z]{2,}", line) and line.upper() == line and len(line.split()) >= 2):
        return False
    if t.fold(name) in t.gazetteer_index() or re.fullmatch(r"[A-Z]{2,6}", name):
        return False  # a known name, or initials ("BBC", "UNHCR"), written in capitals anyway
    return not any(
        any(c.islower() for c in hit.group(0))
        and not _NAME_GOES_BEFORE.search(lines, max(0, hit.start() - 40), hit.start())
        for hit in re.finditer(re.escape(name), lines, re.IGNORECASE)
    )


# the capitalised words of a longer name before a form ("Committee on Foreign Affairs, | Defence and Trade")
_NAME_GOES_BEFORE = re.compile(r"[A-Z][\w’'\-]*(?:,|[ \t]+(?:of|on|for|and|the))?[ \t]+$")


_COMPASS_WORDS = {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"}


# a government's term named by its leader, in lower case: "the Trump administration", "the Obama administration's"
_LEADERS_ADMINISTRATION_AFTER = re.compile(r"[ \t]+administration\b")


def _leaders_administration(text: str, start: int, end: int) -> bool:
    """Whether one capitalised word is a leader's surname before "administration" in lower case, and the page
    writes it nowhere else: a government's term ("the Trump administration"), no body ("Acme" of "the Acme
    administration office" is named elsewhere on its page as the company it is)."""
    word = text[start:end]
    if not re.fullmatch(r"[A-Z][a-z]+", word) or not _LEADERS_ADMINISTRATION_AFTER.match(text, end):
        return False
    return re.search(rf"(?<![\w\-]){word}(?![\w\-])(?![ \t]+administration\b)", text) is None


def _compass_place_start(name: str) -> int | None:
    """Where the place starts in a name that is a direction and a place the gazetteer knows: after the direction
    ("Northwest China", "North-West Xinjiang", "Southern Xinjiang"), or at the start where the whole name is a
    known place that opens with a direction ("North Korea"); None for any other name."""
    first, _, rest = name.partition(" ")
    direction = re.sub(r"ern$", "", first.lower().replace("-", ""))
    if not rest or direction not in _COMPASS_WORDS:
        return None
    if known_place(name):
        return 0
    return len(first) + 1 if known_place(rest) else None


# the words that name a language's period before a people's name: "Old Turkic", "Middle Persian", "Modern Uyghur"
_LANGUAGE_PERIODS = frozenset({"Old", "Middle", "Modern", "Classical", "Ancient", "Archaic", "Proto", "Early", "Late"})


def _language_of_a_period(words: list[str]) -> bool:
    """A language named by its period and its people ("Old Turkic", "Classical Chinese"): no place, no body."""
    return len(words) == 2 and words[0] in _LANGUAGE_PERIODS and words[1].lower() in t.ETHNONYMS


def _counted_title(words: list[str]) -> bool:
    """A work or a set named by a count from two to twenty and one capitalised noun with no body's head ("the
    Twelve Muqam", "the Four Modernisations"): no body."""
    return len(words) == 2 and 2 <= UNITS.get(words[0].lower(), 0) <= 20 and classify_run(words) is None


def _country_demonym(name: str) -> bool:
    """Whether a word is a country's name with "i" after it ("Kyrgyzstani", "Pakistani"): a national of it (a
    person, as a headline writes "release of Kyrgyzstani from camp"), no place; a place so spelt is known."""
    return (
        name.endswith("i")
        and " " not in name
        and t.fold(name[:-1]) in t.country_names()
        and t.fold(name) not in t.gazetteer_index()
    )


_CELL_GAP_RE = re.compile(r"[ \t]*\t[ \t]*| {3,}")


# a table's cell that opens with a capital only because it opens the cell, lower-case words after it
# ("Geographer, university president", "Taken at the airport", "Literary critic")
_CELL_OPENING_BEFORE = re.compile(r"(?:\t|\||   )[ \t]*\Z")
_LOWER_CASE_AFTER = re.compile(r",?[ \t]+[a-z]")


def _cell_opening_word(text: str, start: int, end: int) -> bool:
    """Whether the model's one-word name is the first word of a table's cell and the cell goes on in lower
    case: a word capitalised as a sentence's first is, not a name (a known place or body stays)."""
    word = text[start:end]
    return (
        " " not in word
        and _CELL_OPENING_BEFORE.search(text, max(0, start - 4), start) is not None
        and _LOWER_CASE_AFTER.match(text, end) is not None
        and t.fold(word) not in t.gazetteer_index()
    )


# a cell of a tab-separated row that goes on in lower case ("Printer cartridges", "Chemicals, PVC")
_WORDS_CELL_RE = re.compile(r"[A-Z][a-z]+" + _LOWER_CASE_AFTER.pattern)
# rows of other cells that say a column holds common nouns, not names
WORDS_CELLS_IN_A_COLUMN = 2


def _tab_rows_around(text: str, start: int) -> tuple[list[str], str, int]:
    """The tab-separated rows of the table around ``start`` (lines of two tabs or more, the block unbroken), the
    row ``start`` is in and where that row opens."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    row = text[lo : hi if hi >= 0 else len(text)]
    if row.count("\t") < 2:
        return [], row, lo
    before = text[:lo].split("\n")[:-1]
    after = text[hi + 1 :].split("\n") if hi >= 0 else []
    above = list(itertools.takewhile(lambda line: line.count("\t") >= 2, reversed(before)))
    below = list(itertools.takewhile(lambda line: line.count("\t") >= 2, after))
    return above + below, row, lo


def _word_in_a_column_of_words(text: str, start: int, end: int) -> bool:
    """Whether the model's place is one word alone in a table's cell whose column's other cells go on in lower
    case, common nouns, not names ("Polysilicon" under "Sector" beside "Printer cartridges"); a known place stays."""
    if " " in text[start:end] or t.fold(text[start:end]) in t.gazetteer_index():
        return False
    rows, row, row_start = _tab_rows_around(text, start)
    column = row[: start - row_start].count("\t")
    if not rows or row.split("\t")[column].strip() != text[start:end]:
        return False
    cells = [r.split("\t")[column] for r in rows if r.count("\t") >= column]
    return sum(1 for c in cells if _WORDS_CELL_RE.match(c.strip())) >= WORDS_CELLS_IN_A_COLUMN


# a verb that a sentence's subject opens, after a body's name the model ran into it ("At the 2008 National
# People's Congress Zakir was selected": Zakir is the subject, no word of the congress's name)
_SUBJECT_VERB_AFTER = re.compile(r"[ \t]+(?:was|were|is|has|had|said|says|became|joined|served|remained)\b")


# a plural common noun opening a sentence before "of" or "in" and a company's name ("Shares of Kestrel Mining Group
# rose", "Employees of Harbor Textile Company said"): what the sentence speaks of, no word of the name
_OPENING_PLURAL_RE = re.compile(r"(?P<noun>[A-Z][a-z]+[^s\W])s[ \t]+(?:of|in)[ \t]+(?=[A-Z])")


def after_opening_plural(text: str, start: int, end: int) -> int:
    """Where a body's name starts that the model read from a plural noun opening its sentence, before "of" and
    a name with a body's head; a head itself before "of" ("Mothers of …") opens the name."""
    m = _OPENING_PLURAL_RE.match(text, start, end)
    if m is None or not re.search(r"(?:^|[.!?]\s|[ \t][-–—]{1,2}\s)\s*$", text[max(0, start - 4) : start]):
        return start
    head = text[start : m.end("noun") + 1]
    words = text[m.end() : end].split()
    if head in ORG_HEADS | PUBLIC_HEADS or len(words) < 2 or words[-1].rstrip(".,") not in ORG_HEADS:
        return start
    return m.end()


def _before_a_subject(text: str, start: int, end: int) -> int:
    """Where a body's name ends that the model ran on over one capitalised word, the subject of the verb after
    it, past the body's head: a word that is no head, no initials and no known name."""
    words = text[start:end].split()
    last = words[-1] if len(words) >= 3 else ""
    if not (last[:1].isupper() and not last.isupper() and _SUBJECT_VERB_AFTER.match(text, end)):
        return end
    if words[-2] not in PUBLIC_HEADS | ORG_HEADS or last in PUBLIC_HEADS | ORG_HEADS | PLACE_HEADS:
        return end
    if t.fold(last) in t.gazetteer_index() or last.lower() in t.ETHNONYMS:
        return end
    return len(text[: text.rindex(last, start, end)].rstrip())


# the vowels pinyin writes with its tones' marks (the first tone's macron and the third's caron are pinyin's own)
_PINYIN_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"


def _plain_pinyin(word: str) -> str:
    """A word without its tones' marks, "ü" written "v" as pinyin's syllables spell it."""
    word = word.lower().replace("ü", "v").replace("ǖ", "v").replace("ǘ", "v").replace("ǚ", "v").replace("ǜ", "v")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _toned_pinyin_gloss(name: str) -> bool:
    """Whether a name is pinyin written with tones' marks ("Mínfēng Xiàn", "Hétián Shì"), as a table or a name
    box glosses a Chinese word: every word splits into pinyin's syllables and one at least carries a mark."""
    words = name.split()
    if not any(c in _PINYIN_TONED for w in words for c in w.lower()):
        return False
    return all(segmentations(_plain_pinyin(w), 4) for w in words)


# initials made plural ("VETCs", "SOEs", "NGOs"): a common noun's short form, no one place
_PLURAL_INITIALS = re.compile(r"[A-Z]{2,6}s")


# a court decision cited by its neutral citation, with the case's name before it where an anonymised party's
# initials open it: "HJ (Iran) v SSHD [2010] UKSC 31", "KK (Topic) Sudan CG [2015] UKUT 23 (IAC)", "[2008] EWCA
# Civ 104": the year in brackets, the court's letters, the number and the chamber's letters in brackets
_CASE_CITATION_RE = re.compile(
    r"(?:(?<![\w\-])[A-Z]{1,4}[ \t]+\([^()\n]{1,80}\)[^\[\n;.]{0,60}?)?"
    r"\[(?:19|20)\d{2}\][ \t]+[A-Z]{2,6}(?:[ \t]+(?:Civ|Crim|Admin|Fam))?[ \t]+\d{1,5}(?:[ \t]*\([A-Za-z]{2,6}\))?"
)


# a legal form alone ("GmbH, Germany" in a table's column of legal forms), a kind of company, and a serial's or a
# book's standard number's label ("ISSN 2750-1187"), besides a common noun's initials and the letters after a
# name set off by commas ("Ms. Jane Roe, FCPA, FCG, was appointed"): no body
_NO_NAME_ALONE = COMMON_NOUN_INITIALS | {*t.LEGAL_FORMS, "ISSN", "ISBN", "DOI"} | t.HONORIFICS | LETTERS_AFTER_NAMES
# the year in brackets and the number after a Chinese document's code in pinyin ("Xin Zheng Fa [2017] No. 33")
_DOCUMENT_NUMBER_AFTER = re.compile(r"[ \t]*[\[〔][ \t]*(?:19|20)\d\d[ \t]*[\]〕][ \t]*(?:No\.?|Number)?[ \t]*\d")
# a name before "-like", "-style" or "-esque" only compares a thing with it ("its Twitter-like Weibo account")
_LIKENESS_AFTER = re.compile(r"-(?:like|style|esque)(?![\w\-])")
# a prefix bound to the word after its hyphen, capitalised as a sentence's or a name's first word writes it
# ("the Inter-parliamentary alliance", "Anti-terrorism units", "Non-governmental groups"): a word's first part,
# no name of its own
_BOUND_PREFIX_RE = re.compile(r"(?:Inter|Intra|Anti|Non|Pro|Multi|Trans|Counter|Semi|Post|Pre|Cross|Sub|Co|Self)")
_LOWER_AFTER_HYPHEN_RE = re.compile(r"-[a-z]")


def _bound_prefix(text: str, s: int, e: int) -> bool:
    """Whether the model's entity is a prefix cut from the lower-case word its hyphen joins it to."""
    return _BOUND_PREFIX_RE.fullmatch(text, s, e) is not None and _LOWER_AFTER_HYPHEN_RE.match(text, e) is not None


# a letter of an alphabet other than the Latin one that an English page writes a name in, copied beside it
_OTHER_ALPHABET = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


# a lawmaker's party and state in brackets after the name, the state shortened ("Sen. Marco Rubio (R-Fla.)",
# "(D-N.Y.)"): the seat's letters, no place the page is about
_PARTY_STATE_BEFORE = re.compile(r"\([RDI]-\Z")
_PARTY_STATE_AFTER = re.compile(r"\.?\)")


def _party_state_tag(text: str, start: int, end: int) -> bool:
    """Whether the model's place is the state in a lawmaker's "(R-Fla.)" tag."""
    return _PARTY_STATE_BEFORE.search(text, max(0, start - 3), start) is not None and bool(
        _PARTY_STATE_AFTER.match(text, end)
    )


def _other_alphabet(name: str) -> bool:
    """Whether a name the model read holds letters of the Arabic or the Cyrillic alphabet: the name's spelling in
    another script (an infobox's "Kyrgyz name" line, its label run into it: "Uyghurقىزىلسۇ"), which the English
    model cannot read; the name's English spelling on the page is what names it."""
    return _OTHER_ALPHABET.search(name) is not None


def _role_word(name: str) -> bool:
    """Whether a name the model read is one word for what a person is or does, capitalised ("Counsel")."""
    return " " not in name and name.lower() in t.ROLE_NOUNS


def outside_case_citations(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions outside a page's cited court decisions: the parties' initials, the countries in brackets
    and the courts' letters inside one name no one and nothing the page is about."""
    cases = [m.span() for m in _CASE_CITATION_RE.finditer(text)]  # in the page's order, none overlapping
    if not cases:
        return mentions
    starts = [a for a, _ in cases]

    def cited(m: Mention) -> bool:
        at = bisect.bisect_right(starts, m.start) - 1
        return at >= 0 and m.end <= cases[at][1]

    return [m for m in mentions if not cited(m)]


# a person's name written with initials: a given name and one or two initials before the family name ("Bahram K.
# Sintash"), or only initials before it ("J. Amanov", "E. M. Halvorsen-Yi"); no body's name has this shape
_INITIALLED_NAME_RE = re.compile(
    r"(?:[A-Z][a-zà-ÿ]+[ \t]+(?:[A-Z]\.[ \t]*){1,2}|(?:[A-Z]\.[ \t]*){1,3})"
    r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
)


# the members of a chamber a speaker addresses by their rank, after "my", "your" or "noble" ("My Lords", "all noble
# Lords", "your Lordships"); the house itself is named whole, or as "the Lords"
_RANKS_ADDRESSED = frozenset({"Lords", "Lordship", "Lordships", "Ladyship", "Ladyships"})
_ADDRESS_BEFORE_RE = re.compile(r"(?<![\w\-])(?:[Mm]y|[Yy]our|[Nn]oble|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:noble[ \t]+)?\Z")


def _addressed_by_rank(text: str, start: int, end: int) -> bool:
    """Whether a name is a rank in the plural or a style a speaker addresses members by, no body."""
    before = _ADDRESS_BEFORE_RE.search(text, max(0, start - 20), start)
    return text[start:end] in _RANKS_ADDRESSED and before is not None


def _initialled_person(name: str) -> bool:
    """Whether a name the model read as a body's is a person's name written with initials ("reporting by J. Amanov")."""
    return _INITIALLED_NAME_RE.fullmatch(name) is not None


# the rest of a code after its first letters: a hyphen, then letters and digits up to a space ("-APAC-20240304-2")
_CODE_TAIL_RE = re.compile(r"-[A-Za-z0-9\-]*\d")


# the title that closes a line the model read up to it as a body: "General Counsel and Company Secretary"
_POST_LINE_END_RE = re.compile(r"[ \t]+(?P<title>[A-Z][a-z]+)[ \t]*(?:\n|$)")


# two single words joined by a comma, each a name of its own: "Aqsu, Akesu" (a place and its other spelling)
_TWO_WORDS_RE = re.compile(r"(?P<first>[A-Z][a-z]+),[ \t]+(?P<second>[A-Z][a-z]+)")


def _two_names_of_one(name: str) -> bool:
    """Whether a body the model read is two single words with a comma between ("Aqsu, Akesu": a place and its
    other spelling, in a list or in brackets): no body's name, unless either word is a body's head or a legal
    form ("Acme, Inc.")."""
    pair = _TWO_WORDS_RE.fullmatch(name)
    if pair is None:
        return False
    words = pair.group("first", "second")
    return not any(w in BODY_HEADS or w in t.LEGAL_FORMS for w in words)


def _post_line(text: str, s: int, e: int) -> bool:
    """Whether the words from ``s`` open their line and a title alone ends it after ``e``: a line of posts."""
    title = _POST_LINE_END_RE.match(text, e)
    opens_line = not text[text.rfind("\n", 0, s) + 1 : s].strip()
    return title is not None and title.group("title") in TITLE_TOKENS and opens_line


def _person_after_line_break(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with, after each one the model ran over a line break, the person's name with initials that
    opens the next line ("Cornell University\nBahram K. Sintash, author": a list of signatories one per line); the
    entity itself is cut at the break below."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in ents:
        out.append((s, e, label))
        brk = text.rfind("\n", s, e)
        tail = _INITIALLED_NAME_RE.fullmatch(text, brk + 1, e) if brk >= 0 else None
        if tail and label in ("ORG", "PERSON", "GPE", "FAC"):
            out.append((tail.start(), tail.end(), "PERSON"))
    return out


# a form's or a notice's label in capitals before its colon ("AGENCY:", "ACTION:", "SUMMARY:", "FOR FURTHER
# INFORMATION CONTACT:")
_FORM_LABEL_RE = re.compile(r"(?<![\w&/.-])([A-Z]{4,}(?:[ \t]+[A-Z]{2,}){0,3})(?=:)")


# a field's label in title case before its colon and a blank, in a run of fields on one line ("Director: Name
# Country: USA Language: …"): three labels or more within a few lines' length make the run
_TITLE_LABEL_RE = re.compile(r"(?<![\w’'\-])[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?:[ \t]")


def _before_field_label(text: str, start: int, end: int) -> int:
    """Where a name the model read ends before the next field's label it ran into, in a run of fields written
    on one line of the page as it came (``text`` with its line breaks): "Director: Christopher Rufo Country:
    USA" names the director, then the label "Country". The end as it is where no colon follows or the line
    has fewer than three labels."""
    if not text.startswith(":", end) or len(text[start:end].split()) < 2:
        return end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not _TITLE_LABEL_RE.search(text, line_start, start) or len(_TITLE_LABEL_RE.findall(line)) < 3:
        return end  # "Name Surname: I was held …": a speaker's label opens its line, no field's value before it
    return start + len(text[start:end].rstrip().rsplit(maxsplit=1)[0])


def _form_labels(text: str) -> set[str]:
    """The labels in capitals a page's fields open with, where it has two different ones or more (a notice's
    fields; a headline's "UN:" or a single "NOTE:" is not enough): words no body bears."""
    labels = set(_FORM_LABEL_RE.findall(text))
    return labels if len(labels) >= 2 else set()


# a bill's section heading, "SEC." and its number ("SEC. 2. FINDINGS."), no body's initials
_BILL_SECTION_RE = re.compile(r"SEC\.[ \t]*\d{1,3}\.")


# a periodical's volume after its name, a slash between them or none: "Federal Register / Vol. 89, No. 154"
_VOLUME_RE = re.compile(r"[ \t]*(?:/[ \t]*)?(?:Volume|Vol)\b\.?(?=[ \t]*(?:\d|$))")


def _before_volume(text: str, start: int, end: int) -> int:
    """Where a periodical's name the model read ends, before the volume's word its citation puts after it
    ("Federal Register Volume 88", "Journal of Asian Studies / Vol. 12"): the volume is no word of the name."""
    volume = _VOLUME_RE.search(text, start, min(len(text), end + 12))
    if volume is None or volume.start() <= start or volume.start() > end:
        return end
    return volume.start()


# a relative pronoun for people after a name set apart by a comma ("Instead Kaliyeva, who …")
_WHO_AFTER_RE = re.compile(r",[ \t]+who\b")


def _persons_surnames(text: str, ents: list[tuple[int, int, str]]) -> set[str]:
    """The single capitalised words the page uses as a person's name: the model reads them as a person, or
    "who" follows them after a comma."""
    return {
        text[s:e]
        for s, e, label in ents
        if re.fullmatch(r"[A-Z][\w'’\-]+", text[s:e]) and (label == "PERSON" or _WHO_AFTER_RE.match(text, e))
    }


def _named_by_a_surname(name: str, label: str, surnames: set[str]) -> bool:
    """Whether a name the model read as a facility, a body or a place ends in a word the page uses as a person's
    name, and holds no kind of thing's head: a given name and a family name, the person's name in full (two or
    three capitalised words), or the family name alone (read as a body or a facility, no known body)."""
    words = name.split()
    if len(words) == 1 and (label not in ("ORG", "FAC") or t.fold(name) in known_bodies.english_forms()):
        return False
    return (
        len(words) <= 3
        and words[-1] in surnames
        and all(re.fullmatch(r"[A-Z][a-z][\w'’\-]*", w) for w in words)
        and classify_run(words) is None
        and person_name_ok(name)
    )


# a British postcode after a town in an address ("London EC1M 6EJ", "Norwich NR1 1HU"), its outward part alone
_POSTCODE_TAIL_RE = re.compile(rf"[ \t]+{POSTCODE_OUTWARD}(?:[ \t]+{POSTCODE_INWARD})?\Z")
_TOWN_RE = re.compile(r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2}")


def _before_a_postcode(text: str, s: int, e: int, label: str) -> tuple[int, int, str]:
    """A town the model read together with the postcode after it (as a body or a person): the town alone, a
    place."""
    post = _POSTCODE_TAIL_RE.search(text[s:e])
    if post is None or not _TOWN_RE.fullmatch(text[s : s + post.start()]):
        return s, e, label
    return s, s + post.start(), "GPE"


def _after_a_role_noun(text: str, s: int, e: int, label: str) -> int:
    """Where a person's name the model read with a post's noun capitalised before it starts ("Curator Jane Roe",
    "Economist Jane Roe", as a title): after the noun, where two or three words of a person's name follow it."""
    words = text[s:e].split()
    if label != "PERSON" or len(words) not in (3, 4) or words[0].lower() not in t.ROLE_NOUNS:
        return s
    if not words[0][:1].isupper() or not person_name_ok(" ".join(words[1:])):
        return s
    return text.index(words[1], s + len(words[0]))


# a picture's text after the name it shows, before the name again on a debates site's line ("Jane Roe Portrait
# Jane Roe (Kelso) (LD)"): the picture's word is no part of the name
_PORTRAIT_WORD_RE = re.compile(r"[ \t]+Portrait\Z")


# the first word of "et al." read into the name before it ("Vicky Xiuzhong Xu et" of "Vicky Xiuzhong Xu et al."):
# a citation's "and others", no part of the name
_ET_OF_ET_AL_RE = re.compile(r"[ \t]+et\Z")


def _before_et_al(text: str, s: int, e: int) -> int:
    """Where a name the model read with the "et" of "et al." after it ends: before the word."""
    word = _ET_OF_ET_AL_RE.search(text, s, e)
    return word.start() if word is not None and re.match(r"[ \t]+al\b", text[e : e + 4]) else e


def _before_a_portrait_word(text: str, s: int, e: int) -> int:
    """Where a name the model read with the picture's word after it ends: before the word, where the same name
    follows it."""
    word = _PORTRAIT_WORD_RE.search(text, s, e)
    if word is None or not text.startswith(text[s : word.start()], word.end() + 1):
        return e
    return word.start()


# a party's initials after a member's name, before the comma and the initials of the state the member sits for, as a
# parliament's list of a committee's members prints them ("Senator Jane Roe ALP, VIC", "Jane Roe LP, TAS")
_PARTY_INITIALS_END_RE = re.compile(r"[ \t]+[A-Z]{2,4}\Z")
_STATE_INITIALS_AFTER_RE = re.compile(r",[ \t]*[A-Z]{2,3}[ \t]*(?:\n|\Z)")


def _before_party_initials(text: str, s: int, e: int, label: str) -> int:
    """Where a person's name the model read with a party's initials after it ends: before the initials, where the
    state's initials follow them."""
    initials = _PARTY_INITIALS_END_RE.search(text, s, e) if label == "PERSON" else None
    if initials is None or initials.start() == s or not _STATE_INITIALS_AFTER_RE.match(text, e):
        return e
    return initials.start()


# (and the party's initials after a name and before the comma, where the state's initials follow)
_PARTY_INITIALS_BEFORE_RE = re.compile(r"[a-z][ \t]+[A-Z]{2,4},[ \t]*\Z")


def _members_state(text: str, s: int, e: int) -> bool:
    """Whether initials the model read as a body are the state a member sits for, after the party's initials and a
    comma at the end of a member's line ("Jane Roe ALP, VIC"): a place."""
    return (
        re.fullmatch(r"[A-Z]{2,3}", text[s:e]) is not None
        and _PARTY_INITIALS_BEFORE_RE.search(text, max(0, s - 12), s) is not None
        and _STATE_INITIALS_AFTER_RE.match(text, text.rfind(",", 0, s)) is not None
    )


# a lower-case preposition or conjunction that ends what the model read as a body: a longer title cut short ("the
# "Strike Hard Campaign against Violent Terrorism"" read as "Strike Hard Campaign against"); no name ends on one
# ("of" and "for", which a body's seat or its cause follows, are cut off elsewhere: "OCI Holdings of South Korea")
_FUNCTION_WORD_END_RE = re.compile(r"[ \t](?:against|to|on|with|from|by|and|or|in|at)\Z")


# an editor's note that opens its line, before its date or its text: "Update, 8 March 2024: …", "Correction: …"
_EDITORS_NOTE_RE = re.compile(r"(?:Update|Updated|Correction|Clarification|Editor['’]s[ \t]+[Nn]ote)(?=[ \t]*[,:(])")


# the agent noun of whoever wrote a note, before "'s note" ("Translator's note:", "Compiler's Note", "Author's note")
_AGENT_NOTE_RE = re.compile(r"[A-Z][a-z]+(?:or|er)['’]s[ \t]+[Nn]otes?\b")


def _editors_note_label(lines: str, s: int, e: int) -> bool:
    """Whether the words at ``s``–``e`` label an editor's note at its line's start ("Update, 8 March 2024:"), or
    name the role of a note's writer anywhere ("Translator's note: machine-assisted …")."""
    line_start = lines.rfind("\n", 0, s) + 1
    note = _EDITORS_NOTE_RE.match(lines, s)
    agent = _AGENT_NOTE_RE.match(lines, s)
    if agent is not None and lines[s:e].isalpha() and lines[e : e + 2] in ("'s", "’s"):
        return True
    return not lines[line_start:s].strip() and note is not None and note.end() == e


# a paragraph's number at its line's start, then the bracket of its classification: "5. (SBU) ", "12. (S/NF) "
_PARAGRAPH_NUMBER_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*\d{1,3}\.[ \t]+\(\Z")


def _classification_mark(lines: str, s: int, e: int) -> bool:
    """Whether the capitals at ``s``–``e`` are a cable's or a memo's classification of a numbered paragraph, in
    brackets after the paragraph's number ("5. (SBU) …", "2. (C) …"): no body."""
    return (
        re.fullmatch(r"[A-Z]{1,4}(?:/[A-Z]{1,4})?", lines[s:e]) is not None
        and lines[e : e + 1] == ")"
        and _PARAGRAPH_NUMBER_BEFORE_RE.search(lines, max(0, s - 8), s) is not None
    )


# a house's number before the name that follows it
_HOUSE_NUMBER_BEFORE = re.compile(r"\d{1,5}[ \t]+\Z")  # (STREET_NUMBER_RE looks behind it)


def _street_after_its_number(text: str, s: int) -> bool:
    """Whether the name at ``s`` is a street's after a house's number in an address ("27 Mercer Row, Bristol"):
    no person, though a street may be named like one."""
    number = _HOUSE_NUMBER_BEFORE.search(text, max(0, s - 7), s)
    return number is not None and STREET_NUMBER_RE.match(text, number.start()) is not None


# the level of a degree before its possessive ("Bachelor's degree", "Master's in Economics")
_DEGREE_LEVEL_RE = re.compile(rf"(?:{'|'.join(DEGREE_LEVELS)})s?")
_DEGREE_AFTER_RE = re.compile(r"['’]s?(?:[ \t]+(?:[Dd]egree|[Dd]iploma|in|of)\b)?")


# a trial named by its defendant, before the noun ("the Charles Taylor trial", "the Radovan Karadžić war crimes
# trial", "his murder trial"): the name before it is a person's
DEFENDANTS_TRIAL_RE = re.compile(
    r"(?:['’]s?)?[ \t]+(?:(?:war[ \t]+crimes|murder|criminal|corruption|treason|show|genocide|terrorism|espionage)"
    r"[ \t]+)?trials?\b"
)


def _defendant(text: str, s: int, e: int, label: str) -> tuple[int, str]:
    """The start and label of a name before a trial's noun (``DEFENDANTS_TRIAL_RE``): a person's, without the
    article the model took with it, where the name is shaped as a person's."""
    article = re.match(r"[Tt]he[ \t]+", text[s:e])
    start = s + (article.end() if article else 0)
    return (start, "PERSON") if person_shaped(text[start:e]) else (s, label)


# the model's labels for what is no person's, body's, place's or law's name ("NORP": a people; "DATE", "MONEY", …)
_UNNAMED_LABELS = frozenset(
    {
        "NORP",
        "DATE",
        "TIME",
        "PERCENT",
        "MONEY",
        "QUANTITY",
        "ORDINAL",
        "CARDINAL",
        "LANGUAGE",
        "EVENT",
        "WORK_OF_ART",
        "PRODUCT",
    }
)


def _model_entities_mended(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's entities mended where it ran a line's break into a person, cut a name after a preposition, ran
    schools together or bodies apart, read a body's people or a body's portfolios apart."""
    ents = _person_after_line_break(text, ents)
    ents = _bodies_apart(text, _schools_run_together(text, _names_cut_after_preposition(text, ents)))
    ents = _people_of_bodies(text, ents)
    ents = _portfolios_joined(text, ents)
    return ents


# a file's or a case's code after a label's colon, ending its line: "IMM-9676-21", "T-190-22", "2023-0417"
_CODE_AFTER_LABEL_RE = re.compile(r":[ \t]*(?:[A-Z]{1,5}-)?\d[\w\-/.]*[ \t]*(?:\n|$)")


def _code_label(text: str, s: int, e: int) -> bool:
    """Whether the model's entity is one capitalised word opening its line before a colon and a code alone, as a
    judgment's or a file's first page labels its number ("Docket: T-190-22", "File: 2023-0417")."""
    line_start = text.rfind("\n", 0, s) + 1
    one_word = re.fullmatch(r"[A-Z][a-z]+", text[s:e]) is not None
    return not text[line_start:s].strip() and one_word and _CODE_AFTER_LABEL_RE.match(text, e) is not None


def _code_case_or_label(text: str, s: int, e: int, label: str) -> bool:
    """Whether the model's entity is a document number's code, a code's or a bill section's letters, a common
    noun's initials, a cited case's name or parties, a romanisation's initials or a standard number's label: no
    name."""
    if _DOCUMENT_NUMBER_AFTER.match(text, e):
        return True  # "Ka Jian Xing Su [2019] No. 117": a document number's code in pinyin, no name
    if label == "ORG" and in_code_citation(text, s, e):
        return True  # "pursuant to 19 USC 1307": the code's letters, no body
    if label == "ORG" and text[s:e] == "SEC" and _BILL_SECTION_RE.match(text, s):
        return True  # "SEC. 2. FINDINGS.": a bill's section heading, no body
    if label == "ORG" and _common_noun_acronym(text, text[s:e]):
        return True  # "a withhold release order (WRO)": initials the page gives to a common noun, no body
    if CASE_V_RE.search(text, s, e):
        return True  # "Tursun v Kashgar Textile Company Ltd": a cited case's name, whose parties the rules read
    if _case_party_initials(text, s, e):
        return True  # "KK and RS (Sur place activities) Sri Lanka CG": a cited case's parties by initials, no one
    if label == "ORG" and _code_label(text, s, e):
        return True  # "Docket: IMM-9676-21": a field's label before the file's code, no body
    if label == "ORG" and known_bodies.code_letters(text, s, e):
        return True  # "Collection Number: MSS 0417": a collection's code, no body
    if label in ("ORG", "PERSON") and filing_title(text, s, e):
        return True  # "MOTION to Dismiss", "NOTICE of Supplemental Authority": a court filing's title, no body
    if label == "ORG" and _spelling_label(text, s, e):
        return True  # "(Uyghur: …, ULY: Ilham Toxti, UYY: …)": a romanisation's initials, no body
    # "ISSN (Print): 2753-…", "ISBN 978-…": a standard number's letters or medium, no body or place
    return bool(_standard_number_label(text, s, e))


def _no_body_by_layout_or_words(text: str, s: int, e: int, lines: str) -> bool:
    """Whether what the model read as a body is a section's number, a title it cut, an editor's note, a
    headline's or a heading's capitals, a post and its place, a people or which of a people, a leak's name, a
    place's people, or a post's title alone: no body."""
    if _section_number(text, s, e):
        return True  # "VIII. Overall assessment": a section's number
    if congress_in_a_title(text, s, text[s:e].split()):
        return True  # "Deputy Head of the 13th People's Congress of …": a post's words, left to the titles' layers
    if _FUNCTION_WORD_END_RE.search(text, s, e):
        return True  # "the "Strike Hard Campaign against Violent Terrorism"": a title the model cut, no body
    if _editors_note_label(lines or text, s, e):
        return True  # "Update, 8 March 2024: this article was updated …": an editor's note, no body
    if _classification_mark(lines or text, s, e):
        return True  # "5. (SBU) Human Rights Watch …": a cable's paragraph's classification, no body
    if lines and _headline_words(lines, s, e):
        return True  # "… Provides a Look into China's Brutal Camp System": a headline's capitals, no body
    if lines and _word_of_a_capitals_heading(lines, s, e):
        return True  # "KEY FINDINGS": one word of a heading in capitals, no body
    if _HEADLINE_RE.search(text[s:e]) or re.search(r"\w:[ \t]", text[s:e]):
        return True  # "Uyghur Congress Chair: Sanctions 'Overdue'", "Kazakh Rights Advocate: Activists": a
        # headline's words, no body's name
    if place_party_post(text, e, text[s:e].split()):
        return True  # "Xinjiang Party Secretary Chen Quanguo", "the Tibet Party chief": a post and its place
    if _ethnonym_pair(text[s:e]) or _post_nominal_letters(text, s, e):
        return True  # "Uyghur-Han relations"; "Sir Geoffrey Nice, KC, said": no body
    if _qualified_people(text, e, text[s:e].split()):
        return True  # "Celebrated Uyghur singer", "the Oirat Mongols": which of a people, no body
    if _leak_name(text, s, e):
        return True  # "the Xinjiang Police Files": the leak's name, no body
    if _population_of_place(text[s:e].split()):
        return True  # "Citizens of Kyrgyzstan are among the detained": a place's people, no body
    # "known to the Chair", "Correspondent, …": a post's title or a role's noun alone, no body
    return bool(text[s:e] in t.TITLE_WORDS or text[s:e].lower() in t.ROLE_NOUNS)


def _gloss_or_no_place(text: str, s: int, e: int, label: str) -> bool:
    """Whether the model's entity is a word glossed in pinyin, or what it read as a place is a party's state, a
    currency's letters, a newsletter's name, a direction, a national, a heading's adjective, initials in the
    plural, or a thing of a kind; or a script's or a romanisation's name: no name."""
    if label in ("PERSON", "ORG") and _toned_pinyin_gloss(text[s:e]):
        return True  # "Mínfēng Xiàn", "Zhōngguó": a name spelled in pinyin with its tones, a gloss of a word
    if label in ("GPE", "LOC") and _toned_pinyin_gloss(re.sub("['’]", " ", text[s:e])):
        return True  # "Tízīnàfǔ", "Tǎshíkù'ěrgān": a place's name glossed in pinyin, read in its English name
    if label in ("GPE", "LOC") and _party_state_tag(text, s, e):
        return True  # "Sen. Marco Rubio (R-Fla.)": the lawmaker's party and state, shortened
    if label in ("GPE", "LOC") and currency_code(text, e):
        return True  # "US$ 7.1 billion", "HK$": the country's letters open a currency's sign, no place
    if label in ("GPE", "LOC") and _NEWSLETTER_AFTER.match(text, e):
        return True  # "Sign up for our Asia newsletter": the newsletter's name
    if label in ("GPE", "LOC") and text[s:e].lower() in _COMPASS_WORDS:
        return True  # "IN EAST TURKISTAN" cut at a heading's capitals, "a blow to West": a direction alone, no place
    if label in ("GPE", "LOC") and (compass_phrase(text[s:e]) or _country_demonym(text[s:e])):
        return True  # "most North Westerly region": a direction described; "release of Kyrgyzstani": a national
    if label in ("GPE", "LOC") and _adjective_heading(text, s, e):
        return True  # "International", "Regional" alone on a line: a section's heading, no place
    if label in ("GPE", "LOC") and _PLURAL_INITIALS.fullmatch(text[s:e]):
        return True  # "in VETCs, prisons or other facilities": initials in the plural count things, no place
    if label in ("PERSON", "ORG", "GPE", "LOC") and script_or_romanisation(text[s:e]):
        return True  # "Hanyu Pinyin", "Uyghur Latin (ULY)": a romanisation's or a script's name, no one's
    # "taking part in a Meshrep": a thing of a kind, no place
    return bool(label in ("GPE", "LOC") and _one_of_a_kind(text, s, e))


def _named_thing_or_label(text: str, s: int, e: int, label: str, lines: str) -> bool:
    """Whether the model's entity names a campaign, a wiki's namespace, a festival, an era, a degree's level, a
    work, an award, a report's title, a law or a street named for a person, or is a credit's, a code's, a
    speaker's or a signature's label: no person's, body's or place's name."""
    if label in ("ORG", "PERSON", "GPE", "LOC", "LAW") and _quoted_campaign(text, s, e):
        return True  # 'the "Strike Hard" campaign': a campaign's name, no body
    if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and _wiki_namespace(text, s, e):
        return True  # "Template:Infobox company": a wiki's namespace and its page's name, no body
    if label in ("ORG", "PERSON", "GPE", "LOC") and _festival(text, s, e):
        return True  # "after the Kurban holiday", "around Nowruz": a festival, no body, person or place
    if _era_letters(text, s, e):
        return True  # "during the 1st millennium BCE": the era, no body
    if _DEGREE_LEVEL_RE.fullmatch(text[s:e]) and _DEGREE_AFTER_RE.match(text, e):
        return True  # "Bachelor's degree", "a Master's in law": the level of a degree, no body or person
    if label in ("PERSON", "ORG") and _work_title(text, s, e):
        return True  # "a song called Atilar", "the talent show Yipek Yoli Sadasi": a work's title
    if label == "PERSON" and _AWARD_AFTER_RE.match(text, e):
        return True  # "the PEN/Barbara Goldsmith Freedom to Write Award": an award's name, no person
    if label in ("PERSON", "GPE", "LOC") and _citation_title_words(text, s, e):
        return True  # "…, In Broad Daylight, Sheffield Hallam University, 2021": a report's title
    if label == "PERSON" and _LAW_WORD_AFTER_RE.match(text, e):
        return True  # "under the UK Global Magnitsky law": a law named for a person, no person of the page
    if label == "PERSON" and _street_after_its_number(text, s):
        return True  # "27 Mercer Row, Bristol BS1 4DJ": a street in an address, no person
    if label == "PERSON" and credit_label(lines or text, s, e):
        return True  # "Photographs by Emre Kalkan": what a credit line is for, no person
    if picture_credit_label(lines or text, s, e):
        return True  # "IMAGE SOURCE, REUTERS": the credit's label, no name
    if _CODE_TAIL_RE.match(text, e):
        return True  # "Ref: DIG-APAC-20240304-2": letters that open a reference code, no name
    if label == "ORG" and speaker_role_label(lines or text, s):
        return True  # "NARRATOR: In 2022, …": a transcript's speaker labelled by a role, no body
    # "General Counsel and Company⏎Secretary": a signature's line of posts, no body
    return bool(label == "ORG" and _post_line(text, s, e))


def _no_body_name(text: str, s: int, e: int, name: str, words: list[str], by_rule: str | None) -> bool:
    """Whether what the model read as a body is no body's name: a post or a body's rank, a name in lower case, a
    page's path, a document symbol's piece or a counter's label, a head no body has, a state described, a paired
    section, a name cut short, or two names of one body."""
    return bool(
        (is_role(words) and by_rule is None)  # "Consulate General": a body of that rank
        or (len(words) > 1 and words[-1].lower() in t.ROLE_NOUNS)  # "Business Correspondent": a post
        or not (name[0].isupper() or re.match(r"[a-z][A-Z]", name))
        or re.search(r"[/>|]", name)  # "Home > World > Asia-Pacific": a page's path, no name
        or "/" in (text[s - 1 : s] + text[e : e + 1])  # "A/HRC/WGAD/2021/8": a piece of a document symbol
        or text[s - 1 : s].isdigit()  # "48.2K Views": a figure's scale and a counter's label, no name
        or words[-1] in NOT_ORG_HEADS
        or _head_before_complement(words) in NOT_ORG_HEADS  # "Sakharov Prize for Freedom of Thought"
        or describes_state(words)
        or _paired_section(text, s, e, name)
        or _cut_short(text, e, words)
        or _two_names_of_one(name)
    )


def spacy_mentions(page: int, text: str, ents: list[tuple[int, int, str]], lines: str = "") -> list[Mention]:
    """The statistical model's entities kept as mentions (``lines``: the page with its line breaks)."""
    out = []
    ents = _model_entities_mended(text, ents)
    labels = _form_labels(text)
    surnames = _persons_surnames(text, ents)
    person_ends = [b for _a, b, kind in ents if kind == "PERSON"]
    for s, e, label, joined in _joined_agencies(text, _coordinated_places(text, _paired_places_apart(text, ents))):
        s, e, label = _before_a_postcode(text, s, e, label)
        e = _before_a_portrait_word(text, s, e)  # "Jane Roe Portrait Jane Roe": the name, not the picture's word
        e = _before_et_al(text, s, e)  # "Jane Roe et al.": the name, not the citation's "et"
        s = _after_a_role_noun(text, s, e, label)  # "Curator Jane Roe": the name, not the post's noun
        e = _before_party_initials(text, s, e, label)  # "Jane Roe ALP, VIC": the name, not the party's initials
        if label == "ORG" and _members_state(text, s, e):
            label = "GPE"  # "Jane Roe ALP, VIC": the member's state, no body
        if label == "ORG" and affiliation_seat(lines or text, s, e, person_ends):
            label = "GPE"  # "Dr Anna Berg, University of Copenhagen, Copenhagen": the body's seat, a place
        if label in ("FAC", "ORG", "GPE", "LOC") and _named_by_a_surname(text[s:e], label, surnames):
            label = "PERSON"  # "the trial of Sayragul Sauytbay in …" (a facility), "Sauytbay said" twice: a person
        if label in ("GPE", "LOC") and _role_word(text[s:e]):
            continue  # "Mr Ian Roe of Counsel": a barrister's designation, no place
        if text[s:e] in _NO_NAME_ALONE or _LIKENESS_AFTER.match(text, e) or _other_alphabet(text[s:e]):
            continue  # "an IPO"; "a Twitter-like account"; "Кызылсуу Кыргыз": a common noun, a comparison, a spelling;
            # "Prof. Hill served": a courtesy title alone, the name after it
        if _bound_prefix(text, s, e):
            continue  # "the Inter-parliamentary alliance": a prefix of a word in lower case, no name
        if text[s:e] in labels and text.startswith(":", e):
            continue  # "AGENCY: Department of …", "ACTION: Notice.": a notice's label in capitals, no body
        if _addressed_by_rank(text, s, e):
            continue  # "My Lords,", "your Lordships": the members a speaker addresses, no body
        e = _before_field_label(lines or text, s, e)
        if _code_case_or_label(text, s, e, label):
            continue
        given = _given_name_before_particle(text, s, e)
        if given is not None:  # "Ursula von der Leyen", read from "Leyen" (a place, a body or a person)
            s, label = given, "PERSON"
        if label == "ORG" and _leaders_administration(text, s, e):
            continue  # "followed the Trump administration": a leader's surname naming a government's term, no body
        if label in ("ORG", "PERSON") and (place_start := _compass_place_start(text[s:e])) is not None:
            # "Xinjiang, Northwest China, with …": the part of a place by its direction, no body; the place as the
            # gazetteer knows it ("North Korea" whole, "Northwest China" China)
            s, label = s + place_start, "GPE"
        if label in ("ORG", "FAC") and DEFENDANTS_TRIAL_RE.match(text, e):
            s, label = _defendant(text, s, e, label)  # "at the Radovan Karadžić war crimes trial": a person
        if label == "ORG" and _initialled_person(text[s:e]):
            label = "PERSON"  # "Additional reporting by J. Amanov": initials before a family name, a person
        if label in ("GPE", "LOC") and _post_nominal_letters(text, s, e):
            continue  # "Adil Serikbayuly, KC, barrister": a silk's letters after a name, no place
        if label == "ORG" and (_titled_person(text[s:e]) or _particle_person(text[s:e])):
            label = "PERSON"  # "The Rt Hon Dominic Raab", "President Xi Jinping": a title before a person's name;
            # "Fernand de Varennes": a family name with its particle
        if label == "ORG":
            if _no_body_by_layout_or_words(text, s, e, lines):
                continue
            e = s + first_of_repeated(text[s:e])
            e = _before_volume(text, s, e)  # "Federal Register Volume 88", "… / Vol. 89": the periodical alone
            verb = _VERB_INSIDE_RE.search(text, s, e)
            e = verb.start() if verb else e
            s = possessive_split(text, s, e, text[s:e].split())[-1][0]
            s = after_opening_plural(text, s, e)  # "Shares of Kestrel Mining Group rose": the company alone
            if _NOT_A_BODY_AFTER.match(text, e) or text[s:e] in TIME_ZONES or _size_unit(text, s, e):
                continue  # "our Supply Chain newsletter", "ASA 17/4197/2021", "(PDF, 2.3 MB)": no body
            if thing_named_after_initials(text, e, text[s:e].split()):
                continue  # "its Specially Designated Nationals (SDN) list": the list's name, no body
            if re.fullmatch(r"[A-Z]{2,5}", text[s:e]) and _PRODUCT_MAKER_AFTER.match(text, e):
                continue  # "a PVC maker": the product, not a body
            e = _before_a_post(text, s, corporate_end(text, _whole_body_name(text, s, e)))
            s = _bracket_opened_start(text, s, e, lines or text)  # "Aksu) Co. Ltd": the name opens before the bracket
            s = _seat_word_start(text, s, e)  # "Xinjiang Zhongtai (Group) Co., Ltd."
            s = _legal_form_alone_start(text, s, e)  # "Xinjiang Zhongtai (Group), Co., Ltd.": read from "Co."
            house = OF_THE_HOUSE_RE.search(text, s, e)
            e = house.start() if house else e  # "… Committee of the House of Commons": the committee, the house apart
            e = _before_a_subject(text, s, e)
            e = parliament_seat_end(text, s, e)  # "the European Parliament for Ireland South": the seat apart
        if label == "PERSON" and _GROUP_AFTER.match(text, e):
            label = "ORG"  # "Serikzhan Bilash's Atajurt Kazakh Human Rights group", "the Wagner group": a body
        if _gloss_or_no_place(text, s, e, label):
            continue
        if label in ("GPE", "LOC") and lines and _headline_place_words(lines, s, e):
            continue  # "… Sanctioned by the West Promoted by the CCP": a headline's capitals, no place
        if (label in ("GPE", "LOC") or (label == "PERSON" and " " not in text[s:e])) and _outlet_of_a_credit_line(
            lines or text, s, e
        ):
            label = "ORG"  # "Jane Roe, Steppe Weekly, 04 November 2020": the outlet, a body
        if _named_thing_or_label(text, s, e, label, lines):
            continue
        initial = _initial_before(text, s) if label in ("GPE", "LOC") else None
        if initial is not None and not known_place_or_city(text[s:e]):
            label, s = "PERSON", initial  # "D. Fenwick, P. Okoro": a place has no initial
        if label == "PERSON":
            e = _hyphenated_given_name_end(text, e)
            s = _hyphenated_given_name_start(text, s)
            s = _first_given_name_before(text, s, e)
            s = _first_initial_before(text, s)
            if NUMBERED_PART_RE.match(text, s):
                continue  # "Series I. Interviews, 2018-2022": a numbered part's heading, its numeral no initial
        if "\n" in text[s:e]:  # an entity does not run over a paragraph's end ("Brexit\n\nSkip")
            e = s + text[s:e].index("\n")
        if _unvouched_capitals(lines or text, s, e):
            continue  # "BY AUTHORITY OF THE PARLIAMENT", "MILLIONS AT STAKE": a heading's words in capitals
        if _FLAGS_LINE_RE.fullmatch(_line_around(lines or text, s, e)) or _legal_form_only(text[s:e]):
            continue  # "APPEAL,CLOSED,JURY": a record's flags; "INC" after "OUTFITTERS, ": a legal form, no name
        if label in ("GPE", "LOC", "ORG", "FAC", "PERSON") and _cell_opening_word(lines or text, s, e):
            continue  # "Geographer, university president" in a table's cell: a capital the cell's start gives
        if label in ("GPE", "LOC") and _word_in_a_column_of_words(lines or text, s, e):
            continue  # "Conglomerate" under "Sector", beside "Printer cartridges": a column of common nouns
        if _CELL_GAP_RE.search(lines or text, s, e):
            continue  # nor over the gap between a table's cells ("Site   County or city": two heads, no place)
        marker = re.search(r"[.,;:]?\[\d{1,3}\]?", text[s:e])
        if marker:  # nor over a footnote marker ("Department of State.[8] Catherine Ashton")
            e = s + marker.start()
        e = _before_open_bracket(text, s, e)
        raw = text[s:e]
        if label in _UNNAMED_LABELS:
            continue
        # trim at a closing quote that has no opening one ("Platform’ Daily Essentials")
        cut = re.search(r"[’”]\s", raw)
        if cut and not re.search(r"[‘“]", raw[: cut.start()]):
            raw = raw[: cut.start()]
            e = s + len(raw)
        if _ROMANISATION_BEFORE_RE.search(text[max(0, s - 60) : s]):
            continue  # "(Chinese: 秦城监狱; pinyin: Qínchéng Jiānyù)": a name's spelling, named already
        kind_noun = (_KIND_NOUN_AFTER_RE.search(raw) or RELEASE_AFTER_RE.search(raw)) if label == "ORG" else None
        if kind_noun:  # "the Atajurt Kazakh Human Rights group": what the body is, after its name
            raw = raw[: kind_noun.start()]
            e = s + len(raw)
        lead = len(raw) - len(raw.lstrip())
        name = clean_name(raw)
        if not name or t.is_ethnonym_phrase(name) or _country_people(name) or _degree_in_brackets(text, s, name):
            continue
        words = name.split()
        if degree_written_out(words):
            continue
        while len(words) > 1 and words[0] in PARTY_ROLES:
            words.pop(0)  # "Plaintiffs Acme Textile Co. Ltd.": the party's role before its name
        if _language_of_a_period(words) or (label == "ORG" and _counted_title(words)):
            continue  # "an Old Turkic word", "the Twelve Muqam": a language, a work named by a count
        # strip ethnonyms at the edges of places ("Xinjiang Uyghurs")
        while label in ("GPE", "LOC") and words and words[-1].lower() in t.ETHNONYMS:
            words.pop()
        while label in ("GPE", "LOC", "PERSON") and words and words[0].lower() in t.ETHNONYMS:
            words.pop(0)
        if label in ("ORG", "PERSON") and len(words) > 1 and compound_adjective(words[0]):
            # "Nasdaq-listed NVIDIA", "the Corps-owned Tianshan Group": where the body is listed or who owns it, no
            # word of its name (as the rules read a run); a name listed on an exchange is a company's
            label = "ORG" if words.pop(0).endswith("-listed") else label
        if label == "ORG" and len(words) > 1 and words[-1] in HEADLINE_VERBS:
            words.pop()  # "…, UHRP Reveals", "Amnesty Warns": a headline's verb after the body
        name = " ".join(words)
        if not name or all(w.lower() in t.NOT_NAME_WORDS for w in words):
            continue
        kind = SPACY_TYPES.get(label)
        if kind is None:
            continue
        peoples = _peoples_before_a_name(words) if kind == t.ORGANIZATION and not _with_article(text, s, raw) else 0
        if peoples:  # "fellow Uyghur Australian Dilnur Qadirbek": who the person is, then the person's name
            words, kind = words[peoples:], t.PERSON
            name = " ".join(words)
        if kind in (t.PLACE, t.ORGANIZATION) and _uyghur_name_misread(words):
            kind = t.PERSON  # "replacing Shohrat Zakir", "Perhat Halmurat and …": a Uyghur name the model misread
        if kind != t.PLACE and _suburb_shaped(words):
            kind = t.PLACE  # "for Mawson Lakes", "Kings Park": a town or suburb named for its land, no person or body
        if len(words) > 1 and words[-1][:-1] in STREET_HEADS and words[-1].endswith("s"):
            kind = t.PLACE  # "the corner of Jiefang and Renmin Roads": streets, no person and no body
        if kind in (t.PLACE, t.PERSON) and _body_shaped(words):
            kind = t.ORGANIZATION  # "the Ford Foundation and Humanity United": a body read as a place or a person
        by_rule = classify_run(words)
        if kind in (t.ORGANIZATION, t.PUBLIC_BODY) and _no_body_name(text, s, e, name, words, by_rule):
            continue
        if contact_label(text, e, words):
            continue  # "Box 27, 114 79 Stockholm", "Tel. +46 8 555 010 00": an address's or a number's label
        if kind == t.PERSON and _medium_name(words):
            kind = t.ORGANIZATION  # "Nureli Obul (Selkin Website)": a web site the model read as a person
        if by_rule is not None and (kind != t.PERSON or words[-1] in STREET_HEADS):
            kind = by_rule
        if kind == t.PERSON and len(words) > 1 and words[-1] in _NO_SURNAME_ADDRESS_HEADS:
            kind = t.FACILITY  # "Stable Yard", "Carlton Gardens": a street or a building, no person
        if len(words) == 1 and _MONTH_SHORT.fullmatch(name.capitalize()) and _DAY_AFTER.match(text, e):
            continue  # "BEIJING, MAR 25 (PPA) –": a dateline's month in capitals before its day, no name
        trimmed = False
        if kind == t.PERSON:
            if _DASH_JOINED_RE.search(text, max(0, s - 2), s):
                continue  # "Timmins—James Bay": a constituency's or a place's compound name, no person
            if _POSSESSIVE_INSIDE_RE.search(name):
                continue  # "An Insider’s View of …": a headline's noun phrase; no name holds a possessive
            name = before_headline_verb(strip_titles(_without_sentence_adverb(name)))
            parts = name.split()
            stop = next((i for i in range(2, len(parts)) if _no_name_word(parts[i])), len(parts))
            if stop == len(parts) > 2 and _MONTH_SHORT.fullmatch(parts[-1]) and _DAY_AFTER.match(text, e):
                stop -= 1  # "Chris Rickleton Mar 11, 2019": a byline's date, its month shortened
            if stop < len(parts):  # "Amy Hawkins Thu 21 Sep": a date line's weekday after a byline
                name, trimmed = " ".join(parts[:stop]), True
            if not person_name_ok(name):
                continue
        elif kind == t.LAW:
            if re.match(r"(Article|Rule|Section|Paragraph|Chapter)\b", name) or re.search(r"\d", name):
                continue
            if any(w.rstrip(",") in STREET_HEADS for w in words[1:]):
                continue  # "1401 Constitution Avenue, N.W.": a street named after a law, no law
        elif (
            len(words) == 1
            and not (name.isupper() or re.search(r"[A-Z].*[A-Z]", name))
            and kind != t.PLACE
            and (
                kind != t.ORGANIZATION
                or not lone_org_ok(text, s, e, name)
                or (lines and _opens_sentence_case_heading(lines, s, e))
            )
        ):
            continue  # a lone capitalised word is rarely an organisation, unless nothing says otherwise
        if kind == t.PLACE and len(words) == 1 and _cited_source(text, s, e) and not known_place_or_city(name):
            kind = t.ORGANIZATION  # "(Darren Byler, SupChina, 5 Feb 20)": the paper a reference in brackets cites
            # (not "(Geneva, 31 August 2022)": a city the gazetteer knows, where the report came out)
        if kind == t.PLACE:
            if name in CALENDAR_WORDS or _common_heading(text, s, e, name):
                continue  # "in September 2022"; "Pairings" alone on its line, "the pairings" below it
            name = _without_kind_word(name)
            if not re.fullmatch(rf"[{UPPER}][\w'’\-\. ]+", name) or re.search(r"\d", name):
                continue  # a place's name opens with a capital, one with a diacritic too ("Çanakkale", "Łódź")
        if kind == t.ORGANIZATION and re.search(r"\d", name) and not _named_with_number(name):
            continue
        start = s + lead + max(0, raw.strip().find(name.split()[0]))
        if trimmed:
            e = _written_word_end(text, start, e, name.split()[-1])
        # a place the gazetteer knows by this very form is named as the gazetteer names it ("U.S." of "U.S.-China")
        known = t.gazetteer_index().get(t.fold(name)) if kind == t.PLACE else None
        canonical = known.canonical if known is not None and known.type == t.PLACE else ""
        priority = P_STRONG + 1 if joined else P_SPACY
        out.append(Mention(page, start, e, text[start:e], name, kind, priority, canonical=canonical))
    return out


# a reference in brackets, after its author or alone, that cites a source and its date ("(Jane Roe, SupChina, 5 Feb
# 20)", "(Liangma, accessed August 20)", "(China Brief, February 14)"), or the next of a list of them after ";"
_CITED_BEFORE_RE = re.compile(r"[(;][ \t]*(?:[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,3},[ \t]+)?\Z")
_CITED_DATE_AFTER_RE = re.compile(
    rf",[ \t]+(?:accessed[ \t]+)?(?:\d{{1,2}}[ \t]+)?(?:{'|'.join(MONTH_ABBREVIATIONS)})[a-z]*\.?"
    r"[ \t]+\d{1,4}[ \t]*[);]"
)


# the kind of place after its name ("the Xinjiang region"), which an autonomous or a special administrative
# region's formal name keeps ("the Naryn Kyrgyz Autonomous Region", "… Special Administrative Region")
_KIND_WORD_END_RE = re.compile(r"(?<!Autonomous)(?<!Administrative)\s+(?:province|region|prefecture)$", re.I)


def _without_kind_word(name: str) -> str:
    """A place's name without the kind of place after it, but a formal name whole."""
    return _KIND_WORD_END_RE.sub("", name)


def _cited_source(text: str, start: int, end: int) -> bool:
    """A one-word name a reference in brackets cites with a date: a paper or a site, no place."""
    return bool(_CITED_BEFORE_RE.search(text, max(0, start - 60), start) and _CITED_DATE_AFTER_RE.match(text, end))


def _medium_name(words: list[str]) -> bool:
    """A name that ends in a medium's word ("Diyarim Website", "Fairbank Center Blog"): a site's, no person's."""
    return len(words) > 1 and words[-1] in MEDIA_HEADS


def _written_word_end(text: str, start: int, end: int, word: str) -> int:
    """Where a name's last word, cleaned, ends as written between start and end: its apostrophe may be
    typographic ("Mary O’Connell Thu 21 Sep": the name is "Mary O'Connell"); the end itself if not found."""
    hit = re.search(re.escape(word).replace("'", "['’]"), text[start:end])
    return start + hit.end() if hit else end


# a sentence's adverb the model reads into the name after it ("Consequently Chen has been designated"): the
# endings of adverbs made from adjectives, which no given name has
_SENTENCE_ADVERB_RE = re.compile(r"[A-Z][a-z]+(?:al|ent|ant|ous|ive|ed|ing|ate|ib|ab|ful|less|ic|ct)ly")


# a word run on to the word before it by a dash without spaces: a compound's second part ("Regina—Qu'Appelle")
_DASH_JOINED_RE = re.compile(r"\w[—–]\Z")


_POSSESSIVE_INSIDE_RE = re.compile(r"\w['’]s[ \t]+\w")


def before_headline_verb(name: str) -> str:
    """ "Rubio Announces Visa" in "Secretary of State Rubio Announces Visa Restrictions …": a title-case
    headline's verb ends the person's name the model read over it (no name holds "Announces" or "Says")."""
    words = name.split()
    verb = next((i for i, w in enumerate(words) if w in HEADLINE_VERBS), len(words))
    return " ".join(words[:verb])


def _without_sentence_adverb(name: str) -> str:
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and _SENTENCE_ADVERB_RE.fullmatch(words[0]) else name


_GIVEN_NAME_SYLLABLE = re.compile(rf"-{HYPHEN_SYLLABLE}(?![\w\-])")


_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")


def _paragraph_end(lines: str, start: int, end: int) -> int:
    """Where the model's entity at ``start``–``end`` ends within its own paragraph: no entity runs over a paragraph's
    end, so what the model read past a blank line is no part of it."""
    return start + len(_PARAGRAPH_BREAK_RE.split(lines[start:end])[0].rstrip())


def _headline_words(lines: str, start: int, end: int) -> bool:
    """Whether the model's organisation at ``start``–``end`` is capitalised words of a headline in title
    case (a line of five words or more, most of them capitalised, no full stop at its end and no list of
    fields between commas) that end in no
    body's head word, known to no list of bodies and not written in capitals (what the model may read on past the
    headline's paragraph is no part of it, as no entity runs over a paragraph's end)."""
    end = _paragraph_end(lines, start, end)
    name = lines[start:end]
    words = name.split()
    if not words or words[-1] in BODY_HEADS | SCHOOL_HEADS or name.isupper() or "\n" in name:
        return False
    if t.fold(_without_article(name)) in known_bodies.english_forms():
        return False
    return title_case_headline(_line_around(lines, start, end))


_PARTICIPLE_WORD_RE = re.compile(r"[A-Z][a-z]{2,}ed")


def _headline_place_words(lines: str, start: int, end: int) -> bool:
    """Whether the model's place at ``start``–``end`` is capitalised words of a title-case headline that name no
    place the lists know, word by word, end in no kind of place and hold a participle ("Entities Engaged in Forced
    Labor", "by the West Promoted by"): a headline capitalises its verbs too, and no place's name holds one (a
    place alone on such a line, "Weinan, Shaanxi Province", is left to the model)."""
    end = _paragraph_end(lines, start, end)
    name = lines[start:end]
    words = name.split()
    if not words or words[-1] in PLACE_HEADS or name.isupper() or "\n" in name:
        return False
    if not any(_PARTICIPLE_WORD_RE.fullmatch(w) for w in words):
        return False
    if known_place_or_city(name) or any(known_place_or_city(w) for w in words):
        return False
    return title_case_headline(_line_around(lines, start, end))


def title_case_headline(line: str) -> bool:
    """Whether a line is a headline in title case: five words or more, most of them capitalised, no full stop at
    its end and no list of fields between commas."""
    line = line.strip()
    long_words: list[str] = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", line) if len(w) > 3]
    if len(line.split()) < 5 or line.endswith((".", ",", ";")) or line.count(",") >= 2 or not long_words:
        return False  # a list's or a byline's fields ("OKAFOR, Ms Adaeze, Director of …, Amnesty …") are no headline
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised >= 0.8 * len(long_words)


def _word_of_a_capitals_heading(lines: str, start: int, end: int) -> bool:
    """Whether the model's organisation at ``start``–``end`` is one word of a heading written in capitals
    ("KEY FINDINGS", "METHODS AND SOURCES") that is no body's head and no body the lists know."""
    name = lines[start:end]
    line = _line_around(lines, start, end).strip()
    if " " in name or not name.isupper() or len(line.split()) < 2 or not line.isupper():
        return False
    return name.title() not in BODY_HEADS and t.fold(name) not in known_bodies.english_forms()


def _common_noun_acronym(text: str, name: str) -> bool:
    """Whether ``name`` is initials the page defines in brackets after words whose first letters spell it
    and that name no body: words in lower case ("a withhold release order (WRO)", "vocational education and
    training centres (VETCs)") or a document's name ("Withhold Release Order (WRO)", "Entity List (EL)")."""
    if not re.fullmatch(r"[A-Z]{2,6}s?", name):
        return False
    letters = name.rstrip("s").lower()
    words_before = re.compile(rf"(?:[A-Za-z][\w\-]*[ \t]+){{{len(letters)},{len(letters) + 2}}}$")
    for bracket in re.finditer(rf"\([“\"']?{name}[”\"']?\)", text):  # found first: the words before are read only there
        if _compound_common_noun(text, bracket.start(), letters):
            return True  # "polyvinyl chloride (PVC)": a compound word gives two of its letters
        m = words_before.search(text, max(0, bracket.start() - 120), bracket.start())
        if m is None:
            continue
        words = [w for w in m.group(0).split() if w.lower() not in ("and", "of", "the", "for", "on")]
        if not "".join(w[0] for w in words).lower().endswith(letters):
            continue
        named = words[-len(letters) :]
        if all(w.islower() for w in named) or named[-1] in NOT_ORG_HEADS or named[-1].rstrip("s") in NOT_ORG_HEADS:
            return True
    return False


def _letters_spelled(letters: str, words: list[str]) -> bool:
    """Whether ``words`` spell ``letters`` from their first letters in order, a word giving more letters of its
    own after its first ("polyvinyl chloride" spells "pvc", "closed-circuit television" "cctv")."""
    if not words or not letters:
        return not words and not letters
    word, rest = words[0], words[1:]
    if word[0] != letters[0]:
        return False
    taken, inner = 1, word[1:]
    while True:
        if _letters_spelled(letters[taken:], rest):
            return True
        if taken >= len(letters) or letters[taken] not in inner:
            return False
        inner = inner[inner.index(letters[taken]) + 1 :]
        taken += 1


def _compound_common_noun(text: str, bracket: int, letters: str) -> bool:
    """Whether the words in lower case right before a bracket spell ``letters`` with fewer words than letters:
    a common noun made of compound words, which no body is named by ("polyvinyl chloride (PVC)"), a chemical's
    name after the numbers of its positions among them ("1,4-butanediol (BDO)")."""
    before = re.search(r"(?:(?:(?<![\w\-])|(?<=\d-))[a-z][a-z\-]*[ \t]+){1,4}$", text[max(0, bracket - 80) : bracket])
    if before is None:
        return False
    words = before.group(0).split()
    return any(
        _letters_spelled(letters, [w.replace("-", "") for w in words[i:]])
        for i in range(len(words))
        if len(words) - i < len(letters)
    )


# a capitalised word after an initial's full stop: the family name of the person whose initial it is
_FAMILY_NAME_AFTER = re.compile(r"\.[ \t]+[A-Z][a-z]")


def _cut_short(text: str, end: int, words: list[str]) -> bool:
    """Whether words the model read as a body stop short of a name: before its last word, a conjunction a
    title's line ends on ("Forced Labour and" over "Global Supply Chains"), or at a person's middle initial
    ("Laura T" of "Laura T. Murphy")."""
    if len(words) > 1 and words[-1] in ("and", "or", "&"):
        return True
    return (
        len(words) == 2 and re.fullmatch(r"[A-Z]", words[-1]) is not None and bool(_FAMILY_NAME_AFTER.match(text, end))
    )


def _titled_person(name: str) -> bool:
    """Whether words the model read as a body are titles before a person's name of two or three words."""
    name = _without_article(name)
    words, named = name.split(), strip_titles(name).split()
    return (
        len(named) < len(words)
        and 2 <= len(named) <= 3
        and person_name_ok(" ".join(named))
        and classify_run(named) is None
    )


# a post's noun, capitalised, between a body's name and a person's: "Freedom Now Legal Officer Adam Lhedmat"
_POST_NOUN_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)[ \t]+[A-Z]")


def _before_a_post(text: str, start: int, end: int) -> int:
    """Where a body's name ends when the model read the first words of a post into it ("Freedom Now
    Legal" before "Officer Adam Lhedmat", "Amnesty International Press" before "Officer Ben Tran"): at
    the longest well-known body it starts with, else before a last word that ends no body's name."""
    post = _POST_NOUN_AFTER.match(text, end)
    if not post or post.group(1).lower() not in t.ROLE_NOUNS:
        return end
    words = list(re.finditer(r"\S+", text[start:end]))
    for cut in range(len(words), 0, -1):
        if t.fold(text[start : start + words[cut - 1].end()]) in known_bodies.english_forms():
            return start + words[cut - 1].end()
    last = words[-1].group(0)
    if len(words) > 2 and last[:1].isupper() and not last.isupper() and last not in BODY_HEADS | SCHOOL_HEADS:
        return start + words[-2].end()
    return end


def _country_people(name: str) -> bool:
    """A country's people by its plural demonym ("Pakistanis", "Indonesians", "Canadians", "Iranians"), or a
    place's people by its name and "-ers" ("Hong Kongers", "New Zealanders", "Londoners"): the place's name with
    a people's ending, no person, no body and no place."""
    dwellers = re.fullmatch(r"(?P<place>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)ers", name)
    if dwellers and known_place(dwellers.group("place")) and not known_place(name):
        return True
    if " " in name or not re.fullmatch(r"[A-Z][a-z]+(?:i|an)s", name):
        return False
    stem = name[:-1]
    stems = (stem[:-1], stem[:-3], stem[:-3] + "a") if stem.endswith("ian") else (stem[:-1],)
    return any(t.fold(c) in t.country_names() for c in stems)


# a month shortened as a date line writes it, and the day after it ("Mar 11, 2019", "Sept. 4")
_MONTH_SHORT = re.compile(rf"(?:{'|'.join(a for a in MONTH_ABBREVIATIONS if a != 'May')}|Sept)\.?")


_DAY_AFTER = re.compile(r"\.?[ \t]+\d{1,2}(?!\d)")


def _head_before_complement(words: list[str]) -> str:
    """The word before a name's first "for" ("Prize" in "Sakharov Prize for Freedom of Thought"; not
    "of", which a publication's name may hold: "The New York Review of Books")."""
    at = next((i for i, w in enumerate(words) if w == "for"), 0)
    return words[at - 1] if at > 0 else ""


def _before_open_bracket(text: str, start: int, end: int) -> int:
    """Where the model's entity ends when it runs into a bracket it does not close ("Belgian Uyghur
    Association (Belgium" in a list of signatories): before the bracket."""
    bracket = text.find("(", start, end)
    if bracket <= start or ")" in text[bracket:end]:
        return end
    return start + len(text[start:bracket].rstrip())


# a capitalised word opening a sentence right before the words the model took for a name
_SENTENCE_FIRST_WORD_RE = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))([A-Z][a-z]{2,})[ \t]+$")


def _first_given_name_before(text: str, start: int, end: int) -> int:
    """ "… paid for it. Omer Faruk Yilmaz, who runs …": a name of three words opening a sentence, whose
    first word the model left out, is read whole where that word can be a name's (no ordinary sentence
    opener, title, place or people) and the model's two words are a given name and a surname."""
    m = _SENTENCE_FIRST_WORD_RE.search(text, max(0, start - 20), start)
    if m is None or len(text[start:end].split()) != 2:
        return start
    word = m.group(1)
    if word.lower() in STOP_WORDS or word in TITLE_TOKENS or not person_name_ok(f"{word} {text[start:end]}"):
        return start
    return m.start(1)


# an initial and its space right before a name the model read from its second initial ("E. " of "E. M. Halvorsen-Yi")
_INITIAL_BEFORE_RE = re.compile(r"(?<![\w.])[A-Z]\.[ \t]\Z")


# a capital's initial and its full stop right before a name ("P. Okoro"), no other initial or word glued before it
_LONE_INITIAL_BEFORE_RE = re.compile(r"(?<![\w.\-'’])[A-Z]\.[ \t]+\Z")


def _initial_before(text: str, start: int) -> int | None:
    """Where the initial right before the name at ``start`` starts ("P. Okoro": a person's); None if none."""
    m = _LONE_INITIAL_BEFORE_RE.search(text, max(0, start - 4), start)
    return m.start() if m else None


def _first_initial_before(text: str, start: int) -> int:
    """ "E. M. Halvorsen-Yi": a name written with two initials is read from its first where the statistical model
    starts at the second."""
    if not re.match(r"[A-Z]\.", text[start : start + 2]):
        return start
    m = _INITIAL_BEFORE_RE.search(text, max(0, start - 3), start)
    return m.start() if m else start


# a given name's first syllable and its hyphen right before the words the model read ("Sui-" of "Sui-Lee Wee")
_GIVEN_NAME_FIRST_SYLLABLE = re.compile(r"(?<![\w\-'’])(?P<syllable>[A-Z][a-z]{0,5})-\Z")


def _hyphenated_given_name_start(text: str, start: int) -> int:
    """ "Sui-Lee Wee": a given name of two pinyin syllables joined by a hyphen, written before the surname,
    is read whole where the statistical model starts after the hyphen ("Co-" and "Ex-" open no name)."""
    m = _GIVEN_NAME_FIRST_SYLLABLE.search(text, max(0, start - 8), start)
    if m is None or m.group("syllable") in ("Co", "Ex"):
        return start
    return m.start() if re.fullmatch(PINYIN_SYLLABLE, m.group("syllable").lower()) else start


def _hyphenated_given_name_end(text: str, end: int) -> int:
    """ "Au Nok-hin", "Lee Yue-shun": a given name of two syllables joined by a hyphen (Cantonese,
    Korean) is read whole when the statistical model stops at the hyphen."""
    m = _GIVEN_NAME_SYLLABLE.match(text, end)
    return m.end() if m else end


def _named_with_number(name: str) -> bool:
    """A capital and a digit ("G7") or capitals and a short number ("EU27") may name a body; one capital
    and a longer number ("Q87", an oral-evidence question) or a number of three digits or more
    ("XIN0037", a written-evidence file) is a reference."""
    return bool(re.fullmatch(r"[A-Z]{2,}\d{1,2}|[A-Z]\d", name))


# a romanisation's label before a name's spelling in brackets ("pinyin: Qínchéng Jiānyù", "Wade–Giles:")
# (the field runs to its bracket's next ";" or ","; a name inside it, "… Jiànshè Bīngtuán", is a word of the spelling)
_ROMANISATION_BEFORE_RE = re.compile(r"(?:[Pp]inyin|Wade[–\-]Giles|[Jj]yutping|[Rr]omani[sz]ed):[^;,.()\n:]*$")


# a bracket of a name's spellings, opened by a language's name and a colon ("(Uyghur: …", "(Standard Chinese: …",
# "(simplified Chinese: …": the script's word in lower case)
_SPELLINGS_BRACKET_RE = re.compile(r"\((?:[A-Za-z][a-z]+[ \t])?[A-Z][a-z]+:[^()\n]*$")


def _spelling_label(text: str, start: int, end: int) -> bool:
    """Whether the initials at ``start``–``end`` label one more spelling, before a colon, inside a bracket of a
    name's spellings ("Ilham Tohti (Uyghur: …, ULY: Ilham Toxti, UYY: Ilⱨam Tohti; …)": Uyghur's Latin scripts),
    or a script's or a language's name does ("(Simplified Chinese: …; Traditional Chinese: …; pinyin: …)")."""
    return (
        text.startswith(":", end)
        and re.fullmatch(r"[A-Z]{2,5}|(?:[A-Z][a-z]+[ \t])?[A-Z][a-z]+", text[start:end]) is not None
        and _SPELLINGS_BRACKET_RE.search(text, max(0, start - 200), start) is not None
    )


# a standard number's letters, the medium it numbers in brackets, and the number ("ISSN: 0263-4937 (Print)",
# "ISSN (Online): 2753-7048", "ISBN (Print): 978-…", "DOI: 10.1080/…")
_STANDARD_NUMBER_RE = re.compile(
    r"\b(?:e-?ISSN|ISSN|ISBN|DOI|PMID|PMCID)(?:[ \t]*\((?:Print|Online|Electronic|Paperback|Hardback|Ebook|PDF)\))?"
    r"[ \t]*:?[ \t]*(?=\d)"
)


def _standard_number_label(text: str, start: int, end: int) -> bool:
    """Whether ``start``–``end`` lies in a standard number's label, before the number: its letters or the medium
    it numbers ("ISSN (Print): 2753-7056"), which the model reads as a body or a place."""
    return any(
        m.start() <= start and end <= m.end()
        for m in _STANDARD_NUMBER_RE.finditer(text, max(0, start - 20), min(len(text), end + 20))
    )


def _line_around(text: str, start: int, end: int) -> str:
    """The whole line of ``text`` that holds the span ``start``–``end``, as written."""
    line_end = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1 : len(text) if line_end < 0 else line_end]


def _without_article(name: str) -> str:
    """``name`` without a leading "The"/"the" ("The Rt Hon …", "the Telegraph")."""
    return re.sub(r"^(?:The|the)[ \t]+", "", name)


def _common_heading(text: str, start: int, end: int, name: str) -> bool:
    """A word alone on its line that the page also writes in lower case is a section's heading
    ("Pairings" over "The pairings, revised in 2011, include"), not a place the gazetteer knows."""
    if " " in name or t.fold(name) in t.gazetteer_index() or not alone_on_line(text, start, end):
        return False
    return written_lower(text, name)


def _paired_section(text: str, start: int, end: int, name: str) -> bool:
    """Two words joined by "&" between a navigation bar's bars ("World | Opinion | Life & Arts"): a section of
    the site, not a firm."""
    return re.fullmatch(r"[A-Z][a-z]+ & [A-Z][a-z]+", name) is not None and between_bars(text, start, end)


# a section's number in Roman numerals before its full stop or bracket ("VIII. Overall assessment", "IV)")
_SECTION_NUMBER = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})(?=[.)])")


def _section_number(text: str, start: int, end: int) -> bool:
    m = _SECTION_NUMBER.match(text, start)
    return m is not None and m.end() == end


# a table of contents' entry: a section's number, its heading, dot leaders and a page ("4. Brand responses ... 27")
_CONTENTS_ENTRY_RE = re.compile(r"(?P<number>(?:\d{1,2}\.)+[ \t]+)?(?P<heading>.*?)[ \t]*(?:\.{3,}|…+)[ \t]*\d{1,4}")


def _opens_sentence_case_heading(text: str, start: int, end: int) -> bool:
    """The first word of a short line in sentence case without a full stop ("Traceability testing", "Raids on
    consultancies"), or of a contents entry's heading after its number: a section's heading, not a body's name."""
    line_start = text.rfind("\n", 0, start) + 1
    line = _line_around(text, start, end).strip()
    entry = _CONTENTS_ENTRY_RE.fullmatch(line)
    if entry is not None and text[line_start:start].strip() == (entry.group("number") or "").strip():
        line, line_start = entry.group("heading"), start
    words = line.split()
    if text[line_start:start].strip() or not 2 <= len(words) <= 6 or line[-1] in '.!?:;,"”':
        return False
    return all(w[0].islower() for w in words[1:])
