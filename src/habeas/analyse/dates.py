"""Dates, normalised with their precision: "on 24 November 2019" → 2019-11-24 (day), "in June 2017"
→ 2017-06 (month), "since 2014" → 2014 (year). Relative dates ("last year", "in recent years") are
kept as text, never guessed. Document numbers such as "B9-0247/2019" are not dates."""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from habeas.vocab import MONTH_NAMES, WEEKDAY_NAMES


def _short_forms(month: str) -> tuple[str, ...]:
    """A month's short forms, longest first: its first three letters ("Jan"), and "Sept" as well for
    September; none for May, short already."""
    if len(month) <= 3:
        return ()
    return (month[:4], month[:3]) if month == "September" else (month[:3],)


# every way a month is written, in lower case, to its number: "january", "jan", "sept", "sep"
MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)} | {
    short.lower(): number for number, name in enumerate(MONTH_NAMES, 1) for short in _short_forms(name)
}
_MONTH_NAME = "|".join(MONTH_NAMES)  # a month written out in full
_WEEKDAY_NAME = "|".join(WEEKDAY_NAMES)
_MONTH_SHORT = "|".join(rf"{short}\.?" for name in MONTH_NAMES for short in _short_forms(name))  # "Sept."
# a month's name, written short too, or in capitals on a cover or a heading ("WEDNESDAY, 15 FEBRUARY 2023")
_MONTH = rf"(?P<month>{_MONTH_NAME}|{_MONTH_NAME.upper()}|{_MONTH_SHORT})"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d|21\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_NOT_CODE_BEFORE = r"(?<![\w/\-.(_])"
_NOT_CODE_AFTER = r"(?![\w/\-)]|\.\d|\(\d)"
# a day before a month's name, or a day written year first, is no code even in brackets: a citation's date, "Roe,
# Jane (12 March 2019).", "(2021-05-28)"
_NOT_CODE_BEFORE_A_DAY = r"(?<![\w/\-._])"
# a date with its month's name is no code: "(born 25 October 1969)"; a capital run on after its year is the
# next line a copied page glued to it ("March 11, 2019China News")
_NAMED_AFTER = r"(?!(?![A-Z][a-z])[\w/\-]|\.\d|\(\d)"

DATE_PATTERNS = [
    # 24 November 2019; 1 and 2 April 2019; 1-2 April 2019
    re.compile(
        rf"{_NOT_CODE_BEFORE_A_DAY}{_DAY}(?:\s*(?:and|-|–|to|&)\s*[0-3]?\d(?:st|nd|rd|th)?)?\s+{_MONTH}"
        rf",?\s+{_YEAR}{_NAMED_AFTER}"
    ),
    # November 24, 2019
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s*(?:-|–)\s*[0-3]?\d)?,?\s+{_YEAR}{_NAMED_AFTER}"),
    # "2019 Mar 14", "2019 September 2": year first, as a finding aid's or a catalogue's column dates an item, at
    # the cell's end (not "in 2019 May 12 people left")
    re.compile(rf"{_NOT_CODE_BEFORE}{_YEAR}[ \t]+{_MONTH}[ \t]+{_DAY}(?=[ \t]*(?:$|\n|\t|[ ]{{2}}|[.,;)\]]))"),
    # 2019-11-24, in brackets too ("(2021-05-28)": a source's date); 2019.11.24, as Chinese and patent records
    # write it ("(43) Publication Date: 2020.03.17")
    re.compile(
        rf"{_NOT_CODE_BEFORE_A_DAY}{_YEAR}(?P<isep>[-.])(?P<nmonth>[01]\d)(?P=isep)(?P<nday>[0-3]\d)(?![\w/\-]|\.\d)"
    ),
    # 24.11.2019 or 24/11/2019; with slashes month first too where the page writes so ("6/25/2025", see
    # ``_month_first``), so the second part may pass twelve
    re.compile(rf"{_NOT_CODE_BEFORE}(?P<nday>[0-3]?\d)(?P<sep>[./])(?P<nmonth>[0-3]?\d)[./]{_YEAR}(?![\w/\-]|\.\d)"),
    # June 2017, June of 2017
    re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}{_NOT_CODE_AFTER}"),
    # 2017 (a year on its own)
    re.compile(rf"{_NOT_CODE_BEFORE}{_YEAR}{_NOT_CODE_AFTER}(?!\s*(?:%|per\s*cent|percent))"),
    # "(born 1969)": a year alone before a closing bracket, which a citation's year also is, after "born"
    re.compile(rf"(?<=(?:born|died)\s){_YEAR}(?=\))"),
    # "in mid-2018", "by early-2017": a part of a year, hyphened to it
    re.compile(rf"(?:(?<=\bmid-)|(?<=\bearly-)|(?<=\blate-)){_YEAR}{_NOT_CODE_AFTER}", re.IGNORECASE),
]
_YEAR_ALONE_PATTERNS = 6  # DATE_PATTERNS from this one on read a year alone
# a Chinese date put word for word into English, as a machine translation does ("2018 year 6 month 3 day" for
# 2018年6月3日, "since 2017 year 4 month"): a date, and its month's and day's numbers are no counts
CALQUED_DATE = re.compile(
    rf"{_NOT_CODE_BEFORE}{_YEAR}[ \t]+year[ \t]+(?P<cmonth>1[0-2]|0?[1-9])[ \t]+month"
    r"(?:[ \t]+(?P<cday>[0-3]?\d)[ \t]+day)?\b"
)
# a month's end, start or middle put word for word from Chinese without a year ("6 month end" for 6月底, "3 month
# beginning" for 3月初, "will in 6 month end organize"): a date, its month's number no count, but no point on the
# timeline; not a length that qualifies a noun after an article ("a 6 month start-up phase", "the 6 month end date")
CALQUED_MONTH_PART = re.compile(
    rf"{_NOT_CODE_BEFORE}(?P<cmonth>1[0-2]|0?[1-9])[ \t]+month[ \t]+(?:end|beginning|start|middle|bottom)\b(?!-)"
)
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:a|an|the|each|every|per)[ \t]+$")
CN_DATE = re.compile(r"(?P<year>\d{4})\s*年(?:\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*[日号])?)?")

RELATIVE = re.compile(
    r"\b(?:(?:in\s+)?recent\s+(?:years|months|weeks|decades)|(?:this|last|next|previous|the\s+same|that)\s+"
    r"(?:year|month|week|decade|spring|summer|autumn|winter)|(?:the\s+)?(?:last|past)\s+(?:few\s+)?"
    r"(?:\w+\s+)?(?:years|months|decades)|yesterday|today|(?:a|one|two|three|several|few)\s+(?:years|months|"
    r"weeks|days)\s+(?:ago|later|earlier)|"
    rf"(?:in\s+)?(?:{_MONTH_NAME})\s+of\s+(?:the\s+same|that|this|last)\s+year)\b",
    re.IGNORECASE,
)

_YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|from|of|by|until|till|during|before|after|between|and|to|the|early|late|mid|around|"
    r"circa|year|summer|spring|autumn|winter|through|throughout|as\s+of|launched|adopted|passed|born|died|founded)\s+|"
    # a count in words before the year the things counted are of: "won two 2018 tenders"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several)\s+|"
    r"[(,–-]\s*)$",
    re.IGNORECASE,
)


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None for a relative date
    precision: str | None  # year, month, day


class Taken:
    """The characters of a page that a date already covers, one flag each: a later pattern's match is kept
    only where it covers none of them."""

    def __init__(self, text: str) -> None:
        self._flags = bytearray(len(text) + 1)

    def free(self, start: int, end: int) -> bool:
        return self._flags.find(1, start, end) < 0

    def take(self, start: int, end: int) -> None:
        self._flags[start:end] = b"\x01" * (end - start)


class _DatesByStart:
    """A page's dates in order of where they start (dates that start together in the order added), added
    to as more are found: those a subclass keeps (``_keeps``)."""

    def __init__(self, dates: Iterable[DateMention] = ()) -> None:
        self._dates: list[tuple[int, int, DateMention]] = []  # (start, order added, date), sorted
        for d in dates:
            self.add(d)

    def _keeps(self, d: DateMention) -> bool:
        raise NotImplementedError

    def add(self, d: DateMention) -> None:
        """A date found after the index was made, kept where the subclass keeps it."""
        if self._keeps(d):
            bisect.insort(self._dates, (d.start, len(self._dates), d))

    def _count_before(self, pos: int) -> int:
        """How many of the dates start before ``pos``."""
        return bisect.bisect_left(self._dates, (pos,))


class DatedDays(_DatesByStart):
    """A page's dated days in order of where they start, added to as more are found."""

    def _keeps(self, d: DateMention) -> bool:
        return d.precision == "day" and bool(d.value)

    def last_before(self, pos: int) -> DateMention | None:
        """The day that starts nearest before ``pos`` (of days that start together, the one added first)."""
        before = self._count_before(pos)
        if not before:
            return None
        return self._dates[self._count_before(self._dates[before - 1][0])][2]

    def first_before(self, pos: int) -> DateMention | None:
        """The first day of all, where it starts before ``pos``."""
        return self._dates[0][2] if self._dates and self._dates[0][0] < pos else None


class MonthsDated(_DatesByStart):
    """A page's dated months written without a day ("2019年6月"), in order of where they start."""

    def _keeps(self, d: DateMention) -> bool:
        return d.precision == "month" and bool(d.value)

    def last_before(self, pos: int) -> DateMention | None:
        """The month that starts nearest before ``pos`` (of months that start together, the one added last)."""
        before = self._count_before(pos)
        return self._dates[before - 1][2] if before else None


# a timeline's entry: a year that opens a line before a colon or a dash ("2014 – Xi Jinping visits …", "2019: …")
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")
DATE_LABEL_AFTER = re.compile(r"[ \t]*(?::|[–—-][ \t])")


def _entry_year(text: str, start: int, end: int) -> bool:
    return bool(_LINE_START_BEFORE.search(text, max(0, start - 8), start)) and bool(DATE_LABEL_AFTER.match(text, end))


# "WASHINGTON — Today, the Treasury designated …": a day word that opens a sentence, set off by a comma
_DAY_WORD_OPENS = re.compile(r"(?:^|[.!?]\s+|[—–:]\s*|\n\s*)$")


def _opens_a_sentence_as_a_date(text: str, m: re.Match[str]) -> bool:
    """Whether a capitalised "Today" or "Yesterday" opens its sentence and a comma follows it: the day, not a
    name ("USA Today" has a word before it)."""
    return text.startswith(",", m.end()) and bool(_DAY_WORD_OPENS.search(text[max(0, m.start() - 4) : m.start()]))


# a date written with slashes, either part first ("6/12/2025", "25/6/2025", "6/25/2025")
_SLASHED_RE = re.compile(rf"{_NOT_CODE_BEFORE}(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/{_YEAR}(?![\w/\-]|\.\d)")
# an American page's marks: a heading line that names a body of the United States ("UNITED STATES DISTRICT
# COURT", "U.S. Department of Homeland Security"), or its capital as Americans write it ("Washington, D.C.")
_US_MARK_RE = re.compile(
    r"(?m)^[ \t]*(?:UNITED[ \t]+STATES|United[ \t]+States|U\.S\.)(?:[ \t]+(?:[A-Z][\w.&,'’]*|of|and|for|the|on))+"
    r"[ \t]*$|\bWashington,?[ \t]+D\.?[ \t]?C\b"
)


def _month_first(text: str, lines: str) -> bool:
    """Whether the page writes its slashed dates month first, as American pages do ("6/12/2025": 12 June):
    told by another slashed date with a part past twelve (its second part: month first; its first: day
    first); failing that, by how the page writes its dates in words ("June 12, 2025" against "12 June 2025");
    failing that too, by an American page's marks (``_US_MARK_RE``). A page that tells nothing is read day
    first, as before."""
    told, untold = set(), False
    for m in _SLASHED_RE.finditer(text):
        first, second = int(m["first"]), int(m["second"])
        if (first > 12) != (second > 12):
            told.add(second > 12)
        untold = untold or (first <= 12 and second <= 12 and first != second)
    if len(told) == 1:
        return told.pop()
    if not untold:  # every slashed date reads the same either way: nothing to decide
        return False
    day_first = sum(1 for _ in DATE_PATTERNS[0].finditer(text))
    month_first = sum(1 for _ in DATE_PATTERNS[1].finditer(text))
    if day_first != month_first:
        return month_first > day_first
    return _US_MARK_RE.search(lines) is not None


def english_dates(text: str, lines: str = "") -> list[DateMention]:
    """The dates of an English page (``lines``: the page with its line breaks, where ``text`` has them as spaces)."""
    found: list[DateMention] = []
    taken = Taken(text)
    free = taken.free
    month_first = _month_first(text, lines or text)
    for d in _calqued_dates(text):
        taken.take(d.start, d.end)
        found.append(d)
    for n, pattern in enumerate(DATE_PATTERNS):
        for m in pattern.finditer(text):
            s, e = m.span()
            if not free(s, e):
                continue
            gd = m.groupdict()
            year = int(gd["year"])
            if n >= _YEAR_ALONE_PATTERNS:
                before = text[max(0, s - 20) : s]
                capital_after = re.match(r"\s+[A-Z]", text[e : e + 2])
                if not (_YEAR_CONTEXT.search(before) or capital_after or _entry_year(text, s, e)):
                    continue
                value, precision = f"{year:04d}", "year"
            elif gd.get("month"):
                month = MONTHS[gd["month"].rstrip(".").lower()]
                if gd.get("day"):
                    day = int(gd["day"])
                    if not _real_day(year, month, day):
                        continue
                    value, precision = f"{year:04d}-{month:02d}-{day:02d}", "day"
                else:
                    value, precision = f"{year:04d}-{month:02d}", "month"
            else:
                month, day = int(gd["nmonth"]), int(gd["nday"])
                if gd.get("sep") == "/" and month_first:  # (an ISO date has no such part)
                    month, day = day, month
                if not (1 <= month <= 12 and _real_day(year, month, day)):
                    continue
                value, precision = f"{year:04d}-{month:02d}-{day:02d}", "day"
            taken.take(s, e)
            found.append(DateMention(s, e, m.group(0), value, precision))
    for d in _span_openings(text, free):
        taken.take(d.start, d.end)
        found.append(d)
    headings = _year_headings(lines or text)
    for d in [*_short_year_days(text, free), *_day_months(text, found, free, headings)]:
        if free(d.start, d.end):
            taken.take(d.start, d.end)
            found.append(d)
    owner = _owner(text, lines or text, found)
    for d in _months_alone(text, found, free, headings, owner) + _weekdays_alone(text, found, free, owner):
        taken.take(d.start, d.end)
        found.append(d)
    owner = _owner(text, lines or text, found)
    for m in RELATIVE.finditer(text):
        if m.group(0) in ("Today", "Yesterday", "TODAY") and not _opens_a_sentence_as_a_date(text, m):
            continue  # a name ("USA Today") more often than a date
        if free(*m.span()):
            taken.take(*m.span())
            named, precision_named = _from_story_date(m, owner(m.start()))
            found.append(DateMention(m.start(), m.end(), m.group(0), named, precision_named))
    found.sort(key=lambda d: d.start)
    return found


# the first of two months written with one year, after the second: "from March to November 2022", "between
# March and May 2019", "May or June 2019", "March–May 2019"
_SPAN_OPENING_RE = re.compile(
    rf"\b(?P<month>{_MONTH_NAME}|{_MONTH_SHORT})(?:[ \t]*[-–][ \t]*|[ \t]+(?:to|and|or|until|till|through)[ \t]+)"
    rf"(?=(?P<month2>{_MONTH_NAME}|{_MONTH_SHORT})[ \t]+(?:of[ \t]+)?{_YEAR}{_NOT_CODE_AFTER})"
)


def _span_openings(text: str, free: Callable[[int, int], bool]) -> list[DateMention]:
    """The first month of a span or a pair that the second's year closes (``_SPAN_OPENING_RE``): in that year,
    or in the year before where it comes later in the calendar ("from November to March 2023": a span runs
    forward, so November 2022). A first month written short is one only before another written short ("Jan–Jun
    2019"), not before a full one ("Jan and June 2019": a name as likely)."""
    out = []
    for m in _SPAN_OPENING_RE.finditer(text):
        start, end = m.span("month")
        if not free(start, end) or (m["month"] not in MONTH_NAMES and m["month2"] in MONTH_NAMES):
            continue
        month, last = MONTHS[m["month"].rstrip(".").lower()], MONTHS[m["month2"].rstrip(".").lower()]
        year = int(m["year"]) - (1 if month > last else 0)
        out.append(DateMention(start, end, m["month"], f"{year:04d}-{month:02d}", "month"))
    return out


def _calqued_dates(text: str) -> list[DateMention]:
    """The dates written in Chinese order with English words for 年, 月 and 日 (``CALQUED_DATE``)."""
    found = []
    for m in CALQUED_DATE.finditer(text):
        year, month = int(m["year"]), int(m["cmonth"])
        if m["cday"] is None:
            found.append(DateMention(m.start(), m.end(), m.group(0), f"{year:04d}-{month:02d}", "month"))
        elif _real_day(year, month, int(m["cday"])):
            value = f"{year:04d}-{month:02d}-{int(m['cday']):02d}"
            found.append(DateMention(m.start(), m.end(), m.group(0), value, "day"))
    spans = [(d.start, d.end) for d in found]
    for m in CALQUED_MONTH_PART.finditer(text):
        if _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is None and not any(
            s < m.end() and m.start() < e for s, e in spans
        ):
            found.append(DateMention(m.start(), m.end(), m.group(0), None, None))
    return found


# (the first day of a span may leave out its 日: "10月22至23日")
CN_MONTH_DAY = re.compile(
    r"(?<!\d)(?<!\d年)(?<!\d\s年)(?P<month>1[0-2]|0?[1-9])\s*月\s*(?P<day>[0-3]?\d)\s*"
    r"(?:[日号]|(?=\s*(?:至|到|—|－|-|~)\s*[0-3]?\d\s*[日号]))"
    r"(?:\s*(?:至|到|—|－|-|~)\s*(?:(?P<month2>1[0-2]|0?[1-9])\s*月)?\s*(?P<day2>[0-3]?\d)\s*[日号])?"
)
# a month alone opening a sentence, before its comma: "10月，美国众议院通过……", "3月下旬，"
CN_MONTH_ALONE = re.compile(
    r"(?:^|(?<=[。！？\n]))[ \t\u3000]*(?P<month>1[0-2]|0?[1-9])\s*月份?(?:初|上旬|中旬|下旬|中|底|末)?(?=[，,])"
)
# a month written alone inside a sentence, after a preposition or with its part: "已于5月并网发电",
# "5月底前完成", "自3月中旬起", or with 份, which names the month and never counts months ("工作队2月份进村以来")
# (not a month and day, nor a count of months)
CN_MONTH_IN = re.compile(
    r"(?:(?<=[于在自从至到])|(?=(?:1[0-2]|0?[1-9])\s*月(?:份|初|上旬|中旬|下旬|底|末)))(?<![\d年])"
    r"(?P<month>1[0-2]|0?[1-9])\s*月份?(?:初|上旬|中旬|下旬|底|末)?(?![\s\d一二三四五六七八九十日号])"
)
# a bound before a number of days (the ends of 不超过, 不少于 among them): "超过30日未更新", "逾15日", "不少于20日"
CN_DAY_BOUNDS = ("超过", "逾", "至少", "少于")
# a detention before a number of days: "处以行政拘留10日", "拘役15日" (how long it lasts, no day of a month)
CN_DAYS_HELD = ("拘留", "拘役")
# (not a document number's serial after its year in brackets, a space between or not: "叶公通〔2017〕31号",
# "某公通字[2017] 01 号", nor a house's number after its street in an address: "中关村南大街27号", "解放路3号",
# "某某巷12号", nor a numbered document or order:
# "中央1号文件", "第5号令", nor a time limit in days, "自收到之日起30日内" (within 30 days), nor days after a bound,
# "超过30日未更新", "逾15日" (no day of a month is bounded), nor days of detention, "行政拘留10日")
CN_DAY = re.compile(
    r"(?<![\d月])(?<!\d{4}[〕\]】])(?<!\d{4}[〕\]】][ \u3000])"
    + "".join(f"(?<!{bound})" for bound in CN_DAY_BOUNDS + CN_DAYS_HELD)
    + r"(?<![街路巷弄])(?P<day>[0-3]?\d)\s*(?:日|号(?!文件|令|公告|决定))(?!本|内(?!瓦)|以内|之内)"
)
# the times of a day a Chinese page writes after the day ("14日上午", "13日晚上"), in a pattern
CN_TIMES_OF_DAY = "晚上|晚间|上午|下午|中午|凌晨|早上"


def _year_before(dated: list[tuple[int, str, bool]], pos: int) -> str | None:
    """The year of the nearest full date (with its month) before ``pos``: "2021年3月24日……3月29日". A
    month the story looks back to ("自2022年6月该法生效以来", "since June 2022") gives no year to the
    days after it, when a date with its day came before: they go on the story's own timeline."""
    before = bisect.bisect_left(dated, (pos,))  # ``dated`` is sorted: the dates that start before ``pos``
    ahead = next((i for i in range(before - 1, -1, -1) if not dated[i][2]), before - 1)
    return dated[ahead][1] if before else None


_STORY_RELATIVE = re.compile(r"(?i)(?P<rel>last|this)\s+(?P<unit>month|year)")


def _from_story_date(m: re.Match[str], own: DateMention | None) -> tuple[str | None, str | None]:
    """ "questioned last month", "this year", "today": the month, year or day named from the page's own date,
    after it."""
    if own is not None and own.value is not None and m.start() >= own.end and m.group(0).lower() == "today":
        return own.value, "day"  # "WASHINGTON — Today, the Treasury designated …": the release's own day
    rel = _STORY_RELATIVE.fullmatch(m.group(0))
    if rel is None or own is None or own.value is None or m.start() < own.end:
        return None, None
    step = -1 if rel.group("rel").lower() == "last" else 0
    if rel.group("unit").lower() == "month":
        return _shifted_month(own.value, step), "month"
    return f"{int(own.value[:4]) + step:04d}", "year"


def _story_year(
    text: str, own: DateMention | None, dated: list[tuple[int, str, bool]], pos: int, month: int
) -> str | None:
    """The year of a day written without one ("published on April 26") on a page with its own date, where no
    date in the same paragraph gives one: the story's year, or the year before for a month well after the
    story's (a news page names days of the months just past)."""
    if own is None or own.value is None or pos < own.end:
        return None
    before = [start for start, _year, _back in dated if start < pos]
    if before and "\n" not in text[before[-1] : pos]:
        return None  # "on 21 June 2022 … and on 3 July": a year in the same paragraph carries on
    story = datetime.date.fromisoformat(own.value)
    return f"{story.year - 1 if month > story.month + 2 else story.year:04d}"


_LOOKS_BACK = re.compile(r"(?:自|从|since\s+|from\s+)$", re.IGNORECASE)


# a photo's caption: "FILE - Herders ride … on Aug. 27, 2019. (AP Photo/Ng Han Guan, File)"; its date is
# when the picture was taken, not the story's, and gives no year to the dates after it
_CAPTION_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:FILE|PHOTO|IMAGE)[ \t]*[-–—:][^\n]*$"
    r"|^[^\n]*\((?:[A-Z][\w.&]*[ \t]+)?Photos?[ \t]*(?:/|:|by\b)[^\n)]*\)[ \t]*$"
)


def caption_spans(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` that caption a photo."""
    return [m.span() for m in _CAPTION_LINE_RE.finditer(text)]


# a year alone on its line, as a timeline's section heading has it, with an encyclopaedia's edit link ("2018[edit]")
_YEAR_SECTION_RE = re.compile(rf"(?m)^[ \t]*{_YEAR}[ \t]*(?:\[edit\][ \t]*)?$")


def _year_headings(lines: str) -> frozenset[tuple[int, str]]:
    """Where each year that heads a section of the page starts, and the year ("2018" on a line of its own)."""
    return frozenset((m.start("year"), m.group("year")) for m in _YEAR_SECTION_RE.finditer(lines))


# the date a cited law, rule or standard was issued, right before its title: "国防部2003年9月1日公布的《…标准》"
_ISSUED_TITLE_AFTER = re.compile(r"\s*(?:公布|发布|颁布|印发|下发|施行|实施|修订|修正|通过)(?:并施行)?的\s*[《〈]")


def _dated(
    text: str, dates: list[DateMention], years: bool = False, headings: frozenset[tuple[int, str]] = frozenset()
) -> list[tuple[int, str, bool]]:
    """The dates that give their year to the days and months after them: those with a month, the years that
    head a timeline's sections (``headings``, where they start: "2018", then "On 21 May, …"), and with ``years``
    any year alone as well ("In 2017 he was appointed …; he visited Hotan in March"); not the date a cited
    document was issued, which is no part of the page's own timeline ("按照2003年9月1日公布的《…》执行")."""
    captions = caption_spans(text)
    precisions = ("day", "month", "year") if years else ("day", "month")
    dated = [
        (d.start, d.value[:4], d.precision == "month" and bool(_LOOKS_BACK.search(text[max(0, d.start - 6) : d.start])))
        for d in dates
        if d.value
        and d.precision in precisions
        and not any(s <= d.start < e for s, e in captions)
        and not _ISSUED_TITLE_AFTER.match(text, d.end)
    ]
    return sorted({*dated, *((start, year, False) for start, year in headings)})


# "approved in March", "sentenced in January": a month written out alone after a preposition, in the
# year its sentence gives it or the story's dates give it (see ``_months_alone``)
_MONTH_ALONE_RE = re.compile(
    rf"\b(?:[Ii]n|since|until|from|during|through|early|late)[ \t](?P<month>{_MONTH_NAME})"
    r"(?![\w\-]|[ \t]*\d|,?[ \t]+(?:of\b|\d))"
)


def _months_alone(
    text: str,
    found: list[DateMention],
    free: Callable[[int, int], bool],
    headings: frozenset[tuple[int, str]],
    owner: OwnDate,
) -> list[DateMention]:
    """A month alone in a story with its own date (its byline's) is in the story's year, whatever dates
    stand between ("added in August 2024 … said in June", in an October 2025 story: June 2025), in the year
    before when it would fall after the story's own date ("said in a report in May", in a February story),
    unless the sentence looks ahead ("will travel in November"); "in March last year" is in the year before;
    a sentence that opens with a year of its own keeps to it ("In 2016, police came for her in March").
    Without a date of its own the text gives the month the year of the nearest date before it, a year
    alone included. (``owner``: a chat's message's own date, where its stamps give one.)"""
    own = _own_date(text, found)
    # a story with a date of its own keeps to its timeline
    dated = _dated(text, found, years=own is None, headings=headings)
    sentence_years = SentenceYears(text, found, _EN_SENTENCE_END, _opens_sentence)
    out = []
    for m in _MONTH_ALONE_RE.finditer(text):
        start, end = m.span("month")
        shift = _YEAR_WORD_AFTER.match(text, end)  # "in March last year", "in June this year"
        told = _REPORTED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        in_sentence = None if shift or told else sentence_years.year(m.start())
        # (a sentence's own year dates its month before any date of the page's: "2017 – In March, …" in a
        # chronology above the page's "last edited" date; "Recalling her arrest in 2016, she said police came in March")
        year = in_sentence if in_sentence is not None else _year_before(dated, start)
        if not free(start, end) or year is None:
            continue
        own = owner(start)
        # a dated story's month alone is its own year's, as news style has it
        if in_sentence is None and own is not None and own.value:
            year = str(int(own.value[:4]) + (_YEAR_SHIFT[shift.group(1).lower()] if shift else 0))
        value = f"{year}-{MONTHS[m.group('month').lower()]:02d}"
        ahead = _LOOKS_AHEAD.search(text[max(0, start - 60) : start])
        if own is not None and own.value and value > own.value[:7] and not ahead and not shift and not in_sentence:
            value = f"{int(year) - 1}{value[4:]}"
        out.append(DateMention(start, end, m.group("month"), value, "month"))
    return out


class SentenceYears(_DatesByStart):
    """The year a month written alone takes from its own sentence (``year``), with the page's sentence
    stops and its dated mentions found once, not once for each month."""

    def __init__(
        self,
        text: str,
        found: list[DateMention],
        sentence_end: re.Pattern[str],
        frames: Callable[[str, str], bool],
    ) -> None:
        self._text, self._frames = text, frames
        self._stops = [m.end() for m in sentence_end.finditer(text)]
        super().__init__(found)

    def _keeps(self, d: DateMention) -> bool:
        """A date the months after it may take their year from."""
        return (
            bool(d.value)
            and d.precision in ("day", "month", "year")
            and not _LOOKS_BACK.search(self._text[max(0, d.start - 6) : d.start])
        )

    def year(self, pos: int) -> str | None:
        """The year of the nearest date written with its year before ``pos`` in the same sentence, where
        it sets the sentence's time (``frames``, given the sentence before the date and the words between
        it and ``pos``) and a point in it (not "since 2017", "自2017年起"): a month written alone after it
        shares it ("In 2016, police came for her in March"; "他于2017年被带走，并于8月被判刑"), not one after a
        year that only says when something else named in the sentence happened ("herders detained after a
        protest in 2022 were sentenced in January"; "2022年参加抗议的牧民于1月被判刑")."""
        stop = bisect.bisect_right(self._stops, pos)
        start = self._stops[stop - 1] if stop else 0
        nearest = None
        for i in range(self._count_before(pos) - 1, -1, -1):
            at, _, d = self._dates[i]
            if at < start or (nearest is not None and at < nearest.start):
                break
            if d.end <= pos:
                nearest = d  # of dates that start together, the one found first
        if nearest is None or not self._frames(self._text[start : nearest.start], self._text[nearest.end : pos]):
            return None
        return nearest.value[:4] if nearest.value else None


def _opens_sentence(before: str, between: str) -> bool:
    """An English year that opens its sentence ("In 2016, …", "During 2019 …"), or a timeline's entry as its label
    ("2014 – … begins in May"), dates what the sentence tells."""
    entry = not before.strip() and DATE_LABEL_AFTER.match(between) is not None
    return _EN_OPENING_RE.fullmatch(before) is not None or entry


def _frames_clause(_before: str, between: str) -> bool:
    """A Chinese year dates the months after it in its sentence unless it stands in a noun's attribute (a 的
    between them: "2022年参加抗议的牧民于1月被判刑")."""
    return "的" not in between


# an opening adverbial of time, after a story's dateline where it has one ("GENEVA (Reuters) - In 2016, …")
_EN_OPENING_RE = re.compile(
    r"\s*(?:[A-Z][A-Z .'\-]+(?:\([^)\n]*\))?[ \t]*[\-–—][ \t]*)?[\"“‘']?"
    r"(?:(?:In|During|Throughout|By)|(?:Early|Late)[ \t]+in|In[ \t]+(?:early|late))[ \t]+"
)
# a sentence's end: a stop after a word, not an initial's ("U.S."), or a line's end
_EN_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"”’]?(?=\s)|\n")
_CN_SENTENCE_END = re.compile(r"[。！？\n]")
# a month the reporting is dated by ("officials said in June"): the story's timeline, whatever the sentence reports
_REPORTED_BEFORE_RE = re.compile(
    r"\b(?:said|says|told[ \t]+\w+|announced|reported|wrote|added|stated|published|confirmed)[ \t]*$"
)
_YEAR_WORD_AFTER = re.compile(r"[ \t]+(last|this|next)[ \t]+year\b", re.IGNORECASE)
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
_LOOKS_AHEAD = re.compile(r"\b(?:will|would|shall|plans?|planned|expected|due|scheduled|next|until)\b", re.IGNORECASE)


# "on 9 February", "February 9": a day and month without the year, which the text's dates give; two of them
# joined by a hyphen are a span of days, each a date ("from July 31-Aug. 6"); a clock time after a comma is no
# year ("Thursday 15 February, 16:00–17:30 CET": an event's day and its hours), nor a count of a noun after it
# ("On 12 July, 37 countries signed …")
_MONTH2 = _MONTH.replace("<month>", "<month2>")
_OR_SPAN_BEFORE = rf"(?:{_NOT_CODE_BEFORE}|(?<=\d-))"
_OR_SPAN_AFTER = (
    rf"(?![\w/]|-(?!(?:{_MONTH_NAME}|{_MONTH_SHORT})\b)|,?\s*\d(?!\d?[:.]\d\d(?!\d))(?!\d{{0,2}}[ \t]+[a-z]))"
)
DAY_MONTH_RE = re.compile(
    rf"{_OR_SPAN_BEFORE}(?:{_DAY}\s+{_MONTH}|{_MONTH2}\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?){_OR_SPAN_AFTER}"
)


# a day, its month written short and its year in two digits, as a reference in brackets often dates what it cites
# ("Jane Roe, SupChina, 5 Feb 20"; "RFA, 1 Feb 20"): 00 to 68 in this century, 69 to 99 in the last (as POSIX
# reads two-digit years), so a page reads the same whatever the day it is analysed
_SHORT_YEAR_DAY_RE = re.compile(rf"{_NOT_CODE_BEFORE}{_DAY}\s+(?P<month>{_MONTH_SHORT})\s+(?P<yy>\d\d)(?![\w/\-]|\.\d)")


def _short_year_days(text: str, free: Callable[[int, int], bool]) -> list[DateMention]:
    out = []
    for m in _SHORT_YEAR_DAY_RE.finditer(text):
        day, month, yy = int(m.group("day")), MONTHS[m.group("month").rstrip(".").lower()], int(m.group("yy"))
        year = 2000 + yy if yy <= 68 else 1900 + yy
        if free(*m.span()) and _real_day(year, month, day):
            out.append(DateMention(m.start(), m.end(), m.group(0), f"{year}-{month:02d}-{day:02d}", "day"))
    return out


def _real_day(year: int, month: int, day: int) -> bool:
    """Whether the calendar has this day ("31 Feb 20", "30 February 2019": a slip, no date)."""
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _month_value(year: int, month: int) -> tuple[str | None, str | None]:
    """The month's "YYYY-MM" and its precision, or none for a month the calendar does not have ("2019年13月": a
    slip or a misread digit): left undated, as an impossible day is."""
    return (f"{year:04d}-{month:02d}", "month") if 1 <= month <= 12 else (None, None)


def _day_value(year: int, month: int, day: int) -> str | None:
    """The day's "YYYY-MM-DD", or None for a day the calendar does not have ("2/30"): left undated."""
    return f"{year:04d}-{month:02d}-{day:02d}" if _real_day(year, month, day) else None


def _day_months(
    text: str,
    found: list[DateMention],
    free: Callable[[int, int], bool],
    headings: frozenset[tuple[int, str]] = frozenset(),
) -> list[DateMention]:
    dated = _dated(text, found, headings=headings)
    own = _own_date(text, found)
    out = []
    for m in DAY_MONTH_RE.finditer(text):
        if not free(*m.span()):
            continue
        day = int(m.group("day") or m.group("day2"))
        month = MONTHS[(m.group("month") or m.group("month2")).rstrip(".").lower()]
        if not 1 <= day <= 31:
            continue
        year = _story_year(text, own, dated, m.start(), month) or _year_before(dated, m.start())
        weekday = _WEEKDAY_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
        if weekday:
            year = _year_of_weekday(dated, m.start(), WEEKDAYS.index(weekday.group(1).lower()), month, day) or year
        value = _day_value(int(year), month, day) if year else None
        out.append(DateMention(m.start(), m.end(), m.group(0), value, "day" if value else None))
    return out


# "said Wednesday", "gathered … on Tuesday": a weekday alone, in a story, is the last such day up to the
# story's own date (its first full date outside a photo's caption: the dateline's or the byline's)
_WEEKDAY_ALONE_RE = re.compile(
    r"\b(?P<cue>[Oo]n|said|says|[Ll]ate|[Ee]arly|[Ff]rom|[Nn]ext)[ \t]"  # "On Thursday, about 60 people ..."
    rf"(?P<weekday>{_WEEKDAY_NAME})(?![\w\-]|,?[ \t]+(?:\d|(?:{_MONTH_NAME})\b))"
)


def _on_a_date_line(text: str, d: DateMention) -> bool:
    """Whether ``d`` stands on a short line of its own (a byline's or a page's date), not in a sentence
    ("On 5 May 2014 he was born in Kashgar." is a paragraph of one line, no date line)."""
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    rest = (text[line_start : d.start] + " " + text[d.end : len(text) if line_end < 0 else line_end]).strip()
    return len(rest) <= 80 and not _SENTENCE_END_RE.search(rest)


_SENTENCE_END_RE = re.compile(r"[a-z]{2,}[.!?][\"”’]?$")


# a record stamped with its date and time at its line's start, as a messaging app's exported chat or a log writes
# each message ("12/02/2019, 20:11 - Name: …", "[2019-02-12 20:11:05] Name: …")
MESSAGE_STAMP = (
    r"\[?(?P<stamp>\d{1,2}[./]\d{1,2}[./](?:\d\d)?\d\d|(?:19|20)\d\d-\d\d-\d\d),?[ \t]+\d{1,2}:\d\d"
    r"(?::\d\d)?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?"
)
STAMPED_LINE_RE = re.compile(rf"(?m)^[ \t]*{MESSAGE_STAMP}[ \t]*[-–:]?[ \t][^\n]*$")

OwnDate = Callable[[int], "DateMention | None"]


def _owner(text: str, lines: str, found: list[DateMention]) -> OwnDate:
    """What tells the own date of a word at a position: the page's (``_own_date``), or on a page of two or more
    stamped messages (``STAMPED_LINE_RE``: a chat, a log) the stamp of the message the word is in, from which its
    "today", its weekday or its month alone is told ("02/03/2020, 13:14 - … sentenced in January": January
    2020), the page's own date before the first message."""
    own = _own_date(text, found)
    starts = {m.start("stamp") for m in STAMPED_LINE_RE.finditer(lines)}
    stamps = sorted((d.start, d) for d in found if d.start in starts and d.precision == "day" and d.value)
    if len(stamps) < 2:
        return lambda _pos: own
    at = [start for start, _d in stamps]
    return lambda pos: stamps[i - 1][1] if (i := bisect.bisect_right(at, pos)) else own


def _own_date(text: str, found: list[DateMention]) -> DateMention | None:
    """A story's own date: its first full date on a short line of its own, outside a photo's caption."""
    captions = caption_spans(text)
    return next(
        (
            d
            for d in sorted(found, key=lambda d: d.start)
            if d.value
            and d.precision == "day"
            and _on_a_date_line(text, d)
            and not any(s <= d.start < e for s, e in captions)
        ),
        None,
    )


def _weekdays_alone(
    text: str, found: list[DateMention], free: Callable[[int, int], bool], owner: OwnDate
) -> list[DateMention]:
    """Weekdays alone (``_WEEKDAY_ALONE_RE``), told from the story's own date or its message's (``owner``)."""
    out = []
    for m in _WEEKDAY_ALONE_RE.finditer(text):
        start, end = m.span("weekday")
        own = owner(start)
        if own is None or own.value is None or start < own.start or not free(start, end):
            continue
        story = datetime.date.fromisoformat(own.value)
        weekday = WEEKDAYS.index(m.group("weekday").lower())
        if _looks_ahead(text, m):
            value = (story + datetime.timedelta(days=(weekday - story.weekday() - 1) % 7 + 1)).isoformat()
        else:
            value = (story - datetime.timedelta(days=(story.weekday() - weekday) % 7)).isoformat()
        out.append(DateMention(start, end, m.group("weekday"), value, "day"))
    return out


# what the weekday's clause says will happen: "goods will be held at ports from Monday", "the court is due
# to rule on Friday", "next Tuesday", "I am going to Ankara on Thursday"
_FUTURE_BEFORE_RE = re.compile(
    r"\b(?:will|shall|is[ \t]+due[ \t]+to|are[ \t]+due[ \t]+to|is[ \t]+to|are[ \t]+to"
    r"|(?:am|is|are)[ \t]+going[ \t]+to)\b"
)


def _looks_ahead(text: str, m: re.Match[str]) -> bool:
    """Whether a weekday alone is the next such day after the story's date, not the last before it: after
    "next", or where its clause says what will happen."""
    cue = m.group("cue").lower()
    if cue == "next":
        return True
    before = text[max(0, m.start() - 200) : m.start()]
    clause = _CLAUSE_STOP_RE.split(before)[-1]  # "U.S. ports": an initial's stop ends no clause
    if _PAST_BEFORE_RE.search(clause):
        return False  # "will appeal the verdict handed down on Friday": what was done, on the day before
    return cue in ("on", "from") and bool(_FUTURE_BEFORE_RE.search(clause))


# a verb of what was done right before the weekday's preposition ("the verdict handed down", "were detained"),
# not a passive that will happen ("will be released on Friday")
_PAST_BEFORE_RE = re.compile(
    r"(?:\b(?:was|were|had)[ \t]+|(?<!\bbe[ \t])(?<!\bbeen[ \t])(?<!\bhave[ \t])\b)"
    r"[a-z]{2,}[^e\W]ed(?:[ \t]+(?:down|up|out|off|over|back))?[ \t]*$"
)


_CLAUSE_STOP_RE = re.compile(r"(?<!\b[A-Z])[.;!?][ \t]|,[ \t]|\n")


WEEKDAYS = [name.lower() for name in WEEKDAY_NAMES]
_WEEKDAY_BEFORE = re.compile(rf"\b({_WEEKDAY_NAME}),?\s+$", re.IGNORECASE)


def _year_of_weekday(dated: list[tuple[int, str, bool]], pos: int, weekday: int, month: int, day: int) -> str | None:
    """ "Tuesday, 22 October": of the years the text's dates give, nearest before first, the one in
    which that day is that weekday (a story's own year, not the year of a date it looks back to)."""
    split = bisect.bisect_left(dated, (pos,))
    order = itertools.chain(range(split - 1, -1, -1), range(split, len(dated)))
    tried: set[str] = set()
    for year in (dated[i][1] for i in order):
        if year in tried:
            continue
        tried.add(year)
        try:
            if datetime.date(int(year), month, day).weekday() == weekday:
                return year
        except ValueError:
            continue
    return None


# a date in Chinese numerals, as judgments and official documents sign: "二〇一八年四月十六日"
_CN_DIGIT = "〇○零一二三四五六七八九"
# a month in Chinese numerals: "六", "十二"
_NUMERAL_MONTH = r"(?:十[一二]?|[一二三四五六七八九])"
_CN_NUMERAL_MONTH = rf"(?P<month>{_NUMERAL_MONTH})月"
# a day of the month in Chinese numerals: "七", "十三", "二十一", "三十"
_NUMERAL_DAY = r"(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_CN_NUMERAL_DAY = rf"(?P<day>{_NUMERAL_DAY})[日号]"
CN_NUMERAL_DATE = re.compile(rf"(?P<year>[{_CN_DIGIT}]{{4}})年(?:{_CN_NUMERAL_MONTH}(?:{_CN_NUMERAL_DAY})?)?")


# a month and day in Chinese numerals without a year: "在六月四日发布消息", "至五月三十一日"
CN_NUMERAL_MONTH_DAY = re.compile(rf"(?<![{_CN_DIGIT}十年]){_CN_NUMERAL_MONTH}{_CN_NUMERAL_DAY}")


# a day of the month alone in Chinese numerals ("七日，", "公安厅十三日发布公告"), neither 一 nor 两 ("一日三餐": a
# day's meals), no date's part (六月十三日, read whole), no ordinal (第七日) nor a span ("七日内", "五日以上")
_CN_NUMERAL_DAY_ALONE = re.compile(
    rf"(?<![{_CN_DIGIT}十月第每前后隔])"
    + "".join(f"(?<!{bound})" for bound in CN_DAY_BOUNDS + CN_DAYS_HELD)
    + rf"(?P<day>(?!一日){_NUMERAL_DAY})日"
    + r"(?!内|以内|之内|以上|以下|之后|以后|后|前|游|来|以来|起|止|制)"
)


def _day_number(m: re.Match[str]) -> int:
    """The day of a month a pattern's ``day`` group writes, in digits ("13") or in Chinese numerals ("十三")."""
    return _number(m.group("day"))


def _numeral_days_alone(text: str) -> list[re.Match[str]]:
    """The days in Chinese numerals written alone where a day alone in digits is a date: opening a clause
    before its comma ("七日，") or before what someone says or a body holds on that day ("十三日发布公告",
    "七日召开会议"); elsewhere a number of days is as likely ("住了七日", "待了三日，", "一连三日，")."""
    return [
        m
        for m in _CN_NUMERAL_DAY_ALONE.finditer(text)
        if (_DAY_BEFORE_COMMA_RE.match(text, m.start()) is not None and _opens_clause(text, m.start()))
        or _speaks_or_meets_after(text, m.end())
    ]


# what a clause opens after: a sentence's or a line's end, a comma, a semicolon or a colon, a closing quote or
# bracket, and the spaces a paragraph is indented by
_CLAUSE_START_BEFORE_RE = re.compile(r"[。！？\n，,；;：:」』”）)][ \t\u3000]*$")


def _opens_clause(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a clause: the page's start, or after a clause's end (``_CLAUSE_START_BEFORE_RE``)."""
    if not text[:pos].strip():
        return True
    return _CLAUSE_START_BEFORE_RE.search(text, max(0, pos - 12), pos) is not None


def _month_days(text: str) -> list[tuple[re.Match[str], int, int]]:
    """Each month and day written without a year, in digits ("6月4日") or in numerals ("六月四日"), with the
    month's and the day's numbers, in the page's order."""
    found = [(m, int(m.group("month")), int(m.group("day"))) for m in CN_MONTH_DAY.finditer(text)]
    found += [(m, _numeral(m.group("month")), _numeral(m.group("day"))) for m in CN_NUMERAL_MONTH_DAY.finditer(text)]
    return sorted(found, key=lambda f: f[0].start())


def _numeral(word: str) -> int:
    """十六 → 16, 二十 → 20, 三十一 → 31, 四 → 4."""
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0}
    if "十" not in word:
        return digits[word]
    tens, _, ones = word.partition("十")
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


def _numeral_dates(text: str) -> list[DateMention]:
    """Dates written in Chinese numerals, to the year, the month or the day."""
    out = []
    for m in CN_NUMERAL_DATE.finditer(text):
        year = int("".join(str(_numeral(c)) for c in m.group("year")))
        if not 1600 <= year <= 2199:
            continue
        value: str | None
        precision: str | None
        value, precision = f"{year:04d}", "year"
        if m.group("month"):
            value, precision = f"{value}-{_numeral(m.group('month')):02d}", "month"
            if m.group("day"):
                day = _day_value(year, _numeral(m.group("month")), _numeral(m.group("day")))
                value, precision = (day, "day") if day else (None, None)
        out.append(DateMention(m.start(), m.end(), m.group(0), value, precision))
    return out


# a reign's or the Republic's year in numerals with the western year in brackets after it: "光绪二十四年(1898)",
# "民国二年（1913）", "宣统元年(1909)"; the reign's own count of years is no point on the timeline without it
CN_ERA_YEAR = re.compile(
    rf"(?<![{_CN_DIGIT}])(?:元|[一二三四五六七八九十]{{1,3}})年[ \t\u3000]*[（(][ \t\u3000]*"
    r"(?P<year>1[6-9]\d\d|20\d\d)[ \t\u3000]*[)）]"
)


# a date in the Republic's count of years, as Taiwan's official papers write it (its year 1 is 1912): "中华民国112年
# 3月15日" (15 March 2023), "民国111年"; without the era's name, a year of three digits with its month after it,
# which no western year of ours is: "112年3月15日"
CN_REPUBLIC_DATE = re.compile(
    r"(?:(?:中[华華])?民[国國][ \t\u3000]*(?P<eyear>\d{1,3})"
    r"|(?<![\d.])(?P<year>1[01]\d)(?=[ \t]*年[ \t]*\d{1,2}[ \t]*月))"
    r"[ \t]*年(?:[ \t]*(?P<month>\d{1,2})[ \t]*月(?:[ \t]*(?P<day>\d{1,2})[ \t]*[日号])?)?"
)
_REPUBLIC_YEAR_ONE = 1911  # the western year before the Republic's first


def _republic_dates(text: str) -> list[DateMention]:
    """Dates in the Republic's years (``CN_REPUBLIC_DATE``), on the western timeline."""
    out = []
    for m in CN_REPUBLIC_DATE.finditer(text):
        year = _REPUBLIC_YEAR_ONE + int(m.group("eyear") or m.group("year"))
        value: str | None
        precision: str | None
        value, precision = f"{year:04d}", "year"
        if m.group("month"):
            value, precision = _month_value(year, int(m.group("month")))
            if m.group("day"):
                value = _day_value(year, int(m.group("month")), int(m.group("day")))
                precision = "day" if value else None
        out.append(DateMention(m.start(), m.end(), m.group(0), value, precision))
    return out


# a month written after its year with a dot, opening a line of a timeline (after a bullet at most) with a gap after
# it: "· 2018.03　父亲被带走" (March 2018); not a version's or a section's number inside a sentence
_DOTTED_MONTH_LINE_RE = re.compile(
    r"(?m)^[ \t\u3000]*(?:[·•\-—*][ \t\u3000]*)?"
    r"(?P<date>(?P<year>(?:19|20)\d\d)\.(?P<month>1[0-2]|0[1-9]))(?=[ \t\u3000]+\S)"
)


# ... or one that opens a clause, a cell or a sentence's part with the clause's first word right after it:
# "	2017.08被收押于县看守所，2018.04被判刑" (a form's cell), "，2019.05调任县司法局" (a verb, a preposition or a
# passive's 被 opens the clause, where a measure opens a sum's unit, "2019.05元")
_DOTTED_MONTH_CLAUSE_RE = re.compile(
    r"(?m)(?:^|(?<=[\t\u3000，,；;。（(]))"
    r"(?P<date>(?P<year>(?:19|20)\d\d)\.(?P<month>1[0-2]|0[1-9]))(?=被|在|于|起|至|到|经|因|从|赴|任|调)"
)
# ... or one that fills a form's cell after its label's cell: "入党时间	1998.06", "参加工作时间	1996.08"
_DOTTED_MONTH_FIELD_RE = re.compile(
    r"(?:年月|时[ \u3000]*间|日[ \u3000]*期)\t"
    r"(?P<date>(?P<year>(?:19|20)\d\d)\.(?P<month>1[0-2]|0[1-9]))(?=\t|[ \t]*$)",
    re.MULTILINE,
)


def _dotted_months(text: str, found: list[DateMention]) -> list[DateMention]:
    """The months of a timeline's lines (``_DOTTED_MONTH_LINE_RE``), of a clause's opening
    (``_DOTTED_MONTH_CLAUSE_RE``) or of a form's dated field (``_DOTTED_MONTH_FIELD_RE``), where no other date
    holds the place."""
    out: list[DateMention] = []
    shapes = (_DOTTED_MONTH_LINE_RE, _DOTTED_MONTH_CLAUSE_RE, _DOTTED_MONTH_FIELD_RE)
    for m in sorted((m for shape in shapes for m in shape.finditer(text)), key=lambda m: m.start("date")):
        start, end = m.span("date")
        if any(d.start < end and start < d.end for d in found + out):
            continue
        value, precision = _month_value(int(m.group("year")), int(m.group("month")))
        out.append(DateMention(start, end, m.group("date"), value, precision))
    return out


def _era_years(text: str) -> list[DateMention]:
    """A reign's or the Republic's year dated by the western year bracketed after it (``CN_ERA_YEAR``)."""
    return [DateMention(m.start(), m.end(), m.group(0), m["year"], "year") for m in CN_ERA_YEAR.finditer(text)]


# "同年10月", "次年3月5日", "该年": a year named by the one before it (the same, or the next); not 当年,
# which is as often "back then"
CN_RELATIVE_YEAR = re.compile(
    r"(?P<rel>同年|该年|次年|翌年)(?:(?P<month>1[0-2]|0?[1-9])\s*月(?:\s*(?P<day>[0-3]?\d)\s*[日号])?)?"
)


def _relative_years(text: str, dates: list[DateMention]) -> list[DateMention]:
    """Dates whose year is the year of the date before them, or the next ("2017年4月……同年10月"); none
    where no date comes before."""
    out: list[DateMention] = []
    for m in CN_RELATIVE_YEAR.finditer(text):
        before = [(d.end, d.value) for d in dates + out if d.value and d.end <= m.start()]
        if not before:
            continue
        year = int(max(before)[1][:4]) + (0 if m.group("rel") in ("同年", "该年") else 1)
        month, day = m.group("month"), m.group("day")
        if day and month:
            value = _day_value(year, int(month), int(day))
            precision = "day" if value else None
        elif month:
            value, precision = _month_value(year, int(month))
        else:
            value, precision = f"{year:04d}", "year"
        out.append(DateMention(m.start(), m.end(), m.group(0), value, precision))
    return out


_CN_DAYS_AFTER = r"(?:\s*(?:至|到|—|－|-|~)\s*[0-3]?\d\s*[日号])?"
# "今年4月22日", "去年8月", "前年": a year named from the page's own date (its date line's year); not 前 closing
# 以前 or 之前 ("以前年度": earlier years) or a date ("12月31日前年满18周岁": before that day, reaching 18)
# (the month and day in Chinese numerals too: "今年六月十三日"); "本年度", "上年度": the page's year, the year before
# (上年 alone is no date: "比上年增长" compares)
_MONTH_NUMBER = rf"1[0-2]|0?[1-9]|{_NUMERAL_MONTH}"
_DAY_NUMBER = rf"[0-3]?\d|{_NUMERAL_DAY}"
CN_PAGE_YEAR = re.compile(
    rf"(?<![较比与])(?<!以(?=前))(?<!之(?=前))(?<![日号](?=前))(?P<rel>今年|去年|前年|明年|本年|上年(?=度))"
    rf"(?:(?P<month>{_MONTH_NUMBER})\s*月(?:\s*(?P<day>{_DAY_NUMBER})\s*[日号]{_CN_DAYS_AFTER})?)?"
)
# "上月5日至7日", "本月", "当月": a month named from the page's date (上月, 本月, 下月) or from the date
# just before it (当月, 同月: "that month"); none in a comparison ("较上月增加", "比去年同期"), no event
CN_PAGE_MONTH = re.compile(
    rf"(?<![较比与])(?P<rel>上个?月|本月|下个?月|当月|同月)(?:(?P<day>[0-3]?\d)\s*[日号]{_CN_DAYS_AFTER})?"
)
_YEAR_STEP = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
_MONTH_STEP = {"上月": -1, "上个月": -1, "本月": 0, "下月": 1, "下个月": 1}


def _shifted_month(value: str, step: int) -> str:
    year, month = int(value[:4]), int(value[5:7]) + step
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def _number(written: str) -> int:
    """A month's or a day's number, in digits ("6", "13") or in Chinese numerals ("六", "十三")."""
    return int(written) if written.isdigit() else _numeral(written)


def _with_day(month_value: str, day: str | None) -> tuple[str | None, str | None]:
    """A month's value with the day written after it, if any: an impossible day ("上月31日" in a 30-day month)
    is left undated."""
    if not day:
        return month_value, "month"
    value = _day_value(int(month_value[:4]), int(month_value[5:7]), _number(day))
    return (value, "day") if value else (None, None)


def _page_relative(text: str, dates: list[DateMention], dateline: DateMention | None) -> list[DateMention]:
    """Dates named from the page's own date ("今年4月22日", "去年8月", "上月5日至7日"), where the page has
    one (its first full date), and "当月" from the month of the date before it; none otherwise."""
    out: list[DateMention] = []
    if dateline and dateline.value:
        for m in CN_PAGE_YEAR.finditer(text):
            year = f"{int(dateline.value[:4]) + _YEAR_STEP[m.group('rel')]:04d}"
            if m.group("month"):
                value, precision = _with_day(f"{year}-{_number(m.group('month')):02d}", m.group("day"))
            else:
                value, precision = year, "year"
            out.append(DateMention(m.start(), m.end(), m.group(0), value, precision))
    for m in CN_PAGE_MONTH.finditer(text):
        rel = m.group("rel")
        if rel in _MONTH_STEP:
            month = _shifted_month(dateline.value, _MONTH_STEP[rel]) if dateline and dateline.value else None
        else:
            before = [d.value[:7] for d in sorted(dates + out, key=lambda d: d.end) if d.end <= m.start() and d.value]
            month = next((v for v in reversed(before) if len(v) == 7), None)
        if month:
            out.append(DateMention(m.start(), m.end(), m.group(0), *_with_day(month, m.group("day"))))
    return out


# "当天", "次日": the day of the date before it, or the next
CN_SAME_OR_NEXT_DAY = re.compile(r"(?<![每前])(?P<rel>当天|当日|次日|翌日|第二天)")
# what follows a byline's or a date line's date: "2021年12月10日 伦敦报道）", "8月10日电", "09:32　来源"
_DATE_LINE_AFTER = re.compile(r"[^。\n]{0,20}?(?:报道|电|来源)")


def _web_date_line(text: str, d: DateMention) -> bool:
    """Whether ``d`` is a web page's date written with dashes or slashes, or day first with dots, on a short line
    of its own, with its time or source at most ("2019/03/14 18:32", "26.10.2016  19:48"): the page's date line,
    as a byline's date is."""
    written = ISO_DATE.fullmatch(d.text) or DAY_FIRST_DATE.fullmatch(d.text)
    return written is not None and _on_a_date_line(text, d)


def _same_or_next_days(text: str, dates: list[DateMention]) -> list[DateMention]:
    """ "12月9日公布裁决……尼斯当天宣读", "2月27日……次日": the day of the nearest dated day before it in its
    paragraph, or the day after; in a paragraph with none, the story's day (the page's first dated day that
    is no byline's or date line's: "大使馆当天发表声明" in a later paragraph); else none."""
    out: list[DateMention] = []
    days = DatedDays(dates)
    in_order = sorted((d for d in dates if d.precision == "day" and d.value), key=lambda d: d.start)
    story = next((d for d in in_order if not _DATE_LINE_AFTER.match(text, d.end)), None)
    for m in CN_SAME_OR_NEXT_DAY.finditer(text):
        paragraph = text.rfind("\n", 0, m.start())
        last = days.last_before(m.start())
        if last is None or last.start <= paragraph:
            last = story
        if last is None or last.start > m.start() or not last.value:
            continue
        value = last.value
        try:
            day = datetime.date.fromisoformat(value) + datetime.timedelta(days=0 if m.group("rel")[0] == "当" else 1)
        except ValueError:
            continue
        out.append(DateMention(m.start(), m.end(), m.group(0), day.isoformat(), "day"))
        days.add(out[-1])
    return out


# the last day of a range after a full date, in the same month: "2016年4月21日至22日" (one date, from its first day,
# as "4月21日至22日" is)
_RANGE_END_DAY_RE = re.compile(r"\s*(?:至|到|—|－|-|~)\s*(?P<day>[0-3]?\d)\s*[日号]")


def _range_end(text: str, end: int) -> int:
    """Where a full date ending at ``end`` ends with the range's last day written alone after it."""
    m = _RANGE_END_DAY_RE.match(text, end)
    return m.end() if m is not None and 1 <= int(m.group("day")) <= 31 else end


# a year written without 年 and a dash, 至 or 到 before a later year with it: "2019—2021年", "2019至2021年"
_YEAR_SPAN_START_RE = re.compile(r"(?<!\d)((?:1[6-9]|2[01])\d\d)\s*(?:至|到|—{1,2}|－|-{1,2}|~|～|–)\s*$")


def _year_span_start(text: str, at: int, year: int) -> int | None:
    """Where a span of years opens when the year ``at`` closes one ("实施方案（2019—2021年）"): its first year, written
    without 年 before a dash or 至 (as "4月21日至22日" is one date from its first day); None if no span."""
    m = _YEAR_SPAN_START_RE.search(text, max(0, at - 8), at)
    return m.start(1) if m is not None and int(m.group(1)) < year else None


# a month and day run together after a year, the 月 between them lost as PDFs and converters lose it ("2019年613日",
# "2020年1105日")
_MONTH_DAY_RUN_RE = re.compile(r"\s*(\d{3,4})\s*[日号](?![\d元])")


def _month_day_run(text: str, pos: int) -> tuple[tuple[int, int], int] | None:
    """The month and day of a run of three or four digits and 日 right after a year's 年 at ``pos``, and where the
    run ends: only where one reading alone is a month and a day ("613" is 6-13, "1105" 11-05; "113" could be 1-13
    or 11-3 and is none)."""
    m = _MONTH_DAY_RUN_RE.match(text, pos)
    if m is None:
        return None
    digits = m.group(1)
    readings = {(int(digits[:k]), int(digits[k:])) for k in (1, 2) if len(digits) - k <= 2}
    valid = [(month, day) for month, day in readings if 1 <= month <= 12 and 1 <= day <= 31]
    return (valid[0], m.end()) if len(valid) == 1 else None


def chinese_dates(text: str) -> list[DateMention]:
    """Dates written 2017年6月25日, 2017年6月, 2017年; a month and day without the year ("6月19日至25日")
    take the year of the page's dates when they all share one (a notice dated at its foot), else stay
    undated; a day alone ("25日前") is a date, never a figure, but no point on the timeline. Dates named
    from the page's date (今年, 去年8月, 上月5日至7日), from the date before (当月, 同月, 当天, 次日) and a month
    opening a sentence (10月，) are dated too."""
    out = []
    for m in CN_DATE.finditer(text):
        year = int(m.group("year"))
        if not 1600 <= year <= 2199:
            continue
        end = m.end()
        value: str | None
        precision: str | None
        if m.group("day") and m.group("month"):
            value = _day_value(year, int(m.group("month")), int(m.group("day")))
            precision = "day" if value else None
            end = _range_end(text, end)
        elif m.group("month"):
            value, precision = _month_value(year, int(m.group("month")))
        elif run := _month_day_run(text, end):  # "2019年613日": the month's 月 lost
            (month, day), end = run
            value = _day_value(year, month, day)
            precision = "day" if value else None
        else:
            value, precision = f"{year:04d}", "year"
        start = m.start()
        span_start = _year_span_start(text, start, year) if precision == "year" else None
        if span_start is not None:  # "(2019—2021年)": a span of years, one date from its first year
            start, value = span_start, text[span_start : span_start + 4]
        out.append(DateMention(start, end, text[start:end], value, precision))
    out.extend(_numeral_dates(text))
    out.extend(_era_years(text))
    out.extend(_republic_dates(text))
    out.extend(_dotted_months(text, out))
    out.extend(_relative_years(text, out))
    out.extend(_iso_dates(text, out))
    first_day = next((d for d in sorted(out, key=lambda d: d.start) if d.precision == "day" and d.value), None)
    years = {d.value[:4] for d in out if d.value}
    page_year = next(iter(years)) if len(years) == 1 and not _only_years_after(out, text) else None
    dated = _dated(text, out)
    dateline = first_day.value[:4] if first_day and first_day.value else None
    relative = _page_relative(text, out, first_day)
    # a day named in the page's own year ("今年5月15日") gives that year to the days written alone after it, as a
    # full date does ("……2012年10月任团长。今年5月15日，……：5月13日，法院宣判" is in this year); the others'
    # years (去年, 上月, 当月) tell nothing of them
    dated = sorted(dated + _dated(text, [d for d in relative if d.text.startswith(("今年", "本年"))]))
    if first_day is None:  # a page with a day of its own keeps to its timeline ("2017年以来，……6月28日建成")
        dated = sorted(dated + _dated(text, [d for d in out if _year_opens_episode(text, d)], years=True))
    out.extend(relative)
    taken = Taken(text)
    for d in out:
        taken.take(d.start, d.end)
    line_day = first_day.value if first_day else None
    foot = _signature_date(text, out)
    headings = [d for d in out if d.precision == "year" and d.value and _year_heading(text, d)]
    for m, month, day in _month_days(text):
        if not taken.free(m.start(), m.end()):
            continue
        in_year = (
            page_year
            or _heading_year(text, headings, dated, m.start())
            or _signed_year(text, dated, foot, m.start(), (month, day))
            or _year_in_paragraph(text, dated, m.span(), dateline, (month, day), line_day)
            or _foot_year(text, first_day, m.start(), (month, day))
        )
        day_value = _day_value(int(in_year), month, day) if in_year is not None else None
        day_value = _filed_before_page(text, m, day_value, line_day)
        out.append(DateMention(m.start(), m.end(), m.group(0), day_value, "day" if day_value else None))
        taken.take(m.start(), m.end())
    months = [*CN_MONTH_ALONE.finditer(text), *CN_MONTH_IN.finditer(text)]
    sentence_years = SentenceYears(text, out, _CN_SENTENCE_END, _frames_clause)
    for m in months:  # "10月，众议院通过……": a month opening a sentence; "已于5月", "5月底前" inside one
        in_year = (
            sentence_years.year(m.start("month"))  # "他于2017年被带走，并于8月被判刑"
            or page_year
            or _year_in_paragraph(text, dated, m.span("month"), dateline)
        )
        if in_year is not None and taken.free(m.start(), m.end()):
            alone = DateMention(
                m.start("month"), m.end(), m.group(0).strip(), f"{in_year}-{int(m.group('month')):02d}", "month"
            )
            out.append(alone)
            sentence_years.add(alone)
            taken.take(m.start(), m.end())
    days, lines = (
        DatedDays(out),
        DatedDays(d for d in out if _DATE_LINE_AFTER.match(text, d.end) or _web_date_line(text, d)),
    )
    wire = _wire_dateline(text)
    months_dated = MonthsDated(out)
    for m in sorted([*CN_DAY.finditer(text), *_numeral_days_alone(text)], key=lambda m: m.start()):
        if taken.free(m.start(), m.end()) and 1 <= _day_number(m) <= 31:
            last, month_before = days.last_before(m.start()), months_dated.last_before(m.start())
            alone = _day_alone(text, m, last, lines.first_before(m.start()), wire)
            later_month = month_before is not None and last is not None and last.start < month_before.start
            if alone.value is None or later_month:  # "2019年6月3日……2019年7月，……。5日，": July's, not June's
                alone = _day_of_month_before(text, m, month_before, alone)
            out.append(alone)
            days.add(alone)
            if _DATE_LINE_AFTER.match(text, alone.end):
                lines.add(alone)
    out.extend(_same_or_next_days(text, out))
    out.extend(_cn_weekdays(text, out, taken))
    out.sort(key=lambda d: d.start)
    return out


# a weekday written alone in a story: "上周四", "本周一", "周二表示" (not "每周五", nor one a bracketed date
# follows, "上周四（11月28日）", nor a name's first characters, "周一鸣", nor 一 of a word, "上周一直"); without
# 上, 本 or 下, only before what happens on it
CN_WEEKDAY_RE = re.compile(
    r"(?<!每)(?P<rel>上上|上|本|这|下)?(?:周|星期|礼拜)(?P<day>一(?![直起些样定般切度再边同致律])|[二三四五六日天])(?!\s*[（(]\s*\d)"
    r"(?P<act>(?=表示|称|说|宣布|发表|发布|回应|指出|晚|早|上午|下午|凌晨|在|对|向|，|,))?"
)
_CN_WEEK_STEP = {"上上": -14, "上": -7, "本": 0, "这": 0, "下": 7}


def _cn_weekdays(text: str, found: list[DateMention], taken: Taken) -> list[DateMention]:
    """Each weekday alone, below a byline's or date line's day: 上周四 in the week before the date line's
    (weeks start on Monday), 本周一 in its week, and a weekday with no such word the last such day up to
    the date line's."""
    days = sorted((d for d in found if d.precision == "day" and d.value), key=lambda d: d.start)
    line = next((d for d in days if _DATE_LINE_AFTER.match(text, d.end)), None)
    if line is None or not line.value:
        return []
    story = datetime.date.fromisoformat(line.value)
    out = []
    for m in CN_WEEKDAY_RE.finditer(text, line.end):
        if not taken.free(m.start(), m.end()) or (m.group("rel") is None and m.group("act") is None):
            continue
        weekday = "一二三四五六日天".index(m.group("day")) if m.group("day") != "天" else 6
        if m.group("rel") is None:
            day = story - datetime.timedelta(days=(story.weekday() - weekday) % 7)
        else:
            day = story + datetime.timedelta(days=weekday - story.weekday() + _CN_WEEK_STEP[m.group("rel")])
        out.append(DateMention(m.start(), m.end(), m.group(0), day.isoformat(), "day"))
    return out


# a web page's date line: "2019-08-23 10:15　来源：新华网", "2019/08/23", "(2019/7/5 16:38 更新)": its
# month and day written with or without a leading zero; a register's dots too, year first ("申请日：2018.06.04",
# "2021.03.12 视为撤回", as patent and company records write their days), never a fourth dotted part after them
ISO_DATE = re.compile(
    r"(?<![\d\-/.])(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<month>1[0-2]|0?[1-9])(?P=sep)(?P<day>[0-3]\d|[1-9])"
    r"(?![\d\-/]|\.\d)"
)


# a site's date line written day first with dots or slashes, on a line of its own with its time at most
# ("26.10.2016  19:48"; "15/10/2009", as Hong Kong's papers write it)
_DAY_FIRST = r"(?P<day>[0-3]?\d)(?P<dsep>[./])(?P<month>1[0-2]|0?[1-9])(?P=dsep)(?P<year>(?:19|20)\d\d)"
DAY_FIRST_DATE = re.compile(_DAY_FIRST)
# the start of such a date on its line: where the date itself opens, after the line's spaces
_DAY_FIRST_LINE_RE = re.compile(rf"(?m)^[ \t\u3000]*(?={_DAY_FIRST}(?:[ \t\u3000]+[0-2]?\d:[0-5]\d)?[ \t\u3000]*$)")


def _iso_dates(text: str, found: list[DateMention]) -> list[DateMention]:
    out = []
    day_first = (DAY_FIRST_DATE.match(text, m.end()) for m in _DAY_FIRST_LINE_RE.finditer(text))
    for m in [*ISO_DATE.finditer(text), *(d for d in day_first if d is not None)]:
        if 1 <= int(m.group("day")) <= 31 and not any(d.start < m.end() and m.start() < d.end for d in found):
            value = _day_value(int(m.group("year")), int(m.group("month")), int(m.group("day")))
            if value is None or _order_untold(m):
                out.append(DateMention(m.start(), m.end(), m.group(0), None, None))
            else:
                out.append(DateMention(m.start(), m.end(), m.group(0), value, "day"))
    return out + _stamped_month_days(text, out)


def _order_untold(m: re.Match[str]) -> bool:
    """Whether a date written day first with slashes could as well be month first ("05/06/2020", as American
    sites write it): a date still, its figures no claims, but no point on the timeline; dots and a day past the
    twelfth tell the order ("15/10/2009")."""
    day, month = int(m.group("day")), int(m.group("month"))
    return m.groupdict().get("dsep") == "/" and day <= 12 and day != month


# a month and day with a slash before a clock time, as a site stamps its update: "（11/15 13:41 更新）"
_STAMPED_MONTH_DAY_RE = re.compile(
    r"(?<![\d/\-])(?P<month>1[0-2]|0?[1-9])/(?P<day>[0-3]?\d)(?=[ \t\u3000]+[0-2]?\d:[0-5]\d)"
)


def _stamped_month_days(text: str, dates: list[DateMention]) -> list[DateMention]:
    """A month and day stamped before a clock time ("2020/11/15 13:36（11/15 13:41 更新）"): a date, never two
    figures, in the year of a full date earlier on its line, else undated."""
    out = []
    for m in _STAMPED_MONTH_DAY_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        on_line = [d for d in dates if line_start <= d.start < m.start() and d.value and len(d.value) == 10]
        month, day = int(m.group("month")), int(m.group("day"))
        if not 1 <= day <= 31 or any(d.start < m.end() and m.start() < d.end for d in dates):
            continue
        value = _day_value(int(on_line[-1].value[:4]), month, day) if on_line and on_line[-1].value else None
        out.append(DateMention(m.start(), m.end(), m.group(0), value, "day" if value else None))
    return out


# a heading that names a year and what the lines under it are: "2018年大事记", "2018年洛浦县大事记", "2018年"
_YEAR_HEADING_RE = re.compile(r"[ \t\u3000]*[^\n，。；：:,;！？!?]{0,16}[ \t\u3000]*(?:\n|$)")


def _year_heading(text: str, d: DateMention) -> bool:
    """Whether a year alone opens a short line of its own, one with no clause in it: a chronicle's or a
    section's heading ("2018年洛浦县大事记") whose year its dated lines below leave out."""
    line_start = text.rfind("\n", 0, d.start) + 1
    return not text[line_start : d.start].strip() and _YEAR_HEADING_RE.match(text, d.end) is not None


def _heading_year(text: str, headings: list[DateMention], dated: list[tuple[int, str, bool]], pos: int) -> str | None:
    """The year of a month and day that opens its line ("1月5日　县委书记……主持召开……") under a year's
    heading, with no full date between them: a chronicle's entry (大事记) in the heading's year; None
    otherwise."""
    line_start = text.rfind("\n", 0, pos) + 1
    above = [h for h in headings if h.end <= line_start]
    if (
        text[line_start:pos].strip()
        or not above
        or bisect.bisect_left(dated, (above[-1].end,)) < bisect.bisect_left(dated, (pos,))
    ):
        return None
    return (above[-1].value or "")[:4] or None


# a year alone that opens a sentence, a comma after it: "2013年以来，……多次预谋。6月19日晚，……"; on a page with no
# full date of its own (a wire's dateline without its year) the days after it are in its year, as after a full date
_EPISODE_YEAR_AFTER_RE = re.compile(r"(?:以来|以來|起|初|底|年底)?[，,]")


def _year_opens_episode(text: str, d: DateMention) -> bool:
    """Whether a Chinese year alone opens its sentence as the time of what it tells ("2013年以来，…")."""
    if d.precision != "year" or not d.value or _EPISODE_YEAR_AFTER_RE.match(text, d.end) is None:
        return False
    start = max(0, d.start - 8)
    before = text[start : d.start].rstrip(" \t\u3000")
    return before[-1:] in ("。", "！", "？", "；", "\n") or (not before and start == 0)


def _alone_on_its_line(text: str, d: DateMention) -> bool:
    line_start, line_end = text.rfind("\n", 0, d.start) + 1, text.find("\n", d.end)
    return not text[line_start : d.start].strip() and not text[d.end : line_end if line_end >= 0 else None].strip()


def _only_years_after(dates: list[DateMention], text: str) -> bool:
    """Whether the page's one year is written only as years alone after its first month and day ("中新社某地2月1日电
    ……报告称，某地2019年种植棉花"): the year a figure was counted for, not the page's; its days stay undated."""
    first = CN_MONTH_DAY.search(text)
    return first is not None and all(d.precision == "year" and d.start > first.start() for d in dates if d.value)


def _signature_date(text: str, found: list[DateMention]) -> DateMention | None:
    """The date a notice or an announcement is signed on: its last full date, written with its day on a
    line of its own ("……董事会" above "2021年3月26日"); None where the last full date is no such line."""
    full = [d for d in found if d.precision == "day" and d.value and len(d.value) == 10]
    last = max(full, key=lambda d: d.start, default=None)
    return last if last is not None and _alone_on_its_line(text, last) else None


def _signed_year(
    text: str, dated: list[tuple[int, str, bool]], foot: DateMention | None, pos: int, month_day: tuple[int, int]
) -> str | None:
    """The year of a month and day in a paragraph that states no full date, in a signed document whose
    signature date is of a later year than the dates before the day, when the day falls on or before the
    signature's ("截至2020年12月31日……" then "已于3月25日赴……", signed "2021年3月26日"): the signature's year,
    the document telling of the days just before it was signed; None otherwise."""
    if foot is None or not foot.value or foot.start < pos:
        return None
    paragraph = text.rfind("\n", 0, pos)
    if dated[bisect.bisect_left(dated, (paragraph + 1,)) : bisect.bisect_left(dated, (pos,))]:
        return None  # the paragraph's own full date before the day gives its year
    before = _year_before(dated, pos)
    on_or_before = month_day <= (int(foot.value[5:7]), int(foot.value[8:10]))
    return foot.value[:4] if before is not None and before < foot.value[:4] and on_or_before else None


def _foot_year(text: str, foot: DateMention | None, pos: int, month_day: tuple[int, int]) -> str | None:
    """The year of a month and day with no full date before it, in a document whose first full date is its
    foot's, on a line of its own after it ("……10月16日……" above "2019年12月25日"), when the day falls on or before
    the foot's: the foot's year (a summary or a notice tells of its own year); None otherwise."""
    if foot is None or not foot.value or foot.start < pos or len(foot.value) < 10:
        return None
    line_start, line_end = text.rfind("\n", 0, foot.start) + 1, text.find("\n", foot.end)
    rest = text[foot.end : line_end if line_end >= 0 else None]
    alone = not text[line_start : foot.start].strip() and not rest.strip()
    on_or_before = month_day <= (int(foot.value[5:7]), int(foot.value[8:10]))
    return foot.value[:4] if alone and on_or_before else None


def _year_in_paragraph(
    text: str,
    dated: list[tuple[int, str, bool]],
    span: tuple[int, int],
    dateline: str | None,
    month_day: tuple[int, int] | None = None,
    dateline_day: str | None = None,
) -> str | None:
    """The year of a month and day written without one: that of the nearest full date before it in its
    paragraph. In a paragraph with none, a day on which someone speaks takes the page's first full date's
    year, its date line's (a story told on its own timeline: after "2014年3月……被捕", "发言人2月28日表示"
    in the next paragraph is the story's year); so does one after a date of an earlier year in another
    sentence of its paragraph, when it falls before the date line's day (a reaction to the story's news
    after its background: "委员会2018年8月曾表示关切。对于审判，发言人11月29日表示"); any other day goes
    on from the date before it ("4月5日，他被转移到曼谷" after "2014年3月，他在边境被捕" is in 2014)."""
    pos, end = span
    paragraph = text.rfind("\n", 0, pos)
    inside = dated[bisect.bisect_left(dated, (paragraph + 1,)) : bisect.bisect_left(dated, (pos,))]
    speaking = dateline is not None and _SPEAKING_AFTER_RE.match(text, end) is not None
    if speaking and inside and _reaction_after_background(text, inside[-1], pos, month_day, dateline_day):
        return dateline
    if inside or not speaking:
        return _year_before(inside or dated, pos)
    return dateline


def _reaction_after_background(
    text: str, before: tuple[int, str, bool], pos: int, month_day: tuple[int, int] | None, dateline_day: str | None
) -> bool:
    """Whether a day someone speaks on follows a date of an earlier year than the date line's in another
    sentence, and falls on or before the date line's month and day."""
    if month_day is None or not dateline_day or len(dateline_day) < 10 or before[1] >= dateline_day[:4]:
        return False
    line_day = (int(dateline_day[5:7]), int(dateline_day[8:10]))
    return month_day <= line_day and re.search(r"[。！？]", text[before[0] : pos]) is not None


# a news digest's item opens with its source in brackets at a line's start: "〔新疆日报〕17日，"
_ITEM_SOURCE_BEFORE_RE = re.compile(r"(?:^|\n)[ \t\u3000]*[〔【\[][^〔【\[\]〕】\n]{1,24}[〕】\]][ \t\u3000]*$")


def _opens_item(text: str, pos: int) -> bool:
    """Whether a day alone at ``pos`` opens an item, right after the item's source in brackets or after a
    broadcaster's or paper's own source words at the line's start ("本台消息　27日，")."""
    window = max(0, pos - 30)
    return (
        _ITEM_SOURCE_BEFORE_RE.search(text, window, pos) is not None
        or _OWN_SOURCE_BEFORE_RE.search(text, window, pos) is not None
    )


# an item's source written by the outlet of itself at the line's start: "本台消息", "本报讯", "本网讯"
_OWN_SOURCE_BEFORE_RE = re.compile(r"(?:^|\n)[ \t\u3000]*本[台报网刊](?:消息|讯)[ \t\u3000]*$")
# a day alone before the comma of its clause: "27日，", "14日上午，"
_DAY_BEFORE_COMMA_RE = re.compile(rf"(?:[0-3]?\d|{_NUMERAL_DAY})\s*[日号](?:{CN_TIMES_OF_DAY}|晚|早)?[，,]")


# someone speaking on the day before it ("2月28日表示", "2月28日在记者会上说")
_SPEAKING_AFTER_RE = re.compile(r"[^，。；\n]{0,12}?(?:表示|称|说|指出|回应|宣布|证实|透露|强调|发表声明|发布)")


def _day_alone(
    text: str, m: re.Match[str], last: DateMention | None, line: DateMention | None, wire: tuple[int, int] | None
) -> DateMention:
    """A day written alone: undated ("25日前" sets a deadline), but for one that opens a sentence ("13日晚，")
    after a date with its day earlier in the same month ("9月11日至13日……13日晚"): the story's next day.
    ``last`` is the dated day nearest before it, ``line`` the page's first dated day when that is a byline's
    or date line's and comes before it, ``wire`` the month and day of the page's first wire dateline."""
    day = _day_number(m)
    before_comma = _DAY_BEFORE_COMMA_RE.match(text, m.start()) is not None
    opens = before_comma and (_day_opens_sentence(text, m.start()) or _after_wire_byline(text, m.start()))
    item = before_comma and _opens_item(text, m.start())
    if (opens or item) and last is not None:
        value = last.value or ""
        if int(value[8:10]) <= day:  # "4月5日……31日，": a day that month does not have is left undated
            later = _day_value(int(value[:4]), int(value[5:7]), day)
            return DateMention(m.start(), m.end(), m.group(0), later, "day" if later else None)
        if item or (opens and _on_wire_day(wire, value)):
            return DateMention(m.start(), m.end(), m.group(0), *_item_day_before(value, day))
    if line is not None and line.value and _WIRE_DAY_RE.match(text, m.end()) and day <= int(line.value[8:10]):
        return DateMention(m.start(), m.end(), m.group(0), f"{line.value[:8]}{day:02d}", "day")
    lead = last.value if last is not None and last.value and _in_wire_lead(text, m.start()) else None
    if lead and _on_wire_day(wire, lead) and day <= int(lead[8:10]):
        return DateMention(m.start(), m.end(), m.group(0), f"{lead[:8]}{day:02d}", "day")
    if _CN_FUTURE_BEFORE_RE.search(text, max(0, m.start() - 3), m.start()) is not None:
        return DateMention(m.start(), m.end(), m.group(0), *_announced_day(text, m, last, line))
    return DateMention(m.start(), m.end(), m.group(0), *_speaking_day(text, m, last, line))


def _day_of_month_before(text: str, m: re.Match[str], month: DateMention | None, alone: DateMention) -> DateMention:
    """A day alone opening a sentence before its comma ("十三日，") in the paragraph of a month dated without a day
    before it ("2019年6月，……。十三日，县公安局通报"): that month's day; else ``alone`` as it was read."""
    opens = _DAY_BEFORE_COMMA_RE.match(text, m.start()) is not None and _day_opens_sentence(text, m.start())
    if month is None or not month.value or not opens or "\n" in text[month.end : m.start()]:
        return alone
    year, number, day = int(month.value[:4]), int(month.value[5:7]), _day_number(m)
    if not _real_day(year, number, day):
        return alone
    return DateMention(m.start(), m.end(), m.group(0), f"{month.value}-{day:02d}", "day")


# a wire's dateline written with its day alone: "（中央社记者某某台北15日电）", "北京3日专电", "巴黎17日综合外电报导"
_WIRE_DAY_RE = re.compile(r"(?:专|综合外)?电|讯")


# the end of a sentence or a line before a paragraph's indent: "。", "\n　　"
_SENTENCE_END_BEFORE_RE = re.compile(r"[。！？\n][ \t\u3000]*$")


def _day_opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence: the page's start, or after a sentence's end or a line's, and the
    spaces or full-width spaces a paragraph is indented by ("\n　　10日，")."""
    if pos <= 12 and not text[:pos].strip():
        return True
    return _SENTENCE_END_BEFORE_RE.search(text, max(0, pos - 12), pos) is not None


# a wire's byline in brackets after its dateline: "（记者某某）", "(王某某 涂某某)"
_WIRE_BYLINE = r"[（(][^（()）\n]{1,30}[)）]"
# a wire's dateline and its byline in brackets, right before the story's first words: "8月22日电（记者某某）",
# "11月11日电 (王某某 涂某某)"
_WIRE_BYLINE_BEFORE_RE = re.compile(rf"日电[ \t\u3000]?{_WIRE_BYLINE}[ \t\u3000]?$")
# a wire's dateline's month and day: "11月11日电", "8月10日讯"
_WIRE_DATELINE_RE = re.compile(r"(?P<month>1[0-2]|0?[1-9])\s*月\s*(?P<day>[0-3]?\d)\s*日[电讯]")


def _wire_dateline(text: str) -> tuple[int, int] | None:
    """The month and day of the page's first wire dateline, if it has one."""
    m = _WIRE_DATELINE_RE.search(text)
    return None if m is None else (int(m.group("month")), int(m.group("day")))


def _filed_before_page(text: str, m: re.Match[str], value: str | None, line_day: str | None) -> str | None:
    """A wire's dateline written without its year ("12月28日电") below a page's date of the new year ("2020年1月2日"):
    filed before the page was, so in the year before, never after the page's date."""
    if value is None or line_day is None or value <= line_day or not _WIRE_DATELINE_RE.match(text, m.start()):
        return value
    return _day_value(int(value[:4]) - 1, int(value[5:7]), int(value[8:10]))


def _on_wire_day(wire: tuple[int, int] | None, value: str) -> bool:
    """Whether the day ``value`` (a full date) is the month and day of the page's first wire dateline (``wire``):
    a day alone opening a sentence below it, earlier in the month ("11月11日电……10日，……印发了通知"), is the same
    month's, the day before the story was filed."""
    return wire is not None and len(value) >= 10 and wire == (int(value[5:7]), int(value[8:10]))


# the first clause of a wire story, its subject at most, after its dateline and its byline if it has one:
# "8月29日电（记者某某）某委员会29日", "9月15日电  (记者某某、某某)某区新闻办15日下午", "12月28日电 某厅3日"
_WIRE_LEAD_BEFORE_RE = re.compile(rf"日[电讯][ \t\u3000]*(?:{_WIRE_BYLINE})?[^。！？；，,\n]{{0,20}}$")


def _in_wire_lead(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in a wire story's first clause, after its dateline (and its byline in brackets) with
    nothing but the clause's subject between: a day alone there, not later than the dateline's day, is the
    dateline's month's ("8月29日电（记者某某）某委员会29日对……发出通报")."""
    return _WIRE_LEAD_BEFORE_RE.search(text, max(0, pos - 60), pos) is not None


def _after_wire_byline(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a wire story's first sentence, right after its dateline's byline in brackets."""
    return _WIRE_BYLINE_BEFORE_RE.search(text, max(0, pos - 40), pos) is not None


# what will be done on a day: "议会将于17日表决", "定于20日召开"
_CN_FUTURE_BEFORE_RE = re.compile(r"(?:将于|将在|定于|拟于)$")


def _announced_day(
    text: str, m: re.Match[str], last: DateMention | None, line: DateMention | None
) -> tuple[str | None, str | None]:
    """A day alone that something will be done on ("欧洲议会将于17日表决"), in a paragraph with no dated day
    before it, below a byline's or date line's day: the first such day from the date line's on (17日 in a
    transcript dated 12月15日 is 12月17日, 3日 is 1月3日); else undated."""
    paragraph = text.rfind("\n", 0, m.start())
    if line is None or not line.value or (last is not None and paragraph < last.start):
        return None, None
    story, day = datetime.date.fromisoformat(line.value), _day_number(m)
    month = story if day >= story.day else (story.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    try:
        return month.replace(day=day).isoformat(), "day"
    except ValueError:
        return None, None


def _item_day_before(last: str, day: int) -> tuple[str | None, str | None]:
    """The day of a news item that opens with its day alone after its source, earlier than the dated day
    before it (``last``): the latest such day up to it, as a digest reports each item's own day ("28日……
    本台消息　27日，" is the 27th of the same month)."""
    try:
        return datetime.date.fromisoformat(last).replace(day=day).isoformat(), "day"
    except ValueError:
        return None, None


# a body meeting on the day before it ("委员会14日召开会议", "14日举行听证会")
_MEETING_AFTER_RE = re.compile(r"[^，。；\n]{0,6}?(?:召开|举行)")


def _speaks_or_meets_after(text: str, end: int) -> bool:
    return _SPEAKING_AFTER_RE.match(text, end) is not None or _MEETING_AFTER_RE.match(text, end) is not None


def _speaking_day(
    text: str, m: re.Match[str], last: DateMention | None, line: DateMention | None
) -> tuple[str | None, str | None]:
    """A day alone someone speaks or a body meets on ("委员会主席Renata Alt 28日在柏林表示", "14日召开会议"), one
    that opens a digest's item after its source ("〔某某日报〕17日，……") or the reporter's ("记者7日从……获悉"),
    in a paragraph with no dated day before it, below a byline's or date line's day: the last such day up to the
    date line's (28日 in a story dated 12月2日 is 11月28日); else undated."""
    paragraph = text.rfind("\n", 0, m.start())
    if (
        line is None
        or not line.value
        or (last is not None and paragraph < last.start)
        or not (
            _speaks_or_meets_after(text, m.end())
            or _opens_item(text, m.start())
            or text.endswith("记者", 0, m.start())  # the reporter's day: "记者7日从自治区公安厅获悉"
        )
    ):
        return None, None
    story = datetime.date.fromisoformat(line.value)
    day = _day_number(m)
    month = story if day <= story.day else story.replace(day=1) - datetime.timedelta(days=1)
    try:
        return month.replace(day=day).isoformat(), "day"
    except ValueError:
        return None, None


# -- Uyghur --------------------------------------------------------------------------------
# Read on the internal form of a Uyghur page (analyse/uyghur.py): Uyghur Latin (ULY) in lower case
# with é, ö, ü folded to e, o, u and v to w, whatever script the page is written in, so one set of
# patterns reads UEY (2014-يىلى 23-سېنتەبىر), ULY (2014-yili 23-séntebir) and Cyrillic (2014-йили
# 23-сентәбир) alike, at the same offsets. A date ends before the case ending on its last word
# (2014-yilidin "since 2014" is "2014-yili").

# Month names: the Uyghur ones and the Russian-derived ones of Cyrillic Uyghur (сентябрь).
UYGHUR_MONTHS = {
    "yanwar": 1,
    "fewral": 2,
    "mart": 3,
    "aprel": 4,
    "may": 5,
    "iyun": 6,
    "iyul": 7,
    "awghust": 8,
    "awgust": 8,
    "sentebir": 9,
    "sentyabr": 9,
    "oktebir": 10,
    "oktyabr": 10,
    "noyabir": 11,
    "noyabr": 11,
    "dekabir": 12,
    "dekabr": 12,
}
_UY_CASE = r"(?:ning|ni|gha|ge|qa|ke|da|de|ta|te|din|tin|diki|tiki|ghiche|giche|qiche|kiche|la|mu)"
_UY_MONTH = "(?P<month>" + "|".join(sorted(UYGHUR_MONTHS, key=len, reverse=True)) + ")"
_UY_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d|21\d\d)\s?-?\s?yil(?:i(?=" + _UY_CASE + r"?(?![a-z']))|(?!li|la|le))"
_UY_DAY = r"(?P<day>[0-3]?\d)\s?-\s?"
_UY_SUFFIX = rf"(?P<sfx>{_UY_CASE})?(?![a-z'])"
_UY_NOT_CODE = r"(?<![\w/.\-])"
UYGHUR_DATE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # 2014-yili 23-séntebir
    (re.compile(rf"{_UY_NOT_CODE}{_UY_YEAR}\s+{_UY_DAY}{_UY_MONTH}{_UY_SUFFIX}"), "day"),
    # 2014-yili séntebirning 23-küni
    (re.compile(rf"{_UY_NOT_CODE}{_UY_YEAR}\s+{_UY_MONTH}(?:ning|ining)?\s+{_UY_DAY}kun(?:i)?{_UY_SUFFIX}"), "day"),
    # 2017-yili 5-ayning 12-küni
    (
        re.compile(
            rf"{_UY_NOT_CODE}{_UY_YEAR}\s+(?P<nmonth>[01]?\d)\s?-\s?ay(?:ning|ining)\s+{_UY_DAY}kun(?:i)?{_UY_SUFFIX}"
        ),
        "day",
    ),
    # 2017-yili 5-ayda
    (re.compile(rf"{_UY_NOT_CODE}{_UY_YEAR}\s+(?P<nmonth>[01]?\d)\s?-\s?ay(?:i)?{_UY_SUFFIX}"), "month"),
    # 2017-yili mayda
    (re.compile(rf"{_UY_NOT_CODE}{_UY_YEAR}\s+{_UY_MONTH}{_UY_SUFFIX}"), "month"),
    # 23-séntebir, 2014-yili / 23-сентябрь 2014
    (
        re.compile(
            rf"{_UY_NOT_CODE}{_UY_DAY}{_UY_MONTH},?\s+(?:{_UY_YEAR}|(?P<year2>1[6-9]\d\d|20\d\d)(?![\w\-]))"
            rf"{_UY_SUFFIX}"
        ),
        "day",
    ),
    # 2014.09.23, 2014-09-23
    (
        re.compile(
            rf"{_UY_NOT_CODE}(?P<year>1[6-9]\d\d|20\d\d)[.\-/](?P<nmonth>[01]?\d)[.\-/](?P<nday>[0-3]?\d)(?![\w/\-]|\.\d)"
        ),
        "day",
    ),
    # 23.09.2014
    (
        re.compile(
            rf"{_UY_NOT_CODE}(?P<nday>[0-3]?\d)[./](?P<nmonth>[01]?\d)[./](?P<year>1[6-9]\d\d|20\d\d)(?![\w/\-]|\.\d)"
        ),
        "day",
    ),
    # 2018-yili
    (re.compile(rf"{_UY_NOT_CODE}{_UY_YEAR}{_UY_SUFFIX}"), "year"),
]
# Dates relative to when the text was written: kept as text, never put on the timeline.
UYGHUR_RELATIVE = re.compile(
    r"(?<![a-z'])(?:(?:otken|bu|shu|keyinki|aldinqi|kelgusi)\s+(?:yil|yili|ay|ayda|hepte|heptide|yilda)"
    r"|yeqinqi\s+(?:(?:bir\s+qanche|birnechche|nechche)\s+)?yil(?:lar)?(?:da|din\s+buyan)?"
    r"|(?:bir|ikki|uch|tot|besh|birnechche|nechche)\s+(?:yil|ay|hepte|kun)\s+(?:ilgiri|burun|keyin|awwal)"
    r"|tunugun|bugun)(?![a-z'])"
)


def uyghur_dates(key: str) -> list[DateMention]:
    """Dates in the internal form of a Uyghur page, at its offsets (see above)."""
    found: list[DateMention] = []
    taken = Taken(key)
    for pattern, precision in UYGHUR_DATE_PATTERNS:
        for m in pattern.finditer(key):
            start = m.start()
            end = m.start("sfx") if m.groupdict().get("sfx") else m.end()
            if not taken.free(start, end):
                continue
            gd = m.groupdict()
            year = int(gd.get("year") or gd.get("year2") or 0)
            month = UYGHUR_MONTHS[gd["month"]] if gd.get("month") else int(gd["nmonth"] or 0) if gd.get("nmonth") else 0
            day = int(gd.get("day") or gd.get("nday") or 0)
            if precision == "day" and 1 <= month <= 12 and _real_day(year, month, day):
                value = f"{year:04d}-{month:02d}-{day:02d}"
            elif precision == "month" and 1 <= month <= 12:
                value = f"{year:04d}-{month:02d}"
            elif precision == "year":
                value = f"{year:04d}"
            else:
                continue
            taken.take(start, end)
            found.append(DateMention(start, end, key[start:end], value, precision))
    for m in UYGHUR_RELATIVE.finditer(key):
        if taken.free(m.start(), m.end()):
            taken.take(m.start(), m.end())
            found.append(DateMention(m.start(), m.end(), m.group(0), None, None))
    found.sort(key=lambda d: d.start)
    return found
