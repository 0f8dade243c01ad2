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
    CLAUSE,
    DATE_ONLY,
    DIGEST,
    ISSUER,
    LABELLED_TITLE,
    MAX_HEADLINE,
    MAX_LABEL,
    MAX_NAKED_HEADLINE,
    MAX_STRAY,
    MIN_ECHO,
    MIN_NAKED_HEADLINE,
    MIN_SHORT_HEADLINE,
    ORG_END,
    STRAY_MARK,
    byline_like,
    caption_at,
    echo,
    has_column_tag,
    heading_at,
    is_crosshead,
    is_field,
    is_question,
    line_alone,
    name_line_at,
    signature_at,
    undashed_subtitle,
)
from transforms.repair import Unit, cjk_count, ends_sentence


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
            if j > i and signature_at(self.u, j):
                break
            if t.startswith("——") and j > i and len(t) <= MAX_HEADLINE:
                j += 1
                continue
            if not heading_at(self.u, j):
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
        if signature_at(self.u, j) or B.is_byline(nxt) or B.LEAD.match(nxt) or B.FROM_MARKER.match(nxt):
            return True
        if B.is_credit(nxt) or caption_at(self.u, j):
            return True
        if j + 1 < len(self.u) and ends_sentence(nxt) and B.LEAD.match(self.u[j + 1].text):
            return True  # a caption between the heading and the lead
        if heading_at(self.u, j):
            return False
        if any(g.marked for g in group) or any(g.text.startswith("——") for g in group):
            return True
        if self.pending_from or (len(group) == 1 and LABELLED_TITLE.match(group[0].text)):
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
            and ((size >= MIN_NAKED_HEADLINE and not is_question(head)) or echo(head, nxt) >= MIN_ECHO)
            and not CLAUSE.search(head)
        )

    def _start(self, i: int, j: int) -> Draft:
        lines = [u.text for u in self.u[i:j]]
        subs = [k for k, t in enumerate(lines) if t.startswith("——")]
        heads = lines[: subs[0]] if subs else lines
        marked = [k for k, u in enumerate(self.u[i : i + len(heads)]) if u.marked]
        h = marked[0] if marked else len(heads) - 1
        kickers = heads[:h]
        undashed: list[str] = []
        if not subs and not marked and len(heads) == 2 and (
            undashed_subtitle(heads[0], heads[1]) or (has_column_tag(heads[0]) and not has_column_tag(heads[1]))
        ):
            # "十四届全国人大一次会议在京开幕" / "听取政府工作报告 审查计划报告…"; a column tag
            # ends the title, so the line under "……（人民时评）" is its subtitle.
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
        if DATE_ONLY.match(u.text) or ISSUER.search(last):
            return False  # "东丰县人民政府办公室" / "2023年3月14日": a notice's signature, one per line
        if last.endswith(("，", "、")) and not (B.LEAD.match(u.text) or is_field(u.text)):
            return True  # "答：…组织农技人员包村指导，" goes on: a comma never ends a field
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
                d.byline = t
                if B.POST_NAME.match(t) and not B.is_byline(t):
                    d.authors.extend(B.post_name(t))
                elif not B.is_byline(t):
                    d.authors.extend(B.byline_names(t))
                else:
                    writers, shooters = B.byline_people(t)
                    d.authors.extend(writers)
                    d.photographers.extend(shooters)
                j += 1
            elif B.is_credit(t):
                d.captions.append(t)
                d.photographers.extend(B.names_in(t))
                j += 1
            elif self._stray(j):
                self.furniture.append(t)
                j += 1
            elif caption_at(self.u, j) or (
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
            if heading_at(self.u, i):
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
            if (m := B.FROM_MARKER.match(t)) and i + 1 < n and heading_at(self.u, i + 1):
                self.pending_from = m.group(1)  # the story under the next heading goes on from there
                self.furniture.append(t)
                i += 1
                continue
            if B.is_credit(t) and self.cur is not None:
                self.cur.captions.append(t)
                self.cur.photographers.extend(B.names_in(t))
                i += 1
                continue
            if caption_at(self.u, i) and self.cur is not None:
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
        if not line_alone(self.u, i) or cjk_count(t) > MAX_STRAY or re.search(r"[，。、；：？！]", t):
            return False
        if not (STRAY_MARK.match(t) or ORG_END.search(t)):
            return False
        nxt = self.u[i + 1].text
        if B.LEAD.match(nxt) or byline_like(nxt) or heading_at(self.u, i + 1):
            return False
        return True

    def _misplaced(self, j: int) -> bool:
        """A heading wedged mid-sentence: the story before it continues under it."""
        d = self.cur
        if d is None or not d.paragraphs or ends_sentence(d.paragraphs[-1]) or j >= len(self.u):
            return False
        nxt = self.u[j].text
        return not (B.LEAD.match(nxt) or B.is_byline(nxt) or heading_at(self.u, j))

    def _bodiless(self, i: int, j: int) -> bool:
        """A run of heading lines with a subtitle, followed by another heading: a series banner."""
        has_sub = any(x.text.startswith("——") for x in self.u[i:j])
        return has_sub and (j >= len(self.u) or heading_at(self.u, j))


def segment(units: list[Unit]) -> Segmented:
    """Group the issue's units into article drafts, in reading order."""
    return _Walker(units).run()
