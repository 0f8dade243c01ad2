"""Plain news text, one headline or paragraph a line, cut into articles for the page renderer.

The SIGHAN 2005 test texts (``pku_test.txt``: 人民日报 of January 2001; ``msr_test.txt``: MSR news)
print what our 2025 days do not: a 副题 on the title's line after "——", a note under the title
("（附图片1张）", "（二○○○年十二月三十一日）"), a wire credit closing the story
("（新华社北京12月31日电）"), colon labels in titles ("太原：万人长跑助申奥").  They carry no
markup, so the articles are cut by how a paper's text reads:

- a heading is a short line without sentence-final punctuation, followed by prose (or by a note
  in brackets and then prose): "北京个人所得税增二成五" over "本报北京12月31日讯记者…报道：…";
- "——" in a heading parts title and 副题: "共同创造美好的新世纪——二○○一年新年贺词";
- a note in brackets right under the title is the story's first paragraph; a credit in brackets
  ending in 电 or 摄 closes the story, and what follows it up to the next heading is not prose
  of that story (photo captions, "图片：" blocks);
- runs that are not stories are dropped whole: lists of short lines (a weather box: "白天多云转晴" /
  "降水概率20％"), legal texts ("第九条军官的来源："), numbered lists ("（一）…", "1、…"), photo
  items ("为新世纪欢呼（图片）"), headings stacked without prose between them.

Output: ``articles_YYYYMMDD.json`` per made-up day, in the markup ``bench.stories`` reads, pages
filled in order.  Read from a path given on the command line; never commit what it writes:

    python -m bench.sighan_corpus TEXT OUT [--split-days N] [--first-day 2001-01-01]
    baozhi render --corpus OUT --split all --damage 1 --seed 3 --out DIR   # then baozhi eval --gold DIR
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bench.stories import write_day

MAX_HEADING = 40  # a printed title line; longer unpunctuated lines are cut prose
# A line ending so has finished a sentence or opens a list ("…的条件："): not a heading.
_FINAL = tuple("。！？；…：:!?;”’」』")
# A bracket that is the whole line: "（新华社北京12月31日电）", "（附图片1张）", "（作者为…）".
_NOTE = re.compile(r"^(?:[（(][^（）()]*[）)])+$")
# A credit closes the story: "（新华社北京12月31日电）", "（本报华盛顿12月30日电）", "（新华社记者兰红光摄）".
_CREDIT = re.compile(r"(?:电|摄|专电|特电)[）)]$")
# The web edition's pointer to pictures, printed after a title: "满怀豪情迈入新世纪（附图片8张）".
_PICTURES = re.compile(r"[（(]附图片\d+张[）)]$")
# A photo item or block, not a story: "为新世纪欢呼（图片）", "图片：".
_PHOTO = re.compile(r"[（(]图片[）)]$|^图片[：:]?$")
_DASHES = re.compile(r"[—－-]{2,}")  # "——", "———", MSR's "－－"
# A byline under the title: "本报记者王烁", "新华社记者王辅捷本报记者何伟", "本报评论员", one writer's name "温济泽".
_BYLINE = re.compile(r"^(?:(?:(?:本报|新华社)(?:特约)?)?(?:记者|评论员)[\u4e00-\u9fff、，\s]{0,16}|[\u4e00-\u9fff]{2,3})$")
MIN_TITLE = 4  # "李鹏", "高定彝" over prose are bylines or signatures, not titles
# Paragraphs of a legal text or a numbered list: "第九条军官的来源：", "第一章总则", "（一）忠于祖国…",
# "1、北京大型商场…", "●2月21日…".
_ARTICLE_OF_LAW = re.compile(r"^第[一二三四五六七八九十百零〇○\d]+[条章节款]")
_LIST_ITEM = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|[\d０-９]+[、.．]|[●■△◆★])")
MAX_LIST_SHARE = 0.3  # a story may quote a list; a run mostly of items is a list
PAGE_CHARS = 5000  # about what a 人民日报 page of the 2025 crawl holds (590,000 characters, 120 pages)
PAGE_ARTICLES = 4


@dataclass
class Article:
    title: str
    subtitle: str | None = None
    byline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    closed: bool = False  # a credit ended it: lines after it are not its prose
    bad: bool = False  # a run that is not a story: dropped


def kind_of(line: str) -> str:
    """"note", "photo", "short" (a heading candidate) or "prose"."""
    if _PHOTO.search(line):
        return "photo"
    if _NOTE.match(line):
        return "note"
    if len(line) <= MAX_HEADING and not line.endswith(_FINAL) and "。" not in line:
        return "short"
    return "prose"


def _is_heading(lines: list[str], kinds: list[str], i: int) -> bool:
    """A short line over prose; a note in brackets and a byline may come between:
    "人机大战了犹未了" / "（附图片１张）" / "本报记者王烁" / prose."""
    if kinds[i] != "short":
        return False
    j = i + 1
    if j < len(kinds) and kinds[j] == "note":
        j += 1
    if j < len(kinds) and kinds[j] == "short" and _BYLINE.match(lines[j]):
        j += 1
    return j < len(kinds) and kinds[j] == "prose"


def _heading(line: str) -> Article:
    """"共同创造美好的新世纪——二○○一年新年贺词" -> title and subtitle "——二○○一年新年贺词";
    a "（附图片1张）" after the title is a note of the story, printed under it."""
    note = _PICTURES.search(line)
    text = line[: note.start()].strip() if note else line
    title, dash, rest = text.partition(_DASHES.search(text).group(0)) if _DASHES.search(text) else (text, "", "")
    article = Article(title=title.strip() or text, subtitle=f"——{rest.strip()}" if dash and title.strip() and rest.strip() else None)
    if note:
        article.paragraphs.append(note.group(0))
    return article


def _under_title(article: Article) -> bool:
    """Nothing but notes printed under the title yet, and no byline."""
    return article.byline is None and not article.closed and all(_NOTE.match(p) for p in article.paragraphs)


def cut_articles(text: str) -> list[Article]:
    """The stories of a plain text, one headline or paragraph a line, runs that are not stories dropped."""
    lines = [ln.replace("\u3000", " ").strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    kinds = [kind_of(ln) for ln in lines]
    out: list[Article] = []
    current: Article | None = None
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        if current is not None and _under_title(current) and kind == "short" and _BYLINE.match(line):
            current.byline = line  # "人机大战了犹未了" / "（附图片１张）" / "本报记者王烁" / prose
        elif _is_heading(lines, kinds, i):
            current = _heading(line)
            # one line stacked over the heading ("为祖国守岁" / "编者的话" / prose): which is the title is a
            # guess; after a run of short lines (a weather box) the heading starts afresh
            current.bad = kinds[i - 1 : i] == ["short"] and kinds[i - 2 : i - 1] != ["short"]
            out.append(current)
        elif current is None or current.closed:
            continue
        elif kind == "photo":
            current.closed = True
        elif kind == "note":
            current.paragraphs.append(line)
            current.closed = bool(_CREDIT.search(line))
        elif kind == "short":
            current.closed = True  # the story is over: a date under a poem, a weather box, a table
        else:
            current.paragraphs.append(line)
    return [a for a in out if is_story(a)]


def is_story(article: Article) -> bool:
    """Prose under a title; not a legal text, a list or a bare note."""
    paras = article.paragraphs
    prose = [p for p in paras if not _NOTE.match(p)]
    if article.bad or not prose or _ARTICLE_OF_LAW.match(article.title) or _LIST_ITEM.match(article.title):
        return False  # "三、进一步推进…" heads a part of a longer text
    if len(article.title) < MIN_TITLE or _BYLINE.match(article.title) or _DASHES.match(article.title) or _DASHES.search(article.title[-2:]):
        return False  # "———江苏公开选拔…纪事": a subtitle whose title line was not a heading
    if any(_ARTICLE_OF_LAW.match(p) for p in paras):
        return False
    return sum(bool(_LIST_ITEM.match(p)) for p in paras) <= MAX_LIST_SHARE * len(paras)


def markdown(article: Article) -> str:
    lines = [f"# {article.title}"] + ([f"## {article.subtitle}"] if article.subtitle else [])
    lines += [f"> {article.byline}"] if article.byline else []
    return "\n\n".join(lines + article.paragraphs)


def pages(articles: list[Article]) -> list[list[Article]]:
    """Articles in order, a new page when the last holds enough text or stories."""
    out: list[list[Article]] = []
    size = 0
    for a in articles:
        n = sum(len(p) for p in a.paragraphs)
        if not out or size >= PAGE_CHARS or len(out[-1]) >= PAGE_ARTICLES:
            out.append([])
            size = 0
        out[-1].append(a)
        size += n
    return out


def days_of(articles: list[Article], n_days: int, first_day: dt.date, source: str) -> dict[dt.date, list[dict]]:
    """The articles in ``n_days`` runs of about equal count, as the records of each day's JSON file."""
    n_days = max(1, min(n_days, len(articles)))
    out: dict[dt.date, list[dict]] = {}
    for d in range(n_days):
        day = first_day + dt.timedelta(days=d)
        chunk = articles[d * len(articles) // n_days : (d + 1) * len(articles) // n_days]
        records = []
        for page_no, page in enumerate(pages(chunk), start=1):
            for a in page:
                records.append({
                    "title": a.title,
                    "markdown_body": markdown(a),
                    "content": "\n".join(a.paragraphs),
                    "section_no": f"{page_no:02d}",
                    "section_name": "",
                    "date": day.isoformat(),
                    "url": f"{source}#{day:%Y%m%d}-{len(records)}",
                })
        out[day] = records
    return out


def write_corpus(text: str, out: Path, *, n_days: int, first_day: dt.date, source: str) -> int:
    """One ``articles_YYYYMMDD.json`` per made-up day under ``out``; returns how many articles."""
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for day, records in days_of(cut_articles(text), n_days, first_day, source).items():
        write_day(out, day, records)
        total += len(records)
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("text", type=Path, help="plain text, one headline or paragraph a line")
    ap.add_argument("out", type=Path, help="folder to write articles_YYYYMMDD.json into")
    ap.add_argument("--split-days", type=int, default=10, help="how many made-up days (default 10)")
    ap.add_argument("--first-day", type=dt.date.fromisoformat, default=dt.date(2001, 1, 1))
    args = ap.parse_args(argv)
    n = write_corpus(args.text.read_text(encoding="utf-8"), args.out, n_days=args.split_days, first_day=args.first_day, source=args.text.name)
    print(f"{n} articles in {args.split_days} days -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
