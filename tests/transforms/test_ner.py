"""The numpy CRF: same labels as CRFsuite's own tagger, chunking rules, texts independent."""

from __future__ import annotations

from pathlib import Path

import pytest
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from baozhi.settings import BUNDLED_SAMPLES
from transforms import ner
from transforms.crf import CrfModel, parse_model_text

SAMPLE = sorted((BUNDLED_SAMPLES / "liaoyuan-daily").glob("*.txt"))[1]


def bio_tags(n: int, spans) -> list[str]:
    tags = ["O"] * n
    for s, e, t in spans:
        tags[s] = "B-" + t
        for k in range(s + 1, e):
            tags[k] = "I-" + t
    return tags


@pytest.fixture(scope="module")
def small_crf(tk, tmp_path_factory) -> tuple[Path, CrfModel, list[str]]:
    """A CRFsuite model trained here on a sample issue labelled by the committed model."""
    pycrfsuite = pytest.importorskip("pycrfsuite")
    from baozhi.entity_lab import export_model

    lines = [ln.strip() for ln in SAMPLE.read_text(encoding="utf-8").splitlines() if ln.strip()]
    rec = tk.recogniser
    spans = rec.model.tag_texts(lines, [tk.cut(t) for t in lines], rec.retag, rec.dictionary)
    trainer = pycrfsuite.Trainer(verbose=False)
    for line, line_spans in zip(lines, spans):
        tags = bio_tags(len(line), line_spans)
        for chunk in _chunks(tk, line):
            features = ner.feature_strings(chunk.text, chunk.tokens, chunk.marks)
            trainer.append(features, tags[chunk.start : chunk.start + len(chunk.text)])
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 25, "feature.possible_transitions": True})
    path = tmp_path_factory.mktemp("crf") / "small.crf"
    trainer.train(str(path))
    return path, parse_model_text(export_model(path)), lines


def _chunks(tk, text):
    rec = tk.recogniser
    tokens = ner.tokens_of(text, tk.cut(text), rec.retag)
    return ner.chunks_of(text, tokens, ner.dictionary_marks(tokens, rec.dictionary))


def test_numpy_viterbi_equals_crfsuite(tk, small_crf):
    import pycrfsuite

    path, model, lines = small_crf
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    rec = tk.recogniser
    texts = lines + ["市委书记柴伟深入东辽县渭津镇。", "a b  c", "。。，，", "柴伟" * 200]
    ours = model.tag_texts(texts, [tk.cut(t) for t in texts], rec.retag, rec.dictionary)
    n_spans = 0
    for text, spans in zip(texts, ours):
        reference = []
        for chunk in _chunks(tk, text):
            tags = tagger.tag(ner.feature_strings(chunk.text, chunk.tokens, chunk.marks))
            reference += [(chunk.start + s, chunk.start + e, t) for s, e, t in _spans(tags)]
        assert spans == reference, text
        n_spans += len(spans)
    assert n_spans > 50  # the comparison covered real entities, not only O labels


def _spans(tags):
    out, start = [], None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not (tag[:1] == "I" and tag[2:] == out_type):
            out.append((start, i, out_type))
            start = None
        if tag != "O" and start is None:
            start, out_type = i, tag[2:]
    return out


def test_chunks_are_clauses_without_edge_whitespace():
    text = "市委书记柴伟强调，要加快进度。\n  程宇说：好！ \n\n"
    chunks = ner.split_chunks(text)
    assert [text[a:b] for a, b in chunks] == ["市委书记柴伟强调，", "要加快进度。", "程宇说：", "好！"]
    byline = "本报记者 王茜 汪琳"
    assert [byline[a:b] for a, b in ner.split_chunks(byline)] == ["本报记者", "王茜", "汪琳"]


def test_a_long_clause_is_cut_at_a_token_end(tk):
    text = "柴伟" * 100
    tokens = ner.tokens_of(text, tk.cut(text))
    chunks = ner.split_chunks(text, [e for _, e, _, _ in tokens])
    assert all(b - a <= ner.MAX_CHUNK for a, b in chunks)
    assert "".join(text[a:b] for a, b in chunks) == text
    assert {b for _, b in chunks} <= {e for _, e, _, _ in tokens}


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="柴伟市长，。！\n 　ab1、", max_size=300))
def test_chunks_cover_every_visible_character_once(text):
    chunks = ner.split_chunks(text)
    covered = [False] * len(text)
    last = 0
    for a, b in chunks:
        assert last <= a < b <= len(text) and b - a <= ner.MAX_CHUNK
        assert not text[a].isspace() and not text[b - 1].isspace()
        for k in range(a, b):
            covered[k] = True
        last = b
    assert all(covered[k] or ch.isspace() for k, ch in enumerate(text))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="市委书记柴伟深入东辽县，。小雨转多云\n 王", max_size=40), max_size=5))
def test_a_text_is_labelled_the_same_alone_or_in_company(tk, texts):
    rec = tk.recogniser
    together = rec.model.tag_texts(texts, [tk.cut(t) for t in texts], rec.retag, rec.dictionary)
    assert together == [rec.model.tag_texts([t], [tk.cut(t)], rec.retag, rec.dictionary)[0] for t in texts]


def test_marginals_sum_to_one_and_doubtful_persons_go(tk):
    import numpy as np

    from transforms.crf import marginals

    rec = tk.recogniser
    text = ["市委书记柴伟深入东辽县渭津镇督办。王某说,张洁清算了账。"]
    every = rec.model.tag_texts(text, [tk.cut(t) for t in text], rec.retag, rec.dictionary, 0.0)[0]
    sure = rec.model.tag_texts(text, [tk.cut(t) for t in text], rec.retag, rec.dictionary, 1.01)[0]  # above any probability
    assert any(t == "PER" for *_, t in every)
    assert [s for s in every if s[2] != "PER"] == [s for s in sure if s[2] != "PER"]
    assert not any(t == "PER" for *_, t in sure)
    scores = np.random.default_rng(0).normal(size=(9, len(ner.LABELS))).astype(np.float32)
    marg = marginals(scores, np.array([0, 4]), np.array([4, 5]), rec.model.transitions)
    assert np.allclose(marg.sum(axis=1), 1.0) and (marg >= 0).all()


# The shared real-text corpus sits beside the checkout (../shared/corpora), a worktree or two up.
SIGHAN = next((p / "shared" / "corpora" / "sighan2005-news" for p in Path(__file__).resolve().parents
               if (p / "shared" / "corpora" / "sighan2005-news").is_dir()), Path("../shared/corpora/sighan2005-news"))


def _lines_to_label() -> list[str]:
    lines = [ln.strip() for p in sorted((BUNDLED_SAMPLES / "liaoyuan-daily").glob("*.txt"))
             for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if SIGHAN.is_dir():  # real news text too when it is there (never committed)
        lines += [ln.strip() for ln in (SIGHAN / "pku_test.txt").read_text(encoding="utf-8").splitlines()[:3000] if ln.strip()]
    return lines


def test_skipping_clauses_that_are_certainly_all_o_changes_no_label(tk):
    rec = tk.recogniser
    lines = _lines_to_label()
    batch = rec.model.emissions(lines, tk.cut_many(lines), rec.retag, rec.dictionary)
    for confidence in (0.0, rec.person_confidence):
        pruned = rec.model.labels(batch, confidence)
        assert np.array_equal(pruned, rec.model.labels(batch, confidence, prune=False))
    skipped = rec.model._all_o(batch.scores, batch.starts, batch.clen)
    assert skipped.mean() > 0.2  # the bound is not vacuous: a fifth of the clauses or more
    assert (pruned > 0).sum() > 500  # and the text had entities to find


def test_tag_gives_the_spans_of_tag_texts_and_where_every_token_starts(tk):
    rec = tk.recogniser
    lines = [*_lines_to_label()[:400], "", "   ", "本报记者 王茜\u3000摄", "新华社北京5月7日电　国务院总理"]
    cuts = tk.cut_many(lines)
    tagged = rec.model.tag(lines, cuts, rec.retag, rec.dictionary, rec.person_confidence)
    assert tagged.spans == rec.model.tag_texts(lines, cuts, rec.retag, rec.dictionary, rec.person_confidence)
    for k, (line, cut) in enumerate(zip(lines, cuts)):
        assert tagged.token_starts(k) == ner.token_starts(line, [w for w, _ in cut]).tolist()
    nothing = rec.model.tag(["", " "], [[], []])  # no character to label
    assert nothing.spans == [[], []] and nothing.token_starts(1) == []


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_bigram_ids_are_the_bigram_table_looked_up_pair_by_pair(tk, data):
    model = tk.recogniser.model
    known = sorted(model._char_ids)  # the model's characters, BOS and EOS among them
    pairs = sorted(model._bigram_ids)
    # characters the model knows, the two of a known bigram side by side, and unknown ones
    pieces = st.one_of(st.sampled_from(known), st.sampled_from(pairs), st.sampled_from("\U0002a700\u9fa5xyz"))
    text = "".join(data.draw(st.lists(pieces, min_size=1, max_size=60)))
    ids = np.array([model._char_ids.get(ch, 0) for ch in text], dtype=np.int64)
    expected = [model._bigram_ids.get(a + b, 0) for a, b in zip(text, text[1:])]
    assert model.bigram_ids(ids).tolist() == expected


def _viterbi_one_chunk(scores, trans) -> list[int]:
    """The textbook Viterbi of one chunk (``scores[row, label]``, float32 as the model's): the
    first best previous label at every step, the first best last label (CRFsuite's ties)."""
    delta, back = scores[0].copy(), []
    for row in scores[1:]:
        cand = delta[:, None] + trans  # [from, to]
        back.append(cand.argmax(axis=0))
        delta = cand.max(axis=0) + row
    path = [int(delta.argmax())]
    for bp in reversed(back):
        path.append(int(bp[path[-1]]))
    return path[::-1]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.integers(1, 30), min_size=1, max_size=12),
    st.integers(0, 2**32 - 1),
    st.sampled_from([2, 4, 1000]),
)
def test_viterbi_of_all_chunks_at_once_is_each_chunks_own(tk, lengths, seed, spread):
    from transforms.crf import viterbi

    # Scores and transitions drawn from a few small integers tie often: the ties must go as
    # CRFsuite's do. The model's own transitions in between, to cover real magnitudes.
    rng = np.random.default_rng(seed)
    lengths = np.array(lengths)
    n_labels = len(ner.LABELS)
    scores = rng.integers(0, spread, size=(int(lengths.sum()), n_labels)).astype(np.float32)
    trans = (rng.integers(0, spread, size=(n_labels, n_labels)).astype(np.float32)
             if seed % 2 else tk.recogniser.model.transitions)
    starts = np.cumsum(lengths) - lengths
    got = viterbi(np.ascontiguousarray(scores.T), starts, lengths, trans)
    expected = [x for s, n in zip(starts, lengths) for x in _viterbi_one_chunk(scores[s : s + n], trans)]
    assert got.tolist() == expected


def test_emission_scores_are_the_feature_weights_summed_in_template_order(tk):
    """Each score is what CRFsuite sums for the character's attributes (``feature_strings``),
    looked up one by one in the exported model and added in float32 in the same order."""
    from baozhi.resources import DICTS_DIR, ENTITY_MODEL

    weights: dict[str, np.ndarray] = {}
    for line in (DICTS_DIR / ENTITY_MODEL).read_text(encoding="utf-8").splitlines():
        if line.startswith("S\t"):
            _, attr, label, w = line.split("\t")
            weights.setdefault(attr, np.zeros(len(ner.LABELS), dtype=np.float32))[ner.LABELS.index(label)] = float(w)
    rec = tk.recogniser
    texts = [*_lines_to_label()[:300], "市委书记柴伟深入东辽县渭津镇。", "a b  c", "𪜀字与\U0002a700"]
    cuts = tk.cut_many(texts)
    expected = []
    for text, pairs in zip(texts, cuts):
        tokens = ner.tokens_of(text, pairs, rec.retag)
        for chunk in ner.chunks_of(text, tokens, ner.dictionary_marks(tokens, rec.dictionary)):
            for attrs in ner.feature_strings(chunk.text, chunk.tokens, chunk.marks):
                total = np.zeros(len(ner.LABELS), dtype=np.float32)
                for attr in attrs:
                    total += weights.get(attr, 0.0)
                expected.append(total)
    got = rec.model.emissions(texts, cuts, rec.retag, rec.dictionary).scores
    assert got.shape == (len(ner.LABELS), len(expected))
    assert np.array_equal(got, np.array(expected).T)
