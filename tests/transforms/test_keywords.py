"""TF-IDF keywords: what may never be a keyword, corpus vs jieba IDF, ranking."""

from __future__ import annotations

import heapq
import math
import statistics
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.keywords import (
    KEYWORD_TAGS, Idf, Keyword, WordTable, candidate_words, extract, extract_many, is_candidate, parse_idf,
    parse_stopwords,
)

STOP = parse_stopwords("# dates\n年 月 日\n本报讯 记者\n")
JIEBA_IDF = "整改 5.0\n督察 8.0\n群众 4.0\n辽源 10.0\n"


def idf(**kw):
    return Idf.from_corpus(0, {}, fallback=JIEBA_IDF, stopwords=STOP, **kw)


@pytest.mark.parametrize(
    ("word", "tag"),
    [("年", "m"), ("9月", "m"), ("2021年", "t"), ("三天", "m"), ("十九", "m"), ("第八批", "m"), ("今年", "t"),
     ("星期一", "t"), ("PM2.5", "eng"), ("。", "x"), ("本报讯", "nz"), ("记者", "n"), ("河", "n"), ("的", "uj"),
     ("30", "m")],
)
def test_never_a_keyword(word, tag):
    assert not is_candidate(word, tag, STOP)


@pytest.mark.parametrize(("word", "tag"), [("整改", "v"), ("仙人河", "ns"), ("青年", "n"), ("河长制", "n"), ("三抓", "nz")])
def test_may_be_a_keyword(word, tag):
    assert is_candidate(word, tag, STOP)


def test_extract_ranks_by_tf_idf_and_filters():
    tokens = [("整改", "v"), ("整改", "v"), ("督察", "vn"), ("2021", "m"), ("年", "m"), ("9", "m"), ("月", "m"),
              ("群众", "n"), ("本报讯", "nz"), ("。", "x"), ("新词", "n")]
    kws = extract(tokens, idf())
    # tf over the 5 candidates x idf: 整改 2/5*5.0, 督察 1/5*8.0, 新词 1/5*6.5 (median), 群众 1/5*4.0
    assert [k.keyword for k in kws] == ["整改", "督察", "新词", "群众"]
    assert [k.rank for k in kws] == list(range(1, len(kws) + 1))
    assert all(a.weight >= b.weight for a, b in zip(kws, kws[1:]))
    assert not {"2021", "年", "月", "本报讯", "。"} & {k.keyword for k in kws}
    # 整改: tf 2/5 * idf 5.0
    assert {k.keyword: k.weight for k in kws}["整改"] == pytest.approx(2 / 5 * 5.0)


def test_top_ten_only():
    tokens = [(f"词{chr(0x4e00 + i)}", "n") for i in range(30)]
    kws = extract(tokens, idf())
    assert len(kws) == 10 and kws[0].rank == 1 and kws[-1].rank == 10


def test_small_corpus_falls_back_to_jieba_idf_and_unknown_words_get_the_median():
    small = Idf.from_corpus(199, {"整改": 150}, fallback=JIEBA_IDF)
    assert small.source == "jieba" and small("整改") == 5.0
    assert small("从没见过") == pytest.approx(6.5)  # median of 4, 5, 8, 10


def test_large_corpus_uses_its_own_document_frequencies():
    big = Idf.from_corpus(999, {"整改": 499, "辽源": 999}, fallback=parse_idf(JIEBA_IDF))
    assert big.source == "corpus"
    assert big("整改") == pytest.approx(math.log(1000 / 500) + 1)
    assert big("辽源") == pytest.approx(1.0)  # in every article: smallest weight, still positive
    assert big("从没见过") > big("整改")


def test_no_candidates_no_keywords():
    assert extract([("。", "x"), ("2021", "m")], idf()) == ()


def _extract_word_by_word(tokens, idf, top_k=10):
    """extract as it was written before the one-pass filter: is_candidate per distinct (word, tag)."""
    counts: Counter[str] = Counter()
    for (w, t), c in Counter(tokens).items():
        if is_candidate(w, t, idf.stopwords):
            counts[w] += c
    total = sum(counts.values())
    if not total:
        return ()
    scored = [(c / total * idf(w), w) for w, c in counts.items()]
    best = heapq.nsmallest(top_k, scored, key=lambda s: (-s[0], s[1]))
    return tuple(Keyword(w, round(s, 6), rank) for rank, (s, w) in enumerate(best, 1))


# Words made of what the filters look at: ideographs, numerals, date and measure words, digits,
# letters, punctuation, line ends; tags with and without the keyword tags.
_PIECES = st.sampled_from([*"整改督察群众年月日天第初三十百两星期周今去本上次", "2", "０", "a", "。", "\n", " ", "号", "礼拜"])
_WORDS = st.lists(_PIECES, min_size=1, max_size=5).map("".join)
_TAGS = st.sampled_from(sorted(KEYWORD_TAGS) + ["m", "x", "uj", "t"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=30))
def test_candidate_words_are_what_is_candidate_accepts(words):
    assert candidate_words(words, STOP) == {w for w in words if is_candidate(w, "n", STOP)}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORDS, _TAGS), max_size=60))
def test_extract_equals_judging_word_by_word(tokens):
    assert extract(tokens, idf()) == _extract_word_by_word(tokens, idf())


def test_a_word_table_gives_each_word_its_weight_and_the_default_to_the_rest():
    table = WordTable.from_mapping(parse_idf(JIEBA_IDF + "某某县 7.5\n某某 2.0\n"))
    words = ["辽源", "某某", "某某县", "某某县城", "某", "从没见过", "辽源\x00", "", "整改" * 20, "群众"]
    assert table.get_many(words, -1.0) == [10.0, 2.0, 7.5, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, 4.0]
    assert table.get_many([], -1.0) == [] and WordTable.from_mapping({}).get_many(["辽源"], -1.0) == [-1.0]


@pytest.mark.parametrize("weights", [[4.0, 5.0, 8.0, 10.0], [3.0, 1.0, 2.0], [2.5], [1.0, 1.0, 7.0, 7.0, 7.0, 9.5]])
def test_a_word_tables_median_is_the_median_of_its_weights(weights):
    table = WordTable.from_mapping({f"词{chr(0x4e00 + i)}": w for i, w in enumerate(weights)})
    assert table.median() == statistics.median(weights)


def test_a_word_table_survives_its_state():
    table = WordTable.from_mapping(parse_idf(JIEBA_IDF))
    again = WordTable.from_state(table.to_state())
    assert again.get_many(["督察", "新词"], 0.0) == [8.0, 0.0] and len(again) == 4


def test_jiebas_table_as_arrays_or_as_a_dict_gives_the_same_keywords():
    text = JIEBA_IDF + "新词 6.0\n重复 1.0\n重复 2.0\n"  # a word given twice: the later line wins
    arrays = Idf.from_corpus(0, {}, fallback=WordTable.from_mapping(parse_idf(text)), stopwords=STOP)
    plain = Idf.from_corpus(0, {}, fallback=text, stopwords=STOP)
    assert arrays.source == plain.source == "jieba" and arrays.default == plain.default == 5.5
    assert arrays("重复") == plain("重复") == 2.0 and arrays("从没见过") == 5.5
    tokens = [("整改", "v"), ("督察", "vn"), ("重复", "n"), ("新词", "n"), ("从没见过", "n"), ("整改", "v")]
    assert extract(tokens, arrays) == extract(tokens, plain) != ()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.tuples(_WORDS, _TAGS), max_size=30), max_size=6))
def test_extract_many_is_extract_of_each(token_lists):
    arrays = Idf.from_corpus(0, {}, fallback=WordTable.from_mapping(parse_idf(JIEBA_IDF)), stopwords=STOP)
    assert extract_many(token_lists, arrays) == [extract(tokens, idf()) for tokens in token_lists]
