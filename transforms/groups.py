"""Pieces printed under one group title: the title is the kicker of each piece.

A paper groups short signed pieces under one title and prints that title once, over the first
piece::

    纵横                                  group title (a standing column, or a package's title)
    某地小吃何以走红                      piece title
    张三                                  its writer
    ……
    小菜园里的大学问                      next piece: its own title and writer, no kicker
    李四
    ……

or over the editors' note that opens the package ("某某值得奔赴" / "前不久，我们向…征稿。" /
"——编  者" / pieces).  Every piece is an article, and what the group title says (the column,
the package) is said of each of them, so each piece takes it as its kicker, not the first alone.

The pieces of a group are printed alike: a plain title (a column tag closes a story's own title,
"某某说（人民时评）", never a piece's) over a writer of the same kind as the piece before (a
writer's line, "张三", "某某大学教授  李四", "浙江某市  王五", a reporter's byline, "本报记者
赵六", or a dispatch's dateline, "本报某地3月8日电").  The group ends at the first story printed
otherwise: a kicker of its own, a column tag, another kind of signature, or none at all; or with
the package's credit line under its last piece ("本期统筹：张三 李四").  Only a name can be a
group's title (a column's, "纵横", or a package's, with its column tag or in parallel phrases),
and only a piece signed by a writer or an editors' note opens a group: a statement over a
reporter's story ("某县推出新举措——") or over a guest piece is that story's own kicker.  A piece
given the title is marked (``kicker_shared``): the title was printed once, and the issue's
accounting counts it there.
"""

from __future__ import annotations

import re

from transforms import bylines as B
from transforms.decode import cjk_count
from transforms.headings import couplet, has_column_tag
from transforms.segment import EDITORS_SIGNATURE, MAX_STANDING_LABEL, Draft

# A series' part numbered inside its column tag: "（某某视线·某某系列（中））".
_PART_IN_TAG = re.compile(r"[（(](?:[上中下]|[一二三四五六七八九十\d]{1,2})[）)](?=[）)]$)")


def _piece(d: Draft) -> bool:
    """A piece of a group: a plain title, no kicker of its own, a writer."""
    return (
        bool(d.headline) and not d.kicker and not has_column_tag(d.headline) and bool(d.byline)
        and not B.PACKAGE_CREDIT.match(d.headline)
    )


def _signed_as(byline: str) -> str:
    """How a piece is signed: by a writer ("张三", "某某大学教授  李四"), by a reporter ("本报记者
    赵六", "本报讯（记者 钱七）"), or as a dispatch from elsewhere ("本报某地3月8日电（记者 孙八）",
    "新华社某地3月8日电"): the pieces of one group are signed alike."""
    if not B.by_reporter(byline):
        return "writer"
    return "dispatch" if re.match(r"^(?:本报|新华社)[^（(]*电", byline) else "reporter"


def _closes_package(d: Draft) -> bool:
    """The package's credit line ("本期统筹：张三 李四") stands under its last piece."""
    return bool(d.paragraphs) and bool(B.PACKAGE_CREDIT.match(d.paragraphs[-1]))


def _group_title(kicker: str) -> bool:
    """A kicker that can name a group: a column's name ("纵横", "来论"), a package's title with its
    column tag ("某某树新风（某某视线·某某系列（中））") or in parallel phrases ("铭记历史  传承友谊");
    a statement or a cut sentence ("某地有一项兼具研究") is a story's own kicker."""
    return cjk_count(kicker) <= MAX_STANDING_LABEL or has_column_tag(_PART_IN_TAG.sub("", kicker)) or couplet(kicker)


def _opens_group(d: Draft) -> tuple[str, bool] | None:
    """The group title a draft carries for the pieces after it, and whether the draft is itself a
    piece: the kicker of a piece signed by a writer ("纵横" over "某地小吃何以走红" / "张三"), or the
    title of the editors' note that introduces the pieces (its last paragraph "——编  者")."""
    if d.headline and d.paragraphs and EDITORS_SIGNATURE.match(d.paragraphs[-1]):
        return d.headline, False
    if d.kicker and d.headline and d.byline and _group_title(d.kicker) and not has_column_tag(d.headline) and not B.by_reporter(d.byline):
        return d.kicker, True
    return None


def give_group_titles(drafts: list[Draft]) -> int:
    """Give each piece of a group its group title as kicker; returns how many were given."""
    given = 0
    title: str | None = None
    before: Draft | None = None  # the group's last piece (None right after an editors' note)
    for d in drafts:
        if title is not None and _piece(d) and (before is None or _signed_as(before.byline or "") == _signed_as(d.byline or "")):
            d.kicker, d.kicker_shared = title, True
            given += 1
            title, before = (None, None) if _closes_package(d) else (title, d)
            continue
        opened = _opens_group(d)
        title, before = (opened[0], d if opened[1] else None) if opened else (None, None)
    return given
