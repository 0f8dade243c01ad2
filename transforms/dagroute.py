"""jieba's dictionary route (``Tokenizer.get_DAG`` + ``calc``) for many blocks at once, in numpy.

jieba cuts a block of Han/alphanumeric characters ("党委书记郭银虎在横幅上签了名") by building the
DAG of every dictionary word starting at every position, then choosing, from the end of the
block backwards, the word whose log-probability plus the best route after it is largest::

    route[idx] = max((log(FREQ.get(block[idx:x + 1]) or 1) - logtotal + route[x + 1][0], x) for x in DAG[idx])

Done per block and per character in Python (jieba) or through Python dict look-ups of fresh
slices (jieba_fast's C), this is the largest cost of tokenising real text. Here every block of
a batch of texts is looked up at once: the prefix dictionary is a sorted array of
(parent word, next character) pairs, so all words of length L starting anywhere are found with
one ``searchsorted`` per L; the route is then computed for every block at the same time, one
distance-from-the-block's-end per step. Same floating-point operations in the same order as
jieba, and jieba's tie-break (the larger ``x``, i.e. the longer word, wins a tie: 源源 源, 手牵着 手),
so the route is identical, not merely close. No table is keyed on text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

_CHAR_BITS = 21  # code points < 2**21; a (parent, char) pair is (parent + 1) << 21 | char
_SENTINEL = -1  # a slot between two blocks: no word contains it
_FIRST = 1 << 16
# The route in numpy costs ~10 us per step (one step per character of the longest block) and
# little per position; in Python ~0.7 us per position. Numpy when positions > SMALL_STEPS x steps.
SMALL_STEPS = 14
NO_TAG = "x"  # jieba.posseg's tag of a word word_tag_tab lacks


class PrefixTable:
    """jieba's FREQ (every word and every prefix of a word) and posseg's tags as arrays; build
    once per process, load from the tokenizer's cache in milliseconds (no Python dict of words).

    Node ``i`` is the i-th key of FREQ. ``pairs`` holds ``(parent + 1) << 21 | last char`` of
    every key, sorted (a one-character key has parent -1), ``child`` the node of each pair,
    ``lp`` each node's ``log(freq) - log(total)`` (NaN: freq 0, a prefix only), ``tag`` each
    node's tag as an index into ``tag_names`` (0 is "x", which jieba.posseg gives a word it has
    no tag for).
    """

    def __init__(
        self, pairs: np.ndarray, child: np.ndarray, lp: np.ndarray, logtotal: float,
        tag: np.ndarray | None = None, tag_names: Sequence[str] = (NO_TAG,),
    ) -> None:
        self.pairs, self.child, self.lp, self.logtotal = pairs, child, lp, logtotal
        self.tag = np.zeros(lp.size, dtype=np.uint16) if tag is None else tag
        self.tag_names = tuple(tag_names)
        if not (pairs.size == child.size == lp.size == self.tag.size) or self.tag_names[:1] != (NO_TAG,):
            raise ValueError("a prefix table's arrays disagree")  # a damaged or foreign cache file
        # One-character keys by code point (every key's characters are < U+10000): the first
        # look-up, made from every position, is then an index, not a binary search.
        singles = pairs < (1 << _CHAR_BITS)
        self.first = np.full(_FIRST, -1, dtype=np.int64)
        codes = pairs[singles]
        inside = codes < _FIRST
        self.first[codes[inside]] = child[singles][inside]

    @classmethod
    def build(cls, freq: dict[str, int], total: float, tags: dict[str, str] | None = None) -> PrefixTable:
        """From a jieba tokenizer's FREQ and total (after user words were added) and posseg's
        word_tag_tab with the user tags merged in."""
        tags = tags or {}
        # posseg tags a character the route leaves alone by word_tag_tab even when FREQ lacks it:
        # such a character is a node too, with freq 0, so that it keeps its tag (none in jieba's
        # dictionary; a made-up user dictionary could make one).
        freq = {**freq, **{w: 0 for w in tags if len(w) == 1 and w not in freq}}
        keys = list(freq)
        ids = {w: i for i, w in enumerate(keys)}
        parent = np.fromiter((ids[w[:-1]] if len(w) > 1 else -1 for w in keys), dtype=np.int64, count=len(keys))
        last = np.fromiter((ord(w[-1]) for w in keys), dtype=np.int64, count=len(keys))
        pairs = ((parent + 1) << _CHAR_BITS) | last
        order = np.argsort(pairs, kind="stable")
        logtotal = math.log(total)
        # math.log, as jieba's calc: numpy's vectorised log may differ in the last bit.
        # NaN marks a prefix that is not itself a word (FREQ value 0): it never becomes an edge.
        lp = np.array([math.log(f) - logtotal if f else math.nan for f in freq.values()], dtype=np.float64)
        names = [NO_TAG, *sorted(set(tags.values()) - {NO_TAG})]
        index = {t: i for i, t in enumerate(names)}
        tag = np.fromiter((index[tags.get(w, NO_TAG)] for w in keys), dtype=np.uint16, count=len(keys))
        return cls(pairs[order], order.astype(np.int32), lp, logtotal, tag, names)

    def to_arrays(self) -> tuple[bytes, bytes, bytes, float, bytes, tuple[str, ...]]:
        """A marshal-able form (see ``from_arrays``): what the tokenizer cache keeps."""
        arrays = self.pairs, self.child, self.lp
        return *(a.tobytes() for a in arrays), self.logtotal, self.tag.tobytes(), self.tag_names

    @classmethod
    def from_arrays(cls, parts: tuple[bytes, bytes, bytes, float, bytes, tuple[str, ...]]) -> PrefixTable:
        pairs, child, lp, logtotal, tag, names = parts
        return cls(np.frombuffer(pairs, dtype=np.int64), np.frombuffer(child, dtype=np.int32),
                   np.frombuffer(lp, dtype=np.float64), float(logtotal), np.frombuffer(tag, dtype=np.uint16), names)

    def nodes(self, cps: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """The node of each span ``cps[start : start + length]`` (length >= 1), -1 where FREQ
        has no such key: ``FREQ.get(span)`` and ``word_tag_tab.get(span)`` of many spans at once,
        one trie step per character of the longest span."""
        ch = cps[starts]
        node = np.where((ch >= 0) & (ch < _FIRST), self.first[np.clip(ch, 0, _FIRST - 1)], -1)
        live = np.flatnonzero((lengths > 1) & (node >= 0))
        top = self.pairs.size - 1
        k = 1
        while live.size:
            want = ((node[live] + 1) << _CHAR_BITS) | cps[starts[live] + k]
            o = np.argsort(want)  # sorted queries: numpy's binary search is much faster (see _edges)
            i = np.empty_like(o)
            i[o] = np.minimum(np.searchsorted(self.pairs, want[o]), top)
            hit = self.pairs[i] == want
            node[live] = np.where(hit, self.child[i], -1)
            k += 1
            live = live[hit & (lengths[live] > k)]
        return node

    def is_word(self, nodes: np.ndarray) -> np.ndarray:
        """jieba's ``if FREQ.get(word)`` for :meth:`nodes`' answers: a key with a frequency."""
        return (nodes >= 0) & ~np.isnan(self.lp[nodes])  # lp[-1] of an absent key is masked off

    def tags_of(self, nodes: np.ndarray) -> list[str]:
        """posseg's ``word_tag_tab.get(word, "x")`` for :meth:`nodes`' answers."""
        return list(map(self.tag_names.__getitem__, np.where(nodes >= 0, self.tag[nodes], 0).tolist()))

    def routes(self, blocks: Sequence[str]) -> tuple[list[int], list[int]]:
        """jieba's route for every block: ``(route, starts)`` where block ``b`` occupies
        ``starts[b] .. starts[b] + len(blocks[b])`` of ``route`` and ``route[p]`` is the
        (absolute) index of the last character of the word starting at ``p``."""
        route = self.route_array(blocks)
        starts, at = [], 0
        for b in blocks:
            starts.append(at)
            at += len(b) + 1
        return route.tolist(), starts

    def route_array(self, blocks: Sequence[str]) -> np.ndarray:
        """:meth:`routes`' route as an array over ``"\0".join(blocks) + "\0"``: a block's
        sentinel slot after it (``route[p] = p`` there)."""
        return self.route_of(code_points("\0".join(blocks) + "\0"))

    def route_of(self, cps: np.ndarray) -> np.ndarray:
        """:meth:`route_array` of blocks already laid out by :func:`code_points`."""
        is_end = cps == _SENTINEL
        m = cps.size
        src, end, lp = self._edges(cps)
        src, end, lp = self._with_fallbacks(src, end, lp, is_end, m)
        return np.asarray(self._route(src, end, lp, is_end, m), dtype=np.int64)

    def _edges(self, cps: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every (start, last index, log-prob) of a dictionary word in the text: jieba's DAG."""
        pairs, child, lps = self.pairs, self.child, self.lp
        top = pairs.size - 1
        starts = np.flatnonzero(cps != _SENTINEL)
        node = np.full(cps.size, -1, dtype=np.int64)  # the key matched so far from each start
        srcs, ends, vals = [], [], []
        length = 0
        while starts.size:
            at = starts + length
            ok = at < cps.size
            starts, at = starts[ok], at[ok]
            ch = cps[at]
            ok = ch != _SENTINEL  # a word never runs past its block
            starts, at, ch = starts[ok], at[ok], ch[ok]
            if length == 0:
                found = np.where(ch < _FIRST, self.first[np.minimum(ch, _FIRST - 1)], -1)
                hit = found >= 0
                found = found[hit]
            else:
                want = ((node[starts] + 1) << _CHAR_BITS) | ch
                # Sorted queries: numpy's binary search starts from the previous answer (~8x).
                o = np.argsort(want)
                i = np.empty_like(o)
                i[o] = np.minimum(np.searchsorted(pairs, want[o]), top)
                hit = pairs[i] == want
                found = child[i[hit]].astype(np.int64)
            starts, at = starts[hit], at[hit]
            node[starts] = found
            val = lps[found]
            word = ~np.isnan(val)  # jieba: `if self.FREQ[frag]` (a prefix only is not a word)
            srcs.append(starts[word])
            ends.append(at[word])
            vals.append(val[word])
            length += 1
        if not srcs:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0)
        return np.concatenate(srcs), np.concatenate(ends), np.concatenate(vals)

    def _with_fallbacks(self, src, end, lp, is_end, m):
        """jieba: ``if not tmplist: tmplist.append(k)`` with ``log(FREQ.get(ch) or 1) = 0``."""
        has = np.zeros(m, dtype=bool)
        has[src] = True
        alone = np.flatnonzero(~has & ~is_end)
        fallback = np.full(alone.size, 0.0 - self.logtotal)  # log(1) - logtotal, as jieba computes it
        return np.concatenate([src, alone]), np.concatenate([end, alone]), np.concatenate([lp, fallback])

    @staticmethod
    def _route(src, end, lp, is_end, m) -> np.ndarray | list[int]:
        # A position's edges the longest word first: the first maximum is then jieba's
        # tie-break, max((prob, x)) -> the larger x.
        order = np.lexsort((-end, src))
        src, end, lp = src[order], end[order], lp[order]
        degree = np.bincount(src, minlength=m)
        ends = np.flatnonzero(is_end)
        longest = int(np.diff(ends, prepend=-1).max()) if ends.size else 0
        if m < SMALL_STEPS * longest:  # a few short texts: one Python step per position is cheaper
            return _route_loop(src.tolist(), end.tolist(), lp.tolist(), degree.tolist(), is_end.tolist())
        width = int(degree.max()) if degree.size else 1
        first = np.concatenate([[0], np.cumsum(degree)[:-1]])
        col = np.arange(src.size) - first[src]
        lp2 = np.full((m, width), -np.inf)
        nxt = np.zeros((m, width), dtype=np.int64)  # index of route[x + 1]; padding reads slot 0
        lp2[src, col] = lp
        nxt[src, col] = end + 1
        # Distance of each position from its block's end (the sentinel after it): positions at
        # the same distance depend only on positions nearer the end, so they go in one step.
        dist = ends[np.searchsorted(ends, np.arange(m))] - np.arange(m) - 1
        score = np.zeros(m)  # route[N][0] = 0 at every sentinel
        best = np.arange(m)
        by_dist = np.argsort(dist, kind="stable")
        counts = np.bincount(dist[~is_end]) if m else np.zeros(0, dtype=np.int64)
        at = int(is_end.sum())  # the sentinels (distance -1) sort first
        for n in counts.tolist():
            rows = by_dist[at : at + n]
            at += n
            vals = lp2[rows] + score[nxt[rows]]  # (log(f) - logtotal) + route[x + 1][0], jieba's order
            j = vals.argmax(axis=1)
            pick = np.arange(rows.size)
            score[rows] = vals[pick, j]
            best[rows] = nxt[rows, j] - 1
        return best


def code_points(joined: str) -> np.ndarray:
    """Code points of ``"\0".join(blocks) + "\0"``, each "\0" (the slot after a block, never in
    one: blocks are [\u4E00-\u9FD5a-zA-Z0-9+#&._]+) as the sentinel no word contains."""
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    cps[cps == 0] = _SENTINEL
    return cps


def _route_loop(src: list[int], end: list[int], lp: list[float], degree: list[int], is_end: list[bool]) -> list[int]:
    """The same route, one position at a time (jieba's ``calc`` over the same edges, same floats)."""
    m = len(is_end)
    score = [0.0] * m
    best = list(range(m))
    first = [0] * (m + 1)
    for p, d in enumerate(degree):
        first[p + 1] = first[p] + d
    for p in range(m - 1, -1, -1):
        if is_end[p]:
            continue
        top, pick = -math.inf, p
        for e in range(first[p], first[p + 1]):  # longest word first: the first maximum wins
            v = lp[e] + score[end[e] + 1]
            if v > top:
                top, pick = v, end[e]
        score[p], best[p] = top, pick
    return best
