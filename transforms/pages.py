"""Page labels: one spelling for "第二版", "2", "02", "A2版", so pages can be compared and sorted.

A page label is the page's section letter (if the paper prints one) and its number, the number
zero-padded to two digits: "第二版" -> "02", "A3版" -> "A03", "第12版" -> "12". It sorts the way
the paper is read ("01" < "02" < "12" < "A01" < "B01") and is what ``articles.page`` holds.
"""

from __future__ import annotations

import re

from transforms.dates import cn_number

_NUMBER = r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})"
# "第二版", "第 2 版", "第02版", "A3版", "A03", "3版", "第A3版", "B12", "2" (bare numbers only here,
# where the caller already knows the text names a page: a file name, a header, a marker).
_LABEL = re.compile(rf"^\s*第?\s*([A-Za-z])?\s*({_NUMBER})\s*版?\s*$")
_MAX_PAGE = 200  # no paper prints more pages than this; "2021" is a year, not a page


def page_label(text: str | None) -> str | None:
    """ "第二版" -> "02", "A3版" -> "A03", "12" -> "12"; None when ``text`` names no page."""
    if not text:
        return None
    m = _LABEL.match(text)
    if not m:
        return None
    number = cn_number(m.group(2))
    if number is None or not 1 <= number <= _MAX_PAGE:
        return None
    section = (m.group(1) or "").upper()
    return f"{section}{number:02d}"


def split_label(label: str) -> tuple[str, int]:
    """ "A03" -> ("A", 3); "12" -> ("", 12)."""
    section = label[0] if label[:1].isalpha() else ""
    return section, int(label[len(section):])


def sort_key(label: str | None) -> tuple[int, str, int]:
    """Reading order of pages; pages without a label (a whole-issue file) come first."""
    if label is None:
        return (0, "", 0)
    section, number = split_label(label)
    return (1, section, number)


def resolve(reference: str | None, on_page: str | None) -> str | None:
    """The page a continuation marker points to, read on page ``on_page``.

    A bare number on a lettered page stays in that section: "下转第3版" printed on A01 is A03.
    """
    label = page_label(reference)
    if label is None:
        return None
    if on_page and not label[0].isalpha() and on_page[0].isalpha():
        return on_page[0] + label
    return label


def id_token(label: str) -> str:
    """The page's part of an article id: "02" -> "p02", "A03" -> "pa03"."""
    return "p" + label.lower()


def missing(received: tuple[str, ...], page_count: int | None) -> tuple[str, ...] | None:
    """Pages an issue should have and does not, when that can be known: "今日4版" and pages
    ("01", "02") received -> ("03", "04"). None when the count is not printed or the paper
    letters its pages (A01…: 今日N版 does not say how many of each section)."""
    if not page_count or not received or any(label[0].isalpha() for label in received):
        return None
    have = set(received)
    return tuple(f"{n:02d}" for n in range(1, page_count + 1) if f"{n:02d}" not in have)
