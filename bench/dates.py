"""Reading dates on long, date-dense pages: time against the size of the page, in one run.

    .venv/bin/python bench/dates.py [--sizes 500,1000,2000,4000]

Builds pages of n short paragraphs, each with full dates, days and months written alone, weekdays
and days named from others (English: "On 4 May 2020 …, in March …, on Tuesday"; Chinese:
"2020年5月4日……，8月……，13日晚，……当天"), and times ``english_dates`` and ``chinese_dates`` on each. The
floor beside them is the time to run the full-date patterns alone over the same page, which any
reading of dates pays. A month or day written alone takes its year from the dates before it, so a
reader that looks back over the whole page for each one grows with the square of the page: the
seconds per megabyte should stay flat as the page doubles.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable

from habeas.analyse.dates import CN_DATE, DATE_PATTERNS, DateMention, chinese_dates, english_dates
from habeas.vocab import MONTH_NAMES


def english_page(n: int) -> str:
    return "".join(
        f"On {i % 28 + 1} {MONTH_NAMES[i % 12]} {2010 + i % 12} the court sat in Kashgar. Police came for her in "
        f"{MONTH_NAMES[(i + 3) % 12]}, and on Tuesday, {MONTH_NAMES[(i + 5) % 12]} 4, she was moved. Officials said in "
        f"{MONTH_NAMES[(i + 7) % 12]} that 40 people were held.\n"
        for i in range(n)
    )


def chinese_page(n: int) -> str:
    return "".join(
        f"{2010 + i % 12}年{i % 12 + 1}月{i % 28 + 1}日，法院开庭。他于{(i + 3) % 12 + 1}月被判刑，"
        f"{(i + 5) % 12 + 1}月4日被转移。13日晚，发言人{i % 28 + 1}日表示关切，当天发表声明。\n"
        for i in range(n)
    )


def timed(read: Callable[[str], list[DateMention]], text: str) -> tuple[list[DateMention], float]:
    start = time.perf_counter()
    found = read(text)
    return found, time.perf_counter() - start


def floor(text: str, patterns: list[re.Pattern[str]]) -> float:
    start = time.perf_counter()
    for pattern in patterns:
        for _ in pattern.finditer(text):
            pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,1000,2000,4000", help="paragraphs per page, comma-separated")
    args = parser.parse_args()
    print(f"{'page':>22}  {'MB':>5}  {'dates':>6}  {'seconds':>8}  {'s/MB':>6}  {'floor s/MB':>10}")
    for language, build, read, patterns in (
        ("English", english_page, english_dates, list(DATE_PATTERNS)),
        ("Chinese", chinese_page, chinese_dates, [CN_DATE]),
    ):
        for n in (int(x) for x in args.sizes.split(",")):
            text = build(n)
            mb = len(text.encode()) / 1e6
            found, took = timed(read, text)
            print(
                f"{language + f', {n} paragraphs':>22}  {mb:5.2f}  {len(found):6d}  {took:8.2f}  "
                f"{took / mb:6.2f}  {floor(text, patterns) / mb:10.2f}"
            )


if __name__ == "__main__":
    main()
