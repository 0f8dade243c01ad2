"""The fast backend: jieba.posseg's cut (HMM on), re-implemented where the time goes; same output.

``FastPosseg.cut_many(texts)`` returns, for each text, exactly what
``jieba.posseg.POSTokenizer.cut`` yields (as ``(word, tag)`` pairs, whitespace dropped), for
the same dictionaries, ties included:

- the dictionary route (DAG + ``calc``) of every block of Han/alphanumeric characters of all the
  texts at once, in numpy (:mod:`transforms.dagroute`);
- runs of single characters that are not dictionary words through jieba.posseg's POS-HMM
  Viterbi (:mod:`transforms.poshmm`, numpy, same numbers and same ties);
- the glue (jieba's ``__cut_internal``/``__cut_DAG``/``__cut_detail``) without a Python step
  per word: the words of every block are found by following the route in numpy (all blocks
  side by side, one step per word of the longest block), cut out and tagged by C-level maps,
  and only the runs of single characters that go to the HMM are handled one by one; no
  generator chain, no second regex match per block, whitespace never emitted.

Where the time went on 1.07 MB of real news (SIGHAN 2005 test texts, CPU seconds, one process,
shared machine): jieba.posseg 3.7; the first fast backend 0.94 (jieba_fast's C route 0.36, the
Viterbi 0.25, glue); this one: see the README's "Performance". No table is keyed on text.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from transforms.dagroute import PrefixTable, code_points
from transforms.imports import import_jieba
from transforms.poshmm import pos_hmm

import_jieba()  # jieba without its module-level POS tokenizer (never used here): see there
import jieba.posseg  # noqa: E402

_re_han_internal = jieba.posseg.re_han_internal  # [\u4E00-\u9FD5a-zA-Z0-9+#&\._]+
_re_han_detail = jieba.posseg.re_han_detail
_re_skip_detail = jieba.posseg.re_skip_detail
_re_num = jieba.posseg.re_num
_re_eng = jieba.posseg.re_eng
# Blocks routed per numpy pass: bigger passes amortise the per-step cost, smaller ones stay in
# the CPU caches (measured best between ~20 and ~100 thousand characters).
ROUTE_CHARS = 50_000


class FastPosseg:
    """``jieba.posseg.POSTokenizer(tokenizer).cut`` for one built jieba tokenizer, fast.

    ``table``: the :class:`PrefixTable` of the jieba tokenizer's FREQ (prefix dictionary) and of
    posseg's word_tag_tab with the user words merged in; no Python dict of words is needed.
    """

    def __init__(self, table: PrefixTable) -> None:
        self.table = table
        self._hmm = pos_hmm()

    def cut(self, text: str) -> list[tuple[str, str]]:
        """(word, tag) pairs as jieba.posseg cuts ``text`` (HMM on); whitespace is not emitted."""
        return self.cut_many([text])[0]

    def cut_many(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        """:meth:`cut` of every text; the dictionary route of all of them is computed together."""
        # re.split with one group alternates [other, block, other, block, ..., other]. An
        # "other" piece holds no letter, digit or "._+#&", so each of its characters is a token
        # tagged x (jieba: re_num/re_eng never match there), and whitespace is dropped.
        pieces = [_re_han_internal.split(text) for text in texts]
        blocks = [blk for split in pieces for blk in split[1::2]]
        pairs, bounds, detail = self._block_words(blocks)
        outs = []
        b = 0
        for split in pieces:
            out: list[tuple[str, str]] = []
            for i, blk in enumerate(split):
                if i & 1:
                    a = bounds[b]
                    for x, y, tokens in detail.get(b, ()):  # runs the HMM cut, in order
                        out += pairs[a:x]
                        out += tokens
                        a = y
                    out += pairs[a : bounds[b + 1]]
                    b += 1
                elif blk:
                    out.extend([(ch, "x") for ch in blk if not ch.isspace()])
            outs.append(out)
        return outs

    def _block_words(
        self, blocks: list[str]
    ) -> tuple[list[tuple[str, str]], list[int], dict[int, list[tuple[int, int, list[tuple[str, str]]]]]]:
        """jieba.posseg.POSTokenizer.__cut_DAG of every block, routed in passes of about
        ``ROUTE_CHARS`` characters: ``(pairs, bounds, detail)``, where block ``b``'s words are
        ``pairs[bounds[b] : bounds[b + 1]]`` as the dictionary route cuts them (each tagged as
        jieba tags a word or a single character: its tag, else x), except the runs
        ``detail[b] = [(x, y, tokens)]``: ``pairs[x:y]``, single characters that together are
        not a dictionary word, are cut by ``__cut_detail`` into ``tokens`` instead."""
        words: list[str] = []
        bounds = [0]
        detail: dict[int, list[tuple[int, int, list[tuple[str, str]]]]] = {}
        tags: list[str] = []
        table = self.table
        start, size = 0, 0
        for end, blk in enumerate(blocks, 1):
            size += len(blk)
            if size < ROUTE_CHARS and end < len(blocks):
                continue
            part = blocks[start:end]
            joined = "\0".join(part) + "\0"  # as route_array lays them out: a sentinel after each
            cps = code_points(joined)
            route = table.route_of(cps)
            lens = np.fromiter(map(len, part), dtype=np.int64, count=len(part))
            first = np.cumsum(lens + 1) - lens - 1  # each block's first position
            is_end = np.zeros(route.size, dtype=bool)
            is_end[first + lens] = True
            # The words start where jieba's __cut_DAG steps: from each block's start, one word
            # (route[x] + 1) at a time, every block at once.
            starts = np.zeros(route.size, dtype=bool)
            at = first
            while at.size:
                starts[at] = True
                at = route[at] + 1
                at = at[~is_end[at]]
            ws = np.flatnonzero(starts)
            we = route[ws] + 1
            block = np.searchsorted(first, ws, side="right") - 1
            n0 = len(words)
            words += map(joined.__getitem__, map(slice, ws.tolist(), we.tolist()))
            # jieba tags a dictionary word, and each character of a run it does not cut, by
            # word_tag_tab: here by the word's node, found in the table, not a dict of 350k words
            tags += table.tags_of(table.nodes(cps, ws, we - ws))
            bounds += (n0 + np.cumsum(np.bincount(block, minlength=len(part)))).tolist()
            # Runs of two or more one-character words in a block: jieba's buf, which the HMM cuts
            # unless the run is itself a dictionary word.
            single = we - ws == 1
            joins = single[1:] & single[:-1] & (block[1:] == block[:-1])
            if joins.any():
                begin = np.flatnonzero(single & ~np.concatenate(([False], joins)))
                stop = np.flatnonzero(single & ~np.concatenate((joins, [False]))) + 1
                two = stop - begin >= 2
                begin, stop = begin[two], stop[two]
                p, q = ws[begin], we[stop - 1]
                unknown = ~table.is_word(table.nodes(cps, p, q - p))  # jieba: `if not FREQ.get(buf)`
                begin, stop, p, q = begin[unknown], stop[unknown], p[unknown], q[unknown]
                runs = zip(begin.tolist(), stop.tolist(), block[begin].tolist(), p.tolist(), q.tolist())
                for x, y, b, p0, q0 in runs:
                    tokens: list[tuple[str, str]] = []
                    self._cut_detail(joined[p0:q0], tokens)
                    detail.setdefault(start + b, []).append((n0 + x, n0 + y, tokens))
            start, size = end, 0
        return list(zip(words, tags)), bounds, detail

    def _cut_detail(self, sentence: str, out: list[tuple[str, str]]) -> None:
        """jieba.posseg.POSTokenizer.__cut_detail: Han runs through the HMM, the rest by regex."""
        for i, blk in enumerate(_re_han_detail.split(sentence)):
            if i & 1:
                self._hmm.cut_into(blk, out)
                continue
            for x in _re_skip_detail.split(blk):
                if x:
                    out.append((x, "m" if _re_num.match(x) else "eng" if _re_eng.match(x) else "x"))
