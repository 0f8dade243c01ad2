"""The samples' own articles written out as a corpus and laid out again (bench.samples_corpus)."""

from __future__ import annotations

import json
from pathlib import Path

from bench.gold import load_cases
from bench.render import write_set
from bench.samples_corpus import GOLDEN, write_corpus
from bench.score import evaluate
from bench.stories import load_days


def _gold_articles() -> list[dict]:
    return [a for p in sorted(GOLDEN.glob("*.json")) for a in json.loads(p.read_text(encoding="utf-8"))["articles"]]


def test_every_sample_article_with_a_body_becomes_a_story_with_its_gold_heading(tmp_path: Path) -> None:
    n = write_corpus(tmp_path)
    days = load_days(tmp_path)
    stories = [s for day in days.values() for s in day]
    assert len(days) == 3 and len(stories) == n
    gold = {a["headline"]: a for a in _gold_articles()}
    for s in stories:
        g = gold[s.title]
        assert (s.kicker, s.subtitle) == (g.get("kicker"), f"——{g['subtitle']}" if g.get("subtitle") else None)
        if (g.get("byline") or "").startswith("本报讯"):
            assert s.paragraphs[0].startswith(g["byline"]) and s.byline is None  # the lead carries it
        else:
            assert s.byline == g.get("byline")
    # a kicker over a title of phrases, as 辽源日报 prints them, is among the stories
    assert any(s.kicker and " " in s.title for s in stories)


def test_the_samples_laid_out_again_are_scored(tmp_path: Path) -> None:
    n = write_corpus(tmp_path / "corpus")
    files = write_set(tmp_path / "corpus", tmp_path / "issues", kind="issues", seed=1)
    assert len([f for f in files if f.suffix == ".txt"]) == 3
    score = evaluate(load_cases(tmp_path / "issues"))
    assert (score.files, score.head_exp, score.starts) == (3, n, n)
    # The paper's own headings in another layout (seed 1: kicker and title glued on one line,
    # lines run together): read as the samples themselves are.
    assert score.headline_f1 >= 0.95 and score.content_kept >= 0.99
