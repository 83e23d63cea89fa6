"""Figures in text, normalised: "1 535 people", "one million", "1.8 million", "between 1,300 and
1,400 camps", "over 380 sites", "at least two million people", and Chinese "三万", "1.8万"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from habeas.analyse import tables as t
from habeas.analyse.chinese_words import CJK, CJK_RE, MARKED_AUTHORS_LINE_RE, MOBILE_NUMBER, Tokens, dictionary_tag
from habeas.analyse.claim_kinds import PEOPLE, unit_head
from habeas.analyse.dates import CN_DAY_BOUNDS, CN_DAYS_HELD, CN_TIMES_OF_DAY
from habeas.analyse.tables import KIN_NOUNS
from habeas.vocab import MONTH_NAMES

SPACES = " \u00a0\u2009\u202f\u2007"  # ordinary, no-break, thin, narrow no-break, figure space
_SP = f"[{SPACES}]"

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
}
SCALES = {
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "m": 1_000_000,
    "bn": 1_000_000_000,
    "mn": 1_000_000,
    "k": 1000,
    "dozen": 12,
}

QUALIFIERS = [
    "more than",
    "over",
    "at least",
    "at most",
    "around",
    "about",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "up to",
    "as many as",
    "as few as",
    "fewer than",
    "less than",
    "under",
    "some",
    "an estimated",
    "estimated",
    "close to",
    "well over",
    "in excess of",
    "upwards of",
    "no fewer than",
    "no less than",
    "at around",
    "an estimate of",
    "circa",
    "exactly",
    "just over",
    "just under",
]
_QUAL_RE = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in QUALIFIERS), key=len, reverse=True))

# digits in groups of three, between commas or between spaces ("1 535 people"), never both: "322,300 466 691.63"
# is a table's row of three cells; nor does a number spaced into groups follow another number and a space
_DIGITS = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|(?<!\d[{SPACES}])\d{{1,3}}(?:{_SP}\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_WORDNUM = (
    rf"(?:{_TENS}(?:-(?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an)"
)
_SCALE = r"(?:hundred|thousand|million|billion|trillion|dozen)"
_SCALE_SUFFIX = (
    "hundred|thousand|million|billion|trillion|bn|mn|m"  # a scale after a figure's digits ("1.8 million", "$2bn")
)
# an ordinal in words, which a scale before it makes one ordinal of ("the One Hundred Eighteenth Congress"); not the
# first word of a compound after a count ("three thousand first-time offenders")
_ORDINAL_WORD = (
    rf"(?:{_TENS}-)?(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth|thousandth)"
)
_SMALLWORD = (
    rf"(?:{_TENS}-(?:one|two|three|four|five|six|seven|eight|nine)"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|sixty|seventy|eighty|ninety"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds)"
)
# the words of a figure written out after its first scale ("eighteen million six hundred and fifty thousand", "one
# hundred and twenty"): a smaller figure in words, perhaps after "and", and its own scales
_WORDS_AFTER_SCALE = rf"{_SP}+(?:and{_SP}+)?(?:{_SMALLWORD}|one)(?:{_SP}+{_SCALE})*(?![\w\-])"
# what may follow a figure in words: a noun, or the next figure of a list ("terms of five, three and ten years")
# (or quoted words that describe it: 'four "re-education" centres')
_AFTER_WORD_NUMBER = rf"(?={_SP}+[\"“‘]?[a-z]|,{_SP}+(?:and{_SP}+)?(?:{_SMALLWORD}|\d))"
_NUMBER = (
    # "four and a half months", "2 and a half years": a whole number and a half
    rf"(?:(?:{_SMALLWORD}|one|\d+){_SP}+and{_SP}+a{_SP}+half(?={_SP}+(?!{_SCALE}\b)[a-z])"
    # "half a million", "a quarter of a million", "half a dozen"
    rf"|(?:a{_SP}+)?(?:half|quarter){_SP}+(?:of{_SP}+)?an?{_SP}+(?:million|billion|trillion|thousand|dozen)\b"
    rf"|(?:{_DIGITS})(?:{_SP}?(?:{_SCALE}|bn|mn|m)\b)?"
    rf"|{_WORDNUM}(?:{_SP}+{_SCALE})+(?:{_WORDS_AFTER_SCALE})*\b(?!{_SP}+(?:and{_SP}+)?{_ORDINAL_WORD}(?![\w\-]))"
    # (a span of time or an age in words joined to it: "a twenty-year sentence", "Sixty-four-year-old Kalida …")
    rf"|(?:{_SMALLWORD})(?:{_AFTER_WORD_NUMBER}|(?=-(?:year|month|week|day|hour|minute)(?:s?-old)?(?![\w-])))"
    # "only one shipment", "at least one truck": a "one" that words before it say is a count (english_figures); a
    # span of time is read as one ("at least one year": _one_spans_of_time)
    rf"|(?:(?<=only )|(?<=just )|(?<=least ))one(?={_SP}+(?!(?:year|month|week|day|hour|minute)s?\b)[a-z]))"
)
# a currency before a figure: "$2.1 billion", "US$300 million", "€20m", "$57mn" (million as the FT writes it)
# or a currency's code, as accounts and trade data write it ("RMB 83.6 billion", "USD 21.4 million")
_CURRENCY_CODES = {
    "USD": "US dollars",
    "RMB": "yuan",
    "CNY": "yuan",
    "EUR": "euros",
    "GBP": "pounds",
    "HKD": "HK dollars",
    # other currencies' codes, as a report or a slide from elsewhere writes its own ("NOK 2.4 million")
    **{"NOK": "Norwegian kroner", "SEK": "Swedish kronor", "DKK": "Danish kroner", "CHF": "Swiss francs"},
    **{"JPY": "yen", "AUD": "Australian dollars", "CAD": "Canadian dollars", "KZT": "tenge"},
}
_CODE_WORDS = "|".join(_CURRENCY_CODES)
# a figure in thousands glued to the word before it, as text extracted from a table or a box runs a label into its
# value ("Total498,587", "Urban1,203,400"): read where the label opens its line (english_figures)
_GLUED_FIGURE_START = r"(?<=[a-z])(?=\d{1,3}(?:,\d{3})+(?![\d,]|\.\d))"
# a figure glued to a currency's code before it, as accounts and registers write capital ("RMB120,000,000",
# "RMB18.4 million", "USD2.5m")
_GLUED_CODE_START = rf"(?<=(?<![\w\-])(?:{_CODE_WORDS}))(?=\d)"
_GLUED_CODE_BEFORE_RE = re.compile(rf"(?<![\w\-])(?:{_CODE_WORDS})\Z")
_GLUED_LABEL_BEFORE_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-•*–·][ \t]*)?(?P<label>[A-Z][A-Za-z]*(?:[ \t][A-Za-z]+){0,3})\Z"
)


def _glued_label(text: str, layout: str, start: int) -> str | None:
    """The label a figure is glued to, where the figure follows a letter of the text read (an infobox's label,
    which the prepared text blanks, is none): the words from its line's start in the page as written ("Total" of
    "Total498,587"); None where the figure stands apart, "" where a word inside a line runs into it."""
    if start == 0 or not text[start - 1].isalpha() or _GLUED_CODE_BEFORE_RE.search(text, max(0, start - 4), start):
        return None  # (a currency's code glued to its figure is no label: "RMB120,000,000")
    m = _GLUED_LABEL_BEFORE_RE.search(layout, max(0, start - 40), start)
    return m.group("label") if m else ""


# (a slash opens a density's area: "58/km2", "150/sq mi", what the figure counts per, in a bracket too: "(150/sq mi)")
_PER_AREA = r"/[ \t]?(?:km2|km²|sq[ \t]?km|sq[ \t]?mi|mi2|mi²)(?![\w²])"
_PER_AREA_RE = re.compile(_PER_AREA)
# not inside a code or a citation's bracket ("(2019)", "(11)"); a bracket may open a measure ("(3,000 acres)")
# (nor may a share: "268 (65%) show"); a range may too ("(3,500–4,000 words)")
_NUMBER_START = (
    rf"(?:(?<![\w/\-._\[])|{_GLUED_FIGURE_START}|{_GLUED_CODE_START})(?<!\d,)"
    rf"(?:(?<!\()|(?=[\d,.]+(?:[ \t]*[-–][ \t]*[\d,.]+)?[ \t]+[a-z])|(?=[\d,.]+{_PER_AREA})|(?=[\d.]+%\)))"
    rf"(?:(?P<qual>{_QUAL_RE})\s+)?"
)
# "2,240-megawatt", "34-year-old": a word joined by a hyphen may be the figure's unit; "G-7-2" is no figure
_NUMBER_END = rf"(?!(?!{_PER_AREA})[\w/\]]|-(?![a-z]{{3}})\w|\(|\.\d|,\d{{1,2}}\b)"
# a range: "between 1,300 and 1,400 camps", "from 10 to 20 per cent", "5 to 10 years", "1-1.8 million", and
# two rising numbers joined by "or" ("two or three tiers", "12 or 15 gates")
# (the low end may carry the percent sign too: "between 10% and 15%")
# (and a currency's sign may open both ends: "between €20mn and €35mn", "£2m to £5m")
_CURRENCY_SIGN = r"(?:(?:US|HK|A|C|NZ)?\$|[€£¥])"
_RANGE = (
    rf"between\s+{_CURRENCY_SIGN}?(?P<low>{_NUMBER})%?\s+and\s+{_CURRENCY_SIGN}?(?P<high>{_NUMBER})"
    rf"|(?:from\s+)?(?P<low_to>{_NUMBER})(?:%?\s*[-–]\s*|%?\s+(?:to|or)\s+){_CURRENCY_SIGN}?(?P<high_to>{_NUMBER})"
)
NUMBER_RE = re.compile(rf"{_NUMBER_START}(?:{_RANGE}|(?P<num>{_NUMBER})){_NUMBER_END}", re.IGNORECASE)
# one number alone: what a range that is no range ("2018-19", "won 52 to 47") holds
ONE_NUMBER_RE = re.compile(rf"{_NUMBER_START}(?P<num>{_NUMBER}){_NUMBER_END}", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(rf"(?:(?P<code>US|HK|A|C|NZ)?\$|(?P<sign>[€£¥]|(?<![\w\-])(?:{_CODE_WORDS})[ \t]?))\s?$")
_CURRENCY_SIGNS = {"€": "euros", "£": "pounds", "¥": "yuan"} | _CURRENCY_CODES
# document numbers and references: B9-0247/2019, P8_TA(2018)0377, 2019/2945(RSP)
CODE_RE = re.compile(r"\b(?:[A-Z]+\d*[-_][\w()/.\-]*\d[\w()/\-]*|\d{4}/\d+(?:\(\w+\))?)")

# a telephone number spelt partly in letters: "1-800-CALL-FBI", "0800-555-HELP": no count
_LETTERED_PHONE_RE = re.compile(r"(?<![\w\-])\d+(?:-\d+)+-[A-Z]{2,}(?:-[A-Z0-9]+)*(?![\w\-])")

# a North American telephone number, its area code in brackets ("(301) 496–9667", "(202) 555-0100"): no count
_BRACKETED_AREA_PHONE_RE = re.compile(r"\(\d{3}\)[ \t]*\d{3}[-–]\d{4}(?!\d)")

# a telephone number in the international form, a plus sign and the country's code before groups of digits set
# off by spaces, hyphens, dots or an area code in brackets ("+7 701 555 28 14", "+49 (0)89 5432 1987",
# "+1-202-555-0100"): no count, in any of its groups; seven digits at least, as every such number has; a Chinese
# label may touch the plus sign ("电话+31 10 411 2233"), a Latin letter or digit may not
INTERNATIONAL_PHONE_RE = re.compile(r"(?<![A-Za-z\d_+])\+\d{1,3}(?:[ \t\u00a0.\-]?(?:\(\d{1,4}\)|\d{1,5})){2,}(?![\d])")


def international_phone_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the international telephone numbers in a text (see ``INTERNATIONAL_PHONE_RE``)."""
    return [m.span() for m in INTERNATIONAL_PHONE_RE.finditer(text) if sum(ch.isdigit() for ch in m.group(0)) >= 7]


# a number partly hidden by asterisks, as a site or a family masks an identity card's, a telephone's or an account's
# digits ("6531**********1235", "138****5678", "+90 532 *** 4417"): digits on both sides of the stars, spaces or
# hyphens between the groups; no count in any of its groups
MASKED_NUMBER_RE = re.compile(
    r"(?:\+\d{1,3}[ \t\-]?)?\d+(?:[ \t\-]\d+)*[ \t\-]?(?:[*＊]{2,}[ \t\-]?)+\d+(?:[ \t\-]\d+)*"
)


def in_masked_number(text: str, start: int, end: int) -> bool:
    """Whether the digits from ``start`` to ``end`` are a group of a number partly hidden by asterisks (see
    ``MASKED_NUMBER_RE``)."""
    found = MASKED_NUMBER_RE.finditer(text, max(0, start - 40), min(len(text), end + 40))
    return any(m.start() <= start and end <= m.end() for m in found)


# the title of a code cited alone, before the code's letters ("title 5 U.S.C., as amended"): a reference, no count
_CODE_TITLE_RE = re.compile(r"(?<![\w.])\d{1,2}(?=[ \t]+U\.?[ \t]?S\.?[ \t]?C\.?(?!\w))")

# a house's number before its street's name ("3505 International Place NW", "12 Harbour Street", "170 St. Mary
# Street", the street's kind shortened: "5601 Fishers Ln", a numbered street: "14 East 33rd Street", a wharf or a
# quay: "12 Calder Wharf", a row, a way, a close, a mews, gardens, a yard or buildings: "27 Tanner Row", "4 Abbey
# Close", "2 Carlton Gardens"): an address, no count
# (the street's name ends the address, not a noun it qualifies: "more than 200 Wall Street firms"; a row, a way or a
# close, ordinary words a headline's capitals give as well, only before a comma or the sentence's end: "UK Expels 3
# Chinese Diplomats In Row Over Spying", "Police Arrest 12 Protesters Close To Embassy" count; gardens, a yard or
# buildings, which a count's plural names as well, only before the town after a comma, a bracket or the end: "2
# Carlton Gardens, London", but "built 20 Apartment Buildings, each with a lift" counts)
STREET_NUMBER_RE = re.compile(
    r"(?<![\w.,])\d{1,5}(?=[ \t]+(?:(?:[A-Z][\w'’\-]*\.?|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,3}"
    r"(?:(?:Road|Street|Avenue|Place|Lane|Boulevard|Drive|Terrace|Crescent|Wharf|Quay|Square|Rd|Ave|Ln|Blvd)\b"
    r"(?![ \t]+(?!in\b|at\b|on\b)[a-z])"
    r"|(?:Row|Way|Close|Mews)(?=[ \t]*(?:[,;)]|\.(?!\w)|$))"
    r"|(?:Gardens|Yard|Buildings)(?=[ \t]*(?:,[ \t]*[A-Z]|\)|\.(?!\w)|$))))"
)

# a house's number, or a range of numbers, before a street whose kind opens its name, as French, Swiss, Italian or
# Spanish addresses write it ("8–14 Avenue de la Paix", "15 Rue de Lausanne", "3 Via Roma"): no count
STREET_FIRST_NUMBER_RE = re.compile(
    r"(?<![\w.,])\d{1,5}(?:[–\-]\d{1,5})?(?=[ \t]+(?:Avenue|Rue|Boulevard|Route|Chemin|Quai|Place|Via|Viale|Calle"
    r"|Avenida|Paseo)[ \t]+(?:(?:de|du|des|la|le|di|del|della|dei)[ \t]+|[dl]['’])*[A-Z])"
)

# a house's or a post box's number after its street's name or the box's word, then a comma and a postal code of four
# or five digits (the Dutch one with two capitals after it) before the town, as Dutch, German or Nordic addresses
# write them ("Zeedijk 101, 1012 AW Amsterdam", "Marienplatz 8, 80331 München", "Postbus 10234, 1057 DT
# Amsterdam"): no count, neither the house's or the box's number nor the postal code
CONTINENTAL_ADDRESS_RE = re.compile(
    r"(?<=[A-Za-zäöüßéè][ \t])\d{1,6}[a-z]?,[ \t]*\d{4,5}(?:[ \t][A-Z]{2})?(?=[ \t]+[A-Z][a-zäöüßéè]+)"
)

# a British postcode's outward part ("EC1M", "BS3") and its inward part ("6EJ"), as an address writes them
POSTCODE_OUTWARD = r"[A-Z]{1,2}\d[A-Z\d]?"
POSTCODE_INWARD = r"\d[A-Z]{2}"

# a house's number before its street's name of any kind, then a comma and the post town with a British postcode
# ("12 Quayside, Newcastle NE1 3DX", "4 The Mount, York YO24 1GU"): an address, no count
HOUSE_BEFORE_POSTCODE_RE = re.compile(
    r"(?<![\w.,])\d{1,4}(?=[ \t]+(?:[A-Z][\w'’\-]*[ \t]+){0,2}[A-Z][\w'’\-]*,[ \t]+(?:[A-Z][\w'’\-]*[ \t]+){1,2}"
    rf"{POSTCODE_OUTWARD}[ \t]+{POSTCODE_INWARD}\b)"
)

# a postal code before its city and country in capitals, as a letterhead's address line has them ("1211 GENEVA 10,
# SWITZERLAND", "75007 PARIS, FRANCE"): no count
POSTAL_CODE_RE = re.compile(
    r"(?<![\w.,\-])\d{4,5}(?=[ \t]+[A-Z]{2,}(?:[ \t]+[A-Z]{2,})?(?:[ \t]+\d{1,2})?,[ \t]*[A-Z]{2,}\b)"
)

# a postal code after a town and its state's or territory's initials, as an address writes it in Australia or the
# United States ("Canberra ACT 2600", "Falls Church, VA 22042"): no count; a currency's code is no state's ("paid
# USD 5000", "earn EUR 3000 a month": a sum)
STATE_POSTCODE_RE = re.compile(
    rf"(?:(?<=[a-z][ \t])|(?<=[a-z],[ \t]))(?!(?:{_CODE_WORDS})[ \t])[A-Z]{{2,3}}[ \t]+\d{{4,5}}(?![\w.,:/\-])"
)

# a postal code of five or six digits after its city and a comma, closing an address's line or before the
# label of a telephone number ("Chaoyang District, Beijing, 100701 Tel: …", "Urumqi, 830002⏎"): no count
TOWN_POSTCODE_RE = re.compile(
    r"(?<=[a-z],[ \t])\d{5,6}(?=[ \t]*(?:$|(?:Tel|Fax|Phone|Telephone|E-?mail)\b))", re.MULTILINE
)

# a post office box's number ("PO Box 6100", "GPO Box 1234"), a petition's number written without separators
# ("e-petition 300146", where "a petition 150,000 people signed" counts): no count
BOX_OR_PETITION_NUMBER_RE = re.compile(
    r"(?<![\w.])(?:(?:P\.?[ \t]?O\.?|GPO|Post[ \t]+Office)[ \t]+Box[ \t]+\d{1,6}|[Pp]etition[ \t]+\d{5,})(?![\w.,])"
)

# a book's extent in a reference, its volumes or pages abbreviated ("2 vols", "612 pp."): no count
_REFERENCE_EXTENT_RE = re.compile(r"(?<![\w.,])\d{1,4}(?=[ \t]*(?:vols?|pp)\.?(?!\w))")
# a file's size in bytes, as a download link gives it ("PDF, 2.3 MB", "640 KB"): no count
FILE_SIZE_UNIT = r"[KMGT]i?B|kB"
FILE_SIZE_RE = re.compile(rf"(?<![\w.,])\d{{1,4}}(?:\.\d{{1,2}})?(?=[ \t]?(?:{FILE_SIZE_UNIT})\b)")
# a rate of exchange between two currencies' codes ("converted at 7.1 RMB = 1 USD"): a rate, no count
_CODES = rf"(?:{_CODE_WORDS}|yuan)"
_EXCHANGE_RATE_RE = re.compile(rf"\d+(?:\.\d+)?[ \t]*{_CODES}[ \t]*=[ \t]*\d+(?:\.\d+)?[ \t]*{_CODES}\b")

# a document's number by its year and its serial ("FR Doc. 2023-12345", "Docket 2021-0042"): a reference, no count
# (a gazette's print joins them with an en dash: "[FR Doc. 2024–17694 Filed 8–8–24; 8:45 am]"); a year of two
# digits before a serial padded with zeros, as an appeals court numbers its cases ("USCA, 24-07131"), a range's
# second figure never padded so
YEAR_SERIAL_RE = re.compile(r"(?<![\w/\-.–])(?:(?:1[89]|20)\d\d[-–](?:\d{5,6}|0\d{3})|\d\d[-–]0\d{3,5})(?![\w\-–])")

# what stands between the numbers of one list of references: a comma or "and", after the first number's
# lettered or numbered parts in brackets ("paragraphs 41 (a) and (b) and 46", "articles 2 (1), 5 and 7")
_SUB_PART = r"[ \t]*\((?:[a-z]{1,4}|\d{1,2})\)"
_REFERENCE_CONTINUES = re.compile(rf"(?:{_SUB_PART})*\s*(?:,|and|&)(?:{_SUB_PART}[ \t]*(?:,|and|&))*\s*")

# a number a list of references goes on with: a whole number, with no scale or decimals ("1.29 million" is a count)
_REFERENCE_NUMBER = re.compile(r"\d{1,4}")
# what follows a number in the middle of a list of references: its parts, then the list's next comma or "and", or
# the end of the clause
_REFERENCE_LIST_GOES_ON = re.compile(rf"(?:{_SUB_PART})*[ \t]*(?:,|and\b|&|;|\.|\)|$)")


def _goes_on_with_references(text: str, previous_end: int, start: int, end: int) -> bool:
    """Whether the number at ``start`` goes on with the list of references that ended at ``previous_end``:
    joined to it by a comma or "and", a whole number, and, after a comma, followed by the list's next
    separator, so that "paragraphs 12, 14 and 20" is a list, and "under article 3 (2), 40 people were held" or
    "cited in paragraph 25, 1.29 million workers" counts."""
    joined = _REFERENCE_CONTINUES.fullmatch(text, previous_end, start)
    if joined is None or not _REFERENCE_NUMBER.fullmatch(text, start, end):
        return False
    by_and = re.search(r"\band\b|&", joined.group(0)) is not None
    return by_and or _REFERENCE_LIST_GOES_ON.match(text, end) is not None


# Words before a number that make it a reference, not a count.
REFERENCE_WORDS = {
    "no",
    "nos",
    "no.",
    "nr",
    "number",
    "article",
    "articles",
    "art",
    "rule",
    "rules",
    "item",
    "items",
    "paragraph",
    "paragraphs",
    "para",
    "p",
    "pp",
    "page",
    "pages",
    "section",
    "chapter",
    "annex",
    "point",
    "points",
    "bulletin",
    "resolution",
    "case",
    "file",
    "vol",
    "volume",
    "issue",
    "table",
    "figure",
    "appendix",
    "exhibit",
    "row",
    "column",
    "site",
    "zone",
    "ward",
    "fig",
    "recital",
    "clause",
    "step",
    "part",  # "part two of the interview": a series' part, no count
    "parts",  # "Parts 785 and 866 of Schedule 2": a law's parts, no count
    "schedule",  # "Schedule 2 to the Regulations": a law's schedule, no count
    "episode",
    "phase",
    "tier",  # "Tier 2 suppliers": a supply chain's tier, no count
    "lot",  # "Lot 2 suppliers shall …": a tender's numbered lot, no count
    "level",
    "grade",
    "class",
    "room",
    "cell",
    "block",
    "building",
    "road",
    "street",
    "route",
    "g",
    "c",
    "e",
    "oj",
    "aged",
    "age",
    "ages",
    "title",  # "Title 17 Section 105 of the United States Code": a code's title, no count
    "version",  # "Version 3.0 November 2018": a document's version, no count
    "document",  # "Case 1:21-cv-01798 Document 1 Filed 07/06/21": a court filing's number in its docket
    "ground",  # "Ground 2 is that the agency erred": a judicial review's numbered ground, no count
    "recommendation",  # "Recommendation 3 That the Government …": a report's numbered recommendation, no count
    "recommendations",
    "treaty",  # "Treaty 6 territory": a numbered treaty's name, no count
    "unit",  # "Unit 4 Pennine Business Park", "Suite 300", "Flat 12": an address's numbered unit, no count
    "suite",
    "flat",
    "interview",  # "Interview 88 is with …", "Interviews 41-75 are closed": an archive's numbered items, no count
    "interviews",
    "box",  # "Box 4", "Folder 3": an archive's box and folder, no count
    "folder",
}
STOP_UNIT = {
    "respectively",  # "62,800 and 37,000 respectively": what the figures count is named before them
    "were",
    "was",
    "are",
    "is",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "in",
    "from",
    "who",
    "that",
    "which",
    "and",
    "or",
    "to",
    "at",
    "on",
    "by",
    "with",
    "for",
    "as",
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "their",
    "its",
    "it",
    "they",
    "there",
    "than",
    "per",
    "each",
    "since",
    "into",
    "across",
    "between",
    "while",
    "whereas",
    "including",
    "such",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "did",
    "do",
    "does",
    "not",
    "more",
    "most",
    "out",
    "up",
    "over",
    "under",
    "about",
    "around",
    *("near", "along", "outside", "inside", "beyond"),  # "1,200 hectares near the pass": where, not what
    *("during", "because", "despite", "amid", "throughout"),  # "two days of protests during which …": when or why
    *("mr", "ms", "mrs", "dr", "prof"),  # "two camp survivors Ms Jane Roe and Mr John Doe": who they are, not what
}

CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壹": 1,
    "贰": 2,
    "叁": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_CN_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL) + "".join(CN_BIG)
_CN_BIG_CHARS = "".join(CN_BIG)
# what 千 or 百 opens after digits when it is a metric prefix, no scale: 千米 (km), 千克 (kg), 千瓦 (kW), 千伏
_CN_METRIC = "米克瓦伏卡帕赫焦字"
# a figure with its thousands set off by one space, standing as a cell of a row laid out with wider gaps (two
# spaces or more, a tab, an ideographic space) or at the line's start or end: "疏勒县      1 150   96   420";
# the wider gaps part the cells, so the one space is the figure's own
SPACED_THOUSANDS_CELL = (
    r"(?:(?<=[ ]{2})|(?<=[\t\u3000])|(?<![^\n]))\d{1,3}(?:[ ]\d{3})+(?=[ ]{2}|[\t\u3000]|[ ]*(?:\n|$))"
)
# the measure words that follow a hundred or a thousand written alone after 上 (see ``_CN_NUM``)
_CN_COUNTED_AFTER_SCALE = "名|人|个|次|家|户|所|座|处|份|件|封|条|起"
# a number in digits or characters, with a scale ("1.8万", "三万") and "more than" before the scale
# ("一百多万", "10余万": over a million, over 100,000)
_CN_NUM = (
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d.,])(?:[多余]?[{_CN_BIG_CHARS}]+)?"  # "1,236本", "1,100万", "2,155.19万元"
    # thousands set off by a space, as the national standard for numerals allows and scans keep: "6 812人",
    # "1 204名", a file's size "1 216K"; only where the word counted follows at once, so that a row of cells
    # ("120 345") stays cells
    rf"|(?<!\d{_SP})(?<![\d.,])\d{{1,3}}(?:{_SP}\d{{3}})+(?=[\u4e00-\u9fff]|[KMG]B?(?![A-Za-z]))(?:[多余]?[{_CN_BIG_CHARS}]+)?"
    # or a table's cell set apart by wider gaps or tabs, one space inside it: "疏勒县      1 150   96",
    # "巴格其镇	2 871	402"
    rf"|{SPACED_THOUSANDS_CELL}"
    rf"|\d+(?:\.\d+)?[多余]?[{_CN_BIG_CHARS}]+"
    rf"|\d+(?:\.\d+)?[百千](?![{_CN_METRIC}])(?:[多余]?[{_CN_BIG_CHARS}]+)?"  # "3千元", "1.5千万" (not 千米, km)
    rf"|\d+(?:\.\d+)?(?![\d.])"
    rf"|[{_CN_CHARS}]*[{''.join(CN_DIGITS)}十拾][{_CN_CHARS}]*(?:[多余][{_CN_BIG_CHARS}]+)?"
    rf"|[百千][多余]?[{_CN_BIG_CHARS}]+"  # "上百万人", "数千万": a hundred or a thousand times a scale
    rf"|(?<=[上数])[{_CN_BIG_CHARS}](?![{_CN_CHARS}])"  # "上万人", "数万名": a scale alone, over or some of it
    # a hundred or a thousand alone after 上 ("up to, over"), its measure word next: "上千人", "上百次电话",
    # "上千封信" (not "路上百姓", where 上 ends another word and 百 opens one)
    rf"|(?<=上)[百千](?=[多余]?(?:{_CN_COUNTED_AFTER_SCALE}))"
)
_CN_QUAL = r"(?P<qual>不超过|超过|逾|至少|约|大约|近|将近|多达|高达|不少于|不下|上|达|数(?=[十百千万]))?"
# 几 after a number is "and some", as 多 is: "十几个人", "二十几名"
_CN_AFTER = r"(?P<more>多|余|几|以上)?(?P<unit>名|人|个|座|所|处|户|家|起|次|万人|亿人)?"
# "100万至180万人", "100至180万人", "1-3名": a range, its lower end first
CN_NUMBER_RE = re.compile(rf"{_CN_QUAL}(?:(?P<low>{_CN_NUM})\s*[至到~～\-–—]\s*)?(?P<num>{_CN_NUM}){_CN_AFTER}")
CN_ONE_NUMBER_RE = re.compile(rf"{_CN_QUAL}(?P<num>{_CN_NUM}){_CN_AFTER}")
# a share written out: "百分之四十五", "百分之三点五"
CN_PERCENT_RE = re.compile(rf"{_CN_QUAL}百分之(?P<num>\d+(?:\.\d+)?|[{_CN_CHARS}]+(?:点[{''.join(CN_DIGITS)}]+)?)")
_CN_QUALIFIERS: dict[str, str | None] = {
    "不超过": "at most",  # "not more than", no "over"
    "超过": "over",
    "逾": "over",
    "至少": "at least",
    "约": "about",
    "大约": "about",
    "近": "nearly",
    "将近": "nearly",
    "多达": "as many as",
    "高达": "as many as",
    "不少于": "at least",
    "不下": "at least",
    "上": "over",
    "达": None,
    "数": "several",
}


@dataclass
class Figure:
    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: str | None
    unit: str
    text: str


def parse_number(text: str) -> float | None:
    """The value of one number written in digits, words or both: "1 535", "1.8 million", "two million"."""
    t = text.strip().lower()
    t = re.sub(rf"{_SP}+", " ", t)
    whole = re.fullmatch(r"(.+) and a half", t)
    if whole:
        base = parse_number(whole.group(1))
        return None if base is None else base + 0.5
    part = re.fullmatch(r"(?:a )?(half|quarter) (?:of )?an? (million|billion|thousand|dozen)", t)
    if part:
        return (0.5 if part.group(1) == "half" else 0.25) * SCALES[part.group(2)]
    m = re.fullmatch(rf"(\d{{1,3}}(?:[, ]\d{{3}})+|\d+)(\.\d+)?(?:\s*({_SCALE_SUFFIX}))?", t)
    if m:
        base = float(m.group(1).replace(",", "").replace(" ", "") + (m.group(2) or ""))
        return _scaled(base, SCALES[m.group(3)]) if m.group(3) else base
    words = re.split(r"[\s\-]+", t)
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in ("hundred",):
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
            seen = True
        elif word == "and":
            continue
        else:
            return None
    return total + current if seen else None


def _decimal_times_magnitudes(digits: str, magnitudes: str) -> float:
    """1.36万 is 13600, not 13600.000000000002, and 1121.6亿 is 112160000000, not 112159999999.99998: the
    written decimal times its magnitudes, worked out exactly before it is made a float."""
    value = Decimal(digits)
    for ch in magnitudes:
        value *= CN_BIG.get(ch) or CN_SMALL[ch]
    return round(float(value), 6)


def parse_chinese_number(text: str) -> float | None:
    """三万 → 30000, 1.8万 → 18000, 3千 → 3000, 一百二十 → 120, 两亿 → 200000000, 一百多万 → 1000000."""
    text = re.sub(rf"[多余](?=[{_CN_BIG_CHARS}])", "", text)
    text = re.sub(rf"(?<=\d)[,{SPACES}](?=\d{{3}})", "", text)
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([百千]?[万萬亿億]*)", text)
    if m:
        return _decimal_times_magnitudes(m.group(1), m.group(2))
    total = 0.0
    section = 0.0
    number = 0.0
    seen = False
    for ch in text:
        if ch in CN_DIGITS:
            number = CN_DIGITS[ch]
            seen = True
        elif ch in CN_SMALL:
            section += (number or 1) * CN_SMALL[ch]
            number = 0
            seen = True
        elif ch in CN_BIG:
            total = ((total + section + number) or (0.0 if seen else 1.0)) * CN_BIG[ch]  # "万" alone: ten thousand
            section = number = 0
            seen = True
        else:
            return None
    return total + section + number if seen else None


# a preposition of time right before a four-digit number: "in 2018 people fled" dates the flight
_TIME_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:in|since|from|by|until|till|during|before|after|around|circa|through|throughout|early|late|mid)[ \t]+\Z",
    re.IGNORECASE,
)


def _is_year(raw: str, value: float, after: str, before: str | None = None) -> bool:
    """Whether a four-digit number is a year: no plural noun after it ("2018 detainees" counts); given the
    words ``before`` it, nor a plural without an s ("flagged 1873 people") unless a preposition of time dates it."""
    if not re.fullmatch(r"\d{4}", raw.strip()) or not 1800 <= value <= 2100:
        return False
    nxt = re.match(r"\s*([a-z][\w\-]*)", after)
    if nxt and before is not None and nxt.group(1) in IRREGULAR_PLURALS:
        return _TIME_PREPOSITION_BEFORE_RE.search(before) is not None
    return not (nxt and _plural_word(nxt.group(1)) and nxt.group(1) not in STOP_UNIT)


# a preposition of time before an earlier century's year ("in 1404", "until 1759"); not one that also comes
# before a count ("a population of 1200", "grew by 1500", "a fine of 1500 yuan")
_EARLIER_YEAR_BEFORE_RE = re.compile(r"\b(?:in|since|until|till|circa|c\.)[ \t]+\Z", re.I)


# a part of a year before its year ("second quarter 2022 earnings", "first half 2021 results", "fiscal 2023
# sales"): the year the part belongs to, no count of what follows
_PART_OF_YEAR_BEFORE_RE = re.compile(r"\b(?:quarter|half|fiscal|FY|Q[1-4]|H[12])[ \t]+\Z", re.I)


def _year_after_its_part(text: str, start: int, raw: str, value: float) -> bool:
    """A year right after a word for part of it ("quarter 2022", "fiscal 2023"): a date, whatever follows."""
    return _is_year(raw, value, "") and _PART_OF_YEAR_BEFORE_RE.search(text, max(0, start - 12), start) is not None


def _earlier_year(text: str, start: int, raw: str, value: float, after: str) -> bool:
    """A year before 1800 after a preposition of time, no plural noun after it ("established in 1404 after …",
    "ruled until 1759"): a date of an encyclopaedia's history, no count (a year from 1800 is ``_is_year``'s)."""
    if not re.fullmatch(r"\d{4}", raw.strip()) or not 1000 <= value < 1800:
        return False
    if not _EARLIER_YEAR_BEFORE_RE.search(text, max(0, start - 10), start):
        return False
    return _is_year(raw, 1800, after)


# words ending in "s" that are no plural: a singular noun ("census", "status", "basis", "campus") or an
# adverb of direction ("onwards", "afterwards")
_NOT_PLURAL_END = re.compile(r"(?:ss|us|is|wards)$")


def _plural_word(word: str) -> bool:
    """Whether a word after a four-digit number is a plural it counts ("2018 detainees"), not a singular
    noun the year qualifies ("the 2020 census") or an adverb ("2022 onwards")."""
    return word.endswith("s") and not _NOT_PLURAL_END.search(word)


_DETERMINERS = {"such", "more", "other", "others", "additional", "further", "new"}
# verbs that end a counted noun phrase ("50,000 Uyghurs live in Turkey")
_VERBS = {"live", "lived", "died", "remain", "remained", "fled", "work", "worked", "say", "said", "told"}
_VERBS |= {"described", "recalled", "testified"}  # "Of the 26 former detainees, 24 described being held"


def _scaled(base: float, scale: float) -> float:
    """ "4.1 million" is 4,100,000, not the 4,099,999.999... that the product of two floats gives."""
    return round(base * scale, 6)


# a rate per some base: "a birth rate of 15.88 per thousand", "9.2 per 100,000 people"
_RATE_AFTER = re.compile(
    r"\s*per[ \t]+(?P<base>thousand|hundred[ \t]+thousand|million|mille|1,000|10,000|100,000)\b", re.IGNORECASE
)


# "1,200-odd", "300-plus": a figure given roughly, or as a floor
# "1,200-odd prisoners", "300-plus sites", "1,300+ shipments" (a slide's or a table's note): a bound after the figure
APPROXIMATE_AFTER = re.compile(r"-(?P<word>odd|plus)(?![\w\-])|\+(?=[ \t]+[a-z])", re.IGNORECASE)
_APPROXIMATE_QUALIFIERS = {"odd": "about", "plus": "more than", "+": "more than"}


# a word of what a figure counts; a country's or a body's initials with their full stops are one word where a word
# in lower case follows them ("8 million U.S. dollars", "40 U.N. staff"), not a sentence's end ("in the U.S.")
_UNIT_WORD_RE = re.compile(r"\s*((?:[A-Z]\.){2,}(?=[ \t]+[a-z])|[A-Za-z][\w’'\-]*|[,;:.()‘’“”\"])")


def _unit_after(text: str, pos: int) -> str:
    """The words that say what a figure counts: "people", "images of detainees", "Uyghurs and Kazakhs"."""
    share = re.match(r"\s*(?:per\s*cent|percent|%)", text[pos : pos + 12], re.IGNORECASE)
    if share:
        return "per cent"
    rate = _RATE_AFTER.match(text, pos)
    if rate:
        return "per " + " ".join(rate.group("base").lower().split())  # "15.88 per thousand": a rate
    approximate = APPROXIMATE_AFTER.match(text, pos)
    if approximate:
        pos = approximate.end()  # "1,200-odd prisoners", "300-plus sites": what is counted comes after
    elif re.match(r"-[A-Za-z]", text[pos : pos + 2]):
        pos += 1  # "a 2,240-megawatt dam", "a 10-tonne truck": the unit joined to the figure by a hyphen
    more = re.match(r"\s+or\s+(?:more|so|fewer|less)\b", text[pos : pos + 16], re.IGNORECASE)
    if more:
        pos += more.end()  # "one million or more Uyghurs": the count's bound, then what it counts
    pos = _quoted_words_before_a_noun(text, pos)  # 'four "re-education" centres': the noun after the quotation
    words: list[str] = []
    window = text[pos : pos + 120]
    at = 0
    for m in _UNIT_WORD_RE.finditer(window):
        if m.start() != at or "\n" in m.group(0)[: m.start(1) - m.start()]:
            break  # the words right after the figure on its line, not words after something else ("1 4 October")
        at = m.end()
        word = m.group(1)
        word = word.replace(".", "") if len(word) > 1 else word  # "U.S. dollars": US (a full stop alone stays)
        low = word.lower()
        if not words and word in ('"', "“", "‘"):
            continue  # 'lists 15 "primary expressions of extremism"': what is counted, quoted
        if not word[0].isalpha():
            break
        if low == "of" and words and len(words) < 4:
            words.append(word)
            continue
        if low == "and" and words and words[-1].lower() != "of":
            nxt = re.match(r"\s*([A-Z][\w’'\-]*)", text[pos + m.end() :])
            if (nxt and len(words) < 5) or _adjectives_joined(words, window[at:]):
                words.append(word)
                continue
            break
        if low == "or" and _adjectives_joined(words, window[at:]):
            words.append(word)  # "8 former or current officials": two words that describe what is counted
            continue
        if (
            not words
            and low in _DETERMINERS
            and re.match(r"\s+[a-z]", window[at:])
            and not _counted_alone(word, window[at:])
        ):
            continue  # "7,300 such stations", "2 million more were": the noun comes after
        if (
            [w.lower() for w in words] == ["of"]
            and low in ("these", "those", "the", "its", "their", "his", "her", "our")
            and re.match(r"\s+[a-z]", window[at:])
        ):
            continue  # "in 74 of these cases", "35 of its citizens' relatives": a part of a count, what it
            # counts after the demonstrative or the possessive
        if not words and _noun_before_noun(low, window[at:]):
            words.append(word)  # "96 work reports", "12 search warrants": a noun before the counted noun
            continue
        if [w.lower() for w in words] == ["of"] and low == "which":
            words.append(word)  # "61 of which": a part, what it counts is the count's before it (``_unit_of``)
            break
        if low in STOP_UNIT or low in _VERBS or len(words) >= 6 or _verb_after_noun(words, word):
            break
        if _time_adverb_ending_a_clause(low, window[at:]):
            break  # "to about 500 now.", "over 2.82 million yearly from 2017": when, not what is counted
        if _owner_after_of(words, low) or _verb_before_pronoun(words, word, window[at:]):
            break
        if words and _adverb_before_participle(low, window[at:]):
            break  # "56 ethnic groups officially recognized": what is said of them, no part of what is counted
        if words and low in _HEDGING_VERBS and _TO_NEXT_RE.match(window, at):
            break  # "some one million people believed to be held": what is said of them, no part of what is counted
        if words and _past_or_reporting_verb(low) and _THAT_NEXT_RE.match(window, at):
            break  # "the 85-page contract showed that …": what the thing counted says, no part of it
        if _after_people_counted(words, word):
            break
        words.append(word)
    while words and words[-1].lower() in ("of", "and"):
        words.pop()
    return " ".join(words)


_THE_BEFORE_RE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)
# quoted words right after a figure, before the plural noun it counts: 'four "transformation through education"
# centres'
_QUOTED_BEFORE_NOUN_RE = re.compile(r"[ \t]*[\"“‘](?P<quoted>[^\"”’\n]{1,60})[\"”’][ \t]+(?=(?P<noun>[a-z][a-z\-]+)\b)")


def _quoted_words_before_a_noun(text: str, pos: int) -> int:
    """Where the counted noun starts when quoted words describe it right after the figure; else ``pos``."""
    m = _QUOTED_BEFORE_NOUN_RE.match(text, pos)
    return m.end() if m is not None and _plural_word(m.group("noun")) else pos


# "current and former officials": a second word that describes, then the plural noun both describe
# (the noun may come after one more word that describes it: "four current or former government officials")
_SECOND_ADJECTIVE_RE = re.compile(
    r"\s+(?P<adjective>[a-z][a-z\-]+)\s+(?P<noun>[a-z][a-z\-]+)\b(?:\s+(?P<later>[a-z][a-z\-]+)\b)?"
)


def _adjectives_joined(words: list[str], rest: str) -> bool:
    """Whether "and" or "or" after the one word read so far joins two words that describe the plural noun after
    them ("two current and former officials", "five male and female guards", "8 former or current senior
    officials"), not a second count."""
    m = _SECOND_ADJECTIVE_RE.match(rest)
    if len(words) != 1 or m is None or _plural_word(words[0]) or words[0].lower() in IRREGULAR_PLURALS:
        return False
    adjective = m.group("adjective")
    if re.fullmatch(rf"{_SMALLWORD}|one|a|an|the", adjective):
        return False
    return _plural_word(m.group("noun")) or (m.group("later") is not None and _plural_word(m.group("later")))


# the figures after one in a list, up to the last, whose noun they all share: ", three and ten years"
_LIST_REST_RE = re.compile(rf"(?:,{_SP}+(?:{_NUMBER}))*,?{_SP}+(?:and|or){_SP}+(?P<last>{_NUMBER})", re.IGNORECASE)
# "11.6 million, or 45%": a count, then after a comma and "or" its share, no list of two shares
_SHARE_APPOSED_RE = re.compile(rf",{_SP}+or{_SP}+(?:{_NUMBER}){_SP}*(?:%|per{_SP}*cent\b|percent\b)", re.IGNORECASE)
# "nine of them had been executed", "380 sites, at least 61 of which were new": a part of what a figure before it in
# the sentence counts
_PARTITIVE_RE = re.compile(r"of[ \t]+(?:them|those|whom|which)\b", re.IGNORECASE)
_PARTITIVE_REACH = 250  # how far back the count a part is of may be
# a name written in quotation marks that holds a figure: "the three forces", "the Four Olds"
_QUOTED_NAME_BEFORE = re.compile(r"[\"“‘']the[ \t]+$", re.IGNORECASE)
_QUOTED_NAME_AFTER = re.compile(r"(?:[ \t]+[\w\-]+){1,3}[\"”’']")
# a quotation mark opening right before a number word and its own closing mark two words on, neither of them a
# verb's participle: a term in quotation marks ('flagged "four categories personnel"', a translated slogan), its
# number no count; a quoted count stays one ('"three guards"', '"three men in uniform"', '"Twelve miners trapped"',
# and '“Forty police officers’ homes…”', whose apostrophe closes no quotation)
_QUOTE_CLOSING = {'"': '"', "“": "”", "‘": "’"}
_QUOTED_TERM_AFTER = re.compile(r"[ \t]+(?P<first>[\w\-]+)[ \t]+(?P<second>[\w\-]+)(?P<close>[\"”’])")
_PARTICIPLE_RE = re.compile(r"\w{2,}(?:ed|ing)\Z")


def _quoted_term(text: str, start: int, end: int) -> bool:
    """Whether a number word opens a term of two words in quotation marks (``_QUOTED_TERM_AFTER``)."""
    opening = text[start - 1 : start]
    m = _QUOTED_TERM_AFTER.match(text, end)
    return (
        m is not None
        and _QUOTE_CLOSING.get(opening) == m.group("close")
        and not any(_PARTICIPLE_RE.search(w) for w in (m.group("first"), m.group("second")))
    )


def _noun_before_noun(low: str, rest: str) -> bool:
    """Whether a word that could be a verb, right after a figure, is a noun before the plural noun the figure
    counts ("96 work reports", "12 search warrants"), the phrase ending there ("40 say officers beat them": a
    verb, its object the start of a clause)."""
    after = re.match(
        r"[ \t]+([a-z]+)\b(?![’'])(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:and|or|of|in|on|for|from|at|to|with|were|had)\b)",
        rest,
    )
    return low in _VERBS and after is not None and _plural_word(after.group(1)) and after.group(1) not in _VERBS


# a participle after the people a figure counts says what was done to them, and stays ("people sentenced")
_PARTICIPLE_RE = re.compile(r"(?![a-z]*eed$)[a-z]+ed|held|sent|taken|kept|put|born|made|known|hidden|beaten|forced")


# words that go on describing the people counted: where they are, or a clause about them ("people worldwide",
# "families we reached", "detainees who")
_STILL_DESCRIBING = frozenset(
    [
        "we",
        "they",
        "you",
        "who",
        "whom",
        "that",
        "worldwide",
        "nationwide",
        "abroad",
        "overseas",
        "there",
        "here",
        "inside",
        "outside",
    ]
)


def _after_people_counted(words: list[str], word: str) -> bool:
    """A lower-case word after the people a figure counts, other than a participle, is no part of what it
    counts: "one million Uyghurs against their will", "25 million people enjoy stability" (a preposition, a
    verb); "of" goes on ("two million people of the region" is read before), and so do words that go on
    describing them ("12.5 million people worldwide", "the 64 families we reached")."""
    if not words or not word.islower() or word in ("of", "and") or word in _STILL_DESCRIBING:
        return False
    last = words[-1]
    plural = (last.endswith("s") and not last.endswith("ss")) or last.lower() in IRREGULAR_PLURALS
    return plural and unit_head(last) == PEOPLE and not _PARTICIPLE_RE.fullmatch(word)


# adverbs of time or of how often, which say when a figure held, not what it counts, where the clause ends after
# them ("about 500 now.", "2.82 million yearly from 2017"); before a noun they describe it ("two weekly reports")
_TIME_ADVERBS = {"now", "today", "yearly", "annually", "daily", "weekly", "monthly", "currently", "then"}
_CLAUSE_GOES_ON_RE = re.compile(r"\s*(?P<word>[A-Za-z]+)")


def _time_adverb_ending_a_clause(low: str, rest: str) -> bool:
    """Whether ``low`` is an adverb of time after a figure or its noun with no noun after it (``rest``: the
    text after it): a stop, a word of STOP_UNIT or the end of the line follows."""
    if low not in _TIME_ADVERBS:
        return False
    nxt = _CLAUSE_GOES_ON_RE.match(rest)
    return nxt is None or nxt.group("word").lower() in STOP_UNIT


# whose or which a thing counted is, after "of": "ten messages of his sister", "relatives of some of the …"
_OWNERS_AFTER_OF = {"his", "her", "their", "its", "my", "our", "your", "some", "them", "him", "whom", "which", "this"}
# a personal pronoun after a word: the word is a verb ("two men escorted him", "15 years says she"), unless a
# preposition ("three years without them"; those STOP_UNIT holds have ended what is counted already)
_PRONOUN_NEXT_RE = re.compile(r"[ \t]+(?:him|her|them|me|us|he|she|they|we)\b")
_PREPOSITIONS_BEFORE_PRONOUN = {
    *("after", "before", "against", "like", "without", "behind", "beside", "toward", "towards", "past", "through"),
    *("via", "upon", "onto", "among", "despite", "except", "unlike", "below", "above", "within", "of", "off", "down"),
}


# a verb that reports or hedges what is said of the things counted, before "to": "people believed to be held",
# "women thought to be detained", "men said to have died"
_HEDGING_VERBS = {
    *("believed", "thought", "said", "reported", "estimated", "feared", "known", "alleged", "understood"),
    *("presumed", "suspected", "rumoured", "rumored", "claimed", "expected"),
}
_TO_NEXT_RE = re.compile(r"[ \t]+to\b")


# an adverb in "-ly" and a participle after it, which say what is done to or said of the things counted ("groups
# officially recognized", "prisoners recently released"); nouns in "-ly" are not
# adverbs ("five family members", "two supply routes")
_PARTICIPLE_NEXT_RE = re.compile(r"[ \t]+(?:[a-z]{3,}ed|known|held|seen|shown|given|taken|found|kept|sent)\b")
_NOUNS_IN_LY = {"family", "assembly", "supply", "monopoly", "anomaly", "rally", "belly", "jelly"}


def _adverb_before_participle(low: str, rest: str) -> bool:
    """Whether ``low`` is an adverb in "-ly" before a participle: it ends what a figure counts."""
    return (
        low.endswith("ly") and len(low) > 4 and low not in _NOUNS_IN_LY and _PARTICIPLE_NEXT_RE.match(rest) is not None
    )


# "that" after a verb: the clause the verb reports ("the 85-page contract showed that …", "12 reports found that …")
_THAT_NEXT_RE = re.compile(r"[ \t]+that\b")


def _past_or_reporting_verb(low: str) -> bool:
    """A verb in the past in "-ed", or one that reports or finds in the past or the present ("found", "shows"),
    before the clause it reports: it ends what a figure counts."""
    return (low.endswith("ed") and len(low) > 4) or low in {"found", "said", "says", "shows", "finds", "notes"}


def _owner_after_of(words: list[str], low: str) -> bool:
    """A possessive or a determiner after "of" ends what a figure counts: "ten WeChat messages of his sister"
    counts messages, "three dozen relatives of some of the detainees" relatives (a part's "12 of their
    relatives" reads on: "of" comes first there)."""
    return len(words) >= 2 and words[-1].lower() == "of" and low in _OWNERS_AFTER_OF


def _verb_before_pronoun(words: list[str], word: str, rest: str) -> bool:
    """A word after the counted noun with a personal pronoun after it is a verb that ends what is counted: "two
    men escorted him", "imprisoned for 15 years says she" (a word of STOP_UNIT has ended it before)."""
    return (
        bool(words)
        and word.islower()
        and word not in _PREPOSITIONS_BEFORE_PRONOUN
        and _PRONOUN_NEXT_RE.match(rest) is not None
    )


# a verb in the present by which documents report, after the plural noun for them ("three reports show"), and a
# form of "include"
_REPORTING_PRESENT = {
    *("describe", "show", "reveal", "document", "detail", "suggest", "indicate", "highlight", "outline", "identify"),
    *("include", "includes", "including"),
}


def _verb_after_noun(words: list[str], word: str) -> bool:
    """A verb after the plural noun a figure counts ends what it counts: "24 cases mentioned", "two
    individuals include": a form of "include", a reporting verb in the present ("two briefings describe"), a
    participle in -ing ("300 miles hoping"), or a participle in -ed after a noun for things. What
    happened to people stays ("five herders detained", "40 people gathered"): it says the count's kind."""
    if not words or not _plural_noun(words[-1]) or not word.islower():
        return False
    if word in _REPORTING_PRESENT:
        return True  # "two new briefings describe the links": what the things counted say, no part of them
    if word.endswith("ing") and len(word) > 5:
        return True  # "has come 300 miles hoping …", "40 groups calling for …": a participle's clause about them
    return word.endswith("ed") and not re.fullmatch(_ACTED_ON_VERBS, word) and unit_head(words[-1]) != PEOPLE


# a factbox's or a list's line that labels its figure, the figure ending the line or before a bracket:
# "- Population: 25.85 million (2020 census)", "Kazakhs: about 1.6 million", "Employees: 1,200"
_EN_LABEL_BEFORE_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-•*–·][ \t]+)?(?P<label>[A-Z][\w'’\-]*(?:[ \t][\w'’\-]+){0,3}):[ \t]*$"
)
_LABEL_FIGURE_END_RE = re.compile(r"[ \t]*(?:\(|,[ \t]+or\b|\n|$)")
_COUNTED_LABELS = {"population", "inhabitants", "residents"}


def _label_unit(text: str, start: int, end: int) -> str:
    """What a figure with no words after it counts on a labelled line: the label, where it names people or
    things counted (a plural, a people's name, a population), not a sum or a code ("Revenue:", "Tel:")."""
    m = _EN_LABEL_BEFORE_RE.search(text, max(0, start - 60), start)
    if m is None or not _LABEL_FIGURE_END_RE.match(text, end):
        return ""
    label = m.group("label")
    last = label.split()[-1].lower()
    if last in _COUNTED_LABELS:
        return last  # "Total population:" counts the population
    return label if _plural_noun(label) or last in t.ETHNONYMS else ""


# a figure opening a list line before a colon, what it counts after the colon: a "By the numbers" box's bullet
# ("* 2,700: companies screened in 2021", "• 45%: the share of …")
_FACT_LINE_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*(?:[|][ \t]*)?(?P<bullet>[-•*–·][ \t]+)?[$£€¥]?\Z")
_FACT_LINE_COLON_RE = re.compile(r"(?:-plus|\+)?:[ \t]+(?=[A-Za-z])")


def _fact_line_unit(text: str, start: int, end: int, layout: str) -> str:
    """What a figure that opens a list line before a colon counts: the plural noun after the colon
    (``layout``: the page as written, whose line breaks say where a line opens)."""
    colon = _FACT_LINE_COLON_RE.match(text, end)
    line = _FACT_LINE_BEFORE_RE.search(layout, max(0, start - 12), start)
    if colon is None or line is None:
        return ""
    unit = _unit_after(text, colon.end())
    if unit[:1].isupper() and not line.group("bullet"):
        return ""  # "3: Detainees were moved …", a numbered heading's sentence, no box's bullet: counts nothing
    return unit if _plural_noun(unit) else ""  # "1: The bureau said …", a numbered note, counts nothing


def _unit_of(text: str, end: int, figures: list[Figure]) -> str:
    """What a figure counts: the words after it, or the noun of the list it opens ("five, three and ten
    years"), or, for a part ("nine of them"), what the figure just before it counts."""
    unit = _unit_after(text, end)
    if not unit:
        rest = _LIST_REST_RE.match(text, end)
        if rest is not None:
            return _unit_after(text, rest.end())
    if _PARTITIVE_RE.match(unit) and figures:
        before = figures[-1]  # in the paragraph, near: "at least 70 people had joined. Police detained 12 of them"
        if before.unit and end - before.end < _PARTITIVE_REACH and "\n" not in text[before.end : end]:
            return before.unit
    if not unit:
        unit = _put_at_unit(text, end)
    if not unit:
        whole = _PART_OF_WHOLE_RE.match(text, end)  # "9 of the 14 auditors": a part counts what its whole does
        if whole is not None and (not whole.group("out") or _a_whole_counted(parse_number(whole.group("whole")) or 0)):
            return _unit_after(text, whole.end())
        if figures and _OUT_OF_BEFORE_RE.search(text, max(0, end - 40), end):
            before = figures[-1]  # "86 votes out of 141": the whole counts what its part does
            between = text[before.end : end]
            if before.unit and re.fullmatch(rf"[ \t]+{re.escape(before.unit)}[ \t]+out[ \t]+of[ \t]+[\d,.]+", between):
                return before.unit
        if figures and _next_in_a_yearly_series(text, end, figures[-1]):
            return figures[-1].unit  # "87 claims were granted in 2020, 112 in 2021": the same thing, a year later
        if figures and _prior_year_of(text, end, figures[-1]):
            return figures[-1].unit  # "6,842 employees (2022: 7,310)": the same thing, the year before
        if figures and (_COMPARED_BEFORE_RE.search(text, max(0, end - 60), end) or _changed_to(text, end, figures[-1])):
            before = figures[-1]  # "20,000 samples a year, up from about 6,500 in 2021": the same thing, earlier
            between = text[before.end : end]  # in one sentence: a decimal point ends none ("up from 1.5 million")
            if before.unit and end - before.end < _PARTITIVE_REACH and not re.search(r"[;\n]|\.(?!\d)", between):
                return before.unit
    return unit


# an estimate that names what it counts before the figure: "put the dead at 197", "estimated the number of
# detainees at more than 10,000" (which counts detainees), and after it in the same sentence "and the injured at
# more than 1,700"
_PUT_AT = (
    r"(?:the[ \t]+)?(?:(?:number|total|count)[ \t]+of[ \t]+)?(?P<what>[a-z]+(?:[ \t]+of[ \t]+[a-z]+)?)[ \t]+at[ \t]+"
    rf"(?:(?:{_QUAL_RE})[ \t]+)?[\d,.]+(?:[ \t]+(?:million|billion))?"
)
_PUT_AT_RE = re.compile(rf"\b(?:puts?|putting|estimated?|estimates|estimating|placed?|places)[ \t]+{_PUT_AT}\Z", re.I)
_AND_PUT_AT_RE = re.compile(rf"(?:,|\band)[ \t]+{_PUT_AT}\Z", re.I)


def _put_at_unit(text: str, end: int) -> str:
    """What an estimate's figure counts where the words before it name it ("put the dead at 197"), or where an
    earlier estimate in the sentence does and "and" joins this one to it ("… at 197 and the injured at 1,700")."""
    before = text[max(0, end - 120) : end]
    m = _PUT_AT_RE.search(before)
    if m is None:
        m = _AND_PUT_AT_RE.search(before)
        if m is None or _PUT_AT_RE.search(before[: m.start()].rstrip()) is None:
            return ""
    what = m.group("what")
    return "" if what.lower() in STOP_UNIT else what


# the year before's figure in brackets after a count, as accounts give it: "had 6,842 employees (2022: 7,310)"
_PRIOR_YEAR_BRACKET_RE = re.compile(r"[ \t]*\((?:19|20)\d\d[ \t]*:[ \t]*[\d,.]+\Z")


def _prior_year_of(text: str, end: int, before: Figure) -> bool:
    """Whether the figure ending at ``end`` is the year before's of ``before``, in brackets right after its unit
    (``_PRIOR_YEAR_BRACKET_RE``)."""
    bracket = _PRIOR_YEAR_BRACKET_RE.search(text, before.end, end)
    return (
        bool(before.unit)
        and bracket is not None
        and re.fullmatch(rf"[ \t]+{re.escape(before.unit)}", text[before.end : bracket.start()]) is not None
    )


# a series of counts by year that names what it counts once: "87 claims were granted in 2020, 112 in 2021 and 146
# in 2022"; a count after a comma or "and", its year straight after it, as the count before it has its year
_IN_A_YEAR_RE = re.compile(r"[ \t]+(?:in|for|during)[ \t]+(?:19|20)\d\d\b")
_SERIES_JOIN_BEFORE_RE = re.compile(r"(?:,|\band)[ \t]+$")
_DIGITS_BEFORE_RE = re.compile(r"[\d,.]*$")


def _next_in_a_yearly_series(text: str, end: int, before: Figure) -> bool:
    """Whether the figure ending at ``end`` goes on a series of counts by year that ``before`` (a count of
    something) opens or goes on, in the same sentence."""
    digits = _DIGITS_BEFORE_RE.search(text, max(0, end - 20), end)
    between = text[before.end : digits.start() if digits else end]
    return (
        bool(before.unit)
        and _IN_A_YEAR_RE.match(text, end) is not None
        and _SERIES_JOIN_BEFORE_RE.search(between) is not None
        and _IN_A_YEAR_RE.search(between) is not None
        and len(between) < _PARTITIVE_REACH
        and not re.search(r"[;\n]|\.(?!\d)", between)
    )


# "from about 3,000 beds in 2017 to nearly 10,000 by 2019": the figure a count changed to
_CHANGED_TO_RE = re.compile(rf"\bto[ \t]+(?:(?:{_QUAL_RE})[ \t]+)?[\d,.]+$", re.IGNORECASE)
_FROM_BEFORE_RE = re.compile(r"\bfrom[ \t]+$", re.IGNORECASE)


# "fell from 15.9 to 8.4 per thousand": the figure a count fell from, with no unit, counts what the one
# it fell to counts
_FROM_BEFORE_QUAL_RE = re.compile(rf"\bfrom[ \t]+(?:(?:{_QUAL_RE})[ \t]+)?$", re.IGNORECASE)
_TO_BETWEEN_RE = re.compile(rf"[ \t]+to[ \t]+(?:(?:{_QUAL_RE})[ \t]+)?", re.IGNORECASE)


def _from_takes_the_to_unit(figures: list[Figure], text: str) -> list[Figure]:
    for a, b in pairwise(figures):
        if a.unit or not b.unit or _TO_BETWEEN_RE.fullmatch(text, a.end, b.start) is None:
            continue
        if _FROM_BEFORE_QUAL_RE.search(text, max(0, a.start - 8), a.start):
            a.unit = b.unit
    return figures


def _changed_to(text: str, end: int, before: Figure) -> bool:
    """Whether the figure ending at ``end`` is what the one before changed to ("grew from 3,000 beds to
    nearly 10,000"), which counts the same thing."""
    changed = _CHANGED_TO_RE.search(text, max(before.end, end - 40), end)
    return changed is not None and _FROM_BEFORE_RE.search(text, max(0, before.start - 8), before.start) is not None


# "9 of the 14 auditors", "three of its 40 branches", "4 out of 25 detainees", "17 of 41 mapped mills" (a slide's
# or a table's note, without the article; not a year: "Decree 10 of 2019"): a part, then the whole with what it counts
_PART_OF_WHOLE_RE = re.compile(
    r"[ \t]+(?P<out>out[ \t]+)?of[ \t]+"
    # the whole may be a body's, named before it with a possessive: "9 of the International Labour Organization's 11"
    r"(?:(?:the|its|their|his|her|these|those|all)[ \t]+(?:(?:[A-Z][\w\-]*\s+){0,5}[A-Z][\w\-]*['’]s[ \t]+)?"
    r"|(?!(?:1[89]|20)\d\d(?![\d,])))"
    r"(?P<whole>\d[\d,]*(?:\.\d+)?)"
)
# "86 votes out of 141": a whole after its part and what the part counts
_OUT_OF_BEFORE_RE = re.compile(r"[ \t]out[ \t]+of[ \t]+[\d,.]+$", re.IGNORECASE)
# "up from about 6,500", "down from 28": the figure a count is compared with, which counts the same thing
_COMPARED_BEFORE_RE = re.compile(
    rf"\b(?:up|down|rising|falling|rose|fell|compared)[ \t]+(?:from|with)[ \t]+(?:(?:{_QUAL_RE})[ \t]+)?[\d,.]+"
    rf"(?:[ \t]+{_SCALE})?$",
    re.IGNORECASE,
)


def _counted_alone(word: str, rest: str) -> bool:
    """ "fourteen others were still held": "others" is what the figure counts when a verb follows it."""
    nxt = re.match(r"\s+(?:still\s+|also\s+)?([a-z]+)", rest)
    return word.lower() == "others" and nxt is not None and (nxt.group(1) in STOP_UNIT or nxt.group(1) in _VERBS)


# plurals without an s that counts name: "eight people", "three children"
IRREGULAR_PLURALS = {"people", "children", "men", "women", "police", "personnel", "staff", "clergy", "youth"}
IRREGULAR_PLURALS |= {"grandchildren", "great-grandchildren", "policemen", "servicemen", "countrymen", "gentlemen"}
# and the plurals a herder's, a farmer's or a fisher's count names, the same as their singulars ("forty sheep")
IRREGULAR_PLURALS |= {"sheep", "cattle", "livestock", "deer", "fish", "swine", "poultry", "geese", "oxen"}


def _plural_noun(unit: str) -> bool:
    """Whether the words a number word counts hold a plural noun: "four fashion groups", "eight people",
    "eight UN special rapporteurs" (a name and an adjective before the noun); not "one of", "a man"."""
    return any(
        (w.endswith("s") and not w.endswith("ss") and not w.isupper()) or w.lower() in IRREGULAR_PLURALS
        for w in [w.rstrip("'’") for w in unit.split() if w != "and"][:3]  # "current and former officials"
    )  # "two days' notice": a plural's possessive


# "09.15 GMT", "7.30pm", and a time of four digits before its zone ("Updated 0315 GMT (1115 HKT)")
_CLOCK_TIME = re.compile(
    r"(?:\d{1,2}\.\d\d|[012]\d[0-5]\d)[ \t]*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|HKT|JST|[ap]\.?m\b\.?)",
    re.IGNORECASE,
)


# "at about 5 pm", "10 a.m.": an hour of the day, from 1 to 12, before "am" or "pm"
_HOUR_AFTER = re.compile(r"[ \t]?[ap]\.?m\b\.?", re.IGNORECASE)
_HOUR = re.compile(r"(?<![\d.,])(?:1[0-2]|0?[1-9])$")


def _hour_of_day(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``–``end`` is an hour of the day ("about 5 pm local time")."""
    return bool(_HOUR_AFTER.match(text, end)) and bool(_HOUR.search(text, start, end))


# "GMT+1", "UTC-5": a time zone's offset; "Updated 2 hours ago": a page's age; "the CSI 300 index", "the
# FTSE 100 index": an index named by its series' capitals and its number
_ZONE_OFFSET = r"(?:GMT|UTC)[ \t]*[+\-−]$"
_ZONE_OFFSET_BEFORE = re.compile(rf"\b{_ZONE_OFFSET}")
_AGO_AFTER = re.compile(r"[ \t]+(?:seconds?|minutes?|mins?|hours?|hrs?)[ \t]+ago\b", re.IGNORECASE)
# the dot leaders of a contents line before its page numbers ("Background ........ 3-5", "Scope … 9"):
# four dots or more, or an ellipsis before a number that ends the line
_LEADERS_BEFORE = re.compile(r"(?:\.[ \t]?){4,}[ \t]*$")
_ELLIPSIS_BEFORE = re.compile(r"(?:\.[ \t]?){3}[ \t]*$|…[ \t]*$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
# what a share's denominator follows: "one in", "3 out of"
_RATE_BASE_BEFORE = re.compile(r"\bper[ \t]+$", re.IGNORECASE)
_FREQUENCY_BEFORE = re.compile(r"\b(?:(?:once|twice|thrice)[ \t]+(?:in|every)|every)[ \t]+$", re.IGNORECASE)
_SPAN_OF_TIME_AFTER = re.compile(r"[ \t]+(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?)\b", re.IGNORECASE)


def _how_often(text: str, before: str, end: int) -> bool:
    """Whether a figure says how often ("once in ten days", "every three weeks"), not how many: after "once in"
    or "twice every", or after "every" before a span of time ("one for every 530 Muslims" is a count)."""
    m = _FREQUENCY_BEFORE.search(before)
    return m is not None and (
        not m.group(0).lower().startswith("every") or _SPAN_OF_TIME_AFTER.match(text, end) is not None
    )


_RATIO_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]+(?P<link>in|out[ \t]+of)[ \t]+$",
    re.IGNORECASE,
)


def _share_base(before: str, raw: str) -> bool:
    """Whether the figure ``raw`` after ``before`` is a share's denominator, which counts nothing: "one in five
    garments", "three out of ten", "9 out of 100"; a whole in digits that is no round base is what the part is
    of and counts it ("86 out of 141 votes", "4 out of 25 detainees")."""
    m = _RATIO_BEFORE.search(before)
    if m is None:
        return False
    value = parse_number(raw) if raw[:1].isdigit() else None
    return m.group("link").lower() == "in" or value is None or not _a_whole_counted(value)


def _a_whole_counted(value: float) -> bool:
    """A denominator after "out of" that counts a whole, not a share's round base (ten, 100, 1,000)."""
    return value > 10 and not (value == int(value) and str(int(value)).rstrip("0") == "1")


def _contents_pages(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``–``end`` is a contents line's page numbers, after its dot leaders
    (a page joined to the next line by ``prepare`` included)."""
    before = max(0, start - 12)
    if _LEADERS_BEFORE.search(text, before, start):
        return True
    return bool(_ELLIPSIS_BEFORE.search(text, before, start)) and bool(_LINE_END.match(text, end))


# a contents list copied onto one line: "Contents 1 Etymology 2 History 3 Administrative divisions", each
# section's number before its capitalised heading
_INLINE_CONTENTS_LINE = re.compile(r"[ \t]*(?i:(?:table[ \t]+of[ \t]+)?contents)[ \t]*:?(?:[ \t]+\(?hide\)?)?[ \t]+\d")
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*")
_HEADING_AFTER = re.compile(r"[ \t]+[A-Z]")
_NUMBERED_HEADING = re.compile(r"(?<![^ \t:])\d{1,2}(?:\.\d{1,2})*[ \t]+[A-Z]")


def _inline_contents_entry(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``–``end`` is a section's number in a contents list run onto one line
    ("Contents 1 Etymology 2 History …"): a short number before a capitalised heading, on a line that opens on
    "Contents" and a number and holds two such entries or more."""
    if not _SECTION_NUMBER.fullmatch(text, start, end) or not _HEADING_AFTER.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return _INLINE_CONTENTS_LINE.match(line) is not None and len(_NUMBERED_HEADING.findall(line)) >= 2


# "52m ago", "8h ago" in a live page's list of latest stories (run on into the headline: "52m agoHalf of …")
_SHORT_AGO_AFTER = re.compile(r"(?<=\d[mhd])[ \t]+ago(?![a-z])")
# "2 days ago" on a line of its own, under a headline: the page's age too (in a sentence, days ago date a thing);
# in brackets and with a smaller unit after a comma, "(2 days, 1 hour ago)", "(3 years, 10 months ago)", the same
_AGE_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?)"
# (and what closes such an age: "ago", the bracket, then the line's end or a bar)
_AGO_LINE_END = r"[ \t]+ago[ \t]*\)?[ \t]*(?:\n|$|\|)"
_AGE_LINE_AFTER = re.compile(
    rf"[ \t]+(?:years?|days?|weeks?|months?)(?:,[ \t]*\d{{1,2}}[ \t]+{_AGE_UNIT})?{_AGO_LINE_END}",
    re.IGNORECASE,
)
# (what opens that age: the line's start, a bracket, or a dash or a bar after a linked headline on the same line,
# "'My mother was sentenced' - 2 days ago")
_AGE_LINE_BEFORE = re.compile(r"(?:(?:^|\n)[ \t]*\(?|[ \t][-–—|·•][ \t]+)$")
# the smaller unit's figure of such an age, after the larger unit and its comma ("10" in "(3 years, 10 months ago)")
_AGE_SMALLER_BEFORE = re.compile(rf"(?:^|\n)[ \t]*\(?\d{{1,2}}[ \t]+{_AGE_UNIT},[ \t]*$", re.IGNORECASE)
_AGE_SMALLER_AFTER = re.compile(rf"[ \t]+{_AGE_UNIT}{_AGO_LINE_END}", re.IGNORECASE)
_INDEX_NAME = (re.compile(r"\b[A-Z][A-Z&]{1,5}[ \t]+$"), re.compile(r"[ \t]+[Ii]ndex\b"))
# a time ago after the verb that dates a page's or a record's change ("updated 3 months ago by …"), or before the
# year it reaches back to in brackets ("Founded 2001; 21 years ago (2001)", an infobox's age): a date, no count
_UPDATED_BEFORE = re.compile(r"\b(?:updated|edited|modified|posted|published|revised)[ \t]+$", re.IGNORECASE)
_TIME_AGO_AFTER = re.compile(r"[ \t]+(?:days?|weeks?|months?|years?)[ \t]+ago\b", re.IGNORECASE)
_YEAR_IN_BRACKETS_AFTER = re.compile(r"[ \t]*\((?:1[89]|20)\d\d(?:-\d\d-\d\d)?\)")  # "(2001)", "(1997-02-03)"
# a link right after the figure ("| 1 https://…", a forum's post counter before the link it quotes): no unit
_LINK_AFTER = re.compile(r"[ \t]+(?:https?://|www\.)")


def _dated_ago(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``–``end`` is a time ago that dates a change or reaches back to a year in
    brackets ("updated 3 months ago", "21 years ago (2001)")."""
    ago = _TIME_AGO_AFTER.match(text, end)
    if ago is None:
        return False
    return bool(_UPDATED_BEFORE.search(text, max(0, start - 12), start)) or bool(
        _YEAR_IN_BRACKETS_AFTER.match(text, ago.end())
    )


# an era's marker after a year ("840 C.E.", "320 BCE", "450 AD") or "AD" before it ("AD 1220"): a date, no count
_ERA_AFTER = re.compile(r"[ \t]*(?:B\.?[ \t]?C\.?(?:[ \t]?E\.?)?|C\.?[ \t]?E\.?|A\.?[ \t]?D\.?)(?![\w-])")
_ERA_BEFORE = re.compile(r"\bA\.?[ \t]?D\.?[ \t]+$")


def _time_or_span_end(text: str, start: int, end: int, lines: str = "") -> bool:
    """ "10:45 AM": a clock time; "Session 2019–21": the end of a span of years; "HC 198" at a line's
    start: a paper's number after its series' capitals; a time zone's offset, a page's age and an index's
    name (see above; ``lines``: the page with its line breaks, which a page's age ends). None counts."""
    if re.match(r":\d\d", text[end : end + 3]) or re.search(r"\d:$", text[max(0, start - 2) : start]):
        return True
    before = text[max(0, start - 8) : start]
    if _ZONE_OFFSET_BEFORE.search(before) or _AGO_AFTER.match(text, end) or _SHORT_AGO_AFTER.match(text, end):
        return True
    lines = lines or text
    if _AGE_LINE_AFTER.match(lines, end) and _AGE_LINE_BEFORE.search(lines[max(0, start - 4) : start]):
        return True
    if _AGE_SMALLER_AFTER.match(lines, end) and _AGE_SMALLER_BEFORE.search(lines[max(0, start - 16) : start]):
        return True
    if _INDEX_NAME[0].search(before) and _INDEX_NAME[1].match(text, end):
        return True
    if _ERA_AFTER.match(text, end) or _ERA_BEFORE.search(before):
        return True  # "from 745 to 840 C.E.", "AD 1220": years of an era, no count
    if _dated_ago(text, start, end) or _LINK_AFTER.match(text, end):
        return True  # "updated 3 months ago", "21 years ago (2001)": dates; "1 https://…": a counter before a link
    if _CLOCK_TIME.match(text, start, end + 12) or _hour_of_day(text, start, end):  # "09.15 GMT", "7.30pm", "5 pm"
        return True
    if end - start == 2 and re.search(r"(?:1[89]|20)\d\d[–\-]$", text[max(0, start - 5) : start]):
        return True
    return bool(re.search(r"(?:^|\n)[ \t]*[A-Z]{1,4}[ \t]+$", text[max(0, start - 12) : start]))


def _range_group(m: re.Match[str], end: str) -> str | None:
    """The lower or higher end of a range match ("between ... and ...", "... to ...") as written."""
    groups = m.groupdict()
    return groups.get(end) or groups.get(f"{end}_to")


def _range_ends(m: re.Match[str]) -> tuple[float, float] | None:
    """A range's two ends, the scale of the higher given to the lower where it has none ("between 1
    and 3 million", "1-1.8 million"); None for one number."""
    low_raw, high_raw = _range_group(m, "low"), _range_group(m, "high")
    if low_raw is None or high_raw is None:
        return None
    low, high = parse_number(low_raw), parse_number(high_raw)
    if low is None or high is None:
        return None
    scale = re.search(rf"({_SCALE_SUFFIX})\s*$", high_raw.lower())
    unscaled = scale is not None and not re.search(r"[a-z]", low_raw, re.I)
    return _scaled_low(low, high, SCALES[scale.group(1)] if scale and unscaled else 1), high


def _a_range(m: re.Match[str]) -> bool:
    """Whether a range match is one (see ``_rising``), and not two years ("2018-19", "2017 to 2019": a
    span of time)."""
    low_raw, high_raw = (str(_range_group(m, end)).strip() for end in ("low", "high"))
    years = all(re.fullmatch(r"(?:1[89]|20)\d\d|\d\d", r) for r in (low_raw, high_raw)) and len(low_raw) == 4
    return _rising(_range_ends(m), low_raw) and not years and not _year_then_figure(m, low_raw)


# "rose from 3,214 in 2015 to 60,440": the year of one figure, then the next figure, is no range
_YEAR_BEFORE = re.compile(r"\b(?:in|by|since)[ \t]+$")


def _year_then_figure(m: re.Match[str], low_raw: str) -> bool:
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", low_raw)) and bool(
        _YEAR_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
    )


def _scaled_low(low: float, high: float, scale: float) -> float:
    """A range's lower end in the higher end's scale, where it is written without one and so stays
    under the higher end ("1-1.8 million", 100至180万)."""
    return low * scale if low * scale <= high else low


def _rising(ends: tuple[float, float] | None, low_raw: str) -> bool:
    """Whether two numbers written as a range are one: their ends rise, and the lower has no leading
    zero (a telephone number, "0995-8521027")."""
    return ends is not None and ends[0] < ends[1] and not re.match(r"0\d", low_raw)


def _ranges_and_numbers(
    ranged: re.Pattern[str], single: re.Pattern[str], text: str, is_range: Callable[[re.Match[str]], bool]
) -> Iterator[re.Match[str]]:
    """Every number or range of numbers in ``text``, by ``ranged``; what looks like a range but is none
    ("won 52 to 47", "2018-19") is read by ``single`` as the numbers it holds, each on its own."""
    for m in ranged.finditer(text):
        if _range_group(m, "low") is None or is_range(m):
            yield m
        else:
            yield from _numbers_in(single, _hyphen_tally_spaced(text, m), m.start(), m.end())


def _hyphen_tally_spaced(text: str, m: re.Match[str]) -> str:
    """``text`` with the hyphen of a vote's tally written "62-37" (see ``_dash_tally``) read as an en dash, so that
    each side is a figure of its own (a hyphen joins a figure to a code elsewhere); ``text`` as it is otherwise."""
    pair = _DASH_PAIR.fullmatch(text, m.start(), m.end())
    if pair is None or text[pair.end("yes") : pair.start("no")] != "-":
        return text
    if not _dash_tally(text, pair.start("yes"), pair.end("yes")):
        return text
    return text[: pair.end("yes")] + "–" + text[pair.start("no") :]


def _numbers_in(single: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The numbers that open in ``text[start:end]``, each read with what follows it ("2016 – Thirty-one
    lawyers": a number in words is one where a noun follows, past the end of the span)."""
    for one in single.finditer(text, start):
        if one.start() >= end:
            return
        yield one


def _currency_before(text: str, start: int) -> str:
    """The currency a sign before a figure names ("$2.1 billion": dollars), or ""."""
    m = _CURRENCY_BEFORE.search(text[max(0, start - 5) : start])
    if m is None:
        return ""
    if m.group("sign"):
        return _CURRENCY_SIGNS[m.group("sign").strip()]
    return "US dollars" if m.group("code") in (None, "US") else f"{m.group('code')} dollars"


def _number_word(raw: str) -> bool:
    """ "four", "twenty-seven": a number in one word, which counts only before a plural noun."""
    parts = raw.lower().split("-")
    return all(p.isalpha() and p in UNITS for p in parts)


# a word in lower case just before, on the same line: the sentence is prose, not a headline's title case
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w\-])[a-z]+[ \t]+$")
_CAPITALISED_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
# a title in title case quoted in prose, opening with a number in words: 'the episode "Five Fingers Crush The
# Land"' (two capitalised words after it, not quoted speech, '"Four Uyghurs were held," she said')
_LOWER_WORD_QUOTE_BEFORE = re.compile(r"(?<![\w\-])[a-z]+[ \t]+[\"“‘]$")
_TWO_CAPITALISED_WORDS_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]")


def _number_word_in_a_name(text: str, start: int, end: int, raw: str) -> bool:
    """ "interviewed on Four Corners", "near the Three Gorges": a number in words written with its capital after
    a word in lower case (prose, not a headline's title case) and before a capitalised word opens a name, no
    count ("Four Uyghurs were held", opening its sentence, and "Police Hold Four Uyghurs", a title, still count);
    after a word in lower case and an opening quote, only before two capitalised words (a quoted title in title
    case: 'the episode "Five Fingers Crush The Land"', not quoted speech: '"Four Uyghurs were held," she said')."""
    if not (raw[:1].isupper() and raw[1:].islower() and _number_word(raw)):
        return False
    if _LOWER_WORD_QUOTE_BEFORE.search(text, max(0, start - 30), start):
        return bool(_TWO_CAPITALISED_WORDS_AFTER.match(text, end))  # 'the episode "Five Fingers Crush The Land"'
    return bool(_LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)) and bool(
        _CAPITALISED_WORD_AFTER.match(text, end)
    )


# "a three-day visit", "a 13-year term", "a nine-minute documentary": a span of time joined to its noun by a
# hyphen is a duration in that unit (a figure joined to any other noun, "a 27-nation bloc", counts nothing)
_DURATION_JOINED = re.compile(r"-(?P<unit>year|month|week|day|hour|minute)(?![\w-])")


def _duration_counts(raw: str) -> bool:
    """Whether a figure joined to a unit of time counts: not "one-day" (an article, not a count), nor a
    name's capitals ("Five-Year"; the unit's own capital never matches ``_DURATION_JOINED``)."""
    return raw.strip().lower() not in ("one", "a", "an") and not raw[:1].isupper()


# "four years and two months": the months finish a term of years; "6 min read": a page's reading time
_TERM_BEFORE = re.compile(r"\b(?P<unit>years?|months?|weeks?)[ \t]*,?[ \t]+and[ \t]+$", re.IGNORECASE)
_TERM_PART_AFTER = re.compile(r"[ \t]+(?P<unit>months?|weeks?|days?)\b", re.IGNORECASE)
_TERM_ORDER = ("day", "week", "month", "year")
_READING_TIME = re.compile(r"[ \t]*-?[ \t]*min(?:ute)?s?\.?[ \t]+read\b", re.IGNORECASE)
_ARTICLE_AGE = re.compile(
    r"\bthis[ \t]+(?:article|story|page)[ \t]+is[ \t]+(?:more[ \t]+than[ \t]+|over[ \t]+)?$", re.I
)


# "the court convicted 14 of the 16 and acquitted two": a number right after what was done to people,
# with no noun of its own, counts people
_ACTED_ON_VERBS = (
    r"(?:arrested|detained|convicted|acquitted|sentenced|jailed|imprisoned|released|freed|charged|indicted"
    r"|deported|executed|summoned|interrogated)"
)
_ACTED_ON = re.compile(rf"\b{_ACTED_ON_VERBS}[ \t]+$", re.IGNORECASE)
# "and acquitted two, the lawyer ...": a number word alone after such a verb
_ACTED_ON_WORD = re.compile(
    rf"\b{_ACTED_ON_VERBS}[ \t]+(?P<num>{_SMALLWORD})(?=[ \t]*[,;.:]|[ \t]+(?:of|in|on)\b)", re.I
)


# "the names of 87 of those detained": a part of the people something was done to
_OF_THOSE_ACTED_ON = re.compile(rf"[ \t]+of[ \t]+(?:those|the[ \t]+people)[ \t]+{_ACTED_ON_VERBS}\b", re.I)
# "two of them were sentenced", "three of whom had been detained": a part of people just named, acted on
_OF_THEM_ACTED_ON = re.compile(
    rf"[ \t]+of[ \t]+(?:them|those|whom)[ \t]+(?:were|was|are|had[ \t]+been|have[ \t]+been|have|had)"
    rf"[ \t]+(?:later[ \t]+|since[ \t]+|also[ \t]+)?{_ACTED_ON_VERBS}\b",
    re.I,
)


# a bare figure as the subject of what was done to people or of what only people do: "300 were detained", "more
# than 2,000 have been sentenced", "47,318 have signed", "12 had fled" (not "300 were signed": papers are signed)
_SUBJECT_OF_AN_ACT = re.compile(
    rf"[ \t]+(?:(?:were|are|have[ \t]+been|has[ \t]+been|had[ \t]+been)[ \t]+(?:later[ \t]+|since[ \t]+|also[ \t]+)?"
    rf"{_ACTED_ON_VERBS}|(?:have|had)[ \t]+(?:already[ \t]+|now[ \t]+)?(?:signed|died|fled|disappeared))\b",
    re.I,
)


def _people_acted_on(text: str, start: int, end: int) -> bool:
    if _OF_THOSE_ACTED_ON.match(text, end) or _OF_THEM_ACTED_ON.match(text, end) or _SUBJECT_OF_AN_ACT.match(text, end):
        return True
    if not _ACTED_ON.search(text[max(0, start - 16) : start]):
        return False
    return _unit_after(text, end).lower() in ("", "of")


# a vote's tally: "adopted by a vote of 504 to 27", "passed 52 votes to 47": both sides count votes
_TALLY = re.compile(
    r"(?:\bvot(?:e|es|ed)[ \t]+(?:of[ \t]+|by[ \t]+)?(?:\d[\d,]*[ \t]+(?:votes[ \t]+)?to[ \t]+)?"
    r"|\b\d[\d,]*[ \t]+votes?[ \t]+to[ \t]+)$",
    re.I,
)
# a vote's sides named by "for" and "against", as minutes record a division: "LOST (2 for, 8 against)", "carried
# by 9 in favour and 1 against": each count counts votes
_VOTE_SIDES = re.compile(
    r"(?<![\w,.])\d[\d,]*[ \t]+(?:for|in[ \t]+favou?r)[ \t]*[,;]?[ \t]*(?:and[ \t]+|with[ \t]+)?(?<![\w,.])"
    r"\d[\d,]*[ \t]+against\b"
)
# a recorded vote's lines, each side's count in brackets after its word ("For (9): Councillors …", "Against (1):",
# "Abstentions (2):"), which a bracket before a figure otherwise hides
_RECORDED_VOTE_SIDE = re.compile(
    r"(?m)^[ \t]*(?:For|Against|In[ \t]+favou?r|Abstentions?|Abstained)[ \t]*\([ \t]*(?P<num>\d[\d,]*)[ \t]*\)[ \t]*:"
)


def _vote_side(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``–``end`` is a side of a vote ``_VOTE_SIDES`` writes (read from a little
    before the figure, not from its line's start: a page read with its wrapped lines joined is one long line)."""
    begin = max(text.rfind("\n", 0, start) + 1, start - 80)
    return any(
        m.start() <= start and end <= m.end() for m in _VOTE_SIDES.finditer(text, begin, min(len(text), end + 40))
    )


def _recorded_vote_sides(text: str, skip: list[tuple[int, int]]) -> list[Figure]:
    """The votes each line of a recorded vote counts (``_RECORDED_VOTE_SIDE``), where it counts any."""
    out = []
    for m in _RECORDED_VOTE_SIDE.finditer(text):
        s, e = m.span("num")
        value = parse_number(m.group("num"))
        if value and not any(a < e and s < b for a, b in skip):
            out.append(Figure(s, e, value, None, None, None, "votes", m.group("num")))
    return out


# a body of people sized by its members: "a team of four", "a family of six", "a delegation of 12 officials"
_GROUP_NOUNS = r"\b(?:team|family|delegation|panel|crew|household)[ \t]+of[ \t]+"
_GROUP_OF_BEFORE = re.compile(_GROUP_NOUNS + "$", re.IGNORECASE)


def _people_in_a_group(before: str, text: str, end: int) -> bool:
    """Whether the figure sizes a team, a family or a delegation (its people), with no other noun after it."""
    return _GROUP_OF_BEFORE.search(before) is not None and not _plural_noun(_unit_after(text, end))


# a vote's tally written as a falling pair joined by a dash, after the chamber or the verb of passing: "passed
# the House 406–3", "Passed the Senate: March 3, 2020 (92–6)": both sides count votes
# (or a hyphen, as American news writes it: "passed the House of Delegates 62-37"; a year before it is a span)
_DASH_PAIR = re.compile(
    r"(?<![\d,.\-–])(?!(?:1[89]|20)\d\d\b)(?P<yes>\d[\d,]*)[ \t]?[–-][ \t]?(?P<no>\d[\d,]*)(?![\d,]|[ \t]?[–-])"
)
_PASSING_BEFORE = re.compile(
    r"\b(?:[Pp]ass(?:ed|es)?|[Aa]dopt(?:ed|s)?|[Aa]pprov(?:ed|es)|[Vv]ot(?:e|ed|es)|House|Senate)\b"
)


def _dash_tally(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``–``end`` is a side of a vote's tally written "406–3" (more for than
    against), after a word of passing or a chamber on its line."""
    pair = None
    for m in _DASH_PAIR.finditer(text, max(0, start - 12), min(len(text), end + 12)):
        if start in (m.start("yes"), m.start("no")):
            pair = m
    if pair is None:
        return False
    yes, no = parse_number(pair.group("yes")), parse_number(pair.group("no"))
    line_start = text.rfind("\n", 0, pair.start()) + 1
    return (
        yes is not None
        and no is not None
        and yes > no
        and _PASSING_BEFORE.search(text, max(line_start, pair.start() - 80), pair.start()) is not None
    )


def _bracketed_tally_sides(text: str, found: list[Figure]) -> list[Figure]:
    """The side for of a tally in brackets ("(428–1)"), which a bracket before a figure otherwise hides, where
    the side against was read as votes."""
    out = []
    for f in found:
        if f.unit != "votes" or not text.startswith("–", f.start - 1):
            continue
        pair = _DASH_PAIR.search(text, max(0, f.start - 14), f.end)
        if pair is None or pair.start("no") != f.start or not text.endswith("(", 0, pair.start("yes")):
            continue
        yes = parse_number(pair.group("yes"))
        if yes is not None and not any(g.start == pair.start("yes") for g in found):
            out.append(Figure(pair.start("yes"), pair.end("yes"), yes, None, None, None, "votes", pair.group("yes")))
    return out


# an age: "a 34-year-old shop owner", "children aged six to 18"
_AGE_AFTER = re.compile(r"-years?-old\b", re.IGNORECASE)
# "(age 63)", "aged between", "as young as 6", "at the age of 63"
_AGED_BEFORE = re.compile(
    r"\b(?:aged|ages?(?:[ \t]+of)?|as[ \t]+(?:young|old)[ \t]+as)[ \t]+(?:between[ \t]+)?$", re.IGNORECASE
)
# "the youngest aged 15 and the oldest 73", "the oldest was 81.": a superlative's age, after its article, the number
# ending the clause ("the oldest 12 were built in 2017" counts camps)
_SUPERLATIVE_AGE_BEFORE = re.compile(r"\bthe[ \t]+(?:oldest|youngest)(?:[ \t]+(?:was|is))?[ \t]+$", re.IGNORECASE)
_AGE_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:)]|[ \t]and[ \t]|$)")
# "He is 46.", "My mother is 78 and ...": a person's age told as what they are, the number ending the clause
# ("my son, who was then 18,": "who" stands for the person; "She's 29, she teaches", "I'm 40": the verb contracted)
_AGE_IS_BEFORE = re.compile(
    r"\b(?:(?:[Hh]e|[Ss]he|I|who|(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)[ \t]+(?:"
    + KIN_NOUNS
    + r"))[ \t]+(?:is|was|am)"
    r"|(?:[Hh]e|[Ss]he|[Ww]ho)['’]s|I['’]m)[ \t]+(?:(?:now|then)[ \t]+)?$"
    # "born in Aksu in 1991 and now 33": the age a birth year's clause goes on to tell
    r"|\bin[ \t]+(?:19|20)\d\d[ \t]+and[ \t]+now[ \t]+$"
)
# "a former detainee, now 52, told …", "Gulnar, now 61, lives in Almaty": the age set off after the person (not a
# count changed, "held 300 people, now 200,": no figure stands in the words before)
_NOW_AGE_BEFORE = re.compile(r"(?:^|[.!?][ \t]+|\n)[^\d\n]*(?<=[a-z]),[ \t]+now[ \t]+$")
# "a Kazakh woman of 41 from Ghulja": a person's age after "of", the number ending the phrase
_PERSON_OF_AGE_BEFORE = re.compile(
    r"\b(?:(?:wo)?man|girl|boy|widow(?:er)?|mother|father|grandmother|grandfather)[ \t]+of[ \t]+$"
)
# "as the Dalai Lama turns 89", "she turned 60 last year": an age reached, the number ending the clause
_TURNS_BEFORE = re.compile(r"\b(?:turns|turned|turning)[ \t]+$")
# (or the year the age was told of: "He was 54 in 2018")
AGE_IS_AFTER = re.compile(
    r"(?:[.,;!?)]|[ \t]+(?:and|but|when|now|then|today|this|last)\b|[ \t]+in[ \t]+\d{4}\b|[ \t]*(?:\n|$))"
)
# a person's name set off by commas, then "was" or "is", and the age with "then" or "now" after it ("His daughter,
# Mihri Arslan, was 22 then and studying …")
_NAMED_AGE_BEFORE = re.compile(r"[A-Z][a-z]+,[ \t]+(?:is|was)[ \t]+$")
_AGE_THEN_AFTER = re.compile(r"[ \t]+(?:then|now)\b")
_PERSON_OF_AGE_AFTER = re.compile(r"(?:[.,;!?)]|[ \t]+(?:and|but|when|from|who|with|for)\b|[ \t]*$)")


# "women and men under 35,", "children under 18.": an age bound after a noun for people, ending the phrase
_PEOPLE_BEFORE_BOUND = re.compile(
    r"\b(?:men|women|children|people|adults|boys|girls|persons|those|anyone)[ \t]+$", re.IGNORECASE
)
_AGE_BOUND = re.compile(r"(?:under|over|below|above)[ \t]+\d{1,2}", re.IGNORECASE)


def _age_bound(text: str, before: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``–``end``, written with "under" or "over" after a noun for people, is
    an age ("men under 35, most with no record"), not a count."""
    return (
        _AGE_BOUND.fullmatch(text, start, end) is not None
        and _PEOPLE_BEFORE_BOUND.search(before) is not None
        and _PERSON_OF_AGE_AFTER.match(text, end) is not None
    )


def _told_age(text: str, before: str, end: int, raw: str) -> bool:
    """An age told as what a person is ("He is 46.", "His daughter, Mihri Arslan, was 22 then") or reaches
    ("turns 89"), or after a noun for a person and "of" ("a woman of 41 from Ghulja"), a number of one to three
    digits that ends the phrase."""
    if not re.fullmatch(r"(?:[A-Za-z]+[ \t]+){0,2}\d{1,3}", raw):
        return False  # the number, after its qualifier if it has one ("a grandmother of about 80")
    if _AGE_IS_BEFORE.search(before) or _TURNS_BEFORE.search(before):
        return AGE_IS_AFTER.match(text, end) is not None
    if _NAMED_AGE_BEFORE.search(before):
        return _AGE_THEN_AFTER.match(text, end) is not None
    if _NOW_AGE_BEFORE.search(before):
        return text[end : end + 1] == ","
    return _PERSON_OF_AGE_BEFORE.search(before) is not None and _PERSON_OF_AGE_AFTER.match(text, end) is not None


def _part_of_a_term(text: str, start: int, end: int) -> bool:
    """The months of "four years and two months" (the term is counted once, by its years), the minutes
    of a page's "6 minute read", or the age of "This article is more than 2 years old"."""
    if _READING_TIME.match(text, end) or _ARTICLE_AGE.search(text[max(0, start - 40) : start]):
        return True
    term, part = _TERM_BEFORE.search(text[max(0, start - 20) : start]), _TERM_PART_AFTER.match(text, end)
    if term is None or part is None:
        return False  # "21 months and 14 months": two terms, each counted; "four years and two months": one
    return _TERM_ORDER.index(part.group("unit").lower().rstrip("s")) < _TERM_ORDER.index(
        term.group("unit").lower().rstrip("s")
    )


_TIMES_AFTER = re.compile(r"[ \t]+(?:times|occasions)\b")  # "on 19 occasions": how often, as "19 times"
# "Two thirds of them", "three-quarters of the sites": a fraction's numerator, no count (not "within two
# quarters", a span of time)
_FRACTION_AFTER = re.compile(
    r"[ \t\-]+(?:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)[ \t]+of(?![\w\-])", re.IGNORECASE
)
# a span of time of one, in a word, told as how long something lasts: "stay at least one year", "held for one
# month", "sentenced to one year", a deadline ("report back within one year"), a day too, but not after "to" ("trials
# lasting less than one day", "held for one day"; "hopes to one day return" is when); not a time's frame ("in one
# week in June 2017") nor a day alone ("one day he left")
_ONE_SPAN_WORD = re.compile(
    r"(?<![\w\-])(?:for|to|of|within|(?:at[ \t]+)?(?:least|most)|up[ \t]+to|than|about|nearly|almost)[ \t]+"
    r"(?P<num>one)[ \t]+(?P<unit>year|month|week|day(?<!\bto[ \t]one[ \t]day))(?![\w\-'’])"
)


def _one_spans_of_time(text: str, skip: list[tuple[int, int]], found: list[Figure]) -> list[Figure]:
    """Durations of one written in a word, in the plural unit other durations have ("years")."""
    out = []
    for m in _ONE_SPAN_WORD.finditer(text):
        start, end = m.span("num")
        if _overlaps(skip, found, start, end):
            continue
        out.append(Figure(start, end, 1, None, None, None, m.group("unit") + "s", m.group("num")))
    return out


# an encyclopaedia's page number after a footnote marker and a colon ("Han Chinese[5][8]: 178")
_CITED_PAGE_BEFORE = re.compile(r"\]:[ \t]*$")
# digits that open with a zero and hold no decimal point: a code, a serial or a user name's digits ("002415", a
# stock's code; "小百科09", "No.007"), never a count, which is written without a leading zero
_LEADING_ZERO_RE = re.compile(r"0\d+")


def _english_leading_zero(digits: str) -> bool:
    """Whether an English number of three digits or more opens with a zero ("002415", "007"): an identifier, no
    count; two digits ("07") are left to the other rules, as this one was written for codes."""
    return len(digits) > 2 and _LEADING_ZERO_RE.fullmatch(digits) is not None


# a stock's code after its exchange's code and a colon ("SSE: 603260", "HKEX: 9988", "SZSE: 300274"): an
# identifier of four to six digits, without a thousands separator, no count
_EXCHANGE_CODE_BEFORE = re.compile(r"\b[A-Z]{2,6}:[ \t]*$")
_STOCK_CODE = re.compile(r"\d{4,6}")


# a register's code in capitals before an item's number, as a parliament or an office numbers its questions and
# files ("UIN 128744", "FOI 4472"): four digits or more, no separator, nothing counted after them, and the code no
# currency's ("RMB 36000 was paid")
_CODE_LABEL_BEFORE = re.compile(r"(?<![\w\-.])(?P<code>[A-Z]{2,5})[ \t]+$")
_SERIAL = re.compile(r"\d{4,}")
_NOTHING_COUNTED_AFTER = re.compile(r"[ \t]*(?:[,.;:)\]]|\n|$|(?:was|were|is|are|has|had|and|or|of|on|in|to)\b)")


# the degrees, or the degrees and minutes, of an angle before its minutes or seconds: "76°43'", "39°29′"
_ANGLE_PART_BEFORE = re.compile(r"\d°(?:[ \t]?\d{1,2}['′][ \t]?)?$")


# a word set in spaced letters, one character and one space after another ("2 0 1 7 I T W E N T Y")
_LETTER_SPACED_RE = re.compile(r"(?<![\w.,])(?:\w[ \t]){3,}\w(?![\w.,])")


def _letter_spaced(text: str, start: int, end: int) -> bool:
    """Whether the one character at ``start``–``end`` is a letter of a word set in spaced letters, four or more
    characters long: a cover's or a heading's type, no count."""
    return end - start == 1 and any(
        r.start() <= start and end <= r.end() for r in _LETTER_SPACED_RE.finditer(text, max(0, start - 60), end + 60)
    )


# the numbers of a series' parts or links counted from one ("(2017) 1, 2, 3, 4 Jane Roe": a talk's four videos)
_COUNTED_FROM_ONE_RE = re.compile(r"(?<![\w.,])1(?:,[ \t]*\d{1,2}){2,}(?![\w.,])")


# a year cut to its last two digits after an apostrophe ("Spring ’22", "Jane Roe ’19", "the class of ’08"): no count
# (a straight quote may open a quoted count: "'12 men' were held")
_SHORT_YEAR_RE = re.compile(r"(?<![\w’'‘])’\d\d(?![\w’'%])")


def _numbered_parts(text: str) -> list[tuple[int, int]]:
    """Runs of numbers counted one by one from one, a comma between each: a series' parts, no count."""
    return [
        m.span()
        for m in _COUNTED_FROM_ONE_RE.finditer(text)
        if [int(n) for n in re.findall(r"\d+", m.group(0))] == list(range(1, m.group(0).count(",") + 2))
    ]


# a search or listing page's count of what it shows: "Showing 4 of 27 results", "Results 1-10 of 312", "Displaying
# 20 of 1,204 items", "27 results found" (the page's furniture, no claim of the documents listed)
_LISTED_THINGS = r"(?:results|items|entries|records|matches|documents|questions|answers|articles|stories|hits)"
_LISTING_COUNT_RE = re.compile(
    rf"(?i)\b(?:(?:showing|displaying|viewing)(?:[ \t]+(?:results|items|entries))?|results)[ \t]+\d[\d,]*"
    rf"(?:[ \t]*(?:[-–]|to)[ \t]*\d[\d,]*)?[ \t]+of[ \t]+(?:about[ \t]+)?\d[\d,]*(?:[ \t]+{_LISTED_THINGS})?"
    rf"|\b\d[\d,]*[ \t]+{_LISTED_THINGS}[ \t]+(?:found|returned)\b"
)


# a page's number over the document's pages, as a footer prints it, whatever follows on the line ("Page 3 of 3",
# "page 1 of 12   Exhibit A"): both numbers count nothing
_PAGE_OF_PAGES_RE = re.compile(r"(?i)(?<![\w\-])page[ \t]+\d{1,4}[ \t]+of[ \t]+\d{1,4}(?![\d,.]\d)")
# a telephone number in a country's own form, its trunk prefix's zero opening the area code and the subscriber's
# number after it in groups ("020 7270 5238", "01632 960 418", "01632 960418"): ten or eleven digits, no count
_NATIONAL_PHONE_RE = re.compile(r"(?<![\w+.,\-])0\d{2,4}(?:[ \t\u00a0]\d{3,6}){1,2}(?![\w,.]\d|\d)")


def national_phone_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the telephone numbers in a country's own form (see ``_NATIONAL_PHONE_RE``)."""
    return [m.span() for m in _NATIONAL_PHONE_RE.finditer(text) if sum(ch.isdigit() for ch in m.group(0)) in (10, 11)]


# a law report's citation: the year in brackets, the volume, the report's letters and the first page ("[2009] 1 AC
# 756", "(1990) 12 EHRR 33", "[2004] 2 All ER 14"): the volume and the page count nothing
_LAW_REPORT_RE = re.compile(
    r"[\[(](?:1[89]|20)\d\d[\])][ \t]+\d{1,3}[ \t]+(?:[A-Z][A-Za-z]{0,5}\.?[ \t]+){1,3}\d{1,5}(?![\w]|,\d)"
)
# a Chinese court's or office's document number as translations write it: the year in brackets, the court's or the
# office's short forms in pinyin, a number among them, and "No." with the document's number ("(2018) Xin 31 Xing Chu
# No. 117", "[2019] Jing 01 Min Zhong No. 45"): the number among the short forms is the court's code, no count
_CASE_NUMBER_RE = re.compile(
    r"[\[(〔（](?:19|20)\d\d[\])〕）][ \t]*(?:[A-Z][a-z]{0,5}[ \t]+){1,3}\d{1,4}(?:[ \t]+[A-Z][a-z]{0,5}){1,4}"
    r"[ \t]+No\.?[ \t]*\d+"
)
# a part's number among a whole's, both padded with zeros, as a cable or a fax numbers its sections and pages
# ("SECTION 01 OF 03", "002 OF 003"): no count
_PADDED_PART_RE = re.compile(r"(?<![\w.,])0\d{1,2}[ \t]+(?:OF|of)[ \t]+0\d{1,2}(?![\w.,])")
# a statute's or a statutory instrument's name closing with its year ("the Proceeds of Crime Act 2002",
# "the Harbour Regulations 2019"): the year is part of the name, whatever word follows it
_STATUTE_BEFORE_YEAR_RE = re.compile(r"\b(?:Act|Regulations|Order|Rules|Ordinance)[ \t]+\Z")


def _statute_year(before: str, raw: str) -> bool:
    """Whether a four-digit year closes a statute's name ("Act 1897 prohibits …"), no count of what follows."""
    return _YEAR_CELL.fullmatch(raw) is not None and _STATUTE_BEFORE_YEAR_RE.search(before) is not None


# what follows a claim's numbered ground in lower case: "ground 2 of the claim", "grounds 1 and 3"
_GROUND_OF_RE = re.compile(r"[ \t]+(?:of|and|to)\b")


def _ordinary_ground(word: str, text: str, end: int) -> bool:
    """Whether "ground" before a figure is the ordinary word ("on the ground 24 hours", "the ground 3 metres
    away"), not a claim's numbered ground ("Ground 2", "ground 2 of the claim"), whose number counts nothing."""
    return word == "ground" and _GROUND_OF_RE.match(text, end) is None


def _english_apparatus_spans(text: str) -> list[tuple[int, int]]:
    """The spans of numbers that are codes, addresses', boxes' or telephones' numbers, or a document's apparatus
    (a reference's extent, an exchange rate, a listing's count, a file's size, a law report, a Chinese case number, a
    padded part of parts, a numbered part, a
    short year): no count."""
    codes = (
        CODE_RE,
        STREET_NUMBER_RE,
        STREET_FIRST_NUMBER_RE,
        CONTINENTAL_ADDRESS_RE,
        HOUSE_BEFORE_POSTCODE_RE,
        POSTAL_CODE_RE,
        STATE_POSTCODE_RE,
        TOWN_POSTCODE_RE,
        BOX_OR_PETITION_NUMBER_RE,
        YEAR_SERIAL_RE,
        _LETTERED_PHONE_RE,
        _BRACKETED_AREA_PHONE_RE,
        _CODE_TITLE_RE,
        MASKED_NUMBER_RE,
    )
    apparatus = (
        _REFERENCE_EXTENT_RE,
        _EXCHANGE_RATE_RE,
        _LISTING_COUNT_RE,
        FILE_SIZE_RE,
        _LAW_REPORT_RE,
        _CASE_NUMBER_RE,
        _PADDED_PART_RE,
        _PAGE_OF_PAGES_RE,
    )
    spans = [m.span() for pattern in (*codes, *apparatus) for m in pattern.finditer(text)]
    spans += international_phone_spans(text) + national_phone_spans(text)
    return spans + _numbered_parts(text) + [m.span() for m in _SHORT_YEAR_RE.finditer(text)]


# "re 9 MOTION", "Opposition re 12": "re" (regarding) before an entry's number, as a docket refers to its entries
_ENTRY_REFERENCE_BEFORE = re.compile(r"(?<![\w'’.\-])re[ \t]+\Z")


def _label_or_code_number(text: str, before: str, start: int, end: int, number: str) -> bool:
    """Whether a number is a statute's year, a label after a number sign, an angle's part, a cited page, a code
    or a stock's code, or a cover's letter-spaced type: no count."""
    if _statute_year(before, number):
        return True  # "the Proceeds of Crime Act 2002 makes …": the year of a statute's name
    if before.rstrip(" \t").endswith("#"):
        return True  # "Hansard #61", "issue #12", "(Attachments: # 1 Summons)": a number sign labels what follows it
    if _ENTRY_REFERENCE_BEFORE.search(before):
        return True  # "re 9 MOTION", "Opposition re 12": a docket's entry referred to by its number
    if _ANGLE_PART_BEFORE.search(before) or text.startswith("°", end):
        return True  # "between 37°41'28\" and 39°29'55\" north latitude": an angle's parts, no count
    if _CITED_PAGE_BEFORE.search(before) or _english_leading_zero(number):
        return True  # "[8]: 178", a cited page after a footnote marker; "SZSE: 002415", a code
    if _EXCHANGE_CODE_BEFORE.search(before) and _STOCK_CODE.fullmatch(number):
        return True  # "SSE: 603260": a stock's code
    if _numbered_placeholder(text, before, end, number) or _labels_a_capitalised_noun(text, end, number):
        return True
    code = _CODE_LABEL_BEFORE.search(before)
    if code and code.group("code") not in _CURRENCY_CODES and _SERIAL.fullmatch(number):
        return _NOTHING_COUNTED_AFTER.match(text, end) is not None  # "UIN 128744, tabled on": a register's number
    return _letter_spaced(text, start, end)  # "2 0 1 7 I T W E N T Y": a cover's letter-spaced type, no count


# two capitalised words, a name, right before a small number: "JOHN DOE 1", "Jane Doe 2", a pseudonym's number
_NAME_BEFORE_NUMBER = re.compile(r"(?<![\w\-])[A-Z][A-Za-z’'\-]+[ \t]+(?P<last>[A-Z][A-Za-z’'\-]+)[ \t]+\Z")
# the word after a number: what it counts, if anything, and the word after that
_WORDS_AFTER_NUMBER = re.compile(r"[ \t]+(?P<word>[A-Za-z][A-Za-z’'\-]*)(?P<rest>[ \t]*[^ \t\n]*)")
# after a singular capitalised noun, a word that ends the noun's name: "granting 3 Motion to Proceed", "re 14 MOTION."
_NAME_ENDS_AFTER = re.compile(r"[ \t]*(?:[,.;:)]|to|for|of|re|and|by|in|on|$)(?![\w\-])")


def _numbered_placeholder(text: str, before: str, end: int, number: str) -> bool:
    """Whether a small number numbers the name before it ("JOHN DOE 1 represented by …", "filed by Jane Doe 2"),
    as pseudonymous parties and witnesses are told apart: no count, unless a plural noun after it says what it
    counts within its next three words ("Lop County 300 detainees") or the name is a month's ("June 12")."""
    name = _NAME_BEFORE_NUMBER.search(before)
    if name is None or not re.fullmatch(r"\d{1,3}", number) or name.group("last").title() in MONTH_NAMES:
        return False
    return not _plural_noun(text[end : end + 40].split("\n")[0])  # "United Nations 193 member states" counts


def _labels_a_capitalised_noun(text: str, end: int, number: str) -> bool:
    """Whether a number greater than one stands before a singular capitalised noun that ends its name there
    ("granting 3 Motion to Proceed", "re 14 MOTION to Dismiss"): it labels the thing, as a docket's entry
    numbers are cited, where a count would take the plural; no people's name ("12 Uyghur were …")."""
    after = _WORDS_AFTER_NUMBER.match(text, end)
    if after is None or not re.fullmatch(r"\d{1,4}", number) or int(number) < 2:
        return False
    word = after.group("word")
    singular = word[:1].isupper() and not _plural_noun(word) and word.lower() not in t.ETHNONYMS
    return singular and _NAME_ENDS_AFTER.match(text, after.end("word")) is not None


# a word that says a "one" is a count, as a qualifier does ("at least one"): "only one shipment", "just one camp"
_ONLY_BEFORE_RE = re.compile(r"(?<![\w\-])(?:only|just)[ \t]+\Z", re.IGNORECASE)


def _counted_one(number: str, qual: str | None, before: str, text: str, end: int) -> bool:
    """Whether "one" counts what follows it: after a qualifier or "only" ("only one shipment", "at least one
    truck"), not as a part of what follows ("only one of them")."""
    return (
        number == "one"
        and bool(qual or _ONLY_BEFORE_RE.search(before))
        and not re.match(r"[ \t]+of\b", text[end : end + 4])
    )


def _numbered_paragraph(text: str, before: str, end: int, number: str) -> bool:
    """Whether a number of one to three digits opening its line numbers a paragraph or a footnote."""
    return bool(
        re.search(r"(^|\n)\s*$", before)
        and re.fullmatch(r"\d{1,3}", number)
        and re.match(r"\s*[.)]|\s[A-Z]", text[end : end + 2])
    )


def _share_rank_or_rate(text: str, before: str, start: int, end: int, number: str, layout: str | None) -> bool:
    """Whether a number is a share's part or its base, an ordinal, a multiple, a page's counter, a contents
    line's page, a rate's base, how often, a time or a span's end, or part of a term: no count."""
    if _FRACTION_AFTER.match(text, end):
        return True  # "two thirds of them": a share, no count
    if re.match(r"(st|nd|rd|th)\b", text[end : end + 3]) or _TIMES_AFTER.match(text, end):
        return True  # an ordinal; "five times the number", "moved three times": a multiple or how often, no count
    if _POST_COUNTER_AFTER.match(text, end) or _counter_line(layout or text, start, end):
        return True  # "312 Reposts 41 Quotes 1.2K Likes", "42 comments": a page's counters, no claim of its text
    if _REACTION_BEFORE.search(before):
        return True  # "♥ 38": a reaction's counter
    if _contents_pages(text, start, end) or _inline_contents_entry(text, start, end):
        return True  # "II. Background ........ 3-5": a contents line's pages; "Contents 1 History 2 …": its sections
    if _share_base(before, number.strip()):
        return True  # "one in five garments", "three out of ten": a share's denominator counts nothing
    if _RATE_BASE_BEFORE.search(before):
        return True  # "9.2 per 100,000 people": a rate's base counts nothing
    if _how_often(text, before, end):
        return True  # "once in ten days", "every three weeks": how often, no count
    return _time_or_span_end(text, start, end, layout or "") or _part_of_a_term(text, start, end)


# "the Fortune Global 500", "the Forbes 400": a ranking's or a list's name, capitalised words and its number after
# "the" (in the sentence, not opening it)
_NAMED_RUN_BEFORE_RE = re.compile(r"(?<![\w\-])the[ \t]+(?P<run>(?:[A-Z][a-z]+[ \t]+){1,3})$")


# the number itself, with no qualifier before it, and a word in lower case right after it: "500 companies"
_NOUN_RIGHT_AFTER_RE = re.compile(r"\d{1,4}[ \t]+[a-z]")


def _ranking_name(text: str, start: int, raw: str) -> bool:
    """Whether a number in digits ends a name of capitalised words after "the" that names no place and no people
    ("the Fortune Global 500 companies"): the ranking's name, no count of what follows."""
    m = _NAMED_RUN_BEFORE_RE.search(text, max(0, start - 50), start)
    if m is None or not re.fullmatch(r"\d{1,4}", raw) or not _NOUN_RIGHT_AFTER_RE.match(text, start):
        return False  # not "passed the House 406–3": a tally; nor "the Yanshan Mountains some 30 kilometres"
    words = m.group("run").split()
    # "the March 3 meeting", "the Uyghur 12", "the Xinjiang 300": no ranking's name
    return not any(w in MONTH_NAMES or w.lower() in t.ETHNONYMS or t.fold(w) in t.gazetteer_index() for w in words)


def _number_in_a_name(text: str, start: int, end: int, raw: str, ranged: bool) -> bool:
    """Whether a number is a word of a name ("the three forces", "Four Corners", the three "evil forces"), no
    count (``raw``: the number as written, stripped; ``ranged``: whether it ends a range)."""
    quoted_term = (  # a range in quotation marks counts ('"two or three tiers down"')
        not ranged and _number_word(raw) and _quoted_term(text, start, end)
    )
    if quoted_term or (
        _QUOTED_NAME_BEFORE.search(text, max(0, start - 6), start) and _QUOTED_NAME_AFTER.match(text, end)
    ):
        return True  # blamed "the three forces", flagged "four categories personnel": a name, no count
    if _number_word_in_a_name(text, start, end, raw):
        return True  # "spoke to Four Corners", "near the Three Gorges": a name in prose, no count
    if _ranking_name(text, start, raw):
        return True  # "listed among the Fortune Global 500 companies": a ranking's name, no count of companies
    named = _THE_BEFORE_RE.search(text, max(0, start - 6), start) and _QUOTED_BEFORE_NOUN_RE.match(text, end)
    # the three "evil forces": a name the quotation marks hold (not "the 380 … facilities")
    return bool(named and not any(c.isdigit() for c in raw))


def _english_unit(
    text: str,
    span: tuple[int, int, int],
    aged: bool,
    people: bool,
    label: str | None,
    figures: list[Figure],
    layout: str | None,
    raw: str,
) -> str:
    """What a figure counts (``span``: where its range's low end, or the figure, starts, where the figure starts
    and where it ends; ``raw``: the number as written, stripped): an age's years, a currency before it, the words
    after it, a density's area, a label's or a fact line's words, votes of a tally, or the people of the sentence."""
    low_start, start, end = span
    unit = "years old" if aged else _currency_before(text, low_start) or _unit_of(text, end, figures)
    if per_area := _PER_AREA_RE.match(text, end):
        unit = f"per {per_area.group(0).lstrip('/ ')}"  # "58/km2": a density, counted per its area
    if not unit or _SHARE_APPOSED_RE.match(text, end):  # "Uyghurs: 11.6 million, or 45%": no list of shares
        unit = _label_unit(text, low_start, end) or _fact_line_unit(text, low_start, end, layout or text) or unit
    if label and (not unit or _LABEL_FIGURE_END_RE.match(layout or text, end)):
        unit = label.lower()  # "Total498,587" on a line of its own: what the glued label says the figure is
    tally = not unit and _TALLY.search(text[max(0, start - 40) : start]) is not None
    tally = tally or _vote_side(text, start, end)
    if tally or (not _plural_noun(unit) and _dash_tally(text, start, end)):
        unit = "votes"  # "passed 62-37 last week": the words after a tally's side are no unit of it
    if people and raw.lower() not in ("a", "an", "one") and not _plural_noun(unit):
        unit = "people"  # "five of them were charged" after "30 villagers" keeps "villagers"
    return unit


def _english_qualifier(qual: str | None, ranged: bool, text: str, end: int) -> str | None:
    """A figure's qualifier as written before it ("about", "more than"), "between" for a range, or the one an
    approximating word after it says ("40-odd", "200-plus", "500+ workers")."""
    q = re.sub(r"\s+", " ", qual).lower() if qual else None
    if q is None and ranged:
        q = "between"
    approximate = APPROXIMATE_AFTER.match(text, end)
    if q is None and approximate:
        q = _APPROXIMATE_QUALIFIERS[approximate.group(0).lstrip("-").lower()]
    return q


def _english_figures_completed(
    figures: list[Figure], text: str, skip: list[tuple[int, int]], layout: str | None
) -> list[Figure]:
    """The figures read one by one, completed by what the page says of them together: a range's unit, a table's
    column heads, a tally's bracketed sides, number words and "one"s after counts, single spans of time and
    decades of age; in the page's order."""
    figures = _from_takes_the_to_unit(figures, text)
    figures = _under_column_heads(figures, _spaced_table_heads(text if layout is None else layout))
    figures += _bracketed_tally_sides(text, figures) + _recorded_vote_sides(text, skip)
    found = figures + _lone_number_words(text, skip, figures)
    found += _ones_after_counts(text, skip, found)
    found += _one_spans_of_time(text, skip, found)
    return sorted(found + _decade_ages(text, skip, found), key=lambda f: f.start)


def english_figures(text: str, skip: list[tuple[int, int]], layout: str | None = None) -> list[Figure]:
    """Every figure in ``text`` outside the ``skip`` spans (dates, codes), with its qualifier and unit;
    ``layout``: the page as written, of the same length, whose line breaks lay out its tables."""
    figures: list[Figure] = []
    skip = skip + _english_apparatus_spans(text)
    previous_ref_end = -10
    for m in _ranges_and_numbers(NUMBER_RE, ONE_NUMBER_RE, text, _a_range):
        start, end = m.span()
        if any(s < end and start < e for s, e in skip):
            continue
        label = _glued_label(text, layout or text, start)
        if label == "":
            continue  # "abc1,234": a figure glued inside a line's words is no label's value
        before = text[max(0, start - 25) : start]
        prev_word = re.search(r"([A-Za-z]+)\.?:?\s*$", before)  # "Registration Number: 1189798", a label's colon
        aged = (
            _AGED_BEFORE.search(before)
            or (_SUPERLATIVE_AGE_BEFORE.search(before) and _AGE_CLAUSE_END.match(text, end))
            or _told_age(text, before, end, m.group(0))
            or _age_bound(text, before, start, end)
        )
        opens_sentence = m.group(0)[:1].isupper()  # "… 17 articles. Between 600 and 700 journalists …"
        if (
            prev_word
            and prev_word.group(1).lower() in REFERENCE_WORDS
            and "\t" not in prev_word.group(0)  # "one leaked document<TAB>20%": a table's cells, no reference
            and not _ordinary_ground(prev_word.group(1), text, end)
            and not (m.group("qual") or aged or opens_sentence)
        ):
            previous_ref_end = end
            continue
        if _label_or_code_number(text, before, start, end, m.group(0)):
            continue
        if start - previous_ref_end < 30 and _goes_on_with_references(text, previous_ref_end, start, end):
            previous_ref_end = end  # "Nos 2, 9, 14 and 20", "paragraphs 41 (a) and (b) and 46"
            continue
        if _numbered_paragraph(text, before, end, m.group(0)):
            continue  # a numbered paragraph or a footnote
        age = aged or _AGE_AFTER.match(text, end)
        lasting = None if age else _DURATION_JOINED.match(text, end)
        if lasting and not _duration_counts(m.group(0)):
            continue  # "a one-day drop", "the Five-Year Plan": no count
        if _share_rank_or_rate(text, before, start, end, m.group(0), layout):
            continue
        qual = m.group("qual")
        ends = _range_ends(m)
        low: float | None = None
        high: float | None = None
        if ends is not None:
            low, high = ends
            value, raw = ends[1], str(_range_group(m, "high"))
        else:
            raw = m.group("num")
            parsed = parse_number(raw)
            if parsed is None:
                continue
            value = parsed
        raw_stripped = raw.strip()
        if _number_in_a_name(text, start, end, raw_stripped, ends is not None):
            continue
        if lasting:
            figures.append(Figure(start, end, value, low, high, None, lasting.group("unit") + "s", m.group(0)))
            continue
        people = _people_acted_on(text, start, end) or _people_in_a_group(before, text, end)
        if (raw_stripped.lower() in ("a", "an") or _number_word(raw_stripped)) and not (people or age):
            unit = _unit_of(text, end, figures)
            plural = _plural_noun(unit)
            word = raw_stripped.lower()
            counted = _counted_one(word, m.group("qual"), before, text, end) if word == "one" else plural
            if not unit or word in ("a", "an") or not counted:
                continue  # "four fashion groups" counts; "one of", "a man" do not; "only one shipment" does
        after = text[end : end + 30]
        if _is_year(raw, value, after, before) or _earlier_year(text, start, raw, value, after):
            continue
        if _year_after_its_part(text, start, raw, value):
            continue
        low_start = m.start("low") if ends is not None and m.group("low") else start
        span = (low_start, start, end)
        unit = _english_unit(text, span, bool(age), people, label, figures, layout, raw_stripped)
        q = _english_qualifier(qual, ends is not None, text, end)
        figures.append(
            Figure(start=start, end=end, value=value, low=low, high=high, qualifier=q, unit=unit, text=m.group(0))
        )
    return _english_figures_completed(figures, text, skip, layout)


# a cell of a table laid out with spaces: words one space apart, cells two or more (or a tab)
# (or a bar between spaces: "Uyghur | 164,860 | 92.3%", a table copied with its rules)
_SPACED_CELL = re.compile(r"(?:[^ \t\r\n|]|\|(?! ))+(?: (?:[^ \t\r\n|]|\|(?! ))+)*")
# a number cell of such a table, its figure's qualifier in the cell too ("up to 6,000", "about 9,000")
_QUALIFIED_NUMBER_CELL = re.compile(rf"(?:(?:{_QUAL_RE})[ \t]+)?\d[\d,.]*%?", re.IGNORECASE)
_ROW_NUMBER_HEADS = {"#", "no", "no.", "nr", "rank", "item", "s/n"}
# a column whose head names a rank, a level or a stage holds labels, no counts ("Supplier | Tier | Province",
# "Site | Security level | Opened", "Phase")
_RANK_HEADS = {"tier", "level", "grade", "phase", "stage", "priority", "category", "class", "ranking"}
# a column whose head names a code or an identifier holds labels, no counts ("HS code", "Bill no.", "Case ID",
# "Ref.": a customs' tariff code, a bill of lading's or a case's number)
_CODE_HEADS = {"code", "codes", "id", "no.", "no", "nr", "ref", "ref.", "reference", "symbol"}


def _labels_column_head(head: str) -> bool:
    """Whether a column's head says its cells are labels: its last word a code's or a rank's, but no rank that
    "of" puts after the head's noun ("Percent of Class", "Share of Category": a figure's share of it)."""
    low = head.lower()
    last = low.rpartition(" ")[2]
    return last in _CODE_HEADS or (last in _RANK_HEADS and re.search(r"\bof[ \t]+\S+$", low) is None)


def _row_numbers(rows: list[list[tuple[int, str]]], column: int) -> bool:
    """Whether a column holds the rows' own numbers, 1, 2, 3 … down the table."""
    return [r[column][1] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]


def _spaced_table_heads(text: str) -> dict[int, str | None]:
    """Where the number cells of a table laid out with spaces start, and what their column's head names
    ("Footprint (m²)", "Est. capacity"); None for a column of row numbers ("#", or 1, 2, 3 … down the
    rows), which count nothing. A head line has three or more cells and no digit; a row as many cells."""
    heads: dict[int, str | None] = {}
    columns: list[str] = []
    rows: list[list[tuple[int, str]]] = []
    by_year: list[bool] = []  # the columns whose head is a year or a financial year

    def close() -> None:
        numbering = {
            i
            for i, head in enumerate(columns)
            if head.lower() in _ROW_NUMBER_HEADS
            or _labels_column_head(head)
            or (i == 0 and len(rows) > 1 and _row_numbers(rows, i))
        }
        for i, head in enumerate(_heads_with_their_noun(columns, rows, numbering)):
            cells = (r for r in rows if _QUALIFIED_NUMBER_CELL.fullmatch(r[i][1]))
            yearly = i < len(by_year) and by_year[i]
            for r in cells:
                heads[r[i][0]] = None if i in numbering else _row_label_counts(r, head) if yearly else head

    pos, title, second_column = 0, "", 0
    for line in text.splitlines(keepends=True):
        cells = [(pos + c.start(), c.group(0)) for c in _SPACED_CELL.finditer(line)]
        line_start, pos = pos, pos + len(line)
        if columns and len(cells) == len(columns) and any(_QUALIFIED_NUMBER_CELL.fullmatch(w) for _, w in cells):
            rows.append(cells)
            second_column = cells[1][0] - line_start if len(cells) > 1 else 0
            continue
        if rows and len(cells) < len(columns) and _hanging_indent(line, cells, second_column):
            continue  # a row's last cell wrapped under itself (a docket's entry over lines): the table goes on
        close()
        words = _with_blank_label_head(line, [w for _, w in cells])
        spaced = len(words) >= 3 and not any(re.search(r"\d", _without_head_year(w)) for w in words)
        columns, rows = (words if spaced else _year_heads(words, title)), []
        by_year = [bool(_YEAR_HEAD.fullmatch(w)) for w in words] if columns and not spaced else []
        title = _table_title(line) if line.strip() else title
    close()
    return heads


# the year that dates a head's figures: in brackets ("Population (2020)"), or after the head's words, a span or
# after "in", "by" or "since" ("Built 2017–18", "Demolished by 2023"); a cell that is only a year is no such head
_YEAR_AFTER_HEAD = r"(?<=[A-Za-z])[ \t]+(?:(?:in|by|since)[ \t]+)?(?:1[89]|20)\d\d(?:[/\-–](?:\d\d){1,2})?(?![\w%])"
_HEAD_YEAR = re.compile(rf"[ \t]*\((?:19|20)\d\d\)|{_YEAR_AFTER_HEAD}")
_YEAR_AFTER_HEAD_RE = re.compile(_YEAR_AFTER_HEAD)


def _hanging_indent(line: str, cells: list[tuple[int, str]], second_column: int) -> bool:
    """Whether a line goes on with a table's row above it: fewer cells than the table, indented at least to its
    second column (``second_column``: where that column starts in its row's line), as a docket's entry wraps
    ("11/07/2022   1   COMPLAINT against …" over "                 (Filing fee $ 402 …)")."""
    indent = len(line) - len(line.lstrip(" \t"))
    return bool(cells) and second_column > 0 and indent >= second_column


def _without_head_year(head: str) -> str:
    """A column's head without the year that dates its figures ("Population (2020)", "Built 2017–18")."""
    return _HEAD_YEAR.sub("", head)


def _a_count_column(head: str, cells: list[str]) -> bool:
    head = _YEAR_AFTER_HEAD_RE.sub("", head)  # "Built 2017–18": its year dates the count
    if not head or re.search(r"[(\d%]", head):
        return False
    numbers = [c.split()[-1] for c in cells if _QUALIFIED_NUMBER_CELL.fullmatch(c)]  # "up to 6,000": its figure
    return bool(numbers) and all(re.fullmatch(r"[\d,]+", c) and not _YEAR_CELL.fullmatch(c) for c in numbers)


# "Population by county (census figures)": a table's title, the line above its heads, alone on its line
_TABLE_TITLE = re.compile(r"[ \t]*(?P<title>[A-Z][^\t\n]{2,80}?)[ \t]*(?:\([^()\n]*\))?[ \t]*\n?")
_YEAR_CELL = re.compile(r"(?:1[89]|20)\d\d")


def _table_title(line: str) -> str:
    """The words of a line that may title the table under it: one cell, no full stop at its end; "" if none."""
    m = _TABLE_TITLE.fullmatch(line)
    if m is None or re.search(r"[ ]{2}|[.:;]$", m.group("title")):
        return ""
    return m.group("title")


# a column's head that is a year or a financial year: "2020", "2022/23", "2023-24", "2022/2023"
_YEAR_HEAD = re.compile(rf"{_YEAR_CELL.pattern}(?:[/\-–](?:\d\d){{1,2}})?")


def _year_heads(words: list[str], title: str) -> list[str]:
    """A table's heads where some columns are years ("County  2010  2020  Change", "KPI | 2022/23 | 2023/24"):
    the cells under a year count what the table's title names ("Resident population of four counties");
    [] for no such line."""
    years = [w for w in words if _YEAR_HEAD.fullmatch(w)]
    others = [w for w in words if not _YEAR_HEAD.fullmatch(w)]
    if len(words) < 3 or len(years) < 2 or not others or any(re.search(r"\d", w) for w in others):
        return []
    return [title if _YEAR_HEAD.fullmatch(w) else w for w in words]


def _with_blank_label_head(line: str, words: list[str]) -> list[str]:
    """A head line's cells, with the blank head of the rows' labels first where the line is indented and holds
    only years ("                 2021/22     2022/23" over "Audits completed    231    268"): a report's table
    of measures by year leaves the labels' column without a head."""
    indented = re.match(r"[ \t]{2,}\S", line) is not None
    if indented and len(words) >= 2 and all(_YEAR_HEAD.fullmatch(w) for w in words):
        return ["", *words]
    return words


def _row_label_counts(row: list[tuple[int, str]], head: str) -> str:
    """What a cell under a year counts: its row's label where that names things counted ("Sites audited",
    "Workers reached"), a table of measures one a row; else the table's title (a row of a county)."""
    label = row[0][1]
    if _QUALIFIED_NUMBER_CELL.fullmatch(label) or not any(_plural_noun(w) for w in label.split()[:4]):
        return head
    return label


def _heads_with_their_noun(columns: list[str], rows: list[list[tuple[int, str]]], numbering: set[int]) -> list[str]:
    """Heads of count columns that name no counted thing ("Higher security", "New construction") beside one
    that does ("Sites examined"): they count the same things, named after them ("Higher security (sites)").
    A column of row numbers or of years, and a measure with its unit in brackets ("Area (m²)"), count none."""
    counts = [
        i for i, head in enumerate(columns) if i not in numbering and _a_count_column(head, [r[i][1] for r in rows])
    ]
    noun = next((w.lower() for i in counts for w in columns[i].split()[:3] if _plural_noun(w)), "")
    if not noun:
        return columns
    return [f"{h} ({noun})" if i in counts and h and not _plural_noun(h) else h for i, h in enumerate(columns)]


def _under_column_heads(figures: list[Figure], heads: dict[int, str | None]) -> list[Figure]:
    """A table's number cells count what their column's head names; its row numbers count nothing."""
    out = []
    for f in figures:
        if f.start in heads:
            head = heads[f.start]
            if head is None:
                continue
            f.unit = _without_head_year(head)  # "Population (2020)": the year dates the count, counts nothing
        out.append(f)
    return out


# "a man in his 50s", "women in their early 30s": an age told by its decade
_DECADE_AGE_RE = re.compile(r"\bin[ \t]+(?:his|her|their)[ \t]+(?:(?:early|mid|late)[ \t\-]?)?(?P<num>[1-9]0)s\b", re.I)


def _decade_ages(text: str, skip: list[tuple[int, int]], found: list[Figure]) -> list[Figure]:
    out = []
    for m in _DECADE_AGE_RE.finditer(text):
        start, end = m.start("num"), m.end()
        if _overlaps(skip, found, start, end):
            continue
        out.append(Figure(start, end, float(m.group("num")), None, None, None, "years old", text[start:end]))
    return out


# "some were as young as four.", "the boy, aged six,": an age in a number word alone, ending its clause
_AGE_WORD = re.compile(
    rf"\b(?:aged|as[ \t]+(?:young|old)[ \t]+as)[ \t]+(?P<num>{_SMALLWORD})(?=[ \t]*[,;.:)]|[ \t]+(?:and|or)\b)", re.I
)


# "four officials and one entity": "one" after a count of things and "and" counts the thing it names (the
# things described by up to three words: "two current and former officials and one entity")
_ONE_AFTER_A_COUNT = re.compile(
    rf"(?<![\w.,])(?:\d[\d,]*|{_SMALLWORD})[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,3}}[a-z][\w\-]*s[ \t]+and[ \t]+"
    r"(?P<num>one)[ \t]+(?P<noun>[a-z][\w\-]*)\b",
    re.IGNORECASE,
)


# "one district and two counties": "one" before a thing and "and" a count of things counts the thing it names
_ONE_BEFORE_A_COUNT = re.compile(
    rf"(?<![\w.,\-])(?P<num>one)[ \t]+(?P<noun>[a-z][\w\-]*)[ \t]+and[ \t]+(?:\d[\d,]*|{_SMALLWORD})[ \t]+"
    r"(?:[a-z][\w\-]*[ \t]+){0,2}[a-z][\w\-]*s\b",
    re.IGNORECASE,
)


_FUNCTION_WORDS = {"of", "in", "to", "at", "by", "for", "or", "and", "the", "who", "that", "which", "is", "was"}
_FUNCTION_WORDS |= {"another", "other", "more"}


def _ones_after_counts(text: str, skip: list[tuple[int, int]], found: list[Figure]) -> list[Figure]:
    out: list[Figure] = []
    for m in (*_ONE_AFTER_A_COUNT.finditer(text), *_ONE_BEFORE_A_COUNT.finditer(text)):
        start, end = m.span("num")
        noun = m.group("noun").lower()
        if noun in _FUNCTION_WORDS or noun in STOP_UNIT or noun in _VERBS or noun in _TERM_ORDER:
            continue  # "one of", "one said"; "three years and one month": the term is counted by its years
        if not _overlaps(skip, [*found, *out], start, end):  # one "one" between two counts is read once
            out.append(Figure(start, end, 1.0, None, None, None, m.group("noun"), m.group("num")))
    return out


def _overlaps(skip: list[tuple[int, int]], found: list[Figure], start: int, end: int) -> bool:
    """Whether ``start``–``end`` overlaps a span to skip or a figure already found."""
    return any(s < end and start < e for s, e in skip) or any(f.start < end and start < f.end for f in found)


# a number word alone that sizes a group of people: "by a team of four.", "a family of six, who"
_GROUP_OF_WORD = re.compile(rf"{_GROUP_NOUNS}(?P<num>{_SMALLWORD})(?=[ \t]*[,;.:)])", re.I)
# a number word alone that a total or a number of things was brought to: "bringing the number of relatives
# detained to three.", "raising the toll to seven, officials said" (what the number is of names what it counts)
_TOTAL_TO_WORD = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|rais(?:e|es|ed|ing)|tak(?:e|es|ing)|took|push(?:es|ed|ing)?)[ \t]+"
    r"(?:the|its|their|his|her)[ \t]+(?:total|number|count|tally|toll)"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?P<noun>[a-z][\w\-]*)[^,.;:\n]{0,60}?)?"
    rf"[ \t]+to[ \t]+(?P<num>{_SMALLWORD})(?=[ \t]*[,;.:)]|[ \t]+(?:and|this|last|so|in|on|since)\b)",
    re.I,
)


# a number word alone opening a clause after a comma, a semicolon or "and (that)", its verb right after it: "Of
# the 14 files, nine name a shipper and five pass through Dubai", "…, and that seven were withdrawn"
_CLAUSE_SUBJECT_WORD = re.compile(
    rf"(?:[,;]|\band(?:[ \t]+that)?|\bwhile|\bbut)[ \t]+(?P<num>{_SMALLWORD})[ \t]+(?P<verb>[a-z]+)\b"
    r"(?![ \t]+(?:of|per|percent)\b)"
)
# the words after such a number that are no verb: a noun it counts, a scale, "more", "times" ("nine times")
_NO_VERB_AFTER = {"more", "times", "million", "billion", "thousand", "hundred", "other", "others", "or", "and", "to"}


def _clause_subject_words(text: str, skip: list[tuple[int, int]], found: list[Figure]) -> list[Figure]:
    """A number word that stands for a part of things counted just before it in its sentence, as a clause's
    subject ("Of the 14 files, nine name a shipper"; "17 applications were refused, and seven were withdrawn"):
    it counts what that figure counts. None without such a figure in the sentence (", two said" in a story)."""
    out = []
    for m in _CLAUSE_SUBJECT_WORD.finditer(text):
        start, end = m.span("num")
        if m.group("verb") in _NO_VERB_AFTER or _plural_noun(m.group("verb")) or _overlaps(skip, found, start, end):
            # ("sentenced to 13 years and six months": the noun it counts, no verb)
            continue
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n\n", 0, start))
        # (the noun that heads the count is among the unit's last words: "export licence applications")
        counted = [f for f in found if sentence_start < f.start < start and _plural_noun(" ".join(f.unit.split()[-3:]))]
        value = parse_number(m.group("num"))
        if counted and value is not None and value < counted[-1].value:
            out.append(Figure(start, end, value, None, None, None, counted[-1].unit, m.group("num")))
    return out


def _lone_number_words(text: str, skip: list[tuple[int, int]], found: list[Figure]) -> list[Figure]:
    """Number words alone that count people acted on ("acquitted two") or in a group ("a team of four") or
    tell an age ("as young as four"), that a total was brought to ("bringing the total to three"), or stand for
    a part of a count before them as a clause's subject."""
    out = _clause_subject_words(text, skip, found)
    # a total's unit is the noun it counts ("bringing the number of detainees to three"), or "total"
    word_patterns = (
        (_ACTED_ON_WORD, "people"),
        (_GROUP_OF_WORD, "people"),
        (_AGE_WORD, "years old"),
        (_TOTAL_TO_WORD, ""),
    )
    for pattern, unit in word_patterns:
        for m in pattern.finditer(text):
            start, end = m.span("num")
            if _overlaps(skip, found, start, end):
                continue
            value = parse_number(m.group("num"))
            if value is not None:
                unit_of = unit or m.group("noun") or "total"
                out.append(Figure(start, end, value, None, None, None, unit_of, m.group("num")))
    return out


# What follows a number that makes it no count: a date or time, a document or list number, a page.
# (and an anniversary, an ordinal: "成立75周年"; a century, "20世纪80年代", "公元10世纪")
_CN_NOT_COUNT_AFTER = re.compile(r"\s*(?:周年|世纪|[日号月年时点分秒页条款项章节期版届]|[、.．](?!\d))")
# (and 几 before a scale, "several" tens or hundreds, an estimate with no figure: "几十人", "几百名")
_CN_NOT_COUNT_BEFORE = re.compile(r"(?:第|〔|\[|【|（|\(|No\.?|编号[：:]?)\s*$|几$|#$")  # "#20931": a record's number
# a report's page number over its pages on a line of its own, as a PDF's running head prints it: "2 / 218", or
# a book's page number between dots or dashes, as a yearbook's or a gazetteer's page prints it: "·286·", "- 12 -"
_PAGE_OF_PAGES_LINE = re.compile(
    r"[ \t\u3000]*(?:\d{1,4}[ \t\u3000]*/[ \t\u3000]*\d{1,4}"
    r"|[·・\-—－][ \t\u3000]*\d{1,4}[ \t\u3000]*[·・\-—－])[ \t\u3000]*"
)
# a place in a ranked list after its size, 强 right after the number: "世界500强", "百强县" (the top 500, the top
# hundred), not 强 opening a word of its own ("3强制" is no such shape) nor after a counted noun ("20余人强占")
_RANKING_AFTER = re.compile(r"强(?!制|迫|度|化|调|烈|大|行|奸|拆|硬|势|者|壮|力|加|攻|降|风)")


# a forum's header over a quoted post, the quoted post's author and number after a semicolon: "Post by 某人;2986076"
_QUOTED_POST_BEFORE = re.compile(r"(?:Post|Posted|Originally Posted)[ \t]+by[ \t]+[^\s;]{1,30};$")
# the base an index or a ratio is read against: "以女性为100", "以上年为100" (a statistical bulletin's ratio)
_INDEX_BASE_BEFORE = re.compile(r"以[^，,。；;、\s\d]{1,8}为$")


# a part's number over the parts in a cell a bar sets off, a short label before it or none: a slide's or a page's
# footer after the issuer's name ("某某办公室  |  3 / 9"), an attachment's place in a record's banner ("条目 #12  |
# 附件 2 / 3  |  语言：中文")
_PART_OF_PARTS_CELL = re.compile(
    r"(?:^|[|｜])[ \t\u3000]*(?:[\u4e00-\u9fffA-Za-z]{1,6}[ \t\u3000]*)?\d{1,4}[ \t\u3000]*/[ \t\u3000]*\d{1,4}"
    r"[ \t\u3000]*(?=[|｜]|$)"
)
# a line framed by rules, a slide's or a page's separator as a deck or a document is exported as text: "=====
# 幻灯片 3 =====", "------ 第2页 ------", "*** Slide 4 ***"
_RULED_SEPARATOR_LINE = re.compile(r"[ \t\u3000]*([=\-—─*_~#])\1{2,}[^\n]{0,16}?[=\-—─*_~#]{3,}[ \t\u3000]*")


def _page_of_pages(text: str, m: re.Match[str]) -> bool:
    """Whether a number stands on a line holding nothing but a page's number over the pages ("2 / 218") or
    between dots or dashes ("·286·"), in a cell of a part's number over the parts ("|  3 / 9"), or on a
    separator line framed by rules ("===== 幻灯片 3 =====")."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    if _PAGE_OF_PAGES_LINE.fullmatch(text, start, end):
        return True
    if _RULED_SEPARATOR_LINE.fullmatch(text, start, end):
        return not m.group("unit")  # "*** 12人获救 ***": a headline between rules counts what it names
    line = text[start:end]
    if _TABLE_ROW_LINE.fullmatch(line):
        return False  # "| 一班 | 23 / 21 |": a table's row, whose cells hold its figures
    at = m.start("num") - start
    return any(c.start() <= at < c.end() and _part_within_parts(c.group(0)) for c in _PART_OF_PARTS_CELL.finditer(line))


# a row of a table drawn with bars, framed by them at both ends: "| 一班 | 23 / 21 |"
_TABLE_ROW_LINE = re.compile(r"[ \t\u3000]*[|｜].*[|｜][ \t\u3000]*")


def _part_within_parts(cell: str) -> bool:
    """Whether a cell's "n / m" can be a part's number over the parts: n no more than m ("3 / 9", not "25 / 20")."""
    part, whole = (int(d) for d in re.findall(r"\d+", cell)[-2:])
    return part <= whole


# an attachment's or an appendix's number after its label, no measure word after it: "附件3 信封照片", "附表2"
_ATTACHMENT_LABEL_BEFORE = re.compile(r"(?:附件|附表|附图|附录)[ \t\u3000]*$")
_ATTACHMENTS_COUNTED_AFTER = re.compile(r"[ \t\u3000]*[份个张页件]")
# a contents line's page number at the line's end after its dot leaders, an entry's author between them or not:
# "从陌生到亲人…………………………陈某某  21", "第二章　管理制度……………… 15"
# (leaders of three ellipses or more: two are prose's ellipsis, "村民们说……今年新增了 12")
_CN_CONTENTS_PAGE_BEFORE = re.compile(r"(?:…{3,}|[.．·]{4,})[^\n\d…．.]{0,12}$")  # "·" in a dotted name
_CN_LINE_END = re.compile(r"[ \t\u3000]*(?:\n|$)")
# a remedy's time limit in a ruling's or a reply's boilerplate, the remedy after it in the same clause: "可以自收到
# 本答复书之日起六十日内向某某申请行政复议", "在六个月内向某某人民法院提起行政诉讼" (the law's terms, no claim);
# a period a comma closes is a statement's ("三年内，法院共受理120件上诉案件": the years the figures are of)
_REMEDY_LIMIT_AFTER = re.compile(
    r"(?:个月|日|天|年)(?:内|以内)[^。；;！？，,\n]{0,30}?(?:申请(?:行政)?复议|提起(?:行政)?诉讼|提出上诉|上诉|申诉)"
)


def _numbered_attachment(text: str, m: re.Match[str]) -> bool:
    """ "附件3 信封照片": an attachment's number after its label, not a count of attachments ("附件3份")."""
    labelled = _ATTACHMENT_LABEL_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None
    return labelled and not m.group("unit") and not _ATTACHMENTS_COUNTED_AFTER.match(text, m.end("num"))


def _cn_contents_page(text: str, m: re.Match[str]) -> bool:
    """A page number closing a contents line after its dot leaders (and the entry's author)."""
    leaders = _CN_CONTENTS_PAGE_BEFORE.search(text, max(0, m.start() - 20), m.start()) is not None
    return leaders and not m.group("unit") and _CN_LINE_END.match(text, m.end("num")) is not None


def _remedy_time_limit(text: str, m: re.Match[str]) -> bool:
    """The days or months within which a remedy may be sought, in the boilerplate that closes a ruling or a
    reply ("六十日内…申请行政复议", "六个月内…提起行政诉讼")."""
    return _REMEDY_LIMIT_AFTER.match(text, m.end("num")) is not None


# a telephone, fax or postal number after its label or its area code, or after the verb of dialling it ("拨打110",
# "拨打一一0": the police's number, written out or not); an account's, card's or staff member's number after its
# label and a colon or space ("QQ群：614002733", not the count in "冻结账号312个"), and a registration's, filing's
# or licence's number after its label ("注册号：653224000012345"), and a site's or a record's code ("网站标识码：
# 6532000001", "纳税人识别码：…"), and the number of a site's filing after the filing's own ("新ICP备12003456号-2")
_PHONE_LABELS = "电话|热线|传真|手机|分机号?"  # a telephone's, a fax's or an extension's label
_CN_CONTACT_BEFORE = re.compile(
    rf"(?:(?:{_PHONE_LABELS}|邮编|邮政编码|区号|代码|号码|身份证号|证件号|护照号|文章编号|刊号|ISSN)[：:\s|｜]*"
    # (an account's number in groups set apart by one space: "账号：3002 0241 0920 0012 345")
    # (a waybill's or an order's number, its carrier's letters first: "运单号：SF1308 2264 9571 0")
    r"|(?:QQ群?|QQ号|微信号|[账帐]号|卡号|学号|工号|[运订]?单号|注册号|登记号|备案号|许可证号|许可证|标识码|识别码)[：:\s]+)"
    r"(?:[A-Z]{1,4})?(?:[\d\-—]|(?<=\d) )*$|\d[\-—]$|(?:拨打|拨通|致电)[\d一二三四五六七八九〇零○]*$"
    r"|(?:ICP|公网安)备\d+号[\-—]$"
)
# how far back from a number its contact line's label may stand: a bank account's nineteen digits in groups of four
# ("账号：3002 0241 0920 0012 345": the last group a number of its own) reach further than a telephone's
_CONTACT_REACH = 32
# a web page's counter of views, reads, clicks or likes before its figure: "浏览次数：1526", "阅读 2156　在看 12",
# "人气 3" (a news site's popularity counter under the headline), "围观 12,603次" (an auction's or a live page's
# onlookers); an account's count of its posts or likes
# after another counter on its profile line: "粉丝 12.6万　关注 328　微博 4210", "关注 12　获赞 3.1万"
_PAGE_COUNTER_BEFORE = re.compile(
    r"(?:(?:浏览|阅读|点击|访问|编辑|下载|播放|被引)(?:次数|量|数)[：:\s]*"
    r"|(?:浏览|阅读|点击|点阅|围观|在看|点赞|分享|收藏|转发|评论|关注者|被浏览|好问题|赞同|人气|人氣|回复|关注|粉丝|帖子|跟帖|主题)[：:\s]+"
    r"|(?<=[\d万][ \t\u3000])(?:微博|博文|动态|作品|获赞)[：:\s]+"
    # a forum's counters, the thread's views and the poster's points beside its posts: "查看: 18,426 | 回复: 213",
    # "积分 2,341　帖子 412"
    r"|查看[：:][ \t]*|(?:积分|威望|金钱)[：:\s]+"
    # a service's or a shop's rating of itself beside its reviews: "办事评价（共12条）　好评率：91.7%"
    r"|好评率[：:\s]*)$"
)
# a WeChat article's collection tags over its title, each with the count of articles in it: "收录于合集
# #乡村振兴 30个 #民族团结 12个" (the account's counters, no claim of the article)
_COLLECTION_LINE_BEFORE = re.compile(r"(?:收录于|所属)(?:合集|话题)[^\n]*#[^#\n]{1,20}[ \t\u3000]*$")
# a Q&A or forum page's counter named after its figure: "1,926 人赞同了该回答", "214 条评论", "查看全部 468 个回答";
# a channel's or an account's count of its subscribers under its name: "频道 · 3,418 位订阅者", "1.2万 订阅者"
_PAGE_COUNTER_AFTER = re.compile(
    r"[ \t\u3000]*(?:人赞同了该|人(?:关注|收藏|喜欢)了?该|条(?:评论|回复)|个回答|次(?:浏览|播放)|位?订阅者|人订阅)"
)
# a liking counter written with 赞 alone after a separator: "转发 56　|　评论 12　|　赞 301"
_LIKES_BEFORE = re.compile(r"(?:^|[\s|｜])赞[：:\s]+$")
# a post's month and day before its clock time: "12-24 11:02 来自 iPhone"
_MONTH_DAY_CLOCK_RE = re.compile(r"(?<![\d\-])\d{1,2}-\d{1,2}[ \t\u3000]+\d{1,2}[:：]\d{2}(?!\d)")
# a device's or product's model: a Latin name, a space and its number ("iPhone 13", "Mate 40 Pro")
_MODEL_NAME_BEFORE = re.compile(r"[A-Za-z]{2,}[ \t]$")
_MODEL_NUMBER_AFTER = re.compile(r"(?:[ \t]+[A-Za-z]|[ \t\u3000]*$|[ \t\u3000]*\n)")
# a postcode closing an address: "新疆　乌鲁木齐　830046；" (six digits after a space, before the address's end)
_POSTCODE_RE = re.compile(r"(?<=[\u4e00-\u9fff][ \t\u3000])\d{6}(?=[；;）)]|[ \t\u3000]*(?:\n|$))")
# a postcode opening an address, right before its city or county, or after a space before its province or region
# and the city: "11605台北市文山区…", "830000乌鲁木齐市…", "地址 830011 新疆维吾尔自治区乌鲁木齐市…" (a patent's)
_POSTCODE_BEFORE_PLACE_RE = re.compile(
    r"(?<![\d\-])\d{3,6}(?=[ \t\u3000]?(?:[\u4e00-\u9fff]{2,7}(?:省|自治区))?[\u4e00-\u9fff]{2,4}[市县区]"
    r"(?:[\u4e00-\u9fff]{1,4}[区县镇乡])?[\u4e00-\u9fff]{0,8}?(?:路|街|大道|巷))"
)
# the heading of a platform's ranked list of topics, whose rows end in a heat figure: "微博热搜", "热榜"
_RANKED_LIST_WORDS = "热搜|热榜|热议榜|热门话题|排行榜"
_RANKED_LIST_HEADING_RE = re.compile(rf"(?m)^[^\n]{{0,10}}(?:{_RANKED_LIST_WORDS})[^\n]{{0,6}}$")
# a ranked list written on its heading's line, each topic after its rank: "贴吧热议榜　1 某话题　2 某话题"
_RANK_ON_HEADING_LINE_RE = re.compile(rf"[^\n]{{0,10}}?(?:{_RANKED_LIST_WORDS})[^\n]*[ \t\u3000]")
_RANKED_ROW_RE = re.compile(r"(?m)^[ \t\u3000]*\d{1,2}[ \t\u3000]+[^\n]+?[ \t\u3000]+$")


def _social_post_furniture(text: str, m: re.Match[str]) -> bool:
    """A number of a social post's furniture rather than of its text: a liking counter ("赞 301"), the month and
    day before the post's time ("12-24 11:02"), the model of the device it was sent from ("iPhone 13"), or the
    heat figure that ends a row of a ranked list of topics under its heading ("微博热搜" … "2　某话题　301万")."""
    start, end = m.start("num"), m.end("num")
    if _LIKES_BEFORE.search(text, max(0, start - 6), start):
        return True
    if any(c.start() <= start < c.end() for c in _MONTH_DAY_CLOCK_RE.finditer(text, max(0, start - 3), end + 12)):
        return True
    if _MODEL_NAME_BEFORE.search(text, max(0, start - 12), start) and not m.group("unit"):
        return _MODEL_NUMBER_AFTER.match(text, end) is not None
    return _heat_of_ranked_row(text, m) or _rank_on_heading_line(text, m)


def _rank_on_heading_line(text: str, m: re.Match[str]) -> bool:
    """A topic's rank in a ranked list written on its heading's line ("贴吧热议榜　1 某话题　2 某话题"): a bare
    figure after a space, a space after it."""
    line_start = text.rfind("\n", 0, m.start("num")) + 1
    if m.group("unit") or text[m.end("num") : m.end("num") + 1] not in (" ", "\u3000"):
        return False
    return _RANK_ON_HEADING_LINE_RE.fullmatch(text, line_start, m.start("num")) is not None


def _heat_of_ranked_row(text: str, m: re.Match[str]) -> bool:
    """The figure ending a numbered row of a ranked list of topics whose heading stands a few rows above."""
    line_start = text.rfind("\n", 0, m.start("num")) + 1
    line_end = text.find("\n", m.end())
    rest = text[m.end() : line_end if line_end >= 0 else len(text)]
    if rest.strip() or not _RANKED_ROW_RE.match(text, line_start, m.start("num")):
        return False
    return _RANKED_LIST_HEADING_RE.search(text, max(0, line_start - 240), line_start) is not None


# a code of three or more groups of digits joined by hyphens: an article's number "03-0045-09"
_HYPHEN_CHAIN_RE = re.compile(r"(?<![\d\-])\d+(?:-\d+){2,}(?![\d\-])")
# a reference's year, then the volume before its issue in brackets: "2019，7(12)", "2020，41(6)：88-95"
_YEAR_BEFORE_VOLUME = re.compile(r"(?:1[89]|20)\d{2}[，,][ \t]*$")
_ISSUE_AFTER_VOLUME = re.compile(r"[(（]\d{1,3}[)）]")


def _code_or_volume(text: str, m: re.Match[str]) -> bool:
    """Digits of a reference's apparatus: a part of a code of hyphen-joined digit groups ("1002-8978（2021）
    03-0045-09"), or a journal's volume between the year and the issue ("2019，7(12)")."""
    start, end = m.start("num"), m.end("num")
    if any(c.start() <= start < c.end() for c in _HYPHEN_CHAIN_RE.finditer(text, max(0, start - 16), end + 16)):
        return True
    return bool(_YEAR_BEFORE_VOLUME.search(text, max(0, start - 6), start)) and bool(
        _ISSUE_AFTER_VOLUME.match(text, end)
    )


def _postcode_in_address(text: str, m: re.Match[str]) -> bool:
    """Six digits with no unit after a place and a space, at the end of an address, or three to six right before
    the city an address opens with: a postcode."""
    at = m.start("num")
    postcode = _POSTCODE_RE.match(text, at) or _POSTCODE_BEFORE_PLACE_RE.match(text, at)
    return not m.group("unit") and postcode is not None


# a bus's, a tram's or a metro line's number, alone or in a list before the vehicle: "转乘棕6、棕18、236公车",
# "乘坐3路公交车", "5路电车", "地铁2号线"
_ROUTE_AFTER_RE = re.compile(
    r"(?:[、,，和或][\u4e00-\u9fff]?\d{1,4})*(?:路|号线)?(?:公车|公交车?|巴士|专线|号线|有轨电车|电车)"
)


def _route_number(text: str, m: re.Match[str]) -> bool:
    """A bus's or a metro line's number, no count."""
    return _ROUTE_AFTER_RE.match(text, m.end("num")) is not None


# a month and a day written with a slash before a space, as a list of events or talks dates its items: "【讲座】
# 11/2 边疆治理", "5/18 开幕" (a fraction is followed by what it is a part of: "1/3的学生")
_SLASHED_DAY_RE = re.compile(
    r"(?:(?<=^)|(?<=[\s】\]）)]))(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?=[ \t\u3000])", re.M
)


def _slashed_day(text: str, m: re.Match[str]) -> bool:
    """A month and a day written with a slash ("11/2 "), no count."""
    at = m.start("num")
    days = _SLASHED_DAY_RE.finditer(text, max(0, at - 3), m.end("num") + 3)
    return any(d.start() <= at < d.end() for d in days)


# a social post's counter after its figure, as the platform capitalises it: "312 Reposts", "1.2K Likes", "48.2K Views"
_POST_COUNTER_AFTER = re.compile(
    r"[KM]?[ \t]+(?:Reposts?|Retweets?|Quotes|Quote[ \t]Tweets?|Likes?|Bookmarks?|Views)\b"
)


# a reaction's counter after the site's symbol for it: "♥ 38", "❤️ 1.2K", "👍 4" (a like, a heart, a star)
_REACTION_BEFORE = re.compile("[♥❤♡👍★☆⭐][\ufe0f]?[ \t]*$")


# a page's counter of its readers' comments or shares, alone on its line under the article: "42 comments",
# "1.2K shares", "3 replies" (a line that says only that)
_COUNTER_LINE_AFTER = re.compile(
    r"[KM]?[ \t]+(?:[Cc]omments?|[Rr]epl(?:y|ies)|[Ss]hares?|[Uu]pdates?"
    r"|(?:[Ss]earch[ \t]+)?(?:[Rr]esults?|[Mm]atch(?:es)?|[Hh]its)(?:[ \t]+found)?(?:[ \t]+for[ \t][^\n.]{1,80})?)"
    r"[ \t]*(?:\n|$)"
)
# a search page's counter after the span of results it shows: "Showing 1–10 of 17 results"
_SHOWN_OF_BEFORE = re.compile(
    r"(?i)^[ \t]*(?:showing|displaying|results)?[ \t]*\d[\d,]*[ \t]*[-–][ \t]*\d[\d,]*[ \t]+of[ \t]+$"
)


def _page_counter(text: str, m: re.Match[str]) -> bool:
    """A page's own counter after its label ("浏览次数：1526", "阅读 3.2万"); not a figure a sentence reports with
    a qualifier between them ("阅读量达96.4万人次", "访问量超过300万人次": the reads of a year, a claim)."""
    if m.group("qual"):
        return False
    before = text[max(0, m.start() - 8) : m.start()]
    return _PAGE_COUNTER_BEFORE.search(before) is not None or (
        not m.group("unit") and _RECORD_FIELD_BEFORE.search(before) is not None
    )


# an academic database's record of a paper: its downloads, its pages and its file's size, bare figures after their
# labels ("下载：1 284　页数：9　大小：1 216K"); a figure with its measure word is a sentence's ("累计下载：500万次")
_RECORD_FIELD_BEFORE = re.compile(r"(?:下载|页数|大小)[：:]\s*$")


def _counter_line(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is a page's counter standing alone on its line ("42 comments",
    "17 results", "Showing 1–10 of 17 results"), or last on its line after a middle dot or a bar that parts it from
    the page's other labels ("Petition update  ·  3 updates")."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    alone = not before.strip() or before.rstrip().endswith(("·", "|")) or bool(_SHOWN_OF_BEFORE.match(before))
    return alone and bool(_COUNTER_LINE_AFTER.match(text, end))


# a user's handle on a social platform, its digits no figure: "@uyghur_voice_88", "@dilnur_k2020"
_HANDLE_BEFORE_RE = re.compile(r"@[A-Za-z0-9_.]*$")
# ... or the digits closing a user's nickname quoted after the word for a user: 网民“天山之子1990”, 网友“小马2021”
_QUOTED_NICKNAME_BEFORE_RE = re.compile(
    r"(?:网民|网友|用户|账号|帐号|昵称|博主)[：:]?[“\"「『][^”\"」』\n]{1,20}(?<!\d)$"
)
_QUOTE_CLOSES_RE = re.compile(r"[”\"」』]")
# a time ago, a post's age ("3小时前", "2天前", "十分钟前"): a point in time, no count
_TIME_AGO_AFTER_RE = re.compile(r"(?:个)?(?:小时|分钟|天|周|星期|个月|月|年)(?:以)?前")
# a telephone number named after it ("通过12388举报电话反映"): digits with no unit before 电话 or 热线, or
# before the desk that answers it ("某市公安局110指挥中心", "119接警台", "122报警平台")
_CONTACT_AFTER_RE = re.compile(
    r"(?:举报|投诉|服务|咨询|求助)?(?:电话|热线|专线)|报警|接警|指挥(?:中心|调度|室)"
    r"|[\u4e00-\u9fff]{2}(?:热线|专线)"  # "12345市民热线", "12345政务热线": a line's name between
)
# a road's name, then a kilometre mark on it: "G315线2358公里处", "国道314线K1025处"
_ROAD_BEFORE_RE = re.compile(r"(?:线|国道|省道|高速|公路)K?$")
_MARK_AFTER_RE = re.compile(r"(?:公里|千米)?处")
# a day written as eight digits, a year of this or the last century, its month and its day ("20220626")
_COMPACT_DATE_RE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
# a numbered part of a document referred to, "as shown in" or "as set out in" it: "如图1所示", "见表2所列",
# "根据权利要求1所述的方法" (a patent's claim)
# (not the measure word of schools before a word it opens: "3所示范学校", three model schools)
_REFERRED_AFTER_RE = re.compile(r"[ \t]?所(?:述|示(?!范)|列(?!入)|载)")
# the year a class came in or will leave, naming it: "1978级", "2020届"
_COHORT_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# a firm's name closing before a space: a bare number of four digits or more after it, the last figure of its
# line, is its code or its registration's number, as a patent's record writes its agency's ("代理有限公司 65106"); a
# count after a firm names what it counts ("该公司 300人"), and a table's row goes on to its other cells ("某某投资
# 有限公司　2500　25%")
_FIRM_BEFORE_RE = re.compile(r"(?:公司|事务所)[ \t\u3000]+$")
_NO_FIGURE_TO_LINE_END_RE = re.compile(r"[^\d\n]*?(?:[\u4e00-\u9fff]{2,4}[：:]|\n|$)")


def _bare_code(text: str, m: re.Match[str]) -> bool:
    """Whether a number is four digits or more with nothing counted after it and no figure after it on its line,
    before the next label at least ("65106　　代理人：…", a record's lines read as one)."""
    bare = re.fullmatch(r"\d{4,}", m.group("num")) is not None and not m.group("unit")
    return bare and _NO_FIGURE_TO_LINE_END_RE.match(text, m.end("num")) is not None


# a time of day right after bare digits ("1214上午", a page's "12月14日" with its 月 and 日 lost): a date
_TIME_OF_DAY_AFTER_RE = re.compile(rf"(?:{CN_TIMES_OF_DAY}|傍晚)")


# a generation by the decade its people were born in: "70后干部", "「80後」", "95后" (the digits and 后, "after")
_GENERATION_RE = re.compile(r"\d\d[后後](?![天年月日周来])")


# the first months or quarters of a year a figure is reported for: "今年前11个月", "头两个月", "前三季度"
_FIRST_OF_YEAR_AFTER_RE = re.compile(r"(?:个)?(?:月|季度)")


# the months of a term written after its years: "有期徒刑三年六个月", "2年零3个月" (the term counts once, by its
# years)
_TERM_YEARS_BEFORE_RE = re.compile(rf"[\d{''.join(CN_DIGITS)}十]年零?$")


def _months_of_a_term(text: str, m: re.Match[str]) -> bool:
    """The months written after a term's years ("三年六个月"): part of the term, no count of their own."""
    return text.startswith("个月", m.end("num")) and bool(
        _TERM_YEARS_BEFORE_RE.search(text, max(0, m.start() - 3), m.start())
    )


# an amount of money in Chinese numerals: "罚金人民币五千元", "三百美元" (not "一元化", "二元结构", "元旦")
_MONEY_AFTER_RE = re.compile(r"(?:元|美元|欧元|英镑|港元|卢布)(?![化素首帅旦宵论结])")


# a unit of length or area after a number in Chinese numerals: "二十公里", "三百米", "五十亩"
_LENGTH_OR_AREA_AFTER_RE = re.compile(r"(?:平方|立方)?(?:千米|公里|米)|亩|公顷")


def _money_in_numerals(text: str, m: re.Match[str]) -> bool:
    """A number in Chinese numerals composed with 十, 百 or 千 before a currency or a unit of length or area,
    "more than" or "and some" (多, 余, 几) between them or not: an amount of money ("五千元", "两千多元") or a
    distance or an area ("二十公里", "十几公里", "三百多亩")."""
    at = m.end("num") + (text[m.end("num") : m.end("num") + 1] in ("多", "余", "几"))
    measured = _MONEY_AFTER_RE.match(text, at) or _LENGTH_OR_AREA_AFTER_RE.match(text, at)
    return bool(re.search("[十拾百佰千仟]", m.group("num"))) and measured is not None


# a measure word of things or batches after a number in Chinese numerals: "案卷材料四册", "转移就业三批次",
# "手机三部", "车辆五辆" (not 部 opening a word, "三部分", nor 项 and 条, which name a policy by its points: "八项规定")
_MEASURE_WORD_RE = re.compile(r"批次|部(?![分门署队长委落])|[批册本台辆栋套件张间]")
# the measure word of letters, or 条 before a message of any kind, which count them even at two ("写过两封信",
# "发过两条语音"): never an article, as "两本书" may be, nor a policy's points, as "两条底线" are
_MESSAGES_MEASURE_RE = re.compile(r"封|条(?=语音|短信|消息|微信|留言|私信|视频)")
# two papers with what they are after them: "另有两份审批表", "递交了两份材料" (not the copies a form is made in,
# "一式两份，", "副本二份。", which a judgment's or a contract's closing formula gives)
_PAPERS_NAMED_AFTER_RE = re.compile(r"份[\u4e00-\u9fff]")
# a span of time counted in 个 with "and more" after it ("两个多月", "一个多小时", "一个多星期"): a duration, where
# "一个" alone may be an article (but "一个多民族国家" is a country of many peoples, no span)
_MORE_THAN_A_SPAN_RE = re.compile(r"[多余](?:月|小时|钟头|星期|礼拜|学期)")


# an address's next part after a building's number: "五栋二单元", "七栋三层302室"
_ADDRESS_PART_AFTER_RE = re.compile(r"[一二三四五六七八九十\d]+(?:单元|层|楼|室|号)")


# hours as a span, not a time ago or after: "二十四小时以内", "每天四个小时" (not "三小时前")
_HOURS_RE = re.compile(r"个?小时(?![前后])")


def _minutes_in_numerals(text: str, m: re.Match[str]) -> bool:
    """Minutes or hours in Chinese numerals, two or more ("十分钟", "二十分钟", "二十四小时"; not "十分钟前", a time
    ago): a duration, as the same span in digits is, though 十分 alone is the adverb "very"."""
    value = parse_chinese_number(m.group("num"))
    span = _MINUTES_RE.match(text, m.end("num")) or _HOURS_RE.match(text, m.end("num"))
    return value is not None and value >= 2 and span is not None


def _measured_numerals(text: str, m: re.Match[str]) -> bool:
    """A number of three or more in Chinese numerals right before a measure word of things or batches, or of two
    or more before one of letters or messages (see ``_MESSAGES_MEASURE_RE``) or of papers named after it
    (``_PAPERS_NAMED_AFTER_RE``): a count (一 and 两 before other
    measure words are often no more than articles: "一本书", "两条路"), unless the number and its measure open a
    longer word, a name (五台山, 五台县, 三间房), or the measure is a building's number before the next part of an
    address ("五栋二单元")."""
    value = parse_chinese_number(m.group("num"))
    papers = _MESSAGES_MEASURE_RE.match(text, m.end("num")) or _PAPERS_NAMED_AFTER_RE.match(text, m.end("num"))
    if value is not None and value >= 2 and papers:
        return True  # "两封信" reads as one word to the tokenizer, but no name opens with a count of letters
    measure = _MEASURE_WORD_RE.match(text, m.end("num"))
    if value is None or value < 3 or measure is None:
        return False
    if _ADDRESS_PART_AFTER_RE.match(text, measure.end()):
        return False
    [(_s, end, _word, _flag), *_] = Tokens(text[m.start("num") : measure.end() + 4]).words
    return end <= measure.end() - m.start("num")


# a road's number before the kind of road: "315国道", "216省道"
_ROAD_AFTER_RE = re.compile(r"(?:国道|省道|县道|乡道)")
# the kind of road, then its number and 线: "国道314线", "国道G315线"
_ROAD_KIND_BEFORE_RE = re.compile(r"(?:国道|省道|县道|乡道)[GSXY]?$")
# a time zone's offset, its name written right after a Chinese word ("北京时间UTC+8", no word boundary there)
_CN_ZONE_OFFSET_BEFORE = re.compile(_ZONE_OFFSET)


# a patent's class in the international classification: section, class and subclass, a space at most, then the
# group and its subgroup after a slash ("G06K 9/00", "H04N 7/18", "G06Q 50/26(2012.01)")
_PATENT_CLASS_RE = re.compile(r"(?<![A-Za-z0-9])[A-H]\d{2}[A-Z][ \t]?\d{1,4}/\d{2,6}(?!\d)")


def _reference_figure(text: str, m: re.Match[str]) -> bool:
    """Digits that place or label rather than count, as an encyclopaedia's infobox writes them: a part of a
    coordinate in degrees, minutes and seconds ("39°12′05″N"), a time zone's offset ("UTC+8"), a road's number
    ("315国道", "国道314线"); or a patent's class ("G06K 9/00")."""
    start, end = m.start("num"), m.end("num")
    if not m.group("num").isdigit():
        return False
    if any(c.start() <= start < c.end() for c in _PATENT_CLASS_RE.finditer(text, max(0, start - 8), end + 8)):
        return True
    if _ROAD_KIND_BEFORE_RE.search(text, max(0, start - 3), start) and text.startswith("线", end):
        return True
    if _ANGLE_PART_BEFORE.search(text, max(0, start - 8), start) or text.startswith(("°", "′", "'"), end):
        return True
    return bool(_CN_ZONE_OFFSET_BEFORE.search(text, max(0, start - 6), start) or _ROAD_AFTER_RE.match(text, end))


# a round number of people naming a programme: "千人计划", "百万人安居工程", "万人助万企行动"
_PROGRAMME_NUMBER_RE = re.compile(r"(?:十|百|千|万|十万|百万|千万)")
_PROGRAMME_AFTER_RE = re.compile(r"人[\u4e00-\u9fff]{0,2}?(?:计划|工程|行动|项目)")


def _programme_name(text: str, m: re.Match[str]) -> bool:
    """A round number in words with 人 right before a programme's word, one or two characters between at most
    ("百万人安居工程计划", "千人计划"): the programme's name, no count of people."""
    if not _PROGRAMME_NUMBER_RE.fullmatch(m.group("num")):
        return False
    return _PROGRAMME_AFTER_RE.match(text, m.end("num")) is not None


# a campaign's or a programme's name in quotation marks, its numbers part of the name: "“百万警进千万家”活动",
# "“千村示范、万村整治”工程"
_QUOTED_OPEN_BEFORE_RE = re.compile(r"[“「『][^”」』\n]{0,16}$")
_QUOTED_PROGRAMME_AFTER_RE = re.compile(r"[^“”「」『』\n]{0,16}[”」』](?:活动|行动|工程|计划|项目|专项行动|攻坚战)")


def _quoted_programme(text: str, m: re.Match[str]) -> bool:
    """A number inside the quotation marks that name a campaign or a programme, right before its word
    ("“百万警进千万家”活动"): the name's, no count."""
    start, end = m.start("num"), m.end("num")
    return bool(_QUOTED_OPEN_BEFORE_RE.search(text, max(0, start - 16), start)) and bool(
        _QUOTED_PROGRAMME_AFTER_RE.match(text, end)
    )


def _no_count_by_form(text: str, m: re.Match[str]) -> bool:
    """A number a page's form makes no count: the digits of a user's handle or quoted nickname, a post's
    age ("3小时前"), the months of a term after its years ("三年六个月"), the first months of a year a
    figure is reported for ("前11个月"), the three sectors of a statistical term ("三次产业"), a day that
    lost its 月 and 日 before a time of day ("1214上午"), or a telephone number of three or more digits
    written before the word 电话 or 热线 or the desk that answers it (there, or anywhere else the page writes
    it bare), a day written as eight digits ("20220626"), a road's kilometre mark ("G315线2358公里处"), a
    generation by its decade of birth ("70后"), or a number in a campaign's quoted name ("“百万警进千万家”活动")."""
    if _HANDLE_BEFORE_RE.search(text, max(0, m.start() - 32), m.start()):
        return True
    if _QUOTED_NICKNAME_BEFORE_RE.search(text, max(0, m.start("num") - 32), m.start("num")):
        return _QUOTE_CLOSES_RE.match(text, m.end("num")) is not None and not m.group("unit")
    if _TIME_AGO_AFTER_RE.match(text, m.end("num")) or _months_of_a_term(text, m):
        return True
    if text[m.start("num") - 1 : m.start("num")] in ("前", "头") and _FIRST_OF_YEAR_AFTER_RE.match(text, m.end("num")):
        return True
    if m.group("num") == "三" and text.startswith("次产业", m.end("num")):
        return True  # "三次产业结构": the economy's three sectors, a statistical term's name
    if m.group("num").isdigit() and not m.group("unit") and _TIME_OF_DAY_AFTER_RE.match(text, m.end("num")):
        return True  # "1214上午": a day whose 月 and 日 the page lost, no count
    if m.group("num").isdigit() and not m.group("unit") and _alone_on_its_line(text, m):
        return True  # "最后修改：⏎0⏎", "37⏎": a page's counter or number, standing alone on its line
    if _ROAD_BEFORE_RE.search(text, max(0, m.start("num") - 3), m.start("num")) and _MARK_AFTER_RE.match(
        text, m.end("num")
    ):
        return True  # "国道G315线2358公里处": the kilometre mark where a thing was found, a place on the road
    if _quoted_programme(text, m):
        return True  # "“百万警进千万家”活动": the campaign's name
    if not m.group("unit") and _GENERATION_RE.match(text, m.start("num")) and len(m.group("num")) == 2:
        return True  # "70后副省级女干部": a generation by its decade of birth, no count
    if m.group("num").isdigit() and not m.group("unit") and _COMPACT_DATE_RE.fullmatch(m.group("num")):
        return True  # "20220626今日新闻联播": a day written as eight digits, year, month and day, no count
    if _COHORT_YEAR_RE.fullmatch(m.group("num")) and text.startswith(("级", "届"), m.end("num")):
        return True  # "1978级全体同学", "2020届毕业生": a class named by the year it came in or left, no count
    if _FIRM_BEFORE_RE.search(text, max(0, m.start("num") - 8), m.start("num")) and _bare_code(text, m):
        return True  # "…知识产权代理有限公司 65106": the firm's code, written bare after its name
    digits = re.fullmatch(r"\d{3,}", m.group("num")) is not None
    return digits and not m.group("unit") and _named_as_a_line(text, m.group("num"))


def _named_as_a_line(text: str, digits: str) -> bool:
    """Whether the page writes these digits, somewhere, right before a desk's word ("96110报警台", "12345热线"):
    the number of a line to call, which the page may go on to name bare ("96110宣传月", "提高96110的知晓率"),
    no count wherever it stands."""
    at = text.find(digits)
    while at >= 0:
        bare = not text[at - 1 : at].isdigit() and not text[at + len(digits) : at + len(digits) + 1].isdigit()
        if bare and _CONTACT_AFTER_RE.match(text, at + len(digits)):
            return True
        at = text.find(digits, at + 1)
    return False


# a line holding nothing but digits: a page's number, a counter of views or edits under its furniture
_DIGITS_LINE = re.compile(r"[ \t\u3000]*\d+[ \t\u3000]*")


def _alone_on_its_line(text: str, m: re.Match[str]) -> bool:
    """Whether a number stands on a line of its own with nothing else on it: a page's number or a site's
    counter, no count of the text's (a count has its measure word or the noun it counts by it)."""
    start = text.rfind("\n", 0, m.start("num")) + 1
    end = text.find("\n", m.end("num"))
    return _DIGITS_LINE.fullmatch(text, start, len(text) if end < 0 else end) is not None


# a measure word for devices after a figure: "手机3部", "电脑2台" count handsets, they dial no number
_DEVICES_COUNTED = re.compile(r"[部台只]")
_CN_ONE = re.compile(r"^[一两]$|^1$")
# the measure words for a building, a school or a site ("援建学校1所", "两座监狱")
_BUILDING_UNITS = "座所处"
# the measures a digit 1 counts one of, where the character 一 reads as an article: a person ("对1名在逃人员漏管"),
# a building, a school or a site ("新建卫星工厂1座", "发现1处"), a time ("获表扬1次")
_ONE_IN_DIGITS_UNITS = frozenset(("名", "人", "次", *_BUILDING_UNITS))
# a clock time's hours and minutes: "08:21", "14：30"
_CN_CLOCK_BEFORE = re.compile(r"\d\s*[:：]\s*$")
_CN_CLOCK_AFTER = re.compile(r"\s*[:：]\s*\d{2}(?!\d)")
# "两人被判刑", "两名干部", "两户村民": two people or households are a count (一人, 一个 and 两个 are often
# no more than articles)
_CN_TWO_PEOPLE = re.compile(f"^两[人名户{_BUILDING_UNITS}]$")
# "两个孩子", "两个儿子": two children or relatives are a count too
_CN_KIN_AFTER = re.compile(r"孩子|儿子|女儿|子女|兄弟|姐妹|哥哥|弟弟|姐姐|妹妹")
# "两家合资企业", "两家公司": two companies or bodies are a count too (not "两家人", two families)
_CN_FIRMS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:企业|公司|工厂|银行|机构|组织|媒体)")
CJK_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")


def _firms_after(text: str, pos: int) -> bool:
    """Whether what 两家 counts is firms or bodies: a word for them, or a noun of two characters or more right
    after ("两家客户", two clients); not people ("两家人", two families) nor a verb ("两家合作", the two sides)."""
    if _CN_FIRMS_AFTER.match(text, pos):
        return True
    word = Tokens(text[pos : pos + 6]).words[:1]
    return bool(word) and len(word[0][2]) >= 2 and word[0][3].startswith("n") and not word[0][3].startswith("nr")


def _sentence_term(text: str, m: re.Match[str]) -> bool:
    """ "有期徒刑15年", "判处有期徒刑十五年", "被判刑12年", "刑期为15年", "刑期分别为10年和7年": the years of
    a sentence, a count, and so as a family says it ("判了14年"); the years of its further penalties ("剥夺政治
    权利三年", "缓刑二年"); and the years someone is held ("关押近11年", "被拘押长达三年")."""
    after = text[m.end("num") : m.end("num") + 1]
    return after == "年" and bool(
        re.search(
            r"(?:徒刑|刑期|判刑|获刑|判处|被判|判(?=了)|关押|拘押|羁押|监禁|服刑|被关|剥夺政治权利|缓刑)了?(?:分别)?"
            r"(?:为|是|长达|达|近|约|逾|超过)?(?:[\d一二三四五六七八九十]+年[和、及])*\s*$",
            text[max(0, m.start() - 16) : m.start()],
        )
    )


# a state that lasts, in the clause before its years, its object between (a transcribed name runs long):
# "已寻找弟弟六年", "与家人失联五年", "流亡海外二十年", a post held ("扎根牧区十五年", "从教三十年") and a trade
# plied ("做馕十五年", "经营小卖部八年", "从事运输十年", "务农二十年")
_LASTING_RE = re.compile(
    r"(?:寻找|寻亲|失联|失踪|下落不明|音讯全无|分离|等待|流亡|定居|居住|生活|坚持|务工|打工"
    r"|扎根|坚守|驻守|任教|从教|执教|从事|经营|务农|行医|做|干)[^，。；！？\n]{0,20}$"
)


# years a lack has lasted, after 已 or 已经, before what has not happened since: "已经三年没有音讯",
# "已两年多联系不上家人", "已经五年未见面"
_ALREADY_BEFORE_RE = re.compile(r"已经?$")
_WITHOUT_AFTER_RE = re.compile(r"年多?(?:了|来)?[^，。；！？\n\d]{0,3}?(?:没有|没|未|不上|不到|无)")


def _years_without_word(text: str, m: re.Match[str]) -> bool:
    """The years since something last happened, after 已(经) and before a negation in the same clause: a
    duration ("已经三年没有音讯了", three years without word)."""
    return bool(
        _ALREADY_BEFORE_RE.search(text, max(0, m.start() - 2), m.start())
        and _WITHOUT_AFTER_RE.match(text, m.end("num"))
    )


# the years a state has already lasted, at its clause's end: "结对已经两年，", "在这里工作已三年多了。"
_YEARS_SO_FAR_AFTER_RE = re.compile(r"年多?了?(?:[，,。；;！？\n]|$)")


def _years_so_far(text: str, m: re.Match[str]) -> bool:
    """The years an act has already lasted, after the act's verb and 已(经), ending its clause ("和他结对已经两年，":
    paired for two years now): a duration, up to a lifetime's; not after a person alone ("他已经四年了")."""
    value = parse_chinese_number(m.group("num"))
    already = _ALREADY_BEFORE_RE.search(text, max(0, m.start() - 2), m.start())
    if value is None or value > 100 or already is None or not _YEARS_SO_FAR_AFTER_RE.match(text, m.end("num")):
        return False
    return dictionary_tag(text[max(0, already.start() - 2) : already.start()]) in ("v", "vn")


# years up to now opening a clause: "三年来，", "近五年来" (over the last three years)
_YEARS_SINCE_RE = re.compile(r"年来[，,]")


def _years_up_to_now(text: str, m: re.Match[str]) -> bool:
    """ "三年来，共带动……": the years up to now at a clause's start, written in Chinese numerals, a duration
    (not "一年来" nor "两年来", "over the past year or two", which count no years)."""
    written = re.fullmatch(f"[{''.join(CN_DIGITS)}十]+", m.group("num")) is not None
    return written and m.group("num") not in ("一", "两") and bool(_YEARS_SINCE_RE.match(text, m.end("num")))


# a period's years after its name ("试用期一年", "任期五年"), years in a row ("连续两年多", "连续三年") or the past
# years ("过去十年")
# (and a contract's term after the verb that signs it: "合同一签三年", "签约两年")
_PERIOD_BEFORE_RE = re.compile(r"(?:期限?(?:为|是)?|连续|过去|未来|今后|这|(?<![\d年])签(?:约|订)?)$")
# years in a row of an act, its verb between: "连续工作3年", "连续居住五年"
_IN_A_ROW_ACT_BEFORE_RE = re.compile(r"连续(?P<act>[\u4e00-\u9fff]{1,2})$")
_PERIOD_AFTER_RE = re.compile(r"年(?:多|以上|来)?(?![一二三四五六七八九十\d])")


def _in_a_row_act(text: str, start: int) -> re.Match[str] | None:
    """ "连续工作3年": 连续 and the verb of the act done those years in a row, right before the figure."""
    m = _IN_A_ROW_ACT_BEFORE_RE.search(text, max(0, start - 4), start)
    return m if m is not None and dictionary_tag(m.group("act")) in ("v", "vn") else None


def _period_years(text: str, m: re.Match[str]) -> bool:
    """The years of a named period or of a run of years: "（试用期一年）", "挂职期限2年", "已连续两年多未发生",
    "未来五年将选派" (over the coming five years): a duration."""
    if m.group("qual") in ("近", "将近") and _PERIOD_AFTER_RE.match(text, m.end("num")):
        return True  # "近5年有2件申请": the last five years (or nearly five), a count of years
    before = _PERIOD_BEFORE_RE.search(text, max(0, m.start() - 3), m.start()) or _in_a_row_act(text, m.start())
    if before is None or (before.group(0) in ("过去", "未来", "今后", "这") and m.group("num") in ("一", "1")):
        return False  # "过去一年", "这一年": the past year, a report's period, no count of years (so "未来一年")
    return _PERIOD_AFTER_RE.match(text, m.end("num")) is not None


# a span of time marked as one: "为期两个月" (lasting two months) or a verb and its aspect particle ("干了两个月",
# worked for two months) before it, "三年内" (within three years) after it
_DURATION_BEFORE_RE = re.compile(r"为期$|[\u4e00-\u9fff]了$")
# what marks a single unit as a span ("为期一周", lasting a week; "历时一个月", taking a month), where 一 is no article
_ONE_SPAN_BEFORE_RE = re.compile(r"(?:为期|历时|持续)$")
_DURATION_AFTER_RE = re.compile(r"(?:个月|年|天|周)(?:内|以内|之内|间)|个月|周|个星期|星期|天")


# years spent, before 的 or the clause's end ("做了十二年的司机", "干了5年。"), not a word that 年 opens or closes (a
# decade, a school year, "a five-year plan": "90年代", "三年级", "五年计划")
_YEARS_SPENT_RE = re.compile(r"年(?:的|了|之久|[，。；！？、,\n]|$)")


def _years_after_a_verb(text: str, m: re.Match[str]) -> bool:
    """ "做了十二年的货车司机", "在工厂干了5年。": more than one year after a verb and 了, in numerals or in one or
    two digits (no year's date), before 的 or the clause's end, a span of time ("制定了五年计划": a plan's name)."""
    num = m.group("num")
    if num in ("一", "1") or not re.fullmatch(r"\d{1,2}|[一二两三四五六七八九十]{1,3}", num):
        return False
    before = _DURATION_BEFORE_RE.search(text, max(0, m.start() - 2), m.start())
    years = _YEARS_SPENT_RE.match(text, m.end("num")) is not None
    return before is not None and before.group(0) != "为期" and years


def _marked_duration(text: str, m: re.Match[str]) -> bool:
    """A duration of more than one unit, marked by 为期 before its figure or by 内 ("within") or 间 ("over the
    span of") after its unit ("一年内", within the year, is a deadline); of one unit only after 为期, 历时 or 持续
    ("历时一周"); of years and more, written in numerals ("一年多", "两年零四个月"); of years after a verb and its
    aspect particle (see ``_years_after_a_verb``)."""
    if _years_and_more(text, m):
        return True
    after = _DURATION_AFTER_RE.match(text, m.end("num"))
    if after is None:
        return _years_after_a_verb(text, m)
    if m.group("num") in ("一", "1"):
        return _ONE_SPAN_BEFORE_RE.search(text, max(0, m.start() - 2), m.start()) is not None
    spans = after.group(0)[-1] in "内间"  # "三年内" (within three years), "两年间" (over two years)
    return spans or _DURATION_BEFORE_RE.search(text, max(0, m.start() - 2), m.start()) is not None


# years and more after a count of them in numerals: "两年多" (over two years), "两年零四个月" (two years and four
# months); not "年多次" (a year's many times)
_YEARS_AND_MORE_RE = re.compile(r"年(?:多(?![次种项样])|零[一二两三四五六七八九十\d]{1,2}个?月)|[余多]年(?![代级])")


def _years_and_more(text: str, m: re.Match[str]) -> bool:
    """A span of years that goes on past its figure, written in Chinese numerals ("一年多了", "两年零四个月"), or
    some years past a round figure ("任教三十余年", "二十多年来"): a duration, never a year's date, which is written
    in digits."""
    return CJK_CHAR_RE.match(m.group("num")) is not None and _YEARS_AND_MORE_RE.match(text, m.end("num")) is not None


# a bound on a span of years, the lowest or the highest a rule allows: "不少于3年", "不超过两年", "至少1年"
_BOUNDS_OF_A_SPAN = frozenset(("不少于", "不超过", "至少", "不下"))


def _bounded_years(text: str, m: re.Match[str]) -> bool:
    """ "须连续工作不少于3年", "期满不超过两年": years a rule sets as a bound, a span of time (up to a
    lifetime's: "不超过2020年底" is a deadline)."""
    value = parse_chinese_number(m.group("num"))
    if m.group("qual") not in _BOUNDS_OF_A_SPAN or value is None or value > 100:
        return False
    return _PERIOD_AFTER_RE.match(text, m.end("num")) is not None


def _years_counted(text: str, m: re.Match[str]) -> bool:
    """The years of a sentence or of detention (see ``_sentence_term``), of a named period or a run of years
    (see ``_period_years``), or how long a state has lasted, written at its clause's end
    ("已寻找弟弟努尔别克六年。"): a count of years, up to a lifetime's."""
    if _sentence_term(text, m) or _period_years(text, m) or _marked_duration(text, m) or _years_up_to_now(text, m):
        return True
    if _years_without_word(text, m) or _years_so_far(text, m) or _bounded_years(text, m):
        return True
    value = parse_chinese_number(m.group("num"))
    after = text[m.end("num") : m.end("num") + 3]
    lasting = _LASTING_RE.search(text, max(0, m.start() - 26), m.start()) is not None  # an object between
    # a span the verb before has lasted, its aspect marked: "待了1年零7个月", "15天变成了三年。"
    lasting = lasting or text[m.start() - 1 : m.start()] == "了"
    return (
        lasting
        and value is not None
        and value <= 100
        and re.match(r"年(?:[，。；！？、\n]|$|了|之久|零)", after) is not None
    )


# a score in points, by the words of a points system around it ("满分100分", "低于60分", "80分以上"), and
# minutes of a span ("不超过10分钟"; not "5分钟前", a time ago)
_SCORE_BEFORE_RE = re.compile(r"(?:满分|积分|得分|考核分|总分|分数|扣|扣减|低于|高于|达到|不足|考核)$")
_SCORE_AFTER_RE = re.compile(r"分(?:以上|以下|及以上|及以下)")
_MINUTES_RE = re.compile(r"分钟(?![前后])")


def _points_or_minutes(text: str, m: re.Match[str]) -> bool:
    end = m.end("num")
    if _MINUTES_RE.match(text, end):
        return True
    if text[end : end + 1] != "分" or _CN_CLOCK_HOUR_BEFORE.search(text, max(0, m.start() - 1), m.start()):
        return False
    return bool(_SCORE_BEFORE_RE.search(text, max(0, m.start() - 3), m.start()) or _SCORE_AFTER_RE.match(text, end))


_CN_CLOCK_HOUR_BEFORE = re.compile(r"[时点]$")


# a document's length in pages after a word of extent: "长达131页的报告", "厚达300页"
_PAGES_LONG_BEFORE_RE = re.compile(r"(?:长达|厚达|多达)$")
# a listing's counter of its records at a line's end: "股东信息　共4条", "共12条记录", "共3页"
_RECORDS_LISTED_RE = re.compile(r"[条页](?:记录|信息|结果)?[ \t\u3000]*(?:\n|$)")
# 共 as a listing's counter opens its cell: at a line's start or after a space or a bar ("股东信息　共4条")
_RECORDS_COUNTER_BEFORE = re.compile(r"(?:^|[ \t\u3000|｜])共$", re.MULTILINE)
# ... or a listing's heading in a cell of its own with its counter in brackets after it: "办事评价（共12条）　好评率",
# "相关文件(共3页)" (not a sentence's count in brackets, "查获违规信息（共1350条），")
_BRACKETED_RECORDS_COUNTER_RE = re.compile(
    r"(?:^|(?<=[ \t\u3000|｜]))[\u4e00-\u9fff]{2,8}[（(]共(?P<num>\d+)[条页](?:记录|信息|结果)?[）)](?=[ \t\u3000]|$)",
    re.MULTILINE,
)


def _pages_long(text: str, m: re.Match[str]) -> bool:
    """A document's pages after a word of extent ("长达131页"): a count, not a page's number."""
    long = _PAGES_LONG_BEFORE_RE.search(text, max(0, m.start("num") - 2), m.start("num"))
    return text.startswith("页", m.end("num")) and long is not None


def _records_listed(text: str, m: re.Match[str]) -> bool:
    """A page's counter of the records or pages it lists, 共 opening its cell before it and nothing after it on its
    line ("对外投资信息　共3条", "共12条记录"): the listing's furniture, no claim (not "违规信息共1350条。", nor a
    list's line that ends without a stop, "删除有害信息共1350条")."""
    counter = _RECORDS_COUNTER_BEFORE.search(text, max(0, m.start() - 2), m.start())
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    for heading in _BRACKETED_RECORDS_COUNTER_RE.finditer(text, line_start, len(text) if line_end < 0 else line_end):
        if heading.start("num") == m.start("num"):
            return True
    return counter is not None and _RECORDS_LISTED_RE.match(text, m.end("num")) is not None


def _items(text: str, m: re.Match[str]) -> bool:
    """ "有害信息1350条": 条 counts items after a noun; after 第, a law's name or its article numbers it
    ("第249条", "刑法249条": 第 is ruled out with the other ordinals). "12项协议", "5项措施": 项 counts the
    noun after it (第 rules out "第3项"), or the noun before it at its clause's end or before the next count
    of a list ("重大课题2项、一般课题5项")."""
    after = text[m.end("num") : m.end("num") + 2]
    if after[:1] == "项":  # "新技术、新项目96项。": 项 at its clause's end counts the noun before the figure
        noun_before = re.search("[\u3400-\u9fff]$", text[max(0, m.start() - 1) : m.start()]) is not None
        return re.match("项[\u3400-\u9fff]", after) is not None or (
            noun_before and re.match("项[，。；、]", after) is not None
        )
    return (
        after[:1] == "条"
        and bool(re.search("[\u3400-\u9fff]”?$", text[max(0, m.start() - 2) : m.start()]))
        and not re.search(r"(?:法|例|》|定|则)$", text[max(0, m.start() - 1) : m.start()])
    )


# a house's place in an address: a village's group and the house number ("阿孜汗村3组12号", "5组"), no count
_ADDRESS_GROUP_AFTER_RE = re.compile(r"(?:组|小组|队)\d+号|村\d+(?:组|小组|队)")


def _address_number(text: str, m: re.Match[str]) -> bool:
    """A village group's number in an address: before a house number ("3组12号") or right after the village
    ("某某村3组"), or a village's number before its group ("某某乡3村2组"); not groups counted ("分为3组",
    "成立3个小组")."""
    after = m.end("num")
    if _ADDRESS_GROUP_AFTER_RE.match(text, after):
        return True
    return text[after : after + 1] == "组" and text[max(0, m.start() - 1) : m.start()] == "村"


# sessions held: "举办国语夜校46期", "开办培训班12期" (not an issue number: "第46期", "2019年12期")
_SESSIONS_HELD_RE = re.compile(r"(?:举办|开办|举行|开展|组织|培训|办班)[^，。；！？\n\d]{0,10}$")


def _sessions_held(text: str, m: re.Match[str]) -> bool:
    """A figure before 期 that counts the sessions of a course a verb of holding opens in its clause."""
    return text[m.end("num") : m.end("num") + 1] == "期" and bool(
        _SESSIONS_HELD_RE.search(text, max(0, m.start() - 14), m.start())
    )


# an inventory's item counted in digits after another ("手机2部、U盘1个"): the 1 is a count too
_LISTED_COUNT_BEFORE_RE = re.compile(r"\d[\u4e00-\u9fff]{1,2}、[^\d、，。；！？\n]{1,8}$")


def _one_in_an_inventory(text: str, m: re.Match[str]) -> bool:
    """A 1 written in digits with its measure word, right after the noun it counts, in a list whose item
    before it is counted in digits too ("扣押手机2部、U盘1个"): a count, not the article-like 一个."""
    measure = text[m.end("num") : m.end("num") + 1]
    return (
        m.group("num") == "1"
        and CJK_CHAR_RE.match(measure) is not None
        and _LISTED_COUNT_BEFORE_RE.search(text, max(0, m.start() - 14), m.start()) is not None
    )


# a table's row written as a line of its own, a label and a colon before the figure: "不予公开：1"
_LABELLED_LINE_BEFORE_RE = re.compile(r"(?:^|\n)[ \t\u3000]*[\u4e00-\u9fff][^\n：:，。；]{1,20}[：:][ \t\u3000]*$")
_LINE_END_AFTER_RE = re.compile(r"[件个项条人次]?[ \t\u3000]*(?:\n|$)")


def _one_in_a_labelled_line(text: str, m: re.Match[str]) -> bool:
    """A 1 written in digits alone after a label and its colon at the end of its line, as a table's row is
    written in a report ("收到申请数：14" above, "不予公开：1"): a count, not the article-like 一个."""
    return (
        m.group("num") == "1"
        and _LABELLED_LINE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()) is not None
        and _LINE_END_AFTER_RE.match(text, m.end("num")) is not None
    )


# a row of a table copied with its cells set apart by tabs or wide spaces: a label or a gap, then figures
_ROW_CELL_GAP = r"(?:\t|\u3000|[ ]{2,}|[ ]?[|｜][ ]?)"  # or a bar between spaces: "本年新收 | 7 | 1"
_FIGURES_ROW_END_RE = re.compile(rf"(?:{_ROW_CELL_GAP}[\d,.]+[%％]?){{3,}}[ \t\u3000]*$")


def _one_in_a_row_of_figures(text: str, m: re.Match[str]) -> bool:
    """A 1 in digits that is a whole cell among three or more figure cells of a table's row, after the row's
    label or an indent ("本年新收申请数量	7	1	0	9"): one of the row's counts, not the article-like 一个."""
    if m.group("num") != "1" or m.group("unit"):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    if not re.search(rf"{_ROW_CELL_GAP}$", text[line_start : m.start()]):
        return False  # the 1 opens its cell after a gap, the row's label or indent before it
    row = _FIGURES_ROW_END_RE.search(text[line_start:line_end])
    return row is not None and line_start + row.start() <= m.start()


# the rest of a table's cell that a 1 in digits opens: one measure word, then the next cell's gap or the line's end
_ONE_MEASURED_CELL_END_RE = re.compile(rf"[\u4e00-\u9fff](?:{_ROW_CELL_GAP}|[ \t\u3000]*(?:\n|$))")


def _one_measured_in_a_cell(text: str, m: re.Match[str]) -> bool:
    """A 1 in digits and its measure word that fill a whole cell of a table's row, a gap on either side
    ("纸质	1份	", "居民身份证　　1张　　原件"): a count of the row's thing, where 一 in running text may be an
    article."""
    if m.group("num") != "1" or m.group("qual"):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    if not re.search(rf"\S(?:{_ROW_CELL_GAP})+$", text[line_start : m.start()]):
        return False  # a cell of its own after another on its line, not a line's list number ("1、")
    return _ONE_MEASURED_CELL_END_RE.match(text, m.end("num")) is not None


# a session of a congress or of its standing committee ("十二届二十二次常委会会议")
# or of a Party committee's plenum widened to more members ("十三届五次全体（扩大）会议", "十三届九次全委（扩大）会")
_SESSION_RE = re.compile(r"次(?:(?:全体|常委会|常务委员会)?(?:[（(]扩大[）)])?(?:会议|全会)|全委(?:[（(]扩大[）)])?会)")


def _days_bounded(text: str, m: re.Match[str]) -> bool:
    """A number of days (日) after a bound ("超过30日") or a detention ("行政拘留10日"): how long, not the day
    of a month."""
    bounded = (m.group("qual") or "").endswith(CN_DAY_BOUNDS) or text.endswith(CN_DAYS_HELD, 0, m.start())
    return bounded and text.startswith("日", m.end("num"))


_LINE_SPACES_RE = re.compile(r"[ \t\u3000]*")


def _spaces_at(text: str, at: int) -> int:
    """How many spaces run from ``at`` on its line."""
    found = _LINE_SPACES_RE.match(text, at)
    return found.end() - at if found else 0


def _chinese_count(text: str, m: re.Match[str], num: str) -> bool:
    """Whether a Chinese number is a count: not a date or day ("25日"), a document number ("38号",
    "〔2017〕"), an ordinal ("第三"), a list number ("一、", "1."), a telephone number, a clock time
    ("08:21"), nor the article-like "一个"/"一次"."""
    # what follows, past the spaces a form's blank or a spaced scan leaves ("3日  22  时": a clock's hour)
    after = text[m.end("num") : m.end("num") + 2 + _spaces_at(text, m.end("num"))]
    counted_after = _years_counted(text, m) or _items(text, m) or _points_or_minutes(text, m) or _sessions_held(text, m)
    counted_after = counted_after or _pages_long(text, m) or _days_bounded(text, m) or _and_a_half(text, m)
    if _CN_NOT_COUNT_AFTER.match(after) and not m.group("more") and not counted_after:
        return False  # but "有期徒刑15年", "被判刑12年" count a sentence's years, "信息1350条" items
    in_brackets = _count_in_brackets(text, m) or _age_in_brackets(text, m)
    if _CN_NOT_COUNT_BEFORE.search(text[max(0, m.start() - 4) : m.start()]) and not in_brackets:
        return False
    if _in_latin_code(text, m) or _forum_floor(text, m) or _floor_in_address(text, m):
        return False  # "FBK-3", "6m×9m": a model number or a size; "3楼回复": a forum's post; "天衡大厦9楼": a floor
    if _room_number(text, m) or _lone_capital_digit(m):
        return False  # "红楼202会议室": a room's number; "在陆台商": 陆 of 大陆 (land), no six
    if _in_latin_address(text, m):
        return False  # "Postbus 10234, 1001 EE Amsterdam", "KvK 61234567": a box, a postcode, a register's number
    if _year_span_end(text, m):
        return False  # "1946--1953就学于", "1957～1964任": the years of a span, no count
    if _LATIN_FIELD_LINE_RE.match(text, text.rfind("\n", 0, m.start()) + 1) and not m.group("unit"):
        return False  # "Activity: 64", "Merit: 10": a forum's or a site's field in English, no claim of the page
    if _in_ascii_noise(text, m) or _density(text, m) or _text_length(text, m) or _inside_a_title(text, m):
        return False  # "& x8 V( i2": a forum's anti-copying noise; "22.3人/平方公里"; "全文578字"; "《会话501句》"
    if _fraction_part(text, m):
        return False  # "2/3的资金": two thirds of the funds, a share, no count
    if _in_international_phone(text, m) or _in_continental_address(text, m):
        return False  # "联系方式：+7 701 555 28 14": a telephone number abroad; "Zeedijk 101, 1012 AW Amsterdam"
    if in_masked_number(text, m.start("num"), m.end("num")):
        return False  # "身份证号：6531**********1235", "+90 532 *** 4417": a number partly hidden, no count
    if _in_multitude_idiom(text, m):
        return False  # "成千上万个家庭": thousands upon thousands, many, no figure
    if _telephone_listed_after(text, m) or _site_name(text, m) or _numbered_unit(text, m):
        return False  # "电话：0991-5589099、5860095和5802239": further numbers; "84农业网"; "某某县110巡警大队"
    if _CN_CONTACT_BEFORE.search(
        _unspaced_label(text[max(0, m.start() - _CONTACT_REACH) : m.start()])
    ) and not _DEVICES_COUNTED.match(after):
        return False  # "联系电话：0995-8521027": a telephone number, no count (but "手机3部": three phones)
    if _page_counter(text, m) or _records_listed(text, m):
        return False  # "浏览次数：1526": the page's own counter, no claim of its text; "股东信息　共4条"
    if _COLLECTION_LINE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        return False  # "收录于合集 #乡村振兴 30个": the account's collection counter
    if _page_of_pages(text, m) or _RANKING_AFTER.match(text, m.end("num")):
        return False  # "2 / 218": a report's page running head; "世界500强": a place in a ranking
    if _REFERRED_AFTER_RE.match(text, m.end("num")):
        return False  # "如图1所示", "根据权利要求1所述的方法": a numbered figure, table or claim referred to
    if _numbered_attachment(text, m) or _cn_contents_page(text, m) or _remedy_time_limit(text, m):
        return False  # "附件3 信封照片"; "……陈某某  21": a contents line's page; "六个月内…提起行政诉讼"
    if _QUOTED_POST_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return False  # "Post by 某人;2986076": a forum's quotation of an earlier post, by the post's number
    if _INDEX_BASE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False  # "性别比(以女性为100)": the base an index or a ratio is read against, no count
    if _PAGE_COUNTER_AFTER.match(text, m.end("num")):
        return False  # "1,926 人赞同了该回答", "214 条评论", "468 个回答": a Q&A page's counters
    if _no_count_by_form(text, m) or _reference_figure(text, m) or _programme_name(text, m):
        return False  # "@ablet_1990", "3小时前", "12388举报电话"; "39°12′05″N", "UTC+8", "315国道"; "千人计划"
    if _route_number(text, m) or _slashed_day(text, m):
        return False  # "转乘棕6、236公车": bus lines; "【讲座】11/2 边疆治理": a month and a day
    if _social_post_furniture(text, m) or _postcode_in_address(text, m) or _code_or_volume(text, m):
        return False  # "赞 301", "12-24 11:02", "iPhone 13", a hot list's "301万"; "乌鲁木齐　830046；"
    if re.match(r"[〕\]】）)]", after) and not _after_yuan_sign(text, m):
        return False  # "〔2017〕", "[3]": a document's year or a note's number (but "（资费¥38.00）" is a sum)
    if _section_number(text, m) or _slogan_numeral(text, m):
        return False
    if _formula_term(text, m):
        return False  # "“1+3+3+改革开放”", "5+2模式": a scheme named by its formula
    if _row_number(text, m) or _affiliation_mark(text, m):
        return False  # "2　帕某某　女": a table's row number; "马某国1　陈某2": an author's affiliation's number
    if _caption_number(text, m) or _year_closing_a_name(text, m):
        return False  # "表4-1　员工构成情况": a table's number; "留言人：天山雪莲2019": a year in a net name
    if _address_number(text, m):
        return False  # "住某某村3组12号": an address
    if _SESSION_RE.match(text, m.end("num")) and "届" in text[max(0, m.start() - 8) : m.start()]:
        return False  # "十三届人大二次会议": a congress's session, an ordinal
    if _MOBILE_NUMBER_RE.fullmatch(m.group("num")) and not m.group("unit"):
        return False  # "艾某某，13899001234": a mobile telephone's number, no count
    if _LEADING_ZERO_RE.fullmatch(m.group("num")) or _number_in_phone_directory(text, m):
        return False  # "ka小百科09": a user name's digits; "举报电话：" … "县公安局 110": a desk's number
    if _bare_code_number(text, m):
        return False  # "编辑短信CD到106580009009，": a service's number to text or dial, no count
    if _IDENTITY_NUMBER_RE.fullmatch(m.group("num")) and not m.group("unit"):
        return False  # "男　维吾尔族　653121197104120000": an identity card's number in a roster's cell
    if _print_run(text, m) or _code_after_credit(text, m):
        return False  # "（共印80份）": the copies of a notice printed; "（编辑：某某）1080314": a wire's date code
    if _CN_CLOCK_BEFORE.search(text[max(0, m.start() - 3) : m.start()]) or _CN_CLOCK_AFTER.match(text, m.end("num")):
        return False  # "2019年09月14日08:21": a clock time, no count
    if _years_counted(text, m) or _parallel_count(text, m) or _one_in_an_inventory(text, m) or _one_span(text, m):
        return True  # "判处一年监禁": a sentence of one year; "169票赞成、1票反对": one vote beside 169
    if _one_in_a_labelled_line(text, m) or _one_in_a_row_of_figures(text, m) or _one_measured_in_a_cell(text, m):
        return True  # "不予公开：1": a row counting one; "予以公开　5　1　0　6", "纸质	1份": one cell of a row
    if _and_a_half(text, m):
        return True  # "一年半", "一个半小时": a span and a half, no article
    two_people = (
        _CN_TWO_PEOPLE.match(num + (m.group("unit") or ""))
        or (num == "两" and m.group("unit") == "个" and _CN_KIN_AFTER.match(text, m.end()))
        or (num == "两" and m.group("unit") == "家" and _firms_after(text, m.end()))
        or (num == "两" and _minutes_in_numerals(text, m))  # "讲了两个小时": two hours, a span, no article
        or (num == "两" and _MESSAGES_MEASURE_RE.match(text, m.end()) is not None)  # "两封信", "两条语音"
        or (num == "两" and _PAPERS_NAMED_AFTER_RE.match(text, m.end()) is not None)  # "两份材料"
        or (num == "两" and m.group("unit") == "次")  # "每周报到两次": twice, as 三次 counts, where 一次 is "once"
        or (m.group("unit") == "个" and _MORE_THAN_A_SPAN_RE.match(text, m.end()) is not None)
    )
    one_in_digits = num == "1" and m.group("unit") in _ONE_IN_DIGITS_UNITS
    return not (_CN_ONE.match(num) and not m.group("qual") and not two_people and not one_in_digits)


# a line of a Chinese page that is a field in English, a label of Latin words and a bare number: a forum's or a
# site's template ("Activity: 64", "Merit: 10", "Posts: 1200")
_LATIN_FIELD_LINE_RE = re.compile(r"[ \t]*[A-Za-z][A-Za-z ]{1,24}[:：][ \t]*[\d,]+[ \t]*$", re.M)


# a run of printable Latin characters and spaces around a figure, in a Chinese page
_ASCII_RUN_BEFORE = re.compile(r"[\x21-\x7e ]*$")
_ASCII_RUN_AFTER = re.compile(r"[\x21-\x7e ]*")
_NOISE_TOKENS = 4  # short tokens, at least, in a run of a forum's anti-copying noise
_CELL_RULES = frozenset("|｜¦")  # a bar standing alone between a table's cells, copied with its rules


def _in_ascii_noise(text: str, m: re.Match[str]) -> bool:
    """A figure inside a run of four or more short tokens of Latin letters, digits and marks set apart by spaces,
    two of them or more holding a mark, with no Chinese between them: the random strings a forum's software
    scatters through a post against copying ("& x8 V( i2 o9 j- o1 }( l", "z' ~5 A: ~8 ?3 E$"), no count."""
    start, end = m.start("num"), m.end("num")
    if m.group("unit") or not m.group("num").isdigit():
        return False
    before = _ASCII_RUN_BEFORE.search(text, max(0, start - 40), start)
    after = _ASCII_RUN_AFTER.match(text, end, end + 40)
    run = (before.group(0) if before else "") + m.group("num") + (after.group(0) if after else "")
    tokens = [token for token in run.split() if token not in _CELL_RULES]  # "21 | 4 | 0": a table's row, its rules
    if len(tokens) < _NOISE_TOKENS or any(len(token) > 3 for token in tokens):
        return False
    return sum(1 for token in tokens if re.search(r"[^A-Za-z0-9]", token)) >= 2


# an area after a figure of people and a slash or 每: "22.3人/平方公里", "57.8人/平方英里", "每平方公里"
_PER_AREA_AFTER = re.compile(r"[ \t]*(?:[/／]|每)[ \t]*(?:平方)?(?:公里|千米|英里|米|km)")


def _density(text: str, m: re.Match[str]) -> bool:
    """People per square kilometre or mile ("密度22.3人/平方公里"): a density, no count of people."""
    return _PER_AREA_AFTER.match(text, m.end()) is not None


# a fraction written with a slash in running Chinese text, its numerator below its denominator and words right after
# it: "2/3的资金" (two thirds of the funds), "1/4以上"; not a table's pair of figures ("23 / 21") nor a date
_CN_FRACTION_RE = re.compile(r"(?<![\d/.])(?P<top>\d{1,2})[/／](?P<bottom>\d{1,2})(?=[\u4e00-\u9fff])")


def _fraction_part(text: str, m: re.Match[str]) -> bool:
    """The numerator or the denominator of a fraction ("2/3的资金"): a share, no count of anything."""
    for f in _CN_FRACTION_RE.finditer(text, max(0, m.start("num") - 3), min(len(text), m.end("num") + 4)):
        proper = int(f.group("top")) < int(f.group("bottom"))
        if proper and f.start() <= m.start("num") and m.end("num") <= f.end():
            return True
    return False


# a text's length in characters, and the minutes its reading takes: "本篇文章578字,读完约1分钟", "不到800字"
_CHARACTERS_AFTER = re.compile(r"字(?![号幅体段条])")
_READING_BEFORE = re.compile(r"读完?(?:约需|需要|需|约|大约)?$")  # 读, 读完, 阅读


def _text_length(text: str, m: re.Match[str]) -> bool:
    """A count of a text's characters ("本篇文章578字", "全文约3000字") or of the minutes its reading takes ("读完约
    1分钟", "阅读约需5分钟"): a page's furniture or a text's size, no claim of what the text reports."""
    if m.group("unit"):
        return False
    if _CHARACTERS_AFTER.match(text, m.end("num")):
        return True
    reading = _READING_BEFORE.search(text, max(0, m.start() - 6), m.start("num") - len(m.group("qual") or ""))
    return reading is not None and text.startswith("分钟", m.end("num"))


# a book's or a document's title in its marks, open at the figure and closed after it on the same line
_TITLE_OPEN_BEFORE = re.compile(r"《[^《》\n]{0,30}$")
_TITLE_CLOSE_AFTER = re.compile(r"[^《》\n]{0,30}》")


def _inside_a_title(text: str, m: re.Match[str]) -> bool:
    """A figure inside a title in its marks ("《汉语会话501句》", "《关于做好2019年……的通知》"): a word of the
    title, which counts nothing the text reports."""
    return (
        _TITLE_OPEN_BEFORE.search(text, max(0, m.start() - 31), m.start()) is not None
        and _TITLE_CLOSE_AFTER.match(text, m.end("num")) is not None
    )


# a site's name after its figure: one to four characters and 网 ("84农业网", "99健康网"), not a network's
# points, cells or the web ("网点", "网格", "网络", "网上")
_SITE_NAME_AFTER = re.compile(rf"[{CJK}]{{1,4}}?[网網](?![点點格络絡上民友购購])")


def _site_name(text: str, m: re.Match[str]) -> bool:
    """Digits with no measure word right before a word ending in 网, at a line's start or after a mark or a space
    ("84農業網 時間：", "来源：99健康网"): the figure that opens a site's name, no count; not one that ends a
    label's words ("重大民生信息410新疆政府网……": a table's row run into the next)."""
    if m.group("unit") or m.group("qual") or not m.group("num").isdigit():
        return False
    before = text[m.start("num") - 1 : m.start("num")]
    opens = not before or not (CJK_RE.match(before) or before.isalnum())
    return opens and _SITE_NAME_AFTER.match(text, m.end("num")) is not None


# a police or militia unit named by its number after its county, city, district, prefecture or bureau:
# "某某县110巡警大队"
_NUMBERED_UNIT_AFTER = re.compile(rf"[{CJK}]{{0,4}}?(?:大队|支队|中队|分队)")


def _numbered_unit(text: str, m: re.Match[str]) -> bool:
    """Digits with no measure word right after a county's, a city's, a district's, a prefecture's or a bureau's last
    character and right before a unit's name ending in 大队, 支队, 中队 or 分队 ("新龙县110巡警大队"): the number the
    unit is named by, no count."""
    if m.group("unit") or m.group("qual") or not m.group("num").isdigit():
        return False
    before = text[m.start("num") - 1 : m.start("num")]
    return before in ("县", "市", "区", "州", "局") and _NUMBERED_UNIT_AFTER.match(text, m.end("num")) is not None


# a telephone's label and its number, then further numbers joined to it by 、, 和, 或, a slash or spaces alone
# ("举报电话：\n7623017 7627581 13900001111")
_TELEPHONE_JOIN = r"(?:[ \t]*[、，,和或/／][ \t]*|[ \t]+)"
_TELEPHONE_LISTED_BEFORE = re.compile(
    rf"(?:{_PHONE_LABELS})[：:\s]*[\d\-—]{{5,}}(?:{_TELEPHONE_JOIN}[\d\-—]{{5,}})*{_TELEPHONE_JOIN}$"
)


# a four-character idiom of multitude, its numerals no figure: "成千上万个家庭" (thousands upon thousands),
# "成百上千", "千千万万"
_MULTITUDE_IDIOM_RE = re.compile(r"成千上万|成千成万|成千累万|成百上千|千千万万|万万千千")


def _in_multitude_idiom(text: str, m: re.Match[str]) -> bool:
    """Whether a number is written inside an idiom of multitude ("成千上万个家庭"): many, no count."""
    found = _MULTITUDE_IDIOM_RE.finditer(text, max(0, m.start("num") - 3), m.end("num") + 3)
    return any(i.start() < m.end("num") and m.start("num") < i.end() for i in found)


def _in_international_phone(text: str, m: re.Match[str]) -> bool:
    """Whether a number is one group of a telephone number in the international form ("+49 (0)89 5432 1987")."""
    start = max(0, m.start("num") - 32)
    spans = international_phone_spans(text[start : m.end("num") + 32])
    return any(start + a <= m.start("num") and m.end("num") <= start + b for a, b in spans)


def _in_continental_address(text: str, m: re.Match[str]) -> bool:
    """Whether a number is a house's number or a postal code of an address abroad in Latin letters on a Chinese page
    ("本报地址：Zeedijk 101, 1012 AW Amsterdam", see ``CONTINENTAL_ADDRESS_RE``)."""
    start = max(0, m.start("num") - 40)
    spans = [a.span() for a in CONTINENTAL_ADDRESS_RE.finditer(text, start, min(len(text), m.end("num") + 40))]
    return any(a <= m.start("num") and m.end("num") <= b for a, b in spans)


def _telephone_listed_after(text: str, m: re.Match[str]) -> bool:
    """A bare run of five digits or more after a telephone's number and 、, 和 or 或 ("咨询电话：0991-5589099、
    5860095和5802239") or a space ("举报电话：7623017 7627581"): another line of the same desk, no count."""
    if m.group("unit") or not re.fullmatch(r"\d{5,}", m.group("num")):
        return False
    return _TELEPHONE_LISTED_BEFORE.search(text, max(0, m.start() - 80), m.start()) is not None


# a year and a dash, a doubled dash or a tilde before a later year: a span of years ("1946--1953", "1984——1986")
_YEAR_SPAN_START_RE = re.compile(r"((?:1[89]|20)\d\d)\s*(?:-{1,2}|[—－]{1,2}|[~～–])\s*$")


def _year_span_end(text: str, m: re.Match[str]) -> bool:
    """A year without a unit after an earlier year and a dash, as a résumé's or a history's lines open
    ("1946--1953就学于……", "1964～1973任……"): the span's last year."""
    num = m.group("num")
    if m.group("unit") or not _YEAR_CELL.fullmatch(num):
        return False
    start = _YEAR_SPAN_START_RE.search(text, max(0, m.start() - 8), m.start())
    return start is not None and int(start.group(1)) < int(num)


# the characters of a code written in Latin letters and digits: a model or part number ("DS-2CD7A26FWD",
# "FBK-3"), a size ("6m×9m"), an e-mail address ("zb@163.com")
_CODE_CHAR = r"[A-Za-z0-9\-_.×@/]"
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _in_latin_code(text: str, m: re.Match[str]) -> bool:
    """A figure inside a code of Latin letters and digits: letters before it in the code, or letters joined
    to it by a hyphen, a times sign or an at sign; no count ("5G", letters after it alone, is not read here)."""
    start, end = m.start("num"), m.end("num")
    before = re.search(f"{_CODE_CHAR}*$", text[max(0, start - 24) : start])
    after = re.match(f"{_CODE_CHAR}*", text[end : end + 24])
    left, right = before.group(0) if before else "", after.group(0) if after else ""
    if not _LATIN_LETTER.search(left + right):
        return _in_web_address(text, start, end)
    return bool(_LATIN_LETTER.search(left) or re.search(r"[\-×@_]", left + right)) or _in_web_address(text, start, end)


# a run of Latin letters, digits and a web address's marks with no space in it: a file's name, a hash, a link
_WEB_RUN_CHAR = r"[A-Za-z0-9\-_.=&%?#/:+~]"
_WEB_RUN_CHAR_RE = re.compile(_WEB_RUN_CHAR)


# a number of an address or a register written in Latin letters inside a Chinese page: bare after a capitalised
# word, with nothing counted after it ("Postbus 10234,", "Postfach 310312", "KvK 61234567　"; the postcode after
# the comma is ``CONTINENTAL_ADDRESS_RE``'s)
_LATIN_LABEL_BEFORE_RE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]{1,15}[ \t]$")
_NOTHING_COUNTED_AFTER_RE = re.compile(r"[,，;；)）]|[ \t\u3000]*(?:\n|$)|[ \t\u3000]+(?![A-Za-z\d])")


def _in_latin_address(text: str, m: re.Match[str]) -> bool:
    """A bare number of an address's or a register's line in Latin letters (see ``_LATIN_LABEL_BEFORE_RE``): a
    post box, a postcode or a registration's number, no count; an English sentence's count names what it counts
    ("Camp 3 held 200 people" is read by the English rules)."""
    start, end = m.start("num"), m.end("num")
    if m.group("unit") or not m.group("num").isdigit():
        return False
    labelled = _LATIN_LABEL_BEFORE_RE.search(text, max(0, start - 17), start) is not None
    return labelled and _NOTHING_COUNTED_AFTER_RE.match(text, end) is not None


def _in_web_address(text: str, start: int, end: int) -> bool:
    """A figure inside a run of letters, digits and a web address's marks that holds a query's marks (= or &)
    or is twelve characters long with letters in it: an image's file name ("4d2029…fb_640_wx_fmt=png"), a
    link's query ("wxfrom=5"); no count ("5G", "COVID-19", "3D打印" are too short to be read here)."""
    if not _WEB_RUN_CHAR_RE.match(text[start - 1 : start] if start else "") and not _WEB_RUN_CHAR_RE.match(text, end):
        return False  # a figure set apart by characters, spaces or marks: in no such run
    before = re.search(f"{_WEB_RUN_CHAR}*$", text[max(0, start - 80) : start])
    after = re.match(f"{_WEB_RUN_CHAR}*", text[end : end + 80])
    run = (before.group(0) if before else "") + text[start:end] + (after.group(0) if after else "")
    if not _LATIN_LETTER.search(run):
        return False
    return bool(re.search(r"[=&]", run)) or len(run) >= 12


# a floor of a building in an address: "天衡大厦9楼", "3号楼12层", "B座5层"
_BUILDING_BEFORE_RE = re.compile(r"(?:大厦|大楼|号楼|座|中心)$")


def _forum_floor(text: str, m: re.Match[str]) -> bool:
    """ "2楼　2018-11-03", "3楼回复": a forum's floor, the number of a post in its thread (digits right before 楼,
    no building counted: "住宅楼3栋", "3栋楼" and "楼房" count them)."""
    after = text[m.end("num") : m.end("num") + 2]
    return after[:1] == "楼" and after[1:] not in ("房", "宇", "盘") and m.group("num").isdigit()


def _floor_in_address(text: str, m: re.Match[str]) -> bool:
    """ "天衡大厦9楼": a floor of an address."""
    after = text[m.end("num") : m.end("num") + 1]
    return after in ("楼", "层") and bool(_BUILDING_BEFORE_RE.search(text, max(0, m.start() - 2), m.start()))


# a room's number, three digits or more glued to the room's kind with no measure word between: "红楼202会议室",
# "行政楼305室" (where "3间会议室", "3室1厅" count rooms)
_ROOM_AFTER_RE = re.compile(r"(?:会议室|教室|办公室|室|房间|号房|报告厅)")
# the financial forms of the digits, written for the figures of money ("叁拾万元整"); alone, each is a word's
# character as well: 陆 of 大陆 and 登陆 (land), 伍 of 队伍, 肆 of 肆意
_CAPITAL_DIGITS = "壹贰叁肆伍陆柒捌玖"
_MONEY_AFTER_CAPITAL_RE = re.compile(r"\s*(?:元|圆|角|整)")


def _room_number(text: str, m: re.Match[str]) -> bool:
    """ "本院红楼202会议室": a room's number, no count."""
    return len(m.group("num")) >= 3 and m.group("num").isdigit() and bool(_ROOM_AFTER_RE.match(text, m.end("num")))


def _lone_capital_digit(m: re.Match[str]) -> bool:
    """One financial digit alone, with no other numeral and no money after it ("在陆台商": 陆 of 大陆, the
    mainland): a word's character, no figure."""
    num = m.group("num")
    return len(num) == 1 and num in _CAPITAL_DIGITS and not _MONEY_AFTER_CAPITAL_RE.match(m.string, m.end("num"))


def _unspaced_label(before: str) -> str:
    """The words before a figure with the spaces that align a label taken out ("邮　　编：" is "邮编：")."""
    return re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])", "", before)


def _affiliation_mark(text: str, m: re.Match[str]) -> bool:
    """A digit glued to an author's name in a paper's line of authors ("马某国1　阿某·买某2"): the number of the
    affiliation listed below, no count."""
    line = MARKED_AUTHORS_LINE_RE.match(text, text.rfind("\n", 0, m.start()) + 1)
    return line is not None and m.start() < line.end()


def _count_in_brackets(text: str, m: re.Match[str]) -> bool:
    """ "（5个工作日）", "（3人）": a figure with its measure word after an opening bracket counts, and so does a
    share ("“非法宗教活动”（22.1%）": a category's share after its name); "（一）", "（2018）" and "(1)" number a
    list or a document."""
    counted = bool(m.group("unit")) or text[m.end("num") : m.end("num") + 1] in _SHARE_SIGNS
    return counted and text[max(0, m.start() - 1) : m.start()] in ("（", "(")


# an age after a person's name, in brackets: "某某（41岁）", "（36周岁）"
_AGE_AFTER_RE = re.compile(r"周?岁")


def _age_in_brackets(text: str, m: re.Match[str]) -> bool:
    """ "阿某某（41岁）": a figure in brackets before 岁 is a person's age, a count."""
    opened = text[max(0, m.start() - 1) : m.start()] in ("（", "(")
    return opened and _AGE_AFTER_RE.match(text, m.end("num")) is not None


def _age_or_days_held_in_numerals(text: str, m: re.Match[str]) -> bool:
    """A number in Chinese numerals before 岁 (an age: "时年三十七岁") or a detention's days ("行政拘留十五日"), or
    a round ten before 出头, an age given loosely ("四十出头", just over forty): a count, as the same number in
    digits is; not 一 or 两, which read as "a" or "a couple" as often as a count ("一岁多的孩子")."""
    if m.group("num") in ("一", "两"):
        return False
    loose_age = m.group("num").endswith("十") and text.startswith("出头", m.end("num"))
    return loose_age or _AGE_AFTER_RE.match(text, m.end("num")) is not None or _days_bounded(text, m)


# a span of time counted in working days, months, hours or days: "1个工作日", "1个月" (not the article-like 一个)
_SPAN_UNIT_AFTER_RE = re.compile(r"个?(?:工作日|月|小时|星期)|(?:天|周)")


def _one_span(text: str, m: re.Match[str]) -> bool:
    """ "自公告之日起1个工作日": a 1 written in digits before a unit of time is a duration."""
    return m.group("num") == "1" and _SPAN_UNIT_AFTER_RE.match(text, m.end("num")) is not None


# a mainland mobile telephone's number: eleven digits from 13 to 19
_MOBILE_NUMBER_RE = re.compile(MOBILE_NUMBER)
# nine digits or more, ungrouped (no comma, no 万 or 亿): a number to dial or text, a code
_LONG_BARE_RE = re.compile(r"\d{9,}")


def _bare_code_number(text: str, m: re.Match[str]) -> bool:
    """Nine digits or more written bare, with no unit and no word of what they count right after them (a stop,
    a space or a letter follows): a service's or an account's number ("发短信到106580009009，"), no count;
    a count that long is grouped, or written with 万 or 亿, or names what it counts ("2137396215股")."""
    if _LONG_BARE_RE.fullmatch(m.group("num")) is None or m.group("unit"):
        return False
    return CJK_RE.match(text, m.end("num")) is None


# a telephone directory's line under its heading: "举报电话：" on a line of its own, then "县公安局 110" and
# "某某热线 12345", each a desk's name, a space and its number ending the line
_PHONE_HEADING_LINE_RE = re.compile(rf"[^\n]{{0,16}}(?:{_PHONE_LABELS}|联系方式)[：:][ \t\u3000]*")
_DIRECTORY_LINE_RE = re.compile(r"[^\n\d]{2,20}[ \t\u3000]+[\d\-—]{3,}[ \t\u3000]*")


def _number_in_phone_directory(text: str, m: re.Match[str]) -> bool:
    """A number that ends a desk's line under a telephone heading ("举报电话：" / "县公安局 110"), the lines
    between them of the same shape: the desk's number to dial, no count."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    if m.group("unit") or not _DIRECTORY_LINE_RE.fullmatch(text, line_start, line_end):
        return False
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if _PHONE_HEADING_LINE_RE.fullmatch(text, start, end):
            return True
        if not _DIRECTORY_LINE_RE.fullmatch(text, start, end):
            return False
        end = start - 1
    return False


# a resident identity card's number, 15 or 18 digits (the last may be X), as a roster's or a form's cell gives it
# with no label: no count reaches so many digits written bare
_IDENTITY_NUMBER_RE = re.compile(r"\d{15}|\d{17,18}")


# the copies of an official document printed, at its foot: "（共印80份）", "印发30份"
_PRINTED_BEFORE_RE = re.compile(r"(?:共印|印发|印)$")


def _print_run(text: str, m: re.Match[str]) -> bool:
    return (
        text[m.end("num") : m.end("num") + 1] == "份"
        and _PRINTED_BEFORE_RE.search(text, max(0, m.start() - 2), m.start()) is not None
    )


# a long run of digits with no unit right after a credit in brackets, ending its line: the code a wire
# service closes a story with ("（编辑：某某）1080314", its date in the island's calendar)
_LINE_END_RE = re.compile(r"[ \t\u3000]*(?:\n|$)")


def _code_after_credit(text: str, m: re.Match[str]) -> bool:
    return (
        re.fullmatch(r"\d{6,}", m.group("num")) is not None
        and not m.group("unit")
        and text[max(0, m.start() - 1) : m.start()] in ("）", ")")
        and _LINE_END_RE.match(text, m.end("num")) is not None
    )


# a section's number on a line of its own before its heading ("2 行政区划", "6　主要领导"), in a contents
# list or over the section: no count
_HEADING_AFTER_RE = re.compile(r"[ \t\u3000]+[^\d\s，。；：:,;！？、（）()]{1,12}[ \t\u3000]*(?:\n|$)")


# a table's or a figure's number at its caption's start, as reports print them: "表4-1　员工构成情况", "图2　…",
# "附表3："
_CAPTION_BEFORE_RE = re.compile(r"[ \t\u3000]*附?[表图][ \t]*")
_CAPTION_AFTER_RE = re.compile(r"(?:[-－—.．]\d{1,2})*(?:[ \t\u3000：:]|$)")


def _caption_number(text: str, m: re.Match[str]) -> bool:
    """A number right after 表 or 图 opening its line, before a space or a colon: the caption's, no count."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return (
        _CAPTION_BEFORE_RE.fullmatch(text, line_start, m.start()) is not None
        and not m.group("unit")
        and _CAPTION_AFTER_RE.match(text, m.end("num")) is not None
    )


# a year's four digits glued to the Chinese name before them, and then a gap or a stop: a net name's
# ("天山雪莲2019　留言时间", "雪莲花2016：") or a title's year, no count
_AFTER_A_NAMES_YEAR_RE = re.compile(r"[ \t\u3000，。：:；、）)\n]|$")


def _year_closing_a_name(text: str, m: re.Match[str]) -> bool:
    """ "天山雪莲2019　留言时间": a year's four digits, with no measure word, glued to the Chinese character before
    them and followed by a gap, a stop or the text's end: part of the name they close, no count."""
    num = m.group("num")
    if not re.fullmatch(r"(?:19|20)\d\d", num) or m.group("unit") or m.group("more"):
        return False
    glued = m.start() > 0 and CJK_CHAR_RE.match(text, m.start() - 1) is not None
    return glued and _AFTER_A_NAMES_YEAR_RE.match(text, m.end("num")) is not None


# a table's row number at a line's start, a space after it: "2　帕某某　女　……" under "序号　姓名　……"
_ROW_GAP_RE = re.compile(r"[ \t\u3000]+\S")


def _row_number(text: str, m: re.Match[str]) -> bool:
    """A number alone at a line's start before a space, where the line above opens with the column head 序号
    or with the number before it: the table row's number, no count."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    num = m.group("num")
    if text[line_start : m.start()].strip() or not num.isdigit() or m.group("unit"):
        return False
    if not _ROW_GAP_RE.match(text, m.end("num")) or line_start == 0:
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start].lstrip()
    return above.startswith("序号") or re.match(rf"{int(num) - 1}[ \t\u3000]", above) is not None


def _section_number(text: str, m: re.Match[str]) -> bool:
    line_start = text.rfind("\n", 0, m.start()) + 1
    return (
        not text[line_start : m.start()].strip()
        and re.fullmatch(r"\d{1,2}", m.group("num")) is not None
        and not m.group("unit")
        and (_HEADING_AFTER_RE.match(text, m.end("num")) or _ITEM_DATE_AFTER_RE.match(text, m.end("num"))) is not None
    )


# an item's number at a line's start before a date that opens the item: "3．5月底前完成转移就业", "2.2018年起……"
# (the stop no decimal point: a month or a year follows it)
_ITEM_DATE_AFTER_RE = re.compile(r"[.．](?:\d{1,2}月|(?:19|20)\d\d年)")


# a numeral that opens a short quoted slogan ("“四个一律”", "“三个代表”"): the slogan's, no count
_SLOGAN_END_RE = re.compile(r'[\u4e00-\u9fff]{1,6}[”」』"]')


# a term of a formula naming a scheme: "“1+3+3+改革开放”工作部署", "5+2模式", "3+2+1工作机制" (a number joined
# to another term by a plus sign; not "100+人", more than a hundred people)
_FORMULA_BEFORE_RE = re.compile(r"[\dA-Za-z一二三四五六七八九十][ \t]*[+＋][ \t]*$")
_FORMULA_AFTER_RE = re.compile(r"[ \t]*[+＋][ \t]*[\dA-Za-z一二三四五六七八九十]")


def _formula_term(text: str, m: re.Match[str]) -> bool:
    """A number a plus sign joins to another term on either side ("5+2", "1+X"): a scheme's name, no count."""
    return (
        _FORMULA_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()) is not None
        or _FORMULA_AFTER_RE.match(text, m.end("num")) is not None
    )


def _slogan_numeral(text: str, m: re.Match[str]) -> bool:
    """A numeral that opens a quoted slogan, between curly or straight quotation marks ("“四个一律”",
    '"四个一"': plain text often types the straight ones)."""
    return (
        text[max(0, m.start() - 1) : m.start()] in ("“", "「", "『", '"')
        and not re.search(r"\d", m.group("num"))
        and _SLOGAN_END_RE.match(text, m.end("num")) is not None
    )


def _parallel_count(text: str, m: re.Match[str]) -> bool:
    """ "169票赞成、1票反对", "3人死亡、1人受伤": a figure written in digits before the same measure word as
    a figure before it in the sentence, or joined to a count right before it ("4名官员和1个实体") or right
    after it ("辖1市3县", "1个镇、5个乡"), counts, though it is 1."""
    measure = text[m.end("num") : m.end("num") + 1]
    if not m.group("num").isdigit() or not CJK_CHAR_RE.match(measure):
        return False
    opening = max(text.rfind(c, 0, m.start()) for c in "。！？\n") + 1
    if _COUNT_JOINED_BEFORE_RE.search(text, max(opening, m.start() - 12), m.start()):
        return True  # "4名官员和1个实体": one joined to another count, whatever its measure word
    if _COUNT_JOINED_AFTER_RE.match(text, m.end("num")):
        return True  # "辖1市3县": one and the count written on after it, one list of what the place holds
    return re.search(rf"\d{re.escape(measure)}", text[opening : m.start()]) is not None


# a count in digits and what it counts, then a word joining the next count to it: "4名官员和", "3人、"
_COUNT_JOINED_BEFORE_RE = re.compile(r"\d[\u4e00-\u9fff]{1,6}(?:和|、|及|以及|与)$")
# what a count in digits counts, one or two characters, then the next count in digits, run on or joined:
# "1市3县", "1个镇、5个乡"
_COUNT_JOINED_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{1,2}(?:和|、|及|与)?\d")


# measure words that say only that people or things are counted: what is counted comes before
# ("可疑人员24412名", "培训中心6所")
_CN_MEASURES = {"名", "人", "个", "座", "所", "处", "户", "家", "起", ""}


def _cn_range_ends(m: re.Match[str]) -> tuple[float, float] | None:
    """A Chinese range's two ends, the higher's scale given to the lower where it has none
    ("100至180万人"); None for one number."""
    low_raw = m.groupdict().get("low")
    if not low_raw:
        return None
    low, high = parse_chinese_number(low_raw), parse_chinese_number(m.group("num"))
    if low is None or high is None:
        return None
    scale = re.search(rf"[{_CN_BIG_CHARS}]$", m.group("num"))
    unscaled = scale is not None and not re.search(rf"[{_CN_BIG_CHARS}]", low_raw)
    return _scaled_low(low, high, CN_BIG[scale.group(0)] if scale and unscaled else 1), high


def _cn_range(m: re.Match[str]) -> bool:
    """Whether a Chinese range match is one (see ``_rising``), its lower end no year ("2017-2019")."""
    low_raw = m.group("low")
    return _rising(_cn_range_ends(m), low_raw) and re.fullmatch(r"(?:1[89]|20)\d\d", low_raw) is None


# a case's or a document's number: "（2018）新31刑初字第112号", "喀检刑诉〔2018〕45号"
CN_DOCUMENT_NUMBER_RE = re.compile(r"[（(〔\[]\d{4}[）)〕\]][^\s，。；、：]{0,12}?\d+号")


def _of_them(figures: list[Figure], text: str, start: int) -> str:
    """ "380多处疑似拘留设施，其中至少61处": 其中 ("of them") counts what the figure before it in the paragraph
    counts (its unit without its measure word); "" where none comes before in the paragraph."""
    if not figures or "\n" in text[figures[-1].end : start]:
        return ""
    unit = figures[-1].unit
    return unit[1:] if unit[:1] in _CN_MEASURES else unit


_TABLE_CELL = re.compile(rf"{SPACED_THOUSANDS_CELL}|[^ \t\u3000\r\n]+")  # "1 150": one cell
# a cell of a row whose cells are set apart by tabs: a single space inside it is no column's edge ("2 871", a
# figure with its thousands set off by a space)
_TAB_CELL = re.compile(r"[^\t\r\n]*[^ \t\u3000\r\n][^\t\r\n]*")
_NUMBER_CELL = re.compile(rf"\d{{1,3}}(?:{_SP}\d{{3}})+|\d[\d,.]*[%％]?")  # "1 150", "12,386", "10.5%"


def _cells(line: str) -> Iterator[tuple[int, str]]:
    """A table line's cells with their offsets in the line: set apart by tabs where the line has one, else by
    spaces."""
    for c in (_TAB_CELL if "\t" in line else _TABLE_CELL).finditer(line):
        cell = c.group(0)
        lead = len(cell) - len(cell.lstrip(f"{SPACES}\u3000"))
        yield c.start() + lead, cell.strip(f"{SPACES}\u3000")


# the scale a column's head gives its cells in brackets: "认缴出资额（万元）", "人口（万人）", "金额(亿元)",
# "本年收费金额（单位：万元）"
# (not a metric prefix or a percentage: "产量（千克）", "面积（千米）", "（百分点）")
_HEAD_SCALE_RE = re.compile(r"[（(](?:单位[：:])?(?P<scale>[百千万亿]+)(?![克米瓦帕焦伏赫分])[\u4e00-\u9fff]{0,2}[）)]")


def _scale_by_head(figure: Figure, head: str) -> None:
    """A bare cell's figure in the scale its column's head names ("认缴出资额（万元）" over "4800": 48 million)."""
    m = _HEAD_SCALE_RE.search(head)
    if m is None:
        return
    scale = 1.0
    for ch in m.group("scale"):
        scale *= CN_SMALL.get(ch) or CN_BIG[ch]
    figure.value = round(figure.value * scale, 6)  # as a figure written with its scale is read
    figure.low = round(figure.low * scale, 6) if figure.low is not None else None
    figure.high = round(figure.high * scale, 6) if figure.high is not None else None


_CN_HEAD_YEAR_BRACKETS_RE = re.compile(r"[（(](?:19|20)\d\d年?(?:末|底)?[）)]")
_CN_HEAD_ORDINAL_RE = re.compile(r"第\d{1,2}(?!\d)")


def _under_heads(columns: list[str], cells: list[tuple[int, str]], first_empty: bool = False) -> list[str]:
    """The heads a row's cells stand under: one to one; or, where the head line leaves the row labels' corner
    empty ("	自然人	企业	总计" over "收到申请	7	1	8"), the label's cell under none; or, where the head line's
    first word heads the labels and the row has none ("行政复议	维持	纠正	总计" over "	1	0	1"), or the row
    opens with a tab, its first cell empty under a label written down the column ("系	称谓	姓名	年龄" over
    "	妻子	某某	40", a form's block of rows), the other heads. None for a row of another shape."""
    if not columns:
        return []
    if len(cells) == len(columns):
        return columns
    if len(cells) == len(columns) + 1 and not _NUMBER_CELL.fullmatch(cells[0][1]):
        return ["", *columns]
    if len(cells) == len(columns) - 1 and (first_empty or all(_NUMBER_CELL.fullmatch(w) for _, w in cells)):
        return columns[1:]
    return []


def _table_heads(text: str) -> dict[int, str]:
    """Where a table's number cells start, the head of their column: under a line of three or more words
    set apart by spaces, none with a digit ("乡镇　结对户数　可疑人员　被拘留"), each row of as many cells
    ("色力布亚镇　9820　156　14") counts what its column's head names; under a year's head ("类别 | 2019年 |
    2020年 | 同比变化"), what its row's label names ("在职员工总数 | 11,205 | 12,386 | 10.5%"). A unit line
    right above the head line ("单位：万元") gives every cell its unit, in brackets after the head."""
    heads: dict[int, str] = {}
    columns: list[str] = []
    pos = 0
    unit = pending = ""  # the table's unit, and the unit a line gives the table whose head comes next
    for line in text.splitlines(keepends=True):
        cells = [(pos + at, cell) for at, cell in _cells(line)]
        pos += len(line)
        under = _under_heads(columns, cells, line.startswith("\t"))
        if under and any(_NUMBER_CELL.fullmatch(w) for _, w in cells):
            label = _cn_row_label(cells)
            heads.update(
                (start, _in_unit(label if _CN_YEAR_HEAD_RE.fullmatch(under[i]) else under[i], unit))
                for i, (start, w) in enumerate(cells)
                if _NUMBER_CELL.fullmatch(w)
            )
            continue
        columns = _cn_head_line([w for _, w in cells])
        unit = pending if columns else ""
        pending = m.group("unit") if (m := _CN_TABLE_UNIT_RE.search(line)) else ""
    return heads


# a column's head that says its cells name or number a row, no count: "科目编码", "项目代码", "序号", "联系电话"
_CN_IDENTIFIER_HEAD_RE = re.compile(r"(?:编码|代码|编号|代号|号码|序号|账号|证号|电话|邮编)(?:（[^）]*）)?$")


# a line that gives the table under it its unit, alone or closing the table's title: "单位：万元", "金额单位：元",
# "表一　收支预算总表　　单位：万元" (not a label's line: "填报单位：某某派出所", "单位负责人：")
_CN_TABLE_UNIT_RE = re.compile(
    r"(?:^|[ \t\u3000])(?:金额)?单位[：:][ \t\u3000]*"
    r"(?P<unit>[百千万亿]?(?:元|人次|人|户|个|家|所|辆|台|套|亩|吨|公里|平方米|平方公里|%|％))[ \t\u3000]*$",
    re.MULTILINE,
)


def _in_unit(head: str, unit: str) -> str:
    """A column's head with the table's unit in brackets after it, unless the head names one ("金额（万元）")."""
    if not unit or not head or _HEAD_SCALE_RE.search(head) or unit in head:
        return head
    return f"{head}（{unit}）"


# a column's head that is a year, or a year's end: "2019年", "2020年末", "2021年度"
_CN_YEAR_HEAD_RE = re.compile(r"(?:19|20)\d\d年(?:末|底|度)?")
# what opens a row's label that says it is part of the row above: "其中：女性员工"
_OF_THEM_LABEL_RE = re.compile(r"^(?:其中|含|包括)[：:]?")


def _cn_head_line(words: list[str]) -> list[str]:
    """A table's head line: three or more words, none with a digit but a year in brackets that dates its figures
    ("人口（2020年）"), or two years or more as heads beside words with no digit ("指标 | 2019年 | 2020年");
    [] for no such line."""
    if len(words) < 3:
        return []
    # "人口（2020年）": the year its figures are of; "其中第1类": an ordinal that names a category, no figure
    dated = [_CN_HEAD_ORDINAL_RE.sub("", _CN_HEAD_YEAR_BRACKETS_RE.sub("", w)) for w in words]
    if not any(re.search(r"\d", w) for w in dated):
        return words
    years = [w for w in words if _CN_YEAR_HEAD_RE.fullmatch(w)]
    others = [w for w in words if not _CN_YEAR_HEAD_RE.fullmatch(w)]
    return words if len(years) >= 2 and others and not any(re.search(r"\d", w) for w in others) else []


def _cn_row_label(cells: list[tuple[int, str]]) -> str:
    """What a row's cells under a year count: its label, the first cell, without what says it is a part of the
    row above ("其中：新疆籍员工"); "" where the row opens with a number."""
    label = cells[0][1] if cells else ""
    return "" if _NUMBER_CELL.fullmatch(label) else _OF_THEM_LABEL_RE.sub("", label)


# an infobox's or a fact sheet's line: a label, a year or a note in brackets, a gap, then the figure alone
# ("人口（2020年）　28.5万", "户籍人口：4.6万")
_LABEL_BEFORE_RE = re.compile(r"(?:^|\n)(?P<label>[\u4e00-\u9fff]{2,6})(?:[（(][^）)\n]{0,12}[）)])?[ \t\u3000：:]+$")


def _line_label(text: str, start: int, end: int) -> str:
    """What a bare figure alone on a label's line counts: the label ("人口"); "" elsewhere."""
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    m = _LABEL_BEFORE_RE.search(text, max(0, start - 30), start)
    return m.group("label") if m is not None and not rest.strip() else ""


# an event named by its month and day ("7·5"事件, “3·01”暴恐案, its dot written as a bullet, "7•5", or lost to a
# question mark in quotation marks when the page was copied in another encoding, “7?5”, or left out, its digits
# alone in quotation marks right before the word for an event or a case, “75”事件): a date's name, no count
CN_EVENT_DATE_RE = re.compile(
    r"(?<![\d.·・•‧∙])(?:1[0-2]|0?[1-9])[·・•‧∙](?:3[01]|[12]\d|0?[1-9])(?![\d.·・•‧∙])"
    r"|(?<=[“\"「])(?:1[0-2]|0?[1-9])[?？](?:3[01]|[12]\d|0?[1-9])(?=[”\"」])"
    r"|(?<=[“\"「])(?:1[0-2]|[1-9])(?:3[01]|[12]\d|0?[1-9])(?=[”\"」](?:事件|事变|暴恐案|暴力恐怖案|暴恐事件|案件|惨案|骚乱))"
)


# words between what is counted and its figure that are no part of it: "in all" ("可疑人员共24412名"), a
# figure's qualifier or its modal, and the quotation mark that opens a quoted figure ("人数“可能高达数十万”")
_CN_BEFORE_FIGURE_RE = re.compile(
    r"(?:[“「『‘\"]|共计|总计|合计|累计|共|可能|或许|高达|多达|约|大约|将近|近|超过|逾|至少|不少于|不下"
    r"|达到|达|为|突破|增至|增加到|降至|减至|减少到|升至|提高到)+$"
)


# a word that is no part of what a figure counts: an adverb ("工作队|共|走访"), a conjunction, a particle or a
# mark; the words that say whether or how (是, 有, 要) and the pronouns that point (其, 该); before a figure,
# a preposition, a numeral or a measure too, and after a figure, a pronoun or a direction word ("24小时|内")
_NOT_COUNTED_TAGS = ("d", "c", "u", "x")
_NOT_COUNTED_BEFORE = ("p", "m", "q")
_NOT_COUNTED_AFTER = ("r", "f")
_NOT_COUNTED_WORDS = frozenset(
    {*"被受在的是了和与及等将已向对从把为有要应需须会能可", *"其这那该此本", "其中", "共有", "现有", "拥有"}
)
# a level's character the segmenter may part from the place's name before it ("焉耆|县")
_LEVEL_AFTER_A_PLACE = frozenset("省州市县区乡镇村")
_CJK_WORD = re.compile(f"[{CJK}]+")


def _counted_word(word: str, flag: str, not_tags: tuple[str, ...]) -> bool:
    """A word that may be a part of what a figure counts."""
    stop = flag.startswith(_NOT_COUNTED_TAGS + not_tags) or word in _NOT_COUNTED_WORDS
    return not stop and bool(_CJK_WORD.fullmatch(word))


def _counted_words_and_place_before(text: str, end: int, most: int) -> tuple[str, bool]:
    """The whole words right before ``end`` that name what is counted, ``most`` characters at most ("走访农户"
    of "工作队共走访农户"), and whether a place stands right before them ("和田地区|结业": where, not what;
    the segmenter's words, so 和 opens 和田, no conjunction), unless a verb takes it ("赴疆外务工")."""
    lo = max(0, end - most - 4)
    words = Tokens(text[lo:end]).words
    kept = ""
    for i in range(len(words) - 1, -1, -1):
        word, flag = words[i][2], words[i][3]
        place = flag == "ns" or (word in _LEVEL_AFTER_A_PLACE and i > 0 and words[i - 1][3] == "ns")
        if place and not (i > 1 and words[i - 1][3].startswith("v")):  # "赴|疆外|务工": where they went
            return kept, True
        cut = i == 0 and lo > 0  # the window's first word may be the end of a longer one ("抓|获犯罪嫌疑人")
        if cut or not _counted_word(word, flag, _NOT_COUNTED_BEFORE) or len(kept) + len(word) > most:
            break
        kept = word + kept
    return kept, False


# the most characters of what follows a figure's measure read as what it counts, before whole words, and the
# characters it may hold: no digit, circled note's number (①) or function word ("手机3部|予以没收")
_MOST_COUNTED_CHARS = 4
_COUNTED_CHAR = r"[^\W\d\u2460-\u24ff被受在的是了和与及等将已向对从把为有其予]"


# a span of time or an age right after a figure, which is all the figure counts ("3年未休假": years, not the verb
# after them; "有期徒刑十年六个月": the term, by its years; "时年45岁"); "more than" after it is no part of
# the unit ("三年多了": years)
_CN_SPAN_OF_TIME_AFTER_RE = re.compile(r"周岁|岁|年|个月|日|天")


def _counted_words_after(text: str, start: int, tail: str) -> str:
    """What follows a figure's measure, cut to the segmenter's whole words up to one that says something of
    what is counted: "工作队" of "工作队共走访", "县市" of "县市要进一步"; a bound between the measure and its
    noun is no part of it ("两名以上管教": 管教). A noun that starts inside a tail cut at its fourth character
    is read whole ("两所职业技术学校": 职业技术学校; not the verb of "十个村委会参与")."""
    kept = ""
    for s, e, word, flag in Tokens(text[start : start + len(tail) + 3]).words:
        whole = len(tail) == _MOST_COUNTED_CHARS and s < len(tail) and flag.startswith("n")
        if (e > len(tail) and not whole) or (not kept and word in ("以上", "以下", "左右")):
            continue
        if not _counted_word(word, flag, _NOT_COUNTED_AFTER):
            break
        kept += word
    return kept


def _cn_counted_before(figures: list[Figure], text: str, start: int) -> str:
    """What a figure with a bare measure counts, written before it ("可疑人员24412名"); after "其中" with
    nothing between, or after a place that breaks a figure down ("共收押3200人，其中甲县1200人、乙县900人"),
    what the figure before it counted."""
    head = _CN_BEFORE_FIGURE_RE.sub("", text[:start])
    if head.endswith("其中"):
        return _of_them(figures, text, start)
    counted, after_place = _counted_words_and_place_before(head, len(head), 6)
    place = (after_place and not counted) or (counted and t.gazetteer_index().get(t.fold(counted)))
    return (place and _of_them(figures, text, start)) or counted


# a range bounded by "以上" and "以下", its unit after both ends, as laws and rules write fines and terms:
# "二百元以上一千元以下罚款", "十日以上十五日以下拘留", "3年以上10年以下有期徒刑"
_BOUNDED_RANGE_RE = re.compile(
    rf"(?P<low>{_CN_NUM})(?P<unit>元|日|天|年|个月|小时)以上(?P<num>{_CN_NUM})(?P=unit)以下(?P<counted>[\u4e00-\u9fff]{{0,4}})"
)


def _bounded_ranges(text: str) -> list[Figure]:
    """ "处二百元以上一千元以下罚款" → 200 to 1,000 yuan: one range from its two bounds, counting what follows."""
    out = []
    for m in _BOUNDED_RANGE_RE.finditer(text):
        low, high = parse_chinese_number(m.group("low")), parse_chinese_number(m.group("num"))
        if low is None or high is None or low >= high:
            continue
        unit = m.group("unit") + m.group("counted")
        end = m.start("counted")
        out.append(Figure(m.start(), end, high, low, high, "between", unit, text[m.start() : end]))
    return out


# the signs of a share written after a figure: per cent, and per mille, a rate per thousand ("出生率为2.7‰")
_SHARE_SIGNS = {"%": "per cent", "％": "per cent", "‰": "per thousand"}
# a unit of length, weight, area, money, age or time after a figure: "身高1.65米", "2.5吨", "3.6公顷", "0.8元", a mean
# age ("平均年龄24.6岁"), a span of hours or days ("每天不少于1.5小时", "用时2.5天")
_MEASURE_AFTER_RE = re.compile(r"(?:平方|立方)?(?:千米|公里|厘米|毫米|米)|公斤|千克|克|吨|亩|公顷|元|周?岁|个?小时|天")


def _decimal_measured(text: str, m: re.Match[str]) -> bool:
    """ "男性身高1.65米以上": a figure with a decimal point before a unit of measure is a measured figure."""
    decimal = re.fullmatch(r"\d{1,3}(?:,\d{3})*\.\d+|\d+\.\d+", m.group("num")) is not None  # "39,977.53元"
    return decimal and _MEASURE_AFTER_RE.match(text, m.end("num")) is not None


# a numeral right before a party's role in a case, with no measure word, as rulings count the accused
# ("三被告人于……", "原审认定二上诉人……"); not an ordinal ("第二被告人") nor one of a number written in figures
_PARTIES_COUNTED_RE = re.compile(
    r"(?<![第\d一二三四五六七八九十百])(?P<num>[二两三四五六七八九十]{1,3})"
    r"(?P<unit>被告人|被上诉人|上诉人|犯罪嫌疑人|被害人|罪犯)"
)


def _parties_counted(text: str) -> list[Figure]:
    """ "三被告人" → 3 accused: the parties a ruling counts by a numeral before their role."""
    out = []
    for m in _PARTIES_COUNTED_RE.finditer(text):
        value = parse_chinese_number(m.group("num"))
        if value is not None:
            out.append(Figure(m.start(), m.end(), value, None, None, None, m.group("unit"), m.group(0)))
    return out


def _cn_may_count(text: str, m: re.Match[str], heads: dict[int, str]) -> bool:
    """Whether a Chinese number has a shape that may count: a unit after it, 万 or 亿, digits alone, years counted,
    a share's sign, a decimal measure, money, a measure, minutes, an age or days held written in numerals, or a
    table's cell under a head."""
    num = m.group("num")
    return bool(num) and bool(
        m.group("unit")
        or re.search(r"[万萬亿億]", num)
        or re.sub(rf"[,{SPACES}]", "", num).isdigit()
        or _years_counted(text, m)
        or text[m.end("num") : m.end("num") + 1] in _SHARE_SIGNS  # "达95.4%": a share
        or _decimal_measured(text, m)  # "身高1.65米"
        or _money_in_numerals(text, m)  # "罚金人民币五千元"
        or _measured_numerals(text, m)  # "案卷材料四册", "分三批次"
        or _minutes_in_numerals(text, m)  # "每次十分钟", "谈了二十分钟"
        or _age_or_days_held_in_numerals(text, m)  # "时年三十七岁", "行政拘留十五日"
        or m.start("num") in heads  # "收费金额（万元）" over "行政事业性收费 | 2316.45": a cell
        or _after_yuan_sign(text, m)  # "起拍价：¥1,180,000.00": money, its cents written
        or _and_a_half(text, m)  # "关了一年半，": a span and a half
    )


# the sign of the yuan before a sum: "¥1,236,000.00", "￥ 5,000"
_YUAN_SIGN_BEFORE_RE = re.compile(r"[¥￥][ \t]?$")


def _after_yuan_sign(text: str, m: re.Match[str]) -> bool:
    """Whether a number is a sum of money written after the yuan's sign."""
    return _YUAN_SIGN_BEFORE_RE.search(text, max(0, m.start("num") - 2), m.start("num")) is not None


def _cn_year_or_temperature(text: str, m: re.Match[str], num: str) -> bool:
    """Whether a Chinese number is a year (before 年 or a date's separator, or a title's year) or a temperature:
    no count."""
    if re.fullmatch(r"\d{4}", num) and text[m.end("num") : m.end("num") + 1] in ("年", "-", "/"):
        return True
    year_named = _year_ending_a_title_line(text, m) or _year_closing_a_title(text, m)
    if year_named or _year_opening_a_title_line(text, m) or _year_before_its_part(text, m):
        return True
    # "最低气温-12~-18℃", "下降10至15摄氏度": a temperature measures, no count (as "40°" does not)
    return _TEMPERATURE_AFTER_RE.match(text, m.end("num")) is not None


def _cn_counted(text: str, m: re.Match[str], end: int, unit: str, repeated: bool, figures: list[Figure]) -> str:
    """What a Chinese figure ending at ``end`` counts, after its unit: the words after it, a span of time's unit
    alone, or, after a measure's word with nothing after it, what the figures before counted."""
    tail = re.match(rf"{_COUNTED_CHAR}{{0,{_MOST_COUNTED_CHARS}}}", text[end:]) if not repeated else None
    counted = _counted_words_after(text, end, tail.group(0)) if tail else ""
    if not unit and (span := _CN_SPAN_OF_TIME_AFTER_RE.match(text, end)) is not None:
        counted = span.group(0)  # "已经五年没有消息", "超过30日未更新", "连续工作3年未休假": the span's unit alone
    if unit in _CN_MEASURES and not counted:
        counted = _cn_counted_before(figures, text, m.start())
    return counted


def _cn_qualifier(m: re.Match[str], num: str, ranged: bool) -> str | None:
    """A Chinese figure's qualifier: as written ("约", "近"), "over" for 多 or 余 after a digit's place, or
    "between" for a range."""
    more = m.group("more") or re.search(rf"[多余][{_CN_BIG_CHARS}]", num)
    qual = m.group("qual") or ("over" if more else "between" if ranged else None)
    return _CN_QUALIFIERS.get(qual, qual) if qual else None


def _cn_figures_completed(
    figures: list[Figure], shares: list[Figure], text: str, heads: dict[int, str]
) -> list[Figure]:
    """The Chinese figures read one by one, less a page's furniture, bare years and ranks, each without a unit
    given its table's head or its line's label; with the written shares, in the page's order."""
    resolutions = [r.span() for r in _RESOLUTION_RE.finditer(text)]
    figures = [f for f in figures if not _page_furniture(text, f, resolutions)]
    for f in figures:
        if not f.unit and f.start in heads:
            _scale_by_head(f, heads[f.start])
        f.unit = f.unit or heads.get(f.start, "") or _line_label(text, f.start, f.end)
    figures = [f for f in figures if not _bare_year(f) and not _rank_after_decimal_cells(text, f)]
    return sorted(figures + shares, key=lambda f: f.start)


def chinese_figures(text: str, skip: list[tuple[int, int]]) -> list[Figure]:
    """Every figure in Chinese ``text`` outside the ``skip`` spans: the written shares, bounded ranges and
    parties counted first, then each number of a shape that may count (``_cn_may_count``) and no year or
    temperature, with its range, unit, what it counts and its qualifier; completed over the page."""
    found = _written_shares(text) + _bounded_ranges(text) + _parties_counted(text)
    shares = [f for f in found if not any(s < f.end and f.start < e for s, e in skip)]
    skip = skip + [(f.start, f.end) for f in shares] + [m.span() for m in CN_DOCUMENT_NUMBER_RE.finditer(text)]
    skip += [m.span() for m in CN_EVENT_DATE_RE.finditer(text)]
    figures: list[Figure] = []
    heads = _table_heads(text)
    taken_until = 0  # the end of a range read with the next number inside it
    for m in _ranges_and_numbers(CN_NUMBER_RE, CN_ONE_NUMBER_RE, text, _cn_range):
        num = m.group("num")
        if not _cn_may_count(text, m, heads) or _CN_IDENTIFIER_HEAD_RE.search(heads.get(m.start("num"), "")):
            continue  # "科目编码" over "2040201": a code that names a row, no count
        start, end = m.span()
        if any(s < end and start < e for s, e in skip) or start < taken_until:
            continue
        if _cn_year_or_temperature(text, m, num):
            continue
        if not _chinese_count(text, m, num):
            continue
        value = parse_chinese_number(num)
        if value is None or (value == 0 and not m.group("unit")):
            continue  # a bare 0 (a table's empty cell, "上年结转　0"): nothing counted
        ends = _cn_range_ends(m) or _approximate_pair(num)
        low, high = ends if ends else (None, None)
        unit = m.group("unit") or ""
        repeated = None if ends or unit else _repeated_unit_range(text, m.end("num"), value)
        if repeated is not None:  # "有期徒刑10年至15年": both ends with their unit, one range
            low, high, end, unit = repeated
            value, taken_until = high, end
        if not unit and text[end : end + 1] in _SHARE_SIGNS:  # "占全国的87%": a share; "降至2.7‰": a rate
            end, unit = end + 1, _SHARE_SIGNS[text[end]]
        if not unit and _after_yuan_sign(text, m):
            unit = "元"  # "成交价：¥1,236,000.00": yuan, as 元 after it says
        if _and_a_half(text, m):
            value += 0.5  # "一年半", "一个半小时": and a half
        counted = _cn_counted(text, m, end, unit, repeated is not None, figures)
        qualifier = _cn_qualifier(m, num, bool(ends))
        figures.append(
            Figure(
                start=start,
                end=end,
                value=value,
                low=low,
                high=high,
                qualifier=qualifier,
                unit=(unit + counted).strip(),
                text=m.group(0),
            )
        )
    return _cn_figures_completed(figures, shares, text, heads)


# a span and a half after its count: "关了一年半", "两天半", "一个半小时", "三个半月"
_HALF_AFTER_RE = re.compile(r"(?:年|天|周|个(?=半(?:小时|钟头|月)))半")


def _and_a_half(text: str, m: re.Match[str]) -> bool:
    """Whether a count of a span of time goes on with a half ("一年半", "一个半小时"): a duration, half a unit
    more than its figure."""
    return _HALF_AFTER_RE.match(text, m.end("num")) is not None


# a web page's pager ("共 3 页 第 1 页 首页 上一页 1 2 3 下一页 尾页"), a screen resolution ("1024×768分辨率"), and a
# contact line's numbers after its label ("举报电话：0998-8512110、110"): numbers that count nothing
_PAGER_LINE_RE = re.compile("上一页|下一页|尾页")
_RESOLUTION_RE = re.compile(r"\d{3,4}[×xX*]\d{3,4}(?:分辨率|像素)")
_CONTACT_BEFORE_RE = re.compile(rf"(?:{_PHONE_LABELS}|座机)[：:][\d\s\-－—、，,/（）()]*$")


def _page_furniture(text: str, figure: Figure, resolutions: list[tuple[int, int]]) -> bool:
    """A bare number (no unit) in a page's pager or among a contact line's numbers; one in a screen resolution
    (``resolutions``: the page's, read once)."""
    line_start = text.rfind("\n", 0, figure.start) + 1
    line_end = text.find("\n", figure.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    bare = not figure.unit
    if bare and (_PAGER_LINE_RE.search(line) or _CONTACT_BEFORE_RE.search(text, line_start, figure.start)):
        return True
    return any(start <= figure.start < end for start, end in resolutions)


# two neighbouring numerals side by side, then their scale: an estimate between the two ("两三个月", "五六十人",
# "三四百名")
_APPROXIMATE_PAIR_RE = re.compile("(?P<low>[一两二三四五六七八])(?P<high>[两二三四五六七八九])(?P<scale>[十百千万]*)")


def _approximate_pair(num: str) -> tuple[float, float] | None:
    """The two ends of an estimate written as two neighbouring numerals ("两三" is 2 to 3, "五六十" 50 to 60,
    "三四百" 300 to 400); None for any other number ("二三" in "一百二三" is read whole elsewhere)."""
    m = _APPROXIMATE_PAIR_RE.fullmatch(num)
    if m is None or CN_DIGITS[m.group("high")] != CN_DIGITS[m.group("low")] + 1:
        return None
    scale = 1
    for ch in m.group("scale"):
        scale *= CN_SMALL.get(ch) or CN_BIG[ch]
    return float(CN_DIGITS[m.group("low")] * scale), float(CN_DIGITS[m.group("high")] * scale)


# a range whose two ends both carry the unit of time or money: "10年至15年", "十五年至八年不等", "3个月到6个月",
# "给予500元至5000元奖励"
# (an age or an area too: "年龄在18岁至35岁之间", "20亩至30亩")
_REPEATED_UNIT_RANGE_RE = re.compile(
    rf"(?P<unit>年|个月|天|万?元|周岁|岁|万?亩)\s*[至到~～\-–—]\s*(?P<num>{_CN_NUM})(?P=unit)"
)


def _repeated_unit_range(text: str, at: int, value: float) -> tuple[float, float, int, str] | None:
    """The lower end, the higher end, the end and the unit of a range written with its unit after both ends,
    read from the first end's unit at ``at``; the ends in either order ("十五年至八年" is 8 to 15 years)."""
    m = _REPEATED_UNIT_RANGE_RE.match(text, at)
    other = parse_chinese_number(m.group("num")) if m else None
    if m is None or other is None:
        return None
    return min(value, other), max(value, other), m.end(), m.group("unit")


def _year_ending_a_title_line(text: str, m: re.Match[str]) -> bool:
    """ "某某人民政府办公厅2022⏎政府信息公开工作年度报告": a year closing a line right after a word (a title broken
    over two lines), with no measure word after it, is the year the title names, no count."""
    num = m.group("num")
    if m.group("unit") or not re.fullmatch(r"(?:19|20)\d\d", num) or not _LINE_END_RE.match(text, m.end("num")):
        return False
    return CJK_CHAR_RE.match(text[m.start("num") - 1 : m.start("num")]) is not None


def _year_opening_a_title_line(text: str, m: re.Match[str]) -> bool:
    """ "2022新疆某州招聘警务辅助人员公告": a year that opens a line, with no measure word, right before a word
    (a headline's year written without 年) is the year the title names, no count."""
    num, at = m.group("num"), m.start("num")
    if m.group("unit") or not re.fullmatch(r"(?:19|20)\d\d", num):
        return False
    opens_line = at == 0 or text[at - 1] == "\n"
    return opens_line and CJK_CHAR_RE.match(text, m.end("num")) is not None


# a temperature's unit after a figure, or after a range's other end with its sign: "-12~-18℃", "10至15摄氏度"
_TEMPERATURE_AFTER_RE = re.compile(r"\s*(?:[~～至到—－\-]\s*[\-－]?\s*\d+(?:\.\d+)?\s*)?(?:℃|°C|摄氏度)")


# a part of a year, or a year of a school's or a season's own reckoning: "2023学年", "2023春季", "2019年度"
_PART_OF_YEAR_RE = re.compile(r"(?:学年|学期|年度|春季|夏季|秋季|冬季|季度|上半年|下半年|赛季|财年)")


def _year_before_its_part(text: str, m: re.Match[str]) -> bool:
    """ "九团中学2023春季开学典礼", "2023学年春季学期": a year written without 年, with no measure word, right before a
    part of it (a season, a school year, a quarter) is the year, no count."""
    num = m.group("num")
    if m.group("unit") or not re.fullmatch(r"(?:19|20)\d\d|\d{2,3}", num):
        return False
    if len(num) < 4:  # "113学年度": a year of the Republic's reckoning, as Taiwan's schools count them
        return _SCHOOL_YEAR_RE.match(text, m.end("num")) is not None
    return _PART_OF_YEAR_RE.match(text, m.end("num")) is not None


_SCHOOL_YEAR_RE = re.compile("学年度|学年|年度")


def _year_closing_a_title(text: str, m: re.Match[str]) -> bool:
    """ "《新疆年鉴2010》", "《统计公报2019》": a year with no measure word right before the mark that closes a
    book's or a document's title is the edition the title names, no count."""
    num = m.group("num")
    return (
        not m.group("unit")
        and re.fullmatch(r"(?:19|20)\d\d", num) is not None
        and text[m.end("num") : m.end("num") + 1] in ("》", "〉")
    )


# a row of a table whose head the page lost: a label, then cells of measures with a decimal point, then a bare
# whole number closing the line ("某某市 14,875.50 0.89 13"): the row's rank or code, no count
_DECIMAL_CELL_BEFORE_RE = re.compile(r"\d\.\d+[ \t\u3000]+$")


def _rank_after_decimal_cells(text: str, figure: Figure) -> bool:
    line_start = text.rfind("\n", 0, figure.start) + 1
    return (
        not figure.unit
        and re.fullmatch(r"\d+", figure.text) is not None
        and _DECIMAL_CELL_BEFORE_RE.search(text, line_start, figure.start) is not None
        and _LINE_END_RE.match(text, figure.end) is not None
    )


def _bare_year(figure: Figure) -> bool:
    """A four-digit year with nothing counted after or before it ("新疆人民出版社, 2002: 215."): a date."""
    return not figure.unit and re.fullmatch(r"\d{4}", figure.text) is not None and 1800 <= figure.value <= 2100


# a share in tenths: "减少约三成" (by about 30%), "占成年人口的一成", "七成以上", "提高了两成", "高出两成"; after a
# word of how much or of what part, never a word (一成不变, 八成新: "as good as")
CN_TENTHS_RE = re.compile(
    r"(?<=[约近占的逾达了过降升少加有超出])(?P<num>[一两二三四五六七八九])成(?:以上|左右|多)?(?![为了员功立本果绩就长年交都不新熟])"
)


def _shares_in_tenths(text: str) -> list[Figure]:
    """ "约三成" → 30 per cent: a share written in tenths (成), about as much when 约 or 近 stands before it."""
    out = []
    for m in CN_TENTHS_RE.finditer(text):
        before = text[m.start() - 1]
        qualifier = _CN_QUALIFIERS.get(before) if before in ("约", "近") else None
        out.append(
            Figure(m.start(), m.end(), CN_DIGITS[m.group("num")] * 10.0, None, None, qualifier, "per cent", m.group(0))
        )
    return out


def _written_shares(text: str) -> list[Figure]:
    """ "百分之四十五", "百分之三点五", "约百分之40": a share written out, in per cent; one in tenths ("三成")."""
    out = _shares_in_tenths(text)
    for m in CN_PERCENT_RE.finditer(text):
        whole, _, decimals = m.group("num").partition("点")
        value = parse_chinese_number(whole)
        if value is None or not all(d in CN_DIGITS or d.isdigit() for d in decimals):
            continue
        if decimals:
            value += float("0." + "".join(str(CN_DIGITS.get(d, d)) for d in decimals))
        qual = m.group("qual")
        qualifier = _CN_QUALIFIERS.get(qual, qual) if qual else None
        out.append(Figure(m.start(), m.end(), value, None, None, qualifier, "per cent", m.group(0)))
    return out


# -- Uyghur --------------------------------------------------------------------------------
# Read on the internal form of a Uyghur page (analyse/uyghur.py: ULY in lower case, é ö ü folded to
# e o u), whatever script the page is written in. A qualifier follows the number as a case ending
# and a word ("1 milyondin artuq", more than a million) or precedes it ("kem dégende", at least).

UYGHUR_NUMBER_WORDS = {
    "bir": 1,
    "ikki": 2,
    "uch": 3,
    "tot": 4,
    "besh": 5,
    "alte": 6,
    "yette": 7,
    "sekkiz": 8,
    "toqquz": 9,
    "on": 10,
    "yigirme": 20,
    "ottuz": 30,
    "qiriq": 40,
    "ellik": 50,
    "atmish": 60,
    "yetmish": 70,
    "seksen": 80,
    "toqsan": 90,
}
UYGHUR_SCALES = {
    "yuz": 100,
    "ming": 1000,
    "tumen": 10_000,
    "milyon": 1_000_000,
    "milyun": 1_000_000,
    "million": 1_000_000,
    "milyard": 1_000_000_000,
    "milliard": 1_000_000_000,
}
# Counters: words between a number and what it counts (neper for people).
UYGHUR_COUNTERS = {"neper": "people", "tal": "", "qetim": "times", "nepher": "people"}
_UY_CASE_END = (
    r"(?:ning|ni|gha|ge|qa|ke|da|de|ta|te|din|tin|diki|tiki|ghiche|giche|qiche|kiche|dek|tek|che|chilik|la|mu)"
)
_UY_DIGITS = rf"\d{{1,3}}(?:(?:,|{_SP})\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:\.\d{{3}})+(?!\d)|\d+(?:[.,]\d+)?"
_UY_WORDNUM = "(?:" + "|".join(sorted(UYGHUR_NUMBER_WORDS, key=len, reverse=True)) + ")"
_UY_SCALE = "(?:" + "|".join(sorted(UYGHUR_SCALES, key=len, reverse=True)) + ")"
_UY_NUMBER = (
    rf"(?:(?:{_UY_DIGITS})(?:\s+{_UY_SCALE})*|{_UY_WORDNUM}(?:\s+{_UY_WORDNUM})*(?:\s+{_UY_SCALE})+"
    rf"(?:\s+{_UY_WORDNUM})*)"
)
UYGHUR_NUMBER_RE = re.compile(
    rf"(?<![\w/\-.(_])(?:(?P<qual>texminen|kem\s+degende|az\s+degende|eng\s+az|eng\s+kop|jemiy)\s+)?"
    rf"(?P<num>{_UY_NUMBER})(?:\s?[-–]\s?(?P<high>{_UY_NUMBER}))?"
    rf"(?:\s+(?P<counter>{'|'.join(UYGHUR_COUNTERS)}))?"
    rf"(?P<sfx>(?:(?<=\d)[{SPACES}\-]?)?{_UY_CASE_END})?(?![a-z'\d])"
)
_UY_QUAL_AFTER = [
    (
        re.compile(r"\s+(?:artuq|kop|ziyade|ashidu|ashqan|ashuruq|ashuq|oshuq|artuqraq)(?![a-z])"),
        ("din", "tin"),
        "over",
    ),
    (re.compile(r"\s+kem\s+emes(?![a-z])"), ("din", "tin"), "no fewer than"),
    (re.compile(r"\s+yeqin(?![a-z])"), ("gha", "ge", "qa", "ke"), "nearly"),
    (re.compile(r"\s+qeder(?![a-z])"), ("gha", "ge", "qa", "ke"), "up to"),
    (re.compile(r"\s+etrapida(?![a-z])"), ("",), "around"),
    (re.compile(r""), ("dek", "tek", "che", "chilik"), "about"),
]
_UY_QUAL_BEFORE = {
    "texminen": "approximately",
    "kem degende": "at least",
    "az degende": "at least",
    "eng az": "at least",
    "eng kop": "at most",
    "jemiy": None,
}

# Words before a number that make it a reference, not a count.
UYGHUR_REFERENCE_WORDS = {"nomur", "nomurluq", "madda", "maddisi", "bet", "no", "number", "tarmaq", "bap", "qatar"}


def parse_uyghur_number(text: str) -> float | None:
    """The value of a number in the internal form: "1.8 milyon", "1 535", "ikki ming besh yuz", "on ming"."""
    words = re.sub(rf"{_SP}+", " ", text.strip()).split(" ")
    total = 0.0
    current = 0.0
    seen = False
    i = 0
    while i < len(words):
        w = words[i]
        digits = re.fullmatch(rf"({_UY_DIGITS})", w) if w else None
        if digits:
            # 1 535 (digit groups split by a space) reads as one number
            while i + 1 < len(words) and re.fullmatch(r"\d{3}", words[i + 1]) and not re.search(r"[.,]\d{1,2}$", w):
                w += words[i + 1]
                i += 1
            current += _uyghur_digits(w)
            seen = True
        elif w in UYGHUR_NUMBER_WORDS:
            current += UYGHUR_NUMBER_WORDS[w]
            seen = True
        elif w == "yuz":
            current = (current or 1) * 100
            seen = True
        elif w in UYGHUR_SCALES:
            total += (current or 1) * UYGHUR_SCALES[w]
            current = 0
            seen = True
        else:
            return None
        i += 1
    return total + current if seen else None


def _uyghur_digits(text: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):  # 1.500.000: dots between groups of three
        return float(text.replace(".", ""))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    return float(text.replace(",", ".").replace(" ", ""))


def uyghur_figures(key: str, skip: list[tuple[int, int]]) -> list[Figure]:
    """Figures in the internal form of a Uyghur page, at its offsets. ``unit`` holds the counter and
    the words after the number as written in the internal form; analyse/uyghur.py glosses it."""
    figures: list[Figure] = []
    skipped = bytearray(len(key) + 1)
    for s, e in skip:
        skipped[s:e] = b"\x01" * (e - s)
    for m in UYGHUR_NUMBER_RE.finditer(key):
        num = m.group("num")
        start = m.start("num") if not m.group("qual") else m.start()
        end = m.start("sfx") if m.group("sfx") else m.end()
        if skipped.find(1, start, end) >= 0:
            continue
        if (
            re.match(r"-\s?[a-z]", key[m.end("num") : m.end("num") + 3])
            and not m.group("counter")
            and "-" not in (m.group("sfx") or "")
        ):
            continue  # an ordinal: 3-kent, 5-ay
        before = key[max(0, start - 20) : start]
        prev = re.search(r"([a-z]+)\.?\s*$", before)
        if prev and prev.group(1) in UYGHUR_REFERENCE_WORDS:
            continue
        value = parse_uyghur_number(num)
        if value is None:
            continue
        is_word = not re.search(r"\d", num)
        if is_word and not m.group("counter") and not re.search(_UY_SCALE, num):
            continue  # "bir" is also "a"
        if re.fullmatch(r"\d{4}", num) and 1800 <= value <= 2100 and not m.group("counter"):
            continue  # a year
        if re.fullmatch(r"\d{8,}", num):
            continue  # a code, a telephone or identity number
        low = high = None
        if m.group("high"):
            high = parse_uyghur_number(m.group("high"))
            if high is None:
                continue
            low = value
            if not re.search(_UY_SCALE, num) and re.search(_UY_SCALE, m.group("high")):
                scale = UYGHUR_SCALES[re.findall(_UY_SCALE, m.group("high"))[-1]]
                low = value * scale  # 1-1.5 milyon
                value = low
        qualifier = _UY_QUAL_BEFORE.get(re.sub(r"\s+", " ", m.group("qual"))) if m.group("qual") else None
        sfx = (m.group("sfx") or "").lstrip(SPACES + "-")
        rest = key[m.end() : m.end() + 40]
        tail = 0
        for pattern, endings, name in _UY_QUAL_AFTER:
            found = pattern.match(rest)
            if sfx in endings and found:
                qualifier, tail = name, found.end()
                break
        if low is not None and qualifier is None:
            qualifier = "between"
        if re.match(r"\s+yash(?:ta|liq|lik|qa|ida|inda|ning)?(?![a-z])", rest) or re.match(r"yash", sfx):
            continue  # an age ("68 yashta"), as "aged 68" is no count
        counter = m.group("counter") or ""
        unit_words = [counter] if counter else []
        nxt = re.match(r"\s+([a-z][a-z']*)", rest[tail:])
        if nxt:
            unit_words.append(nxt.group(1))
        figures.append(
            Figure(
                start=start,
                end=end,
                value=value,
                low=low,
                high=high,
                qualifier=qualifier,
                unit=" ".join(unit_words),
                text=key[start:end],
            )
        )
    return figures
