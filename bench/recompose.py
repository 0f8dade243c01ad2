"""Heading compositions the corpus days do not print: each story's kicker and subtitle redrawn.

The development days hold a few hundred headings, and the parser reads nearly all of them right;
on days it has never seen it misreads whole compositions it never met (a kicker with clause marks
over a column-tagged title, a kicker, a title with commas and a dashed 副题 together, a 副题 under a
couplet). Rendering more layouts of the same days never shows them. Here every story keeps its
title, byline and body (so the text under a title is still about it) while its kicker and subtitle
are drawn, with their own rng, from the other stories of the same days: a kicker added, a
subtitle added, both, or the story's own parts kept. Gold follows the new parts, as the renderer
takes gold from the story.

    baozhi render --corpus CORPUS --split dev --recompose 1 --out DIR   # then baozhi eval --gold DIR

Only the days of the split are drawn from, so fit and dev stay apart from the holdout days.
"""

from __future__ import annotations

import dataclasses
import random

from bench.stories import Story

# Shares of the stories given: a kicker drawn from another story; a subtitle; both; else its own.
KICKER, SUBTITLE, BOTH = 0.35, 0.2, 0.2


def recompose(days: dict[object, list[Story]], seed: int) -> dict[object, list[Story]]:
    """``days`` with every story's kicker and subtitle redrawn (see the module docstring); pieces of
    a group (``Story.group``) keep theirs, which the group's layout prints in its own way."""
    stories = [s for day in days.values() for s in day]
    kickers = sorted({s.kicker for s in stories if s.kicker})
    subtitles = sorted({s.subtitle for s in stories if s.subtitle})
    rng = random.Random(f"recompose:{seed}")
    out: dict[object, list[Story]] = {}
    for date, day in days.items():
        redrawn = []
        for s in day:
            r = rng.random()
            kicker, subtitle = s.kicker, s.subtitle
            if s.group is None and kickers and subtitles:
                if r < KICKER:
                    kicker = rng.choice(kickers)
                elif r < KICKER + SUBTITLE:
                    subtitle = rng.choice(subtitles)
                elif r < KICKER + SUBTITLE + BOTH:
                    kicker, subtitle = rng.choice(kickers), rng.choice(subtitles)
            redrawn.append(dataclasses.replace(s, kicker=kicker, subtitle=subtitle))
        out[date] = redrawn
    return out
