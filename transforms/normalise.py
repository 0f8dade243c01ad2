"""Text -> normalised text: one spelling for the same thing, so later rules see one form.

Idempotent: ``normalise(normalise(x)) == normalise(x)``.  Lines stay lines; runs of blank
lines become one blank line (a paragraph boundary).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

from transforms.decode import CJK_RANGES, is_cjk, line_memo
from transforms.headings import MAX_NAKED_HEADLINE, MAX_TAGGED_PAIR, has_column_tag

# Chinese punctuation: a neighbour that makes ASCII punctuation "inside Chinese text".
_ZH_PUNCT = set("，。、；：？！…—“”‘’《》〈〉「」『』【】（）·")
_CLAUSE_PUNCT = set("，。、；：？！…")
# A question or an exclamation closes its printed line: in a heading line, a space after one is
# where two printed lines were put on one (a kicker that asks or exclaims, its title after it),
# kept for the heading split; prose prints none there.
_LINE_END_PUNCT = set("？！")
# So does a kicker that ends in its comma, its title printed after it on the line ("为了一村人的
# 饮水安全， 他在山里守了二十年"): Chinese prose prints no space after a comma, so one there, before
# an ideograph or an opening quote and after a phrase's last ideograph or closing quote, is where
# two printed lines were joined.  (Not after a colon: a field prints one before its value,
# "报名地址： 某某县文化馆", and loses it.)
_KICKER_END_PUNCT = set("，")
_PHRASE_END = set("”》）")
_TO_FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}

# "## 标题", "### 标题", "> 引文": markdown residue at the start of a line.
_MD_HEAD = re.compile(r"^\s{0,3}(?:(?:#{1,6}|>)\s+)+")
# "\_" -> "_", "\*" -> "*": markdown escapes of ASCII punctuation.
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# "<http://www.0437.com>" -> "http://www.0437.com" (markdown autolinks).
_MD_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]+|mailto:[^<>\s]+|[\w.+-]+@[\w-]+\.[\w.-]+)>")
# Spans whose ASCII punctuation must stay: URLs, e-mail addresses.
_PROTECTED = re.compile(r"(?:https?|ftp)://[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
# Any ideograph (``is_cjk``): "is this a line of Chinese text".
_HAS_CJK = re.compile(f"[{CJK_RANGES}]")
_ASCII_MARKS = re.compile(r"[,:;!?()]")
_TO_FULL_MARKS = [(c, f) for c, f in _TO_FULL.items() if c not in "()"]
_COMMA_COLON = re.compile("[,:]")
_SPACE = re.compile(" ")
# A character some step of _normalise_line_once acts on (markdown marks, any whitespace, ASCII
# punctuation, straight quotes); a line with none of them is already normal.
_DIRTY = re.compile(r'[#>\\<"\s,:;!?()]')
_BRACKET = re.compile("[（()）]")
# "２０２１" -> "2021", "ＰＭ" -> "PM": full-width digits and Latin letters, U+FF10.. -> U+0030..
_FULL_WIDTH_ALNUM = re.compile("[０-９Ａ-Ｚａ-ｚ]+")
_HALF_WIDTH = {o: o - 0xFEE0 for lo, hi in (("０", "９"), ("Ａ", "Ｚ"), ("ａ", "ｚ")) for o in range(ord(lo), ord(hi) + 1)}

# Headline phrases keep their separating spaces ("再动员 再部署 再要求"): a short line
# without a full stop.  Longer lines are prose, where a space between two ideographs is
# extraction damage ("我们 的城市" -> "我们的城市").
_SHORT_LINE = 40
# A longer line keeps them too when it has no clause mark at all: a kicker and its title printed
# on one line ("某某会议召开时强调 抓好春耕 保障供给") must stay separable, a leader's letter's
# long kicker and two-phrase title too ("某某给某校青年教师团全体成员回信强调  在乡村沃土上建功
# 立业  为…奉献才智"), and a leader's visit over a long title (43 + 37: "某某深入某河城区段检查
# 督导某某问题整改落实情况时强调 市人大常委会对《某某整改方案》落实情况开展专题调研"), up to the
# length of two heading lines on one (headings.MAX_TAGGED_PAIR); prose that long has clause marks.
_TWO_HEADING_LINES = MAX_TAGGED_PAIR
_CLAUSE_MARKS = re.compile("[，、；,;]")
# A line ending in a column tag is a title, with its kicker or subtitle printed on the same line
# perhaps, even with clause marks in it: "积极建设平台、完善配套机制，突出企业研发主体地位
# 让技术链和应用链紧密衔接（科技视点）" keeps the space that separates the two.
# … and so is a title with its dashed subtitle printed after it, even with clause marks in either:
# "民营企业勇担重任、善作善成 ——论学习贯彻某某讲话" keeps the space before the dash that the
# heading split (transforms.headings.split_heading_line) cuts at.
_SPACED_SUBTITLE = re.compile(r"[^\s—]\s——[^—\s]")
# … and so is a kicker with a clause mark printed before its title on one line, the title a
# phrase without any, or a few short ones: "宾馆客房等处不得安装面部识别装置，“强制刷脸”得到规范
# 面部信息保护有了新办法", "出席某某会议的某某代表团继续审议报告、审查某某规划（草案） 开好头 起好步
# 努力实现新发展" keep the spaces that separate kicker and title, and the title's phrases.  The
# title after a kicker is a headline's own line, as long as a naked one (MAX_NAKED_HEADLINE): a
# leader's visit reported in full ("出席某某会议的某某代表团继续审议报告、审查某某规划（草案）
# 某某县县长李六到乡镇一线督办农村污水处理设施运行和管网建设情况", 36 + 31) is printed that way as
# often as a slogan.
# … and a title of a topic and its comment, one comma between two short phrases, after such a
# kicker: "某型钻机作业深度从地表到深层、超深层，钻头直径从0.2米到超2米 钻探机，“穿地尖兵”显身手".
# A structural particle leans on the word before it and opens no phrase: a space before one is
# prose cut apart ("我们 的城市宜居宜业，…", "渠水哗哗 地流进麦田，…"), never a title's start.
_PHRASE = "[^ ，、；,;！？!?：:…]"
_STRUCTURAL_PARTICLES = "的地得"
_TOPIC_COMMENT = rf"(?![{_STRUCTURAL_PARTICLES}]){_PHRASE}{{1,12}}[，,]{_PHRASE}{{2,16}}"
_TITLE_AFTER_SPACE = re.compile(
    rf"^[^ ，、；,;！？!?]+[，、；,;][^ ]*[^，、；,;：:\s] "
    rf"(?:{_PHRASE}{{6,{MAX_NAKED_HEADLINE}}}|{_PHRASE}{{2,16}}(?: {_PHRASE}{{2,16}}){{1,3}}|{_TOPIC_COMMENT})$"
)
# … and so is a kicker that introduces its title with a dash, clause marks and all, the title
# after it a phrase or phrases without any: "记者来到某县某乡，听村民细说—— 完整准确贯彻某某方略
# 坚决保持某地大局稳定".  Prose runs on after its dash with no space ("…的生活——这正是…").
_DASH_KICKER_TITLE = re.compile(rf"^[^ ]{{2,}}—— {_PHRASE}{{2,{MAX_NAKED_HEADLINE}}}(?: {_PHRASE}{{2,{MAX_NAKED_HEADLINE}}})*$")
# … and a kicker that introduces its title or reports who said it, printed before that title on one
# line: "某某高铁项目团队突破某某设计施工难点——  为构建新发展格局、推动高质量发展不断注入新动能",
# "某某给某校志愿者服务队队员回信强调 用创造拥抱新时代，以奋斗铸就新辉煌" (the title may hold
# clause marks; the kicker has none) — a title of one phrase or two, as headlines are; prose run on
# after a stray space ("…在接受记者采访时表示 今年全县…增加了三成，新修塘坝十二座，疏浚渠道…")
# holds more clauses, or stops mid-phrase.
_KICKER_BEFORE_TITLE = re.compile(
    r"^[^ ，、；,;。！？!?]{6,}(?:——|强调|指出|寄语|勉励) [^ ，、；,;—]{2,16}(?:[，、][^ ，、；,;]{2,16})?$"
)
# Spaces inside a short bracket are kept: "（记者 王茵 汪琳）" separates names.
_SHORT_BRACKET = 24


def _zh(ch: str) -> bool:
    return is_cjk(ch) or ch in _ZH_PUNCT


def _neighbour(line: str, i: int, step: int) -> str:
    """The nearest non-space character from position i in direction step ('' if none)."""
    j = i + step
    while 0 <= j < len(line) and line[j] == " ":
        j += step
    return line[j] if 0 <= j < len(line) else ""


def _protected_mask(line: str) -> list[bool]:
    mask = [False] * len(line)
    if "@" not in line and "://" not in line:
        return mask  # nothing to protect (and the backtracking scan is slow on long lines)
    for m in _PROTECTED.finditer(line):
        for k in range(m.start(), m.end()):
            mask[k] = True
    return mask


def _in_spans(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in spans)


def numeric_marks(line: str) -> list[int]:
    """Where a comma or colon stands between two digits ("8:00", "1,000", "２:３"; a digit as
    str.isdigit() has it): those stay ASCII. Tested beside its neighbours here rather than by a
    class of every digit code point, which took ~0.15 s to build at every import."""
    return [i for m in _COMMA_COLON.finditer(line)
            if 0 < (i := m.start()) < len(line) - 1 and line[i - 1].isdigit() and line[i + 1].isdigit()]


def _full_width_punct(line: str) -> str:
    """ASCII , : ; ! ? ( ) next to Chinese -> full-width; numbers, times, URLs stay.

    "8:00" and "1,000" keep their ASCII form (a digit on both sides, no space);
    "电话:0437" becomes "电话：0437"; "(记者 王茵)" becomes "（记者 王茵）"; lines without
    any ideograph keep their ASCII marks.
    """
    if not _ASCII_MARKS.search(line):
        return line  # most lines: nothing to convert
    # A URL needs "://" and an address "@"; without them the (slow, backtracking) scan is skipped.
    spans = [m.span() for m in _PROTECTED.finditer(line)] if "@" in line or "://" in line else []
    chinese_line = _HAS_CJK.search(line) is not None
    if chinese_line and not spans and "(" not in line and ")" not in line:
        # The usual case, all in C: every mark converts except "8:00", "1,000" between digits.
        out = line  # str.replace per mark: far faster than str.translate on non-ASCII text
        for mark, full in _TO_FULL_MARKS:
            if mark in out:
                out = out.replace(mark, full)
        keep = numeric_marks(line)
        if not keep:
            return out
        chars = list(out)
        for i in keep:
            chars[i] = line[i]
        return "".join(chars)
    chars = list(line)
    # Only the marks themselves are visited (the rest of the line cannot change).
    marks = [m.start() for m in _ASCII_MARKS.finditer(line)]
    if spans:
        marks = [i for i in marks if not _in_spans(i, spans)]
    # Parentheses go in matched pairs, so "(PM2.5)" inside Chinese converts as a pair.
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for i in marks:
        c = line[i]
        if c == "(":
            stack.append(i)
        elif c == ")" and stack:
            pairs.append((stack.pop(), i))
    for a, b in pairs:
        near = (_neighbour(line, a, -1), _neighbour(line, a, 1), _neighbour(line, b, -1), _neighbour(line, b, 1))
        if any(n and _zh(n) for n in near):
            chars[a], chars[b] = "（", "）"
    for i in marks:
        c = line[i]
        if c in "()":
            continue
        before, after = (line[i - 1] if i else ""), (line[i + 1] if i + 1 < len(line) else "")
        if c in ",:" and before.isdigit() and after.isdigit():
            continue  # 8:00, 1,000
        # In a line of Chinese text the Chinese mark is meant ("收窄至2.4%," at a line end).
        if chinese_line:
            chars[i] = _TO_FULL[c]
    return "".join(chars)


def _chinese_quotes(line: str) -> str:
    """Paired ASCII double quotes in a line of Chinese text -> “ ”: 出现"冷屋子"现象 -> 出现“冷屋子”现象.

    Only when they pair up (an even count outside URLs) and the line holds ideographs, so
    code-like or English text and a lone stray quote keep their form.
    """
    if '"' not in line or not _HAS_CJK.search(line):
        return line
    mask = _protected_mask(line)
    at = [i for i, c in enumerate(line) if c == '"' and not mask[i]]
    if not at or len(at) % 2:
        return line
    chars = list(line)
    for k, i in enumerate(at):
        chars[i] = "“" if k % 2 == 0 else "”"
    return "".join(chars)


def _fix_spaces(line: str) -> str:
    """Drop stray spaces in Chinese runs; keep those between headline phrases and names."""
    return _fix_single_spaces(_SPACES.sub(" ", line).strip())


def _is_heading_line(line: str) -> bool:
    """A line that may be a headline, whose spaces between phrases are kept.

    Short, or up to _TWO_HEADING_LINES without a clause mark (kicker and title on one line),
    ending in a column tag, carrying a spaced subtitle ("民营企业勇担重任、善作善成 ——论学习贯彻…")
    or a kicker with clause marks before a title of phrases; never with a full stop.
    """
    return "。" not in line and (
        len(line) <= _SHORT_LINE
        or (
            len(line) <= _TWO_HEADING_LINES
            and (
                not _CLAUSE_MARKS.search(line) or has_column_tag(line) or _SPACED_SUBTITLE.search(line) is not None
                or _TITLE_AFTER_SPACE.search(line) is not None or _DASH_KICKER_TITLE.match(line) is not None
                or _KICKER_BEFORE_TITLE.search(line) is not None
            )
        )
    )


def _fix_single_spaces(line: str) -> str:
    """``_fix_spaces`` of a line whose space runs are already single spaces and stripped."""
    if " " not in line:
        return line
    short = _is_heading_line(line)
    # Only the spaces are visited (runs are single spaces now, never at either end).
    spaces = [m.start() for m in _SPACE.finditer(line)]
    bracket_of: dict[int, int] = {}  # space index -> length of the innermost-closing bracket it sits in
    if _BRACKET.search(line):
        depth_open: list[int] = []
        for m in _BRACKET.finditer(line):
            i = m.start()
            if line[i] in "（(":
                depth_open.append(i)
            elif depth_open:
                start = depth_open.pop()
                # An outer bracket closes later and overwrites, as the per-character scan did.
                for k in spaces[bisect_left(spaces, start) : bisect_left(spaces, i)]:
                    bracket_of[k] = i - start
    drop: list[int] = []
    for i in spaces:
        left, right = line[i - 1], line[i + 1]
        if short and left in _LINE_END_PUNCT and is_cjk(right):
            pass  # "村里的垃圾去哪了？  某县推行…": a kicker that asks, its title after it on the line
        elif short and left in _KICKER_END_PUNCT and (is_cjk(right) or right == "“") and i >= 2 and (is_cjk(line[i - 2]) or line[i - 2] in _PHRASE_END):
            pass  # "为了一村人的饮水安全， 他在山里守了二十年": a kicker ending in its comma, its title after it
        elif left in _CLAUSE_PUNCT or right in _CLAUSE_PUNCT:
            drop.append(i)  # "柴伟强调 ，" -> "柴伟强调，"; "电话： 0431" -> "电话：0431"
        elif left in _ZH_PUNCT or right in _ZH_PUNCT:
            # Brackets and quotes: kept between headline phrases ("「走遍辽源」 环境整治").
            if not short:
                drop.append(i)
        elif is_cjk(left) and is_cjk(right) and not (short or bracket_of.get(i, 99) <= _SHORT_BRACKET):
            drop.append(i)  # "我们 的城市" -> "我们的城市"; kept in headlines and "（记者 王茵 汪琳）"
    if not drop:
        return line
    pieces = []
    at = 0
    for i in drop:
        pieces.append(line[at:i])
        at = i + 1
    pieces.append(line[at:])
    return "".join(pieces)


def _half_width(text: str) -> str:
    """Full-width Latin letters and digits -> ASCII ("２０２１" -> "2021")."""
    # Only the runs are translated: str.translate looks up every character of a whole text in
    # the table, which costs more than finding the few runs ("２０２１年" in a 5,000-character page).
    return _FULL_WIDTH_ALNUM.sub(_half_width_run, text)


def _half_width_run(m: re.Match) -> str:
    return m.group().translate(_HALF_WIDTH)


def normalise_line(line: str) -> str:
    """Normalise one line (no newlines in it); repeated until stable, so idempotent."""
    if not _DIRTY.search(line):
        return line  # most lines of prose: no step below would change them
    for _ in range(8):
        new = _normalise_line_once(line)
        if new == line:
            break
        line = new
    return line


def _normalise_line_once(line: str) -> str:
    # Each markdown pattern needs its mark in the line; most lines have none.
    if "#" in line or ">" in line:
        line = _MD_HEAD.sub("", line)
    if "\\" in line:
        line = _MD_ESCAPE.sub(r"\1", line)
    if "<" in line:
        line = _MD_AUTOLINK.sub(r"\1", line)
    line = _SPACES.sub(" ", line).strip()
    line = _full_width_punct(line)
    line = _chinese_quotes(line)
    # The two steps above only turn ASCII marks into full-width ones: spaces are still single.
    return _fix_single_spaces(line)


# The dash of a 副题 as extractions print it: "――" (GB2312's U+2015 pair), "──" (box drawing),
# "－－", "——" with a third, or one dash or "--" opening the line ("—访某某区区长李四",
# "—2021年1月12日在某某会议上"): all are "——", which the heading rules know.  Longer runs are
# rules between items, left as they are; a dash inside a line ("1月25日0—24时") is a range.
_DASH_RUN = re.compile(r"(?<![―─—－])[―─—－]{2,3}(?![―─—－])")
_LINE_DASH = re.compile(r"(?m)^([ \t\u3000]*)(?:[—―]|--)(?=[\u4e00-\u9fff“《「]|\d{4}年)")
# … and after the title on its line, behind a space: "大国应有的样子 —二〇二五年春季…纪事".
_SPACED_ASCII_DASH = re.compile(r"(?<=[\u4e00-\u9fff”》」）)])[ \t\u3000]+(?:--|[—―])(?=[\u4e00-\u9fff“《「])")


# … and a kicker's closing dash ("某某村—", "…法官提醒--"): one dash or "--" after an ideograph or
# a closing quote, in a line without a full stop, ending the line or followed by a space and the
# title printed on the same line ("…法官提醒—  任性网络直播 当心被诉侵权").
_KICKER_DASH = re.compile(r"(?m)^([^。\n]*[\u4e00-\u9fff”》」])(?:[—―]|--)(?=[ \t\u3000]*$|[ \t\u3000]+[^\s—―-])")


def _subtitle_dashes(text: str) -> str:
    if "―" in text or "─" in text or "－" in text or "—" in text:
        text = _DASH_RUN.sub("——", text)
    if "-" in text or "—" in text or "―" in text:
        text = _LINE_DASH.sub(r"\1——", text)
        text = _SPACED_ASCII_DASH.sub(" ——", text)
        text = _KICKER_DASH.sub(r"\1——", text)
    return text


def normalise(text: str) -> str:
    """NFC, half-width Latin, full-width Chinese punctuation, subtitle dashes, no markdown, clean spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _half_width(text)
    out: list[str] = []
    for raw in text.split("\n"):
        line = _normalised(raw)
        if line:
            out.append(line)
        elif out and out[-1]:
            out.append("")
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


@line_memo
def _normalised(raw: str) -> str:
    """One line of ``normalise`` (after its whole-text steps).  The dash patterns never match across
    a line end, so they run line by line: on the few lines with a dash, instead of every position of
    the whole text ("——" is in every issue).  Memoised: the parse normalises an issue's lines again
    at later stages, most of them unchanged."""
    return _dashes_after_marks(normalise_line(_subtitle_dashes(raw)))


_ANY_DASH = re.compile(r"[-—―─－]")


def _dashes_after_marks(line: str) -> str:
    """The subtitle dashes once more on a normalised line: a markdown mark in front of a dash hid
    it from the whole-text pass ("\\--委" or "## —访某某区区长" only open on their dash once the
    mark is gone), and a second ``normalise`` must change nothing."""
    for _ in range(3):
        if not _ANY_DASH.search(line):
            break
        new = normalise_line(_subtitle_dashes(line))
        if new == line:
            break
        line = new
    return line


def markdown_headings(text: str) -> frozenset[str]:
    """Normalised text of the lines marked as markdown headings ("## 标题") before normalising."""
    text = unicodedata.normalize("NFC", text)
    if "#" not in text:
        return frozenset()  # a heading mark is a "#" (no other character composes to one)
    text = _half_width(text).replace("\r\n", "\n").replace("\r", "\n")
    found = set()
    for raw in text.split("\n"):
        m = _MD_HEAD.match(raw)
        if m and m.group(0).strip().startswith("#"):
            line = normalise_line(raw)
            if line:
                found.add(line)
    return frozenset(found)
