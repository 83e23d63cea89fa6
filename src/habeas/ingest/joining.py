"""Page text as a reader sees it: words a PDF or a text export broke across lines are joined again
("乌鲁木\\n齐" → "乌鲁木齐", "detain-\\nment" → "detainment"), and the title is the document's own
(its metadata or main heading), never the web page's boilerplate ("Click here to complete our Survey").

Whether a hyphen at the end of a line belongs to the word is read first from the document itself, as
a careful typist would: a word it writes elsewhere whole on one line ("Xinjiang", "well-known") is
the word meant ("Xin-\\njiang" → "Xinjiang", "well-\\nknown" → "well-known"); only where the document
says nothing does the hyphen go when the word's first part is in lower case or a capitalised part it never
writes alone ("Commis-\\nsion"), and stay when that part is a word it writes ("Uyghur-\\nlanguage").

Two columns of a scanned page that its text recognition read across, line by line, as one ("… bulletins in    OTTAWA
— The House of Commons"), are read apart as a reader reads them: the left column's lines first, then the right's."""

from __future__ import annotations

import re

from habeas.ingest.model import Extracted
from habeas.names.scripts import HAN_CHARACTERS, LATIN_LOWER

# a line broken between two Chinese or Japanese characters (not after their punctuation, which ends a line
# of its own accord; nor before a line that sets its first character apart by a full-width space, as a list
# aligns a two-character name or a label to the width of three: "刘　敏：某某日报社记者", "简　称")
# (or before a figure that goes on with the clause, where a page wraps at a fixed width: "抓获…人员⏎1.2万余名"; not a
# list's number, "1." or "2、", which opens a line of its own)
_CJK_BREAK = re.compile(
    rf"(?<=[{HAN_CHARACTERS}])[ \t]*\n[ \t]*(?=[{HAN_CHARACTERS}](?!\u3000)|\d+(?:\.\d+)?(?![\d.．、)）\s]))"
)
# a word cut by a hyphen at the end of a line, continued in lower case on the next
_HYPHEN_BREAK = re.compile(rf"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[{LATIN_LOWER}]+\b)")
# Quick scans first: a text with neither a CJK letter nor a hyphen before a line break has no break to join.
_ANY_CJK = re.compile(f"[{HAN_CHARACTERS}]")
_HYPHEN_AT_END = re.compile(r"-[ \t]*\n")
# PDFium writes a hyphen it judged to end a line inside a word as U+FFFE (a noncharacter) and takes
# the line break away: "detain\ufffement".
_PDFIUM_HYPHEN = re.compile(rf"(?<=[^\W\d_])\ufffe(?=[{LATIN_LOWER}])")
# a word as a document writes it on one line, hyphenated compounds whole ("re-education")
_WORD_FORM = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_WORD_START = re.compile(r"[^\W\d_]+")
# the two parts of a word a hyphen at the end of a line cut ("Commis-⏎sion")
_HYPHENATED_PARTS = re.compile(r"[^\W\d_]+-[ \t]*\n[ \t]*[^\W\d_]+")
# a page that breaks this many words in lower case with a hyphen at a line's end hyphenates freely, as a
# newspaper's narrow columns do, and breaks names too ("Commis-\nsion")
_FREE_HYPHENATION = 4
_SHORT_LINE = 0.6  # a line shorter than this share of the page's long lines ends where its author ended it
# a gap between a table's cells: two spaces or more, or a tab, between written characters; a line with two such
# gaps or more is a row of a table laid out with spaces ("县市    在培    结业"), whose break is its author's
_CELL_GAP = re.compile(r"(?<=\S)(?:[ ]{2,}|\t)(?=\S)")
# a clause's mark, which a table's cells do not hold: a line with one is prose with wide gaps, wrapped by its layout
_CLAUSE_MARK = re.compile("[，。；！？]")

# two columns read across as one line: the left column's words, one wide gap (three spaces or more, or a tab), the
# right column's words, and no other gap on the line ("tion. One bulletin says 15,683 peo-    Canada to appear")
_TWO_COLUMNS = re.compile(r"(?P<left>[ \t]*\S(?:[^\t]*?\S)?)(?:[ ]{3,}|\t+)(?P<right>\S(?:[^\t]*\S)?)[ \t]*")
_PROSE_WORD = re.compile(r"\b[a-z]{2,}\b")
_COLUMN_LINES = 4  # fewer lines of two columns are a table's rows or a form's fields as often as a page's columns
_COLUMN_WIDTH = 20  # a column of prose holds lines this long on average; a form's labels are shorter
_COLUMN_WORDS = 3  # lower-case words each column's line holds on average: prose, not a table's names or figures

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


def written_words(text: str) -> frozenset[str]:
    """Every word ``text`` writes whole on one line, in lower case, hyphenated compounds as one: the
    evidence for reading a hyphen at a line's end."""
    whole = _HYPHENATED_PARTS.sub(" ", text) if "-" in text else text  # "Commis-⏎sion" writes neither part whole
    return frozenset(word.lower() for word in _WORD_FORM.findall(whole))


def _column_parts(line: str) -> tuple[str, str] | None:
    """The left and right columns' parts of a line read across two columns of prose, or None."""
    m = _TWO_COLUMNS.fullmatch(line)
    if not m or _CELL_GAP.search(m.group("left").strip()) or _CELL_GAP.search(m.group("right")):
        return None
    if not (_PROSE_WORD.search(m.group("left")) and _PROSE_WORD.search(m.group("right"))):
        return None
    return m.group("left"), m.group("right")


def _columns(parts: list[tuple[str, str]]) -> bool:
    """Whether these consecutive lines' parts are two columns of prose: enough lines, a left column as wide as
    prose is, and words in lower case on both sides, as sentences have and a table's cells and a form's labels
    have not."""
    if len(parts) < _COLUMN_LINES:
        return False
    width = sum(len(left.strip()) for left, _ in parts) / len(parts)
    words = min(sum(len(_PROSE_WORD.findall(side[i])) for side in parts) for i in (0, 1)) / len(parts)
    return width >= _COLUMN_WIDTH and words >= _COLUMN_WORDS


def columns_read_apart(text: str) -> str:
    """The page with each run of lines that read two columns across as one ("… bulletins in    OTTAWA — The
    House"; ``_columns``) read apart: the left column's parts stay where they are and run on into the lines
    after them, to the paragraph's end (a blank line), where the right column's parts follow as a paragraph of
    their own. Other lines are left as they are."""
    if "   " not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        parts: list[tuple[str, str]] = []
        while i + len(parts) < len(lines) and (part := _column_parts(lines[i + len(parts)])):
            parts.append(part)
        if not _columns(parts):
            out.append(lines[i])
            i += 1
            continue
        out.extend(left for left, _ in parts)
        i += len(parts)
        while i < len(lines) and lines[i].strip():  # the left column's paragraph goes on below the run
            out.append(lines[i])
            i += 1
        out.extend(["", *(right for _, right in parts)])
    return "\n".join(out)


def join_broken_words(text: str, words: frozenset[str] | None = None) -> str:
    """Join the words a line break cut: CJK characters on both sides of a break inside a paragraph,
    and Latin words hyphenated at the end of a line. A break after a short line (a heading, the
    last line of a paragraph) is kept: only lines about as long as the page's long lines wrap.
    ``words``: the whole document's ``written_words`` (by default the page's own)."""
    if "\n" not in text or not (_ANY_CJK.search(text) or _HYPHEN_AT_END.search(text)):
        return text  # most pages: no break to judge (quick scans), so no need to measure their lines
    lengths = sorted(len(line.strip()) for line in text.split("\n") if line.strip())
    long_line = lengths[int(len(lengths) * 0.9) - 1 if len(lengths) >= 10 else -1]

    def wrapped(m: re.Match[str]) -> bool:
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start : m.start()].strip()
        row = len(_CELL_GAP.findall(line)) >= 2 and not _CLAUSE_MARK.search(line)
        return len(line) >= _SHORT_LINE * long_line and not row

    out = _CJK_BREAK.sub(lambda m: "" if wrapped(m) else m.group(0), text)
    if not _HYPHEN_BREAK.search(out):
        return out
    known = written_words(out) if words is None else words
    breaks = _HYPHEN_BREAK.finditer(out)
    freely = sum(1 for m in breaks if _word_before(out, m.start())[:1].islower()) >= _FREE_HYPHENATION
    return _HYPHEN_BREAK.sub(lambda m: _line_end_hyphen(m, known, m.group(0), freely), out)


def _word_before(text: str, pos: int) -> str:
    """The word that ends at ``pos``, on its line."""
    start = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
    return text[start:pos]


def pdfium_hyphens(text: str, words: frozenset[str] | None = None) -> str:
    """PDFium's marks for a hyphen at the end of a line, read as ``join_broken_words`` reads a hyphen
    before a line break (``words``: the document's ``written_words``, by default the page's own); a
    mark anywhere else is a plain hyphen."""
    if "\ufffe" not in text:
        return text
    known = written_words(text) if words is None else words
    return _PDFIUM_HYPHEN.sub(lambda m: _line_end_hyphen(m, known, "-"), text).replace("\ufffe", "-")


def _line_end_hyphen(m: re.Match[str], words: frozenset[str], kept: str, freely: bool = False) -> str:
    """What the hyphen ``m`` at a line's end becomes: nothing inside one word, "-" in a compound the
    document writes hyphenated elsewhere, as its ``words`` say; if it writes the word neither way,
    "detain-\\nment" is one word and "Uyghur-\\nlanguage" keeps its hyphen as ``kept``."""
    first = _word_before(m.string, m.start())
    rest = _WORD_START.match(m.string, m.end())
    if rest:
        whole = f"{first}{rest.group(0)}".lower() in words
        if whole != (f"{first}-{rest.group(0)}".lower() in words):
            return "" if whole else "-"
    # a capitalised first part keeps its hyphen ("Uyghur-\\nlanguage"), but on a page that breaks words freely
    # (``freely``: a narrow column's) only where the document writes it as a word of its own elsewhere: else it is
    # a name's first letters ("Commis-\\nsion", "Internation-\\nal Consortium")
    return kept if first[:1].isupper() and (not freely or first.lower() in words) else ""


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
    """Read apart the columns a page's lines run together, join broken words on every page and mend the
    title, in place; returns the same document."""
    if extracted.pages and extracted.file_type not in KEEP_LINES:
        hyphens = any(_HYPHEN_AT_END.search(page) for page in extracted.pages)
        words = written_words(extracted.text) if hyphens else None
        extracted.pages = [join_broken_words(columns_read_apart(page), words) for page in extracted.pages]
    extracted.title = better_title(extracted.title, extracted.text, name)
    return extracted
