"""Two heading lines without a dash: a kicker over its title, or a title over its 副题?

A heading block of two plain lines is printed either way: "某某会议在京召开" / "各方面对某项
工作高度认同" (引题 + 主题) or "某行业智能化改造推进方案出台" / "到2030年重点工序数字化率达
80%左右" (主题 + 副题 without its dash).  A line that introduces what follows (it ends in "——"
or "：", or reports who said it, "某某办公室表示") or is too short to stand as a headline is a
kicker outright, and so is a line over a column-tagged title.  Otherwise no one mark decides it,
but papers print the parts in known ways: a kicker is often the long statement, with clause
marks, over a short title; the title carries the block's marks (quoted words, a book title, a
column tag);
a subtitle adds the figures and the detail under its title ("到2027年…", "2025年…倡议书"), lists
the points in phrases ("听取政府工作报告 审查计划报告…"), is the series line of a column
("强党性转作风①"), or names the piece it heads ("访某协会会长某某", "论学习贯彻…"); a title may
ask ("某地何以汇聚百家企业"), a kicker states.  This module weighs that evidence; the weights are
a logistic regression fitted on the ``fit`` and ``dev`` days of the development corpus with the
samples' and held-out files weighing more (``python -m bench.fit --corpus DIR --roles --splits
fit,dev``), signs fixed by the above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.decode import cjk_count
from transforms.headings import (
    ASKS,
    CLAUSE,
    MIN_NAKED_HEADLINE,
    has_column_tag,
    names_its_source,
    names_piece,
    names_report_last,
    opens_naming_piece,
    speech_end,
    subtitle_under_couplet,
    undashed_subtitle,
)
from transforms.lines import ends_sentence
from transforms.sentences import (
    NEVER_LAST,
    SURNAMES,
    dated_opening,
    end_rate,
    is_sentence,
    mid_clause,
    open_end,
    open_quote,
    opens_with_its_scene,
    opens_with_its_time,
    opens_with_lone_character,
    start_rate,
)

# Features of a two-line block (first, second), in this order (each 0 or 1).
FEATURES = (
    "bias",
    "points_under",  # one-phrase title over a longer list of phrases: "…在京开幕" / "听取… 审查…"
    "plain_under_couplet",  # a couplet over a plain longer line: "劳动书写时代篇章 奋斗开创美好明天" / "总书记激励…"
    "figures_under",  # the second line opens with a number or a date: "到2027年关键工序…", "2025年全国…倡议书"
    "series_under",  # the second line ends in a series number: "强党性转作风①", "消费新亮点 发展新赛道③"
    "series_over",  # the first line does: "中国道路中国梦·青春为强国建设伟业奋勇争先②" over its title
    "clause_over",  # clause marks in the first line: the kicker's statement "应对外部压力，防止同质竞争——"
    "marks_under",  # the second line carries quoted words, a book title or a column tag
    "long_over",  # the first line is half as long again as the second: a statement over a short title
    "longer_under",  # the second line is longer than the first
    "asks_over",  # the first line asks: "上海“某空间”何以汇聚百家企业" over "一批年轻人，做着创新的事业"
    "genre_under",  # the second line names the piece: an interview "访某会长某某", an editorial "论学习贯彻…", "…纪实"
)

# Fitted weights (see the module docstring); the second line is the subtitle when the score is > 0.
WEIGHTS: dict[str, float] = {
    "bias": -4.186,
    "points_under": 4.043,
    "plain_under_couplet": 4.247,
    "figures_under": 6.783,
    "series_under": 0.0,
    "series_over": -0.687,
    "clause_over": -1.278,
    "marks_under": -4.329,
    "long_over": -0.443,
    "longer_under": 2.439,
    "asks_over": 7.219,
    "genre_under": 3.494,
}

# A 副题 under its title gives the figures of a period or a target: "到2027年…", "截至3月底…",
# "2025年…", "1至2月…", "二〇二五年…". A line opening with a bare count ("3000余名志愿者走进社区",
# "12个重点项目集中开工") is the news itself, as often the title under its kicker as a 副题.
_FIGURES = re.compile(
    r"^(?:(?:到|至|截至|从)[\d０-９〇○零一二三四五六七八九十]|(?:\d{4}|[〇○零一二三四五六七八九]{4})年|\d{1,2}(?:至\d{1,2})?月)"
)
_SERIES = re.compile(r"(?:[①-⑳]|之[一二三四五六七八九十]+|[（(][一二三四五六七八九十\d]{1,3}[）)])$")
_MARKS = re.compile(r"[“《「]")
# A series' instalment number closing its name: "强党性转作风①", "消费新亮点  发展新赛道③".
INSTALMENT = re.compile(r"[①-⑳]$")
LONG_OVER = 1.5


@dataclass(frozen=True)
class Pair:
    """The evidence of one two-line block."""

    values: tuple[float, ...]

    def score(self, weights: dict[str, float] | None = None) -> float:
        w = WEIGHTS if weights is None else weights
        return sum(w.get(name, 0.0) * v for name, v in zip(FEATURES, self.values))


def pair(first: str, second: str) -> Pair:
    """The evidence for reading ``first`` / ``second`` as title + subtitle rather than kicker + title."""
    a, b = cjk_count(first), cjk_count(second)
    values = {
        "bias": 1,
        "points_under": undashed_subtitle(first, second),
        "plain_under_couplet": subtitle_under_couplet(first, second),
        "figures_under": opens_with_figures(second),
        "series_under": bool(_SERIES.search(second)),
        "series_over": bool(_SERIES.search(first)),
        "clause_over": bool(CLAUSE.search(first)),
        "marks_under": bool(_MARKS.search(second)) or has_column_tag(second),
        "long_over": a >= LONG_OVER * b,
        "longer_under": b > a,
        "asks_over": bool(ASKS.search(first)),
        "genre_under": names_piece(second),
    }
    return Pair(tuple(float(values[f]) for f in FEATURES))


def opens_with_figures(line: str) -> bool:
    """The line opens on the figures of a period or a target, as a 副题 under its title does
    ("到2027年…", "截至3月底…", "2025年…", ``_FIGURES``)."""
    return bool(_FIGURES.match(line))


def leads_in(line: str) -> bool:
    """The line leads in to what follows by its form: "某某村——", "某地皮影戏：", "某某在某地调研时强调"."""
    return line.endswith(("——", "：", ":")) or speech_end(line)


def introduces(line: str, under: str = "") -> bool:
    """The line can only be a kicker: it introduces what follows ("某某村——", "某地皮影戏：",
    "某某在某地调研时强调"), or it is too short to stand as a headline ("纵横", "春耕备耕") — unless
    the line ``under`` it names the piece as only a 副题 does: a short title stands over its 副题 as
    a long one does ("大国小城的春天" / "某某市推动高质量发展见闻", "把论文写在大地上" / "记某农业大学
    教授张三"); a kicker never names the report it heads.  A line of a few ideographs may be a
    column's label ("记者手记"), never taken for a title."""
    if leads_in(line):
        return True
    return cjk_count(line) < MIN_NAKED_HEADLINE and not (
        cjk_count(line) > MAX_LABEL_LINE and (names_piece(under) or bool(INSTALMENT.search(under)))
    )


def title_over_subtitle(first: str, second: str, trace: list | None = None, *, kicker_above: bool = False, tie: bool = False) -> bool:
    """Whether two plain heading lines are a title and its undashed subtitle (else kicker and title).

    A column tag closes the title ("某省因地制宜发展某某新产业（奋勇争先…）"), never a 副题, so a
    line over a tagged one is its kicker whatever it says — even when it asks ("某省怎样答好这道
    题？"), which alone speaks for a title.  Such blocks are still weighed and traced: they are
    most of what teaches the fit that a title carries the block's marks (``marks_under``).  A line
    under the title that names the piece (opening with "访…", "论…", "记…", a speech's occasion, or
    naming the report last, "…一线观察", "…纪事") is its 副题 outright, not weighed."""
    if introduces(first, second) and not (kicker_above and not leads_in(first) and CLAUSE.search(first)):
        # (Under a kicker a title of two beats may be as short as a label: "缅怀，为了更好地传承".)
        return False
    if opens_naming_piece(second) and not opens_naming_piece(first):
        # "建强支部班子 激发基层活力" / "访某镇党委书记某某", "把某某摆在更加突出的位置" /
        # "论学习贯彻某某讲话": a line that opens by naming the piece is its 副题 whatever the
        # lengths — a kicker states the news and never names the report it heads, and a title
        # that did would leave the line above it nothing to be.
        return True
    if names_its_source(second) and not kicker_above and not names_its_source(first):
        # "为构建新发展格局、推动高质量发展不断注入新动能" / "习近平总书记重要讲话激发奋斗热情、…": a
        # line opening on the leader's words or visit, by his post, is the 副题 of the commentary
        # or round-up that answers them, whatever its length or marks; such a piece prints no
        # kicker, so under a line already read as a kicker (``kicker_above``: "习近平总书记在庆祝
        # 某某大会上" / title / 副题 / byline / "发表重要讲话强调，…", the lead cut by its heading) the
        # block is weighed as any other.
        return True
    if names_report_last(second) and not names_piece(first) and cjk_count(first) >= MIN_NAKED_HEADLINE:
        # "在世界舞台展现中国青年担当" / "“世界超市”义乌一线观察": a line naming its report last
        # under a line that stands as a headline is its 副题 too, and its quoted words are its
        # subject's byname, not the title's marks (``marks_under`` outweighed ``genre_under``).
        # Every such line in the corpora's gold is a 副题 ("…元首外交纪事", "…减负工作扫描").
        return True
    if INSTALMENT.search(second) and not INSTALMENT.search(first):
        # "某市有序推进重点文旅项目" / "消费新亮点  发展新赛道③": a series' name with its number
        # is the 副题 of the piece it numbers (all four in the corpus print it so, with a dash).
        return True
    p = pair(first, second)
    # ``kicker_above``: a line over the two is their kicker already, and the other reading would
    # make ``first`` a second kicker line, which a paper prints far less often than a kicker over
    # a title: the evidence is weighed without the two-line block's prior (``bias``).
    # ``tie``: the caller knows more that speaks for title and 副题, so no evidence either way
    # (a score of 0) reads them so too.
    prior = WEIGHTS["bias"] if kicker_above else 0.0
    score = p.score() - prior
    decision = (score >= 0 if tie else score > 0) and not (has_column_tag(second) and not has_column_tag(first))
    if trace is not None:
        trace.append(([first, second], p, decision))
    return decision


# -- the top line of a block: a kicker, or the first half of the story's first sentence --------
#
# A lead printed above its heading and cut by it leaves its first half as the block's top line:
# "看着炉膛里两团跳" / "“某某”（新春走基层）" / byline / "动的橘红色火苗，82岁的…".  Such a line
# reads like prose that stops in the middle (a clause mark and no end, a function character or an
# open quotation last, a word that needs what follows last: "…怎么样，记者最近到", "…有利于居民更",
# a dated opening; joined to the body, a first sentence setting its scene: "走在某市某区凌空" /
# "街道六小区，…"), and the body under the heading starts in the middle of a
# sentence (a character that hardly opens a clause, a sentence of a few characters, a clause of one
# ideograph, the last of a word cut by the heading: "…才能解" / "锁，…", a word whose two characters
# stand on either side of the cut).  A kicker ends as a heading does ("——", "：",
# a closing quote), is printed on its title's line, stands in a block of two kicker lines as the
# lower one, or is a label of a few characters.  A commentary (its title closed by its column tag,
# "…（某某时评）", signed by its writer, "张三") seldom prints a statement over its title: a line of
# prose there is its summary or lead printed above the heading ("事项越减越少，改革的信号越来越
# 清晰，某地…"), unless it closes as one statement does (``closes_a_statement``).
# Fitted like the pair above (``bench.fit --halves``).
HALF_FEATURES = (
    "bias",
    "clause",  # clause marks inside, no end mark: "人工智能快速发展，在"
    "open",  # an open quotation or book title: "《中共中央 国务"
    "never_last",  # ends on a function character: "…到“绿富美”的"
    "heading_end",  # ends as a heading does: "——", "：", "？", "！", "”", "）", "》"
    "dated",  # opens with its date and a comma: "2月22日，…"
    "run_on",  # two clause commas: a sentence, not printed on its title's line
    "over_kicker",  # another kicker line under it
    "label",  # a few ideographs: "核心阅读", "开栏的话"
    "on_title",  # printed on its title's line
    "quoted",  # the story prints the line again in its body
    "short_tail",  # the body opens with a sentence of a few characters: "办。说起…"
    "mid_clause",  # the body opens with a character that hardly opens a clause: "们…", "的…"
    "rare_start",  # … or one that opens few clauses (a softer reading of the same)
    "cut_word",  # the two characters across the cut stand together elsewhere in the issue
    "open_end",  # ends on a word needing what follows: "…，记者最近到", "…，有利于居民更"; with no clause
    # mark, on one that all but never closes a clause (a function word: "每个中国人一定都", "…期间须")
    "commentary",  # prose over a commentary's title (a column tag, a writer's line): "…（某某时评）" / "张三"
    "lone_start",  # the body opens with a clause of one ideograph, a word's last character: "…才能解" / "锁，…"
    "scene",  # joined to the body, the line opens as a story sets its scene, the body alone does not: "走在某省某市铁西区凌空" / "街道六小区，…"
)

HALF_WEIGHTS: dict[str, float] = {
    "bias": -4.052,
    "clause": 1.461,
    "open": 0.0,
    "never_last": 1.265,
    "heading_end": -1.631,
    "dated": 0.0,
    "run_on": 0.0,
    "over_kicker": 3.935,
    "label": -0.434,
    "on_title": -2.144,
    "quoted": 0.0,
    "short_tail": 1.041,
    "mid_clause": 0.719,
    "rare_start": 1.171,
    "cut_word": 3.489,
    "open_end": 2.708,
    "commentary": 4.27,
    "lone_start": 1.032,
    "scene": 1.855,
}

# A kicker may end on these ("河南某村——", "某某：", "…？", "“…”", "（…）"); a half-sentence does not.
HEADING_ENDS = ("—", "：", "？", "！", "”", "）", ")", "》")
RARE_START = 0.1  # a character that opens fewer than one in ten of its clauses
# The body under a kicker that is half a sentence starts with the rest of it: a first sentence
# this short ("办。说起…") says the sentence began above the heading.
MAX_CUT_CLAUSE = 6


@dataclass(frozen=True)
class Half:
    """The evidence on the top line of a heading block being the first half of the body's first sentence."""

    values: tuple[float, ...]
    lazy: float  # the weight of cut_word when it was not looked up (0 when it was)

    def score(self, weights: dict[str, float] | None = None) -> float:
        w = HALF_WEIGHTS if weights is None else weights
        return sum(w.get(name, 0.0) * v for name, v in zip(HALF_FEATURES, self.values))


def half_evidence(
    half: str, body: str, *, over_kicker: bool, on_title: bool, quoted: bool, cut_word: bool | None = None, commentary: bool = False
) -> Half:
    """The evidence for ``half`` (a block's top kicker line) being the first half of ``body``'s first
    sentence. ``cut_word`` None: not looked up (``Half.lazy`` holds what it could add); ``commentary``:
    the title is closed by its column tag and signed by a writer, not a reporter (``bylines.by_reporter``)."""
    m = re.search(r"[，。；：？！、]", body)
    rate = start_rate(body[:1])
    values = {
        "bias": 1,
        "clause": bool(CLAUSE.search(half)) and not ends_sentence(half) and not half.endswith(HEADING_ENDS),
        "open": open_quote(half) or half.count("《") > half.count("》"),
        "never_last": half[-1:] in NEVER_LAST,
        "heading_end": half.endswith(HEADING_ENDS),
        "dated": dated_opening(half),
        "run_on": is_sentence(half) and not on_title,
        "over_kicker": over_kicker,
        "label": cjk_count(half) <= MAX_LABEL_LINE,
        "on_title": on_title,
        "quoted": quoted,
        "short_tail": m is not None and body[m.start()] == "。" and cjk_count(body[: m.start()]) <= MAX_CUT_CLAUSE,
        "mid_clause": mid_clause(body),
        "rare_start": rate is not None and rate < RARE_START and body[:1] not in SURNAMES,
        "cut_word": bool(cut_word),
        "open_end": open_end(half, strict=not CLAUSE.search(half)),
        "commentary": commentary and bool(CLAUSE.search(half)) and not closes_a_statement(half, quoted=quoted),
        "lone_start": opens_with_lone_character(body),
        "scene": opens_with_its_scene(half + body) and not opens_with_its_scene(body),
    }
    lazy = 0.0 if cut_word is not None else max(0.0, HALF_WEIGHTS.get("cut_word", 0.0))
    return Half(tuple(float(values[f]) for f in HALF_FEATURES), lazy)


MAX_LABEL_LINE = 6

# A line that closes on a word ending at least this share of its clauses ("…受到规范" 0.20, "…挺身
# 而出" 0.12, "…得实惠" 0.18) stops where a statement may stop; the column's edge cuts a lead's
# sentence mostly mid-phrase ("…有利于我们更" 0.01, "…最近到" 0.04, "…发展的内").
CLOSED_END = 0.1
_SENTENCE_END_INSIDE = re.compile(r"[。？！]")
_STATEMENT_COMMA = "，"


def closes_a_statement(line: str, *, quoted: bool) -> bool:
    """A line of prose over a commentary's title that reads as a kicker's whole statement, not the
    commentary's own words printed above it: a page redraws a kicker over any title, a
    commentary's too ("家电以旧换新，政策加力、企业受益、消费者得实惠" / "让旧书新友喜相逢（金台随笔）" /
    "在北京、上海，…").  Such a statement is a topic and its comment, two clauses joined by one comma
    ("为了和平与正义，英雄挺身而出"), closing on a word that closes clauses; a line whose only marks
    are 、 is a list, cut mid-list ("全民阅读大会盛况空前、各大图书馆到馆" / "读者人数屡创新高、…"),
    and one of three clauses or more is a lead's sentence ("赏美景、品美食，看演出、逛市集，刚刚过去的
    “五一”假期，各地旅游景区" / "熙熙攘攘，…").
    The text does not print it again (a summary or a pull-quote is a passage of the text); it does
    not open as a lead does, with its time ("前段时间，某地…"); and it holds one statement, no
    sentence that ends inside it ("…企业生产状态如何？最近" / "到河南多地走访，…")."""
    rate = end_rate(line)
    return (
        line.count(_STATEMENT_COMMA) == 1 and rate is not None and rate >= CLOSED_END and not quoted
        and not opens_with_its_time(line) and not _SENTENCE_END_INSIDE.search(line)
    )
