"""The fast backend: jieba.posseg's cut (HMM on), re-implemented where the time goes; same output.

``FastPosseg.cut(text)`` returns exactly what ``jieba.posseg.POSTokenizer.cut`` yields (as
``(word, tag)`` pairs, whitespace dropped), for the same dictionaries:

- the DAG + route of every block of Han/alphanumeric characters runs in jieba_fast's C function
  ``_get_DAG_and_calc`` (one known difference: when two routes have exactly equal probability,
  in practice a run of one repeated character or "手牵着手", jieba keeps the longer first word:
  源源 源, 手牵着 手; the C code the shorter: 源 源源, 手 牵着手);
- runs of single characters that are not dictionary words go through jieba.posseg's POS-HMM
  Viterbi (:class:`PosHmm`, numpy, same numbers and same ties);
- the glue is one loop appending to one list: no generator chain, no second regex match per
  block, whitespace never emitted.

jieba.posseg runs the HMM over every run of characters its dictionary route leaves as single
characters and that is not itself a dictionary word ("郭金龙" in "党委书记郭金龙在哈达上签了名",
"1998年" → "年"). On real news text such runs are short (of 10,745 runs in the SIGHAN 2005 test
texts, 17 % are one character, 56 % two, 1 % longer than five) and many, so the cost is the
fixed cost per run and per step, not the arithmetic: everything a run's first character
decides (its candidate states, their start scores, which of them can be followed and by what)
comes from per-character model tables, a one-character run is a table look-up, and the last
step keeps no back-pointer table. No table is keyed on text.
"""

from __future__ import annotations

from typing import NamedTuple

import jieba.posseg
import numpy as np

try:  # jieba_fast's C helpers, imported directly so jieba_fast's own module globals are not built
    import _jieba_fast_functions_py3 as _jf_c
except ImportError:  # pragma: no cover - jieba-fast is a declared dependency
    _jf_c = None

AVAILABLE = _jf_c is not None
_re_han_internal = jieba.posseg.re_han_internal  # [\u4E00-\u9FD5a-zA-Z0-9+#&\._]+
_re_han_detail = jieba.posseg.re_han_detail
_re_skip_detail = jieba.posseg.re_skip_detail
_re_num = jieba.posseg.re_num
_re_eng = jieba.posseg.re_eng

MIN_FLOAT = -3.14e100  # jieba's "impossible" emission probability, kept bit-for-bit


class _CharModel(NamedTuple):
    """What the model says about one character, whatever the text around it."""

    mask: np.ndarray  # bool[n]: its candidate states (all states for a character the model lacks)
    emit: np.ndarray  # float[n]: emission log-probability per state (MIN_FLOAT when absent)
    first: int  # the best state of a run made of this character alone
    prev: np.ndarray  # candidate states that have successors, as the first character of a run
    vprev: np.ndarray  # their start scores (start + emit)
    expect: np.ndarray  # bool[n]: the states those can be followed by


class PosHmm:
    """Viterbi over jieba.posseg's (BMES, tag) states; one instance per process (read-only tables)."""

    def __init__(self) -> None:
        from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

        self.states = sorted(trans_P, reverse=True)
        index = {s: i for i, s in enumerate(self.states)}
        n = len(self.states)
        self.trans = np.full((n, n), -np.inf)
        self.succ = np.zeros((n, n), dtype=bool)  # y0 -> y has an entry in trans_P
        for y0, row in trans_P.items():
            for y, p in row.items():
                self.trans[index[y0], index[y]] = p
                self.succ[index[y0], index[y]] = True
        self.has_out = np.array([bool(trans_P[s]) for s in self.states])
        self.start = np.array([start_P[s] for s in self.states])
        self.all_idx = np.arange(n)
        self._emit_P = emit_P
        self._cand = {ch: np.array(sorted(index[s] for s in sts)) for ch, sts in char_state_tab_P.items()}
        self._chars: dict[str, _CharModel] = {}  # per character: a model table, not a text cache
        self.bmes = [s[0] for s in self.states]
        self.tags = [s[1] for s in self.states]

    def _char(self, ch: str) -> _CharModel:
        model = self._chars.get(ch)
        if model is None:
            model = self._chars[ch] = self._char_model(ch)
        return model

    def _char_model(self, ch: str) -> _CharModel:
        n = len(self.states)
        emit = np.array([self._emit_P[s].get(ch, MIN_FLOAT) for s in self.states])
        cand = self._cand.get(ch, self.all_idx)
        mask = np.zeros(n, dtype=bool)
        mask[cand] = True
        v0 = self.start[cand] + emit[cand]  # jieba: start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT)
        keep = self.has_out[cand]
        prev = cand[keep]
        return _CharModel(mask, emit, int(cand[v0.argmax()]), prev, v0[keep], self.succ[prev].any(axis=0))

    def viterbi(self, obs: str) -> list[int]:
        """State index per character of ``obs`` (a run of Han characters)."""
        first = self._char(obs[0])
        if len(obs) == 1:
            return [first.first]
        prev, vprev, expect = first.prev, first.vprev, first.expect
        trans, last = self.trans, len(obs) - 1
        backs: list[np.ndarray] = []
        for t in range(1, len(obs)):
            model = self._char(obs[t])
            cand = np.flatnonzero(model.mask & expect)
            if cand.size == 0:  # jieba: obs_states = prev_states_expect_next or all_states
                cand = np.flatnonzero(expect) if expect.any() else self.all_idx
            # jieba: V[t-1][y0] + trans_p[y0].get(y, -inf) + emit_p[y].get(obs[t], MIN_FLOAT), in that order
            scores = vprev[:, None] + trans[prev[:, None], cand]
            scores += model.emit[cand]
            best = scores.argmax(axis=0)
            v = scores.max(axis=0)
            if t == last:
                j = int(v.argmax())
                route = [int(cand[j]), int(prev[best[j]])]
                break
            back = np.empty(len(self.states), dtype=np.intp)
            back[cand] = prev[best]
            backs.append(back)
            keep = self.has_out[cand]
            prev, vprev = cand[keep], v[keep]
            expect = self.succ[prev].any(axis=0)
        state = route[-1]
        for back in reversed(backs):
            state = int(back[state])
            route.append(state)
        route.reverse()
        return route

    def cut_into(self, sentence: str, out: list[tuple[str, str]]) -> None:
        """jieba.posseg.POSTokenizer.__cut: B..E spans become words tagged by the E state."""
        route = self.viterbi(sentence)
        bmes, tags = self.bmes, self.tags
        begin, nexti = 0, 0
        for i, st in enumerate(route):
            b = bmes[st]
            if b == "B":
                begin = i
            elif b == "E":
                out.append((sentence[begin : i + 1], tags[st]))
                nexti = i + 1
            elif b == "S":
                out.append((sentence[i], tags[st]))
                nexti = i + 1
        if nexti < len(sentence):
            out.append((sentence[nexti:], tags[route[nexti]]))


_HMM: PosHmm | None = None


def pos_hmm() -> PosHmm:
    """The process's one :class:`PosHmm` (the model tables are read-only; one copy is enough)."""
    global _HMM
    if _HMM is None:
        _HMM = PosHmm()
    return _HMM


class FastPosseg:
    """``jieba.posseg.POSTokenizer(tokenizer).cut`` for one built jieba tokenizer, fast.

    ``freq``: the jieba tokenizer's FREQ (prefix dictionary), ``tags``: posseg's word_tag_tab
    with the user words merged in, ``total``: the tokenizer's total frequency.
    """

    def __init__(self, freq: dict[str, int], tags: dict[str, str], total: float) -> None:
        if _jf_c is None:  # pragma: no cover - jieba-fast is a declared dependency
            raise RuntimeError("the fast backend needs jieba-fast's C helpers")
        self._freq, self._tags, self._total = freq, tags, float(total)
        self._hmm = pos_hmm()

    def cut(self, text: str) -> list[tuple[str, str]]:
        """(word, tag) pairs as jieba.posseg cuts ``text`` (HMM on); whitespace is not emitted."""
        out: list[tuple[str, str]] = []
        # re.split with one group alternates [other, block, other, block, ..., other]. An
        # "other" piece holds no letter, digit or "._+#&", so each of its characters is a token
        # tagged x (jieba: re_num/re_eng never match there), and whitespace is dropped.
        for i, blk in enumerate(_re_han_internal.split(text)):
            if i & 1:
                self._cut_block(blk, out)
            elif blk:
                out.extend([(ch, "x") for ch in blk if not ch.isspace()])
        return out

    def _cut_block(self, sentence: str, out: list[tuple[str, str]]) -> None:
        """jieba.posseg.POSTokenizer.__cut_DAG: dictionary route, single characters gathered."""
        route: list[int] = []
        _jf_c._get_DAG_and_calc(self._freq, sentence, route, self._total)
        tag = self._tags.get
        x, n, single = 0, len(sentence), -1  # single: start of the current run of one-character words
        while x < n:
            y = route[x] + 1
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
