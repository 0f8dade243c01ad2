"""Page files, as exporters that write one file per page deliver them: for tests and measurements.

    python -m bench.pagefiles peoples CORPUS_DIR --out LANDING   # 人民日报 articles -> pd-YYYYMMDD-pNN.txt
    python -m bench.pagefiles cut ISSUE.txt --at TEXT --out DIR  # one issue file -> 01.txt, 02.txt

* :func:`peoples_daily_pages` lays out one day of the structured 人民日报 corpus
  (``articles_YYYYMMDD.json``, see the corpus README) as one text per page (``section_no``):
  a page header as the paper prints it (``人民日报 2025年5月8日 星期四`` and ``第4版 评论`` or
  ``评论 4``), then each article's kicker, title, subtitle and byline lines and its paragraphs,
  blank lines between blocks, the markdown marks dropped (extracted text has none).
* :func:`cut_issue` cuts one issue file into two pages at a line, optionally in the middle of a
  story that then continues on page 2 (``（下转第2版）`` / ``（上接第1版）``), the way papers jump
  a long story.

Deterministic. The corpus may not be committed to this project, nor may the files made from it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from collections.abc import Iterable
from pathlib import Path

WEEKDAYS = "一二三四五六日"
# The web edition's source note ending a byline: "《人民日报》（2025年05月08日第 04 版）".
_SOURCE_NOTE = re.compile(r"《人民日报》（[^（）]*）\s*$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def date_line(paper: str, day: dt.date) -> str:
    """ "人民日报 2025年5月8日 星期四" """
    return f"{paper} {day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"


def render_article(markdown: str) -> list[str]:
    """The article's blocks as a page's extracted text prints them (no markdown)."""
    blocks: list[str] = []
    for raw in markdown.split("\n\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith(">"):
            line = _SOURCE_NOTE.sub("", line.lstrip("> ").strip()).strip()
            line = re.sub(r"\s{2,}", " ", line)
            if not line:
                continue
        elif line.startswith("## "):
            line = "——" + line[3:].strip()  # 副题
        else:
            line = line.lstrip("#").strip()
        blocks.append(_BOLD.sub(r"\1", line))
    return blocks


def peoples_daily_pages(articles: Iterable[dict], *, paper: str = "人民日报") -> dict[str, str]:
    """File name (``pd-20250508-p04.txt``) -> page text, for one day's articles."""
    by_page: dict[str, list[dict]] = {}
    for a in articles:
        by_page.setdefault(a["section_no"], []).append(a)
    out: dict[str, str] = {}
    for k, (number, arts) in enumerate(sorted(by_page.items())):
        day = dt.date.fromisoformat(arts[0]["date"])
        page = int(number)
        section = arts[0].get("section_name") or "要闻"
        # Two header styles, as papers print them on left and right pages.
        header = [date_line(paper, day), f"第{page}版 {section}" if k % 2 == 0 else f"{section} {page}"]
        blocks = list(header)
        for a in arts:
            blocks.extend(render_article(a["markdown_body"]))
        out[f"pd-{day:%Y%m%d}-p{page:02d}.txt"] = "\n\n".join(blocks) + "\n"
    return out


def cut_issue(
    text: str,
    *,
    at: str,
    header: Iterable[str] = (),
    continued: bool = False,
    repeat_headline: str | None = None,
    from_marker: bool = True,
) -> tuple[str, str]:
    """Page 1 and page 2 of an issue file, cut at the first line containing ``at``.

    Without ``continued``, page 2 begins with that line. With it, the line (a paragraph of a
    story) ends page 1 followed by "（下转第2版）", and page 2 goes on with the rest of the story
    under "（上接第1版）" (after ``repeat_headline`` if given: the title repeated as a jump head;
    without ``from_marker``, with no marker on page 2 at all).
    """
    lines = text.split("\n")
    k = next(i for i, line in enumerate(lines) if at in line)
    head = [*header, ""] if header else []
    if not continued:
        return "\n".join(lines[:k]) + "\n", "\n".join([*head, *lines[k:]])
    first = [*lines[:k], lines[k].rstrip() + "（下转第2版）"]
    jump = [repeat_headline, ""] if repeat_headline else []
    marker = ["（上接第1版）", ""] if from_marker else []  # some papers print only the 下转 side
    second = [*head, *jump, *marker, *lines[k + 1 :]]
    return "\n".join(first) + "\n", "\n".join(second)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.pagefiles", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("peoples", help="lay out the 人民日报 corpus as page files")
    p.add_argument("corpus", type=Path, help="folder of articles_YYYYMMDD.json")
    p.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("cut", help="cut one issue file into two page files")
    c.add_argument("issue", type=Path)
    c.add_argument("--at", required=True, help="text of the line page 2 begins with (or, with --continued, ends page 1)")
    c.add_argument("--continued", action="store_true")
    c.add_argument("--header", default="", help="page 2's header line")
    c.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.command == "peoples":
        n = 0
        for path in sorted(args.corpus.glob("articles_*.json")):
            for name, text in peoples_daily_pages(json.loads(path.read_text(encoding="utf-8"))).items():
                (args.out / name).write_text(text, encoding="utf-8")
                n += 1
        print(f"{n} page files in {args.out}")
    else:
        one, two = cut_issue(
            args.issue.read_text(encoding="utf-8"), at=args.at, continued=args.continued,
            header=[args.header] if args.header else (),
        )
        (args.out / "01.txt").write_text(one, encoding="utf-8")
        (args.out / "02.txt").write_text(two, encoding="utf-8")
        print(f"2 page files in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
