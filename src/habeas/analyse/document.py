"""One document's analysis: mentions on every page, resolved within the document (acronyms to their
expansions, surnames to full names, "UN Human Rights Council" to "Human Rights Council"), its
figures as claims and its dates."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from habeas.analyse import known_bodies
from habeas.analyse import tables as t
from habeas.analyse.apparatus import CODE_CITATION, LEGISLATION_NUMBER, apparatus_spans, inside, row_number_spans
from habeas.analyse.chinese import (
    chinese_mentions,
    chinese_sentences,
    has_converter_pinyin,
    is_chinese,
    on_the_page,
    with_form_blanks,
    with_full_width_punctuation,
    with_misread_days,
    without_converter_pinyin,
)
from habeas.analyse.chinese_bodies import party_committee
from habeas.analyse.chinese_words import CJK_RE
from habeas.analyse.dates import DATE_LABEL_AFTER, DateMention, chinese_dates, english_dates
from habeas.analyse.english import (
    AKA_RE,
    FURTHER_ALIAS_RE,
    KEYWORD_WORDS,
    NAME_PARTICLES,
    NATIONAL_ADJECTIVE_RE,
    ORG_HEADS,
    P_CREDITED,
    P_KNOWN,
    P_RULE,
    P_SPACY,
    P_STRONG,
    PUBLIC_FIRST,
    PUBLIC_HEADS,
    adjective_of,
    clean_name,
    initials,
    known_place,
    national_word,
    person_name_ok,
    person_shaped,
    without_legal_form,
)
from habeas.analyse.english_context import (
    affiliated_bodies,
    context_mentions,
    law_acronyms,
    listed_line_bodies,
    listed_organisations,
    regional_organisations,
    source_organisations,
    without_opening_verbs,
)
from habeas.analyse.english_cues import (
    cue_mentions,
    definite_references,
    introduced_persons,
    listed_persons,
    names_listed_with_places,
    people_among,
    share_lists,
    single_names_in_lists,
)
from habeas.analyse.english_layout import (
    PreparedPage,
    prepare_mapped,
    sentence_spans,
    without_gallery_furniture,
    without_gbk_mojibake,
)
from habeas.analyse.english_overlaps import (
    Coverage,
    resolve_overlaps,
    split_at_gaps,
    without_post_after_break,
    without_title_words,
)
from habeas.analyse.english_rules import (
    case_parties,
    peer_name,
    peer_short_forms,
    rule_mentions,
    shortened_fathers_name,
)
from habeas.analyse.english_spacy import outside_case_citations, spacy_mentions
from habeas.analyse.model import ClaimFound, DateFound, DocumentAnalysis, Mention
from habeas.analyse.numbers import AGE_IS_AFTER, CODE_RE, Figure, chinese_figures, english_figures
from habeas.analyse.other_scripts import other_script_forms
from habeas.analyse.uyghur import (
    UyghurPage,
    ends_a_division_name,
    is_uyghur,
    page_dates,
    page_figures,
    read_page,
    uyghur_mentions,
)
from habeas.names.chinese_script import simplified

ENTITY_TYPES = set(t.ENTITY_TYPES)


@dataclass
class PageNLP:
    """What spaCy said about one page: entity spans and sentence spans, offsets into the page."""

    number: int
    text: str
    ents: list[tuple[int, int, str]]
    sents: list[tuple[int, int]]
    reading: PreparedPage | None = None  # the rules' reading of the page, where the engine made it already


def _prepared(page: PageNLP) -> tuple[str, list[int] | None]:
    """The page as the rules read it (``prepare_mapped``): the engine's reading where it is of this text."""
    if page.reading is not None and page.reading.source == page.text:
        return page.reading.text, page.reading.stored_at
    return prepare_mapped(page.text)


# a word joined to another by an underscore is a document's or a file's code ("P9_TA(2020)0375"), no name
_CODE_UNDERSCORE_RE = re.compile(r"[A-Za-z0-9]_[A-Za-z0-9]")


def _repaired(page: PageNLP) -> PageNLP:
    """An English page whose typographic marks a copy read as GBK, repaired (``without_gbk_mojibake``)."""
    if "\u9225" not in page.text or is_chinese(page.text):
        return page
    return dataclasses.replace(page, text=without_gbk_mojibake(page.text))


def analyse_document(
    doc_id: str, pages: list[PageNLP], known: dict[str, tuple[str, str]] | None = None
) -> DocumentAnalysis:
    pages = [_repaired(p) for p in pages]
    result = DocumentAnalysis(document_id=doc_id)
    prepared: dict[int, str] = {}
    mentions: list[Mention] = []
    chinese_pages: set[int] = set()
    uyghur_pages: dict[int, UyghurPage] = {}
    mended: dict[int, list[int]] = {}  # a page with a broken word mended: the stored offset of each read one
    for p in pages:
        result.words += len(p.text.split())
        if is_chinese(p.text):  # read in simplified characters, whichever the page is written in
            chinese_pages.add(p.number)
            prepared[p.number] = with_form_blanks(with_misread_days(with_full_width_punctuation(simplified(p.text))))
            result.sentences[p.number] = chinese_sentences(prepared[p.number])
            mentions.extend(chinese_mentions(p.number, prepared[p.number]))
            continue
        if is_uyghur(p.text):  # in any of its scripts: read through one internal form (analyse/uyghur.py)
            uyghur_pages[p.number] = read_page(p.number, p.text)
            prepared[p.number] = p.text
            result.sentences[p.number] = uyghur_pages[p.number].sentences()
            continue
        text, stored_at = _prepared(p)
        prepared[p.number] = text
        if stored_at is not None:
            mended[p.number] = stored_at
        result.sentences[p.number] = sentence_spans(text, p.sents)
        cands = (
            rule_mentions(p.number, text, p.text)
            + cue_mentions(p.number, text)
            + context_mentions(p.number, text, p.ents, p.text)
        )
        cands = outside_case_citations(cands + spacy_mentions(p.number, text, p.ents, p.text), text)
        cands += case_parties(p.number, text, p.ents, cands)  # a cited case's parties, inside its citation too
        cands = [c for c in cands if not _CODE_UNDERSCORE_RE.search(c.text)]
        kept = without_title_words(_quoted_numbered_names(resolve_overlaps(cands), text), text)
        kept = without_post_after_break(kept, p.text)
        kept += listed_persons(p.number, text, kept)
        kept += single_names_in_lists(p.number, text, kept)
        kept += people_among(p.number, text, kept)
        kept += introduced_persons(p.number, text, kept)
        kept += names_listed_with_places(p.number, text, kept)
        kept = without_opening_verbs(p.text, listed_line_bodies(p.number, p.text, kept))
        kept = regional_organisations(p.number, text, source_organisations(p.number, text, kept))
        kept = law_acronyms(p.number, text, kept)
        found = kept + listed_organisations(p.number, text, kept) + affiliated_bodies(p.number, text, kept)
        mentions.extend(split_at_gaps(found, p.text))
    if uyghur_pages:
        mentions.extend(uyghur_mentions(list(uyghur_pages.values()), known))
        mentions.sort(key=lambda m: (m.page, m.start))
    raw = {p.number: p.text for p in pages}  # with its line breaks, which prepare() turns into spaces
    mentions = _without_titles_of_works(mentions, raw, chinese_pages | set(uyghur_pages))
    mentions = _rescan(mentions, prepared, chinese_pages, known or {}, set(uyghur_pages))
    mentions = _bodies_before_a_surname(_parts_of_bodies(mentions))
    mentions = _bodies_named_with_at(mentions, prepared, chinese_pages | set(uyghur_pages))
    mentions = _without_share_lists(mentions, prepared, raw, chinese_pages | set(uyghur_pages))
    mentions += definite_references(mentions, prepared, chinese_pages | set(uyghur_pages))
    mentions += other_script_forms(mentions, prepared, chinese_pages | set(uyghur_pages))
    mentions.sort(key=lambda m: (m.page, m.start))
    mentions = _resolve_in_document(mentions, set(uyghur_pages))
    _sentence_numbers(mentions, result.sentences)
    result.mentions = _as_written(mentions, raw, prepared, chinese_pages)
    for number, text in prepared.items():
        sents = result.sentences[number]
        if number in chinese_pages:
            dates, figures = _chinese_dates_and_figures(text, _named_spans(mentions, number))
            text = raw[number]  # what a date or a figure quotes is the page as written
            dates = [dataclasses.replace(d, text=text[d.start : d.end]) for d in dates]
            figures = [dataclasses.replace(f, text=text[f.start : f.end]) for f in figures]
        elif number in uyghur_pages:
            dates = page_dates(uyghur_pages[number])
            figures = page_figures(uyghur_pages[number], dates)
        else:
            dates = _outside_names(english_dates(text, raw[number]), [m for m in mentions if m.page == number])
            skip = [(d.start, d.end) for d in dates if not _counted_interval(d)]
            skip += [m.span() for m in CODE_RE.finditer(text)]
            skip += [m.span() for m in CODE_CITATION.finditer(text)]  # "under 19 USC 1307": a reference, no count
            skip += [m.span() for m in LEGISLATION_NUMBER.finditer(text)]  # "H.R. 6256", "135 Stat. 1525"
            figures = english_figures(text, skip + row_number_spans(raw[number]), raw[number])
            figures = _in_names(figures, text, [m for m in mentions if m.page == number])
            figures = _counted(figures, text, sents, raw[number])
            if number in mended:  # all found on the page as read, taken back to the page as stored
                at = mended[number]
                text = _unmended(text, raw[number], at)
                dates, figures = [on_the_page(d, at) for d in dates], [on_the_page(f, at) for f in figures]
                sents = result.sentences[number] = [(at[s], at[e - 1] + 1) for s, e in sents]
                _on_the_stored_page(result.mentions, number, at, text)
        # reference lists and citations: no claims, no events (a gallery's counter opens no numbered citation)
        cited = apparatus_spans(without_gallery_furniture(raw[number]))
        dates = [d for d in dates if not inside(cited, d.start, d.end)]
        figures = [f for f in figures if not inside(cited, f.start, f.end)]
        _add_dates(result, number, text, sents, dates)
        _add_claims(result, number, text, sents, figures)
    return result


def _chinese_dates_and_figures(text: str, named: list[tuple[int, int]]) -> tuple[list[DateMention], list[Figure]]:
    """A Chinese page's dates and figures, read without a converter's pinyin after each character ("10万(wàn)人",
    "6个(gè)月": the count's word and unit as written before the converter), their offsets the page's."""
    if not has_converter_pinyin(text):
        dates = chinese_dates(text)
        return dates, chinese_figures(text, [(d.start, d.end) for d in dates] + named)
    read, kept = without_converter_pinyin(text)
    skip = [(bisect.bisect_left(kept, s), bisect.bisect_left(kept, e)) for s, e in named]
    dates = chinese_dates(read)
    figures = chinese_figures(read, [(d.start, d.end) for d in dates] + skip)
    return [on_the_page(d, kept) for d in dates], [on_the_page(f, kept) for f in figures]


def _as_written(
    mentions: list[Mention], raw: dict[int, str], read: dict[int, str], chinese_pages: set[int]
) -> list[Mention]:
    """Mentions on a Chinese page, which the rules read in simplified characters, with their text and
    name as the page writes them (張春賢), and the simplified name (张春贤) as the name they are known by,
    so one person is one entity in both scripts; a name a layout spaced out ("張　維") is named as written, without
    its space."""
    for m in mentions:
        if m.page not in chinese_pages or raw[m.page][m.start : m.end] == m.text:
            continue
        page, written = read[m.page], raw[m.page]
        at = page.find(m.name, m.start, m.end) if m.name else -1
        m.text = written[m.start : m.end]
        if at >= 0:
            m.canonical = m.canonical or m.name
            m.name = written[at : at + len(m.name)]
        elif _SPACES_RE.sub("", page[m.start : m.end]) == m.name:  # "張　維": a spaced name, named without its space
            m.canonical = m.canonical or m.name
            m.name = _SPACES_RE.sub("", m.text)
        elif (picked := _picked_out(page[m.start : m.end], m.name)) is not None:  # "吳部長釗燮": 吳釗燮
            m.canonical = m.canonical or m.name
            m.name = "".join(m.text[i] for i in picked)
    return mentions


def _picked_out(read: str, name: str) -> list[int] | None:
    """Where a name's characters stand in order in the words read around it, its first and last at their ends
    ("吴部长钊燮" holds 吴钊燮, the title between read out), or None."""
    if not name or not read.startswith(name[0]) or not read.endswith(name[-1]):
        return None
    at, picked = 0, []
    for ch in name:
        at = read.find(ch, at)
        if at < 0:
            return None
        picked.append(at)
        at += 1
    return picked


_SPACES_RE = re.compile(r"[ \t\u3000]")


def _unmended(read: str, stored: str, kept: list[int]) -> str:
    """A page as read (``prepare_mapped``) in the stored page's offsets (``kept``: the stored offset of each
    character read), its broken words as the page writes them ("Sarah Ken- nedy"): the text its claims and
    events quote."""
    chars = list(stored)
    last = -1
    for ch, at in zip(read, kept, strict=True):
        if at != last:  # a blank a mended word gave up shares the offset of the character before it
            chars[at] = ch
            last = at
    return "".join(chars)


def _on_the_stored_page(mentions: list[Mention], page: int, kept: list[int], quoted: str) -> None:
    """The page's mentions with their offsets the stored page's (``kept``); one across a broken word quotes it
    as written ("Sarah Ken- nedy") and keeps the word mended in its name ("Sarah Kennedy")."""
    for i, m in enumerate(mentions):
        if m.page == page:
            moved = on_the_page(m, kept)
            across = moved.end - moved.start != m.end - m.start
            mentions[i] = dataclasses.replace(moved, text=quoted[moved.start : moved.end]) if across else moved


_QUOTED_NUMBER = re.compile(r"[\"“](\d+)[ \t]+$")
# "two years earlier", "three days later": a date read from another, and the interval counted, as "eight
# months later" is
_COUNTED_INTERVAL = re.compile(r"(?i)(?:two|three)\s+(?:years|months|weeks|days)\s+(?:ago|later|earlier)")


def _counted_interval(date: DateMention) -> bool:
    return date.value is None and _COUNTED_INTERVAL.fullmatch(date.text) is not None


def _quoted_numbered_names(mentions: list[Mention], text: str) -> list[Mention]:
    """A body's name quoted with the number that opens it ("the \"912 Special Project Working Group\""):
    the number is part of the name."""
    for m in mentions:
        number = _QUOTED_NUMBER.search(text[max(0, m.start - 12) : m.start])
        if m.type in (t.ORGANIZATION, t.PUBLIC_BODY) and number and text[m.end : m.end + 1] in ('"', "”"):
            start = m.start - len(number.group(0)) + 1
            whole = text[start : m.end]
            m.canonical = m.canonical_renamed(whole)
            m.start, m.text, m.name = start, whole, whole
    return mentions


def _without_share_lists(
    mentions: list[Mention], prepared: dict[int, str], raw: dict[int, str], other: set[int]
) -> list[Mention]:
    """ "Share this story: Facebook | X | WhatsApp": links to platforms are page furniture, no mention."""
    lists = {n: share_lists(text, raw[n]) for n, text in prepared.items() if n not in other}
    return [m for m in mentions if not inside(lists.get(m.page, []), m.start, m.end)]


# a navigation box's line of works: a label that names works, then titles separated by "·" ("Reports: In
# Plain Sight · Workers for Hire · Laundering Silk")
_WORKS_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:[A-Z][a-z]+[ \t]+)?(?:Reports|Books|Films|Documentaries|Publications|Documents|Leaks|Laws|"
    r"Legislation|Policies|Programmes|Programs|Campaigns|Events|Topics|Categories|Concepts|Articles|Investigations)"
    r"[ \t]*:[^\n]*·[^\n]*$"
)
# a work's title after the lower-case noun for it and before its author or a comma: "the report In Plain Sight by
# …", "the documentary Silent Valley, which …"
_TITLE_AFTER_WORK_RE = re.compile(
    r"\b(?:report|book|study|film|documentary|novel|memoir|paper|podcast)[ \t]+"
    r"(?P<title>[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z][\w’'\-]*|of|for|the|and|in|on|a|to))*)(?=[ \t]+by[ \t]|,)"
)
# a work's title before its year in brackets and its author: "Laundering Silk (2019) by …", "Sealed Rooms (2022),
# by …" (a person's name is not followed by a year and "by")
_TITLE_BEFORE_YEAR_RE = re.compile(
    r"(?P<title>[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z][\w’'\-]*|of|for|the|and|in|on|a|to))*)"
    r"(?=[ \t]+\((?:19|20)\d\d\),?[ \t]+by[ \t]+[A-Z])"
)
_MODEL_TYPES = (t.PERSON, t.ORGANIZATION, t.PUBLIC_BODY, t.PLACE)


def _without_titles_of_works(mentions: list[Mention], raw: dict[int, str], other: set[int]) -> list[Mention]:
    """The names the statistical model alone read inside the titles of works: a navigation box's line of
    reports or topics, a title after "the report" or "the book" before its author, and a title before its year
    in brackets and its author; a title names no one."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for number, text in raw.items():
        if number not in other:
            spans[number] = [m.span() for m in _WORKS_LINE_RE.finditer(text)]
            spans[number] += [m.span("title") for m in _TITLE_AFTER_WORK_RE.finditer(text)]
            spans[number] += [m.span("title") for m in _TITLE_BEFORE_YEAR_RE.finditer(text)]
    return [
        m
        for m in mentions
        if m.type not in _MODEL_TYPES
        or m.priority > P_SPACY
        or m.strong
        or not inside(spans.get(m.page, []), m.start, m.end)
    ]


def _sentence_of(sents: list[tuple[int, int]], pos: int) -> int:
    lo, hi = 0, len(sents) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if sents[mid][0] <= pos:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best


def _sentence_numbers(mentions: list[Mention], sentences: dict[int, list[tuple[int, int]]]) -> None:
    for m in mentions:
        m.sentence = _sentence_of(sentences.get(m.page, []), m.start)


def sentence_text(text: str, span: tuple[int, int]) -> str:
    return re.sub(r"\s+", " ", text[span[0] : span[1]]).strip()


def _outside_names(dates: list[DateMention], mentions: list[Mention]) -> list[DateMention]:
    """The dates that open no body's name: "1843 Magazine" is a periodical's name, its number no year."""
    opened = {(m.start, m.end) for m in mentions if m.type in (t.ORGANIZATION, t.PUBLIC_BODY)}
    return [d for d in dates if not any(s == d.start and e > d.end for s, e in opened)]


def _add_dates(
    result: DocumentAnalysis, page: int, text: str, sents: list[tuple[int, int]], dates: list[DateMention]
) -> None:
    seen = {(x.value, x.sentence_text) for x in result.dates}
    for d in dates:
        n = _sentence_of(sents, d.start)
        span = sents[n] if sents else (0, len(text))
        said = sentence_text(text, span)
        if not re.sub(r"[\W_]+", "", said.replace(d.text, "")):
            if DATE_LABEL_AFTER.match(text, d.end) and n + 1 < len(sents):
                said = sentence_text(text, (span[0], sents[n + 1][1]))  # a timeline's "April 2017:", then its entry
            elif n > 0:
                said = sentence_text(text, (sents[n - 1][0], span[1]))  # a signature: the issuer, then the date
        if d.value and (d.value, said) in seen:
            continue  # the same sentence again (a document's copies, a repeated summary): one event
        seen.add((d.value, said))
        result.dates.append(DateFound(page, d.start, d.end, d.text, d.value, d.precision, n, said))
        result.mentions.append(Mention(page, d.start, d.end, d.text, d.value or d.text, t.DATE, sentence=n))


_NOT_A_UNIT = re.compile(r"^(?:according|said|says|wrote|writes|reported|told|added|noted)$", re.IGNORECASE)
_COUNT_OF = re.compile(r"\b(?:number|total|count|tally|toll|population)\s+of\b(?!.*\d)", re.IGNORECASE)
_COUNTED_WORD = re.compile(
    r"\b(number|total|count|tally|toll|population|capacity|figures?|estimates?)\s+of\s+(?:the\s+)?([a-z][\w\-]*)?"
)
# an infobox's field that counts, its label opening the line, run into its value or not: "Number of
# inmatesUp to 1.8 million", "Inmates 5,000", "Population 25,890,000", a university's "Students 41,300" (page as
# written: a prepared page blanks it)
_COUNTING_FIELD = re.compile(
    r"[ \t]*(?:Number[ \t]+of[ \t]+(?P<noun>[a-z]+)|(?P<noun2>Inmates|Detainees|Prisoners|Population|Capacity"
    # a university's: "Academic staff 2,140 (2023)[1]", "Students 41,300", "Postgraduates 16,500"
    r"|(?:Academic|Administrative)[ \t]+staff|Students|Undergraduates|Postgraduates|Doctoral[ \t]+students)"
    r"|(?:Total|Estimated)[ \t]+(?P<noun4>population|inmates|detainees|prisoners)"  # "Total population: 35,000–50,000"
    r"|(?P<noun3>[A-Z][a-z]+s)[ \t]+count:)"  # "Cosponsors count: 26": a field counting what its plural names
    r"(?![a-z])"
)
# "of whom 75 were ...", "27.6 million people ..., including as many as 3.1 million in ...": a part of a count
_PARTITIVE = re.compile(
    r"\bof\s+(?:whom|which|them|these|those)\b|\bamong\s+(?:them|whom)\b|\bincluding\s*$", re.IGNORECASE
)
_SUBJECT_VERB = re.compile(
    r"\s+(?:more\s+|others?\s+)?(?:were|are|was|is|had|have|remain\w*|died|live\w*|came|come"
    r"|said|told|reported|described|recalled)\b"  # "of these, 18 said ..., and 9 said": what people said
)
# "Xinjiang's population had grown to 25.85 million": the count named as the subject before the figure
# (with the years it was counted in between: "the number held between 2017 and 2019 at between 1 and 2 million")
_COUNT_SUBJECT = re.compile(
    r"\b(number|total|count|tally|toll|population|attendance|turnout|capacity)\b"
    r"(?:[^.;:\d]|(?<![\d,.])(?:1[89]|20)\d\d(?![\d,.])){0,60}?"
    r"\b(?:to|at|reached|was|is|stood|hit|exceeded|est\.|estimated)"
    r"\s+(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|roughly)?\s*$",
    re.IGNORECASE,
)
# a count that changed, named as the subject before its verb: "arrests in the region rose from 38 in 2016 to
# 410", "Tenders fell to 12" (the subject opens the sentence or a clause, "that" included: "showed that
# sterilisations rose from ...")
# (or one that reached or averaged a figure: "transfers in the region averaged over 2.82 million yearly"; the
# subject may open a quotation and have a word or two before its noun: 'stated that "rural labor transfers …')
_CHANGED_COUNT = re.compile(
    r"(?:^|[,;][ \t]+(?:and[ \t]+|but[ \t]+|while[ \t]+)?|\b(?:the|its|their|that)[ \t]+[\"“]?)"
    r"(?:[a-z]+[ \t]+){0,2}(?P<noun>[A-Za-z][a-z\-]+(?<![sui])s)\b"  # a plural, no "surplus", "process"
    r"(?:(?!\bthat\b)[^.;:\d]){0,60}?\b(?:(?:rose|fell|grew|increased|decreased|dropped|declined|climbed|jumped|soared"
    r"|surged|doubled)[ \t]+(?:from[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+)?[\d,.]+(?:[ \t]+(?:in|by)[ \t]+\d{4})?"
    r"[ \t]+)?(?:from|to)|averaged|totalled|totaled|numbered|reached|topped)"
    r"[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+|nearly[ \t]+|almost[ \t]+|more[ \t]+than[ \t]+|over[ \t]+)?$"
)
# a count that an actor changed, named as the object after its verb: "We have reduced our staff from about 700 in
# 2021 to about 500", "the firm cut its workforce to 400"
_CHANGED_OBJECT = re.compile(
    r"\b(?:reduced|cut|raised|increased|expanded|slashed|trimmed|boosted|halved|doubled)[ \t]+"
    r"(?:its|our|their|his|her|the)[ \t]+(?P<noun>[a-z][a-z\-]+)[ \t]+"
    r"(?:from[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+)?[\d,.]+(?:[ \t]+(?:in|by)[ \t]+\d{4})?[ \t]+)?"
    r"(?:from|to)[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+|nearly[ \t]+|almost[ \t]+|more[ \t]+than[ \t]+)?$"
)
# a count named as the subject, then set or estimated at the figure: "planned sterilisations in two
# prefectures were set at 14,872", "Deaths were estimated at about 200"
_SET_AT_COUNT = re.compile(
    r"(?:^|[,;][ \t]+)(?:[A-Z]?[a-z\-]+[ \t]+)?(?P<noun>[A-Za-z][a-z\-]+s)\b(?:[^.;:\d]){0,60}?"
    r"\b(?:were|was|are|is|had[ \t]+been)[ \t]+(?:set|put|estimated|fixed|capped)[ \t]+at[ \t]+"
    r"(?:about[ \t]+|around[ \t]+|some[ \t]+|nearly[ \t]+|roughly[ \t]+|almost[ \t]+)?$"
)
# "Zenz put the figure at \"up to 1.8 million\"": an estimate of the count just made
_FIGURE_PUT_AT = re.compile(
    r"\b(?:put|puts|estimated|estimates|placed|places)[ \t]+(?:the|that|this|its|their)[ \t]+"
    r"(?:figure|number|total|estimate|toll)[ \t]+at[ \t]+[\"“]?$"
)
# a sentence that opens by saying it gives estimates of a count: "Estimates of their number vary widely: the
# ministry put the figure at about 35,000, … associations speak of 50,000": each bare figure after is one
_ESTIMATES_OPEN = re.compile(
    r"[ \t]*(?:Estimates|Figures|Counts)[ \t]+(?:of|for)[ \t]+(?:the|their|its)[ \t]+"
    r"(?P<noun>number|population|size|total)s?\b(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?P<what>[a-z][\w\-]*))?"
)
# "Of the 412 sites, 268 show …": a part of a whole named just before it, set off by a comma
_WHOLE_BEFORE = re.compile(r"\b(?:[Oo]f|[Aa]mong)[ \t]+(?:the|these|those|its|their)[ \t]+$")
_WHOLE_TO_PART = re.compile(r"[^\d.;:!?\n]{1,40},[ \t]*")
# a second figure of the same count after the first: "at 150,000 in 2009 and 180,000", "62,800 and 37,000"
_AND_ANOTHER = re.compile(r"(?:[ \t]+(?:in|by)[ \t]+\d{4})?,?[ \t]+and[ \t]+")
ANTECEDENT_CHARS = 400  # how far back a count that a bare figure divides ("of whom 75 were...") may be


# "China Three Gorges Corporation", "the Group of Seven": a number word written with a capital inside a
# run of capitalised words is part of a name
_NAME_NUMBER = re.compile(r"(?:[A-Z][\w'’\-]*[ \t]+(?:of[ \t]+)?)$")
_CAPITALISED = re.compile(r"(?:\d+[ \t]+)?[A-Z]")  # a name, not the model's "36 detention facilities"
_BLANKS = re.compile(r"[ \t]*")
_PERSON_AGE = re.compile(r"[ \t]*,[ \t]*(?:(?:now|then)[ \t]+)?$")  # "Alim, now 27, was sent": the age now


def _named_spans(mentions: list[Mention], page: int) -> list[tuple[int, int]]:
    """Where the page names someone or something with a numeral in it: the numeral is part of the name
    ("五家渠市"), no count."""
    return [
        (m.start, m.end) for m in mentions if m.page == page and m.type in ENTITY_TYPES and _NUMERAL_RE.search(m.text)
    ]


_NUMERAL_RE = re.compile(r"[\d〇○零一二三四五六七八九十百千万亿两]")


def _in_names(figures: list[Figure], text: str, mentions: list[Mention]) -> list[Figure]:
    """The figures that are no part of a name: not inside a body's or a place's name, not a number that
    opens one ("the ministry's \"912 Special Project Working Group\"": what follows the number is the whole
    name), not a capitalised number word after a capitalised word; a bare number between commas after a
    person's name is the person's age ("Lu Jianwang, 61, and ...")."""
    named = [m for m in mentions if m.type in ENTITY_TYPES and m.type != t.PERSON and _CAPITALISED.match(m.text)]
    spans = [(m.start, m.end) for m in named]
    starts = {m.start: m.end for m in named}
    people_ends = {m.end for m in mentions if m.type == t.PERSON}
    kept = []
    for f in figures:
        if inside(spans, f.start, f.end):
            continue
        nxt = _BLANKS.match(text, f.end).end()  # type: ignore[union-attr]
        if nxt > f.end and nxt in starts and f.unit == text[nxt : starts[nxt]]:
            continue
        if _opens_a_quoted_name(text, f):
            continue
        capitalised_word = f.text[:1].isupper() and f.text.isalpha()
        if (
            capitalised_word
            and _NAME_NUMBER.search(text[max(0, f.start - 40) : f.start])
            and not _sentence_start(text, f.start)
        ):
            continue
        before = _PERSON_AGE.search(text[max(0, f.start - 10) : f.start])
        # "… Lu Jianwang, 61, and …", "his wife, Aynur Sabit, 58; his son …" (a list's items split by semicolons)
        after_name = before and f.start - len(before.group(0)) in people_ends
        between_commas = after_name and (text[f.end : f.end + 1] in (",", ";") or _AT_THE_TIME.match(text, f.end))
        if (not f.unit and between_commas) or _age_after_a_name(text, f, people_ends):
            f.unit = "years old"
        kept.append(f)
    return kept


# an age set off after a name and dated by the story it is told in: "their daughter, Dilnur, 17 at the time,"
_AT_THE_TIME = re.compile(r"[ \t]+(?:at[ \t]+the[ \t]+time|then)[ \t]*[,;]")


# "the oldest, Turghun Hesen, was 73": a person's name, then "was" or "is" and a number that ends the clause
_NAME_WAS_AGE = re.compile(r",?[ \t]+(?:is|was)[ \t]+(?:now[ \t]+|then[ \t]+)?$")


def _age_after_a_name(text: str, f: Figure, people_ends: set[int]) -> bool:
    """Whether a number of one to three digits right after a person's name and "was" is that person's age."""
    was = _NAME_WAS_AGE.search(text, max(0, f.start - 12), f.start)
    return (
        was is not None
        and was.start() in people_ends
        and re.fullmatch(r"\d{1,3}", f.text) is not None
        and AGE_IS_AFTER.match(text, f.end) is not None
    )


def _opens_a_quoted_name(text: str, f: Figure) -> bool:
    """'the "8964 Museum"', '"Charter 2000 Group"': a number that opens a quoted run of capitalised words,
    which the closing quote ends, is part of a name, not a count of what follows."""
    unit = f.unit.split()
    quoted = text[max(0, f.start - 1) : f.start] in ('"', "“") and bool(unit)
    if not quoted or not all(w[:1].isupper() for w in unit):
        return False
    return re.match(rf"[ \t]*{re.escape(f.unit)}[”\"]", text[f.end :]) is not None


def _sentence_start(text: str, pos: int) -> bool:
    return bool(re.search(r"(?:^|[.!?:\n][\"”’)\]]*)[ \t]*$", text[max(0, pos - 4) : pos]))


def _count_field_unit(raw: str, f: Figure) -> str:
    """What a field's label counts where the figure is its whole value ("Cosponsors count: 26", a line of its
    own: "cosponsors", not a word of the next line the text runs into); "" elsewhere."""
    line_start = raw.rfind("\n", 0, f.start) + 1
    label = _COUNTING_FIELD.match(raw, line_start) if raw else None
    if label is None or not label.group("noun3") or raw[label.end() : f.start].strip():
        return ""
    line_end = raw.find("\n", f.end)
    return label.group("noun3").lower() if not raw[f.end : len(raw) if line_end < 0 else line_end].strip() else ""


def _counted(figures: list[Figure], text: str, sents: list[tuple[int, int]], raw: str = "") -> list[Figure]:
    """The figures that say what they count: with a unit ("380 sites", "17 per cent"); or whose
    sentence names the count ("the number of detainees ... at around one million", "a population of
    25 million"); or a part of a count just made ("1 535 people ..., of whom 75 were in China"), which
    takes that count's unit. "El País wrote", "One" and a bare number count nothing."""
    kept: list[Figure] = []
    for f in figures:
        f.unit = _count_field_unit(raw, f) or f.unit
        first = f.unit.split()[0] if f.unit.split() else ""
        if first and not _NOT_A_UNIT.match(first):
            kept.append(f)
            continue
        label = _COUNTING_FIELD.match(raw, raw.rfind("\n", 0, f.start) + 1) if raw else None
        if label is not None and label.end() <= f.start:  # "Number of inmatesUp to 1.8 million"
            f.unit = (
                label.group("noun") or label.group("noun2") or label.group("noun3") or label.group("noun4")
            ).lower()
            kept.append(f)
            continue
        n = _sentence_of(sents, f.start)
        span = sents[n] if sents else (0, len(text))
        before = text[span[0] : f.start]
        named = _COUNTED_WORD.search(before)
        estimates = _ESTIMATES_OPEN.match(text, span[0], f.start)
        if estimates and not named:
            f.unit = estimates.group("what") or estimates.group("noun").lower()
            kept.append(f)
            continue
        if named:
            f.unit = named.group(2) if named.group(1) == "number" and named.group(2) else named.group(1)
            kept.append(f)
            continue
        subject = _COUNT_SUBJECT.search(before)
        changed = _CHANGED_COUNT.search(before) or _SET_AT_COUNT.search(before) or _CHANGED_OBJECT.search(before)
        if subject or changed:
            f.unit = subject.group(1).lower() if subject else changed.group("noun").lower()  # type: ignore[union-attr]
            kept.append(f)
            continue
        earlier = [k for k in kept if f.start - ANTECEDENT_CHARS < k.start < f.start and k.unit]
        part = (
            _PARTITIVE.search(text[max(0, f.start - 30) : f.start])
            or _SUBJECT_VERB.match(text, f.end)
            or _FIGURE_PUT_AT.search(text, max(0, f.start - 40), f.start)
        )
        joined = bool(earlier) and _AND_ANOTHER.fullmatch(text, earlier[-1].end, f.start) is not None
        if earlier and not (part or joined):
            whole = earlier[-1]  # "Of the 412 sites, 268 (65%) show": the part counts what its whole does
            part = _WHOLE_BEFORE.search(text, max(0, whole.start - 12), whole.start) and _WHOLE_TO_PART.fullmatch(
                text, whole.end, f.start
            )
        if earlier and (part or joined):  # "at 150,000 in 2009 and 180,000 in 2019": the same count again
            f.unit = earlier[-1].unit
            kept.append(f)
    return kept


def _add_claims(
    result: DocumentAnalysis, page: int, text: str, sents: list[tuple[int, int]], figures: list[Figure]
) -> None:
    for f in figures:
        n = _sentence_of(sents, f.start)
        span = sents[n] if sents else (0, len(text))
        result.claims.append(
            ClaimFound(
                page,
                f.start,
                f.end,
                f.value,
                f.low,
                f.high,
                f.qualifier,
                f.unit,
                f.text,
                n,
                sentence_text(text, span),
            )
        )
        result.mentions.append(Mention(page, f.start, f.end, f.text, _number_name(f.value), t.QUANTITY, sentence=n))


def _number_name(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


# -- within the document ------------------------------------------------------------


def _brand_word(words: list[str]) -> str:
    """The word a company's name is its own by: its first, or its second where the first is a place the
    gazetteer knows and two words or more follow it (a Chinese company's name: place, trade name, trade)."""
    if len(words) >= 3 and t.fold(words[0]) in t.gazetteer_index():
        return words[1]
    return words[0]


def _company_brands(mentions: list[Mention], prepared: dict[int, str], other_scripts: set[int]) -> dict[str, str]:
    """A company named in full is called again by its first word ("Astellas Pharma Inc." … "Astellas
    declined to comment"), or by the word after the province or city its name opens with ("Jiangsu Hualong Yarn
    Co., Ltd." … "Hualong confirmed"), where that word is its own: capitalised, not a place, a title or a word the
    page also writes in lower case, and the first word of no other body or place of the document."""
    # (words of an address aside: "legal@meridian-apparel.co.uk" writes no word of the page in lower case)
    page_words = "\n".join(v for k, v in prepared.items() if k not in other_scripts)
    words_written = set(re.findall(r"(?<![@./\-\w])\w+", page_words))
    firsts: dict[str, set[str]] = defaultdict(set)
    places = {m.name for m in mentions if m.type == t.PLACE}
    vouched = {m.name for m in mentions if m.type == t.PLACE and (m.strong or m.priority > P_SPACY)}
    for m in mentions:
        if m.type in (t.ORGANIZATION, t.PUBLIC_BODY) and m.page not in other_scripts:
            firsts[m.name.split()[0]].add(m.canonical or m.name)
    out: dict[str, str] = {}
    for m in mentions:
        bare = without_legal_form(m.name)
        words = (bare or m.name).split()
        if m.type != t.ORGANIZATION or m.page in other_scripts or len(words) < 2:
            continue
        first = _brand_word(words)
        if (
            (words[-1] in _COMPANY_ENDS or bare)
            and re.fullmatch(r"[A-Z][a-z]{3,}|[A-Z]{3,}", first)
            and firsts[first] <= {m.canonical or m.name}
            and first not in (places if first == words[0] else vouched)  # the model's guess of a place aside
            and t.fold(first) not in t.gazetteer_index()
            and first.lower() not in t.NOT_NAME_WORDS
            and first not in ORG_HEADS
            and first.lower() not in words_written
        ):
            out[first] = m.canonical or m.name
    return out


def _rescan(
    mentions: list[Mention],
    prepared: dict[int, str],
    chinese_pages: set[int],
    known: dict[str, tuple[str, str]],
    uyghur_pages: set[int] | None = None,
) -> list[Mention]:
    """Find again, on every page, the names this document defines and the names the case knows.
    Uyghur pages are searched by analyse/uyghur.py, which reads names with their suffixes."""
    uyghur_pages = uyghur_pages or set()
    names: dict[str, tuple[str, str, bool]] = {}  # surface -> (type, canonical, strong)
    for m in mentions:
        if m.priority >= P_KNOWN and m.type in ENTITY_TYPES and (len(m.text.split()) >= 2 or m.text.isupper()):
            names.setdefault(t.fold(m.text), (m.type, m.canonical or m.name, m.strong))
            if m.type == t.ORGANIZATION and len((bare := without_legal_form(m.text)).split()) >= 2:
                names.setdefault(t.fold(bare), (m.type, m.canonical or m.name, m.strong))  # "Dhaka Knit Composite"
        if m.type == t.PERSON and len(m.name.split()) >= 2 and m.page not in chinese_pages | uyghur_pages:
            for short in _person_short_forms(m.name):
                names.setdefault(short, (t.PERSON, m.name, False))
        elif m.type == t.PERSON and "·" in m.name and len(m.name.rsplit("·", 1)[1]) >= 2:
            names.setdefault(m.name.rsplit("·", 1)[1], (t.PERSON, m.name, False))  # 巴切莱特 for 米歇尔·巴切莱特
    for brand, company in _company_brands(mentions, prepared, chinese_pages | uyghur_pages).items():
        names.setdefault(brand, (t.ORGANIZATION, company, False))  # "Astellas said" after "Astellas Pharma Inc."
    if not names and not known:
        return mentions
    by_page: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_page[m.page].append(m)
    known_search = _known_patterns(known) if known else None
    for number, text in prepared.items():
        if number in uyghur_pages:
            continue
        page_mentions = by_page[number]
        added: list[Mention] = []
        covered = Coverage()
        weak = [o for o in page_mentions if o.priority <= P_SPACY and not o.strong]  # the model's guesses
        for o in page_mentions:
            if o not in weak:
                covered.take(number, o.start, o.end)
        cjk = number in chinese_pages
        hits = [(s, e, names) for s, e in _name_hits(names, text, cjk)]
        if known_search is not None:
            latin, cjk_pattern, table = known_search
            hits.extend((h.start(), h.end(), table) for h in (cjk_pattern if cjk else latin).finditer(text))
        for start, end, table in hits:
            found = t.fold(text[start:end])
            if found not in table or not covered.free(number, start, end):
                continue
            if known_bodies.code_letters(text, start, end):
                continue  # "Collection Number: MSS 0417": a code's letters, not the body the page names as MSS
            under = [o for o in weak if o.start < end and start < o.end]
            if any(not (start <= o.start and o.end <= end) for o in under):
                continue  # a guess that reaches beyond the name holds its place
            for o in under:  # a name the document or the case defines wins over the model's guess
                weak.remove(o)
                page_mentions.remove(o)
            kind, canonical, strong = table[found]
            if kind == t.PERSON and len(found.split()) == 1 and re.match(r"\s+[A-Z][a-z]", text[end : end + 3]):
                continue  # "Chen" in "Chen Guangcheng" is someone else
            added.append(
                Mention(number, start, end, text[start:end], found, kind, P_KNOWN, canonical=canonical, strong=strong)
            )
            covered.take(number, start, end)
        # "X, also known as Y"; a body's name glossed after ", or" ("Talpyn Zhastar, or Motivated Youth, said")
        for m in page_mentions + added:
            aka = AKA_RE.match(text, m.end) or _glossed_body(text, m) or _uyghur_gloss(text, m)
            if not aka or m.type not in ENTITY_TYPES:
                continue
            for s, alias in _alias_spans(text, aka):
                clash = [o for o in page_mentions + added if o.start < s + len(alias) and s < o.end]
                for o in clash:
                    if o in page_mentions:
                        page_mentions.remove(o)
                    else:
                        added.remove(o)
                added.append(
                    Mention(
                        number,
                        s,
                        s + len(alias),
                        alias,
                        alias,
                        m.type,
                        P_STRONG,
                        canonical=m.canonical or m.name,
                        strong=True,
                    )
                )
        by_page[number] = page_mentions + added
    return [m for number in sorted(by_page) for m in sorted(by_page[number], key=lambda x: x.start)]


def _alias_spans(text: str, aka: re.Match[str]) -> list[tuple[int, str]]:
    """The other names an "also known as" gives, each with its offset: the first, and where a bracket opened
    it, the further names after semicolons in that bracket ("[also known as Alpha Trading; Beta Supply]")."""
    spans = [(aka.start(1), aka.group(1))]
    if re.search(r"[(\[]", text[aka.start() : aka.start(1)]):
        pos = aka.end(1)
        while (more := FURTHER_ALIAS_RE.match(text, pos)) is not None:
            spans.append((more.start(1), more.group(1)))
            pos = more.end(1)
    return spans


# another name of a body, set off by commas after ", or": its translation or its short name
_GLOSS_RE = re.compile(r",[ \t]+or[ \t]+(?:the[ \t]+)?([A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,4})(?=,)")
_ITEM_BEFORE = re.compile(r"(?:,|\band)[ \t]*\Z")


# a division's Chinese name and its Uyghur name in brackets after its English one, as an encyclopaedia lists a
# county's townships ("Aral Township (阿拉尔乡, Aral Yézisi)")
_UYGHUR_GLOSS_RE = re.compile(
    rf"[ \t]*\([ \t]*{CJK_RE.pattern}+[ \t]*[,，;][ \t]*([A-Z][^\W\d_]*(?:[ \t]+[A-Z][^\W\d_]*){{0,3}})[ \t]*\)"
)


def _uyghur_gloss(text: str, m: Mention) -> re.Match[str] | None:
    """ "X Township (…乡, Y Yézisi)" after a place's name: Y Yézisi, its Uyghur name, is the same place."""
    gloss = _UYGHUR_GLOSS_RE.match(text, m.end) if m.type == t.PLACE else None
    return gloss if gloss and ends_a_division_name(gloss.group(1).split()[-1]) else None


def _glossed_body(text: str, m: Mention) -> re.Match[str] | None:
    """ "X, or Y," after a body's name: Y is the same body; not where X is an item of a list ("A, B, or C,")."""
    if m.type not in (t.ORGANIZATION, t.PUBLIC_BODY) or _ITEM_BEFORE.search(text, max(0, m.start - 6), m.start):
        return None
    return _GLOSS_RE.match(text, m.end)


def _flexible(name: str) -> str:
    return re.escape(name).replace(r"\ ", r"\s+").replace("'", "['’]")


def _patterns(names: dict[str, tuple[str, str, bool]]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    alternation = "|".join(_flexible(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{alternation})(?![\w]|-\w)"), re.compile(alternation)


@functools.lru_cache(maxsize=50_000)
def _name_pattern(name: str) -> re.Pattern[str]:
    """One name's pattern, compiled once for all documents (names recur, whereas one alternation per
    document would be compiled anew each time). It starts with the name's letters, so the search
    skips ahead quickly; word boundaries are checked on each hit."""
    return re.compile(_flexible(name))


def _name_hits(names: Iterable[str], text: str, cjk: bool) -> list[tuple[int, int]]:
    """Where the names occur as whole words: leftmost first, the longest at one place, never overlapping."""
    spans = []
    for n in names:
        for m in _name_pattern(n).finditer(text):
            s, e = m.span()
            if cjk or not (
                (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_-"))
                or (e < len(text) and (text[e].isalnum() or text[e] == "_"))
                or (text[e : e + 1] == "-" and text[e + 1 : e + 2].isalnum())
            ):
                spans.append((s, e))
    spans.sort(key=lambda span: (span[0], span[0] - span[1]))
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


_KNOWN_CACHE: dict[int, tuple[dict[str, tuple[str, str]], tuple[Any, Any, dict[str, tuple[str, str, bool]]]]] = {}


def _known_patterns(
    known: dict[str, tuple[str, str]],
) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, str, bool]]]:
    """The case's known names as patterns, compiled once per set of names."""
    cached = _KNOWN_CACHE.get(id(known))
    if cached is not None and cached[0] is known:
        return cached[1]  # type: ignore[no-any-return]
    table: dict[str, tuple[str, str, bool]] = {}
    for form, (kind, entity_name) in known.items():
        if len(form) >= 2 and (len(form.split()) >= 2 or form.isupper() or kind == t.PERSON):
            table.setdefault(t.fold(form), (kind, entity_name, True))
    latin, cjk = _patterns(table) if table else (re.compile(r"(?!)"), re.compile(r"(?!)"))
    _KNOWN_CACHE.clear()
    _KNOWN_CACHE[id(known)] = (known, (latin, cjk, table))
    return latin, cjk, table


def _person_short_forms(name: str) -> list[str]:
    if peer_name(name):
        return peer_short_forms(name)
    words = name.split()
    # a display name with the city abroad its owner writes from ("Adile Almaty"): the city alone is still the city
    # (a place the gazetteer holds keeps the reading the document's other rules give it)
    forms = [] if len(words) > 1 and words[-1] in t.world_cities() else [words[-1]]
    hyphenated_given = len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1])  # "Chow Hang-tung"
    if (len(words) in (2, 3) and words[0].lower() in t.PINYIN_SURNAMES) or hyphenated_given:
        forms.append(words[0])  # the surname first, as Chinese names are written
    forms.extend(_longer_short_forms(words))
    return [f for f in forms if len(f) > 1 and not f.endswith(".")]


def _longer_short_forms(words: list[str]) -> list[str]:
    """A person's shorter names of two words or more: the family name with the particles it opens with
    ("Ní Bhriain" of "Siobhán Ní Bhriain", "von der Heide" of "Anna von der Heide", "Von der Heide" too, as it
    opens a sentence) and the name without its
    middle initial ("Ann Roe" of "Ann B. Roe", as a transcript's speaker label writes it)."""
    forms = []
    particles = [i for i, w in enumerate(words[1:-1], 1) if w in NAME_PARTICLES]
    if particles:
        family = " ".join(words[particles[0] :])
        forms.append(family)
        if family[:1].islower():  # "Van Velden said …": the particle written with a capital as a sentence opens
            forms.append(family[:1].upper() + family[1:])
    if len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1]):
        forms.append(f"{words[0]} {words[2]}")
    return forms


def _spelled_by_initials(mentions: list[Mention], acronyms: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Acronyms the document never expands in brackets, joined to the one organisation name in the same
    document whose initials they spell: "EU" and "the European Union", "UN" and "United Nations"."""
    bodies = (t.ORGANIZATION, t.PUBLIC_BODY)
    long_names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for m in mentions:
        words = m.name.split()
        if m.type in bodies and len(words) >= 2 and all(w[:1].isupper() for w in words):
            long_names[initials(m.name)].add((m.canonical or m.name, m.type))
    out: dict[str, tuple[str, str]] = {}
    for m in mentions:
        if m.type in bodies and re.fullmatch(r"[A-Z]{2,6}", m.name) and m.name not in acronyms:
            found = long_names.get(m.name, set())
            if len(found) == 1:
                out[m.name] = next(iter(found))
    return out


def _country_named_in_full(name: str) -> str:
    """A body's name with the country it starts with written as the gazetteer's canonical name; a
    well-known body's name as its list writes it ("USA Today", not "United States Today")."""
    known = known_bodies.english_forms().get(t.fold(name))
    if known is not None:
        return known.canonical
    words = name.split()
    index = t.gazetteer_index()
    for n in range(min(4, len(words) - 1), 0, -1):
        entry = index.get(t.fold(" ".join(words[:n])))
        if entry is not None and entry.type == t.PLACE and words[n] != "&":  # "Holland & Knight": a partner's name
            return " ".join([entry.canonical, *words[n:]])
    return name


def _local_place(word: str) -> bool:
    """A county's or a city's name that ends as a country's adjective does ("Shanshan", "Hotan", "Hami"): a
    place below a country, or the adjective of none, whose name before a company's is the company's own
    ("Hotan Lanfeng Cotton Group", a subsidiary); not a country's adjective ("Chinese", "Iraqi", "Kazakh")."""
    if word.lower() in t.ETHNONYMS:
        return False
    entry = t.gazetteer_index().get(t.fold(word))
    if entry is not None:
        return entry.type == t.PLACE and word not in t.country_names()
    return not any(adjective_of(word, c) for c in t.country_names())


def _without_country(name: str) -> str:
    """A body's name without the country that starts it ("Chinese Ministry of Foreign Affairs",
    "中华人民共和国外交部"); "" when it starts with none or nothing of a name is left."""
    if CJK_RE.match(name):
        for n in range(min(8, len(name) - 2), 1, -1):
            entry = t.gazetteer_index().get(t.fold(name[:n]))
            if name[n - 1] == "国" and entry is not None and entry.type == t.PLACE:
                return name[n:]
        return ""
    words = name.split()
    if (
        len(words) >= 3
        and NATIONAL_ADJECTIVE_RE.fullmatch(words[0])
        and national_word(words[0])
        and not _local_place(words[0])
        and words[1][:1].isupper()
    ):
        return " ".join(words[1:])
    for n in (1, 2):  # "US Department of Homeland Security": a state's department, named after its country
        if len(words) >= n + 3 and t.fold(" ".join(words[:n])) in t.country_names() and words[n] in _STATE_BODY_FIRST:
            return " ".join(words[n:])
    return ""


# "Whitcombe Centre for Human Rights Research": a body's name, then what it is for
_FOR_COMPLEMENT_RE = re.compile(r"[ \t]+for[ \t]+")


def _before_complement(name: str) -> str:
    """A body's name without what it is for ("Whitcombe Centre" of "Whitcombe Centre for Human Rights Research"):
    two words or more, capitalised, ending in a body's head; "" where no such form is left. (Not a body's name
    without its country: "Ministry of Foreign Affairs" after "… of the Czech Republic" may be China's; nor a unit
    "of the" another body, "Xinjiang Data Project of the …", a body of its own.)"""
    for m in _FOR_COMPLEMENT_RE.finditer(name):
        words = name[: m.start()].split()
        if len(words) >= 2 and words[-1] in ORG_HEADS | PUBLIC_HEADS | PUBLIC_FIRST and words[0][:1].isupper():
            return " ".join(words)
    return ""


# the level a place's name may end with ("Karghilik County", "Tacheng Prefecture")
_PLACE_LEVEL_RE = re.compile(
    r"(?P<bare>[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?) (?:County|Prefecture|City|Province|District|Township|Town)"
)


def _known_body(name: str) -> bool:
    return t.fold(name) in known_bodies.english_forms()


_Full = TypeVar("_Full", str, tuple[str, str])


def _one_full_name(pairs: Iterable[tuple[str, _Full]]) -> dict[str, _Full]:
    """By each short form, its full name, where the document gives that short form exactly one."""
    full: dict[str, set[_Full]] = defaultdict(set)
    for short, name in pairs:
        full[short].add(name)
    return {short: next(iter(names)) for short, names in full.items() if len(names) == 1}


def _bodies_by_first_word(mentions: list[Mention]) -> dict[str, str]:
    """A body a document names in full and then by its first word alone ("Amnesty International" …
    "Amnesty said"; "Atajurt Kazakh Human Rights" … "founder of Atajurt"): by that word, the full name, where
    one body's name opens with it and the word is no place or person of the document."""
    others = {m.name for m in mentions if m.type in (t.PLACE, t.PERSON)}
    return _one_full_name(
        (words[0], m.canonical or m.name)
        for m in mentions
        if m.type == t.ORGANIZATION
        and len(words := m.name.split()) >= 2
        and words[0] not in ORG_HEADS
        and words[0][:1].isupper()
        and words[0] not in others
    )


def _companies_by_opening_words(mentions: list[Mention]) -> dict[str, str]:
    """A company a document names with its legal form (three words or more without it) and then by the words
    it opens with: the words before its trade ("Saigon Hoa Binh Dyeing JSC" … "Saigon Hoa Binh replied"), or its
    first two words, a name and the first of its trade ("Sunvale Solar Components, Inc." … "Sunvale Solar said",
    "Xinjiang Daqo New Energy Co., Ltd." … "Xinjiang Daqo"). By those words, the company, where one company's
    name opens with them, either way."""
    pairs = []
    for m in mentions:
        bare = without_legal_form(m.name) if m.type == t.ORGANIZATION else ""
        words = [w for w in bare.split() if not w.startswith("(")]  # "Hoshine Silicon Industry (Shanshan)"
        if len(words) < 3:
            continue
        if words[-1] in ORG_HEADS and all(w[:1].isupper() for w in words[:-1]):
            pairs.append((" ".join(words[:-1]), m.canonical or m.name))
        if all(w[:1].isupper() for w in words[:2]) and words[1] not in PUBLIC_HEADS:
            pairs.append((" ".join(words[:2]), m.canonical or m.name))
    return _one_full_name(pairs)


def _places_with_their_level(mentions: list[Mention]) -> dict[str, str]:
    """A place a document names with its level and without it ("Karghilik County", then "Karghilik"), which
    the gazetteer does not know: by the bare name, the place with its level, where one place ends so."""
    places = {m.name for m in mentions if m.type == t.PLACE}
    levels = (_PLACE_LEVEL_RE.fullmatch(m.name) for m in mentions if m.type == t.PLACE and m.canonical in ("", m.name))
    return _one_full_name(
        (level.group("bare"), level.group(0)) for level in levels if level and level.group("bare") in places
    )


def _places_by_bare_name(mentions: list[Mention]) -> dict[str, str]:
    """A place a document names with its level ("Aqsaq Maral Township"): by the bare name, the place with its
    level, where one place ends so; the bare name the model read as a body's or a person's ("near Aqsaq Maral") is that
    place."""
    levels = (_PLACE_LEVEL_RE.fullmatch(m.name) for m in mentions if m.type == t.PLACE)
    return _one_full_name((level.group("bare"), level.group(0)) for level in levels if level)


def _named_in_full(mentions: list[Mention]) -> dict[str, str]:
    """The shorter forms a document names a body by, where it names it in full once: by short form, the full
    name."""
    bodies = (t.ORGANIZATION, t.PUBLIC_BODY)
    named = {m.name for m in mentions if m.type in bodies}
    shorts = ((m, _before_complement(m.name)) for m in mentions if m.type in bodies and not CJK_RE.search(m.name))
    return _one_full_name((short, m.canonical or m.name) for m, short in shorts if short and short in named)


# the first word of a state's department or office named with "of" after it ("Department of Homeland Security")
_STATE_BODY_FIRST = {"Department", "Ministry", "Office", "Bureau", "Agency", "Administration"}


def _country_prefixed(mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """A body named with its country and without it in one document is one body: the bare form stands
    for the full one, when the document names only one body with that bare form."""
    bares = ((m, _without_country(m.name)) for m in mentions if m.type in (t.ORGANIZATION, t.PUBLIC_BODY))
    return _one_full_name((bare, (m.canonical or m.name, m.type)) for m, bare in bares if bare)


def _bodies_of_country(mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """ "China's Export-Import Bank" and "the Export-Import Bank of China" in one document: a company's or
    a bank's name is the one body of the document that the name, with "of" and a country or a place after
    it, names. (A state's bodies are left as they are: a bare "Ministry of Foreign Affairs" is often
    another country's than the one a document names in full.)"""
    pairs: list[tuple[str, tuple[str, str]]] = []
    for m in mentions:
        if m.type != t.ORGANIZATION:
            continue
        of = re.fullmatch(r"(?P<body>[^ ]+(?: (?!of )[^ ]+)+) of (?:the )?(?P<place>[A-Z].*)", m.name)
        place = t.gazetteer_index().get(t.fold(of.group("place"))) if of else None
        if of is not None and place is not None and place.type == t.PLACE and len(of.group("body").split()) >= 2:
            pairs.append((of.group("body"), (m.canonical or m.name, m.type)))
    return _one_full_name(pairs)


_MINISTRY_RE = re.compile(r"Ministry of ([A-Z][a-z]+)(?: Affairs)?")
# a state's ministry named with its country, in the forms reporting uses: "Ministry of Foreign Affairs of the
# People's Republic of China", "Chinese Ministry of Foreign Affairs", "China's Foreign Ministry"
_COUNTRY_MINISTRY_RES = (
    re.compile(r"Ministry of (?P<subject>[A-Z][\w ,&]+?) of (?:the )?(?P<country>[A-Z].+)"),
    re.compile(
        r"(?P<country>[A-Z][\w.’' ]+?)(?:['’]s)? "
        r"(?:Ministry of (?P<subject>[A-Z][\w ,&]+)|(?P<short>[A-Z][a-z]+) Ministry)"
    ),
)
# a ministry called by its subject alone is the ministry of that subject's affairs ("Foreign Ministry")
_AFFAIRS_SUBJECTS = ("Foreign", "Home", "Internal")


def _country_ministry(name: str) -> str:
    """One name for a state's ministry however a page names it with its country ("Chinese Foreign Ministry",
    "Ministry of Foreign Affairs of the People's Republic of China": "Ministry of Foreign Affairs of China"), so
    its forms across a case are one body; "" when the name is no ministry of a country the gazetteer knows. A
    ministry named without its country is left alone: it is often another country's than the one a page names."""
    for pattern in _COUNTRY_MINISTRY_RES:
        ministry = pattern.fullmatch(name)
        country = _country_of(ministry.group("country")) if ministry else ""
        if ministry and country:
            short = ministry.groupdict().get("short") or ""
            subject = ministry.group("subject") or (f"{short} Affairs" if short in _AFFAIRS_SUBJECTS else short)
            return _known_ministry(subject, country)
    return ""


def _known_ministry(subject: str, country: str) -> str:
    """A country's ministry by the name the lists know it by: "Ministry of Foreign Affairs of China" as such, and
    China's "Ministry of Public Security", which the lists name without the country, as the lists do."""
    index = t.gazetteer_index()
    named = f"Ministry of {subject} of {country}"
    bare = index.get(t.fold(f"Ministry of {subject}")) if country == "China" else None
    known = index.get(t.fold(named)) or (bare if bare is not None and bare.type != t.PLACE else None)
    return known.canonical if known is not None else named


def _country_of(words: str) -> str:
    """The gazetteer's name of the country these words name, or whose adjective they are ("Chinese": China,
    "Kazakh": Kazakhstan); "" for none, or for an adjective of two ("Austrian": Austria or Australia)."""
    entry = t.gazetteer_index().get(t.fold(words))
    if entry is not None:
        return entry.canonical if entry.type == t.PLACE and t.fold(entry.canonical) in t.country_names() else ""
    if not NATIONAL_ADJECTIVE_RE.fullmatch(words) and words.lower() not in t.ETHNONYMS:
        return ""
    index = t.gazetteer_index()
    countries = {
        index[c].canonical for c in t.country_names() if c[:1].isupper() and adjective_of(words, c) and c in index
    }
    return next(iter(countries)) if len(countries) == 1 else ""


# the usual short forms of Chinese bodies' names, longest first: 维稳办 for the stability office, 人社局
_ABBREVIATIONS = (
    ("维护稳定工作领导小组办公室", "维稳办"),
    ("网络安全和信息化委员会办公室", "网信办"),
    ("人力资源和社会保障", "人社"),
    ("发展和改革委员会", "发改委"),
    ("发展改革委", "发改委"),
    ("统一战线工作部", "统战部"),
    ("人民代表大会常务委员会", "人大常委会"),
    ("人民政府", "政府"),
    ("行政公署", "行署"),
    ("人民检察院", "检察院"),
    ("人民法院", "法院"),
    ("纪律检查委员会", "纪委"),
    ("委员会", "委"),
    ("党委", "委"),
)


def _abbreviated(name: str) -> str:
    """A Chinese body's name with its offices and committees abbreviated as they usually are (政法委员会 is
    政法委, 维护稳定工作领导小组办公室 is 维稳办)."""
    for full, short in _ABBREVIATIONS:
        name = name.replace(full, short)
    return name


_LEVEL_START_RE = re.compile(r"^(?:地区|地委|自治州|自治区|县|市|州|区|省|师市|乡|镇)[\u3400-\u9fff]")
# a province or region written in full before the rest of a body's name: "新疆维吾尔自治区|和田地区人民检察院"
_REGION_FIRST_RE = re.compile(r"^[\u3400-\u9fff]{1,8}?(?:自治区|省)(?P<rest>[\u3400-\u9fff]{4,})$")


def _bodies_shortened(mentions: list[Mention], shorter: Callable[[str], list[str]]) -> dict[str, tuple[str, str]]:
    """By each shorter form of a Chinese body's name (``shorter`` gives a name's) that the document also names a
    body by, the full name and its type, when one full name ends so (``_one_full_name``)."""
    bodies = [m for m in mentions if m.type in (t.ORGANIZATION, t.PUBLIC_BODY) and CJK_RE.match(m.name)]
    names = {m.name for m in bodies}
    return _one_full_name(
        (short, (m.canonical or m.name, m.type)) for m in bodies for short in shorter(m.name) if short in names
    )


def _region_prefixed(mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """ "新疆维吾尔自治区和田地区人民检察院" and then "和田地区人民检察院" in one document: a body named with
    its province or region first and then without it is one body, when one full name ends so."""
    return _bodies_shortened(mentions, lambda name: [m.group("rest")] if (m := _REGION_FIRST_RE.match(name)) else [])


def _place_boundaries(name: str) -> list[int]:
    """Where each of the known places a Chinese name opens with ends, read longest first ("新疆|喀什地区|
    泽普县|人民法院": 2, 6 and 9)."""
    ends: list[int] = []
    rest = name
    while (leading := _leading_place(rest)) is not None:
        rest = leading[1]
        ends.append(len(name) - len(rest))
    return ends


def _places_prefixed(mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """ "新疆喀什地区泽普县人民法院" and then "泽普县人民法院" in one document: a Chinese body named with the
    places above its own first and then from its own place on is one body, when one full name ends so."""
    # what follows each place but the last opens with a place of its own
    return _bodies_shortened(mentions, lambda name: [name[end:] for end in _place_boundaries(name)[:-1]])


# a unit named after the body it belongs to: "伊宁县公安局|英塔木派出所", "某县人民法院|某某人民法庭"
_UNIT_AFTER_PARENT_RE = re.compile(
    r"^[\u3400-\u9fff]{2,}?(?:公安分局|公安局|公安处|人民法院|人民检察院)(?P<unit>[\u3400-\u9fff]{3,})$"
)


def _parent_prefixed(mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """ "伊宁县公安局英塔木派出所" and then "英塔木派出所" in one document: a unit named after the bureau, court or
    procuratorate it belongs to and then by its own name is one body, when one full name ends so."""
    return _bodies_shortened(
        mentions, lambda name: [m.group("unit")] if (m := _UNIT_AFTER_PARENT_RE.match(name)) else []
    )


def _leading_place(name: str) -> tuple[str, str] | None:
    """The canonical name of the longest place the gazetteer knows that opens a Chinese body's name, and the
    rest of the name after it; None when no place opens it or nothing is left."""
    index = t.gazetteer_index()
    for n in range(min(12, len(name) - 2), 1, -1):
        entry = index.get(t.fold(name[:n]))
        if entry is not None and entry.type == t.PLACE:
            return entry.canonical, name[n:]
    return None


def _place_short_formed(mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """ "克孜勒苏柯尔克孜自治州人民检察院" and then "克州人民检察院" in one document: a body named after its place
    in full and after the place's short form is one body, the longest name, when the two places are one in
    the gazetteer and the rest of the names is the same, in full or abbreviated as usual ("洛浦县人民政府"
    and "洛浦县政府"; "某某乡人民政府" and "某某乡政府" where the gazetteer knows no such township)."""
    bodies = [m for m in mentions if m.type in (t.ORGANIZATION, t.PUBLIC_BODY) and CJK_RE.match(m.name)]
    by_place: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for m in bodies:
        place = _leading_place(m.canonical or m.name) or ("", m.canonical or m.name)  # "某某乡政府"
        by_place[place[0], _abbreviated(place[1])].add((m.canonical or m.name, m.type))
    out: dict[str, tuple[str, str]] = {}
    for forms in by_place.values():
        if len(forms) >= 2:
            longest = max(forms, key=lambda form: (len(form[0]), form[0]))
            out.update((name, longest) for name, _type in forms if name != longest[0])
    return out


# the Youth League's committee of a level ("团县委") is its own body, not the level's party committee (县委)
_YOUTH_LEAGUE_RE = re.compile(r"团[县市区州地]委")


def _level_prefixed(mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """ "地区公安局" in a notice that also names "阿克苏地区公安局": the level stands for the document's
    own prefecture or county, so the bare form is the one full body that ends with it, in full or
    abbreviated ("县人社局" is "县人力资源和社会保障局", "县委统战部" is "中共某县委统一战线工作部"); the
    longer name stands, so two forms of one level do not stand for each other."""
    bodies = [m for m in mentions if m.type in (t.ORGANIZATION, t.PUBLIC_BODY) and CJK_RE.match(m.name)]
    out: dict[str, tuple[str, str]] = {}
    for bare in {m.name for m in bodies if _LEVEL_START_RE.match(m.name)}:
        short = _abbreviated(_prefecture_committee_spelt(bare))
        full = {
            (m.canonical or m.name, m.type)
            for m in bodies
            if _abbreviated(m.canonical or m.name).endswith(short)
            and len(m.canonical or m.name) > len(bare)
            and not _YOUTH_LEAGUE_RE.fullmatch(m.canonical or m.name)
        }
        if len({_abbreviated(name) for name, _type in full}) == 1:  # one body, in full or abbreviated
            out[bare] = max(full, key=lambda form: (len(form[0]), form[0]))
    return out


def _prefecture_committee_spelt(bare: str) -> str:
    """ "地委组织部" as the full names spell a prefecture's committee ("和田地区党委组织部"): "地区委组织部" once
    abbreviated, so that the full name ends with it."""
    return "地区委" + bare[2:] if bare.startswith("地委") else bare


# the second characters after which a county's level opens no one county's body ("县级", "县直", "县乡": every one)
_NOT_ONE_COUNTY = set("级直域城乡镇村区")


@dataclass(frozen=True)
class _Level:
    """A level of place whose bodies a document may name without the place: the place's name ends in
    ``place_end``; a bare body opens with one of ``openings``, whose first characters, as many as each opening
    gives, the place's name stands for ("县委" → 墨玉县 + 委; "地区公安局" → 喀什地区 + 公安局; "行署" → 喀什地区 +
    行署); an opening followed by a character of ``not_after`` names every place of the level ("县级", "地区级")."""

    place_end: str
    openings: tuple[tuple[str, int], ...]  # (opening, characters of it the place's name stands for)
    not_after: frozenset[str] = frozenset()


_LEVELS = (
    _Level("县", (("县", 1),), frozenset(_NOT_ONE_COUNTY)),
    _Level("地区", (("地区", 2), ("地委", 1), ("行署", 0)), frozenset("级内外")),
    _Level("自治州", (("州", 1),), frozenset("级内外长")),
)


def _level_of_one_place(mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """ "县公安局", "县委" in a document that names one county, "地区公安局", "地委", "行署" in one that names one
    prefecture, "州委" in one that names one autonomous prefecture: the level stands for the document's own
    place ("墨玉县公安局", "墨玉县党委", "喀什地区党委"), so documents from two counties do not make their county
    committees one body. A full body the document names that ends so is read first (``_level_prefixed``); with
    two places of the level, or none, the bare name stays. (A township's level is left alone: the gazetteer does
    not know every township, so one named township need not be the document's only one.)"""
    bodies = {m.name for m in mentions if m.type == t.PUBLIC_BODY and CJK_RE.match(m.name)}
    out: dict[str, tuple[str, str]] = {}
    for level in _LEVELS:
        places = {m.canonical or m.name: m.name for m in mentions if _place_of_level(m, level.place_end)}
        if len(places) != 1:
            continue
        [place] = places.values()
        for bare in bodies:
            full = _at_level(bare, place, level)
            if full:
                out[bare] = (party_committee(full), t.PUBLIC_BODY)
    return out


def _at_level(bare: str, place: str, level: _Level) -> str:
    """The full name of a bare body of ``level`` in ``place``, or "" where it names none of that level."""
    for opening, taken in level.openings:
        rest = bare[len(opening) :]
        if bare.startswith(opening) and len(bare) > taken and rest[:1] not in level.not_after:
            return place + bare[taken:]
    return ""


def _place_of_level(m: Mention, end: str) -> bool:
    """A place a Chinese page names with its level ("墨玉县", "喀什地区", "克孜勒苏柯尔克孜自治州")."""
    return m.type == t.PLACE and CJK_RE.match(m.name) is not None and len(m.name) > len(end) and m.name.endswith(end)


# (not "in Exile": "East Turkistan Government in Exile" is where the body sits, no place)
_BODY_IN_PLACE_RE = re.compile(
    r"(?P<body>\S.*\S)[ \t]+in[ \t]+(?P<place>(?!Exile\b)[A-Z][\w\-]+(?:[ \t][A-Z][\w\-]+)?)"
)


def _word_before_a_person(mentions: list[Mention]) -> list[Mention]:
    """ "European Parliament: Award Ilham Tohti the Prize": a person's name read with one word before the
    full name of a person the page names alone elsewhere (a headline's verb, a party's name): that person,
    where the word opens no other person's name on the page."""
    people = {m.name for m in mentions if m.type == t.PERSON and len(m.name.split()) >= 2}
    # "Smith Finley, Joanne (2013)": a surname of two words the page itself gives this full name
    surnames_of = {(m.name, m.canonical) for m in mentions if m.type == t.PERSON and m.canonical != m.name}
    for m in mentions:
        words = m.name.split()
        if m.type != t.PERSON or len(words) < 3 or not words[1][:1].isupper() or " ".join(words[1:]) not in people:
            continue  # "Fernand de Varennes" holds "de Varennes": a particle is the name's own
        if _particle_opens_family_name(words) or (" ".join(words[1:]), m.name) in surnames_of:
            continue  # "Siobhán Ní Bhriain" after "Ms Ní Bhriain": the capitalised particle is her family name's
        first = re.match(r"\S+\s+", m.text)
        if first and not any(n.split()[0] == words[0] for n in people if n != m.name):
            rest = " ".join(words[1:])  # the name as cleaned ("O'Brien"), cut from the text as written ("O’Brien")
            m.start, m.text, m.name, m.canonical = m.start + first.end(), m.text[first.end() :], rest, rest
    return mentions


def _shorter_name_of_one(m: Mention, full_persons: dict[str, set[str]]) -> bool:
    """Whether a name of two words or more is the shorter name of one longer name on the page ("Ní Bhriain"
    after "Siobhán Ní Bhriain", "Ann Roe" after "Ann B. Roe")."""
    fulls = full_persons.get(m.name, set())
    return m.canonical == m.name and len(fulls) == 1 and m.name not in fulls


def _particle_opens_family_name(words: list[str]) -> bool:
    """Whether a name's second word is a particle written with a capital that opens the family name (Irish
    "Ó", "Ní", "Nic"): the family name named alone elsewhere keeps it, so the given name before is no
    headline's word."""
    return words[1] in NAME_PARTICLES


def _named_elsewhere(mentions: list[Mention]) -> list[Mention]:
    """ "Almaty court sentences three activists … Reuters in Almaty", "By ELLEN KNICKMEYER and DAKE KANG …
    Kang reported from Beijing": one word the statistical model alone read as an organisation, which the
    same document names as a place or as a person's surname, is that place or person; so is a full name
    the model alone read as an organisation that a rule reads as a person's elsewhere ("led by Dilnur
    Reyhan, a lecturer", with "Reyhan, Dilnur (2021)" in the references)."""
    places = {m.name for m in mentions if m.type == t.PLACE}
    served = (_JURISDICTION_RE.match(m.name) for m in mentions if m.type == t.PUBLIC_BODY)
    jurisdictions = {j.group("place") for j in served if j}
    people = [m for m in mentions if m.type == t.PERSON and len(m.name.split()) >= 2]
    surnames = {m.name.split()[-1] for m in people}
    called = surnames | {m.name for m in mentions if m.type == t.PERSON and " " not in m.name}
    full_names = {m.canonical for m in mentions if m.type == t.PERSON and m.priority > P_SPACY and " " in m.canonical}
    for m in mentions:
        if m.type != t.ORGANIZATION or m.strong:
            continue
        within = _IN_PLACE_RE.fullmatch(m.name)
        if within and within.group("place") in jurisdictions and m.priority <= P_RULE:
            _narrow(m, within.group("place"))  # "Pasture in Xilingol League": a sentence's noun, then the place
            m.type = t.PLACE
            continue
        if m.name in jurisdictions and m.priority <= P_RULE:
            m.type = t.PLACE  # "part of Xilingol League", with the "Xilingol League Intermediate People's Court"
        elif m.priority > P_SPACY:
            continue
        elif " " in m.name:
            m.type = t.PERSON if m.name in full_names or _full_name_of_one_called(m.name, called) else m.type
        elif m.name in places:
            m.type = t.PLACE
        elif m.name in surnames:
            m.type = t.PERSON
    return mentions


def _full_name_of_one_called(name: str, called: set[str]) -> bool:
    """ "in the words of Yalkun Uluyol. Uluyol’s father …", "Burhanduxt Meryem Ehlin Tohti" beside "Tohti was
    born": a full name the statistical model alone read as a body, with no body's word, whose last word the
    page calls a person by (alone or as the last word of another's name), is a person's."""
    return name.split()[-1] in called and person_shaped(name)


# a Chinese state body is named after the place it serves: "Xilingol League Intermediate People's Court",
# "Xilinhot Public Security Bureau", "Hami City People's Government"
_JURISDICTION_RE = re.compile(
    r"(?P<place>[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*){0,3}) (?:(?:Intermediate|Higher|Basic) People's Court|"
    r"People's Procuratorate|Public Security Bureau|People's Government|People's Congress)$"
)
_IN_PLACE_RE = re.compile(r"[A-Z][a-z]+ in (?P<place>[A-Z].+)")


def _narrow(m: Mention, name: str) -> None:
    cut = m.text.rindex(name)
    m.start, m.text, m.name, m.canonical = m.start + cut, name, name, name


# the capitalised words and "at" that open a body's name before the words read as the body: "the Scholars at |Risk
# Network|", "the Human Rights at |Sea Foundation|" (after "the", which no person's or place's name takes there)
_AT_OPENING_RE = re.compile(r"(?<![\w\-])[Tt]he[ \t]+(?P<opening>(?:[A-Z][a-z'’\-]+[ \t]+){1,3})at[ \t]+$")


def _bodies_named_with_at(mentions: list[Mention], prepared: dict[int, str], other: set[int]) -> list[Mention]:
    """A body read from the word after "at" in its name, whole: "the Scholars at Risk Network" is no "Risk
    Network". The words before "at" are capitalised after "the" and name no people, nation or place ("the
    Uyghurs at Kashgar University" stays the university)."""
    for m in mentions:
        if m.page in other or m.type not in (t.ORGANIZATION, t.PUBLIC_BODY) or m.strong:
            continue
        if not P_KNOWN <= m.priority <= P_RULE:
            continue  # a body the rules read by its head word ("… Network"), not the model's reading
        hit = _AT_OPENING_RE.search(prepared[m.page], max(0, m.start - 60), m.start)
        if hit is None or any(_no_opening_word(w) for w in hit.group("opening").split()):
            continue
        start = hit.start("opening")
        if any(o.page == m.page and o is not m and o.start < m.start and o.end > start for o in mentions):
            continue  # a person's or a place's name the document reads there
        name = prepared[m.page][start : m.end]
        m.canonical = m.canonical_renamed(name)
        m.start, m.text, m.name = start, name, name
    return mentions


# "Part of the Chinese Academy of Sciences", an infobox's line saying what a body belongs to: no part of the name
_PART_OF_RE = re.compile(r"(?:Part|A[ \t]+part)[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])")


def _parts_of_bodies(mentions: list[Mention]) -> list[Mention]:
    """A body read with the words "Part of" before its name, named without them."""
    for m in mentions:
        part = _PART_OF_RE.match(m.name) if m.type in (t.ORGANIZATION, t.PUBLIC_BODY) and not m.strong else None
        if part is None or m.text[: part.end()] != m.name[: part.end()]:
            continue
        name = m.name[part.end() :]
        m.canonical = m.canonical_renamed(name)
        m.start, m.text, m.name = m.start + part.end(), m.text[part.end() :], name
    return mentions


def _bodies_before_a_surname(mentions: list[Mention]) -> list[Mention]:
    """ "said on ABC Television Wumaier did not want to leave": a body's name the statistical model alone ran on
    into the surname of a person the document names in full (Nadila Wumaier) ends before that surname, which is
    the person's; a name that holds the person's full name ("the Walt Disney Company") is left whole."""
    full_names = {m.name.split()[-1]: m.name for m in mentions if m.type == t.PERSON and len(m.name.split()) >= 2}
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        words = m.text.split()
        if m.type not in (t.ORGANIZATION, t.PUBLIC_BODY) or m.strong or m.priority > P_SPACY or len(words) < 3:
            continue
        surname, body = words[-1], " ".join(words[:-1])
        full = full_names.get(surname)
        if full is None or full in m.text or not _names_a_body(words[:-1]):
            continue
        at = m.text.rindex(surname)
        m.canonical = m.canonical_renamed(clean_name(body))
        m.text, m.name, m.end = m.text[:at].rstrip(), clean_name(body), m.start + len(m.text[:at].rstrip())
        out.append(Mention(m.page, m.start + at, m.start + at + len(surname), surname, surname, t.PERSON, P_SPACY))
    return out


def _names_a_body(words: list[str]) -> bool:
    """Whether the words left before a surname still name a body by themselves: two capitalised words or more,
    the last no joining word ("ABC Television", not "Office of")."""
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1] not in ("Of", "The", "And")


def _no_opening_word(word: str) -> bool:
    """A nation's or a place's word, or a post's ("the Professor at …"), which opens no body's name before "at"."""
    return national_word(word) or word.lower() in t.ROLE_NOUNS or word in t.HONORIFICS


def _places_named_as_bodies(mentions: list[Mention]) -> list[Mention]:
    """ "Middle East Eye reported … Speaking to Middle East Eye, …": a name of two words or more that the
    statistical model alone read as a place, which the gazetteer does not know and the same document reads as an
    organisation elsewhere, is that organisation."""
    bodies = {m.name for m in mentions if m.type == t.ORGANIZATION and " " in m.name}
    for m in mentions:
        if m.type != t.PLACE or m.name not in bodies or m.strong or m.priority > P_SPACY:
            continue
        if t.fold(m.name) not in t.gazetteer_index():
            m.type = t.ORGANIZATION
    return mentions


def _body_then_place(mentions: list[Mention]) -> list[Mention]:
    """ "Mercator Institute for China Studies in Berlin": a body's name ends before " in " and a place's
    name; the place is a mention of its own (not in a well-known body's own name)."""
    out: list[Mention] = []
    known = known_bodies.english_forms()
    for m in mentions:
        whole = t.fold(m.text) in known  # "Organization for Security and Co-operation in Europe"
        hit = _BODY_IN_PLACE_RE.fullmatch(m.text) if m.type in (t.ORGANIZATION, t.PUBLIC_BODY) and not whole else None
        words = hit.group("body").split() if hit else []
        if hit is None or len(words) < 2 or not any(w in ORG_HEADS | PUBLIC_HEADS for w in words):
            out.append(m)
            continue
        body, start = hit.group("body"), m.start + hit.start("place")
        m.canonical = m.canonical_renamed(clean_name(body))
        m.text, m.name, m.end = body, clean_name(body), m.start + len(body)
        out.append(m)
        place = hit.group("place")
        out.append(Mention(m.page, start, start + len(place), place, place, t.PLACE, m.priority, sentence=m.sentence))
    return out


_TRADE_ENDS = {"Technology", "Technologies", "Group", "Holdings", "Industry", "Industries", "Electronics"}
# the last words of a company's name after its own name: "Astellas Pharma", "Mintz Group", "Hoshine Silicon
# Industry Co." (a legal form at the end says so as well)
_COMPANY_ENDS = _TRADE_ENDS | {
    *("Pharma", "Pharmaceutical", "Pharmaceuticals", "Chemie", "Chemical", "Chemicals", "Motor", "Motors"),
    *("Semiconductor", "Solar", "Securities", "Partners", "Consulting", "Advisory", "Analytics", "Foods"),
    *("Metals", "Mining", "Steel", "Materials", "Logistics", "Textiles", "Apparel", "Garments", "Engineering"),
    "Silicon",
}


def _company_core(m: Mention) -> tuple[str, ...]:
    """ "Zhejiang Dahua Technology" is called "Dahua" again: a company's own word between the place it
    starts with and the trade it ends with (the document's bare "Dahua" is then that company)."""
    words = (m.canonical or m.name).split()
    if m.type != t.ORGANIZATION or len(words) != 3 or words[-1] not in _TRADE_ENDS:
        return ()
    core = words[1]
    if not (words[0][:1].isupper() and core[:1].isupper()) or t.fold(core) in t.gazetteer_index():
        return ()
    return (core,)


def _surname_read_as_body(m: Mention, full_persons: dict[str, set[str]], first_words: dict[str, set[str]]) -> bool:
    """A lone word the statistical model alone took for a body, which is the short form of exactly one
    person the document names in full ("Chow" after "Chow Hang-tung"), or the given name of exactly one
    and no one's short form ("Rahile's sentence" after "Rahile Dawut", as Uyghur names are used): that person."""
    given = m.name not in full_persons and len(first_words.get(m.name, ())) == 1
    return (
        m.type in (t.ORGANIZATION, t.PUBLIC_BODY)
        and m.priority <= P_SPACY
        and not m.strong
        and len(m.name.split()) == 1
        and (len(full_persons.get(m.name, ())) == 1 or given)
    )


def _given_name_read_as_place(m: Mention, full_persons: dict[str, set[str]], first_words: dict[str, set[str]]) -> bool:
    """A lone word the statistical model alone took for a place, which no gazetteer knows as one, and which opens
    the full name of exactly one person the page names and is no one's surname ("Dilmurat further said" after
    "Dilmurat Tursun", as Uyghur names are used): that person."""
    return (
        m.type == t.PLACE
        and m.priority <= P_SPACY
        and not m.strong
        and " " not in m.name
        and m.name not in full_persons
        and len(first_words.get(m.name, ())) == 1
        and not known_place(m.name)
    )


_TWO_SURNAMES_RE = re.compile(r"(?P<first>\S+)[ \t]+(?:&|and)[ \t]+(?P<second>\S+)")


def _authors_read_as_body(m: Mention, full_persons: dict[str, set[str]]) -> bool:
    """A body the statistical model alone read, of two words joined by "&" or "and", each the surname of
    a person the page names in full: the two authors of a short citation ("Marwick & Lindgren 2020, p. 14"),
    no body (a firm named after people the page does not name stays one)."""
    two = _TWO_SURNAMES_RE.fullmatch(m.name)
    return (
        two is not None
        and m.type in (t.ORGANIZATION, t.PUBLIC_BODY)
        and m.priority <= P_SPACY
        and not m.strong
        and two.group("first") in full_persons
        and two.group("second") in full_persons
    )


def _about_a_person(m: Mention, full_persons: dict[str, set[str]], first_words: dict[str, set[str]]) -> bool:
    """A body the statistical model alone read, of two words joined by "of", the last a person's short form
    or given name on the page: a common noun about that person ("Confirmation of Rahile")."""
    words = m.name.split()
    return (
        m.type in (t.ORGANIZATION, t.PUBLIC_BODY)
        and m.priority <= P_SPACY
        and not m.strong
        and len(words) == 3
        and words[1] == "of"
        and words[0].lower() not in KEYWORD_WORDS
        and (words[2] in full_persons or words[2] in first_words)
    )


def _to_the_end(longer: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """By each short form, the longest name its chain of longer forms leads to: "地区行署" is "地区行政公署"
    (the office's usual short form) and that is "阿克苏地区行政公署" (its level standing for the document's
    prefecture), so all three are one body under the full name."""
    out: dict[str, tuple[str, str]] = {}
    for short, full in longer.items():
        seen = {short}
        while full[0] in longer and full[0] not in seen:
            seen.add(full[0])
            full = longer[full[0]]
        out[short] = full
    return out


# Chinese characters, the Arabic script and Cyrillic
_OTHER_SCRIPT = re.compile(r"[\u3400-\u9fff\u0600-\u06ff\u0400-\u04ff]")


def _resolve_in_document(mentions: list[Mention], uyghur_pages: set[int] | None = None) -> list[Mention]:
    mentions = _word_before_a_person(_named_elsewhere(_places_named_as_bodies(_body_then_place(mentions))))
    acronyms: dict[str, tuple[str, str]] = {}
    for m in mentions:
        for short in (*m.short_forms, *_company_core(m)):
            acronyms.setdefault(short, (m.canonical or m.name, m.type))
    also_known: dict[str, tuple[str, str]] = {}
    for m in mentions:  # "X, also known as Y": every Y of the document is X
        if m.strong and m.canonical and m.canonical != m.name and m.type in (t.ORGANIZATION, t.PUBLIC_BODY):
            also_known.setdefault(m.name, (m.canonical, m.type))
    full_persons: dict[str, set[str]] = defaultdict(set)
    laws = {m.name for m in mentions if m.type == t.LAW}
    of_country = _bodies_of_country(mentions)
    spelled = _spelled_by_initials(mentions, acronyms)
    prefixed = _to_the_end(
        _level_of_one_place(mentions)  # before the full body a document names, which outweighs it
        | _country_prefixed(mentions)
        | _level_prefixed(mentions)
        | _region_prefixed(mentions)
        | _places_prefixed(mentions)
        | _parent_prefixed(mentions)
        | _place_short_formed(mentions)
    )
    in_full = _named_in_full(mentions)
    levelled = _places_with_their_level(mentions)
    bare_places = _places_by_bare_name(mentions)
    opened = _bodies_by_first_word(mentions)
    company_openings = _companies_by_opening_words(mentions)
    first_words: dict[str, set[str]] = defaultdict(set)  # "Ms. Choi" after "Choi Ka Ping", "Mr. Lee" after "Lee Bo"
    for m in mentions:
        if m.type == t.PERSON and len(m.name.split()) >= 2 and "·" not in m.name:
            for short in _person_short_forms(m.name):
                full_persons[short].add(m.canonical or m.name)
            first_words[m.name.split()[0]].add(m.canonical or m.name)
    out: list[Mention] = []
    for m in mentions:
        if not m.canonical:
            m.canonical = m.name
        if uyghur_pages and m.page in uyghur_pages:
            out.append(m)  # resolved by analyse/uyghur.py (names across its scripts, suffixes)
            continue
        if m.name in also_known and not m.strong and m.priority <= P_KNOWN and m.type != t.PERSON:
            m.canonical, m.type = also_known[m.name]
        if m.type == t.PERSON and m.priority <= P_SPACY and not m.strong and m.name in company_openings:
            m.canonical, m.type = company_openings[m.name], t.ORGANIZATION  # "Saigon Hoa Binh" after "… Dyeing JSC"
        if _surname_read_as_body(m, full_persons, first_words):  # "Chow, Tang and Tsui were convicted"
            m.type = t.PERSON
        if _given_name_read_as_place(m, full_persons, first_words):  # "Dilmurat told" after "Dilmurat Tursun"
            m.type = t.PERSON
        if _about_a_person(m, full_persons, first_words):
            continue  # "“Confirmation of Rahile’s sentence …”": a phrase about a person the page names, no body
        if _authors_read_as_body(m, full_persons):
            continue  # "Murphy & Elimä 2021, p. 31": a short citation's two authors, no body
        if m.type in (t.ORGANIZATION, t.PUBLIC_BODY, t.LAW, t.FACILITY) and not m.strong and m.name in acronyms:
            m.canonical, m.type = acronyms[m.name]
            m.strong = True
        if m.type in (t.ORGANIZATION, t.PUBLIC_BODY) and not m.strong and m.name in spelled:
            m.canonical, m.type = spelled[m.name]
            m.strong = True
        if m.type in (t.ORGANIZATION, t.PUBLIC_BODY, t.LAW, t.FACILITY) and not m.strong:
            ini = initials(m.name)
            if len(ini) >= 3 and ini in acronyms and acronyms[ini][0] != m.name:
                m.canonical, m.type = acronyms[ini]
                m.strong = True
            pref = re.match(r"^(?:UN|U\.N\.|United Nations|EU|E\.U\.)\s+(.+)$", m.name)
            if (
                pref
                and len(pref.group(1).split()) >= 2
                and m.type in (t.ORGANIZATION, t.PUBLIC_BODY)
                and not pref.group(1).startswith("Office at ")  # "United Nations Office at Geneva" is whole
            ):
                m.canonical = pref.group(1)
                m.strong = True
        if m.type in (t.ORGANIZATION, t.PUBLIC_BODY) and m.canonical == m.name and m.name in prefixed:
            m.canonical, m.type = prefixed[m.name]
        if m.type in (t.ORGANIZATION, t.PUBLIC_BODY) and m.canonical == m.name and m.name in in_full:
            m.canonical = in_full[m.name]  # "Whitcombe Centre" after "Whitcombe Centre for Human Rights Research"
        if m.type == t.ORGANIZATION and m.canonical == m.name and m.name in opened and not _known_body(m.name):
            # "Amnesty said" after "Amnesty International"; "Hoshine" after "Hoshine Silicon" and "Hoshine
            # Silicon Industry Co., Ltd.", the company
            m.canonical = company_openings.get(opened[m.name], opened[m.name])
        if m.type == t.ORGANIZATION and m.canonical == m.name and m.name in company_openings:
            m.canonical = company_openings[m.name]  # "Sunvale Solar said" after "Sunvale Solar Components, Inc."
        if m.type in (t.ORGANIZATION, t.PERSON) and not m.strong and m.name in bare_places and not _known_body(m.name):
            m.canonical, m.type = bare_places[m.name], t.PLACE  # "near Aqsaq Maral" after "Aqsaq Maral Township"
        if m.type == t.PLACE and m.canonical == m.name and m.name in levelled:
            m.canonical = levelled[m.name]  # "Karghilik" after "Karghilik County"
        if m.type == t.ORGANIZATION and not m.strong and m.name in of_country:
            m.canonical, m.type = of_country[m.name]  # "China's Export-Import Bank" is the "... of China"
        bare = _without_country(m.name) if m.type in (t.ORGANIZATION, t.PUBLIC_BODY) else ""
        if bare and bare not in m.short_forms:  # another document's bare "Ministry of Foreign Affairs"
            m.short_forms = (*m.short_forms, bare)
        ministry = _MINISTRY_RE.fullmatch(bare or m.name) if m.type == t.PUBLIC_BODY else None
        if ministry and f"{ministry.group(1)} Ministry" not in m.short_forms:  # "Foreign Ministry"
            m.short_forms = (*m.short_forms, f"{ministry.group(1)} Ministry")
        if m.type in (t.ORGANIZATION, t.PUBLIC_BODY):  # "U.S. Department of ..." = "United States Department of ..."
            m.canonical = _country_named_in_full(m.canonical or m.name)  # its name, or what a head word stands for
        if m.type == t.PUBLIC_BODY and (ministry_of_country := _country_ministry(m.canonical or m.name)):
            m.canonical = ministry_of_country
        if m.type == t.LAW and not m.strong:
            longer = [x for x in laws if x != m.name and x.startswith(m.name + " of ")]
            if len(longer) == 1:
                m.canonical = longer[0]
                m.strong = True
        if m.type == t.PERSON:
            words = m.name.split()
            if len(words) == 1 and "·" not in m.name and m.canonical == m.name and not CJK_RE.search(m.name):
                fulls = full_persons.get(m.name) or first_words.get(m.name, set())
                if len(fulls) == 1:
                    m.canonical = next(iter(fulls))
                elif m.priority < P_STRONG and m.priority != P_KNOWN:
                    continue  # a lone word that no title, full name or known entity vouches for
            elif _shorter_name_of_one(m, full_persons):
                m.canonical = next(iter(full_persons[m.name]))
            elif (
                len(words) >= 2
                and not person_name_ok(m.name)
                and not _OTHER_SCRIPT.search(m.name)  # the Latin rules judge no name in Chinese, Arabic or Cyrillic
                and not (m.priority >= P_CREDITED and person_shaped(m.name))  # "(AP Photo/Ng Han Guan)"
                and not peer_name(m.name)  # "Lord Alton of Liverpool": a peer by rank and title
                and not (m.priority >= P_STRONG and shortened_fathers_name(m.name))  # "Nurgul Ab. Memet"
                and not (m.strong and CJK_RE.search(m.canonical))  # "ZHU Hailun（朱海仑）": the characters vouch
            ):
                continue
            if m.canonical == m.name and len(words) >= 2:
                m.short_forms = tuple(_person_short_forms(m.name))
        out.append(m)
    return out
