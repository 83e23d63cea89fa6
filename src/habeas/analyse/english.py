"""Mentions in English text: spaCy's entities, corrected and completed by rule layers.

The layers, strongest first: acronyms with their expansions and "also known as" aliases, names
after a title or role, the gazetteer (countries, Xinjiang's divisions), runs of capitalised words
headed by a word that names an institution, an instrument or a facility; then names the case
already knows and names defined earlier in the same document; then spaCy's entities. Overlaps go
to the stronger layer. Ethnonyms and nationality adjectives are never people or places.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from habeas.analyse import known_bodies, uyghur
from habeas.analyse import tables as t
from habeas.analyse.model import Mention
from habeas.names.hanzi_names import segmentations
from habeas.names.scripts import LATIN_EXTENDED_A, LATIN_EXTENDED_ADDITIONAL, LATIN_LOWER, LATIN_UPPER
from habeas.vocab import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, spacy_types

P_NESTED, P_SPACY, P_KNOWN, P_RULE, P_STRONG = 1, 2, 3, 4, 5
# spaCy's entity labels to the types they are read as ("GPE" -> place), from habeas.vocab's table
SPACY_TYPES = spacy_types()
ROLE = "role"  # a post's title: holds its place against fragments, then is dropped

# a capitalised word, with a possessive ("People's") or a plural's possessive before another capitalised
# word ("the Foreign Correspondents' Club"); a capital with a diacritic starts one too ("Ürümqi", "Élysée")
_WORD = rf"[{LATIN_UPPER}][\w\-]*(?:['’][A-Za-z]+|(?<=s)['’](?=[ \t]+[A-Z]))?"
_CONN = r"(?:of|for|on|the|against|in|de|du|des|la|to|&)"
_NUMBERED = r"No\.?[ \t]+\d+"  # "Urumqi No. 3 Detention Center"
# (a run's words are one or two spaces apart: a wider gap or a tab parts a table's cells, "Site      County or
# city", "EN<tab>Official Journal of the European Union<tab>L 99 I/1")
RUN_RE = re.compile(rf"(?<![\w'’\-&]){_WORD}(?: {{1,2}}(?:{_CONN} +)*(?:{_NUMBERED}|{_WORD}))*")
# letters of names written in Latin script, accents included ("António Guterres", "Zoé")
# Latin letters with diacritics, Vietnamese's among them ("Đặng Thị Hoa")
_UP = LATIN_UPPER + LATIN_EXTENDED_A + LATIN_EXTENDED_ADDITIONAL
_LOW = LATIN_LOWER + LATIN_EXTENDED_A + LATIN_EXTENDED_ADDITIONAL
# the second syllable of a hyphenated given name ("Au Nok-hin", "Kim Jong-un"), not a suffix ("-led")
_NOT_SYLLABLE = t.hyphen_adjective_ends("led", "born", "made", "style", "like", "wide", "era", "type", "linked")
_SYLLABLE = rf"(?!(?:{_NOT_SYLLABLE})(?![a-z]))[a-z]{{2,6}}"
# one word of a name: "Rubio", "Al-Hussein", "Nok-hin", "McGovern", "MacDonald", "O'Brien", "Ra'ad" (not "Rubio's")
_NAME_WORD = (
    rf"(?:Mc|Mac|O['’]|D['’])?[{_UP}][{_LOW}]+"
    rf"(?:[-'’](?:[{_UP}][{_LOW}]+|{_SYLLABLE}(?![\w\-]))|['’](?!s\b)[{_LOW}]{{2,}})?(?![\w])"
)
LIST_MARKER_RE = re.compile(
    r"(?m)^[ \t]*(?:[A-Z]{1,2}|\d{1,3}|[ivxlc]{1,5})\.[ \t]+|^[ \t]*[–—\-•\uf0b7·][ \t]*"
    r"|^\d{1,2}(?:\.\d{1,2}){0,2}[ \t]+(?=[A-Z][a-z])"  # "2 Background", "2.1 Reasons" in a contents list
    # not a date's day: "14 May 2021", "14 May, 2021", "3 Sept. 2019", "14 May" alone on its line
    rf"(?!(?:{'|'.join((*MONTH_NAMES, *MONTH_ABBREVIATIONS, 'Sept'))})\.?(?:,?[ \t]+\d{{4}}\b|[ \t]*$))"
)
FOOTNOTE_RE = re.compile(
    r"(?<=[a-z)])\d{1,2}(?=[\s,;.]|$)"  # "camps1 and", "(2019)3"
    r"|(?<=[a-z)\]\"”’][.,;:])\d{1,2}(?=\s|$)"  # "forced labour.1 The"
    r"|(?<=\b(?:1[89]|20)\d\d\.)\d{1,2}(?=\s+[A-Z\n]|[ \t]*\n|\s*$)"  # "on 14 September 2022.2 The", "… 2022.2⏎14."
    r"|(?<=[\w)\]\"”’][.,;:])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}"  # "at the Central Party School.⁵" (not the ² of "km²")
)

PAREN_RE = re.compile(r"\(\s*([A-Z][A-Za-z\-\.]{1,14})\s*\)")
AKA_RE = re.compile(
    r"\)?[ \t]*[,(]?\s*(?:also\s+known\s+as|a\.k\.a\.|aka|formerly\s+known\s+as|better\s+known\s+as|"
    r"hereinafter|also\s+called|also\s+(?:spelled|spelt|written|romani[sz]ed|transliterated))\s+(?:the\s+)?"
    r"[‘'\"“]?(" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,5})"
)

LAW_ANYWHERE = {
    "Convention",
    "Covenant",
    "Declaration",
    "Charter",
    "Statute",
    "Treaty",
    "Protocol",
    "Constitution",
}
LAW_HEADS = LAW_ANYWHERE | {"Law", "Laws", "Act", "Regulations", "Directive", "Ordinance", "Code", "Principles"}
PUBLIC_HEADS = {
    "Parliament",
    "Council",
    "Commission",
    "Congress",
    "Government",
    "Ministry",
    "Court",
    "Courts",  # "West Kowloon Magistrates' Courts", "the Royal Courts of Justice"
    "Office",
    "Bureau",
    "Department",
    "Assembly",
    "Police",
    "Service",
    "Committee",
    "Procuratorate",
    "Senate",
    "Cabinet",
    "Administration",
    "Authority",
    "Tribunal",
    "Embassy",
    "Consulate",
    "Consulate-General",
    "Corps",
    "Army",
    "Secretariat",
    "Directorate",
    "Inspectorate",
    "Legislature",
    "Presidency",
    "Mission",
    "Treasury",
    "Force",  # "Hong Kong Police Force", "Border Force"
    "Judiciary",
}
PUBLIC_FIRST = {
    "House",  # "House of Representatives", "House of Commons", "House of Councillors"
    "Chamber",  # "Chamber of Deputies"
    "Office",
    "Ministry",
    "Department",
    "Bureau",
    "Committee",
    "Subcommittee",  # "Subcommittee on Human Rights"
    "Commission",
    "Council",
    "Court",
    "Government",
    "Parliament",
    "Embassy",
    "Consulate",
    "Secretariat",
    "Directorate",
    "Judiciary",  # "Judiciary of Hong Kong"
}
ORG_HEADS = {
    "Club",
    "Organization",
    "Organisation",
    "Foundation",
    "Party",
    "Platform",
    "Union",
    "Association",
    "Institute",
    "University",
    "Company",
    "Corporation",
    "Group",
    "Network",
    "Society",
    "Federation",
    "Alliance",
    "League",
    "Bank",
    "Fund",
    "Programme",
    "Watch",
    "Movement",
    "Coalition",
    "Collective",  # "the Uyghur Collective": a group of campaigners or artists
    "Academy",
    "College",
    "Agency",
    "Times",
    "Post",
    "News",
    "Today",
    "Journal",
    "Tribune",
    "Herald",
    "Institution",
    "Nations",
    "Centre",
    "Center",
    "Initiative",
    "Project",
    "Trust",
    "Co",
    "Corp",  # "China Energy Investment Corp."
    "Inc",
    "Ltd",
    "Limited",
    # newspapers' last words ("Inner Mongolia Daily", "Hong Kong Gazette", "Tibet Weekly")
    *("Daily", "Gazette", "Weekly", "Chronicle"),
    # the last word of many companies' names ("Hoshine Silicon Industry", "SAIC Motor", "PDD Holdings")
    *("Holdings", "Industry", "Industries", "Technology", "Technologies", "Motor", "Motors", "Electronics"),
    *("Pharmaceuticals", "Enterprises", "Textiles", "Textile", "Apparel", "Media"),
    # publishers ("Penguin Press", "Columbia University Press"); boards ("Executive Board")
    *("Press", "Publishers", "Board"),
    # the last word of companies' names by trade ("High Liner Foods", "East Hope Nonferrous Metals")
    *("Foods", "Fisheries", "Metals", "Mining", "Chemical", "Chemicals", "Steel", "Materials", "Logistics"),
    *("Airlines", "Airways", "Railways", "Garments"),  # "Uzbekistan Railways", "Turkish Airlines"
    "Engineering",  # an engineering company ("China Chengda Engineering", "Linde Engineering")
    "Division",  # a corps' or a company's division ("Fourteenth Division", "Eighth Engineering Division")
    *("Hydro", "Solar", "Electric"),  # "Voith Hydro", "Trina Solar", "General Electric"
    *("Pharma", "Pharmaceutical", "Chemie", "Semiconductor"),  # "Astellas Pharma", "Wacker Chemie"
    *("Partners", "Consulting", "Advisory", "Analytics", "Securities"),  # investment and advisory firms
    "Exchange",  # "Shanghai Stock Exchange"
    "Mothers",  # a group of relatives ("Tiananmen Mothers", "Mothers of the Plaza de Mayo")
}
PUBLISHING_WORDS = {"Publishing", "Printing", "Publishers"}
# a linked file's format, in brackets after a reference's title: "(PDF)", "(DOCX)"
FILE_FORMATS = {"PDF", "HTML", "DOC", "DOCX", "XLS", "XLSX", "PPT", "PPTX", "RTF", "TXT", "CSV", "MP3", "MP4"}
# words for a trade that end companies' names ("Hoshine Silicon Industry") and are what a ministry or bureau is
# of ("Bureau of Industry and Security", "Ministry of Industry and Information Technology")
TRADE_WORDS = {"Industry", "Industries", "Technology", "Technologies", "Electronics", "Media", "Materials", "Mining"}
# heads of names that are events, policies, leaks or prizes, not bodies
NOT_ORG_HEADS = {
    "Campaign",
    "Strategy",
    "Plan",
    "Policy",
    "Dialogue",
    "Partnership",
    "Files",
    "List",  # "the Entity List", "the Unverified List": a list of bodies is no body
    "Cables",
    "Papers",
    "Leaks",
    "Statement",
    "Prize",
    "Award",
    "Day",
    "Week",
    "Summit",
    "Session",
    "Games",
    "Notices",
    # documents named after their author ("OHCHR Assessment", "EU Statement")
    "Assessment",
    "Report",
    "Reports",
    "Resolution",
    "Resolutions",
    "Decision",
    "Opinion",
    "Review",
    "Bulletin",
    "Bulletins",
    "Letter",
    "Communication",
    "Recommendation",
    "Recommendations",
    "Conclusions",
    "Guidelines",
    "Telegram",
    "Manual",
    "Release",  # "For Immediate Release", "Press Release": a press release's heading
    "Order",  # "the Withhold Release Order", "Executive Order": an order, the body that issued it aside
    "Orders",
}
# words that start a body's name when what it is for follows ("Institute for ...", "Society of ...")
ORG_FIRST = {
    *("Center", "Centre", "Institute", "Society", "Foundation", "Association", "Alliance", "Coalition"),
    *("League", "Federation", "Fund", "Network", "Academy", "College", "University", "Bank", "Agency"),
    *("Organization", "Organisation", "Council", "Forum", "Trust", "Initiative", "Project", "Group", "School", "Club"),
    "Division",  # "Fourteenth Division of the XPCC": a corps' division, named with the body it belongs to
    "Journal",  # "Journal of the European Association for Chinese Studies": a journal, named with what it is of
}
# a street is where things happen, no person's name and no place the analysis lists ("Jiefang Road")
STREET_HEADS = {"Road", "Street", "Avenue", "Boulevard"}
# a house of worship is a building ("the Id Kah Mosque"), no body and no place
WORSHIP_HEADS = {"Mosque", "Mosques", "Temple", "Monastery", "Church", "Cathedral", "Shrine", "Mazar"}
FACILITY_HEADS = {"Camp", "Camps", "Prison", "Jail", "Facility", "Gaol", "Building"} | STREET_HEADS | WORSHIP_HEADS
PLACE_HEADS = {"Province", "Region", "Prefecture", "County", "City", "District", "Township", "Village", "Banner"} | {
    "Pass",  # a mountain pass and its border crossing ("the Khunjerab Pass")
    "Town",  # "Qaraqash Town": a town, even one that shares its county's name
    # a land's features, named as places ("the Taklamakan Desert", "the Kunlun Mountains"); no surname ends so
    *("Mountains", "Desert", "Basin", "Plateau"),
}
# a place smaller than a county: "Qaraqash Town" is its own place, not the county the gazetteer knows as Qaraqash
SMALL_PLACE_HEADS = {"Town", "Township", "Village"}
# "the Chinese Government", "Government of the People's Republic of China", "the Federal Government":
# a state's executive described by its country, not named. As in OntoNotes, the country is the name
# (a place mention) and the nationality adjective is no entity; the phrase is no organisation, since
# one string would stand for a different body in every document ("Federal Government").
STATE_HEADS = {"Government", "Governments", "Authorities"}
STATE_LEVELS = {
    "federal",
    "national",
    "central",
    "state",
    "provincial",
    "regional",
    "local",
    "municipal",
    "county",
    "city",
    "royal",
    "imperial",
    "interim",
    "transitional",
    "military",
    "autonomous",
    "region",
    "people's",
    "the",
    "and",
    "of",
}
# verbs that open a clause only before what follows them in lower case ("Writing in the …"); before a
# capitalised word they are a name's own ("the Writing Center of …", "the Speaking Truth Foundation")
VERBAL_STARTERS = {"Writing", "Speaking", "Commenting", "Testifying"}
CLAUSE_STARTERS = {
    "Whereas",
    "Having",
    "Calls",
    "Urges",
    "Notes",
    "Recalls",
    "Stresses",
    "Expresses",
    "Welcomes",
    "Regrets",
    "Condemns",
    "Instructs",
    "Reiterates",
    "Underlines",
    "Considers",
    "Believes",
    "Asks",
    "Requests",
    "Demands",
    "Encourages",
    "Emphasises",
    "Emphasizes",
    "Deplores",
    "Insists",
    "Points",
    "Takes",
    "Highlights",
    "Also",
    "However",
    "Moreover",
    "Further",
    "The",
    "A",
    "An",
    "In",
    "On",
    "As",
    "At",
    "By",
    "And",
    "Or",
    "Of",
    "For",
    "To",
    "Background",
    "Appropriate",
    "Pressure",
    "Thus",
    "Therefore",
    "Meanwhile",
    # adverbs of time or of addition that open a sentence before a comma ("Earlier, the committee appealed")
    *("Earlier", "Later", "Previously", "Subsequently", "Separately", "Additionally", "Afterwards"),
    "This",
    "That",
    "These",
    "Those",
    "According",
    # a clause opened by a verb of writing or speaking ("Writing in the South China Morning Post, …")
    *VERBAL_STARTERS,
    "After",
    "Before",
    "During",
    "Since",
    "While",
    "When",
    "Although",
    "If",
    "Furthermore",
    "Both",
    "Such",
    "Mass",
    "Its",
    "Their",
    "His",
    "Her",
    "Our",
    "Many",
    "Some",
    "All",
    "Every",
    "Each",
    "Dear",
    "Press",
    "Strongly",
    "Firmly",
    "Reaffirms",
    "Acknowledges",
    "Invites",
    "Supports",
    "Condemn",
    "Express",
    "Call",
    "Urge",
    "Note",
    "Recall",
    "Welcome",
    "Regret",
    "Instruct",
    "Reiterate",
}
TITLE_TOKENS = {x.split()[-1] for x in t.TITLE_WORDS} - {
    "State",  # "Secretary of State" is a title; "Department of State" a body
    "Justice",
    "Head",
    "Lady",
    "Lord",
    "Sir",
    "Dame",
    "Chair",
    "Delegate",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Miss",
}
MEMBERS_OF = {
    "Member",
    "Members",
    "Staff",
    "Officials",
    "Officers",
    "Representatives",
    "Delegates",
    "Employees",
    "Leaders",
}
KEYWORD_WORDS = {w.lower() for w in LAW_HEADS | PUBLIC_HEADS | ORG_HEADS | FACILITY_HEADS | PLACE_HEADS}
# a head word that is also a common surname: a person's last name after a given name where the words
# around say it is a person ("Activist Nathan Law", "Peter Law said"; english_context.surname_heads)
SURNAME_HEADS = {"Law"}

_LEGAL_FORMS = r"Co|Ltd|Inc|LLC|plc|PLC|GmbH|AG|Corp|Limited"
CORPORATE_RE = re.compile(rf"(?:\.?,?[ \t]*(?:S\.A|{_LEGAL_FORMS})\b\.?)+")


def without_legal_form(name: str) -> str:
    """A company's name without its legal form: "Huawei Technologies Co., Ltd." is Huawei Technologies."""
    bare = re.sub(CORPORATE_RE.pattern + "$", "", name.rstrip()).strip(" ,")
    return bare if len(bare.split()) >= 1 and bare != name else ""


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


# a company's name with its seat or group form in brackets before the rest: "SAIC-Volkswagen (Xinjiang)
# Automotive Co.", "Zhongtai (Group) Co., Ltd."
_BRACKETED_SEAT_BEFORE = re.compile(
    r"(?<![\w\-&])(?P<name>[A-Z][\w&\-]*(?:[ \t]+[A-Z][\w&\-]*){0,3})[ \t]*\((?P<seat>[A-Z][\w\-]*)\)[ \t]+\Z"
)


def _bracketed_seat_start(text: str, start: int, lines: str) -> int:
    """Where a company's name starts when its seat (a place the gazetteer knows) or "Group" stands in
    brackets inside it ("SAIC-Volkswagen (Xinjiang) Automotive Co."): at the capitalised words before the
    brackets, on the same line of ``lines`` (the page with its line breaks; a list's "Front Line Defenders
    (Ireland)" is one item, the next line another)."""
    m = _BRACKETED_SEAT_BEFORE.search(text, max(0, start - 80), start)
    if m is None or "\n" in lines[m.start() : start]:
        return start
    seat = m.group("seat")
    return m.start("name") if seat == "Group" or known_place(seat) else start


def _bracket_opened_start(text: str, start: int, end: int, lines: str) -> int:
    """Where a name that closes a bracket it does not open starts ("Aksu) Co. Ltd" in "Huafu Fashion (Aksu)
    Co. Ltd"): at the company's name before its seat in brackets; else after the bracket."""
    close = text.find(")", start, end)
    if close < 0 or "(" in text[start:close]:
        return start
    after = close + 1
    while after < end and text[after] in " \t":
        after += 1
    seat_start = _bracketed_seat_start(text, after, lines)
    return seat_start if seat_start < after else after


_PLACE_WORD_BEFORE = re.compile(r"(?<![\w\-&])(?P<place>[A-Z][\w\-]+)[ \t]\Z")


def _seat_word_start(text: str, start: int, end: int) -> int:
    """Where a company's name starts when the place it is registered in opens it ("Xinjiang Zhongtai (Group)
    Co., Ltd.", read from "Zhongtai"): at that place, when the name ends in a legal form."""
    if not CORPORATE_END_RE.search(text, max(0, end - 9), end):
        return start
    m = _PLACE_WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.start("place") if m and known_place(m.group("place")) else start


def corporate_end(text: str, end: int) -> int:
    """Where a company's name ends, over its legal form ("Huawei Technologies Co., Ltd.")."""
    m = CORPORATE_RE.match(text, end)
    return m.end() if m else end


GENERIC_FACILITY_RE = re.compile(
    r"\b(?:(?:political\s+)?re-?education\s+(?:camps?|facilit(?:y|ies)|centres?|centers?|schools?)"
    r"|(?:internment|concentration|detention|labou?r|transformation-through-education|education|prison-like)"
    r"\s+(?:camps?|centres?|centers?|facilit(?:y|ies))"
    r"|detentions?\s+(?:centres?|centers?)"
    r"|vocational\s+(?:skills\s+)?(?:education\s+and\s+)?(?:training|education)\s+(?:centres?|centers?|schools?)"
    r"|(?<![\w-])prisons?(?![\w-])|(?<![\w-])jails?(?![\w-]))",
    re.IGNORECASE,
)


def _glued_label_ends(fields: list[re.Match[str]]) -> set[int]:
    """Where the labels of an infobox's fields end that a copy ran into their values: digits there
    ("Injuries1,721") are the field's value, no footnote marker."""
    return {f.end("label") for f in fields if f.group("glued") is not None}


def prepare(text: str, fields: list[re.Match[str]] | None = None) -> str:
    """The text spaCy and the rules read: same length, single line breaks, list markers and footnote
    numbers blanked, so offsets still point into the stored text. ``fields``: the page's infobox fields,
    where the caller has found them already (``infobox_fields``)."""
    chars = list(text)
    for m in LIST_MARKER_RE.finditer(text):
        for i in range(m.start(), m.end()):
            if chars[i] not in "\n":
                chars[i] = " "
    markers = list(FOOTNOTE_RE.finditer(text))
    # digits after a capitalised word are a name's ("Cure53") where the page marks its footnotes in
    # brackets ("[5]"), or never after a word in lower case ("camps1 and")
    names_take_digits = len(re.findall(r"\[\d{1,3}\]", text)) >= 2 or not any(
        re.search(r"(?<![\w'’-])[a-z][\w'’-]*$", text[max(0, m.start() - 30) : m.start()]) for m in markers
    )
    fields = infobox_fields(text) if fields is None else fields
    values_at = _glued_label_ends(fields)
    for m in markers:
        if _digits_of_a_name(text, m, names_take_digits) or m.start() in values_at:
            continue
        for i in range(m.start(), m.end()):
            chars[i] = " "
    for m in fields:  # a label run into its value is no part of the value's name
        if _SPELLING_LABEL_RE.fullmatch(m.group("label")):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())  # the subject spelled again names no one
        elif m.group("glued") is not None:
            chars[m.start("label") : m.end("label")] = " " * (m.end("label") - m.start("label"))
    out = "".join(chars)
    lengths = sorted(len(line.strip()) for line in out.split("\n") if line.strip())
    if not _wrapped(lengths):
        return out  # a page whose paragraphs are lines of their own: every line break ends something
    # single line breaks inside a paragraph become spaces; blank lines stay, and so does the break before
    # a list's item ("References\n1. Amnesty International (2021)": a heading is no part of a name) and
    # after a line much shorter than the page's lines that no punctuation ends: a heading or a list
    # item ("See also\n Uyghur Tribunal\n Transnational repression"), not a wrapped line
    items = {m.start() - 1 for m in LIST_MARKER_RE.finditer(text) if text[m.start() - 1 : m.start()] == "\n"}
    # nor is a line of items between bars (a navigation bar, a table's row) joined to its neighbours, nor a
    # transcript's witness listed surname first ("LINDQVIST, Dr Maja, Head of Research, …")
    # (and a table's row laid out with spaces: "North Camp    Lopnur County    900")
    rows = (*_BARRED_LINE_RE.finditer(text), *_SPACED_LINE_RE.finditer(text), *INVERTED_NAME_LINE_RE.finditer(text))
    rows = (*rows, *_TIMELINE_LINE_RE.finditer(text))  # a timeline's entry ("April 2017: …", "2014 – …")
    for m in rows:
        items |= {m.start() - 1, m.end()}
    # nor is an infobox's field ("Preceded by Shohrat Zakir", "Alma mater …"), a label and its value
    for m in [*INFOBOX_FIELD_RE.finditer(text), *fields]:
        items |= {m.start() - 1, m.end()}
    short = _short_line_length(lengths)
    return re.sub(
        r"(?<!\n)\n(?!\n)",
        lambda m: "\n" if m.start() in items or _line_ends_short(out, m.start(), short) else " ",
        out,
    )


# the labels whose field's value is a person or people ("Preceded by Shohrat Zakir", "Spouse Jane Doe (m. 1990)"):
# a person's infobox's, then an office holder's, a body's or a scholar's
_PERSON_LABELS = (
    "Preceded by|Succeeded by|Predecessor|Successor|Spouses?|Spouse\\(s\\)|Partner|Children|Parents|Relatives"
)
_HOLDER_LABELS = (
    "Deputy|Governor|Leader|General secretary|Premier|President|Vice President|Chairman|Chairwoman|Founders?|"
    "Key people|Commanders?|Notable commanders|Doctoral advisors?|Doctoral students|Other academic advisors|"
    "Notable students"
)
# the labels of an encyclopaedia's infobox, each opening a line of its own with the field's value after it
INFOBOX_LABELS = (
    _PERSON_LABELS + "|Born|Died|Resting place|Personal details|Political party|Other political affiliations|"
    "Alma mater|Education|Occupation|Profession|Nationality|Citizenship|Residence|Assumed office|In office|"
    "Incumbent|Known for|Awards|Signature|Website|Allegiance|Branch|Rank|Years of service|Constituency|Majority"
)
INFOBOX_FIELD_RE = re.compile(
    rf"(?m)^[ \t]*(?P<label>{INFOBOX_LABELS})(?![ \t]+(?:in|on|at|to|into|the|a|an|was|is|has|of|and)\b)"
    r"(?:[ \t][^\n]{0,80})?$"
)
# the labels of a name box's spellings of the page's subject in other scripts and romanisations, whose values
# name no one ("Simplified Chinese和田地区", "Gwoyeu RomatzyhHertyan Dihchiu", "Latin YëziqiXoten Wilayiti")
_SPELLING_LABELS = (
    "Simplified Chinese|Traditional Chinese|Hanyu Pinyin|Bopomofo|Gwoyeu Romatzyh|Wade[–-]Giles|Tongyong Pinyin|"
    "Yale Romanization|Jyutping|Hokkien POJ|Romanization|Latin Yëziqi|Yengi Yezi\\S|Siril Yëziqi|SASM/GNC"
)
_SPELLING_LABEL_RE = re.compile(_SPELLING_LABELS)
# more labels, of an office holder's, a body's or an event's infobox ("Deputy", "Headquarters", "Target")
_MORE_LABELS = (
    _HOLDER_LABELS + "|Monarch|Branch/service|Military service|Other names|Operated by|Built by|Founded|"
    "Headquarters|Location|Type|Target|Participants|Perpetrators?|Country|Parent|Owner|Industry|Jurisdiction|"
    "Formed|Nickname\\(s\\)|Size|Active|Institutions|Discipline|Sub-discipline|Thesis|Main interests|"
    "Notable works|Fields|Influences|Influenced|Formation|Purpose|Dissolved|Region served|Membership|"
    "Official languages?|Main organ|Parent organi[sz]ation|Affiliations|Budget|Staff|Motto|Legal status|Methods|"
    "Services|Area served|Products|Employees|Number of employees|Traded as|Predecessors?|Successors?|"
    "Literal meaning|Operational|Opened|Closed|Status|Capacity|Number of inmates|Inmates|Managed by|"
    "Security class|Province|Prefecture|Autonomous region|County seat|Seat|Population|Area|Elevation|Time zone|"
    # a leak's, a document's or an event's ("Published byDeutsche Welle", "LocationKarakax County", "Date")
    "Published by|Published|Native name|Also known as|Date|Dates|Cause|Outcome|Deaths|Injuries|Arrests|"
    "Duration|Motive|Publisher|Released|Leaked by|Convicted|Charges|Verdict|Death\\(s\\)|Arrested|Charged|Caused by|"
    "Lead figures|Part of|Region|ISO 3166 code|"
    # the name box of a page on a Chinese or Uyghur subject: the scripts and romanisations of the name
    # ("Simplified Chinese和田地区", "Gwoyeu RomatzyhHertyan Dihchiu", "Latin YëziqiXoten Wilayiti")
    "Chinese name|Alternative Chinese name|Uyghur name|Official name|Standard Mandarin|Transcriptions|"
    + _SPELLING_LABELS
)
# a field of an infobox: its label, then its value after a space or, where a page copied from the web
# runs them together, none ("Preceded byZhang Chunxian", "Alma materTsinghua University", a value in Chinese,
# Cyrillic or Arabic script too: "Simplified Chinese和田地区")
_FIELD_RE = re.compile(
    rf"(?m)^[ \t]*(?P<label>{INFOBOX_LABELS}|{_MORE_LABELS})"
    r"(?:(?P<glued>(?=[A-Z0-9(\u0400-\u04ff\u0600-\u06ff\u3400-\u9fff]|https?:|www\.))"
    r"|[ \t]+(?!(?:in|on|at|to|into|the|a|an|was|is|has|of|and|for)\b)(?=\S))"
    r"[^\n]{1,80}$"
)


# a field as a mirror lists it, the label in title case before a colon ("- Key People: Dolkun Isa, …",
# "Leader Name: …"); the label is no part of the value, which is spaced from it (no "glued" group)
_COLON_FIELD_RE = re.compile(
    rf"(?m)^[ \t]*(?:[-•*·][ \t]+)?(?P<label>(?i:{INFOBOX_LABELS}|{_MORE_LABELS}|Leader name|Leader title))"
    r"(?P<glued>(?!))?[ \t]*:[ \t]+(?=\S)[^\n]{1,240}$"
)


def infobox_fields(text: str) -> list[re.Match[str]]:
    """The fields of the page's infobox, where it has one: three or more lines that are a label and
    its value (a line of prose may open with a label's word, "TypeScript", "Leader of the House")."""
    found = sorted([*_FIELD_RE.finditer(text), *_COLON_FIELD_RE.finditer(text)], key=lambda m: m.start())
    return found if len(found) >= 3 else []


# the fields whose value is a person or people, as a mirror's title case writes them too ("Leader Name", "Key People")
_INFOBOX_PEOPLE_RE = re.compile(
    rf"(?m)^[ \t]*(?:[-•*·][ \t]+)?(?:Leader [Nn]ame|Key People|{_PERSON_LABELS}|{_HOLDER_LABELS})"
    r"(?:[ \t]*:[ \t]*|[ \t]+|(?=[A-Z]))(?P<value>[^\n]+?)[ \t]*$"
)

_LINE_END_PUNCTUATION = ".,;:!?)]\"'’”-–—"
# an entry of a timeline: a line that opens with a date, a year at least, then a colon or a dash
_TIMELINE_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?:\d{{1,2}}[ \t]+)?(?:(?:{'|'.join(MONTH_NAMES)})[ \t]+)?(?:1[89]|20)\d\d"
    r"[ \t]*(?::|[ \t][–—-])[ \t][^\n]*$"
)
_BARRED_LINE_RE = re.compile(r"(?m)^[^\n]*[ \t]\|[ \t][^\n]*$")
_SPACED_LINE_RE = re.compile(r"(?m)^[^\n]*\S(?: {3,}|\t)\S[^\n]*$")
# a transcript's forms of address before a name (Hansard, committee hearings)
ADDRESS = r"(?:Mr|Ms|Mrs|Miss|Dr|Professor|Prof|Senator|Sir|Dame|Lord|Baroness|Rev|Hon)\.?"
CAPS_SURNAME = r"[A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'\-]+)?"
# a line that opens with a surname in capitals and the form of address after a comma ("LINDQVIST, Dr Maja, …")
INVERTED_NAME_LINE_RE = re.compile(rf"(?m)^[ \t]*{CAPS_SURNAME},[ \t]+{ADDRESS}[ \t]+[A-Z][^\n]*$")


def _wrapped(lengths: list[int]) -> bool:
    """Whether the page's paragraphs are wrapped over lines (a PDF's or an e-mail's text), from its
    lines' lengths, sorted: at least a third of its lines, and three, reach three quarters of its longer
    lines' length. A page copied from the web, one line a paragraph between headings, captions and an
    infobox's fields, is not."""
    if len(lengths) < 5:
        return True
    width = lengths[len(lengths) * 19 // 20]
    full = sum(1 for n in lengths if n >= 0.75 * width)
    return full >= 3 and full * 3 >= len(lengths)


def _short_line_length(lengths: list[int]) -> int:
    """Under this many characters, a line with no closing punctuation is a heading or an item: half
    the width the page's paragraphs wrap at, read as the length of its longer lines (the ninth
    decile, so a page of one-line paragraphs and many short lines, such as an encyclopaedia's
    infobox, joins none of them); 0 where the page has too few lines to tell. ``lengths``: the page's
    lines' lengths, sorted."""
    return lengths[len(lengths) * 9 // 10] // 2 if len(lengths) >= 5 else 0


def _line_ends_short(text: str, pos: int, short: int) -> bool:
    """Whether the line ending at ``pos`` is short, ends in no punctuation, and the next starts a name."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos].strip()
    return (
        0 < len(line) < short
        and line[-1] not in _LINE_END_PUNCTUATION
        and bool(re.match(r"[ \t]*[A-Z0-9]", text[pos + 1 : pos + 4]))
    )


def _digits_of_a_name(text: str, m: re.Match[str], names_take_digits: bool) -> bool:
    """ "Cure53": digits after a capitalised word are part of its name when the page's footnote
    markers are never glued to its words in lower case or it writes the same word with the same
    digits again."""
    if not text[m.start() - 1 : m.start()].isalpha():
        return False
    word = re.search(r"[A-Z][A-Za-z]*$", text[max(0, m.start() - 30) : m.start()])
    if word is None:
        return False
    token = word.group(0) + m.group(0)
    return names_take_digits or len(re.findall(rf"(?<![\w]){re.escape(token)}(?![\w])", text)) >= 2


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            chars[i] = " "
    return "".join(chars)


def sentence_spans(text: str, spacy_sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """spaCy's sentences, further cut at semicolons, at the start of numbered or lettered paragraphs and
    at every line break ``prepare`` left (it joins wrapped lines, so a break left ends a paragraph, a
    heading, a byline or a date line: "… religion."\nCourt documents show …")."""
    cuts = set()
    for m in re.finditer(r";\s+", text):
        cuts.add(m.end())
    for m in LIST_MARKER_RE.finditer(text):
        cuts.add(m.start())
    for m in re.finditer(r"\n\s*", text):
        cuts.add(m.end())
    out: list[tuple[int, int]] = []
    for s, e in spacy_sents or [(0, len(text))]:
        s, e = max(0, s), min(e, len(text))
        points = [s, *sorted(c for c in cuts if s < c < e), e]
        for a, b in itertools.pairwise(points):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
    return _markers_to_previous(text, out)


# a footnote marker, or what the model left of one, at a sentence's start: "[19]", "19]", "[note 1]", "["
_MARKER_START_RE = re.compile(r"(?:\[?(?:note[ \t]+)?\d{0,3}\][ \t]*|\[[ \t]*$)+")


def _markers_to_previous(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Footnote markers the model set at the start of the next sentence ("… genocide. [" then "19] Some 40
    countries …") go back to the sentence they mark, on the same line; a sentence of markers alone joins
    the one before, and so does the rest of a sentence the model cut after a marker ("The camps, [note 1]"
    then "officially called …")."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        same_line = bool(out) and "\n" not in text[out[-1][1] : a]
        marker = _MARKER_START_RE.match(text, a, b)
        if marker and same_line and marker.end() > a:
            last = marker.end()
            while last > a and text[last - 1].isspace():
                last -= 1
            out[-1] = (out[-1][0], last)
            a = marker.end()
            while a < b and text[a].isspace():
                a += 1
        if b <= a:
            continue
        if same_line and text[a].islower() and text[out[-1][1] - 1] == "]":
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# -- acronyms ---------------------------------------------------------------------


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
    return form


# a body's head and its link right before the words its initials spell: "the Subcommittee on" + "Security and
# Defence (SEDE)"
_HEAD_BEFORE_RE = re.compile(rf"(?<![\w\-])(?P<head>{_WORD}(?:[ \t]+{_WORD})?)[ \t]+(?:on|for|of)[ \t]+$")


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
    while words and (words[0] in CLAUSE_STARTERS or words[0] == "The"):
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


def initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w and w[0].isupper())


# -- classification ---------------------------------------------------------------


def classify_run(words: list[str]) -> str | None:
    """The type a capitalised run names, from its head and keywords; None when it says nothing."""
    if len(words) > 3 and words[-2] == "at" and words[-3] == "Office":
        words = words[:-2]  # "United Nations Office at Geneva": the office, named with its seat
    if words[-2:] == ["in", "Exile"] or words[-1].endswith("-in-Exile"):  # "Government in Exile"
        words = words[:-2] if words[-1] == "Exile" else [*words[:-1], words[-1].removesuffix("-in-Exile")]
    if len(words) < 2:
        return None
    head = "Consulate-General" if words[-2:] == ["Consulate", "General"] else words[-1]  # a consulate's rank
    caps = [w for w in words if w[:1].isupper()]
    if head in GROUP_HEADS and not _group_qualified(words[:-1], head):
        return None  # "Hong Kong Courts", "Tibetan Mothers", "Several Mothers": the courts or mothers there
    if _school_of(words):
        return t.ORGANIZATION  # "China University of Political Science and Law": a school of law, no law
    if head in LAW_HEADS or any(w in LAW_ANYWHERE for w in caps):
        return _body_for_the_law(words) or t.LAW
    if words[0] in LAW_HEADS and words[1] in ("of", "on"):
        return t.LAW  # "Law of the People's Republic of China on Counter-Terrorism", "Regulations on ..."
    if head in FACILITY_HEADS or (
        head in {"Centre", "Center"} and any(w in {"Detention", "Training", "Education", "Internment"} for w in words)
    ):
        return t.FACILITY
    if head in PUBLIC_HEADS or (words[0] in PUBLIC_FIRST and len(words) > 2 and words[1] in ("of", "for", "on")):
        return t.PUBLIC_BODY
    if head in ORG_HEADS or (head == "House" and words[-2] in PUBLISHING_WORDS) or head == "International":
        return t.ORGANIZATION  # "Kashgar Uyghur Publishing House"; "PEN International", at the end only
    if head in PLACE_HEADS or words[0] == "Greater":
        # "Public Security Bureau of Kashgar Prefecture", "Intermediate People's Court of Hotan County": a
        # body named of a prefecture, county or city (a region's or a province's government, named in an
        # official's title, is left to the layers that read titles); "Greater Toronto Area", "Greater
        # Manchester": a city with its surroundings
        body = _named_with_complement(words) if head not in ("Region", "Province") or _portfolio_of(words) else None
        if body is None and _body_before_of(" ".join(words)):
            return t.PUBLIC_BODY  # "Standing Committee of the Party Committee of the Uyghur Region"
        return body or t.PLACE
    return _named_with_complement(words)


def _portfolio_of(words: list[str]) -> bool:
    """ "Political and Legal Affairs Committee of the Xinjiang Uyghur Autonomous Region": a body with a
    portfolio of its own, named of a region or a province (its government is left to the titles' layers)."""
    of = words.index("of") if "of" in words else 0
    return of > 1 and words[of - 1] in PUBLIC_HEADS - STATE_HEADS and words[of - 2] != "People's"


SCHOOL_HEADS = {"University", "College", "School", "Academy", "Institute"}
# plural heads that name one body only after what kind it is or whose it is ("West Kowloon Magistrates'
# Courts", "the Law Courts", "Tiananmen Mothers"), never after a country, a place or a people alone, nor after
# a word for how many
GROUP_HEADS = {"Courts", "Mothers"}
QUANTIFIERS = {"Several", "Many", "Some", "Most", "Few", "Various", "Numerous", "All"}


def _group_qualified(before: list[str], head: str) -> bool:
    """Whether the words before a plural head say which body it is: no place's or people's name alone and no
    count; courts also name their kind or owner ("Magistrates'", "Magistrates", "Law", "District")."""
    if not before or before[0] in QUANTIFIERS or national_phrase(before):
        return False
    return head != "Courts" or before[-1].endswith(("'", "’", "s")) or before[-1].lower() in KEYWORD_WORDS


def _school_of(words: list[str]) -> bool:
    """A school named with what it teaches ("University of Political Science and Law", "School of Law"),
    before any word of a treaty's name."""
    for i, w in enumerate(words[:-1]):
        if w in LAW_ANYWHERE:
            return False
        if w in SCHOOL_HEADS and words[i + 1] in ("of", "for"):
            return True
    return False


def _body_for_the_law(words: list[str]) -> str | None:
    """A body named for what it works for, whose name ends in a law's word: "International Bureau for
    Human Rights and Rule of Law", "Bingham Centre for the Rule of Law"; never a law named of a body
    ("Convention of the Council of Europe on ...", "Law of the People's Republic of China on ...")."""
    for i, w in enumerate(words[:-2]):
        if w in LAW_ANYWHERE or w in LAW_HEADS:
            return None
        if words[i + 1] in ("of", "for", "on") and w in PUBLIC_FIRST | ORG_FIRST:
            return _named_with_complement(words)
    return None


MAX_NAME_WORDS = 12  # "Xinjiang Uyghur Autonomous Region Public Security Department" is eight


_COURT_HEADS = {"Tribunal", "Court"}


def _named_with_complement(words: list[str]) -> str | None:
    """ "Center for Global Policy", "Society for Social Science Research", "United States Department of
    the Treasury": a body's word followed by what it is for or of, the body's type whatever the last word."""
    if len(words) > MAX_NAME_WORDS:
        return None  # no body's name is that long: a run of capitalised words, not a name
    for i, w in enumerate(words[:-2]):
        if words[i + 1] not in ("of", "for", "on") or any(x in CALENDAR_WORDS for x in words[i + 2 :]):
            continue
        prefix = _subjects_of(words[:i], words[i + 2 :])
        qualified = i == 0 or national_phrase(prefix) or _body_prefix(prefix)
        qualified = qualified or (i > 1 and _national_word(words[0]) and _body_prefix(words[1:i]))  # "US House Select"
        if w in PUBLIC_FIRST | {"Assembly"} and qualified and (words[i + 1] != "on" or i > 0):
            return t.PUBLIC_BODY  # "Congressional-Executive Commission on China"
        if w in _COURT_HEADS and i > 0 and all(x[:1].isupper() and x not in CLAUSE_STARTERS for x in words[:i]):
            return t.PUBLIC_BODY  # "International Criminal Tribunal for the Former Yugoslavia": a court for a place
        if w in ORG_FIRST and all(x[:1].isupper() for x in words[:i]):
            return t.ORGANIZATION
    return None


def _subjects_of(prefix: list[str], complement: list[str]) -> list[str]:
    """The words that qualify a body before its complement, two subjects joined by "and" read as one
    ("Political and Legal Affairs Commission of Xinjiang", joined as one run before); not where the
    complement is a body the list knows ("Business and Trade Committee of the House of Commons": two
    bodies)."""
    if "and" not in prefix[1:-1]:
        return prefix
    owner = " ".join(w for w in complement if w != "the")
    return prefix if t.fold(owner) in known_bodies.english_forms() else [w for w in prefix if w != "and"]


def _body_prefix(words: list[str]) -> bool:
    """ "Parliamentary Assembly", "Congressional-Executive Commission": capitalised words that qualify a
    body, none of them a title ("Deputy", "Special") or a place, two of them maybe joined by "and" ("Political
    and Legal Affairs Committee of ..."); or a body of the house it belongs to ("House of Commons Standing
    Committee on ...": "of" inside the house's name)."""
    index = t.gazetteer_index()
    if words[0] in HOUSE_WORDS and "of" in words[1:-1]:
        words = [w for w in words if w != "of"]
    words = [w for i, w in enumerate(words) if not (w in ("and", "&") and 0 < i < len(words) - 1)]
    return bool(words) and all(
        w[:1].isupper()
        and w not in TITLE_TOKENS
        and w not in CLAUSE_STARTERS
        and t.fold(w) not in index
        and w not in ("Vice", "Deputy", "High", "Special", "Chief", "Acting")
        for w in words
    )


# the first word of a house a committee belongs to: "House of Commons", "Chamber of Deputies"
HOUSE_WORDS = {"House", "Chamber", "Council", "Senate", "Assembly"}


def _national_word(word: str) -> bool:
    """A country's name or common name, its adjective ("Chinese", "Australian") or a level of government."""
    low = word.lower().rstrip(".")
    if low in STATE_LEVELS or low in t.ETHNONYMS or t.fold(word) in t.gazetteer_index():
        return True
    if not re.fullmatch(r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ean)", word):
        return False
    # the adjective keeps all but the last four letters of the place's name ("Britain" → "British",
    # "Pakistan" → "Pakistani"), so a given name is no adjective of a county's ("Tashi", "Tashkurgan")
    return any(len(c) >= 4 and word.startswith(c[: max(4, len(c) - 4)]) for c in _country_words())


@functools.cache
def _country_words() -> frozenset[str]:
    return frozenset(n for e in t.gazetteer() if e.type == t.PLACE for n in e.names if " " not in n)


def national_phrase(words: list[str]) -> bool:
    """Only country names ("United States", "People's Republic of China"), their adjectives and levels."""
    index = t.gazetteer_index()
    i = 0
    while i < len(words):
        longest = min(len(words), i + MAX_NAME_WORDS)
        j = next((j for j in range(longest, i + 1, -1) if t.fold(" ".join(words[i:j])) in index), 0)
        if j:
            i = j
        elif _national_word(words[i]):
            i += 1
        else:
            return False
    return True


def describes_state(words: list[str]) -> bool:
    """ "Chinese Government", "Government of the People's Republic of China", "Federal Government",
    "US authorities": a state's executive described by its country or level, not an institution's name."""
    words = [*words[:-1], re.sub(r"['’]s$", "", words[-1])] if words else words
    heads = [i for i, w in enumerate(words) if w in STATE_HEADS]
    if not heads or len(words) < 2:
        return False
    i = heads[0]
    if i > 0 and words[i - 1] in ("People's", "People’s"):
        return False  # "Xinjiang Uyghur Autonomous Regional People's Government": an organ's formal name
    if i == len(words) - 1:
        return national_phrase(words[:i])
    return words[i + 1] == "of" and national_phrase(words[:i]) and national_phrase(words[i + 2 :])


# a compound adjective before a name, no part of it ("the Chinese-born University of ... student", "the
# Corps-owned Xinjiang Tianshan Group"), and a copyright line's word ("Copyright The Financial Times Limited")
_COMPOUND_ENDS = t.hyphen_adjective_ends(
    "born", "led", "linked", "made", "style", "controlled", "affiliated", "registered", "listed"
)
_ADJECTIVE_OF = re.compile(rf"Copyright|©|[A-Z][\w.]*-(?:{_COMPOUND_ENDS})").fullmatch


def opens_clause(words: list[str]) -> bool:
    """Whether the first of ``words`` starts a clause before a name rather than the name itself."""
    if words[0] in VERBAL_STARTERS and len(words) > 1 and words[1][:1].isupper():
        return False
    return words[0] in CLAUSE_STARTERS


# a body's account on a social platform, after its name: "Xinjiang Bureau of Justice WeChat Account", "the
# Xinjiang Daily Weibo page" (the platform and the account are no part of the body's name)
_PLATFORM_TAIL_RE = re.compile(
    r"(?<=\w)[ \t]+(?:WeChat|Weibo|Twitter|Facebook|Instagram|YouTube|Telegram|Douyin|TikTok|Toutiao|LinkedIn)"
    r"(?:[ \t]+(?:[Oo]fficial[ \t]+)?(?:[Aa]ccounts?|[Pp]ages?|[Cc]hannels?|[Ff]eeds?|[Hh]andles?|[Pp]osts?))?$"
)


def clean_name(text: str) -> str:
    """Without leading articles and clause words, trailing possessive and punctuation, one space."""
    name = t.fold(text)
    name = re.sub(r"['’]s$", "", name)
    initialism = re.search(r"(?<![\w.])(?:[A-Z]\.){2,}$", name.rstrip(" ,;:'\"‘’“”()[]-–")) is not None
    name = name.strip(" ,.;:'\"‘’“”()[]-–")
    words = name.split()
    while words and (opens_clause(words) or words[0].lower() in ("the", "a", "an") or _ADJECTIVE_OF(words[0])):
        words.pop(0)
    if len(words) >= 3 and words[0] in MEMBERS_OF and words[1] == "of":  # "Members of the European Parliament"
        words = words[3:] if words[2] == "the" else words[2:]
    while words and words[-1].lower() in ("of", "the", "and", "for", "on", "in", "to", "or"):
        words.pop()
    name = _PLATFORM_TAIL_RE.sub("", " ".join(words))
    if "(" in name and ")" not in name:
        name = name.split("(")[0].strip()
    name = re.sub(r"['’]s$", "", name).strip(" ,.;:'\"")
    return name + "." if initialism and re.search(r"(?:[A-Z]\.)+[A-Z]$", name) else name  # "U.N." keeps its stop


def _titles_alternation() -> str:
    """Every title as one regex alternation, longest first."""
    titles = sorted(t.TITLE_WORDS, key=len, reverse=True)
    return "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in titles)


# the titles written short, whose full stop is no sentence's end ("Dr.", "Prof.", "Rep.")
_ABBREVIATED_TITLES = "Mr|Mrs|Ms|Dr|Prof|Rep|Rev"


@functools.cache
def _title_re() -> re.Pattern[str]:
    alt = _titles_alternation()
    roles = "|".join(sorted(t.ROLE_NOUNS, key=len, reverse=True))
    # a scholar's field after "the": "the geographer", "the sociologist", "the demographer"
    field = r"(?<=\b[Tt]he\s)[a-z]+(?:ologist|grapher|ographer|ist|ian)"
    # a middle initial is part of the name ("the historian Joshua L. Freeman")
    # (a name's words are on one line; the page's wrapped lines are joined already)
    name = rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:[A-Z]\.[ \t]+)?(?:(?:{_PARTICLES})[ \t]+){{0,2}}{_NAME_WORD}){{0,2}})"
    # a title may be abbreviated ("Prof."); a role noun never is, nor a title written in full, so one that ends a
    # sentence ("... the spokesperson. Greenpeace East Asia called", "Thank you, Chair. Has the …") names no one
    # after it
    # and a name after a title at a line's end is no field's label ("Leader Title: President\nLeader Name: …")
    return re.compile(
        rf"(?:(?<![\w\-])(?:(?:{_ABBREVIATED_TITLES})\.|{alt})|\b(?:{roles})|{field})(?:[ \t]+|[ \t]*\n[ \t]*){name}"
        r"(?!(?:[ \t]+[A-Z]\w*)*[ \t]*:)"
    )


@functools.cache
def _portfolio_re() -> re.Pattern[str]:
    """A title, what it is for, of or on, and the name that ends the run: "UN High Commissioner for Human
    Rights Michelle Bachelet", "Minister for Foreign Affairs Marise Payne", "Special Rapporteur on
    Torture Alice Edwards"; a middle initial is the name's ("Secretary of Labor Jane Q. Roe")."""
    word = rf"[{_UP}][\w\-’']*"
    return re.compile(
        rf"(?<![\w\-])(?:{_titles_alternation()})[ \t]+(?:for|of|on)[ \t]+(?:the[ \t]+)?(?:{word}[ \t]+){{1,4}}?"
        rf"(?P<name>{_NAME_WORD}[ \t]+(?:[A-Z]\.[ \t]+)?{_NAME_WORD})(?![ \t]+[{_UP}]|[\w\-])"
    )


def _names_after_a_portfolio(page: int, text: str) -> list[Mention]:
    out = []
    for m in _portfolio_re().finditer(text):
        name = m.group("name")
        if not person_name_ok(name):
            continue
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
_FEATURE_AFTER = re.compile(
    r"[ \t]+(?:Island|Islands|Peninsula|Basin|River|Strait|Bay|Lake|Mountains|Sea|Valley|Desert|Plateau)(?![\w\-])"
)


@functools.cache
def _gazetteer_re() -> re.Pattern[str]:
    names = sorted({n for e in t.gazetteer() for n in e.names if re.search(r"[A-Za-z]", n)}, key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+").replace("'", "['’]").replace("’", "['’]") for n in names)
    return re.compile(rf"(?<![\w\-])(?:{alt})(?![\w]|-[A-Z])")


# lower-case particles inside a family name ("von der Leyen", "bin Salman", "van Dijk")
NAME_PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "da",
    "di",
    "du",
    "del",
    "la",
    "le",
    "bin",
    "ibn",
    "al",
    "el",
    "ter",
    "Ó",  # Irish: "Fiachra Ó Cionnaith", "Nuala Ní Dhomhnaill"
    "Ní",
    "Nic",
    "Ua",
}
_PARTICLES = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))


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
    rf"(?<![\w\-])(?P<given>[{LATIN_UPPER}][a-zà-ÿ]+)[ \t]+(?:(?:{_PARTICLES})[ \t]+){{1,2}}\Z"
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


def _name_words_ok(name: str) -> bool:
    words = name.split()
    index = t.gazetteer_index()
    for i, w in enumerate(words):
        if w in NAME_PARTICLES and i < len(words) - 1:
            continue  # "Ursula von der Leyen"; a reference's "van Dijk, Jan"
        if 0 < i < len(words) - 1 and re.fullmatch(r"[A-Z]\.", w):
            continue  # a middle initial, even one that spells a word ("Jerome A. Cohen", "Mary I. Chen")
        if 0 < i == len(words) - 1 and re.fullmatch(r"[IVX]{1,4}", w):
            continue  # a regnal number ("Charles III", "Pope John Paul II")
        low = w.lower().rstrip(".")
        if len(words) == 2 and _pinyin_surname_word(words, i):
            continue  # "He Zhongyou", "Jeffrey He": the surname He, no pronoun
        if w in TITLE_TOKENS and len(words) == 1:
            return False  # "Chief Executive": a post named alone is no one's name
        if low in t.NOT_NAME_WORDS or low in t.ETHNONYMS or low in KEYWORD_WORDS or t.fold(w) in index:
            return False
        if not re.fullmatch(rf"[{_UP}](?:[{_LOW}]+|['’](?=[{_UP}]))(?:[-'’]?[{_UP}{_LOW}]+)*|[A-Z]\.", w):
            return False
    return True


# a given name in pinyin: one or two syllables ("Zhen", "Xingrui")
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü|v)"
)
GIVEN_PINYIN_RE = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}", re.IGNORECASE)


def _pinyin_surname_word(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` of a two-word name is a pinyin surname that is also an English word ("He",
    "An"): before a given name in pinyin ("He Zhongyou") or after a given name ("Jeffrey He")."""
    if words[i] not in ("He", "An") or words[i].lower() not in t.PINYIN_SURNAMES:
        return False
    other = words[1 - i]
    return GIVEN_PINYIN_RE.fullmatch(other) is not None if i == 0 else len(other) > 2


def known_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a place."""
    entry = t.gazetteer_index().get(t.fold(name))
    return entry is not None and entry.type == t.PLACE


def person_name_ok(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= 4 and words[-1] not in _NOT_PERSON_LAST and _name_words_ok(name)


# the last word of a body's or a document's name, never of a person's ("Columbia Global Reports",
# "Penguin Press"); not the heads that are also surnames (Court, Day, Post, Herald)
_NOT_PERSON_LAST = (
    (ORG_HEADS | NOT_ORG_HEADS | PUBLIC_FIRST | PUBLISHING_WORDS | SCHOOL_HEADS)
    - SURNAME_HEADS
    - {
        "Court",
        "Day",
        "Post",
        "Herald",
        "Co",
    }
)


# -- candidates from one page -----------------------------------------------------


def rule_mentions(page: int, text: str, raw: str = "") -> list[Mention]:
    """Mentions the rule layers find on one prepared page (``raw``: the page as stored, whose infobox
    labels are not blanked; the prepared page where not given)."""
    found: list[Mention] = []
    # acronyms with their expansions
    for m in PAREN_RE.finditer(text):
        short = m.group(1).rstrip(".")
        if not (short.isupper() or re.fullmatch(r"[A-Z][a-z]{3,}", short)) or len(short) < 2:
            continue
        if short in FILE_FORMATS:
            continue  # '"Exporting Coercion: ... Transfers" (PDF)': a reference's file format, no acronym
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
        owned = _possessive_split(text, lstart, lstart + len(form), form.split())[-1][0]
        if owned > lstart:  # "Bachelet's Office of the High Commissioner for Human Rights (OHCHR)"
            form, lstart = text[owned : lstart + len(form)], owned
        lstart, form = _with_head_before(text, lstart, form)
        if form.split()[-1] in NOT_ORG_HEADS and classify_run(form.split()) is None:
            continue  # "Withhold Release Order (WRO)": a document's name and its initials, no body
        kind = classify_run(form.split()) or t.ORGANIZATION
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
    # names after a title or a role
    for m in _title_re().finditer(text):
        name = clean_name(m.group("name"))
        words = name.split()
        honorifics = 0
        while len(words) > 1 and words[0].rstrip(".") in t.HONORIFICS:
            honorifics += len(words.pop(0)) + 1  # "the barrister Sir Geoffrey Nice" is Geoffrey Nice
        cut = []
        while words and not _name_words_ok(words[-1]):
            cut.append(words.pop())
        if any(w in PUBLIC_HEADS | ORG_HEADS for w in cut):
            continue  # "the General Services Administration": a body's name that opens with a title's word
        name = " ".join(words)
        if name and _name_words_ok(name):
            s = m.start("name") + len(text[m.start("name") :]) - len(text[m.start("name") :].lstrip())
            s = text.index(words[0], s) if honorifics else s
            if _credit_label(raw or text, s, s + len(name)):
                continue  # "contributing writer\nPhotographs by …": the next line's credit, no name
            found.append(Mention(page, s, s + len(name), text[s : s + len(name)], name, t.PERSON, P_STRONG))
            found.append(_post_title(page, text, m.start(), m.start() + len(text[m.start() : s].rstrip(" .\n\t"))))
    found.extend(_names_after_a_portfolio(page, text))
    found.extend(_post_nominal_names(page, text))
    found.extend(_infobox_people(page, raw or text))
    found.extend(_photo_credits(page, text))
    found.extend(_apposed_names(page, text))
    found.extend(_owners_and_apposed_people(page, text))
    found.extend(_wire_and_site_names(page, text))
    found.extend(_reflexive_names(page, text))
    found.extend(_post_authors(page, raw or text))
    found.extend(_witness_pseudonyms(page, text))
    found.extend(_caps_signatures(page, raw or text))
    found.extend(_named_people(page, text))
    found.extend(_bracketed_given_names(page, text))
    found.extend(_listed_people(page, text))
    found.extend(_numbered_units(page, text))
    found.extend(_chambers(page, text))
    found.extend(_uyghur_names(page, text))
    found.extend(_sites(page, text))
    # the gazetteer
    index = t.gazetteer_index()
    for m in _gazetteer_re().finditer(text):
        entry = index.get(t.fold(m.group(0)))
        if entry is None or _currency_code(text, m.end()):
            continue  # "US$ 7.1 billion": a currency's sign, no place
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
    # well-known bodies by their English names and short forms
    for body in known_bodies.find(text):
        form = text[body.start : body.end]
        entry = body.entry
        found.append(
            Mention(page, body.start, body.end, form, t.fold(form), entry.type, P_STRONG, entry.canonical, True)
        )
    # capitalised runs headed by an institution, instrument, facility or place word
    for start, end, words in _runs(text):
        end, words = _before_access_note(text, start, end, words)
        if _is_post(words):
            found.extend(_post_mentions(page, text, start, end, words))
            continue
        if _is_role(words):  # "UN High Commissioner": no part of a post's title is a body
            title = _title_at_end_re().search(text, start, end)
            if title is not None:
                found.append(_post_title(page, text, title.start(), end))
            continue
        if text.startswith(("'s", "’s"), end) and len(words) > 1 and _person_owner(text, words):
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
        if found_kind is None or describes_state(words):
            continue
        kind = found_kind
        if _place_party_post(text, end, words):
            continue  # "the Qinghai Party chief": a post and its place, no body
        if kind == t.LAW and _FIRM_APPOSITION.match(text, end):
            kind = t.ORGANIZATION  # "Liangma Law, a firm headquartered in Shenzhen": a law firm, no law
        name = clean_name(text[start:end])
        if len(name.split()) < 2:
            continue
        if kind == t.PLACE and " in " in name:  # "Born in Pingyu County": the place is what follows "in"
            start = text.rindex(" in ", start, end) + 4
            name = clean_name(text[start:end])
        place = t.gazetteer_index().get(t.fold(" ".join(name.split()[:-1]))) if kind == t.PLACE else None
        if place is not None and place.type == t.PLACE and name.split()[-1] in SMALL_PLACE_HEADS:
            found.append(Mention(page, start, end, text[start:end], name, t.PLACE, P_STRONG + 1))
            continue  # "Qaraqash Town": a town of its own, named like the county the gazetteer knows
        if place is not None and place.type == t.PLACE:  # "Künes County" is the gazetteer's Künes
            found.append(Mention(page, start, end, text[start:end], name, t.PLACE, P_STRONG + 1, place.canonical, True))
            continue
        if kind == t.ORGANIZATION:
            start = _trade_name_start(text, start, words)  # "Yixin Science and Technology Co"
            start = _bracketed_seat_start(text, start, raw or text)  # "SAIC-Volkswagen (Xinjiang) Automotive Co."
        if kind in (t.ORGANIZATION, t.PUBLIC_BODY):
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
    # the title of a work after what it is ("his novel The Art of Suicide"): no body's name
    works = {re.sub(r"^(?:The|A|An)\s+", "", m.group("title")) for m in WORK_TITLE_RE.finditer(text)}
    for work in works:  # and wherever the page names it again ("The Art of Suicide has been translated")
        for hit in re.finditer(rf"(?<![\w\-]){re.escape(work)}(?![\w\-])", text):
            found.append(Mention(page, hit.start(), hit.end(), hit.group(0), "", ROLE, P_RULE))
    # generic facilities: camps, detention centres, prisons
    for m in GENERIC_FACILITY_RE.finditer(text):
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


WORK_TITLE_RE = re.compile(
    r"\b(?:novel|book|memoir|poem|collection|film|documentary|essay|album|song|play)s?,?[ \t]+"
    rf"(?P<title>(?:(?:The|A|An)[ \t]+)?{_WORD}(?:[ \t]+(?:(?:of|the|and|in|on|a|to|for|at)[ \t]+)*{_WORD})*)"
)


# letters after a name that say its bearer sits in a parliament or at the bar: "Tom Tugendhat MP (Chair)"
_SEAT_LETTERS = ("MP", "MEP", "MSP", "MLA", "MPP", "QC", "KC")
POST_NOMINAL_RE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})[ \t]+(?:{'|'.join(_SEAT_LETTERS)})\b(?![ \t]+[A-Z][a-z])"
)


def _infobox_people(page: int, text: str) -> list[Mention]:
    """The people an infobox's field names ("Preceded by Shohrat Zakir", "Parents Anna Weber, Karl Weber"),
    each as written between commas, with what a bracket adds left out ("Jane Doe (m. 1990)"), and on
    the lines after it that are no field of their own ("Governor Padma Choling\nLosang Jamcan")."""
    out = []
    for m in _INFOBOX_PEOPLE_RE.finditer(text):
        found = _people_in_value(page, text, m.start("value"), m.end("value"))
        out.extend(found)
        pos = m.end()
        while found and (line := re.match(r"\n[ \t]*(?P<value>[^\n]+?)[ \t]*(?=\n|$)", text[pos:])) is not None:
            start = pos + line.start("value")
            if _FIELD_RE.match(text, pos + 1) or INFOBOX_FIELD_RE.match(text, pos + 1):
                break
            found = _people_in_value(page, text, start, pos + line.end("value"))
            out.extend(found)
            pos += line.end()
    return out


def _people_in_value(page: int, text: str, start: int, end: int) -> list[Mention]:
    """The people a field's value names, each between commas."""
    out = []
    for part in re.finditer(r"[^,;()]+(?:\([^)]*\))?", text[start:end]):
        raw = re.sub(r"\([^)]*\)", "", part.group(0)).strip()
        words = raw.split()
        if not (2 <= len(words) <= 4) or not all(w[0].isupper() for w in words) or not person_name_ok(raw):
            continue
        if classify_run(words) is not None:
            continue
        s = start + part.start() + part.group(0).index(words[0])
        out.append(Mention(page, s, s + len(raw), text[s : s + len(raw)], raw, t.PERSON, P_STRONG))
    return out


# plural nouns for people, which a list of their names may follow after a comma ("two other men, Tashi Dorje")
PEOPLE_PLURALS = "men|women|people|activists|monks|nuns|defendants|dissidents|lawyers|journalists|students|detainees"
KIN_NOUNS = t.KIN_NOUNS
# a name set off by commas after a relative (also a named person's: "Dawut's daughter, Akida Pulat, said") or a
# plural noun for people ("his wife, Xinna, said";
# "one of the best-known dissidents, Hada, spent"; "one of them, Adil, was sentenced"): a person, even one
# known by a single name; a relative's name also without commas ("whose brother Erlan was sentenced")
_APPOSED_NAME_RE = re.compile(
    rf"\b(?:(?P<kin>(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[Mm]y|[Oo]ur|[{_UP}][{_LOW}]+['’]s?)[ \t]+(?:{KIN_NOUNS}))"
    rf"|(?:{PEOPLE_PLURALS})|[Oo]ne[ \t]+of[ \t]+(?:them|whom))(?P<comma>,)?[ \t]+"
    rf"(?P<name>[{_UP}][{_LOW}'’\-]+(?:[ \t]+[{_UP}][{_LOW}'’\-]+){{0,2}})(?=,|[ \t]+[a-z])"
)


# a person a page introduces with "named": "a 41-year-old named Gulnar", "a former neighbour of Ablet Nasir
# named Tursunjan"; the noun before it says a person is meant (not "a camp named Unity")
_PERSON_NOUNS = (
    rf"\d+-year-old|(?:wo)?man|girl|boy|child|{KIN_NOUNS}|classmate|friend|colleague|neighbou?r|student|"
    r"teacher|farmer|driver|trader|imam|detainee|prisoner|inmate|resident|villager|official|officer"
)
_NAME_WORDS = rf"[{_UP}][{_LOW}'’\-]+(?:[ \t]+[{_UP}][{_LOW}'’\-]+){{0,2}}"
_NAMED_PERSON_RE = re.compile(
    rf"\b(?:{_PERSON_NOUNS})(?:[ \t]+of[ \t]+(?P<of>{_NAME_WORDS}))?[ \t]+named[ \t]+(?P<name>{_NAME_WORDS})"
    r"(?![\w'’\-])"
)


# a given name an editor completes in brackets in a quotation, before the surname: "Mr. [Adrian] Zenz"
_BRACKETED_GIVEN_RE = re.compile(
    rf"\[(?P<given>[{_UP}][{_LOW}'’\-]+(?:[ \t]+[{_UP}][{_LOW}'’\-]+)?)\][ \t]+(?P<surname>[{_UP}][{_LOW}'’\-]+)"
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


# an item of such a list: a line, or a part of a line the page's preparation joined (two spaces apart)
_LIST_PART_RE = re.compile(r"[^\s](?:[^\n]*?[^\s])?(?=[ \t]{2,}|[ \t]*(?:\n|$))")


def _apposed_names(page: int, text: str) -> list[Mention]:
    out = []
    for m in _APPOSED_NAME_RE.finditer(text):
        name = m.group("name")
        if not (m.group("comma") or (m.group("kin") and " " not in name)):
            continue  # without commas, only a relative's one name: "her son Ablikim was", not "their lawyers Hong Kong"
        if name.lower() in t.NOT_NAME_WORDS or name.lower() in KEYWORD_WORDS or t.fold(name) in t.gazetteer_index():
            continue
        if person_name_ok(name) and name not in CLAUSE_STARTERS and classify_run(name.split()) is None:
            out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.PERSON, P_STRONG))
    return out


# the author of a post a page embeds, before the handle in brackets: "— Jane Roe (@janeroe) May 24, 2022"
_POST_AUTHOR_RE = re.compile(rf"(?m)^[ \t]*[—–][ \t]*(?P<name>{_NAME_WORDS})[ \t]+\(@[A-Za-z0-9_]{{1,15}}\)")


def named_people(page: int, text: str, pattern: re.Pattern[str], ok: Callable[[str], bool]) -> list[Mention]:
    """The people a pattern's "name" group finds where the words around say it is a person, each name that
    ``ok`` accepts."""
    found = (m for m in pattern.finditer(text) if ok(m.group("name")))
    return [Mention(page, *m.span("name"), m.group("name"), m.group("name"), t.PERSON, P_STRONG) for m in found]


def _post_authors(page: int, text: str) -> list[Mention]:
    """The person who wrote an embedded post, named before the handle (a body's name there stays a body)."""
    return named_people(page, text, _POST_AUTHOR_RE, _unplaced_person_name)


def _unplaced_person_name(name: str) -> bool:
    """A person's name by its shape and words, and no place's or well-known body's."""
    return person_shaped(name) and person_name_ok(name) and t.fold(name) not in t.gazetteer_index()


# a witness a judgment or a hearing names by a code and a pseudonym in quotation marks: 'Witness W-04 ("Gulnar")'
_PSEUDONYM_RE = re.compile(
    r"\b[Ww]itness[ \t]+(?:[A-Z]{1,3}-?\d{0,3}|\d{1,3})[ \t]+\([ \t]*[\"“'‘]"
    rf"(?P<name>[{_UP}][{_LOW}'’\-]+(?:[ \t]+[{_UP}][{_LOW}'’\-]+)?)[\"”'’][ \t]*\)"
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
    out = []
    for m in _CAPS_SIGNATURE_RE.finditer(text):
        written = m.group("name")
        name = " ".join(w if w.endswith(".") else w.title() for w in written.split())
        surname = [w for w in name.split() if not w.endswith(".")]
        if _name_words_ok(" ".join(surname)) and classify_run(surname) is None:
            out.append(Mention(page, m.start("name"), m.end("name"), written, name, t.PERSON, P_STRONG))
    return out


# the owner of a relative, by a possessive: "Dawut's daughter, Akeda Pulati", "Tursun's wife said" (a family
# noun, so not "Apple's parent company"); and a name an apposition says is a person by what the person does or
# did: "Tohti, a former professor of economics, was", "Chanisheff, then a new college student,"
_KIN_OWNER_RE = re.compile(
    rf"(?<![\w'’\-])(?P<name>{_NAME_WORDS})['’]s?[ \t]+(?:{KIN_NOUNS})(?![\w\-])(?![ \t]+(?:company|firm|group|body))"
)
_APPOSED_PERSON_NOUNS = (
    r"professor|lecturer|scholar|academic|researcher|scientist|student|teacher|writer|poet|novelist|journalist|"
    r"reporter|editor|activist|economist|historian|linguist|anthropologist|ethnographer|musician|singer|artist|"
    r"doctor|lawyer|businessman|businesswoman|entrepreneur|farmer|imam|official|politician|diplomat|dissident"
)
_APPOSED_PERSON_RE = re.compile(
    rf"(?:^|(?<=[\n.;:]))[ \t]*(?P<name>{_NAME_WORDS}),[ \t]+(?:(?:then|now)[ \t]+)?(?:a|an|the)[ \t]+"
    rf"(?:[a-z][\w\-]*[ \t]+){{0,3}}(?:{_APPOSED_PERSON_NOUNS})s?\b"
)


# a wire's or a paper's initials in brackets after a dateline in capitals, before the story's dash ("BISHKEK
# (TCA) — A group …", "ALMATY (AKIpress) -"); and a news site named by its domain before what it is ("told 24.kg
# news agency", "the Kun.uz website")
_DATELINE_AGENCY_RE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+){0,2},?[ \t]+\((?P<name>[A-Z][A-Za-z]{1,11})\)[ \t]*[—–\-]"
)
_SITE_DOMAIN_RE = re.compile(
    r"(?<![\w.@/])(?P<name>[A-Za-z0-9][\w\-]*\.[a-z]{2,6})(?![\w.])"
    r"(?=[ \t]+(?:news[ \t]+(?:agency|site|portal|outlet|website)|website|portal)\b)"
)


def _wire_and_site_names(page: int, text: str) -> list[Mention]:
    """Bodies a news page names by its dateline's initials in brackets or by a site's domain."""
    out = []
    for m in (*_DATELINE_AGENCY_RE.finditer(text), *_SITE_DOMAIN_RE.finditer(text)):
        name = m.group("name")
        out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.ORGANIZATION, P_STRONG))
    return out


AFTER_ARTICLE_RE = re.compile(r"(?:(?<![\w\-])(?:[Tt]he|an?)|[A-Z][\w'’\-]*)[ \t]+$")


def _owners_and_apposed_people(page: int, text: str) -> list[Mention]:
    """People named by a relative they own ("X's daughter") or, at a sentence's start, by an apposition saying
    what they do ("X, a former professor"), where the name is no known place or body and ends in no body's head."""
    out = []
    for m in (*_KIN_OWNER_RE.finditer(text), *_APPOSED_PERSON_RE.finditer(text)):
        name = m.group("name")
        words = name.split()
        if words[0] in CLAUSE_STARTERS or name.lower() in t.NOT_NAME_WORDS or name.lower() in KEYWORD_WORDS:
            continue
        if AFTER_ARTICLE_RE.search(text, max(0, m.start("name") - 30), m.start("name")):
            continue  # "the Cultural Revolution Zakir's father": no person's name follows "the" or a longer name
        if t.fold(name) in t.gazetteer_index() or classify_run(words) is not None or not person_name_ok(name):
            continue
        out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.PERSON, P_STRONG))
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


# a photo's credit: "(AP Photo/Ng Han Guan, File)", "(Reuters Photo/Jane Roe)", "Photo: John Doe/Getty Images",
# "Credit: AP Photo/Jane Roe"; the agency before "Photo" is named too
_CREDIT_LABEL = r"\bCredit(?:\.\.\.|…|:)[ \t]*"
_PHOTO_CREDIT_RE = re.compile(
    rf"(?:(?:\(|{_CREDIT_LABEL})(?:(?P<agency>[A-Z][A-Za-z.&]*(?:[ \t]+[A-Z][A-Za-z.&]*)?)[ \t]+)?Photo(?:graph)?s?"
    r"[ \t]*/[ \t]*|\bPhoto(?:graph)?s?(?::|[ \t]+by)[ \t]+"
    rf"|{_CREDIT_LABEL}(?=[^\n/]{{3,40}}/))"  # "Credit...Ng Han Guan/Associated Press"
    r"(?P<name>[A-Z][^,/()\n]{2,40}?)[ \t]*(?=[,/)]|$)",
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
ANONYMOUS_CREDITS = {"Stringer", "Handout"}


def _bracket_credits(text: str) -> list[re.Match[str]]:
    """Credits in brackets, or after a dash at a caption's end, that name a photographer (or an unnamed
    stringer) before the agencies."""
    found = [*_BRACKET_CREDIT_RE.finditer(text), *_DASH_CREDIT_RE.finditer(text)]
    return [m for m in found if m.group("name") in ANONYMOUS_CREDITS or person_shaped(_credited_name(m))]


def _credited_name(m: re.Match[str]) -> str:
    """The name a credit gives, written as a name where the credit writes it in capitals ("JANE ROE")."""
    name = m.group("name")
    return name.title() if name.isupper() and len(name) > 6 else name


def _photo_credits(page: int, text: str) -> list[Mention]:
    """The photographer a photo's credit names, a person whatever the model reads there."""
    out = []
    for m in [*_PHOTO_CREDIT_RE.finditer(text), *_bracket_credits(text)]:
        name = _credited_name(m)
        agency = m.groupdict().get("agency")
        if agency and _PHOTO_AGENCY_RE.fullmatch(agency):  # "(AP Photo/…)": the agency before "Photo"
            out.append(Mention(page, m.start("agency"), m.end("agency"), agency, agency, t.ORGANIZATION, P_STRONG))
        if name in ANONYMOUS_CREDITS:
            pass
        elif person_shaped(name):
            out.append(Mention(page, m.start("name"), m.end("name"), m.group("name"), name, t.PERSON, P_CREDITED))
        elif _AGENCY_RE.fullmatch(name):  # "Photograph: VCG/Getty Images": an agency credited alone
            out.append(Mention(page, m.start("name"), m.end("name"), name, name, t.ORGANIZATION, P_STRONG))
        out.extend(_credited_agencies(page, text, m.end("name")))
    return out


# a photo agency after the photographer: an acronym or two or three capitalised words ("AFP", "Getty Images")
_AGENCY_RE = re.compile(rf"[A-Z]{{2,6}}|[{_UP}][{_LOW}]+(?:[ \t][{_UP}][{_LOW}]+){{1,2}}")
_PHOTO_AGENCY_RE = re.compile(rf"[A-Z]{{2,6}}|[{_UP}][{_LOW}]+(?:[ \t][{_UP}][{_LOW}]+){{0,2}}")  # "AP", "Reuters"
# after the photographer an agency may be one word ("/Reuters"), and "via" may name the next ("/AFP via Getty Images")
_AGENCY_TAIL_RE = re.compile(
    rf"[ \t]*(?:/|[ \t]via[ \t])[ \t]*(?P<name>[A-Z]{{2,6}}|[{_UP}][{_LOW}]+(?:[ \t][{_UP}][{_LOW}]+){{0,2}})"
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


P_CREDITED = P_STRONG + 1  # a person a photo's credit names: no other reading of the words outweighs it


def person_shaped(name: str) -> bool:
    """Two to four capitalised words that no body's or common word is among: a person's name where the
    context says a person is named, even with a word that is also a people's name ("Ng Han Guan")."""
    words = name.split()
    shaped = all(re.fullmatch(rf"[{_UP}][{_LOW}]+(?:-[{_UP}{_LOW}][{_LOW}]+)?", w) for w in words)
    if 2 <= len(words) <= 3 and shaped and words[-1] in SURNAME_HEADS:
        return _name_words_ok(" ".join(words[:-1]))  # "Nathan Law": the surname is also a law's head
    if not (2 <= len(words) <= 4) or not shaped or words[-1] in _NOT_PERSON_LAST:
        return False
    lower = [w.lower() for w in words]
    return classify_run(words) is None and not any(w in t.NOT_NAME_WORDS or w in KEYWORD_WORDS for w in lower)


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
    return Mention(page, start, m.end(), m.group(0), name, t.PERSON, P_RULE), body.start(), tail


_SEAT_RE = re.compile(rf"[ \t]+at[ \t]+(?P<place>{_WORD})(?![\w\-])")


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
_AND_MORE_RE = re.compile(
    rf"(?P<items>(?:,[ \t]+{_WORD}(?:[ \t]+{_WORD})?)*),?"
    rf"[ \t]+and[ \t]+(?P<more>{_WORD}(?:[ \t]+{_WORD})?)(?![ \t]+[A-Z]|[ \t]+\((?![A-Z]{{2,8}}\))|[\w\-])"
)


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
    more = m.group("items").replace(",", " ").split() + m.group("more").split()
    index = t.gazetteer_index()
    if _lone_body_word(more):
        return m.end()  # "Centre for Asian Law and Society": a body's word alone after "and" names no body
    if any(
        w in (ORG_HEADS - TRADE_WORDS) | PUBLIC_HEADS | ORG_FIRST | CALENDAR_WORDS or t.fold(w) in index for w in more
    ):
        return end
    if more[0] in CLAUSE_STARTERS or any(re.fullmatch(r"[A-Z]{2,}", w) for w in more):
        return end  # "the Department of Defense and NASA": an acronym names a body of its own
    return m.end()


def _lone_body_word(more: list[str]) -> bool:
    """Whether the words after a complement's "and" are one word that could head a body ("Society", "Development")
    but names none alone, nor a body the page's lists know."""
    return len(more) == 1 and more[0] in ORG_FIRST - {"Group"} and t.fold(more[0]) not in t.gazetteer_index()


# "Guardian News and Media Limited": a company's legal form closes a name that runs over "and"
_LEGAL_JOIN_RE = re.compile(
    rf"[ \t]+(?:and|&)[ \t]+(?:{_WORD}[ \t]+){{0,3}}(?:Limited|Ltd|Inc|LLC|plc|PLC|GmbH|AG|Corp)\b\.?"
)


def _legal_join_end(text: str, end: int) -> int:
    """ "Guardian News and Media Limited": the name runs on to the legal form after "and", unless a legal
    form has closed it already ("SenseTime Group Ltd and Megvii Technology Ltd" are two companies)."""
    if CORPORATE_END_RE.search(text, max(0, end - 9), end):  # "Limited." is the longest form
        return end
    m = _LEGAL_JOIN_RE.match(text, end)
    return m.end() if m else end


CORPORATE_END_RE = re.compile(rf"(?<![\w\-])(?:{_LEGAL_FORMS})\.?\Z")


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
    start = qualifier.start() if qualifier is not None else _portfolio_start(text, start)
    return Mention(page, start, end, text[start:end], "", ROLE, P_RULE)


_PORTFOLIO_WORD = re.compile(r"(?<![\w\-'’])([A-Z][a-z]+)[ \t]+$")


def _portfolio_start(text: str, start: int) -> int:
    """ "Commerce Secretary Gina Raimondo": a capitalised word right before a title, which is no place, no
    nationality and no body's word, is the post's portfolio and part of it."""
    m = _PORTFOLIO_WORD.search(text, max(0, start - 20), start)
    if m is None:
        return start
    word = m.group(1)
    if word in CLAUSE_STARTERS or word in _HEADS or _national_word(word) or word in t.HONORIFICS:
        return start
    return m.start()


_QUALIFIER = re.compile(r"(?<![\w\-])[A-Z]{2,5}\s+$")


def _is_role(words: list[str]) -> bool:
    """ "Vice-President of the Commission", "UN Human Rights Commissioner": a post, not a body."""
    if words[-1] in TITLE_TOKENS:
        return True
    link = _post_link(words)
    if link is not None:
        head = words[:link]
        while len(head) > 1 and known_place(head[0]):
            head = head[1:]  # "UK Director of the World Uyghur Congress": the country the post serves
        return all(
            w in TITLE_TOKENS or w in ("Vice", "Deputy", "High", "Special")
            for w in " ".join(head).replace("-", " ").split()
        )
    return False


def _post_link(words: list[str]) -> int | None:
    """Where a post's title joins what it serves: "of" ("President of the Commission") or "for"
    ("Secretary for Justice", "Minister for Foreign Affairs"), whichever comes first."""
    return next((i for i, w in enumerate(words) if w in ("of", "for")), None)


def _is_post(words: list[str]) -> bool:
    """ "High Representative of the Union for Foreign Affairs", "Secretary for Justice": a post named
    after its body or its portfolio."""
    return _post_link(words) is not None and _is_role(words) and words[-1] not in TITLE_TOKENS


def _post_mentions(page: int, text: str, start: int, end: int, words: list[str]) -> list[Mention]:
    """A post's title is taken as a whole, so no fragment of it ("Union for Foreign Affairs") becomes an
    organisation; the body it belongs to is kept when its own words name one ("President of the
    European Commission")."""
    out = [Mention(page, start, end, text[start:end], "", ROLE, P_RULE)]
    body = words[(_post_link(words) or 0) + 1 :]
    while body and body[0] == "the":
        body = body[1:]
    kind = classify_run(body)
    if kind in (t.ORGANIZATION, t.PUBLIC_BODY) and not describes_state(body):
        m = re.search(r"\s+".join(re.escape(w) for w in body) + r"$", text[start:end])
        if m:
            s = start + m.start()
            name = clean_name(m.group(0))
            out.append(Mention(page, s, start + m.end(), m.group(0), name, kind, P_STRONG))
    return out


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


def _runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Capitalised runs; a run that names a treaty continues over ", " / "and" / "or" joins."""
    runs = [(m.start(), m.end(), m.group(0).split()) for m in RUN_RE.finditer(text)]
    out: list[tuple[int, int, list[str]]] = []
    i = 0
    while i < len(runs):
        start, end, words = runs[i]
        last = _listed_subject_end(text, runs, i)
        if last > i:  # "Foreign, Commonwealth and Development Office": one body over its list of subjects
            words = text[start : runs[last][1]].replace(",", "").split()
            end, i = runs[last][1], last
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
        # a run that starts with clause words ("Calls on the European Parliament") or a date's month before
        # "the" ("On 8 July the Kashgar Public Security Bureau said") starts later
        while (
            words
            and (
                opens_clause(words)
                or _role_plural(words)  # "Senators on the Senate Foreign Relations Committee"
                or not words[0][0].isupper()
                or (words[0] in CALENDAR_WORDS and words[1:2] == ["the"])
                or (
                    words[0] in CALENDAR_WORDS and _comma_after(text, start, words[0])
                )  # "on Tuesday, Chinese Foreign …"
            )
        ):
            skipped = words.pop(0)
            start = text.index(skipped, start) + len(skipped)
            while start < end and text[start].isspace():
                start += 1
        release = _RELEASE_AFTER_RE.search(text, start, end)
        if release and len(words) > 3:  # "Department of Treasury Press Release": the body that issued it
            end, words = release.start(), text[start : release.start()].split()
        owned = [*words[:-1], words[-1][:-2]] if re.search(r"\w['’]s\Z", text[start:end]) else []
        if len(owned) > 1 and owned[-1] != "People" and classify_run(owned) in (t.ORGANIZATION, t.PUBLIC_BODY):
            end, words = end - 2, owned  # "the Committee on China's second hearing": the body owns the hearing
        for named in _lone_the_split(text, start, end, words):
            for run in _repeated_split(text, *named):
                for part in _possessive_split(text, *run):
                    out.extend(_house_split(text, *part))
        i += 1
    return out


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
    cut = _first_of_repeated(text[start:end])
    if cut == end - start:
        return [(start, end, words)]
    half, second = len(words) // 2, start + cut
    second += len(text[second:end]) - len(text[second:end].lstrip())
    return [(start, start + cut, words[:half]), (second, end, words[half:])]


_HEADS = PUBLIC_HEADS | ORG_HEADS


def _comma_after(text: str, start: int, word: str) -> bool:
    """Whether a comma follows the run's first word: a day or a month set apart, no part of a name."""
    at = text.find(word, start)
    return at >= 0 and text.startswith(",", at + len(word))


# (or a possessive word that stands for it: "secretary of its Political and Legal Affairs Commission")
_AFTER_THE = re.compile(r"(?:^|.*[ \t])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)[ \t]+(?P<first>[^ \t].*)$")
# "the region's Political and Legal Affairs Commission": an owner's possessive in lower case stands for "the"
_AFTER_OWNER = re.compile(r"^(?:.*\S)?['’]s[ \t]+(?P<first>[^ \t'’][^'’]*)$")


def _subjects_joined(text: str, runs: list[tuple[int, int, list[str]]], i: int) -> int | None:
    """ "the Business and Trade Committee", "Officials of the Hong Kong and Macao Affairs Office": after
    "the" (or a possessive: "the region's Political and Legal Affairs Commission"), two subjects joined
    by "and" before one body's head are one name, when the first names
    nothing alone and both are places or neither is ("the United States and European Union" stays
    two). Where the joined name starts; None when the runs are not joined."""
    if i + 1 >= len(runs) or not re.fullmatch(r"[ \t]+and[ \t]+", text[runs[i][1] : runs[i + 1][0]]):
        return None
    after = _AFTER_THE.match(text[max(0, runs[i][0] - 4) : runs[i][1]]) or _AFTER_OWNER.match(
        text[max(0, runs[i][0] - 3) : runs[i][1]]
    )
    if after is not None:
        start = runs[i][1] - len(after.group("first"))
    elif _listed_item(text, runs[i][0], runs[i + 1][1]):
        start = runs[i][0]
    else:
        return None
    first, second = text[start : runs[i][1]].split(), runs[i + 1][2]
    if len(first) > 3 or any(w in CLAUSE_STARTERS for w in first) or _person_first(first):
        return None
    headed = [w for w in first if w in _HEADS | LAW_HEADS]
    if headed and (headed != first[-1:] or not _plural_subject(first)):
        return None
    k = next((k for k, w in enumerate(second) if w in _HEADS), 0)
    if not 1 <= k <= 3 or second[0] in CLAUSE_STARTERS or not all(w[:1].isupper() for w in second[:k]):
        return None
    return (
        start
        if known_place(" ".join(first)) == any(known_place(" ".join(second[:j])) for j in range(1, k + 1))
        else None
    )


def _person_first(first: list[str]) -> bool:
    """ "Dolkun Isa and Uyghur Congress": a person's name joins no body after "and" (a place's words,
    "East Turkistan Education", are no person's)."""
    return person_shaped(" ".join(first)) and not any(_national_word(w) for w in first)


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
    m = _OF_THE_HOUSE_RE.search(text, start, end)
    if m is None or len(text[start : m.start()].split()) < 2:
        return [(start, end, words)]
    cut = len(text[start : m.start()].split())
    return [(start, m.start(), words[:cut]), (m.start("house"), end, words[cut + 2 :])]


_OF_THE_HOUSE_RE = re.compile(rf"(?<=Committee)[ \t]+of[ \t]+the[ \t]+(?P<house>(?:{'|'.join(HOUSE_WORDS)})\b)")


def _known_name_across(text: str, end: int, start: int) -> int | None:
    """Where a name the gazetteer knows starts when the words between two runs ("and") are inside it
    ("Xinjiang Production and Construction Corps", "Bosnia and Herzegovina"); None when they are not."""
    if not re.fullmatch(r"[ \t]+(?:and|&)[ \t]+", text[end:start]):
        return None
    known = _gazetteer_re().finditer(text, max(0, end - 60), start + 60)
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


# the last word of a body's subject that needs the noun after the list it opens: "Enforced or Involuntary
# Disappearances", "Economic, Social and Cultural Rights"
_ADJECTIVE_END = re.compile(r"[a-z](?:ed|al|ive|ic|ary|ous)$")


def _open_body_name(words: list[str]) -> bool:
    """ "Working Group on Enforced" before "or Involuntary Disappearances": a body's head, "on" or "of" and
    a subject that ends in an adjective, so the name runs on over the list."""
    heads = [i for i, w in enumerate(words) if w in PUBLIC_HEADS | ORG_HEADS or w in ("Group", "Committee")]
    # (the head that takes the subject, not one that opens an owner's name: "United Nations Working Group on")
    if not any(i + 2 < len(words) and words[i + 1] in ("on", "of", "for") for i in heads):
        return False
    return bool(_ADJECTIVE_END.search(words[-1]))


def _person_owner(text: str, head: list[str]) -> bool:
    """ "Elon Musk's Department of Government Efficiency", "Bachelet's Office of …": a person who owns a body
    is no part of its name. A person's name, or the surname of one the page gives in full; a people's
    name ("Uyghur People's Congress") owns nothing."""
    if _national_word(head[0]):
        return False
    if len(head) > 1:
        return person_shaped(" ".join(head))
    for m in re.finditer(rf"((?:[{_UP}][{_LOW}]+[ \t]+){{1,2}}){re.escape(head[0])}(?![\w\-])", text):
        given = m.group(1).split()
        for n in (1, 2)[: len(given)]:
            if person_shaped(" ".join([*given[-n:], head[0]])) and not _national_word(given[-n]):
                return True
    return False


def _possessive_split(text: str, start: int, end: int, words: list[str]) -> list[tuple[int, int, list[str]]]:
    """ "Kazakhstan's Ministry of Foreign Affairs", "the International Labour Organization's Committee of
    Experts": a place or a body that owns another body is a name of its own, and so is what it owns.
    A possessive inside one name ("People's Court", "Lund's Fisheries") stays: what comes before it
    names nothing by itself; a well-known body owns one too ("the Bundestag's Committee on Human Rights")."""
    for i, w in enumerate(words[:-1]):
        owner = re.fullmatch(r"(.+)['’]s", w)
        if owner is None:
            continue
        head = [*words[:i], owner.group(1)]
        tail = words[i + 1 :]
        if classify_run(tail) not in (t.ORGANIZATION, t.PUBLIC_BODY):
            continue
        known = known_place(" ".join(head)) or t.fold(" ".join(head)) in known_bodies.english_forms()
        if not (known or classify_run(head) in (t.ORGANIZATION, t.PUBLIC_BODY) or _person_owner(text, head)):
            continue
        cut = text.index(w, start) + len(w)
        tail_start = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
        return [(start, cut - 2, head), (tail_start, end, tail)]
    return [(start, end, words)]


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


_COMPLEMENT_RE = re.compile(
    rf"[ \t]+(?:on|of|for|against)[ \t]+(?:the[ \t]+)?{_WORD}(?:[ \t]+(?:{_CONN}[ \t]+)*{_WORD})*"
)
CALENDAR_WORDS = {*MONTH_NAMES, *WEEKDAY_NAMES}


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


def _agency_named_with_country(first: list[str], second: list[str]) -> bool:
    if first[:1] in (["the"], ["The"]):
        first = first[1:]  # "the Department of Defense and NASA": an article is no country
    return (
        len(first) >= 2
        and _national_word(first[0])
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
_ROUTE_END = re.compile(rf"[ \t]+to[ \t]+([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)(?=[ \t]*[.,;:)]|[ \t]+[a-z])")
_FROM_BEFORE = re.compile(r"\bfrom[ \t]+$")
_ADJECTIVE_OF_NATION = re.compile(r"[A-Z][a-z]+(?:ese|ish|ian|ean|ic)")


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
        if m is None or m.group(1) in CLAUSE_STARTERS or m.group(1) in _HEADS or m.group(1) in CALENDAR_WORDS:
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


def _adjective_heading(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    alone = text[:start].endswith("\n") and text[end:].startswith("\n")
    return alone and bool(_ADJECTIVE_END.search(word)) and t.fold(word) not in t.gazetteer_index()


_GROUP_AFTER = re.compile(r"[ \t]+(?:group|organi[sz]ation|network|movement|charity|foundation)\b")
_NEWSLETTER_AFTER = re.compile(r"[ \t]+(?:newsletters?|podcasts?|briefing)\b")
# "our Supply Chain newsletter", "ASA 17/4197/2021", "Executive Order (E.O.) 13818", "EO 13818": a newsletter,
# a document's series, an instrument's number (five digits or more, no year)
_NOT_A_BODY_AFTER = re.compile(
    r"[ \t]+(?:newsletters?|podcasts?)\b|[ \t]+\d+/\d|(?<=\bNo)\.?[ \t]*\d"
    r"|[ \t]+\([A-Z][A-Z.]{1,6}\)(?=[ \t]+\d{5,}(?!\d|[,.]\d))|[ \t]+\d{5,}(?!\d|[,.]\d)"
    r"|[ \t]+\([A-Z]{2,6}\)[ \t]+(?:No\.?[ \t]+)?\d{1,4}/\d{1,4}"  # "Council Regulation (EU) 2020/1998": an act
)
# a verb inside the model's body ("the Council adopted Regulation …"): the body's name ends before it
_VERB_INSIDE_RE = re.compile(r"[ \t]+(?:[a-z]+ed|said|says|has|have|had|is|was|were|will)(?=[ \t])")
_INSTRUMENT_NUMBER_RE = re.compile(r"[ \t]+\d{5,}(?!\d|[,.]\d)")
# a kind of document after a body's name: "Department of Treasury Press Release"
_RELEASE_AFTER_RE = re.compile(r"(?<=\w)[ \t]+(?:Press|News|Media)[ \t]+(?:Releases?|Statements?)$")
# "a Corps-controlled PVC maker", "the EV producer": a product's capitals before the trade that makes it
_PRODUCT_MAKER_AFTER = re.compile(r"[ \t]+(?:makers?|producers?|manufacturers?)\b")


def _ethnonym_pair(name: str) -> bool:
    """ "Uyghur-Han", "Tibetan-Han": peoples joined by a hyphen before what passes between them."""
    parts = name.split("-")
    return len(parts) >= 2 and all(p.lower() in t.ETHNONYMS for p in parts)


_POST_NOMINAL_LETTERS = (*_SEAT_LETTERS, "OBE", "CBE", "MBE", "DBE", "KBE", "GBE", "CMG", "KCMG")


def _post_nominal_letters(text: str, start: int, end: int) -> bool:
    """The letters of a seat, a silk or an honour after a name, set off by a comma or not ("Sir Geoffrey Nice, KC,",
    "Jane Roe KC, assisted by")."""
    return (
        text[start:end] in _POST_NOMINAL_LETTERS
        and re.search(r"[a-z](?:,[ \t]*|[ \t]+)$", text[max(0, start - 3) : start]) is not None
    )


def _first_of_repeated(name: str) -> int:
    """The length of a name a copied page repeats at once ("Xinjiang University Xinjiang University", a
    link's text before the linked article's gloss): the first of the two; else the whole name's."""
    m = re.fullmatch(r"(?P<first>\S.*?)\s+(?P=first)", name)
    return m.end("first") if m else len(name)


# the rest of an award's name after the words the model took for a person ("… Freedom to Write Award")
_AWARD_AFTER_RE = re.compile(r"(?:[ \t]+(?:to|for|of|[A-Z][\w'’\-]*))*[ \t]+(?:Award|Prize|Medal)s?\b")


# a colon inside a run of capitalised words, then a word in quotation marks: a headline ("Tribunal Chair:
# Sanctions 'Overdue' for Officials"); no body's name holds a colon before its own words
# what a body does in a headline, in title case: "UHRP Reveals", "Rights Group Warns"
_HEADLINE_VERBS = {
    *("Says", "Reveals", "Warns", "Urges", "Finds", "Claims", "Denies", "Demands", "Condemns", "Welcomes"),
    *("Accuses", "Slams", "Rejects", "Responds", "Announces", "Confirms", "Alleges", "Calls"),
}
_HEADLINE_RE = re.compile(r"\w:[ \t]+[A-Z][^\n]*?[ \t]['‘“\"][A-Z]")


def _uyghur_given_name(word: str) -> bool:
    """A word in Latin letters that the Uyghur rules' stock holds as a given name (Zakir, Ilham, Gulnar),
    by its phonetic key, however it is spelled (Tohti, Toxti)."""
    return uyghur.is_given_name(uyghur.fold(word))


# exactly two capitalised words, no third run on either side: "Ablimit Tursun was appointed"
_TWO_WORDS_RE = re.compile(r"(?<![\w\-’'])([A-Z][a-z]{2,})[ \t]([A-Z][a-z]{2,})(?![\w\-]|[ \t]+[A-Z])")


def _uyghur_names(page: int, text: str) -> list[Mention]:
    """Two words that are both common Uyghur given names, alone: a Uyghur's name, a given name and the
    father's ("Ablimit Tursun", "Rahile Dawut"), which the statistical model often misses."""
    out = []
    for m in _TWO_WORDS_RE.finditer(text):
        if _uyghur_given_name(m.group(1)) and _uyghur_given_name(m.group(2)):
            out.append(Mention(page, m.start(), m.end(), m.group(0), m.group(0), t.PERSON, P_RULE))
    return out


def _uyghur_name_read_as_place(words: list[str]) -> bool:
    """Two capitalised words the model took for a place, one of them a common Uyghur given name and
    neither a known place nor a place's head word: a person's name (given name and father's name)."""
    if len(words) != 2 or not all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words):
        return False
    known = t.gazetteer_index()
    if any(t.fold(w) in known for w in (*words, " ".join(words))) or words[-1] in PLACE_HEADS | STREET_HEADS:
        return False
    return any(_uyghur_given_name(w) for w in words)


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
_CELL_GAP_RE = re.compile(r"[ \t]*\t[ \t]*| {3,}")


# a verb that a sentence's subject opens, after a body's name the model ran into it ("At the 2008 National
# People's Congress Zakir was selected": Zakir is the subject, no word of the congress's name)
_SUBJECT_VERB_AFTER = re.compile(r"[ \t]+(?:was|were|is|has|had|said|says|became|joined|served|remained)\b")


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


# a party's post after the place it is held in ("Xinjiang Party Secretary", "the Tibet Party chief")
_PARTY_POST_AFTER = re.compile(r"[ \t]+(?:[Ss]ecretary|[Cc]hief|[Bb]oss|[Ll]eader)\b")


def _place_party_post(text: str, end: int, words: list[str]) -> bool:
    """Whether "Party" after a place's name ends at a post held there ("Xinjiang Party Secretary"), where the
    place and the post are named and no body is ("Communist Party secretary" names the party)."""
    if len(words) < 2 or words[-1] != "Party" or not _PARTY_POST_AFTER.match(text, end):
        return False
    return known_place(" ".join(w for w in words[:-1] if w not in ("the", "The")))


def _currency_code(text: str, end: int) -> bool:
    """Whether the letters ending at ``end`` open a currency's sign ("US$", "HK$", "NZ$")."""
    return text[end : end + 1] == "$"


def _body_before_of(name: str) -> bool:
    """Whether a name read as a place holds a body's head before "of" ("Standing Committee of the …", "Bureau
    of …"): a body the place has, named by it (a state's government excepted, and a people's congress or
    government named of its region, left to the layers that read an official's titles)."""
    words = name.split()
    heads = (PUBLIC_HEADS | PUBLIC_FIRST) - STATE_HEADS
    return any(
        word == "of" and words[i - 1] in heads and (i < 2 or words[i - 2] != "People's")
        for i, word in enumerate(words)
        if i > 0
    )


def spacy_mentions(page: int, text: str, ents: list[tuple[int, int, str]], lines: str = "") -> list[Mention]:
    """The statistical model's entities kept as mentions (``lines``: the page with its line breaks)."""
    out = []
    for s, e, label, joined in _joined_agencies(text, _coordinated_places(text, ents)):
        if label == "ORG" and _common_noun_acronym(text, text[s:e]):
            continue  # "a withhold release order (WRO)": initials the page gives to a common noun, no body
        given = _given_name_before_particle(text, s, e)
        if given is not None:  # "Ursula von der Leyen", read from "Leyen" (a place, a body or a person)
            s, label = given, "PERSON"
        if label == "ORG" and (_titled_person(text[s:e]) or _particle_person(text[s:e])):
            label = "PERSON"  # "The Rt Hon Dominic Raab", "President Xi Jinping": a title before a person's name;
            # "Fernand de Varennes": a family name with its particle
        if label == "ORG":
            if _section_number(text, s, e):
                continue  # "VIII. Overall assessment": a section's number
            if lines and _headline_words(lines, s, e):
                continue  # "… Provides a Look into China's Brutal Camp System": a headline's capitals, no body
            if _HEADLINE_RE.search(text[s:e]) or re.search(r"\w:[ \t]", text[s:e]):
                continue  # "Uyghur Congress Chair: Sanctions 'Overdue'", "Kazakh Rights Advocate: Activists": a
                # headline's words, no body's name
            if _place_party_post(text, e, text[s:e].split()):
                continue  # "Xinjiang Party Secretary Chen Quanguo", "the Tibet Party chief": a post and its place
            if _ethnonym_pair(text[s:e]) or _post_nominal_letters(text, s, e):
                continue  # "Uyghur-Han relations"; "Sir Geoffrey Nice, KC, said": no body
            if text[s:e] in t.TITLE_WORDS:
                continue  # "known to the Chair": a post's title alone, no body
            e = s + _first_of_repeated(text[s:e])
            verb = _VERB_INSIDE_RE.search(text, s, e)
            e = verb.start() if verb else e
            s = _possessive_split(text, s, e, text[s:e].split())[-1][0]
            if _NOT_A_BODY_AFTER.match(text, e) or text[s:e] in TIME_ZONES:
                continue  # "our Supply Chain newsletter", "ASA 17/4197/2021": a newsletter, a document's series
            if re.fullmatch(r"[A-Z]{2,5}", text[s:e]) and _PRODUCT_MAKER_AFTER.match(text, e):
                continue  # "a PVC maker": the product, not a body
            e = _before_a_post(text, s, corporate_end(text, _whole_body_name(text, s, e)))
            s = _bracket_opened_start(text, s, e, lines or text)  # "Aksu) Co. Ltd": the name opens before the bracket
            s = _seat_word_start(text, s, e)  # "Xinjiang Zhongtai (Group) Co., Ltd."
            house = _OF_THE_HOUSE_RE.search(text, s, e)
            e = house.start() if house else e  # "… Committee of the House of Commons": the committee, the house apart
            e = _before_a_subject(text, s, e)
        if label == "PERSON" and _GROUP_AFTER.match(text, e):
            label = "ORG"  # "Serikzhan Bilash's Atajurt Kazakh Human Rights group", "the Wagner group": a body
        if label in ("PERSON", "ORG") and _toned_pinyin_gloss(text[s:e]):
            continue  # "Mínfēng Xiàn", "Zhōngguó": a name spelled in pinyin with its tones, a gloss of a word
        if label in ("GPE", "LOC") and _currency_code(text, e):
            continue  # "US$ 7.1 billion", "HK$": the country's letters open a currency's sign, no place
        if label in ("GPE", "LOC") and _NEWSLETTER_AFTER.match(text, e):
            continue  # "Sign up for our Asia newsletter": the newsletter's name
        if label in ("GPE", "LOC") and text[s:e].lower() in _COMPASS_WORDS:
            continue  # "IN EAST TURKISTAN" cut at a heading's capitals, "a blow to West": a direction alone, no place
        if label in ("GPE", "LOC") and _adjective_heading(text, s, e):
            continue  # "International", "Regional" alone on a line: a section's heading, no place
        if label == "PERSON" and _AWARD_AFTER_RE.match(text, e):
            continue  # "the PEN/Barbara Goldsmith Freedom to Write Award": an award's name, no person
        if label == "PERSON" and _credit_label(lines or text, s, e):
            continue  # "Photographs by Emre Kalkan": what a credit line is for, no person
        if label == "PERSON":
            e = _hyphenated_given_name_end(text, e)
            s = _first_given_name_before(text, s, e)
        if "\n" in text[s:e]:  # an entity does not run over a paragraph's end ("Brexit\n\nSkip")
            e = s + text[s:e].index("\n")
        if _unvouched_capitals(lines or text, s, e):
            continue  # "BY AUTHORITY OF THE PARLIAMENT", "MILLIONS AT STAKE": a heading's words in capitals
        if _CELL_GAP_RE.search(lines or text, s, e):
            continue  # nor over the gap between a table's cells ("Site   County or city": two heads, no place)
        marker = re.search(r"[.,;:]?\[\d{1,3}\]?", text[s:e])
        if marker:  # nor over a footnote marker ("Department of State.[8] Catherine Ashton")
            e = s + marker.start()
        e = _before_open_bracket(text, s, e)
        raw = text[s:e]
        if label in (
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
        ):
            continue
        # trim at a closing quote that has no opening one ("Platform’ Daily Essentials")
        cut = re.search(r"[’”]\s", raw)
        if cut and not re.search(r"[‘“]", raw[: cut.start()]):
            raw = raw[: cut.start()]
            e = s + len(raw)
        if _ROMANISATION_BEFORE_RE.search(text[max(0, s - 14) : s]):
            continue  # "(Chinese: 秦城监狱; pinyin: Qínchéng Jiānyù)": a name's spelling, named already
        kind_noun = (_KIND_NOUN_AFTER_RE.search(raw) or _RELEASE_AFTER_RE.search(raw)) if label == "ORG" else None
        if kind_noun:  # "the Atajurt Kazakh Human Rights group": what the body is, after its name
            raw = raw[: kind_noun.start()]
            e = s + len(raw)
        lead = len(raw) - len(raw.lstrip())
        name = clean_name(raw)
        if not name or t.is_ethnonym_phrase(name):
            continue
        words = name.split()
        # strip ethnonyms at the edges of places ("Xinjiang Uyghurs")
        while label in ("GPE", "LOC") and words and words[-1].lower() in t.ETHNONYMS:
            words.pop()
        while label in ("GPE", "LOC", "PERSON") and words and words[0].lower() in t.ETHNONYMS:
            words.pop(0)
        if label == "ORG" and len(words) > 1 and words[-1] in _HEADLINE_VERBS:
            words.pop()  # "…, UHRP Reveals", "Amnesty Warns": a headline's verb after the body
        name = " ".join(words)
        if not name or all(w.lower() in t.NOT_NAME_WORDS for w in words):
            continue
        kind = SPACY_TYPES.get(label)
        if kind is None:
            continue
        if kind == t.PLACE and _uyghur_name_read_as_place(words):
            kind = t.PERSON  # "replacing Shohrat Zakir": a Uyghur name the model took for a place
        by_rule = classify_run(words)
        if (
            kind in (t.ORGANIZATION, t.PUBLIC_BODY)
            and (
                (_is_role(words) and by_rule is None)  # "Consulate General": a body of that rank
                or (len(words) > 1 and words[-1].lower() in t.ROLE_NOUNS)  # "Business Correspondent": a post
                or not (name[0].isupper() or re.match(r"[a-z][A-Z]", name))
                or re.search(r"[/>|]", name)  # "Home > World > Asia-Pacific": a page's path, no name
                or "/" in (text[s - 1 : s] + text[e : e + 1])  # "A/HRC/WGAD/2021/8": a piece of a document symbol
                or words[-1] in NOT_ORG_HEADS
                or _head_before_complement(words) in NOT_ORG_HEADS  # "Sakharov Prize for Freedom of Thought"
                or describes_state(words)
                or _paired_section(text, s, e, name)
            )
        ):
            continue
        if by_rule is not None and (kind != t.PERSON or words[-1] in STREET_HEADS):
            kind = by_rule
        trimmed = False
        if kind == t.PERSON:
            if _DASH_JOINED_RE.search(text, max(0, s - 2), s):
                continue  # "Timmins—James Bay": a constituency's or a place's compound name, no person
            if _POSSESSIVE_INSIDE_RE.search(name):
                continue  # "An Insider’s View of …": a headline's noun phrase; no name holds a possessive
            name = strip_titles(_without_sentence_adverb(name))
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
        if kind == t.PLACE:
            if name in CALENDAR_WORDS or _common_heading(text, s, e, name):
                continue  # "in September 2022"; "Pairings" alone on its line, "the pairings" below it
            name = re.sub(r"\s+(?:province|region|prefecture)$", "", name, flags=re.I)
            if not re.fullmatch(r"[A-Z][\w'’\-\. ]+", name) or re.search(r"\d", name):
                continue
        if kind == t.ORGANIZATION and re.search(r"\d", name) and not _named_with_number(name):
            continue
        start = s + lead + max(0, raw.strip().find(name.split()[0]))
        if trimmed:
            e = _written_word_end(text, start, e, name.split()[-1])
        out.append(Mention(page, start, e, text[start:e], name, kind, P_STRONG + 1 if joined else P_SPACY))
    return out


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


def _without_sentence_adverb(name: str) -> str:
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and _SENTENCE_ADVERB_RE.fullmatch(words[0]) else name


_GIVEN_NAME_SYLLABLE = re.compile(rf"-{_SYLLABLE}(?![\w\-])")


def _headline_words(lines: str, start: int, end: int) -> bool:
    """Whether the model's organisation at ``start``–``end`` is capitalised words of a headline in title
    case (a line of five words or more, most of them capitalised, no full stop at its end and no list of
    fields between commas) that end in no
    body's head word, known to no list of bodies and not written in capitals."""
    name = lines[start:end]
    words = name.split()
    if not words or words[-1] in _HEADS | SCHOOL_HEADS or name.isupper() or "\n" in name:
        return False
    if t.fold(_without_article(name)) in known_bodies.english_forms():
        return False
    line = _line_around(lines, start, end).strip()
    long_words: list[str] = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", line) if len(w) > 3]
    if len(line.split()) < 5 or line.endswith((".", ",", ";")) or line.count(",") >= 2 or not long_words:
        return False  # a list's or a byline's fields ("OKAFOR, Ms Adaeze, Director of …, Amnesty …") are no headline
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised >= 0.8 * len(long_words)


# what an apposition says a law-named thing is when it is a business: ", a firm headquartered in …"
_FIRM_APPOSITION = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:[\w\-]+[ \t]+){0,3}?(?:firm|company|practice|partnership|consultancy)\b"
)


def _common_noun_acronym(text: str, name: str) -> bool:
    """Whether ``name`` is initials the page defines in brackets after words whose first letters spell it
    and that name no body: words in lower case ("a withhold release order (WRO)", "vocational education and
    training centres (VETCs)") or a document's name ("Withhold Release Order (WRO)", "Entity List (EL)")."""
    if not re.fullmatch(r"[A-Z]{2,6}s?", name):
        return False
    letters = name.rstrip("s").lower()
    words_before = re.compile(rf"(?:[A-Za-z][\w\-]*[ \t]+){{{len(letters)},{len(letters) + 2}}}$")
    for bracket in re.finditer(rf"\([“\"']?{name}[”\"']?\)", text):  # found first: the words before are read only there
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
    if len(words) > 2 and last[:1].isupper() and not last.isupper() and last not in _HEADS | SCHOOL_HEADS:
        return start + words[-2].end()
    return end


# a month shortened as a date line writes it, and the day after it ("Mar 11, 2019", "Sept. 4")
_MONTH_SHORT = re.compile(rf"(?:{'|'.join(a for a in MONTH_ABBREVIATIONS if a != 'May')}|Sept)\.?")
_DAY_AFTER = re.compile(r"\.?[ \t]+\d{1,2}(?!\d)")


def _head_before_complement(words: list[str]) -> str:
    """The word before a name's first "for" ("Prize" in "Sakharov Prize for Freedom of Thought"; not
    "of", which a publication's name may hold: "The New York Review of Books")."""
    at = next((i for i, w in enumerate(words) if w == "for"), 0)
    return words[at - 1] if at > 0 else ""


# "Photographs by", "Illustrations by": a credit line's first word, then "by" and a name
_CREDIT_BY_RE = re.compile(r"[ \t]+by[ \t]+[A-Z]")


def _before_open_bracket(text: str, start: int, end: int) -> int:
    """Where the model's entity ends when it runs into a bracket it does not close ("Belgian Uyghur
    Association (Belgium" in a list of signatories): before the bracket."""
    bracket = text.find("(", start, end)
    if bracket <= start or ")" in text[bracket:end]:
        return end
    return start + len(text[start:bracket].rstrip())


def _credit_label(lines: str, start: int, end: int) -> bool:
    """One word opening its line before "by" and a name ("Photographs by Emre Kalkan"): the credit's
    label, what the named person made, no person."""
    at_line_start = start == 0 or lines[start - 1] == "\n"
    return at_line_start and " " not in lines[start:end] and bool(_CREDIT_BY_RE.match(lines, end))


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


def _hyphenated_given_name_end(text: str, end: int) -> int:
    """ "Au Nok-hin", "Lee Yue-shun": a given name of two syllables joined by a hyphen (Cantonese,
    Korean) is read whole when the statistical model stops at the hyphen."""
    m = _GIVEN_NAME_SYLLABLE.match(text, end)
    return m.end() if m else end


_ORDINAL_WORDS = (
    "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth"
)
# a unit named by its number: "the XPCC's 14th Division", "the 224th Regiment", "the Corps' Third Division"
_NUMBERED_UNIT_RE = re.compile(
    rf"(?<![\w\-])(?:\d{{1,3}}(?:st|nd|rd|th)|{_ORDINAL_WORDS})[ \t]+(?:Division|Regiment|Brigade)(?![\w\-])"
)


def _numbered_units(page: int, text: str) -> list[Mention]:
    """A division, regiment or brigade named by its ordinal number (the Production and Construction Corps',
    an army's) is a body of its own."""
    return [
        Mention(page, m.start(), m.end(), m.group(0), m.group(0), t.PUBLIC_BODY, P_RULE)
        for m in _NUMBERED_UNIT_RE.finditer(text)
    ]


# a legislature's chamber named alone after "the": "passed the House 428-1 and unanimously in the Senate"
_CHAMBER_RE = re.compile(r"(?<=[Tt]he[ \t])(?:Senate|House)(?![\w\-’']|[ \t]+(?:of[ \t]|[A-Z]))")


# a website named by its capitalised domain: "(CNSNews.com) –", "according to Eurasianet.org"
_SITE_RE = re.compile(r"(?<![\w./@\-])[A-Z][A-Za-z0-9\-]*[a-z][A-Za-z0-9\-]*\.(?:com|org|net|info)(?![\w.\-/])")


def _sites(page: int, text: str) -> list[Mention]:
    """A site by its capitalised domain, an outlet or a body (a lower-case address, "www.x.org", is a link)."""
    return [
        Mention(page, m.start(), m.end(), m.group(0), m.group(0), t.ORGANIZATION, P_RULE)
        for m in _SITE_RE.finditer(text)
    ]


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
                if f.group("of") or (f.group("country") and _national_word(f.group("country")))
            ]
            named[word] = fuller[0] if fuller else ""
        canonical = named[word]
        out.append(Mention(page, m.start(), m.end(), word, word, t.PUBLIC_BODY, P_RULE, canonical=canonical))
    return out


def _named_with_number(name: str) -> bool:
    """A capital and a digit ("G7") or capitals and a short number ("EU27") may name a body; one capital
    and a longer number ("Q87", an oral-evidence question) or a number of three digits or more
    ("XIN0037", a written-evidence file) is a reference."""
    return bool(re.fullmatch(r"[A-Z]{2,}\d{1,2}|[A-Z]\d", name))


# a romanisation's label before a name's spelling in brackets ("pinyin: Qínchéng Jiānyù", "Wade–Giles:")
_ROMANISATION_BEFORE_RE = re.compile(r"(?:[Pp]inyin|Wade[–\-]Giles|[Jj]yutping|[Rr]omani[sz]ed):[ \t]*$")


_LINE_REST_RE = re.compile(r"[ \t]*(?:\n|$)")
_BAR_BEFORE_RE = re.compile(r"\|[ \t]*$")
_BAR_AFTER_RE = re.compile(r"[ \t]*\|")


def _line_around(text: str, start: int, end: int) -> str:
    """The whole line of ``text`` that holds the span ``start``–``end``, as written."""
    line_end = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1 : len(text) if line_end < 0 else line_end]


def _without_article(name: str) -> str:
    """``name`` without a leading "The"/"the" ("The Rt Hon …", "the Telegraph")."""
    return re.sub(r"^(?:The|the)[ \t]+", "", name)


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _LINE_REST_RE.match(text, end) is not None


def _between_bars(text: str, start: int, end: int) -> bool:
    """Whether a word stands by a navigation bar's bar ("World | Opinion | Life & Arts")."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_BAR_BEFORE_RE.search(text[line_start:start]) or _BAR_AFTER_RE.match(text, end))


def _written_lower(text: str, word: str) -> bool:
    """Whether the page also writes ``word`` in lower case, as a word of its own."""
    return re.search(rf"(?<![\w\-]){re.escape(word.lower())}(?![\w\-])", text) is not None


def _common_heading(text: str, start: int, end: int, name: str) -> bool:
    """A word alone on its line that the page also writes in lower case is a section's heading
    ("Pairings" over "The pairings, revised in 2011, include"), not a place the gazetteer knows."""
    if " " in name or t.fold(name) in t.gazetteer_index() or not _alone_on_line(text, start, end):
        return False
    return _written_lower(text, name)


def _paired_section(text: str, start: int, end: int, name: str) -> bool:
    """Two words joined by "&" between a navigation bar's bars ("World | Opinion | Life & Arts"): a section of
    the site, not a firm."""
    return re.fullmatch(r"[A-Z][a-z]+ & [A-Z][a-z]+", name) is not None and _between_bars(text, start, end)


def lone_org_ok(text: str, start: int, end: int, name: str) -> bool:
    """A single word the statistical model calls an organisation ("Hikvision", "Volkswagen") is kept
    unless something says it is no name: it is a common word (written in lower case elsewhere on the
    page, or one of the words no name is made of), a modifier after "a"/"an" ("an Android app"), or
    an item of a navigation bar ("Home | Tech | Subscribe")."""
    low = name.lower()
    if low in t.NOT_NAME_WORDS or low in KEYWORD_WORDS or low in t.ETHNONYMS or name in CLAUSE_STARTERS:
        return False
    if name in CALENDAR_WORDS or t.fold(name) in t.gazetteer_index():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _between_bars(text, start, end) or re.search(r"\b[Aa]n?[ \t]*$", text[line_start:start]):
        return False
    if _alone_on_line(text, start, end):
        return False  # a word alone on its line is a heading ("Findings", "Reception")
    return not _written_lower(text, name)


# a section's number in Roman numerals before its full stop or bracket ("VIII. Overall assessment", "IV)")
_SECTION_NUMBER = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})(?=[.)])")


def _section_number(text: str, start: int, end: int) -> bool:
    m = _SECTION_NUMBER.match(text, start)
    return m is not None and m.end() == end


def _opens_sentence_case_heading(text: str, start: int, end: int) -> bool:
    """The first word of a short line in sentence case without a full stop ("Traceability testing", "Raids on
    consultancies"): a section's heading, not a body's name."""
    line_start = text.rfind("\n", 0, start) + 1
    line = _line_around(text, start, end).strip()
    words = line.split()
    if text[line_start:start].strip() or not 2 <= len(words) <= 6 or line[-1] in '.!?:;,"”':
        return False
    return all(w[0].islower() for w in words[1:])


def strip_titles(name: str) -> str:
    words = name.split()
    titles = {w for x in t.TITLE_WORDS for w in x.split()} | {"UN", "EU", "US", "Chinese", "Foreign"}
    while len(words) > 1 and (
        words[0] in titles or words[0].lower() in t.ROLE_NOUNS or _plural_title(words[0], titles)
    ):
        words.pop(0)  # "Senators Bob Menendez, Marco Rubio and ...": a plural title before a list
    return " ".join(words)


def _plural_title(word: str, titles: set[str]) -> bool:
    return word.endswith("s") and (word[:-1] in titles or word[:-1].lower() in t.ROLE_NOUNS)


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
    return not any(w.lower() in t.NOT_NAME_WORDS or w.lower() in t.ETHNONYMS or _national_word(w) for w in before)


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


def _joined_by_and(outer: Mention, inner: Mention) -> bool:
    """ "IPVM and Human Rights Watch": a known body after "and" at the end of a longer name is the second of
    two bodies named together, no part of one name."""
    if not (outer.start < inner.start and inner.end == outer.end and inner.priority == P_STRONG):
        return False
    return outer.text[: inner.start - outer.start].endswith((" and ", " & "))


def resolve_overlaps(cands: list[Mention]) -> list[Mention]:
    """Keep the strongest of overlapping mentions; an institution or instrument whose name holds a
    place name ("Government of the People's Republic of China") keeps its whole name."""
    place_ends = {(o.page, o.end): o for o in cands if o.type == t.PLACE and o.strong}
    for c in cands:
        if (
            c.type in (t.ORGANIZATION, t.PUBLIC_BODY, t.LAW, t.FACILITY)
            and c.priority < P_STRONG
            and (classify_run(c.name.split()) == c.type or _named_for_place(c, place_ends))
        ):
            inner = [
                o
                for o in cands
                if o is not c
                and o.priority == P_STRONG
                and (o.type == t.PLACE or _body_of_body(c, o) or _instrument_of_body(c, o))
                and c.start <= o.start
                and o.end <= c.end
                and (o.end - o.start) < (c.end - c.start)
            ]
            joined = any(_joined_by_and(c, o) for o in cands if o is not c and o.page == c.page)
            if inner and not joined and not _inside_strong_body(c, cands):
                c.priority = P_STRONG + 1
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
