"""Numbers, dates and times as the dashboard shows them (pure functions, no Streamlit).

Numbers get thousands separators (12,345), dates are ISO with the Chinese weekday
(2021-09-06 周一), times are shown in the newsroom's time zone, not UTC.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

MISSING = "—"
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def missing(value: object) -> bool:
    """None, NaN, NaT or pandas.NA."""
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, NaT and pandas.NA are not equal to themselves
    except (TypeError, ValueError):  # pandas.NA refuses to be a bool
        return True


def number(value: object, digits: int = 0) -> str:
    """12345 -> "12,345"; 3.14159, digits=1 -> "3.1"; None/NaN -> "—"."""
    if missing(value):
        return MISSING
    return f"{float(value):,.{digits}f}" if digits else f"{round(float(value)):,}"


def percent(share: object, digits: int = 1) -> str:
    """0.125 -> "12.5 %"."""
    return MISSING if missing(share) else f"{100 * float(share):.{digits}f} %"


def date(value: object) -> str:
    """date(2021, 9, 6) -> "2021-09-06 周一"; None -> "undated"."""
    if missing(value):
        return "undated"
    day = value.date() if isinstance(value, dt.datetime) else value
    return f"{day.isoformat()} {WEEKDAYS[day.weekday()]}"


def day(value: object) -> str:
    """date(2021, 9, 6) -> "2021-09-06"; None -> "undated"."""
    return "undated" if missing(value) else date(value).split(" ")[0]


def month(value: object) -> str:
    """date(2021, 9, 1) -> "2021-09"."""
    return MISSING if missing(value) else f"{value.year:04d}-{value.month:02d}"


def local_time(value: object, timezone: str) -> str:
    """A UTC timestamp in ``timezone``: 2026-11-30 02:31:05+00 -> "2026-11-30 10:31" (Asia/Shanghai)."""
    if missing(value):
        return MISSING
    stamp = value.to_pydatetime() if hasattr(value, "to_pydatetime") else value
    if stamp.tzinfo is None:  # the warehouse stores UTC
        stamp = stamp.replace(tzinfo=dt.timezone.utc)
    return stamp.astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M")


def duration(seconds: object) -> str:
    """3.93 -> "3.9 s"; 125 -> "2 min 5 s"; 7260 -> "2 h 1 min"."""
    if missing(seconds):
        return MISSING
    s = float(seconds)
    if s < 60:
        return f"{s:.1f} s"
    if s < 3600:
        return f"{int(s // 60)} min {int(round(s % 60))} s"
    return f"{int(s // 3600)} h {int(round(s % 3600 / 60))} min"


def plural(n: int, word: str, plural_form: str | None = None) -> str:
    """1, "file" -> "1 file"; 3, "file" -> "3 files"."""
    return f"{number(n)} {word if n == 1 else (plural_form or word + 's')}"
