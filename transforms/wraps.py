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

Read apart, a wrap is mistaken before any stack is weighed: the walker cuts the page's heading
runs and takes a 副题's second line for text, or a kicker's first half for the story above it.
So ``rejoin_wrapped`` joins the lines of each wrapped field on the whole page, before it is walked.
It uses the signs that a field is not finished: a dashed 副题 goes on under its dash
(``rest_of_subtitle``); a kicker ends on the dash or colon that introduces its title
(``rest_of_kicker``); a title ends on its column tag (``rest_of_title``); the text under the heading
prints the words on either side of the break in one run (``read_through``); and a couplet title's
two phrases are stacked in a box of their own (``stacked_couplet``).
Pure functions over ``Unit`` lines; no I/O.
"""

from __future__ import annotations

import re

from transforms import bylines as B
from transforms.decode import cjk_count
from transforms.headings import COLUMN_TAG, MAX_COUPLET_PHRASE, MAX_HEADLINE, couplet, has_column_tag, names_piece, opens_naming_piece
from transforms.lines import CLAUSE_MARK, FINAL, Unit
from transforms.roles import opens_with_figures
from transforms.sentences import LOW_END, LOW_START, PROVINCES, SALUTATION, end_rate, open_quote, start_rate

__all__ = ["between_words", "closes_above", "goes_on", "join_wrapped", "rejoin_wrapped", "wrapped"]

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
# How a kicker introduces its title, ending its last line: "某某村——", "法官提醒：".
_INTRO = ("——", "：", ":")
# An editor's note signed under its text ("——编  者"): no dashed 副题.
_EDITORS = re.compile(r"^——\s*编\s*者$")
# A sentence's end: a heading line never stops a sentence inside it.
_STOPS = frozenset("。！？!?；;")
_SENTENCE_END = re.compile(r"[。！？!?]")
# What no heading field's line opens with: a 副题's dash, a bracketed note, a box's mark ("■记者手记").
_NO_FIELD_OPENING = ("—", "（", "(", "【", "■", "□")
# The seam of a cut phrase: the last and first ideographs of the two lines read as one run in
# the story's text ("境保护" + "督察组"), looked for in the lines under the heading (a lead, cut or
# not, and its next paragraphs: the lines that restate a heading's words).
_SEAM = 3
_READ_REACH = 8
# Quotation and book-title marks: a couplet's phrases are plain.
_MARKED = re.compile(r"[“”《》「」]")
# A comma in a line under a 副题 is the text's, cut at the column ("社区食堂开在园区门口，工人们下
# 了班"); a 副题's own pauses are the enumeration comma ("…激发奋斗" / "热情、汇聚磅礴力量").
_CUT_PROSE = re.compile(r"[，；,;]")
# A reporter named under a 副题 signs the piece, his names run together or not ("本报记者某某某某").
_REPORTER = re.compile(r"记者|通讯员")
# A date alone on its line ("4月12日", "2025年4月12日") opens a notice's text, no heading's words.
_DATE_LINE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日")
# A page with fewer than one block per 4 lines prints no blank lines between its paragraphs.
_LINES_PER_BLOCK = 4
# A wrapped kicker's lines fill its box: no narrower box wraps a heading (the narrowest hold 10; a
# balanced break leaves 6 or more), and the lines of a balanced break are less than a word (3
# ideographs) apart.
_FULL_LINE = 6
_WORD = 3
# A kicker naming the place of the piece ends on the place's level ("某某市某某区某某街道" / "小巷里
# 的大变化（民生一线）"): a whole field, however short the tagged title under it.
_PLACE_ENDS = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "村", "街道", "社区")
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


def _joined(first: Unit, second: Unit, *, spaced: bool = False) -> Unit:
    """One line of the two: a space between spaced phrases ("扫黑除恶 全民参与" + "重要线索 予以奖励")
    and between a couplet's halves (``spaced``), none inside a phrase ("市人大常委会对" + "《某某方案》
    落实情况…")."""
    a, b = first.text.rstrip(), second.text.lstrip()
    sep = " " if spaced or " " in a.strip() or " " in b.strip() else ""
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


def wrapped(first: str, last: str, line: str, below: str = "", *, marked: bool = False, boxed: bool = False) -> bool:
    """``line`` goes on the heading field printed so far as ``first`` (its last printed line ``last``):
    the field's form shows it is not finished (``goes_on``, ``rest_of_subtitle``, ``rest_of_kicker``,
    ``rest_of_title``), or the text printed ``below`` reads on across the break (``read_through``).
    ``marked``: the exporter marks ``first`` as a title ("### 某某这样选"), no kicker's half.
    ``boxed``: the page prints blank lines between its paragraphs, so the two lines' one block is a
    box of their own; on a page printed without them (``rest_of_subtitle``, ``rest_of_kicker``)
    the lines must also balance."""
    a, b = first.strip(), line.strip()
    if not a or not b or a[-1] in _STOPS or b[-1] == "。" or _signs(last.strip()):
        return False  # "…取得实效。", "本报北京1月1日讯记者李": a sentence or a lead goes on in no heading
    if B.is_byline(b) or B.LEAD.match(b) or SALUTATION.match(b) or B.is_credit(b):
        return False  # "本报讯（记者 罗盘）（附图片1张）", "陈耀朋友：", "资料照片": what stands under a heading
    if rest_of_subtitle(a, b, boxed) or (rest_of_kicker(last.strip(), b, boxed) and not marked) or rest_of_title(last.strip(), b):
        return True
    if COLUMN_TAG.fullmatch(b):
        # "未经同意，经营者处理个人信息违法" / "（新闻看法）": a tag closes its title, commas or not;
        # under a bracketed note ("（作者为…）" / "（本文由…组稿）") it is another note.
        return not a.startswith(_NO_FIELD_OPENING) and cjk_count(a) <= _BOX_LINE and closes_above(a, b)  # "未经同意，经营者处理个人信息违法" / "（新闻看法）": commas or not
    return (cjk_count(a) <= _BOX_LINE and cjk_count(b) <= _BOX_LINE and goes_on(a, b)) or read_through(last.strip(), b, below)


def stacked_couplet(first: str, line: str) -> bool:
    """``first`` and ``line`` are the two parallel phrases of one title, broken at the space between
    them ("铭记二战历史" / "传承深厚友谊", "抓实党支部质量提升" / "打造坚强战斗堡垒"): phrases of one
    length with no clause mark (``headings.couplet``), each a plain line of a box.  A kicker states
    its news in a form of its own, never the title's twin; one introducing its title ends on the
    dash ("某某战地记者某某——" / "烽火玫瑰写传奇"), one naming a book or a saying quotes it
    ("重温《某某》里的故事" / "红色基因代代传"), and a 副题 names the piece ("访某某")."""
    return (
        _box_line(first) and _box_line(line) and not CLAUSE_MARK.search(first + line) and not _MARKED.search(first + line)
        and not (first.endswith(_INTRO) or line.endswith(_INTRO)) and not names_piece(line) and not opens_naming_piece(line)
        and max(cjk_count(first), cjk_count(line)) <= MAX_COUPLET_PHRASE and couplet(f"{first} {line}")
    )


def read_through(last: str, line: str, below: str) -> bool:
    """The heading line ``last`` and the line under it are one phrase cut by the box: the story's
    text under them prints the words on either side of the cut in one run ("中央第一生态环境保护" /
    "督察组向某市转交第八批信访件" over "本报讯…中央第一生态环境保护督察组将…", "我市召开产业工人" /
    "队伍建设改革推进会" over "…新时期产业工人队伍建设…").  A kicker and its title are two
    statements, their seam never printed as one run: on the development and fit pages (35,000
    pairs of lines in one block) no such pair reads through, against 1 in 4 of the wrapped fields
    the form rules leave.  Both lines are plain heading lines of one box: no name, no spaced
    phrases (a couplet's halves each stand), no sentence, no dash."""
    if not _box_line(last) or not _box_line(line):
        return False
    return last[-_SEAM:] + line[:_SEAM] in below


def _box_line(line: str) -> bool:
    """A plain line of a heading box: a phrase of 4 to ``_BOX_LINE`` ideographs, no space, dash,
    sentence or name."""
    return (
        _MIN_PIECE <= cjk_count(line) <= _BOX_LINE and " " not in line and not line.startswith(("—", "-"))
        and not _SENTENCE_END.search(line) and not _signs(line)
    )


def rest_of_subtitle(first: str, line: str, boxed: bool = False) -> bool:
    """``line`` is the rest of the dashed 副题 ``first`` ("——“打火机之乡”" / "湖南邵东一线观察"): a
    副题 is the heading's last field, so the line under its dash is more of it, unless it is no
    heading's: a name ("——强党性转作风①" / "李洪兴"), a byline, run together or not ("新华社记者某某
    本报记者某某"), a date opening the text ("4月12日"), a sentence ("——人民网网友" / "电商冲击下，
    有人说“实体店不行了”。"), the next piece's kicker ("——编  者" / "谈海外市场——") or title,
    longer than the line over it by more than a word, as the rest of a wrapped line never is
    ("——百名书记谈党支部建设" / "辽源市新型冠状病毒肺炎疫情情况通报" on a page printed without
    blank lines)."""
    return (
        first.startswith("——") and not _EDITORS.match(first) and not line.startswith(("—", "-"))
        and not line.endswith(_INTRO) and not _SENTENCE_END.search(line) and cjk_count(line) >= 2
        and not _signs(line) and not _REPORTER.search(line) and not _DATE_LINE.fullmatch(line)
        and not _CUT_PROSE.search(line) and (boxed or cjk_count(line) <= cjk_count(first) + _WORD)
    )


def rest_of_kicker(first: str, line: str, boxed: bool = False) -> bool:
    """``line`` ends the kicker ``first`` began ("赴缅甸作战的中国" / "远征军将领戴安澜——" / title): a
    kicker that introduces its title ends on the dash or colon, so a line over that end with no
    clause, quotation or bracket left open and no name is its first half when it is a full line of
    the box, at least ``_FULL_LINE`` ideographs, and the two balance (a designer breaks a kicker
    into lines of one length: their lengths less than a word apart).  A lead's first half cut over
    a kicker ("阳光穿过云层洒落" / "某某高铁项目团队突破组合拱桥设计施工难点——", "男女武将相继披
    挂" / "某地皮影戏：", "“毕大爷，今天给您" / "某地福利院——"), a label ("开栏的话", "回信"), a
    credit or a note over a kicker is none."""
    return (
        line.endswith(_INTRO) and not first.endswith(_INTRO) and not first.startswith(_NO_FIELD_OPENING)
        and not CLAUSE_MARK.search(first) and not _signs(first)
        and cjk_count(first) <= _BOX_LINE and cjk_count(line) <= _BOX_LINE + 2
        and (boxed or (cjk_count(first) >= _FULL_LINE and abs(cjk_count(line) - cjk_count(first)) < _WORD))
    )


def rest_of_title(first: str, line: str) -> bool:
    """``line`` ends the title ``first`` began, closed by its column tag ("出口转内销要有" / "“增量
    思维”（纵横）"): the tag closes the title, and the title's two lines stay within one box, the
    rest no longer than the first line.  A kicker over a tagged title is a statement of its own,
    the two longer together than one title ("西部边远地区寄递服务网络越织越密" / "包邮区有了新定义
    （大数据观察）": 24 ideographs; a wrapped title's lines on the dev pages hold at most 18), and so
    is a place ("某某市某某区某某街道"); a writer's name under a title is no part of it ("营老爷的意趣"
    / "陈平原（北京大学教授）")."""
    tag = COLUMN_TAG.search(line)
    rest = line[: tag.start()] if tag else ""
    return (
        bool(rest) and not line.startswith(_NO_FIELD_OPENING) and not has_column_tag(first) and not _named(line)
        and not first.endswith(_PLACE_ENDS) and " " not in first and not first.endswith(_INTRO) and not open_quote(first)
        and not first.startswith(_NO_FIELD_OPENING) and not CLAUSE_MARK.search(first[:-1]) and not _signs(first)
        and cjk_count(rest) <= cjk_count(first) and cjk_count(first) + cjk_count(rest) <= _BOX_LINE
    )


def _signs(line: str) -> bool:
    """A line of names, a byline, a lead, a credit or a writer's place and name ("浙江某某市 杨某某"
    closing a reader's letter): who wrote or shot a piece, no heading's words."""
    return (
        B.is_byline(line) or bool(B.LEAD.match(line) or B.PLACE_NAME.match(line)) or B.spaced_name(line)
        or B.names_only(line) or B.is_credit(line)
    )


def _named(line: str) -> bool:
    """A writer's name with the post in brackets ("陈平原（北京大学教授）"), no title's rest ("认真
    （思想纵横）"): it opens on a surname."""
    return B.names_only(line) and line[:1] in B.SURNAMES


def rejoin_wrapped(units: list[Unit]) -> list[Unit]:
    """The page's lines with each heading wrapped in its box read as one line (``wrapped``), before
    the page is walked: read apart, a wrapped title's halves are taken for kicker and title, and
    its 副题's for 副题 and a line of text.  Lines of one box share one block; a line the exporter
    marks as a heading ("## 某某") opens a field of its own."""
    out: list[Unit] = []
    last = ""
    prose = {u.block for u in units if u.text.rstrip()[-1:] in _STOPS}
    # A page printing blank lines between paragraphs has a block for every few lines.
    boxed = len({u.block for u in units}) * _LINES_PER_BLOCK > len(units)
    for i, u in enumerate(units):
        # (the text under a line is read only for a line short enough to be a box's)
        below = "".join(x.text for x in units[i + 1 : i + 1 + _READ_REACH]) if cjk_count(u.text) <= _BOX_LINE else ""
        if not out or u.block != out[-1].block or u.marked:
            out.append(u)
        elif wrapped(out[-1].text, last, u.text, below, marked=out[-1].marked, boxed=boxed):
            out[-1] = _joined(out[-1], u)
        elif out[-1].text == last and u.block not in prose and stacked_couplet(last.strip(), u.text.strip()):
            # Two printed lines, in a block with no sentence of text: a heading box, not a story's
            # pair of crossheads ("树木倾倒砸坏邻家房" / "所有人需承担侵权责任" amid its cases).
            out[-1] = _joined(out[-1], u, spaced=True)
        else:
            out.append(u)
        last = u.text
    return out
