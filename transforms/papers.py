"""Which paper an issue belongs to, as a slug: masthead name, then folder, then the default."""

from __future__ import annotations

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
# Chinese name ending -> kind, for names we cannot romanise (kept for the printed name).
NAME_PATTERN = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:都市报|日报|晚报|时报|商报|周报)")
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


def paper_slug(paper_name: str | None, romanised: str | None, source_file: str, default_paper: str) -> str:
    """Masthead name (known map, then romanisation), else the folder, else ``default_paper``."""
    if paper_name and paper_name in KNOWN_PAPERS:
        return KNOWN_PAPERS[paper_name]
    if romanised:
        slug = slug_from_romanised(romanised)
        if slug:
            return slug
    return folder_slug(source_file) or _clean_slug(default_paper) or "unknown-paper"


def name_for_slug(slug: str) -> str | None:
    """The printed name of a known paper, from its slug (for a masthead printed only in pinyin)."""
    for name, known in KNOWN_PAPERS.items():
        if known == slug:
            return name
    return None
