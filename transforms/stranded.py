"""Stranded leads: paragraphs at the end of one article that are about a later one.

Page layouts often print an article's lead above its headline, or the extraction leaves a
piece of one story between two others.  The segmenter then hangs those paragraphs on the end
of the story before them.  Sample 000 prints, after the last sentence of the 绍兴 report
("…随风潜入夜，润物细无声。"), two paragraphs about 东辽县's 美丽乡村 campaign and then four about
the 整改方案, and only then the headline 辽源市公开省级生态环境督察整改方案.

Rule: a run of whole paragraphs at the end of an article (the one before it ends a sentence,
so no sentence continues across the cut) moves to the start of a later article when every
paragraph of it, and the run as a whole, is clearly more about that article than about the
rest of its own (``transforms.topic`` lifts), and shares more of that article's headline words
than of its own headline's.  The article keeps at least ``MIN_CORE``
paragraphs, and at most ``MAX_TAIL`` paragraphs move, so a story is never emptied.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import chain

from transforms.repair import ends_sentence
from transforms.segment import Draft, is_crosshead
from transforms.topic import Topics, bigrams

MIN_CORE = 3
MAX_TAIL = 8
# Each paragraph of the run must score this many times higher against its new article than
# against its own article's remaining text; the run as a whole, RUN_RATIO times.
PARAGRAPH_RATIO = 1.3
RUN_RATIO = 1.5
# The run must also name its new article's headline words ("辽源市公开省级生态环境督察整改方案":
# 整改, 方案, 督察 …) more than its old one's: this weighted share of the headline at least.
MIN_HEADLINE_SHARE = 0.1
# A paragraph with fewer pairs than this says too little about its topic to be moved.
MIN_PAIRS = 12
# Articles this many places before or after are candidates (a page holds about this many),
# which keeps a big file's cost linear in its articles.
MAX_REACH = 8


@dataclass
class _Article:
    profile: frozenset[str]
    own: Counter[str]
    docs: int
    background: float


def _headings(d: Draft) -> list[str]:
    return [t for t in (d.kicker, d.headline, d.subtitle) if t]


def _describe(topics: Topics, texts: list[str]) -> _Article:
    pairs = [bigrams(t) for t in texts]
    own: Counter[str] = Counter(chain.from_iterable(pairs))
    profile = frozenset(own)
    return _Article(profile, own, len(pairs), topics.background(profile, own, len(pairs)))


def _lift(topics: Topics, pairs: frozenset[str], art: _Article) -> float:
    return topics.score(pairs, art.profile) / art.background


def move_stranded(drafts: list[Draft]) -> int:
    """Move stranded runs of paragraphs to the later article they belong to; returns how many moved."""
    if len(drafts) < 2:
        return 0
    texts = [t for d in drafts for t in (*_headings(d), *d.paragraphs)]
    topics = Topics(texts)
    arts = [_describe(topics, [*_headings(d), *d.paragraphs]) for d in drafts]
    moves: list[tuple[int, int, int, int]] = []  # (source, start, end, target)
    for a, d in enumerate(drafts[:-1]):
        moves.extend((a, s, e, t) for s, e, t in _stranded_runs(topics, drafts, arts, a))
    if not moves:
        return 0
    taken: dict[int, list[tuple[list[str], list[int]]]] = {}
    for a, s, e, t in moves:
        taken.setdefault(t, []).append((drafts[a].paragraphs[s:e], drafts[a].blocks[s:e]))
    for a, s, e, _t in sorted(moves, key=lambda m: (m[0], -m[1])):
        del drafts[a].paragraphs[s:e]
        del drafts[a].blocks[s:e]
    for t, pieces in taken.items():
        paragraphs = [p for ps, _ in pieces for p in ps]
        blocks = [b for _, bs in pieces for b in bs]
        drafts[t].paragraphs[:0] = paragraphs
        drafts[t].blocks[:0] = blocks
    return sum(e - s for _a, s, e, _t in moves)


def _stranded_runs(topics: Topics, drafts: list[Draft], arts: list[_Article], a: int) -> list[tuple[int, int, int]]:
    """(start, end, target) runs at the end of drafts[a] that belong to later articles."""
    d = drafts[a]
    n = len(d.paragraphs)
    if n <= MIN_CORE:
        return []
    pairs = [bigrams(p) for p in d.paragraphs]
    first = max(MIN_CORE, n - MAX_TAIL)
    targets: list[tuple[float, int]] = []  # per tail paragraph: (best lift, article), from `first` on
    for k in range(first, n):
        near = range(max(0, a - MAX_REACH), min(len(drafts), a + MAX_REACH + 1))
        scores = [(_lift(topics, pairs[k], arts[x]), x) for x in near if x != a]
        targets.append(max(scores))
    heads = [_headline_pairs(x) for x in drafts]
    # Each paragraph on its own names its new article's headline words more than its own's.
    named = [
        topics.score(heads[t], pairs[k]) > topics.score(heads[a], pairs[k])
        for k, (_lift_k, t) in zip(range(first, n), targets)
    ]
    core_texts = [*_headings(d), *d.paragraphs[:first]]
    for cut in range(first, n):
        if cut > first:
            core_texts.append(d.paragraphs[cut - 1])
        before = d.paragraphs[cut - 1]
        if not ends_sentence(before) or is_crosshead(before):
            continue  # a sentence or a section would run across the cut
        core = _describe(topics, core_texts)
        tail = range(cut, n)
        if all(
            len(pairs[k]) >= MIN_PAIRS
            and targets[k - first][1] > a
            and named[k - first]
            and targets[k - first][0] > PARAGRAPH_RATIO * _lift(topics, pairs[k], core)
            for k in tail
        ):
            return _runs(topics, pairs, arts, core, heads, a, cut, n, [targets[k - first][1] for k in tail])
    return []


def _headline_pairs(d: Draft) -> frozenset[str]:
    return frozenset().union(*(bigrams(t) for t in _headings(d)))


def _runs(
    topics: Topics,
    pairs: list[frozenset[str]],
    arts: list[_Article],
    core: _Article,
    heads: list[frozenset[str]],
    a: int,
    cut: int,
    n: int,
    dest: list[int],
) -> list[tuple[int, int, int]]:
    """Split the tail into runs by destination; keep the last runs that are clearly foreign as a whole."""
    runs: list[tuple[int, int, int]] = []
    start = cut
    for k in range(cut + 1, n + 1):
        if k == n or dest[k - cut] != dest[start - cut]:
            runs.append((start, k, dest[start - cut]))
            start = k
    kept: list[tuple[int, int, int]] = []
    for s, e, t in reversed(runs):
        together = frozenset().union(*pairs[s:e])
        if _lift(topics, together, arts[t]) < RUN_RATIO * _lift(topics, together, core):
            break
        named = topics.score(heads[t], together)
        if named < MIN_HEADLINE_SHARE or named <= topics.score(heads[a], together):
            break
        kept.append((s, e, t))
    return kept
