"""bench.outputs_digest: the check that a speed-up changed no output runs, with jieba's IDF and
with a corpus IDF, and says the same thing twice."""

from __future__ import annotations

from pathlib import Path

from bench.outputs_digest import corpus_doc_freq, digests

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "liaoyuan-daily"


def test_digests_are_stable_and_see_the_corpus_idf():
    files = [(p.name, p.read_bytes()) for p in sorted(SAMPLES.glob("*.txt"))][:2]
    plain = digests(files, 1)
    assert {"issues", "articles", "tokens", "entities", "keywords"} <= set(plain)
    assert all(len(d) == 16 for d in plain.values())
    assert digests(files, 2) == plain  # batches of another size: the same tables
    doc_freq = corpus_doc_freq(files, 1)
    assert len(doc_freq) > 100
    with_corpus = digests(files, 1, doc_freq)
    assert with_corpus["keywords"] != plain["keywords"] and with_corpus["tokens"] == plain["tokens"]
