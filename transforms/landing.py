"""What a landing path says about the delivery: paper folder, file-name paper, date, edition, page.

The layouts read (paths relative to the landing folder; any extension):

    liaoyuan-daily/2021-09-06.txt             whole issue: folder paper, date
    liaoyuan-daily/2019-05-07/01.txt          page 01 (also page-01, p01, A01 -> page A01, 第01版, 01版)
    peoples-daily/2025-06-15/overseas/05.txt  page 05 of the edition "overseas"
    pd-20250615-p05.txt                       abbreviation pd (the paper registry), date, page 05
    lyrb_20210906_02.txt                      abbreviation lyrb, date, page 02
    000_0da2c49996d6d99d.txt                  nothing: the text must say

A page is read from the file name only when the path also carries a date (a bare "06.txt"
could be anything), and never from the part of the name that is the date itself
("liaoyuan-daily/2021/09/06.txt" is the whole issue of 2021-09-06, not page 06).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from transforms.dates import PATH_DATE
from transforms.pages import page_label
from transforms.papers import PaperRegistry, clean_slug, folder_slug

# A page in a file name: "01", "page-01", "page01", "p5", "P05", "A01", "第01版", "01版", "pg_3".
_PAGE_NAME = re.compile(r"^(?:(?:page|pg|p)[-_ ]?(\d{1,3})|([A-Za-z]?\d{1,3})|第?([A-Za-z]?\d{1,3})版)$", re.IGNORECASE)
_TOKEN_SPLIT = re.compile(r"[-_.\s]+")
_ABBREVIATION = re.compile(r"^[A-Za-z]{1,12}$")


@dataclass(frozen=True)
class PathIdentity:
    folder_paper: str | None  # slug of the paper folder ("liaoyuan-daily/…")
    file_paper: str | None  # slug of a file-name abbreviation the registry knows ("pd-…")
    issue_date: dt.date | None
    edition: str | None  # slug of an edition folder below the date folder
    page: str | None  # page label (transforms.pages): "05", "A01"


def page_from_name(name: str) -> str | None:
    """ "page-01" -> "01", "A01" -> "A01", "第01版" -> "01", "p5" -> "05"; None otherwise."""
    m = _PAGE_NAME.match(name.strip())
    if not m:
        return None
    if m.group(1):
        return page_label(m.group(1))
    return page_label(m.group(2) or m.group(3))


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0] if "." in name.strip(".") else name


def read_path(source_file: str, registry: PaperRegistry) -> PathIdentity:
    """The delivery's identity as far as its landing path tells it."""
    parts = [p for p in re.split(r"[\\/]+", source_file) if p and p != "."]
    if not parts:
        return PathIdentity(None, None, None, None, None)
    stem = _stem(parts[-1])
    folders = parts[:-1]
    joined = "/".join([*folders, stem])
    # Where each part starts in ``joined``, to tell which part the date was written in.
    starts, at = [], 0
    for p in [*folders, stem]:
        starts.append(at)
        at += len(p) + 1
    stem_start = starts[-1]

    date, span = None, None
    for m in PATH_DATE.finditer(joined):
        date = _date(m.group(1), m.group(3), m.group(4))
        if date:
            span = m.span()
            break

    page = edition = file_paper = None
    if date is not None and span is not None:
        if span[0] >= stem_start:  # the date is in the file name: "pd-20250615-p05"
            before = joined[stem_start : span[0]]
            after = joined[span[1] :]
            tokens_after = [t for t in _TOKEN_SPLIT.split(after) if t]
            if tokens_after:
                page = page_from_name(tokens_after[-1]) if len(tokens_after) == 1 else None
            tokens_before = [t for t in _TOKEN_SPLIT.split(before) if t]
            if tokens_before and _ABBREVIATION.match(tokens_before[0]):
                file_paper = registry.slug_for_abbreviation(tokens_before[0])
        elif span[1] <= stem_start - 1:  # the date is a folder (or folders): the file name may be a page
            page = page_from_name(stem)
            last_date_part = max(i for i, s in enumerate(starts) if s < span[1])
            between = folders[last_date_part + 1 :]
            if page and between:
                edition = clean_slug(between[0])
        # else the date ends in the file name ("2021/09/06.txt"): a whole issue
    if file_paper is None and date is None:
        # "pd_p05.txt" without a date is not read as a page, but the paper is still named
        first = _TOKEN_SPLIT.split(stem)[0] if stem else ""
        if _ABBREVIATION.match(first) and len(_TOKEN_SPLIT.split(stem)) > 1:
            file_paper = registry.slug_for_abbreviation(first)
    return PathIdentity(folder_slug(source_file), file_paper, date, edition, page)
