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
import operator
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, repeat

import numpy as np

from transforms.decode import CJK_RANGES, code_points, ideographs

# Every pair of adjacent ideographs (the ranges of transforms.decode.is_cjk), overlapping: the
# lookahead matches empty at each position and captures the two characters there.
_PAIRS = re.compile(f"(?=([{CJK_RANGES}][{CJK_RANGES}]))")
# A pair is kept as one int, its two code points side by side ("美丽" -> 0x7F8E << 21 | 0x4E3D; a
# code point fits in 21 bits): a page's pairs are made in one numpy pass, an int is smaller than a
# two-character string and hashes to itself, so a set of pairs iterates in the same order in every
# process and weights add up to the same last bit.
_SHIFT = 21
# Below this length a text's pairs are found by the regex; from it on numpy's fixed cost pays.
_NUMPY_FROM = 200

_pairs_of: dict[str, frozenset[int]] = {}
# Texts memoised at most: an issue holds a few thousand (lines, paragraphs, headings); a file far
# larger than any issue starts the memo afresh rather than hold every paragraph's pairs at once.
MEMO_SIZE = 65536


def pair_key(pair: str) -> int:
    """The int a pair of ideographs is kept as: pair_key("美丽") in bigrams("美丽乡村")."""
    return ord(pair[0]) << _SHIFT | ord(pair[1])


def bigrams(text: str) -> frozenset[int]:
    """Pairs of adjacent ideographs (``pair_key``): "美丽乡村" -> {美丽, 丽乡, 乡村}.  Memoised for
    the issue being parsed (``forget_pairs``): the same paragraph is compared many times."""
    pairs = _pairs_of.get(text)
    if pairs is None:
        if len(_pairs_of) >= MEMO_SIZE:
            _pairs_of.clear()
        if len(text) < _NUMPY_FROM:
            pairs = frozenset([ord(p[0]) << _SHIFT | ord(p[1]) for p in _PAIRS.findall(text)])
        else:
            pairs = _numpy_bigrams([text])[0]
        _pairs_of[text] = pairs
    return pairs


def bigrams_of(texts: Sequence[str]) -> list[frozenset[int]]:
    """``bigrams`` of each of ``texts``; those not yet made are made together, in one numpy pass
    (a page's lines: about half the cost of one by one)."""
    new = [t for t in dict.fromkeys(texts) if t not in _pairs_of]
    if len(new) < 2:
        return [bigrams(t) for t in texts]
    made = dict(zip(new, _numpy_bigrams(new)))
    if len(_pairs_of) + len(made) > MEMO_SIZE:
        _pairs_of.clear()
    _pairs_of.update(made)
    return [made.get(t) or bigrams(t) for t in texts]


def forget_pairs() -> None:
    """Drop the memo of ``bigrams``: no text is served from memory across issues, which would
    flatter throughput on archives that recombine the same articles."""
    _pairs_of.clear()


def _numpy_bigrams(texts: list[str]) -> list[frozenset[int]]:
    """``bigrams`` of each of ``texts``, joined by "\n" (no ideograph, so no pair spans two)."""
    codes = code_points("\n".join(texts)).astype(np.int64)
    ideograph = ideographs(codes)
    at = np.flatnonzero(ideograph[:-1] & ideograph[1:])  # where a pair starts
    keys = ((codes[at] << _SHIFT) | codes[at + 1]).tolist()
    ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1)
    cuts = np.searchsorted(at, ends).tolist()  # each text's first pair in ``keys``: the starts before its end
    return [frozenset(keys[lo:hi]) for lo, hi in zip([0, *cuts], cuts)]


class Topics:
    """Bigram weights for one issue, from the texts (paragraphs, headlines) it is made of."""

    def __init__(self, texts: Iterable[str], *, only: frozenset[int] | None = None):
        """``only``: weigh just these pairs (a caller that scores a few texts' pairs and never
        asks for ``background``); any other pair then weighs as unseen."""
        self.docs = bigrams_of(list(texts))
        self.n = len(self.docs)
        self._only = only
        pairs = self.docs if only is None else map(only.intersection, self.docs)
        self.df: Counter[int] = Counter(chain.from_iterable(pairs))
        # A pair's weight depends on its document frequency alone, so weights are looked up by
        # frequency (df.get(pair, 0), then this list) and never stored per pair: a page has
        # thousands of distinct pairs, and most are never weighed.  Index 0 is a pair no text
        # holds ("…2024" + "年我…", made across a join).  One logarithm per distinct frequency.
        self._by_df = [math.log((self.n + 1) / 0.5)] * (max(self.df.values(), default=0) + 1)
        for k in set(self.df.values()):
            self._by_df[k] = math.log((self.n + 1) / (k + 0.5))
        self._doc_weights: dict[int, tuple[frozenset[int], float]] = {}

    @functools.cached_property
    def _mean_weight(self) -> float:
        """What an average paragraph's pairs weigh: the denominator of a typical score.
        Only ``background`` needs it, so it is summed on first use."""
        total = sum(map(self._doc_weight, self.docs))
        return total / self.n if self.n else 1.0

    @functools.cached_property
    def _held_by_df(self) -> list[float]:
        """Document frequency -> a pair's weight times the texts holding it (``df``): the terms of
        ``texts_background``'s first sum, looked up by the hundreds of profiles it sums.  A pair no
        text of the issue holds (one made across a join, "…2024" + "年我…") adds 0."""
        return [0.0, *map(operator.mul, self._by_df[1:], range(1, len(self._by_df)))]

    def _weights_of(self, pairs: Iterable[int], by_df: list[float]) -> Iterator[float]:
        """Each pair's entry of ``by_df`` (a list indexed by document frequency), lazily, in C."""
        return map(by_df.__getitem__, map(self.df.get, pairs, repeat(0)))

    def _doc_weight(self, doc: frozenset[int]) -> float:
        """``weight_of(doc)`` for one text's pairs, summed once: the stranded-lead pass weighs the
        same paragraphs again for every cut it tries and every article it describes.  Keyed by the
        object (kept alive with its sum, so its id is not reused): an equal set built in another
        order may add its weights in another order, a different last bit."""
        hit = self._doc_weights.get(id(doc))
        if hit is None:
            hit = self._doc_weights[id(doc)] = (doc, self.weight_of(doc))
        return hit[1]

    def weight(self, pair: int) -> float:
        """Inverse document frequency of a pair (``pair_key``); a pair in every text weighs close
        to nothing."""
        return self._by_df[self.df.get(pair, 0)]

    def weight_of(self, pairs: Iterable[int]) -> float:
        return sum(self._weights_of(pairs, self._by_df))

    def score(self, pairs: frozenset[int], profile: frozenset[int] | set[int]) -> float:
        """Weighted share of ``pairs`` that ``profile`` contains (0 for no pairs)."""
        total = self.weight_of(pairs)
        if total <= 0:
            return 0.0
        return self.weight_of(pairs & profile) / total

    def background(
        self, profile: frozenset[int] | set[int], own: Counter[int], own_docs: int, *, own_in_issue: bool = False
    ) -> float:
        """Expected score of a paragraph of the issue that is not part of ``profile``'s text.

        ``own`` counts, per pair, the profile's own texts holding it (``own_docs`` of them);
        they are left out, so an article is compared with the rest of the issue.
        ``own_in_issue``: the caller knows those texts are among the issue's, so no count
        goes below zero and the clamp (half the cost) is skipped; the sum is the same.
        """
        if self._only is not None:
            raise ValueError("background needs the weights of all pairs; these topics weigh only some")
        others = self.n - own_docs
        if others <= 0 or self._mean_weight <= 0:
            return 1.0
        # sum(weight(b) * max(0, df[b] - own[b]) for b in profile), term by term in C.
        left = map(operator.sub, map(self.df.__getitem__, profile), map(own.__getitem__, profile))
        if not own_in_issue:
            left = map(max, repeat(0), left)
        terms = map(operator.mul, self._weights_of(profile, self._by_df), left)
        expected = sum(terms) / others
        return max(expected / self._mean_weight, 0.02)

    def texts_background(self, docs: Sequence[frozenset[int]]) -> tuple[frozenset[int], float]:
        """The profile of some of the issue's own texts (their pairs, ``docs``) and its
        ``background``, without counting the pairs: the counts' sum, weight times the texts
        holding each pair, is the sum of each text's own pair weights.  So
        sum(weight(b) * (df[b] - own[b])) = sum(weight(b) * df[b]) - sum(weight_of(doc)), two sums
        in C where the counts cost a dictionary update per pair (the stranded-lead pass describes
        hundreds of articles an issue).  Equal to ``background(profile, own, len(docs),
        own_in_issue=True)`` up to the rounding of the sums."""
        profile = frozenset().union(*docs)
        if self._only is not None:
            raise ValueError("background needs the weights of all pairs; these topics weigh only some")
        others = self.n - len(docs)
        if others <= 0 or self._mean_weight <= 0:
            return profile, 1.0
        issue = sum(self._weights_of(profile, self._held_by_df))
        own = sum(map(self._doc_weight, docs))
        return profile, max((issue - own) / others / self._mean_weight, 0.02)
