"""How an English page is laid out: the text prepared for the model (list markers, footnote markers and
an infobox's fields set apart), the fields of an infobox, and sentences bounded by the page's lines and
markers as well as by the model.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from habeas.analyse import tables as t
from habeas.analyse.dates import STAMPED_LINE_RE
from habeas.names.scripts import LATIN_UPPER
from habeas.vocab import MONTH_ABBREVIATIONS, MONTH_NAMES

LIST_MARKER_RE = re.compile(
    # a letter is no marker where a second initial and a family name follow it ("E. M. Halvorsen-Yi, Faculty of Law"),
    # nor on a line that goes on with a list the line before left at a comma ("D. Fenwick, P. Okoro,⏎M. Quinlan")
    r"(?m)^(?:(?<!,\n)[ \t]*[A-Z]{1,2}\.[ \t]+(?![ \t]*[A-Z]\.[ \t]*[A-Z][a-z])|[ \t]*(?:\d{1,3}|[ivxlc]{1,5})\.[ \t]+)"
    r"|^[ \t]*[–—\-•\uf0b7·][ \t]*"
    r"|^\d{1,2}(?:\.\d{1,2}){0,2}[ \t]+(?=[A-Z][a-z])"  # "2 Background", "2.1 Reasons" in a contents list
    # not a date's day: "14 May 2021", "14 May, 2021", "3 Sept. 2019", "14 May" alone on its line
    rf"(?!(?:{'|'.join((*MONTH_NAMES, *MONTH_ABBREVIATIONS, 'Sept'))})\.?(?:,?[ \t]+\d{{4}}\b|[ \t]*$))"
)


FOOTNOTE_RE = re.compile(
    r"(?<=[a-z)])(?<!\bkm)(?<!\bmi)(?<!\bm)\d{1,2}(?=[\s,;.]|$)"  # "camps1 and", "(2019)3" (not the 2 of "km2")
    r"|(?<=[a-z)\]\"”’][.,;:])\d{1,2}(?=\s|$)"  # "forced labour.1 The"
    r"|(?<=\b(?:1[89]|20)\d\d\.)\d{1,2}(?=\s+[A-Z\n]|[ \t]*\n|\s*$)"  # "on 14 September 2022.2 The", "… 2022.2⏎14."
    r"|(?<=[\w)\]\"”’][.,;:])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}"  # "at the Central Party School.⁵" (not the ² of "km²")
    # a journal's note written out and run into the sentence it marks, as a copy of its web page has it:
    # "… with protection concerns to China.”Footnote 1 He immediately", "the Policy Act of 2020,Footnote 3 and"
    r"|(?<=[\w.,;:)\]\"”’])Footnote[ \t]\d{1,3}(?=\s|$)"
)


# a markup's tag, where a page is copied with its markup (a bill's XML, "<dc:title>", "<section id="…">", a
# plain-text copy's "<DOC>", "<?xml version="1.0"?>", "<!DOCTYPE bill …>"): its name and attributes are read as
# blanks, no body's name and no count
MARKUP_TAG_RE = re.compile(
    r"<(?:[?!][A-Za-z][^<>\n]{0,300}|/?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+(?:=(?:\"[^\"<>]*\"|'[^'<>]*'))?){0,30}\s*/?)>"
)


def _markup_tags(text: str, chars: list[str]) -> set[int]:
    """Blanks a page's markup tags in ``chars``; where an element closes and the next opens with nothing between
    ("…UNITED STATES</current-chamber><legis-type>AN ACT"), a line break parts the two, and its place is
    returned (an inline element's tags, "<quote><short-title>…</short-title></quote>", part nothing)."""
    breaks: set[int] = set()
    run: list[re.Match[str]] = []
    for m in [*MARKUP_TAG_RE.finditer(text), None]:
        if m is not None and run and not text[run[-1].end() : m.start()].strip():
            run.append(m)
            continue
        if len(run) > 1 and any(r.group().startswith("</") for r in run) and not run[-1].group().startswith("</"):
            breaks.add(run[0].start())
        run = [m] if m is not None else []
    for m in MARKUP_TAG_RE.finditer(text):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    for i in breaks:
        chars[i] = "\n"
    return breaks


def _glued_label_ends(fields: list[re.Match[str]]) -> set[int]:
    """Where the labels of an infobox's fields end that a copy ran into their values: digits there
    ("Injuries1,721") are the field's value, no footnote marker."""
    return {f.end("label") for f in fields if f.group("glued") is not None}


# an e-mail's quoted lines ("> Our auditor visited the site", "> > On Mon, … wrote:"): the marks before them
QUOTE_MARKER_RE = re.compile(r"(?m)^[ \t]*>(?:[ \t]*>)*[ \t]?")


# a word a copied page broke at a line's end and the copy ran on with a space ("Sarah Ken- nedy", "Xin- jiang",
# "Beijing- based"): a hyphen and one space between letters and a lower-case rest, never a suspended hyphen
# before a conjunction ("pre- and post-war", "short- to medium-term") nor a dash typed as a hyphen before a word
# that opens a phrase ("in Kashgar- a city of …- until 2017", "Urumqi- the capital-", "Heyit- his family said-");
# the first part opens with a capital, as a name's does: a lower-case word before the hyphen is a compound or a
# dash typed as a hyphen, left as written ("long- term", "said- died")
_SPACED_BREAK_RE = re.compile(
    rf"(?<![\w-])([{LATIN_UPPER}][^\W\d_]*)-[ \t]"
    r"(?!(?:and|or|nor|to|but|the|an?|his|her|its|their|our|my|this|that|these|those|who|which|whose|where|when"
    r"|in|on|at|of|for|from|with|by|as|until|after|before|since|he|she|it|they|we|was|were|is|are)\b)"
    r"([a-zß-öø-ÿ]+)\b(?![-\w])"
)
_WORD_FORM_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# where a clause ends: after a mark before a blank (a full stop after a word in lower case or a figure, not "Mr."
# nor "U.S."), or before a paragraph's end
_CLAUSE_END_RE = re.compile(
    r"(?:[,;:!?)\]”]|(?<![A-Z][a-z])(?<!Mrs)(?<=[a-z\d]{2})\.)(?=[ \t]|\n|\Z)|(?=\n[ \t]*(?:\n|\Z))|\Z"
)


def known_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a place."""
    entry = t.gazetteer_index().get(t.fold(name))
    return entry is not None and entry.type == t.PLACE


def known_place_or_city(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a place, or as a city outside China ("Geneva", "Almaty")."""
    return known_place(name) or name in t.world_cities()


def _spaced_breaks_joined(text: str) -> tuple[str, list[int] | None]:
    """The page with each word broken by a hyphen and a space mended, same length: the word whole ("Sarah
    Kennedy said 200 were held.   "), unless the page writes its rest as a word of its own or the two parts
    hyphenated elsewhere, or the first part is a place the gazetteer knows ("Beijing-based firm,  "). The blanks
    the word gives up go after the next mark that ends a clause, where no name runs on over them ("Au- drey
    Hepburn said" is no "Audrey   Hepburn"). With it, the page's offset of each character read (a blank moved:
    the offset of the character before it), or None where no word was mended (every offset the page's)."""
    if "- " not in text and "-\t" not in text:
        return text, None
    breaks = list(_SPACED_BREAK_RE.finditer(text))
    if not breaks:
        return text, None
    elsewhere = Counter(w.lower() for w in _WORD_FORM_RE.findall(_blank(text, (m.span() for m in breaks))))
    kept = list(range(len(text)))
    for m in reversed(breaks):  # from the page's end: each mending moves only what follows it
        first, rest = m.group(1), m.group(2)
        whole = elsewhere[(first + rest).lower()] > 0
        kept_apart = elsewhere[rest.lower()] > 0 or elsewhere[f"{first}-{rest}".lower()] > 0 or known_place(first)
        word = f"{first}{rest}" if whole or not kept_apart else f"{first}-{rest}"
        stop = _CLAUSE_END_RE.search(text, m.end(), m.end() + 150)
        at = stop.end() if stop else m.end()
        gap = m.end() - m.start() - len(word)
        text = text[: m.start()] + word + text[m.end() : at] + " " * gap + text[at:]
        read_word = kept[m.start() : m.start() + len(word) - len(rest)] + kept[m.end() - len(rest) : m.end()]
        kept[m.start() : at] = read_word + kept[m.end() : at] + [kept[at - 1]] * gap
    return text, kept


# a subtitle file's cue (SubRip's, WebVTT's): its number alone on a line, then its timing on the next
# ("12⏎00:01:12,450 --> 00:01:17,820"), which neither counts nor names anything
_CUE_TIMING_RE = re.compile(
    r"(?m)^(?:[ \t]*\d{1,5}[ \t]*\n)?[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[ \t]+-->[ \t]+"
    r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[^\n]*$"
)
# a caption's line that stops inside a sentence (a letter, a comma or a figure last) before a line, of its cue or
# the next, that goes on with it (a word in lower case or a figure first): "… took his passport⏎and sent him"
_CAPTION_RUN_ON_RE = re.compile(r"(?<=[\w,])[ \t]*\n\s*(?=[a-z\d])")


# a transcript's or a caption's note in square brackets of the language spoken ("[in Kazakh]", "[speaking
# Uyghur]", "[through an interpreter]"): the language's name is no name run into the speech after it ("[in Kazakh]
# Every week" is no "Kazakh Every"); other bracketed notes ("[online]" in a reference) stay as written
_STAGE_DIRECTION_RE = re.compile(r"\[(?:in|speaking|through)(?:[ \t]+[A-Za-z][a-z]+){1,2}\]")


def _subtitle_cues_run_on(text: str) -> str:
    """A subtitle file read as the speech it shows, same length: each cue's number and timing blanked, and a
    sentence the captions break over lines and cues run on ("… took his passport⏎and sent him to a camp⏎⏎6⏎
    00:00:27,120 --> 00:00:31,400⏎with about 2,000 other men"); a line in capitals (a speaker's name shown
    under the picture) runs on into nothing. A page with fewer than three timings is no subtitle file."""
    cues = list(_CUE_TIMING_RE.finditer(text))
    if len(cues) < 3:
        return text
    blanked = _blank(text, (m.span() for m in cues))

    def run_on(m: re.Match[str]) -> str:
        line = blanked[blanked.rfind("\n", 0, m.start()) + 1 : m.start()]
        return m.group(0) if line.isupper() else re.sub(r"\S|\n", " ", m.group(0))

    return _CAPTION_RUN_ON_RE.sub(run_on, blanked)


def _without_quote_markers(text: str) -> str:
    """The text with the marks of a reply's quoted lines blanked, where two lines or more carry them, so that
    a name wrapped over two quoted lines reads as one ("… run by the Aksu⏎> Prefecture Party Committee")."""
    marks = list(QUOTE_MARKER_RE.finditer(text))
    if len(marks) < 2:
        return text
    chars = list(text)
    for m in marks:
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


# a page whose UTF-8 was read as GBK (a copy decoded with the wrong code page): each of its typographic marks,
# three bytes from U+2000 to U+203F, and the ASCII character after it are two Chinese characters, "鈥" and
# one more ("Dawut鈥檚" for "Dawut’s", "鈥淭he" for "“The"), so the repair keeps the page's length; a lone "鈥"
# lost its third byte to the space or line break after it: a dash after a space, a closing quote after a word
_GBK_MOJIBAKE_RE = re.compile(r"\u9225(?P<next>[^\x00-\x7f]?)")


def _mojibake_pair(m: re.Match[str]) -> str:
    after = m.group("next")
    if after:
        raw = after.encode("gb18030", errors="replace")
        if len(raw) == 2 and 0x80 <= raw[0] <= 0xBF and 0x20 <= raw[1] < 0x7F:
            return (b"\xe2\x80" + raw[:1]).decode("utf-8") + chr(raw[1])
        return m.group()
    at = m.start()
    if at + 1 < len(m.string) and not m.string[at + 1].isspace():
        return m.group()  # a "鈥" before a letter or a mark is no lost byte
    return "—" if at == 0 or m.string[at - 1].isspace() else "”"


def without_gbk_mojibake(text: str) -> str:
    """The page with its UTF-8 marks read as GBK repaired (``_GBK_MOJIBAKE_RE``), same length."""
    if "\u9225" not in text:
        return text
    return _GBK_MOJIBAKE_RE.sub(_mojibake_pair, text)


# a photo gallery's furniture, as a news site's gallery copies it with its captions: the slide's counter ("1 of23",
# "Photo 4 of 12") and the caption's controls ("Show More Show Less"), no part of the caption's sentences or its
# credit (a bare counter with a space before its total only at a line's start, where the page has two of one total)
_GALLERY_CONTROLS_RE = re.compile(r"\bShow[ \t]+More[ \t]+Show[ \t]+Less\b")
_SLIDE_COUNTER_RE = re.compile(
    r"(?m)(?<!\S)(?P<word>(?:Photo|Image|Slide|Picture)[ \t]+)?(?P<at>\d{1,3})[ \t]+of(?P<gap>[ \t]*)"
    r"(?P<total>\d{1,3})(?=[ \t]|$)"
)


def _gallery_furniture(text: str) -> list[tuple[int, int]]:
    """The spans of a gallery's counters and controls (``_SLIDE_COUNTER_RE``, ``_GALLERY_CONTROLS_RE``)."""
    counters = [m for m in _SLIDE_COUNTER_RE.finditer(text) if int(m.group("at")) <= int(m.group("total"))]
    totals = Counter(m.group("total") for m in counters if _at_line_start(text, m.start()))
    spans = [m.span() for m in _GALLERY_CONTROLS_RE.finditer(text)]
    for m in counters:
        if alone_on_line(text, m.start(), m.end()):
            continue  # a counter on a line of its own parts the captions as it stands
        repeated = totals[m.group("total")] >= 2 and _at_line_start(text, m.start())
        if not m.group("gap") or m.group("word") or (repeated and not _COUNTED_AFTER_RE.match(text, m.end())):
            spans.append(m.span())
    return spans


# a lower-case word after "3 of 5": what the share counts or says ("3 of 5 detainees", "2 of 5 said"), where a
# gallery's caption opens with a capital
_COUNTED_AFTER_RE = re.compile(r"[ \t]+[a-z]")


def _at_line_start(text: str, at: int) -> bool:
    return not text[text.rfind("\n", 0, at) + 1 : at].strip()


_LINE_REST_RE = re.compile(r"[ \t]*(?:\n|$)")


def alone_on_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _LINE_REST_RE.match(text, end) is not None


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            chars[i] = " "
    return "".join(chars)


def without_gallery_furniture(text: str) -> str:
    """The page with its gallery's counters and controls blanked (``_gallery_furniture``), same length: a
    caption's counter opens no numbered citation."""
    return _blank(text, _gallery_furniture(text))


# "Bert\u2011Jan Ruissen", "B9\u20110434/2020": a typesetter's hyphen (U+2010) or non-breaking one (U+2011), as
# parliaments' and publishers' pages write them, is a hyphen to the rules; read as a letter it broke the name
_TYPESET_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def prepare(text: str, fields: list[re.Match[str]] | None = None) -> str:
    """The text spaCy and the rules read: same length, single line breaks, list markers, footnote numbers
    and a gallery's counters and controls (``without_gallery_furniture``) blanked, so offsets still point
    into the stored text (but where a word broken by a hyphen and a space is mended: ``prepare_mapped``).
    ``fields``: the page's infobox fields, where the caller has found them already (``infobox_fields``)."""
    return prepare_mapped(text, fields)[0]


def prepare_mapped(text: str, fields: list[re.Match[str]] | None = None) -> tuple[str, list[int] | None]:
    """The text ``prepare`` reads, and where it mended a word a copied page broke with a hyphen and a space
    ("Sarah Ken- nedy"), the stored page's offset of each character read (else None: the offsets are the
    page's), to take what is found back to the page (``document._on_the_stored_page``)."""
    read, kept = _page_read(text)
    return _prepared_read(read, kept, infobox_fields(read) if fields is None else fields)


class PreparedPage(NamedTuple):
    """``prepare_mapped``'s reading of a page (``source``): the text read and the stored offsets."""

    source: str
    text: str
    stored_at: list[int] | None


def prepare_for_model(text: str) -> tuple[str, list[re.Match[str]], PreparedPage | None]:
    """``prepare(text, fields)`` with the page's infobox fields (``infobox_fields(text)``), the fields, and
    ``prepare_mapped(text)`` where it is the same reading, so the rules need not read the page again: where the
    page reads as written before its fields are found (no typeset hyphen, broken word or cue to mend), the
    fields found in it are the ones ``prepare_mapped`` finds (else None)."""
    fields = infobox_fields(text)
    read, kept = _page_read(text)
    prepared, stored_at = _prepared_read(read, kept, fields)
    return prepared, fields, PreparedPage(text, prepared, stored_at) if read == text else None


def _page_read(text: str) -> tuple[str, list[int] | None]:
    """The page with its typeset hyphens, broken words, subtitles' cues, quotes' markers, a gallery's furniture
    and stage directions read, and the stored offsets where a broken word was mended (``prepare_mapped``)."""
    text, kept = _spaced_breaks_joined(text.translate(_TYPESET_HYPHENS))
    text = without_gallery_furniture(_without_quote_markers(_subtitle_cues_run_on(text)))
    return _blank(text, (m.span() for m in _STAGE_DIRECTION_RE.finditer(text))), kept


def _prepared_read(text: str, kept: list[int] | None, fields: list[re.Match[str]]) -> tuple[str, list[int] | None]:
    """``prepare_mapped`` of a page once read (``_page_read``), with the infobox ``fields`` it reads by."""
    chars = list(text)
    for m in LIST_MARKER_RE.finditer(text):
        for i in range(m.start(), m.end()):
            if chars[i] not in "\n":
                chars[i] = " "
    tags = _markup_tags(text, chars)
    markers = list(FOOTNOTE_RE.finditer(text))
    # digits after a capitalised word are a name's ("Cure53") where the page marks its footnotes in
    # brackets ("[5]"), or never after a word in lower case ("camps1 and")
    names_take_digits = len(re.findall(r"\[\d{1,3}\]", text)) >= 2 or not any(
        re.search(r"(?<![\w'’-])[a-z][\w'’-]*$", text[max(0, m.start() - 30) : m.start()]) for m in markers
    )
    values_at = _glued_label_ends(fields)
    for m in markers:
        if _digits_of_a_name(text, m, names_take_digits) or m.start() in values_at:
            continue
        for i in range(m.start(), m.end()):
            chars[i] = " "
    for m in _ENTRY_LABEL_RE.finditer(text):  # "DOB Aug 1953; POB Turpan": a listed entry's labels name nothing
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in fields:  # a label run into its value is no part of the value's name
        if _SPELLING_LABEL_RE.fullmatch(m.group("label")):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())  # the subject spelled again names no one
        elif m.group("glued") is not None:
            chars[m.start("label") : m.end("label")] = " " * (m.end("label") - m.start("label"))
        if m.groupdict().get("void"):  # "Sentence Extended: NA": no value, no name
            chars[m.start("void") : m.end("void")] = " " * (m.end("void") - m.start("void"))
    out = "".join(chars)
    lengths = sorted(len(line.strip()) for line in out.split("\n") if line.strip())
    if not _wrapped(lengths):  # a page whose paragraphs are lines of their own, mostly
        return _full_lines_run_on(out, _lengths_of_prose(out)), kept
    # single line breaks inside a paragraph become spaces; blank lines stay, and so does the break before
    # a list's item ("References\n1. Amnesty International (2021)": a heading is no part of a name) and
    # after a line much shorter than the page's lines that no punctuation ends: a heading or a list
    # item ("See also\n Uyghur Tribunal\n Transnational repression"), not a wrapped line
    items = {m.start() - 1 for m in LIST_MARKER_RE.finditer(text) if text[m.start() - 1 : m.start()] == "\n"}
    items |= tags
    # nor is a line of items between bars (a navigation bar, a table's row) joined to its neighbours, nor a
    # transcript's witness listed surname first ("LINDQVIST, Dr Maja, Head of Research, …")
    # (and a table's row laid out with spaces: "North Camp    Lopnur County    900")
    rows = (*_BARRED_LINE_RE.finditer(text), *_spaced_rows(text), *INVERTED_NAME_LINE_RE.finditer(text))
    rows = (*rows, *_TIMELINE_LINE_RE.finditer(text))  # a timeline's entry ("April 2017: …", "2014 – …")
    rows = (*rows, *_PICTURE_CREDIT_LINE_RE.finditer(text), *_DATE_LINE_RE.finditer(text))
    rows = (
        *rows,
        *STAMPED_LINE_RE.finditer(text),
    )  # a chat's or a log's message, which the line before never runs into
    for m in rows:
        items |= {m.start() - 1, m.end()}
    items |= {m.start() - 1 for m in _LISTED_ENTRY_LINE_RE.finditer(text)}
    # nor is an infobox's field ("Preceded by Shohrat Zakir", "Alma mater …"), a label and its value
    for m in [*INFOBOX_FIELD_RE.finditer(text), *fields]:
        items |= {m.start() - 1, m.end()}
    short = _short_line_length(lengths)
    items |= _indented_items(text, short)
    joined = re.sub(
        r"(?<!\n)\n(?!\n)",
        lambda m: (
            "\n"
            if m.start() in items or _line_ends_short(out, m.start(), short) or _short_line_next(out, m.start(), short)
            else " "
        ),
        out,
    )
    return joined, kept


# the labels whose field's value is a person or people ("Preceded by Shohrat Zakir", "Spouse Jane Doe (m. 1990)"):
# a person's infobox's, then an office holder's, a body's or a scholar's
PERSON_LABELS = (
    "Preceded by|Succeeded by|Predecessor|Successor|Spouses?|Spouse\\(s\\)|Partner|Children|Parents|Relatives"
)


HOLDER_LABELS = (
    "Deputy|Governor|Leader|General secretary|Premier|President|Vice President|Chairman|Chairwoman|Founders?|"
    "Key people|Commanders?|Notable commanders|Doctoral advisors?|Doctoral students|Other academic advisors|"
    "Notable students|"
    # a settlement's government: its Party secretary and the heads of its congress and its conference
    "(?:CCP|CPC|Party) Secretary|Party Chief|Mayor|(?:Congress|CPPCC|People's Congress) Chair(?:man|woman|person)"
)


# the labels of an encyclopaedia's infobox, each opening a line of its own with the field's value after it
INFOBOX_LABELS = (
    PERSON_LABELS + "|Born|Died|Resting place|Personal details|Political party|Other political affiliations|"
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
# the initials of the Uyghur scripts a table's heads give in brackets ("Uyghur (UEY)", "Uyghur Latin (ULY)")
_UYGHUR_SCRIPT_INITIALS = "UEY|ULY|UYY|USY"
_SCRIPT_OR_ROMANISATION_RE = re.compile(f"{_SPELLING_LABELS}|{_UYGHUR_SCRIPT_INITIALS}")


def script_or_romanisation(name: str) -> bool:
    """Whether a name is a script's or a romanisation's ("Hanyu Pinyin", "Wade–Giles", "ULY"), a label of how a
    name is spelt wherever it stands (a table's head, prose), no person's or body's name."""
    return _SCRIPT_OR_ROMANISATION_RE.fullmatch(name) is not None


# the labels of an entry in a list of designated persons and entities ("DOB 17 May 1963; POB Shandong", "Gender
# Male", "Organization Established Date 14 Oct 2014"): no part of a name, nor is the sex a label gives
_ENTRY_LABEL_RE = re.compile(
    r"(?<![\w.])(?:alt\.[ \t]+)?(?:DOB|POB)(?![\w])|\bGender[ \t]+(?:Male|Female)\b"
    r"|\bOrganization[ \t]+(?:Established[ \t]+Date|Type)\b"
)


# more labels, of an office holder's, a body's or an event's infobox ("Deputy", "Headquarters", "Target")
_MORE_LABELS = (
    HOLDER_LABELS + "|Monarch|Branch/service|Military service|Other names|Operated by|Built by|Founded|"
    "Headquarters|Location|Type|Target|Participants|Perpetrators?|Country|Parent|Owner|Industry|Jurisdiction|"
    "Formed|Nickname\\(s\\)|Size|Active|Institutions|Discipline|Sub-discipline|Thesis|Main interests|"
    "Notable works|Fields|Influences|Influenced|Formation|Purpose|Dissolved|Region served|Membership|"
    "Official languages?|Main organ|Parent organi[sz]ation|Affiliations|Budget|Staff|Motto|Legal status|Methods|"
    "Services|Area served|Products|Employees|Number of employees|Traded as|Predecessors?|Successors?|"
    # a company's ("SubsidiariesAksu Ginning Co., Ltd.", "RevenueCN¥8.6 billion (2023)")
    "Subsidiaries|Subsidiary|Divisions|Brands|Revenue|Operating income|Net income|Total assets|Total equity|"
    "Literal meaning|Operational|Opened|Closed|Status|Capacity|Number of inmates|Inmates|Managed by|"
    "Security class|Province|Prefecture|Autonomous region|County seat|Municipal seat|Seat|Population|Area|"
    "Elevation|Time zone|"
    # a university's ("Academic staff2,140 (2023)", "Postgraduates16,500", "CampusUrban, 3 campuses")
    "Academic staff|Administrative staff|Students|Undergraduates|Postgraduates|Campus|Established|Endowment|"
    "Chancellor|Vice-chancellor|Rector|Provost|Academic affiliations|"
    # a leak's, a document's or an event's ("Published byDeutsche Welle", "LocationKarakax County", "Date")
    "Published by|Published|Native name|Also known as|Date|Dates|Cause|Outcome|Deaths|Injuries|Arrests|"
    "Duration|Motive|Publisher|Released|Leaked by|Convicted|Charges|Verdict|Death\\(s\\)|Arrested|Charged|Caused by|"
    "Lead figures|Part of|Region|ISO 3166 code|"
    # a settlement's ("CapitalYining", "BodyIli Kazakh Autonomous Prefectural People's Congress", "Land56,381.52 km2")
    "Capital|Body|Government|Land|Total|Urban|Metro|Density|Per capita|Prefecture seat|County-level divisions|"
    "Ethnic groups|Major ethnic groups|Postal code|License Plate|GDP|Coordinates|"
    # a performer's or a detainee's ("Years active2000-present", "DisappearedNovember 1, 2018", "EmployerKashgar
    # Song and Dance Troupe")
    "Years active|Disappeared|Genres|Instruments|Labels|Employers?|"
    # the name box of a page on a Chinese or Uyghur subject: the scripts and romanisations of the name
    # ("Simplified Chinese和田地区", "Gwoyeu RomatzyhHertyan Dihchiu", "Latin YëziqiXoten Wilayiti")
    "Chinese name|Alternative Chinese name|Uyghur name|Official name|Standard Mandarin|Transcriptions|"
    + _SPELLING_LABELS
)


# a field of an infobox: its label, then its value after a space or, where a page copied from the web
# runs them together, none ("Preceded byZhang Chunxian", "Alma materTsinghua University", a value in Chinese,
# Cyrillic or Arabic script too: "Simplified Chinese和田地区"; a pinyin value with its tones, "Hanyu PinyinĀkèsū")
FIELD_RE = re.compile(
    rf"(?m)^[ \t]*(?:[•·][ \t]*)?(?P<label>{INFOBOX_LABELS}|{_MORE_LABELS})"
    r"(?:(?P<glued>(?=[A-Z0-9(À-ÖØ-Þ\u0100-\u017f\u0400-\u04ff\u0600-\u06ff\u3400-\u9fff]|https?:|www\.))"
    r"|[ \t]+(?!(?:in|on|at|to|into|the|a|an|was|is|has|of|and|for)\b)(?=\S))"
    r"[^\n]{1,80}$"
)


# a field as a mirror lists it, the label in title case before a colon ("- Key People: Dolkun Isa, …",
# "Leader Name: …"), numbered where the box holds more than one office ("- Predecessor1: …"); the label is no
# part of the value, which is spaced from it (no "glued" group)
_COLON_FIELD_RE = re.compile(
    rf"(?m)^[ \t]*(?:[-•*·][ \t]+)?(?P<label>(?i:{INFOBOX_LABELS}|{_MORE_LABELS}|Leader name|Leader title)\d?)"
    r"(?P<glued>(?!))?[ \t]*:[ \t]+(?=\S)[^\n]{1,240}$"
)


# a template's parameter as a copy of its source lays it out, its name before a colon and its value between
# bars ("Subdivision Name1: | Xinjiang |", "Pushpin Map Caption: | Location of the seat |"): any name is a label
# there, and no part of a name ("Coor Pinpoint", "Utc Offset" name no one); the empty "glued" group blanks it
_TEMPLATE_PARAMETER_RE = re.compile(
    r"(?m)^[ \t]*(?P<label>[A-Z][\w\-]*(?:[ \t][A-Z][\w\-]*){0,3})(?P<glued>):[ \t]*\|[ \t]*(?=\S)[^\n]{1,240}$"
)


# the same parameter as a copy of the template's source runs it together, no space or bar after the colon
# ("Subdivision Type:Country", "Postal Code Type:Postal code", "Seat:Tashkurgan"); a page holds several
_GLUED_PARAMETER_RE = re.compile(
    r"(?m)^[ \t]*(?P<label>[A-Z][\w\-]*(?:[ \t][A-Z0-9][\w\-]*){0,3})(?P<glued>):(?=[^\s/|])[^\n]{1,240}$"
)


def _glued_parameters(text: str) -> list[re.Match[str]]:
    """A template's parameters with their values run into the colon: five lines or more of them, no label
    twice (a page of prose has few lines that open with capitalised words and a colon glued to the next)."""
    found = list(_GLUED_PARAMETER_RE.finditer(text))
    labels = [m.group("label") for m in found]
    return found if len(found) >= 5 and len(set(labels)) == len(labels) else []


# a field of a database's profile, a label in title case before a colon and a short value ("Ethnic Group: Uyghur",
# "Date of Detainment: January/30/2018", "Sentence Extended: NA"): the label names nothing (the empty "glued"
# group blanks it), nor does a value that says there is none ("NA", "N/A")
_PROFILE_FIELD_RE = re.compile(
    r"(?m)^[ \t]*(?P<label>(?!(?:Mr|Ms|Mrs|Dr|Sir|Prof|Professor|Senator)\b)"
    r"[A-Z][a-z]+(?:[ \t](?:of|[A-Z][a-z]+)){0,3})"
    r"(?P<glued>):[ \t]+(?:(?P<void>N/?A)|(?:[^\n.]|\.(?=[ \t]\d)){1,40}?)[ \t]*$"
)


def _profile_fields(text: str) -> list[re.Match[str]]:
    """A profile's fields: four lines or more of a label and a short value, no label twice (a transcript's
    speakers come back, "Chair: Thank you." … "Chair: Agreed."; a profile's labels are each once); or three on
    lines of their own one under another where an infobox's label opens one ("Date: Nov. 29, 2022" /
    "Location: Washington, DC" / "Keyword Search: Uyghur", a speech's record)."""
    found = list(_PROFILE_FIELD_RE.finditer(text))
    labels = [m.group("label") for m in found]
    if len(set(labels)) != len(labels):
        return []
    return found if len(found) >= 4 or _three_fields_in_a_block(text, found) else []


def _three_fields_in_a_block(text: str, found: list[re.Match[str]]) -> bool:
    """Whether three fields follow one another line by line and an infobox's label opens one of them."""
    if len(found) != 3:
        return False
    joined = all(text.count("\n", a.end(), b.start()) == 1 for a, b in itertools.pairwise(found))
    return joined and any(_LABEL_OPENING_RE.match(text, m.start("label")) for m in found)


_LABEL_OPENING_RE = re.compile(rf"(?:{INFOBOX_LABELS}|{_MORE_LABELS})(?![\w\-])")


def opens_with_a_label(text: str, start: int) -> bool:
    """Whether the words at ``start`` open their line with an infobox's label ("Known for Economist at …",
    "Population (2020)[2] | |"): the field's label, no name, whatever a line above ends with."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _LABEL_OPENING_RE.match(text, start) is not None


# a field whose value, run into its label, is a list longer than a line of prose opened by a label's word could
# be ("ProductsSecurity cameras, network cameras, HDCVI solutions, …"): four items or more, and no full stop
_LISTED_FIELD_RE = re.compile(
    rf"(?m)^[ \t]*(?:[•·][ \t]*)?(?P<label>{INFOBOX_LABELS}|{_MORE_LABELS})(?P<glued>(?=[A-Z]))"
    r"(?=(?:[^\n,]*,){3})[^\n.]{81,240}$"
)


def infobox_fields(text: str) -> list[re.Match[str]]:
    """The fields of the page's infobox, where it has one: three or more lines that are a label and
    its value (a line of prose may open with a label's word, "TypeScript", "Leader of the House")."""
    found = [*FIELD_RE.finditer(text), *_COLON_FIELD_RE.finditer(text), *_TEMPLATE_PARAMETER_RE.finditer(text)]
    found += _LISTED_FIELD_RE.finditer(text)
    found += _profile_fields(text)
    found += _glued_parameters(text)
    found.sort(key=lambda m: m.start())
    return found if len(found) >= 3 else []


_LINE_END_PUNCTUATION = ".,;:!?)]\"'’”-–—"


# an entry of a timeline: a line that opens with a date, a year at least, then a colon or a dash
_TIMELINE_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?:\d{{1,2}}[ \t]+)?(?:(?:{'|'.join(MONTH_NAMES)})[ \t]+)?(?:1[89]|20)\d\d"
    r"[ \t]*(?::|[ \t][–—-])[ \t][^\n]*$"
)


_BARRED_LINE_RE = re.compile(r"(?m)^[^\n]*[ \t]\|[ \t][^\n]*$")
# a page's date on a labelled line of its own ("Release Date: Tue, 03/14/2023", "Last Modified: Mar 14, 2023",
# "Published: 14 March 2022"): no part of the headline above it, whose last line a wrapped page would run into it
_DATE_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:[A-Z][a-z]+[ \t]+)?(?:Date|Dated|Published|Updated|Posted|Released|Modified|Issued)[ \t]*:"
    r"[^\n]{0,40}\b(?:1[89]|20)\d\d[ \t]*$"
)


# a picture's credit on a line of its own ("Photo: ABDULLA KERIM / AFP", "Image credit: Jane Roe/Reuters"): the
# caption ends with it, and the line after it opens a sentence that no name in the credit runs into ("AFP⏎Police
# stand outside …" is no "AFP Police"); a label's colon, not a comma, which a wrapped sentence opens with as well
# ("Photographs, letters and diaries of Mehmet⏎Tursun were seized": one name across the break)
_PICTURE_CREDIT_LINE_RE = re.compile(
    r"(?im)^[ \t]*(?:photo|photograph|image|picture|credit|illustration)s?(?:[ \t]+(?:source|credit|by))?[ \t]*:"
    r"[^\n]{2,80}$"
)


_SPACED_LINE_RE = re.compile(r"(?m)^[^\n]*\S(?: {3,}|\t)\S[^\n]*$")
# a paragraph's number and the tab after it ("4.<TAB>The risk is rising …"): a numbered paragraph's first line, no
# table's row, unless its cells go on after it
_NUMBERED_OPENING_RE = re.compile(r"[ \t]*(?:\d{1,3}|[ivxlc]{1,5})\.[ \t]+")


def _spaced_rows(text: str) -> list[re.Match[str]]:
    """The lines laid out as a table's row, cells three spaces or a tab apart, and a site's tag or footer line of
    links two spaces apart (``_LINKS_LINE_RE``)."""
    rows = []
    for m in _SPACED_LINE_RE.finditer(text):
        opening = _NUMBERED_OPENING_RE.match(m.group(0))
        if opening is None or re.search(r"\S(?: {3,}|\t)\S", m.group(0)[opening.end() :]):
            rows.append(m)
    return rows + list(_LINKS_LINE_RE.finditer(text))


# a line of four items or more two spaces apart, no item closing a sentence before the gap: a page's tags or its
# footer's links as copied ("China  Human Rights  Xinjiang  Bureau of Democracy, Human Rights, and Labor"), where
# two spaces after a full stop are a typist's sentence break ("… the capital.  Xinhua reported …")
_LINKS_LINE_RE = re.compile(r"(?m)^[ \t]*[^\s.!?:;][^\n]*?(?:[^\s.!?:;] {2,}(?=\S)[^\n]*?){3,}[^\n]*$")


# a transcript's forms of address before a name (Hansard, committee hearings): the common titles, and a
# hearing's "Professor", "Senator", "Rev", "Hon", a peer's "Baroness"
ADDRESS = rf"(?:{'|'.join((*t.TITLES_OF_ADDRESS, 'Professor', 'Prof', 'Senator', 'Baroness', 'Rev', 'Hon'))})\.?"


CAPS_SURNAME = r"[A-Z][A-Z’'\-]+(?:[ \t]+[A-Z][A-Z’'\-]+)?"


# a line that opens with a surname in capitals and the form of address after a comma ("LINDQVIST, Dr Maja, …")
INVERTED_NAME_LINE_RE = re.compile(rf"(?m)^[ \t]*{CAPS_SURNAME},[ \t]+{ADDRESS}[ \t]+[A-Z][^\n]*$")
# the first line of a sanctions list's entry: a person's name surname first in capitals or a body's name in
# capitals, with an alias, a birth date, a nationality or the programme's tag on the line ("WANG, Lei (a.k.a. …);
# DOB 1960; …", "ACME TRADING CO., LTD. (a.k.a. …)"); the line above ends there, however the page wraps
_LISTED_ENTRY_LINE_RE = re.compile(
    rf"(?m)^[ \t]*(?:{CAPS_SURNAME},[ \t]+[A-Z][a-z]|[A-Z][A-Z0-9&'’\-.]*(?:,?[ \t]+[A-Z0-9&][A-Z0-9&'’\-.]*)+[ \t]*\()"
    r"(?=[^\n]*(?:a\.k\.a\.|\bDOB\b|\bnationality\b|\[[A-Z][A-Z0-9\-]{2,}\]))"
)


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


# a line that fills the page's width and stops inside a phrase (a letter or a comma last), before a line of the
# same paragraph that a word opens (no list's marker, table's bar, date or number)
_RUN_ON_BREAK_RE = re.compile(r"(?<=[\w,])[ \t]*\n(?=[ \t]*[^\W\d_])")


def _lengths_of_prose(text: str) -> list[int]:
    """The lengths of the page's lines but a table's rows (cells set apart by tabs), sorted: a row of an entry
    table runs as long as its cells do, and says nothing of the width the page's paragraphs wrap at."""
    return sorted(len(line.strip()) for line in text.split("\n") if line.strip() and "\t" not in line.strip())


_NARROW_COLUMN = 25  # characters a line of a newspaper's narrow column holds at least
_OPEN_LINE_END_RE = re.compile(r"[ \t](?:in|of|on|at|by|to|for|from|with|the|a|an|and|or)$")


def _full_lines_run_on(text: str, lengths: list[int]) -> str:
    """A page whose paragraphs are mostly lines of their own (an e-mail's headers and signatures, a slide's
    bullets) may still wrap some at a width ("… run by the Aksu⏎Prefecture Party Committee"): a line as long
    as the page's longer lines (nine tenths of them) that stops inside a phrase runs on into the next, and so does
    a line as wide as a narrow column's before a line that goes on in lower case (a scanned newspaper's)."""
    full = 0.9 * lengths[len(lengths) * 19 // 20] if len(lengths) >= 5 else 0
    if not full or sum(1 for n in lengths if n >= full) < 3:
        full = math.inf  # no paragraph wrapped at the page's width: a long line alone ends where it ends

    items = _indented_items(text, int(full) // 2 if full < math.inf else 2 * _NARROW_COLUMN)
    # a line of items between bars (a navigation bar) neither runs on nor takes a line into it as a column's does
    barred = {
        at for m in (*_BARRED_LINE_RE.finditer(text), *_LINKS_LINE_RE.finditer(text)) for at in (m.start() - 1, m.end())
    }

    def run_on(m: re.Match[str]) -> str:
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        brk = m.start() + m.group(0).index("\n")
        # a narrower column's line runs on too where the next goes on in lower case ("… for at least⏎one year")
        # (or the line stops on a word that needs the next: "… a pharmacist in⏎Scarborough")
        goes_on = (
            len(line) >= _NARROW_COLUMN
            and brk not in barred
            and (text[m.end() : m.end() + 1].islower() or _OPEN_LINE_END_RE.search(line) is not None)
        )
        return m.group(0).replace("\n", " ") if (len(line) >= full or goes_on) and brk not in items else m.group(0)

    return _RUN_ON_BREAK_RE.sub(run_on, text)


# a line indented under the one before it: a letter's "cc:" list or an enclosure's items ("cc: Mr A. Brown, Head of
# Compliance⏎    Freshfields Bruckhaus Deringer LLP⏎    Human Rights Watch")
_INDENTED_LINE_RE = re.compile(r"(?m)(?<=\n)[ \t]{2,}(?P<line>\S[^\n]*)$")


def _indented_items(text: str, short: int) -> set[int]:
    """The line breaks before a short indented line (an item of a list hung under a label), which no name runs
    over; a wrapped block quote's indented lines are long, and run on."""
    return {m.start() - 1 for m in _INDENTED_LINE_RE.finditer(text) if len(m.group("line").rstrip()) < short}


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


def _short_line_next(text: str, pos: int, short: int) -> bool:
    """Whether the line after the break at ``pos`` is short, ends in no punctuation, opens with a capital and
    has a line straight after it: one of a block of short lines (a signature's name between a long post and
    the next post: "… of the Working Group on Arbitrary Detention⏎Fernand de Varennes⏎Special Rapporteur …"),
    which a paragraph wrapped at a width never holds but on its last line."""
    end = text.find("\n", pos + 1)
    line = text[pos + 1 : end].strip() if end > 0 else ""
    return (
        0 < len(line) < short
        and line[-1] not in _LINE_END_PUNCTUATION
        and line[0].isupper()
        and text[end + 1 : end + 2] not in ("", "\n")
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
