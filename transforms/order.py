"""Reading-order repair: put back what the extraction printed before its headline block.

The segmenter reads lines in the order the extraction gives them. Page layouts and extraction
often print a story's lead paragraphs, its photo caption or its column label *above* its
headline block, and sometimes the headline block lands in the middle of the story's first
sentence, whose halves then sit on either side of it::

    ……要把群众的小事当作大事来            <- end of the story before? no: the new story's lead
    图为李四在社区走访。本报记者 张三 摄
    把小事办实 把实事办好
    ——访某某区区长李四
    本报记者 王五
    办。说起今年的打算……                  -> "……当作大事来办。说起今年的打算……"

This pass works on the drafts, after segmenting and before the articles are made:

1. ``attach_headless``: text with no heading of its own (at the top of a page, or a lead that
   opened a draft of its own) goes to the next headed story, a half-sentence joined to that
   story's first paragraph; with no story after it, to the one before; a dateline report right
   after a story printed as a digest of points ("■ …") is that story's, and so are dateline
   reports over a heading whose story is signed by a writer of its own (a story signs once), or
   opens on a dateline of its own (a story has one lead);
2. ``free_half_kickers``: a half-sentence read as the kicker of the heading under it goes back
   to the start of that story's body (``salutations_to_their_speech``: and so does a speech's
   salutation, "各位代表：", left on the story before; a top line that stays the kicker is
   the block's one kicker, over the title, ``segment.title_under_a_whole_kicker``; a kicker left
   over a line naming the leader's words it answers is the title over that 副题,
   ``title_over_its_source``);
3. ``release_after_credit``: prose after a story's closing credit ("（作者为…）", "（…参与采写）",
   "（摘编自《某某日报》…）", "（新华社北京4月30日电）", a brief's signature at the end of its text,
   "…。（辽轩）", or the "——编  者" closing an editors' note that stands on its own) and before the
   next heading is the next story's lead (a box line, the first line of the box under that heading;
   a reporter's "记者手记" and its lead, over the note that reporter signs, are that note's;
   ``questions_to_their_answer``: a last paragraph that asks is the lead of the story under it);
   (``figure_labels_to_their_story``: a figure's number left over the heading of the story whose
   body opens with the next number goes to it;
   ``labelled_lead_to_its_story``: a paragraph led by a run-in label, "【关键词】…", left over
   the heading of a story that opens with one goes to it);
4. ``join_across_headings``: a story whose last paragraph stops mid-sentence gives that
   paragraph (and a caption printed after it) to the next story, joined to its first paragraph
   (``kickers_to_their_title``: a last line that is no half-sentence, ends no sentence and could
   head a story is the kicker of the title under it);
5. ``leads_pointed_back_to``: a story whose text opens on a sentence that points back ("一是…",
   "后来，…", "这种…") takes the whole paragraph left above its heading as its lead;
6. ``transforms.stranded.move_stranded``: whole lead paragraphs left at the end of the story
   before move to the story they are about (by topic);
7. ``box_labels_to_their_box``: a box label ("核心阅读") left as the last line of a story heads
   the box the next story's text opens with.
"""

from __future__ import annotations

import re

from transforms import bylines as B
from transforms import roles
from transforms.copies import SHINGLE
from transforms.decode import cjk_count
from transforms.headings import (
    CLAUSE,
    DATE_ONLY,
    ISSUER,
    LABELLED_TITLE,
    MAX_HEADLINE,
    MIN_SHORT_HEADLINE,
    NOTICE_CLOSE,
    RUN_IN_LABEL,
    STRAY_MARK,
    has_column_tag,
    is_crosshead,
    is_field,
    is_figure_label,
    names_its_source,
    split_heading_line,
)
from transforms.lines import ends_sentence
from transforms.quotes import pull_quote
from transforms.segment import BOX_LABEL, BOX_OPENING, EDITORS_SIGNATURE, Draft, in_series, title_under_a_whole_kicker
from transforms.sentences import (
    NEVER_LAST,
    SALUTATION,
    bare_place,
    dated_opening,
    is_sentence,
    mid_clause,
    open_quote,
    opens_with_clause_end,
    opens_with_its_time,
    points_back,
    sentence_inside,
)
from transforms.stranded import FIRST_SECTION, move_stranded
from transforms.topic import Topics, bigrams

# A paragraph ending in a full date is signed and closed: "…工作领导小组办公室 2021年1月26日".
_DATED = re.compile(DATE_ONLY.pattern.lstrip("^"))
# A digest's point: "■ 今年以来，…", "● 要坚持…".
_POINT = re.compile(r"^[■●◆▲]\s*\S")
# A paragraph wholly in brackets is a note ("（本版文章由某出版社组稿）"), never a lead.
_BRACKETED = re.compile(r"^[（(].*[）)]$")
# A half-sentence without a clause mark must be this long (ideographs) to be taken for prose.
MIN_PROSE = 20
# A half-sentence this short (ideographs) is joined only when the text it goes on with opens mid-clause.
MIN_CUT = 4
# A page with no heading keeps this much prose as a headless article instead of furniture.
MIN_HEADLESS_BODY = 30
# A lead printed above its heading is a paragraph or two (the layouts' lead_above).
MAX_LEAD = 2


def continues(d: Draft) -> bool:
    """The draft is the continued part of a story from another page ("（上接第一版）…")."""
    return bool(d.continued_from) or bool(d.paragraphs) and B.starts_continuation(d.paragraphs[0])


def open_end(paragraph: str) -> bool:
    """The paragraph is prose that stops mid-sentence ("……要把群众的小事当作大事来"), so the
    next text completes it; not a box line ("微信号：…", "二维码"), a date or an office signing
    a notice, or a source line."""
    if ends_sentence(paragraph) or is_crosshead(paragraph) or is_field(paragraph):
        return False
    if _DATED.search(paragraph) or ISSUER.search(paragraph) or B.source_line(paragraph):
        return False  # "…领导小组办公室 2021年1月26日": a notice signed and dated
    # "“国际科技创新高地是粤港澳大湾": a quotation opened and not closed goes on below; a
    # heading or a label closes what it quotes ("“续写友谊，开创未来”").
    return bool(CLAUSE.search(paragraph)) or cjk_count(paragraph) >= MIN_PROSE or open_quote(paragraph)


def _cut_short(paragraph: str, after: str) -> bool:
    """A short paragraph that stops mid-sentence ("习近平总书记强调") whose sentence goes on in
    ``after``, which opens mid-clause ("的伟大五四精神…").  A label and its value ("案例来源：最高
    人民法院", a case column's note) is whole, however the next body opens."""
    return (
        not ends_sentence(paragraph) and cjk_count(paragraph) >= MIN_CUT
        and (mid_clause(after, strict=True) or opens_with_clause_end(after))
        and not (
            is_crosshead(paragraph) or is_field(paragraph) or LABELLED_TITLE.match(paragraph) or B.source_line(paragraph)
            or ISSUER.search(paragraph)
        )
    )


def _prepend(d: Draft, paragraphs: list[str], blocks: list[int], after_lead: bool = False) -> None:
    """Put paragraphs before d's body; a last one that stops mid-sentence joins d's first.

    ``after_lead``: the paragraphs are the text of a dateline lead ("新华社北京4月9日电" /
    "国务院总理李强日前"): a sentence begun there goes on, however short."""
    if not paragraphs:
        return
    paragraphs, blocks = list(paragraphs), list(blocks)
    last = paragraphs[-1]
    is_open = open_end(last) or (after_lead and len(paragraphs) == 1 and not ends_sentence(last) and cjk_count(last) > 0)
    if d.paragraphs and is_open and not B.LEAD.match(d.paragraphs[0]):
        d.paragraphs[0] = paragraphs.pop() + d.paragraphs[0]
        blocks.pop()
    d.paragraphs[:0] = paragraphs
    d.blocks[:0] = blocks


def _keep_lead(p: Draft, authors: list[str], furniture: list[str]) -> None:
    """A headless item joins a story that has a byline already: its own lead stays in its text
    as printed and its reporters join the story's. A column of briefs prints a lead per item
    (``……。`` / ``本报柳州4月9日电记者王建文报道：第九届……``); the lead's place and names are
    part of what was printed, not furniture (a lead with no text after it still is)."""
    if not p.paragraphs:
        furniture.append(p.byline or "")
        return
    p.paragraphs[0] = (p.byline or "") + p.paragraphs[0]
    authors.extend(a for a in p.authors if a not in authors)


def attach_headless(drafts: list[Draft], furniture: list[str]) -> list[Draft]:
    """Text with no heading of its own joins the next headed story (a lead printed before
    its headline), else the previous one; with no story at all it is counted as furniture."""
    # The continued part of a story from another page ("（上接第一版）…") has no heading of its
    # own but is no lead of the next story either: it stands alone, to be stitched to its start.
    headed = [d for d in drafts if (d.headline or continues(d)) and (d.paragraphs or d.captions)]
    for d in drafts:
        if d not in headed and d.box_label:
            # Its box label ("各位代表：" over a heading with nothing under it) opens the text that
            # moves, as it would open the body (``parse._finish``): moved with it, never lost.
            d.paragraphs.insert(0, d.box_label)
            d.box_label = None
    out: list[Draft] = []
    pending: list[Draft] = []
    for d in drafts:
        if d in headed and out and pending and _signed_apart(d, pending):
            # "…（新华社北京5月3日电）" / "新华社北京5月3日电  在五四青年节到来之际，…" / "以奋斗之我，
            # 赴时代之约（今日谈）" / "常  晋": a story signs once, so a dateline report over a
            # heading whose story has its own writer is no lead of that story; it goes on the one
            # before (the report printed with a letter, under the same release).
            for p in pending:
                _keep_lead(p, out[-1].authors, furniture)
                out[-1].paragraphs.extend(p.paragraphs)
                out[-1].blocks.extend(p.blocks)
                out[-1].captions.extend(p.captions)
                out[-1].photographers.extend(p.photographers)
            pending = []
        if d in headed:
            for p in reversed(pending):
                furniture.extend(x for x in (p.kicker, p.headline, p.subtitle) if x)  # a heading with no body
                if _cut_copy_of_lead(p, d):
                    # "本报讯9月3日，某某督察组将第" / heading / "本报讯9月3日，某某督察组将第八批…": the
                    # lead is printed whole under the heading; the piece above it is its cut copy.
                    furniture.extend([p.byline or "", *p.paragraphs])
                    continue
                if d.byline is None and p.byline:
                    d.byline, d.authors[:0] = p.byline, p.authors
                elif p.byline:
                    _keep_lead(p, d.authors, furniture)
                _prepend(d, p.paragraphs, p.blocks, after_lead=bool(p.byline and B.LEAD.match(p.byline)))
                if d.byline and d.byline == p.byline and d.paragraphs and (done := B.complete_lead(d.byline, d.paragraphs[0])):
                    # "本报天津2月15日电 （记者武" / heading / "少民）记者从…": the bracket joins the lead.
                    d.byline, d.paragraphs[0] = done
                    d.authors.extend(n for n in B.names_in(d.byline) if n not in d.authors)
                d.captions[:0] = p.captions
                d.photographers[:0] = p.photographers
            pending = []
            out.append(d)
        elif out and not pending and _digest(out[-1]) and _dateline_report(d):
            # "■ 今年以来，…" / "■ 要坚持…" / "新华社北京4月25日电  中共中央政治局…": a story
            # printed as a digest of points, then its report under its dateline.
            _keep_lead(d, out[-1].authors, furniture)
            out[-1].paragraphs.extend(d.paragraphs)
            out[-1].blocks.extend(d.blocks)
            out[-1].captions.extend(d.captions)
            out[-1].photographers.extend(d.photographers)
        else:
            pending.append(d)
    if not out and sum(cjk_count(x) for p in pending for x in p.paragraphs) >= MIN_HEADLESS_BODY:
        # No heading found on the whole page: keep its text as one article without a headline
        # (the gate flags it) rather than count a page of prose as furniture.
        keep = Draft()
        for p in pending:
            furniture.extend(x for x in (p.kicker, p.headline, p.subtitle) if x)
            if keep.byline is None and p.byline:
                keep.byline, keep.authors = p.byline, list(p.authors)
            elif p.byline:
                _keep_lead(p, keep.authors, furniture)
            keep.paragraphs.extend(p.paragraphs)
            keep.blocks.extend(p.blocks)
            keep.captions.extend(p.captions)
            keep.photographers.extend(p.photographers)
        return [keep]
    for p in pending:
        if out:
            furniture.extend(x for x in (p.kicker, p.headline, p.subtitle) if x)
            if p.byline:
                _keep_lead(p, out[-1].authors, furniture)
            out[-1].paragraphs.extend(p.paragraphs)
            out[-1].blocks.extend(p.blocks)
            out[-1].captions.extend(p.captions)
            out[-1].photographers.extend(p.photographers)
        else:
            furniture.extend(x for x in (p.kicker, p.headline, p.subtitle, p.byline) if x)
            furniture.extend(p.captions + p.paragraphs)
    return out


def _cut_copy_of_lead(p: Draft, d: Draft) -> bool:
    """``p`` is a dateline lead cut off before ``d``'s heading whose words open ``d``'s first
    paragraph, printed under the same dateline: a copy of the start of that lead."""
    return (
        len(p.paragraphs) == 1 and not p.captions and bool(p.byline) and p.byline == d.byline and bool(d.paragraphs)
        and not ends_sentence(p.paragraphs[0]) and cjk_count(p.paragraphs[0]) >= MIN_CUT
        and d.paragraphs[0].startswith(p.paragraphs[0]) and len(d.paragraphs[0]) > len(p.paragraphs[0])
    )


def _signed_apart(d: Draft, pending: list[Draft]) -> bool:
    """The headless drafts before ``d`` are dateline reports (no heading, a 新华社/本报 dateline),
    and ``d`` is signed by a writer of its own (a byline or a name, no dateline), or under a dateline
    of its own that is none of theirs: they are not its lead, as a story has one lead ("本报讯（记者
    张三）近10年，…" / … / 某省加快某某建设 / "本报广州4月9日电（记者李四）" / "为推动…": the report
    whose heading was lost is no lead of the story under the next one)."""
    if not d.byline or d.lead_started:
        return False
    if not all(not (p.headline or p.kicker) and p.byline and B.LEAD.match(p.byline) for p in pending):
        return False
    return not B.LEAD.match(d.byline) or all(p.byline != d.byline for p in pending)


def _digest(d: Draft) -> bool:
    """A story whose body so far is only a digest's points ("■ 今年以来，…", "● 要坚持…")."""
    return bool(d.paragraphs) and all(_POINT.match(p) for p in d.paragraphs)


def _dateline_report(d: Draft) -> bool:
    """A headless text that opens with a dateline ("新华社北京4月25日电  中共中央政治局…")."""
    return not d.headline and not d.kicker and bool(d.byline and B.LEAD.match(d.byline) and d.paragraphs)


def credit_note(paragraph: str) -> bool:
    """A bracketed note that closes a story: "（作者为某某大学教授）", "（作者单位：某县人民政府）",
    "（本报记者张三、李四参与采写）", "（本报记者 王五整理）", where a reprint first ran ("（摘编自
    《某某日报》，原题为《…》）"), or a long report's dateline printed at its end ("（新华社北京4月30日电）")."""
    return any(p.match(paragraph) for p in (B.AUTHOR_NOTE, B.HELPER_NOTE, B.SIGNED_LINE, B.REPRINT_NOTE, B.CLOSING_DATELINE))


def release_after_credit(drafts: list[Draft]) -> int:
    """Prose printed after a story's closing credit (or its signature, ``_closing``) and before
    the next headline block is the next story's lead, printed above its heading: a credit note is
    the last line of the piece it closes ("…依然值得期待。" / "（作者为某某大学教授）" /
    "冬去春来，麦田返青。" / next heading / "2024年9月，…" — the lead goes to the next story, a
    half-sentence joined to its first paragraph; bracketed notes under the credit stay, ``_past_notes``).
    Returns how many paragraphs moved."""
    moved = 0
    for a, b in zip(drafts, drafts[1:]):
        if not b.headline or continues(b) or len(a.paragraphs) < 2:
            continue
        k = next((k for k in range(len(a.paragraphs) - 2, -1, -1) if _closing(a.paragraphs, k)), None)
        if k is None:
            moved += _reporters_note_to_its_heading(a, b)
            continue
        start = _past_notes(a.paragraphs, k + 1)
        tail = a.paragraphs[start:]
        if not tail or (start > k + 1 and len(tail) > MAX_LEAD) or not all(_lead_prose(p) or _box_opening(p, b) for p in tail):
            continue
        _prepend(b, tail, a.blocks[start:])
        del a.paragraphs[start:]
        del a.blocks[start:]
        moved += len(tail)
    return moved


def _past_notes(paragraphs: list[str], at: int) -> int:
    """Where the prose after a closing credit begins: bracketed notes printed right after the credit
    ("（作者为某某大学副校长）" / "（本版文章由某出版社组稿、某某部编辑）" / "地阔为广，和谐即安。" /
    next heading) stay with the story they close, as its credit does.  A page's note may stand
    anywhere on the page, over a whole story whose heading the extraction lost, so past a note only
    a lead's length (MAX_LEAD) is taken as the next story's lead (``release_after_credit``)."""
    while at < len(paragraphs) and _BRACKETED.match(paragraphs[at]):
        at += 1
    return at


def questions_to_their_answer(drafts: list[Draft]) -> int:
    """A story never ends on a question (none of the fit, dev and 辽源日报 samples' stories does):
    a last paragraph that asks, after a whole sentence, is the lead of the story under it, printed
    above its heading, whose text goes on to answer it ("或许有人想过这样的问题：列车上的各类设施设备
    如何时刻保持干净整洁、功能正常？" / “我们给动车做‘保养’” / "“…‘保养’也很重要。”这是某动车运用所
    地勤机械师的答案。").  Not over a dateline report, which opens on its dateline.  Returns how many
    moved."""
    moved = 0
    for a, b in zip(drafts, drafts[1:]):
        if len(a.paragraphs) < 2 or not b.headline or continues(b) or (b.byline and B.LEAD.match(b.byline)):
            continue
        last = a.paragraphs[-1]
        if not _ASKS_AT_END.search(last) or _INTERVIEWERS.match(last) or not ends_sentence(a.paragraphs[-2]):
            continue
        if cjk_count(last) < MIN_PROSE or _BRACKETED.match(last) or B.LEAD.match(last) or last.startswith("“"):
            continue
        if b.paragraphs and (B.LEAD.match(b.paragraphs[0]) or FIRST_SECTION.match(b.paragraphs[0])):
            continue  # a body in numbered sections is introduced by more than a question (stranded)
        _prepend(b, [last], [a.blocks[-1]])
        del a.paragraphs[-1]
        del a.blocks[-1]
        moved += 1
    return moved


# A paragraph that ends on its question: "…功能正常？", not a quotation's ("…能行吗？”他说。").
_ASKS_AT_END = re.compile(r"[？?]$")
# An interview's question ("记者：还应做好哪些方面的工作？", "问：…？"): its answer follows in the story.
_INTERVIEWERS = re.compile(r"^[^，。：:]{1,6}[：:]")


def _reporters_note_to_its_heading(a: Draft, b: Draft) -> int:
    """A reporter's column label ("记者手记") with a paragraph or two of prose after it, ending ``a``
    over the heading of a piece signed by ``a``'s own reporter, opens that piece: "…案例来源：某某法院"
    / "记者手记" / "几起案例提醒我们，…" / 立规矩、明边界 / "金  歆" / "破解…".  A reporter signs the
    note on their own story as a piece of its own; the label is its kicker, the prose its lead.  A
    note printed as the story's last box has no heading of its own, and the story under it another
    writer.  Returns how many paragraphs moved (the label is no paragraph)."""
    n = len(a.paragraphs)
    k = next((k for k in range(n - 2, max(0, n - MAX_LEAD - 1) - 1, -1) if _column_label(a.paragraphs[k])), None)
    if k is None or k == 0 or b.kicker or not b.byline or not set(B.byline_names(b.byline)) & set(a.authors):
        return 0
    tail = a.paragraphs[k + 1 :]
    if not all(_lead_prose(p) and ends_sentence(p) for p in tail):
        return 0
    b.kicker_lines, b.kicker = [a.paragraphs[k]], a.paragraphs[k]
    _prepend(b, tail, a.blocks[k + 1 :])
    del a.paragraphs[k:]
    del a.blocks[k:]
    return len(tail)


def _column_label(paragraph: str) -> bool:
    """ "记者手记", "■记者观察": a reporter's column label standing as a line."""
    return bool(B.REPORTER_COLUMN.match(STRAY_MARK.sub("", paragraph).strip()))


def _closing(paragraphs: list[str], k: int) -> bool:
    """paragraphs[k] closes its story: a credit note after its text, or a paragraph signed at
    its end ("…归属地是某县、某区。（辽轩）": a brief signs once, at its end) with nothing signed
    after it (a column of briefs signs every item), or the editors' signature ("——编  者") of a
    note that stands on its own over the pieces it introduces ("某某热土值得奔赴" / "前不久，我们
    向…征稿。" / "——编  者" / "来到某某高原，…" / next heading): a note that heads a story is
    followed by that story's whole text, not by a lead's paragraph or two (MAX_LEAD)."""
    if k > 0 and credit_note(paragraphs[k]):
        return True
    if k > 0 and EDITORS_SIGNATURE.match(paragraphs[k]):
        return len(paragraphs) - k - 1 <= MAX_LEAD
    return bool(B.SIGNATURE.search(paragraphs[k])) and not any(B.SIGNATURE.search(p) for p in paragraphs[k + 1 :])


def _box_opening(paragraph: str, d: Draft) -> bool:
    """A box line ("督察进驻日期：…") printed above the heading of a box whose text opens with such
    lines ("专门值班电话：…"): the box's first line."""
    return is_field(paragraph) and bool(d.paragraphs) and is_field(d.paragraphs[0])


def _lead_prose(paragraph: str) -> bool:
    """Prose that may open a story: no note, marker or credit of its own, and no kicker, whose
    closing dash introduces the title under it ("群众参与制定，党员带头示范——")."""
    return (
        cjk_count(paragraph) >= MIN_CUT and not _BRACKETED.match(paragraph) and not B.LEAD.match(paragraph)
        and not paragraph.endswith("——")
        and not (is_crosshead(paragraph) or is_field(paragraph) or B.CONTINUATION.search(paragraph) or B.source_line(paragraph))
    )


def free_half_kickers(drafts: list[Draft], trace: list | None = None) -> int:
    """A kicker that is the first half of its story's first sentence goes back to the body.

    "社区书记李四说，要把群众的小事当作大事来" / title / byline / "办。说起今年的打算……": a
    kicker is never an unfinished sentence.  Taken for one when the line has a clause mark, ends
    on no mark, and the body under the heading starts mid-sentence: its first sentence is a few
    characters ("办。"), its first character hardly ever opens a clause ("们谋划…", "的伟大…":
    ``transforms.sentences``), or the two characters across the cut are a pair the issue prints
    elsewhere (a word cut in two: "建" / "议…" where the story says 建议 again).  Any other top
    line is weighed by ``transforms.roles.half_evidence`` ("看着炉膛里两团跳" / title / byline /
    "动的橘红色火苗，…": no clause mark, but a word cut in two and a body that opens mid-clause);
    ``trace`` receives (lines, evidence, decision) of every weighed line.  A sentence has one first
    half: when the story above stops mid-sentence and the body goes on with it (``_lends_half``,
    the test ``join_across_headings`` joins by: "…某某公司运维班一" / 图② / "我国距离最远的某某工程，
    送电量累计超3000亿千瓦时" / title / byline / "行，从某某市赶赴…"), the kicker stays a kicker.
    Returns how many were put back."""
    texts: list[str] = []
    freed = 0
    for before, d in zip([None, *drafts], drafts):
        if not (d.kicker_lines and d.paragraphs):
            continue
        half, body = d.kicker_lines[0], d.paragraphs[0]
        if B.LEAD.match(body) or B.starts_continuation(body) or BOX_OPENING.match(body):
            continue  # "核心阅读…" opens the story's summary box: no sentence runs into a label
        if half.endswith("——"):
            continue  # "…，法官提醒——": the dash introduces the title under it, as a kicker's does
        if d.byline and B.LEAD.match(d.byline) and len(d.kicker_lines) == 1:
            # "…，送电量累计超3000亿千瓦时" / title / "本报讯（记者 …）中央经济工作会议提出，…":
            # a story's text opening with its dateline has no sentence begun before it, so its one
            # kicker line stays.  (Prose over another kicker line is still the half of a sentence
            # of a lead printed above the heading with its dateline: "本报讯（记者 …）…" / "“五一”
            # 假期，…乐" / kicker / title / "于奉献，…".)
            continue
        lead = _opens_lead(half, body)
        if not lead and before is not None and _lends_half(before, d):
            continue  # the story above stops mid-sentence: that is the half the body goes on with
        if _opens_on_a_quote_without(half, d.paragraphs):
            continue  # the body opens on a deck it prints again where a sentence of its own starts
        # "湖南省益阳市的一处" / "帮助许多犹太人免受迫害的外交官何凤山——" / title / byline / "墓园里，…":
        # a kicker that introduces its title with a dash or colon opens the heading block, so a
        # line over it that is no heading by its own form (no column tag, no space between parts,
        # no heading's last mark, no credit) is the lead's text cut off by the heading — unless the
        # story's text opens with its dateline ("本报讯（记者 …）"), before which none of it stands.
        over_lead_in = (
            len(d.kicker_lines) > 1 and d.kicker_lines[1].endswith(("——", "：", ":"))
            and not (B.is_credit(half) or half.endswith(roles.HEADING_ENDS) or has_column_tag(half) or " " in half)
            and not (d.byline and B.LEAD.match(d.byline))
        )
        if not (lead or over_lead_in or (_half(half) and (_cut_for_certain(d, half, body) or _cut_word(half, body, texts, drafts)))):
            facts = dict(
                over_kicker=len(d.kicker_lines) > 1, on_title=half == d.kicker_on_title, quoted=any(half in p for p in d.paragraphs),
                commentary=has_column_tag(d.headline) and d.byline is not None and not B.by_reporter(d.byline),
            )
            ev = roles.half_evidence(half, body, **facts)
            if ev.score() <= 0 < ev.score() + ev.lazy or trace is not None:
                ev = roles.half_evidence(half, body, **facts, cut_word=_cut_word(half, body, texts, drafts))
            decision = ev.score() > 0
            if trace is not None:
                trace.append(([half, body], ev, decision))
            if not decision:
                continue
        d.paragraphs[0] = half + body
        del d.kicker_lines[0]
        d.kicker = " ".join(d.kicker_lines) or None
        if not d.kicker_lines:
            _split_title_line(d)
        if lead and d.byline is None:
            byline, rest = B.split_lead(d.paragraphs[0])
            if byline and rest:
                d.byline, d.paragraphs[0] = byline, rest
                d.authors.extend(n for n in B.names_in(byline) if n not in d.authors)
        freed += 1
    return freed


# A kicker's last characters looked for before the body's copy of a quote: the word the heading cut
# in two and a little more ("…折射出“中国" / "饭碗”…", the body "…“中国饭碗”…").
_HALF_TAIL = 4


def _opens_on_a_quote_without(half: str, paragraphs: list[str]) -> bool:
    """The story's text opens on a pull quote that its body prints again without ``half`` before it:
    the kicker is no half of its first sentence.

    A commentary's deck, under its heading, is a passage of the body printed again in large type
    ("基础打得好，…事半功倍。所有向上生长的惊艳，…" over "…如果没有规划阶段…" / "基础打得好，…事半功倍。");
    a kicker over the title that stops on no mark ("某某总局、某某协会联合发布直播带货消费提示") is no
    first half of it: the body's copy opens where the deck does.  A deck that its own heading cut
    ("…大禾谷的“焕新之旅”，折射出“中国" / title / "饭碗”的深刻跃升：…") is printed in the body with its
    first half before it ("…折射出“中国饭碗”的深刻跃升…"), and is joined (``quotes.pull_quote`` then
    takes it whole)."""
    if not (n := pull_quote(paragraphs)) or any(half in p for p in paragraphs[1:]):
        # A line over the heading that the body prints too is a quote of the deck itself, printed
        # over the heading ("柏群回忆，…工匠不断流失" / kicker / title / byline / "“这原先是…南厂区。”"
        # / lead, the body "…”柏群回忆，…工匠不断流失。…"), no kicker.
        return False
    went_on = half[-_HALF_TAIL:] + paragraphs[0][: min(n, SHINGLE)]
    return not any(went_on in p for p in paragraphs[1:])


def salutations_to_their_speech(drafts: list[Draft]) -> int:
    """A speech's salutation printed above its heading ("各位代表：" / "某某市人民政府工作报告" /
    "——2021年1月12日在…会议上" / "市长 李四" / "现在，我代表市政府…") is the speech's first
    paragraph.  On top of the heading block the segmenter sets it aside as it does a box label;
    left at the end of the story before (a line with "、" is prose to it: "女士们、先生们："), it
    goes to the start of the next body here.  Returns how many moved."""
    moved = 0
    for a, b in zip(drafts, drafts[1:]):
        if not b.headline or b.kicker_lines or (b.paragraphs and SALUTATION.match(b.paragraphs[0])):
            continue
        if (at := _opening_salutation(a.paragraphs)) is not None:
            b.paragraphs[:0], b.blocks[:0] = a.paragraphs[at:], a.blocks[at:]
            del a.paragraphs[at:], a.blocks[at:]
            moved += 1
    return moved


# The speech's first paragraphs printed with its salutation above the heading: "各位代表：" /
# "现在，我代表市政府，向大会报告工作，请予审议。" — the address and what the speaker is about to do,
# a paragraph or two; more than that after a salutation is the story's own speech.
_SPEECH_OPENING = 2


# A notice signs off with who issued it and the day: "…领导小组办公室 2021年1月26日".
_DATED_SIGN_OFF = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日$")


def _opening_salutation(paragraphs: list[str]) -> int | None:
    """Where the next speech's salutation stands at the end of a story: the last paragraph, or
    followed by at most _SPEECH_OPENING paragraphs, after text that closed its sentence (the story
    before was done: "…领导小组办公室 2021年1月26日", "…取得新成效。").  None if there is none."""
    for at in range(len(paragraphs) - 1, max(0, len(paragraphs) - 1 - _SPEECH_OPENING) - 1, -1):
        if at >= 1 and SALUTATION.match(paragraphs[at]):
            return at if at == len(paragraphs) - 1 or ends_sentence(paragraphs[at - 1]) or _DATED_SIGN_OFF.search(paragraphs[at - 1]) else None
    return None


def box_labels_to_their_box(drafts: list[Draft]) -> int:
    """A box label ends no story: "核心阅读" left as the last line of the story before, over the
    heading of the story whose text opens with the box ("…打造各具特色的创业城市。" / "核心阅读" /
    "从国内到国际，把菌草技术…" / heading), heads that box: it opens the next story's body, as a
    label printed on top of the heading block does.  Returns how many moved."""
    moved = 0
    for a, b in zip(drafts, drafts[1:]):
        if b.headline and len(a.paragraphs) > 1 and BOX_LABEL.match(a.paragraphs[-1]) and not (b.paragraphs and BOX_LABEL.match(b.paragraphs[0])):
            b.paragraphs.insert(0, a.paragraphs.pop())
            b.blocks.insert(0, a.blocks.pop())
            moved += 1
    return moved


def _split_title_line(d: Draft) -> None:
    """The heading as printed once the line over it went back to the body: "“零件的精度要控制在千分
    之一" / "某某代表——   为青年工匠搭建成长舞台（…）" / byline / "毫米，…": a title line that holds its
    kicker was left whole while a line stood over it (a heading block prints its kicker once), and
    is split now as a line alone is (``headings.split_heading_line``; a dashed subtitle was cut
    already).  Its two parts are weighed as two heading lines are (``roles.title_over_subtitle``):
    a first part that asks is the title, over its 副题 printed without a dash ("某地“某空间”何以
    汇聚百家企业   一批年轻人，做着创新的事业")."""
    first, second, _ = split_heading_line(d.headline, subtitle=False)
    if first is None:
        return
    if not d.subtitle and roles.title_over_subtitle(first, second):
        d.headline, d.subtitle = first, second
    else:
        d.kicker_lines, d.kicker, d.kicker_on_title, d.headline = [first], first, first, second


def _cut_word(half: str, body: str, texts: list[str], drafts: list[Draft]) -> bool:
    """The two characters across the cut are a pair the section prints elsewhere: a word cut in
    two ("建" / "议…" where the story says 建议 again).  ``texts`` is filled on first use.  A body
    that opens with when it happened opens a sentence, so no word runs across: "…超3000亿千瓦时" /
    "大年初三，…" is no "时大" cut in two, whatever "同时大力" elsewhere holds."""
    if opens_with_its_time(body):
        return False
    if not texts:
        texts.extend(t for x in drafts for t in (*x.kicker_lines, x.headline, *x.paragraphs) if t)
    cross = half[-1] + body[0]
    # The pair stands across the cut, so wherever the issue holds it is somewhere else.
    return len(pair := bigrams(cross)) == 1 and any(pair <= bigrams(t) for t in texts)


def _cut_for_certain(d: Draft, half: str, body: str) -> bool:
    """A kicker line with a clause mark and no end is the lead's first half when the body opens
    mid-sentence ("办。", "们…"; or a word cut in two, ``_cut_word``), or when the line itself cannot stand as a
    kicker: a kicker closes what it quotes, and a heading block prints one kicker line, so
    prose over another kicker line is the lead's first half, whatever the rest opens with
    ("大年初一，某某村人声" / "曲目新 更年轻" / title / byline / "鼎沸，村民们…").  A line of its
    own that runs on with two clause commas is a sentence when a clause is no heading's phrase: the
    last cut short ("每年生产某某超过百亿只，产量占全球的七成，产品" / title / "远销…"), or one
    running on ("聚光灯下，红毯之上，身着汉服、怀抱古筝的某某在第某届某某电影节" / title / "吸引了…",
    "近年来，我国不断优化促进某某发展的税收政策，聚焦…" / title / "重点领域…"); a kicker may state its
    news in three short clauses, each of them whole ("立足资源禀赋，发展特色产业，某村集体收入翻番",
    "政策更实了，服务更细了，企业更有信心了"), so such a line is weighed as any other
    (``roles.half_evidence``: does the body under the heading go on with it?).  A kicker printed on its title's line is a
    kicker, commas or not, and so is one that quotes a sentence its story prints ("盘活闲置厂房，
    引进科创团队，老工业区焕发新活力" over "…，老工业区焕发新活力。")."""
    m = re.search(r"[，。；：？！、]", body)
    cut_sentence = m is not None and body[m.start()] == "。" and cjk_count(body[: m.start()]) <= roles.MAX_CUT_CLAUSE
    clauses = [cjk_count(c) for c in _LAST_CLAUSE.split(half)]
    run_on = (
        is_sentence(half) and not (MIN_SHORT_HEADLINE <= clauses[-1] and max(clauses) <= MAX_KICKER_CLAUSE)
        and half != d.kicker_on_title and not any(half in p for p in d.paragraphs)
    )
    return (
        len(d.kicker_lines) > 1 or cut_sentence or open_quote(half) or dated_opening(half) or run_on
        or half[-1] in NEVER_LAST or mid_clause(body) or opens_with_clause_end(body)
    )


_LAST_CLAUSE = re.compile(r"[，；]")
# A kicker's clauses are heading phrases, each at most this many ideographs ("某某村集体经济收入翻番").
MAX_KICKER_CLAUSE = 14


def _half(line: str) -> bool:
    return bool(CLAUSE.search(line) or open_quote(line) or sentence_inside(line)) and not ends_sentence(line) and line[-1:] not in roles.HEADING_ENDS


def _opens_lead(half: str, rest: str) -> bool:
    """A kicker line that is a story's dateline cut before its 电 or 讯 by the heading block
    ("新华社北京4月9日" / title / "电  国务院总理…", "本报北京1月1日" / title / "讯记者李建兴报道：…":
    the two halves make the lead, ``bylines.LEAD``), or the place its first sentence opens in
    ("湖北武汉市江岸区" / title / byline / "解放公园东南角，…", ``sentences.bare_place``) when the
    text under the heading goes on naming it rather than opening a sentence of its own (a quotation,
    a time: "某某市某某区某某街道" / "小巷里的大变化（民生一线）" / "“今年我们…" keeps its kicker,
    a place printed over its title)."""
    if B.DATELINE_HEAD.match(half) and (m := B.LEAD.match(half + rest)) and m.end() > len(half):
        return True
    return bare_place(half) and not (rest.startswith(("“", "‘", "「", "（", "(")) or opens_with_its_time(rest))


def figure_labels_to_their_story(drafts: list[Draft]) -> int:
    """A figure's number left at the end of a story, over the next heading, whose body opens with
    the next figure's number ("图三" / heading / byline / "图四" / …), is that story's first
    figure: numbers run in sequence inside one story.  Returns how many moved."""
    moved = 0
    for a, b in zip(drafts, drafts[1:]):
        if len(a.paragraphs) > 1 and is_figure_label(a.paragraphs[-1]) and b.headline and b.paragraphs and is_figure_label(b.paragraphs[0]):
            b.paragraphs.insert(0, a.paragraphs.pop())
            b.blocks.insert(0, a.blocks.pop())
            moved += 1
    return moved


def labelled_lead_to_its_story(drafts: list[Draft]) -> int:
    """A paragraph led by a run-in label ("【关键词】…") closing a story that prints no other
    label, right over a heading whose story opens with a labelled paragraph ("【事件】…"), is that
    story's first: a column prints its labelled paragraphs as one series, and the extraction put
    the first above the heading.  Returns how many moved."""
    moved = 0
    for a, b in zip(drafts, drafts[1:]):
        if not (b.headline and len(a.paragraphs) > 1 and b.paragraphs and RUN_IN_LABEL.match(b.paragraphs[0])):
            continue
        last = a.paragraphs[-1]
        if RUN_IN_LABEL.match(last) and not any(RUN_IN_LABEL.match(p) for p in a.paragraphs[:-1]):
            b.paragraphs.insert(0, a.paragraphs.pop())
            b.blocks.insert(0, a.blocks.pop())
            moved += 1
    return moved


def join_across_headings(drafts: list[Draft]) -> int:
    """A story that stops mid-sentence right before the next headline block lent that
    half-sentence to the next story: join it to the next story's first paragraph, with the
    captions printed after it.  Returns how many were joined."""
    joined = 0
    for a, b in zip(drafts, drafts[1:]):
        if not _lends_half(a, b):
            continue
        b.paragraphs[0] = a.paragraphs[-1] + b.paragraphs[0]
        del a.paragraphs[-1]
        del a.blocks[-1]
        if a.tail_captions:  # printed between the half-sentence and the heading: b's photo
            b.captions[:0] = a.captions[-a.tail_captions :]
            del a.captions[-a.tail_captions :]
            a.tail_captions = 0
        joined += 1
    return joined


def _lends_half(a: Draft, b: Draft) -> bool:
    """Story ``a`` stops mid-sentence right before ``b``'s heading block and ``b``'s body goes on
    with that sentence: "…国网安徽超高压公司一" / 图② / heading / "行，从安徽合肥赶赴…"."""
    if len(a.paragraphs) < 2 or not b.paragraphs or not b.headline or continues(b):
        return False
    last, first = a.paragraphs[-1], b.paragraphs[0]
    if not (open_end(last) or _cut_short(last, first)) or B.LEAD.match(first) or B.starts_continuation(first):
        return False
    # "…，离境退税新政受欢迎" / title / "近年来，我国…": a sentence opens there
    return not (opens_with_its_time(first) and not CLAUSE.match(last[-1:]))


def leads_pointed_back_to(drafts: list[Draft]) -> int:
    """A story's text never opens on a sentence that points back to one before it
    (``transforms.sentences.points_back``: "一是产品力。…", "后来，…", "这种…"), nor on the
    signature of an editors' note ("——编  者" under the heading, its note above it): the whole
    paragraph just above the heading, left at the end of the story before, is the lead it points
    back to ("…放在与“不良率”同等重要的位置。" / "面对新形势，我们要…重点提升“三种能力”。" /
    "坚守传统工艺  提升产品品质" / "某集团董事长  某某" / "一是产品力。…"), with the captions
    printed after it; and so is the one above that when the lead points back too.  A top line
    read as the kicker that points back ("这正是：") is the body's first line first.  Returns how
    many paragraphs moved."""
    moved = 0
    for a, b in zip(drafts, drafts[1:]):
        if b.kicker_lines and b.paragraphs and points_back(b.kicker_lines[0]):
            _kicker_to_body(b)
        for _ in range(MAX_LEAD):
            if not (b.paragraphs and _needs_text_before(b.paragraphs[0]) and _lends_lead(a, b)):
                break
            lead = a.paragraphs.pop()
            b.blocks.insert(0, a.blocks.pop())
            if B.LEAD.match(lead):  # "本报讯（记者 方圆）13岁，是…": the story's dateline
                b.byline, lead = B.split_lead(lead)
                b.authors.extend(n for n in B.names_in(b.byline or "") if n not in b.authors)
            b.paragraphs.insert(0, lead)
            if a.tail_captions:  # printed between the lead and the heading: b's photo
                b.captions[:0] = a.captions[-a.tail_captions :]
                del a.captions[-a.tail_captions :]
                a.tail_captions = 0
            moved += 1
    return moved


def _kicker_to_body(d: Draft) -> None:
    """A heading block never opens on a sentence that needs one before it: a top line read as the
    kicker that points back ("这正是：" over the verse that closes a piece) is the body's first line."""
    d.paragraphs.insert(0, d.kicker_lines.pop(0))
    d.blocks.insert(0, d.blocks[0])
    d.kicker = " ".join(d.kicker_lines) or None


def _needs_text_before(paragraph: str) -> bool:
    """A sentence that points back (``points_back``), or the editors' signature ("——编  者"),
    which closes the note it signs: printed under a heading, that note stands above it."""
    return points_back(paragraph) or bool(EDITORS_SIGNATURE.match(paragraph))


def _lends_lead(a: Draft, b: Draft) -> bool:
    """``a`` ends on a whole paragraph of prose that can open ``b``, a headed story with no
    dateline of its own, and keeps a body without it."""
    if len(a.paragraphs) < 2 or not b.headline or continues(b) or (b.byline and B.LEAD.match(b.byline)):
        return False
    last = a.paragraphs[-1]
    if B.LEAD.match(last):
        return b.byline is None
    return ends_sentence(last) and _lead_prose(last) and not credit_note(last) and not _names_own_heading(last, a, b)


def _names_own_heading(paragraph: str, a: Draft, b: Draft) -> bool:
    """``paragraph`` shares more word pairs with ``a``'s heading than with ``b``'s: the close of
    ``a`` ("…增进人民健康福祉的惠民工程。" under "健康管理需“小处方”…"), not ``b``'s lead."""
    pairs = bigrams(paragraph)
    own, other = (len(pairs & bigrams(" ".join(t for t in (d.kicker, d.headline, d.subtitle) if t))) for d in (a, b))
    return own > other


def kickers_to_their_title(drafts: list[Draft]) -> int:
    """A story ends on a sentence or a credit, never on a heading's line: a last line that ends no
    sentence, is no field, credit or source, and is as short as a kicker, above a title printed
    with no kicker ("……惠民工程。" / "“起点下降”叠加“即买即退”，某项新政受欢迎" / "博物惠民通古今"
    / captions / "近年来，…"), is that title's kicker, left on the story before by the segmenter
    (no byline under the title said heading).  Runs after ``join_across_headings``, which takes
    the lines that are half a sentence.  Returns how many moved."""
    moved = 0
    for a, b in zip(drafts, drafts[1:]):
        if len(a.paragraphs) < 2 or not b.headline or b.kicker_lines or a.tail_captions or not ends_sentence(a.paragraphs[-2]):
            continue
        line = a.paragraphs[-1]
        if ends_sentence(line) or not MIN_SHORT_HEADLINE <= cjk_count(line) <= MAX_HEADLINE or not _heading_line(line):
            continue
        if in_series(line, list(a.paragraphs[:-1])):
            continue  # "落户无忧" / … / "子女无忧" / … / "服务无忧": the last of the story's crossheads
        b.kicker_lines, b.kicker = [line], line
        del a.paragraphs[-1], a.blocks[-1]
        moved += 1
    return moved


def _heading_line(line: str) -> bool:
    """A line that could head a story: no field, credit, source, note or notice signature."""
    return not (
        is_field(line) or is_crosshead(line) or B.source_line(line) or B.is_credit(line) or B.credit_tail(line) or ISSUER.search(line)
        or _BRACKETED.match(line) or _DATED.search(line) or B.LEAD.match(line) or RUN_IN_LABEL.match(line) or BOX_OPENING.match(line)
        or _LABELLED.match(line) or NOTICE_CLOSE.match(line)
    )


def title_over_its_source(d: Draft) -> None:
    """A block left with one kicker line over a title that opens on the leader's words or visit
    ("为构建新发展格局、…不断注入新动能" / "习近平总书记重要讲话激发奋斗热情、…" / byline): the line over
    them was the lead's first half, cut by the heading ("习近平总书记在庆祝某某大会上" / … / "发表重要
    讲话强调，…") and put back, so the two are weighed again as a block of their own
    (``roles.title_over_subtitle``: such a line is the 副题 of the commentary or round-up answering
    them, which prints no kicker)."""
    if len(d.kicker_lines) != 1 or d.subtitle or not d.headline or not names_its_source(d.headline):
        return
    if roles.title_over_subtitle(d.kicker_lines[0], d.headline):
        d.kicker_lines, d.kicker, d.headline, d.subtitle = [], None, d.kicker_lines[0], d.headline


# A labelled line ("案例来源：最高人民法院", "编者按：…") is a note of the story it ends, no kicker.
_LABELLED = re.compile(r"^[^，。；：]{1,8}[：:]")


def repair_order(drafts: list[Draft], furniture: list[str], topics: Topics | None = None, trace: list | None = None) -> list[Draft]:
    """The seven steps of the module docstring, in order; furniture found is appended (``trace``:
    see ``free_half_kickers``)."""
    drafts = attach_headless(drafts, furniture)
    salutations_to_their_speech(drafts)
    free_half_kickers(drafts, trace)
    for d in drafts:
        # A top line that stays is the block's one kicker: the line under it is the title
        # ("为了和平与正义，英雄挺身而出" / "铭记…的中国人" / "…新旧动能转化记" / photos / "编者按：…").
        title_under_a_whole_kicker(d)
        title_over_its_source(d)
    release_after_credit(drafts)
    questions_to_their_answer(drafts)
    figure_labels_to_their_story(drafts)
    labelled_lead_to_its_story(drafts)
    join_across_headings(drafts)
    kickers_to_their_title(drafts)
    leads_pointed_back_to(drafts)
    move_stranded(drafts, topics)
    box_labels_to_their_box(drafts)
    return drafts
