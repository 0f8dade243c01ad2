"""What a paragraph is about, measured on character bigrams: which article or neighbours it belongs to.

Chinese has no spaces, so topic words are approximated by pairs of adjacent ideographs
("东辽县抓住…" -> 东辽, 辽县, 县抓, 抓住, …).  Pairs that occur in many paragraphs of the issue
(环境, 建设, 辽源) say little and weigh little (inverse document frequency); pairs that only a
few paragraphs share (美丽乡村's 美丽, 整改方案's 整改) carry the topic.

Scores are the weighted share of a text's pairs found in a profile (a set of pairs), so they
lie in [0, 1].  A long article shares more pairs with anything than a short one does, so
``lift`` divides by what an unrelated paragraph of the issue would score against that profile.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable

# Runs of ideographs (the ranges of transforms.decode.is_cjk).
_IDEOGRAPHS = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


@functools.lru_cache(maxsize=8192)
def bigrams(text: str) -> frozenset[str]:
    """Pairs of adjacent ideographs: "美丽乡村" -> {美丽, 丽乡, 乡村}."""
    pairs: set[str] = set()
    for m in _IDEOGRAPHS.finditer(text):
        run = m.group(0)
        pairs.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(pairs)


class Topics:
    """Bigram weights for one issue, from the texts (paragraphs, headlines) it is made of."""

    def __init__(self, texts: Iterable[str]):
        self.docs = [bigrams(t) for t in texts]
        self.n = len(self.docs)
        self.df: Counter[str] = Counter(b for d in self.docs for b in d)
        self._weights = {b: math.log((self.n + 1) / (k + 0.5)) for b, k in self.df.items()}
        self._unseen = math.log((self.n + 1) / 0.5)
        total = sum(self.weight_of(d) for d in self.docs)
        # What an average paragraph's pairs weigh: the denominator of a typical score.
        self._mean_weight = total / self.n if self.n else 1.0

    def weight(self, pair: str) -> float:
        """Inverse document frequency; a pair in every text weighs close to nothing."""
        return self._weights.get(pair, self._unseen)

    def weight_of(self, pairs: Iterable[str]) -> float:
        get, unseen = self._weights.get, self._unseen
        return sum(get(b, unseen) for b in pairs)

    def score(self, pairs: frozenset[str], profile: frozenset[str] | set[str]) -> float:
        """Weighted share of ``pairs`` that ``profile`` contains (0 for no pairs)."""
        total = self.weight_of(pairs)
        if total <= 0:
            return 0.0
        return self.weight_of(pairs & profile) / total

    def background(self, profile: frozenset[str] | set[str], own: Counter[str], own_docs: int) -> float:
        """Expected score of a paragraph of the issue that is not part of ``profile``'s text.

        ``own`` counts, per pair, the profile's own texts holding it (``own_docs`` of them);
        they are left out, so an article is compared with the rest of the issue.
        """
        others = self.n - own_docs
        if others <= 0 or self._mean_weight <= 0:
            return 1.0
        expected = sum(self.weight(b) * max(0, self.df.get(b, 0) - own.get(b, 0)) for b in profile) / others
        return max(expected / self._mean_weight, 0.02)
