"""Plain news text laid out as issue files: ``python -m bench.textlayout SRC --out LANDING``.

Real text without page structure (one paragraph or headline a line, such as the SIGHAN 2005
test texts) becomes a folder of daily issue files the pipeline ingests like an exporter's:
a masthead (paper name, date with weekday, 总第N期, 今日N版), then articles, each a headline
line followed by its paragraphs, blank lines between blocks::

    人民日报
    1998年1月1日 星期四
    总第18001期 今日4版

    某市个人所得税增一成八

    本报长春12月30日讯记者赵某某报道：记者昨天从长春市地方财政局获悉，……

A line is taken as a headline when it looks like one: short, no sentence-final punctuation, not
a bracketed note or a lead-in ending in a colon ("女士们，先生们：" is a paragraph, "共同创造美好的
新世纪——二○○一年新年贺词" a headline). Articles are never split between issues; an issue is
closed once it holds ``issue_chars`` characters. Same input, same files (no randomness), so a
measurement on the layout can be repeated.

Used for measurements on real text (how many issue files a run holds back; speed). The text it
reads may not be committed to this project; neither may the files it writes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# A headline is at most this long: "某市新春音乐会再现经典风采张三李四王五与数千市民观众一同欣赏" (30).
HEADLINE_MAX_CHARS = 32
# Punctuation a headline does not end with: sentence ends, and lead-ins ("同志们，朋友们：").
_NOT_HEADLINE_END = tuple("。！？；…，、：:;,.!?")
# Notes printed under a headline: "（二○○○年十二月三十一日）（附图片1张）", "（新华社记者兰红光摄）".
_BRACKETS = tuple("（(【[〔<《")
# Characters that end a sentence inside a line; a headline holds none ("他来到中国。成为……").
_SENTENCE_END = "。！？"
_WEEKDAYS = "一二三四五六日"
MAX_HEADING_LINES = 3


@dataclass(frozen=True)
class Article:
    heading: tuple[str, ...]  # kicker/headline/subtitle lines; () for text before a source's first headline
    paragraphs: tuple[str, ...]

    @property
    def chars(self) -> int:
        return sum(len(x) for x in self.heading) + sum(len(p) for p in self.paragraphs)


@dataclass(frozen=True)
class Masthead:
    """What the top of every laid-out issue prints."""

    name: str = "人民日报"
    first_number: int = 18001  # 总第N期 of the first issue; one more per issue
    pages: int = 4


@dataclass(frozen=True)
class IssueFile:
    name: str  # landing-relative file name, e.g. "1998-01-01.txt"
    issue_date: dt.date
    number: int
    articles: int
    text: str


def looks_like_headline(line: str) -> bool:
    """A short line that is not a sentence: "哈尔滨国际冰雪节有看头" yes; "谢谢。" and "图片：" no."""
    line = line.strip()
    if not line or len(line) > HEADLINE_MAX_CHARS:
        return False
    if line.endswith(_NOT_HEADLINE_END) or line.startswith(_BRACKETS):
        return False
    return not any(ch in line for ch in _SENTENCE_END)


def split_articles(lines: Iterable[str]) -> Iterator[Article]:
    """Articles of a text with one paragraph or headline a line (blank lines ignored).

    Headline-looking lines in a row form one heading block (a kicker, the headline, a subtitle
    "——记……"), up to ``MAX_HEADING_LINES``; a further one is a paragraph. No line is dropped."""
    heading: list[str] = []
    paragraphs: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if looks_like_headline(line):
            if paragraphs:
                yield Article(tuple(heading), tuple(paragraphs))
                heading, paragraphs = [line], []
                continue
            if len(heading) < MAX_HEADING_LINES:
                heading.append(line)
                continue
        paragraphs.append(line)
    if paragraphs or heading:
        yield Article(tuple(heading), tuple(paragraphs))


def masthead_lines(masthead: Masthead, day: dt.date, number: int) -> list[str]:
    return [
        masthead.name,
        f"{day.year}年{day.month}月{day.day}日 星期{_WEEKDAYS[day.weekday()]}",
        f"总第{number}期 今日{masthead.pages}版",
    ]


def render_issue(masthead: Masthead, day: dt.date, number: int, articles: list[Article]) -> str:
    blocks = ["\n".join(masthead_lines(masthead, day, number))]
    for art in articles:
        blocks.extend(art.heading)
        blocks.extend(art.paragraphs)
    return "\n\n".join(blocks) + "\n"


def layout(
    articles: Iterable[Article],
    *,
    start: dt.date = dt.date(1998, 1, 1),
    issue_chars: int = 1800,
    masthead: Masthead = Masthead(),
) -> list[IssueFile]:
    """Daily issues from ``start`` (one a day), each closed once it holds ``issue_chars``
    characters of articles; the last one takes what is left."""
    out: list[IssueFile] = []
    current: list[Article] = []
    size = 0

    def close() -> None:
        day = start + dt.timedelta(days=len(out))
        number = masthead.first_number + len(out)
        text = render_issue(masthead, day, number, current)
        out.append(IssueFile(f"{day.isoformat()}.txt", day, number, len(current), text))

    for art in articles:
        current.append(art)
        size += art.chars
        if size >= issue_chars:
            close()
            current, size = [], 0
    if current:
        close()
    return out


def read_sources(src: Path) -> Iterator[str]:
    """The lines of ``src`` (a file, or every ``*.txt`` of a folder in name order)."""
    paths = sorted(src.glob("*.txt")) if src.is_dir() else [src]
    for path in paths:
        yield from path.read_text(encoding="utf-8-sig").splitlines()


def write(files: list[IssueFile], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for f in files:
        (out / f.name).write_text(f.text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.textlayout", description=__doc__.split("\n")[0])
    ap.add_argument("src", type=Path, help="a text file, or a folder of *.txt (one paragraph or headline a line)")
    ap.add_argument("--out", type=Path, required=True, help="landing folder to write the issue files into")
    ap.add_argument("--issue-chars", type=int, default=1800, help="characters of articles per issue (default 1800)")
    ap.add_argument("--start", type=dt.date.fromisoformat, default=dt.date(1998, 1, 1), help="first issue date")
    ap.add_argument("--paper", default=Masthead.name, help="paper name printed in the masthead")
    args = ap.parse_args(argv)
    articles = list(split_articles(read_sources(args.src)))
    files = layout(articles, start=args.start, issue_chars=args.issue_chars, masthead=Masthead(name=args.paper))
    write(files, args.out)
    chars = sum(a.chars for a in articles)
    print(f"{len(files)} issue files, {len(articles)} articles, {chars:,} characters in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
