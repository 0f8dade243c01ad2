"""The bundled samples' own articles as a marked-up corpus, for the page renderer.

The 人民日报 days teach the parser that paper's headings. 辽源日报 composes its own: a long kicker
that reports a meeting over a title of three phrases ("出席某某会议的某某代表团继续审议报告、审查
某某规划（草案）" / "开好头 起好步 努力实现新发展"), a leader's visit reported in the kicker
("某某在某地检查督导时强调") over a slogan, runs of briefs each led by 本报讯.  The three samples
print 19 such articles in one layout each, and the parser reads that layout perfectly.  Here
those articles are written out as a corpus (``articles_YYYYMMDD.json``, one day per sample, the
markup ``bench.stories`` reads) so that ``baozhi render`` lays them out again in other layouts,
with damage and as whole-issue files:

    python -m bench.samples_corpus OUT
    baozhi render --corpus OUT --split all --issues --seed 3 --out DIR   # then baozhi eval --gold DIR

Each article's heading (kicker, title, subtitle) and byline come from the hand-made goldens
(``tests/transforms/golden``); its paragraphs from the parse of the sample, which those goldens
check (first and last words, phrases inside, nothing lost).  A byline the paper prints as its
lead ("本报讯（记者 张三）") opens the first paragraph, as the page prints it.  The output is
built from the bundled samples only, so it may be written anywhere; nothing under ../shared.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from bench.stories import write_day
from transforms.parse import parse_issue

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "tests" / "transforms" / "golden"
SAMPLES = REPO / "samples" / "liaoyuan-daily"
# The samples carry no usable date (see the goldens' notes): one made-up day per sample, in order.
FIRST_DAY = dt.date(2021, 1, 10)


def articles_of(gold: dict, data: bytes) -> list[dict]:
    """The marked-up articles of one sample: headings from its gold, paragraphs from its parse."""
    parsed = {a.headline: a for a in parse_issue(data, source_file=gold["source_file"], default_paper=gold["default_paper"]).articles}
    out = []
    for g in gold["articles"]:
        article = parsed[g["headline"]]  # the goldens pass: every gold headline is parsed
        if not article.paragraphs:
            continue  # a title alone: nothing to lay out under it
        lines = ([f"### {g['kicker']}"] if g.get("kicker") else []) + [f"# {g['headline']}"]
        lines += [f"## ——{g['subtitle']}"] if g.get("subtitle") else []
        paragraphs = list(article.paragraphs)
        byline = g.get("byline")
        if byline and byline.startswith("本报讯"):
            paragraphs[0] = byline + paragraphs[0]  # the lead carries it: "本报讯（记者 张三）9月3日…"
        elif byline:
            lines.append(f"> {byline}")
        out.append({
            "title": g["headline"],
            "markdown_body": "\n\n".join(lines + paragraphs),
            "section_no": str(article.page or 1),
            "section_name": "",
            "url": f"{gold['source_file']}#{len(out)}",
        })
    return out


def write_corpus(out: Path) -> int:
    """One ``articles_YYYYMMDD.json`` per sample under ``out``; returns how many articles."""
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for k, path in enumerate(sorted(GOLDEN.glob("*.json"))):
        gold = json.loads(path.read_text(encoding="utf-8"))
        day = FIRST_DAY + dt.timedelta(days=k)
        articles = [a | {"date": day.isoformat()} for a in articles_of(gold, (SAMPLES / gold["source_file"]).read_bytes())]
        write_day(out, day, articles)
        total += len(articles)
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, help="folder to write articles_YYYYMMDD.json into")
    args = ap.parse_args(argv)
    n = write_corpus(args.out)
    print(f"{n} articles from {len(list(GOLDEN.glob('*.json')))} samples -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
