"""Whole-issue files in the layout of the bundled 辽源日报 samples, laid out from marked-up articles.

One file per day: the masthead block the samples print (romanised name, date and weekday, the
lunar line, 总第N期 今日N版, 刊号, 设计制作, publisher, hotline, website), then every page's
stories in page order with no page headers, in the samples' house style: ASCII punctuation on
some issues, ``## `` left on some headlines by the exporter, "本报讯(记者 王五)" leads instead of
byline lines on many local stories, and the samples' damage (``bench.damage``) at a higher rate.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from bench.damage import captions_rng, damage_story, doubled_captions, wrap_headings
from bench.gold import flat
from bench.pieces import WEEKDAYS, Layout, PageGold, Piece, article_gold, deck_size, file_markers, lay_out, pull_quotes, reading, story_pieces
from bench.stories import Story, byline_names
from bench.vary import person_name

_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_LUNAR_MONTHS = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")
_LUNAR_DAYS = [f"初{d}" for d in "一二三四五六七八九十"] + [f"十{d}" for d in "一二三四五六七八九"] + ["二十"] + [
    f"廿{d}" for d in "一二三四五六七八九"
] + ["三十"]
# The issue number printed on 2021-09-06 in the samples (总第8353期), one more each day.
_NUMBER_EPOCH = (dt.date(2021, 9, 6), 8353)


def lunar_line(date: dt.date, rng: random.Random) -> str:
    """A lunar-calendar line in the samples' form ("乙巳年四月十一"); the day is not computed
    astronomically (the parser reads the line as printed, so only its form matters)."""
    year = f"{_STEMS[(date.year - 4) % 10]}{_BRANCHES[(date.year - 4) % 12]}年"
    return f"{year}{_LUNAR_MONTHS[(date.month - 2) % 12]}月{rng.choice(_LUNAR_DAYS)}"


def masthead(date: dt.date, pages: int, rng: random.Random) -> tuple[list[str], dict]:
    """The masthead lines and the fields a parser should read from them."""
    number = _NUMBER_EPOCH[1] + (date - _NUMBER_EPOCH[0]).days
    week = f"星期{WEEKDAYS[date.weekday()]}"
    lunar = lunar_line(date, rng)
    editor = person_name(rng) + person_name(rng)[1:] if rng.random() < 0.3 else person_name(rng)
    lines = [
        *(["吉D微风"] if rng.random() < 0.5 else []),
        "LIAO YUAN RI BAO",
        f"{date.year}年{date.month}月{date.day}日 {week}",
        lunar,
        f"总第{number}期 今日{pages}版",
        "国内统一刊号:CN22-0010 E-mail:jl_lyrb@126.com",
        *([f"设计制作:{editor}"] if rng.random() < 0.7 else []),
        "中共辽源市委主管主办 辽源日报社出版",
        "新闻热线:0437-3249118",
        "辽源信息港 <http://www.0437.com>",
    ]
    fields = {
        "paper": "liaoyuan-daily",
        "issue_date": date.isoformat(),
        "date_source": "masthead",
        "weekday": week,
        "lunar_date": lunar,
        "issue_number": number,
        "page_count": pages,
        "editor": editor if any(x.startswith("设计制作") for x in lines) else None,
    }
    return lines, fields


def _local(pieces: list[Piece], rng: random.Random, marks: bool) -> list[Piece]:
    """The samples' house style: a "本报讯(记者 …)" lead instead of a "本报记者" byline line on
    some stories, and ``## `` left before some headlines."""
    out = list(pieces)
    b = next((i for i, p in enumerate(out) if p.role == "byline"), None)
    paras = [i for i, p in enumerate(out) if p.role == "para"]
    # Under a deck of pull quotes the lead opens the body's first paragraph, not the deck.
    first = paras[deck_size([out[i].text for i in paras])] if paras else None
    if b is not None and first is not None and out[b].text.startswith("本报记者") and rng.random() < 0.5:
        names = " ".join(byline_names(out[b].text))
        if names:
            out[first] = dataclasses.replace(out[first], text=f"本报讯（记者 {names}）{out[first].text}")
            del out[b]
    if marks:
        out = [dataclasses.replace(p, mark=rng.choice(("## ", "## ", "### "))) if p.role == "title" and rng.random() < 0.8 else p for p in out]
    return out


def render_issue(
    pages: list[list[Story]], *, seed: str, damage: float = 1.2, captions_twice: float = 0.0, wrap: bool = False
) -> tuple[str, PageGold]:
    """A day's pages as one 辽源日报-style issue file, and its gold; ``captions_twice``: the rate
    of photo captions printed twice (``bench.damage.doubled_captions``; 0: none); ``wrap``: long
    headings printed over two lines. Each draws from a random stream of its own (the file is
    otherwise the same)."""
    rng = random.Random(seed)
    crng = captions_rng(seed)
    wrap_rng = random.Random(f"{seed}:wrap") if wrap else None
    date = pages[0][0].date
    layout = dataclasses.replace(Layout.draw(rng, weights=(70, 25, 5)), ascii_punct=rng.random() < 0.6)
    marks = rng.random() < 0.5
    top, fields = masthead(date, max(p[0].section_no for p in pages), rng)
    name = f"lyrb-{date:%Y%m%d}"
    gold = PageGold(source_file=f"{name}.txt", kind="issue", issue=fields)
    gold.furniture.extend(top)
    pieces = [Piece("furniture", line) for line in top]
    seen: set[str] = set()
    for page in pages:
        for story in page:
            if story.title in seen:
                continue  # the crawl prints some articles on two pages; an issue file has them once
            seen.add(story.title)
            print_label = bool(story.label) and not story.kicker and rng.random() < 0.7
            styled = _local(story_pieces(story, layout, rng, print_label=print_label), rng, marks)
            gold.articles.append(article_gold(styled))
            damaged = damage_story(styled, rng, gold, rate=damage) if damage > 0 else styled
            printed = doubled_captions(damaged, crng, gold, captions_twice)
            pieces.extend(wrap_headings(printed, wrap_rng) if wrap_rng else printed)
    read = reading(gold)  # before pull_quotes takes the repeated paragraphs out of the gold
    gold.copies.extend(pull_quotes(gold))
    gold.duplicates = file_markers(gold.copies, flat("\n".join(p.text for p in pieces)), read)
    return lay_out(pieces, layout), gold
