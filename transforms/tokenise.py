"""Chinese word segmentation with POS tags: one explicit jieba tokenizer, optionally a fast backend.

``Tokenizer`` wraps a ``jieba.Tokenizer`` + ``jieba.posseg.POSTokenizer`` pair built from
jieba's main dictionary and the user-dictionary TEXTS handed in (reading the files is
``baozhi.resources``' job). Never jieba's module globals (``jieba.dt``, ``jieba.posseg.dt``).

Two backends give the same tokens and tags (see tests/transforms/test_tokenise.py):

- ``"jieba"``: ``POSTokenizer.cut`` itself, the reference.
- ``"fast"`` (default): the same algorithm as ``jieba.posseg`` re-implemented where the time
  goes. Profiling posseg on the sample issues shows ~80% of the time in the pure-Python
  POS-HMM ``viterbi`` run on out-of-dictionary spans, ~10% in ``get_DAG``/``calc``. The fast
  backend runs the DAG + route in jieba_fast's C function ``_get_DAG_and_calc`` and the
  POS-HMM Viterbi vectorised with numpy over the same 256 (BMES, tag) states, replaying jieba's
  tie-break rule (``max((prob, state))``: the larger state wins a tie) so results are identical,
  not merely close. No text cache is involved.
  One known difference, from jieba_fast's C route: when two DAG routes have exactly equal
  probability (a run of one repeated character, ``源源源``) jieba keeps the longer first word
  (源源 源) and the C code the shorter (源 源源). 100.000% agreement on the sample issues.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import jieba
import jieba.posseg
import numpy as np

# jieba logs "Building prefix dict ..." at DEBUG to stderr on its own handler; we want quiet.
jieba.setLogLevel(logging.WARNING)

try:  # jieba_fast's C helpers, imported directly so jieba_fast's own module globals are not built
    import _jieba_fast_functions_py3 as _jf_c
except ImportError:  # pragma: no cover - jieba-fast is a declared dependency
    _jf_c = None

BACKENDS = ("fast", "jieba")
MIN_FLOAT = -3.14e100  # jieba's "impossible" emission probability, kept bit-for-bit
_re_han_internal = jieba.posseg.re_han_internal
_re_skip_internal = jieba.posseg.re_skip_internal
_re_han_detail = jieba.posseg.re_han_detail
_re_skip_detail = jieba.posseg.re_skip_detail
_re_num = jieba.posseg.re_num
_re_eng = jieba.posseg.re_eng
# A user-dictionary line: "东辽县 2000 ns", "河长制 800", "柴伟" (freq and tag optional, as jieba).
_re_dict_line = re.compile(r"^(?P<word>\S+)(?:\s+(?P<freq>\d+))?(?:\s+(?P<tag>[a-z]+))?$")


@dataclass(frozen=True)
class DictEntry:
    word: str
    freq: int | None
    tag: str | None


class DictionaryError(ValueError):
    """A user-dictionary line that cannot be read; names the source and the line."""


def parse_user_dict(text: str, source: str = "<user dict>") -> list[DictEntry]:
    """Entries of a jieba user dictionary in ``word [freq] [tag]`` form.

    Blank lines and lines starting with ``#`` (comments, section headers) are skipped;
    a UTF-8 BOM is ignored. Raises :class:`DictionaryError` naming ``source`` and the line.
    """
    entries: list[DictEntry] = []
    for lineno, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _re_dict_line.match(line)
        if m is None:
            raise DictionaryError(f"{source}:{lineno}: not 'word [freq] [tag]': {line!r}")
        freq = m["freq"]
        entries.append(DictEntry(m["word"], int(freq) if freq is not None else None, m["tag"]))
    return entries


class _PosHmm:
    """jieba.posseg's Viterbi over (BMES, tag) states, vectorised; same numbers, same ties.

    States are indexed in DESCENDING tuple order, so ``argmax`` (first maximum) picks the
    largest state among equal probabilities, as ``max((prob, y0) ...)`` does in jieba.
    """

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
        self._index = index
        self._cand = {ch: np.array(sorted(index[s] for s in sts)) for ch, sts in char_state_tab_P.items()}
        self._cand_mask: dict[str, np.ndarray] = {}
        self._emit: dict[str, np.ndarray] = {}  # per character: a model table, not a text cache
        self.bmes = [s[0] for s in self.states]
        self.tags = [s[1] for s in self.states]

    def _emit_vec(self, ch: str) -> np.ndarray:
        vec = self._emit.get(ch)
        if vec is None:
            vec = np.array([self._emit_P[s].get(ch, MIN_FLOAT) for s in self.states])
            self._emit[ch] = vec
        return vec

    def _mask(self, ch: str) -> np.ndarray | None:
        mask = self._cand_mask.get(ch)
        if mask is None and ch in self._cand:
            mask = np.zeros(len(self.states), dtype=bool)
            mask[self._cand[ch]] = True
            self._cand_mask[ch] = mask
        return mask

    def viterbi(self, obs: str) -> list[int]:
        """State index per character of ``obs`` (a run of Han characters)."""
        cur = self._cand.get(obs[0], self.all_idx)
        v = np.full(len(self.states), np.nan)
        v[cur] = self.start[cur] + self._emit_vec(obs[0])[cur]
        paths: list[np.ndarray] = []
        for ch in obs[1:]:
            prev = cur[self.has_out[cur]]
            expect = self.succ[prev].any(axis=0)
            mask = self._mask(ch)
            cand = np.flatnonzero(expect if mask is None else (mask & expect))
            if cand.size == 0:
                cand = np.flatnonzero(expect) if expect.any() else self.all_idx
            scores = (v[prev][:, None] + self.trans[np.ix_(prev, cand)]) + self._emit_vec(ch)[cand][None, :]
            best = scores.argmax(axis=0)
            v = np.full(len(self.states), np.nan)
            v[cand] = scores[best, np.arange(cand.size)]
            back = np.empty(len(self.states), dtype=np.intp)
            back[cand] = prev[best]
            paths.append(back)
            cur = cand
        state = int(cur[v[cur].argmax()])
        route = [state]
        for back in reversed(paths):
            state = int(back[state])
            route.append(state)
        route.reverse()
        return route

    def cut(self, sentence: str) -> Iterator[tuple[str, str]]:
        """jieba.posseg.POSTokenizer.__cut: B..E spans become words tagged by the E state."""
        route = self.viterbi(sentence)
        bmes, tags = self.bmes, self.tags
        begin, nexti = 0, 0
        for i, st in enumerate(route):
            b = bmes[st]
            if b == "B":
                begin = i
            elif b == "E":
                yield sentence[begin : i + 1], tags[st]
                nexti = i + 1
            elif b == "S":
                yield sentence[i], tags[st]
                nexti = i + 1
        if nexti < len(sentence):
            yield sentence[nexti:], tags[route[nexti]]


_HMM: _PosHmm | None = None


def _pos_hmm() -> _PosHmm:
    global _HMM  # the model tables are read-only; one copy per process is enough
    if _HMM is None:
        _HMM = _PosHmm()
    return _HMM


def _shared_keys(freq: dict[str, int], tags: dict[str, str]) -> dict[str, str]:
    """``tags`` re-keyed with FREQ's own key strings and interned tag strings.

    jieba reads dict.txt twice (prefix dict, then POS tags), so every word exists as two
    string objects and every tag ("n", "v") as ~350k copies: ~40 MB per worker for nothing.
    """
    intern = sys.intern
    shared = {w: intern(tags[w]) for w in freq if w in tags}
    shared.update((w, intern(t)) for w, t in tags.items() if w not in shared)
    return shared


class Tokenizer:
    """One jieba tokenizer with the committed + extra user dictionaries; build once per process.

    ``user_dicts``: ``(source_name, text)`` pairs in jieba's ``word freq tag`` format.
    ``cache_dir``: where jieba keeps its prefix-dict cache (``None``: jieba's default, /tmp).
    """

    def __init__(
        self,
        user_dicts: Iterable[tuple[str, str]] = (),
        *,
        backend: str = "fast",
        cache_dir: str | None = None,
    ) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
        if backend == "fast" and _jf_c is None:  # pragma: no cover
            backend = "jieba"
        self.backend = backend
        self.jieba = jieba.Tokenizer(dictionary=jieba.DEFAULT_DICT)
        if cache_dir is not None:
            self.jieba.tmp_dir = cache_dir
        self.jieba.initialize()
        self.user_words: dict[str, str | None] = {}  # word -> tag, every user-dictionary entry
        for source, text in user_dicts:
            for e in parse_user_dict(text, source):
                self.jieba.add_word(e.word, e.freq, e.tag)
                self.user_words[e.word] = e.tag
        self.posseg = jieba.posseg.POSTokenizer(self.jieba)
        self.posseg.makesure_userdict_loaded()  # merge the user tags into word_tag_tab now
        self.posseg.word_tag_tab = _shared_keys(self.jieba.FREQ, self.posseg.word_tag_tab)
        self._freq = self.jieba.FREQ
        self._tags = self.posseg.word_tag_tab
        self._hmm = _pos_hmm() if backend == "fast" else None

    def __repr__(self) -> str:
        return f"<Tokenizer backend={self.backend} user_words={len(self.user_words)}>"

    def cut(self, text: str) -> list[tuple[str, str]]:
        """(word, tag) pairs, jieba precise mode with HMM; whitespace is not emitted."""
        pairs = self._cut_all(text)
        return [(w, t) for w, t in pairs if not w.isspace()]

    def segment_line(self, line: str, pos: bool = False) -> str:
        """One line of text as words separated by single spaces (``word/tag`` with ``pos``)."""
        pairs = self.cut(line)
        if pos:
            return " ".join(f"{w}/{t}" for w, t in pairs)
        return " ".join(w for w, _ in pairs)

    def _cut_all(self, text: str) -> Iterable[tuple[str, str]]:
        if self._hmm is None:
            return [(p.word, p.flag) for p in self.posseg.cut(text)]
        return list(self._fast_cut(text))

    # -- the fast backend: jieba.posseg.POSTokenizer.__cut_internal, line for line ------------

    def _fast_cut(self, sentence: str) -> Iterator[tuple[str, str]]:
        for blk in _re_han_internal.split(sentence):
            if not blk:
                continue
            if _re_han_internal.match(blk):
                yield from self._fast_cut_dag(blk)
                continue
            for x in _re_skip_internal.split(blk):
                if _re_skip_internal.match(x):
                    yield x, "x"
                else:
                    for xx in x:
                        if _re_num.match(xx):
                            yield xx, "m"
                        elif _re_eng.match(x):
                            yield xx, "eng"
                        else:
                            yield xx, "x"

    def _fast_cut_dag(self, sentence: str) -> Iterator[tuple[str, str]]:
        route: list[int] = []
        _jf_c._get_DAG_and_calc(self._freq, sentence, route, float(self.jieba.total))
        tags = self._tags
        x, buf, n = 0, "", len(sentence)
        while x < n:
            y = route[x] + 1
            word = sentence[x:y]
            if y - x == 1:
                buf += word
            else:
                if buf:
                    yield from self._flush(buf)
                    buf = ""
                yield word, tags.get(word, "x")
            x = y
        if buf:
            yield from self._flush(buf)

    def _flush(self, buf: str) -> Iterator[tuple[str, str]]:
        """A run of single characters: HMM it when it is not itself a dictionary word."""
        tags = self._tags
        if len(buf) == 1:
            yield buf, tags.get(buf, "x")
        elif not self._freq.get(buf):
            yield from self._cut_detail(buf)
        else:
            for ch in buf:
                yield ch, tags.get(ch, "x")

    def _cut_detail(self, sentence: str) -> Iterator[tuple[str, str]]:
        for blk in _re_han_detail.split(sentence):
            if _re_han_detail.match(blk):
                yield from self._hmm.cut(blk)
            else:
                for x in _re_skip_detail.split(blk):
                    if x:
                        if _re_num.match(x):
                            yield x, "m"
                        elif _re_eng.match(x):
                            yield x, "eng"
                        else:
                            yield x, "x"


def agreement(reference: Sequence[tuple[str, str]], other: Sequence[tuple[str, str]]) -> float:
    """Share of ``reference`` tokens that ``other`` has at the same character span with the same tag."""

    def spans(pairs: Sequence[tuple[str, str]]) -> set[tuple[int, int, str]]:
        out, at = set(), 0
        for w, t in pairs:
            out.add((at, at + len(w), t))
            at += len(w)
        return out

    ref = spans(reference)
    if not ref:
        return 1.0
    return len(ref & spans(other)) / len(ref)
