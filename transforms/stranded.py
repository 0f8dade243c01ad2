"""Stranded leads: paragraphs at the end of one article that are about a later one.

Page layouts often print an article's lead above its headline, or the extraction leaves a
piece of one story between two others.  The segmenter then hangs those paragraphs on the end
of the story before them.  Sample 000 prints, after the last sentence of the 绍兴 report
("…随风潜入夜，润物细无声。"), two paragraphs about 东辽县's 美丽乡村 campaign and then four about
the 整改方案, and only then the headline 辽源市公开省级生态环境督察整改方案.

Rule: a run of whole paragraphs at the end of an article (the one before it ends a sentence
or is a box line such as "举报电话：3281234", so no sentence continues across the cut) moves
to the start of a later article when every paragraph of it, and the run as a whole, is clearly
more about that article than about the rest of its own (``transforms.topic`` lifts), and shares
more of that article's headline words than of its own headline's.  The article keeps at least
``MIN_CORE`` paragraphs, and at most ``MAX_TAIL`` paragraphs move, so a story is never emptied.

A story of two or three paragraphs (a brief) is too short to weigh a run against, yet the next
story's one-paragraph lead lands under it as often: its last paragraph moves to the story right
under it when it names that headline's words more than its own (``_lead_of_next``).  Box lines
("全省扫黑举报电话：0431-…") ending a story after its last sentence open the box of such lines
under the next heading when they name its headline more than their story's (``_box_lines_of_next``).
A long story's last paragraph that names too little of the next headline for a run moves to the
story under it when it breaks from the paragraphs it follows, far more about that story's opening
than about them, or less far when it opens by setting a scene as a lead does ("大年初一，…", "某省某县
某镇，…") (``_lead_of_next_by_its_break``); read so, a run right above a heading goes under it even
when a story farther on is closer in topic: the extraction leaves a lead above its own heading
(``_under_the_next_heading``).  A story's last paragraph that is a line of a few words set off by a
comma ("“拥抱创新，共赢未来”。"), too short to weigh against the paragraphs it follows, moves to the
story under it when more about that story than about its own (``_short_lead_of_next``): a story
closes on a sentence that rounds it off, a commentary or a feature opens on such a line.  A body
found opening on its first section's number ("（一）") takes its introduction back from the end of
the story above it (``_introduction_of_next``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms import bylines as B
from transforms.decode import cjk_count
from transforms.headings import CLAUSE, is_crosshead, is_field
from transforms.lines import ends_sentence
from transforms.sentences import opens_on_its_speakers_words, opens_with_its_place, opens_with_its_scene, quotes_its_speaker
from transforms.segment import MAX_LEAD_ABOVE, Draft
from transforms.topic import Topics, bigrams

# A paragraph wholly in brackets is a note on the piece it ends: "（作者为…）", "（本报记者张三、李四）".
_NOTE = re.compile(r"^[（(].*[）)]$")
MIN_CORE = 3
# A paragraph opening on an ellipsis is an excerpt printed out of its place (a deck: "……老人患有认知症，
# 近来出现被害妄想症状…", which the story prints whole further on); a lead opens its story on its own words.
_EXCERPT = re.compile(r"^(?:……|…|\.{3,})")
# The number of a body's first section: "（一）", "一、总体要求".
FIRST_SECTION = re.compile(r"^(?:[（(]一[)）]|一、[^，。；！？]{1,20})$")
MAX_TAIL = 8
# Each paragraph of the run must score this many times higher against its new article than
# against its own article's remaining text; the run as a whole, RUN_RATIO times.
PARAGRAPH_RATIO = 1.3
RUN_RATIO = 1.5
# The run must also name its new article's headline words ("辽源市公开省级生态环境督察整改方案":
# 整改, 方案, 督察 …) more than its old one's: this weighted share of the headline at least.
MIN_HEADLINE_SHARE = 0.1
# A tail paragraph that names none of the later headline's words must lift this many times
# higher against that article than against its own article's headline and first paragraphs.
UNNAMED_RATIO = 3.0
START_PARAGRAPHS = 2
UNNAMED_TAIL = 2
# A paragraph with fewer pairs than this says too little about its topic to be moved, unless it
# is a whole sentence of at least MIN_SENTENCE_PAIRS ("2024年，某品牌价值已突破3000亿元。", the
# one-sentence lead of a signed piece printed above its heading); "案例来源：某某法院" is none.
MIN_PAIRS = 12
MIN_SENTENCE_PAIRS = 8
# A paragraph of at most this many ideographs is a line of a few words ("“拥抱创新，共赢未来”。").
SHORT_LEAD = 20
# Articles this many places before or after are candidates (a page holds about this many),
# which keeps a big file's cost linear in its articles.
MAX_REACH = 8
# A lead left above its heading is weighed, locally, against this many paragraphs on either side
# of that heading: the end of the story it was left on and the start of its own.
NEAR_PARAGRAPHS = 3


@dataclass
class _Article:
    profile: frozenset[int]
    docs: int
    background: float


def _headings(d: Draft) -> list[str]:
    return [t for t in (d.kicker, d.headline, d.subtitle) if t]


class _Described(dict):
    """Article index -> its description, built on first use (most articles are never a candidate)."""

    def __init__(self, topics: Topics, drafts: list[Draft]):
        super().__init__()
        self.topics, self.drafts = topics, drafts

    def __missing__(self, x: int) -> _Article:
        d = self.drafts[x]
        art = self[x] = _describe(self.topics, [*_headings(d), *d.paragraphs])
        return art


def _describe(topics: Topics, texts: list[str]) -> _Article:
    # An article's (or its core's) texts are texts of the issue the topics were built from.
    pairs = [bigrams(t) for t in texts]
    profile, background = topics.texts_background(pairs)
    return _Article(profile, len(pairs), background)


def _lift(topics: Topics, pairs: frozenset[int], art: _Article) -> float:
    return topics.score(pairs, art.profile) / art.background


def move_stranded(drafts: list[Draft], topics: Topics | None = None) -> int:
    """Move stranded runs of paragraphs to the later article they belong to; returns how many moved.

    ``topics``: the pair weights of the issue's text if the caller has them (the segmenter's),
    else they are counted here from the drafts."""
    if len(drafts) < 2 or not any(_may_strand(d) or _may_lend(d) or _box_tail(d) for d in drafts[:-1]):
        return 0  # no article has a tail long enough to move: skip building the topics
    if topics is None:
        topics = Topics(t for d in drafts for t in (*_headings(d), *d.paragraphs))
    arts = _Described(topics, drafts)
    heads = [_headline_pairs(x) for x in drafts]
    moves: list[tuple[int, int, int, int]] = []  # (source, start, end, target)
    for a, d in enumerate(drafts[:-1]):
        n = len(d.paragraphs)
        if (k := _box_tail(d)) and _box_lines_of_next(topics, drafts, arts, heads, a, k):
            moves.append((a, n - k, n, a + 1))
        elif (cut := _introduction_of_next(topics, drafts, arts, a)) is not None:
            moves.append((a, cut, n, a + 1))
        elif _may_strand(d) and (runs := _stranded_runs(topics, drafts, arts, heads, a)):
            moves.extend((a, s, e, t) for s, e, t in _under_the_next_heading(topics, drafts, arts, a, runs))
        elif _may_lend(d) and _lead_of_next(topics, drafts, arts, heads, a):
            moves.append((a, n - 1, n, a + 1))
        elif _may_strand(d) and (k := _lead_of_next_by_its_break(topics, drafts, arts, a)):
            moves.append((a, n - k, n, a + 1))
        elif _ends_on_a_short_line(d) and _short_lead_of_next(topics, drafts, arts, a):
            moves.append((a, n - 1, n, a + 1))
    if not moves:
        return 0
    taken: dict[int, list[tuple[list[str], list[int]]]] = {}
    for a, s, e, t in moves:
        taken.setdefault(t, []).append((drafts[a].paragraphs[s:e], drafts[a].blocks[s:e]))
    for a, s, e, _t in sorted(moves, key=lambda m: (m[0], -m[1])):
        del drafts[a].paragraphs[s:e]
        del drafts[a].blocks[s:e]
    for t, pieces in taken.items():
        paragraphs = [p for ps, _ in pieces for p in ps]
        blocks = [b for _, bs in pieces for b in bs]
        drafts[t].paragraphs[:0] = paragraphs
        drafts[t].blocks[:0] = blocks
    return sum(e - s for _a, s, e, _t in moves)


def _may_strand(d: Draft) -> bool:
    """Cheap necessary condition: more than MIN_CORE paragraphs and a last one long enough to move.

    Every run that moves contains the article's last paragraph, which needs MIN_PAIRS pairs;
    its length in characters bounds its number of pairs.
    """
    n = len(d.paragraphs)
    last = d.paragraphs[-1] if d.paragraphs else ""
    least = MIN_SENTENCE_PAIRS if ends_sentence(last) else MIN_PAIRS
    return n > MIN_CORE and len(last) > least and len(bigrams(last)) >= least


def _may_lend(d: Draft) -> bool:
    """A short story (at most MIN_CORE paragraphs, more than one) whose last paragraph is long
    enough to be another story's lead."""
    n = len(d.paragraphs)
    if not 1 < n <= MIN_CORE:
        return False
    last = d.paragraphs[-1]
    return len(bigrams(last)) >= (MIN_SENTENCE_PAIRS if ends_sentence(last) else MIN_PAIRS)


def _takes_no_lead(nxt: Draft) -> bool:
    """The story under a heading takes no lead from above it: it has no headline or body, or a
    dateline lead of its own ("本报讯（记者 张三）…"; a story has one lead)."""
    if not nxt.headline or not nxt.paragraphs:
        return True
    return bool(nxt.byline and B.LEAD.fullmatch(nxt.byline)) or B.LEAD.match(nxt.paragraphs[0]) is not None


def _ends_on_a_short_line(d: Draft) -> bool:
    """Cheap necessary condition of ``_short_lead_of_next``: more than MIN_CORE paragraphs, the last a
    whole sentence of at most SHORT_LEAD ideographs, set off by a comma (a lead's first words name its
    time, place or theme and pause: "“五一”假期，在四川，…", "伟大梦想，希望在青年，…", "“拥抱创新，共赢
    未来”。"; a story's closing line says its one thing: "“银河”人创造出一个又一个人间奇迹。"), and not a
    note run into it ("谢谢大家。（新华社…电）")."""
    if len(d.paragraphs) <= MIN_CORE:
        return False
    last = d.paragraphs[-1]
    return cjk_count(last) <= SHORT_LEAD and ends_sentence(last) and not last.endswith(("）", ")")) and CLAUSE.search(last) is not None


def _short_lead_of_next(topics: Topics, drafts: list[Draft], arts: dict[int, _Article], a: int) -> bool:
    """The last paragraph of drafts[a], a line of a few words, is the lead of the story under it,
    printed above its heading: "…兰州新区正以…" / "“拥抱创新，共赢未来”。" / 透过上海车展读懂三组密码
    （人民时评） / "近日，第二十一届上海国际汽车工业展览会闭幕。…".  A story closes on a sentence that
    rounds it off; a line of a few words standing as a paragraph of its own is how a commentary or a
    feature opens ("伟大梦想，希望在青年，也成就青年。", "“五一”假期，在四川，一些小村庄格外热闹。").  Too
    short for ``_lead_of_next_by_its_break`` (it needs MIN_SENTENCE_PAIRS), it moves when it is
    RUN_RATIO times more about the next story than about the rest of its own, after a whole sentence;
    not a box line ("网友：请问…？", ``is_field``), an excerpt, nor a speaker's words with the speaker
    named.  The next story must not have a dateline lead of its own (a story has one lead)."""
    d, nxt = drafts[a], drafts[a + 1]
    if not d.headline or _takes_no_lead(nxt):
        return False
    last, before = d.paragraphs[-1], d.paragraphs[-2]
    if _NOTE.match(last) or is_field(last) or _EXCERPT.match(last) or quotes_its_speaker(last):
        return False
    if not (ends_sentence(before) or is_field(before)) or is_crosshead(before):
        return False
    pk = bigrams(last)
    core = _describe(topics, [*_headings(d), *d.paragraphs[:-1]])
    return _lift(topics, pk, arts[a + 1]) > RUN_RATIO * _lift(topics, pk, core)


def _lead_of_next(topics: Topics, drafts: list[Draft], arts: dict[int, _Article], heads: list[frozenset[int]], a: int) -> bool:
    """The last paragraph of the short story drafts[a] is the lead of the story right under it,
    printed above that story's heading: "本报讯（记者 于志）1月25日，…接种工作已全部完成。" /
    "“党支部工作联系点工作启动对接以来，我从抓实‘五个基本’入手…”" / 抓实党支部质量提升 打造坚强
    战斗堡垒 / "“抓支部班子建设，…”".  A story too short for ``_stranded_runs`` has too little text
    to be weighed against, so the paragraph must name the next headline's words, more than its
    own story's (clearly, unless it opens by setting its scene as a lead does: "1月25日0—24时，…",
    "湖北某市江岸区解放公园东南角，…", ``opens_with_its_scene``), and be
    clearly more about the next story than about the rest of its own; and
    the next story must not have a dateline lead of its own (a story has one lead)."""
    d, nxt = drafts[a], drafts[a + 1]
    if not d.headline:
        return False  # a story's continued part ("（上接第1版）" / …) has no headline to weigh against
    if _takes_no_lead(nxt):
        return False
    last, before = d.paragraphs[-1], d.paragraphs[-2]
    if not (ends_sentence(before) or is_field(before)) or is_crosshead(before) or _NOTE.match(last):
        return False
    pk = bigrams(last)
    named = topics.score(heads[a + 1], pk)
    # A paragraph opening with its date or place, as a lead does ("1月25日0—24时，辽源市无新增确诊
    # 病例…", "湖北某市江岸区解放公园东南角，一座纪念碑…"), needs only to name the next headline
    # more than its own story's.
    if named <= topics.score(heads[a], pk) or (named < MIN_HEADLINE_SHARE and not opens_with_its_scene(last)):
        return False
    # The lead is one paragraph: the one before it is its own story's ("本报讯（记者 于志）1月
    # 25日，…"), else the run above the heading is longer than what may move here.
    pb = bigrams(before)
    if topics.score(heads[a + 1], pb) > topics.score(heads[a], pb):
        return False
    core = _describe(topics, [*_headings(d), *d.paragraphs[:-1]])
    return _lift(topics, pk, arts[a + 1]) > RUN_RATIO * _lift(topics, pk, core)


def _under_the_next_heading(
    topics: Topics, drafts: list[Draft], arts: dict[int, _Article], a: int, runs: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """The runs ``_stranded_runs`` found at the end of drafts[a], with the paragraphs right above
    the next heading given to the story under it when they read as its lead there
    (``_lead_of_next_by_its_break``), though a story farther on is closer in topic: the extraction
    leaves a lead above its own heading ("劳动谱写时代华章，奋斗创造美好未来。…" / "“五一”假期，许许多多…
    劳动者仍然坚守岗位…" / 坚守诠释责任  奉献书写担当（劳动者之歌）), and a story a few places on
    that speaks of the same things (劳动, 奋斗 in the day's other May Day pieces) is no reason to
    carry them past it.  A run of one paragraph whose best match is the next story takes the
    paragraph before it too when that one opens on its place and the two read as that story's lead
    ("江苏扬州邗江区，一条全长约3.3公里的河道…" / "对于民生工程，百姓最怕…" / 来论 / 接力谱写发展新篇)."""
    n = len(drafts[a].paragraphs)
    s, e, t = runs[0]  # runs run from the end backwards: runs[0] holds the last paragraph
    if e != n or _EXCERPT.match(drafts[a].paragraphs[-1]):
        return runs
    if t == a + 1 and (e - s >= MAX_LEAD_ABOVE or not opens_with_its_place(drafts[a].paragraphs[-2])):
        return runs
    if (k := _lead_of_next_by_its_break(topics, drafts, arts, a)) <= (e - s if t == a + 1 else 0):
        return runs
    return [(n - k, n, a + 1), *((s, min(e, n - k), t) for s, e, t in runs if s < n - k)]


def _lead_of_next_by_its_break(topics: Topics, drafts: list[Draft], arts: dict[int, _Article], a: int) -> int:
    """How many paragraphs ending the story drafts[a] (0, 1 or MAX_LEAD_ABOVE) are the lead of the
    story under it, printed above its heading, though they name too little of that headline for
    ``_stranded_runs``: "…老杨笑声爽朗。" / "大年初一，某村人声鼎沸，稻场上小板凳一字排开…" / 村晚唱出
    好日子 / "“锣鼓一敲响声声…”"; or a lead of two paragraphs ("开挖直径16.66米！近日，…盾构机…下线。"
    / "盾构机，集机、电、信息…于一身，…" / 自主创新始终是核心驱动力).
    After a whole sentence, the last paragraph, else the last two, are RUN_RATIO times more about
    the next story than about the rest of their own, and break from the paragraphs they follow: they
    are UNNAMED_RATIO times more about the next story's heading and first paragraphs than about
    them, only RUN_RATIO times when they open by setting a scene as a lead does
    (``opens_with_its_scene``).  A story's closing paragraph goes on from the paragraphs before it
    ("如今，在某故居内，展板讲述着…" after the story of the man that house remembers), however close
    its topic to the next story's, and so do a speaker's words with the speaker named ("“…”某某说。",
    ``quotes_its_speaker``), which never move.  When the last paragraph alone breaks off, the one
    before it goes too if it opens on its place (``opens_with_its_place``: "在浙江省永康市古山镇，有…")
    and the two break off together: a lead of two paragraphs opens on its scene, while a closing
    looks ahead from its time ("今年下半年，…", "如今，…").  The next story must not have a dateline
    lead of its own (a story has one lead)."""
    nxt = drafts[a + 1]
    if _takes_no_lead(nxt):
        return 0
    n = len(drafts[a].paragraphs)
    k = next((k for k in range(1, MAX_LEAD_ABOVE + 1) if n - k >= MIN_CORE and _breaks_off(topics, drafts, arts, a, k)), 0)
    if k == 1 and n - 2 >= MIN_CORE and opens_with_its_place(drafts[a].paragraphs[-2]) and _breaks_off(topics, drafts, arts, a, 2):
        return 2
    return k


def _breaks_off(topics: Topics, drafts: list[Draft], arts: dict[int, _Article], a: int, k: int) -> bool:
    """The last k paragraphs of drafts[a] are whole sentences that break off from their story
    towards the next one (``_lead_of_next_by_its_break``)."""
    d, nxt = drafts[a], drafts[a + 1]
    run, before = d.paragraphs[-k:], d.paragraphs[-k - 1]
    if any(not ends_sentence(p) or _NOTE.match(p) or quotes_its_speaker(p) for p in run):
        return False
    if not (ends_sentence(before) or is_field(before)) or is_crosshead(before):
        return False
    pk = frozenset().union(*(bigrams(p) for p in run))
    core = _describe(topics, [*_headings(d), *d.paragraphs[:-k]])
    if _lift(topics, pk, arts[a + 1]) < RUN_RATIO * _lift(topics, pk, core):
        return False
    opening = _describe(topics, [*_headings(nxt), *nxt.paragraphs[:NEAR_PARAGRAPHS]])
    end = _describe(topics, d.paragraphs[-k - NEAR_PARAGRAPHS : -k])
    ratio = RUN_RATIO if opens_with_its_scene(run[0]) else UNNAMED_RATIO
    return _lift(topics, pk, opening) > ratio * _lift(topics, pk, end)


def _introduction_of_next(topics: Topics, drafts: list[Draft], arts: dict[int, _Article], a: int) -> int | None:
    """Where, in drafts[a], the introduction of the story under it begins, when the extraction
    printed it above that story's heading: a body in numbered sections opens on its introduction,
    which the first section's number follows ("“五一”国际劳动节是…" / … / "大道如砥，行者无疆。…" /
    用创造拥抱新时代，以奋斗铸就新辉煌 / "（一）" / "从产业特征看，…").  A body found opening on that
    number takes the longest run of whole paragraphs ending drafts[a], at most MAX_TAIL, that is as
    a whole RUN_RATIO times more about it than about the rest of its own story, and whose first
    paragraph is PARAGRAPH_RATIO times so (an introduction speaks in general terms: no paragraph
    of it need name the headline); a story that does open on its first section finds none."""
    d, nxt = drafts[a], drafts[a + 1]
    n = len(d.paragraphs)
    if not d.headline or not nxt.headline or not nxt.paragraphs or not FIRST_SECTION.match(nxt.paragraphs[0]):
        return None
    if n <= MIN_CORE:
        return None
    tail: list[frozenset[int]] = []
    for k in range(n - 1, max(MIN_CORE, n - MAX_TAIL) - 1, -1):
        if not ends_sentence(d.paragraphs[k]) or _NOTE.match(d.paragraphs[k]) or opens_on_its_speakers_words(d.paragraphs[k]):
            break
        tail.append(bigrams(d.paragraphs[k]))
    for cut in range(n - len(tail), n):
        before = d.paragraphs[cut - 1]
        if not ends_sentence(before) or is_crosshead(before):
            continue
        run, first = frozenset().union(*tail[: n - cut]), tail[n - cut - 1]
        core = _describe(topics, [*_headings(d), *d.paragraphs[:cut]])
        # The introduction's first paragraph, too, is more about the story it opens than about
        # the one it follows ("“五一”国际劳动节是…", not "…巴蜀大地生机勃勃、气象万千。").
        if _lift(topics, run, arts[a + 1]) > RUN_RATIO * _lift(topics, run, core) and _lift(
            topics, first, arts[a + 1]
        ) > PARAGRAPH_RATIO * _lift(topics, first, core):
            return cut
    return None


def _box_tail(d: Draft) -> int:
    """How many box lines ("label：value", ``is_field``) end the story after its last sentence of
    prose: "…造成水质下降的因素很多，…常抓不懈。" / "全省扫黑举报电话：0431-12389"."""
    n = len(d.paragraphs)
    k = 0
    while k < min(n - 1, MAX_TAIL) and is_field(d.paragraphs[n - 1 - k]):
        k += 1
    return k if k and ends_sentence(d.paragraphs[n - 1 - k]) and not is_field(d.paragraphs[n - 1 - k]) else 0


def _box_lines_of_next(
    topics: Topics, drafts: list[Draft], arts: dict[int, _Article], heads: list[frozenset[int]], a: int, k: int
) -> bool:
    """The k box lines ending drafts[a] are the first lines of the box under the next heading,
    printed above it: a box of lines opens with one ("扫黑除恶 全民参与 重要线索 予以奖励" /
    "举报电话：…" / "来信来访：…"), and a line that names the box's headline words more than its
    story's, and is more about the box than about that story, is the box's ("全省扫黑举报电话：…").
    A story's own contact line ("咨询电话：3281234") names neither headline and stays."""
    d, nxt = drafts[a], drafts[a + 1]
    if not d.headline or not nxt.headline or not nxt.paragraphs or not is_field(nxt.paragraphs[0]):
        return False
    n = len(d.paragraphs)
    run = frozenset().union(*(bigrams(p) for p in d.paragraphs[n - k :]))
    if topics.score(heads[a + 1], run) <= topics.score(heads[a], run):
        return False
    core = _describe(topics, [*_headings(d), *d.paragraphs[: n - k]])
    return _lift(topics, run, arts[a + 1]) > RUN_RATIO * _lift(topics, run, core)


def _stranded_runs(
    topics: Topics, drafts: list[Draft], arts: dict[int, _Article], heads: list[frozenset[int]], a: int
) -> list[tuple[int, int, int]]:
    """(start, end, target) runs at the end of drafts[a] that belong to later articles.

    A cut qualifies when every tail paragraph after it passes all tests.  The tests that do
    not depend on the cut (enough pairs, best match a later article, names its headline) are
    checked first, from the last paragraph backwards: the first one that fails bounds the cut
    from below, and only cuts after it are described (the costly step).
    """
    d = drafts[a]
    n = len(d.paragraphs)
    if n <= MIN_CORE:
        return []
    first = max(MIN_CORE, n - MAX_TAIL)
    near = range(max(0, a - MAX_REACH), min(len(drafts), a + MAX_REACH + 1))
    pairs: dict[int, frozenset[int]] = {}
    targets: dict[int, tuple[float, int]] = {}  # tail paragraph -> (best lift, article)
    lo = n
    start: _Article | None = None
    while lo > first:
        k = lo - 1
        pk = pairs[k] = bigrams(d.paragraphs[k])
        if len(pk) < (MIN_SENTENCE_PAIRS if ends_sentence(d.paragraphs[k]) else MIN_PAIRS) or _NOTE.match(d.paragraphs[k]):
            break  # "（作者为…）", "（本报记者张三、李四）" sign the piece they end, whatever they name
        # The paragraph on its own names its new article's headline words more than its own's;
        # tested first for every later neighbour, as no target can pass otherwise (and finding
        # the target needs those articles described).
        own_named = topics.score(heads[a], pk)
        named = {x: topics.score(heads[x], pk) > own_named for x in near if x > a}
        found = False
        if any(named.values()):
            # _lift(topics, pk, arts[x]) for each neighbour, with pk's own weight summed once.
            total = topics.weight_of(pk)
            weigh = topics.weight_of
            best = targets[k] = max(
                ((weigh(pk & arts[x].profile) / total if total > 0 else 0.0) / arts[x].background, x) for x in near if x != a
            )
            t = best[1]
            found = t > a and named[t]
        if not found and k >= n - UNNAMED_TAIL and a + 1 < len(drafts):
            # A lead that names no headline word ("大年初四凌晨5点，…"), right before the next
            # headline: it moves only when far more about the next story than about its own
            # story's headline and first paragraphs.  It need not share words with the next
            # story's first paragraphs: it is that story's first paragraph, and the next one
            # goes on to another point ("30年前，我国首台电动客车诞生…" over "时间刻度尺串联起…");
            # nor does naming a farther story's headline words, without being that story's,
            # keep it from being the next one's.
            if start is None:
                start = _describe(topics, [*_headings(d), *d.paragraphs[:START_PARAGRAPHS]])
            lift_next = _lift(topics, pk, arts[a + 1])
            if lift_next < UNNAMED_RATIO * _lift(topics, pk, start):
                break
            targets[k] = (lift_next, a + 1)
        elif not found:
            break
        lo = k
    if lo == n:
        return []
    core_texts = [*_headings(d), *d.paragraphs[:first]]
    for cut in range(first, n):
        if cut > first:
            core_texts.append(d.paragraphs[cut - 1])
        if cut < lo:
            continue  # some paragraph of this tail fails a test that does not depend on the cut
        before = d.paragraphs[cut - 1]
        if not (ends_sentence(before) or is_field(before)) or is_crosshead(before):
            continue  # a sentence or a section would run across the cut ("电子邮箱：…@qq.com" closes a box line)
        if opens_on_its_speakers_words(d.paragraphs[cut]):
            continue  # "“我们珍视这段友谊。”某某说，“…”" closes its story; a lead hardly ever opens so
        core = _describe(topics, core_texts)
        tail = range(cut, n)
        if all(targets[k][0] > PARAGRAPH_RATIO * _lift(topics, pairs[k], core) for k in tail):
            run_pairs = [pairs.get(k) or bigrams(p) for k, p in enumerate(d.paragraphs)]
            return _runs(topics, run_pairs, arts, core, heads, a, cut, n, [targets[k][1] for k in tail])
    return []


def _headline_pairs(d: Draft) -> frozenset[int]:
    return frozenset().union(*(bigrams(t) for t in _headings(d)))


def _runs(
    topics: Topics,
    pairs: list[frozenset[int]],
    arts: dict[int, _Article],
    core: _Article,
    heads: list[frozenset[int]],
    a: int,
    cut: int,
    n: int,
    dest: list[int],
) -> list[tuple[int, int, int]]:
    """Split the tail into runs by destination; keep the last runs that are clearly foreign as a whole."""
    runs: list[tuple[int, int, int]] = []
    start = cut
    for k in range(cut + 1, n + 1):
        if k == n or dest[k - cut] != dest[start - cut]:
            runs.append((start, k, dest[start - cut]))
            start = k
    kept: list[tuple[int, int, int]] = []
    for s, e, t in reversed(runs):
        together = frozenset().union(*pairs[s:e])
        lift_new, lift_own = _lift(topics, together, arts[t]), _lift(topics, together, core)
        if lift_new < RUN_RATIO * lift_own:
            break
        named = topics.score(heads[t], together)
        if (named < MIN_HEADLINE_SHARE or named <= topics.score(heads[a], together)) and lift_new < UNNAMED_RATIO * lift_own:
            break
        kept.append((s, e, t))
    return kept
