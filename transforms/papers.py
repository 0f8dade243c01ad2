"""Which paper an issue belongs to, as a slug: printed name first, then file name, folder, default.

The paper registry (printed names, romanised mastheads and file-name abbreviations of each
slug) is data: ``transforms/dicts/papers.tsv``, extended by the newsroom's own files
(``BAOZHI_PAPERS``; read by ``baozhi.paper_files.paper_registry``). Names the registry does not
know still get a stable slug: by romanisation rule ("SHAO XING RI BAO" -> "shaoxing-daily") or,
printed only in Chinese, by a hash of the name ("松原日报" -> "3f0c2a1b-daily").
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from transforms.dates import PATH_DATE

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
# The kind written as one word: "JILIN RIBAO" is "JILIN RI BAO".
_JOINED_KIND = re.compile(r"^(DUSHI|RI|WAN|SHI|SHANG|ZHOU)(BAO)$")
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
# "LIAO YUAN RI BAO", "JILIN RIBAO", "RENMIN RIBAO": a romanised masthead line.
ROMANISED = re.compile(r"^(?:[A-Z]{1,8} ){1,6}[A-Z]{0,6}BAO$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NONE = "-"


def romanised_key(line: str) -> str:
    """ "Ren Min  Ri Bao" -> "RENMINRIBAO": the form romanised names are compared in."""
    return re.sub(r"[^A-Z]", "", line.upper())


@dataclass(frozen=True, eq=False)
class PaperRegistry:
    """Printed names, romanisations and file-name abbreviations -> slug; slug -> printed name."""

    by_name: dict[str, str] = field(default_factory=dict)
    by_romanised: dict[str, str] = field(default_factory=dict)  # keyed by romanised_key()
    by_abbreviation: dict[str, str] = field(default_factory=dict)  # lower case
    names: dict[str, str] = field(default_factory=dict)  # slug -> its first printed name

    @classmethod
    def parse(cls, files: Iterable[tuple[str, str]]) -> PaperRegistry:
        """A registry from ``(file name, text)`` pairs in the papers.tsv format, in order.

        A later row wins for a name, romanisation or abbreviation an earlier one gave.
        A bad line raises ``ValueError("<file>:<line>: …")``.
        """
        reg = cls()
        for source, text in files:
            for number, raw in enumerate(text.splitlines(), 1):
                line = raw.strip()
                if not line or line.startswith("#"):
                    continue
                cols = [c.strip() for c in raw.rstrip("\n").split("\t")]
                if len(cols) < 2 or not _SLUG.match(cols[0]) or len(cols) > 4:
                    raise ValueError(
                        f"{source}:{number}: expected 'slug<TAB>names[<TAB>romanised[<TAB>abbreviations]]' "
                        f"with a lower-case slug like 'peoples-daily', got {raw!r}"
                    )
                slug = cols[0]
                values = [[v.strip() for v in c.split("|") if v.strip() and v.strip() != _NONE] for c in cols[1:]]
                values += [[]] * (3 - len(values))
                names, romanised, abbreviations = values
                for name in names:
                    reg.by_name[name] = slug
                if names:
                    reg.names[slug] = names[0]
                for roman in romanised:
                    reg.by_romanised[romanised_key(roman)] = slug
                for abbr in abbreviations:
                    reg.by_abbreviation[abbr.lower()] = slug
        return reg

    @functools.cached_property
    def names_longest_first(self) -> tuple[str, ...]:
        """Printed names, longest first (so "人民日报海外版" is tried before "人民日报")."""
        return tuple(sorted(self.by_name, key=len, reverse=True))

    def slug_for_name(self, name: str | None) -> str | None:
        return self.by_name.get(name) if name else None

    def slug_for_romanised(self, line: str | None) -> str | None:
        """The registry's slug for a romanised masthead, else the romanisation rule's."""
        if not line:
            return None
        return self.by_romanised.get(romanised_key(line)) or slug_from_romanised(line)

    def knows_romanised(self, line: str) -> bool:
        return romanised_key(line) in self.by_romanised

    def slug_for_abbreviation(self, token: str | None) -> str | None:
        """ "pd" -> "peoples-daily" (file-name prefixes such as ``pd-20250615-p05.txt``)."""
        return self.by_abbreviation.get(token.lower()) if token else None

    def name_for_slug(self, slug: str) -> str | None:
        return self.names.get(slug)

    def is_slug(self, slug: str | None) -> bool:
        return bool(slug) and slug in self.names


@functools.cache
def committed() -> PaperRegistry:
    """The registry committed with the code (``transforms/dicts/papers.tsv``).

    Package data, read once per process like a compiled table: it is part of the code's
    knowledge, not input. The newsroom's own files are read by ``baozhi.resources``.
    """
    text = importlib.resources.files("transforms").joinpath("dicts", "papers.tsv").read_text(encoding="utf-8")
    return PaperRegistry.parse([("transforms/dicts/papers.tsv", text)])


def slug_from_romanised(line: str) -> str | None:
    """ "SHAO XING RI BAO" -> "shaoxing-daily"; None if the line is not a romanised masthead."""
    line = " ".join(line.upper().split())
    if not ROMANISED.match(line):
        return None
    words = line.split()
    if m := _JOINED_KIND.match(words[-1]):
        words[-1:] = [m.group(1), m.group(2)] if m.group(1) != "DUSHI" else ["DU", "SHI", "BAO"]
    words_t = tuple(words)
    for tail, kind in _KINDS:
        if words_t[-len(tail):] == tail and len(words_t) > len(tail):
            place = "".join(words_t[: -len(tail)]).lower()
            return f"{place}-{kind}"
    return None


def clean_slug(text: str) -> str | None:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or None


def folder_slug(source_file: str) -> str | None:
    """The paper folder of a landing path ("liaoyuan-daily/x.txt" -> "liaoyuan-daily").

    The first folder, unless it is a date ("2019-05-07/01.txt" has no paper folder).
    """
    parts = [p for p in re.split(r"[\\/]+", source_file) if p and p != "."]
    if len(parts) < 2 or PATH_DATE.fullmatch(parts[0]) or parts[0].isdigit():
        return None
    return clean_slug(parts[0])


def slug_from_name(name: str) -> str:
    """A deterministic slug for a printed name we cannot romanise: "松原日报" -> "3f0c2a1b-daily".

    The place part is the first 8 hex digits of the name's SHA-256 (stable across runs and
    machines); the kind comes from the ending, "paper" if none is known.
    """
    kind = next((k for end, k in _NAME_KINDS if name.endswith(end)), "paper")
    return f"{hashlib.sha256(name.encode('utf-8')).hexdigest()[:8]}-{kind}"


def attribute(
    paper_name: str | None,
    romanised: str | None,
    *,
    file_paper: str | None,
    folder_paper: str | None,
    default_paper: str,
    registry: PaperRegistry,
) -> str:
    """The paper's slug from the best evidence: printed name, romanised name, file name, folder, default.

    ``file_paper`` is the slug a file-name abbreviation gave ("pd-…" -> peoples-daily),
    ``folder_paper`` the paper folder's slug. A printed name the registry does not know takes
    the folder's (or file name's) slug only when that slug is not a known paper of another name
    and not the default paper: text naming another paper is never filed under the default
    ("松原日报" printed in ``liaoyuan-daily/`` -> the name's own slug).
    """
    if slug := registry.slug_for_name(paper_name):
        return slug
    if slug := registry.slug_for_romanised(romanised):
        return slug
    default = clean_slug(default_paper) or "unknown-paper"
    if paper_name:
        for hint in (file_paper, folder_paper):
            if hint and hint != default and not registry.is_slug(hint):
                return hint
        return slug_from_name(paper_name)
    return file_paper or folder_paper or default


def paper_slug(
    paper_name: str | None,
    romanised: str | None,
    source_file: str,
    default_paper: str,
    registry: PaperRegistry | None = None,
) -> str:
    """:func:`attribute` with the folder read from ``source_file`` (no file-name abbreviation)."""
    return attribute(
        paper_name,
        romanised,
        file_paper=None,
        folder_paper=folder_slug(source_file),
        default_paper=default_paper,
        registry=registry or committed(),
    )


def name_for_slug(slug: str, registry: PaperRegistry | None = None) -> str | None:
    """The printed name of a known paper, from its slug (for a masthead printed only in pinyin)."""
    return (registry or committed()).name_for_slug(slug)
