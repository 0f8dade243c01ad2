"""The trained CRF as numpy tables: all characters of an issue labelled at once.

Why not CRFsuite's own tagger: it costs ~3 µs a character with its features built in Python,
more than jieba itself, and the whole language layer may cost 25 % more. Here every feature
template of ``transforms/ner.py`` is an integer index computed for all characters at once
(code points -> table lookups, bigram keys -> ``searchsorted``, token states by ``np.repeat``),
the emission scores are sums of gathered weight rows, and Viterbi runs over all clauses side
by side (one numpy step per character position, not per character). The labels are CRFsuite's
own (``tests/transforms/test_ner.py`` compares them on real text).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from operator import itemgetter

import numpy as np

from transforms.ner import (
    BIGRAMS,
    BOS,
    EOS,
    LABELS,
    ORG_SUFFIX_CHARS,
    PAD,
    PLACE_SUFFIX_CHARS,
    STATES,
    SURNAME_CHARS,
    TRANSLITERATION_CHARS,
    TYPES,
    UNCOVERED,
    UNIGRAMS,
    codepoints,
    char_class,
    chunk_bounds,
    token_starts,
)


@dataclass(frozen=True)
class Emissions:
    """State scores of a batch of texts: ``scores[label, row]``, one row per character of
    every chunk, the chunks one after another (``starts``/``clen`` rows; ``cs`` where each
    starts in the texts joined by line ends, ``text_base`` where each text starts there)."""

    scores: np.ndarray
    starts: np.ndarray
    clen: np.ndarray
    cs: np.ndarray
    text_base: np.ndarray
    tok_start: np.ndarray  # where each token of every text starts in the joined texts
    tok_first: np.ndarray  # each text's first token (and the total at the end)


@dataclass(frozen=True)
class Tagged:
    """:meth:`CrfModel.tag`'s result: the spans of every text, and where its tokens start
    (which the entity layer reads posts from: computed once for the whole batch here, not again
    per text)."""

    spans: list[list[tuple[int, int, str]]]
    tok_start: np.ndarray
    tok_first: np.ndarray
    text_base: np.ndarray

    def token_starts(self, k: int) -> list[int]:
        """Where each token of text ``k`` starts in it: ``ner.token_starts(texts[k], words)``."""
        a, b = self.tok_first[k], self.tok_first[k + 1]
        return (self.tok_start[a:b] - self.text_base[k]).tolist()


# A weight table's row: the seven labels' weights and a zero (see CrfModel._table).
TABLE_WIDTH = 8

# All-O is taken without Viterbi only when it beats every other labelling by this much (float32
# sums over a clause of 120 characters differ from exact ones by far less).
SURE_MARGIN = 0.1


class CrfModel:
    """A trained CRF as numpy tables; :meth:`tag_texts` labels many texts at once.

    Built from the text CRFsuite's weights were exported to (:func:`parse_model_text`).
    Every table has a zero row 0 for values the model has no weight for.
    """

    def __init__(self, transitions: np.ndarray, state_features: dict[tuple[str, str], float]) -> None:
        self.transitions = transitions.astype(np.float32)
        # What a run of entity labels can gain over O at most, from the transitions alone (see
        # _all_o): inside a run, on entering it from O, on leaving it to O.
        t = self.transitions.astype(np.float64)
        self._gain_inside = float(t[1:, 1:].max() - t[0, 0])
        self._gain_enter = float(t[0, 1:].max() - t[0, 0])
        self._gain_leave = float(t[1:, 0].max() - t[0, 0])
        label_index = {lab: k for k, lab in enumerate(LABELS)}
        values: dict[str, dict[str, np.ndarray]] = {}
        for (attr, label), weight in state_features.items():
            name, _, value = attr.partition("=")
            row = values.setdefault(name, {}).setdefault(value, np.zeros(len(LABELS)))
            row[label_index[label]] += weight
        chars = {BOS, EOS}
        for o in UNIGRAMS:
            chars.update(values.get(f"c{o:+d}", {}))
        for o in BIGRAMS:
            for pair in values.get(f"b{o:+d}", {}):
                chars.update(pair)
        self._char_ids = {ch: k for k, ch in enumerate(sorted(chars), 1)}
        self._n_ids = len(self._char_ids) + 1
        self._cp_table = np.zeros(0x10000, dtype=np.int64)
        for ch, k in self._char_ids.items():
            if ord(ch) < 0x10000:
                self._cp_table[ord(ch)] = k
        self._unigram = [self._table(values.get(f"c{o:+d}", {}), self._char_ids) for o in UNIGRAMS]
        pairs = sorted({p for o in BIGRAMS for p in values.get(f"b{o:+d}", {})})
        self._bigram_ids = {p: k for k, p in enumerate(pairs, 1)}
        # The bigrams of every offset by key (first id * n_ids + second id), one gather per call:
        # a dense table (1,823 ids: 3.3 M entries, 6.6 MB of uint16) costs a fifth of what a
        # searchsorted in the 7,554 sorted keys did, on every character of every batch.
        self._bigram_by_key = np.zeros(self._n_ids * self._n_ids, dtype=np.min_scalar_type(len(pairs)))
        for p, k in self._bigram_ids.items():
            self._bigram_by_key[self._bigram_key(p)] = k
        self._bigram = [self._table(values.get(f"b{o:+d}", {}), self._bigram_ids) for o in BIGRAMS]
        # token states: per jieba tag, the ids of its B/M/E/S states; BOS/EOS/uncovered
        state_values = sorted({v for o in STATES for v in values.get(f"p{o:+d}", {})})
        self._state_ids = {v: k for k, v in enumerate(state_values, 1)}
        tags = {v[2:] for v in state_values if v[1:2] == "-"}
        self._tag_ids = {t: k for k, t in enumerate(sorted(tags), 1)}
        self._tag_states = np.zeros((len(self._tag_ids) + 1, 4), dtype=np.int64)  # B M E S
        for t, k in self._tag_ids.items():
            self._tag_states[k] = [self._state_ids.get(f"{x}-{t}", 0) for x in "BMES"]
        self._state = [self._table(values.get(f"p{o:+d}", {}), self._state_ids) for o in STATES]
        self._word_ids = {v: k for k, v in enumerate(sorted(values.get("w", {})), 1)}
        self._word = self._table(values.get("w", {}), self._word_ids)
        class_ids = {v: k for k, v in enumerate(sorted(values.get("k", {})), 1)}
        self._cls_table = np.zeros(0x10000, dtype=np.int64)
        for ch in SURNAME_CHARS | TRANSLITERATION_CHARS | PLACE_SUFFIX_CHARS | ORG_SUFFIX_CHARS:
            self._cls_table[ord(ch)] = class_ids.get(char_class(ch), 0)
        self._cls = self._table(values.get("k", {}), class_ids)
        mark_values = values.get("d", {})
        mark_ids = {v: k for k, v in enumerate(sorted(mark_values), 1)}
        self._mark = self._table(mark_values, mark_ids)
        # per dictionary type (index 1..3 = TYPES): the mark ids of its first and later characters
        self._type_marks = np.zeros((len(TYPES) + 1, 2), dtype=np.int64)
        for k, t in enumerate(TYPES, 1):
            self._type_marks[k] = [mark_ids.get("B-" + t, 0), mark_ids.get("I-" + t, 0)]
        self._special = [self._state_ids.get(v, 0) for v in ("BOS", "EOS", UNCOVERED)]
        self._bos_id, self._eos_id = self._char_ids[BOS], self._char_ids[EOS]

    def to_state(self) -> dict[str, object]:
        """The built tables as marshal-able values (:meth:`from_state` makes the model again):
        what the user's cache keeps, so a process loads them (~10 ms) instead of parsing the
        exported text and building them (~0.25 s of CPU in a one-file run's flow process)."""
        return {k: _plain(v) for k, v in vars(self).items() if k != "_lexicon_cache"}

    @classmethod
    def from_state(cls, state: dict[str, object]) -> CrfModel:
        model = cls.__new__(cls)
        model.__dict__.update((k, _from_plain(v)) for k, v in state.items())
        return model

    def _lexicon(self, retag: dict[str, str], dictionary: dict[str, str]):
        """Everything looked up per word, in one dict: word -> row of (model word id, repaired
        tag id or -1, dictionary type 0..3). Rebuilt only when ``retag`` or ``dictionary`` is
        another object than last time (a worker passes the same two every call)."""
        cached = getattr(self, "_lexicon_cache", None)
        if cached is not None and cached[0] is retag and cached[1] is dictionary:
            return cached[2]
        type_index = {t: k for k, t in enumerate(TYPES, 1)}
        words = sorted(set(self._word_ids) | set(retag) | set(dictionary))
        index = {w: k for k, w in enumerate(words, 1)}
        word_id = np.array([0] + [self._word_ids.get(w, 0) for w in words], dtype=np.int64)
        tag_id = np.array([-1] + [self._tag_ids.get(retag[w], 0) if w in retag else -1 for w in words], dtype=np.int64)
        type_id = np.array([0] + [type_index.get(dictionary.get(w, ""), 0) for w in words], dtype=np.int64)
        lexicon = (index, word_id, tag_id, type_id)
        self._lexicon_cache = (retag, dictionary, lexicon)
        return lexicon

    def _bigram_key(self, pair: str) -> int:
        return self._char_ids[pair[0]] * self._n_ids + self._char_ids[pair[1]]

    def bigram_ids(self, ids: np.ndarray) -> np.ndarray:
        """The bigram row of each pair of neighbours in ``ids`` (character ids, 0 unknown):
        ``_bigram_ids.get(a + b, 0)`` for the characters a, b at positions i, i + 1."""
        return self._bigram_by_key[ids[:-1] * self._n_ids + ids[1:]].astype(np.intp)  # take() wants intp

    @staticmethod
    def _table(rows: dict[str, np.ndarray], ids: dict[str, int]) -> np.ndarray:
        """A template's weights value-major, ``[value id, label]``, each row padded with a zero
        to eight float32 (32 bytes): ``np.take(table, ids, axis=0)`` copies such rows in its
        fast path for 32-byte items, about a third faster than gathering one long row per label
        from a label-major table (rows of seven, 28 bytes, have no fast path: slower still)."""
        table = np.zeros((len(ids) + 1, TABLE_WIDTH), dtype=np.float32)
        for v, row in rows.items():
            table[ids[v], : len(LABELS)] = row
        return table

    # -- inference ----------------------------------------------------------------------------

    def tag_texts(
        self,
        texts: Sequence[str],
        pairs: Sequence[Sequence[tuple[str, str]]],
        retag: dict[str, str] | None = None,
        dictionary: dict[str, str] | None = None,
        person_confidence: float = 0.0,
    ) -> list[list[tuple[int, int, str]]]:
        """``(start, end, type)`` spans (``PER``/``LOC``/``ORG``) of every text.

        ``person_confidence``: a person span is kept only if at each of its characters the
        model's marginal probability of the label Viterbi chose is at least this (the CRF's
        own doubt: ``张洁清算`` -> 张洁 at 0.4 is dropped); 0 keeps every span.

        ``pairs``: each text's jieba (word, tag) pairs (``Tokenizer.cut``: whitespace
        dropped). ``retag``: repaired tags by word (what the model
        was trained with). ``dictionary``: user-dictionary words and their type (``PER``...),
        marked on their characters (:func:`dictionary_marks`). The result of a text does not
        depend on the others.
        """
        return self.tag(texts, pairs, retag, dictionary, person_confidence).spans

    def tag(
        self,
        texts: Sequence[str],
        pairs: Sequence[Sequence[tuple[str, str]]],
        retag: dict[str, str] | None = None,
        dictionary: dict[str, str] | None = None,
        person_confidence: float = 0.0,
    ) -> Tagged:
        """:meth:`tag_texts`, with where each text's tokens start."""
        batch = self.emissions(texts, pairs, retag, dictionary)
        if not len(batch.cs):
            return Tagged([[] for _ in texts], batch.tok_start, batch.tok_first, batch.text_base)
        labels = self.labels(batch, person_confidence)
        spans = self._spans(labels, batch.starts, batch.clen, batch.cs, batch.text_base, len(texts))
        return Tagged(spans, batch.tok_start, batch.tok_first, batch.text_base)

    def emissions(
        self,
        texts: Sequence[str],
        pairs: Sequence[Sequence[tuple[str, str]]],
        retag: dict[str, str] | None = None,
        dictionary: dict[str, str] | None = None,
    ) -> Emissions:
        """The state scores of every character of ``texts`` (arguments as :meth:`tag_texts`);
        no chunk at all (``cs`` empty) when the texts hold no character to label."""
        big = "\n".join(texts)  # a line end is a chunk boundary: texts never see each other
        sizes = np.array([len(t) + 1 for t in texts], dtype=np.int64)
        text_base = np.cumsum(sizes) - sizes
        # C-level loops only: a comprehension per word costs as much as a numpy pass per character
        # (and zip(*flat) with 16,000 arguments costs thirty times what two itemgetter maps do)
        flat = list(chain.from_iterable(pairs))
        words, tags = list(map(itemgetter(0), flat)), list(map(itemgetter(1), flat))
        tok_start = token_starts(big, words)  # the separators are whitespace: never a token
        tok_end = tok_start + np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        cs, ce = chunk_bounds(big, tok_end)
        tok_first = np.concatenate([[0], np.cumsum(np.fromiter(map(len, pairs), dtype=np.int64, count=len(pairs)))])
        if not len(cs):
            empty = np.zeros((len(LABELS), 0), dtype=np.float32)
            return Emissions(empty, cs, cs, cs, text_base, tok_start, tok_first)
        clen = ce - cs
        pbase = np.cumsum(clen + 2 * PAD) - clen - PAD  # padded position of each chunk's start
        n_padded = int(pbase[-1] + clen[-1] + PAD)
        starts = np.cumsum(clen) - clen  # each chunk's first row in the score matrix
        rows = np.arange(int(clen.sum()))
        real = np.repeat(pbase - starts, clen) + rows  # padded position of each row
        absolute = np.repeat(cs - starts, clen) + rows  # position in ``big`` of each row
        cp = codepoints(big)[absolute]
        ids = np.empty(n_padded, dtype=np.int64)
        for k in range(PAD):  # chunks are cut out of their text: pads on both sides
            ids[pbase - PAD + k] = self._bos_id
            ids[pbase + clen + k] = self._eos_id
        ids[real] = self._cp_table[cp]
        # Scores are summed at every padded position (a pad's row is wasted, but a slice of
        # the ids is free where a gather per template is not), one np.take of 32-byte rows per
        # template. The sum runs in the model's template order, in float32, so
        # every score is the same number whatever the batch.
        n_mid = n_padded - 2 * PAD
        mid = slice(PAD, PAD + n_mid)
        bigram = self.bigram_ids(ids)
        state, word, mark = self._token_columns(
            n_padded, pbase, clen, cs, ce, tok_start, tok_end, tags, words, self._lexicon(retag or {}, dictionary or {})
        )
        cls = np.zeros(n_padded, dtype=np.int64)
        cls[real] = self._cls_table[cp]
        columns = [
            *((t, ids[PAD + o : PAD + o + n_mid]) for t, o in zip(self._unigram, UNIGRAMS)),
            *((t, bigram[PAD + o : PAD + o + n_mid]) for t, o in zip(self._bigram, BIGRAMS)),
            *((t, state[PAD + o : PAD + o + n_mid]) for t, o in zip(self._state, STATES)),
            (self._word, word[mid]),
            (self._mark, mark[mid]),
            (self._cls, cls[mid]),
        ]
        total = np.zeros((n_mid, TABLE_WIDTH), dtype=np.float32)
        for table, at in columns:
            if len(table) > 1:  # a template without weights adds nothing
                total += np.take(table, at, axis=0)
        scores = np.ascontiguousarray(np.take(total, real - PAD, axis=0)[:, : len(LABELS)].T)  # [label, row]
        return Emissions(scores, starts, clen, cs, text_base, tok_start, tok_first)

    def labels(self, batch: Emissions, person_confidence: float = 0.0, *, prune: bool = True) -> np.ndarray:
        """The label of every row of ``batch``: Viterbi per chunk (``prune``: not for the chunks
        :meth:`_all_o` shows to be all O, which changes no label, tested), then doubtful
        persons out."""
        starts, clen, scores = batch.starts, batch.clen, batch.scores
        labels = np.zeros(scores.shape[1], dtype=np.int64)
        keep = np.flatnonzero(~self._all_o(scores, starts, clen)) if prune else np.arange(len(clen))
        if len(keep):
            sub_len = clen[keep]
            sub_start = np.cumsum(sub_len) - sub_len
            sub_rows = np.repeat(starts[keep] - sub_start, sub_len) + np.arange(int(sub_len.sum()))
            sub_scores = np.take(scores, sub_rows, axis=1)  # [label, row], as viterbi wants them
            sub_labels = viterbi(sub_scores, sub_start, sub_len, self.transitions)
            if person_confidence > 0:
                sub_labels = self._doubtful_persons_out(sub_labels, sub_scores, sub_start, sub_len, person_confidence)
            labels[sub_rows] = sub_labels
        return labels

    def _all_o(self, scores: np.ndarray, starts: np.ndarray, clen: np.ndarray) -> np.ndarray:
        """Per chunk: whether all-O is certainly its Viterbi labelling, from an upper bound on
        what any other labelling could gain over it (so skipping those chunks changes nothing).

        A labelling other than all-O is all-O with runs of entity labels put in; a run from a to
        b gains at most h_a + ... + h_b - inside, where h_t = g_t + inside, g_t is the best
        entity label's emission minus O's at t and ``inside`` the best transition within a run
        (all transitions relative to O -> O), plus ``enter`` unless a is the chunk's first
        position and ``leave`` unless b is its last. The best such run of every chunk is found
        by one scan (Kadane's, all chunks side by side, as :func:`viterbi` runs them). Most
        clauses of news text (no name, place or body in sight) are far below zero.
        """
        s = scores.astype(np.float64)
        h = (s[1:] - s[0]).max(axis=0) + self._gain_inside
        enter, leave = self._gain_enter, self._gain_leave
        order = np.argsort(-clen, kind="stable")
        s_starts, s_lens = starts[order], clen[order]
        running = np.searchsorted(-s_lens, -np.arange(int(s_lens[0])), side="left")
        run = h[s_starts]  # the best run ending at t (its h sum, plus enter if it does)
        best = run + np.where(s_lens > 1, leave, 0.0)
        for t in range(1, len(running)):
            a = int(running[t])
            run = h[s_starts[:a] + t] + np.maximum(run[:a], enter)
            best[:a] = np.maximum(best[:a], run + np.where(s_lens[:a] > t + 1, leave, 0.0))
        out = np.empty(len(clen), dtype=bool)
        out[order] = best - self._gain_inside < -SURE_MARGIN
        return out

    def _doubtful_persons_out(self, labels, scores, starts, clen, threshold) -> np.ndarray:
        """``labels`` with the person spans the model doubts set to O (marginals are computed
        only for the chunks that have a person label). ``scores``: ``[label, row]``."""
        person = (labels == 1) | (labels == 2)
        if not person.any():
            return labels
        chunk_of = np.repeat(np.arange(len(clen)), clen)
        picked = np.unique(chunk_of[person])
        sub_len = clen[picked]
        sub_start = np.cumsum(sub_len) - sub_len
        rows = np.repeat(starts[picked] - sub_start, sub_len) + np.arange(int(sub_len.sum()))
        marg = marginals(np.ascontiguousarray(scores[:, rows].T), sub_start, sub_len, self.transitions)
        chosen = marg[np.arange(len(rows)), labels[rows]]
        out = labels.copy()
        sub_labels = labels[rows]
        # a span: B-PER then I-PER...; drop it whole when its least sure character is below
        span_id = np.cumsum((sub_labels == 1) | ((sub_labels == 2) & ~np.isin(np.concatenate([[0], sub_labels[:-1]]), (1, 2))))
        in_person = (sub_labels == 1) | (sub_labels == 2)
        worst = np.full(int(span_id.max()) + 1, 1.0)
        np.minimum.at(worst, span_id[in_person], chosen[in_person])
        drop = in_person & (worst[span_id] < threshold)
        out[rows[drop]] = 0
        return out

    def _token_columns(self, n, pbase, clen, cs, ce, tok_start, tok_end, tags, words, lexicon):
        """Token-state id, word id and dictionary-mark id of every position of the padded string."""
        bos, eos, uncovered = self._special
        state = np.full(n, uncovered, dtype=np.int64)
        word = np.zeros(n, dtype=np.int64)
        mark = np.zeros(n, dtype=np.int64)
        for k in range(PAD):  # the pads around each chunk
            state[pbase - PAD + k] = bos
            state[pbase + clen + k] = eos
        if not len(tok_start):
            return state, word, mark
        chunk = np.searchsorted(cs, tok_start, side="right") - 1
        ok = (chunk >= 0) & (tok_start < ce[np.maximum(chunk, 0)])  # starts inside a chunk
        chunk = chunk[ok]
        t_start = tok_start[ok] - cs[chunk] + pbase[chunk]
        t_len = np.minimum(tok_end[ok], ce[chunk]) - tok_start[ok]  # cut at the chunk's end
        lex_index, lex_word, lex_tag, lex_type = lexicon
        tag_get, lex_get = self._tag_ids.get, lex_index.get
        n = len(words)
        at_word = np.fromiter(map(lex_get, words, repeat(0, n)), dtype=np.int64, count=n)[ok]
        tag_id = np.fromiter(map(tag_get, tags, repeat(0, n)), dtype=np.int64, count=n)[ok]
        tag_id = np.where(lex_tag[at_word] >= 0, lex_tag[at_word], tag_id)  # repaired tags
        word_id = lex_word[at_word]
        type_id = lex_type[at_word]
        offs = np.arange(int(t_len.sum())) - np.repeat(np.cumsum(t_len) - t_len, t_len)
        rep_len = np.repeat(t_len, t_len)
        bmes = np.where(rep_len == 1, 3, np.where(offs == 0, 0, np.where(offs == rep_len - 1, 2, 1)))
        at = np.repeat(t_start, t_len) + offs
        state[at] = self._tag_states[np.repeat(tag_id, t_len), bmes]
        word[at] = np.repeat(word_id, t_len)
        mark[at] = self._type_marks[np.repeat(type_id, t_len), np.minimum(offs, 1)]
        return state, word, mark

    @staticmethod
    def _spans(labels, starts, clen, cs, text_base, n_texts) -> list[list[tuple[int, int, str]]]:
        """Label rows back to ``(start, end, type)`` per text; a span never crosses a chunk.

        An ``I-`` continues the span before it when that has the same type, else starts one.
        """
        out: list[list[tuple[int, int, str]]] = [[] for _ in range(n_texts)]
        typ = (labels + 1) // 2  # 0 O, 1 PER, 2 LOC, 3 ORG (LABELS order)
        inside = (labels > 0) & (labels % 2 == 0)
        first_row = np.zeros(len(labels), dtype=bool)
        first_row[starts] = True
        prev_typ = np.concatenate([[0], typ[:-1]])
        cont = inside & (prev_typ == typ) & ~first_row
        begin = np.flatnonzero((typ > 0) & ~cont)
        if not len(begin):
            return out
        next_cont = np.concatenate([cont[1:], [False]])
        end = np.flatnonzero((typ > 0) & ~next_cont) + 1
        chunk = np.searchsorted(starts, begin, side="right") - 1
        a = begin - starts[chunk] + cs[chunk]
        text = np.searchsorted(text_base, a, side="right") - 1
        a = a - text_base[text]
        names = ("", *TYPES)
        for t, s, e, k in zip(text.tolist(), a.tolist(), (a + end - begin).tolist(), typ[begin].tolist()):
            out[t].append((s, e, names[k]))
        return out


def viterbi(scores: np.ndarray, starts: np.ndarray, lengths: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Best label sequence of every chunk: ``scores[label, row]``, chunk k the rows
    ``starts[k]:starts[k]+lengths[k]`` (lengths >= 1).

    Chunks are sorted longest first, so the chunks still running at position t are a prefix
    and one numpy step serves them all. Ties go to the lower label index, as in CRFsuite.
    A step takes the seven previous labels one at a time over rows of (to label, chunk), a
    strict ``>`` keeping the first maximum: a maximum over an axis of seven in an (a, 7, 7)
    block and its argmax cost about a third more (0.10 -> 0.076 CPU s/MB on SIGHAN news).
    """
    labels = np.zeros(scores.shape[1], dtype=np.int64)
    if len(lengths) == 0:
        return labels
    order = np.argsort(-lengths, kind="stable")
    s_starts, s_lens = starts[order], lengths[order]
    n_steps = int(s_lens[0])
    running = np.searchsorted(-s_lens, -np.arange(n_steps), side="left")  # chunks longer than t
    delta = scores[:, s_starts]  # [label, chunk]: a chunk's column stops changing after its last position
    out_of = trans[:, :, None]  # [from, to, _]: out_of[i] is (to, 1), broadcast over the chunks
    back: list[np.ndarray] = []
    for t in range(1, n_steps):
        a = int(running[t])
        prev = delta[:, :a]
        best = prev[0] + out_of[0]  # [to, chunk]: delta(from) + trans(from, to), from = 0 first
        bp = np.zeros(best.shape, dtype=np.int8)
        for i in range(1, len(trans)):
            cand = prev[i] + out_of[i]
            np.putmask(bp, cand > best, i)
            np.maximum(best, cand, out=best)
        delta[:, :a] = best + scores[:, s_starts[:a] + t]
        back.append(bp)
    cur = delta.argmax(axis=0)
    labels[s_starts + s_lens - 1] = cur
    for t in range(n_steps - 1, 0, -1):
        a = int(running[t])  # for these chunks cur holds the label at position t
        prev_label = back[t - 1][cur[:a], np.arange(a)]
        cur[:a] = prev_label
        labels[s_starts[:a] + t - 1] = prev_label
    return labels


def marginals(scores: np.ndarray, starts: np.ndarray, lengths: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """P(label at t | chunk) for every row: forward-backward, all chunks side by side, each step
    rescaled (a row's scale cancels when it is normalised at the end)."""
    out = np.zeros(scores.shape, dtype=np.float64)
    if len(lengths) == 0:
        return out
    order = np.argsort(-lengths, kind="stable")
    s_starts, s_lens = starts[order], lengths[order]
    n_steps = int(s_lens[0])
    running = np.searchsorted(-s_lens, -np.arange(n_steps), side="left")
    emit = np.exp(scores - scores.max(axis=1, keepdims=True))
    e_trans = np.exp(trans.astype(np.float64) - trans.max())
    alpha = np.zeros(scores.shape)
    a = emit[s_starts]
    a /= a.sum(axis=1, keepdims=True)
    alpha[s_starts] = a
    for t in range(1, n_steps):
        n = int(running[t])
        a = (a[:n] @ e_trans) * emit[s_starts[:n] + t]
        a /= a.sum(axis=1, keepdims=True)
        alpha[s_starts[:n] + t] = a
    b = np.ones((len(order), len(LABELS)))
    last = s_starts + s_lens - 1
    out[last] = alpha[last]
    for t in range(n_steps - 2, -1, -1):
        n = int(running[t + 1])  # chunks that have a position t + 1
        b[:n] = (b[:n] * emit[s_starts[:n] + t + 1]) @ e_trans.T
        b[:n] /= b[:n].sum(axis=1, keepdims=True)
        out[s_starts[:n] + t] = alpha[s_starts[:n] + t] * b[:n]
    return out / out.sum(axis=1, keepdims=True)


def _plain(value: object) -> object:
    """``value`` with each numpy array as ``(_ARRAY, dtype, shape, bytes)``: marshal-able."""
    if isinstance(value, np.ndarray):
        return (_ARRAY, value.dtype.str, value.shape, value.tobytes())
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _from_plain(value: object) -> object:
    if isinstance(value, tuple) and len(value) == 4 and value[0] == _ARRAY:
        return np.frombuffer(value[3], dtype=np.dtype(value[1])).reshape(value[2])
    if isinstance(value, list):
        return [_from_plain(v) for v in value]
    return value


_ARRAY = "numpy.ndarray"


def parse_model_text(text: str) -> CrfModel:
    """A model from its exported text: ``T<TAB>from<TAB>to<TAB>weight`` transition lines and
    ``S<TAB>attribute<TAB>label<TAB>weight`` state-feature lines; ``#`` lines are comments."""
    index = {lab: k for k, lab in enumerate(LABELS)}
    trans = np.zeros((len(LABELS), len(LABELS)))
    feats: dict[tuple[str, str], float] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        kind, a, b, w = line.split("\t")
        if kind == "T":
            trans[index[a], index[b]] = float(w)
        else:
            feats[(a, b)] = float(w)
    return CrfModel(trans, feats)
