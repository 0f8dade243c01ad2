"""Does a text start in the middle of a clause?  The evidence that a headline block was printed
inside a sentence, whose first half then stands above it:

    ……以金翼蛋品为依托，我            <- the first half, above the heading
    抢抓机遇 开足马力 奋勇争先
    们谋划实施了蛋谷项目……            <- "们" never opens a clause: the rest of the sentence

A clause opens with a time ("今年"), a place, a subject ("这", "他", "记者"), a preposition ("在",
"据", "对") or a conjunction; it hardly ever opens with a suffix ("们"), a particle ("的", "了")
or the second character of a word.  ``transforms/dicts/clause_starts.tsv`` holds, per
character, the share of its occurrences in plain news text that open a clause (counted by
``python -m bench.clausestarts`` on public news text; only the rates are kept).

The other side of the cut: a clause closes on a word that can end it ("…推进", "…新高"), and
hardly ever on one that needs what follows, an adverb ("我们更"), a preposition ("有利于"), a
verb before its object ("最近到", "占").  ``transforms/dicts/clause_ends.tsv`` holds, per ending of
one to three characters, the share of its occurrences that close a clause (``python -m
bench.clausestarts --ends``, on the same public text and the fit days' paragraphs).
"""

from __future__ import annotations

import functools
import importlib.resources
import re

# A character that opens fewer than this share of the clauses it stands in does not open a new
# sentence: "们" 0.002, "的" 0.02, "召" 0.04 (召开 follows its subject); "在" 0.29, "今" 0.37.
LOW_START = 0.05
# … or fewer than this share when its clause is only a word or two ("倒闭了，…", "召开，…"): a new
# sentence seldom opens with so short a clause unless it names a time ("近日，", "今年，").
SHORT_LOW_START = 0.12
SHORT_CLAUSE = 4
# Under a half-sentence with no clause mark ("习近平总书记强调") the rest must open with a
# character that all but never opens a clause ("的", "们", "了"): a label line at a story's end
# ("记者手记", "短评") stands over text that opens a sentence with a rarer character ("港口码头，…").
STRICT_START = 0.025
_CLAUSE_END = re.compile(r"[，。；：？！、]")
# Function characters that never close a phrase: a line of prose ending in one ("看着灶台上跳动的
# 火焰，82岁的", "乡亲们自发地把") stops in the middle of its sentence.
NEVER_LAST = frozenset("的把被将和与及从")
# A person's name opens many a clause ("习近平总书记指出，…", "钟南山表示，…"), but the counted
# text is of another time and other names: a surname's rate there says little ("习" 0.002,
# "钟" 0.005, "范" 0.009).  Text opening with a common surname is not judged.
SURNAMES = frozenset(
    "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习"
)

# The short names of China's provinces and regions.  A scene or a dateline opens many a clause
# with one ("上海某区，…", "河南某市，…"), whatever its first character's rate ("上" 0.06 goes on
# 以上, 线上): text opening with a province's name is not judged.
PROVINCES = frozenset(
    "北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 "
    "重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾".split()
)
_PROVINCE_NAMES = tuple(PROVINCES)

# A place named down to its county, street or village, and nothing else: "湖北武汉市江岸区",
# "重庆市九龙坡区谢家湾街道民主村", "在内蒙古自治区准格尔旗准格尔召镇", "走在某省某市铁西区凌空街道".
# Each name is a few ideographs and its generic part; a province's short name may open the chain.
_PLACE_UNIT = r"[\u4e00-\u9fff]{1,5}?(?:自治区|自治州|自治县|自治旗|省|市|县|区|旗|盟|州|镇|乡|村|街道|社区|嘎查|苏木)"
_PLACE_HEAD = rf"^(?:在|走在|来到|走进)?(?:(?:{'|'.join(sorted(PROVINCES, key=len, reverse=True))}){_PLACE_UNIT}|(?:{_PLACE_UNIT}){{2}})"
_PLACE_CHAIN = re.compile(rf"{_PLACE_HEAD}(?:{_PLACE_UNIT})*$")
# A first clause that is such a place, or a spot there: "在某省某县某镇，…", "湖南省某市的一处墓园里，…",
# "湖北某市江岸区解放公园东南角，…"; not a statement about it ("某市是全省首个…").
_PLACE_OPENING = re.compile(rf"{_PLACE_HEAD}(?:{_PLACE_UNIT})*(?:的?[\u4e00-\u9fff]{{0,8}}[里上内前中旁边角下间外口])?，")


def bare_place(text: str) -> bool:
    """``text`` is only a place, two names or more ("湖北武汉市江岸区", "在某自治区某旗某镇"): where a
    story's first sentence sets its scene ("…江岸区" / "解放公园东南角，…"), never a kicker, which
    states what happened there, or introduces its title with a colon or dash ("某省某市：")."""
    return _PLACE_CHAIN.match(text) is not None


@functools.cache
def _table(name: str) -> dict[str, float]:
    text = importlib.resources.files("transforms").joinpath("dicts", name).read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("\t")
            out[key] = float(value)
    return out


def _rates() -> dict[str, float]:
    return _table("clause_starts.tsv")


def start_rate(ch: str) -> float | None:
    """The share of its occurrences with which ``ch`` opens a clause; None when unknown (rare)."""
    return _rates().get(ch)


# An ending that closes fewer than this share of its occurrences (one in twenty, as LOW_START)
# needs what follows it: "更" 0.001, "于" 0.005, "有利于" 0.017, "占" 0.034, "到" 0.041; the words
# that end the fit and dev days' kickers close clauses more often ("新" 0.052, "基层" 0.071, "发展"
# 0.24; about one in ten for an ending at large).
LOW_END = 0.05
# A heading phrase with no clause mark may end on a content word that seldom closes a clause
# ("某地消费市场加快复苏", "复苏" 0.039); one ending on a word that all but never closes one,
# a function word ("每个中国人一定都" 0.004, "…期间须" 0.002, "把" 0.001), stops mid-sentence.
STRICT_END = 0.025
_ENDING_MARKS = re.compile(r"[“”‘’《》「」『』]")
_MAX_ENDING = 3


def end_rate(text: str) -> float | None:
    """The share of its occurrences with which the longest counted ending of ``text`` (up to three
    ideographs, quotation marks skipped as the count skips them) closes a clause; None when ``text``
    does not end on an ideograph or its last character is rare."""
    if not _IDEOGRAPH.match(text[-1:]):
        return None
    tail = _ENDING_MARKS.sub("", text[-2 * _MAX_ENDING :])
    table = _table("clause_ends.tsv")
    for n in range(_MAX_ENDING, 0, -1):
        if (rate := table.get(tail[-n:])) is not None and len(tail) >= n:
            return rate
    return None


def open_end(text: str, strict: bool = False) -> bool:
    """``text`` stops on a word that hardly ever closes a clause ("…订单怎么样，记者最近到",
    "…有利于居民更"): it goes on after the cut.  ``strict``: only a word that all but never closes
    one (below ``STRICT_END``: "…一定都")."""
    rate = end_rate(text)
    return rate is not None and rate < (STRICT_END if strict else LOW_END)


# One character is a word's last only as often as not ("教" of 支教 0.023, "增" 0.014): a single
# character's rate is trusted alone only for a function word, which ends no heading ("…网上购物不",
# "…社区坚持在", "…要素，也").
_FUNCTION_ENDS = frozenset("不在也都就还又很更最才再已对向于")


def stops_mid_clause(text: str) -> bool:
    """``text`` stops on a word that all but never closes a clause (``open_end`` strict), counted
    as a word of two or three characters ("…社区的一名", "…低保平均", "…完全能够") or a function
    character: a line of prose cut at the column's edge, never a heading.  A line with spaces is
    a heading's phrases ("包含大件  品类更多"), not judged."""
    if " " in text.strip() or not open_end(text, strict=True):
        return False
    tail = _ENDING_MARKS.sub("", text[-2 * _MAX_ENDING :])
    table = _table("clause_ends.tsv")
    return any(tail[-n:] in table for n in range(2, _MAX_ENDING + 1) if len(tail) >= n) or tail[-1:] in _FUNCTION_ENDS


_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")


def mid_clause(text: str, strict: bool = False) -> bool:
    """``text`` starts with a character that hardly ever opens a clause: it goes on with a
    sentence begun elsewhere ("们谋划实施了…", "的伟大五四精神…", "召开，…").  Text opening with a quote, a digit or a rare character is not judged (False), nor a line with
    no clause mark at all: a label or heading ("核心阅读"), not the rest of a sentence.
    ``strict``: only a character that all but never opens one (below ``STRICT_START``)."""
    rate = start_rate(text[:1])
    if rate is None or not _CLAUSE_END.search(text) or opens_with_its_time(text):
        return False  # "日前，某地…": a news sentence opening with its date ("日" 0.04 goes on 日前)
    if text[:1] in SURNAMES and not _no_name(text, rate):
        return False
    if text.startswith(_PROVINCE_NAMES):
        return False  # "上海某区，…": a place
    if rate < (STRICT_START if strict else LOW_START):
        return True
    if strict:
        return False
    m = _CLAUSE_END.search(text, 0, SHORT_CLAUSE + 1)
    return rate < SHORT_LOW_START and m is not None and m.start() <= SHORT_CLAUSE


# A name opening a clause is followed by what its bearer did ("方晓表示，…", "程宇强调，…"), so
# a first clause of two characters, the surname and one more, holds no name and deed: it is a
# word's rest ("在强化职工权益保障" / "方面，江苏省…", "程度，…"), judged by its first character
# when that character all but never opens a clause ("方" 0.019, "程" 0.011).  Only then: a
# character's rate cannot see the word, and "于是，…" ("于" 0.034) opens many a sentence.
NAME_CLAUSE = 2


def _no_name(text: str, rate: float) -> bool:
    m = _CLAUSE_END.search(text)
    return m is not None and m.start() == NAME_CLAUSE and rate < STRICT_START


# A news sentence opens with when it happened: "2月22日，…", "4月25日上午，…", "近日，…", the
# days it lasted ("5月27日至30日，…", "2018年7月9日至7月23日，…"), and the hour or the hours a
# count covers: "3月5日10时，…", "1月25日0—24时，辽源市无新增确诊病例…".
_DATED_OPENING = re.compile(
    r"^(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:[至到—-](?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)?"
    r"(?:[上下]午|晚|早|凌晨|[上中下]旬|初|底)?(?:\d{1,2}(?:[—-]\d{1,2})?时(?:\d{1,2}分)?)?|近日|日前|近期|前不久)，"
)


# … or with its time of day or of the year, its first word then being the time word's first
# character, whatever that character's rate ("前" 0.046 goes on 目前, 之前; "凌" 0.083): "前不久，…",
# "凌晨4点，…", "傍晚时分，…", "去年以来，…", or with the time word before the scene it sets ("午后的阳光
# 穿过玻璃洒进屋内。": "午" 0.014). Counted per character, the rates cannot see the word. A day of
# the lunar calendar dates a holiday story's scene as the solar date dates a lead: "大年初三，远处
# 鞭炮声声…" (a clause of four opening on "大", 0.09, reads as the rest of one, "大了，…"),
# "除夕下午两点，…", "正月十五，…", "腊月二十三，…".
_TIME_OPENING = re.compile(
    r"^(?:前不久|前段时间|前些天|前几天|不久前|凌晨|清晨|早晨|早上|上午|中午|午后|下午|傍晚|晚上|夜里|深夜|当晚|当天|当日|次日|翌日|"
    r"今年|去年|前年|明年|年初|年底|年末|月初|月底|目前|眼下|如今|当前|此前|近年|近来|"
    r"大年(?:初[一二三四五六七八九十]|三十)|除夕|正月|腊月|农历)"
    r"(?:[^，。；：？！、]{0,6}，|的)"
    # "千百年来，…", "多年来，…", "长期以来，…", "党的十八大以来，…": how long, whatever its first character
    r"|^(?:[\u4e00-\u9fff\d]{1,4}年来|[^，。；：？！、]{1,10}以来)，"
)


def opens_with_its_time(text: str) -> bool:
    """``text`` opens as a sentence does, with when it happened ("近年来，…", "3月5日，…", "午后的阳光…")."""
    return bool(_TIME_OPENING.match(text)) or dated_opening(text)


# A sentence may open on where its news comes from or what it follows, an adverbial its first clause
# closes: "据江苏淮阴市市长陈从亮介绍，…", "据统计，…", "根据规划，…", "随着气温回升，…", "由于…，",
# "截至去年底，…", "按照部署，…".  A title states its news and opens on none of these (none of the
# fit, dev, 辽源 or 2001 gold headings does; ~190 of their paragraphs do).
_ADVERBIAL_OPENING = re.compile(r"^(?:据|根据|依据|随着|由于|鉴于|截至|截止|按照)")


def opens_on_an_adverbial(text: str) -> bool:
    """``text`` opens on a sentence's adverbial of source, cause or span ("据…介绍，", "随着…，"): a
    line so opened with no clause mark is a sentence's first half, cut at the column's edge
    ("据江苏淮阴市市长陈" / "从亮介绍，…"), never a title."""
    return _ADVERBIAL_OPENING.match(text) is not None


# A sentence that points back to what was said before it: the next of a list of points ("一是产品
# 力。…", "其次，…"), a connective ("此外，…", "后来，…", "与此同时，…", "这正是：" before a verse,
# "出人意料的是，…"),
# or a demonstrative naming what came before ("这种水涨船高的人情消费…", "如何直面这一趋势？…",
# "在某县，这样的好去处还有很多。"), not "这一天，…" or "这些年来，…", which set a scene.
_POINTS_BACK = re.compile(
    r"^(?:[一二三四五六七八九十]是|其[一二三]|其次|再次|后来|此后|随后|之后|其后|同时|此外|另外|然而|但是|不过|因此|所以|"
    r"对此|为此|其中|与此同时|除此之外|相比之下|不仅如此|尽管如此|即便如此|也就是说|换句话说|由此可见|这正是|"
    r"(?:值得注意|值得一提|出人意料|更重要|更难得|更可贵)的是)[，：:]"
    r"|^(?:[一二三四五六七八九十]是|其次)[\u4e00-\u9fff]"
    r"|^(?:[^，。？！“”]{1,6}，)?(?:这种|这些(?!年)|这样的|此举|这也|这就)"
    r"|^[^，。？！“”]{0,6}这一(?![年天日夜晚刻次])"
)


# … or with a season, a holiday or a span of time that sets a story's scene, beyond the time words
# of ``opens_with_its_time``: "暮春时节，…", "春节期间，…", "清明前后，…", "近几年，…", "5月的某地，…"
# (on the fit and dev days a fifth as many stories close on such a clause as open on it).
_SCENE_TIME = re.compile(
    r"^(?:[^，。；：？！、“”]{1,6}(?:时节|期间|前后|时分|之际|伊始)|近几年|近些年|这些年|不久前|前些天|\d{1,2}月的[\u4e00-\u9fff]{1,8})，"
)


def opens_with_its_scene(text: str) -> bool:
    """``text`` opens as a story's first sentence sets its scene: with when ("大年初一，某村人声鼎沸…",
    "当前，我国…", ``opens_with_its_time``; "春节期间，…", ``_SCENE_TIME``) or where it happens, a place named down to its county or
    village ("湖南省某市的一处墓园里，…", "在某省某县某镇，有一座…").  A quotation sets none: its
    words are a speaker's ("“公路修到家门口以来，…”村支书说。")."""
    if text.startswith(("“", "‘", "「")):
        return False
    return opens_with_its_time(text) or _SCENE_TIME.match(text) is not None or opens_with_its_place(text)


def opens_with_its_place(text: str) -> bool:
    """``text`` opens on where it happens, a place named down to its county or village, and a comma
    ("江苏扬州邗江区，一条全长约3.3公里的河道…", "在浙江省永康市古山镇，有一座…"): the scene a lead sets;
    a story's closing may look ahead from its time ("今年下半年，…", "如今，…"), seldom from a place."""
    return _PLACE_OPENING.match(text) is not None


# Who said the quotation before it: "“…烈士。”某某说，“…”", "“…”他笑着说。", "“…”某某介绍。"
_SAID = r"[^“”。！？]{1,16}?(?:说|表示|介绍|坦言|感慨|告诉记者|回忆|笑道)[，。：:]"
_ATTRIBUTION = re.compile("”" + _SAID)
# The paragraph's first words are the quotation: "“我们珍视这段友谊。”某某说，…".
_OPENS_ON_ATTRIBUTION = re.compile("^“[^“”]*(?:“[^“”]*”[^“”]*)*”" + _SAID)


def quotes_its_speaker(text: str) -> bool:
    """``text`` quotes someone and names who said it ("“我们珍视这段友谊。”某某说，“…”"): a
    story's voice, which closes many a story ("…”王某说。"); a lead opens on a scene or a bare
    quotation ("“这么难得的机会，可不能错过！”")."""
    return _ATTRIBUTION.search(text) is not None


def opens_on_its_speakers_words(text: str) -> bool:
    """``text`` opens on a quotation and names its speaker right after it ("“我们珍视这段友谊。”
    某某说，“…”"): a story's closing as often as any paragraph of its body, its lead hardly ever
    (a lead opens on a bare quotation, "“这么难得的机会，可不能错过！”", or on a scene that may
    quote someone later, "黄河岸边春风拂动，…“…”薛某说。")."""
    return _OPENS_ON_ATTRIBUTION.match(text) is not None


def points_back(text: str) -> bool:
    """``text`` opens with a sentence that needs one before it (``_POINTS_BACK``): a story's first
    paragraph never does, so a paragraph that does goes on a text begun above it."""
    return bool(_POINTS_BACK.match(text))


def dated_opening(text: str) -> bool:
    """``text`` opens as a news sentence does, with its date and a comma ("2月22日，…"): a
    lead's first words, not a kicker's (a kicker states, it does not date)."""
    return bool(_DATED_OPENING.match(text))


# A speech's salutation, its first line: "各位代表：", "同志们：", "女士们、先生们：", "尊敬的各位来宾："
# — the first words of the text under the heading, never a kicker (whose colon introduces a title).
SALUTATION = re.compile(
    r"^(?:(?:尊敬的|亲爱的)?(?:[\u4e00-\u9fff]{0,4}(?:们|代表|委员|同志|同学|朋友|来宾|嘉宾|老师|家长|乡亲)[、，]?){1,4}"
    r"|[^，。；：？！\s]{0,16}(?:同志们|朋友们|同学们|同胞们|乡亲们|代表们|委员们|女士们、先生们)"
    r"|(?:各位|尊敬的|亲爱的)[^，。；：？！\s]{1,16})[：:]$"
)


def is_sentence(text: str) -> bool:
    """Two or more clause commas or semicolons: "镁光灯下，舞台之上，身穿汉服…" runs on as a sentence;
    a kicker or title holds one at most ("旧车置换新车，补贴加力、商家受益")."""
    return len(_RUN_ON.findall(text)) >= 2


_RUN_ON = re.compile(r"[，；]")


# A sentence's end with the next sentence run on after it: a heading line asks or exclaims at its
# end, or before a space ("村里的垃圾去哪了？ 某某县推行…"), or inside a quotation ("“来水了！”").
_SENTENCE_INSIDE = re.compile(r"[。？！](?=[^\s”’」）)])")


def sentence_inside(text: str) -> bool:
    """``text`` closes a sentence and runs on into the next ("如何让企业获得更好的服务？某银行推出…"):
    prose, never a heading line."""
    return _SENTENCE_INSIDE.search(text) is not None


def open_quote(text: str) -> bool:
    """``text`` opens a quotation it does not close ("“国际科技创新高地是粤港澳大湾"): it stops
    inside a sentence, whatever its length."""
    return text.count("“") > text.count("”")


_FIRST_MARK = re.compile(r"[，。；：？！、]")


# A clause of one ideograph, closed by a comma, a semicolon or a colon: "头，…", "一，…", "麓，…".
_LONE_CHARACTER_CLAUSE = re.compile(r"^[\u4e00-\u9fff][，；：]")


def opens_with_lone_character(text: str) -> bool:
    """``text`` opens with a clause of one ideograph ("头，一旁的某某很是欣慰", "一，顺电某某店深受…",
    "麓，全村7个村民小组…"): the last character of a word cut at the column's edge ("学习劲" / "头，",
    "商店之" / "一，", "雷公山西南" / "麓，"); news prose opens no clause with one character (a
    date opens with its figures, "3月，"; a list its number, "一、")."""
    return _LONE_CHARACTER_CLAUSE.match(text) is not None


# A clause of one word of two or three ideographs, closed by a comma: "要求，…", "以来，…".
_WORD_CLAUSE = re.compile(r"^([\u4e00-\u9fff]{2,3})，")
# A word that makes up fewer than this share of the clauses it closes ends a longer clause: "要求"
# 0.002 ("会议要求，…", "《方案》明确要求，…"), "以来" 0.002 ("今年以来，…"), "认为" 0.003; a sentence
# opens with a one-word clause of a connective or a time ("目前，" 0.84, "因此，" 0.90).
ALONE_LOW = 0.05


def opens_with_clause_end(text: str) -> bool:
    """``text`` opens with a clause of one word that hardly ever makes a clause alone
    (``transforms/dicts/clause_alone.tsv``): "要求，深入贯彻…", "以来，全市…", "认为，…".  The
    word ends a clause whose subject or time was printed on the line above, cut at the column's
    edge ("《整改方案》明确" / "要求，…", "2023年" / "以来，…"), whatever its first character's
    rate ("要" opens 0.18 of clauses, as 要把, 要在).  A word counted too seldom is not judged."""
    m = _WORD_CLAUSE.match(text)
    if m is None or opens_with_its_time(text):
        return False  # "当天，…", "此前，…": a time opens a sentence (``opens_with_its_time``)
    rate = _table("clause_alone.tsv").get(m.group(1))
    return rate is not None and rate < ALONE_LOW


def opens_with_tail(text: str, limit: int) -> bool:
    """``text`` opens with a sentence of at most ``limit`` ideographs ("班组。上服是…", "办。说起…"):
    the tail of a sentence begun elsewhere; news prose does not open with so short a sentence,
    except a quoted reply ("“好。”他说。")."""
    m = _FIRST_MARK.search(text)
    return not text.startswith(("“", "「")) and m is not None and text[m.start()] == "。" and 0 < sum("\u4e00" <= c <= "\u9fff" for c in text[: m.start()]) <= limit
