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
from transforms.repair import Unit, cjk_count, ends_sentence
from transforms.topic import bigrams

MAX_HEADLINE = 60  # with a byline or lead under it
# A headline with nothing but body under it must look like one: long enough (shorter lines
# there are usually half-sentences, "安恕镇杏山村五组徐德") and without clause punctuation.
MIN_NAKED_HEADLINE = 11
MAX_NAKED_HEADLINE = 40
# A one-phrase standing column label ("“创城”在行动") above another article's headline.
MAX_LABEL = 8
_CLAUSE = re.compile(r"[，、；]")
# 小标题 inside an article: "一、2020年工作回顾", "（二）…", "高质量发展——开放是必由之路".
_CROSSHEAD = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．]\D)|^.{2,12}——")
# "全省扫黑举报电话：0431-12389": a label and a value, one per printed line in a notice box.
_FIELD = re.compile(r"^[^，。：]{1,14}：\S")
# "短评：植树不能只看数量": a short column label, a colon and a title (a heading, not a field).
_LABELLED_TITLE = re.compile(r"^[\u4e00-\u9fff]{2,6}：[\u4e00-\u9fff“”《》「」·]{4,30}$")
# "政府工作报告（摘要）", "…讲话（节选）": a digest's title, a heading even when short.
DIGEST = re.compile(r"[（(](?:摘要|摘登|节选|全文|摘编)[)）]$")
# Lines that sign or date a notice, never a heading: "（本报记者 陈雪梅）", "2023年3月14日".
_BRACKETED = re.compile(r"^[（(][^（）()]*[）)]$")
_DATE_ONLY = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$")
# The issuing office under a notice, printed above its date: "东丰县人民政府办公室".
_ISSUER = re.compile(r"(?:办公室|总编室|编辑部|委员会|人民政府|领导小组|指挥部)$")
# A stray fragment wedged into a split sentence: a column logo ("■江城速递") or an office's
# name left from a photo or box ("四平市公安局交警支队").  Real half-sentences stay text.
MAX_STRAY = 12
_STRAY_MARK = re.compile(r"^[■●◆□◇★☆▲△【]")
_ORG_END = re.compile(r"(?:局|支队|大队|中心|委员会|办公室|公司|集团|协会|学校|医院|银行|分行|社)$")
# A short question or exclamation may head a story ("暖气不热怎么办？") when its body echoes it.
MAX_QUESTION = 20
# A short headline (fewer than MIN_NAKED_HEADLINE ideographs) with body under it counts when
# the body repeats this share of its character pairs ("春耕物资供应充足" / "…春耕物资储备充足").
MIN_SHORT_HEADLINE = 4
MIN_ECHO = 0.4
_CAPTION = re.compile(r"图为|图片为|\(图\)|（图）|左图|右图|上图|下图")
# "▲3月14日，工人正在装配新车。": a pointer mark opens a caption.
_CAPTION_MARK = re.compile(r"^[▲△↑←→↓]")


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
    continued_to: str | None = None
    continued_from: str | None = None
    source_outlet: str | None = None


@dataclass
class Segmented:
    drafts: list[Draft]
    furniture: list[str]  # labels, banners and markers taken out of the text (counted)


def _short(text: str, limit: int = MAX_HEADLINE) -> bool:
    if len(text) > limit or "。" in text:
        return False
    return not ends_sentence(text) or _question(text)


def _question(text: str) -> bool:
    """A short line ending in one ？ or ！ and no other clause mark: "暖气不热怎么办？"."""
    return (
        text[-1:] in ("？", "！")
        and cjk_count(text) <= MAX_QUESTION
        and not re.search(r"[，、；：？！]", text[:-1])
    )


def is_crosshead(text: str) -> bool:
    return len(text) <= MAX_NAKED_HEADLINE and not ends_sentence(text) and bool(_CROSSHEAD.match(text))


def _undashed_subtitle(first: str, second: str) -> bool:
    """A 副题 printed without its dash under a one-phrase main title.

    "十四届全国人大一次会议在京开幕" / "听取政府工作报告 审查计划报告和预算报告": the line under
    the title lists the points in phrases and runs longer than the title.  A phrase list *above*
    a title ("再动员 再部署 再要求") is a kicker, and so is a long line above a shorter phrase-list
    title ("出席…代表团继续审议报告" / "开好头 起好步 努力实现新发展") or a short slogan above a
    longer one ("春耕备耕正当时" / "市委召开常委会会议 研究部署春季农业生产"): the title
    must be able to stand alone as a headline (MIN_NAKED_HEADLINE ideographs).
    """
    phrases = second.split(" ")
    return (
        " " not in first
        and cjk_count(first) >= MIN_NAKED_HEADLINE
        and len(phrases) >= 2
        and all(cjk_count(p) >= 2 for p in phrases)
        and cjk_count(second) > cjk_count(first)
    )


def _is_field(text: str) -> bool:
    return bool(_FIELD.match(text)) and len(text) <= 60 and not _LABELLED_TITLE.match(text)


def _echo(head: str, body: str) -> float:
    """Share of the headline's character pairs the body repeats."""
    pairs = bigrams(head)
    return len(pairs & bigrams(body[:300])) / len(pairs) if pairs else 0.0


def _byline_like(t: str) -> bool:
    return bool(B.LONE_NAME.match(t) or B.POST_NAME.match(t) or B.BYLINE_LINE.match(t) or B.LEAD.match(t))


def _alone(units: list[Unit], i: int) -> bool:
    """units[i] is a block of its own (blank lines above and below)."""
    block = units[i].block
    return (i == 0 or units[i - 1].block != block) and (i + 1 >= len(units) or units[i + 1].block != block)


def _name_line(units: list[Unit], i: int) -> bool:
    """A lone name ("李洪波") or post and name ("市长 孙弘") standing as a block of its own."""
    t = units[i].text
    return bool(B.LONE_NAME.match(t) or B.POST_NAME.match(t)) and _alone(units, i) and not units[i].marked


def _heading_at(units: list[Unit], i: int) -> bool:
    """Could units[i] be a headline or kicker line?  A "label：value" line only with a byline under it."""
    u = units[i]
    t = u.text
    if u.marked:
        return True
    if len(t) > MAX_HEADLINE or "。" in t:
        return False  # prose: no rule below can say yes (not _short, and too long or "。" for a labelled title)
    if t.startswith("——") or B.LEAD.match(t) or B.BYLINE_LINE.match(t) or B.CREDIT_LINE.match(t):
        return False
    if B.source_line(t) or B.FROM_MARKER.match(t) or _BRACKETED.match(t) or _DATE_ONLY.match(t):
        return False
    if _ISSUER.search(t) and i + 1 < len(units) and _DATE_ONLY.match(units[i + 1].text):
        return False  # the office signing a notice, its date under it
    if _LABELLED_TITLE.match(t) and not (i + 1 < len(units) and _is_field(units[i + 1].text)):
        return True
    if _is_field(t) and not (i + 1 < len(units) and _alone(units, i) and _byline_like(units[i + 1].text)):
        return False
    return _short(t) and not is_crosshead(t)


def _caption(units: list[Unit], i: int) -> bool:
    """A photo caption: says 图为, or a credit line (…摄) stands right after it."""
    t = units[i].text
    if B.LEAD.match(t) or len(t) > 200:
        return False
    if (_CAPTION.search(t) or _CAPTION_MARK.match(t)) and ends_sentence(t):
        return True
    if B.CREDIT_TAIL.search(t):
        return True  # "…装配新车。本报记者 郑宏伟 摄": the credit printed on the caption's line
    return i + 1 < len(units) and bool(B.CREDIT_LINE.match(units[i + 1].text)) and ends_sentence(t)


class _Walker:
    def __init__(self, units: list[Unit]):
        self.u = units
        self.drafts: list[Draft] = []
        self.furniture: list[str] = []
        self.cur: Draft | None = None
        self.pending_from: str | None = None  # "（上接第一版）" printed above the next heading

    # -- heading groups -------------------------------------------------------------
    def _group(self, i: int) -> int:
        """End (exclusive) of the run of heading-like lines starting at i."""
        j = i
        while j < len(self.u) and j - i < 6:
            t = self.u[j].text
            if j > i and _name_line(self.u, j):
                break
            if t.startswith("——") and j > i and len(t) <= MAX_HEADLINE:
                j += 1
                continue
            if not _heading_at(self.u, j):
                break
            if j > i and self.u[j - 1].text.startswith("——") and not self.u[j].marked:
                break  # a subtitle closes a heading
            j += 1
        return j

    def _opens_article(self, i: int, j: int) -> bool:
        """Is the run units[i:j] a heading?  Decided by what stands under it."""
        if j >= len(self.u):
            return False
        nxt = self.u[j].text
        group = self.u[i:j]
        if _name_line(self.u, j) or B.BYLINE_LINE.match(nxt) or B.LEAD.match(nxt) or B.FROM_MARKER.match(nxt):
            return True
        if B.CREDIT_LINE.match(nxt) or _caption(self.u, j):
            return True
        if j + 1 < len(self.u) and ends_sentence(nxt) and B.LEAD.match(self.u[j + 1].text):
            return True  # a caption between the heading and the lead
        if _heading_at(self.u, j):
            return False
        if any(g.marked for g in group) or any(g.text.startswith("——") for g in group):
            return True
        if self.pending_from or (len(group) == 1 and _LABELLED_TITLE.match(group[0].text)):
            return True  # under "（上接第一版）", or a "短评：…" column title
        head = group[-1].text
        if DIGEST.search(head) and len(group) <= 2:
            return True
        cur = self.cur
        prev_ok = (
            cur is None
            or not cur.paragraphs
            or ends_sentence(cur.paragraphs[-1])
            or B.source_line(cur.paragraphs[-1])  # "来源：新华社" closes a story
            or (cur.lead_started and not cur.headline)
        )
        size = cjk_count(head)
        return (
            len(group) <= 2
            and prev_ok
            and MIN_SHORT_HEADLINE <= size <= MAX_NAKED_HEADLINE
            and ((size >= MIN_NAKED_HEADLINE and not _question(head)) or _echo(head, nxt) >= MIN_ECHO)
            and not _CLAUSE.search(head)
        )

    def _start(self, i: int, j: int) -> Draft:
        lines = [u.text for u in self.u[i:j]]
        subs = [k for k, t in enumerate(lines) if t.startswith("——")]
        heads = lines[: subs[0]] if subs else lines
        marked = [k for k, u in enumerate(self.u[i : i + len(heads)]) if u.marked]
        h = marked[0] if marked else len(heads) - 1
        kickers = heads[:h]
        undashed: list[str] = []
        if not subs and not marked and len(heads) == 2 and _undashed_subtitle(heads[0], heads[1]):
            h, kickers, undashed = 0, [], [heads[1]]
            heads = heads[:1]
        # Lines after a marked headline and before any subtitle: more headline text.
        headline = " ".join(heads[h:])
        # A label stands as a block of its own; a kicker printed on the line right above its
        # headline (same block, "春季植树造林\n全市启动春季造林绿化行动") stays the kicker.
        own_block = self.u[i].block != self.u[i + 1].block
        if kickers and self.drafts and len(kickers) == 1 and cjk_count(kickers[0]) <= MAX_LABEL and " " not in kickers[0] and own_block:
            self.furniture.append(kickers[0])  # a standing column label, not this story's kicker
            kickers = []
        d = Draft(
            headline=headline,
            kicker=" ".join(kickers) or None,
            subtitle=" ".join([*undashed, *(lines[k].lstrip("—").strip() for k in subs)]) or None,
        )
        return d

    # -- body ---------------------------------------------------------------------
    def _new(self, d: Draft) -> None:
        if self.pending_from and d.headline:
            d.continued_from = d.continued_from or self.pending_from
        self.pending_from = None
        self.drafts.append(d)
        self.cur = d

    def _add_paragraph(self, u: Unit) -> None:
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
        if d.paragraphs and self._joins(d, u):
            d.paragraphs[-1] += text
            d.blocks[-1] = u.block
            return
        d.paragraphs.append(text)
        d.blocks.append(u.block)

    def _joins(self, d: Draft, u: Unit) -> bool:
        last = d.paragraphs[-1]
        if d.blocks[-1] == u.block or ends_sentence(last) or is_crosshead(last) or is_crosshead(u.text):
            return False
        if _DATE_ONLY.match(u.text) or _ISSUER.search(last):
            return False  # "东丰县人民政府办公室" / "2023年3月14日": a notice's signature, one per line
        if last.endswith(("，", "、")) and not (B.LEAD.match(u.text) or _is_field(u.text)):
            return True  # "答：…组织农技人员包村指导，" goes on: a comma never ends a field
        return not (_is_field(last) or _is_field(u.text) or B.LEAD.match(u.text) or B.source_line(u.text))

    def _byline(self, d: Draft, j: int) -> int:
        """Take a byline line and credits under a heading; returns the next unit index."""
        while j < len(self.u):
            t = self.u[j].text
            if (m := B.FROM_MARKER.match(t)) and not d.paragraphs:
                d.continued_from = d.continued_from or m.group(1)
                self.furniture.append(t)
                j += 1
            elif d.byline is None and (B.BYLINE_LINE.match(t) or _name_line(self.u, j)):
                d.byline = t
                if B.POST_NAME.match(t) and not B.BYLINE_LINE.match(t):
                    d.authors.extend(B.post_name(t))
                else:
                    writers, shooters = B.byline_people(t)
                    d.authors.extend(writers)
                    d.photographers.extend(shooters)
                j += 1
            elif B.CREDIT_LINE.match(t):
                d.captions.append(t)
                d.photographers.extend(B.names_in(t))
                j += 1
            elif self._stray(j):
                self.furniture.append(t)
                j += 1
            elif _caption(self.u, j) or (
                j + 1 < len(self.u) and ends_sentence(t) and len(t) <= 200 and B.LEAD.match(self.u[j + 1].text)
                and not d.paragraphs
            ):
                d.captions.append(t)
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
            if _heading_at(self.u, i):
                j = self._group(i)
                if j > i and self._opens_article(i, j):
                    d = self._start(i, j)
                    if self._misplaced(j) and self.cur is not None and self.cur.lead_started and not self.cur.headline:
                        # The heading of the story under way, printed mid-sentence: adopt it.
                        self.cur.headline, self.cur.kicker, self.cur.subtitle = d.headline, d.kicker, d.subtitle
                        self.cur.lead_started = False
                    else:
                        self._new(d)
                    i = self._byline(self.cur, j)  # type: ignore[arg-type]
                    continue
                if j > i and self._bodiless(i, j):
                    self.furniture.extend(x.text for x in self.u[i:j])  # a banner with no story
                    i = j
                    continue
            if (m := B.FROM_MARKER.match(t)) and i + 1 < n and _heading_at(self.u, i + 1):
                self.pending_from = m.group(1)  # the story under the next heading goes on from there
                self.furniture.append(t)
                i += 1
                continue
            if B.CREDIT_LINE.match(t) and self.cur is not None:
                self.cur.captions.append(t)
                self.cur.photographers.extend(B.names_in(t))
                i += 1
                continue
            if _caption(self.u, i) and self.cur is not None:
                self.cur.captions.append(t)
                self.cur.photographers.extend(B.credit_people(t))
                i += 1
                continue
            if B.LEAD.match(t) and self.cur is not None and self.cur.paragraphs:
                self._new(Draft(lead_started=True))
            self._add_paragraph(u)
            i += 1
        return Segmented(self.drafts, self.furniture)

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
        if not _alone(self.u, i) or cjk_count(t) > MAX_STRAY or re.search(r"[，。、；：？！]", t):
            return False
        if not (_STRAY_MARK.match(t) or _ORG_END.search(t)):
            return False
        nxt = self.u[i + 1].text
        if B.LEAD.match(nxt) or _byline_like(nxt) or _heading_at(self.u, i + 1):
            return False
        return True

    def _misplaced(self, j: int) -> bool:
        """A heading wedged mid-sentence: the story before it continues under it."""
        d = self.cur
        if d is None or not d.paragraphs or ends_sentence(d.paragraphs[-1]) or j >= len(self.u):
            return False
        nxt = self.u[j].text
        return not (B.LEAD.match(nxt) or B.BYLINE_LINE.match(nxt) or _heading_at(self.u, j))

    def _bodiless(self, i: int, j: int) -> bool:
        """A run of heading lines with a subtitle, followed by another heading: a series banner."""
        has_sub = any(x.text.startswith("——") for x in self.u[i:j])
        return has_sub and (j >= len(self.u) or _heading_at(self.u, j))


def segment(units: list[Unit]) -> Segmented:
    """Group the issue's units into article drafts, in reading order."""
    return _Walker(units).run()
