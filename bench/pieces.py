"""The printed pieces of a page and the gold a page gets: shared by the page renderer
(``bench.render``), the damage (``bench.damage``) and the 辽源日报-style issue files
(``bench.issuefile``).

A page is a list of :class:`Piece` (one printed line each, with its role); a :class:`Layout`
decides the blank lines. The gold of a story is written from its undamaged pieces.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
from dataclasses import dataclass, field

from bench.gold import flat
from bench.groups import writer_names
from bench.stories import Story, byline_names

WEEKDAYS = "一二三四五六日"
# A dateline lead opening the first paragraph: "本报北京4月9日电  （记者王政、刘温馨）",
# "新华社北京5月30日电  ", "本报讯（记者 王五）". The gold counts it as the byline, as the
# samples' goldens do, so the body starts after it.  Papers of 2001 date it with 讯 as well as
# 电 and run the reporters in up to "报道：" ("本报北京12月31日讯记者吴坤胜报道：",
# "本报北京12月31日讯新华社记者秦杰、本报记者赵川东报道："); a wire story reprinted says so
# ("据新华社哈瓦那12月30日电（记者郑建东）").
_RUN_IN = r"(?:(?:新华社|本报)?(?:特派|驻[\u4e00-\u9fff]{1,4})?记者[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*、?)+报道[：:]"
_LEAD = re.compile(
    r"^(?:据?(?:本报|新华社|中新社)[\u4e00-\u9fff]{0,8}(?:\d{4}年)?\d{1,2}月\d{1,2}日[电讯]|本报讯)"
    rf"\s*(?:[（(][^（）()]{{0,40}}[）)]|{_RUN_IN})?\s*"
)
BODY_EDGE = 12
MIN_QUOTED = 8  # characters of each sentence a deck runs together, so "是的。" alone never counts as quoted
_ASCII_PUNCT = str.maketrans("，（）：；", ",():;")
# Roles a printed line can have.
HEADING_ROLES = ("group", "label", "kicker", "title", "subtitle", "byline")


@dataclass
class Piece:
    role: str  # furniture, group, label, kicker, title, subtitle, byline, para, crosshead, caption, credit, signature
    text: str
    glue: bool = False  # printed on the line before it, no break (kicker+title on one line)
    mark: str = ""  # extraction residue printed before the text ("## " on a headline)
    gap: bool | None = None  # force a blank line before (True) or none (False); None: the layout decides
    group: str | None = None  # the group title of the story the piece belongs to (bench.groups), for the gold
    names: tuple[str, ...] | None = None  # a group piece's writers, read from the line as the markup gives it


@dataclass
class PageGold:
    """What a correct parser reads from one page or issue file."""

    source_file: str
    kind: str  # "page" or "issue"
    issue: dict
    page: dict | None = None
    furniture: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    # Each paragraph printed twice, whole (a damage copy, a pull quote): its marker in
    # ``duplicates`` is chosen again once the whole file is known (``file_markers``).
    copies: list[str] = field(default_factory=list)
    joins: list[str] = field(default_factory=list)
    join_kinds: list[str] = field(default_factory=list)  # the damage that made each join (for diagnosis)
    articles: list[dict] = field(default_factory=list)
    damage: list[str] = field(default_factory=list)
    default_paper: str = "liaoyuan-daily"

    def as_json(self) -> dict:
        return {
            "source_file": self.source_file,
            "default_paper": self.default_paper,
            "kind": self.kind,
            "issue": self.issue,
            **({"page": self.page} if self.page else {}),
            "furniture": self.furniture,
            "duplicates": self.duplicates,
            "joins": self.joins,
            "join_kinds": self.join_kinds,
            "damage": sorted(set(self.damage)),
            "articles": self.articles,
        }


def split_lead(paragraph: str) -> tuple[str | None, str]:
    """ "本报北京4月9日电  （记者王政）近日，…" -> ("本报北京4月9日电 （记者王政）", "近日，…")."""
    m = _LEAD.match(paragraph)
    if not m or m.end() >= len(paragraph):
        return None, paragraph
    return " ".join(m.group(0).split()), paragraph[m.end() :]


def tidy_byline(byline: str) -> str:
    """The byline with the padding of two-character names closed up: "于  洋" -> "于洋"."""
    names = byline_names(byline)
    head = byline
    for n in names:
        head = re.sub(r"\s*".join(map(re.escape, n)), n, head)
    return " ".join(head.split())


def article_gold(pieces: list[Piece]) -> dict:
    """The gold of one story from its undamaged printed pieces: headings, byline, body edges,
    captions and the full body text. A printed column label with no kicker is the kicker; a
    piece of a group (``bench.groups``) has the group title as its kicker unless it prints its own."""
    role = {p.role: p.text for p in reversed(pieces)}  # the first piece of each role
    group = next((p.group for p in pieces if p.group), None)
    writers = next((p.names for p in pieces if p.names is not None), None)
    paras = [p.text for p in pieces if p.role in ("para", "crosshead")]
    byline = role.get("byline")
    signed = role.get("signature")  # a writer signing at the end: "山西临汾市  张奇平"
    lead = None
    k = deck_size(paras)
    if not byline and len(paras) > k:
        lead, first = split_lead(paras[k])  # under a deck, the lead opens the first paragraph after it
        paras = [*paras[:k], first, *paras[k + 1 :]] if lead else paras
    subtitle = role["subtitle"].lstrip("—").strip() if "subtitle" in role else None
    gold: dict = {
        "kicker": role.get("kicker") or role.get("label") or group,
        "headline": role["title"],
        "subtitle": subtitle or None,
        "byline": byline or lead,
        "authors": list(writers) if writers is not None else byline_names(byline or lead or ""),
        "body_first": paras[0][:BODY_EDGE],
        "body_last": paras[-1][-BODY_EDGE:],
        "captions": [p.text for p in pieces if p.role == "caption"],
        "paragraphs": paras,
    }
    also: dict = {}
    if "label" in role and "kicker" not in role:
        also["kicker"] = [None]  # a column label read as furniture is as good
    if group and "kicker" in role:
        also["kicker"] = [group, f"{group} {role['kicker']}"] if "group" in role else [group]
    elif group and "group" not in role:
        also["kicker"] = [None]  # the group title printed once, above the first piece
    if signed:
        also["byline"] = [signed]
    # Some stories print their first paragraphs again further on (a pull quote over a commentary):
    # keeping either copy is right, so the body may also start after them.
    for q in paras[1 : k + 1]:
        also.setdefault("body_first", []).append(q[:BODY_EDGE])
    if k:
        gold["repeated"] = paras[:k]
    if also:
        gold["_also_ok"] = also
    return gold


def header_lines(date: dt.date, page: int, section: str, rng: random.Random, paper: str = "人民日报") -> list[str]:
    """A page header as extraction prints it, in one of the forms papers use."""
    day = f"{date.year}年{date.month}月{date.day}日"
    week = f"星期{WEEKDAYS[date.weekday()]}"
    section = section or "综合"
    forms = [
        [f"{paper} {day} {week}", f"{section} {page}"],
        [f"{section} {page}", f"{paper}", f"{day} {week}"],
        [f"第{page}版", section, f"{paper} {day} {week}"],
        [f"{page:02d} {section}", f"{day} {week} {paper}"],
        [f"{paper}", f"{day} {week}", f"第{page:02d}版：{section}"],
    ]
    return rng.choice(forms)


def footer_lines(rng: random.Random) -> list[str]:
    """The page's staff credits ("本版责编：…"), printed at the foot of many pages."""
    from bench.vary import person_name

    if rng.random() < 0.5:
        return []
    names = " ".join(person_name(rng) for _ in range(rng.randint(1, 3)))
    forms = [f"本版责编：{names}", f"本版责编：{names} 版式设计：{person_name(rng)}", f"责任编辑：{names}"]
    return [rng.choice(forms)]


@dataclass(frozen=True)
class Layout:
    """How one page's extraction breaks lines: blank lines between all pieces, between
    paragraphs only (heading lines stacked), or none at all."""

    gaps: str  # "all", "body", "none"
    tidy_bylines: bool  # "于洋" instead of the printed "于  洋"
    dash_subtitles: bool  # keep "——" before subtitles that have it
    ascii_punct: bool = False  # "，（）：；" printed as ",():;" (as the bundled samples' exporter does)

    @staticmethod
    def draw(rng: random.Random, weights: tuple[int, int, int] = (45, 40, 15)) -> Layout:
        gaps = rng.choices(("all", "body", "none"), weights=weights)[0]
        return Layout(gaps, rng.random() < 0.5, rng.random() < 0.9)

    def ink(self, text: str) -> str:
        return text.translate(_ASCII_PUNCT) if self.ascii_punct else text


def story_pieces(story: Story, layout: Layout, rng: random.Random, *, print_label: bool) -> list[Piece]:
    """The printed lines of one story, undamaged, in markup order."""
    out: list[Piece] = []
    if story.group and story.group_printed:
        out.append(Piece("group", story.group))
    if print_label and story.label:
        out.append(Piece("label", story.label))
    if story.kicker:
        out.append(Piece("kicker", story.kicker))
    out.append(Piece("title", story.title))
    if story.subtitle:
        sub = story.subtitle if layout.dash_subtitles else story.subtitle.lstrip("—").strip()
        out.append(Piece("subtitle", sub))
    if story.byline:
        out.append(Piece("byline", tidy_byline(story.byline) if layout.tidy_bylines else story.byline))
    out.extend(Piece(b.kind, b.text) for b in story.blocks)
    if story.group:
        out = [
            dataclasses.replace(p, group=story.group, names=tuple(writer_names(story.byline if p.role == "byline" else p.text)))
            if p.role in ("byline", "signature") else dataclasses.replace(p, group=story.group)
            for p in out
        ]
    return out


def lay_out(pieces: list[Piece], layout: Layout) -> str:
    """Join pieces into page text: one line each, blank lines as the layout says."""
    lines: list[str] = []
    prev: Piece | None = None
    for p in pieces:
        text = layout.ink(p.mark + p.text)
        if p.glue and lines:
            lines[-1] = f"{lines[-1]}{text}"
            prev = p
            continue
        gap = p.gap
        if gap is None:
            if layout.gaps == "all":
                gap = True
            elif layout.gaps == "body":
                stacked = prev is not None and prev.role in ("group", "label", "kicker", "title", "subtitle") and p.role in HEADING_ROLES
                gap = not stacked
            else:
                gap = False
        if lines and gap:
            lines.append("")
        lines.append(text)
        prev = p
    return "\n".join(lines) + "\n"


def page_name(date: dt.date, page: int, prefix: str = "pd") -> str:
    return f"{prefix}-{date:%Y%m%d}-p{page:02d}"


def deck_size(paras: list[str]) -> int:
    """How many of a story's first paragraphs are a deck of pull quotes: each printed again in
    the paragraphs after it (see ``_repeated``)."""
    k = 0
    while k + 1 < len(paras) and _repeated(paras[k], paras[k + 1 :]):
        k += 1
    return k


def _repeated(p: str, later: list[str]) -> bool:
    """``p`` is printed again, whole, in a later paragraph (or holds one of them whole), or runs
    together sentences the story prints in later paragraphs (a deck quoting two places:
    "基础打得好，…事半功倍。所有向上生长的惊艳，…" of "…事半功倍。" and "…所有向上生长的惊艳，…")."""
    if len(p) < 16:
        return False
    if any(p in q or (len(q) >= 16 and q in p) for q in later):
        return True
    parts = [s for s in re.split(r"(?<=[。！？])", p) if s]
    return len(parts) > 1 and all(len(s) >= MIN_QUOTED and any(s.rstrip("。！？") in q for q in later) for s in parts)


def pull_quotes(gold: PageGold) -> list[str]:
    """Each paragraph the story itself prints twice (a pull quote over a commentary): one copy must remain."""
    return [p for a in gold.articles for p in a.pop("repeated", [])]


def file_markers(copies: list[str], text: str, reading: str = "") -> list[str]:
    """The marker of each copy the file prints twice (``text``: the whole file, flat): the piece of
    16 characters nearest its middle that the file prints only where the copy is printed, once
    in its place and once per copy made. A piece another story also prints ("…对俄罗斯进行国事访问并
    出席…" in a report and in the speech it covers, on one page) would count that story as a copy
    left. A copy the file prints whole elsewhere (a letter's paragraph that its report quotes
    verbatim) has no such piece: nothing the scorer counts tells the copy from the quote, and
    it gets no marker. A lead's dateline and reporters are read into the byline, not the
    paragraph the scorer counts in ("本报讯（记者 某某）今年…"): the marker is a piece of what follows.

    ``reading``: the correct reading's paragraphs, flat, one a line. The damage may cut the original after it
    was copied (its first half printed above the heading), and the file then prints a piece
    across the cut once less: a piece another story prints too would make up the count ("…移交辽源市。
    案件共有4件，涉及大…" of the 第八批 brief, printed by the 第十批 brief as well) and a right
    reading would count as a copy left. The marker is also printed in the reading only where the
    copy is."""
    out = []
    for whole in copies:
        times = 1 + copies.count(whole)
        copy = split_lead(whole)[1]
        mid = max(0, len(copy) // 2 - 8)
        starts = sorted(range(max(1, len(copy) - 15)), key=lambda s: abs(s - mid))
        pieces = [copy[s : s + 16] for s in starts]
        fits = [p for p in pieces if text.count(flat(p)) == times and _only_in_copy(flat(p), flat(copy), reading)]
        # A deck running two places together, "…心中有数。" closing one paragraph and "西辽河干流…"
        # opening the next: the file prints a piece across its seam twice, the second time across
        # the two paragraphs, where no paragraph of a right reading holds it. A copy in the body's
        # words is marked by a piece the reading prints, or not at all.
        if any(flat(p) in reading for p in pieces):
            fits = [p for p in fits if flat(p) in reading]
        if fits:
            out.append(fits[0])
    return out


def _only_in_copy(piece: str, copy: str, reading: str) -> bool:
    """``piece`` (of ``copy``) is printed in ``reading`` only where ``copy`` is (True when the
    reading does not print the copy whole: a pull quote the body words otherwise)."""
    times = reading.count(copy)
    return times == 0 or reading.count(piece) == times


def reading(gold: PageGold) -> str:
    """The correct reading of a file's stories: their paragraphs in order, each flat, one a line, a
    story's pull quotes (its first paragraphs printed again further on, ``repeated``) once, where
    the body prints them."""
    return "\n".join(flat(p) for a in gold.articles for p in a["paragraphs"][len(a.get("repeated", [])) :])
