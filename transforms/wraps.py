"""A heading printed over two lines of its box, read as one line again.

A heading set in large type over a narrow box wraps: "我市农民合作社与家庭农场同步发展" comes out of
the extractor as "我市农民合作社与" / "家庭农场同步发展", and read as two lines the first becomes a
kicker or the title and the second the title or a 副题: every field of the heading is wrong.

The lines of a heading stack (``segment``'s heading block) are read here for the one sign a reader
uses: a heading line that stops where no heading ends goes on in the line under it.  Counted on the
gold headings of the 人民日报 development and fit pages, the bundled samples and the 2001 text (2180
places where a designer may break a field, against the ends and starts of 757 whole fields): a
field never stops on the enumeration comma ("抓好春耕备耕、": 30 breaks, no field) or on a word that needs
what follows ("绿色发展的" / "新路子": 55 breaks, one field, "爱国主义是具体的实践的"; "和", "与", "是",
"到", "向", "以", "将" and their kind: 74 breaks, no field), never opens on "的" (53 breaks, no field),
never leaves a book title or a bracket for another line to close ("市人大常委会对《某某水库" / "…方案》
落实情况开展专题调研") and never has its column tag alone under it ("为养老护理人才开拓更广天地" /
"（快评）", 151 breaks: a tag closes its title's line and heads nothing).  A break between two
whole words shows it when the first line ends on a word that seldom closes a clause and the second
opens on a character that seldom opens one, both short enough to be lines of a narrow box
("辽源市公开省级" / "生态环境督察整改方案", ``between_words``); one between two words that each may
end and open a phrase ("我市召开产业工人" / "队伍建设改革推进会") is left to the stack's rules.
Pure functions over ``Unit`` lines; no I/O.
"""

from __future__ import annotations

import re

from transforms import bylines as B
from transforms.headings import COLUMN_TAG, MAX_HEADLINE, names_piece, opens_naming_piece
from transforms.lines import CLAUSE_MARK, FINAL, Unit
from transforms.roles import opens_with_figures
from transforms.sentences import LOW_END, LOW_START, PROVINCES, end_rate, start_rate

__all__ = ["between_words", "closes_above", "goes_on", "join_wrapped"]

# Characters no heading field ends on: the enumeration comma, and words that need their object or
# the rest of their phrase (prepositions, conjunctions, the possessive 的, the copula).  "在" and
# "为" end fields ("科研无处不在", "振奋精神有所作为") and are left out; so is the comma, which ends
# a kicker that states the title's cause ("为了一村人的饮水安全，" / "他在山里守了二十年").
_OPEN_ENDS = frozenset("、的和与及把被将对向从以给跟是到")
# Characters no heading field opens on: the possessive 的 ("的"-phrase printed under its head).
_TIED_STARTS = frozenset("的")
# Opening and closing marks a heading line may leave open: book title, bracket.
_PAIRS = (("《", "》"), ("（", "）"), ("(", ")"))
# A heading broken between two whole words ("辽源市公开省级" / "生态环境督察整改方案"): the first
# line ends on a word that seldom closes a clause (below ``sentences.LOW_END``: "省级" 0.015), the
# second opens on a character that seldom opens one (below twice ``LOW_START``: "生" 0.052, "世" of
# "国际商会三十二届" / "世界大会在沪举行" 0.089).  Counted on the gold fields of the 人民日报 dev/fit
# pages, the samples and the 2001 text broken where a designer may break them: 130 of 1441 breaks
# (``goes_on`` 215 -> 299), none of 1058 real kicker/title and title/副题 pairs.
_RARE_OPEN = 2 * LOW_START
# A wrapped line is a line of a narrow heading box (the boxes that wrap hold 10 to 16 characters, 18
# with figures and brackets set narrower): a longer line under is a 副题 of its own ("筑牢中国式现代化
# 家庭根基" / "习近平总书记在…座谈会上的重要讲话指明方向、凝聚力量"); a line of fewer than 4 is no piece
# of a wrapped phrase but a column's name ("纵横" / "文物讲解岂容“戏说”"; a lead's first half "这场关税
# 战是美方" / "心声" / title).
_BOX_LINE = 18
_MIN_PIECE = 4
# A line opening on a province's name opens a phrase of its own, whatever its first character's
# rate ("上" 0.06 goes on 以上, 线上): "铭记世界反法西斯战场上的中国人" / "上海市某区推动…纪实".
_PROVINCE_NAMES = tuple(PROVINCES)
# A bracketed date under a speech's title is its own line ("（二〇〇〇年十二月三十一日）"), no tag.
_DATED = re.compile(r"[\d〇○零一二三四五六七八九十]年|[\d一二三四五六七八九十]月|\d")


def goes_on(first: str, second: str) -> bool:
    """The heading line ``first`` stops inside its phrase and ``second`` is the rest of it: ``first``
    ends on a pause or a word that needs what follows, or ``second`` opens on a word tied to what
    precedes it, or closes ``first`` (``closes_above``)."""
    a, b = first.strip(), second.strip()
    if not a or not b or b.startswith(("—", "-")):
        return False  # "——某地一线观察": a dashed 副题 is a field of its own
    if CLAUSE_MARK.search(a[:-1]) or a.count("“") > a.count("”"):
        # A lead's first half printed over the heading stops mid-sentence too, after its clauses or
        # inside its quotation ("看着灶台上两簇跳动的淡蓝色火焰，82岁的", "“国际科技创新中心是粤港澳
        # 大湾" / title): a heading's piece is one phrase, no quotation left open.
        return False
    if " " not in a and " " not in b and (a[-1] in _OPEN_ENDS or b[0] in _TIED_STARTS or between_words(a, b)):
        return True  # a heading set in spaced phrases breaks at a space: "爱国主义是具体的实践的" / "青年学生 汪玮"
    return closes_above(a, b)


def between_words(first: str, second: str) -> bool:
    """The heading line ``first`` is cut between two words of one phrase and ``second`` is its
    rest ("辽源市公开省级" / "生态环境督察整改方案", "广东区域协作消费帮扶" / "产品交易中心开业"):
    ``first`` ends on a word that seldom closes a clause, ``second`` opens on a character that
    seldom opens one, both are lines of a narrow box, and ``second`` has no clause of its own, does
    not name its piece or open on its figures as a 副题 does ("访某协会会长某某", "到2027年…") and
    does not open on a place."""
    end, start = end_rate(first), start_rate(second[:1])
    if end is None or end >= LOW_END or start is None or start >= _RARE_OPEN:
        return False
    if min(len(first), len(second)) < _MIN_PIECE or len(second) > _BOX_LINE or CLAUSE_MARK.search(second):
        return False
    return not (
        names_piece(second) or opens_naming_piece(second) or opens_with_figures(second)
        or second.startswith(_PROVINCE_NAMES)
    )


def closes_above(first: str, second: str) -> bool:
    """``second`` is the bracketed end of the heading line ``first``: it closes a mark ``first`` left
    open ("市人大常委会对《某某水库" / "…方案》落实情况开展专题调研"; a lead's first half "《中共中央 国务"
    over "让更多乡村老年人老有所学（余音）" closes nothing there), or it is a column tag alone
    ("为养老护理人才开拓更广天地" / "（快评）": a tag closes its title's line and heads nothing); a
    reporter's line in brackets signs ("（本报记者 王珂）"), a dated one is a speech's 副题."""
    a, b = first.strip(), second.strip()
    if len(b) > MAX_HEADLINE or b[-1] in FINAL:
        return False  # "…的解释》（以" / "下简称《解释》），依法从严惩处…。": prose cut at the column
    if any(a.count(o) > a.count(c) and b.count(c) > b.count(o) for o, c in _PAIRS):
        return True
    return bool(COLUMN_TAG.fullmatch(b)) and not _DATED.search(b) and not _note(b)


def _note(line: str) -> bool:
    """A bracketed line that signs or sources a piece: "（本报记者 王珂）", "（马雪琪参与采写）",
    "（摘编自《某某日报》）"; a column's name ("（记者手记）", "（评论员观察）") is none."""
    return B.is_byline(line[1:-1]) or bool(B.HELPER_NOTE.match(line) or B.REPRINT_NOTE.match(line))


def _joined(first: Unit, second: Unit) -> Unit:
    """One line of the two: a space between spaced phrases ("扫黑除恶 全民参与" + "重要线索 予以奖励"),
    none inside a phrase ("市人大常委会对" + "《某某方案》落实情况…")."""
    a, b = first.text.rstrip(), second.text.lstrip()
    sep = " " if " " in a.strip() or " " in b.strip() else ""
    return Unit(f"{a}{sep}{b}", first.block, first.marked or second.marked)


def join_wrapped(units: list[Unit]) -> list[Unit]:
    """The lines of a heading stack with each heading wrapped over two lines (``goes_on``) read as
    one.  The two lines of a wrap are one box, printed in one block: a line standing in a block of
    its own over the heading is no piece of it (a lead's first half, "发展新质生产力是" / blank line /
    title); a line the exporter marks as a heading ("## 某某") is never the second line of another."""
    out: list[Unit] = []
    for u in units:
        if out and u.block == out[-1].block and not u.marked and goes_on(out[-1].text, u.text):
            out[-1] = _joined(out[-1], u)
        else:
            out.append(u)
    return out
