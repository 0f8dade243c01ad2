"""The damage a PDF text extraction does to a page, applied to one story's printed pieces.

Each function takes the story's pieces (``bench.render.Piece``), a ``random.Random`` and the
page's gold, changes the pieces and records in the gold what a correct reading must undo:

- ``split_column``: a paragraph cut mid-sentence at a column break (``joins`` gets the text
  across the cut), sometimes with the story's photo caption and credit wedged between the halves;
- ``duplicate``: a paragraph printed twice (``copies`` gets it, ``duplicates`` a piece of it once
  the whole file is laid out);
- ``lead_above``: the lead paragraphs (and the column label) printed above the headline block;
- ``heading_mid_sentence``: the first sentence cut by the headline block, its first half above;
- ``kicker_on_title`` / ``subtitle_on_title``: two heading lines printed as one;
- ``caption_twice`` (opt-in, ``--captions-twice``): a photo's caption (with its credit, mostly)
  printed a second time, right after the photo block or a few lines on.

The gold's headings and body edges are never changed: a correct reading of the damaged page is
the reading of the undamaged one.
"""

from __future__ import annotations

import dataclasses
import random
import re

from bench.pieces import HEADING_ROLES, PageGold, Piece

_CJK = re.compile(r"[\u4e00-\u9fff]")
JOIN_SIDE = 6  # characters of gold text kept on each side of a cut
MIN_SPLIT = 40  # paragraphs shorter than this are not cut
MIN_DUP = 20
# Share of stories with a photo caption whose caption is printed twice, at rate 1: more often
# than a paragraph is (``duplicate``, 0.3), since a caption's text layer is extracted once with
# the photo block and once more in the column's flow.
CAPTION_TWICE = 0.5


def _cut_points(text: str) -> list[int]:
    """Positions between two ideographs, away from the ends: where a column break falls mid-sentence."""
    return [
        x
        for x in range(JOIN_SIDE + 2, len(text) - JOIN_SIDE - 2)
        if _CJK.match(text[x - 1]) and _CJK.match(text[x])
    ]


def _join_text(text: str, x: int) -> str:
    return text[x - JOIN_SIDE : x + JOIN_SIDE]


def _heading_end(pieces: list[Piece]) -> int:
    """Index of the first piece after the headline block (label, kicker, title, subtitle, byline)."""
    i = 0
    while i < len(pieces) and pieces[i].role in HEADING_ROLES:
        i += 1
    return i


def _heading_start(pieces: list[Piece]) -> int:
    return next(i for i, p in enumerate(pieces) if p.role in HEADING_ROLES)


def split_column(pieces: list[Piece], rng: random.Random, gold: PageGold, *, wedge: bool) -> bool:
    """Cut one long paragraph at a column break; with ``wedge``, the story's caption (and its
    credit) moves between the halves. Returns False when the story has nothing to cut."""
    start = _heading_end(pieces)
    paras = [i for i in range(start, len(pieces)) if pieces[i].role == "para" and len(pieces[i].text) >= MIN_SPLIT]
    if not paras:
        return False
    i = rng.choice(paras)
    text = pieces[i].text
    points = _cut_points(text)
    if not points:
        return False
    x = rng.choice(points)
    between: list[Piece] = []
    if wedge:
        caps = [k for k, p in enumerate(pieces) if p.role == "caption"]
        if not caps:
            return False
        c = caps[0]
        end = c + 1
        while end < len(pieces) and pieces[end].role == "credit":
            end += 1
        between = pieces[c:end]
        del pieces[c:end]
        if c < i:
            i -= end - c
    pieces[i : i + 1] = [Piece("para", text[:x]), *between, Piece("para", text[x:])]
    gold.joins.append(_join_text(text, x))
    gold.join_kinds.append("caption_in_split" if wedge else "column_split")
    gold.damage.append("caption_in_split" if wedge else "column_split")
    return True


def duplicate(pieces: list[Piece], rng: random.Random, gold: PageGold) -> bool:
    """Print one paragraph a second time, right after it or a few lines further on."""
    start = _heading_end(pieces)
    paras = [i for i in range(start, len(pieces)) if pieces[i].role == "para" and len(_CJK.findall(pieces[i].text)) >= MIN_DUP]
    if not paras:
        return False
    i = rng.choice(paras)
    at = min(len(pieces), i + 1 + rng.choice((0, 0, 1, 2, 3)))
    pieces.insert(at, Piece("para", pieces[i].text))
    gold.copies.append(pieces[i].text)  # its marker is chosen over the whole file (bench.pieces.file_markers)
    gold.damage.append("duplicate")
    return True


def lead_above(pieces: list[Piece], rng: random.Random, gold: PageGold) -> bool:
    """Print the first one or two paragraphs (and a column label) above the headline block."""
    start = _heading_end(pieces)
    lead: list[int] = []
    for k in range(start, len(pieces)):
        if pieces[k].role == "para":
            lead.append(k)
            if len(lead) == rng.choice((1, 1, 2)):
                break
        elif lead:
            break
    if not lead or all(p.role != "para" for p in pieces[lead[-1] + 1 :]):
        return False  # the story must keep body under its heading
    moved = [pieces[k] for k in lead]
    for k in reversed(lead):
        del pieces[k]
    top = _heading_start(pieces)
    labels = [p for p in pieces[top:start] if p.role == "label"]
    pieces[:] = [p for p in pieces if p.role != "label"]
    pieces[top:top] = [*labels, *moved]
    gold.damage.append("lead_above_heading")
    return True


def heading_mid_sentence(pieces: list[Piece], rng: random.Random, gold: PageGold) -> bool:
    """Cut the first paragraph mid-sentence and print its first half above the headline block
    (with the story's caption between, sometimes): "…要把群众的小事当作大事来" / heading / "办。…"."""
    start = _heading_end(pieces)
    first = next((k for k in range(start, len(pieces)) if pieces[k].role == "para"), None)
    if first is None or len(pieces[first].text) < MIN_SPLIT:
        return False
    text = pieces[first].text
    points = [x for x in _cut_points(text) if x <= len(text) * 0.7]
    if not points:
        return False
    x = rng.choice(points)
    pieces[first] = Piece("para", text[x:])
    above = [Piece("para", text[:x])]
    caps = [k for k, p in enumerate(pieces) if p.role == "caption"]
    if caps and rng.random() < 0.5:
        c = caps[0]
        end = c + 1
        while end < len(pieces) and pieces[end].role == "credit":
            end += 1
        above.extend(pieces[c:end])
        del pieces[c:end]
    top = _heading_start(pieces)
    pieces[top:top] = above
    gold.joins.append(_join_text(text, x))
    gold.join_kinds.append("heading_mid_sentence")
    gold.damage.append("heading_mid_sentence")
    return True


def kicker_on_title(pieces: list[Piece], rng: random.Random, gold: PageGold) -> bool:
    """Print the kicker and the title on one line, separated by spaces."""
    k = next((i for i, p in enumerate(pieces) if p.role == "kicker"), None)
    if k is None or k + 1 >= len(pieces) or pieces[k + 1].role != "title" or " " in pieces[k].text.strip():
        return False
    pieces[k + 1] = Piece("title", rng.choice((" ", "  ", "   ")) + pieces[k + 1].text, glue=True)
    gold.damage.append("kicker_on_title")
    return True


def subtitle_on_title(pieces: list[Piece], rng: random.Random, gold: PageGold) -> bool:
    """Print the title and a dashed subtitle on one line: "乡村振兴看今朝 ——某县纪实之三"."""
    s = next((i for i, p in enumerate(pieces) if p.role == "subtitle"), None)
    if s is None or pieces[s - 1].role != "title" or not pieces[s].text.startswith("——"):
        return False
    pieces[s] = Piece("subtitle", rng.choice((" ", "  ")) + pieces[s].text, glue=True)
    gold.damage.append("subtitle_on_title")
    return True


def caption_twice(pieces: list[Piece], rng: random.Random, gold: PageGold) -> bool:
    """Print one photo caption a second time, with the credit under it (most often) or alone, right
    after the photo block or up to three lines further on: "图为…" / "本报记者 某某 摄" / "图为…" /
    "本报记者 某某 摄". Returns False when the story has no caption."""
    caps = [k for k, p in enumerate(pieces) if p.role == "caption"]
    if not caps:
        return False
    c = rng.choice(caps)
    end = c + 1
    while end < len(pieces) and pieces[end].role == "credit":
        end += 1
    copy = pieces[c:end] if rng.random() < 0.7 else pieces[c : c + 1]
    at = min(len(pieces), end + rng.choice((0, 0, 1, 2, 3)))
    pieces[at:at] = [Piece(p.role, p.text) for p in copy]
    gold.damage.append("caption_twice")
    return True


def captions_rng(seed: str) -> random.Random:
    """The random stream of ``--captions-twice``, apart from the page's own: a page rendered
    with it is the page rendered without it, with some captions printed twice."""
    return random.Random(f"{seed}:captions")


def doubled_captions(pieces: list[Piece], rng: random.Random, gold: PageGold, rate: float) -> list[Piece]:
    """A story's pieces with its caption printed twice, with chance ``CAPTION_TWICE * rate``."""
    if rate > 0 and rng.random() < CAPTION_TWICE * rate:
        pieces = list(pieces)
        caption_twice(pieces, rng, gold)
    return pieces


def damage_story(pieces: list[Piece], rng: random.Random, gold: PageGold, *, rate: float = 1.0) -> list[Piece]:
    """Apply each kind of damage with its own chance (scaled by ``rate``); returns the pieces."""
    pieces = list(pieces)
    if rng.random() < 0.3 * rate:
        kicker_on_title(pieces, rng, gold)
    if rng.random() < 0.3 * rate:
        subtitle_on_title(pieces, rng, gold)
    long_paras = sum(1 for p in pieces if p.role == "para" and len(p.text) >= MIN_SPLIT)
    for _ in range(min(3, long_paras // 3)):
        if rng.random() < 0.4 * rate:
            split_column(pieces, rng, gold, wedge=False)
    if rng.random() < 0.5 * rate:
        split_column(pieces, rng, gold, wedge=True)
    if rng.random() < 0.3 * rate:
        duplicate(pieces, rng, gold)
    r = rng.random()
    if r < 0.2 * rate:
        lead_above(pieces, rng, gold)
    elif r < 0.35 * rate:
        heading_mid_sentence(pieces, rng, gold)
    return pieces


# A heading set in large type over a narrow box is printed over two lines when it is longer than
# the box holds: "全市召开安全生产" / "暨森林防火工作会议", "绿水青山 冰天雪地" / "都是金山银山" (the
# 辽源日报 sample's kicker). The box holds this many characters (drawn per story).
WRAP_WIDTH = (10, 16)


def _break_points(text: str) -> list[int]:
    """Where a designer may break a heading: at a space, else between two words, never inside
    brackets or quotes ("“双碳”目标" stays whole)."""
    spaces = [m.start() for m in re.finditer(r"\s+", text) if 3 <= m.start() <= len(text) - 3]
    if spaces:
        return spaces
    import jieba  # the renderer alone needs it here; the bench's other modules do not

    out, at, depth = [], 0, 0
    for word in jieba.cut(text):
        at += len(word)
        depth += sum(word.count(c) for c in "“《（(【") - sum(word.count(c) for c in "”》）)】")
        if depth == 0 and 4 <= at <= len(text) - 4 and text[at] not in _NO_LINE_START:
            out.append(at)
    return out


# Chinese typesetting never opens a line on a closing mark or a pause ("，以奋斗铸就新辉煌").
_NO_LINE_START = frozenset("，。、；：？！”’》）)】…—·")


def wrap_headings(pieces: list[Piece], rng: random.Random, *, rate: float = 1.0) -> list[Piece]:
    """Print each kicker, title and subtitle longer than the story's heading box over two lines
    (with chance ``rate``): the box's width is drawn per story, the break falls at a space or
    between words, either where the box is full or where the two lines balance. The gold is
    unchanged: the heading is the two lines read as one."""
    width = rng.randint(*WRAP_WIDTH)
    out: list[Piece] = []
    for k, p in enumerate(pieces):
        glued = p.glue or (k + 1 < len(pieces) and pieces[k + 1].glue)
        text = p.text.strip()
        if p.role not in ("kicker", "title", "subtitle") or glued or len(text) <= width + 2 or rng.random() >= rate:
            out.append(p)
            continue
        points = _break_points(text)
        if not points:
            out.append(p)
            continue
        full = [x for x in points if x <= width]
        x = max(full) if full and rng.random() < 0.5 else min(points, key=lambda x: abs(x - len(text) / 2))
        out.append(dataclasses.replace(p, text=text[:x].rstrip()))
        out.append(dataclasses.replace(p, text=text[x:].lstrip(), mark="", gap=False))
    return out
