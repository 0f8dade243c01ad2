import datetime as dt

import pytest

from transforms.dates import date_from_path, infer_date, parse_full_date
from transforms.ids import article_id, issue_id


@pytest.mark.parametrize("path", ["p/2021-09-06.txt", "20210906.txt", "p/2021_09_06.txt", "p/2021/09/06.txt"])
def test_path_dates(path: str) -> None:
    assert date_from_path(path) == dt.date(2021, 9, 6)


def test_path_without_date_or_impossible_date() -> None:
    assert date_from_path("000_0da2c49996d6d99d.txt") is None
    assert date_from_path("p/2021-02-30.txt") is None


def test_masthead_forms() -> None:
    assert parse_full_date("2021年9月6日 星期一") == dt.date(2021, 9, 6)
    assert parse_full_date("二〇二一年九月六日") == dt.date(2021, 9, 6)


def test_inferred_from_year_and_dateline() -> None:
    assert infer_date("2019年以来成效显著。5月27日，市委召开会议。") == dt.date(2019, 5, 27)


def test_no_guess_when_days_conflict_with_the_written_year() -> None:
    # 000: 5月27日 cannot be in 2018, whose dated events run to 10月19日.
    assert infer_date("2018年7月9日至7月23日督察，2018年10月19日反馈。5月27日至30日考察。") is None


def test_unknown_without_any_day() -> None:
    assert infer_date("没有日期的文字。") is None
    assert infer_date("5月27日，无年份。") is None


def test_ids() -> None:
    day = dt.date(2021, 9, 6)
    assert issue_id("liaoyuan-daily", day, "masthead", b"x") == "liaoyuan-daily-2021-09-06"
    undated = issue_id("liaoyuan-daily", day, "inferred", b"x")
    assert undated.startswith("liaoyuan-daily-undated-") and len(undated.rsplit("-", 1)[1]) == 12
    assert article_id("liaoyuan-daily-2021-09-06", 7) == "liaoyuan-daily-2021-09-06-a007"
