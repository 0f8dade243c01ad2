"""What one delivered file is: which issue (paper, date, edition) and which page, or the whole issue.

The page is the unit of delivery: an exporter may write one file per issue or one per page.
A file's identity comes from its text first (masthead, page headers) and its landing path
second (``transforms.landing``). :func:`identify` is what the run uses to group the night's
files into issues before parsing; the parser computes the same identity with the same code.

A file is a **page** when it shows one page label (its headers, else its file name): "02".
It is the **whole issue** when it shows none, or when its text holds several pages: a page
header standing between stories ("第2版 要闻" mid-file) starts a new page *section*, and every
article knows the page it was printed on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from transforms import dates, ids
from transforms.decode import Decoded, decode
from transforms.landing import PathIdentity, read_path
from transforms.masthead import Masthead, read_masthead
from transforms.model import Accounting, Article, Rejection
from transforms.normalise import normalise
from transforms.pageheader import EDGE_LINES, MAX_LINE
from transforms.pages import split_label
from transforms.papers import PaperRegistry, attribute

PAGE, ISSUE = "page", "issue"
# A line with more than MAX_LINE characters normalising cannot remove (whitespace, markdown
# marks, zero-width characters): matched from the start, it stops after MAX_LINE + 1 of them.
_REMOVABLE = r"\s#>\\<\u200b-\u200d\u2060\ufeff"
_LONG = re.compile(rf"(?:[{_REMOVABLE}]*[^{_REMOVABLE}]){{{MAX_LINE + 1}}}")


@dataclass(frozen=True)
class Identity:
    """Which issue a file belongs to and what part of it the file is."""

    paper: str
    paper_name: str | None
    issue_date: dt.date | None
    date_source: str  # transforms.model.DATE_SOURCES
    edition: str | None
    page: str | None  # the page this file is ("02"); None for a whole-issue file
    issue_id: str

    @property
    def kind(self) -> str:
        return ISSUE if self.page is None else PAGE


@dataclass(frozen=True)
class Section:
    start: int  # line indices [start, end)
    end: int
    page: str | None


@dataclass(frozen=True)
class Part:
    """One delivered file, parsed: its identity, masthead facts and articles (ids not yet given)."""

    source_file: str
    sha256: str
    identity: Identity
    weekday: str | None
    lunar_date: str | None
    issue_number: int | None
    page_count: int | None
    editor: str | None
    encoding: str
    articles: tuple[Article, ...]  # article_id "" and seq 1.. within the file; ``page`` set per section
    accounting: Accounting
    duplicates_dropped: int
    pages: tuple[str, ...] = ()  # pages the text holds (its sections, or its one page)


def sections(lines: Sequence[str], mast: Masthead, path_page: str | None) -> list[Section]:
    """The file's page sections: one for a page or an issue without inner headers, else one per page.

    A header in the top lines names the first section's page; a labelled header further down
    starts a new page (top-of-page headers: "第2版 要闻" after page 1's stories), unless the
    headers are folios at the foot of each page ("… 第1版", first label 01 after prose), when
    each header ends its page instead. A page with no label before the first inner header is
    the page before it (the masthead page before "第2版" is 01).
    """
    filled = [i for i, line in enumerate(lines) if line]
    if not filled:
        return [Section(0, len(lines), path_page)]
    top = set(filled[:EDGE_LINES])
    bottom = set(filled[-EDGE_LINES:])
    labelled = [(i, h.page) for i, h in mast.headers if h.page]
    top_label = next((p for i, p in labelled if i in top), None)
    inner = [(i, p) for i, p in labelled if i not in top and i not in bottom]
    if not inner:
        label = top_label or next((p for i, p in labelled if i in bottom), None) or path_page
        return [Section(0, len(lines), label)]
    out: list[Section] = []
    prose_before = any(i not in mast.furniture for i in filled if i < inner[0][0])
    first_inner = split_label(inner[0][1])[1] == 1
    if first_inner and prose_before and top_label is None:
        # folios at the foot: each header closes its page
        start = 0
        for i, p in [*inner, *[(i, p) for i, p in labelled if i in bottom]]:
            if out and out[-1].page == p:
                out[-1] = Section(out[-1].start, i + 1, p)
            else:
                out.append(Section(start, i + 1, p))
            start = i + 1
        if start < len(lines):
            out[-1] = Section(out[-1].start, len(lines), out[-1].page)
        return out
    current = top_label or _page_before(inner[0][1])
    start = 0
    for i, p in inner:
        if p == current:
            continue
        out.append(Section(start, i, current))
        start, current = i, p
    out.append(Section(start, len(lines), current))
    return [s for s in out if s.end > s.start]


def _page_before(label: str) -> str | None:
    section, number = split_label(label)
    return f"{section}{number - 1:02d}" if number > 1 else None


def identity_of(
    data_sha256: str,
    text: str,
    mast: Masthead,
    path: PathIdentity,
    parts: Sequence[Section],
    *,
    default_paper: str,
    registry: PaperRegistry,
) -> Identity:
    """The identity the text and the path give together (text first)."""
    paper = attribute(
        mast.paper_name,
        mast.romanised,
        file_paper=path.file_paper,
        folder_paper=path.folder_paper,
        default_paper=default_paper,
        registry=registry,
    )
    paper_name = mast.paper_name or (registry.name_for_slug(paper) if mast.romanised else None)
    if mast.issue_date:
        issue_date, source = mast.issue_date, "masthead"
    elif path.issue_date is not None:
        issue_date, source = path.issue_date, "path"
    elif (guess := dates.infer_date(text)) is not None:
        issue_date, source = guess, "inferred"
    else:
        issue_date, source = None, "unknown"
    page = parts[0].page if len(parts) == 1 else None
    issue = ids.issue_id_for(paper, issue_date, source, data_sha256, path.edition)
    return Identity(paper, paper_name, issue_date, source, path.edition, page, issue)


def identify(data: bytes, *, source_file: str, default_paper: str, registry: PaperRegistry) -> Identity | Rejection:
    """The file's issue id and page without parsing its stories (the run groups a night's files
    into issues with it, in the flow's own process: it must be cheap).

    Only short lines can be masthead or page header: a line with more than ``MAX_LINE`` other
    characters than whitespace and markdown marks (all that normalising can remove) stays longer
    than any header after normalising, and any line that long is prose to the masthead reader,
    so it is replaced by a one-character prose line before normalising. The issue id and page
    come out as the parser's (tested); a date only inferred from the text (which names no issue)
    is not looked for."""
    decoded = decode(data)
    if isinstance(decoded, Rejection):
        return decoded
    assert isinstance(decoded, Decoded)
    short = "\n".join("。" if len(line) > MAX_LINE and _LONG.match(line) else line for line in decoded.text.split("\n"))
    text = normalise(short)
    lines = text.split("\n")
    mast = read_masthead(lines, registry, all_furniture=False)
    path = read_path(source_file, registry)
    parts = sections(lines, mast, path.page)
    sha = hashlib.sha256(data).hexdigest()
    return identity_of(sha, "", mast, path, parts, default_paper=default_paper, registry=registry)
