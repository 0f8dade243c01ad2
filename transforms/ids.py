"""Deterministic, readable ids: the same bytes always give the same ids (idempotent reruns)."""

from __future__ import annotations

import datetime as dt
import hashlib

from transforms.pages import id_token

DATED_SOURCES = ("masthead", "path")


def issue_id(paper: str, issue_date: dt.date | None, date_source: str, data: bytes) -> str:
    """ "<paper>-<YYYY-MM-DD>" for a printed or path date, else "<paper>-undated-<sha256[:12]>".

    An inferred date is a guess, so it never names the issue: two guesses could collide.
    """
    return issue_id_for(paper, issue_date, date_source, hashlib.sha256(data).hexdigest())


def issue_id_for(paper: str, issue_date: dt.date | None, date_source: str, sha256: str, edition: str | None = None) -> str:
    """:func:`issue_id` from the file's SHA-256 (hex); an edition is appended: "…-2025-06-15-overseas"."""
    if issue_date is not None and date_source in DATED_SOURCES:
        base = f"{paper}-{issue_date.isoformat()}"
    else:
        base = f"{paper}-undated-{sha256[:12]}"
    return f"{base}-{edition}" if edition else base


def article_id(issue: str, seq: int) -> str:
    """ "<issue_id>-a007" for the 7th article in reading order (1-based) of a whole-issue file."""
    return f"{issue}-a{seq:03d}"


def page_article_id(issue: str, page: str, seq: int) -> str:
    """ "<issue_id>-p02-a003" for the 3rd article of page 02 delivered as a page file.

    Why the page is in the id: pages arrive separately (a late page, a corrected page). Numbered
    across the issue, a page arriving late would renumber every later page's articles; numbered
    within its page, an article keeps its id whatever happens to the other pages. A whole-issue
    file keeps "<issue_id>-a007": it is delivered (and replaced) as one, so its numbering is
    stable, and the ids of everything loaded so far stay what they were.
    """
    return f"{issue}-{id_token(page)}-a{seq:03d}"
