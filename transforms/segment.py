"""Units (printed lines) -> article drafts in reading order.

A headline is a short line without a full stop, followed by a byline, a lead (本报讯…) or
body text; a kicker is a short line right above it; a subtitle starts with "——".  Column
splits are joined here, as paragraphs are added: a paragraph that ends mid-sentence takes
the next body paragraph, even across captions or a misplaced heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from transforms import bylines as B
from transforms.headings import (
    ASKS,
    CLAUSE,
    COLUMN_TAG,
    DATE_ONLY,
    DIGEST,
    ISSUER,
    LABELLED_TITLE,
    PLACE_TITLE,
    SPEAKER_TITLE,
    MAX_HEADLINE,
    MAX_COUPLET_PHRASE,
    MAX_LABEL,
    MAX_NAKED_HEADLINE,
    MAX_STRAY,
    MIN_ECHO,
    MIN_NAKED_HEADLINE,
    MIN_SHORT_HEADLINE,
    ORG_END,
    TWO_PHRASE_TITLE,
    PHRASE_SLACK,
    RUN_IN_LABEL,
    STRAY_MARK,
    byline_like,
    caption_at,
    chart_title_at,
    couplet,
    echo,
    has_column_tag,
    heading_at,
    is_crosshead,
    is_field,
    is_figure_label,
    is_question,
    line_alone,
    name_line_at,
    names_piece,
    signature_at,
    spaced_subtitle,
    split_heading_line,
    two_phrases,
    two_phrase_title,
)
from transforms.decode import cjk_count, line_memo
from transforms.evidence import Evidence
from transforms.lines import Unit, ends_sentence
from transforms.roles import HEADING_ENDS, INSTALMENT, leads_in, title_over_subtitle
from transforms.sentences import (
    NEVER_LAST,
    SALUTATION,
    dated_opening,
    is_sentence,
    mid_clause,
    open_end,
    open_quote,
    opens_on_an_adverbial,
    opens_with_clause_end,
    opens_with_lone_character,
    opens_with_tail,
    points_back,
    sentence_inside,
    stops_mid_clause,
)
from transforms.topic import Topics, bigrams
from transforms.wraps import closes_above, goes_on, join_wrapped, rejoin_wrapped

USE_LEGACY = False
# How sure the weighed evidence must be (score, in log-odds) to overrule the form rules.
OVERRULE = 1.5
# Outside a signed story under way (an unsigned story, or one closed by a signature or source
# line) the evidence must be this sure: unsigned briefs and notices follow each other there.
CLEAR_OVERRULE = 4.0
# Inside a signed story a headline the evidence doubts (score between -OVERRULE and this) is
# a crosshead when the story under way holds this share of its words (``echo_story``).
OPEN_OVERRULE = 0.5
CROSSHEAD_ECHO = 0.12
# A dispatch's dateline names its day ("…加沙12月31日电", "本报北京1月1日讯"); a feature opened by
# "本报讯（记者 刘佳华）" with crossheads under it ("“丁字”布局成就长城胜景") does not.
_DISPATCH = re.compile(r"\d{1,2}月\d{1,2}日(?:专)?[电讯]")
# The shortest title read after a story signed by its dateline lead ("老者如是说").
MIN_LEAD_SIGNED_TITLE = 5
# The most paragraphs of a dispatch a title may follow (the 2001 world page's reports run 1–5).
MAX_DISPATCH_PARAGRAPHS = 5
# A question inside a story under way (signed, or headed and unsigned) that holds this share of
# its words is the story asking itself, a crosshead, however headline-like its form ("如何破解停车
# 难？" under a story on 停车难).
QUESTION_ECHO = 0.4
# A line of prose this long (ideographs) that stops mid-sentence continues on the next line
# even inside one block (pages extracted without blank lines).
MIN_PROSE_LINE = 20
# A rejected heading-like line scoring above this looks enough like a heading to be a crosshead.
MIN_CROSSHEAD_SCORE = -3.0
# A lead cut by its heading names the heading's words: at least this weighted share of them
# ("2018年…生态环境保护督察组对辽源市…" under "辽源市公开省级生态环境督察整改方案": 0.26–0.37; a
# story's own dated paragraph cut at the column's edge, 0.05).
LEAD_ECHO = 0.2
# Of three undashed heading lines, the last is the title (under a two-line kicker) only when it is
# this many times longer than the others; else they are kicker, title and subtitle.
THREE_LINE_TITLE = 1.5
# A standing column label is a short name ("纵横", "记者手记", "“创城”在行动"); a longer line over a
# title is a statement, its kicker ("李强签署国务院令", "应对美滥施关税").
MAX_STANDING_LABEL = 6
# How far (in lines) to look for sibling crossheads on either side of a candidate.
SIBLING_REACH = 40
# A run of heading lines is at most this long (kicker lines, title, subtitle lines).
MAX_RUN = 6
# Text under a line that opens with a sentence this short ("班组。上服是…") ends a sentence cut
# at a column break: the line is its first half, no headline.
MAX_TAIL = 3
# A lead printed above its heading block is its first one or two paragraphs.
MAX_LEAD_ABOVE = 2
# "案例来源：最高人民法院": where a story's cases come from, its last line ("资料来源：…" is a credit).
_SOURCE_NOTE = re.compile(r"^(?:案例|素材)来源[：:][^，。；：]{2,30}$")
# A reader's letter runs a few paragraphs: its signature is looked for this many units down.
MAX_SIGNED_PIECE = 12
# The label of a box printed with a story, over its summary or the editors' opening note: the
# box opens the story's body, so its label is never the story's kicker, nor a page's banner.
_BOX_LABELS = "核心阅读|阅读提示|开栏的话|编者按|编者的话"
BOX_LABEL = re.compile(rf"^(?:{_BOX_LABELS})$")
# … or run in before the note's text ("编者按：今年是…"): the text opens a story's body, never the
# rest of a sentence cut above it.
LABELLED_NOTE = re.compile(rf"^(?:{_BOX_LABELS})[：:]")
# A speech's or a letter's salutation (``sentences.SALUTATION``: "各位代表：", "亲爱的同学们：")
# printed above the heading block opens the body as a box label does, never the kicker.
# … or joined to the box's first line ("核心阅读从县城到山村，…" when the label stood on the lead's
# line): a paragraph that opens with the label opens a box, never the rest of a sentence.
BOX_OPENING = re.compile(rf"^(?:{_BOX_LABELS})")
# The signature closing an editor's note: "——编  者", "——编者".
EDITORS_SIGNATURE = re.compile(r"^——\s*编\s*者$")
# An editor's note under a heading is a paragraph or two (at most this many units).
MAX_NOTE_UNITS = 3
# A notice's title: "关于开展春季植树造林工作的通知", "寻物启事", "…情况通报".
_COMMA = re.compile(r"[，；]")
# A line wholly in brackets is a note on the piece above it ("（作者为…）"), never a lead.
_BRACKETED_LINE = re.compile(r"^[（(].*[）)]$")
NOTICE_TITLE = re.compile(r"^关于|(?:通知|公告|通告|启事|公示|通报|声明|须知|倡议书|告知书|名单)$")


@dataclass
class Draft:
    """An article being assembled; parse.py turns it into a model.Article."""

    headline: str = ""
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    blocks: list[int] = field(default_factory=list)  # block of each paragraph's last line
    lead_started: bool = False  # begun by a 本报讯 lead with no heading above it
    tail_captions: int = 0  # captions added after the last paragraph (transforms.order moves them)
    kicker_lines: list[str] = field(default_factory=list)  # the kicker as printed, line by line
    kicker_on_title: str | None = None  # a kicker line cut off the title's own line ("某某会议召开 抓好春耕…")
    kicker_shared: bool = False  # the kicker is its group's title, printed over an earlier piece (``transforms.groups``)
    continued_to: str | None = None
    continued_from: str | None = None
    source_outlet: str | None = None
    naked: bool = False  # opened by a heading with only body text under it (``_Walker._naked``)
    box_label: str | None = None  # "核心阅读" printed above the heading block: the body's first line


@dataclass
class Segmented:
    drafts: list[Draft]
    furniture: list[str]  # labels, banners and markers taken out of the text (counted)
    topics: Topics | None = None  # the pair weights of the units, if the segmenter needed them


class _Walker:
    def __init__(self, units: list[Unit], trace: list | None = None):
        self.u = units
        self.trace = trace  # (lines, evidence, decision) of every naked-heading decision, for fitting
        self._topics: Topics | None = None
        self._heads = _HeadingAt(units)  # heading_at of each unit, computed once each
        self._flags = _Flags(units, self._heads)  # heading-like units, computed once each (for _siblings)
        self._signed_at: dict[int, bool] = {}
        # _opens_lead and the units-only part of _heads_a_story, per unit and per run: the sibling
        # walks (``_siblings``) of neighbouring heading runs cross the same lines again.
        self._lead_at: dict[int, bool] = {}
        self._story_heading_at: dict[tuple[int, int], bool] = {}
        self.crossheads: set[int] = set()  # units judged crossheads: paragraphs of their own
        self.cut_lines: set[int] = set()  # short lines judged the first half of a cut sentence
        self.signed_lines: set[int] = set()  # signatures given to the story before (``_sign_previous``)
        self.headed: set[int] = set()  # last units of headings adopted by the headless lead printed above them
        self._last = -1  # the unit last added to a paragraph
        self.drafts: list[Draft] = []
        self.furniture: list[str] = []
        self.cur: Draft | None = None
        self.pending_from: str | None = None  # "（上接第一版）" printed above the next heading
        self._opened_naked = False  # the last heading was opened by _naked
        self._signed_end = -1  # the unit right after the last signature given to the story before
        self._closed_heading_end = -1  # the unit right after the last heading closed by its 副题 on its title's line
        self._after_signature: Draft | None = None  # the headless text opened under that signature

    # -- heading groups -------------------------------------------------------------
    def _group(self, i: int) -> int:
        """End (exclusive) of the run of heading-like lines starting at i."""
        if self._signs_at_end(i):
            return i + 1  # "…反倒更近了。" / "湖南某某市  赵六" / next title: the signature stands alone
        j = i
        while j < len(self.u) and j - i < 6:
            t = self.u[j].text
            if j > i and signature_at(self.u, j) and not self.u[j - 1].text.endswith("——"):
                # A line of names signs the heading above it; but a kicker ending in a dash
                # introduces its title ("某某村——" / "老街区  新产业  生意忙（走基层）": spaced
                # phrases of a name's length, the tag read as a writer's note).
                break
            if t.startswith("——") and j > i and len(t) <= MAX_HEADLINE and not EDITORS_SIGNATURE.match(t):
                j += 1  # a dashed subtitle; "——编  者" signs an editor's note, under a title or not
                continue
            if (
                j > i and self.u[j].block == self.u[j - 1].block and not self.u[j].marked
                and closes_above(self.u[j - 1].text, t) and goes_on(self.u[j - 1].text, t)
            ):
                j += 1  # "为养老护理人才开拓更广天地" / "（快评）": a heading line wrapped in its box, not a note
                continue
            if not self._heads[j] or (j > i and self._first_line_cut(j)):
                break
            if j > i and (self.u[j - 1].text.startswith("——") or spaced_subtitle(self.u[j - 1].text)) and not self.u[j].marked:
                # A subtitle closes a heading, on its own line or printed after its title ("好产品到
                # 哪里都会有好市场（走市场 看韧性 强信心） ——某地一线观察" / "“不把鸡蛋放在同一个篮子
                # 里”" / text): a line under it is the text's first crosshead, no title under a kicker.
                break
            j += 1
        return j

    def _first_line_cut(self, j: int) -> bool:
        """units[j], under a heading line, is the text's first printed line cut at the column's
        edge: it has clause marks, stops mid-sentence, and the next line goes on with it
        ("“唱”出一方文化新风景" / "吃过早饭，某某社区居民张某某就骑上电" / "动车，赶往…"), or it
        stops on a word that needs what follows ("…村民正忙着给西红柿打" / "杈，…"). A heading line
        never runs on into the text under it; a 副题 with a comma ("一群年轻人，干着年轻的事业") closes
        a phrase, with a byline, a lead or a clause of its own under it."""
        t = self.u[j]
        if t.marked or not CLAUSE.search(t.text) or ends_sentence(t.text) or has_column_tag(t.text) or j + 1 >= len(self.u):
            return False
        if self._signs_at(j + 1):
            return False
        if self.u[j + 1].text.startswith("——") and not EDITORS_SIGNATURE.match(self.u[j + 1].text):
            # "某某县某某村——" / "某某企业勇担重任、善作善成" / "——某某县推动产业发展纪实": no
            # sentence goes on in a dashed line; the line over one is its title, commas or not.
            return False
        # The rates of ``mid_clause`` alone do not tell a title of two phrases from a cut line: "育良种，
        # 质量越育越高" / "播种前，…" ("播" often goes on a clause) is a piece's title.
        cut_under = mid_clause(self.u[j + 1].text) and not _two_phrase_title(t.text)
        return open_end(t.text) or cut_under or self._goes_on(j, j + 1)

    def _signs_previous(self, line: str) -> bool:
        """A place and a name after a finished story ("浙江某某市  杨某某"): its writer's signature;
        or where its cases or data come from ("案例来源：最高人民法院"), printed at its end; or
        a name spaced out ("赵  明文") closing a verse or an essay ("…春满园。" / "赵  明文" /
        next title): no kicker is a bare name."""
        prev = self.cur
        return (
            bool(B.PLACE_NAME.match(line) or _SOURCE_NOTE.match(line) or B.spaced_name(line))
            and prev is not None and bool(prev.paragraphs) and ends_sentence(prev.paragraphs[-1])
        )

    def _signs_at_end(self, k: int) -> bool:
        """units[k] is a writer's place and name closing the finished story under way
        ("浙江某某市  杨某某"): a reader's letter is signed at its end, not over its title."""
        return bool(B.PLACE_NAME.match(self.u[k].text)) and self._signs_previous(self.u[k].text)

    def _signed_below(self, j: int) -> bool:
        """The prose under a heading run starting at units[j] closes with a writer's place and
        name ("…反倒更近了。" / "湖南某某市  赵六"), or a photographer's credit for the whole
        piece ("…保障。" / "刘 新摄影报道"), before any other heading-like line: a piece signed
        at its end (a reader's letter, a photo report).  Lines with clause marks are prose, even
        when short (a line cut at the column's edge)."""
        k = j
        while k < len(self.u) and k - j < MAX_SIGNED_PIECE:
            t = self.u[k].text
            if B.PLACE_NAME.match(t) or (t.endswith(B.PHOTO_REPORT) and B.is_credit(t)):
                return k > j and ends_sentence(self.u[k - 1].text)
            if self._flags[k] and not CLAUSE.search(t):
                return False
            k += 1
        return False

    def _sign_previous(self, line: str, block: int) -> None:
        prev = self.cur
        assert prev is not None
        if prev.byline is None and not prev.authors and B.PLACE_NAME.match(line):
            prev.byline = line
            prev.authors.extend(B.post_name(line))
        else:
            prev.paragraphs.append(line)
            prev.blocks.append(block)

    def _opens_article(self, i: int, j: int) -> bool:
        """Is the run units[i:j] a heading?  Decided by what stands under it."""
        if j - i == 1 and self._signs_previous(self.u[i].text):
            # "浙江某某市  杨某某" / "本报讯（记者 王五）…": a signature, even over the next story's
            # lead, or closing the page.
            self._sign_previous(self.u[i].text, self.u[i].block)
            self.signed_lines.add(i)
            return False
        if j >= len(self.u):
            return False
        nxt = self.u[j].text
        group = self.u[i:j]
        if signature_at(self.u, j) or B.is_byline(nxt) or B.LEAD.match(nxt) or B.FROM_MARKER.match(nxt):
            return True
        if B.letter_label(nxt):
            return True  # "某某给某校师生回信强调  扎根基层…" / "回  信": the letter's heading
        if chart_title_at(self.u, j) and any(_parallel_runs(tuple(g.text for g in group), run) for run in self._siblings(i, j)):
            # "落户无忧" … "子女无忧" / text / "服务无忧" / "高层次人才每年…" / "数据来源：…": one of the
            # story's crossheads in a series, over a chart the story prints, opens no story.
            return False
        if B.is_credit(nxt) or caption_at(self.u, j):
            k = j
            while k < len(self.u) and (B.is_credit(self.u[k].text) or caption_at(self.u, k)):
                k += 1
            if (
                j - i == 1 and k < len(self.u) and not ends_sentence(group[0].text) and not self._signs_at(k)
                and (self._goes_on(i, k) or self._cut_by_photo(i, k))
            ):
                # "某某转向（某市）系统股份有" / photo / credit / "限公司，是汽车…": the line stops
                # in a word the text under the photo finishes (有限, printed elsewhere on the page).
                return False
            if not any(CLAUSE.search(g.text) for g in group) and not open_quote("".join(g.text for g in group)):
                return True
            if any(g.marked for g in group) or (len(group) > 1 and group[0].text.endswith("——")):
                # A heading the extraction marked ("## 在某地，看企业应变") or a kicker that
                # introduces its title ("应对冲击，避免内卷——") is no half-sentence, commas or not.
                return True
            if has_column_tag(group[-1].text) or spaced_subtitle(group[-1].text):
                # Nor is a title closed by its column tag ("某省盘活闲置农房 促增收，小院生新意（探访）"),
                # under a kicker with commas or not ("新修订的某法已于3月1日起施行，明确…" / "筑牢…屏障
                # （某某制度）" / photo): no sentence is cut before a column tag.  Nor one closed by its
                # 副题 after a spaced dash, whatever marks the 副题 holds ("养老护理员落“沪”记（某某
                # 观察）  ——某某重要讲话激发奋斗热情、汇聚磅礴力量" / photo): prose sets no space
                # before a dash.
                return True
            # "生旦净丑相继登台亮相，紧" / caption / credit / "接一段精彩纷呈的武戏对打。": a
            # half-sentence (clause marks, or a quotation left open: "“社区是居民的第二个") with a
            # caption wedged after it, unless a byline or lead follows the photo, or the editors'
            # note of a page of photos ("为了某某，英雄挺身而出" / title / 图①：… / credit / … /
            # "编者按：…"): no sentence goes on in a note's label.
            return k < len(self.u) and (self._signs_at(k) or bool(LABELLED_NOTE.match(self.u[k].text)))
        if j - i == 1 and self._under_box_label(i):
            # "■记者手记" / "冰雪路上的守护" / "跟着养护工人跑了一夜，…。": a box printed inside the story
            # under way (its label already read as the story's), and the box's title.
            self.crossheads.add(i)
            return False
        if j - i == 2 and self._reporters_box(i):
            # "记者手记" / "迎面而来的是新活力" / "访部门、走企业，…": the reporter's box closing the
            # story under way, its label and title (kept in the story as printed).
            self.crossheads.update(range(i, j))
            return False
        if j + 1 < len(self.u) and ends_sentence(nxt) and B.LEAD.match(self.u[j + 1].text):
            # A caption between the heading and the lead; but a line cut at the column's edge
            # whose sentence the next line finishes is the story before's last sentence
            # ("…正是今天年轻人坚定文" / "化自信的写照，…。" / "本报讯（记者…）…", "据统计，去年…产量
            # 达到" / "12万辆，…。" / lead). The sentence in between is no caption by its form
            # (those were read above), so a line with clause marks that stops mid-sentence is cut,
            # whether or not the word across the cut is printed elsewhere.
            return not (j - i == 1 and _half_sentence(group[0].text))
        if self._heads[j] and not ((len(group) > 1 and group[-1].text.startswith("——")) or spaced_subtitle(group[-1].text)) and not self._first_line_cut(j):
            # More heading under the run: it goes on (a kicker over its title); but a dashed
            # subtitle closes a heading, whatever the line under it looks like.
            return False
        if any(g.marked for g in group) or any(g.text.startswith("——") or spaced_subtitle(g.text) for g in group):
            return True  # a subtitle, on its own line or after the title ("为治理赋能 ——各地…扫描")
        if self.pending_from:
            return True  # under "（上接第一版）"
        if EDITORS_SIGNATURE.match(nxt) and not any(CLAUSE.search(g.text) for g in group):
            return True  # the editors' note printed above its heading, their signature under it
        if (
            any(EDITORS_SIGNATURE.match(u.text) for u in self.u[j + 1 : j + 1 + MAX_NOTE_UNITS]) and ends_sentence(nxt)
            and cjk_count(group[-1].text) >= MIN_SHORT_HEADLINE
            and (has_column_tag(group[-1].text) or not any(CLAUSE.search(g.text) for g in group))
        ):
            # "大家谈·选择西部③" / "这片土地值得扎根" / "前不久，…我们向青年发起征稿。" / "——编  者":
            # the editors introduce a column or a group of pieces under its own heading.
            return True
        if self._cut_at_column(i, j):
            self.cut_lines.add(i)
            return False
        cur = self.cur
        if (
            j - i == 1 and i == self._closed_heading_end and cur is not None and cur.headline and not cur.paragraphs
            and not (CLAUSE.search(group[0].text) or _goes_on(group[0].text))
        ):
            # "好产品到哪里都会有好市场（走市场 看韧性 强信心） ——某地一线观察" / "“不把鸡蛋放在同一个篮子
            # 里”" / text: a phrase right under a heading its 副题 closed, before any of the text, is
            # the text's first crosshead (a story never stands without a line of text; its lead may
            # be printed above the heading).  A line with clause marks is the text's first line, cut
            # at the column's edge ("早春，在某地某镇，依然寒风" / "凛冽，…"), and is joined.
            self.crossheads.add(i)
            return False
        if len(group) == 1 and LABELLED_TITLE.match(group[0].text):
            # A "短评：…" column title, unless it is a crosshead of the story under way — as it is
            # right under that story's heading and byline, before any of its text: "古城护城河
            # 重现碧波" / "本报记者 张三" / "变化：从季节断流到常年有水" / text (its lead printed
            # above the heading); a story never stands without a line of text.
            cur = self.cur
            if cur is not None and (
                (cur.paragraphs and self._labelled_crosshead(i, j)) or (cur.headline and cur.byline and not cur.paragraphs)
            ):
                self.crossheads.update(range(i, j))
                return False
            return True
        head = group[-1].text
        if (DIGEST.search(head) or (NOTICE_TITLE.search(head) and not _COMMA.search(head))) and len(group) <= 2:
            # "政府工作报告（摘要）", "寻物启事", "关于…的通知": a title by its form; a notice's title
            # lists with 、 but never runs on with a comma ("关于如何发挥…，记者采访了…" is prose).
            return True
        cur = self.cur
        first = group[0].text
        if (
            cur is not None and cur.lead_started and not cur.headline and len(cur.paragraphs) == 1 and len(group) <= 2
            and (
                (not ends_sentence(cur.paragraphs[0]) and not any(CLAUSE.search(g.text) for g in group[:-1])
                 and (not CLAUSE.search(head) or self._title_under_kicker(group, j)))
                or (len(group) == 1 and has_column_tag(head))
            )
            and not _left_open(head)
        ):
            # "本报讯（记者 王五）室外积雪未消，在某市某" / "某某团队的新突破" / "某公司车间内，…": a
            # lead printed above its heading, cut by it: the heading is that story's (adopted in
            # ``run``, the lead's sentence goes on under it).  A title closed by its column tag takes
            # a lead printed whole above it too ("本报讯（记者 王五）稚嫩的童声飘出来，…。" / "普惠托育，
            # 为年轻家庭减负（扩大消费一线观察）" / text): no brief is followed by a tagged crosshead.
            return True
        if (
            cur is not None and cur.lead_started and not cur.headline and 0 < len(cur.paragraphs) <= MAX_LEAD_ABOVE
            and (len(group) == 2 or has_column_tag(head) or cjk_count(head) >= MIN_NAKED_HEADLINE or _short_title(head, nxt))
            and ends_sentence(cur.paragraphs[-1]) and _titled(group, nxt if len(cur.paragraphs) == 1 else None)
            and not _left_open(head)
        ):
            # "本报讯（记者 王五）某地的春天来得早。" / "某县探访——" / "山乡处处种新绿" / "清晨，…":
            # a dateline lead opens a news story, and no news story is printed without its
            # heading; a lead with no heading above it, right over a heading whose story has no
            # byline or lead of its own, is that story's lead printed above its heading block
            # (``transforms.order`` gives it back).  Its story's crossheads come later, under the
            # heading, not between the lead and the second paragraph.  A one-line title must be a
            # naked headline's length or carry its column tag, or be a short title that stops on a
            # word closing a phrase over text that opens a clause ("老街换新颜" / "清晨，…"): a short
            # line under a whole lead cut at the column's edge stops on a word needing what follows
            # ("某某县北部山区是" / "全省的主产区，…"), or the text under it goes on mid-clause.
            return True
        if cur is not None and cur is self._after_signature and not cur.headline and len(group) <= 2 and not any(CLAUSE.search(g.text) for g in group):
            # "山西某某市  张三" / "当前，…成为痛点。" / "移风易俗贵在疏堵结合" / "…": the text under a
            # writer's signature is the next piece's lead, so the heading under it is that piece's.
            return True
        if len(group) <= 2 and not any(CLAUSE.search(g.text) for g in group) and (
            i == self._signed_end
            or (cur is not None and cur.paragraphs and (cur.byline or cur.authors) and self._signed_below(j))
        ):
            # A reader's letter is signed at its end: "…反倒更近了。" / "湖南某某市  赵六" /
            # "邻里帮一把  喜事不铺张" / "我们小区…": the signature closed the letter, so the
            # heading run under it opens the next one.  And "…长势格外好。" / "红白事简办  乡亲们
            # 点赞" / "去年冬天，…。" / "河北某某县  王小五": a place and a name closing the prose
            # under the run sign a piece of its own while the story under way already has its
            # writer, so the run is that piece's title, not a crosshead of the story.
            return True
        if (
            cur is not None and cur.headline and cur.byline and not cur.paragraphs and not any(g.marked for g in group)
            and not CLAUSE.search(first) and not first.endswith(("——", "：")) and not B.is_credit(first)
            and not _left_open(first)
        ):
            # A story never ends at its byline: a heading line with only body text under it, right
            # under the heading block and its byline ("…（锲而不舍落实…）" / "本报记者" / "深学细悟
            # 入脑入心" / "各地组织引导党员干部…"), is the story's first crosshead; a second line in
            # the run is the body's first printed line, cut at the column's edge ("…作风建设的重要论").
            # A line with clause marks is that first line itself, and "某地——" introduces a piece.
            self.crossheads.add(i)
            return False
        return self._naked(i, j)

    def _title_under_kicker(self, group: list[Unit], j: int) -> bool:
        """A two-line heading whose title has two phrases ("某县推动文化资源直达基层" / "社区开起书法班，
        街舞老师请进村"), not a kicker or title over a line of prose cut at the column's edge: the line
        does not go on in the text under it, and the line over it is not a title closed by its
        column tag ("某某（乡村行）" / "某校的操场上，校长庞" / "某某正给学生上课。")."""
        return (
            len(group) == 2 and _two_phrase_title(group[1].text) and not has_column_tag(group[0].text)
            and not self._goes_on(j - 1, j)
        )

    def _labelled_crosshead(self, i: int, j: int) -> bool:
        """A "label：title" line inside the story under way that is one of its crossheads, not a
        column's title: one of a series in the same form ("一堂书法课：…" … "一堂剪纸课：…"; in an
        unsigned story too, when the weighed evidence is as sure as it must be to overrule a plain
        headline there), or a line led by a speaker the story has already quoted so (an interview,
        "记者：…" / "钱某：…", whose question is cut at the column's edge: "记者：小区改造在推动" /
        "居民自治上有哪些新办法？")."""
        label = self.u[i].text.partition("：")[0]
        assert self.cur is not None
        if any(p.startswith(label + "：") for p in self.cur.paragraphs):
            return True
        if PLACE_TITLE.match(self.u[i].text):
            # "天津：财政收入超244亿增长18.3％" / text / "上海：财政收入超千亿增幅近25％": a place's
            # piece of a round-up is an article of its own, the first as the others (a story's
            # crossheads name topics, "履职：…" / "奋斗：…", which are no places).
            return False
        if SPEAKER_TITLE.match(self.u[i].text):
            # "世界政要寄语新世纪" / intro / "越南国家主席陈德良：推进国家的工业化" / text / "韩国总统
            # 金大中：和解合作新的起点": a speaker's title (a post and a name) heads a piece of a
            # round-up of leaders' messages, under the round-up's intro as under another piece (the
            # same speaker again is an interview's turn, above).  Labels that are topics ("履职：…" /
            # "奋斗：…") do make a story's crossheads, whatever its headline.
            return False
        evidence = self._evidence(i, j, True)
        e = evidence.as_dict()
        return self._series(evidence) or bool(e["parallel"] and not e["page_top"] and evidence.score() < -CLEAR_OVERRULE)

    def _under_box_label(self, i: int) -> bool:
        """units[i] stands right under a box's label ("■记者手记", "●记者观察") that the story under way
        took as its last paragraph: the box is printed inside that story, so a heading under its
        label is the box's title, not the next story's."""
        cur = self.cur
        label = self.u[i - 1].text if i else ""
        title = self.u[i]
        return (
            cur is not None and self._last == i - 1 and bool(cur.paragraphs) and cur.paragraphs[-1] == label
            and bool(STRAY_MARK.match(label)) and cjk_count(label) <= MAX_STANDING_LABEL
            and not (title.marked or has_column_tag(title.text) or title.text.endswith(("——", "：")))
            and not (CLAUSE.search(title.text) or _left_open(title.text))  # "【点评】" / "黄申走过的路…难题在"
        )

    def _reporters_box(self, i: int) -> bool:
        """units[i] is a reporter's column label ("记者手记", "记者观察") over a title, inside a
        headed story under way, with only text under the title: a box printed with that story
        (a label with its own byline or lead under the title opens a piece; see ``_opens_article``)."""
        cur = self.cur
        label, title = self.u[i].text, self.u[i + 1]
        return (
            cur is not None and bool(cur.headline) and bool(cur.paragraphs)
            and bool(B.REPORTER_COLUMN.match(STRAY_MARK.sub("", label).strip()))
            and not (title.marked or has_column_tag(title.text) or title.text.endswith(("——", "：")))
        )

    def _signs_at(self, k: int) -> bool:
        """A byline, a dateline lead or a writer's name stands at units[k]."""
        t = self.u[k].text
        return B.is_byline(t) or bool(B.LEAD.match(t)) or signature_at(self.u, k)

    def _cut_at_column(self, i: int, j: int) -> bool:
        """A short line that is the first half of a sentence cut at a column break, not a
        headline: "习近平总书记在纪念中华全国总" / "工会成立100周年暨…大会上指出，…".  The text
        under it opens mid-clause (``transforms.sentences``) and the two characters across the
        cut are a word the section prints elsewhere ("总工", "检测", "有限")."""
        if j - i != 1 or ends_sentence(head := self.u[i].text) or not head:
            return False
        cur = self.cur
        if cur is not None and cur.paragraphs and not ends_sentence(cur.paragraphs[-1]):
            return False  # a heading printed inside the sentence before it (transforms.order joins it)
        if points_back(head) and not (self.u[i].marked or has_column_tag(head) or LABELLED_TITLE.match(head) or self._signs_at(j)):
            # A heading stands on its own, a crosshead too: no headline, kicker, 副题 or crosshead
            # opens by pointing back to the text before it ("这种…", "这些…", "这样的…", "一是…";
            # none does on the fit, dev or 辽源 gold).  Such a line with no sentence end is prose
            # cut at the column's edge, whatever word the cut falls after: "这种水涨船高的人情消费"
            # / "影响了邻里关系，…。".
            return True
        return self._goes_on(i, j)

    def _sentence_open(self) -> bool:
        """The story under way stops mid-sentence: its last paragraph has no end."""
        cur = self.cur
        return cur is not None and bool(cur.paragraphs) and not ends_sentence(cur.paragraphs[-1])

    def _cut_by_photo(self, i: int, k: int) -> bool:
        """A photo is placed inside a column, so its caption and credit may stand in the middle
        of a paragraph: "省统计局日前发布的抽样调查" / photo / credit / "显示，全省一季度…".  A line
        left open over a photo whose text under it opens mid-clause (``mid_clause``: "显示，",
        "的只有一块清代的碑…") is that paragraph's first half, even when the word across the cut is
        printed nowhere else (which ``_goes_on`` asks of a cut with nothing wedged in).  A
        photo-news title is followed, after its photo, by the next item's heading or by a
        sentence of its own; a title closed by its column tag stays a title over its photo
        whatever text comes next (its lead's second half, the first printed elsewhere: "小小冷库让
        苹果卖上好价钱（乡村行）" / photo / "底新建了两座冷库，…")."""
        head, nxt = self.u[i].text, self.u[k].text
        return (
            not (self.u[i].marked or has_column_tag(head) or LABELLED_TITLE.match(head) or self._heads[k])
            and mid_clause(nxt)
        )

    def _goes_on(self, i: int, j: int) -> bool:
        """The line units[i] stops inside a sentence that units[j] goes on with (the next line, or
        the first after a photo wedged between): the forms of ``_cut_at_column``."""
        head, nxt = self.u[i].text, self.u[j].text
        if open_quote(head) and not B.is_byline(nxt):
            return True  # "“我们从‘硬条件’和‘软" / "服务’两个方面…": a heading closes its quotes
        if opens_with_tail(nxt, MAX_TAIL) and not LABELLED_TITLE.match(head):
            return True  # "赵某某所在的机务检查组是一个全女性" / "班组。上服是…"
        if opens_with_lone_character(nxt) and not (LABELLED_TITLE.match(head) or has_column_tag(head) or self._sentence_open()):
            # "看着大家全神贯注的学习劲" / "头，一旁的…", "作为某地首批离境退税商店之" / "一，…": a word
            # cut at the column's edge; unless the text before the line stops mid-sentence, whose
            # tail it is ("本报讯（记者 某某）人工智能快速发" / heading / photo / "展，在赋能…").
            return True
        if head[-1] in NEVER_LAST and not (LABELLED_TITLE.match(head) or B.is_byline(nxt)):
            # A function character never closes a phrase, whatever the next line opens with:
            # "某某乐团致力于民族音乐的整理和" / "推广，…" ("推" opens many a clause).
            return True
        if j == i + 1 and stops_mid_clause(head) and not (
            LABELLED_TITLE.match(head) or self._signs_at(j) or self._heads[j] or B.is_credit(nxt) or caption_at(self.u, j)
        ):
            # Nor does a word that all but never closes a clause, a measure word or an adverb:
            # "张琼是某某镇北岸社区的一名" / "出租屋楼栋长，…", "全省城市低保平均" / "标准提高到…",
            # "某地网上购物不" / "包邮占比降至…" (a heading's last word closes its phrase).
            return True
        if j == i + 1 and self._clause_ends_under(i) and not (LABELLED_TITLE.match(head) or self._signs_at(j) or self._heads[j]):
            # The next line opens with a one-word clause that ends a longer one: "《整改方案》明确" /
            # "要求，深入贯彻…" (the rule's subject above the cut), "今年" / "以来，…"; a heading
            # stands over a sentence that opens on its own ("目前，…", "因此，…").
            return True
        if _SPOKEN_THEN_MORE.search(head) and not (B.is_byline(nxt) or B.LEAD.match(nxt)):
            # A sentence ends inside the line and the narration goes on: "“现在进展咋样？”汽车
            # 起重机吊" / "起的一台样车旁，…"; a crosshead holds no sentence end.
            return True
        if LABELLED_TITLE.match(head) or not mid_clause(nxt):
            return False
        # The rates alone are not enough: "植" seldom opens a clause, yet "植树造林，…" opens a
        # story under "短评：植树不能只看数量".
        if head[-1] in NEVER_LAST:
            return True  # "关税压力是出口企业必须正视的" / "现实，…"
        cross = head[-1] + nxt[0]
        if len(bigrams(cross)) != 1:
            return False
        return cross in head[:-1] or cross in nxt[1:] or any(cross in u.text for k, u in enumerate(self.u) if k not in (i, j))

    def _naked(self, i: int, j: int) -> bool:
        """A heading-like run with nothing but body text under it: a headline, or a crosshead
        (or a half-sentence) inside the story under way?"""
        group = self.u[i:j]
        head = group[-1].text
        title = _title_of(head)
        nxt = self.u[j].text
        cur = self.cur
        # A story that printed its closing credit or signature is over: a short heading line right
        # under it, over prose, heads the next story, not a crosshead of the last ("…血肉之情。（本报
        # 南极长城站2000年12月31日专电）" / "西沙灯语映碧波" / "1月1日零时，…").  A commentary's author
        # note is followed by its own boxes ("（作者为…）" / "■链接" / "中国环流三号" / …): not that.
        closed_before = (
            j - i == 1 and i > 0 and cur is not None and bool(cur.paragraphs)
            and _credited(cur.paragraphs[-1]) and ends_sentence(cur.paragraphs[-1])
            and cur.paragraphs[-1].endswith(self.u[i - 1].text)
        )  # a sentence ends before the credit: "创新成势 澎湃向前（寰宇平）" is a title with its column tag
        # A page of unsigned stories, each under its own short title and none signed (2001 人民日报's
        # world and briefs pages: "西沙灯语映碧波" / text / "美机侦察朝战略目标" / text): a one-line
        # heading after a finished sentence of such a story heads the next one, unless it is a
        # quotation, an interview's crosshead over a speaker's turn, or a line cut mid-sentence;
        # the evidence may still find it a crosshead of a series or naming the story's words.  So
        # is the page's first line under its header ("美机侦察朝战略目标" / "据朝鲜军方人士披露，…"),
        # unless it is a box's label ("核心阅读") or a picture's credit ("王 鹏绘（新华社发）").
        unsigned_before = (
            j - i == 1
            and (
                (cur is not None and cur.naked and bool(cur.headline) and cur.byline is None and not cur.authors
                 and bool(cur.paragraphs) and ends_sentence(cur.paragraphs[-1]))
                or (cur is None and not self.drafts)
            )
            and not mid_clause(nxt) and not self._goes_on(i, j) and not _quoted_line(head)
            and not _TURN.match(nxt) and not BOX_LABEL.match(head) and not _MAKER.search(head)
        )
        # A news story signed by its dateline lead ("新华社加沙12月31日电（记者马晓霖）…") is a report
        # of a few paragraphs: a short one-line title (5–10 characters) after a finished sentence
        # of it heads the next story ("老者如是说" / "巴林假日旅馆沙龙。…"), unless the evidence finds
        # it naming the story's own words or one of a series of crossheads.  A dispatch is short: past
        # a few paragraphs the story is a feature, whose crossheads look the same ("“丁字”布局成就长城胜景").
        lead_signed_before = (
            j - i == 1 and cur is not None and bool(cur.headline) and cur.byline is not None
            and bool(B.LEAD.match(cur.byline)) and bool(_DISPATCH.search(cur.byline)) and 0 < len(cur.paragraphs) <= MAX_DISPATCH_PARAGRAPHS and ends_sentence(cur.paragraphs[-1])
            and MIN_LEAD_SIGNED_TITLE <= cjk_count(head) < MIN_NAKED_HEADLINE
            and not mid_clause(nxt) and not self._goes_on(i, j) and not _quoted_line(head)
            and not _TURN.match(nxt) and not BOX_LABEL.match(head) and not _MAKER.search(head)
            and not CLAUSE.search(title) and not is_question(head) and not opens_on_an_adverbial(head)
        )
        prev_ok = (
            closed_before
            or unsigned_before
            or cur is None
            or not cur.paragraphs
            or ends_sentence(cur.paragraphs[-1])
            or B.source_line(cur.paragraphs[-1])  # "来源：新华社" closes a story
            or _box_lines_after_prose(cur.paragraphs)
            or (cur.lead_started and not cur.headline)
        )
        size = cjk_count(head)
        legacy = (
            len(group) <= 2
            and (prev_ok or self._lead_cut(i, j))
            and MIN_SHORT_HEADLINE <= size and cjk_count(title) <= MAX_NAKED_HEADLINE
            and ((size >= MIN_NAKED_HEADLINE and not is_question(head)) or echo(head, nxt) >= MIN_ECHO or closed_before or unsigned_before)
            # A title's comma may join two phrases when its kicker is printed on its line ("陕西某县
            #推动优质文化资源直达基层   社区开起书法班，街舞老师请进村"): the pair is a heading's form.
            and (not CLAUSE.search(title) or (title != head and two_phrase_title(title)))
        )
        # The cheap evidence first; the topic of the text around is weighed only when the
        # decision still depends on it (always when tracing, for fitting).  The sibling runs are
        # read once: nothing the walk reads them from changes while this run is decided.
        siblings = self._siblings(i, j)
        evidence = self._evidence(i, j, prev_ok, weigh=self.trace is not None, siblings=siblings)

        def above(cut: float) -> bool:
            nonlocal evidence
            lo, hi = evidence.bounds()
            if lo <= cut < hi:
                evidence = self._evidence(i, j, prev_ok, weigh=True, siblings=siblings)
                return evidence.score() > cut
            return lo > cut

        if self._series(evidence):
            decision = False
        elif lead_signed_before and not evidence.as_dict()["parallel"]:
            if not evidence.weighed:
                evidence = self._evidence(i, j, prev_ok, weigh=True, siblings=siblings)
            decision = evidence.as_dict()["echo_story"] < CROSSHEAD_ECHO
        elif USE_LEGACY:
            decision = legacy
        else:
            # The form rules decide unless the weighed evidence clearly says otherwise; it may
            # only take a headline back inside a signed story that has not been closed (by a
            # source line, a signature or a continuation marker).
            open_story = self._open_signed()
            if legacy and open_story:
                decision = above(-OVERRULE)
                if decision and not above(-OPEN_OVERRULE):
                    # Doubtful inside a signed story: a crosshead names the story's own subject
                    # ("切实防范化解重点行业风险" / … 房地产 … / "持续发力推动房地产市场企稳向好"); a
                    # brief after it does not ("东丰县完成首批重点人群新冠疫苗接种工作").
                    if not evidence.weighed:
                        evidence = self._evidence(i, j, prev_ok, weigh=True, siblings=siblings)
                    decision = evidence.as_dict()["echo_story"] < CROSSHEAD_ECHO
                elif decision and is_question(head):
                    if not evidence.weighed:
                        evidence = self._evidence(i, j, prev_ok, weigh=True, siblings=siblings)
                    decision = evidence.as_dict()["echo_story"] < QUESTION_ECHO
            elif legacy:
                # after a closed story the form rules decide: the topic of the story before says
                # nothing of the next one's (a short title shares few words with its lead)
                decision = closed_before or above(-CLEAR_OVERRULE)
                if not decision and unsigned_before and not evidence.as_dict()["parallel"]:
                    if not evidence.weighed:
                        evidence = self._evidence(i, j, prev_ok, weigh=True)
                    decision = evidence.as_dict()["echo_story"] < CROSSHEAD_ECHO
                if decision and is_question(head) and cur is not None and cur.headline:
                    # The story asking itself, signed or not (its byline may stand above its
                    # heading, or it has none): "居民停车难怎么破？" inside a story on 停车难.
                    if not evidence.weighed:
                        evidence = self._evidence(i, j, prev_ok, weigh=True, siblings=siblings)
                    decision = evidence.as_dict()["echo_story"] < QUESTION_ECHO
            else:
                decision = above(OVERRULE)
        if self.trace is not None:
            self.trace.append(([u.text for u in group], evidence, decision))
        self._opened_naked = decision
        e = evidence.as_dict()
        if not decision and prev_ok and not any(CLAUSE.search(g.text) or _left_open(g.text) for g in group) and (
            e["parallel"] or above(MIN_CROSSHEAD_SCORE)
        ):
            # A crosshead: kept in the body, never joined to the next paragraph.  A line with
            # clause marks, or one that looks nothing like a heading ("安恕镇杏山村五组徐德"), is
            # more likely the first half of a split sentence, and stays joinable.
            self.crossheads.update(range(i, j))
        elif not decision and prev_ok and j - i == 2 and LABELLED_TITLE.match(group[0].text) and CLAUSE.search(group[1].text):
            # "奉献：为了千家万户" / "“五一”假期，从公安民" / "警到医护人员…": a labelled crosshead over
            # the first line of its section, cut at the column's edge; the crosshead stands alone,
            # the line under it goes on in the text (joined, never glued to the crosshead).
            self.crossheads.add(i)
        return decision

    def _lead_cut(self, i: int, j: int) -> bool:
        """The text before the run units[i:j] is a new paragraph, after a finished sentence, that
        opens as a news lead does and stops mid-sentence, and names the run's words: the lead of
        the story under the run, its first sentence cut by its heading ("…为辽源高质量发展寻方向
        计。" / "2018年7月9日至7月23日，省第四生态环境保护督察组对辽源市开展了为期15天的生态环境
        保护" / 辽源市公开省级生态环境督察整改方案 / "督察，并于…"; ``transforms.order`` joins it),
        not a dated paragraph of the story under way cut at the column's edge ("2015年5月，…同年9月，
        我还受" / "邀赴华参加纪念…" / "战争胜利70周年大会。")."""
        cur = self.cur
        if not (
            cur is not None and len(cur.paragraphs) > 1 and ends_sentence(cur.paragraphs[-2])
            and dated_opening(cur.paragraphs[-1])
        ):
            return False
        if self._topics is None:
            self._topics = Topics(u.text for u in self.u)
        head_pairs = bigrams(" ".join(g.text for g in self.u[i:j]))
        return self._topics.score(head_pairs, bigrams(cur.paragraphs[-1])) >= LEAD_ECHO

    def _open_signed(self) -> bool:
        """The story under way is signed and not yet closed.  Stories opened since its heading by
        runs with only body text under them count as part of it (a crosshead wrongly taken for a
        headline must not shield the next crossheads of the same story): "切实防范化解重点行业风险"
        / byline / … / "持续发力推动房地产市场企稳向好" / … / "加快探索房地产发展新路子"."""
        for k in range(len(self.drafts) - 1, -1, -1):
            d = self.drafts[k]
            if not d.paragraphs or _closed(d.paragraphs[-1]):
                return False
            if not d.naked:
                # A story whose dateline lead is printed above its heading is signed by that lead.
                return d.byline is not None or (k > 0 and _lead_printed_above(self.drafts[k - 1]))
        return False

    @staticmethod
    def _series(evidence: Evidence) -> bool:
        """A series of same-form lines inside a signed story is its crossheads, whatever the
        weights say ("修渠先修心" … "管水更要节水" under one byline)."""
        e = evidence.as_dict()
        return bool(e["signed_story"] and e["parallel"] and not (e["notice"] or e["tag"] or e["page_top"]))

    def _evidence(
        self, i: int, j: int, prev_ok: bool, weigh: bool = True, siblings: list[tuple[str, ...]] | None = None
    ) -> Evidence:
        """The evidence about units[i:j] (``transforms.evidence.FEATURES``); without ``weigh``
        the topic features are left at 0 (``Evidence.bounds`` says what they could add).
        ``siblings``: ``_siblings(i, j)`` if the caller has read them."""
        group = self.u[i:j]
        head = group[-1].text
        title = _title_of(head)
        cur = self.cur
        size = cjk_count(head)
        short = size < MIN_NAKED_HEADLINE
        if siblings is None:
            siblings = self._siblings(i, j)
        story = [cur.headline, *cur.paragraphs] if cur is not None and cur.paragraphs else []
        tail = start = echo_next = echo_story = 0.0
        if weigh:
            if self._topics is None:
                self._topics = Topics(u.text for u in self.u)
            topics = self._topics
            under: list[str] = []
            k = j
            while k < len(self.u) and len(under) < 2 and not self._heads[k]:
                under.append(self.u[k].text)
                k += 1
            under_pairs = bigrams("".join(under))
            head_pairs = bigrams(" ".join(g.text for g in group))
            echo_next = topics.score(head_pairs, under_pairs)
            if story:
                assert cur is not None
                # The story's beginning: its trailing paragraphs may be the next story's lead,
                # printed above that story's headline, which would make anything look like a
                # continuation of it.
                start_pairs = frozenset().union(*map(bigrams, [cur.headline, *cur.paragraphs[:2]]))
                tail_pairs = frozenset().union(*map(bigrams, cur.paragraphs[-2:]))
                tail = topics.score(under_pairs, tail_pairs)
                start = topics.score(under_pairs, start_pairs)
                echo_story = topics.score(head_pairs, frozenset().union(*map(bigrams, story)))
        return Evidence((
            1.0,
            float(len(group) == 1),
            float(len(group) >= 3),
            float(short),
            float(short and echo_next >= MIN_ECHO),
            float(bool(NOTICE_TITLE.search(head))),
            min(len(siblings), 3) / 3,
            float(any(_parallel_runs(tuple(g.text for g in group), run) for run in siblings)),
            float(cjk_count(title) > MAX_NAKED_HEADLINE),
            float(any(CLAUSE.search(g.text) for g in group[:-1]) or bool(CLAUSE.search(title))),
            float(head[-1:] in ("？", "！")),
            # A column tag closes the title wherever it stands in the run: the line under "创新成势
            # 澎湃向前（寰宇平）" is its 副题 printed without a dash (``_start``).
            float(any(has_column_tag(g.text) for g in group)),
            float(" " in head.strip()),
            float(not prev_ok),
            float(cur is None or not cur.paragraphs or (cur.lead_started and not cur.headline)),
            float(self._open_signed()),
            tail,
            start,
            echo_next,
            echo_story,
        ), weighed=weigh)

    def _signed(self, k: int) -> bool:
        """units[k] opens an article on its own evidence (marked, a notice's title, or a byline,
        lead, subtitle, credit or signature under it): it ends a story's span.  Memoised."""
        if k in self._signed_at:
            return self._signed_at[k]
        u = self.u[k]
        t = self.u[k + 1].text if k + 1 < len(self.u) else ""
        value = bool(
            u.marked or NOTICE_TITLE.search(u.text)
            or (t and (B.is_byline(t) or B.LEAD.match(t) or t.startswith("——") or B.is_credit(t) or signature_at(self.u, k + 1)))
        )
        self._signed_at[k] = value
        return value

    def _siblings(self, i: int, j: int) -> list[tuple[str, ...]]:
        """Other runs of heading-like lines with only text under them between the signed headings
        around units[i:j], each run whole: crossheads come in series inside a story ("从大运河看…"
        / "从大运河读懂…" / "从大运河聆听…", or "助农环保——" / "…" and "多方协作——" / "…"); a
        story's own headline stands alone.  A run whose last line has a comma or semicolon is a
        half-sentence and does not count, nor does a line already read as the first half of a
        sentence cut at the column's edge ("…的格致汽车科" / "技股份有限公司…", ``cut_lines``), or
        over a clause's last word, read yet or not ("《整改方案》明确" / "要求，…",
        ``_clause_ends_under``); one
        that only lists with 、 is a phrase ("艰苦创业、团结协作、不懈进取的精神永远不会变" beside
        "不断增强…获得感幸福感安全感"), unless the line is one
        quotation ("“看到荒坡长成果园，心里特别踏实”", ``_quoted_line``).  Another story's heading
        bounds the search as a signed heading does (``_heads_a_story``: a byline or a lead inside or
        under the run, or a heading printed inside its lead's first sentence), and so does a dateline
        lead (``_opens_lead``) or a paragraph closed by its dateline (``_dateline_closed``: the story
        is over there): neither is a crosshead of the story under way."""
        flags, n = self._flags, len(self.u)
        found: list[tuple[str, ...]] = []
        for step, start in ((-1, i - 1), (1, j)):
            k = start
            seen = 0
            while 0 <= k < n and seen < SIBLING_REACH:
                if not flags[k]:
                    if self._opens_lead(k) or _dateline_closed(self.u[k].text):
                        # "本报讯（记者…）…": a dateline lead opens a story of its own; one closed by
                        # its dateline ("…（据新华社新德里1月1日电）") is over: the runs past it head
                        # stories of their own ("平和安祥新德里" / … / credit / "五彩缤纷哈瓦那")
                        break
                    k += step
                    seen += 1
                    continue
                lo = hi = k
                while lo > 0 and flags[lo - 1] and hi - lo < MAX_RUN:
                    lo -= 1
                while hi + 1 < n and flags[hi + 1] and hi - lo < MAX_RUN:
                    hi += 1
                if self._heads_a_story(lo, hi):
                    break
                last = self.u[hi].text
                if (not _COMMA.search(last) or _quoted_line(last)) and hi not in self.cut_lines and not self._clause_ends_under(hi):
                    found.append(tuple(self.u[x].text for x in range(lo, hi + 1)))
                seen += hi - lo + 1
                k = lo - 1 if step < 0 else hi + 1
        return found

    def _clause_ends_under(self, k: int) -> bool:
        """The line under units[k] opens with a one-word clause that ends a longer one
        (``opens_with_clause_end``: "《整改方案》明确" / "要求，…"): units[k] is that clause's first
        half, cut at the column's edge, be it read yet (``_goes_on``) or still ahead (``_siblings``).
        A writer's name is no clause's half: "为养老护理人才开拓更广天地（快评）" / "邱超奕" / "显示，…"
        is a signed piece whose text opens with the rest of a sentence printed elsewhere."""
        t = self.u[k].text
        return (
            k + 1 < len(self.u) and opens_with_clause_end(self.u[k + 1].text)
            and not (B.is_byline(t) or B.names_only(t))
        )

    def _opens_lead(self, k: int) -> bool:
        """units[k] opens a dateline lead ("本报讯（记者 某某）…", "新华社北京3月5日电…") after a
        closed sentence: the start of a story, whose heading stands above or below it."""
        if (value := self._lead_at.get(k)) is None:
            value = self._lead_at[k] = bool(B.LEAD.match(self.u[k].text)) and (
                k == 0 or ends_sentence(self.u[k - 1].text) or self._flags[k - 1]
            )
        return value

    def _heads_a_story(self, lo: int, hi: int) -> bool:
        """The heading run units[lo..hi] is another story's heading, which bounds the one under
        way: signed under its last line (``_signed``), a byline or a lead printed inside the run or
        under it ("某县：携手共建美丽家园" / "文/张三" / text), or printed inside its lead's first
        sentence ("本报讯（记者 某某）3月5日，某某率" / kicker / title / "代表团赴某地考察，…"), as the
        walker read it (``headed``) or by the lines above it.  A heading under a whole lead
        ("本报讯（…）…。" / title / text / crosshead) is still counted: ``WEIGHTS`` were fitted
        counting it, and without it a crosshead of that story reads as a headline."""
        if hi in self.headed:
            return True
        if (value := self._story_heading_at.get((lo, hi))) is None:
            value = self._story_heading_at[(lo, hi)] = self._signed(hi) or self._story_heading(lo, hi)
        return value

    def _story_heading(self, lo: int, hi: int) -> bool:
        """``_heads_a_story`` by the units alone: a byline or a lead in or under the run, or a lead
        whose first sentence goes on under it."""
        if any(B.is_byline(self.u[x].text) or B.LEAD.match(self.u[x].text) for x in range(lo, min(hi + 2, len(self.u)))):
            return True
        k = lo - 1
        while k >= 0 and lo - k <= MAX_RUN and not self._flags[k]:
            if self._opens_lead(k):
                return not ends_sentence(self.u[lo - 1].text)  # the lead's sentence goes on under the run
            if k < lo - 1 and ends_sentence(self.u[k].text):
                return False
            k -= 1
        return False

    def _start(self, i: int, j: int) -> Draft:
        if j - i > 1 and _SOURCE_NOTE.match(self.u[i].text) and self._signs_previous(self.u[i].text):
            # "案例来源：最高人民法院" / "记者手记" / title: the story before ends with it.
            self._sign_previous(self.u[i].text, self.u[i].block)
            i += 1
        if j - i > 1 and self._last_of_a_series(i):
            # "落户无忧" / text / "子女无忧" / text / "服务无忧" / "## 某某的物质基础（…）": the line over
            # the heading is the last of the story above's crossheads in one form (``_parallel``),
            # its text cut off by the column's end, no kicker of the heading under it.
            self.crossheads.add(i)
            self._add_paragraph(i)
            i += 1
        box = self._box_label(i, j)
        i += box is not None
        # A heading block printed inside a sentence leaves its first half on top of the block
        # ("■ 今年以来，以…党中央加" / "某某会议召开 研究部署…" / "某某主持会议"): set aside while
        # the block's shape is read, it stays a kicker line that ``order`` gives back to the body.
        half: list[str] = []
        if not self.u[i].marked and _half_sentence(top := self.u[i].text) and (
            j - i >= 3 or (j - i == 2 and (is_sentence(top) or split_heading_line(self.u[i + 1].text)[0] is not None))
        ):
            # (On a two-line block only a line that is a sentence by its commas: "洛水河畔，一仙子
            # 轻挽发髻，莲步轻移，…款" over "某馆创新展陈明清名画 走入…的数字画境", or one over a
            # kicker and title printed on one line, a heading complex of its own.)
            half = [self.u[i].text]
            i += 1
        # A heading wrapped in its box is one line again before the block's lines are weighed as
        # kicker, title and 副题 ("我市农民合作社与" / "家庭农场同步发展", ``wraps.goes_on``).
        stack = join_wrapped(self.u[i:j])
        lines = [u.text for u in stack]
        subs = [k for k, t in enumerate(lines) if t.startswith("——")]
        heads = lines[: subs[0]] if subs else lines
        marked = [k for k, u in enumerate(stack[: len(heads)]) if u.marked]
        h = marked[0] if marked else len(heads) - 1
        kickers = heads[:h]
        undashed: list[str] = []
        tagged = [k for k, t in enumerate(heads) if has_column_tag(t)]
        if not subs and len(tagged) == 1 and tagged[0] < len(heads) - 1 and (not marked or h == tagged[0]):
            # A column tag closes the title: the lines under "……的灯（人民论坛）" are its subtitle
            # printed without a dash ("强党性转作风①"), the lines above it its kicker.
            h = tagged[0]
            kickers, undashed = heads[:h], heads[h + 1 :]
            heads = heads[: h + 1]
            if h == 0 and len(undashed) == 2 and couplet(undashed[1]) and not couplet(undashed[0]):
                # "汇聚品质力量  点亮美好生活（品牌故事）" / "某集团助力绿色发展" / "提升服务品质  擦亮
                # 企业名片" / byline: a 副题 is one statement, never a couplet, so two lines under a
                # tagged title that end in a couplet are the first piece's kicker and title, and
                # the tagged line is the banner of a page of such pieces.
                self.furniture.append(heads[0])
                kickers, heads, undashed = [undashed[0]], [undashed[1]], []
            elif h == 0 and len(undashed) == 1 and _kicker_and_couplet(undashed[0]):
                # The same with the piece's kicker and title printed on one line: "汇聚品质力量
                # 点亮美好生活（品牌故事）" / "某集团助力绿色发展  提升服务品质  擦亮企业名片" /
                # byline; the line is read as any kicker and title on one line below.
                self.furniture.append(heads[0])
                heads, undashed = [undashed[0]], []
        elif not subs and not marked and len(heads) == 2 and not spaced_subtitle(heads[1]) and (
            (has_column_tag(heads[0]) and not has_column_tag(heads[1])) or title_over_subtitle(heads[0], heads[1], self.trace)
        ):
            # "十四届全国人大一次会议在京开幕" / "听取政府工作报告 审查计划报告…", "…实施方案印发" /
            # "到2027年…": title and undashed subtitle, weighed by ``transforms.roles``; a column
            # tag ends the title, so the line under "……（人民时评）" is its subtitle.
            h, kickers, undashed = 0, [], [heads[1]]
            heads = heads[:1]
        elif (
            not subs and len(marked) == 1 and h == len(heads) - 2 and not stack[h + 1].marked
            and not spaced_subtitle(heads[-1]) and not _goes_on(heads[h]) and not leads_in(heads[h])
            and not _stacked_couplet(heads[h], heads[-1])
            and not (has_column_tag(heads[-1]) and not has_column_tag(heads[h]))
        ):
            # "## 某地“创新空间”何以汇聚上百家企业" / "一群年轻人，干着年轻的事业" / byline, "## 劳动创造
            # 幸福生活" / "广大职工群众积极弘扬劳模精神" / byline: the exporter marks the title's line,
            # so the line under it is no kicker; a finished title stands over its 副题 printed
            # without the dash.  Only a title line left open ("## 《某某市关于加强" / "某某工作的意见》",
            # "## 让群众的" / "日子越过越好") goes on in the line under it, and so does a title of two
            # parallel phrases stacked ("## 抓实党支部质量提升" / "打造坚强战斗堡垒"); a marked line that
            # leads in to what follows ("## 农业科研人员张某：", ``roles.leads_in``) is a kicker.
            # (Weighing the two lines as kicker or title read most such 副题 as more of the title.)
            undashed = [heads[-1]]
            heads = heads[: h + 1]
        elif (
            not subs and not marked and len(heads) == 3 and _under_two(heads) and not _tag_closes(heads)
            and not any(CLAUSE.search(x) or x.endswith(("——", "：")) for x in heads)
        ):
            # "某某会议召开" / "研究部署某项工作" / "某某主持会议": kicker, title, subtitle; a
            # two-line slogan over a long title ("绿水青山 冰天雪地" / "都是金山银山" / "市委书记…")
            # is a kicker of two lines.
            h, kickers, undashed = 1, [heads[0]], [heads[2]]
            heads = heads[:2]
        elif (
            not subs and not marked and len(heads) == 3 and not heads[1].endswith(("——", "：")) and not spaced_subtitle(heads[2])
            and _under_two(heads) and not _tag_closes(heads)
            and (names_piece(heads[2]) or title_over_subtitle(heads[1], heads[2], self.trace, kicker_above=True))
        ):
            # The same three lines with clause marks: "某县选派文化指导员下基层" / "某地“创新空间”何以
            # 汇聚百家企业" / "一群年轻人，干着年轻的事业": the lower two weighed as a title over its
            # 副题 (``transforms.roles``) are title and subtitle, the top line their kicker; not a
            # two-line kicker over the 副题 taken for the title. A last line half as long again
            # as the others is still the title under a two-line slogan, as above.
            h, kickers, undashed = 1, [heads[0]], [heads[2]]
            heads = heads[:2]
        elif (
            not subs and not marked and len(heads) == 3 and leads_in(heads[0]) and not names_piece(heads[1])
            and not any(leads_in(x) or has_column_tag(x) for x in heads[1:]) and not spaced_subtitle(heads[2])
        ):
            # "辽宁某县某村——" / "大国应有的样子" / "一群年轻人，干着年轻的事业": a kicker that
            # introduces its title ("——", "：", "…时强调") stands right over it, so the line under
            # the title is its 副题 printed without the dash, not the title under a two-line kicker
            # — unless the title goes on in it: a title line left open ("让群众的" / "日子越过越
            # 好"), a couplet stacked ("抓实党支部质量提升" / "打造坚强战斗堡垒").  A line naming
            # its report ("乡村文化振兴一线见闻") is no title: the kicker's second line.
            h, kickers = 1, [heads[0]]
            if not (_goes_on(heads[1]) or _stacked_couplet(heads[1], heads[2])):
                undashed = [heads[2]]
                heads = heads[:2]
        elif (
            not subs and not marked and len(heads) == 2 and (three := _introduced_title(heads[0]))
            and not (leads_in(heads[1]) or has_column_tag(heads[1]) or spaced_subtitle(heads[1]))
        ):
            # The same with kicker and title on one line: "陈某某在某地调研时强调 立规矩、明边界" /
            # "某某主持会议", "某县某村—— 大国应有的样子" / "一群年轻人，干着年轻的事业": the
            # kicker introduces the title after it on its line, so the line under them is the 副题.
            h, kickers, undashed = 1, [three[0]], [heads[1]]
            heads = list(three)
        elif (
            not subs and not marked and len(heads) == 2 and (three := _kicker_and_title(heads[0]))
            and not (leads_in(heads[1]) or has_column_tag(heads[1]) or spaced_subtitle(heads[1]))
            and title_over_subtitle(three[1], heads[1], self.trace, kicker_above=True, tie=True)
        ):
            # A heading block prints its kicker once: "某型钻机作业深度从地表到深层、超深层，钻头直径从
            # 0.2米到超2米   某泉断流三十载复涌" / "一群年轻人，干着年轻的事业" / byline: a line that holds
            # its kicker and its title (``split_heading_line``) is the whole of both, so the line
            # under it is the 副题 printed without a dash — unless the two weigh as a kicker and its
            # title (``roles.title_over_subtitle``; no evidence either way reads a 副题).
            h, kickers, undashed = 1, [three[0]], [heads[1]]
            heads = list(three)
        elif not subs and not marked and len(heads) == 2 and (three := _statement_and_title(heads[0])) and (
            cjk_count(heads[1]) < THREE_LINE_TITLE * max(map(cjk_count, three)) and not CLAUSE.search(heads[1])
        ):
            # The same three lines with the first two printed on one line: "某某会议召开 研究部署
            # 某项工作" / "某某主持会议".
            h, kickers, undashed = 1, [three[0]], [heads[1]]
            heads = list(three)
        # "…也要遵循法律规定。" / "山西临汾市  张三" / next title: a place and a name over a title
        # sign the piece before it (a reader's letter), no kicker of the next.
        if kickers and self._signs_previous(kickers[0]):
            self._sign_previous(kickers[0], self.u[i].block)
            kickers = kickers[1:]
        # Lines after a marked headline and before any subtitle: more headline text.
        headline = " ".join(heads[h:])
        on_title = None
        if h == len(heads) - 1:
            # Kicker and title, or title and subtitle, printed on one line.
            k, headline, sub = split_heading_line(headline, kicker=not kickers or _INTRO_ON_TITLE.match(headline) is not None, subtitle=not subs and not undashed)
            if (
                k is None and sub is None and not subs and not undashed and not marked
                and (two := two_phrases(headline)) and title_over_subtitle(*two)
            ):
                # "某某实施方案印发 到2027年某某达75%左右", "上海某空间何以汇聚百家企业 一群年轻人，干着
                # 年轻的事业": a title and its undashed 副题 printed on one line, weighed as the two
                # lines are (a couplet, "抓实某某质量提升 打造坚强战斗堡垒", stays one title).
                headline, sub = two
            elif k is None and sub is None and not kickers and (two := two_phrases(headline)) and _statement_over_clauses(*two):
                # "某某签署国务院令 立规矩、明边界，强监管、促创新": weighed as no title over its 副题,
                # a plain statement before a phrase with clause marks is its kicker.
                k, headline = two
            kickers = [*kickers, k] if k else kickers
            on_title = k
            undashed = [*undashed, sub] if sub else undashed
        # A label stands as a block of its own; a kicker printed on the line right above its
        # headline (same block, "春季植树造林\n全市启动春季造林绿化行动") stays the kicker.
        # A column's name over a commentary signed by its writer under the title ("纵横" /
        # "云咖升“咖”的启示" / "赵宇恒") is that piece's column, its kicker; over a reporter's
        # byline or lead ("“创城”在行动" / title / "本报讯…") it is the page's banner.
        # (A kicker cut off the title's own line is printed with its title, no label standing
        # apart: "春耕时节  某县田间地头农机忙".)
        own_block = stack[0].block != (stack[1] if len(stack) > 1 else self.u[j]).block and on_title is None
        if (
            kickers and self.drafts and len(kickers) == 1 and cjk_count(kickers[0]) <= MAX_STANDING_LABEL and " " not in kickers[0]
            and own_block and not kickers[0].endswith(("——", "：", ":"))  # "某某村——" introduces its title
            and not kickers[0].endswith(("？", "！"))  # a column's name never asks or exclaims: "春天来了！"
            and not (j < len(self.u) and line_alone(self.u, i) and signature_at(self.u, j) and not B.is_byline(self.u[j].text))
        ):
            self.furniture.append(kickers[0])  # a standing column label, not this story's kicker
            kickers = []
        kickers = half + kickers
        # Every line from the first dashed one on is the 副题's, so none is skipped: a line the
        # block took in under its 副题 ("——《" / "### 某某督察组转交第八批信访件") went into no field
        # and out of the count.
        dashed = [t.lstrip("—").strip() for t in lines[subs[0] :]] if subs else []
        d = Draft(
            headline=headline,
            box_label=box,
            kicker_on_title=on_title,
            kicker_lines=list(kickers),
            kicker=" ".join(kickers) or None,
            subtitle=" ".join([*undashed, *dashed]) or None,
        )
        return d

    def _last_of_a_series(self, i: int) -> bool:
        """Units[i], a short line over the rest of its heading block, is in the form of
        two crossheads of the story under way above it ("子女无忧", "落户无忧" over "服务无忧"): a
        kicker heads one story and is never printed in a series with lines of the story above."""
        t = self.u[i].text
        if self.cur is None or not self.cur.paragraphs or self.u[i].marked or cjk_count(t) > MAX_LABEL or CLAUSE.search(t):
            return False
        return in_series(t, [run[-1] for run in self._siblings(i, i + 1)])

    def _box_label(self, i: int, j: int) -> str | None:
        """A box label on top of a heading block ("核心阅读" / "某市把老菜场改造成文化街区" /
        "留住城市的烟火气" / byline): the extraction put the first line of the story's summary box
        above its heading; it is set aside and opens the body (``Draft.box_label``).  So does a
        speech's salutation printed above its heading ("各位代表：" / "某市人民政府工作报告" /
        "——在某某会议上" / "现在，我代表市政府…")."""
        t = self.u[i].text
        return t if j - i > 1 and not self.u[i].marked and (BOX_LABEL.match(t) or SALUTATION.match(t)) else None

    # -- body ---------------------------------------------------------------------
    def _new(self, d: Draft) -> None:
        if self.pending_from and d.headline:
            d.continued_from = d.continued_from or self.pending_from
        self.pending_from = None
        self.drafts.append(d)
        self.cur = d

    def _add_paragraph(self, i: int) -> None:
        u = self.u[i]
        self.pending_from = None  # the marker stood above body text, not a heading
        if self.cur is None:
            self._new(Draft())
        d = self.cur
        assert d is not None
        text = u.text
        if not d.paragraphs and d.byline is None:
            lead, text = B.split_lead(text)
            if lead:
                d.byline = lead
                d.authors.extend(B.names_in(lead))
                if not text:
                    return
        last, self._last = self._last, i
        across_caption = d.tail_captions > 0
        d.tail_captions = 0
        if d.paragraphs and self._joins(d, u, i, last, across_caption):
            d.paragraphs[-1] += text
            d.blocks[-1] = u.block
            if len(d.paragraphs) == 1 and d.byline and (done := B.complete_lead(d.byline, d.paragraphs[0])):
                # "本报讯（记者 门杰" / column break / "伟）室外积雪…": the bracket joins the lead.
                d.byline, d.paragraphs[0] = done
                d.authors.extend(n for n in B.names_in(d.byline) if n not in d.authors)
            return
        d.paragraphs.append(text)
        d.blocks.append(u.block)

    def _joins(self, d: Draft, u: Unit, i: int, prev: int, across_caption: bool = False) -> bool:
        if i in self.crossheads or prev in self.crossheads:
            return False  # "凝聚奋进力量" stands as a paragraph of its own
        last = d.paragraphs[-1]
        if ends_sentence(last) or is_crosshead(last) or is_crosshead(u.text) or EDITORS_SIGNATURE.match(last):
            return False
        if is_figure_label(last) or is_figure_label(u.text):
            return False  # "图三" / "图四" / text: a figure's number stands alone
        if B.letter_label(last) or SALUTATION.match(u.text):
            # "回  信" / "某某小学的同学们：": a letter's label stands alone; a speech's salutation
            # ("各位代表：") opens its text on a line of its own, whatever the line above it left open.
            return False
        if last.endswith("——"):
            # A dash at a line's end introduces what follows, as a paragraph of its own: a
            # crosshead ("算算农业增收账——"), a list, a quotation ("…作了详细介绍——").
            return False
        if prev in self.cut_lines:
            return True  # "面对新线五十万根轨枕的检" / "测任务，…" (``_cut_at_column``)
        if len(d.paragraphs) == 1 and last.startswith("（") and "）" not in last and d.byline and B.LEAD.fullmatch(d.byline):
            return True  # "本报讯" + "（记者 王" / "五）近日，…": the lead's bracket goes on
        if _left_open(last):
            return True  # "《某某关于加强" / "老年教育工作的意见》提出…": what a line opens goes on
        if CLAUSE.search(last) and opens_with_tail(u.text, MAX_TAIL):
            # "杨某：一方面，在管理方法上要有" / "所创新。许多…": prose cut at the column's edge; the
            # next line opens with the rest of its sentence, whatever the first line's colon says.
            return True
        # "不断挖潜拓展就业岗位。围": a sentence ended inside the line and the next one begun is
        # prose cut at the column's edge, however short; a box line holds no full stop.
        short = cjk_count(last) < MIN_PROSE_LINE and not CLAUSE.search(last) and "。" not in last
        if d.blocks[-1] == u.block and not across_caption and (short or is_field(last) or is_field(u.text)):
            # Lines of one block are printed lines of a box ("专门值班电话：…" / "督察受理时间：…")
            # unless the page prints no blank lines at all: then a long line that stops
            # mid-sentence was cut by a column break like any other, and so is a short one with
            # clause marks ("“样车调校好了，可以进" / "行测试！”…"): prose, not a box line.
            return False
        if DATE_ONLY.match(u.text) or ISSUER.search(last):
            return False  # "东丰县人民政府办公室" / "2023年3月14日": a notice's signature, one per line
        if last.endswith(("，", "、")) and not (B.LEAD.match(u.text) or is_field(u.text)):
            return True  # "答：…组织农技人员包村指导，" goes on: a comma never ends a field
        if across_caption and CLAUSE.search(last) and not is_field(last):
            return not (B.LEAD.match(u.text) or B.source_line(u.text))  # "…到十月全面" / photo / "完成：屋面…"
        return not (is_field(last) or is_field(u.text) or B.LEAD.match(u.text) or B.source_line(u.text))

    def _byline(self, d: Draft, j: int) -> int:
        """Take a byline line and credits under a heading; returns the next unit index."""
        while j < len(self.u):
            t = self.u[j].text
            if (m := B.FROM_MARKER.match(t)) and not d.paragraphs:
                d.continued_from = d.continued_from or m.group(1)
                self.furniture.append(t)
                j += 1
            elif d.byline is None and not d.paragraphs and (B.is_byline(t) or signature_at(self.u, j)):
                if B.COLLECTIVE.match(t) and j + 1 < len(self.u) and B.names_only(self.u[j + 1].text):
                    j += 1  # "本报记者" / "王五  李四": the names printed on the next line
                    t = f"{t} {self.u[j].text}"
                d.byline = t
                if B.WRITER_LINE.match(t) and not B.is_byline(t):
                    d.authors.extend(B.post_name(t))  # "某某集团有限公司党委书记、董事长 张 正" -> 张正
                elif not B.is_byline(t):
                    d.authors.extend(B.byline_names(t))
                else:
                    writers, shooters = B.byline_people(t)
                    d.authors.extend(writers)
                    d.photographers.extend(shooters)
                j += 1
            elif B.is_credit(t):
                d.captions.append(t)
                d.tail_captions += 1
                d.photographers.extend(B.names_in(t))
                j += 1
            elif self._stray(j):
                self.furniture.append(t)
                j += 1
            elif caption_at(self.u, j) or (
                j + 1 < len(self.u) and ends_sentence(t) and len(t) <= 200 and B.LEAD.match(self.u[j + 1].text)
                and not d.paragraphs and not B.LEAD.match(t)  # a lead of its own is the story, over the next one's
                # Under a run of photos, each signed by its credit, a sentence with no credit of its own is
                # the group's introduction ("…摄（影像中国）" / "在“梨花开遍了天涯”的季节，…" / "本报讯…").
                and not (j > 0 and B.is_credit(self.u[j - 1].text))
            ):
                d.captions.append(t)
                d.tail_captions += 1
                d.photographers.extend(B.credit_people(t))
                j += 1
            else:
                return j
        return j

    def run(self) -> Segmented:
        i = 0
        n = len(self.u)
        while i < n:
            u = self.u[i]
            t = u.text
            if self._stray(i):
                self.furniture.append(t)
                i += 1
                continue
            if self._heads[i]:
                j = self._group(i)
                self._opened_naked = False
                if j > i and self._opens_article(i, j):
                    d = self._start(i, j)
                    d.naked = self._opened_naked
                    if self._misplaced(j) and self.cur is not None and self.cur.lead_started and not self.cur.headline:
                        # The heading of the story under way, printed mid-sentence: adopt it.  Its
                        # sentence's first half is above the block, so the block's top line is none.
                        title_under_a_whole_kicker(d)
                        self.cur.headline, self.cur.kicker, self.cur.subtitle = d.headline, d.kicker, d.subtitle
                        # The kicker as printed goes with it: ``order`` reads a kicker by its lines, and a
                        # story with none printed takes a kicker from the story above in its place.
                        self.cur.kicker_lines, self.cur.kicker_on_title = list(d.kicker_lines), d.kicker_on_title
                        self.cur.lead_started = False
                        self.headed.add(j - 1)  # signed by its lead above it
                    else:
                        self._new(d)
                    i = self._byline(self.cur, j)  # type: ignore[arg-type]
                    self._closed_heading_end = i if spaced_subtitle(self.u[j - 1].text) else -1
                    continue
                if i in self.signed_lines:
                    i += 1  # given to the story before as its signature
                    self._signed_end = i
                    continue
                if j > i and self._bodiless(i, j):
                    self.furniture.extend(x.text for x in self.u[i:j])  # a banner with no story
                    i = j
                    continue
            if (m := B.FROM_MARKER.match(t)) and i + 1 < n and self._heads[i + 1]:
                self.pending_from = m.group(1)  # the story under the next heading goes on from there
                self.furniture.append(t)
                i += 1
                continue
            if B.is_credit(t) and self.cur is not None:
                self.cur.captions.append(t)
                self.cur.tail_captions += 1
                self.cur.photographers.extend(B.names_in(t))
                i += 1
                continue
            if caption_at(self.u, i) and self.cur is not None:
                self.cur.captions.append(t)
                self.cur.tail_captions += 1
                self.cur.photographers.extend(B.credit_people(t))
                i += 1
                continue
            if B.LEAD.match(t) and self.cur is not None and self.cur.paragraphs:
                self._new(Draft(lead_started=True))
            elif B.letter_label(t) and self.cur is not None and self.cur.paragraphs and i + 1 < n and self._heads[i + 1]:
                # "…。" / "回  信" / the letter's heading: the label put above its heading opens the
                # letter (``transforms.order`` gives it to that heading), not the story before.
                self._new(Draft())
            elif i == self._signed_end and self.cur is not None and self.cur.paragraphs and not _BRACKETED_LINE.match(t):
                # "…涵养文明乡风。" / "辽宁某某市  张三" / "当前，部分红白喜事中…": a writer's
                # signature closes the piece, so prose under it opens the next one — its lead,
                # printed above its heading (``transforms.order`` gives it to that heading).
                self._new(Draft(lead_started=True))
                self._after_signature = self.cur
            self._add_paragraph(i)
            i += 1
        return Segmented(self.drafts, self.furniture, self._topics)

    def _stray(self, i: int) -> bool:
        """A logo or office name standing between the halves of a split sentence.

        "…报名人数远超预期，" / "■江城速递" / "社区又腾出两间活动室，…": the fragment is furniture
        and the halves join.  Only marked fragments or office names count: a bare half-sentence
        in the middle ("安恕镇杏山村五组徐德") is text.
        """
        d = self.cur
        t = self.u[i].text
        if d is None or not d.paragraphs or ends_sentence(d.paragraphs[-1]) or i + 1 >= len(self.u):
            return False
        if not line_alone(self.u, i) or cjk_count(t) > MAX_STRAY or re.search(r"[，。、；：？！]", t):
            return False
        if not (STRAY_MARK.match(t) or ORG_END.search(t)) or RUN_IN_LABEL.match(t):
            # A label run in before its text is a paragraph of a labelled column, not a logo: under a
            # deck that dropped its full stop, "【人物】残疾人运动员蒋裕燕" opens the body ("…深入人心" over it).
            return False
        nxt = self.u[i + 1].text
        if B.LEAD.match(nxt) or byline_like(nxt) or self._heads[i + 1]:
            return False
        return True

    def _misplaced(self, j: int) -> bool:
        """A heading wedged mid-sentence: the story before it continues under it."""
        d = self.cur
        if d is None or not d.paragraphs or ends_sentence(d.paragraphs[-1]) or j >= len(self.u):
            return False
        nxt = self.u[j].text
        return not (B.LEAD.match(nxt) or B.is_byline(nxt) or self._heads[j])

    def _bodiless(self, i: int, j: int) -> bool:
        """A run of heading lines with a subtitle, followed by another heading: a series banner."""
        has_sub = any(x.text.startswith("——") for x in self.u[i:j])
        return has_sub and (j >= len(self.u) or self._heads[j])


class _HeadingAt(dict):
    """heading_at(units, k), computed on first use: k -> bool.  The walk asks it of a unit several
    times (its run, its siblings, the line over it); the units do not change while it walks."""

    def __init__(self, units: list[Unit]):
        super().__init__()
        self.units = units

    def __missing__(self, k: int) -> bool:
        value = self[k] = heading_at(self.units, k)
        return value


class _Flags(dict):
    """heading_at(units, k), or a labelled line that may be a crosshead (``_long_labelled``),
    computed on first use: k -> bool."""

    def __init__(self, units: list[Unit], heads: _HeadingAt):
        super().__init__()
        self.units, self.heads = units, heads

    def __missing__(self, k: int) -> bool:
        value = self[k] = self.heads[k] or _long_labelled(self.units, k)
        return value


# A crosshead in the labelled form whose label is too long for a column's ("一堂民间舞蹈课：彩扇翻飞
# 舞出活力"), or whose phrase lists with 、 ("治理：实施封井限采、水源调配"): no heading on its own
# (a "label：value" line), yet one of a series with "一堂书法课：笔墨之间写出春天", "断流：从引水灌溉到
# 人工维续".
_LONG_LABELLED = re.compile(r"^[\u4e00-\u9fff]{2,10}：[\u4e00-\u9fff“”《》「」·、]{4,30}$")


def _long_labelled(units: list[Unit], k: int) -> bool:
    """units[k] is a labelled line standing alone, not in a box of "label：value" lines."""
    return bool(_LONG_LABELLED.match(units[k].text)) and not any(
        0 <= x < len(units) and is_field(units[x].text) for x in (k - 1, k + 1)
    )


TAIL_CHARS = 40


# A sentence ended inside a line, more text after it: "“今年能多收几成？”种粮大户孙有田".
_SPOKEN_THEN_MORE = re.compile(r"[。！？][”’」]?[\u4e00-\u9fff]")




def _stacked_couplet(first: str, second: str) -> bool:
    """Two lines that are the parallel phrases of one title printed one over the other ("抓实党支部
    质量提升" / "打造坚强战斗堡垒"); two long lines of one length, or a line naming the piece under
    its title ("筑牢某某的家庭根基" / "访某省妇联主席李四"), are a title and its 副题; so is a series'
    name closed by its instalment number under a couplet ("为治理赋能 为实干撑腰" / "消费新亮点  发展
    新赛道③", ``roles.title_over_subtitle``): the number closes the series line, never a title's phrase."""
    return (
        couplet(f"{first} {second}") and max(cjk_count(first), cjk_count(second)) <= MAX_COUPLET_PHRASE
        and not names_piece(second) and not (INSTALMENT.search(second) and not INSTALMENT.search(first))
    )


# A kicker that introduces its title, printed on the title's line, is split off under another
# kicker line too: "某市某某村的一" (a lead's first half over the heading) / "帮助乡亲脱贫的老支书
# 张三—— 一生扎根小山村" / byline / "处院落里，…".
_INTRO_ON_TITLE = re.compile(r"^[^ ]{2,}—— \S")


def _kicker_and_couplet(line: str) -> bool:
    """A kicker and a couplet title printed on one line ("某集团助力绿色发展  提升服务品质  擦亮
    企业名片"): a statement, then parallel phrases (``split_heading_line``, ``couplet``)."""
    kicker, title, _ = split_heading_line(line, subtitle=False)
    return kicker is not None and couplet(title) and not couplet(kicker)


def _goes_on(line: str) -> bool:
    """A heading line that stops inside its phrase: a quotation or book title left open, or a last
    character that never closes a phrase ("让群众的")."""
    return _left_open(line) or line[-1:] in NEVER_LAST


def _left_open(line: str) -> bool:
    """The line opens a quotation or a title it does not close ("“老有所学", "《某某市关于加强"): it
    stops inside a sentence."""
    return open_quote(line) or line.count("《") > line.count("》")


# "某某在回信中说，你们…": a phrase that reports speech goes on with what was said, no title's does.
_SPEECH_END = re.compile(r"(?:说|表示|指出|强调|认为|介绍|提出|称)，")


def _quoted_line(line: str) -> bool:
    """The line is one quotation, whole ("“看到荒坡长成果园，心里特别踏实”"): a crosshead quoting the
    story's subject, whose commas are the speaker's, not those of a sentence cut at the column."""
    return line.startswith("“") and line.endswith("”") and line.count("“") == 1 and line.count("”") == 1


def _two_phrase_title(line: str) -> bool:
    """A title of two phrases by its form, stopping on a word that closes a phrase (with its column
    tag, ``headings.two_phrase_title``)."""
    return bool(TWO_PHRASE_TITLE.fullmatch(line)) and not _SPEECH_END.search(line) and not open_end(line)


def _short_title(head: str, nxt: str) -> bool:
    """A one-line title shorter than a naked headline, by its ends: it stops on a word that closes a
    phrase ("老街换新颜", "最是坚守动人心"), and the text under it opens a clause of its own."""
    return cjk_count(head) >= MIN_SHORT_HEADLINE and not open_end(head) and not mid_clause(nxt)


def _lead_printed_above(d: Draft) -> bool:
    """``d`` is a whole dateline lead with no heading, one or two paragraphs: printed above the
    heading of the draft after it ("本报讯（记者 王五）…。" / "果香飘满山乡路" / text), it is that
    story's lead (``transforms.order`` gives it back), and signs the story as a byline line would."""
    return (
        d.lead_started and not d.headline and 0 < len(d.paragraphs) <= MAX_LEAD_ABOVE
        and bool(B.LEAD.match(d.byline or d.paragraphs[0])) and ends_sentence(d.paragraphs[-1])
    )


def _titled(group: list[Unit], nxt: str | None) -> bool:
    """A one- or two-line heading by its form: a title with no clause mark ("山乡处处种新绿"), or
    closed by its column tag ("促增收，方寸庭院有新意（探访）"), or of two phrases over text that
    opens a clause of its own ("社区开起书法班，街舞老师请进村" / "清晨，…"; a line of prose cut at
    the column's edge goes on mid-clause: "某某在会上谈到，要把群众的" / "事办好，…"; ``nxt`` None:
    not under a one-paragraph lead, where a line with a comma is more often a crosshead of the
    lead's own story), under at most a kicker that has no clause mark or introduces its title
    ("某县探访——", "某市：")."""
    *kicker, title = (g.text for g in group)
    couplet_title = nxt is not None and _two_phrase_title(title) and not mid_clause(nxt)
    if (CLAUSE.search(title) and not (has_column_tag(title) or couplet_title)) or any(
        _SPOKEN_THEN_MORE.search(g.text) for g in group
    ):
        return False  # "“进展咋样？”汽车起": a sentence ends inside the line and goes on, no heading does
    return all(not CLAUSE.search(k) or k.endswith(("——", "：")) for k in kicker)


def _half_sentence(line: str) -> bool:
    """A line of prose that stops mid-sentence: clause marks, or a sentence closed inside it and the
    next one begun ("如何让企业获得更好的跨境金融服务？某银行创新推出“一点接入 全球响"), and no mark a
    heading ends on."""
    return (
        bool(CLAUSE.search(line) or sentence_inside(line)) and not ends_sentence(line)
        and not line.endswith(("——", "：", "？", "！", "”", "）", "》"))
    )



def _introduced_title(line: str) -> tuple[str, str] | None:
    """(kicker, title) of a line whose kicker introduces the title after it ("某某在某地调研时强调
    抓好春耕 保障供给", "某县某村—— 一生扎根小山村"), as ``split_heading_line`` cuts it; else None."""
    kicker, title, _ = split_heading_line(line, subtitle=False)
    return (kicker.strip(), title.strip()) if kicker and title and leads_in(kicker.strip()) else None


def _kicker_and_title(line: str) -> tuple[str, str] | None:
    """(kicker, title) of a line that prints both, as ``split_heading_line`` cuts it; else None."""
    kicker, title, _ = split_heading_line(line, subtitle=False)
    return (kicker.strip(), title.strip()) if kicker and title else None


def _statement_and_title(line: str) -> tuple[str, str] | None:
    """A line of two unequal phrases, a statement and a title ("中共中央政治局召开会议 分析研判当前
    经济运行和经济工作"), as (kicker, title); None for a couplet of parallel phrases ("绿水青山
    冰天雪地"), which is one title or one kicker, or a line with clause marks or a dash."""
    if _kicker_and_couplet(line) and not CLAUSE.search(line) and "—" not in line:
        # "记者探访某县海拔3000多米的山区牧场 打通水源管网  解决牧民吃水难": a statement and a
        # couplet title.
        kicker, title, _ = split_heading_line(line, subtitle=False)
        return kicker, title
    parts = line.split()
    if len(parts) != 2 or CLAUSE.search(line) or "—" in line or has_column_tag(line):
        return None
    a, b = (cjk_count(p) for p in parts)
    if min(a, b) < MIN_SHORT_HEADLINE or abs(a - b) <= PHRASE_SLACK:
        return None
    return parts[0], parts[1]


def title_under_a_whole_kicker(d: Draft) -> None:
    """A heading block prints its kicker once.  "本报讯（记者 …）汩" / "掘进方向从水平到斜向、竖向、拐弯
    掘进，刀盘直径从0.5米到超16米" / "某泉断流三十载复涌" / "一群年轻人，干着年轻的事业" / "汩泉水从…":
    the top line was set aside as a possible first half of the lead's sentence (clause marks, no
    end) and the two lines under it read as a block of their own, a kicker line over its title.
    Printed inside its lead's sentence, whose first half is above the block (or kept as the kicker
    by ``order.free_half_kickers``), the top line is the kicker, whole; so the plain line under it is no second kicker line but the title, and the line
    under that its 副题 printed without a dash — unless the two weigh as a kicker and its title
    (``roles.title_over_subtitle``: the title carries the block's marks, …).  A top line ending on a
    clause mark is a kicker cut at the column's edge ("…夜游、夜市、" / "夜购齐上阵"), one with a
    space holds a title of its own, and a line that leads in ("某某村——") is a kicker's."""
    if len(d.kicker_lines) != 2 or d.subtitle or not d.headline or d.kicker_on_title is not None:
        return
    top, mid = d.kicker_lines
    if not CLAUSE.search(top) or " " in top or top.endswith(HEADING_ENDS) or top[-1] in "，、；" or ends_sentence(top):
        return
    if (
        CLAUSE.search(mid) or leads_in(mid) or has_column_tag(mid) or cjk_count(mid) < MIN_SHORT_HEADLINE
        or leads_in(d.headline) or has_column_tag(d.headline)
        or not title_over_subtitle(mid, d.headline, kicker_above=True, tie=True)
    ):
        return
    d.kicker_lines, d.kicker, d.headline, d.subtitle = [top], top, mid, d.headline


def _statement_over_clauses(left: str, right: str) -> bool:
    """A plain statement printed before a title phrase with clause marks on one line ("某某签署国务院令
    立规矩、明边界，强监管、促创新", "应对某某关税 既能赚到钱，又能陪家人"): the phrases of a title
    printed with spaces are parallel and never hold a clause mark, so the plain part is no phrase of
    the title but its kicker (the mirror of ``headings._clause_kicker_over_title``, which takes the
    statement with clause marks before a plain title).  A first part that asks or exclaims is a
    title ("某地何以汇聚百家企业 一群年轻人，干着年轻的事业"), and one that carries a column tag
    closes its own title; the caller has weighed the two as a title and its 副题 first."""
    return (
        cjk_count(left) >= MIN_SHORT_HEADLINE and cjk_count(right) >= MIN_SHORT_HEADLINE
        and not CLAUSE.search(left) and not ASKS.search(left) and not left.endswith(("？", "！", "——", "："))
        and not has_column_tag(left) and not right.startswith(("（", "(", "——"))
        and bool(CLAUSE.search(COLUMN_TAG.sub("", right)))
    )


def _box_lines_after_prose(paragraphs: list[str]) -> bool:
    """The story ends in box lines after its last sentence of prose ("…转交辽源市。" /
    "督察进驻日期：2021年8月26日—9月26日" / "专门值班电话：0431-83112369"): the first lines of a
    box printed above the box's title, closed lines with no sentence running on into what
    follows.  Lines under a box's own title ("举报电话：…" / "市公安局扫黑办（…）") are not after prose,
    and an interview's question ("记者：…的冲突？如何平衡“软引" / "导”与“硬约束”的关系？") is no
    box line: it asks, and its quotation is left open."""
    k = len(paragraphs)
    while k > 0 and is_field(p := paragraphs[k - 1]) and "？" not in p and not open_quote(p):
        k -= 1
    return 0 < k < len(paragraphs) and ends_sentence(paragraphs[k - 1])


# Who made a picture, printed under it: "王 鹏绘（新华社发）", "李四摄", "某某供图": no title.
_MAKER = re.compile(r"(?:摄影?|绘|供图|制图|[社网]发)[）)]?$")
# A speaker's turn in an interview ("记者：围绕…，开展了哪些工作？", "黄晓薇："): the story goes on
# under its crosshead; no story opens so.
_TURN = re.compile(r"^[\u4e00-\u9fff]{1,6}[：:]")


def _credited(paragraph: str) -> bool:
    """The paragraph ends its story with its dateline, signature or source: "（新华社北京12月31日电）",
    "…之情。（本报南极长城站2000年12月31日专电）", "…。（辽轩）", "来源：新华社"."""
    tail = paragraph[-TAIL_CHARS:]
    return _dateline_closed(paragraph) or bool(B.SIGNATURE.search(tail) or B.source_line(tail))


@line_memo
def _dateline_closed(paragraph: str) -> bool:
    """The paragraph ends its story with its dateline: "（据新华社新德里1月1日电）", "…之情。（本报…专电）"."""
    return bool(B.CLOSING_DATELINE.match(paragraph) or B.CLOSING_TAIL.search(paragraph[-TAIL_CHARS:]))


def _closed(paragraph: str) -> bool:
    """The paragraph ends its story: "来源：新华社", "（辽轩）", "（下转第三版）", "（作者为某某大学教授）"."""
    tail = paragraph[-TAIL_CHARS:]  # the marks stand at the end: search only there
    return bool(_credited(paragraph) or B.CONTINUATION.search(tail) or B.AUTHOR_NOTE.match(paragraph))


def in_series(line: str, others: list[str]) -> bool:
    """``line`` is one of a series of crossheads printed among ``others``: two of them of its length
    that open or close on the same two characters ("落户无忧" / "子女无忧" / "服务无忧", "从大运河看"
    / "从大运河读")."""
    return sum(cjk_count(x) == cjk_count(line) and (x[:2] == line[:2] or x[-2:] == line[-2:]) for x in others if x != line) >= 2


def _parallel_runs(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two heading runs in the same form: their last lines are ("修渠先修心" / "管水更要节水"), or
    both have kickers and the kickers are ("助农环保——" / "多方协作——")."""
    if _parallel(a[-1], b[-1]) or (len(a) == len(b) > 1 and _parallel(a[0], b[0])):
        return True
    # Two-line summaries of the cases a court column reports, line for line of a length
    # ("杂物坠落砸坏车辆" / "物业公司被判承担赔偿" and "大树倒伏砸坏邻家屋" / "所有人须担负赔偿责任").
    return len(a) == len(b) == 2 and all(abs(cjk_count(x) - cjk_count(y)) <= PHRASE_SLACK for x, y in zip(a, b))


def _parallel(a: str, b: str) -> bool:
    """Two lines in the same form, as the crossheads of one story are printed: "修渠先修心" /
    "管水更要节水", "一条水渠：从规划到竣工" / "一片麦田：从靠天到靠渠", "从大运河看…" / "从大运河读懂…"."""
    if a[:2] == b[:2]:
        return True
    pa, pb = re.split(r"[ ：]|——", a), re.split(r"[ ：]|——", b)
    if len(pa) != len(pb) or not all((m in a) == (m in b) for m in (" ", "：", "——", "？")):
        return False
    if len(pa) == 1 and max(cjk_count(a), cjk_count(b)) > MAX_LABEL:
        return False  # two plain long lines are just two titles
    return all(min(cjk_count(x), cjk_count(y)) >= 0.6 * max(cjk_count(x), cjk_count(y)) for x, y in zip(pa, pb))


def segment(units: list[Unit], trace: list | None = None) -> Segmented:
    """Group the issue's units into article drafts, in reading order.

    ``trace``: a list that receives (lines, evidence, decision) for every heading-like run
    with only body text under it (``transforms.evidence``; used to fit its weights)."""
    return _Walker(rejoin_wrapped(units), trace).run()


def _title_of(line: str) -> str:
    """The title of a heading line, without the kicker printed on its line: a headline's length
    and its clause marks are the title's, not the kicker's ("出席某某会议的代表团继续审议报告、
    审查某某规划（草案） 开好头 起好步 努力实现新发展": the title is the three phrases).  Too short
    stays a question about the whole line: a title of ten ideographs with its kicker on its line
    ("《某某》杂志发表某某重要文章 健全某某体系") is no fragment of a sentence."""
    kicker, title, _ = split_heading_line(line, subtitle=False)
    return line if kicker is None else title


def _tag_closes(heads: list[str]) -> bool:
    """The last of the stacked heading lines alone carries a column tag: it is the title, and the
    lines over it are its kicker ("西部边远地区寄递服务网络" / "越织越密" / "包邮区有了新定义（大数据
    观察）": a kicker wrapped in its box).  A tag closes a title, never a 副题: none of the gold 副题
    of the development, fit and sample pages carries one, against 167 titles."""
    return has_column_tag(heads[-1]) and not any(has_column_tag(x) for x in heads[:-1])


def _under_two(heads: list[str]) -> bool:
    """The third of three stacked heading lines can be a 副题 under kicker and title: it is not
    half as long again as the lines above (a two-line slogan over a long title is a kicker of two
    lines: "绿水青山 冰天雪地" / "都是金山银山" / "市委书记某某率队赴某地学习考察…"), or it names the
    piece as only a 副题 does, whatever its length ("访某某镇党委书记张三", "2021年1月12日在某某市
    第八届人民代表大会第六次会议上"): a title under a kicker states its news."""
    return cjk_count(heads[2]) < THREE_LINE_TITLE * max(map(cjk_count, heads[:2])) or names_piece(heads[2])
