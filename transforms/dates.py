"""Issue dates: printed in the masthead, written in the file path, or inferred from the text.

Never invents a date silently: the caller records which of these gave it (``date_source``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"(?:\d{1,4}|[〇○零一二三四五六七八九十]{1,4})"
# "2021年9月6日", "二〇二一年九月六日"
FULL_DATE = re.compile(rf"(?<!\d)(\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年\s*({_NUM})\s*月\s*({_NUM})\s*日")
# "5月27日", "5月27日至30日" (no year written: a dateline)
DATELINE = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日(?:[至到—\-－~]{1,2}(\d{1,2})日)?")
YEAR = re.compile(r"(?<![\d—\-－])((?:19|20)\d{2})年")
# A full date and the end of a range written after it: "2018年7月9日至7月23日".
_FULL_RANGE = re.compile(FULL_DATE.pattern + r"(?:[至到—\-－~]{1,2}(?:\d{1,2}月)?\d{1,2}日)?")
# A date in a landing path: 2021-09-06, 20210906, 2021_09_06, 2021/09/06
PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})([-_/.]?)(\d{2})\2(\d{2})(?!\d)")


def cn_number(text: str) -> int | None:
    """ "27" -> 27, "二十七" -> 27, "二〇二一" -> 2021 (digit by digit); None if not a number."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        head, _, tail = text.partition("十")
        tens = _CN_DIGITS.get(head, 0) if head else 1
        ones = _CN_DIGITS.get(tail, 0) if tail else 0
        if (head and head not in _CN_DIGITS) or (tail and tail not in _CN_DIGITS):
            return None
        return tens * 10 + ones
    if all(c in _CN_DIGITS for c in text):
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    return None


def _make(y: int | None, m: int | None, d: int | None) -> dt.date | None:
    if y is None or m is None or d is None or not 1900 <= y <= 2100:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _first_valid(days: Iterable[tuple[int | None, int | None, int | None]]) -> dt.date | None:
    """The first (year, month, day) that is a real date; None if none is."""
    return next((date for date in (_make(*ymd) for ymd in days) if date), None)


def parse_full_date(text: str) -> dt.date | None:
    """The first "YYYY年M月D日" in text, as a date (None if there is none or it is impossible)."""
    return _first_valid((cn_number(m.group(1)), cn_number(m.group(2)), cn_number(m.group(3))) for m in FULL_DATE.finditer(text))


# A date written with figures only, as a page header or a masthead may print it before its
# weekday: "2021.1.27", "2021-01-27", "2021/1/27".
FIGURE_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})([./-])(\d{1,2})\2(\d{1,2})(?!\d)")


def parse_figure_date(text: str) -> dt.date | None:
    """The first figure date in text ("2021.1.27 星期三" -> 2021-01-27), None if none is valid."""
    return _first_valid((int(m.group(1)), int(m.group(3)), int(m.group(4))) for m in FIGURE_DATE.finditer(text))


def date_from_path(source_file: str) -> dt.date | None:
    """A date written in the landing path ("liaoyuan-daily/2021-09-06.txt"), if valid."""
    return _first_valid((int(m.group(1)), int(m.group(3)), int(m.group(4))) for m in PATH_DATE.finditer(source_file))


def infer_date(text: str) -> dt.date | None:
    """Guess the issue date from the content; None when the text gives no day at all.

    Reports name recent days without a year ("5月27日，…") and older events with one
    ("2018年10月19日"). The year is the one most often written; if a yearless day would
    fall before a dated event of that year, the days belong to another year: no guess.
    The latest yearless day is taken as the issue's (a paper reports yesterday's news).
    """
    full = [d for m in FULL_DATE.finditer(text) if (d := _make(cn_number(m.group(1)), cn_number(m.group(2)), cn_number(m.group(3))))]
    days: list[tuple[int, int]] = []
    for m in DATELINE.finditer(_FULL_RANGE.sub("；", text)):
        month, day = int(m.group(1)), int(m.group(2))
        if m.group(3):
            day = max(day, int(m.group(3)))
        if 1 <= month <= 12 and 1 <= day <= 31:
            days.append((month, day))
    years = Counter(int(y) for y in YEAR.findall(text))
    if not days:
        return max(full) if full else None
    if not years:
        return None  # a day with no year anywhere: do not guess the year
    top = max(years.values())
    year = max(y for y, n in years.items() if n == top)
    latest_dated = max((d for d in full if d.year == year), default=None)
    month, day = max(days)
    guess = _make(year, month, day)
    if guess and latest_dated and guess < latest_dated:
        return None  # the yearless days are not in the year written: no honest guess
    return guess
