"""PRC resident identity numbers (居民身份证号码, GB 11643-1999), for record linkage.

Two rows that carry the same valid ID number are strong evidence of one person; a number whose
check digit fails, or whose birth date is impossible, is a typing or OCR error and weak evidence.
The number is read only to compare records, never to build lists of people.

18 characters: a 6-digit region code (65… is Xinjiang), the birth date YYYYMMDD, a 3-digit sequence
number (odd for men, even for women) and a check character (0-9 or X, ISO 7064 MOD 11-2).
The older 15-digit form has the birth date as YYMMDD (19YY) and no check character.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from datetime import date

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
_CLEAN = re.compile(r"[\s\-‐–—.]")
_FIFTEEN = re.compile(r"\d{15}")
_EIGHTEEN = re.compile(r"\d{17}[\dX]")
_LAST = frozenset("0123456789X")
_FULLWIDTH = str.maketrans("０１２３４５６７８９ＸｘX", "0123456789XXX")


@dataclass(frozen=True)
class PrcId:
    number: str  # normalised: 18 characters, upper-case X (15-digit numbers are upgraded)
    region: str  # the 6-digit administrative code
    birth_date: date | None
    sequence: str
    check_ok: bool  # the check character agrees (always True for an upgraded 15-digit number)
    problems: tuple[str, ...]

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def province(self) -> str:
        return self.region[:2]


def check_char(first17: str) -> str:
    """The check character of the first 17 digits."""
    if len(first17) != len(WEIGHTS):
        raise ValueError("the check character is made from 17 digits")
    total = sum(map(operator.mul, map(int, first17), WEIGHTS))
    return CHECK_CHARS[total % 11]


def _birth(text: str) -> date | None:
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def parse_prc_id(text: str, today: date | None = None) -> PrcId | None:
    """Read an ID number; None when the text is not shaped like one at all."""
    raw = str(text)
    if not (len(raw) == 18 and raw.isascii() and raw[:17].isdigit() and raw[17] in _LAST):
        # not already in the normal form (which a million-row table mostly is: this is skipped)
        raw = _CLEAN.sub("", raw).translate(_FULLWIDTH).upper()
        if _FIFTEEN.fullmatch(raw):
            first17 = raw[:6] + "19" + raw[6:]
            raw = first17 + check_char(first17)
        if not _EIGHTEEN.fullmatch(raw):
            return None
    problems: list[str] = []
    check_ok = check_char(raw[:17]) == raw[17]
    if not check_ok:
        problems.append("check character does not match")
    born = _birth(raw[6:14])
    today = today or date.today()
    if born is None:
        problems.append("birth date is not a date")
    elif not date(1880, 1, 1) <= born <= today:
        problems.append("birth date out of range")
        born = None if born > today else born
    if raw[:2] in ("00", "10", "20", "30", "40", "60", "70", "80", "90"):
        problems.append("no province has this code")
    return PrcId(
        number=raw, region=raw[:6], birth_date=born, sequence=raw[14:17], check_ok=check_ok, problems=tuple(problems)
    )


def same_person_evidence(a: str, b: str) -> str:
    """How two ID fields bear on two records being one person: ``same`` (one valid number),
    ``near`` (one character apart, or the 15- and 18-digit forms of one number with a typo),
    ``different`` (two valid, different numbers) or ``unknown`` (missing or unreadable)."""
    pa, pb = parse_prc_id(a), parse_prc_id(b)
    if pa is None or pb is None:
        return "unknown"
    if pa.number == pb.number:
        return "same" if pa.valid else "near"
    diff = sum(x != y for x, y in zip(pa.number, pb.number, strict=True))
    swapped = sorted(pa.number) == sorted(pb.number) and diff == 2
    if diff == 1 or swapped:
        return "near"
    if pa.valid and pb.valid:
        return "different"
    return "unknown"
