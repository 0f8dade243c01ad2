"""The parser's entry point: issue file bytes -> ParsedIssue, or a Rejection with a reason.

decode -> normalise -> masthead/furniture -> dedupe -> segment (joins splits) -> articles.
Bad input is a Rejection with a reason ("empty file", "no Chinese text"); an exception is a bug
of ours and propagates with its traceback (the run marks the file failed and retries it).
"""

from __future__ import annotations

import re

from transforms import bylines as B
from transforms import dates, ids, papers
from transforms.accounting import account
from transforms.decode import Decoded, decode
from transforms.headings import DIGEST
from transforms.masthead import read_masthead
from transforms.model import GENRES, Article, ParsedIssue, Rejection
from transforms.normalise import markdown_headings, normalise
from transforms.repair import Unit, cjk_count, dedupe
from transforms.segment import Draft, segment
from transforms.stranded import move_stranded
from transforms.topic import bigrams

_COMMENTARY = re.compile(r"评论员|社论|短评|评论|时评|述评|编者按|观察家")
_INTERVIEW = re.compile(r"^访|访谈|专访|对话")
_NOTICE = re.compile(r"通报|公告|通告|通知$|启事|举报电话|值班电话|热线|声明|须知|提示|公示|告知书")
_REPORT = re.compile(r"工作报告|报告$|白皮书|公报")
_DATELINE = re.compile(r"\d{1,2}月\d{1,2}日")
# A page with no heading keeps this much prose as a headless article instead of furniture.
MIN_HEADLESS_BODY = 30


def parse_issue(data: bytes, *, source_file: str, default_paper: str) -> ParsedIssue | Rejection:
    """Parse one issue file's bytes; ``source_file`` (landing-relative path) gives folder and date hints."""
    # bigrams() memoises within one issue (the same paragraph is compared many times); clearing
    # it per issue keeps text repeated ACROSS issues from being served from memory, which would
    # flatter throughput on archives that recombine the same articles.
    bigrams.cache_clear()
    return _parse(data, source_file, default_paper)


def _parse(data: bytes, source_file: str, default_paper: str) -> ParsedIssue | Rejection:
    decoded = decode(data)
    if isinstance(decoded, Rejection):
        return decoded
    assert isinstance(decoded, Decoded)
    text = normalise(decoded.text)
    marked = markdown_headings(decoded.text)
    lines = text.split("\n")
    mast = read_masthead(lines)
    furniture = [lines[i] for i in sorted(mast.furniture)]
    units: list[Unit] = []
    block = 0
    for i, line in enumerate(lines):
        if not line:
            block += 1
        elif i not in mast.furniture:
            units.append(Unit(line, block, line in marked))
    kept, dropped = dedupe(units)
    seg = segment(kept)
    furniture.extend(seg.furniture)

    paper = papers.paper_slug(mast.paper_name, mast.romanised, source_file, default_paper)
    paper_name = mast.paper_name or (papers.name_for_slug(paper) if mast.romanised else None)
    if mast.issue_date:
        issue_date, source = mast.issue_date, "masthead"
    elif (path_date := dates.date_from_path(source_file)) is not None:
        issue_date, source = path_date, "path"
    elif (guess := dates.infer_date(text)) is not None:
        issue_date, source = guess, "inferred"
    else:
        issue_date, source = None, "unknown"
    issue = ids.issue_id(paper, issue_date, source, data)

    articles: list[Article] = []
    drafts = _attach_headless(seg.drafts, furniture)
    move_stranded(drafts)
    for draft in drafts:
        removed = _finish(draft)
        furniture.extend(removed)
        seq = len(articles) + 1
        articles.append(_article(draft, ids.article_id(issue, seq), seq))
    return ParsedIssue(
        issue_id=issue,
        paper=paper,
        paper_name=paper_name,
        issue_date=issue_date,
        date_source=source,
        weekday=mast.weekday,
        lunar_date=mast.lunar_date,
        issue_number=mast.issue_number,
        page_count=mast.page_count,
        editor=mast.editor,
        encoding=decoded.encoding,
        articles=tuple(articles),
        accounting=account(text, articles, furniture, [u.text for u in dropped]),
        duplicates_dropped=len(dropped),
    )


def _attach_headless(drafts: list[Draft], furniture: list[str]) -> list[Draft]:
    """Text with no heading of its own joins the next headed story (a lead printed before
    its headline), else the previous one; with no story at all it is counted as furniture."""
    headed = [d for d in drafts if d.headline and (d.paragraphs or d.captions)]
    out: list[Draft] = []
    pending: list[Draft] = []
    for d in drafts:
        if d in headed:
            for p in pending:
                furniture.extend(x for x in (p.kicker, p.headline, p.subtitle) if x)  # a heading with no body
                d.paragraphs[:0] = p.paragraphs
                d.captions[:0] = p.captions
                if d.byline is None and p.byline:
                    d.byline, d.authors[:0] = p.byline, p.authors
                elif p.byline:
                    furniture.append(p.byline)
                d.photographers[:0] = p.photographers
            pending = []
            out.append(d)
        else:
            pending.append(d)
    if not out and sum(cjk_count(x) for p in pending for x in p.paragraphs) >= MIN_HEADLESS_BODY:
        # No heading found on the whole page: keep its text as one article without a headline
        # (the gate flags it) rather than count a page of prose as furniture.
        keep = Draft()
        for p in pending:
            furniture.extend(x for x in (p.kicker, p.headline, p.subtitle) if x)
            keep.paragraphs.extend(p.paragraphs)
            keep.captions.extend(p.captions)
            keep.photographers.extend(p.photographers)
            if keep.byline is None and p.byline:
                keep.byline, keep.authors = p.byline, list(p.authors)
            elif p.byline:
                furniture.append(p.byline)
        return [keep]
    for p in pending:
        if out:
            furniture.extend(x for x in (p.kicker, p.headline, p.subtitle) if x)
            out[-1].paragraphs.extend(p.paragraphs)
            out[-1].captions.extend(p.captions)
            out[-1].photographers.extend(p.photographers)
            if p.byline:
                furniture.append(p.byline)
        else:
            furniture.extend(x for x in (p.kicker, p.headline, p.subtitle, p.byline) if x)
            furniture.extend(p.captions + p.paragraphs)
    return out


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
        if p and B.SOURCE.search(p) and len(p) <= 30:
            p2, outlet, gone = B.split_source(p)
            if outlet and not p2:
                d.source_outlet = d.source_outlet or outlet
                removed.append(gone)
                p = p2
        if p:
            paragraphs.append(p)
    d.paragraphs = paragraphs
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


def _article(d: Draft, article_id: str, seq: int) -> Article:
    genre = _genre(d)
    assert genre in GENRES
    return Article(
        article_id=article_id,
        seq=seq,
        headline=d.headline,
        kicker=d.kicker,
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
    )
