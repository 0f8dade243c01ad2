"""Where a group of copies keeps its text: the place of the paragraph the extraction printed more
than once (``repair`` finds the groups; this decides which copy's place is the paragraph's own).

The usual place is the group's first copy, unless that copy is only a piece of a later one (a
fragment stranded in another article).  Then, in turn: a copy whose neighbours are clearly more
about the same thing wins (a copy inside another article has that article's lines around it); a
lead printed twice stands under its heading ("本报讯9月3日，…" over "某某县部署秋收工作" and again under
it); a paragraph cut in two by a heading block and printed whole too stands where its second half
does, under the heading.  A run of copies around a stranded piece moves with it.
"""

from __future__ import annotations

from transforms import bylines as B
from transforms.copies import copy_key
from transforms.headblock import HEADING_LINES, heading_between, under_heading, under_title
from transforms.lines import Unit
from transforms.quotes import quoted_inside
from transforms.topic import Topics, bigrams

__all__ = ["keeper_of", "place_groups"]

# A copy away from the usual place wins when its neighbours are clearly more about the same
# thing: a weighted share of its character pairs this many times higher (and a bit more).
_CONTEXT_RATIO = 1.5
_CONTEXT_MARGIN = 0.05


def place_groups(
    units: list[Unit],
    keys: list[str],
    groups: dict[int, list[int]],
    root_of: dict[int, int],
    piece_of: dict[int, int],
    stay: frozenset[int],
) -> dict[int, int]:
    """The place of each group of two or more copies: group root -> the position where its keeper's
    text stands.

    ``root_of``: every grouped line -> its group's root; ``piece_of``: a line -> a longer line that
    holds it word for word; ``stay``: roots that keep their usual place whatever their neighbours
    (twins printed word for word close by, decks of pull quotes).  ``groups`` may gain a member:
    the first half of a paragraph cut by a heading, too short to be compared, is a copy too."""
    root_place: dict[int, int] = {}
    for root, members in groups.items():
        if len(members) < 2:
            continue
        keeper = keeper_of(root, groups, keys)
        first = members[0]
        at = keeper if first != keeper and first in piece_of else first
        root_place[root] = at
    if root_place:
        _place_by_context(units, groups, root_place, keys, stay)
        _leads_under_their_heading(units, groups, root_place, keys)
        _cut_by_a_heading(units, groups, root_place, keys)
    _move_stranded_blocks(units, groups, root_of, root_place)
    return root_place


def _move_stranded_blocks(units: list[Unit], groups: dict[int, list[int]], root_of: dict[int, int], root_place: dict[int, int]) -> None:
    """A stranded block: the copies right after a stranded piece follow it to the later place, and
    so do those right before it.

    A passage printed again elsewhere ("政策支持不是“大水漫灌”，“有形之手”贵在精准" / "发力。既要…优化
    消费环境" over another story's heading, the body printing "…贵在精准" / "发力。既要…环境。比如，…"):
    the second line's copy is a piece of the body's, which stays there; the first line, printed
    word for word both times, goes with it, not with the piece."""
    for root, at in sorted(root_place.items(), key=lambda kv: kv[1]):
        members = groups[root]
        if at == members[0]:
            continue
        for step in (1, -1):
            for offset in range(step, step * len(units), step):
                i, k = members[0] + offset, at + offset
                if not (0 <= i < len(units) and 0 <= k < len(units)) or i not in root_of:
                    break
                r = root_of[i]
                # A line in no group is its own root.
                if r not in root_place or r != root_of.get(k, k) or root_place[r] != i:
                    break
                root_place[r] = k


def _place_by_context(
    units: list[Unit], groups: dict[int, list[int]], root_place: dict[int, int], keys: list[str], stay: frozenset[int]
) -> None:
    """Among a group's copies, stand where the neighbours are about the same topic.

    A copy printed inside another article has that article's paragraphs around it; the copy in
    its own article has its own.  Neighbours are the nearest lines before and after that are
    not copies of the same paragraph.  The usual place (first occurrence) stays unless another
    copy's neighbours are clearly closer in topic; on a tie the usual place wins.  Groups in
    ``stay`` (roots) keep their usual place.
    """
    # Only the keepers' pairs are ever weighed here (a score's weights are those of its first
    # argument's pairs), so only their document frequencies are counted.
    keepers = {root: keeper_of(root, groups, keys) for root in root_place}
    topics = Topics((u.text for u in units), only=frozenset().union(*(bigrams(units[k].text) for k in keepers.values())))
    member_of = {m: r for r in root_place for m in groups[r]}

    # Beside another copy, a neighbour that is itself a piece of the paragraph (a second pull quote
    # over the title, kept there as a heading might quote its story) is no sign that the paragraph
    # belongs there; beside the usual place it is the paragraph's own text and counts.
    def neighbour(i: int, step: int, root: int) -> frozenset[int]:
        j = i + step
        while 0 <= j < len(units) and (
            member_of.get(j) == root or (i != root_place[root] and keys[j] in keys[keepers[root]])
        ):
            j += step
        return bigrams(units[j].text) if 0 <= j < len(units) else frozenset()

    for root, at in list(root_place.items()):
        if root in stay or under_heading(units, at):
            continue  # the story's first paragraph: one neighbour is its heading block, not its text
        pairs = bigrams(units[keepers[root]].text)
        # A copy right over a photo's credit stands in the photo's caption block ("姜利红（右）和村里老人
        # 在一起。" / copy / "以上图片均为姜健摄"), where the caption's words make it look at home; the
        # story's text is never printed between a caption and its credit.
        whole = keys[keepers[root]]
        places = [
            m
            for m in groups[root]
            if m == at or not ((m + 1 < len(units) and B.is_credit(units[m + 1].text)) or _pull_quote_of(keys, m, whole))
        ]
        scores = {m: topics.score(pairs, neighbour(m, -1, root) | neighbour(m, 1, root)) for m in places}
        best = max(places, key=lambda m: (scores[m], -m))
        if best != at and scores[best] >= _CONTEXT_RATIO * scores[at] + _CONTEXT_MARGIN:
            root_place[root] = best


def _leads_under_their_heading(units: list[Unit], groups: dict[int, list[int]], root_place: dict[int, int], keys: list[str]) -> None:
    """A lead printed twice stands under its heading.

    A lead ("本报讯（记者 张三）9月3日，…", "新华社北京3月5日电…") opens its story under the
    headline; the extraction may print it above the heading block as well ("本报讯9月3日，某某…" /
    "某某县部署秋收工作" / "本报讯9月3日，某某…"), and the first copy is then the stray one.  Of a
    lead's copies, the first whole one that stands right under a heading line keeps its place (a
    piece there is the rest of the lead cut by the heading block: "本报讯（记者 张三）如何让" /
    heading / "企业获得…", the lead printed whole further on, is joined across the heading)."""
    for root, at in root_place.items():
        keeper = keeper_of(root, groups, keys)
        if under_title(units, at) or not B.LEAD.match(units[keeper].text):
            continue
        under = [m for m in groups[root] if under_title(units, m) and keys[m] == keys[keeper]]
        if under:
            root_place[root] = under[0]


# The extraction prints a paragraph again right after it or a few lines further on (units).
_REPRINT_REACH = 6


def _cut_by_a_heading(units: list[Unit], groups: dict[int, list[int]], root_place: dict[int, int], keys: list[str]) -> None:
    """A paragraph printed in two pieces around a heading block and once more whole stands where its
    second piece does, under the heading.

    A heading block printed mid-sentence leaves the sentence's first half above it and the rest
    under it ("德国法西斯和日本军国主义发动的第二次世界大战是人类" / heading / byline / "历史上前所未有的
    浩劫。…"); the whole copy printed near them is the extraction's.  The story's text goes on under
    the heading, so the whole paragraph is read there, not above the heading in the story before."""
    for root in root_place:
        members = groups[root]
        keeper = keeper_of(root, groups, keys)
        whole = keys[keeper]
        heads = [m for m in members if keys[m] != whole and whole.startswith(keys[m])]
        for m in members:
            # A title of two phrases ("强化监管，推动网络直播行业行稳致远（专家观点）") reads as prose
            # too: taken for the block that cut the sentence when the whole copy is the extraction's
            # reprint, a few lines on, not a paragraph far away that a deck around the heading quotes.
            comma_title = abs(keeper - m) <= _REPRINT_REACH
            if keys[m] != whole and whole.endswith(keys[m]) and any(heading_between(units, h, m, comma_title=comma_title) for h in heads):
                root_place[root] = m
                break
            if keys[m] != whole and whole.endswith(keys[m]) and (h := _first_half_above(units, m, whole)) is not None:
                root_place[root] = m
                members.append(h)  # too short to be compared, it is a copy all the same
                members.sort()
                break


def _first_half_above(units: list[Unit], second: int, whole: str) -> int | None:
    """The line over the heading block above units[second] that is the first half of ``whole``, too
    short to be compared as a copy ("本报讯(记者 赵" / heading / "帅杰)10年前，…" of "本报讯（记者 赵帅杰）
    10年前，…"); None if there is none."""
    half = whole[: len(whole) - len(copy_key(units[second].text))]
    return next(
        (h for h in range(max(0, second - HEADING_LINES), second - 1) if copy_key(units[h].text) == half and heading_between(units, h, second)),
        None,
    )


def keeper_of(root: int, groups: dict[int, list[int]], keys: list[str]) -> int:
    """The group's most complete copy: its longest key, the first of equals."""
    return max(groups[root], key=lambda m: (len(keys[m]), -m))


# How much of a neighbouring line is compared with where the paragraph goes on around a piece of it.
_RUN_ON = 4


def _pull_quote_of(keys: list[str], m: int, whole: str) -> bool:
    """keys[m] is a passage ``whole`` prints inside, neither at its start nor at its end, and neither
    line beside it goes on with the paragraph: a pull quote set apart over the lead ("加快打通…更畅通"
    under the byline, the body "…做法，加快打通…更畅通。企业反映…"), not a piece a column break cut off
    it ("■ 要加强…主动作" / "为，树立…": the lines go on from one another), so no place for the paragraph."""
    if not quoted_inside(keys[m], whole):
        return False
    at = whole.find(keys[m])
    came_from, went_on = whole[:at], whole[at + len(keys[m]) :]
    runs_on = m + 1 < len(keys) and bool(keys[m + 1]) and went_on.startswith(keys[m + 1][:_RUN_ON])
    runs_in = m > 0 and bool(keys[m - 1]) and came_from.endswith(keys[m - 1][-_RUN_ON:])
    return not (runs_on or runs_in)
