"""Bylines, credits, signatures, sources and continuation markers: who wrote it, where it goes on.

All functions take one normalised line or paragraph and return plain values.
"""

from __future__ import annotations

import re

from transforms.decode import line_memo
from transforms.sentences import PROVINCES, SURNAMES

_NAME = r"[\u4e00-\u9fff·]{2,4}"
_NAMES = rf"{_NAME}(?:[ 、，]{_NAME})*"
# Whose reporter: "新华社记者", "《中国经济周刊》记者", "环球时报记者", "本报特约记者".
_OUTLET = r"(?:《[^》]{2,12}》|新华社|中新社|[\u4e00-\u9fff]{2,6}(?:日报|时报|晚报|周刊|报|网|电视台))"
# "首席记者", "本报驻京记者", "驻长春记者": a post or a bureau before the role.
_ROLES = rf"(?:{_OUTLET}|本报|特约|实习|见习)?(?:特约|首席|资深|驻[\u4e00-\u9fff]{{1,4}})?(?:记者|通讯员|实习生|摄影记者|撰稿|作者)"
# A two-character name is printed padded to the width of three: "本报记者 王 珏", "张 贺"; the
# single characters pair up again ("王珏") before a line is read as a byline.
_PADDED = re.compile(r"(?:(?<=^)|(?<=[\s（(、]))([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?=$|[\s）)、摄])")

# Words a byline prints that are no names: "记者 周八 报道", "社论", "文/图".
NOT_NAMES = frozenset(("报道", "摄影", "社论", "短评", "评论", "评论员", "编者按", "本报", "记者", "通讯员", "综合", "整理", "编辑", "来源"))
# A decoration before a byline: "■本报记者 孙七", "●记者 周八".
_MARK = r"[■●◆□◇★☆]?\s*"
# Who wrote and who photographed: "文/图 吴九", "文/许文博", "图/张凯", "文｜李四".
# … and "文·图/王茜", "图文/王茜", "文图：王茜": one person did both.
_WORK = r"(?:(?:文[/／|｜]图|图[/／|｜]文)\s*|(?:文[·・]?图|图[·・]?文)\s*[/／|｜：:]\s*|[文图]\s*[/／|｜：:]\s*)"
# After the names: "记者 周八 报道", "本报记者 何静 文/图", "文/许文博 摄影：张凯".
_AFTER = rf"(?:\s*(?:报道|文[/／|｜]图|(?:摄影|摄|图)\s*[/／：:]\s*{_NAMES}))?"
# "本报评论员", "本报特约评论员 李明", "社论": a commentary's byline, often without a name.
COMMENTATOR = re.compile(rf"^[（(]?(?:(?:本报|本刊)?(?:特约)?评论员(?:\s+{_NAMES})?|社论|本报编辑部)[）)]?$")
# "本报记者", "新华社记者", "本报调研组": a story by a team of reporters signs with the outlet
# alone (their names, if printed, stand under it).
COLLECTIVE = re.compile(r"^(?:本报|本刊|新华社|人民日报|经济日报|光明日报)(?:记者|调研组|联合调研组|采访组|联合采访组|报道组)$")
# "本报记者 王茜", "记者 王茵 汪琳", "《绍兴日报》记者 裴金红", "通讯员 张三", "文/图 本报记者 李长青"
BYLINE_LINE = re.compile(
    rf"^{_MARK}(?:{_WORK}(?:{_ROLES}\s*)?{_NAMES}|(?:《[^》]{{2,12}}》)?{_ROLES}\s*{_NAMES}(?:\s+{_ROLES}\s*{_NAMES})*){_AFTER}$"
    rf"|{COMMENTATOR.pattern}|{COLLECTIVE.pattern}"
)
# "本报记者 王彦雨 摄", "王彦雨 摄", "本报记者 王彦雨 摄影"; a photo story's credit, "本报记者 刘  新
# 摄影报道", printed under its pictures or at its end, where it signs the whole report (a title, its
# photos' captions and a paragraph).
PHOTO_REPORT = "摄影报道"
CREDIT_LINE = re.compile(rf"^(?:{_ROLES}\s*)?{_NAMES}\s*摄(?:影)?(?:报道)?$")
# Other photo and chart credits standing as a line: "受访者供图", "某某博物馆供图", "资料图片",
# "图①③均为张三摄", "以上图片均为某剧团提供", "李四摄（人民视觉）", "新华社发", "制图：王五",
# "资料来源：国家统计局".
PHOTO_CREDIT = re.compile(
    rf"^(?:(?:[^，。；！？\s]{{0,20}}?均?为)?(?:{_ROLES}\s*)?{_NAMES}\s*摄影?"  # "图①③均为张三摄", "李四摄"
    r"|[^，。；！？]{0,30}(?:供图|资料图片|资料照片|人民视觉|视觉中国|新华社发|中新社发)"
    r"|(?:图|以上图片)[^，。；！？]{0,30}提供"
    r"|(?:制图|绘图|摄影|图片|资料来源|数据来源)[：:][^，。；！？]{1,40})"
    r"(?:\s*[（(][^（）()]{1,10}[）)])?$"
)
MAX_CREDIT = 40
# Words without which a line can be no byline or no credit (a cheap test before the patterns).
_BYLINE_HINT = re.compile(r"记者|通讯员|评论员|社论|编辑部|讲述人|口述|整理|采写|撰文|执笔|实习生|撰稿|作者|调研组|采访组|报道组|[文图]\s*[/／|｜：:]")
_CREDIT_HINT = re.compile(r"摄|供图|图|照片|提供|制图|绘图|人民视觉|视觉中国|新华社发|中新社发|来源")
# "讲述人：摄影爱好者 黄某", "口述：李四", "整理：王五": who speaks or wrote it up.
_TOLD_BY = re.compile(rf"^(?:讲述人|口述|整理|采写|撰文|执笔)[：:]\s*(?:[\u4e00-\u9fff]{{2,10}}\s+)?{_NAMES}$")
_TOLD_PREFIX = re.compile(r"^(?:讲述人|口述|整理|采写|撰文|执笔)[：:]\s*(?:[\u4e00-\u9fff]{2,10}\s+(?=\S))?")
# A line of names only, perhaps with an affiliation: "韩再芬", "罗茜尹 司志文", "陈某原（某某大学教授）".
# Names of two or three characters (four-character runs are phrases: "抢抓机遇 开足马力").
_SHORT_NAME = r"[\u4e00-\u9fff]{2,3}"
_NAMES_ONLY = re.compile(rf"^{_SHORT_NAME}(?:[ 、，]{_SHORT_NAME}){{0,3}}(?:\s*[（(][^（）()]{{2,20}}[）)])?$")
# A lone name under a headline ("李洪波"), or a post and a name ("市长 孙弘").
LONE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
# What a writer's post ends with: a word for a person ("市长", "青年学者", "企业家", "硕士研究生",
# "代表", "村党支部书记"); a given name seldom does.
PERSON_END = frozenset("者家生员长民师人表士工手官匠农户友兵警医干部书记主任理")
# A two-character name may be printed padded ("青年学生 汪 玮").
POST_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8} (?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff] [\u4e00-\u9fff])$")
# A reader's letter is signed with the writer's place and name: "山西临汾市 张三".
PLACE_NAME = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:省|市|县|区|州|盟|旗|镇|乡|村) [\u4e00-\u9fff]{2,3}$")
# A writer's name printed spaced out on a line of its own, the surname apart: "赵  明文",
# "钱  明" — how a verse or an essay in a column signs at its end (a two-character name padded
# to the width of three is the same form).  Only a common surname opens it: "回  信" is a label.
SPACED_NAME = re.compile(r"^[\u4e00-\u9fff] {1,3}[\u4e00-\u9fff]{1,2}$")


def spaced_name(line: str) -> bool:
    """ "赵  明文": a name printed spaced out, its surname first."""
    return bool(SPACED_NAME.match(line)) and line[0] in SURNAMES


# The short names of China's provinces and regions (``sentences.PROVINCES``): a writer's place
# often opens with one and names the city without its suffix ("广西桂林 苑广阔", "浙江杭州 毕文俊").
# Who writes, then the name, as a commentary or a guest piece signs under its title: a place, or
# an office and its posts listed with 、 ("某某集团有限公司党委书记、董事长 张 正"); the post part
# is judged by ``transforms.headings`` (a place, or a word for a person last).
WRITER_LINE = re.compile(r"^([\u4e00-\u9fff、]{2,30}) ([\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff] [\u4e00-\u9fff])$")
# A transliterated name, its parts joined by "·": "尼古拉·崔可夫", "阿卜杜拉·艾合买提".
FOREIGN_NAME = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6}){1,3}$")
# "本报讯（记者 王茵 汪琳）", "本报讯", "本报长春9月5日电（记者 …）", "新华社北京9月5日电"; a paper
# naming itself ("某某日报讯（记者 …）", "本报长春9月5日讯"); the reporter run in ("本报讯 记者王茵报道：").
# Around a new year the date carries its year ("本报太原2000年12月31日电"); a wire story reprinted
# says so ("据新华社哈瓦那12月30日电（记者郑建东）"); run-in reporters come as a list, each with his
# agency ("本报北京12月31日讯新华社记者秦杰、本报记者赵川东报道：", "…电记者董伟、胡斌、夏珺报道：").
_LEAD_DATE = r"(?:\d{4}年)?"
# The place a dateline names, up to "新西兰北帕莫斯顿" ("据新华社新西兰北帕莫斯顿1月1日电（记者江涛）").
_LEAD_PLACE = r"[\u4e00-\u9fff]{0,8}"
_RUN_IN_NAME = r"[\u4e00-\u9fff]{2,4}"
LEAD = re.compile(
    rf"^(?:本报讯|据?本报{_LEAD_PLACE}{_LEAD_DATE}\d{{0,2}}月?\d{{0,2}}日?电|本报{_LEAD_PLACE}{_LEAD_DATE}\d{{1,2}}月\d{{1,2}}日讯"
    rf"|据?新华社{_LEAD_PLACE}{_LEAD_DATE}\d{{1,2}}月\d{{1,2}}日电"
    r"|[\u4e00-\u9fff]{2,6}(?:日报|晚报|时报|商报|都市报)讯)"
    rf"(?:\s*（[^（）]{{1,40}}）|\s*(?:(?:新华社|本报)?(?:记者|通讯员)\s?{_RUN_IN_NAME}(?:[\s、]{_RUN_IN_NAME})*、?)+\s?报道[：:]?)?"
)
# A dateline's agency, place and date without the 电 or 讯 that closes it: the first half of a lead
# the heading block cut ("本报北京1月1日" / title / "讯记者李建兴报道：…").
DATELINE_HEAD = re.compile(rf"^据?(?:新华社|本报){_LEAD_PLACE}{_LEAD_DATE}\d{{1,2}}月\d{{1,2}}日$")
# "（辽轩）", "（李贺 王永光）" at the end of a short item: the writer's signature.
SIGNATURE = re.compile(rf"[（(]({_NAMES})[）)]\s*$")
# "（作者为某某大学教授）", "（作者系…，本报记者某某整理）": who wrote a commentary, printed at its end;
# a piece by two writers says who each is ("（作者分别为某某大学讲师、某某大学教授）").
AUTHOR_NOTE = re.compile(r"^[（(]作者(?:分别)?(?:为|系|是|单位)[^（）()]{2,80}[）)]$")
# "（本报记者张三、李四参与采写）", "（本报记者 王五整理）": who helped write a story, its last line.
HELPER_NOTE = re.compile(r"^[（(][^（）()]{2,40}(?:参与采写|参与调研|采写|整理|执笔)[）)]$")
# "（本报记者 陈雪梅）", "（记者 王五 通讯员 赵六）": a paragraph that only signs the piece.
SIGNED_LINE = re.compile(rf"^[（(]{_ROLES}\s*{_NAMES}(?:\s+{_ROLES}\s*{_NAMES})*[）)]$")
# "（摘编自《新华日报》，原题为《既要“寻找市场”更要“创造市场”》）", "（原载《光明日报》）": where a
# reprinted piece first ran, printed as its last line.
REPRINT_NOTE = re.compile(r"^[（(](?:摘编自|摘自|节选自|选自|原载于?|转载自)[^（）()]{2,80}[）)]$")
# "（新华社北京4月30日电）": a long report's dateline printed at its end instead of its start.
# The same at the end of the last paragraph, and its other forms: the year ("（本报南极长城站2000年12月
# 31日专电）"), the hour ("（本报西沙1月1日零时电）"), no date ("（本报斯德哥尔摩电）"), a wire reprinted
# ("（据新华社电）", "（本栏均据新华社电）"): "…都隔不断我们与祖国的血肉之情。（本报…专电）".
_CLOSING = (
    r"[（(](?:本栏均?|均)?据?(?:新华社|中新社|本报)[\u4e00-\u9fff]{0,8}"
    r"(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日[\u4e00-\u9fff]{0,2})?专?电[）)]"
)
CLOSING_DATELINE = re.compile(rf"^{_CLOSING}$")
CLOSING_TAIL = re.compile(rf"(?<=[。！？”…]){_CLOSING}$")
# "（下转第三版）", "（上接第一版）", "(转A2版)"
# A page reference: "第三版", "第2版", "A2版", "A2".
_PAGE = r"(第?[\d一二三四五六七八九十]{1,3}版|[A-Z]\d{1,2}版?)"
CONTINUATION = re.compile(rf"[（(]\s*(下转|转|上接|接|紧接|续)\s*{_PAGE}\s*[）)]")
# "转自《人民日报》", "来源：新华社", "（来源：新华社）" standing alone or ending a paragraph.
SOURCE = re.compile(r"[（(]?(?:转自|转载自|来源[：:]|稿件来源[：:])\s*《?([^《》（）()\s。]{2,16})》?[）)]?\s*$")
# A paragraph that is only a marker, without brackets: "下转A3", "■上接第1版".
BARE_CONTINUATION = re.compile(rf"^[■●◆▲►→]?\s*(下转|转|上接|接|紧接)\s*{_PAGE}\s*[■●◆▲◄←]?$")
# A line that is only a "continued from" marker: "（上接第一版）".
FROM_MARKER = re.compile(rf"^[（(]\s*(?:上接|接|紧接)\s*{_PAGE}\s*[）)]$")
_ROLE_WORDS = re.compile(rf"《[^》]*》|{_ROLES}|本报讯|[（）()]|摄影?$|文[/／|｜]图|图[/／|｜]文|[文图]\s*[/／|｜：:]|[■●◆□◇★☆]")
# Where a byline turns to the photographer: "文/许文博 摄影：张凯" -> "摄影：张凯".
_PHOTO_PART = re.compile(r"(?:摄影|摄|图)\s*[/／：:]\s*\S.*$")
# "文/图 吴九", "本报记者 何静 文/图": the writer took the photos too.
_BOTH = re.compile(r"文[/／|｜]图|图[/／|｜]文|^[■●◆□◇★☆]?\s*(?:文[·・]?图|图[·・]?文)\s*[/／|｜：:]")
# The work words before the names ("文·图/", "图文：") are no name.
_WORK_PREFIX = re.compile(r"^[■●◆□◇★☆]?\s*(?:文[·・]?图|图[·・]?文)\s*[/／|｜：:]\s*")
# A credit at the end of a caption: "…装配新车。本报记者 郑宏伟 摄", "…检修设备。新华社发".
CREDIT_TAIL = re.compile(
    rf"(?<=[。！？”])\s*[（(]?((?:新华社|中新社|本报)?(?:特约)?(?:记者|通讯员)?\s*(?:{_NAMES}\s*)?摄(?:影)?"
    rf"|(?:新华社|中新社|人民视觉|视觉中国)(?:记者\s*{_NAMES}\s*摄|发))[）)]?$"
)


@line_memo
def close_names(line: str) -> str:
    """ "本报记者 周小苑 于 洋" -> "本报记者 周小苑 于洋": padded two-character names closed up."""
    if " " not in line:
        return line
    return _PADDED.sub(r"\1\2", re.sub(" {2,}", " ", line))


# "记者手记", "记者观察", "记者调查": a column's name, not a reporter called 手记.
REPORTER_COLUMN = re.compile(r"^(?:本报)?记者(?:手记|观察|调查|札记|来信|追踪|探访|走访|连线|体验|目击|笔记|随笔|视点|见闻)$")


@line_memo
def is_byline(line: str) -> bool:
    """A byline line: "本报记者 王 珏", "新华社记者 李四", "讲述人：摄影爱好者 黄 某", "本报评论员"."""
    if len(line) > 40 or not _BYLINE_HINT.search(line) or REPORTER_COLUMN.match(line):
        return False  # most lines name no role at all: skip the costly patterns
    line = close_names(line)
    if line.endswith("摄") and is_credit(line):
        return False  # "本报记者 孙超摄": the photographer's credit, glued to the name, not the writer
    return bool(BYLINE_LINE.match(line) or _TOLD_BY.match(line))


# Who put a package of stories together, printed under its last piece: "本期统筹：张三 李四",
# "本版统筹：王五" (a staff credit: no heading, no writer of the piece).
PACKAGE_CREDIT = re.compile(r"^[（(]?(?:本期|本版|本组)?统筹[：:]")


def by_reporter(byline: str) -> bool:
    """A reporter's byline or dateline ("本报记者 赵六", "本报讯（记者 钱七）"), not a writer's line
    ("张三", "某某大学教授  李四", "浙江某市  王五"), which signs a commentary or a guest piece."""
    return is_byline(byline) or LEAD.match(byline) is not None


# What kind of text a leader's letter or message is, printed spaced like a two-character name
# under its heading ("回  信", "贺  电"): the first line of the letter, not who wrote it.
LETTER_LABELS = frozenset(("回信", "复信", "贺信", "贺电", "唁电", "慰问信", "感谢信", "公开信"))


def letter_label(line: str) -> bool:
    """ "回  信", "贺电": what a letter is, standing as its first line."""
    return len(line) <= 8 and close_names(line) in LETTER_LABELS


@line_memo
def names_only(line: str) -> bool:
    """Only names (and an affiliation): a byline when it stands right under a headline.  A list of
    three or more names holds a common surname or two; phrases of two or three ideographs with none
    ("立规矩、明边界，强监管、促创新") are a title's parallel phrases, not who wrote the piece."""
    if len(line) > 30 or letter_label(line) or not (m := _NAMES_ONLY.match(close_names(line))):
        return False
    names = re.split(r"[ 、，]", re.sub(r"\s*[（(][^（）()]*[）)]$", "", m.group(0)))
    return len(names) < 3 or any(n[:1] in SURNAMES for n in names)


@line_memo
def is_credit(line: str) -> bool:
    """A photo or chart credit standing as a line ("本报记者 王彦雨 摄", "受访者供图", "资料图片");
    not a clause that ends in 摄 ("正在拍摄")."""
    if len(line) > MAX_CREDIT or line.endswith("拍摄") or not _CREDIT_HINT.search(line):
        return False
    line = close_names(re.sub(rf"^{_MARK}", "", line))  # "□本报记者 王彦雨 摄": a decoration, as on bylines
    return bool(CREDIT_LINE.match(line) or PHOTO_CREDIT.match(line))


def byline_names(line: str) -> tuple[str, ...]:
    """Names of a byline line; for a names-only line the names outside the affiliation:
    "陈某原（某某大学教授）" -> ("陈某原",), "张 贺" -> ("张贺",)."""
    if not is_byline(line) and names_only(line):
        return names_in(re.sub(r"[（(][^（）()]*[）)]", " ", line))
    return names_in(line)


def names_in(text: str) -> tuple[str, ...]:
    """Personal names in a byline or credit: "本报讯（记者 王茵 汪琳）" -> ("王茵", "汪琳")."""
    inner = _TOLD_PREFIX.sub("", close_names(text))
    if m := re.search(r"（([^（）]*)）", inner):
        inner = m.group(1)
    # "新华社北京3月15日电", "本报北京12月31日讯", "据新华社哈瓦那12月30日电": the place of a dateline is no name.
    inner = re.sub(r"据?(?:新华社|本报)[\u4e00-\u9fff]{0,6}(?:\d{4}年)?\d{0,2}月?\d{0,2}日?电|本报[\u4e00-\u9fff]{0,6}(?:\d{4}年)?\d{1,2}月\d{1,2}日讯", " ", inner)
    inner = re.sub(r"\d+月\d+日电?|本报[\u4e00-\u9fff]{0,6}电|新华社", " ", inner)
    # "本报讯 记者王五报道：", "某某日报讯 记者 王五 报道": the lead word and 报道 are no names.
    inner = re.sub(r"^\s*(?:本报讯|[\u4e00-\u9fff]{2,6}(?:日报|晚报|时报|商报|都市报)讯|本报[\u4e00-\u9fff]{0,6}日讯)|报道[：:]?\s*$", " ", inner)
    inner = _ROLE_WORDS.sub(" ", inner)
    names = [n for n in re.split(r"[\s、，,]+", inner) if re.fullmatch(_NAME, n) and n not in NOT_NAMES]
    return tuple(dict.fromkeys(names))


def byline_people(line: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(authors, photographers) of a byline line.

    "文/许文博 摄影：张凯" -> (("许文博",), ("张凯",)); "文/图 吴九" -> (("吴九",), ("吴九",));
    "记者 周八 报道" -> (("周八",), ()); "本报评论员" -> ((), ()).
    """
    line = _WORK_PREFIX.sub("文/图 ", line)  # "文·图/王茜" is "文/图 王茜"
    photo = _PHOTO_PART.search(line)
    writers = names_in(line[: photo.start()] if photo else line)
    shooters = names_in(photo.group(0).split("：")[-1].split(":")[-1].lstrip("/／")) if photo else ()
    if _BOTH.search(line):
        shooters = tuple(dict.fromkeys((*shooters, *writers)))
    return writers, shooters


def credit_tail(caption: str) -> re.Match[str] | None:
    """``CREDIT_TAIL.search(caption)``: the credit printed at the end of a caption's line."""
    # Every match ends the text with 摄, 摄影 or 发 (in a bracket perhaps, before a last "\n" for
    # "$"): tested first, since the search tries every position of a paragraph.
    end = caption[:-1] if caption.endswith("\n") else caption
    if end.endswith(("）", ")")):
        end = end[:-1]
    if not end.endswith(("摄", "摄影", "发")):
        return None
    return CREDIT_TAIL.search(caption)


def credit_people(caption: str) -> tuple[str, ...]:
    """Photographers named by a credit ending a caption ("…。本报记者 郑宏伟 摄" -> ("郑宏伟",))."""
    m = credit_tail(caption)
    return names_in(m.group(1)) if m else ()


def split_lead(paragraph: str) -> tuple[str | None, str]:
    """ "本报讯（记者 王茵）为扎实…" -> ("本报讯（记者 王茵）", "为扎实…"); (None, p) if no lead."""
    m = LEAD.match(paragraph)
    if not m:
        return None, paragraph
    return m.group(0).strip(), paragraph[m.end() :].lstrip()


def complete_lead(byline: str, paragraph: str) -> tuple[str, str] | None:
    """A dateline lead whose reporters' bracket was cut off it: ("本报天津2月15日电", "（记者武某民）记者从…")
    -> ("本报天津2月15日电 （记者武某民）", "记者从…"); None when the paragraph opens no such bracket.

    A column break or a heading printed inside the lead ("本报福州4月13日电 （刘" / heading /
    "晓宇、杨鸿）4月12日晚，…") leaves the bracket in the body once the halves are joined."""
    if not paragraph.startswith(("（", "(")) or not LEAD.fullmatch(byline):
        return None
    space = " " if byline.endswith("电") else ""  # "本报北京2月21日电 （记者彭波）", "本报讯（记者 方圆）"
    lead, rest = split_lead(byline + space + paragraph.replace("(", "（", 1).replace(")", "）", 1))
    if lead is None or len(lead) <= len(byline) + 1 or not names_in(lead):
        return None
    return lead, rest


def post_name(line: str) -> tuple[str, ...]:
    """ "市长 孙弘" -> ("孙弘",); "青年学生 汪 玮" -> ("汪玮",); "刘子怡 吴付来" -> both: a "post"
    that is a surname and a given name, ending in no post's character, is the first writer."""
    post, _, name = line.partition(" ")
    if LONE_NAME.match(post) and post[0] in SURNAMES and post[-1] not in PERSON_END:
        return post, name.replace(" ", "")
    return (name.replace(" ", ""),)


def split_continuation(paragraph: str) -> tuple[str, str | None, str | None, str]:
    """Strip "（下转第三版）"/"（上接第一版）"; returns (text, continued_to, continued_from, removed)."""
    to = frm = None
    removed = []
    for m in CONTINUATION.finditer(paragraph):
        removed.append(m.group(0))
        if m.group(1) in ("下转", "转"):
            to = to or m.group(2)
        else:
            frm = frm or m.group(2)
    if not removed:
        if m := BARE_CONTINUATION.match(paragraph):
            to_page = m.group(2) if m.group(1) in ("下转", "转") else None
            return "", to_page, None if to_page else m.group(2), paragraph
        return paragraph, None, None, ""
    return CONTINUATION.sub("", paragraph).strip(), to, frm, "".join(removed)


# A paragraph that begins with a "continued from" marker: "（上接A1版）要坚持…", "接第2版".
_STARTS_FROM = re.compile(rf"^(?:[（(]\s*(?:上接|接|紧接|续)\s*{_PAGE}\s*[）)]|[■●◆▲►→]?\s*(?:上接|接|紧接)\s*{_PAGE}\s*$)")


def starts_continuation(paragraph: str) -> bool:
    """The paragraph opens the continued part of a story printed on another page."""
    return bool(_STARTS_FROM.match(paragraph))


def source_line(line: str) -> bool:
    """The line is only a source credit: "转自《人民日报》", "（来源：新华社）"."""
    if len(line) > 30:
        return False  # before the search, which scans the whole of a long paragraph
    m = SOURCE.search(line)
    return bool(m) and not line[: m.start()].strip()


def split_source(paragraph: str) -> tuple[str, str | None, str]:
    """Strip a trailing "转自《人民日报》"; returns (text, outlet, removed)."""
    m = SOURCE.search(paragraph)
    if not m:
        return paragraph, None, ""
    return paragraph[: m.start()].rstrip(), m.group(1), m.group(0)
