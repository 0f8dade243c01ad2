"""What a landing path says: paper folder, file-name paper, date, edition and page."""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.landing import page_from_name, read_path
from transforms.papers import committed

D = dt.date


@pytest.mark.parametrize(
    "path, folder, file_paper, date, edition, page",
    [
        ("liaoyuan-daily/2021-09-06.txt", "liaoyuan-daily", None, D(2021, 9, 6), None, None),
        ("liaoyuan-daily/2019-05-07/01.txt", "liaoyuan-daily", None, D(2019, 5, 7), None, "01"),
        ("liaoyuan-daily/2019-05-07/page-02.txt", "liaoyuan-daily", None, D(2019, 5, 7), None, "02"),
        ("liaoyuan-daily/2019-05-07/A01.txt", "liaoyuan-daily", None, D(2019, 5, 7), None, "A01"),
        ("liaoyuan-daily/2019-05-07/第03版.txt", "liaoyuan-daily", None, D(2019, 5, 7), None, "03"),
        ("liaoyuan-daily/2019-05-07/04版.TXT", "liaoyuan-daily", None, D(2019, 5, 7), None, "04"),
        ("peoples-daily/2025-06-15/overseas/05.txt", "peoples-daily", None, D(2025, 6, 15), "overseas", "05"),
        ("peoples-daily/20250615/Overseas Edition/p5.txt", "peoples-daily", None, D(2025, 6, 15), "overseas-edition", "05"),
        ("pd-20250615-p05.txt", None, "peoples-daily", D(2025, 6, 15), None, "05"),
        ("PD_20250615_P12.txt", None, "peoples-daily", D(2025, 6, 15), None, "12"),
        ("lyrb_20210906_02.txt", None, "liaoyuan-daily", D(2021, 9, 6), None, "02"),
        ("incoming/lyrb-2021-09-06-A3.txt", "incoming", "liaoyuan-daily", D(2021, 9, 6), None, "A03"),
        ("tonghua_20210520_p3.txt", None, None, D(2021, 5, 20), None, "03"),
        ("siping_2022_11_08.txt", None, None, D(2022, 11, 8), None, None),
        ("liaoyuan-daily/2021/09/06.txt", "liaoyuan-daily", None, D(2021, 9, 6), None, None),
        ("liaoyuan-daily/2021/09/06/03.txt", "liaoyuan-daily", None, D(2021, 9, 6), None, "03"),
        ("2019-05-07/01.txt", None, None, D(2019, 5, 7), None, "01"),
        ("000_0da2c49996d6d99d.txt", None, None, None, None, None),
        ("liaoyuan-daily/06.txt", "liaoyuan-daily", None, None, None, None),  # no date: not a page
        ("x/2019-05-07/notes.txt", "x", None, D(2019, 5, 7), None, None),
        ("x/2019-05-07/2019.txt", "x", None, D(2019, 5, 7), None, None),
        ("pd-20250231-p05.txt", None, "peoples-daily", None, None, None),  # no such day: no page either
    ],
)
def test_layouts(path, folder, file_paper, date, edition, page) -> None:
    p = read_path(path, committed())
    assert (p.folder_paper, p.file_paper, p.issue_date, p.edition, p.page) == (folder, file_paper, date, edition, page)


@pytest.mark.parametrize(
    "name, page",
    [("01", "01"), ("page-01", "01"), ("page01", "01"), ("p5", "05"), ("A01", "A01"), ("第01版", "01"), ("01版", "01"),
     ("pg_3", "03"), ("index", None), ("2021", None), ("p", None)],
)
def test_page_names(name, page) -> None:
    assert page_from_name(name) == page
