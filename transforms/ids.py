"""Deterministic, readable ids: the same bytes always give the same ids (idempotent reruns)."""

from __future__ import annotations

import datetime as dt
import hashlib

DATED_SOURCES = ("masthead", "path")


def issue_id(paper: str, issue_date: dt.date | None, date_source: str, data: bytes) -> str:
    """ "<paper>-<YYYY-MM-DD>" for a printed or path date, else "<paper>-undated-<sha256[:12]>".

    An inferred date is a guess, so it never names the issue: two guesses could collide.
    """
    if issue_date is not None and date_source in DATED_SOURCES:
        return f"{paper}-{issue_date.isoformat()}"
    return f"{paper}-undated-{hashlib.sha256(data).hexdigest()[:12]}"


def article_id(issue: str, seq: int) -> str:
    """ "<issue_id>-a007" for the 7th article in reading order (1-based)."""
    return f"{issue}-a{seq:03d}"
