"""The fast backend: jieba.posseg's cut (HMM on), re-implemented where the time goes; same output.

``FastPosseg.cut_many(texts)`` returns, for each text, exactly what
``jieba.posseg.POSTokenizer.cut`` yields (as ``(word, tag)`` pairs, whitespace dropped), for
the same dictionaries, ties included:

- the dictionary route (DAG + ``calc``) of every block of Han/alphanumeric characters of all the
  texts at once, in numpy (:mod:`transforms.dagroute`);
- runs of single characters that are not dictionary words through jieba.posseg's POS-HMM
  Viterbi (:mod:`transforms.poshmm`, numpy, same numbers and same ties);
- the glue (jieba's ``__cut_internal``/``__cut_DAG``/``__cut_detail``) as one loop appending to
  one list: no generator chain, no second regex match per block, whitespace never emitted.

Where the time went on 1.07 MB of real news (SIGHAN 2005 test texts, CPU seconds, one process,
shared machine): jieba.posseg 3.7; the first fast backend 0.94 (jieba_fast's C route 0.36, the
Viterbi 0.25, glue); this one: see the README's "Performance". No table is keyed on text.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat

import jieba.posseg

from transforms.dagroute import PrefixTable
from transforms.poshmm import pos_hmm

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

    ``freq``: the jieba tokenizer's FREQ (prefix dictionary), ``tags``: posseg's word_tag_tab
    with the user words merged in, ``total``: the tokenizer's total frequency; ``table``: the
    :class:`PrefixTable` of ``freq`` when already built (the tokenizer's cache keeps one).
    """

    def __init__(
        self, freq: dict[str, int], tags: dict[str, str], total: float, table: PrefixTable | None = None
    ) -> None:
        self._freq, self._tags = freq, tags
        self.table = table or PrefixTable.build(freq, total)
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
        routes = iter(self._routes(blocks))
        outs = []
        for split in pieces:
            out: list[tuple[str, str]] = []
            for i, blk in enumerate(split):
                if i & 1:
                    self._cut_block(blk, *next(routes), out)
                elif blk:
                    out.extend([(ch, "x") for ch in blk if not ch.isspace()])
            outs.append(out)
        return outs

    def _routes(self, blocks: list[str]) -> list[tuple[list[int], int]]:
        """(route, offset) per block, routed in passes of about ``ROUTE_CHARS`` characters."""
        out: list[tuple[list[int], int]] = []
        start, size = 0, 0
        for end, blk in enumerate(blocks, 1):
            size += len(blk)
            if size >= ROUTE_CHARS or end == len(blocks):
                route, starts = self.table.routes(blocks[start:end])
                out.extend(zip(repeat(route), starts))  # in C: one tuple per block, no generator
                start, size = end, 0
        return out

    def _cut_block(self, sentence: str, route: list[int], at: int, out: list[tuple[str, str]]) -> None:
        """jieba.posseg.POSTokenizer.__cut_DAG: dictionary route, single characters gathered.
        ``route[at + x] - at`` is the last index of the word starting at ``x``."""
        tag = self._tags.get
        x, n, single = 0, len(sentence), -1  # single: start of the current run of one-character words
        while x < n:
            y = route[at + x] + 1 - at
            if y - x == 1:
                if single < 0:
                    single = x
            else:
                if single >= 0:
                    self._flush(sentence[single:x], out)
                    single = -1
                word = sentence[x:y]
                out.append((word, tag(word, "x")))
            x = y
        if single >= 0:
            self._flush(sentence[single:], out)

    def _flush(self, buf: str, out: list[tuple[str, str]]) -> None:
        """A run of single characters: HMM it when it is not itself a dictionary word."""
        tag = self._tags.get
        if len(buf) == 1:
            out.append((buf, tag(buf, "x")))
        elif not self._freq.get(buf):
            self._cut_detail(buf, out)
        else:
            out.extend([(ch, tag(ch, "x")) for ch in buf])

    def _cut_detail(self, sentence: str, out: list[tuple[str, str]]) -> None:
        """jieba.posseg.POSTokenizer.__cut_detail: Han runs through the HMM, the rest by regex."""
        for i, blk in enumerate(_re_han_detail.split(sentence)):
            if i & 1:
                self._hmm.cut_into(blk, out)
                continue
            for x in _re_skip_detail.split(blk):
                if x:
                    out.append((x, "m" if _re_num.match(x) else "eng" if _re_eng.match(x) else "x"))
