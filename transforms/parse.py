"""The parser's entry point: issue file bytes -> ParsedIssue, or a Rejection with a reason.

decode -> normalise -> masthead/page headers/furniture -> page sections -> per section: dedupe ->
segment (joins splits) -> articles; then (transforms.assemble) ids and continued stories stitched.
Bad input is a Rejection with a reason ("empty file", "no Chinese text"); an exception is a bug
of ours and propagates with its traceback (the run marks the file failed and retries it).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re

from transforms import bylines as B
from transforms import papers as P
from transforms.accounting import account
from transforms.assemble import assemble
from transforms.continuation import UNMARKED
from transforms.copies import copy_key, copy_key_set
from transforms.decode import Decoded, cjk_count, decode, forget_lines
from transforms.delivery import Part, Section, identity_of, sections
from transforms.groups import give_group_titles
from transforms.headings import DIGEST
from transforms.landing import read_path
from transforms.lines import Unit, ends_sentence
from transforms.masthead import read_masthead
from transforms.model import GENRES, Article, ParsedIssue, Rejection
from transforms.normalise import markdown_headings, normalise
from transforms.pages import split_label
from transforms.papers import PaperRegistry
from transforms.quotes import deck_inside, pull_quote
from transforms.repair import dedupe
from transforms.segment import Draft, segment
from transforms.order import MIN_HEADLESS_BODY, continues, repair_order
from transforms.topic import forget_pairs

_COMMENTARY = re.compile(r"评论员|社论|短评|评论|时评|述评|编者按|观察家")
_INTERVIEW = re.compile(r"^访|访谈|专访|对话")
_NOTICE = re.compile(r"通报|公告|通告|通知$|启事|举报电话|值班电话|热线|声明|须知|提示|公示|告知书")
_REPORT = re.compile(r"工作报告|报告$|白皮书|公报")
_DATELINE = re.compile(r"\d{1,2}月\d{1,2}日")




def parse_issue(
    data: bytes, *, source_file: str, default_paper: str, papers: PaperRegistry | None = None, trace: list | None = None
) -> ParsedIssue | Rejection:
    """Parse one file as an issue of its own (a whole-issue file, or a page on its own).

    ``source_file`` (landing-relative path) gives folder, date and page hints; ``papers`` is the
    paper registry (default: the committed one). The page files of one issue are parsed with
    :func:`parse_part` and put together with ``transforms.assemble.assemble``. ``trace`` receives
    the segmenter's weighed heading decisions (``transforms.segment.segment``; for fitting).
    """
    part = parse_part(data, source_file=source_file, default_paper=default_paper, papers=papers, trace=trace)
    return part if isinstance(part, Rejection) else assemble([part])


def parse_part(
    data: bytes, *, source_file: str, default_paper: str, papers: PaperRegistry | None = None, trace: list | None = None
) -> Part | Rejection:
    """Parse one delivered file (a whole issue or one page): its identity and articles, no ids yet."""
    # topic.bigrams and the line predicates memoise within one issue (the same paragraph is compared
    # many times); clearing them per issue keeps text repeated ACROSS issues from being served
    # from memory, which would flatter throughput on archives that recombine the same articles.
    forget_pairs()
    forget_lines()
    registry = papers or P.committed()
    decoded = decode(data)
    if isinstance(decoded, Rejection):
        return decoded
    assert isinstance(decoded, Decoded)
    text = normalise(decoded.text)
    marked = markdown_headings(decoded.text)
    lines = text.split("\n")
    mast = read_masthead(lines, registry)
    path = read_path(source_file, registry)
    secs = sections(lines, mast, path.page)
    sha = hashlib.sha256(data).hexdigest()
    identity = identity_of(sha, text, mast, path, secs, default_paper=default_paper, registry=registry)

    furniture = [lines[i] for i in sorted(mast.furniture)]
    articles: list[Article] = []
    duplicates: list[str] = []
    for sec in secs:  # a page's stories never run into the next page's: continuations are stitched
        found, dropped = _segment_section(lines, sec, mast.furniture, marked, furniture, trace)
        articles.extend(found)
        duplicates.extend(dropped)
    articles = [dataclasses.replace(a, seq=i) for i, a in enumerate(articles, 1)]
    return Part(
        source_file=source_file,
        sha256=sha,
        identity=identity,
        weekday=mast.weekday,
        lunar_date=mast.lunar_date,
        issue_number=mast.issue_number,
        page_count=mast.page_count,
        editor=mast.editor,
        encoding=decoded.encoding,
        articles=tuple(articles),
        accounting=account(text, articles, furniture, duplicates),
        duplicates_dropped=len(duplicates),
        pages=tuple(s.page for s in secs if s.page),
    )


def _segment_section(
    lines: list[str], sec: Section, skip: frozenset[int], marked: frozenset[str], furniture: list[str],
    trace: list | None = None,
) -> tuple[list[Article], list[str]]:
    """The articles of one page section (ids not yet given) and its extraction duplicates;
    furniture found on the way is appended to ``furniture``."""
    units: list[Unit] = []
    block = 0
    for i in range(sec.start, sec.end):
        line = lines[i]
        if not line:
            block += 1
        elif i not in skip:
            units.append(Unit(line, block, line in marked))
    kept, dropped = dedupe(units)
    seg = segment(kept, trace)
    furniture.extend(seg.furniture)
    drafts = _split_continuations(seg.drafts)
    if sec.page is not None and split_label(sec.page)[1] > 1:
        _mark_page_top(drafts)
    drafts = repair_order(drafts, furniture, seg.topics, trace)
    give_group_titles(drafts)
    copies = [u.text for u in dropped]
    dropped_texts = tuple(copies)
    copies.extend(_drop_decks_over_headings(drafts, dropped_texts))
    articles = []
    for draft in drafts:
        copies.extend(_drop_pull_quote(draft, dropped_texts))
        furniture.extend(_finish(draft))
        articles.append(_article(draft, "", 0, sec.page))
    return articles, copies


def _drop_pull_quote(d: Draft, dropped: tuple[str, ...]) -> list[str]:
    """A story's opening printed again in its body (``transforms.quotes.pull_quote``; ``dropped``:
    the section's lines ``dedupe`` took as copies) is kept once, where the body prints it;
    returns the copy taken out."""
    if not (n := pull_quote(d.paragraphs, dropped)):
        if (inside := deck_inside(d.paragraphs, dropped))[1]:
            at, n = inside
            first = d.paragraphs[0]
            d.paragraphs[0] = first[:at] + first[at + n :]
            return [first[at : at + n]]
        if len(d.paragraphs) > 2 and copy_key(d.paragraphs[0]) in copy_key_set(dropped):
            return _drop_quotes_after_a_kept_copy(d, dropped)
        return _drop_cut_pull_quote(d, dropped)
    copy, rest = d.paragraphs[0][:n], d.paragraphs[0][n:]
    more: list[str] = []
    if rest:
        d.paragraphs[0] = rest
    else:
        # A deck of quotes each on a line of its own ("百业兴旺，…万户小康！”" over "他用生命…红色荣光。
        # 这座…振兴篇章" + the lead): the next line opens with the next quote.
        del d.paragraphs[0], d.blocks[0]
        more = _drop_pull_quote(d, dropped) if len(d.paragraphs) > 1 else []
    _lead_under_deck(d)
    return [copy, *more]


def _drop_decks_over_headings(drafts: list[Draft], dropped: tuple[str, ...]) -> list[str]:
    """A deck printed over its story's heading where nothing stands above it (the top of a page) is a
    draft of its own, with no heading ("他介绍，当时迁走了沿街的1080户居民，…明清时期。“广陵路越来越美，
    …理应出份力。" / "江苏扬州创新机制探索古城保护更新——" / title / byline / …, the body printing both
    sentences): its paragraphs that the story under the heading prints again, each a whole pull quote
    (``quotes.pull_quote``), are copies; ``drafts`` loses a draft left empty.  Returns the copies."""
    copies: list[str] = []
    emptied: list[Draft] = []
    for top, story in zip(drafts, drafts[1:]):
        if top.headline or top.kicker or top.byline or top.captions or not story.headline:
            continue
        while top.paragraphs and pull_quote([top.paragraphs[-1], *story.paragraphs], dropped) == len(top.paragraphs[-1]):
            copies.append(top.paragraphs.pop())
            top.blocks.pop()
        if not top.paragraphs:
            emptied.append(top)
    drafts[:] = [d for d in drafts if not any(d is e for e in emptied)]
    return copies


def _drop_quotes_after_a_kept_copy(d: Draft, dropped: tuple[str, ...]) -> list[str]:
    """The pull quotes after a first paragraph that the body prints again word for word, the copy
    ``dedupe`` dropped: a deck opening on a short paragraph quoted whole ("“押宝”成功的还有杨新群。…
    生意红火。" / "多数村民把老寨的民宿搬到新寨，…首家咖啡馆" + lead), the paragraph kept where the deck
    printed it.  The quotes after it are taken as a deck's are (``_drop_pull_quote``)."""
    first, block = d.paragraphs.pop(0), d.blocks.pop(0)
    try:
        return _drop_pull_quote(d, dropped)
    finally:
        d.paragraphs.insert(0, first)
        d.blocks.insert(0, block)


def _lead_under_deck(d: Draft) -> None:
    """The lead under a deck of pull quotes opens the body once the deck is out: its dateline and
    reporters are the byline ("本报讯（记者 黄娴）当日头刚爬到…" under the deck -> byline "本报讯（记者
    黄娴）", body "当日头刚爬到…"), as the segmenter reads the lead of a story with no deck."""
    if d.byline is None and d.paragraphs:
        byline, rest = B.split_lead(d.paragraphs[0])
        if byline and rest:
            d.byline, d.paragraphs[0] = byline, rest
            d.authors.extend(n for n in B.names_in(byline) if n not in d.authors)


def _drop_cut_pull_quote(d: Draft, dropped: tuple[str, ...]) -> list[str]:
    """A pull quote a column break cut in two, its first half a paragraph of its own that ends no
    sentence ("人形机器人如何适应人类社会" / "发展需求、…是一场更长的马拉松" + lead, the body saying
    "…人形机器人如何适应人类社会发展需求、…马拉松。" further on): read whole, it is dropped whole."""
    ps = d.paragraphs
    if len(ps) < 3 or ends_sentence(ps[0]):
        return []
    n = pull_quote([ps[0] + ps[1], *ps[2:]], dropped)
    if n <= len(ps[0]):
        return []
    whole = ps[0] + ps[1]
    rest = whole[n:]
    del ps[0], d.blocks[0]
    if rest:
        ps[0] = rest
    else:
        del ps[0], d.blocks[0]
    _lead_under_deck(d)
    return [whole[:n]]


def _split_continuations(drafts: list[Draft]) -> list[Draft]:
    """A paragraph opening with "（紧接第一版）" inside a story begins another story's continued
    part (its heading lost or never printed): it becomes a headless draft of its own."""
    out: list[Draft] = []
    for d in drafts:
        cuts = [k for k, p in enumerate(d.paragraphs) if k > 0 and B.starts_continuation(p)]
        tails: list[Draft] = []
        for k in reversed(cuts):
            tails.insert(0, Draft(paragraphs=d.paragraphs[k:], blocks=d.blocks[k:]))
            del d.paragraphs[k:], d.blocks[k:]
        out.append(d)
        out.extend(tails)
    return out


def _mark_page_top(drafts: list[Draft]) -> None:
    """Prose opening a later page before any heading, and no lead of a story ("本报讯…" before
    its headline): most likely the rest of a story from an earlier page whose "上接" marker was
    not printed. Marked ``UNMARKED``, it stands alone until the issue is assembled: a story that
    said "下转" this page takes it; if none did, it goes back to the story under it."""
    top: list[Draft] = []
    for d in drafts:
        # A signed draft is a story's stranded lead ("本报讯（记者 鲜敢）“实施好…" above its
        # headline): the prose above it is the continuation, the lead goes to its own story.
        if d.headline or d.kicker or d.byline or continues(d):
            break
        top.append(d)
    if not top or not top[0].paragraphs or B.LEAD.match(top[0].paragraphs[0]):
        return
    if sum(cjk_count(p) for d in top for p in d.paragraphs) < MIN_HEADLESS_BODY:
        return
    first = top[0]
    for d in top[1:]:
        first.paragraphs.extend(d.paragraphs)
        first.blocks.extend(d.blocks)
        first.captions.extend(d.captions)
        first.photographers.extend(d.photographers)
        drafts.remove(d)
    first.continued_from = UNMARKED


def _finish(d: Draft) -> list[str]:
    """Take continuation markers, sources and signatures out of the body; returns removed text."""
    removed: list[str] = []
    paragraphs: list[str] = []
    for p in d.paragraphs:
        p, to, frm, gone = B.split_continuation(p)
        d.continued_to = d.continued_to or to
        d.continued_from = d.continued_from or frm
        if gone:
            removed.append(gone)
        if p and len(p) <= 30 and B.SOURCE.search(p):  # the length first: SOURCE scans a whole paragraph
            p2, outlet, gone = B.split_source(p)
            if outlet and not p2:
                d.source_outlet = d.source_outlet or outlet
                removed.append(gone)
                p = p2
        if p:
            paragraphs.append(p)
    d.paragraphs = [d.box_label, *paragraphs] if d.box_label else paragraphs  # "核心阅读" opens the body
    if d.paragraphs and not d.authors and B.SIGNED_LINE.match(d.paragraphs[-1]):
        d.authors.extend(B.names_in(d.paragraphs[-1]))  # "（本报记者 陈雪梅）" signs a long piece too
    if d.paragraphs and not d.authors and len("".join(d.paragraphs)) <= 400:
        if m := B.SIGNATURE.search(d.paragraphs[-1]):
            d.authors.extend(B.names_in(m.group(0)))
    return removed


def _genre(d: Draft) -> str:
    heads = " ".join(x for x in (d.kicker, d.headline, d.subtitle) if x)
    if _INTERVIEW.search(d.subtitle or "") or any(p.startswith(("人物：", "同期声：")) for p in d.paragraphs):
        return "interview"
    if _COMMENTARY.search(heads) or (d.byline and _COMMENTARY.search(d.byline)):
        return "commentary"
    if _REPORT.search(d.headline) and (sum(map(len, d.paragraphs)) > 1500 or DIGEST.search(d.headline)):
        return "report"
    fields = sum(1 for p in d.paragraphs if re.match(r"^[^，。：]{1,14}：", p))
    if _NOTICE.search(heads) or (d.paragraphs and fields * 2 >= len(d.paragraphs)):
        return "notice"
    if d.byline and d.byline.startswith(("本报讯", "本报", "新华社")) and not d.byline.startswith("本报记者"):
        return "news"
    if d.byline:
        return "feature"
    if d.paragraphs and _DATELINE.search(d.paragraphs[0]):
        return "news"
    return "other"


def _article(d: Draft, article_id: str, seq: int, page: str | None = None) -> Article:
    genre = _genre(d)
    assert genre in GENRES
    return Article(
        article_id=article_id,
        seq=seq,
        headline=d.headline,
        kicker=d.kicker,
        kicker_shared=d.kicker_shared,
        subtitle=d.subtitle,
        byline=d.byline,
        authors=tuple(dict.fromkeys(d.authors)),
        photographers=tuple(dict.fromkeys(d.photographers)),
        genre=genre,
        source_outlet=d.source_outlet,
        captions=tuple(d.captions),
        continued_to=d.continued_to,
        continued_from=d.continued_from,
        paragraphs=tuple(d.paragraphs),
        page=page,
        pages=(page,) if page else (),
    )
