"""Page text as a reader sees it: words a PDF or a text export broke across lines are joined again
("乌鲁木\\n齐" → "乌鲁木齐", "detain-\\nment" → "detainment"), and the title is the document's own
(its metadata or main heading), never the web page's boilerplate ("Click here to complete our Survey")."""

from __future__ import annotations

import re

from habeas.ingest.model import Extracted

# Letters of Chinese and Japanese words (not their punctuation, which ends a line of its own accord).
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t]*\n[ \t]*(?=[{_CJK}])")
# a word cut by a hyphen at the end of a line, continued in lower case on the next
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[a-zß-öø-ÿ]+\b)")
# Quick scans first: a text with neither a CJK letter nor a hyphen before a line break has no break to join.
_ANY_CJK = re.compile(f"[{_CJK}]")
_HYPHEN_AT_END = re.compile(r"-[ \t]*\n")
# PDFium writes a hyphen it judged to end a line inside a word as U+FFFE (a noncharacter) and takes
# the line break away: "detain\ufffement".
_PDFIUM_HYPHEN = re.compile(r"(?<=[^\W\d_])\ufffe(?=[a-zß-öø-ÿ])")
_SHORT_LINE = 0.6  # a line shorter than this share of the page's long lines ends where its author ended it

BOILERPLATE = re.compile(
    r"\b(?:click|tap)\s+here\b|\bsurvey\b|\bcookies?\b|\bsubscribe\b|\bsign\s+(?:up|in)\b|\blog\s*in\b"
    r"|\bnewsletter\b|\bskip\s+to\b|\bjavascript\b|\bprivacy\s+(?:policy|notice)\b|\badvertisement\b"
    r"|\bshare\s+(?:this|on)\b|\bfollow\s+us\b|\ball\s+rights\s+reserved\b|©|\bcopyright\b|\bread\s+more\b"
    r"|\bdonate\b|\bmenu\b|\bbreadcrumb\b|\bjump\s+to\b|\bfrom\s+the\s+free\s+encyclopedia\b",
    re.IGNORECASE,
)
_NOT_A_HEADING = re.compile(
    r"^(?:by\s|published\b|updated\b|posted\b|\d{1,2}\s+\w+\s+\d{4}$|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|https?://)",
    re.IGNORECASE,
)
TITLE_MAX = 200
# formats whose line breaks are the author's (cells, markup paragraphs, mail): only wrapped page text is joined
KEEP_LINES = {"csv", "xlsx", "html", "svg", "eml", "image", "archive"}


def join_broken_words(text: str) -> str:
    """Join the words a line break cut: CJK characters on both sides of a break inside a paragraph,
    and Latin words hyphenated at the end of a line. A break after a short line (a heading, the
    last line of a paragraph) is kept: only lines about as long as the page's long lines wrap."""
    if "\n" not in text or not (_ANY_CJK.search(text) or _HYPHEN_AT_END.search(text)):
        return text  # most pages: no break to judge (quick scans), so no need to measure their lines
    lengths = sorted(len(line.strip()) for line in text.split("\n") if line.strip())
    long_line = lengths[int(len(lengths) * 0.9) - 1 if len(lengths) >= 10 else -1]

    def wrapped(m: re.Match[str]) -> bool:
        line_start = text.rfind("\n", 0, m.start()) + 1
        return len(text[line_start : m.start()].strip()) >= _SHORT_LINE * long_line

    out = _CJK_BREAK.sub(lambda m: "" if wrapped(m) else m.group(0), text)
    return _HYPHEN_BREAK.sub(lambda m: "" if _hyphen_is_break(m) else m.group(0), out)


def pdfium_hyphens(text: str) -> str:
    """PDFium's marks for a hyphen at the end of a line, read as ``join_broken_words`` reads a hyphen
    before a line break: one word ("detainment") unless its first part is capitalised
    ("Uyghur-language"); a mark anywhere else is a plain hyphen."""
    if "\ufffe" not in text:
        return text
    return _PDFIUM_HYPHEN.sub(lambda m: "" if _hyphen_is_break(m) else "-", text).replace("\ufffe", "-")


def _hyphen_is_break(m: re.Match[str]) -> bool:
    """ "detain-\\nment" is one word; "Uyghur-\\nlanguage" keeps its hyphen (a compound on a name)."""
    word_start = m.string.rfind(" ", 0, m.start()) + 1
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    first = m.string[max(word_start, line_start) : m.start()]
    return not first[:1].isupper()


def is_boilerplate(line: str) -> bool:
    """Site furniture rather than a document's heading: calls to action, navigation, notices."""
    line = line.strip()
    return bool(BOILERPLATE.search(line)) or line.count("|") >= 2 or line.count("›") >= 1


def main_heading(text: str) -> str | None:
    """The first line that reads as a heading: not boilerplate, not a byline or a date, not a sentence
    running on into a paragraph."""
    for raw in text.splitlines()[:80]:
        line = raw.strip().lstrip("#").strip()
        if len(line) <= 3 or is_boilerplate(line) or _NOT_A_HEADING.match(line):
            continue
        return line[:TITLE_MAX]
    return None


def better_title(title: str, text: str, name: str) -> str:
    """The document's title: its own (metadata, the page's title, its first line, or its file's name
    for tables and images) unless that is empty or boilerplate, then the main heading of its text."""
    title = (title or "").strip()
    if title and not is_boilerplate(title):
        return title
    return main_heading(text) or title or name


def tidy(extracted: Extracted, name: str) -> Extracted:
    """Join broken words on every page and mend the title, in place; returns the same document."""
    if extracted.pages and extracted.file_type not in KEEP_LINES:
        extracted.pages = [join_broken_words(page) for page in extracted.pages]
    extracted.title = better_title(extracted.title, extracted.text, name)
    return extracted
