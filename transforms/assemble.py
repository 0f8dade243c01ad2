"""One issue from its delivered parts: a whole-issue file, or the page files received so far.

    parts (parsed files of one issue) -> ids -> reading order -> stitched continuations -> ParsedIssue

A whole-issue file and page files of the same issue: the pages are added; where the whole
file's own page headers show it holds a page also delivered as a page file, the page file is
the newer copy and the whole file's stories of that page are counted as duplicates.

Ids: a whole-issue file's articles are "<issue_id>-a007" (numbered through the file), a page
file's "<issue_id>-p02-a003" (numbered within its page; see ``transforms.ids.page_article_id``),
so a page delivered late or corrected never changes another page's ids. A continued story keeps
the id of its first part. ``seq`` is the reading order of the assembled issue (page, then
position): it may move when an earlier page arrives late; ids do not.

Pure: the run calls it with every live part of an issue (those loaded on earlier nights are read
back from the lake), so a late page is stitched to the page that announced it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from transforms import ids
from transforms.accounting import article_chars
from transforms.continuation import release_unmarked, stitch
from transforms.decode import cjk_count
from transforms.delivery import Part
from transforms.model import DATE_SOURCES, Accounting, Article, Delivered, ParsedIssue
from transforms.pages import missing as missing_pages, sort_key


def assemble(parts: Sequence[Part]) -> ParsedIssue:
    """The issue the parts make together. All parts must be of one issue, with at most one
    whole-issue file and one file per page (the run's delivery rules guarantee both)."""
    if not parts:
        raise ValueError("assemble() needs at least one part")
    issue_ids = {p.identity.issue_id for p in parts}
    if len(issue_ids) != 1:
        raise ValueError(f"parts of different issues: {sorted(issue_ids)}")
    pages = [p.identity.page for p in parts]
    if len(pages) != len(set(pages)):
        raise ValueError(f"{issue_ids.pop()}: two parts for one page or two whole-issue files: {sorted(map(str, pages))}")
    issue = parts[0].identity.issue_id
    ordered = sorted(range(len(parts)), key=lambda k: (sort_key(parts[k].identity.page), parts[k].source_file))

    # A page file delivered after a whole-issue file that holds the same page (its page headers
    # say so) is the newer copy of that page: the whole file's stories of that page give way.
    delivered_pages = {p.identity.page for p in parts if p.identity.page}
    numbered: list[tuple[tuple, Article, int]] = []  # (reading-order key, article, part index)
    superseded = 0
    for rank, k in enumerate(ordered):
        part = parts[k]
        for n, a in enumerate(part.articles, 1):
            if part.identity.page is None and a.page in delivered_pages:
                superseded += article_chars(a)
                continue
            if part.identity.page is None:
                aid = ids.article_id(issue, n)
            else:
                aid = ids.page_article_id(issue, part.identity.page, n)
            page = a.page or part.identity.page
            a = dataclasses.replace(a, article_id=aid, page=page, pages=(page,) if page else ())
            numbered.append(((sort_key(page), rank, n), a, k))
    numbered.sort(key=lambda x: x[0])
    part_of = {a.article_id: k for _, a, k in numbered}
    stitched = stitch([a for _, a, _ in numbered])
    released = release_unmarked(stitched.articles)
    articles = tuple(dataclasses.replace(a, seq=i) for i, a in enumerate(released, 1))

    acc = [p.accounting for p in parts]
    dropped = cjk_count("\n".join(stitched.dropped))
    accounting = Accounting(
        chars_in=sum(a.chars_in for a in acc),
        chars_in_articles=sum(article_chars(a) for a in articles),
        chars_furniture=sum(a.chars_furniture for a in acc) + dropped,
        chars_duplicate=sum(a.chars_duplicate for a in acc) + superseded,
    )
    by_page = [parts[k] for k in ordered]
    best = min(parts, key=lambda p: DATE_SOURCES.index(p.identity.date_source))
    received = sorted({pg for p in parts for pg in (p.pages or ((p.identity.page,) if p.identity.page else ()))}, key=sort_key)
    page_count = _first(p.page_count for p in by_page)
    # Only an issue delivered page by page can be said to miss a page: a whole-issue file without
    # a header on every page would look incomplete when it is not.
    paged = any(p.identity.page for p in parts)
    missing = missing_pages(tuple(received), page_count) if paged else None
    return ParsedIssue(
        issue_id=issue,
        paper=best.identity.paper,
        paper_name=_first(p.identity.paper_name for p in by_page),
        issue_date=best.identity.issue_date,
        date_source=best.identity.date_source,
        weekday=_first(p.weekday for p in by_page),
        lunar_date=_first(p.lunar_date for p in by_page),
        issue_number=_first(p.issue_number for p in by_page),
        page_count=page_count,
        editor=_first(p.editor for p in by_page),
        encoding=by_page[0].encoding,
        articles=articles,
        accounting=accounting,
        duplicates_dropped=sum(p.duplicates_dropped for p in parts),
        edition=best.identity.edition,
        pages=tuple(received),
        parts=tuple(Delivered(parts[k].source_file, parts[k].sha256, parts[k].identity.page, parts[k].pages) for k in ordered),
        article_parts=tuple(ordered.index(part_of[a.article_id]) for a in articles),
        pages_missing=missing,
    )


def _first(values):
    return next((v for v in values if v is not None), None)
