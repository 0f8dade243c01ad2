"""Does a line stand next to a heading block: right over a title, right under a title or a
byline, or above a heading block that cuts a paragraph in two.

Where a copy stands relative to a heading tells what it is: a phrase over a title quotes its
story ("积极建设平台、完善配套机制，突出企业研发主体地位" / "让技术链和应用链紧密衔接"), a paragraph
right under a byline opens its story ("延振宇" / "每一寸土都是家园，…"), and the two halves of a
sentence stand on either side of a heading printed inside it ("…第二次世界大战是人类" / heading /
byline / "历史上前所未有的浩劫。…").  A heading line is short, has no clause mark and ends no
sentence.  Read by the copy finder (``repair``), its placement (``placement``) and the quotes
(``quotes``).
"""

from __future__ import annotations

from transforms import bylines as B
from transforms.decode import cjk_count, line_memo
from transforms.headings import title_of_pair, two_phrase_title
from transforms.lines import CLAUSE_MARK, Unit, ends_sentence

__all__ = ["HEADING_LINES", "MAX_HEAD_LINE", "MAX_TITLE_CJK", "heading_between", "over_title", "under_heading", "under_title"]

# A title under a kicker that quotes the story is at most this long (ideographs, tag included).
MAX_TITLE_CJK = 40
# A heading block is at most this many lines (kicker, title, 副题, byline, a label).
HEADING_LINES = 6
# A heading block's last line (a byline, a title) is at most this long (ideographs).
MAX_HEAD_LINE = 24


def over_title(units: list[Unit], k: int) -> bool:
    """The unit after units[k] reads as a title: short, no clause mark ("让技术链和应用链紧密衔接（…）").
    A pull quote, which also quotes its story, stands between paragraphs and is a copy."""
    if k + 1 >= len(units):
        return False
    t = units[k + 1].text
    return 0 < cjk_count(t) <= MAX_TITLE_CJK and not CLAUSE_MARK.search(t)


def under_heading(units: list[Unit], i: int, longest: int = MAX_HEAD_LINE, *, titled: bool = False) -> bool:
    """units[i] stands right under a heading block's last line, a byline or a title ("延振宇" /
    "每一寸土都是家园，…"): a line of at most ``longest`` ideographs with no clause mark and no
    sentence end; ``titled``: one a headline could be, at least one ideograph and up to
    MAX_TITLE_CJK ("某某督察组向某市转交第八批信访件")."""
    if i == 0:
        return False
    above = units[i - 1].text
    if _heading_like(above, longest, titled):
        return True
    # A kicker printed on its title's line ("掘进方向…，刀盘直径…16米   跑好“人机共跑”的马拉松（评论员观察）"):
    # the title is the line a heading ends on.  Asked only of a line that fails as a whole: a line
    # that passes has a title, a part of it, that passes too.
    title = title_of_pair(above)
    return title is not None and _heading_like(title, longest, titled)


@line_memo
def _heading_like(line: str, longest: int, titled: bool) -> bool:
    """No clause mark, no sentence end, at most ``longest`` ideographs (``titled``: at least one)."""
    # The marks first: most lines are prose, whose clause mark is found within a few characters;
    # only a line without one has its ideographs counted.
    if CLAUSE_MARK.search(line) or ends_sentence(line):
        return False
    size = cjk_count(line)
    return (size > 0 or not titled) and size <= longest


def under_title(units: list[Unit], i: int) -> bool:
    """units[i] stands right under a line a headline could be (``under_heading`` with ``titled``)."""
    return under_heading(units, i, MAX_TITLE_CJK, titled=True)


def heading_between(units: list[Unit], above: int, below: int, *, comma_title: bool = False) -> bool:
    """Only a heading block stands between units[above] and units[below]: one or more lines each
    a headline or byline could be (a photo's caption or another paragraph between is no cut
    sentence's two halves); ``comma_title``: a title of two phrases and a comma too
    (``two_phrase_title``), when the caller has other evidence of a cut sentence."""
    return above + 1 < below and all(
        under_title(units, k) or (comma_title and two_phrase_title(units[k - 1].text)) for k in range(above + 2, below + 1)
    ) and not any(B.is_credit(units[k].text) for k in range(above + 1, below))

