"""A document's scholarly and editorial apparatus: reference lists, footnote citations and table row
numbers. Their numbers and dates are references to other documents, not claims or events of this
one ("1 OJ C 199 E, 7.7.2012, p. 185.", "3] Cliff, Tom (2009). ... 33 (1): 83–106.")."""

from __future__ import annotations

import re

from habeas.vocab import MONTH_NAMES

# A heading that opens the apparatus at the end of an article, its colon full-width too, as Chinese pages write it
# ("注释：", "参考文献：")
REFERENCES_HEADING = re.compile(
    r"(?im)^[ \t]*(?:references|notes|footnotes|endnotes|sources|bibliography|works\s+cited|citations|"
    r"further\s+reading|参考文献|注释|资料来源)[ \t]*[:：]?[ \t]*$"
)
# A line that starts with a note's number and reads as a citation: a year in brackets, a page, a
# journal's volume and issue, an Official Journal reference, a link, "Retrieved", "ibid." (not a day before its
# month, as a timeline's entry opens: "24 November 2019: … a telegram numbered … No. 419")
_NOTE_START = rf"^[ \t]*(?:\[\d{{1,3}}\]|\d{{1,3}}(?![ \t]+(?:{'|'.join(MONTH_NAMES)})\b)[\].)]?|\^)[ \t]+"
_NUMBERED_DOCUMENT_SIGN = r"\bNo\.\s*\d"
_SOURCE_SIGN = (
    r"\(\d{4}[a-z]?\)|\bpp?\.\s*\d|\b\d+\s*\(\d+\)\s*:|\bOJ\s+[A-Z]\b|https?://|\bRetrieved\b|\bibid\b|"
    r"\bdoi\b|\bVol\.\s*\d|\bISBN\b"
)
# a report or a release cited by its kind ("…, press release, 3 May 2021"), which a sentence of prose names too:
# a sign only where the note's words open with no small letter ("108 people were interviewed for this report." is
# a paragraph that opens with its count, no note)
_REPORT_SIGN = r"\b(?:press\s+release|report)(?=\s*[,.;:]|\s+(?:no\.|\d))"
_OTHER_CITATION_SIGN = f"{_SOURCE_SIGN}|{_REPORT_SIGN}"
CITATION_LINE = re.compile(
    rf"(?im){_NOTE_START}(?=[^\n]*(?:{_SOURCE_SIGN}|{_NUMBERED_DOCUMENT_SIGN})|(?-i:(?![a-z]))[^\n]*{_REPORT_SIGN})"
    r"[^\n]*$"
)
# a reference to the Official Journal of the European Union, in a citation or a running head: its series, issue
# and page ("OJ L 410 I, 7.12.2020, p. 1", "OJ C 199 E, 7.7.2012", "L 99 I/1", "C 231/4")
OJ_REFERENCE = re.compile(
    r"\bOJ[ \t]+[LC][ \t]+\d{1,4}(?:[ \t]+[A-Z]{1,2})?(?:,[ \t]*\d{1,2}\.\d{1,2}\.\d{4})?(?:,[ \t]*p\.[ \t]*\d+)?"
    r"|(?<![\w/.])[LC][ \t]+\d{1,4}(?:[ \t]+[A-Z]{1,2})?/\d{1,4}(?![\w/])"
)
# a citation of a section of a code of laws or of regulations, by its title's number, the code's letters and the
# section or part ("19 USC 1307", "19 U.S.C. § 1307", "15 CFR Part 744", "15 C.F.R. 744.11"): references, no counts
CODE_CITATION = re.compile(
    r"(?<![\w.])\d{1,2}[ \t]+(?:U\.?[ \t]?S\.?[ \t]?C\.?|C\.?[ \t]?F\.?[ \t]?R\.?)"
    r"(?:[ \t]*(?:§{1,2}|Part|Sec\.|Section))?"
    r"[ \t]*\d[\w.\-]*(?<![.\-])(?:\([\w]{1,4}\))*"
    # a volume of the Federal Register and its page, or the page left to fill in a rule's text ("89 FR 61932",
    # "90 FR [INSERT FR PAGE NUMBER]"); a title's parts in the plural ("15 CFR parts 730-774")
    r"|(?<![\w.])\d{1,3}[ \t]+FR[ \t]+(?:\d{1,6}\b|\[[A-Z ]+\])"
    r"|(?<![\w.])\d{1,2}[ \t]+C\.?[ \t]?F\.?[ \t]?R\.?[ \t]+[Pp]arts[ \t]+\d+(?:[\-–]\d+)?\b"
)
# the number of a code's title right before its letters ("19 " of "19 USC 1307")
_CODE_TITLE_BEFORE = re.compile(r"(?<![\w.])\d{1,2}[ \t]+\Z")


def in_code_citation(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are the letters of a code a citation of its section names
    ("19 USC 1307", "15 CFR Part 744", "19 CFR §12.42"): no body, though the letters are a body's too (CFR)."""
    title = _CODE_TITLE_BEFORE.search(text, max(0, start - 4), start)
    cited = CODE_CITATION.match(text, title.start()) if title else None
    return cited is not None and end <= cited.end()


# the number of a law, a bill or an order, cited by it: a volume and page of the Statutes at Large ("135 Stat.
# 1525"), a public law ("Public Law 117-78", "Pub. L. No. 117-78"), a bill or resolution of Congress ("H.R. 6256",
# "S. 65", "H.Res. 317") and an executive order ("Executive Order 13936", "E.O. 13936"): references, no counts
LEGISLATION_NUMBER = re.compile(
    r"(?<![\w.])\d{1,3}[ \t]+Stat\.[ \t]+\d{1,5}\b"
    r"|\b(?:Public[ \t]+Law|Pub\.[ \t]?L\.|P\.[ \t]?L\.)(?:[ \t]+No\.)?[ \t]+\d{2,3}[\-–]\d{1,4}\b"
    r"|(?<![\w.])(?:H\.[ \t]?R\.|S\.|H\.[ \t]?(?:Con\.[ \t]?)?Res\.|S\.[ \t]?(?:Con\.[ \t]?)?Res\.)[ \t]+\d{1,5}\b"
    r"|\b(?:Executive[ \t]+Order|E\.[ \t]?O\.)(?:[ \t]+\(E\.O\.\))?(?:[ \t]+No\.)?[ \t]+\d{5}\b"
    # a treaty cited by the volume and page of a treaty series ("78 UNTS 277", "999 U.N.T.S. 171", "ETS 5")
    r"|(?<![\w.])\d{1,4}[ \t]+(?:[A-Z]\.?){0,3}T\.?S\.?[ \t]+\d{1,5}\b"
)
# a table's row number: a small number opening a line and followed by another figure or a date
TABLE_ROW = re.compile(r"(?m)^[ \t]*\d{1,3}(?=[ \t]+\d)")
# a table's row laid out with spaces: three or more gaps of two spaces or a tab between its cells ("2  Yarkant
# No. 2   Yarkant County   Kashgar", which a numbered citation's "No. 2" does not make a note)
SPACED_ROW = re.compile(r"(?:\S(?: {2,}|\t)[ \t]*(?=\S)[^\n]*?){3}")


# a press release's numbered notes for the press, whose items are statements of the release, no citations
EDITORS_NOTES_HEADING = re.compile(
    r"(?im)^[ \t]*(?:notes?[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?editors?|editors?['’]?[ \t]+notes?)[ \t]*:?[ \t]*$"
)
# the run of numbered items (and the blank lines between them) after that heading
_NUMBERED_ITEMS = re.compile(r"(?:[ \t]*\n|[ \t]*\d{1,2}[.)][ \t][^\n]*\n?)+")


def apparatus_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` whose figures and dates are citations: the reference list after its heading
    (to the end of the page), each line that is a numbered citation, except a press release's numbered notes
    to editors ("3. Courts sentenced 87,708 people in 2017, according to a 2021 report,"), each Official Journal
    reference and a book index's pages."""
    spans: list[tuple[int, int]] = []
    heading = REFERENCES_HEADING.search(text)
    while heading is not None:
        end = heading.end()
        if heading.start() > len(text) // 3:
            end = _next_prose_section(text, end)
            spans.append((heading.start(), end))
        heading = REFERENCES_HEADING.search(text, end)
    notes = _editors_notes(text)
    spans.extend(
        m.span()
        for m in CITATION_LINE.finditer(text)
        if not SPACED_ROW.search(m.group(0))
        and not (notes[0] <= m.start() < notes[1])
        and not _numbered_prose(m.group(0))
    )
    spans.extend(m.span() for m in OJ_REFERENCE.finditer(text))
    return spans + index_pages(text)


# a book index's entry: a heading (a name, a term, a place, a sub-entry's words), a comma and its pages, ranges of
# pages and notes' pages, to the line's end, a semicolon before a sub-entry or a figure's reference ("Roe, Jane,
# 12, 45–47, 88n4", "cameras, 55–57; makers of, 58–59", "Dabancheng, 81, 84 (fig. 3.2)")
_INDEX_PAGE = r"\d{1,4}(?:[–-]\d{1,4})?(?:n\d{1,3})?"
_INDEX_PAGES = re.compile(
    rf"(?m)(?<=[^\d\s,;],)[ \t]+{_INDEX_PAGE}(?:,[ \t]+{_INDEX_PAGE})*"
    r"(?=[ \t]*(?:;|$|\((?:fig|map|table|plate|n)))"
)
# an index runs over many lines and gives ranges or notes' pages, where a table's "Kashgar, 1200" lines give neither
INDEX_LINES_AT_LEAST = 4
INDEX_RANGES_AT_LEAST = 2


def index_pages(text: str) -> list[tuple[int, int]]:
    """The spans of a book index's page numbers (``_INDEX_PAGES``), where the page reads as an index: pages after
    a heading and a comma on ``INDEX_LINES_AT_LEAST`` lines, ``INDEX_RANGES_AT_LEAST`` of them with a range or a
    note's page."""
    runs = list(_INDEX_PAGES.finditer(text))
    lines = {text.count("\n", 0, m.start()) for m in runs}
    ranged = [m for m in runs if re.search(r"\d[–-]\d|\dn\d", m.group(0))]
    if len(lines) < INDEX_LINES_AT_LEAST or len(ranged) < INDEX_RANGES_AT_LEAST:
        return []
    return [m.span() for m in runs]


# a numbered paragraph of a report, whose only citation's sign is a numbered document it names ("24. The Working
# Group has adopted opinion No. 37/2022 concerning … , sentenced on 25 December 2020 to 20 years' imprisonment.")
_NUMBER_SIGN = re.compile(_NUMBERED_DOCUMENT_SIGN, re.IGNORECASE)
_OTHER_SIGN = re.compile(_OTHER_CITATION_SIGN, re.IGNORECASE)
PROSE_PARAGRAPH_CHARS = 250


def _numbered_prose(line: str) -> bool:
    """Whether a line that opens with a number is a paragraph of prose, not a note: long, and cited only by
    "No." and a number."""
    return len(line) > PROSE_PARAGRAPH_CHARS and bool(_NUMBER_SIGN.search(line)) and not _OTHER_SIGN.search(line)


# a section of prose after the apparatus: a heading line of a few words without a stop ("Reception", "Legacy"),
# then a paragraph of prose that opens with no note's number, letter or caret
_PROSE_SECTION = re.compile(
    r"(?m)^[ \t]*[A-Z][^\n.:;,!?\[\]]{0,40}(?<![ \t])[ \t]*\n(?![ \t]*(?:\[?\d{1,3}|[a-z][.)][ \t]|\^))[^\n]{150,}$"
)


# the opening of an entry of a reference list in author-date style: an inverted author ("Smith, John. 2019. …")
_INVERTED_AUTHOR_START = re.compile(r"[ \t]*[A-Z][\w'’\-]+,[ \t]")


def _next_prose_section(text: str, start: int) -> int:
    """Where the apparatus that opens at ``start`` ends: at the next section of prose (a table's notes before
    the article's "Reception" section), or at the end of the page; a sub-heading of a reference list ("Books")
    before an entry, with an inverted author or a citation's sign, goes on with the list."""
    for section in _PROSE_SECTION.finditer(text, start):
        paragraph = text[text.index("\n", section.start()) + 1 : section.end()]
        if not (_INVERTED_AUTHOR_START.match(paragraph) or _OTHER_SIGN.search(paragraph)):
            return section.start()
    return len(text)


def _editors_notes(text: str) -> tuple[int, int]:
    """Where a press release's numbered notes to editors run; an empty span where it has none."""
    heading = EDITORS_NOTES_HEADING.search(text)
    if heading is None:
        return (0, 0)
    items = _NUMBERED_ITEMS.match(text, heading.end() + 1)
    return (heading.end(), items.end() if items else heading.end())


def row_number_spans(text: str) -> list[tuple[int, int]]:
    """Row numbers of tables, which count nothing."""
    return [m.span() for m in TABLE_ROW.finditer(text)]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)
