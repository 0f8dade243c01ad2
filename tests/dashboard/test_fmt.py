"""How numbers, dates and times are shown."""

import datetime as dt

import pandas as pd

from dashboard import fmt


def test_numbers_and_shares():
    assert fmt.number(12345) == "12,345"
    assert fmt.number(3.14159, 1) == "3.1"
    assert fmt.number(None) == fmt.number(float("nan")) == fmt.number(pd.NA) == "—"
    assert fmt.percent(0.125) == "12.5 %"
    assert fmt.plural(1, "file") == "1 file" and fmt.plural(1200, "file") == "1,200 files"
    assert fmt.plural(2, "stretch", "stretches") == "2 stretches"


def test_dates_carry_the_chinese_weekday():
    assert fmt.date(dt.date(2021, 9, 6)) == "2021-09-06 周一"
    assert fmt.date(pd.Timestamp("2021-01-27")) == "2021-01-27 周三"
    assert fmt.date(pd.NaT) == fmt.day(None) == "undated"
    assert fmt.day(pd.Timestamp("2021-09-06")) == "2021-09-06"
    assert fmt.month(dt.date(2021, 9, 1)) == "2021-09"


def test_times_are_shown_in_the_newsroom_time_zone():
    utc = pd.Timestamp("2026-11-29 18:31:05", tz="UTC")
    assert fmt.local_time(utc, "Asia/Shanghai") == "2026-11-30 02:31"
    assert fmt.local_time(dt.datetime(2026, 11, 29, 18, 31), "Asia/Shanghai") == "2026-11-30 02:31"  # naive = UTC
    assert fmt.local_time(None, "Asia/Shanghai") == "—"


def test_durations():
    assert fmt.duration(3.93) == "3.9 s"
    assert fmt.duration(125) == "2 min 5 s"
    assert fmt.duration(7260) == "2 h 1 min"
