"""Lay marked-up articles out as extracted page text, with the gold reading of every page.

``baozhi render --corpus DIR --out OUT`` writes, for each page (one ``section_no`` of one day)
of the chosen days, ``OUT/<name>.txt`` (the page as a PDF text extraction gives it) and
``OUT/<name>.json`` (the gold, format in ``bench/README.md``). ``--damage`` adds the damage real
extraction does (``bench.damage``); ``--issues`` writes whole-issue files instead, a masthead
over all the pages of a day, in the layout of the bundled 辽源日报 samples (``bench.issuefile``).

A page is a list of :class:`Piece` (one printed line each, with its role); the layout decides
the blank lines. The gold is written from the stories before any damage, plus what the damage
records (the text across each split, each printed-twice paragraph). Same seed, same bytes.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from bench.damage import captions_rng, damage_story, doubled_captions, wrap_headings
from bench.decks import add_decks
from bench.gold import flat
from bench.groups import split_group
from bench.issuefile import render_issue
from bench.pieces import WEEKDAYS, Layout, PageGold, Piece, article_gold, file_markers, footer_lines, header_lines, lay_out, page_name, pull_quotes, reading, story_pieces
from bench.recompose import recompose as redraw_headings
from bench.stories import Story, load_days, pages_of, split_days


def render_story(
    story: Story,
    layout: Layout,
    rng: random.Random,
    gold: PageGold,
    *,
    damage: float,
    captions: tuple[random.Random, float] | None = None,
    wrap: random.Random | None = None,
) -> list[Piece]:
    """One story's pieces (damaged when ``damage`` > 0) and its gold appended to ``gold``.
    Each opt-in damage draws from a random stream of its own, so that pages rendered without it
    keep their bytes: ``captions``, the stream and rate of captions printed twice
    (``doubled_captions``); ``wrap``, the stream that wraps long headings (``wrap_headings``)."""
    print_label = bool(story.label) and not story.kicker and rng.random() < 0.7
    pieces = story_pieces(story, layout, rng, print_label=print_label)
    gold.articles.append(article_gold(pieces))
    if damage > 0:
        pieces = damage_story(pieces, rng, gold, rate=damage)
    if captions is not None:
        pieces = doubled_captions(pieces, captions[0], gold, captions[1])
    if wrap is not None:
        pieces = wrap_headings(pieces, wrap)
    return pieces


def render_page(
    stories: list[Story], *, seed: str, damage: float = 0.0, captions_twice: float = 0.0, wrap: bool = False
) -> tuple[str, PageGold]:
    """One page (the stories of one section_no of one day) as extracted text, and its gold;
    ``captions_twice``: the rate of captions printed twice (0: none, 1: ``CAPTION_TWICE``);
    ``wrap``: long headings printed over two lines (``bench.damage.wrap_headings``)."""
    first = stories[0]
    rng = random.Random(seed)
    captions = (captions_rng(seed), captions_twice) if captions_twice > 0 else None
    wrap_rng = random.Random(f"{seed}:wrap") if wrap else None
    layout = Layout.draw(rng)
    header = header_lines(first.date, first.section_no, first.section_name, rng)
    name = page_name(first.date, first.section_no)
    gold = PageGold(
        source_file=f"{name}.txt",
        kind="page",
        issue={
            "paper": "peoples-daily",
            "issue_date": first.date.isoformat(),
            "weekday": f"星期{WEEKDAYS[first.date.weekday()]}",
        },
        page={"number": first.section_no, "name": first.section_name},
    )
    pieces = [Piece("furniture", line) for line in header]
    gold.furniture.extend(header)
    for story in stories:
        pieces.extend(render_story(story, layout, rng, gold, damage=damage, captions=captions, wrap=wrap_rng))
    read = reading(gold)  # before pull_quotes takes the repeated paragraphs out of the gold
    gold.copies.extend(pull_quotes(gold))
    footer = footer_lines(rng)
    pieces.extend(Piece("furniture", line) for line in footer)
    gold.duplicates = file_markers(gold.copies, flat("\n".join(p.text for p in pieces)), read)
    gold.furniture.extend(footer)
    return lay_out(pieces, layout), gold


def write_set(
    corpus: Path,
    out: Path,
    *,
    kind: str,
    split: str = "all",
    damage: float = 0.0,
    seed: int = 0,
    recompose: int | None = None,
    captions_twice: float = 0.0,
    wrap: bool = False,
    decks: int | None = None,
    deck_mode: str = "commentary",
) -> list[Path]:
    """Render the chosen days of the corpus into ``out`` (``<name>.txt`` + ``<name>.json`` per
    file); ``kind`` is "pages" (one file per page) or "issues" (one 辽源日报-style file per day);
    ``recompose``: the stories' kickers and subtitles redrawn with this seed (``bench.recompose``);
    ``captions_twice``: the rate of photo captions printed twice (0: none, the files of before);
    ``wrap``: long headings printed over two lines;
    ``decks``: decks of pull quotes given, with this seed, to the stories ``deck_mode`` chooses (``bench.decks``)."""
    days = {date: [p for s in stories for p in split_group(s)] for date, stories in load_days(corpus).items()}
    days = {date: days[date] for date in split_days(list(days), split)}
    if recompose is not None:
        days = redraw_headings(days, recompose)
    if decks is not None:
        days = add_decks(days, decks, deck_mode)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for date in days:
        pages = pages_of(days[date])
        if kind == "issues":
            files = [render_issue(pages, seed=f"{seed}:{date}:issue", damage=damage or 1.2, captions_twice=captions_twice, wrap=wrap)]
        elif kind == "pages":
            files = [
                render_page(p, seed=f"{seed}:{date}:{p[0].section_no}", damage=damage, captions_twice=captions_twice, wrap=wrap)
                for p in pages
            ]
        else:
            raise ValueError(f"unknown kind {kind!r}: pages or issues")
        for text, gold in files:
            stem = Path(gold.source_file).stem
            (out / f"{stem}.txt").write_text(text, encoding="utf-8")
            (out / f"{stem}.json").write_text(json.dumps(gold.as_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            written.append(out / f"{stem}.txt")
    return written
