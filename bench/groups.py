"""Grouped pieces: one markup article that the paper prints as several signed pieces.

The crawl marks some page boxes up as one article: a group title (a column name such as 纵横,
心声, 来论, or a package title such as "外贸企业沉着应对订单变化（新视窗）"), sometimes captions and an
editor's note (…——编  者), then several pieces, each with its own title and writer::

    # 心声                                   group title
    中国为全球发展注入更多确定性              piece title
    青年学者  杜鹏程                          its writer
    这场贸易战是对方挑起的，……               its body
    我们有信心攻克“卡脖子”难题                next piece
    青年企业家  廖光朝
    ……

or with the writer signing at the end (``法理情相结合  定好村规民约`` / body / ``山西临汾市  张奇平``).
Issue 11 says what analysts want: each piece is an article, and the group title is their
kicker; an editor's note over the pieces is an article of its own under the group title.
``split_group`` turns such a Story into those Stories (``Story.group`` keeps the group title for
the gold; only the first piece prints it, when there is no note).  The test is on the markup's
form only (a title-like line, a names line under it, prose under that, at least twice), never
on the parser's code.
"""

from __future__ import annotations

import dataclasses
import re

from bench.stories import Block, Story

# A writer's line: a name ("赵宇恒", padded "汤  飞"), or a role, place or office and the name
# after two spaces ("青年学者  杜鹏程", "浙江杭州  毕文俊", "本报记者  李  蕊").
_NAME = r"(?:[\u4e00-\u9fff]\s{1,3}[\u4e00-\u9fff]|[\u4e00-\u9fff·]{2,4})"
_SIGN = re.compile(rf"^(?:[\u4e00-\u9fff（）、]{{2,30}}\s{{2,}})?{_NAME}(?:\s{{2,}}{_NAME})*$")
# A signature after the body must name where or who: role/place, two spaces, name.
_SIGN_AFTER = re.compile(rf"^[\u4e00-\u9fff]{{2,16}}\s{{2,}}{_NAME}$")
MAX_TITLE = 40
MAX_SIGN = 40
MIN_PIECES = 2


def writer_names(line: str) -> list[str]:
    """The names in a piece's writer line, without the role or place before them:
    "青年学者  杜鹏程" -> ["杜鹏程"], "本报记者  强郁文  谢亚宏" -> both names, "汤  飞" -> ["汤飞"].
    A writer line of one piece names one writer unless a role stands first, so of two or more
    units (a padded name "李  强" is one) the first is the role or place."""
    units: list[str] = []
    single = ""
    for part in re.split(r"\s{2,}", line.strip()):
        if len(part) == 1:
            single, units = ("", [*units, single + part]) if single else (part, units)
        else:
            units.append(part)
    return units[1:] if len(units) >= 2 else units


def _title_like(b: Block) -> bool:
    """A printed title or kicker line: short, no full stop, not a note or a dash line."""
    t = b.text
    return (
        b.kind in ("para", "crosshead")
        and 4 <= len(t) <= MAX_TITLE
        and "。" not in t
        and not t.endswith(("；", "，", "：", "、"))
        and not t.startswith(("（", "(", "——", "【"))
        and not _SIGN.match(t)
    )


def _sign(b: Block, after: bool = False) -> bool:
    return b.kind == "para" and len(b.text) <= MAX_SIGN and bool((_SIGN_AFTER if after else _SIGN).match(b.text))


def _heads(blocks: list[Block]) -> list[tuple[int, int | None, int]]:
    """(title, kicker or None, writer) of every piece signed under its title."""
    out = []
    for t in range(len(blocks) - 2):
        if _title_like(blocks[t]) and _sign(blocks[t + 1]) and blocks[t + 2].kind in ("para", "crosshead"):
            k = t - 1
            kicker = k if k >= 0 and _title_like(blocks[k]) and (k == 0 or not _title_like(blocks[k - 1])) else None
            out.append((t, kicker, t + 1))
    return out


def _piece(story: Story, title: str, kicker: str | None, byline: str | None, blocks: list[Block], printed: bool) -> Story:
    return dataclasses.replace(
        story, title=title, kicker=kicker, subtitle=None, label=None, byline=byline, blocks=tuple(blocks),
        group=story.title, group_printed=printed,
    )


def split_group(story: Story) -> list[Story]:
    """The story's pieces as stories of their own (see the module docstring), or [story]."""
    blocks = list(story.blocks)
    heads = _heads(blocks)
    if len(heads) >= MIN_PIECES:
        first = heads[0][1] if heads[0][1] is not None else heads[0][0]
        intro = blocks[:first]
        has_note = any(b.kind == "para" for b in intro)
        out: list[Story] = []
        if has_note:
            out.append(dataclasses.replace(story, blocks=tuple(intro)))
        for n, (t, k, w) in enumerate(heads):
            end = (heads[n + 1][1] if heads[n + 1][1] is not None else heads[n + 1][0]) if n + 1 < len(heads) else len(blocks)
            body = blocks[w + 1 : end]
            if n == 0 and not has_note:
                body = [*intro, *body]  # captions printed under the group title go with the first piece
            if not any(b.kind == "para" for b in body):
                return [story]
            out.append(_piece(story, blocks[t].text, blocks[k].text if k is not None else None, blocks[w].text, body, n == 0 and not has_note))
        return out
    # Signed at the end: title / body / "山西临汾市  张奇平" / next title / …
    signs = [i for i, b in enumerate(blocks) if _sign(b, after=True) and (i + 1 == len(blocks) or _title_like(blocks[i + 1]))]
    if len(signs) >= MIN_PIECES and blocks and _title_like(blocks[0]) and signs[-1] == len(blocks) - 1:
        out, start = [], 0
        for n, s in enumerate(signs):
            body = blocks[start + 1 : s]
            if not any(b.kind == "para" for b in body) or any(_sign(b) for b in body):
                return [story]
            out.append(_piece(story, blocks[start].text, None, None, [*body, Block("signature", blocks[s].text)], n == 0))
            start = s + 1
        return out
    return [story]
