"""Decks of pull quotes the corpus days seldom print: 1–3 quotes from a story's own body, set under its heading.

The paper sets a commentary's best sentences in a deck between its byline and its first paragraph
("（人民时评）" / "周珊珊" / "精准施策，就要换位思考，…开准“药方”" / "找得到、用得上的公共服务，…要义所在" / body),
and the body prints them again where they belong. The development days hold a dozen such decks;
the days after them hold others, and a deck meeting the extraction's damage (a paragraph printed
twice, a column cut, the heading block moved) is read twice in forms no rendering drew. Here
chosen stories are given a deck drawn, with its own rng, from their own body, in the forms the
paper's decks take:

- a whole sentence, mostly without its final 。 ("…开准“药方”");
- a sentence from a clause on ("秉持清醒的定力，…厚积薄发、稳健成长" of "面对…，只有秉持清醒的定力，…");
- two sentences of one paragraph ("市场就在那里，…是意志。把压力变成动力，…更加奋发");
- two sentences of different paragraphs run together ("基础打得好，…事半功倍。所有向上生长的惊艳，…");
- a short paragraph's whole text.

``mode`` "commentary": every story with a column tag on its title ("（人民时评）", "（评论员观察）",
"（金台随笔）"); "long": besides those, half of the stories of five paragraphs or more. Stories
already printing a deck, and the pieces of a group, keep their blocks. The gold follows the
blocks (``bench.pieces.article_gold`` marks the quotes ``repeated``).

    baozhi render --corpus CORPUS --split dev --damage 1 --decks 1 --deck-mode long --out DIR
"""

from __future__ import annotations

import dataclasses
import random
import re

from bench.pieces import deck_size, split_lead
from bench.stories import Block, Story

MODES = ("commentary", "long")
# A column's tag closing the title: "既要有管理  也要优服务（人民时评）".
_COLUMN_TAG = re.compile(r"（[^（）]{2,10}）$")
_NOTE = re.compile(r"^[（(【].*[）)】]$")
_SENTENCE = re.compile(r"[^。！？]+[。！？]?[”’」』]?")
MIN_QUOTE, MAX_QUOTE = 16, 70  # characters of one quote (the gold sees shorter ones as no copy); a deck line is rarely longer
MIN_PARAGRAPHS = 5  # a "long" story
LONG_SHARE = 0.5
FORMS = ("sentence", "tail", "two", "apart", "paragraph")


def add_decks(days: dict[object, list[Story]], seed: int, mode: str = "commentary") -> dict[object, list[Story]]:
    """``days`` with a deck given to the stories ``mode`` chooses (see the module docstring)."""
    if mode not in MODES:
        raise ValueError(f"unknown deck mode {mode!r}: {' or '.join(MODES)}")
    rng = random.Random(f"decks:{seed}")
    out: dict[object, list[Story]] = {}
    for date, day in days.items():
        out[date] = [_with_deck(s, rng) if _chosen(s, mode, rng) else s for s in day]
    return out


def _chosen(story: Story, mode: str, rng: random.Random) -> bool:
    if story.group is not None or _has_deck(story.paragraphs):
        return False
    if _COLUMN_TAG.search(story.title):
        return True
    return mode == "long" and len(story.paragraphs) >= MIN_PARAGRAPHS and rng.random() < LONG_SHARE


def _has_deck(paras: list[str]) -> bool:
    return len(paras) > 1 and any(paras[0] in q for q in paras[1:])


def sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph, each with its end mark (and a closing quote after it)."""
    return [s for s in _SENTENCE.findall(paragraph) if s.strip()]


def _fits(text: str) -> bool:
    return MIN_QUOTE <= len(text) <= MAX_QUOTE


def draw_quote(paras: list[str], rng: random.Random) -> str | None:
    """One pull quote from ``paras`` in a form drawn at random, or None when that form finds nothing."""
    form = rng.choice(FORMS)
    # A deck quotes the body's prose: never its dateline, nor a note in brackets ("（摘编自《某报》…）").
    paras = [split_lead(p)[1] for p in paras if not _NOTE.match(p)]
    sents = [(k, s) for k, p in enumerate(paras) for s in sentences(p)]
    quote: str | None = None
    if form == "sentence":
        pool = [s for _, s in sents if _fits(s)]
        quote = rng.choice(pool) if pool else None
    elif form == "tail":
        pool = [s[m.end() :] for _, s in sents for m in re.finditer("，", s) if _fits(s[m.end() :]) and m.end() > 4]
        quote = rng.choice(pool) if pool else None
    elif form == "two":
        pool = [a + b for (i, a), (j, b) in zip(sents, sents[1:]) if i == j and _fits(a) and _fits(b) and a.endswith("。")]
        quote = rng.choice(pool) if pool else None
    elif form == "apart":
        pool = [(i, a) for i, a in sents if _fits(a) and a.endswith("。")]
        if len({i for i, _ in pool}) > 1:
            (i, a), (j, b) = sorted(rng.sample(pool, 2))
            quote = a + b if i != j else None
    else:
        pool = [p for p in paras if _fits(p) and len(sentences(p)) <= 2]
        quote = rng.choice(pool) if pool else None
    if quote and quote[-1] in "。！？" and rng.random() < 0.7:
        quote = quote[:-1]  # the paper's decks mostly drop the final stop: "…开准“药方”"
    return quote if quote and len(quote) >= MIN_QUOTE else None


def _overlap(a: str, b: str) -> bool:
    """Two quotes share a sentence (or one holds the other): a deck quotes each place once."""
    return any(s.rstrip("。！？") in other for one, other in ((a, b), (b, a)) for s in sentences(one))


def _with_deck(story: Story, rng: random.Random) -> Story:
    paras = story.paragraphs
    deck: list[str] = []
    for _ in range(rng.choice((1, 2, 2, 3))):
        for _try in range(4):
            quote = draw_quote(paras, rng)
            if quote and not any(_overlap(quote, d) for d in deck):
                deck.append(quote)
                break
    if not deck or deck_size([*deck, *paras]) < len(deck):
        return story  # a quote too short for the gold to see it printed again ("就这么办！”")
    return dataclasses.replace(story, blocks=(*(Block("para", q) for q in deck), *story.blocks))
