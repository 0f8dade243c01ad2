"""jieba.posseg's POS-HMM Viterbi, vectorised with numpy: the same numbers and the same ties.

jieba.posseg runs this HMM over every run of characters its dictionary route leaves as single
characters and that is not itself a dictionary word ("郭银虎" in "党委书记郭银虎在横幅上签了名",
"1998年" → "年"). On real news text such runs are short (of 10,745 runs in the SIGHAN 2005 test
texts, 17 % are one character, 56 % two, 1 % longer than five) and many, so the cost is the
fixed cost per run and per step and the gather of each step's transitions (≈ 8 million
(state, previous state) pairs per MB): everything a run's first character decides (its
candidate states, their start scores, which of them can be followed and by what) comes from
per-character model tables, a one-character run is a table look-up, a step is one flat gather
and no set algebra (see :meth:`PosHmm.viterbi`), and the last step keeps no back-pointer table.
No table is keyed on text.

States are indexed in DESCENDING tuple order, so ``argmax`` (first maximum) picks the largest
state among equal probabilities, as ``max((prob, y0) ...)`` does in jieba.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

MIN_FLOAT = -3.14e100  # jieba's "impossible" emission probability, kept bit-for-bit


class _CharModel(NamedTuple):
    """What the model says about one character, whatever the text around it."""

    emit: np.ndarray  # float[n]: emission log-probability per state (MIN_FLOAT when absent)
    first: int  # the best state of a run made of this character alone
    cand: np.ndarray  # its candidate states (all states for a character the model lacks)
    follow: np.ndarray  # bool: which of them have successors
    prev: np.ndarray  # those: the previous states of the next character
    vprev: np.ndarray  # their start scores (start + emit), as the first character of a run
    # As a later character of a run:
    cand_off: np.ndarray  # the candidates' rows in the flat transitions (trans_flat), a column
    emit_col: np.ndarray  # their emissions, a column
    rows: np.ndarray  # 0 .. number of candidates - 1


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
        self.trans_t = np.ascontiguousarray(self.trans.T)  # [y, y0]: a candidate's row of predecessors
        self.trans_flat = self.trans_t.ravel()  # trans_t[y, y0] = trans_flat[y * n + y0]
        self.has_out = np.array([bool(trans_P[s]) for s in self.states])
        self.start = np.array([start_P[s] for s in self.states])
        self.all_idx = np.arange(n)
        # A character's emissions and candidate states are read from jieba's tables when the
        # character is first met (:meth:`_char_model`): re-indexing all 89k emissions by character
        # up front cost ~0.15 s of every process's start, for the few hundred characters a
        # one-file run's unknown words use.
        self._emit_p = [emit_P[s] for s in self.states]
        self._index, self._char_states = index, char_state_tab_P
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
        # emit_p[y].get(ch, MIN_FLOAT) for every state y
        emit = np.fromiter((e.get(ch, MIN_FLOAT) for e in self._emit_p), dtype=np.float64, count=n)
        states = self._char_states.get(ch)
        cand = self.all_idx if states is None else np.array(sorted(self._index[s] for s in states))
        v0 = self.start[cand] + emit[cand]  # jieba: start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT)
        keep = self.has_out[cand]
        return _CharModel(
            emit, int(cand[v0.argmax()]), cand, keep, cand[keep], v0[keep],
            cand[:, None] * n, emit[cand][:, None], np.arange(cand.size),
        )

    def viterbi(self, obs: str) -> list[int]:
        """State index per character of ``obs`` (a run of Han characters).

        jieba scores, at each character, only its candidate states that some previous state can
        be followed by (``obs_states``), from the previous candidates that have successors. Here
        every candidate of the character gets a row and every previous candidate with successors
        a column, whether or not it was reachable: a pair without a transition scores -inf, so a
        row no previous state leads to is -inf throughout, and a state scored -inf is a column
        that can never be the maximum of a row that has a finite entry. Same maxima, same first
        maxima (ties), without the per-step set algebra; only when no candidate is reachable at
        all does jieba fall back to other states (:meth:`_fallback`)."""
        first = self._char(obs[0])
        if len(obs) == 1:
            return [first.first]
        prev, vprev = first.prev, first.vprev
        trans, last = self.trans_flat, len(obs) - 1
        backs: list[np.ndarray] = []
        for t in range(1, len(obs)):
            model = self._char(obs[t])
            cand, follow, nxt = model.cand, model.follow, model.prev
            # jieba: V[t-1][y0] + trans_p[y0].get(y, -inf) + emit_p[y].get(obs[t], MIN_FLOAT), in
            # that order (a + b is b + a, bit for bit). One row per candidate state y, one column
            # per previous state y0: the reductions run along rows.
            scores = trans[model.cand_off + prev]  # trans_t[cand[:, None], prev], a cheaper gather
            scores += vprev
            scores += model.emit_col
            if t == last:
                # The first maximum in (y, y0) order is jieba's pick: the first y whose best
                # score is the largest, reached from the first y0 that gives it.
                k = int(scores.argmax())
                j, i = divmod(k, prev.size)
                if scores[j, i] == -np.inf:  # no candidate reachable
                    cand, prev, scores = self._fallback(prev, vprev, model.emit)
                    j, i = divmod(int(scores.argmax()), prev.size)
                route = [int(cand[j]), int(prev[i])]
                break
            best = scores.argmax(axis=1)
            v = scores[model.rows, best]
            if v.max() == -np.inf:  # no candidate reachable
                cand, prev, scores = self._fallback(prev, vprev, model.emit)
                best = scores.argmax(axis=1)
                v = scores[np.arange(cand.size), best]
                follow = self.has_out[cand]
                nxt = cand[follow]
            back = np.empty(len(self.states), dtype=np.intp)
            back[cand] = prev[best]
            backs.append(back)
            prev, vprev = nxt, v[follow]
        state = route[-1]
        for back in reversed(backs):
            state = int(back[state])
            route.append(state)
        route.reverse()
        return route

    def _fallback(self, prev: np.ndarray, vprev: np.ndarray, emit: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """jieba's ``obs_states = prev_states_expect_next or all_states`` when none of the
        character's candidates follows a previous state: (states, previous states, scores)."""
        real = vprev != -np.inf  # the previous states jieba kept (the others were unreachable)
        prev, vprev = prev[real], vprev[real]
        expect = self.succ[prev].any(axis=0)
        cand = expect.nonzero()[0] if expect.any() else self.all_idx
        scores = self.trans_t[cand[:, None], prev] + vprev
        scores += emit[cand][:, None]
        return cand, prev, scores

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
