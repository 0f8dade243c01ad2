"""Which paper an issue belongs to, as a slug: masthead name, then folder, then the default."""

from __future__ import annotations

import hashlib
import re

# Printed names we know -> slug.  Unknown names fall back to the romanisation rule below.
KNOWN_PAPERS = {
    "辽源日报": "liaoyuan-daily",
    "绍兴日报": "shaoxing-daily",
    "吉林日报": "jilin-daily",
    "人民日报": "peoples-daily",
}

# Last words of a romanised masthead -> the English kind of paper.
# "LIAO YUAN RI BAO" -> "liaoyuan-daily"; "SHAO XING WAN BAO" -> "shaoxing-evening".
_KINDS = (
    (("DU", "SHI", "BAO"), "metro"),
    (("RI", "BAO"), "daily"),
    (("WAN", "BAO"), "evening"),
    (("SHI", "BAO"), "times"),
    (("SHANG", "BAO"), "business"),
    (("ZHOU", "BAO"), "weekly"),
    (("BAO",), "news"),
)
# Chinese name ending -> kind, for names we cannot romanise (no pinyin table here).
_NAME_KINDS = (
    ("都市报", "metro"),
    ("日报", "daily"),
    ("晚报", "evening"),
    ("时报", "times"),
    ("商报", "business"),
    ("周报", "weekly"),
    ("青年报", "youth"),
    ("法治报", "legal"),
    ("法制报", "legal"),
)
# A printed paper name: a place or title and one of the endings above.  Plain "…报" is left
# out on purpose: "疫情通报", "喜报", "简报" head ordinary items.
NAME_PATTERN = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:" + "|".join(end for end, _ in _NAME_KINDS) + ")")
ROMANISED = re.compile(r"^(?:[A-Z]{1,8} ){1,6}BAO$")


def slug_from_romanised(line: str) -> str | None:
    """ "SHAO XING RI BAO" -> "shaoxing-daily"; None if the line is not a romanised masthead."""
    line = " ".join(line.upper().split())
    if not ROMANISED.match(line):
        return None
    words = tuple(line.split())
    for tail, kind in _KINDS:
        if words[-len(tail):] == tail and len(words) > len(tail):
            place = "".join(words[: -len(tail)]).lower()
            return f"{place}-{kind}"
    return None


def _clean_slug(text: str) -> str | None:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or None


def folder_slug(source_file: str) -> str | None:
    """The first folder of a landing path ("liaoyuan-daily/x.txt" -> "liaoyuan-daily")."""
    parts = [p for p in re.split(r"[\\/]+", source_file) if p and p != "."]
    return _clean_slug(parts[0]) if len(parts) >= 2 else None


def slug_from_name(name: str) -> str:
    """A deterministic slug for a printed name we cannot romanise: "松原日报" -> "3f0c2a1b-daily".

    The place part is the first 8 hex digits of the name's SHA-256 (stable across runs and
    machines); the kind comes from the ending, "paper" if none is known.
    """
    kind = next((k for end, k in _NAME_KINDS if name.endswith(end)), "paper")
    return f"{hashlib.sha256(name.encode('utf-8')).hexdigest()[:8]}-{kind}"


def paper_slug(paper_name: str | None, romanised: str | None, source_file: str, default_paper: str) -> str:
    """Masthead name (known map, then romanisation), else the folder, else ``default_paper``.

    A masthead naming a paper we do not know, printed only in Chinese, takes the folder's
    slug when the file sits in a paper folder, else ``slug_from_name``: the masthead is
    better evidence than ``default_paper``, which names the usual paper, not this one.
    """
    if paper_name and paper_name in KNOWN_PAPERS:
        return KNOWN_PAPERS[paper_name]
    if romanised:
        slug = slug_from_romanised(romanised)
        if slug:
            return slug
    if paper_name:
        return folder_slug(source_file) or slug_from_name(paper_name)
    return folder_slug(source_file) or _clean_slug(default_paper) or "unknown-paper"


def name_for_slug(slug: str) -> str | None:
    """The printed name of a known paper, from its slug (for a masthead printed only in pinyin)."""
    for name, known in KNOWN_PAPERS.items():
        if known == slug:
            return name
    return None
